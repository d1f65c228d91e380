"""Participants of events: people, countries, organisations, with one name per document.

This stage finds *actor mentions* in a sentence and resolves them to canonical names:

* people introduced with a title ("Chinese President Xi Jinping", "President Joseph R. Biden, Jr.",
  "Russian Presidential Aide Yury Ushakov", "King Abdullah II of Jordan"), and later short
  references to them ("Xi", "President Biden", "Trump");
* countries and their aliases ("the U.S.", "the People's Republic of China", "Russian
  Federation"), demonyms used as actors ("Russian aggression") and capitals or seats of government
  used as metonyms ("Beijing seeks ...", "the Kremlin");
* organisations ("NATO", "the United Nations", "ASEAN", "G7").

The gazetteer is a module-level frozen table of plain data; the lookups built from it are
compiled lazily on first use. :class:`ActorResolver` keeps the per-document memory of the people
seen so far, so that "Xi", "President Xi Jinping" and "Chinese President Xi" all come out as
``"Xi Jinping"``; the canonical name of a person is the longest full name seen in the document,
without titles, middle initials or suffixes ("Joseph R. Biden, Jr." -> "Joseph Biden"), unless
the small table of well-known public names says otherwise ("Joe Biden").

Examples:
    >>> resolver = ActorResolver()
    >>> [(m.name, m.role.name) for m in resolver.find(
    ...     "Chinese President Xi Jinping spoke with U.S. President Donald Trump.")]
    [('Xi Jinping', 'PERSON'), ('Donald Trump', 'PERSON')]
    >>> [m.name for m in resolver.find("Xi told Trump that Beijing wants stability.")]
    ['Xi Jinping', 'Donald Trump', 'China']
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import final

import attrs
import regex

from timeline.extraction.grammar import MONTHS_ABBR, MONTHS_FULL, WEEKDAYS
from timeline.extraction.patterns import LazyRegex, rx
from timeline.extraction.triggers import SpanSet

__all__ = [
    "GAZETTEER",
    "ActorMention",
    "ActorResolver",
    "Gazetteer",
    "MentionRole",
    "canonical_person_name",
    "country_of",
]


class MentionRole(enum.Enum):
    """How an actor is mentioned, which decides whether it can be a participant or a place.

    Examples:
        >>> MentionRole.CAPITAL.value
        'capital'
    """

    PERSON = "person"
    COUNTRY = "country"
    DEMONYM = "demonym"
    CAPITAL = "capital"
    ORGANISATION = "organisation"


def _table(rows: str) -> Mapping[str, str]:
    out: dict[str, str] = {}
    for line in rows.strip().splitlines():
        key, _, value = line.partition("=")
        canonical = value.strip()
        for alias in key.split("|"):
            if alias.strip():
                out[alias.strip()] = canonical
    return MappingProxyType(out)


_PLURAL_ENDINGS = ("an", "i", "o", "ot", "ar", "ek", "ik", "kh")


def _with_plurals(table: Mapping[str, str]) -> Mapping[str, str]:
    """*table* with the plural that names a country's people ("Americans", "South Koreans",
    "Israelis"), for the demonyms that take an "-s" ("Chinese" and "British" do not)."""
    out = dict(table)
    for word, country in table.items():
        plural = word + "s"
        if word.endswith(_PLURAL_ENDINGS) and plural not in _COUNTRIES:  # not "Laos"
            out.setdefault(plural, country)
    return MappingProxyType(out)


# Countries: alias(es) = canonical name. Aliases are matched case-sensitively as whole words.
_COUNTRIES = _table(
    """
United States|United States of America|U.S.|US|U.S.A.|USA|America = United States
China|People's Republic of China|People\u2019s Republic of China|PRC = China
Russia|Russian Federation = Russia
Ukraine = Ukraine
United Kingdom|U.K.|UK|Britain|Great Britain = United Kingdom
France = France
Germany = Germany
Japan = Japan
India = India
Pakistan = Pakistan
Iran|Islamic Republic of Iran = Iran
Iraq = Iraq
Israel = Israel
Syria = Syria
Lebanon = Lebanon
Jordan = Jordan
Egypt = Egypt
Saudi Arabia = Saudi Arabia
Qatar = Qatar
Turkey|T\u00fcrkiye|Turkiye = Turkey
Taiwan = Taiwan
North Korea|DPRK = North Korea
South Korea|Republic of Korea|ROK = South Korea
Vietnam|Viet Nam = Vietnam
Philippines|the Philippines = Philippines
Indonesia = Indonesia
Malaysia = Malaysia
Singapore = Singapore
Thailand = Thailand
Burma|Myanmar = Burma
Cambodia = Cambodia
Laos = Laos
Brunei = Brunei
Australia = Australia
New Zealand = New Zealand
Canada = Canada
Mexico = Mexico
Brazil = Brazil
Argentina = Argentina
Venezuela = Venezuela
Colombia = Colombia
Cuba = Cuba
Chile = Chile
Peru = Peru
Italy = Italy
Spain = Spain
Portugal = Portugal
Poland = Poland
Czech Republic|Czechia = Czech Republic
Slovakia = Slovakia
Hungary = Hungary
Romania = Romania
Bulgaria = Bulgaria
Greece = Greece
Netherlands|the Netherlands = Netherlands
Belgium = Belgium
Sweden = Sweden
Norway = Norway
Finland = Finland
Denmark = Denmark
Estonia = Estonia
Latvia = Latvia
Lithuania = Lithuania
Belarus = Belarus
Moldova = Moldova
Georgia = Georgia
Armenia = Armenia
Azerbaijan = Azerbaijan
Kazakhstan = Kazakhstan
Afghanistan = Afghanistan
Bangladesh = Bangladesh
Sri Lanka = Sri Lanka
Nepal = Nepal
Mongolia = Mongolia
Kenya = Kenya
Nigeria = Nigeria
Ethiopia = Ethiopia
South Africa = South Africa
Sudan = Sudan
Libya = Libya
Algeria = Algeria
Morocco = Morocco
Tunisia = Tunisia
Yemen = Yemen
Oman = Oman
United Arab Emirates|UAE = United Arab Emirates
Kuwait = Kuwait
Bahrain = Bahrain
Serbia = Serbia
Croatia = Croatia
Austria = Austria
Switzerland = Switzerland
Ireland = Ireland
Iceland = Iceland
Palestine|State of Palestine = Palestine
Cyprus = Cyprus
Malta = Malta
Luxembourg = Luxembourg
Slovenia = Slovenia
Bosnia and Herzegovina|Bosnia = Bosnia and Herzegovina
Kosovo = Kosovo
Albania = Albania
North Macedonia = North Macedonia
Montenegro = Montenegro
Uzbekistan = Uzbekistan
Kyrgyzstan = Kyrgyzstan
Tajikistan = Tajikistan
Turkmenistan = Turkmenistan
Maldives = Maldives
Bhutan = Bhutan
Papua New Guinea = Papua New Guinea
Fiji = Fiji
Mali = Mali
Burkina Faso = Burkina Faso
Niger = Niger
Senegal = Senegal
Ghana = Ghana
Ivory Coast|C\u00f4te d'Ivoire|Cote d'Ivoire = Ivory Coast
Cameroon = Cameroon
Somalia = Somalia
Eritrea = Eritrea
Djibouti = Djibouti
South Sudan = South Sudan
Uganda = Uganda
Rwanda = Rwanda
Burundi = Burundi
Tanzania = Tanzania
Democratic Republic of the Congo|Democratic Republic of Congo|DR Congo|\
DRC = Democratic Republic of the Congo
Republic of the Congo = Republic of the Congo
Angola = Angola
Zambia = Zambia
Zimbabwe = Zimbabwe
Mozambique = Mozambique
Namibia = Namibia
Botswana = Botswana
Madagascar = Madagascar
Ecuador = Ecuador
Bolivia = Bolivia
Paraguay = Paraguay
Uruguay = Uruguay
Guatemala = Guatemala
Honduras = Honduras
El Salvador = El Salvador
Nicaragua = Nicaragua
Costa Rica = Costa Rica
Panama = Panama
Haiti = Haiti
Dominican Republic = Dominican Republic
Jamaica = Jamaica
Vatican|Holy See = Vatican
"""
)

# Demonyms and country adjectives: word = country.
_DEMONYMS = _with_plurals(
    _table(
    """
