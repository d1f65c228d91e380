"""Time values: :class:`When`, an uncertain interval with a granularity.

A time in news text is rarely a point. "Feb. 4, 2026" is some moment (or all) of a day; "in
November" is a month; "2026-2030" is a span of five years. A :class:`When` therefore holds four
aware bounds, in the style of CIDOC-CRM time-spans and EDTF::

    earliest_start <= latest_start,  earliest_end <= latest_end,
    earliest_start <= earliest_end,  latest_start <= latest_end

plus the :class:`Granularity` it was stated in, and whether the event *fills* the span
(``durative=True``) or happens somewhere *within* it (the default).

Bounds are half-open instants: the day 2026-02-04 is ``[2026-02-04T00:00, 2026-02-05T00:00)`` in
its zone. Days, weeks, months... are computed on the local calendar of the zone, so a day is 23 or
25 hours long across a daylight-saving change.

This is the only module of the library that knows the details of :mod:`pendulum`.

Examples:
    >>> from timeline.when import When
    >>> feb4 = When.day(2026, 2, 4)
    >>> str(feb4), feb4.granularity.value
    ('2026-02-04', 'day')
    >>> str(When.parse("2026/2030")), When.parse("2026/2030").durative
    ('2026/2030', True)
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final, NamedTuple, final

import attrs
import pendulum

from timeline.errors import InvalidSpanError, ParseError, UnknownTimezoneError

if TYPE_CHECKING:
    from pendulum import DateTime, Duration

__all__ = [
    "Granularity",
    "When",
    "parse_instant",
    "to_datetime",
    "to_microseconds",
]

_INF: Final = float("inf")
_ONE_US: Final = _dt.timedelta(microseconds=1)
_EPOCH_ORDINAL: Final = _dt.date(1970, 1, 1).toordinal()

_EXPECTED: Final = (
    "an ISO 8601, TIMEX3 or EDTF value such as '2026-02-04', '2025-11', '2026', "
    "'2026-02-04T15:30', '2025-W06', '2025-Q4', '2025-SU', '199' (a decade), '19' (a century), "
    "'2026-02-04TMO', '2026/2030', '../2026-02-04', '2025-11/..', '[2026-01-10..2026-02-04]', "
    "'2025-11~' or 'P3D'"
)


# --------------------------------------------------------------------------------------------
# Granularity
# --------------------------------------------------------------------------------------------


@functools.total_ordering
class Granularity(enum.Enum):
    """The precision a time was stated in, ordered from finest to coarsest.

    Comparison is by rank: ``Granularity.DAY < Granularity.MONTH``. The value is the lower-case
    name.

    .. versionadded:: 0.1.0

    Examples:
        >>> Granularity.DAY < Granularity.MONTH < Granularity.CENTURY
        True
        >>> max(Granularity.WEEK, Granularity.DAY)
        <Granularity.WEEK: 'week'>
        >>> Granularity("quarter")
        <Granularity.QUARTER: 'quarter'>
    """

    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    PART_OF_DAY = "part_of_day"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"

    @property
    def rank(self) -> int:
        """Position from finest (0, ``SECOND``) to coarsest (11, ``CENTURY``).

        Examples:
            >>> Granularity.SECOND.rank, Granularity.CENTURY.rank
            (0, 11)
        """
        return _RANKS[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Granularity):
            return NotImplemented
        return _RANKS[self] < _RANKS[other]

    # Members are singletons compared by identity, so identity hashes them: ranks are looked
    # up for every comparison, and enum's own hash (of the name) runs Python code each time.
    __hash__ = object.__hash__


_RANKS: Final = {g: i for i, g in enumerate(Granularity)}

# Granularities whose labels form the plain ISO calendar chain, coarsest first.
_CHAIN: Final = (
    Granularity.YEAR,
    Granularity.MONTH,
    Granularity.DAY,
    Granularity.HOUR,
    Granularity.MINUTE,
    Granularity.SECOND,
)

_SEASONS: Final = ("SP", "SU", "FA", "WI")
_SEASON_START_MONTH: Final = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# EDTF level 1/2 codes for seasons (21-24) and quarters (33-36).
_EDTF_SEASON: Final = {"SP": 21, "SU": 22, "FA": 23, "WI": 24}
_PARTS_OF_DAY: Final = {"MO": (6, 12), "AF": (12, 18), "EV": (18, 22), "NI": (22, 30)}


# --------------------------------------------------------------------------------------------
# Zones and instants
# --------------------------------------------------------------------------------------------

_OFFSET_RE: Final = re.compile(r"^(?:Z|[+-]\d{2}(?::?\d{2})?)$")


@functools.cache
def _zone(name: str) -> Any:
    if name in ("UTC", "Z", "utc"):
        return pendulum.UTC
    if _OFFSET_RE.match(name):
        sign = -1 if name[0] == "-" else 1
        digits = name[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
        if hours > 23 or minutes > 59:
            raise UnknownTimezoneError.for_zone(name)
        return pendulum.FixedTimezone(sign * (hours * 3600 + minutes * 60))
    try:
        return pendulum.timezone(name)
    except (ValueError, OSError) as exc:  # pendulum's InvalidTimezone is a ValueError
        raise UnknownTimezoneError.for_zone(name) from exc


def _resolve_zone(tz: object) -> Any:
    """Return a tzinfo for ``tz`` (a name, an offset such as ``+08:00``, or a tzinfo)."""
    if tz is None:
        return pendulum.UTC
    if isinstance(tz, str):
        return _zone(tz)
    if isinstance(tz, _dt.tzinfo):
        return tz
    raise UnknownTimezoneError.for_zone(tz)


def to_microseconds(dt: _dt.datetime) -> int:
    """Return the exact number of microseconds from 1970-01-01T00:00Z to the aware ``dt``.

    Used to compare and subtract instants exactly (floats would lose microseconds).

    Args:
        dt: An aware datetime.

    Returns:
        The signed microsecond count.

    Raises:
        InvalidSpanError: If ``dt`` is naive.

    Examples:
        >>> import pendulum
        >>> to_microseconds(pendulum.datetime(1970, 1, 1, 0, 0, 1, tz="UTC"))
        1000000
        >>> to_microseconds(pendulum.datetime(1970, 1, 1, 1, tz=pendulum.fixed_timezone(3600)))
        0
    """
    offset = dt.utcoffset()
    if offset is None:
        raise InvalidSpanError.for_naive("dt", dt)
    days = dt.toordinal() - _EPOCH_ORDINAL
    seconds = days * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second
    return (seconds * 1_000_000 + dt.microsecond) - offset // _ONE_US


def _shift_abs(t: DateTime, delta: _dt.timedelta) -> DateTime:
    """Add an absolute (elapsed-time) ``delta``, staying in ``t``'s zone."""
    zone: Any = t.tzinfo
    result: DateTime = (t.in_timezone("UTC") + delta).in_timezone(zone)
    return result


def _make(year: int, month: int = 1, day: int = 1, hour: int = 0, minute: int = 0,
          second: int = 0, microsecond: int = 0, *, tz: Any) -> DateTime:
    try:
        return pendulum.datetime(year, month, day, hour, minute, second, microsecond, tz=tz)
    except (ValueError, OverflowError) as exc:
        raise InvalidSpanError(
            f"no such time {year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
            f": {exc}; years must be in 1..9998"
        ) from exc


