"""Named days ("Christmas", "Victory Day", "Thanksgiving"): a table users can extend.

A :class:`Holiday` has the names it goes by in text and a rule that gives its date in a year:

* :class:`FixedDate` -- the same month and day every year (Christmas, Victory Day), optionally only
  in one year (D-Day, 1944-06-06);
* :class:`NthWeekday` -- the n-th (or last) weekday of a month (Thanksgiving, Memorial Day);
* :class:`EasterOffset` -- days from Western Easter, computed (Good Friday, Easter Monday);
* :class:`DateTable` -- an explicit table for lunisolar days (Lunar New Year).

:data:`DEFAULT_HOLIDAYS` is a :class:`HolidayTable`; ``table.extend(...)`` returns a new table, and
:func:`timeline.extraction.timex.find_timexes` takes the table to use.

Examples:
    >>> DEFAULT_HOLIDAYS.lookup("Thanksgiving Day").on(2025)
    datetime.date(2025, 11, 27)
    >>> DEFAULT_HOLIDAYS.lookup("easter").on(2026)
    datetime.date(2026, 4, 5)
    >>> founders = Holiday(name="Founders Day", rule=FixedDate(month=3, day=1))
    >>> table = DEFAULT_HOLIDAYS.extend(founders)
    >>> table.lookup("Founders' Day").name
    'Founders Day'
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator, Mapping
from typing import Protocol, final

import attrs
import regex

from timeline.extraction.patterns import rx

__all__ = [
    "DEFAULT_HOLIDAYS",
    "DateTable",
    "EasterOffset",
    "FixedDate",
    "Holiday",
    "HolidayRule",
    "HolidayTable",
    "NthWeekday",
    "easter",
]


def easter(year: int) -> dt.date:
    """Western (Gregorian) Easter Sunday of *year* (anonymous Gregorian algorithm).

    Examples:
        >>> easter(2025), easter(2026)
        (datetime.date(2025, 4, 20), datetime.date(2026, 4, 5))
    """
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


class HolidayRule(Protocol):
    """What a holiday rule does: give the date in a year, or ``None`` when there is none.

    Examples:
        >>> FixedDate(month=5, day=9).on(2025)
        datetime.date(2025, 5, 9)
    """

    def on(self, year: int) -> dt.date | None:
        """The date in *year*, or ``None``.

        Examples:
            >>> NthWeekday(month=9, weekday=0, n=1).on(2025)
            datetime.date(2025, 9, 1)
        """


def _check_day(instance: FixedDate, attribute: attrs.Attribute[int], value: int) -> None:
    dt.date(2000, instance.month, value)  # raises ValueError for impossible days (Feb 30)


@final
@attrs.frozen(kw_only=True)
class FixedDate:
    """The same month and day every year (or only in *year*).

    Examples:
        >>> FixedDate(month=12, day=25).on(1998)
        datetime.date(1998, 12, 25)
        >>> FixedDate(month=6, day=6, year=1944).on(1945) is None
        True
    """

    month: int = attrs.field(
        validator=attrs.validators.and_(attrs.validators.ge(1), attrs.validators.le(12))
    )
    day: int = attrs.field(validator=_check_day)
    year: int | None = None

    def on(self, year: int) -> dt.date | None:
        """The date in *year* (``None`` for Feb. 29 in common years or another year than *year*).

        Examples:
            >>> FixedDate(month=2, day=29).on(2025) is None
            True
        """
        if self.year is not None and year != self.year:
            return None
        try:
            return dt.date(year, self.month, self.day)
        except ValueError:
            return None


@final
@attrs.frozen(kw_only=True)
class NthWeekday:
    """The *n*-th *weekday* (0 = Monday) of *month*; ``n=-1`` is the last one.

    ``after_day`` shifts the count to start after that day of the month (US Election Day is the
    Tuesday after the first Monday: the first Tuesday after Nov. 1).

    Examples:
        >>> NthWeekday(month=11, weekday=3, n=4).on(2025)  # Thanksgiving
        datetime.date(2025, 11, 27)
        >>> NthWeekday(month=5, weekday=0, n=-1).on(2026)  # Memorial Day
        datetime.date(2026, 5, 25)
    """

    month: int = attrs.field(
        validator=attrs.validators.and_(attrs.validators.ge(1), attrs.validators.le(12))
    )
    weekday: int = attrs.field(
        validator=attrs.validators.and_(attrs.validators.ge(0), attrs.validators.le(6))
    )
    n: int = attrs.field(validator=attrs.validators.in_((-1, 1, 2, 3, 4, 5)))
    after_day: int = 0

    def on(self, year: int) -> dt.date | None:
        """The date in *year*, or ``None`` when the month has no such day (a fifth Monday).

        Examples:
            >>> NthWeekday(month=11, weekday=1, n=1, after_day=1).on(2024)  # Election Day
            datetime.date(2024, 11, 5)
        """
        if self.n == -1:
            nxt = dt.date(year + (self.month == 12), self.month % 12 + 1, 1)
            last = nxt - dt.timedelta(days=1)
            return last - dt.timedelta(days=(last.weekday() - self.weekday) % 7)
        first = dt.date(year, self.month, 1 + self.after_day)
        d = first + dt.timedelta(days=(self.weekday - first.weekday()) % 7 + 7 * (self.n - 1))
        return d if d.month == self.month else None


@final
@attrs.frozen(kw_only=True)
class EasterOffset:
    """*days* after (negative: before) Western Easter Sunday.

    Examples:
        >>> EasterOffset(days=-2).on(2026)  # Good Friday
        datetime.date(2026, 4, 3)
    """

    days: int = 0

    def on(self, year: int) -> dt.date | None:
        """The date in *year*.

        Examples:
            >>> EasterOffset().on(1998)
            datetime.date(1998, 4, 12)
        """
        if not 1583 <= year <= 9999:
            return None
        return easter(year) + dt.timedelta(days=self.days)


def _freeze_table(
    value: Mapping[int, tuple[int, int]] | Iterable[tuple[int, tuple[int, int]]],
) -> tuple[tuple[int, tuple[int, int]], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    return tuple(sorted((int(y), (int(md[0]), int(md[1]))) for y, md in items))


@final
@attrs.frozen(kw_only=True)
class DateTable:
    """Explicit dates by year, for days no simple rule gives (lunisolar calendars).

    Examples:
        >>> DateTable(dates={2026: (2, 17)}).on(2026)
        datetime.date(2026, 2, 17)
        >>> DateTable(dates={2026: (2, 17)}).on(2027) is None
        True
    """

    dates: tuple[tuple[int, tuple[int, int]], ...] = attrs.field(converter=_freeze_table)

    def on(self, year: int) -> dt.date | None:
        """The date in *year*, or ``None`` when the table has no entry for it.

        Examples:
            >>> DEFAULT_HOLIDAYS.lookup("Lunar New Year").rule.on(2025)
            datetime.date(2025, 1, 29)
        """
        for y, (m, d) in self.dates:
            if y == year:
                return dt.date(y, m, d)
        return None


def _names(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@final
@attrs.frozen(kw_only=True)
class Holiday:
    """A named day: its canonical *name*, other names (*aliases*) and the *rule* for its date.

    Names match case-insensitively, with straight or curly apostrophes, with or without a
    trailing "Day" where the name has one ("Thanksgiving" / "Thanksgiving Day") and with or without
    the apostrophe-s ("Presidents Day" / "Presidents' Day").

    Examples:
        >>> h = Holiday(name="Victory Day", rule=FixedDate(month=5, day=9))
        >>> h.on(2025), h.names
        (datetime.date(2025, 5, 9), ('Victory Day',))
    """

    name: str
    rule: FixedDate | NthWeekday | EasterOffset | DateTable | HolidayRule
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_names)
    needs_day: bool = attrs.field(default=False)
    """When true the bare name without "Day" is not accepted (e.g. "Labor" alone is no holiday)."""

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name and the aliases.

        Examples:
            >>> DEFAULT_HOLIDAYS.lookup("Easter").names
            ('Easter Sunday', 'Easter')
        """
        return (self.name, *self.aliases)

    def on(self, year: int) -> dt.date | None:
        """The date in *year* (``None`` when the rule gives none).

        Examples:
            >>> DEFAULT_HOLIDAYS.lookup("Christmas").on(2026)
            datetime.date(2026, 12, 25)
        """
        return self.rule.on(year)


