"""The OS key store, behind a small interface with an in-memory double for tests.

Only the operating system's own stores are accepted (Windows Credential Locker, macOS
Keychain, the Secret Service on Linux, KWallet). A plaintext or home-made "encrypted file"
keyring would be a weaker lock than the passphrase it is meant to spare, so with none of
the recognised backends Guardian says so and relies on the passphrase alone."""

from __future__ import annotations

import contextlib
from typing import Protocol

SERVICE = "Guardian"
RECOGNISED_BACKENDS = {
    "keyring.backends.Windows.WinVaultKeyring",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
}


class SecretStoreUnavailable(Exception):
    """No recognised OS key store on this computer account."""


class SecretStore(Protocol):
    name: str

    def get(self, account: str) -> bytes | None: ...

    def set(self, account: str, secret: bytes) -> None: ...

    def delete(self, account: str) -> None: ...


class MemorySecretStore:
    """Test double: behaves like an OS key store that forgets everything at exit."""

    name = "memory"

    def __init__(self) -> None:
        self._items: dict[str, bytes] = {}

    def get(self, account: str) -> bytes | None:
        return self._items.get(account)

    def set(self, account: str, secret: bytes) -> None:
        self._items[account] = secret

    def delete(self, account: str) -> None:
        self._items.pop(account, None)


class KeyringSecretStore:
    """The real OS key store through `keyring`, refusing unrecognised backends."""

    def __init__(self) -> None:
        import keyring
        from keyring.errors import KeyringError

        self._keyring = keyring
        self._errors = (KeyringError, OSError)
        try:
            backend = keyring.get_keyring()
        except self._errors as exc:
            raise SecretStoreUnavailable(type(exc).__name__) from None
        candidates = getattr(backend, "backends", [backend])  # the chainer wraps the real ones
        recognised = [b for b in candidates if _qualified(b) in RECOGNISED_BACKENDS]
        if not recognised:
            raise SecretStoreUnavailable(", ".join(_qualified(b) for b in candidates) or "none")
        self._backend = recognised[0]
        self.name = _qualified(self._backend)

    def get(self, account: str) -> bytes | None:
        try:
            value = self._backend.get_password(SERVICE, account)
        except self._errors as exc:
            raise SecretStoreUnavailable(type(exc).__name__) from None
        return bytes.fromhex(value) if value else None

    def set(self, account: str, secret: bytes) -> None:
        try:
            self._backend.set_password(SERVICE, account, secret.hex())
        except self._errors as exc:
            raise SecretStoreUnavailable(type(exc).__name__) from None

    def delete(self, account: str) -> None:
        with contextlib.suppress(*self._errors):  # already gone is fine
            self._backend.delete_password(SERVICE, account)


def _qualified(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def system_secret_store() -> SecretStore | None:
    """The OS key store, or None (the caller tells the parent and uses the passphrase alone)."""
    try:
        return KeyringSecretStore()
    except SecretStoreUnavailable:
        return None