American|U.S. = United States
Chinese = China
Russian = Russia
Ukrainian = Ukraine
British = United Kingdom
French = France
German = Germany
Japanese = Japan
Indian = India
Pakistani = Pakistan
Iranian = Iran
Iraqi = Iraq
Israeli = Israel
Syrian = Syria
Lebanese = Lebanon
Jordanian = Jordan
Egyptian = Egypt
Saudi = Saudi Arabia
Qatari = Qatar
Turkish = Turkey
Taiwanese = Taiwan
North Korean = North Korea
South Korean = South Korea
Vietnamese = Vietnam
Filipino|Philippine = Philippines
Indonesian = Indonesia
Malaysian = Malaysia
Thai = Thailand
Burmese = Burma
Australian = Australia
Canadian = Canada
Mexican = Mexico
Brazilian = Brazil
Italian = Italy
Spanish = Spain
Polish = Poland
Czech = Czech Republic
Hungarian = Hungary
Greek = Greece
Dutch = Netherlands
Swedish = Sweden
Norwegian = Norway
Finnish = Finland
Danish = Denmark
Belarusian = Belarus
Georgian = Georgia
Afghan = Afghanistan
Kenyan = Kenya
Nigerian = Nigeria
Ethiopian = Ethiopia
Emirati = United Arab Emirates
Palestinian = Palestine
South African = South Africa
Argentine|Argentinian = Argentina
Chilean = Chile
Colombian = Colombia
Peruvian = Peru
Venezuelan = Venezuela
Cuban = Cuba
Belgian = Belgium
Austrian = Austria
Swiss = Switzerland
Irish = Ireland
Portuguese = Portugal
Romanian = Romania
Bulgarian = Bulgaria
Serbian = Serbia
Croatian = Croatia
Slovak = Slovakia
Lithuanian = Lithuania
Latvian = Latvia
Estonian = Estonia
Moldovan = Moldova
Armenian = Armenia
Azerbaijani = Azerbaijan
Kazakh = Kazakhstan
Bangladeshi = Bangladesh
Sri Lankan = Sri Lanka
Nepali|Nepalese = Nepal
Mongolian = Mongolia
Singaporean = Singapore
Sudanese = Sudan
Libyan = Libya
Algerian = Algeria
Moroccan = Morocco
Tunisian = Tunisia
Yemeni = Yemen
Omani = Oman
Kuwaiti = Kuwait
Bahraini = Bahrain
Cambodian = Cambodia
Laotian|Lao = Laos
Cypriot = Cyprus
Slovenian|Slovene = Slovenia
Bosnian = Bosnia and Herzegovina
Kosovar = Kosovo
Albanian = Albania
Uzbek = Uzbekistan
Kyrgyz = Kyrgyzstan
Tajik = Tajikistan
Malian = Mali
Burkinabe = Burkina Faso
Nigerien = Niger
Senegalese = Senegal
Ghanaian = Ghana
Ivorian = Ivory Coast
Somali = Somalia
Eritrean = Eritrea
South Sudanese = South Sudan
Ugandan = Uganda
Rwandan = Rwanda
Tanzanian = Tanzania
Congolese = Democratic Republic of the Congo
Angolan = Angola
Zambian = Zambia
Zimbabwean = Zimbabwe
Mozambican = Mozambique
Ecuadorian = Ecuador
Bolivian = Bolivia
Paraguayan = Paraguay
Uruguayan = Uruguay
Guatemalan = Guatemala
Honduran = Honduras
Salvadoran = El Salvador
Nicaraguan = Nicaragua
Panamanian = Panama
Haitian = Haiti
Icelandic = Iceland
"""
    )
)

# Capitals and seats of government used as metonyms: name = country.
_CAPITALS = _table(
    """
Washington = United States
White House = United States
Beijing = China
Moscow = Russia
Kremlin = Russia
Pentagon = United States
Kyiv|Kiev = Ukraine
London = United Kingdom
Paris = France
Berlin = Germany
Tokyo = Japan
New Delhi = India
Tehran = Iran
Jerusalem = Israel
Damascus = Syria
Ankara = Turkey
Taipei = Taiwan
Pyongyang = North Korea
Seoul = South Korea
Hanoi = Vietnam
Manila = Philippines
Jakarta = Indonesia
Canberra = Australia
Ottawa = Canada
Brussels = European Union
Warsaw = Poland
Prague = Czech Republic
Budapest = Hungary
Minsk = Belarus
Riyadh = Saudi Arabia
Cairo = Egypt
Amman = Jordan
Nairobi = Kenya
Doha = Qatar
"""
)

_ORGANISATIONS = _table(
    """
