"""Event triggers: the words that announce an event of a kind, and whether they assert one.

A *trigger* is a word or phrase that names an event ("met", "phone call", "expiration",
"arms sale", "Five-Year Plan"). The lexicon lists each kind's triggers once, in their base form;
inflections are generated (meet/meets/met/meeting, visit/visits/visited/visiting). Multiword
triggers allow any white space or hyphen between words ("build-up", "build up").

A trigger is not always an event. :func:`assess` looks at the words around it and returns a
:class:`Modality`:

* ``GENERIC`` -- bare plurals and bare mass nouns ("arms sales to Taiwan", "committed to
  dialogue"), an indefinite noun that is the subject of a modal ("a phone call cannot resolve all
  issues"), generic present tense with a plural subject ("what scholars describe as");
* ``NEGATED`` -- "did not meet", "no talks", "without a summit";
* ``HYPOTHETICAL`` -- "if they meet", "would visit", "could call" (the modal "may", never the
  month "May");
* ``PLANNED`` -- "will visit", "plans to meet", "proposed a summit", "upcoming visits", and
  "would" under a past reporting verb ("said that Wang Yi would visit Pakistan");
* ``ASSERTED`` -- the rest: something that happened.

Detection keeps ``ASSERTED`` and ``PLANNED`` triggers.

Examples:
    >>> text = "Xi met Putin and later spoke by phone with Trump."
    >>> [(t.kind, t.text) for t in find_triggers(text)]
    [('meeting', 'met'), ('call', 'spoke by phone')]
    >>> text = "While a phone call cannot resolve all issues, talks help."
    >>> [assess(text, t).name for t in find_triggers(text)]
    ['GENERIC', 'GENERIC']
"""

from __future__ import annotations

import bisect
import enum
import functools
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, final

import attrs
import regex

from timeline.extraction.grammar import MONTHS_ABBR, MONTHS_FULL, WEEKDAYS
from timeline.extraction.patterns import LazyRegex, rx

__all__ = [
    "LEXICON",
    "Modality",
    "SpanSet",
    "TriggerMatch",
    "TriggerSpec",
    "assess",
    "find_triggers",
    "noun_forms",
    "title_case",
    "verb_forms",
]


class SpanSet:
    """Non-overlapping character spans with O(log n) overlap tests (keeps stages linear).

    Examples:
        >>> spans = SpanSet()
        >>> spans.add(5, 10)
        >>> spans.free(0, 5), spans.free(8, 12), spans.free(10, 11)
        (True, False, True)
    """

    __slots__ = ("_ends", "_starts")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def free(self, a: int, b: int) -> bool:
        """Whether ``[a, b)`` overlaps no span of the set."""
        i = bisect.bisect_left(self._starts, b)
        return i == 0 or self._ends[i - 1] <= a

    def add(self, a: int, b: int) -> None:
        """Add ``[a, b)`` (the caller checks :meth:`free` first)."""
        i = bisect.bisect_left(self._starts, a)
        self._starts.insert(i, a)
        self._ends.insert(i, b)


class Modality(enum.Enum):
    """Whether a trigger asserts an event (see the module docstring).

    Examples:
        >>> Modality.PLANNED.is_event, Modality.GENERIC.is_event
        (True, False)
    """

    ASSERTED = "asserted"
    PLANNED = "planned"
    GENERIC = "generic"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"

    @property
    def is_event(self) -> bool:
        """Whether a trigger with this modality becomes an event."""
        return self in (Modality.ASSERTED, Modality.PLANNED)


_IRREGULAR = MappingProxyType(
    {
        "meet": ("met", "met"),
        "speak": ("spoke", "spoken"),
        "hold": ("held", "held"),
        "withdraw": ("withdrew", "withdrawn"),
        "sell": ("sold", "sold"),
        "strike": ("struck", "struck"),
        "lead": ("led", "led"),
        "make": ("made", "made"),
        "have": ("had", "had"),
        "say": ("said", "said"),
        "pull": ("pulled", "pulled"),
        "sign": ("signed", "signed"),
        "write": ("wrote", "written"),
        "fight": ("fought", "fought"),
        "begin": ("began", "begun"),
        "take": ("took", "taken"),
        "shoot": ("shot", "shot"),
        "tear": ("tore", "torn"),
        "sit": ("sat", "sat"),
        "hit": ("hit", "hit"),
        "break": ("broke", "broken"),
        "leave": ("left", "left"),
        "run": ("ran", "run"),
    }
)


# one-syllable verbs that double their last consonant before -ing
_DOUBLE_FINAL = frozenset(
    {"sit", "hit", "stop", "plan", "cut", "put", "set", "shut", "ship", "run", "scrap"}
)


def verb_forms(lemma: str) -> tuple[str, ...]:
    """The inflected forms of an English verb (regular rules plus a small irregular table).

    Args:
        lemma: The base form; for a phrasal verb the first word is inflected ("pull out of").

    Returns:
        Base, third person, past, past participle and -ing forms, without duplicates.

    Examples:
        >>> verb_forms("meet")
        ('meet', 'meets', 'met', 'meeting')
        >>> verb_forms("visit")
        ('visit', 'visits', 'visited', 'visiting')
        >>> verb_forms("impose")
        ('impose', 'imposes', 'imposed', 'imposing')
        >>> verb_forms("withdraw from")
        ('withdraw from', 'withdraws from', 'withdrew from', 'withdrawn from', 'withdrawing from')
    """
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    if head in _IRREGULAR:
        past, participle = _IRREGULAR[head]
    elif head in _DOUBLE_FINAL:
        past = participle = head + head[-1] + "ed"  # "scrapped", "planned"
    elif head.endswith("e"):
        past = participle = head + "d"
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        past = participle = head[:-1] + "ied"
    else:
        past = participle = head + "ed"
    if head in _DOUBLE_FINAL:
        ing = head + head[-1] + "ing"  # "sitting", "hitting"
    elif head.endswith("ie"):
        ing = head[:-2] + "ying"
    elif head.endswith("e") and not head.endswith("ee"):
        ing = head[:-1] + "ing"
    else:
        ing = head + "ing"
    if head.endswith(("s", "sh", "ch", "x", "z")):
        third = head + "es"
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        third = head[:-1] + "ies"
    else:
        third = head + "s"
    forms = [head, third, past, participle, ing]
    return tuple(dict.fromkeys(f + tail for f in forms))


def noun_forms(noun: str) -> tuple[str, ...]:
    """Singular and plural of an English noun (the last word is inflected).

    Examples:
        >>> noun_forms("phone call"), noun_forms("arms sale"), noun_forms("talks")
        (('phone call', 'phone calls'), ('arms sale', 'arms sales'), ('talks',))
        >>> noun_forms("military build-up")
        ('military build-up', 'military build-ups')
    """
    if noun.endswith(
        (
            "talks",
            "negotiations",
            "consultations",
            "commemorations",
            "sanctions",
            "hostilities",
            "elections",
        )
    ):
        return (noun,)
    if noun.endswith(("s", "sh", "ch", "x")):
        plural = noun + "es"
    elif noun.endswith("y") and noun[-2:-1] not in "aeiou":
        plural = noun[:-1] + "ies"
    else:
        plural = noun + "s"
    return (noun, plural)


