"""Tests for timeline.io.timeml: inline TIMEX3/EVENT XML that our reader reads back equal."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.errors import InputError, ParseError
from timeline.events import Event, Mention
from timeline.io.timeml import (
    EventTag,
    TimeMLDocument,
    Timex3,
    TLink,
    read_timeml,
    render_timeml,
    timeml_document,
    to_timeml,
)
from timeline.relations import OrderNetwork
from timeline.timeline import Timeline
from timeline.when import When

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
TEXT = (
    "Xi held a virtual meeting with Putin on Feb. 4 & hours later spoke by phone with Trump. "
    'The New START treaty expires on Feb. 5 ("a <milestone>").'
)


@attrs.frozen
class FakeTimex:
    """A stand-in for an extraction's time expression."""

    start: int
    end: int
    text: str
    value: str
    type: str = "DATE"


@attrs.frozen
class FakeExtraction:
    """A stand-in for an extraction result: text, timexes, timeline, publication date."""

    text: str
    timexes: tuple[FakeTimex, ...]
    timeline: Timeline
    published: str | None = None


def span(text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
    """Offsets of the n-th occurrence of needle in text."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def seed_extraction() -> FakeExtraction:
    """Two sentences with timexes, events (one mentioned twice) and an order constraint."""

    def mention(needle: str) -> Mention:
        s, e = span(TEXT, needle)
        return Mention(start=s, end=e, text=needle)

    meeting = Event(kind="meeting", when=When.day(2026, 2, 4), mentions=(mention("meeting"),))
    call = Event(
        kind="call",
        when=When.day(2026, 2, 4),
        mentions=(mention("spoke by phone"), mention("phone")),
    )
    expiry = Event(kind="treaty_expiry", when=When.day(2026, 2, 5), mentions=(mention("expires"),))
    network = OrderNetwork().add(meeting.id, "before", call.id)
    tl = Timeline([meeting, call, expiry], constraints=network)
    timexes = tuple(
        FakeTimex(*span(TEXT, t), t, v)
        for t, v in (
            ("Feb. 4", "2026-02-04"),
            ("hours later", "2026-02-04"),
            ("Feb. 5", "2026-02-05"),
        )
    )
    return FakeExtraction(TEXT, timexes, tl, "2026-02-05")


def test_output_is_well_formed_timeml() -> None:
    """The XML parses; TEXT's plain text is the source text; tags and links are there."""
    xml = to_timeml(seed_extraction())
    root = ET.fromstring(xml)
    assert root.tag == "TimeML"
    text = root.find("TEXT")
    assert text is not None
    assert "".join(text.itertext()) == TEXT
    assert [t.get("value") for t in text.iter("TIMEX3")] == [
        "2026-02-04",
        "2026-02-04",
        "2026-02-05",
    ]
    assert next(e.text for e in text.iter("EVENT")) == "meeting"
    dct = root.find("DCT/TIMEX3")
    assert dct is not None
    assert dct.get("functionInDocument") == "CREATION_TIME"
    assert len(root.findall("MAKEINSTANCE")) == 4
    rel_types = sorted(link.get("relType") or "" for link in root.iter("TLINK"))
    assert rel_types == ["BEFORE", "IS_INCLUDED", "IS_INCLUDED", "IS_INCLUDED"]


def test_reads_back_equal() -> None:
    """read_timeml(to_timeml(x)) equals the document built from x: tags, links, text, DCT."""
    extraction = seed_extraction()
    doc = timeml_document(extraction)
    assert read_timeml(to_timeml(extraction)) == doc
    assert [(e.text, e.kind) for e in doc.events] == [
        ("meeting", "meeting"),
        ("spoke by phone", "call"),
        ("phone", "call"),
        ("expires", "treaty_expiry"),
    ]
    call_id = next(iter(extraction.timeline.of_kind("call"))).id
    assert {e.event_id for e in doc.events if e.kind == "call"} == {call_id}
    assert TLink(lid="l4", relation="BEFORE", source="e1", target="e2") in doc.links
    assert render_timeml(extraction) == to_timeml(extraction) + "\n"


def test_nesting_and_crossing_spans() -> None:
    """Nested spans nest in the XML; a span crossing an earlier one is left out."""
    text = "the day before yesterday"
    doc = TimeMLDocument(
        text=text,
        timexes=(
            Timex3(tid="t1", start=0, end=24, text=text, value="2026-02-03"),
            Timex3(tid="t2", start=15, end=24, text="yesterday", value="2026-02-04"),
        ),
        events=(EventTag(eid="e1", start=4, end=7, text="day", kind="period"),),
    )
    xml = doc.to_xml()
    assert '<TIMEX3 tid="t1" type="DATE" value="2026-02-03">the <EVENT' in xml
    assert read_timeml(xml) == doc
    crossing = attrs.evolve(
        doc, events=(EventTag(eid="e1", start=10, end=18, text="fore yes", kind="period"),)
    )
    back = read_timeml(crossing.to_xml())  # "yesterday" starts inside "fore yes", ends outside
    assert back.events == crossing.events
    assert back.timexes == crossing.timexes[:1]


def test_timeline_needs_text() -> None:
    """A bare Timeline has no text to annotate: the error says what to pass."""
    with pytest.raises(InputError, match="text="):
        to_timeml(Timeline())


def test_mentions_from_other_texts_are_skipped() -> None:
    """Mentions whose text does not match the document (merged timelines) are not tagged."""
    ev = Event(kind="call", mentions=(Mention(start=0, end=4, text="call", document="other"),))
    doc = timeml_document(Timeline([ev]), text="Xi spoke.")
    assert doc.events == ()
    doc = timeml_document(Timeline([ev]), text="call me", document="this")
    assert doc.events == ()


def test_reads_timebank_style_files() -> None:
    """A TimeBank-style document (no tl: attributes, MAKEINSTANCE ids) is read."""
    xml = (
        '<?xml version="1.0" ?><TimeML><DOCID>X</DOCID>'
        '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" '
        'functionInDocument="CREATION_TIME">01/08/1998</TIMEX3></DCT>'
        '<TEXT>Prices <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> '
        '<TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.</TEXT>'
        '<MAKEINSTANCE eventID="e1" eiid="ei9" tense="PAST" aspect="NONE" polarity="POS" '
        'pos="VERB"/>'
        '<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei9" relatedToTime="t1"/>'
        "</TimeML>"
    )
    doc = read_timeml(xml)
    assert doc.text == "Prices fell yesterday."
    assert doc.dct == "1998-01-08"
    assert doc.events == (EventTag(eid="e1", start=7, end=11, text="fell"),)
    assert doc.links == (TLink(lid="l1", relation="IS_INCLUDED", source="e1", target="t1"),)


def test_read_errors() -> None:
    """Malformed XML and documents without TEXT raise ParseError."""
    with pytest.raises(ParseError, match="not well-formed"):
        read_timeml("<TimeML><TEXT>x</TimeML>")
    with pytest.raises(ParseError, match="no TEXT"):
        read_timeml("<TimeML/>")


@st.composite
def annotated_texts(draw: st.DrawFn) -> TimeMLDocument:
    """Random text (with XML-special characters) and random properly nested tags."""
    text = draw(st.text(alphabet=st.sampled_from("ab <>&\"'\n—é"), min_size=1, max_size=60))
    spans = draw(
        st.lists(
            st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(sorted),
            max_size=8,
        )
    )
    timexes, events = [], []
    for i, (s, e) in enumerate(spans):
        if s == e:
            continue
        if draw(st.booleans()):
            timexes.append(Timex3(tid=f"t{i}", start=s, end=e, text=text[s:e], value="2026"))
        else:
            events.append(EventTag(eid=f"e{i}", start=s, end=e, text=text[s:e], kind="call"))
    # keep only nestable tags, as timeml_document does
    from timeline.io.timeml import _nestable

    kept = {id(t) for _, _, t in _nestable([(t.start, t.end, t) for t in timexes + events])}
    key = lambda t: (t.start, -t.end)  # noqa: E731
    return TimeMLDocument(
        text=text,
        timexes=sorted((t for t in timexes if id(t) in kept), key=key),
        events=sorted((e for e in events if id(e) in kept), key=key),
    )


@given(annotated_texts())
def test_round_trip_random_annotations(doc: TimeMLDocument) -> None:
    """Any text with nested tags is well-formed XML and reads back equal."""
    xml = doc.to_xml()
    ET.fromstring(xml)
    back = read_timeml(xml)
    assert back.text == doc.text
    assert sorted(back.timexes, key=lambda t: t.tid) == sorted(doc.timexes, key=lambda t: t.tid)
    assert sorted(back.events, key=lambda t: t.eid) == sorted(doc.events, key=lambda t: t.eid)


def test_tbaq_gold_round_trips() -> None:
    """The gold time expressions of the TBAQ corpus, written as TimeML, read back equal."""
    folder = SHARED / "eval" / "tbaq"
    if not folder.is_dir():
        pytest.skip(f"shared corpus not found at {folder}")
    count = 0
    for gold_path in sorted(folder.glob("*.gold.json"))[:60]:
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(
            encoding="utf-8"
        )
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        timexes = [
            FakeTimex(
                t["start"], t["end"], t["text"], t.get("value") or "", t.get("type") or "DATE"
            )
            for t in gold["timexes"]
        ]
        doc = timeml_document(Timeline(), text=text, timexes=timexes, dct=gold.get("published"))
        assert (
            read_timeml(
                to_timeml(Timeline(), text=text, timexes=timexes, dct=gold.get("published"))
            )
            == doc
        )
        count += len(doc.timexes)
    assert count > 500


def test_real_extraction_round_trips() -> None:
    """The bundled article's extraction is written as TimeML and reads back equal."""
    from timeline.cli import demo_text
    from timeline.extraction.pipeline import extract

    extraction = extract(demo_text(), published="2026-02-05")
    xml = to_timeml(extraction)
    root = ET.fromstring(xml)
    text = root.find("TEXT")
    assert text is not None
    assert "".join(text.itertext()) == demo_text()
    doc = read_timeml(xml)
    assert doc == timeml_document(extraction)
    assert doc.dct == "2026-02-05"
    assert len(doc.timexes) >= len(extraction.timexes) - 1  # at most one crossing span dropped
    assert {e.kind for e in doc.events} >= {"meeting", "call"}
