"""The interval index behind :class:`~timeline.Timeline`'s time queries.

:class:`IntervalIndex` is a static, pure-Python index over items that have a
:class:`~timeline.when.When`. It answers overlap, point (stabbing), containment, before/after
and nearest queries in ``O(log n + k)`` (``n`` items, ``k`` answers), each in a *possibly*
and a *certainly* variant.

Semantics
---------
Time is discrete at one microsecond, as in :mod:`timeline.relations`. A
:class:`~timeline.when.When` is an uncertain interval; its *realizations* are the half-open
intervals ``[s, e)`` it may actually denote: ``earliest_start <= s <= latest_start``,
``earliest_end <= e <= latest_end`` and ``s < e`` (a durative When has one realization). Open
bounds (``None``) are unbounded, as :meth:`~timeline.when.When.microsecond_ranges` reads them.
Two realizations *overlap* when they share an instant (``[a, b)`` and ``[b, c)`` do not). For
an item ``x`` and a query ``q``:

- ``overlapping(q)``: *possibly*: some realization of ``x`` overlaps some realization of ``q``
  (the outer spans ``earliest_start .. latest_end`` overlap); *certainly*: every realization of
  ``x`` overlaps every realization of ``q`` (for an item "somewhere on Feb. 4" the query must
  cover the whole day).
- ``at(t)``: ``overlapping`` the microsecond ``[t, t + 1 µs)``.
- ``during(q)``: ``x`` lies inside ``q`` (``q.start <= x.start`` and ``x.end <= q.end``: Allen's
  starts, during, finishes or equals), for some (*possibly*) or every (*certainly*) pair of
  realizations; ``containing(q)``: ``q`` lies inside ``x``, likewise.
- ``before(q)``: ``x`` ends no later than ``q`` starts (Allen's before or meets), for every
  (*certainly*, the default) or some (*possibly*) pair; ``after(q)`` is the converse.

In terms of :func:`timeline.relations.relation` ``R = relation(x, q)``: possibly/certainly
overlapping is "some/every relation in ``R`` shares time"; during is
:func:`~timeline.relations.possibly_within` / :func:`~timeline.relations.definitely_within`;
certainly before is ``R <= {before, meets}`` and possibly before is
``R & {before, meets}``. Property tests check the index against ``relation`` on random data.
Items whose ``when`` is ``None`` (or a pure duration) are not indexed and never returned.

Query spans: the public query methods read a :class:`~timeline.when.When` given as the query as
a *window*: the crisp span from its earliest start to its latest end ("what happened in February
2026" means the whole month). The ``*_positions`` methods take :class:`Keys`, so a caller can
also query with an uncertain time as it is (``span_keys(event.when)``), which is what
:class:`~timeline.Timeline` does for queries relative to an event.

How it works: each When is reduced to four exact integers (microseconds since the epoch; open
bounds at ``-/+ 2**62``, beyond any datetime, as :mod:`timeline.relations` does): the least and
greatest start and end of its realizations. Every query above is then a 1-D range of a sorted
array (``bisect``) or a 2-sided dominance query ``x < A and y > B`` over points sorted by
``x``, answered by a range-maximum sparse table that reports each answer in O(1) after an
``O(log n)`` bisection. Space is ``O(n log n)``; each structure is built on first use.

Examples:
    >>> from timeline.index import IntervalIndex
    >>> from timeline.when import When
    >>> idx = IntervalIndex([(When.day(2026, 2, 4), "call"), (When.month(2025, 11), "sale"),
    ...                      (When.parse("2026/2030"), "plan"), (None, "undated")])
    >>> len(idx)
    3
    >>> idx.overlapping(When.month(2026, 2))
    ('call', 'plan')
    >>> idx.during(When.parse("2026/2030"), certainly=True)
    ('call', 'plan')
    >>> idx.before(When.day(2026, 2, 4))
    ('sale',)
"""

from __future__ import annotations

import datetime as _dt
import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar, final

from timeline.when import When, to_microseconds

if TYPE_CHECKING:
    from timeline.events import Event

__all__ = ["IntervalIndex", "Keys", "span_keys"]

T = TypeVar("T")


Key = int  # exact microseconds; open bounds at -/+ _FAR

# Open ends become exact integers beyond any datetime (year 9999 is about 2.5e17 µs), as in
# timeline.relations: two times open on the same side then start (or end) at the same point.
_FAR = 2**62


