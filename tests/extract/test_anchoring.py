"""Tests of :mod:`timeline.extraction.anchoring`: tense, year-less dates, weekdays, anchors."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extraction.anchoring import (
    Tense,
    after_since,
    choose_year,
    pick_anchor,
    tense_at,
    weekday_date,
)
from timeline.extraction.normalise import Granule

PUB = dt.date(2026, 2, 5)  # a Thursday


@pytest.mark.parametrize(
    ("sentence", "word", "tense"),
    [
        ("Xi met Putin on Feb. 4.", "Feb. 4", Tense.PAST),
        ("The leaders will meet in November.", "November", Tense.FUTURE),
        ("They'll meet in November.", "November", Tense.FUTURE),
        ("Talks are set to resume in March.", "March", Tense.FUTURE),
        ("The dividend will be paid in January.", "January", Tense.FUTURE),
        ("Sales have risen since 2020.", "2020", Tense.PAST),
        ("Ukraine remains free today.", "today", Tense.PRESENT),
        ("Hamas must release the hostages by Saturday.", "Saturday", Tense.FUTURE),
        ("The rights expire Nov. 21.", "Nov. 21", Tense.FUTURE),
        ("November", "November", Tense.UNKNOWN),
        ("The army, he said Friday, had withdrawn.", "Friday", Tense.PAST),
        ("It has fallen this year through Oct. 19.", "Oct. 19", Tense.PAST),
        ("It has been on patrol since March and is due back.", "March", Tense.PAST),
        ("It would be paid on a still unspecified date in January.", "January", Tense.FUTURE),
        ("It announced an agreement to buy the bank in January.", "January", Tense.UNKNOWN),
        ("They planned a rally on Saturday and were planning to march.", "Saturday",
         Tense.UNKNOWN),
        ("He was arrested on Thursday as he was about to be deported.", "Thursday", Tense.PAST),
    ],
)
def test_tense_at(sentence: str, word: str, tense: Tense) -> None:
    """The nearest tense cue decides; words inside the span do not count."""
    i = sentence.index(word)
    assert tense_at(sentence, i, i + len(word)) is tense


@pytest.mark.parametrize(
    ("month", "day", "tense", "year"),
    [
        (11, None, Tense.PAST, 2025),
        (11, None, Tense.FUTURE, 2026),
        (11, None, Tense.UNKNOWN, 2025),
        (2, 4, Tense.PAST, 2026),
        (2, 4, Tense.UNKNOWN, 2026),
        (9, 3, Tense.UNKNOWN, 2025),
        (5, 9, Tense.PAST, 2025),
        (5, 9, Tense.FUTURE, 2026),
        (3, 1, Tense.PAST, 2026),  # a past verb near a date just ahead: a schedule
        (2, 1, Tense.FUTURE, 2026),  # a future verb near a date just past: the same year
        (3, None, Tense.PAST, 2026),  # ... and near the month just ahead
        (4, None, Tense.PAST, 2025),  # "met again in April": two months ahead is no schedule
        (11, None, Tense.PRESENT, 2025),
        (6, None, Tense.PRESENT, 2026),
    ],
)
def test_choose_year(month: int, day: int | None, tense: Tense, year: int) -> None:
    """Year-less dates land in the year the tense and the distance suggest."""
    assert choose_year(month, day, PUB, tense) == year


@given(st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2098, 12, 31)),
       st.integers(1, 12), st.integers(1, 28), st.sampled_from(list(Tense)))
def test_choose_year_is_adjacent(ref: dt.date, month: int, day: int, tense: Tense) -> None:
    """The chosen year is always the reference year or one of its neighbours."""
    assert abs(choose_year(month, day, ref, tense) - ref.year) <= 1
    assert abs(choose_year(month, None, ref, tense) - ref.year) <= 1


@given(st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2098, 12, 31)),
       st.integers(0, 6), st.sampled_from(list(Tense)))
def test_weekday_date_within_a_week(ref: dt.date, weekday: int, tense: Tense) -> None:
    """A bare weekday is that weekday, at most six days from the reference."""
    d = weekday_date(weekday, ref, tense)
    assert d.weekday() == weekday
    assert abs((d - ref).days) <= 6
    if tense is Tense.PAST:
        assert d <= ref
    if tense is Tense.FUTURE:
        assert d >= ref


def test_weekday_examples() -> None:
    """Past, future and untensed weekdays around a Thursday."""
    assert weekday_date(1, PUB, Tense.PAST) == dt.date(2026, 2, 3)
    assert weekday_date(1, PUB, Tense.FUTURE) == dt.date(2026, 2, 10)
    assert weekday_date(3, PUB, Tense.UNKNOWN) == PUB
    assert weekday_date(4, PUB, Tense.UNKNOWN) == dt.date(2026, 2, 6)
    assert weekday_date(0, PUB, Tense.UNKNOWN) == dt.date(2026, 2, 2)


def test_pick_anchor() -> None:
    """The latest granule at least as fine as needed; quarters look for quarters only."""
    year = Granule("year", dt.date(2026, 1, 1))
    day = Granule.of_day(dt.date(2026, 2, 4))
    quarter = Granule("quarter", dt.date(2025, 10, 1))
    prev = [quarter, day, None, year]
    assert pick_anchor(prev, "year") == (3, year)
    assert pick_anchor(prev, "day") == (1, day)
    assert pick_anchor(prev, "time") == (1, day)
    assert pick_anchor(prev, "quarter") == (0, quarter)
    assert pick_anchor(prev, "quarter", limit=2) is None
    assert pick_anchor([], "day") is None


def _tense_brute_force(sentence: str, start: int, end: int) -> Tense:
    """The governing cue found by scanning every cue of the sentence (the reference)."""
    from timeline.extraction.anchoring import _PENALTY, _coordinator_re, _markers

    best: tuple[int, Tense] | None = None
    reported = False  # a reporting verb after the span closes the clause
    for s, e, tense, kind in _markers(sentence):
        if s >= start and e <= end:
            continue
        if e <= start:
            dist = start - e
        elif s >= end:
            if reported:
                break
            dist = s - end + _PENALTY[kind]
            if _coordinator_re().search(sentence, end, s):
                dist += 25
            reported = kind == "report"
        else:
            continue
        if best is None or dist < best[0]:
            best = (dist, tense)
    return best[1] if best else Tense.UNKNOWN


_CUE_TEXT = (
    "was met will said says is are had has planned plans to the a on Feb. 4 Tuesday in "
    "November agreed were planning it the proposed unspecified since through this year"
)
_CUES = st.sampled_from(tuple(_CUE_TEXT.split(" ")))


@given(st.lists(_CUES, min_size=1, max_size=40), st.data())
def test_tense_at_looks_only_near_but_agrees_with_a_full_scan(words: list[str],
                                                               data: st.DataObject) -> None:
    """The bounded search for the nearest cue finds what scanning every cue finds."""
    sentence = " ".join(words)
    i = data.draw(st.integers(0, len(words) - 1))
    j = data.draw(st.integers(i, min(len(words) - 1, i + 3)))
    start = len(" ".join(words[:i])) + (1 if i else 0)
    end = len(" ".join(words[: j + 1]))
    # the deadline, copula and "since" cues come first in tense_at; compare only without them
    if not any(
        w in ("through", "since", "until", "by", "is", "are") for w in words[max(0, i - 4) : i]
    ):
        assert tense_at(sentence, start, end) is _tense_brute_force(sentence, start, end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sanctions in place since 2022 stay.", True),
        ("Prices have risen since early March.", True),
        ("Talks resumed in March.", False),
        ("It has been years since\nMarch was calm.", False),
    ],
)
def test_a_time_after_since(text: str, expected: bool) -> None:
    """ "since 2022", "since early March" start a stretch; a line break ends the phrase."""
    start = max(text.find("2022"), text.find("March"))
    assert after_since(text, start) is expected
    if expected:
        assert tense_at(text, start) is Tense.PAST
