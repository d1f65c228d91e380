"""Event attributes read from the words around a trigger: money, treaty names, mode and place.

Each function looks at a window of the document (usually the trigger's clause) and returns a
typed value or ``None``:

* :func:`find_money` -- "$11.1 billion", "US$ 4.5bn", "228.105 billion yuan" ->
  :class:`~timeline.events.Money`;
* :func:`find_treaty` -- "the New START nuclear arms control treaty" -> ``"New START"``,
  "the Treaty on Conventional Armed Forces in Europe (CFE)" -> ``"CFE Treaty"``, "the Paris
  Agreement" -> ``"Paris Agreement"``;
* :func:`find_mode` -- ``"virtual"``, ``"phone"`` or ``"in_person"``;
* :func:`find_location` -- "in Busan", "at the Great Hall of the People in Beijing" (the city:
  ``"Beijing"``), "at the White House", "Moscow's Victory Day Parade".

Examples:
    >>> text = "Xi held a virtual meeting with Putin at the Great Hall of the People in Beijing."
    >>> find_location(text, 18, 25, 0, len(text)), find_mode(text, 0, len(text))
    ('Beijing', 'virtual')
    >>> str(find_money("an $11.1 billion arms sale", 0, 26))
    '$11.1 billion'
"""

from __future__ import annotations

import functools

import regex

from timeline.events import Money
from timeline.extraction.actors import GAZETTEER, Gazetteer
from timeline.extraction.grammar import MONTHS_ABBR, MONTHS_FULL, WEEKDAYS
from timeline.extraction.triggers import rx

__all__ = ["find_location", "find_mode", "find_money", "find_treaty", "money_to_json"]

_SCALE_WORDS = "thousand|million|billion|trillion|bn|mn|m|b|tn"


@functools.cache
def _money_re() -> regex.Pattern[str]:
    # Possessive quantifiers and the look-behind keep this linear on long digit runs.
    number = r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})++(?:\.\d++)?|\d++(?:\.\d++)?)"
    return regex.compile(
        rf"(?:(?:US|U\.S\.|A|C|HK|NT|S|NZ|R)?\$|€|£|¥|₹|₽|₩)\s?(?:{number})"
        rf"(?:\s*-?\s*(?:{_SCALE_WORDS})\b)?"
        rf"|(?:{number})\s*(?:{_SCALE_WORDS})?\s+(?:U\.S\.\s+)?"
        r"(?:dollars|euros|pounds|yen|yuan|renminbi|rubles|roubles|rupees|won)\b",
        regex.IGNORECASE,
    )


def find_money(text: str, start: int, end: int) -> Money | None:
    """The first amount of money in ``text[start:end]``.

    Args:
        text: The document text.
        start: Window start.
        end: Window end.

    Returns:
        The amount, or ``None`` if there is none (or it cannot be read).

    Examples:
        >>> find_money("a $4.5 billion deal", 0, 19)
        Money(amount=Decimal('4500000000'), currency='USD')
        >>> find_money("up to $102 million in new aid", 0, 29).to_json()
        '102000000 USD'
        >>> find_money("no money here", 0, 13) is None
        True
    """
    for m in _money_re().finditer(text, start, end):
        try:
            return Money.parse(m.group())
        except ValueError:
            continue
    return None


def money_to_json(money: Money) -> str:
    """The evaluation form of an amount: mantissa, exponent and currency, "11.1e9 USD".

    Examples:
        >>> money_to_json(Money.parse("$11.1 billion"))
        '11.1e9 USD'
        >>> money_to_json(Money.parse("$102 million")), money_to_json(Money(250, "EUR"))
        ('102e6 USD', '250 EUR')
    """
    amount = money.amount.normalize()
    if amount == 0:
        return f"0 {money.currency}"
    sign = "-" if amount < 0 else ""
    amount = abs(amount)
    exponent = amount.adjusted() // 3 * 3
    if exponent < 3:
        text = format(amount, "f")
    else:
        mantissa = (amount.scaleb(-exponent)).normalize()
        text = f"{format(mantissa, 'f')}e{exponent}"
    text = sign + text
    return f"{text} {money.currency}"


