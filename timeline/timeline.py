"""The :class:`Timeline`: an immutable, indexed collection of events and the queries over it.

A timeline iterates in chronological order, knows where that order is only a guess
(:meth:`Timeline.order`), answers time queries through an :class:`~timeline.index.IntervalIndex`
built once (``before``, ``after``, ``nearest``, ``overlapping``, ``at``, ``during``,
``containing``), gathers the :meth:`~Timeline.context` of an event, filters (``of_kind``,
``involving``, ``where``), merges timelines of several documents, and carries explicit order
constraints ("hours later", "one day before") in an :class:`~timeline.relations.OrderNetwork`
that :meth:`~Timeline.relation` combines with the events' times.

Time arguments: a :class:`~timeline.when.When` is read as a window (its whole span from the
earliest start to the latest end), an aware datetime as that microsecond, and an
:class:`~timeline.events.Event` of the timeline as its own uncertain time together with the
order constraints on it: the answer is then exactly the events whose :meth:`Timeline.relation`
to it qualifies (the event itself is never in the answer). Constraints narrow times: an
undated statement "after the expiry" is after everything that ended before the expiry. Events
that nothing relates to the subject (no time and no constraint) are never returned.

Semantics of the relation words, for ``R = timeline.relation(x, subject)``: *before* is Allen
before or meets (``R <= {before, meets}`` certainly, ``R & {before, meets}`` possibly),
*after* likewise, *during* is Allen starts/during/finishes/equals, *containing* its converse,
*overlapping* means sharing an instant; see :mod:`timeline.index` for the exact definitions.

Examples:
    >>> from timeline.events import Event
    >>> from timeline.timeline import Timeline
    >>> from timeline.when import When
    >>> meeting = Event(kind="meeting", when=When.day(2026, 2, 4), participants=("Xi", "Putin"))
    >>> call = Event(kind="call", when=When.day(2026, 2, 4), participants=("Xi", "Trump"))
    >>> expiry = Event(kind="treaty_expiry", when=When.day(2026, 2, 5),
    ...                attributes={"treaty": "New START"})
    >>> tl = Timeline([expiry, call, meeting]).constrain(meeting, "before", call)
    >>> [e.kind for e in tl.order()]
    ['meeting', 'call', 'treaty_expiry']
    >>> tl.relation(meeting, call).certain
    <Allen.BEFORE: 'before'>
    >>> [e.kind for e in tl.before(expiry).order()]
    ['meeting', 'call']
"""

from __future__ import annotations

import datetime as _dt
import heapq
import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Final, final, overload

import attrs

from timeline.errors import ConstraintError
from timeline.events import Actor, Event
from timeline.index import IntervalIndex, Keys, span_keys
from timeline.kinds import KINDS, Kind, KindRegistry
from timeline.relations import Allen, Anchor, Constraint, OrderNetwork, Relations
from timeline.relations import relation as _when_relation
from timeline.when import When, to_microseconds

__all__ = ["Context", "Ordering", "Timeline"]

_BEFORE: Final = frozenset({Allen.BEFORE, Allen.MEETS})
_AFTER: Final = frozenset({Allen.AFTER, Allen.MET_BY})
_WITHIN: Final = frozenset({Allen.STARTS, Allen.DURING, Allen.FINISHES, Allen.EQUALS})
_CONTAINING: Final = frozenset(r.converse for r in _WITHIN)
# attribute keys that name the thing an event is about: two events that disagree on one of
# them are not the same event, whatever their kind, time and participants
_IDENTITY_KEYS: Final = ("treaty", "name", "target", "item")

Span = When | _dt.datetime
Subject = Event | When | _dt.datetime


def _chronological(event: Event) -> tuple[Any, ...]:
    when = event.when
    if when is None:
        return (1, (), event.id)
    return (0, when.sort_key, event.id)


def _positioned(event: Event) -> bool:
    return event.when is not None and not event.when.is_duration


def _keys_of(event: Event) -> Keys | None:
    return span_keys(event.when) if _positioned(event) else None  # type: ignore[arg-type]


def _query_keys(span: Span) -> Keys:
    if isinstance(span, (When, _dt.datetime)):
        return span_keys(span, window=True)
    raise TypeError(f"expected a When, an aware datetime or an Event, got {span!r}")


def _to_events(events: Iterable[Event]) -> tuple[Event, ...]:
    if isinstance(events, Event):
        raise TypeError("Timeline() takes an iterable of events; wrap a single event in a list")
    result = tuple(events)
    for e in result:
        if not isinstance(e, Event):
            raise TypeError(f"a Timeline holds Event objects, got {e!r}")
    return result


def _event_id(x: Event | str) -> str:
    return x.id if isinstance(x, Event) else str(x)


def _to_constraint(item: object) -> Constraint | Anchor | tuple[object, ...]:
    if isinstance(item, (Constraint, Anchor)):
        return item
    if isinstance(item, tuple) and len(item) in (3, 4):
        return (_event_id(item[0]), item[1], _event_id(item[2]), *item[3:])
    raise ConstraintError.for_argument(
        "constraint", item, "a Constraint or an (a, relation, b[, gap]) tuple of events or ids"
    )


def _to_network(constraints: OrderNetwork | Iterable[object]) -> OrderNetwork:
    if isinstance(constraints, OrderNetwork):
        return constraints
    return OrderNetwork.of(_to_constraint(c) for c in constraints)


def _to_duration(value: object, name: str) -> _dt.timedelta | None:
    if value is None:
        return None
    if not isinstance(value, _dt.timedelta):
        raise TypeError(f"{name} must be a pendulum.Duration or timedelta, got {value!r}")
    if value < _dt.timedelta(0):
        raise ValueError(f"{name} must not be negative, got {value!r}")
    return value