def _convert_forms(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@final
@attrs.frozen(kw_only=True)
class TriggerSpec:
    """One entry of the trigger lexicon.

    Attributes:
        kind: The event kind the trigger announces (a name in the kind registry).
        forms: The surface forms (already inflected), lower case.
        pos: ``"verb"`` or ``"noun"``: nouns are checked for generic use (articles, plurals).
        mode: The mode the trigger implies (``"phone"``, ``"virtual"``, ``"in_person"``), if any.
        needs: A context requirement: ``"light_verb"`` (only as the object of held/had/conducted:
            "held consultations"), ``"treaty"`` (only near a treaty or agreement: "expiration of
            New START"), ``"name"`` (only as part of a capitalised name: "the 15th Five-Year
            Plan"), ``"with"`` (only followed by with/to + someone: "spoke with").
        mass: Whether a bare singular (no article) is generic ("committed to dialogue").

    Examples:
        >>> spec = TriggerSpec(kind="call", forms=noun_forms("phone call"), pos="noun",
        ...                    mode="phone")
        >>> spec.forms
        ('phone call', 'phone calls')
    """

    kind: str
    forms: tuple[str, ...] = attrs.field(converter=_convert_forms)
    pos: str = "noun"
    mode: str | None = None
    needs: str | None = None
    mass: bool = False


#: "talks" are a meeting, unless negotiators hold them (see :func:`_by_negotiators`)
_TALKS_SPEC = TriggerSpec(kind="meeting", forms=("talks",), pos="noun")
_NEGOTIATION_TALKS = TriggerSpec(kind="negotiation", forms=("talks",), pos="noun")
_NEGOTIATORS = LazyRegex(r"\b[Nn]egotiators?\b")


def _by_negotiators(text: str, a: int) -> bool:
    """Whether the talks at *a* are held by negotiators named earlier in their sentence:
    "climate negotiators ended a week of talks", "the chief negotiator opened talks"."""
    lo = max(0, a - 100)
    cut = max(text.rfind(". ", lo, a), text.rfind("\n", lo, a), text.rfind(";", lo, a))
    return bool(_NEGOTIATORS.search(text, cut + 1 if cut >= 0 else lo, a))


def _v(kind: str, lemma: str, **kw: object) -> TriggerSpec:
    return TriggerSpec(kind=kind, forms=verb_forms(lemma), pos="verb", **kw)  # type: ignore[arg-type]


def _n(kind: str, noun: str, **kw: object) -> TriggerSpec:
    return TriggerSpec(kind=kind, forms=noun_forms(noun), pos="noun", **kw)  # type: ignore[arg-type]


def _build_lexicon() -> tuple[TriggerSpec, ...]:
    return (
        # meeting
        _v("meeting", "meet"),
        _n("meeting", "meeting"),
        _n("meeting", "virtual meeting", mode="virtual"),
        _n("meeting", "video conference", mode="virtual"),
        _n("meeting", "videoconference", mode="virtual"),
        _n("meeting", "video meeting", mode="virtual"),
        _TALKS_SPEC,
        _v("meeting", "welcome", needs="welcome_to"),
        _v("meeting", "discuss", needs="with_actor"),
        _v("meeting", "receive", needs="person_object"),
        _v("meeting", "host", needs="person_object"),
        _v("meeting", "sit down with"),
        _v("meeting", "confer with"),
        _n("negotiation", "consultations", needs="continue"),
        _n("meeting", "consultations", needs="light_verb"),
        _n("meeting", "dialogue", needs="light_verb", mass=True),
        _n("meeting", "exchange", needs="light_verb"),
        _n("meeting", "discussion", needs="light_verb"),
        # call
        _n("call", "phone call", mode="phone"),
        _n("call", "telephone call", mode="phone"),
        _n("call", "call", mode="phone"),
        # "Albanese called Chinese Premier Li Qiang", "Macron called Putin on Friday"
        _v("call", "call", mode="phone", needs="call_object"),
        _n("call", "video call", mode="virtual"),
        _n("call", "phone conversation", mode="phone"),
        _n("call", "telephone conversation", mode="phone"),
        TriggerSpec(
            kind="call",
            forms=(
                *verb_forms("speak by phone"),
                *verb_forms("speak by telephone"),
                *verb_forms("speak on the phone"),
                *verb_forms("speak over the phone"),
                *verb_forms("talk by phone"),
                *verb_forms("talk by telephone"),
                *verb_forms("talk on the phone"),
                *verb_forms("talk over the phone"),
                *verb_forms("chat by phone"),
            ),
            pos="verb",
            mode="phone",
        ),
        _v("call", "telephone", mode="phone", needs="object"),
        _v("call", "phone", mode="phone", needs="object"),
        TriggerSpec(
            kind="call",
            forms=("dialled", "dialed", "dials", "rang", "rings"),
            pos="verb",
            mode="phone",
            needs="object",
        ),
        TriggerSpec(
            kind="call", forms=("spoke", "speaks", "speak"), pos="verb", mode="phone", needs="with"
        ),
        # visit
        _v("visit", "visit"),
        _n("visit", "visit"),
        _n("visit", "state visit"),
        _n("visit", "official visit"),
        _n("visit", "trip", needs="to"),
        _v("visit", "travel to"),
        _v("visit", "tour", needs="tour_object"),
        _n("visit", "tour", needs="tour_of"),
        TriggerSpec(kind="visit", forms=("travelled to", "travelling to"), pos="verb"),
        TriggerSpec(
            kind="visit", forms=("flew to", "flies to", "fly to"), pos="verb", needs="place"
        ),
        TriggerSpec(
            kind="visit",
            forms=(
                "arrived in",
                "arrives in",
                "arrive in",
                "arriving in",
                "landed in",
                "lands in",
                "land in",
            ),
            pos="verb",
            needs="place",
        ),
        # summit
        _n("summit", "summit"),
        _n("summit", "summit meeting"),
        # negotiation
        _n("negotiation", "negotiations"),
        _n("negotiation", "negotiation"),
        _v("negotiation", "negotiate"),
        _n("negotiation", "peace talks"),
        *(
            _n("negotiation", f"{topic} talks")
            for topic in (
                "trade",
                "nuclear",
                "accession",
                "ceasefire",
                "direct",
                "indirect",
                "security",
                "arms control",
                "tariff",
                "border",
                "round of",
            )
        ),
        _n("negotiation", "dialogue", mass=True),
        _n("negotiation", "mediation", needs="between"),
        _v("negotiation", "mediate", needs="between"),
        # treaties
        _v("treaty_signing", "sign", needs="treaty"),
        _n("treaty_signing", "signing", needs="treaty"),
        # "inked a deal", "ratified the accord", "sealed an agreement": the object is the treaty
        _v("treaty_signing", "ink", needs="treaty_object"),
        _v("treaty_signing", "seal", needs="treaty_object"),
        _v("treaty_signing", "conclude", needs="treaty_object"),
        _v("treaty_signing", "ratify", needs="treaty_object"),
        _v("treaty_signing", "reach", needs="treaty_object"),
        # "agreed to an immediate ceasefire", "agreed on a peace deal" (not "agreed to extend")
        TriggerSpec(
            kind="treaty_signing",
            forms=(*verb_forms("agree to"), *verb_forms("agree on")),
            pos="verb",
            needs="agreed_object",
        ),

        _n("treaty_signing", "ratification", needs="treaty_object"),
        _n("treaty_expiry", "expiration", needs="treaty"),
        _n("treaty_expiry", "expiry", needs="treaty"),
        _v("treaty_expiry", "expire", needs="treaty"),
        _v("treaty_expiry", "lapse", needs="treaty"),
        _v("treaty_expiry", "run out", needs="treaty_subject"),
        _n("treaty_extension", "extension", needs="treaty"),
        _v("treaty_extension", "extend", needs="treaty"),
        _v("treaty_extension", "renew", needs="treaty_object"),
        _n("treaty_extension", "renewal", needs="treaty_object"),
        _v("treaty_extension", "prolong", needs="treaty_object"),
        _n("treaty_extension", "prolongation", needs="treaty_object"),
        _n("treaty_withdrawal", "withdrawal", needs="treaty"),
        _v("treaty_withdrawal", "withdraw from", needs="treaty"),
        _v("treaty_withdrawal", "pull out of", needs="treaty"),
        _v("treaty_withdrawal", "quit", needs="treaty"),
        _v("treaty_withdrawal", "exit", needs="treaty"),
        _n("treaty_withdrawal", "suspension", needs="treaty"),
        _v("treaty_withdrawal", "suspend", needs="treaty"),
        _v("treaty_withdrawal", "walk away from", needs="treaty_object"),
        _v("treaty_withdrawal", "walk out of", needs="treaty_object"),
        _v("treaty_withdrawal", "abandon", needs="treaty_object"),
        _v("treaty_withdrawal", "scrap", needs="treaty_object"),
        _v("treaty_withdrawal", "tear up", needs="treaty_object"),
        _v("treaty_withdrawal", "renounce", needs="treaty_object"),
        _v("treaty_withdrawal", "abrogate", needs="treaty_object"),
        _v("treaty_withdrawal", "leave", needs="treaty_object"),
        # arms sales
        _n("arms_sale", "arms sale"),
        _n("arms_sale", "weapons sale"),
        _n("arms_sale", "arms package"),
        _n("arms_sale", "weapons package"),
        _n("arms_sale", "arms deal"),
        _n("arms_sale", "weapons deal"),
        # announcements and statements
        _v("announcement", "announce"),
        _n("announcement", "announcement"),
        _v("announcement", "unveil", needs="policy_object"),
        # "pledged $500 million in aid" (not "pledged to deepen cooperation")
        _v("announcement", "pledge", needs="money_object"),
        TriggerSpec(kind="statement", forms=("said", "says"), pos="verb"),
        _n("statement", "statement"),
        _n("statement", "joint statement"),
        TriggerSpec(kind="statement", forms=("described", "describes"), pos="verb", needs="as"),
        _n("statement", "post", needs="social"),
        TriggerSpec(kind="statement", forms=("told", "tells"), pos="verb", needs="press"),
        TriggerSpec(kind="statement", forms=("denied", "denies"), pos="verb"),
        TriggerSpec(
            kind="statement", forms=("posted", "wrote", "tweeted"), pos="verb", needs="social"
        ),
        # ceremonies
        _n("parade", "parade"),
        _n("parade", "military parade"),
        _n("commemoration", "commemoration"),
        _n("commemoration", "commemorations"),
        _v("commemoration", "commemorate"),
        _n("commemoration", "anniversary"),
        _n("commemoration", "celebration"),
        _v("commemoration", "celebrate", needs="anniversary"),
        _v("commemoration", "mark", needs="years_since"),
        *(
            _n("commemoration", f"{adj} {head}")
            for adj in ("memorial", "remembrance", "commemoration", "commemorative")
            for head in ("ceremony", "service")
        ),
        _n("commemoration", "wreath-laying ceremony"),
        TriggerSpec(
            kind="commemoration",
            forms=tuple(
                f"{verb} {obj}"
                for verb in ("lay", "lays", "laid", "laying")
                for obj in ("a wreath", "wreaths", "a floral wreath")
            ),
            pos="verb",
        ),
        # sanctions
        _n("sanction", "sanctions"),
        _n("sanction", "sanctions package"),
        _n("sanction", "sanctions regime"),
        _n("sanction", "measures", needs="sanction_context"),
        _n("sanction", "designation", needs="sanction_context"),
        _v("sanction", "sanction"),
        _v("sanction", "impose", needs="sanction"),
        _v("sanction", "blacklist", needs="sanction_target"),
        _n("sanction", "embargo"),
        _n("sanction", "asset freeze"),
        TriggerSpec(
            kind="sanction",
            forms=tuple(
                f"{verb} {det}assets"
                for verb in ("freeze", "freezes", "froze", "frozen", "freezing")
                for det in ("", "the ")
            ),
            pos="verb",
        ),
        # elections
        _n("election", "election"),
        _n("election", "presidential election"),
        _n("election", "elections"),
        TriggerSpec(
            kind="election",
            forms=(
                "go to the polls",
                "went to the polls",
                "goes to the polls",
                "going to the polls",
                "head to the polls",
                "headed to the polls",
            ),
            pos="verb",
        ),
        _n("election", "runoff"),
        _n("election", "run-off"),
        _n("election", "referendum"),
        _n("election", "by-election"),
        _n("election", "plebiscite"),
        TriggerSpec(
            kind="election",
            forms=("cast ballots", "cast their ballots", "cast votes", "cast their votes"),
            pos="verb",
        ),
        _v("election", "elect"),
        _v("election", "re-elect"),
        # military action
        _n("military_action", "military build-up"),
        _n("military_action", "build-up"),
        _n("military_action", "buildup"),
        _n("military_action", "invasion"),
        _v("military_action", "invade"),
        _n("military_action", "attack"),
        _v("military_action", "attack"),
        _v("military_action", "defend", needs="object"),
        _v("military_action", "fire", needs="weapon_object"),
        TriggerSpec(
            kind="military_action",
            forms=("struck", "strikes", "pounded", "shelled", "bombed", "hit"),
            pos="verb",
            needs="strike_object",
        ),
        _v("military_action", "launch", needs="weapon_object"),
        _v("military_action", "shell", needs="object"),
        _v("military_action", "bomb", needs="object"),
        _v("military_action", "defeat", needs="attack_object"),
        _v("military_action", "annex"),
        _n("military_action", "annexation"),
        _v("military_action", "clash", needs="armed"),
        _n("military_action", "clash", needs="armed"),
        _v("military_action", "bombard", needs="object_or_target"),
        _n("military_action", "bombardment"),
        _n("military_action", "shelling", needs="armed"),
        _n("military_action", "raid", needs="armed"),
        _n("military_action", "incursion"),
        _n("military_action", "counteroffensive"),
        _n("military_action", "ground operation"),
        _n("military_action", "military operation"),
        _n("military_action", "ground offensive"),
        _n("military_action", "counter-offensive"),
        _n("military_action", "ambush", needs="armed"),
        _v("military_action", "ambush", needs="armed"),
        _v("military_action", "shoot down", needs="aircraft_object"),
        _v("military_action", "test-fire", needs="weapon_object"),
        _v("military_action", "raid", needs="armed"),
        TriggerSpec(
            kind="military_action",
            forms=(*verb_forms("exchange fire"), *verb_forms("trade fire")),
            pos="verb",
        ),
        _n("military_action", "exchange of fire"),
        _v("military_action", "capture", needs="territory_object"),
        _v("military_action", "seize", needs="territory_object"),
        _v("military_action", "intercept", needs="attack_object"),
        _n("military_action", "strike"),
        _n("military_action", "airstrike"),
        _n("military_action", "air strike"),
        _n("military_action", "missile strike"),
        _n("military_action", "assault"),
        _n("military_action", "offensive"),
        _n("military_action", "bombing"),
        _n("military_action", "coup"),
        _n("military_action", "war"),
        _n("military_action", "aggression", mass=True),
        _n("military_action", "hostilities"),
        # named periods
        _n("period", "five-year plan", needs="name"),
        _n("period", "plan", needs="name"),
        _n("period", "term", needs="ordinal"),
    )


#: The default trigger lexicon (built-in kinds). Extend by passing your own specs to
#: :func:`find_triggers`.
LEXICON: tuple[TriggerSpec, ...] = _build_lexicon()


@final
@attrs.frozen(kw_only=True)
class TriggerMatch:
    """A trigger found in the text.

    Attributes:
        kind: The event kind.
        start: Offset of the trigger in the text.
        end: Offset one past its end.
        text: The matched text.
        spec: The lexicon entry that matched.

    Examples:
        >>> t = find_triggers("They held talks.")[0]
        >>> (t.kind, t.start, t.end, t.text, t.spec.pos)
        ('meeting', 10, 15, 'talks', 'noun')
    """

    kind: str
    start: int
    end: int
    text: str
    spec: TriggerSpec = attrs.field(eq=False, repr=False)


def _pattern_for(form: str) -> str:
    words = rx.split(r"[\s-]+", form)
    return r"[\s-]+".join(regex.escape(w) for w in words)


_COMPILED: dict[int, tuple[Any, ...]] = {}


def _compiled(
    lexicon: tuple[TriggerSpec, ...],
) -> tuple[_FirstWordIndex, Mapping[str, tuple[TriggerSpec, ...]]]:
    # Keyed by identity: hashing a lexicon of frozen specs on every call costs more than the
    # search. The lexicon is kept in the entry so that its id cannot be reused.
    hit = _COMPILED.get(id(lexicon))
    if hit is not None and hit[0] is lexicon:
        return hit[1], hit[2]
    built = _build_compiled(lexicon)
    if len(_COMPILED) > 32:
        _COMPILED.clear()
    _COMPILED[id(lexicon)] = (lexicon, *built)
    return built


class _FirstWordIndex:
    """Phrase search keyed by the first word: one dict look-up per word of the text, and a
    small anchored pattern only where a phrase can start (a single alternation of every
    phrase, case-insensitive, is several times slower)."""

    def __init__(self, phrases: Iterable[str]) -> None:
        by_first: dict[str, list[str]] = {}
        for phrase in phrases:
            by_first.setdefault(phrase.split(" ")[0], []).append(phrase)
        self._patterns = {
            first: regex.compile(
                r"(?<![\w-])(?:"
                + "|".join(_pattern_for(a) for a in sorted(group, key=len, reverse=True))
                + r")(?![\w-])",
                regex.IGNORECASE,
            )
            for first, group in by_first.items()
        }
        self._word = regex.compile(r"[A-Za-z]+")

    def finditer(self, text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
        last = start
        patterns = self._patterns
        for w in self._word.finditer(text, start, end):
            if w.start() < last:
                continue
            pattern = patterns.get(w.group().casefold())
            if pattern is None:
                continue
            m = pattern.match(text, w.start(), end)
            if m is not None:
                last = m.end()
                yield m


def _build_compiled(
    lexicon: tuple[TriggerSpec, ...],
) -> tuple[_FirstWordIndex, Mapping[str, tuple[TriggerSpec, ...]]]:
    table: dict[str, list[TriggerSpec]] = {}
    for spec in lexicon:
        for form in spec.forms:
            key = " ".join(rx.split(r"[\s-]+", form.casefold()))
            table.setdefault(key, []).append(spec)
    return _FirstWordIndex(table), MappingProxyType({k: tuple(v) for k, v in table.items()})


def find_triggers(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    lexicon: tuple[TriggerSpec, ...] = LEXICON,
) -> tuple[TriggerMatch, ...]:
    """All trigger matches in ``text[start:end]`` (longest match first, no overlaps).

    Context requirements of the lexicon (``needs``) are checked here; generic use is not (see
    :func:`assess`). A phrase listed under several kinds yields the match whose requirement holds.

    Args:
        text: The document text (offsets refer to it).
        start: Where to start.
        end: Where to stop (default: the end).
        lexicon: The trigger lexicon (default :data:`LEXICON`).

    Returns:
        The matches in text order.

    Examples:
        >>> [(t.kind, t.text) for t in find_triggers(
        ...     "Russia withdrew from the CFE Treaty; Trump described the call as excellent.")]
        [('treaty_withdrawal', 'withdrew from'), ('statement', 'described'), ('call', 'call')]
        >>> find_triggers("The plan failed.")
        ()
    """
    end = len(text) if end is None else end
    pattern, table = _compiled(lexicon)
    out: list[TriggerMatch] = []
    taken = SpanSet()
    if lexicon is LEXICON or any(sp is _WITHDRAW_SPEC for sp in lexicon):
        # a named party between the verb and the treaty: "withdrew Country X from the accord"
        for m in _withdraw_re().finditer(text, start, end):
            if taken.free(m.start("verb"), m.end("verb")) and _needs_ok(
                text, m.start("verb"), m.end("verb"), _WITHDRAW_SPEC
            ):
                taken.add(m.start("verb"), m.end("verb"))
                out.append(
                    TriggerMatch(
                        kind="treaty_withdrawal",
                        start=m.start("verb"),
                        end=m.end("verb"),
                        text=m.group("verb"),
                        spec=_WITHDRAW_SPEC,
                    )
                )
    if lexicon is LEXICON or any(sp is _ARMS_SPEC for sp in lexicon):
        for m in _arms_re().finditer(text, start, end):
            verb = m.group("verb") is not None
            head = "verb" if verb else "head"
            taken.add(m.start(head), m.end(head))
            out.append(
                TriggerMatch(
                    kind="arms_sale",
                    start=m.start(head),
                    end=m.end(head),
                    text=m.group(head),
                    spec=_ARMS_VERB if verb else _ARMS_SPEC,
                )
            )
    for m in pattern.finditer(text, start, end):
        key = " ".join(rx.split(r"[\s-]+", m.group().casefold()))
        specs = table.get(key, ())
        if len({sp.pos for sp in specs}) > 1:
            # "the successful meeting", "upcoming visits" are nouns; "was meeting with",
            # "Biden visits Kenya" verbs
            prev = _words_before(text, m.start(), 1)
            word = prev[0] if prev else ""
            low = _fold(word)
            if key.endswith("ing"):
                verbal = low in (
                    "is",
                    "are",
                    "was",
                    "were",
                    "be",
                    "been",
                    "am",
                    "while",
                    "after",
                    "before",
                    "when",
                    "by",
                )
            else:
                verbal = bool(word) and (
                    low
                    in (
                        "he",
                        "she",
                        "it",
                        "they",
                        "we",
                        "i",
                        "who",
                        "also",
                        "to",
                        "will",
                        "would",
                        "can",
                        "could",
                        "may",
                        "might",
                        "should",
                        "must",
                        "never",
                        "then",
                        "later",
                        "jointly",
                        "not",
                        "and",
                    )
                    or (
                        word[:1].isupper()
                        and low not in _DETERMINERS
                        and word not in _MONTH_NAMES
                        and not m.group()[:1].isupper()
                        # "the Pope's visit", "wrap up China visit": a bare form with no object
                        # after it on its line is the noun ("Biden visits Kenya" is the verb)
                        and not (
                            not key.endswith(("s", "ed", "ing"))
                            and not rx.match(r"[^\S\n]+(?:[A-Z]|the\b|an?\b)", text[m.end() :])
                        )
                    )
                    or low.endswith("ly")
                )
            specs = tuple(sorted(specs, key=lambda sp: (sp.pos == "verb") != verbal))
        for spec in specs:
            if _needs_ok(text, m.start(), m.end(), spec):
                if not taken.free(m.start(), m.end()):
                    break
                taken.add(m.start(), m.end())
                if spec is _TALKS_SPEC and _by_negotiators(text, m.start()):
                    spec = _NEGOTIATION_TALKS  # "negotiators resumed talks": a negotiation
                elif spec.needs == "person_object" and _hosts_negotiators(text, m.end()):
                    spec = _as_negotiation(spec)  # "hosted Hamas and Israeli negotiators"
                out.append(
                    TriggerMatch(
                        kind=spec.kind, start=m.start(), end=m.end(), text=m.group(), spec=spec
                    )
                )
                break
    out.sort(key=lambda t: t.start)
    return tuple(out)


_WITHDRAW_SPEC = TriggerSpec(
    kind="treaty_withdrawal", forms=("withdraw",), pos="verb", needs="treaty"
)


@functools.cache
def _withdraw_re() -> regex.Pattern[str]:
    return regex.compile(
        r"(?<![\w-])(?P<verb>withdr(?:aw|aws|awing|ew|awn)|pull(?:s|ed|ing)?)\s+"
        r"(?:the\s+)?(?:[A-Z][\w.'-]*\s+){1,3}(?:out\s+)?(?:from|of)\s+(?:the\s+)?"
        r"(?:[\w'-]+\s+){0,4}?(?:[Tt]reaty|[Aa]greement|[Aa]ccord|[Pp]act|[Cc]onvention|"
        r"Statute|Court|[Dd]eal)\b"
    )


# "the sale of 66 F-16 fighter jets", "to purchase 24 U.S. F-35s": arms sales named by their goods
_ARMS_SPEC = TriggerSpec(kind="arms_sale", forms=("sale", "purchase"), pos="noun")
_ARMS_VERB = TriggerSpec(kind="arms_sale", forms=("sell", "purchase"), pos="verb")
_WEAPONS = (
    r"(?:weapons|arms|missiles?|jets|fighter\s+jets|fighters|F-\d+[A-Z]?s?|tanks|drones|aircraft|"
    r"helicopters|howitzers|rockets|munitions|warships|frigates|submarines|air\s+defen[cs]e\s+"
    r"systems?|HIMARS|Patriots?|armou?red\s+vehicles|(?:infantry\s+)?fighting\s+vehicles|"
    r"(?:artillery|missile|rocket|radar|weapons?|defen[cs]e)\s+systems?|artillery|ammunition|"
    r"patrol\s+(?:boats|vessels|ships)|corvettes|destroyers|warplanes|interceptors)"
)

# "agreed to sell its radar systems business": a company changes hands, not weapons
_NOT_A_BUSINESS = (
    r"(?!\s+(?:business|businesses|unit|division|maker|makers|manufacturer|producer|company|"
    r"firm|plant|factory|operations|subsidiary|stake)\b)"
)


@functools.cache
def _arms_re() -> regex.Pattern[str]:
    return regex.compile(
        r"(?<![\w-])(?P<head>sales?|purchases?|acquisitions?|deliver(?:y|ies))\s+of\s+"
        rf"(?:[\w.$,\u2019'-]+\s+){{0,4}}?{_WEAPONS}(?![\w-]){_NOT_A_BUSINESS}"
        r"|(?<![\w-])(?P<verb>purchase|buy|acquire|sell|purchased|bought|acquired|sold)"
        rf"\s+(?:[\w.$,\u2019'-]+\s+){{0,4}}?{_WEAPONS}(?![\w-]){_NOT_A_BUSINESS}",
    )


# ---------------------------------------------------------------------------------------------
# context helpers

_WORD = LazyRegex(r"[\w\u2019'.-]+|[^\w\s]")
_CLAUSE_STOP = frozenset(";:\u2014\u2013()")
# where the words around a trigger stop: a clause mark or a lone sentence mark ("U.S." and
# "Feb." are words), and for some readings a comma
_STOPS = _CLAUSE_STOP | {".", "!", "?"}
_STOPS_COMMA = _STOPS | {","}


class _Tokens:
    """The tokens of a document (``_WORD``), found once and kept with their offsets, so that
    the words around each trigger are a slice rather than a new search.

    A token is a run of word characters (with apostrophes, periods and hyphens) or one other
    mark; a window that cuts a run keeps the part inside it, as a search of the window would.
    """

    __slots__ = ("_breaks", "_stops", "ends", "starts", "text", "words")

    def __init__(self, text: str) -> None:
        spans = [m.span() for m in _WORD.finditer(text)]
        self.text = text
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]
        self.words = [text[a:b] for a, b in spans]
        self._breaks: tuple[list[int], list[int]] | None = None
        self._stops: list[int] | None = None

    def last_break(self, lo: int, pos: int) -> int | None:
        """The end of the last sentence break (``_SENTENCE_BREAK``) that a search of
        ``text[lo:pos]`` finds, or None.

        The breaks are found once in the whole text: a search of the window finds those that
        start in it and whose next character (the look-ahead) lies before *pos*.
        """
        if self._breaks is None:
            spans = [m.span() for m in _SENTENCE_BREAK.finditer(self.text)]
            self._breaks = ([a for a, _ in spans], [b for _, b in spans])
        starts, ends = self._breaks
        i = bisect.bisect_left(ends, pos) - 1  # the last break whose look-ahead is inside
        return ends[i] if i >= 0 and starts[i] >= lo else None

    def sentence_mark(self, pos: int, reach: int) -> str | None:
        """The first sentence-ending mark (".", "!" or "?" before a space or the end) in
        ``text[pos:pos + reach]``, read as a search of that slice reads it: its last character
        counts as followed by the end."""
        if self._stops is None:
            self._stops = [m.start() for m in _SENTENCE_MARK.finditer(self.text)]
        text, last = self.text, pos + reach - 1
        i = bisect.bisect_left(self._stops, pos)
        if i < len(self._stops) and self._stops[i] < last:
            return text[self._stops[i]]
        return text[last] if last < len(text) and text[last] in ".!?" else None

    def before(self, lo: int, pos: int, n: int, stops: frozenset[str]) -> list[str]:
        """Up to *n* tokens of ``text[lo:pos]``, nearest first, up to the first one in *stops*."""
        return self._read(lo, pos, n, stops, backwards=True)

    def after(self, pos: int, hi: int, n: int, stops: frozenset[str]) -> list[str]:
        """Up to *n* tokens of ``text[pos:hi]``, nearest first, up to the first one in *stops*."""
        return self._read(pos, hi, n, stops, backwards=False)

    def _read(
        self, lo: int, hi: int, n: int, stops: frozenset[str], *, backwards: bool
    ) -> list[str]:
        """The tokens overlapping ``text[lo:hi]`` (cut to it), from either end.

        (A loop, not a generator: the words around each trigger are read several times, and
        resuming a generator for each token cost as much as the rest of the walk.)"""
        starts, ends, words, text = self.starts, self.ends, self.words, self.text
        first, stop = bisect.bisect_right(ends, lo), bisect.bisect_left(starts, hi)
        out: list[str] = []
        for i in range(stop - 1, first - 1, -1) if backwards else range(first, stop):
            a, b = starts[i], ends[i]
            tok = words[i] if a >= lo and b <= hi else text[max(a, lo) : min(b, hi)]
            if tok in stops:
                break
            out.append(tok)
            if len(out) >= n:
                break
        return out


@functools.lru_cache(maxsize=1)
def _tokens(text: str) -> _Tokens:
    # one document at a time, the one being read: its triggers ask for it again and again
    return _Tokens(text)


def _words_before(text: str, pos: int, n: int, *, stop_at_comma: bool = False) -> list[str]:
    """Up to *n* tokens before *pos*, nearest last, not crossing a clause boundary."""
    lo = max(0, pos - 12 * n - 20)
    line_start = text.rfind("\n", lo, pos)
    if line_start >= 0:
        lo = line_start + 1
    stops = _STOPS_COMMA if stop_at_comma else _STOPS
    return _tokens(text).before(lo, pos, n, stops)[::-1]


def _words_after(text: str, pos: int, n: int) -> list[str]:
    hi = min(len(text), pos + 12 * n + 20)
    line_end = text.find("\n", pos, hi)
    if line_end >= 0:
        hi = line_end
    return _tokens(text).after(pos, hi, n, _STOPS)


_TREATY_WORDS = LazyRegex(
    r"\b(?:(?:[Tt]reat(?:y|ies)|[Aa]greement|[Aa]ccord|[Pp]act|[Cc]onvention|[Mm]emorand(?:um|a)|"
    r"[Dd]eal|[Pp]rotocol|[Cc]harter)s?|New START|START|INF|JCPOA|CFE|NPT|[Oo]bligations|"
    r"Statute|Criminal\s+Court)\b"
)
_LIGHT_VERBS = frozenset(
    [
        "hold",
        "holds",
        "held",
        "holding",
        "conduct",
        "conducts",
        "conducted",
        "conducting",
        "have",
        "has",
        "had",
        "having",
        "convene",
        "convened",
        "host",
        "hosted",
        "hosting",
        "begin",
        "began",
        "begun",
        "launch",
        "launched",
        "continue",
        "continued",
        "continuing",
    ]
)
_ORDINALS = LazyRegex(
    r"\b(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|new|current|next|"
    r"previous|last|final|\d{4}\s*[-\u2013]\s*\d{2,4})\b",
    regex.IGNORECASE,
)


def _needs_ok(text: str, a: int, b: int, spec: TriggerSpec) -> bool:
    need = spec.needs
    if need is None:
        return _not_excluded(text, a, b, spec)
    if need == "light_verb":
        if text[a].isupper() and (
            rx.search(r"[A-Z][\w.&-]*\s+(?:and\s+)?$", text[max(0, a - 30) : a])
            or rx.match(r"\s+[A-Z]", text[b : b + 3])
        ):
            return False  # part of a name: "the Stock Exchange", "the Exchange Commission"
        # "held strategic stability consultations, defense-level dialogues and ...": a list
        before = [w.casefold() for w in _words_before(text, a, 12)]
        for i in range(len(before) - 1, -1, -1):
            if before[i] in _LIGHT_VERBS:
                return before[i + 1 :].count(",") <= 3
        return False
    if need == "continue":
        before = [w.casefold() for w in _words_before(text, a, 3)]
        return any(w.startswith(("continu", "resum")) for w in before)
    if need == "treaty":
        window = text[max(0, a - 60) : min(len(text), b + 80)]
        # a truce or ceasefire counts only as the object or subject: "extended the truce",
        # "the ceasefire expired" (not any verb in a story about a ceasefire)
        return (
            bool(_TREATY_WORDS.search(window))
            or bool(_TREATY_OBJECT.match(text, b, min(len(text), b + 90)))
            or bool(_TREATY_SUBJECT.search(text, max(0, a - 60), a))
        )
    if need == "name":
        return bool(
            rx.search(r"(?:[A-Z][\w-]*|\d+(?:st|nd|rd|th))\s+$", text[max(0, a - 30) : a])
        ) and (text[a].isupper())
    if need == "ordinal":
        before = " ".join(_words_before(text, a, 3))
        return bool(_ORDINALS.search(before)) and bool(
            rx.search(r"\b(?:as|of)\b|\(", " ".join(_words_after(text, b, 3)))
        )
    if need == "with":
        after = [w.casefold() for w in _words_after(text, b, 3)]
        return (
            bool(after)
            and (
                after[0] in ("with", "to")
                or (len(after) > 1 and after[1] in ("with", "to") and after[0].endswith("ly"))
                or (len(after) > 1 and after[1] in ("with",))
            )
            and "about" not in after[:1]
        )
    if need == "person_object":
        # "received the visiting Italian leader", "hosted Prime Minister X"; not "received a
        # letter", nor "will host X for a state visit" (the visit is the event)
        obj = text[b : b + 70]
        person = rx.match(
            r"\s+(?:his\s+|her\s+|their\s+|the\s+)?(?:[A-Z][\w.-]*\s+){0,2}(?:President|Prime\s+"
            r"Minister|Premier|Chancellor|King|Queen|Crown\s+Prince|Emir|Sheikh|Sultan|leader|"
            r"counterpart|Secretary|Minister|delegation|envoy|ambassador|Pope)\b"
            # "hosted the prime ministers of Italy, Canada and Belgium"
            r"|\s+(?:the\s+)?(?:(?:prime|foreign|defen[cs]e|finance)\s+)?(?:ministers|presidents|"
            r"leaders|heads\s+of\s+(?:state|government)|premiers|chancellors|counterparts)\s+"
            r"(?:of|from)\s+[A-Z]",
            obj,
        )
        if person is None:
            # a public figure named without a title: "hosted Scholz in Pretoria"
            name = rx.match(r"\s+([A-Z][\w-]+)(?:\s+([A-Z][\w-]+))?", obj)
            if name is not None and _known_person(name.group(1), name.group(2)):
                person = name
        if person is None:
            # envoys of named parties: "hosted Hamas and Israeli negotiators", "received a
            # delegation from the Taliban"
            person = _party_envoys(text, b)
        return bool(person) and not rx.search(r"\bvisit\b", text[b : b + 120], regex.IGNORECASE)
    if need == "call_object":
        return _calls_someone(text, a, b)
    if need == "with_actor":
        return bool(
            rx.match(
                r"\s+with\s+(?:the\s+|his\s+|her\s+|my\s+|our\s+|their\s+)?"
                r"(?:\w+\s+)?[A-Z]",
                text[b : b + 60],
            )
        )
    if need == "strike_object":
        # "warplanes struck militant positions", "a missile hit a building"; not "struck a deal",
        # "hit a record"
        obj = rx.match(
            r"\s+(?:(?:a|an|the|its|their|several|multiple|\d+)\s+)?([\w-]+)", text[b : b + 40]
        )
        if obj is None:
            return False
        word = obj.group(1).casefold()
        before = text[max(0, a - 40) : a].casefold()
        military = rx.search(
            r"(?:jets?|aircraft|drones?|missiles?|rockets?|forces|troops|army|"
            r"military|warplanes?|artillery|airstrikes?|navy)\W*(?:\w+\W+){0,2}$",
            before,
        )
        if not military:
            # no armed subject: the object must be a military target ("Israel struck nuclear
            # facilities", "Russia pounded energy infrastructure") or a country or capital
            # struck by a state or armed group ("Ukraine struck Moscow"); nature is no
            # attacker ("an earthquake struck the region")
            if _NATURAL_FORCE.search(text, max(0, a - 40), a):
                return False
            if _MILITARY_TARGET.match(text, b, min(len(text), b + 70)):
                return True
            if _SETTLEMENT_TARGET.match(text, b, min(len(text), b + 60)):
                # "Israel bombed the Lebanese capital", "Russia pounded the city of Sumy"
                return text[a:b].casefold() != "hit" and _state_subject(text, a)
            place = rx.match(r"\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)", text[b : b + 40])
            return (
                place is not None
                and text[a:b].casefold() != "hit"
                and (
                    _is_state(rx.sub(r"[\u2019']s$", "", place.group(1)))
                    or _is_state(place.group(1).rstrip("."))
                )
                and _state_subject(text, a)
            )
        return word not in (
            "deal",
            "agreement",
            "balance",
            "chord",
            "tone",
            "record",
            "note",
            "bargain",
            "compromise",
        )
    if need == "weapon_object":
        return bool(
            rx.match(
                r"\s+(?:(?:a|an|the|its|their|two|three|several|multiple|more|dozens\s+of|"
                r"hundreds\s+of|\d+)\s+)?(?:[\w-]+\s+){0,3}(?:missiles?|rockets?|shells?|"
                r"drones?|torpedo(?:es)?|artillery|attacks?|strikes?|airstrikes?|offensive|"
                r"invasion|raids?|assault|bombs?)\b",
                text[b : b + 70],
                regex.IGNORECASE,
            )
        )
    if need == "attack_object":
        window = text[b : b + 40].casefold()
        before_w = text[max(0, a - 30) : a].casefold()
        return bool(
            rx.match(
                r"\s+(?:this|that|the|an|its|their)\s+(?:\w+\s+)?(?:attacks?|assault|"
                r"strikes?|missiles?|drones?)\b",
                window,
            )
        ) or bool(rx.search(r"(?:attacks?|assault|strikes?)\s+(?:was|were)\s+$", before_w))
    if need == "object":
        after = _words_after(text, b, 1)
        return bool(after) and after[0][:1].isupper()
    if need == "to":
        after = [w.casefold() for w in _words_after(text, b, 1)]
        return after[:1] == ["to"]
    if need == "as":
        after = [w.casefold() for w in _words_after(text, b, 10)]
        return "as" in after
    if need == "place":
        return bool(rx.match(r"\s+(?:the\s+)?[A-Z]", text[b : b + 8]))
    if need == "press":
        return bool(
            rx.match(
                r"\s+(?:reporters|journalists|the\s+press|"
                r"(?:a|an|the)\s+(?:(?:regular|daily|weekly|joint|televised)\s+)?"
                r"(?:news|press|media)\s+(?:conference|briefing)|"
                r"parliament|lawmakers|state\s+(?:media|television)|"
                r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s+"
                r"(?:newspaper|news\s+agency|television))",
                text[b : b + 50],
            )
        )
    if need == "social":
        window = text[max(0, a - 40) : min(len(text), b + 80)].casefold()
        return any(
            w in window
            for w in (
                "social media",
                "truth social",
                "on x",
                "twitter",
                "facebook",
                "telegram",
                "instagram",
                "weibo",
                "platform",
            )
        )
    if need == "anniversary":
        return "anniversary" in text[b : b + 60].casefold() or bool(
            rx.match(r"\s+\d+\s+years\b", text[b : b + 20])
        )
    if need == "sanction_context":
        # the document is about sanctions: the word occurs before (or just after) the trigger
        window = text[max(0, a - 5000) : min(len(text), b + 200)].casefold()
        return "sanction" in window and bool(
            rx.match(
                r"\s+(?:to\s+(?:\w+\s+){0,2}(?:target|hold|punish|restrict|penali)|against|"
                r"targeting|on\s+[A-Z]|today|also)",
                text[b : b + 40],
            )
        )
    if need == "welcome_to":
        return bool(
            rx.match(r"\s+(?:[\w.\u2019'-]+\s+){1,7}?to\s+(?:the\s+)?[A-Z]", text[b : b + 90])
        )
    if need == "years_since":
        # "to mark 30 years since the ceasefire", "marking two years since the war began"
        return bool(rx.match(r"\s+(?:the\s+)?(?:\w+\s+)?years?\s+since\b", text[b : b + 40]))
    if need == "sanction":
        return "sanction" in text[b : b + 60].casefold()
    if need == "treaty_object":
        # "inked a free trade agreement", "ratification of the accord"; or the passive "the
        # pact was ratified"
        return bool(_TREATY_OBJECT.match(text, b, min(len(text), b + 90))) or bool(
            _TREATY_PASSIVE.search(text, max(0, a - 60), a)
        )
    if need == "treaty_subject":
        # "the deal runs out on", "the accord is due to run out in"
        return bool(_TREATY_SUBJECT.search(text, max(0, a - 60), a))
    if need == "money_object":
        return bool(_MONEY_OBJECT.match(text, b, min(len(text), b + 60)))
    if need == "armed":
        return _armed_context(text, a, b)
    if need == "territory_object":
        return bool(_TERRITORY_OBJECT.match(text, b, min(len(text), b + 60))) and _armed_context(
            text, a, b, strict=True
        )
    if need == "aircraft_object":
        return bool(_AIRCRAFT_OBJECT.match(text, b, min(len(text), b + 60)))
    if need == "object_or_target":
        return bool(_TARGET_OBJECT.match(text, b, min(len(text), b + 50)))
    if need == "tour_object":
        return bool(_TOUR_OBJECT.match(text, b, min(len(text), b + 60)))
    if need == "tour_of":
        return bool(rx.match(r"\s+(?:of|to|through)\s+(?:the\s+)?[A-Z]", text[b : b + 30]))
    if need == "agreed_object":
        if _AGREED_OBJECT.match(text, b, min(len(text), b + 70)):
            return True
        # "agreed on Wednesday to a ceasefire": a day between the verb and what was agreed
        verb_end = a + len(text[a:b].split()[0])
        when = _AGREED_WHEN.match(text, verb_end, min(len(text), verb_end + 40))
        return when is not None and bool(
            _AGREED_OBJECT.match(text, when.end(), min(len(text), when.end() + 70))
        )
    if need == "sanction_target":
        # "blacklisted 20 entities", "blacklisted Chinese firms"; not "blacklisted a website"
        return bool(_SANCTION_TARGET.match(text, b, min(len(text), b + 60)))
    if need == "policy_object":
        # "unveiled a $10 billion aid package", "unveiled new sanctions"; not a product launch
        return bool(_POLICY_OBJECT.match(text, b, min(len(text), b + 80)))
    if need == "between":
        # "mediated talks between", "mediation between Israel and Hamas"
        return bool(_MEDIATION_OBJECT.match(text, b, min(len(text), b + 60)))
    return True


# The words that name a treaty, agreement or truce, as the head of a noun phrase.
_TREATY_HEAD = (
    r"(?:treaty|treaties|agreements?|accords?|pacts?|conventions?|memorandum|deals?|protocols?|"
    r"charter|truce|ceasefire|cease-fire|armistice|moratorium|arrangements?|statute|compact|"
    r"(?-i:New\s+START|START|INF|JCPOA|NPT|CFE|CTBT|USMCA))"
)
# up to five words of the object before its head: "a free trade", "the 2015 Iran nuclear";
# not across a subordinate clause or another preposition ("concluded that the agreement",
# "left the meeting without an agreement")
_OBJECT_WORDS = (
    r"(?:(?!(?:that|which|who|whether|if|because|after|before|when|while|but|with|without|"
    r"for|on|to|in|at|from|by|over|during|as|and|despite|amid|under|until|into|against|since|"
    r"through|across|toward|towards|following|than|not|no)\b)[\w$,\u2019'.-]+\s+){0,5}?"
)
_TREATY_OBJECT = LazyRegex(rf"\s+{_OBJECT_WORDS}{_TREATY_HEAD}\b(?![\u2019']s\b)", regex.IGNORECASE)
_TREATY_PASSIVE = LazyRegex(
    rf"\b{_TREATY_HEAD}\s+(?:(?:was|were|is|are|has|have|had|been|be|will|would|formally|"
    r"finally|officially|not)\s+){1,3}$",
    regex.IGNORECASE,
)
_TREATY_SUBJECT = LazyRegex(
    rf"\b{_TREATY_HEAD}\s+(?:(?:will|would|could|is|was|set|due|to|has|had|expected|"
    r"finally|formally|quietly)\s+){0,3}$",
    regex.IGNORECASE,
)
_MONEY_OBJECT = LazyRegex(
    r"\s+(?:[\w-]+\s+){0,3}?(?:(?:US|U\.S\.|A|C)?\$|€|£|¥|\d[\d.,]*\s*"
    r"(?:million|billion|trillion|bn)\b|\d[\d.,]*\s+(?:euros|dollars|pounds|yen|yuan))",
    regex.IGNORECASE,
)
_ARMED_WORDS = LazyRegex(
    r"\b(?:troops|forces|soldiers|militants|militias?|rebels|fighters|insurgents|army|armies|"
    r"military|armed|gunmen|guerrillas|jihadists|navy|marines|artillery|gunfire|rockets|"
    r"missiles|drones|deadly|killed|dead|wounded|casualties|ceasefire|truce|frontline|"
    r"front\s+line|border)\b",
    regex.IGNORECASE,
)
_COMBATANTS = LazyRegex(
    r"\b(?:troops|soldiers|army|armies|militants|militias?|rebels|fighters|insurgents|"
    r"guerrillas|jihadists|marines|Houthis|Hamas|Hezbollah|Taliban)\b",
    regex.IGNORECASE,
)
_STRICT_ARMED_WORDS = LazyRegex(
    r"\b(?:troops|forces|soldiers|militants|militias?|rebels|fighters|insurgents|army|"
    r"military|gunmen|guerrillas|jihadists|navy|marines|Houthis|Hamas|Hezbollah|Taliban)\b",
    regex.IGNORECASE,
)
# police, crowds and sport: a clash or raid that is no use of armed force
_CIVIL_WORDS = LazyRegex(
    r"\b(?:police|protesters|protestors|demonstrators|rioters|fans|supporters|students|"
    r"FBI|agents|investigators|prosecutors|customs|tax)\b",
    regex.IGNORECASE,
)


def _armed_context(text: str, a: int, b: int, *, strict: bool = False) -> bool:
    """Whether the words around a trigger speak of armed force: "troops clashed", "deadly
    clashes", "a raid by special forces"; not "police clashed with protesters", nor "the two
    leaders clashed over tariffs"."""
    lo = max(0, a - 80)
    hi = min(len(text), b + 80)
    stop = max(text.rfind(". ", lo, a), text.rfind("\n", lo, a))
    lo = stop + 1 if stop >= 0 else lo
    end = text.find(". ", b, hi)
    hi = end if end >= 0 else hi
    words = _STRICT_ARMED_WORDS if strict else _ARMED_WORDS
    if not words.search(text, lo, hi):
        return False
    if _CIVIL_WORDS.search(text, lo, hi):
        # police or security forces against crowds: no armed conflict unless combatants
        # are named ("troops clashed with protesters" stays an armed action)
        return bool(_COMBATANTS.search(text, lo, hi))
    return True


_MILITARY_TARGET = LazyRegex(
    r"\s+(?:(?:a|an|the|its|their|several|multiple|dozens\s+of|\d+|two|three|four|five|"
    r"[A-Z][\w.-]*(?:[\u2019']s)?)\s+){0,3}(?:[\w-]+\s+){0,2}?(?:targets?|positions?|bases?|"
    r"air\s+bases?|suburbs?|neighbou?rhoods?|districts?|villages?|towns?|cities|buildings?|homes|"
    r"airfields?|depots?|facilities|facility|sites?|installations?|infrastructure|refiner(?:y|ies)|"
    r"(?:power|energy)\s+(?:grid|plants?|stations?)|grid|headquarters|command\s+centers?|"
    r"command\s+centres?|launchers?|convoys?|compounds?|strongholds?|hideouts?|tunnels?|"
    r"airports?|ports?|bridges?|barracks|warships?|vessels?)\b"
)
_SETTLEMENT_TARGET = LazyRegex(
    r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:capital|city|town|village|port|outskirts|suburbs?|"
    r"cent(?:er|re)|heart)\b"
)
_STATE_SUBJECT = LazyRegex(
    r"(?<![\w.-])([A-Z][\w.-]*?)\.?(?:\s+(?:also|then|later|again|reportedly|repeatedly|has|have|"
    r"had))?\s+$"
)


def _is_state(name: str) -> bool:
    """Whether *name* is a country or capital of the default gazetteer."""
    from timeline.extraction.actors import GAZETTEER  # here: actors imports this module

    return name in GAZETTEER.countries or name in GAZETTEER.capitals


def _state_subject(text: str, a: int) -> bool:
    """Whether a country, capital or armed group is the subject right before *a*: "Israel
    struck", "Ukraine also struck", "the U.S. struck", "Hezbollah shelled"."""
    from timeline.extraction.actors import GAZETTEER  # here: actors imports this module

    m = _STATE_SUBJECT.search(text, max(0, a - 40), a)
    if m is None:
        return False
    word = m.group(1)
    return _is_state(word) or _is_state(word + ".") or word in GAZETTEER.organisations


# The object of a phone call: a title and a name ("Chinese Premier Li Qiang"), a counterpart,
# or a bare name (checked against the gazetteer); what follows it must not make "called" a
# verb of naming ("called Putin a war criminal", "called Kyiv's move reckless").
_CALL_OBJECT = LazyRegex(
    r"\s+(?:(?:his|her|their)\s+(?:[A-Z][\w.-]*\s+)?counterparts?"
    r"|(?:[A-Z][\w.-]*[\u2019']s\s+)?(?:(?:[A-Z][\w.-]*|U\.S\.)\s+){0,3}?"
    r"(?:President|Vice\s+President|Prime\s+Minister|"
    r"Premier|Chancellor|King|Queen|Crown\s+Prince|Emir|Sheikh|Sultan|Pope|Secretary(?:\s+of\s+"
    r"State)?|(?:Foreign|Defen[cs]e|Finance)\s+Minister|Minister|Secretary-General|leader)"
    r"(?:\s+[A-Z][\w.\u2019'-]*){1,3}"
    r"|(?P<name>[A-Z][\w.-]*)(?:\s+(?P<second>[A-Z][\w.-]*)(?:\s+[A-Z][\w.-]*)?)?)"
    r"(?=\s*(?:[,.;:]|$)|\s+(?:on|to|in|at|from|by|after|before|over|about|ahead|amid|during|"
    r"following|and|late|early|last|this|earlier|yesterday|today|overnight|again|twice|shortly|"
    r"soon|later|back|separately|directly|personally|of|"
    r"for|while|as|who|with|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)


def _calls_someone(text: str, a: int, b: int) -> bool:
    """Whether the verb "call" at ``[a, b)`` is a phone call to someone: "Albanese called
    Chinese Premier Li Qiang on Wednesday" (not "called on X to", "called for", "called it",
    "what he called Russia's aggression", "a man called Smith", "so-called")."""
    m = _CALL_OBJECT.match(text, b, min(len(text), b + 90))
    if m is None:
        return False
    before = [w.casefold() for w in _words_before(text, a, 4)]
    if before[-1:] and (
        before[-1] in ("is", "are", "was", "were", "be", "been", "being", "so", "-")
        or before[-1].endswith(("so-", "-"))
    ):
        return False  # naming: "a town called Bucha", "is called", "so-called"
    if "what" in before or text[max(0, a - 3) : a].endswith("-"):
        return False  # "what he called Russia's aggression", "so-called"
    name = m.group("name")
    if name is None:
        return True
    if rx.match(r"[\u2019']s\b", text[m.end() : m.end() + 3]):
        return False
    second = m.group("second")
    return _known_person(name, second) or _is_state(name) or _is_state(f"{name} {second}")


# A group sent by named parties, as the object of "host"/"receive": "Hamas and Israeli
# negotiators", "Ukrainian and U.S. officials", "a delegation from the Taliban", "leaders of
# Central Asian countries" (the parties before the group, or after from/of).
_PARTY_ENVOYS = LazyRegex(
    r"\s+(?:(?:a|an|the|two|rival|senior|top|visiting|high-level|high-ranking)\s+)*"
    r"(?P<parties>(?:(?:[A-Z][\w.\u2019'-]*)(?:\s*,\s*|\s+and\s+|\s+)){1,6})?"
    r"(?:(?:senior|top|high-level|high-ranking|visiting|rival|peace|trade|military|government|"
    r"security|business|foreign|defen[cs]e|finance)\s+){0,2}"
    r"(?P<role>delegations?|negotiators?|officials|leaders|ministers|envoys|representatives|"
    r"diplomats|mediators|counterparts|heads\s+of\s+(?:state|government)|lawmakers|"
    r"commanders|generals)\b"
    r"(?P<from>\s+(?:from|of|representing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[A-Z])?"
)


def _party_envoys(text: str, b: int) -> regex.Match[str] | None:
    """The envoys of named parties that a "hosted"/"received" at *b* takes as its object."""
    m = _PARTY_ENVOYS.match(text, b, min(len(text), b + 120))
    if m is None or not (m.group("parties") or m.group("from")):
        return None
    return m


@functools.cache
def _as_negotiation(spec: TriggerSpec) -> TriggerSpec:
    """The negotiation twin of a meeting spec ("hosted ... negotiators": a negotiation)."""
    return attrs.evolve(spec, kind="negotiation")


def _hosts_negotiators(text: str, b: int) -> bool:
    """Whether the object of "hosted" at *b* is a group of negotiators."""
    m = _party_envoys(text, b)
    return m is not None and m.group("role").startswith("negotiator")


def _known_person(first: str, second: str | None) -> bool:
    """Whether "First [Second]" is a public figure of the default gazetteer (by surname or
    full name)."""
    from timeline.extraction.actors import GAZETTEER  # here: actors imports this module

    by_first, by_surname = GAZETTEER.people_index
    full = f"{first} {second}" if second else first
    return first in by_surname or any(f.startswith(full) for f in by_first.get(first, ()))


_NATURAL_FORCE = LazyRegex(
    r"\b(?:earthquake|quake|storm|typhoon|hurricane|cyclone|tornado|flood|floods|tsunami|"
    r"wildfire|lightning|heatwave|virus|pandemic|epidemic|crisis|recession|tariffs?)\b",
    regex.IGNORECASE,
)
_TERRITORY_OBJECT = LazyRegex(
    r"\s+(?:(?:full\s+|effective\s+)?control\s+(?:of|over)\s+)?(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?"
    r"(?:town|city|village|port|settlement|airport|air\s+base|base|region|hill|bridge|capital|"
    r"territory|district|province|oil\s+field|border\s+crossing|vessel|ship|tanker|positions?)"
    r"\b|[A-Z])"
)
_AIRCRAFT_OBJECT = LazyRegex(
    r"\s+(?:[\w-]+\s+){0,3}?(?:drones?|missiles?|jets?|planes?|aircraft|helicopters?|"
    r"balloons?|rockets?|warplanes?|fighters?|UAVs?|projectiles?)\b",
    regex.IGNORECASE,
)
_TARGET_OBJECT = LazyRegex(
    r"\s+(?:the\s+)?(?:[A-Z]|(?:[\w-]+\s+){0,2}(?:city|cities|town|towns|village|villages|"
    r"positions?|targets?|areas?|region|port|capital|bases?|front|coast|enclave|strip)\b)"
)
_TOUR_OBJECT = LazyRegex(
    r"\s+(?:the\s+)?(?:[A-Z]|(?:[\w-]+\s+){0,3}(?:region|regions|area|areas|site|city|town|"
    r"front|front\s+line|frontline|border|base|facility|plant|factory|camp|country|province|"
    r"district|zone|port|shipyard|hospital|ruins)\b)"
)
# the day between "agreed" and what was agreed: "agreed on Wednesday to", "agreed late
# Tuesday on"
_AGREED_WHEN = LazyRegex(
    r"\s+(?:(?:on|late|early|last|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|today|yesterday|week|night|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|"
    r"Nov|Dec)[a-z]*\.?\s+\d{1,2})(?:\s+(?:night|morning|evening|afternoon))?,?\s+(?:to|on)(?=\s)"
)
_AGREED_OBJECT = LazyRegex(
    r"\s+(?:an?|the|a\s+new|new)\s+(?:(?!(?:for|of|to|on|with|in|at|by)\b)[\w$.,-]+\s+){0,3}?"
    r"(?:ceasefire|cease-fire|truce|armistice|peace\s+(?:deal|agreement|accord|plan)|"
    r"(?:trade|nuclear|security|defen[cs]e|framework|prisoner\s+exchange|minerals?)\s+"
    r"(?:deal|agreement|accord|pact))\b"
)
_SANCTION_TARGET = LazyRegex(
    r"\s+(?:[\w$.,\u2019'-]+\s+){0,3}?(?:entities|companies|firms|individuals|banks|officials|"
    r"oligarchs|vessels|tankers|networks|people|persons|businesses|[A-Z])"
)
_POLICY_OBJECT = LazyRegex(
    r"\s+(?:[\w$.,\u2019'-]+\s+){0,5}?(?:plans?|package|sanctions|measures|strategy|proposals?|"
    r"budget|policy|policies|aid|deal|initiative|programme|program|framework|roadmap|tariffs|"
    r"reforms?|bill|law|legislation|doctrine|rules|restrictions|export\s+controls|"
    r"peace\s+plan|blueprint|agenda|fund)\b",
    regex.IGNORECASE,
)
_MEDIATION_OBJECT = LazyRegex(
    r"(?:\s+[\w-]+){0,4}?\s+between\s|\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:talks|"
    r"negotiations|ceasefire|truce|deal|agreement|accord)\b",
    regex.IGNORECASE,
)


def _not_excluded(text: str, a: int, b: int, spec: TriggerSpec) -> bool:
    low = text[a:b].casefold()
    after = [w.casefold() for w in _words_after(text, b, 2)]
    before = [w.casefold() for w in _words_before(text, a, 2)]
    if spec.kind == "call" and spec.forms[0] == "call":
        # "called on Russia to", "call for", "so-called", "a call to action", verb uses
        if after[:1] and after[0] in ("on", "for", "upon", "of"):
            # "called on Russia to", "calls for restraint"; but "a call on Monday" is dated
            dated = after[0] == "on" and bool(
                rx.match(r"\s+on\s+(?:the\s+)?(?:\d|" + _day_or_month() + r")", text[b : b + 20])
            )
            if not dated:
                return False
        if after[:1] == ["to"]:
            return _followed_by_actor(text, b)  # "a call to Trump", not "a call to action"
        if before[-1:] == ["so"]:
            return False
        return low in ("call", "calls") and (
            bool(before)
            and (
                before[-1] in _DETERMINERS
                or before[-1].endswith(("'s", "\u2019s"))
                or "-" in before[-1]
                or before[-1][:1].isupper()
                # an adjective: "a brief call", "a lengthy call", "a constructive call"
                or before[-1] in _ADJECTIVES
                or before[-1] in _CALL_ADJECTIVES
                or (before[-1].endswith(_ADJ_SUFFIXES) and not before[-1].endswith("ing"))
            )
        )
    if (
        spec.kind == "military_action"
        and before[-1:]
        and before[-1]
        in (
            "heart",
            "panic",
            "asthma",
            "anxiety",
            "shark",
            "dog",
            "cyber",
            "hacker",
            "verbal",
            "personal",
            "political",
        )
    ):
        return False  # "a heart attack", "a panic attack", "a political attack"
    if (
        spec.kind == "military_action"
        and low == "war"
        and after[:1]
        and (after[0].rstrip(".") in _NOT_A_WAR)
    ):
        return False  # "a war criminal", "war crimes", "a war chest": no war reported
    if (
        spec.kind == "military_action"
        and low == "war"
        and before[-1:] == ["of"]
        and before[-2:-1]
        and before[-2] in _X_OF_WAR
    ):
        return False  # "prisoners of war", "the laws of war": no war reported
    if (
        spec.kind == "military_action"
        and low in ("war", "wars")
        and before
        and before[-1].rstrip(",") in _FIGURATIVE_WARS
    ):
        return False  # "their trade war", "a price war", "the culture wars": no fighting
    if spec.kind == "military_action" and low.startswith("strike"):
        labour = {
            "miners",
            "miners'",
            "workers",
            "workers'",
            "general",
            "hunger",
            "labor",
            "labour",
            "union",
            "teachers",
            "teachers'",
            "rail",
            "nurses",
            "doctors",
            "dock",
            "transit",
            "national",
            "nationwide",
            "wildcat",
        }
        if before[-1:] and before[-1] in labour:
            return False  # a labour strike
        return not (after[:1] and after[0] in ("a", "an", "the", "deal", "balance", "by"))
    if spec.kind == "visit" and low.startswith("visit"):
        # "visiting professor" is rare in news; "visit" as a verb wants an object
        return True
    if (
        spec.kind == "meeting"
        and spec.pos == "verb"
        and rx.match(
            r"\s+(?:the|its|their|our|his|her|all|these|those|a|an)?\s*(?:[\w-]+\s+){0,2}"
            r"(?:needs|demands|requirements|targets?|goals?|criteria|standards?|deadlines?|"
            r"obligations|expectations|conditions|tests?|threshold|quota|challenges?|costs?|"
            r"payments?|commitments?|estimates?|forecasts?)\b",
            text[b : b + 60],
        )
    ):
        return False  # "meeting the needs of", "met the deadline": to satisfy, not to meet
    if (
        spec.kind == "meeting"
        and low == "meeting"
        # "meeting the needs of", "meeting targets": a verb with a non-person object
        and before[-1:]
        and before[-1] in ("by", "of", "in", "at")
        and after[:1]
        and after[0] in ("the", "its", "their", "our")
    ):
        return False
    if spec.kind == "period" and low == "plan":
        return True
    if spec.kind == "sanction" and spec.pos == "verb" and low in ("sanction",):
        return False
    if spec.kind == "military_action" and low in ("attack", "attacks") and after[:1] == ["on"]:
        return True
    return True


# the nouns before "war" in its figurative senses
_FIGURATIVE_WARS = frozenset(
    [
        *("trade", "tariff", "price", "currency", "culture", "cultural", "bidding", "turf"),
        *("propaganda", "information", "legal", "political", "media", "cyber", "chip", "tech"),
        *("format", "console", "streaming", "talent", "subsidy", "pricing", "fare"),
    ]
)
# nouns that "war" modifies without naming a war
_X_OF_WAR = frozenset(["prisoners", "prisoner", "laws", "law", "rules", "spoils", "fog", "art"])
_NOT_A_WAR = frozenset(
    [
        *("criminal", "criminals", "crime", "crimes", "chest", "games", "game", "room"),
        *("cabinet", "veteran", "veterans", "widow", "widows", "hero", "heroes", "footing"),
        *("correspondent", "correspondents", "rhetoric", "memorial", "cemetery", "graves"),
    ]
)

# adjectives with no adjective suffix that news puts before "call"
_CALL_ADJECTIVES = frozenset(
    {"timely", "lengthy", "friendly", "hourlong", "tense", "good", "great", "rare", "late"}
)


@functools.cache
def _day_or_month() -> str:
    """An alternation of weekday and month names (full and abbreviated)."""
    return "(?:" + "|".join((*WEEKDAYS, *MONTHS_FULL, *MONTHS_ABBR)) + r")\b"


def _followed_by_actor(text: str, b: int) -> bool:
    return bool(rx.match(r"\s+to\s+(?:[A-Z]|the\s+[A-Z])", text[b : b + 30]))


# ---------------------------------------------------------------------------------------------
# modality

_MONTH_NAMES = frozenset((*MONTHS_FULL, *MONTHS_ABBR))


def _folded_after(text: str, b: int) -> list[str]:
    """The four words after a trigger ending at *b*, folded (read by assess only where a test
    needs them)."""
    return [_fold(w) for w in _words_after(text, b, 4)]


def _fold(word: str) -> str:
    """A token folded to lower case for the word lists, except the month "May": capitalised, it
    is never the modal "may" in news ("visited Beijing in May and met", "on May 5")."""
    return word if word == "May" else word.casefold()


_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "whose",
        "which",
        "what",
        "another",
        "each",
        "every",
        "such",
        "both",
    ]
)
_INDEFINITE = frozenset({"a", "an", "any", "every", "each", "no"})
_MODALS = frozenset(
    [
        "can",
        "cannot",
        "can't",
        "could",
        "couldn't",
        "may",
        "might",
        "must",
        "should",
        "shouldn't",
        "would",
        "wouldn't",
        "will",
        "won't",
        "shall",
    ]
)
_NEGATORS = frozenset(
    [
        "not",
        "no",
        "never",
        "n't",
        "without",
        "nor",
        "neither",
        "didn't",
        "don't",
        "doesn't",
        "hasn't",
        "haven't",
        "wasn't",
        "weren't",
        "isn't",
        "aren't",
    ]
)
_HABITUAL = frozenset(
    ["regularly", "often", "usually", "frequently", "routinely", "occasionally", "sometimes"]
)
_HYPO = frozenset(["if", "unless", "whether", "would", "could", "might", "should"])
_PLAN_ADJ = frozenset(
    [
        "upcoming",
        "forthcoming",
        "planned",
        "proposed",
        "propose",
        "proposes",
        "scheduled",
        "expected",
        "future",
        "next",
        "prospective",
        "possible",
        "potential",
    ]
)
_MOTION_PAST = frozenset(
    ["travelled", "traveled", "flew", "went", "arrived", "came", "headed", "returned", "landed"]
)
_MOTION_BASE = frozenset(["travel", "fly", "go", "arrive", "come", "head", "return", "land"])
_INTENT = frozenset(
    [
        "plan",
        "plans",
        "planned",
        "planning",
        "intend",
        "intends",
        "intended",
        "intent",
        "intention",
        "agree",
        "agreed",
        "agrees",
        "decide",
        "decided",
        "decision",
        "expected",
        "expects",
        "going",
        "set",
        "aim",
        "aims",
        "aimed",
        "want",
        "wants",
        "wanted",
        "hope",
        "hopes",
        "hoped",
        "seek",
        "seeks",
        "sought",
        "promise",
        "promised",
        "vow",
        "vowed",
        "pledge",
        "pledged",
        "threaten",
        "threatened",
        "scheduled",
        "due",
        "ready",
        "prepared",
        "invited",
        "invite",
        "proposed",
        "propose",
        "offered",
        "offer",
        "will",
        "would",
        "continue",
        "continues",
        "move",
        "moved",
        "moves",
        "try",
        "tried",
        "attempt",
    ]
)
_PREPOSITIONS = frozenset(
    ["for", "of", "to", "in", "on", "at", "with", "by", "from", "over", "against", "about", "into"]
)
_PLAN_VERBS = frozenset(
    [
        "pursue",
        "hold",
        "sign",
        "host",
        "visit",
        "continue",
        "begin",
        "start",
        "launch",
        "resume",
        "convene",
        "attend",
        "make",
        "have",
        "conduct",
        "negotiate",
        "discuss",
        "impose",
        "announce",
        "issue",
        "provide",
        "hold",
        "join",
    ]
)
_EPISODIC_VERBS = frozenset(
    [
        "held",
        "continue",
        "continued",
        "resume",
        "resumed",
        "hold",
        "holds",
        "holding",
        "conducted",
        "had",
        "imposed",
        "imposing",
        "impose",
        "announced",
        "announcing",
        "launched",
        "launching",
        "issued",
        "issuing",
        "approved",
        "approving",
        "new",
        "unprecedented",
        "additional",
        "further",
        "fresh",
        "sat",
        "began",
        "opened",
        "wrapped",
        "concluded",
        "attended",
        "joined",
        "ended",
        "completed",
        "started",
        "comprehensive",
        "sweeping",
        "latest",
        "slapped",
        "levied",
        "adopted",
        "introduced",
        "unveiled",
        "carried",
        "killed",
        "wounded",
        "injured",
        "died",
        "staged",
        "mounted",
        "recent",
    ]
)


