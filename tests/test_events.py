"""Tests for timeline.events: Money, Actor, Mention, Attributes and Event."""

from __future__ import annotations

import pickle
from decimal import Decimal

import attrs
import pytest

from timeline.errors import ParseError
from timeline.events import Actor, ActorType, Attributes, Event, Mention, Money, derive_id
from timeline.when import When

# ---------------------------------------------------------------------------------------------
# Money
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("$11.1 billion", "11100000000", "USD"),
        ("US$11.1 billion", "11100000000", "USD"),
        ("US$ 1,200", "1200", "USD"),
        ("$228.105 billion", "228105000000", "USD"),
        ("€2.5bn", "2500000000", "EUR"),
        ("£40m", "40000000", "GBP"),
        ("¥100 million", "100000000", "JPY"),
        ("CN¥5 billion", "5000000000", "CNY"),
        ("5 billion yuan", "5000000000", "CNY"),
        ("RMB 3 trillion", "3000000000000", "CNY"),
        ("4.5 billion dollars", "4500000000", "USD"),
        ("2 million euros", "2000000", "EUR"),
        ("11.1e9 USD", "11100000000", "USD"),
        ("11100000000 USD", "11100000000", "USD"),
        ("USD 102 million", "102000000", "USD"),
        ("HK$3.2 million", "3200000", "HKD"),
        ("NT$1 trillion", "1000000000000", "TWD"),
        ("$300k", "300000", "USD"),
        ("1.5 trillion rubles", "1500000000000", "RUB"),
        ("  $5  ", "5", "USD"),
        ("5 Billion DOLLARS", "5000000000", "USD"),
        ("5 rouble\u017f", "5", "RUB"),  # a long s matches "s" ignoring case, as in the pattern
        ("u\u017f$ 5", "5", "USD"),
        ("5 krw", "5", "KRW"),
    ],
)
def test_money_parse(text: str, amount: str, currency: str) -> None:
    """Money.parse reads symbols, codes, words, separators, exponents and scale words."""
    m = Money.parse(text)
    assert m == Money(Decimal(amount), currency)
    assert m.currency == currency


@pytest.mark.parametrize(
    "text",
    ["", "eleven dollars", "11.1 billion", "$", "$ABC", "5 dollars euros", "$5 EUR", "5 \u212aRW"],
)
def test_money_parse_rejects(text: str) -> None:
    """Text that is not one amount in one currency raises ParseError naming the input."""
    with pytest.raises(ParseError) as info:
        Money.parse(text)
    assert info.value.text == text
    assert repr(text) in str(info.value)


def test_money_parse_type_error() -> None:
    """Money.parse needs a str."""
    with pytest.raises(TypeError):
        Money.parse(11.1)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("money", "text"),
    [
        (Money(Decimal("11.1e9"), "USD"), "$11.1 billion"),
        (Money(5_000_000, "EUR"), "€5 million"),
        (Money(Decimal("228.105e9"), "CNY"), "228.105 billion CNY"),
        (Money(Decimal("3e12"), "JPY"), "¥3 trillion"),
        (Money(1200, "GBP"), "£1200"),
        (Money(Decimal("0.5"), "USD"), "$0.5"),
        (Money(-2_000_000, "USD"), "-$2 million"),
    ],
)
def test_money_str(money: Money, text: str) -> None:
    """str(Money) is a human form that parses back to the same amount."""
    assert str(money) == text
    assert Money.parse(text) == money


def test_money_json_and_normalisation() -> None:
    """to_json is plain and lossless; float amounts go through their repr; equality is numeric."""
    m = Money(11.1, "USD")
    assert m.amount == Decimal("11.1")
    assert Money(Decimal("1.11E+10"), "USD").to_json() == "11100000000 USD"
    assert Money(Decimal("5.50"), "USD").amount.as_tuple() == Decimal("5.5").as_tuple()
    assert Money.parse(Money(Decimal("0.125"), "EUR").to_json()) == Money(Decimal("0.125"), "EUR")
    assert hash(Money(1, "USD")) == hash(Money(Decimal("1.0"), "USD"))


@pytest.mark.parametrize("currency", ["usd", "US", "DOLLARS", "", 840])
def test_money_rejects_bad_currency(currency: object) -> None:
    """The currency must be an ISO 4217 code in capitals."""
    with pytest.raises(ValueError, match="ISO 4217"):
        Money(1, currency)  # type: ignore[arg-type]


@pytest.mark.parametrize("amount", [True, None, [1], Decimal("NaN"), float("inf")])
def test_money_rejects_bad_amount(amount: object) -> None:
    """Amounts are finite numbers (not bools)."""
    with pytest.raises((TypeError, ValueError)):
        Money(amount, "USD")  # type: ignore[arg-type]


