"""The vault's key hierarchy.

    parent X25519 key pair ── public half: in the header, used by scans to seal alerts
        private half wrapped by: Argon2id(passphrase) · Argon2id(recovery code) · [OS key store key]
    per-teen key (the teen's agreement and view) wrapped by: Argon2id(teen PIN) · sealed to the parent

A teen's PIN unwraps only that teen's key, which never encrypts alert content: alerts are
sealed to the parent's public key, so the PIN cannot read them by construction.
Changing the passphrase rewraps one key; no row is re-encrypted.

Signing keys (Ed25519, for the family agreement) are derived, never stored:
    parent: HKDF(parent private key)        teen: HKDF(Argon2id(teen PIN))
The teen's comes from the PIN, not from the teen key, because the parent can unseal the teen
key: a co-signature must prove the teen typed their PIN. Only the public halves are kept, in
the header (`verify_keys`), so the scanner can check signatures without any secret.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from . import crypto
from .crypto import DecryptionError, KdfParams

HEADER_FORMAT = 1
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed by a parent
RECOVERY_GROUPS = 6


def new_recovery_code() -> str:
    groups = ("".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(4)) for _ in range(RECOVERY_GROUPS))
    return "-".join(groups)


def canonical_recovery_code(code: str) -> str:
    letters = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(letters[i : i + 4] for i in range(0, len(letters), 4))


def _wrap_aad(purpose: str) -> bytes:
    return f"guardian/header/v{HEADER_FORMAT}/{purpose}".encode()


@dataclass
class Wrapped:
    """A key encrypted under a key derived from something a person knows."""

    kdf: KdfParams
    box: bytes

    @classmethod
    def make(cls, secret: str, key: bytes, purpose: str, kdf: KdfParams) -> Wrapped:
        return cls(kdf, crypto.encrypt(kdf.derive(secret), key, _wrap_aad(purpose)))

    def open(self, secret: str, purpose: str) -> bytes:
        return crypto.decrypt(self.kdf.derive(secret), self.box, _wrap_aad(purpose))

    def to_json(self) -> dict[str, object]:
        return {"kdf": self.kdf.to_json(), "box": self.box.hex()}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Wrapped:
        kdf = data.get("kdf")
        box = data.get("box")
        if not isinstance(kdf, dict) or not isinstance(box, str):
            raise DecryptionError("wrapped key is malformed")
        return cls(KdfParams.from_json(kdf), bytes.fromhex(box))


@dataclass
class Header:
    public_key: bytes
    passphrase: Wrapped
    recovery: Wrapped
    keystore_account: str | None = None
    keystore_box: bytes | None = None
    teens: dict[str, Wrapped] = field(default_factory=dict)  # teen id -> teen key wrapped by the PIN
    teen_keys_for_parent: dict[str, bytes] = field(default_factory=dict)  # teen id -> teen key sealed to parent
    # signer ("parent", "teen:<id>") -> Ed25519 public keys, oldest first (a new PIN adds one)
    verify_keys: dict[str, list[bytes]] = field(default_factory=dict)

    def to_bytes(self) -> bytes:
        return json.dumps(
            {
                "format": HEADER_FORMAT,
                "public_key": self.public_key.hex(),
                "passphrase": self.passphrase.to_json(),
                "recovery": self.recovery.to_json(),
                "keystore": {"account": self.keystore_account, "box": self.keystore_box.hex()}
                if self.keystore_account and self.keystore_box
                else None,
                "teens": {tid: w.to_json() for tid, w in self.teens.items()},
                "teen_keys_for_parent": {tid: b.hex() for tid, b in self.teen_keys_for_parent.items()},
                # Only when present: a header without signing keys stays byte-for-byte what it was.
                **({"verify_keys": {who: [k.hex() for k in found] for who, found in self.verify_keys.items()}}
                   if self.verify_keys else {}),
            },
            sort_keys=True,
        ).encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> Header:
        try:
            data = json.loads(raw)
            if data["format"] != HEADER_FORMAT:
                raise DecryptionError(f"vault header format {data['format']} is not supported")
            keystore = data.get("keystore") or {}
            return cls(
                public_key=bytes.fromhex(data["public_key"]),
                passphrase=Wrapped.from_json(data["passphrase"]),
                recovery=Wrapped.from_json(data["recovery"]),
                keystore_account=keystore.get("account"),
                keystore_box=bytes.fromhex(keystore["box"]) if keystore.get("box") else None,
                teens={tid: Wrapped.from_json(w) for tid, w in data.get("teens", {}).items()},
                teen_keys_for_parent={tid: bytes.fromhex(b) for tid, b in data.get("teen_keys_for_parent", {}).items()},
                verify_keys={
                    who: [bytes.fromhex(k) for k in found] for who, found in data.get("verify_keys", {}).items()
                },
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise DecryptionError("vault header is damaged") from exc


@dataclass
class ParentKey:
    """The unlocked parent secret, held in memory only while the app is unlocked."""

    private: X25519PrivateKey

    @classmethod
    def from_raw(cls, raw: bytes) -> ParentKey:
        try:
            return cls(X25519PrivateKey.from_private_bytes(raw))
        except ValueError:
            raise DecryptionError("parent key is damaged") from None

    @property
    def raw(self) -> bytes:
        return crypto.private_bytes(self.private)

    @property
    def public(self) -> bytes:
        return crypto.public_bytes(self.private.public_key())


def create_header(passphrase: str, kdf: KdfParams | None = None) -> tuple[Header, ParentKey, str]:
    """A new key hierarchy; returns the header, the unlocked key and the recovery code (show it once)."""
    parent = ParentKey(X25519PrivateKey.generate())
    recovery = new_recovery_code()
    header = Header(
        public_key=parent.public,
        passphrase=Wrapped.make(passphrase, parent.raw, "passphrase", kdf or KdfParams.fresh()),
        recovery=Wrapped.make(recovery, parent.raw, "recovery", _same_cost(kdf)),
    )
    return header, parent, recovery


def _same_cost(kdf: KdfParams | None) -> KdfParams:
    return KdfParams.fresh(kdf.memory_kib, kdf.iterations) if kdf else KdfParams.fresh()


def unlock_with_passphrase(header: Header, passphrase: str) -> ParentKey:
    return _checked(header, header.passphrase.open(passphrase, "passphrase"))


def unlock_with_recovery(header: Header, code: str) -> ParentKey:
    return _checked(header, header.recovery.open(canonical_recovery_code(code), "recovery"))


def unlock_with_keystore_key(header: Header, key: bytes) -> ParentKey:
    if header.keystore_box is None:
        raise DecryptionError("this vault is not remembered on this computer account")
    return _checked(header, crypto.decrypt(key, header.keystore_box, _wrap_aad("keystore")))


def _checked(header: Header, raw: bytes) -> ParentKey:
    parent = ParentKey.from_raw(raw)
    if parent.public != header.public_key:
        raise DecryptionError("the vault's public key does not match its private key")
    return parent


def rotated_header(header: Header, parent: ParentKey, passphrase: str) -> tuple[Header, ParentKey, str]:
    """A new parent key pair carrying everything else over: teen keys re-sealed to it, teen PIN
    wrappings kept, every verification key kept (old agreement versions still verify) plus the
    new parent's. The OS key store copy is dropped: remember again if wanted. Returns the new
    header, the new key and a new recovery code (the old one no longer opens anything)."""
    new_header, new_parent, recovery = create_header(passphrase, _same_cost(header.passphrase.kdf))
    new_header.teens = dict(header.teens)
    new_header.teen_keys_for_parent = {
        teen_id: crypto.seal(new_header.public_key, teen_key_for_parent(header, parent, teen_id), teen_aad(teen_id))
        for teen_id in header.teen_keys_for_parent
    }
    new_header.verify_keys = {signer: list(found) for signer, found in header.verify_keys.items()}
    if header.verify_keys.get("parent"):
        register_verify_key(new_header, "parent", verify_key_bytes(parent_signing_key(new_parent)))
    return new_header, new_parent, recovery


def set_passphrase(header: Header, parent: ParentKey, passphrase: str) -> None:
    header.passphrase = Wrapped.make(passphrase, parent.raw, "passphrase", _same_cost(header.passphrase.kdf))


def remember(header: Header, parent: ParentKey, account: str) -> bytes:
    """Wrap the parent key under a fresh random key; the caller puts that key in the OS key store."""
    key = crypto.random_key()
    header.keystore_account = account
    header.keystore_box = crypto.encrypt(key, parent.raw, _wrap_aad("keystore"))
    return key


def forget(header: Header) -> None:
    header.keystore_account = None
    header.keystore_box = None


def teen_aad(teen_id: str) -> bytes:
    return _wrap_aad(f"teen/{teen_id}")


def add_teen(header: Header, teen_id: str, pin: str) -> bytes:
    """A new key for one teen's view, wrapped by the PIN and sealed to the parent."""
    key = crypto.random_key()
    header.teens[teen_id] = Wrapped.make(pin, key, f"teen/{teen_id}", _same_cost(header.passphrase.kdf))
    header.teen_keys_for_parent[teen_id] = crypto.seal(header.public_key, key, teen_aad(teen_id))
    return key