_KNOWN_TREATIES = (
    "New START",
    "START II",
    "START I",
    "START",
    "INF",
    "CFE",
    "NPT",
    "JCPOA",
    "CTBT",
    "ABM",
    "SALT II",
    "SALT I",
    "AUKUS",
    "USMCA",
    "NAFTA",
    "TPP",
    "CPTPP",
    "RCEP",
    "Open Skies",
)


@functools.cache
def _treaty_res() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    known = "|".join(regex.escape(t) for t in sorted(_KNOWN_TREATIES, key=len, reverse=True))
    head = r"(?:Treaty|Agreement|Accords?|Pact|Convention|Protocol|Charter|Statute|Court)"
    cap = r"(?:[A-Z][\w.\u2019'-]*|of|on|the|and|for|in|de)"
    acronym = regex.compile(rf"(?<![\w-])(?P<name>{known})(?![\w-])(?P<treaty>\s+[Tt]reaty)?")
    named = regex.compile(
        rf"(?<![\w-])(?P<name>(?:[A-Z][\w.\u2019'-]*\s+)(?:{cap}\s+){{0,5}}?{head})(?!\w)"
        rf"|(?P<name2>{head}\s+(?:on|of|for)\s+(?:{cap}\s+){{0,6}}[A-Z][\w-]*)"
        rf"(?:\s+\((?P<acr>[A-Z]{{2,6}})\))?"
    )
    generic = regex.compile(
        r"(?<![\w-])(?P<name>memorandum of understanding(?:\s+on(?:\s+[\w-]+){1,5})?)",
        regex.IGNORECASE,
    )
    return acronym, named, generic


def find_treaty(text: str, start: int, end: int, *, named_only: bool = False) -> str | None:
    """The name of the treaty or agreement mentioned in ``text[start:end]``, if any.

    Known acronyms come first ("New START", "INF", "CFE"), then capitalised names ending in
    Treaty/Agreement/Accord/Pact/Convention/Protocol, then "Treaty on ..." names (with their
    acronym when one follows in parentheses), then memoranda of understanding.

    Examples:
        >>> find_treaty("the expiration of the New START nuclear arms control treaty", 0, 60)
        'New START'
        >>> t = "withdrew from the Treaty on Conventional Armed Forces in Europe (CFE)."
        >>> find_treaty(t, 0, len(t))
        'CFE Treaty'
        >>> find_treaty("rejoined the Paris Agreement", 0, 28)
        'Paris Agreement'
        >>> find_treaty("a trade policy", 0, 14) is None
        True
        >>> find_treaty("agreed to extend the truce by a week", 0, 36)
        'truce'
    """
    acronym, named, generic = _treaty_res()
    m = named.search(text, start, end)
    if m and m.group("name2"):
        if m.group("acr"):
            return f"{m.group('acr')} Treaty"
        return m.group("name2")
    a = acronym.search(text, start, end)
    if a:
        return a.group("name") + (
            " Treaty"
            if a.group("treaty")
            and a.group("treaty").strip()[0] == "T"
            and a.group("name") != "New START"
            else ""
        )
    if m:
        name = rx.sub(r"^(?:The|A|An)\s+", "", m.group("name"))
        if name.split()[0] not in ("Treaty", "Agreement"):
            return name
    if named_only:
        return None
    g = generic.search(text, start, end)
    if g:
        return g.group("name")
    # a headline's bare object: "Neighbours sign water sharing accord"
    bare = rx.compile(
        r"\s+(?P<name>(?:[a-z][\w-]*\s+){0,4}?(?:treaty|agreement|accord|pact|deal|truce|"
        r"ceasefire|cease-fire|armistice))\b"
    ).match(text, start, end)
    if bare:
        return bare.group("name")
    # an unnamed agreement: "signed a defense agreement" -> "defense agreement"
    u = rx.compile(
        r"\b(?i:a|an|the|its|their|new)\s+(?P<name>(?:[\w-]+\s+){0,4}?(?:treaty|agreement|"
        r"accord|pact|deal|memorandum|protocol|convention|arrangement|statute|truce|ceasefire|"
        r"cease-fire|armistice|moratorium))\b"
    ).search(text, start, end)
    if u:
        return u.group("name")
    return None


