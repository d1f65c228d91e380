"""Tests for timeline.io.timelinejs: TimelineJS 3 slides at the right precision."""

from __future__ import annotations

import json

import pytest
from hypothesis import given

from timeline._strategies_events import timelines
from timeline.events import Event, Mention
from timeline.io.timelinejs import render_timelinejs, to_timelinejs
from timeline.timeline import Timeline
from timeline.when import When

DATE_FIELDS = ("year", "month", "day", "hour", "minute", "second", "millisecond", "display_date")


@pytest.mark.parametrize(
    ("when", "start", "end"),
    [
        (When.year(2025), {"year": 2025}, None),
        (When.month(2025, 11), {"year": 2025, "month": 11}, None),
        (When.day(2026, 2, 4), {"year": 2026, "month": 2, "day": 4}, None),
        (When.parse("2026-02-04T15"), {"year": 2026, "month": 2, "day": 4, "hour": 15}, None),
        (
            When.parse("2026-02-04T15:30"),
            {"year": 2026, "month": 2, "day": 4, "hour": 15, "minute": 30},
            None,
        ),
        (When.quarter(2025, 4), {"year": 2025, "month": 10}, {"year": 2025, "month": 12}),
        (
            When.week(2025, 6),
            {"year": 2025, "month": 2, "day": 3},
            {"year": 2025, "month": 2, "day": 9},
        ),
        (When.decade(199), {"year": 1990}, {"year": 1999}),
        (When.parse("2026/2030"), {"year": 2026}, {"year": 2030}),
        (
            When.parse("2026-02-04/2026-02-06"),
            {"year": 2026, "month": 2, "day": 4},
            {"year": 2026, "month": 2, "day": 6},
        ),
    ],
    ids=lambda v: str(v) if isinstance(v, When) else "",
)
def test_dates_at_the_right_precision(
    when: When, start: dict[str, int], end: dict[str, int] | None
) -> None:
    """start_date and end_date carry the fields down to the time's granularity, no finer."""
    (slide,) = to_timelinejs(Timeline([Event(kind="meeting", when=when)]))["events"]
    got_start = dict(slide["start_date"])
    assert got_start.pop("display_date") == str(when)
    assert got_start == start
    assert slide.get("end_date") == end


def test_slide_text_group_and_id() -> None:
    """Headline, HTML text with the sentence, group and unique_id are filled in."""
    ev = Event(
        kind="arms_sale",
        when=When.month(2025, 11),
        participants=("United States", "Taiwan"),
        attributes={"treaty": "<none>"},
        mentions=(Mention(start=0, end=4, text="sale", sentence="An $11.1 billion arms sale."),),
    )
    doc = to_timelinejs(Timeline([ev]), title="Taiwan")
    (slide,) = doc["events"]
    assert slide["text"]["headline"] == "arms sale: <none> (United States, Taiwan)"
    assert "<blockquote>An $11.1 billion arms sale.</blockquote>" in slide["text"]["text"]
    assert "&lt;none&gt;" in slide["text"]["text"]
    assert slide["group"] == "arms sale"
    assert slide["unique_id"] == ev.id
    assert doc["title"]["text"]["headline"] == "Taiwan"
    by_participant = to_timelinejs(Timeline([ev]), group="participant")["events"][0]
    assert by_participant["group"] == "United States"
    assert "group" not in to_timelinejs(Timeline([ev]), group="none")["events"][0]
    assert to_timelinejs(Timeline([ev]), group=lambda e: e.id)["events"][0]["group"] == ev.id
    with pytest.raises(ValueError, match="invalid group"):
        to_timelinejs(Timeline([ev]), group="colour")


def test_periods_become_eras() -> None:
    """Durative periods are also written as eras; undated events are left out."""
    tl = Timeline(
        [
            Event(
                kind="period",
                when=When.parse("2026/2030"),
                attributes={"name": "15th Five-Year Plan"},
            ),
            Event(kind="statement"),
        ]
    )
    doc = to_timelinejs(tl)
    assert len(doc["events"]) == 1
    (era,) = doc["eras"]
    assert era["start_date"]["year"] == 2026
    assert era["end_date"]["year"] == 2030
    assert "eras" not in to_timelinejs(tl, eras=False)


def test_open_ends() -> None:
    """An open start uses the end bound; an open end has no end_date."""
    (before,) = to_timelinejs(Timeline([Event(kind="period", when=When.parse("../2026-02-04"))]))[
        "events"
    ]
    assert before["start_date"]["day"] == 4
    (after,) = to_timelinejs(Timeline([Event(kind="period", when=When.parse("2025-11/.."))]))[
        "events"
    ]
    assert after["start_date"]["month"] == 11
    assert "end_date" not in after


@given(timelines())
def test_generated_timelines_are_valid_slides(tl: Timeline) -> None:
    """Every placeable event is a slide with integer date fields and a JSON round trip."""
    doc = json.loads(render_timelinejs(tl))
    placeable = [ev for ev in tl if ev.when is not None and not ev.when.is_duration]
    assert len(doc["events"]) == len(placeable)
    for slide in doc["events"]:
        for key in ("start_date", "end_date"):
            if key in slide:
                assert set(slide[key]) <= set(DATE_FIELDS)
                assert isinstance(slide[key]["year"], int)
        assert slide["text"]["headline"]
    # chronological: start dates never go backwards
    keys = [
        tuple(s["start_date"].get(f, 0) for f in DATE_FIELDS[:6])
        for s in doc["events"]
        if "earliest" not in s
    ]
    assert len(keys) == len(doc["events"])


@given(timelines())
def test_read_back_our_own_slides(tl: Timeline) -> None:
    """Slides we write come back with their kinds, times and ids."""
    from timeline.io.timelinejs import read_timelinejs

    placeable = [ev for ev in tl if ev.when is not None and not ev.when.is_duration]
    back = read_timelinejs(render_timelinejs(tl))
    assert sorted((e.id, e.kind, str(e.when)) for e in back) == sorted(
        (e.id, e.kind, str(e.when)) for e in placeable
    )


def test_read_foreign_slides() -> None:
    """Slides from elsewhere are timed at the precision of their date objects."""
    from timeline.errors import ParseError
    from timeline.io.timelinejs import read_timelinejs

    doc = {
        "events": [
            {"start_date": {"year": 2024}, "group": "election"},
            {"start_date": {"year": 2024, "month": 3, "day": 5, "hour": 9, "minute": 30}},
            {
                "start_date": {"year": "2024", "month": "6"},
                "end_date": {"year": "2024", "month": "8"},
            },
            {"text": {"headline": "no date"}},
        ]
    }
    back = read_timelinejs(doc, tz="Europe/Paris", default_kind="statement")
    assert [(e.kind, str(e.when)) for e in back] == [
        ("election", "2024"),
        ("statement", "2024-03-05T09:30"),
        ("statement", "2024-06/2024-08"),
    ]
    assert back[1].when is not None
    assert back[1].when.timezone == "Europe/Paris"
    with pytest.raises(ParseError, match="without a year"):
        read_timelinejs({"events": [{"start_date": {"month": 3}}]})
    with pytest.raises(ParseError, match="not valid JSON"):
        read_timelinejs("{")
