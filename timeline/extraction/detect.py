"""Event detection, sentence by sentence (pipeline stage 5).

For each sentence: find the triggers (:mod:`timeline.extraction.triggers`), keep those that assert
or plan an event, and build a :class:`Candidate` for each with

* its **participants**, read from the trigger's clause: the subject of a verb trigger (or of the
  light verb in "held a meeting", "made a call"), the possessor of a noun trigger ("Russia's
  withdrawal"), actors inside the noun phrase ("the Xi-Trump call", "U.S. weapons package"),
  and the objects after it ("with Putin", "between Xi and Trump", "to Trump", "by Secretary
  Yellen"); a statement has its speaker only;
* its **location** and **attributes** (:mod:`timeline.extraction.attributes`): mode, money, treaty
  name, the name of a named event ("Victory Day Parade", "15th Five-Year Plan");
* its **time**: a time expression of the same clause first (the nearest), then one of the
  sentence, never one inside another event's temporal adjunct ("Following the announcement in
  November, Xi called ..." gives November to the announcement, not to the call). An event with
  no time of its own keeps ``when=None`` here and records the *narrative time* (the last date
  mentioned before it), which :mod:`timeline.extraction.pipeline` uses only if merging gives it no
  better time.

A clause here is a stretch of the sentence between commas, semicolons, colons, dashes and
parentheses: cheap, linear, and good enough for news prose.

Time expressions are duck-typed: any object with ``start``, ``end``, ``text``, ``type`` and
``when`` (a :class:`~timeline.when.When` or ``None``) works, which keeps this stage testable
without the time-expression stage.

Examples:
    >>> from timeline.extraction.sentences import split_sentences
    >>> text = ("Chinese President Xi Jinping held a virtual meeting with Russian President "
    ...         "Vladimir Putin.")
    >>> [(c.kind, c.participant_names, c.attributes_dict.get("mode"))
    ...  for c in detect(text, split_sentences(text), ())]
    [('meeting', ('Xi Jinping', 'Vladimir Putin'), 'virtual')]
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Protocol, final

import attrs
import pendulum
import regex

from timeline.extraction.actors import (
    GAZETTEER,
    ActorMention,
    ActorResolver,
    Gazetteer,
    MentionRole,
)
from timeline.extraction.anchoring import after_since
from timeline.extraction.attributes import find_location, find_mode, find_money, find_treaty
from timeline.extraction.normalise import parse_ordinal, parse_quantity
from timeline.extraction.patterns import LazyRegex, rx
from timeline.extraction.triggers import (
    LEXICON,
    Modality,
    TriggerMatch,
    TriggerSpec,
    assess,
    find_triggers,
    title_case,
)
from timeline.relations import definitely_before
from timeline.when import Granularity, When

__all__ = ["Candidate", "TimexLike", "clause_spans", "detect"]


class TimexLike(Protocol):
    """What detection needs from a time expression (see :mod:`timeline.extraction.timex`)."""

    start: int
    end: int
    text: str
    type: Any
    when: When | None


# Kinds that are encounters between parties (participants come from "with X", "between X and Y").
ENCOUNTERS = frozenset({"meeting", "call", "summit", "negotiation", "visit"})
# Kinds a city hosts: "Beijing's commemorations" happen in Beijing ("Moscow's withdrawal" is
# Russia's).
_HOSTED = frozenset({"parade", "commemoration", "summit", "meeting", "negotiation", "visit"})
# Weak triggers: light nouns that usually refer back to an encounter already mentioned.
WEAK_TRIGGERS = frozenset(
    {"talks", "discussion", "exchange", "exchanges", "conversation", "dialogue", "consultations"}
)


def _freeze_attributes(
    value: Mapping[str, object] | Iterable[tuple[str, object]],
) -> tuple[tuple[str, object], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    return tuple(sorted(items, key=lambda kv: kv[0]))


@final
@attrs.frozen(kw_only=True)
class Candidate:
    """One event mention found in a sentence, before merging.

    Attributes:
        kind: The event kind.
        trigger: The trigger that announced it (its span is the mention span).
        sentence_index: Index of the sentence in the document.
        sentence_span: ``(start, end)`` of the sentence.
        clause_span: ``(start, end)`` of the trigger's clause.
        participants: Actor mentions (canonical names) taking part.
        location: Where it happened, if stated.
        attributes: Typed attributes as sorted ``(key, value)`` pairs.
        status: ``"occurred"`` or ``"planned"``.
        when: The time read from the clause or the sentence, else ``None``.
        time_source: ``"clause"``, ``"sentence"`` or ``None``.
        timex_span: Span of the time expression used, if any.
        time_counts_on: Whether that expression counts forward from an earlier time ("hours
            later", "three days later", "the next day"), so the event comes after the one it
            counts from.
        narrative: The narrative time at this point of the text (last date mentioned), if any.
        weak: Whether the trigger is a light noun that usually refers back ("the talks").
        definite: Whether the mention refers back to an event already known: a definite noun
            phrase ("the call", "this attack", "Russia's withdrawal") or a headline.
        extra_mentions: Further spans that belong to this mention ("consultations, dialogues
            and exchanges" listed together).
        placed: Whether the trigger's clause places it a distance before or after the news
            ("..., three days after the Alaska summit"): another event, whose parties the
            sentence does not give.

    Examples:
        >>> from timeline.extraction.triggers import find_triggers
        >>> t = find_triggers("They met.")[0]
        >>> c = Candidate(kind="meeting", trigger=t, sentence_index=0, sentence_span=(0, 9),
        ...               clause_span=(0, 9))
        >>> c.mention_spans, c.participant_names, c.when is None
        (((5, 8),), (), True)
    """

    kind: str
    trigger: TriggerMatch
    sentence_index: int
    sentence_span: tuple[int, int]
    clause_span: tuple[int, int]
    participants: tuple[ActorMention, ...] = ()
    location: str | None = None
    attributes: tuple[tuple[str, object], ...] = attrs.field(
        default=(), converter=_freeze_attributes
    )
    status: str = "occurred"
    when: When | None = None
    time_source: str | None = None
    timex_span: tuple[int, int] | None = None
    time_counts_on: bool = False
    narrative: When | None = None
    weak: bool = False
    definite: bool = False
    extra_mentions: tuple[tuple[int, int], ...] = ()
    placed: bool = False

    @property
    def participant_names(self) -> tuple[str, ...]:
        """Canonical participant names, without duplicates, in order."""
        return tuple(dict.fromkeys(p.name for p in self.participants))

    @property
    def attributes_dict(self) -> dict[str, object]:
        """The attributes as a new dict."""
        return dict(self.attributes)

    @property
    def mention_spans(self) -> tuple[tuple[int, int], ...]:
        """The trigger span followed by any extra spans."""
        return ((self.trigger.start, self.trigger.end), *self.extra_mentions)


# ---------------------------------------------------------------------------------------------
# clauses

_CLAUSE_BREAK = LazyRegex(r"[,;:()\u2014\u2013]|\s-\s|\s--\s")


def clause_spans(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Split ``text[start:end]`` into clause-like pieces at punctuation.

    Breaks at commas, semicolons, colons, parentheses, dashes and double quotes; the pieces cover
    the span without the break characters and are never empty.

    Examples:
        >>> t = "Following the talks, Xi called Trump (hours later); it went well."
        >>> [t[a:b] for a, b in clause_spans(t, 0, len(t))]
        ['Following the talks', ' Xi called Trump ', 'hours later', ' it went well.']
    """
    out: list[tuple[int, int]] = []
    pos = start
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        # keep thousands separators and decimal commas inside numbers: "$228,105"
        if (
            m.group() == ","
            and m.start() > start
            and text[m.start() - 1].isdigit()
            and (m.end() < end and text[m.end()].isdigit())
        ):
            continue
        # "Joseph R. Biden, Jr." / "Woodside, California" keep going: a comma before a
        # suffix or a place name is not a clause break
        if m.group() == "," and rx.match(
            r"\s+(?:Jr\.|Sr\.|Inc\.|Ltd\.?)", text[m.end() : m.end() + 6]
        ):
            continue
        if pos < m.start():
            out.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return tuple(s for s in out if text[s[0] : s[1]].strip()) or ((start, end),)


# "days after", "two weeks before": a distance may lead the adjunct
_LEAD = r"(?:(?:[\w-]+\s+)?(?:hours|days|weeks|months|years|minutes)\s+(?=after|before))?"
_ADJUNCT_START = LazyRegex(
    r"\s*(?:and\s+|but\s+)?" + _LEAD + r"(?:following|after|before|ahead\s+of|prior\s+to|"
    r"since|until|during|coinciding|coming|amid|despite|in\s+the\s+(?:weeks|days|months|run-up)|as\s+well\s+as|"
    r"including|such\s+as|preceding|in\s+response\s+to)\b",
    regex.IGNORECASE,
)
_TEMPORAL_ADJUNCT = LazyRegex(
    r"\s*(?:and\s+)?" + _LEAD + r"(?:following|after|before|ahead\s+of|prior\s+to|since|"
    r"preceding|coming|in\s+the\s+(?:weeks|days|months|years|hours)\s+(?:before|after|preceding|following))\b",
    regex.IGNORECASE,
)
# an adjunct that places its event a distance from the news: "three days after the summit"
_PLACED = LazyRegex(
    r"\s*(?:and\s+)?(?:[\w-]+\s+)?(?:hours|days|weeks|months|years)\s+(?:after|before)\b",
    regex.IGNORECASE,
)
_ANAPHORIC_TIME = LazyRegex(
    r"(?:later|earlier|after|afterwards|the\s+next|the\s+following|the\s+same|the\s+previous|"
    r"the\s+day\s+before|the\s+day\s+after)\b",
    regex.IGNORECASE,
)


def _is_adjunct(text: str, span: tuple[int, int]) -> bool:
    return bool(_ADJUNCT_START.match(text, span[0], span[1]))


# ---------------------------------------------------------------------------------------------
# participants

_LIGHT_VERBS = frozenset(
    [
        *("return", "returns", "returned", "returning", "pay", "pays", "paid", "paying"),
        *("conclude", "concludes", "concluded", "wrap", "wrapped"),
        *("start", "started", "arrive", "arrived", "approve", "approved", "approves"),
        *("clear", "cleared", "authorize", "authorized", "authorise", "authorised"),
        *("watch", "watched", "attend", "attended", "review", "reviewed", "stage", "staged"),
        *("resume", "resumed", "resumes", "embarked", "opened", "ended", "sat"),
        *("carried", "carries", "carry", "conducted", "conducts", "conduct", "staging"),
        "hold",
        "holds",
        "held",
        "holding",
        "have",
        "has",
        "had",
        "having",
        "conduct",
        "conducts",
        "conducted",
        "conducting",
        "make",
        "makes",
        "made",
        "making",
        "host",
        "hosts",
        "hosted",
        "hosting",
        "join",
        "joins",
        "joined",
        "joining",
        "attend",
        "attends",
        "attended",
        "attending",
        "convene",
        "convened",
        "begin",
        "began",
        "launch",
        "launched",
        "launches",
        "launching",
        "pursue",
        "pursued",
        "participate",
        "participated",
        "take",
        "took",
        "taking",
        "propose",
        "proposed",
        "proposes",
        "proposing",
    ]
)
_POSSESSIVE = LazyRegex(r"[\u2019']s?$")
_OBJECT_PREPS = {
    "meeting": ("with", "between", "and", "of"),
    "call": ("with", "between", "to"),
    "summit": ("with", "between", "of"),
    "negotiation": ("with", "between"),
    "visit": ("of", "by"),
    "sanction": ("on", "against", "targeting"),
    "military_action": ("against", "on", "at", "by", "of", "toward", "towards", "into"),
    "arms_sale": ("to", "for"),
    "treaty_signing": ("with", "between"),
    "treaty_extension": ("with", "between"),
    "treaty_withdrawal": (),
    "treaty_expiry": (),
    "announcement": (),
    "statement": (),
    "parade": ("alongside", "with"),
    "commemoration": ("of",),
    "election": (),
    "period": (),
}
_ATTENDANCE = LazyRegex(
    r"(?:[\u2019']s\s+(?:presence|role|participation|attendance|appearance)\b|\s+(?:attend(?:s|ed|ing)?|"
    r"join(?:s|ed|ing)?|t(?:ake|akes|ook|aking)\s+part\s+in|participat(?:e|es|ed|ing)\s+in|"
    r"was\s+(?:the\s+)?(?:\w+\s+)?guest(?:\s+of\s+honou?r)?\s+at))"
)


def _within(mentions: Sequence[ActorMention], lo: int, hi: int) -> Sequence[ActorMention]:
    """The mentions that lie inside ``[lo, hi)``: *mentions* are in text order and do not
    overlap (as :meth:`ActorResolver.find` gives them), so both ends are found by bisection."""
    i = bisect.bisect_left(mentions, lo, key=lambda m: m.start)
    j = bisect.bisect_right(mentions, hi, key=lambda m: m.end)
    return mentions[i:j] if i < j else ()


_OFFICES_OF = LazyRegex(
    r"(?:the\s+)?(?:(?:prime|foreign|defen[cs]e|finance)\s+)?(?:ministers|presidents|leaders|"
    r"heads\s+of\s+(?:state|government)|premiers|chancellors|envoys|delegations)\s+"
    r"(?:of|from)\s+(?:the\s+)?",
    regex.IGNORECASE,
)
_TARGETS_IN = (
    r"(?:[\w-]+\s+){0,2}?(?:targets?|positions?|sites?|facilities|bases?|infrastructure|"
    r"cities|towns)\s+(?:in|inside|across|throughout)\s+(?:the\s+)?"
)
_SUBORDINATE = LazyRegex(
    r"\b(?:after|before|when|while|because|since|until|whereas|although|though)\s",
    regex.IGNORECASE,
)
_ATTENDED_BY = LazyRegex(
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,2})?,?\s+"
    r"(?:attended|hosted|joined|watched|chaired|led)\s+by\s+(?:the\s+)?"
)
_ALONGSIDE = LazyRegex(r"\b(?:alongside|together\s+with|flanked\s+by)\s+(?:the\s+)?")
_ALONGSIDE_KINDS = frozenset({"parade", "commemoration", "summit", "meeting", "visit"})
_TREATY_BETWEEN = (
    r"\s+(?:of|on|to|over)\s+(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:treaty|agreement|accord|pact|deal|truce|ceasefire|cease-fire|memorandum|protocol)"
    r"\s+between\s+"
)
_DATELINE = LazyRegex(
    r"[A-Z]{3,}[A-Z.'\- ]{0,30}(?:,[^\S\n]*[^,()\n\u2014\u2013]{1,30}){0,2}[^\S\n]*"
    r"(?:\([A-Za-z.&' -]{1,30}\)[^\S\n]*)?(?:\u2014|\u2013|--|-|_|:)[^\S\n]+(?=\S)"
)
_CONTEST = LazyRegex(
    r"\b(?:won|wins|win|winning|defeated|defeats|defeating|beat|beats|beating|lost\s+to|"
    r"loses\s+to|edged(?:\s+out)?|trounced|ousted|unseated)\b"
)


