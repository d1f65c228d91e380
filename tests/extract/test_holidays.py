"""Tests of :mod:`timeline.extraction.holidays`."""

from __future__ import annotations

import datetime as dt

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from timeline.extraction.holidays import (
    DEFAULT_HOLIDAYS,
    DateTable,
    EasterOffset,
    FixedDate,
    Holiday,
    NthWeekday,
    easter,
)


@pytest.mark.parametrize(
    ("name", "year", "expected"),
    [
        ("Christmas", 2025, dt.date(2025, 12, 25)),
        ("Christmas Eve", 2025, dt.date(2025, 12, 24)),
        ("New Year's Day", 2026, dt.date(2026, 1, 1)),
        ("Independence Day", 2026, dt.date(2026, 7, 4)),
        ("the Fourth of July", 1998, dt.date(1998, 7, 4)),
        ("Thanksgiving", 1998, dt.date(1998, 11, 26)),
        ("Thanksgiving Day", 2026, dt.date(2026, 11, 26)),
        ("Memorial Day", 2025, dt.date(2025, 5, 26)),
        ("Labor Day", 2025, dt.date(2025, 9, 1)),
        ("Election Day", 2026, dt.date(2026, 11, 3)),
        ("Victory Day", 2025, dt.date(2025, 5, 9)),
        ("V-Day", 2025, dt.date(2025, 9, 3)),
        ("Easter", 2024, dt.date(2024, 3, 31)),
        ("Good Friday", 2025, dt.date(2025, 4, 18)),
        ("Presidents Day", 2026, dt.date(2026, 2, 16)),
        ("Martin Luther King Jr. Day", 2026, dt.date(2026, 1, 19)),
        ("Lunar New Year", 2026, dt.date(2026, 2, 17)),
        ("Chinese New Year", 2025, dt.date(2025, 1, 29)),
    ],
)
def test_known_dates(name: str, year: int, expected: dt.date) -> None:
    """The default table gives the right date for well-known days."""
    assert DEFAULT_HOLIDAYS.lookup(name).on(year) == expected


def test_table_is_extensible_and_immutable() -> None:
    """extend() returns a new table; later entries override earlier ones of the same name."""
    custom = Holiday(name="Victory Day", rule=FixedDate(month=5, day=8))
    table = DEFAULT_HOLIDAYS.extend(custom)
    assert table.lookup("Victory Day").on(2025) == dt.date(2025, 5, 8)
    assert DEFAULT_HOLIDAYS.lookup("Victory Day").on(2025) == dt.date(2025, 5, 9)
    assert len(table) == len(DEFAULT_HOLIDAYS) + 1


def test_lookup_errors_and_membership() -> None:
    """Unknown names raise KeyError from lookup() and are not members."""
    with pytest.raises(KeyError, match="Founders"):
        DEFAULT_HOLIDAYS.lookup("Founders Day")
    assert "Founders Day" not in DEFAULT_HOLIDAYS
    assert "christmas" in DEFAULT_HOLIDAYS


def test_needs_day() -> None:
    """Names like "Labor" need their "Day"; "Thanksgiving" does not."""
    pat = regex.compile(DEFAULT_HOLIDAYS.pattern(), regex.IGNORECASE)
    assert pat.fullmatch("Thanksgiving")
    assert not pat.fullmatch("Labor")
    assert pat.fullmatch("Labor Day")


def test_rules_reject_impossible_values() -> None:
    """Rules validate their fields and return None where a year has no such day."""
    with pytest.raises(ValueError, match="day"):
        FixedDate(month=2, day=30)
    with pytest.raises(ValueError, match="n"):
        NthWeekday(month=1, weekday=0, n=7)
    assert NthWeekday(month=2, weekday=0, n=5).on(2026) is None
    assert DateTable(dates={2026: (2, 17)}).on(1900) is None
    assert EasterOffset().on(1000) is None


@given(st.integers(min_value=1583, max_value=4099))
def test_easter_is_a_sunday_in_spring(year: int) -> None:
    """Computed Easter is always a Sunday between March 22 and April 25."""
    d = easter(year)
    assert d.weekday() == 6
    assert dt.date(year, 3, 22) <= d <= dt.date(year, 4, 25)


@given(st.integers(min_value=1900, max_value=2100), st.integers(1, 12), st.integers(0, 6),
       st.sampled_from([-1, 1, 2, 3, 4]))
def test_nth_weekday_lands_on_the_weekday(year: int, month: int, weekday: int, n: int) -> None:
    """NthWeekday gives a date in the month on the asked weekday."""
    d = NthWeekday(month=month, weekday=weekday, n=n).on(year)
    assert d is not None
    assert d.month == month
    assert d.weekday() == weekday
