"""Hypothesis strategies for :mod:`timeline` values, and news documents with known gold.

Install with the ``hypothesis`` extra (``pip install 'news-timeline[hypothesis]'``). Importing
this module imports :mod:`hypothesis`; ``import timeline`` never does.

* :func:`whens` and :func:`crisp_whens` -- uncertain and crisp time values (examples shrink
  towards the day 2000-01-01 in UTC);
* :func:`actors`, :func:`events`, :func:`timelines` -- the event model (examples shrink
  towards Xi Jinping, a ``meeting`` on 2000-01-01 with nothing attached, and the
  empty timeline);
* :func:`documents` -- short news items rendered from generated events, with the gold events
  and time expressions at exact offsets, to property-test extraction code;
* :func:`score_document` and :class:`DocumentScore` -- score an extractor's output against a
  document's gold (event F1, time accuracy, participant F1, time expressions);
* :func:`register_type_strategies` -- make ``st.from_type(When)``, ``st.from_type(Event)``...
  work. The package registers them through hypothesis's ``hypothesis`` entry point, so in an
  installed environment this happens on ``import hypothesis``, with no import of ours.

Every factory validates its arguments eagerly and raises
:class:`hypothesis.errors.InvalidArgument`. Each one documents what its examples shrink
towards, so that a failing test reports the simplest value that still fails.

Examples:
    >>> from hypothesis import given, settings
    >>> from timeline import strategies as tst
    >>> @settings(max_examples=20, database=None)
    ... @given(tst.whens(allow_durations=False, allow_open=False))
    ... def test_value_round_trips(w):
    ...     from timeline.when import When
    ...     assert When.parse(str(w), tz=w.timezone) == w
    >>> test_value_round_trips()
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from typing import Any, Final

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from timeline._documents import (
    DOCUMENT_KINDS,
    Document,
    DocumentScore,
    GoldTimex,
    chooser_from,
    render_document,
    score_document,
)
from timeline._strategies_events import actors, events, timelines
from timeline._strategies_time import crisp_whens, whens

__all__ = [
    "DOCUMENT_KINDS",
    "Document",
    "DocumentScore",
    "GoldTimex",
    "actors",
    "crisp_whens",
    "documents",
    "events",
    "register_type_strategies",
    "score_document",
    "timelines",
    "whens",
]

MAX_DOCUMENT_EVENTS: Final = 8
"""The most events :func:`documents` writes into one text."""

_DEFAULT_MIN_PUBLISHED: Final = _dt.date(2015, 1, 1)
_DEFAULT_MAX_PUBLISHED: Final = _dt.date(2030, 12, 31)


# ---------------------------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------------------------


def _check_int(name: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgument(f"{name}={value!r} must be an int")
    if not low <= value <= high:
        raise InvalidArgument(f"{name}={value!r} must be between {low} and {high}")
    return value


def _check_date(name: str, value: object) -> _dt.date:
    # a datetime is a date too, but a publication *day* is wanted: refuse the time silently lost
    if isinstance(value, _dt.datetime) or not isinstance(value, _dt.date):
        raise InvalidArgument(f"{name}={value!r} must be a datetime.date (not a datetime)")
    if not _dt.date(1900, 1, 1) <= value <= _dt.date(2200, 12, 31):
        raise InvalidArgument(f"{name}={value!r} must lie within the years 1900..2200")
    return value


def _check_kinds(kinds: Iterable[str] | None) -> tuple[str, ...]:
    if kinds is None:
        return DOCUMENT_KINDS
    if isinstance(kinds, str):
        raise InvalidArgument(
            f"kinds={kinds!r} must be a collection of kind names, e.g. [{kinds!r}]"
        )
    chosen = tuple(kinds)
    if not chosen:
        raise InvalidArgument("kinds must not be empty")
    unknown = [k for k in chosen if k not in DOCUMENT_KINDS]
    if unknown:
        raise InvalidArgument(
            f"documents() cannot write events of kind {', '.join(map(repr, unknown))}; "
            f"supported kinds: {', '.join(DOCUMENT_KINDS)}"
        )
    # plainest first, whatever order the caller gave, so that shrinking is stable
    return tuple(k for k in DOCUMENT_KINDS if k in chosen)


def documents(
    *,
    min_events: int = 1,
    max_events: int = 4,
    kinds: Iterable[str] | None = None,
    published: _dt.date | None = None,
    min_published: _dt.date = _DEFAULT_MIN_PUBLISHED,
    max_published: _dt.date = _DEFAULT_MAX_PUBLISHED,
) -> st.SearchStrategy[Document]:
    """A strategy for news items rendered from generated events, with their gold.

    Each :class:`Document` is a few sentences of news English: a lead with the most recent
    event, then earlier events. Events are meetings, calls, visits, summits, treaty signings,
    expiries and extensions, arms sales, sanctions, statements, parades, commemorations,
    strikes and announcements (:data:`DOCUMENT_KINDS`), each written with one of several
    templates, between real leaders introduced with their titles ("Chinese President Xi
    Jinping", "Prime Minister Keir Starmer of the United Kingdom") and named briefly afterwards
    ("Xi"). Times take many forms -- "Feb. 4", "February 4, 2026", "4 February", "on Tuesday",
    "yesterday", "last week", "in November", "earlier this year", "the previous day",
    "hours later", "two days later" -- and resolve against :attr:`Document.published` (or the
    event before, for anaphoric forms) the way a careful reader resolves them: every text
    has one reading, and the gold is that reading.

    The gold events carry ``kind``, ``when`` (a day, ISO week, month or year), ``participants``
    (canonical names: people as ``"Xi Jinping"``, countries as ``"United States"``),
    ``location`` where the text names one, attributes (``mode``, ``treaty``, ``amount``,
    ``seller``/``buyer``, ``period``) and one :class:`~timeline.events.Mention` on the trigger
    ("met", "phone call", "sanctions"). :meth:`Document.to_gold_json` writes the gold in the
    corpus format of the evaluation scorer.

    Shrinking: towards documents that take the fewest choices to write -- one or two events
    (a meeting, or the seed article's "virtual meeting and, hours later, a phone call" lead),
    the first leaders of the table (Xi Jinping, Vladimir Putin), the plainest date forms
    ("Jan. 1", "last week") and the publication day nearest to 2000-01-01 within
    ``[min_published, max_published]``.

    Args:
        min_events: Fewest events per document (1..8).
        max_events: Most events per document (``min_events``..8). A document has fewer only
            in the rare case that the kinds allowed cannot give that many distinct events.
        kinds: Kind names to write (a non-empty subset of :data:`DOCUMENT_KINDS`); all by
            default.
        published: A fixed publication day; drawn from ``[min_published, max_published]``
            when ``None``.
        min_published: Earliest publication day drawn.
        max_published: Latest publication day drawn.

    Returns:
        The strategy.

    Raises:
        hypothesis.errors.InvalidArgument: Eagerly, for counts out of range or reversed, an
            empty or unknown ``kinds``, or dates that are not ``datetime.date`` or reversed.

    Examples:
        >>> import datetime
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10, database=None)
        ... @given(documents(kinds=["call"], published=datetime.date(2026, 2, 5)))
        ... def test_gold_offsets(doc):
        ...     for event in doc.events:
        ...         assert event.kind == "call"
        ...         for m in event.mentions:
        ...             assert doc.text[m.start:m.end] == m.text
        >>> test_gold_offsets()
        >>> documents(kinds=["picnic"])
        Traceback (most recent call last):
          ...
        hypothesis.errors.InvalidArgument: documents() cannot write events of kind 'picnic'; ...
    """
    lo = _check_int("min_events", min_events, 1, MAX_DOCUMENT_EVENTS)
    hi = _check_int("max_events", max_events, 1, MAX_DOCUMENT_EVENTS)
    if lo > hi:
        raise InvalidArgument(f"min_events={lo!r} must not exceed max_events={hi!r}")
    chosen = _check_kinds(kinds)
    first = _check_date("min_published", min_published)
    last = _check_date("max_published", max_published)
    if first > last:
        raise InvalidArgument(
            f"min_published={first!r} must not be after max_published={last!r}"
        )
    fixed = None if published is None else _check_date("published", published)
    return _documents(lo, hi, chosen, fixed, first, last)


@st.composite
def _documents(
    draw: Any,
    min_events: int,
    max_events: int,
    kinds: tuple[str, ...],
    published: _dt.date | None,
    min_published: _dt.date,
    max_published: _dt.date,
) -> Document:
    if published is None:
        published = draw(st.dates(min_value=min_published, max_value=max_published))
    chooser = chooser_from(
        lambda options: draw(st.sampled_from(options)),
        lambda low, high: draw(st.integers(low, high)),
    )
    return render_document(
        chooser,
        published=published,
        min_events=min_events,
        max_events=max_events,
        kinds=kinds,
    )


# ---------------------------------------------------------------------------------------------
# Type registration
# ---------------------------------------------------------------------------------------------


def register_type_strategies() -> None:
    """Register the strategies with :func:`hypothesis.strategies.register_type_strategy`.

    Afterwards ``st.from_type(When)`` draws from :func:`whens`, ``Actor`` from :func:`actors`,
    ``Event`` from :func:`events`, ``Timeline`` from :func:`timelines` and ``Document`` from
    :func:`documents`, also inside ``st.builds`` and ``@given`` with type annotations. Calling
    it again is harmless. The installed package does this through hypothesis's entry point,
    so users rarely need to call it; it is useful when running from a source tree.

    Examples:
        >>> from hypothesis import find, strategies as st
        >>> from timeline.when import When
        >>> register_type_strategies()
        >>> isinstance(find(st.from_type(When), lambda w: True), When)
        True
    """
    from timeline._hypothesis_entry import register

    register()
