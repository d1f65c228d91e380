"""Example tests for timeline.when: constructors, parsing, formatting, zones and invariants."""

from __future__ import annotations

import datetime as dt
import pickle
from typing import Any

import pendulum
import pytest

from timeline import when as when_module
from timeline.errors import InvalidSpanError, ParseError, UnknownTimezoneError
from timeline.when import Granularity, When, parse_instant, to_datetime, to_microseconds

UTC = dt.UTC


def iso(value: dt.datetime | None) -> str | None:
    """Helper: ISO form of a bound (None stays None)."""
    return None if value is None else value.isoformat()


def length(w: When) -> dt.timedelta:
    """Helper: latest end minus earliest start of a bounded When."""
    assert w.earliest_start is not None
    assert w.latest_end is not None
    return w.latest_end - w.earliest_start


# ------------------------------------------------------------------ seed article times


def test_seed_feb4_is_a_day_within() -> None:
    """"Feb. 4" (2026) is a point somewhere within the day 2026-02-04."""
    feb4 = When.day(2026, 2, 4)
    assert (iso(feb4.earliest_start), iso(feb4.latest_start)) == (
        "2026-02-04T00:00:00+00:00", "2026-02-05T00:00:00+00:00")
    assert (iso(feb4.earliest_end), iso(feb4.latest_end)) == (
        "2026-02-04T00:00:00+00:00", "2026-02-05T00:00:00+00:00")
    assert feb4.granularity is Granularity.DAY
    assert not feb4.durative
    assert str(feb4) == "2026-02-04"
    assert When.parse("2026-02-04") == feb4


def test_seed_november_2025_is_a_month() -> None:
    """"in November" (2025) is the month 2025-11, not a day in it."""
    nov = When.parse("2025-11")
    assert nov == When.month(2025, 11)
    assert nov.granularity is Granularity.MONTH
    assert iso(nov.latest_end) == "2025-12-01T00:00:00+00:00"
    assert str(nov) == "2025-11"


def test_seed_five_year_plan_is_a_durative_span() -> None:
    """"(2026-2030)" is a span of five whole years that the plan fills."""
    plan = When.parse("2026/2030")
    assert plan == When.between(When.year(2026), When.year(2030))
    assert plan.durative
    assert plan.is_crisp
    assert plan.granularity is Granularity.YEAR
    assert iso(plan.earliest_start) == "2026-01-01T00:00:00+00:00"
    assert iso(plan.latest_end) == "2031-01-01T00:00:00+00:00"
    assert str(plan) == "2026/2030"


def test_seed_sept3_2025_and_expiry_feb5() -> None:
    """Sept. 3 2025 and the New START expiry on 2026-02-05 are days, in order."""
    sept3 = When.day(2025, 9, 3)
    expiry = When.parse("2026-02-05")
    assert str(sept3) == "2025-09-03"
    assert expiry == When.day(2026, 2, 5)
    assert sept3.sort_key < When.day(2026, 2, 4).sort_key < expiry.sort_key


# ------------------------------------------------------------------ constructors


@pytest.mark.parametrize(
    ("value", "expected", "granularity", "start", "end"),
    [
        (When.year(2025), "2025", Granularity.YEAR, "2025-01-01", "2026-01-01"),
        (When.month(2025, 12), "2025-12", Granularity.MONTH, "2025-12-01", "2026-01-01"),
        (When.week(2025, 6), "2025-W06", Granularity.WEEK, "2025-02-03", "2025-02-10"),
        (When.week(2026, 1), "2026-W01", Granularity.WEEK, "2025-12-29", "2026-01-05"),
        (When.quarter(2025, 4), "2025-Q4", Granularity.QUARTER, "2025-10-01", "2026-01-01"),
        (When.season(2025, "SP"), "2025-SP", Granularity.SEASON, "2025-03-01", "2025-06-01"),
        (When.season(2025, "su"), "2025-SU", Granularity.SEASON, "2025-06-01", "2025-09-01"),
        (When.season(2025, "FA"), "2025-FA", Granularity.SEASON, "2025-09-01", "2025-12-01"),
        (When.season(2025, "WI"), "2025-WI", Granularity.SEASON, "2025-12-01", "2026-03-01"),
        (When.decade(199), "199", Granularity.DECADE, "1990-01-01", "2000-01-01"),
        (When.century(19), "19", Granularity.CENTURY, "1900-01-01", "2000-01-01"),
        (When.day(2024, 2, 29), "2024-02-29", Granularity.DAY, "2024-02-29", "2024-03-01"),
    ],
)
def test_calendar_constructors(
    value: When, expected: str, granularity: Granularity, start: str, end: str
) -> None:
    """Each calendar constructor gives the right granule, label and bounds."""
    assert str(value) == expected
    assert value.granularity is granularity
    assert value.earliest_start is not None
    assert value.latest_end is not None
    assert value.earliest_start.date().isoformat() == start
    assert value.latest_end.date().isoformat() == end
    assert When.parse(expected) == value


