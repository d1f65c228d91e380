"""Worst-case extraction time per KB on adversarial texts, side by side with news text.

Runs ``timeline.extraction.pipeline.extract`` on

* news: the seed article and the news-dev readouts of ``../shared/eval`` (when present),
  and generated news documents (``timeline._documents``), concatenated to the target size;
* adversarial texts of the same size: ``"Feb. " * n``, long digit runs, one very long token,
  deeply nested punctuation, many capitalised words, many money amounts, many date-like
  numbers, glued sentences without spaces ("...Putin.On Feb. 4..."), one short news sentence
  repeated (many mentions of one event to merge), one long sentence full of triggers and
  times, and random Unicode;

and prints, for each, the time per KB at the target size, the ratio to news text, and the
growth exponent measured by doubling the size (1.0 is linear, 2.0 quadratic). A case whose
run exceeds the time budget stops growing and is reported as such. The ratios come from
rounds that time every text once in turn (best of each kept), so that a shared machine's
busy spells do not land on one case only.

    python benchmarks/worst_case.py [--kb 16] [--budget 20] [--repeat 3] [--json]

Target (issue 5): the worst case within 3x of news text per KB.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from timeline._documents import RandomChooser, render_document
from timeline.extraction.pipeline import extract

PUBLISHED = "2026-02-05"
SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def _news_corpus() -> str:
    parts = []
    for folder in ("seed", "news-dev"):
        for path in sorted((SHARED / folder).glob("*.txt")):
            parts.append(path.read_text(encoding="utf-8"))
    rng = random.Random(0)
    for _ in range(200):
        parts.append(render_document(RandomChooser(rng)).text)
    return "\n\n".join(parts)


def _fit(unit: str, size: int) -> str:
    return (unit * (size // max(1, len(unit)) + 1))[:size]


def _random_unicode(size: int) -> str:
    rng = random.Random(1)
    return "".join(chr(rng.choice((rng.randrange(32, 127), rng.randrange(0x80, 0x3000))))
                   for _ in range(size))


def _capitalised(size: int) -> str:
    rng = random.Random(2)
    words = ("President", "Xi", "Jinping", "Vladimir", "Putin", "Chinese", "Russian", "United",
             "States", "Council", "Security", "Nations", "New", "York", "Prime", "Minister")
    return _fit(" ".join(rng.choice(words) for _ in range(size // 4)), size)


def _dense_sentence(size: int) -> str:
    # one sentence: many triggers, actors and times and no full stop
    unit = ("Xi met Putin on Feb. 4 and spoke by phone with Trump hours later, then signed "
            "the treaty the previous day and imposed sanctions in November 2025, ")
    return _fit(unit, size)


CASES: dict[str, Callable[[int], str]] = {
    "Feb. repeated": lambda n: _fit("Feb. ", n),
    "digit run": lambda n: _fit("9", n),
    "one long token": lambda n: _fit("x", n),
    "nested parentheses": lambda n: "(" * (n // 2) + ")" * (n - n // 2),
    "punctuation soup": lambda n: _fit(".,;:-—()[]\"'!?/", n),
    "capitalised words": _capitalised,
    "money amounts": lambda n: _fit("$11.1 billion, €2.5bn and 5 million yuan; ", n),
    "date-like numbers": lambda n: _fit("4 2026 12/31/2025 2025-2030 15:30 1999, ", n),
    "glued sentences": lambda n: _fit("On Feb. 4 Xi met Putin.", n),
    "one event repeated": lambda n: _fit("On Feb. 4 Xi met Putin. ", n),
    "one dense sentence": _dense_sentence,
    "random unicode": _random_unicode,
}


def _time_one(text: str, repeat: int) -> float:
    best = math.inf
    for _ in range(repeat):
        start = time.perf_counter()
        extract(text, published=PUBLISHED)
        best = min(best, time.perf_counter() - start)
    return best


def _interleaved(texts: dict[str, str], rounds: int) -> dict[str, float]:
    """Best time of each text over *rounds* rounds that run every text once, in turn, so that
    a busy spell of a shared machine slows all of them alike rather than one."""
    best = dict.fromkeys(texts, math.inf)
    for _ in range(rounds):
        for name, text in texts.items():
            start = time.perf_counter()
            extract(text, published=PUBLISHED)
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def _measure(make: Callable[[int], str], kb: int, budget: float,
             repeat: int) -> tuple[float, float | None, int, bool]:
    """(seconds per KB at the largest size run, growth exponent, size reached, over budget)."""
    size = 1024
    previous: float | None = None
    exponent: float | None = None
    seconds = 0.0
    while True:
        seconds = _time_one(make(size), repeat if size < kb * 1024 else max(1, repeat))
        if previous is not None and previous > 0.005:
            exponent = math.log2(seconds / previous)
        if seconds > budget:
            return seconds / (size / 1024), exponent, size, True
        if size >= kb * 1024:
            return seconds / (size / 1024), exponent, size, False
        previous = seconds
        size *= 2


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kb", type=int, default=16, help="target size of each text, in KB")
    ap.add_argument("--budget", type=float, default=20.0, help="seconds allowed for one run")
    ap.add_argument("--repeat", type=int, default=3, help="runs per size (best is kept)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    a = ap.parse_args(argv)

    extract("warm up on Feb. 4.", published=PUBLISHED)  # compile the grammars once
    corpus = _news_corpus()
    makers = {"news text": lambda n: _fit(corpus, n), **CASES}
    # growth: each text alone at doubling sizes (and whether it stays within the budget)
    rows = [(name, *_measure(make, a.kb, a.budget, a.repeat)) for name, make in makers.items()]
    # the ratios: every text at the target size, timed in turn in the same rounds
    sized = {name: makers[name](size) for name, _, _, size, over in rows if not over}
    best = _interleaved(sized, max(a.repeat, 5))
    rows = [
        (name, best[name] / (size / 1024) if name in best else per_kb, exponent, size, over)
        for name, per_kb, exponent, size, over in rows
    ]
    base = rows[0][1]
    results = []
    for name, per_kb, exponent, size, over in rows:
        results.append({
            "case": name,
            "ms_per_kb": round(per_kb * 1000, 3),
            "ratio_to_news": round(per_kb / base, 2),
            "growth_exponent": None if exponent is None else round(exponent, 2),
            "kb": size // 1024,
            "over_budget": over,
        })
    worst = max(results[1:], key=lambda r: r["ratio_to_news"])
    if a.json:
        print(json.dumps({"results": results, "worst": worst}, indent=2))
    else:
        print(f"{'case':22s} {'ms/KB':>10s} {'x news':>8s} {'growth':>7s} {'KB':>5s}")
        for r in results:
            growth = "-" if r["growth_exponent"] is None else f"{r['growth_exponent']:.2f}"
            flag = "  OVER BUDGET" if r["over_budget"] else ""
            print(f"{r['case']:22s} {r['ms_per_kb']:10.2f} {r['ratio_to_news']:8.2f} "
                  f"{growth:>7s} {r['kb']:5d}{flag}")
        verdict = "within" if worst["ratio_to_news"] <= 3 else "NOT within"
        print(f"worst case: {worst['case']} at {worst['ratio_to_news']:.2f}x news per KB "
              f"({verdict} the 3x target)")
    return 0 if worst["ratio_to_news"] <= 3 else 1


if __name__ == "__main__":
    sys.exit(main())
