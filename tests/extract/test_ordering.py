"""Tests for timeline.extraction.ordering: order relations stated by the text."""

from __future__ import annotations

import datetime as dt

import pendulum

from timeline.extraction.detect import detect
from timeline.extraction.merge import MergedEvent, merge
from timeline.extraction.ordering import (
    OrderFact,
    apply_gaps,
    bound_by_adjuncts,
    find_order,
    relation_name,
)
from timeline.extraction.sentences import split_sentences
from timeline.extraction.timex import find_timexes
from timeline.relations import Allen
from timeline.when import When

PUB = pendulum.datetime(2026, 2, 5)
PUB_DAY = When.day(2026, 2, 5)


def facts(text: str) -> list[tuple[str, str, str, str]]:
    """(kind a, relation, kind b, cue) for every order fact of *text*."""
    sentences = split_sentences(text)
    timexes = find_timexes(text, published=PUB, sentences=sentences)
    events = merge(detect(text, sentences, timexes), published=PUB_DAY, text=text)
    return [
        (events[f.a].kind, f.relation, events[f.b].kind, f.cue)
        for f in find_order(text, events, published=PUB_DAY)
    ]


def test_hours_later() -> None:
    """ "X and, hours later, Y": X before Y."""
    text = (
        "President Xi Jinping held a virtual meeting with President Vladimir Putin and, hours "
        "later, spoke by phone with President Donald Trump."
    )
    assert facts(text) == [("meeting", "before", "call", "hours later")]


def test_following_adjunct() -> None:
    """ "Following X, Y": X before Y."""
    text = (
        "Following the announcement of an arms sale to Taiwan, President Xi Jinping made a "
        "call to President Donald Trump."
    )
    assert facts(text) == [("arms_sale", "before", "call", "Following")]


def test_measured_gap() -> None:
    """ "one day before the expiration": an exact gap that dates the expiry."""
    text = (
        "On Feb. 4, coming just one day before the expiration of the New START treaty, "
        "President Xi Jinping held a virtual meeting with President Vladimir Putin."
    )
    sentences = split_sentences(text)
    timexes = find_timexes(text, published=PUB, sentences=sentences)
    events = merge(detect(text, sentences, timexes), published=PUB_DAY, text=text)
    found = find_order(text, events, published=PUB_DAY)
    gap_facts = [f for f in found if f.gap is not None]
    assert len(gap_facts) == 1
    assert gap_facts[0].gap == dt.timedelta(days=1)
    dated = apply_gaps(events, found)
    assert {e.kind: str(e.when) for e in dated} == {
        "meeting": "2026-02-04",
        "treaty_expiry": "2026-02-05",
    }


def test_follows_verb() -> None:
    """ "The call follows the meeting": meeting before call."""
    text = (
        "President Joe Biden spoke today with President Xi Jinping. The call follows the two "
        "leaders' meeting in Woodside in November 2023."
    )
    assert ("meeting", "before", "call", "follows") in facts(text)


def test_reports_come_after_what_they_report() -> None:
    """A statement about an event is after it; an announced intent is before its event."""
    text = (
        "President Xi Jinping held a virtual meeting with President Vladimir Putin. "
        "Aide Yury Ushakov described the video conference as productive. "
        "President Joe Biden and Prime Minister Petr Fiala announced their intent to sign a "
        "memorandum of understanding on energy."
    )
    got = facts(text)
    assert ("meeting", "before", "statement", "described") in got
    assert ("announcement", "before", "treaty_signing", "announced") in got


def test_planned_events_come_after_reported_ones() -> None:
    """A planned event is after the events of the publication day."""
    text = (
        "President Joe Biden spoke today with President Vladimir Putin. He proposed a summit "
        "meeting in a third country."
    )
    sentences = split_sentences(text)
    timexes = find_timexes(text, published=pendulum.datetime(2021, 4, 13), sentences=sentences)
    events = merge(detect(text, sentences, timexes), published=When.day(2021, 4, 13), text=text)
    found = find_order(text, events, published=When.day(2021, 4, 13))
    assert [(events[f.a].kind, events[f.b].kind, f.cue) for f in found] == [
        ("call", "summit", "tense")
    ]


def test_bound_by_adjuncts() -> None:
    """ "In the weeks preceding Feb. 4, X": X ends before Feb. 4."""
    text = "In the weeks preceding Feb. 4, China and Russia held strategic consultations."
    sentences = split_sentences(text)
    timexes = find_timexes(text, published=PUB, sentences=sentences)
    events = merge(detect(text, sentences, timexes), text=text)
    (e,) = bound_by_adjuncts(text, events, timexes)
    assert e.when is not None
    assert e.when.latest_end == When.day(2026, 2, 4).earliest_start


def test_contradictions_are_dropped() -> None:
    """A pair stated both ways gives no fact."""
    e = MergedEvent(kind="call", candidates=())
    assert apply_gaps([e], []) == (e,)
    fact = OrderFact(a=0, relation="after", b=1)
    assert fact.normalised() == (1, "before", 0)


def test_relation_names() -> None:
    """Allen relations map to the evaluation names."""
    assert [
        relation_name(r)
        for r in (Allen.BEFORE, Allen.MET_BY, Allen.DURING, Allen.CONTAINS, Allen.OVERLAPS)
    ] == ["before", "after", "during", "contains", "overlaps"]


def test_topic_of_an_encounter_came_before_it() -> None:
    """ "The two condemned the attacks", "building on the extension of X": earlier events."""
    text = (
        "Macron spoke today with Chancellor Olaf Scholz. The two condemned the recent attacks "
        "against Lithuania."
    )
    assert ("military_action", "before", "call", "topic") in facts(text)
    text = (
        "Macron spoke today with Chancellor Olaf Scholz. They discussed trade, building on the "
        "extension of the Aachen Treaty."
    )
    assert ("treaty_extension", "before", "call", "topic") in facts(text)


def test_topic_rule_yields_to_other_cues() -> None:
    """A planned event discussed in a call is not before it."""
    text = "Macron spoke today with Scholz. They discussed the planned sanctions against Belarus."
    assert not any(f[3] == "topic" for f in facts(text))


def test_defence_same_day_as_the_attack() -> None:
    """A defence is dated with the attack it answers, unless the text orders them."""
    text = "Russia launched a missile attack against Poland on Sunday. Germany defended Poland."
    assert ("military_action", "same_day", "military_action", "defence") in facts(text)


def test_announcement_during_a_visit() -> None:
    """ "announced ... during a visit to X": during the visit."""
    text = "Minister Annalena Baerbock announced new aid on Friday during a visit to Beirut."
    assert ("announcement", "during", "visit", "announced") in facts(text)
