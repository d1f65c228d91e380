"""Relative and anaphoric time: tense, year-less dates, weekdays and narrative anchors (stage 4).

News mode, as in HeidelTime: a date without a year ("in November", "Sept. 3") or a bare weekday
("Tuesday") is placed relative to the publication date, in the past or the future according to the
tense of the verb that governs it (:func:`tense_at`): the nearest tense cue in the expression's own
clause -- not in a relative clause set off elsewhere in the sentence, not in the clause reported
after a "said" that follows it, and only weakly a participle after a noun ("talks expected to
...") or a verb of a coordinated clause. News writes scheduled events in the present ("The trial
begins on Monday", "Voters go to the polls on Sunday", "The leaders are meeting on Monday"), so
those forms look ahead; with no cue at all the nearest date wins, with a bias to the past.
Anaphoric expressions ("the next day", "hours later", "the previous year") are resolved against
the *narrative time*: the latest time expression before them that is at least as fine as they
need, else the publication date.

Examples:
    >>> import datetime as dt
    >>> pub = dt.date(2026, 2, 5)
    >>> choose_year(11, None, pub, Tense.PAST), choose_year(11, None, pub, Tense.FUTURE)
    (2025, 2026)
    >>> weekday_date(1, pub, Tense.PAST), weekday_date(1, pub, Tense.FUTURE)
    (datetime.date(2026, 2, 3), datetime.date(2026, 2, 10))
    >>> tense_at("Xi met Putin on Feb. 4.", 16)
    <Tense.PAST: 'past'>
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from timeline.extraction.normalise import Granule

__all__ = ["Tense", "after_since", "choose_year", "pick_anchor", "tense_at", "weekday_date"]


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


class Tense(enum.Enum):
    """The tense of the clause around a time expression, as far as cheap cues tell.

    Examples:
        >>> Tense("future")
        <Tense.FUTURE: 'future'>
    """

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    UNKNOWN = "unknown"


_IRREGULAR_PAST = _words(
    "was were had did been said told met held spoke spoken took made went came saw gave began "
    "led won lost sold bought paid left fell rose hit kept brought thought found felt became "
    "grew knew wrote sent spent built ran stood sat struck fought caught taught sought drew "
    "drove flew threw wore tore broke chose froze stole woke rode rang sang shook forgot "
    "forgave overtook undertook withdrew arose awoke bore swore hung shot slid split spread "
    "understood meant heard dealt dug fed fled lent lit slept swept wept sank sprang stung "
    "swung wound"
)
# Past forms spelled like the present ("They cut jobs on Monday"): past unless a modal, "to" or
# "do" makes them a bare infinitive ("plans to cut", "did not cut").
_SAME_FORM_PAST = _words("cut put shut quit hurt cast shed")
_FUTURE = _words(
    "will wo shall gonna upcoming forthcoming scheduled plans planned planning plan intends "
    "intend expects expected aims aim would should must might"
)
_PRESENT = _words(
    "is are am does do says say remains remain continues continue stands seems appears can"
)
_NOT_PAST_ED = _words(
    "need needed red bed shed seed feed speed breed indeed deed weed greed steed proceed exceed "
    "succeed united based limited related interested concerned supposed used alleged so-called "
    "detailed advanced experienced talented skilled armed"
)
# The futurate present: news reports a scheduled event in the simple present ("The trial begins
# on Monday", "Voters go to the polls on Sunday", "The treaty expires in August"). Only verbs
# of scheduled events; verbs of reported data ("rises", "falls") are often a headline's past.
_SCHEDULE_VERBS = _words(
    "begin open start kick travel fly head arrive leave depart return resume reconvene convene "
    "meet gather vote go expire lapse close end host hold visit launch"
)
_SCHEDULE_ING = _words(
    "meeting visiting traveling travelling heading hosting holding flying leaving arriving "
    "returning attending departing convening reconvening resuming launching voting"
)
_THIRD_PERSON = frozenset(
    v + ("es" if v.endswith(("o", "sh", "ch", "s")) else "s") for v in _SCHEDULE_VERBS
)
# Forms that are just as often plural nouns ("his visits", "the votes"): verbs only after a
# pronoun or a name.
_NOUNISH = _words("visits votes returns heads holds starts ends meets launches hosts closes")
_THE = _words("the its his her their our this")
_NOUN_PRONOUNS = _words("he she it which who that this")
_PLURAL_PRONOUNS = _words("they we you i who which that")
_NOT_SUBJECT = _words(
    "its his this has was is does as us yes less plus across unless thus whereas always "
    "perhaps news sometimes afterwards towards"
)
_MODAL_OR_DO = _words(
    "to will would shall should can could may might must 'll wo not never n't do does did don't "
    "doesn't didn't cannot can't won't wouldn't couldn't shouldn't let"
)
# "is expected to", "are due in October", "is likely in June": the auxiliary's present looks
# ahead.
_AHEAD = _words(
    "expected scheduled set due slated likely poised going about planning preparing planned "
    "supposed"
)
_PERFECT = _words("has have 've hasn't haven't")
_AUX_PRESENT = _words("is are 's 're am")
_AUX_ANY = _words("is are 's 're am was were be been being")


@functools.cache
def _token_re() -> regex.Pattern[str]:
    return regex.compile(r"[A-Za-z][A-Za-z'\u2019-]{0,30}+")


@functools.cache
def _marker_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return _IRREGULAR_PAST, _FUTURE, _PRESENT


def _classify(word: str, nxt: str, nxt2: str = "") -> Tense | None:
    past, future, present = _marker_sets()
    w = word.casefold().replace("\u2019", "'")
    if w.endswith("'ll") or w in ("won't",):
        return Tense.FUTURE
    if w in ("going", "set", "about", "is", "are") and nxt == "to":
        return Tense.FUTURE
    if w in _AUX_PRESENT and nxt in _AHEAD and (nxt2 == "to" or nxt != "set"):
        return Tense.FUTURE  # "is expected to", "are due in October", "is likely in June"
    if w in _AUX_PRESENT and nxt in _SCHEDULE_ING:
        return Tense.FUTURE  # the futurate progressive: "The leaders are meeting on Monday"
    if w in future:
        if (
            w
            in (
                "expected",
                "planned",
                "plans",
                "plan",
                "planning",
                "intends",
                "intend",
                "expects",
                "aims",
                "aim",
            )
            and nxt != "to"
        ):
            return None
        return Tense.FUTURE
    if w in _PERFECT:
        return Tense.PAST
    if w in past or (w.endswith("n't") and w[:-3] in ("was", "were", "did", "had", "could")):
        return Tense.PAST
    if w in present:
        return Tense.PRESENT
    if len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST_ED:
        return Tense.PAST
    return None


def _futurate(word: str, prev: str, prev2: str, nxt: str, capital_prev: bool) -> bool:
    """Whether *word* is a scheduled event's verb in the simple present ("begins", "go")."""
    if word in ("take", "takes"):
        return nxt in ("place", "effect", "office") and prev not in _MODAL_OR_DO
    if prev in _MODAL_OR_DO or prev in _DETERMINERS or prev.endswith("'s"):
        return False
    if word in _THIRD_PERSON:
        if word in _NOUNISH:
            # "The festival returns", "Biden visits", "it ends"; not "tax returns", "his visits"
            return prev in _NOUN_PRONOUNS or capital_prev or prev2 in _THE
        return bool(prev) and prev not in _PREPOSITIONS
    if word in _SCHEDULE_VERBS:
        # a plural subject: "Voters go to the polls", "Talks resume", "Xi and Putin meet"
        if prev in _PLURAL_PRONOUNS:
            return True
        if capital_prev and prev2 == "and":
            return True
        return (
            len(prev) > 3
            and prev.endswith("s")
            and not prev.endswith(("ss", "us", "'s", "ous"))
            and prev not in _NOT_SUBJECT
        )
    return False


