"""Print the held-out snippet corpus results: per case, then the corpus figures.

Run from the repository root::

    .venv/bin/python tests/corpus/report.py            # every case, with what was got
    .venv/bin/python tests/corpus/report.py --failures # only the failing cases
    .venv/bin/python tests/corpus/report.py --json     # the figures as JSON
    .venv/bin/python tests/corpus/report.py --stale    # cases to add to / remove from KNOWN_GAPS

For each case it prints PASS or FAIL, whether the case is a documented known gap
(``KNOWN_GAPS`` of ``test_snippets.py``), the problems found and what was extracted. The
figures are micro-averaged like the shared scorer's: event F1 (same kind and an overlapping
mention), when accuracy and location accuracy over matched events, participants F1 over matched
events, relaxed time-expression F1 and value accuracy over matched expressions.

A case that passes but is listed as a known gap, or fails without being listed, is flagged:
the ``KNOWN_GAPS`` table must then be updated (the xfail marks are strict).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

try:  # imported as part of the tests' ``corpus`` package (pytest, doctests)
    from .snippets import CASES, CaseResult, Tally, check
except ImportError:  # run as a script: make ``tests/`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from corpus.snippets import CASES, CaseResult, Tally, check


def run_case(case_id: str) -> CaseResult:
    """Extract one case's text and compare it with the gold.

    Examples:
        >>> result = run_case("neg-did-not-meet")
        >>> result.case_id, isinstance(result.passed, bool)
        ('neg-did-not-meet', True)
    """
    from timeline.extraction.pipeline import extract

    case = next(c for c in CASES if c.id == case_id)
    payload = extract(case.text, published=case.published).to_json_dict()
    return check(case, payload)


def known_gaps() -> dict[str, str]:
    """The documented known gaps (case id -> reason), or an empty table if unavailable.

    Examples:
        >>> isinstance(known_gaps(), dict)
        True
    """
    try:
        from corpus.test_snippets import KNOWN_GAPS
    except ImportError:
        try:
            from .test_snippets import KNOWN_GAPS
        except ImportError:
            return {}
    return dict(KNOWN_GAPS)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the corpus and print the report; the exit status is 0.

    Examples:
        >>> main(["--only", "neg-did-not-meet", "--json"])  # doctest: +ELLIPSIS
        {
          "event_f1": ...,
          ...
          "cases": 1,
          ...
        }
        0
    """
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--failures", action="store_true", help="print only the failing cases")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON only")
    ap.add_argument("--only", action="append", default=[], help="run only this case id")
    ap.add_argument("--quiet", action="store_true", help="do not print what was extracted")
    ap.add_argument(
        "--stale",
        action="store_true",
        help="print only the cases whose outcome disagrees with KNOWN_GAPS (to update it)",
    )
    args = ap.parse_args(argv)
    gaps = known_gaps()
    total = Tally()
    results: list[CaseResult] = []
    started = time.perf_counter()
    for case in CASES:
        if args.only and case.id not in args.only:
            continue
        result = run_case(case.id)
        results.append(result)
        total.add(result.tally)
        stale = result.passed == (case.id in gaps)
        if (
            args.json
            or (args.failures and result.passed and not stale)
            or (args.stale and not stale)
        ):
            continue
        status = "PASS" if result.passed else "FAIL"
        flag = ""
        if result.passed and case.id in gaps:
            flag = "  <- listed in KNOWN_GAPS but passes: remove it"
        elif not result.passed and case.id not in gaps:
            flag = "  <- fails but not listed in KNOWN_GAPS"
        print(f"{status:<10} {case.id}{flag}")
        if not result.passed:
            print(f"    text: {case.text!r} (published {case.published})")
            if case.id in gaps:
                print(f"    known gap: {gaps[case.id]}")
            for problem in result.problems:
                print(f"    - {problem}")
        if not args.quiet and not result.passed:
            for line in result.got or ("(nothing extracted)",):
                print(f"    got: {line}")
    figures: dict[str, object] = dict(total.summary())
    figures["cases"] = len(results)
    figures["passed"] = sum(r.passed for r in results)
    figures["seconds"] = round(time.perf_counter() - started, 2)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print()
        print(", ".join(f"{k}={v}" for k, v in figures.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
