"""Property tests: every IntervalIndex query returns exactly what a brute-force scan returns.

The oracle is :func:`timeline.relations.relation`, an independent implementation (a greedy
feasibility check per Allen relation): for each indexed time ``x`` and query ``q``,
``R = relation(x, q).possible`` decides membership.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

import pendulum
import pytest
from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st

from timeline._strategies_time import whens
from timeline.index import IntervalIndex, span_keys
from timeline.relations import Allen, relation
from timeline.when import Granularity, When

BEFORE = frozenset({Allen.BEFORE, Allen.MEETS})
AFTER = frozenset({Allen.AFTER, Allen.MET_BY})
WITHIN = frozenset({Allen.STARTS, Allen.DURING, Allen.FINISHES, Allen.EQUALS})
CONTAINING = frozenset(r.converse for r in WITHIN)

Oracle = Callable[[frozenset[Allen]], bool]

ORACLES: dict[tuple[str, bool], Oracle] = {
    ("overlapping", False): lambda r: any(x.shares_time for x in r),
    ("overlapping", True): lambda r: all(x.shares_time for x in r),
    ("during", False): lambda r: bool(r & WITHIN),
    ("during", True): lambda r: r <= WITHIN,
    ("containing", False): lambda r: bool(r & CONTAINING),
    ("containing", True): lambda r: r <= CONTAINING,
    ("before", False): lambda r: bool(r & BEFORE),
    ("before", True): lambda r: r <= BEFORE,
    ("after", False): lambda r: bool(r & AFTER),
    ("after", True): lambda r: r <= AFTER,
}

SMALL = st.lists(st.one_of(whens(), st.none()), max_size=60)


def _window(q: When) -> When | None:
    """The crisp span a query When is read as (None if unbounded on both sides)."""
    (s_lo, _), (_, e_hi) = q.microsecond_ranges()
    if s_lo == float("-inf") and e_hi == float("inf"):
        return None
    start, end = q.earliest_start, q.latest_end
    if q.durative:
        return q
    return When(earliest_start=start, latest_start=start, earliest_end=end, latest_end=end,
                granularity=q.granularity, durative=True)


def _positioned(w: When | None) -> bool:
    return w is not None and not w.is_duration


def _check_all(items: list[When | None], q: When, *, window: bool) -> None:
    index = IntervalIndex((w, i) for i, w in enumerate(items))
    target = _window(q) if window else q
    assume(target is not None)
    keys = span_keys(q, window=window)
    rels = {i: relation(w, target).possible for i, w in enumerate(items) if _positioned(w)}
    for (name, certainly), oracle in ORACLES.items():
        query = getattr(index, f"{name}_positions")
        got = sorted(query(keys, certainly=certainly))
        expected = [i for i, r in rels.items() if oracle(r)]
        assert got == expected, (name, certainly)


@given(SMALL, whens(allow_durations=False))
def test_queries_with_uncertain_times_agree_with_relation(
    items: list[When | None], q: When
) -> None:
    """Every query with an uncertain query time matches the brute-force scan."""
    _check_all(items, q, window=False)


@given(SMALL, whens(allow_durations=False))
def test_window_queries_agree_with_relation(items: list[When | None], q: When) -> None:
    """Every query with a window (the public API's reading of a When) matches the scan."""
    _check_all(items, q, window=True)


@given(
    st.lists(whens(allow_durations=False, allow_open=False), max_size=40),
    st.datetimes(min_value=dt.datetime(1900, 1, 2), max_value=dt.datetime(2099, 12, 30),
                 timezones=st.just(dt.UTC)),
)
def test_at_is_overlapping_one_microsecond(items: list[When], t: dt.datetime) -> None:
    """at(t) equals overlapping the durative microsecond [t, t + 1 µs)."""
    index = IntervalIndex((w, i) for i, w in enumerate(items))
    start = pendulum.instance(t)
    tick = When(earliest_start=start, latest_start=start,
                earliest_end=start.add(microseconds=1), latest_end=start.add(microseconds=1),
                granularity=Granularity.SECOND, durative=True)
    for certainly in (False, True):
        expected = tuple(i for i, w in enumerate(items)
                         if ORACLES[("overlapping", certainly)](relation(w, tick).possible))
        assert index.at(t, certainly=certainly) == expected


def _distance(w: When, q: When) -> tuple[int, float]:
    """(0, 0) when the outer spans overlap, else (1, gap): overlapping items rank first."""
    (a_lo, _), (_, a_hi) = w.microsecond_ranges()
    (b_lo, _), (_, b_hi) = q.microsecond_ranges()
    if a_lo < b_hi and b_lo < a_hi:
        return (0, 0)
    return (1, b_lo - a_hi if a_hi <= b_lo else a_lo - b_hi)


@given(SMALL, whens(allow_durations=False), st.integers(min_value=0, max_value=70))
def test_nearest_agrees_with_sorting_by_distance(
    items: list[When | None], q: When, k: int
) -> None:
    """nearest(q, k) is the first k items by (overlapping first, gap, position)."""
    index = IntervalIndex((w, i) for i, w in enumerate(items))
    target = _window(q)
    assume(target is not None)
    ranked = sorted(
        (i for i, w in enumerate(items) if _positioned(w)),
        key=lambda i: (_distance(items[i], target), i),  # type: ignore[arg-type]
    )
    assert list(index.nearest(q, k)) == ranked[:k]


def _random_when(r: random.Random) -> When | None:
    """A random time of any shape, for the large test (built without hypothesis draws)."""
    year, month, day = r.randint(2015, 2030), r.randint(1, 12), r.randint(1, 28)
    shape = r.randrange(10)
    durative = r.random() < 0.3
    if shape == 0:
        return None
    if shape == 1:
        return When.year(year, durative=durative)
    if shape == 2:
        return When.month(year, month, durative=durative)
    if shape <= 4:
        return When.day(year, month, day, durative=durative)
    if shape == 5:
        return When.hour(year, month, day, r.randint(0, 23), durative=durative)
    if shape == 6:
        return When.between(When.month(year, month), When.year(year + r.randint(0, 4)))
    if shape == 7:
        return When.parse(f"{year}-{month:02d}/.." if r.random() < 0.5 else
                          f"../{year}-{month:02d}-{day:02d}")
    if shape == 8:
        start = When.day(year, month, day).earliest_start
        return When(earliest_start=start, latest_start=start.add(days=r.randint(0, 30)),
                    earliest_end=start.add(hours=r.randint(1, 48)),
                    latest_end=start.add(days=r.randint(31, 90)), granularity="day")
    return When.week(year, r.randint(1, 52), durative=durative)


@settings(max_examples=25, deadline=None, phases=(Phase.explicit, Phase.reuse, Phase.generate))
@given(st.integers(min_value=0, max_value=2**32 - 1), st.booleans())
def test_hundreds_of_times_agree_with_brute_force(seed: int, window: bool) -> None:
    """A few hundred random times of every shape (open, durative, irregular): same answers."""
    r = random.Random(seed)
    items = [_random_when(r) for _ in range(r.randint(100, 400))]
    q = _random_when(r)
    assume(q is not None)
    _check_all(items, q, window=window)  # type: ignore[arg-type]
    k = r.randint(0, 50)
    target = _window(q)  # type: ignore[arg-type]
    assume(target is not None)
    index = IntervalIndex((w, i) for i, w in enumerate(items))
    ranked = sorted((i for i, w in enumerate(items) if _positioned(w)),
                    key=lambda i: (_distance(items[i], target), i))  # type: ignore[arg-type]
    assert list(index.nearest(q, k)) == ranked[:k]  # type: ignore[arg-type]


@pytest.mark.slow
@settings(
    max_examples=3,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=(Phase.explicit, Phase.reuse, Phase.generate),  # a seed does not shrink usefully
)
@given(st.integers(min_value=0, max_value=2**32 - 1), st.booleans())
def test_large_timeline_agrees_with_brute_force(seed: int, window: bool) -> None:
    """About 2000 random times: every query still equals the brute-force scan."""
    r = random.Random(seed)
    items = [_random_when(r) for _ in range(2000)]
    for _ in range(3):
        q = _random_when(r)
        if q is not None:
            _check_all(items, q, window=window)
