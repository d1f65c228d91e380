"""See a timeline: HTML for notebooks, a standalone page, and a matplotlib figure.

Every drawing here shows uncertainty the same way:

* a *fuzzy* time (an event that happens somewhere inside its bounds, such as "in November")
  is a faded band from its earliest to its latest bound;
* a *durative* time (an event that fills its span, such as a five-year plan) is a solid bar,
  with faded ends where its start or end is itself uncertain;
* an event whose band is too narrow to see at the chosen scale (a day on a five-year axis)
  is a mark (a diamond) at the middle of its band;
* approximate (``~``) and uncertain (``?``) times get a dashed outline; an open bound (``..``)
  runs to the edge of the strip with an arrow.

Rows group events by kind or by participant; inside a row, events are packed on lanes so that
they do not overlap. The same layout feeds :func:`timeline_html` (an inline SVG strip above a
compact table), :func:`page_html` (a standalone page, no network resources) and :func:`plot`
(a matplotlib ``Figure``; matplotlib is the optional extra ``news-timeline[plot]``).

Examples:
    >>> from timeline.timeline import Timeline
    >>> from timeline.events import Event, Actor
    >>> from timeline.when import When
    >>> tl = Timeline([
    ...     Event(kind="call", when=When.day(2026, 2, 4), participants=(Actor("Xi Jinping"),)),
    ...     Event(kind="period", when=When.parse("2026/2030")),
    ... ])
    >>> html = timeline_html(tl)
    >>> html.count("<svg") == 1 and "Xi Jinping" in html
    True
"""

from __future__ import annotations

import html as _html
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

import attrs

from timeline.io._common import as_timeline, first_sentence, headline, participant_names

if TYPE_CHECKING:
    import pendulum
    from matplotlib.figure import Figure

    from timeline.events import Event
    from timeline.when import When

__all__ = ["event_html", "page_html", "plot", "render_html", "svg_strip", "timeline_html"]

GroupBy = Literal["kind", "participant"]

#: Categorical colours (Tableau 10), assigned to kinds in order of first appearance.
PALETTE: tuple[str, ...] = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)

_NO_PARTICIPANT = "(no participant)"
_FONT = "font-family:system-ui,-apple-system,'Segoe UI',Helvetica,Arial,sans-serif"


# --------------------------------------------------------------------------------------------
# layout (shared by the SVG strip and the matplotlib figure)


@attrs.frozen(kw_only=True)
class _Item:
    """One drawn event: where its band, core and mark go, in seconds since the epoch."""

    event: Event
    group: str
    lane: int
    start: float  # band start (earliest start, or the domain edge for an open start)
    end: float  # band end (latest end, or the domain edge for an open end)
    core: tuple[float, float] | None  # the certainly-covered part of a durative time
    open_start: bool
    open_end: bool
    durative: bool
    dashed: bool
    color: str


@attrs.frozen(kw_only=True)
class _Layout:
    items: tuple[_Item, ...]
    groups: tuple[tuple[str, int], ...]  # (name, number of lanes), top to bottom
    domain: tuple[float, float]
    undated: tuple[Event, ...]
    colors: tuple[tuple[str, str], ...]  # (kind, colour) legend
    zone: str


def _ts(dt: pendulum.DateTime | None) -> float | None:
    return None if dt is None else dt.timestamp()


def _finite_bounds(when: When) -> list[float]:
    values = (when.earliest_start, when.latest_start, when.earliest_end, when.latest_end)
    return [dt.timestamp() for dt in values if dt is not None]


def _display_zone(events: Iterable[Event]) -> str:
    """The zone shared by every bound, else ``"UTC"``."""
    zones: set[str] = set()
    for ev in events:
        if ev.when is None:
            continue
        for dt in (ev.when.earliest_start, ev.when.latest_end):
            if dt is not None:
                zones.add(str(getattr(dt, "timezone_name", None) or dt.tzname() or "UTC"))
    return zones.pop() if len(zones) == 1 else "UTC"


def _groups_of(event: Event, by: GroupBy) -> tuple[str, ...]:
    if by == "kind":
        return (event.kind,)
    names = participant_names(event)
    return names or (_NO_PARTICIPANT,)


def _check_by(by: str) -> GroupBy:
    if by not in ("kind", "participant"):
        raise ValueError(f"invalid by={by!r}: expected 'kind' or 'participant'")
    return by  # type: ignore[return-value]


