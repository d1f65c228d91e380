"""Render events as news-style text with exact gold: the engine behind ``strategies.documents()``.

A generated :class:`Document` is a short news item: a publication date, a lead sentence with
the most recent event, and background sentences with earlier events. Every event is written
with one of several realistic templates of its kind ("Chinese President Xi Jinping met French
President Emmanuel Macron in Paris on Feb. 4.", "Hours later, Xi spoke by phone with ..."),
every time in one of several forms ("Feb. 4", "February 4, 2026", "4 February", "on Tuesday",
"yesterday", "last week", "in November", "the previous day", "hours later", ...), resolved
against the publication date (or the event before it, for anaphoric phrases) exactly as a
careful reader would. The gold is built while the text is written, so every offset is exact.

Rules that keep each document unambiguous:

* past events only; a date without a year is in the publication year (AP style), a month
  without a year is one of the nine months before the publication month, a weekday is one
  of the six days before the publication day;
* anaphoric times ("the previous day", "hours later") follow a sentence whose event has a
  day-precise time, and refer to that event;
* one event per clause, no incidental event words (no "said" outside statements, no
  "agreement" outside signings), no two events of one kind with the same participants (nor a
  meeting and a summit of the same people, which a reader could take for one event);
* plausible pairs for arms sales, sanctions and strikes; real leaders with their real titles
  (the stories themselves are fiction: any leader may appear in any year).

This module does not import hypothesis: it draws its choices through a :class:`Chooser`, which
``timeline.strategies`` implements with hypothesis's ``draw`` and :class:`RandomChooser` with
:class:`random.Random` (for benchmarks and scripts).

Examples:
    >>> import random
    >>> doc = render_document(RandomChooser(random.Random(7)))
    >>> all(doc.text[m.start:m.end] == m.text for e in doc.events for m in e.mentions)
    True
    >>> all(doc.text[t.start:t.end] == t.text for t in doc.timexes)
    True
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Final, Literal, Protocol, TypeVar, final

import attrs

from timeline.events import Actor, ActorType, Event, Mention, Money
from timeline.when import When

__all__ = [
    "DOCUMENT_KINDS",
    "Chooser",
    "Document",
    "DocumentScore",
    "GoldTimex",
    "RandomChooser",
    "chooser_from",
    "render_document",
    "score_document",
]

T = TypeVar("T")

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


# ---------------------------------------------------------------------------------------------
# Gold value types
# ---------------------------------------------------------------------------------------------


@final
@attrs.frozen(kw_only=True)
class GoldTimex:
    """A gold time expression of a generated :class:`Document`.

    Args:
        start: Offset of the first character in :attr:`Document.text`.
        end: Offset after the last character.
        text: ``document.text[start:end]``.
        value: The TIMEX3 value (``"2026-02-04"``, ``"2025-11"``, ``"2026-W05"``, ``"P5Y"``).
            Relative and anaphoric expressions carry the value they resolve to, as the seed
            article's gold does: "yesterday" and "hours later" are dates, not offsets.
        type: The TIMEX3 type: ``"DATE"`` or ``"DURATION"`` ("by five years").

    .. versionadded:: 0.1.0

    Examples:
        >>> GoldTimex(start=3, end=9, text="Feb. 4", value="2026-02-04").span
        (3, 9)
    """

    start: int
    end: int
    text: str
    value: str
    type: TimexType = "DATE"

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)``.

        Examples:
            >>> GoldTimex(start=0, end=9, text="yesterday", value="2026-02-04").span
            (0, 9)
        """
        return (self.start, self.end)

    def to_json(self) -> dict[str, Any]:
        """The gold-file form used by ``shared/eval/score.py``.

        Examples:
            >>> GoldTimex(start=0, end=4, text="2025", value="2025").to_json()
            {'start': 0, 'end': 4, 'text': '2025', 'value': '2025', 'type': 'DATE'}
        """
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "type": self.type,
        }


def _to_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


@final
@attrs.frozen(kw_only=True)
class Document:
    """A generated news text with its gold events and time expressions.

    Args:
        text: The news text.
        published: Its publication day; relative expressions ("yesterday", "last week")
            resolve against it.
        events: The gold events, in text order; each has one :class:`~timeline.Mention` on its
            trigger (e.g. ``"met"``, ``"phone call"``) with the sentence around it.
        timexes: The gold time expressions, in text order.
        order: Order facts the text states beyond the events' times, as
            ``(index_a, relation, index_b)`` into :attr:`events` (``"hours later"`` gives
            ``(i - 1, "before", i)``).

    .. versionadded:: 0.1.0

    Examples:
        >>> import random
        >>> doc = render_document(RandomChooser(random.Random(1)), max_events=2)
        >>> isinstance(doc.published, dt.date), 1 <= len(doc.events) <= 2
        (True, True)
        >>> sorted(doc.to_gold_json())
        ['events', 'order', 'published', 'timexes']
    """

    text: str
    published: dt.date
    events: tuple[Event, ...] = attrs.field(converter=_to_tuple)
    timexes: tuple[GoldTimex, ...] = attrs.field(converter=_to_tuple)
    order: tuple[tuple[int, str, int], ...] = attrs.field(default=(), converter=_to_tuple)

    def to_gold_json(self) -> dict[str, Any]:
        """The gold in the corpus format of ``shared/eval`` (``NAME.gold.json``).

        Write ``text`` to ``NAME.txt`` and this object as JSON to ``NAME.gold.json`` to score a
        system on generated documents with the shared scorer.

        Returns:
            ``{"published", "timexes", "events", "order"}``, JSON-ready.

        Examples:
            >>> import random
            >>> gold = render_document(RandomChooser(random.Random(3))).to_gold_json()
            >>> gold["events"][0]["id"], isinstance(gold["events"][0]["when"], str)
            ('E0', True)
        """
        events = []
        for i, event in enumerate(self.events):
            events.append(
                {
                    "id": f"E{i}",
                    "kind": event.kind,
                    "when": None if event.when is None else str(event.when),
                    "participants": list(event.participant_names),
                    "location": event.location,
                    "attributes": {k: _json_value(v) for k, v in event.attributes.items()},
                    "mentions": [{"start": m.start, "end": m.end} for m in event.mentions],
                }
            )
        return {
            "published": self.published.isoformat(),
            "timexes": [t.to_json() for t in self.timexes],
            "events": events,
            "order": [[f"E{a}", rel, f"E{b}"] for a, rel, b in self.order],
        }


def _json_value(value: object) -> object:
    if isinstance(value, Money):
        return value.to_json()
    if isinstance(value, Decimal):
        return str(value)
    return value


# ---------------------------------------------------------------------------------------------
# Choosers: where the random choices come from
# ---------------------------------------------------------------------------------------------


