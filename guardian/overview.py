"""What the Overview page shows, without Qt: alerts per week, per category and per platform,
and what was scanned (each source's platform, period and what its export type never holds)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .inbox import InboxItem
from .ingest.model import LocalText
from .ingest.registry import by_format_id
from .vault import keys
from .vault.store import Vault


@dataclass(frozen=True)
class WeekCount:
    monday: date
    count: int


def weekly_counts(items: Sequence[InboxItem], weeks: int = 12) -> list[WeekCount]:
    """Alerts per calendar week, the last `weeks` weeks ending with the newest alert's week.

    Anchored on the data, not on today: exports are often weeks old when they are read."""
    days = [item.when.date() for item in items if item.when is not None]
    if not days:
        return []
    last = _monday(max(days))
    counts = Counter(_monday(day) for day in days)
    mondays = [last - timedelta(weeks=i) for i in reversed(range(weeks))]
    return [WeekCount(monday, counts.get(monday, 0)) for monday in mondays]


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def by_category(items: Sequence[InboxItem]) -> list[tuple[str, int]]:
    """Category codes, most frequent first (an alert counts once per category it has)."""
    counts = Counter(c for item in items for c in item.categories)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def by_platform(items: Sequence[InboxItem]) -> list[tuple[str, int]]:
    counts = Counter(item.platform for item in items if item.platform)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


@dataclass(frozen=True)
class ScannedSource:
    sha256: str
    teen_id: str | None
    imported_at: datetime
    complete: bool
    messages: int
    path: str
    platform: str
    format_id: str
    first_at: datetime | None
    last_at: datetime | None

    @property
    def gaps(self) -> tuple[LocalText, ...]:
        """What this export type never contains, in words a parent understands."""
        try:
            return by_format_id(self.format_id).gaps
        except KeyError:
            return ()


def _when(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def scanned_sources(vault: Vault, parent: keys.ParentKey) -> list[ScannedSource]:
    """Every source in the vault, newest import first; a source whose record is damaged is skipped."""
    rows = vault.db.execute(
        "SELECT sha256, teen_id, imported_at, complete, messages FROM sources ORDER BY imported_at DESC"
    ).fetchall()
    found: list[ScannedSource] = []
    for sha, teen_id, imported_at, complete, messages in rows:
        info = vault.source_info(parent, sha)
        if info is None:
            continue
        found.append(ScannedSource(
            sha, teen_id, datetime.fromisoformat(imported_at), bool(complete), int(messages),
            str(info.get("path", "")), str(info.get("platform", "")), str(info.get("format", "")),
            _when(info.get("first_at")), _when(info.get("last_at")),
        ))
    return found


def period(sources: Sequence[ScannedSource]) -> tuple[datetime | None, datetime | None]:
    firsts = [s.first_at for s in sources if s.first_at]
    lasts = [s.last_at for s in sources if s.last_at]
    return (min(firsts) if firsts else None, max(lasts) if lasts else None)