def _finite(x: float) -> int:
    if x == float("inf"):
        return _FAR
    if x == float("-inf"):
        return -_FAR
    return int(x)


@final
class Keys:
    """The least and greatest start and end of the realizations of one uncertain interval.

    Attributes:
        s_lo: Earliest start (``earliest_start``).
        s_hi: Latest start (``latest_start``, and at least 1 µs before ``latest_end``).
        e_lo: Earliest end (``earliest_end``, and at least 1 µs after ``earliest_start``).
        e_hi: Latest end (``latest_end``).

    ``(s_lo, e_hi)`` is the outer span, ``(s_hi, e_lo)`` the core (possibly inverted: an event
    "somewhere on Feb. 4" may start as late as 23:59:59.999999 and end as early as
    00:00:00.000001).

    Examples:
        >>> from timeline.when import When
        >>> k = span_keys(When.day(2026, 2, 4))
        >>> k.e_hi - k.s_lo == 86_400_000_000, k.s_hi == k.e_hi - 1, k.e_lo == k.s_lo + 1
        (True, True, True)
    """

    __slots__ = ("e_hi", "e_lo", "s_hi", "s_lo")

    def __init__(
        self, earliest_start: Key, latest_start: Key, earliest_end: Key, latest_end: Key
    ) -> None:
        self.s_lo = earliest_start
        self.e_hi = latest_end
        # every realization has s < e, i.e. s <= e - 1 µs
        self.s_hi = min(latest_start, latest_end - 1)
        self.e_lo = max(earliest_end, earliest_start + 1)

    def __repr__(self) -> str:
        return f"Keys(s=({self.s_lo}, {self.s_hi}), e=({self.e_lo}, {self.e_hi}))"


def span_keys(span: When | _dt.datetime, *, window: bool = False) -> Keys:
    """The keys of a :class:`~timeline.when.When`, or of an aware datetime (its microsecond).

    Args:
        span: A time value that has bounds (not a pure duration), or an aware datetime.
        window: Read a When as the crisp span from its earliest start to its latest end
            (how the public queries read their argument) instead of as uncertain.

    Returns:
        Its keys.

    Raises:
        InvalidSpanError: A naive datetime.
        ValueError: A pure duration (``P3D``), which has no position in time.
        TypeError: Anything else.

    Examples:
        >>> import datetime as dt
        >>> k = span_keys(dt.datetime(2026, 2, 4, tzinfo=dt.timezone.utc))
        >>> k.e_hi - k.s_lo
        1
        >>> from timeline.when import When
        >>> span_keys(When.day(2026, 2, 4), window=True).s_hi == k.s_lo
        True
    """
    if isinstance(span, _dt.datetime):
        t = to_microseconds(span)
        return Keys(t, t, t + 1, t + 1)
    if not isinstance(span, When):
        raise TypeError(f"expected a timeline.When or an aware datetime, got {span!r}")
    if span.is_duration:
        raise ValueError(
            f"{span!s} is a pure duration and has no place in time; anchor it first "
            "(When.between, When.shift)"
        )
    (es, ls), (ee, le) = ((_finite(a), _finite(b)) for a, b in span.microsecond_ranges())
    if window:
        return Keys(es, es, le, le)
    return Keys(es, ls, ee, le)


def _indexable(when: When | None) -> bool:
    return when is not None and not when.is_duration