class Chooser(Protocol):
    """The source of the renderer's choices.

    ``choice`` must return an element of a non-empty sequence; ``integer`` an int in
    ``[low, high]``. Implementations should prefer the first element and the low end when
    shrinking (hypothesis's ``sampled_from`` and ``integers`` do), since the templates and
    tables are ordered from the plainest to the most elaborate.

    Examples:
        >>> import random
        >>> RandomChooser(random.Random(0)).integer(1, 1)
        1
    """

    def choice(self, options: Sequence[T]) -> T:
        """One of ``options``."""
        ...  # pragma: no cover - protocol

    def integer(self, low: int, high: int) -> int:
        """An int in ``[low, high]``."""
        ...  # pragma: no cover - protocol


@final
class RandomChooser:
    """A :class:`Chooser` backed by :class:`random.Random` (for scripts and benchmarks).

    Args:
        rng: The random source; seed it for reproducible documents.

    Examples:
        >>> import random
        >>> c = RandomChooser(random.Random(0))
        >>> c.choice(["a"]), 0 <= c.integer(0, 9) <= 9
        ('a', True)
    """

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def choice(self, options: Sequence[T]) -> T:
        """One of ``options``, uniformly.

        Examples:
            >>> RandomChooser(random.Random(0)).choice(["only"])
            'only'
        """
        return options[self._rng.randrange(len(options))]

    def integer(self, low: int, high: int) -> int:
        """An int in ``[low, high]``, uniformly.

        Examples:
            >>> RandomChooser(random.Random(0)).integer(4, 4)
            4
        """
        return self._rng.randint(low, high)


# ---------------------------------------------------------------------------------------------
# Tables: countries, leaders, places, treaties
# ---------------------------------------------------------------------------------------------


@attrs.frozen
class _Leader:
    name: str  # canonical full name
    short: str  # second reference ("Xi", "Lula")
    title: str  # "President", "Prime Minister"


@attrs.frozen
class _Country:
    name: str  # canonical name, as the gold writes it
    text: str  # as a sentence writes it ("the United States")
    adjective: str  # "U.S.", "Chinese"
    of_form: str  # after "of" in "President Xi Jinping of China"
    capital: str
    cities: tuple[str, ...]
    leaders: tuple[_Leader, ...]
    currency: str = "USD"


# Real leaders and foreign ministers, each with the title they are written with. The generated
# stories are fiction (any leader may appear in any year); the names and titles are the ones a
# reader knows, so that a careful reader resolves them without hesitation.
_COUNTRIES: Final[tuple[_Country, ...]] = (
    _Country(
        "China", "China", "Chinese", "China", "Beijing", ("Beijing", "Shanghai"),
        (
            _Leader("Xi Jinping", "Xi", "President"),
            _Leader("Li Qiang", "Li", "Premier"),
            _Leader("Wang Yi", "Wang", "Foreign Minister"),
        ),
        "CNY",
    ),
    _Country(
        "Russia", "Russia", "Russian", "Russia", "Moscow", ("Moscow", "St. Petersburg"),
        (
            _Leader("Vladimir Putin", "Putin", "President"),
            _Leader("Sergei Lavrov", "Lavrov", "Foreign Minister"),
        ),
        "RUB",
    ),
    _Country(
        "United States", "the United States", "U.S.", "the United States", "Washington",
        ("Washington", "New York"),
        (
            _Leader("Donald Trump", "Trump", "President"),
            _Leader("Marco Rubio", "Rubio", "Secretary of State"),
        ),
    ),
    _Country(
        "France", "France", "French", "France", "Paris", ("Paris", "Marseille"),
        (_Leader("Emmanuel Macron", "Macron", "President"),), "EUR",
    ),
    _Country(
        "Germany", "Germany", "German", "Germany", "Berlin", ("Berlin", "Munich"),
        (_Leader("Friedrich Merz", "Merz", "Chancellor"),), "EUR",
    ),
    _Country(
        "United Kingdom", "Britain", "British", "the United Kingdom", "London",
        ("London", "Edinburgh"),
        (_Leader("Keir Starmer", "Starmer", "Prime Minister"),), "GBP",
    ),
    _Country(
        "India", "India", "Indian", "India", "New Delhi", ("New Delhi", "Mumbai"),
        (_Leader("Narendra Modi", "Modi", "Prime Minister"),),
    ),
    _Country(
        "Japan", "Japan", "Japanese", "Japan", "Tokyo", ("Tokyo", "Osaka"),
        (_Leader("Shigeru Ishiba", "Ishiba", "Prime Minister"),), "JPY",
    ),
    _Country(
        "Ukraine", "Ukraine", "Ukrainian", "Ukraine", "Kyiv", ("Kyiv", "Lviv"),
        (_Leader("Volodymyr Zelenskyy", "Zelenskyy", "President"),),
    ),
    _Country(
        "Turkey", "Turkey", "Turkish", "Turkey", "Ankara", ("Ankara", "Istanbul"),
        (_Leader("Recep Tayyip Erdogan", "Erdogan", "President"),),
    ),
    _Country(
        "Brazil", "Brazil", "Brazilian", "Brazil", "Brasilia", ("Brasilia", "Rio de Janeiro"),
        (_Leader("Luiz Inacio Lula da Silva", "Lula", "President"),),
    ),
    _Country(
        "Australia", "Australia", "Australian", "Australia", "Canberra", ("Canberra", "Sydney"),
        (_Leader("Anthony Albanese", "Albanese", "Prime Minister"),),
    ),
    _Country(
        "Canada", "Canada", "Canadian", "Canada", "Ottawa", ("Ottawa", "Toronto"),
        (_Leader("Mark Carney", "Carney", "Prime Minister"),),
    ),
    _Country(
        "South Korea", "South Korea", "South Korean", "South Korea", "Seoul", ("Seoul", "Busan"),
        (_Leader("Lee Jae-myung", "Lee", "President"),),
    ),
    _Country(
        "Italy", "Italy", "Italian", "Italy", "Rome", ("Rome", "Milan"),
        (_Leader("Giorgia Meloni", "Meloni", "Prime Minister"),), "EUR",
    ),
    _Country(
        "Mexico", "Mexico", "Mexican", "Mexico", "Mexico City", ("Mexico City", "Monterrey"),
        (_Leader("Claudia Sheinbaum", "Sheinbaum", "President"),),
    ),
    _Country(
        "Israel", "Israel", "Israeli", "Israel", "Jerusalem", ("Jerusalem", "Tel Aviv"),
        (_Leader("Benjamin Netanyahu", "Netanyahu", "Prime Minister"),),
    ),
    _Country(
        "Iran", "Iran", "Iranian", "Iran", "Tehran", ("Tehran", "Isfahan"),
        (_Leader("Masoud Pezeshkian", "Pezeshkian", "President"),),
    ),
    _Country(
        "Indonesia", "Indonesia", "Indonesian", "Indonesia", "Jakarta", ("Jakarta", "Bali"),
        (_Leader("Prabowo Subianto", "Prabowo", "President"),),
    ),
    _Country(
        "Poland", "Poland", "Polish", "Poland", "Warsaw", ("Warsaw", "Krakow"),
        (_Leader("Donald Tusk", "Tusk", "Prime Minister"),), "EUR",
    ),
    _Country(
        "Spain", "Spain", "Spanish", "Spain", "Madrid", ("Madrid", "Barcelona"),
        (_Leader("Pedro Sanchez", "Sanchez", "Prime Minister"),), "EUR",
    ),
    _Country(
        "South Africa", "South Africa", "South African", "South Africa", "Pretoria",
        ("Pretoria", "Johannesburg"),
        (_Leader("Cyril Ramaphosa", "Ramaphosa", "President"),),
    ),
    _Country(
        "Kenya", "Kenya", "Kenyan", "Kenya", "Nairobi", ("Nairobi", "Mombasa"),
        (_Leader("William Ruto", "Ruto", "President"),),
    ),
)

