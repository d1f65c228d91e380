"""Quality floor: extract() scored on the shared event corpora with the shared scorer.

Each corpus (the seed article and the news-dev White House readouts) is extracted in-process
with :func:`timeline.extraction.pipeline.extract`; the contract JSON of every document is written to
a temporary directory and scored with ``../shared/eval/score.py --system-dir DIR --json``. The
floors are the figures reached when this test was written, minus a small margin, so that no
later change silently loses quality.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
from pathlib import Path
from types import ModuleType

import pytest

from timeline.extraction.pipeline import extract

from . import SHARED

EVAL = SHARED / "eval"
pytestmark = pytest.mark.skipif(not (EVAL / "score.py").exists(), reason="needs ../shared/eval")

# corpus: floors for the event figures of the scorer
FLOORS: dict[str, dict[str, float]] = {
    "seed": {
        "f1": 0.95,
        "when_accuracy": 0.95,
        "participants_f1": 0.95,
        "order_accuracy": 0.90,
        "location_accuracy": 0.95,
    },
    "news-dev": {  # reached: 0.966, 0.9375, 0.915, 0.912, 0.85
        "f1": 0.94,
        "when_accuracy": 0.90,
        "participants_f1": 0.89,
        "order_accuracy": 0.88,
        "location_accuracy": 0.82,
    },
}


def _scorer() -> ModuleType:
    """The shared scorer, imported from its file."""
    spec = importlib.util.spec_from_file_location("timeline_shared_score_events", EVAL / "score.py")
    assert spec is not None
    assert spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def score_corpus(name: str, out: Path) -> dict[str, object]:
    """Extract every document of corpus *name* into *out*; return the scorer's event figures."""
    corpus = EVAL / name
    for gp in sorted(corpus.glob("*.gold.json")):
        doc = gp.name[: -len(".gold.json")]
        gold = json.loads(gp.read_text(encoding="utf-8"))
        with open(gp.with_name(doc + ".txt"), encoding="utf-8", newline="") as handle:
            text = handle.read()
        payload = extract(text, published=gold.get("published")).to_json_dict()
        (out / f"{doc}.json").write_text(json.dumps(payload), encoding="utf-8")
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        _scorer().main(["--corpus", str(corpus), "--system-dir", str(out), "--json"])
    result = json.loads(buf.getvalue())
    assert not result["failures"], result["failures"]
    return result["events"]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_event_quality_floor(name: str, tmp_path: Path) -> None:
    """Event F1, when, participants, order and location figures stay above the floor."""
    got = score_corpus(name, tmp_path)
    for metric, floor in FLOORS[name].items():
        assert got[metric] is not None, (metric, got)
        assert got[metric] >= floor, (metric, got)
