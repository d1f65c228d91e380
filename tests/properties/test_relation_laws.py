"""Property tests for Allen relations under uncertainty and for the order network."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from timeline._strategies_time import crisp_whens, whens
from timeline.errors import ConstraintError
from timeline.relations import Allen, OrderNetwork, Relations, relation
from timeline.when import Granularity, When

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
BASE = dt.datetime(2026, 2, 4, tzinfo=dt.UTC)
MINUTE = dt.timedelta(minutes=1)

positioned = whens(allow_durations=False)
bounded = whens(allow_durations=False, allow_open=False)


def brute(sa: float, ea: float, sb: float, eb: float) -> Allen:
    """The Allen relation of crisp [sa, ea) to [sb, eb), by direct comparison."""
    if ea < sb:
        return Allen.BEFORE
    if ea == sb:
        return Allen.MEETS
    if eb < sa:
        return Allen.AFTER
    if eb == sa:
        return Allen.MET_BY
    if sa == sb:
        return Allen.EQUALS if ea == eb else Allen.STARTS if ea < eb else Allen.STARTED_BY
    if ea == eb:
        return Allen.FINISHES if sa > sb else Allen.FINISHED_BY
    if sa < sb:
        return Allen.OVERLAPS if ea < eb else Allen.CONTAINS
    return Allen.DURING if ea < eb else Allen.OVERLAPPED_BY


def at(us: int) -> dt.datetime:
    """The instant ``us`` microseconds after the epoch."""
    return EPOCH + dt.timedelta(microseconds=us)


@st.composite
def realizations(draw: st.DrawFn, w: When) -> tuple[int, int]:
    """A concrete (start, end) allowed by the bounded When ``w``."""
    (s_lo, s_hi), (e_lo, e_hi) = w.microsecond_ranges()
    s_lo, s_hi, e_lo, e_hi = int(s_lo), int(s_hi), int(e_lo), int(e_hi)
    start = draw(st.sampled_from([s_lo, min(s_hi, e_hi - 1)]) | st.integers(
        s_lo, min(s_hi, e_hi - 1)))
    end = draw(st.sampled_from([max(e_lo, start + 1), e_hi]) | st.integers(
        max(e_lo, start + 1), e_hi))
    return start, end


# ------------------------------------------------------------------ laws of relation()


@given(positioned, positioned)
def test_converse_symmetry(a: When, b: When) -> None:
    """relation(b, a) is the converse of relation(a, b)."""
    assert relation(b, a) == relation(a, b).converse


@given(positioned, positioned)
def test_never_empty(a: When, b: When) -> None:
    """Two valid times always stand in at least one relation."""
    assert len(relation(a, b)) >= 1


@given(crisp_whens(allow_open=True), crisp_whens(allow_open=True))
def test_crisp_intervals_have_exactly_one_relation(a: When, b: When) -> None:
    """Crisp intervals stand in exactly one relation, the one their end points give."""
    result = relation(a, b)
    assert len(result) == 1
    (sa, _), (ea, _) = a.microsecond_ranges()
    (sb, _), (eb, _) = b.microsecond_ranges()
    assert result.certain is brute(sa, ea, sb, eb)


@given(bounded, bounded, st.data())
def test_every_realization_is_possible(a: When, b: When, data: st.DataObject) -> None:
    """Soundness: whatever the real times, their relation is among the possible ones."""
    sa, ea = data.draw(realizations(a))
    sb, eb = data.draw(realizations(b))
    result = relation(a, b)
    actual = brute(sa, ea, sb, eb)
    assert actual in result
    if result.certain is not None:
        assert result.certain is actual


@given(bounded, bounded, st.data())
def test_narrowing_never_adds_possibilities(a: When, b: When, data: st.DataObject) -> None:
    """Tightening a's bounds around some realization can only remove relations."""
    s, e = data.draw(realizations(a))
    (s_lo, s_hi), (e_lo, e_hi) = a.microsecond_ranges()
    es = data.draw(st.integers(int(s_lo), s))
    ls = data.draw(st.integers(s, int(s_hi)))
    ee = data.draw(st.integers(max(int(e_lo), es), e))
    le = data.draw(st.integers(max(e, ls), int(e_hi)))
    narrowed = When(earliest_start=at(es), latest_start=at(ls), earliest_end=at(ee),
                    latest_end=at(le), granularity=Granularity.SECOND)
    assert relation(narrowed, b).possible <= relation(a, b).possible
    crisp = When.between(at(s), at(e))
    assert relation(crisp, b).possible <= relation(narrowed, b).possible


@given(positioned, positioned)
def test_greedy_check_agrees_with_the_network(a: When, b: When) -> None:
    """The fast check and the constraint-network check give the same relations."""
    assert OrderNetwork().relation("a", "b", whens=(a, b)) == relation(a, b)


