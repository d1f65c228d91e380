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
  ``"Beijing"``), "at the White House", "Moscow's Victory Day Parade", "in the Saudi port city
  of Jeddah" (``"Jeddah"``), "attacked Kharkiv" (the place attacked).

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
from timeline.extraction.patterns import LazyRegex, rx
from timeline.extraction.triggers import _known_person

__all__ = ["find_location", "find_mode", "find_money", "find_treaty", "money_to_json"]

_SCALE_WORDS = "thousand|million|billion|trillion|bn|mn|m|b|tn"
# An amount names its currency by a sign ("$4.5 billion") or a word ("5 million yuan").
_CURRENCY_SIGNS = "$€£¥₹₽₩"
_CURRENCY_WORDS = (
    *("dollars", "euros", "pounds", "yen", "yuan", "renminbi", "rubles", "roubles", "rupees"),
    "won",
)


@functools.cache
def _money_re() -> regex.Pattern[str]:
    # Possessive quantifiers and the look-behind keep this linear on long digit runs.
    number = r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})++(?:\.\d++)?|\d++(?:\.\d++)?)"
    other_signs = "|".join(_CURRENCY_SIGNS[1:])
    return regex.compile(
        rf"(?:(?:US|U\.S\.|A|C|HK|NT|S|NZ|R)?\$|{other_signs})\s?(?:{number})"
        rf"(?:\s*-?\s*(?:{_SCALE_WORDS})\b)?"
        rf"|(?:{number})\s*(?:{_SCALE_WORDS})?\s+(?:U\.S\.\s+)?"
        rf"(?:{'|'.join(_CURRENCY_WORDS)})\b",
        regex.IGNORECASE,
    )


def _names_a_currency(window: str) -> bool:
    """Whether *window* holds a currency sign or word, as every amount does: a cheap test that
    spares most windows the amount pattern (case-folded, it finds what the pattern's
    case-insensitive words find)."""
    if any(sign in window for sign in _CURRENCY_SIGNS):
        return True
    folded = window.casefold()
    return any(word in folded for word in _CURRENCY_WORDS)


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
    if not _names_a_currency(text[start:end]):
        return None
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
def _treaty_res() -> tuple[
    regex.Pattern[str], regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]
]:
    known = "|".join(regex.escape(t) for t in sorted(_KNOWN_TREATIES, key=len, reverse=True))
    head = r"(?:Treaty|Agreement|Accords?|Pact|Convention|Protocol|Charter|Statute|Court)"
    # every named treaty holds its head word: a quick search for one rules most text out
    # before the slow search for a name
    has_head = regex.compile(rf"{head}(?!\w)")
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
    return acronym, named, generic, has_head