def find_mode(text: str, start: int, end: int, default: str | None = None) -> str | None:
    """How an encounter took place: ``"virtual"``, ``"phone"``, ``"in_person"`` or *default*.

    Examples:
        >>> find_mode("held talks by video link", 0, 24)
        'virtual'
        >>> find_mode("spoke by telephone", 0, 18)
        'phone'
        >>> find_mode("met in person in Geneva", 0, 23)
        'in_person'
        >>> find_mode("met", 0, 3, default="in_person")
        'in_person'
    """
    window = text[start:end].casefold()
    if rx.search(r"\b(?:virtual(?:ly)?|video|videoconference|online|remotely)\b", window):
        return "virtual"
    if rx.search(r"\b(?:phone|telephone|by\s+telephone)\b", window):
        return "phone"
    if rx.search(r"\bin[\s-]person\b|\bface[\s-]to[\s-]face\b", window):
        return "in_person"
    return default


_VENUE_WORDS = frozenset(
    [
        *("estate", "Estate", "resort", "Resort", "villa", "Villa", "ranch", "Ranch", "castle"),
        *("Castle", "retreat", "Retreat", "compound", "palace", "headquarters", "Memorial"),
        "House",
        "Hall",
        "Palace",
        "Headquarters",
        "Center",
        "Centre",
        "Building",
        "Office",
        "Kremlin",
        "Summit",
        "Forum",
        "Hotel",
        "Ministry",
        "Square",
        "Garden",
        "Residence",
        "Airport",
        "Base",
    ]
)
_NOT_PLACE = frozenset(
    [
        *MONTHS_FULL,
        *MONTHS_ABBR,
        *WEEKDAYS,
        "Today",
        "Spring",
        "Summer",
        "Autumn",
        "Fall",
        "Winter",
        "The",
        "A",
        "An",
        "His",
        "Her",
        "Their",
        "Its",
        "Our",
        "This",
        "That",
        "President",
        "Prime",
        "Minister",
        "Secretary",
        "King",
        "Queen",
        "Chancellor",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
    ]
)


# place names that begin with a capitalised article
_ARTICLE_PLACES = frozenset({"The Hague", "The Gambia", "The Bahamas"})


@functools.cache
def _place_phrase_re() -> regex.Pattern[str]:
    word = r"[A-Z][\w\u2019'.-]*[\w.]|[A-Z]"
    return regex.compile(
        rf"(?P<the>the[ \t]+)?(?P<place>(?:{word})(?:[ \t]+(?:of[ \t]+the[ \t]+|of[ \t]+|de[ \t]+)?"
        rf"(?:{word})){{0,5}}(?:,[ \t]+(?:{word})(?:[ \t]+(?:{word}))?(?=[\s.,;]|$))?)"
    )


