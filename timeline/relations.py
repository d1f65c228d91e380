"""Allen's interval relations under uncertainty, and a network of explicit order constraints.

Two times from news text rarely stand in one known relation: the meeting "on Feb. 4" and the call
"on Feb. 4" may be in any order. :func:`relation` therefore returns the *set* of Allen relations
still possible given both :class:`~timeline.when.When` values, with ``.certain`` when only one is
left. Explicit textual constraints ("hours later", "one day before") live in an
:class:`OrderNetwork`, a simple temporal network over the start and end points of events whose
closure narrows the relations further.

Time is discrete at one microsecond: a strict ``x < y`` means ``y - x >= 1 µs``, which makes every
check exact integer arithmetic.

Examples:
    >>> from timeline.when import When
    >>> feb4 = When.day(2026, 2, 4)
    >>> relation(feb4, When.day(2026, 2, 6)).certain
    <Allen.BEFORE: 'before'>
    >>> relation(feb4, When.day(2026, 2, 5))  # both may touch at midnight
    Relations({'before', 'meets'})
    >>> definitely_before(feb4, When.day(2026, 2, 5))
    True
    >>> len(relation(feb4, feb4))  # two events on the same day: any order is possible
    13
    >>> net = OrderNetwork().add("meeting", "before", "call")
    >>> relation(feb4, feb4, constraints=net, ids=("meeting", "call")).certain
    <Allen.BEFORE: 'before'>
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
from collections.abc import Iterable, Iterator, Sequence
from typing import Final, Literal, TypeAlias, final

import attrs

from timeline.errors import ConstraintError
from timeline.when import When

__all__ = [
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
]

_INF: Final = float("inf")
# Open ends as exact integers beyond any datetime (year 9999 is about 2.5e17 µs), so that two
# intervals open at the same side start (or end) at the same point, as crisp reasoning needs.
_FAR: Final = 2**62
_ONE_US: Final = _dt.timedelta(microseconds=1)

Number: TypeAlias = "int | float"


class Allen(enum.Enum):
    """Allen's thirteen basic relations between two intervals ``a`` and ``b``.

    The value is the lower snake-case name; ``a BEFORE b`` means ``a`` ends strictly before
    ``b`` starts, ``a MEETS b`` that ``a`` ends exactly when ``b`` starts.

    .. versionadded:: 0.1.0

    Examples:
        >>> Allen.BEFORE.converse
        <Allen.AFTER: 'after'>
        >>> Allen("finished_by").converse
        <Allen.FINISHES: 'finishes'>
        >>> Allen.EQUALS.converse
        <Allen.EQUALS: 'equals'>
    """

    BEFORE = "before"
    MEETS = "meets"
    OVERLAPS = "overlaps"
    STARTS = "starts"
    DURING = "during"
    FINISHES = "finishes"
    EQUALS = "equals"
    FINISHED_BY = "finished_by"
    CONTAINS = "contains"
    STARTED_BY = "started_by"
    OVERLAPPED_BY = "overlapped_by"
    MET_BY = "met_by"
    AFTER = "after"

    # Members are singletons compared by identity, so identity hashes them (enum's own hash of
    # the name runs Python code, and relation sets hash their members at every test).
    __hash__ = object.__hash__

    @property
    def converse(self) -> Allen:
        """The relation of ``b`` to ``a`` when ``a`` is in this relation to ``b``.

        Examples:
            >>> Allen.DURING.converse
            <Allen.CONTAINS: 'contains'>
        """
        return _CONVERSE[self]

    @property
    def shares_time(self) -> bool:
        """Whether the two intervals share at least one instant in this relation.

        Half-open intervals that merely meet share none.

        Examples:
            >>> Allen.OVERLAPS.shares_time, Allen.MEETS.shares_time
            (True, False)
        """
        return self not in _DISJOINT


_ORDER: Final = tuple(Allen)
_CONVERSE: Final = {r: _ORDER[len(_ORDER) - 1 - i] for i, r in enumerate(_ORDER)}
_DISJOINT: Final = frozenset({Allen.BEFORE, Allen.MEETS, Allen.MET_BY, Allen.AFTER})
_WITHIN: Final = frozenset({Allen.STARTS, Allen.DURING, Allen.FINISHES, Allen.EQUALS})
_PRECEDES: Final = frozenset({Allen.BEFORE, Allen.MEETS})
_FOLLOWS: Final = frozenset({Allen.AFTER, Allen.MET_BY})

# Each relation as a total preorder of the four end points, earliest group first
# (points in a group are equal, groups are strictly increasing).
_SA, _EA, _SB, _EB = 0, 1, 2, 3
_GROUPS: Final[dict[Allen, tuple[tuple[int, ...], ...]]] = {
    Allen.BEFORE: ((_SA,), (_EA,), (_SB,), (_EB,)),
    Allen.MEETS: ((_SA,), (_EA, _SB), (_EB,)),
    Allen.OVERLAPS: ((_SA,), (_SB,), (_EA,), (_EB,)),
    Allen.STARTS: ((_SA, _SB), (_EA,), (_EB,)),
    Allen.DURING: ((_SB,), (_SA,), (_EA,), (_EB,)),
    Allen.FINISHES: ((_SB,), (_SA,), (_EA, _EB)),
    Allen.EQUALS: ((_SA, _SB), (_EA, _EB)),
    Allen.FINISHED_BY: ((_SA,), (_SB,), (_EA, _EB)),
    Allen.CONTAINS: ((_SA,), (_SB,), (_EB,), (_EA,)),
    Allen.STARTED_BY: ((_SA, _SB), (_EB,), (_EA,)),
    Allen.OVERLAPPED_BY: ((_SB,), (_SA,), (_EB,), (_EA,)),
    Allen.MET_BY: ((_SB,), (_EB, _SA), (_EA,)),
    Allen.AFTER: ((_SB,), (_EB,), (_SA,), (_EA,)),
}

# A point constraint: (x, y, strict) means x < y if strict else x == y.
_PointConstraint: TypeAlias = tuple[int, int, bool]


def _point_constraints(groups: Sequence[Sequence[int]]) -> tuple[_PointConstraint, ...]:
    out: list[_PointConstraint] = []
    for i, group in enumerate(groups):
        out.extend((group[0], other, False) for other in group[1:])
        if i + 1 < len(groups):
            out.append((group[0], groups[i + 1][0], True))
    return tuple(out)


_ALLEN_POINTS: Final = {r: _point_constraints(g) for r, g in _GROUPS.items()}


# --------------------------------------------------------------------------------------------
# Relations: a set of possible Allen relations
# --------------------------------------------------------------------------------------------


def _to_allen_set(values: Iterable[Allen | str]) -> frozenset[Allen]:
    if isinstance(values, frozenset) and all(isinstance(v, Allen) for v in values):
        return values  # already canonical (the common, internal case)
    return frozenset(v if isinstance(v, Allen) else Allen(v) for v in values)


@final
@attrs.frozen(repr=False)
class Relations:
    """The set of Allen relations that are still possible between two times.

    Iteration follows the canonical order of :class:`Allen` (``before`` ... ``after``).

    Attributes:
        possible: The possible relations.

    .. versionadded:: 0.1.0

    Examples:
        >>> rs = Relations({Allen.BEFORE, Allen.MEETS})
        >>> len(rs), Allen.MEETS in rs, "before" in rs, rs.certain
        (2, True, True, None)
        >>> rs.converse
        Relations({'met_by', 'after'})
        >>> Relations({Allen.DURING}).certain
        <Allen.DURING: 'during'>
    """

    possible: frozenset[Allen] = attrs.field(converter=_to_allen_set)

    @classmethod
    def all(cls) -> Relations:
        """All thirteen relations: nothing is known.

        Examples:
            >>> len(Relations.all())
            13
        """
        return _ALL

    @property
    def certain(self) -> Allen | None:
        """The relation if exactly one is possible, else None.

        Examples:
            >>> Relations({"after"}).certain
            <Allen.AFTER: 'after'>
        """
        if len(self.possible) == 1:
            return next(iter(self.possible))
        return None

    @property
    def converse(self) -> Relations:
        """The relations of ``b`` to ``a``.

        Examples:
            >>> Relations({"during", "starts"}).converse
            Relations({'contains', 'started_by'})
        """
        return Relations(r.converse for r in self.possible)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, str):
            try:
                item = Allen(item)
            except ValueError:
                return False
        return item in self.possible

    def __iter__(self) -> Iterator[Allen]:
        return (r for r in _ORDER if r in self.possible)

    def __len__(self) -> int:
        return len(self.possible)

    def __repr__(self) -> str:
        inner = ", ".join(repr(r.value) for r in self)
        return f"Relations({{{inner}}})"


_ALL: Final = Relations(_ORDER)
_ONLY_BEFORE: Final = Relations({Allen.BEFORE})
_ONLY_AFTER: Final = Relations({Allen.AFTER})


# --------------------------------------------------------------------------------------------
# relation() without constraints: a greedy check per Allen relation
# --------------------------------------------------------------------------------------------

_Ranges: TypeAlias = tuple[tuple[int, int], ...]


def _finite(x: Number) -> int:
    if x == _INF:
        return _FAR
    if x == -_INF:
        return -_FAR
    return int(x)


def _ranges(w: When) -> tuple[tuple[int, int], tuple[int, int]]:
    """Where ``w``'s start and end can lie, in microseconds, open ends at -/+ _FAR."""
    (s_lo, s_hi), (e_lo, e_hi) = w.microsecond_ranges()
    return (_finite(s_lo), _finite(s_hi)), (_finite(e_lo), _finite(e_hi))