_RIVAL_AFTER = LazyRegex(
    r"(?:\s+(?:on|in|last|this)\s+\w+)?,?\s+(?:defeating|beating|edging(?:\s+out)?|ousting|"
    r"against)\s+"
)
_TITLES_ONLY = LazyRegex(r"(?:(?:the|incumbent|former|[A-Z][\w.-]*)\s+){0,3}")


def _contestants(
    text: str, mentions: Sequence[ActorMention], lo: int, pos: int
) -> list[ActorMention]:
    """The candidates of an election named by a contest verb before it in its clause: "Lee
    defeated Kim in the presidential election", "Sheinbaum won Mexico's election"."""
    verbs = list(_CONTEST.finditer(text, lo, pos))
    if not verbs:
        return []
    verb = verbs[-1]
    out = [m for m in _group_before(mentions, text, verb.start(), lo) if m.is_person]
    rivals = _group_after(mentions, text, verb.end(), pos)
    if rivals and not text[verb.end() : rivals[0].start].strip():
        out.extend(m for m in rivals if m.is_person)
    return out


def _group_before(
    mentions: Sequence[ActorMention], text: str, pos: int, lo: int, first_lo: int | None = None
) -> list[ActorMention]:
    """The nearest group of actors ending before *pos* (joined by "and", commas, titles).

    The nearest member must start at or after *first_lo* (the clause); the group may then
    extend back to *lo* (the sentence) over a list: "Rubio, Witkoff, and Driscoll held ...".
    """
    before = _within(mentions, lo, pos)
    if not before or (first_lo is not None and before[-1].start < first_lo):
        return []
    group = [before[-1]]
    for m in reversed(before[:-1]):
        gap = text[m.end : group[0].start]
        if rx.fullmatch(r"\s+of\s+(?:the\s+)?", gap) and m.is_person and not group[0].is_person:
            group[0] = m  # "King Abdullah II of Jordan": the person, not the country
            continue
        if rx.fullmatch(
            r"\s*+(?:[\u2019']s)?\s*+(?:,\s*+(?:and\s++)?|and\s++|&\s++|-)\s*+(?:the\s++)?", gap
        ):
            same_kind = m.role is group[0].role and m.role is not MentionRole.PERSON
            if "," in gap and not same_kind and not _starts_clause(text, m.start, lo):
                break  # "... arms sale to Taiwan, Xi made a call": not a list of actors
            group.insert(0, m)
        else:
            break
    return group


def _starts_clause(text: str, pos: int, lo: int) -> bool:
    """Whether only "and"/"the" or nothing stands between the clause start and *pos*."""
    head = text[max(lo, pos - 40) : pos]
    cut = max(head.rfind(","), head.rfind(";"), head.rfind(":"), head.rfind("\n"))
    rest = head[cut + 1 :].strip().casefold() if cut >= 0 or pos - 40 <= lo else "x"
    return rest in ("", "and", "the", "and the")


def _group_after(
    mentions: Sequence[ActorMention], text: str, pos: int, hi: int
) -> list[ActorMention]:
    """The first group of actors in ``[pos, hi)``: a list joined by commas, "and" or "of"."""
    i = bisect.bisect_left(mentions, pos, key=lambda m: m.start)
    j = bisect.bisect_right(mentions, hi, key=lambda m: m.end)
    return _group_of((mentions[k] for k in range(i, j)), text)


def _owned_people(mentions: Iterable[ActorMention], text: str) -> Iterator[ActorMention]:
    """*mentions* with a possessive country right before a person left out: in "Japan's
    Ishiba", Ishiba is the actor and Japan his country."""
    held: ActorMention | None = None
    for m in mentions:
        if held is not None:
            if not (m.is_person and _POSSESSIVE_GAP.fullmatch(text, held.end, m.start)):
                yield held
            held = None
        if m.possessive and not m.is_person:
            held = m
            continue
        yield m
    if held is not None:
        yield held


def _group_of(mentions: Iterable[ActorMention], text: str) -> list[ActorMention]:
    """The group that the first of *mentions* opens; the others are read only up to its end."""
    after = _owned_people(mentions, text)
    first = next(after, None)
    if first is None:
        return []
    group = [first]
    last = first.end  # the end of the last mention read, joined or passed over
    for m in after:
        gap = text[last:m.start]
        owner = last == group[-1].end and group[-1].is_person
        if owner and rx.fullmatch(r"\s+of\s+(?:the\s+)?", gap):
            last = m.end
            continue  # "President Vladimir Putin of Russia"
        last = m.end
        if gap == "-":
            group.append(m)  # "U.S.-Kenya relations"
            continue
        if rx.fullmatch(
            # "President Ruto of Kenya, and ...": a country the tables do not know, in capitals
            r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\u2019'-]*(?:\s+(?:of\s+|the\s+)*[A-Z][\w\u2019'-]*)*)?"
            r"(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+|"
            r"\s*&\s+)(?:(?:his|her|their|the|my|our|its)\s+(?:[a-z]+\s+)?)?",
            gap,
        ):
            if "," in gap and rx.match(
                r"\s+(?:(?:also|later|has|had)\s+)?(?:said|says|told|added|announced|reported)\b",
                text[m.end : m.end + 30],
            ):
                break  # "to meet Trong, the White House said": the source, not a member
            group.append(m)
        else:
            break
    return group


_POSSESSIVE_GAP = LazyRegex(r"[\u2019']s?\s+")
_AND_VERB = LazyRegex(r"\s(?:,\s*)?and\s+(?:then\s+|later\s+|also\s+)?$")


def _object_of_a_first_verb(text: str, group: Sequence[ActorMention], verb: int) -> bool:
    """Whether the actors right before a second, coordinated verb were what the first verb
    took: words follow them, then "and" ("visited Beijing in May and met"), so they are
    not its subject."""
    if not group:
        return False
    conj = _AND_VERB.search(text, group[-1].end, verb)
    return conj is not None and conj.start() > group[-1].end


_WHO_VERB = LazyRegex(
    r"\s*who\s+(?:(?:also|later|then|first|last|had|has|have|will|would|recently|previously|"
    r"briefly|already)\s+)*",
    regex.IGNORECASE,
)
_RELATIVE_START = LazyRegex(r"\s*(?:who|whom|whose|which|where)\b", regex.IGNORECASE)


def _subject_of_sentence(
    mentions: Sequence[ActorMention],
    text: str,
    clauses: Sequence[tuple[int, int]],
    before: int | None = None,
) -> tuple[ActorMention, ...]:
    """The subject of a sentence: the actors that open its first clause with any (not an
    adjunct or relative clause), when that clause starts before *before*."""
    return _SentenceSubject(mentions, text, clauses).before(before)


class _SentenceSubject:
    """A sentence's subject (see :func:`_subject_of_sentence`), found on first use and kept:
    every trigger of a long sentence without a subject of its own falls back on it."""

    __slots__ = ("_clauses", "_found", "_mentions", "_text")

    def __init__(
        self, mentions: Sequence[ActorMention], text: str, clauses: Sequence[tuple[int, int]]
    ) -> None:
        self._mentions, self._text, self._clauses = mentions, text, clauses
        self._found: tuple[int, tuple[ActorMention, ...]] | None = None

    def before(self, pos: int | None) -> tuple[ActorMention, ...]:
        """The subject, if its clause starts before *pos* (None: anywhere in the sentence)."""
        if self._found is None:
            self._found = self._find()
        start, group = self._found
        return group if pos is None or start < pos else ()

    def _find(self) -> tuple[int, tuple[ActorMention, ...]]:
        """The start of the clause that decides the subject, and the subject (none when that
        clause opens with an object); a sentence where no clause decides has none."""
        mentions, text, clauses = self._mentions, self._text, self._clauses
        for span in clauses:
            if _is_adjunct(text, span) or _RELATIVE_START.match(text, span[0], span[1]):
                continue  # "The minister, who visited Canberra in March, flew ...": not Canberra
            i = bisect.bisect_left(mentions, span[0], key=lambda m: m.start)
            j = bisect.bisect_left(mentions, span[1], key=lambda m: m.start)
            first = next(
                (mentions[k] for k in range(i, j) if mentions[k].role is not MentionRole.DEMONYM),
                None,
            )
            if first is None:
                continue
            # The subject comes before the verb: "Xi held ..." -- not "... spoke with Trump".
            head = text[span[0] : first.start]
            if rx.search(
                r"\b(?:with|to|by|of|for|from|against|on|at|in)\s+(?:the\s+)?$", head
            ) and (
                not rx.search(
                    r"(?i)\b(?:leaders?|heads?|ministers?|members?|representatives|delegations?|"
                    r"negotiators|officials)\s+(?:of|from)\s+(?:the\s+)?$",
                    head,
                )
            ):
                return (span[0], ())  # an object, not the subject -- but "Leaders of the G7 met"
            # "Erdogan, Putin discuss ...": a headline's list runs over the comma
            i = bisect.bisect_left(mentions, first.start, key=lambda m: m.start)
            j = bisect.bisect_right(mentions, clauses[-1][1], key=lambda m: m.end)
            others = (mentions[k] for k in range(i, j))
            group = _group_of((m for m in others if m.role is not MentionRole.DEMONYM), text)
            return (span[0], tuple(group))
        return (len(text) + 1, ())


@functools.cache
def _preposition_after(reach: int, preps: tuple[str, ...]) -> regex.Pattern[str]:
    """One of *preps* within *reach* words after a trigger: "met him briefly with"."""
    return regex.compile(
        rf"(?:\s++(?:[\w.\u2019'$-]++\s++){{0,{reach}}}?)?\s*+\b({'|'.join(preps)})\s+"
    )