@final
@attrs.frozen(kw_only=True)
class Context:
    """The context of one event in a timeline (see :meth:`Timeline.context`).

    Attributes:
        event: The event.
        before: Events that certainly end before it starts, within the asked window,
            chronological.
        after: Events that certainly start after it ends, within the asked window.
        overlapping: Events that possibly share time with it.
        shared_participants: Events (anywhere in the timeline) with a participant in common.
        periods: Events of kind ``period`` that possibly contain it.
        sentences: The sentences it was read from.

    .. versionadded:: 0.1.0

    Examples:
        >>> from timeline.events import Event
        >>> from timeline.when import When
        >>> e = Event(kind="call", when=When.day(2026, 2, 4))
        >>> Context(event=e, before=(), after=(), overlapping=(), shared_participants=(),
        ...         periods=(), sentences=()).event.kind
        'call'
    """

    event: Event
    before: tuple[Event, ...]
    after: tuple[Event, ...]
    overlapping: tuple[Event, ...]
    shared_participants: tuple[Event, ...]
    periods: tuple[Event, ...]
    sentences: tuple[str, ...]


@final
@attrs.frozen(kw_only=True, repr=False)
class Ordering:
    """A linear extension of a timeline's partial order (see :meth:`Timeline.order`).

    Attributes:
        events: All events, in an order that respects every relation the times and the
            constraints make certain; events without a time come last.
        unknown: The adjacent pairs ``(a, b)`` of :attr:`events` whose order the text does
            not settle (``a`` is not certainly before ``b``).

    .. versionadded:: 0.1.0

    Examples:
        >>> from timeline.events import Event
        >>> from timeline.when import When
        >>> a = Event(kind="meeting", when=When.day(2026, 2, 4))
        >>> b = Event(kind="call", when=When.day(2026, 2, 4))
        >>> c = Event(kind="treaty_expiry", when=When.day(2026, 2, 5))
        >>> o = Timeline([a, b, c]).order()
        >>> len(o), o.is_total, len(o.unknown)
        (3, False, 1)
        >>> o.known(a, c), o.known(a, b)
        (True, False)
    """

    events: tuple[Event, ...]
    unknown: tuple[tuple[Event, Event], ...]
    _timeline: Timeline = attrs.field(eq=False, alias="_timeline")

    @property
    def is_total(self) -> bool:
        """Whether the text settles the order of every pair (no :attr:`unknown` pair).

        Examples:
            >>> Timeline().order().is_total
            True
        """
        return not self.unknown

    def known(self, a: Event | str, b: Event | str) -> bool:
        """Whether the relative order of ``a`` and ``b`` is settled.

        It is when one certainly ends before the other starts, by their times, by the
        constraints, or by a chain of such facts through other events.

        Args:
            a: An event of the timeline (or its id).
            b: Another one.

        Returns:
            ``True`` if settled (an event is settled with itself).

        Raises:
            KeyError: An event is not in the timeline.

        Examples:
            >>> from timeline.events import Event
            >>> from timeline.when import When
            >>> a = Event(kind="sanction", when=When.year(2024))
            >>> b = Event(kind="sanction", when=When.year(2025))
            >>> Timeline([a, b]).order().known(b.id, a.id)
            True
        """
        return self._timeline._known(self._timeline[a], self._timeline[b])

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events)

    def __len__(self) -> int:
        return len(self.events)

    def __getitem__(self, i: int) -> Event:
        return self.events[i]

    def __repr__(self) -> str:
        return f"<Ordering of {len(self.events)} events, {len(self.unknown)} unknown pairs>"


