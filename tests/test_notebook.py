"""Tests for timeline.notebook: the HTML repr, the SVG strip, the page and the matplotlib plot."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET

import pendulum
import pytest
from hypothesis import given, settings

from timeline._strategies_events import timelines
from timeline.events import Actor, Event, Mention
from timeline.notebook import event_html, page_html, plot, render_html, svg_strip, timeline_html
from timeline.timeline import Timeline
from timeline.when import When

SVG = "{http://www.w3.org/2000/svg}"


def seed_timeline() -> Timeline:
    """The seed article's main events, built by hand."""
    sentence = "Xi held a virtual meeting with Putin on Feb. 4 <and> later called Trump."
    return Timeline(
        [
            Event(
                kind="meeting",
                when=When.day(2026, 2, 4),
                participants=(Actor("Xi Jinping"), Actor("Vladimir Putin")),
                location="Beijing",
                mentions=(Mention(start=18, end=25, text="meeting", sentence=sentence),),
            ),
            Event(
                kind="call",
                when=When.day(2026, 2, 4),
                participants=(Actor("Xi Jinping"), Actor("Donald Trump")),
            ),
            Event(
                kind="treaty_expiry", when=When.day(2026, 2, 5), attributes={"treaty": "New START"}
            ),
            Event(
                kind="arms_sale",
                when=When.month(2025, 11),
                participants=(Actor("United States"), Actor("Taiwan")),
            ),
            Event(
                kind="period",
                when=When.parse("2026/2030"),
                participants=(Actor("China"),),
                attributes={"name": "15th Five-Year Plan"},
            ),
            Event(
                kind="commemoration",
                when=When.day(2025, 9, 3),
                location="Beijing",
                participants=(Actor("Vladimir Putin"),),
            ),
            Event(kind="meeting", when=None, participants=(Actor("China"), Actor("Russia"))),
        ]
    )


def parse_svg(html: str) -> ET.Element:
    """The first <svg> element of an HTML fragment, parsed as XML."""
    match = re.search(r"<svg.*?</svg>", html, re.S)
    assert match is not None
    return ET.fromstring(match.group(0))


def test_timeline_html_has_strip_and_table() -> None:
    """The repr is a strip with one group per kind and a table with one row per event."""
    tl = seed_timeline()
    html = timeline_html(tl)
    svg = parse_svg(html)
    drawn = svg.findall(f".//{SVG}g[@class='tl-event']")
    assert len(drawn) == 6  # the undated meeting is listed but not drawn
    groups = [t.text for t in svg.findall(f".//{SVG}text[@class='tl-group']")]
    assert groups == ["commemoration", "arms sale", "period", "meeting", "call", "treaty expiry"]
    assert html.count('<tr class="tl-row"') == 7
    assert "1 without a time" in html


def test_table_rows_carry_source_sentence_tooltip_escaped() -> None:
    """A row's title is its source sentence, HTML-escaped."""
    html = timeline_html(seed_timeline())
    assert 'title="Xi held a virtual meeting with Putin on Feb. 4 &lt;and&gt; later' in html
    assert "<and>" not in html


def test_uncertainty_drawing() -> None:
    """Fuzzy times are faded bands, short ones get a mark, durative ones a solid core."""
    svg = parse_svg(timeline_html(seed_timeline()))
    by_kind = {g.get("data-kind"): g for g in svg.findall(f".//{SVG}g[@class='tl-event']")}
    arms = by_kind["arms_sale"]  # November 2025: a visible band, no core
    band = arms.find(f"{SVG}rect[@class='tl-band']")
    assert band is not None
    assert float(band.get("fill-opacity", "1")) < 0.5
    assert float(band.get("width", "0")) > 8
    assert arms.find(f"{SVG}rect[@class='tl-core']") is None
    call = by_kind["call"]  # a day on a five-year axis: too narrow, so a mark
    assert call.find(f"{SVG}path[@class='tl-mark']") is not None
    plan = by_kind["period"]  # 2026/2030 fills its span: a solid core
    core = plan.find(f"{SVG}rect[@class='tl-core']")
    assert core is not None
    assert float(core.get("fill-opacity", "0")) > 0.5


