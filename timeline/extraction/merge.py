"""Merge the mentions of one event across a document (pipeline stage 6).

News text names an event many times: "held a virtual meeting with Putin", "the video
conference", "During the virtual meeting with Putin, ...". :func:`merge` groups detection
candidates into events. A candidate joins the most recent compatible group:

* **kind**: the same kind; or both encounters of the meeting family (meeting, summit,
  negotiation: "the two leaders' meeting in Woodside" is "the Woodside Summit"); or a *weak*
  trigger ("the talks", "the discussion", "the conversation") joining any encounter;
* **time**: both unknown, one unknown, or possibly overlapping (2026-02-04 fits 2026);
* **participants**: one set inside the other (by name, so "Biden" fits "Joe Biden"), or one
  side has none;
* **names**: treaties and named events must agree ("New START" is not "CFE Treaty");
* **status**: a planned mention with no time of its own does not join an event that happened
  ("agreed to continue consultations" is not the meeting that just ended).

The merged event takes the most precise time (clause-level before sentence-level), the union
of the participants, the first location and the union of the attributes. Candidates that stay
alone and are too thin to be events (a statement without a speaker, a weak noun without
participants) are dropped.

Examples:
    >>> from timeline.extraction.detect import detect
    >>> from timeline.extraction.sentences import split_sentences
    >>> text = ("President Xi held a virtual meeting with President Putin. Aide Yury Ushakov "
    ...         "described the video conference as productive. Later, the talks ended.")
    >>> events = merge(detect(text, split_sentences(text), ()))
    >>> [(e.kind, e.participants, len(e.candidates)) for e in events]
    [('meeting', ('Xi Jinping', 'Vladimir Putin'), 3), ('statement', ('Yury Ushakov',), 1)]
"""

from __future__ import annotations

import functools
import heapq
from collections.abc import Iterable, Mapping, Sequence
from typing import final

import attrs
import regex

from timeline.extraction.actors import GAZETTEER, Gazetteer
from timeline.extraction.detect import ENCOUNTERS, Candidate
from timeline.extraction.normalise import parse_ordinal
from timeline.extraction.patterns import LazyRegex, rx
from timeline.relations import possibly_overlaps
from timeline.when import When

__all__ = ["MergedEvent", "merge", "names_match"]

_ORDER_CUE = LazyRegex(
    r"\b(?:follow(?:s|ed|ing)?|after|before|prior\s+to|ahead\s+of|builds?\s+(?:up)?on|"
    r"building\s+(?:up)?on|"
    r"built\s+(?:up)?on|preceded|precedes|preceding|later|earlier|since)\b",
    regex.IGNORECASE,
)
# "the second round of direct talks", "their third summit", "the 15th meeting"
# (searched in reverse: it ends where the trigger starts, which a forward search reaches last)
_ORDINAL_BEFORE = LazyRegex(
    r"(?r)\b(?P<n>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"\s+(?:(?:round|session)s?\s+of\s+)?(?:[\w-]+\s+){0,2}$",
    regex.IGNORECASE,
)
_LATER_THIS = LazyRegex(r"later\s+this\s", regex.IGNORECASE)
_SIDELINES = LazyRegex(r"\b(?:on|at)\s+the\s+(?:sidelines|margins?)\s+of\b", regex.IGNORECASE)
_WINDOW = 200
_MEETING_FAMILY = frozenset({"meeting", "summit", "negotiation"})
# kinds whose participants are sides (attacker and target, sanctioner and target)
_SIDED = frozenset({"military_action", "sanction"})
_FAMILY_RANK = {"summit": 3, "negotiation": 2, "meeting": 1}
_TITLE_WORDS = frozenset(
    [
        "president",
        "prime",
        "minister",
        "secretary",
        "king",
        "queen",
        "chancellor",
        "mr",
        "mrs",
        "ms",
        "dr",
        "the",
        "of",
    ]
)


@functools.lru_cache(maxsize=4096)
def _tokens(name: str) -> frozenset[str]:
    words = rx.sub(r"[^\w\s]", " ", name.casefold()).split()
    kept = [w for w in words if w not in _TITLE_WORDS]
    return frozenset(kept or words)


def names_match(a: str, b: str) -> bool:
    """Whether two names can denote the same actor: equal, or one's words inside the other's.

    Examples:
        >>> names_match("Biden", "Joe Biden"), names_match("Xi Jinping", "Jill Biden")
        (True, False)
    """
    ta, tb = _tokens(a), _tokens(b)
    return bool(ta and tb) and (ta <= tb or tb <= ta)


