"""Render the example article's timeline page with headless Chromium into a PNG.

Usage::

    python examples/render_screenshot.py [--out timeline.png] [--html page.html]
                                         [--width 1100] [--height 900] [--by kind|participant]

The page is what ``timeline extract FILE --format html`` writes: :func:`timeline.notebook.page_html`
of the bundled example article (``timeline/data/example_article.txt``, published 2026-02-05). It
loads nothing from the network, so Chromium runs with networking features off.

Needs a Chromium binary (Debian: ``apt-get install chromium``); the script says so and exits
with status 2 when there is none.
"""

from __future__ import annotations

import argparse
import importlib.resources
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PUBLISHED = "2026-02-05"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_browser() -> str | None:
    """The path of the first Chromium-like browser on PATH, or None."""
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    return None


def example_page(*, by: str = "kind") -> str:
    """The standalone HTML page of the bundled example article's timeline."""
    from timeline.extraction.pipeline import extract
    from timeline.notebook import page_html

    text = (importlib.resources.files("timeline") / "data" / "example_article.txt").read_text(
        encoding="utf-8"
    )
    extraction = extract(text, published=PUBLISHED)
    title = text.splitlines()[0].strip()
    return page_html(extraction.timeline, title=title, by=by)  # type: ignore[arg-type]


def chromium_command(browser: str, *, profile: str, width: int, height: int) -> list[str]:
    """The headless Chromium arguments shared by the screenshot and the DOM check."""
    return [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        f"--window-size={width},{height}",
    ]


def screenshot(html_path: Path, png_path: Path, *, width: int, height: int) -> None:
    """Render ``html_path`` with headless Chromium into ``png_path``."""
    browser = find_browser()
    if browser is None:
        raise FileNotFoundError(
            "no Chromium found on PATH; install it (Debian: apt-get install chromium)"
        )
    with tempfile.TemporaryDirectory() as profile:
        cmd = chromium_command(browser, profile=profile, width=width, height=height)
        cmd += [f"--screenshot={png_path}", html_path.resolve().as_uri()]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    if not png_path.exists() or png_path.stat().st_size == 0:
        raise RuntimeError(f"Chromium did not write {png_path}")


def main(argv: list[str] | None = None) -> int:
    """Write the page and its screenshot; print where they are."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("timeline.png"), help="PNG to write")
    parser.add_argument("--html", type=Path, default=None, help="also keep the HTML page here")
    parser.add_argument("--width", type=int, default=1100)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--by", choices=("kind", "participant"), default="kind")
    args = parser.parse_args(argv)
    page = example_page(by=args.by)
    with tempfile.TemporaryDirectory() as tmp:
        html_path = args.html or Path(tmp) / "timeline.html"
        html_path.write_text(page, encoding="utf-8")
        try:
            screenshot(html_path, args.out, width=args.width, height=args.height)
        except FileNotFoundError as exc:
            print(exc, file=sys.stderr)
            return 2
    print(f"wrote {args.out}" + (f" and {args.html}" if args.html else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
