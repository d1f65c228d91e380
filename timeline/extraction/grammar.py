"""The compiled span grammar for English time expressions (pipeline stage 2).

The grammar is a list of :class:`Rule` s, each a regular expression (``regex`` package) with
named groups that :mod:`timeline.extraction.normalise` reads. :func:`scan` runs every rule over
the text and keeps the longest non-overlapping matches (earlier and higher-priority rules break
ties).

Every quantifier in the grammar is possessive or bounded and every alternation is anchored on a
literal word, so matching is linear in the length of the text (no catastrophic backtracking).
Month and weekday names must be capitalised ("May", not the modal "may"); bare numbers are years
only between 1600 and 2099 and not when they look like amounts ("$2025", "2,000 troops", "43%").

Examples:
    >>> [(m.rule, m.text) for m in scan("On Feb. 4, 2026, hours later, in 2026-2030.")]
    [('date', 'Feb. 4, 2026'), ('ago_later', 'hours later'), ('year_range', '2026-2030')]
    >>> [m.text for m in scan("43% of $228 billion for 2,000 troops")]
    []
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Mapping
from typing import final

import attrs
import regex

from timeline.extraction.holidays import DEFAULT_HOLIDAYS, HolidayTable
from timeline.extraction.patterns import rx

__all__ = ["GrammarMatch", "Rule", "rules", "scan"]

# ----------------------------------------------------------------------------- vocabulary

MONTHS_FULL = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTHS_ABBR = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

UNITS_1 = "one|two|three|four|five|six|seven|eight|nine"
TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
ORDINALS = (
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    "thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    "twenty-first|twenty[- ]second|twenty[- ]third|twenty[- ]fourth|twenty[- ]fifth|"
    "twenty[- ]sixth|twenty[- ]seventh|twenty[- ]eighth|twenty[- ]ninth|thirtieth|thirty[- ]first"
)

_WS = r"[^\S\n]{1,3}"  # white space inside an expression: no line break, bounded
_B = r"(?<![\w$\u00a3\u20ac#@/])"  # left boundary: no word character, currency sign or slash
_E = r"(?![\w])"  # right boundary


def _case_variants(words: Iterable[str]) -> str:
    """Title case and upper case forms of *words*, case-sensitive."""
    alts: list[str] = []
    for w in words:
        alts.extend((w, w.upper()))
    return "(?-i:" + "|".join(sorted(set(alts), key=lambda x: (-len(x), x))) + ")"


def _month() -> str:
    full = _case_variants(MONTHS_FULL)
    abbr = _case_variants(MONTHS_ABBR)
    # "Feb." always; "Feb" only before a day number ("Feb 4").
    return rf"(?P<month>{full}(?!\.\w)|{abbr}\.|{abbr}(?={_WS}\d))"


MONTH = _month()
WEEKDAY = rf"(?P<weekday>{_case_variants(WEEKDAYS)})"
WEEKDAY_PLURAL = rf"(?P<weekday>{_case_variants(WEEKDAYS)})s"
DAYNUM = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?+(?![\d%]|[.,:]\d)"
YEAR4 = r"(?P<year>1[6-9]\d\d|20\d\d)(?![\d%]|[.,]\d|-(?:year|month|week|day)|\w)"
YEAR_IN_DATE = r"(?P<year>1[0-9]\d\d|20\d\d|'\d\d)(?![\d%]|[.,]\d|\w)"
NUMWORD = (
    rf"(?:(?:(?:{TENS})(?:[- ](?:{UNITS_1}))?|{TEENS}|{UNITS_1}|a)(?:{_WS}(?:hundred|thousand))|"
    rf"(?:{TENS})(?:[- ](?:{UNITS_1}))?|{TEENS}|{UNITS_1}|hundred|"
    rf"a{_WS}dozen|dozen|half{_WS}a|a{_WS}half)"
)
DIGNUM = r"(?:\d{1,3}(?:,\d{3})?(?:\.\d{1,2})?|\d{1,2}{_WS}1/2)".replace("{_WS}", _WS)
VAGUE = (
    rf"(?:several|a{_WS}few|few|many|some|a{_WS}couple{_WS}of|a{_WS}couple|couple{_WS}of|"
    rf"a{_WS}number{_WS}of|numerous|countless|the{_WS}last{_WS}few|the{_WS}past{_WS}few|"
    rf"the{_WS}next{_WS}few)"
)
QUANT = rf"(?P<quant>{DIGNUM}|{NUMWORD}|an?|{VAGUE})"
QUANT2 = rf"(?:{DIGNUM}|{NUMWORD})"
QMOD = (
    rf"(?:(?:about|around|almost|nearly|roughly|approximately|some|over|under|only|just|barely|"
    rf"precisely|exactly|fully|more{_WS}than|less{_WS}than|fewer{_WS}than|at{_WS}least|"
    rf"at{_WS}most|up{_WS}to|close{_WS}to|well{_WS}over|upwards{_WS}of|"
    rf"the{_WS}better{_WS}part{_WS}of|a{_WS}little{_WS}(?:more|less|over|under){_WS}than|"
    rf"a{_WS}little{_WS}over|within|in{_WS}excess{_WS}of|no{_WS}more{_WS}than){_WS})"
)
UNIT = (
    r"(?P<unit>centur(?:y|ies)|millenni(?:um|a)|decades?|years?|quarters?|months?|fortnights?|"
    r"weeks?|weekends?|days?|nights?|hours?|minutes?|seconds?)"
)
UNIT_SG = (
    r"(?P<unit>century|millennium|decade|year|quarter|month|fortnight|week|weekend|day|night|"
    r"hour|minute|second)"
)
SEASON = r"(?P<season>spring|summer|fall|autumn|winter)"
POD = r"(?P<pod>morning|afternoon|evening|night|midday|daytime|overnight)"
PREFIX = (
    rf"(?:(?P<mod>early|earlier|mid|middle|late|later|the{_WS}(?:early|late|middle){_WS}part{_WS}of|"
    rf"the{_WS}(?:end|beginning|start|middle|turn|close|first{_WS}half|second{_WS}half|"
    rf"last{_WS}half|latter{_WS}half|"
    rf"rest|remainder|balance|dawn|eve){_WS}of|(?:the{_WS})?end{_WS}of|"
    rf"(?:the{_WS})?start{_WS}of|(?:the{_WS})?beginning{_WS}of){_WS}|(?P<mod>mid)-)"
)
REL = (
    rf"(?:the{_WS}(?P<rel>previous|following|preceding|prior|ensuing|subsequent|same|present|"
    r"latest|final|past|next|coming|current|upcoming|last|very{_WS}next)|"
    r"this{_WS}(?P<rel>past|coming)|"
    r"(?P<rel>this|last|next|past|coming|current|upcoming|recent|that|previous))"
).replace("{_WS}", _WS)
SPELLED_YEAR = (
    rf"(?P<spelled>(?:nineteen|eighteen|twenty)[- ](?:(?:{TENS})(?:[- ](?:{UNITS_1}))?|{TEENS}|"
    rf"hundred(?:{_WS}and)?(?:{_WS}(?:{UNITS_1}))?|oh[- ](?:{UNITS_1}))|"
    rf"two{_WS}thousand(?:{_WS}and)?(?:{_WS}(?:(?:{TENS})(?:[- ](?:{UNITS_1}))?|{TEENS}|"
    rf"{UNITS_1}))?)"
)
PART_OF_DAY_WORDS = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "tonight": "NI",
    "midday": "MI",
    "daytime": "DT",
    "overnight": "NI",
}


@final
@attrs.frozen
class Rule:
    """One grammar rule: a *name* (read by the normaliser) and its regular expression *pattern*.

    Examples:
        >>> r = Rule("year", r"(?P<year>\\d{4})")
        >>> r.compiled().match("2026").group("year")
        '2026'
    """

    name: str
    pattern: str

    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern (case-insensitive except where the pattern says otherwise).

        Examples:
            >>> Rule("x", "feb").compiled().match("FEB") is not None
            True
        """
        return _compile(self.pattern)