def _place_at(text: str, pos: int, gazetteer: Gazetteer, end: int | None = None) -> str | None:
    region = rx.match(
        r"(?:northern|southern|eastern|western|central|north|south|east|west|north-eastern|"
        r"north-western|south-eastern|south-western|northeastern|northwestern|southeastern|"
        r"southwestern)[ \t]+(?=[A-Z])",
        text[pos : pos + 20],
    )
    if region:
        rest = _place_at(text, pos + region.end(), gazetteer, end)
        return f"{region.group().strip()} {rest}" if rest else None
    m = _place_phrase_re().match(text, pos, len(text) if end is None else end)
    if not m:
        return None
    place = m.group("place")
    if rx.search(r"[\u2019']s?$", place):
        return None  # "Beijing's commemorations": a possessor
    if rx.match(r"[\u2019']s\b|-[A-Z]", text[m.end("place") : m.end("place") + 3]):
        return None  # "Beijing's V-Day" (a possessor), "China-Russia ties" (a compound)
    if rx.search(r"[A-Za-z.]-[A-Z]", m.group("place")):
        return None  # "the U.S.-ASEAN Summit": a modifier, not a place
    words = place.replace(",", " ").split()
    if " ".join(words[:2]) in _ARTICLE_PLACES:
        return " ".join(words[:2])  # "in The Hague": the article is part of the name
    if not words or words[0].rstrip(".") in _NOT_PLACE:
        return None
    # "November 2023", "Feb. 4": time, not place
    if any(w.rstrip(".") in _NOT_PLACE for w in words[:1]):
        return None
    # "Woodside, California in November 2023": cut at a month or digit
    cut = []
    for w in place.split(" "):
        if w.rstrip(".,") in _NOT_PLACE or w[:1].isdigit():
            break
        cut.append(w)
    place = " ".join(cut).rstrip(",. ")
    if not place:
        return None
    # A venue in a city: "the Great Hall of the People in Beijing" -> "Beijing"
    tail = text[pos + len(m.group()) : pos + len(m.group()) + 60]
    city = rx.match(
        r",?\s+in\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?(?:,\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)?)",
        tail,
    )
    if city and any(w in _VENUE_WORDS for w in place.split()):
        return city.group(1)
    # A place name that is also a country or organisation is kept as written
    place = rx.sub(r"\.\s+[A-Z].*$", "", place)  # never across a sentence end
    if place.endswith(".") and not rx.search(r"\b[A-Z]\.$", place):
        place = place[:-1]
    if place in gazetteer.demonyms:
        return None
    return place


