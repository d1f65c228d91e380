"""Tests for timeline.extraction.merge: grouping the mentions of one event."""

from __future__ import annotations

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extraction.actors import GAZETTEER
from timeline.extraction.detect import detect
from timeline.extraction.merge import MergedEvent, merge, names_match
from timeline.extraction.pipeline import ExtractOptions, extract
from timeline.extraction.sentences import split_sentences
from timeline.extraction.timex import find_timexes
from timeline.when import When

PUB = pendulum.datetime(2026, 2, 5)


def events(text: str) -> tuple[MergedEvent, ...]:
    """Detect and merge with real time expressions."""
    sentences = split_sentences(text)
    timexes = find_timexes(text, published=PUB, sentences=sentences)
    return merge(detect(text, sentences, timexes), published=When.day(2026, 2, 5), text=text)


def summary(text: str) -> list[tuple[str, str | None, tuple[str, ...], int]]:
    """Kind, time, participants and number of candidates of each event."""
    return [
        (e.kind, str(e.when) if e.when else None, e.participants, len(e.candidates))
        for e in events(text)
    ]


def test_anaphoric_mentions_join_their_event() -> None:
    """ "the video conference", "the talks", "the call" join the event named before."""
    text = (
        "President Xi Jinping held a virtual meeting with President Vladimir Putin on Feb. 4. "
        "Aide Yury Ushakov described the video conference as productive. "
        "Later, President Xi Jinping spoke by phone with President Donald Trump. "
        "The call sent a signal. The talks mattered."
    )
    got = summary(text)
    assert got[0] == ("meeting", "2026-02-04", ("Xi Jinping", "Vladimir Putin"), 2)
    # "Later" gives no date of its own: the pipeline fills the narrative time after merging
    assert got[2][0:3] == ("call", None, ("Xi Jinping", "Donald Trump"))
    assert got[2][3] == 3  # "spoke by phone", "The call", "The talks"


def test_incompatible_times_stay_apart() -> None:
    """A meeting last year is not today's meeting."""
    text = (
        "President Xi Jinping met President Donald Trump on Feb. 4. Xi noted that the "
        "successful meeting in Busan the previous year had helped."
    )
    got = summary(text)
    assert [(k, w) for k, w, _, _ in got] == [("meeting", "2026-02-04"), ("meeting", "2025")]


def test_finer_time_wins() -> None:
    """ "the first call in 2026" and "the call on Feb. 4" give Feb. 4."""
    text = (
        "President Xi Jinping spoke by phone with President Donald Trump on Feb. 4. "
        "The phone call between Xi and Trump was the first between the two leaders in 2026."
    )
    assert summary(text)[0][:2] == ("call", "2026-02-04")


def test_treaty_names_must_agree() -> None:
    """Withdrawals from two treaties are two events."""
    text = "Russia withdrew from the CFE Treaty. The United States withdrew from the INF Treaty."
    got = events(text)
    assert [(e.participants, e.attributes_dict["treaty"]) for e in got] == [
        (("Russia",), "CFE Treaty"),
        (("United States",), "INF Treaty"),
    ]


def test_planned_mention_does_not_join_a_past_event() -> None:
    """ "agreed to continue consultations" is a new, planned negotiation."""
    text = (
        "Today, Secretary Marco Rubio held a meeting with the Ukrainian delegation. "
        "Both sides agreed to continue consultations."
    )
    got = events(text)
    assert [(e.kind, e.status) for e in got] == [
        ("meeting", "occurred"),
        ("negotiation", "planned"),
    ]


def test_meeting_family_members_merge_on_place() -> None:
    """ "the leaders' meeting in Woodside" and "the Woodside Summit" are one summit."""
    text = (
        "The call follows the two leaders' meeting in Woodside, California in November 2023. "
        "They reviewed issues discussed at the Woodside Summit."
    )
    got = [e for e in events(text) if e.kind != "call"]
    assert [(e.kind, str(e.when), e.location) for e in got] == [
        ("summit", "2023-11", "Woodside, California")
    ]


def test_ordered_mentions_stay_apart() -> None:
    """ "a sanctions package, which builds upon the sanctions regime" are two sanctions."""
    text = (
        "Today the United States announced a sanctions package against Russia, which builds "
        "upon the sanctions regime in place since 2022."
    )
    assert [e.kind for e in events(text)] == ["sanction", "sanction"]


def test_thin_events_are_dropped() -> None:
    """A statement without a speaker is no event."""
    assert events("These statements were not rhetorical.") == ()


def test_names_match() -> None:
    """Names match when one's words are inside the other's, titles dropped."""
    assert names_match("President Biden", "Joe Biden")
    assert not names_match("Jill Biden", "Joe Biden")


@given(st.text(max_size=300))
def test_merge_partitions_candidates(text: str) -> None:
    """Every kept candidate is in exactly one event; events are non-empty."""
    sentences = split_sentences(text)
    cands = detect(text, sentences, ())
    merged = merge(cands, text=text)
    seen = [id(c) for e in merged for c in e.candidates]
    assert len(seen) == len(set(seen))
    assert all(e.candidates for e in merged)