@pytest.mark.parametrize(
    ("part", "start", "end"),
    [
        ("MO", "2026-02-04T06:00:00+00:00", "2026-02-04T12:00:00+00:00"),
        ("AF", "2026-02-04T12:00:00+00:00", "2026-02-04T18:00:00+00:00"),
        ("EV", "2026-02-04T18:00:00+00:00", "2026-02-04T22:00:00+00:00"),
        ("NI", "2026-02-04T22:00:00+00:00", "2026-02-05T06:00:00+00:00"),
    ],
)
def test_parts_of_day(part: str, start: str, end: str) -> None:
    """TIMEX3 parts of day map to fixed hours; the night runs into the next morning."""
    w = When.parse(f"2026-02-04T{part}")
    assert w == When.part_of_day(2026, 2, 4, part)
    assert (iso(w.earliest_start), iso(w.latest_end)) == (start, end)
    assert w.granularity is Granularity.PART_OF_DAY
    assert str(w) == f"2026-02-04T{part}"


def test_clock_constructors() -> None:
    """Hours, minutes and seconds are granules of the clock."""
    assert str(When.hour(2026, 2, 4, 15)) == "2026-02-04T15"
    assert str(When.minute(2026, 2, 4, 15, 30)) == "2026-02-04T15:30"
    assert str(When.second(2026, 2, 4, 15, 30, 5)) == "2026-02-04T15:30:05"
    minute = When.parse("2026-02-04T15:30")
    assert minute.granularity is Granularity.MINUTE
    assert length(minute) == dt.timedelta(minutes=1)


def test_instant_takes_the_granule_containing_it() -> None:
    """When.instant floors to the requested granularity in the datetime's zone."""
    t = dt.datetime(2026, 2, 4, 23, 30, 15, 123, tzinfo=UTC)
    assert str(When.instant(t)) == "2026-02-04T23:30:15"
    assert When.instant(t, granularity=Granularity.DAY) == When.day(2026, 2, 4)
    assert When.instant(t, tz="Asia/Shanghai", granularity=Granularity.DAY) == When.day(
        2026, 2, 5, tz="Asia/Shanghai")
    assert When.instant(dt.datetime(2026, 2, 4, 9), tz="Europe/Paris",
                        granularity=Granularity.HOUR) == When.hour(2026, 2, 4, 9,
                                                                   tz="Europe/Paris")
    assert When.instant("2026-02-04T15:30:00") == When.second(2026, 2, 4, 15, 30, 0)


def test_durative_constructors_fill_the_span() -> None:
    """durative=True gives crisp bounds, printed as an interval."""
    day = When.day(2026, 2, 4, durative=True)
    assert day.earliest_start == day.latest_start
    assert day.earliest_end == day.latest_end
    assert day.is_crisp
    assert str(day) == "2026-02-04/2026-02-04"
    assert When.parse("2026-02-04/2026-02-04") == day


def test_crisp_bounds_are_marked_durative() -> None:
    """A When built with crisp bounds is durative, so equal values compare equal."""
    start = pendulum.datetime(2026, 2, 4, tz="UTC")
    end = pendulum.datetime(2026, 2, 5, tz="UTC")
    w = When(earliest_start=start, latest_start=start, earliest_end=end, latest_end=end,
             granularity=Granularity.DAY)
    assert w.durative
    assert w == When.day(2026, 2, 4, durative=True)