def to_datetime(obj: object, tz: str | _dt.tzinfo | None = None) -> DateTime:
    """Convert ``obj`` to an aware :class:`pendulum.DateTime`.

    Args:
        obj: An aware datetime (kept in its zone unless ``tz`` is given), a naive datetime or a
            date (interpreted in ``tz``), or an ISO 8601 string (see :func:`parse_instant`).
        tz: Zone name or tzinfo; required for naive values.

    Returns:
        The aware datetime.

    Raises:
        InvalidSpanError: If ``obj`` is naive and ``tz`` is None.
        UnknownTimezoneError: If ``tz`` is not a known zone.
        ParseError: If a string cannot be parsed.
        TypeError: If ``obj`` is of another type.

    Examples:
        >>> import datetime as dt
        >>> to_datetime(dt.date(2026, 2, 4), "Asia/Shanghai").isoformat()
        '2026-02-04T00:00:00+08:00'
        >>> to_datetime(dt.datetime(2026, 2, 4, 15, 30, tzinfo=dt.timezone.utc)).isoformat()
        '2026-02-04T15:30:00+00:00'
        >>> to_datetime("2026-02-04T15:30", "UTC").isoformat()
        '2026-02-04T15:30:00+00:00'
    """
    if isinstance(obj, str):
        return parse_instant(obj, "UTC" if tz is None else tz)
    if isinstance(obj, _dt.datetime):
        if obj.utcoffset() is None:
            if tz is None:
                raise InvalidSpanError.for_naive("datetime", obj)
            zone = _resolve_zone(tz)
            return _make(obj.year, obj.month, obj.day, obj.hour, obj.minute, obj.second,
                         obj.microsecond, tz=zone)
        result = pendulum.instance(obj)
        return result if tz is None else result.in_timezone(_resolve_zone(tz))
    if isinstance(obj, _dt.date):
        if tz is None:
            raise InvalidSpanError.for_naive("date", obj)
        return _make(obj.year, obj.month, obj.day, tz=_resolve_zone(tz))
    raise TypeError(f"expected a datetime, date or ISO 8601 string, got {type(obj).__name__}")


def parse_instant(text: str, tz: str | _dt.tzinfo | None = "UTC") -> DateTime:
    """Parse an ISO 8601 date or date-time string to the instant where it starts.

    Args:
        text: For instance ``"2026-02-04"``, ``"2026-02-04T15:30"`` or
            ``"2026-02-04T15:30:00+08:00"``. Any value :meth:`When.parse` accepts that has a
            start works; its earliest start is returned.
        tz: Zone for values without an explicit offset.

    Returns:
        The aware instant.

    Raises:
        ParseError: If ``text`` is not such a value or has an open start.

    Examples:
        >>> parse_instant("2026-02-04", "Asia/Shanghai").isoformat()
        '2026-02-04T00:00:00+08:00'
        >>> parse_instant("2025-11").isoformat()
        '2025-11-01T00:00:00+00:00'
    """
    when = When.parse(text, tz=tz)
    if when.earliest_start is None:
        raise ParseError.for_text(text, expected="a date or date-time with a start")
    return when.earliest_start


# --------------------------------------------------------------------------------------------
# Granules: one unit of a granularity (a day, a month, ISO week 6 of 2025...)
# --------------------------------------------------------------------------------------------


class _Granule(NamedTuple):
    label: str
    start: DateTime
    end: DateTime


def _year_granule(year: int, tz: Any) -> _Granule:
    return _Granule(f"{year:04d}", _make(year, tz=tz), _make(year + 1, tz=tz))


def _decade_granule(decade: int, tz: Any) -> _Granule:
    if decade < 1:
        raise InvalidSpanError(f"decade {decade!r} is out of range 1..999 (199 is the 1990s)")
    return _Granule(f"{decade:03d}", _make(decade * 10, tz=tz), _make(decade * 10 + 10, tz=tz))


def _century_granule(century: int, tz: Any) -> _Granule:
    if century < 1:
        raise InvalidSpanError(f"century {century!r} is out of range 1..99 (19 is the 1900s)")
    return _Granule(f"{century:02d}", _make(century * 100, tz=tz),
                    _make(century * 100 + 100, tz=tz))


def _month_granule(year: int, month: int, tz: Any) -> _Granule:
    if not 1 <= month <= 12:
        raise InvalidSpanError(f"month {month!r} is out of range 1..12")
    nxt = (year + 1, 1) if month == 12 else (year, month + 1)
    return _Granule(f"{year:04d}-{month:02d}", _make(year, month, tz=tz), _make(*nxt, tz=tz))


def _quarter_granule(year: int, quarter: int, tz: Any) -> _Granule:
    if not 1 <= quarter <= 4:
        raise InvalidSpanError(f"quarter {quarter!r} is out of range 1..4")
    first = 3 * (quarter - 1) + 1
    nxt = (year + 1, 1) if quarter == 4 else (year, first + 3)
    return _Granule(f"{year:04d}-Q{quarter}", _make(year, first, tz=tz), _make(*nxt, tz=tz))


def _season_granule(year: int, season: str, tz: Any) -> _Granule:
    code = season.upper() if isinstance(season, str) else season
    if code not in _SEASON_START_MONTH:
        raise InvalidSpanError(
            f"season {season!r} is not one of 'SP', 'SU', 'FA', 'WI' (spring, summer, fall, winter)"
        )
    first = _SEASON_START_MONTH[code]
    nxt = (year + 1, 3) if code == "WI" else (year, first + 3)
    return _Granule(f"{year:04d}-{code}", _make(year, first, tz=tz), _make(*nxt, tz=tz))


def _week_granule(year: int, week: int, tz: Any) -> _Granule:
    try:
        monday = _dt.date.fromisocalendar(year, week, 1)
    except ValueError as exc:
        raise InvalidSpanError(f"ISO week {year:04d}-W{week:02d} does not exist: {exc}") from exc
    sunday_next = monday + _dt.timedelta(days=7)
    return _Granule(
        f"{year:04d}-W{week:02d}",
        _make(monday.year, monday.month, monday.day, tz=tz),
        _make(sunday_next.year, sunday_next.month, sunday_next.day, tz=tz),
    )


def _day_granule(year: int, month: int, day: int, tz: Any) -> _Granule:
    try:
        date = _dt.date(year, month, day)
        nxt = date + _dt.timedelta(days=1)
    except (ValueError, OverflowError) as exc:
        raise InvalidSpanError(f"no such day {year:04d}-{month:02d}-{day:02d}: {exc}") from exc
    return _Granule(
        date.isoformat(),
        _make(year, month, day, tz=tz),
        _make(nxt.year, nxt.month, nxt.day, tz=tz),
    )


