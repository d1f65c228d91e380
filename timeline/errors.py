"""Public exceptions and warnings of :mod:`timeline`.

Every exception derives from :class:`TimelineError` and also from the builtin that fits it, so
``except ValueError`` keeps working for callers that do not know this library. Messages say what
failed, show the offending value with ``!r`` and suggest a fix; they are built in classmethod
factories so that the wording stays consistent.

Examples:
    >>> from timeline.errors import ParseError, TimelineError
    >>> err = ParseError.for_text("Feb. 30", expected="an ISO 8601 date such as '2026-02-04'")
    >>> isinstance(err, (TimelineError, ValueError))
    True
    >>> print(err)
    cannot parse 'Feb. 30': expected an ISO 8601 date such as '2026-02-04'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

__all__ = [
    "AmbiguousDateError",
    "ConstraintError",
    "InputError",
    "InputTooLargeError",
    "InvalidSpanError",
    "ParseError",
    "TimelineError",
    "TimelineWarning",
    "UnknownKindError",
    "UnknownTimezoneError",
    "UnsupportedLanguageError",
]


class TimelineError(Exception):
    """Root of every error raised by :mod:`timeline`.

    Catch this to handle any failure of the library in one place.

    .. versionadded:: 0.1.0

    Examples:
        >>> issubclass(ParseError, TimelineError)
        True
    """


class ParseError(TimelineError, ValueError):
    """Raised when a string that must be a time value (or other literal) cannot be parsed.

    Attributes:
        text: The input that failed.
        span: ``(start, end)`` character offsets of the failing part inside a larger document,
            or ``None`` when the whole ``text`` failed.

    .. versionadded:: 0.1.0

    Examples:
        >>> err = ParseError("cannot parse 'x'", text="x")
        >>> (err.text, err.span)
        ('x', None)
    """

    def __init__(self, message: str, *, text: str, span: tuple[int, int] | None = None) -> None:
        super().__init__(message)
        self.text = text
        self.span = span

    def __reduce__(self):  # type: ignore[no-untyped-def]  # keep keyword arguments when pickled
        return (_rebuild_parse_error, (type(self), str(self), self.text, self.span))

    @classmethod
    def for_text(
        cls,
        text: str,
        *,
        expected: str,
        span: tuple[int, int] | None = None,
    ) -> ParseError:
        """Build the error for ``text`` that is not of the ``expected`` form.

        Args:
            text: The input that failed.
            expected: What would have been accepted, phrased to follow "expected".
            span: Optional character offsets of ``text`` in its document.

        Returns:
            The error, ready to raise.

        Examples:
            >>> print(ParseError.for_text("2026-13", expected="a month 01..12"))
            cannot parse '2026-13': expected a month 01..12
        """
        return cls(f"cannot parse {text!r}: expected {expected}", text=text, span=span)


def _rebuild_parse_error(
    cls: type[ParseError], message: str, text: str, span: tuple[int, int] | None
) -> ParseError:
    return cls(message, text=text, span=span)


class AmbiguousDateError(ParseError):
    """Raised when a date string has several readings and no rule picks one (e.g. ``01/02/2026``).

    .. versionadded:: 0.1.0

    Examples:
        >>> err = AmbiguousDateError.for_readings("01/02/2026", ("2026-01-02", "2026-02-01"))
        >>> print(err)
        ambiguous date '01/02/2026': could be '2026-01-02' or '2026-02-01'; pass an explicit \
date order or use ISO 8601
    """

    @classmethod
    def for_readings(cls, text: str, readings: Sequence[str]) -> AmbiguousDateError:
        """Build the error listing the possible ``readings`` of ``text``.

        Args:
            text: The ambiguous input.
            readings: Its possible values, as strings.

        Returns:
            The error, ready to raise.

        Examples:
            >>> AmbiguousDateError.for_readings("3/4", ("03-04", "04-03")).text
            '3/4'
        """
        options = " or ".join(repr(r) for r in readings)
        return cls(
            f"ambiguous date {text!r}: could be {options}; pass an explicit date order "
            "or use ISO 8601",
            text=text,
        )


class InvalidSpanError(TimelineError, ValueError):
    """Raised when time bounds are out of order, naive, or out of the supported range.

    .. versionadded:: 0.1.0

    Examples:
        >>> print(InvalidSpanError.for_order("earliest_start", "2026-02-05", "latest_start",
        ...                                  "2026-02-04"))
        earliest_start '2026-02-05' is after latest_start '2026-02-04'; bounds must satisfy \