def test_between_mixed_granularities_and_datetimes() -> None:
    """between takes the coarser granularity; datetimes count as seconds."""
    span = When.between(When.month(2025, 11), When.day(2026, 2, 4))
    assert span.granularity is Granularity.MONTH
    assert str(span) == "2025-11/2026-02-04"
    assert When.parse(str(span)) == span
    t = dt.datetime(2026, 2, 4, 12, tzinfo=UTC)
    assert When.between(When.day(2026, 2, 4), t).latest_end == t
    assert When.between(t, dt.datetime(2026, 2, 4, 13), tz="UTC").granularity is (
        Granularity.SECOND)
    with pytest.raises(InvalidSpanError):
        When.between(When.day(2026, 2, 5), When.day(2026, 2, 3))
    with pytest.raises(InvalidSpanError):
        When.between(When.parse("P3D"), When.day(2026, 2, 3))
    with pytest.raises(InvalidSpanError):
        When.between(When.day(2026, 2, 3), When.parse("P3D"))


def test_between_can_override_granularity() -> None:
    """An explicit granularity wins over the computed one."""
    span = When.between(When.day(2026, 1, 1), When.day(2030, 12, 31),
                        granularity=Granularity.YEAR)
    assert span == When.parse("2026/2030")


@pytest.mark.parametrize(
    ("text", "expected", "granularity"),
    [
        ("P3D", "P3D", Granularity.DAY),
        ("P1Y2M", "P1Y2M", Granularity.MONTH),
        ("PT5H", "PT5H", Granularity.HOUR),
        ("P2W", "P2W", Granularity.WEEK),
        ("P14D", "P2W", Granularity.WEEK),
        ("P1DT2H", "P1DT2H", Granularity.HOUR),
        ("PT1M", "PT1M", Granularity.MINUTE),
        ("PT1.5S", "PT1.5S", Granularity.SECOND),
        ("P5Y", "P5Y", Granularity.YEAR),
    ],
)
def test_durations(text: str, expected: str, granularity: Granularity) -> None:
    """ISO 8601 durations parse to pure durations and print canonically."""
    w = When.parse(text)
    assert w.is_duration
    assert not w.is_open
    assert w.earliest_start is w.latest_end is None
    assert str(w) == expected
    assert w.granularity is granularity
    assert When.parse(expected) == w
    assert When.of_duration(text) == w


def test_of_duration_from_objects() -> None:
    """of_duration accepts pendulum durations and timedeltas."""
    assert str(When.of_duration(pendulum.duration(days=3))) == "P3D"
    assert str(When.of_duration(dt.timedelta(hours=5))) == "PT5H"
    assert str(When.of_duration(dt.timedelta(0))) == "PT0S"
    with pytest.raises(ParseError, match="'3 days'"):
        When.of_duration("3 days")


# ------------------------------------------------------------------ parsing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026", When.year(2026)),
        ("2025-11", When.month(2025, 11)),
        ("2026-02-04", When.day(2026, 2, 4)),
        (" 2026-02-04 ", When.day(2026, 2, 4)),
        ("2025-W06", When.week(2025, 6)),
        ("2025-Q4", When.quarter(2025, 4)),
        ("2025-SU", When.season(2025, "SU")),
        ("199", When.decade(199)),
        ("19", When.century(19)),
        ("2026-02-04TMO", When.part_of_day(2026, 2, 4, "MO")),
        ("2026-02-04T15", When.hour(2026, 2, 4, 15)),
        ("2026-02-04T15:30", When.minute(2026, 2, 4, 15, 30)),
        ("2026-02-04 15:30", When.minute(2026, 2, 4, 15, 30)),
        ("2026-02-04T15:30:00", When.second(2026, 2, 4, 15, 30, 0)),
        ("2026-02-04T15:30:00Z", When.second(2026, 2, 4, 15, 30, 0)),
        ("2026-02-04T23:30:00+08:00", When.second(2026, 2, 4, 15, 30, 0)),
        ("2026-02-04T10:30-0500", When.minute(2026, 2, 4, 15, 30)),
        ("2025-22", When.season(2025, "SU")),
        ("2025-36", When.quarter(2025, 4)),
        ("199X", When.decade(199)),
        ("19XX", When.century(19)),
        ("2026/2030", When.between(When.year(2026), When.year(2030))),
    ],
)
def test_parse_forms(text: str, expected: When) -> None:
    """ISO 8601, TIMEX3 and EDTF forms parse to the expected value, keeping the text."""
    w = When.parse(text)
    assert w == expected
    assert w.text == text


