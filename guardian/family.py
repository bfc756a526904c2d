"""The teens a vault watches over: their profiles (names and chat accounts) and PINs.

Profiles are chat-derived (the handles are how each teen appears in exports), so they are
stored sealed to the parent's public key — written without any secret, read back only with
the unlocked parent key — and held in memory only while the app is unlocked."""

from __future__ import annotations

import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

from . import audit
from .vault import crypto, keys
from .vault.crypto import DecryptionError
from .vault.store import Vault

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
        vault._save_header()  # the vault has no public "save header"; this is its own transaction
        audit.append(db, vault.clock.now(), "parent", "teen_added", teen_id)


def owners(profiles: Sequence[TeenProfile], teen_id: str | None = None) -> list[str]:
    """The accounts to treat as the teen's own in a scan (all teens' when teen_id is None)."""
    return [a for p in profiles if teen_id is None or p.id == teen_id for a in p.accounts]


PIN_MIN_LENGTH = 4


def pin_ok(pin: str) -> bool:
    """A PIN the teen can remember: at least four characters, not all the same."""
    return len(pin) >= PIN_MIN_LENGTH and len(set(pin)) > 1