def find_treaty(text: str, start: int, end: int, *, named_only: bool = False) -> str | None:
    """The name of the treaty or agreement mentioned in ``text[start:end]``, if any.

    Known acronyms come first ("New START", "INF", "CFE"), then capitalised names ending in
    Treaty/Agreement/Accord/Pact/Convention/Protocol, then "Treaty on ..." names (with their
    acronym when one follows in parentheses), then memoranda of understanding, then unnamed
    agreements ("a defence pact" -> ``"defence pact"``). A name never runs across a verb or a
    determiner ("The Senate ratified the treaty" -> ``"treaty"``) nor into a date ("the Treaty
    of Friendship in March" -> ``"Treaty of Friendship"``).

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
        >>> t = "The Senate ratified the treaty on Thursday."
        >>> find_treaty(t, 0, len(t))  # a bare head: the treaty named before
        'treaty'
    """
    acronym, named, generic, has_head = _treaty_res()
    m = named.search(text, start, end) if has_head.search(text, start, end) else None
    dated_head = None
    if m and m.group("name2"):
        if m.group("acr"):
            return f"{m.group('acr')} Treaty"
        words = m.group("name2").split()
        for i, w in enumerate(words):
            if w.rstrip(".") in _NOT_PLACE:
                # "the Treaty of Friendship in March": the name stops before a date
                words = words[:i]
                break
        while words and words[-1] in ("of", "on", "for", "in", "the", "and", "de"):
            words.pop()
        if len(words) > 1:
            return " ".join(words)
        # "ratified the Treaty on Thursday": a date, not "Treaty on ..."; the bare head refers
        # to a treaty named before
        dated_head = words[0].casefold() if words else None
        m = None
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
        r"\s+(?:(?:of|on|to|for|over)\s+)?(?P<name>(?:[a-z][\w-]*\s+){0,4}?(?:treaty|agreement|"
        r"accord|pact|deal|truce|ceasefire|cease-fire|armistice))\b"
    ).match(text, start, end)
    if bare:
        return rx.sub(r"^(?:the|a|an)\s+", "", bare.group("name"))
    # an unnamed agreement: "signed a defense agreement" -> "defense agreement"
    u = rx.compile(
        r"\b(?i:a|an|the|its|their|new)\s+(?P<name>(?:(?!(?i:a|an|the|its|their|his|her|this|"
        r"that|these|those|our)\b)(?!(?:ratified|signed|approved|reached|sealed|inked|"
        r"concluded|agreed|endorsed|rejected|adopted|extended|renewed|backed)\s+(?!(?:treaty|"
        r"agreement|accord|pact|deal)\b))[\w-]+\s+){0,4}?(?:treat(?:y|ies)|(?:agreement|"
        r"accord|pact|deal|protocol|convention|arrangement|statute|truce|ceasefire|"
        r"cease-fire|armistice|moratorium)s?|memorand(?:um|a)))\b"
    ).search(text, start, end)
    if u:
        return u.group("name")
    return dated_head


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
        "Embassy",
        "Embassies",
        "Consulate",
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


# A place introduced by its type: "the Russian city of Kazan", "the Saudi port city of Jeddah",
# "the capital, Nairobi", "the Ukrainian capital Kyiv". Up to four modifiers (no function
# words) before the type word. Only a capital is named without "of" ("in the region, Russia
# said" names no region).
_PLACE_TYPES = (
    r"(?:city|town|village|port|capital|province|region|district|state|county|island|enclave|"
    r"oblast|governorate|prefecture|suburbs?|outskirts|resort|municipality|settlement|"
    r"strait|cent(?:er|re)|heart|edge|north|south|east|west|north-east|north-west|south-east|"
    r"south-west|northeast|northwest|southeast|southwest)"
)
_DESCRIBED_PLACE = LazyRegex(
    r"(?:the[ \t]+)?(?:(?!(?:of|in|on|at|and|or|with|to|from|for|by|near|the|a|an|its|their|"
    r"his|her|this|that|where|which|who|when|after|before|during|was|were|is|are)\b)"
    rf"[\w\u2019'.-]+[ \t]+){{0,4}}?(?:{_PLACE_TYPES}[ \t]+of|capital[ \t]*,?)[ \t]+"
    r"(?:the[ \t]+)?(?=[A-Z])"
)
# An administrative or military unit written after its name: "Khost province", "the Kursk
# region", "Engels air base" (part of the place's name: the bare name may be another place).
_UNIT_AFTER = LazyRegex(
    r"[ \t]+(?:province|region|oblast|governorate|district|county|prefecture|air[ \t]+base|"
    r"airbase|naval[ \t]+base|military[ \t]+base)\b"
)
# "Hamas and Israeli negotiators", "Russian and Ukrainian officials": two names modifying one
# plural noun phrase (not a second clause, as in "... and Putin's role at ...")
_COORDINATED_MODIFIERS = LazyRegex(r"[A-Z][\w.-]*\s+and\s+[A-Z][\w.-]*(?:\s+[a-z][\w-]*){1,2}s\s*$")
_ELECTORATE = LazyRegex(
    r"\b(?:[Vv]oters|[Cc]itizens|[Rr]esidents|[Ee]lectorate|[Pp]eople)\s+(?:in|of|across)\s+"
    r"(?:the\s+(?=[A-Z]))?(?=[A-Z][^\s]*(?:\s+[A-Z][^\s]*)*\s+(?:\w+\s+){0,2}$)"
)
# "Afghanistan's ", "the Kremlin's ": a possessor before a name
_POSSESSOR = LazyRegex(
    r"(?:the[ \t]+)?(?P<owner>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)?)[\u2019']s[ \t]+(?=[A-Z])"
)
_HELD_BY = LazyRegex(
    r"[A-Z][\w.]*-(?:controlled|held|occupied|backed|led|run|annexed|allied|aligned|based|"
    r"linked|affiliated|supported|dominated|ruled)\b[ \t]*(?P<next>(?=[A-Z]))?"
)
_CAPITALISED_RUN = LazyRegex(r"[A-Z][\w\u2019'.-]*(?:[ \t]+[A-Z][\w\u2019'.-]*)*")
# Words that make a capitalised phrase an event or venue rather than a place: "Moscow's
# Victory Day Parade", "China's Foreign Ministry".
_EVENT_OR_VENUE = LazyRegex(
    r"\b(?:Parade|Summit|Forum|Day|Games|Olympics|Cup|Festival|Conference|Congress|Ministry|"
    r"Office|House|Hall|Palace|Council|Assembly|Parliament|Government|Army|Navy|Party)\b"
)