# adjectives of a noun event that may never happen: "a possible meeting", "a potential deal"
_MAYBE = frozenset(
    ["possible", "potential", "eventual", "hypothetical", "prospective", "mooted", "would-be"]
)
# verbs that bring about what their infinitive names: "prompting Iran to fire missiles"
_CAUSED = frozenset(
    f"{stem}{end}"
    for stem, ends in (
        ("prompt", ("ed", "ing")),
        ("forc", ("ed", "ing")),
        ("caus", ("ed", "ing")),
        ("compell", ("ed", "ing")),
        ("le", ("d",)),
        ("lead", ("ing",)),
        ("spurr", ("ed", "ing")),
    )
    for end in ends
)


def assess(text: str, trigger: TriggerMatch) -> Modality:
    """Decide whether a trigger asserts an event, plans one, or is generic, negated or hypothetical.

    Args:
        text: The document text.
        trigger: A match from :func:`find_triggers`.

    Returns:
        The :class:`Modality`.

    Examples:
        >>> def kinds(text):
        ...     return [(t.text, assess(text, t).value) for t in find_triggers(text)]
        >>> kinds("Biden will host Ruto for a State Visit on May 23.")
        [('State Visit', 'planned')]
        >>> kinds("The United States urged Washington to handle arms sales to Taiwan prudently.")
        [('arms sales', 'generic')]
        >>> kinds("They did not meet, and no summit was held.")
        [('meet', 'negated'), ('summit', 'negated')]
        >>> kinds("If they meet, the summit would be historic.")
        [('meet', 'hypothetical'), ('summit', 'asserted')]
        >>> kinds("No date has been set for a summit; a call is possible but not scheduled.")
        [('summit', 'negated'), ('call', 'hypothetical')]
        >>> kinds("Beijing said on Monday that Wang Yi would visit Pakistan in May.")
        [('said', 'asserted'), ('visit', 'planned')]
    """
    a, b = trigger.start, trigger.end
    spec = trigger.spec
    raw = _words_before(text, a, 8, stop_at_comma=True)
    before = [_fold(w) for w in raw]
    if "To" in raw[1:] and not _headline_line(text, a):
        # "Vietnam's leader To Lam visited": inside a sentence, a capital "To" is a name
        before = [
            w if w == "To" and i and raw[i - 1][:1].isalpha() else before[i]
            for i, w in enumerate(raw)
        ]
    near = before[-4:]
    if _tokens(text).sentence_mark(b, 300) == "?":
        return Modality.HYPOTHETICAL  # a question: "Will the two leaders meet again?"
    # the clause before the trigger, farther back than *before*: "denied a newspaper report
    # that the two presidents had spoken by phone"
    clause_text = " ".join(_fold(w) for w in _clause_words_before(text, a, 14))
    if _NEGATING_CUE.search(clause_text) or (
        "unlikely" in text[b : b + 80] and _UNLIKELY_AFTER.match(text, b, min(len(text), b + 80))
    ):
        return Modality.NEGATED  # "refused to sit down for talks", "a visit remains unlikely"
    unrealised = (
        _UNREALISED_AFTER.match(text, b, min(len(text), b + 140))
        if not _UNREALISED_VERBS.isdisjoint(text[b : b + 140].split())
        else None
    )
    if unrealised is not None:
        # "a call is possible but has not been scheduled", "a summit has yet to be set"
        return Modality.HYPOTHETICAL if unrealised.group("maybe") else Modality.NEGATED
    if trigger.text.casefold() in ("meet", "visit", "talk", "call", "speak", "hold") and rx.match(
        r"(?:\s+\w+){0,4}?\s+(?:several\s+times|every\s+(?:year|month|week)|regularly|often|"
        r"usually|routinely|annually|twice\s+a\s+year|once\s+a\s+year)\b",
        text[b : b + 80],
    ):
        return Modality.GENERIC  # habitual: "the ministers meet twice a year"
    if any(w in _HABITUAL for w in near[-2:]):
        return Modality.GENERIC  # habitual: "the two regularly talked by telephone"
    negated = any(w in _NEGATORS or w.endswith("n't") for w in near[-3:])
    not_only = spec.pos == "noun" and "not" in near and "only" in near  # "not only X but Y"
    if negated and not not_only:
        return Modality.NEGATED
    if any(w in ("if", "unless", "whether") for w in clause_text.split()[-8:]):
        # "asked whether the two would meet", "unless both sides agree to extend the pact"
        return Modality.HYPOTHETICAL
    if spec.pos == "verb":
        if _reported_future(text, a, b, near, verb=True):
            return Modality.PLANNED  # "said on Monday that Wang Yi would visit Pakistan"
        if any(w in ("would", "could", "might", "should", "may") for w in near):
            # "may" is the modal: the month is capitalised ("visited Beijing in May and met")
            return Modality.HYPOTHETICAL
        low = trigger.text.casefold()
        if (
            low.endswith(("ed", "ing"))
            and before
            and (before[-1] in ("the", "a", "an", "its", "their") or before[-1].endswith("ly"))
            and (after := _folded_after(text, b))
            and after[0][:1].islower()
            and after[0] not in _PREPOSITIONS | _DETERMINERS | {"by", "and", "or", "as"}
        ):
            return Modality.GENERIC  # "privately negotiated transactions", "elected officials"
        if near[-1:] == ["to"] and _headline_line(text, a):
            return Modality.PLANNED  # a headline's infinitive: "Minister to visit Seoul"
        if near[-1:] == ["to"]:
            # an infinitive is planned only under a verb or noun of intent ("agreed to
            # continue", "the decision to suspend"); "a crime to attack a clinic" is generic
            if any(w in _INTENT for w in before[-6:-1]) or _intent_before_date(text, a):
                return Modality.PLANNED
            caused = [i for i, w in enumerate(before[:-1]) if w in _CAUSED]
            if caused and not _MODALS.intersection(before[max(0, caused[-1] - 3) : caused[-1]]):
                # "strikes ..., prompting Iran to fire missiles": what was caused happened
                return Modality.ASSERTED
            # purpose after a trip: "travelled to Kyiv to meet Zelenskyy" (it happened), "will
            # travel to Vietnam next month to meet Trong" (planned, as the trip is)
            for i in range(len(before) - 2, -1, -1):
                w = before[i]
                if w in _MOTION_PAST:
                    if any(x in _NEGATORS for x in before[max(0, i - 3) : i]):
                        break
                    return Modality.ASSERTED
                if w in _MOTION_BASE:
                    if any(x in ("will", "shall") for x in before[max(0, i - 3) : i]):
                        return Modality.PLANNED
                    break
            if trigger.text.casefold() in _MARKING:
                # what an occasion was held for: "hosted leaders in Kyiv to mark two years since
                # the invasion" (it was marked), "will gather to mark" (it will be)
                lead = text[max(0, a - 160) : a]
                lead = lead[max(lead.rfind(". "), lead.rfind("\n")) + 1 :]  # this sentence
                if _FUTURE_LEAD.search(lead):
                    return Modality.PLANNED
                if _PAST_LEAD.search(lead):
                    return Modality.ASSERTED
            return Modality.HYPOTHETICAL
        if (
            any(w in ("will", "shall", "won't") for w in near)
            or near[-2:-1] == ["to"]
            or (near[-1:] == ["to"])
        ):
            return Modality.PLANNED
        if trigger.text.casefold() in ("describes", "says") and before and before[-1].endswith("s"):
            # generic present with a plural subject: "what scholars describe as"
            return Modality.GENERIC
        return Modality.ASSERTED
    # nouns
    if (
        before[-1:] == ["of"]
        and len(before) >= 2
        and before[-2]
        in (
            "package",
            "round",
            "wave",
            "set",
            "raft",
            "series",
            "batch",
            "slate",
            "tranche",
            # a stretch of an event: "three days of consultations", "a second day of fighting"
            "day",
            "days",
            "hours",
            "week",
            "weeks",
            "session",
            "sessions",
            "rounds",
            "months",
            "years",
        )
    ):
        stretch = before[-2] in ("days", "hours", "weeks", "sessions", "rounds", "months", "years")
        before = before[:-2]  # "its third round of sanctions": the round's determiner counts
    else:
        stretch = False
    det = _determiner_of(before)
    if det is None and stretch:
        det = "num"  # "after weeks of talks", "years of negotiations": so long, so specific
    plural = _is_plural(trigger.text)
    if spec.kind != "arms_sale" and any(w in _MAYBE for w in before[-3:]):
        # "a possible meeting between Zelensky and Putin" -- but "approved the possible sale"
        # is the approval, in the words of U.S. arms sale notices
        return Modality.HYPOTHETICAL
    if before[-2:] in (["is", "a"], ["was", "a"], ["is", "an"], ["was", "an"]):
        return Modality.GENERIC  # predicative: "it was a statement about ..."
    if (
        det in _INDEFINITE
        and (after := _folded_after(text, b))
        and (after[0] in _MODALS or after[0].endswith("n't"))
    ):
        if _HELD_AHEAD.match(text, b, min(len(text), b + 40)):
            return Modality.PLANNED  # "A summit will be held in Rome next month"
        return Modality.GENERIC
    if det in ("a", "an", "any", "no") and rx.match(
        r"(?:\s+[\w-]+){0,6}?\s+(?:can|cannot|can't|could|would|should|might|may|must)\b",
        text[b : b + 70],
    ):
        return Modality.GENERIC  # "any visit by the president would require approval"
    if det == "no":
        return Modality.NEGATED
    last_two = " ".join(before[-2:])
    desired = _DESIRE.search(last_two)
    if (det in ("a", "an", "any") and _DESIRE.search(" ".join(before[-5:]))) or (
        det is None and desired is not None and desired.end() == len(last_two)
    ):
        # "called for a ceasefire summit", "wants a meeting with", "pressed for new talks":
        # wished for, not held
        return Modality.HYPOTHETICAL
    # articles are dropped in headlines: "Leaders discuss trade in phone call"
    headline = title_case(text, trigger) or _headline_line(text, a)
    if (
        spec.mass
        and det in (None, "that")
        and not headline
        and not any(w in _EPISODIC_VERBS for w in before[-3:])
        # a named agent makes it specific: "Russian aggression", "Russia's aggression"
        and not rx.search(
            r"(?<=[a-z,;]\s+)[A-Z][\w.-]*(?:[\u2019']s)?\s+$", text[max(0, a - 40) : a]
        )
    ):
        return Modality.GENERIC
    if det is None and not headline:
        if (
            plural
            and not any(w in _EPISODIC_VERBS for w in before[-4:])
            and not _has_specifier(text, b, strict=True)
            and not _EPISODE_AFTER.match(text, b, min(len(text), b + 90))
            and not (spec.kind == "sanction" and _sanctions_changed(text, a, b, before))
        ):
            return Modality.GENERIC
        if (
            not plural
            and not text[a].isupper()
            and before
            and before[-1] in ("of", "to", "for", "through", "by", "in", "on", "and", "or")
            and not _has_specifier(text, b)
        ):
            return Modality.GENERIC
    to_verb = any(
        before[i] == "to" and before[i + 1] in _PLAN_VERBS for i in range(len(before) - 1)
    )
    definite = det not in (None, "a", "an", "num")
    will_governs = False
    for i in range(len(before) - 1, max(-1, len(before) - 7), -1):
        if before[i] in ("will", "shall"):
            # "will host Ruto for a State Visit", not "will hold Iran accountable for its attack"
            will_governs = not definite or not any(w in _PREPOSITIONS for w in before[i + 1 :])
            break
    planned = (
        any(w in _PLAN_ADJ for w in near[-3:])
        or will_governs
        or (not definite and ("to" in near[-2:] or to_verb))
    )
    # "proposed a summit meeting", "upcoming visits", "intent to sign", "will host ... a visit"
    if planned and not any(w in ("had", "held", "was", "were") for w in near):
        if to_verb and not will_governs and _MOTION_PAST.intersection(before):
            return Modality.ASSERTED  # "travelled to Moscow to attend the parade": it was held
        return Modality.PLANNED
    if any(w in ("would", "could", "might") for w in near):
        if _reported_future(text, a, b, near, verb=False):
            return Modality.PLANNED  # "announced that Ruto would pay a state visit"
        return Modality.HYPOTHETICAL
    return Modality.ASSERTED


