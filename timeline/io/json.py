"""Lossless, versioned JSON for timelines.

The document written by :func:`to_json` / :func:`dumps` is a superset of the evaluation JSON of
the design (section 7): every event carries the readable fields ``kind``, ``when`` (the TIMEX3
value), ``participants`` (canonical names), ``location``, ``mentions`` and ``attributes``, and
next to them the fields that make the round trip lossless (``id``, ``time`` with all four bounds,
``actors``, ``confidence``).

Schema, version 1::

    {
      "schema": "news-timeline",            # constant, identifies the document type
      "version": 1,                          # bumped on any incompatible change
      "events": [Event, ...],                # in the timeline's chronological order
      "constraints": [Constraint, ...],      # explicit order constraints between event ids
      "anchors": [{"id": str, "time": When}, ...],   # event times entered into the network
      "relations": [{"a": int, "b": int, "relation": str}, ...],   # readable, from constraints
      "timexes": [Timex, ...]                # only when written from an extraction
    }

    Event = {
      "id": str, "kind": str,
      "when": str | null,                    # str(When): "2026-02-04", "2025-11", "2026/2030"
      "time": When | null,                   # the lossless form, see below
      "participants": [str, ...],            # canonical names, same order as "actors"
      "actors": [{"name": str, "type": "person"|"country"|"organisation"|"group"|"unknown",
                  "aliases": [str, ...], ...}, ...],
      "location": str | null,
      "attributes": {str: Value},            # Value: str | int | float | bool | Money
      "mentions": [{"start": int, "end": int, "text": str, "document": str | null,
                    "sentence": str | null, "sentence_span": [int, int] | null}, ...],
      "confidence": float
    }

    When = {
      "earliest_start": Instant | null, "latest_start": Instant | null,   # null: open end ("..")
      "earliest_end": Instant | null, "latest_end": Instant | null,
      "granularity": "second" | "minute" | ... | "century",
      "durative": bool, "approximate": bool, "uncertain": bool,
      "duration": Duration | null, "text": str | null
    }
    Instant  = "2026-02-04T00:00:00+08:00[Asia/Shanghai]"   # RFC 9557: ISO 8601 + zone name
    Duration = {"years": int, "months": int, "days": int, "seconds": int, "microseconds": int}
    Constraint = {"a": str, "relation": str, "b": str,      # event ids; relation as in
                  "min_gap_us": int | null,                 # OrderNetwork.add; bounds on the
                  "max_gap_us": int | null}                 # distance between the starts (µs)
    Money    = {"type": "money", "amount": "11100000000", "currency": "USD"}  # amount: Decimal
    float    = a JSON number, or {"type": "float", "value": "nan" | "inf" | "-inf"}

Readers accept any document whose ``version`` is at most :data:`SCHEMA_VERSION`; a newer version
raises :class:`~timeline.errors.ParseError` that says to upgrade the library.

Examples:
    >>> from timeline.io.json import dumps, loads
    >>> from timeline.timeline import Timeline
    >>> from timeline.events import Event, Actor
    >>> from timeline.when import When
    >>> tl = Timeline([Event(kind="call", when=When.day(2026, 2, 4),
    ...                      participants=(Actor("Xi Jinping"), Actor("Donald Trump")))])
    >>> loads(dumps(tl)) == tl
    True
"""

from __future__ import annotations

import datetime as _dt
import decimal
import enum
import json
import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from timeline.io._common import as_timeline, timexes_of

if TYPE_CHECKING:
    import pendulum

    from timeline.events import Actor, Event, Mention
    from timeline.timeline import Timeline
    from timeline.when import When

__all__ = [
    "SCHEMA_NAME",
    "SCHEMA_VERSION",
    "dumps",
    "event_from_json",
    "event_to_json",
    "from_json",
    "instant_from_json",
    "instant_to_json",
    "loads",
    "render_json",
    "to_json",
    "when_from_json",
    "when_to_json",
]

#: The value of the ``"schema"`` key of every document this module writes.
SCHEMA_NAME = "news-timeline"
#: The schema version written by :func:`to_json`; readers accept this version and older ones.
SCHEMA_VERSION = 1


# --------------------------------------------------------------------------------------------
# errors


def _error(message: str, text: object = None) -> Exception:
    """A :class:`~timeline.errors.ParseError` for a malformed document."""
    from timeline.errors import ParseError

    shown = text if isinstance(text, str) else json.dumps(text, default=repr)[:200]
    return ParseError(message, text=shown)


