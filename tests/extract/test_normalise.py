"""Tests of :mod:`timeline.extraction.normalise` and the values find_timexes gives."""

from __future__ import annotations

import datetime as dt

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extraction.normalise import (
    GRANULARITIES,
    Granule,
    duration_value,
    parse_date_text,
    parse_quantity,
)
from timeline.extraction.timex import AnchorRelation, TimexType, find_timexes

PUB = pendulum.datetime(2026, 2, 5)  # a Thursday


def values(text: str, published: object = PUB) -> list[tuple[str, str | None]]:
    """(text, value) of every time expression in *text*."""
    return [(t.text, t.value) for t in find_timexes(text, published=published)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # calendar dates at the text's granularity
        ("It happened on Feb. 4.", [("Feb. 4", "2026-02-04")]),
        ("It happened on Feb. 4, 2026.", [("Feb. 4, 2026", "2026-02-04")]),
        ("It happened on 4 February 2026.", [("4 February 2026", "2026-02-04")]),
        ("It happened on 2026-02-04.", [("2026-02-04", "2026-02-04")]),
        ("It was announced in November.", [("November", "2025-11")]),
        ("They will meet in November.", [("November", "2026-11")]),
        ("Trade reached a record in 2025.", [("2025", "2025")]),
        ("Prices rose in the 1990s.", [("the 1990s", "199")]),
        ("Output peaked in mid-2025.", [("mid-2025", "2025")]),
        ("Sales fell in Q4 2025.", [("Q4 2025", "2025-Q4")]),
        ("the plan for 2026-2030", [("2026-2030", "2026/2030")]),
        ("Beijing's Sept. 3 parade was held.", [("Sept. 3", "2025-09-03")]),
        # relative to the publication date
        ("He spoke on Tuesday.", [("Tuesday", "2026-02-03")]),
        ("He will speak on Tuesday.", [("Tuesday", "2026-02-10")]),
        ("They met last week.", [("last week", "2026-W05")]),
        ("They meet next month.", [("next month", "2026-03")]),
        ("It grew this year.", [("this year", "2026")]),
        ("It happened late last year.", [("late last year", "2025")]),
        ("He left yesterday.", [("yesterday", "2026-02-04")]),
        ("He left today.", [("today", "2026-02-05")]),
        ("He left two days ago.", [("two days ago", "2026-02-03")]),
        ("He left three years ago.", [("three years ago", "2023")]),
        ("He recently left.", [("recently", "PAST_REF")]),
        ("It is now clear.", [("now", "PRESENT_REF")]),
        ("Talks in the coming months.", [("the coming months", "FUTURE_REF")]),
        ("It is currently closed.", [("currently", "PRESENT_REF")]),
        # durations and sets
        ("It lasted for three years.", [("three years", "P3Y")]),
        ("It lasted a decade.", [("a decade", "P10Y")]),
        ("It lasted one day.", [("one day", "P1D")]),
        ("It lasted 2 1/2 years.", [("2 1/2 years", "P2Y6M")]),
        ("They meet every week.", [("every week", "P1W")]),
        ("They meet annually.", [("annually", "P1Y")]),
        ("They meet weekly.", [("weekly", "P1W")]),
        ("They meet on Fridays.", [("on Fridays", "XXXX-WXX-5")]),
        # times of day
        ("It began at 3:30 p.m.", [("3:30 p.m.", "2026-02-05T15:30")]),
        ("He spoke this morning.", [("this morning", "2026-02-05TMO")]),
        ("He speaks tonight.", [("tonight", "2026-02-05TNI")]),
        # named days
        ("at Moscow's Victory Day parade, he said", [("Victory Day", "2025-05-09")]),
        ("They will celebrate Christmas.", [("Christmas", "2026-12-25")]),
        ("It was Thanksgiving 2025.", [("Thanksgiving 2025", "2025-11-27")]),
        # other calendar forms
        ("It was signed on 2026/02/04.", [("2026/02/04", "2026-02-04")]),
        ("It was signed on 04.02.2026.", [("04.02.2026", "2026-02-04")]),
        ("The summit ran Jan. 5-7.", [("Jan. 5-7", "2026-01-05/2026-01-07")]),
        ("They met on Nov. 18-19, 2024.", [("Nov. 18-19, 2024", "2024-11-18/2024-11-19")]),
        ("He served from 2009 to 2017.", [("2009", "2009"), ("2017", "2017")]),
        ("FY2025 revenue rose.", [("FY2025", "2025")]),
        ("Profits rose in H1 2025.", [("H1 2025", "2025-H1")]),
        ("It peaked in the first half of 2025.", [("the first half of 2025", "2025-H1")]),
        ("It happened in June last year.", [("June last year", "2025-06")]),
        ("It lasted for the past 24 hours.", [("the past 24 hours", "PT24H")]),
        ("They will finish by the end of the month.", [("the end of the month", "2026-02")]),
        ("The deal should close by year-end.", [("year-end", "2026")]),
        ("Protests grew over the weekend.", [("the weekend", "2026-W05-WE")]),
        ("Less than a week ago, Iran attacked.",
         [("Less than a week ago", "2026-01-29/2026-02-05")]),
        ("Profit fell in the quarter ended Sept. 30.", [("the quarter", "2025-Q3"),
                                                       ("Sept. 30", "2025-09-30")]),
        ("Sales rose in the third quarter from a year earlier.", [("the third quarter", "2025-Q3"),
                                                                  ("a year earlier", "2024-Q3")]),
        ("Today, Ukraine remains free.", [("Today", "PRESENT_REF")]),
        # parts of days keep their granularity
        ("He spoke Tuesday night.", [("Tuesday night", "2026-02-03TNI")]),
        ("They met early Friday morning.", [("early Friday morning", "2026-01-30TMO")]),
        ("At mid-afternoon yesterday, shares rose.", [("mid-afternoon yesterday",
                                                        "2026-02-04TAF")]),
        # lists, weeks of a date, sets of months
        ("The summit is on April 24 and 25.", [("April 24", "2026-04-24"), ("25", "2026-04-25")]),
        ("A hearing is set for the week of March 9.", [("the week of March 9", "2026-W11")]),
        ("Marchers parade each July.", [("each July", "XXXX-07")]),
        # durations with halves and trading days; an indefinite future
        ("A minute and a half later, he called.", [("A minute and a half", "PT1M30S")]),
        ("Eight trading days after the vote, it fell.", [("Eight trading days", "P8D")]),
        ("The city will one day be a capital.", [("one day", "FUTURE_REF")]),
        # the last completed year; year-end after "since"
        ("Sales in the latest fiscal year rose.", [("the latest fiscal year", "2025")]),
        ("The change is measured since year-end.", [("year-end", "2025")]),
        ("Over the years, it grew.", [("the years", "PXY")]),
        # "over the past four years": a preposition, not "more than"
        ("Over the past four years, trade grew.", [("the past four years", "P4Y")]),
        ("This past weekend, the leaders met.", [("This past weekend", "2026-W05-WE")]),
        ("They will meet this coming Sunday.", [("this coming Sunday", "2026-02-08")]),
        ("Last Saturday night, drones hit Kyiv.", [("Last Saturday night", "2026-01-31TNI")]),
        # overnight: the night before the narrative day, else before the publication day
        ("Drones struck Kyiv overnight.", [("overnight", "2026-02-04TNI")]),
        ("Shares fell on Jan. 30 after overnight losses in Tokyo.",
         [("Jan. 30", "2026-01-30"), ("overnight", "2026-01-29TNI")]),
        ("She booked an overnight stay at the overnight rate.", []),
        # anaphoric weekdays count from the narrative day
        ("Shares closed on Jan. 23, up from the previous Friday.",
         [("Jan. 23", "2026-01-23"), ("the previous Friday", "2026-01-16")]),
    ],
)
def test_values(text: str, expected: list[tuple[str, str]]) -> None:
    """Common news expressions get TIMEX3 values at their own granularity."""
    assert values(text) == expected


