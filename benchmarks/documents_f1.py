"""Measure extraction against generated documents: event F1, time accuracy, participants.

Renders N documents with ``timeline.strategies``' renderer (seeded, reproducible), extracts
each with ``timeline.extraction.pipeline.extract`` and scores it against the gold (see
``timeline._documents.score_document``). Prints the micro-averaged figures and, with
``--problems``, the misses, extras and wrong values with their sentences.

    python benchmarks/documents_f1.py --n 2000 --seed 0 [--problems 40] [--kinds call,meeting]
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
import time

from timeline._documents import (
    DOCUMENT_KINDS,
    DocumentScore,
    RandomChooser,
    render_document,
    score_document,
)
from timeline.extraction.pipeline import extract


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000, help="number of documents")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--problems", type=int, default=0, help="print this many problem lines")
    ap.add_argument("--kinds", default="", help="comma-separated kinds (default: all)")
    ap.add_argument("--max-events", type=int, default=4)
    a = ap.parse_args(argv)
    kinds = tuple(a.kinds.split(",")) if a.kinds else DOCUMENT_KINDS
    rng = random.Random(a.seed)
    total = DocumentScore()
    per_kind: dict[str, DocumentScore] = collections.defaultdict(DocumentScore)
    failures = []
    started = time.perf_counter()
    chars = 0
    for i in range(a.n):
        doc = render_document(RandomChooser(rng), kinds=kinds, max_events=a.max_events)
        chars += len(doc.text)
        try:
            ex = extract(doc.text, published=doc.published.isoformat())
        except Exception as exc:  # report, score as empty
            failures.append(f"doc {i}: {type(exc).__name__}: {exc}")
            total += score_document(doc, (), ())
            continue
        score = score_document(doc, ex.events, ex.timexes)
        total += score
        for kind in {e.kind for e in doc.events} | {e.kind for e in ex.events}:
            gold = type(doc)(text=doc.text, published=doc.published,
                             events=[e for e in doc.events if e.kind == kind], timexes=())
            per_kind[kind] += score_document(gold, [e for e in ex.events if e.kind == kind])
    seconds = time.perf_counter() - started
    print(total.summary())
    print(f"when accuracy {total.when_accuracy:.4f} over {total.matched_events} matched events; "
          f"{seconds:.1f} s for {a.n} documents ({chars / 1000 / seconds:.1f} KB/s)")
    print("per kind (F1, when accuracy, participants F1, gold/system):")
    for kind in sorted(per_kind):
        s = per_kind[kind]
        print(f"  {kind:18s} F1={s.f1:.3f} when={s.when_accuracy:.3f} "
              f"participants={s.participants_f1:.3f} {s.gold_events}/{s.system_events}")
    for f in failures[:20]:
        print("FAILED", f)
    if a.problems:
        counts = collections.Counter(p.split(" ")[0] for p in total.problems)
        print("problems:", dict(counts))
        for line in total.problems[: a.problems]:
            print(" ", line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