def _participants(
    text: str,
    trigger: TriggerMatch,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    clauses: Sequence[tuple[int, int]],
    mentions: Sequence[ActorMention],
    subject_of: _SentenceSubject,
) -> tuple[list[ActorMention], str | None]:
    """Participants of a trigger and a place named by a possessive capital, if any.

    *subject_of* is the sentence's subject (of *mentions* in *clauses*), shared by its triggers.
    """
    kind, spec = trigger.kind, trigger.spec
    a, b = trigger.start, trigger.end
    actors: list[ActorMention] = []
    place: str | None = None
    lo, hi = clause
    in_clause = _within(mentions, lo, hi)

    if kind == "statement":
        return _speaker(text, trigger, clause, sentence, clauses, mentions), None

    # 1. inside the noun phrase / possessor right before a noun trigger
    if spec.pos == "noun":
        np_start = _noun_phrase_start(text, a, lo)
        inner = [m for m in in_clause if np_start <= m.start and m.end <= a]
        for m in inner:
            if m.possessive and m.role is MentionRole.CAPITAL and kind in _HOSTED:
                place = place or m.text  # "Moscow's Victory Day Parade": where it took place
                continue
            if m.role is MentionRole.CAPITAL and kind in ("parade", "commemoration", "summit"):
                place = place or m.text
                continue
            if (
                kind == "visit"
                and not m.possessive
                and m.role in (MentionRole.COUNTRY, MentionRole.CAPITAL)
            ):
                place = place or m.text  # "wrap up China visit": where the visit went
                continue
            actors.append(m)
        if not any(m.possessive and m.is_person for m in inner):
            # "held a meeting", "joined leaders for the U.S.-ASEAN Summit", "Xi watched
            # Russia's parade" (a country's event has guests): the subject of the light verb
            window = text[lo:a]
            light = None
            for lm in rx.finditer(r"\b(\w+)\b", window):
                if lm.group(1).islower() and lm.group(1) in _LIGHT_VERBS:
                    light = lo + lm.start()
            # a stop, but not the decimal point of "\u20ac4.4 billion"; and the light verb must
            # govern the noun ("held a virtual meeting"), not be the verb of a clause before a
            # subordinate one ("approved a fund and two days after Russia marked ... a parade")
            if (
                light is not None
                and not rx.search(r";|\.(?!\d)", text[light:a])
                and not _SUBORDINATE.search(text, light, a)
            ):
                # the subject first: "Xi watched Russia's parade" -> Xi, Russia; an infinitive's
                # is the sentence's ("Modi will visit China ... to attend the SCO summit")
                subject = _group_before(mentions, text, light, sentence[0], lo)
                if (
                    subject
                    and rx.search(r"\bto\s+$", text[max(lo, light - 4) : light])
                    and _TRAVELLED_TO.search(text, max(lo, subject[0].start - 40), subject[0].start)
                ):
                    subject = [m for m in subject_of.before(light) if m.end <= light]
                actors[:0] = [m for m in subject if m not in actors]
                # "Biden will host President Ruto for a State Visit": the light verb's object
                lv = rx.match(r"\w+\s+", text[light:a])
                if lv is not None:
                    obj = _group_after(mentions, text, light + lv.end(), a)
                    if kind == "visit":  # "arrived in Beijing for a state visit": the place
                        obj = [
                            m
                            for m in obj
                            if m.role not in (MentionRole.CAPITAL, MentionRole.COUNTRY)
                        ]
                    if obj and obj[0].start - (light + lv.end()) <= 4:
                        actors.extend(obj)
                if not actors and not _is_adjunct(text, clause):
                    actors.extend(m for m in subject_of.before(a) if m.end <= a)
        if (
            kind in ENCOUNTERS
            and not actors
            and not rx.match(r"\s+between\s", text[b : b + 10])  # the parties are named
            and rx.search(
                r"\b(?:at|for|during|in|after|before|following|ahead\s+of)\s+"
                r"(?:their|his|her|its|a|an|the)?\s*(?:[\w-]+\s+){0,3}$",
                text[max(lo, a - 60) : a],
            )
        ):
            # "Biden and Xi agreed at their summit", "NATO leaders gathered for a summit",
            # "Erdogan, Putin discuss grain deal in phone call", "Zelensky left after a tense
            # meeting with Trump": the sentence's subject
            actors.extend(
                m
                for m in subject_of.before(a)
                if m.end <= a and m.role is not MentionRole.CAPITAL
            )
        if kind == "election":
            actors.extend(m for m in _contestants(text, mentions, lo, a) if m not in actors)
            # "won the election on Tuesday, defeating Kamala Harris": the rival after it
            rival = _RIVAL_AFTER.match(text, b, min(sentence[1], b + 60))
            if rival is not None:
                grp = _group_after(mentions, text, rival.end(), sentence[1])
                if grp and _TITLES_ONLY.fullmatch(text, rival.end(), grp[0].start):
                    actors.extend(m for m in grp if m.is_person and m not in actors)
        if kind in ("parade", "commemoration", "summit", "election") and not any(
            m.start < np_start for m in actors
        ):
            # "Xi attended Russia's Victory Day parade": who attended, besides the owner
            back = text[max(sentence[0], a - 150) : a]
            best = None
            for am in _ATTENDANCE.finditer(back):
                best = am
            if best is not None:
                pos = max(sentence[0], a - 150) + best.start()
                grp = _group_before(mentions, text, pos, sentence[0])
                actors[:0] = [
                    g
                    for g in grp
                    if g.role in (MentionRole.PERSON, MentionRole.COUNTRY, MentionRole.ORGANISATION)
                    and g not in actors
                ]
    else:
        # verbs: the subject before the verb, else the sentence's subject
        subject = _group_before(mentions, text, a, sentence[0], lo)
        subject = [
            m for m in subject if m.role is not MentionRole.DEMONYM or _demonym_actor(text, m)
        ]
        if (
            subject
            and not subject[-1].possessive
            and rx.search(
                r"\b(?:in|at|on|to|from|with|of|by|for|against)\s+(?:the\s+)?$",
                text[max(sentence[0], subject[0].start - 12) : subject[0].start],
            )
        ):
            subject = []  # "met in Pyongyang ... and signed": Pyongyang is no subject
        if _object_of_a_first_verb(text, subject, a):
            subject = []  # "Lula visited Beijing in May and met Xi": Beijing was visited
        if not subject and _WHO_VERB.fullmatch(text, lo, a):
            # "Trump's envoy Steve Witkoff, who met Putin": the relative pronoun's antecedent
            head = _within(mentions, max(sentence[0], lo - 80), lo)
            if head and head[-1].is_person and not text[head[-1].end : lo].strip(" ,"):
                subject = [head[-1]]
        if not subject and not _is_adjunct(text, clause):
            subject = [m for m in subject_of.before(a) if m.end <= a]
        if (
            subject
            and trigger.kind != "statement"
            and _reports_between(text, max(subject[-1].end, a - 200), a)
        ):
            subject = []  # "The White House said the two leaders met": the speaker did not
        actors.extend(subject)

    # 2. objects after the trigger
    preps = _OBJECT_PREPS.get(kind, ("with",))
    tail = text[b:hi]
    if spec.pos == "verb" and kind in ENCOUNTERS | {"sanction", "military_action", "election"}:
        # direct object: "met Putin", "welcomed Fiala", "invaded Ukraine", "spoke today with X",
        # "elected Lee Jae-myung"
        lead = rx.match(
            r"\s+(?:(?:today|yesterday|again|also|briefly|separately|virtually|"
            r"\w+ly)\s+)?(?:(with|to)\s+)?",
            tail,
        )
        start_obj = b + (lead.end() if lead else 0)
        grp = _group_after(mentions, text, start_obj, sentence[1])
        offices = _OFFICES_OF.match(text, start_obj, sentence[1])
        if offices is not None:
            # "hosted the prime ministers of Italy, Canada and Belgium": their countries
            grp = _group_after(mentions, text, offices.end(), sentence[1])
            start_obj = offices.end() if grp and grp[0].start == offices.end() else start_obj
        if (
            grp
            and (
                grp[0].start - start_obj <= 2
                # "meet Communist Party chief Nguyen Phu Trong": the role's own modifiers
                or (
                    grp[0].is_person
                    and rx.fullmatch(
                        r"(?:[A-Z][\w.\u2019'-]*\s+){1,3}", text[start_obj : grp[0].start]
                    )
                )
                # "will meet his Indian counterpart": the country the counterpart stands for
                or (
                    grp[0].role is MentionRole.DEMONYM
                    and rx.fullmatch(
                        r"(?:his|her|their|its|the)\s+", text[start_obj : grp[0].start]
                    )
                    and _demonym_actor(text, grp[0])
                )
            )
        ):
            if kind == "visit":
                # "Putin will visit India": the place visited, not a participant
                grp = [m for m in grp if m.role not in (MentionRole.COUNTRY, MentionRole.CAPITAL)]
            if kind in ("military_action", "sanction"):
                # "struck Iranian nuclear sites", "sanctioned Russian banks": the target country
                grp = [
                    attrs.evolve(m, role=MentionRole.COUNTRY)
                    if m.role is MentionRole.DEMONYM
                    else m
                    for m in grp
                ]
            actors.extend(grp)
            tail = ""
    if tail:
        # a few words between: "met him briefly with", "signed a defence pact with France"
        reach = 2
        if spec.pos == "verb" and kind.startswith("treaty_"):
            reach = 8  # "signed a new trade and investment agreement with the UAE"
        elif spec.pos == "verb" and kind == "military_action":
            reach = 6  # "fired more than 100 drones toward Israel"
        pm = _preposition_after(reach, preps).match(tail) if preps else None
        if pm:
            pos = b + pm.end()
            grp = _group_after(mentions, text, pos, sentence[1])
            if grp and rx.fullmatch(
                r"(?:(?:the|his|her|their|my|our|its)\s+)?(?:\w+\s+)?", text[pos : grp[0].start]
            ):
                if kind == "visit" and pm.group(1) == "to":
                    pass  # "a visit to China": a place, not a participant
                else:
                    actors.extend(grp)
    hosted = _ATTENDED_BY.match(text, b, hi) if spec.pos == "noun" else None
    if hosted is not None:
        # "a military parade in Moscow attended by Chinese President Xi Jinping"
        grp = _group_after(mentions, text, hosted.end(), hi)
        if grp and _TITLES_ONLY.fullmatch(text, hosted.end(), grp[0].start):
            actors.extend(m for m in grp if m not in actors)
    along = _ALONGSIDE.search(text, b, hi) if kind in _ALONGSIDE_KINDS else None
    if along is not None:
        # "watched the parade on Red Square on Friday alongside Vladimir Putin"
        grp = _group_after(mentions, text, along.end(), hi)
        if grp and _TITLES_ONLY.fullmatch(text, along.end(), grp[0].start):
            actors.extend(m for m in grp if m not in actors)
    bm = rx.match(r"\s+between\s+", text[b:hi])
    if bm is None and kind.startswith("treaty_"):
        # "the signing of a peace deal between Thailand and Cambodia": the treaty's parties
        bm = rx.match(_TREATY_BETWEEN, text[b:hi])
    if bm:
        # "a call between the President and his G7 counterparts": every actor named
        # -- up to a preposition other than "and": "between Trump and Zelenskiy at the White House"
        stop = rx.search(
            r"\s(?:at|in|on|for|to|over|about|after|before|during)\s", text[b + bm.end() : hi]
        )
        limit = min(hi, b + 90, b + bm.end() + stop.start() if stop else hi)
        actors.extend(m for m in mentions if b + bm.end() <= m.start and m.end <= limit)
    if kind == "military_action" and not any(m.start > b for m in actors):
        # the target: "attacks the world has ever seen against Israel"
        # -- or the country of the targets: "airstrikes against targets in Ukraine"
        am = rx.match(
            r"(?:\s+[\w\u2019'-]+){0,7}?\s+(?:against\s+(?:the\s+)?(?:" + _TARGETS_IN + r")?|"
            r"on\s+(?:the\s+)?" + _TARGETS_IN + r")",
            text[b:hi],
        )
        if am:
            grp = _group_after(mentions, text, b + am.end(), hi)
            if grp and grp[0].start == b + am.end():
                actors.extend(grp)
    if kind == "sanction" and not any(m.start > b for m in actors):
        # "sanctions on Wednesday on more than 20 Chinese companies", "sanctioned three
        # Iranian officials": the country of the targets
        target = _quantified_target(text, b, hi, in_clause)
        if target is not None:
            actors.append(target)
    if kind in ("military_action",):
        # the attacker: "attacks against Israel by Iran"
        bym = rx.search(r"\bby\s+", text[b:hi])
        if bym:
            grp = _group_after(in_clause, text, b + bym.end(), hi)
            actors.extend(grp[:1])
    if kind == "election":
        # "an election pitting Kamala Harris against Donald Trump": the candidates
        for m in _pitted(text, b, hi, mentions):
            if m not in actors:
                actors.append(m)
        if not any(m.role is MentionRole.COUNTRY for m in actors):
            voters = _electorate(text, trigger, clause, mentions)
            if voters is not None and voters.name not in {m.name for m in actors}:
                actors.insert(0, voters)
    actors = [
        m
        for m in actors
        if m.role is not MentionRole.DEMONYM or _demonym_actor(text, m) or spec.pos == "noun"
    ]
    return actors, place


_TARGET_PREP = LazyRegex(r"(?:^|\s)(?:on|against|targeting|sanctioned|sanctions)\s+")
_QUANTITY = LazyRegex(
    r"(?:the\s+)?(?:(?:(?:more|fewer)\s+than|about|nearly|almost|over|some|at\s+least|up\s+to)"
    r"\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|"
    r"several|a\s+dozen|a\s+number|a\s+handful)(?:\s+of)?\s+|(?:the\s+)?"
)