def test_anaphora_resolve_against_narrative_time() -> None:
    """"Hours later", "the next day", "the previous year" follow the latest fitting time."""
    text = ("Xi met Putin on Jan. 9 and, hours later, called Trump. The next day, talks ended. "
            "A summit in Busan in 2025 helped; the previous year was tense.")
    got = find_timexes(text, published=PUB)
    by_text = {t.text: t for t in got}
    assert by_text["hours later"].value == "2026-01-09"
    assert by_text["hours later"].anchor == 0
    assert by_text["hours later"].relation is AnchorRelation.AFTER
    assert by_text["hours later"].offset == "PTXH"
    assert by_text["The next day"].value == "2026-01-10"
    assert by_text["The next day"].offset == "P1D"
    assert by_text["the previous year"].value == "2024"
    assert by_text["the previous year"].relation is AnchorRelation.BEFORE


def test_same_day_and_event_anchored_distances() -> None:
    """"The same day" repeats its anchor; "one day before the X" is a distance to an event."""
    text = "On Feb. 4 Xi met Putin, one day before the expiration of the pact, and on the same day"
    got = find_timexes(text, published=PUB)
    assert [(t.text, t.value) for t in got] == [
        ("Feb. 4", "2026-02-04"),
        ("one day", "P1D"),
        ("the same day", "2026-02-04"),
    ]
    assert got[1].type is TimexType.DURATION
    assert got[1].relation is AnchorRelation.BEFORE
    assert got[1].anchor is None
    assert got[2].relation is AnchorRelation.SAME


