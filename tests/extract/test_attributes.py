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


def test_money_absent() -> None:
    """No amount gives None; percentages are not money."""
    assert whole(find_money, "43% of global GDP") is None


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