@functools.lru_cache(maxsize=256)
def _compile(pattern: str) -> regex.Pattern[str]:
    # Simple case folding ``(?-f)``: version 1 would otherwise fold in full ("ß" = "ss"), which
    # no English time word needs and which makes every case-insensitive test 2-3x slower.
    return regex.compile("(?-f)" + pattern, regex.IGNORECASE | regex.VERSION1)


def _freeze_groups(value: Mapping[str, str | None]) -> tuple[tuple[str, str], ...]:
    return tuple((k, v) for k, v in value.items() if v is not None)


@final
@attrs.frozen(kw_only=True)
class GrammarMatch:
    """A span found by the grammar: the rule that matched and its named groups.

    Examples:
        >>> m = scan("last week")[0]
        >>> m.rule, m.start, m.end, m.group("rel"), m.group("unit"), m.group("month")
        ('relative', 0, 9, 'last', 'week', None)
    """

    start: int
    end: int
    text: str
    rule: str
    groups: tuple[tuple[str, str], ...] = attrs.field(converter=_freeze_groups)

    def group(self, name: str) -> str | None:
        """The text of the named group *name*, or ``None`` when it did not take part.

        Examples:
            >>> scan("Feb. 4, 2026")[0].group("year")
            '2026'
        """
        for k, v in self.groups:
            if k == name:
                return v
        return None

    def has(self, *names: str) -> bool:
        """Whether any of the named groups took part in the match.

        Examples:
            >>> scan("Feb. 4")[0].has("year", "day")
            True
        """
        return any(self.group(n) is not None for n in names)


