"""Tests for timeline.io.json: the lossless, versioned JSON schema."""

from __future__ import annotations

import json
from decimal import Decimal

import attrs
import pendulum
import pytest
from hypothesis import given

from timeline._strategies_events import events, timelines
from timeline.errors import ParseError
from timeline.events import Actor, ActorType, Event, Mention, Money
from timeline.io.json import (
    SCHEMA_NAME,
    SCHEMA_VERSION,
    dumps,
    event_from_json,
    event_to_json,
    from_json,
    instant_from_json,
    instant_to_json,
    loads,
    render_json,
    to_json,
    when_from_json,
    when_to_json,
)
from timeline.timeline import Timeline
from timeline.when import When


def _texts(tl: Timeline) -> list[str | None]:
    return [None if ev.when is None else ev.when.text for ev in tl]


def _zones(tl: Timeline) -> list[tuple[str | None, ...]]:
    return [
        ()
        if ev.when is None
        else tuple(
            None if b is None else b.timezone_name
            for b in (
                ev.when.earliest_start,
                ev.when.latest_start,
                ev.when.earliest_end,
                ev.when.latest_end,
            )
        )
        for ev in tl
    ]


@given(timelines(max_constraints=4))
def test_round_trip_generated_timelines(tl: Timeline) -> None:
    """Any generated timeline comes back equal, with its time texts and zones, through a string."""
    back = loads(dumps(tl))
    assert back == tl
    assert [ev.id for ev in back] == [ev.id for ev in tl]
    assert _texts(back) == _texts(tl)
    assert _zones(back) == _zones(tl)


@given(events())
def test_round_trip_generated_events(ev: Event) -> None:
    """Each generated event survives event_to_json -> json text -> event_from_json."""
    doc = json.loads(json.dumps(event_to_json(ev), allow_nan=False))
    assert event_from_json(doc) == ev


@pytest.mark.parametrize(
    "when",
    [
        When.day(2026, 2, 4),
        When.day(2026, 2, 4, tz="Asia/Shanghai"),
        When.parse("2026/2030"),
        When.parse("../2026-02-04"),
        When.parse("2025-11/.."),
        When.parse("2025-11~"),
        When.parse("[2026-01-10..2026-02-04]?"),
        When.parse("P1Y2M3DT4H5M6.5S"),
        When.parse("2026-02-04T15:30:00+05:30"),
        When.week(2025, 6),
        When.season(2025, "SU"),
        When.decade(199),
    ],
    ids=str,
)
def test_when_round_trip(when: When) -> None:
    """Every bound, the granularity, the flags and the text survive when_to_json."""
    when = when.with_text("some text")
    back = when_from_json(json.loads(json.dumps(when_to_json(when))))
    assert back == when
    assert back is not None
    assert back.text == "some text"
    assert back.granularity is when.granularity
    assert back.timezone == when.timezone


def test_instant_keeps_zone_and_microseconds() -> None:
    """Instants keep their IANA zone (RFC 9557 bracket) and microseconds."""
    dt = pendulum.datetime(2026, 2, 4, 9, 30, 1, 123456, tz="America/New_York")
    text = instant_to_json(dt)
    assert text == "2026-02-04T09:30:01.123456-05:00[America/New_York]"
    back = instant_from_json(text)
    assert back == dt
    assert back is not None
    assert back.timezone_name == "America/New_York"


def test_instant_errors() -> None:
    """Malformed instants raise ParseError naming the value."""
    with pytest.raises(ParseError, match="2026-02-04T09:30"):
        instant_from_json("2026-02-04T09:30")  # no offset
    with pytest.raises(ParseError, match="Mars/Olympus"):
        instant_from_json("2026-02-04T09:30:00+00:00[Mars/Olympus]")
    with pytest.raises(ParseError):
        instant_from_json(42)  # type: ignore[arg-type]


