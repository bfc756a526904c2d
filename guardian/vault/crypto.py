"""The few cryptographic operations the vault is built from.

- AES-256-GCM with associated data naming where a ciphertext belongs (table, row, schema
  version), so a ciphertext moved to another row or table fails to decrypt.
- Sealing to a public key (X25519 ephemeral agreement + HKDF-SHA256 + AES-256-GCM): scans
  write alerts the parent alone can read, without ever holding the parent's secret.
- Argon2id to turn a passphrase, PIN or recovery code into a wrapping key, with parameters
  stored beside the result and bounds-checked when read back.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
SEAL_INFO = b"guardian seal v1"


class DecryptionError(Exception):
    """A ciphertext did not authenticate: wrong key, wrong place, or tampered."""


def random_key() -> bytes:
    return os.urandom(KEY_BYTES)


def encrypt(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def decrypt(key: bytes, blob: bytes, aad: bytes) -> bytes:
    if len(blob) < NONCE_BYTES + 16:
        raise DecryptionError("ciphertext too short")
    try:
        return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad)
    except InvalidTag:
        raise DecryptionError("ciphertext does not authenticate") from None


def _seal_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(hashes.SHA256(), KEY_BYTES, salt=ephemeral_public + recipient_public, info=SEAL_INFO).derive(shared)


def public_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def private_bytes(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def seal(recipient: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """Encrypt for the holder of the private key matching `recipient` (raw X25519 public key)."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = public_bytes(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    return ephemeral_public + encrypt(_seal_key(shared, ephemeral_public, recipient), plaintext, aad)


def unseal(private: X25519PrivateKey, blob: bytes, aad: bytes) -> bytes:
    ephemeral_public, rest = blob[:KEY_BYTES], blob[KEY_BYTES:]
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError:
        raise DecryptionError("sealed box is damaged") from None
    return decrypt(_seal_key(shared, ephemeral_public, public_bytes(private.public_key())), rest, aad)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored with each wrapped key and checked on read so a tampered
    header can neither make unlocking trivial nor exhaust the machine's memory."""

    salt: bytes
    memory_kib: int = 128 * 1024  # ≈0.35 s on a 2-core laptop
    iterations: int = 3
    lanes: int = 1
    version: int = 1

    MIN_MEMORY_KIB = 16 * 1024
    MAX_MEMORY_KIB = 1024 * 1024
    MAX_ITERATIONS = 20
    MAX_LANES = 8

    @classmethod
    def fresh(cls, memory_kib: int = 128 * 1024, iterations: int = 3) -> KdfParams:
        return cls(os.urandom(SALT_BYTES), memory_kib, iterations)

    def check(self) -> None:
        if self.version != 1:
            raise DecryptionError(f"unknown key-derivation version {self.version}")
        if len(self.salt) != SALT_BYTES:
            raise DecryptionError("key-derivation salt has the wrong size")
        if not (self.MIN_MEMORY_KIB <= self.memory_kib <= self.MAX_MEMORY_KIB):
            raise DecryptionError("key-derivation memory cost out of bounds")
        if not (1 <= self.iterations <= self.MAX_ITERATIONS and 1 <= self.lanes <= self.MAX_LANES):
            raise DecryptionError("key-derivation cost out of bounds")

    def derive(self, secret: str) -> bytes:
        self.check()
        kdf = Argon2id(
            salt=self.salt, length=KEY_BYTES, iterations=self.iterations, lanes=self.lanes, memory_cost=self.memory_kib
        )
        return kdf.derive(secret.encode("utf-8"))

    def to_json(self) -> dict[str, object]:
        return {
            "v": self.version, "salt": self.salt.hex(), "m": self.memory_kib, "t": self.iterations, "p": self.lanes,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KdfParams:
        try:
            params = cls(
                bytes.fromhex(str(data["salt"])), int(str(data["m"])), int(str(data["t"])), int(str(data["p"])),
                int(str(data["v"])),
            )
        except (KeyError, ValueError) as exc:
            raise DecryptionError("key-derivation header is malformed") from exc
        params.check()
        return params