# Past reporting verbs: "would" under one of them is the future seen from the past ("said on
# Monday that Wang Yi would visit Pakistan"), a plan, not a hypothesis.
_REPORTING_PAST = frozenset(
    [
        *("said", "announced", "confirmed", "stated", "told", "added", "noted", "reported"),
        *("indicated", "revealed", "disclosed", "explained", "declared", "wrote", "tweeted"),
        *("posted", "agreed", "decided", "promised", "pledged", "vowed", "informed", "briefed"),
        *("signalled", "signaled", "assured"),
    ]
)
# adverbs between "would" and its verb: "would also visit", "would then travel"
_WOULD_ADVERBS = frozenset(
    ["also", "then", "soon", "later", "again", "first", "jointly", "personally", "both", "each"]
)
# light verbs of a noun trigger under "would": "would pay a state visit", "would hold talks"
_WOULD_LIGHT = frozenset(
    ["pay", "make", "hold", "have", "attend", "host", "conduct", "lead", "join", "begin", "start"]
)
_REPORTED_AFTER = LazyRegex(
    r"[^.;?!]{0,120}?,\s+(?:(?:[\w.\u2019'-]+\s+){1,5}?(?:said|announced|confirmed|stated|"
    r"added|reported|told\s+[\w.\u2019'-]+)|according\s+to)\b"
)
_CONDITION_AFTER = LazyRegex(
    r"[^.;?!]{0,120}?\b(?:if|unless|provided|as\s+long\s+as|only\s+when|in\s+case)\b"
)


