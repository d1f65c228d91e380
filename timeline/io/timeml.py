"""TimeML: the source text with inline ``TIMEX3`` and ``EVENT`` tags, and a reader for it.

:func:`to_timeml` writes a well-formed TimeML 1.2 document::

    <?xml version="1.0" encoding="UTF-8"?>
    <TimeML xmlns:tl="https://news-timeline.invalid/timeml">
    <DCT><TIMEX3 tid="t0" type="DATE" value="2026-02-05" functionInDocument="CREATION_TIME">
    2026-02-05</TIMEX3></DCT>
    <TEXT>Xi held a <EVENT eid="e1" class="OCCURRENCE" tl:kind="meeting" tl:id="ev-...">meeting
    </EVENT> with Putin on <TIMEX3 tid="t1" type="DATE" value="2026-02-04">Feb. 4</TIMEX3>.</TEXT>
    <MAKEINSTANCE eiid="ei1" eventID="e1" tense="NONE" aspect="NONE" polarity="POS" pos="UNKNOWN"/>
    <TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
    </TimeML>

* Every time expression of an extraction is a ``TIMEX3`` (``tid``, ``type``, ``value``); every
  mention of an event is an ``EVENT`` (TimeML's ``class`` plus our kind and event id in the
  ``tl:`` namespace), with its ``MAKEINSTANCE``.
* ``TLINK``\\ s anchor each event instance to a time expression with the same value
  (``IS_INCLUDED``), and carry the timeline's explicit order constraints between events.
* Tags nest where spans nest; a span that crosses another one cannot be written as XML and is
  left out (the first one, in text order, wins).

:func:`read_timeml` reads such a document, or a TimeBank-style ``.tml`` file, into a
:class:`TimeMLDocument`: the plain text, the tags with character offsets into it, the links.
``read_timeml(to_timeml(x)) == timeml_document(x)``.

Examples:
    >>> doc = TimeMLDocument(text="Talks on Feb. 4.", timexes=(
    ...     Timex3(tid="t1", start=9, end=15, text="Feb. 4", value="2026-02-04"),))
    >>> xml = doc.to_xml()
    >>> '<TIMEX3 tid="t1" type="DATE" value="2026-02-04">Feb. 4</TIMEX3>' in xml
    True
    >>> read_timeml(xml) == doc
    True
"""

from __future__ import annotations

import enum
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import attrs

from timeline.io._common import as_timeline, source_text, timexes_of

__all__ = [
    "EventTag",
    "TLink",
    "TimeMLDocument",
    "Timex3",
    "read_timeml",
    "render_timeml",
    "timeml_document",
    "to_timeml",
]

#: The XML namespace of our own attributes on ``EVENT`` (kind, event id).
TL_NAMESPACE = "https://news-timeline.invalid/timeml"

# TimeML event classes for our kinds (the rest are OCCURRENCE).
_EVENT_CLASS = {
    "statement": "REPORTING",
    "announcement": "REPORTING",
    "period": "STATE",
}

# Allen names (and the order words of the evaluation JSON) to TimeML relTypes.
_REL_TYPES = {
    "before": "BEFORE",
    "after": "AFTER",
    "meets": "IBEFORE",
    "met_by": "IAFTER",
    "overlaps": "OVERLAP",
    "overlapped_by": "OVERLAP",
    "starts": "BEGINS",
    "started_by": "BEGUN_BY",
    "during": "DURING",
    "contains": "INCLUDES",
    "finishes": "ENDS",
    "finished_by": "ENDED_BY",
    "equals": "SIMULTANEOUS",
    "same_day": "SIMULTANEOUS",
}


@attrs.frozen(kw_only=True)
class Timex3:
    """A ``TIMEX3`` tag: a time expression with its offsets in the document text.

    Examples:
        >>> Timex3(tid="t1", start=0, end=4, text="2026", value="2026").type
        'DATE'
    """

    tid: str
    start: int
    end: int
    text: str
    value: str | None = None
    type: str = "DATE"
    mod: str | None = None


