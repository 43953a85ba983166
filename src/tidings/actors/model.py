"""The shapes the actor base is made of: actors, their dated roles, sector words, and date periods.

Dates in the tables and in queries are ISO strings at any precision ("2019", "2019-03", "2019-03-20",
"2019-09-10/2019-09-12", "2024-Q1"); each is turned into the interval of days it covers, so a role
"held in 2019" is any role that overlaps that year.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

Period = tuple[date, date]

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


def _bounds(value: str) -> Period | None:
    """The first and last day of one ISO date, month, year or quarter; None if it is none of these."""
    quarter = _QUARTER.match(value)
    if quarter:
        year, q = int(quarter.group(1)), int(quarter.group(2))
        last_month = q * 3
        return date(year, last_month - 2, 1), date(year, last_month, calendar.monthrange(year, last_month)[1])
    m = _DATE.match(value)
    if not m:
        return None
    year = int(m.group(1))
    try:
        if m.group(3):
            day = date(year, int(m.group(2)), int(m.group(3)))
            return day, day
        if m.group(2):
            month = int(m.group(2))
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None


def parse_period(value: str | None) -> Period | None:
    """The days a date value covers ("2019" -> 2019-01-01..2019-12-31); None for None or unreadable values."""
    if not value:
        return None
    value = value.strip()
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = _bounds(first.strip()), _bounds(last.strip())
        if a and b and a[0] <= b[1]:
            return a[0], b[1]
        return a or b
    return _bounds(value)


@dataclass(frozen=True, slots=True)
class Role:
    """An office or code an actor held between two dates (inclusive; None = open on that side)."""

    country: str | None
    sector: str | None
    office: str | None = None
    start: date | None = None
    end: date | None = None

    def overlap(self, period: Period) -> int:
        """Days of `period` during which the role was held (0 if none)."""
        first = max(period[0], self.start) if self.start else period[0]
        last = min(period[1], self.end) if self.end else period[1]
        return max(0, (last - first).days + 1)


@dataclass(slots=True)
class Actor:
    """A person, country, organization or institution with its name variants and dated roles.

    `country`/`sector` are the code outside every role (for a person usually ELI: a former or future
    official is an elite); `kind` is person, country, org or group.
    """

    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    source: str = ""

    def roles_at(self, period: Period) -> list[Role]:
        """The roles held during `period`, longest overlap first (ties keep table order)."""
        scored = [(role.overlap(period), i, role) for i, role in enumerate(self.roles)]
        held = [item for item in scored if item[0] > 0]
        held.sort(key=lambda item: (-item[0], item[1]))
        return [role for _, _, role in held]


@dataclass(frozen=True, slots=True)
class SectorWord:
    """A noun or title that gives an actor its sector ("president" -> GOV, office President).

    `prefix` is True for PETRARCH agents written "NGO~" whose code goes before the country code.
    """

    phrase: str
    sector: str
    kind: str  # office, person, body, counterpart
    offices: tuple[str, ...] = ()
    prefix: bool = False