def _rules(holiday_pattern: str) -> tuple[Rule, ...]:
    W = _WS
    yr = YEAR_IN_DATE
    tz = (
        r"(?:(?P<tz>(?-i:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|JST|IST|MSK|Z))(?!\w)|"
        rf"(?P<tz>local{W}time|Eastern{W}(?:Standard{W}|Daylight{W})?time|Washington{W}time|"
        r"Beijing\stime|Moscow\stime))"
    )
    ampm = r"(?P<ampm>(?-i:[ap]\.m\.?+|[AP]\.M\.?+|[ap]m|[AP]M)(?!\w))"
    clock = (
        rf"(?P<hour>[01]?\d|2[0-3])(?:(?::|\.)(?P<minute>[0-5]\d))?(?:{W})?{ampm}(?:{W}{tz})?|"
        rf"(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?::[0-5]\d)?(?:{W}{ampm})?(?:{W}{tz})?(?=\W|$)|"
        rf"(?P<noon>noon|midnight|midday)|(?P<hour>[01]?\d)(?:{W}o'clock)?{W}in{W}the{W}"
        rf"(?P<daypart>morning|afternoon|evening|night)|(?P<hour>[01]?\d){W}o'clock"
    )
    rel_noun = (
        rf"(?:{UNIT_SG}|{SEASON}|{WEEKDAY}(?:{W}{POD})?|{MONTH}(?!{W}\d)|(?P<fiscal>fiscal{W}year)|"
        rf"(?P<pod>morning|afternoon|evening|night))"
    )
    return (
        # 2026-02-04, 2026-02-04T15:30
        Rule(
            "iso",
            rf"{_B}(?P<year>\d{{4}})-(?P<monthnum>[01]\d)-(?P<day>[0-3]\d)"
            rf"(?:T(?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::[0-5]\d)?)?{_E}",
        ),
        # 2026/02/04; 04.02.2026 (day first, as dotted dates are written in Europe)
        Rule("iso", rf"{_B}(?P<year>\d{{4}})/(?P<monthnum>[01]?\d)/(?P<day>[0-3]?\d)(?![\d/])"),
        Rule(
            "numeric_date",
            rf"{_B}(?P<day>3[01]|[12]\d|0?[1-9])\.(?P<monthnum>1[0-2]|0?[1-9])\."
            rf"(?P<year>\d{{4}})(?!\d|\.\d)",
        ),
        # 2/4/2026 (U.S. order)
        Rule(
            "numeric_date",
            rf"{_B}(?P<monthnum>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/"
            rf"(?P<year>\d{{4}}|\d\d)(?![\d/])",
        ),
        # (Tuesday,) (early) Feb. 4(, 2026) ; (Tuesday) the 4th of February (2026)
        Rule(
            "date",
            rf"{_B}(?:(?P<weekof>the{W}week){W}of{W}|{WEEKDAY},?{W}(?:the{W})?)?(?:{PREFIX})?"
            rf"{MONTH}{W}{DAYNUM}(?:(?:,(?:{W})?|{W}|{W}of{W}){yr})?{_E}",
        ),
        Rule(
            "date",
            rf"{_B}(?:{WEEKDAY},?{W})?(?:the{W})?{DAYNUM}(?:{W}of)?{W}{MONTH}"
            rf"(?:,?{W}{yr})?{_E}",
        ),
        # Jan. 5-7, Nov. 18-19, 2024, March 2 to 5; April 24 and 25 (two dates: see scan)
        Rule(
            "date_range",
            rf"{_B}{MONTH}{W}{DAYNUM}(?:{W})?(?P<conn>[-\u2013]|{W}(?:to|through|and|or){W})(?:{W})?"
            rf"(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d%]|[.,:]\d)"
            rf"(?:,?{W}{yr})?{_E}",
        ),
        # the first week of March (2026), the last days of 2025
        Rule(
            "month",
            rf"{_B}(?:the{W})?(?P<mod>first|second|third|fourth|last|final|closing|opening)"
            rf"{W}(?:week|weeks|days|few{W}days|half|weekend){W}of{W}{MONTH}"
            rf"(?:,?{W}(?P<year>1[6-9]\d\d|20\d\d)(?![\d%]|[.,]\d))?{_E}",
        ),
        # (early) November 2023, Nov. of 1998, (mid-)November
        Rule(
            "month",
            rf"{_B}(?:{PREFIX})?{MONTH}(?:,?{W}(?:of{W})?(?P<year>1[6-9]\d\d|20\d\d)"
            rf"(?![\d%]|[.,]\d)|{W}(?:of{W})?(?P<rel>this|last|next){W}year|"
            rf"{W}(?:of{W})?{SPELLED_YEAR})?{_E}",
        ),
        # Tuesday, Tuesday night, early Tuesday, Tuesday's (the "'s" is left out)
        Rule(
            "weekday",
            rf"{_B}(?:(?P<mod>early|late|earlier|later){W})?{WEEKDAY}"
            rf"(?:{W}{POD})?{_E}",
        ),
        Rule(
            "set_weekday",
            rf"{_B}(?:(?P<every>every|each){W}{WEEKDAY}|(?:on{W})?{WEEKDAY_PLURAL})"
            rf"{_E}",
        ),
        # 2026-2030, 1998-99, 2025/26
        Rule(
            "year_range",
            rf"{_B}(?P<year>1[6-9]\d\d|20\d\d)(?:{W})?[-\u2013\u2014/](?:{W})?"
            r"(?P<year2>1[6-9]\d\d|20\d\d|\d\d)(?![\d%/]|[.,]\d|\w|-)",
        ),
        # (fiscal) (mid-)2025, the year 2000, the end of 1990
        Rule(
            "year",
            rf"{_B}(?:{PREFIX})?(?:(?P<fiscal>fiscal(?:{W}year)?|FY)(?:{W})?|"
            rf"the{W}year{W})?{YEAR4}",
        ),
        Rule(
            "year",
            rf"{_B}(?:{PREFIX})?(?:the{W}year{W})?{SPELLED_YEAR}{_E}"
            rf"(?!{W}(?:years|months|days|weeks|hours|people|dollars|troops))",
        ),
        # the 1990s, the mid-1990s, the '90s, the nineties
        Rule("decade", rf"{_B}(?:the{W})?(?:{PREFIX})?(?P<decade>1[6-9]\d|20\d)0['\u2019]?s{_E}"),
        Rule("decade", rf"{_B}(?:the{W})?(?:{PREFIX})?['\u2019](?P<decade2>\d)0s{_E}"),
        Rule(
            "decade",
            rf"{_B}the{W}(?:{PREFIX})?(?:nineteen[- ])?(?P<decadeword>twenties|thirties|"
            r"forties|fifties|sixties|seventies|eighties|nineties)" + _E,
        ),
        # the 19th century, the twentieth century
        Rule(
            "century",
            rf"{_B}(?:the{W})?(?:{PREFIX})?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ORDINALS})"
            rf"[- ]century{_E}",
        ),
        # Q4 2025, the fourth quarter (of 2025), third-quarter, 2025's first half
        Rule(
            "quarter",
            rf"{_B}(?P<q>Q[1-4]|H[12])(?:{W}|-)?(?:(?:of{W})?(?P<year>(?:19|20)\d\d|'\d\d)"
            rf"(?![\d%]))?{_E}",
        ),
        Rule(
            "quarter",
            rf"{_B}(?:the{W})?(?:(?P<year>(?:19|20)\d\d)(?:['\u2019]s)?{W}|"
            rf"(?:(?P<rel>this|last|next){W}year['\u2019]s{W})|(?P<ago>year-(?:earlier|ago))"
            rf"{W}|(?P<fiscal>fiscal){W})?(?:(?P<fiscal>fiscal){W})?"
            rf"(?P<qord>first|second|third|fourth|final|1st|2nd|3rd|4th)(?:{W}|-)"
            rf"(?:(?P<fiscal>fiscal){W})?(?P<qunit>quarter|half|period)"
            rf"(?:{W}of{W}(?:(?P<fiscal>fiscal){W})?(?P<year>(?:19|20)\d\d)|,?{W}"
            rf"(?P<year>(?:19|20)\d\d)(?![\d%]|[.,]\d)|{W}of{W}(?P<rel>this|last|next){W}"
            rf"year|{W}of{W}the{W}year)?{_E}",
        ),
        Rule(
            "quarter_ref",
            rf"{_B}(?:the{W})?(?P<which>latest|current|most{W}recent|past|previous|"
            rf"prior|year-earlier|year-ago|same|comparable|corresponding|fiscal|"
            rf"this|last|next){W}(?:(?:fiscal|year-ago|year-earlier){W})?"
            rf"(?P<qunit>quarter|period){_E}"
            rf"(?:{W}(?:a{W}year{W}(?:earlier|ago)|last{W}year))?",
        ),
        Rule(
            "quarter_ref",
            rf"{_B}the{W}(?P<qunit>quarter){_E}"
            rf"(?:{W}(?:a{W}year{W}(?:earlier|ago)|last{W}year))?",
        ),
        Rule(
            "quarter_ref",
            rf"{_B}the{W}(?P<year>(?:19|20)\d\d){W}(?P<qunit>quarter|period)"
            rf"{_E}",
        ),
        Rule(
            "quarter_ref",
            rf"{_B}(?P<which>last{W}year['\u2019]s|this{W}year['\u2019]s)"
            rf"{W}(?P<qunit>quarter|period){_E}",
        ),
        # (late) last year, early next month, this week, the previous year, the past year,
        # last Friday, next March, this summer, the following morning
        Rule(
            "relative",
            rf"{_B}(?:{PREFIX}|(?P<mod>the{W}rest{W}of|the{W}remainder{W}of){W})?"
            rf"{REL}{W}{rel_noun}{_E}",
        ),
        Rule(
            "relative",
            rf"{_B}(?:{PREFIX})?(?P<rel>the){W}(?P<unit>day|night|year|week|month|"
            rf"morning|afternoon|evening){W}(?P<dir>before|after)"
            rf"(?:{W}(?P<deictic>yesterday|tomorrow))?(?!{W}(?:the|a|an|his|her|its|"
            rf"their|our|[A-Z0-9]))",
        ),
        Rule(
            "relative",
            rf"{_B}(?:(?P<mod>earlier|later){W})?(?P<rel>that|the{W}same){W}"
            rf"(?P<unit>day|night|week|month|year|morning|afternoon|evening){_E}",
        ),
        Rule("relative", rf"{_B}(?P<rel>the{W}same)-(?P<unit>day){_E}"),
        Rule("relative", rf"{_B}(?P<rel>same)-(?P<unit>day|year|week|month){_E}"),
        # the day after his death, the morning after the attack: "the day" is the timex, dated
        # from the narrative time when the text gives one (see normalise._h_event_relative)
        Rule(
            "event_relative",
            rf"{_B}(?P<head>the{W}(?P<unit>day|night|morning|afternoon|evening|week|month|"
            rf"year)){W}(?P<dir>before|after)(?={W}(?:the|his|her|its|their|our|he|she|they|it|"
            rf"we|I)\b|"
            rf"{W}(?:last{W}|next{W}|this{W})?(?-i:[A-Z0-9]))",
        ),
        # over the years, in the years that followed, the early years
        Rule(
            "duration",
            rf"(?<=\b(?:over|in|during|through|throughout){W})the{W}(?:(?P<rel>early|following|"
            rf"intervening|ensuing){W})?(?P<unit>years|months|decades)(?!{W}(?:ahead|to{W}come|"
            rf"of|before|after|ago|earlier|later|and|or))(?![\w-])",
        ),
        # today, yesterday morning, tonight, this morning, last night
        Rule(
            "deictic",
            rf"{_B}(?:(?P<mod>early|late|earlier|later){W})?(?P<deictic>today|tonight|"
            rf"yesterday|tomorrow)(?:{W}{POD})?{_E}(?!['\u2019]s{W}(?:date|ruling))",
        ),
        Rule(
            "deictic",
            rf"{_B}(?P<deictic>this|last){W}(?P<pod>morning|afternoon|evening|night)"
            rf"{_E}",
        ),
        # overnight: the night before the report ("drones struck Kyiv overnight", "overnight
        # losses in New York"), not a fixed compound ("an overnight stay", "the overnight rate")
        Rule(
            "deictic",
            rf"{_B}(?P<deictic>overnight){_E}(?!{W}(?:stays?|rates?|trips?|bags?|success|"
            rf"deliver(?:y|ies)|shifts?|flights?|trains?|lending|loans?|funds?|index|"
            rf"camps?|guests?|visits?|parking|sensation|hours?|oats|express|mail)\b)",
        ),
        # mid-afternoon yesterday, late afternoon today
        Rule(
            "deictic",
            rf"{_B}(?P<mod>mid-?|mid{W}|early{W}|late{W})(?P<pod>morning|afternoon|evening)"
            rf"{W}(?P<deictic>today|yesterday|tomorrow){_E}",
        ),
        # (by) mid-afternoon, midmorning: the narrative day's part
        Rule("relative", rf"{_B}(?P<mod>mid-?|mid{W})(?P<pod>morning|afternoon)(?P<rel>){_E}"),
        # two days ago, a year earlier, hours later, 10 years from now
        Rule(
            "ago_later",
            rf"{_B}(?:{QMOD})?(?:(?:{QUANT}|(?P<quant>\d{{1,3}})){W}(?:more{W})?)?"
            rf"(?:(?:business|trading|working|school){W})?"
            rf"{UNIT}(?:{W}and{W}a{W}half)?{W}(?P<dir>ago|earlier|later|before|after|"
            rf"hence|from{W}now|back|previously|afterwards?|prior(?!{W}to\b)){_E}",
        ),
        Rule(
            "ago_later",
            rf"{_B}(?:{QMOD})?(?:(?:a|an|one){W})?(?P<unit>year|month|week|day|"
            rf"decade){W}or{W}(?:so|two){W}(?P<dir>ago|earlier|later){_E}",
        ),
        # "will one day be", "someday": an indefinite future
        Rule(
            "vague",
            rf"(?<=\b(?:will|would|could|might|may|can|shall|should|must|hope|hopes|hoped|"
            rf"(?:hope|hopes|hoped|want|wants|wanted|plan|plans|aim|aims|wish|wishes|expect|"
            rf"expects|like){W}to|['\u2019]ll|it|we|they|he|she|I|you){W}(?:[a-z]+ly{W})?)"
            rf"(?P<vague>one{W}day|some{W}day)(?!{W}(?:later|earlier|ago|after|before|of|in|and|"
            rf"or|to|when|that|last|this|next|each|every|per|a|an|the|for|at|on|with|from)\b)"
            rf"(?={W}(?-i:[a-z]))",
        ),
        Rule("vague", rf"{_B}(?P<vague>someday){_E}"),
        # durations: three years, the past three years, 16-hour, a decade, the first nine months
        Rule(
            "duration",
            rf"{_B}(?:(?!(?:over|under|within|around|about|through){W}the{W}){QMOD})?"
            rf"(?:(?:the{W})?(?P<rel>past|last|next|first|previous|"
            rf"coming|final|latest|recent|following|initial|remaining|ensuing|"
            rf"preceding|same|other){W})?(?:{QUANT}|(?P<quant>\d{{1,3}}(?:\.\d)?))"
            rf"(?:{W}(?:more|additional|full|straight|consecutive|long|short|business|"
            rf"trading|working|school))?"
            rf"(?:{W}(?:to|or|-){W}(?:{QUANT2}|\d{{1,3}}))?"
            rf"{W}{UNIT}(?:{W}and{W}a{W}half)?{_E}(?!-|{W}old\b)",
        ),
        Rule(
            "duration",
            rf"{_B}(?:{QMOD})?(?:an?|one){W}(?P<unit>year|month|week|day|hour|decade)"
            rf"{W}and{W}a{W}half{_E}",
        ),
        Rule(
            "duration",
            rf"{_B}(?P<half>half){W}an?{W}(?P<unit>hour|day|year|century|decade)"
            rf"{_E}",
        ),
        Rule(
            "duration",
            rf"{_B}(?P<quant>{DIGNUM}|{NUMWORD}|one|two)-(?P<unit>year|month|week|day|"
            rf"hour|minute|second|decade|century)(?:-long)?{_E}(?!-old)",
        ),
        Rule(
            "duration",
            rf"{_B}(?P<quant>several|many|few|multi)-(?P<unit>year|month|week|day|"
            rf"hour|decade)(?:-long)?{_E}(?!-old)",
        ),
        Rule(
            "duration",
            rf"{_B}(?P<unit>decades|years|months|weeks|days|hours|day|week|month|"
            rf"year|hour)-long{_E}",
        ),
        # bare plurals after a preposition or verb of duration: "for years", "took months"
        Rule(
            "duration",
            rf"(?<=\b(?:for|over|within|took|take|takes|taking|lasted|last|lasts|"
            rf"spent|spend|spends|in){W})(?P<unit>years|months|weeks|days|decades|hours|"
            rf"minutes|centuries)(?!{W}(?:of|old|ago|earlier|later|before|after|"
            rf"and|or))(?![\w-])",
        ),
        Rule(
            "duration",
            rf"{_B}(?:in{W})?a{W}matter{W}of{W}(?P<unit>days|weeks|months|hours|"
            rf"minutes|years|seconds){_E}",
        ),
        # the coming months, the weeks ahead, the near future, recent years
        Rule(
            "vague",
            rf"{_B}(?:the{W})?(?P<vague>(?:coming|upcoming|next{W}few|"
            rf"months{W}and{W}years|weeks{W}and{W}months|days{W}and{W}weeks)"
            rf"{W}(?:days|weeks|months|quarters|years|decades)(?:{W}and{W}(?:days|weeks|months|"
            rf"years))?){_E}",
        ),
        Rule(
            "vague",
            rf"{_B}the{W}(?P<vague>(?:days|weeks|months|years|decades)(?:{W}and{W}"
            rf"(?:days|weeks|months|years|decades))?{W}(?:ahead|to{W}come)){_E}",
        ),
        Rule(
            "vague",
            rf"{_B}(?:the{W})?(?P<vague>(?:near|distant|immediate){W}future|"
            rf"future|past|present|recent{W}past){_E}(?!{W}(?:\d|few|several|two|"
            rf"three|four|five|six|seven|eight|nine|ten|many|decade|century|year|"
            rf"month|week|day|quarter|summer|winter|spring|fall))"
            rf"(?=(?<=the{W}\w+|near{W}future|"
            rf"distant{W}future|immediate{W}future|recent{W}past))",
        ),
        Rule(
            "vague",
            rf"{_B}(?P<vague>now|currently|nowadays|presently|recently|lately|"
            rf"formerly|in{W}the{W}future|in{W}future|"
            rf"at{W}present|right{W}now|these{W}days|"
            rf"as{W}soon{W}as{W}possible|any{W}day{W}now|to{W}date|of{W}late|"
            rf"the{W}(?:near|short|long){W}term|a{W}later{W}date){_E}",
        ),
        Rule(
            "vague",
            rf"{_B}(?P<vague>recent|past){W}(?P<unit>years|months|weeks|days|decades|"
            rf"quarters)(?!{W}(?:ago|earlier|later)){_E}",
        ),
        # every week, annually, twice a year, daily, each July
        Rule("set", rf"{_B}(?P<every>every|each){W}{MONTH}(?!{W}\d){_E}"),
        Rule(
            "set",
            rf"{_B}(?P<every>every|each|per){W}(?:(?P<other>other){W})?(?:{QUANT}{W})?"
            rf"(?P<unit>century|decade|years?|quarters?|months?|weeks?|weekends?|days?|"
            rf"nights?|hours?|minutes?|morning|afternoon|evening){_E}",
        ),
        Rule(
            "set",
            rf"{_B}(?P<adverb>annual)(?=(?:{W}[\w.'\u2019-]{{1,20}}){{0,3}}?{W}(?:summit|meeting|"
            rf"conference|session|dialogue|forum|report|review|consultations?|talks|"
            rf"parade|exercises?|drills?)\b)",
        ),
        Rule(
            "set",
            rf"{_B}(?P<adverb>daily|weekly|monthly|yearly|annually|"
            rf"hourly|nightly|biweekly|bimonthly|biannually|biannual|semiannually|"
            rf"semiannual|semi-annually|semi-annual|fortnightly|weeknights|weekdays|"
            rf"weekends){_E}",
        ),
        Rule(
            "set",
            rf"{_B}(?P<times>once|twice|thrice|(?:{NUMWORD}|\d{{1,2}}){W}times){W}"
            rf"(?:a|an|per|each|every){W}(?P<unit>year|quarter|month|week|day|hour|"
            rf"minute|decade){_E}",
        ),
        # 3:30 p.m., noon, 10 a.m. EST, 10:30
        Rule(
            "time",
            rf"{_B}(?:(?P<mod>about|around|shortly{W}(?:before|after)|just{W}(?:before|"
            rf"after)|until|after|before|by){W})?(?:{clock})"
            rf"(?:{W}(?:on{W})?(?:{WEEKDAY}|(?P<deictic>today|tonight|yesterday|tomorrow)))?"
            # "5 p.m. EST, Nov. 6": the day given right after the clock time
            rf"(?:,?{W}(?:on{W})?{MONTH}{W}{DAYNUM}(?:,{W}{yr})?{_E})?",
        ),
        # seasons: summer 2025, the spring of 1998, (late) this summer (via "relative")
        Rule(
            "season",
            rf"{_B}(?:{PREFIX})?(?:the{W})?{SEASON}(?:{W}of)?,?{W}"
            rf"(?:(?P<year>1[6-9]\d\d|20\d\d)(?![\d%]|[.,]\d)|{SPELLED_YEAR}){_E}",
        ),
        # the summer, the early spring: the nearest one, by tense
        Rule(
            "season",
            rf"{_B}the{W}(?:(?P<mod>early|late|mid){W})?{SEASON}{_E}"
            rf"(?!{W}(?:of|season|semester|term|session|games|olympics))",
        ),
        Rule("season", rf"{_B}(?P<year>1[6-9]\d\d|20\d\d){W}{SEASON}{_E}"),
        # the weekend, the year (ended Sept. 30), the full year, the fiscal year, the week
        Rule(
            "the_unit",
            rf"{_B}(?:(?P<mod>early|late){W})?the{W}(?:(?P<which>full|fiscal|latest|"
            rf"current|latest{W}fiscal|calendar){W})?(?P<unit>weekend|year|week)"
            rf"{_E}(?!{W}(?:of|before|after|earlier|ago|later|-))(?!-)",
        ),
        # later in the day, earlier in the year
        Rule(
            "relative",
            rf"{_B}(?P<mod>earlier|later|early|late){W}in{W}the{W}"
            rf"(?P<unit>day|week|month|year|morning|afternoon|evening)"
            rf"(?P<rel>){_E}",
        ),
        # year-end, the end of the year, year's end, by the end of the month
        Rule(
            "unit_end",
            rf"{_B}(?:(?:around|about){W})?(?:(?P<unit>year|month|quarter)"
            rf"(?:-|{W}|['\u2019]s{W})end|the{W}end{W}of{W}the{W}"
            rf"(?P<unit>year|month|quarter|week|decade|century)){_E}(?!-)",
        ),
        # year-earlier / year-ago used alone ("year-earlier results")
        Rule("year_ago", rf"{_B}(?:the{W})?year-(?:earlier|ago){_E}(?!{W}(?:quarter|period))"),
        # named days from the holiday table: Christmas, Victory Day, Thanksgiving 2025
        Rule(
            "holiday",
            rf"(?p){_B}(?P<holiday>{holiday_pattern})(?:,?{W}(?:of{W})?"
            rf"(?P<year>1[6-9]\d\d|20\d\d)(?![\d%]|[.,]\d))?{_E}",
        ),
        Rule(
            "holiday", rf"(?p){_B}(?P<year>1[6-9]\d\d|20\d\d){W}(?P<holiday>{holiday_pattern}){_E}"
        ),
    )


