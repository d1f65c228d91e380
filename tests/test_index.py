"""Tests for timeline.index.IntervalIndex: each query on small hand-made data."""

from __future__ import annotations

import datetime as dt

import pendulum
import pytest

from timeline.errors import InvalidSpanError
from timeline.events import Event
from timeline.index import IntervalIndex, Keys, span_keys
from timeline.when import When

CALL = When.day(2026, 2, 4)  # somewhere on Feb. 4
CALL_HOUR = When.parse("2026-02-04T15:30")
SALE = When.month(2025, 11)
PLAN = When.parse("2026/2030")  # durative
EXPIRY = When.day(2026, 2, 5)
OPEN_END = When.parse("2025-11/..")
OPEN_START = When.parse("../2025-01-01")


@pytest.fixture
def index() -> IntervalIndex[str]:
    """An index of named times, with an undated and a pure-duration item left out."""
    return IntervalIndex(
        [
            (CALL, "call"),
            (SALE, "sale"),
            (PLAN, "plan"),
            (EXPIRY, "expiry"),
            (OPEN_END, "open_end"),
            (OPEN_START, "open_start"),
            (None, "undated"),
            (When.parse("P3D"), "duration"),
        ]
    )


def test_len_items_and_repr(index: IntervalIndex[str]) -> None:
    """Undated items and pure durations are not indexed."""
    assert len(index) == 6
    assert index.items == ("call", "sale", "plan", "expiry", "open_end", "open_start")
    assert repr(index) == "<IntervalIndex of 6 items>"


def test_empty_index_answers_every_query() -> None:
    """An empty index answers empty tuples."""
    empty: IntervalIndex[str] = IntervalIndex()
    for query in (empty.overlapping, empty.during, empty.containing, empty.before, empty.after):
        assert query(CALL) == ()
    assert empty.nearest(CALL, 3) == ()
    assert empty.at(pendulum.datetime(2026, 1, 1)) == ()


def test_overlapping_possibly_and_certainly(index: IntervalIndex[str]) -> None:
    """A window overlaps possibly when the outer spans meet, certainly when it covers."""
    assert index.overlapping(When.month(2026, 2)) == ("call", "plan", "expiry", "open_end")
    assert index.overlapping(When.month(2026, 2), certainly=True) == (
        "call", "plan", "expiry", "open_end",
    )  # fmt: skip
    # an hour of Feb. 4 may or may not be when the call happened
    assert index.overlapping(CALL_HOUR) == ("call", "plan", "open_end")
    assert index.overlapping(CALL_HOUR, certainly=True) == ("plan", "open_end")
    # half-open: the day after November does not touch it
    assert "sale" not in index.overlapping(When.day(2025, 12, 1))
    assert index.overlapping(When.day(2024, 12, 31)) == ("open_start",)


def test_at_an_instant(index: IntervalIndex[str]) -> None:
    """at() stabs with one microsecond; naive datetimes are refused."""
    noon = pendulum.datetime(2026, 2, 4, 12)
    assert index.at(noon) == ("call", "plan", "open_end")
    assert index.at(noon, certainly=True) == ("plan", "open_end")
    midnight = pendulum.datetime(2026, 2, 5)
    assert index.at(midnight) == ("plan", "expiry", "open_end")
    with pytest.raises(InvalidSpanError):
        index.at(dt.datetime(2026, 2, 4, 12))


def test_during_and_containing(index: IntervalIndex[str]) -> None:
    """during: inside the window; containing: around it, possibly or certainly."""
    assert index.during(When.year(2026)) == ("call", "expiry")
    assert index.during(When.year(2026), certainly=True) == ("call", "expiry")
    assert index.during(When.parse("2025/2026"), certainly=True) == ("call", "sale", "expiry")
    assert index.containing(CALL, certainly=True) == ("plan", "open_end")
    assert index.containing(CALL) == ("call", "plan", "open_end")
    assert index.containing(When.parse("2027/2029")) == ("plan", "open_end")


def test_before_and_after(index: IntervalIndex[str]) -> None:
    """before/after default to certainly, ends meeting starts counting."""
    assert index.before(CALL) == ("sale", "open_start")
    assert index.before(EXPIRY) == ("call", "sale", "open_start")
    assert index.after(CALL) == ("expiry",)
    assert index.after(SALE) == ("call", "plan", "expiry")
    # an open-ended durative span ends at +inf: never before anything
    assert index.before(CALL, certainly=False) == ("sale", "open_start")
    assert index.after(CALL_HOUR, certainly=False) == ("call", "expiry")
    assert index.after(CALL_HOUR) == ("expiry",)


def test_queries_relative_to_an_uncertain_time() -> None:
    """The *_positions methods take the keys of an uncertain time as it is."""
    idx = IntervalIndex([(CALL, 0), (When.day(2026, 2, 4, durative=True), 1)])
    as_is = span_keys(CALL)
    assert sorted(idx.overlapping_positions(as_is, certainly=True)) == [1]
    assert sorted(idx.overlapping_positions(span_keys(CALL, window=True), certainly=True)) == [0, 1]


def test_nearest(index: IntervalIndex[str]) -> None:
    """nearest ranks overlapping items first, then by gap; k limits the answer."""
    assert index.nearest(When.day(2026, 2, 6), 1) == ("plan",)
    assert index.nearest(When.day(2026, 2, 6), 4) == ("plan", "open_end", "expiry", "call")
    assert index.nearest(When.day(1990, 1, 1), 2) == ("open_start", "sale")
    assert index.nearest(CALL, 0) == ()
    assert len(index.nearest(CALL, 100)) == 6
    with pytest.raises(TypeError):
        index.nearest(CALL, 1.5)  # type: ignore[arg-type]


def test_of_events_and_span_keys_errors() -> None:
    """of_events indexes events by time; span_keys refuses durations and other types."""
    idx = IntervalIndex.of_events([Event(kind="call", when=CALL), Event(kind="call")])
    assert len(idx) == 1
    with pytest.raises(ValueError, match="duration"):
        span_keys(When.parse("P3D"))
    with pytest.raises(TypeError):
        span_keys("2026-02-04")  # type: ignore[arg-type]


def test_keys_of_a_day_and_of_an_instant() -> None:
    """A day's realizations start before its end and end after its start (1 µs apart)."""
    k = span_keys(CALL)
    (s_lo, s_hi), (e_lo, e_hi) = CALL.microsecond_ranges()
    assert (k.s_lo, k.s_hi, k.e_lo, k.e_hi) == (s_lo, s_hi - 1, e_lo + 1, e_hi)
    t = span_keys(pendulum.datetime(2026, 2, 4, tz="Asia/Shanghai"))
    assert t.e_hi - t.s_lo == 1
    assert "Keys(" in repr(t)
    assert isinstance(t, Keys)


def test_large_index_is_consistent() -> None:
    """Thousands of day events: overlap and stabbing counts are right."""
    days = [When.day(2025, 1, 1).shift(pendulum.duration(days=i)) for i in range(1000)]
    idx = IntervalIndex((d, i) for i, d in enumerate(days))
    assert idx.overlapping(When.month(2025, 2)) == tuple(range(31, 59))
    assert idx.at(pendulum.datetime(2025, 3, 1, 12)) == (59,)
    assert len(idx.before(When.day(2025, 2, 1))) == 31
    assert idx.nearest(When.day(2030, 1, 1), 2) == (999, 998)