def test_open_and_qualified_times() -> None:
    """Open ends get an arrow; approximate times a dashed outline."""
    tl = Timeline(
        [
            Event(kind="period", when=When.parse("2025-11/..")),
            Event(kind="statement", when=When.parse("2025-11~")),
            Event(kind="election", when=When.year(2027)),
        ]
    )
    svg = parse_svg(timeline_html(tl))
    by_kind = {g.get("data-kind"): g for g in svg.findall(f".//{SVG}g[@class='tl-event']")}
    assert by_kind["period"].find(f"{SVG}path[@class='tl-open']") is not None
    band = by_kind["statement"].find(f"{SVG}rect[@class='tl-band']")
    assert band is not None
    assert band.get("stroke-dasharray")


def test_tooltip_names_bounds_of_fuzzy_times() -> None:
    """The hover title of a fuzzy event states its bounds."""
    svg = parse_svg(timeline_html(Timeline([Event(kind="arms_sale", when=When.month(2025, 11))])))
    title = svg.find(f".//{SVG}title")
    assert title is not None
    assert "somewhere in 2025-11-01 … 2025-11-30" in (title.text or "")


def test_group_by_participant() -> None:
    """Grouping by participant puts an event on each participant's row and adds a legend."""
    svg = svg_strip(seed_timeline(), by="participant")
    root = ET.fromstring(svg)
    groups = [t.text for t in root.findall(f".//{SVG}text[@class='tl-group']")]
    assert "Xi Jinping" in groups
    assert "Vladimir Putin" in groups
    assert "(no participant)" in groups  # the treaty expiry
    drawn = root.findall(f".//{SVG}g[@class='tl-event']")
    assert len(drawn) == 9  # every (event, participant) pair among the dated events
    with pytest.raises(ValueError, match="'kind' or 'participant'"):
        svg_strip(seed_timeline(), by="place")  # type: ignore[arg-type]


def test_lanes_keep_overlapping_events_apart() -> None:
    """Events of one kind that overlap in time go on different lanes."""
    tl = Timeline(
        [
            Event(kind="meeting", when=When.day(2026, 2, d), participants=(f"P{d}",))
            for d in (4, 4, 5)
        ]
        + [Event(kind="meeting", when=When.day(2026, 3, 20))]
    )
    root = ET.fromstring(svg_strip(tl))
    ys = {
        g.find(f"{SVG}rect[@class='tl-band']").get("y")  # type: ignore[union-attr]
        for g in root.findall(f".//{SVG}g[@class='tl-event']")
    }
    assert len(ys) >= 2


def test_readable_for_500_events() -> None:
    """500 events: labels off, bounded height, still one drawn group per event."""
    start = pendulum.datetime(2020, 1, 1)
    kinds = ["meeting", "call", "visit", "statement", "sanction"]
    tl = Timeline(
        [
            Event(
                kind=kinds[i % 5],
                when=When.day(*(start.add(days=3 * i).timetuple()[:3])),
                participants=(f"Leader {i % 17}",),
            )
            for i in range(500)
        ]
    )
    html = timeline_html(tl)
    svg = parse_svg(html)
    assert len(svg.findall(f".//{SVG}g[@class='tl-event']")) == 500
    assert svg.find(f".//{SVG}text[@class='tl-label']") is None
    height = float((svg.get("viewBox") or "").split()[3])
    assert height < 600
    assert "overflow:auto" in html  # the table scrolls
    assert len(html) < 600_000


def test_small_timelines_are_labelled() -> None:
    """Up to 40 events carry headline labels next to their marks."""
    root = parse_svg(timeline_html(seed_timeline()))
    labels = [t.text for t in root.findall(f".//{SVG}text[@class='tl-label']")]
    assert "treaty expiry: New START" in labels


def test_ticks_follow_the_scale() -> None:
    """Axis ticks are years on a multi-year axis and days on a week-long one."""
    years = parse_svg(timeline_html(seed_timeline()))
    tick_labels = [t.text or "" for t in years.findall(f".//{SVG}text[@class='tl-tick']")]
    assert "2027" in tick_labels
    week = Timeline([Event(kind="call", when=When.day(2026, 2, d)) for d in range(2, 9)])
    day_labels = [
        t.text or ""
        for t in parse_svg(timeline_html(week)).findall(f".//{SVG}text[@class='tl-tick']")
    ]
    assert any(label.endswith("Feb") for label in day_labels)


def test_empty_and_undated_timelines() -> None:
    """An empty timeline and one with only undated events still render."""
    assert "no events" in timeline_html(Timeline())
    html = timeline_html(Timeline([Event(kind="statement")]))
    assert "1 without a time" in html
    parse_svg(html)


