"""The ``timeline`` command line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.cli import demo_text, main

SENTENCE = (
    "Chinese President Xi Jinping held a virtual meeting with Russian President Vladimir Putin "
    "on Feb. 4 and, hours later, spoke by phone with U.S. President Donald Trump."
)


def run(*argv: str, stdin: str = "") -> tuple[int, str]:
    """Run the CLI in-process and return its status and output."""
    out = io.StringIO()
    status = main(list(argv), stdin=io.StringIO(stdin), stdout=out)
    return status, out.getvalue()


def test_extract_json_follows_the_evaluation_contract() -> None:
    """``--format json`` prints timexes, events and relations with offsets into the text."""
    status, out = run("extract", "-", "--published", "2026-02-05", "--format", "json",
                      stdin=SENTENCE)
    assert status == 0
    doc = json.loads(out)
    assert {"timexes", "events", "relations"} <= doc.keys()
    for tx in doc["timexes"]:
        assert SENTENCE[tx["start"]:tx["end"]] == tx["text"]
        assert isinstance(tx["value"], str | None)
    kinds = {e["kind"]: e for e in doc["events"]}
    assert kinds["meeting"]["when"] == "2026-02-04"
    assert kinds["call"]["when"] == "2026-02-04"
    for event in doc["events"]:
        assert all(0 <= m["start"] < m["end"] <= len(SENTENCE) for m in event["mentions"])
    assert any(r["relation"] in ("before", "after") for r in doc["relations"])


def test_extract_reads_a_file_and_prints_a_table(tmp_path: Path) -> None:
    """A file path works as well as standard input; the default format is a table."""
    path = tmp_path / "article.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    status, out = run("extract", str(path), "--published", "2026-02-05")
    assert status == 0
    assert out.splitlines()[0].split() == ["when", "kind", "participants", "place", "id"]
    assert "meeting" in out
    assert "call" in out


def test_published_takes_a_date_time() -> None:
    """``--published`` accepts an ISO 8601 date-time, as TimeBank documents carry."""
    status, out = run("extract", "-", "--published", "1998-01-08T18:30:00", "--format", "json",
                      stdin="The talks ended yesterday.")
    assert status == 0
    values = [t["value"] for t in json.loads(out)["timexes"]]
    assert values == ["1998-01-07"]


def test_invalid_published_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    """A bad ``--published`` exits with status 2 and names the value, without a traceback."""
    status, _ = run("extract", "-", "--published", "not-a-date", stdin=SENTENCE)
    assert status == 2
    err = capsys.readouterr().err
    assert "not-a-date" in err
    assert "Traceback" not in err


def test_missing_file_is_a_clear_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A file that cannot be read exits with status 2 and names the file."""
    missing = tmp_path / "missing.txt"
    status, _ = run("extract", str(missing))
    assert status == 2
    assert str(missing) in capsys.readouterr().err


def test_demo_extracts_the_bundled_article() -> None:
    """``timeline demo`` shows the example article's events and the queries on them."""
    status, out = run("demo")
    assert status == 0
    for expected in ("2026-02-04", "meeting", "call"):
        assert expected in out
    assert "Events involving Putin" in out
    assert "Xi Jinping" in demo_text()


def test_query_filters_by_participant_and_kind() -> None:
    """``timeline query`` narrows the extracted timeline."""
    status, out = run("query", "-", "--published", "2026-02-05", "--involving", "Trump",
                      stdin=SENTENCE)
    assert status == 0
    assert "call" in out
    assert "meeting" not in out
    status, out = run("query", "-", "--published", "2026-02-05", "--kind", "meeting",
                      stdin=SENTENCE)
    assert "meeting" in out
    assert "call" not in out


@pytest.mark.slow
def test_console_script_is_installed() -> None:
    """The ``timeline`` console script runs as a separate process."""
    exe = Path(sys.executable).parent / "timeline"
    if not exe.exists():
        pytest.skip("the console script is not installed next to this interpreter")
    result = subprocess.run([str(exe), "demo", "--format", "json"], capture_output=True,
                            text=True, check=False, timeout=300)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["events"]


def test_a_closed_pipe_ends_quietly() -> None:
    """``timeline demo | head`` stops without a traceback when the reader goes away."""

    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    assert main(["demo"], stdin=io.StringIO(), stdout=ClosedPipe()) == 0
