"""The ``hypothesis`` entry point: registers :mod:`timeline` types with ``st.from_type``.

Hypothesis calls every callable registered under the ``hypothesis`` entry-point group when it
is imported (unless the ``HYPOTHESIS_NO_PLUGINS`` environment variable is set). The package
declares, in ``pyproject.toml``::

    [project.entry-points.hypothesis]
    _ = "timeline._hypothesis_entry:_hypothesis_setup_hook"

so that ``st.from_type(When)``, ``st.from_type(Event)``... work in any environment where
``news-timeline[hypothesis]`` is installed, without importing :mod:`timeline.strategies`.

The hook runs while hypothesis itself is still importing, so it must not build or draw from
strategies (hypothesis warns about such side effects). It imports only the value types and
registers *resolver functions*, which import :mod:`timeline.strategies` the first time a test
asks for one of the types.

Examples:
    >>> from hypothesis import find, strategies as st
    >>> from timeline.events import Event
    >>> _hypothesis_setup_hook()
    >>> isinstance(find(st.from_type(Event), lambda e: True), Event)
    True
"""

from __future__ import annotations

from typing import Any

__all__: list[str] = []


def _resolve(name: str) -> Any:
    # a resolver for register_type_strategy: imports the strategies only when a test needs one
    def resolver(_type: type) -> Any:
        from timeline import strategies

        return getattr(strategies, name)()

    resolver.__name__ = resolver.__qualname__ = f"timeline_{name}_resolver"
    return resolver


def register() -> None:
    """Register resolvers for When, Actor, Event, Timeline and Document.

    Examples:
        >>> register()
    """
    from hypothesis import strategies as st

    from timeline._documents import Document
    from timeline.events import Actor, Event
    from timeline.timeline import Timeline
    from timeline.when import When

    st.register_type_strategy(When, _resolve("whens"))
    st.register_type_strategy(Actor, _resolve("actors"))
    st.register_type_strategy(Event, _resolve("events"))
    st.register_type_strategy(Timeline, _resolve("timelines"))
    st.register_type_strategy(Document, _resolve("documents"))


def _hypothesis_setup_hook() -> None:
    """The entry-point hook hypothesis calls on import: :func:`register` the types.

    Examples:
        >>> _hypothesis_setup_hook()
    """
    register()