@attrs.frozen(kw_only=True)
class EventTag:
    """An ``EVENT`` tag: one mention of an event, with its kind and our event id.

    Examples:
        >>> EventTag(eid="e1", start=10, end=17, text="meeting", kind="meeting").event_class
        'OCCURRENCE'
    """

    eid: str
    start: int
    end: int
    text: str
    kind: str | None = None
    event_id: str | None = None
    event_class: str = "OCCURRENCE"


@attrs.frozen(kw_only=True)
class TLink:
    """A ``TLINK``: a temporal relation from an event or time to another event or time.

    ``source`` and ``target`` are ``eid``\\ s or ``tid``\\ s (we write one ``MAKEINSTANCE`` per
    ``EVENT``, so instances are not exposed).

    Examples:
        >>> TLink(lid="l1", relation="BEFORE", source="e1", target="e2").relation
        'BEFORE'
    """

    lid: str
    relation: str
    source: str
    target: str


@attrs.frozen(kw_only=True)
class TimeMLDocument:
    """A TimeML document: the text and its tags, with offsets into ``text``.

    Examples:
        >>> TimeMLDocument(text="No tags.").to_xml().count("<TEXT>")
        1
    """

    text: str
    dct: str | None = None
    timexes: tuple[Timex3, ...] = attrs.field(default=(), converter=tuple)
    events: tuple[EventTag, ...] = attrs.field(default=(), converter=tuple)
    links: tuple[TLink, ...] = attrs.field(default=(), converter=tuple)

    def to_xml(self) -> str:
        """Write the document as TimeML XML (see the module docstring).

        Examples:
            >>> print(TimeMLDocument(text="a < b", dct="2026-02-05").to_xml())
            <?xml version="1.0" encoding="UTF-8"?>
            <TimeML xmlns:tl="https://news-timeline.invalid/timeml">
            <DCT><TIMEX3 tid="t0" type="DATE" value="2026-02-05" \
functionInDocument="CREATION_TIME">2026-02-05</TIMEX3></DCT>
            <TEXT>a &lt; b</TEXT>
            </TimeML>
        """
        return _write(self)


# --------------------------------------------------------------------------------------------
# writing


def _timex_open(t: Timex3) -> str:
    attrs_ = f"tid={quoteattr(t.tid)} type={quoteattr(t.type)}"
    if t.value is not None:
        attrs_ += f" value={quoteattr(t.value)}"
    if t.mod is not None:
        attrs_ += f" mod={quoteattr(t.mod)}"
    return f"<TIMEX3 {attrs_}>"


def _event_open(e: EventTag) -> str:
    attrs_ = f"eid={quoteattr(e.eid)} class={quoteattr(e.event_class)}"
    if e.kind is not None:
        attrs_ += f" tl:kind={quoteattr(e.kind)}"
    if e.event_id is not None:
        attrs_ += f" tl:id={quoteattr(e.event_id)}"
    return f"<EVENT {attrs_}>"