def _point_ranges(a: When, b: When) -> _Ranges:
    (sa, ea) = _ranges(a)
    (sb, eb) = _ranges(b)
    return (sa, ea, sb, eb)


def _feasible(groups: Sequence[Sequence[int]], ranges: _Ranges) -> bool:
    """Whether the points can take values in their ranges in this strict order of groups.

    Assigning every group the smallest value it can take is optimal for a chain of ``<`` and
    ``=``: if that fails, no assignment exists.
    """
    previous = -2 * _FAR
    for group in groups:
        lo, hi = ranges[group[0]]
        for p in group[1:]:
            other_lo, other_hi = ranges[p]
            if other_lo > lo:
                lo = other_lo
            if other_hi < hi:
                hi = other_hi
        value = lo if lo > previous else previous + 1
        if value > hi:
            return False
        previous = value
    return True


def _relations_from_ranges(ranges: _Ranges) -> Relations:
    (_, a_end_hi), (b_start_lo, _) = ranges[_EA], ranges[_SB]
    if a_end_hi < b_start_lo:  # fast path: clearly apart
        return _ONLY_BEFORE
    (_, b_end_hi), (a_start_lo, _) = ranges[_EB], ranges[_SA]
    if b_end_hi < a_start_lo:
        return _ONLY_AFTER
    return Relations(frozenset(r for r in _ORDER if _feasible(_GROUPS[r], ranges)))


