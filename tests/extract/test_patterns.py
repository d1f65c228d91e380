"""Tests for the end-anchored cue patterns that the extraction searches in reverse."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from timeline.extraction.detect import _PRECEDING_DATE, _THEIR_COUNTRIES
from timeline.extraction.merge import _ORDINAL_BEFORE
from timeline.extraction.patterns import LazyRegex

_WORDS = st.sampled_from(
    ("the", "two", "countries'", "countries\u2019", "their", "intent", "to", "in", "weeks",
     "preceding", "ahead", "of", "days", "before", "since", "Feb.", "4", ",", "\n", " ", "In",
     "first", "second", "3rd", "round", "rounds", "session", "talks", "high-level")
)
_WINDOWS = st.lists(_WORDS, max_size=14).map(" ".join) | st.lists(_WORDS, max_size=14).map("".join)


def _forward(pattern: LazyRegex) -> regex.Pattern[str]:
    return regex.compile(pattern.pattern.replace("(?r)", "", 1), pattern.flags & ~regex.REVERSE)


@given(_WINDOWS)
def test_reverse_cues_find_what_the_forward_ones_found(text: str) -> None:
    """A cue that must end where the window does is searched from the end, which tries one
    position where a forward search tries them all; it finds a cue in the same windows, and
    "in the weeks preceding" the same direction word, "the second round of" the same ordinal."""
    for pattern in (_PRECEDING_DATE, _THEIR_COUNTRIES, _ORDINAL_BEFORE):
        forward = _forward(pattern)
        for end in range(len(text) + 1):
            for start in (0, end // 2):
                found = pattern.search(text, start, end)
                expected = forward.search(text, start, end)
                assert (found is None) == (expected is None)
                if found is not None:
                    assert found.groupdict() == expected.groupdict()