@functools.lru_cache(maxsize=8)
def rules(holidays: HolidayTable = DEFAULT_HOLIDAYS) -> tuple[Rule, ...]:
    """The grammar's rules, in priority order, with holiday names from *holidays*.

    Examples:
        >>> names = {r.name for r in rules()}
        >>> {"date", "relative", "duration", "set", "holiday"} <= names
        True
    """
    return _rules(holidays.pattern())


# ----------------------------------------------------------------------------- trigger words
# Every match of a rule contains a word of one of the rule's trigger classes, so a rule only runs
# in windows around such words (most of a text has none: this makes scanning several times faster).

_WINDOW_BEFORE = 72
_WINDOW_AFTER = 72
_CLASS_WORDS = {
    "UNIT": "second seconds minute minutes hour hours day days night nights week weeks weekend "
    "weekends fortnight fortnights month months quarter quarters year years decade "
    "decades century centuries millennium millennia",
    "SEASON": "spring summer fall autumn winter",
    "POD": "morning mornings afternoon afternoons evening evenings night nights tonight "
    "overnight midday daytime midmorning midafternoon",
    "DEICTIC": "today tonight yesterday tomorrow",
    "VAGUE": "now currently nowadays presently recently lately formerly future past present "
    "someday term date possible late",
    "SET": "daily weekly monthly yearly annually annual hourly nightly biweekly bimonthly "
    "biannually biannual semiannually semiannual semi fortnightly weeknights weekdays "
    "weekends every each per once twice thrice times",
    "NOON": "noon midnight midday clock",
    "DECADE": "twenties thirties forties fifties sixties seventies eighties nineties",
    "CENTURY": "century",
    "QUARTER": "quarter quarters half period periods q1 q2 q3 q4 h1 h2",
    "SPELLED": "nineteen eighteen twenty thousand",
    # the "m" of "a.m."/"p.m."; clock digits ("15:30", "3pm") are classed in _trigger_spans
    "CLOCK": "am pm m",
}
_RULE_TRIGGERS = {
    "iso": ("DIGITS4",),
    "numeric_date": ("NUM",),
    "year_range": ("DIGITS4",),
    "time": ("CLOCK", "NOON", "POD"),
    "decade": ("NUM", "DECADE"),
    "year": ("DIGITS4", "SPELLED"),
    "date": ("MONTH",),
    "month": ("MONTH",),
    "weekday": ("WEEKDAY",),
    "set_weekday": ("WEEKDAY",),
    "century": ("CENTURY",),
    "quarter": ("QUARTER",),
    "date_range": ("MONTH",),
    "quarter_ref": ("QUARTER",),
    "relative": ("UNIT", "SEASON", "WEEKDAY", "MONTH", "POD"),
    "deictic": ("DEICTIC", "POD"),
    "ago_later": ("UNIT",),
    "duration": ("UNIT",),
    "the_unit": ("UNIT",),
    "event_relative": ("UNIT", "POD"),
    "unit_end": ("UNIT",),
    "year_ago": ("UNIT",),
    "vague": ("VAGUE", "UNIT"),
    "set": ("SET", "UNIT", "POD"),
    "season": ("SEASON",),
    "holiday": ("HOLIDAY",),
}