@given(positioned, positioned, st.sampled_from(list(Allen)))
def test_constraints_only_narrow(a: When, b: When, stated: Allen) -> None:
    """Adding a constraint never adds a possibility; it keeps the stated relation if possible."""
    before = relation(a, b)
    net = OrderNetwork().add("a", stated, "b")
    try:
        after = relation(a, b, constraints=net, ids=("a", "b"))
    except ConstraintError:
        assert stated not in before
        return
    assert after.possible <= before.possible
    assert after == Relations({stated})


# ------------------------------------------------------------------ the network's closure


@st.composite
def crisp_events(draw: st.DrawFn) -> list[tuple[int, int]]:
    """A few crisp intervals, as (start, end) minutes after 2026-02-04T00:00Z."""
    n = draw(st.integers(2, 6))
    events = []
    for _ in range(n):
        start = draw(st.integers(0, 120))
        events.append((start, start + draw(st.integers(1, 60))))
    return events


def minutes(n: int) -> dt.timedelta:
    """``n`` minutes."""
    return n * MINUTE


@given(crisp_events(), st.data())
def test_consistent_networks_never_raise_and_keep_the_truth(
    events: list[tuple[int, int]], data: st.DataObject
) -> None:
    """Constraints read off real times never contradict, and the truth stays possible."""
    ids = [f"e{i}" for i in range(len(events))]
    pairs = data.draw(st.lists(st.sampled_from(list(itertools.permutations(range(len(events)),
                                                                          2))),
                               max_size=8))
    net = OrderNetwork()
    for i, j in pairs:
        (sa, ea), (sb, eb) = events[i], events[j]
        true = brute(sa, ea, sb, eb)
        gap: Any = None
        if sa != sb and data.draw(st.booleans()):
            distance = abs(sb - sa)
            gap = data.draw(st.sampled_from([
                minutes(distance),
                (minutes(max(0, distance - 5)), minutes(distance + 5)),
                (None, minutes(distance)),
                (minutes(distance), None),
            ]))
        net = net.add(ids[i], true, ids[j], gap=gap)
    anchored = data.draw(st.sets(st.integers(0, len(events) - 1)))
    for k in anchored:
        start, end = events[k]
        net = net.anchor(ids[k], When.between(BASE + minutes(start), BASE + minutes(end)))
    for i, j in itertools.permutations(range(len(events)), 2):
        (sa, ea), (sb, eb) = events[i], events[j]
        assert brute(sa, ea, sb, eb) in net.relation(ids[i], ids[j])
        lo, hi = net.bounds_between(ids[i], ids[j])
        assert lo is None or lo <= minutes(sb - sa)
        assert hi is None or minutes(sb - sa) <= hi


@given(st.integers(2, 8), st.sampled_from(["before", "meets", "overlaps", "starts_before"]))
def test_cycles_raise_and_name_the_whole_chain(n: int, name: str) -> None:
    """e0 < e1 < ... < e(n-1) < e0 is contradictory, and the error names every link."""
    net = OrderNetwork()
    for i in range(n - 1):
        net = net.add(f"e{i}", name, f"e{i + 1}")
    with pytest.raises(ConstraintError) as info:
        net.add(f"e{n - 1}", name, "e0")
    named = {str(c) for c in info.value.constraints}
    assert named == {f"e{i} {name} e{(i + 1) % n}" for i in range(n)}


@given(st.lists(st.integers(1, 500), min_size=2, max_size=6), st.integers(1, 100))
def test_metric_cycles_raise(gaps: list[int], error: int) -> None:
    """Exact gaps along a chain that disagree with a direct gap are contradictory."""
    net = OrderNetwork()
    for i, gap in enumerate(gaps):
        net = net.add(f"e{i}", "starts_before", f"e{i + 1}", gap=minutes(gap))
    total = sum(gaps)
    assert net.bounds_between("e0", f"e{len(gaps)}") == (minutes(total), minutes(total))
    with pytest.raises(ConstraintError):
        net.add("e0", "starts_before", f"e{len(gaps)}", gap=minutes(total + error))
    net.add("e0", "starts_before", f"e{len(gaps)}", gap=minutes(total))


@given(positioned, positioned)
def test_network_with_whens_is_never_wider_than_whens(a: When, b: When) -> None:
    """Combining the Whens with a network can only narrow what the Whens allow."""
    assume(not (a.is_open and b.is_open))
    net = OrderNetwork().add("a", "starts_before", "b")
    try:
        combined = net.relation("a", "b", whens=(a, b))
    except ConstraintError:
        return
    assert combined.possible <= relation(a, b).possible