earliest_start <= latest_start, earliest_end <= latest_end, earliest_start <= earliest_end \
and latest_start <= latest_end
    """

    @classmethod
    def for_order(cls, name_a: str, a: object, name_b: str, b: object) -> InvalidSpanError:
        """Build the error for bound ``name_a`` that should not be after bound ``name_b``.

        Args:
            name_a: Name of the first bound.
            a: Its value.
            name_b: Name of the second bound.
            b: Its value.

        Returns:
            The error, ready to raise.

        Examples:
            >>> isinstance(InvalidSpanError.for_order("a", 2, "b", 1), ValueError)
            True
        """
        return cls(
            f"{name_a} {a!r} is after {name_b} {b!r}; bounds must satisfy "
            "earliest_start <= latest_start, earliest_end <= latest_end, "
            "earliest_start <= earliest_end and latest_start <= latest_end"
        )

    @classmethod
    def for_naive(cls, name: str, value: object) -> InvalidSpanError:
        """Build the error for a naive (zone-less) datetime.

        Args:
            name: Name of the bound or argument.
            value: The naive value.

        Returns:
            The error, ready to raise.

        Examples:
            >>> print(InvalidSpanError.for_naive("dt", "2026-02-04T00:00"))
            dt '2026-02-04T00:00' is naive; pass an aware datetime or an explicit tz="Area/City"
        """
        return cls(
            f"{name} {value!r} is naive; pass an aware datetime or an explicit tz=\"Area/City\""
        )


class UnknownTimezoneError(TimelineError, ValueError):
    """Raised when a time zone name is not in the IANA database.

    Attributes:
        zone: The unknown name.

    .. versionadded:: 0.1.0

    Examples:
        >>> err = UnknownTimezoneError.for_zone("Europe/Pariss")
        >>> err.zone
        'Europe/Pariss'
        >>> print(err)
        unknown time zone 'Europe/Pariss': use an IANA name such as 'UTC', 'Europe/Paris' \