@final
@attrs.frozen(init=False, repr=False)
class Timeline:
    """An immutable collection of events, chronologically ordered and indexed in time.

    Args:
        events: The events. Duplicates (same id, equal events) are dropped.
        constraints: Explicit order constraints: an :class:`~timeline.relations.OrderNetwork`,
            or ``(a, relation, b)`` / ``(a, relation, b, gap)`` tuples whose ``a`` and ``b``
            are events or ids (see :meth:`constrain`). The times of the constrained events are
            entered into the network, so constraints that contradict them are refused.
        registry: The kind registry the event kinds are checked against (default
            :data:`~timeline.kinds.KINDS`).

    Raises:
        UnknownKindError: An event kind is not in the registry.
        ConstraintError: The constraints contradict each other or the events' times.
        ValueError: Two different events share an id.
        TypeError: Something other than events.

    Iteration is chronological: by :attr:`When.sort_key <timeline.when.When.sort_key>`
    (earliest start, then latest end...), events without a time last, ties by id.
    ``timeline[i]`` is the i-th event, ``timeline["ev-..."]`` the event with that id.
    Queries build an :class:`~timeline.index.IntervalIndex` once, on first use.

    .. versionadded:: 0.1.0

    Examples:
        >>> from timeline.events import Event
        >>> from timeline.when import When
        >>> tl = Timeline([Event(kind="call", when=When.day(2026, 2, 4)),
        ...                Event(kind="arms_sale", when=When.month(2025, 11)),
        ...                Event(kind="statement")])
        >>> [(e.kind, str(e.when)) for e in tl]
        [('arms_sale', '2025-11'), ('call', '2026-02-04'), ('statement', 'None')]
        >>> len(tl.during(When.year(2026))), tl[0].kind
        (1, 'arms_sale')
    """

    events: tuple[Event, ...]
    constraints: OrderNetwork
    registry: KindRegistry = attrs.field(eq=False, hash=False)
    _cache: dict[str, Any] = attrs.field(
        init=False, factory=dict, eq=False, hash=False, alias="_cache"
    )

    def __init__(
        self,
        events: Iterable[Event] = (),
        *,
        constraints: OrderNetwork | Iterable[object] = (),
        registry: KindRegistry | None = None,
    ) -> None:
        registry = KINDS if registry is None else registry
        if not isinstance(registry, KindRegistry):
            raise TypeError(f"registry must be a KindRegistry, got {registry!r}")
        unique: dict[str, Event] = {}
        for event in _to_events(events):
            registry.check(event.kind)
            seen = unique.get(event.id)
            if seen is None:
                unique[event.id] = event
            elif seen != event:
                raise ValueError(
                    f"two different events share the id {event.id!r}; give them distinct ids "
                    "or merge them with Timeline.merge"
                )
        ordered = tuple(sorted(unique.values(), key=_chronological))
        network = _anchor(_to_network(constraints), ordered)
        self.__attrs_init__(events=ordered, constraints=network, registry=registry)

    def _derive(
        self, events: tuple[Event, ...], constraints: OrderNetwork | None = None
    ) -> Timeline:
        """A timeline of already checked, chronologically sorted events (no validation)."""
        result = Timeline.__new__(Timeline)
        result.__attrs_init__(
            events=events,
            constraints=self.constraints if constraints is None else constraints,
            registry=self.registry,
        )
        return result

    def _subset(self, positions: Iterable[int]) -> Timeline:
        events = self.events
        return self._derive(tuple(events[i] for i in sorted(set(positions))))

    # -- container protocol --------------------------------------------------------------------

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events)

    def __reversed__(self) -> Iterator[Event]:
        return reversed(self.events)

    def __len__(self) -> int:
        return len(self.events)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Event):
            return self._positions().get(item.id) is not None and item == self.get(item.id)
        return isinstance(item, str) and item in self._positions()

    @overload
    def __getitem__(self, key: int) -> Event: ...

    @overload
    def __getitem__(self, key: str | Event) -> Event: ...

    @overload
    def __getitem__(self, key: slice) -> Timeline: ...

    def __getitem__(self, key: int | str | Event | slice) -> Event | Timeline:
        if isinstance(key, slice):
            return self._derive(self.events[key])
        if isinstance(key, int):
            return self.events[key]
        event_id = _event_id(key)
        position = self._positions().get(event_id)
        if position is None:
            raise KeyError(f"no event with id {event_id!r} in this timeline")
        return self.events[position]

    def get(self, event_id: str, default: Event | None = None) -> Event | None:
        """The event with id ``event_id``, or ``default``.

        Examples:
            >>> Timeline().get("ev-0") is None
            True
        """
        position = self._positions().get(event_id)
        return default if position is None else self.events[position]

    @property
    def ids(self) -> tuple[str, ...]:
        """The event ids, in chronological order.

        Examples:
            >>> from timeline.events import Event
            >>> Timeline([Event(kind="call", id="c1")]).ids
            ('c1',)
        """
        return tuple(e.id for e in self.events)

    def __repr__(self) -> str:
        stated = len(self.constraints.constraints)
        return f"<Timeline of {len(self.events)} events, {stated} constraints>"

    # -- cached structures ---------------------------------------------------------------------

    def _positions(self) -> dict[str, int]:
        found = self._cache.get("positions")
        if found is None:
            found = self._cache["positions"] = {e.id: i for i, e in enumerate(self.events)}
        return found

    def _index(self) -> IntervalIndex[int]:
        found = self._cache.get("index")
        if found is None:
            found = self._cache["index"] = IntervalIndex(
                (e.when, i) for i, e in enumerate(self.events)
            )
        return found

    def _keys(self) -> list[Keys | None]:
        found = self._cache.get("keys")
        if found is None:
            found = self._cache["keys"] = [_keys_of(e) for e in self.events]
        return found

    def _constrained(self) -> list[int]:
        """Positions of the events the order network mentions."""
        found = self._cache.get("constrained")
        if found is None:
            ids = self.constraints.ids
            found = self._cache["constrained"] = [
                i for i, e in enumerate(self.events) if e.id in ids
            ]
        return found

    def _effective(self) -> list[Keys | None]:
        """Per position: the event's time narrowed by the order network (anchors and
        constraints, closed), or its own time when unconstrained; None when unknown."""
        found = self._cache.get("effective")
        if found is None:
            found = list(self._keys())
            events = self.events
            for i in self._constrained():
                found[i] = _narrowed(found[i], _network_ranges(self.constraints, events[i].id))
            self._cache["effective"] = found
        return found

    # -- relations -----------------------------------------------------------------------------

    def relation(self, a: Event | str, b: Event | str) -> Relations:
        """The Allen relations of ``a`` to ``b`` still possible given their times and the
        constraints (closed transitively, with the constrained events' times).

        Args:
            a: An event of the timeline, or its id.
            b: Another one.

        Returns:
            The possible relations; all thirteen when nothing is known.

        Raises:
            KeyError: An event is not in the timeline.

        Examples:
            >>> from timeline.events import Event
            >>> from timeline.when import When
            >>> m = Event(kind="meeting", when=When.day(2026, 2, 4))
            >>> c = Event(kind="call", when=When.day(2026, 2, 4))
            >>> tl = Timeline([m, c])
            >>> len(tl.relation(m, c))
            13
            >>> tl.constrain(c, "after", m).relation(m, c)
            Relations({'before'})
        """
        return self._relation(self[a], self[b])

    def _relation(self, a: Event, b: Event) -> Relations:
        network = self.constraints
        ids = network.ids
        if a.id not in ids and b.id not in ids:
            if not (_positioned(a) and _positioned(b)):
                return Relations.all()
            return _when_relation(a.when, b.when)  # type: ignore[arg-type]
        if _positioned(a) and _positioned(b):
            return network.relation(a.id, b.id, whens=(a.when, b.when))  # type: ignore[arg-type]
        # one side has no time: enter the other's time (constrained events already have it)
        for event in (a, b):
            if event.id not in ids and _positioned(event):
                network = network.anchor(event.id, event.when)  # type: ignore[arg-type]
        return network.relation(a.id, b.id)

    def _definitely_before(self, a: Event, b: Event) -> bool:
        """``a`` certainly ends no later than ``b`` starts (Allen before or meets)."""
        ids = self.constraints.ids
        if a.id in ids and b.id in ids:
            lo, _ = self.constraints.bounds_between(a.id, b.id, points=("end", "start"))
            if lo is not None and lo >= _dt.timedelta(0):
                return True
        keys = self._effective()
        positions = self._positions()
        ka, kb = keys[positions[a.id]], keys[positions[b.id]]
        return ka is not None and kb is not None and ka.e_hi <= kb.s_lo

    def _known(self, a: Event, b: Event) -> bool:
        if a.id == b.id:
            return True
        return self._reaches(a, b) or self._reaches(b, a)

    def _reaches(self, a: Event, b: Event) -> bool:
        """A chain of certain "before" facts leads from ``a`` to ``b``.

        Chains of time-only facts collapse into one (certainly-before is transitive), so a
        chain alternates single time facts with constraint facts and only passes through
        constrained events: a search over those suffices.
        """
        if self._definitely_before(a, b):
            return True
        events = self.events
        constrained = [events[i] for i in self._constrained()]
        frontier = [c for c in constrained if self._definitely_before(a, c)]
        seen = {c.id for c in frontier}
        while frontier:
            c = frontier.pop()
            if self._definitely_before(c, b):
                return True
            for d in constrained:
                if d.id not in seen and self._definitely_before(c, d):
                    seen.add(d.id)
                    frontier.append(d)
        return False

    def _select(
        self,
        subject: Subject,
        query: str,
        relations: frozenset[Allen] | None,
        certainly: bool,
    ) -> Timeline:
        """Answer a time query; for an event of the timeline, exactly as :meth:`relation` says.

        ``query`` names an index query (``"before"``, ``"overlapping"``...); ``relations`` are
        the Allen relations that satisfy it (None: those that share time).
        """
        index = self._index()
        run = getattr(index, f"{query}_positions")
        if not isinstance(subject, Event):
            return self._subset(run(_query_keys(subject), certainly=certainly))
        if self.get(subject.id) != subject:  # an outside event: its time only
            keys = _keys_of(subject)
            return self._subset(() if keys is None else run(keys, certainly=certainly))
        accept = _accept(relations, certainly)
        own = self._positions()[subject.id]
        events = self.events
        constrained = self._constrained()
        if subject.id not in self.constraints.ids:
            # Unconstrained events relate to it by the times alone (the index is exact);
            # constrained ones by the network: check those one by one.
            keys = _keys_of(subject)
            found = set() if keys is None else set(run(keys, certainly=certainly))
            effective = self._effective()
            for i in constrained:
                informed = keys is not None and effective[i] is not None
                if informed and accept(self._relation(events[i], subject)):
                    found.add(i)
                else:
                    found.discard(i)
            found.discard(own)
            return self._subset(found)
        # A constrained event's time may be narrowed by the network: the "possibly" answer
        # for its narrowed time, plus the constrained events, is a superset; check each.
        narrowed = self._effective()[own]
        candidates = set(constrained)
        if narrowed is not None:
            candidates.update(run(narrowed, certainly=False))
        candidates.discard(own)
        found = {i for i in candidates if accept(self._relation(events[i], subject))}
        return self._subset(found)

    # -- order ---------------------------------------------------------------------------------

    def order(self) -> Ordering:
        """A linear extension of the partial order of the events, and where it is unsure.

        The result respects every certain relation: whenever the times (or the constraints,
        closed transitively together with the constrained events' times) say that ``a``
        ends no later than ``b`` starts, ``a`` comes first. Among the orders that do, it
        follows the earliest starts (narrowed by the constraints), like :meth:`__iter__`.

        Returns:
            The :class:`Ordering`; ``.unknown`` lists the adjacent pairs not settled by the
            text, ``.known(a, b)`` answers for any pair.

        Raises:
            ConstraintError: The constraints form a cycle with the times (cannot happen for
                a timeline built through the public API, which checks them).

        Examples:
            >>> from timeline.events import Event
            >>> from timeline.when import When
            >>> a = Event(kind="call", when=When.day(2026, 2, 4), id="a")
            >>> b = Event(kind="meeting", when=When.day(2026, 2, 4), id="b")
            >>> tl = Timeline([a, b]).constrain("b", "before", "a")
            >>> [e.id for e in tl.order()], tl.order().is_total
            (['b', 'a'], True)
        """
        found = self._cache.get("order")
        if found is not None:
            return found  # type: ignore[no-any-return]
        events = self.events
        n = len(events)
        # Kahn's algorithm, always taking the available event of least rank. The rank sorts
        # by the earliest start (narrowed by the network for constrained events): if ``a``
        # certainly ends before ``b`` starts, ``a`` starts earlier, so it ranks first; the
        # edges add what only the network knows between two constrained events. Then an
        # event taken early for lack of predecessors never jumps over one it must follow (a
        # blocking chain would have to start earlier still). Property tests check the result.
        effective = self._effective()

        def rank_key(i: int) -> tuple[Any, ...]:
            k = effective[i]
            return (1, 0, 0, i) if k is None else (0, k.s_lo, k.e_hi, i)

        rank = [0] * n
        for r, i in enumerate(sorted(range(n), key=rank_key)):
            rank[i] = r
        successors: dict[int, list[int]] = {}
        indegree = [0] * n
        constrained = self._constrained()
        for i in constrained:
            for j in constrained:
                if i != j and self._definitely_before(events[i], events[j]):
                    successors.setdefault(i, []).append(j)
                    indegree[j] += 1
        heap = [(rank[i], i) for i in range(n) if indegree[i] == 0]
        heapq.heapify(heap)
        result: list[int] = []
        while heap:
            _, i = heapq.heappop(heap)
            result.append(i)
            for j in successors.get(i, ()):
                indegree[j] -= 1
                if indegree[j] == 0:
                    heapq.heappush(heap, (rank[j], j))
        if len(result) != n:  # pragma: no cover - the network refuses cycles when they form
            stuck = [str(events[i].id) for i in range(n) if indegree[i]]
            raise ConstraintError.for_cycle(stuck)
        ordered = tuple(events[i] for i in result)
        unknown = tuple(
            (a, b) for a, b in itertools.pairwise(ordered) if not self._definitely_before(a, b)
        )
        found = self._cache["order"] = Ordering(events=ordered, unknown=unknown, _timeline=self)
        return found

    # -- time queries --------------------------------------------------------------------------

    def before(self, x: Subject, *, certainly: bool = True) -> Timeline:
        """The events that end no later than ``x`` starts (Allen before or meets).

        Args:
            x: An event of the timeline (its time and constraints are used), a When (a
                window) or an aware datetime.
            certainly: ``True`` (default): certainly before; ``False``: possibly before.

        Returns:
            The matching events, as a timeline.

        Examples:
            >>> from timeline.events import Event
            >>> from timeline.when import When
            >>> tl = Timeline([Event(kind="arms_sale", when=When.month(2025, 11)),
            ...                Event(kind="period", when=When.parse("2025/2026"))])
            >>> [e.kind for e in tl.before(When.day(2026, 2, 4))]
            ['arms_sale']
            >>> len(tl.before(When.day(2026, 2, 4), certainly=False))
            1
        """

        return self._select(x, "before", _BEFORE, certainly)

    def after(self, x: Subject, *, certainly: bool = True) -> Timeline:
        """The events that start no earlier than ``x`` ends (Allen after or met-by).

        Args:
            x: An event of the timeline, a When (a window) or an aware datetime.
            certainly: ``True`` (default): certainly after; ``False``: possibly after.

        Returns:
            The matching events, as a timeline.

        Examples:
            >>> from timeline.events import Event
            >>> from timeline.when import When
            >>> tl = Timeline([Event(kind="treaty_expiry", when=When.day(2026, 2, 5))])
            >>> len(tl.after(When.day(2026, 2, 4)))
            1
        """

        return self._select(x, "after", _AFTER, certainly)

    def overlapping(self, span: Subject, *, certainly: bool = False) -> Timeline:
        """The events that possibly (or certainly) share time with ``span``.

        Args:
            span: A When (a window), an aware datetime, or an event of the timeline.
            certainly: Require every reading of the times to overlap.

        Returns:
            The matching events, as a timeline.

        Examples:
            >>> from timeline.events import Event
            >>> from timeline.when import When
            >>> tl = Timeline([Event(kind="call", when=When.day(2026, 2, 4)),
            ...                Event(kind="period", when=When.parse("2026/2030"))])
            >>> len(tl.overlapping(When.month(2026, 2))), len(tl.overlapping(
            ...     When.parse("2026-02-04T15:30"), certainly=True))
            (2, 1)
        """

        return self._select(span, "overlapping", None, certainly)

    def at(self, t: _dt.datetime | When, *, certainly: bool = False) -> Timeline:
        """The events that possibly (or certainly) cover the instant ``t``.

        Args:
            t: An aware datetime (a When is read as a window).
            certainly: Require the event to cover ``t`` in every reading of its time.

        Returns:
            The matching events, as a timeline.

        Examples:
            >>> import pendulum
            >>> from timeline.events import Event
            >>> from timeline.when import When
            >>> tl = Timeline([Event(kind="call", when=When.day(2026, 2, 4))])
            >>> t = pendulum.datetime(2026, 2, 4, 12)
            >>> len(tl.at(t)), len(tl.at(t, certainly=True))
            (1, 0)
        """
        if isinstance(t, Event):
            raise TypeError("at() takes an instant; use overlapping(event) for an event")
        return self.overlapping(t, certainly=certainly)

    def during(self, span: Subject, *, certainly: bool = False) -> Timeline:
        """The events that possibly (or certainly) lie inside ``span``, ends included.

        Args:
            span: A When (a window) or an event of the timeline (e.g. a period).
            certainly: Require it for every reading of the times.

        Returns:
            The matching events, as a timeline.

        Examples:
            >>> from timeline.events import Event
            >>> from timeline.when import When
            >>> tl = Timeline([Event(kind="call", when=When.day(2026, 2, 4)),
            ...                Event(kind="summit", when=When.year(2026))])
            >>> [e.kind for e in tl.during(When.month(2026, 2), certainly=True)]
            ['call']
        """

        return self._select(span, "during", _WITHIN, certainly)

    def containing(self, span: Subject, *, certainly: bool = False) -> Timeline:
        """The events that possibly (or certainly) contain ``span``, ends included.

        Args:
            span: A When (a window), an aware datetime or an event of the timeline.
            certainly: Require it for every reading of the times.

        Returns:
            The matching events, as a timeline.

        Examples:
            >>> from timeline.events import Event
            >>> from timeline.when import When
            >>> tl = Timeline([Event(kind="period", when=When.parse("2026/2030"))])
            >>> len(tl.containing(When.day(2026, 2, 4), certainly=True))
            1
        """

        return self._select(span, "containing", _CONTAINING, certainly)

    def nearest(self, t: Subject, k: int = 1) -> tuple[Event, ...]:
        """The ``k`` events nearest to ``t`` in time, nearest first.

        Events that possibly overlap ``t`` come first (in chronological order), then the
        others by the gap between their time and ``t``. Events without a time are never
        returned; for an event of the timeline, its time as the constraints narrow it is
        used (the other events' times are their own).

        Args:
            t: An aware datetime, a When (a window) or an event of the timeline (left out).
            k: How many, at most.

        Returns:
            Up to ``k`` events.

        Raises:
            ValueError: ``k`` is negative.

        Examples:
            >>> from timeline.events import Event
            >>> from timeline.when import When
            >>> tl = Timeline([Event(kind="sanction", when=When.year(y)) for y in (2020, 2024)])
            >>> [str(e.when) for e in tl.nearest(When.year(2025))]
            ['2024']
        """
        if isinstance(k, bool) or not isinstance(k, int):
            raise TypeError(f"k must be an int, got {k!r}")
        if k < 0:
            raise ValueError(f"k must be >= 0, got {k!r}")
        if isinstance(t, Event):
            if self.get(t.id) != t:  # an outside event: its time only
                keys = _keys_of(t)
                found = [] if keys is None else self._index().nearest_positions(keys, k)
                return tuple(self.events[i] for i in found)
            own = self._positions()[t.id]
            keys = self._effective()[own]  # its time, narrowed by the constraints
            if keys is None:
                return ()
            found = [i for i in self._index().nearest_positions(keys, k + 1) if i != own]
            return tuple(self.events[i] for i in found[:k])
        found = self._index().nearest_positions(_query_keys(t), k)
        return tuple(self.events[i] for i in found)

    # -- context -------------------------------------------------------------------------------

    def context(
        self,
        event: Event | str,
        *,
        before: _dt.timedelta | None = None,
        after: _dt.timedelta | None = None,
    ) -> Context:
        """The events around ``event``: before and after it in time, at the same time, with the
        same participants, the periods it falls in, and the sentences it came from.

        ``before`` keeps the events that certainly end before the event starts (by times and
        constraints) and may end within ``before`` of its earliest start; ``after`` likewise
        after its latest end. ``None`` means no limit. Events without a time that the
        constraints place before (after) it are included.

        Args:
            event: An event of the timeline, or its id.
            before: How far back to look (a :class:`pendulum.Duration` or timedelta; calendar
                units such as months are applied on the calendar).
            after: How far ahead to look.

        Returns:
            The :class:`Context`.

        Raises:
            KeyError: ``event`` is not in the timeline.
            ValueError: A negative duration.

        Examples:
            >>> import pendulum
            >>> from timeline.events import Event
            >>> from timeline.when import When
            >>> sale = Event(kind="arms_sale", when=When.month(2025, 11))
            >>> old = Event(kind="summit", when=When.year(2019))
            >>> call = Event(kind="call", when=When.day(2026, 2, 4))
            >>> ctx = Timeline([sale, old, call]).context(call, before=pendulum.duration(months=3))
            >>> [e.kind for e in ctx.before]
            ['arms_sale']
        """
        subject = self[event]
        before_d = _to_duration(before, "before")
        after_d = _to_duration(after, "after")
        keys = _keys_of(subject)
        when = subject.when
        earlier = self.before(subject)
        later = self.after(subject)
        if before_d is not None and keys is not None and when is not None:
            start = when.earliest_start
            if start is not None:
                limit = to_microseconds(start - before_d)
                earlier = earlier.where(lambda e: self._ends_after(e, limit))
        if after_d is not None and keys is not None and when is not None:
            end = when.latest_end
            if end is not None:
                limit = to_microseconds(end + after_d)
                later = later.where(lambda e: self._starts_before(e, limit))
        overlapping = self.overlapping(subject)
        shared = tuple(
            e for e in self.events
            if e.id != subject.id and any(p.matches(q) for p in e.participants
                                          for q in subject.participants)
        )
        periods = self.containing(subject).of_kind("period") if "period" in self.registry else ()
        return Context(
            event=subject,
            before=tuple(earlier),
            after=tuple(later),
            overlapping=tuple(overlapping),
            shared_participants=shared,
            periods=tuple(periods),
            sentences=subject.sentences,
        )

    def _ends_after(self, event: Event, limit: int) -> bool:
        keys = self._effective()[self._positions()[event.id]]
        return keys is None or keys.e_hi > limit

    def _starts_before(self, event: Event, limit: int) -> bool:
        keys = self._effective()[self._positions()[event.id]]
        return keys is None or keys.s_lo < limit

    # -- filters -------------------------------------------------------------------------------

    def of_kind(self, *kinds: str | Kind) -> Timeline:
        """The events of the given kinds.

        Args:
            kinds: Kind names or :class:`~timeline.kinds.Kind` objects.

        Returns:
            The matching events, as a timeline (constraints kept).

        Raises:
            UnknownKindError: A kind name is not in the registry.

        Examples:
            >>> from timeline.events import Event
            >>> tl = Timeline([Event(kind="call"), Event(kind="visit")])
            >>> [e.kind for e in tl.of_kind("visit", "summit")]
            ['visit']
            >>> tl.of_kind("vist")
            Traceback (most recent call last):
            ...
            timeline.errors.UnknownKindError: unknown event kind 'vist'; known kinds: ...
        """
        names = {self.registry.check(k.name if isinstance(k, Kind) else k) for k in kinds}
        return self._derive(tuple(e for e in self.events if e.kind in names))

    def involving(self, *actors: Actor | str) -> Timeline:
        """The events with a participant that matches one of ``actors``.

        Names match as :meth:`Actor.matches <timeline.events.Actor.matches>` says ("Xi",
        "President Xi Jinping" and "Chinese President Xi" are one actor).

        Args:
            actors: Actors or names.

        Returns:
            The matching events, as a timeline.

        Examples:
            >>> from timeline.events import Event
            >>> tl = Timeline([Event(kind="call", participants=("Xi Jinping", "Donald Trump")),
            ...                Event(kind="meeting", participants=("Vladimir Putin",))])
            >>> [e.kind for e in tl.involving("President Trump")]
            ['call']
        """
        if not actors:
            raise TypeError("involving() needs at least one actor or name")
        return self._derive(
            tuple(e for e in self.events if any(e.involves(a) for a in actors))
        )

    def where(self, predicate: Callable[[Event], bool]) -> Timeline:
        """The events for which ``predicate`` is true.

        Args:
            predicate: Called with each event.

        Returns:
            The matching events, as a timeline.

        Examples:
            >>> from timeline.events import Event
            >>> tl = Timeline([Event(kind="call", confidence=0.4), Event(kind="visit")])
            >>> [e.kind for e in tl.where(lambda e: e.confidence > 0.5)]
            ['visit']
        """
        return self._derive(tuple(e for e in self.events if predicate(e)))

    # -- combination ---------------------------------------------------------------------------

    def constrain(
        self,
        a: Event | str,
        relation: Allen | str,
        b: Event | str,
        *,
        gap: _dt.timedelta | tuple[_dt.timedelta | None, _dt.timedelta | None] | None = None,
    ) -> Timeline:
        """A new timeline with the order constraint ``a <relation> b`` added.

        Args:
            a: An event of the timeline, or its id.
            relation: An Allen relation or name (``"before"``, ``"after"``, ``"meets"``...;
                see :meth:`OrderNetwork.add <timeline.relations.OrderNetwork.add>`).
            b: Another event of the timeline.
            gap: Exact, or ``(min, max)``, distance between the two starts ("one day
                before": ``pendulum.duration(days=1)``).

        Returns:
            The new timeline; this one is unchanged.

        Raises:
            KeyError: An event is not in the timeline.
            ConstraintError: The constraint contradicts the others or the events' times.

        Examples:
            >>> from timeline.events import Event
            >>> from timeline.when import When
            >>> m = Event(kind="meeting", when=When.day(2026, 2, 4), id="m")
            >>> c = Event(kind="call", when=When.day(2026, 2, 5), id="c")
            >>> Timeline([m, c]).constrain("c", "before", "m")
            Traceback (most recent call last):
            ...
            timeline.errors.ConstraintError: contradictory order constraints: ...
        """
        first, second = self[a], self[b]
        network = self.constraints.add(first.id, relation, second.id, gap=gap)
        return self._derive(self.events, _anchor(network, (first, second)))

    # -- display and interchange (thin delegates to timeline.notebook and timeline.io) --------

    def _repr_html_(self) -> str:
        """The notebook view: an SVG strip of the times above a table of the events."""
        from timeline.notebook import timeline_html

        return timeline_html(self)

    def plot(self, *, by: str = "kind", **kwargs: Any) -> Any:
        """A matplotlib figure of the timeline; fuzzy times are faded bands (``plot`` extra).

        Args:
            by: Group the rows by ``"kind"`` or by ``"participant"``.
            **kwargs: Passed to :func:`timeline.notebook.plot`.

        Returns:
            A ``matplotlib.figure.Figure``.

        Examples:
            >>> from timeline.events import Event
            >>> from timeline.when import When
            >>> fig = Timeline([Event(kind="call", when=When.day(2026, 2, 4))]).plot()
            >>> type(fig).__name__
            'Figure'
        """
        from timeline.notebook import plot

        return plot(self, by=by, **kwargs)

    def to_dataframe(self) -> Any:
        """The events as a pandas DataFrame, one row an event (``pandas`` extra).

        Examples:
            >>> from timeline.events import Event
            >>> from timeline.when import When
            >>> df = Timeline([Event(kind="call", when=When.day(2026, 2, 4))]).to_dataframe()
            >>> list(df["kind"])
            ['call']
        """
        from timeline.io.pandas import to_dataframe

        return to_dataframe(self)

    @classmethod
    def from_dataframe(cls, frame: Any) -> Timeline:
        """Read back a DataFrame written by :meth:`to_dataframe`.

        Examples:
            >>> from timeline.events import Event
            >>> from timeline.when import When
            >>> tl = Timeline([Event(kind="call", when=When.day(2026, 2, 4))])
            >>> Timeline.from_dataframe(tl.to_dataframe()) == tl
            True
        """
        from timeline.io.pandas import from_dataframe

        return from_dataframe(frame)

    def to_json(self) -> dict[str, Any]:
        """The lossless, versioned JSON document of this timeline (see :mod:`timeline.io.json`).

        Examples:
            >>> from timeline.events import Event
            >>> from timeline.when import When
            >>> tl = Timeline([Event(kind="call", when=When.day(2026, 2, 4))])
            >>> Timeline.from_json(tl.to_json()) == tl
            True
        """
        from timeline.io.json import to_json

        return to_json(self)

    @classmethod
    def from_json(cls, document: Any) -> Timeline:
        """Read a timeline from its JSON document (a dict, or a JSON string or bytes).

        Raises:
            ParseError: The document is not a timeline document of a version we read.

        Examples:
            >>> Timeline.from_json('{"schema": "timeline", "version": 1, "events": []}')
            Traceback (most recent call last):
            ...
            timeline.errors.ParseError: ...
        """
        from timeline.io import json as timeline_json

        if isinstance(document, str | bytes):
            return timeline_json.loads(document)
        return timeline_json.from_json(document)

    def merge(self, other: Timeline | Iterable[Event]) -> Timeline:
        """This timeline joined with ``other``, the same events merged into one.

        Two events are the same when they are equal, or when they have the same kind, their
        times may be the very same interval (Allen ``equals`` is possible: "Feb. 4" and
        "Feb. 4, 15:30" may be; a five-year span and a day in it may not) or are both unknown,
        their participants overlap (or both have none), and they do not disagree on a naming
        attribute (``treaty``, ``name``, ``target``, ``item``). The
        merged event keeps this timeline's id, the finer of the two times, the participants
        of both, this event's attributes over the other's, the mentions of both and the
        higher confidence. ``other``'s constraints are carried over to the merged ids; an
        unmerged event of ``other`` whose id is taken gets a ``~2``, ``~3``... suffix.

        Args:
            other: Another timeline, or events.

        Returns:
            The merged timeline.

        Raises:
            ConstraintError: Together, the constraints contradict each other or the times.

        Examples:
            >>> from timeline.events import Event, Mention
            >>> from timeline.when import When
            >>> a = Event(kind="call", when=When.day(2026, 2, 4), participants=("Xi Jinping",),
            ...           mentions=(Mention(start=5, end=9, text="call", document="d1"),))
            >>> b = Event(kind="call", when=When.parse("2026-02-04T15:30"),
            ...           participants=("Xi", "Donald Trump"),
            ...           mentions=(Mention(start=0, end=4, text="call", document="d2"),))
            >>> merged = Timeline([a]).merge(Timeline([b]))
            >>> len(merged), str(merged[0].when), merged[0].participant_names
            (1, '2026-02-04T15:30', ('Xi Jinping', 'Donald Trump'))
            >>> len(merged[0].mentions)
            2
        """
        if not isinstance(other, Timeline):
            other = Timeline(other, registry=self.registry)
        merged: list[Event] = list(self.events)
        taken = {e.id for e in merged}
        renamed: dict[str, str] = {}
        index = self._index()
        undated_by_kind: dict[str, list[int]] = {}
        for i, e in enumerate(self.events):
            if not _positioned(e):
                undated_by_kind.setdefault(e.kind, []).append(i)
        positions = self._positions()
        for event in other.events:
            same = positions.get(event.id)
            if same is not None and self.events[same] == event:
                best: int | None = same  # the very same event
            else:
                keys = _keys_of(event)
                if keys is not None:
                    candidates = sorted(index.overlapping_positions(keys))
                elif event.when is None:
                    candidates = undated_by_kind.get(event.kind, [])
                else:
                    candidates = []
                best = _best_match(event, [(i, merged[i]) for i in candidates])
            if best is not None:
                merged[best] = _merge_events(merged[best], event)
                renamed[event.id] = merged[best].id
                continue
            new_id = event.id
            suffix = 1
            while new_id in taken:
                suffix += 1
                new_id = f"{event.id}~{suffix}"
            if new_id != event.id:
                renamed[event.id] = new_id
                event = attrs.evolve(event, id=new_id)
            taken.add(new_id)
            merged.append(event)
        items: list[Constraint | Anchor] = list(self.constraints.constraints)
        items.extend(self.constraints.anchors)
        for c in other.constraints.constraints:
            items.append(attrs.evolve(c, a=renamed.get(c.a, c.a), b=renamed.get(c.b, c.b)))
        return Timeline(merged, constraints=OrderNetwork.of(items), registry=self.registry)