# Words of holiday names too common to be triggers (every name has a rarer word).
_HOLIDAY_STOP = frozenset({"the", "day", "of", "s", "eve", "jr", "in", "new", "saint", "st"})


@functools.lru_cache(maxsize=8)
def _word_classes(holidays: HolidayTable) -> dict[str, tuple[str, ...]]:
    out: dict[str, set[str]] = {}
    for cls, words in _CLASS_WORDS.items():
        for w in words.split():
            out.setdefault(w, set()).add(cls)
    for h in holidays.holidays:
        for n in h.names:
            for w in regex.findall(r"\w+", n.casefold()):
                if w not in _HOLIDAY_STOP:
                    out.setdefault(w, set()).add("HOLIDAY")
    for w in MONTHS_FULL + MONTHS_ABBR:
        out.setdefault("=" + w, set()).add("MONTH")
        out.setdefault("=" + w.upper(), set()).add("MONTH")
    for w in WEEKDAYS:
        for form in (w, w.upper(), w + "s", w.upper() + "S"):
            out.setdefault("=" + form, set()).add("WEEKDAY")
    return {k: tuple(sorted(v)) for k, v in out.items()}


@functools.cache
def _token_re() -> regex.Pattern[str]:
    return regex.compile(r"\w++")


@functools.cache
def _four_digits_re() -> regex.Pattern[str]:
    return regex.compile(r"\d{4}")