# Plausible pairs: (seller, buyer) for arms sales, (issuer, target) for sanctions, (attacker,
# target) for strikes. The stories are fiction, but not absurd ones.
_SALES: Final = (
    ("United States", "Poland"), ("United States", "Japan"), ("United States", "Australia"),
    ("United States", "Ukraine"), ("United States", "India"), ("United States", "Canada"),
    ("France", "India"), ("France", "Indonesia"), ("France", "Brazil"), ("Germany", "Ukraine"),
    ("Germany", "Spain"), ("United Kingdom", "Poland"), ("United Kingdom", "Japan"),
    ("Russia", "India"), ("Russia", "Indonesia"), ("South Korea", "Poland"),
    ("South Korea", "Australia"), ("Turkey", "Kenya"), ("Italy", "Japan"), ("Israel", "India"),
)
_SANCTIONS: Final = (
    ("United States", "Russia"), ("United States", "Iran"), ("United States", "China"),
    ("United Kingdom", "Russia"), ("United Kingdom", "Iran"), ("Japan", "Russia"),
    ("Canada", "Russia"), ("Canada", "Iran"), ("Australia", "Russia"), ("France", "Iran"),
    ("Germany", "Russia"), ("China", "United States"), ("Russia", "United Kingdom"),
    ("Iran", "United States"), ("Russia", "Japan"),
)
_STRIKES: Final = (("Russia", "Ukraine"), ("Ukraine", "Russia"), ("Israel", "Iran"),
                   ("Iran", "Israel"))

# Treaty names: plausible, without words that name another kind of event ("agreement", "deal").
# Real treaty names only where the story cannot contradict what a reader knows about them.
_TREATIES: Final = (
    "Caspian Fisheries Treaty", "Arctic Shipping Convention", "Danube Navigation Treaty",
    "Black Sea Grain Convention", "Pacific Tuna Convention", "Nile Waters Treaty",
    "Andean Water Treaty", "Baltic Cable Convention",
)
_EXPIRING_TREATIES: Final = ("New START treaty", "Open Skies Treaty", *_TREATIES)

_ITEMS: Final = ("fighter jets", "air defense systems", "armored vehicles", "helicopters",
                 "artillery systems", "patrol boats")

_TOPICS: Final = ("trade", "energy security", "climate change", "regional security",
                  "investment", "supply chains", "food security")

_STATEMENTS: Final = (
    "the economy was growing faster than expected",
    "relations with neighboring countries were improving",
    "the government would present a new budget",
    "the government was ready to deepen economic cooperation",
    "the situation in the region remained stable",
)

_SECTORS: Final = ("small businesses", "farmers", "renewable energy projects", "flood victims",
                   "public hospitals")


def _country(name: str) -> _Country:
    return next(c for c in _COUNTRIES if c.name == name)


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------

_MONTHS: Final = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
# AP style abbreviations; March to July are never abbreviated.
_AP_MONTHS: Final = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
                     "Oct.", "Nov.", "Dec.")
_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NUMBER_WORDS: Final = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                        "nine", "ten")


@attrs.frozen
class _TimePhrase:
    """A time as written: words before the timex, the timex, the value, and what it means."""

    prefix: str  # "on ", "in ", "" -- not part of the timex
    timex: str  # "Feb. 4", "yesterday", "hours later"
    value: str  # TIMEX3 value
    when: When
    day: dt.date | None  # the day, when the time is day-precise (anchors the next sentence)
    after_previous: bool = False  # "hours later": the event follows the previous one


def _day_when(day: dt.date) -> When:
    return When.day(day.year, day.month, day.day)


def _day_phrases(day: dt.date, published: dt.date, anchor: dt.date | None) -> list[_TimePhrase]:
    """Every unambiguous way to write ``day``, plainest first."""
    when = _day_when(day)
    value = day.isoformat()
    ap = f"{_AP_MONTHS[day.month - 1]} {day.day}"
    full = f"{_MONTHS[day.month - 1]} {day.day}"
    british = f"{day.day} {_MONTHS[day.month - 1]}"
    out = []
    if day.year == published.year:
        out += [
            _TimePhrase("on ", ap, value, when, day),
            _TimePhrase("on ", full, value, when, day),
            _TimePhrase("on ", british, value, when, day),
        ]
    out += [
        _TimePhrase("on ", f"{ap}, {day.year}", value, when, day),
        _TimePhrase("on ", f"{full}, {day.year}", value, when, day),
        _TimePhrase("on ", f"{british} {day.year}", value, when, day),
    ]
    back = (published - day).days
    if back == 0:
        out.append(_TimePhrase("", "today", value, when, day))
    if back == 1:
        out.append(_TimePhrase("", "yesterday", value, when, day))
    if 1 <= back <= 6:
        out.append(_TimePhrase("on ", _WEEKDAYS[day.weekday()], value, when, day))
    if anchor is not None:
        delta = (day - anchor).days
        if delta == 0:
            out += [
                _TimePhrase("", "hours later", value, when, day, after_previous=True),
                _TimePhrase("", "later that day", value, when, day, after_previous=True),
                _TimePhrase("", "the same day", value, when, day),
            ]
        elif delta == -1:
            out += [_TimePhrase("", "the previous day", value, when, day),
                    _TimePhrase("", "the day before", value, when, day)]
        elif delta == 1:
            out += [_TimePhrase("", "the next day", value, when, day),
                    _TimePhrase("", "the following day", value, when, day),
                    _TimePhrase("", "a day later", value, when, day)]
        elif 2 <= delta <= 5:
            out.append(_TimePhrase("", f"{_NUMBER_WORDS[delta]} days later", value, when, day))
    return out


