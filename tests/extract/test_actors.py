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
    assert names("Biden and Xi traded barbs over chips.") == ["Joe Biden", "Xi Jinping"]
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


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        (
            "Modi later met his Australian counterpart Anthony Albanese in Sydney.",
            "his Australian counterpart Anthony Albanese",
            "Anthony Albanese",
            "Australia",
        ),
        (
            "Rubio sat down with Russia's foreign minister, Sergei Lavrov, for four hours.",
            "Russia's foreign minister, Sergei Lavrov",
            "Sergei Lavrov",
            "Russia",
        ),
        (
            "The Indian prime minister, Narendra Modi, flew on to Vienna.",
            "The Indian prime minister, Narendra Modi",
            "Narendra Modi",
            "India",
        ),
        (
            "Ukraine's leader Volodymyr Zelensky thanked the allies.",
            "Ukraine's leader Volodymyr Zelensky",
            "Volodymyr Zelensky",
            "Ukraine",
        ),
        (
            "She phoned her Kenyan counterpart, Musalia Mudavadi, on Friday.",
            "her Kenyan counterpart, Musalia Mudavadi",
            "Musalia Mudavadi",
            "Kenya",
        ),
        (
            "Peru's new president, Jose Jeri, was sworn in on Friday.",
            "Peru's new president, Jose Jeri",
            "Jose Jeri",
            "Peru",
        ),
        (
            "Chile's top diplomat, Alberto van Klaveren, arrived in Lima.",
            "Chile's top diplomat, Alberto van Klaveren",
            "Alberto van Klaveren",
            "Chile",
        ),
    ],
)
def test_appositions_name_the_person(text: str, surface: str, name: str, country: str) -> None:
    """An office in apposition to a name ("Russia's foreign minister, Sergei Lavrov", "his
    Australian counterpart Anthony Albanese") is one mention of the person, whose country is
    the possessor or the demonym."""
    r = ActorResolver()
    found = r.find(text)
    people = [(m.text, m.name) for m in found if m.is_person]
    assert (surface, name) in people
    assert r.country(name) == country
    # the country is part of the person's mention, not a separate participant
    assert country not in [m.name for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "The president, officials said, would decide later.",
        "The minister, who arrived on Monday, spoke briefly.",
        "His counterpart declined to comment.",
        "Russia's foreign minister said the talks went well.",
    ],
)
def test_no_apposition_without_a_name(text: str) -> None:
    """An office followed by a clause or a verb names nobody."""
    assert [m for m in ActorResolver().find(text) if m.is_person] == []


def test_title_case_office_keeps_the_title_rule() -> None:
    """ "Chilean President Gabriel Boric of ..." is read by the title rule, as before."""
    r = ActorResolver()
    found = r.find("Chilean President Gabriel Boric met Brazil's President Lula.")
    assert [(m.text, m.name) for m in found if m.is_person] == [
        ("Chilean President Gabriel Boric", "Gabriel Boric"),
        ("Brazil's President Lula", "Luiz Inacio Lula da Silva"),
    ]
    assert r.country("Gabriel Boric") == "Chile"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("G7 finance ministers met in Banff.", "G7"),
        ("Leaders of the Group of Seven met.", "G7"),
        ("the G-20 summit in Johannesburg", "G20"),
        ("NATO defence ministers gathered.", "NATO"),
        ("the European Union imposed duties", "European Union"),
        ("ASEAN foreign ministers met.", "ASEAN"),
        ("the United Nations Security Council voted", "United Nations Security Council"),
        ("the UN General Assembly adopted a resolution", "United Nations General Assembly"),
        ("BRICS leaders gathered in Rio.", "BRICS"),
        ("the Gulf Cooperation Council met", "Gulf Cooperation Council"),
        ("Houthi rebels fired drones", "Houthis"),
    ],
)
def test_organisations_as_actors(text: str, name: str) -> None:
    """Blocs, alliances and armed groups are organisations, under one canonical name."""
    found = ActorResolver().find(text)
    assert [(m.name, m.role) for m in found][:1] == [(name, MentionRole.ORGANISATION)]


