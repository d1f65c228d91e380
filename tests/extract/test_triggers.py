"""Tests for timeline.extraction.triggers: the trigger lexicon, inflection and modality."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extraction.triggers import (
    LEXICON,
    Modality,
    TriggerSpec,
    assess,
    find_triggers,
    noun_forms,
    verb_forms,
)


def kinds(text: str) -> list[tuple[str, str]]:
    """Kind and text of every trigger in *text*."""
    return [(t.kind, t.text) for t in find_triggers(text)]


def modalities(text: str) -> list[tuple[str, str]]:
    """Trigger text and modality value of every trigger in *text*."""
    return [(t.text, assess(text, t).value) for t in find_triggers(text)]


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [
        ("meet", ("meet", "meets", "met", "meeting")),
        ("sign", ("sign", "signs", "signed", "signing")),
        ("expire", ("expire", "expires", "expired", "expiring")),
        ("sanction", ("sanction", "sanctions", "sanctioned", "sanctioning")),
        (
            "speak by phone",
            (
                "speak by phone",
                "speaks by phone",
                "spoke by phone",
                "spoken by phone",
                "speaking by phone",
            ),
        ),
    ],
)
def test_verb_forms(lemma: str, expected: tuple[str, ...]) -> None:
    """Regular and irregular verbs, and phrasal verbs, inflect their first word."""
    assert verb_forms(lemma) == expected


def test_noun_forms_plural_and_pluralia_tantum() -> None:
    """Nouns get a plural; words that are always plural keep one form."""
    assert noun_forms("arms sale") == ("arms sale", "arms sales")
    assert noun_forms("negotiations") == ("negotiations",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xi met Putin.", [("meeting", "met")]),
        ("Xi spoke by phone with Trump.", [("call", "spoke by phone")]),
        ("They held talks in Geneva.", [("meeting", "talks")]),
        ("Biden spoke today with Putin.", [("call", "spoke")]),
        ("Ruto visited Washington.", [("visit", "visited")]),
        ("the approaching expiration of the New START treaty", [("treaty_expiry", "expiration")]),
        ("Russia withdrew from the CFE Treaty.", [("treaty_withdrawal", "withdrew from")]),
        ("the extension of the New START Treaty", [("treaty_extension", "extension")]),
        ("an $11.1 billion arms sale to Taiwan", [("arms_sale", "arms sale")]),
        ("the largest U.S. weapons package", [("arms_sale", "weapons package")]),
        ("the sale of 66 F-16 fighter jets", [("arms_sale", "sale")]),
        ("Moscow's Victory Day Parade", [("parade", "Parade")]),
        ("the 60th anniversary of relations", [("commemoration", "anniversary")]),
        ("The sudden Russian military build-up", [("military_action", "military build-up")]),
        ("China's 15th Five-Year Plan", [("period", "Five-Year Plan")]),
        ("the presidential election", [("election", "presidential election")]),
    ],
)
def test_triggers_by_kind(text: str, expected: list[tuple[str, str]]) -> None:
    """Each built-in kind is found through its common news wording."""
    assert kinds(text) == expected


def test_multiword_triggers_allow_hyphens_and_spaces() -> None:
    """ "build-up", "build up" and "buildup" all match."""
    assert kinds("a military build up")[0][0] == "military_action"
    assert kinds("a Russian buildup")[0][0] == "military_action"


@pytest.mark.parametrize(
    "text",
    [
        "They called on Russia to de-escalate.",
        "The so-called reform failed.",
        "The expiration date of the coupon passed.",
        "The plan failed.",
        "He served a second term.",
        "The phone rang.",
    ],
)
def test_no_trigger_in_non_event_uses(text: str) -> None:
    """Uses that name no event of our kinds are not triggers."""
    assert find_triggers(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("While a phone call cannot resolve all issues, it helps.", "generic"),
        ("China remains committed to dialogue.", "generic"),
        ("It urged Washington to handle arms sales to Taiwan prudently.", "generic"),
        ("They did not meet.", "negated"),
        ("No summit was held.", "negated"),
        ("If they meet, it will help.", "hypothetical"),
        ("Biden will host Ruto for a State Visit.", "planned"),
        ("Biden proposed a summit meeting in a third country.", "planned"),
        ("during upcoming visits by Secretary Yellen", "planned"),
        ("They agreed to continue consultations.", "planned"),
        ("Xi held a virtual meeting with Putin.", "asserted"),
        ("The phone call between Xi and Trump was the first.", "asserted"),
        ("Iran launched one of the largest missile and drone attacks on record.", "asserted"),
        ("Readout of Peace Talks in Geneva", "asserted"),
    ],
)
def test_modality(text: str, expected: str) -> None:
    """Generic, negated, hypothetical and planned mentions are told apart from asserted ones."""
    found = modalities(text)
    assert found, text
    assert found[0][1] == expected


def test_modality_is_event() -> None:
    """Only asserted and planned mentions become events."""
    assert [m for m in Modality if m.is_event] == [Modality.ASSERTED, Modality.PLANNED]


def test_custom_lexicon() -> None:
    """A user lexicon adds a kind without touching the library."""
    spec = TriggerSpec(kind="cyberattack", forms=noun_forms("cyberattack"), pos="noun")
    found = find_triggers("A cyberattack hit the ministry.", lexicon=(*LEXICON, spec))
    assert [(t.kind, t.text) for t in found] == [("cyberattack", "cyberattack")]


def test_offsets_within_window() -> None:
    """Triggers are searched only inside the given window, offsets into the whole text."""
    text = "They met. Then they met again."
    found = find_triggers(text, 10)
    assert [(t.start, t.end) for t in found] == [(20, 23)]
    assert text[20:23] == "met"


@given(st.text(max_size=300))
def test_find_triggers_any_text(text: str) -> None:
    """For any text, triggers are sorted, inside the text, non-overlapping, and assessable."""
    found = find_triggers(text)
    last_end = -1
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        assert t.start >= last_end
        last_end = t.end
        assert isinstance(assess(text, t), Modality)


def test_mass_noun_with_a_named_agent_is_specific() -> None:
    """ "Russian aggression" is an event; bare "aggression" stays generic."""
    assert ("aggression", "asserted") in modalities("They defended it against Russian aggression.")
    assert ("aggression", "generic") in modalities("They are committed to fighting aggression.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Scholz flew to Tokyo on Monday to meet Kishida.", "asserted"),
        ("Scholz will fly to Tokyo next week to meet Kishida.", "planned"),
        ("Scholz did not fly to Tokyo to meet Kishida.", "hypothetical"),
        ("It is a crime to meet Kishida.", "hypothetical"),
    ],
)
def test_purpose_of_a_trip_has_the_trip_status(text: str, expected: str) -> None:
    """ "flew to Tokyo to meet X" happened; "will fly ... to meet X" is planned."""
    assert dict(modalities(text))["meet"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Scholz laid a wreath at the memorial.", [("laid a wreath", "asserted")]),
        ("She attended a memorial service on Monday.", [("memorial service", "asserted")]),
        ("A remembrance ceremony was held.", [("remembrance ceremony", "asserted")]),
        ("Japan tightened sanctions on Russia.", [("sanctions", "asserted")]),
        ("Canada extended sanctions against Iran.", [("sanctions", "asserted")]),
        ("Economists say tightened sanctions rarely work.", [("sanctions", "generic")]),
        ("They agreed on Feb. 4, 2026 to extend the treaty.", [("extend", "planned")]),
        ("They agreed on 4 May 2026 to extend the treaty.", [("extend", "planned")]),
        ("It may be wise to extend the treaty.", [("extend", "hypothetical")]),
    ],
)
def test_ceremonies_sanction_changes_and_dated_intent(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Ceremony phrases are triggers; a change to sanctions on a named target is an event; a
    date between "agreed" and its infinitive keeps the plan (and "May" the month is no modal)."""
    assert [(t.text, assess(text, t).value) for t in find_triggers(text)] == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Italy agreed to sell armored vehicles to Japan.", True),
        ("India will buy artillery systems from France.", True),
        ("Seoul plans to purchase patrol boats.", True),
        ("The firm agreed to sell its radar systems business.", False),
        ("He agreed to sell his house.", False),
    ],
)
def test_arms_sales_named_by_their_goods(text: str, found: bool) -> None:
    """Selling or buying weapons (vehicles, systems, boats) is an arms sale; a business is not."""
    assert any(t.kind == "arms_sale" for t in find_triggers(text)) is found
