"""The teens a vault watches over: their profiles (names and chat accounts) and PINs.

Profiles are chat-derived (the handles are how each teen appears in exports), so they are
stored sealed to the parent's public key — written without any secret, read back only with
the unlocked parent key — and held in memory only while the app is unlocked."""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from . import audit
from .agreement import Agreement, new_agreement
from .agreement_store import AgreementStore, Session, parent_session, teen_session
from .ingest import ImportRun
from .ingest.base import fold_name
from .vault import crypto, keys
from .vault.crypto import DecryptionError
from .vault.store import FREE_ATTEMPTS, MAX_DELAY, TooSoon, Vault, WrongSecret

PROFILES_AAD = b"guardian/settings/v1/profiles"


@dataclass(frozen=True)
class TeenProfile:
    id: str
    name: str
    accounts: tuple[str, ...] = ()  # handles and display names: the scan's owners

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "accounts": list(self.accounts)}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> TeenProfile:
        accounts = data.get("accounts", [])
        if not isinstance(accounts, list):
            raise ValueError("accounts must be a list")
        return cls(str(data["id"]), str(data["name"]), tuple(str(a) for a in accounts))


def new_teen_id() -> str:
    return "teen-" + secrets.token_hex(4)


def clean_accounts(text: str) -> tuple[str, ...]:
    """Accounts typed one per line or comma-separated; a leading @ is how people write handles."""
    seen: dict[str, None] = {}
    for part in text.replace(",", "\n").splitlines():
        name = part.strip()
        if name.startswith("@"):
            name = name[1:].strip()
        if name:
            seen.setdefault(name, None)
    return tuple(seen)


def seal_profiles(public_key: bytes, profiles: Sequence[TeenProfile]) -> str:
    plaintext = json.dumps([p.to_json() for p in profiles], ensure_ascii=False, sort_keys=True).encode("utf-8")
    return crypto.seal(public_key, plaintext, PROFILES_AAD).hex()


def open_profiles(parent: keys.ParentKey, sealed: str | None) -> list[TeenProfile]:
    """The profiles, or [] when there are none; DecryptionError when the blob is not ours."""
    if not sealed:
        return []
    try:
        data = json.loads(crypto.unseal(parent.private, bytes.fromhex(sealed), PROFILES_AAD))
        return [TeenProfile.from_json(item) for item in data]
    except (ValueError, KeyError, TypeError) as exc:
        raise DecryptionError("the teen profiles are damaged") from exc


def add_teen(vault: Vault, teen_id: str, pin: str) -> None:
    """Give a teen a PIN-wrapped key and persist the header; logged so the teen sees it."""
    keys.add_teen(vault.header, teen_id, pin)
    with vault.transaction() as db:
        vault.save_header()
        audit.append(db, vault.clock.now(), "parent", "teen_added", teen_id)


def owners(profiles: Sequence[TeenProfile], teen_id: str | None = None) -> list[str]:
    """The accounts to treat as the teen's own in a scan (all teens' when teen_id is None)."""
    return [a for p in profiles if teen_id is None or p.id == teen_id for a in p.accounts]


PIN_MIN_LENGTH = 4


def pin_ok(pin: str) -> bool:
    """A PIN the teen can remember: at least four characters, not all the same."""
    return len(pin) >= PIN_MIN_LENGTH and len(set(pin)) > 1


def sign_first_agreement(vault: Vault, parent: keys.ParentKey, teen_id: str, pin: str, birth_month: str) -> Agreement:
    """Version 1 of the teen's agreement, the suggested one read together, signed by both."""
    agreement = new_agreement(teen_id, birth_month)
    AgreementStore(vault).create(agreement, parent_session(vault, parent, teen_id), teen_signs_in(vault, teen_id, pin))
    return agreement


# --- the teen's PIN: the same growing delay as the parent's passphrase -----------------------------

PIN_ATTEMPTS_SCHEMA = """CREATE TABLE IF NOT EXISTS pin_attempts (
    teen_id TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    locked_until TEXT NOT NULL
)"""


def teen_signs_in(vault: Vault, teen_id: str, pin: str) -> Session:
    """The teen's agreement session from their PIN. Like the passphrase, wrong PINs are
    counted per teen across restarts, logged, and delayed: WrongSecret, then TooSoon."""
    vault.db.execute(PIN_ATTEMPTS_SCHEMA)
    found = vault.db.execute("SELECT failures, locked_until FROM pin_attempts WHERE teen_id = ?", (teen_id,))
    failures, locked_until = found.fetchone() or (0, None)
    if locked_until is not None:
        wait = datetime.fromisoformat(locked_until) - vault.clock.now()
        if wait > timedelta(0):
            raise TooSoon(wait)
    try:
        session = teen_session(vault, teen_id, pin)
    except DecryptionError:
        _pin_failed(vault, teen_id, failures + 1)
        raise WrongSecret("wrong PIN") from None
    if failures:
        with vault.transaction() as db:
            db.execute("DELETE FROM pin_attempts WHERE teen_id = ?", (teen_id,))
    return session


def pin_delay(failures: int) -> timedelta:
    """No delay for the first attempts, then doubling up to the vault's maximum."""
    if failures <= FREE_ATTEMPTS:
        return timedelta(0)
    return min(timedelta(seconds=2 ** (failures - FREE_ATTEMPTS)), MAX_DELAY)


def _pin_failed(vault: Vault, teen_id: str, failures: int) -> None:
    now = vault.clock.now()
    with vault.transaction() as db:
        db.execute("INSERT OR REPLACE INTO pin_attempts VALUES (?, ?, ?)",
                   (teen_id, failures, (now + pin_delay(failures)).isoformat()))
        audit.append(db, now, "system", "pin_failed", teen_id, {"attempt": failures})


def recognise_teen(paths: Sequence[Path], accounts: Mapping[str, Sequence[str]]) -> str | None:
    """Which teen an export belongs to, when a family has several: the teen whose registered
    accounts (handles, display names) the export names as its owner. Reads only until the
    first message marked as the owner's; None when no registered name matches."""
    owners = {fold_name(name): teen_id for teen_id, names in accounts.items() for name in names if name.strip()}
    run = ImportRun(paths, list({name for names in accounts.values() for name in names}))
    with closing(run.messages()) as messages:  # stop reading (and close the export) at the answer
        for _source, message in messages:
            if not message.from_owner:
                continue
            for name in (message.sender, message.sender_id):
                if name and (teen_id := owners.get(fold_name(name))) is not None:
                    return teen_id
    return None