def _month_phrases(year: int, month: int, published: dt.date) -> list[_TimePhrase]:
    when = When.month(year, month)
    value = f"{year:04d}-{month:02d}"
    name = _MONTHS[month - 1]
    out = [_TimePhrase("in ", f"{name} {year}", value, when, None)]
    back = (published.year - year) * 12 + published.month - month
    if 1 <= back <= 9:
        out.append(_TimePhrase("in ", name, value, when, None))
    if back == 1:
        out.append(_TimePhrase("", "last month", value, when, None))
    if back == 0 and published.day >= 10:
        out.append(_TimePhrase("", "earlier this month", value, when, None))
    return out


def _year_phrases(year: int, published: dt.date) -> list[_TimePhrase]:
    when = When.year(year)
    value = f"{year:04d}"
    out = [_TimePhrase("in ", value, value, when, None)]
    if year == published.year - 1:
        out.append(_TimePhrase("", "last year", value, when, None))
    if year == published.year and published.month >= 4:
        out.append(_TimePhrase("", "earlier this year", value, when, None))
    return out


def _last_week(published: dt.date) -> _TimePhrase:
    iso = (published - dt.timedelta(days=7)).isocalendar()
    value = f"{iso.year:04d}-W{iso.week:02d}"
    return _TimePhrase("", "last week", value, When.week(iso.year, iso.week), None)


# ---------------------------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------------------------
# A template is text with slots: {A} {B} (people), {CA} {CB} (countries), {city}, {country}
# (a place), {treaty}, {money}, {item}, {topic}, {content}, {sector}, {n} (a duration in
# words, which is a gold DURATION timex), and {T} (the time: " on Feb. 4", " yesterday").
# The trigger, which becomes the event's mention, is marked [like this].
# Templates whose first slot is {A}/{CA} may be fronted: "On Feb. 4, Xi met Putin in Paris."


@attrs.frozen
class _Template:
    kind: str
    text: str
    roles: tuple[str, ...]  # slots that are the event's participants, in gold order
    location: str | None = None  # the slot that is the event's location
    attributes: Mapping[str, str] = attrs.field(factory=dict)  # constant attributes
    frontable: bool = True


def _t(kind: str, text: str, roles: tuple[str, ...], location: str | None = None,
       frontable: bool = True, **attributes: str) -> _Template:
    return _Template(kind, text, roles, location, attributes, frontable)


_TEMPLATES: Final[tuple[_Template, ...]] = (
    # meetings and talks between two people
    _t("meeting", "{A} [met] {B} in {city}{T}.", ("A", "B"), "city"),
    _t("meeting", "{A} held [talks] with {B}{T} in {city}.", ("A", "B"), "city"),
    _t("meeting", "{A} [met] {B} in {city}{T} to discuss {topic}.", ("A", "B"), "city"),
    _t("meeting", "{A} held a virtual [meeting] with {B}{T}.", ("A", "B"), mode="virtual"),
    # telephone calls
    _t("call", "{A} [spoke by phone] with {B}{T}.", ("A", "B"), mode="phone"),
    _t("call", "{A} held a [phone call] with {B}{T}.", ("A", "B"), mode="phone"),
    _t("call", "{A} and {B} [spoke by telephone]{T}.", ("A", "B"), mode="phone"),
    _t("call", "{A} had a [telephone conversation] with {B}{T} about {topic}.", ("A", "B"),
       mode="phone"),
    # visits: the visitor is the participant, the destination the location
    _t("visit", "{A} [visited] {city}{T}.", ("A",), "city"),
    _t("visit", "{A} paid an [official visit] to {country}{T}.", ("A",), "country"),
    _t("visit", "{A} arrived in {city}{T} for a [state visit].", ("A",), "city"),
    _t("visit", "{A} began a [state visit] to {country}{T}.", ("A",), "country"),
    # summits
    _t("summit", "{A} and {B} held a [summit] in {city}{T}.", ("A", "B"), "city"),
    _t("summit", "{A} and {B} attended a [summit] in {city}{T}.", ("A", "B"), "city"),
    # treaties
    _t("treaty_signing", "{CA} and {CB} [signed] the {treaty}{T}.", ("CA", "CB")),
    _t("treaty_signing", "{A} and {B} [signed] the {treaty} in {city}{T}.", ("A", "B"), "city"),
    _t("treaty_signing", "{CA} and {CB} [signed] the {treaty} in {city}{T}.", ("CA", "CB"),
       "city"),
    _t("treaty_expiry", "The {treaty} [expired]{T}.", (), frontable=False),
    _t("treaty_expiry", "The {treaty} [lapsed]{T}.", (), frontable=False),
    _t("treaty_extension", "{CA} and {CB} agreed{T} to [extend] the {treaty} by {n}.",
       ("CA", "CB")),
    _t("treaty_extension", "{CA} and {CB} [extended] the {treaty}{T} for another {n}.",
       ("CA", "CB")),
    # arms sales: seller, buyer
    _t("arms_sale", "{CA} approved a {money} [arms sale] to {CB}{T}.", ("CA", "CB")),
    _t("arms_sale", "{CA} agreed{T} to [sell] {item} worth {money} to {CB}.", ("CA", "CB")),
    _t("arms_sale", "{CB} agreed{T} to [buy] {item} worth {money} from {CA}.", ("CA", "CB")),
    # sanctions: issuer, target
    _t("sanction", "{CA} imposed new [sanctions] on {CB}{T}.", ("CA", "CB")),
    _t("sanction", "{CA} expanded [sanctions] against {CB}{T}.", ("CA", "CB")),
    # statements
    _t("statement", "{A} [said]{T} that {content}.", ("A",)),
    _t("statement", "{A} [told] reporters in {city}{T} that {content}.", ("A",), "city"),
    _t("statement", "In a [statement]{T}, {A} said {content}.", ("A",), frontable=False),
    _t("statement", "{A} said in a [statement]{T} that {content}.", ("A",)),
    # parades and commemorations
    _t("parade", "{A} attended a [military parade] in {city}{T}.", ("A",), "city"),
    _t("parade", "{A} reviewed a [military parade] in {city}{T}.", ("A",), "city"),
    _t("commemoration", "{A} attended a [memorial] ceremony in {city}{T}.", ("A",), "city"),
    _t("commemoration", "{A} [laid a wreath] at the Tomb of the Unknown Soldier in {city}{T}.",
       ("A",), "city"),
    # strikes: attacker, target
    _t("military_action", "{CA} launched [airstrikes] against targets in {CB}{T}.",
       ("CA", "CB"), "CB"),
    _t("military_action", "{CA} launched a [missile attack] on {CB}{T}.", ("CA", "CB"), "CB"),
    # announcements
    _t("announcement", "{A} [announced] a {money} package to support {sector}{T}.", ("A",)),
)

# Kinds a reader could take for one event when the same people take part in both ("Xi met
# Putin ... Xi and Putin held a summit ..."): a document has at most one of them per group.
_SAME_EVENT_GROUP: Final[Mapping[str, str]] = {"meeting": "encounter", "summit": "encounter"}

DOCUMENT_KINDS: Final[tuple[str, ...]] = tuple(dict.fromkeys(t.kind for t in _TEMPLATES))
"""The event kinds :func:`render_document` can write, plainest first."""

