"""The example notebooks run green in a real Jupyter kernel; the HTML page draws in Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
BROWSER = next(
    (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)),
    None,
)


def run_notebook(name: str) -> Any:
    """Execute examples/<name> in a fresh ipykernel (the one of this interpreter)."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    nb = nbformat.read(EXAMPLES / name, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(EXAMPLES)}},
    )
    client.execute()
    return nb


def outputs(nb: Any, tag: str) -> str:
    """The text and HTML outputs of the cells tagged ``tag``, joined."""
    parts: list[str] = []
    cells = [c for c in nb.cells if tag in c.get("metadata", {}).get("tags", [])]
    assert cells, f"no cell tagged {tag!r}"
    for cell in cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream":
                parts.append(out.get("text", ""))
            data = out.get("data", {})
            for mime in ("text/plain", "text/html"):
                if mime in data:
                    parts.append(data[mime])
    return "\n".join(parts)


def has_output(nb: Any, tag: str, mime: str) -> bool:
    """Whether a cell tagged ``tag`` produced output of the given MIME type."""
    return any(
        mime in out.get("data", {})
        for cell in nb.cells
        if tag in cell.get("metadata", {}).get("tags", [])
        for out in cell.get("outputs", [])
    )


def test_notebooks_are_committed_without_outputs() -> None:
    """Both notebooks are nbformat 4 and carry no outputs or execution counts."""
    nbformat = pytest.importorskip("nbformat")
    for name in ("news_timeline.ipynb", "merge_timelines.ipynb"):
        nb = nbformat.read(EXAMPLES / name, as_version=4)
        nbformat.validate(nb)
        for cell in nb.cells:
            if cell.cell_type == "code":
                assert cell.outputs == [], f"{name} has outputs"
                assert cell.execution_count is None, f"{name} has execution counts"


@pytest.mark.slow
def test_news_timeline_notebook() -> None:
    """The seed-like article's story: events in order, the three queries, the drawings."""
    nb = run_notebook("news_timeline.ipynb")
    listing = outputs(nb, "events")
    lines = [line for line in listing.splitlines() if line.strip()]
    kinds = [line.split()[1] for line in lines if len(line.split()) > 1]
    for kind in ("meeting", "call", "treaty_expiry", "arms_sale", "period"):
        assert kind in kinds, listing
    # chronological: the arms sale (November 2025) before the meeting, the meeting before
    # the expiry (Feb. 5)
    # (the article also mentions the 2025 Busan meeting, so look for the Feb. 4 one)
    pairs = [tuple(line.split()[:2]) for line in lines if len(line.split()) > 1]
    feb4_meeting = pairs.index(("2026-02-04", "meeting"))
    assert kinds.index("arms_sale") < feb4_meeting < kinds.index("treaty_expiry")
    assert re.search(r"2026-02-04\s+meeting", listing), f"meeting not on Feb. 4:\n{listing}"
    assert re.search(r"2026-02-05\s+treaty_expiry", listing), (
        f"the text says New START expires on Feb. 5; extraction listed:\n{listing}"
    )
    assert has_output(nb, "look", "text/html")
    assert "<svg" in outputs(nb, "look")
    around = outputs(nb, "around-expiry")
    assert "meeting" in around
    assert "call" in around
    putin = outputs(nb, "putin")
    assert "Vladimir Putin" in putin
    assert "meeting" in putin
    plan = outputs(nb, "plan")
    assert "call" in plan
    assert "meeting" in plan
    assert has_output(nb, "plot", "image/png")
    assert "round trip ok" in outputs(nb, "export")


@pytest.mark.slow
def test_merge_timelines_notebook() -> None:
    """Three texts, three timelines, one merged timeline with fewer events than the sum."""
    nb = run_notebook("merge_timelines.ipynb")
    counts = outputs(nb, "counts")
    match = re.search(r"separately: (\d+) events, merged: (\d+) events", counts)
    assert match, counts
    separate, merged = int(match.group(1)), int(match.group(2))
    assert merged < separate
    assert "documents:" in outputs(nb, "merged")
    assert has_output(nb, "look", "text/html")


CHECK_SCRIPT = """
<script>
(function () {
  var svg = document.querySelector("svg.tl-strip");
  var box = svg.getBoundingClientRect();
  var groups = document.querySelectorAll("svg.tl-strip g.tl-event");
  var drawn = 0;
  groups.forEach(function (g) {
    var b = g.getBoundingClientRect();
    if (b.width > 0 && b.height > 0 && b.left >= box.left - 1 && b.top >= box.top - 1
        && b.bottom <= box.bottom + 1) { drawn += 1; }
  });
  var rows = document.querySelectorAll("tr.tl-row").length;
  document.body.setAttribute("data-check",
    drawn + "/" + groups.length + "/" + rows + "/" + Math.round(box.width));
})();
</script>
"""


def browser_check(page: str, *, width: int = 1100) -> tuple[int, int, int, int]:
    """Open the page in headless Chromium; return (drawn events, events, table rows, svg px)."""
    assert BROWSER is not None
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "page.html"
        html.write_text(page.replace("</body>", CHECK_SCRIPT + "</body>"), encoding="utf-8")
        profile = Path(tmp) / "profile"
        result = subprocess.run(
            [
                BROWSER,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                f"--window-size={width},900",
                "--dump-dom",
                html.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    match = re.search(r'data-check="(\d+)/(\d+)/(\d+)/(\d+)"', result.stdout)
    assert match, f"no check result; chromium said: {result.stderr[-2000:]}"
    drawn, total, rows, svg_width = (int(g) for g in match.groups())
    return drawn, total, rows, svg_width


@pytest.mark.slow
@pytest.mark.skipif(
    BROWSER is None, reason="no Chromium on PATH (Debian: apt-get install chromium)"
)
def test_html_page_draws_in_chromium() -> None:
    """The example article's page, opened in headless Chromium, draws every dated event."""
    sys.path.insert(0, str(EXAMPLES))
    try:
        import render_screenshot
    finally:
        sys.path.remove(str(EXAMPLES))
    page = render_screenshot.example_page()
    drawn, total, rows, svg_width = browser_check(page)
    assert total >= 5
    assert drawn == total
    assert rows >= total
    assert svg_width > 600


@pytest.mark.slow
@pytest.mark.skipif(
    BROWSER is None, reason="no Chromium on PATH (Debian: apt-get install chromium)"
)
def test_large_page_draws_in_chromium() -> None:
    """500 generated events all land inside the strip in a real browser."""
    import pendulum

    from timeline.events import Event
    from timeline.notebook import page_html
    from timeline.timeline import Timeline
    from timeline.when import When

    start = pendulum.datetime(2020, 1, 1)
    kinds = ["meeting", "call", "visit", "statement", "sanction"]
    tl = Timeline(
        [
            Event(
                kind=kinds[i % 5],
                when=When.day(*start.add(days=2 * i).timetuple()[:3])
                if i % 7
                else When.month(*start.add(days=2 * i).timetuple()[:2]),
                participants=(f"Leader {i % 13}",),
            )
            for i in range(500)
        ]
    )
    drawn, total, rows, _ = browser_check(page_html(tl))
    assert (drawn, total, rows) == (500, 500, 500)


@pytest.mark.slow
@pytest.mark.skipif(
    BROWSER is None, reason="no Chromium on PATH (Debian: apt-get install chromium)"
)
def test_screenshot_script(tmp_path: Path) -> None:
    """examples/render_screenshot.py writes a PNG of the page."""
    out = tmp_path / "page.png"
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "render_screenshot.py"), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