United Nations|U.N.|UN = United Nations
United Nations Security Council|U.N. Security Council|UN Security Council|UNSC|\
Security Council = United Nations Security Council
United Nations General Assembly|U.N. General Assembly|UN General Assembly|\
General Assembly = United Nations General Assembly
NATO|North Atlantic Treaty Organization = NATO
European Union|EU|E.U. = European Union
European Commission = European Commission
European Council = European Council
African Union|AU = African Union
ASEAN|Association of Southeast Asian Nations = ASEAN
G7|G-7|Group of Seven|Group of 7 = G7
G20|G-20|Group of 20|Group of Twenty = G20
BRICS = BRICS
APEC|Asia-Pacific Economic Cooperation = APEC
Collective Security Treaty Organization|CSTO = CSTO
Eurasian Economic Union|EAEU = Eurasian Economic Union
CELAC = CELAC
Pacific Islands Forum = Pacific Islands Forum
European Parliament = European Parliament
UNESCO = UNESCO
Shanghai Cooperation Organisation|Shanghai Cooperation Organization|\
SCO = Shanghai Cooperation Organisation
Organization for Security and Co-operation in Europe|\
Organization for Security and Cooperation in Europe|OSCE = OSCE
Organization of American States|OAS = Organization of American States
Gulf Cooperation Council|GCC = Gulf Cooperation Council
Arab League = Arab League
Council of Europe = Council of Europe
Economic Community of West African States|ECOWAS = ECOWAS
Mercosur = Mercosur
Quad = Quad
International Criminal Court|ICC = International Criminal Court
International Court of Justice|ICJ = International Court of Justice
Palestinian Authority = Palestinian Authority
World Health Organization|WHO = World Health Organization
International Monetary Fund|IMF = International Monetary Fund
World Bank = World Bank
World Trade Organization|WTO = World Trade Organization
OPEC = OPEC
International Atomic Energy Agency|IAEA = IAEA
Hamas = Hamas
Hezbollah = Hezbollah
Houthis|Houthi = Houthis
Taliban = Taliban
Islamic State|ISIS = Islamic State
Islamic Jihad = Islamic Jihad
al-Shabaab|Al-Shabaab = al-Shabaab
Boko Haram = Boko Haram
al-Qaeda|Al-Qaeda = al-Qaeda
FARC = FARC
PKK = PKK
Wagner Group = Wagner Group
Rapid Support Forces = Rapid Support Forces
M23 = M23
"""
)

# Titles and offices that precede a person's name. Multiword titles are listed in full; matching
# takes the longest. Lower-case forms are accepted at the start ("the president said").
_TITLES = tuple(
    """
President|Vice President|Prime Minister|Deputy Prime Minister|Premier|Chancellor|King|Queen|
Crown Prince|Prince|Princess|Emir|Sheikh|Sultan|Pope|Secretary-General|Secretary General|
UN Secretary-General|Secretary of State|Secretary of Defense|Secretary of the Treasury|
Treasury Secretary|Defense Secretary|Defence Secretary|Commerce Secretary|Secretary|
Foreign Minister|Defense Minister|Defence Minister|Finance Minister|Minister|
External Affairs Minister|Foreign Affairs Minister|Interior Minister|Trade Minister|
Economy Minister|Energy Minister|Justice Minister|Health Minister|Home Minister|
Deputy Foreign Minister|Vice Foreign Minister|Vice Premier|Foreign Secretary|Home Secretary|
Minister of Foreign Affairs|Minister of External Affairs|Minister of Defence|Minister of Defense|
Chief of Staff|Deputy Prime Minister|Taoiseach|Tanaiste|Tánaiste|
Special Envoy|Envoy|Ambassador|National Security Advisor|National Security Adviser|
Press Secretary|Spokesperson|Spokesman|Spokeswoman|Presidential Aide|Aide|Adviser|Advisor|
First Lady|Senator|Sen.|Representative|Rep.|Governor|Gov.|Mayor|General|Gen.|Admiral|Adm.|
Chairman|Chairwoman|Chair|Supreme Leader|Leader|Director|Commissioner|
Lieutenant General|Lt. Gen.|Major General|Maj. Gen.|Brigadier General|Brig. Gen.|Colonel|Col.|
Field Marshal|Marshal|Ayatollah|Grand Ayatollah|Cardinal|Archbishop|Patriarch|
His Majesty|Her Majesty|His Highness|Her Highness|Mr.|Mrs.|Ms.|Dr.|Mr|Mrs|Ms|Dr
""".replace("\n", "").split("|")
)

# Well-known public names whose everyday form differs from the formal one. Keys are formal
# canonical names (titles, initials and suffixes already removed).
_KNOWN_NAMES = _table(
    """
Joseph Biden = Joe Biden
Joseph Robinette Biden = Joe Biden
Antony John Blinken = Antony Blinken
"""
)

# Prominent public figures, recognised by full name or by surname alone ("Macron and Merz
# agreed", "Putin, Erdogan hold talks"): news refers to them by surname without a title. Names
# that the document itself introduces with a title take precedence.
_PEOPLE = tuple(
    """
Joe Biden|Donald Trump|Kamala Harris|Barack Obama|JD Vance|Antony Blinken|Marco Rubio|
Janet Yellen|Steve Witkoff|Pete Hegseth|Vladimir Putin|Dmitry Medvedev|Dmitry Peskov|
Sergei Lavrov|Yury Ushakov|Xi Jinping|Li Qiang|Wang Yi|Volodymyr Zelenskyy|Volodymyr Zelensky|
Volodymyr Zelenskiy|Narendra Modi|Recep Tayyip Erdogan|Emmanuel Macron|Olaf Scholz|
Friedrich Merz|Keir Starmer|Rishi Sunak|Boris Johnson|Benjamin Netanyahu|Itamar Ben-Gvir|
Bezalel Smotrich|Yoav Gallant|Fumio Kishida|Shigeru Ishiba|Shinzo Abe|Anthony Albanese|
Luiz Inacio Lula da Silva|Giorgia Meloni|Justin Trudeau|Mark Carney|Kim Jong Un|
Yoon Suk Yeol|Lee Jae-myung|Claudia Sheinbaum|Javier Milei|Antonio Guterres|Mark Rutte|
Jens Stoltenberg|Ursula von der Leyen|Ali Khamenei|Masoud Pezeshkian|Ebrahim Raisi|
Bashar al-Assad|Ahmed al-Sharaa|Mahmoud Abbas|Abdel Fattah al-Sisi|Cyril Ramaphosa|
William Ruto|Joko Widodo|Prabowo Subianto|Tsai Ing-wen|Lai Ching-te|Alexander Lukashenko|
Viktor Orban|Andrzej Duda|Donald Tusk|Karol Nawrocki|Yahya Sinwar|Ismail Haniyeh|
Hassan Nasrallah|Mohammed bin Salman|Tayyip Erdogan|Pope Francis|Pope Leo
""".replace("\n", "").split("|")
)
# The country each public figure above serves (heads of state and government, ministers, party
# and militia leaders): "Putin's war" and "Russian aggression" name one side.
_NATIONALITIES = _table(
    """
