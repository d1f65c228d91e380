"""Benchmark: warm ``extract()`` of the seed article against ``dateparser.search_dates``.

Both run on the same text, side by side in one process, after a warm-up call each (caches,
lazy imports and dateparser's language data loaded). The target is ``extract()`` at least twice
as fast as ``search_dates`` -- while doing much more: time expressions with TIMEX3 values,
typed events, participants, merging and order relations.

Run from the repository root::

    .venv/bin/python benchmarks/extract_speed.py [--repeat N] [--file PATH --published DATE]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO.parent / "shared" / "eval" / "seed" / "xi-putin-trump-feb4.txt"


def best_of(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Best and median wall time of *repeat* calls of *fn*, in seconds."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print both timings and their ratio."""
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--file", type=Path, default=SEED)
    ap.add_argument("--published", default="2026-02-05")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)

    import datetime as dt

    import dateparser.search

    from timeline.extraction.pipeline import extract

    text = args.file.read_text(encoding="utf-8")
    base = dt.datetime.fromisoformat(args.published)
    settings = {"RELATIVE_BASE": base}

    def run_ours() -> object:
        return extract(text, published=args.published)

    def run_dateparser() -> object:
        # As the issue measured it: the library's default call (it detects the language).
        return dateparser.search.search_dates(text, settings=settings)

    def run_dateparser_en() -> object:
        # Kinder to dateparser: the language given, so no detection.
        return dateparser.search.search_dates(text, languages=["en"], settings=settings)

    for fn in (run_ours, run_dateparser, run_dateparser_en):
        fn()  # warm up
    ours, ours_median = best_of(run_ours, args.repeat)
    dp, dp_median = best_of(run_dateparser, args.repeat)
    dp_en, dp_en_median = best_of(run_dateparser_en, args.repeat)
    ex = extract(text, published=args.published)
    print(f"text: {args.file.name} ({len(text)} characters), best of {args.repeat} warm runs")
    rows = [
        (
            "timeline.extract()",
            ours,
            ours_median,
            f"{len(ex.timexes)} timexes, {len(ex.events)} events, {len(ex.relations)} relations",
        ),
        ("search_dates(text)", dp, dp_median, f"{len(run_dateparser() or [])} dates"),
        (
            "search_dates(text, languages=['en'])",
            dp_en,
            dp_en_median,
            f"{len(run_dateparser_en() or [])} dates",
        ),
    ]
    for name, best, median, what in rows:
        print(f"{name:<38} best {best * 1000:8.1f} ms  median {median * 1000:8.1f} ms  ({what})")
    ratio = dp / ours
    print(
        f"ratio vs search_dates(text): {ratio:.1f}x (target >= 2x: "
        f"{'OK' if ratio >= 2 else 'BELOW TARGET'})"
    )
    print(f"ratio vs search_dates(text, languages=['en']): {dp_en / ours:.1f}x")
    return 0 if ratio >= 2 else 1


if __name__ == "__main__":
    raise SystemExit(main())