def _accept(relations: frozenset[Allen] | None, certainly: bool) -> Callable[[Relations], bool]:
    if relations is None:  # sharing time
        if certainly:
            return lambda r: all(x.shares_time for x in r)
        return lambda r: any(x.shares_time for x in r)
    if certainly:
        return lambda r: r.possible <= relations
    return lambda r: bool(r.possible & relations)


def _network_ranges(network: OrderNetwork, event_id: str) -> tuple[float, ...] | None:
    """``(start_lo, start_hi, end_lo, end_hi)`` of an event in the closed network, or None."""
    return network.ranges(event_id)


def _narrowed(keys: Keys | None, ranges: tuple[float, ...] | None) -> Keys | None:
    if ranges is None:
        return keys
    # raw values (beyond +-_FAR when the network pushes an event past an open end)
    s_lo, s_hi, e_lo, e_hi = ranges
    if keys is not None:
        s_lo, s_hi = max(s_lo, keys.s_lo), min(s_hi, keys.s_hi)
        e_lo, e_hi = max(e_lo, keys.e_lo), min(e_hi, keys.e_hi)
    elif s_lo <= -_FAR and e_hi >= _FAR:
        return None  # nothing is known about when it happened
    return Keys(s_lo, s_hi, e_lo, e_hi)  # type: ignore[arg-type]