@final
@attrs.frozen(kw_only=True)
class MergedEvent:
    """An event made of one or more candidates.

    Attributes:
        kind: The event kind.
        candidates: The candidates merged into it, in text order.
        when: Its time, or ``None``.
        participants: Canonical participant names in order of first mention.
        participant_types: The actor type name of each participant (parallel tuple).
        location: Where it happened, if stated.
        attributes: Merged attributes (sorted ``(key, value)`` pairs).
        status: ``"occurred"`` or ``"planned"``.

    Examples:
        >>> from timeline.extraction.detect import detect
        >>> from timeline.extraction.sentences import split_sentences
        >>> text = "They met. The meeting was long."
        >>> [(e.kind, e.mention_spans) for e in merge(detect(text, split_sentences(text), ()))]
        [('meeting', ((5, 8), (14, 21)))]
    """

    kind: str
    candidates: tuple[Candidate, ...]
    when: When | None = None
    participants: tuple[str, ...] = ()
    participant_types: tuple[str, ...] = ()
    location: str | None = None
    attributes: tuple[tuple[str, object], ...] = ()
    status: str = "occurred"

    @property
    def first(self) -> Candidate:
        """The first candidate (its mention anchors the event in the text)."""
        return self.candidates[0]

    @property
    def attributes_dict(self) -> dict[str, object]:
        """The attributes as a new dict."""
        return dict(self.attributes)

    @property
    def mention_spans(self) -> tuple[tuple[int, int], ...]:
        """All mention spans, in text order, without duplicates."""
        spans = {s for c in self.candidates for s in c.mention_spans}
        return tuple(sorted(spans))


@attrs.define
class _Group:
    kind: str
    candidates: list[Candidate]
    when: When | None
    when_rank: int
    participants: list[tuple[str, str]]
    location: str | None
    attributes: dict[str, object]
    status: str
    last: int
    spans: set[tuple[int, int]] = attrs.field(factory=set)
    by_sentence: dict[int, list[Candidate]] = attrs.field(factory=dict)
    ordinals: set[int] = attrs.field(factory=set)  # "the second round": the rounds it holds

    def index(self, c: Candidate) -> None:
        self.spans.add((c.trigger.start, c.trigger.end))
        self.by_sentence.setdefault(c.sentence_index, []).append(c)

    def names(self) -> list[str]:
        return [p for p, _ in self.participants]


_SOURCE_RANK = {"clause": 2, "sentence": 1, None: 0}


def _status(c: Candidate, published: When | None, text: str | None = None) -> str:
    """A mention dated after the publication day is planned, and so is one dated "later this
    week" (or month, or year) of a text published within that week."""
    if c.when is None or published is None or c.when.earliest_start is None:
        return c.status
    if published.latest_end is not None and c.when.earliest_start >= published.latest_end:
        return "planned"
    if (
        text is not None
        and c.timex_span is not None
        and _LATER_THIS.match(text, *c.timex_span)
        and possibly_overlaps(c.when, published)
    ):
        return "planned"
    return c.status


def _name_key(name: object) -> str:
    """A treaty or event name for comparison: "the CFE Treaty" and "CFE" are one treaty."""
    return _name_key_of(str(name))


@functools.lru_cache(maxsize=1024)
def _name_key_of(name: str) -> str:
    # a document names few treaties and events, and compares each mention with several events
    return rx.sub(r"^the\s+|\s+(?:treaty|agreement|accord)$", "", name.casefold().strip())


def _title(c: Candidate) -> bool:
    """A mention in a headline or a name ("Readout of Peace Talks in Geneva")."""
    return c.definite and c.trigger.text[:1].isupper()


def _subset(a: Sequence[str], b: Sequence[str]) -> bool:
    return all(any(names_match(x, y) for y in b) for x in a)


def _sides(cands: Iterable[Candidate]) -> list[str]:
    """Participants with each person replaced by the country they serve, when known."""
    return [p.country or p.name for c in cands for p in c.participants]


def _same_sides(c: Candidate, g: _Group) -> bool:
    """ "Russian aggression" and "Putin's war against Ukraine": the same sides, once leaders
    stand for their countries."""
    if c.kind not in _SIDED:
        return False
    a, b = _sides([c]), _sides(g.candidates)
    return bool(a and b) and (_subset(a, b) or _subset(b, a))


