"""EDTF (Extended Date/Time Format, ISO 8601-2) strings for :class:`~timeline.when.When`.

:func:`to_edtf` delegates to :attr:`When.edtf <timeline.when.When.edtf>` and :func:`from_edtf`
to :meth:`When.parse <timeline.when.When.parse>`; this module adds the checks and the table of
what survives the trip.

========================  =========================  ===================================
time                      EDTF                       back from EDTF
========================  =========================  ===================================
day, month, year          ``2026-02-04``             the same When
season, quarter           ``2025-22``, ``2025-36``   the same When
decade, century           ``199X``, ``19XX``         the same When
durative span             ``2026/2030``              the same When
open ends                 ``../2026-02-04``          the same When
qualifiers                ``2025-11~``, ``?``, ``%`` the same When
"somewhere within"        ``[2026-01-10..            the same When
                          2026-02-04]``
ISO week                  ``[2025-02-03..            the same bounds, granularity day
                          2025-02-09]``              (EDTF has no weeks)
part of day, hour,        a set of seconds           the same bounds, granularity second
minute
pure duration             ``P3D`` (ISO 8601)         the same When
========================  =========================  ===================================

Examples:
    >>> from timeline.when import When
    >>> to_edtf(When.decade(199)), to_edtf(When.season(2025, "SU"))
    ('199X', '2025-22')
    >>> from_edtf("2025-36") == When.quarter(2025, 4)
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline.when import When

__all__ = ["from_edtf", "is_lossless", "to_edtf"]


def to_edtf(when: When) -> str:
    """The EDTF string of ``when``.

    Args:
        when: any When.

    Returns:
        An EDTF (ISO 8601-2) string; see the module table for what it keeps.

    Examples:
        >>> from timeline.when import When
        >>> to_edtf(When.parse("2025-11~")), to_edtf(When.parse("../2026-02-04"))
        ('2025-11~', '../2026-02-04')
        >>> to_edtf(When.week(2025, 6))
        '[2025-02-03..2025-02-09]'
    """
    return when.edtf


def from_edtf(text: str, *, tz: str | None = "UTC") -> When:
    """Read an EDTF string (levels 0 and 1, and level 2 sets ``[a..b]`` and codes) as a When.

    Args:
        text: the EDTF string.
        tz: the zone of the calendar dates (EDTF strings carry no zone unless they have a
            time with an offset).

    Returns:
        The When; ``from_edtf(to_edtf(w)) == w`` whenever :func:`is_lossless` says so.

    Raises:
        ParseError: ``text`` is not an EDTF form we read.

    Examples:
        >>> from_edtf("2026/2030").durative
        True
        >>> str(from_edtf("199X")), str(from_edtf("2025-11?"))
        ('199', '2025-11?')
        >>> from_edtf("2025-13-45")
        Traceback (most recent call last):
        ...
        timeline.errors.ParseError: ...
    """
    from timeline.when import When

    return When.parse(text, tz=tz)


def is_lossless(when: When) -> bool:
    """Whether :func:`from_edtf` gives back exactly ``when`` from :func:`to_edtf`.

    EDTF has no weeks, parts of day, or hours and minutes as granules; such times keep their
    bounds but come back with a finer granularity.

    Examples:
        >>> from timeline.when import When
        >>> is_lossless(When.month(2025, 11)), is_lossless(When.week(2025, 6))
        (True, False)
    """
    try:
        return from_edtf(to_edtf(when), tz=when.timezone or "UTC") == when
    except ValueError:  # ParseError and InvalidSpanError are ValueErrors
        return False