# --------------------------------------------------------------------------------------------
# instants and durations


def instant_to_json(dt: pendulum.DateTime | None) -> str | None:
    """Encode an aware instant as ISO 8601 with its zone name in brackets (RFC 9557).

    Fixed-offset instants carry no bracket. ``None`` (an open bound) stays ``None``.

    Examples:
        >>> import pendulum
        >>> instant_to_json(pendulum.datetime(2026, 2, 4, 9, 30, tz="Asia/Shanghai"))
        '2026-02-04T09:30:00+08:00[Asia/Shanghai]'
        >>> instant_to_json(None) is None
        True
    """
    if dt is None:
        return None
    iso = dt.isoformat()
    name = getattr(dt.tzinfo, "name", None)
    if name and not name.startswith(("+", "-")):
        return f"{iso}[{name}]"
    return iso


def instant_from_json(value: str | None) -> pendulum.DateTime | None:
    """Decode :func:`instant_to_json`'s output back into an aware ``pendulum.DateTime``.

    Raises:
        ParseError: ``value`` is not such a string.

    Examples:
        >>> dt = instant_from_json("2026-02-04T09:30:00+08:00[Asia/Shanghai]")
        >>> dt.timezone_name, dt.hour
        ('Asia/Shanghai', 9)
    """
    import pendulum

    if value is None:
        return None
    if not isinstance(value, str):
        raise _error(f"an instant must be an ISO 8601 string, got {value!r}", value)
    iso, zone = value, None
    if value.endswith("]") and "[" in value:
        iso, _, zone = value[:-1].partition("[")
    try:
        # datetime.fromisoformat, not pendulum.parse: it reads offsets with seconds
        # (+08:05:43, the local mean time of old dates in IANA zones).
        parsed = _dt.datetime.fromisoformat(iso)
    except ValueError as exc:
        raise _error(f"cannot read instant {value!r}: {exc}", value) from exc
    if parsed.tzinfo is None or "T" not in iso:
        raise _error(f"instant {value!r} must be a date-time with a UTC offset", value)
    dt = pendulum.instance(parsed)
    if zone:
        try:
            dt = dt.in_timezone(zone)
        except Exception as exc:  # pendulum raises its own error types for unknown zones
            raise _error(f"unknown time zone {zone!r} in instant {value!r}", value) from exc
    return dt


def _duration_to_json(d: pendulum.Duration | None) -> dict[str, int] | None:
    if d is None:
        return None
    years = int(getattr(d, "years", 0) or 0)
    months = int(getattr(d, "months", 0) or 0)
    # pendulum stores years and months as 365 and 30 days inside the timedelta; keep the rest.
    rest_days = d.days - 365 * years - 30 * months
    return {
        "years": years,
        "months": months,
        "days": rest_days,
        "seconds": d.seconds,
        "microseconds": d.microseconds,
    }


def _duration_from_json(value: Any) -> pendulum.Duration | None:
    import pendulum

    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise _error(f"a duration must be an object, got {value!r}", value)
    try:
        return pendulum.duration(
            years=int(value.get("years", 0)),
            months=int(value.get("months", 0)),
            days=int(value.get("days", 0)),
            seconds=int(value.get("seconds", 0)),
            microseconds=int(value.get("microseconds", 0)),
        )
    except (TypeError, ValueError) as exc:
        raise _error(f"cannot read duration {value!r}: {exc}", value) from exc


# --------------------------------------------------------------------------------------------
# When


def when_to_json(when: When | None) -> dict[str, Any] | None:
    """Encode a :class:`~timeline.when.When` losslessly (all bounds, granularity, flags, text).

    Examples:
        >>> from timeline.when import When
        >>> doc = when_to_json(When.month(2025, 11))
        >>> doc["granularity"], doc["earliest_start"], doc["latest_end"]
        ('month', '2025-11-01T00:00:00+00:00[UTC]', '2025-12-01T00:00:00+00:00[UTC]')
    """
    if when is None:
        return None
    return {
        "earliest_start": instant_to_json(when.earliest_start),
        "latest_start": instant_to_json(when.latest_start),
        "earliest_end": instant_to_json(when.earliest_end),
        "latest_end": instant_to_json(when.latest_end),
        "granularity": when.granularity.name.lower(),
        "durative": bool(when.durative),
        "approximate": bool(when.approximate),
        "uncertain": bool(when.uncertain),
        "duration": _duration_to_json(when.duration),
        "text": when.text,
    }


