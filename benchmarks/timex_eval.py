"""Score the time-expression tagger on the shared corpora and time it.

Writes the evaluation JSON (DESIGN section 7; time expressions only) of every document of each
corpus into a temporary directory, runs ``../shared/eval/score.py --system-dir`` on it and prints
the scorer's figures, then times warm extraction of the seed article against one
``dateparser.search_dates`` call on the same text.

Usage::

    python benchmarks/timex_eval.py [--corpus seed news-dev tbaq] [--per-doc] [--no-speed]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))


def published_of(gold: dict[str, object]) -> object:
    """The publication time of a gold document as a pendulum DateTime (or None)."""
    import pendulum

    p = gold.get("published")
    if not p:
        return None
    return pendulum.parse(str(p), tz="UTC")


def write_outputs(corpus: Path, out: Path) -> float:
    """Write NAME.json for every document of *corpus* into *out*; return the seconds spent."""
    from timeline.extract.timex import find_timexes

    spent = 0.0
    for gp in sorted(corpus.glob("*.gold.json")):
        name = gp.name[: -len(".gold.json")]
        gold = json.loads(gp.read_text(encoding="utf-8"))
        text = gp.with_name(name + ".txt").read_text(encoding="utf-8")
        t0 = time.perf_counter()
        tx = find_timexes(text, published=published_of(gold))
        spent += time.perf_counter() - t0
        doc = {"timexes": [t.to_json() for t in tx], "events": [], "relations": []}
        (out / (name + ".json")).write_text(json.dumps(doc), encoding="utf-8")
    return spent


def score(corpus: Path, out: Path, *, per_doc: bool = False) -> str:
    """Run the shared scorer on *out* and return its report."""
    cmd = [sys.executable, str(SHARED / "eval" / "score.py"), "--corpus", str(corpus),
           "--system-dir", str(out), "--only", "timex"]
    if per_doc:
        cmd.append("--per-doc")
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def speed() -> str:
    """Warm extraction of the seed article versus one ``dateparser.search_dates`` call."""
    import datetime as dt

    import pendulum
    from dateparser.search import search_dates

    from timeline.extract.timex import find_timexes

    text = (SHARED / "seed" / "xi-putin-trump-feb4.txt").read_text(encoding="utf-8")
    pub = pendulum.datetime(2026, 2, 5)
    find_timexes(text, published=pub)
    runs = 10
    t0 = time.perf_counter()
    for _ in range(runs):
        find_timexes(text, published=pub)
    ours = (time.perf_counter() - t0) / runs
    t0 = time.perf_counter()
    search_dates(text, settings={"RELATIVE_BASE": dt.datetime(2026, 2, 5)})
    theirs = time.perf_counter() - t0
    return (f"seed article ({len(text)} chars): find_timexes warm {ours * 1000:.1f} ms, "
            f"dateparser.search_dates {theirs * 1000:.0f} ms, ratio {theirs / ours:.0f}x")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", nargs="*", default=["seed", "news-dev", "tbaq"])
    ap.add_argument("--per-doc", action="store_true")
    ap.add_argument("--no-speed", action="store_true")
    a = ap.parse_args(argv)
    for name in a.corpus:
        corpus = SHARED / "eval" / name
        with tempfile.TemporaryDirectory() as tmp:
            spent = write_outputs(corpus, Path(tmp))
            print(f"== {name} (extraction {spent:.2f} s)")
            print(score(corpus, Path(tmp), per_doc=a.per_doc), end="")
    if not a.no_speed:
        print(speed())
    return 0


if __name__ == "__main__":
    sys.exit(main())
