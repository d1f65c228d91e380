"""Tests for timeline.io.ical: the .ics is read back with the icalendar package."""

from __future__ import annotations

import datetime as dt

import icalendar
import pendulum
import pytest
from hypothesis import given

from timeline._strategies_events import timelines
from timeline.errors import ParseError
from timeline.events import Event, Mention
from timeline.io.ical import read_ics, render_ics, to_ics
from timeline.timeline import Timeline
from timeline.when import Granularity, When


def vevents(ics: str) -> list[icalendar.Event]:
    """The VEVENTs of an .ics text, parsed by icalendar."""
    cal = icalendar.Calendar.from_ical(ics)
    return list(cal.walk("VEVENT"))


def test_day_events_are_all_day_and_keep_their_day() -> None:
    """A day becomes an all-day event on that day, whatever the zone."""
    tl = Timeline(
        [
            Event(kind="meeting", when=When.day(2026, 2, 4, tz="Asia/Shanghai")),
            Event(kind="treaty_expiry", when=When.day(2026, 2, 5, tz="America/Los_Angeles")),
        ]
    )
    events = vevents(to_ics(tl))
    starts = sorted(e.decoded("DTSTART") for e in events)
    ends = sorted(e.decoded("DTEND") for e in events)
    assert starts == [dt.date(2026, 2, 4), dt.date(2026, 2, 5)]
    assert ends == [dt.date(2026, 2, 5), dt.date(2026, 2, 6)]
    assert all(type(s) is dt.date for s in starts)


def test_coarse_and_fine_times() -> None:
    """Months span their days; hours are UTC date-times; spans use the outer bounds."""
    tl = Timeline(
        [
            Event(kind="arms_sale", when=When.month(2025, 11)),
            Event(kind="call", when=When.parse("2026-02-04T15:30+08:00")),
            Event(kind="period", when=When.parse("2026/2030")),
        ]
    )
    by_kind = {str(e["X-TIMELINE-KIND"]): e for e in vevents(to_ics(tl))}
    sale = by_kind["arms_sale"]
    assert sale.decoded("DTSTART") == dt.date(2025, 11, 1)
    assert sale.decoded("DTEND") == dt.date(2025, 12, 1)
    assert str(sale["STATUS"]) == "TENTATIVE"  # somewhere within November
    call = by_kind["call"]
    assert call.decoded("DTSTART") == dt.datetime(2026, 2, 4, 7, 30, tzinfo=dt.UTC)
    assert call.decoded("DTEND") == dt.datetime(2026, 2, 4, 7, 31, tzinfo=dt.UTC)
    plan = by_kind["period"]
    assert plan.decoded("DTSTART") == dt.date(2026, 1, 1)
    assert plan.decoded("DTEND") == dt.date(2031, 1, 1)
    assert str(plan["STATUS"]) == "CONFIRMED"


@given(timelines())
def test_generated_timelines_parse_and_keep_days(tl: Timeline) -> None:
    """Every dated event is one VEVENT; day-or-coarser times start on their first local day."""
    events = vevents(to_ics(tl))
    placeable = [ev for ev in tl if ev.when is not None and not ev.when.is_duration]
    assert len(events) == len(placeable)
    by_uid = {str(e["UID"]): e for e in events}
    for ev in placeable:
        vevent = by_uid[f"{ev.id}@news-timeline"]
        assert ev.when is not None
        first = next(
            b
            for b in (
                ev.when.earliest_start,
                ev.when.latest_start,
                ev.when.earliest_end,
                ev.when.latest_end,
            )
            if b is not None
        )
        start = vevent.decoded("DTSTART")
        if ev.when.granularity >= Granularity.DAY:
            assert start == first.date()
        else:
            assert start == first.in_timezone("UTC")
        assert vevent.decoded("DTEND") > start


def test_text_is_escaped_and_folded() -> None:
    """Commas, semicolons, newlines and long non-ASCII text survive; lines are <= 75 octets."""
    sentence = "Xi, Putin; and Trump\nspoke — " + "日本語テキスト" * 20
    ev = Event(
        kind="call",
        when=When.day(2026, 2, 4),
        participants=("Xi Jinping", "Donald Trump"),
        location="Beijing, China",
        mentions=(Mention(start=0, end=2, text="Xi", sentence=sentence),),
    )
    ics = to_ics(Timeline([ev]), name="Diplomacy")
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))
    assert ics.endswith("END:VCALENDAR\r\n")
    (vevent,) = vevents(ics)
    assert str(vevent["LOCATION"]) == "Beijing, China"
    assert sentence in str(vevent["DESCRIPTION"])
    assert str(vevent["SUMMARY"]) == "call: Xi Jinping, Donald Trump"


def test_deterministic_dtstamp() -> None:
    """The same timeline always gives the same file; a DTSTAMP can be given."""
    tl = Timeline([Event(kind="call", when=When.day(2026, 2, 4))])
    assert to_ics(tl) == to_ics(tl)
    stamp = pendulum.datetime(2026, 2, 5, 12, tz="UTC")
    (vevent,) = vevents(to_ics(tl, dtstamp=stamp))
    assert vevent.decoded("DTSTAMP") == dt.datetime(2026, 2, 5, 12, tzinfo=dt.UTC)


def test_undated_events_are_left_out() -> None:
    """Events without a position in time cannot be placed on a calendar."""
    tl = Timeline([Event(kind="statement"), Event(kind="visit", when=When.parse("P3D"))])
    assert vevents(to_ics(tl)) == []
    assert render_ics(tl) == to_ics(tl)


def test_read_back_our_own_file() -> None:
    """read_ics restores kind, time value, participants, place and id."""
    tl = Timeline(
        [
            Event(
                kind="meeting",
                when=When.day(2026, 2, 4),
                participants=("Xi Jinping", "A, B"),
                location="Beijing",
            ),
            Event(kind="period", when=When.parse("2026/2030")),
            Event(kind="arms_sale", when=When.month(2025, 11)),
        ]
    )
    back = read_ics(to_ics(tl))
    assert [(e.id, e.kind, e.when, e.participant_names, e.location) for e in back] == [
        (e.id, e.kind, e.when, e.participant_names, e.location) for e in tl
    ]


def test_read_foreign_calendar() -> None:
    """A calendar from elsewhere: all-day and timed events become meetings at their dates."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//test//EN")
    cal.add("version", "2.0")
    day = icalendar.Event()
    day.add("summary", "Summit")
    day.add("dtstart", dt.date(2026, 3, 1))
    day.add("dtend", dt.date(2026, 3, 3))
    day.add("categories", ["summit"])
    cal.add_component(day)
    timed = icalendar.Event()
    timed.add("summary", "Call")
    timed.add("dtstart", dt.datetime(2026, 3, 5, 9, 0, tzinfo=dt.UTC))
    cal.add_component(timed)
    back = list(read_ics(cal.to_ical().decode()))
    assert [(e.kind, str(e.when)) for e in back] == [
        ("summit", "2026-03-01/2026-03-02"),
        ("meeting", str(When.instant(pendulum.datetime(2026, 3, 5, 9)))),
    ]


def test_read_rejects_non_calendars() -> None:
    """Text that is not a VCALENDAR raises ParseError."""
    with pytest.raises(ParseError, match="BEGIN:VCALENDAR"):
        read_ics("hello")