def when_from_json(value: Mapping[str, Any] | str | None) -> When | None:
    """Decode :func:`when_to_json`'s output (or, leniently, a TIMEX3/EDTF string).

    Raises:
        ParseError: the value is malformed.

    Examples:
        >>> from timeline.when import When
        >>> w = When.day(2026, 2, 4)
        >>> when_from_json(when_to_json(w)) == w
        True
        >>> when_from_json("2025-11") == When.month(2025, 11)
        True
    """
    from timeline.when import Granularity, When

    if value is None:
        return None
    if isinstance(value, str):
        return When.parse(value)
    if not isinstance(value, Mapping):
        raise _error(f"a time must be an object, got {value!r}", value)
    try:
        granularity = Granularity[str(value["granularity"]).upper()]
    except KeyError as exc:
        raise _error(f"unknown or missing granularity in {dict(value)!r}", value) from exc
    when = When(
        earliest_start=instant_from_json(value.get("earliest_start")),
        latest_start=instant_from_json(value.get("latest_start")),
        earliest_end=instant_from_json(value.get("earliest_end")),
        latest_end=instant_from_json(value.get("latest_end")),
        granularity=granularity,
        durative=bool(value.get("durative", False)),
        approximate=bool(value.get("approximate", False)),
        uncertain=bool(value.get("uncertain", False)),
        duration=_duration_from_json(value.get("duration")),
        text=value.get("text"),
    )
    return when


# --------------------------------------------------------------------------------------------
# attribute values, actors, mentions


def _value_to_json(value: object) -> Any:
    from timeline.events import Money

    if isinstance(value, Money):
        return {"type": "money", "amount": str(value.amount), "currency": value.currency}
    if isinstance(value, bool | int | str) or value is None:
        return value
    if isinstance(value, float):
        if math.isfinite(value):
            return value
        return {"type": "float", "value": repr(value)}
    if isinstance(value, decimal.Decimal):
        return {"type": "decimal", "value": str(value)}
    if isinstance(value, enum.Enum):
        return _value_to_json(value.value)
    from timeline.when import When

    if isinstance(value, When):
        return {"type": "when", "value": when_to_json(value)}
    raise _error(f"cannot encode attribute value {value!r} of type {type(value).__name__}")


def _value_from_json(value: Any) -> object:
    from timeline.events import Money

    if not isinstance(value, Mapping):
        if isinstance(value, list):
            raise _error(f"attribute values cannot be lists: {value!r}", value)
        return value
    tag = value.get("type")
    try:
        if tag == "money":
            return Money(decimal.Decimal(str(value["amount"])), str(value["currency"]))
        if tag == "float":
            return float(value["value"])
        if tag == "decimal":
            return decimal.Decimal(str(value["value"]))
        if tag == "when":
            return when_from_json(value["value"])
    except (KeyError, decimal.InvalidOperation, ValueError) as exc:
        raise _error(f"malformed {tag} attribute value {dict(value)!r}", value) from exc
    raise _error(f"unknown attribute value type {tag!r} in {dict(value)!r}", value)


def _actor_to_json(actor: Actor) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "name": actor.name,
        "type": actor.type.name.lower(),
        "aliases": sorted(actor.aliases),
    }
    return doc


def _actor_from_json(value: Any) -> Actor:
    from timeline.events import Actor, ActorType

    if isinstance(value, str):
        return Actor(value)
    if not isinstance(value, Mapping) or "name" not in value:
        raise _error(f"an actor must be an object with a name, got {value!r}", value)
    try:
        kind = ActorType[str(value.get("type", "unknown")).upper()]
    except KeyError as exc:
        raise _error(f"unknown actor type {value.get('type')!r}", value) from exc
    return Actor(str(value["name"]), type=kind, aliases=frozenset(value.get("aliases", ())))


def _mention_to_json(mention: Mention) -> dict[str, Any]:
    span = mention.sentence_span
    return {
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "document": mention.document,
        "sentence": mention.sentence,
        "sentence_span": list(span) if span is not None else None,
    }


