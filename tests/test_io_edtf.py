"""Tests for timeline.io.edtf: EDTF strings for every When, both ways."""

from __future__ import annotations

import pytest
from hypothesis import given

from timeline._strategies_time import whens
from timeline.errors import ParseError
from timeline.io.edtf import from_edtf, is_lossless, to_edtf
from timeline.when import Granularity, When

LOSSY = {Granularity.WEEK, Granularity.PART_OF_DAY, Granularity.HOUR, Granularity.MINUTE}


@pytest.mark.parametrize(
    ("when", "edtf"),
    [
        (When.day(2026, 2, 4), "2026-02-04"),
        (When.month(2025, 11), "2025-11"),
        (When.year(2025), "2025"),
        (When.season(2025, "SU"), "2025-22"),
        (When.quarter(2025, 4), "2025-36"),
        (When.decade(199), "199X"),
        (When.century(19), "19XX"),
        (When.parse("2026/2030"), "2026/2030"),
        (When.parse("../2026-02-04"), "../2026-02-04"),
        (When.parse("2025-11/.."), "2025-11/.."),
        (When.parse("2025-11~"), "2025-11~"),
        (When.parse("2025-11?"), "2025-11?"),
        (When.parse("2025-11%"), "2025-11%"),
        (When.parse("[2026-01-10..2026-02-04]"), "[2026-01-10..2026-02-04]"),
        (When.parse("P3D"), "P3D"),
    ],
    ids=str,
)
def test_table(when: When, edtf: str) -> None:
    """The documented forms are written and read back exactly."""
    assert to_edtf(when) == edtf
    assert from_edtf(edtf) == when
    assert is_lossless(when)


def test_weeks_keep_their_bounds() -> None:
    """EDTF has no weeks: a week becomes a set of days with the same bounds."""
    week = When.week(2025, 6)
    back = from_edtf(to_edtf(week))
    assert (back.earliest_start, back.latest_end) == (week.earliest_start, week.latest_end)
    assert back.granularity is Granularity.DAY
    assert not is_lossless(week)


@given(whens())
def test_every_when_has_an_edtf_string(when: When) -> None:
    """Every generated When has an EDTF string that reads back with the same bounds and flags.

    The granularity survives too, except for the forms EDTF cannot name (weeks, parts of day,
    hours and minutes), which come back as sets of finer granules.
    """
    tz = when.timezone or "UTC"
    back = from_edtf(to_edtf(when), tz=tz)
    assert (back.earliest_start, back.latest_start, back.earliest_end, back.latest_end) == (
        when.earliest_start,
        when.latest_start,
        when.earliest_end,
        when.latest_end,
    )
    assert (back.durative, back.approximate, back.uncertain, back.duration) == (
        when.durative,
        when.approximate,
        when.uncertain,
        when.duration,
    )
    if when.granularity not in LOSSY:
        assert back == when
        assert is_lossless(when)


@pytest.mark.parametrize("text", ["2025-13-45", "Feb. 4", "", "2025-37"])
def test_invalid_strings(text: str) -> None:
    """Strings that are not EDTF raise ParseError naming them."""
    with pytest.raises(ParseError):
        from_edtf(text)