_LANDMARK = LazyRegex(
    r"\b(?:Square|Palace|House|Hall|Castle|Kremlin|Airport|Base|Cent(?:er|re)|Auditorium|"
    r"Stadium|Building|Street|Park|Cathedral|Mosque|Temple|Bridge|Gate|Museum|Hotel|Embassy|"
    r"University|Field|Harbou?r|Station|Tower|Plaza|Forum|Parliament|Assembly|Ministry|"
    r"Residence|Villa|Estate|Lodge|Ranch|Resort)\b"
)


@functools.lru_cache(maxsize=8)
def _country_of_place(gazetteer: Gazetteer) -> Mapping[str, str]:
    return {**gazetteer.countries, **gazetteer.capitals}


def _places_agree(a: str, b: str, gazetteer: Gazetteer) -> bool:
    """Whether two places named for one event can both be right: one holds the other's name
    ("Washington" and "Washington, D.C."), both are in one country ("the Kremlin" and
    "Moscow"), or one is a known city or country and the other a landmark the gazetteer does
    not know, which may lie inside it ("Moscow" and "Red Square"). Countries and capitals are
    those of *gazetteer*."""
    if a in b or b in a:
        return True
    where = _country_of_place(gazetteer)
    ca, cb = where.get(a), where.get(b)
    if ca is not None and cb is not None:
        return ca == cb
    unknown = a if ca is None else b
    return (ca is None) != (cb is None) and bool(_LANDMARK.search(unknown))


@functools.cache
def _joinable_kinds(kind: str, weak: bool) -> frozenset[str]:
    """The kinds of event that a mention of *kind* may join: its own; any of a meeting, summit
    or negotiation for one of them; any encounter for a weak mention ("the talks")."""
    out = {kind}
    if kind in _MEETING_FAMILY:
        out |= _MEETING_FAMILY
    if weak:
        out |= ENCOUNTERS
    return frozenset(out)