or 'Asia/Shanghai', or a fixed offset such as '+08:00'
    """

    def __init__(self, message: str, *, zone: str = "") -> None:
        super().__init__(message)
        self.zone = zone

    def __reduce__(self):  # type: ignore[no-untyped-def]  # keep keyword arguments when pickled
        return (_rebuild_tz_error, (str(self), self.zone))

    @classmethod
    def for_zone(cls, zone: object) -> UnknownTimezoneError:
        """Build the error for the unknown ``zone``.

        Args:
            zone: The rejected zone name (or object).

        Returns:
            The error, ready to raise.

        Examples:
            >>> UnknownTimezoneError.for_zone("Mars/Olympus").zone
            'Mars/Olympus'
        """
        return cls(
            f"unknown time zone {zone!r}: use an IANA name such as 'UTC', 'Europe/Paris' "
            "or 'Asia/Shanghai', or a fixed offset such as '+08:00'",
            zone=str(zone),
        )


def _rebuild_tz_error(message: str, zone: str) -> UnknownTimezoneError:
    return UnknownTimezoneError(message, zone=zone)


class ConstraintError(TimelineError, ValueError):
    """Raised when order constraints contradict each other (or the events' times).

    Attributes:
        constraints: The stated constraints that form the contradictory chain, in chain order.

    .. versionadded:: 0.1.0

    Examples:
        >>> err = ConstraintError.for_cycle(["a before b", "b before a"])
        >>> print(err)
        contradictory order constraints: a before b, b before a; remove or relax one of them
        >>> err.constraints
        ('a before b', 'b before a')
    """

    def __init__(self, message: str, *, constraints: Iterable[object] = ()) -> None:
        super().__init__(message)
        self.constraints = tuple(constraints)

    def __reduce__(self):  # type: ignore[no-untyped-def]  # keep keyword arguments when pickled
        return (_rebuild_constraint_error, (str(self), self.constraints))

    @classmethod
    def for_cycle(cls, constraints: Iterable[object]) -> ConstraintError:
        """Build the error for a chain of ``constraints`` that cannot all hold.

        Args:
            constraints: The chain, in order; each is shown with ``str``.

        Returns:
            The error, ready to raise.

        Examples:
            >>> ConstraintError.for_cycle(["x meets y", "y before x"]).constraints[0]
            'x meets y'
        """
        chain = tuple(constraints)
        shown = ", ".join(str(c) for c in chain)
        return cls(
            f"contradictory order constraints: {shown}; remove or relax one of them",
            constraints=chain,
        )

    @classmethod
    def for_argument(cls, what: str, value: object, expected: str) -> ConstraintError:
        """Build the error for a malformed constraint argument.

        Args:
            what: The argument name.
            value: Its value.
            expected: What is accepted.

        Returns:
            The error, ready to raise.

        Examples:
            >>> print(ConstraintError.for_argument("relation", "beforee", "'before' or 'after'"))
            invalid relation 'beforee': expected 'before' or 'after'
        """
        return cls(f"invalid {what} {value!r}: expected {expected}")


def _rebuild_constraint_error(message: str, constraints: tuple[object, ...]) -> ConstraintError:
    return ConstraintError(message, constraints=constraints)


class UnknownKindError(TimelineError, KeyError):
    """Raised when an event kind name is not in the kind registry.

    .. versionadded:: 0.1.0

    Examples:
        >>> err = UnknownKindError.for_kind("meetng", known=("meeting", "call"))
        >>> print(err)
        unknown event kind 'meetng'; known kinds: 'call', 'meeting' (register new ones with \
register_kind)
    """

    def __str__(self) -> str:
        # KeyError.__str__ would show the message with quotes around it.
        return str(self.args[0]) if self.args else ""

    @classmethod
    def for_kind(cls, name: object, known: Iterable[str] = ()) -> UnknownKindError:
        """Build the error for the unknown kind ``name``.

        Args:
            name: The rejected kind name.
            known: The registered kind names, listed in the message.

        Returns:
            The error, ready to raise.

        Examples:
            >>> isinstance(UnknownKindError.for_kind("x"), KeyError)
            True
        """
        names = ", ".join(repr(k) for k in sorted(known))
        listing = f"; known kinds: {names}" if names else ""
        return cls(f"unknown event kind {name!r}{listing} (register new ones with register_kind)")


class InputError(TimelineError, TypeError):
    """Raised when extraction is given something that is not text (or undecodable bytes).

    .. versionadded:: 0.1.0

    Examples:
        >>> print(InputError.for_value(42))
        expected text (str, or UTF-8 bytes), got int: 42
    """

    @classmethod
    def for_value(cls, value: object) -> InputError:
        """Build the error for the non-text ``value``.

        Args:
            value: The rejected input.

        Returns:
            The error, ready to raise.

        Examples:
            >>> isinstance(InputError.for_value(None), TypeError)
            True
        """
        shown = repr(value)
        if len(shown) > 60:
            shown = shown[:57] + "..."
        return cls(f"expected text (str, or UTF-8 bytes), got {type(value).__name__}: {shown}")


class UnsupportedLanguageError(TimelineError, ValueError):
    """Raised when extraction is asked for a language it has no grammar for.

    .. versionadded:: 0.1.0

    Examples:
        >>> print(UnsupportedLanguageError.for_language("xx", supported=("en",)))
        unsupported language 'xx'; supported: 'en'
    """

    @classmethod
    def for_language(
        cls, language: object, supported: Iterable[str] = ("en",)
    ) -> UnsupportedLanguageError:
        """Build the error for the unsupported ``language``.

        Args:
            language: The requested language code.
            supported: The supported codes.

        Returns:
            The error, ready to raise.

        Examples:
            >>> isinstance(UnsupportedLanguageError.for_language("de"), ValueError)
            True
        """
        names = ", ".join(repr(s) for s in supported)
        return cls(f"unsupported language {language!r}; supported: {names}")


class InputTooLargeError(TimelineError, ValueError):
    """Raised when an input exceeds the configured size limit.

    .. versionadded:: 0.1.0

    Examples:
        >>> print(InputTooLargeError.for_size(2_000_000, limit=1_000_000))
        input of 2000000 characters exceeds the limit of 1000000; split the document or raise \
the limit
    """

    @classmethod
    def for_size(cls, size: int, *, limit: int) -> InputTooLargeError:
        """Build the error for an input of ``size`` characters over ``limit``.

        Args:
            size: The input size.
            limit: The configured limit.

        Returns:
            The error, ready to raise.

        Examples:
            >>> isinstance(InputTooLargeError.for_size(3, limit=2), ValueError)
            True
        """
        return cls(
            f"input of {size} characters exceeds the limit of {limit}; split the document "
            "or raise the limit"
        )


class TimelineWarning(UserWarning):
    """Base class of the warnings issued by :mod:`timeline`.

    Filter them all with ``warnings.simplefilter("ignore", TimelineWarning)``.

    .. versionadded:: 0.1.0

    Examples:
        >>> issubclass(TimelineWarning, UserWarning)
        True
    """
