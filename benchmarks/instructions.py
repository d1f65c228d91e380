"""Instructions executed by one warm ``extract()``, counted under valgrind: a deterministic
measure for speed work on a shared machine.

Timings on these machines move by 10% from run to run, which hides the few-percent changes
that most speed work makes. The number of instructions a run executes does not depend on the
neighbours. This script runs ``extract()`` under ``valgrind --tool=callgrind`` once and twice
on the same text, in fresh interpreters with a fixed hash seed, and prints the difference: the
instructions of one extraction after the first has compiled every pattern it needs.

    python benchmarks/instructions.py [--case news] [--case "one dense sentence"] [--tree DIR]

Cases are ``news`` and the names of ``worst_case.py``'s adversarial texts, at ``--kb`` KB.
``--tree`` (repeatable) runs the same cases on other checkouts (``git worktree add``), for an
A/B comparison of two commits. Instructions are not time (the regular-expression engine runs
more instructions per cycle than the interpreter), so compare counts with counts: the same case
on two trees, or two cases' ratio on one tree. Needs ``valgrind`` on the ``PATH``; one count
takes a minute or two.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import worst_case

_RUN = (
    "import sys\n"
    "from timeline.extraction.pipeline import extract\n"
    "text = open(sys.argv[1], encoding='utf-8').read()\n"
    "for _ in range(int(sys.argv[2])):\n"
    "    extract(text, published=sys.argv[3])\n"
)
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def _text(case: str, size: int) -> str:
    if case == "news":
        return worst_case._fit(worst_case._news_corpus(), size)
    if case not in worst_case.CASES:
        known = ", ".join(["news", *worst_case.CASES])
        raise SystemExit(f"unknown case {case!r}; known: {known}")
    return worst_case.CASES[case](size)


def _instructions(tree: Path, path: Path, runs: int) -> int:
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(tree)}
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            "-c",
            _RUN,
            str(path),
            str(runs),
            worst_case.PUBLISHED,
        ],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found = _COLLECTED.search(done.stderr)
    if found is None:
        raise SystemExit(f"valgrind printed no instruction count:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--case", action="append", help="news or a worst_case.py case")
    parser.add_argument("--kb", type=int, default=16, help="text size in KB (default 16)")
    parser.add_argument("--tree", action="append", type=Path, help="checkouts to compare")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed", file=sys.stderr)
        return 2
    cases = args.case or ["news", "one dense sentence"]
    trees = args.tree or [Path(__file__).resolve().parent.parent]
    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for case in cases:
            paths[case] = Path(tmp) / f"{len(paths)}.txt"
            paths[case].write_text(_text(case, args.kb * 1024), encoding="utf-8")
        for tree in trees:
            counts = {
                case: _instructions(tree, path, 2) - _instructions(tree, path, 1)
                for case, path in paths.items()
            }
            base = counts.get("news")
            print(tree)
            for case, count in counts.items():
                ratio = f"  {count / base:5.2f}x news" if base else ""
                print(f"  {case:22s} {count / 1e6:9.1f} M instructions{ratio}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