Joe Biden|Donald Trump|Kamala Harris|Barack Obama|JD Vance|Antony Blinken|Marco Rubio|\
Janet Yellen|Steve Witkoff|Pete Hegseth = United States
Vladimir Putin|Dmitry Medvedev|Dmitry Peskov|Sergei Lavrov|Yury Ushakov = Russia
Xi Jinping|Li Qiang|Wang Yi = China
Volodymyr Zelenskyy|Volodymyr Zelensky|Volodymyr Zelenskiy = Ukraine
Narendra Modi = India
Recep Tayyip Erdogan|Tayyip Erdogan = Turkey
Emmanuel Macron = France
Olaf Scholz|Friedrich Merz = Germany
Keir Starmer|Rishi Sunak|Boris Johnson = United Kingdom
Benjamin Netanyahu|Itamar Ben-Gvir|Bezalel Smotrich|Yoav Gallant = Israel
Fumio Kishida|Shigeru Ishiba|Shinzo Abe = Japan
Anthony Albanese = Australia
Luiz Inacio Lula da Silva = Brazil
Giorgia Meloni = Italy
Justin Trudeau|Mark Carney = Canada
Kim Jong Un = North Korea
Yoon Suk Yeol|Lee Jae-myung = South Korea
Claudia Sheinbaum = Mexico
Javier Milei = Argentina
Ali Khamenei|Masoud Pezeshkian|Ebrahim Raisi = Iran
Bashar al-Assad|Ahmed al-Sharaa = Syria
Abdel Fattah al-Sisi = Egypt
Cyril Ramaphosa = South Africa
William Ruto = Kenya
Joko Widodo|Prabowo Subianto = Indonesia
Alexander Lukashenko = Belarus
Viktor Orban = Hungary
Andrzej Duda|Donald Tusk|Karol Nawrocki = Poland
Mohammed bin Salman = Saudi Arabia
"""
)
# Names written family name first: the short form is the first word.
_FAMILY_NAME_FIRST = frozenset(
    {
        "Xi Jinping",
        "Li Qiang",
        "Wang Yi",
        "Kim Jong Un",
        "Yoon Suk Yeol",
        "Lee Jae-myung",
        "Tsai Ing-wen",
        "Lai Ching-te",
    }
)
# Surnames shared by several public figures are not looked up alone.
_AMBIGUOUS_SURNAMES = frozenset(
    {
        "Johnson",
        "Kim",
        "Lee",
        "Li",
        "Wang",
        "Lai",
        "Abe",
        "Pope",
        "Harris",
        "Abbas",
        "Francis",
        "Leo",
    }
)


# Capitalised words that start a sentence or a heading and are never part of a name.
_NOT_NAME_WORDS = frozenset(
    [
        "The",
        "A",
        "An",
        "And",
        "But",
        "Or",
        "In",
        "On",
        "At",
        "For",
        "With",
        "By",
        "As",
        "After",
        "Before",
        "When",
        "While",
        "If",
        "Although",
        "Though",
        "However",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "Here",
        "It",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "I",
        "You",
        "His",
        "Her",
        "Their",
        "Our",
        "My",
        "Today",
        "Yesterday",
        "Tomorrow",
        "Readout",
        "Statement",
        "Remarks",
        "Fact",
        "Sheet",
        "Joint",
        "Following",
        "During",
        "Between",
        "Among",
        "Under",
        "Over",
        "According",
        "Also",
        "Some",
        "Many",
        "Most",
        "Both",
        "No",
        "Not",
        "One",
        "Two",
        "Three",
        "Lead",
        "Against",
        "Since",
        "Until",
        "To",
        "From",
        "Of",
        *MONTHS_FULL,
        *MONTHS_ABBR,
        *WEEKDAYS,
        "Summit",
        "Meeting",
        "Call",
        "Visit",
        "Treaty",
        "Agreement",
        "Parade",
        "Day",
        "Plan",
        "Administration",
        "Government",
        "Council",
        "Ministry",
        "Department",
        "House",
        "Hall",
        "Office",
        "Party",
        "Forces",
        "Army",
        "Navy",
        "Congress",
        "Parliament",
        "Senate",
        "Assembly",
        "Court",
        "Commission",
        "Committee",
        "Union",
        "Nations",
        "Organization",
        "Organisation",
        "Agency",
        "Forum",
    ]
)

_NAME_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})


@final
@attrs.frozen(kw_only=True)
class Gazetteer:
    """Name tables for countries, demonyms, capitals, organisations, titles and known names.

    Each table maps a surface form to a canonical name. The default instance is
    :data:`GAZETTEER`; pass a modified copy (``attrs.evolve``) to :class:`ActorResolver` to
    extend it.

    Examples:
        >>> GAZETTEER.countries["U.S."], GAZETTEER.capitals["the Kremlin".split()[-1]]
        ('United States', 'Russia')
        >>> extended = attrs.evolve(GAZETTEER, organisations={**GAZETTEER.organisations,
        ...                                                     "Quad": "Quad"})
        >>> "Quad" in extended.organisations
        True
    """

    countries: Mapping[str, str] = attrs.field(default=_COUNTRIES, converter=MappingProxyType)
    demonyms: Mapping[str, str] = attrs.field(default=_DEMONYMS, converter=MappingProxyType)
    capitals: Mapping[str, str] = attrs.field(default=_CAPITALS, converter=MappingProxyType)
    organisations: Mapping[str, str] = attrs.field(
        default=_ORGANISATIONS, converter=MappingProxyType
    )
    titles: tuple[str, ...] = attrs.field(default=_TITLES, converter=tuple)
    known_names: Mapping[str, str] = attrs.field(default=_KNOWN_NAMES, converter=MappingProxyType)
    people: tuple[str, ...] = attrs.field(default=_PEOPLE, converter=tuple)
    nationalities: Mapping[str, str] = attrs.field(
        default=_NATIONALITIES, converter=MappingProxyType
    )

    @functools.cached_property
    def people_index(self) -> tuple[Mapping[str, tuple[str, ...]], Mapping[str, str]]:
        """Full names of :attr:`people` by first word, and by unambiguous surname.

        Examples:
            >>> GAZETTEER.people_index[1]["Putin"]
            'Vladimir Putin'
        """
        by_first: dict[str, list[str]] = {}
        by_surname: dict[str, str] = {}
        for full in self.people:
            words = full.split()
            by_first.setdefault(words[0], []).append(full)
            last = "Lula" if full.startswith("Luiz Inacio Lula") else words[-1]
            if full in _FAMILY_NAME_FIRST:
                last = words[0]  # "Xi" for Xi Jinping, "Yoon" for Yoon Suk Yeol
            if last not in _AMBIGUOUS_SURNAMES and len(words) > 1:
                by_surname.setdefault(last, full)
        return (
            MappingProxyType(
                {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}
            ),
            MappingProxyType(by_surname),
        )

    def __hash__(self) -> int:  # mapping proxies do not hash; identity is enough for caching
        return id(self)

    def __eq__(self, other: object) -> bool:
        return self is other


#: The default gazetteer.
GAZETTEER = Gazetteer()


@final
@attrs.frozen(kw_only=True)
class ActorMention:
    """One mention of an actor in the text.

    Attributes:
        start: Offset of the mention in the document.
        end: Offset one past its end.
        text: The surface text (with its title, if any).
        name: The canonical name ("Xi Jinping", "United States", "NATO").
        role: How it is mentioned (:class:`MentionRole`).
        possessive: Whether the mention is followed by "'s" ("Moscow's parade").
        country: For a person, the country they serve, when known (not part of equality).

    Examples:
        >>> m = ActorMention(start=0, end=6, text="Russia", name="Russia",
        ...                  role=MentionRole.COUNTRY)
        >>> m.is_person, m.actor_type
        (False, 'COUNTRY')
    """

    start: int
    end: int
    text: str
    name: str
    role: MentionRole
    possessive: bool = False
    country: str | None = attrs.field(default=None, eq=False)

    @property
    def is_person(self) -> bool:
        """Whether this mention is a person."""
        return self.role is MentionRole.PERSON

    @property
    def actor_type(self) -> str:
        """The name of the :class:`timeline.events.ActorType` member for this mention.

        Examples:
            >>> ActorMention(start=0, end=4, text="NATO", name="NATO",
            ...              role=MentionRole.ORGANISATION).actor_type
            'ORGANISATION'
        """
        if self.role is MentionRole.PERSON:
            return "PERSON"
        if self.role is MentionRole.ORGANISATION:
            return "ORGANISATION"
        return "COUNTRY"


def _alternation(words: Iterable[str]) -> str:
    """One pattern for a set of names, spaces matching any run of white space, shaped as a
    trie ("Uni(?:ted\\s+(?:Kingdom|States)|on)"): a position fails at the first letter no
    name shares, instead of trying hundreds of names in turn. Where names run on from one
    another ("Korea", "Korea Republic"), the longest is tried first, as in an alternation sorted
    longest first.

    Examples:
        >>> _alternation(["Congo", "Congo Republic", "Cuba"])
        'C(?:ongo(?:\\\\s+Republic)?|uba)'
    """
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(r"\s+" if ch == " " else regex.escape(ch), {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [key + _trie_pattern(child) for key, child in sorted(node.items()) if key]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    # a name ends here and longer ones run on: the longer are tried first (greedy "?")
    return ("(?:" + body + ")" if len(branches) == 1 and len(body) > 1 else body) + "?"


@functools.cache
def _place_re(gazetteer: Gazetteer) -> regex.Pattern[str]:
    parts = {
        "org": _alternation(gazetteer.organisations),
        "country": _alternation(gazetteer.countries),
        "capital": _alternation(gazetteer.capitals),
        "demonym": _alternation(gazetteer.demonyms),
    }
    # Longest alternatives first within each group; groups tried in this order at each position.
    return regex.compile(
        r"(?<![\w.\u2019'])(?<!(?i:\b(?:anti|pro|non|ex|mid|post|pre|so)-))(?:(?P<org>{org})|(?P<country>{country})|"
        r"(?P<capital>{capital})|(?P<demonym>{demonym}))(?![\w]|[\u2019'][a-rt-z]|-[a-z]|\.\w)".format(
            **parts
        )
    )


# "Jae-myung", "Ing-wen", "Ching-te": a hyphenated East Asian given name (not "Saudi-led")
_SYLLABLE_NAME = (
    r"[A-Z][a-z]{1,4}-(?!(?:led|run|era|made|born|held|style|based|owned|backed|ruled|type|like|"
    r"wide|free|only|less|bound|long|old|year|day|week|month|term|time|level|class|up|in|out)\b)"
    r"[a-z]{2,5}(?![\w-])"
)
_NAME_TOKEN = (
    rf"(?:[A-Z]\.|(?:al|el|bin|ibn|abu|Al|El)-[A-Z]\w*|{_SYLLABLE_NAME}|"
    r"[A-Z]\w*(?:[\u2019'][A-Z]\w*)*(?:-[A-Z]\w*)*"
    r"|(?:bin|bint|al|de|da|van|von|der|ibn|le|la)(?=\s+[A-Z]))"
)


# white space with at most one line break
_SPACE = r"(?:[^\S\n]+(?:\n[^\S\n]*)?|\n[^\S\n]*)"


@functools.cache
def _person_re(gazetteer: Gazetteer) -> regex.Pattern[str]:
    titles = _alternation(gazetteer.titles)
    # "Chinese President Xi", "U.S. Secretary of State Blinken", "NATO Secretary-General Rutte"
    demonyms = _alternation([*gazetteer.demonyms, *gazetteer.countries, *gazetteer.organisations])
    # lower-case roles before a full name: "Kremlin aide Yury Ushakov", "spokesman Rod Beer"
    roles = (
        r"(?:aide|spokesman|spokeswoman|spokesperson|adviser|advisor|envoy|ambassador|"
        r"minister|secretary|official|lawmaker|senator|commander|chief|leader|negotiator|"
        r"diplomat|president|premier|chancellor|king|envoy)"
    )
    # A name never runs over a blank line (a headline above a paragraph).
    sp = _SPACE
    full_name = rf"{_NAME_TOKEN}{sp}{_NAME_TOKEN}(?:{sp}{_NAME_TOKEN}){{0,2}}"
    # every match starts with a capital, "al-" or a role: a cheap look-ahead skips the other
    # words before the long alternations are tried
    starts = r"(?=[A-Z]|al-|" + roles + ")"
    return regex.compile(
        rf"(?<![\w-]){starts}(?:(?P<nation>{demonyms}){sp})?(?:(?P<titles>(?:(?:{titles}){sp})+)"
        rf"(?P<name>{_NAME_TOKEN}(?:{sp}{_NAME_TOKEN}){{0,4}})"
        rf"|(?P<titles2>{roles}{sp})(?P<name2>{full_name}))"
        rf"(?P<suffix>,?{sp}(?:Jr\.|Sr\.|II|III|IV)(?!\w))?"
    )


# Offices named in lower case or title case in an apposition: "Russia's foreign minister,
# Sergei Lavrov", "his Australian counterpart Anthony Albanese", "the Indian prime minister,
# Narendra Modi".
_APPOSITION_ROLES = (
    r"counterparts?|(?:vice\s+|deputy\s+)?president(?:-elect)?|(?:deputy\s+)?prime\s+minister|"
    r"premier|chancellor|(?:foreign|defen[cs]e|finance|interior|trade|economy|energy|home|"
    r"justice|health)\s+(?:minister|secretary)|foreign\s+affairs\s+minister|"
    r"minister\s+of\s+(?:foreign\s+affairs|defen[cs]e|finance|state)|secretary\s+of\s+state|"
    r"secretary[\s-]general|top\s+diplomat|(?:opposition\s+|supreme\s+|de\s+facto\s+)?leader|"
    r"head\s+of\s+state|king|queen|crown\s+prince|emir|monarch|(?:special\s+)?envoy|"
    r"ambassador|spokes(?:man|woman|person)|national\s+security\s+advis[eo]r|"
    r"(?:army|military|defen[cs]e|intelligence|foreign\s+policy|trade|climate)\s+chief|"
    r"chief\s+of\s+staff|"
    r"(?:chief\s+)?negotiator|minister"
)


# the first three letters of every office above (a cheap look-ahead before the alternation)
_APPOSITION_STARTS = (
    r"cou|vic|dep|pre|pri|cha|for|def|fin|int|tra|eco|ene|hom|jus|hea|min|sec|top|opp|sup|"
    r"de\s|lea|kin|que|cro|emi|mon|spe|env|amb|spo|nat|arm|mil|chi|neg|cli"
)


@functools.cache
def _title_words(gazetteer: Gazetteer) -> frozenset[str]:
    """The titles of the gazetteer, as written ("President", "Prime Minister", "Dr.")."""
    return frozenset(" ".join(t.split()) for t in gazetteer.titles)


@functools.cache
def _apposition_re() -> regex.Pattern[str]:
    """An office and the name after it: "foreign minister, Sergei Lavrov"."""
    sp = _SPACE
    return regex.compile(
        rf"(?<![\w-])(?=(?i:{_APPOSITION_STARTS}))(?P<role>(?i:{_APPOSITION_ROLES}))(?![\w-])"
        rf"(?P<comma>\s*,)?{sp}"
        rf"(?P<name>{_NAME_TOKEN}(?:{sp}{_NAME_TOKEN}){{0,4}})"
    )


@functools.cache
def _apposition_lead_re(gazetteer: Gazetteer) -> regex.Pattern[str]:
    """What precedes the office, matched backwards from it: "his Australian ", "Russia's new
    ", "the Indian "."""
    places = _alternation([*gazetteer.countries, *gazetteer.organisations])
    nations = _alternation([*gazetteer.demonyms, *gazetteer.countries, *gazetteer.organisations])
    sp = _SPACE
    return regex.compile(
        rf"(?<![\w-])(?:(?P<det>[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Ii]ts){sp})?"
        rf"(?:(?P<owner>{places})[\u2019']s{sp}|(?P<nation>{nations}){sp}"
        # "the country's president", "Putin's spokesman": an owner that is no country
        r"|(?P<owner2>(?:country|nation|kingdom|republic|island|bloc|alliance|"
        r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}))[\u2019']s"
        rf"{sp})?"
        r"(?:(?i:new|former|top|chief|newly[\s-]elected|incoming|outgoing|acting|interim|"
        rf"then|veteran|hardline|embattled|long-?time|long-serving|current){sp}){{0,2}}$"
    )