def _reported_future(text: str, a: int, b: int, near: list[str], *, verb: bool) -> bool:
    """Whether the "would" before a trigger is the future-in-the-past of a past reporting verb
    ("said that X would visit", "announced X would pay a visit") with no condition attached."""
    if "would" not in near:
        return False
    i = len(near) - 1 - near[::-1].index("would")
    rest = near[i + 1 :]
    if verb:
        ok = all(w in _WOULD_ADVERBS or w.endswith("ly") for w in rest)
    else:
        ok = bool(rest) and rest[0] in _WOULD_LIGHT and "have" not in rest[:1] + rest[2:]
    if not ok:
        return False
    clause = [_fold(w) for w in _clause_words_before(text, a, 24)]
    if "would" not in clause:
        return False
    head = clause[: len(clause) - 1 - clause[::-1].index("would")]
    if any(w in _HABITUAL or w in ("repeatedly", "always", "long") for w in head):
        return False  # "has often said he would meet Kim anywhere": a stance, not a plan
    if _CONDITION_AFTER.match(text, b, min(len(text), b + 120)):
        return False
    # the reporting verb before ("said on Monday that X would visit") or after ("X would visit
    # Moscow next week, the Kremlin said")
    return any(w in _REPORTING_PAST for w in head) or bool(
        _REPORTED_AFTER.match(text, b, min(len(text), b + 160))
    )


