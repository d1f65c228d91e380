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
