"""Apache Arrow tables and Parquet files, for large timelines.

pyarrow is an optional extra (``pip install 'news-timeline[arrow]'``), imported only when these
functions run. One row per event; the table is columnar and typed, so millions of events load
and filter fast (``pyarrow.compute``, DuckDB, Polars, Spark all read it).

Schema (see :func:`schema`): ``id``, ``kind``, ``when`` (the TIMEX3 value), the four bounds as
``timestamp[us, tz=UTC]`` (null for an open bound), ``tz`` (the zone of the time, restored on
reading), ``granularity``, ``durative``, ``approximate``, ``uncertain``, ``duration`` (ISO 8601),
``time_text``, ``participants`` (``list<string>``), ``actors``
(``list<struct<name, type, aliases>>``), ``location``, ``attributes`` (typed JSON, as in
:mod:`timeline.io.json`), ``mentions`` (``list<struct<...>>``) and ``confidence``. The explicit
order constraints travel as JSON in the schema metadata (key ``timeline.constraints``).

Examples:
    >>> from timeline.timeline import Timeline
    >>> from timeline.events import Event
    >>> from timeline.when import When
    >>> tl = Timeline([Event(kind="treaty_expiry", when=When.day(2026, 2, 5),
    ...                      attributes={"treaty": "New START"})])
    >>> table = to_arrow(tl)
    >>> table.num_rows, table.schema.field("earliest_start").type
    (1, TimestampType(timestamp[us, tz=UTC]))
    >>> from_arrow(table) == tl
    True
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any

from timeline.io._common import as_timeline, participant_names

if TYPE_CHECKING:
    import pyarrow as pa

    from timeline.events import Event
    from timeline.timeline import Timeline

__all__ = ["from_arrow", "read_parquet", "schema", "to_arrow", "write_parquet"]

_BOUNDS = ("earliest_start", "latest_start", "earliest_end", "latest_end")
_META_KEY = b"timeline.constraints"
_VERSION_KEY = b"timeline.schema_version"


def _pyarrow() -> Any:
    try:
        import pyarrow as pa
    except ImportError as exc:  # pragma: no cover - exercised without pyarrow installed
        raise ImportError(
            "timeline's Arrow/Parquet support needs pyarrow; install the optional extra with "
            "pip install 'news-timeline[arrow]'"
        ) from exc
    return pa


def schema() -> pa.Schema:
    """The Arrow schema of :func:`to_arrow` tables.

    Examples:
        >>> schema().names[:4]
        ['id', 'kind', 'when', 'earliest_start']
    """
    pa = _pyarrow()
    ts = pa.timestamp("us", tz="UTC")
    actor = pa.struct(
        [("name", pa.string()), ("type", pa.string()), ("aliases", pa.list_(pa.string()))]
    )
    mention = pa.struct(
        [
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("text", pa.string()),
            ("document", pa.string()),
            ("sentence", pa.string()),
            ("sentence_span", pa.list_(pa.int64(), 2)),
        ]
    )
    return pa.schema(
        [
            ("id", pa.string()),
            ("kind", pa.string()),
            ("when", pa.string()),
            *((name, ts) for name in _BOUNDS),
            ("tz", pa.string()),
            ("granularity", pa.string()),
            ("durative", pa.bool_()),
            ("approximate", pa.bool_()),
            ("uncertain", pa.bool_()),
            ("duration", pa.string()),
            ("time_text", pa.string()),
            ("participants", pa.list_(pa.string())),
            ("actors", pa.list_(actor)),
            ("location", pa.string()),
            ("attributes", pa.string()),
            ("mentions", pa.list_(mention)),
            ("confidence", pa.float64()),
        ]
    )


def _row(ev: Event) -> dict[str, Any]:
    from timeline.io.json import _value_to_json

    w = ev.when
    row: dict[str, Any] = {
        "id": ev.id,
        "kind": ev.kind,
        "when": None if w is None else str(w),
        "tz": None if w is None else w.timezone,
        "granularity": None if w is None else w.granularity.value,
        "durative": bool(w is not None and w.durative),
        "approximate": bool(w is not None and w.approximate),
        "uncertain": bool(w is not None and w.uncertain),
        "duration": str(w) if w is not None and w.is_duration else None,
        "time_text": None if w is None else w.text,
        "participants": list(participant_names(ev)),
        "actors": [
            {"name": a.name, "type": a.type.name.lower(), "aliases": sorted(a.aliases)}
            for a in ev.participants
        ],
        "location": ev.location,
        "attributes": json.dumps(
            {k: _value_to_json(v) for k, v in ev.attributes.items()}, sort_keys=True
        ),
        "mentions": [
            {
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "document": m.document,
                "sentence": m.sentence,
                "sentence_span": None if m.sentence_span is None else list(m.sentence_span),
            }
            for m in ev.mentions
        ],
        "confidence": float(ev.confidence),
    }
    for name in _BOUNDS:
        dt = None if w is None else getattr(w, name)
        row[name] = None if dt is None else dt.in_timezone("UTC")
    return row


def to_arrow(timeline: Any) -> pa.Table:
    """Convert a timeline to a :class:`pyarrow.Table` (one row per event, chronological).

    Args:
        timeline: a Timeline, an extraction result, or an iterable of events.

    Raises:
        ImportError: pyarrow is not installed (install ``news-timeline[arrow]``).

    Examples:
        >>> from timeline.timeline import Timeline
        >>> to_arrow(Timeline()).num_rows
        0
    """
    pa = _pyarrow()
    from timeline.io.json import SCHEMA_VERSION, _network_to_json

    tl = as_timeline(timeline)
    rows = [_row(ev) for ev in tl]
    sch = schema()
    network = _network_to_json(tl)
    metadata = {_VERSION_KEY: str(SCHEMA_VERSION).encode()}
    if network is not None:
        metadata[_META_KEY] = json.dumps(network).encode()
    return pa.Table.from_pylist(rows, schema=sch.with_metadata(metadata))


def _event(row: dict[str, Any]) -> Event:
    import pendulum

    from timeline.events import Actor, ActorType, Event, Mention
    from timeline.io.json import _value_from_json
    from timeline.when import Granularity, When

    zone = row.get("tz")
    text = row.get("time_text")
    when: When | None = None
    if row.get("duration"):
        when = When.parse(row["duration"]).with_text(text)
    elif row.get("granularity"):
        bounds = {}
        for name in _BOUNDS:
            dt = row.get(name)
            bounds[name] = None if dt is None else pendulum.instance(dt).in_timezone(zone or "UTC")
        when = When(
            **bounds,
            granularity=Granularity(row["granularity"]),
            durative=bool(row["durative"]),
            approximate=bool(row["approximate"]),
            uncertain=bool(row["uncertain"]),
            text=text,
        )
    elif row.get("when"):
        when = When.parse(row["when"], tz=zone or "UTC").with_text(text)
    actors = row.get("actors")
    if actors is not None:
        participants = tuple(
            Actor(a["name"], type=ActorType[a["type"].upper()], aliases=frozenset(a["aliases"]))
            for a in actors
        )
    else:
        participants = tuple(Actor(n) for n in row.get("participants") or ())
    attributes = json.loads(row["attributes"]) if row.get("attributes") else {}
    kwargs: dict[str, Any] = {
        "kind": row["kind"],
        "when": when,
        "participants": participants,
        "location": row.get("location"),
        "attributes": {k: _value_from_json(v) for k, v in attributes.items()},
        "mentions": tuple(
            Mention(
                start=m["start"],
                end=m["end"],
                text=m["text"],
                document=m["document"],
                sentence=m["sentence"],
                sentence_span=None if m["sentence_span"] is None else tuple(m["sentence_span"]),
            )
            for m in row.get("mentions") or ()
        ),
    }
    if row.get("confidence") is not None:
        kwargs["confidence"] = row["confidence"]
    if row.get("id"):
        kwargs["id"] = row["id"]
    return Event(**kwargs)


def from_arrow(table: pa.Table) -> Timeline:
    """Read a Timeline back from a table written by :func:`to_arrow`.

    Only ``kind`` is required; a table with a ``when`` column of TIMEX3 strings and no bound
    columns works too.

    Raises:
        ImportError: pyarrow is not installed.
        ParseError: a newer schema version, or a malformed value.

    Examples:
        >>> import pyarrow as pa
        >>> t = pa.table({"kind": ["election"], "when": ["2024-11"]})
        >>> [str(ev.when) for ev in from_arrow(t)]
        ['2024-11']
    """
    _pyarrow()
    from timeline.errors import ParseError
    from timeline.io.json import SCHEMA_VERSION, _with_network

    metadata = table.schema.metadata or {}
    version = int(metadata.get(_VERSION_KEY, b"1"))
    if version > SCHEMA_VERSION:
        raise ParseError(
            f"timeline Arrow schema version {version} is newer than this library supports"
            f" (up to {SCHEMA_VERSION}); upgrade news-timeline to read it",
            text=str(version),
        )
    network = json.loads(metadata[_META_KEY]) if _META_KEY in metadata else None
    return _with_network(tuple(_event(row) for row in table.to_pylist()), network)


def write_parquet(timeline: Any, path: str | os.PathLike[str], **kwargs: Any) -> None:
    """Write a timeline to a Parquet file (keyword arguments go to ``pyarrow.parquet``).

    Examples:
        >>> import tempfile, pathlib
        >>> from timeline.timeline import Timeline
        >>> from timeline.events import Event
        >>> from timeline.when import When
        >>> tl = Timeline([Event(kind="election", when=When.month(2024, 11))])
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     path = pathlib.Path(tmp) / "events.parquet"
        ...     write_parquet(tl, path)
        ...     read_parquet(path) == tl
        True
    """
    _pyarrow()
    import pyarrow.parquet as pq

    pq.write_table(to_arrow(timeline), os.fspath(path), **kwargs)


def read_parquet(path: str | os.PathLike[str]) -> Timeline:
    """Read a Timeline from a Parquet file written by :func:`write_parquet`.

    Examples:
        >>> import tempfile, pathlib
        >>> from timeline.timeline import Timeline
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     write_parquet(Timeline(), pathlib.Path(tmp) / "empty.parquet")
        ...     len(read_parquet(pathlib.Path(tmp) / "empty.parquet"))
        0
    """
    _pyarrow()
    import pyarrow.parquet as pq

    return from_arrow(pq.read_table(os.fspath(path)))