# The compound lead of the seed article: two events, the second "hours later" the same day.
_PAIR_TEMPLATE: Final = (
    "{A} held a virtual [meeting] with {B}{T} and, hours later, [spoke by phone] with {C}."
)


# ---------------------------------------------------------------------------------------------
# The renderer
# ---------------------------------------------------------------------------------------------


class _Builder:
    """Appends text and records the offsets of marked pieces."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, text: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return (start, self.length)

    @property
    def text(self) -> str:
        return "".join(self.parts)


@attrs.define
class _Cast:
    """Who has been mentioned already (second references are short)."""

    people: set[str] = attrs.field(factory=set)


@attrs.define
class _Slot:
    text: str
    actor: Actor | None = None
    place: str | None = None
    timex: tuple[str, TimexType] | None = None  # value, type

    @property
    def who(self) -> Actor:
        """The actor of a participant slot."""
        assert self.actor is not None, self
        return self.actor


class _Renderer:
    def __init__(self, chooser: Chooser, published: dt.date, kinds: Sequence[str]) -> None:
        self.c = chooser
        self.published = published
        self.kinds = tuple(kinds)
        self.builder = _Builder()
        self.cast = _Cast()
        self.events: list[Event] = []
        self.timexes: list[GoldTimex] = []
        self.order: list[tuple[int, str, int]] = []
        self.used: set[tuple[str, frozenset[str]]] = set()
        self.offset = 0  # retry offset: shifts table picks after a duplicate event

    # -- slot fillers ---------------------------------------------------------------------------

    def person(self, country: _Country, leader: _Leader, form: int) -> _Slot:
        actor = Actor(leader.name, ActorType.PERSON)
        if leader.name in self.cast.people:
            text = (leader.short, f"{leader.title} {leader.short}")[form]
        else:
            self.cast.people.add(leader.name)
            text = (
                f"{country.adjective} {leader.title} {leader.name}",
                f"{leader.title} {leader.name} of {country.of_form}",
            )[form]
        return _Slot(text, actor=actor)

    def country_slot(self, country: _Country) -> _Slot:
        return _Slot(country.text, actor=Actor(country.name, ActorType.COUNTRY))

    def money(self, currency: str) -> tuple[str, Money]:
        whole = self.c.integer(1, 40)
        tenth = self.c.integer(0, 9)
        scale = self.c.choice((9, 6))
        if scale == 6:
            amount = Decimal(whole * 25)  # 25 .. 1000 million, whole numbers
            if amount == 1000:
                amount = Decimal(975)
        else:
            amount = Decimal(f"{whole}.{tenth}") if tenth else Decimal(whole)
        value = Money(amount.scaleb(scale), currency)
        return str(value), value

    # -- time -----------------------------------------------------------------------------------

    def time_for(self, anchor: dt.date | None, lead: bool) -> _TimePhrase:
        """Draw a past time and one way to write it."""
        p = self.published
        shape = self.c.choice(("day", "day", "day", "month", "year", "week") if not lead
                              else ("day",))
        if shape == "day":
            if anchor is not None and self.c.choice((False, True)):
                # near the previous event: same day, a day or a few days either side
                delta = self.c.integer(-1, 3)
                day = anchor + dt.timedelta(days=delta)
                if day > p:
                    day = anchor
            elif lead:
                day = p - dt.timedelta(days=self.c.integer(0, 6))
            else:
                day = p - dt.timedelta(days=self.c.integer(1, 400))
            return self.c.choice(_day_phrases(day, p, anchor))
        if shape == "month":
            back = self.c.integer(0, 20)
            index = p.year * 12 + (p.month - 1) - back
            year, month = divmod(index, 12)
            return self.c.choice(_month_phrases(year, month + 1, p))
        if shape == "year":
            return self.c.choice(_year_phrases(p.year - self.c.integer(0, 6), p))
        return _last_week(p)

    # -- sentences ------------------------------------------------------------------------------

    def pick(self, options: Sequence[T]) -> T:
        """One of ``options``, shifted by the retry offset (so that retries differ)."""
        item = self.c.choice(options)
        if self.offset:
            item = options[(options.index(item) + self.offset) % len(options)]
        return item

    def pick_people(self, count: int) -> list[tuple[_Country, _Leader]]:
        countries: list[_Country] = []
        for _ in range(count):
            countries.append(self.pick([c for c in _COUNTRIES if c not in countries]))
        return [(c, self.c.choice(c.leaders)) for c in countries]

    def pick_countries(self, kind: str) -> tuple[_Country, _Country]:
        pairs = {"arms_sale": _SALES, "sanction": _SANCTIONS, "military_action": _STRIKES}
        if kind in pairs:
            a, b = self.pick(pairs[kind])
            return _country(a), _country(b)
        first = self.pick(_COUNTRIES)
        second = self.pick([c for c in _COUNTRIES if c != first])
        return first, second

    def fill(self, template: _Template) -> dict[str, _Slot]:
        # Every choice is drawn whatever the template needs, so that all events cost the same
        # number of draws: hypothesis then shrinks towards the first template and the first
        # table entries rather than towards the template with the fewest slots.
        text = template.text
        (ca, la), (cb, lb) = self.pick_people(2)
        forms = (self.c.integer(0, 1), self.c.integer(0, 1))
        xa, xb = self.pick_countries(template.kind)
        host = self.c.choice((ca, cb))
        # a visitor goes abroad; a speaker talks at home; anything else happens in one of the
        # two leaders' countries (a strike hits the target country)
        if "{CA}" in text:
            place_country = xb
        else:
            place_country = {"visit": cb, "statement": ca}.get(template.kind, host)
        city = self.c.choice((place_country.capital, *place_country.cities))
        table = _EXPIRING_TREATIES if template.kind == "treaty_expiry" else _TREATIES
        treaty = self.pick(table)
        payer = xa if "{CA}" in text else ca
        # the payer's currency where news writes it with a symbol, else dollars
        money, _ = self.money(payer.currency if payer.currency in ("USD", "EUR", "GBP")
                              else "USD")
        item = self.c.choice(_ITEMS)
        topic = self.c.choice(_TOPICS)
        content = self.c.choice(_STATEMENTS)
        sector = self.c.choice(_SECTORS)
        years = self.c.integer(2, 10)

        slots: dict[str, _Slot] = {}
        if "{A}" in text:
            slots["A"] = self.person(ca, la, forms[0])
        if "{B}" in text:
            slots["B"] = self.person(cb, lb, forms[1])
        if "{CA}" in text:
            slots["CA"] = self.country_slot(xa)
            slots["CB"] = self.country_slot(xb)
        slots["city"] = _Slot(city, place=city)
        slots["country"] = _Slot(place_country.text, place=place_country.name)
        slots["treaty"] = _Slot(treaty)
        slots["money"] = _Slot(money)
        slots["item"] = _Slot(item)
        slots["topic"] = _Slot(topic)
        slots["content"] = _Slot(content)
        slots["sector"] = _Slot(sector)
        slots["n"] = _Slot(f"{_NUMBER_WORDS[years]} years", timex=(f"P{years}Y", "DURATION"))
        return {k: v for k, v in slots.items() if "{" + k + "}" in text}

    def sentence(self, template: _Template, time: _TimePhrase, slots: dict[str, _Slot],
                 fronted: bool) -> None:
        """Write one sentence and record its event, timexes and mention."""
        start = self.builder.length
        pieces = _split_template(template.text)
        if fronted:
            # "On Feb. 4, " + the rest with {T} removed
            front = (time.prefix + time.timex)
            pieces = [("time_front", front), ("lit", ", "),
                      *[p for p in pieces if p != ("slot", "T")]]
        out: list[tuple[str, str, Any]] = []  # (text, role, payload)
        for what, value in pieces:
            if what == "lit":
                out.append((value, "lit", None))
            elif what == "trigger":
                out.append((value, "trigger", None))
            elif what == "time_front":
                prefix = time.prefix[:1].upper() + time.prefix[1:] if time.prefix else ""
                if prefix:
                    out.append((prefix, "lit", None))
                    out.append((time.timex, "timex", time))
                else:
                    out.append((time.timex[:1].upper() + time.timex[1:], "timex", time))
            elif value == "T":
                out.append((" " + time.prefix, "lit", None))
                out.append((time.timex, "timex", time))
            else:
                out.append((slots[value].text, "slot", slots[value]))
        # capitalise the sentence's first letter ("the United States" -> "The United States")
        first_text, first_role, first_payload = out[0]
        out[0] = (first_text[:1].upper() + first_text[1:], first_role, first_payload)
        mention_span: tuple[int, int] | None = None
        mention_text = ""
        sentence_timexes: list[GoldTimex] = []
        for text, role, payload in out:
            span = self.builder.add(text)
            if role == "trigger":
                mention_span, mention_text = span, text
            elif role == "timex":
                sentence_timexes.append(
                    GoldTimex(start=span[0], end=span[1], text=text, value=payload.value)
                )
            elif role == "slot" and payload.timex is not None:
                value, kind = payload.timex
                sentence_timexes.append(
                    GoldTimex(start=span[0], end=span[1], text=text, value=value, type=kind)
                )
        end = self.builder.length
        sentence = self.builder.text[start:end]
        assert mention_span is not None  # every template marks a trigger
        self.timexes.extend(sentence_timexes)
        self._record(template, time, slots, mention_span, mention_text, sentence, (start, end))

    def _record(self, template: _Template, time: _TimePhrase, slots: dict[str, _Slot],
                span: tuple[int, int], text: str, sentence: str,
                sentence_span: tuple[int, int]) -> None:
        participants = tuple(slots[r].who for r in template.roles)
        attributes: dict[str, object] = dict(template.attributes)
        if "treaty" in slots:
            attributes["treaty"] = slots["treaty"].text.removesuffix(" treaty")
        if "money" in slots:
            attributes["amount"] = Money.parse(slots["money"].text)
        if template.kind == "arms_sale":
            attributes["seller"] = slots["CA"].who.name
            attributes["buyer"] = slots["CB"].who.name
        if "n" in slots and slots["n"].timex is not None:
            attributes["period"] = slots["n"].timex[0]
        location = None if template.location is None else slots[template.location].place
        if location is None and template.location is not None:
            actor = slots[template.location].actor
            location = None if actor is None else actor.name
        mention = Mention(start=span[0], end=span[1], text=text, sentence=sentence,
                          sentence_span=sentence_span)
        self.events.append(
            Event(kind=template.kind, when=time.when, participants=participants,
                  location=location, attributes=attributes, mentions=(mention,))
        )

    def pair(self, time: _TimePhrase) -> None:
        """The seed article's lead: a virtual meeting and, hours later, a call."""
        people = self.pick_people(3)
        a = self.person(*people[0], self.c.integer(0, 1))
        b = self.person(*people[1], self.c.integer(0, 1))
        c = self.person(*people[2], self.c.integer(0, 1))
        pieces = _split_template(_PAIR_TEMPLATE)
        start = self.builder.length
        spans: list[tuple[int, int]] = []
        later: tuple[int, int] | None = None
        slots = {"A": a, "B": b, "C": c}
        first = True
        for what, value in pieces:
            if what == "lit":
                if ", hours later, " in value:
                    head, _, tail = value.partition("hours later")
                    self.builder.add(head)
                    later = self.builder.add("hours later")
                    self.builder.add(tail)
                else:
                    self.builder.add(value)
            elif what == "trigger":
                spans.append(self.builder.add(value))
            elif value == "T":
                self.builder.add(" " + time.prefix)
                t_span = self.builder.add(time.timex)
                self.timexes.append(GoldTimex(start=t_span[0], end=t_span[1], text=time.timex,
                                              value=time.value))
            else:
                text = slots[value].text
                if first:
                    text = text[:1].upper() + text[1:]
                self.builder.add(text)
            first = False
        assert later is not None
        end = self.builder.length
        sentence = self.builder.text[start:end]
        self.timexes.append(GoldTimex(start=later[0], end=later[1], text="hours later",
                                      value=time.value))
        doc = self.builder.text
        meeting = Mention(start=spans[0][0], end=spans[0][1], text=doc[spans[0][0]:spans[0][1]],
                          sentence=sentence, sentence_span=(start, end))
        call = Mention(start=spans[1][0], end=spans[1][1], text=doc[spans[1][0]:spans[1][1]],
                       sentence=sentence, sentence_span=(start, end))
        index = len(self.events)
        self.events.append(Event(kind="meeting", when=time.when, participants=(a.who, b.who),
                                 attributes={"mode": "virtual"}, mentions=(meeting,)))
        self.events.append(Event(kind="call", when=time.when, participants=(a.who, c.who),
                                 attributes={"mode": "phone"}, mentions=(call,)))
        self.order.append((index, "before", index + 1))
        self.used.add(("encounter", frozenset((a.who.name, b.who.name))))
        self.used.add(("call", frozenset((a.who.name, c.who.name))))

    def render(self, count: int) -> Document:
        anchor: dt.date | None = None
        written = 0
        use_pair = (count >= 2 and self.c.integer(0, 5) == 5
                    and {"meeting", "call"} <= set(self.kinds))
        while written < count:
            separator = self.c.choice((" ", " ", "\n")) if written else ""
            lead = written == 0
            time = self.time_for(anchor if not lead else None, lead)
            if use_pair and lead:
                self.pair(time)
                written += 2
                anchor = time.day
                continue
            template = self.c.choice([t for t in _TEMPLATES if t.kind in self.kinds])
            for attempt in range(len(_COUNTRIES)):
                self.offset = attempt
                saved = set(self.cast.people)
                slots = self.fill(template)
                key = (_SAME_EVENT_GROUP.get(template.kind, template.kind), frozenset(
                    slots[r].who.name for r in template.roles
                ))
                treaty = slots.get("treaty")
                if treaty is not None:
                    key = (template.kind, frozenset((treaty.text,)))
                if key not in self.used:
                    break
                self.cast.people = saved
            else:  # only when the allowed kinds cannot give another distinct event
                break
            self.offset = 0
            self.used.add(key)
            fronted = template.frontable and self.c.integer(0, 2) == 2
            if time.after_previous and written:
                self.order.append((len(self.events) - 1, "before", len(self.events)))
            self.builder.add(separator)
            self.sentence(template, time, slots, fronted)
            written += 1
            anchor = time.day
        return Document(text=self.builder.text, published=self.published,
                        events=tuple(self.events), timexes=tuple(self.timexes),
                        order=tuple(self.order))