def _key(name: str) -> str:
    # A loose key: no case, apostrophes, dots, hyphens, leading "the" or plural/possessive "s".
    s = name.casefold().replace("\u2019", "").replace("'", "").replace(".", "")
    words = [w[:-1] if w.endswith("s") and len(w) > 3 else w for w in rx.split(r"[\s-]+", s)]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(w for w in words if w)


def _variants(h: Holiday) -> Iterator[str]:
    for n in h.names:
        k = _key(n)
        yield k
        if k.endswith(" day") and not h.needs_day:
            yield k[: -len(" day")]


def _pattern_for(name: str, *, needs_day: bool) -> str:
    """A regex for one name, tolerant of apostrophes, dots, hyphens and an optional "Day"."""
    out: list[str] = []
    words = rx.split(r"[\s-]+", name.strip())
    for i, w in enumerate(words):
        if i:
            out.append(r"[\s-]{1,2}")
        last = i == len(words) - 1
        if last and w.casefold() == "day" and not needs_day:
            out[-1] = r"(?:[\s-]{1,2}"
            out.append(r"[Dd]ay)?")
            continue
        base = w.replace("\u2019", "'")
        if base.endswith("'s"):
            out.append(regex.escape(base[:-2]) + r"(?:['\u2019]s|s)?")
        elif base.endswith("s'"):
            out.append(regex.escape(base[:-2]) + r"s['\u2019]?")
        else:
            piece = regex.escape(base).replace(r"\.", r"\.?")
            out.append(piece)
    return "".join(out)


