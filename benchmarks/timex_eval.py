"""Score the time-expression tagger on the shared corpora and time it.

Writes the evaluation JSON (DESIGN section 7; time expressions only) of every document of each
corpus into a temporary directory, runs ``../shared/eval/score.py --system-dir`` on it and prints
the scorer's figures, then times warm extraction of the seed article against one
``dateparser.search_dates`` call on the same text.

``--per-doc`` also lists, per corpus, every wrong value, missed gold expression and extra system
expression with its context (matching as the scorer does: non-optional gold, greedy overlap).

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
    from timeline.extraction.timex import find_timexes

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


def score(corpus: Path, out: Path) -> str:
    """Run the shared scorer on *out* and return its report."""
    cmd = [sys.executable, str(SHARED / "eval" / "score.py"), "--corpus", str(corpus),
           "--system-dir", str(out), "--only", "timex"]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def _overlap(a: dict[str, int], b: dict[str, int]) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def _context(text: str, x: dict[str, int]) -> str:
    a, b = x["start"], x["end"]
    snippet = text[max(0, a - 60) : a] + "[[" + text[a:b] + "]]" + text[b : b + 60]
    return snippet.replace("\n", " ")


def details(corpus: Path, out: Path) -> str:
    """Wrong values, misses and extras of the outputs in *out*, with 60 characters of context."""
    lines: dict[str, list[str]] = {"wrong": [], "miss": [], "extra": []}
    for gp in sorted(corpus.glob("*.gold.json")):
        name = gp.name[: -len(".gold.json")]
        gold = json.loads(gp.read_text(encoding="utf-8"))
        text = gp.with_name(name + ".txt").read_text(encoding="utf-8")
        got = json.loads((out / (name + ".json")).read_text(encoding="utf-8"))["timexes"]
        req = [g for g in gold.get("timexes", []) if not g.get("optional")]
        opt = [g for g in gold.get("timexes", []) if g.get("optional")]
        got = [x for x in got if not (any(_overlap(o, x) for o in opt)
                                      and not any(_overlap(r, x) for r in req))]

        used: set[int] = set()
        for g in req:
            best, bj = 0, None
            for j, x in enumerate(got):
                o = _overlap(g, x)
                if j not in used and o > best:
                    best, bj = o, j
            if bj is None:
                lines["miss"].append(f"{name}: gold {g.get('value')!r}  {_context(text, g)}")
                continue
            used.add(bj)
            x = got[bj]
            if str(g.get("value")).upper() != str(x.get("value")).upper():
                lines["wrong"].append(f"{name}: gold {g.get('value')!r} got {x.get('value')!r} "
                                      f"({x['text']!r})  {_context(text, g)}")
        lines["extra"] += [f"{name}: got {x.get('value')!r}  {_context(text, x)}"
                           for j, x in enumerate(got) if j not in used]
    return "".join(f"-- {k} ({len(v)})\n" + "".join(f"  {line}\n" for line in v)
                   for k, v in lines.items())


def speed() -> str:
    """Warm extraction of the seed article versus one ``dateparser.search_dates`` call."""
    import datetime as dt

    import pendulum
    from dateparser.search import search_dates

    from timeline.extraction.timex import find_timexes

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
            print(score(corpus, Path(tmp)), end="")
            if a.per_doc:
                print(details(corpus, Path(tmp)), end="")
    if not a.no_speed:
        print(speed())
    return 0


if __name__ == "__main__":
    sys.exit(main())
