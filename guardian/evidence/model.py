"""The evidence dossier: what a parent hands to the police or a platform about one alert.

Everything a reader needs to check it stands on its own: the source export's fingerprint,
the contact's identifiers as the export gives them, every message kept (times as written,
in UTC and in local time, and the rules that fired on it), and a fingerprint of the dossier
itself. Media is described only (name, size, hash as listed in the export), never included."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import Any

from ..ingest.model import Attachment, LocalText

FORMAT = "guardian-dossier"
FORMAT_VERSION = 1
HASH_FIELD = "dossier_sha256"
# Written into every dossier so a reader can recompute the fingerprint without our code.
HASH_METHOD = (
    f"SHA-256 of the UTF-8 bytes of this JSON document without the '{HASH_FIELD}' field, serialised with "
    "keys sorted, no whitespace (separators ',' and ':') and non-ASCII characters written as they are"
)
LANGUAGES = ("fr", "en")
SCOPES = ("conversation", "window")  # the whole conversation, or the agreed window around flagged messages


class EvidenceError(Exception):
    """A dossier problem to show the parent (never chat content). `str()` is the English;
    `text` carries both languages for the app (English only when raised with a plain string)."""

    def __init__(self, reason: str | LocalText) -> None:
        self.text = reason if isinstance(reason, LocalText) else LocalText(en=reason, fr=reason)
        super().__init__(self.text.en)


def canonical_json(content: Mapping[str, Any]) -> bytes:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def content_sha256(document: Mapping[str, Any]) -> str:
    """The dossier fingerprint of a JSON document, as HASH_METHOD defines it (the hash field is ignored)."""
    return hashlib.sha256(canonical_json({k: v for k, v in document.items() if k != HASH_FIELD})).hexdigest()


def _iso(at: datetime | None) -> str | None:
    return at.isoformat() if at else None


@dataclass(frozen=True)
class MessageTime:
    raw: str | None  # exactly as the export writes it
    utc: datetime | None
    local: datetime | None  # in the dossier's time zone
    # True when the export states the instant; False when it gives a wall-clock reading only,
    # which the dossier reads in its own time zone to compute UTC.
    stated: bool

    def to_json(self) -> dict[str, Any]:
        return {"raw": self.raw, "utc": _iso(self.utc), "local": _iso(self.local), "stated": self.stated}


@dataclass(frozen=True)
class DossierMessage:
    position: int  # in the source export
    sender: str
    sender_id: str | None
    from_owner: bool  # written by the teen
    kind: str  # text, media or system
    text: str
    time: MessageTime
    attachments: tuple[Attachment, ...]
    rules: tuple[str, ...]  # the detection rules that fired on it

    def to_json(self) -> dict[str, Any]:
        return {
            "position": self.position, "sender": self.sender, "sender_id": self.sender_id,
            "from_owner": self.from_owner, "kind": self.kind, "text": self.text, "time": self.time.to_json(),
            "attachments": [
                {"name": a.name, "size": a.size, "sha256": a.sha256, "mime": a.mime} for a in self.attachments
            ],
            "rules": list(self.rules),
        }


@dataclass(frozen=True)
class SourceFacts:
    file_name: str
    platform: str
    format: str
    sha256: str  # of the export as read (the file's bytes for a file or a zip)
    first_at: str | None  # the export's first and last message times, as stored at scan time
    last_at: str | None
    file_modified_at: datetime | None  # when the export file is still where it was scanned

    def to_json(self) -> dict[str, Any]:
        return {
            "file_name": self.file_name, "platform": self.platform, "format": self.format, "sha256": self.sha256,
            "first_at": self.first_at, "last_at": self.last_at, "file_modified_at": _iso(self.file_modified_at),
        }


@dataclass(frozen=True)
class OtherHandle:
    """The same person met elsewhere: a handle announced in one conversation is a contact in another."""

    handle: str
    platform: str
    contact: str


@dataclass(frozen=True)
class ContactFacts:
    name: str  # the sender name or handle the export writes
    sender_ids: tuple[str, ...]  # the ids the export gives next to that name
    conversation_title: str
    other_handles: tuple[OtherHandle, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name, "sender_ids": list(self.sender_ids), "conversation_title": self.conversation_title,
            "other_handles": [{"handle": h.handle, "platform": h.platform, "contact": h.contact}
                              for h in self.other_handles],
        }


@dataclass(frozen=True)
class Category:
    code: str
    label: str  # in the dossier's language


@dataclass(frozen=True)
class AlertFacts:
    id: str
    severity: str
    score: float
    categories: tuple[Category, ...]
    stages: tuple[str, ...]
    triggered_at: str | None  # as the alert states it (wall-clock when the export has no zone)
    first_at: str | None
    last_at: str | None
    explanation: str  # in the dossier's language

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "severity": self.severity, "score": self.score,
            "categories": [{"code": c.code, "label": c.label} for c in self.categories],
            "stages": list(self.stages), "triggered_at": self.triggered_at, "first_at": self.first_at,
            "last_at": self.last_at, "explanation": self.explanation,
        }


@dataclass(frozen=True)
class Dossier:
    language: str  # fr or en: the summary, notes, labels and explanation are in it
    scope: str  # one of SCOPES
    created_at: datetime
    app_version: str
    timezone: str  # the zone of every `local` time
    alert: AlertFacts
    source: SourceFacts
    contact: ContactFacts
    messages: tuple[DossierMessage, ...]
    summary: str
    notes: tuple[str, ...]

    def content(self) -> dict[str, Any]:
        """The JSON document without its fingerprint."""
        return {
            "format": FORMAT, "format_version": FORMAT_VERSION, "hash_method": HASH_METHOD,
            "language": self.language, "scope": self.scope, "created_at": self.created_at.isoformat(),
            "app_version": self.app_version, "timezone": self.timezone, "summary": self.summary,
            "notes": list(self.notes), "alert": self.alert.to_json(), "source": self.source.to_json(),
            "contact": self.contact.to_json(), "messages": [m.to_json() for m in self.messages],
        }

    @cached_property
    def sha256(self) -> str:
        return content_sha256(self.content())

    def to_json(self) -> dict[str, Any]:
        return {**self.content(), HASH_FIELD: self.sha256}