def _split_template(text: str) -> list[tuple[str, str]]:
    """``"{A} [met] {B}{T}."`` -> ``[("slot","A"), ("lit"," "), ("trigger","met"), ...]``."""
    out: list[tuple[str, str]] = []
    i = 0
    literal: list[str] = []
    while i < len(text):
        ch = text[i]
        if ch in "{[":
            close = text.index("}" if ch == "{" else "]", i)
            if literal:
                out.append(("lit", "".join(literal)))
                literal = []
            out.append(("slot" if ch == "{" else "trigger", text[i + 1:close]))
            i = close + 1
        else:
            literal.append(ch)
            i += 1
    if literal:
        out.append(("lit", "".join(literal)))
    return out


def render_document(
    chooser: Chooser,
    *,
    published: dt.date | None = None,
    min_events: int = 1,
    max_events: int = 4,
    kinds: Iterable[str] | None = None,
    min_published: dt.date = dt.date(2015, 1, 1),
    max_published: dt.date = dt.date(2030, 12, 31),
) -> Document:
    """Write one news item with its gold, drawing every choice from ``chooser``.

    Arguments are trusted (``timeline.strategies.documents`` validates them).

    Args:
        chooser: Where the choices come from.
        published: The publication day; drawn in ``[min_published, max_published]`` if None.
        min_events: Fewest events.
        max_events: Most events.
        kinds: Kinds to write (a subset of :data:`DOCUMENT_KINDS`); all of them if None.
        min_published: Earliest publication day drawn.
        max_published: Latest publication day drawn.

    Returns:
        The document.

    Examples:
        >>> import datetime, random
        >>> doc = render_document(RandomChooser(random.Random(5)), kinds=["call"],
        ...                       published=datetime.date(2026, 2, 5), max_events=1)
        >>> [e.kind for e in doc.events], doc.published.isoformat()
        (['call'], '2026-02-05')
    """
    if published is None:
        span = (max_published - min_published).days
        published = min_published + dt.timedelta(days=chooser.integer(0, span))
    chosen = DOCUMENT_KINDS if kinds is None else tuple(kinds)
    count = chooser.integer(min_events, max_events)
    return _Renderer(chooser, published, chosen).render(count)