def _trigger_spans(text: str, holidays: HolidayTable) -> dict[str, list[tuple[int, int]]]:
    classes = _word_classes(holidays)
    found: dict[str, list[tuple[int, int]]] = {}
    lowered = text.lower()
    if len(lowered) != len(text):  # rare characters whose case forms differ in length
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    get = classes.get
    for m in _token_re().finditer(lowered):
        tok = m.group()
        if tok[0].isdigit() or tok[-1].isdigit():
            span = m.span()
            found.setdefault("NUM", []).append(span)
            if len(tok) >= 4 and _four_digits_re().search(tok):
                found.setdefault("DIGITS4", []).append(span)  # a year: "2025", "FY2025"
            if tok.endswith(("am", "pm")) or (
                lowered.startswith(":", span[1]) and lowered[span[1] + 1 : span[1] + 2].isdigit()
            ):
                found.setdefault("CLOCK", []).append(span)  # "3pm", "15:30"
            if tok[0].isdigit():
                continue
        hit = get(tok)
        if hit:
            for cls in hit:
                found.setdefault(cls, []).append(m.span())
        s, e = m.span()
        if text[s].isupper():
            hit = get("=" + text[s:e])
            if hit:
                for cls in hit:
                    found.setdefault(cls, []).append((s, e))
    return found


