"""Tests for timeline.extraction.attributes: money, treaty names, mode and location."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.events import Money
from timeline.extraction.attributes import (
    find_location,
    find_mode,
    find_money,
    find_treaty,
    money_to_json,
)
from timeline.extraction.grammar import MONTHS_ABBR, MONTHS_FULL, WEEKDAYS


def whole(fn, text: str, *args, **kw):  # type: ignore[no-untyped-def]
    """Call an attribute finder over the whole text."""
    return fn(text, 0, len(text), *args, **kw)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("an $11.1 billion arms sale", Decimal("11100000000"), "USD"),
        ("a $4.5 billion deal", Decimal("4500000000"), "USD"),
        ("up to $102 million in aid", Decimal("102000000"), "USD"),
        ("trade of 228.105 billion yuan", Decimal("228105000000"), "CNY"),
        ("worth €2 billion", Decimal("2000000000"), "EUR"),
    ],
)
def test_money(text: str, amount: Decimal, currency: str) -> None:
    """Amounts with symbols, scale words and currency words become Money."""
    assert whole(find_money, text) == Money(amount, currency)


def test_money_in_odd_letter_case_is_read_not_crashed_on() -> None:
    """The amount pattern ignores case as Unicode does ("rouble\u017f" with a long s); the
    amount it finds is read, where it once raised KeyError out of extract()."""
    assert whole(find_money, "an arms sale worth 5 rouble\u017f") == Money(Decimal(5), "RUB")
    assert whole(find_money, "a deal worth 5 \u212aRW") is None  # a Kelvin sign is no code


def test_money_absent() -> None:
    """No amount gives None; percentages are not money."""
    assert whole(find_money, "43% of global GDP") is None


_AMOUNT_WORDS = st.sampled_from(
    ("$", "US$", "\u20ac", "\u00a35", "5", "4.5", "1,000", "billion", "bn", "m", "DOLLARS", "Yuan",
     "won", "Won", "rouble\u017f", "\u017fale", "dollar", "-", " ", ",", "ß", "\u212a")
)


@given(st.lists(_AMOUNT_WORDS, max_size=12).map(" ".join), st.lists(_AMOUNT_WORDS).map("".join))
def test_money_is_the_first_amount_the_pattern_reads(spaced: str, glued: str) -> None:
    """find_money skips windows with no currency sign or word; what it finds is still the
    first amount that the amount pattern reads, in any letter case."""
    from timeline.extraction.attributes import _money_re

    for text in (spaced, glued):
        expected = None
        for m in _money_re().finditer(text):
            try:
                expected = Money.parse(m.group())
                break
            except ValueError:
                continue
        assert whole(find_money, text) == expected


@pytest.mark.parametrize(
    ("money", "expected"),
    [
        (Money(Decimal("11100000000"), "USD"), "11.1e9 USD"),
        (Money(Decimal("4500000000"), "USD"), "4.5e9 USD"),
        (Money(Decimal("250"), "EUR"), "250 EUR"),
    ],
)
def test_money_to_json(money: Money, expected: str) -> None:
    """The evaluation form is mantissa, exponent and currency."""
    assert money_to_json(money) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the expiration of the New START nuclear arms control treaty", "New START"),
        ("withdrew from the Treaty on Conventional Armed Forces in Europe (CFE).", "CFE Treaty"),
        ("withdrawal from the CFE Treaty", "CFE Treaty"),
        ("rejoined the Paris Agreement", "Paris Agreement"),
        ("left the INF Treaty", "INF Treaty"),
        (
            "to sign a memorandum of understanding on energy",
            "memorandum of understanding on energy",
        ),
        ("a trade policy", None),
    ],
)
def test_treaty_names(text: str, expected: str | None) -> None:
    """Known acronyms, capitalised names and "Treaty on ..." names are read."""
    assert whole(find_treaty, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("held a virtual meeting", "virtual"),
        ("met by video link", "virtual"),
        ("spoke by phone", "phone"),
        ("met in person", "in_person"),
        ("met", None),
    ],
)
def test_mode(text: str, expected: str | None) -> None:
    """Virtual, phone and in-person encounters are recognised."""
    assert whole(find_mode, text) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "expected"),
    [
        ("the successful meeting in Busan the previous year", "meeting", None, "Busan"),
        (
            "holds a virtual meeting with Putin at the Great Hall of the People in Beijing, "
            "capital",
            "virtual meeting",
            None,
            "Beijing",
        ),
        ("held a meeting at the White House.", "meeting", None, "White House"),
        (
            "the two leaders' meeting in Woodside, California in November 2023",
            "meeting",
            None,
            "Woodside, California",
        ),
        ("Xi's presence at Moscow's Victory Day Parade", "Parade", None, "Moscow"),
        ("a State Visit to the United States on May 23", "State Visit", "visit", "United States"),
        ("a missile attack against Israel.", "attack", "military_action", "Israel"),
        ("the meeting in November", "meeting", None, None),
        ("the meeting in China-Russia relations", "meeting", None, None),
    ],
)
def test_location(text: str, trigger: str, kind: str | None, expected: str | None) -> None:
    """Places after "in/at/to/against" or possessive capitals; venues give their city."""
    a = text.index(trigger)
    b = a + len(trigger)
    assert find_location(text, a, b, 0, len(text), kind=kind) == expected


@given(st.text(max_size=200))
def test_finders_never_fail(text: str) -> None:
    """Any text gives a value or None, never an exception."""
    whole(find_money, text)
    whole(find_treaty, text)
    whole(find_mode, text)
    find_location(text, 0, min(3, len(text)), 0, len(text))


def _best_time(func: object, *args: object) -> float:
    """The fastest of three timed calls (seconds)."""
    import time

    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        func(*args)  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best


def test_money_is_linear_on_a_long_digit_run() -> None:
    """20,000 digits in a money sentence take about as long as the same length of prose."""
    find_money("warm up $5 billion", 0, 18)
    n = 20_000
    adversarial = "Japan pledged " + "9" * n + " to Kyiv."
    normal = "Japan pledged " + "aid " * (n // 4) + " worth $5 billion to Kyiv."
    slow = _best_time(find_money, adversarial, 0, len(adversarial))
    fast = _best_time(find_money, normal, 0, len(normal))
    assert slow < 50 * fast + 0.25, (slow, fast)


def test_money_is_not_read_from_inside_a_number() -> None:
    """A malformed "1,2345 dollars" is no amount of 2,345 dollars."""
    assert whole(find_money, "1,2345 dollars") is None
    assert whole(find_money, "12,345 dollars") == Money(Decimal("12345"), "USD")


@pytest.mark.parametrize("name", [*MONTHS_FULL, *MONTHS_ABBR, *WEEKDAYS])
def test_month_and_weekday_names_are_no_place(name: str) -> None:
    """Every month and weekday name the time grammar knows is a time, never a location."""
    text = f"the summit in {name} next year"
    a = text.index("summit")
    assert find_location(text, a, a + len("summit"), 0, len(text)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("agreed to extend the truce by two days", "truce"),
        ("extended the fragile ceasefire for a month", "fragile ceasefire"),
        ("the armistice was renewed", "armistice"),
    ],
)
def test_truces_are_agreements(text: str, expected: str) -> None:
    """A truce, ceasefire or armistice is an (unnamed) agreement that can be extended."""
    assert whole(find_treaty, text) == expected


@pytest.mark.parametrize("place", ["The Hague", "The Gambia"])
def test_place_names_with_an_article(place: str) -> None:
    """ "in The Hague": the capitalised article is part of the name."""
    text = f"Allies met at a summit in {place} on Tuesday."
    a = text.index("summit")
    assert find_location(text, a, a + 6, 0, len(text), kind="summit") == place


def _loc(text: str, trigger: str, kind: str | None = None) -> str | None:
    """The location find_location gives for the first *trigger* in *text*."""
    a = text.index(trigger)
    return find_location(text, a, a + len(trigger), 0, len(text), kind=kind)


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "expected"),
    [
        ("Putin and Modi met in the Russian city of Kazan in October.", "met", "meeting", "Kazan"),
        ("The ministers met in the southern city of Odesa on Tuesday.", "met", "meeting", "Odesa"),
        ("They held talks in the Saudi port city of Jeddah.", "talks", "meeting", "Jeddah"),
        ("Ruto met Abiy in the capital, Nairobi, on Monday.", "met", "meeting", "Nairobi"),
        ("Envoys met in the Ukrainian capital Kyiv on Friday.", "met", "meeting", "Kyiv"),
        ("The summit in the coastal town of Sochi ended.", "summit", "summit", "Sochi"),
        ("Talks opened in the province of Khost on Sunday.", "Talks", "meeting", "Khost"),
        ("The leaders met in the Black Sea resort of Sochi.", "met", "meeting", "Sochi"),
    ],
)
def test_place_introduced_by_its_type(
    text: str, trigger: str, kind: str | None, expected: str
) -> None:
    """ "the <modifiers> city/port/capital/province of X", "the capital, X": the place is X."""
    assert _loc(text, trigger, kind) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("Talks were held in the capital, Putin said on Monday.", "Talks", "meeting"),
        ("They met in the region, officials said.", "met", "meeting"),
        ("The leaders met in the city on Monday.", "met", "meeting"),
    ],
)
def test_a_type_word_alone_names_no_place(text: str, trigger: str, kind: str) -> None:
    """A type word with no name, or followed by a clause's subject, gives no place."""
    assert _loc(text, trigger, kind) is None


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "expected"),
    [
        (
            "Pakistan launched strikes on militant hideouts in Afghanistan's Khost province.",
            "strikes",
            "military_action",
            "Khost province",
        ),
        (
            "Drones attacked oil depots in Russia's Bryansk region.",
            "attacked",
            "military_action",
            "Bryansk region",
        ),
        ("The two sides met in Ukraine's Lviv on Monday.", "met", "meeting", "Lviv"),
        (
            "Xi attended a ceremony at Moscow's Victory Day Parade.",
            "ceremony",
            "commemoration",
            "Moscow",
        ),
        ("Officials met in Russian-occupied Crimea.", "met", "meeting", "Crimea"),
    ],
)
def test_a_possessive_country_names_the_country_of_the_place(
    text: str, trigger: str, kind: str | None, expected: str | None
) -> None:
    """ "Afghanistan's Khost province": the possessor is the country, not part of the name; a
    possessive city before an event's name is the place of the event."""
    assert _loc(text, trigger, kind) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Russian forces attacked Kharkiv overnight.", "attacked", "Kharkiv"),
        ("Russia invaded Ukraine in February 2022.", "invaded", "Ukraine"),
        ("Russia fired missiles at the port of Odesa on Monday.", "fired", "Odesa"),
        ("Ukrainian drones struck a fuel depot at Engels air base.", "struck", "Engels air base"),
        ("Rebels attacked an army base near the city of Goma.", "attacked", "Goma"),
        ("A drone attack on Kharkiv injured five people.", "attack", "Kharkiv"),
        ("Missiles struck Kyiv's power grid overnight.", "struck", "Kyiv"),
        ("Russia fired dozens of drones at Ukraine's power plants.", "fired", "Ukraine"),
        ("Jets struck Houthi-controlled ports in Yemen.", "struck", "Yemen"),
        ("Israel launched strikes on Hamas in Gaza City.", "strikes", "Gaza City"),
        ("Israel struck Hezbollah targets on Monday.", "struck", None),
        ("A missile hit the city of Sumy on Sunday, killing 34.", "hit", "Sumy"),
        (
            "Troops captured the village of Novomykhailivka in the Donetsk region.",
            "captured",
            "Novomykhailivka",
        ),
        ("Israel bombed the Lebanese capital, Beirut.", "bombed", "Beirut"),
        ("Drones struck the heart of Moscow.", "struck", "Moscow"),
        ("Jets pounded Gaza overnight.", "pounded", "Gaza"),
        (
            "The bombings of the U.S. embassies in Nairobi, Kenya, killed 224.",
            "bombings",
            "Nairobi, Kenya",
        ),
        ("The bombing of Pan Am Flight 103 killed 270 people.", "bombing", None),
        ("The attack on Jews in Sydney was condemned.", "attack", "Sydney"),
        ("Dr. Barnett Slepian was shot. The attack on Slepian shocked Buffalo.", "attack", None),
        ("Iraq might start a war on the U.S. and its allies.", "war", "U.S."),
        ("An attack on Trump was foiled.", "attack", None),
    ],
)
def test_the_place_attacked_is_the_location(text: str, trigger: str, expected: str | None) -> None:
    """An attack's location is the place attacked: the verb's object or the place after
    at/on/against/of/near; a person, group or nationality attacked is no place."""
    assert _loc(text, trigger, "military_action") == expected