def test_no_publication_date() -> None:
    """Without a publication date year-less dates get XXXX and deictic ones no value."""
    assert values("He left on Feb. 4 and came back yesterday.", None) == [
        ("Feb. 4", "XXXX-02-04"),
        ("yesterday", None),
    ]


def test_when_is_attached() -> None:
    """Each value that has bounds carries a When that prints back the same value."""
    got = find_timexes("On Feb. 4, 2026, for three years, in 2026-2030.", published=PUB)
    assert [str(t.when) for t in got] == ["2026-02-04", "P3Y", "2026/2030"]
    assert got[0].when is not None
    assert got[0].when.text is None or isinstance(got[0].when.text, str)


@pytest.mark.parametrize(
    ("text", "number"),
    [("a", 1.0), ("two", 2.0), ("twenty-four", 24.0), ("twenty four", 24.0), ("1,000", 1000.0),
     ("half a", 0.5), ("2 1/2", 2.5), ("a hundred", 100.0), ("several", None), ("a few", None)],
)
def test_parse_quantity(text: str, number: float | None) -> None:
    """Number words, digits and vague quantities."""
    assert parse_quantity(text) == number


@pytest.mark.parametrize(
    ("n", "unit", "value"),
    [(3, "year", "P3Y"), (1, "decade", "P10Y"), (None, "year", "PXY"), (36, "hour", "PT36H"),
     (1.5, "day", "P1DT12H"), (0.5, "hour", "PT30M"), (2, "quarter", "P2Q"),
     (1, "fortnight", "P2W"),
     (1.5, "minute", "PT1M30S")],
)
def test_duration_value(n: float | None, unit: str, value: str) -> None:
    """Durations use TIMEX3 units, with fractions spelled in the next smaller unit."""
    assert duration_value(n, unit) == value


@given(st.dates(min_value=dt.date(1600, 1, 1), max_value=dt.date(2200, 12, 31)),
       st.sampled_from(GRANULARITIES[2:]), st.integers(-30, 30),
       st.sampled_from(["day", "week", "month", "quarter", "year"]))
def test_granule_shift_keeps_granularity(d: dt.date, gran: str, n: int, unit: str) -> None:
    """Shifting a granule keeps its granularity, and the start is the unit's first day."""
    g = Granule.of_day(d).coarsen(gran)
    shifted = g.shift(n, unit)
    assert shifted.gran == gran
    assert shifted.coarsen(gran) == shifted
    assert shifted.start < shifted.end()


def test_granule_values() -> None:
    """Values for every granularity."""
    d = dt.date(2026, 2, 4)
    got = {g: Granule.of_day(d).coarsen(g).value for g in GRANULARITIES if g not in ("time", "pod")}
    assert got == {"day": "2026-02-04", "weekend": "2026-W06-WE", "week": "2026-W06",
                   "month": "2026-02", "season": "2025-WI", "quarter": "2026-Q1",
                   "half": "2026-H1", "year": "2026", "decade": "202", "century": "20"}


def test_dateparser_fallback_is_cached_and_lazy() -> None:
    """parse_date_text reads forms our rules leave alone, at dateparser's granularity."""
    ref = dt.date(2026, 2, 5)
    assert parse_date_text("February 4th, 2026", ref) == "2026-02-04"
    assert parse_date_text("March 2015", ref) == "2015-03"
    assert parse_date_text("1998", ref) == "1998"
    before = parse_date_text.cache_info().hits
    parse_date_text("March 2015", ref)
    assert parse_date_text.cache_info().hits == before + 1