def _mention_from_json(value: Any) -> Mention:
    from timeline.events import Mention

    if not isinstance(value, Mapping):
        raise _error(f"a mention must be an object, got {value!r}", value)
    span = value.get("sentence_span")
    try:
        return Mention(
            start=int(value["start"]),
            end=int(value["end"]),
            text=str(value.get("text", "")),
            document=value.get("document"),
            sentence=value.get("sentence"),
            sentence_span=(int(span[0]), int(span[1])) if span is not None else None,
        )
    except (KeyError, TypeError, IndexError) as exc:
        raise _error(f"malformed mention {dict(value)!r}", value) from exc


# --------------------------------------------------------------------------------------------
# events


def event_to_json(event: Event) -> dict[str, Any]:
    """Encode one :class:`~timeline.events.Event` (readable fields first, then lossless ones).

    Examples:
        >>> from timeline.events import Event, Actor, Money
        >>> from timeline.when import When
        >>> ev = Event(kind="arms_sale", when=When.month(2025, 11),
        ...            participants=(Actor("United States"), Actor("Taiwan")),
        ...            attributes={"amount": Money(11_100_000_000, "USD")})
        >>> doc = event_to_json(ev)
        >>> doc["kind"], doc["when"], doc["participants"], doc["attributes"]["amount"]["currency"]
        ('arms_sale', '2025-11', ['United States', 'Taiwan'], 'USD')
    """
    return {
        "id": event.id,
        "kind": event.kind,
        "when": str(event.when) if event.when is not None else None,
        "participants": [actor.name for actor in event.participants],
        "location": event.location,
        "attributes": {str(k): _value_to_json(v) for k, v in event.attributes.items()},
        "mentions": [_mention_to_json(m) for m in event.mentions],
        "time": when_to_json(event.when),
        "actors": [_actor_to_json(a) for a in event.participants],
        "confidence": event.confidence,
    }


def event_from_json(value: Mapping[str, Any]) -> Event:
    """Decode :func:`event_to_json`'s output back into an equal :class:`~timeline.events.Event`.

    Documents without ``"time"`` or ``"actors"`` (such as plain evaluation JSON) are read from
    ``"when"`` and ``"participants"`` instead.

    Raises:
        ParseError: the value is malformed.

    Examples:
        >>> from timeline.events import Event
        >>> from timeline.when import When
        >>> ev = Event(kind="treaty_expiry", when=When.day(2026, 2, 5),
        ...            attributes={"treaty": "New START"})
        >>> event_from_json(event_to_json(ev)) == ev
        True
        >>> event_from_json({"kind": "call", "when": "2026-02-04",
        ...                  "participants": ["Xi Jinping"]}).participant_names
        ('Xi Jinping',)
    """
    from timeline.events import Event

    if not isinstance(value, Mapping) or "kind" not in value:
        raise _error(f"an event must be an object with a kind, got {value!r}", value)
    when = when_from_json(value["time"] if "time" in value else value.get("when"))
    actors = value.get("actors")
    if actors is None:
        actors = value.get("participants", ())
    attributes = value.get("attributes") or {}
    if not isinstance(attributes, Mapping):
        raise _error(f"attributes must be an object, got {attributes!r}", attributes)
    kwargs: dict[str, Any] = {
        "kind": str(value["kind"]),
        "when": when,
        "participants": tuple(_actor_from_json(a) for a in actors),
        "location": value.get("location"),
        "attributes": {str(k): _value_from_json(v) for k, v in attributes.items()},
        "mentions": tuple(_mention_from_json(m) for m in value.get("mentions", ())),
    }
    if "confidence" in value:
        kwargs["confidence"] = float(value["confidence"])
    if value.get("id") is not None:
        kwargs["id"] = str(value["id"])
    return Event(**kwargs)


# --------------------------------------------------------------------------------------------
# constraints


def _constraint_to_json(constraint: Any) -> dict[str, Any]:
    """Encode one stated order constraint (:class:`~timeline.relations.Constraint`)."""
    return {
        "a": constraint.a,
        "relation": constraint.relation,
        "b": constraint.b,
        "min_gap_us": constraint.min_gap,
        "max_gap_us": constraint.max_gap,
    }


def _constraint_from_json(doc: Any) -> Any:
    from timeline.relations import Constraint

    if not isinstance(doc, Mapping) or not {"a", "relation", "b"} <= set(doc):
        raise _error(f"a constraint must be an object with a, relation and b, got {doc!r}", doc)
    gaps = []
    for key in ("min_gap_us", "max_gap_us"):
        value = doc.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise _error(f"constraint {key} must be an integer number of microseconds", doc)
        gaps.append(value)
    return Constraint(
        str(doc["a"]), str(doc["relation"]), str(doc["b"]), min_gap=gaps[0], max_gap=gaps[1]
    )


