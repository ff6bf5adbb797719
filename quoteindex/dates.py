"""Publication dates as the period they name: a day, a month or a year.

A date is exactly as precise as it was written. "14 March 2024" is a day,
"March 2024" a month and "2023" a year; nothing is filled in from the
clock, so an article says the same thing (and keeps its fingerprint)
whatever day it is read, and a filter for "July 2024" means all of July.
A period is kept as ISO 8601 with reduced precision ("2024-03-14",
"2024-03", "2023"), which sorts as text in time order of its first day.
A value without a year ("Tuesday", "March") or that is no date at all
("Spring 2024") is refused rather than guessed.

Both ingest (front matter, JSON records, web pages) and search filters
read dates here, so a date means the same in both.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateutil.parser import parserinfo

# Two days that differ in year, month and day: a field that comes out differently when
# the same value is read against each was not written. Both are leap years, so that
# "29 February" reads (and is then refused for its missing year, not as a bad day).
_PROBES = (datetime(2000, 1, 1), datetime(2004, 12, 28))


class DateError(ValueError):
    """A value that names no period with a year; str() is the reason, such as "names no year"."""


@cache
def _reading() -> parserinfo:
    """dateutil's reading of dates with weekday names skipped: "Tuesday, 14 March 2024"
    is that day, but a weekday alone would make dateutil pick a day near a probe."""
    from dateutil import parser

    class WithoutWeekdays(parser.parserinfo):
        JUMP = parser.parserinfo.JUMP + [name for names in parser.parserinfo.WEEKDAYS for name in names]
        WEEKDAYS: list = []

    return WithoutWeekdays()


def _weekday(value: str) -> bool:
    """Whether the value is only a weekday ("Tuesday", "Tue."): a day with no year, not nonsense."""
    from dateutil import parser

    words = re.findall(r"[^\W\d_]+", value)
    return bool(words) and all(parser.parserinfo().weekday(w) is not None for w in words)


def period(value: str) -> str:
    """The ISO 8601 period a date in any common form names: "2024-03-14", "2024-03" or "2023".

    Numeric dates are read month first ("12/03/2024" is 3 December), as
    dateutil does by default. DateError when the value names no year or is
    not a date.
    """
    from dateutil import parser

    try:
        a, b = (parser.parse(value, _reading(), default=probe) for probe in _PROBES)
    except (ValueError, OverflowError):
        raise DateError("names no year" if _weekday(value) else "is not a date") from None
    if a.year != b.year:
        raise DateError("names no year")
    if a.month != b.month:
        return f"{a.year:04d}"
    if a.day != b.day:
        return f"{a.year:04d}-{a.month:02d}"
    return a.date().isoformat()


def bounds(iso: str) -> tuple[date, date]:
    """The first and last day of an ISO period ("2024-02" -> 1 and 29 February 2024)."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    year, month = parts[0], parts[1] if len(parts) == 2 else None
    first = date(year, month or 1, 1)
    last = date(year, month or 12, calendar.monthrange(year, month or 12)[1])
    return first, last