@final
class _Dominance:
    """Points ``(x, y)`` sorted by ``x``; reports those in an ``x`` prefix/suffix whose ``y``
    passes a threshold, via a range-max (or range-min) sparse table: O(log n + k)."""

    __slots__ = ("_tables", "pos", "xs", "ys")

    def __init__(self, points: Iterable[tuple[Key, Key, int]]) -> None:
        ordered = sorted(points, key=lambda p: (p[0], p[2]))
        self.xs: list[Key] = [p[0] for p in ordered]
        self.ys: list[Key] = [p[1] for p in ordered]
        self.pos: list[int] = [p[2] for p in ordered]
        # largest -> (values compared, sparse table of arg-max indices)
        self._tables: dict[bool, tuple[list[Key], list[list[int]]]] = {}

    def _table(self, largest: bool) -> tuple[list[Key], list[list[int]]]:
        found = self._tables.get(largest)
        if found is None:
            # a range-min over y is a range-max over -y
            values = self.ys if largest else [-y for y in self.ys]
            table = [list(range(len(values)))]
            width = 1
            while 2 * width <= len(values):
                prev = table[-1]
                table.append(
                    [
                        a if values[a] >= values[b] else b
                        for a, b in zip(prev, prev[width:], strict=False)
                    ]
                )
                width *= 2
            found = self._tables[largest] = (values, table)
        return found

    def report(
        self, lo: int, hi: int, passes: Callable[[Key], bool], *, largest: bool
    ) -> Iterator[int]:
        """Positions of the points with index in ``[lo, hi)`` whose ``y`` passes.

        ``passes`` must be monotone: if a ``y`` passes, every larger (``largest``) or smaller
        (not ``largest``) one does too; so when the extreme of a range fails, all of it does.
        Each reported point costs O(1) range-extreme lookups, and so does each failed range,
        whose parent was reported: O(k + 1) after the caller's bisection.
        """
        if lo >= hi:
            return
        values, table = self._table(largest)
        ys, pos = self.ys, self.pos
        stack = [(lo, hi - 1)]
        while stack:
            left, right = stack.pop()
            level = (right - left + 1).bit_length() - 1
            row = table[level]
            a, b = row[left], row[right - (1 << level) + 1]
            best = a if values[a] >= values[b] else b
            if not passes(ys[best]):
                continue
            yield pos[best]
            if left < best:
                stack.append((left, best - 1))
            if best < right:
                stack.append((best + 1, right))


