"""Tests of :mod:`timeline.extraction.grammar` and the span-level behaviour of find_timexes."""

from __future__ import annotations

import time

import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extraction.grammar import rules, scan
from timeline.extraction.timex import find_timexes

from . import SHARED


def spans(text: str) -> list[str]:
    """The texts of the grammar's matches in *text*."""
    return [m.text for m in scan(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Feb. 4 and", ["Feb. 4"]),
        ("on Feb. 4, 2026, in", ["Feb. 4, 2026"]),
        ("on 4 February 2026", ["4 February 2026"]),
        ("on 2026-02-04.", ["2026-02-04"]),
        ("on Tuesday, Sept. 3", ["Tuesday, Sept. 3"]),
        ("in November", ["November"]),
        ("in November 2023", ["November 2023"]),
        ("in 2025", ["2025"]),
        ("in the 1990s", ["the 1990s"]),
        ("by mid-2025", ["mid-2025"]),
        ("late last year", ["late last year"]),
        ("in Q4 2025", ["Q4 2025"]),
        ("the fourth quarter of 2025", ["the fourth quarter of 2025"]),
        ("posted a third-quarter loss", ["third-quarter"]),
        ("the previous year", ["the previous year"]),
        ("two days ago", ["two days ago"]),
        ("hours later", ["hours later"]),
        ("the same day", ["the same day"]),
        ("a same-day visit", ["same-day"]),
        ("the 15th Five-Year Plan (2026-2030)", ["Five-Year", "2026-2030"]),
        ("for three years", ["three years"]),
        ("a decade", ["a decade"]),
        ("every week", ["every week"]),
        ("meets annually", ["annually"]),
        ("at 3:30 p.m. today", ["3:30 p.m. today"]),
        ("this morning", ["this morning"]),
        ("tonight", ["tonight"]),
        ("at Moscow's Victory Day Parade", ["Victory Day"]),
        ("on Christmas Eve", ["Christmas Eve"]),
        ("in the coming months", ["the coming months"]),
        ("recently", ["recently"]),
        ("from March to May", ["March", "May"]),
        # lists of days are two time expressions, ranges one
        ("on April 24 and 25.", ["April 24", "25"]),
        ("on Nov. 18 or 19, 2024, in", ["Nov. 18", "19, 2024"]),
        ("a hearing the week of March 6, he said", ["the week of March 6"]),
        ("Marchers parade each July.", ["each July"]),
        ("at mid-afternoon yesterday, shares", ["mid-afternoon yesterday"]),
        ("By midafternoon it was over.", ["midafternoon"]),
        ("Over the years, it grew.", ["the years"]),
        ("In the years that followed, it fell.", ["the years"]),
        ("Eight trading days after the vote", ["Eight trading days after"]),
        ("They hope to one day return.", ["one day"]),
        ("They met the day after the vote.", ["the day after"]),  # valued only if anchored
    ],
)
def test_spans(text: str, expected: list[str]) -> None:
    """Common news forms are found with their modifiers."""
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "over 43% of global GDP",
        "reached $228.105 billion",
        "sent 2,000 troops",
        "2000 troops were sent",
        "you may go",
        "they march on",
        "page 12",
        "a 4-3 vote",
        "1,990 people",
        "$2025",
        "2025%",
        "No. 1998",
        "the score was 2010-2009",
        "call 555-2012 please",
        "on CBS's 60 Minutes",
        "the film High Noon",
        "a 6-year-old boy",
        "$2 million a year",
        'he said on ABC\'s "This Week," that',
        "on CBS's ''60 Minutes.'' The",
        "A second group of directors",
        "it would be a second betrayal",
        "for a second time",
    ],
)
def test_no_spurious_spans(text: str) -> None:
    """Amounts, counts, codes, "may", "march", quoted show titles, ordinals are not times."""
    assert spans(text) == []


def test_may_and_march_as_months() -> None:
    """The months May and March are found after words that introduce dates."""
    assert spans("in May") == ["May"]
    assert spans("since March") == ["March"]
    assert spans("May 9") == ["May 9"]