def test_parse_open_ends() -> None:
    """EDTF open ends '..' give None bounds on a durative interval."""
    before = When.parse("../2026-02-04")
    assert before.durative
    assert before.is_open
    assert before.earliest_start is None
    assert before.latest_start is None
    assert iso(before.latest_end) == "2026-02-05T00:00:00+00:00"
    after = When.parse("2025-11/..")
    assert iso(after.earliest_start) == "2025-11-01T00:00:00+00:00"
    assert after.latest_end is None
    assert str(before) == "../2026-02-04"
    assert str(after) == "2025-11/.."
    with pytest.raises(ParseError):
        When.parse("../..")


@pytest.mark.parametrize(
    ("text", "approximate", "uncertain"),
    [("2025-11~", True, False), ("2025-11?", False, True), ("2025-11%", True, True)],
)
def test_parse_qualifiers(text: str, approximate: bool, uncertain: bool) -> None:
    """EDTF qualifiers set the flags and print back."""
    w = When.parse(text)
    assert (w.approximate, w.uncertain) == (approximate, uncertain)
    assert str(w) == text
    assert w != When.month(2025, 11)


def test_parse_windows() -> None:
    """An EDTF set '[a..b]' is a "within" When spanning a..b."""
    w = When.parse("[2026-01-10..2026-02-04]")
    assert not w.durative
    assert iso(w.earliest_start) == "2026-01-10T00:00:00+00:00"
    assert iso(w.latest_end) == "2026-02-05T00:00:00+00:00"
    assert w.earliest_end == w.earliest_start
    assert w.latest_start == w.latest_end
    assert str(w) == "[2026-01-10..2026-02-04]"
    assert str(When.parse("[..2026-02-04]")) == "[..2026-02-04]"
    assert str(When.parse("[2026-02-04..]")) == "[2026-02-04..]"
    assert When.parse("[2025-11..2025-11]") == When.month(2025, 11)


def test_parse_uncertain_interval() -> None:
    """A slash form with windows gives a "within" When with uncertain start and end."""
    w = When.parse("[2026-01..2026-02]/[2026-05..2026-06]")
    assert not w.durative
    assert iso(w.latest_start) == "2026-03-01T00:00:00+00:00"
    assert iso(w.earliest_end) == "2026-05-01T00:00:00+00:00"
    assert str(w) == "[2026-01..2026-02]/[2026-05..2026-06]"
    assert When.parse(str(w)) == w


def test_parse_in_a_zone() -> None:
    """Values without an offset are read in the given zone."""
    w = When.parse("2026-02-04", tz="Asia/Shanghai")
    assert iso(w.earliest_start) == "2026-02-04T00:00:00+08:00"
    assert w.timezone == "Asia/Shanghai"
    assert w != When.parse("2026-02-04")
    assert When.parse("2026-02-04", tz=None) == When.day(2026, 2, 4)


@pytest.mark.parametrize(
    "text",
    [
        "", "Feb. 4", "2026-13", "2026-02-30", "2025-W54", "2025-Q5", "2025-XX", "2026-00",
        "1", "P", "PT", "P1H", "2026/", "/2026", "2026/2025", "[2026]", "[..]",
        "2026-02-04T25:00", "2026-02-04T24:00", "2026-02-04TXX", "0", "000", "PRESENT_REF",
        "FUTURE_REF", "2026-02-04T15:30+25:00", "2025-37", "10000",
    ],
)
def test_parse_errors_name_the_input(text: str) -> None:
    """Invalid values raise ParseError naming the input and suggesting valid forms."""
    with pytest.raises(ParseError) as info:
        When.parse(text)
    assert info.value.text == text
    assert repr(text) in str(info.value)


