"""The extraction pipeline: news text in, typed events on a timeline out.

:func:`extract` runs the stages of DESIGN section 5 on one document:

1. sentences (:func:`~timeline.extraction.sentences.split_sentences`);
2. time expressions (:func:`~timeline.extraction.timex.find_timexes`), relative to the
   publication date;
3. event candidates per sentence (:func:`~timeline.extraction.detect.detect`);
4. merged events (:func:`~timeline.extraction.merge.merge`);
5. order facts from the text (:func:`~timeline.extraction.ordering.find_order`), gap-dated and
   adjunct-bounded times, then the narrative time for events that still have none;
6. :class:`~timeline.events.Event` values and a :class:`~timeline.timeline.Timeline` holding
   the order constraints.

:meth:`Extraction.to_json_dict` is the one place that builds the evaluation JSON (DESIGN
section 7). :func:`extract_many` maps :func:`extract` over documents, in worker processes if
asked; a document is the unit of work.

Bad input raises typed errors (all :class:`~timeline.errors.TimelineError`): a value that is
not text, or bytes that are not UTF-8 (:class:`~timeline.errors.InputError`, naming the byte
offset); an invalid ``published`` (:class:`~timeline.errors.ParseError`); an unknown
``language`` (:class:`~timeline.errors.UnsupportedLanguageError`); a text over
``ExtractOptions.max_chars`` (:class:`~timeline.errors.InputTooLargeError`). An empty or blank
text gives an empty :class:`Extraction`. The work is linear in the length of the text.

Examples:
    >>> ex = extract("Chinese President Xi Jinping held a virtual meeting with Russian President "
    ...              "Vladimir Putin on Feb. 4.", published="2026-02-05")
    >>> [(e.kind, str(e.when), e.participant_names) for e in ex.events]
    [('meeting', '2026-02-04', ('Xi Jinping', 'Vladimir Putin'))]
    >>> ex.to_json_dict()["events"][0]["attributes"]
    {'mode': 'virtual', 'status': 'occurred'}
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, final

import attrs
import regex

from timeline.errors import (
    ConstraintError,
    InputError,
    InputTooLargeError,
    ParseError,
    UnsupportedLanguageError,
)
from timeline.events import Actor, ActorType, Event, Mention, Money
from timeline.extraction.actors import GAZETTEER, Gazetteer
from timeline.extraction.attributes import money_to_json
from timeline.extraction.detect import ENCOUNTERS, detect
from timeline.extraction.merge import MergedEvent, merge
from timeline.extraction.ordering import (
    OrderFact,
    apply_gaps,
    bound_by_adjuncts,
    defence_pairs,
    find_order,
    relation_name,
)
from timeline.extraction.patterns import LazyRegex, rx
from timeline.extraction.sentences import Sentence, split_sentences
from timeline.extraction.triggers import LEXICON, TriggerSpec
from timeline.when import When

if TYPE_CHECKING:
    from timeline.extraction.timex import Timex
    from timeline.timeline import Timeline

__all__ = [
    "DEFAULT_MAX_CHARS",
    "SUPPORTED_LANGUAGES",
    "EventRelation",
    "ExtractOptions",
    "Extraction",
    "extract",
    "extract_many",
]

#: The default size limit of one document, in characters (about 300 news articles).
DEFAULT_MAX_CHARS = 2_000_000
#: Languages :func:`extract` has grammars and lexicons for.
SUPPORTED_LANGUAGES = ("en",)


def _check_positive(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ValueError(f"ExtractOptions.{attribute.name} must be a positive int, got {value!r}")


def _to_kinds(value: Iterable[str] | None) -> frozenset[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return frozenset((value,))
    return frozenset(value)


@final
@attrs.frozen(kw_only=True)
class ExtractOptions:
    """Configuration of :func:`extract` (a frozen value: pass it explicitly, no global state).

    Attributes:
        max_chars: Longest text accepted, in characters
            (:class:`~timeline.errors.InputTooLargeError` beyond).
        kinds: Only detect these event kinds (``None``: all kinds of the lexicon).
        lexicon: The trigger lexicon (:data:`timeline.extraction.triggers.LEXICON` by default);
            add :class:`~timeline.extraction.triggers.TriggerSpec` entries for your own kinds.
        gazetteer: Name tables for actors and places.
        narrative_time: Give an event without a time of its own the narrative time (the last
            date mentioned before it); ``False`` leaves such events undated.
        document: A document id recorded in every mention.

    Examples:
        >>> opts = ExtractOptions(kinds=["call", "meeting"], narrative_time=False)
        >>> sorted(opts.kinds), opts.max_chars
        (['call', 'meeting'], 2000000)
        >>> ExtractOptions(max_chars=0)
        Traceback (most recent call last):
        ...
        ValueError: ExtractOptions.max_chars must be a positive int, got 0
    """

    max_chars: int = attrs.field(default=DEFAULT_MAX_CHARS, validator=_check_positive)
    kinds: frozenset[str] | None = attrs.field(default=None, converter=_to_kinds)
    lexicon: tuple[TriggerSpec, ...] = attrs.field(default=LEXICON, converter=tuple)
    gazetteer: Gazetteer = GAZETTEER
    narrative_time: bool = True
    document: str | None = None


@final
@attrs.frozen(kw_only=True)
class EventRelation:
    """An order relation between two extracted events (indices into ``Extraction.events``).

    Attributes:
        a: Index of the first event.
        b: Index of the second event.
        relation: ``"before"``, ``"after"``, ``"same_day"``, ``"during"``, ``"contains"`` or
            ``"overlaps"`` (``a`` relative to ``b``).
        cue: The words of the text that state it, or ``"when"`` when it follows from the times.

    Examples:
        >>> EventRelation(a=0, b=1, relation="before", cue="hours later").to_json()
        {'a': 0, 'b': 1, 'relation': 'before'}
    """

    a: int
    b: int
    relation: str
    cue: str = ""

    def to_json(self) -> dict[str, Any]:
        """The evaluation form ``{"a": ..., "b": ..., "relation": ...}``."""
        return {"a": self.a, "b": self.b, "relation": self.relation}


@final
@attrs.frozen(kw_only=True)
class Extraction:
    """The result of :func:`extract`: events, time expressions, sentences and a timeline.

    Attributes:
        text: The document text (offsets in the other fields index into it).
        published: The publication time used as the reference, if any.
        events: The events, in order of first mention.
        timexes: The time expressions.
        sentences: The sentences.
        timeline: The events as a :class:`~timeline.timeline.Timeline` with the order
            constraints read from the text.
        relations: Order relations between events (indices into :attr:`events`).

    Examples:
        >>> ex = extract("", published="2026-02-05")
        >>> ex.events, ex.timexes, ex.to_json_dict()
        ((), (), {'timexes': [], 'events': [], 'relations': []})
    """

    text: str
    published: Any = None
    events: tuple[Event, ...] = ()
    timexes: tuple[Timex, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    timeline: Timeline | None = None
    relations: tuple[EventRelation, ...] = ()

    def to_json_dict(self) -> dict[str, Any]:
        """The evaluation JSON of DESIGN section 7 (plus ids, types and mention texts).

        ``when`` is the TIMEX3/ISO value of the event's time, ``"FUTURE_REF"`` for a planned
        event with no date, or ``None``. Money attributes are written as ``"11.1e9 USD"``.

        Examples:
            >>> ex = extract("The White House announced an $11.1 billion arms sale to Taiwan "
            ...              "in November.", published="2026-02-05")
            >>> ev = ex.to_json_dict()["events"][0]
            >>> ev["kind"], ev["when"], ev["participants"], ev["attributes"]["amount"]
            ('arms_sale', '2025-11', ['United States', 'Taiwan'], '11.1e9 USD')
        """
        return {
            "timexes": [_timex_json(t) for t in self.timexes],
            "events": [_event_json(e) for e in self.events],
            "relations": [r.to_json() for r in self.relations],
        }


def _timex_json(t: Any) -> dict[str, Any]:
    out = {"start": t.start, "end": t.end, "text": t.text, "value": t.value}
    typ = getattr(t, "type", None)
    if typ is not None:
        out["type"] = getattr(typ, "value", str(typ))
    return out


def _json_value(value: object) -> object:
    if isinstance(value, Money):
        return money_to_json(value)
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def _event_json(e: Event) -> dict[str, Any]:
    attributes = {k: _json_value(v) for k, v in e.attributes.items()}
    when: str | None
    if e.when is not None:
        when = str(e.when)
    elif attributes.get("status") == "planned":
        when = "FUTURE_REF"
    else:
        when = None
    return {
        "id": e.id,
        "kind": e.kind,
        "when": when,
        "participants": [a.name for a in e.participants],
        "participant_types": [a.type.value for a in e.participants],
        "location": e.location,
        "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in e.mentions],
        "attributes": attributes,
        "confidence": e.confidence,
    }


# ---------------------------------------------------------------------------------------------
# input validation


def _as_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raw = bytes(text)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as err:
            raise InputError(
                f"the bytes are not UTF-8: byte {raw[err.start]:#04x} at offset {err.start} "
                f"cannot be decoded ({err.reason}); decode the text yourself and pass a str"
            ) from None
    raise InputError.for_value(text)


def _check_language(language: object) -> None:
    if not isinstance(language, str):
        raise UnsupportedLanguageError.for_language(language, supported=SUPPORTED_LANGUAGES)
    base = language.replace("_", "-").split("-")[0].casefold()
    if base not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguageError.for_language(language, supported=SUPPORTED_LANGUAGES)


def _published(published: object, tz: str | None) -> Any:
    """The publication time as an aware pendulum DateTime, or None."""
    if published is None:
        return None
    from timeline.when import to_datetime

    zone = tz or "UTC"
    if isinstance(published, str):
        text = published.strip()
        try:
            return to_datetime(text, zone)
        except ParseError:
            raise ParseError.for_text(
                published,
                expected="an ISO 8601 date or date-time such as '2026-02-05' or "
                "'1998-01-08T18:30:00'",
            ) from None
    if isinstance(published, (dt.datetime, dt.date)):
        return to_datetime(published, zone)
    raise ParseError.for_text(
        repr(published), expected="a date, a datetime or an ISO 8601 string such as '2026-02-05'"
    )


def _published_day(pub: Any) -> When | None:
    if pub is None:
        return None
    return When.day(pub.year, pub.month, pub.day, tz=pub.timezone_name or "UTC")


# ---------------------------------------------------------------------------------------------
# extraction


def extract(
    text: str | bytes,
    *,
    published: object = None,
    tz: str | None = None,
    language: str = "en",
    options: ExtractOptions | None = None,
) -> Extraction:
    """Extract typed events, their times and their order from a news text.

    Args:
        text: The document (``str``, or UTF-8 ``bytes``).
        published: Publication date or time: a ``datetime``/``pendulum.DateTime``, a ``date``,
            or an ISO 8601 string (``"2026-02-05"``, ``"1998-01-08T18:30:00"``). Relative
            expressions ("yesterday", "in November") are resolved against it; without it they
            stay unresolved.
        tz: Zone of the document (default: the zone of ``published``, else UTC).
        language: Language code; only English (``"en"``) is supported.
        options: An :class:`ExtractOptions` (defaults otherwise).

    Returns:
        The :class:`Extraction`.

    Raises:
        InputError: *text* is not text, or bytes that are not UTF-8 (the message names the byte
            offset).
        ParseError: *published* is not a date, a date-time or an ISO 8601 string.
        UnknownTimezoneError: *tz* is not a known zone.
        UnsupportedLanguageError: *language* is not supported.
        InputTooLargeError: *text* is longer than ``options.max_chars``.

    Examples:
        >>> text = ("President Joseph R. Biden, Jr. spoke today with President Vladimir Putin of "
        ...         "Russia. He proposed a summit meeting in the coming months.")
        >>> ex = extract(text, published="2021-04-13")
        >>> [(e.kind, str(e.when) if e.when else None, e.participant_names) for e in ex.events]
        ... # doctest: +NORMALIZE_WHITESPACE
        [('call', '2021-04-13', ('Joe Biden', 'Vladimir Putin')),
         ('summit', None, ('Joe Biden', 'Vladimir Putin'))]
        >>> [(r.a, r.relation, r.b) for r in ex.relations]
        [(0, 'before', 1)]
        >>> extract(b"caf\\xe9")
        Traceback (most recent call last):
        ...
        timeline.errors.InputError: the bytes are not UTF-8: byte 0xe9 at offset 3 cannot be \