def find_location(
    text: str,
    trigger_start: int,
    trigger_end: int,
    clause_start: int,
    clause_end: int,
    *,
    kind: str | None = None,
    gazetteer: Gazetteer = GAZETTEER,
) -> str | None:
    """Where the event named by a trigger took place, read from its clause.

    Looks, in order, for "in/at <Place>" after the trigger (for visits also "to <Place>", for
    attacks "against <Country>"), then for a possessive place right before the trigger
    ("Moscow's Victory Day Parade"), then for "in/at <Place>" before it in the clause.

    Args:
        text: The document text.
        trigger_start: Start of the trigger.
        trigger_end: End of the trigger.
        clause_start: Start of the trigger's clause.
        clause_end: End of the clause.
        kind: The event kind (visits and attacks have their own patterns).
        gazetteer: Name tables.

    Returns:
        The place as written (a city when a venue is "in" a city), or ``None``.

    Examples:
        >>> t = "Xi noted that the successful meeting in Busan the previous year helped."
        >>> find_location(t, 29, 36, 0, len(t))
        'Busan'
        >>> t = "Xi was guest at Moscow's Victory Day Parade."
        >>> find_location(t, 37, 43, 0, len(t))
        'Moscow'
        >>> t = "Ruto will make a State Visit to the United States on May 23."
        >>> find_location(t, 17, 28, 0, len(t), kind="visit")
        'United States'
    """
    after = text[trigger_end:clause_end]
    # skip the object before the place ("met Putin in Moscow"); for treaties only common words,
    # so that "the Treaty on Conventional Armed Forces in Europe" gives no place
    preps = r"in|at"
    if text[trigger_start:trigger_end].casefold().startswith("welcom"):
        preps = r"in|at|to"  # "welcomed Prime Minister Fiala to the White House"
    if kind == "visit":
        preps = r"in|at|to"
    elif kind in ("parade", "commemoration"):
        preps = r"in|at|on"  # "the parade on Red Square"
    elif kind == "military_action":
        preps = r"in|at|against|on"
    if kind == "military_action":
        # "strikes on Country X's power grid", "invasion of Country X", "rockets at the city of Y"
        target = rx.match(
            r"(?:\s+(?!(?:against|on|at|in)\b)[\w-]+){0,4}?\s+(?:against|on|of|at|in)\s+"
            r"(?:the\s+|occupied\s+)?(?:(?:city|town|port|"
            r"region|village|province)\s+of\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)",
            after[:100],
        )
        name = rx.sub(r"[\u2019']s$", "", target.group(1)) if target else ""
        if target and (
            name in gazetteer.countries
            or name in gazetteer.capitals
            or rx.search(
                r"(?:city|town|port|region|village|"
                r"province)\s+of\s+$",
                after[: target.start(1)],
            )
        ):
            return name
    venue = rx.match(
        r"(?:\s+[\w.-]+){0,6}?\s+from\s+the\s+(?:[A-Z][\w'-]*\s+){1,4}(?:of\s+the\s+"
        r"(?:[A-Z][\w'-]*\s+){1,3})?in\s+([A-Z][\w'-]+)",
        after[:160],
    )
    if venue and kind in ("meeting", "call", "summit", "negotiation"):
        return venue.group(1)  # "by video link from the Great Hall of the People in Beijing"
    if kind in ("announcement", "statement"):
        # "announced a new aid package ... during an unannounced visit to Kyiv"
        trip = rx.search(
            r"\bduring\s+(?:a|an|his|her|their|the|its)\s+(?:[\w-]+\s+){0,2}(?:visit|trip)\s+"
            r"to\s+(?:the\s+)?",
            after[:160],
        )
        if trip is not None:
            place = _place_at(text, trigger_end + trip.end(), gazetteer)
            if place:
                return place
    treaty = (kind or "").startswith("treaty_")
    for m in rx.finditer(rf"\s(?:{preps})\s+(?:occupied\s+|the\s+(?=[A-Z]))?", after[:140]):
        prefix = after[: m.start()]
        conj = rx.search(r"\b(?:and|but|while|as|which|who|that)\b(?P<rest>.*)$", prefix)
        new_clause = conj is not None and (
            conj.group().split()[0] != "and"
            or any(w[:1].islower() and w not in ("the", "of") for w in conj.group("rest").split())
        )
        if rx.search(r"[,;:]\s|(?<![A-Z])\.\s", prefix) or new_clause or len(prefix.split()) > 12:
            break  # another clause: "... Parade and Putin's role ... at Beijing's ..."
        if treaty and rx.search(r"[A-Z]", prefix):
            break  # "the Treaty on Conventional Armed Forces in Europe": part of the name
        place = _place_at(text, trigger_end + m.end(), gazetteer)
        if place:
            if (
                kind == "military_action"
                and m.group().strip().startswith("on")
                and place not in gazetteer.countries
            ):
                continue
            return place
    # possessive place right before the trigger: "Moscow's ... Parade", "Beijing's Sept. 3 ..."
    before = text[max(clause_start, trigger_start - 60) : trigger_start]
    pm = rx.search(
        r"([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)[\u2019']s\s+(?:[A-Z0-9][^\s,;]*\s+){0,5}$", before
    )
    hosted = kind in (None, "parade", "commemoration", "summit", "meeting", "negotiation", "visit")
    if (
        pm
        and hosted
        and (pm.group(1) in gazetteer.capitals or _is_city_like(pm.group(1), gazetteer))
    ):
        return pm.group(1)
    bm = list(rx.finditer(r"(?:^|\s)(?:in|at)\s+(?:the\s+(?=[A-Z]))?", before))
    if bm and kind in (
        "meeting",
        "summit",
        "negotiation",
        "visit",
        "parade",
        "commemoration",
        "treaty_signing",
    ):
        place = _place_at(before, bm[-1].end(), gazetteer)
        rest = before[bm[-1].end() :]
        tail = rest.lstrip()[len(place) :] if place and rest.lstrip().startswith(place) else rest
        if (
            place
            and place not in gazetteer.countries
            # "gathered in Vilnius on Tuesday for a summit", not "at the Moscow Victory Day
            # parade" (the place is part of the event's name)
            and not rx.fullmatch(r"(?:[\u2019']s)?\s*(?:[A-Z0-9][\w.\u2019'-]*\s+)*", tail)
        ):
            return place
    return None


def _is_city_like(name: str, gazetteer: Gazetteer) -> bool:
    # A capital or a seat of government; countries possessive ("China's plan") are actors.
    return name in gazetteer.capitals and name not in gazetteer.countries