def test_parse_error_suggests_forms() -> None:
    """The message lists examples of the accepted forms."""
    with pytest.raises(ParseError, match=r"such as '2026-02-04'.*'P3D'"):
        When.parse("next Tuesday")
    with pytest.raises(ParseError, match="reference time"):
        When.parse("PAST_REF")


def test_parse_rejects_non_strings() -> None:
    """A non-string is a ParseError, not an AttributeError."""
    with pytest.raises(ParseError):
        When.parse(20260204)  # type: ignore[arg-type]


# ------------------------------------------------------------------ zones


def test_unknown_timezone_is_named() -> None:
    """An unknown zone raises UnknownTimezoneError naming it."""
    with pytest.raises(UnknownTimezoneError, match="'Europe/Pariss'") as info:
        When.day(2026, 2, 4, tz="Europe/Pariss")
    assert info.value.zone == "Europe/Pariss"
    with pytest.raises(UnknownTimezoneError):
        When.parse("2026", tz="Mars/Olympus")
    with pytest.raises(UnknownTimezoneError):
        When.day(2026, 2, 4, tz=42)  # type: ignore[arg-type]
    with pytest.raises(UnknownTimezoneError):
        When.day(2026, 2, 4, tz="+99:00")


def test_fixed_offsets_and_tzinfo_objects() -> None:
    """Fixed offsets and tzinfo objects are accepted as zones."""
    assert When.day(2026, 2, 4, tz="+08:00") == When.day(2026, 2, 4, tz="Asia/Shanghai")
    assert When.day(2026, 2, 4, tz="-05:30").timezone == "-05:30"
    assert When.day(2026, 2, 4, tz=UTC) == When.day(2026, 2, 4)
    assert When.day(2026, 2, 4, tz=None) == When.day(2026, 2, 4)


def test_days_follow_the_local_calendar_across_dst() -> None:
    """A day in a zone with daylight saving time may last 23 hours."""
    day = When.day(2026, 3, 29, tz="Europe/Paris")
    assert length(day) == dt.timedelta(hours=23)
    assert str(day) == "2026-03-29"
    hour = When.hour(2026, 11, 1, 1, tz="America/New_York")
    assert length(hour) == dt.timedelta(hours=1)
    assert When.parse(str(hour), tz="America/New_York") == hour


def test_in_timezone_keeps_instants() -> None:
    """in_timezone changes the zone, not the instants; labels follow the new zone."""
    w = When.day(2026, 2, 4).in_timezone("Asia/Shanghai")
    assert w == When.day(2026, 2, 4)
    assert w.timezone == "Asia/Shanghai"
    # Not a whole local day any more: str() is a best effort that keeps the instants.
    assert str(w) == "[2026-02-04T08..2026-02-05T07]"
    back = When.parse(str(w), tz="Asia/Shanghai")
    assert back.microsecond_ranges() == w.microsecond_ranges()
    assert back.granularity is Granularity.HOUR


def test_naive_bounds_are_rejected() -> None:
    """Naive datetimes are refused rather than silently taken as UTC."""
    with pytest.raises(InvalidSpanError, match="naive"):
        When(earliest_start=dt.datetime(2026, 2, 4), latest_end=dt.datetime(2026, 2, 5),
             granularity=Granularity.DAY)
    with pytest.raises(InvalidSpanError, match="naive"):
        When.instant(dt.datetime(2026, 2, 4))
    with pytest.raises(InvalidSpanError, match="naive"):
        to_datetime(dt.date(2026, 2, 4))
    with pytest.raises(TypeError):
        When(earliest_start="2026-02-04", granularity=Granularity.DAY)


# ------------------------------------------------------------------ invariants