def relation(
    a: When,
    b: When,
    *,
    constraints: OrderNetwork | None = None,
    ids: tuple[str, str] | None = None,
) -> Relations:
    """The Allen relations of ``a`` to ``b`` that are possible given both times.

    A durative When is crisp; a "within" When's real start lies in
    ``[earliest_start, latest_start]`` and its real end in ``[earliest_end, latest_end]``, with
    start < end. With ``constraints`` (and the two events' ``ids`` in it), the network's
    differences between the four end points narrow the result further. A pure duration has no
    position, so every relation is possible with it.

    Args:
        a: The first time.
        b: The second time.
        constraints: An order network the two events belong to.
        ids: The ids of ``a``'s and ``b``'s events in ``constraints``.

    Returns:
        The possible relations (never empty).

    Raises:
        ConstraintError: If ``constraints`` is given without ``ids``, or if the network
            contradicts the two times.

    Examples:
        >>> from timeline.when import When
        >>> relation(When.day(2026, 2, 4, durative=True), When.month(2026, 2, durative=True))
        Relations({'during'})
        >>> relation(When.day(2026, 2, 4), When.month(2026, 3))
        Relations({'before'})
        >>> relation(When.month(2026, 2), When.day(2026, 2, 4))
        Relations({'before', 'meets', 'overlaps', 'starts', 'during', 'finishes', 'equals', \
'finished_by', 'contains', 'started_by', 'overlapped_by', 'met_by', 'after'})
    """
    if constraints is not None:
        if ids is None:
            raise ConstraintError.for_argument(
                "ids", ids, "the ids of the two events in the network, e.g. ids=('e1', 'e2')"
            )
        return constraints.relation(ids[0], ids[1], whens=(a, b))
    return _relations_of(a, b)


@functools.lru_cache(maxsize=4096)
def _relations_of(a: When, b: When) -> Relations:
    """The relations of two times without constraints (cached: timelines and extraction
    compare the same few times many times over)."""
    if a.is_duration or b.is_duration:
        return _ALL
    return _relations_from_ranges(_point_ranges(a, b))


def _rel(a: When, b: When, kw: dict[str, object]) -> Relations:
    return relation(a, b, **kw)  # type: ignore[arg-type]


def definitely_before(a: When, b: When, **kw: object) -> bool:
    """Whether ``a`` is certainly over when ``b`` starts (Allen ``before`` or ``meets``).

    This is "before" in the everyday sense: an event on Feb. 4 is before one on Feb. 5 even
    though both may touch at midnight. Keyword arguments (``constraints=``, ``ids=``) are passed
    to :func:`relation`; use it directly for the exact Allen relations.

    Examples:
        >>> from timeline.when import When
        >>> definitely_before(When.month(2025, 11), When.day(2026, 2, 4))
        True
        >>> definitely_before(When.day(2026, 2, 4), When.day(2026, 2, 4))
        False
    """
    return _rel(a, b, kw).possible <= _PRECEDES


def possibly_before(a: When, b: When, **kw: object) -> bool:
    """Whether ``a`` may be over when ``b`` starts (Allen ``before`` or ``meets`` possible).

    Examples:
        >>> from timeline.when import When
        >>> possibly_before(When.day(2026, 2, 4), When.day(2026, 2, 4))
        True
        >>> possibly_before(When.day(2026, 2, 5), When.day(2026, 2, 4))
        False
    """
    return bool(_rel(a, b, kw).possible & _PRECEDES)


def definitely_after(a: When, b: When, **kw: object) -> bool:
    """Whether ``a`` certainly starts once ``b`` is over (Allen ``after`` or ``met_by``).

    Examples:
        >>> from timeline.when import When
        >>> definitely_after(When.day(2026, 2, 5), When.day(2026, 2, 4))
        True
    """
    return _rel(a, b, kw).possible <= _FOLLOWS


def possibly_after(a: When, b: When, **kw: object) -> bool:
    """Whether ``a`` may start once ``b`` is over (Allen ``after`` or ``met_by`` possible).

    Examples:
        >>> from timeline.when import When
        >>> possibly_after(When.day(2026, 2, 4), When.month(2026, 3))
        False
        >>> possibly_after(When.month(2026, 2), When.day(2026, 2, 4))
        True
    """
    return bool(_rel(a, b, kw).possible & _FOLLOWS)


def possibly_overlaps(a: When, b: When, **kw: object) -> bool:
    """Whether ``a`` and ``b`` may share an instant (any relation but before/meets/met_by/after).

    Examples:
        >>> from timeline.when import When
        >>> possibly_overlaps(When.month(2025, 11), When.day(2025, 11, 30))
        True
        >>> possibly_overlaps(When.month(2025, 11), When.day(2025, 12, 1))
        False
    """
    return not _rel(a, b, kw).possible <= _DISJOINT  # some relation that shares time