# peoples and faiths named as groups ("the attack on Jews in Sydney"): no place
_PEOPLES = frozenset(
    [
        *("Jews", "Muslims", "Christians", "Hindus", "Sikhs", "Buddhists", "Catholics"),
        *("Protestants", "Shiites", "Sunnis", "Yazidis", "Copts", "Arabs", "Kurds", "Druze"),
        *("Alawites", "Rohingya", "Uyghurs", "Uighurs", "Tamils", "Tutsis", "Hutus", "Roma"),
    ]
)


def _is_actor_name(name: str, gazetteer: Gazetteer, text: str | None = None) -> bool:
    """Whether *name* names a person, an organisation or a nationality rather than a place
    (with *text*, also a person the document names with a title)."""
    words = name.split()
    return bool(words) and (
        name in gazetteer.organisations
        or name in gazetteer.demonyms
        or name.rstrip("s") in gazetteer.demonyms  # "Americans", "Israelis"
        or name in _PEOPLES
        or name in gazetteer.known_names
        or _known_person(words[0], words[1] if len(words) > 1 else None)
        or (
            text is not None
            and name not in gazetteer.countries
            and name not in gazetteer.capitals
            and name in _document_people(text)
        )
    )


def _place_at(text: str, pos: int, gazetteer: Gazetteer, end: int | None = None) -> str | None:
    stop = len(text) if end is None else end
    owner = _POSSESSOR.match(text, pos, min(stop, pos + 60))
    if owner is not None:
        # "Afghanistan's Khost province": the possessor names the country of the place;
        # "Moscow's Victory Day Parade": the possessor is the place of an event or venue
        rest = _place_at(text, owner.end(), gazetteer, end)
        name: str = owner.group("owner")
        state = name in gazetteer.countries or name in gazetteer.capitals
        if rest and not _EVENT_OR_VENUE.search(rest) and not _is_actor_name(rest, gazetteer):
            return rest
        following = _CAPITALISED_RUN.match(text, owner.end(), min(stop, owner.end() + 60))
        if state and following and _EVENT_OR_VENUE.search(following.group()):
            return name
        return None
    held = _HELD_BY.match(text, pos, min(stop, pos + 40))
    if held is not None:
        # "Houthi-controlled ports", "Russian-occupied Crimea": a modifier; the place follows
        return (
            _place_at(text, held.end(), gazetteer, end) if held.group("next") is not None else None
        )
    described = _DESCRIBED_PLACE.match(text, pos, min(stop, pos + 80))
    if described is not None:
        # "the southern port city of Odesa" -> "Odesa", "the capital, Nairobi" -> "Nairobi"
        place = _place_at(text, described.end(), gazetteer, end)
        return None if place is None or _is_actor_name(place, gazetteer) else place
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
    joined = " ".join(cut)
    place = joined.rstrip(",. ")
    if not place:
        return None
    if rx.search(r"\b(?:[A-Z]\.)+[A-Z]$", place) and joined[len(place) : len(place) + 1] == ".":
        place += "."  # "the U.S.", "the U.K.": the last period belongs to the initials
    # A venue in a city: "the Great Hall of the People in Beijing" -> "Beijing"
    tail = text[pos + len(m.group()) : pos + len(m.group()) + 60]
    city = rx.match(
        r"(?P<venue>\s+(?:estate|resort|ranch|villa|castle|retreat|compound|palace|hotel|"
        r"residence|mansion|complex|headquarters|summit\s+venue))?"
        r",?\s+in\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?(?:,\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)?)",
        tail,
    )
    if city and (city.group("venue") or any(w in _VENUE_WORDS for w in place.split())):
        # "the Great Hall of the People in Beijing", "the Filoli estate in Woodside, California"
        return city.group(2)
    # A place name that is also a country or organisation is kept as written
    place = rx.sub(r"\.\s+[A-Z].*$", "", place)  # never across a sentence end
    if place.endswith(".") and not rx.search(r"\b[A-Z]\.$", place):
        place = place[:-1]
    if place in gazetteer.demonyms:
        return None
    at = m.start("place")
    if text.startswith(place, at) and place not in gazetteer.countries:
        unit = _UNIT_AFTER.match(text, at + len(place), min(stop, at + len(place) + 16))
        if unit is not None:
            place = f"{place} {' '.join(unit.group().split())}"  # "Khost province"
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

    Looks, in order, for "in/at <Place>" after the trigger (for visits also "to <Place>"; for
    attacks the place attacked: the verb's object, or the place after against/on/of/at/near),
    then for a possessive place right before the trigger ("Moscow's Victory Day Parade"), then
    for "in/at <Place>" before it in the clause. A place introduced by its type gives the name
    ("the Russian city of Kazan", "the capital, Nairobi"); a possessive country before a place
    is dropped ("Afghanistan's Khost province" -> "Khost province"); persons, groups and
    nationalities are no place ("strikes on Hamas").

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
        >>> t = "Putin and Modi met in the Russian city of Kazan in October."
        >>> find_location(t, 15, 18, 0, len(t), kind="meeting")
        'Kazan'
        >>> t = "Pakistan launched strikes on hideouts in Afghanistan's Khost province."
        >>> find_location(t, 18, 25, 0, len(t), kind="military_action")
        'Khost province'
        >>> t = "Russian forces attacked Kharkiv overnight."
        >>> find_location(t, 15, 23, 0, len(t), kind="military_action")
        'Kharkiv'
    """
    after = text[trigger_end:clause_end]
    # skip the object before the place ("met Putin in Moscow"); for treaties only common words,
    # so that "the Treaty on Conventional Armed Forces in Europe" gives no place
    preps = r"in|at|near|outside"  # "talks near the city of Goma"
    if text[trigger_start:trigger_end].casefold().startswith("welcom"):
        preps = r"in|at|near|outside|to"  # "welcomed Prime Minister Fiala to the White House"
    if kind == "visit":
        preps = r"in|at|near|outside|to"
    elif kind in ("parade", "commemoration"):
        preps = r"in|at|near|outside|on"  # "the parade on Red Square"
    elif kind == "military_action":
        preps = (
            r"in|at|against|on|of|near|outside"  # the place attacked: "invasion of", "strikes on"
        )
    if kind == "military_action":
        target = _attack_target(text, trigger_start, trigger_end, gazetteer)
        if target is not None:
            return target
        # a country or capital after a few words: "the coup and violence in Burma", "an Iraqi
        # attack on Jordan because ..."
        state = _STATE_TARGET.match(after[:100])
        if state is not None:
            name = rx.sub(r"[\u2019']s$", "", state.group(1))
            if (
                name in gazetteer.countries or name in gazetteer.capitals
            ) and not _MODIFIED_NOUN.match(after, state.end(1), state.end(1) + 30):
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
        new_clause = (
            conj is not None
            and (
                conj.group().split()[0] != "and"
                or any(
                    w[:1].islower() and w not in ("the", "of") for w in conj.group("rest").split()
                )
            )
            # coordinated modifiers of one noun: "hosted Hamas and Israeli negotiators in"
            and not _COORDINATED_MODIFIERS.search(prefix)
        )
        if rx.search(r"[,;:]\s|(?<![A-Z])\.\s", prefix) or new_clause or len(prefix.split()) > 12:
            break  # another clause: "... Parade and Putin's role ... at Beijing's ..."
        if treaty and rx.search(r"[A-Z]", prefix):
            break  # "the Treaty on Conventional Armed Forces in Europe": part of the name
        if kind == "military_action":
            if m.group().split()[0] == "of" and prefix.strip():
                continue  # only "invasion of X", not "bring thousands of Americans"
            place = _target_at(text, trigger_end + m.end(), gazetteer)
        else:
            place = _place_at(text, trigger_end + m.end(), gazetteer)
        if place:
            return place
    # possessive place right before the trigger: "Moscow's ... Parade", "Beijing's Sept. 3 ..."
    before = text[max(clause_start, trigger_start - 60) : trigger_start]
    pm = (
        rx.search(
            r"([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)[\u2019']s\s+(?:[A-Z0-9][^\s,;]*\s+){0,5}$", before
        )
        if "'" in before or "\u2019" in before  # (no possessive, no search)
        else None
    )
    hosted = kind in (None, "parade", "commemoration", "summit", "meeting", "negotiation", "visit")
    if (
        pm
        and hosted
        and (pm.group(1) in gazetteer.capitals or _is_city_like(pm.group(1), gazetteer))
    ):
        return pm.group(1)
    bm = (
        list(rx.finditer(r"(?:^|\s)(?:in|at)\s+(?:the\s+(?=[A-Z]))?", before))
        if kind in _PLACED_BEFORE
        else None
    )
    if bm:
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
    if kind == "election":
        # "Voters in Taiwan go to the polls": the electorate's country or region
        voters = _ELECTORATE.search(before)
        if voters is not None:
            return _place_at(before, voters.end(), gazetteer)
    return None


# the kinds a place before the trigger may locate ("met in Busan on Tuesday for talks")
_PLACED_BEFORE = frozenset(
    ["meeting", "summit", "negotiation", "visit", "parade", "commemoration", "treaty_signing"]
)


# The forms of an attack verb that take the place attacked as their object ("Russian forces
# attacked Kharkiv", "drones struck Moscow"); nouns ("the attack Hamas launched") do not.
_ATTACK_VERBS = frozenset(
    [
        *("attacked", "attacking", "struck", "striking", "hit", "hitting", "shelled"),
        *("pounded", "pounding", "bombed", "bombarded", "bombarding", "raided", "invaded"),
        *("invading", "targeted", "targeting", "stormed", "storming", "besieged", "captured"),
        *("seized", "overran", "shelling", "bombing", "struck at"),
    ]
)
_ATTACK_OBJECT = LazyRegex(r"[ \t]+(?=(?:the[ \t]+)?(?:[A-Z]|[a-z-]+[ \t]+(?:[a-z-]+[ \t]+)?of\b))")
# "strikes on Country X's power grid", "invasion of Country X", "rockets at the city of Y"
_POSSESSIVE_NAME = LazyRegex(
    r"(?:the[ \t]+)?([A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)?)[\u2019']s[ \t]+(?=[a-z])"
)


def _attack_target(
    text: str, trigger_start: int, trigger_end: int, gazetteer: Gazetteer
) -> str | None:
    """The place that an attack verb takes as its object: "Russian forces attacked Kharkiv",
    "drones struck Kyiv's power grid" (``None`` for a noun trigger or another object)."""
    if text[trigger_start:trigger_end].casefold() not in _ATTACK_VERBS:
        return None
    obj = _ATTACK_OBJECT.match(text, trigger_end, min(len(text), trigger_end + 40))
    return None if obj is None else _target_at(text, obj.end(), gazetteer)


def _target_at(text: str, pos: int, gazetteer: Gazetteer) -> str | None:
    """The place attacked, named at *pos*: a place, or the possessor of a target ("Kyiv's power
    grid"); not a person, group or nationality ("strikes on Hamas", "the attack on Slepian"),
    nor a name that modifies a noun ("the U.S. embassies", "Pan Am Flight 103")."""
    owner = _POSSESSIVE_NAME.match(text, pos, min(len(text), pos + 60))
    if owner is not None:
        # "Kyiv's power grid", "Country X's energy facilities": the possessor is attacked
        name: str = owner.group(1)
        if name in gazetteer.countries or name in gazetteer.capitals:
            return name
        if _TARGET_NOUN.match(text, owner.end(), min(len(text), owner.end() + 40)) and not (
            _is_actor_name(name, gazetteer, text) or name in _NOT_PLACE
        ):
            return name
        return None
    place = _place_at(text, pos, gazetteer)
    if place is None or _is_actor_name(place, gazetteer, text):
        return None
    at = text.find(place, pos, pos + 80)
    if at >= 0 and _MODIFIED_NOUN.match(
        text, at + len(place), min(len(text), at + len(place) + 30)
    ):
        return None  # "the bombings of the U.S. embassies": a modifier, not the place
    return place


_STATE_TARGET = LazyRegex(
    r"(?:\s+(?!(?:against|on|at|in)\b)[\w-]+){0,4}?\s+(?:against|on|of|at|in)\s+"
    r"(?:the\s+|occupied\s+)?([A-Z][\w.\u2019'-]*[\w.](?:\s+[A-Z][\w'-]+)?)"
)
# "Kharkiv's power grid", "the city's outskirts": what a place's possessive target names
_TARGET_NOUN = LazyRegex(
    r"(?:[\w-]+\s+){0,2}?(?:grid|power|energy|infrastructure|port|airport|airfield|outskirts|"
    r"suburbs?|cent(?:er|re)|streets|districts?|neighbou?rhoods?|railway|station|bridge|"
    r"refinery|plants?|facilities|depots?|defen[cs]es|positions|front|border|coast)\b"
)
# a name followed by a noun it modifies: "U.S. forces", "the Kenya embassy", "Flight 103"
_MODIFIED_NOUN = LazyRegex(
    r"\.?[ \t]+(?:\d|(?:[a-z-]+[ \t]+)?(?i:embass(?:y|ies)|consulates?|forces|troops|soldiers|"
    r"marines|sailors|personnel|positions|bases?|ships?|warships?|vessels?|aircraft|jets|planes|"
    r"drones|officials|diplomats|citizens|nationals|interests|targets|military|army|navy|"
    r"convoys?|facilities|installations|assets|allies|flights?|airliners?|tankers?)\b)"
)
# titles that make the name after them a person's: "Dr. Barnett Slepian", "Gen. Lee"
_PERSON_TITLE = LazyRegex(
    r"\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Judge|Rev|President|Premier|"
    r"Chancellor|Minister|Secretary|King|Queen|Prince|Princess|Pope|Sheikh|Emir)\.?[ \t]+"
    r"((?:[A-Z][\w\u2019'-]+[ \t]+){0,2}[A-Z][\w\u2019'-]+)"
)


@functools.lru_cache(maxsize=8)
def _document_people(text: str) -> frozenset[str]:
    """Names that follow a personal title somewhere in the document, and their last words
    (one pass a document: "Dr. Barnett Slepian" makes "Slepian" a person)."""
    names: set[str] = set()
    for m in _PERSON_TITLE.finditer(text):
        name = m.group(1)
        names.add(name)
        names.add(name.split()[-1])
    return frozenset(names)


def _is_city_like(name: str, gazetteer: Gazetteer) -> bool:
    # A capital or a seat of government; countries possessive ("China's plan") are actors.
    return name in gazetteer.capitals and name not in gazetteer.countries
