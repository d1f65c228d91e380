"""Events and their parts: :class:`Event`, :class:`Actor`, :class:`ActorType`, :class:`Money`
and :class:`Mention`.

An :class:`Event` is a frozen value object: a kind name (see :mod:`timeline.kinds`), an uncertain
time (:class:`~timeline.when.When`, or ``None`` when the text gives none), participants,
a place, typed attributes, the source mentions it was read from, a confidence and a stable id.

Examples:
    >>> from timeline.events import Actor, Event, Money
    >>> from timeline.when import When
    >>> sale = Event(
    ...     kind="arms_sale",
    ...     when=When.month(2025, 11),
    ...     participants=("United States", "Taiwan"),
    ...     attributes={"amount": Money.parse("$11.1 billion")},
    ... )
    >>> sale.participant_names
    ('United States', 'Taiwan')
    >>> str(sale.attributes["amount"])
    '$11.1 billion'
    >>> sale.involves("U.S.")
    True
"""

from __future__ import annotations

import decimal
import enum
import functools
import hashlib
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from typing import Any, Final, TypeAlias, TypeVar, final

import attrs

from timeline.errors import ParseError
from timeline.when import When

__all__ = [
    "Actor",
    "ActorType",
    "AttributeValue",
    "Attributes",
    "Event",
    "Mention",
    "Money",
    "derive_id",
]


# ---------------------------------------------------------------------------------------------
# Money
# ---------------------------------------------------------------------------------------------

_SCALES: Final[Mapping[str, int]] = {
    "thousand": 3,
    "k": 3,
    "million": 6,
    "mn": 6,
    "mln": 6,
    "m": 6,
    "billion": 9,
    "bn": 9,
    "bln": 9,
    "b": 9,
    "trillion": 12,
    "tn": 12,
    "trn": 12,
}

# Prefix symbols, longest first when matched (the regex alternation is built sorted by length).
# "$" alone is read as US dollars and "¥" alone as Japanese yen: the common readings in
# English-language news; write "CN¥", "RMB" or "yuan" for renminbi.
_SYMBOLS: Final[Mapping[str, str]] = {
    "US$": "USD",
    "U.S.$": "USD",
    "$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "HK$": "HKD",
    "NT$": "TWD",
    "S$": "SGD",
    "NZ$": "NZD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "JP¥": "JPY",
    "CN¥": "CNY",
    "RMB": "CNY",
    "₹": "INR",
    "₽": "RUB",
    "₩": "KRW",
    "₪": "ILS",
    "₺": "TRY",
    "R$": "BRL",
    "Fr.": "CHF",
}

# Currency words after the number ("5 billion yuan", "two million dollars").
_WORDS: Final[Mapping[str, str]] = {
    "dollar": "USD",
    "dollars": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "rupee": "INR",
    "rupees": "INR",
    "won": "KRW",
    "swiss francs": "CHF",
    "francs": "CHF",
    "shekel": "ILS",
    "shekels": "ILS",
}

# How str() writes a currency: a prefix symbol for the four most common ones, else the ISO code
# after the number, so that ``Money.parse(str(m)) == m`` always holds.
_DISPLAY_SYMBOL: Final[Mapping[str, str]] = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}

_SCALE_WORDS: Final[tuple[tuple[int, str], ...]] = (
    (12, "trillion"),
    (9, "billion"),
    (6, "million"),
)

@functools.cache
def _pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """Compile on first use, not at import (STYLE: nothing runs at import)."""
    return re.compile(source, flags)


def _alternation(options: Iterable[str]) -> str:
    return "|".join(re.escape(o) for o in sorted(options, key=len, reverse=True))


@functools.cache
def _money_re() -> re.Pattern[str]:
    number = r"(?P<number>[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d+)?)"
    scale = rf"(?:\s*-?\s*(?P<scale>{_alternation(_SCALES)})\b\.?)?"
    pattern = (
        rf"^\s*(?P<sign>-)?(?:(?P<symbol>{_alternation(_SYMBOLS)})\s*|(?P<code1>(?-i:[A-Za-z]{{3}}))\s+)?"
        rf"{number}{scale}"
        rf"(?:\s*(?P<word>{_alternation(_WORDS)})\b|\s+(?P<code2>(?-i:[A-Za-z]{{3}})))?\s*$"
    )
    return re.compile(pattern, re.IGNORECASE)


