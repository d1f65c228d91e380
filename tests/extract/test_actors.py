"""Tests for timeline.extraction.actors: people, countries, organisations and coreference."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extraction.actors import (
    GAZETTEER,
    ActorResolver,
    MentionRole,
    canonical_person_name,
    country_of,
)
from timeline.extraction.grammar import MONTHS_ABBR, MONTHS_FULL, WEEKDAYS


def names(text: str, resolver: ActorResolver | None = None) -> list[str]:
    """Canonical names of the actors in *text*."""
    return [m.name for m in (resolver or ActorResolver()).find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chinese President Xi Jinping spoke.", ["Xi Jinping"]),
        ("President Joseph R. Biden, Jr. spoke.", ["Joe Biden"]),
        ("Russian Presidential Aide Yury Ushakov said so.", ["Yury Ushakov"]),
        ("His Majesty King Abdullah II of Jordan came.", ["Abdullah II", "Jordan"]),
        (
            "Secretary Rubio, Special Envoy Witkoff and Mr. Jared Kushner met.",
            ["Marco Rubio", "Steve Witkoff", "Jared Kushner"],  # known figures: full names
        ),
        ("Czech Prime Minister Petr Fiala arrived.", ["Petr Fiala"]),
    ],
)
def test_people_with_titles(text: str, expected: list[str]) -> None:
    """People are recognised by their titles; the canonical name drops titles and initials."""
    assert names(text) == expected


def test_coreference_to_one_name_per_document() -> None:
    """ "Xi", "President Xi Jinping" and "Chinese President Xi" resolve to one name."""
    r = ActorResolver()
    assert names("President Xi Jinping met U.S. President Donald Trump.", r) == [
        "Xi Jinping",
        "Donald Trump",
    ]
    assert names("Xi told Trump that Chinese President Xi wants calm.", r) == [
        "Xi Jinping",
        "Donald Trump",
        "Xi Jinping",
    ]


def test_canonical_upgrades_to_the_longest_name() -> None:
    """A short first mention resolves to the fuller name seen later."""
    r = ActorResolver()
    r.find("Readout of President Biden's Call.")
    r.find("President Joseph R. Biden, Jr. spoke today.")
    assert r.canonical("Biden") == "Joe Biden"


def test_bare_title_refers_to_the_person_with_that_title() -> None:
    """ "The President" is the person introduced as President."""
    r = ActorResolver()
    assert names("President Joe Biden spoke. The President then left.", r) == [
        "Joe Biden",
        "Joe Biden",
    ]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("the U.S. said", "United States", MentionRole.COUNTRY),
        ("the People's Republic of China (PRC)", "China", MentionRole.COUNTRY),
        ("Beijing seeks stability", "China", MentionRole.CAPITAL),
        ("the Kremlin said", "Russia", MentionRole.CAPITAL),
        ("Russian aggression", "Russia", MentionRole.DEMONYM),
        ("NATO allies", "NATO", MentionRole.ORGANISATION),
        ("the U.N. Security Council", "United Nations Security Council", MentionRole.ORGANISATION),
    ],
)
def test_places_and_organisations(text: str, name: str, role: MentionRole) -> None:
    """Countries, capitals as metonyms, demonyms and organisations map to canonical names."""
    found = ActorResolver().find(text)
    assert [(m.name, m.role) for m in found][:1] == [(name, role)]


def test_institutions_named_after_people_are_not_people() -> None:
    """ "the Trump administration" is no mention of the person."""
    r = ActorResolver()
    r.find("President Donald Trump spoke.")
    assert names("the Trump administration's announcement", r) == []


def test_possessive_and_hyphenated_mentions() -> None:
    """Possessives are flagged; hyphenated pairs ("Xi-Trump") give both names."""
    r = ActorResolver()
    r.find("President Xi Jinping and President Donald Trump")
    found = r.find("Moscow's parade and the Xi-Trump call")
    assert [(m.name, m.possessive) for m in found] == [
        ("Russia", True),
        ("Xi Jinping", False),
        ("Donald Trump", False),
    ]


def test_helpers() -> None:
    """canonical_person_name and country_of are usable on their own."""
    assert canonical_person_name("Donald J. Trump") == "Donald Trump"
    assert country_of("the Kremlin") == "Russia"
    assert country_of("Atlantis") is None


def test_gazetteer_extension() -> None:
    """A modified gazetteer adds organisations."""
    gaz = attrs.evolve(GAZETTEER, organisations={**GAZETTEER.organisations, "Quad": "Quad"})
    assert names("the Quad met", ActorResolver(gaz)) == ["Quad"]


@given(st.text(max_size=200))
def test_find_any_text(text: str) -> None:
    """For any text, mentions are inside it, sorted and non-overlapping."""
    found = ActorResolver().find(text)
    last = -1
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= last
        last = m.end


def test_public_figures_by_surname() -> None:
    """Prominent figures named without a title resolve through the gazetteer's people table."""
    assert names("Biden and Xi agreed to restore communications.") == ["Joe Biden", "Xi Jinping"]
    assert names("Kim Jong Un met Modi.") == ["Kim Jong Un", "Narendra Modi"]