def test_rules_have_names_and_compile() -> None:
    """Every rule compiles and has a name the normaliser knows."""
    from timeline.extraction.normalise import _HANDLERS

    for r in rules():
        assert r.name in _HANDLERS
        assert r.compiled() is not None


def _seconds(text: str, repeat: int = 3) -> float:
    """Best-of-*repeat* time of find_timexes on *text*."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        find_timexes(text, published=pendulum.datetime(2026, 2, 5))
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.parametrize(
    "unit",
    ["Feb. ", "Feb. 4, ", "2026-", "the ", "early ", "last ", "more than ", "1 ", "a ", "the past ",
     "10:30 ", "9/", "'90s ", "Tuesday, ", "the day before ", "every ", "days ", "... ", "U.S. "],
)
def test_no_catastrophic_backtracking(unit: str) -> None:
    """Long adversarial repetitions cost about as much as news text of the same length.

    Text made of nothing but time expressions yields one expression every few characters, so it
    costs more than news (about 10x at worst); backtracking would cost thousands of times more.
    """
    news = (SHARED / "seed" / "xi-putin-trump-feb4.txt").read_text(encoding="utf-8")[:4000]
    bad = (unit * (len(news) // len(unit) + 1))[: len(news)]
    _seconds(news[:200])  # warm up
    assert _seconds(bad, 2) < 30 * _seconds(news, 2) + 0.05


def test_time_is_linear_in_length() -> None:
    """Ten times the text costs about ten times as much."""
    news = (SHARED / "seed" / "xi-putin-trump-feb4.txt").read_text(encoding="utf-8")
    _seconds(news[:200])
    assert _seconds(news * 10, 1) < 25 * _seconds(news, 2) + 0.05


@settings(max_examples=200)
@given(st.text())
def test_find_timexes_invariants(text: str) -> None:
    """For any text: sorted, in-bounds, non-overlapping spans whose text is the slice."""
    got = find_timexes(text, published=pendulum.datetime(2026, 2, 5))
    prev_end = 0
    for t in got:
        assert prev_end <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        prev_end = t.end


_VOCABULARY = (
    "Feb. 4 , 2026 the last next previous same day days week year years ago later earlier "
    "hours before after in on since Tuesday November May 1990s mid- late early 2,000 $ 43% "
    "Q4 quarter third-quarter every annually 3:30 p.m. today tonight Christmas a one two "
    "several decade - / . \n"
)
_WORDS = st.sampled_from(
    _VOCABULARY.split(" ")
)


@settings(max_examples=300)
@given(st.lists(_WORDS, max_size=40).map(" ".join), st.none() | st.datetimes().map(
    lambda d: pendulum.instance(d, tz="UTC")))
def test_find_timexes_never_crashes_on_date_like_text(text: str, published: object) -> None:
    """Date-like word salad with any (or no) publication date yields valid timexes."""
    got = find_timexes(text, published=published)  # type: ignore[arg-type]
    prev_end = 0
    for i, t in enumerate(got):
        assert prev_end <= t.start < t.end <= len(text)
        assert t.anchor is None or 0 <= t.anchor < i
        prev_end = t.end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote closed at 3pm on Friday.", ["3pm on Friday"]),
        ("Talks resumed at 15:30 local time.", ["15:30 local time"]),
        ("The blast came at 7 in the morning.", ["7 in the morning"]),
        ("They met at 10 o'clock.", ["10 o'clock"]),
        ("He spoke at 4 a.m. EDT Thursday.", ["4 a.m. EDT Thursday"]),
        ("The budget for FY2025 was cut.", ["FY2025"]),
        ("The plan covers 2025/26.", ["2025/26"]),
        ("It was signed on 2026-02-04.", ["2026-02-04"]),
        ("The 1990s were calm; so were the '80s.", ["The 1990s", "the '80s"]),
    ],
)
def test_clock_and_year_words_open_their_rules(text: str, expected: list[str]) -> None:
    """Clock times and years are found through their own trigger words (the "m" of "a.m.",
    "3pm", "15:30", four-digit numbers), not through every number of the text."""
    assert spans(text) == expected
