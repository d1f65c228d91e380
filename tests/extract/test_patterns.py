"""Tests for timeline.extraction.patterns: lazily compiled patterns and the end-anchored search."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from timeline.extraction.detect import (
    _ANCHOR_RE,
    _CAUSE_LEAD,
    _FIRST_SINCE,
    _PRECEDING_DATE,
    _THEIR_COUNTRIES,
)
from timeline.extraction.patterns import LazyRegex

# the end-anchored reverse patterns the extraction searches with search_back
_BACKWARD = (_ANCHOR_RE, _CAUSE_LEAD, _FIRST_SINCE, _PRECEDING_DATE, _THEIR_COUNTRIES)
_WORDS = st.sampled_from(
    ("the", "two", "countries'", "over", "their", "latest", "first", "since", "in", "weeks",
     "preceding", "ahead", "of", "days", "before", "Feb.", "4", "arms", "sale", ",", "\n", " ",
     "\u2019", "In")
)
_WINDOWS = st.lists(_WORDS, max_size=14).map(" ".join) | st.lists(_WORDS, max_size=14).map("".join)


@given(_WINDOWS, st.data())
def test_search_back_finds_what_a_search_finds(text: str, data: st.DataObject) -> None:
    """search_back tries one end position where search tries them all, and finds the same
    match, in the whole text or in a window of it (a newline at its end included)."""
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    for pattern in _BACKWARD:
        found = pattern.search_back(text, start, end)
        expected = pattern.search(text, start, end)
        assert (found and (found.span(), found.groups())) == (
            expected and (expected.span(), expected.groups())
        )


@pytest.mark.parametrize("window", ["held in the weeks preceding ", "held since\n", "preceding it"])
def test_search_back_matches_the_forward_pattern(window: str) -> None:
    """_PRECEDING_DATE became a reverse pattern: it finds a cue where its forward form did, and
    the same direction word."""
    forward = regex.compile(_PRECEDING_DATE.pattern.replace("(?r)", ""), regex.IGNORECASE)
    found, expected = _PRECEDING_DATE.search_back(window), forward.search(window)
    assert (found and found.group("dir")) == (expected and expected.group("dir"))


@pytest.mark.parametrize(("text", "span"), [("held after", (5, 10)), ("held after\n", (5, 10))])
def test_search_back_ends_before_a_final_newline(text: str, span: tuple[int, int]) -> None:
    """``$`` also matches before a newline that ends the text: search_back finds that match, as
    a search does, though none ends where the text does."""
    pattern = LazyRegex(r"(?r)\bafter$")
    found = pattern.search_back(text)
    assert found is not None and found.span() == span == pattern.search(text).span()


def test_search_back_needs_a_reverse_pattern() -> None:
    """A forward pattern would be tried at the window's end only: a ValueError says so."""
    with pytest.raises(ValueError, match="reverse"):
        LazyRegex(r"after\s+$").search_back("talks after ")