def test_document_names_win_over_the_table() -> None:
    """A name the document introduces with a title is the one used ("Jill Biden")."""
    r = ActorResolver()
    r.find("First Lady Jill Biden spoke.")
    assert names("Biden then left.", r) == ["Jill Biden"]


def test_lower_case_roles_and_organisation_titles() -> None:
    """ "Kremlin aide Yury Ushakov", "NATO Secretary-General Mark Rutte"."""
    assert names("Kremlin aide Yury Ushakov said so.") == ["Russia", "Yury Ushakov"][1:] or names(
        "Kremlin aide Yury Ushakov said so."
    ) == ["Russia", "Yury Ushakov"]
    assert names("He met NATO Secretary-General Mark Rutte.") == ["Mark Rutte"]


def test_a_name_does_not_run_over_a_blank_line() -> None:
    """A country closing a headline is not the nationality of the person opening the text."""
    text = "Call with Chancellor Olaf Scholz of Germany\n\nPrime Minister Keir Starmer spoke."
    got = [(m.text, m.name) for m in ActorResolver().find(text)]
    assert ("Prime Minister Keir Starmer", "Keir Starmer") in got
    assert ("Germany", "Germany") in got


@given(
    st.sampled_from(["Germany", "Russia", "France"]),
    st.sampled_from(["President Emmanuel Macron", "Prime Minister Keir Starmer"]),
)
def test_mentions_never_span_a_blank_line(country: str, person: str) -> None:
    """No mention ever covers a paragraph break."""
    text = f"Talks with {country}\n\n{person} spoke."
    assert all("\n\n" not in m.text for m in ActorResolver().find(text))


def test_titled_surname_of_a_public_figure_gets_the_full_name() -> None:
    """ "President Putin", "Secretary Yellen": a known figure named by title and surname."""
    assert names("President Putin met Secretary Yellen.") == ["Vladimir Putin", "Janet Yellen"]
    # a name the text gives in full wins over the gazetteer
    r = ActorResolver()
    assert names("Minister Anna Putin spoke. Later Minister Putin left.", r) == [
        "Anna Putin",
        "Anna Putin",
    ]


def test_country_a_person_serves() -> None:
    """The text says which country a leader serves; the gazetteer knows well-known figures."""
    r = ActorResolver()
    r.find("Czech Prime Minister Petr Fiala met President William Ruto of Kenya and Modi.")
    assert r.country("Petr Fiala") == "Czech Republic"
    assert r.country("William Ruto") == "Kenya"
    assert r.country("Narendra Modi") == "India"
    assert r.country("Jane Unknown") is None


@pytest.mark.parametrize("word", [*MONTHS_FULL, *MONTHS_ABBR, *WEEKDAYS])
def test_month_and_weekday_names_open_no_name(word: str) -> None:
    """A month or weekday name before a name ("Monday Kishida met Biden") is not part of it."""
    assert names(f"{word} Kishida met Biden.") == ["Fumio Kishida", "Joe Biden"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("South Korean President Lee Jae-myung spoke.", ["Lee Jae-myung"]),
        ("Taiwan President Lai Ching-te spoke.", ["Lai Ching-te"]),
        ("South African President Cyril Ramaphosa spoke.", ["Cyril Ramaphosa"]),
        ("The Saudi-led coalition and Kremlin-backed forces fought.", []),
    ],
)
def test_hyphenated_given_names_and_two_word_demonyms(text: str, expected: list[str]) -> None:
    """ "Jae-myung" is one given name; "Saudi-led", "Kremlin-backed" are no names."""
    assert names(text) == expected