def _constraints_of(tl: Timeline) -> tuple[Any, ...]:
    """The stated constraints of a timeline."""
    return tuple(tl.constraints.constraints)


def _anchors_to_json(tl: Timeline) -> list[dict[str, Any]]:
    """The event times entered into the constraint network, in the order they were entered."""
    return [{"id": a.id, "time": when_to_json(a.when)} for a in tl.constraints.anchors]


def _anchor_from_json(doc: Any) -> Any:
    from timeline.relations import Anchor

    if not isinstance(doc, Mapping) or "id" not in doc or "time" not in doc:
        raise _error(f"an anchor must be an object with id and time, got {doc!r}", doc)
    return Anchor(str(doc["id"]), when_from_json(doc["time"]))


def _relations(tl: Timeline, events: tuple[Event, ...], source: Any = None) -> list[dict[str, Any]]:
    """Readable ``{"a", "b", "relation"}`` records, indices into ``events``.

    From the timeline's stated constraints and, for an extraction result, its ``relations``
    (whose indices point into the extraction's own ``events``).
    """
    index = {ev.id: i for i, ev in enumerate(events)}
    out = [
        {"a": index[c.a], "b": index[c.b], "relation": c.relation}
        for c in _constraints_of(tl)
        if c.a in index and c.b in index
    ]
    source_events = tuple(getattr(source, "events", None) or ())
    for rel in getattr(source, "relations", None) or ():
        try:
            a, b = source_events[rel.a].id, source_events[rel.b].id
        except (AttributeError, IndexError, TypeError):
            continue
        record = {"a": index.get(a), "b": index.get(b), "relation": str(rel.relation)}
        if record["a"] is not None and record["b"] is not None and record not in out:
            out.append(record)
    return out


def _network_to_json(tl: Timeline) -> dict[str, Any] | None:
    """The constraint network as ``{"constraints": [...], "anchors": [...]}``, or None if empty."""
    constraints = [_constraint_to_json(c) for c in _constraints_of(tl)]
    anchors = _anchors_to_json(tl)
    if not constraints and not anchors:
        return None
    return {"constraints": constraints, "anchors": anchors}


def _with_network(events: tuple[Event, ...], doc: Mapping[str, Any] | None) -> Timeline:
    """A Timeline of ``events`` with a network written by :func:`_network_to_json`."""
    doc = doc or {}
    return _with_constraints(
        events, list(doc.get("constraints") or ()), list(doc.get("anchors") or ())
    )


def _with_constraints(
    events: tuple[Event, ...], docs: list[Any], anchors: list[Any] | None = None
) -> Timeline:
    """A Timeline of ``events`` with the constraints (and anchors) of a document."""
    from timeline.relations import OrderNetwork
    from timeline.timeline import Timeline

    if not docs and not anchors:
        return Timeline(events)
    items = [_constraint_from_json(doc) for doc in docs]
    items += [_anchor_from_json(doc) for doc in anchors or ()]
    return Timeline(events, constraints=OrderNetwork.of(items))


# --------------------------------------------------------------------------------------------
# documents


def to_json(obj: Any) -> dict[str, Any]:
    """Encode a Timeline (or an extraction's timeline) as a JSON-ready ``dict``.

    Args:
        obj: a :class:`~timeline.timeline.Timeline`, an extraction result with a
            ``.timeline`` (its ``.timexes`` are written too), or an iterable of events.

    Returns:
        A ``dict`` of plain JSON types following the schema in the module docstring.

    Examples:
        >>> from timeline.timeline import Timeline
        >>> from timeline.events import Event
        >>> from timeline.when import When
        >>> doc = to_json(Timeline([Event(kind="election", when=When.year(2024))]))
        >>> doc["schema"], doc["version"], doc["events"][0]["when"]
        ('news-timeline', 1, '2024')
    """
    tl = as_timeline(obj)
    events = tuple(tl)
    doc: dict[str, Any] = {
        "schema": SCHEMA_NAME,
        "version": SCHEMA_VERSION,
        "events": [event_to_json(ev) for ev in events],
        "constraints": [_constraint_to_json(c) for c in _constraints_of(tl)],
        "anchors": _anchors_to_json(tl),
        "relations": _relations(tl, events, obj),
    }
    timexes = timexes_of(obj)
    if timexes:
        doc["timexes"] = [_timex_to_json(t) for t in timexes]
    return doc


