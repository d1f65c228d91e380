"""Tests for timeline.timeline: Timeline, Ordering and Context."""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pendulum
import pytest

from timeline.errors import ConstraintError, UnknownKindError
from timeline.events import Event, Mention
from timeline.kinds import KINDS, register_kind
from timeline.relations import Allen, OrderNetwork, Relations
from timeline.timeline import Context, Ordering, Timeline
from timeline.when import When

FEB4 = When.day(2026, 2, 4)
FEB5 = When.day(2026, 2, 5)


def ev(kind: str, when: When | None, ident: str, *names: str, **kwargs: object) -> Event:
    """A short way to build an event with an explicit id."""
    return Event(kind=kind, when=when, participants=names, id=ident, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def sample() -> Timeline:
    """A small timeline with same-day events, a period, an undated event and a duration."""
    return Timeline(
        [
            ev("call", FEB4, "call", "Xi Jinping", "Donald Trump"),
            ev("meeting", FEB4, "meeting", "Xi Jinping", "Vladimir Putin"),
            ev("treaty_expiry", FEB5, "expiry", attributes={"treaty": "New START"}),
            ev("arms_sale", When.month(2025, 11), "sale", "United States", "Taiwan"),
            ev("period", When.parse("2026/2030"), "plan", "China"),
            ev("statement", None, "undated", "Donald Trump"),
            ev("negotiation", When.parse("P3D"), "duration", "Russia"),
        ]
    )


# -- construction --------------------------------------------------------------------------------


def test_iteration_is_chronological_with_undated_last(sample: Timeline) -> None:
    """Sort by When.sort_key, ties by id, durations after dated events, undated last."""
    assert sample.ids == ("sale", "plan", "call", "meeting", "expiry", "duration", "undated")
    assert [e.id for e in reversed(sample)] == list(reversed(sample.ids))
    assert len(sample) == 7


def test_duplicates_and_conflicting_ids() -> None:
    """Equal events are kept once; different events with one id are refused."""
    e = ev("call", FEB4, "x")
    assert len(Timeline([e, e])) == 1
    with pytest.raises(ValueError, match="share the id"):
        Timeline([e, ev("call", FEB5, "x")])


def test_construction_checks_kinds_and_types() -> None:
    """Unknown kinds raise UnknownKindError; non-events TypeError; a custom registry works."""
    with pytest.raises(UnknownKindError):
        Timeline([Event(kind="cyberattack")])
    with pytest.raises(TypeError):
        Timeline(["call"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="iterable"):
        Timeline(Event(kind="call"))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Timeline([], registry=KINDS.names())  # type: ignore[arg-type]
    reg = KINDS.copy()
    register_kind("cyberattack", triggers=("hack",), registry=reg)
    tl = Timeline([Event(kind="cyberattack")], registry=reg)
    assert tl.of_kind("cyberattack")[0].kind == "cyberattack"
    assert tl.registry is reg


def test_container_protocol(sample: Timeline) -> None:
    """Index by position, id or event; slices are timelines; membership by event or id."""
    assert sample[0].id == "sale"
    assert sample["plan"].kind == "period"
    assert sample[sample["plan"]] is sample["plan"]
    assert isinstance(sample[1:3], Timeline)
    assert sample[1:3].ids == ("plan", "call")
    assert "plan" in sample
    assert sample["plan"] in sample
    assert attrs.evolve(sample["plan"], location="Beijing") not in sample
    assert 3 not in sample
    assert sample.get("nope") is None
    with pytest.raises(KeyError, match="nope"):
        sample["nope"]


def test_equality_hash_repr_and_pickle(sample: Timeline) -> None:
    """Timelines are values: equal content, equal hash; pickling keeps them."""
    again = Timeline(reversed(list(sample)))
    assert again == sample
    assert hash(again) == hash(sample)
    assert repr(sample) == "<Timeline of 7 events, 0 constraints>"
    sample.order()  # fill the cache first
    restored = pickle.loads(pickle.dumps(sample))
    assert restored == sample
    assert restored.before(FEB5).ids == sample.before(FEB5).ids
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        sample.events = ()  # type: ignore[misc]


def test_constraints_given_at_construction() -> None:
    """Constraints can be tuples of events or ids, Constraint objects or a network."""
    a, b = ev("meeting", FEB4, "a"), ev("call", FEB4, "b")
    for constraints in (
        [("a", "before", "b")],
        [(a, Allen.BEFORE, b)],
        [("a", "before", "b", pendulum.duration(hours=2))],
        OrderNetwork().add("a", "before", "b"),
        OrderNetwork().add("a", "before", "b").constraints,
    ):
        tl = Timeline([a, b], constraints=constraints)
        assert tl.relation("a", "b").certain is Allen.BEFORE
    with pytest.raises(ConstraintError):
        Timeline([a, b], constraints=["a before b"])
    with pytest.raises(ConstraintError):
        Timeline([a, ev("call", When.day(2026, 2, 3), "b")], constraints=[("a", "before", "b")])


# -- relations and order ---------------------------------------------------------------------------


def test_relation_uses_times_and_constraints(sample: Timeline) -> None:
    """relation() combines the two times with the constraints."""
    assert sample.relation("sale", "call").certain is Allen.BEFORE
    assert len(sample.relation("call", "meeting")) == 13
    assert sample.relation("undated", "call") == Relations.all()
    assert sample.relation("duration", "call") == Relations.all()
    tl = sample.constrain("meeting", "before", "call")
    assert tl.relation("meeting", "call").certain is Allen.BEFORE
    assert tl.relation("call", "expiry").possible == {Allen.BEFORE, Allen.MEETS}
    # an undated event ordered by a constraint only
    tl = sample.constrain("undated", "after", "call")
    assert tl.relation("call", "undated").possible <= {Allen.BEFORE, Allen.MEETS}


def test_constrain_errors(sample: Timeline) -> None:
    """Unknown events raise KeyError; contradictions and bad relations ConstraintError."""
    with pytest.raises(KeyError):
        sample.constrain("nope", "before", "call")
    with pytest.raises(ConstraintError):
        sample.constrain("expiry", "before", "call")
    with pytest.raises(ConstraintError):
        sample.constrain("call", "beforee", "meeting")
    tl = sample.constrain("meeting", "before", "call")
    with pytest.raises(ConstraintError):
        tl.constrain("call", "before", "meeting")
    # the original is unchanged
    assert len(sample.constraints.constraints) == 0
    assert len(tl.constraints.constraints) == 1


def test_constrain_with_a_gap(sample: Timeline) -> None:
    """A gap bounds the distance between the starts; an impossible one is refused."""
    tl = sample.constrain("call", "after", "meeting", gap=(pendulum.duration(hours=1), None))
    assert tl.relation("meeting", "call").certain is Allen.BEFORE
    with pytest.raises(ConstraintError):
        sample.constrain("meeting", "before", "call", gap=pendulum.duration(days=2))


def test_order_without_constraints(sample: Timeline) -> None:
    """Without constraints the order is the chronological one; unknown pairs are listed."""
    o = sample.order()
    assert isinstance(o, Ordering)
    assert tuple(o) == tuple(sample)
    assert o[0].id == "sale"
    assert len(o) == len(sample)
    unknown = {(a.id, b.id) for a, b in o.unknown}
    assert ("plan", "call") in unknown
    assert ("call", "meeting") in unknown
    assert not o.is_total
    assert o.known("sale", "expiry")
    assert not o.known("call", "meeting")
    assert o.known("call", "call")
    assert sample.order() is o  # cached
    assert "Ordering of 7 events" in repr(o)


def test_order_follows_constraints(sample: Timeline) -> None:
    """A constraint between same-day events reorders them."""
    tl = sample.constrain("meeting", "before", "call")
    assert tl.order().events[2:4] == (tl["meeting"], tl["call"])
    assert tl.order().known("meeting", "call")
    tl = sample.constrain("call", "before", "meeting")
    assert [e.id for e in tl.order()][2:4] == ["call", "meeting"]


def test_known_through_a_chain_of_constraints_and_times() -> None:
    """known() follows chains: a before b (constraint), b before c (times)."""
    a = ev("meeting", When.year(2026), "a")
    b = ev("call", When.month(2026, 3), "b")
    c = ev("visit", When.month(2026, 4), "c")
    tl = Timeline([a, b, c])
    assert not tl.order().known("a", "c")
    tl = tl.constrain("a", "before", "b")
    assert tl.order().known("a", "c")
    assert tl.order().known("c", "a")
    assert [e.id for e in tl.order()] == ["a", "b", "c"]
    assert tl.order().is_total


def test_order_of_undated_events_by_constraints() -> None:
    """Undated events come last unless constraints place them."""
    x = ev("statement", None, "x")
    y = ev("statement", None, "y")
    d = ev("call", FEB4, "d")
    tl = Timeline([x, y, d])
    assert [e.id for e in tl.order()] == ["d", "x", "y"]
    tl = tl.constrain("y", "before", "x")
    assert [e.id for e in tl.order()] == ["d", "y", "x"]
    assert ("d", "y") in {(a.id, b.id) for a, b in tl.order().unknown}


# -- time queries ----------------------------------------------------------------------------------


def test_before_after(sample: Timeline) -> None:
    """before/after: certainly by default; events refine with constraints."""
    assert sample.before(FEB5).ids == ("sale", "call", "meeting")
    assert sample.before(sample["expiry"]).ids == ("sale", "call", "meeting")
    assert sample.before(sample["call"]).ids == ("sale",)
    assert sample.before(sample["call"], certainly=False).ids == ("sale", "meeting")
    assert sample.after(sample["call"]).ids == ("expiry",)
    assert sample.after(pendulum.datetime(2026, 2, 4, 12)).ids == ("expiry",)
    tl = sample.constrain("meeting", "before", "call")
    assert tl.before(tl["call"]).ids == ("sale", "meeting")
    assert tl.after(tl["meeting"]).ids == ("call", "expiry")
    assert tl.before(tl["call"], certainly=False).ids == ("sale", "meeting")
    assert tl.after(tl["call"], certainly=False).ids == ("expiry",)
    assert tl.after(tl["meeting"], certainly=False).ids == ("call", "expiry")
    # an undated event has no time, only constraints
    assert sample.before(sample["undated"]).ids == ()
    tl = sample.constrain("undated", "after", "expiry")
    assert tl.after(tl["expiry"]).ids == ("undated",)
    # ... and through the network the times of the others: it started after Feb. 5 began
    assert tl.before(tl["undated"]).ids == ("sale", "call", "meeting", "expiry")
    assert tl.after(tl["undated"], certainly=False).ids == ()
    assert tl.overlapping(tl["undated"]).ids == ("plan",)


def test_queries_with_an_outside_event(sample: Timeline) -> None:
    """An event that is not in the timeline is queried by its time alone."""
    outside = ev("visit", When.day(2026, 2, 6), "elsewhere")
    assert sample.before(outside).ids == ("sale", "call", "meeting", "expiry")
    with pytest.raises(TypeError):
        sample.before("2026-02-06")  # type: ignore[arg-type]


def test_overlapping_at_during_containing(sample: Timeline) -> None:
    """Window queries, possibly and certainly."""
    assert sample.overlapping(When.month(2026, 2)).ids == ("plan", "call", "meeting", "expiry")
    assert sample.overlapping(When.parse("2026-02-04T09:00"), certainly=True).ids == ("plan",)
    assert sample.at(pendulum.datetime(2026, 2, 4, 9)).ids == ("plan", "call", "meeting")
    assert sample.at(pendulum.datetime(2026, 2, 4, 9), certainly=True).ids == ("plan",)
    assert sample.during(When.month(2026, 2), certainly=True).ids == ("call", "meeting", "expiry")
    assert sample.during(sample["plan"], certainly=True).ids == ("call", "meeting", "expiry")
    assert sample.containing(sample["call"], certainly=True).ids == ("plan",)
    assert sample.overlapping(sample["call"]).ids == ("plan", "meeting")
    with pytest.raises(TypeError):
        sample.at(sample["call"])  # type: ignore[arg-type]


def test_overlapping_event_refined_by_constraints(sample: Timeline) -> None:
    """Two same-day events overlap possibly until a constraint orders them."""
    tl = sample.constrain("meeting", "before", "call")
    assert tl.overlapping(tl["call"]).ids == ("plan",)
    tl = sample.constrain("meeting", "equals", "call")
    assert tl.overlapping(tl["call"], certainly=True).ids == ("plan", "meeting")


def test_nearest(sample: Timeline) -> None:
    """nearest: overlapping first, then by distance; the event itself is left out."""
    assert [e.id for e in sample.nearest(When.day(2026, 2, 10), 2)] == ["plan", "expiry"]
    assert [e.id for e in sample.nearest(sample["expiry"], 2)] == ["plan", "call"]
    assert sample.nearest(sample["undated"]) == ()
    assert sample.nearest(FEB4, 0) == ()
    with pytest.raises(ValueError, match=">= 0"):
        sample.nearest(FEB4, -1)
    with pytest.raises(TypeError):
        sample.nearest(FEB4, True)


# -- context ---------------------------------------------------------------------------------------


def test_context(sample: Timeline) -> None:
    """context(): before/after windows, overlapping, shared participants, periods, sentences."""
    ctx = sample.context("call", before=dt.timedelta(days=10), after=pendulum.duration(days=1))
    assert isinstance(ctx, Context)
    assert ctx.event is sample["call"]
    assert ctx.before == ()  # the sale ended more than 10 days before
    assert [e.id for e in ctx.after] == ["expiry"]
    assert [e.id for e in ctx.overlapping] == ["plan", "meeting"]
    assert [e.id for e in ctx.shared_participants] == ["meeting", "undated"]
    assert [e.id for e in ctx.periods] == ["plan"]
    assert ctx.sentences == ()
    wide = sample.context("call", before=pendulum.duration(months=3))
    assert [e.id for e in wide.before] == ["sale"]
    with pytest.raises(ValueError, match="negative"):
        sample.context("call", before=dt.timedelta(days=-1))
    with pytest.raises(TypeError):
        sample.context("call", before=3)  # type: ignore[arg-type]


def test_context_of_undated_event_and_sentences() -> None:
    """An undated event's context comes from constraints; sentences from its mentions."""
    m = Mention(start=0, end=5, text="Trump", sentence="Trump said so.")
    said = ev("statement", None, "said", "Donald Trump", mentions=(m,))
    call = ev("call", FEB4, "call", "Donald Trump")
    tl = Timeline([said, call]).constrain("said", "after", "call")
    ctx = tl.context("said", before=pendulum.duration(days=1))
    assert ctx.before == (call,)
    assert ctx.sentences == ("Trump said so.",)
    assert ctx.periods == ()


# -- filters and merge -----------------------------------------------------------------------------


def test_filters(sample: Timeline) -> None:
    """of_kind, involving and where return timelines in chronological order."""
    assert sample.of_kind("call", KINDS.get("meeting")).ids == ("call", "meeting")
    with pytest.raises(UnknownKindError):
        sample.of_kind("cal")
    assert sample.involving("Trump").ids == ("call", "undated")
    assert sample.involving("Putin", "U.S.").ids == ("sale", "meeting")
    with pytest.raises(TypeError):
        sample.involving()
    assert sample.where(lambda e: e.when is None).ids == ("undated",)
    chained = sample.where(lambda e: e.when is not None).involving("Xi").of_kind("meeting")
    assert chained.ids == ("meeting",)


def test_filters_keep_constraints(sample: Timeline) -> None:
    """A filtered timeline keeps the network, so order facts between retained events hold."""
    a = ev("meeting", FEB4, "a")
    b = ev("visit", FEB4, "b")
    c = ev("call", FEB4, "c")
    tl = Timeline([a, b, c]).constrain("a", "before", "b").constrain("b", "before", "c")
    sub = tl.of_kind("meeting", "call")
    assert sub.relation("a", "c").certain is Allen.BEFORE
    assert [e.id for e in sub.order()] == ["a", "c"]
    assert sub.order().is_total


def test_merge_same_event_from_two_documents() -> None:
    """Same kind, compatible time, overlapping participants: one event, mentions united."""
    m1 = Mention(start=0, end=4, text="call", document="d1")
    m2 = Mention(start=9, end=13, text="call", document="d2")
    a = ev("call", FEB4, "a", "Xi Jinping", mentions=(m1,), confidence=0.5)
    b = ev("call", When.parse("2026-02-04T15:30"), "b", "Xi", "Donald Trump", mentions=(m2,),
           attributes={"mode": "phone"}, location="Beijing", confidence=0.9)
    other = ev("call", FEB5, "other", "Xi Jinping")
    merged = Timeline([a, other]).merge(Timeline([b]))
    assert merged.ids == ("a", "other")
    event = merged["a"]
    assert event.when == When.parse("2026-02-04T15:30")
    assert event.participant_names == ("Xi Jinping", "Donald Trump")
    assert event.mentions == (m1, m2)
    assert event.attributes == {"mode": "phone"}
    assert event.location == "Beijing"
    assert event.confidence == 0.9


def test_merge_keeps_distinct_events_apart() -> None:
    """Different kinds, times, participants or treaty names are not merged."""
    base = Timeline(
        [
            ev("treaty_expiry", FEB5, "s", attributes={"treaty": "New START"}),
            ev("call", FEB4, "c", "Xi Jinping"),
            ev("statement", None, "u", "Donald Trump"),
        ]
    )
    incoming = [
        ev("treaty_expiry", FEB5, "t", attributes={"treaty": "INF Treaty"}),
        ev("call", FEB4, "d", "Emmanuel Macron"),
        ev("meeting", FEB4, "m", "Xi Jinping"),
        ev("call", FEB5, "e", "Xi Jinping"),
        ev("statement", None, "v", "Trump"),
        ev("treaty_expiry", When.parse("2026-02-05/2026-02-06"), "w",
           attributes={"treaty": "New START"}),  # a two-day span is never one day
    ]
    merged = base.merge(incoming)
    assert sorted(merged.ids) == ["c", "d", "e", "m", "s", "t", "u", "w"]
    assert len(merged["u"].participants) == 1


def test_merge_renames_colliding_ids_and_carries_constraints() -> None:
    """An unmerged event whose id is taken gets a suffix; constraints follow the new ids."""
    left = Timeline([ev("call", FEB4, "E0", "Xi Jinping"), ev("visit", FEB4, "E1", "Putin")])
    right = Timeline(
        [ev("sanction", FEB4, "E0", "Japan"), ev("call", FEB4, "E9", "Xi Jinping")]
    ).constrain("E0", "before", "E9")
    merged = left.merge(right)
    assert sorted(merged.ids) == ["E0", "E0~2", "E1"]
    assert merged["E0~2"].kind == "sanction"
    # E9 merged into E0 (the call), so the constraint now reads E0~2 before E0
    assert merged.relation("E0~2", "E0").certain is Allen.BEFORE
    assert merged.merge(Timeline()) == merged


def test_merge_contradicting_constraints() -> None:
    """Constraints that contradict across documents raise ConstraintError."""
    a, b = ev("meeting", FEB4, "a"), ev("call", FEB4, "b")
    left = Timeline([a, b]).constrain("a", "before", "b")
    right = Timeline([a, b]).constrain("b", "before", "a")
    with pytest.raises(ConstraintError):
        left.merge(right)