decoded (unexpected end of data); decode the text yourself and pass a str
    """
    opts = options if options is not None else ExtractOptions()
    if not isinstance(opts, ExtractOptions):
        raise InputError(f"options must be an ExtractOptions, got {type(opts).__name__}")
    doc = _as_text(text)
    _check_language(language)
    if tz is not None:
        from timeline.when import to_datetime

        to_datetime(dt.date(2000, 1, 1), tz)  # validates the zone (UnknownTimezoneError)
    pub = _published(published, tz)
    if len(doc) > opts.max_chars:
        raise InputTooLargeError.for_size(len(doc), limit=opts.max_chars)
    if not doc.strip():
        return _build(doc, pub, (), (), (), (), opts)
    sentences = split_sentences(doc)
    from timeline.extraction.timex import find_timexes

    zone = tz or (pub.timezone_name if pub is not None else None)
    timexes = find_timexes(doc, published=pub, sentences=sentences, tz=zone)
    pub_day = _published_day(pub)
    candidates = detect(
        doc, sentences, timexes, lexicon=opts.lexicon, gazetteer=opts.gazetteer, kinds=opts.kinds
    )
    events = merge(candidates, published=pub_day, text=doc, gazetteer=opts.gazetteer)
    facts = find_order(doc, events, published=pub_day)
    events = apply_gaps(events, facts)
    events = bound_by_adjuncts(doc, events, timexes)
    events = _borrow_participants(events, doc)
    events = _join_sides(events)
    if opts.narrative_time:
        events = _narrative_times(
            events, pub_day, doc, frozenset(t.start for t in timexes if _is_date(t))
        )
        events = apply_gaps(events, facts)
    events = _place_of_occasion(events)
    return _build(doc, pub, sentences, timexes, events, facts, opts)


def _place_of_occasion(events: Sequence[MergedEvent]) -> tuple[MergedEvent, ...]:
    """ "Biden welcomed Fiala to the White House today ... Biden and Fiala also announced":
    what the parties of an in-person encounter announce that day, they announce there."""
    out = list(events)
    hosts = [
        e
        for e in events
        if e.kind in ("meeting", "summit", "visit")
        and e.location
        and e.when is not None
        and e.status != "planned"
        and e.attributes_dict.get("mode") not in ("phone", "virtual")
        and len(e.participants) >= 2
    ]
    if not hosts:
        return tuple(out)
    for i, e in enumerate(events):
        if e.kind not in ("announcement", "statement") or e.location or not e.participants:
            continue
        for h in hosts:
            if h.when == e.when and set(e.participants) <= set(h.participants):
                out[i] = attrs.evolve(e, location=h.location)
                break
    return tuple(out)


def _join_sides(events: Sequence[MergedEvent]) -> tuple[MergedEvent, ...]:
    """A defence and the attack it answers have the same sides and place: "Iran launched an
    attack against Israel ... the United States defended Israel" -> the United States, Israel and
    Iran, in Israel."""
    out = list(events)
    for a, b, _, _ in defence_pairs(events):
        d, attack = out[a], events[b]
        names = list(d.participants)
        types = list(d.participant_types)
        for n, t in zip(attack.participants, attack.participant_types, strict=True):
            if n not in names:
                names.append(n)
                types.append(t)
        out[a] = attrs.evolve(
            d,
            participants=tuple(names),
            participant_types=tuple(types),
            location=d.location or attack.location,
        )
    return tuple(out)


# Long-lasting states named by a noun: the day the story is told is inside them, not theirs.
_STATES = frozenset({"war", "wars", "conflict", "occupation", "hostilities", "fighting", "crisis"})
_ATTENDED_BEFORE = LazyRegex(
    r"\b(?:attend(?:ed|s|ing)?|join(?:ed|s|ing)?|took\s+part\s+in|participat(?:ed|es|ing)\s+in)"
    r"\s+(?:the\s+|a\s+|an\s+|this\s+year's\s+)?(?:[\w\u2019'-]+\s+){0,3}$",
    regex.IGNORECASE,
)


def _borrow_participants(
    events: Sequence[MergedEvent], text: str = ""
) -> tuple[MergedEvent, ...]:
    """ "the successful meeting in Busan": an encounter named without its parties takes the
    parties of the encounter mentioned just before it (not one a person attended: "Trump
    attended a summit of Asian leaders" is not his earlier meeting's)."""
    out = list(events)
    marks = sorted(
        (c.trigger.start, i)
        for i, e in enumerate(events)
        if e.kind in ENCOUNTERS and len(e.participants) >= 2
        for c in e.candidates
    )
    starts = [m[0] for m in marks]
    for i, e in enumerate(events):
        if e.kind not in ENCOUNTERS or len(e.participants) > 1 or e.first.placed:
            continue  # "three days after the Alaska summit": not the encounter just told
        k = bisect.bisect_left(starts, e.first.trigger.start) - 1
        if k < 0:
            continue
        donor = events[marks[k][1]]
        if not e.participants and e.first.trigger.text[:1].islower():
            out[i] = attrs.evolve(
                e, participants=donor.participants, participant_types=donor.participant_types
            )
        elif (
            len(e.participants) == 1
            and e.kind != "visit"  # a trip is one person's own
            and not _ATTENDED_BEFORE.search(
                text, max(0, e.first.trigger.start - 60), e.first.trigger.start
            )
        ):
            # "He proposed a summit meeting" after "Biden spoke with Putin": the same parties --
            # of the last encounter that person took part in (a few back at most)
            for back in range(k, max(-1, k - 6), -1):
                donor = events[marks[back][1]]
                if donor is not e and e.participants[0] in donor.participants:
                    out[i] = attrs.evolve(
                        e,
                        participants=donor.participants,
                        participant_types=donor.participant_types,
                    )
                    break
    return tuple(out)


def _is_date(t: Any) -> bool:
    """Whether a time expression dates something (not a duration such as "25 years")."""
    return getattr(t.type, "value", t.type) not in ("DURATION", "SET")


def _narrative_times(
    events: Sequence[MergedEvent],
    published: When | None = None,
    text: str = "",
    dated: frozenset[int] = frozenset(),
) -> tuple[MergedEvent, ...]:
    """Give undated events that happened the narrative time (the last date before them).

    Planned events and named periods keep no time; a narrative time after the publication
    date is not given to an event reported as done. An anniversary with no time of its own
    ("celebrating 25 years in NATO", "will mark the 60th anniversary of relations") is
    celebrated through the narrative year.
    """
    out = []
    end = published.latest_end if published is not None else None
    for e in events:
        if e.kind == "commemoration" and e.when is None and text:
            c = e.first
            sentence = text[c.sentence_span[0] : c.sentence_span[1]]
            narrative = c.narrative or published
            s0, s1 = c.sentence_span
            if (
                narrative is not None
                and narrative.earliest_start is not None
                and rx.search(r"\banniversary\b|\b\d+\s+years\b", sentence)
                and not any(s0 <= t < s1 for t in dated)  # no date of its own sentence
            ):
                year = narrative.earliest_start.year
                out.append(
                    attrs.evolve(e, when=When.year(year, tz=narrative.earliest_start.timezone_name))
                )
                continue
        if (
            e.when is None
            and e.status != "planned"
            and e.kind != "period"
            and not all(c.trigger.text.casefold() in _STATES for c in e.candidates)
        ):
            narrative = next((c.narrative for c in e.candidates if c.narrative is not None), None)
            future = (
                narrative is not None
                and end is not None
                and narrative.earliest_start is not None
                and narrative.earliest_start >= end
            )
            if narrative is not None and not future:
                e = attrs.evolve(e, when=narrative)
        out.append(e)
    return tuple(out)


_TYPES = {
    "PERSON": ActorType.PERSON,
    "COUNTRY": ActorType.COUNTRY,
    "ORGANISATION": ActorType.ORGANISATION,
}


@functools.cache
def _allowed(kind: str) -> frozenset[str] | None:
    from timeline.kinds import KINDS

    try:
        k = KINDS.get(kind)
    except KeyError:
        return None
    return frozenset(key for key in _ATTRIBUTE_KEYS if k.allows(key))


_ATTRIBUTE_KEYS = (
    "mode",
    "status",
    "treaty",
    "amount",
    "seller",
    "buyer",
    "name",
    "topic",
    "note",
    "target",
    "about",
    "medium",
)


def _to_event(
    doc: str, e: MergedEvent, sentences: Sequence[Sentence], opts: ExtractOptions
) -> Event:
    allowed = _allowed(e.kind)
    attributes = {k: v for k, v in e.attributes if allowed is None or k in allowed}
    if allowed is not None and "name" in e.attributes_dict and "name" not in allowed:
        attributes.setdefault("note", str(e.attributes_dict["name"]))
    starts = [s.start for s in sentences]
    mentions = []
    for a, b in e.mention_spans:
        si = bisect.bisect_right(starts, a) - 1
        sent = sentences[si] if 0 <= si < len(sentences) else None
        mentions.append(
            Mention(
                start=a,
                end=b,
                text=doc[a:b],
                document=opts.document,
                sentence=sent.text if sent is not None else None,
                sentence_span=(sent.start, sent.end) if sent is not None else None,
            )
        )
    participants = tuple(
        Actor(name, _TYPES.get(t, ActorType.UNKNOWN))
        for name, t in zip(e.participants, e.participant_types, strict=False)
    )
    confidence = 0.9 if len(e.candidates) > 1 else 0.7
    return Event(
        kind=e.kind,
        when=e.when,
        participants=participants,
        location=e.location,
        attributes=attributes,
        mentions=tuple(mentions),
        confidence=confidence,
    )


def _build(
    doc: str,
    pub: Any,
    sentences: Sequence[Sentence],
    timexes: Sequence[Any],
    merged: Sequence[MergedEvent],
    facts: Sequence[OrderFact],
    opts: ExtractOptions,
) -> Extraction:
    events = tuple(_to_event(doc, e, sentences, opts) for e in merged)
    relations = [EventRelation(a=f.a, b=f.b, relation=f.relation, cue=f.cue) for f in facts]
    stated = {(r.a, r.b) for r in relations} | {(r.b, r.a) for r in relations}
    relations.extend(_open_relations(events, stated))
    timeline = _timeline(events, facts)
    return Extraction(
        text=doc,
        published=pub,
        events=events,
        timexes=tuple(timexes),
        sentences=tuple(sentences),
        timeline=timeline,
        relations=tuple(relations),
    )


_MAX_PAIRWISE = 150


def _open_relations(events: Sequence[Event], stated: set[tuple[int, int]]) -> list[EventRelation]:
    """Relations that follow from the events' times alone, where exactly one holds.

    Pairs are compared with :func:`timeline.relations.relation`; a pair is reported only when
    every possible Allen relation has the same evaluation name (so two events on the same day,
    in unknown order, get none). Beyond ``_MAX_PAIRWISE`` dated events only open-ended times are
    compared, to stay linear.
    """
    from timeline.relations import relation

    out: list[EventRelation] = []
    dated = [i for i, e in enumerate(events) if e.when is not None and not e.when.is_duration]
    if len(dated) > _MAX_PAIRWISE:
        # keep the work linear on huge inputs: only the open times the JSON cannot show
        dated = [i for i in dated if events[i].when.is_open]  # type: ignore[union-attr]
    for i in dated:
        for j in dated:
            other = events[j]
            if j <= i or (i, j) in stated:
                continue
            possible = relation(events[i].when, other.when)  # type: ignore[arg-type]
            names = {relation_name(r) for r in possible}
            name = names.pop() if len(names) == 1 else None
            if name in ("before", "after", "during", "contains"):
                out.append(EventRelation(a=i, b=j, relation=name, cue="when"))
                stated.add((i, j))
                stated.add((j, i))
    return out


def _timeline(events: tuple[Event, ...], facts: Sequence[OrderFact]) -> Timeline | None:
    try:
        from timeline.timeline import Timeline
    except ImportError:  # pragma: no cover - the core module is always present in releases
        return None
    from timeline.relations import OrderNetwork

    # Add the constraints one by one to a network that knows the events' times, keeping those
    # that agree with it (the text can contradict itself; the timeline must not).
    network = OrderNetwork()
    involved = {i for f in facts for i in (f.a, f.b)}
    for i in sorted(involved):
        if events[i].when is not None and not events[i].when.is_duration:  # type: ignore[union-attr]
            try:
                network = network.anchor(events[i].id, events[i].when)  # type: ignore[arg-type]
            except (ConstraintError, ValueError):
                continue
    for f in facts:
        a, rel, b = f.normalised()
        try:
            network = network.add(events[a].id, rel, events[b].id, gap=f.gap)
        except (ConstraintError, ValueError):
            continue
    try:
        return Timeline(events, constraints=network)
    except (ConstraintError, ValueError):
        return Timeline(events)


def _extract_one(args: tuple[object, object, str | None, str, ExtractOptions | None]) -> Extraction:
    text, published, tz, language, options = args
    return extract(
        text,
        published=published,
        tz=tz,
        language=language,  # type: ignore[arg-type]
        options=options,
    )


def extract_many(
    texts: Iterable[str | bytes],
    *,
    published: object = None,
    tz: str | None = None,
    language: str = "en",
    options: ExtractOptions | None = None,
    processes: int | None = None,
) -> tuple[Extraction, ...]:
    """Run :func:`extract` over many documents, optionally in worker processes.

    Args:
        texts: The documents.
        published: One publication date for all documents, or a sequence of them (one per
            document, ``None`` allowed).
        tz: Zone for all documents.
        language: Language code for all documents.
        options: Options for all documents.
        processes: Number of worker processes; ``None`` or ``1`` runs in this process. The
            same function maps over a Dask bag or a Spark RDD for larger jobs.

    Returns:
        One :class:`Extraction` per document, in order.

    Raises:
        Any error :func:`extract` raises for a document.

    Examples:
        >>> docs = ["President Biden spoke today with President Putin.", ""]
        >>> [len(x.events) for x in extract_many(docs, published=["2021-04-13", None])]
        [1, 0]
    """
    docs = list(texts)
    if isinstance(published, (list, tuple)):
        pubs = list(published)
        if len(pubs) != len(docs):
            raise InputError(
                f"published has {len(pubs)} dates for {len(docs)} texts; give one per text or a "
                "single date"
            )
    else:
        pubs = [published] * len(docs)
    jobs = [(d, p, tz, language, options) for d, p in zip(docs, pubs, strict=True)]
    if processes is None or processes <= 1 or len(jobs) <= 1:
        return tuple(_extract_one(j) for j in jobs)
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=processes) as pool:
        return tuple(pool.map(_extract_one, jobs, chunksize=max(1, len(jobs) // (4 * processes))))