@given(timelines())
@settings(max_examples=30)
def test_any_timeline_renders_valid_svg(tl: Timeline) -> None:
    """Every generated timeline renders: the strip is well-formed XML, one row per event."""
    html = timeline_html(tl)
    if len(tl):
        svg = parse_svg(html)
        assert html.count('<tr class="tl-row"') == len(tl)
        width = float((svg.get("viewBox") or "").split()[2])
        for band in svg.findall(f".//{SVG}rect[@class='tl-band']"):
            x, w = float(band.get("x", "nan")), float(band.get("width", "nan"))
            assert x >= 0
            assert x + w <= width + 1


def test_event_html_card() -> None:
    """The event card shows time, bounds, participants, place, attributes and the sentence."""
    ev = next(iter(seed_timeline().of_kind("meeting")))
    card = event_html(ev)
    assert "2026-02-04" in card
    assert "somewhere within" in card
    assert "Xi Jinping, Vladimir Putin" in card
    assert "Beijing" in card
    assert "&lt;and&gt;" in card
    assert "unknown" in event_html(Event(kind="statement"))


def test_page_is_standalone() -> None:
    """The page is a whole HTML document that loads nothing from the network."""
    page = page_html(seed_timeline(), title="Xi, Putin & Trump")
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Xi, Putin &amp; Trump</title>" in page
    assert not re.search(r"<(script|link|img|iframe)\b", page)
    assert not re.search(r"https?://", page.replace('xmlns="http://www.w3.org/2000/svg"', ""))
    assert render_html(seed_timeline()) == page_html(seed_timeline())


def test_render_html_titles_extractions_with_their_headline() -> None:
    """The CLI's page for an extraction is titled with the text's first line."""
    from timeline.extraction.pipeline import extract

    extraction = extract(
        "Leaders meet in Paris\n\nMacron met Merz on March 2, 2026.", published="2026-03-03"
    )
    page = render_html(extraction)
    assert "<title>Leaders meet in Paris</title>" in page


def test_plot_draws_the_same_picture() -> None:
    """plot() returns a Figure with one band per dated event, a marker for short ones."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    fig = plot(seed_timeline())
    assert isinstance(fig, Figure)
    (ax,) = fig.axes
    rects = [p for p in ax.patches if isinstance(p, Rectangle) and p.get_zorder() >= 2]
    assert len(rects) == 6 + 1  # six bands, one solid core (the plan)
    faded = [r for r in rects if (r.get_alpha() or 1) < 0.5]
    assert len(faded) == 6
    assert any(line.get_marker() == "D" for line in ax.lines)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert "treaty expiry" in labels
    fig.canvas.draw()  # renders without error on Agg
    by_participant = plot(seed_timeline(), by="participant")
    labels = [t.get_text() for t in by_participant.axes[0].get_yticklabels()]
    assert "Donald Trump" in labels
    (legend,) = by_participant.legends
    assert "treaty expiry" in [t.get_text() for t in legend.get_texts()]


def test_plot_without_matplotlib(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without matplotlib, plot() says which extra to install."""
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(ImportError, match=r"news-timeline\[plot\]"):
        plot(seed_timeline())


def test_huge_timelines_are_capped() -> None:
    """Beyond max_events, the repr draws and lists only the first events and says so."""
    tl = Timeline(
        [
            Event(kind="call", when=When.day(2026, 1, 1 + i % 28), participants=(f"P{i}",))
            for i in range(60)
        ]
    )
    html = timeline_html(tl, max_events=25)
    assert "60 events; showing the first 25" in html
    assert html.count('<tr class="tl-row"') == 25
    assert len(parse_svg(html).findall(f".//{SVG}g[@class='tl-event']")) == 25


@given(timelines())
@settings(max_examples=15)
def test_any_timeline_plots(tl: Timeline) -> None:
    """Every generated timeline plots and renders to PNG; one band per drawn event."""
    import io

    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.patches import Rectangle

    fig = plot(tl)
    fig.savefig(io.BytesIO(), format="png")
    (ax,) = fig.axes
    bands = [p for p in ax.patches if isinstance(p, Rectangle) and (p.get_alpha() or 1) < 0.5]
    drawable = [ev for ev in tl if ev.when is not None and not ev.when.is_duration]
    assert len(bands) == len(drawable)