_HELD_AHEAD = LazyRegex(
    r"\s+(?:will|shall)\s+(?:be\s+(?:held|hosted|convened)|take\s+place|open|begin|start|"
    r"convene)\b"
)
_MARKING = frozenset({"mark", "commemorate", "celebrate", "honour", "honor", "observe"})
_FUTURE_LEAD = LazyRegex(r"\b(?:will|shall|plans?|planning|is\s+to|are\s+to)\b", regex.IGNORECASE)
_PAST_LEAD = LazyRegex(
    r"\b(?:[a-z]+ed|held|met|laid|gave|came|went|took|led|sat|gathered)\b(?!\s+to\s+\w+\s*$)"
)
# A bare plural is specific when a past-tense predicate follows it: "airstrikes killed 30
# people", "clashes erupted on Friday", "talks were held in Doha" (not "talks help").
# A reduced relative ("talks held in May", "negotiations mediated by Egypt") may come between.
_EPISODE_AFTER = LazyRegex(
    r"(?:\s+(?:on|in|at|near|between|with|by|against|across|along|of|from|the|a|an|and|"
    r"held|hosted|convened|mediated|brokered|sponsored|led|last|earlier|this|week|month|"
    r"weekend|[A-Z][\w.\u2019'-]*|\d[\w,.-]*)){0,6}?\s+(?:(?:have|has|had)\s+)?(?:erupted|"
    r"broke\s+out|flared|raged|killed|wounded|injured|destroyed|continued|resumed|intensified|"
    r"ended|took\s+place|began|opened|started|produced|yielded|collapsed|stalled|"
    r"broke\s+down|concluded|(?:were|was)\s+"
    r"(?:held|launched|carried\s+out|reported|conducted|imposed|announced|lifted|extended|"
    r"approved|adopted|expanded|tightened|eased))\b"
)

