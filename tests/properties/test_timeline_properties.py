"""Property tests for Timeline: order() respects every certain relation and every constraint;
queries relative to an event equal a brute-force scan over Timeline.relation; filters commute
with iteration order."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline._strategies_events import actors, events, timelines
from timeline.events import Event
from timeline.relations import Allen
from timeline.timeline import Timeline

BEFORE = frozenset({Allen.BEFORE, Allen.MEETS})
AFTER = frozenset({Allen.AFTER, Allen.MET_BY})
WITHIN = frozenset({Allen.STARTS, Allen.DURING, Allen.FINISHES, Allen.EQUALS})
CONTAINING = frozenset(r.converse for r in WITHIN)

CONSTRAINED = timelines(max_size=14, max_constraints=6)
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SLOW
@given(CONSTRAINED)
def test_order_is_a_permutation_respecting_every_certain_relation(tl: Timeline) -> None:
    """a before b whenever relation(a, b) is certainly before-or-meets (times + constraints)."""
    ordering = tl.order()
    assert sorted(e.id for e in ordering) == sorted(tl.ids)
    position = {e.id: i for i, e in enumerate(ordering)}
    for a, b in itertools.permutations(tl, 2):
        if tl.relation(a, b).possible <= BEFORE:
            assert position[a.id] < position[b.id], (a.id, b.id)


@SLOW
@given(CONSTRAINED)
def test_order_respects_every_explicit_constraint(tl: Timeline) -> None:
    """Every stated before/meets (after/met_by) constraint holds in the linear extension."""
    position = {e.id: i for i, e in enumerate(tl.order())}
    for c in tl.constraints.constraints:
        if c.relation in ("before", "meets"):
            assert position[c.a] < position[c.b]
        if c.relation in ("after", "met_by"):
            assert position[c.b] < position[c.a]


@SLOW
@given(CONSTRAINED)
def test_unknown_pairs_are_the_unsettled_adjacent_ones(tl: Timeline) -> None:
    """unknown lists exactly the adjacent pairs that are not certainly ordered; known() agrees."""
    ordering = tl.order()
    expected = [
        (a.id, b.id)
        for a, b in itertools.pairwise(ordering)
        if not tl.relation(a, b).possible <= BEFORE
    ]
    assert [(a.id, b.id) for a, b in ordering.unknown] == expected
    assert ordering.is_total == (not expected)
    for a, b in itertools.permutations(tl, 2):
        if tl.relation(a, b).possible <= BEFORE:
            assert ordering.known(a, b)
            assert ordering.known(b, a)
        if ordering.known(a, b):
            # settled pairs are never reported as possibly overlapping in the wrong order
            pa = [e.id for e in ordering].index(a.id)
            pb = [e.id for e in ordering].index(b.id)
            first, second = (a, b) if pa < pb else (b, a)
            assert not tl.relation(second, first).possible <= BEFORE


def _informed(tl: Timeline, e: Event, subject: Event) -> bool:
    """Whether anything relates the two: both have a (possibly narrowed) time, or both are in
    the order network. Time queries never return events that nothing relates."""
    effective = tl._effective()
    position = {x.id: i for i, x in enumerate(tl)}
    both_timed = (
        effective[position[e.id]] is not None and effective[position[subject.id]] is not None
    )
    both_constrained = e.id in tl.constraints.ids and subject.id in tl.constraints.ids
    return both_timed or both_constrained


def _scan(tl: Timeline, subject_id: str, relations: frozenset[Allen], certainly: bool) -> list[str]:
    subject = tl[subject_id]
    out = []
    for e in tl:
        if e.id == subject_id or not _informed(tl, e, subject):
            continue
        r = tl.relation(e, subject).possible
        if (certainly and r <= relations) or (not certainly and r & relations):
            out.append(e.id)
    return out


@SLOW
@given(CONSTRAINED, st.data())
def test_event_queries_equal_a_scan_over_relation(tl: Timeline, data: st.DataObject) -> None:
    """before/after/during/containing(event) equal filtering by Timeline.relation."""
    if not tl:
        return
    subject = data.draw(st.sampled_from(tl.ids))
    for certainly in (False, True):
        for method, relations in (
            (tl.before, BEFORE), (tl.after, AFTER), (tl.during, WITHIN),
            (tl.containing, CONTAINING),
        ):
            got = list(method(tl[subject], certainly=certainly).ids)
            assert got == _scan(tl, subject, relations, certainly), (method.__name__, certainly)


@SLOW
@given(CONSTRAINED, st.data())
def test_overlapping_event_equals_a_scan(tl: Timeline, data: st.DataObject) -> None:
    """overlapping(event): some (every) possible relation shares time."""
    if not tl:
        return
    subject = tl[data.draw(st.sampled_from(tl.ids))]
    for certainly in (False, True):
        expected = []
        for e in tl:
            if e.id == subject.id or not _informed(tl, e, subject):
                continue
            shares = [r.shares_time for r in tl.relation(e, subject)]
            if (all(shares) if certainly else any(shares)):
                expected.append(e.id)
        assert list(tl.overlapping(subject, certainly=certainly).ids) == expected


@given(timelines(max_size=20), st.sampled_from(["meeting", "call", "period", "statement"]),
       actors())
def test_filters_commute_with_iteration(tl: Timeline, kind: str, actor: object) -> None:
    """Filtering keeps chronological order: filter(iterate) == iterate(filter)."""
    assert list(tl.of_kind(kind)) == [e for e in tl if e.kind == kind]
    assert list(tl.involving(actor)) == [e for e in tl if e.involves(actor)]  # type: ignore[arg-type]
    assert list(tl.where(lambda e: e.confidence > 0.5)) == [e for e in tl if e.confidence > 0.5]
    chained = tl.of_kind(kind).where(lambda e: e.when is not None)
    assert list(chained) == [e for e in tl if e.kind == kind and e.when is not None]


@given(st.lists(events(), max_size=15, unique_by=lambda e: e.id), st.randoms())
def test_iteration_does_not_depend_on_input_order(evs: list, rnd: object) -> None:
    """A timeline is the same whatever order its events are given in."""
    shuffled = list(evs)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert Timeline(shuffled) == Timeline(evs)
    assert list(Timeline(shuffled)) == list(Timeline(evs))


@SLOW
@given(CONSTRAINED)
def test_merge_with_itself_keeps_every_event(tl: Timeline) -> None:
    """Merging a timeline into itself merges each event with itself: the same events."""
    merged = tl.merge(tl)
    assert merged.events == tl.events
    assert {m for e in merged for m in e.mentions} == {m for e in tl for m in e.mentions}


@given(timelines(max_size=20, allow_undated=False))
def test_chronological_order_respects_certain_time_relations(tl: Timeline) -> None:
    """Without constraints, iteration order is already a linear extension."""
    position = {e.id: i for i, e in enumerate(tl)}
    for a, b in itertools.permutations(tl, 2):
        if a.when.is_duration or b.when.is_duration:  # type: ignore[union-attr]
            continue
        if tl.relation(a, b).possible <= BEFORE:
            assert position[a.id] < position[b.id]
    assert tuple(tl.order()) == tuple(tl)