def test_new_events_do_not_join_unknown_parties() -> None:
    """ "its invasion" and "Israel launched airstrikes" are two military actions."""
    text = (
        "The European Union imposed new sanctions on Russia over its invasion of Ukraine. "
        "Israel launched airstrikes on Gaza overnight."
    )
    got = [(e.kind, e.participants) for e in events(text) if e.kind == "military_action"]
    # "its invasion": the possessor is the country named before (Russia)
    assert got == [("military_action", ("Ukraine", "Russia")), ("military_action", ("Israel",))]


def test_summit_setting_of_a_meeting_merges() -> None:
    """ "X and Y met in July at a summit in Kazan": one summit of X and Y."""
    text = (
        "President Vladimir Putin and Prime Minister Narendra Modi met in July at a summit in "
        "Kazan."
    )
    (e,) = events(text)
    assert (e.kind, str(e.when), e.participants, e.location) == (
        "summit",
        "2025-07",
        ("Vladimir Putin", "Narendra Modi"),
        "Kazan",
    )


def test_weak_mention_with_parties_needs_the_same_parties() -> None:
    """ "Talks between Russia and Ukraine" do not join Zelenskyy's visit to Washington."""
    text = (
        "President Volodymyr Zelenskyy returned from a visit to Washington. Talks between Russia "
        "and Ukraine have been frozen since 2022."
    )
    got = [(e.kind, e.participants) for e in events(text)]
    assert got == [("visit", ("Volodymyr Zelenskyy",)), ("meeting", ("Russia", "Ukraine"))]


def test_a_leader_and_his_country_are_one_side() -> None:
    """ "Putin's war against Ukraine" and "Russian aggression" are one war; a sanction by
    another country is not merged with it."""
    text = "President Putin's war against Ukraine has failed. Ukraine resisted Russian aggression."
    wars = [e for e in events(text) if e.kind == "military_action"]
    assert len(wars) == 1
    assert set(wars[0].participants) == {"Vladimir Putin", "Ukraine", "Russia"}
    text = "President Putin's war against Ukraine has failed. France attacked Mali."
    assert len([e for e in events(text) if e.kind == "military_action"]) == 2


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("Moscow", "Red Square", True),  # a landmark the gazetteer does not know, in a city
        ("Kremlin", "Moscow", True),  # both known, one country
        ("Washington", "Washington, D.C.", True),
        ("Moscow", "Beijing", False),
        ("Tanzania", "U.S", False),  # not a landmark: an unknown name may be anywhere
        ("Geneva Hall", "Oslo Hall", False),
    ],
)
def test_places_of_one_event(a: str, b: str, agree: bool) -> None:
    """Two places can name one event's place when one holds the other or lies inside it."""
    from timeline.extraction.merge import _places_agree

    assert _places_agree(a, b, GAZETTEER) is agree
    assert _places_agree(b, a, GAZETTEER) is agree


def test_headline_and_body_name_the_city_and_the_square() -> None:
    """A headline's "in Moscow" and the body's "on Red Square" are one parade."""

    text = ("Xi attends Victory Day parade in Moscow as guest of honour\n\nChinese President Xi "
            "Jinping watched Russia's Victory Day parade on Red Square on Friday alongside "
            "Vladimir Putin.")
    events = extract(text, published="2025-05-10").events
    assert [(e.kind, len(e.mentions)) for e in events] == [("parade", 2)]


def test_two_rounds_of_talks_are_two_events() -> None:
    """ "the second round of direct talks" and "the first round of talks on May 16" differ."""
    text = (
        "Russian and Ukrainian delegations ended a second round of direct talks in Istanbul on "
        "Monday. Russia and Ukraine exchanged prisoners under a deal reached at the first round "
        "of talks on May 16."
    )
    events = [e for e in extract(text, published="2025-06-04").events if e.kind == "negotiation"]
    assert sorted(str(e.when) for e in events) == ["2025-05-16", "2025-06-02"]


def test_later_this_week_is_still_to_come() -> None:
    """ "sanctions ... would follow later this week", "after meeting Witkoff in Moscow later
    this week": planned, though the week holds the publication day ("earlier this week" is
    past)."""
    later = extract("Putin will meet envoy Steve Witkoff in Moscow later this week.",
                    published="2025-03-12").events
    earlier = extract("Putin met envoy Steve Witkoff in Moscow earlier this week.",
                      published="2025-03-12").events
    assert [e.attributes["status"] for e in later] == ["planned"]
    assert [e.attributes["status"] for e in earlier] == ["occurred"]


def test_places_agree_by_the_gazetteer_the_extraction_uses() -> None:
    """A capital the caller's gazetteer adds lies in its country when mentions are merged, as
    it does when they are detected: "in Strelsau" and "in Ruritania" are one meeting's place."""
    custom = attrs.evolve(
        GAZETTEER,
        countries={**GAZETTEER.countries, "Ruritania": "Ruritania"},
        capitals={**GAZETTEER.capitals, "Strelsau": "Ruritania"},
    )
    text = (
        "President Xi Jinping met President Vladimir Putin in Strelsau on Monday. "
        "The meeting in Ruritania on Monday was their first this year."
    )
    default = extract(text, published="2026-02-05").events
    assert [e.location for e in default] == ["Strelsau", "Ruritania"]  # nothing says they agree
    merged = extract(text, published="2026-02-05", options=ExtractOptions(gazetteer=custom)).events
    assert [(e.kind, e.location, len(e.mentions)) for e in merged] == [("meeting", "Strelsau", 2)]