# Words before a trigger (in its clause) that deny, refuse or rule out the event: "refused to
# hold talks", "ruled out a meeting", "denied reports of a call", "there are no plans for
# talks", "no date has been set for a summit".
_NEGATING_CUE = LazyRegex(
    r"\b(?:unlikely|no\s+(?:immediate\s+)?prospects?\s+(?:of|for)|"
    # "declined to comment on the talks" says nothing about the talks
    r"(?:refus(?:ed|es|ing)|declin(?:ed|es|ing))\s+to(?!\s+(?:comment|elaborate|say|provide|give|"
    r"disclose|detail|specify|identify|name|reveal|answer|confirm|describe|discuss)\b)|"
    r"rul(?:ed|es|ing)\s+out|denied|denies|denying|rejected|rejects|"
    r"cancell?(?:ed|s|ing)|call(?:ed|s|ing)\s+off|shelved|scrapped|"
    r"not\s+expected|not\s+planning|"
    r"(?:dismissed|dismisses|downplayed|played\s+down)\s+(?:\w+\s+){0,3}?(?:reports?|claims?|"
    r"speculation|suggestions?|rumou?rs?)|"
    r"(?:no|not\s+(?:yet\s+)?(?:agreed|set|fixed|decided|announced|confirmed)\s+(?:on\s+|upon\s+)?"
    r"(?:a|any|the))\s+(?:(?:firm|fixed|specific|exact|concrete|new|immediate|such|official)\s+)?"
    r"(?:plans?|date|dates|time|timing|timetable|schedule|venue|decision|arrangements?|"
    r"preparations?|invitation|request)\s+(?:\w+\s+){0,5}?(?:to|for|of|on|about|regarding)\b)"
    # the trigger lies in the cue's complement, not in a later adjunct: "rejected the
    # amendments in a referendum" does not deny the referendum
    r"(?:\s+(?!(?:in|at|during|after|before|since|amid|while|when|as|but|through|over|"
    r"throughout|following|despite)\b)\S+)*$"
)
_DESIRE = LazyRegex(
    r"\b(?:wants?|wanted|wanting|seeks?|sought|seeking|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|"
    r"request(?:s|ed|ing)?|(?:call(?:s|ed|ing)?|push(?:es|ed|ing)?|press(?:es|ed|ing)?|"
    r"ask(?:s|ed|ing)?|hop(?:e|es|ed|ing)|appeal(?:s|ed|ing)?)\s+for)\b"
)
_UNLIKELY_AFTER = LazyRegex(
    r"(?:\s+[\w.-]+){0,6}?\s+(?:remains?|is|was|seems?|looks?|appears?)\s+(?:\w+\s+)?"
    r"unlikely\b"
)
# A predicate after the trigger's noun phrase saying the event is only possible or not (yet)
# arranged: "a call is possible but has not been scheduled", "a summit has yet to be set",
# "a visit to Moscow was not on the agenda", "no meeting is planned". The noun phrase may
# run on over prepositions, names and a few nouns ("a call between the two ministers").
# the words _UNREALISED_AFTER's predicate opens with, each a word of its own: a window with none
# of them is spared the pattern
_UNREALISED_VERBS = frozenset(
    [
        *("is", "was", "are", "were", "remain", "remains", "remained"),
        *("would", "could", "has", "have", "had"),
    ]
)
_UNREALISED_AFTER = LazyRegex(
    r"(?:\s+(?:between|with|of|for|by|to|in|on|at|from)(?:\s+(?!(?:is|was|are|were|has|have|"
    r"had|remains?|remained|would|could)\b|[a-z]+ed\b)[\w.\u2019'-]+){1,4}?){0,3}?,?\s+"
    r"(?:(?P<maybe>(?:is|was|are|were|remains?|remained|would\s+be|could\s+be)\s+(?:still\s+|"
    r"only\s+|now\s+|also\s+)?(?:possible|under\s+consideration|being\s+(?:considered|"
    r"discussed|explored)|in\s+doubt|uncertain|unclear|an\s+option|on\s+the\s+table))"
    r"|(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:abruptly\s+|later\s+|also\s+)?"
    r"(?:cancell?ed|called\s+off|scrapped|shelved|aborted|postponed\s+indefinitely)"
    r"|(?:is|was|are|were|remains?|remained|has|have|had)\s+(?:still\s+|also\s+)?(?:not|yet\s+"
    r"to|off)\s+(?:yet\s+|been\s+|be\s+)*(?:scheduled|planned|set|fixed|confirmed|arranged|"
    r"agreed|announced|finali[sz]ed|expected|on\s+the\s+(?:agenda|cards|table)|"
    r"the\s+(?:agenda|cards|table)))"
)