def teen_key_with_pin(header: Header, teen_id: str, pin: str) -> bytes:
    wrapped = header.teens.get(teen_id)
    if wrapped is None:
        raise DecryptionError("no such teen profile")
    return wrapped.open(pin, f"teen/{teen_id}")


def teen_key_for_parent(header: Header, parent: ParentKey, teen_id: str) -> bytes:
    sealed = header.teen_keys_for_parent.get(teen_id)
    if sealed is None:
        raise DecryptionError("no such teen profile")
    return crypto.unseal(parent.private, sealed, teen_aad(teen_id))


def set_teen_pin(header: Header, teen_id: str, teen_key: bytes, pin: str) -> None:
    header.teens[teen_id] = Wrapped.make(pin, teen_key, f"teen/{teen_id}", _same_cost(header.passphrase.kdf))


# --- signing keys (the family agreement) -------------------------------------------------------


def _signing_key(secret: bytes, info: str) -> Ed25519PrivateKey:
    seed = HKDF(hashes.SHA256(), crypto.KEY_BYTES, salt=None, info=f"guardian/sign/{info}/v1".encode()).derive(secret)
    return Ed25519PrivateKey.from_private_bytes(seed)


def verify_key_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def parent_signing_key(parent: ParentKey) -> Ed25519PrivateKey:
    return _signing_key(parent.raw, "parent")


def teen_keys_with_pin(header: Header, teen_id: str, pin: str) -> tuple[bytes, Ed25519PrivateKey]:
    """The teen key and the teen's signing key, from one Argon2id run; DecryptionError on a wrong PIN."""
    wrapped = header.teens.get(teen_id)
    if wrapped is None:
        raise DecryptionError("no such teen profile")
    pin_key = wrapped.kdf.derive(pin)
    teen_key = crypto.decrypt(pin_key, wrapped.box, teen_aad(teen_id))
    return teen_key, _signing_key(pin_key, f"teen/{teen_id}")


def register_verify_key(header: Header, signer: str, public: bytes) -> bool:
    """Add a public verification key for `signer`; False when it was already there (save the header if True)."""
    found = header.verify_keys.setdefault(signer, [])
    if public in found:
        return False
    found.append(public)
    return True


def signature_valid(header: Header, signer: str, public: bytes, signature: bytes, message: bytes) -> bool:
    """True when `public` is one of `signer`'s registered keys and it signed `message`."""
    if public not in header.verify_keys.get(signer, []):
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True
