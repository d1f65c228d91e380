"""TimelineJS 3 JSON: the slide format of Knight Lab's TimelineJS.

Each dated event becomes a slide (``events`` in TimelineJS terms) with

* ``start_date`` (and ``end_date`` when the time covers more than one granule) as TimelineJS
  date objects written at the time's precision: ``{"year": 2025}`` for a year,
  ``{"year": 2025, "month": 11}`` for a month, day, hour, minute or second fields below that;
  quarters, seasons and weeks are written as their first and last month or day, with the TIMEX3
  value as ``display_date``;
* ``text.headline`` (kind and participants), ``text.text`` (place, attributes, the source
  sentence, as small HTML), ``group`` (the kind, or another key) and ``unique_id`` (the event id).

Events of kind ``period`` (named spans such as a five-year plan) also become ``eras``, the
shaded background spans of TimelineJS. Dates use the zone of each time.

See https://timeline.knightlab.com/docs/json-format.html for the format. :func:`read_timelinejs`
reads slides back: our own files keep their kinds, times (from ``display_date``) and ids;
other files give events timed at the precision of their date objects.

Examples:
    >>> from timeline.timeline import Timeline
    >>> from timeline.events import Event
    >>> from timeline.when import When
    >>> doc = to_timelinejs(Timeline([Event(kind="election", when=When.month(2024, 11))]))
    >>> doc["events"][0]["start_date"]
    {'year': 2024, 'month': 11, 'display_date': '2024-11'}
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from timeline.io._common import as_timeline, first_sentence, headline, participant_names

if TYPE_CHECKING:
    import pendulum

    from timeline.events import Event
    from timeline.timeline import Timeline
    from timeline.when import When

__all__ = ["read_timelinejs", "render_timelinejs", "timelinejs_date", "to_timelinejs"]

# TimelineJS date fields down to each granularity's precision.
_FIELDS: dict[str, tuple[str, ...]] = {
    "CENTURY": ("year",),
    "DECADE": ("year",),
    "YEAR": ("year",),
    "SEASON": ("year", "month"),
    "QUARTER": ("year", "month"),
    "MONTH": ("year", "month"),
    "WEEK": ("year", "month", "day"),
    "DAY": ("year", "month", "day"),
    "PART_OF_DAY": ("year", "month", "day", "hour"),
    "HOUR": ("year", "month", "day", "hour"),
    "MINUTE": ("year", "month", "day", "hour", "minute"),
    "SECOND": ("year", "month", "day", "hour", "minute", "second"),
}


def timelinejs_date(dt: pendulum.DateTime, granularity: str) -> dict[str, int]:
    """A TimelineJS date object for ``dt`` at the precision of ``granularity`` (a name).

    Examples:
        >>> import pendulum
        >>> timelinejs_date(pendulum.datetime(2026, 2, 4, 15, 30), "MINUTE")
        {'year': 2026, 'month': 2, 'day': 4, 'hour': 15, 'minute': 30}
        >>> timelinejs_date(pendulum.datetime(2026, 2, 4), "YEAR")
        {'year': 2026}
    """
    fields = _FIELDS.get(granularity.upper(), _FIELDS["SECOND"])
    return {name: int(getattr(dt, name)) for name in fields}


def _dates(when: When) -> tuple[dict[str, Any], dict[str, Any] | None] | None:
    gran = when.granularity.name
    start = when.earliest_start
    last = when.latest_end if when.latest_end is not None else when.earliest_end
    if start is None and last is None:
        return None
    if start is None:
        assert last is not None
        start_date: dict[str, Any] = timelinejs_date(last.subtract(microseconds=1), gran)
        start_date["display_date"] = str(when)
        return start_date, None
    start_date = timelinejs_date(start, gran)
    start_date["display_date"] = str(when)
    end_date: dict[str, Any] | None = None
    if last is not None and last > start:
        candidate = timelinejs_date(last.subtract(microseconds=1), gran)
        if candidate != timelinejs_date(start, gran):
            end_date = candidate
    return start_date, end_date


def _text(event: Event) -> str:
    parts: list[str] = []
    if event.location:
        parts.append(f"<p><b>Place:</b> {html.escape(event.location)}</p>")
    names = participant_names(event)
    if names:
        parts.append(f"<p><b>Participants:</b> {html.escape(', '.join(names))}</p>")
    for key, value in sorted(event.attributes.items()):
        parts.append(f"<p><b>{html.escape(key)}:</b> {html.escape(str(value))}</p>")
    sentence = first_sentence(event)
    if sentence:
        parts.append(f"<blockquote>{html.escape(sentence)}</blockquote>")
    return "".join(parts)


def _group_key(group: str | Callable[[Event], str | None]) -> Callable[[Event], str | None]:
    if callable(group):
        return group
    if group == "kind":
        return lambda ev: ev.kind.replace("_", " ")
    if group == "participant":
        return lambda ev: ev.participants[0].name if ev.participants else None
    if group == "none":
        return lambda ev: None
    raise ValueError(
        f"invalid group={group!r}: expected 'kind', 'participant', 'none' or a function"
    )


def to_timelinejs(
    timeline: Any,
    *,
    title: str | None = None,
    group: str | Callable[[Event], str | None] = "kind",
    eras: bool = True,
) -> dict[str, Any]:
    """Convert a timeline to a TimelineJS 3 JSON object.

    Args:
        timeline: a Timeline, an extraction result, or an iterable of events.
        title: a title slide headline (no title slide when ``None``).
        group: the slide ``group``: ``"kind"`` (default), ``"participant"`` (the first one),
            ``"none"``, or a function of the event.
        eras: also write ``period`` events as ``eras``.

    Returns:
        A ``dict`` ready for :func:`json.dumps`; events without a time are left out.

    Examples:
        >>> from timeline.timeline import Timeline
        >>> from timeline.events import Event
        >>> from timeline.when import When
        >>> doc = to_timelinejs(Timeline([Event(kind="period", when=When.parse("2026/2030"),
        ...                                     attributes={"name": "15th Five-Year Plan"})]))
        >>> slide = doc["events"][0]
        >>> slide["start_date"]["year"], slide["end_date"]["year"], slide["group"]
        (2026, 2030, 'period')
        >>> doc["eras"][0]["text"]["headline"]
        'period: 15th Five-Year Plan'
    """
    key = _group_key(group)
    slides: list[dict[str, Any]] = []
    era_list: list[dict[str, Any]] = []
    for event in as_timeline(timeline):
        if event.when is None:
            continue
        dates = _dates(event.when)
        if dates is None:
            continue
        start_date, end_date = dates
        slide: dict[str, Any] = {
            "start_date": start_date,
            "text": {"headline": headline(event), "text": _text(event)},
            "unique_id": event.id,
        }
        if end_date is not None:
            slide["end_date"] = end_date
        slide_group = key(event)
        if slide_group:
            slide["group"] = slide_group
        slides.append(slide)
        if eras and event.kind == "period" and end_date is not None:
            era_list.append(
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "text": {"headline": headline(event)},
                }
            )
    doc: dict[str, Any] = {}
    if title is not None:
        doc["title"] = {"text": {"headline": html.escape(title), "text": ""}}
    doc["events"] = slides
    if era_list:
        doc["eras"] = era_list
    return doc


def render_timelinejs(obj: Any) -> str:
    """The CLI's ``--format timelinejs`` writer: :func:`to_timelinejs` as indented JSON.

    Examples:
        >>> from timeline.timeline import Timeline
        >>> render_timelinejs(Timeline())
        '{\\n  "events": []\\n}\\n'
    """
    return json.dumps(to_timelinejs(obj), indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------------------------
# reading

_PRECISION = (
    ("second", "SECOND"),
    ("minute", "MINUTE"),
    ("hour", "HOUR"),
    ("day", "DAY"),
    ("month", "MONTH"),
    ("year", "YEAR"),
)


def _when_of_date(date: dict[str, Any], tz: str) -> When:
    """The granule a TimelineJS date object names (its finest field sets the granularity)."""
    from timeline.when import When

    fields = {
        k: int(date[k])
        for k in ("year", "month", "day", "hour", "minute", "second")
        if date.get(k) not in (None, "")
    }
    if "year" not in fields:
        from timeline.errors import ParseError

        raise ParseError(f"TimelineJS date without a year: {date!r}", text=str(date))
    y, mo, d = fields["year"], fields.get("month"), fields.get("day")
    if mo is None:
        return When.year(y, tz=tz)
    if d is None:
        return When.month(y, mo, tz=tz)
    if "hour" not in fields:
        return When.day(y, mo, d, tz=tz)
    h, mi = fields["hour"], fields.get("minute")
    if mi is None:
        return When.hour(y, mo, d, h, tz=tz)
    if "second" not in fields:
        return When.minute(y, mo, d, h, mi, tz=tz)
    return When.second(y, mo, d, h, mi, fields["second"], tz=tz)


def read_timelinejs(
    doc: dict[str, Any] | str, *, tz: str = "UTC", default_kind: str = "announcement"
) -> Timeline:
    """Read the slides of a TimelineJS 3 JSON object (or its text) into a Timeline.

    Args:
        doc: the TimelineJS object, or its JSON text.
        tz: the zone of the dates (TimelineJS dates have none).
        default_kind: the kind of a slide whose ``group`` is not a kind name.

    Returns:
        One event per slide with a ``start_date``; a slide with an ``end_date`` spans from the
        start granule to the end granule (durative). Slides we wrote come back with their
        kind, exact time value and id.

    Raises:
        ParseError: a slide's date has no year, or the text is not JSON.

    Examples:
        >>> from timeline.timeline import Timeline
        >>> from timeline.events import Event
        >>> from timeline.when import When
        >>> tl = Timeline([Event(kind="election", when=When.month(2024, 11))])
        >>> [(ev.kind, str(ev.when)) for ev in read_timelinejs(to_timelinejs(tl))]
        [('election', '2024-11')]
        >>> slide = {"start_date": {"year": "1969", "month": "7", "day": "20"},
        ...          "end_date": {"year": "1969", "month": "7", "day": "21"},
        ...          "text": {"headline": "Apollo 11"}}
        >>> [(ev.kind, str(ev.when)) for ev in read_timelinejs({"events": [slide]})]
        [('announcement', '1969-07-20/1969-07-21')]
    """
    from timeline.errors import ParseError
    from timeline.events import Event
    from timeline.kinds import KINDS
    from timeline.timeline import Timeline
    from timeline.when import When

    if isinstance(doc, str):
        try:
            doc = json.loads(doc)
        except json.JSONDecodeError as exc:
            raise ParseError(f"not valid JSON: {exc}", text=doc[:80]) from exc
    events: list[Event] = []
    for slide in doc.get("events", ()):  # type: ignore[union-attr]
        start = slide.get("start_date")
        if not start:
            continue
        display = start.get("display_date")
        when: When | None = None
        if display:
            try:
                when = When.parse(str(display), tz=tz)
            except ValueError:
                when = None
        if when is None:
            when = _when_of_date(start, tz)
            if slide.get("end_date"):
                when = When.between(when, _when_of_date(slide["end_date"], tz))
        group = str(slide.get("group") or "").replace(" ", "_")
        kwargs: dict[str, Any] = {
            "kind": group if group in KINDS else default_kind,
            "when": when,
        }
        if slide.get("unique_id"):
            kwargs["id"] = str(slide["unique_id"])
        events.append(Event(**kwargs))
    return Timeline(events)