@functools.cache
def _capitalised_re() -> regex.Pattern[str]:
    return regex.compile(
        r"(?<![\w\u2019'])(?<!(?i:\b(?:anti|pro|non|ex|mid|post|pre|so)-))[A-Z]\w*(?:[\u2019'][A-Z]\w*)*"
    )


def _strip_name(name: str) -> str:
    """Drop middle initials and suffixes: "Joseph R. Biden, Jr." -> "Joseph Biden"."""
    tokens = [t for t in rx.split(r"[\s,]+", name) if t]
    if len(tokens) == 2 and tokens[1] in ("I", "II", "III", "IV", "V", "VI"):
        return " ".join(tokens)  # a monarch's regnal number is part of the name
    keep = [
        t
        for i, t in enumerate(tokens)
        if t not in _NAME_SUFFIXES and not (0 < i < len(tokens) - 1 and rx.fullmatch(r"[A-Z]\.", t))
    ]
    if len(keep) > 1 and rx.fullmatch(r"[A-Z]\.", keep[-1]):
        keep.pop()
    return " ".join(keep) or name.strip()


def canonical_person_name(name: str, *, gazetteer: Gazetteer = GAZETTEER) -> str:
    """The canonical form of a person's name: no initials or suffixes, well-known form if any.

    Args:
        name: A person's name without its title ("Joseph R. Biden, Jr.").
        gazetteer: The tables to use (:data:`GAZETTEER` by default).

    Returns:
        The canonical name.

    Examples:
        >>> canonical_person_name("Joseph R. Biden, Jr.")
        'Joe Biden'
        >>> canonical_person_name("Donald J. Trump")
        'Donald Trump'
        >>> canonical_person_name("Xi Jinping")
        'Xi Jinping'
    """
    stripped = _strip_name(name)
    return gazetteer.known_names.get(stripped, stripped)