def _freeze_holidays(value: Iterable[Holiday]) -> tuple[Holiday, ...]:
    return tuple(value)


@final
@attrs.frozen
class HolidayTable:
    """An immutable table of :class:`Holiday` entries, looked up by any of their names.

    Later entries win when two share a name, so :meth:`extend` can override a default.

    Examples:
        >>> DEFAULT_HOLIDAYS.lookup("New Year's Day").on(2026)
        datetime.date(2026, 1, 1)
        >>> "Christmas" in DEFAULT_HOLIDAYS, "Tuesday" in DEFAULT_HOLIDAYS
        (True, False)
    """

    holidays: tuple[Holiday, ...] = attrs.field(converter=_freeze_holidays)

    def __iter__(self) -> Iterator[Holiday]:
        return iter(self.holidays)

    def __len__(self) -> int:
        return len(self.holidays)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.get(name) is not None

    def extend(self, *holidays: Holiday) -> HolidayTable:
        """A new table with *holidays* added (overriding entries of the same name).

        Examples:
            >>> unity = Holiday(name="Unity Day", rule=FixedDate(month=11, day=4))
            >>> t = DEFAULT_HOLIDAYS.extend(unity)
            >>> t.lookup("Unity Day").on(2025), len(t) == len(DEFAULT_HOLIDAYS) + 1
            (datetime.date(2025, 11, 4), True)
        """
        return HolidayTable((*self.holidays, *holidays))

    def get(self, name: str) -> Holiday | None:
        """The holiday called *name*, or ``None``.

        Examples:
            >>> DEFAULT_HOLIDAYS.get("no such day") is None
            True
        """
        return self._index().get(_key(name))

    def lookup(self, name: str) -> Holiday:
        """The holiday called *name*.

        Raises:
            KeyError: If no holiday has that name.

        Examples:
            >>> DEFAULT_HOLIDAYS.lookup("Fourth of July").on(2026)
            datetime.date(2026, 7, 4)
        """
        h = self.get(name)
        if h is None:
            raise KeyError(f"no holiday called {name!r}; add one with HolidayTable.extend()")
        return h

    def _index(self) -> dict[str, Holiday]:
        return _index_for(self)

    def pattern(self) -> str:
        """A regular expression (``regex`` syntax) matching any name in the table.

        Examples:
            >>> import regex
            >>> bool(regex.fullmatch(DEFAULT_HOLIDAYS.pattern(), "Presidents Day"))
            True
        """
        return _pattern_of(self)


@functools.lru_cache(maxsize=16)
def _index_for(table: HolidayTable) -> dict[str, Holiday]:
    idx: dict[str, Holiday] = {}
    for h in table.holidays:
        for k in _variants(h):
            idx[k] = h
    return idx


@functools.lru_cache(maxsize=16)
def _pattern_of(table: HolidayTable) -> str:
    pats = {_pattern_for(n, needs_day=h.needs_day) for h in table.holidays for n in h.names}
    # Longest first, so "Christmas Eve" wins over "Christmas".
    return "(?:" + "|".join(sorted(pats, key=lambda p: (-len(p), p))) + ")"


_LUNAR_NEW_YEAR = {
    1990: (1, 27),
    1991: (2, 15),
    1992: (2, 4),
    1993: (1, 23),
    1994: (2, 10),
    1995: (1, 31),
    1996: (2, 19),
    1997: (2, 7),
    1998: (1, 28),
    1999: (2, 16),
    2000: (2, 5),
    2001: (1, 24),
    2002: (2, 12),
    2003: (2, 1),
    2004: (1, 22),
    2005: (2, 9),
    2006: (1, 29),
    2007: (2, 18),
    2008: (2, 7),
    2009: (1, 26),
    2010: (2, 14),
    2011: (2, 3),
    2012: (1, 23),
    2013: (2, 10),
    2014: (1, 31),
    2015: (2, 19),
    2016: (2, 8),
    2017: (1, 28),
    2018: (2, 16),
    2019: (2, 5),
    2020: (1, 25),
    2021: (2, 12),
    2022: (2, 1),
    2023: (1, 22),
    2024: (2, 10),
    2025: (1, 29),
    2026: (2, 17),
    2027: (2, 6),
    2028: (1, 26),
    2029: (2, 13),
    2030: (2, 3),
}

