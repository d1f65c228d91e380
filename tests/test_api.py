"""The public API: ``__all__``, docstrings with examples, typing marker, a light import."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import pytest

import timeline

PACKAGE = Path(timeline.__file__).resolve().parent


def test_all_is_exactly_the_public_names() -> None:
    """``__all__`` lists every public name once, and each resolves."""
    assert len(timeline.__all__) == len(set(timeline.__all__))
    for name in timeline.__all__:
        assert getattr(timeline, name) is not None, name
    assert set(dir(timeline)) >= set(timeline.__all__)


@pytest.mark.parametrize("name", timeline.__all__)
def test_every_public_name_has_a_docstring_with_an_example(name: str) -> None:
    """Each public class and function documents itself with a runnable ``>>>`` example."""
    obj = getattr(timeline, name)
    if not (inspect.isclass(obj) or inspect.isfunction(obj)):
        obj = type(obj)  # e.g. KINDS, a registry instance: its class documents it
    doc = inspect.getdoc(obj) or ""
    assert doc.strip(), f"{name} has no docstring"
    assert ">>>" in doc, f"{name}'s docstring has no example"


def test_unknown_attribute_raises_attribute_error() -> None:
    """A misspelt name fails like any module attribute."""
    with pytest.raises(AttributeError, match="Timelin"):
        timeline.Timelin  # noqa: B018


def test_version_comes_from_the_installed_metadata() -> None:
    """``__version__`` is the installed distribution's version."""
    from importlib.metadata import version

    assert timeline.__version__ == version("news-timeline")


def test_package_is_typed() -> None:
    """The PEP 561 marker ships with the package."""
    assert (PACKAGE / "py.typed").exists()


def test_import_is_light() -> None:
    """``import timeline`` loads neither hypothesis, pandas, dateparser nor the CLI."""
    code = (
        "import sys, timeline; timeline.When; timeline.Timeline; "
        "heavy = [m for m in ('hypothesis', 'pandas', 'dateparser', 'timeline.cli', "
        "'timeline.strategies', 'matplotlib') if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
