"""Held-out corpus of news snippets with hand-written gold events (table-driven tests).

``snippets.py`` holds the table (:data:`~corpus.snippets.CASES`) and the lenient comparison
used by ``test_snippets.py`` and by the ``report.py`` script.
"""

from __future__ import annotations