def _nestable(tags: Iterable[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """Keep the tags that nest properly, in (start, -end) order; crossing ones are dropped."""
    kept: list[tuple[int, int, Any]] = []
    stack: list[int] = []  # ends of the open tags
    for start, end, tag in sorted(tags, key=lambda t: (t[0], -t[1])):
        while stack and stack[-1] <= start:
            stack.pop()
        if stack and end > stack[-1]:
            continue  # crosses the enclosing tag
        kept.append((start, end, tag))
        stack.append(end)
    return kept


def _write(doc: TimeMLDocument) -> str:
    text = doc.text
    tags = [(t.start, t.end, t) for t in doc.timexes] + [(e.start, e.end, e) for e in doc.events]
    kept = _nestable(tags)
    out: list[str] = []
    pos = 0
    stack: list[tuple[int, str]] = []  # (end, closing tag)

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1][0] <= limit:
            end, closing = stack.pop()
            out.append(escape(text[pos:end]))
            pos = end
            out.append(closing)

    for start, end, tag in kept:
        close_until(start)
        out.append(escape(text[pos:start]))
        pos = start
        if isinstance(tag, Timex3):
            out.append(_timex_open(tag))
            stack.append((end, "</TIMEX3>"))
        else:
            out.append(_event_open(tag))
            stack.append((end, "</EVENT>"))
    close_until(len(text))
    out.append(escape(text[pos:]))

    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<TimeML xmlns:tl="{TL_NAMESPACE}">']
    if doc.dct is not None:
        lines.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(doc.dct)} '
            f'functionInDocument="CREATION_TIME">{escape(doc.dct)}</TIMEX3></DCT>'
        )
    lines.append(f"<TEXT>{''.join(out)}</TEXT>")
    written = {tag.eid for _, _, tag in kept if isinstance(tag, EventTag)}
    for e in doc.events:
        if e.eid in written:
            lines.append(
                f"<MAKEINSTANCE eiid={quoteattr(_instance(e.eid))} "
                f'eventID={quoteattr(e.eid)} tense="NONE" aspect="NONE" polarity="POS" '
                f'pos="UNKNOWN"/>'
            )
    tids = {tag.tid for _, _, tag in kept if isinstance(tag, Timex3)} | {"t0"}
    for link in doc.links:
        if not ({link.source, link.target} <= written | tids):
            continue
        lines.append(
            f"<TLINK lid={quoteattr(link.lid)} relType={quoteattr(link.relation)} "
            f"{_link_end(link.source, 'source', written)} "
            f"{_link_end(link.target, 'target', written)}/>"
        )
    lines.append("</TimeML>")
    return "\n".join(lines)


def _instance(eid: str) -> str:
    return "ei" + (eid[1:] if eid.startswith("e") else eid)


def _link_end(ident: str, side: str, events: set[str]) -> str:
    if ident in events:
        name = "eventInstanceID" if side == "source" else "relatedToEventInstance"
        return f"{name}={quoteattr(_instance(ident))}"
    name = "timeID" if side == "source" else "relatedToTime"
    return f"{name}={quoteattr(ident)}"


# --------------------------------------------------------------------------------------------
# from timelines and extractions


def _timex_fields(timex: Any) -> tuple[int, int, str, str | None, str, str | None]:
    start = getattr(timex, "start", None)
    end = getattr(timex, "end", None)
    if start is None:
        start, end = timex.span
    value = getattr(timex, "value", None)
    if value is None and getattr(timex, "when", None) is not None:
        value = str(timex.when)
    kind = getattr(timex, "type", None) or "DATE"
    if isinstance(kind, enum.Enum):
        kind = kind.name
    mod = getattr(timex, "mod", None)
    if isinstance(mod, enum.Enum):
        mod = mod.value
    return (
        int(start),
        int(end),
        str(timex.text),
        None if value is None else str(value),
        str(kind),
        None if mod is None else str(mod),
    )