def _layout(
    events: Sequence[Event],
    *,
    by: GroupBy,
    width: float,
    label_chars: int,
    char_width: float,
    max_lanes: int,
) -> _Layout:
    """Place events into groups and lanes; ``width`` is the drawing width used for packing."""
    dated = [ev for ev in events if ev.when is not None and _finite_bounds(ev.when)]
    dated_ids = {id(ev) for ev in dated}
    undated = tuple(ev for ev in events if id(ev) not in dated_ids)
    colors: dict[str, str] = {}
    for ev in events:
        colors.setdefault(ev.kind, PALETTE[len(colors) % len(PALETTE)])
    if not dated:
        return _Layout(
            items=(),
            groups=(),
            domain=(0.0, 1.0),
            undated=undated,
            colors=tuple(colors.items()),
            zone="UTC",
        )
    finite = [t for ev in dated for t in _finite_bounds(ev.when)]  # type: ignore[arg-type]
    lo, hi = min(finite), max(finite)
    if hi - lo < 3600.0:  # a single instant or a very short span: show at least a day
        mid = (lo + hi) / 2
        lo, hi = mid - 43_200.0, mid + 43_200.0
    pad = (hi - lo) * 0.03
    lo, hi = lo - pad, hi + pad
    scale = width / (hi - lo)

    order: list[str] = []
    members: dict[str, list[Event]] = {}
    for ev in dated:
        for group in _groups_of(ev, by):
            if group not in members:
                order.append(group)
                members[group] = []
            members[group].append(ev)

    items: list[_Item] = []
    groups: list[tuple[str, int]] = []
    gap = 6.0 / scale
    for group in order:
        lane_ends: list[float] = []
        for ev in sorted(members[group], key=lambda e: e.when.sort_key):  # type: ignore[union-attr]
            item = _item(ev, group, lo, hi, colors[ev.kind])
            label_len = (
                min(len(headline(ev)), label_chars) * char_width / scale if label_chars else 0
            )
            visual_start = item.start
            visual_end = max(item.end, _mark_x(item) + 5.0 / scale) + label_len
            for lane, end in enumerate(lane_ends):
                if end + gap <= visual_start:
                    lane_ends[lane] = visual_end
                    break
            else:
                if len(lane_ends) < max_lanes:
                    lane = len(lane_ends)
                    lane_ends.append(visual_end)
                else:  # too crowded: overlay on the lane that frees up first
                    lane = min(range(len(lane_ends)), key=lane_ends.__getitem__)
                    lane_ends[lane] = max(lane_ends[lane], visual_end)
            items.append(attrs.evolve(item, lane=lane))
        groups.append((group, max(1, len(lane_ends))))
    return _Layout(
        items=tuple(items),
        groups=tuple(groups),
        domain=(lo, hi),
        undated=undated,
        colors=tuple(colors.items()),
        zone=_display_zone(dated),
    )


def _item(event: Event, group: str, lo: float, hi: float, color: str) -> _Item:
    when = event.when
    assert when is not None
    es, ls, ee, le = (
        _ts(when.earliest_start),
        _ts(when.latest_start),
        _ts(when.earliest_end),
        _ts(when.latest_end),
    )
    finite = _finite_bounds(when)
    start = es if es is not None else (lo if le is None or lo < min(finite) else min(finite))
    end = le if le is not None else (hi if es is None or hi > max(finite) else max(finite))
    core: tuple[float, float] | None = None
    if when.durative:
        core_start = ls if ls is not None else start
        core_end = ee if ee is not None else end
        if core_end > core_start:
            core = (core_start, core_end)
    return _Item(
        event=event,
        group=group,
        lane=0,
        start=start,
        end=end,
        core=core,
        open_start=es is None,
        open_end=le is None,
        durative=bool(when.durative),
        dashed=bool(when.approximate or when.uncertain),
        color=color,
    )


def _mark_x(item: _Item) -> float:
    return (item.start + item.end) / 2


# --------------------------------------------------------------------------------------------
# axis ticks