def test_importing_extract_does_not_import_dateparser() -> None:
    """dateparser is only imported when a span needs it."""
    import subprocess
    import sys

    code = ("import sys, pendulum; from timeline.extraction.timex import find_timexes; "
            "find_timexes('On Feb. 4, 2026.', published=pendulum.datetime(2026, 2, 5)); "
            "print('dateparser' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_bad_arguments() -> None:
    """Non-text raises InputError; a publication date of the wrong type raises ParseError."""
    from timeline.errors import InputError, ParseError

    with pytest.raises(InputError):
        find_timexes(b"Feb. 4", published=PUB)  # type: ignore[arg-type]
    with pytest.raises(ParseError, match="publication date"):
        find_timexes("Feb. 4", published="2026-02-05")  # type: ignore[arg-type]


def test_tense_places_year_less_dates() -> None:
    """Spans closed by "through", "since", adjectives in -ed and agreements set the year."""
    pub = pendulum.datetime(2025, 10, 27)
    assert values("The fund has fallen 2% this year through Oct. 19.", pub) == [
        ("this year", "2025"), ("Oct. 19", "2025-10-19")]
    assert values("The ship has been on patrol since March.", pub) == [("March", "2025-03")]
    assert values("It would be paid on a still unspecified date in January.", pub) == [
        ("January", "2026-01")]
    assert values("It announced an agreement to acquire the bank in January.", pub) == [
        ("January", "2026-01")]


def test_event_relative_days_follow_the_narrative() -> None:
    """"The morning after the attack" counts from a day named just before, or is left out."""
    got = find_timexes("Iran attacked Israel on Saturday, April 13. Leaders met the morning "
                       "after the attack.", published=pendulum.datetime(2024, 4, 18))
    assert [(t.text, t.value, t.anchor) for t in got] == [
        ("Saturday, April 13", "2024-04-13", None), ("the morning", "2024-04-14TMO", 0)]
    assert got[1].relation is AnchorRelation.AFTER
    appos = values("Stocks fell on Oct. 12, the day before the plunge.")
    assert appos == [("Oct. 12", "2025-10-12"), ("the day", "2025-10-12")]
    # no day named nearby: no guess ("today" is not the attack's day)
    assert values("Today we act. As I said to leaders the morning after the attack, we act.") == [
        ("Today", "2026-02-05")]


def test_a_clock_time_takes_the_day_named_after_it() -> None:
    """"10:35 a.m. (0735 GMT) Friday": the weekday after the bracket dates the time."""
    got = values("The blast occurred at 10:35 a.m. (0735 GMT) Friday, toppling a building.",
                 pendulum.datetime(1998, 8, 8))
    assert got[0] == ("10:35 a.m.", "1998-08-07T10:35")
    # "5 p.m. EST, Nov. 6": one expression, dated by the day that follows the clock time
    assert values("The offer was extended until 5 p.m. EST, Nov. 6.",
                  pendulum.datetime(2025, 10, 30)) == [
        ("until 5 p.m. EST, Nov. 6", "2025-11-06T17:00")]


def test_the_day_before_a_day_is_one_expression() -> None:
    """"The day before last Tuesday", "the night before Christmas": shifted by one day."""
    assert values("The day before last Tuesday's hearing, he left.") == [
        ("The day before last Tuesday", "2026-02-02")]
    assert values("They met the night before Christmas.") == [
        ("the night before Christmas", "2025-12-24TNI")]


def test_comparisons_do_not_move_the_narrative() -> None:
    """"From a year ago" compares; "earlier in the year" still means the year reported on."""
    got = values("Sales rose 5% from a year ago. Rains delayed orders earlier in the year.",
                 pendulum.datetime(2025, 10, 26))
    assert got == [("a year ago", "2024"), ("earlier in the year", "2025")]


def test_current_quarter_is_the_publication_quarter() -> None:
    """"The current quarter" is under way at publication, whatever quarter was discussed."""
    got = values("Profit rose in the third quarter, and the current quarter began well.",
                 pendulum.datetime(2025, 10, 26))
    assert got == [("the third quarter", "2025-Q3"), ("the current quarter", "2025-Q4")]