def timeml_document(
    obj: Any,
    *,
    text: str | None = None,
    dct: str | None = None,
    timexes: Iterable[Any] | None = None,
    document: str | None = None,
) -> TimeMLDocument:
    """Build the :class:`TimeMLDocument` that :func:`to_timeml` writes for ``obj``.

    Args:
        obj: an extraction result (its ``.text``, ``.timexes``, ``.timeline`` and, if it has
            one, ``.published`` are used) or a Timeline together with ``text``.
        text: the document text (required when ``obj`` carries none).
        dct: the document creation time (TIMEX3 value), e.g. the publication date.
        timexes: time expressions to tag instead of ``obj``'s (objects with ``start``, ``end``,
            ``text`` and ``value`` or ``when``).
        document: keep only mentions of this document id (mentions with no id are kept).

    Raises:
        InputError: there is no text to annotate.

    Examples:
        >>> from timeline.timeline import Timeline
        >>> from timeline.events import Event, Mention
        >>> from timeline.when import When
        >>> text = "Xi met Putin on Feb. 4."
        >>> ev = Event(kind="meeting", when=When.day(2026, 2, 4),
        ...            mentions=(Mention(start=3, end=6, text="met"),))
        >>> doc = timeml_document(Timeline([ev]), text=text)
        >>> [(e.text, e.kind) for e in doc.events]
        [('met', 'meeting')]
    """
    from timeline.errors import InputError

    body = text if text is not None else source_text(obj)
    if body is None:
        raise InputError(
            "TimeML needs the source text: pass an extraction result, or text=... with a Timeline"
        )
    if dct is None:
        published = getattr(obj, "published", None)
        if published is not None:
            dct = (
                published.to_date_string()
                if hasattr(published, "to_date_string")
                else str(published)
            )
    tl = as_timeline(obj)
    raw_timexes = timexes_of(obj) if timexes is None else tuple(timexes)
    tags: list[Timex3] = []
    fields = sorted((_timex_fields(t) for t in raw_timexes), key=lambda f: (f[0], -f[1]))
    for i, (start, end, t_text, value, kind, mod) in enumerate(
        (f for f in fields if f[1] > f[0] and body[f[0] : f[1]] == f[2]), 1
    ):
        tags.append(
            Timex3(tid=f"t{i}", start=start, end=end, text=t_text, value=value, type=kind, mod=mod)
        )
    events: list[EventTag] = []
    first_eid: dict[str, str] = {}
    mentions = []
    for ev in tl:
        for m in ev.mentions:
            if document is not None and m.document not in (None, document):
                continue
            if m.end <= m.start or m.end > len(body) or body[m.start : m.end] != m.text:
                continue  # empty, or from another text
            mentions.append((m.start, m.end, ev))
    mentions.sort(key=lambda t: (t[0], -t[1], t[2].id))
    seen: set[tuple[int, int, str]] = set()
    for start, end, ev in mentions:
        if (start, end, ev.id) in seen:
            continue
        seen.add((start, end, ev.id))
        eid = f"e{len(events) + 1}"
        first_eid.setdefault(ev.id, eid)
        events.append(
            EventTag(
                eid=eid,
                start=start,
                end=end,
                text=body[start:end],
                kind=ev.kind,
                event_id=ev.id,
                event_class=_EVENT_CLASS.get(ev.kind, "OCCURRENCE"),
            )
        )
    # keep only tags that the XML can hold, so that reading back gives the same document
    kept = _nestable([(t.start, t.end, t) for t in tags] + [(e.start, e.end, e) for e in events])
    kept_ids = {id(tag) for _, _, tag in kept}
    tags = [t for t in tags if id(t) in kept_ids]
    events = [e for e in events if id(e) in kept_ids]
    links = _links(tl, tags, events, first_eid)
    return TimeMLDocument(text=body, dct=dct, timexes=tags, events=events, links=links)


def _links(
    tl: Any, tags: list[Timex3], events: list[EventTag], first_eid: dict[str, str]
) -> list[TLink]:
    links: list[TLink] = []
    by_value: dict[str, list[Timex3]] = {}
    for t in tags:
        if t.value is not None:
            by_value.setdefault(t.value, []).append(t)
    written = {e.eid for e in events}
    for tag in events:
        if tag.event_id is None or first_eid.get(tag.event_id) != tag.eid:
            continue
        ev = tl[tag.event_id]
        if ev.when is None:
            continue
        candidates = by_value.get(str(ev.when), [])
        if candidates:
            nearest = min(candidates, key=lambda t: abs(t.start - tag.start))
            links.append(
                TLink(
                    lid=f"l{len(links) + 1}",
                    relation="IS_INCLUDED",
                    source=tag.eid,
                    target=nearest.tid,
                )
            )
    from timeline.io.json import _constraints_of

    for constraint in _constraints_of(tl):
        ea, eb = first_eid.get(constraint.a), first_eid.get(constraint.b)
        rel_type = _REL_TYPES.get(constraint.relation)
        if ea in written and eb in written and rel_type:
            links.append(TLink(lid=f"l{len(links) + 1}", relation=rel_type, source=ea, target=eb))
    return links


def to_timeml(obj: Any, **kwargs: Any) -> str:
    """Write an extraction (or a Timeline plus its text) as TimeML XML.

    Takes the same arguments as :func:`timeml_document`.

    Examples:
        >>> from timeline.timeline import Timeline
        >>> import xml.etree.ElementTree as ET
        >>> root = ET.fromstring(to_timeml(Timeline(), text="Nothing & nobody."))
        >>> root.find("TEXT").text
        'Nothing & nobody.'
    """
    return timeml_document(obj, **kwargs).to_xml()