def country_of(name: str, *, gazetteer: Gazetteer = GAZETTEER) -> str | None:
    """The country a country name, demonym or capital stands for, else ``None``.

    Examples:
        >>> country_of("Beijing"), country_of("Russian"), country_of("U.S."), country_of("Xi")
        ('China', 'Russia', 'United States', None)
    """
    key = name.strip()
    key = key[4:] if key.startswith("the ") else key
    for table in (gazetteer.countries, gazetteer.demonyms, gazetteer.capitals):
        if key in table:
            return table[key]
    return None


@attrs.define
class _Person:
    canonical: str
    tokens: frozenset[str]
    full: str


class ActorResolver:
    """Find actor mentions sentence by sentence and resolve people to one name per document.

    An instance remembers the people it has seen, so create one per document and feed it the
    sentences in order. Not thread-safe; cheap to create.

    Args:
        gazetteer: The name tables (:data:`GAZETTEER` by default).

    Examples:
        >>> r = ActorResolver()
        >>> [m.name for m in r.find("President Joseph R. Biden, Jr. spoke with NATO allies.")]
        ['Joe Biden', 'NATO']
        >>> [m.name for m in r.find("President Biden welcomed Czech Prime Minister Petr Fiala.")]
        ['Joe Biden', 'Petr Fiala']
        >>> r.people()
        ('Joe Biden', 'Petr Fiala')
    """

    def __init__(self, gazetteer: Gazetteer = GAZETTEER) -> None:
        self._gaz = gazetteer
        self._people: list[_Person] = []
        self._titled: dict[str, str] = {}
        self._countries: dict[str, str] = {}

    def country(self, name: str) -> str | None:
        """The country a person serves, as the text says ("Russian President Vladimir Putin",
        "President William Ruto of Kenya") or as the gazetteer knows; ``None`` if unknown.

        Examples:
            >>> r = ActorResolver()
            >>> _ = r.find("Czech Prime Minister Petr Fiala met President Biden.")
            >>> r.country("Petr Fiala"), r.country("Joe Biden"), r.country("NATO")
            ('Czech Republic', 'United States', None)
        """
        name = self.canonical(name)
        return self._countries.get(name) or self._gaz.nationalities.get(name)

    def people(self) -> tuple[str, ...]:
        """The canonical names of the people seen so far, in order of first mention."""
        return tuple(p.canonical for p in self._people)

    def _learn(self, name: str) -> str:
        canonical = canonical_person_name(name, gazetteer=self._gaz)
        tokens = frozenset(t for t in canonical.split() if len(t) > 1)
        for person in self._people:
            if tokens <= person.tokens:
                return person.canonical
            if person.tokens <= tokens:
                # A fuller form of a name already seen ("Xi" then "Xi Jinping"): upgrade it.
                person.canonical, person.tokens, person.full = canonical, tokens, name
                return canonical
        if len(tokens) == 1:
            # "President Putin", "Secretary Yellen" first named by surname: a known public figure
            full = self._gaz.people_index[1].get(canonical)
            if full is not None:
                return self._learn(full)
        self._people.append(_Person(canonical, tokens, name))
        return canonical

    def canonical(self, name: str) -> str:
        """The current canonical form of a person's name seen earlier ("Biden" -> "Joe Biden").

        Names of countries and organisations, and unknown names, come back unchanged.

        Examples:
            >>> r = ActorResolver()
            >>> _ = r.find("President Biden spoke. Later President Joseph R. Biden, Jr. left.")
            >>> r.canonical("Biden"), r.canonical("NATO")
            ('Joe Biden', 'NATO')
        """
        tokens = frozenset(t for t in name.split() if len(t) > 1)
        for person in self._people:
            if tokens and tokens <= person.tokens:
                return person.canonical
        return name

    def _lookup(self, word: str) -> str | None:
        for person in reversed(self._people):
            if word in person.tokens:
                return person.canonical
        return None

    def _apposition(self, text: str, m: regex.Match[str], lo: int) -> tuple[int, int, str] | None:
        """Check a match of :func:`_apposition_re` and learn the person: the span of the whole
        phrase ("Russia's foreign minister, Sergei Lavrov") and the canonical name."""
        gaz = self._gaz
        lead = _apposition_lead_re(gaz).search(text, max(lo, m.start() - 80), m.start())
        if lead is None or lead.start() == lead.end():
            return None
        det = (lead.group("det") or "").casefold()
        owner, nation = lead.group("owner"), lead.group("nation")
        if lead.group("owner2") and not owner:
            owner = lead.group("owner2")
        comma = bool(m.group("comma"))
        role_text = m.group("role")
        if role_text[:1].isupper() and not (owner or comma):
            return None  # "Chinese President Xi Jinping": the title rule reads it (and "of X")
        counterpart = role_text.casefold().startswith("counterpart")
        if not (owner or nation) and not (
            (det in ("his", "her", "their") and counterpart) or (det == "the" and comma)
        ):
            return None  # "the president Biden": no apposition, the title rule reads it
        tokens = m.group("name").split()
        while tokens and (tokens[-1] in _NOT_NAME_WORDS or tokens[-1] in gaz.countries):
            tokens.pop()
        # a title before the name: "Iran's supreme leader, Ayatollah Ali Khamenei"
        titles = _title_words(gaz)
        skipped = 0
        while len(tokens) > 1 and (tokens[0] in titles or " ".join(tokens[:2]) in titles):
            drop = 2 if " ".join(tokens[:2]) in titles else 1
            skipped += len(" ".join(tokens[:drop])) + 1
            tokens = tokens[drop:]
        if not tokens:
            return None
        first = tokens[0]
        if (
            first in _NOT_NAME_WORDS
            or first in gaz.countries
            or first in gaz.organisations
            or first in gaz.capitals
            or first in gaz.demonyms
        ):
            return None
        name = " ".join(tokens)
        name_at = m.start("name") + skipped
        while text[name_at].isspace():
            name_at += 1
        name_end = name_at + len(name)
        if not text.startswith(name, name_at):
            return None  # the name ran over a line break: leave it to the other rules
        if len(tokens) == 1:
            known = self._lookup(first) or gaz.people_index[1].get(first)
            # a lone surname must be a known person, set off by commas: "Russia's top
            # diplomat, Lavrov, said"
            if known is None or (comma and not rx.match(r"\s*[,.;)]", text[name_end:])):
                return None
        if _followed_by_institution(text, name_end):
            return None
        canonical = self._learn(name)
        home = owner or nation
        country = country_of(home, gazetteer=gaz) if home else None
        if country is not None:
            self._countries.setdefault(canonical, country)
        role = " ".join(m.group("role").split()).casefold()
        if not role.startswith("counterpart"):
            self._titled.setdefault(role, canonical)
        begin = lead.start()
        if lead.group("owner2") and lead.group("owner2")[:1].isupper():
            # "Putin's spokesman, Dmitry Peskov": the owner stays a mention of its own
            begin = lead.end("owner2") + 2
            while text[begin].isspace():
                begin += 1
        return begin, name_end, canonical

    def find(self, text: str, start: int = 0, end: int | None = None) -> tuple[ActorMention, ...]:
        """Actor mentions in ``text[start:end]``, with offsets into *text*, in text order.

        Args:
            text: The document text.
            start: Where to start looking.
            end: Where to stop (default: the end of *text*).

        Returns:
            The mentions, without overlaps; people are resolved against earlier mentions.

        Examples:
            >>> r = ActorResolver()
            >>> [(m.text, m.name, m.role.value) for m in r.find("Russian President Vladimir "
            ...   "Putin thanked Moscow's allies and the Russian people.")]
            ... # doctest: +NORMALIZE_WHITESPACE
            [('Russian President Vladimir Putin', 'Vladimir Putin', 'person'),
             ('Moscow', 'Russia', 'capital'), ('Russian', 'Russia', 'country')]
            >>> [(m.text, m.name) for m in r.find("Putin met India's foreign minister, "
            ...   "Subrahmanyam Jaishankar, and his Chinese counterpart Wang Yi.")]
            ... # doctest: +NORMALIZE_WHITESPACE
            [('Putin', 'Vladimir Putin'),
             ("India's foreign minister, Subrahmanyam Jaishankar", 'Subrahmanyam Jaishankar'),
             ('his Chinese counterpart Wang Yi', 'Wang Yi')]
        """
        end = len(text) if end is None else end
        gaz = self._gaz
        taken = SpanSet()
        found: list[ActorMention] = []

        def free(a: int, b: int) -> bool:
            return taken.free(a, b)

        def add(a: int, b: int, name: str, role: MentionRole) -> None:
            poss = bool(rx.match(r"[\u2019']s?(?!\w)", text[b : b + 2]))
            found.append(
                ActorMention(start=a, end=b, text=text[a:b], name=name, role=role, possessive=poss)
            )
            taken.add(a, b)

        for m in _apposition_re().finditer(text, start, end):
            found_person = self._apposition(text, m, start)
            if found_person is not None:
                add(found_person[0], found_person[1], found_person[2], MentionRole.PERSON)

        for m in _person_re(gaz).finditer(text, start, end):
            if not free(m.start(), m.end()):
                continue
            if m.group("name") is None:
                name_group, title_group = "name2", "titles2"
            else:
                name_group, title_group = "name", "titles"
            name = m.group(name_group)
            tokens = name.split()
            # Trim trailing words that are not names ("President Biden Congratulated" is rare;
            # "President Xi Jinping" ok) and stop at gazetteer places ("President Putin of").
            while tokens and (tokens[-1] in _NOT_NAME_WORDS or tokens[-1] in gaz.countries):
                tokens.pop()
            if not tokens or tokens[0] in _NOT_NAME_WORDS:
                continue
            if tokens[0] in gaz.countries or tokens[0] in gaz.organisations:
                continue
            name = " ".join(tokens)
            name_start = m.start(name_group)
            name_end = name_start + len(name)
            full = m.group(name_group).split()
            suffix = m.group("suffix") if len(tokens) == len(full) else None
            mention_end = m.end("suffix") if suffix else name_end
            if _followed_by_institution(text, mention_end):
                continue
            if name_group == "name2" and len(tokens) < 2:
                continue  # a lower-case role needs a full name after it
            canonical = self._learn(name)
            title = " ".join(m.group(title_group).split()[-2:]).casefold()
            for key in (title, title.split()[-1]):
                self._titled.setdefault(key, canonical)
            nation = country_of(m.group("nation"), gazetteer=gaz) if m.group("nation") else None
            of = rx.match(
                r"\s+of\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})",
                text[mention_end : mention_end + 50],
            )
            if nation is None and of is not None:
                words = of.group(1).split()
                while words and nation is None:
                    nation = country_of(" ".join(words), gazetteer=gaz)
                    words.pop()
            if nation is not None:
                self._countries.setdefault(canonical, nation)
            a = m.start("nation") if m.group("nation") else m.start(title_group)
            add(a, mention_end, canonical, MentionRole.PERSON)

        for m in _place_re(gaz).finditer(text, start, end):
            a, b = m.span()
            if not free(a, b):
                continue
            kind = m.lastgroup
            surface = m.group()
            key = rx.sub(r"\s+", " ", surface)
            if kind == "org":
                add(a, b, gaz.organisations[key], MentionRole.ORGANISATION)
            elif kind == "country":
                inst = _INSTITUTION_AND.match(text, b, min(len(text), b + 40))
                # "Colombia's government and the rebels": the country is the first of a pair
                add(a, inst.end("inst") if inst else b, gaz.countries[key], MentionRole.COUNTRY)
            elif kind == "capital":
                add(a, b, gaz.capitals[key], MentionRole.CAPITAL)
            elif _ETHNIC.search(text, max(0, a - 8), a):
                continue  # "ethnic Albanians", "ethnic Russians": a people, not the state
            else:
                if rx.match(r"\s+(?:people|nation|side|government|officials?)\b", text[b : b + 14]):
                    add(a, b, gaz.demonyms[key], MentionRole.COUNTRY)
                else:
                    add(a, b, gaz.demonyms[key], MentionRole.DEMONYM)

        if self._titled:
            # "the President", "The Prime Minister": the person first named with that title
            for m in _bare_title_re().finditer(text, start, end):
                a, b = m.start("title"), m.end("title")
                key = rx.sub(r"\s+", " ", m.group("title")).casefold()
                if free(a, b) and key in self._titled:
                    add(m.start(), b, self._titled[key], MentionRole.PERSON)
        by_first, by_surname = gaz.people_index
        if True:
            for m in _capitalised_re().finditer(text, start, end):
                a, b = m.span()
                if not free(a, b) or m.group() in _NOT_NAME_WORDS:
                    continue
                canonical = self._lookup(m.group())
                if canonical is None:
                    # a public figure named without a title: "Kim Jong Un", "Modi", "Erdogan"
                    full = next(
                        (f for f in by_first.get(m.group(), ()) if text.startswith(f, a)), None
                    )
                    if full is not None and not rx.match(
                        r"\s+[A-Z]", text[a + len(full) : a + len(full) + 2]
                    ):
                        b = a + len(full)
                        canonical = self._learn(full)
                    elif m.group() in by_surname and not rx.match(
                        r"\s+[A-Z][a-z]", text[b : b + 3]
                    ):
                        canonical = self._learn(by_surname[m.group()])
                    if canonical is None:
                        continue
                # Extend over a following token of the same person ("Xi Jinping" after "Xi").
                nxt = rx.match(r"\s+([A-Z][\w\u2019'-]*\w)", text[b:end])
                if nxt and nxt.group(1) in canonical.split():
                    b += nxt.end()
                if _followed_by_institution(text, b):
                    continue
                add(a, b, canonical, MentionRole.PERSON)
        found.sort(key=lambda x: x.start)
        return tuple(found)


@functools.cache
def _bare_title_re() -> regex.Pattern[str]:
    return regex.compile(
        r"\b[Tt]he\s+(?P<title>President|Prime\s+Minister|Premier|Chancellor|King|Queen|"
        r"Secretary-General|Secretary\s+General|Vice\s+President)\b(?!\s+(?:of\s+)?[A-Z])"
        r"(?![\u2019']s\s+(?:[Aa]dministration|[Gg]overnment))"
    )


_ETHNIC = LazyRegex(r"\b[Ee]thnic[^\S\n]+$")
_INSTITUTION_AND = LazyRegex(
    r"(?P<inst>[\u2019']s\s+(?:government|military|army|armed\s+forces|forces|troops|navy|"
    r"air\s+force|authorities|negotiators|delegation|leadership))(?=\s+and\s)"
)


def _followed_by_institution(text: str, end: int) -> bool:
    """ "Trump administration", "Biden's government": the person names an institution."""
    return bool(
        rx.match(
            r"(?:[\u2019']s)?\s+(?:[Aa]dministration|[Gg]overnment|[Cc]abinet|[Dd]octrine|era)\b",
            text[end : end + 20],
        )
    )
