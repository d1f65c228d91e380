"""How long ``import timeline`` takes, next to peers measured in the same run.

Each import runs in a fresh interpreter, several times; the script prints the median wall time of
each and the ratio to the interpreter's bare start-up, so the figure is comparable across noisy
machines. The target (issue: core) is ``import timeline`` under 0.3 s.

Run:  python benchmarks/import_time.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

SUBJECTS = {
    "python (bare start-up)": "pass",
    "import attrs": "import attrs",
    "import pendulum": "import pendulum",
    "import timeline": "import timeline",
    "import timeline; timeline.Timeline": "import timeline; timeline.Timeline; timeline.When",
    "import dateparser (for scale)": "import dateparser",
}


def median_seconds(code: str, repeat: int) -> float:
    """Median wall time of running ``code`` in a fresh interpreter."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    results = {name: median_seconds(code, args.repeat) for name, code in SUBJECTS.items()}
    base = results["python (bare start-up)"]
    print(f"{'subject':42} {'median s':>9} {'minus start-up':>15} {'x start-up':>11}")
    for name, seconds in results.items():
        print(f"{name:42} {seconds:9.3f} {seconds - base:15.3f} {seconds / base:11.2f}")


if __name__ == "__main__":
    main()
