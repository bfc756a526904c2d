"""What detection produces: alerts about one contact in one conversation, with evidence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ..ingest.model import LocalText


class Severity(StrEnum):
    LOW = "low"  # shown on demand
    MEDIUM = "medium"  # goes to the inbox
    HIGH = "high"  # notifies the parent

    @property
    def rank(self) -> int:
        return _RANKS[self]


_RANKS = {Severity.LOW: 1, Severity.MEDIUM: 2, Severity.HIGH: 3}

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Evidence:
    """One message that matched, with the matched spans in its ORIGINAL text."""

    platform: str
    conversation_id: str
    position: int
    sent_at: datetime | None
    sender: str
    from_owner: bool
    text: str
    spans: tuple[Span, ...]
    rules: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "sent_at": self.sent_at.isoformat() if self.sent_at else None,
            "sender": self.sender,
            "text": self.text,
            "spans": [list(span) for span in self.spans],
            "rules": list(self.rules),
        }


@dataclass(frozen=True, slots=True)
class Link:
    """The same person met elsewhere: a handle announced in one conversation is a contact in another."""

    handle: str
    platform: str
    conversation_id: str
    contact: str


@dataclass(frozen=True, slots=True)
class Alert:
    id: str
    severity: Severity
    score: float
    categories: tuple[str, ...]
    stages: tuple[str, ...]
    contact: str
    platform: str
    conversation_id: str
    conversation_title: str
    # The message at which the contact first reached this alert's level (medium for high alerts).
    triggered_at: datetime | None
    first_at: datetime | None
    last_at: datetime | None
    evidence: tuple[Evidence, ...]
    explanation: LocalText
    links: tuple[Link, ...] = ()
    # Message.position of the triggering message (evaluation measures latency with it).
    triggered_position: int = 0

    def to_json(self) -> dict[str, object]:
        """The `guardian scan --json` contract."""
        return {
            "id": self.id,
            "severity": self.severity.value,
            "score": round(self.score, 2),
            "categories": list(self.categories),
            "platform": self.platform,
            "conversation": self.conversation_id,
            "title": self.conversation_title,
            "contact": self.contact,
            "triggered_at": _iso(self.triggered_at),
            "first_at": _iso(self.first_at),
            "last_at": _iso(self.last_at),
            "explanation": {"fr": self.explanation.fr, "en": self.explanation.en},
            "evidence": [e.to_json() for e in self.evidence],
        }


def _iso(at: datetime | None) -> str | None:
    return at.isoformat() if at else None