def test_typed_attributes_round_trip() -> None:
    """Money, Decimal, int, float (also infinite), bool and str attributes keep their types."""
    ev = Event(
        kind="arms_sale",
        when=When.month(2025, 11),
        participants=(Actor("United States", type=ActorType.COUNTRY), Actor("Taiwan")),
        attributes={
            "amount": Money(Decimal("11.1e9"), "USD"),
            "share": Decimal("0.43"),
            "units": 3,
            "ratio": 2.0,
            "cap": float("inf"),
            "secret": False,
            "buyer": "Taiwan",
        },
    )
    text = dumps(Timeline([ev]))
    assert "Infinity" not in text  # strict JSON
    back = next(iter(loads(text)))
    assert back == ev
    for key, value in ev.attributes.items():
        assert type(back.attributes[key]) is type(value), key


def test_actors_and_mentions_round_trip() -> None:
    """Actor types and aliases, and every mention field, are kept."""
    ev = Event(
        kind="meeting",
        when=When.day(2026, 2, 4),
        participants=(
            Actor("Xi Jinping", type=ActorType.PERSON, aliases=frozenset({"Xi", "President Xi"})),
        ),
        mentions=(
            Mention(
                start=10,
                end=17,
                text="meeting",
                document="doc-1",
                sentence="Xi held a meeting.",
                sentence_span=(0, 18),
            ),
        ),
        confidence=0.75,
        location="Beijing",
    )
    back = event_from_json(json.loads(json.dumps(event_to_json(ev))))
    assert back == ev
    assert back.participants[0].aliases == frozenset({"Xi", "President Xi"})
    assert back.mentions[0].sentence_span == (0, 18)


def test_document_is_superset_of_evaluation_contract() -> None:
    """Each event has the evaluation JSON fields (DESIGN section 7) with their plain types."""
    ev = Event(
        kind="call",
        when=When.day(2026, 2, 4),
        participants=("Xi Jinping", "Donald Trump"),
        mentions=(Mention(start=5, end=9, text="call"),),
        attributes={"mode": "phone"},
    )
    doc = json.loads(dumps(Timeline([ev])))
    assert doc["schema"] == SCHEMA_NAME
    assert doc["version"] == SCHEMA_VERSION
    event = doc["events"][0]
    assert event["kind"] == "call"
    assert event["when"] == "2026-02-04"
    assert event["participants"] == ["Xi Jinping", "Donald Trump"]
    assert event["location"] is None
    assert event["mentions"][0]["start"] == 5
    assert event["mentions"][0]["end"] == 9
    assert event["attributes"] == {"mode": "phone"}
    assert doc["relations"] == []


def test_reads_plain_evaluation_json() -> None:
    """A document with only the evaluation fields (no "time", no "actors") is read too."""
    doc = {
        "events": [
            {
                "kind": "period",
                "when": "2026/2030",
                "participants": ["China"],
                "location": None,
                "mentions": [{"start": 0, "end": 4}],
                "attributes": {"name": "15th Five-Year Plan"},
            }
        ]
    }
    (ev,) = tuple(from_json(doc))
    assert ev.when == When.parse("2026/2030")
    assert ev.participant_names == ("China",)
    assert ev.mentions[0].span == (0, 4)


def test_newer_version_is_a_clear_error() -> None:
    """A document from a newer library version says to upgrade."""
    with pytest.raises(ParseError, match=r"version 2 is newer.*upgrade news-timeline"):
        from_json({"schema": SCHEMA_NAME, "version": SCHEMA_VERSION + 1, "events": []})


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"schema": "other", "version": 1}, "not a timeline document"),
        ({"schema": SCHEMA_NAME, "version": "1"}, "invalid schema version"),
        ({"schema": SCHEMA_NAME, "version": 0}, "invalid schema version"),
        ({"events": {}}, "'events' must be a list"),
        ({"events": [{"when": "2026"}]}, "with a kind"),
        ({"events": [{"kind": "call", "time": {"granularity": "fortnight"}}]}, "granularity"),
        ({"events": [{"kind": "call", "attributes": {"a": {"type": "blob"}}}]}, "blob"),
        ({"events": [{"kind": "call", "attributes": {"a": [1]}}]}, "lists"),
        ({"events": [{"kind": "call", "actors": [{"type": "person"}]}]}, "with a name"),
        ({"events": [{"kind": "call", "mentions": [{"start": 1}]}]}, "malformed mention"),
        ([], "must be a JSON object"),
    ],
)
def test_malformed_documents(doc: object, message: str) -> None:
    """Malformed documents raise ParseError (a ValueError) that says what is wrong."""
    with pytest.raises(ParseError, match=message):
        from_json(doc)  # type: ignore[arg-type]