@final
class IntervalIndex(Generic[T]):
    """A static index of items by their uncertain time (:class:`~timeline.when.When`).

    Every query takes a :class:`~timeline.when.When` (read as a window: its whole outer span)
    or an aware datetime (an instant) and returns the matching items in insertion order. The
    exact semantics of *possibly* and *certainly* are in the module docstring; they agree with
    :mod:`timeline.relations`.

    Args:
        items: ``(when, item)`` pairs; pairs whose ``when`` is ``None`` or a pure duration
            are kept out of the index (they have no place in time).

    The ``*_positions`` methods take :class:`Keys` and answer positions in the sequence of
    items given (indexed or not), unsorted.

    Complexity:
        Building is ``O(n log n)``; each query is ``O(log n + k)`` for ``k`` answers (plus
        sorting the answers back into insertion order). Structures are built on first use.

    .. versionadded:: 0.1.0

    Examples:
        >>> from timeline.when import When
        >>> idx = IntervalIndex([(When.day(2026, 2, 4), "a"), (When.day(2026, 2, 5), "b")])
        >>> idx.at(When.day(2026, 2, 4).earliest_start.add(hours=15))
        ('a',)
        >>> idx.after(When.day(2026, 2, 4))
        ('b',)
    """

    __slots__ = ("_by", "_items", "_keyed", "_keys", "_sorted")

    def __init__(self, items: Iterable[tuple[When | None, T]] = ()) -> None:
        # every item, indexed or not: positions (the *_positions answers) index this list
        self._items: list[T] = []
        self._keys: list[Keys | None] = []
        for when, item in items:
            self._keys.append(span_keys(when) if _indexable(when) else None)  # type: ignore[arg-type]
            self._items.append(item)
        self._keyed: list[tuple[int, Keys]] = [
            (i, k) for i, k in enumerate(self._keys) if k is not None
        ]
        self._by: dict[str, _Dominance] = {}
        self._sorted: dict[str, tuple[list[Key], list[int]]] = {}

    @classmethod
    def of_events(cls, events: Iterable[Event]) -> IntervalIndex[Event]:
        """Index events by their ``when``.

        Args:
            events: The events; those with ``when=None`` are left out.

        Returns:
            The index, whose items are the events.

        Examples:
            >>> from timeline.events import Event
            >>> from timeline.when import When
            >>> idx = IntervalIndex.of_events([Event(kind="call", when=When.year(2026)),
            ...                                Event(kind="call")])
            >>> len(idx)
            1
        """
        return IntervalIndex((e.when, e) for e in events)

    def __len__(self) -> int:
        return len(self._keyed)

    def __repr__(self) -> str:
        return f"<IntervalIndex of {len(self._keyed)} items>"

    @property
    def items(self) -> tuple[T, ...]:
        """The indexed items, in insertion order.

        Examples:
            >>> IntervalIndex([(None, "x")]).items
            ()
        """
        items = self._items
        return tuple(items[i] for i, _ in self._keyed)

    # -- structures ---------------------------------------------------------------------------

    def _dominance(self, name: str) -> _Dominance:
        """``"outer"``: points (s_lo, e_hi); ``"core"``: points (s_hi, e_lo)."""
        structure = self._by.get(name)
        if structure is None:
            if name == "outer":
                points = ((k.s_lo, k.e_hi, i) for i, k in self._keyed)
            else:
                points = ((k.s_hi, k.e_lo, i) for i, k in self._keyed)
            structure = self._by[name] = _Dominance(points)
        return structure

    def _sorted_keys(self, attr: str) -> tuple[list[Key], list[int]]:
        found = self._sorted.get(attr)
        if found is None:
            pairs = sorted(((getattr(k, attr), i) for i, k in self._keyed), key=lambda p: p[0])
            found = self._sorted[attr] = ([v for v, _ in pairs], [i for _, i in pairs])
        return found

    def _result(self, positions: Iterable[int]) -> tuple[T, ...]:
        items = self._items
        return tuple(items[i] for i in sorted(positions))

    # -- the raw (position) queries, used by Timeline -----------------------------------------

    def overlapping_positions(self, q: Keys, *, certainly: bool = False) -> Iterator[int]:
        """Positions of the items that possibly/certainly overlap ``q`` (unsorted).

        Examples:
            >>> from timeline.when import When
            >>> idx = IntervalIndex([(When.year(2025), 0)])
            >>> list(idx.overlapping_positions(span_keys(When.month(2025, 5))))
            [0]
        """
        if certainly:  # x.s_hi < q.e_lo and x.e_lo > q.s_hi
            d, hi, bound = self._dominance("core"), q.e_lo, q.s_hi
        else:  # x.s_lo < q.e_hi and x.e_hi > q.s_lo
            d, hi, bound = self._dominance("outer"), q.e_hi, q.s_lo
        return d.report(0, bisect_left(d.xs, hi), lambda y: y > bound, largest=True)

    def during_positions(self, q: Keys, *, certainly: bool = False) -> Iterator[int]:
        """Positions of the items that possibly/certainly lie inside ``q`` (unsorted).

        Examples:
            >>> from timeline.when import When
            >>> idx = IntervalIndex([(When.day(2025, 5, 1), 0), (When.year(2025), 1)])
            >>> sorted(idx.during_positions(span_keys(When.month(2025, 5), window=True)))
            [0, 1]
            >>> sorted(idx.during_positions(span_keys(When.month(2025, 5), window=True),
            ...                             certainly=True))
            [0]
        """
        if certainly:  # x.s_lo >= q.s_hi and x.e_hi <= q.e_lo
            d, lo, bound = self._dominance("outer"), q.s_hi, q.e_lo
            return d.report(bisect_left(d.xs, lo), len(d.xs), lambda y: y <= bound, largest=False)
        # possibly: x.s_hi >= q.s_lo and x.e_lo <= q.e_hi
        d, lo, bound = self._dominance("core"), q.s_lo, q.e_hi
        return d.report(bisect_left(d.xs, lo), len(d.xs), lambda y: y <= bound, largest=False)

    def containing_positions(self, q: Keys, *, certainly: bool = False) -> Iterator[int]:
        """Positions of the items that possibly/certainly contain ``q`` (unsorted).

        Examples:
            >>> from timeline.when import When
            >>> idx = IntervalIndex([(When.day(2025, 5, 1), 0), (When.year(2025), 1)])
            >>> sorted(idx.containing_positions(span_keys(When.month(2025, 5), window=True)))
            [1]
        """
        if certainly:  # x.s_hi <= q.s_lo and x.e_lo >= q.e_hi
            d, hi, bound = self._dominance("core"), q.s_lo, q.e_hi
            return d.report(0, bisect_right(d.xs, hi), lambda y: y >= bound, largest=True)
        # possibly: x.s_lo <= q.s_hi and x.e_hi >= q.e_lo
        d, hi, bound = self._dominance("outer"), q.s_hi, q.e_lo
        return d.report(0, bisect_right(d.xs, hi), lambda y: y >= bound, largest=True)

    def before_positions(self, q: Keys, *, certainly: bool = True) -> Iterator[int]:
        """Positions of the items that certainly/possibly end before ``q`` starts.

        Examples:
            >>> from timeline.when import When
            >>> idx = IntervalIndex([(When.day(2025, 5, 1), 0), (When.year(2025), 1)])
            >>> sorted(idx.before_positions(span_keys(When.day(2025, 5, 2))))
            [0]
            >>> sorted(idx.before_positions(span_keys(When.day(2025, 5, 2)), certainly=False))
            [0, 1]
        """
        if certainly:  # x.e_hi <= q.s_lo
            keys, order = self._sorted_keys("e_hi")
            return iter(order[: bisect_right(keys, q.s_lo)])
        keys, order = self._sorted_keys("e_lo")  # x.e_lo <= q.s_hi
        return iter(order[: bisect_right(keys, q.s_hi)])

    def after_positions(self, q: Keys, *, certainly: bool = True) -> Iterator[int]:
        """Positions of the items that certainly/possibly start after ``q`` ends.

        Examples:
            >>> from timeline.when import When
            >>> idx = IntervalIndex([(When.day(2025, 5, 1), 0), (When.year(2025), 1)])
            >>> sorted(idx.after_positions(span_keys(When.month(2025, 4))))
            [0]
        """
        if certainly:  # x.s_lo >= q.e_hi
            keys, order = self._sorted_keys("s_lo")
            return iter(order[bisect_left(keys, q.e_hi) :])
        keys, order = self._sorted_keys("s_hi")  # x.s_hi >= q.e_lo
        return iter(order[bisect_left(keys, q.e_lo) :])

    def nearest_positions(self, q: Keys, k: int = 1) -> list[int]:
        """Positions of the ``k`` items nearest to ``q``, nearest first.

        Items that possibly overlap ``q`` come first, then the others by the gap between the
        outer spans (an item that ends exactly where ``q`` starts is at gap zero, after the
        overlapping ones); ties are broken by position.

        Examples:
            >>> from timeline.when import When
            >>> idx = IntervalIndex([(When.day(2025, 5, 1), 0), (When.day(2025, 5, 9), 1)])
            >>> idx.nearest_positions(span_keys(When.day(2025, 5, 7)), 2)
            [1, 0]
        """
        if k <= 0:
            return []
        result = sorted(self.overlapping_positions(q))
        if len(result) >= k:
            return result[:k]
        keys: list[Any] = self._keys  # only indexed positions are looked up
        ends, by_end = self._sorted_keys("e_hi")
        starts, by_start = self._sorted_keys("s_lo")
        # Two walks away from q, merged by (distance, position) in a small heap: down the
        # items that end by q's start, up the items that start at or after q's end.
        heap: list[tuple[Key, int, int | None]] = []

        def push_before(i: int) -> None:
            # push the whole run of items that end at the same key, so that ties among them
            # are broken by position in the heap; only the last one carries the cursor
            if i < 0:
                return
            end = ends[i]
            while i > 0 and ends[i - 1] == end:
                p = by_end[i]
                heapq.heappush(heap, (q.s_lo - keys[p].e_hi, p, None))
                i -= 1
            p = by_end[i]
            heapq.heappush(heap, (q.s_lo - keys[p].e_hi, p, -1 - i))

        def push_after(j: int) -> None:
            if j >= len(starts):
                return
            start = starts[j]
            while j + 1 < len(starts) and starts[j + 1] == start:
                p = by_start[j]
                heapq.heappush(heap, (keys[p].s_lo - q.e_hi, p, None))
                j += 1
            p = by_start[j]
            heapq.heappush(heap, (keys[p].s_lo - q.e_hi, p, j))

        push_before(bisect_right(ends, q.s_lo) - 1)
        push_after(bisect_left(starts, q.e_hi))
        while heap and len(result) < k:
            _, p, cursor = heapq.heappop(heap)
            result.append(p)
            if cursor is None:
                continue
            if cursor < 0:
                push_before(-cursor - 2)  # the next run down the "before" walk
            else:
                push_after(cursor + 1)
        return result

    # -- the public queries --------------------------------------------------------------------

    def overlapping(self, span: When | _dt.datetime, *, certainly: bool = False) -> tuple[T, ...]:
        """The items that possibly (or certainly) overlap ``span``.

        Args:
            span: A time value or an aware datetime.
            certainly: Require every realization to overlap (see the module docstring).

        Returns:
            The items, in insertion order.

        Examples:
            >>> from timeline.when import When
            >>> idx = IntervalIndex([(When.day(2026, 2, 4), "call")])
            >>> idx.overlapping(When.day(2026, 2, 4), certainly=True)
            ('call',)
            >>> idx.overlapping(When.parse("2026-02-04T15:30"), certainly=True)
            ()
        """
        q = span_keys(span, window=True)
        return self._result(self.overlapping_positions(q, certainly=certainly))

    def at(self, instant: When | _dt.datetime, *, certainly: bool = False) -> tuple[T, ...]:
        """The items that possibly (or certainly) cover the instant ``instant``.

        Args:
            instant: An aware datetime (or an instant :class:`~timeline.when.When`).
            certainly: Require every realization to cover it.

        Returns:
            The items, in insertion order.

        Examples:
            >>> import pendulum
            >>> from timeline.when import When
            >>> idx = IntervalIndex([(When.parse("2026/2030"), "plan"),
            ...                      (When.day(2026, 2, 4), "call")])
            >>> t = pendulum.datetime(2026, 2, 4, 12)
            >>> idx.at(t), idx.at(t, certainly=True)
            (('plan', 'call'), ('plan',))
        """
        return self.overlapping(instant, certainly=certainly)

    def during(self, span: When | _dt.datetime, *, certainly: bool = False) -> tuple[T, ...]:
        """The items that possibly (or certainly) lie inside ``span``.

        Args:
            span: A time value.
            certainly: Require every pair of realizations to satisfy it.

        Returns:
            The items, in insertion order.

        Examples:
            >>> from timeline.when import When
            >>> idx = IntervalIndex([(When.month(2025, 11), "sale"), (When.year(2025), "y")])
            >>> idx.during(When.parse("2025-10/2025-12"), certainly=True)
            ('sale',)
        """
        q = span_keys(span, window=True)
        return self._result(self.during_positions(q, certainly=certainly))

    def containing(self, span: When | _dt.datetime, *, certainly: bool = False) -> tuple[T, ...]:
        """The items that possibly (or certainly) contain ``span``.

        Args:
            span: A time value or an aware datetime.
            certainly: Require every pair of realizations to satisfy it.

        Returns:
            The items, in insertion order.

        Examples:
            >>> from timeline.when import When
            >>> idx = IntervalIndex([(When.parse("2026/2030"), "plan")])
            >>> idx.containing(When.day(2026, 2, 4), certainly=True)
            ('plan',)
        """
        q = span_keys(span, window=True)
        return self._result(self.containing_positions(q, certainly=certainly))

    def before(self, span: When | _dt.datetime, *, certainly: bool = True) -> tuple[T, ...]:
        """The items that end before ``span`` starts (Allen's before or meets).

        Args:
            span: A time value or an aware datetime.
            certainly: ``True`` (the default): for every pair of realizations;
                ``False``: for some.

        Returns:
            The items, in insertion order.

        Examples:
            >>> from timeline.when import When
            >>> idx = IntervalIndex([(When.day(2026, 2, 4), "call"), (When.year(2026), "y")])
            >>> idx.before(When.day(2026, 2, 5)), idx.before(When.day(2026, 2, 5),
            ...                                               certainly=False)
            (('call',), ('call', 'y'))
        """
        q = span_keys(span, window=True)
        return self._result(self.before_positions(q, certainly=certainly))

    def after(self, span: When | _dt.datetime, *, certainly: bool = True) -> tuple[T, ...]:
        """The items that start after ``span`` ends (Allen's after or met-by).

        Args:
            span: A time value or an aware datetime.
            certainly: ``True`` (the default): for every pair of realizations;
                ``False``: for some.

        Returns:
            The items, in insertion order.

        Examples:
            >>> from timeline.when import When
            >>> idx = IntervalIndex([(When.day(2026, 2, 5), "expiry")])
            >>> idx.after(When.day(2026, 2, 4))
            ('expiry',)
        """
        q = span_keys(span, window=True)
        return self._result(self.after_positions(q, certainly=certainly))

    def nearest(self, span: When | _dt.datetime, k: int = 1) -> tuple[T, ...]:
        """The ``k`` items nearest to ``span`` in time, nearest first.

        Items that possibly overlap ``span`` come first (in insertion order); the others follow
        by the gap between their outer span and ``span``'s (ties in insertion order).

        Args:
            span: A time value or an aware datetime.
            k: How many (at most) to return.

        Returns:
            Up to ``k`` items.

        Examples:
            >>> from timeline.when import When
            >>> idx = IntervalIndex([(When.year(2020), "a"), (When.year(2024), "b"),
            ...                      (When.year(2026), "c")])
            >>> idx.nearest(When.year(2025), k=2)
            ('b', 'c')
        """
        if not isinstance(k, int) or isinstance(k, bool):
            raise TypeError(f"k must be an int, got {k!r}")
        items = self._items
        return tuple(items[i] for i in self.nearest_positions(span_keys(span, window=True), k))

