"""Hypothesis strategies for time values (private; re-exported by :mod:`timeline.strategies`).

Importing this module imports :mod:`hypothesis`; :mod:`timeline` itself never does.

Examples:
    >>> from hypothesis import find
    >>> w = find(whens(), lambda w: True)
    >>> str(w), w.timezone
    ('2000-01-01', 'UTC')
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from typing import Any, Final

import attrs
import pendulum
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from timeline.errors import InvalidSpanError, UnknownTimezoneError
from timeline.when import Granularity, When, to_microseconds

__all__ = ["crisp_whens", "whens"]

DEFAULT_MIN: Final = _dt.datetime(1900, 1, 1, tzinfo=_dt.UTC)
DEFAULT_MAX: Final = _dt.datetime(2100, 1, 1, tzinfo=_dt.UTC)
DEFAULT_TIMEZONES: Final = ("UTC", "Asia/Shanghai", "America/New_York", "Europe/London")

# Day first, so that examples shrink towards whole days; then the others, finer ones first.
_GRANULARITY_ORDER: Final = (Granularity.DAY, *(g for g in Granularity if g is not Granularity.DAY))
_CLOCK: Final = frozenset({Granularity.HOUR, Granularity.MINUTE, Granularity.SECOND})


def _check_instant(name: str, value: object, default: _dt.datetime) -> _dt.datetime:
    if value is None:
        return default
    if isinstance(value, _dt.datetime):
        if value.utcoffset() is None:
            raise InvalidArgument(f"{name}={value!r} must be timezone-aware")
        return value
    if isinstance(value, _dt.date):
        return _dt.datetime(value.year, value.month, value.day, tzinfo=_dt.UTC)
    raise InvalidArgument(f"{name}={value!r} must be an aware datetime or a date")


def _check_granularities(value: Iterable[Granularity] | None) -> tuple[Granularity, ...]:
    if value is None:
        return _GRANULARITY_ORDER
    if isinstance(value, (str, Granularity)):
        raise InvalidArgument(f"granularities={value!r} must be a collection of Granularity")
    chosen = tuple(value)
    for g in chosen:
        if not isinstance(g, Granularity):
            raise InvalidArgument(f"granularities contains {g!r}, which is not a Granularity")
    if not chosen:
        raise InvalidArgument("granularities must not be empty")
    return tuple(g for g in _GRANULARITY_ORDER if g in chosen)


def _check_timezones(value: Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return DEFAULT_TIMEZONES
    if isinstance(value, str):
        raise InvalidArgument(f"timezones={value!r} must be a collection of zone names")
    zones = tuple(value)
    if not zones:
        raise InvalidArgument("timezones must not be empty")
    for zone in zones:
        try:
            When.day(2000, 1, 1, tz=zone)
        except (UnknownTimezoneError, TypeError) as exc:
            raise InvalidArgument(f"timezones contains {zone!r}: {exc}") from exc
    return zones


def _granule(
    dt: _dt.datetime, zone: str, granularity: Granularity, allowed: Sequence[Granularity],
    lo: int, hi: int,
) -> When:
    """The granule of ``granularity`` containing ``dt``, or of the coarsest finer allowed one
    that fits in ``[lo, hi]``; a day, then smaller units, as a last resort."""
    candidates = [granularity, *(g for g in reversed(allowed) if g < granularity)]
    candidates += [g for g in (Granularity.DAY, Granularity.HOUR, Granularity.SECOND)
                   if g not in candidates]
    for g in candidates:
        try:
            w = _build(dt, zone, g)
        except InvalidSpanError:
            continue
        (s_lo, _), (_, e_hi) = w.microsecond_ranges()
        if lo <= s_lo and e_hi <= hi:
            return w
    return _build(dt, zone, Granularity.SECOND)  # pragma: no cover - ranges are >= 1 second


def _build(dt: _dt.datetime, zone: str, g: Granularity) -> When:
    local = pendulum.instance(dt).in_timezone(zone)
    if g in _CLOCK:
        # Built from wall-clock fields, like When.parse does, so str() round-trips in DST folds.
        fields = (local.year, local.month, local.day, local.hour, local.minute, local.second)
        if g is Granularity.HOUR:
            return When.hour(*fields[:4], tz=zone)
        if g is Granularity.MINUTE:
            return When.minute(*fields[:5], tz=zone)
        return When.second(*fields, tz=zone)
    return When.instant(local, granularity=g)


@st.composite
def _granules(
    draw: Any, lo: _dt.datetime, hi: _dt.datetime, grans: Sequence[Granularity],
    zone: str,
) -> When:
    last = hi - _dt.timedelta(seconds=1)
    dt = draw(st.datetimes(min_value=lo.replace(tzinfo=None), max_value=last.replace(tzinfo=None),
                           timezones=st.just(_dt.UTC)))
    g = draw(st.sampled_from(grans))
    return _granule(dt, zone, g, grans, to_microseconds(lo), to_microseconds(hi))


@st.composite
def _whens(
    draw: Any, lo: _dt.datetime, hi: _dt.datetime, grans: tuple[Granularity, ...],
    zones: tuple[str, ...], allow_open: bool, allow_durations: bool, crisp: bool,
) -> When:
    zone = draw(st.sampled_from(zones))
    shapes = ["granule", "span"] if crisp else ["granule", "span", "window"]
    if allow_open:
        shapes.append("open")
    if allow_durations and not crisp:
        shapes.append("duration")
    # The first granule is drawn before the shape so that examples shrink towards one day.
    first = draw(_granules(lo, hi, grans, zone))
    shape = draw(st.sampled_from(shapes))
    if shape == "duration":
        duration: When = draw(_durations())
        return duration
    if shape == "granule":
        w = When.between(first, first) if crisp else first
    else:
        second = draw(_granules(lo, hi, grans, zone))
        a, b = (first, second) if first.earliest_start <= second.earliest_start else (
            second, first)
        end = a if a.latest_end >= b.latest_end else b
        g = max(a.granularity, end.granularity)
        start, stop = a.earliest_start, end.latest_end
        if shape == "open":
            side = draw(st.sampled_from(("start", "end")))
            durative = crisp or draw(st.booleans())
            if side == "start":
                start = None
                g = end.granularity
            else:
                stop = None
                g = a.granularity
            if durative:
                w = When(earliest_start=start, latest_start=start, earliest_end=stop,
                         latest_end=stop, granularity=g, durative=True)
            else:
                w = When(earliest_start=start, latest_start=stop, earliest_end=start,
                         latest_end=stop, granularity=g)
        elif shape == "span":
            w = When.between(a, end)
        else:
            w = When(earliest_start=start, latest_start=stop, earliest_end=start,
                     latest_end=stop, granularity=g)
    if not crisp and draw(st.integers(0, 3)) == 3:
        approximate, uncertain = draw(st.booleans()), draw(st.booleans())
        w = attrs.evolve(w, approximate=approximate, uncertain=uncertain or not approximate)
    return w


@st.composite
def _durations(draw: Any) -> When:
    units = draw(st.fixed_dictionaries({}, optional={
        "years": st.integers(1, 20),
        "months": st.integers(1, 11),
        "weeks": st.integers(1, 10),
        "days": st.integers(1, 6),
        "hours": st.integers(1, 23),
        "minutes": st.integers(1, 59),
        "seconds": st.integers(1, 59),
    }))
    if not units:
        units = {"days": 1}
    return When.of_duration(pendulum.duration(**units))


def _validated(
    min_value: object, max_value: object, granularities: Iterable[Granularity] | None,
    timezones: Iterable[str] | None,
) -> tuple[_dt.datetime, _dt.datetime, tuple[Granularity, ...], tuple[str, ...]]:
    lo = _check_instant("min_value", min_value, DEFAULT_MIN)
    hi = _check_instant("max_value", max_value, DEFAULT_MAX)
    if lo.astimezone(_dt.UTC) + _dt.timedelta(seconds=1) > hi.astimezone(
        _dt.UTC
    ):
        raise InvalidArgument(
            f"min_value={lo!r} must be at least one second before max_value={hi!r}"
        )
    if lo.astimezone(_dt.UTC).year < 2 or hi.astimezone(_dt.UTC).year > 9997:
        raise InvalidArgument("min_value and max_value must lie within the years 2..9997")
    # Whole seconds, so that the granule of any drawn instant fits in the range.
    lo = lo.astimezone(_dt.UTC)
    if lo.microsecond:
        lo = lo.replace(microsecond=0) + _dt.timedelta(seconds=1)
    hi = hi.astimezone(_dt.UTC).replace(microsecond=0)
    if lo >= hi:
        raise InvalidArgument(
            f"min_value={min_value!r} and max_value={max_value!r} must span a whole second"
        )
    return (lo, hi,
            _check_granularities(granularities), _check_timezones(timezones))


def whens(
    *,
    min_value: _dt.datetime | _dt.date | None = None,
    max_value: _dt.datetime | _dt.date | None = None,
    granularities: Iterable[Granularity] | None = None,
    timezones: Iterable[str] | None = None,
    allow_open: bool = True,
    allow_durations: bool = True,
) -> st.SearchStrategy[When]:
    """A strategy for :class:`~timeline.when.When` values that ``str()`` and parse back.

    Generates single granules (a day, an ISO week, a season...), durative spans between two
    granules (``2026/2030``), "within" windows (``[2026-01-10..2026-02-04]``), open-ended values
    (``2025-11/..``), EDTF qualifiers and pure durations (``P3D``). Every generated value ``w``
    satisfies ``When.parse(str(w), tz=w.timezone) == w``, and its bounds lie within
    ``[min_value, max_value]``. Examples shrink towards a whole day, 2000-01-01, in the first
    zone of ``timezones`` (UTC by default).

    Args:
        min_value: Earliest bound (aware datetime, or a date taken as UTC midnight);
            default 1900-01-01 UTC.
        max_value: Latest bound; default 2100-01-01 UTC.
        granularities: Granularities to draw from (default: all). A granule that does not fit
            the range falls back to a finer one.
        timezones: IANA zone names (default: UTC, Asia/Shanghai, America/New_York,
            Europe/London).
        allow_open: Whether to generate open bounds (``..``).
        allow_durations: Whether to generate pure durations.

    Returns:
        The strategy.

    Raises:
        hypothesis.errors.InvalidArgument: Eagerly, for a naive or reversed range, an empty or
            ill-typed ``granularities``, or an unknown zone.

    Examples:
        >>> from hypothesis import given
        >>> @given(whens(granularities=[Granularity.MONTH], allow_open=False,
        ...              allow_durations=False))
        ... def test(w):
        ...     assert w.granularity <= Granularity.MONTH
        >>> test()
        >>> whens(timezones=["Mars/Olympus"])
        Traceback (most recent call last):
          ...
        hypothesis.errors.InvalidArgument: timezones contains 'Mars/Olympus': unknown time ...
    """
    lo, hi, grans, zones = _validated(min_value, max_value, granularities, timezones)
    return _whens(lo, hi, grans, zones, bool(allow_open), bool(allow_durations), crisp=False)


def crisp_whens(
    *,
    min_value: _dt.datetime | _dt.date | None = None,
    max_value: _dt.datetime | _dt.date | None = None,
    granularities: Iterable[Granularity] | None = None,
    timezones: Iterable[str] | None = None,
    allow_open: bool = False,
) -> st.SearchStrategy[When]:
    """A strategy for durative (crisp) :class:`~timeline.when.When` values.

    Same arguments as :func:`whens`; values are whole granules or spans between granules,
    with exactly known start and end. Open ends (minus/plus infinity) only if ``allow_open``.

    Examples:
        >>> from hypothesis import given
        >>> @given(crisp_whens())
        ... def test(w):
        ...     assert w.is_crisp and not w.is_open
        >>> test()
    """
    lo, hi, grans, zones = _validated(min_value, max_value, granularities, timezones)
    return _whens(lo, hi, grans, zones, bool(allow_open), False, crisp=True)