def test_bounds_out_of_order_raise() -> None:
    """Each of the four order invariants is enforced with InvalidSpanError."""
    a = pendulum.datetime(2026, 2, 4, tz="UTC")
    b = pendulum.datetime(2026, 2, 5, tz="UTC")
    c = pendulum.datetime(2026, 2, 6, tz="UTC")
    bad: list[dict[str, Any]] = [
        {"earliest_start": b, "latest_start": a, "earliest_end": b, "latest_end": c},
        {"earliest_start": a, "latest_start": b, "earliest_end": c, "latest_end": b},
        {"earliest_start": b, "latest_start": b, "earliest_end": a, "latest_end": c},
        {"earliest_start": a, "latest_start": c, "earliest_end": a, "latest_end": b},
        {"earliest_start": b, "latest_start": b, "earliest_end": b, "latest_end": b},
    ]
    for bounds in bad:
        with pytest.raises(InvalidSpanError):
            When(**bounds, granularity=Granularity.DAY)


def test_durative_must_be_crisp_and_nonempty() -> None:
    """durative=True requires crisp, non-empty bounds."""
    a = pendulum.datetime(2026, 2, 4, tz="UTC")
    b = pendulum.datetime(2026, 2, 5, tz="UTC")
    with pytest.raises(InvalidSpanError, match="crisp"):
        When(earliest_start=a, latest_start=b, earliest_end=a, latest_end=b,
             granularity=Granularity.DAY, durative=True)
    with pytest.raises(InvalidSpanError):
        When(earliest_start=b, latest_start=b, earliest_end=a, latest_end=a,
             granularity=Granularity.DAY, durative=True)


def test_duration_and_bounds_are_exclusive() -> None:
    """A pure duration has no bounds and a When has bounds or a duration."""
    a = pendulum.datetime(2026, 2, 4, tz="UTC")
    with pytest.raises(InvalidSpanError):
        When(earliest_start=a, latest_end=a.add(days=1), granularity=Granularity.DAY,
             duration=pendulum.duration(days=1))
    with pytest.raises(InvalidSpanError):
        When(granularity=Granularity.DAY)
    with pytest.raises(InvalidSpanError):
        When(granularity=Granularity.DAY, duration=pendulum.duration(days=1), durative=True)


@pytest.mark.parametrize(
    "build",
    [
        lambda: When.month(2025, 13),
        lambda: When.day(2025, 2, 29),
        lambda: When.week(2025, 53),
        lambda: When.quarter(2025, 0),
        lambda: When.season(2025, "XX"),
        lambda: When.part_of_day(2025, 1, 1, "NOON"),
        lambda: When.decade(0),
        lambda: When.century(0),
        lambda: When.year(9999),
        lambda: When.hour(2025, 1, 1, 24),
    ],
)
def test_invalid_calendar_values(build: object) -> None:
    """Out-of-range calendar values raise InvalidSpanError."""
    with pytest.raises(InvalidSpanError):
        build()  # type: ignore[operator]


# ------------------------------------------------------------------ views and operations


def test_views() -> None:
    """start_bounds, end_bounds, is_open, is_duration, value and timezone."""
    w = When.month(2025, 11)
    assert w.start_bounds == (w.earliest_start, w.latest_start)
    assert w.end_bounds == (w.earliest_end, w.latest_end)
    assert not w.is_open
    assert not w.is_duration
    assert not w.is_crisp
    assert w.value == "2025-11"
    assert w.timezone == "UTC"
    assert When.parse("P3D").timezone is None


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        ("2026-02-04", "2026-02-04"),
        ("2025-11~", "2025-11~"),
        ("199", "199X"),
        ("19", "19XX"),
        ("2025-SU", "2025-22"),
        ("2025-WI", "2025-24"),
        ("2025-Q1", "2025-33"),
        ("2025-W06", "[2025-02-03..2025-02-09]"),
        ("2026-02-04T15", "[2026-02-04T15:00:00..2026-02-04T15:59:59]"),
        ("2026-02-04TMO", "[2026-02-04T06:00:00..2026-02-04T11:59:59]"),
        ("2026-02-04T15:30:05", "2026-02-04T15:30:05"),
        ("2026/2030", "2026/2030"),
        ("199/20", "1990/20XX"),
        ("P3D", "P3D"),
    ],
)
def test_edtf(text: str, edtf: str) -> None:
    """.edtf translates TIMEX3-only forms to EDTF; it parses back to the same outer bounds."""
    w = When.parse(text)
    assert w.edtf == edtf
    back = When.parse(edtf)
    if not w.is_duration:
        assert back.microsecond_ranges()[0][0] == w.microsecond_ranges()[0][0]
        assert back.microsecond_ranges()[1][1] == w.microsecond_ranges()[1][1]


