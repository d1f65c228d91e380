"""iCalendar (RFC 5545) output: one ``VEVENT`` per dated event.

The writer is our own (no dependency); calendars and the ``icalendar`` package read it.

* Times of a day or coarser (day, week, month, quarter, season, year, ...) become all-day
  events: ``DTSTART;VALUE=DATE`` and an exclusive ``DTEND;VALUE=DATE``, taken from the bounds in
  the time's own zone, so ``When.day(2026, 2, 4)`` stays on Feb. 4 wherever the calendar is.
* Finer times (hours, minutes, parts of the day) become ``DATE-TIME`` values in UTC.
* ``DTSTART``/``DTEND`` span the outer bounds (earliest start to latest end). An event that
  happens *somewhere* in that span is marked ``STATUS:TENTATIVE``; the exact TIMEX3 value is kept
  in ``X-TIMELINE-WHEN``, the kind in ``CATEGORIES`` and ``X-TIMELINE-KIND``, participants in
  ``X-TIMELINE-PARTICIPANTS``, so :func:`read_ics` can read the calendar back.
* Events without a time (or with no bound at all) cannot be placed on a calendar and are left
  out.

Examples:
    >>> from timeline.timeline import Timeline
    >>> from timeline.events import Event, Actor
    >>> from timeline.when import When
    >>> tl = Timeline([Event(kind="call", when=When.day(2026, 2, 4),
    ...                      participants=(Actor("Xi Jinping"), Actor("Donald Trump")))])
    >>> ics = to_ics(tl)
    >>> "DTSTART;VALUE=DATE:20260204" in ics and "DTEND;VALUE=DATE:20260205" in ics
    True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from timeline.io._common import as_timeline, first_sentence, headline, participant_names

if TYPE_CHECKING:
    import pendulum

    from timeline.events import Event
    from timeline.timeline import Timeline
    from timeline.when import When

__all__ = ["read_ics", "render_ics", "to_ics"]

_PRODID = "-//news-timeline//timeline//EN"
_FINE = frozenset({"SECOND", "MINUTE", "HOUR", "PART_OF_DAY"})


def _escape(text: str) -> str:
    """Escape a TEXT value (RFC 5545 section 3.3.11)."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _unescape(text: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    current = ""
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)


def _utc(dt: pendulum.DateTime) -> str:
    return dt.in_timezone("UTC").strftime("%Y%m%dT%H%M%SZ")


def _day(dt: pendulum.DateTime, *, ceil: bool = False) -> pendulum.Date:
    day = dt.date()
    if ceil and (dt.hour or dt.minute or dt.second or dt.microsecond):
        day = day.add(days=1)
    return day


def _span(when: When) -> tuple[pendulum.DateTime, pendulum.DateTime] | None:
    starts = [when.earliest_start, when.latest_start, when.earliest_end, when.latest_end]
    finite = [dt for dt in starts if dt is not None]
    if not finite:
        return None
    return finite[0], finite[-1]


def _dates(when: When) -> list[str]:
    span = _span(when)
    assert span is not None
    start, end = span
    if when.granularity.name in _FINE:
        if end <= start:
            end = start.add(hours=1)
        return [f"DTSTART:{_utc(start)}", f"DTEND:{_utc(end)}"]
    first = _day(start)
    last = _day(end, ceil=True)
    if last <= first:
        last = first.add(days=1)
    return [
        f"DTSTART;VALUE=DATE:{first.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{last.strftime('%Y%m%d')}",
    ]


def _description(event: Event) -> str:
    assert event.when is not None
    parts = [f"{event.kind.replace('_', ' ')}, {event.when}"]
    if event.when.is_open:
        parts[0] += " (open-ended: only one end is known; the calendar shows that end)"
    elif not event.when.durative and not event.when.is_crisp:
        parts[0] += " (happens at some time within these dates)"
    names = participant_names(event)
    if names:
        parts.append("Participants: " + ", ".join(names))
    for key, value in sorted(event.attributes.items()):
        parts.append(f"{key}: {value}")
    sentence = first_sentence(event)
    if sentence:
        parts.append(f"Source: {sentence}")
    return "\n".join(parts)