_FAR: Final = 2**62  # open ends, as in timeline.relations and timeline.index



def _anchor(network: OrderNetwork, events: Iterable[Event]) -> OrderNetwork:
    """Enter the times of the constrained ``events`` into ``network`` (once each)."""
    ids = network.ids
    if not ids:
        return network
    anchored = {(a.id, a.when) for a in network.anchors}
    for event in events:
        if event.id in ids and _positioned(event) and (event.id, event.when) not in anchored:
            network = network.anchor(event.id, event.when)  # type: ignore[arg-type]
    return network


def _same_participants(a: Event, b: Event) -> bool:
    if not a.participants and not b.participants:
        return True
    return any(p.matches(q) for p in a.participants for q in b.participants)


def _agree(a: Event, b: Event) -> bool:
    for key in _IDENTITY_KEYS:
        x, y = a.attributes.get(key), b.attributes.get(key)
        if x is not None and y is not None and str(x).casefold() != str(y).casefold():
            return False
    return True


def _best_match(event: Event, candidates: list[tuple[int, Event]]) -> int | None:
    best: tuple[int, int] | None = None
    for i, c in candidates:
        if c.kind != event.kind or not _same_participants(c, event) or not _agree(c, event):
            continue
        if not _same_time(c.when, event.when):
            continue
        shared = sum(1 for p in c.participants if any(p.matches(q) for q in event.participants))
        if best is None or shared > best[0]:
            best = (shared, i)
    return None if best is None else best[1]


def _same_time(a: When | None, b: When | None) -> bool:
    """Both unknown, or both positioned and possibly the very same interval."""
    if a is None or b is None:
        return a is None and b is None
    if a.is_duration or b.is_duration:
        return a == b
    return Allen.EQUALS in _when_relation(a, b)


def _finer(a: When | None, b: When | None) -> When | None:
    if a is None:
        return b
    if b is None or a.is_duration:
        return a if b is None else b
    if b.is_duration:
        return a
    return b if b.granularity < a.granularity else a


def _merge_events(mine: Event, theirs: Event) -> Event:
    participants = list(mine.participants)
    for p in theirs.participants:
        if not any(p.matches(q) for q in participants):
            participants.append(p)
    attributes = dict(theirs.attributes)
    attributes.update(mine.attributes)
    mentions = list(mine.mentions)
    mentions.extend(m for m in theirs.mentions if m not in mentions)
    return attrs.evolve(
        mine,
        when=_finer(mine.when, theirs.when),
        participants=tuple(participants),
        location=mine.location or theirs.location,
        attributes=attributes,
        mentions=tuple(mentions),
        confidence=max(mine.confidence, theirs.confidence),
    )
