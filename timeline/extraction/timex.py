"""Time expressions (TIMEX3) in text: the :class:`Timex` value type and :func:`find_timexes`.

:func:`find_timexes` runs the grammar (:mod:`timeline.extraction.grammar`), gives each span a
TIMEX3 value (:mod:`timeline.extraction.normalise`) relative to the publication date, the clause's
tense and the narrative time (:mod:`timeline.extraction.anchoring`), and attaches a
:class:`~timeline.when.When`.

Examples:
    >>> import pendulum
    >>> text = "Xi met Putin on Feb. 4 and, hours later, spoke with Trump."
    >>> [(t.text, t.value) for t in find_timexes(text, published=pendulum.datetime(2026, 2, 5))]
    [('Feb. 4', '2026-02-04'), ('hours later', '2026-02-04')]
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import functools
from typing import TYPE_CHECKING, Any, final

import attrs
import regex

from timeline.errors import InputError, ParseError
from timeline.extraction.anchoring import Tense, after_since, pick_anchor, tense_at
from timeline.extraction.grammar import PART_OF_DAY_WORDS, GrammarMatch, scan
from timeline.extraction.holidays import DEFAULT_HOLIDAYS, HolidayTable
from timeline.extraction.normalise import Granule, Resolution, normalise
from timeline.extraction.sentences import Sentence, split_sentences

if TYPE_CHECKING:
    import pendulum

    from timeline.when import When

__all__ = ["AnchorRelation", "Timex", "TimexType", "find_timexes"]


class TimexType(enum.Enum):
    """The TIMEX3 type of a time expression.

    Examples:
        >>> TimexType("DURATION")
        <TimexType.DURATION: 'DURATION'>
    """

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class AnchorRelation(enum.Enum):
    """How a relative expression's time relates to its anchor.

    ``AFTER``: "hours later", "the next day"; ``BEFORE``: "the previous year", "one day before
    the expiration"; ``SAME``: "the same day", "that week".

    Examples:
        >>> AnchorRelation("after")
        <AnchorRelation.AFTER: 'after'>
    """

    BEFORE = "before"
    AFTER = "after"
    SAME = "same"


def _relation(value: object) -> AnchorRelation | None:
    if value is None or isinstance(value, AnchorRelation):
        return value
    return AnchorRelation(value)


def _type(value: object) -> TimexType:
    return value if isinstance(value, TimexType) else TimexType(value)


@final
@attrs.frozen(kw_only=True)
class Timex:
    """A time expression found in a text.

    Attributes:
        start: Offset of the first character in the source text.
        end: Offset one past the last character.
        text: ``source[start:end]``.
        type: DATE, TIME, DURATION or SET.
        value: The TIMEX3 value ("2026-02-04", "2025-11", "P3Y", "PRESENT_REF", "2026/2030",
            "XXXX-WXX-5"), or ``None`` when it could not be normalised.
        when: The value as a :class:`~timeline.when.When` where it has one (durations, dates,
            ranges; ``PAST_REF``/``FUTURE_REF`` as half-open spans ending/starting at the
            publication time), else ``None``.
        mod: TIMEX3 ``mod``: "START" ("early 2025"), "MID", "END" ("late November"), "APPROX",
            "LESS_THAN", "MORE_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS", or ``None``.
        anchor: Index (in the tuple returned by :func:`find_timexes`) of the time expression
            this one was resolved against ("the next day" after "Feb. 4"); ``None`` when it was
            resolved against the publication date or is absolute.
        relation: How this expression's time relates to its anchor (or, for "one day before the
            expiration", with ``anchor=None``, to the event named after it).
        offset: The distance to the anchor as a TIMEX3 duration: "P1D" for "the next day",
            "PTXH" for "hours later"; ``None`` for "the same day" or when unknown.
        target: For an anaphoric offset whose value is the distance ("three days later" is
            ``P3D``, as TimeBank marks it), the time it lands on: the anchor moved by the
            offset, in the offset's direction. ``None`` otherwise (the point is :attr:`when`).

    Examples:
        >>> t = Timex(start=0, end=6, text="Feb. 4", type=TimexType.DATE, value="2026-02-04")
        >>> t.value, t.anchor, t.relation
        ('2026-02-04', None, None)
    """

    start: int
    end: int
    text: str
    type: TimexType = attrs.field(converter=_type)
    value: str | None
    when: When | None = attrs.field(default=None, eq=False)
    mod: str | None = None
    anchor: int | None = None
    relation: AnchorRelation | None = attrs.field(default=None, converter=_relation)
    offset: str | None = None
    target: When | None = attrs.field(default=None, eq=False)

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start < self.end or len(self.text) != self.end - self.start:
            from timeline.errors import InvalidSpanError

            raise InvalidSpanError(
                f"Timex span ({self.start!r}, {self.end!r}) does not fit its text {self.text!r}"
            )

    def to_json(self) -> dict[str, Any]:
        """The evaluation-contract form (DESIGN section 7) plus the extra fields.

        Examples:
            >>> Timex(start=3, end=7, text="2025", type="DATE", value="2025").to_json()
            {'start': 3, 'end': 7, 'text': '2025', 'value': '2025', 'type': 'DATE'}
        """
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "type": self.type.value,
        }
        if self.mod:
            out["mod"] = self.mod
        if self.anchor is not None:
            out["anchor"] = self.anchor
        if self.relation is not None:
            out["relation"] = self.relation.value
        if self.offset is not None:
            out["offset"] = self.offset
        if self.target is not None:
            out["target"] = str(self.target)
        return out


def _reference(published: object) -> tuple[dt.date | None, dt.datetime | None, str]:
    if published is None:
        return None, None, "UTC"
    if isinstance(published, dt.datetime):
        tz = getattr(published.tzinfo, "name", None) or "UTC"
        return published.date(), published.replace(tzinfo=None), tz
    if isinstance(published, dt.date):
        return published, None, "UTC"
    raise ParseError.for_text(
        str(published), expected="a publication date: a date, a datetime or None"
    )


_CONTEXT_FREE = frozenset(
    {
        "iso",
        "numeric_date",
        "date",
        "date_range",
        "month",
        "set_weekday",
        "year_range",
        "year",
        "decade",
        "century",
        "quarter",
        "duration",
        "vague",
        "set",
        "season",
        "holiday",
    }
)


# Rules whose spans are time expressions only when they resolve ("the day after his death").
_DROP_UNRESOLVED = frozenset({"event_relative"})
_NEAR = 300  # how far back (characters) a "near" narrative anchor may be


@functools.lru_cache(maxsize=8192)
def _normalise_cached(
    rule: str,
    groups: tuple[tuple[str, str], ...],
    text: str,
    reference: dt.date | None,
    tense: Tense,
    before: str = "",
) -> Resolution:
    m = GrammarMatch(start=0, end=len(text), text=text, rule=rule, groups=dict(groups))
    return normalise(m, reference=reference, tense=tense, before=before)


def find_timexes(
    text: str,
    *,
    published: pendulum.DateTime | dt.date | None,
    sentences: tuple[Sentence, ...] | None = None,
    holidays: HolidayTable = DEFAULT_HOLIDAYS,
    tz: str | None = None,
) -> tuple[Timex, ...]:
    """Find and normalise the time expressions in *text*.

    Args:
        text: The document.
        published: The publication date or time: the reference for relative expressions
            ("yesterday", "in November"). ``None``: relative expressions get no value and
            year-less dates get ``XXXX``.
        sentences: The document's sentences, if already split (from
            :func:`~timeline.extraction.sentences.split_sentences`).
        holidays: The table of named days.
        tz: Time zone for the :class:`~timeline.when.When` bounds (default: the zone of
            *published*, else UTC).

    Returns:
        The time expressions sorted by start, non-overlapping, each inside the text.

    Raises:
        InputError: If *text* is not a ``str``.

    Examples:
        >>> import pendulum
        >>> pub = pendulum.datetime(2026, 2, 5)
        >>> tx = find_timexes("The U.S. approved a sale on Jan. 9. The next day, China "
        ...                   "protested. Talks will resume next month.", published=pub)
        >>> [(t.text, t.value, t.anchor) for t in tx]
        [('Jan. 9', '2026-01-09', None), ('The next day', '2026-01-10', 0),
         ('next month', '2026-03', None)]
        >>> tx[1].relation, tx[1].offset
        (<AnchorRelation.AFTER: 'after'>, 'P1D')
    """
    if not isinstance(text, str):
        raise InputError.for_value(text)
    ref, ref_time, zone = _reference(published)
    zone = tz or zone
    if sentences is None:
        sentences = split_sentences(text)
    starts = [s.start for s in sentences]
    matches = scan(text, holidays=holidays)
    out: list[Timex] = []
    granules: list[Granule | None] = []

    def sentence_of(pos: int) -> Sentence | None:
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and sentences[i].start <= pos < sentences[i].end:
            return sentences[i]
        return None

    def resolve(mi: int, m: GrammarMatch) -> Resolution:
        sent = sentence_of(m.start)
        if sent is not None:
            tense = tense_at(sent.text, m.start - sent.start, m.end - sent.start)
        else:
            tense = Tense.UNKNOWN
        if (m.rule in _CONTEXT_FREE and m.rule != "holiday") or (
            m.rule == "holiday" and holidays is DEFAULT_HOLIDAYS
        ):
            # "since" is the one left context a context-free rule needs ("since March")
            since = "since " if after_since(text, m.start) else ""
            return _normalise_cached(m.rule, m.groups, m.text, ref, tense, since)
        return _resolve_in_context(
            m, mi, matches, text, ref, ref_time, tense, granules, out, sent, holidays
        )

    skip = -1
    for mi, m in enumerate(matches):
        if mi == skip:
            continue
        res = resolve(mi, m)
        inner = _composite(m, mi, matches, text)
        if inner is not None:
            # "the day before last Tuesday", "the night before Christmas": one expression
            shifted = _shift_day(m, resolve(inner, matches[inner]))
            if shifted is not None:
                res, skip = shifted, inner
                stop = matches[inner].end
                m = GrammarMatch(
                    start=m.start,
                    end=stop,
                    text=text[m.start : stop],
                    rule=m.rule,
                    groups=dict(m.groups),
                )
        if res.value is None and m.rule in _DROP_UNRESOLVED:
            continue
        end = res.end if res.end is not None and m.start < res.end <= m.end else m.end
        span_text = text[m.start : end]
        when = _when(
            res, zone, ref_time or (dt.datetime(ref.year, ref.month, ref.day) if ref else None)
        )
        out.append(
            Timex(
                start=m.start,
                end=end,
                text=span_text,
                type=res.type,
                value=res.value,
                when=when,
                mod=res.mod,
                anchor=res.anchor,
                relation=res.relation,
                offset=res.offset,
                target=_target(res, zone),
            )
        )
        granules.append(res.granule if _anchorable(m, res) else None)
    return tuple(out)


_HEAD = regex.compile(
    r"the\s{1,3}(?P<unit>day|night|morning|afternoon|evening)\s{1,3}(?P<dir>before|after)",
    regex.IGNORECASE,
)
_DAY_RULES = frozenset({"weekday", "date", "relative", "holiday", "deictic", "iso"})


def _composite(
    m: GrammarMatch, mi: int, matches: tuple[GrammarMatch, ...], text: str
) -> int | None:
    """The index of the day expression "the day before" leads into, if one follows directly."""
    if m.rule not in ("relative", "event_relative") or mi + 1 >= len(matches):
        return None
    head = _HEAD.fullmatch(m.text)
    nxt = matches[mi + 1]
    if head is None or nxt.rule not in _DAY_RULES or text[m.end : nxt.start].strip():
        return None
    return mi + 1


def _shift_day(m: GrammarMatch, inner: Resolution) -> Resolution | None:
    """*inner* (a day) moved one day the way "the day before/after" says."""
    head = _HEAD.fullmatch(m.text)
    g = inner.granule
    if head is None or g is None or g.gran not in ("day", "pod", "time"):
        return None
    after = head.group("dir").casefold() == "after"
    day = Granule.of_day(g.start).shift(1 if after else -1, "day")
    code = PART_OF_DAY_WORDS.get(head.group("unit").casefold())
    if code:
        day = Granule("pod", day.start, code)
    kind = "TIME" if code else "DATE"
    return Resolution(
        type=kind,
        value=day.value,
        granule=day,
        relation="after" if after else "before",
        offset="P1D",
    )


def _target(res: Resolution, zone: str) -> When | None:
    """The point an offset given as a duration lands on ("three days later": anchor + 3 days)."""
    if res.type != "DURATION" or res.granule is None or res.relation is None:
        return None
    from timeline.errors import TimelineError

    try:
        return _when_from_granule(res.granule, zone)
    except (TimelineError, ValueError, TypeError):
        return None


def _anchorable(m: GrammarMatch, res: Resolution) -> bool:
    """Whether later anaphora may resolve against this expression."""
    if res.granule is not None and res.type == "DURATION" and res.relation == "after":
        return True  # "Three days later, ... The next day": the narrative moved on
    if res.granule is None or res.type not in ("DATE", "TIME"):
        return False
    if res.relation == "before" and res.offset and res.offset.endswith("Y"):
        return False  # "a year earlier" compares; the narrative stays where it was
    if m.rule == "ago_later" and res.anchor is None and res.granule.gran in ("year", "quarter"):
        return False  # so does "a year ago" ("sales rose from a year ago")
    return m.rule not in ("quarter_ref", "year_ago") or res.anchor is None


def _resolve_in_context(
    m: GrammarMatch,
    mi: int,
    matches: tuple[GrammarMatch, ...],
    text: str,
    ref: dt.date | None,
    ref_time: dt.datetime | None,
    tense: Tense,
    granules: list[Granule | None],
    out: list[Timex],
    sent: Sentence | None,
    holidays: HolidayTable,
) -> Resolution:
    def anchor(need: str) -> tuple[int | None, Granule] | None:
        if need.startswith("near:"):
            # only a narrative time close before: never the publication date
            found = pick_anchor(granules, need[5:], limit=8)
            if found is not None and m.start - out[found[0]].end > _NEAR:
                return None
            return found
        if need == "quarter-near":
            found = pick_anchor(granules, "quarter", limit=6)
            if found is not None and m.start - out[found[0]].end > 600:
                found = None
        else:
            found = pick_anchor(granules, need)
        if found is not None:
            return found
        if ref is None or need in ("quarter", "quarter-near"):
            return None
        return None, Granule.of_day(ref)

    sentence_date: Granule | None = None
    if m.rule == "time" and sent is not None:
        for j in range(len(out) - 1, -1, -1):
            if out[j].start < sent.start:
                break
            g = granules[j]
            if g is not None and g.gran in ("day", "pod"):
                sentence_date = g
                break
        # "10:35 a.m. (0735 GMT) Friday": the day named just after, past other clock times
        for nxt in matches[mi + 1 : mi + 4]:
            if nxt.start >= sent.end or nxt.start - m.end > 40 or sentence_date is not None:
                break
            if nxt.rule == "time" and not nxt.has("weekday", "deictic"):
                continue
            if nxt.rule in ("date", "weekday", "deictic", "iso", "time"):
                g2 = _normalise_cached(nxt.rule, nxt.groups, nxt.text, ref, tense).granule
                if g2 is not None and g2.gran in ("day", "pod", "time"):
                    sentence_date = Granule.of_day(g2.start)
            break
    if m.rule == "holiday":
        from timeline.extraction.normalise import _Ctx, _h_holiday

        ctx = _Ctx(
            ref=ref,
            ref_time=ref_time,
            tense=tense,
            anchor=anchor,
            after="",
            before="",
            sentence_date=None,
        )
        try:
            return _h_holiday(m, ctx, holidays)
        except (ValueError, KeyError):
            return Resolution(type="DATE", value=None)
    return normalise(
        m,
        reference=ref,
        tense=tense,
        anchor=anchor,
        after=text[m.end : m.end + 40],
        before=text[max(0, m.start - 40) : m.start],
        sentence_date=sentence_date,
        reference_time=ref_time,
    )


# ----------------------------------------------------------------------------- When

_GRAN_NAME = {
    "time": "minute",
    "pod": "part_of_day",
    "day": "day",
    "weekend": "day",
    "week": "week",
    "month": "month",
    "season": "season",
    "quarter": "quarter",
    "half": "quarter",
    "year": "year",
    "decade": "decade",
    "century": "century",
}


def _when(res: Resolution, tz: str, published: dt.datetime | None) -> When | None:
    if res.value is None:
        return None
    try:
        from timeline.when import When
    except ImportError:  # pragma: no cover - the core module is part of the package
        return None
    from timeline.errors import TimelineError

    parsed = _parse_when(res.value, tz)
    if parsed is not None:
        return parsed
    try:
        if res.granule is not None:
            return _when_from_granule(res.granule, tz)
        if res.value in ("PAST_REF", "FUTURE_REF") and published is not None:
            import pendulum

            t = (
                pendulum.instance(published, tz=tz)
                if published.tzinfo is None
                else pendulum.instance(published)
            )
            if res.value == "PAST_REF":
                return When(
                    earliest_start=None,
                    latest_start=t,
                    earliest_end=None,
                    latest_end=t,
                    granularity="day",
                )
            return When(
                earliest_start=t,
                latest_start=None,
                earliest_end=t,
                latest_end=None,
                granularity="day",
            )
    except (TimelineError, ValueError, TypeError):
        return None
    return None


@functools.lru_cache(maxsize=4096)
def _parse_when(value: str, tz: str) -> When | None:
    from timeline.errors import TimelineError
    from timeline.when import When

    try:
        return When.parse(value, tz=tz)
    except (TimelineError, ValueError):
        return None


def _when_from_granule(g: Granule, tz: str) -> When:
    import pendulum

    from timeline.when import When

    start = g.start
    end = g.end()
    if g.gran == "weekend":
        start = g.start + dt.timedelta(days=5)
    a = pendulum.datetime(start.year, start.month, start.day, tz=tz)
    b = pendulum.datetime(end.year, end.month, end.day, tz=tz)
    return When(
        earliest_start=a,
        latest_start=b,
        earliest_end=a,
        latest_end=b,
        granularity=_GRAN_NAME[g.gran],
    )