def _vevent(event: Event, dtstamp: str) -> list[str]:
    when = event.when
    assert when is not None
    lines = [
        "BEGIN:VEVENT",
        f"UID:{_escape(event.id)}@news-timeline",
        f"DTSTAMP:{dtstamp}",
        *_dates(when),
        f"SUMMARY:{_escape(headline(event))}",
        f"DESCRIPTION:{_escape(_description(event))}",
    ]
    if event.location:
        lines.append(f"LOCATION:{_escape(event.location)}")
    lines.append(f"CATEGORIES:{_escape(event.kind)}")
    lines.append("TRANSP:TRANSPARENT")
    tentative = when.approximate or when.uncertain or (not when.durative and not when.is_crisp)
    lines.append(f"STATUS:{'TENTATIVE' if tentative else 'CONFIRMED'}")
    lines.append(f"X-TIMELINE-KIND:{_escape(event.kind)}")
    lines.append(f"X-TIMELINE-WHEN:{_escape(str(when))}")
    lines.append(f"X-TIMELINE-ID:{_escape(event.id)}")
    names = participant_names(event)
    if names:
        lines.append("X-TIMELINE-PARTICIPANTS:" + ",".join(_escape(n) for n in names))
    lines.append("END:VEVENT")
    return lines


def to_ics(
    timeline: Any,
    *,
    name: str | None = None,
    dtstamp: pendulum.DateTime | None = None,
) -> str:
    """Write a timeline as an iCalendar file (CRLF line ends, lines folded at 75 octets).

    Args:
        timeline: a Timeline, an extraction result, or an iterable of events.
        name: an optional calendar name (``X-WR-CALNAME``).
        dtstamp: the creation time written as every event's ``DTSTAMP`` (required by RFC 5545).
            The default is the Unix epoch, so that the same timeline always gives the same
            file; pass the time of export if your calendar uses it to detect updates.

    Returns:
        The ``.ics`` text.

    Examples:
        >>> from timeline.timeline import Timeline
        >>> from timeline.events import Event
        >>> from timeline.when import When
        >>> ics = to_ics(Timeline([Event(kind="election", when=When.month(2024, 11))]))
        >>> ics.startswith("BEGIN:VCALENDAR\\r\\n"), ics.count("BEGIN:VEVENT")
        (True, 1)
        >>> [line for line in ics.splitlines() if line.startswith("DT")][1:]
        ['DTSTART;VALUE=DATE:20241101', 'DTEND;VALUE=DATE:20241201']
    """
    tl = as_timeline(timeline)
    stamp = "19700101T000000Z" if dtstamp is None else _utc(dtstamp)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{_PRODID}",
        "CALSCALE:GREGORIAN",
    ]
    if name:
        lines.append(f"X-WR-CALNAME:{_escape(name)}")
    for event in tl:
        if event.when is None or _span(event.when) is None:
            continue
        lines.extend(_vevent(event, stamp))
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def render_ics(obj: Any) -> str:
    """The CLI's ``--format ics`` writer: :func:`to_ics` of a timeline or an extraction.

    Examples:
        >>> from timeline.timeline import Timeline
        >>> render_ics(Timeline()).splitlines()[-1]
        'END:VCALENDAR'
    """
    return to_ics(obj)


# --------------------------------------------------------------------------------------------
# reading


def _unfold(text: str) -> list[str]:
    lines: list[str] = []
    for raw in re.split(r"\r\n|\n|\r", text):
        if raw.startswith((" ", "\t")) and lines:
            lines[-1] += raw[1:]
        elif raw:
            lines.append(raw)
    return lines


def _split_list(value: str) -> list[str]:
    out, current, i = [], "", 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            current += ch + value[i + 1]
            i += 2
            continue
        if ch == ",":
            out.append(_unescape(current))
            current = ""
        else:
            current += ch
        i += 1
    out.append(_unescape(current))
    return [item for item in out if item]