def definitely_overlaps(a: When, b: When, **kw: object) -> bool:
    """Whether ``a`` and ``b`` certainly share an instant.

    Examples:
        >>> from timeline.when import When
        >>> definitely_overlaps(When.year(2026, durative=True), When.day(2026, 2, 4))
        True
        >>> definitely_overlaps(When.year(2026), When.day(2026, 2, 4))
        False
    """
    return _rel(a, b, kw).possible.isdisjoint(_DISJOINT)  # only relations that share time


def definitely_during(a: When, b: When, **kw: object) -> bool:
    """Whether ``a`` certainly lies strictly inside ``b`` (Allen ``during``).

    Examples:
        >>> from timeline.when import When
        >>> definitely_during(When.day(2026, 2, 4), When.year(2026, durative=True))
        True
    """
    return _rel(a, b, kw).possible == {Allen.DURING}


def possibly_during(a: When, b: When, **kw: object) -> bool:
    """Whether ``a`` may lie strictly inside ``b``.

    Examples:
        >>> from timeline.when import When
        >>> possibly_during(When.day(2026, 2, 4), When.year(2026))
        True
    """
    return Allen.DURING in _rel(a, b, kw)


def definitely_within(a: When, b: When, **kw: object) -> bool:
    """Whether ``a`` certainly lies inside ``b``, ends included (starts/during/finishes/equals).

    Examples:
        >>> from timeline.when import When
        >>> definitely_within(When.day(2026, 1, 1), When.year(2026, durative=True))
        True
        >>> definitely_during(When.day(2026, 1, 1), When.year(2026, durative=True))
        False
    """
    return _rel(a, b, kw).possible <= _WITHIN


def possibly_within(a: When, b: When, **kw: object) -> bool:
    """Whether ``a`` may lie inside ``b``, ends included.

    Examples:
        >>> from timeline.when import When
        >>> possibly_within(When.year(2026, durative=True), When.day(2026, 2, 4))
        False
    """
    return bool(_rel(a, b, kw).possible & _WITHIN)


def possibly_equals(a: When, b: When, **kw: object) -> bool:
    """Whether ``a`` and ``b`` may be the very same interval.

    Examples:
        >>> from timeline.when import When
        >>> possibly_equals(When.day(2026, 2, 4), When.day(2026, 2, 4))
        True
    """
    return Allen.EQUALS in _rel(a, b, kw)


def definitely_equals(a: When, b: When, **kw: object) -> bool:
    """Whether ``a`` and ``b`` are certainly the same interval.

    Examples:
        >>> from timeline.when import When
        >>> definitely_equals(When.parse("2026/2030"), When.year(2026, durative=True))
        False
        >>> definitely_equals(When.parse("2026/2030"), When.parse("2026-01/2030-12"))
        True
    """
    return _rel(a, b, kw).possible == {Allen.EQUALS}


# --------------------------------------------------------------------------------------------
# A simple temporal network (difference constraints) with explanations
# --------------------------------------------------------------------------------------------

_Reason: TypeAlias = object


class _Graph:
    """Mutable closed distance graph: ``d[i][j]`` bounds ``x_j - x_i`` from above.

    Internal to :class:`OrderNetwork`, which copies before changing it. Node 0 is the origin
    (the epoch) used by absolute bounds.
    """

    __slots__ = ("d", "nxt", "why")

    def __init__(self, n: int = 1) -> None:
        self.d: list[list[Number]] = [[0 if i == j else _INF for j in range(n)] for i in range(n)]
        self.nxt: list[list[int]] = [list(range(n)) for _ in range(n)]
        self.why: dict[tuple[int, int], tuple[_Reason, ...]] = {}

    def copy(self) -> _Graph:
        g = _Graph.__new__(_Graph)
        g.d = [row[:] for row in self.d]
        g.nxt = [row[:] for row in self.nxt]
        g.why = dict(self.why)
        return g

    def add_node(self) -> int:
        n = len(self.d)
        for i, row in enumerate(self.d):
            row.append(_INF)
            self.nxt[i].append(n)
        self.d.append([*([_INF] * n), 0])
        self.nxt.append(list(range(n + 1)))
        return n

    def path(self, i: int, j: int) -> tuple[_Reason, ...]:
        reasons: list[_Reason] = []
        guard = 0
        while i != j and guard <= len(self.d):
            k = self.nxt[i][j]
            for reason in self.why.get((i, k), ()):
                if reason not in reasons:
                    reasons.append(reason)
            i = k
            guard += 1
        return tuple(reasons)

    def add(self, u: int, v: int, w: Number, why: tuple[_Reason, ...]) -> None:
        """Add ``x_v - x_u <= w`` and restore the closure (incremental path consistency)."""
        d = self.d
        if w >= d[u][v]:
            return
        if d[v][u] + w < 0:
            # The path v -> u runs against time; reversed, it reads as a chronological chain.
            chain = [r for r in reversed(self.path(v, u)) if not isinstance(r, _PositiveLength)]
            chain.extend(r for r in why if r not in chain)
            raise ConstraintError.for_cycle(chain)
        self.why[(u, v)] = why
        n = len(d)
        into_u = [(i, d[i][u]) for i in range(n) if d[i][u] != _INF]
        from_v = [(j, d[v][j]) for j in range(n) if d[v][j] != _INF]
        nxt = self.nxt
        for i, du in into_u:
            row, nrow = d[i], nxt[i]
            hop = v if i == u else nrow[u]
            base = du + w
            for j, dv in from_v:
                if base + dv < row[j]:
                    row[j] = base + dv
                    nrow[j] = hop


