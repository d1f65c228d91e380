"""Acceptance: the seed article's events, built by hand, answer the questions a reader asks.

The article (../shared/seed/xi-putin-trump-feb4.txt, published 2026-02-05): Xi Jinping held a
virtual meeting with Vladimir Putin on Feb. 4 and, hours later, spoke by phone with Donald
Trump, one day before the New START treaty expired; it recalls the $11.1 billion U.S. arms sale
to Taiwan announced in November, the Sept. 3 V-Day commemorations in Beijing, and China's 15th
Five-Year Plan (2026-2030).
"""

from __future__ import annotations

import pendulum
import pytest

from timeline.events import Actor, ActorType, Event, Mention, Money
from timeline.relations import Allen
from timeline.timeline import Timeline
from timeline.when import When

try:  # pytest puts tests/ on sys.path (rootdir conftest); as a package it is tests.conftest
    from conftest import SHARED
except ImportError:  # pragma: no cover
    from tests.conftest import SHARED

SEED = SHARED / "seed" / "xi-putin-trump-feb4.txt"

XI = Actor("Xi Jinping", ActorType.PERSON)
PUTIN = Actor("Vladimir Putin", ActorType.PERSON)
TRUMP = Actor("Donald Trump", ActorType.PERSON)
US = Actor("United States", ActorType.COUNTRY, aliases={"U.S.", "Washington"})
TAIWAN = Actor("Taiwan", ActorType.COUNTRY)
CHINA = Actor("China", ActorType.COUNTRY, aliases={"Beijing"})


def _mention(text: str, phrase: str, occurrence: int = 0) -> Mention:
    """The ``occurrence``-th mention of ``phrase`` in ``text``, with its sentence (a line)."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    end = start + len(phrase)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return Mention(start=start, end=end, text=phrase, document="seed",
                   sentence=text[line_start:line_end], sentence_span=(line_start, line_end))


@pytest.fixture(scope="module")
def text() -> str:
    """The seed article, read from the shared corpus."""
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def events(text: str) -> dict[str, Event]:
    """The article's events, by a short name."""
    return {
        "meeting": Event(
            kind="meeting", when=When.day(2026, 2, 4), participants=(XI, PUTIN),
            location="Beijing", attributes={"mode": "virtual"},
            mentions=(_mention(text, "virtual meeting"), _mention(text, "virtual meeting", 1)),
        ),
        "call": Event(
            kind="call", when=When.day(2026, 2, 4), participants=(XI, TRUMP),
            attributes={"mode": "phone"},
            mentions=(_mention(text, "spoke by phone"), _mention(text, "phone call")),
        ),
        "expiry": Event(
            kind="treaty_expiry", when=When.day(2026, 2, 5), attributes={"treaty": "New START"},
            mentions=(_mention(text, "expiration"),),
        ),
        "sale": Event(
            kind="arms_sale", when=When.month(2025, 11), participants=(US, TAIWAN),
            attributes={"amount": Money.parse("$11.1 billion"), "seller": "United States",
                        "buyer": "Taiwan"},
            mentions=(_mention(text, "arms sale"),),
        ),
        "plan": Event(
            kind="period", when=When.parse("2026/2030"), participants=(CHINA,),
            attributes={"name": "15th Five-Year Plan"},
            mentions=(_mention(text, "15th Five-Year Plan"),),
        ),
        "vday": Event(
            kind="commemoration", when=When.day(2025, 9, 3), participants=(PUTIN,),
            location="Beijing", attributes={"name": "V-Day commemorations"},
            mentions=(_mention(text, "commemorations"),),
        ),
        "parade": Event(
            kind="parade", when=When.day(2025, 5, 9), participants=(XI,), location="Moscow",
            attributes={"name": "Victory Day Parade"},
            mentions=(_mention(text, "Victory Day Parade"),),
        ),
    }


@pytest.fixture(scope="module")
def timeline(events: dict[str, Event]) -> Timeline:
    """The timeline, with the article's explicit order: the call came hours after the meeting."""
    tl = Timeline(events.values())
    return tl.constrain(
        events["call"], "after", events["meeting"], gap=(pendulum.duration(hours=1), None)
    )


def test_the_mentions_point_into_the_article(text: str, events: dict[str, Event]) -> None:
    """Every hand-made mention is the article's text at its offsets."""
    for event in events.values():
        for m in event.mentions:
            assert text[m.start : m.end] == m.text


def test_iteration_is_chronological(timeline: Timeline, events: dict[str, Event]) -> None:
    """The timeline runs from the Victory Day parade to the five-year plan's years."""
    kinds = [e.kind for e in timeline]
    # by earliest start: the plan starts on 2026-01-01; same-day events are ordered by id
    assert kinds[:4] == ["parade", "commemoration", "arms_sale", "period"]
    assert set(kinds[4:6]) == {"meeting", "call"}
    assert kinds[6] == "treaty_expiry"
    assert len(kinds) == len(events)