def test_money_from_numeric_string() -> None:
    """A numeric string is an accepted amount; a non-numeric one is a ParseError."""
    assert Money("1,500", "USD").amount == 1500
    with pytest.raises(ParseError):
        Money("lots", "USD")


# ---------------------------------------------------------------------------------------------
# Actor
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Xi", "Xi Jinping", "President Xi Jinping", "Chinese President Xi", "xi jinping", "Mr. Xi"],
)
def test_actor_matches_titles_and_partial_names(name: str) -> None:
    """Title and nationality words are dropped and a subset of the words matches."""
    assert Actor("Xi Jinping", ActorType.PERSON).matches(name)


@pytest.mark.parametrize("name", ["Jill Biden", "Putin", "President", "", "Xi Jinping's wife Peng"])
def test_actor_does_not_match_others(name: str) -> None:
    """Different people, bare titles and empty names do not match."""
    assert not Actor("Joe Biden", ActorType.PERSON).matches(name)


@pytest.mark.parametrize(
    "alias", ["U.S.", "US", "the United States", "USA", "America", "Washington"]
)
def test_actor_country_aliases(alias: str) -> None:
    """Common country aliases are folded before comparing."""
    assert Actor("United States", ActorType.COUNTRY).matches(alias)


def test_actor_own_aliases_and_actor_argument() -> None:
    """An actor's aliases are tried, and another Actor can be passed."""
    nato = Actor("North Atlantic Treaty Organization", ActorType.ORGANISATION, aliases={"NATO"})
    assert nato.matches("NATO")
    assert nato.matches(Actor("NATO"))
    assert nato.names == ("North Atlantic Treaty Organization", "NATO")
    assert Actor("X", aliases="Y").aliases == frozenset({"Y"})


def test_actor_validation() -> None:
    """Names are non-empty strings and the type is an ActorType."""
    with pytest.raises(ValueError, match="name"):
        Actor("  ")
    with pytest.raises(TypeError):
        Actor("Xi", "person")  # type: ignore[arg-type]
    assert str(Actor("Xi Jinping")) == "Xi Jinping"
    assert Actor("Xi").type is ActorType.UNKNOWN


# ---------------------------------------------------------------------------------------------
# Mention
# ---------------------------------------------------------------------------------------------


def test_mention_fields_and_span() -> None:
    """A mention keeps offsets, text, document and sentence."""
    m = Mention(start=3, end=8, text="talks", document="d1", sentence="We had talks.",
                sentence_span=[0, 13])
    assert m.span == (3, 8)
    assert m.sentence_span == (0, 13)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"start": -1, "end": 2, "text": "ab"},
        {"start": 5, "end": 2, "text": "ab"},
        {"start": 0, "end": 2, "text": 12},
        {"start": 0, "end": 2, "text": "ab", "sentence_span": (5, 1)},
        {"start": True, "end": 2, "text": "ab"},
    ],
)
def test_mention_validation(kwargs: dict[str, object]) -> None:
    """Offsets are ints >= 0 with end >= start; sentence spans are ordered."""
    with pytest.raises((ValueError, TypeError)):
        Mention(**kwargs)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# Attributes
# ---------------------------------------------------------------------------------------------


def test_attributes_are_an_immutable_sorted_mapping() -> None:
    """Attributes are sorted pairs, compare with dicts, hash, and cannot be changed."""
    a = Attributes({"b": 1, "a": Money(1, "USD")})
    assert list(a) == ["a", "b"]
    assert a.items_tuple == (("a", Money(1, "USD")), ("b", 1))
    assert a == {"b": 1, "a": Money(1, "USD")}
    assert a != {"b": 2}
    assert hash(a) == hash(Attributes([("a", Money(1, "USD")), ("b", 1)]))
    with pytest.raises(TypeError):
        a["c"] = 3  # type: ignore[index]
    assert pickle.loads(pickle.dumps(a)) == a
    assert (a == 5) is False
    assert repr(Attributes({"x": "y"})) == "Attributes({'x': 'y'})"


@pytest.mark.parametrize(
    ("items", "error"),
    [
        ({"": 1}, TypeError),
        ({1: 1}, TypeError),
        ({"a": [1]}, TypeError),
        ({"a": None}, TypeError),
        ({"a": float("nan")}, ValueError),
        ({"a": Decimal("NaN")}, ValueError),
        ([("a", 1), ("a", 2)], ValueError),
    ],
)
def test_attributes_validation(items: object, error: type[Exception]) -> None:
    """Keys are non-empty str; values are str/int/float/bool/Decimal/Money, not NaN."""
    with pytest.raises(error):
        Attributes(items)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# Event
