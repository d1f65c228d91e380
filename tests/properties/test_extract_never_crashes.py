"""Extraction of any text returns an Extraction with valid offsets, or raises a documented error.

The default run draws a modest number of examples per strategy. The long run is
``HYPOTHESIS_PROFILE=fuzz pytest -m fuzz tests/properties/test_extract_never_crashes.py``
(100,000 examples by default; ``TIMELINE_FUZZ_EXAMPLES`` changes the count).
"""

from __future__ import annotations

import os
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.errors import TimelineError
from timeline.extraction.pipeline import Extraction, ExtractOptions, extract

PUBLISHED = "2026-02-05"

# Words that the time grammar, the trigger lexicon and the actor tables react to, so that
# random sequences of them hit the extractor's branches far more often than random letters.
_TOKENS = (
    "Feb.", "Feb", "February", "Sept.", "May", "March", "4", "04", "2026", "2025-2030", "1999",
    "12/31/2025", "2026-02-04", "T15:30", "15:30", "a.m.", "p.m.", "Tuesday", "today",
    "yesterday", "tomorrow", "last", "next", "week", "month", "year", "years", "days",
    "hours later", "the previous day", "the same day", "one day before", "earlier this month",
    "in", "on", "of", "the", "and", ",", ".", ";", "—", "-", "(", ")", '"', "'s", "U.S.",
    "U.N.", "Xi", "Jinping", "President", "Putin", "Trump", "Chinese", "Russian", "met",
    "meeting", "talks", "spoke by phone", "call", "visit", "summit", "signed", "expired",
    "expiration", "New START", "treaty", "sanctions", "arms sale", "$11.1 billion", "€2bn",
    "43%", "said", "told", "parade", "Victory Day", "Lichun", "Five-Year Plan", "15th",
    "not", "will", "would", "plans to", "\n", "\n\n", "\t", "\u00a0", "\u2028", "\u200b",
    "\ufeff", "\x00", "\x1f", "\ud7ff", "\U0001d7d0\U0001d7ce", "é", "中文", "٢٠٢٦", "İ", "ß", "ﬃ",
)

texts_of_tokens = st.lists(st.sampled_from(_TOKENS), max_size=60).map(" ".join)
glued_tokens = st.lists(st.sampled_from(_TOKENS), max_size=30).map("".join)
long_runs = st.builds(
    lambda unit, n: unit * n,
    st.sampled_from(("Feb. ", "9", "x", "A", ".", "-", "$1 ", "Xi ", "((", "\n", "é", "2026 ",
                     "Monday ", "the ", "U.S. ")),
    st.integers(min_value=1, max_value=3_000),
)
digits_and_punctuation = st.text(alphabet=string.digits + string.punctuation + " ", max_size=300)
anything = st.text(max_size=400)
strategies = st.one_of(anything, texts_of_tokens, glued_tokens, long_runs, digits_and_punctuation)


def _check(text: str) -> None:
    try:
        result = extract(text, published=PUBLISHED)
    except TimelineError:
        return  # a documented error (ParseError, InputTooLargeError...) is an allowed outcome
    assert isinstance(result, Extraction)
    assert result.text == text
    for t in result.timexes:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
    for event in result.events:
        assert event.mentions, event
        for m in event.mentions:
            assert 0 <= m.start <= m.end <= len(text)
            assert text[m.start : m.end] == m.text
    for r in result.relations:
        assert 0 <= r.a < len(result.events)
        assert 0 <= r.b < len(result.events)


@given(anything)
def test_any_unicode_text(text: str) -> None:
    """Any Unicode text (control characters, surrogates, astral planes) is handled."""
    _check(text)


@given(texts_of_tokens)
def test_sequences_of_trigger_and_date_words(text: str) -> None:
    """Random sequences of the words the grammar reacts to ("Feb. Feb. Feb. 4 hours later")."""
    _check(text)


@given(glued_tokens)
def test_glued_tokens(text: str) -> None:
    """The same words without spaces between them."""
    _check(text)


@settings(max_examples=25)
@given(long_runs)
def test_long_repetitions(text: str) -> None:
    """Long runs of one token: "Feb. " * n, long digit strings, deep punctuation."""
    _check(text)


@given(digits_and_punctuation)
def test_digits_and_punctuation(text: str) -> None:
    """Strings of digits and punctuation (dates, money, percentages, ranges)."""
    _check(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00",
        "Feb. Feb. Feb.",
        "Feb. " * 2_000,
        "9" * 50_000,
        "x" * 100_000,
        "(" * 5_000 + ")" * 5_000,
        "$1 " * 5_000,
        "On Feb. 4 Xi met Putin." * 100,  # glued sentences: see benchmarks/worst_case.py
        "\ud800",  # a lone surrogate is still a str
    ],
)
def test_known_adversarial_inputs(text: str) -> None:
    """Hand-picked adversarial texts."""
    _check(text)


def test_size_limit_is_a_documented_error() -> None:
    """A text over the configured limit raises InputTooLargeError (a TimelineError)."""
    from timeline.errors import InputTooLargeError

    with pytest.raises(InputTooLargeError):
        extract("x" * 11, published=PUBLISHED, options=ExtractOptions(max_chars=10))


@pytest.mark.parametrize("value", [None, 42, b"\xff\xfe", ["Feb. 4"]])
def test_non_text_raises_input_error(value: object) -> None:
    """Values that are not text raise InputError, a TimelineError and a TypeError."""
    from timeline.errors import InputError

    with pytest.raises(InputError):
        extract(value, published=PUBLISHED)  # type: ignore[arg-type]


def _fuzz_enabled(config: pytest.Config) -> bool:
    markexpr = config.getoption("markexpr", default="") or ""
    return "fuzz" in markexpr or os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"


@pytest.mark.fuzz
@pytest.mark.slow
def test_fuzz_long_run(pytestconfig: pytest.Config) -> None:
    """The long run: 100,000 examples over all the input strategies (``-m fuzz``)."""
    if not _fuzz_enabled(pytestconfig):
        pytest.skip("long fuzz run: select it with -m fuzz or HYPOTHESIS_PROFILE=fuzz")
    examples = int(os.environ.get("TIMELINE_FUZZ_EXAMPLES", "100000"))
    seen = {"examples": 0, "characters": 0, "longest": 0}

    @settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck),
              database=None)
    @given(strategies)
    def run(text: str) -> None:
        seen["examples"] += 1
        seen["characters"] += len(text)
        seen["longest"] = max(seen["longest"], len(text))
        _check(text)

    run()
    print(f"fuzz: {seen['examples']} examples, {seen['characters']} characters, "
          f"longest {seen['longest']}")
    assert seen["examples"] >= examples