# A tiny helper the strategies module uses to adapt hypothesis's draw to a Chooser.
def chooser_from(choice: Callable[[Sequence[Any]], Any],
                 integer: Callable[[int, int], int]) -> Chooser:
    """Build a :class:`Chooser` from two callables.

    Examples:
        >>> c = chooser_from(lambda xs: xs[0], lambda lo, hi: lo)
        >>> c.choice("xyz"), c.integer(3, 9)
        ('x', 3)
    """
    return _FunctionChooser(choice, integer)


@final
class _FunctionChooser:
    def __init__(self, choice: Callable[[Sequence[Any]], Any],
                 integer: Callable[[int, int], int]) -> None:
        self._choice = choice
        self._integer = integer

    def choice(self, options: Sequence[T]) -> T:
        return self._choice(options)  # type: ignore[no-any-return]

    def integer(self, low: int, high: int) -> int:
        return self._integer(low, high)


# ---------------------------------------------------------------------------------------------
# Scoring an extractor against the gold
# ---------------------------------------------------------------------------------------------


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@final
@attrs.frozen(kw_only=True)
class DocumentScore:
    """Counts for scoring extracted events and time expressions against a :class:`Document`.

    Scores add up with ``+`` (micro-averaging over documents). Matching follows the shared
    evaluation scorer: a system event matches a gold event of the same kind whose mention it
    overlaps (one to one, largest overlap first); a system time expression matches a gold one
    it overlaps.

    Attributes:
        documents: How many documents were scored.
        gold_events: Gold events.
        system_events: Extracted events.
        matched_events: Matched pairs.
        when_correct: Matched pairs whose ``str(when)`` values are equal.
        participants_gold: Gold participants of matched events.
        participants_found: Of those, how many an extracted participant names.
        participants_system: Extracted participants of matched events.
        participants_right: Of those, how many name a gold participant.
        gold_timexes: Gold time expressions.
        system_timexes: Extracted time expressions.
        matched_timexes: Overlapping pairs (one to one).
        timex_values_correct: Matched pairs with the same value.
        problems: A line per miss, extra or wrong value (for reports; not compared).

    Examples:
        >>> import random
        >>> doc = render_document(RandomChooser(random.Random(2)))
        >>> perfect = score_document(doc, doc.events, doc.timexes)
        >>> perfect.f1, perfect.when_accuracy, perfect.timex_value_accuracy
        (1.0, 1.0, 1.0)
        >>> score_document(doc, ()).recall
        0.0
        >>> score_document(doc, (), ()).timex_f1
        0.0
    """

    documents: int = 0
    gold_events: int = 0
    system_events: int = 0
    matched_events: int = 0
    when_correct: int = 0
    participants_gold: int = 0
    participants_found: int = 0
    participants_system: int = 0
    participants_right: int = 0
    gold_timexes: int = 0
    system_timexes: int = 0
    matched_timexes: int = 0
    timex_values_correct: int = 0
    problems: tuple[str, ...] = attrs.field(default=(), eq=False, converter=_to_tuple)

    def __add__(self, other: DocumentScore) -> DocumentScore:
        if not isinstance(other, DocumentScore):
            return NotImplemented
        counts = {
            f.name: getattr(self, f.name) + getattr(other, f.name)
            for f in attrs.fields(DocumentScore)
        }
        return DocumentScore(**counts)

    @property
    def precision(self) -> float:
        """Matched events over extracted events (1.0 when none were extracted).

        Examples:
            >>> DocumentScore(gold_events=2, system_events=1, matched_events=1).precision
            1.0
        """
        return _ratio(self.matched_events, self.system_events)

    @property
    def recall(self) -> float:
        """Matched events over gold events.

        Examples:
            >>> DocumentScore(gold_events=2, system_events=1, matched_events=1).recall
            0.5
        """
        return _ratio(self.matched_events, self.gold_events)

    @property
    def f1(self) -> float:
        """Event detection F1 (kind and an overlapping mention).

        Examples:
            >>> round(DocumentScore(gold_events=2, system_events=1, matched_events=1).f1, 3)
            0.667
        """
        return _f1(self.precision, self.recall)

    @property
    def when_accuracy(self) -> float:
        """Share of matched events whose time value is right.

        Examples:
            >>> DocumentScore(matched_events=4, when_correct=3).when_accuracy
            0.75
        """
        return _ratio(self.when_correct, self.matched_events)

    @property
    def participants_f1(self) -> float:
        """Participant F1 over matched events.

        Examples:
            >>> DocumentScore(participants_gold=2, participants_found=2,
            ...               participants_system=2, participants_right=2).participants_f1
            1.0
        """
        return _f1(
            _ratio(self.participants_right, self.participants_system),
            _ratio(self.participants_found, self.participants_gold),
        )

    @property
    def timex_f1(self) -> float:
        """Relaxed (overlap) F1 of the time expressions.

        Examples:
            >>> DocumentScore(gold_timexes=2, system_timexes=2, matched_timexes=2).timex_f1
            1.0
        """
        return _f1(
            _ratio(self.matched_timexes, self.system_timexes),
            _ratio(self.matched_timexes, self.gold_timexes),
        )

    @property
    def timex_value_accuracy(self) -> float:
        """Share of matched time expressions with the right TIMEX3 value.

        Examples:
            >>> DocumentScore(matched_timexes=2, timex_values_correct=1).timex_value_accuracy
            0.5
        """
        return _ratio(self.timex_values_correct, self.matched_timexes)

    def summary(self) -> str:
        """One line with the main figures.

        Examples:
            >>> DocumentScore().summary()
            'documents=0 events: P=1.000 R=1.000 F1=1.000 when=1.000 participants=1.000 | ...'
        """
        return (
            f"documents={self.documents} events: P={self.precision:.3f} R={self.recall:.3f} "
            f"F1={self.f1:.3f} when={self.when_accuracy:.3f} "
            f"participants={self.participants_f1:.3f} | timexes: F1={self.timex_f1:.3f} "
            f"value={self.timex_value_accuracy:.3f} "
            f"(gold events {self.gold_events}, system {self.system_events}, "
            f"gold timexes {self.gold_timexes})"
        )


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _sentence_of(doc: Document, start: int) -> str:
    """The gold sentence around offset ``start`` (for problem reports)."""
    for event in doc.events:
        for m in event.mentions:
            if m.sentence_span is not None and m.sentence_span[0] <= start < m.sentence_span[1]:
                return m.sentence or ""
    return doc.text[max(0, start - 60) : start + 60]


