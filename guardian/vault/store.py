"""The encrypted alert vault: stdlib SQLite (WAL, foreign keys) with every chat-derived
value sealed to the parent's public key before it reaches the file.

Plaintext columns hold only what ordering needs and what says nothing about the chats:
ids, times, severity, category codes, review status, counts."""

from __future__ import annotations

import json
import secrets
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from .. import audit
from ..clock import Clock, SystemClock
from . import crypto, keys
from .crypto import DecryptionError, KdfParams
from .secretstore import SecretStore, SecretStoreUnavailable

SCHEMA_VERSION = 1
DB_NAME = "vault.sqlite3"
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    sha256 TEXT PRIMARY KEY,
    teen_id TEXT,
    imported_at TEXT NOT NULL,
    messages INTEGER NOT NULL DEFAULT 0,
    complete INTEGER NOT NULL DEFAULT 0,
    sealed BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS alerts (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL REFERENCES sources(sha256) ON DELETE CASCADE,
    teen_id TEXT,
    stored_at TEXT NOT NULL,
    triggered_at TEXT,
    severity INTEGER NOT NULL,
    categories TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'new',
    sealed BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS alerts_by_time ON alerts (triggered_at);
""" + audit.SCHEMA
# Added after schema 1 (additive): created on first use in older vaults too.
MARKS_SCHEMA = """
CREATE TABLE IF NOT EXISTS conversation_marks (
    key TEXT PRIMARY KEY,  -- opaque id of the teen, platform and conversation
    messages INTEGER NOT NULL,
    digest TEXT NOT NULL,  -- keyed digest of the messages detected (see guardian.incremental)
    scanned_at TEXT NOT NULL
)"""

SEVERITY = {"low": 1, "medium": 2, "high": 3}
STATUSES = ("new", "reviewed", "not_a_concern")
# Wrong passphrases: no delay for the first attempts, then doubling up to five minutes.
FREE_ATTEMPTS = 3
MAX_DELAY = timedelta(minutes=5)


class VaultError(Exception):
    """A vault problem to show the user (never chat content)."""


class VaultMissing(VaultError):
    pass


class WrongSecret(VaultError):
    pass


class TooSoon(VaultError):
    def __init__(self, wait: timedelta) -> None:
        self.wait = wait
        super().__init__(f"too many wrong attempts: try again in {int(wait.total_seconds()) + 1} s")


def aad(table: str, row_id: str) -> bytes:
    """Where a ciphertext belongs; moving it to another row or table makes it fail."""
    return f"guardian/v{SCHEMA_VERSION}/{table}/{row_id}".encode()


@dataclass(frozen=True)
class AlertRow:
    """An alert as the scanner hands it to the vault. `payload` is the whole alert (with
    its evidence and the messages sealed with it) and is only ever stored sealed."""

    id: str
    source: str  # sha256 of the source export
    teen_id: str | None
    triggered_at: datetime | None
    severity: str
    categories: tuple[str, ...]
    payload: dict[str, Any]


@dataclass(frozen=True)
class StoredAlert:
    id: str
    source: str  # sha256 of the source export (its sealed info: `Vault.source_info`)
    teen_id: str | None
    stored_at: datetime
    triggered_at: datetime | None
    severity: str
    categories: tuple[str, ...]
    status: str
    payload: dict[str, Any] | None  # None when the record is damaged

    @property
    def damaged(self) -> bool:
        return self.payload is None


class Vault:
    """One family's vault in a data dir. Writing needs no secret; reading alerts needs the parent key."""

    def __init__(self, db: sqlite3.Connection, header: keys.Header, clock: Clock) -> None:
        self.db = db
        self.header = header
        self.clock = clock

    # --- opening -----------------------------------------------------------------------

    @staticmethod
    def path(data_dir: Path) -> Path:
        return data_dir / DB_NAME

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(path, isolation_level=None, timeout=30)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA synchronous=FULL")  # an alert acknowledged is an alert on disk
        db.execute("PRAGMA secure_delete=ON")  # deleted ciphertext is overwritten, not left in free pages
        return db

    @classmethod
    def create(
        cls, data_dir: Path, passphrase: str, kdf: KdfParams | None = None, clock: Clock | None = None
    ) -> tuple[Vault, keys.ParentKey, str]:
        """A new vault; returns it, the unlocked parent key and the recovery code (shown once)."""
        path = cls.path(data_dir)
        if path.exists():
            raise VaultError("a vault already exists in this data folder")
        data_dir.mkdir(parents=True, exist_ok=True)
        header, parent, recovery = keys.create_header(passphrase, kdf)
        db = cls._connect(path)
        vault = cls(db, header, clock or SystemClock())
        with vault.transaction():
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    db.execute(statement)
            db.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            vault._save_header()
            audit.append(db, vault.clock.now(), "parent", "vault_created")
        return vault, parent, recovery

    @classmethod
    def open(cls, data_dir: Path, clock: Clock | None = None) -> Vault:
        path = cls.path(data_dir)
        if not path.exists():
            raise VaultMissing("no vault here yet: run `guardian vault init` or the app's first-run wizard")
        db = cls._connect(path)
        row = db.execute("SELECT value FROM meta WHERE key = 'header'").fetchone()
        if row is None:
            raise VaultError("the vault file has no key header")
        try:
            header = keys.Header.from_bytes(row[0])
        except DecryptionError as exc:
            raise VaultError(str(exc)) from exc
        return cls(db, header, clock or SystemClock())

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: an alert is stored whole or not at all."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def _save_header(self) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('header', ?)", (self.header.to_bytes(),))

    def save_header(self) -> None:
        """Persist a header changed in memory (a new teen key); call inside `transaction()`."""
        self._save_header()

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # --- sealing (no secret needed) ----------------------------------------------------

    def seal(self, table: str, row_id: str, value: Any) -> bytes:
        plaintext = json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")
        return crypto.seal(self.header.public_key, plaintext, aad(table, row_id))

    # --- scan state --------------------------------------------------------------------

    def complete_sources(self) -> frozenset[str]:
        """SHA-256 of every source read to its end: a scan skips them."""
        return frozenset(row[0] for row in self.db.execute("SELECT sha256 FROM sources WHERE complete"))

    def begin_source(self, sha256: str, teen_id: str | None, info: dict[str, Any]) -> None:
        """Record a source before its alerts (they reference it); sealed info holds its path and platform."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO sources (sha256, teen_id, imported_at, sealed) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(sha256) DO UPDATE SET sealed = excluded.sealed",
                (sha256, teen_id, self.clock.now().isoformat(), self.seal("sources", sha256, info)),
            )

    def finish_source(self, sha256: str, messages: int, alerts: int) -> None:
        with self.transaction() as db:
            db.execute("UPDATE sources SET complete = 1, messages = ? WHERE sha256 = ?", (messages, sha256))
            detail = {"messages": messages, "alerts": alerts}
            audit.append(db, self.clock.now(), "scanner", "source_scanned", detail=detail)

    def conversation_marks(self) -> dict[str, tuple[int, str]]:
        """Per conversation detected so far: (messages, digest), by the scanner's opaque key."""
        self.db.execute(MARKS_SCHEMA)
        rows = self.db.execute("SELECT key, messages, digest FROM conversation_marks").fetchall()
        return {key: (int(messages), str(digest)) for key, messages, digest in rows}

    def save_conversation_marks(self, marks: Iterable[tuple[str, int, str]]) -> None:
        """Remember (key, messages, digest) for conversations just detected, all at once."""
        now = self.clock.now().isoformat()
        self.db.execute(MARKS_SCHEMA)
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO conversation_marks VALUES (?, ?, ?, ?)",
                ((key, messages, digest, now) for key, messages, digest in marks),
            )

    def store_alert(self, alert: AlertRow) -> bool:
        """Store or refresh one alert atomically; returns True when it is new. Review status is kept."""
        if alert.severity not in SEVERITY:
            raise ValueError(f"unknown severity {alert.severity!r}")
        with self.transaction() as db:
            exists = db.execute("SELECT 1 FROM alerts WHERE id = ?", (alert.id,)).fetchone() is not None
            db.execute(
                "INSERT INTO alerts (id, source, teen_id, stored_at, triggered_at, severity, categories, sealed) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                "triggered_at = excluded.triggered_at, severity = excluded.severity, "
                "categories = excluded.categories, sealed = excluded.sealed",
                (
                    alert.id, alert.source, alert.teen_id, self.clock.now().isoformat(),
                    alert.triggered_at.isoformat() if alert.triggered_at else None,
                    SEVERITY[alert.severity], ",".join(alert.categories),
                    self.seal("alerts", alert.id, alert.payload),
                ),
            )
        return not exists

    def alert_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM alerts").fetchone()[0])

    # --- unlocking ---------------------------------------------------------------------

    def unlock(self, passphrase: str) -> keys.ParentKey:
        """The parent key, or WrongSecret / TooSoon. Failures are counted across restarts and logged."""
        self._check_delay()
        try:
            parent = keys.unlock_with_passphrase(self.header, passphrase)
        except DecryptionError:
            self._failed_unlock()
            raise WrongSecret("wrong passphrase") from None
        with self.transaction() as db:
            self._set_meta("failed_unlocks", "0")
            audit.append(db, self.clock.now(), "parent", "vault_unlocked")
        return parent

    def _check_delay(self) -> None:
        until = self._meta("locked_until")
        if until:
            wait = datetime.fromisoformat(until) - self.clock.now()
            if wait > timedelta(0):
                raise TooSoon(wait)

    def _failed_unlock(self) -> None:
        failures = int(self._meta("failed_unlocks") or 0) + 1
        delay = timedelta(0)
        if failures > FREE_ATTEMPTS:
            delay = min(timedelta(seconds=2 ** (failures - FREE_ATTEMPTS)), MAX_DELAY)
        with self.transaction() as db:
            self._set_meta("failed_unlocks", str(failures))
            self._set_meta("locked_until", (self.clock.now() + delay).isoformat())
            audit.append(db, self.clock.now(), "system", "unlock_failed", detail={"attempt": failures})

    def reset_passphrase(self, recovery_code: str, new_passphrase: str) -> keys.ParentKey:
        self._check_delay()
        try:
            parent = keys.unlock_with_recovery(self.header, recovery_code)
        except DecryptionError:
            self._failed_unlock()
            raise WrongSecret("wrong recovery code") from None
        self.change_passphrase(parent, new_passphrase, event="passphrase_reset")
        return parent

    def change_passphrase(self, parent: keys.ParentKey, new_passphrase: str, event: str = "passphrase_changed") -> None:
        keys.set_passphrase(self.header, parent, new_passphrase)
        with self.transaction() as db:
            self._save_header()
            self._set_meta("failed_unlocks", "0")
            audit.append(db, self.clock.now(), "parent", event)

    # --- "remember on this computer account" (the OS key store) ------------------------

    def remember(self, parent: keys.ParentKey, store: SecretStore) -> None:
        """Keep a key in the OS key store that opens this vault without the passphrase, for this
        computer account only. SecretStoreUnavailable when the store refuses."""
        account = self.header.keystore_account or f"vault-{secrets.token_hex(8)}"
        kept = (self.header.keystore_account, self.header.keystore_box)
        try:
            store.set(account, keys.remember(self.header, parent, account))
        except SecretStoreUnavailable:
            # The wrapping went into the header first: undo it, or a later header save would
            # persist a wrapped key that no store holds.
            self.header.keystore_account, self.header.keystore_box = kept
            raise
        with self.transaction() as db:
            self._save_header()
            audit.append(db, self.clock.now(), "parent", "remembered_on_account")

    def forget(self, store: SecretStore | None) -> None:
        """Stop remembering: drop the wrapped copy here and the key in the OS store."""
        if self.header.keystore_account and store is not None:
            store.delete(self.header.keystore_account)
        keys.forget(self.header)
        with self.transaction() as db:
            self._save_header()
            audit.append(db, self.clock.now(), "parent", "forgotten_on_account")

    @property
    def remembered(self) -> bool:
        return self.header.keystore_box is not None

    def unlock_remembered(self, store: SecretStore) -> keys.ParentKey | None:
        """The parent key from the OS key store, or None (not remembered, key gone, store locked)."""
        if not self.header.keystore_account:
            return None
        try:
            key = store.get(self.header.keystore_account)
        except (SecretStoreUnavailable, ValueError):  # locked, or a damaged (non-hex) entry
            return None
        if key is None:
            return None
        try:
            parent = keys.unlock_with_keystore_key(self.header, key)
        except (DecryptionError, ValueError):  # ValueError: a key of the wrong length
            return None
        with self.transaction() as db:
            audit.append(db, self.clock.now(), "parent", "vault_unlocked", detail={"with": "keystore"})
        return parent

    def rotate_keys(self, parent: keys.ParentKey, passphrase: str) -> tuple[keys.ParentKey, str]:
        """Replace the parent key pair and re-seal every stored row to the new one, in one
        transaction. Needs the passphrase (the new key is wrapped by it) and returns the new
        key and a new recovery code to show once. A damaged row stays as it is (still damaged).
        Values sealed outside the vault file (teen profiles in settings) must be re-sealed by
        their owner with the returned key."""
        try:
            keys.unlock_with_passphrase(self.header, passphrase)
        except DecryptionError:
            self._failed_unlock()
            raise WrongSecret("wrong passphrase") from None
        header, new_parent, recovery = keys.rotated_header(self.header, parent, passphrase)
        with self.transaction() as db:
            for table, key in (("alerts", "id"), ("sources", "sha256")):
                for row_id, sealed in db.execute(f"SELECT {key}, sealed FROM {table}").fetchall():
                    try:
                        plaintext = crypto.unseal(parent.private, sealed, aad(table, row_id))
                    except DecryptionError:
                        continue
                    resealed = crypto.seal(header.public_key, plaintext, aad(table, row_id))
                    db.execute(f"UPDATE {table} SET sealed = ? WHERE {key} = ?", (resealed, row_id))
            self.header = header
            self._save_header()
            audit.append(db, self.clock.now(), "parent", "keys_rotated")
        return new_parent, recovery

    # --- reading (parent key needed) ---------------------------------------------------

    def _unseal(self, parent: keys.ParentKey, table: str, row_id: str, blob: bytes) -> Any | None:
        try:
            return json.loads(crypto.unseal(parent.private, blob, aad(table, row_id)))
        except (DecryptionError, ValueError):
            return None

    def alerts(self, parent: keys.ParentKey, teen_id: str | None = None) -> list[StoredAlert]:
        """Every alert, newest first; a damaged record is returned with payload None, not raised."""
        query = "SELECT id, source, teen_id, stored_at, triggered_at, severity, categories, status, sealed FROM alerts"
        params: tuple[str, ...] = ()
        if teen_id is not None:
            query += " WHERE teen_id = ?"
            params = (teen_id,)
        names = {v: k for k, v in SEVERITY.items()}
        rows = self.db.execute(query + " ORDER BY triggered_at DESC, id", params).fetchall()
        return [
            StoredAlert(
                aid, source, tid, datetime.fromisoformat(stored), datetime.fromisoformat(trig) if trig else None,
                names.get(sev, "low"), tuple(filter(None, cats.split(","))), status,
                self._unseal(parent, "alerts", aid, sealed),
            )
            for aid, source, tid, stored, trig, sev, cats, status, sealed in rows
        ]

    def source_info(self, parent: keys.ParentKey, sha256: str) -> dict[str, Any] | None:
        """A source's sealed info (path, platform, format, first_at/last_at...); None when missing or damaged."""
        row = self.db.execute("SELECT sealed FROM sources WHERE sha256 = ?", (sha256,)).fetchone()
        info = None if row is None else self._unseal(parent, "sources", sha256, row[0])
        return info if isinstance(info, dict) else None

    def open_alert(self, parent: keys.ParentKey, alert_id: str) -> StoredAlert | None:
        """One alert, and a line in the log the teen sees."""
        found = [a for a in self.alerts(parent) if a.id == alert_id]
        if not found:
            return None
        with self.transaction() as db:
            audit.append(db, self.clock.now(), "parent", "alert_opened", found[0].teen_id, {"alert": alert_id})
        return found[0]

    def set_status(self, alert_id: str, status: str) -> None:
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        with self.transaction() as db:
            db.execute("UPDATE alerts SET status = ? WHERE id = ?", (status, alert_id))
            audit.append(db, self.clock.now(), "parent", "alert_status", detail={"alert": alert_id, "status": status})

    # --- retention and integrity -------------------------------------------------------

    def apply_retention(self, days: int) -> int:
        """Delete alerts stored more than `days` ago, then compact so their ciphertext is gone."""
        cutoff = (self.clock.now() - timedelta(days=days)).isoformat()
        with self.transaction() as db:
            deleted = db.execute("DELETE FROM alerts WHERE stored_at < ?", (cutoff,)).rowcount
            if deleted:
                audit.append(db, self.clock.now(), "system", "retention", detail={"deleted": deleted})
        if deleted:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.db.execute("VACUUM")
        return int(deleted)