def test_loads_rejects_non_json() -> None:
    """Text that is not JSON raises ParseError."""
    with pytest.raises(ParseError, match="not valid JSON"):
        loads("{")


def test_encoders_cover_every_field() -> None:
    """A new field on When, Event, Actor or Mention must join the JSON schema (this fails)."""
    when_doc = when_to_json(When.day(2026, 2, 4))
    assert when_doc is not None
    assert {f.name for f in attrs.fields(When)} == set(when_doc)
    ev_doc = event_to_json(Event(kind="call"))
    renamed = {"when": "time", "participants": "actors"}
    for field in attrs.fields(Event):
        assert renamed.get(field.name, field.name) in ev_doc, field.name
    actor_doc = event_to_json(Event(kind="call", participants=("X",)))["actors"][0]
    assert {f.name for f in attrs.fields(Actor)} <= set(actor_doc)
    mention = Mention(start=0, end=1, text="x")
    mention_doc = event_to_json(Event(kind="call", mentions=(mention,)))["mentions"][0]
    assert {f.name for f in attrs.fields(Mention)} == set(mention_doc)


def test_render_json_is_dumps_with_newline() -> None:
    """The CLI writer is the indented document plus a final newline."""
    tl = Timeline([Event(kind="election", when=When.year(2024))])
    assert render_json(tl) == dumps(tl) + "\n"
    assert json.loads(render_json(tl)) == to_json(tl)


def test_accepts_iterables_of_events() -> None:
    """to_json takes a plain list of events as well as a Timeline."""
    ev = Event(kind="statement", when=When.day(2026, 2, 4))
    assert from_json(to_json([ev])) == Timeline([ev])


def test_extraction_document_has_timexes_and_relations() -> None:
    """Written from an extraction, the document adds timexes and text-stated relations."""
    from timeline.cli import demo_text
    from timeline.extraction.pipeline import extract

    extraction = extract(demo_text(), published="2026-02-05")
    doc = json.loads(render_json(extraction))
    assert len(doc["timexes"]) == len(extraction.timexes)
    for timex in doc["timexes"]:
        assert {"start", "end", "text", "value"} <= set(timex)
        assert demo_text()[timex["start"] : timex["end"]] == timex["text"]
    n = len(doc["events"])
    for rel in doc["relations"]:
        assert 0 <= rel["a"] < n
        assert 0 <= rel["b"] < n
        assert isinstance(rel["relation"], str)
    assert loads(json.dumps(doc)) == extraction.timeline


def test_constraints_and_anchors_round_trip() -> None:
    """Stated constraints (with gaps) and the anchored event times come back, in order."""
    import datetime as dt

    meeting = Event(kind="meeting", when=When.day(2026, 2, 4))
    call = Event(kind="call", when=When.day(2026, 2, 4))
    expiry = Event(kind="treaty_expiry", when=When.day(2026, 2, 5))
    tl = (
        Timeline([meeting, call, expiry])
        .constrain(meeting, "before", call, gap=(dt.timedelta(hours=1), dt.timedelta(hours=23)))
        .constrain(meeting, "before", expiry)
    )
    doc = to_json(tl)
    assert doc["constraints"][0] == {
        "a": meeting.id,
        "relation": "before",
        "b": call.id,
        "min_gap_us": 3_600_000_000,
        "max_gap_us": 82_800_000_000,
    }
    ids = [ev.id for ev in tl]
    assert {"a": ids.index(meeting.id), "b": ids.index(call.id), "relation": "before"} in doc[
        "relations"
    ]
    back = loads(dumps(tl))
    assert back == tl
    assert back.constraints.constraints == tl.constraints.constraints
    assert back.constraints.anchors == tl.constraints.anchors
    assert back.relation(meeting, call).certain is not None
