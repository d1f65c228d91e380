"""Property tests for When: round-trips, invariants and consistency of the views."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from timeline._strategies_time import crisp_whens, whens
from timeline.errors import ParseError
from timeline.relations import possibly_overlaps
from timeline.when import Granularity, When


@given(whens())
def test_parse_str_round_trips(w: When) -> None:
    """When.parse(str(w)) == w, in the value's own zone."""
    assert When.parse(str(w), tz=w.timezone) == w


@given(whens(timezones=["UTC"]))
def test_parse_str_round_trips_in_utc_by_default(w: When) -> None:
    """For UTC values the zone argument is not even needed."""
    assert When.parse(str(w)) == w
    assert eval(repr(w), {"When": When}) == w


@given(whens())
def test_bounds_are_ordered(w: When) -> None:
    """Generated values satisfy the four order invariants."""
    if w.is_duration:
        return
    (s_lo, s_hi), (e_lo, e_hi) = w.microsecond_ranges()
    assert s_lo <= s_hi
    assert e_lo <= e_hi
    assert s_lo <= e_lo
    assert s_hi <= e_hi
    assert s_lo < e_hi


@given(whens(allow_durations=False))
def test_edtf_parses_to_the_same_outer_bounds(w: When) -> None:
    """The EDTF form keeps the outer bounds of single granules."""
    if w.durative or not (w.earliest_start == w.earliest_end and w.latest_start == w.latest_end):
        return
    back = When.parse(w.edtf, tz=w.timezone)
    assert back.microsecond_ranges()[0][0] == w.microsecond_ranges()[0][0]
    assert back.microsecond_ranges()[1][1] == w.microsecond_ranges()[1][1]


@given(whens(), whens())
def test_equality_hash_and_pickle(a: When, b: When) -> None:
    """Equal values hash alike and survive pickling."""
    assert pickle.loads(pickle.dumps(a)) == a
    if a == b:
        assert hash(a) == hash(b)
    assert (a == b) == (When.parse(str(a), tz=a.timezone) == b)


@given(whens(allow_durations=False), st.sampled_from(["UTC", "Asia/Kolkata", "America/Denver"]))
def test_in_timezone_keeps_instants(w: When, zone: str) -> None:
    """Changing the zone never changes the instants."""
    moved = w.in_timezone(zone)
    assert moved == w
    assert moved.microsecond_ranges() == w.microsecond_ranges()


@given(whens(allow_durations=False), whens(allow_durations=False))
def test_overlaps_agrees_with_relations(a: When, b: When) -> None:
    """When.overlaps is possibly_overlaps, and it is symmetric."""
    assert a.overlaps(b) == possibly_overlaps(a, b) == b.overlaps(a)


@given(st.lists(whens(), min_size=2, max_size=6))
def test_sort_key_is_a_total_order_consistent_with_starts(values: list[When]) -> None:
    """Sorting by sort_key puts earlier earliest starts first."""
    ordered = sorted(values, key=lambda w: w.sort_key)
    for left, right in itertools.pairwise(ordered):
        if not left.is_duration and not right.is_duration:
            assert left.microsecond_ranges()[0][0] <= right.microsecond_ranges()[0][0]
        assert not (left.is_duration and not right.is_duration)


@given(whens(allow_durations=False), st.integers(-1000, 1000))
def test_shift_by_whole_days_and_back(w: When, days: int) -> None:
    """Shifting by n days then by -n days gives the value back."""
    delta = dt.timedelta(days=days)
    assert w.shift(delta).shift(-delta) == w


@given(crisp_whens())
def test_crisp_whens_are_crisp(w: When) -> None:
    """crisp_whens only generates durative, bounded values."""
    assert w.durative
    assert w.is_crisp
    assert not w.is_open
    assert When.parse(str(w), tz=w.timezone) == w


@given(st.text(max_size=30))
def test_parse_raises_only_parse_error(text: str) -> None:
    """Any string parses or raises ParseError (never another exception)."""
    try:
        w = When.parse(text)
    except ParseError as exc:
        assert exc.text == text  # noqa: PT017 - parsing may succeed, so no pytest.raises
    else:
        assert isinstance(w, When)


@given(st.from_regex(r"\A[0-9PTWQXYMDHS~?%/.\[\]:+\- ZSUFAWINOEV]{1,24}\Z"))
def test_parse_fuzz_near_valid_forms(text: str) -> None:
    """Strings made of the grammar's characters parse or raise ParseError."""
    with contextlib.suppress(ParseError):
        When.parse(text)


@given(whens(min_value=dt.datetime(2026, 2, 1, tzinfo=dt.UTC),
             max_value=dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
             granularities=[Granularity.YEAR, Granularity.WEEK], timezones=["UTC"]))
def test_whens_respects_the_range(w: When) -> None:
    """Bounds stay inside [min_value, max_value]; too coarse granules fall back to finer ones."""
    if w.is_duration:
        return
    lo = dt.datetime(2026, 2, 1, tzinfo=dt.UTC)
    hi = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    for bound in (w.earliest_start, w.latest_start, w.earliest_end, w.latest_end):
        assert bound is None or lo <= bound <= hi
    assert w.granularity is not Granularity.YEAR


@pytest.mark.parametrize(
    "kwargs",
    [
        {"min_value": dt.datetime(2026, 1, 1)},
        {"min_value": dt.datetime(2026, 1, 2, tzinfo=dt.UTC),
         "max_value": dt.datetime(2026, 1, 1, tzinfo=dt.UTC)},
        {"min_value": "2026"},
        {"granularities": []},
        {"granularities": [Granularity.DAY, "day"]},
        {"granularities": Granularity.DAY},
        {"timezones": []},
        {"timezones": "UTC"},
        {"timezones": ["Mars/Olympus"]},
        {"max_value": dt.date(9999, 1, 1)},
    ],
)
def test_whens_validates_arguments_eagerly(kwargs: dict[str, object]) -> None:
    """Bad arguments raise InvalidArgument when the strategy is built."""
    with pytest.raises(InvalidArgument):
        whens(**kwargs)  # type: ignore[arg-type]


def test_whens_accepts_dates() -> None:
    """Dates are taken as UTC midnight."""
    strategy = whens(min_value=dt.date(2020, 1, 1), max_value=dt.date(2020, 12, 31))
    assert strategy is not None


def test_whens_rejects_a_range_without_a_whole_second() -> None:
    """A range that holds no whole second is rejected eagerly."""
    with pytest.raises(InvalidArgument, match="whole second"):
        whens(min_value=dt.datetime(2026, 1, 1, 0, 0, 0, 500_000, tzinfo=dt.UTC),
              max_value=dt.datetime(2026, 1, 1, 0, 0, 1, 600_000, tzinfo=dt.UTC))


@given(whens(min_value=dt.date(9990, 1, 1), max_value=dt.date(9997, 1, 1),
             granularities=[Granularity.CENTURY], timezones=["UTC"], allow_durations=False))
def test_whens_falls_back_when_a_granule_cannot_exist(w: When) -> None:
    """Near year 9999 a century cannot be built; a finer granule is used instead."""
    assert w.granularity < Granularity.CENTURY