def _compatible(
    g: _Group,
    c: Candidate,
    status: str,
    text: str | None = None,
    *,
    offset_from_before: bool = False,
    ordinal: int | None = None,
    gazetteer: Gazetteer,
) -> bool:
    """Whether *c* may join *g*. Each test only rules a join out, so the cheap ones run first
    and the text searches last."""
    # kind: the test that rules out most groups, first (merge skips most of them itself)
    if c.kind != g.kind:
        if g.kind not in _joinable_kinds(c.kind, c.weak):
            return False
        # "the talks" joins any encounter -- but "talks between Russia and Ukraine" only one
        # between the same parties
        family = c.kind in _MEETING_FAMILY and g.kind in _MEETING_FAMILY
        if not family and c.participants and not g.participants:
            return False
    # one trigger read as several events ("visits by Yellen and Blinken") stays apart
    if (c.trigger.start, c.trigger.end) in g.spans:
        return False
    # a statement without a speaker is nobody's: it joins nothing
    if c.kind in ("statement", "announcement") and not (c.participants and g.participants):
        return False
    # names of treaties and named events: two names differ, or the same one is named
    attrs_c = c.attributes_dict
    named_same = False
    for key in ("treaty", "name"):
        if key in attrs_c:
            same = _name_key(attrs_c[key]) == _name_key(g.attributes.get(key))
            if not same and key in g.attributes:
                return False
            named_same = named_same or same
    if attrs_c.get("note") == "defence" and g.attributes.get("note") != "defence":
        return False  # "the United States defended Israel" is not Iran's attack
    if g.attributes.get("note") == "defence" and attrs_c.get("note") != "defence":
        return False
    # time
    if (
        c.when is not None
        and g.when is not None
        and (
            not possibly_overlaps(c.when, g.when)
            or (c.when.is_open != g.when.is_open and not named_same)
        )
    ):
        return False
    # status
    planned_undated = (status == "planned" and c.when is None) or (
        g.status == "planned" and g.when is None
    )
    if status != g.status and planned_undated and not named_same:
        return False
    # places
    if (
        c.location
        and g.location
        and c.kind != "visit"  # a trip takes in several places
        and not _places_agree(c.location, g.location, gazetteer)
    ):
        return False
    # two mentions ordered by the sentence itself are two events ("X, which builds upon Y"),
    # and so are a meeting and the summit on whose sidelines it was held
    if text is not None:
        for x in g.by_sentence.get(c.sentence_index, ())[-4:]:  # the nearest few: linear
            lo, hi = sorted((x.trigger.end, c.trigger.start))
            if hi - lo <= 400 and (
                _ORDER_CUE.search(text, lo, hi)
                or (c.kind != g.kind and _SIDELINES.search(text, lo, hi))
            ):
                return False
    # "the first round of talks" and "the second round of talks" are two rounds
    if ordinal is not None and g.ordinals - {ordinal}:
        return False
    # "Israel struck Iran. Iran responded hours later by firing drones": dated from the event
    # just told, so not that event
    if offset_from_before and c.time_counts_on and c.sentence_index - 1 in g.by_sentence:
        return False
    if c.time_counts_on and any(
        x.trigger.end <= c.trigger.start for x in g.by_sentence.get(c.sentence_index, ())
    ):
        return False  # "Israel struck Iran on Friday, prompting Iran to fire hours later"
    # a new event (a verb, an indefinite or bare noun) does not join an event whose parties
    # are unknown, nor does it lend its parties to one: "its invasion" and "Israel launched
    # airstrikes" are two events
    if not named_same and not c.weak:
        headline = _title(g.candidates[0]) or _title(c)
        # "We helped defeat this attack": no parties of its own, right after the event
        recent = not c.participants and c.sentence_index - g.candidates[-1].sentence_index <= 1
        together = c.sentence_index in g.by_sentence
        if (not c.participants or not g.participants) and not (
            c.definite or headline or recent or together
        ):
            return False
    # participants
    names_c = list(c.participant_names)
    names_g = g.names()
    same_sentence = c.sentence_index in g.by_sentence
    apposition = same_sentence and c.kind == g.kind and min(len(names_c), len(names_g)) <= 1
    if (
        names_c
        and names_g
        and not (_subset(names_c, names_g) or _subset(names_g, names_c))
        and (not apposition)
        and not _same_sides(c, g)
    ):
        return False
    if c.kind != g.kind and c.kind in _MEETING_FAMILY and g.kind in _MEETING_FAMILY:
        # different members of the family merge only with some evidence that they are one
        same_place = bool(
            c.location and g.location and (c.location in g.location or g.location in c.location)
        )
        name = str(g.attributes.get("name", "")) + " " + str(attrs_c.get("name", ""))
        place_in_name = any(
            w in name
            for loc in (c.location, g.location)
            if loc
            for w in rx.findall(r"[A-Z]\w+", loc)
        )
        same_day = c.when is not None and g.when is not None
        headline = c.sentence_index == 0 or g.candidates[0].sentence_index == 0
        together = c.sentence_index in g.by_sentence
        if not (same_place or place_in_name or same_day or headline or c.weak or together):
            return False
    return True


def _ordinal(text: str, c: Candidate) -> int | None:
    """The ordinal a mention is numbered by ("the second round of talks" -> 2), if any."""
    m = _ORDINAL_BEFORE.search(text, max(0, c.trigger.start - 50), c.trigger.start)
    return parse_ordinal(m.group("n")) if m is not None else None