_PREPOSITIONS = _words(
    "of in on at for from with by to into about after before during since until over under "
    "between among against through and or but"
)

# Words before which an "-ed" form is an adjective ("a still unspecified date"), not a verb.
_ADJ_BEFORE = _words(
    "a an the this that these those its his her their our my your no any each every some "
    "still newly recently previously jointly widely long already once very most more less"
)
# "was going to", "were planning to": a plan seen from a past moment, which may be over.
_FUTURE_IN_PAST = _words("going planning scheduled expected set due about supposed slated")
# "agreed to acquire", "an agreement to buy": the infinitive follows the agreement, before or
# after the publication date; the clause's past verb says nothing about it.
_INTENT_NOUNS = _words(
    "agreement agreements deal accord pact decision vote proposal offer bid move"
)
_INTENT = _words(
    "agreed agree agrees agreement agreements deal accord pact decided decision voted vote "
    "promised pledged vowed proposed proposal offered offer bid move moved sought seeks hopes "
    "hoped wants wanted"
)
_DETERMINERS = _words("the a an his her its their our this that these those my your")

# A marker: (start, end, tense, kind). Kinds: "verb" (a finite cue), "report" (a reporting
# verb: the clause after it is another clause), "weak" (a participle after a noun, "talks
# expected to cover trade": it dates the noun, not the clause).
_Marker = tuple[int, int, Tense, str]


