"""The sealed vault: who can read what, tamper evidence, unlock delays, retention."""

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from guardian import audit
from guardian.clock import FakeClock
from guardian.vault import crypto, keys
from guardian.vault.crypto import DecryptionError, KdfParams
from guardian.vault.secretstore import MemorySecretStore, SecretStoreUnavailable
from guardian.vault.store import AlertRow, TooSoon, Vault, VaultMissing, WrongSecret

FAST = KdfParams.fresh(memory_kib=16 * 1024, iterations=1)
CANARY = "zorglub-canary-7731 envoie une photo"


def _alert(n: int, source: str = "a" * 64) -> AlertRow:
    return AlertRow(
        id=f"alert{n}", source=source, teen_id="t1", triggered_at=datetime(2026, 1, n, tzinfo=UTC),
        severity="high", categories=("image_request", "secrecy"),
        payload={"contact": "theo.mzl2", "evidence": [{"text": CANARY}]},
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def vault(tmp_path: Path, clock: FakeClock) -> Vault:
    created, _parent, _code = Vault.create(tmp_path, "correct horse battery", FAST, clock)
    created.begin_source("a" * 64, "t1", {"path": "export.zip", "platform": "tiktok"})
    return created


def test_alerts_are_sealed_and_only_the_parent_reads_them(vault: Vault, tmp_path: Path) -> None:
    assert vault.store_alert(_alert(1)) is True
    assert vault.store_alert(_alert(1)) is False  # a rescan refreshes, never duplicates
    vault.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for file in tmp_path.iterdir():
        assert CANARY.encode() not in file.read_bytes()
        assert b"theo.mzl2" not in file.read_bytes()
    parent = vault.unlock("correct horse battery")
    [stored] = vault.alerts(parent)
    assert stored.payload == _alert(1).payload and stored.categories == ("image_request", "secrecy")


def test_wrong_passphrase_delays_grow_across_restarts(vault: Vault, tmp_path: Path, clock: FakeClock) -> None:
    for _ in range(3):
        with pytest.raises(WrongSecret):
            vault.unlock("nope")
    with pytest.raises(WrongSecret):
        vault.unlock("nope again")
    reopened = Vault.open(tmp_path, clock)
    with pytest.raises(TooSoon):
        reopened.unlock("correct horse battery")
    clock.advance(seconds=3)
    reopened.unlock("correct horse battery")
    events = [e.event for e in audit.entries(reopened.db)]
    assert events.count("unlock_failed") == 4 and events[-1] == "vault_unlocked"


def test_ciphertext_moved_to_another_row_or_flipped_reports_damaged(vault: Vault) -> None:
    vault.store_alert(_alert(1))
    vault.store_alert(_alert(2))
    sealed = vault.db.execute("SELECT sealed FROM alerts WHERE id = 'alert1'").fetchone()[0]
    vault.db.execute("UPDATE alerts SET sealed = ? WHERE id = 'alert2'", (sealed,))
    parent = vault.unlock("correct horse battery")
    by_id = {a.id: a for a in vault.alerts(parent)}
    assert by_id["alert2"].damaged and not by_id["alert1"].damaged
    flipped = bytearray(sealed)
    flipped[40] ^= 0x01
    vault.db.execute("UPDATE alerts SET sealed = ? WHERE id = 'alert1'", (bytes(flipped),))
    assert all(a.damaged for a in vault.alerts(parent))


def test_passphrase_change_and_recovery_reset_keep_every_row(tmp_path: Path, clock: FakeClock) -> None:
    vault, parent, recovery = Vault.create(tmp_path, "first passphrase", FAST, clock)
    vault.begin_source("a" * 64, "t1", {})
    vault.store_alert(_alert(3))
    before = vault.db.execute("SELECT sealed FROM alerts").fetchone()[0]
    vault.change_passphrase(parent, "second passphrase")
    with pytest.raises(WrongSecret):
        vault.unlock("first passphrase")
    vault.reset_passphrase(recovery.lower().replace("-", " "), "third passphrase")
    parent = vault.unlock("third passphrase")
    assert vault.db.execute("SELECT sealed FROM alerts").fetchone()[0] == before  # no row re-encrypted
    assert vault.alerts(parent)[0].payload == _alert(3).payload


def test_teen_pin_cannot_decrypt_an_alert(vault: Vault) -> None:
    teen_key = keys.add_teen(vault.header, "t1", "4821")
    vault.store_alert(_alert(1))
    sealed = vault.db.execute("SELECT sealed FROM alerts").fetchone()[0]
    assert keys.teen_key_with_pin(vault.header, "t1", "4821") == teen_key
    # Whatever the PIN unlocks, it is not a key that opens the sealed alert.
    pin_key = vault.header.teens["t1"].kdf.derive("4821")
    for candidate in (teen_key, pin_key):
        with pytest.raises(DecryptionError):
            crypto.decrypt(candidate, sealed[32:], b"guardian/v1/alerts/alert1")
        with pytest.raises((DecryptionError, ValueError)):
            crypto.unseal(keys.ParentKey.from_raw(candidate).private, sealed, b"guardian/v1/alerts/alert1")
    with pytest.raises(DecryptionError):
        keys.teen_key_with_pin(vault.header, "t1", "0000")
    parent = vault.unlock("correct horse battery")
    assert keys.teen_key_for_parent(vault.header, parent, "t1") == teen_key


def test_remembered_on_this_account_through_the_key_store(vault: Vault) -> None:
    store = MemorySecretStore()
    parent = vault.unlock("correct horse battery")
    store.set("vault", keys.remember(vault.header, parent, "vault"))
    again = keys.unlock_with_keystore_key(vault.header, store.get("vault") or b"")
    assert again.public == parent.public
    with pytest.raises(DecryptionError):
        keys.unlock_with_keystore_key(vault.header, crypto.random_key())


def test_kdf_header_bounds_are_checked() -> None:
    with pytest.raises(DecryptionError):
        KdfParams.from_json({"v": 1, "salt": "00" * 16, "m": 8, "t": 1, "p": 1})
    with pytest.raises(DecryptionError):
        KdfParams.from_json({"v": 1, "salt": "00" * 16, "m": 64 * 1024 * 1024, "t": 1, "p": 1})


def test_retention_deletes_and_compacts(vault: Vault, clock: FakeClock, tmp_path: Path) -> None:
    vault.store_alert(_alert(1))
    clock.advance(days=40)
    vault.store_alert(_alert(2))
    assert vault.apply_retention(30) == 1
    parent = vault.unlock("correct horse battery")
    assert [a.id for a in vault.alerts(parent)] == ["alert2"]


def test_audit_chain_detects_edits(vault: Vault) -> None:
    vault.store_alert(_alert(1))
    vault.finish_source("a" * 64, 10, 1)
    assert audit.verify(vault.db) is None
    vault.db.execute("UPDATE audit SET event = 'nothing' WHERE seq = 2")
    assert audit.verify(vault.db) == 2


def test_missing_vault_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing):
        Vault.open(tmp_path / "nowhere")


