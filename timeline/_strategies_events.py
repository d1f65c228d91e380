"""Hypothesis strategies for the event model (private; re-exported by :mod:`timeline.strategies`).

:func:`actors`, :func:`events` and :func:`timelines` build on
:func:`timeline._strategies_time.whens`. Importing this module imports :mod:`hypothesis`;
:mod:`timeline` itself never does. Arguments are validated eagerly: a bad one raises
:class:`hypothesis.errors.InvalidArgument` when the strategy is created, not when it is drawn.

Examples:
    >>> from hypothesis import find
    >>> tl = find(timelines(min_size=2, max_size=3, allow_undated=False), lambda t: True)
    >>> len(tl), all(e.when is not None for e in tl)
    (2, True)
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Final

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from timeline._strategies_time import whens
from timeline.errors import ConstraintError
from timeline.events import Actor, ActorType, Event, Mention, Money
from timeline.kinds import KINDS, KindRegistry
from timeline.timeline import Timeline
from timeline.when import When

__all__ = ["actors", "events", "timelines"]

# A pool of real actors: examples shrink towards the first one.
ACTOR_POOL: Final[tuple[Actor, ...]] = (
    Actor("Xi Jinping", ActorType.PERSON),
    Actor("Vladimir Putin", ActorType.PERSON),
    Actor("Donald Trump", ActorType.PERSON),
    Actor("Joe Biden", ActorType.PERSON),
    Actor("Volodymyr Zelenskyy", ActorType.PERSON),
    Actor("Ursula von der Leyen", ActorType.PERSON),
    Actor("United States", ActorType.COUNTRY, aliases={"U.S.", "Washington"}),
    Actor("China", ActorType.COUNTRY, aliases={"Beijing", "PRC"}),
    Actor("Russia", ActorType.COUNTRY, aliases={"Moscow", "Kremlin"}),
    Actor("Ukraine", ActorType.COUNTRY),
    Actor("Taiwan", ActorType.COUNTRY),
    Actor("Japan", ActorType.COUNTRY),
    Actor("NATO", ActorType.ORGANISATION),
    Actor("United Nations", ActorType.ORGANISATION, aliases={"U.N."}),
    Actor("European Union", ActorType.ORGANISATION, aliases={"EU"}),
    Actor("G7", ActorType.GROUP),
)

_LOCATIONS: Final = ("Beijing", "Moscow", "Washington", "Geneva", "Busan", "Kyiv", "Brussels")
_WORDS: Final = ("New START", "CFE Treaty", "Victory Day", "phone", "virtual", "in_person",
                 "occurred", "planned", "energy sector", "F-35")
_CURRENCIES: Final = ("USD", "EUR", "CNY", "JPY", "GBP")

DEFAULT_MAX_SIZE: Final = 20


def _check_int(name: str, value: object, low: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgument(f"{name}={value!r} must be an int")
    if value < low:
        raise InvalidArgument(f"{name}={value!r} must be >= {low}")
    return value


def _check_bool(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidArgument(f"{name}={value!r} must be a bool")
    return value


def _check_registry(registry: object) -> KindRegistry:
    if registry is None:
        return KINDS
    if not isinstance(registry, KindRegistry):
        raise InvalidArgument(f"registry={registry!r} must be a KindRegistry")
    return registry


def _check_kinds(kinds: Iterable[str] | None, registry: KindRegistry) -> tuple[str, ...]:
    if kinds is None:
        names = registry.names()
        if not names:
            raise InvalidArgument("the kind registry is empty; pass kinds= or a registry")
        return names
    if isinstance(kinds, str):
        raise InvalidArgument(f"kinds={kinds!r} must be a collection of kind names, not a str")
    chosen = tuple(kinds)
    if not chosen:
        raise InvalidArgument("kinds must not be empty")
    for name in chosen:
        if name not in registry:
            raise InvalidArgument(
                f"kinds contains {name!r}, which is not a registered kind; known: "
                f"{', '.join(registry.names())}"
            )
    return chosen


def actors(
    *,
    pool: Iterable[Actor] | None = None,
    types: Iterable[ActorType] | None = None,
) -> st.SearchStrategy[Actor]:
    """A strategy for :class:`~timeline.events.Actor` values, drawn from a pool.

    Examples shrink towards the first actor of the pool (by default Xi Jinping).

    Args:
        pool: The actors to choose from (default: a built-in pool of leaders, countries and
            organisations).
        types: Keep only actors of these types.

    Returns:
        The strategy.

    Raises:
        InvalidArgument: An empty pool (after filtering by ``types``) or a non-Actor in it.

    Examples:
        >>> from hypothesis import find
        >>> find(actors(types=[ActorType.COUNTRY]), lambda a: True).name
        'United States'
    """
    chosen = ACTOR_POOL if pool is None else tuple(pool)
    for a in chosen:
        if not isinstance(a, Actor):
            raise InvalidArgument(f"pool contains {a!r}, which is not an Actor")
    if types is not None:
        wanted = tuple(types)
        for t in wanted:
            if not isinstance(t, ActorType):
                raise InvalidArgument(f"types contains {t!r}, which is not an ActorType")
        chosen = tuple(a for a in chosen if a.type in wanted)
    if not chosen:
        raise InvalidArgument("no actor to draw from: the pool (filtered by types) is empty")
    return st.sampled_from(chosen)


def _attribute_values(key: str) -> st.SearchStrategy[Any]:
    if key in ("amount",):
        return st.builds(
            Money,
            st.decimals(min_value=Decimal(1), max_value=Decimal(10) ** 13, places=2,
                        allow_nan=False, allow_infinity=False),
            st.sampled_from(_CURRENCIES),
        )
    if key in ("quantity", "casualties", "count"):
        return st.integers(min_value=0, max_value=10_000)
    return st.sampled_from(_WORDS)


@st.composite
def _events(
    draw: Any,
    kinds: tuple[str, ...],
    registry: KindRegistry,
    when_strategy: st.SearchStrategy[When],
    allow_undated: bool,
    max_participants: int,
    max_mentions: int,
) -> Event:
    kind = registry.get(draw(st.sampled_from(kinds)))
    when = draw(st.one_of(when_strategy, st.none()) if allow_undated else when_strategy)
    participants = draw(
        st.lists(actors(), max_size=max_participants, unique_by=lambda a: a.name)
    )
    location = draw(st.none() | st.sampled_from(_LOCATIONS))
    keys = draw(st.lists(st.sampled_from(kind.attributes), max_size=3, unique=True))
    attributes = {key: draw(_attribute_values(key)) for key in keys}
    mentions = []
    for _ in range(draw(st.integers(min_value=0, max_value=max_mentions))):
        start = draw(st.integers(min_value=0, max_value=5_000))
        word = draw(st.sampled_from(kind.triggers or (kind.name,)))
        mentions.append(
            Mention(start=start, end=start + len(word), text=word,
                    document=draw(st.none() | st.sampled_from(("d1", "d2"))))
        )
    confidence = draw(st.floats(min_value=0.0, max_value=1.0, allow_nan=False))
    return Event(
        kind=kind.name,
        when=when,
        participants=tuple(participants),
        location=location,
        attributes=attributes,
        mentions=tuple(mentions),
        confidence=1.0 - confidence,  # shrinks towards full confidence
    )


def events(
    *,
    kinds: Iterable[str] | None = None,
    min_value: _dt.datetime | _dt.date | None = None,
    max_value: _dt.datetime | _dt.date | None = None,
    allow_undated: bool = True,
    allow_open: bool = True,
    max_participants: int = 3,
    max_mentions: int = 2,
    registry: KindRegistry | None = None,
) -> st.SearchStrategy[Event]:
    """A strategy for :class:`~timeline.events.Event` values.

    Times come from :func:`~timeline._strategies_time.whens` (positioned times only, no pure
    durations); attributes use the kind's allowed keys with values of the right type
    (:class:`~timeline.events.Money` for ``amount``). Examples shrink towards a ``meeting``
    (the first kind) on 2000-01-01 with no participants, attributes or mentions, and
    confidence 1.

    Args:
        kinds: Kind names to draw from (default: every kind of the registry).
        min_value: Earliest time (passed to ``whens``).
        max_value: Latest time.
        allow_undated: Also draw events with ``when=None``.
        allow_open: Also draw open-ended times (``2025-11/..``).
        max_participants: At most this many participants.
        max_mentions: At most this many mentions.
        registry: Where the kinds are looked up (default :data:`~timeline.kinds.KINDS`).

    Returns:
        The strategy.

    Raises:
        InvalidArgument: An unknown kind, a negative size, or bad time bounds.

    Examples:
        >>> from hypothesis import find
        >>> e = find(events(kinds=["call"], allow_undated=False), lambda e: True)
        >>> e.kind, str(e.when), e.participants
        ('call', '2000-01-01', ())
        >>> events(kinds=["phonecall"])
        Traceback (most recent call last):
        ...
        hypothesis.errors.InvalidArgument: kinds contains 'phonecall', which is not ...
    """
    reg = _check_registry(registry)
    chosen = _check_kinds(kinds, reg)
    _check_bool("allow_undated", allow_undated)
    _check_bool("allow_open", allow_open)
    max_participants = _check_int("max_participants", max_participants)
    max_mentions = _check_int("max_mentions", max_mentions)
    when_strategy = whens(
        min_value=min_value, max_value=max_value, allow_open=allow_open, allow_durations=False
    )
    return _events(chosen, reg, when_strategy, allow_undated, max_participants, max_mentions)


@st.composite
def _timelines(
    draw: Any,
    event_strategy: st.SearchStrategy[Event],
    min_size: int,
    max_size: int,
    max_constraints: int,
    registry: KindRegistry,
) -> Timeline:
    drawn = draw(
        st.lists(event_strategy, min_size=min_size, max_size=max_size, unique_by=lambda e: e.id)
    )
    timeline = Timeline(drawn, registry=registry)
    if max_constraints and len(timeline) >= 2:
        count = draw(st.integers(min_value=0, max_value=max_constraints))
        ids = timeline.ids
        for _ in range(count):
            a, b = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
            relation = draw(st.sampled_from(("before", "after", "meets", "during", "overlaps")))
            if a == b:
                continue
            try:
                timeline = timeline.constrain(a, relation, b)
            except ConstraintError:
                continue  # contradicts what is already there: skip it
    return timeline


def timelines(
    *,
    min_size: int = 0,
    max_size: int = DEFAULT_MAX_SIZE,
    max_constraints: int = 0,
    kinds: Iterable[str] | None = None,
    min_value: _dt.datetime | _dt.date | None = None,
    max_value: _dt.datetime | _dt.date | None = None,
    allow_undated: bool = True,
    allow_open: bool = True,
    registry: KindRegistry | None = None,
) -> st.SearchStrategy[Timeline]:
    """A strategy for :class:`~timeline.timeline.Timeline` values.

    Events come from :func:`events` (distinct ids). With ``max_constraints``, up to that many
    random order constraints are tried between the events, each kept only if consistent with
    the times and the constraints already there. Examples shrink towards the empty timeline
    (or ``min_size`` simple events) without constraints.

    Args:
        min_size: At least this many events.
        max_size: At most this many events.
        max_constraints: At most this many order constraints (default 0: none).
        kinds: Kind names (see :func:`events`).
        min_value: Earliest time.
        max_value: Latest time.
        allow_undated: Also draw events without a time.
        allow_open: Also draw open-ended times.
        registry: Kind registry of the events and of the timeline.

    Returns:
        The strategy.

    Raises:
        InvalidArgument: Sizes that are negative or out of order, or any bad argument of
            :func:`events`.

    Examples:
        >>> from hypothesis import find
        >>> len(find(timelines(), lambda t: True))
        0
        >>> timelines(min_size=3, max_size=2)
        Traceback (most recent call last):
        ...
        hypothesis.errors.InvalidArgument: min_size=3 must not exceed max_size=2
    """
    min_size = _check_int("min_size", min_size)
    max_size = _check_int("max_size", max_size)
    max_constraints = _check_int("max_constraints", max_constraints)
    if min_size > max_size:
        raise InvalidArgument(f"min_size={min_size!r} must not exceed max_size={max_size!r}")
    reg = _check_registry(registry)
    event_strategy = events(
        kinds=kinds, min_value=min_value, max_value=max_value, allow_undated=allow_undated,
        allow_open=allow_open, registry=reg,
    )
    return _timelines(event_strategy, min_size, max_size, max_constraints, reg)
