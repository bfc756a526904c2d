"""The append-only audit log: who did what and when, never alert content.

Each entry is hash-chained to the previous one, so an edit, a deletion or a reordering
outside the app breaks the chain at a point `verify` names. Parent and teen both see it."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

SCHEMA = """
CREATE TABLE IF NOT EXISTS audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    event TEXT NOT NULL,
    teen_id TEXT,
    detail TEXT NOT NULL,
    prev TEXT NOT NULL,
    hash TEXT NOT NULL
);
"""
GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime
    actor: str  # "parent", "teen:<id>", "scanner", "system"
    event: str  # e.g. "vault_unlocked", "alert_opened", "unlock_failed", "evidence_exported"
    teen_id: str | None
    detail: dict[str, str | int]  # ids and counts only: never chat text


def _digest(prev: str, seq: int, at: str, actor: str, event: str, teen_id: str | None, detail: str) -> str:
    payload = json.dumps([prev, seq, at, actor, event, teen_id, detail], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(
    db: sqlite3.Connection,
    at: datetime,
    actor: str,
    event: str,
    teen_id: str | None = None,
    detail: Mapping[str, str | int] | None = None,
) -> None:
    """Append within the caller's transaction."""
    row = db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
    detail_json = json.dumps(detail or {}, sort_keys=True)
    stamp = at.isoformat()
    digest = _digest(prev, seq, stamp, actor, event, teen_id, detail_json)
    db.execute(
        "INSERT INTO audit (seq, at, actor, event, teen_id, detail, prev, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, stamp, actor, event, teen_id, detail_json, prev, digest),
    )


def entries(db: sqlite3.Connection, teen_id: str | None = None) -> list[AuditEntry]:
    """All entries, or those a given teen may see (their own and the family-wide ones)."""
    rows = db.execute("SELECT seq, at, actor, event, teen_id, detail FROM audit ORDER BY seq").fetchall()
    return [
        AuditEntry(seq, datetime.fromisoformat(at), actor, event, tid, json.loads(detail))
        for seq, at, actor, event, tid, detail in rows
        if teen_id is None or tid in (None, teen_id)
    ]


def verify(db: sqlite3.Connection) -> int | None:
    """The sequence number of the first broken entry, or None when the chain is whole."""
    prev, expected_seq = GENESIS, 1
    for seq, at, actor, event, teen_id, detail, stored_prev, stored_hash in db.execute(
        "SELECT seq, at, actor, event, teen_id, detail, prev, hash FROM audit ORDER BY seq"
    ):
        if seq != expected_seq or stored_prev != prev:
            return int(seq) if seq == expected_seq else expected_seq
        if _digest(prev, seq, at, actor, event, teen_id, detail) != stored_hash:
            return int(seq)
        prev, expected_seq = stored_hash, seq + 1
    return None
