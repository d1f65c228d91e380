"""timeline: turn news text into a typed, queryable timeline of events.

Everything public is importable from here. Names are loaded on first use (PEP 562), so
``import timeline`` stays fast and imports neither dateparser, hypothesis nor pandas; the
extraction pipeline loads dateparser only when it first runs.

Examples:
    >>> import timeline
    >>> timeline.When.parse("2025-11").granularity.value
    'month'
    >>> sorted(timeline.KINDS.names())[:3]
    ['announcement', 'arms_sale', 'call']
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__all__ = [  # noqa: RUF022 - grouped by topic (STYLE section 2), sorted within a group
    # time values
    "Granularity",
    "When",
    # relations and order constraints
    "Allen",
    "Anchor",
    "Constraint",
    "OrderNetwork",
    "Relations",
    "definitely_after",
    "definitely_before",
    "definitely_during",
    "definitely_equals",
    "definitely_overlaps",
    "definitely_within",
    "possibly_after",
    "possibly_before",
    "possibly_during",
    "possibly_equals",
    "possibly_overlaps",
    "possibly_within",
    "relation",
    # events and kinds
    "KINDS",
    "Actor",
    "ActorType",
    "Event",
    "Kind",
    "KindRegistry",
    "Mention",
    "Money",
    "register_kind",
    # timelines and queries
    "Context",
    "IntervalIndex",
    "Ordering",
    "Timeline",
    # extraction
    "ExtractOptions",
    "Extraction",
    "Sentence",
    "Timex",
    "TimexType",
    "extract",
    "extract_many",
    # errors and warnings
    "AmbiguousDateError",
    "ConstraintError",
    "InputError",
    "InputTooLargeError",
    "InvalidSpanError",
    "ParseError",
    "TimelineError",
    "TimelineWarning",
    "UnknownKindError",
    "UnknownTimezoneError",
    "UnsupportedLanguageError",
]

# Where each public name lives: the one table behind ``__getattr__``.
_HOME: dict[str, str] = {
    "Granularity": "timeline.when",
    "When": "timeline.when",
    "Allen": "timeline.relations",
    "Anchor": "timeline.relations",
    "Constraint": "timeline.relations",
    "OrderNetwork": "timeline.relations",
    "Relations": "timeline.relations",
    "definitely_after": "timeline.relations",
    "definitely_before": "timeline.relations",
    "definitely_during": "timeline.relations",
    "definitely_equals": "timeline.relations",
    "definitely_overlaps": "timeline.relations",
    "definitely_within": "timeline.relations",
    "possibly_after": "timeline.relations",
    "possibly_before": "timeline.relations",
    "possibly_during": "timeline.relations",
    "possibly_equals": "timeline.relations",
    "possibly_overlaps": "timeline.relations",
    "possibly_within": "timeline.relations",
    "relation": "timeline.relations",
    "KINDS": "timeline.kinds",
    "Kind": "timeline.kinds",
    "KindRegistry": "timeline.kinds",
    "register_kind": "timeline.kinds",
    "Actor": "timeline.events",
    "ActorType": "timeline.events",
    "Event": "timeline.events",
    "Mention": "timeline.events",
    "Money": "timeline.events",
    "Context": "timeline.timeline",
    "IntervalIndex": "timeline.index",
    "Ordering": "timeline.timeline",
    "Timeline": "timeline.timeline",
    "ExtractOptions": "timeline.extraction.pipeline",
    "Extraction": "timeline.extraction.pipeline",
    "extract": "timeline.extraction.pipeline",
    "extract_many": "timeline.extraction.pipeline",
    "Sentence": "timeline.extraction.sentences",
    "Timex": "timeline.extraction.timex",
    "TimexType": "timeline.extraction.timex",
    "AmbiguousDateError": "timeline.errors",
    "ConstraintError": "timeline.errors",
    "InputError": "timeline.errors",
    "InputTooLargeError": "timeline.errors",
    "InvalidSpanError": "timeline.errors",
    "ParseError": "timeline.errors",
    "TimelineError": "timeline.errors",
    "TimelineWarning": "timeline.errors",
    "UnknownKindError": "timeline.errors",
    "UnknownTimezoneError": "timeline.errors",
    "UnsupportedLanguageError": "timeline.errors",
}

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from timeline.errors import (
        AmbiguousDateError,
        ConstraintError,
        InputError,
        InputTooLargeError,
        InvalidSpanError,
        ParseError,
        TimelineError,
        TimelineWarning,
        UnknownKindError,
        UnknownTimezoneError,
        UnsupportedLanguageError,
    )
    from timeline.events import Actor, ActorType, Event, Mention, Money
    from timeline.extraction.pipeline import Extraction, ExtractOptions, extract, extract_many
    from timeline.extraction.sentences import Sentence
    from timeline.extraction.timex import Timex, TimexType
    from timeline.index import IntervalIndex
    from timeline.kinds import KINDS, Kind, KindRegistry, register_kind
    from timeline.relations import (
        Allen,
        Anchor,
        Constraint,
        OrderNetwork,
        Relations,
        definitely_after,
        definitely_before,
        definitely_during,
        definitely_equals,
        definitely_overlaps,
        definitely_within,
        possibly_after,
        possibly_before,
        possibly_during,
        possibly_equals,
        possibly_overlaps,
        possibly_within,
        relation,
    )
    from timeline.timeline import Context, Ordering, Timeline
    from timeline.when import Granularity, When


def __getattr__(name: str) -> Any:
    """Load a public name on first use, and ``__version__`` from the installed metadata."""
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("news-timeline")
        except PackageNotFoundError:  # pragma: no cover - running from an uninstalled tree
            return "0+unknown"
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # later look-ups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted([*__all__, "__version__"])