def score_document(
    document: Document,
    events: Iterable[Event],
    timexes: Iterable[Any] | None = None,
) -> DocumentScore:
    """Score extracted ``events`` (and ``timexes``) against the gold of ``document``.

    Args:
        document: A generated document.
        events: The extracted events; their mentions must index into ``document.text``.
        timexes: The extracted time expressions: objects with ``start``, ``end`` and
            ``value`` attributes (such as :class:`GoldTimex` or the extractor's own).
            ``None`` (the default) scores events only.

    Returns:
        The counts; add several with ``+`` and read :attr:`DocumentScore.f1` and the others.

    Examples:
        >>> import random
        >>> doc = render_document(RandomChooser(random.Random(4)))
        >>> score_document(doc, doc.events[:1]).matched_events
        1
    """
    gold = document.events
    system = tuple(events)
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if g.kind != s.kind:
                continue
            overlap = sum(_overlap(gm.span, sm.span) for gm in g.mentions for sm in s.mentions)
            if overlap:
                pairs.append((overlap, -gi, -si))
    pairs.sort(reverse=True)
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, ngi, nsi in pairs:
        gi, si = -ngi, -nsi
        if gi in matched or si in used:
            continue
        matched[gi] = si
        used.add(si)
    problems: list[str] = []
    when_ok = p_gold = p_found = p_sys = p_right = 0
    for gi, si in sorted(matched.items()):
        g, s = gold[gi], system[si]
        gw, sw = str(g.when), None if s.when is None else str(s.when)
        if gw == sw:
            when_ok += 1
        else:
            problems.append(f"when  {g.kind} gold {gw} got {sw}: "
                            f"{_sentence_of(document, g.mentions[0].start)!r}")
        found = sum(1 for a in g.participants if any(a.matches(b) for b in s.participants))
        right = sum(1 for b in s.participants if any(a.matches(b) for a in g.participants))
        p_gold += len(g.participants)
        p_found += found
        p_sys += len(s.participants)
        p_right += right
        if found < len(g.participants) or right < len(s.participants):
            problems.append(
                f"who   {g.kind} gold {list(g.participant_names)} got "
                f"{list(s.participant_names)}: {_sentence_of(document, g.mentions[0].start)!r}"
            )
    for gi, g in enumerate(gold):
        if gi not in matched:
            problems.append(f"miss  {g.kind} {g.when} {list(g.participant_names)}: "
                            f"{_sentence_of(document, g.mentions[0].start)!r}")
    for si, s in enumerate(system):
        if si not in used:
            where = s.mentions[0].span if s.mentions else None
            text = s.mentions[0].text if s.mentions else ""
            problems.append(f"extra {s.kind} {s.when} {list(s.participant_names)} at {where} "
                            f"{text!r}: {_sentence_of(document, where[0]) if where else ''!r}")
    sys_timexes = [] if timexes is None else list(timexes)
    gold_timexes = () if timexes is None else document.timexes
    t_used: set[int] = set()
    t_match = t_value = 0
    for gt in gold_timexes:
        best, best_j = 0, None
        for j, st in enumerate(sys_timexes):
            if j in t_used:
                continue
            overlap = _overlap(gt.span, (st.start, st.end))
            if overlap > best:
                best, best_j = overlap, j
        if best_j is None:
            problems.append(f"timex miss {gt.text!r} ({gt.value})")
            continue
        t_used.add(best_j)
        t_match += 1
        got = sys_timexes[best_j].value
        if str(got) == gt.value:
            t_value += 1
        else:
            problems.append(f"timex value {gt.text!r}: gold {gt.value} got {got} in "
                            f"{_sentence_of(document, gt.start)!r}")
    return DocumentScore(
        documents=1,
        gold_events=len(gold),
        system_events=len(system),
        matched_events=len(matched),
        when_correct=when_ok,
        participants_gold=p_gold,
        participants_found=p_found,
        participants_system=p_sys,
        participants_right=p_right,
        gold_timexes=len(gold_timexes),
        system_timexes=len(sys_timexes),
        matched_timexes=t_match,
        timex_values_correct=t_value,
        problems=problems,
    )