@functools.lru_cache(maxsize=4096)
def _markers(sentence: str) -> tuple[_Marker, ...]:
    toks = list(_token_re().finditer(sentence))
    # "May" is the month (or a name), never the modal: "met Xi in May"
    low = [
        t.group() if t.group() == "May" else t.group().casefold().replace("\u2019", "'")
        for t in toks
    ]
    out: list[_Marker] = []
    for i, t in enumerate(toks):
        word = low[i]
        nxt = low[i + 1] if i + 1 < len(toks) else ""
        nxt2 = low[i + 2] if i + 2 < len(toks) else ""
        prev = low[i - 1] if i else ""
        prev2 = low[i - 2] if i > 1 else ""
        if prev in _PASSIVE_AUX:
            continue  # "will be paid", "was being held": the auxiliary carries the tense
        if prev in ("to",) and word in ("be", "have"):
            continue
        if word in ("was", "were") and nxt in _FUTURE_IN_PAST and nxt2 == "to":
            # ahead of a past moment: before or after the publication date
            out.append((t.start(), t.end(), Tense.UNKNOWN, "verb"))
            continue
        if word in _INTENT and nxt == "to" and nxt2 and nxt2 not in _DETERMINERS:
            # "agreed to meet in October", "vowed to return on Friday": what was intended
            # comes after the intent, which news reports soon after it was formed
            # (the intent itself keeps its own tense: "On May 13, X agreed to sell ...")
            # A noun of intent leaves it open ("an agreement to buy the bank in January": the
            # announcement's month, or the purchase's).
            to = toks[i + 1]
            if word in _INTENT_NOUNS:
                out.append((to.start(), to.end(), Tense.UNKNOWN, "verb"))
                continue
            tense = _classify(t.group(), nxt, nxt2)
            if tense is not None:
                out.append((t.start(), t.end(), tense, "verb"))
            out.append((to.start(), to.end(), Tense.FUTURE, "verb"))
            continue
        if word.endswith("ed") and prev in _ADJ_BEFORE and word not in _IRREGULAR_PAST:
            continue  # an adjective: "a still unspecified date", "the proposed merger"
        if prev in _AUX_PRESENT and (
            word in _AHEAD
            or word in _SCHEDULE_ING
            or (i > 1 and (word.endswith("ed") or word in _IRREGULAR_PAST))
        ):
            continue  # "is expected to", "is heard in May": the auxiliary carries the tense
        if (
            prev in _PERFECT
            and word not in _FUTURE
            and (word.endswith("ed") or word in _IRREGULAR_PAST)
        ):
            continue  # "has called": the perfect's auxiliary is the cue
        if word in _SAME_FORM_PAST:
            # a verb with an object ("cut 500 jobs", "cut rates"), not the noun ("a rate cut
            # in March", "the cut.") nor a bare infinitive ("plans to cut", "did not cut")
            if (
                i
                and prev not in _MODAL_OR_DO
                and prev not in _DETERMINERS
                and nxt
                and nxt not in _PREPOSITIONS
                and sentence[t.end() : t.end() + 1] not in (",", ".", ";", ":")
            ):
                out.append((t.start(), t.end(), Tense.PAST, "verb"))
            continue
        capital_prev = i > 0 and toks[i - 1].group()[:1].isupper()
        if _futurate(word, prev, prev2, nxt, capital_prev):
            out.append((t.start(), t.end(), Tense.FUTURE, "verb"))
            continue
        tense = _classify(t.group(), nxt, nxt2)
        if tense is None:
            continue
        kind = "perfect" if word in _PERFECT else "verb"
        if word in _REPORTING:
            kind = "report"
        elif word in ("expected", "scheduled", "slated", "due") and prev not in _AUX_ANY and i:
            kind = "weak"  # "talks expected to cover trade": dates the talks, not the clause
        out.append((t.start(), t.end(), tense, kind))
    return tuple(out)


