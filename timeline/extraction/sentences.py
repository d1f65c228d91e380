"""Sentence segmentation for English news text (pipeline stage 1).

Rules, in order:

* a line break always ends a sentence (headlines, bylines, captions and paragraphs are separate);
* ``.``, ``!`` or ``?`` (with any closing quotes or brackets) followed by white space and an
  upper-case letter, a digit or an opening quote ends a sentence, except after:

  - titles and other abbreviations that are always followed by more words ("Mr.", "Gen.", "No.",
    "Sept." before a day number, "e.g.");
  - initials ("Joseph R. Biden");
  - dotted acronyms and company suffixes ("U.S.", "U.N.", "p.m.", "Inc.", "Jr."), unless the next
    word is one that typically starts a sentence ("... in the U.S. The next day ...");
* a full stop glued to the next sentence, as text scraped from web pages often has it
  ("... met Putin.On Feb. 5 ..."), ends a sentence when a lower-case word of two letters or
  more ends before it and a capitalised word starts after it (not "U.S.A.", "Node.js", "e.g.The");
* a run-on "sentence" longer than :data:`MAX_SENTENCE_CHARS` (a list, a table flattened into one
  line, text without stops) is cut at its last clause break (``;``, ``,``, a dash, " and ")
  before the limit, else at a space, so that the later stages, which look at whole sentences,
  keep a bounded cost per event. News sentences are far shorter: the longest of the 4,107 in the
  dev corpora has 606 characters.

The segmenter is linear in the length of the text and never drops characters: every sentence is a
slice ``text[start:end]`` with surrounding white space trimmed.

Examples:
    >>> [s.text for s in split_sentences("Mr. Xi met U.S. President Trump. It went well.")]
    ['Mr. Xi met U.S. President Trump.', 'It went well.']
"""

from __future__ import annotations

import functools
from typing import final

import attrs
import regex

from timeline.errors import InputError, InvalidSpanError

__all__ = ["MAX_SENTENCE_CHARS", "Sentence", "split_sentences"]

#: The longest span :func:`split_sentences` returns as one sentence; longer runs are cut.
MAX_SENTENCE_CHARS = 800


