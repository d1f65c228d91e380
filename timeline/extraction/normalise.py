"""TIMEX3 values for the spans the grammar found (pipeline stage 3).

Our own rules give the value of nearly every span: the grammar's named groups say what the parts
are, and :class:`Granule` does calendar arithmetic at the text's granularity ("2025-11", not
"2025-11-05"). Relative and anaphoric expressions take their reference from
:mod:`timeline.extraction.anchoring`. :func:`parse_date_text` wraps ``dateparser``'s
``DateDataParser.get_date_data`` (imported lazily, with frozen, cached settings) as a fallback for
calendar spans our rules cannot read.

Examples:
    >>> import datetime as dt
    >>> Granule.of_day(dt.date(2026, 2, 4)).value
    '2026-02-04'
    >>> Granule.of_day(dt.date(2026, 2, 4)).coarsen("week").shift(-1, "week").value
    '2026-W05'
    >>> duration_value(3, "year"), duration_value(None, "day"), duration_value(36, "hour")
    ('P3Y', 'PXD', 'PT36H')
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any, final

import attrs
import regex

from timeline.extraction.anchoring import Tense, choose_year, weekday_date
from timeline.extraction.grammar import (
    MONTHS_FULL,
    PART_OF_DAY_WORDS,
    WEEKDAYS,
    GrammarMatch,
)
from timeline.extraction.patterns import rx

__all__ = [
    "GRANULARITIES",
    "Granule",
    "Resolution",
    "duration_value",
    "normalise",
    "parse_date_text",
    "parse_ordinal",
    "parse_quantity",
]

GRANULARITIES = (
    "time",
    "pod",
    "day",
    "weekend",
    "week",
    "month",
    "season",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
)
"""Granularities of :class:`Granule`, finest first."""
_RANK = {g: i for i, g in enumerate(GRANULARITIES)}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SEASON_CODE = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}


def _add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    year = d.year + y
    if not 1 <= year <= 9999:
        raise OverflowError(year)
    return dt.date(year, m + 1, 1)


def _floor(d: dt.date, gran: str) -> dt.date:
    if gran in ("day", "pod", "time"):
        return d
    if gran in ("week", "weekend"):
        return d - dt.timedelta(days=d.weekday())
    if gran == "month":
        return d.replace(day=1)
    if gran == "quarter":
        return dt.date(d.year, (d.month - 1) // 3 * 3 + 1, 1)
    if gran == "half":
        return dt.date(d.year, 1 if d.month <= 6 else 7, 1)
    if gran == "season":
        if d.month <= 2:
            return dt.date(d.year - 1, 12, 1)
        return dt.date(d.year, (d.month - 3) // 3 * 3 + 3, 1)
    if gran == "year":
        return dt.date(d.year, 1, 1)
    if gran == "decade":
        return dt.date(d.year // 10 * 10 or 1, 1, 1)
    if gran == "century":
        return dt.date(d.year // 100 * 100 or 1, 1, 1)
    raise ValueError(f"unknown granularity {gran!r}")


@final
@attrs.frozen
class Granule:
    """A calendar unit at some granularity: the day 2026-02-04, the month 2025-11, 2025-Q4...

    Attributes:
        gran: One of :data:`GRANULARITIES`.
        start: The first day of the unit (for ``time`` and ``pod``, the day).
        code: Part of the value below a day: ``"MO"``/``"AF"``/``"EV"``/``"NI"`` for ``pod``,
            ``"15:30"`` for ``time``.

    Examples:
        >>> import datetime as dt
        >>> Granule("quarter", dt.date(2025, 10, 1)).value
        '2025-Q4'
        >>> Granule("decade", dt.date(1990, 1, 1)).value
        '199'
        >>> Granule("century", dt.date(1900, 1, 1)).value
        '19'
        >>> Granule("pod", dt.date(2026, 2, 4), "NI").value
        '2026-02-04TNI'
    """

    gran: str = attrs.field(validator=attrs.validators.in_(GRANULARITIES))
    start: dt.date
    code: str | None = None

    @classmethod
    def of_day(cls, d: dt.date) -> Granule:
        """The day *d*.

        Examples:
            >>> import datetime as dt
            >>> Granule.of_day(dt.date(2026, 2, 4)).gran
            'day'
        """
        return cls("day", d)

    @property
    def rank(self) -> int:
        """Position in :data:`GRANULARITIES` (finer is smaller).

        Examples:
            >>> import datetime as dt
            >>> Granule.of_day(dt.date(2026, 2, 4)).rank < Granule("year", dt.date(2026, 1, 1)).rank
            True
        """
        return _RANK[self.gran]

    @property
    def value(self) -> str:
        """The TIMEX3 value.

        Examples:
            >>> import datetime as dt
            >>> Granule("weekend", dt.date(1998, 1, 5)).value
            '1998-W02-WE'
        """
        d, g = self.start, self.gran
        if g == "day":
            return d.isoformat()
        if g == "pod":
            return f"{d.isoformat()}T{self.code}"
        if g == "time":
            return f"{d.isoformat()}T{self.code}"
        if g in ("week", "weekend"):
            y, w, _ = d.isocalendar()
            return f"{y:04d}-W{w:02d}" + ("-WE" if g == "weekend" else "")
        if g == "month":
            return f"{d.year:04d}-{d.month:02d}"
        if g == "quarter":
            return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
        if g == "half":
            return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
        if g == "season":
            code = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}[d.month]
            return f"{d.year:04d}-{code}"
        if g == "year":
            return f"{d.year:04d}"
        if g == "decade":
            return f"{d.year // 10:03d}"
        return f"{d.year // 100:02d}"

    def coarsen(self, gran: str) -> Granule:
        """The unit of granularity *gran* that contains this one's start.

        Examples:
            >>> import datetime as dt
            >>> Granule.of_day(dt.date(2026, 2, 4)).coarsen("quarter").value
            '2026-Q1'
        """
        if gran in ("pod", "time"):
            return Granule(gran, self.start, self.code)
        return Granule(gran, _floor(self.start, gran))

    def shift(self, n: int | float, unit: str) -> Granule:
        """This unit moved by *n* units of *unit* (kept at its own granularity).

        Examples:
            >>> import datetime as dt
            >>> Granule("quarter", dt.date(1989, 7, 1)).shift(-1, "year").value
            '1988-Q3'
            >>> Granule.of_day(dt.date(2026, 2, 4)).shift(1, "day").value
            '2026-02-05'
        """
        n = round(n)
        d = self.start
        if unit in ("day", "night"):
            d = d + dt.timedelta(days=n)
        elif unit in ("week", "weekend"):
            d = d + dt.timedelta(days=7 * n)
        elif unit == "fortnight":
            d = d + dt.timedelta(days=14 * n)
        elif unit in ("hour", "minute", "second", "pod", "time"):
            pass
        else:
            months = {
                "month": 1,
                "quarter": 3,
                "half": 6,
                "season": 3,
                "year": 12,
                "decade": 120,
                "century": 1200,
                "millennium": 12000,
            }[unit]
            day = d.day
            d = _add_months(d, months * n)
            if self.gran in ("day", "pod", "time", "week", "weekend"):
                # keep the day of month where it exists (Jan. 31 + 1 month = Feb. 28)
                nxt = _add_months(d, 1)
                d = d.replace(day=min(day, (nxt - dt.timedelta(days=1)).day))
        keep = self.code if self.gran in ("pod", "time") else None
        return Granule(self.gran, _floor(d, self.gran), keep)

    def end(self) -> dt.date:
        """The first day after the unit.

        Examples:
            >>> import datetime as dt
            >>> Granule("month", dt.date(2025, 11, 1)).end()
            datetime.date(2025, 12, 1)
        """
        g = self.gran
        if g in ("day", "pod", "time"):
            return self.start + dt.timedelta(days=1)
        if g == "weekend":
            return self.start + dt.timedelta(days=7)
        if g == "week":
            return self.start + dt.timedelta(days=7)
        months = {
            "month": 1,
            "quarter": 3,
            "half": 6,
            "season": 3,
            "year": 12,
            "decade": 120,
            "century": 1200,
        }[g]
        return _add_months(self.start, months)


# ----------------------------------------------------------------------------- numbers

_NUM_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
    "couple": 2,
}
_VAGUE_WORDS = ("several", "few", "many", "some", "number", "numerous", "countless")


def parse_quantity(text: str | None) -> float | None:
    """The number a quantity phrase stands for, or ``None`` when it is vague.

    Examples:
        >>> parse_quantity("twenty-four"), parse_quantity("a"), parse_quantity("2,000")
        (24.0, 1.0, 2000.0)
        >>> parse_quantity("several") is None, parse_quantity("half a"), parse_quantity("a dozen")
        (True, 0.5, 12.0)
    """
    if text is None:
        return 1.0
    t = text.casefold().strip()
    if any(v in t.split() for v in _VAGUE_WORDS):
        return None
    if t in ("half a", "a half"):
        return 0.5
    m = rx.fullmatch(r"(\d{1,2})\s+1/2", t)
    if m:
        return int(m.group(1)) + 0.5
    if rx.fullmatch(r"[\d,]+(?:\.\d+)?", t):
        return float(t.replace(",", ""))
    total = 0.0
    words = [w for w in rx.split(r"[\s-]+", t) if w]
    if words and words[0] in ("a", "an") and len(words) > 1:
        words = words[1:]
    for w in words:
        if w == "of":
            continue
        v = _NUM_WORDS.get(w)
        if v is None:
            return None
        if w == "hundred":
            total = (total or 1) * 100
        else:
            total += v
    return total or None


_UNIT_CODE = {
    "second": ("T", "S", 1),
    "minute": ("T", "M", 1),
    "hour": ("T", "H", 1),
    "day": ("", "D", 1),
    "night": ("", "D", 1),
    "week": ("", "W", 1),
    "weekend": ("", "D", 2),
    "fortnight": ("", "W", 2),
    "month": ("", "M", 1),
    "quarter": ("", "M", 3),
    "half": ("", "M", 6),
    "season": ("", "M", 3),
    "year": ("", "Y", 1),
    "decade": ("", "Y", 10),
    "century": ("", "Y", 100),
    "millennium": ("", "Y", 1000),
}
_UNIT_VAGUE = {
    "decade": "DE",
    "century": "CE",
    "millennium": "ML",
    "quarter": "Q",
    "weekend": "WE",
    "fortnight": "W",
}


def unit_name(text: str) -> str:
    """The singular unit for a unit word ("centuries" -> "century").

    Examples:
        >>> unit_name("Centuries"), unit_name("weeks"), unit_name("millennia")
        ('century', 'week', 'millennium')
    """
    t = text.casefold()
    if t.startswith("centur"):
        return "century"
    if t.startswith("millenni"):
        return "millennium"
    return t[:-1] if t.endswith("s") else t


def duration_value(n: float | None, unit: str) -> str:
    """The TIMEX3 duration for *n* units of *unit* (``None``: an unknown number, ``X``).

    Examples:
        >>> duration_value(1.5, "year"), duration_value(2, "decade"), duration_value(0.5, "hour")
        ('P1Y6M', 'P20Y', 'PT30M')
        >>> duration_value(5.5, "hour"), duration_value(2, "quarter")
        ('PT5H30M', 'P2Q')
        >>> duration_value(None, "decade")
        'PXDE'
    """
    prefix, code, mult = _UNIT_CODE[unit]
    if n is None:
        return f"P{prefix}X{_UNIT_VAGUE.get(unit, code)}"
    if unit == "quarter" and n == int(n):
        return f"P{int(n)}Q"
    total = n * mult
    whole = int(total)
    if total == whole:
        return f"P{prefix}{whole}{code}"
    # a fraction: whole units plus the rest in the next smaller unit ("P2Y6M", "PT5H30M")
    if prefix == "T":
        small_code, factor = {"H": ("M", 60), "M": ("S", 60), "S": ("S", 1)}[code]
        rest = round((total - whole) * factor)
        head = f"{whole}{code}" if whole else ""
        return f"PT{head}{rest}{small_code}"
    if code == "D":
        rest = round((total - whole) * 24)
        return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
    small, factor = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7)}[code]
    rest = round((total - whole) * factor)
    return f"P{whole}{code}{rest}{small}" if whole else f"P{rest}{small}"


# ----------------------------------------------------------------------------- resolution


@final
@attrs.frozen(kw_only=True)
class Resolution:
    """What the normaliser made of one span.

    Attributes:
        type: ``"DATE"``, ``"TIME"``, ``"DURATION"`` or ``"SET"``.
        value: The TIMEX3 value, or ``None`` when none could be given.
        granule: The calendar unit for point values (``None`` for sets, ``*_REF`` values and
            most durations; for an offset given as its distance, "three days later" = ``P3D``,
            the unit it lands on).
        mod: TIMEX3 ``mod`` ("START", "MID", "END", "APPROX", "LESS_THAN", "MORE_THAN"...).
        anchor: Index (into the timexes found so far) of the timex it was resolved against.
        relation: ``"before"``, ``"after"`` or ``"same"``: how the expression's time relates to
            its anchor (or, with ``anchor=None``, to an event named after it).
        offset: The distance to the anchor as a TIMEX3 duration ("P1D", "PTXH").
        end: Where the span should end when shorter than the grammar match (``None``: as matched).

    Examples:
        >>> Resolution(type="DATE", value="2026").value
        '2026'
    """

    type: str
    value: str | None
    granule: Granule | None = None
    mod: str | None = None
    anchor: int | None = None
    relation: str | None = None
    offset: str | None = None
    end: int | None = None


AnchorFinder = Callable[[str], "tuple[int | None, Granule] | None"]
"""Given the granularity an expression needs, the (index, granule) of its anchor, or ``None``."""


_MONTH_NUMBERS = {
    **{name.casefold(): i + 1 for i, name in enumerate(MONTHS_FULL)},
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}


def _month_number(name: str) -> int:
    return _MONTH_NUMBERS[name.rstrip(".").casefold()]


def _weekday_number(name: str) -> int:
    return WEEKDAYS.index(name.title())


_MOD = {
    "early": "START",
    "earlier": "START",
    "beginning": "START",
    "start": "START",
    "dawn": "START",
    "mid": "MID",
    "middle": "MID",
    "late": "END",
    "later": "END",
    "end": "END",
    "close": "END",
    "turn": "END",
    "eve": "END",
    "rest": "END",
    "remainder": "END",
    "balance": "END",
    "last": "END",
    "final": "END",
    "closing": "END",
    "opening": "START",
}
_QMOD = {
    "about": "APPROX",
    "around": "APPROX",
    "roughly": "APPROX",
    "approximately": "APPROX",
    "some": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "under": "LESS_THAN",
    "less": "LESS_THAN",
    "fewer": "LESS_THAN",
    "barely": "LESS_THAN",
    "within": "LESS_THAN",
    "more": "MORE_THAN",
    "over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS",
    "well over": "MORE_THAN",
}


def _mod_of(m: GrammarMatch) -> str | None:
    mod = m.group("mod")
    if mod:
        key = rx.split(r"[\s-]+", mod.casefold())
        for w in key:
            if w in _MOD:
                return _MOD[w]
        if "first" in key:
            return "START"
        if "second" in key:
            return "END"
    low = m.text.casefold()
    for k, v in _QMOD.items():
        if low.startswith(k + " "):
            return v
    return None


@attrs.frozen(kw_only=True)
class _Ctx:
    ref: dt.date | None
    ref_time: dt.datetime | None
    tense: Tense
    anchor: AnchorFinder
    after: str  # text right after the match
    before: str  # text right before the match
    sentence_date: Granule | None


def normalise(
    m: GrammarMatch,
    *,
    reference: dt.date | None,
    tense: Tense = Tense.UNKNOWN,
    anchor: AnchorFinder | None = None,
    after: str = "",
    before: str = "",
    sentence_date: Granule | None = None,
    reference_time: dt.datetime | None = None,
) -> Resolution:
    """The TIMEX3 type and value of the grammar match *m*.

    Args:
        m: The span found by :func:`timeline.extraction.grammar.scan`.
        reference: The publication date (``None``: relative expressions get no value, year-less
            dates get ``XXXX``).
        tense: The tense of the clause, for year-less and relative dates.
        anchor: Finds the anchor for anaphoric expressions ("the next day"); defaults to the
            publication date.
        after: Text after the match (to tell "one day before the expiration" from "a day before").
        before: Text before the match.
        sentence_date: A date in the same sentence, for bare clock times.
        reference_time: The publication time, when known.

    Returns:
        The :class:`Resolution`.

    Examples:
        >>> import datetime as dt
        >>> from timeline.extraction.grammar import scan
        >>> ref = dt.date(2026, 2, 5)
        >>> [normalise(x, reference=ref, tense=Tense.PAST).value
        ...  for x in scan("in November, last week, two days ago, for three years, weekly")]
        ['2025-11', '2026-W05', '2026-02-03', 'P3Y', 'P1W']
    """

    def default_anchor(gran: str) -> tuple[int | None, Granule] | None:
        if reference is None:
            return None
        return None, Granule.of_day(reference)

    ctx = _Ctx(
        ref=reference,
        ref_time=reference_time,
        tense=tense,
        anchor=anchor or default_anchor,
        after=after,
        before=before,
        sentence_date=sentence_date,
    )
    handler = _HANDLERS.get(m.rule)
    res: Resolution | None = None
    if handler is not None:
        try:
            res = handler(m, ctx)
        except (ValueError, OverflowError, KeyError, IndexError):
            res = None
    if res is None:
        res = _fallback(m, ctx)
    return res


def _fallback(m: GrammarMatch, ctx: _Ctx) -> Resolution:
    if m.rule in ("date", "month", "iso", "numeric_date"):
        value = parse_date_text(m.text, ctx.ref, _prefer(ctx.tense))
        if value is not None:
            return Resolution(type="DATE", value=value)
    kind = "DURATION" if m.rule == "duration" else "SET" if m.rule == "set" else "DATE"
    return Resolution(type=kind, value=None)


def _prefer(tense: Tense) -> str:
    return {Tense.PAST: "past", Tense.FUTURE: "future"}.get(tense, "current_period")


def _point(g: Granule, m: GrammarMatch, **kw: Any) -> Resolution:
    kind = "TIME" if g.gran in ("time", "pod") else "DATE"
    return Resolution(type=kind, value=g.value, granule=g, mod=kw.pop("mod", _mod_of(m)), **kw)


def _year_of(text: str, ref: dt.date | None) -> int:
    t = text.strip()
    if t.startswith(("'", "\u2019")):
        yy = int(t[1:])
        base = (ref.year if ref else 2000) // 100 * 100
        year = base + yy
        if ref and year > ref.year + 20:
            year -= 100
        return year
    return int(t)


def _h_iso(m: GrammarMatch, ctx: _Ctx) -> Resolution:
    d = dt.date(int(m.group("year") or 0), int(m.group("monthnum") or 0), int(m.group("day") or 0))
    if m.group("hour"):
        return _point(Granule("time", d, f"{m.group('hour')}:{m.group('minute')}"), m)
    return _point(Granule.of_day(d), m)


def _h_numeric(m: GrammarMatch, ctx: _Ctx) -> Resolution:
    y = m.group("year") or ""
    year = int(y) if len(y) == 4 else _year_of("'" + y, ctx.ref)
    d = dt.date(year, int(m.group("monthnum") or 0), int(m.group("day") or 0))
    return _point(Granule.of_day(d), m)


def _h_date(m: GrammarMatch, ctx: _Ctx) -> Resolution:
    month = _month_number(m.group("month") or "")
    day = int(m.group("day") or 0)
    y = m.group("year")
    if y:
        year = _year_of(y, ctx.ref)
    elif ctx.ref is None:
        dt.date(2000, month, day)  # validate
        return Resolution(type="DATE", value=f"XXXX-{month:02d}-{day:02d}", mod=_mod_of(m))
    else:
        wd = m.group("weekday")
        year = choose_year(
            month, day, ctx.ref, ctx.tense, weekday=_weekday_number(wd) if wd else None
        )
        if _SINCE.search(ctx.before) and _valid_after(year, month, day, ctx.ref):
            year -= 1  # "since Nov. 3": a day already past, never a schedule
    d = dt.date(year, month, day)
    if m.group("weekof"):
        return _point(Granule.of_day(d).coarsen("week"), m)  # "the week of March 6"
    return _point(Granule.of_day(d), m)


def _h_month(m: GrammarMatch, ctx: _Ctx) -> Resolution:
    month = _month_number(m.group("month") or "")
    y = m.group("year")
    rel = (m.group("rel") or "").casefold()
    if y:
        year = int(y)
    elif m.group("spelled"):
        year = _spelled_year(m.group("spelled") or "")
    elif rel and ctx.ref is not None:
        year = ctx.ref.year + {"this": 0, "last": -1, "next": 1}[rel]
    elif ctx.ref is None:
        return Resolution(type="DATE", value=f"XXXX-{month:02d}", mod=_mod_of(m))
    else:
        year = choose_year(month, None, ctx.ref, ctx.tense)
        if _SINCE.search(ctx.before) and _valid_after(year, month, 1, ctx.ref):
            year -= 1  # "the lowest since March": a month already begun
    return _point(Granule("month", dt.date(year, month, 1)), m)


def _valid_after(year: int, month: int, day: int, ref: dt.date) -> bool:
    """Whether the date exists and falls after *ref*."""
    try:
        return dt.date(year, month, day) > ref
    except ValueError:
        return False


def _pod_code(text: str | None) -> str | None:
    if not text:
        return None
    return PART_OF_DAY_WORDS.get(text.casefold())


def _h_weekday(m: GrammarMatch, ctx: _Ctx) -> Resolution:
    wd = _weekday_number(m.group("weekday") or "")
    if ctx.ref is None:
        return Resolution(type="DATE", value=f"XXXX-WXX-{wd + 1}", mod=_mod_of(m))
    tense = ctx.tense
    if ctx.after.startswith(("'s", "\u2019s")) and tense is not Tense.FUTURE:
        tense = Tense.PAST  # "Wednesday's ruling": a day already past
    d = weekday_date(wd, ctx.ref, tense)
    pod = _pod_code(m.group("pod"))
    if pod:
        # "Friday night": the value keeps the text's granularity, the part of the day
        return _point(Granule("pod", d, pod), m)
    return _point(Granule.of_day(d), m)


def _h_set_weekday(m: GrammarMatch, ctx: _Ctx) -> Resolution:
    wd = _weekday_number(m.group("weekday") or "")
    return Resolution(type="SET", value=f"XXXX-WXX-{wd + 1}")


def _h_year_range(m: GrammarMatch, ctx: _Ctx) -> Resolution:
    y1 = int(m.group("year") or 0)
    y2s = m.group("year2") or ""
    y2 = int(y2s) if len(y2s) == 4 else y1 // 100 * 100 + int(y2s)
    if y2 < y1:
        if len(y2s) == 2 and y2 + 100 - y1 < 100:
            y2 += 100
        else:
            return Resolution(type="DATE", value=None)
    if y2 - y1 > 200:
        return Resolution(type="DATE", value=None)
    return Resolution(type="DATE", value=f"{y1:04d}/{y2:04d}", mod=_mod_of(m))


_SPELLED = {
    **{k: v for k, v in _NUM_WORDS.items() if k not in ("a", "an", "dozen", "couple")},
}


def _spelled_number(words: list[str]) -> int:
    total = 0
    for w in words:
        if w in ("and", "oh"):
            continue
        total += _SPELLED[w]
    return total


def _spelled_year(text: str) -> int:
    t = text.casefold()
    words = [w for w in rx.split(r"[\s-]+", t) if w]
    if words[:2] == ["two", "thousand"]:
        return 2000 + _spelled_number(words[2:])
    head = _SPELLED[words[0]]
    rest = words[1:]
    if rest and rest[0] == "hundred":
        return head * 100 + _spelled_number(rest[1:])
    return head * 100 + _spelled_number(rest)


def _h_year(m: GrammarMatch, ctx: _Ctx) -> Resolution:
    year = (
        _spelled_year(m.group("spelled") or "") if m.group("spelled") else int(m.group("year") or 0)
    )
    mod = (m.group("mod") or "").casefold()
    if "half" in mod:
        half = 1 if "first" in mod else 2
        return _point(Granule("half", dt.date(year, 1 if half == 1 else 7, 1)), m, mod=None)
    return _point(Granule("year", dt.date(year, 1, 1)), m)


_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


def _h_decade(m: GrammarMatch, ctx: _Ctx) -> Resolution:
    if m.group("decade"):
        dec = int(m.group("decade") or 0)
    else:
        digit = int(m.group("decade2") or _DECADE_WORDS[(m.group("decadeword") or "").casefold()])
        if m.group("decade2"):
            ref_year = ctx.ref.year if ctx.ref else 1999
            dec = 200 + digit if 2000 + digit * 10 <= ref_year else 190 + digit
        else:
            dec = 190 + digit
    return _point(Granule("decade", dt.date(dec * 10 or 1, 1, 1)), m)


_ORDINAL_TEXT = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)
_ORD_WORDS = {w: i + 1 for i, w in enumerate(_ORDINAL_TEXT.split())}


_TENTHS = {
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
}


def parse_ordinal(text: str) -> int | None:
    """The number an ordinal stands for ("15th", "fifteenth", "seventy-fifth"), or ``None``.

    Examples:
        >>> parse_ordinal("80th"), parse_ordinal("Eightieth"), parse_ordinal("twenty-fifth")
        (80, 80, 25)
        >>> parse_ordinal("hundredth"), parse_ordinal("latest")
        (100, None)
    """
    t = text.casefold().replace("-", " ").strip()
    digits = rx.match(r"\d+(?=st|nd|rd|th|$)", t)
    if digits:
        return int(digits.group())
    if t in _TENTHS:
        return _TENTHS[t]
    if t in _ORD_WORDS:
        return _ORD_WORDS[t]
    words = t.split()
    if len(words) == 2 and words[0] in _NUM_WORDS and words[1] in _ORD_WORDS:
        tens = _NUM_WORDS[words[0]]
        if tens % 10 == 0 and 20 <= tens <= 90 and _ORD_WORDS[words[1]] < 10:
            return tens + _ORD_WORDS[words[1]]
    return None


def _ordinal(text: str) -> int:
    n = parse_ordinal(text)
    if n is None:
        raise KeyError(text)
    return n


def _h_century(m: GrammarMatch, ctx: _Ctx) -> Resolution:
    n = _ordinal(m.group("ord") or "")
    if not 1 <= n <= 30:
        return Resolution(type="DATE", value=None)
    return _point(Granule("century", dt.date(max(1, (n - 1) * 100), 1, 1)), m)


_QORD = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
}


def _quarter_year(q_start: dt.date, ctx: _Ctx, gran: str) -> int:
    assert ctx.ref is not None
    year = ctx.ref.year
    start = q_start.replace(year=year)
    if start > ctx.ref and ctx.tense is not Tense.FUTURE:
        year -= 1
    return year


def _h_quarter(m: GrammarMatch, ctx: _Ctx) -> Resolution:
    if m.group("q"):
        q_text = (m.group("q") or "Q0").upper()
        qn, unit = int(q_text[1]), "quarter" if q_text[0] == "Q" else "half"
    else:
        qn = _QORD[(m.group("qord") or "").casefold()]
        unit = (m.group("qunit") or "quarter").casefold()
    if unit == "period":
        return Resolution(type="DATE", value=None)
    gran = "half" if unit == "half" else "quarter"
    if gran == "half" and qn > 2:
        return Resolution(type="DATE", value=None)
    month = (qn - 1) * (6 if gran == "half" else 3) + 1
    y = m.group("year")
    rel = (m.group("rel") or "").casefold()
    if y:
        year = _year_of(y, ctx.ref)
    elif ctx.ref is None:
        code = f"H{qn}" if gran == "half" else f"Q{qn}"
        return Resolution(type="DATE", value=f"XXXX-{code}")
    elif rel:
        year = ctx.ref.year + {"this": 0, "last": -1, "next": 1}[rel]
    elif m.group("ago"):
        year = ctx.ref.year - 1
    else:
        year = _quarter_year(dt.date(2000, month, 1), ctx, gran)
    return _point(Granule(gran, dt.date(year, month, 1)), m)


_ENDED = regex.compile(
    r"^[^\S\n]{1,3}(?:which[^\S\n]+|that[^\S\n]+)?(?:ended|ending|ends|through)[^\S\n]{1,3}"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?[^\S\n]{1,3}\d{1,2}"
    r"(?:,[^\S\n]{1,3}(?P<year>(?:19|20)\d\d))?"
)


def _h_quarter_ref(m: GrammarMatch, ctx: _Ctx) -> Resolution:
    which = (m.group("which") or "").casefold()
    unit = (m.group("qunit") or "").casefold()
    shift = (
        -1
        if (
            "year-" in which
            or "a year" in m.text.casefold()
            or "last year" in which
            or "last year" in m.text.casefold()[len(which) :]
        )
        else 0
    )
    if ctx.ref is None:
        return Resolution(type="DATE", value=None)
    ended = _ENDED.match(ctx.after)
    if ended and unit in ("quarter", "period"):
        month = _month_number(ended.group("month"))
        year = (
            int(ended.group("year"))
            if ended.group("year")
            else choose_year(month, None, ctx.ref, Tense.PAST)
        )
        q = Granule("quarter", dt.date(year, month, 1).replace(month=(month - 1) // 3 * 3 + 1))
        return _point(q.shift(shift, "year"), m)
    cur = Granule.of_day(ctx.ref).coarsen("quarter")
    if m.group("year"):
        # "the 1988 quarter", "the 1989 period": the narrative quarter in that year
        year = int(m.group("year") or 0)
        found = ctx.anchor("quarter")
        if found is not None and found[0] is not None:
            g = found[1]
            return _point(Granule(g.gran, g.start.replace(year=year)), m)
        return _point(Granule("year", dt.date(year, 1, 1)), m)
    if which in ("latest", "most recent"):
        return _point(cur.shift(-1, "quarter"), m)
    if which == "current":
        return _point(cur, m)  # "the current quarter": the one under way at publication
    if which == "this":
        found = ctx.anchor("quarter")
        if found is not None and found[0] is not None:
            return _point(found[1], m, anchor=found[0], relation="same")
        return _point(cur, m)
    if which == "next":
        return _point(cur.shift(1, "quarter"), m)
    if which in ("last", "previous", "prior", "past"):
        return _point(cur.shift(-1, "quarter"), m)
    found = ctx.anchor("quarter")
    if found is not None and found[0] is not None and found[1].gran in ("quarter", "half", "month"):
        idx, g = found
        g = g if g.gran != "month" or unit == "period" else g.coarsen("quarter")
        return _point(
            g.shift(shift, "year"),
            m,
            anchor=idx,
            relation="before" if shift else "same",
            offset="P1Y" if shift else None,
        )
    if unit == "period" and not which:
        return Resolution(type="DATE", value=None)
    # The quarter most recently completed at publication (quarterly results are reported late).
    return _point(cur.shift(-1, "quarter").shift(shift, "year"), m)


_REL_SHIFT = {
    "this": 0,
    "current": 0,
    "present": 0,
    "last": -1,
    "past": -1,
    "previous": -1,
    "next": 1,
    "coming": 1,
    "upcoming": 1,
    "following": 1,
    "preceding": -1,
    "prior": -1,
    "ensuing": 1,
    "subsequent": 1,
    "same": 0,
    "that": 0,
    "recent": -1,
    "latest": 0,
    "final": 0,
    "first": 0,
    "very next": 1,
    "the": 0,
}
_ANAPHORIC_RELS = {
    "previous",
    "following",
    "preceding",
    "prior",
    "ensuing",
    "subsequent",
    "same",
    "that",
    "the",
    "very next",
}
_UNIT_GRAN = {
    "day": "day",
    "night": "pod",
    "week": "week",
    "weekend": "weekend",
    "fortnight": "week",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "decade": "decade",
    "century": "century",
    "millennium": "century",
}


def _relation_for(shift: int) -> str:
    return "after" if shift > 0 else "before" if shift < 0 else "same"


def _h_relative(m: GrammarMatch, ctx: _Ctx) -> Resolution:
    rel = rx.sub(r"\s+", " ", (m.group("rel") or "").casefold()) or "that"
    text = m.text.casefold()
    has_the = rx.search(r"\bthe\s+" + regex.escape(rel.split()[0]), text) is not None
    shift = _REL_SHIFT.get(rel, 0)
    direction = (m.group("dir") or "").casefold()
    if direction:
        shift = -1 if direction == "before" else 1
    deictic = (m.group("deictic") or "").casefold()
    # "the next day" / "the following week" / "that year" refer to the narrative time;
    # "next week" / "last year" / "this month" to the publication date.
    anaphoric = rel in _ANAPHORIC_RELS or (
        has_the and rel in ("next", "past", "last", "coming", "first")
    )
    if rel in ("past", "last", "coming", "next", "first") and has_the:
        anaphoric = rel in ("next", "first")
    if deictic:
        anaphoric = False
    unit = (m.group("unit") or "").casefold()
    mod = _mod_of(m)
    if m.group("month"):
        return _rel_month(m, ctx, rel, anaphoric, mod)
    if m.group("weekday"):
        return _rel_weekday(m, ctx, rel, anaphoric, mod)
    if m.group("season"):
        return _rel_season(m, ctx, rel, shift, mod)
    pod = _pod_code(m.group("pod")) or (
        _pod_code(unit) if unit in ("morning", "afternoon", "evening") else None
    )
    if unit == "night":
        pod = "NI"
    if m.group("fiscal"):
        unit = "year"
    if rel == "latest" and unit in ("year", "quarter", "month"):
        shift = -1  # "the latest fiscal year": the last one completed (and reported)
    if pod:
        unit = "day"
    if (rel in ("past", "last", "recent") and has_the and unit in ("decade", "century")) or (
        rel in ("past", "recent") and unit in ("decade", "century")
    ):
        return Resolution(type="DURATION", value=duration_value(1, unit), mod=mod)
    if unit not in _UNIT_GRAN:
        return Resolution(type="DATE", value=None)
    gran = _UNIT_GRAN[unit]
    if pod:
        gran = "day"
    if anaphoric:
        found = ctx.anchor(gran)
        if found is None:
            return Resolution(type="DATE", value=None)
        idx, base = found
        base = base.coarsen(gran) if base.rank <= _RANK[gran] else base
        if base.gran != gran and base.rank > _RANK[gran]:
            # the anchor is coarser than needed ("2026 ... the next day"): give up the anchor
            if ctx.ref is None:
                return Resolution(type="DATE", value=None)
            idx, base = None, Granule.of_day(ctx.ref).coarsen(gran)
        g = base.shift(shift, unit if unit != "night" else "day")
        if pod:
            g = Granule("pod", g.start, pod)
        offset = (
            None if shift == 0 else duration_value(abs(shift), unit if unit != "night" else "day")
        )
        return _point(g, m, mod=mod, anchor=idx, relation=_relation_for(shift), offset=offset)
    if ctx.ref is None:
        return Resolution(type="DATE", value=None)
    base = Granule.of_day(ctx.ref)
    if deictic:
        base = base.shift({"yesterday": -1, "tomorrow": 1}.get(deictic, 0), "day")
    g = base.coarsen(gran).shift(shift, unit if unit != "night" else "day")
    if pod:
        g = Granule("pod", g.start, pod)
    return _point(g, m, mod=mod)


def _rel_month(
    m: GrammarMatch, ctx: _Ctx, rel: str, anaphoric: bool, mod: str | None
) -> Resolution:
    month = _month_number(m.group("month") or "")
    if ctx.ref is None:
        return Resolution(type="DATE", value=f"XXXX-{month:02d}", mod=mod)
    y = ctx.ref.year
    if rel in ("last", "past", "previous", "recent", "preceding", "prior"):
        year = y if month < ctx.ref.month else y - 1
    elif rel in ("next", "coming", "upcoming", "following"):
        year = y if month > ctx.ref.month else y + 1
    elif rel in ("this", "current"):
        year = y
    else:
        year = choose_year(month, None, ctx.ref, ctx.tense)
    return _point(Granule("month", dt.date(year, month, 1)), m, mod=mod)


def _rel_weekday(
    m: GrammarMatch, ctx: _Ctx, rel: str, anaphoric: bool, mod: str | None
) -> Resolution:
    wd = _weekday_number(m.group("weekday") or "")
    if ctx.ref is None:
        return Resolution(type="DATE", value=f"XXXX-WXX-{wd + 1}", mod=mod)
    ref, idx = ctx.ref, None
    if anaphoric and rel in (
        "previous",
        "preceding",
        "prior",
        "following",
        "next",
        "ensuing",
        "subsequent",
    ):
        # "the previous Friday": the Friday before the narrative day, not before publication
        found = ctx.anchor("day")
        if found is not None and found[0] is not None:
            idx, ref = found[0], found[1].start
    if rel in ("last", "past", "previous", "recent", "preceding", "prior"):
        d = weekday_date(wd, ref - dt.timedelta(days=1), Tense.PAST)
    elif rel in ("next", "coming", "upcoming", "following", "ensuing", "subsequent"):
        d = weekday_date(wd, ref + dt.timedelta(days=1), Tense.FUTURE)
    else:
        d = weekday_date(wd, ref, ctx.tense)
    pod = _pod_code(m.group("pod"))
    g = Granule("pod", d, pod) if pod else Granule.of_day(d)
    if idx is not None:
        return _point(g, m, mod=mod, anchor=idx, relation=_relation_for(-1 if d < ref else 1))
    return _point(g, m, mod=mod)


def _rel_season(m: GrammarMatch, ctx: _Ctx, rel: str, shift: int, mod: str | None) -> Resolution:
    code = _SEASON_CODE[(m.group("season") or "").casefold()]
    if ctx.ref is None:
        return Resolution(type="DATE", value=f"XXXX-{code}", mod=mod)
    cur = Granule.of_day(ctx.ref).coarsen("season")
    this_year = ctx.ref.year - (1 if code == "WI" and ctx.ref.month <= 2 else 0)
    g = Granule("season", dt.date(this_year, _SEASON_START[code], 1))
    if shift < 0 and g.start >= cur.start:
        g = g.shift(-1, "year")
    elif shift > 0 and g.start <= cur.start:
        g = g.shift(1, "year")
    return _point(g, m, mod=mod)


def _h_deictic(m: GrammarMatch, ctx: _Ctx) -> Resolution:
    word = (m.group("deictic") or "").casefold()
    if (
        word == "today"
        and ctx.tense is Tense.PRESENT
        and not m.group("pod")
        and m.text == "Today"
        and ctx.after.startswith(",")
        and (not ctx.before.strip() or ctx.before.rstrip()[-1] in ".!?\n")
    ):
        return Resolution(type="DATE", value="PRESENT_REF")  # "Today, Ukraine remains free"
    pod = _pod_code(m.group("pod"))
    if word == "overnight":
        # the night before the narrative day ("stocks fell on Friday after overnight losses in
        # New York"), else before the publication day ("drones struck Kyiv overnight")
        found = ctx.anchor("day")
        if found is not None and found[1].gran in ("day", "pod"):
            return _point(Granule("pod", found[1].start - dt.timedelta(days=1), "NI"), m)
        pod = "NI"
    if word == "tonight":
        pod = "NI"
    shift = {"yesterday": -1, "tomorrow": 1, "last": -1, "overnight": -1}.get(word, 0)
    if word == "last" and pod != "NI":
        shift = 0 if pod is None else -1
    if ctx.ref is None:
        return Resolution(type="DATE", value=None)
    d = ctx.ref + dt.timedelta(days=shift)
    g = Granule("pod", d, pod) if pod else Granule.of_day(d)
    return _point(g, m)


_EARLIER = {"ago", "earlier", "before", "back", "previously", "prior"}
_EVENT_AFTER = regex.compile(
    r"^[^\S\n]{1,3}(?:the|a|an|his|her|its|their|our|this|that|these|those|my|your|[A-Z]\w|"
    r"\d|being|having|[a-z]+ing\b|it\b|he\b|she\b|they\b|we\b|I\b)"
)


def _h_ago_later(m: GrammarMatch, ctx: _Ctx) -> Resolution:
    unit = unit_name(m.group("unit") or "")
    direction = rx.sub(r"\s+", " ", (m.group("dir") or "").casefold())
    q = m.group("quant")
    n = (
        parse_quantity(q)
        if q
        else (
            1.0 if unit_name(m.group("unit") or "") == (m.group("unit") or "").casefold() else None
        )
    )
    if "or so" in m.text.casefold() or "or two" in m.text.casefold():
        n = 1.0 if "or so" in m.text.casefold() else None
    if n is not None and "and a half" in m.text.casefold():
        n += 0.5
    sign = -1 if direction in _EARLIER else 1
    mod = _mod_of(m)
    dur = duration_value(n, unit)
    dir_start = m.text.casefold().rfind(direction.split()[0])
    if direction in ("before", "after") and _EVENT_AFTER.match(ctx.after):
        # "one day before the expiration": a distance to an event; the span is the duration.
        end = m.start + len(m.text[:dir_start].rstrip())
        return Resolution(
            type="DURATION", value=dur, mod=mod, relation=_relation_for(sign), offset=dur, end=end
        )
    if direction in ("ago", "back", "hence", "from now"):
        if ctx.ref is None:
            return Resolution(type="DATE", value=None, mod=mod)
        if n is None:
            return Resolution(type="DATE", value="PAST_REF" if sign < 0 else "FUTURE_REF", mod=mod)
        gran = {
            "second": "day",
            "minute": "day",
            "hour": "day",
            "night": "day",
            "fortnight": "week",
            "weekend": "week",
            "decade": "year",
            "century": "year",
            "millennium": "year",
        }.get(unit, unit)
        base = Granule.of_day(ctx.ref)
        if unit == "year" and n == int(n):
            found = ctx.anchor("quarter-near")
            if found is not None and found[0] is not None and found[1].gran == "quarter":
                idx, q_g = found
                return _point(
                    q_g.shift(-n, "year"), m, mod=mod, anchor=idx, relation="before", offset=dur
                )
        g = base.coarsen(gran) if gran in _RANK else base
        if mod in ("LESS_THAN", "EQUAL_OR_LESS") and sign < 0 and unit in ("day", "week", "month"):
            # "less than a week ago": some time between then and now
            start = Granule.of_day(ctx.ref).shift(-n, unit)
            return Resolution(type="DATE", value=f"{start.value}/{ctx.ref.isoformat()}", mod=mod)
        if unit in ("hour", "minute", "second"):
            shifted = _shift_clock(ctx, -n if sign < 0 else n, unit)
            return _point(Granule.of_day(shifted), m, mod=mod)
        g = g.shift(sign * n, unit)
        return _point(g, m, mod=mod)
    # anaphoric: "hours later", "a year earlier", "two days after"
    if sign > 0 and q is not None and n is not None and not (unit == "year" and n == 1):
        # "three days later": TimeBank marks the distance ("three days", P3D); the day it
        # lands on (the narrative day moved forward) rides along as the granule
        end = m.start + len(m.text[:dir_start].rstrip())
        found_target = _offset_target(ctx, unit, n, sign)
        idx, target = found_target if found_target is not None else (None, None)
        return Resolution(
            type="DURATION",
            value=dur,
            granule=target,
            mod=mod,
            anchor=idx,
            relation="after",
            offset=dur,
            end=end,
        )
    if n is None and unit not in ("hour", "minute", "second"):
        return Resolution(
            type="DURATION", value=dur, mod=mod, relation=_relation_for(sign), offset=dur
        )
    if ctx.anchor(_offset_need(unit)) is None:
        return Resolution(
            type="DURATION", value=dur, mod=mod, relation=_relation_for(sign), offset=dur
        )
    found = _offset_target(ctx, unit, n, sign)
    if found is None:
        return Resolution(type="DATE", value=None)
    idx, g = found
    return _point(g, m, mod=mod, anchor=idx, relation=_relation_for(sign), offset=dur)


def _offset_need(unit: str) -> str:
    """The granularity an anchor needs for an offset of *unit* ("hours later": a day)."""
    if unit in ("hour", "minute", "second"):
        return "time"
    return {
        "night": "day",
        "fortnight": "week",
        "weekend": "week",
        "decade": "year",
        "century": "year",
        "millennium": "year",
    }.get(unit, unit)


def _offset_target(
    ctx: _Ctx, unit: str, n: float | None, sign: int
) -> tuple[int | None, Granule] | None:
    """Where "*n* *unit* later/earlier" lands: the narrative anchor moved *sign* * *n* units.

    The anchor is the latest earlier time fine enough for the unit (else the publication date);
    the result keeps the coarser of the two granularities ("a year earlier" after "the third
    quarter": that quarter a year before). ``None`` when there is no anchor at all.
    """
    need = _offset_need(unit)
    found = ctx.anchor(need)
    if found is None:
        return None
    if need == "time":
        need = "day"
    idx, base = found
    if base.rank > _RANK.get(need, 0):
        if ctx.ref is None:
            return None
        idx, base = None, Granule.of_day(ctx.ref)
    if unit in ("hour", "minute", "second"):
        g = base
        if (base.gran == "time" and n is not None) or base.gran == "pod":
            g = Granule.of_day(base.start)
        return idx, g
    if unit == "year" and base.gran in ("quarter", "half", "month", "season"):
        g = base.shift(sign * (n or 1), unit)
    elif unit in ("week", "fortnight") and base.gran in ("day", "pod", "time"):
        g = Granule.of_day(base.start).shift(sign * (n or 1), unit)
    else:
        gran = need if _RANK.get(need, 0) >= base.rank else base.gran
        if base.gran in ("pod", "time"):
            base = Granule.of_day(base.start)
            gran = need if _RANK.get(need, 0) >= base.rank else "day"
        g = base.coarsen(gran).shift(sign * (n or 1), unit)
    return idx, g


def _shift_clock(ctx: _Ctx, n: float, unit: str) -> dt.date:
    assert ctx.ref is not None
    base = ctx.ref_time or dt.datetime(ctx.ref.year, ctx.ref.month, ctx.ref.day, 12)
    delta = {
        "hour": dt.timedelta(hours=n),
        "minute": dt.timedelta(minutes=n),
        "second": dt.timedelta(seconds=n),
    }[unit]
    return (base + delta).date()


def _h_duration(m: GrammarMatch, ctx: _Ctx) -> Resolution:
    unit = unit_name(m.group("unit") or "")
    q = m.group("quant")
    text = m.text.casefold()
    if m.group("half") and not q:
        n: float | None = 0.5
    elif q is None or "matter of" in text:
        # a bare plural ("for years") or singular ("a decade" has quant "a")
        n = None if (m.group("unit") or "").casefold() != unit else 1.0
    else:
        n = parse_quantity(q)
    if n is not None and "and a half" in text:
        n += 0.5
    if n is not None and n > 10000:
        return Resolution(type="DURATION", value=None)
    return Resolution(type="DURATION", value=duration_value(n, unit), mod=_mod_of(m))


_FUTURE = {"the near term", "the short term", "the long term", "a later date"}
_PRESENT = {
    "now",
    "currently",
    "nowadays",
    "presently",
    "at present",
    "at the moment",
    "for now",
    "right now",
    "these days",
    "current",
    "present",
    "the present",
    "to date",
    "until now",
    "till now",
    "so far",
    "any day now",
}
_PAST = {
    "recently",
    "lately",
    "previously",
    "formerly",
    "earlier",
    "the past",
    "past",
    "in the past",
    "recent",
    "the recent past",
    "recent past",
    "of late",
    "hitherto",
    "former",
    "once again",
}


def _h_vague(m: GrammarMatch, ctx: _Ctx) -> Resolution:
    v = rx.sub(r"\s+", " ", (m.group("vague") or "").casefold())
    if m.group("unit") and v in ("recent", "past"):
        return Resolution(
            type="DURATION", value=duration_value(None, unit_name(m.group("unit") or ""))
        )
    if v in _PRESENT:
        return Resolution(type="DATE", value="PRESENT_REF")
    if v in _PAST or v.startswith("recent"):
        return Resolution(type="DATE", value="PAST_REF")
    return Resolution(type="DATE", value="FUTURE_REF")


_ADVERB_SET = {
    "daily": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "yearly": "P1Y",
    "annually": "P1Y",
    "annual": "P1Y",
    "quarterly": "P3M",
    "hourly": "PT1H",
    "nightly": "P1D",
    "biweekly": "P2W",
    "bimonthly": "P2M",
    "biannually": "P6M",
    "biannual": "P6M",
    "semiannually": "P6M",
    "semiannual": "P6M",
    "semi-annually": "P6M",
    "semi-annual": "P6M",
    "fortnightly": "P2W",
    "weeknights": "XXXX-WXX-XTNI",
    "weekdays": "XXXX-WXX-WD",
    "weekends": "XXXX-WXX-WE",
}


def _h_set(m: GrammarMatch, ctx: _Ctx) -> Resolution:
    adverb = m.group("adverb")
    if adverb:
        return Resolution(type="SET", value=_ADVERB_SET[adverb.casefold()])
    if m.group("month"):
        return Resolution(type="SET", value=f"XXXX-{_month_number(m.group('month') or ''):02d}")
    unit_text = (m.group("unit") or "").casefold()
    if unit_text in ("morning", "afternoon", "evening"):
        return Resolution(type="SET", value=f"XXXX-XX-XXT{_pod_code(unit_text)}")
    unit = unit_name(unit_text)
    q = m.group("quant")
    n = parse_quantity(q) if q else 1.0
    if m.group("other"):
        n = (n or 1) * 2
    return Resolution(type="SET", value=duration_value(n, unit))


def _h_time(m: GrammarMatch, ctx: _Ctx) -> Resolution:
    if m.group("noon"):
        word = (m.group("noon") or "").casefold()
        hour, minute = (0, 0) if word == "midnight" else (12, 0)
    else:
        hour = int(m.group("hour") or 0)
        minute = int(m.group("minute") or 0)
        ampm = (m.group("ampm") or "").casefold().replace(".", "")
        if m.group("daypart"):
            ampm = "am" if (m.group("daypart") or "").casefold() == "morning" else "pm"
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        if hour > 23:
            return Resolution(type="TIME", value=None)
    clock = f"{hour:02d}:{minute:02d}"
    day: dt.date | None = None
    wd, deictic = m.group("weekday"), (m.group("deictic") or "").casefold()
    lead = (m.group("mod") or "").casefold()
    tense = Tense.FUTURE if lead in ("until", "by") else ctx.tense
    y = m.group("year")
    if m.group("month") and (y or ctx.ref is not None):
        month, dnum = _month_number(m.group("month") or ""), int(m.group("day") or 0)
        if y:
            year = _year_of(y, ctx.ref)
        else:
            assert ctx.ref is not None
            year = choose_year(month, dnum, ctx.ref, tense)
        day = dt.date(year, month, dnum)
    elif wd and ctx.ref is not None:
        day = weekday_date(_weekday_number(wd), ctx.ref, tense)
    elif deictic and ctx.ref is not None:
        day = ctx.ref + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(deictic, 0))
    elif ctx.sentence_date is not None and ctx.sentence_date.gran in ("day", "pod", "time"):
        day = ctx.sentence_date.start
    elif ctx.ref is not None:
        day = ctx.ref
    if day is None:
        return Resolution(type="TIME", value=f"XXXX-XX-XXT{clock}", mod=_mod_of(m))
    return _point(Granule("time", day, clock), m)


def _h_season(m: GrammarMatch, ctx: _Ctx) -> Resolution:
    code = _SEASON_CODE[(m.group("season") or "").casefold()]
    if m.group("year"):
        year = int(m.group("year") or 0)
    elif m.group("spelled"):
        year = _spelled_year(m.group("spelled") or "")
    elif ctx.ref is None:
        return Resolution(type="DATE", value=f"XXXX-{code}", mod=_mod_of(m))
    else:
        # "the summer": the current season, else the nearest by tense
        month = _SEASON_START[code]
        year = choose_year(month, None, ctx.ref, ctx.tense)
        g = Granule.of_day(ctx.ref).coarsen("season")
        if g.value.endswith(code):
            return _point(g, m)
    return _point(Granule("season", dt.date(year, _SEASON_START[code], 1)), m)


def _h_holiday(m: GrammarMatch, ctx: _Ctx, table: Any = None) -> Resolution:
    from timeline.extraction.holidays import DEFAULT_HOLIDAYS

    h = (table or DEFAULT_HOLIDAYS).get(m.group("holiday") or "")
    if h is None:
        return Resolution(type="DATE", value=None)
    y = m.group("year")
    if y:
        d = h.on(int(y))
    elif ctx.ref is None:
        return Resolution(type="DATE", value=None)
    else:
        d = _holiday_near(h, ctx.ref, ctx.tense)
    if d is None:
        return Resolution(type="DATE", value=None)
    return _point(Granule.of_day(d), m)


def _holiday_near(h: Any, ref: dt.date, tense: Tense) -> dt.date | None:
    cands = [d for d in (h.on(ref.year - 1), h.on(ref.year), h.on(ref.year + 1)) if d is not None]
    if not cands:
        return None
    first = cands[0]
    year = choose_year(first.month, first.day, ref, tense)
    return h.on(year) or min(cands, key=lambda d: abs((d - ref).days))


def _h_the_unit(m: GrammarMatch, ctx: _Ctx) -> Resolution:
    unit = (m.group("unit") or "").casefold()
    which = (m.group("which") or "").casefold()
    if unit == "year" and (_ENDED.match(ctx.after) or which == "fiscal"):
        return Resolution(type="DURATION", value="P1Y")
    if ctx.ref is None:
        return Resolution(type="DATE", value=None)
    if unit == "weekend":
        ref = ctx.ref
        if ctx.tense is Tense.FUTURE or ref.weekday() >= 5:
            sat = ref + dt.timedelta(days=(5 - ref.weekday()) % 7 if ref.weekday() < 5 else 0)
        else:
            sat = ref - dt.timedelta(days=ref.weekday() + 2)
        return _point(Granule("weekend", sat - dt.timedelta(days=sat.weekday())), m)
    found = ctx.anchor(unit)
    if which in ("full", "current", "calendar") and unit == "year":
        # "the full year", "the current year": the year of the period reported on (the latest
        # quarter or half), else the publication year; never an unrelated year in the text
        found = ctx.anchor("quarter")
        if found is None or found[0] is None:
            found = (None, Granule.of_day(ctx.ref))
    if found is None:
        return Resolution(type="DATE", value=None)
    idx, base = found
    gran = "week" if unit == "week" else "year"
    if which in ("latest", "latest fiscal") and unit == "year":
        return _point(Granule.of_day(ctx.ref).coarsen("year").shift(-1, "year"), m)
    return _point(
        base.coarsen(gran) if base.rank <= _RANK[gran] else Granule.of_day(ctx.ref).coarsen(gran),
        m,
        anchor=idx,
        relation="same" if idx is not None else None,
    )


_SINCE = regex.compile(
    r"\bsince[^\S\n]{1,3}(?:(?:early|late|mid)-?[^\S\n]{0,3})?$", regex.IGNORECASE
)


def _h_unit_end(m: GrammarMatch, ctx: _Ctx) -> Resolution:
    unit = (m.group("unit") or "").casefold()
    if ctx.ref is None:
        return Resolution(type="DATE", value=None, mod="END")
    found = ctx.anchor(unit)
    if not m.text.casefold().lstrip().startswith(("the", "end")) and unit == "year":
        # "year-end", "year's end": the current one (deictic), the last one after "since"
        found = None
        if _SINCE.search(ctx.before):
            found = (None, Granule.of_day(ctx.ref).coarsen("year").shift(-1, "year"))
    base = found[1] if found is not None else Granule.of_day(ctx.ref)
    idx = found[0] if found is not None else None
    gran = _UNIT_GRAN.get(unit, "year")
    g = base.coarsen(gran) if base.rank <= _RANK[gran] else Granule.of_day(ctx.ref).coarsen(gran)
    return _point(g, m, mod="END", anchor=idx)


def _h_year_ago(m: GrammarMatch, ctx: _Ctx) -> Resolution:
    if ctx.ref is None:
        return Resolution(type="DATE", value=None)
    found = ctx.anchor("quarter-near")
    if found is not None and found[0] is not None:
        return _point(
            found[1].shift(-1, "year"), m, anchor=found[0], relation="before", offset="P1Y"
        )
    return _point(Granule.of_day(ctx.ref).coarsen("year").shift(-1, "year"), m)


def _h_date_range(m: GrammarMatch, ctx: _Ctx) -> Resolution:
    first = _h_date(m, ctx)
    day2 = int(m.group("day2") or 0)
    if first.granule is None:
        return first
    start = first.granule.start
    if day2 <= start.day:
        return first
    end = start.replace(day=day2)
    return Resolution(
        type="DATE",
        value=f"{start.isoformat()}/{end.isoformat()}",
        granule=first.granule,
        mod=first.mod,
    )


_APPOSITION = regex.compile(
    r"(?:\d|day|night|morning|afternoon|evening|week|month|year|today|yesterday|tomorrow)"
    r"['\u2019]?s?\.?,[^\S\n]{0,3}$",
    regex.IGNORECASE,
)


def _h_event_relative(m: GrammarMatch, ctx: _Ctx) -> Resolution:
    """ "the day after his death": the narrative day (when one is near) moved by one unit.

    In apposition ("Oct. 12, the day before the plunge") the phrase names that same day. With
    no narrative time nearby, or a result the clause's tense rules out, there is no value.
    """
    unit = (m.group("unit") or "").casefold()
    pod = _pod_code(unit)
    gran = "day" if pod else unit
    found = ctx.anchor("near:" + gran)
    if found is None or found[0] is None or found[1].rank > _RANK[gran]:
        return Resolution(type="DATE", value=None)
    idx, base = found
    same = _APPOSITION.search(ctx.before) is not None
    shift = 0 if same else (1 if (m.group("dir") or "").casefold() == "after" else -1)
    g = Granule.of_day(base.start) if gran == "day" else base.coarsen(gran)
    g = g.shift(shift, gran)
    if pod:
        g = Granule("pod", g.start, pod)
    if ctx.ref is not None and (
        (ctx.tense is Tense.PAST and g.start > ctx.ref)
        or (ctx.tense is Tense.FUTURE and g.end() <= ctx.ref)
    ):
        return Resolution(type="DATE", value=None)
    offset = None if shift == 0 else duration_value(1, gran)
    end = m.start + len(m.group("head") or m.text)
    return _point(g, m, mod=None, anchor=idx, relation=_relation_for(shift), offset=offset, end=end)


_HANDLERS: dict[str, Callable[[GrammarMatch, _Ctx], Resolution]] = {
    "event_relative": _h_event_relative,
    "date_range": _h_date_range,
    "the_unit": _h_the_unit,
    "unit_end": _h_unit_end,
    "year_ago": _h_year_ago,
    "iso": _h_iso,
    "numeric_date": _h_numeric,
    "date": _h_date,
    "month": _h_month,
    "weekday": _h_weekday,
    "set_weekday": _h_set_weekday,
    "year_range": _h_year_range,
    "year": _h_year,
    "decade": _h_decade,
    "century": _h_century,
    "quarter": _h_quarter,
    "quarter_ref": _h_quarter_ref,
    "relative": _h_relative,
    "deictic": _h_deictic,
    "ago_later": _h_ago_later,
    "duration": _h_duration,
    "vague": _h_vague,
    "set": _h_set,
    "time": _h_time,
    "season": _h_season,
    "holiday": _h_holiday,
}


# ----------------------------------------------------------------------------- dateparser


@functools.lru_cache(maxsize=8)
def _parser(prefer: str, base: dt.datetime | None) -> Any:
    """A ``DateDataParser`` for one frozen configuration (cached; never module-level)."""
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": prefer,
        "RETURN_TIME_AS_PERIOD": True,
        "PREFER_DAY_OF_MONTH": "first",
        "STRICT_PARSING": False,
        "REQUIRE_PARTS": [],
        "TIMEZONE": "UTC",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if base is not None:
        settings["RELATIVE_BASE"] = base
    return DateDataParser(languages=["en"], settings=settings)


@functools.lru_cache(maxsize=4096)
def parse_date_text(text: str, reference: dt.date | None, prefer: str = "past") -> str | None:
    """Normalise a calendar expression with ``dateparser`` (a fallback for unusual forms).

    The value keeps the granularity dateparser reports (its ``period``): a month gives
    ``"YYYY-MM"``, a year ``"YYYY"``. Results are cached on (text, reference, prefer).

    Args:
        text: The expression.
        reference: The publication date (``RELATIVE_BASE``).
        prefer: ``"past"``, ``"future"`` or ``"current_period"`` (``PREFER_DATES_FROM``).

    Returns:
        The TIMEX3 value, or ``None`` when dateparser cannot read it.

    Examples:
        >>> import datetime as dt
        >>> parse_date_text("4 February 2026", dt.date(2026, 2, 5))
        '2026-02-04'
        >>> parse_date_text("November 2025", None)
        '2025-11'
        >>> parse_date_text("no date here", None) is None
        True
    """
    base = dt.datetime(reference.year, reference.month, reference.day) if reference else None
    try:
        data = _parser(prefer, base).get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input; treat as unreadable
        return None
    d = data.date_obj
    if d is None:
        return None
    period = data.period or "day"
    if period == "year":
        return f"{d.year:04d}"
    if period == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if period == "week":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if period in ("time", "hour", "minute", "second"):
        return d.strftime("%Y-%m-%dT%H:%M")
    return d.date().isoformat()