def merge(
    candidates: Iterable[Candidate],
    *,
    published: When | None = None,
    text: str | None = None,
    actor_types: Mapping[str, str] | None = None,
    gazetteer: Gazetteer = GAZETTEER,
) -> tuple[MergedEvent, ...]:
    """Group candidates into events (see the module docstring for the rules).

    Args:
        candidates: Detection candidates in text order.
        published: The publication date; a mention dated after it is a planned event.
        text: The document text; when given, two mentions in one sentence linked by an order
            word ("follows", "builds upon", "after") are kept apart.
        actor_types: Optional map from canonical names to actor type names (``"PERSON"``...);
            by default the types of the candidates' actor mentions are used.
        gazetteer: The name tables detection used: two places of one event agree when its
            countries and capitals put them in the same country.

    Returns:
        The merged events in order of first mention.

    Examples:
        >>> from timeline.extraction.detect import detect
        >>> from timeline.extraction.sentences import split_sentences
        >>> text = ("Russia withdrew from the CFE Treaty. Russia's withdrawal from the CFE Treaty "
        ...         "was condemned.")
        >>> [(e.kind, e.participants, e.mention_spans) for e in merge(
        ...     detect(text, split_sentences(text), ()))]
        [('treaty_withdrawal', ('Russia',), ((7, 20), (46, 56)))]
    """
    groups: list[_Group] = []
    told: set[int] = set()  # the sentences with a candidate so far
    for c in candidates:
        status = _status(c, published, text)
        # "Iran responded hours later": with nothing told before it in its sentence, the
        # offset counts from the sentence before
        offset_from_before = c.sentence_index not in told
        told.add(c.sentence_index)
        best: _Group | None = None
        fallback: _Group | None = None
        # the most recently mentioned events first; far back in a very long text, stop looking
        # (a bounded window keeps merging linear in the number of mentions)
        ordinal = _ordinal(text, c) if text is not None else None
        joinable = _joinable_kinds(c.kind, c.weak)
        for g in heapq.nlargest(_WINDOW, groups, key=lambda g: g.last):
            if g.kind not in joinable or not _compatible(
                g,
                c,
                status,
                text,
                offset_from_before=offset_from_before,
                ordinal=ordinal,
                gazetteer=gazetteer,
            ):
                continue
            if c.weak or g.kind == c.kind:
                best = g  # the most recent compatible event ("the talks": any encounter)
                break
            if fallback is None:
                fallback = g
        best = best or fallback
        if best is None:
            groups.append(
                _Group(
                    kind=c.kind,
                    candidates=[c],
                    when=c.when,
                    when_rank=_SOURCE_RANK[c.time_source] if c.when is not None else -1,
                    participants=[(p.name, p.actor_type) for p in c.participants],
                    location=c.location,
                    attributes=c.attributes_dict,
                    status=status,
                    last=c.trigger.start,
                )
            )
            groups[-1].index(c)
            if ordinal is not None:
                groups[-1].ordinals.add(ordinal)
            _dedupe(groups[-1])
            continue
        _absorb(best, c, status)
        if ordinal is not None:
            best.ordinals.add(ordinal)
    events = []
    for g in groups:
        if not _keep(g):
            continue
        events.append(
            MergedEvent(
                kind=g.kind,
                candidates=tuple(g.candidates),
                when=g.when,
                participants=tuple(p for p, _ in g.participants),
                participant_types=tuple((actor_types or {}).get(p, t) for p, t in g.participants),
                location=g.location,
                attributes=tuple(sorted({**g.attributes, "status": g.status}.items())),
                status=g.status,
            )
        )
    return tuple(events)


def _absorb(g: _Group, c: Candidate, status: str) -> None:
    g.candidates.append(c)
    g.index(c)
    g.last = c.trigger.start
    if (
        c.kind != g.kind
        and not c.weak
        and _FAMILY_RANK.get(c.kind, 0) > _FAMILY_RANK.get(g.kind, 0)
    ):
        g.kind = c.kind
    if c.when is not None:
        rank = _SOURCE_RANK[c.time_source]
        if (
            g.when is None
            or _narrower(c.when, g.when)
            or (c.when.granularity == g.when.granularity and rank > g.when_rank)
        ):
            g.when, g.when_rank = c.when, rank
    g.participants.extend((p.name, p.actor_type) for p in c.participants)
    _dedupe(g)
    if g.location is None:
        g.location = c.location
    for k, v in c.attributes:
        if k == "status":
            continue
        g.attributes.setdefault(k, v)
    if g.status != status and c.when is not None:
        g.status = status


def _width(w: When) -> float:
    """Microseconds from the earliest start to the latest end (infinite when open)."""
    if w.earliest_start is None or w.latest_end is None:
        return float("inf")
    (start, _), (_, end) = w.microsecond_ranges()
    return end - start


def _narrower(a: When, b: When) -> bool:
    """Whether *a* pins the time down more than *b* (a shorter span; a finer granularity)."""
    wa, wb = _width(a), _width(b)
    if wa != wb:
        return wa < wb
    return a.granularity < b.granularity


def _dedupe(g: _Group) -> None:
    kept: list[tuple[str, str]] = []
    for name, kind in g.participants:
        for i, (other, _kind) in enumerate(kept):
            if names_match(name, other):
                if len(name) > len(other):
                    kept[i] = (name, kind)
                break
        else:
            kept.append((name, kind))
    g.participants = kept


def _keep(g: _Group) -> bool:
    if g.kind in ("statement", "announcement") and not g.participants:
        return False
    return not (
        all(c.weak for c in g.candidates)
        and not g.participants
        and g.when is None
        and g.status != "planned"
    )