_SANCTION_CHANGE = frozenset(
    [
        f"{stem}{suffix}"
        for stem in ("expand", "extend", "tighten", "widen", "broaden", "strengthen")
        for suffix in ("ed", "s", "ing")
    ]
)


@functools.cache
def _date_word_re() -> regex.Pattern[str]:
    """Words of a time adverbial between a verb and its infinitive: "agreed on Feb. 4, 2026 to"."""
    names = "|".join(w.casefold() for w in (*MONTHS_FULL, *MONTHS_ABBR, *WEEKDAYS))
    return regex.compile(
        rf"(?:on|in|at|early|late|last|next|this|week|month|year|yesterday|today|,|"
        rf"\d{{1,4}}(?:st|nd|rd|th)?|(?:{names})\.?)"
    )


_SENTENCE_BREAK = LazyRegex(r"(?<=[a-z0-9\u201d\"')][.!?])\s+(?=[A-Z\u201c\"])")
_SENTENCE_MARK = LazyRegex(r"[.!?](?=\s|$)")


def _clause_words_before(text: str, a: int, n: int) -> list[str]:
    """Up to *n* words before *a* in the same clause and sentence ("made there. Officials
    said": only "Officials"; a period inside "U.S." or "Feb. 4" is no sentence end)."""
    lo = max(0, a - 12 * n - 20)
    line_start = text.rfind("\n", lo, a)
    if line_start >= 0:
        lo = line_start + 1
    end_of_break = _tokens(text).last_break(lo, a)
    if end_of_break is not None:
        lo = end_of_break
    return _tokens(text).before(lo, a, n, _STOPS_COMMA)[::-1]


def _intent_before_date(text: str, a: int) -> bool:
    """ "agreed on March 18, 2030 to [extend]": a verb of intent, then only a time adverbial."""
    before = [w.casefold() for w in _words_before(text, a, 10)][:-1]  # without the "to"
    for i in range(len(before) - 1, max(-1, len(before) - 9), -1):
        w = before[i]
        if w in _INTENT:
            return True
        if not _date_word_re().fullmatch(w):
            return False
    return False


def _sanctions_changed(text: str, a: int, b: int, before: list[str]) -> bool:
    """ "expanded sanctions against Russia", "Japan tightened sanctions on North Korea": a
    change to sanctions on a named target is an event, not sanctions in general."""
    return (
        bool(before)
        and before[-1] in _SANCTION_CHANGE
        and bool(rx.match(r"\s+(?:against|on)\s+(?:the\s+)?[A-Z]", text[b : b + 40]))
    )


def _headline_line(text: str, pos: int) -> bool:
    """Whether *pos* lies in the document's first line and that line is a headline (no final
    period)."""
    first = text.lstrip()
    offset = len(text) - len(first)
    end = first.find("\n")
    line = first if end < 0 else first[:end]
    return offset <= pos < offset + len(line) and not line.rstrip().endswith(".")


def title_case(text: str, trigger: TriggerMatch) -> bool:
    """Whether a trigger is written in title case ("Readout of Peace Talks in Geneva"), as in
    a headline or a name, rather than capitalised because it starts a sentence.

    Examples:
        >>> t = "Readout of Peace Talks in Geneva. Talks resumed."
        >>> [title_case(t, m) for m in find_triggers(t)]
        [True, False]
    """
    if not trigger.text[:1].isupper():
        return False
    before = text[max(0, trigger.start - 3) : trigger.start]
    sentence_start = (
        trigger.start == 0 or not before.strip() or before.rstrip()[-1:] in '.!?"\u201d:'
    )
    if not sentence_start:
        return True
    # a headline: the next word is capitalised too
    nxt = rx.match(r"\s+(\S)", text[trigger.end : trigger.end + 3])
    return bool(nxt) and nxt.group(1).isupper()


_NUMBER_WORDS = frozenset(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several"]
)


def _determiner_of(before: list[str]) -> str | None:
    """The determiner of a noun phrase ending at the trigger, walking back over modifiers."""
    if len(before) >= 3 and before[-3:-1] == ["of", "the"] and before[-4:-3] == ["one"]:
        return "one"
    for w in reversed(before[-6:]):
        if w in _DETERMINERS or w in _INDEFINITE:
            return w
        if w.endswith(("'s", "\u2019s", "s'", "s\u2019")):
            return "'s"
        if w.isdigit() or rx.fullmatch(r"\$?[\d.,]+", w) or w in _NUMBER_WORDS:
            return "num"
        if w[:1].isupper() or "-" in w or w in _ADJECTIVES or w.endswith(_ADJ_SUFFIXES):
            continue  # modifiers inside the phrase: "Russian military build-up", "U.S.-Czech"
        if w in ("and", ","):
            continue  # coordinated modifiers: "candid and constructive"
        return None
    return None


_ADJ_SUFFIXES = (
    "al",
    "ic",
    "ive",
    "ful",
    "ous",
    "ary",
    "ent",
    "ant",
    "ed",
    "ing",
    "est",
    "ble",
    "less",
    "ile",
    "ar",
)
_ADJECTIVES = frozenset(
    [
        "new",
        "single",
        "lone",
        "mere",
        "simple",
        "big",
        "large",
        "major",
        "brief",
        "short",
        "long",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "final",
        "last",
        "next",
        "rare",
        "such",
        "same",
        "other",
        "own",
        "joint",
        "formal",
        "informal",
        "warm",
        "candid",
        "frank",
        "open",
        "key",
        "high",
        "top",
        "landmark",
        "historic",
        "timely",
        "missile",
        "drone",
        "arms",
        "weapons",
        "military",
        "nuclear",
        "trade",
        "peace",
        "security",
        "energy",
        "video",
        "phone",
        "state",
        "official",
        "working",
        "summit",
        "stability",
        "sanctions",
    ]
)


def _is_plural(word: str) -> bool:
    low = word.casefold()
    return low.endswith("s") and not low.endswith(("ss", "us", "is"))


def _has_specifier(text: str, b: int, *, strict: bool = False) -> bool:
    """A noun followed by "with X", "between X and Y", "in <Place>", "by X", "against X"...

    With *strict*, only participants count ("talks with Putin", "visits by Yellen"), not
    targets or places ("arms sales to Taiwan" stays generic).
    """
    preps = r"with|between|by" if strict else r"with|between|against|on|in|by|of|to"
    return bool(rx.match(rf"\s+(?:{preps})\s+(?:the\s+)?[A-Z]", text[b : b + 40]))