@given(
    st.sampled_from(["city", "port city", "southern city", "Russian city", "capital"]),
    st.sampled_from(["Kazan", "Odesa", "Jeddah", "Goma", "Busan"]),
    st.sampled_from(["met", "held talks"]),
)
def test_described_places_in_any_combination(kind_word: str, name: str, verb: str) -> None:
    """Any modifiers and type word before "of" (or a capital's comma) leave the bare name."""
    sep = "," if kind_word == "capital" else " of"
    text = f"The two leaders {verb} in the {kind_word}{sep} {name} on Tuesday."
    trigger = verb.split()[-1]
    assert _loc(text, trigger, "meeting") == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Senate ratified the treaty on Thursday.", "treaty"),
        ("The Senate ratified the Treaty on Thursday.", "treaty"),
        ("Parliament approved the landmark agreement", "landmark agreement"),
        ("They signed the Treaty of Friendship in March.", "Treaty of Friendship"),
        ("Lawmakers ratified a bilateral defence pact", "bilateral defence pact"),
    ],
)
def test_treaty_names_never_run_across_a_verb_or_a_date(text: str, expected: str) -> None:
    """A name never spans "Senate ratified the"; "Treaty on Thursday" is a bare "treaty" (the
    one named before) and a name stops before a date."""
    assert whole(find_treaty, text) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "expected"),
    [
        (
            "Biden and Xi met for four hours at the Filoli estate in Woodside, California.",
            "met",
            "meeting",
            "Woodside, California",
        ),
        (
            "Trump hosted Netanyahu at his Mar-a-Lago estate in Palm Beach.",
            "hosted",
            "meeting",
            "Palm Beach",
        ),
        ("The envoys met at the Ritz hotel in Riyadh on Monday.", "met", "meeting", "Riyadh"),
    ],
)
def test_a_named_venue_with_a_common_noun_gives_its_town(
    text: str, trigger: str, kind: str, expected: str
) -> None:
    """ "the Filoli estate in Woodside": a venue named before a common noun is in the town."""
    assert _loc(text, trigger, kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Voters in Taiwan go to the polls on Jan. 13.", "Taiwan"),
        ("Voters in the Netherlands cast ballots on Wednesday.", "Netherlands"),
        ("People across Brazil went to the polls on Sunday.", "Brazil"),
    ],
)
def test_an_electorate_names_the_place_of_an_election(text: str, expected: str) -> None:
    """ "Voters in X go to the polls": the election takes place in X (a country too)."""
    trigger = (
        "go to the polls"
        if "go to" in text
        else ("cast ballots" if "cast" in text else "went to the polls")
    )
    assert _loc(text, trigger, "election") == expected


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("the signing of a peace deal between Thailand and Cambodia", 11, "peace deal"),
        ("the fastest possible ratification of the treaty", 40, "treaty"),
    ],
)
def test_an_unnamed_treaty_after_of_has_no_preposition_in_its_name(
    text: str, start: int, expected: str
) -> None:
    """ "the signing of a peace deal": the treaty is "peace deal", not "of a peace deal"."""
    assert find_treaty(text, start, len(text)) == expected
