"""The documentation site builds cleanly; its examples run as doctests (see pyproject)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_mkdocs_build_is_strict_clean(tmp_path: Path) -> None:
    """``mkdocs build --strict`` succeeds: no broken link, no reference to a missing name."""
    mkdocs = shutil.which("mkdocs", path=str(Path(sys.executable).parent)) or shutil.which("mkdocs")
    if mkdocs is None:
        pytest.skip("mkdocs is not installed (it comes with the 'docs' and 'test' extras)")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [mkdocs, "build", "--strict", "--quiet", "--site-dir", str(tmp_path / "site")],
        cwd=REPO, capture_output=True, text=True, env=env, timeout=600, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "site" / "reference" / "index.html").exists()


def test_every_docs_page_is_in_the_nav() -> None:
    """Each Markdown page under docs/ is reachable from the site navigation."""
    nav = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    pages = sorted(p.name for p in (REPO / "docs").glob("*.md"))
    assert pages, "no docs pages found"
    missing = [p for p in pages if p not in nav]
    assert not missing, f"pages missing from mkdocs.yml nav: {missing}"