_YEAR = 365.2425 * 86_400
_MONTH = _YEAR / 12
_STEPS: tuple[tuple[str, int, float], ...] = (
    ("minute", 1, 60),
    ("minute", 5, 300),
    ("minute", 15, 900),
    ("minute", 30, 1800),
    ("hour", 1, 3600),
    ("hour", 3, 10_800),
    ("hour", 6, 21_600),
    ("hour", 12, 43_200),
    ("day", 1, 86_400),
    ("day", 2, 172_800),
    ("day", 7, 604_800),
    ("day", 14, 1_209_600),
    ("month", 1, _MONTH),
    ("month", 2, 2 * _MONTH),
    ("month", 3, 3 * _MONTH),
    ("month", 6, 6 * _MONTH),
    ("year", 1, _YEAR),
    ("year", 2, 2 * _YEAR),
    ("year", 5, 5 * _YEAR),
    ("year", 10, 10 * _YEAR),
    ("year", 20, 20 * _YEAR),
    ("year", 50, 50 * _YEAR),
    ("year", 100, 100 * _YEAR),
    ("year", 200, 200 * _YEAR),
    ("year", 500, 500 * _YEAR),
    ("year", 1000, 1000 * _YEAR),
)


def _ticks(lo: float, hi: float, zone: str, max_ticks: int) -> list[tuple[float, str]]:
    """Calendar-aligned ticks between ``lo`` and ``hi`` (seconds), labelled in ``zone``."""
    import pendulum

    span = hi - lo
    unit, step, _ = next(
        (s for s in _STEPS if span / s[2] <= max_ticks), ("year", 1000, 1000 * _YEAR)
    )
    try:
        first = pendulum.from_timestamp(lo, tz=zone)
    except (OverflowError, ValueError):  # pragma: no cover - far outside the calendar
        return []
    if unit == "year":
        t = first.start_of("year").set(year=max(1, first.year - first.year % step))
    elif unit == "month":
        t = first.start_of("month").set(month=1 + (first.month - 1) // step * step)
    elif unit == "day":
        t = first.start_of("day")
        if step == 7:
            t = t.start_of("week")
    elif unit == "hour":
        t = first.start_of("hour").set(hour=first.hour - first.hour % step)
    else:
        t = first.start_of("minute").set(minute=first.minute - first.minute % step)
    fmt = {
        "year": "YYYY",
        "month": "MMM YYYY",
        "day": "D MMM YYYY" if span > 60 * 86_400 else "D MMM",
        "hour": "D MMM HH:mm",
        "minute": "HH:mm",
    }[unit]
    ticks: list[tuple[float, str]] = []
    for _ in range(max_ticks * 3 + 5):
        ts = t.timestamp()
        if ts > hi:
            break
        if ts >= lo:
            ticks.append((ts, t.format(fmt)))
        try:
            t = t.add(**{f"{unit}s": step})
        except (OverflowError, ValueError):  # pragma: no cover - end of the calendar
            break
    return ticks


# --------------------------------------------------------------------------------------------
# SVG strip


def _esc(text: object) -> str:
    return _html.escape(str(text), quote=True)


def _tooltip(event: Event) -> str:
    lines = [headline(event), f"when: {event.when}" if event.when is not None else "when: ?"]
    if event.when is not None and not event.when.is_crisp:
        lines.append(f"somewhere in {_fmt_span(event.when.earliest_start, event.when.latest_end)}")
    if event.location:
        lines.append(f"place: {event.location}")
    sentence = first_sentence(event)
    if sentence:
        lines.append(f"“{sentence}”")
    return "\n".join(lines)


def _fmt_dt(dt: pendulum.DateTime | None) -> str:
    if dt is None:
        return ".."
    return dt.format("YYYY-MM-DD HH:mm zz") if (dt.hour or dt.minute) else dt.format("YYYY-MM-DD")


def _fmt_span(start: pendulum.DateTime | None, end: pendulum.DateTime | None) -> str:
    """``start … end`` with the (exclusive) end shown inclusively: the last day of a month."""
    if end is not None and not (end.hour or end.minute or end.second or end.microsecond):
        last = end.subtract(days=1)
        if start is None or last >= start:
            return f"{_fmt_dt(start)} … {last.format('YYYY-MM-DD')}"
    return f"{_fmt_dt(start)} … {_fmt_dt(end)}"


def _legend_lines(
    kinds: Sequence[str], first_x: float, width: float
) -> list[list[tuple[float, str]]]:
    """Place legend entries left to right, wrapping to a new line at ``width``."""
    lines: list[list[tuple[float, str]]] = [[]]
    x = first_x
    for kind in kinds:
        item_w = 14 + 6.6 * len(kind) + 16
        if lines[-1] and x + item_w > width:
            lines.append([])
            x = first_x
        lines[-1].append((x, kind))
        x += item_w
    return lines


def svg_strip(
    timeline: Any,
    *,
    by: GroupBy = "kind",
    width: int = 880,
    labels: bool | None = None,
) -> str:
    """Draw a timeline as an inline SVG strip (the picture of :func:`timeline_html`).

    Args:
        timeline: a Timeline, an extraction result, or an iterable of events.
        by: group rows by event ``"kind"`` or by ``"participant"`` (an event with several
            participants appears on each of their rows).
        width: the width of the drawing in pixels (it scales down to fit its container).
        labels: write each event's headline next to it; by default only for up to 40 events
            (hover any event for its tooltip either way).

    Returns:
        An ``<svg>`` element as a string; events without a time are not drawn.

    Examples:
        >>> from timeline.timeline import Timeline
        >>> from timeline.events import Event
        >>> from timeline.when import When
        >>> svg = svg_strip(Timeline([Event(kind="election", when=When.month(2024, 11))]))
        >>> svg.startswith("<svg") and 'class="tl-band"' in svg
        True
    """
    by = _check_by(by)
    events = tuple(as_timeline(timeline))
    show_labels = len(events) <= 40 if labels is None else labels
    label_w = 150
    plot_w = width - label_w - 20
    lane_h = 18 if len(events) <= 60 else 12 if len(events) <= 200 else 8
    layout = _layout(
        events,
        by=by,
        width=plot_w,
        label_chars=40 if show_labels else 0,
        char_width=6.2,
        max_lanes=12 if len(events) <= 100 else 6,
    )
    lo, hi = layout.domain
    scale = plot_w / (hi - lo)

    def x(t: float) -> float:
        return round(label_w + (t - lo) * scale, 2)

    top = 8
    row_top: dict[str, float] = {}
    y = top
    for name, lanes in layout.groups:
        row_top[name] = y
        y += lanes * lane_h + 8
    axis_y = y + 4
    colors = dict(layout.colors)
    legend = (
        _legend_lines([k for k, _ in layout.colors], float(label_w), width - 10)
        if by == "participant" and layout.items
        else []
    )
    height = axis_y + 30 + 16 * len(legend)
    parts: list[str] = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="tl-strip" role="img" '
        f'viewBox="0 0 {width} {height:.0f}" width="100%" '
        f'style="max-width:{width}px;{_FONT};font-size:11px" '
        f'aria-label="timeline of {len(layout.items)} events">'
    ]
    # group rows: a faint background band and the group name
    for i, (name, lanes) in enumerate(layout.groups):
        y0 = row_top[name]
        if i % 2 == 0:
            parts.append(
                f'<rect x="0" y="{y0 - 4}" width="{width}" height="{lanes * lane_h + 8}" '
                f'fill="#f4f5f7"/>'
            )
        parts.append(
            f'<text class="tl-group" x="{label_w - 8}" y="{y0 + lane_h * 0.7:.1f}" '
            f'text-anchor="end" fill="#333">{_esc(_short(name.replace("_", " "), 24))}</text>'
        )
    # ticks
    for ts, label in _ticks(lo, hi, layout.zone, max_ticks=max(3, plot_w // 90)):
        xx = x(ts)
        parts.append(
            f'<line x1="{xx}" y1="{top - 4}" x2="{xx}" y2="{axis_y}" stroke="#d0d3d8" '
            f'stroke-width="0.6"/>'
        )
        parts.append(
            f'<text class="tl-tick" x="{xx}" y="{axis_y + 14}" text-anchor="middle" '
            f'fill="#555">{_esc(label)}</text>'
        )
    parts.append(
        f'<line x1="{label_w}" y1="{axis_y}" x2="{label_w + plot_w}" y2="{axis_y}" '
        f'stroke="#888" stroke-width="1"/>'
    )
    # events
    for item in layout.items:
        yc = row_top[item.group] + item.lane * lane_h + lane_h / 2 - 2
        h = max(4.0, lane_h - 6)
        x0, x1 = x(item.start), x(item.end)
        parts.append(
            f'<g class="tl-event" data-id="{_esc(item.event.id)}" '
            f'data-kind="{_esc(item.event.kind)}">'
            f"<title>{_esc(_tooltip(item.event))}</title>"
        )
        dash = ' stroke-dasharray="3 2"' if item.dashed else ""
        band_w = max(x1 - x0, 1.0)
        parts.append(
            f'<rect class="tl-band" x="{x0}" y="{yc - h / 2:.1f}" width="{band_w:.2f}" '
            f'height="{h:.1f}" rx="2" fill="{item.color}" fill-opacity="0.28" '
            f'stroke="{item.color}" stroke-opacity="0.55" stroke-width="0.8"{dash}/>'
        )
        if item.core is not None:
            c0, c1 = x(item.core[0]), x(item.core[1])
            parts.append(
                f'<rect class="tl-core" x="{c0}" y="{yc - h / 2:.1f}" '
                f'width="{max(c1 - c0, 1):.2f}" '
                f'height="{h:.1f}" rx="2" fill="{item.color}" fill-opacity="0.9"/>'
            )
        if item.core is None and band_w < 8:
            xm = x(_mark_x(item))
            r = h / 2 + 1
            parts.append(
                f'<path class="tl-mark" d="M{xm} {yc - r:.1f}L{xm + r:.1f} {yc:.1f}L{xm} '
                f'{yc + r:.1f}L{xm - r:.1f} {yc:.1f}Z" fill="{item.color}" stroke="#fff" '
                f'stroke-width="0.6"/>'
            )
        if item.open_start:
            parts.append(_arrow(x0, yc, -1, item.color))
        if item.open_end:
            parts.append(_arrow(x0 + band_w, yc, 1, item.color))
        if show_labels:
            label = _short(headline(item.event), 40)
            text_w = len(label) * 6.2
            lx = max(x0 + band_w, x(_mark_x(item)) + h / 2 + 1) + 4
            anchor = "start"
            if lx + text_w > width:  # no room on the right: inside a wide bar, else on the left
                if band_w > text_w + 8:
                    lx = x0 + 4
                else:
                    lx, anchor = x0 - 4, "end"
            parts.append(
                f'<text class="tl-label" x="{lx:.1f}" y="{yc + 3.5:.1f}" fill="#222" '
                f'text-anchor="{anchor}">{_esc(label)}</text>'
            )
        parts.append("</g>")
    for row, entries in enumerate(legend):
        ly = axis_y + 32 + 16 * row
        for lx, kind in entries:
            parts.append(
                f'<rect x="{lx:.1f}" y="{ly - 9}" width="10" height="10" fill="{colors[kind]}"/>'
                f'<text x="{lx + 14:.1f}" y="{ly}" fill="#333">'
                f"{_esc(kind.replace('_', ' '))}</text>"
            )
    parts.append("</svg>")
    return "".join(parts)


def _arrow(xx: float, yc: float, direction: int, color: str) -> str:
    tip = xx + 6 * direction
    return (
        f'<path class="tl-open" d="M{xx} {yc - 4:.1f}L{tip} {yc:.1f}L{xx} {yc + 4:.1f}Z" '
        f'fill="{color}" fill-opacity="0.6"/>'
    )


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


# --------------------------------------------------------------------------------------------
# tables and cards

_TABLE = "border-collapse:collapse;font-size:12px;width:100%"
_TH = "text-align:left;padding:3px 8px;border-bottom:2px solid #ccc;background:#fafafa"
_TD = "text-align:left;padding:3px 8px;border-bottom:1px solid #eee;vertical-align:top"


def _swatch(color: str) -> str:
    return (
        f'<span style="display:inline-block;width:9px;height:9px;border-radius:2px;'
        f'background:{color};margin-right:5px"></span>'
    )


def _table(events: Sequence[Event], colors: dict[str, str]) -> str:
    rows = []
    for ev in events:
        sentence = first_sentence(ev)
        title = f' title="{_esc(sentence)}"' if sentence else ""
        rows.append(
            f'<tr class="tl-row" data-id="{_esc(ev.id)}"{title}>'
            f'<td style="{_TD};white-space:nowrap">{_esc(ev.when) if ev.when is not None else "—"}'
            f"</td>"
            f'<td style="{_TD};white-space:nowrap">{_swatch(colors.get(ev.kind, "#999"))}'
            f"{_esc(ev.kind)}</td>"
            f'<td style="{_TD}">{_esc(", ".join(participant_names(ev)))}</td>'
            f'<td style="{_TD}">{_esc(ev.location or "")}</td>'
            "</tr>"
        )
    return (
        f'<table class="tl-table" style="{_TABLE}"><thead><tr>'
        f'<th style="{_TH}">when</th><th style="{_TH}">kind</th>'
        f'<th style="{_TH}">participants</th><th style="{_TH}">place</th>'
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _kind_colors(events: Iterable[Event]) -> dict[str, str]:
    colors: dict[str, str] = {}
    for ev in events:
        colors.setdefault(ev.kind, PALETTE[len(colors) % len(PALETTE)])
    return colors


def timeline_html(timeline: Any, *, by: GroupBy = "kind", max_events: int = 2000) -> str:
    """HTML for a timeline in a notebook: an SVG strip above a compact table.

    This is what ``Timeline._repr_html_`` shows. The table lists kind, time, participants and
    place in chronological order; hovering a row shows the sentence the event came from.
    Long timelines scroll inside a box instead of flooding the notebook.

    Args:
        timeline: a Timeline, an extraction result, or an iterable of events.
        by: group the strip's rows by ``"kind"`` or ``"participant"``.
        max_events: draw and list at most this many events (the first ones in time order);
            the summary line says how many were left out. Use ``to_dataframe`` for the rest.

    Returns:
        An HTML fragment (a ``<div>``) with inline styles only.

    Examples:
        >>> from timeline.timeline import Timeline
        >>> from timeline.events import Event, Actor, Mention
        >>> from timeline.when import When
        >>> ev = Event(kind="meeting", when=When.day(2026, 2, 4),
        ...            participants=(Actor("Xi Jinping"), Actor("Vladimir Putin")),
        ...            mentions=(Mention(start=0, end=7, text="meeting",
        ...                              sentence="Xi held a meeting with Putin."),))
        >>> html = timeline_html(Timeline([ev]))
        >>> 'title="Xi held a meeting with Putin."' in html
        True
    """
    events = tuple(as_timeline(timeline))
    colors = _kind_colors(events)
    n = len(events)
    dated = sum(1 for ev in events if ev.when is not None)
    summary = f"{n} event{'s' if n != 1 else ''}"
    if dated < n:
        summary += f" ({n - dated} without a time, listed at the end)"
    if not events:
        return (
            f'<div class="tl-timeline" style="{_FONT};font-size:12px;color:#555">'
            "Timeline with no events</div>"
        )
    if n > max_events:
        summary += f"; showing the first {max_events}"
        events = events[:max_events]
    box = "max-height:26em;overflow:auto" if n > 15 else ""
    return (
        # an explicit light background and text colour: readable in dark notebook themes too
        f'<div class="tl-timeline" style="{_FONT};background:#fff;color:#222;padding:4px 6px">'
        f'<div style="font-size:12px;color:#555;margin:2px 0 4px">Timeline: {summary}</div>'
        f"{svg_strip(events, by=by)}"
        f'<div style="{box}">{_table(events, colors)}</div>'
        "</div>"
    )


def event_html(event: Event) -> str:
    """HTML for one event in a notebook (what ``Event._repr_html_`` shows).

    A small card: kind, time with its bounds, participants, place, attributes and the source
    sentence.

    Examples:
        >>> from timeline.events import Event, Actor
        >>> from timeline.when import When
        >>> card = event_html(Event(kind="call", when=When.day(2026, 2, 4),
        ...                         participants=(Actor("Xi Jinping"), Actor("Donald Trump"))))
        >>> "Xi Jinping, Donald Trump" in card and "2026-02-04" in card
        True
    """
    color = PALETTE[0]
    rows: list[tuple[str, str]] = []
    if event.when is not None:
        when = event.when
        shape = "fills the span" if when.durative else "somewhere within"
        bounds = _fmt_span(when.earliest_start, when.latest_end)
        rows.append(
            (
                "when",
                f"<b>{_esc(when)}</b> <span style='color:#777'>"
                f"({_esc(when.granularity.value)},"
                f" {shape}: {_esc(bounds)})</span>",
            )
        )
    else:
        rows.append(("when", "<span style='color:#777'>unknown</span>"))
    if event.participants:
        rows.append(("participants", _esc(", ".join(participant_names(event)))))
    if event.location:
        rows.append(("place", _esc(event.location)))
    for key, value in sorted(event.attributes.items()):
        rows.append((_esc(key), _esc(value)))
    sentence = first_sentence(event)
    if sentence:
        rows.append(("source", f"<i>“{_esc(sentence)}”</i>"))
    if event.confidence != 1.0:
        rows.append(("confidence", f"{event.confidence:.2f}"))
    body = "".join(
        f'<tr><th style="{_TD};color:#666;font-weight:normal">{k}</th>'
        f'<td style="{_TD}">{v}</td></tr>'
        for k, v in rows
    )
    return (
        f'<div class="tl-event-card" style="{_FONT};font-size:12px;border-left:4px solid {color};'
        f"background:#fff;color:#222;"
        f'padding:4px 8px;max-width:760px">'
        f'<div style="font-weight:600;margin-bottom:3px">{_esc(event.kind.replace("_", " "))}'
        f' <span style="color:#999;font-weight:normal;font-size:11px">{_esc(event.id)}</span></div>'
        f'<table style="{_TABLE}">{body}</table></div>'
    )


def page_html(
    timeline: Any,
    *,
    title: str = "Timeline",
    by: GroupBy = "kind",
) -> str:
    """A standalone HTML page with the strip and the table; it loads nothing from the network.

    Args:
        timeline: a Timeline, an extraction result, or an iterable of events.
        title: the page title and heading.
        by: group the strip's rows by ``"kind"`` or ``"participant"``.

    Returns:
        A complete ``<!DOCTYPE html>`` document.

    Examples:
        >>> from timeline.timeline import Timeline
        >>> page = page_html(Timeline(), title="Empty")
        >>> page.startswith("<!DOCTYPE html>") and "<title>Empty</title>" in page
        True
        >>> "http://" in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
        False
    """
    by = _check_by(by)
    body = timeline_html(timeline, by=by)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_esc(title)}</title>\n"
        "<style>body{margin:24px auto;max-width:960px;padding:0 16px;color:#222;"
        "font-family:system-ui,-apple-system,'Segoe UI',Helvetica,Arial,sans-serif}"
        "h1{font-size:20px;margin:0 0 12px}.tl-row:hover{background:#f3f6fb}"
        ".tl-event:hover rect{stroke-width:1.6}"
        "footer{margin-top:16px;font-size:11px;color:#888}</style>\n"
        "</head>\n<body>\n"
        f"<h1>{_esc(title)}</h1>\n{body}\n"
        "<footer>Faded bands: the time is only known to lie between the band's ends. "
        "Solid bars: the event fills that span. Diamonds: a short time at this scale. "
        "Hover an event or a row for its source sentence.</footer>\n"
        "</body>\n</html>\n"
    )


def render_html(obj: Any) -> str:
    """The CLI's ``--format html`` writer: :func:`page_html` of a timeline or an extraction.

    An extraction's page is titled with the first line of its text (the headline).

    Examples:
        >>> from timeline.timeline import Timeline
        >>> render_html(Timeline()).startswith("<!DOCTYPE html>")
        True
    """
    from timeline.io._common import source_text

    text = source_text(obj) or ""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return page_html(obj, title=_short(first, 120) if first else "Timeline")


# --------------------------------------------------------------------------------------------
# matplotlib


def _require_matplotlib() -> Any:
    try:
        import matplotlib
    except ImportError as exc:
        raise ImportError(
            "Timeline.plot needs matplotlib; install the optional extra with "
            "pip install 'news-timeline[plot]'"
        ) from exc
    return matplotlib


def plot(
    timeline: Any,
    *,
    by: GroupBy = "kind",
    figsize: tuple[float, float] | None = None,
    labels: bool | None = None,
) -> Figure:
    """Draw a timeline with matplotlib, with the same picture of uncertainty as the SVG strip.

    The figure is built without :mod:`matplotlib.pyplot`, so nothing is kept in pyplot's global
    figure list; notebooks display the returned figure, scripts call ``fig.savefig(...)``.

    Args:
        timeline: a Timeline, an extraction result, or an iterable of events.
        by: group rows by ``"kind"`` or ``"participant"``.
        figsize: the figure size in inches (default: 10 wide, height from the rows).
        labels: label each event (default: only for up to 40 events).

    Returns:
        A :class:`matplotlib.figure.Figure`.

    Raises:
        ImportError: matplotlib is missing (install ``news-timeline[plot]``).

    Examples:
        >>> from timeline.timeline import Timeline
        >>> from timeline.events import Event
        >>> from timeline.when import When
        >>> fig = plot(Timeline([Event(kind="period", when=When.parse("2026/2030"))]))
        >>> type(fig).__name__, len(fig.axes)
        ('Figure', 1)
    """
    by = _check_by(by)
    _require_matplotlib()
    from matplotlib import dates as mdates
    from matplotlib.figure import Figure
    from matplotlib.patches import Polygon, Rectangle

    events = tuple(as_timeline(timeline))
    show_labels = len(events) <= 40 if labels is None else labels
    layout = _layout(
        events,
        by=by,
        width=700.0,
        label_chars=40 if show_labels else 0,
        char_width=5.5,
        max_lanes=12 if len(events) <= 100 else 6,
    )
    rows = sum(lanes for _, lanes in layout.groups) or 1
    fig = Figure(figsize=figsize or (10.0, min(2.0 + 0.3 * rows, 30.0)), layout="constrained")
    ax = fig.add_subplot()
    lo, hi = layout.domain

    import datetime as _dt

    epoch = float(mdates.date2num(_dt.datetime(1970, 1, 1, tzinfo=_dt.UTC)))

    def d(t: float) -> float:
        return epoch + t / 86_400.0  # matplotlib date numbers are days

    y_of: dict[str, float] = {}
    y = 0.0
    ticks: list[tuple[float, str]] = []
    for i, (name, lanes) in enumerate(layout.groups):
        y_of[name] = y
        if i % 2 == 0:
            ax.axhspan(y - 0.6, y + lanes - 0.4, color="#f4f5f7", zorder=0)
        ticks.append((y, name.replace("_", " ")))
        y += lanes + 0.2
    for item in layout.items:
        yc = y_of[item.group] + item.lane
        x0, x1 = d(item.start), d(item.end)
        style = "--" if item.dashed else "-"
        ax.add_patch(
            Rectangle(
                (x0, yc - 0.3),
                max(x1 - x0, 1e-9),
                0.6,
                facecolor=item.color,
                alpha=0.28,
                edgecolor=item.color,
                linestyle=style,
                linewidth=0.8,
                zorder=2,
            )
        )
        if item.core is not None:
            c0, c1 = d(item.core[0]), d(item.core[1])
            ax.add_patch(
                Rectangle((c0, yc - 0.3), c1 - c0, 0.6, facecolor=item.color, alpha=0.9, zorder=3)
            )
        mark = d(_mark_x(item))
        if item.core is None and (item.end - item.start) < (hi - lo) / 100:
            ax.plot([mark], [yc], marker="D", color=item.color, markersize=6, zorder=4)
        for flag, edge, direction in ((item.open_start, x0, -1), (item.open_end, x1, 1)):
            if flag:
                tip = edge + direction * (hi - lo) / 86_400.0 / 120
                ax.add_patch(
                    Polygon(
                        [(edge, yc - 0.25), (tip, yc), (edge, yc + 0.25)],
                        closed=True,
                        color=item.color,
                        alpha=0.6,
                    )
                )
        if show_labels:
            inside = (item.end - item.start) > 0.4 * (hi - lo)  # a long bar: label inside it
            ax.annotate(
                _short(headline(item.event), 40),
                (x0 if inside else max(x1, mark), yc),
                xytext=(6, 0),
                textcoords="offset points",
                va="center",
                fontsize=8,
                zorder=5,
            )
    ax.set_xlim(d(lo), d(hi))
    ax.set_ylim(y - 0.4 if layout.groups else 1, -0.8)
    ax.set_yticks([t for t, _ in ticks], [_short(label, 24) for _, label in ticks])
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=10))
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.grid(axis="x", color="#d0d3d8", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="y", length=0)
    ax.set_title(f"{len(layout.items)} events by {by}", fontsize=10, loc="left")
    if by == "participant" and layout.colors:  # rows are people: colours say the kind
        handles = [
            Rectangle((0, 0), 1, 1, facecolor=color, label=kind.replace("_", " "))
            for kind, color in layout.colors
        ]
        fig.legend(
            handles=handles,
            loc="outside lower center",
            ncols=min(6, len(handles)),
            fontsize=8,
            frameon=False,
        )
    return fig