def _to_decimal(value: object) -> Decimal:
    if isinstance(value, bool):
        raise TypeError(f"Money amount must be a number, got bool {value!r}")
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, float):
        # repr() gives the shortest round-tripping text: Decimal(11.1) would be 11.0999...
        amount = Decimal(repr(value))
    elif isinstance(value, str):
        try:
            amount = Decimal(value.replace(",", "").strip())
        except decimal.InvalidOperation:
            raise ParseError.for_text(value, expected="a decimal number such as '11.1e9'") from None
    else:
        raise TypeError(f"Money amount must be a Decimal, int, float or str, got {value!r}")
    if not amount.is_finite():
        raise ValueError(f"Money amount must be finite, got {value!r}")
    return amount


def _check_currency(_instance: object, _attribute: object, value: str) -> None:
    if not isinstance(value, str) or not _pattern(r"[A-Z]{3}").fullmatch(value):
        raise ValueError(
            f"currency must be an ISO 4217 code of three capital letters such as 'USD', "
            f"got {value!r}"
        )


def _plain(amount: Decimal) -> str:
    """Write a Decimal without exponent and without trailing zeros: 1.11E+10 -> '11100000000'."""
    text = format(amount, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


@final
@attrs.frozen
class Money:
    """An amount of money in one currency.

    The amount is an exact :class:`~decimal.Decimal` (floats are converted through their
    shortest ``repr``, so ``11.1`` stays 11.1); the currency is an ISO 4217 code. Equality is
    numeric: ``Money(Decimal("1.11E+10"), "USD") == Money(11_100_000_000, "USD")``.

    Args:
        amount: The amount (Decimal, int, float or numeric string).
        currency: ISO 4217 code, e.g. ``"USD"`` (upper case).

    Raises:
        ValueError: The currency is not three capital letters, or the amount is not finite.

    .. versionadded:: 0.1.0

    Examples:
        >>> m = Money.parse("$11.1 billion")
        >>> m
        Money(amount=Decimal('11100000000'), currency='USD')
        >>> str(m), m.to_json()
        ('$11.1 billion', '11100000000 USD')
        >>> Money(11_100_000_000, "USD") == m
        True
        >>> str(Money.parse("228.105 billion yuan"))
        '228.105 billion CNY'
    """

    amount: Decimal = attrs.field(converter=_to_decimal)
    currency: str = attrs.field(validator=_check_currency)

    def __attrs_post_init__(self) -> None:
        # Normalise the representation (not the value): 1.11E+10 -> 11100000000, 5.50 -> 5.5.
        object.__setattr__(self, "amount", Decimal(_plain(self.amount)))

    @classmethod
    def parse(cls, text: str) -> Money:
        """Read an amount as news text writes it.

        Accepts a currency symbol or ISO code before the number (``$``, ``US$``, ``€``, ``£``,
        ``¥``, ``CN¥``, ``HK$``, ``RMB``, ``USD`` ...), or a currency word or code after it
        (``dollars``, ``euros``, ``yuan``, ``rubles``, ``USD`` ...), thousands separators,
        decimals and exponents, and a scale word (``thousand``/``k``, ``million``/``m``/``mn``,
        ``billion``/``bn``/``b``, ``trillion``/``tn``). A bare ``$`` is US dollars and a bare
        ``¥`` is Japanese yen.

        Args:
            text: E.g. ``"$11.1 billion"``, ``"€2.5bn"``, ``"5 million yuan"``,
                ``"11.1e9 USD"``.

        Returns:
            The amount.

        Raises:
            ParseError: ``text`` is not an amount of money (for instance it has no currency).

        Examples:
            >>> Money.parse("US$ 1,200")
            Money(amount=Decimal('1200'), currency='USD')
            >>> Money.parse("€2.5bn").to_json()
            '2500000000 EUR'
            >>> Money.parse("11.1e9 USD") == Money.parse("$11.1 billion")
            True
            >>> Money.parse("eleven dollars")
            Traceback (most recent call last):
            ...
            timeline.errors.ParseError: cannot parse 'eleven dollars': expected an amount \
of money such as '$11.1 billion', '5 million yuan' or '11100000000 USD'
        """
        if not isinstance(text, str):
            raise TypeError(f"Money.parse() needs a str, got {type(text).__name__}: {text!r}")
        match = _money_re().match(text)
        if match is None:
            raise ParseError.for_text(text, expected=_MONEY_EXPECTED)
        currency = None
        if match["symbol"]:
            currency = _lookup_symbol(match["symbol"])
        elif match["code1"]:
            currency = match["code1"].upper()
        if match["word"]:
            word_currency = _entry(_WORDS, match["word"])
            if currency is not None and currency != word_currency:
                raise ParseError.for_text(text, expected="one currency, not two")
            currency = word_currency
        elif match["code2"]:
            code = match["code2"].upper()
            if currency is not None and currency != code:
                raise ParseError.for_text(text, expected="one currency, not two")
            currency = code
        if currency is None:
            raise ParseError.for_text(text, expected=_MONEY_EXPECTED)
        amount = Decimal(match["number"].replace(",", ""))
        if match["sign"]:
            amount = -amount
        if match["scale"]:
            amount = amount.scaleb(_entry(_SCALES, match["scale"]))
        return cls(amount, currency)

    def __str__(self) -> str:
        """A human form: ``$11.1 billion``, ``€5 million``, ``228.105 billion CNY``."""
        magnitude = abs(self.amount)
        number = _plain(self.amount)
        for exponent, word in _SCALE_WORDS:
            if magnitude >= Decimal(10) ** exponent:
                number = f"{_plain(self.amount.scaleb(-exponent))} {word}"
                break
        symbol = _DISPLAY_SYMBOL.get(self.currency)
        if symbol is None:
            return f"{number} {self.currency}"
        if number.startswith("-"):
            return f"-{symbol}{number[1:]}"
        return f"{symbol}{number}"

    def to_json(self) -> str:
        """The lossless string form used in JSON: the plain amount and the ISO code.

        Returns:
            E.g. ``"11100000000 USD"``; :meth:`parse` reads it back.

        Examples:
            >>> Money(Decimal("4.5e9"), "USD").to_json()
            '4500000000 USD'
            >>> Money.parse(Money(Decimal("0.5"), "EUR").to_json())
            Money(amount=Decimal('0.5'), currency='EUR')
        """
        return f"{_plain(self.amount)} {self.currency}"


_MONEY_EXPECTED: Final = (
    "an amount of money such as '$11.1 billion', '5 million yuan' or '11100000000 USD'"
)


_T = TypeVar("_T")


def _lookup_symbol(symbol: str) -> str:
    return _entry(_SYMBOLS, symbol)


def _entry(table: Mapping[str, _T], found: str) -> _T:
    """The entry of *table* whose key the case-insensitive money pattern read as *found*:
    "us$", "RMB", "Billion", even "rouble\u017f" (a long s matches "s" ignoring case)."""
    got = table.get(found)
    if got is None:
        got = table.get(found.lower())
    if got is None:
        got = next(v for k, v in table.items() if re.fullmatch(re.escape(k), found, re.IGNORECASE))
    return got


# ---------------------------------------------------------------------------------------------
# Actors
# ---------------------------------------------------------------------------------------------


class ActorType(enum.Enum):
    """What kind of entity an :class:`Actor` is.

    .. versionadded:: 0.1.0

    Examples:
        >>> ActorType("country") is ActorType.COUNTRY
        True
    """

    PERSON = "person"
    COUNTRY = "country"
    ORGANISATION = "organisation"
    GROUP = "group"
    UNKNOWN = "unknown"


# Words that are titles or roles, not part of a name: "Chinese President Xi" -> {"xi"}.
# Nationality adjectives are included because news writes them as part of the title.
_TITLE_WORDS: Final[frozenset[str]] = frozenset(
    (
        "president", "presidential", "vice", "prime", "minister", "premier", "chancellor",
        "king", "queen", "prince", "princess", "crown", "emperor", "sheikh", "emir", "sultan",
        "secretary", "general", "foreign", "defense", "defence", "state", "deputy",
        "ambassador", "envoy", "special", "spokesperson", "spokesman", "spokeswoman", "aide",
        "adviser", "advisor", "chairman", "chairwoman", "chair", "chief", "executive", "leader",
        "supreme", "senator", "sen", "rep", "representative", "governor", "mayor", "speaker",
        "of", "the", "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "gen", "col", "adm",
        "admiral", "commander", "former", "then", "incoming", "outgoing", "acting", "first",
        "treasury", "finance", "u", "s", "us", "american", "chinese", "russian", "ukrainian",
        "british", "french", "german", "japanese", "indian", "israeli", "iranian", "korean",
        "taiwanese", "turkish", "italian", "spanish", "canadian", "australian", "brazilian",
        "mexican", "saudi", "egyptian", "pakistani", "polish", "dutch", "czech", "swedish",
        "finnish", "norwegian", "danish", "belgian",
    )
)

# Common alternative names of countries and organisations, folded before comparing.
_ALIASES: Final[Mapping[str, str]] = {
    "us": "united states",
    "u s": "united states",
    "usa": "united states",
    "u s a": "united states",
    "america": "united states",
    "united states of america": "united states",
    "washington": "united states",
    "prc": "china",
    "people s republic of china": "china",
    "beijing": "china",
    "russian federation": "russia",
    "moscow": "russia",
    "kremlin": "russia",
    "uk": "united kingdom",
    "u k": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "dprk": "north korea",
    "rok": "south korea",
    "republic of korea": "south korea",
    "un": "united nations",
    "u n": "united nations",
    "eu": "european union",
    "e u": "european union",
    "roc": "taiwan",
    "republic of china": "taiwan",
}



def _normalise_name(name: str) -> str:
    text = _pattern(r"\s+").sub(" ", _pattern(r"[^\w\s]").sub(" ", name.casefold())).strip()
    if text.startswith("the "):
        text = text[4:]
    return _ALIASES.get(text, text)


def _name_tokens(name: str) -> frozenset[str]:
    words = _normalise_name(name).split()
    kept = [w for w in words if w not in _TITLE_WORDS]
    return frozenset(kept or words)


def _to_aliases(value: Iterable[str] | str) -> frozenset[str]:
    if isinstance(value, str):
        return frozenset((value,))
    return frozenset(value)


def _check_name(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{attribute.name} must be a non-empty str, got {value!r}")


@final
@attrs.frozen
class Actor:
    """A participant of an event: a person, a country, an organisation or a group.

    Args:
        name: Canonical name, e.g. ``"Xi Jinping"`` or ``"United States"``.
        type: What the actor is.
        aliases: Other names that refer to it (``{"U.S.", "Washington"}``).

    .. versionadded:: 0.1.0

    Examples:
        >>> xi = Actor("Xi Jinping", ActorType.PERSON)
        >>> [xi.matches(n) for n in ("Xi", "President Xi Jinping", "Chinese President Xi")]
        [True, True, True]
        >>> xi.matches("Jill Biden")
        False
        >>> Actor("United States", ActorType.COUNTRY).matches("the U.S.")
        True
    """

    name: str = attrs.field(validator=_check_name)
    type: ActorType = attrs.field(
        default=ActorType.UNKNOWN, validator=attrs.validators.instance_of(ActorType)
    )
    aliases: frozenset[str] = attrs.field(
        default=frozenset(), converter=_to_aliases, kw_only=True
    )

    def __str__(self) -> str:
        return self.name

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by the aliases (sorted).

        Examples:
            >>> Actor("Russia", ActorType.COUNTRY, aliases={"Moscow", "Kremlin"}).names
            ('Russia', 'Kremlin', 'Moscow')
        """
        return (self.name, *sorted(self.aliases))

    def matches(self, other: str | Actor) -> bool:
        """Whether ``other`` names this actor.

        Names are compared case-insensitively without punctuation; common country aliases
        are folded ("U.S." is "United States", "Beijing" is "China"); title and nationality
        words are dropped ("Chinese President Xi" is "Xi"); then one name's words must be a
        subset of the other's ("Xi" matches "Xi Jinping"). The aliases are tried too.

        Args:
            other: A name, or another actor (its canonical name and aliases are tried).

        Returns:
            ``True`` when they refer to the same actor by these rules.

        Examples:
            >>> Actor("Donald Trump").matches("U.S. President Donald Trump")
            True
            >>> Actor("Joe Biden").matches(Actor("Jill Biden"))
            False
        """
        candidates = other.names if isinstance(other, Actor) else (other,)
        return any(_names_match(mine, theirs) for mine in self.names for theirs in candidates)


def _names_match(a: str, b: str) -> bool:
    if _normalise_name(a) == _normalise_name(b):
        return True
    ta, tb = _name_tokens(a), _name_tokens(b)
    return bool(ta and tb) and (ta <= tb or tb <= ta)


def _to_actor(value: Actor | str) -> Actor:
    if isinstance(value, Actor):
        return value
    if isinstance(value, str):
        return Actor(value)
    raise TypeError(f"participants must be Actor objects or names (str), got {value!r}")


def _to_actors(values: Iterable[Actor | str] | Actor | str) -> tuple[Actor, ...]:
    if isinstance(values, (Actor, str)):
        values = (values,)
    return tuple(_to_actor(v) for v in values)


# ---------------------------------------------------------------------------------------------
# Mentions
# ---------------------------------------------------------------------------------------------


def _check_offset(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"{attribute.name} must be an int >= 0, got {value!r}")


def _to_span(value: Iterable[int] | None) -> tuple[int, int] | None:
    if value is None:
        return None
    start, end = value
    return (start, end)


@final
@attrs.frozen(kw_only=True)
class Mention:
    """Where an event was read: character offsets into a document and the sentence around it.

    Offsets are Python ``str`` indices into the document text (``text == doc[start:end]``).

    Args:
        start: Offset of the first character.
        end: Offset after the last character (``end >= start``).
        text: The mentioned text.
        document: Id of the source document, if known.
        sentence: The sentence that contains the mention, if known.
        sentence_span: ``(start, end)`` offsets of that sentence.

    Raises:
        ValueError: Negative offsets, or ``end < start``.

    .. versionadded:: 0.1.0

    Examples:
        >>> doc = "Xi held a virtual meeting with Putin."
        >>> m = Mention(start=18, end=25, text=doc[18:25], sentence=doc, sentence_span=(0, 37))
        >>> m.text, m.span
        ('meeting', (18, 25))
    """

    start: int = attrs.field(validator=_check_offset)
    end: int = attrs.field(validator=_check_offset)
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    document: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    sentence: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    sentence_span: tuple[int, int] | None = attrs.field(default=None, converter=_to_span)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"Mention end {self.end!r} is before start {self.start!r}")
        if self.sentence_span is not None:
            s, e = self.sentence_span
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= e):
                raise ValueError(
                    f"sentence_span must be (start, end) with 0 <= start <= end, "
                    f"got {self.sentence_span!r}"
                )

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)``.

        Examples:
            >>> Mention(start=3, end=5, text="hi").span
            (3, 5)
        """
        return (self.start, self.end)


# ---------------------------------------------------------------------------------------------
# Attributes
# ---------------------------------------------------------------------------------------------

AttributeValue: TypeAlias = "str | int | float | bool | Decimal | Money"
"""The types an event attribute value may have."""

_ATTRIBUTE_TYPES: Final = (str, int, float, bool, Decimal, Money)


@final
class Attributes(Mapping[str, Any]):
    """An immutable, hashable mapping of event attributes, stored as sorted ``(key, value)`` pairs.

    Compares equal to any mapping with the same items (including a plain ``dict``).

    Args:
        items: A mapping or an iterable of ``(key, value)`` pairs. Keys are non-empty strings;
            values are ``str``, ``int``, ``float`` (not NaN), ``bool``, ``Decimal`` or
            :class:`Money`.

    Raises:
        TypeError: A key or value has another type.
        ValueError: A key is empty or repeated, or a float is NaN.

    .. versionadded:: 0.1.0

    Examples:
        >>> a = Attributes({"mode": "virtual", "seats": 2})
        >>> a["mode"], len(a), a == {"seats": 2, "mode": "virtual"}
        ('virtual', 2, True)
        >>> a
        Attributes({'mode': 'virtual', 'seats': 2})
    """

    __slots__ = ("_hash", "_items", "_lookup")

    def __init__(
        self, items: Mapping[str, Any] | Iterable[tuple[str, Any]] = ()
    ) -> None:
        pairs = list(items.items()) if isinstance(items, Mapping) else list(items)
        seen: dict[str, Any] = {}
        for pair in pairs:
            key, value = pair
            if not isinstance(key, str) or not key:
                raise TypeError(f"attribute keys must be non-empty str, got {key!r}")
            if key in seen:
                raise ValueError(f"attribute {key!r} given twice")
            if not isinstance(value, _ATTRIBUTE_TYPES):
                raise TypeError(
                    f"attribute {key!r} has a value of type {type(value).__name__} ({value!r}); "
                    "use str, int, float, bool, Decimal or Money"
                )
            if isinstance(value, float) and math.isnan(value):
                raise ValueError(f"attribute {key!r} is NaN")
            if isinstance(value, Decimal) and value.is_nan():
                raise ValueError(f"attribute {key!r} is NaN")
            seen[key] = value
        self._items: tuple[tuple[str, Any], ...] = tuple(sorted(seen.items()))
        self._lookup = dict(self._items)
        self._hash: int | None = None

    def __getitem__(self, key: str) -> Any:
        return self._lookup[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._lookup)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(self._items)
        return self._hash

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Attributes):
            return self._items == other._items
        if isinstance(other, Mapping):
            return self._lookup == dict(other)
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __repr__(self) -> str:
        return f"Attributes({self._lookup!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Attributes, (self._items,))

    @property
    def items_tuple(self) -> tuple[tuple[str, Any], ...]:
        """The sorted ``(key, value)`` pairs.

        Examples:
            >>> Attributes({"b": 1, "a": 2}).items_tuple
            (('a', 2), ('b', 1))
        """
        return self._items


def _to_attributes(value: Mapping[str, Any] | Iterable[tuple[str, Any]] | None) -> Attributes:
    if isinstance(value, Attributes):
        return value
    if value is None:
        return Attributes()
    return Attributes(value)


# ---------------------------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------------------------



def _check_kind(_instance: object, _attribute: object, value: str) -> None:
    if not isinstance(value, str) or not _pattern(r"[a-z][a-z0-9_]*").fullmatch(value):
        raise ValueError(
            f"kind must be a kind name in lower snake case such as 'meeting', got {value!r}"
        )


def _check_when(_instance: object, _attribute: object, value: When | None) -> None:
    if value is not None and not isinstance(value, When):
        raise TypeError(f"when must be a timeline.When or None, got {value!r}")


def _to_mentions(values: Iterable[Mention] | Mention) -> tuple[Mention, ...]:
    if isinstance(values, Mention):
        return (values,)
    result = tuple(values)
    for m in result:
        if not isinstance(m, Mention):
            raise TypeError(f"mentions must be Mention objects, got {m!r}")
    return result


def _check_confidence(_instance: object, _attribute: object, value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"confidence must be a number in [0, 1], got {value!r}")
    if not 0.0 <= value <= 1.0:  # also rejects NaN
        raise ValueError(f"confidence must be in [0, 1], got {value!r}")


def _check_location(_instance: object, _attribute: object, value: str | None) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise ValueError(f"location must be a non-empty str or None, got {value!r}")


def _check_id(_instance: object, _attribute: object, value: str) -> None:
    if not isinstance(value, str) or not value:
        raise ValueError(f"id must be a non-empty str, got {value!r}")


def derive_id(
    kind: str,
    when: When | None,
    participants: Iterable[Actor],
    mentions: Iterable[Mention] = (),
) -> str:
    """The stable content id of an event (what :class:`Event` uses when no ``id`` is given).

    A SHA-1 over the kind, the time value, the participant names and the first mention's
    document and offsets; the same content always gives the same id, across runs and machines.

    Args:
        kind: The kind name.
        when: The time, or ``None``.
        participants: The actors.
        mentions: The mentions (only the first one is used).

    Returns:
        ``"ev-"`` followed by 16 hex digits.

    Examples:
        >>> derive_id("meeting", None, (Actor("Xi Jinping"),))
        'ev-...'
        >>> derive_id("call", None, ()) == derive_id("call", None, ())
        True
    """
    first = next(iter(mentions), None)
    where = "" if first is None else f"{first.document or ''}:{first.start}:{first.end}"
    when_text = "" if when is None else _when_identity(when)
    names = "\x1f".join(p.name for p in participants)
    payload = "\x1e".join((kind, when_text, names, where))
    return "ev-" + hashlib.sha1(payload.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]


def _when_identity(when: When) -> str:
    # The value string plus the exact bounds: two Whens that print alike but differ must not
    # collide, and the id must not depend on the object identity.
    bounds = (when.earliest_start, when.latest_start, when.earliest_end, when.latest_end)
    text = "|".join("" if b is None else b.isoformat() for b in bounds)
    return f"{when}|{text}|{int(when.durative)}"


@final
@attrs.frozen(kw_only=True)
class Event:
    """One event: what happened (``kind``), when, who took part, where, and where it was read.

    Args:
        kind: A kind name of the registry (see :mod:`timeline.kinds`), e.g. ``"meeting"``.
            Only its form is checked here; :class:`~timeline.Timeline` and extraction check
            that the registry knows it.
        when: The uncertain time of the event, or ``None`` when unknown.
        participants: Actors (names are converted to :class:`Actor`).
        location: Where it happened, if stated.
        attributes: Typed attributes (``{"amount": Money(...), "treaty": "New START"}``);
            stored as an immutable :class:`Attributes` mapping.
        mentions: Source spans.
        confidence: How sure the extractor is, in ``[0, 1]``.
        id: Stable id; derived from the content (:func:`derive_id`) when not given.

    Raises:
        ValueError: Malformed kind name, confidence outside ``[0, 1]``, empty location or id.
        TypeError: Values of the wrong type.

    .. versionadded:: 0.1.0

    Examples:
        >>> from timeline.when import When
        >>> e = Event(kind="meeting", when=When.day(2026, 2, 4),
        ...           participants=("Xi Jinping", "Vladimir Putin"),
        ...           attributes={"mode": "virtual"})
        >>> str(e.when), e.participant_names, e.attributes["mode"]
        ('2026-02-04', ('Xi Jinping', 'Vladimir Putin'), 'virtual')
        >>> e.id == Event(kind="meeting", when=When.day(2026, 2, 4),
        ...               participants=("Xi Jinping", "Vladimir Putin")).id
        True
        >>> Event(kind="call", when=None, confidence=1.5)
        Traceback (most recent call last):
        ...
        ValueError: confidence must be in [0, 1], got 1.5
    """

    kind: str = attrs.field(validator=_check_kind)
    when: When | None = attrs.field(default=None, validator=_check_when)
    participants: tuple[Actor, ...] = attrs.field(default=(), converter=_to_actors)
    location: str | None = attrs.field(default=None, validator=_check_location)
    attributes: Attributes = attrs.field(factory=Attributes, converter=_to_attributes)
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_to_mentions)
    confidence: float = attrs.field(default=1.0, validator=_check_confidence)
    id: str = attrs.field(
        default=attrs.Factory(lambda self: self._derived_id(), takes_self=True),
        validator=_check_id,
    )

    def _derived_id(self) -> str:
        # ``id`` is the last field, so every other field is already set and converted; the
        # validators run afterwards, so malformed values only get a placeholder here.
        if not isinstance(self.kind, str) or not isinstance(self.when, (When, type(None))):
            return "ev-invalid"
        return derive_id(self.kind, self.when, self.participants, self.mentions)

    @property
    def participant_names(self) -> tuple[str, ...]:
        """The canonical names of the participants, in order.

        Examples:
            >>> Event(kind="call", participants=("Xi Jinping", "Donald Trump")).participant_names
            ('Xi Jinping', 'Donald Trump')
        """
        return tuple(p.name for p in self.participants)

    def involves(self, actor: Actor | str) -> bool:
        """Whether one of the participants matches ``actor`` (see :meth:`Actor.matches`).

        Args:
            actor: An actor or a name.

        Returns:
            ``True`` if some participant matches.

        Examples:
            >>> Event(kind="call", participants=("Xi Jinping",)).involves("President Xi")
            True
        """
        return any(p.matches(actor) for p in self.participants)

    def _repr_html_(self) -> str:
        """The notebook view of one event: a one-row table with its source sentence."""
        from timeline.notebook import event_html

        return event_html(self)

    @property
    def sentences(self) -> tuple[str, ...]:
        """The distinct sentences of the mentions, in mention order.

        Examples:
            >>> m = Mention(start=0, end=2, text="Xi", sentence="Xi spoke.")
            >>> Event(kind="statement", mentions=(m, m)).sentences
            ('Xi spoke.',)
        """
        seen: dict[str, None] = {}
        for m in self.mentions:
            if m.sentence is not None:
                seen.setdefault(m.sentence)
        return tuple(seen)