# ---------------------------------------------------------------------------------------------


def test_event_converts_participants_and_attributes() -> None:
    """Names become Actors, a single name is accepted, attributes become Attributes."""
    e = Event(kind="call", participants="Xi Jinping", attributes={"mode": "phone"})
    assert e.participants == (Actor("Xi Jinping"),)
    assert isinstance(e.attributes, Attributes)
    assert e.attributes["mode"] == "phone"
    assert Event(kind="call", attributes=None).attributes == {}
    assert Event(kind="call", mentions=Mention(start=0, end=1, text="x")).mentions[0].text == "x"


def test_event_id_is_stable_and_content_derived() -> None:
    """The derived id depends on kind, time, participants and first mention only."""
    w = When.day(2026, 2, 4)
    m = Mention(start=10, end=17, text="meeting", document="seed")
    a = Event(kind="meeting", when=w, participants=("Xi Jinping",), mentions=(m,))
    b = Event(kind="meeting", when=w, participants=("Xi Jinping",), mentions=(m,), confidence=0.3)
    assert a.id == b.id == derive_id("meeting", w, (Actor("Xi Jinping"),), (m,))
    assert a.id.startswith("ev-")
    assert len(a.id) == 19
    assert a.id != Event(kind="meeting", when=When.day(2026, 2, 5), participants=("Xi Jinping",),
                         mentions=(m,)).id
    assert a.id != Event(kind="meeting", when=w, participants=("Xi Jinping",)).id
    assert Event(kind="call", id="E1").id == "E1"
    # the id survives evolve unless it is changed explicitly
    assert attrs.evolve(a, confidence=0.5).id == a.id


def test_event_id_distinguishes_bounds_that_print_alike() -> None:
    """Two times with the same value string but different bounds give different ids."""
    utc = When.day(2026, 2, 4)
    shanghai = When.day(2026, 2, 4, tz="Asia/Shanghai")
    assert str(utc) == str(shanghai)
    assert Event(kind="call", when=utc).id != Event(kind="call", when=shanghai).id


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"kind": "Meeting"}, ValueError),
        ({"kind": ""}, ValueError),
        ({"kind": 3}, ValueError),
        ({"kind": "call", "when": "2026-02-04"}, TypeError),
        ({"kind": "call", "confidence": 1.5}, ValueError),
        ({"kind": "call", "confidence": -0.1}, ValueError),
        ({"kind": "call", "confidence": float("nan")}, ValueError),
        ({"kind": "call", "confidence": True}, TypeError),
        ({"kind": "call", "confidence": "high"}, TypeError),
        ({"kind": "call", "location": ""}, ValueError),
        ({"kind": "call", "id": ""}, ValueError),
        ({"kind": "call", "id": None}, ValueError),
        ({"kind": "call", "participants": (3,)}, TypeError),
        ({"kind": "call", "mentions": ("x",)}, TypeError),
    ],
)
def test_event_validation(kwargs: dict[str, object], error: type[Exception]) -> None:
    """Malformed fields raise with the builtin error that fits."""
    with pytest.raises(error):
        Event(**kwargs)  # type: ignore[arg-type]


def test_event_is_frozen_hashable_and_picklable() -> None:
    """Events are immutable values: hashable, comparable, picklable."""
    e = Event(kind="arms_sale", when=When.month(2025, 11), participants=("United States", "Taiwan"),
              attributes={"amount": Money.parse("$11.1 billion")})
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        e.kind = "call"  # type: ignore[misc]
    assert hash(e) == hash(pickle.loads(pickle.dumps(e)))
    assert pickle.loads(pickle.dumps(e)) == e
    assert len({e, attrs.evolve(e)}) == 1


def test_event_helpers() -> None:
    """participant_names, involves and sentences."""
    s1, s2 = "Xi spoke with Trump.", "They spoke again."
    e = Event(
        kind="call",
        participants=("Xi Jinping", "Donald Trump"),
        mentions=(
            Mention(start=3, end=8, text="spoke", sentence=s1),
            Mention(start=5, end=10, text="spoke", sentence=s2),
            Mention(start=3, end=8, text="spoke", sentence=s1),
            Mention(start=0, end=1, text="x"),
        ),
    )
    assert e.participant_names == ("Xi Jinping", "Donald Trump")
    assert e.involves("U.S. President Donald Trump")
    assert not e.involves("Putin")
    assert e.sentences == (s1, s2)