def test_sort_key_orders_starts_then_ends() -> None:
    """sort_key sorts by earliest start, then latest end; durations go last."""
    values = [When.parse("P3D"), When.year(2026), When.day(2026, 1, 1), When.month(2025, 11),
              When.parse("../2025-01-01"), When.parse("2026-01/..")]
    ordered = [str(w) for w in sorted(values, key=lambda w: w.sort_key)]
    assert ordered == ["../2025-01-01", "2025-11", "2026-01-01", "2026", "2026-01/..", "P3D"]


def test_contains_and_overlaps() -> None:
    """contains/overlaps are "possibly" tests on the half-open outer bounds."""
    feb4 = When.day(2026, 2, 4)
    assert feb4.contains(dt.datetime(2026, 2, 4, tzinfo=UTC))
    assert not feb4.contains(dt.datetime(2026, 2, 5, tzinfo=UTC))
    assert feb4.contains(dt.datetime(2026, 2, 5, 7, 59, tzinfo=dt.timezone(dt.timedelta(hours=8))))
    assert feb4.overlaps(When.year(2026))
    assert not feb4.overlaps(When.day(2026, 2, 5))
    assert When.parse("2025-11/..").contains(dt.datetime(2999, 1, 1, tzinfo=UTC))
    with pytest.raises(InvalidSpanError):
        When.parse("P3D").contains(dt.datetime(2026, 1, 1, tzinfo=UTC))


def test_shift() -> None:
    """shift moves every bound; calendar units follow the calendar."""
    assert When.day(2026, 2, 4).shift(dt.timedelta(days=1)) == When.day(2026, 2, 5)
    assert When.month(2026, 1).shift(pendulum.duration(months=1)) == When.month(2026, 2)
    assert str(When.parse("2025-11/..").shift(pendulum.duration(years=1))) == "2026-11/.."
    assert When.parse("P3D").shift(dt.timedelta(days=1)) == When.parse("P3D")


def test_text_is_not_part_of_equality() -> None:
    """with_text sets provenance without changing equality or hash."""
    a = When.day(2026, 2, 4).with_text("Feb. 4")
    b = When.day(2026, 2, 4)
    assert a.text == "Feb. 4"
    assert a == b
    assert hash(a) == hash(b)
    assert When.parse("2026-02-04").text == "2026-02-04"


def test_repr_is_readable() -> None:
    """repr shows the parseable value (and zone) when it round-trips."""
    assert repr(When.day(2026, 2, 4)) == "When.parse('2026-02-04')"
    assert repr(When.day(2026, 2, 4, tz="Asia/Shanghai")) == (
        "When.parse('2026-02-04', tz='Asia/Shanghai')")
    start = pendulum.datetime(2026, 2, 4, 0, 0, 0, 5, tz="UTC")
    end = pendulum.datetime(2026, 2, 5, tz="UTC")
    odd = When(earliest_start=start, latest_start=end, earliest_end=start, latest_end=end,
               granularity=Granularity.DAY)
    assert repr(odd).startswith("When(bounds=(2026-02-04T00:00:00.000005+00:00")


def test_whens_pickle_and_hash() -> None:
    """Whens are hashable value objects that survive pickling."""
    values = {When.day(2026, 2, 4), When.day(2026, 2, 4), When.parse("2026/2030")}
    assert len(values) == 2
    w = When.parse("2025-11~", tz="Europe/Paris")
    assert pickle.loads(pickle.dumps(w)) == w


