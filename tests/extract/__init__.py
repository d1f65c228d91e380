"""Tests of the extraction stages owned by :mod:`timeline.extraction`."""

from __future__ import annotations

try:  # tests/ is a rootdir on sys.path (no tests/__init__.py) ...
    from conftest import SHARED
except ImportError:  # pragma: no cover - ... or a package, if one is added later
    from tests.conftest import SHARED

__all__ = ["SHARED"]