def _windows(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merged windows around trigger spans, with ends moved to a non-word character."""
    out: list[tuple[int, int]] = []
    n = len(text)
    for s, e in sorted(spans):
        a = max(0, s - _WINDOW_BEFORE)
        b = min(n, e + _WINDOW_AFTER)
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    snapped: list[tuple[int, int]] = []
    for a, b in out:
        while b < n and (text[b].isalnum() or text[b] == "_"):
            b += 1
        if snapped and a <= snapped[-1][1]:
            snapped[-1] = (snapped[-1][0], max(b, snapped[-1][1]))
        else:
            snapped.append((a, b))
    return snapped


@functools.lru_cache(maxsize=8)
def _compiled(
    holidays: HolidayTable,
) -> tuple[tuple[int, str, regex.Pattern[str], tuple[str, ...]], ...]:
    return tuple(
        (i, r.name, r.compiled(), _RULE_TRIGGERS.get(r.name, ()))
        for i, r in enumerate(rules(holidays))
    )


# A bare year is kept only when it does not look like an amount or a code.
_NOT_YEAR_BEFORE = regex.compile(
    r"(?:[$\u00a3\u20ac#]|\bNo\.|\bnumber|\bpage|\bpp?\.|\broom|\bflight|\broute|\bhighway|\bcode|"
    r"\bresolution|\bbill|\bH\.R\.|\bS\.|\bmodel|\bversion|\bfrom|\bto|\bof|\bjust|\bonly|"
    r"\babout|\bsome|\bnearly|\balmost|\bover|\bunder|\bapproximately|\baround|\bthan|\btotal|"
    r"\bAirbus|\bBoeing|\bDow|\bIndex|\bS&P|\bNasdaq|\bat|\bwith|\bby|\bto)\s*$",
    regex.IGNORECASE,
)
_NOT_YEAR_AFTER = regex.compile(
    r"^\s*(?:%|percent|per\s*cent|points?\b|people|persons|troops|soldiers|men\b|women\b|"
    r"children|workers|employees|jobs|units|shares|votes|cars|homes|houses|acres|miles|"
    r"kilometers|km\b|feet|meters|metres|tons|tonnes|barrels|pounds|dollars|yuan|euros|yen|"
    r"rubles|marks|francs|ounces|calories|words|pages|cases|deaths|dead|killed|injured|"
    r"wounded|patients|students|members|delegates|refugees|prisoners|hostages|flights|"
    r"vehicles|tanks|aircraft|planes|missiles|rockets|rounds|shells|bombs|sorties|"
    r"residents|voters|visitors|tourists|copies|households|firms|companies|times|hours|"
    r"minutes|seconds|square|cubic)",
    regex.IGNORECASE,
)
_AMOUNT_LEFT = regex.compile(
    r"(?:\bbetween|\bfrom)\s+(?:[$\u00a3\u20ac]\d[\d,.]*|\d{1,3}(?:,\d{3})+|\d{1,3}|\d{5,})"
    r"(?:\.\d+)?\s*(?:and|to)\s*$",
    regex.IGNORECASE,
)


def _plausible_year(text: str, m: regex.Match[str]) -> bool:
    """Filter a bare-year match ("in 2025") against amounts and codes ("2,000 troops")."""
    g = m.groupdict()
    if g.get("fiscal") or g.get("spelled") is not None or g.get("mod"):
        return True
    if "year" in m.group().casefold():
        return True
    left = text[max(0, m.start() - 24) : m.start()]
    right = text[m.end() : m.end() + 40]
    if right.startswith(("-", "\u2013")) and right[1:2].isdigit():
        return False
    if rx.search(r"\d[-\u2013./]$", left):  # a phone number or code: "555-2012"
        return False
    year = int(m.group("year"))
    after = _NOT_YEAR_AFTER.match(right)
    before = _NOT_YEAR_BEFORE.search(left)
    if after:
        return False
    if before:
        word = before.group().strip().casefold()
        # "from 2020", "to 2025", "of 1998", "by 2030", "at 1998 levels": fine for likely years.
        if word in {"from", "to", "of", "by", "at", "with", "just", "only", "than", "since"}:
            return 1900 <= year <= 2099 and not _AMOUNT_LEFT.search(left)
        return False
    return 1600 <= year <= 2099 and (year >= 1900 or _century_context(left))


_CENTURY_LEFT = regex.compile(
    r"\b(?:in|since|of|from|until|by|before|after|year)\s*$", regex.IGNORECASE
)


def _century_context(left: str) -> bool:
    return bool(_CENTURY_LEFT.search(left))


_MONTH_INTRO = regex.compile(
    r"\b(?:in|of|since|until|till|by|during|through|from|to|the|before|after|between|and|or|"
    r"early|late|last|next|this|that|mid|each|every|for)[\s-]*$",
    regex.IGNORECASE,
)
_CURRENCY_LEFT = regex.compile(r"[$\u00a3\u20ac]\s*$")
_RATE_LEFT = regex.compile(r"(?:\d|million|billion|thousand|hundred|percent|%|[a-z]{3,}s)\s+$")
_NOT_RATE_LEFT = regex.compile(
    r"\b(?:for|in|within|over|after|than|about|nearly|almost|just|"
    r"only|least|once|twice)\s+$"
)


_TITLE_UNIT = regex.compile(
    r"(?<=\w[^\S\n]{1,3})(?-i:(?:Seconds?|Minutes?|Hours?|Days?|Nights?|Weeks?|Months?|Years?|"
    r"Decades?|Noon|Midnight|Today|Tonight|Now))\b"
)
_SENTENCE_START = regex.compile(r"(?:^|[.!?:\n\"'\u201c\u2018(\[-]|``)[^\S\n]*$")


def _title_case_name(text: str, rule: str, m: regex.Match[str]) -> bool:
    """Whether the match looks like part of a title or name ("60 Minutes", "High Noon")."""
    if rule in ("holiday", "date", "date_range", "month", "weekday", "set_weekday", "iso"):
        return False
    span = m.group()
    at_start = _SENTENCE_START.search(text, max(0, m.start() - 3), m.start()) is not None
    if span.isupper() or (span.istitle() and at_start):
        # a heading in capitals, or "Two Days Ago" at the start of a sentence or quote
        return bool(_TITLE_UNIT.search(span)) and not at_start
    if _TITLE_UNIT.search(span):
        return True
    first = span.split(None, 1)[0]
    return (
        first[:1].isupper()
        and first.lower() in ("noon", "midnight", "minutes", "hours")
        and not _SENTENCE_START.search(text, max(0, m.start() - 3), m.start())
    )


_OPEN_QUOTE = regex.compile(r"(?:[\"\u201c\u2018]|''|``|(?<!\w)')$")
_CLOSE_QUOTE = regex.compile(r"[.,!?]?(?:[\"\u201d\u2019]|'')|[^\S\n](?-i:[A-Z])")
_ORDINAL_SECOND = regex.compile(
    r"[^\S\n]{1,3}(?!(?:or|and|of|later|ago|earlier|before|after|longer|too|to|in|at|for|"
    r"when|as|while|until|or|then)\b)(?-i:[a-z])",
    regex.IGNORECASE,
)


def _quoted_title(text: str, m: regex.Match[str]) -> bool:
    """A title-cased phrase in quotes names a show or a work ("60 Minutes", "This Week")."""
    words = m.group().split()
    if len(words) < 2 or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    left = text[max(0, m.start() - 2) : m.start()]
    return bool(_OPEN_QUOTE.search(left)) and bool(_CLOSE_QUOTE.match(text, m.end()))


def _keep(text: str, rule: str, m: regex.Match[str]) -> bool:
    if _title_case_name(text, rule, m) or _quoted_title(text, m):
        return False
    if rule == "year":
        return _plausible_year(text, m)
    if rule == "year_range":
        y1, y2 = m.group("year"), m.group("year2")
        if len(y2) == 4 and int(y2) <= int(y1):
            return False  # "2010-2009" is a score or a code, not a span of years
        if rx.search(r"\d[-\u2013./]$", text[max(0, m.start() - 2) : m.start()]):
            return False
    if rule == "month":
        month = m.group("month")
        if month in ("May", "March", "MAY", "MARCH") and not m.group("year") and not m.group("mod"):
            # The modal verb / the noun: keep only after a word that introduces a date.
            left = text[max(0, m.start() - 20) : m.start()]
            return bool(_MONTH_INTRO.search(left))
        return True
    if (
        rule == "duration"
        and (m.group("unit") or "").casefold() == "second"
        and (m.groupdict().get("quant") or "").casefold() in ("a", "an")
        and _ORDINAL_SECOND.match(text, m.end())
    ):
        return False  # "a second group", "for a second time": the ordinal, not the unit
    if rule in ("duration", "ago_later") and m.groupdict().get("quant"):
        left = text[max(0, m.start() - 3) : m.start()]
        if _CURRENCY_LEFT.search(left):
            return False
        if rule == "duration" and (m.group("quant") or "").casefold() in ("a", "an"):
            # "$2 million a year", "four flights a week", "24 hours a day": a rate, no time
            left = text[max(0, m.start() - 30) : m.start()]
            if _RATE_LEFT.search(left) and not _NOT_RATE_LEFT.search(left):
                return False
    return True


def scan(text: str, *, holidays: HolidayTable = DEFAULT_HOLIDAYS) -> tuple[GrammarMatch, ...]:
    """Find time-expression spans in *text*.

    Args:
        text: The text to scan.
        holidays: The table of named days to recognise.

    Returns:
        Non-overlapping matches sorted by start. Where rules overlap the longest match wins, then
        the earlier rule.

    Examples:
        >>> [m.text for m in scan("Xi met Putin on Feb. 4 and spoke with Trump hours later.")]
        ['Feb. 4', 'hours later']
        >>> [m.text for m in scan("2,000 troops and $2025 in May, may be.")]
        ['May']
    """
    cands: list[tuple[int, int, int, str, regex.Match[str]]] = []
    triggers = _trigger_spans(text, holidays)
    window_cache: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for prio, name, pat, classes in _compiled(holidays):
        if not classes:
            windows = [(0, len(text))]
        elif classes in window_cache:
            windows = window_cache[classes]
        else:
            spans = [sp for c in classes for sp in triggers.get(c, ())]
            windows = window_cache[classes] = _windows(text, spans)
        for a, b in windows:
            for m in pat.finditer(text, a, b):
                if m.end() > m.start():
                    cands.append((m.start(), m.end(), prio, name, m))
    # Longest first, then earliest, then rule priority; keep those that do not overlap a kept
    # one and pass their rule's filter. (A match that fails its filter is never kept and blocks
    # nothing, so the filter runs only on the matches that would be kept: not on those a longer
    # one overlaps.)
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
    taken: list[tuple[int, int]] = []
    kept: list[GrammarMatch] = []
    for start, end, _prio, name, m in cands:
        i = bisect.bisect_left(taken, (start, start))
        if i > 0 and taken[i - 1][1] > start:
            continue
        if i < len(taken) and taken[i][0] < end:
            continue
        if not _keep(text, name, m):
            continue
        taken.insert(i, (start, end))
        if name == "date_range" and m.group("conn").strip().casefold() in ("and", "or"):
            kept.extend(_date_list(m))
            continue
        kept.append(
            GrammarMatch(start=start, end=end, text=m.group(), rule=name, groups=_groups(m))
        )
    kept.sort(key=lambda g: g.start)
    return tuple(kept)


def _date_list(m: regex.Match[str]) -> tuple[GrammarMatch, GrammarMatch]:
    """Split "April 24 and 25" into two dates (TimeML tags each); the second borrows the month."""
    groups = _groups(m)
    first_end = m.start("conn")
    shared = {k: groups[k] for k in ("month", "year") if k in groups}
    first = {k: v for k, v in groups.items() if k not in ("conn", "day2")}
    second = {**shared, "day": groups["day2"]}
    s2 = m.start("day2")
    return (
        GrammarMatch(
            start=m.start(),
            end=first_end,
            text=m.string[m.start() : first_end],
            rule="date",
            groups=first,
        ),
        GrammarMatch(
            start=s2, end=m.end(), text=m.string[s2 : m.end()], rule="date", groups=second
        ),
    )


def _groups(m: regex.Match[str]) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for name in m.re.groupindex:
        v = m.group(name)
        if v is not None:
            out[name] = v
    return out