# --------------------------------------------------------------------------------------------
# OrderNetwork
# --------------------------------------------------------------------------------------------

RelationName: TypeAlias = Literal[
    "before", "after", "meets", "met_by", "overlaps", "overlapped_by", "starts", "started_by",
    "during", "contains", "finishes", "finished_by", "equals", "same_time",
    "starts_before", "starts_after", "same_start", "ends_before", "ends_after", "same_end",
]

# Partial (non-Allen) relations as point constraints between (sa, ea, sb, eb).
_PARTIAL: Final[dict[str, tuple[_PointConstraint, ...]]] = {
    "starts_before": ((_SA, _SB, True),),
    "starts_after": ((_SB, _SA, True),),
    "same_start": ((_SA, _SB, False),),
    "ends_before": ((_EA, _EB, True),),
    "ends_after": ((_EB, _EA, True),),
    "same_end": ((_EA, _EB, False),),
}
_ALIASES: Final = {"same_time": "equals", "simultaneous": "equals"}

GapArg: TypeAlias = (
    "_dt.timedelta | tuple[_dt.timedelta | None, _dt.timedelta | None] | None"
)


def _relation_points(name: str) -> tuple[_PointConstraint, ...]:
    if name in _PARTIAL:
        return _PARTIAL[name]
    return _ALLEN_POINTS[Allen(name)]


def _canonical_relation(relation: object) -> str:
    if isinstance(relation, Allen):
        return relation.value
    if isinstance(relation, str):
        name = relation.strip().lower().replace("-", "_").replace(" ", "_")
        name = _ALIASES.get(name, name)
        if name in _PARTIAL or name in Allen._value2member_map_:
            return name
    expected = ", ".join(repr(r.value) for r in Allen) + ", 'same_time', " + ", ".join(
        repr(k) for k in _PARTIAL
    )
    raise ConstraintError.for_argument("relation", relation, f"one of {expected}")


def _gap_us(value: _dt.timedelta | None, gap: object) -> int | None:
    if value is None:
        return None
    calendar = bool(getattr(value, "years", 0)) or bool(getattr(value, "months", 0))
    if not isinstance(value, _dt.timedelta) or calendar:
        raise ConstraintError.for_argument(
            "gap", gap, "a fixed-length duration (weeks, days, hours...; not months or years), "
            "or a (min, max) pair of them"
        )
    if isinstance(value, _dt.timedelta) and type(value) is not _dt.timedelta:
        value = _dt.timedelta(days=value.days, seconds=value.seconds,
                              microseconds=value.microseconds)
    us = value // _ONE_US
    if us < 0:
        raise ConstraintError.for_argument("gap", gap, "a non-negative duration")
    return us


def _format_gap(lo: int | None, hi: int | None) -> str:
    def show(us: int) -> str:
        return str(_dt.timedelta(microseconds=us))

    if lo is not None and lo == hi:
        return f" by {show(lo)}"
    if lo is not None and hi is not None:
        return f" by {show(lo)} to {show(hi)}"
    if lo is not None:
        return f" by at least {show(lo)}"
    if hi is not None:
        return f" by at most {show(hi)}"
    return ""


@final
@attrs.frozen
class Constraint:
    """One stated order constraint: ``a <relation> b``, optionally with a gap between starts.

    The gap bounds how far apart the two *starts* are, in the direction of the relation
    ("the call came hours after the meeting": ``call after meeting`` with a gap of a few hours).

    Attributes:
        a: Id of the first event.
        relation: A relation name (see :meth:`OrderNetwork.add`).
        b: Id of the second event.
        min_gap: Least distance between the starts, in microseconds, or None.
        max_gap: Greatest distance between the starts, in microseconds, or None.

    .. versionadded:: 0.1.0

    Examples:
        >>> print(Constraint("meeting", "before", "expiry", min_gap=86_400_000_000,
        ...                  max_gap=86_400_000_000))
        meeting before expiry by 1 day, 0:00:00
    """

    a: str
    relation: str
    b: str
    min_gap: int | None = attrs.field(default=None, kw_only=True)
    max_gap: int | None = attrs.field(default=None, kw_only=True)

    def __str__(self) -> str:
        return f"{self.a} {self.relation} {self.b}{_format_gap(self.min_gap, self.max_gap)}"


@final
@attrs.frozen
class Anchor:
    """The time of one event, entered into a network with :meth:`OrderNetwork.anchor`.

    Attributes:
        id: The event id.
        when: Its time.

    .. versionadded:: 0.1.0

    Examples:
        >>> from timeline.when import When
        >>> print(Anchor("expiry", When.day(2026, 2, 5)))
        expiry at 2026-02-05
    """

    id: str
    when: When

    def __str__(self) -> str:
        return f"{self.id} at {self.when}"


@attrs.frozen
class _PositiveLength:
    id: str

    def __str__(self) -> str:  # pragma: no cover - filtered out of error messages
        return f"{self.id} ends after it starts"


