"""Regular expressions as the extraction stages use them: compiled once, called cheaply.

:class:`LazyRegex` is a module-level pattern compiled on first use (importing the package
compiles nothing); :data:`rx` runs a pattern given as a string through a fast cache, where
``regex``'s own module functions re-read their cache slowly on every call.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

import regex

__all__ = ["LazyRegex", "rx"]


class _CachedRegex:
    """``regex``'s module functions with a fast pattern cache (the module's own cache is slow)."""

    @staticmethod
    @functools.lru_cache(maxsize=1024)
    def compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
        return regex.compile(pattern, flags)

    def match(self, pattern: str, string: str, flags: int = 0) -> regex.Match[str] | None:
        return self.compile(pattern, flags).match(string)

    def fullmatch(self, pattern: str, string: str, flags: int = 0) -> regex.Match[str] | None:
        return self.compile(pattern, flags).fullmatch(string)

    def search(self, pattern: str, string: str, flags: int = 0) -> regex.Match[str] | None:
        return self.compile(pattern, flags).search(string)

    def finditer(self, pattern: str, string: str, flags: int = 0) -> Iterator[regex.Match[str]]:
        return self.compile(pattern, flags).finditer(string)

    def findall(self, pattern: str, string: str, flags: int = 0) -> list[Any]:
        return self.compile(pattern, flags).findall(string)

    def split(self, pattern: str, string: str, flags: int = 0) -> list[str]:
        return self.compile(pattern, flags).split(string)

    def sub(self, pattern: str, repl: str, string: str, flags: int = 0) -> str:
        return self.compile(pattern, flags).sub(repl, string)


#: Cached regular-expression helpers shared by the extraction stages.
rx = _CachedRegex()


class LazyRegex:
    """A regular expression compiled on first use (nothing is compiled at import).

    After the first use, the pattern's own methods are bound on the instance, so that later
    calls cost what a compiled pattern's do.

    Examples:
        >>> words = LazyRegex(r"\\w+")
        >>> words.findall("two words")
        ['two', 'words']
        >>> words.pattern
        '\\\\w+'
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)

    def _compile(self) -> regex.Pattern[str]:
        compiled = regex.compile(*self._args)
        for name in ("search", "match", "fullmatch", "finditer", "findall", "split", "sub"):
            setattr(self, name, getattr(compiled, name))
        self.__dict__["_compiled"] = compiled
        return compiled

    def search(self, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        return self._compile().search(*args, **kwargs)

    def match(self, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        return self._compile().match(*args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        return self._compile().fullmatch(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Iterator[regex.Match[str]]:
        return self._compile().finditer(*args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> list[Any]:
        return self._compile().findall(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> list[str]:
        return self._compile().split(*args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> str:
        return self._compile().sub(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        # any other attribute of the pattern ("pattern", "groupindex", "flags")
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled") or self._compile()
        return getattr(compiled, name)