def _check_bounds(instance: Sentence, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise InvalidSpanError(f"Sentence.{attribute.name} must be >= 0, got {value!r}")


@final
@attrs.frozen(kw_only=True)
class Sentence:
    """One sentence: its character span in the source text and the text itself.

    Attributes:
        start: Offset of the first character (a Python ``str`` index into the source text).
        end: Offset one past the last character; ``text == source[start:end]``.
        text: The sentence text.

    Examples:
        >>> s = Sentence(start=0, end=5, text="Hello")
        >>> s.start, s.end, len(s)
        (0, 5, 5)
        >>> s.contains(3), s.contains(5)
        (True, False)
    """

    start: int = attrs.field(validator=_check_bounds)
    end: int = attrs.field(validator=_check_bounds)
    text: str

    def __attrs_post_init__(self) -> None:
        if self.end < self.start or len(self.text) != self.end - self.start:
            raise InvalidSpanError(
                f"Sentence span ({self.start!r}, {self.end!r}) does not fit its text "
                f"{self.text!r}; end must be >= start and end - start == len(text)"
            )

    def __len__(self) -> int:
        """Length of the sentence in characters."""
        return self.end - self.start

    def contains(self, offset: int) -> bool:
        """Whether the character at *offset* lies in this sentence.

        Examples:
            >>> Sentence(start=10, end=20, text="x" * 10).contains(10)
            True
        """
        return self.start <= offset < self.end


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


# Abbreviations that are (almost) never the last word of a sentence: they precede a name or number.
_NEVER_FINAL = _words(
    """
    mr mrs ms messrs dr prof gen lt col maj capt cpt sgt cpl adm cmdr cmdr gov sen rep reps sens
    pres rev hon amb supt insp det atty st ste mt ft no nos vs v e.g i.e cf approx dept univ
    fig figs vol vols op pp p ch art sec esq gens
    """
)
# Month abbreviations: not final before a day number, otherwise treated like acronyms.
_MONTHS = _words("jan feb mar apr jun jul aug sep sept oct nov dec")
# Abbreviations that can end a sentence: final only when the next word typically starts one.
_MAYBE_FINAL = _words(
    """
    inc corp co ltd llc plc jr sr bros etc a.m p.m am pm
    """
)
_STARTERS = _words(
    """
    the a an he she it they we i you his her its their our my this that these those there here
    but and or so yet in on at for with by as after before when while if although though however
    meanwhile some many most both no not what who why how where which one two three four five
    earlier later then since during under over among according also still now today yesterday
    tomorrow last next
    """
)


@functools.cache
def _boundary_re() -> regex.Pattern[str]:
    # A terminator run with optional closers, then white space (no newline: lines are split first),
    # then the first character of the next sentence.
    return regex.compile(
        r"""(?<![.!?])[.!?]++["'\u201d\u2019)\]]*+[ \t\u00a0]++(?=(["'\u201c\u2018(\[]?+)(\S))"""
    )


@functools.cache
def _glued_re() -> regex.Pattern[str]:
    # "...Putin.On Feb. 5": a lower-case word, a stop and a capitalised word with no space
    return regex.compile(r"(?<=[a-z]{2})[.!?](?=[A-Z][a-z]+\b(?![.@/]))")


@functools.cache
def _clause_break_re() -> regex.Pattern[str]:
    return regex.compile(r"[;,\u2013\u2014]\s|\s(?:and|but|then|while)\s")


@functools.cache
def _line_re() -> regex.Pattern[str]:
    return regex.compile(r"[^\n\r\u2028\u2029]++")


@functools.cache
def _word_before_re() -> regex.Pattern[str]:
    # The token ending right before the final period (letters, digits, dots, hyphens, apostrophes),
    # searched backwards from the period: one attempt instead of one per character before it.
    return regex.compile(r"(?r)[\w.'\u2019-]{1,40}+$")


@functools.cache
def _next_word_re() -> regex.Pattern[str]:
    return regex.compile(r"[\w'\u2019]{1,40}+")


def _is_boundary(line: str, term_start: int, next_pos: int, quote: str) -> bool:
    """Decide whether the terminator at ``line[term_start]`` ends a sentence."""
    nxt = line[next_pos]
    if not (nxt.isupper() or nxt.isdigit() or quote):
        return False
    if line[term_start] != ".":
        return True
    if line[term_start : term_start + 3] == "...":
        return True
    m = _word_before_re().search(line, max(0, term_start - 40), term_start)
    if m is None:
        return True
    word = m.group().lstrip("'\u2019-").rstrip(".")
    low = word.casefold()
    if not word:
        return True
    if low in _NEVER_FINAL:
        return False
    nm = _next_word_re().match(line, next_pos)
    next_word = nm.group() if nm else ""
    # an opening quote starts a sentence; a bracket after "a.m." or "U.S." usually does not
    starter = next_word.casefold() in _STARTERS or (bool(quote) and quote not in "([")
    if low in _MONTHS:
        return not nxt.isdigit() and starter
    if len(word) == 1 and word.isalpha() and word.isupper():
        # An initial ("Joseph R. Biden"); a one-letter last word ("Plan B.") is rare enough to lose.
        return False
    if "." in word or low in _MAYBE_FINAL:
        # Dotted acronyms ("U.S.", "p.m.") and company suffixes: final only before a typical start.
        return starter
    return True


# words after which a period glued to a capital ("U.S.Navy", "Feb.Four") ends no sentence
_NOT_BEFORE_GLUED = _NEVER_FINAL | _MAYBE_FINAL | _MONTHS


def _split_line(line: str, offset: int) -> list[Sentence]:
    ends: list[int] = []
    for m in _boundary_re().finditer(line):
        quote = m.group(1)
        next_pos = m.end() + len(quote)
        if _is_boundary(line, m.start(), next_pos, quote):
            ends.append(m.end())
    for m in _glued_re().finditer(line):
        word = _word_before_re().search(line, max(0, m.start() - 40), m.start())
        low = word.group().casefold() if word is not None else ""
        if low.isalpha() and low not in _NOT_BEFORE_GLUED:
            ends.append(m.end())
    out: list[Sentence] = []
    start = 0
    for end in sorted(ends):
        _append(out, line, start, end, offset)
        start = end
    _append(out, line, start, len(line), offset)
    return out


def _append(out: list[Sentence], line: str, start: int, end: int, offset: int) -> None:
    # Trim white space on both sides; skip empty pieces; cut run-ons.
    while True:
        while start < end and line[start].isspace():
            start += 1
        while end > start and line[end - 1].isspace():
            end -= 1
        if start >= end:
            return
        if end - start <= MAX_SENTENCE_CHARS:
            out.append(Sentence(start=offset + start, end=offset + end, text=line[start:end]))
            return
        cut = _run_on_cut(line, start, start + MAX_SENTENCE_CHARS)
        out.append(Sentence(start=offset + start, end=offset + cut, text=line[start:cut]))
        start = cut


def _run_on_cut(line: str, start: int, limit: int) -> int:
    """Where to cut a run-on sentence: after its last clause break before *limit*, else after
    its last space, else at *limit*; never in the first half of the allowed span."""
    floor = start + (limit - start) // 2
    breaks = [m.start() + 1 for m in _clause_break_re().finditer(line, floor, limit)]
    if breaks:
        return breaks[-1]
    space = line.rfind(" ", floor, limit)
    return space + 1 if space > 0 else limit


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split news text into sentences.

    Args:
        text: The document text. Offsets in the result index into it.

    Returns:
        The sentences in text order, each with ``text[s.start:s.end] == s.text``; white space
        between sentences is not part of any sentence. An empty or blank text gives an empty tuple.

    Raises:
        InputError: If *text* is not a ``str`` (a ``TypeError``).

    Examples:
        >>> text = "Xi met Putin on Feb. 4, 2026.\\nLater he called Joseph R. Biden Jr. at 3 p.m."
        >>> [s.text for s in split_sentences(text)]
        ['Xi met Putin on Feb. 4, 2026.', 'Later he called Joseph R. Biden Jr. at 3 p.m.']
        >>> [(s.start, s.end) for s in split_sentences("A. B went home. He slept.")]
        [(0, 15), (16, 25)]
    """
    if not isinstance(text, str):
        raise InputError.for_value(text)
    out: list[Sentence] = []
    for lm in _line_re().finditer(text):
        out.extend(_split_line(lm.group(), lm.start()))
    return tuple(out)