def test_transaction_rolls_back_whole(vault: Vault) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        vault.store_alert(_alert(1, source="f" * 64))  # unknown source: foreign key refuses
    assert vault.alert_count() == 0


def test_key_rotation_reseals_every_row_and_retires_the_old_key(tmp_path: Path, clock: FakeClock) -> None:
    vault, parent, old_recovery = Vault.create(tmp_path, "first passphrase", FAST, clock)
    vault.begin_source("a" * 64, "t1", {"path": "export.zip"})
    vault.store_alert(_alert(1))
    teen_key = keys.add_teen(vault.header, "t1", "4821")
    old_sealed = vault.db.execute("SELECT sealed FROM alerts").fetchone()[0]
    with pytest.raises(WrongSecret):
        vault.rotate_keys(parent, "not the passphrase")
    new_parent, recovery = vault.rotate_keys(parent, "first passphrase")
    assert new_parent.public != parent.public and recovery != old_recovery
    reopened = Vault.open(tmp_path, clock)
    unlocked = reopened.unlock("first passphrase")
    assert unlocked.public == new_parent.public
    assert reopened.alerts(unlocked)[0].payload == _alert(1).payload
    assert keys.teen_key_for_parent(reopened.header, unlocked, "t1") == teen_key
    assert keys.teen_key_with_pin(reopened.header, "t1", "4821") == teen_key
    with pytest.raises(DecryptionError):  # the old key opens nothing any more
        crypto.unseal(parent.private, reopened.db.execute("SELECT sealed FROM alerts").fetchone()[0],
                      b"guardian/v1/alerts/alert1")
    with pytest.raises(DecryptionError):
        keys.unlock_with_recovery(reopened.header, old_recovery)
    assert old_sealed != reopened.db.execute("SELECT sealed FROM alerts").fetchone()[0]
    assert audit.entries(reopened.db)[-2].event == "keys_rotated"


def test_remember_on_this_account_then_forget(vault: Vault) -> None:
    store = MemorySecretStore()
    assert vault.unlock_remembered(store) is None and not vault.remembered
    parent = vault.unlock("correct horse battery")
    vault.remember(parent, store)
    assert vault.remembered and vault.unlock_remembered(store).public == parent.public  # type: ignore[union-attr]
    store.set(vault.header.keystore_account or "", crypto.random_key())  # a wrong key in the store
    assert vault.unlock_remembered(store) is None
    vault.remember(parent, store)
    vault.forget(store)
    assert not vault.remembered and vault.unlock_remembered(store) is None
    assert store.get(vault.header.keystore_account or "vault") is None
    events = [e.event for e in audit.entries(vault.db)]
    assert events.count("remembered_on_account") == 2 and events[-1] == "forgotten_on_account"


class _RefusingStore(MemorySecretStore):
    def set(self, account: str, secret: bytes) -> None:
        raise SecretStoreUnavailable("locked")


def test_a_refusing_key_store_leaves_the_vault_unremembered(vault: Vault) -> None:
    parent = vault.unlock("correct horse battery")
    with pytest.raises(SecretStoreUnavailable):
        vault.remember(parent, _RefusingStore())
    assert not vault.remembered and vault.header.keystore_box is None
    store = MemorySecretStore()
    vault.remember(parent, store)
    store.set(vault.header.keystore_account or "", b"short")  # a damaged entry: wrong key length
    assert vault.unlock_remembered(store) is None
