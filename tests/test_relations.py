"""Example tests for timeline.relations: Allen relations, helpers and the order network."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from timeline import relations as relations_module
from timeline.errors import ConstraintError
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
from timeline.when import When

DAY = dt.timedelta(days=1)
HOUR = dt.timedelta(hours=1)
FEB4 = When.day(2026, 2, 4)
FEB5 = When.day(2026, 2, 5)


def crisp(start_day: int, end_day: int) -> When:
    """Helper: the durative span from Jan ``start_day`` (inclusive) to Jan ``end_day``."""
    return When.between(dt.datetime(2026, 1, start_day, tzinfo=dt.UTC),
                        dt.datetime(2026, 1, end_day, tzinfo=dt.UTC))


# ------------------------------------------------------------------ Allen and Relations


def test_allen_converses_are_an_involution() -> None:
    """Every relation's converse's converse is itself; equals is its own converse."""
    for r in Allen:
        assert r.converse.converse is r
    assert Allen.EQUALS.converse is Allen.EQUALS
    assert Allen.MEETS.converse is Allen.MET_BY
    assert Allen.STARTS.converse is Allen.STARTED_BY
    assert Allen.FINISHES.converse is Allen.FINISHED_BY
    assert Allen.OVERLAPS.converse is Allen.OVERLAPPED_BY


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((1, 3), (5, 7), Allen.BEFORE),
        ((1, 3), (3, 7), Allen.MEETS),
        ((1, 5), (3, 7), Allen.OVERLAPS),
        ((1, 3), (1, 7), Allen.STARTS),
        ((3, 5), (1, 7), Allen.DURING),
        ((5, 7), (1, 7), Allen.FINISHES),
        ((1, 7), (1, 7), Allen.EQUALS),
        ((1, 7), (5, 7), Allen.FINISHED_BY),
        ((1, 7), (3, 5), Allen.CONTAINS),
        ((1, 7), (1, 3), Allen.STARTED_BY),
        ((3, 7), (1, 5), Allen.OVERLAPPED_BY),
        ((3, 7), (1, 3), Allen.MET_BY),
        ((5, 7), (1, 3), Allen.AFTER),
    ],
)
def test_crisp_intervals_have_exactly_one_relation(
    a: tuple[int, int], b: tuple[int, int], expected: Allen
) -> None:
    """Crisp spans stand in exactly the textbook relation."""
    result = relation(crisp(*a), crisp(*b))
    assert result.certain is expected
    assert relation(crisp(*b), crisp(*a)).certain is expected.converse


def test_relations_container_api() -> None:
    """Relations is a small immutable set with certain, converse and a stable order."""
    rs = Relations({"after", Allen.BEFORE})
    assert list(rs) == [Allen.BEFORE, Allen.AFTER]
    assert len(rs) == 2
    assert "before" in rs
    assert "sideways" not in rs
    assert 3 not in rs
    assert rs.certain is None
    assert rs.converse == rs
    assert repr(rs) == "Relations({'before', 'after'})"
    assert Relations.all() == Relations(Allen)
    assert hash(rs) == hash(Relations([Allen.AFTER, Allen.BEFORE]))
    with pytest.raises(ValueError, match="sideways"):
        Relations({"sideways"})
    assert pickle.loads(pickle.dumps(rs)) == rs


# ------------------------------------------------------------------ relation() under uncertainty


def test_same_day_points_may_be_in_any_order() -> None:
    """Two events "on Feb. 4" may stand in any of the 13 relations."""
    assert relation(FEB4, FEB4) == Relations.all()


def test_consecutive_days() -> None:
    """Events on consecutive days are before or (touching at midnight) meet."""
    assert relation(FEB4, FEB5) == Relations({Allen.BEFORE, Allen.MEETS})
    assert definitely_before(FEB4, FEB5)
    assert definitely_after(FEB5, FEB4)
    assert not definitely_before(FEB5, FEB4)


def test_day_inside_durative_year_and_month() -> None:
    """A day point lies within a durative year; strictly during it in the middle of the year."""
    year = When.year(2026, durative=True)
    assert relation(FEB4, year).possible == {Allen.DURING}
    assert relation(When.day(2026, 1, 1), year).possible == {Allen.STARTS, Allen.DURING}
    assert relation(When.day(2026, 12, 31), year).possible == {Allen.DURING, Allen.FINISHES}
    assert definitely_within(When.day(2026, 1, 1), year)
    assert definitely_during(FEB4, year)
    assert definitely_overlaps(FEB4, year)


def test_open_ends() -> None:
    """Open ends reach minus or plus infinity."""
    ongoing = When.parse("2025-11/..")
    until = When.parse("../2026-02-04")
    assert relation(FEB5, ongoing).possible == {Allen.DURING}
    assert relation(until, ongoing).certain is Allen.OVERLAPS
    assert definitely_before(until, When.year(2027))


def test_durations_have_no_position() -> None:
    """A pure duration can stand in any relation."""
    assert relation(When.parse("P3D"), FEB4) == Relations.all()


@pytest.mark.parametrize(
    ("fn", "a", "b", "expected"),
    [
        (definitely_before, When.month(2025, 11), FEB4, True),
        (definitely_before, FEB4, FEB4, False),
        (possibly_before, FEB4, FEB4, True),
        (possibly_before, FEB5, FEB4, False),
        (definitely_after, FEB5, FEB4, True),
        (possibly_after, FEB4, FEB5, False),
        (possibly_overlaps, When.month(2026, 2), FEB4, True),
        (possibly_overlaps, FEB4, FEB5, False),
        (definitely_overlaps, FEB4, When.month(2026, 2, durative=True), True),
        (definitely_overlaps, FEB4, When.month(2026, 2), False),
        (definitely_during, FEB4, When.month(2026, 2, durative=True), True),
        (possibly_during, When.month(2026, 2), FEB4, True),
        (possibly_during, When.month(2026, 2, durative=True), FEB4, False),
        (definitely_within, FEB4, When.month(2026, 2, durative=True), True),
        (possibly_within, When.year(2026, durative=True), FEB4, False),
        (possibly_equals, FEB4, FEB4, True),
        (possibly_equals, FEB4, FEB5, False),
        (definitely_equals, When.parse("2026/2030"), When.parse("2026-01/2030-12"), True),
        (definitely_equals, FEB4, FEB4, False),
    ],
)
def test_helpers(fn: object, a: When, b: When, expected: bool) -> None:
    """The definitely_/possibly_ helpers on typical pairs."""
    assert fn(a, b) is expected  # type: ignore[operator]


def test_relation_needs_ids_with_constraints() -> None:
    """Passing a network without the event ids is a clear error."""
    with pytest.raises(ConstraintError, match="ids"):
        relation(FEB4, FEB4, constraints=OrderNetwork())


# ------------------------------------------------------------------ OrderNetwork


def test_seed_meeting_then_call_same_day() -> None:
    """"hours later" makes the meeting definitely before the call although both are Feb. 4."""
    net = OrderNetwork().add("call", "after", "meeting", gap=(HOUR, dt.timedelta(hours=23)))
    rel = relation(FEB4, FEB4, constraints=net, ids=("meeting", "call"))
    assert rel.certain is Allen.BEFORE
    assert definitely_before(FEB4, FEB4, constraints=net, ids=("meeting", "call"))
    assert definitely_after(FEB4, FEB4, constraints=net, ids=("call", "meeting"))
    assert not definitely_before(FEB4, FEB4)


def test_seed_expiry_one_day_after_meeting() -> None:
    """"one day before the expiration": the expiry starts exactly one day after the meeting."""
    net = (OrderNetwork()
           .add("meeting", "before", "expiry", gap=DAY)
           .anchor("meeting", When.day(2026, 2, 4)))
    assert net.bounds_between("meeting", "expiry") == (DAY, DAY)
    assert net.relation("meeting", "expiry").certain is Allen.BEFORE
    with pytest.raises(ConstraintError, match="expiry at 2026-02-07"):
        net.anchor("expiry", When.day(2026, 2, 7))
    net.anchor("expiry", FEB5)  # consistent


def test_transitivity_and_implied_metric_bounds() -> None:
    """The closure gives implied relations and bounds."""
    net = (OrderNetwork()
           .add("a", "before", "b", gap=DAY)
           .add("b", "before", "c", gap=(2 * HOUR, 5 * HOUR)))
    assert net.relation("a", "c").certain is Allen.BEFORE
    assert net.relation("c", "a").certain is Allen.AFTER
    assert net.bounds_between("a", "c") == (DAY + 2 * HOUR, DAY + 5 * HOUR)
    assert net.bounds_between("a", "c", points=("end", "start"))[0] == 2 * HOUR + dt.timedelta(
        microseconds=1)
    assert net.bounds_between("a", "zzz") == (None, None)
    # b ends before c starts, at most 1 day 5 hours after a starts.
    assert net.bounds_between("a", "b", points=("start", "end")) == (
        DAY + dt.timedelta(microseconds=1), DAY + 5 * HOUR - dt.timedelta(microseconds=1))


def test_contradiction_names_the_chain_in_order() -> None:
    """A cycle raises ConstraintError listing the stated constraints of the chain."""
    net = OrderNetwork().add("a", "before", "b").add("b", "meets", "c").add("x", "before", "y")
    with pytest.raises(ConstraintError) as info:
        net.add("c", "before", "a")
    chain = [str(c) for c in info.value.constraints]
    assert chain == ["a before b", "b meets c", "c before a"]
    assert "x before y" not in str(info.value)
    assert "contradictory order constraints: a before b, b meets c, c before a" in str(info.value)


def test_metric_contradiction() -> None:
    """Gaps that cannot add up are contradictory."""
    net = OrderNetwork().add("a", "before", "b", gap=DAY).add("b", "before", "c", gap=DAY)
    with pytest.raises(ConstraintError, match="a before c by 3 days"):
        net.add("a", "before", "c", gap=3 * DAY)
    net.add("a", "before", "c", gap=2 * DAY)


def test_self_contradictions() -> None:
    """An event cannot be before itself, nor meet itself."""
    with pytest.raises(ConstraintError, match="a before a"):
        OrderNetwork().add("a", "before", "a")
    with pytest.raises(ConstraintError, match="a meets a"):
        OrderNetwork().add("a", "meets", "a")
    assert OrderNetwork().add("a", "equals", "a").relation("a", "a").certain is Allen.EQUALS


def test_network_is_immutable_and_compares_by_constraints() -> None:
    """add returns a new network; equal constraint lists give equal networks."""
    empty = OrderNetwork()
    one = empty.add("a", "before", "b")
    assert empty.constraints == ()
    assert one.constraints == (Constraint("a", "before", "b"),)
    assert one == OrderNetwork().add("a", "before", "b")
    assert "a" in one
    assert "z" not in one
    assert one.ids == frozenset({"a", "b"})
    assert repr(one) == "OrderNetwork(['a before b'])"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("before", {Allen.BEFORE}),
        ("same_time", {Allen.EQUALS}),
        ("same-time", {Allen.EQUALS}),
        (Allen.DURING, {Allen.DURING}),
        ("starts_before", {Allen.BEFORE, Allen.MEETS, Allen.OVERLAPS, Allen.FINISHED_BY,
                           Allen.CONTAINS}),
        ("starts_after", {Allen.DURING, Allen.FINISHES, Allen.OVERLAPPED_BY, Allen.MET_BY,
                          Allen.AFTER}),
        ("same_start", {Allen.STARTS, Allen.EQUALS, Allen.STARTED_BY}),
        ("ends_before", {Allen.BEFORE, Allen.MEETS, Allen.OVERLAPS, Allen.STARTS,
                         Allen.DURING}),
        ("ends_after", {Allen.CONTAINS, Allen.STARTED_BY, Allen.OVERLAPPED_BY, Allen.MET_BY,
                        Allen.AFTER}),
        ("same_end", {Allen.FINISHES, Allen.EQUALS, Allen.FINISHED_BY}),
    ],
)
def test_relation_names(name: object, expected: set[Allen]) -> None:
    """Allen names, aliases and partial relations give the expected possibilities."""
    net = OrderNetwork().add("a", name, "b")  # type: ignore[arg-type]
    assert net.relation("a", "b").possible == expected


@pytest.mark.parametrize(
    ("relation_name", "gap", "message"),
    [
        ("sideways", None, "invalid relation 'sideways'"),
        (42, None, "invalid relation 42"),
        ("before", dt.timedelta(days=-1), "non-negative"),
        ("before", (DAY, HOUR), "min <= max"),
        ("before", (DAY,), "pair"),
        ("before", "P1D", "fixed-length"),
        ("same_start", DAY, "no gap"),
        ("ends_before", HOUR, "no gap"),
    ],
)
def test_malformed_constraints(relation_name: object, gap: object, message: str) -> None:
    """Malformed relations and gaps raise ConstraintError with a hint."""
    with pytest.raises(ConstraintError, match=message):
        OrderNetwork().add("a", relation_name, "b", gap=gap)  # type: ignore[arg-type]


def test_calendar_gaps_are_rejected() -> None:
    """Months and years have no fixed length, so they are not accepted as gaps."""
    import pendulum

    with pytest.raises(ConstraintError, match="fixed-length"):
        OrderNetwork().add("a", "before", "b", gap=pendulum.duration(months=1))
    net = OrderNetwork().add("a", "before", "b", gap=pendulum.duration(days=2))
    assert net.bounds_between("a", "b") == (2 * DAY, 2 * DAY)


def test_gap_in_the_direction_of_the_relation() -> None:
    """For after/during the gap runs from b's start to a's start."""
    net = OrderNetwork().add("a", "after", "b", gap=DAY)
    assert net.bounds_between("b", "a") == (DAY, DAY)
    net = OrderNetwork().add("a", "during", "b", gap=HOUR)
    assert net.bounds_between("b", "a") == (HOUR, HOUR)
    net = OrderNetwork().add("a", "same_start", "b", gap=dt.timedelta(0))
    assert net.bounds_between("a", "b") == (dt.timedelta(0), dt.timedelta(0))


def test_of_merge_and_anchor_objects() -> None:
    """Networks can be built from tuples, Constraints and Anchors, and merged."""
    net = OrderNetwork.of([
        ("a", "before", "b"),
        ("b", "before", "c", DAY),
        Constraint("c", "before", "d"),
        Anchor("a", FEB4),
    ])
    assert len(net.constraints) == 3
    assert net.anchors == (Anchor("a", FEB4),)
    assert net.relation("a", "d").certain is Allen.BEFORE
    merged = OrderNetwork().add("d", "before", "e").merge(net)
    assert merged.relation("a", "e").certain is Allen.BEFORE
    with pytest.raises(ConstraintError):
        OrderNetwork().add("e", "before", "a").merge(merged)
    with pytest.raises(ConstraintError, match="constraint"):
        OrderNetwork.of(["a before b"])  # type: ignore[list-item]
    with pytest.raises(ConstraintError, match="position"):
        OrderNetwork().anchor("a", When.parse("P3D"))


def test_network_relation_combines_whens_and_constraints() -> None:
    """The Whens bound points absolutely and the network bounds differences."""
    net = OrderNetwork().add("a", "before", "b")
    # Whens contradict the constraint: b is entirely before a.
    with pytest.raises(ConstraintError, match="a before b"):
        net.relation("a", "b", whens=(FEB5, FEB4))
    # A duration carries no position; the network alone decides.
    assert net.relation("a", "b", whens=(When.parse("P3D"), FEB4)).certain is Allen.BEFORE
    # Anchors of third events propagate: c is on Feb. 4, a is before c, b on Feb. 4 or later.
    net = OrderNetwork().add("a", "before", "c").anchor("c", FEB4)
    rel = net.relation("a", "b", whens=(When.month(2026, 2), FEB5))
    assert rel.certain is Allen.BEFORE


def test_module_public_names_are_documented() -> None:
    """Every public name has a docstring with an example."""
    for name in relations_module.__all__:
        doc = getattr(relations_module, name).__doc__
        assert doc, name
        assert ">>>" in doc, name


def test_zero_gap_with_equal_starts() -> None:
    """A zero gap is allowed (and redundant) for relations whose starts coincide."""
    net = OrderNetwork().add("a", "starts", "b", gap=dt.timedelta(0))
    assert net.relation("a", "b").certain is Allen.STARTS


def test_an_event_equals_itself() -> None:
    """The same id twice is the same event, known to the network or not."""
    assert OrderNetwork().relation("a", "a").certain is Allen.EQUALS
    assert OrderNetwork().relation("a", "a", whens=(FEB4, FEB4)).certain is Allen.EQUALS
    with pytest.raises(ConstraintError):
        OrderNetwork().relation("a", "a", whens=(FEB4, FEB5))