def test_meeting_definitely_before_call(timeline: Timeline, events: dict[str, Event]) -> None:
    """Same day by the dates; "hours later" makes the meeting certainly first."""
    meeting, call = events["meeting"], events["call"]
    assert timeline.relation(meeting, call).certain is Allen.BEFORE
    assert timeline.relation(call, meeting).certain is Allen.AFTER
    ordering = timeline.order()
    assert [e.kind for e in ordering] == [
        "parade", "commemoration", "arms_sale", "period", "meeting", "call", "treaty_expiry"
    ]
    # the plan overlaps the meeting: that is the only adjacent pair the text leaves open
    assert ordering.unknown == ((events["plan"], meeting),)
    assert timeline.order().known(meeting, call)
    assert meeting in timeline.before(call)
    assert call in timeline.after(meeting)
    # without the constraint, the day alone does not say which came first
    assert len(Timeline(events.values()).relation(meeting, call)) == 13
    assert not Timeline(events.values()).order().known(meeting, call)


def test_both_on_the_day_before_the_expiry(timeline: Timeline, events: dict[str, Event]) -> None:
    """Meeting and call are on Feb. 4, the expiry on Feb. 5: both certainly before it."""
    expiry = events["expiry"]
    day_before = expiry.when.shift(pendulum.duration(days=-1))  # type: ignore[union-attr]
    for name in ("meeting", "call"):
        event = events[name]
        assert event.when == day_before
        assert timeline.relation(event, expiry).possible <= {Allen.BEFORE, Allen.MEETS}
    assert {e.kind for e in timeline.before(expiry)} >= {"meeting", "call"}
    on_the_day = timeline.during(day_before, certainly=True)
    assert {e.kind for e in on_the_day} == {"meeting", "call"}
    assert [e.kind for e in on_the_day.order()] == ["meeting", "call"]


def test_sale_and_commemoration_before_the_meeting(
    timeline: Timeline, events: dict[str, Event]
) -> None:
    """The November arms sale and the Sept. 3 commemoration came before the Feb. 4 meeting."""
    before = timeline.before(events["meeting"])
    assert events["sale"] in before
    assert events["vday"] in before
    assert events["call"] not in before
    assert timeline.relation(events["sale"], events["meeting"]).certain is Allen.BEFORE


def test_call_during_the_plan(timeline: Timeline, events: dict[str, Event]) -> None:
    """The call falls within the 15th Five-Year Plan (2026-2030)."""
    plan, call = events["plan"], events["call"]
    assert call in timeline.during(plan, certainly=True)
    assert plan in timeline.containing(call, certainly=True)
    assert timeline.relation(call, plan).certain is Allen.DURING
    assert timeline.context(call).periods == (plan,)


def test_context_of_the_call(timeline: Timeline, events: dict[str, Event]) -> None:
    """Three months back from the call: the arms sale and the meeting (not Sept. 3)."""
    ctx = timeline.context(events["call"], before=pendulum.duration(months=3))
    assert [e.kind for e in ctx.before] == ["arms_sale", "meeting"]
    assert events["vday"] not in ctx.before
    assert ctx.after == (events["expiry"],)
    assert events["plan"] in ctx.overlapping
    assert events["meeting"] not in ctx.overlapping
    assert events["meeting"] in ctx.shared_participants  # Xi Jinping
    assert events["parade"] in ctx.shared_participants
    assert events["sale"] not in ctx.shared_participants
    assert ctx.sentences[0].startswith("Lead: Chinese President Xi Jinping")
    # without a limit, everything certainly before the call
    unlimited = timeline.context(events["call"])
    assert {e.kind for e in unlimited.before} == {"parade", "commemoration", "arms_sale",
                                                  "meeting"}


def test_filters_on_the_seed(timeline: Timeline, events: dict[str, Event]) -> None:
    """Filters chain and keep the constraint between retained events."""
    xi = timeline.involving("Chinese President Xi")
    assert {e.kind for e in xi} == {"meeting", "call", "parade"}
    talks = xi.of_kind("meeting", "call")
    assert talks.relation(events["meeting"], events["call"]).certain is Allen.BEFORE
    assert [e.kind for e in talks.order()] == ["meeting", "call"]
    # overlapping in time first (chronologically), then by distance
    assert timeline.nearest(events["call"], 3) == (events["plan"], events["meeting"],
                                                   events["expiry"])


def test_contradicting_the_article_is_refused(timeline: Timeline, events: dict[str, Event]) -> None:
    """Saying the call came before the meeting contradicts "hours later"."""
    from timeline.errors import ConstraintError

    with pytest.raises(ConstraintError):
        timeline.constrain(events["call"], "before", events["meeting"])
    with pytest.raises(ConstraintError):
        timeline.constrain(events["expiry"], "before", events["meeting"])
