"""Interchange: move a timeline to and from the tools people already use.

One module a format; optional third-party packages are imported only when used.

=================================  ==========================================  ====================
module                             write                                       read
=================================  ==========================================  ====================
:mod:`timeline.io.json`            :func:`~timeline.io.json.dumps`,            ``loads``,
                                   ``to_json`` (lossless, versioned schema)    ``from_json``
:mod:`timeline.io.pandas`          ``to_dataframe`` (extra ``pandas``)         ``from_dataframe``
:mod:`timeline.io.arrow`           ``to_arrow``, ``write_parquet``             ``from_arrow``,
                                   (extra ``arrow``)                           ``read_parquet``
:mod:`timeline.io.ical`            ``to_ics`` (RFC 5545)                       ``read_ics``
:mod:`timeline.io.timelinejs`      ``to_timelinejs`` (TimelineJS 3 JSON)       ``read_timelinejs``
:mod:`timeline.io.timeml`          ``to_timeml`` (inline TIMEX3 and EVENT)     ``read_timeml``
:mod:`timeline.io.edtf`            ``to_edtf``                                 ``from_edtf``
:mod:`timeline.notebook`           ``page_html``, ``timeline_html``, ``plot``  --
=================================  ==========================================  ====================

:func:`render` is what the command line uses: ``render(obj, "ics")`` for a Timeline or an
extraction result; the writers are also reachable here by name (``timeline.io.render_ics``...),
imported on first use. Each returns the whole text, ending with a newline.

Examples:
    >>> from timeline.timeline import Timeline
    >>> from timeline.events import Event
    >>> from timeline.when import When
    >>> tl = Timeline([Event(kind="call", when=When.day(2026, 2, 4),
    ...                      participants=("Xi Jinping", "Donald Trump"))])
    >>> print(render(tl, "table"), end="")
    when        kind  participants              place
    2026-02-04  call  Xi Jinping, Donald Trump
"""

from __future__ import annotations

import importlib
from typing import Any, Literal

__all__ = [
    "FORMATS",
    "render",
    "render_html",
    "render_ics",
    "render_json",
    "render_table",
    "render_timelinejs",
    "render_timeml",
]

Format = Literal["json", "table", "ics", "html", "timelinejs", "timeml"]

#: Output formats of :func:`render`, each with the module and function that writes it.
FORMATS: dict[str, tuple[str, str]] = {
    "json": ("timeline.io.json", "render_json"),
    "table": ("timeline.io", "render_table"),
    "ics": ("timeline.io.ical", "render_ics"),
    "html": ("timeline.notebook", "render_html"),
    "timelinejs": ("timeline.io.timelinejs", "render_timelinejs"),
    "timeml": ("timeline.io.timeml", "render_timeml"),
}


def render(obj: Any, format: Format) -> str:
    """Write a Timeline or an extraction result in one of :data:`FORMATS`.

    Args:
        obj: a Timeline, an extraction result, or an iterable of events (``timeml`` needs an
            extraction result, which carries the text).
        format: ``"json"``, ``"table"``, ``"ics"``, ``"html"``, ``"timelinejs"`` or
            ``"timeml"``.

    Returns:
        The text, ending with a newline.

    Raises:
        ValueError: an unknown format.

    Examples:
        >>> from timeline.timeline import Timeline
        >>> render(Timeline(), "ics").startswith("BEGIN:VCALENDAR")
        True
        >>> render(Timeline(), "pdf")
        Traceback (most recent call last):
        ...
        ValueError: unknown format 'pdf': expected one of 'json', 'table', 'ics', 'html', \
'timelinejs', 'timeml'
    """
    try:
        module, name = FORMATS[format]
    except KeyError:
        choices = ", ".join(repr(f) for f in FORMATS)
        raise ValueError(f"unknown format {format!r}: expected one of {choices}") from None
    writer = getattr(importlib.import_module(module), name)
    return str(writer(obj))


def render_table(obj: Any) -> str:
    """A plain-text table of a timeline (when, kind, participants, place), for terminals.

    Examples:
        >>> from timeline.timeline import Timeline
        >>> from timeline.events import Event
        >>> from timeline.when import When
        >>> print(render_table(Timeline([Event(kind="period", when=When.parse("2026/2030"),
        ...                                    participants=("China",))])), end="")
        when       kind    participants  place
        2026/2030  period  China
    """
    from timeline.io._common import as_timeline, participant_names

    rows = [("when", "kind", "participants", "place")]
    for ev in as_timeline(obj):
        rows.append(
            (
                "?" if ev.when is None else str(ev.when),
                ev.kind,
                ", ".join(participant_names(ev)),
                ev.location or "",
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows
    ]
    return "\n".join(lines) + "\n"


_LAZY = {f"render_{name}": target for name, target in FORMATS.items() if name != "table"}


def __getattr__(name: str) -> Any:
    """Import the ``render_<format>`` writers on first use (keeps ``import timeline.io`` cheap).

    Examples:
        >>> import timeline.io
        >>> timeline.io.render_ics.__module__
        'timeline.io.ical'
    """
    if name in _LAZY:
        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'timeline.io' has no attribute {name!r}")
