"""A held-out table of news snippets with hand-written gold, and the lenient comparison.

The snippets are our own writing in the manner of wire copy (Reuters, AP, Xinhua, White House
readouts): headlines, datelines and body sentences, 1-3 sentences each. None is copied from the
shared development corpora; they exist to catch extraction rules that only fit those corpora.

Gold conventions (those of ``../shared/eval``):

* ``kind`` is a built-in kind name; ``when`` is the TIMEX3/ISO value at the granularity of the
  text ("2024-06", "2024-W31", "2025-03-22TMO", "2019/2023"), or ``None`` when the text gives no
  time for the event (then ``when`` is not judged);
* ``participants`` are canonical full names ("Xi Jinping", "United States", "NATO"); countries
  stand for their capitals and seats of government used as metonyms ("the Kremlin" -> Russia);
* ``location`` is the place the text gives, or ``None`` (then it is not judged);
* ``triggers`` are the words of the text that mention the event; a system event matches a gold
  event when the kinds are equal and one of its mentions overlaps one of those words;
* an ``optional`` gold event (for instance an attribution "the Kremlin said" that a careful
  annotator may or may not mark) is neither required nor counted as an extra when found;
* ``timexes`` are all the time expressions of the text; an ``optional`` one is not judged.

The comparison is the shared scorer's, made per case: participants match by token subset with
titles dropped (:func:`names_match`), a case passes when every required gold event is found
with the right ``when``, the same participants (both ways) and the gold ``location``, no other
event is extracted, every gold time expression is found with its value and no other is found.

Examples:
    >>> case = by_id("call-xinhua-dateline")
    >>> case.published, [e.kind for e in case.events]
    ('2024-04-02', ['call'])
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

__all__ = [
    "CASES",
    "KINDS",
    "Case",
    "CaseResult",
    "GoldEvent",
    "GoldTimex",
    "Tally",
    "by_id",
    "check",
    "ev",
    "find_spans",
    "measure",
    "names_match",
    "trigger_spans",
    "tx",
]

#: The built-in kinds of DESIGN section 3; every kind must appear in the corpus.
KINDS = (
    "meeting",
    "call",
    "visit",
    "summit",
    "negotiation",
    "treaty_signing",
    "treaty_expiry",
    "treaty_extension",
    "treaty_withdrawal",
    "arms_sale",
    "announcement",
    "statement",
    "parade",
    "commemoration",
    "sanction",
    "election",
    "military_action",
    "period",
)


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


@attrs.frozen(kw_only=True)
class GoldEvent:
    """One expected event of a snippet.

    Attributes:
        kind: Built-in kind name.
        when: Gold TIMEX3 value, or ``None`` when the text gives no time (not judged).
        alt_when: Other values a careful annotator would also accept.
        participants: Canonical names.
        location: Gold place, or ``None`` (not judged).
        triggers: Words of the text that mention the event (all their occurrences count;
            ``"word@1"`` means only the second occurrence).
        optional: Neither required nor an extra when found.

    Examples:
        >>> GoldEvent(kind="call", when="2024-04-02", participants=("Xi Jinping",),
        ...           triggers=("phone conversation",)).location is None
        True
    """

    kind: str
    when: str | None
    alt_when: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    participants: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    location: str | None = None
    triggers: tuple[str, ...] = attrs.field(converter=_strings)
    optional: bool = False

    @property
    def accepted_when(self) -> frozenset[str]:
        """The normalised ``when`` values accepted for this event.

        Examples:
            >>> sorted(ev("summit", "2023-07-11/2023-07-12", [], alt=["2023-07-11"],
            ...           triggers=["summit"]).accepted_when)
            ['2023-07-11', '2023-07-11/2023-07-12']
        """
        return frozenset(str(v).strip().upper() for v in (self.when, *self.alt_when) if v)


@attrs.frozen(kw_only=True)
class GoldTimex:
    """One expected time expression of a snippet.

    Attributes:
        text: The expression as written (its ``nth`` occurrence in the snippet is meant).
        value: Gold TIMEX3 value.
        nth: Which occurrence of ``text`` (0 = first).
        optional: Not judged either way (generic or set expressions).

    Examples:
        >>> tx("Tuesday", "2025-03-04").nth
        0
    """

    text: str
    value: str | None
    nth: int = 0
    optional: bool = False


def _gold_events(values: Iterable[GoldEvent]) -> tuple[GoldEvent, ...]:
    return tuple(values)


def _gold_timexes(values: Iterable[GoldTimex]) -> tuple[GoldTimex, ...]:
    return tuple(values)


@attrs.frozen(kw_only=True)
class Case:
    """One snippet and its gold.

    Attributes:
        id: Stable id, used as the pytest id.
        published: Publication date (the reference for relative expressions).
        text: The snippet.
        events: Expected events (empty for the negative cases).
        timexes: Expected time expressions.
        note: What the case is about.

    Examples:
        >>> by_id("neg-generic-call").events
        ()
    """

    id: str
    published: str
    text: str
    events: tuple[GoldEvent, ...] = attrs.field(default=(), converter=_gold_events)
    timexes: tuple[GoldTimex, ...] = attrs.field(default=(), converter=_gold_timexes)
    note: str = ""


def ev(
    kind: str,
    when: str | None,
    participants: Iterable[str],
    location: str | None = None,
    *,
    triggers: Iterable[str],
    alt: Iterable[str] = (),
    optional: bool = False,
) -> GoldEvent:
    """Build a :class:`GoldEvent` (the table's short form).

    Examples:
        >>> ev("meeting", "2025-03-04", ["Narendra Modi"], "Paris", triggers=["met"]).kind
        'meeting'
    """
    return GoldEvent(
        kind=kind,
        when=when,
        alt_when=tuple(alt),
        participants=tuple(participants),
        location=location,
        triggers=tuple(triggers),
        optional=optional,
    )


def tx(text: str, value: str | None, *, nth: int = 0, optional: bool = False) -> GoldTimex:
    """Build a :class:`GoldTimex` (the table's short form).

    Examples:
        >>> tx("last week", "2021-W14").value
        '2021-W14'
    """
    return GoldTimex(text=text, value=value, nth=nth, optional=optional)


def _case(
    id: str,
    published: str,
    text: str,
    events: Sequence[GoldEvent] = (),
    timexes: Sequence[GoldTimex] = (),
    note: str = "",
) -> Case:
    return Case(id=id, published=published, text=text, events=events, timexes=timexes, note=note)


# --------------------------------------------------------------------------- the table
CASES: tuple[Case, ...] = (
    # ------------------------------------------------------------------ meetings
    _case(
        "meeting-weekday-titles-in-city",
        "2025-03-06",
        "Indian Prime Minister Narendra Modi met French President Emmanuel Macron in Paris on "
        "Tuesday to discuss defence cooperation and artificial intelligence.",
        [
            ev(
                "meeting",
                "2025-03-04",
                ["Narendra Modi", "Emmanuel Macron"],
                "Paris",
                triggers=["met"],
            )
        ],
        [tx("Tuesday", "2025-03-04")],
        note="past-tense weekday resolves to the previous Tuesday; 'in Paris' is the place",
    ),
    _case(
        "meeting-and-pact-pyongyang",
        "2024-06-20",
        "North Korean leader Kim Jong Un and Russian President Vladimir Putin met in Pyongyang on "
        "Wednesday and signed a mutual defence pact. Kim and Putin also agreed to expand "
        "cooperation in trade and technology.",
        [
            ev(
                "meeting",
                "2024-06-19",
                ["Kim Jong Un", "Vladimir Putin"],
                "Pyongyang",
                triggers=["met"],
            ),
            ev(
                "treaty_signing",
                "2024-06-19",
                ["Kim Jong Un", "Vladimir Putin"],
                "Pyongyang",
                triggers=["signed"],
            ),
        ],
        [tx("Wednesday", "2024-06-19")],
        note="two events share subject, place and date; bare surnames in the second sentence",
    ),
    _case(
        "meeting-woodside-told-reporters",
        "2023-11-16",
        "U.S. President Joe Biden and Chinese President Xi Jinping met for four hours at the "
        "Filoli estate in Woodside, California, on Wednesday. Biden told reporters afterwards "
        "that he and Xi had agreed to resume military-to-military communications.",
        [
            ev(
                "meeting",
                "2023-11-15",
                ["Joe Biden", "Xi Jinping"],
                "Woodside, California",
                triggers=["met"],
            ),
            ev("statement", "2023-11-15", ["Joe Biden"], triggers=["told reporters", "told"]),
        ],
        [tx("four hours", "PT4H"), tx("Wednesday", "2023-11-15")],
        note="duration inside the meeting clause; 'afterwards' anchors the statement",
    ),
    _case(
        "meeting-pronoun-he-white-house",
        "2025-02-08",
        "Japanese Prime Minister Shigeru Ishiba arrived in Washington on Thursday. On Friday he "
        "met President Donald Trump at the White House, where the two leaders pledged to deepen "
        "security ties.",
        [
            ev("visit", "2025-02-06", ["Shigeru Ishiba"], "Washington", triggers=["arrived"]),
            ev(
                "meeting",
                "2025-02-07",
                ["Shigeru Ishiba", "Donald Trump"],
                "White House",
                triggers=["met"],
            ),
        ],
        [tx("Thursday", "2025-02-06"), tx("Friday", "2025-02-07")],
        note="'he' refers to Ishiba; Washington here is a place, not the United States",
    ),
    _case(
        "meeting-headline-bare-surnames",
        "2024-10-23",
        "Modi, Xi hold first formal talks in five years on sidelines of BRICS summit in Kazan",
        [
            ev("meeting", None, ["Narendra Modi", "Xi Jinping"], "Kazan", triggers=["talks"]),
            ev("summit", None, ["BRICS"], "Kazan", triggers=["summit"]),
        ],
        [tx("five years", "P5Y")],
        note="headline: present tense for a past event, bare surnames only",
    ),
    _case(
        "meeting-yesterday-dmz",
        "2019-07-01",
        "President Donald Trump met North Korean leader Kim Jong Un at the Demilitarized Zone "
        "yesterday and briefly stepped onto North Korean soil, the first sitting U.S. president "
        "to do so.",
        [
            ev(
                "meeting",
                "2019-06-30",
                ["Donald Trump", "Kim Jong Un"],
                "Demilitarized Zone",
                triggers=["met"],
            )
        ],
        [tx("yesterday", "2019-06-30")],
        note="AP style 'yesterday' after the object",
    ),
    _case(
        "meeting-earlier-this-month",
        "2024-07-25",
        "Hungarian Prime Minister Viktor Orban met Chinese President Xi Jinping in Beijing "
        "earlier this month on what he called a peace mission.",
        [ev("meeting", "2024-07", ["Viktor Orban", "Xi Jinping"], "Beijing", triggers=["met"])],
        [tx("earlier this month", "2024-07")],
        note="'earlier this month' is the month, not a day",
    ),
    _case(
        "meeting-nato-chief-warsaw",
        "2025-06-12",
        "NATO Secretary-General Mark Rutte met Polish President Andrzej Duda in Warsaw on "
        "Wednesday to discuss the defence of the alliance's eastern flank.",
        [ev("meeting", "2025-06-11", ["Mark Rutte", "Andrzej Duda"], "Warsaw", triggers=["met"])],
        [tx("Wednesday", "2025-06-11")],
        note="hyphenated title 'Secretary-General' before the name",
    ),
    _case(
        "meeting-top-diplomats-jakarta",
        "2023-07-14",
        "China's top diplomat Wang Yi met U.S. Secretary of State Antony Blinken in Jakarta on "
        "Thursday on the sidelines of a regional gathering. Wang urged Washington to stop "
        "containing China, according to a Chinese readout.",
        [ev("meeting", "2023-07-13", ["Wang Yi", "Antony Blinken"], "Jakarta", triggers=["met"])],
        [tx("Thursday", "2023-07-13")],
        note="'Washington' as metonym in a clause that is not an event",
    ),
    _case(
        "meeting-clock-time-received",
        "2025-05-15",
        "Turkish President Recep Tayyip Erdogan received Syrian leader Ahmed al-Sharaa at the "
        "presidential palace in Ankara at 3 p.m. on Thursday.",
        [
            ev(
                "meeting",
                "2025-05-15T15:00",
                ["Recep Tayyip Erdogan", "Ahmed al-Sharaa"],
                "Ankara",
                alt=["2025-05-15"],
                triggers=["received"],
            )
        ],
        [tx("3 p.m.", "2025-05-15T15:00"), tx("Thursday", "2025-05-15", optional=True)],
        note="'received' as a meeting verb; '3 p.m. on Thursday' may be one expression or two",
    ),
    _case(
        "meeting-readout-official-visit",
        "2024-04-10",
        "Readout of President Biden's Meeting with Prime Minister Kishida of Japan\n\n"
        "President Joseph R. Biden, Jr. hosted Prime Minister Fumio Kishida of Japan at the "
        "White House today for an Official Visit. The leaders reviewed progress on their shared "
        "vision for a free and open Indo-Pacific.",
        [
            ev(
                "meeting",
                "2024-04-10",
                ["Joe Biden", "Fumio Kishida"],
                "White House",
                triggers=["Meeting", "hosted"],
            ),
            ev(
                "visit",
                "2024-04-10",
                ["Fumio Kishida", "Joe Biden"],
                "White House",
                triggers=["Official Visit"],
            ),
        ],
        [tx("today", "2024-04-10")],
        note="readout headline plus body; 'President X of Y' title order",
    ),
    _case(
        "meeting-un-security-council-session",
        "2022-02-28",
        "The U.N. Security Council met in an emergency session on Sunday at the request of "
        "Ukraine.",
        [ev("meeting", "2022-02-27", ["United Nations Security Council"], triggers=["met"])],
        [tx("Sunday", "2022-02-27")],
        note="organisation name with 'U.N.' abbreviation as the only participant",
    ),
    _case(
        "meeting-quad-last-week",
        "2024-08-05",
        "The foreign ministers of the United States, Japan, India and Australia met in Tokyo "
        "last week for talks on maritime security.",
        [
            ev(
                "meeting",
                "2024-W31",
                ["United States", "Japan", "India", "Australia"],
                "Tokyo",
                triggers=["met", "talks"],
            )
        ],
        [tx("last week", "2024-W31")],
        note="'last week' is an ISO week; four countries in a list",
    ),
    _case(
        "meeting-british-date-day-after",
        "2025-03-02",
        "Prime Minister Keir Starmer met Ukrainian President Volodymyr Zelenskyy at Downing "
        "Street on 1 March 2025, a day after Zelenskyy's meeting with Donald Trump at the White "
        "House ended in a shouting match.",
        [
            ev(
                "meeting",
                "2025-03-01",
                ["Keir Starmer", "Volodymyr Zelenskyy"],
                "Downing Street",
                triggers=["met"],
            ),
            ev(
                "meeting",
                "2025-02-28",
                ["Volodymyr Zelenskyy", "Donald Trump"],
                "White House",
                triggers=["meeting"],
            ),
        ],
        [tx("1 March 2025", "2025-03-01"), tx("a day", "P1D")],
        note="day-month-year order; 'a day after' dates the second meeting",
    ),
    _case(
        "meeting-runoff-winner-friday",
        "2025-06-15",
        "Karol Nawrocki, who narrowly won Poland's presidential runoff earlier this month, met "
        "NATO Secretary-General Mark Rutte in Warsaw on Friday.",
        [
            ev("election", "2025-06", ["Karol Nawrocki", "Poland"], triggers=["runoff", "won"]),
            ev(
                "meeting",
                "2025-06-13",
                ["Karol Nawrocki", "Mark Rutte"],
                "Warsaw",
                triggers=["met"],
            ),
        ],
        [tx("earlier this month", "2025-06"), tx("Friday", "2025-06-13")],
        note="relative clause holds its own event and time",
    ),
    _case(
        "meeting-lima-apec-saturday",
        "2024-11-17",
        "U.S. President Joe Biden and Chinese President Xi Jinping met on Saturday in Lima, "
        "Peru, in what was likely their final face-to-face encounter while Biden is in office.",
        [
            ev(
                "meeting",
                "2024-11-16",
                ["Joe Biden", "Xi Jinping"],
                "Lima, Peru",
                triggers=["met", "encounter"],
            )
        ],
        [tx("Saturday", "2024-11-16")],
        note="time before the place; 'encounter' is the same meeting",
    ),
    # ------------------------------------------------------------------ calls
    _case(
        "call-spoke-by-phone-wednesday",
        "2025-02-13",
        "U.S. President Donald Trump and Russian President Vladimir Putin spoke by phone on "
        "Wednesday, their first known direct contact since Trump returned to the White House.",
        [ev("call", "2025-02-12", ["Donald Trump", "Vladimir Putin"], triggers=["spoke by phone"])],
        [tx("Wednesday", "2025-02-12")],
        note="joint subject 'X and Y spoke by phone'",
    ),
    _case(
        "call-xinhua-dateline",
        "2024-04-02",
        "BEIJING, April 2 (Xinhua) -- Chinese President Xi Jinping had a phone conversation with "
        "U.S. President Joe Biden on Tuesday at the latter's request.",
        [ev("call", "2024-04-02", ["Xi Jinping", "Joe Biden"], triggers=["phone conversation"])],
        [tx("April 2", "2024-04-02"), tx("Tuesday", "2024-04-02")],
        note="Xinhua dateline; 'the latter' is not a new participant",
    ),
    _case(
        "call-then-meeting-previous-day",
        "2024-02-13",
        "German Chancellor Olaf Scholz spoke with Ukrainian President Volodymyr Zelenskiy by "
        "telephone on Sunday. The previous day, Scholz had met Polish Prime Minister Donald Tusk "
        "in Berlin.",
        [
            ev(
                "call",
                "2024-02-11",
                ["Olaf Scholz", "Volodymyr Zelenskiy"],
                triggers=["spoke", "telephone"],
            ),
            ev("meeting", "2024-02-10", ["Olaf Scholz", "Donald Tusk"], "Berlin", triggers=["met"]),
        ],
        [tx("Sunday", "2024-02-11"), tx("The previous day", "2024-02-10")],
        note="'the previous day' anchors on the call, not on the publication date",
    ),
    _case(
        "call-morning-strikes-hours-later",
        "2025-03-23",
        "Israeli Prime Minister Benjamin Netanyahu spoke by phone with U.S. President Donald "
        "Trump on Saturday morning. Hours later, Israeli jets struck targets in southern "
        "Lebanon, the military said.",
        [
            ev(
                "call",
                "2025-03-22TMO",
                ["Benjamin Netanyahu", "Donald Trump"],
                alt=["2025-03-22"],
                triggers=["spoke by phone"],
            ),
            ev(
                "military_action", "2025-03-22", ["Israel"], "southern Lebanon", triggers=["struck"]
            ),
            ev(
                "statement",
                "2025-03-22",
                ["Israel Defense Forces"],
                triggers=["said"],
                optional=True,
            ),
        ],
        [tx("Saturday morning", "2025-03-22TMO"), tx("Hours later", "2025-03-22")],
        note="part of day; 'hours later' keeps the day of the previous event",
    ),
    _case(
        "call-eu-commission-president",
        "2022-10-05",
        "European Commission President Ursula von der Leyen held a phone call with Azerbaijani "
        "President Ilham Aliyev on Tuesday about gas supplies to Europe.",
        [
            ev(
                "call",
                "2022-10-04",
                ["Ursula von der Leyen", "Ilham Aliyev"],
                triggers=["phone call"],
            )
        ],
        [tx("Tuesday", "2022-10-04")],
        note="lower-case particle 'von der' inside a name; 'Europe' is not a participant",
    ),
    _case(
        "call-headline-surnames",
        "2023-07-14",
        "Erdogan, Putin discuss grain deal in phone call",
        [ev("call", None, ["Recep Tayyip Erdogan", "Vladimir Putin"], triggers=["phone call"])],
        [],
        note="headline with bare surnames and no time",
    ),
    _case(
        "call-monday-evening-kremlin-said",
        "2025-06-17",
        "Russian President Vladimir Putin held a telephone conversation with Iranian President "
        "Masoud Pezeshkian on Monday evening, the Kremlin said.",
        [
            ev(
                "call",
                "2025-06-16TEV",
                ["Vladimir Putin", "Masoud Pezeshkian"],
                alt=["2025-06-16"],
                triggers=["telephone conversation"],
            ),
            ev("statement", None, ["Russia"], triggers=["said"], optional=True),
        ],
        [tx("Monday evening", "2025-06-16TEV")],
        note="weekday plus part of day",
    ),
    _case(
        "call-sunday-and-following-day",
        "2025-03-05",
        "French President Emmanuel Macron spoke with Donald Trump on Sunday and with Volodymyr "
        "Zelenskyy the following day.",
        [
            ev("call", "2025-03-02", ["Emmanuel Macron", "Donald Trump"], triggers=["spoke"]),
            ev(
                "call",
                "2025-03-03",
                ["Emmanuel Macron", "Volodymyr Zelenskyy"],
                triggers=["spoke", "Volodymyr Zelenskyy"],
            ),
        ],
        [tx("Sunday", "2025-03-02"), tx("the following day", "2025-03-03")],
        note="elliptical second call ('and with Y the following day')",
    ),
    # ------------------------------------------------------------------ visits
    _case(
        "visit-state-visit-arrived",
        "2024-05-16",
        "Russian President Vladimir Putin arrived in Beijing early on Thursday for a two-day "
        "state visit, his first foreign trip since being sworn in for a fifth term.",
        [
            ev(
                "visit",
                "2024-05-16",
                ["Vladimir Putin"],
                "Beijing",
                alt=["2024-05-16/2024-05-17"],
                triggers=["arrived", "state visit", "trip"],
            )
        ],
        [tx("Thursday", "2024-05-16"), tx("two-day", "P2D")],
        note="Beijing is the place of the visit, not a participant",
    ),
    _case(
        "visit-planned-next-month",
        "2023-08-28",
        "U.S. President Joe Biden will travel to Vietnam next month to meet Communist Party "
        "chief Nguyen Phu Trong, the White House said on Monday.",
        [
            ev("visit", "2023-09", ["Joe Biden"], "Vietnam", triggers=["travel"]),
            ev(
                "meeting",
                "2023-09",
                ["Joe Biden", "Nguyen Phu Trong"],
                "Vietnam",
                triggers=["meet"],
            ),
            ev("statement", "2023-08-28", ["White House"], triggers=["said"], optional=True),
        ],
        [tx("next month", "2023-09"), tx("Monday", "2023-08-28")],
        note="planned events take the future month; the statement takes Monday",
    ),
    _case(
        "visit-in-march-past",
        "2025-05-02",
        "Prime Minister Narendra Modi visited Mauritius in March, his second trip to the Indian "
        "Ocean island nation since taking office.",
        [ev("visit", "2025-03", ["Narendra Modi"], "Mauritius", triggers=["visited", "trip"])],
        [tx("March", "2025-03")],
        note="bare month before the publication date is this year's",
    ),
    _case(
        "visit-headline-lands-kyiv",
        "2024-05-14",
        "Blinken lands in Kyiv on unannounced visit",
        [ev("visit", None, ["Antony Blinken"], "Kyiv", triggers=["lands", "visit"])],
        [],
        note="headline; bare surname; 'unannounced' is not an announcement",
    ),
    _case(
        "visit-following-week",
        "2023-04-27",
        "Brazilian President Luiz Inacio Lula da Silva met Chinese President Xi Jinping in "
        "Beijing on April 14. The following week, Lula travelled to the United Arab Emirates.",
        [
            ev(
                "meeting",
                "2023-04-14",
                ["Luiz Inacio Lula da Silva", "Xi Jinping"],
                "Beijing",
                triggers=["met"],
            ),
            ev(
                "visit",
                "2023-W16",
                ["Luiz Inacio Lula da Silva"],
                "United Arab Emirates",
                triggers=["travelled"],
            ),
        ],
        [tx("April 14", "2023-04-14"), tx("The following week", "2023-W16")],
        note="'the following week' anchors on April 14, not on the publication date",
    ),
    _case(
        "visit-pronoun-her-eighth",
        "2024-09-09",
        "German Foreign Minister Annalena Baerbock arrived in Kyiv on Monday, her eighth visit "
        "since the Russian invasion.",
        [
            ev("visit", "2024-09-09", ["Annalena Baerbock"], "Kyiv", triggers=["arrived", "visit"]),
            ev("military_action", None, ["Russia", "Ukraine"], triggers=["invasion"]),
        ],
        [tx("Monday", "2024-09-09")],
        note="the invasion is a past event with no date in the text",
    ),
    _case(
        "visit-xinhua-invitation-range",
        "2025-05-09",
        "At the invitation of President Xi Jinping, Brazilian President Luiz Inacio Lula da "
        "Silva will pay a state visit to China from May 12 to 15, Foreign Ministry spokesperson "
        "Lin Jian announced on Friday.",
        [
            ev(
                "visit",
                "2025-05-12/2025-05-15",
                ["Luiz Inacio Lula da Silva", "Xi Jinping"],
                "China",
                triggers=["state visit"],
            ),
            ev("announcement", "2025-05-09", ["Lin Jian"], triggers=["announced"]),
        ],
        [tx("May 12 to 15", "2025-05-12/2025-05-15"), tx("Friday", "2025-05-09")],
        note="Xinhua formula; day range sharing the month",
    ),
    _case(
        "visit-travel-to-kyiv-anniversary",
        "2025-02-24",
        "Leaders from more than a dozen countries travelled to Kyiv on Monday to mark three "
        "years since Russia launched its full-scale invasion of Ukraine on Feb. 24, 2022.",
        [
            ev("visit", "2025-02-24", [], "Kyiv", triggers=["travelled"]),
            ev("commemoration", "2025-02-24", [], "Kyiv", triggers=["mark"]),
            ev(
                "military_action",
                "2022-02-24",
                ["Russia", "Ukraine"],
                "Ukraine",
                triggers=["invasion"],
            ),
        ],
        [tx("Monday", "2025-02-24"), tx("three years", "P3Y"), tx("Feb. 24, 2022", "2022-02-24")],
        note="the invasion keeps its own date, not Monday",
    ),
    # ------------------------------------------------------------------ summits
    _case(
        "summit-g7-weekday-range",
        "2024-06-12",
        "Leaders of the Group of Seven rich democracies will gather in Puglia, in southern "
        "Italy, from Thursday to Saturday for their annual summit.",
        [ev("summit", "2024-06-13/2024-06-15", ["G7"], "Puglia", triggers=["summit", "gather"])],
        [
            tx("Thursday", "2024-06-13"),
            tx("Saturday", "2024-06-15"),
            tx("annual", "P1Y", optional=True),
        ],
        note="future weekdays after the publication day; 'Group of Seven' is G7",
    ),
    _case(
        "summit-nato-vilnius-two-day",
        "2023-07-12",
        "NATO leaders gathered in Vilnius on Tuesday for a two-day summit overshadowed by "
        "divisions over how quickly Ukraine could join the alliance.",
        [
            ev(
                "summit",
                "2023-07-11/2023-07-12",
                ["NATO"],
                "Vilnius",
                alt=["2023-07-11"],
                triggers=["summit", "gathered"],
            )
        ],
        [tx("Tuesday", "2023-07-11"), tx("two-day", "P2D")],
        note="'could join' is hypothetical, not an event",
    ),
    _case(
        "summit-late-last-year-surnames",
        "2024-03-05",
        "Biden and Xi agreed at their summit in San Francisco late last year to restore "
        "military-to-military communications.",
        [ev("summit", "2023", ["Joe Biden", "Xi Jinping"], "San Francisco", triggers=["summit"])],
        [tx("late last year", "2023")],
        note="'late last year' is the year (mod END); bare surnames from the start",
    ),
    _case(
        "summit-eu-brussels-accession-talks",
        "2023-12-15",
        "European Union leaders agreed at a summit in Brussels on Thursday to open accession "
        "talks with Ukraine and Moldova.",
        [
            ev("summit", "2023-12-14", ["European Union"], "Brussels", triggers=["summit"]),
            ev(
                "negotiation",
                None,
                ["European Union", "Ukraine", "Moldova"],
                triggers=["accession talks", "talks"],
            ),
        ],
        [tx("Thursday", "2023-12-14")],
        note="planned negotiation agreed at the summit has no date of its own",
    ),
    _case(
        "summit-anchorage-aug-15",
        "2025-08-20",
        "Trump and Putin held a summit in Anchorage, Alaska, on Aug. 15 but failed to agree on "
        "a ceasefire in Ukraine.",
        [
            ev(
                "summit",
                "2025-08-15",
                ["Donald Trump", "Vladimir Putin"],
                "Anchorage, Alaska",
                triggers=["summit"],
            )
        ],
        [tx("Aug. 15", "2025-08-15")],
        note="abbreviated month with period; bare surnames",
    ),
    _case(
        "summit-headline-california",
        "2023-11-16",
        "Biden, Xi agree to restore military communications at California summit",
        [ev("summit", None, ["Joe Biden", "Xi Jinping"], "California", triggers=["summit"])],
        [],
        note="headline; 'agree' is not an event kind",
    ),
    _case(
        "summit-sco-tianjin-cross-month-range",
        "2025-08-20",
        "China will host leaders of the Shanghai Cooperation Organisation at a summit in Tianjin "
        "on Aug. 31-Sept. 1, Beijing said on Wednesday.",
        [
            ev(
                "summit",
                "2025-08-31/2025-09-01",
                ["China", "Shanghai Cooperation Organisation"],
                "Tianjin",
                triggers=["summit", "host"],
            ),
            ev("statement", "2025-08-20", ["China"], triggers=["said"], optional=True),
        ],
        [tx("Aug. 31-Sept. 1", "2025-08-31/2025-09-01"), tx("Wednesday", "2025-08-20")],
        note="date range across two months; Beijing as metonym for China",
    ),
    # ------------------------------------------------------------------ negotiations
    _case(
        "negotiation-istanbul-direct-talks",
        "2025-05-17",
        "Russian and Ukrainian delegations held their first direct peace talks in more than "
        "three years in Istanbul on Friday, but the meeting ended after less than two hours "
        "without agreement on a ceasefire.",
        [
            ev(
                "negotiation",
                "2025-05-16",
                ["Russia", "Ukraine"],
                "Istanbul",
                triggers=["peace talks", "meeting"],
            )
        ],
        [
            tx("more than three years", "P3Y"),
            tx("Friday", "2025-05-16"),
            tx("less than two hours", "PT2H"),
        ],
        note="adjectival nationalities as participants; two durations",
    ),
    _case(
        "negotiation-vienna-last-week",
        "2021-04-12",
        "Negotiators from Iran and world powers resumed talks in Vienna last week on reviving "
        "the 2015 nuclear deal.",
        [ev("negotiation", "2021-W14", ["Iran"], "Vienna", triggers=["talks", "resumed"])],
        [tx("last week", "2021-W14"), tx("2015", "2015")],
        note="'the 2015 nuclear deal' is a name, not the time of the talks",
    ),
    _case(
        "negotiation-geneva-two-days",
        "2025-05-12",
        "U.S. and Chinese trade negotiators wrapped up two days of talks in Geneva on Sunday.",
        [
            ev(
                "negotiation",
                "2025-05-10/2025-05-11",
                ["United States", "China"],
                "Geneva",
                alt=["2025-05-11"],
                triggers=["talks"],
            )
        ],
        [tx("two days", "P2D"), tx("Sunday", "2025-05-11")],
        note="'U.S. and Chinese' modifiers give two country participants",
    ),
    _case(
        "negotiation-capitals-london",
        "2025-06-10",
        "Beijing and Washington held a new round of trade talks in London on Monday.",
        [
            ev(
                "negotiation",
                "2025-06-09",
                ["China", "United States"],
                "London",
                triggers=["talks", "round"],
            )
        ],
        [tx("Monday", "2025-06-09")],
        note="capitals as metonyms for countries; London is the place",
    ),
    _case(
        "negotiation-years-before-accord",
        "2024-09-26",
        "Colombia's government and FARC rebels negotiated for four years in Havana before "
        "signing a peace accord in 2016.",
        [
            ev("negotiation", None, ["Colombia", "FARC"], "Havana", triggers=["negotiated"]),
            ev("treaty_signing", "2016", ["Colombia", "FARC"], triggers=["signing"]),
        ],
        [tx("four years", "P4Y"), tx("2016", "2016")],
        note="a duration gives the negotiation no date; the signing is in 2016",
    ),
    # ------------------------------------------------------------------ treaties
    _case(
        "treaty-signing-british-date",
        "2025-01-17",
        "Britain and Ukraine signed a 100-year partnership agreement in Kyiv on 16 January 2025.",
        [
            ev(
                "treaty_signing",
                "2025-01-16",
                ["United Kingdom", "Ukraine"],
                "Kyiv",
                triggers=["signed"],
            )
        ],
        [tx("16 January 2025", "2025-01-16"), tx("100-year", "P100Y")],
        note="day-month-year; 'Britain' is the United Kingdom",
    ),
    _case(
        "treaty-signing-manila-monday",
        "2024-07-09",
        "Japan and the Philippines signed a defence pact in Manila on Monday that allows each "
        "country to deploy troops on the other's soil.",
        [
            ev(
                "treaty_signing",
                "2024-07-08",
                ["Japan", "Philippines"],
                "Manila",
                triggers=["signed"],
            )
        ],
        [tx("Monday", "2024-07-08")],
        note="'deploy troops' is not a military action",
    ),
    _case(
        "treaty-signing-headline",
        "2025-09-18",
        "Saudi Arabia, Pakistan sign strategic mutual defence agreement",
        [ev("treaty_signing", None, ["Saudi Arabia", "Pakistan"], triggers=["sign"])],
        [],
        note="headline with two multi-word countries",
    ),
    _case(
        "treaty-expiry-february-2026",
        "2025-09-23",
        "The New START treaty, the last remaining pact limiting the U.S. and Russian nuclear "
        "arsenals, is due to expire in February 2026.",
        [ev("treaty_expiry", "2026-02", [], triggers=["expire"])],
        [tx("February 2026", "2026-02")],
        note="expiry has no agent (seed convention); month and year",
    ),
    _case(
        "treaty-expiry-inf-withdrew",
        "2019-08-03",
        "The Intermediate-Range Nuclear Forces Treaty expired on Friday after Washington "
        "formally withdrew, accusing Moscow of violating the 1987 pact.",
        [
            ev("treaty_expiry", "2019-08-02", [], triggers=["expired"]),
            ev("treaty_withdrawal", "2019-08-02", ["United States"], triggers=["withdrew"]),
        ],
        [tx("Friday", "2019-08-02"), tx("1987", "1987")],
        note="Washington metonym as the agent; '1987 pact' is a name",
    ),
    _case(
        "treaty-expiry-unless-extended",
        "2023-07-16",
        "The Black Sea grain deal will expire on Monday unless Russia agrees to extend it, U.N. "
        "officials said.",
        [
            ev("treaty_expiry", "2023-07-17", [], triggers=["expire"]),
            ev("statement", None, ["United Nations"], triggers=["said"], optional=True),
        ],
        [tx("Monday", "2023-07-17")],
        note="future weekday; the extension is conditional, so it is not an event",
    ),
    _case(
        "treaty-extension-new-start",
        "2021-02-04",
        "Russia and the United States extended the New START nuclear arms control treaty for "
        "five years on Wednesday, two days before it was due to expire.",
        [
            ev(
                "treaty_extension", "2021-02-03", ["Russia", "United States"], triggers=["extended"]
            ),
            ev("treaty_expiry", "2021-02-05", [], triggers=["expire"], optional=True),
        ],
        [tx("five years", "P5Y"), tx("Wednesday", "2021-02-03"), tx("two days", "P2D")],
        note="extension duration is not the time of the event",
    ),
    _case(
        "treaty-extension-eu-trade",
        "2024-05-15",
        "The European Union on Tuesday extended its duty-free trade arrangement with Ukraine for "
        "another year.",
        [
            ev(
                "treaty_extension",
                "2024-05-14",
                ["European Union", "Ukraine"],
                triggers=["extended"],
            )
        ],
        [tx("Tuesday", "2024-05-14"), tx("another year", "P1Y")],
        note="time between subject and verb",
    ),
    _case(
        "treaty-withdrawal-paris-executive-order",
        "2025-01-21",
        "President Donald Trump signed an executive order on Monday withdrawing the United "
        "States from the Paris climate agreement for the second time.",
        [
            ev(
                "treaty_withdrawal",
                "2025-01-20",
                ["Donald Trump", "United States"],
                triggers=["withdrawing"],
            )
        ],
        [tx("Monday", "2025-01-20")],
        note="signing an executive order is not a treaty signing",
    ),
    _case(
        "treaty-withdrawal-suspended-month-year",
        "2023-08-15",
        "Russia suspended its participation in the New START treaty in February 2023, saying it "
        "could not allow U.S. inspections of its nuclear sites.",
        [
            ev("treaty_withdrawal", "2023-02", ["Russia"], triggers=["suspended"]),
            ev("statement", "2023-02", ["Russia"], triggers=["saying"], optional=True),
        ],
        [tx("February 2023", "2023-02")],
        note="suspension counts as withdrawal (news-dev convention)",
    ),
    _case(
        "treaty-withdrawal-announced-sahel",
        "2025-09-23",
        "Mali, Burkina Faso and Niger announced on Monday that they were withdrawing from the "
        "Rome Statute of the International Criminal Court.",
        [
            ev(
                "announcement",
                "2025-09-22",
                ["Mali", "Burkina Faso", "Niger"],
                triggers=["announced"],
            ),
            ev(
                "treaty_withdrawal",
                None,
                ["Mali", "Burkina Faso", "Niger"],
                triggers=["withdrawing"],
            ),
        ],
        [tx("Monday", "2025-09-22")],
        note="three-country subject; the withdrawal takes effect later (no date)",
    ),
    _case(
        "treaty-withdrawal-headline-says",
        "2025-04-03",
        "Hungary to quit International Criminal Court, Orban says",
        [
            ev("treaty_withdrawal", None, ["Hungary"], triggers=["quit"]),
            ev("statement", None, ["Viktor Orban"], triggers=["says"], optional=True),
        ],
        [],
        note="headline 'to quit' (planned)",
    ),
    # ------------------------------------------------------------------ arms sales
    _case(
        "arms-sale-f16-taiwan",
        "2019-08-21",
        "The U.S. State Department approved the possible sale of 66 F-16 fighter jets to Taiwan "
        "on Tuesday, a deal worth about $8 billion.",
        [ev("arms_sale", "2019-08-20", ["United States", "Taiwan"], triggers=["sale", "deal"])],
        [tx("Tuesday", "2019-08-20")],
        note="the department stands for the United States; 'F-16' is not a date",
    ),
    _case(
        "arms-sale-poland-apache",
        "2024-08-14",
        "Poland signed a deal on Tuesday to buy 96 Apache attack helicopters from the United "
        "States for $10 billion.",
        [
            ev(
                "arms_sale",
                "2024-08-13",
                ["Poland", "United States"],
                triggers=["deal", "buy", "signed"],
            )
        ],
        [tx("Tuesday", "2024-08-13")],
        note="a weapons purchase contract is an arms sale, not a treaty signing",
    ),
    _case(
        "arms-sale-headline-rafale",
        "2025-04-28",
        "India to buy 26 Rafale jets from France in $7.4 billion deal",
        [ev("arms_sale", None, ["India", "France"], triggers=["buy", "deal"])],
        [],
        note="headline with a number that is not a year",
    ),
    _case(
        "arms-sale-two-sales-october",
        "2024-11-30",
        "Washington approved a $385 million sale of spare parts for F-16 jets and radar systems "
        "to Taiwan on Friday, adding to a $2 billion air defence package cleared in October.",
        [
            ev("arms_sale", "2024-11-29", ["United States", "Taiwan"], triggers=["sale"]),
            ev(
                "arms_sale", "2024-10", ["United States", "Taiwan"], triggers=["package", "cleared"]
            ),
        ],
        [tx("Friday", "2024-11-29"), tx("October", "2024-10")],
        note="two sales, two times; Washington as the seller",
    ),
    # ------------------------------------------------------------------ announcements
    _case(
        "announcement-aid-unannounced-visit",
        "2023-09-07",
        "U.S. Secretary of State Antony Blinken announced a new $1 billion aid package for "
        "Ukraine on Wednesday during an unannounced visit to Kyiv.",
        [
            ev("announcement", "2023-09-06", ["Antony Blinken"], "Kyiv", triggers=["announced"]),
            ev("visit", "2023-09-06", ["Antony Blinken"], "Kyiv", triggers=["visit"]),
        ],
        [tx("Wednesday", "2023-09-06")],
        note="'unannounced' must not trigger a second announcement",
    ),
    _case(
        "announcement-eu-facility",
        "2024-02-02",
        "The European Union announced on Thursday a 50 billion euro support facility for Ukraine "
        "covering 2024-2027.",
        [ev("announcement", "2024-02-01", ["European Union"], triggers=["announced"])],
        [tx("Thursday", "2024-02-01"), tx("2024-2027", "2024/2027")],
        note="the year range belongs to the facility, not to the announcement",
    ),
    _case(
        "announcement-resignation-pronoun",
        "2025-01-06",
        "Canadian Prime Minister Justin Trudeau announced on Monday that he would resign as "
        "leader of the Liberal Party once a successor is chosen. He made the announcement at a "
        "news conference outside his residence in Ottawa.",
        [
            ev(
                "announcement",
                "2025-01-06",
                ["Justin Trudeau"],
                "Ottawa",
                triggers=["announced", "announcement"],
            )
        ],
        [tx("Monday", "2025-01-06")],
        note="'He' continues Trudeau; the place comes in the second sentence",
    ),
    _case(
        "announcement-germany-tanks-yesterday",
        "2023-01-26",
        "Germany announced yesterday that it would send Leopard 2 tanks to Ukraine, ending weeks "
        "of hesitation.",
        [ev("announcement", "2023-01-25", ["Germany"], triggers=["announced"])],
        [tx("yesterday", "2023-01-25"), tx("weeks", "PXW")],
        note="'Leopard 2' is not a time; sending aid is not an arms sale",
    ),
    # ------------------------------------------------------------------ statements
    _case(
        "statement-spokesperson-briefing",
        "2024-12-05",
        "Chinese Foreign Ministry spokesperson Mao Ning told a regular news briefing on Thursday "
        "that Beijing firmly opposed the latest U.S. chip export controls.",
        [ev("statement", "2024-12-05", ["Mao Ning"], triggers=["told"])],
        [tx("Thursday", "2024-12-05")],
        note="weekday that is the publication day",
    ),
    _case(
        "statement-security-council-late-saturday",
        "2025-04-14",
        "The U.N. Security Council condemned the attack in a statement issued late on Saturday.",
        [
            ev(
                "statement",
                "2025-04-12",
                ["United Nations Security Council"],
                triggers=["statement", "condemned"],
            ),
            ev("military_action", None, [], triggers=["attack"]),
        ],
        [tx("late on Saturday", "2025-04-12")],
        note="'late on Saturday' stays a day; the attack has no date of its own",
    ),
    _case(
        "statement-kremlin-no-talks",
        "2024-08-16",
        "The Kremlin said on Friday that it saw no immediate prospect of talks with Kyiv.",
        [ev("statement", "2024-08-16", ["Russia"], triggers=["said"])],
        [tx("Friday", "2024-08-16")],
        note="'no prospect of talks' is not a negotiation",
    ),
    _case(
        "statement-nato-tuesday",
        "2025-01-15",
        "NATO said on Tuesday it would deploy additional ships to the Baltic Sea after damage to "
        "an undersea cable.",
        [ev("statement", "2025-01-14", ["NATO"], triggers=["said"])],
        [tx("Tuesday", "2025-01-14")],
        note="organisation as speaker; deployment is not a military action",
    ),
    _case(
        "statement-press-secretary-travel",
        "2025-05-05",
        "Statement from Press Secretary Karoline Leavitt on the President's Travel to the "
        "Middle East\n\nPresident Donald J. Trump will travel to Saudi Arabia, Qatar and the "
        "United Arab Emirates from May 13 to May 16.",
        [
            # the document's own "Statement from ..." headline is not an event (news-dev)
            ev("statement", None, ["Karoline Leavitt"], triggers=["Statement"], optional=True),
            ev("visit", "2025-05-13/2025-05-16", ["Donald Trump"], triggers=["Travel", "travel"]),
        ],
        [tx("May 13", "2025-05-13"), tx("May 16", "2025-05-16")],
        note="White House statement headline and a planned trip with a date range",
    ),
    _case(
        "statement-denial-no-call",
        "2024-11-11",
        "The Kremlin on Monday denied a Washington Post report that Putin and Trump had spoken "
        "by phone.",
        [ev("statement", "2024-11-11", ["Russia"], triggers=["denied"])],
        [tx("Monday", "2024-11-11")],
        note="a denied call is not a call; 'Washington Post' is not the United States",
    ),
    # ------------------------------------------------------------------ parades
    _case(
        "parade-red-square-may-9",
        "2025-05-10",
        "Chinese President Xi Jinping watched the Victory Day military parade on Red Square "
        "alongside Russian President Vladimir Putin on May 9.",
        [
            ev(
                "parade",
                "2025-05-09",
                ["Xi Jinping", "Vladimir Putin"],
                "Red Square",
                triggers=["parade", "military parade"],
            )
        ],
        [tx("Victory Day", "2025-05-09"), tx("May 9", "2025-05-09")],
        note="holiday name and date both time expressions",
    ),
    _case(
        "parade-pyongyang-anniversary",
        "2023-02-10",
        "North Korea staged a military parade in Pyongyang late on Wednesday to mark the 75th "
        "anniversary of the founding of its army, state media reported.",
        [
            ev("parade", "2023-02-08", ["North Korea"], "Pyongyang", triggers=["parade"]),
            ev(
                "commemoration",
                "2023-02-08",
                ["North Korea"],
                "Pyongyang",
                triggers=["anniversary", "mark"],
            ),
            ev("statement", None, ["North Korea"], triggers=["reported"], optional=True),
        ],
        [tx("late on Wednesday", "2023-02-08")],
        note="the anniversary is commemorated by the parade, same day and place",
    ),
    _case(
        "parade-beijing-guests",
        "2025-09-03",
        "China held a massive military parade in Beijing on Wednesday to mark 80 years since the "
        "end of World War Two, with Russia's Vladimir Putin and North Korea's Kim Jong Un "
        "watching alongside President Xi Jinping.",
        [
            ev(
                "parade",
                "2025-09-03",
                ["China", "Vladimir Putin", "Kim Jong Un", "Xi Jinping"],
                "Beijing",
                triggers=["parade"],
            ),
            ev(
                "commemoration",
                "2025-09-03",
                ["China"],
                "Beijing",
                triggers=["mark"],
                optional=True,
            ),
        ],
        [tx("Wednesday", "2025-09-03"), tx("80 years", "P80Y")],
        note="possessive country before the name; the war's end is history, not an event",
    ),
    # ------------------------------------------------------------------ commemorations
    _case(
        "commemoration-d-day-normandy",
        "2024-06-07",
        "U.S. President Joe Biden joined French President Emmanuel Macron and veterans in "
        "Normandy on Thursday to commemorate the 80th anniversary of the D-Day landings.",
        [
            ev(
                "commemoration",
                "2024-06-06",
                ["Joe Biden", "Emmanuel Macron"],
                "Normandy",
                triggers=["commemorate", "anniversary"],
            )
        ],
        [tx("Thursday", "2024-06-06"), tx("D-Day", "1944-06-06", optional=True)],
        note="'D-Day' needs world knowledge (optional, like V-Day in the seed gold)",
    ),
    _case(
        "commemoration-wreath-new-delhi",
        "2024-07-27",
        "Indian Prime Minister Narendra Modi laid a wreath at the National War Memorial in New "
        "Delhi on Friday to mark the 25th anniversary of the end of the Kargil conflict.",
        [
            ev(
                "commemoration",
                "2024-07-26",
                ["Narendra Modi"],
                "National War Memorial, New Delhi",
                triggers=["laid a wreath", "wreath", "anniversary", "mark"],
            )
        ],
        [tx("Friday", "2024-07-26")],
        note="the conflict is history, not an event of the article",
    ),
    _case(
        "commemoration-auschwitz-generic-leaders",
        "2025-01-28",
        "World leaders gathered at the former Auschwitz death camp in Poland on Monday to mark 80 "
        "years since its liberation by Soviet troops.",
        [ev("commemoration", "2025-01-27", [], "Auschwitz", triggers=["mark", "gathered"])],
        [tx("Monday", "2025-01-27"), tx("80 years", "P80Y")],
        note="generic 'world leaders' are no named participants",
    ),
    # ------------------------------------------------------------------ sanctions
    _case(
        "sanction-treasury-chinese-firms",
        "2024-05-02",
        "The U.S. Treasury Department imposed sanctions on Wednesday on more than 20 Chinese "
        "companies accused of helping Russia evade Western export controls.",
        [ev("sanction", "2024-05-01", ["United States", "China"], triggers=["sanctions"])],
        [tx("Wednesday", "2024-05-01")],
        note="the target is Chinese companies; Russia is only mentioned",
    ),
    _case(
        "sanction-eu-14th-package",
        "2024-06-25",
        "The European Union adopted its 14th package of sanctions against Russia on Monday, "
        "targeting liquefied natural gas for the first time.",
        [
            ev(
                "sanction",
                "2024-06-24",
                ["European Union", "Russia"],
                triggers=["sanctions", "package"],
            )
        ],
        [tx("Monday", "2024-06-24")],
        note="ordinal '14th' is not a date",
    ),
    _case(
        "sanction-headline-ministers",
        "2025-06-10",
        "Britain sanctions Israeli ministers Ben-Gvir and Smotrich over West Bank violence",
        [
            ev(
                "sanction",
                None,
                ["United Kingdom", "Itamar Ben-Gvir", "Bezalel Smotrich"],
                triggers=["sanctions"],
            )
        ],
        [],
        note="headline verb 'sanctions'; hyphenated surname",
    ),
    _case(
        "sanction-hours-later-eu",
        "2025-10-23",
        "The United States imposed sanctions on Russia's two largest oil companies on Wednesday. "
        "Hours later, the European Union approved its 19th package of sanctions against Moscow.",
        [
            ev(
                "sanction",
                "2025-10-22",
                ["United States", "Russia"],
                triggers=["sanctions@0", "imposed"],
            ),
            ev(
                "sanction",
                "2025-10-22",
                ["European Union", "Russia"],
                triggers=["sanctions@1", "package", "approved"],
            ),
        ],
        [tx("Wednesday", "2025-10-22"), tx("Hours later", "2025-10-22")],
        note="two sanctions of the same kind must not merge; Moscow as target",
    ),
    # ------------------------------------------------------------------ elections
    _case(
        "election-won-sunday",
        "2024-06-03",
        "Claudia Sheinbaum won Mexico's presidential election on Sunday by a landslide, becoming "
        "the first woman elected to lead the country.",
        [
            ev(
                "election",
                "2024-06-02",
                ["Claudia Sheinbaum", "Mexico"],
                triggers=["election", "won", "elected"],
            )
        ],
        [tx("Sunday", "2024-06-02")],
        note="'elected' repeats the same election",
    ),
    _case(
        "election-polls-jan-13",
        "2024-01-02",
        "Voters in Taiwan go to the polls on Jan. 13 to choose a successor to President Tsai "
        "Ing-wen.",
        [ev("election", "2024-01-13", ["Taiwan"], "Taiwan", triggers=["polls", "choose"])],
        [tx("Jan. 13", "2024-01-13")],
        note="present tense for a scheduled event; the incumbent is not a participant",
    ),
    _case(
        "election-october-last-year",
        "2025-03-10",
        "Japan's ruling coalition lost its majority in a snap election in October last year, its "
        "worst result since 2009.",
        [ev("election", "2024-10", ["Japan"], triggers=["election"])],
        [tx("October last year", "2024-10"), tx("2009", "2009")],
        note="'October last year' is one expression; 2009 is a comparison, not the date",
    ),
    _case(
        "election-headline-year-rollover",
        "2024-12-28",
        "Germany to hold snap election on Feb. 23",
        [ev("election", "2025-02-23", ["Germany"], triggers=["election"])],
        [tx("Feb. 23", "2025-02-23")],
        note="a future date in a headline written in December is next year's",
    ),
    # ------------------------------------------------------------------ military actions
    _case(
        "military-missile-attack-early-monday",
        "2024-08-26",
        "Russia launched one of its largest missile and drone attacks on Ukraine's energy grid "
        "early on Monday, Ukrainian officials said.",
        [
            ev(
                "military_action",
                "2024-08-26",
                ["Russia", "Ukraine"],
                "Ukraine",
                triggers=["attacks", "launched"],
            ),
            ev("statement", None, ["Ukraine"], triggers=["said"], optional=True),
        ],
        [tx("early on Monday", "2024-08-26")],
        note="'early on Monday' stays a day",
    ),
    _case(
        "military-strikes-a-day-after",
        "2025-05-06",
        "Israeli aircraft struck Houthi-controlled ports in Yemen on Monday, a day after the "
        "Houthis fired a ballistic missile at Israel's main airport.",
        [
            ev(
                "military_action", "2025-05-05", ["Israel", "Houthis"], "Yemen", triggers=["struck"]
            ),
            ev(
                "military_action", "2025-05-04", ["Houthis", "Israel"], "Israel", triggers=["fired"]
            ),
        ],
        [tx("Monday", "2025-05-05"), tx("a day", "P1D")],
        note="'a day after' dates the missile launch to Sunday",
    ),
    _case(
        "military-invasion-historic-date",
        "2025-02-20",
        "Russia launched its full-scale invasion of Ukraine on Feb. 24, 2022, after months of "
        "denying it planned to attack.",
        [
            ev(
                "military_action",
                "2022-02-24",
                ["Russia", "Ukraine"],
                "Ukraine",
                triggers=["invasion", "launched"],
            )
        ],
        [tx("Feb. 24, 2022", "2022-02-24"), tx("months", "PXM")],
        note="'planned to attack' is not a second attack",
    ),
    _case(
        "military-drone-strike-saturday-morning",
        "2024-10-20",
        "A Hezbollah drone struck a house belonging to Israeli Prime Minister Benjamin Netanyahu "
        "in Caesarea on Saturday morning, his office said. Netanyahu and his wife were not at "
        "home.",
        [
            ev(
                "military_action",
                "2024-10-19TMO",
                ["Hezbollah", "Benjamin Netanyahu"],
                "Caesarea",
                alt=["2024-10-19"],
                triggers=["struck", "drone"],
            ),
            ev("statement", None, ["Benjamin Netanyahu"], triggers=["said"], optional=True),
        ],
        [tx("Saturday morning", "2024-10-19TMO")],
        note="target person via possessive; 'his office' speaks for Netanyahu",
    ),
    # ------------------------------------------------------------------ periods
    _case(
        "period-term-2019-2023",
        "2024-11-20",
        "Alberto Fernandez's 2019-2023 term as Argentina's president was marked by soaring "
        "inflation.",
        [ev("period", "2019/2023", ["Alberto Fernandez"], triggers=["term"])],
        [tx("2019-2023", "2019/2023")],
        note="a term of office with a hyphenated year range",
    ),
    _case(
        "period-five-year-plan-range",
        "2021-03-12",
        "China's 14th Five-Year Plan, covering 2021 to 2025, sets a target of keeping urban "
        "unemployment below 5.5%.",
        [ev("period", "2021/2025", ["China"], triggers=["Five-Year Plan", "Plan"])],
        [tx("2021 to 2025", "2021/2025"), tx("Five-Year", "P5Y", optional=True)],
        note="'5.5%' is not a time; 'from/covering X to Y' is one range",
    ),
    _case(
        "period-served-three-years",
        "2024-10-02",
        "Fumio Kishida, who served as Japan's prime minister for three years, formally stepped "
        "down on Tuesday.",
        [ev("period", None, ["Fumio Kishida"], triggers=["served"])],
        [tx("three years", "P3Y"), tx("Tuesday", "2024-10-01")],
        note="'for three years' is a duration, not the date of the term",
    ),
    _case(
        "period-presidency-from-to",
        "2025-07-01",
        "Poland held the rotating presidency of the Council of the European Union from January "
        "to June.",
        [ev("period", "2025-01/2025-06", ["Poland"], triggers=["presidency"])],
        [tx("January to June", "2025-01/2025-06")],
        note="month range of a term, in the publication year",
    ),
    # ------------------------------------------------------------------ mixed and wire style
    _case(
        "call-xinhua-video-link",
        "2022-12-30",
        "BEIJING, Dec. 30 (Xinhua) -- Chinese President Xi Jinping held talks with Russian "
        "President Vladimir Putin via video link on Friday.",
        [
            ev(
                "meeting",
                "2022-12-30",
                ["Xi Jinping", "Vladimir Putin"],
                triggers=["talks", "video link"],
            )
        ],
        [tx("Dec. 30", "2022-12-30"), tx("Friday", "2022-12-30")],
        note="talks via video link are a (virtual) meeting, as in the seed gold",
    ),
    _case(
        "visit-putin-china-in-may",
        "2024-11-04",
        "Putin, who visited China in May, is expected to travel to India early next year.",
        [
            ev("visit", "2024-05", ["Vladimir Putin"], "China", triggers=["visited"]),
            ev("visit", "2025", ["Vladimir Putin"], "India", triggers=["travel"]),
        ],
        [tx("May", "2024-05"), tx("early next year", "2025")],
        note="past month in a relative clause; planned visit next year",
    ),
    _case(
        "meeting-reuters-dateline-surname-later",
        "2025-04-18",
        "ROME, April 18 (Reuters) - Italian Prime Minister Giorgia Meloni met U.S. Vice "
        "President JD Vance in Rome on Friday, a day after her talks with President Donald Trump "
        "in Washington. Meloni said she was confident of a trade deal with the United States.",
        [
            ev("meeting", "2025-04-18", ["Giorgia Meloni", "JD Vance"], "Rome", triggers=["met"]),
            ev(
                "meeting",
                "2025-04-17",
                ["Giorgia Meloni", "Donald Trump"],
                "Washington",
                triggers=["talks"],
            ),
            ev("statement", "2025-04-18", ["Giorgia Meloni"], triggers=["said"], optional=True),
        ],
        [tx("April 18", "2025-04-18"), tx("Friday", "2025-04-18"), tx("a day", "P1D")],
        note="Reuters dateline; 'her talks' with a second partner a day earlier",
    ),
    _case(
        "sanction-and-visit-ap-body",
        "2023-02-21",
        "President Joe Biden made a surprise visit to Kyiv on Monday, days before the first "
        "anniversary of Russia's invasion. He announced an additional half a billion dollars in "
        "military aid and said new sanctions against Russia would follow later this week.",
        [
            ev("visit", "2023-02-20", ["Joe Biden"], "Kyiv", triggers=["visit"]),
            ev("commemoration", None, ["Ukraine"], triggers=["anniversary"], optional=True),
            ev("military_action", None, ["Russia", "Ukraine"], triggers=["invasion"]),
            ev("announcement", "2023-02-20", ["Joe Biden"], "Kyiv", triggers=["announced"]),
            ev("sanction", "2023-W08", ["United States", "Russia"], triggers=["sanctions"]),
            ev("statement", "2023-02-20", ["Joe Biden"], triggers=["said"], optional=True),
        ],
        [tx("Monday", "2023-02-20"), tx("days", "PXD"), tx("later this week", "2023-W08")],
        note="'He' twice for Biden; planned sanctions 'later this week'",
    ),
    # ------------------------------------------------------------------ more wire copy
    _case(
        "meeting-this-morning-readout",
        "2024-03-12",
        "President Biden met with Polish President Andrzej Duda and Prime Minister Donald Tusk "
        "at the White House this morning to mark 25 years of Poland's membership in NATO.",
        [
            ev(
                "meeting",
                "2024-03-12TMO",
                ["Joe Biden", "Andrzej Duda", "Donald Tusk"],
                "White House",
                alt=["2024-03-12"],
                triggers=["met"],
            ),
            ev(
                "commemoration",
                "2024-03-12TMO",
                ["Poland", "NATO"],
                "White House",
                alt=["2024-03-12"],
                triggers=["mark"],
                optional=True,
            ),
        ],
        [tx("this morning", "2024-03-12TMO"), tx("25 years", "P25Y")],
        note="'met with' and three participants; 'this morning' is a part of today",
    ),
    _case(
        "visit-last-month-said-tuesday",
        "2023-12-05",
        "Australian Prime Minister Anthony Albanese, who visited Beijing last month, said on "
        "Tuesday that relations with China were on a more stable footing.",
        [
            ev("visit", "2023-11", ["Anthony Albanese"], "Beijing", triggers=["visited"]),
            ev("statement", "2023-12-05", ["Anthony Albanese"], triggers=["said"]),
        ],
        [tx("last month", "2023-11"), tx("Tuesday", "2023-12-05")],
        note="the relative clause has its own time; China is only a topic",
    ),
    _case(
        "treaty-signing-same-day-attack",
        "2025-05-01",
        "The United States and Ukraine signed an agreement on Wednesday giving Washington a "
        "share of future revenue from Ukraine's natural resources. The same day, Russia "
        "launched a wave of drones at the city of Kharkiv.",
        [
            ev(
                "treaty_signing",
                "2025-04-30",
                ["United States", "Ukraine"],
                triggers=["signed"],
            ),
            ev(
                "military_action",
                "2025-04-30",
                ["Russia", "Ukraine"],
                "Kharkiv",
                triggers=["launched"],
            ),
        ],
        [tx("Wednesday", "2025-04-30"), tx("The same day", "2025-04-30")],
        note="'the same day' anchors on the signing; 'future revenue' is not a time",
    ),
    _case(
        "election-us-nov-5-candidates",
        "2024-10-20",
        "Americans vote on Nov. 5 in a presidential election pitting Vice President Kamala "
        "Harris against former President Donald Trump.",
        [
            ev(
                "election",
                "2024-11-05",
                ["United States", "Kamala Harris", "Donald Trump"],
                triggers=["election", "vote"],
            )
        ],
        [tx("Nov. 5", "2024-11-05")],
        note="scheduled election; candidates with 'Vice President' and 'former President'",
    ),
    _case(
        "meeting-possessive-weekday",
        "2025-08-19",
        "Monday's meeting between Trump and Ukrainian President Volodymyr Zelenskiy at the "
        "White House was also attended by seven European leaders.",
        [
            ev(
                "meeting",
                "2025-08-18",
                ["Donald Trump", "Volodymyr Zelenskiy"],
                "White House",
                triggers=["meeting"],
            )
        ],
        [tx("Monday", "2025-08-18")],
        note="possessive weekday before the trigger; unnamed leaders are not participants",
    ),
    _case(
        "meeting-this-week-present-tense",
        "2025-02-12",
        "NATO defence ministers meet in Brussels this week to discuss higher military spending.",
        [ev("meeting", "2025-W07", ["NATO"], "Brussels", triggers=["meet"])],
        [tx("this week", "2025-W07")],
        note="present tense for a scheduled meeting (not habitual: 'this week')",
    ),
    _case(
        "meeting-future-weekday",
        "2025-03-07",
        "Ukrainian and U.S. officials will meet in Saudi Arabia on Tuesday, Ukraine's "
        "presidential office said.",
        [
            ev(
                "meeting",
                "2025-03-11",
                ["Ukraine", "United States"],
                "Saudi Arabia",
                triggers=["meet"],
            ),
            ev("statement", None, ["Ukraine"], triggers=["said"], optional=True),
        ],
        [tx("Tuesday", "2025-03-11")],
        note="future tense: the weekday is the next Tuesday, after the publication date",
    ),
    # ------------------------------------------------------------------ negatives
    _case(
        "neg-generic-call",
        "2025-02-13",
        "A single phone call cannot resolve all the disputes between Washington and Beijing.",
        note="generic statement about calls",
    ),
    _case(
        "neg-modal-summit",
        "2025-02-13",
        "Any summit between the two leaders would need careful preparation by both sides.",
        note="hypothetical summit",
    ),
    _case(
        "neg-did-not-meet",
        "2024-02-19",
        "The two foreign ministers did not meet, and no phone call between them has been "
        "scheduled.",
        note="negated meeting and negated call",
    ),
    _case(
        "neg-habitual-meetings",
        "2024-05-16",
        "Chinese and Russian leaders meet several times a year, often on the sidelines of "
        "multilateral gatherings.",
        timexes=[tx("several times a year", "P1Y", optional=True)],
        note="habitual meetings are not an event",
    ),
    _case(
        "neg-unlikely-visit",
        "2024-09-10",
        "A visit by the pope to Beijing remains unlikely, diplomats believe.",
        note="hypothetical visit",
    ),
    _case(
        "neg-headline-question",
        "2025-01-10",
        "Will Xi and Trump meet this year?",
        timexes=[tx("this year", "2025")],
        note="a question is not an event; the time expression still counts",
    ),
    _case(
        "neg-generic-sanctions",
        "2024-03-01",
        "Sanctions rarely change the behaviour of authoritarian governments, research shows.",
        note="generic plural",
    ),
    _case(
        "neg-conditional-sanctions",
        "2025-04-07",
        "If Tehran refuses to return to the negotiating table, Washington could impose further "
        "sanctions.",
        note="conditional sanctions and negotiation",
    ),
    _case(
        "neg-generic-parades",
        "2024-10-01",
        "Military parades are a common feature of national holidays in many countries.",
        note="generic plural",
    ),
    _case(
        "neg-habitual-elections",
        "2024-04-19",
        "Elections in India are held every five years.",
        timexes=[tx("every five years", "P5Y", optional=True)],
        note="habitual elections",
    ),
    _case(
        "neg-unlikely-treaty",
        "2025-11-03",
        "A new arms control treaty is unlikely to be signed before the end of the decade.",
        timexes=[tx("the end of the decade", "202", optional=True)],
        note="hypothetical signing",
    ),
    _case(
        "neg-refused-talks",
        "2023-06-01",
        "Ukrainian President Volodymyr Zelenskiy has repeatedly refused to hold direct talks with "
        "Putin.",
        note="refused talks are not a negotiation",
    ),
    _case(
        "neg-not-visited-since",
        "2023-10-30",
        "Xi has not visited the United States since 2017.",
        timexes=[tx("2017", "2017")],
        note="negated visit; the year still counts as a time expression",
    ),
    _case(
        "neg-declined-comment",
        "2024-06-05",
        "The White House declined to comment on the report.",
        note="declining to comment is not a statement",
    ),
    _case(
        "neg-no-date-set",
        "2025-02-20",
        "No date has been set for a meeting between the two presidents.",
        note="a meeting without a date that may never happen",
    ),
    _case(
        "neg-cancelled-trip",
        "2024-01-22",
        "The prime minister has no plans to visit Moscow.",
        note="negated planned visit",
    ),
)


# --------------------------------------------------------------------------- comparison
_TITLES = frozenset(
    {
        "president",
        "prime",
        "minister",
        "premier",
        "chancellor",
        "king",
        "queen",
        "secretary",
        "general",
        "foreign",
        "defense",
        "defence",
        "state",
        "vice",
        "mr",
        "mrs",
        "ms",
        "dr",
        "chairman",
        "leader",
        "supreme",
        "aide",
        "presidential",
        "russian",
        "chinese",
        "us",
        "u.s.",
    }
)
_COUNTRY_ALIASES = {
    "us": "united states",
    "u s": "united states",
    "usa": "united states",
    "u s a": "united states",
    "america": "united states",
    "united states of america": "united states",
    "washington": "united states",
    "prc": "china",
    "people s republic of china": "china",
    "beijing": "china",
    "russian federation": "russia",
    "moscow": "russia",
    "kremlin": "russia",
    "uk": "united kingdom",
    "u k": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "dprk": "north korea",
    "rok": "south korea",
    "republic of korea": "south korea",
    "un": "united nations",
    "u n": "united nations",
}


def _norm_value(value: object) -> str | None:
    return None if value is None else str(value).strip().upper()


def _norm_name(name: str) -> str:
    s = re.sub(r"[^\w\s]", " ", name.casefold())
    s = re.sub(r"\s+", " ", s).strip()
    s = s.removeprefix("the ")
    return _COUNTRY_ALIASES.get(s, s)


def _name_tokens(name: str) -> frozenset[str]:
    s = _norm_name(name)
    toks = [t for t in s.split() if t not in _TITLES] or s.split()
    return frozenset(toks)


def names_match(a: str, b: str) -> bool:
    """Whether two names denote the same actor, leniently (the shared scorer's rule).

    Names match when equal after folding case, punctuation, a leading "the" and common country
    aliases, or when the words of one (titles dropped) are a subset of the other's.

    Examples:
        >>> names_match("President Xi", "Xi Jinping"), names_match("the Kremlin", "Russia")
        (True, True)
        >>> names_match("Joe Biden", "Jill Biden")
        False
    """
    if _norm_name(a) == _norm_name(b):
        return True
    ta, tb = _name_tokens(a), _name_tokens(b)
    return bool(ta and tb) and (ta <= tb or tb <= ta)


def find_spans(text: str, needle: str) -> tuple[tuple[int, int], ...]:
    """All occurrences of *needle* in *text* as whole words, as ``(start, end)`` offsets.

    Examples:
        >>> find_spans("He met her; they met again.", "met")
        ((3, 6), (17, 20))
        >>> find_spans("an unannounced visit", "announced")
        ()
    """
    pattern = r"(?<!\w)" + re.escape(needle) + r"(?!\w)"
    return tuple((m.start(), m.end()) for m in re.finditer(pattern, text))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


@attrs.define
class Tally:
    """Counts over cases, as the shared scorer keeps them (micro-averaged).

    Examples:
        >>> t = Tally()
        >>> t.ev_gold, t.f1(0, 0, 0, 0)
        (0, 0.0)
    """

    ev_gold: int = 0
    ev_sys: int = 0
    ev_match: int = 0
    when_n: int = 0
    when_ok: int = 0
    part_gold: int = 0
    part_sys: int = 0
    part_hit_g: int = 0
    part_hit_s: int = 0
    loc_n: int = 0
    loc_ok: int = 0
    tx_gold: int = 0
    tx_sys: int = 0
    tx_match: int = 0
    tx_value: int = 0

    def add(self, other: Tally) -> None:
        """Add the counts of *other* to this tally.

        Examples:
            >>> a, b = Tally(ev_gold=1), Tally(ev_gold=2)
            >>> a.add(b)
            >>> a.ev_gold
            3
        """
        for field in attrs.fields(Tally):
            setattr(self, field.name, getattr(self, field.name) + getattr(other, field.name))

    @staticmethod
    def f1(hit_p: int, n_sys: int, hit_r: int, n_gold: int) -> float:
        """F1 of precision ``hit_p / n_sys`` and recall ``hit_r / n_gold`` (0 when undefined).

        Examples:
            >>> round(Tally.f1(1, 2, 1, 1), 3)
            0.667
        """
        p = hit_p / n_sys if n_sys else 0.0
        r = hit_r / n_gold if n_gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> dict[str, float | None]:
        """The corpus figures: event F1, when accuracy, participants F1, location and timexes.

        Examples:
            >>> t = Tally(ev_gold=2, ev_sys=2, ev_match=2, when_n=2, when_ok=1)
            >>> t.summary()["when_accuracy"]
            0.5
        """

        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 4) if b else None

        return {
            "event_f1": round(self.f1(self.ev_match, self.ev_sys, self.ev_match, self.ev_gold), 4),
            "event_precision": ratio(self.ev_match, self.ev_sys),
            "event_recall": ratio(self.ev_match, self.ev_gold),
            "when_accuracy": ratio(self.when_ok, self.when_n),
            "participants_f1": round(
                self.f1(self.part_hit_s, self.part_sys, self.part_hit_g, self.part_gold), 4
            ),
            "location_accuracy": ratio(self.loc_ok, self.loc_n),
            "timex_relaxed_f1": round(
                self.f1(self.tx_match, self.tx_sys, self.tx_match, self.tx_gold), 4
            ),
            "timex_value_accuracy": ratio(self.tx_value, self.tx_match),
        }


@attrs.frozen(kw_only=True)
class CaseResult:
    """The outcome of comparing one extraction with one case's gold.

    Attributes:
        case_id: The case.
        problems: One line per disagreement (empty: the case passes).
        tally: Counts for the corpus figures.
        got: A short rendering of what was extracted.

    Examples:
        >>> CaseResult(case_id="x", problems=(), tally=Tally(), got=()).passed
        True
    """

    case_id: str
    problems: tuple[str, ...]
    tally: Tally = attrs.field(eq=False)
    got: tuple[str, ...]

    @property
    def passed(self) -> bool:
        """Whether the extraction agrees with the gold.

        Examples:
            >>> CaseResult(case_id="x", problems=("miss",), tally=Tally(), got=()).passed
            False
        """
        return not self.problems


def _render_event(e: Mapping[str, Any]) -> str:
    words = ",".join(str(m.get("text", "")) for m in e.get("mentions", []))
    return (
        f"{e.get('kind')} when={e.get('when')} participants={list(e.get('participants') or [])}"
        f" location={e.get('location')} [{words}]"
    )


def _render_gold(g: GoldEvent) -> str:
    return f"{g.kind} when={g.when} participants={list(g.participants)} location={g.location}"


def trigger_spans(text: str, trigger: str) -> tuple[tuple[int, int], ...]:
    """The spans a gold trigger denotes: every occurrence, or only the n-th with ``word@n``.

    Examples:
        >>> text = "X imposed sanctions. Y approved sanctions."
        >>> trigger_spans(text, "sanctions"), trigger_spans(text, "sanctions@1")
        (((10, 19), (32, 41)), ((32, 41),))
    """
    word, sep, nth = trigger.rpartition("@")
    if sep and nth.isdigit():
        return find_spans(text, word)[int(nth) : int(nth) + 1]
    return find_spans(text, trigger)


def _event_spans(case: Case, gold: GoldEvent) -> tuple[tuple[int, int], ...]:
    return tuple(s for t in gold.triggers for s in trigger_spans(case.text, t))


def _timex_span(case: Case, gold: GoldTimex) -> tuple[int, int]:
    spans = find_spans(case.text, gold.text)
    return spans[gold.nth]


def check(case: Case, payload: Mapping[str, Any]) -> CaseResult:
    """Compare the evaluation JSON of one extraction with the case's gold.

    Args:
        case: The gold.
        payload: ``Extraction.to_json_dict()`` of the case's text (DESIGN section 7).

    Returns:
        The problems found (none when the case passes) and the counts for the corpus figures.

    Examples:
        >>> case = by_id("call-xinhua-dateline")
        >>> payload = {"timexes": [], "events": [{"kind": "call", "when": "2024-04-02",
        ...     "participants": ["Xi Jinping", "Joe Biden"], "location": None,
        ...     "mentions": [{"start": 64, "end": 82}]}]}
        >>> check(case, payload).problems
        ("missing timex 'April 2' = 2024-04-02", "missing timex 'Tuesday' = 2024-04-02")
    """
    problems: list[str] = []
    tally = Tally()
    sys_events = [e for e in payload.get("events", []) if isinstance(e, Mapping)]
    sys_spans = [
        tuple((int(m["start"]), int(m["end"])) for m in e.get("mentions", [])) for e in sys_events
    ]
    # one-to-one matching: same kind and overlapping mention, the largest overlaps first
    pairs: list[tuple[int, int, int]] = []
    for gi, gold in enumerate(case.events):
        gspans = _event_spans(case, gold)
        for sj, se in enumerate(sys_events):
            if se.get("kind") != gold.kind:
                continue
            o = sum(_overlap(a, b) for a in gspans for b in sys_spans[sj])
            if o:
                pairs.append((o, gi, sj))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _o, gi, sj in pairs:
        if gi in matched or sj in used:
            continue
        matched[gi] = sj
        used.add(sj)
    optional_hits = {sj for gi, sj in matched.items() if case.events[gi].optional}
    tally.ev_gold = sum(1 for g in case.events if not g.optional)
    tally.ev_sys = len(sys_events) - len(optional_hits)
    for gi, gold in enumerate(case.events):
        if gold.optional:
            continue
        if gi not in matched:
            problems.append(f"missing event {_render_gold(gold)}")
            continue
        tally.ev_match += 1
        se = sys_events[matched[gi]]
        if gold.when is not None:
            tally.when_n += 1
            if _norm_value(se.get("when")) in gold.accepted_when:
                tally.when_ok += 1
            else:
                problems.append(f"{gold.kind}: when {se.get('when')!r}, expected {gold.when!r}")
        got_names = [str(x) for x in se.get("participants") or []]
        hit_s = [x for x in got_names if any(names_match(x, y) for y in gold.participants)]
        hit_g = [y for y in gold.participants if any(names_match(x, y) for x in got_names)]
        tally.part_gold += len(gold.participants)
        tally.part_sys += len(got_names)
        tally.part_hit_g += len(hit_g)
        tally.part_hit_s += len(hit_s)
        missing = [y for y in gold.participants if y not in hit_g]
        extra = [x for x in got_names if x not in hit_s]
        if missing or extra:
            problems.append(
                f"{gold.kind}: participants {got_names}, expected {list(gold.participants)}"
                + (f" (missing {missing})" if missing else "")
                + (f" (extra {extra})" if extra else "")
            )
        if gold.location:
            tally.loc_n += 1
            loc = se.get("location")
            if loc and names_match(str(loc), gold.location):
                tally.loc_ok += 1
            else:
                problems.append(f"{gold.kind}: location {loc!r}, expected {gold.location!r}")
    for sj, se in enumerate(sys_events):
        if sj not in used:
            problems.append(f"extra event {_render_event(se)}")
    # time expressions: relaxed (overlap) match, then the value
    sys_tx = [t for t in payload.get("timexes", []) if isinstance(t, Mapping) and "start" in t]
    gold_tx = [(g, _timex_span(case, g)) for g in case.timexes]
    required = [(g, s) for g, s in gold_tx if not g.optional]
    optional_spans = [s for g, s in gold_tx if g.optional]
    sys_tx = [
        t
        for t in sys_tx
        if not (
            any(_overlap((t["start"], t["end"]), s) for s in optional_spans)
            and not any(_overlap((t["start"], t["end"]), s) for _g, s in required)
        )
    ]
    tally.tx_gold = len(required)
    tally.tx_sys = len(sys_tx)
    used_tx: set[int] = set()
    for gold_t, span in required:
        best, best_j = 0, None
        for j, t in enumerate(sys_tx):
            if j in used_tx:
                continue
            o = _overlap(span, (int(t["start"]), int(t["end"])))
            if o > best:
                best, best_j = o, j
        if best_j is None:
            problems.append(f"missing timex {gold_t.text!r} = {gold_t.value}")
            continue
        used_tx.add(best_j)
        tally.tx_match += 1
        got_value = sys_tx[best_j].get("value")
        if _norm_value(got_value) == _norm_value(gold_t.value):
            tally.tx_value += 1
        else:
            problems.append(
                f"timex {sys_tx[best_j].get('text')!r}: value {got_value!r}, "
                f"expected {gold_t.value!r}"
            )
    for j, t in enumerate(sys_tx):
        if j not in used_tx:
            problems.append(f"extra timex {t.get('text')!r} = {t.get('value')}")
    got = tuple(_render_event(e) for e in sys_events) + tuple(
        f"timex {t.get('text')!r} = {t.get('value')}" for t in payload.get("timexes", [])
    )
    return CaseResult(case_id=case.id, problems=tuple(problems), tally=tally, got=got)


def measure(cases: Sequence[Case]) -> tuple[Tally, int]:
    """Extract each case, print PASS or FAIL with its problems, and return the corpus figures
    and the number of cases passed (the held-out batches of ``benchmarks/heldout`` run so).

    Examples:
        >>> total, passed = measure([by_id("neg-did-not-meet")])
        PASS neg-did-not-meet
        >>> passed, sorted(total.summary())[:2]
        (1, ['event_f1', 'event_precision'])
    """
    from timeline.extraction.pipeline import extract

    total = Tally()
    passed = 0
    for case in cases:
        result = check(case, extract(case.text, published=case.published).to_json_dict())
        total.add(result.tally)
        passed += result.passed
        print("PASS" if result.passed else "FAIL", case.id)
        for problem in result.problems:
            print("    -", problem)
    return total, passed


def by_id(case_id: str) -> Case:
    """The case called *case_id* (:class:`KeyError` if there is none).

    Examples:
        >>> by_id("neg-modal-summit").published
        '2025-02-13'
    """
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
