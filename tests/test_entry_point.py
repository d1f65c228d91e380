"""``st.from_type(Event)`` works wherever ``news-timeline[hypothesis]`` is installed.

The package declares a ``hypothesis`` entry point; hypothesis calls it on import, and it
registers the timeline types. The slow test proves it end to end: a fresh virtual
environment, ``pip install '<repo>[hypothesis]'`` and a snippet that never imports
``timeline.strategies``.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import textwrap
import tomllib
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
ENTRY_POINT = "timeline._hypothesis_entry:_hypothesis_setup_hook"
PYPROJECT_TEXT = f'[project.entry-points.hypothesis]\n_ = "{ENTRY_POINT}"'

# Messages of pip (and the resolver) when no package index can be reached.
_OFFLINE_SIGNS = (
    "Failed to establish a new connection",
    "Temporary failure in name resolution",
    "Name or service not known",
    "Network is unreachable",
    "Max retries exceeded",
    "Could not find a version that satisfies the requirement",
    "No matching distribution found",
    "connection timed out",
    "ProxyError",
)

_SNIPPET = textwrap.dedent(
    """
    import sys
    import warnings

    import hypothesis  # runs the entry point hooks
    from hypothesis import strategies as st
    from hypothesis.errors import NonInteractiveExampleWarning

    from timeline.events import Event
    from timeline.timeline import Timeline
    from timeline.when import When

    assert "timeline.strategies" not in sys.modules, "imported before any test asked"
    warnings.simplefilter("ignore", NonInteractiveExampleWarning)
    for cls in (When, Event, Timeline):
        value = st.from_type(cls).example()
        assert isinstance(value, cls), (cls, value)
    from timeline.kinds import KINDS

    event = st.from_type(Event).example()
    assert event.kind in KINDS, event  # drawn by our strategy, not inferred from annotations
    print("ok", type(event).__name__)
    """
)


def _declared_entry_points() -> dict[str, str]:
    data = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    return dict(data.get("project", {}).get("entry-points", {}).get("hypothesis", {}))


def test_pyproject_declares_the_hypothesis_entry_point() -> None:
    """pyproject.toml registers the hook under the ``hypothesis`` entry-point group."""
    declared = _declared_entry_points()
    assert ENTRY_POINT in declared.values(), (
        f"pyproject.toml must declare the hypothesis entry point; add:\n{PYPROJECT_TEXT}"
    )


def test_entry_point_target_is_a_callable_hook() -> None:
    """The entry point names an importable, argument-free callable."""
    module_name, _, attribute = ENTRY_POINT.partition(":")
    hook = getattr(importlib.import_module(module_name), attribute)
    assert callable(hook)
    hook()


def _run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, check=False, **kwargs)  # type: ignore[call-overload, no-any-return]


@pytest.mark.slow
def test_from_type_in_a_fresh_venv(tmp_path: Path) -> None:
    """In a new venv with only ``pip install '.[hypothesis]'``, ``st.from_type`` works."""
    if ENTRY_POINT not in _declared_entry_points().values():
        pytest.fail(f"pyproject.toml lacks the hypothesis entry point; add:\n{PYPROJECT_TEXT}")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    python = env_dir / ("Scripts" if os.name == "nt" else "bin") / "python"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.pop("HYPOTHESIS_NO_PLUGINS", None)
    install = _run(
        [str(python), "-m", "pip", "install", "--disable-pip-version-check", "--no-input",
         "--quiet", f"{REPO}[hypothesis]"],
        env=env, timeout=900, cwd=tmp_path,
    )
    if install.returncode != 0:
        output = install.stdout + install.stderr
        if any(sign.lower() in output.lower() for sign in _OFFLINE_SIGNS):
            pytest.skip(f"pip cannot reach a package index: {output.strip()[-300:]}")
        pytest.fail(f"pip install failed:\n{output[-3000:]}")
    # Run outside the repository so that the installed copy, not the source tree, is imported.
    result = _run([str(python), "-c", _SNIPPET], env=env, timeout=300, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "ok Event"
