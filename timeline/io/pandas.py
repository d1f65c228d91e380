"""pandas DataFrames: one row per event, the four bounds as timezone-aware columns.

pandas is an optional extra (``pip install 'news-timeline[pandas]'``); it is imported only when
these functions run.

Columns of :func:`to_dataframe`, in order:

========================  ===================================================================
``id``, ``kind``          the event id and kind name
``when``                  the TIMEX3 value (``"2026-02-04"``, ``"2026/2030"``), or ``None``
``earliest_start`` ...    ``earliest_start``, ``latest_start``, ``earliest_end``,
``latest_end``            ``latest_end``: ``datetime64[us, zone]``, ``NaT`` for an open bound;
                          the zone is the one all times share, else UTC
``tz``                    the zone of each event's time (restored by :func:`from_dataframe`)
``granularity``           ``"day"``, ``"month"``... (``None`` without a time)
``durative``,             the flags of the time
``approximate``,
``uncertain``
``duration``              ISO 8601 duration of a pure duration (``"P3D"``), else ``None``
``time_text``             the text the time was read from
``participants``          tuple of canonical names (use ``df.explode("participants")``)
``location``              the place, or ``None``
``sentence``              the first mention's sentence (for reading; ignored on the way back)
``confidence``            float in [0, 1]
``actors``                tuple of :class:`~timeline.events.Actor` (types and aliases)
``attributes``            ``dict`` of typed attribute values
``mentions``              tuple of :class:`~timeline.events.Mention`
========================  ===================================================================

The timeline's explicit order constraints travel in ``df.attrs["timeline_constraints"]`` (as in
:mod:`timeline.io.json`).

Examples:
    >>> from timeline.timeline import Timeline
    >>> from timeline.events import Event
    >>> from timeline.when import When
    >>> tl = Timeline([Event(kind="call", when=When.day(2026, 2, 4, tz="Asia/Shanghai"),
    ...                      participants=("Xi Jinping", "Donald Trump"))])
    >>> df = to_dataframe(tl)
    >>> df.loc[0, ["kind", "when"]].tolist(), str(df["earliest_start"].dtype)
    (['call', '2026-02-04'], 'datetime64[us, Asia/Shanghai]')
    >>> from_dataframe(df) == tl
    True
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from timeline.io._common import as_timeline, first_sentence, participant_names

if TYPE_CHECKING:
    import pandas as pd

    from timeline.events import Event
    from timeline.timeline import Timeline
    from timeline.when import When

__all__ = ["COLUMNS", "from_dataframe", "to_dataframe"]

_BOUNDS = ("earliest_start", "latest_start", "earliest_end", "latest_end")

#: The columns written by :func:`to_dataframe`, in order.
COLUMNS: tuple[str, ...] = (
    "id",
    "kind",
    "when",
    *_BOUNDS,
    "tz",
    "granularity",
    "durative",
    "approximate",
    "uncertain",
    "duration",
    "time_text",
    "participants",
    "location",
    "sentence",
    "confidence",
    "actors",
    "attributes",
    "mentions",
)

_CONSTRAINTS_KEY = "timeline_constraints"


def _pandas() -> Any:
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - exercised without pandas installed
        raise ImportError(
            "timeline's DataFrame support needs pandas; install the optional extra with "
            "pip install 'news-timeline[pandas]'"
        ) from exc
    return pd


def _zone_of(when: When | None) -> str | None:
    return None if when is None else when.timezone


def to_dataframe(timeline: Any) -> pd.DataFrame:
    """One row per event, in chronological order, with the columns of :data:`COLUMNS`.

    Args:
        timeline: a Timeline, an extraction result, or an iterable of events.

    Returns:
        A :class:`pandas.DataFrame`; :func:`from_dataframe` turns it back into an equal Timeline.

    Raises:
        ImportError: pandas is not installed (install ``news-timeline[pandas]``).

    Examples:
        >>> from timeline.timeline import Timeline
        >>> from timeline.events import Event
        >>> from timeline.when import When
        >>> df = to_dataframe(Timeline([Event(kind="period", when=When.parse("2026/2030")),
        ...                             Event(kind="statement")]))
        >>> df[["kind", "when", "granularity", "durative"]].to_string(index=False)
        '     kind      when granularity  durative\\n   period 2026/2030        year      True\\n\
statement      None        None     False'
    """
    pd = _pandas()
    tl = as_timeline(timeline)
    events = tuple(tl)
    zones = {z for z in (_zone_of(ev.when) for ev in events) if z is not None}
    column_zone = zones.pop() if len(zones) == 1 else "UTC"
    rows: dict[str, list[Any]] = {name: [] for name in COLUMNS}
    for ev in events:
        w = ev.when
        rows["id"].append(ev.id)
        rows["kind"].append(ev.kind)
        rows["when"].append(None if w is None else str(w))
        for name in _BOUNDS:
            dt = None if w is None else getattr(w, name)
            rows[name].append(None if dt is None else pd.Timestamp(dt.in_timezone("UTC")))
        rows["tz"].append(_zone_of(w))
        rows["granularity"].append(None if w is None else w.granularity.value)
        rows["durative"].append(bool(w is not None and w.durative))
        rows["approximate"].append(bool(w is not None and w.approximate))
        rows["uncertain"].append(bool(w is not None and w.uncertain))
        rows["duration"].append(str(w) if w is not None and w.is_duration else None)
        rows["time_text"].append(None if w is None else w.text)
        rows["participants"].append(participant_names(ev))
        rows["location"].append(ev.location)
        rows["sentence"].append(first_sentence(ev))
        rows["confidence"].append(float(ev.confidence))
        rows["actors"].append(tuple(ev.participants))
        rows["attributes"].append(dict(ev.attributes))
        rows["mentions"].append(tuple(ev.mentions))
    data: dict[str, Any] = {}
    for name in COLUMNS:
        values = rows[name]
        if name in _BOUNDS:
            arr = pd.array(values, dtype="datetime64[us, UTC]")
            data[name] = pd.Series(arr).dt.tz_convert(column_zone)
        elif name in ("durative", "approximate", "uncertain"):
            data[name] = pd.Series(values, dtype=bool)
        elif name == "confidence":
            data[name] = pd.Series(values, dtype="float64")
        else:
            data[name] = pd.Series(values, dtype=object)
    df = pd.DataFrame(data, columns=list(COLUMNS))
    from timeline.io.json import _network_to_json

    network = _network_to_json(tl)
    if network is not None:
        df.attrs[_CONSTRAINTS_KEY] = network
    return df


def _missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    pd = _pandas()
    return value is pd.NaT or value is pd.NA


def _bound(value: object, zone: str | None) -> Any:
    import pendulum

    if _missing(value):
        return None
    dt = pendulum.instance(value.to_pydatetime() if hasattr(value, "to_pydatetime") else value)  # type: ignore[union-attr]
    if dt.tzinfo is None:
        from timeline.errors import InvalidSpanError

        raise InvalidSpanError.for_naive("bound", value)
    return dt.in_timezone(zone) if zone else dt


def _when_of(row: Mapping[str, Any]) -> When | None:
    from timeline.when import Granularity, When

    zone = None if _missing(row.get("tz")) else str(row["tz"])
    text = None if _missing(row.get("time_text")) else str(row["time_text"])
    duration = row.get("duration")
    if not _missing(duration):
        return When.parse(str(duration)).with_text(text)
    has_bounds = all(name in row for name in _BOUNDS) and not _missing(row.get("granularity"))
    if has_bounds:
        bounds = {name: _bound(row[name], zone) for name in _BOUNDS}
        if all(b is None for b in bounds.values()):
            return None
        return When(
            **bounds,
            granularity=Granularity(str(row["granularity"])),
            durative=bool(row.get("durative", False)),
            approximate=bool(row.get("approximate", False)),
            uncertain=bool(row.get("uncertain", False)),
            text=text,
        )
    value = row.get("when")
    if _missing(value):
        return None
    return When.parse(str(value), tz=zone or "UTC").with_text(text)


def _names(value: object) -> tuple[str, ...]:
    if _missing(value):
        return ()
    if isinstance(value, str):
        return tuple(part.strip() for part in value.split(",") if part.strip())
    return tuple(str(v) for v in value)  # type: ignore[union-attr]


def _event_of(row: Mapping[str, Any]) -> Event:
    from timeline.events import Event

    actors = row.get("actors")
    participants = tuple(actors) if not _missing(actors) else _names(row.get("participants"))
    kwargs: dict[str, Any] = {
        "kind": str(row["kind"]),
        "when": _when_of(row),
        "participants": participants,
        "location": None if _missing(row.get("location")) else str(row["location"]),
    }
    attributes = row.get("attributes")
    if not _missing(attributes):
        kwargs["attributes"] = dict(attributes)  # type: ignore[call-overload]
    mentions = row.get("mentions")
    if not _missing(mentions):
        kwargs["mentions"] = tuple(mentions)  # type: ignore[arg-type]
    confidence = row.get("confidence")
    if not _missing(confidence):
        kwargs["confidence"] = float(confidence)  # type: ignore[arg-type]
    if not _missing(row.get("id")):
        kwargs["id"] = str(row["id"])
    return Event(**kwargs)


def from_dataframe(df: pd.DataFrame) -> Timeline:
    """Build a Timeline from a DataFrame written by :func:`to_dataframe` or by hand.

    Only ``kind`` is required. Times come from the bound columns when present (with
    ``granularity`` and the flags), else from a ``when`` column of TIMEX3/EDTF strings;
    participants from ``actors``, else ``participants`` (a list of names, or one string of
    comma-separated names). Other columns are optional.

    Args:
        df: the DataFrame.

    Returns:
        The Timeline (with the constraints of ``df.attrs``, if any).

    Raises:
        ParseError: a ``when`` string cannot be parsed.
        KeyError: there is no ``kind`` column.

    Examples:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"kind": ["meeting", "treaty_expiry"],
        ...                    "when": ["2026-02-04", "2026-02-05"],
        ...                    "participants": ["Xi Jinping, Vladimir Putin", None]})
        >>> [(str(ev.when), ev.participant_names) for ev in from_dataframe(df)]
        [('2026-02-04', ('Xi Jinping', 'Vladimir Putin')), ('2026-02-05', ())]
    """
    _pandas()
    if "kind" not in df.columns:
        raise KeyError("from_dataframe needs a 'kind' column (and optionally 'when', ...)")
    events = tuple(_event_of(row) for row in df.to_dict(orient="records"))
    from timeline.io.json import _with_network

    return _with_network(events, df.attrs.get(_CONSTRAINTS_KEY))
