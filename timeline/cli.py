"""The ``timeline`` command: a thin layer over the public API.

Commands:

* ``timeline extract FILE|- [--published DATE] [--tz ZONE] [--format FORMAT]`` reads a news text and
  prints its events (``json`` is the evaluation contract of DESIGN section 7);
* ``timeline demo [--format FORMAT]`` extracts the bundled example article and runs a few queries;
* ``timeline query FILE|- --published DATE [--kind K] [--involving NAME] [--overlapping VALUE]
  [--around EVENT_ID --before DURATION --after DURATION]`` filters an extracted timeline.

Errors that the library raises for bad input (``TimelineError``) are printed as one line on
standard error with exit status 2, never as a traceback.

Examples:
    >>> import io
    >>> main(["extract", "-", "--published", "2026-02-05", "--format", "json"],
    ...      stdin=io.StringIO("Xi met Putin on Feb. 4."), stdout=io.StringIO())
    0
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.resources
import io
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from timeline.extraction.pipeline import Extraction
    from timeline.timeline import Timeline

__all__ = ["main"]

#: The publication date of the bundled example article.
DEMO_PUBLISHED = "2026-02-05"

FORMATS = ("table", "json", "ics", "html", "timelinejs", "timeml")


def _read_text(path: str, stdin: TextIO) -> tuple[str, str]:
    """Read a document as text; ``-`` is standard input. Returns ``(text, document id)``."""
    if path == "-":
        return stdin.read(), "<stdin>"
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read(), path


def demo_text() -> str:
    """Return the bundled example article (our own news-style text with the seed's facts).

    Examples:
        >>> demo_text().splitlines()[0][:18]
        'Xi holds video tal'
    """
    resource = importlib.resources.files("timeline") / "data" / "example_article.txt"
    return resource.read_text(encoding="utf-8")


def format_table(timeline: Timeline) -> str:
    """Render a timeline as a plain-text table in chronological order.

    Examples:
        >>> from timeline import Timeline
        >>> format_table(Timeline([]))
        'when  kind  participants  place  id\\n(no events)'
    """
    rows = [("when", "kind", "participants", "place", "id")]
    for event in timeline:
        rows.append(
            (
                str(event.when) if event.when is not None else "?",
                event.kind,
                ", ".join(actor.name for actor in event.participants) or "-",
                event.location or "-",
                event.id,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
             for row in rows]
    if len(rows) == 1:
        lines.append("(no events)")
    return "\n".join(lines)


def _ensure_newline(text: str) -> str:
    """End the output with exactly the line break the writer chose (CRLF for iCalendar)."""
    return text if text.endswith("\n") else text + "\n"


def _render(extraction: Extraction, fmt: str) -> str:
    """Render an extraction in one of ``FORMATS``."""
    if fmt == "json":
        return json.dumps(extraction.to_json_dict(), ensure_ascii=False, indent=1)
    if fmt == "table":
        return format_table(extraction.timeline)
    from timeline import io as tlio

    renderers: dict[str, Callable[..., str]] = {
        "ics": tlio.render_ics,
        "html": tlio.render_html,
        "timelinejs": tlio.render_timelinejs,
        "timeml": tlio.render_timeml,
    }
    return renderers[fmt](extraction)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline", description="Turn news text into a typed, queryable timeline of events."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def add_source(p: argparse.ArgumentParser) -> None:
        p.add_argument("file", help="a UTF-8 text file, or - for standard input")
        p.add_argument(
            "--published",
            help="publication date or date-time, ISO 8601 (e.g. 2026-02-05 or 1998-01-08T18:30:00);"
            " relative dates resolve against it",
        )
        p.add_argument("--tz", help="IANA time zone of the document (default UTC)")

    p_extract = sub.add_parser("extract", help="extract the events of a text")
    add_source(p_extract)
    p_extract.add_argument("--format", choices=FORMATS, default="table")

    p_demo = sub.add_parser("demo", help="extract the bundled example article and query it")
    p_demo.add_argument("--format", choices=FORMATS, default="table")

    p_query = sub.add_parser("query", help="extract a text and filter its timeline")
    add_source(p_query)
    p_query.add_argument("--kind", action="append", help="keep events of this kind (repeatable)")
    p_query.add_argument("--involving", help="keep events with this participant")
    p_query.add_argument("--overlapping", help="keep events that may overlap this time value")
    p_query.add_argument("--around", help="an event id: show its context")
    p_query.add_argument("--before", default="P3M", help="context window before (ISO duration)")
    p_query.add_argument("--after", default="P3M", help="context window after (ISO duration)")
    return parser


def _extract(text: str, doc: str, published: str | None, tz: str | None) -> Extraction:
    from timeline.extraction.pipeline import ExtractOptions, extract

    return extract(text, published=published, tz=tz, options=ExtractOptions(document=doc))


def _demo(fmt: str, out: TextIO) -> None:
    from timeline.when import When

    extraction = _extract(demo_text(), "example_article.txt", DEMO_PUBLISHED, None)
    if fmt != "table":
        out.write(_ensure_newline(_render(extraction, fmt)))
        return
    tl = extraction.timeline
    out.write(
        f"Events extracted from the bundled example article (published {DEMO_PUBLISHED}):\n\n"
    )
    out.write(format_table(tl) + "\n")
    expiry = next(iter(tl.of_kind("treaty_expiry")), None)
    if expiry is not None:
        two_days = When.parse("P2D").duration
        ctx = tl.context(expiry, before=two_days, after=two_days)
        out.write("\nAround the New START expiry (two days either side):\n")
        for event in (*ctx.before, *ctx.after):
            out.write(f"  {event.when}  {event.kind}  {', '.join(event.participant_names)}\n")
    out.write("\nEvents involving Putin:\n")
    for event in tl.involving("Putin"):
        out.write(f"  {event.when}  {event.kind}  {', '.join(event.participant_names)}\n")
    plan = next(iter(tl.of_kind("period")), None)
    if plan is not None and plan.when is not None:
        out.write(f"\nEvents during the {plan.attributes.get('name', 'period')} ({plan.when}):\n")
        for event in tl.during(plan.when):
            if event.id != plan.id:
                out.write(f"  {event.when}  {event.kind}  {', '.join(event.participant_names)}\n")


def _query(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> None:
    from timeline.when import When

    text, doc = _read_text(args.file, stdin)
    tl = _extract(text, doc, args.published, args.tz).timeline
    if args.kind:
        tl = tl.of_kind(*args.kind)
    if args.involving:
        tl = tl.involving(args.involving)
    if args.overlapping:
        span = When.parse(args.overlapping)
        tl = tl.where(lambda e: e.when is not None and e.when.overlaps(span))
    if args.around:
        event = tl[args.around]
        ctx = tl.context(event, before=When.parse(args.before).duration,
                         after=When.parse(args.after).duration)
        from timeline.timeline import Timeline

        tl = Timeline((*ctx.before, event, *ctx.after))
    out.write(format_table(tl) + "\n")


def main(
    argv: Sequence[str] | None = None, *, stdin: TextIO | None = None, stdout: TextIO | None = None
) -> int:
    """Run the ``timeline`` command line and return its exit status.

    Args:
        argv: the arguments (default: ``sys.argv[1:]``).
        stdin: where ``-`` reads from (default: ``sys.stdin``).
        stdout: where results go (default: ``sys.stdout``).

    Returns:
        0 on success, 2 when the input or an option is invalid (the message goes to stderr).

    Examples:
        >>> import io
        >>> out = io.StringIO()
        >>> main(["extract", "-", "--published", "2026-02-05"],
        ...      stdin=io.StringIO("Xi met Putin on Feb. 4."), stdout=out)
        0
        >>> "meeting" in out.getvalue()
        True
    """
    from timeline.errors import TimelineError

    args = _parser().parse_args(argv)
    stdin = stdin if stdin is not None else sys.stdin
    out = stdout if stdout is not None else sys.stdout
    try:
        if args.command == "extract":
            text, doc = _read_text(args.file, stdin)
            out.write(_ensure_newline(_render(_extract(text, doc, args.published, args.tz),
                                              args.format)))
        elif args.command == "demo":
            _demo(args.format, out)
        else:
            _query(args, stdin, out)
    except TimelineError as exc:
        print(f"timeline: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # the reader went away (``timeline demo | head``): stop quietly, as Unix tools do, and
        # point the real stdout at devnull so that the flush at exit cannot fail again
        if out is sys.stdout:
            with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (OSError, UnicodeDecodeError) as exc:
        source = getattr(args, "file", "the bundled article")
        print(f"timeline: error: cannot read {source!r}: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
