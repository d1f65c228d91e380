"""Private helpers shared by the converters in :mod:`timeline.io` and :mod:`timeline.notebook`.

Nothing here is public API: the names may change without notice.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pendulum

    from timeline.events import Event
    from timeline.timeline import Timeline
    from timeline.when import When

__all__ = [
    "as_timeline",
    "bound_list",
    "first_sentence",
    "headline",
    "local_bounds",
    "money_type",
    "source_text",
    "timexes_of",
]


def as_timeline(obj: Any) -> Timeline:
    """Return the :class:`~timeline.timeline.Timeline` behind ``obj``.

    ``obj`` may be a Timeline, an extraction result (anything with a ``.timeline``),
    or an iterable of events.
    """
    from timeline.timeline import Timeline

    if isinstance(obj, Timeline):
        return obj
    inner = getattr(obj, "timeline", None)
    if isinstance(inner, Timeline):
        return inner
    if isinstance(obj, Iterable) and not isinstance(obj, str | bytes):
        return Timeline(tuple(obj))
    from timeline.errors import InputError

    raise InputError(
        f"expected a Timeline, an Extraction or an iterable of events, got {type(obj).__name__!r};"
        " pass extraction.timeline or Timeline(events)"
    )


def source_text(obj: Any) -> str | None:
    """The document text behind an extraction, or ``None`` for a bare Timeline."""
    text = getattr(obj, "text", None)
    return text if isinstance(text, str) else None


def timexes_of(obj: Any) -> tuple[Any, ...]:
    """The time expressions of an extraction, or ``()`` for a bare Timeline."""
    timexes = getattr(obj, "timexes", None)
    return tuple(timexes) if timexes is not None else ()


def bound_list(when: When) -> list[pendulum.DateTime | None]:
    """The four bounds of ``when`` in the order ES, LS, EE, LE."""
    return [when.earliest_start, when.latest_start, when.earliest_end, when.latest_end]


def local_bounds(when: When) -> tuple[pendulum.DateTime | None, pendulum.DateTime | None]:
    """The outer bounds ``(earliest_start, latest_end)`` of ``when``."""
    return when.earliest_start, when.latest_end


def first_sentence(event: Event) -> str | None:
    """The sentence of the event's first mention that has one, else the mention text."""
    for mention in event.mentions:
        if getattr(mention, "sentence", None):
            return str(mention.sentence)
    for mention in event.mentions:
        if getattr(mention, "text", None):
            return str(mention.text)
    return None


def headline(event: Event) -> str:
    """A short human title for an event: ``"call: Xi Jinping, Donald Trump"``."""
    label = event.kind.replace("_", " ")
    name = event.attributes.get("name") or event.attributes.get("treaty")
    if isinstance(name, str) and name:
        label = f"{label}: {name}"
    names = participant_names(event)
    if names:
        label = f"{label} ({', '.join(names)})" if ":" in label else f"{label}: {', '.join(names)}"
    return label


def participant_names(event: Event) -> tuple[str, ...]:
    """The canonical names of the participants of ``event``."""
    return tuple(actor.name for actor in event.participants)


def money_type() -> type:
    """The :class:`~timeline.events.Money` class (imported late: keeps the import graph one-way)."""
    from timeline.events import Money

    return Money
