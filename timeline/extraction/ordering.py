"""Order relations stated by the text (pipeline stage 7).

Dates order many events, but news prose also orders them with words. :func:`find_order` reads
these cues and returns :class:`OrderFact` values between merged events:

* succession: "X and, **hours later**, Y", "**the next day**", "**afterwards**" -> X before Y;
* temporal adjuncts: "**Following** X, Y", "Y **after** X", "**in the wake of** X" -> X before
  Y; "**Before** X, Y", "**ahead of** X", "**preceding** X" -> Y before X;
* measured gaps: "**one day before** the expiration of New START" -> the main event is one day
  before the expiry (an exact gap, which also dates the expiry when the other event is dated:
  see :func:`apply_gaps`);
* verbs of succession: "the call **follows** the two leaders' meeting" -> meeting before call;
  "**building on** the extension" -> extension before;
* reports: a statement or announcement about an event comes after it ("Ushakov described the
  video conference as productive"), or before it when the event is planned ("announced their
  intent to sign");
* tense: a planned event comes after the events the text reports as done.

:func:`bound_by_adjuncts` turns "In the weeks preceding Feb. 4, X" into a time for X that ends
when Feb. 4 begins (and "after/following <date>" into one that starts when it ends).

Examples:
    >>> from timeline.extraction.detect import detect
    >>> from timeline.extraction.merge import merge
    >>> from timeline.extraction.sentences import split_sentences
    >>> text = ("President Xi held a virtual meeting with President Putin and, hours later, "
    ...         "spoke by phone with President Trump.")
    >>> events = merge(detect(text, split_sentences(text), ()))
    >>> [(f.a, f.relation, f.b, f.cue) for f in find_order(text, events)]
    [(0, 'before', 1, 'hours later')]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, final

import attrs
import regex

from timeline.extraction.detect import _is_adjunct, adjunct_bound, clause_spans
from timeline.extraction.merge import MergedEvent
from timeline.extraction.normalise import parse_quantity
from timeline.extraction.patterns import LazyRegex, rx
from timeline.when import Granularity, When

__all__ = [
    "OrderFact",
    "apply_gaps",
    "bound_by_adjuncts",
    "defence_pairs",
    "find_order",
    "relation_name",
]


@final
@attrs.frozen(kw_only=True)
class OrderFact:
    """An order relation between two events, read from a cue in the text.

    Attributes:
        a: Index of the first event (into the merged events).
        relation: ``"before"`` or ``"after"`` (``a`` relative to ``b``).
        b: Index of the second event.
        gap: The exact distance between the starts when the text gives one ("one day before").
        cue: The words that state the relation.
        span: Offsets of the cue in the text.

    Examples:
        >>> f = OrderFact(a=0, relation="before", b=1, cue="hours later", span=(10, 21))
        >>> f.normalised()
        (0, 'before', 1)
        >>> OrderFact(a=3, relation="after", b=1, cue="following", span=(0, 9)).normalised()
        (1, 'before', 3)
    """

    a: int
    relation: str
    b: int
    gap: dt.timedelta | None = None
    cue: str = ""
    span: tuple[int, int] = (0, 0)

    def normalised(self) -> tuple[int, str, int]:
        """The fact as ``(earlier, "before", later)``."""
        if self.relation == "after":
            return (self.b, "before", self.a)
        return (self.a, self.relation, self.b)


_UNITS = {"hour": dt.timedelta(hours=1), "day": dt.timedelta(days=1), "week": dt.timedelta(weeks=1)}

_LATER = LazyRegex(
    r"\b(?:(?:only\s+|just\s+)?(?:hours|minutes|moments|days|weeks|months|shortly|soon|a\s+day|"
    r"a\s+week|two\s+days|three\s+days)\s+later|later\s+(?:that|the\s+same)\s+day|"
    r"the\s+(?:next|following)\s+(?:day|morning|week)|afterwards|subsequently|"
    r"(?:have|has|had)\s+since)\b",
    regex.IGNORECASE,
)
_AFTER_CUE = LazyRegex(
    r"\b(?:following|after|in\s+the\s+wake\s+of|in\s+response\s+to|since)\s+",
    regex.IGNORECASE,
)
_BEFORE_CUE = LazyRegex(
    r"\b(?:before|ahead\s+of|prior\s+to|preceding|in\s+the\s+run-up\s+to)\s+", regex.IGNORECASE
)
_GAP_CUE = LazyRegex(
    r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|a|an|\d+)\s+"
    r"(?P<unit>hour|day|week)s?\s+(?P<dir>before|after|ahead\s+of|prior\s+to)\s+",
    regex.IGNORECASE,
)
_FOLLOWS = LazyRegex(
    r"\b(?P<verb>follows|followed|came\s+after|comes\s+after|builds\s+(?:up)?on|built\s+(?:up)?on|"
    r"building\s+(?:up)?on|preceded|precedes)\s+",
    regex.IGNORECASE,
)


@attrs.frozen
class _Mention:
    start: int
    end: int
    event: int
    sentence: int
    clause: tuple[int, int]
    kind: str
    sent: tuple[int, int] = (0, 0)


def _mentions(events: Sequence[MergedEvent]) -> list[_Mention]:
    out = []
    for i, e in enumerate(events):
        for c in e.candidates:
            spans = c.mention_spans
            for a, b in spans:
                out.append(
                    _Mention(a, b, i, c.sentence_index, c.clause_span, c.kind, c.sentence_span)
                )
    out.sort(key=lambda m: m.start)
    return out


def find_order(
    text: str, events: Sequence[MergedEvent], *, published: When | None = None
) -> tuple[OrderFact, ...]:
    """Order facts between merged events, from cues in the text (see the module docstring).

    Args:
        text: The document text.
        events: The merged events (indices in the facts refer to this sequence).
        published: The publication date (planned events come after the events it dates).

    Returns:
        The facts, without duplicates or contradictions (a pair stated both ways is dropped).

    Examples:
        >>> from timeline.extraction.detect import detect
        >>> from timeline.extraction.merge import merge
        >>> from timeline.extraction.sentences import split_sentences
        >>> text = ("Following the announcement of an arms sale to Taiwan, President Xi made "
        ...         "a call to President Trump.")
        >>> events = merge(detect(text, split_sentences(text), ()))
        >>> [(events[f.a].kind, f.relation, events[f.b].kind) for f in find_order(text, events)]
        [('arms_sale', 'before', 'call')]
    """
    mentions = _mentions(events)
    facts: list[OrderFact] = []
    if not mentions:
        return ()
    by_sentence: dict[int, list[_Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for si, ms in sorted(by_sentence.items()):
        s0 = min(m.start for m in ms)
        c0 = min(m.clause[0] for m in ms)
        # the sentence span: from the first clause start to the last clause end
        s_lo = min(c0, s0)
        s_hi = max(m.clause[1] for m in ms)
        if all(m.sent[1] > 0 for m in ms):
            # the sentence as split (a run-on line is not one sentence: linear)
            s_lo = min(s_lo, *(m.sent[0] for m in ms))
            s_hi = max(s_hi, *(m.sent[1] for m in ms))
        else:
            s_lo = _sentence_start(text, s_lo)
            s_hi = _sentence_end(text, s_hi)
        prev = by_sentence.get(si - 1, [])
        facts.extend(_succession(text, ms, prev, s_lo, s_hi))
        facts.extend(_adjuncts(text, ms, s_lo, s_hi))
        facts.extend(_follows(text, ms, s_lo, s_hi))
    facts.extend(_reports(text, events, mentions))
    facts.extend(_tense(events, published))
    facts.extend(_present(text, events, published))
    related = {(f.a, f.b) for f in facts} | {(f.b, f.a) for f in facts}
    extra = [*_topics(text, events, mentions), *_defences(events, mentions)]
    facts.extend(f for f in extra if (f.a, f.b) not in related)
    return _clean(facts)


def _sentence_start(text: str, pos: int) -> int:
    i = max(text.rfind("\n", 0, pos), max(text.rfind(". ", 0, pos), -1))
    return i + 1 if i >= 0 else 0


def _sentence_end(text: str, pos: int) -> int:
    j = text.find("\n", pos)
    return len(text) if j < 0 else j


def _succession(
    text: str, ms: list[_Mention], prev: list[_Mention], lo: int, hi: int
) -> list[OrderFact]:
    out = []
    for cue in _LATER.finditer(text, lo, hi):
        after = [m for m in ms if m.start >= cue.end() and m.start - cue.end() < 150]
        before = [m for m in ms if m.end <= cue.start()] or prev
        if not after or not before:
            continue
        b = after[0]
        a = next(
            (m for m in reversed(before) if m.event != b.event and m.kind != "statement"), None
        )
        if a is None:
            continue
        out.append(
            OrderFact(a=a.event, relation="before", b=b.event, cue=cue.group(), span=cue.span())
        )
    return out


def _main_event(
    ms: list[_Mention], text: str, exclude: tuple[int, int], cue_pos: int, target: _Mention
) -> _Mention | None:
    """The event a temporal adjunct attaches to.

    A clause-initial adjunct ("Following X, Y ...") attaches to the first event of a later main
    clause; an adjunct inside a clause ("Y ... after X") to the nearest event before the cue.
    """
    others = [m for m in ms if m.event != target.event]
    initial = not text[exclude[0] : cue_pos].strip(" ,\n")
    if initial:
        later = [m for m in others if m.start >= exclude[1] and not _is_adjunct(text, m.clause)]
        if later:
            return later[0]
    earlier = [m for m in others if m.end <= cue_pos]
    if earlier:
        return earlier[-1]
    later = [m for m in others if m.start >= exclude[1] and not _is_adjunct(text, m.clause)]
    return later[0] if later else None


def _adjuncts(text: str, ms: list[_Mention], lo: int, hi: int) -> list[OrderFact]:
    out = []
    clauses = clause_spans(text, lo, hi)
    for cue_re, direction in ((_GAP_CUE, None), (_AFTER_CUE, "after"), (_BEFORE_CUE, "before")):
        for cue in cue_re.finditer(text, lo, hi):
            target = next((m for m in ms if cue.end() <= m.start <= cue.end() + 60), None)
            if target is None:
                continue
            # the words between the cue and the target must be a noun phrase, not a clause
            gap_words = text[cue.end() : target.start]
            if rx.search(r"[,;.]", gap_words):
                continue
            if (
                target.kind != ""
                and rx.search(r"\b(?:is|was|were|are|has|had|will)\b", gap_words)
                and (not _is_verb_mention(text, target))
            ):
                continue  # "after the attack was ...": not the attack as the anchor
            clause = next((c for c in clauses if c[0] <= cue.start() < c[1]), (cue.start(), hi))
            main = _main_event(ms, text, (clause[0], clause[1]), cue.start(), target)
            if main is None or main.event == target.event:
                continue
            gap = None
            rel = direction
            if cue_re is _GAP_CUE:
                n = parse_quantity(cue.group("n"))
                unit = _UNITS[cue.group("unit").casefold()]
                gap = unit * n if n else None
                rel = "before" if cue.group("dir").casefold() != "after" else "after"
            # "Following X, Y": Y after X;  "Y, one day before X": Y before X
            out.append(
                OrderFact(
                    a=main.event,
                    relation=rel or "after",
                    b=target.event,
                    gap=gap,
                    cue=cue.group().strip(),
                    span=cue.span(),
                )
            )
    return out


def _is_verb_mention(text: str, m: _Mention) -> bool:
    """Whether a mention is the verb of a clause ("before ministers were due to meet")."""
    word = text[m.start : m.end].casefold()
    return bool(rx.match(r"(?:to\s+)?\w+$", word)) and bool(
        rx.search(
            r"\b(?:to|will|would|had|have|has|were|was|did)\s+$",
            text[max(0, m.start - 12) : m.start],
        )
    )


def _follows(text: str, ms: list[_Mention], lo: int, hi: int) -> list[OrderFact]:
    out = []
    for cue in _FOLLOWS.finditer(text, lo, hi):
        verb = cue.group("verb").casefold()
        target = next((m for m in ms if cue.end() <= m.start <= cue.end() + 60), None)
        source = next((m for m in reversed(ms) if m.end <= cue.start()), None)
        if target is None or source is None or target.event == source.event:
            continue
        if rx.search(r"[;.]", text[cue.end() : target.start]):
            continue
        rel = "before" if verb.startswith("preced") else "after"
        out.append(
            OrderFact(
                a=source.event,
                relation=rel,
                b=target.event,
                cue=cue.group().strip(),
                span=cue.span(),
            )
        )
    return out


_TOPIC_CUE = LazyRegex(
    # "condemned the attacks", "expressed grave concerns about the military coup", "building on
    # the extension of", "congratulated X on": the object is an earlier event being talked about
    r"\b(?:condemn(?:ed|s)?|denounc(?:ed|es)|deplor(?:ed|es)|discuss(?:ed|es)|welcom(?:ed|es)|"
    r"(?:concerns?|outrage|condolences|sympathy)\s+(?:about|over|regarding|at|for)|"
    r"build(?:s|ing)?\s+(?:up)?on|built\s+(?:up)?on|in\s+(?:the\s+)?(?:wake|aftermath)\s+of|"
    r"in\s+response\s+to|responded\s+to|review(?:ed|s)?)\s+"
    r"(?:(?:the|a|an|this|that|its|their|recent|latest|blatant|brutal|unprecedented|and|"
    r"[\w-]+ly|[\w.\u2019'-]+)\s+){0,5}$",
    regex.IGNORECASE,
)
_ENCOUNTERS = ("call", "meeting", "summit", "visit", "negotiation")


def _topics(text: str, events: Sequence[MergedEvent], mentions: list[_Mention]) -> list[OrderFact]:
    """An event named as the object of talk during an encounter ("The two condemned the attacks
    against Israel", "They discussed ..., building on the extension of New START") happened
    before the encounter that talks about it: the call, meeting or summit reported last before
    it (a readout's own encounter)."""
    out = []
    host: _Mention | None = None  # the last encounter mentioned so far
    for m in mentions:
        e = events[m.event]
        if e.kind in _ENCOUNTERS:
            if e.status != "planned":
                host = m
            continue
        if e.kind in ("statement", "announcement"):
            continue
        if e.status == "planned" or any(c.time_source is not None for c in e.candidates):
            continue
        lo = max(m.clause[0] - 80, _sentence_start(text, m.start))
        if not _TOPIC_CUE.search(text[lo : m.start]):
            continue
        if host is None or host.event == m.event:
            continue
        out.append(
            OrderFact(
                a=m.event, relation="before", b=host.event, cue="topic", span=(m.start, m.end)
            )
        )
    return out


def defence_pairs(events: Sequence[MergedEvent]) -> tuple[tuple[int, int, int, int], ...]:
    """Each defence with the attack it answers: the attack reported last before it, within two
    sentences ("Iran launched an attack against Israel. ... the United States defended
    Israel").

    Args:
        events: The merged events.

    Returns:
        ``(defence, attack, start, end)`` tuples: event indices and the defence's mention span.

    Examples:
        >>> from timeline.extraction.detect import detect
        >>> from timeline.extraction.merge import merge
        >>> from timeline.extraction.sentences import split_sentences
        >>> text = "Russia launched a missile attack against Poland. Germany defended Poland."
        >>> events = merge(detect(text, split_sentences(text), ()))
        >>> [(events[d].kind, events[a].participants) for d, a, _, _ in defence_pairs(events)]
        [('military_action', ('Russia', 'Poland'))]
    """
    out = []
    attack: _Mention | None = None
    done: set[int] = set()
    for m in _mentions(events):
        e = events[m.event]
        if e.kind != "military_action":
            continue
        if e.attributes_dict.get("note") != "defence":
            attack = m
            continue
        if attack is None or m.event in done or m.sentence - attack.sentence > 2:
            continue
        done.add(m.event)
        out.append((m.event, attack.event, m.start, m.end))
    return tuple(out)


def _defences(events: Sequence[MergedEvent], mentions: list[_Mention]) -> list[OrderFact]:
    """A defence ("the United States defended Israel", "air defences intercepted the missiles")
    happens the same day as the attack it answers."""
    return [
        OrderFact(a=d, relation="same_day", b=a, cue="defence", span=(s, e))
        for d, a, s, e in defence_pairs(events)
    ]


def _reports(text: str, events: Sequence[MergedEvent], mentions: list[_Mention]) -> list[OrderFact]:
    out = []
    for i, e in enumerate(events):
        if e.kind not in ("statement", "announcement"):
            continue
        for c in e.candidates:
            lo = c.trigger.end
            hi = c.sentence_span[1]
            about = [
                m
                for m in mentions
                if lo <= m.start < hi
                and m.event != i
                and m.kind not in ("statement", "announcement")
            ]
            if not about:
                continue
            target = events[about[0].event]
            rel = "before" if target.status == "planned" else "after"
            if rx.search(
                r"\b(?:during|at|on\s+the\s+sidelines\s+of)\s+(?:[\w\u2019'-]+\s+){0,3}$",
                text[lo : about[0].start],
            ):
                rel = "during"  # "announced ... during an unannounced visit to Kyiv"
            out.append(
                OrderFact(
                    a=i,
                    relation=rel,
                    b=about[0].event,
                    cue=c.trigger.text,
                    span=(c.trigger.start, c.trigger.end),
                )
            )
    return out


def _day_end(w: When | None) -> Any:
    if w is None or w.latest_end is None:
        return None
    return w.latest_end


def _tense(events: Sequence[MergedEvent], published: When | None) -> list[OrderFact]:
    if published is None:
        return []
    out = []
    planned = [
        i
        for i, e in enumerate(events)
        if e.status == "planned"
        and (
            e.when is None
            or (
                e.when.earliest_start is not None
                and published.latest_end is not None
                and e.when.earliest_start >= published.latest_end
            )
        )
    ]
    done = [
        i
        for i, e in enumerate(events)
        if e.status != "planned" and e.when is None and not _is_state(e)
    ] + [
        i
        for i, e in enumerate(events)
        if e.status != "planned"
        and e.when is not None
        and e.when.latest_end is not None
        and published.latest_end is not None
        and e.when.latest_end <= published.latest_end
    ]
    for p in planned:
        for d in done:
            out.append(OrderFact(a=d, relation="before", b=p, cue="tense"))
    return out


_STATES = frozenset(
    [
        "war",
        "wars",
        "aggression",
        "conflict",
        "hostilities",
        "build-up",
        "buildup",
        "occupation",
        "campaign",
    ]
)
_EARLIER = LazyRegex(
    r"\b(?:earlier|ago|previous(?:ly)?|last|recent(?:ly)?|past|before)\b", regex.IGNORECASE
)
_PRESENT_KINDS = frozenset(
    [
        "meeting",
        "call",
        "summit",
        "negotiation",
        "visit",
        "statement",
        "announcement",
        "sanction",
        "treaty_signing",
        "treaty_extension",
        "treaty_withdrawal",
        "arms_sale",
    ]
)


def _is_state(e: MergedEvent) -> bool:
    """An ongoing state of affairs: a war, a military build-up, hostilities."""
    if e.kind != "military_action":
        return False
    return any(c.trigger.text.casefold().split()[-1] in _STATES for c in e.candidates)


def _within(w: When | None, day: When) -> bool:
    return (
        w is not None
        and w.earliest_start is not None
        and w.latest_end is not None
        and day.earliest_start is not None
        and day.latest_end is not None
        and day.earliest_start <= w.earliest_start
        and w.latest_end <= day.latest_end
    )


def _present(text: str, events: Sequence[MergedEvent], published: When | None) -> list[OrderFact]:
    """Facts about the report's present (the publication day).

    * An ongoing state (a war, a build-up) contains the day's reported events: a call "in
      response to Russia's military build-up" happens *during* it.
    * An event dated by "earlier this year", "two weeks ago", "last month" is before the events
      of the day, even when its date (the year) contains the day.
    """
    if published is None:
        return []
    today = [i for i, e in enumerate(events) if _within(e.when, published)]
    out = []
    for s_i, s in enumerate(events):
        if _is_state(s) and s.status != "planned":
            for i in today:
                if events[i].kind in _PRESENT_KINDS:
                    out.append(OrderFact(a=i, relation="during", b=s_i, cue="ongoing"))
    for e_i, e in enumerate(events):
        spans = [c.timex_span for c in e.candidates if c.timex_span is not None]
        if not spans or e.when is None or _within(e.when, published):
            continue
        if not any(_EARLIER.search(text, a, b) for a, b in spans):
            continue
        if (
            e.when.earliest_start is not None
            and published.latest_end is not None
            and (e.when.earliest_start < published.latest_end)
        ):
            for i in today:
                if i != e_i:
                    out.append(OrderFact(a=e_i, relation="before", b=i, cue="earlier"))
    return out


def _clean(facts: list[OrderFact]) -> tuple[OrderFact, ...]:
    seen: dict[tuple[int, int], OrderFact] = {}
    contradicted: set[tuple[int, int]] = set()
    for f in facts:
        a, rel, b = f.normalised()
        if a == b:
            continue
        key = (a, b)
        if (b, a) in seen:
            contradicted.add((min(a, b), max(a, b)))
            continue
        if key not in seen or (f.gap is not None and seen[key].gap is None):
            seen[key] = attrs.evolve(f, a=a, relation=rel, b=b)
    out = [f for k, f in seen.items() if (min(k), max(k)) not in contradicted]
    return tuple(sorted(out, key=lambda f: (f.span, f.a, f.b)))


def apply_gaps(
    events: Sequence[MergedEvent], facts: Sequence[OrderFact]
) -> tuple[MergedEvent, ...]:
    """Date undated events from exact gaps to dated ones ("one day before the expiration").

    Only day-granular (or coarser) times are shifted, so the result keeps the precision of its
    source: a meeting on 2026-02-04 "one day before" an undated expiry dates it 2026-02-05.

    Examples:
        >>> from timeline.extraction.merge import MergedEvent
        >>> a = MergedEvent(kind="meeting", candidates=(), when=When.day(2026, 2, 4))
        >>> b = MergedEvent(kind="treaty_expiry", candidates=())
        >>> fact = OrderFact(a=0, relation="before", b=1, gap=dt.timedelta(days=1))
        >>> str(apply_gaps([a, b], [fact])[1].when)
        '2026-02-05'
    """
    out = list(events)
    for f in facts:
        if f.gap is None:
            continue
        early, _, late = f.normalised()
        e1, e2 = out[early], out[late]
        if e1.when is not None and e2.when is None and _shiftable(e1.when, f.gap):
            out[late] = attrs.evolve(e2, when=_shift(e1.when, f.gap))
        elif e2.when is not None and e1.when is None and _shiftable(e2.when, f.gap):
            out[early] = attrs.evolve(e1, when=_shift(e2.when, -f.gap))
    return tuple(out)


def _shiftable(w: When, gap: dt.timedelta) -> bool:
    if w.is_open or w.is_duration:
        return False
    if w.granularity == Granularity.DAY:
        return gap % dt.timedelta(days=1) == dt.timedelta(0)
    return False


def _shift(w: When, gap: dt.timedelta) -> When:
    start = w.earliest_start
    assert start is not None
    day = (start + gap).date()
    return When.day(day.year, day.month, day.day, tz=w.timezone or "UTC")


def bound_by_adjuncts(
    text: str, events: Sequence[MergedEvent], timexes: Sequence[Any]
) -> tuple[MergedEvent, ...]:
    """Give undated events the open time their adjunct states: "In the weeks preceding Feb. 4".

    An event without a time whose sentence begins with "in the weeks preceding <date>",
    "before <date>", "ahead of <date>" ends before that date starts; with "after <date>" or
    "following <date>" it starts after the date ends.

    Examples:
        >>> from timeline.extraction.detect import detect
        >>> from timeline.extraction.merge import merge
        >>> from timeline.extraction.sentences import split_sentences
        >>> T = type("T", (), {})
        >>> tx = T(); tx.start, tx.end, tx.text, tx.type = 23, 29, "Feb. 4", "DATE"
        >>> tx.when = When.day(2026, 2, 4)
        >>> text = "In the weeks preceding Feb. 4, China and Russia held consultations."
        >>> events = merge(detect(text, split_sentences(text), ()))
        >>> w = bound_by_adjuncts(text, events, [tx])[0].when
        >>> w.latest_end.isoformat(), w.earliest_start
        ('2026-02-04T00:00:00+00:00', None)
    """
    out = list(events)
    for i, e in enumerate(events):
        if e.when is not None:
            continue
        for c in e.candidates:
            when = adjunct_bound(text, c.sentence_span[0], c.trigger.start, timexes)
            if when is not None:
                out[i] = attrs.evolve(e, when=when)
                break
    return tuple(out)


def relation_name(allen: Any, a: When | None = None, b: When | None = None) -> str | None:
    """The evaluation name of an Allen relation (``before``, ``after``, ``during``...).

    Examples:
        >>> from timeline.relations import Allen
        >>> relation_name(Allen.MEETS), relation_name(Allen.STARTS), relation_name(Allen.EQUALS)
        ('before', 'during', 'same_day')
    """
    name = getattr(allen, "name", str(allen)).upper()
    if name in ("BEFORE", "MEETS"):
        return "before"
    if name in ("AFTER", "MET_BY"):
        return "after"
    if name in ("DURING", "STARTS", "FINISHES"):
        return "during"
    if name in ("CONTAINS", "STARTED_BY", "FINISHED_BY"):
        return "contains"
    if name == "EQUALS":
        return "same_day"
    if name in ("OVERLAPS", "OVERLAPPED_BY"):
        return "overlaps"
    return None