def _quantified_target(
    text: str, b: int, hi: int, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """The country of targets a nationality names after the verb, "on" or "against" and a
    quantity: "on more than 20 Chinese companies" -> China."""
    starts = [p.end() for p in _TARGET_PREP.finditer(text, b, min(hi, b + 80))]
    if text[b : b + 1].isspace():
        starts.insert(0, b + 1)  # the verb's object: "sanctioned three Iranian officials"
    for start in starts:
        q = _QUANTITY.match(text, start, hi)
        at = q.end() if q is not None else start
        for m in _within(mentions, at, hi)[:1]:
            if m.start != at:
                continue
            if m.role is MentionRole.COUNTRY or (
                m.role is MentionRole.DEMONYM and rx.match(r"\s+[a-z]", text[m.end : m.end + 3])
            ):  # "Iranian officials", "Chinese firms"
                return attrs.evolve(m, role=MentionRole.COUNTRY)
    return None


_PITTING = LazyRegex(r"(?:\s+[\w-]+){0,2}?\s+pit(?:s|ted|ting)\s+")
_VERSUS = LazyRegex(r"\s+(?:against|and|versus|vs\.?)\s+")


def _pitted(
    text: str, b: int, hi: int, mentions: Sequence[ActorMention]
) -> list[ActorMention]:
    """The candidates an election "pits" against each other, right after its trigger."""
    pit = _PITTING.match(text, b, min(hi, b + 40))
    if pit is None:
        return []
    out: list[ActorMention] = []
    pos = pit.end()
    for _ in range(2):
        grp = _group_after(mentions, text, pos, hi)
        if not grp or not _TITLES_ONLY.fullmatch(text, pos, grp[0].start):
            break
        out.extend(m for m in grp if m.is_person)
        vs = _VERSUS.match(text, grp[-1].end, hi)
        if vs is None:
            break
        pos = vs.end()
    return out


_IN_PLACE = LazyRegex(r"[^\S\n]+in\s+(?:the\s+)?")
_VOTERS = LazyRegex(r"\s+(?:voters|electorate|citizens|people)\b")


def _electorate(
    text: str, trigger: TriggerMatch, clause: tuple[int, int], mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """The country that holds an election no candidate is named for: "the election in
    Moldova", "Voters in Portugal go to the polls", "South Koreans vote", "Japan's ruling
    coalition lost its majority in a snap election" -- not a country that only comments on
    it ("The United States welcomed the election")."""
    lo, hi = clause
    b = trigger.end
    where = _IN_PLACE.match(text, b, hi)
    if where is not None:
        grp = _group_after(mentions, text, where.end(), hi)
        if grp and grp[0].start == where.end() and grp[0].role is MentionRole.COUNTRY:
            return grp[0]
    for m in _within(mentions, lo, trigger.start):
        if m.role not in (MentionRole.COUNTRY, MentionRole.DEMONYM):
            continue
        voting = (
            m.possessive  # "Japan's ruling coalition", "Canada's Liberal Party"
            or m.role is MentionRole.DEMONYM  # "South Koreans vote", "Polish voters"
            or rx.search(r"(?i)\b(?:voters|electorate)\s+in\s+(?:the\s+)?$", text[lo : m.start])
            or _VOTERS.match(text, m.end)  # "Taiwan voters"
        )
        if voting:
            return attrs.evolve(m, role=MentionRole.COUNTRY)
    return None


_ISSUED = LazyRegex(
    r"\b(?:issued|released|published|adopted|put\s+out|signed|made)\s+(?:a|an|the|their|its|"
    r"his|her)\s+(?:[\w-]+\s+){0,2}$"
)
_SAID_GAP = LazyRegex(
    # "Trump said", "Trump also said", "Ushakov, the Kremlin aide, said", "Trump, for his part,
    # described", "Rep. Dan Burton, R-Ind., said"; not "Mexico, but it is unknown whether ..."
    r"\s*(?:,\s*(?:(?:the|a|an|his|her|its|their|our|for\s+\w+\s+part)\b[^,;]{0,40}|"
    r"[A-Z][^,;\s]{0,12}(?:\s+[A-Z][^,;\s]{0,12}){0,3}),\s*)?"
    r"(?:(?:also|later|again|then|has|have|had|earlier|previously|publicly|repeatedly|simply|"
    r"once|reportedly)\s+){0,2}"
    # "The Kremlin on Monday denied", "Beijing, on Tuesday, said": the day between
    r"(?:,?\s*(?:(?:on|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?,?\s*)?"
)


def _speaker(
    text: str,
    trigger: TriggerMatch,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    clauses: Sequence[tuple[int, int]],
    mentions: Sequence[ActorMention],
) -> list[ActorMention]:
    """Who made a statement: the actor right before the verb ("Trump said", "Ushakov, the
    aide, said"), right after it ("said Trump", "says Gerald Lefcourt"), the possessor of a
    noun ("Trump's post"), or the speaker of the "said" that follows ("In a post ..., Trump
    said"). Never a distant actor: a statement whose speaker is unclear has none."""
    a, b = trigger.start, trigger.end
    # "the Israeli military said": a demonym that stands for its country's institutions
    candidates = [
        m for m in mentions if m.role is not MentionRole.DEMONYM or _demonym_actor(text, m)
    ]
    before = [m for m in candidates if m.end <= a and m.start >= sentence[0]]
    if trigger.spec.pos == "verb":
        if (
            before
            and _SAID_GAP.fullmatch(text, _mention_end(text, before[-1]), a)
            and not before[-1].possessive
        ):
            return _group_before(candidates, text, before[-1].end, sentence[0]) or [before[-1]]
        nxt = [m for m in candidates if m.start >= b]
        if (
            nxt
            and rx.fullmatch(r"\s+(?:the\s+)?", text[b : nxt[0].start])
            and rx.match(r"\s*(?:[.,;:]|$)", text[nxt[0].end : nxt[0].end + 3])
        ):
            return [nxt[0]]  # '"...," said Trump.' -- not "said the United States had"
        if _AND_VERB.search(text, max(clause[0], a - 30), a):
            # "Zelensky called the attack brutal and said": the subject of the first verb
            subject = [
                m for m in _subject_of_sentence(candidates, text, clauses, a) if m.end <= a
            ]
            if subject and _TITLES_ONLY.fullmatch(text, sentence[0], subject[0].start):
                return subject  # (the sentence opens with it: not "Lawyers for X ... and said")
    # nouns: "Trump's post", "the statement issued at NATO Headquarters", "In a post, X said"
    owner = [m for m in before if m.possessive and m.end >= a - 30]
    if owner and rx.fullmatch(r"[\u2019']s?\s+(?:[\w-]+\s+){0,3}", text[owner[-1].end : a]):
        return [owner[-1]]
    issued = _ISSUED.search(text, max(clause[0], a - 40), a)
    if issued is not None:
        # "Putin and Xi ... issued a joint statement": who issued it
        grp = _group_before(candidates, text, issued.start(), sentence[0])
        if _object_of_a_first_verb(text, grp, issued.start()):
            grp = []  # "met in Beijing on Friday and issued": Beijing issued nothing
        if not grp:
            grp = [
                m
                for m in _subject_of_sentence(candidates, text, clauses, issued.start())
                if m.end <= issued.start()
            ]
        if grp:
            return grp
    if "headquarters" in text[b : b + 60].casefold():
        later = [m for m in candidates if b <= m.start < b + 60]
        return later[:1]
    m2 = rx.search(r"\s(?:said|says|wrote|posted)\b", text[b : sentence[1]])
    if m2:
        verb_at = b + m2.start()
        near = [m for m in candidates if b < m.start and m.end <= verb_at + 1]
        if near and _SAID_GAP.fullmatch(text, near[-1].end, verb_at):
            # "In a statement, President Vladimir Putin of Russia said": the person, not Russia
            return _group_before(candidates, text, near[-1].end, b)[-1:] or [near[-1]]
    if rx.search(r"\bin\s+(?:a|an|its|his|her|their)\s+(?:\w+\s+)?$", text[max(0, a - 30) : a]):
        # "The Security Council condemned the attack in a statement": the clause's subject
        subject = [m for m in _subject_of_sentence(candidates, text, clauses, a) if m.end <= a]
        return subject[:1]
    return []


_PRONOUN_BEFORE = LazyRegex(
    r"\b(?P<p>he|she|He|She|his|her|His|Her)\s+(?:(?:also|later|then|has|had|have|will|would|"
    r"first|again|briefly|separately|formally)\s+){0,2}(?:[\w-]+\s+){0,2}$"
)


def _pronoun_antecedent(
    text: str,
    trigger: TriggerMatch,
    actors: Sequence[ActorMention],
    all_mentions: Sequence[ActorMention],
    starts: Sequence[int],
    s0: int = 0,
) -> ActorMention | None:
    """ "On Friday he met President Trump", "her talks with President Trump": for "he" or "she",
    the subject that opens the pronoun's own sentence ("Lee held a summit with Ishiba, days
    before he travels"), else the person named last before the pronoun (outside the event's
    own participants)."""
    if trigger.kind not in ENCOUNTERS and trigger.kind not in ("statement", "announcement"):
        return None
    window = text[max(0, trigger.start - 40) : trigger.start]
    m = _PRONOUN_BEFORE.search(window)
    if m is None:
        return None
    pronoun_at = trigger.start - len(window) + m.start("p")
    if any(a.is_person and a.start < trigger.start for a in actors):
        return None
    names = {a.name for a in actors}
    i = bisect.bisect_left(starts, pronoun_at) - 1
    first = bisect.bisect_left(starts, s0)
    if first <= i and m.group("p").casefold() in ("he", "she"):
        subject = all_mentions[first]
        if (
            subject.is_person
            and subject.name not in names
            and _TITLES_ONLY.fullmatch(text, s0, subject.start)
        ):
            return subject
    while i >= 0 and pronoun_at - all_mentions[i].start < 600:
        cand = all_mentions[i]
        if cand.is_person and cand.name not in names:
            return cand
        i -= 1
    return None


_THE_TWO = LazyRegex(
    r"\b[Tt]he\s+two\s+(?:(?P<people>leaders|presidents|men|women|ministers|heads\s+of\s+state|"
    r"premiers|foreign\s+ministers|counterparts)|(?P<states>countries|nations|governments|sides|"
    r"neighbou?rs|allies|rivals))\b(?:\s+(?:also|later|then|again|have|had|will|would|last))*"
    r"\s+(?:[\w-]+\s+){0,3}$"
)


def _the_two(
    text: str,
    trigger: TriggerMatch,
    s0: int,
    earlier: Sequence[Candidate],
    mentions: Sequence[ActorMention] = (),
) -> list[ActorMention]:
    """ "The two leaders held talks": the pair of the latest event with two parties of that
    sort (two people for leaders, presidents or ministers; else two states), else the last two
    of that sort named just before ("Kim told Putin ..., as the two leaders met")."""
    m = _THE_TWO.search(text, max(s0, trigger.start - 80), trigger.start)
    if m is None:
        return []
    people = m.group("people") is not None
    named: list[ActorMention] = []
    for p in reversed(_within(mentions, max(0, m.start() - 300), m.start())):
        wanted = p.is_person if people else p.role is MentionRole.COUNTRY
        if wanted and all(p.name != q.name for q in named):
            named.append(p)
            if len(named) == 2:
                break
    for c in reversed(earlier):
        if c.trigger.start < m.start() - 600:
            break
        parties = list({p.name: p for p in c.participants}.values())  # once each
        pair = [p for p in parties if p.is_person == people]
        if len(pair) == 2 and len(parties) <= 3:
            if len(named) == 2 and named[1].start > c.trigger.end and {
                p.name for p in named
            } != {p.name for p in pair}:
                # "Wang Yi met Lavrov ... under the guidance of President Xi and President
                # Putin ... The two heads of state held a call": the pair named since
                return named[::-1]
            return pair
    return named[::-1] if len(named) == 2 else []


_DEFENDER = LazyRegex(
    # "support for Ukraine as it defends itself against Russia's invasion", "Ukraine in its
    # courageous defense against Russian aggression", "forces as they defend their freedom from"
    r"(?:\b(?:as|while|when)\s+(?:it|they|she|he)\s+(?:continues?\s+to\s+)?defends?\s+"
    r"(?:itself|themselves|herself|himself|(?:its|their|his|her)\s+[\w-]+)"
    r"|\bin\s+(?:its|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:defen[cs]e|fight|struggle|war)"
    r"|\bdefending\s+(?:itself|themselves))"
    r"\s+(?:against|from)\s+(?:the\s+)?(?:[\w.\u2019'-]+\s+){0,4}$"
)
_REL_AGENT = LazyRegex(
    # "the sanctions regime that the United States has put in place", "the war which Russia
    # launched": the agent of a relative clause right after a noun trigger
    r"(?:\s+[\w-]+){0,2}?\s+(?:that|which)\s+(?:the\s+)?(?=[A-Z])"
)
_FIRST_PERSON = LazyRegex(
    r"\b(?:I|[Mm]y)\s+(?:(?:also|have|had|will|would|just)\s+)?(?:[\w-]+\s+){0,1}$"
)
_FIRST_PLURAL = LazyRegex(
    r"\b([Ww]e)\s+(?:(?:are|were|have|had|will|also|now)\s+){0,2}(?:[\w\u2014-]+\s+){0,4}$"
)
# kinds a government writer's "we" takes part in (not attacks it "helped defeat")
_WE_KINDS = frozenset({"sanction", "announcement", "meeting", "call", "summit", "negotiation"})
_CONGRATULATED = LazyRegex(r"\b(?:congratulat|commend|prais|thank|salut|hail)(?:ed|es|s|ing)?\s+")
_PARTICIPATION = LazyRegex(
    r"[\u2019']s\s+(?:[Pp]articipation|[Aa]ttendance|[Tt]rip|[Rr]emarks)\s+(?:in|at|to)\s+"
    r"(?:the\s+)?(?:[\w.\u2019'-]+\s+){0,4}$"
)


def _defended_place(
    text: str, trigger: TriggerMatch, s0: int, mentions: Sequence[ActorMention]
) -> str | None:
    """Where an attack or a defence took place, when the text names the country defended:
    "Ukraine as it defends itself against Russia's invasion", "the United States defended
    Israel"."""
    if trigger.kind != "military_action":
        return None
    if trigger.text.casefold().startswith("defend"):
        nxt = next((m for m in mentions if m.start >= trigger.end), None)
        if nxt is not None and rx.fullmatch(r"\s+(?:the\s+)?", text[trigger.end : nxt.start]):
            return nxt.name if nxt.role is MentionRole.COUNTRY else None
        return None
    d = _DEFENDER.search(text, s0, trigger.start)
    if d is None:
        return None
    cands = [m for m in mentions if s0 <= m.start and m.end <= d.start()]
    if cands and d.start() - cands[-1].end <= 40 and cands[-1].role is MentionRole.COUNTRY:
        return cands[-1].name
    return None


_TRIP_TO = LazyRegex(
    r"\b(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew)|go(?:es)?|went|head(?:s|ed)?|arrived?|"
    r"arrives)\s+to\s+(?:the\s+)?"
)


def _trip_destination(
    text: str, trigger: TriggerMatch, s0: int, mentions: Sequence[ActorMention]
) -> str | None:
    """ "will travel to Vietnam next month to meet Trong": the purpose of a trip happens where
    the trip goes."""
    if not rx.search(r"\bto\s+$", text[max(s0, trigger.start - 4) : trigger.start]):
        return None
    trips = list(_TRIP_TO.finditer(text, max(s0, trigger.start - 80), trigger.start))
    trip = trips[-1] if trips else None
    if trip is None or rx.search(r"[.;]", text[trip.end() : trigger.start]):
        return None
    dest = next((m for m in mentions if m.start == trip.end()), None)
    if dest is not None and dest.role in (MentionRole.COUNTRY, MentionRole.CAPITAL):
        return dest.text
    return None


# a place a trip went to, before its purpose: "will visit China ... to attend the summit"
_TRAVELLED_TO = LazyRegex(
    r"\b(?:visit(?:s|ed|ing)?|(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|ying)|go(?:es)?|"
    r"went|head(?:s|ed|ing)?)\s+to|arriv(?:e|es|ed|ing)\s+in)\s+(?:the\s+)?$"
)
_FOR_PURPOSE = LazyRegex(
    r"\b(?:for|to\s+(?:attend|join|take\s+part\s+in))\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
    r"(?:[\w-]+\s+){0,3}$",
    regex.IGNORECASE,
)


def _share_trip_time(text: str, cands: list[Candidate]) -> list[Candidate]:
    """ "will travel to Vietnam next month to meet Trong", "will travel to Washington next week
    for his first meeting with Trump": the trip and its purpose share the time said with the
    trip (or, failing that, with the purpose), a purpose named by a noun shares the trip's
    status (a planned trip's meeting is planned), and a purpose with no place of its own is
    held where the trip went."""
    for i, trip in enumerate(cands):
        if trip.kind != "visit" or trip.trigger.spec.pos != "verb":
            continue
        for j in range(i + 1, len(cands)):
            goal = cands[j]
            between = text[trip.trigger.end : goal.trigger.start]
            if rx.search(r"[.;]", between):
                break
            lead = text[max(0, goal.trigger.start - 60) : goal.trigger.start]
            infinitive = goal.trigger.spec.pos == "verb" and rx.search(r"\bto\s+$", lead[-4:])
            purpose = goal.trigger.spec.pos == "noun" and _FOR_PURPOSE.search(lead)
            if not (infinitive and "," not in between) and not purpose:
                continue
            src, dst = (trip, j) if trip.when is not None else (goal, i)
            if src.when is not None:
                cands[dst] = attrs.evolve(
                    cands[dst],
                    when=src.when,
                    time_source=src.time_source,
                    timex_span=src.timex_span,
                    time_counts_on=src.time_counts_on,
                )
            if purpose and trip.status == "planned" and cands[j].status != "planned":
                cands[j] = attrs.evolve(
                    cands[j],
                    status="planned",
                    attributes={**cands[j].attributes_dict, "status": "planned"},
                )
            if cands[j].location is None and trip.location is not None:
                # "travelled to Moscow to attend the Victory Day parade": held in Moscow
                cands[j] = attrs.evolve(cands[j], location=trip.location)
            break
    return cands


_ON_THE_SIDELINES = LazyRegex(
    r"(?:[^.;]|\.(?=\S))*?\b(?:on|at)\s+the\s+(?:sidelines|margins?)\s+of\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w.\u2019'-]+\s+){0,4}",
    regex.IGNORECASE,
)


def _share_occasion_time(text: str, cands: list[Candidate]) -> list[Candidate]:
    """ "met ... on the sidelines of the ASEAN summit on Thursday": a meeting held on the
    sidelines of an event, with no time of its own, takes place within that event's time."""
    for i, c in enumerate(cands):
        if c.when is not None or c.kind not in ENCOUNTERS:
            continue
        for d in cands[i + 1 :]:
            if d.trigger.start <= c.trigger.end:
                continue
            if d.when is not None and _ON_THE_SIDELINES.fullmatch(
                text, c.trigger.end, d.trigger.start
            ):
                when = attrs.evolve(d.when, durative=False) if d.when.durative else d.when
                cands[i] = attrs.evolve(
                    c,
                    when=when,
                    time_source=d.time_source,
                    timex_span=d.timex_span,
                    time_counts_on=d.time_counts_on,
                )
            break
    return cands


_ATTENDED = LazyRegex(
    r"\s*(?:(?:also|all|both)\s+)?(?:(?:are|were|is|was)\s+(?:expected|due|set)\s+to\s+|"
    r"will\s+|would\s+)?(?:attend(?:ed)?|took\s+part|take\s+part|participated|participate|"
    r"(?P<guest>watched|looked\s+on|(?:were|was)\s+(?:also\s+)?(?:present|in\s+attendance|"
    r"among\s+the\s+(?:guests|spectators|dignitaries)))|(?:were|was)\s+(?:also\s+)?among\s+the\s+"
    r"(?:participants|attendees))"
    r"(?:\s+(?:the\s+)?(?:talks|meeting|summit|parade|ceremony|event|celebrations?|"
    r"commemorations?|negotiations|session|gathering)|\s+it)?"
    r"(?P<with>\s+(?:alongside|with|along\s+with)\s+[^.;]{1,80}?)?\s*[.;]?\s*$"
)
_ATTENDEES_HEAD = LazyRegex(r"\s*(?:[A-Z][\w-]*\s+){0,2}(?:(?:from|of)\s+(?:the\s+)?)?")
_OCCASIONS = frozenset({"meeting", "negotiation", "summit", "parade", "commemoration"})
_SPECTACLES = frozenset({"parade", "commemoration", "summit"})


def _join_attendees(
    text: str,
    sentence: tuple[int, int],
    mentions: Sequence[ActorMention],
    starts: Sequence[int],
    out: list[Candidate],
) -> None:
    """ "The talks took place in Doha on Monday. Delegations from Israel and Hamas attended.":
    a sentence that only says who attended gives them to the occasion of the sentence before
    (the last one there of an encounter, summit, parade or commemoration)."""
    s0, s1 = sentence
    here = [
        m
        for m in mentions[bisect.bisect_left(starts, s0) : bisect.bisect_left(starts, s1)]
        if m.end <= s1 and m.role is not MentionRole.CAPITAL
    ]
    group = _group_after(here, text, here[0].start, s1) if here else []
    if not group:
        return
    attended = _ATTENDED.fullmatch(text, group[-1].end, s1)
    # the subject opens the sentence: "Delegations from Israel and Hamas", "Leaders of ..."
    if attended is None or not _ATTENDEES_HEAD.fullmatch(text, s0, group[0].start):
        return
    if attended.start("with") >= 0:
        group = group + _group_after(here, text, attended.start("with"), s1)
    # guests watch a parade or a ceremony; talks are attended, taken part in
    kinds = _SPECTACLES if attended.group("guest") else _OCCASIONS
    for i in range(len(out) - 1, -1, -1):
        c = out[i]
        if c.sentence_index != out[-1].sentence_index:
            break
        if c.kind in kinds:
            names = set(c.participant_names)
            extra = tuple(
                m
                for m in group
                if m.name not in names
                and (m.role is not MentionRole.DEMONYM or _demonym_actor(text, m))
            )
            if extra:
                out[i] = attrs.evolve(c, participants=(*c.participants, *extra))
            return


_AFTER_TALKS = LazyRegex(
    r"\b(?:after|following|concluding|capping|ending)\s+(?:(?:[\w-]+|\d+)\s+){0,2}"
    r"(?:rounds?|years?|months?|weeks?|days?|sessions?|decades?)\s+of\s+"
    r"(?:(?:intense|intensive|difficult|tough|protracted|lengthy|marathon|indirect|direct|"
    r"secret|closed-door)\s+)?$",
    regex.IGNORECASE,
)


def _talks_before_the_deal(text: str, cands: list[Candidate]) -> list[Candidate]:
    """ "Chile and Peru signed the accord after three rounds of talks": the talks that led to
    an event of the sentence are negotiations between its parties."""
    for i, c in enumerate(cands):
        if c.kind not in ("meeting", "negotiation") or i == 0:
            continue
        cue = _AFTER_TALKS.search(
            text, max(c.sentence_span[0], c.trigger.start - 80), c.trigger.start
        )
        if cue is None:
            continue
        # the deal they led to: the latest event before the cue whose parties include theirs
        main = next(
            (
                d
                for d in reversed(cands[:i])
                if d.participants
                and d.trigger.end <= cue.start()
                and set(c.participant_names) <= set(d.participant_names)
            ),
            None,
        )
        if main is not None:
            # the deal's day (or the story's) is not the talks': they came before it
            own = c.timex_span is not None and c.timex_span != main.timex_span
            cands[i] = attrs.evolve(
                c,
                kind="negotiation",
                trigger=attrs.evolve(c.trigger, kind="negotiation"),
                participants=main.participants,
                weak=False,
                when=c.when if own else None,
                time_source=c.time_source if own else None,
                timex_span=c.timex_span if own else None,
                time_counts_on=c.time_counts_on and own,
                narrative=c.narrative if own else None,
            )
    return cands


_REMEMBERED = LazyRegex(
    r"\b(?:(?P<n>\d+)(?:st|nd|rd|th)\s+|(?P<w>[a-z]+(?:-[a-z]+)?)\s+)?"
    r"(?:anniversary|centenary|centennial)\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
    r"(?:[\w\u2019'-]+\s+){0,3}$"
    r"|\b(?P<since>[\w-]+)\s+years\s+since\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w\u2019'-]+\s+){0,3}$",
    regex.IGNORECASE,
)


def _remembered(text: str, trigger: TriggerMatch, lo: int) -> int | None:
    """For an event named as what is remembered ("the 80th anniversary of the bombing", "two
    years since the invasion"), how many years before the remembering it happened (0 when
    the text does not say): the sentence's date is not its date."""
    if trigger.kind in ("commemoration", "period"):
        return None
    window = text[max(lo, trigger.start - 90) : trigger.start].casefold()
    if "anniversar" not in window and "centen" not in window and "since" not in window:
        return None  # the common case, without a regex search that must end at the trigger
    m = _REMEMBERED.search(text, max(lo, trigger.start - 90), trigger.start)
    if m is None:
        return None
    if m.group("n"):
        return int(m.group("n"))
    if m.group("since"):
        n = parse_quantity(m.group("since"))
        return int(n) if n is not None and n == int(n) else 0
    word = (m.group("w") or "").casefold()
    if word in ("centenary", "centennial") or "centen" in m.group().casefold():
        return 100
    return parse_ordinal(word) or 0


_WHERE = LazyRegex(r"\s*where\b", regex.IGNORECASE)
_OF_BEFORE = LazyRegex(r"\bof\s+(?:the\s+|a\s+|an\s+)?(?:[\w\u2019'-]+\s+){0,3}$")
_PLACE_TO_WHERE = LazyRegex(
    r"(?:\s+(?:on|in|at|last|this|next|early|late|[A-Z][\w.]*|\d+)){0,3}[\s,]*"
)


def _where_clause_place(
    text: str,
    trigger: TriggerMatch,
    clauses: Sequence[tuple[int, int]],
    ci: int,
    mentions: Sequence[ActorMention],
) -> str | None:
    """ "traveled to London, where Starmer hosted a summit": what a "where" clause tells (its
    verb, or the noun that opens it) happens at the place the clause hangs on."""
    a, b = clauses[ci]
    if not _WHERE.match(text, a, b):
        return None
    if trigger.spec.pos != "verb" and (
        trigger.start - a > 80 or _OF_BEFORE.search(text, max(a, trigger.start - 60), trigger.start)
    ):
        return None  # "where victims of the embassy bombing were brought": not the bombing's
    before = _within(mentions, clauses[ci - 1][0], a)
    if (
        before
        and before[-1].role in (MentionRole.CAPITAL, MentionRole.COUNTRY)
        and _PLACE_TO_WHERE.fullmatch(text, before[-1].end, a)  # "London on Saturday, where"
    ):
        return before[-1].text
    return None


def _author(text: str, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The person a headline "Statement from President Joe Biden on ..." names as the writer,
    whom "I" and "my" refer to."""
    m = rx.match(r"\s*(?:Statement|Remarks|Message|Letter|Op-[Ee]d)\s+(?:from|by)\s+", text[:200])
    if m is None:
        return None
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    for a in mentions:
        if a.start >= line_end:
            break
        if a.start >= m.end() and a.is_person:
            return a if a.start - m.end() <= 40 else None
    return None


_INVITATION = LazyRegex(
    r"\b(?:at|on|upon)\s+(?:the\s+)?(?:kind\s+)?invitation\s+of\s+(?:the\s+)?", regex.IGNORECASE
)


# "their countries' intent to": searched backwards from the trigger (see _PRECEDING_DATE)
_THEIR_COUNTRIES = LazyRegex(
    r"(?r)\b(?:their|the\s+two)\s+countries[\u2019']\s+(?:[\w-]+\s+){0,3}(?:to\s+)?$"
)


def _context_roles(
    text: str,
    trigger: TriggerMatch,
    sentence: tuple[int, int],
    actors: list[ActorMention],
    mentions: Sequence[ActorMention],
    author: ActorMention | None,
    country_of_person: Callable[[str], str | None] | None = None,
) -> list[ActorMention]:
    """Participants the clause names outside the trigger's own phrase: the defender of an
    attack, the agent of a relative clause, the writer behind "I", the possessor of
    "X's participation in the summit"."""
    a, b = trigger.start, trigger.end
    s0, s1 = sentence
    kind = trigger.kind
    out = list(actors)
    names = {m.name for m in out}

    def add(m: ActorMention | None) -> None:
        if m is not None and m.name not in names:
            names.add(m.name)
            out.append(m)

    before = _within(mentions, s0, a)
    if kind in ("visit", "meeting", "summit") and text.find("nvitation", s0, s1) >= 0:
        # "At the invitation of President Xi Jinping, Lula will pay a state visit": the host
        invited = _INVITATION.search(text, s0, s1)
        if invited is not None:
            grp = _group_after(mentions, text, invited.end(), s1)
            if grp and grp[0].start - invited.end() <= 2:
                for m in grp:
                    add(m)
    if kind == "military_action":
        d = _DEFENDER.search(text, s0, a)
        if d is not None:
            cands = [m for m in before if m.end <= d.start() and m.role is not MentionRole.DEMONYM]
            if cands and d.start() - cands[-1].end <= 40:
                add(cands[-1])
    if trigger.spec.pos == "noun" and not any(m.start < a for m in out):
        r = _REL_AGENT.match(text, b, s1)
        if r is not None:
            grp = _group_after(mentions, text, r.end(), s1)
            if grp and grp[0].start == r.end() and grp[0].role is not MentionRole.DEMONYM:
                out[:0] = [m for m in grp if m.name not in names]
                names.update(m.name for m in grp)
                if kind in ("sanction", "military_action"):
                    g = rx.match(r"[^.;,]{0,60}?\bagainst\s+(?:the\s+)?", text[r.end() : s1])
                    if g is not None:
                        tgt = [m for m in mentions if m.start == r.end() + g.end()]
                        add(tgt[0] if tgt else None)
        elif rx.search(
            r"\b(?:its|their)\s+(?:[\w-]+\s+){0,3}$", text[max(s0, a - 60) : a]
        ) and kind in (
            "military_action",
            "sanction",
            "treaty_withdrawal",
        ):
            # "Russia's withdrawal from the CFE Treaty and its continuing war against Ukraine"
            prev = [
                m
                for m in before
                if m.role in (MentionRole.COUNTRY, MentionRole.ORGANISATION) and m.name not in names
            ]
            if prev and a - prev[-1].end <= 150:
                add(prev[-1])
    if (
        author is not None
        and not any(m.is_person for m in out)
        and _FIRST_PERSON.search(text, max(s0, a - 40), a)
    ):
        add(author)
    if author is not None and country_of_person is not None and kind in _WE_KINDS:
        # "we are holding Iran accountable -- imposing new sanctions": the writer's country
        we = _FIRST_PLURAL.search(text, max(s0, a - 60), a)
        home = country_of_person(author.name)
        if we is not None and home is not None and home not in names:
            pos = max(s0, a - 60) + we.start()
            add(
                ActorMention(
                    start=pos, end=pos + 2, text=we.group(1), name=home, role=MentionRole.COUNTRY
                )
            )
    if country_of_person is not None and _THEIR_COUNTRIES.search(text[max(s0, a - 60) : a]):
        # "Biden and Fiala announced their countries' intent to sign": the countries
        people = [m for m in out if m.is_person]
        homes = [country_of_person(m.name) for m in people]
        if people and all(homes):
            out = [m for m in out if not m.is_person]
            names = {m.name for m in out}
            for m, home in zip(people, homes, strict=True):
                add(attrs.evolve(m, name=home, role=MentionRole.COUNTRY))
    if trigger.text.endswith("ing") and trigger.spec.pos == "verb":
        # "congratulated the Czech Republic on celebrating 25 years in NATO": the one
        # congratulated does it
        cg = _CONGRATULATED.search(text, max(s0, a - 120), a)
        if cg is not None:
            grp = _group_after(mentions, text, cg.end(), a)
            if grp and grp[0].start - cg.end() <= 5:
                out = list(grp)
                names = {m.name for m in out}
    if trigger.spec.pos == "verb" and (
        rx.search(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$", text[max(s0, a - 25) : a])
        # a participle after a comma: "The treaty, signed in 2010 by Obama and Medvedev"
        or (trigger.text.endswith(("ed", "en")) and rx.search(r",\s*$", text[max(s0, a - 4) : a]))
    ):
        # passive: "the attack was defeated ... thanks to the U.S. military": the agent
        ag = rx.match(r"[^.;]{0,60}?\b(?:by|thanks\s+to)\s+(?:the\s+)?", text[b:s1])
        if ag is not None:
            for m in _group_after(mentions, text, b + ag.end(), s1)[:3]:
                if m.start - (b + ag.end()) <= 2 or m.role is not MentionRole.DEMONYM:
                    add(m)
    if trigger.spec.pos == "noun":
        p = _PARTICIPATION.search(text, max(s0, a - 80), a)
        if p is not None:
            owner = [m for m in before if m.end <= p.start() and p.start() - m.end <= 1]
            if owner:
                add(owner[-1])
    return out


def _visited(text: str, trigger: TriggerMatch, mentions: Sequence[ActorMention]) -> str | None:
    """The place a visit verb names as its object: "will visit India" -> "India", "landed in
    Kyiv" -> "Kyiv"."""
    if trigger.kind != "visit" or trigger.spec.pos != "verb":
        return None
    if trigger.text.casefold().endswith((" in", " to")):
        place = rx.match(
            r"[ \t]+(?:the[ \t]+)?([A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2})", text[trigger.end :]
        )
        if place:
            return place.group(1)
    for m in mentions:
        if m.start >= trigger.end:
            gap = text[trigger.end : m.start]
            if rx.fullmatch(r"\s+(?:the\s+)?", gap) and m.role in (
                MentionRole.COUNTRY,
                MentionRole.CAPITAL,
            ):
                return m.text
            break
    # a place the gazetteer does not know: "Modi visited Mauritius in March"
    obj = rx.match(
        r"[ \t]+([A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+)?)(?![\w\u2019'])", text[trigger.end :]
    )
    if obj and not any(m.start == trigger.end + obj.start(1) for m in mentions):
        word = obj.group(1)
        if word.split()[0] not in (
            "The",
            "On",
            "In",
            "Last",
            "Next",
            "This",
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ):
            return word
    return None


_DEMONYM_HEAD = LazyRegex(
    r"(?:\s+and\s+\S+)?\s+(?:side|government|forces|military|troops|army|navy|leaders?|"
    r"officials|jets|aircraft|warplanes|drones|negotiators|diplomats|delegations?|"
    r"ministers|authorities|navy|missiles?|envoys?|ambassadors?|"
    # "his Indian counterpart" stands for India -- unless he is named after it
    r"(?:counterparts?|president|prime\s+minister|premier|foreign\s+minister)"
    r"(?!,?\s+[A-Z]))\b"
)


def _demonym_actor(text: str, m: ActorMention) -> bool:
    """Whether a demonym stands for its country: "Russian forces", "the Israeli military"."""
    return _DEMONYM_HEAD.match(text, m.end, min(len(text), m.end + 30)) is not None


def _mention_end(text: str, m: ActorMention) -> int:
    """Where an actor's noun phrase ends: past the head of "the Israeli military"."""
    if m.role is MentionRole.DEMONYM:
        head = _DEMONYM_HEAD.match(text, m.end, min(len(text), m.end + 30))
        if head is not None:
            return head.end()
    return m.end


_NP_STOP = LazyRegex(
    r"\b(?:the|a|an|this|that|these|those|his|her|its|their|our|of|with|for|to|by|in|on|at|"
    r"from|and|or|as)\s+$|[,;:(]\s*$"
)


def _noun_phrase_start(text: str, a: int, lo: int) -> int:
    """Walk back from a noun trigger over its modifiers to the determiner or preposition.

    Past a possessor ("Sunday's election", "Russia's largest attack") only the possessor's
    own name continues the phrase: "welcomed Sunday's election" starts at "Sunday's"."""
    pos = a
    owned = False
    for _ in range(8):
        m = rx.search(r"(?r)(\S+)\s+$", text[max(lo, pos - 60) : pos])  # (?r): from the end
        if not m:
            break
        word = m.group(1)
        start = max(lo, pos - 60) + m.start()
        low = word.casefold().rstrip(",")
        if word.endswith(","):
            break
        if owned and word[:1].islower() and low not in ("the", "a", "an"):
            break
        owned = owned or bool(_POSSESSIVE.search(word))
        if low in (
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
            "of",
            "with",
            "for",
            "to",
            "by",
            "in",
            "on",
            "at",
            "from",
            "and",
            "or",
            "as",
            "about",
            "during",
            "after",
            "following",
            "before",
        ):
            return start
        if (
            _POSSESSIVE.search(word)
            or word[:1].isupper()
            or word[:1].isdigit()
            or word[:1] == "$"
            or ("-" in word)
            or low.endswith(
                ("al", "ic", "ive", "ful", "ous", "ary", "ed", "ing", "est", "ly", "ble")
            )
            or low
            in (
                "virtual",
                "video",
                "phone",
                "telephone",
                "state",
                "official",
                "peace",
                "arms",
                "weapons",
                "military",
                "summit",
                "missile",
                "drone",
                "new",
                "first",
                "second",
                "brief",
                "timely",
                "warm",
                "candid",
                "joint",
                "such",
                "largest",
                "big",
                "major",
                "working",
                "billion",
                "million",
                "trillion",
                "nuclear",
                "strategic",
                "security",
                "stability",
                "sanctions",
                "trade",
                "leaders",
                "two",
                "three",
                "both",
            )
        ):
            pos = start
            continue
        break
    return pos


# ---------------------------------------------------------------------------------------------
# time


def _usable(t: TimexLike) -> bool:
    w = getattr(t, "when", None)
    if w is None or getattr(w, "is_duration", False):
        return False
    if str(getattr(t, "value", "") or "").endswith("_REF"):
        return False  # "recently", "in the coming days": tense, not a date
    kind = str(getattr(t, "type", "DATE")).upper()
    return "DURATION" not in kind and "SET" not in kind


# words that open the clause a reporting verb reports ("said [that] it would ...")
_REPORTED_CLAUSE = LazyRegex(
    r"\b(?:that|it|he|she|they|we|I|you|would|will|could|should|might|had|has|have|was|were|"
    r"is|are)\b",
    regex.IGNORECASE,
)
# a reporting verb and the subject of what it reports: "said the two leaders", "announced
# on Monday that the talks" (but not "announced their intent to sign", "said they would")
_REPORTING_VERBS = (
    *("said", "says", "say", "told", "tells", "announced", "added", "stated", "reported"),
    *("confirmed", "noted", "claimed", "insisted", "denied", "warned"),
)
_REPORTING = LazyRegex(
    rf"\b(?:{'|'.join(_REPORTING_VERBS)})\s+(?:(?:on\s+)?[A-Z]\w+day\s+|today\s+|yesterday\s+)?"
    r"(?:that\s+)?(?:the|a|an|two|both|these|those)\s"
)


def _reports_between(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a reporting verb and the subject of what it reports ("said
    the two leaders"). A long window is first tested for the verbs themselves (a search costs
    about 70 ns a character; a short window is searched at once)."""
    if hi - lo > 32:
        window = text[lo:hi]
        if not any(verb in window for verb in _REPORTING_VERBS):
            return False
    return bool(_REPORTING.search(text, lo, hi))


# the cause of what a clause tells, named as known: "over the latest arms sale"
_CAUSE = (
    r"(?:over|because\s+of|in\s+(?:response|retaliation|reaction)\s+(?:to|for))\s+"
    r"(?:the|its|their|this|that|these|those|his|her)\s+(?:[\w-]+\s+){0,3}"
)
_CAUSE_LEAD = LazyRegex(r"(?r)\b" + _CAUSE + "$", regex.IGNORECASE)
# a time, then the cause of what it dates: "on Friday over the latest arms sale"
_CAUSE_BETWEEN = LazyRegex(r"\s*,?\s*" + _CAUSE, regex.IGNORECASE)
_THAT_AFTER = LazyRegex(r"[^\S\n]*,?[^\S\n]*that\b")
# "their first meeting since 2019", "their first call since Trump returned to the White House
# in January": the time dates what came before, not this one
_FIRST_SINCE = LazyRegex(
    r"(?r)\b(?:first|biggest|largest|worst|deadliest|heaviest|highest|lowest|longest|only)"
    r"(?:\s+[\w\u2019'-]+){0,5}\s+since(?:\s+[\w\u2019'.-]+){0,8}\s+$",
    regex.IGNORECASE,
)


def _dates_an_earlier_one(text: str, lo: int, start: int) -> bool:
    """Whether the time at *start* follows "the first ... since", so that it dates what came
    before ("their first meeting since 2019"), not the event at hand."""
    return _FIRST_SINCE.search(text, max(lo, start - 120), start) is not None


_ATTRIBUTION = LazyRegex(
    r"\W*(?:[\w.\u2019'-]+\s+){0,6}?(?:said|says|told|added|announced|reported|confirmed)\b"
)


class _SentenceTimes:
    """What :func:`_choose_time` needs to know of a sentence, worked out once per sentence.

    Every trigger of a sentence weighs the same time expressions against the same competing
    triggers; the facts that do not depend on the trigger (a time's clause, whether it opens
    it, whether it is anaphoric, how far it is from each competitor) are computed on first use
    and kept, so that a sentence with many events costs no more per event than a short one.
    """

    def __init__(
        self,
        text: str,
        clauses: Sequence[tuple[int, int]],
        timexes: Sequence[TimexLike],
        triggers: Sequence[TriggerMatch],
    ) -> None:
        self.text = text
        self.clauses = clauses
        self.timexes = timexes
        self.triggers = triggers
        self.trigger_starts = [o.start for o in triggers]
        self.longest = max((o.end - o.start for o in triggers), default=0)
        # what a sentence remembers ("three years since the invasion") claims no time of it
        self.remembered = {
            o.start: years
            for o in triggers
            if (years := _remembered(text, o, clauses[0][0])) is not None
        }
        self.starts = [c[0] for c in clauses]
        self.timex_starts = [t.start for t in timexes]
        self._facts: dict[int, tuple[bool, int, bool, bool]] = {}
        self._clause_of: dict[int, int] = {}
        self._adjunct: dict[int, bool] = {}
        self._temporal: dict[int, bool] = {}
        self._rivals: dict[int, list[tuple[float, TriggerMatch]]] = {}
        self._attribution: dict[int, bool] = {}

    def facts(self, i: int) -> tuple[bool, int, bool, bool]:
        """(usable, clause index, anaphoric, opens its clause) of time expression *i*."""
        got = self._facts.get(i)
        if got is None:
            t, text, clauses = self.timexes[i], self.text, self.clauses
            ci = self.clause_at(t.start)
            initial = (
                t.start - clauses[ci][0] <= 40
                and not rx.sub(
                    r"(?i)\b(?:and|but|then|so|while)\b", "", text[clauses[ci][0] : t.start]
                ).strip()
            )
            # "their first meeting since 2019": the date of an earlier one, not of this one
            # (but "sanctions in place since 2022" are dated by their start)
            since = _dates_an_earlier_one(text, 0, t.start)
            got = (_usable(t) and not since, ci, bool(_ANAPHORIC_TIME.search(t.text)), initial)
            self._facts[i] = got
        return got

    def of_clause(self, ci: int, first: int, last: int) -> range:
        """The indices, between *first* and *last*, of the time expressions in clause *ci*
        (a clause reaches from its start to the next one's, as :meth:`clause_at` reads it)."""
        starts, at = self.starts, self.timex_starts
        lo = bisect.bisect_left(at, starts[ci]) if ci > 0 else first
        hi = bisect.bisect_left(at, starts[ci + 1]) if ci + 1 < len(starts) else last
        return range(max(first, lo), min(last, hi))

    def clause_at(self, pos: int) -> int:
        ci = self._clause_of.get(pos)
        if ci is None:
            ci = self._clause_of[pos] = _clause_of(self.clauses, pos, self.starts)
        return ci

    def adjunct(self, ci: int) -> bool:
        got = self._adjunct.get(ci)
        if got is None:
            got = self._adjunct[ci] = _is_adjunct(self.text, self.clauses[ci])
        return got

    def attribution(self, ci: int) -> bool:
        """Whether clause *ci* is a trailing attribution (", officials said on Tuesday")."""
        got = self._attribution.get(ci)
        if got is None:
            a, b = self.clauses[ci]
            got = self._attribution[ci] = ci > 0 and bool(_ATTRIBUTION.match(self.text, a, b))
        return got

    def temporal(self, ci: int) -> bool:
        got = self._temporal.get(ci)
        if got is None:
            a, b = self.clauses[ci]
            got = self._temporal[ci] = bool(_TEMPORAL_ADJUNCT.match(self.text, a, b))
        return got

    def rivals(self, i: int) -> list[tuple[float, TriggerMatch]]:
        """The triggers next to time *i* in its own clause that may claim it (a statement or
        what the sentence remembers claims none), with their distances to it, nearest first.

        Only the few triggers on either side are weighed: enough for :meth:`claimed` to settle
        most times at once, with no more work for a clause full of triggers."""
        got = self._rivals.get(i)
        if got is None:
            t = self.timexes[i]
            _, ci, _, initial = self.facts(i)
            k = bisect.bisect_left(self.trigger_starts, t.start)
            got = self._rivals[i] = sorted(
                (
                    (_time_distance(t, o, initial, self.text), o)
                    for o in self.triggers[max(0, k - _RIVALS) : k + _RIVALS]
                    if o.kind != "statement"
                    and o.start not in self.remembered
                    and self.clause_at(o.start) == ci
                ),
                key=lambda pair: pair[0],
            )
        return got

    def claimed(
        self, i: int, own: float, trigger: TriggerMatch, window: tuple[int, int], reach: int
    ) -> bool:
        """Whether another trigger of *window*, no more than *reach* clauses from time *i*'s
        clause (and not behind an adjunct clause of its own), is nearer to it than *own*.

        Triggers are visited outwards from the time and only while their gap to it, a lower
        bound of their distance, is under *own*: near times cost a look at one or two."""
        if len(self.triggers) <= 1 and all(o is trigger for o in self.triggers):
            return False  # the sentence's one event: nothing to claim the time from it
        lo_pos, hi_pos = window
        for distance, o in self.rivals(i):
            if distance >= own:
                break
            if o is not trigger and lo_pos <= o.start < hi_pos:
                return True  # a trigger of the time's own clause, nearer: the common case
        t = self.timexes[i]
        _, ci, _, initial = self.facts(i)
        triggers, starts = self.triggers, self.trigger_starts

        def claims(o: TriggerMatch) -> bool:
            if (
                o is trigger
                or o.kind == "statement"
                or not lo_pos <= o.start < hi_pos
                or o.start in self.remembered
            ):
                return False
            oci = self.clause_at(o.start)
            return (
                abs(oci - ci) <= reach
                and (oci == ci or not self.adjunct(oci))
                and _time_distance(t, o, initial, self.text) < own
            )

        k = bisect.bisect_left(starts, t.start)
        for j in range(k, len(triggers)):  # at or after the time's start
            if starts[j] - t.end >= own:
                break
            if claims(triggers[j]):
                return True
        for j in range(k - 1, -1, -1):  # before it: the gap is at least this much
            if t.start - starts[j] - self.longest >= own:
                break
            if claims(triggers[j]):
                return True
        return False


def _choose_time(
    trigger: TriggerMatch, clause_index: int, bound: set[int], times: _SentenceTimes
) -> tuple[TimexLike | None, str | None]:
    """Pick the time expression for a trigger: same clause first, then the sentence.

    Only the clauses near the trigger (``_CLAUSE_REACH`` either side, ``_CHAR_REACH``
    characters at most) are searched, and only the triggers there compete for a time, which
    keeps a run-on sentence linear. *times* carries what the sentence's triggers share.

    A time of the trigger's clause scores its distance in thousands of characters; one of
    another clause scores how many clauses away it is (plus one half after the trigger), so
    other clauses are only weighed, nearest first, while they can still beat the best found.
    """
    text, clauses, timexes, others = times.text, times.clauses, times.timexes, times.triggers
    own_adjunct = times.adjunct(clause_index)
    lo_pos = max(clauses[max(0, clause_index - _CLAUSE_REACH)][0], trigger.start - _CHAR_REACH)
    hi_pos = min(
        clauses[min(len(clauses) - 1, clause_index + _CLAUSE_REACH)][1], trigger.end + _CHAR_REACH
    )
    first = bisect.bisect_left(times.timex_starts, lo_pos)
    last = bisect.bisect_left(times.timex_starts, hi_pos)
    starts = times.trigger_starts
    near = others[bisect.bisect_left(starts, lo_pos) : bisect.bisect_left(starts, hi_pos)]

    def own_distance(i: int) -> float | None:
        """The trigger's distance to time *i*, or None when *i* is not the trigger's to take."""
        usable, ci, anaphoric, initial = times.facts(i)
        if not usable or i in bound:
            return None
        t = timexes[i]
        # (each test below only rules the time out: the cached ones run before the searches)
        if ci != clause_index:
            if times.attribution(ci):
                return None  # "An attack hit Odesa, officials said on Tuesday": the report's
            if times.temporal(ci) and not own_adjunct:
                return None  # "Following X in November, ...": November belongs to X
            if times.temporal(clause_index):
                return None  # "X on Tuesday, days after Y": Tuesday is X's, not Y's
        if (
            anaphoric
            and t.start > trigger.end
            and ci != clause_index
            and near
            and near[-1].start >= t.end  # (near is in text order: its last is the latest)
        ):
            return None  # "X and, hours later, Y": "hours later" belongs to Y, not X
        # (a time of another clause is mostly its own trigger's: settled before the searches)
        own = _time_distance(t, trigger, initial, text)
        if times.claimed(i, own, trigger, (lo_pos, hi_pos), abs(clause_index - ci)):
            return None  # "The call follows the meeting in Woodside in November": the meeting's
        if (
            trigger.kind == "statement"
            and t.start > trigger.end
            and _REPORTED_CLAUSE.search(text, trigger.end, t.start)
        ):
            return None  # "said it would pull out next year": the time of what was said
        if t.end <= trigger.start and _CAUSE_BETWEEN.fullmatch(text, t.end, trigger.start):
            return None  # "sanctioned ... on Friday over the latest arms sale": the cause's own
        if (
            trigger.kind != "statement"
            and t.end <= trigger.start
            and _THAT_AFTER.match(text, t.end, trigger.start)
            and any(o.kind == "statement" and 0 <= t.start - o.end <= 30 for o in near)
        ):
            return None  # "Trump said on Monday that he would meet Putin": the saying's
        if ci != clause_index and _is_parenthetical_of_other(text, clauses, ci, trigger):
            return None
        return own

    best: tuple[float, int] | None = None
    for i in times.of_clause(clause_index, first, last):
        own = own_distance(i)
        if own is not None and (best is None or (own / 1000.0, i) < best):
            best = (own / 1000.0, i)
    source = "clause" if best is not None else None
    if first == last:
        return (None, None)
    # the other clauses that hold times of the reach, nearest first; a clause is read only
    # while it can still beat the best found
    reach = range(
        times.clause_at(timexes[first].start), times.clause_at(timexes[last - 1].start) + 1
    )
    for ci in sorted(
        (c for c in reach if c != clause_index),
        key=lambda c: abs(c - clause_index) + (0.5 if c > clause_index else 0.0),
    ):
        score = abs(ci - clause_index) + (0.5 if ci > clause_index else 0.0)
        if best is not None and score > best[0]:
            break
        for i in times.of_clause(ci, first, last):  # the first usable time is the clause's best
            if (best is None or (score, i) < best) and own_distance(i) is not None:
                best, source = (score, i), "sentence"
                break
    return (timexes[best[1]], source) if best is not None else (None, None)


_AND_THEN = LazyRegex(r"\s*,?\s*(?:and\s+(?:\w+ly\s+)?|(?:in\s+order\s+)?to\s+)")


def _time_distance(
    t: TimexLike, trigger: TriggerMatch, initial: bool = False, text: str | None = None
) -> float:
    """How far a time expression is from a trigger.

    English puts time adverbials after the event they date ("imposed sanctions on Russia on
    Friday over its invasion"), so a trigger after the expression counts double -- unless the
    expression opens its clause ("..., and today the Treasury announced measures"), which
    dates what follows.
    """
    if trigger.end <= t.start:
        return float(t.start - trigger.end) * (3.0 if initial else 1.0)
    if t.end <= trigger.start:
        if (
            text is not None
            and trigger.start - t.end <= 40
            and _AND_THEN.fullmatch(text, t.end, trigger.start)
        ):
            # "met in Pyongyang on Wednesday and signed a pact", "hosted them on Saturday to mark
            # the anniversary": the date closes the first verb
            return 4.0 * (trigger.start - t.end) + 50
        return (1.0 if initial else 2.0) * (trigger.start - t.end)
    return 0.0


def _is_parenthetical_of_other(
    text: str, clauses: Sequence[tuple[int, int]], ci: int, trigger: TriggerMatch
) -> bool:
    a, _ = clauses[ci]
    return a > 0 and text[a - 1] == "(" and not (clauses[ci - 1][0] <= trigger.start < a)


def _clause_of(
    clauses: Sequence[tuple[int, int]], pos: int, starts: Sequence[int] | None = None
) -> int:
    if starts is None:
        starts = [c[0] for c in clauses]
    i = bisect.bisect_right(starts, pos) - 1
    return max(0, i)


# how many triggers either side of a time :meth:`_SentenceTimes.rivals` weighs
_RIVALS = 3
# how many clauses (and characters) either side of a trigger may lend it a time
_CLAUSE_REACH = 4
_CHAR_REACH = 400


# ---------------------------------------------------------------------------------------------
# detection

_NAMED_EVENT = LazyRegex(
    r"(?:(?:the\s+)?(?P<ord>\d+(?:st|nd|rd|th)|[A-Z][\w-]*)\s+)?(?P<name>(?:[A-Z][\w.-]*\s+){0,4})$"
)


def _event_name(text: str, trigger: TriggerMatch, lo: int) -> str | None:
    """The capitalised name a trigger ends: "Victory Day Parade", "15th Five-Year Plan"."""
    if not trigger.text[:1].isupper():
        return None
    before = text[max(lo, trigger.start - 60) : trigger.start]
    m = rx.search(r"((?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w.\u2019'-]*\s+){0,4})$", before)
    if not m or not m.group(1).strip():
        return None
    words = m.group(1).split()
    while words and (
        words[0] in ("The", "A", "An", "Readout", "Statement", "Participation")
        or words[0].endswith(("\u2019s", "'s"))
    ):
        words.pop(0)
    if not words:
        return None
    return " ".join([*words, trigger.text])


def detect(
    text: str,
    sentences: Sequence[Any],
    timexes: Sequence[TimexLike],
    *,
    lexicon: tuple[TriggerSpec, ...] = LEXICON,
    gazetteer: Gazetteer = GAZETTEER,
    kinds: Iterable[str] | None = None,
) -> tuple[Candidate, ...]:
    """Find event candidates in a document, sentence by sentence.

    Args:
        text: The document text.
        sentences: Its sentences (objects with ``start`` and ``end``), in order.
        timexes: Its time expressions (objects with ``start``, ``end``, ``text``, ``type`` and
            ``when``), in text order.
        lexicon: The trigger lexicon.
        gazetteer: Name tables for actors and places.
        kinds: If given, only these kinds are detected.

    Returns:
        The candidates in text order (not merged).

    Examples:
        >>> from timeline.extraction.sentences import split_sentences
        >>> text = ("Russia withdrew from the CFE Treaty. A phone call cannot resolve all issues. "
        ...         "Iran launched a missile attack against Israel.")
        >>> [(c.kind, c.participant_names, c.location, c.attributes_dict)
        ...  for c in detect(text, split_sentences(text), ())]
        ... # doctest: +NORMALIZE_WHITESPACE
        [('treaty_withdrawal', ('Russia',), None, {'status': 'occurred', 'treaty': 'CFE Treaty'}),
         ('military_action', ('Iran', 'Israel'), 'Israel', {'status': 'occurred'})]
    """
    wanted = frozenset(kinds) if kinds is not None else None
    resolver = ActorResolver(gazetteer)
    # One pass over the whole document: everyone named is learnt before short references are
    # resolved ("Blinken meets Wang" in a headline, the full names below it).
    all_mentions = resolver.find(text)
    mention_starts = [m.start for m in all_mentions]
    timexes = _join_ranges(text, sorted(timexes, key=lambda t: t.start))
    # "Three days later" is the distance P3D; what it dates happened on the day it lands on
    timexes = [_at_target(t) for t in timexes]
    tx_starts = [t.start for t in timexes]
    out: list[Candidate] = []
    first_line_end = text.find("\n")
    first_line_end = len(text) if first_line_end < 0 else first_line_end
    all_triggers = find_triggers(text, lexicon=lexicon)
    author = _author(text, all_mentions)
    last_treaty: str | None = None
    all_starts = [t.start for t in all_triggers]
    named: dict[str, tuple[str, str | None]] = {}
    whens: dict[When, When] = {}
    narrative: When | None = None
    seen = 0  # the time expressions read for the narrative time
    for si, sent in enumerate(sentences):
        s0, s1 = sent.start, sent.end
        if bisect.bisect_left(all_starts, s1) == bisect.bisect_left(all_starts, s0):
            if out and out[-1].sentence_index == si - 1:
                _join_attendees(text, (s0, s1), all_mentions, mention_starts, out)
            continue
        mentions = tuple(
            m
            for m in all_mentions[
                bisect.bisect_left(mention_starts, s0) : bisect.bisect_left(mention_starts, s1)
            ]
            if m.end <= s1
        )
        # "BUSAN, South Korea (AP) -- President ...": the dateline is no part of the sentence
        dateline = _DATELINE.match(text, s0, s1)
        if dateline is not None:
            s0 = dateline.end()
            mentions = tuple(m for m in mentions if m.start >= s0)
        lo_t = bisect.bisect_left(all_starts, s0)
        hi_t = bisect.bisect_left(all_starts, s1)
        triggers = [
            t
            for t in all_triggers[lo_t:hi_t]
            if t.end <= s1 and (wanted is None or t.kind in wanted)
        ]
        if not triggers:
            continue
        clauses = clause_spans(text, s0, s1)
        lo_i = bisect.bisect_left(tx_starts, s0)
        hi_i = bisect.bisect_left(tx_starts, s1)
        sent_timexes = timexes[lo_i:hi_i]
        # the narrative time so far: from the times since the last sentence with events
        narrative = _moved_on(narrative, _narrative(timexes[seen:lo_i], lo_i - seen, text))
        seen = lo_i
        # the times "In the weeks preceding Feb. 4, ..." could bound (adjunct_bound skips others)
        adjunct_times = [
            t for t in sent_timexes if _PRECEDING_DATE.search(text, max(s0, t.start - 60), t.start)
        ]
        # time expressions bound to a named period by parentheses: "Plan (2026-2030)"
        bound: set[int] = set()
        accepted: list[Candidate] = []
        modalities = [assess(text, t) for t in triggers]
        # (a period without a name, "a second term", is no event and claims no time)
        event_triggers = [
            t
            for t, m in zip(triggers, modalities, strict=True)
            if m.is_event and (t.kind != "period" or _event_name(text, t, s0))
        ]
        times = _SentenceTimes(text, clauses, sent_timexes, event_triggers)
        subject_of = _SentenceSubject(mentions, text, clauses)
        for trigger, modality in zip(triggers, modalities, strict=True):
            if not modality.is_event:
                if accepted and _listed_with(text, accepted[-1], trigger):
                    prev = accepted.pop()
                    accepted.append(
                        attrs.evolve(
                            prev,
                            extra_mentions=(*prev.extra_mentions, (trigger.start, trigger.end)),
                        )
                    )
                continue
            if (
                trigger.kind == "statement"
                and trigger.start < first_line_end
                and (trigger.start == 0 or text[: trigger.start].strip() == "")
            ):
                continue  # a headline "Statement from ...": the document itself
            if (
                trigger.kind == "military_action"
                and si > 0
                and title_case(text, trigger)
                and rx.search(r"[A-Z][\w-]*\s+$", text[max(s0, trigger.start - 20) : trigger.start])
            ):
                continue  # "the Second World War", "the Cold War": a name, not reported news
            if (
                trigger.kind == "call"
                and trigger.spec.pos == "verb"
                and rx.search(r"\bvideo\b|\bvirtual", text[trigger.end : min(s1, trigger.end + 60)])
            ):
                # "Xi spoke with Putin by video link": a virtual meeting, not a phone call
                spec = attrs.evolve(trigger.spec, kind="meeting", mode="virtual")
                trigger = attrs.evolve(trigger, kind="meeting", spec=spec)
            ci = _clause_of(clauses, trigger.start)
            clause = clauses[ci]
            actors, place = _participants(
                text, trigger, clause, (s0, s1), clauses, mentions, subject_of
            )
            antecedent = _pronoun_antecedent(
                text, trigger, actors, all_mentions, mention_starts, s0
            )
            if antecedent is not None:
                actors = [antecedent, *actors]
            actors = _context_roles(
                text, trigger, (s0, s1), actors, mentions, author, resolver.country
            )
            pair = _the_two(text, trigger, s0, [*out, *accepted], all_mentions)
            if pair:
                # "the two leaders met": the pair is the subject; objects after it stay
                names = {p.name for p in pair}
                actors = [
                    *pair,
                    *(a for a in actors if a.start > trigger.start and a.name not in names),
                ]
            attributes: dict[str, object] = {
                "status": "planned" if modality is Modality.PLANNED else "occurred"
            }
            window = (clause[0], clause[1])
            mode = trigger.spec.mode or find_mode(text, trigger.start - 30, trigger.end + 5)
            if trigger.kind in ("meeting", "call", "summit", "negotiation", "visit") and mode:
                attributes["mode"] = mode
            if trigger.kind == "military_action" and trigger.text.casefold().startswith(
                ("defend", "defeat", "intercept")
            ):
                attributes["note"] = "defence"  # a distinct action from the attack it answers
            if trigger.kind.startswith("treaty_"):
                treaty = (
                    find_treaty(text, trigger.end, min(s1, trigger.end + 120), named_only=True)
                    or find_treaty(text, s0, trigger.start, named_only=True)
                    or find_treaty(text, trigger.end, min(s1, trigger.end + 120))
                    or find_treaty(text, max(s0, trigger.start - 80), trigger.start)
                )
                if treaty is None:
                    continue
                if (
                    treaty.islower()
                    and treaty.split()[-1] in ("treaty", "agreement", "accord", "pact")
                    and last_treaty
                ):
                    treaty = last_treaty  # "the treaty expires on Feb. 5": the one named before
                elif not treaty.islower():
                    last_treaty = treaty
                attributes["treaty"] = treaty
            if trigger.kind in ("arms_sale", "announcement", "sanction"):
                money = find_money(text, max(window[0], trigger.start - 40), window[1])
                if money is not None:
                    attributes["amount"] = money
            if trigger.kind in ("parade", "commemoration", "summit", "period"):
                name = _event_name(text, trigger, s0)
                if name:
                    attributes["name"] = name
                elif trigger.kind == "period":
                    continue
            location = _visited(text, trigger, mentions) or (
                find_location(
                    text,
                    trigger.start,
                    trigger.end,
                    clause[0],
                    clause[1],
                    kind=trigger.kind,
                    gazetteer=gazetteer,
                )
                or place
            )
            if location is None:
                location = _defended_place(text, trigger, s0, mentions)
            if location is None and trigger.kind in ENCOUNTERS | {"commemoration", "announcement"}:
                location = _trip_destination(text, trigger, s0, mentions)
            if location is None and ci > 0:
                location = _where_clause_place(text, trigger, clauses, ci, mentions)
            if trigger.kind == "arms_sale":
                actors, attributes = _arms_roles(
                    text, trigger, clause, actors, mentions, attributes
                )
            if trigger.kind == "treaty_expiry" and not rx.search(r"\bbetween\b", text[s0:s1]):
                # a treaty expires by itself: whoever the sentence is about ("Putin said Russia
                # would observe the limits after it expires") takes no part in that
                actors = []
            # a period's own time: "the 15th Five-Year Plan (2026-2030)"
            timex = None
            source = None
            paren = rx.match(r"\s*\(", text[trigger.end : trigger.end + 3])
            if paren:
                for i, t in enumerate(sent_timexes):
                    if trigger.end < t.start <= trigger.end + 4 and _usable(t):
                        timex, source = t, "clause"
                        bound.add(i)
                        break
            anchored = _anchored_elsewhere(text, trigger, clause)
            if timex is None and anchored:
                # "one year after it expires in February": the anchor's own time, right after it
                for t in sent_timexes:
                    if t.start >= trigger.end and _usable(t):
                        if _OWN_TIME_GAP.fullmatch(text, trigger.end, t.start):
                            timex, source = t, "clause"
                        break
            if timex is None and not anchored:
                timex, source = _choose_time(trigger, ci, bound, times)
            when = timex.when if timex is not None else None
            if timex is None and not anchored:
                when = adjunct_bound(text, s0, trigger.start, adjunct_times)
                source = "sentence" if when is not None else None
            if when is not None and trigger.kind == "period" and not when.durative:
                when = attrs.evolve(when, durative=True) if when.is_crisp else when
            past = times.remembered.get(trigger.start)
            if past is not None:
                # "the 80th anniversary of the bombing": years before the day that marks it
                when = when.shift(pendulum.duration(years=-past)) if when and past else None
                source = source if when is not None else None
            if when is not None:
                # one object per time: merging and ordering look times up in caches, where
                # the same object is found at once and an equal one only after a comparison
                when = whens.setdefault(when, when)
            cand = Candidate(
                kind=trigger.kind,
                trigger=trigger,
                sentence_index=si,
                sentence_span=(s0, s1),
                clause_span=clause,
                participants=tuple(_full_name(p, resolver, named) for p in actors),
                location=location,
                attributes=attributes,
                status=str(attributes["status"]),
                when=when,
                time_source=source,
                timex_span=(timex.start, timex.end) if timex is not None else None,
                time_counts_on=_counts_on(timex),
                # what a sentence remembers, what an adjunct places before or after the news
                # ("days after the two countries agreed") and a known cause ("over the latest
                # arms sale") are not at the story's time
                narrative=None
                if past is not None
                or times.temporal(ci)
                or _CAUSE_LEAD.search(text, max(s0, trigger.start - 60), trigger.start)
                else _narrative(
                    sent_timexes,
                    bisect.bisect_right(sent_timexes, trigger.start, key=lambda t: t.end),
                    text,
                )
                or narrative,
                weak=trigger.text.casefold() in WEAK_TRIGGERS,
                definite=_is_definite(text, trigger, s0),
                placed=_PLACED.match(text, *clause) is not None,
            )
            people = [p for p in cand.participants if p.is_person]
            if (
                trigger.kind == "visit"
                and trigger.text.casefold().endswith("s")
                and len(people) >= 2
                and len(people) == len(cand.participants)
            ):
                # "upcoming visits by Secretary Yellen and Secretary Blinken": one visit each
                accepted.extend(attrs.evolve(cand, participants=(p,)) for p in people)
                continue
            if accepted and _listed_with(text, accepted[-1], trigger) and not cand.participants:
                prev = accepted.pop()
                accepted.append(
                    attrs.evolve(
                        prev, extra_mentions=(*prev.extra_mentions, (trigger.start, trigger.end))
                    )
                )
                continue
            accepted.append(cand)
        accepted = _share_occasion_time(text, _share_trip_time(text, accepted))
        accepted = _talks_before_the_deal(text, accepted)
        out.extend(_absorb_announcements(text, _fold_light_verbs(text, accepted)))
    # people first named briefly ("President Biden's Call") get their fullest name (most were
    # renamed as their candidate was made: the resolver has read the whole document first)
    return tuple(_full_names(c, resolver, named) for c in out)


def _full_names(
    c: Candidate, resolver: ActorResolver, named: dict[str, tuple[str, str | None]]
) -> Candidate:
    """*c* with each person under the fullest name the document gives them, and their country."""
    people = tuple(_full_name(p, resolver, named) for p in c.participants)
    changed = any(a is not b for a, b in zip(people, c.participants, strict=True))
    return attrs.evolve(c, participants=people) if changed else c


def _full_name(
    p: ActorMention, resolver: ActorResolver, named: dict[str, tuple[str, str | None]]
) -> ActorMention:
    """A person under the fullest name the document gives them, with their country (*named*
    keeps each name's, as a document names the same people again and again)."""
    if not p.is_person:
        return p
    full = named.get(p.name)
    if full is None:
        full = named[p.name] = (resolver.canonical(p.name), resolver.country(p.name))
    name, country = full
    if name != p.name or country != p.country:
        return attrs.evolve(p, name=name, country=country)
    return p


# (a reverse search: the cue ends where the window does, which a forward search finds last)
_PRECEDING_DATE = LazyRegex(
    r"(?r)\b(?:in\s+the\s+(?:weeks|days|months|hours|years)\s+)?"
    r"(?P<dir>preceding|before|ahead\s+of|prior\s+to|until|following|after|since)\s+$",
    regex.IGNORECASE,
)


def adjunct_bound(text: str, lo: int, pos: int, timexes: Sequence[TimexLike]) -> When | None:
    """An open time from an adjunct before *pos*: "In the weeks preceding Feb. 4, ..." ends when
    Feb. 4 begins; "After March 3, ..." starts when March 3 ends.

    Args:
        text: The document text.
        lo: Where to look from (the sentence start).
        pos: The trigger position (the adjunct must come before it).
        timexes: Time expressions of the sentence.

    Returns:
        The open When, or ``None`` when there is no such adjunct.

    Examples:
        >>> T = type("T", (), {})
        >>> tx = T(); tx.start, tx.end, tx.text, tx.type = 23, 29, "Feb. 4", "DATE"
        >>> tx.when = When.day(2026, 2, 4)
        >>> w = adjunct_bound("In the weeks preceding Feb. 4, they met.", 0, 36, [tx])
        >>> w.earliest_start, w.latest_end.isoformat()
        (None, '2026-02-04T00:00:00+00:00')
    """
    for t in timexes:
        if not (lo <= t.start < pos) or not _usable(t) or t.when is None or t.when.is_open:
            continue
        m = _PRECEDING_DATE.search(text, max(lo, t.start - 60), t.start)
        if m is None or text[t.end : pos].count(",") > 1:
            continue
        if _dates_an_earlier_one(text, lo, t.start):
            continue  # "their first meeting since 2019": an earlier meeting's date
        w = t.when
        if m.group("dir").casefold() in ("following", "after", "since"):
            if w.latest_end is None:
                continue
            return When(
                earliest_start=w.latest_end,
                latest_start=None,
                earliest_end=w.latest_end,
                latest_end=None,
                granularity=w.granularity,
            )
        if w.earliest_start is None:
            continue
        return When(
            earliest_start=None,
            latest_start=w.earliest_start,
            earliest_end=None,
            latest_end=w.earliest_start,
            granularity=w.granularity,
        )
    return None


def _is_definite(text: str, trigger: TriggerMatch, s0: int) -> bool:
    """Whether a mention refers back: "the call", "this attack", "Russia's withdrawal", or a
    headline in title case; verbs and indefinite or bare nouns introduce new events."""
    if trigger.spec.pos != "noun":
        return False
    if title_case(text, trigger):
        return True
    words = rx.findall(r"[\w\u2019'.-]+|[,;:]", text[max(s0, trigger.start - 80) : trigger.start])
    for word in reversed(words[-5:]):
        low = word.casefold()
        if low in (
            "the",
            "this",
            "that",
            "these",
            "those",
            "its",
            "their",
            "his",
            "her",
            "our",
            "such",
        ):
            return True
        if low.endswith(("\u2019s", "'s", "s\u2019", "s'")):
            return True
        if low in (
            "a",
            "an",
            "of",
            "to",
            "in",
            "on",
            "at",
            "for",
            "with",
            "by",
            "and",
            "or",
            ",",
            ";",
            ":",
            "no",
            "any",
            "some",
            "new",
        ):
            return False
    return False


@attrs.frozen(kw_only=True)
class _Range:
    """Two time expressions read as one span: "from 2026 to 2030"."""

    start: int
    end: int
    text: str
    type: str
    value: str | None
    when: When | None


def _join_ranges(text: str, timexes: list[Any]) -> list[Any]:
    """Join "from <date> to <date>" (and "between ... and ...") into one durative span."""
    out: list[Any] = []
    i = 0
    while i < len(timexes):
        t = timexes[i]
        if i + 1 < len(timexes):
            u = timexes[i + 1]
            gap = text[t.end : u.start]
            lead = text[max(0, t.start - 12) : t.start]
            if (
                (
                    (
                        rx.fullmatch(r"\s*(?:to|until|till|through|and)\s*", gap)
                        and rx.search(r"\b(?:from|between|covering|spanning)\s+$", lead)
                    )
                    or rx.fullmatch(r"\s*[-\u2013]\s*", gap)
                )
                and _usable(t)
                and _usable(u)
                and not t.when.is_open
                and not u.when.is_open
            ):
                try:
                    when = When.between(t.when, u.when)
                except ValueError:
                    when = None
                if when is not None:
                    out.append(
                        _Range(
                            start=t.start,
                            end=u.end,
                            text=text[t.start : u.end],
                            type="DATE",
                            value=str(when),
                            when=when,
                        )
                    )
                    i += 2
                    continue
        out.append(t)
        i += 1
    return out


def _counts_on(t: TimexLike | None) -> bool:
    """Whether a time expression counts forward from an earlier time (its anchor), as
    normalisation marks "hours later", "three days later", "the next day"."""
    relation = getattr(t, "relation", None)
    return (
        getattr(relation, "value", relation) == "after" and getattr(t, "offset", None) is not None
    )


def _at_target(t: TimexLike) -> TimexLike:
    """A time expression whose value is an offset's distance, seen as the point the offset
    lands on ("three days later" after Jan. 5 dates its event Jan. 8)."""
    target = getattr(t, "target", None)
    if target is None or not attrs.has(type(t)):
        return t
    return attrs.evolve(t, type="DATE", when=target)  # type: ignore[misc]


def _moved_on(narrative: When | None, latest: When | None) -> When | None:
    """The story's time after a sentence whose latest date is *latest*: a date before the
    story's time is a look back ("The two presidents held a call in February") that the
    sentences after it do not stay in."""
    if latest is None:
        return narrative
    if narrative is not None and definitely_before(latest, narrative):
        return narrative
    return latest


def _narrative(timexes: Sequence[TimexLike], stop: int, text: str = "") -> When | None:
    """The narrative time before ``timexes[stop]``: the last date of a month or finer (not
    one after "since", which starts a stretch that runs to the story's time)."""
    for i in range(stop - 1, -1, -1):
        t = timexes[i]
        if _usable(t) and t.when is not None and t.when.granularity <= Granularity.MONTH:
            if text and after_since(text, t.start):
                continue
            return t.when
    return None



def _listed_with(text: str, prev: Candidate, trigger: TriggerMatch) -> bool:
    """Whether *trigger* is another item of a list headed by *prev* of the same kind."""
    if prev.kind != trigger.kind:
        return False
    last_end = max(e for _, e in prev.mention_spans)
    gap = text[last_end : trigger.start]
    return len(gap) < 40 and bool(
        rx.fullmatch(r"(?:\s*(?:,|and)\s*[\w-]*(?:\s+[\w-]+){0,2}\s*)+", gap)
    )


# (the patterns anchored at "$" and only tested for a match are searched backwards, "(?r)":
# one attempt from the end instead of one per character of the window)
_ANCHOR_RE = LazyRegex(
    r"(?r)\b(?:one|two|three|four|five|six|seven|\d+|a|several|few)?\s*(?:hours?|days?|weeks?|months?|years?)\s+"
    r"(?:before|after|ahead\s+of|prior\s+to)\s+(?:the\s+)?(?:[\w'\u2019]+\s+){0,2}$",
    regex.IGNORECASE,
)


_OWN_TIME_GAP = LazyRegex(r"\s+(?:(?:in|on|at)\s+)?(?:the\s+)?")


def _anchored_elsewhere(text: str, trigger: TriggerMatch, clause: tuple[int, int]) -> bool:
    """ "one day before the expiration": the time comes from an order relation, not a timex."""
    return bool(_ANCHOR_RE.search(text[max(clause[0], trigger.start - 60) : trigger.start]))


def _arms_roles(
    text: str,
    trigger: TriggerMatch,
    clause: tuple[int, int],
    actors: list[ActorMention],
    mentions: Sequence[ActorMention],
    attributes: dict[str, object],
) -> tuple[list[ActorMention], dict[str, object]]:
    """Seller and buyer of an arms sale: "U.S. weapons package", "arms sale to Taiwan"."""
    buyer = None
    seller = None
    countries = [m for m in mentions if m.role is not MentionRole.PERSON]
    verb = trigger.spec.pos == "verb"
    word = trigger.text.casefold()
    buying = verb and word.startswith(("purchas", "buy", "bought", "acquir"))
    if verb:
        # "the Czech decision to purchase 24 U.S. F-35s": the subject buys, the goods' maker sells
        subject = [m for m in countries if clause[0] - 120 <= m.start and m.end <= trigger.start]
        end = text.find(",", trigger.end, clause[1] + 1)
        goods = [m for m in countries if trigger.end <= m.start < (end if end > 0 else clause[1])]
        if buying:
            buyer = subject[-1] if subject else None
            seller = goods[0] if goods else None
            source = rx.search(r"\bfrom\s+(?:the\s+)?", text[trigger.end : clause[1]])
            if source is not None:  # "to buy 26 Rafale jets from France"
                at = trigger.end + source.end()
                seller = next((m for m in countries if m.start == at), seller)
        else:
            seller = subject[-1] if subject else None
    # "to sell armored vehicles worth \u20ac11.7 billion to Japan": the buyer after the goods;
    # "a $1.1 billion arms package for Taiwan": the one it is for
    tail = rx.match(
        r"\s++(?:(?:[\w.$\u20ac\u00a3\u00a5\u20b9,\u2019'-]++\s++){0,8}?)to\s+(?:the\s+)?",
        text[trigger.end : clause[1]],
    ) or (
        None
        if verb
        else rx.match(r"\s+for\s+(?:the\s+)?(?=[A-Z])", text[trigger.end : clause[1]])
    )
    if tail and not buying:
        grp = [m for m in mentions if m.start == trigger.end + tail.end()]
        if grp:
            buyer = grp[0]
        elif rx.match(
            r"(?:island|country|kingdom|nation|republic|territory)\b",
            text[trigger.end + tail.end() : trigger.end + tail.end() + 12],
        ):
            # "an arms sale to the island": the place named before in the sentence
            named = [
                m for m in countries if m.end <= trigger.start and m.role is MentionRole.COUNTRY
            ]
            # the seller is named last, as the subject ("the U.S. administration announced");
            # with a capital for the seller ("Washington approved"), the one country named
            sellers = {a.name for a in actors} | {
                m.name for m in countries if m.role is MentionRole.CAPITAL
            }
            others = [m for m in named if m.name not in sellers]
            if len(named) >= 2:
                buyer = named[-2]
            elif others:
                buyer = others[-1]
    if not verb:
        for m in actors:
            if m is buyer:
                continue
            if m.end <= trigger.start and m.role is not MentionRole.PERSON:
                seller = m
    out = [m for m in (seller, buyer) if m is not None]
    if seller is not None:
        attributes["seller"] = seller.name
    if buyer is not None:
        attributes["buyer"] = buyer.name
    return out, attributes


def _fold_light_verbs(text: str, cands: list[Candidate]) -> list[Candidate]:
    """ "launched a missile attack", "imposed new sanctions": the verb and its object noun name
    one event; keep the noun, with the verb's participants and span."""
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == c.kind
            and prev.trigger.spec.pos == "verb"
            and c.trigger.spec.pos == "noun"
            and prev.clause_span == c.clause_span
            and rx.fullmatch(
                r"(?:\s+[\w.$,\u2019'-]+){0,6}\s+", text[prev.trigger.end : c.trigger.start]
            )
        ):
            names = {p.name for p in c.participants}
            out[-1] = attrs.evolve(
                c,
                participants=(
                    *c.participants,
                    *(p for p in prev.participants if p.name not in names),
                ),
                extra_mentions=(*c.extra_mentions, (prev.trigger.start, prev.trigger.end)),
                when=c.when or prev.when,
                time_source=c.time_source or prev.time_source,
                timex_span=c.timex_span or prev.timex_span,
                time_counts_on=c.time_counts_on if c.timex_span else prev.time_counts_on,
                location=c.location or prev.location,
            )
            continue
        out.append(c)
    return out


_ANNOUNCE_OBJECT = LazyRegex(r"\s+(?:(?:of|that)\s+)?(?:[\w$.,'\u2019-]+\s+){0,6}?$")


def _absorb_announcements(text: str, cands: list[Candidate]) -> list[Candidate]:
    """ "announced a sanctions package", "the announcement of an arms sale": one event.

    An announcement whose object is another event of the same sentence is that event being made
    public, not a separate event: its span becomes an extra mention of that event.
    """
    out: list[Candidate] = []
    absorbed: dict[int, tuple[int, int]] = {}
    for i, c in enumerate(cands):
        if c.kind != "announcement":
            continue
        for j in range(i + 1, len(cands)):
            d = cands[j]
            if d.kind in ("announcement", "statement"):
                continue
            if d.trigger.spec.pos == "verb":
                break  # "announced their intent to sign ...": the announcement is an event
            gap = text[c.trigger.end : d.trigger.start]
            if rx.search(r"\b(?:during|at|on\s+the\s+sidelines\s+of)\s+\S+(?:\s+\S+)?\s*$", gap):
                break  # "announced new aid ... during a visit to Kyiv": the occasion, not the news
            if (
                len(gap) < 70
                and _ANNOUNCE_OBJECT.fullmatch(gap)
                and "," not in gap.replace(",0", "")
            ):
                absorbed[i] = (c.trigger.start, c.trigger.end)
                cands[j] = attrs.evolve(
                    d,
                    extra_mentions=(*d.extra_mentions, absorbed[i]),
                    when=d.when or c.when,
                    time_source=d.time_source or c.time_source,
                    participants=(*c.participants, *d.participants),
                )
                break
    for i, c in enumerate(cands):
        if i not in absorbed:
            out.append(c)
    return out