def render_timeml(obj: Any) -> str:
    """The CLI's ``--format timeml`` writer: :func:`to_timeml` of an extraction.

    Examples:
        >>> from timeline.timeline import Timeline
        >>> render_timeml(Timeline())
        Traceback (most recent call last):
        ...
        timeline.errors.InputError: TimeML needs the source text: ...
    """
    return to_timeml(obj) + "\n"


# --------------------------------------------------------------------------------------------
# reading


def read_timeml(xml: str | bytes) -> TimeMLDocument:
    """Read a TimeML document (ours or TimeBank-style) into a :class:`TimeMLDocument`.

    Offsets are into the plain text of the ``TEXT`` element (tags removed, entities decoded).
    Instance ids of links are mapped back to event ids through ``MAKEINSTANCE``.

    Raises:
        ParseError: the input is not well-formed XML or has no ``TEXT`` element.

    Examples:
        >>> doc = read_timeml('<TimeML><TEXT>On <TIMEX3 tid="t3" type="DATE" '
        ...                   'value="1998-01-08">Thursday</TIMEX3>, prices '
        ...                   '<EVENT eid="e1" class="OCCURRENCE">fell</EVENT>.</TEXT></TimeML>')
        >>> doc.text
        'On Thursday, prices fell.'
        >>> [(t.text, t.value, t.start) for t in doc.timexes], [e.text for e in doc.events]
        ([('Thursday', '1998-01-08', 3)], ['fell'])
    """
    from timeline.errors import ParseError

    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        shown = xml[:80] if isinstance(xml, str) else xml[:80].decode("utf-8", "replace")
        raise ParseError(f"not well-formed TimeML XML: {exc}", text=shown) from exc
    body = root.find("TEXT")
    if body is None:
        raise ParseError(
            "TimeML document has no TEXT element", text=ET.tostring(root)[:80].decode()
        )
    parts: list[str] = []
    timexes: list[Timex3] = []
    events: list[EventTag] = []

    def walk(elem: ET.Element) -> None:
        start = sum(len(p) for p in parts)
        if elem.text:
            parts.append(elem.text)
        for child in elem:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        end = sum(len(p) for p in parts)
        if elem is body:
            return
        text = "".join(parts)[start:end]
        if elem.tag == "TIMEX3":
            timexes.append(
                Timex3(
                    tid=elem.get("tid", ""),
                    start=start,
                    end=end,
                    text=text,
                    value=elem.get("value"),
                    type=elem.get("type", "DATE"),
                    mod=elem.get("mod"),
                )
            )
        elif elem.tag == "EVENT":
            events.append(
                EventTag(
                    eid=elem.get("eid", ""),
                    start=start,
                    end=end,
                    text=text,
                    kind=elem.get(f"{{{TL_NAMESPACE}}}kind"),
                    event_id=elem.get(f"{{{TL_NAMESPACE}}}id"),
                    event_class=elem.get("class", "OCCURRENCE"),
                )
            )

    walk(body)
    dct_elem = root.find("DCT/TIMEX3")
    dct = dct_elem.get("value") if dct_elem is not None else None
    instances = {mi.get("eiid"): mi.get("eventID") for mi in root.iter("MAKEINSTANCE")}
    links: list[TLink] = []
    for link in root.iter("TLINK"):
        source = link.get("timeID") or instances.get(link.get("eventInstanceID"))
        target = link.get("relatedToTime") or instances.get(link.get("relatedToEventInstance"))
        if source and target:
            links.append(
                TLink(
                    lid=link.get("lid", ""),
                    relation=link.get("relType", ""),
                    source=source,
                    target=target,
                )
            )
    order = lambda t: (t.start, -t.end)  # noqa: E731 - a local sort key
    return TimeMLDocument(
        text="".join(parts),
        dct=dct,
        timexes=sorted(timexes, key=order),
        events=sorted(events, key=order),
        links=links,
    )