def _part_of_day_granule(year: int, month: int, day: int, part: str, tz: Any) -> _Granule:
    code = part.upper() if isinstance(part, str) else part
    if code not in _PARTS_OF_DAY:
        raise InvalidSpanError(
            f"part of day {part!r} is not one of 'MO', 'AF', 'EV', 'NI' "
            "(morning, afternoon, evening, night)"
        )
    first, last = _PARTS_OF_DAY[code]
    date = _dt.date(year, month, day)
    end_date = date + _dt.timedelta(days=last // 24)
    return _Granule(
        f"{date.isoformat()}T{code}",
        _make(year, month, day, first, tz=tz),
        _make(end_date.year, end_date.month, end_date.day, last % 24, tz=tz),
    )


def _clock_granule(start: DateTime, granularity: Granularity) -> _Granule:
    step = {
        Granularity.HOUR: _dt.timedelta(hours=1),
        Granularity.MINUTE: _dt.timedelta(minutes=1),
        Granularity.SECOND: _dt.timedelta(seconds=1),
    }[granularity]
    fmt = {
        Granularity.HOUR: "%Y-%m-%dT%H",
        Granularity.MINUTE: "%Y-%m-%dT%H:%M",
        Granularity.SECOND: "%Y-%m-%dT%H:%M:%S",
    }[granularity]
    return _Granule(f"{start.year:04d}" + start.strftime(fmt)[4:], start, _shift_abs(start, step))


def _granule_at(granularity: Granularity, t: DateTime) -> _Granule:
    """The granule of ``granularity`` containing the instant ``t``, in ``t``'s zone."""
    tz = t.timezone
    g = Granularity
    if granularity is g.YEAR:
        return _year_granule(t.year, tz)
    if granularity is g.DECADE:
        return _decade_granule(t.year // 10, tz)
    if granularity is g.CENTURY:
        return _century_granule(t.year // 100, tz)
    if granularity is g.MONTH:
        return _month_granule(t.year, t.month, tz)
    if granularity is g.QUARTER:
        return _quarter_granule(t.year, (t.month - 1) // 3 + 1, tz)
    if granularity is g.SEASON:
        if t.month < 3:
            return _season_granule(t.year - 1, "WI", tz)
        return _season_granule(t.year, _SEASONS[(t.month - 3) // 3], tz)
    if granularity is g.WEEK:
        iso = t.date().isocalendar()
        return _week_granule(iso[0], iso[1], tz)
    if granularity is g.DAY:
        return _day_granule(t.year, t.month, t.day, tz)
    if granularity is g.PART_OF_DAY:
        hour = t.hour
        if hour < 6:
            prev = t.date() - _dt.timedelta(days=1)
            return _part_of_day_granule(prev.year, prev.month, prev.day, "NI", tz)
        code = next(c for c, (lo, hi) in _PARTS_OF_DAY.items() if lo <= hour < hi)
        return _part_of_day_granule(t.year, t.month, t.day, code, tz)
    # Clock granules: floor the wall clock, counting elapsed time (robust across DST folds).
    drop = _dt.timedelta(microseconds=t.microsecond)
    if granularity in (g.HOUR, g.MINUTE):
        drop += _dt.timedelta(seconds=t.second)
    if granularity is g.HOUR:
        drop += _dt.timedelta(minutes=t.minute)
    return _clock_granule(_shift_abs(t, -drop), granularity)


def _start_label(t: DateTime, granularity: Granularity) -> str:
    """Label of the coarsest granule (at most ``granularity``) that starts exactly at ``t``."""
    for g in _label_candidates(granularity):
        granule = _granule_at(g, t)
        if granule.start == t:
            return granule.label
    return t.isoformat()


def _end_label(t: DateTime, granularity: Granularity) -> str:
    """Label of the coarsest granule (at most ``granularity``) that ends exactly at ``t``."""
    before = _shift_abs(t, -_ONE_US)
    for g in _label_candidates(granularity):
        granule = _granule_at(g, before)
        if granule.end == t:
            return granule.label
    return before.isoformat()


@functools.cache
def _label_candidates(granularity: Granularity) -> tuple[Granularity, ...]:
    return (granularity, *(g for g in _CHAIN if g < granularity))


# --------------------------------------------------------------------------------------------
# Field conversion and validation
# --------------------------------------------------------------------------------------------


def _to_bound(value: object) -> DateTime | None:
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        if value.utcoffset() is None:
            raise InvalidSpanError.for_naive("bound", value)
        return value if isinstance(value, pendulum.DateTime) else pendulum.instance(value)
    raise TypeError(f"a When bound must be an aware datetime or None, got {value!r}")


def _to_granularity(value: object) -> Granularity:
    return value if isinstance(value, Granularity) else Granularity(value)


def _to_duration(value: object) -> Duration | None:
    if value is None or isinstance(value, pendulum.Duration):
        return value
    if isinstance(value, _dt.timedelta):
        return pendulum.duration(days=value.days, seconds=value.seconds,
                                 microseconds=value.microseconds)
    raise TypeError(f"duration must be a pendulum.Duration or timedelta, got {value!r}")


def _lo(dt: DateTime | None) -> int | float:
    return -_INF if dt is None else to_microseconds(dt)


def _hi(dt: DateTime | None) -> int | float:
    return _INF if dt is None else to_microseconds(dt)


# --------------------------------------------------------------------------------------------
# When
# --------------------------------------------------------------------------------------------


@final
@attrs.frozen(kw_only=True, repr=False, cache_hash=True)
class When:
    """An uncertain time interval with a granularity (the time of an event).

    The event's real start lies in ``[earliest_start, latest_start]`` and its real end in
    ``[earliest_end, latest_end]``, with start < end. A *durative* When is crisp: the event fills
    the span (``earliest_start == latest_start`` and ``earliest_end == latest_end``); a When whose
    bounds are crisp is always marked durative. ``None`` is an open (unbounded) bound, EDTF's
    ``..``: an earliest bound of ``None`` is minus infinity and a latest bound plus infinity;
    for a durative When a ``None`` start is minus infinity and a ``None`` end plus infinity.
    A pure duration (``P3D``) has all four bounds ``None`` and ``duration`` set.

    Build values with the constructors (:meth:`day`, :meth:`month`, :meth:`between`,
    :meth:`parse`...) rather than by hand. ``text`` (the source text) is not part of equality.
    Whens are only partially ordered, so they have no ``<``; sort by :attr:`sort_key` and
    compare with :func:`timeline.relations.relation`.

    Attributes:
        earliest_start: Earliest possible start, or None (open).
        latest_start: Latest possible start, or None (open).
        earliest_end: Earliest possible end, or None (open).
        latest_end: Latest possible end, or None (open).
        granularity: The precision the time was stated in.
        durative: True if the event fills the span.
        approximate: EDTF ``~``.
        uncertain: EDTF ``?``.
        duration: The length of a pure duration (``P3D``), else None.
        text: The source text, if any; not compared.

    Raises:
        InvalidSpanError: If the bounds are naive or out of order, if a durative When is not
            crisp or empty, or if a duration has bounds.

    .. versionadded:: 0.1.0

    Examples:
        >>> w = When.day(2026, 2, 4)
        >>> w.earliest_start.isoformat(), w.latest_end.isoformat()
        ('2026-02-04T00:00:00+00:00', '2026-02-05T00:00:00+00:00')
        >>> w == When.parse("2026-02-04")
        True
        >>> When.day(2026, 2, 4, tz="Asia/Shanghai").earliest_start.isoformat()
        '2026-02-04T00:00:00+08:00'
    """

    earliest_start: DateTime | None = attrs.field(default=None, converter=_to_bound)
    latest_start: DateTime | None = attrs.field(default=None, converter=_to_bound)
    earliest_end: DateTime | None = attrs.field(default=None, converter=_to_bound)
    latest_end: DateTime | None = attrs.field(default=None, converter=_to_bound)
    granularity: Granularity = attrs.field(converter=_to_granularity)
    durative: bool = False
    approximate: bool = False
    uncertain: bool = False
    duration: Duration | None = attrs.field(default=None, converter=_to_duration)
    text: str | None = attrs.field(default=None, eq=False)

    def __attrs_post_init__(self) -> None:
        bounds = (self.earliest_start, self.latest_start, self.earliest_end, self.latest_end)
        if self.duration is not None:
            if any(b is not None for b in bounds):
                raise InvalidSpanError(
                    "a pure duration has no bounds; use When.of_duration(...) or drop duration="
                )
            if self.durative:
                raise InvalidSpanError("a pure duration cannot be durative")
            return
        if all(b is None for b in bounds):
            raise InvalidSpanError(
                "a When needs at least one bound; use When.of_duration(...) for a duration"
            )
        es, ls, ee, le = bounds
        if not self.durative and es is not None and es == ls and ee is not None and ee == le:
            object.__setattr__(self, "durative", True)  # crisp bounds: the event fills the span
        if self.durative:
            if es != ls or ee != le:
                raise InvalidSpanError(
                    "a durative When must be crisp (earliest_start == latest_start and "
                    f"earliest_end == latest_end), got {self._bounds_repr()}"
                )
            if _lo(es) >= _hi(le):
                raise InvalidSpanError.for_order("start", es, "end", le)
            return
        keys = (_lo(es), _hi(ls), _lo(ee), _hi(le))
        names = ("earliest_start", "latest_start", "earliest_end", "latest_end")
        for i, j in ((0, 1), (2, 3), (0, 2), (1, 3)):
            if keys[i] > keys[j]:
                raise InvalidSpanError.for_order(names[i], bounds[i], names[j], bounds[j])
        # earliest_start < latest_end follows: equality would make all four bounds equal,
        # which the crisp case above rejects as an empty span.

    def _bounds_repr(self) -> str:
        parts = (self.earliest_start, self.latest_start, self.earliest_end, self.latest_end)
        return "(" + ", ".join("None" if p is None else p.isoformat() for p in parts) + ")"

    # ---------------------------------------------------------------- constructors

    @classmethod
    def _granule(
        cls, granule: _Granule, granularity: Granularity, durative: bool, text: str | None = None
    ) -> When:
        if durative:
            return cls(earliest_start=granule.start, latest_start=granule.start,
                       earliest_end=granule.end, latest_end=granule.end,
                       granularity=granularity, durative=True, text=text)
        return cls(earliest_start=granule.start, latest_start=granule.end,
                   earliest_end=granule.start, latest_end=granule.end,
                   granularity=granularity, text=text)

    @classmethod
    def instant(
        cls,
        dt: _dt.datetime | str,
        *,
        tz: str | _dt.tzinfo | None = None,
        granularity: Granularity = Granularity.SECOND,
        durative: bool = False,
    ) -> When:
        """The granule (by default the second) that contains the instant ``dt``.

        Args:
            dt: An aware datetime, a naive one with ``tz``, or an ISO 8601 string.
            tz: Zone for a naive ``dt``; for an aware one, the zone to express it in
                (default: its own).
            granularity: Size of the granule to return (``DAY`` gives the day of ``dt``).
            durative: Whether the event fills the granule.

        Returns:
            The When.

        Raises:
            InvalidSpanError: If ``dt`` is naive and no ``tz`` is given.

        Examples:
            >>> import pendulum
            >>> str(When.instant(pendulum.datetime(2026, 2, 4, 15, 30, 12, tz="UTC")))
            '2026-02-04T15:30:12'
            >>> str(When.instant(pendulum.datetime(2026, 2, 4, 15, 30, tz="UTC"),
            ...                  granularity=Granularity.DAY))
            '2026-02-04'
        """
        t = to_datetime(dt, tz)
        return cls._granule(_granule_at(granularity, t), granularity, durative)

    @classmethod
    def second(
        cls, year: int, month: int, day: int, hour: int, minute: int, second: int, *,
        tz: str | _dt.tzinfo | None = "UTC", durative: bool = False,
    ) -> When:
        """The given second.

        Examples:
            >>> str(When.second(2026, 2, 4, 15, 30, 5))
            '2026-02-04T15:30:05'
        """
        start = _make(year, month, day, hour, minute, second, tz=_resolve_zone(tz))
        return cls._granule(_clock_granule(start, Granularity.SECOND), Granularity.SECOND,
                            durative)

    @classmethod
    def minute(
        cls, year: int, month: int, day: int, hour: int, minute: int, *,
        tz: str | _dt.tzinfo | None = "UTC", durative: bool = False,
    ) -> When:
        """The given minute.

        Examples:
            >>> str(When.minute(2026, 2, 4, 15, 30))
            '2026-02-04T15:30'
        """
        start = _make(year, month, day, hour, minute, tz=_resolve_zone(tz))
        return cls._granule(_clock_granule(start, Granularity.MINUTE), Granularity.MINUTE,
                            durative)

    @classmethod
    def hour(
        cls, year: int, month: int, day: int, hour: int, *,
        tz: str | _dt.tzinfo | None = "UTC", durative: bool = False,
    ) -> When:
        """The given hour.

        Examples:
            >>> str(When.hour(2026, 2, 4, 15))
            '2026-02-04T15'
        """
        start = _make(year, month, day, hour, tz=_resolve_zone(tz))
        return cls._granule(_clock_granule(start, Granularity.HOUR), Granularity.HOUR, durative)

    @classmethod
    def part_of_day(
        cls, year: int, month: int, day: int, part: str, *,
        tz: str | _dt.tzinfo | None = "UTC", durative: bool = False,
    ) -> When:
        """A part of a day: ``"MO"`` 06-12h, ``"AF"`` 12-18h, ``"EV"`` 18-22h, ``"NI"`` 22-06h.

        The night of a day runs from 22:00 that day to 06:00 the next (TIMEX3 ``TNI``).

        Examples:
            >>> w = When.part_of_day(2026, 2, 4, "MO")
            >>> str(w), w.earliest_start.hour, w.latest_end.hour
            ('2026-02-04TMO', 6, 12)
        """
        granule = _part_of_day_granule(year, month, day, part, _resolve_zone(tz))
        return cls._granule(granule, Granularity.PART_OF_DAY, durative)

    @classmethod
    def day(
        cls, year: int, month: int, day: int, *, tz: str | _dt.tzinfo | None = "UTC",
        durative: bool = False,
    ) -> When:
        """The given calendar day in ``tz`` (``None`` means UTC).

        Args:
            year: Year (1..9998).
            month: Month (1..12).
            day: Day of the month.
            tz: IANA zone name or fixed offset such as ``"+08:00"``.
            durative: Whether the event fills the day.

        Returns:
            The When.

        Raises:
            InvalidSpanError: If there is no such day.
            UnknownTimezoneError: If ``tz`` is unknown.

        Examples:
            >>> str(When.day(2026, 2, 4))
            '2026-02-04'
            >>> str(When.day(2026, 2, 4, durative=True))
            '2026-02-04/2026-02-04'
        """
        return cls._granule(_day_granule(year, month, day, _resolve_zone(tz)),
                            Granularity.DAY, durative)

    @classmethod
    def week(
        cls, year: int, week: int, *, tz: str | _dt.tzinfo | None = "UTC", durative: bool = False
    ) -> When:
        """ISO 8601 week ``week`` of ISO year ``year`` (Monday to Sunday).

        Examples:
            >>> w = When.week(2025, 6)
            >>> str(w), w.earliest_start.date().isoformat()
            ('2025-W06', '2025-02-03')
        """
        return cls._granule(_week_granule(year, week, _resolve_zone(tz)),
                            Granularity.WEEK, durative)

    @classmethod
    def month(
        cls, year: int, month: int, *, tz: str | _dt.tzinfo | None = "UTC", durative: bool = False
    ) -> When:
        """The given month.

        Examples:
            >>> str(When.month(2025, 11))
            '2025-11'
        """
        return cls._granule(_month_granule(year, month, _resolve_zone(tz)),
                            Granularity.MONTH, durative)

    @classmethod
    def quarter(
        cls, year: int, quarter: int, *, tz: str | _dt.tzinfo | None = "UTC", durative: bool = False
    ) -> When:
        """The given quarter (1..4) of a calendar year.

        Examples:
            >>> str(When.quarter(2025, 4))
            '2025-Q4'
        """
        return cls._granule(_quarter_granule(year, quarter, _resolve_zone(tz)),
                            Granularity.QUARTER, durative)

    @classmethod
    def season(
        cls, year: int, season: str, *, tz: str | _dt.tzinfo | None = "UTC", durative: bool = False
    ) -> When:
        """A meteorological (northern) season: ``SP`` Mar-May, ``SU`` Jun-Aug, ``FA`` Sep-Nov,
        ``WI`` December of ``year`` to February of the next year.

        Examples:
            >>> w = When.season(2025, "WI")
            >>> str(w), w.latest_end.date().isoformat()
            ('2025-WI', '2026-03-01')
        """
        return cls._granule(_season_granule(year, season, _resolve_zone(tz)),
                            Granularity.SEASON, durative)

    @classmethod
    def year(
        cls, year: int, *, tz: str | _dt.tzinfo | None = "UTC", durative: bool = False
    ) -> When:
        """The given year.

        Examples:
            >>> str(When.year(2025))
            '2025'
        """
        return cls._granule(_year_granule(year, _resolve_zone(tz)), Granularity.YEAR, durative)

    @classmethod
    def decade(
        cls, decade: int, *, tz: str | _dt.tzinfo | None = "UTC", durative: bool = False
    ) -> When:
        """The decade ``decade`` in TIMEX3 numbering: ``199`` is 1990-1999.

        Examples:
            >>> w = When.decade(199)
            >>> str(w), w.earliest_start.year, w.latest_end.year
            ('199', 1990, 2000)
        """
        return cls._granule(_decade_granule(decade, _resolve_zone(tz)),
                            Granularity.DECADE, durative)

    @classmethod
    def century(
        cls, century: int, *, tz: str | _dt.tzinfo | None = "UTC", durative: bool = False
    ) -> When:
        """The century ``century`` in TIMEX3 numbering: ``19`` is 1900-1999.

        Examples:
            >>> w = When.century(19)
            >>> str(w), w.earliest_start.year
            ('19', 1900)
        """
        return cls._granule(_century_granule(century, _resolve_zone(tz)),
                            Granularity.CENTURY, durative)

    @classmethod
    def between(
        cls,
        a: When | _dt.datetime,
        b: When | _dt.datetime,
        *,
        tz: str | _dt.tzinfo | None = None,
        granularity: Granularity | None = None,
    ) -> When:
        """The durative span from the start of ``a`` to the end of ``b``.

        A When contributes its earliest start (``a``) or latest end (``b``); a datetime
        contributes itself. The granularity is the coarser of the two (a datetime counts as
        ``SECOND``) unless given.

        Args:
            a: Where the span starts.
            b: Where the span ends.
            tz: Zone for naive datetimes.
            granularity: Overrides the computed granularity.

        Returns:
            The durative When.

        Raises:
            InvalidSpanError: If the span would end before it starts, or both ends are open.

        Examples:
            >>> span = When.between(When.year(2026), When.year(2030))
            >>> str(span), span.durative, span.granularity.value
            ('2026/2030', True, 'year')
            >>> str(When.between(When.month(2025, 11), When.day(2026, 2, 4)))
            '2025-11/2026-02-04'
        """
        if isinstance(a, When):
            if a.is_duration:
                raise InvalidSpanError("cannot start a span at a pure duration")
            start, g_a = a.earliest_start, a.granularity
        else:
            start, g_a = to_datetime(a, tz), Granularity.SECOND
        if isinstance(b, When):
            if b.is_duration:
                raise InvalidSpanError("cannot end a span at a pure duration")
            end, g_b = b.latest_end, b.granularity
        else:
            end, g_b = to_datetime(b, tz), Granularity.SECOND
        return cls(earliest_start=start, latest_start=start, earliest_end=end, latest_end=end,
                   granularity=granularity or max(g_a, g_b), durative=True)

    @classmethod
    def of_duration(cls, duration: Duration | _dt.timedelta | str) -> When:
        """A pure duration such as ``P3D`` (no position in time).

        The granularity is the smallest unit the duration uses (weeks when it is a whole
        number of weeks and nothing else).

        Args:
            duration: A :class:`pendulum.Duration`, a timedelta or an ISO 8601 duration string.

        Returns:
            The When, with all four bounds ``None``.

        Raises:
            ParseError: If a string is not an ISO 8601 duration.

        Examples:
            >>> import pendulum
            >>> str(When.of_duration(pendulum.duration(days=3)))
            'P3D'
            >>> When.of_duration("P2W").granularity.value
            'week'
        """
        if isinstance(duration, str):
            parsed = _parse_duration(duration.strip())
            if parsed is None:
                raise ParseError.for_text(duration, expected="an ISO 8601 duration such as 'P3D'")
            return parsed
        d = _to_duration(duration)
        assert d is not None
        return cls(duration=d, granularity=_duration_granularity(d))

    @classmethod
    def parse(cls, text: str, *, tz: str | _dt.tzinfo | None = "UTC") -> When:
        """Parse an ISO 8601, TIMEX3 or EDTF value.

        Accepted forms: years ``2026``, months ``2025-11``, days ``2026-02-04``, times
        ``2026-02-04T15``, ``T15:30``, ``T15:30:00`` (optionally with ``Z`` or an offset),
        ISO weeks ``2025-W06``, quarters ``2025-Q4``, seasons ``2025-SU`` (``SP SU FA WI``),
        decades ``199``, centuries ``19``, parts of day ``2026-02-04TMO`` (``MO AF EV NI``),
        EDTF codes ``2025-22`` (seasons 21-24), ``2025-36`` (quarters 33-36), ``199X``,
        ``19XX``; durative intervals ``2026/2030`` with open ends ``../2026-02-04`` and
        ``2025-11/..``; windows (the event happens once within) ``[2026-01-10..2026-02-04]``;
        qualifiers ``~`` (approximate), ``?`` (uncertain), ``%`` (both); durations ``P3D``,
        ``P1Y2M``, ``PT5H``, ``P2W``.

        Args:
            text: The value.
            tz: Zone for values without an explicit offset (``None`` means UTC).

        Returns:
            The When, with ``text`` set to the input.

        Raises:
            ParseError: If ``text`` is not one of these forms (also for TIMEX3 references such
                as ``PRESENT_REF``, which need a reference time).
            UnknownTimezoneError: If ``tz`` is unknown.

        Examples:
            >>> When.parse("2025-11") == When.month(2025, 11)
            True
            >>> str(When.parse("2025-11~")), When.parse("2025-11~").approximate
            ('2025-11~', True)
            >>> When.parse("../2026-02-04").earliest_start is None
            True
            >>> When.parse("PRESENT_REF")
            Traceback (most recent call last):
              ...
            timeline.errors.ParseError: cannot parse 'PRESENT_REF': a TIMEX3 reference needs a \
reference time; resolve it first, or give ...
        """
        if not isinstance(text, str):
            raise ParseError.for_text(repr(text), expected=_EXPECTED)
        zone = _resolve_zone(tz)
        try:
            return _parse_with_text(text, zone)
        except TypeError:  # pragma: no cover - an unhashable user tzinfo: skip the cache
            return attrs.evolve(_parse(text, zone), text=text)

    # ---------------------------------------------------------------- views

    @property
    def start_bounds(self) -> tuple[DateTime | None, DateTime | None]:
        """``(earliest_start, latest_start)``.

        Examples:
            >>> [b.day for b in When.day(2026, 2, 4).start_bounds]
            [4, 5]
        """
        return (self.earliest_start, self.latest_start)

    @property
    def end_bounds(self) -> tuple[DateTime | None, DateTime | None]:
        """``(earliest_end, latest_end)``.

        Examples:
            >>> [b.day for b in When.day(2026, 2, 4, durative=True).end_bounds]
            [5, 5]
        """
        return (self.earliest_end, self.latest_end)

    @property
    def is_open(self) -> bool:
        """Whether some bound is open (``None``); pure durations are not open.

        Examples:
            >>> When.parse("2025-11/..").is_open, When.month(2025, 11).is_open
            (True, False)
        """
        return self.duration is None and (
            self.earliest_start is None
            or self.latest_start is None
            or self.earliest_end is None
            or self.latest_end is None
        )

    @property
    def is_duration(self) -> bool:
        """Whether this is a pure duration (``P3D``) with no position in time.

        Examples:
            >>> When.parse("P3D").is_duration
            True
        """
        return self.duration is not None

    @property
    def is_crisp(self) -> bool:
        """Whether start and end are exactly known (same as :attr:`durative`).

        Examples:
            >>> When.parse("2026/2030").is_crisp, When.year(2026).is_crisp
            (True, False)
        """
        return self.durative

    @property
    def timezone(self) -> str | None:
        """The zone name of the bounds (``"UTC"``, ``"Europe/Paris"``, ``"+08:00"``), or None.

        Examples:
            >>> When.day(2026, 2, 4, tz="Asia/Shanghai").timezone
            'Asia/Shanghai'
        """
        for bound in (self.earliest_start, self.latest_end, self.latest_start, self.earliest_end):
            if bound is not None:
                name: str | None = bound.timezone_name
                return name
        return None

    @property
    def value(self) -> str:
        """The TIMEX3/EDTF value, same as ``str(self)``.

        Examples:
            >>> When.quarter(2025, 4).value
            '2025-Q4'
        """
        return str(self)

    @property
    def edtf(self) -> str:
        """The value in EDTF (ISO 8601-2) syntax.

        TIMEX3-only forms are translated: decades ``199X``, centuries ``19XX``, seasons
        ``2025-22``, quarters ``2025-36``; ISO weeks, parts of day, hours and minutes become
        EDTF sets of days or seconds (``[2025-02-03..2025-02-09]``). Pure durations keep their
        ISO 8601 form.

        Examples:
            >>> When.decade(199).edtf, When.season(2025, "SU").edtf, When.quarter(2025, 4).edtf
            ('199X', '2025-22', '2025-36')
            >>> When.week(2025, 6).edtf
            '[2025-02-03..2025-02-09]'
            >>> When.parse("2026/2030").edtf
            '2026/2030'
        """
        return _format(self, edtf=True)

    @property
    def sort_key(self) -> tuple[Any, ...]:
        """A totally ordered key: by earliest start, then latest end, then the other bounds.

        Open bounds sort first (starts) or last (ends); pure durations sort after everything.

        Examples:
            >>> ws = [When.year(2026), When.day(2026, 2, 4), When.month(2025, 11)]
            >>> [str(w) for w in sorted(ws, key=lambda w: w.sort_key)]
            ['2025-11', '2026', '2026-02-04']
        """
        if self.duration is not None:
            return (1, _INF, _INF, _INF, _INF, self.granularity.rank, 0,
                    self.duration.total_seconds())
        (s_lo, s_hi), (e_lo, e_hi) = self.microsecond_ranges()
        return (0, s_lo, e_hi, s_hi, e_lo, self.granularity.rank, int(self.durative), 0.0)

    def microsecond_ranges(
        self,
    ) -> tuple[tuple[int | float, int | float], tuple[int | float, int | float]]:
        """Where the start and the end can lie, in exact microseconds since the epoch.

        Returns ``((start_lo, start_hi), (end_lo, end_hi))``; open bounds are ``-inf``/``inf``
        floats. This is the numeric view :mod:`timeline.relations` reasons with.

        Raises:
            InvalidSpanError: For a pure duration, which has no position.

        Examples:
            >>> (s_lo, s_hi), (e_lo, e_hi) = When.day(1970, 1, 2).microsecond_ranges()
            >>> s_lo, s_hi == e_hi == 2 * 86_400_000_000
            (86400000000, True)
            >>> When.parse("../1970-01-01").microsecond_ranges()[0]
            (-inf, -inf)
        """
        if self.duration is not None:
            raise InvalidSpanError(f"the duration {self} has no position in time")
        return _microsecond_ranges(self)

    # ---------------------------------------------------------------- operations

    def contains(self, instant: _dt.datetime) -> bool:
        """Whether the event possibly covers ``instant`` (it lies within the outer bounds).

        Examples:
            >>> import pendulum
            >>> When.day(2026, 2, 4).contains(pendulum.datetime(2026, 2, 4, 23, 59, tz="UTC"))
            True
            >>> When.day(2026, 2, 4).contains(pendulum.datetime(2026, 2, 5, tz="UTC"))
            False
        """
        (s_lo, _), (_, e_hi) = self.microsecond_ranges()
        t = to_microseconds(to_datetime(instant))
        return s_lo <= t < e_hi

    def overlaps(self, other: When) -> bool:
        """Whether the two events possibly share an instant.

        Examples:
            >>> When.month(2025, 11).overlaps(When.day(2025, 11, 30))
            True
            >>> When.month(2025, 11).overlaps(When.day(2025, 12, 1))
            False
        """
        (a_lo, _), (_, a_hi) = self.microsecond_ranges()
        (b_lo, _), (_, b_hi) = other.microsecond_ranges()
        return a_lo < b_hi and b_lo < a_hi

    def in_timezone(self, tz: str) -> When:
        """The same instants expressed in zone ``tz`` (labels then follow that zone).

        Examples:
            >>> w = When.day(2026, 2, 4).in_timezone("Asia/Shanghai")
            >>> w.earliest_start.isoformat()
            '2026-02-04T08:00:00+08:00'
            >>> w == When.day(2026, 2, 4)
            True
        """
        zone = _resolve_zone(tz)
        return self._map_bounds(lambda t: t.in_timezone(zone))

    def shift(self, duration: Duration | _dt.timedelta) -> When:
        """Move every bound by ``duration`` (calendar units on the local calendar).

        Examples:
            >>> import pendulum
            >>> str(When.day(2026, 2, 4).shift(pendulum.duration(days=1)))
            '2026-02-05'
            >>> str(When.month(2025, 11).shift(pendulum.duration(months=3)))
            '2026-02'
        """
        d = _to_duration(duration)
        assert d is not None
        if self.duration is not None:
            return self
        return self._map_bounds(lambda t: t + d)

    def with_text(self, text: str | None) -> When:
        """A copy with the source ``text`` set (text is not part of equality).

        Examples:
            >>> w = When.day(2026, 2, 4).with_text("Feb. 4")
            >>> w.text, w == When.day(2026, 2, 4)
            ('Feb. 4', True)
        """
        return attrs.evolve(self, text=text)

    def _map_bounds(self, fn: Callable[[DateTime], DateTime]) -> When:
        def conv(t: DateTime | None) -> DateTime | None:
            return None if t is None else fn(t)

        return attrs.evolve(
            self,
            earliest_start=conv(self.earliest_start),
            latest_start=conv(self.latest_start),
            earliest_end=conv(self.earliest_end),
            latest_end=conv(self.latest_end),
        )

    # ---------------------------------------------------------------- text forms

    def __str__(self) -> str:
        return _format(self, edtf=False)

    def __repr__(self) -> str:
        value = str(self)
        zone = self.timezone
        try:
            same = _parse(value, _resolve_zone(zone)) == self
        except (ParseError, InvalidSpanError, UnknownTimezoneError):  # pragma: no cover
            same = False
        if same:
            tz_part = "" if zone in (None, "UTC") else f", tz={zone!r}"
            return f"When.parse({value!r}{tz_part})"
        return (
            f"When(bounds={self._bounds_repr()}, granularity={self.granularity.value!r}, "
            f"durative={self.durative!r}, approximate={self.approximate!r}, "
            f"uncertain={self.uncertain!r})"
        )


# --------------------------------------------------------------------------------------------
# Formatting
# --------------------------------------------------------------------------------------------


def _qualifier(w: When) -> str:
    if w.approximate and w.uncertain:
        return "%"
    if w.approximate:
        return "~"
    return "?" if w.uncertain else ""


def _format(w: When, *, edtf: bool) -> str:
    return _format_body(w, edtf=edtf) + _qualifier(w)


def _format_body(w: When, *, edtf: bool) -> str:
    if w.duration is not None:
        return _format_duration(w.duration)
    g = w.granularity
    es, ls, ee, le = w.earliest_start, w.latest_start, w.earliest_end, w.latest_end
    if w.durative:
        return f"{_label(es, g, edtf, end=False)}/{_label(le, g, edtf, end=True)}"
    if es == ee and ls == le:
        if es is not None and le is not None:
            granule = _granule_at(g, es)
            if granule.start == es and granule.end == le:
                return _granule_label(granule, g, edtf)
        return _set(es, le, g, edtf)
    # A general uncertain interval: a window for the start, a window for the end.
    return f"{_window(es, ls, g, edtf)}/{_window(ee, le, g, edtf)}"


def _window(lo: DateTime | None, hi: DateTime | None, g: Granularity, edtf: bool) -> str:
    if lo is not None and lo == hi:
        return _label(lo, g, edtf, end=False)
    return _set(lo, hi, g, edtf)


def _set(lo: DateTime | None, hi: DateTime | None, g: Granularity, edtf: bool) -> str:
    first = _label(lo, g, edtf, end=False, open_="")
    last = _label(hi, g, edtf, end=True, open_="")
    return f"[{first}..{last}]"


def _label(t: DateTime | None, g: Granularity, edtf: bool, *, end: bool, open_: str = "..") -> str:
    if t is None:
        return open_
    label = _end_label(t, g) if end else _start_label(t, g)
    return _edtf_label(label) if edtf else label


def _granule_label(granule: _Granule, g: Granularity, edtf: bool) -> str:
    if not edtf:
        return granule.label
    if g in (Granularity.WEEK, Granularity.PART_OF_DAY, Granularity.HOUR, Granularity.MINUTE):
        unit = Granularity.DAY if g is Granularity.WEEK else Granularity.SECOND
        first = _granule_at(unit, granule.start).label
        last = _granule_at(unit, _shift_abs(granule.end, -_ONE_US)).label
        return f"[{first}..{last}]"
    return _edtf_label(granule.label)


_WEEK_RE: Final = re.compile(r"^\d{4}-W\d{2}$")


def _edtf_label(label: str) -> str:
    """Translate one TIMEX3 granule label to EDTF where the forms differ."""
    if re.fullmatch(r"\d{3}", label):
        return label + "X"
    if re.fullmatch(r"\d{2}", label):
        return label + "XX"
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", label)
    if m:
        return f"{m[1]}-{_EDTF_SEASON[m[2]]}"
    m = re.fullmatch(r"(\d{4})-Q([1-4])", label)
    if m:
        return f"{m[1]}-{32 + int(m[2])}"
    if "T" in label and not re.search(r"T\d{2}:\d{2}:\d{2}", label):
        return label  # weeks/parts of day inside intervals keep their TIMEX3 form (best effort)
    return label


def _duration_granularity(d: Duration) -> Granularity:
    g = Granularity
    if d.microseconds or d.remaining_seconds:
        return g.SECOND
    if d.minutes:
        return g.MINUTE
    if d.hours:
        return g.HOUR
    if d.remaining_days:
        return g.DAY
    if d.weeks:
        return g.WEEK
    if d.months:
        return g.MONTH
    return g.YEAR


def _format_duration(d: Duration) -> str:
    date = ""
    if d.years:
        date += f"{d.years}Y"
    if d.months:
        date += f"{d.months}M"
    days = d.weeks * 7 + d.remaining_days
    if days and days % 7 == 0 and not (d.hours or d.minutes or d.remaining_seconds
                                       or d.microseconds):
        date += f"{days // 7}W"
    elif days:
        date += f"{days}D"
    clock = ""
    if d.hours:
        clock += f"{d.hours}H"
    if d.minutes:
        clock += f"{d.minutes}M"
    if d.remaining_seconds or d.microseconds:
        seconds = d.remaining_seconds + d.microseconds / 1_000_000
        clock += (f"{seconds:.6f}".rstrip("0").rstrip(".") if d.microseconds
                  else str(d.remaining_seconds)) + "S"
    if not date and not clock:
        return "PT0S"
    return "P" + date + ("T" + clock if clock else "")


# --------------------------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------------------------


@functools.cache
def _label_re() -> re.Pattern[str]:
    return re.compile(
        r"""^(?:
            (?P<century>\d{2})(?:XX)? |
            (?P<decade>\d{3})X? |
            (?P<year>\d{4})
            (?:
                -(?P<code>\d{2}) |
                -Q(?P<quarter>[1-4]) |
                -(?P<season>SP|SU|FA|WI) |
                -W(?P<week>\d{2}) |
                -(?P<month2>\d{2})-(?P<day>\d{2})
                (?:
                    T(?P<part>MO|AF|EV|NI) |
                    [T\ ](?P<hour>\d{2})
                    (?::(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,](?P<frac>\d{1,6}))?)?)?
                    (?P<offset>Z|[+-]\d{2}(?::?\d{2})?)?
                )?
            )?
        )$""",
        re.VERBOSE,
    )


@functools.cache
def _duration_re() -> re.Pattern[str]:
    return re.compile(
        r"^P(?!$)(?:(?P<years>\d+)Y)?(?:(?P<months>\d+)M)?(?:(?P<weeks>\d+)W)?(?:(?P<days>\d+)D)?"
        r"(?:T(?=\d)(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?$"
    )


_REFERENCES: Final = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})


@functools.lru_cache(maxsize=4096)
def _parse_with_text(text: str, zone: Any) -> When:
    # Whens are immutable, so the same text in the same zone can share one value.
    return attrs.evolve(_parse(text, zone), text=text)


def _parse(text: str, zone: Any) -> When:
    s = text.strip()
    if s.upper() in _REFERENCES:
        raise ParseError(
            f"cannot parse {text!r}: a TIMEX3 reference needs a reference time; resolve it "
            f"first, or give {_EXPECTED}",
            text=text,
        )
    approximate, uncertain, s = _strip_qualifiers(s)
    try:
        when = _parse_body(s, zone)
    except (InvalidSpanError, UnknownTimezoneError) as exc:
        raise ParseError(f"cannot parse {text!r}: {exc}", text=text) from exc
    if when is None:
        raise ParseError.for_text(text, expected=_EXPECTED)
    if approximate or uncertain:
        when = attrs.evolve(when, approximate=approximate, uncertain=uncertain)
    return when


def _strip_qualifiers(s: str) -> tuple[bool, bool, str]:
    approximate = uncertain = False
    out = []
    for ch in s:
        if ch == "~":
            approximate = True
        elif ch == "?":
            uncertain = True
        elif ch == "%":
            approximate = uncertain = True
        else:
            out.append(ch)
    return approximate, uncertain, "".join(out)


def _parse_body(s: str, zone: Any) -> When | None:
    if s.startswith("P"):
        return _parse_duration(s)
    if "/" in s:
        left, _, right = s.partition("/")
        return _parse_interval(left, right, zone)
    if s.startswith("[") and s.endswith("]"):
        window = _parse_window(s, zone)
        if window is None:
            return None
        (lo, lo_g), (hi, hi_g) = window
        return When(earliest_start=lo, latest_start=hi, earliest_end=lo, latest_end=hi,
                    granularity=max(lo_g, hi_g))
    granule = _parse_label(s, zone)
    if granule is None:
        return None
    return When._granule(granule[0], granule[1], durative=False)


_Side = tuple[tuple["DateTime | None", Granularity], tuple["DateTime | None", Granularity]]


def _parse_window(s: str, zone: Any) -> _Side | None:
    inner = s[1:-1]
    if ".." not in inner:
        return None
    left, _, right = inner.partition("..")
    lo = _parse_label(left, zone) if left else None
    hi = _parse_label(right, zone) if right else None
    if (left and lo is None) or (right and hi is None) or (lo is None and hi is None):
        return None
    return (
        (lo[0].start if lo else None, lo[1] if lo else hi[1]),  # type: ignore[index]
        (hi[0].end if hi else None, hi[1] if hi else lo[1]),  # type: ignore[index]
    )


def _parse_interval(left: str, right: str, zone: Any) -> When | None:
    sides: list[tuple[tuple[DateTime | None, DateTime | None], Granularity | None]] = []
    crisp = True
    for part, is_end in ((left, False), (right, True)):
        if part == "..":
            sides.append(((None, None), None))
            continue
        if part.startswith("[") and part.endswith("]"):
            window = _parse_window(part, zone)
            if window is None:
                return None
            (lo, lo_g), (hi, hi_g) = window
            sides.append(((lo, hi), max(lo_g, hi_g)))
            crisp = False
            continue
        parsed = _parse_label(part, zone)
        if parsed is None:
            return None
        point = parsed[0].end if is_end else parsed[0].start
        sides.append(((point, point), parsed[1]))
    (es, ls), g_start = sides[0]
    (ee, le), g_end = sides[1]
    grans = [g for g in (g_start, g_end) if g is not None]
    if not grans:
        return None
    return When(earliest_start=es, latest_start=ls, earliest_end=ee, latest_end=le,
                granularity=max(grans), durative=crisp)


def _parse_label(s: str, zone: Any) -> tuple[_Granule, Granularity] | None:
    m = _label_re().match(s)
    if m is None:
        return None
    g = Granularity
    if m["century"]:
        return _century_granule(int(m["century"]), zone), g.CENTURY
    if m["decade"]:
        return _decade_granule(int(m["decade"]), zone), g.DECADE
    year = int(m["year"])
    if m["code"]:
        return _parse_code(year, int(m["code"]), zone)
    if m["quarter"]:
        return _quarter_granule(year, int(m["quarter"]), zone), g.QUARTER
    if m["season"]:
        return _season_granule(year, m["season"], zone), g.SEASON
    if m["week"]:
        return _week_granule(year, int(m["week"]), zone), g.WEEK
    if not m["month2"]:
        return _year_granule(year, zone), g.YEAR
    month, day = int(m["month2"]), int(m["day"])
    if m["part"]:
        return _part_of_day_granule(year, month, day, m["part"], zone), g.PART_OF_DAY
    if m["hour"] is None:
        return _day_granule(year, month, day, zone), g.DAY
    if m["offset"]:
        zone = _resolve_zone(m["offset"])
    hour, minute = int(m["hour"]), int(m["minute"] or 0)
    second = int(m["second"] or 0)
    micro = int((m["frac"] or "0").ljust(6, "0"))
    if hour == 24 and minute == 0 and second == 0 and micro == 0:
        return None  # "T24:00" is legal ISO 8601 but ambiguous in news data; ask for T00:00
    granularity = g.SECOND if m["second"] else g.MINUTE if m["minute"] else g.HOUR
    start = _make(year, month, day, hour, minute, second, micro, tz=zone)
    return _granule_at(granularity, start), granularity


def _parse_code(year: int, code: int, zone: Any) -> tuple[_Granule, Granularity] | None:
    if 1 <= code <= 12:
        return _month_granule(year, code, zone), Granularity.MONTH
    if 21 <= code <= 24:
        return _season_granule(year, _SEASONS[code - 21], zone), Granularity.SEASON
    if 33 <= code <= 36:
        return _quarter_granule(year, code - 32, zone), Granularity.QUARTER
    return None


def _parse_duration(s: str) -> When | None:
    m = _duration_re().match(s)
    if m is None:
        return None
    seconds = float(m["seconds"] or 0)
    d = pendulum.duration(
        years=int(m["years"] or 0),
        months=int(m["months"] or 0),
        weeks=int(m["weeks"] or 0),
        days=int(m["days"] or 0),
        hours=int(m["hours"] or 0),
        minutes=int(m["minutes"] or 0),
        seconds=int(seconds),
        microseconds=round((seconds - int(seconds)) * 1_000_000),
    )
    return When(duration=d, granularity=_duration_granularity(d))


@functools.lru_cache(maxsize=4096)
def _microsecond_ranges(
    w: When,
) -> tuple[tuple[int | float, int | float], tuple[int | float, int | float]]:
    """:meth:`When.microsecond_ranges` of a positioned When, cached: extraction and timeline
    queries compare the same few times many times over."""
    es, ls, ee, le = w.earliest_start, w.latest_start, w.earliest_end, w.latest_end
    if w.durative:
        start, end = _lo(es), _hi(le)
        return (start, start), (end, end)
    return (_lo(es), _hi(ls)), (_lo(ee), _hi(le))
