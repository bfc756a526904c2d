"""Timestamps as exports write them. Instants become aware datetimes; wall-clock
strings stay naive (the source states no zone and we never invent one)."""

from __future__ import annotations

from datetime import UTC, datetime


def wall_clock(at: datetime) -> datetime:
    """The reading of `at` on its own clock, naive: how aware and naive times compare. (Built
    by combine: `at.replace(tzinfo=None)` gives the same, four times slower, per message.)"""
    return at if at.tzinfo is None else datetime.combine(at.date(), at.time())


def from_epoch(seconds: float) -> datetime | None:
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def from_epoch_ms(milliseconds: float) -> datetime | None:
    return from_epoch(milliseconds / 1000)


def from_iso(text: str) -> datetime | None:
    """ISO 8601 as written; aware only if the string has an offset or Z."""
    try:
        return datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
