"""Relative and anaphoric time: tense, year-less dates, weekdays and narrative anchors (stage 4).

News mode, as in HeidelTime: a date without a year ("in November", "Sept. 3") or a bare weekday
("Tuesday") is placed relative to the publication date, in the past or the future according to the
tense of its clause. Anaphoric expressions ("the next day", "hours later", "the previous year")
are resolved against the *narrative time*: the latest time expression before them that is at least
as fine as they need, else the publication date.

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

__all__ = ["Tense", "choose_year", "pick_anchor", "tense_at", "weekday_date"]


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


@functools.cache
def _token_re() -> regex.Pattern[str]:
    return regex.compile(r"[A-Za-z][A-Za-z'\u2019-]{0,30}+")


@functools.cache
def _marker_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return _IRREGULAR_PAST, _FUTURE, _PRESENT


def _classify(word: str, nxt: str) -> Tense | None:
    past, future, present = _marker_sets()
    w = word.casefold().replace("\u2019", "'")
    if w.endswith("'ll") or w in ("won't",):
        return Tense.FUTURE
    if w in ("going", "set", "about", "is", "are") and nxt == "to":
        return Tense.FUTURE
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
    if w in ("has", "have", "'ve", "hasn't", "haven't"):
        return Tense.PAST
    if w in past or (w.endswith("n't") and w[:-3] in ("was", "were", "did", "had", "could")):
        return Tense.PAST
    if w in present:
        return Tense.PRESENT
    if len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST_ED:
        return Tense.PAST
    return None


# Words before which an "-ed" form is an adjective ("a still unspecified date"), not a verb.
_ADJ_BEFORE = _words(
    "a an the this that these those its his her their our my your no any each every some "
    "still newly recently previously jointly widely long already once very most more less"
)
# "was going to", "were planning to": a plan seen from a past moment, which may be over.
_FUTURE_IN_PAST = _words("going planning scheduled expected set due about supposed slated")
# "agreed to acquire", "an agreement to buy": the infinitive follows the agreement, before or
# after the publication date; the clause's past verb says nothing about it.
_INTENT = _words(
    "agreed agree agrees agreement agreements deal accord pact decided decision voted vote "
    "promised pledged vowed proposed proposal offered offer bid move moved sought seeks hopes "
    "hoped wants wanted"
)
_DETERMINERS = _words("the a an his her its their our this that these those my your")


@functools.lru_cache(maxsize=4096)
def _markers(sentence: str) -> tuple[tuple[int, int, Tense], ...]:
    toks = list(_token_re().finditer(sentence))
    low = [t.group().casefold() for t in toks]
    out: list[tuple[int, int, Tense]] = []
    for i, t in enumerate(toks):
        word = low[i]
        nxt = low[i + 1] if i + 1 < len(toks) else ""
        nxt2 = low[i + 2] if i + 2 < len(toks) else ""
        prev = low[i - 1] if i else ""
        if prev in _PASSIVE_AUX:
            continue  # "will be paid", "was being held": the auxiliary carries the tense
        if prev in ("to",) and word in ("be", "have"):
            continue
        if word in ("was", "were") and nxt in _FUTURE_IN_PAST and nxt2 == "to":
            # ahead of a past moment: before or after the publication date
            out.append((t.start(), t.end(), Tense.UNKNOWN))
            continue
        if word in _INTENT and nxt == "to" and nxt2 and nxt2 not in _DETERMINERS:
            to = toks[i + 1]
            out.append((to.start(), to.end(), Tense.UNKNOWN))
            continue
        if word.endswith("ed") and prev in _ADJ_BEFORE and word not in _IRREGULAR_PAST:
            continue  # an adjective: "a still unspecified date", "the proposed merger"
        tense = _classify(t.group(), nxt)
        if tense is not None:
            out.append((t.start(), t.end(), tense))
    return tuple(out)


def tense_at(sentence: str, start: int, end: int | None = None) -> Tense:
    """The tense nearest to the span ``sentence[start:end]``.

    Cues: modal "will"/"'ll"/"would", "going to", "scheduled", "plans to" (future); past forms
    ("was", "met", "-ed" verbs), the perfect "has"/"have", "ago", "yesterday" (past); "is", "are",
    "says" (present). The cue nearest to the span wins; words inside the span do not count.

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
        >>> tense_at("November", 0)
        <Tense.UNKNOWN: 'unknown'>
    """
    end = start if end is None else end
    if _since_re().search(sentence, max(0, start - 12), start):
        return Tense.PAST  # "since March": a time already past
    cue = _deadline_re().search(sentence, max(0, start - 24), start)
    if cue and not _had_re().search(sentence) and not _range_end(sentence, cue.start()):
        return Tense.FUTURE
    markers = _markers(sentence)
    best: tuple[int, Tense] | None = None
    for i in _near_markers(sentence, markers, start, end):
        s, e, tense = markers[i]
        dist = max(start - e if e <= start else s - end, 0)
        if s >= end and sentence[s:e].casefold() in _REPORTING:
            dist += 40  # "..., Castro said": a reporting verb after the clause is not its verb
        if best is None or dist < best[0]:
            best = (dist, tense)
    return best[1] if best else Tense.UNKNOWN


@functools.lru_cache(maxsize=4096)
def _starts(sentence: str) -> tuple[int, ...]:
    return tuple(s for s, _, _ in _markers(sentence))


def _near_markers(
    sentence: str, markers: tuple[tuple[int, int, Tense], ...], start: int, end: int
) -> list[int]:
    """Indices (in order) of the cues that can be nearest to ``[start, end)``.

    Cues are words in text order, so distance grows monotonically away from the span: only a
    bounded run on each side is looked at, which keeps a long sentence with many time
    expressions linear rather than quadratic.
    """
    p = bisect.bisect_left(_starts(sentence), start)

    def raw(i: int) -> int | None:
        s, e, _ = markers[i]
        if s >= start and e <= end:
            return None  # a word inside the span
        return max(start - e if e <= start else s - end, 0)

    bound: int | None = None
    if p > 0:
        bound = raw(p - 1)
    j = p
    while j < len(markers) and raw(j) is None:
        j += 1
    if j < len(markers):
        s, e, _ = markers[j]
        right = (raw(j) or 0) + (40 if sentence[s:e].casefold() in _REPORTING else 0)
        bound = right if bound is None else min(bound, right)
    if bound is None:
        return []
    left: list[int] = []
    i = p - 1
    while i >= 0:
        d = raw(i)
        if d is not None and d > bound:
            break
        left.append(i)
        i -= 1
    out = left[::-1]
    j = p
    while j < len(markers):
        d = raw(j)
        if d is not None and d > bound:
            break
        if d is not None:
            out.append(j)
        j += 1
    return [i for i in out if raw(i) is not None]


_REPORTING = frozenset({"said", "says", "say", "told", "added"})
_PASSIVE_AUX = frozenset({"be", "been", "being"})


@functools.cache
def _since_re() -> regex.Pattern[str]:
    return regex.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", regex.IGNORECASE)


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
    window = 62 if day is None else 31
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