@final
@attrs.frozen(repr=False)
class OrderNetwork:
    """An immutable network of order constraints between the start and end points of events.

    Each constraint is a conjunction of difference constraints on points ("the end of ``a`` is
    at least 1 µs before the start of ``b``"); the network keeps their closure (shortest paths,
    updated incrementally on every :meth:`add`), so implied relations ("a before b, b before c,
    so a before c") and metric bounds are available at once, and a contradiction is reported
    as soon as it is added, naming the chain of constraints that causes it. Event times can be
    entered with :meth:`anchor`; they then propagate through the constraints.

    Attributes:
        constraints: The stated constraints, in the order they were added.
        anchors: The event times entered with :meth:`anchor`.

    .. versionadded:: 0.1.0

    Examples:
        >>> net = OrderNetwork().add("a", "before", "b").add("b", "before", "c")
        >>> net.relation("a", "c").certain
        <Allen.BEFORE: 'before'>
        >>> net.add("c", "before", "a")
        Traceback (most recent call last):
          ...
        timeline.errors.ConstraintError: contradictory order constraints: a before b, \
b before c, c before a; remove or relax one of them
    """

    constraints: tuple[Constraint, ...] = ()
    anchors: tuple[Anchor, ...] = ()
    _graph: _Graph = attrs.field(factory=_Graph, eq=False, alias="_graph")
    _nodes: dict[str, tuple[int, int]] = attrs.field(factory=dict, eq=False, alias="_nodes")

    @classmethod
    def of(
        cls, constraints: Iterable[Constraint | Anchor | tuple[object, ...]]
    ) -> OrderNetwork:
        """Build a network from constraints, anchors or ``(a, relation, b[, gap])`` tuples.

        Examples:
            >>> net = OrderNetwork.of([("a", "meets", "b"), ("b", "before", "c")])
            >>> net.relation("a", "c").certain
            <Allen.BEFORE: 'before'>
        """
        net = cls()
        for item in constraints:
            net = net._with(item)
        return net

    def _with(self, item: Constraint | Anchor | tuple[object, ...]) -> OrderNetwork:
        if isinstance(item, Anchor):
            return self.anchor(item.id, item.when)
        if isinstance(item, Constraint):
            return self._add_constraint(item)
        if isinstance(item, tuple) and len(item) in (3, 4):
            gap = item[3] if len(item) == 4 else None
            return self.add(str(item[0]), item[1], str(item[2]), gap=gap)  # type: ignore[arg-type]
        raise ConstraintError.for_argument(
            "constraint", item, "a Constraint, an Anchor or an (a, relation, b[, gap]) tuple"
        )

    @property
    def ids(self) -> frozenset[str]:
        """The ids of the events the network mentions.

        Examples:
            >>> sorted(OrderNetwork().add("a", "before", "b").ids)
            ['a', 'b']
        """
        return frozenset(self._nodes)

    def __contains__(self, event_id: object) -> bool:
        return event_id in self._nodes

    def __repr__(self) -> str:
        items = [str(c) for c in self.constraints] + [str(a) for a in self.anchors]
        return f"OrderNetwork({items!r})"

    def add(
        self,
        a: str,
        relation: RelationName | Allen | str,
        b: str,
        *,
        gap: GapArg = None,
    ) -> OrderNetwork:
        """A new network with the constraint ``a <relation> b`` added.

        Relations: the 13 Allen names (``before``, ``meets``, ``during``...), ``same_time``
        (= ``equals``), and the partial ones ``starts_before``, ``starts_after``,
        ``same_start``, ``ends_before``, ``ends_after``, ``same_end``.

        ``gap`` bounds the distance between the two *starts*, in the direction the relation
        implies (for ``before``: ``b.start - a.start``; for ``after``:
        ``a.start - b.start``): one duration for an exact gap ("one day before"), or a
        ``(min, max)`` pair where either may be None ("hours later":
        ``(timedelta(hours=1), timedelta(hours=23))``).

        Args:
            a: Id of the first event.
            relation: How ``a`` relates to ``b``.
            b: Id of the second event.
            gap: Exact or bounded distance between the starts.

        Returns:
            The new network (this one is unchanged).

        Raises:
            ConstraintError: If the relation or gap is malformed, or if the new constraint
                contradicts the network; the message names the contradictory chain.

        Examples:
            >>> import datetime as dt
            >>> net = OrderNetwork().add("meeting", "before", "expiry", gap=dt.timedelta(days=1))
            >>> net.bounds_between("meeting", "expiry")
            (datetime.timedelta(days=1), datetime.timedelta(days=1))
            >>> net = OrderNetwork().add("call", "after", "meeting",
            ...                          gap=(dt.timedelta(hours=1), None))
            >>> net.relation("meeting", "call").certain
            <Allen.BEFORE: 'before'>
        """
        name = _canonical_relation(relation)
        lo, hi = self._gap_bounds(gap)
        if lo is not None and hi is not None and lo > hi:
            raise ConstraintError.for_argument("gap", gap, "min <= max")
        return self._add_constraint(Constraint(str(a), name, str(b), min_gap=lo, max_gap=hi))

    @staticmethod
    def _gap_bounds(gap: object) -> tuple[int | None, int | None]:
        if gap is None:
            return None, None
        if isinstance(gap, tuple):
            if len(gap) != 2:
                raise ConstraintError.for_argument("gap", gap, "a (min, max) pair")
            return _gap_us(gap[0], gap), _gap_us(gap[1], gap)
        exact = _gap_us(gap, gap)  # type: ignore[arg-type]
        return exact, exact

    def _add_constraint(self, c: Constraint) -> OrderNetwork:
        graph, nodes = self._graph.copy(), dict(self._nodes)
        pa = _ensure(graph, nodes, c.a)
        pb = _ensure(graph, nodes, c.b)
        points = (pa[0], pa[1], pb[0], pb[1])
        why = (c,)
        for x, y, strict in _relation_points(c.relation):
            _order(graph, points[x], points[y], strict, why)
        if c.min_gap is not None or c.max_gap is not None:
            first, second = self._gap_direction(c, points)
            if c.min_gap is not None:
                graph.add(second, first, -c.min_gap, why)
            if c.max_gap is not None:
                graph.add(first, second, c.max_gap, why)
        return OrderNetwork((*self.constraints, c), self.anchors, _graph=graph, _nodes=nodes)

    @staticmethod
    def _gap_direction(c: Constraint, points: tuple[int, int, int, int]) -> tuple[int, int]:
        """The (earlier, later) start nodes the gap of ``c`` is measured between."""
        if c.relation in _ALLEN_POINTS_BY_NAME:
            x, y, strict = _start_order(Allen(c.relation))
        elif c.relation in _START_ORDERS:
            x, y, strict = _START_ORDERS[c.relation]
        else:
            strict, x, y = False, _SA, _SB
        if not strict and c.max_gap != 0:
            raise ConstraintError.for_argument(
                "gap", str(c), f"no gap with {c.relation!r}, which does not order the two starts"
            )
        return points[x], points[y]

    def anchor(self, event_id: str, when: When) -> OrderNetwork:
        """A new network where the event ``event_id`` happens at ``when``.

        The absolute bounds then propagate through the constraints, so
        :meth:`relation` and :meth:`bounds_between` use them for every event.

        Raises:
            ConstraintError: If ``when`` contradicts the network.

        Examples:
            >>> from timeline.when import When
            >>> net = (OrderNetwork().add("meeting", "before", "call")
            ...        .anchor("meeting", When.day(2026, 2, 4))
            ...        .anchor("call", When.day(2026, 2, 4)))
            >>> net.relation("meeting", "call").certain
            <Allen.BEFORE: 'before'>
            >>> net.anchor("call", When.day(2026, 2, 3))
            Traceback (most recent call last):
              ...
            timeline.errors.ConstraintError: contradictory order constraints: ...
        """
        if when.is_duration:
            raise ConstraintError.for_argument("when", when, "a When with a position in time")
        graph, nodes = self._graph.copy(), dict(self._nodes)
        start, end = _ensure(graph, nodes, str(event_id))
        anchor = Anchor(str(event_id), when)
        _bound(graph, start, end, when, (anchor,))
        return OrderNetwork(self.constraints, (*self.anchors, anchor), _graph=graph,
                            _nodes=nodes)

    def merge(self, other: OrderNetwork) -> OrderNetwork:
        """A network with the constraints and anchors of both.

        Raises:
            ConstraintError: If together they are contradictory.

        Examples:
            >>> left = OrderNetwork().add("a", "before", "b")
            >>> right = OrderNetwork().add("b", "before", "c")
            >>> left.merge(right).relation("a", "c").certain
            <Allen.BEFORE: 'before'>
        """
        net = self
        for c in other.constraints:
            net = net._add_constraint(c)
        for anchor in other.anchors:
            net = net.anchor(anchor.id, anchor.when)
        return net

    def ranges(self, event: str) -> tuple[float, float, float, float] | None:
        """Absolute bounds of an event's start and end, in microseconds since the epoch.

        The network's closure combines the anchored times of all events with the order
        constraints between them, so an event can be narrowed by its neighbours' times.

        Args:
            event: An event id.

        Returns:
            ``(start_lo, start_hi, end_lo, end_hi)``, unbounded sides infinite or beyond
            ``±2**61``; None when the event is not in the network.

        Examples:
            >>> from timeline.when import When, to_microseconds
            >>> net = OrderNetwork().anchor("expiry", When.day(2026, 2, 5)).add(
            ...     "call", "before", "expiry")
            >>> s_lo, s_hi, e_lo, e_hi = net.ranges("call")
            >>> s_lo, e_hi < to_microseconds(When.day(2026, 2, 5).latest_end)
            (-inf, True)
            >>> net.ranges("nobody") is None
            True
        """
        nodes = self._nodes.get(event)
        if nodes is None:
            return None
        start, end = nodes
        d = self._graph.d
        return (-d[start][0], d[0][start], -d[end][0], d[0][end])

    def bounds_between(
        self,
        a: str,
        b: str,
        *,
        points: tuple[Literal["start", "end"], Literal["start", "end"]] = ("start", "start"),
    ) -> tuple[_dt.timedelta | None, _dt.timedelta | None]:
        """The least and greatest possible value of ``b``'s point minus ``a``'s point.

        Args:
            a: First event id.
            b: Second event id.
            points: Which point of each event to compare (default: their starts).

        Returns:
            ``(min, max)`` as timedeltas; None where unbounded.

        Examples:
            >>> import datetime as dt
            >>> net = (OrderNetwork().add("a", "before", "b", gap=dt.timedelta(days=1))
            ...        .add("b", "before", "c", gap=(dt.timedelta(hours=2), dt.timedelta(hours=5))))
            >>> lo, hi = net.bounds_between("a", "c")
            >>> str(lo), str(hi)
            ('1 day, 2:00:00', '1 day, 5:00:00')
            >>> str(-net.bounds_between("c", "a")[1])
            '1 day, 2:00:00'
        """
        if a not in self._nodes or b not in self._nodes:
            return (None, None)
        i = self._nodes[a][0 if points[0] == "start" else 1]
        j = self._nodes[b][0 if points[1] == "start" else 1]
        hi = self._graph.d[i][j]
        lo = -self._graph.d[j][i]
        return (
            None if lo <= -_FAR // 2 else _dt.timedelta(microseconds=lo),
            None if hi >= _FAR // 2 else _dt.timedelta(microseconds=hi),
        )

    def relation(
        self, a: str, b: str, *, whens: tuple[When, When] | None = None
    ) -> Relations:
        """The Allen relations of event ``a`` to event ``b`` the network allows.

        With ``whens``, the two events' times are combined with the network: the times bound
        each point absolutely, the network bounds their differences, and only relations
        consistent with both remain. Unknown ids are unconstrained.

        Args:
            a: First event id.
            b: Second event id.
            whens: The times of ``a`` and ``b``, if known.

        Returns:
            The possible relations.

        Raises:
            ConstraintError: If ``whens`` contradict the network.

        Examples:
            >>> from timeline.when import When
            >>> net = OrderNetwork().add("meeting", "before", "call")
            >>> day = When.day(2026, 2, 4)
            >>> net.relation("meeting", "call", whens=(day, day)).certain
            <Allen.BEFORE: 'before'>
            >>> net.relation("meeting", "other")
            Relations({'before', 'meets', 'overlaps', 'starts', 'during', 'finishes', 'equals', \
'finished_by', 'contains', 'started_by', 'overlapped_by', 'met_by', 'after'})
        """
        local = self._local(a, b)
        if whens is not None:
            wa, wb = whens
            if wa.is_duration or wb.is_duration:
                whens = None
            else:
                _bound(local, 1, 2, wa, (Anchor(str(a), wa),))
                _bound(local, 3, 4, wb, (Anchor(str(b), wb),))
        return Relations(r for r in _ORDER if _consistent(local, _ALLEN_POINTS[r]))

    def _local(self, a: str, b: str) -> _Graph:
        """The closure projected onto (origin, start a, end a, start b, end b)."""
        local = _Graph(5)
        for k in (1, 3):
            local.add(k + 1, k, -1, ())
        ids = {1: a, 3: b}
        source = self._graph
        index: dict[int, int] = {0: 0}
        for k, event in ids.items():
            if event in self._nodes:
                index[k], index[k + 1] = self._nodes[event]
        if a == b:  # one event: its two copies coincide
            local.add(1, 3, 0, ())
            local.add(3, 1, 0, ())
            local.add(2, 4, 0, ())
            local.add(4, 2, 0, ())
        for x, i in index.items():
            for y, j in index.items():
                if x != y and source.d[i][j] != _INF:
                    local.add(x, y, source.d[i][j], _LazyPath(source, i, j))  # type: ignore[arg-type]
        return local