DEFAULT_HOLIDAYS = HolidayTable(
    (
        Holiday(name="New Year's Day", rule=FixedDate(month=1, day=1), needs_day=True),
        Holiday(name="New Year's Eve", rule=FixedDate(month=12, day=31)),
        Holiday(name="Christmas Day", rule=FixedDate(month=12, day=25), aliases=("Xmas",)),
        Holiday(name="Christmas Eve", rule=FixedDate(month=12, day=24)),
        Holiday(name="Boxing Day", rule=FixedDate(month=12, day=26), needs_day=True),
        Holiday(
            name="Independence Day",
            rule=FixedDate(month=7, day=4),
            needs_day=True,
            aliases=("Fourth of July", "the Fourth of July", "July Fourth"),
        ),
        Holiday(name="Thanksgiving Day", rule=NthWeekday(month=11, weekday=3, n=4)),
        Holiday(name="Memorial Day", rule=NthWeekday(month=5, weekday=0, n=-1), needs_day=True),
        Holiday(name="Labor Day", rule=NthWeekday(month=9, weekday=0, n=1), needs_day=True),
        Holiday(name="Columbus Day", rule=NthWeekday(month=10, weekday=0, n=2), needs_day=True),
        Holiday(
            name="Martin Luther King Jr. Day",
            rule=NthWeekday(month=1, weekday=0, n=3),
            needs_day=True,
            aliases=("Martin Luther King Day", "MLK Day"),
        ),
        Holiday(
            name="Presidents' Day",
            rule=NthWeekday(month=2, weekday=0, n=3),
            needs_day=True,
            aliases=("Washington's Birthday",),
        ),
        Holiday(
            name="Election Day",
            rule=NthWeekday(month=11, weekday=1, n=1, after_day=1),
            needs_day=True,
        ),
        Holiday(
            name="Veterans Day",
            rule=FixedDate(month=11, day=11),
            needs_day=True,
            aliases=("Armistice Day", "Remembrance Day"),
        ),
        Holiday(name="Juneteenth", rule=FixedDate(month=6, day=19)),
        Holiday(name="Halloween", rule=FixedDate(month=10, day=31)),
        Holiday(name="Valentine's Day", rule=FixedDate(month=2, day=14), needs_day=True),
        Holiday(
            name="St. Patrick's Day",
            rule=FixedDate(month=3, day=17),
            needs_day=True,
            aliases=("Saint Patrick's Day",),
        ),
        Holiday(name="Mother's Day", rule=NthWeekday(month=5, weekday=6, n=2), needs_day=True),
        Holiday(name="Father's Day", rule=NthWeekday(month=6, weekday=6, n=3), needs_day=True),
        Holiday(name="Groundhog Day", rule=FixedDate(month=2, day=2), needs_day=True),
        Holiday(name="Inauguration Day", rule=FixedDate(month=1, day=20), needs_day=True),
        Holiday(name="Easter Sunday", rule=EasterOffset(), aliases=("Easter",)),
        Holiday(name="Good Friday", rule=EasterOffset(days=-2)),
        Holiday(name="Easter Monday", rule=EasterOffset(days=1)),
        Holiday(name="Palm Sunday", rule=EasterOffset(days=-7)),
        Holiday(name="Ash Wednesday", rule=EasterOffset(days=-46)),
        Holiday(name="Pentecost", rule=EasterOffset(days=49), aliases=("Whit Sunday",)),
        Holiday(name="Victory Day", rule=FixedDate(month=5, day=9), needs_day=True),
        Holiday(
            name="V-E Day",
            rule=FixedDate(month=5, day=8),
            needs_day=True,
            aliases=("VE Day", "Victory in Europe Day"),
        ),
        # China's Victory Day over Japan (Sept. 3), "V-Day" in Chinese English-language news.
        Holiday(name="V-Day", rule=FixedDate(month=9, day=3), needs_day=True),
        Holiday(name="D-Day", rule=FixedDate(month=6, day=6, year=1944), needs_day=True),
        Holiday(name="Bastille Day", rule=FixedDate(month=7, day=14), needs_day=True),
        Holiday(name="May Day", rule=FixedDate(month=5, day=1), needs_day=True),
        Holiday(name="International Women's Day", rule=FixedDate(month=3, day=8), needs_day=True),
        Holiday(name="Earth Day", rule=FixedDate(month=4, day=22), needs_day=True),
        Holiday(
            name="Lunar New Year",
            rule=DateTable(dates=_LUNAR_NEW_YEAR),
            aliases=("Chinese New Year", "Spring Festival"),
        ),
    )
)
"""The built-in table: US federal holidays, Christian feasts around Easter, national days common
in world news, Lunar New Year (table for 1990-2030)."""