def test_granularity_order() -> None:
    """Granularities are ordered by rank, finest first."""
    order = list(Granularity)
    assert order == sorted(order)
    assert Granularity.PART_OF_DAY < Granularity.DAY < Granularity.WEEK < Granularity.MONTH
    assert Granularity.QUARTER < Granularity.SEASON < Granularity.YEAR
    with pytest.raises(TypeError):
        _ = Granularity.DAY < "day"


# ------------------------------------------------------------------ helpers


def test_to_datetime_and_parse_instant() -> None:
    """Module helpers convert dates, datetimes and strings to aware instants."""
    assert iso(to_datetime(dt.date(2026, 2, 4), "UTC")) == "2026-02-04T00:00:00+00:00"
    assert iso(to_datetime(dt.datetime(2026, 2, 4, 9), "Europe/Paris")) == (
        "2026-02-04T09:00:00+01:00")
    aware = dt.datetime(2026, 2, 4, 9, tzinfo=UTC)
    assert iso(to_datetime(aware, "Asia/Shanghai")) == "2026-02-04T17:00:00+08:00"
    assert iso(to_datetime("2026-02-04")) == "2026-02-04T00:00:00+00:00"
    assert iso(parse_instant("2026-02-04T15:30:00+08:00")) == "2026-02-04T15:30:00+08:00"
    with pytest.raises(TypeError):
        to_datetime(3.5)
    with pytest.raises(ParseError):
        parse_instant("../2026")
    with pytest.raises(ParseError):
        parse_instant("soon")


def test_to_microseconds_is_exact() -> None:
    """to_microseconds keeps every microsecond, far from the epoch too."""
    t = dt.datetime(9000, 1, 1, 0, 0, 0, 1, tzinfo=UTC)
    assert to_microseconds(t) - to_microseconds(t - dt.timedelta(microseconds=1)) == 1
    assert to_microseconds(dt.datetime(1970, 1, 1, tzinfo=UTC)) == 0
    with pytest.raises(InvalidSpanError):
        to_microseconds(dt.datetime(1970, 1, 1))


def test_module_public_names_are_documented() -> None:
    """Every name in timeline.when.__all__ exists and has a runnable example."""
    for name in when_module.__all__:
        doc = getattr(when_module, name).__doc__
        assert doc, name
        assert ">>>" in doc, name
    for name, member in vars(When).items():
        if name.startswith("_"):
            continue
        target = member.fget if isinstance(member, property) else getattr(member, "__func__",
                                                                           member)
        if callable(target):
            assert target.__doc__, name
            assert ">>>" in target.__doc__, name


def test_best_effort_labels_for_unaligned_bounds() -> None:
    """Bounds that are not whole granules still print, parse, and keep crisp starts."""
    start = pendulum.datetime(2026, 2, 4, tz="UTC")
    general = When(earliest_start=start, latest_start=start, earliest_end=start.add(hours=1),
                   latest_end=start.add(hours=5), granularity=Granularity.HOUR)
    assert str(general) == "2026-02-04T00/[2026-02-04T01..2026-02-04T04]"
    assert When.parse(str(general)) == general
    tiny = When.between(start, start + dt.timedelta(microseconds=500))
    assert str(tiny).startswith("2026-02-04T00:00:00/2026-02-04T00:00:00.000499")


def test_constructor_type_and_order_checks() -> None:
    """Bad field types raise TypeError; an empty "within" span raises InvalidSpanError."""
    with pytest.raises(TypeError):
        When(granularity=Granularity.DAY, duration="P3D")
    start = pendulum.datetime(2026, 2, 4, tz="UTC")
    with pytest.raises(InvalidSpanError):
        When(earliest_start=start, latest_start=start, earliest_end=None, latest_end=start,
             granularity=Granularity.DAY)


@pytest.mark.parametrize("text", ["[2026]/2027", "2026/[2027]", "2026/x", "[x..2026]", "[..]/.."])
def test_malformed_intervals(text: str) -> None:
    """Malformed interval parts are ParseErrors."""
    with pytest.raises(ParseError):
        When.parse(text)