# How much farther than a plain verb a cue of each kind counts as (in characters).
_PENALTY = {"verb": 0, "perfect": 0, "report": 40, "weak": 20}


@functools.cache
def _aside_re() -> regex.Pattern[str]:
    # ", which will report next week,", "(who met him in May)", "-- which ended in 2020 --"
    return regex.compile(
        r",[^\S\n]*(?:which|who|whose|whom|where)\b[^,;:()\u2014]*+(?:,|(?=[.;:!?]?\s*$))"
        r"|,[^\S\n]*(?:[a-z]+ly[^\S\n]+)?[a-z]{3,}(?:ed|en)[^\S\n][^,;:()\u2014]*+,"
        r"|\([^()]*\)|[\u2014][^\u2014]*[\u2014]|\s--\s.*?\s--\s",
        regex.IGNORECASE,
    )


@functools.lru_cache(maxsize=4096)
def _asides(sentence: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of relative clauses and parentheses set off inside *sentence*."""
    return tuple((m.start(), m.end()) for m in _aside_re().finditer(sentence))


def _aside_at(asides: tuple[tuple[int, int], ...], pos: int) -> tuple[int, int] | None:
    """The aside (they are sorted and disjoint) that contains *pos*, found by bisection."""
    i = bisect.bisect_right(asides, (pos, 1 << 62)) - 1
    if i >= 0 and asides[i][0] <= pos < asides[i][1]:
        return asides[i]
    return None


def _aside_of(asides: tuple[tuple[int, int], ...], start: int, end: int) -> tuple[int, int]:
    found = _aside_at(asides, start)
    if found is not None and end <= found[1]:
        return found
    return -1, -1


def tense_at(sentence: str, start: int, end: int | None = None) -> Tense:
    """The tense of the clause that governs the span ``sentence[start:end]``.

    Cues: modal "will"/"'ll"/"would", "going to", "is expected to", "is due", "plans to"
    (future); the simple present of a scheduled event ("begins", "expires", "voters go"),
    which news uses for the future; past forms ("was", "met", "cut", "-ed" verbs), the perfect
    "has"/"have", "since" (past); "is", "are", "says" (present). "until", "by", "ahead of"
    just before the span look ahead.

    The governing cue is the nearest one in the span's own clause: cues inside a relative clause
    or parenthesis set off elsewhere in the sentence ("The company, which will report next
    week, cut jobs on Monday") do not count, and a reporting verb after the span ("On Tuesday,
    the minister said prices will rise") closes its clause: it counts (as a weaker cue) but
    the reported clause after it does not. Words inside the span do not count.

    Args:
        sentence: The sentence text.
        start: Start of the time expression in *sentence*.
        end: Its end (defaults to *start*).

    Returns:
        The tense, or :attr:`Tense.UNKNOWN` when the sentence has no cue.

    Examples:
        >>> tense_at("The leaders will meet in November.", 26)
        <Tense.FUTURE: 'future'>
        >>> tense_at("Talks are set to resume in March.", 27)
        <Tense.FUTURE: 'future'>
        >>> tense_at("China released readouts in November.", 27)
        <Tense.PAST: 'past'>
        >>> tense_at("The trial begins on Monday.", 20, 26)
        <Tense.FUTURE: 'future'>
        >>> tense_at("Speaking on Monday, the minister said prices will rise.", 12, 18)
        <Tense.PAST: 'past'>
        >>> tense_at("November", 0)
        <Tense.UNKNOWN: 'unknown'>
    """
    end = start if end is None else end
    if after_since(sentence, start):
        return Tense.PAST  # "since March": a time already past
    cue = _deadline_re().search(sentence, max(0, start - 24), start)
    if cue and not _had_re().search(sentence) and not _range_end(sentence, cue.start()):
        return Tense.FUTURE
    if _copula_re().search(sentence, max(0, start - 24), start):
        return Tense.FUTURE  # "The election is in September", "The vote is on Sunday"
    markers = _markers(sentence)
    if not markers:
        return Tense.UNKNOWN
    if sentence.startswith(("'s", "\u2019s"), end):
        return _possessive(sentence, markers, end)
    asides = _asides(sentence)
    own = _aside_of(asides, start, end)
    found = _governing(sentence, markers, asides, own, start, end)
    if found is None and own != (-1, -1):
        # an aside without a verb of its own ("(on Monday)") takes the tense around it
        found = _governing(sentence, markers, asides, (-1, -1), start, end, skip_own=own)
    tense, kind = found if found is not None else (Tense.UNKNOWN, "verb")
    if (tense is not Tense.PAST or kind == "perfect") and _for_day_re().match(
        sentence, max(0, start - 4)
    ):
        return Tense.FUTURE  # "has called a strike for Monday" (but "planned for Monday was")
    return tense


def _possessive(sentence: str, markers: tuple[_Marker, ...], end: int) -> Tense:
    """ "Tuesday's attack": past, unless the phrase is the subject of a future verb ("Monday's
    vote will decide the fate of the government")."""
    j = bisect.bisect_left(_starts(sentence), end)
    if j < len(markers):
        s, _, tense, kind = markers[j]
        if (
            tense is Tense.FUTURE
            and kind == "verb"
            and s - end <= 40
            and not _clause_break_re().search(sentence, end, s)
        ):
            return Tense.FUTURE
    return Tense.PAST


@functools.cache
def _clause_break_re() -> regex.Pattern[str]:
    return regex.compile(r"[,;:()\u2014]|\b(?:and|but|that|which|who)\b", regex.IGNORECASE)


def _governing(
    sentence: str,
    markers: tuple[_Marker, ...],
    asides: tuple[tuple[int, int], ...],
    own: tuple[int, int],
    start: int,
    end: int,
    *,
    skip_own: tuple[int, int] | None = None,
) -> tuple[Tense, str] | None:
    """The nearest cue in the clause *own* (``(-1, -1)``: the main clause) around the span."""
    lo, hi = own if own != (-1, -1) else (0, len(sentence))

    def in_scope(s: int, e: int) -> bool:
        if s < lo or e > hi:
            return False
        if skip_own is not None and skip_own[0] <= s < skip_own[1]:
            return False
        # a cue in another aside does not count
        aside = _aside_at(asides, s)
        return aside is None or aside == own or aside[0] <= start < aside[1]

    p = bisect.bisect_left(_starts(sentence), start)
    best: tuple[int, Tense, str] | None = None
    i = p - 1
    while i >= 0:
        s, e, tense, kind = markers[i]
        if e <= start and in_scope(s, e):
            best = (start - e, tense, kind)
            break
        i -= 1
    j = p
    while j < len(markers):
        s, e, tense, kind = markers[j]
        j += 1
        if s < end or not in_scope(s, e):
            continue  # inside the span, or in another clause
        if _that_re().search(sentence, end, s):
            break  # "told Putin on Wednesday that he would ...": the reported clause's verb
        dist = s - end + _PENALTY[kind]
        if _coordinator_re().search(sentence, end, s):
            dist += 25  # "cut jobs on Monday and will report...": the next clause's verb
        if best is None or dist < best[0]:
            best = (dist, tense, kind)
        if kind == "report" or best[0] <= s - end:
            break  # the reported clause after "said" is another clause; farther cues lose
    return (best[1], best[2]) if best else None


@functools.lru_cache(maxsize=4096)
def _starts(sentence: str) -> tuple[int, ...]:
    return tuple(s for s, _, _, _ in _markers(sentence))


_REPORTING = _words(
    "said says say told tells added adds announced announces stated declared insisted noted "
    "argued claimed confirmed acknowledged explained wrote writes"
)
_PASSIVE_AUX = frozenset({"be", "been", "being"})


@functools.cache
def _that_re() -> regex.Pattern[str]:
    return regex.compile(r"\bthat\b", regex.IGNORECASE)


@functools.cache
def _coordinator_re() -> regex.Pattern[str]:
    return regex.compile(r"\b(?:and|but|while|whereas|although|though)\b|;", regex.IGNORECASE)


@functools.cache
def _for_day_re() -> regex.Pattern[str]:
    # "a strike for Monday": a bare weekday after "for" is a day planned
    return regex.compile(
        r"for[^\S\n]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['\u2019]s)"
    )


@functools.cache
def _copula_re() -> regex.Pattern[str]:
    # an event placed in time by the copula alone: "The vote is on Sunday", "is in September"
    return regex.compile(
        r"\b(?:is|are)[^\S\n]+(?:(?:now|also|still|then|again)[^\S\n]+)?(?:(?:on|in)[^\S\n]+)?$",
        regex.IGNORECASE,
    )


@functools.cache
def _since_re() -> regex.Pattern[str]:
    # searched backwards from the time: one attempt from the end of the window
    return regex.compile(
        r"(?r)\bsince[^\S\n]{1,3}(?:(?:early|late|mid)-?[^\S\n]{0,3})?$", regex.IGNORECASE
    )


def after_since(text: str, start: int) -> bool:
    """Whether the time expression at *start* follows "since" ("since March", "since early
    2022"): a time already past, which starts a stretch that runs on rather than dating an
    event.

    Examples:
        >>> after_since("talks stalled since early 2022", 25), after_since("in 2022", 3)
        (True, False)
    """
    return _since_re().search(text, max(0, start - 16), start) is not None


@functools.cache
def _range_re() -> regex.Pattern[str]:
    # "this year through August", "from January until March", "so far": the end of a span
    return regex.compile(
        r"(?:\b(?:year|month|week|quarter|far|date|\d{4})|\b(?:January|February|March|April|"
        r"May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
        r"Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?"
        r"(?:\s+\d{1,2})?)[,;]?\s*$",
        regex.IGNORECASE,
    )


def _range_end(sentence: str, cue_start: int) -> bool:
    """Whether the deadline word at *cue_start* closes a span begun by a time just before it."""
    return _range_re().search(sentence, max(0, cue_start - 24), cue_start) is not None


@functools.cache
def _had_re() -> regex.Pattern[str]:
    return regex.compile(r"\b(?:had|hadn't)\b", regex.IGNORECASE)


@functools.cache
def _deadline_re() -> regex.Pattern[str]:
    # "until Tuesday", "by Jan. 14", "as soon as Tuesday", "as early as next week": ahead
    return regex.compile(
        r"\b(?:until|till|by|through|no\s+later\s+than|as\s+(?:soon|early)\s+as|"
        r"ahead\s+of|effective|due|expires?|expiring|payable|slated\s+for|"
        r"scheduled\s+for|set\s+for|planned\s+for)\s+(?:on\s+)?$",
        regex.IGNORECASE,
    )


def choose_year(
    month: int, day: int | None, reference: dt.date, tense: Tense, *, weekday: int | None = None
) -> int:
    """The year of a year-less date (*day* ``None``: the whole month) in news mode.

    Past tense: the latest occurrence not after the publication date; future: the earliest not
    before it. Otherwise the nearest, with a bias to the past (news reports what happened): the
    future occurrence wins only when it is four times closer. A *weekday* (0 = Monday) given with
    the date picks the year in which the date falls on that weekday when exactly one of the three
    candidate years does.

    Examples:
        >>> import datetime as dt
        >>> pub = dt.date(2026, 2, 5)
        >>> choose_year(9, 3, pub, Tense.UNKNOWN), choose_year(2, 4, pub, Tense.UNKNOWN)
        (2025, 2026)
        >>> choose_year(12, 7, dt.date(2023, 11, 7), Tense.UNKNOWN)
        2023
        >>> choose_year(11, 24, pub, Tense.UNKNOWN, weekday=0)
        2025
    """
    y = reference.year
    years = (y - 1, y, y + 1)

    def first(year: int) -> dt.date:
        return dt.date(year, month, day or 1)

    def last(year: int) -> dt.date:
        if day is not None:
            return _safe(year, month, day)
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)

    if weekday is not None and day is not None:
        fits = [
            yy
            for yy in years
            if _valid(yy, month, day) and dt.date(yy, month, day).weekday() == weekday
        ]
        if len(fits) == 1:
            return fits[0]
    past = [yy for yy in years if _valid(yy, month, day or 1) and first(yy) <= reference]
    future = [yy for yy in years if _valid(yy, month, day or 1) and last(yy) >= reference]
    p = max(past) if past else y
    f = min(future) if future else y
    if p == f:
        return p
    dp = (reference - last(p)).days
    df = (first(f) - reference).days
    # A year-less date is the current one when it is close ahead (AP style omits the year of
    # dates in the current year): a past verb near "Dec. 7" in late October is a schedule.
    window = 31  # a past verb and a date (or month) starting within a month: a schedule
    if tense is Tense.PAST:
        return f if df <= window and f == y and dp > 3 * window else p
    if tense is Tense.FUTURE:
        return p if dp <= 7 and p == y else f
    if tense is Tense.PRESENT:
        return f if df < dp else p
    return f if df * 3 < dp else p


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _safe(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:  # Feb. 29 in a common year
        return dt.date(year, month, 28)


def weekday_date(weekday: int, reference: dt.date, tense: Tense) -> dt.date:
    """The date of a bare weekday name (0 = Monday) said relative to *reference*.

    Past: the latest such day on or before *reference*; future: the earliest on or after it.
    Otherwise the publication day itself if it is that weekday, else the nearer of the two, with
    a bias to the past.

    Examples:
        >>> import datetime as dt
        >>> thu = dt.date(2026, 2, 5)
        >>> weekday_date(3, thu, Tense.PAST), weekday_date(4, thu, Tense.UNKNOWN)
        (datetime.date(2026, 2, 5), datetime.date(2026, 2, 6))
        >>> weekday_date(0, thu, Tense.UNKNOWN)
        datetime.date(2026, 2, 2)
    """
    back = (reference.weekday() - weekday) % 7
    ahead = (weekday - reference.weekday()) % 7
    if tense is Tense.PAST:
        return reference - dt.timedelta(days=back)
    if tense is Tense.FUTURE:
        return reference + dt.timedelta(days=ahead)
    if back == 0:
        return reference
    if ahead * 2 < back:
        return reference + dt.timedelta(days=ahead)
    return reference - dt.timedelta(days=back)


_FINE_ENOUGH = {
    "time": ("time", "pod", "day"),
    "pod": ("time", "pod", "day"),
    "day": ("time", "pod", "day"),
    "week": ("time", "pod", "day", "week", "weekend"),
    "weekend": ("time", "pod", "day", "week", "weekend"),
}


def pick_anchor(
    previous: Sequence[Granule | None], need: str, *, limit: int | None = 64
) -> tuple[int, Granule] | None:
    """The narrative anchor for an anaphoric expression that needs granularity *need*.

    Scans *previous* (the granules of the time expressions found so far, ``None`` for those
    without one) from the latest back and returns the first that is at least as fine as *need*
    (for ``"quarter"``: the latest quarter or half-year). *limit* bounds how far back to look
    (``None``: to the start), which keeps a document's anchoring linear in its length.

    Examples:
        >>> import datetime as dt
        >>> from timeline.extraction.normalise import Granule
        >>> prev = [Granule("year", dt.date(2026, 1, 1)), Granule.of_day(dt.date(2026, 2, 4)),
        ...         Granule("year", dt.date(2025, 1, 1))]
        >>> pick_anchor(prev, "day")[0], pick_anchor(prev, "year")[0]
        (1, 2)
        >>> pick_anchor(prev, "quarter") is None
        True
    """
    from timeline.extraction.normalise import GRANULARITIES

    rank = {g: i for i, g in enumerate(GRANULARITIES)}
    stop = -1 if limit is None else max(-1, len(previous) - 1 - limit)
    for i in range(len(previous) - 1, stop, -1):
        g = previous[i]
        if g is None:
            continue
        if need == "quarter":
            if g.gran in ("quarter", "half"):
                return i, g
            continue
        if need in _FINE_ENOUGH:
            if g.gran in _FINE_ENOUGH[need]:
                return i, g
            continue
        if rank[g.gran] <= rank.get(need, len(rank)) and g.gran not in ("decade", "century"):
            return i, g
    return None