def test_general_assembly_is_no_general() -> None:
    """ "General" is a military title, but "General Assembly" names no person."""
    assert [m for m in ActorResolver().find("The General Assembly voted.") if m.is_person] == []


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Cambodian", "Cambodia"),
        ("Malian", "Mali"),
        ("Somali", "Somalia"),
        ("Ecuadorian", "Ecuador"),
        ("Burkina Faso", "Burkina Faso"),
        ("Democratic Republic of Congo", "Democratic Republic of the Congo"),
        ("Palestine", "Palestine"),
    ],
)
def test_more_countries_and_demonyms(word: str, country: str) -> None:
    """The gazetteer covers Africa, Latin America and smaller European states too."""
    assert country_of(word) == country


_GIVEN = ("Ana", "Tomas", "Leila", "Kwame", "Ingrid", "Rahul")
_FAMILY = ("Moreno", "Lindqvist", "Haddad", "Mensah", "Okafor", "Varga")
_ROLES = ("foreign minister", "prime minister", "defence minister", "president", "leader")


@given(
    st.sampled_from(sorted(GAZETTEER.countries)),
    st.sampled_from(_ROLES),
    st.sampled_from(_GIVEN),
    st.sampled_from(_FAMILY),
    st.booleans(),
)
def test_possessive_apposition_property(
    country: str, role: str, given_name: str, family: str, comma: bool
) -> None:
    """For any country, office and two-word name, "<Country>'s <office>[,] <Name>" is one
    person mention with that country."""
    if country.startswith("the "):
        return
    name = f"{given_name} {family}"
    sep = ", " if comma else " "
    text = f"Officials said {country}'s {role}{sep}{name}{',' if comma else ''} arrived today."
    r = ActorResolver()
    people = [m for m in r.find(text) if m.is_person]
    assert [m.name for m in people] == [name]
    assert r.country(name) == GAZETTEER.countries[country]


def test_country_institution_in_a_pair_is_one_mention() -> None:
    """ "Chad's army and the rebels": "X's army" before "and" is the country as one actor,
    so the pair reads as a list; a lone possessive stays a possessive."""
    found = ActorResolver().find("Mali's army and Wagner Group fighters clashed. Mali's plan.")
    assert [(m.text, m.name, m.possessive) for m in found] == [
        ("Mali's army", "Mali", False),
        ("Wagner Group", "Wagner Group", False),
        ("Mali", "Mali", True),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        (
            "Iran's supreme leader, Ayatollah Ali Khamenei, spoke on Friday.",
            "Iran's supreme leader, Ayatollah Ali Khamenei",
            "Ali Khamenei",
        ),
        (
            "The country's president, Bola Tinubu, flew to Abuja.",
            "The country's president, Bola Tinubu",
            "Bola Tinubu",
        ),
        (
            "Lt. Gen. Oleksandr Syrskyi toured the front.",
            "Lt. Gen. Oleksandr Syrskyi",
            "Oleksandr Syrskyi",
        ),
    ],
)
def test_titles_inside_appositions_and_military_ranks(text: str, surface: str, name: str) -> None:
    """A title after the office is dropped from the name; ranks are titles."""
    found = [(m.text, m.name) for m in ActorResolver().find(text) if m.is_person]
    assert found == [(surface, name)]


def test_a_person_owner_stays_a_mention() -> None:
    """ "Erdogan's spokesman, Omer Celik": the spokesman is named, Erdogan stays a mention."""
    found = ActorResolver().find("Erdogan's spokesman, Omer Celik, said the talks went well.")
    assert [(m.text, m.name) for m in found] == [
        ("Erdogan", "Recep Tayyip Erdogan"),
        ("spokesman, Omer Celik", "Omer Celik"),
    ]


@given(st.text(alphabet=" ,.'\n\u2019sAaBbeilnoprtuyCMPRS", max_size=120))
def test_apposition_rule_never_crashes(text: str) -> None:
    """Offices, possessives, commas and line breaks in any order never break the resolver."""
    prefix = "Russia's foreign minister, "
    for mention in ActorResolver().find(prefix + text):
        assert 0 <= mention.start < mention.end <= len(prefix + text)


def test_the_people_of_a_country_stand_for_it_but_an_ethnic_group_does_not() -> None:
    """ "Americans", "South Koreans" name a country's people; "ethnic Russians" a people."""
    found = ActorResolver().find(
        "Americans and South Koreans watched as ethnic Russians in Estonia protested."
    )
    assert [(m.text, m.name) for m in found] == [
        ("Americans", "United States"),
        ("South Koreans", "South Korea"),
        ("Estonia", "Estonia"),
    ]