_ALLEN_POINTS_BY_NAME: Final = frozenset(r.value for r in Allen)


class _LazyPath:
    """The reasons along a shortest path, computed only if an error needs to show them."""

    __slots__ = ("graph", "i", "j")

    def __init__(self, graph: _Graph, i: int, j: int) -> None:
        self.graph, self.i, self.j = graph, i, j

    def __iter__(self) -> Iterator[_Reason]:
        return iter(self.graph.path(self.i, self.j))


_START_ORDERS: Final[dict[str, _PointConstraint]] = {
    "starts_before": (_SA, _SB, True),
    "starts_after": (_SB, _SA, True),
    "same_start": (_SA, _SB, False),
}


def _start_order(r: Allen) -> _PointConstraint:
    """How the two starts are ordered in Allen relation ``r``, as one point constraint."""
    groups = _GROUPS[r]
    pos = {p: i for i, group in enumerate(groups) for p in group}
    if pos[_SA] < pos[_SB]:
        return (_SA, _SB, True)
    if pos[_SB] < pos[_SA]:
        return (_SB, _SA, True)
    return (_SA, _SB, False)


def _ensure(graph: _Graph, nodes: dict[str, tuple[int, int]], event: str) -> tuple[int, int]:
    if event not in nodes:
        start, end = graph.add_node(), graph.add_node()
        nodes[event] = (start, end)
        graph.add(end, start, -1, (_PositiveLength(event),))
    return nodes[event]


def _order(graph: _Graph, x: int, y: int, strict: bool, why: tuple[_Reason, ...]) -> None:
    if strict:
        graph.add(y, x, -1, why)  # x - y <= -1 µs, i.e. x < y
    else:
        graph.add(x, y, 0, why)
        graph.add(y, x, 0, why)


def _bound(graph: _Graph, start: int, end: int, when: When, why: tuple[_Reason, ...]) -> None:
    (s_lo, s_hi), (e_lo, e_hi) = _ranges(when)
    for node, lo, hi in ((start, s_lo, s_hi), (end, e_lo, e_hi)):
        graph.add(0, node, hi, why)
        graph.add(node, 0, -lo, why)


def _consistent(graph: _Graph, points: Iterable[_PointConstraint]) -> bool:
    trial = graph.copy()
    mapping = (1, 2, 3, 4)
    try:
        for x, y, strict in points:
            _order(trial, mapping[x], mapping[y], strict, ())
    except ConstraintError:
        return False
    return True