def _timex_to_json(timex: Any) -> dict[str, Any]:
    when = getattr(timex, "when", None)
    value = getattr(timex, "value", None)
    if value is None and when is not None:
        value = str(when)
    doc: dict[str, Any] = {
        "start": int(timex.start),
        "end": int(timex.end),
        "text": str(timex.text),
        "value": None if value is None else str(value),
    }
    kind = getattr(timex, "type", None)
    if kind is not None:
        doc["type"] = kind.name if isinstance(kind, enum.Enum) else str(kind)
    if isinstance(when, object) and when is not None and hasattr(when, "granularity"):
        doc["time"] = when_to_json(when)
    return doc


def from_json(doc: Mapping[str, Any]) -> Timeline:
    """Decode a document written by :func:`to_json` into an equal Timeline.

    Args:
        doc: the decoded JSON object.

    Raises:
        ParseError: the document is malformed, of another schema, or of a newer version than
            this library understands.

    Examples:
        >>> from timeline.timeline import Timeline
        >>> from timeline.events import Event
        >>> from timeline.when import When
        >>> tl = Timeline([Event(kind="parade", when=When.day(2025, 5, 9), location="Moscow")])
        >>> from_json(to_json(tl)) == tl
        True
        >>> from_json({"schema": "news-timeline", "version": 99, "events": []})
        Traceback (most recent call last):
        ...
        timeline.errors.ParseError: ...version 99...
    """
    if not isinstance(doc, Mapping):
        raise _error(f"a timeline document must be a JSON object, got {type(doc).__name__}", doc)
    schema = doc.get("schema", SCHEMA_NAME)
    if schema != SCHEMA_NAME:
        raise _error(f"not a timeline document: schema is {schema!r}, expected {SCHEMA_NAME!r}")
    version = doc.get("version", SCHEMA_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _error(f"invalid schema version {version!r}: expected a positive integer")
    if version > SCHEMA_VERSION:
        raise _error(
            f"timeline JSON schema version {version} is newer than this library supports"
            f" (up to {SCHEMA_VERSION}); upgrade news-timeline to read it"
        )
    events = doc.get("events", [])
    if not isinstance(events, list):
        raise _error(f"'events' must be a list, got {type(events).__name__}")
    constraints = doc.get("constraints") or []
    anchors = doc.get("anchors") or []
    for name, value in (("constraints", constraints), ("anchors", anchors)):
        if not isinstance(value, list):
            raise _error(f"{name!r} must be a list, got {type(value).__name__}")
    return _with_constraints(tuple(event_from_json(e) for e in events), constraints, anchors)


def dumps(obj: Any, *, indent: int | None = 2) -> str:
    """Serialise a Timeline (or an extraction) to a JSON string.

    Args:
        obj: what :func:`to_json` accepts.
        indent: passed to :func:`json.dumps`; ``None`` for one compact line.

    Examples:
        >>> from timeline.timeline import Timeline
        >>> print(dumps(Timeline(), indent=None))
        {"schema": "news-timeline", "version": 1, "events": [], "constraints": [], "anchors": [],
        "relations": []}
    """
    return json.dumps(to_json(obj), indent=indent, ensure_ascii=False, allow_nan=False)


def loads(text: str | bytes) -> Timeline:
    """Read a Timeline from a JSON string written by :func:`dumps`.

    Raises:
        ParseError: the text is not JSON or not a timeline document of a supported version.

    Examples:
        >>> loads('{"schema": "news-timeline", "version": 1, "events": []}')
        <Timeline of 0 events, 0 constraints>
        >>> loads("not json")
        Traceback (most recent call last):
        ...
        timeline.errors.ParseError: ...not valid JSON...
    """
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _error(f"not valid JSON: {exc}", text if isinstance(text, str) else None) from exc
    return from_json(doc)


def render_json(obj: Any) -> str:
    """The CLI's ``--format json`` writer: :func:`dumps` with an indent of 2 and a final newline.

    Examples:
        >>> from timeline.timeline import Timeline
        >>> render_json(Timeline()).endswith("}\\n")
        True
    """
    return dumps(obj, indent=2) + "\n"