def _parse_dt(params: str, value: str, tz: str, *, exclusive_end: bool = False) -> When:
    """A When for a DTSTART/DTEND value: a day for ``VALUE=DATE``, else an instant."""
    import pendulum

    from timeline.when import When

    if "VALUE=DATE" in params.upper() and "T" not in value:
        day = pendulum.date(int(value[:4]), int(value[4:6]), int(value[6:8]))
        if exclusive_end:  # DTEND of an all-day event is the day after the last one
            day = day.subtract(days=1)
        return When.day(day.year, day.month, day.day, tz=tz)
    zone = "UTC" if value.endswith("Z") else tz
    match = re.search(r"TZID=([^;:]+)", params)
    if match:
        zone = match.group(1)
    dt = pendulum.from_format(value.rstrip("Z"), "YYYYMMDDTHHmmss", tz=zone)
    return When.instant(dt)


def read_ics(text: str, *, tz: str = "UTC") -> Timeline:
    """Read the events of an iCalendar file into a Timeline.

    Files written by :func:`to_ics` come back with their kinds, TIMEX3 values, participants,
    places and ids. Other calendars' events become ``meeting`` events (``X-TIMELINE-KIND`` or
    ``CATEGORIES`` are used when they name a kind) timed from ``DTSTART``/``DTEND``.

    Args:
        text: the ``.ics`` text.
        tz: the zone for all-day dates and floating times of foreign files.

    Raises:
        ParseError: the text is not an iCalendar object.

    Examples:
        >>> from timeline.timeline import Timeline
        >>> from timeline.events import Event
        >>> from timeline.when import When
        >>> tl = Timeline([Event(kind="summit", when=When.day(2025, 10, 30), location="Busan")])
        >>> back = read_ics(to_ics(tl))
        >>> [(ev.kind, str(ev.when), ev.location) for ev in back]
        [('summit', '2025-10-30', 'Busan')]
    """
    from timeline.errors import ParseError
    from timeline.timeline import Timeline

    lines = _unfold(text)
    if not lines or lines[0].strip().upper() != "BEGIN:VCALENDAR":
        raise ParseError(
            "not an iCalendar object: expected the text to start with BEGIN:VCALENDAR",
            text=text[:80],
        )
    events: list[Event] = []
    props: dict[str, tuple[str, str]] | None = None
    for line in lines:
        name_params, _, value = line.partition(":")
        name, _, params = name_params.partition(";")
        name = name.upper()
        if name == "BEGIN" and value.upper() == "VEVENT":
            props = {}
        elif name == "END" and value.upper() == "VEVENT" and props is not None:
            events.append(_event_from_props(props, tz))
            props = None
        elif props is not None:
            props.setdefault(name, (params, value))
    return Timeline(tuple(events))


def _event_from_props(props: dict[str, tuple[str, str]], tz: str) -> Event:
    from timeline.errors import ParseError
    from timeline.events import Actor, Event
    from timeline.kinds import KINDS
    from timeline.when import When

    def text(key: str) -> str | None:
        return _unescape(props[key][1]) if key in props else None

    kind = text("X-TIMELINE-KIND")
    if kind is None:
        categories = _split_list(props["CATEGORIES"][1]) if "CATEGORIES" in props else []
        kind = next((c for c in categories if c in KINDS), "meeting")
    value = text("X-TIMELINE-WHEN")
    if value:
        when = When.parse(value, tz=tz)
    elif "DTSTART" in props:
        when = _parse_dt(*props["DTSTART"], tz)
        if "DTEND" in props:
            end = _parse_dt(*props["DTEND"], tz, exclusive_end=True)
            if end != when:
                when = When.between(when, end)
    else:
        raise ParseError("VEVENT without DTSTART or X-TIMELINE-WHEN", text=str(props)[:80])
    participants = (
        tuple(Actor(n) for n in _split_list(props["X-TIMELINE-PARTICIPANTS"][1]))
        if "X-TIMELINE-PARTICIPANTS" in props
        else ()
    )
    kwargs: dict[str, Any] = {
        "kind": kind,
        "when": when,
        "participants": participants,
        "location": text("LOCATION"),
    }
    event_id = text("X-TIMELINE-ID")
    if event_id:
        kwargs["id"] = event_id
    return Event(**kwargs)
