"""Remembering the parent key on this computer account (the OS key store, here the in-memory
double: never a real keyring), and the idle lock of the teen's own view. pytest-qt, offscreen;
tests wait on signals, never on sleeps."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from test_ui_flows import FAST, PASSPHRASE, PIN, make_vault

from guardian import audit, family
from guardian.notifier import RecordingNotifier
from guardian.scanning import ScanReport
from guardian.settings import Settings
from guardian.vault.secretstore import MemorySecretStore, SecretStore, SecretStoreUnavailable
from guardian.vault.store import Vault
from ui.app import Guardian
from ui.i18n import Translators
from ui.main_window import MainWindow
from ui.wizard import SetupWizard

NO_STORE_EN = "No system key store was found on this computer: Guardian will ask for your passphrase each time."
NO_STORE_FR = ("Aucun trousseau de clés du système n'a été trouvé sur cet ordinateur : Guardian vous demandera "
               "votre phrase secrète à chaque fois.")
OPENED = ("Guardian opened without your passphrase: it is remembered on this computer account. "
          "You can turn this off in Sources.")


class RefusingStore(MemorySecretStore):
    """An OS key store that is there but locked: it refuses to keep anything."""

    def set(self, account: str, secret: bytes) -> None:
        raise SecretStoreUnavailable("locked")


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[Translators]:
    translators = Translators(qapp)
    translators.use("en")
    yield translators
    translators.remove()


@pytest.fixture
def started(qtbot: Any) -> Iterator[Callable[..., Guardian]]:
    """Starts the app on a data dir with the given key store; every app started is shut down."""
    apps: list[Guardian] = []

    def start(data_dir: Path, store: SecretStore | None) -> Guardian:
        app = Guardian(QApplication.instance(), data_dir, notifier=RecordingNotifier(),  # type: ignore[arg-type]
                       kdf=FAST, scan=lambda *a, **k: ScanReport(), secret_store=lambda: store)
        apps.append(app)
        app.start()
        return app

    yield start
    for app in apps:
        app.shutdown()


def _family(folder: Path, store: SecretStore | None = None) -> Path:
    """One teen (Léa, PIN and agreement signed); the vault remembered in `store` when given."""
    vault, parent = make_vault(folder)
    if store is not None:
        vault.remember(parent, store)
    profile = family.TeenProfile("teen-1", "Léa", ("lea.dnc_",))
    Settings(teen_ids=["teen-1"], profiles=family.seal_profiles(vault.header.public_key, [profile])).save(folder)
    vault.close()
    return folder


def _window(guardian: Guardian) -> MainWindow:
    assert guardian.window is not None
    return guardian.window


def _account(data_dir: Path) -> str:
    vault = Vault.open(data_dir)
    account = vault.header.keystore_account
    vault.close()
    assert account is not None
    return account


def _finish_wizard(wizard: SetupWizard, remember: bool) -> None:
    wizard.next()
    wizard.passphrase.fields.first.setText(PASSPHRASE)
    wizard.passphrase.fields.second.setText(PASSPHRASE)
    wizard.passphrase.remember.check.setChecked(remember)
    wizard.next()  # commits: creates the vault
    wizard.recovery.kept.setChecked(True)
    wizard.next()
    teen = wizard.teen.form
    teen.name.setText("Léa")
    teen.birth_month.set_value("2011-03")
    teen.pin.setText(PIN)
    teen.pin_again.setText(PIN)
    teen.agreed.setChecked(True)
    for _page in range(3):  # accounts, exports, watching
        wizard.next()
    wizard.accept()


# --- the first-run wizard ------------------------------------------------------------------------


def test_remember_ticked_in_the_wizard_opens_unlocked_after_a_restart(started: Any, tmp_path: Path) -> None:
    store = MemorySecretStore()
    first = started(tmp_path, store)
    wizard = first.wizard
    assert isinstance(wizard, SetupWizard)
    choice = wizard.passphrase.remember
    assert choice.check.isEnabled() and not choice.check.isChecked()  # unticked unless the parent chooses it
    assert choice.unavailable.isHidden()
    assert "possibly your teen" in choice.warning.text()
    _finish_wizard(wizard, remember=True)
    assert first.session.remembered
    assert store.get(_account(tmp_path)) is not None
    first.shutdown()

    again = started(tmp_path, store)
    window = _window(again)
    assert again.session.is_unlocked and window.front.currentWidget() is window.main
    opened, milestone = window.banner.text.text().split("\n")
    assert opened == OPENED and not window.banner.isHidden()
    assert milestone.startswith("Léa: since 1 March 2026")  # the unlock's own news stays, after it
    assert window.sources.remember.check.isChecked()
    unlocks = [e for e in audit.entries(again.session.open_vault().db) if e.event == "vault_unlocked"]
    assert unlocks[-1].detail == {"with": "keystore"}


def test_remember_left_unticked_in_the_wizard_keeps_asking_for_the_passphrase(started: Any, tmp_path: Path) -> None:
    store = MemorySecretStore()
    wizard = started(tmp_path, store).wizard
    assert isinstance(wizard, SetupWizard)
    _finish_wizard(wizard, remember=False)
    assert not Vault.open(tmp_path).remembered
    again = started(tmp_path, store)
    assert not again.session.is_unlocked and _window(again).front.currentWidget() is _window(again).unlock


def test_a_store_refusing_after_the_wizard_is_said_in_the_banner(started: Any, tmp_path: Path) -> None:
    guardian = started(tmp_path, RefusingStore())
    wizard = guardian.wizard
    assert isinstance(wizard, SetupWizard)
    _finish_wizard(wizard, remember=True)
    assert guardian.session.is_unlocked and not guardian.session.remembered
    assert _window(guardian).banner.text.text() == (
        "The system key store did not accept the key: Guardian will ask for your passphrase each time. "
        "You can try again in Sources.")


def test_without_a_key_store_the_box_is_off_and_says_why(started: Any, tmp_path: Path,
                                                         english: Translators) -> None:
    wizard = started(tmp_path / "new", None).wizard
    assert isinstance(wizard, SetupWizard)
    choice = wizard.passphrase.remember
    assert not choice.check.isEnabled() and not choice.check.isChecked()
    assert not choice.unavailable.isHidden() and choice.unavailable.text() == NO_STORE_EN

    guardian = started(_family(tmp_path / "family"), None)
    guardian.session.unlock(PASSPHRASE)
    sources = _window(guardian).sources.remember
    assert not sources.check.isEnabled() and sources.unavailable.text() == NO_STORE_EN

    english.use("fr")  # the app is French first
    french = SetupWizard(tmp_path / "fr", "fr", FAST, can_remember=False)
    assert french.passphrase.remember.unavailable.text() == NO_STORE_FR
    french.deleteLater()


# --- the Sources page ----------------------------------------------------------------------------


def test_turning_it_on_then_off_in_sources_remembers_then_forgets(started: Any, tmp_path: Path) -> None:
    store = MemorySecretStore()
    data_dir = _family(tmp_path)
    guardian = started(data_dir, store)
    window = _window(guardian)
    assert window.front.currentWidget() is window.unlock  # not remembered yet: the passphrase is asked
    guardian.session.unlock(PASSPHRASE)
    choice = window.sources.remember
    assert choice.check.isEnabled() and not choice.check.isChecked()
    choice.check.setChecked(True)
    account = _account(data_dir)
    assert guardian.session.remembered and store.get(account) is not None
    choice.check.setChecked(False)
    assert not guardian.session.remembered and store.get(account) is None
    assert not Vault.open(data_dir).remembered
    events = [e.event for e in audit.entries(guardian.session.open_vault().db)]
    assert events[-2:] == ["remembered_on_account", "forgotten_on_account"]
    guardian.shutdown()
    again = started(data_dir, store)
    assert not again.session.is_unlocked


def test_a_key_store_that_refuses_leaves_the_box_unticked(started: Any, tmp_path: Path) -> None:
    guardian = started(_family(tmp_path), RefusingStore())
    guardian.session.unlock(PASSPHRASE)
    sources = _window(guardian).sources
    sources.remember.check.setChecked(True)
    assert not sources.remember.check.isChecked() and not guardian.session.remembered
    assert not sources.remember_refused.isHidden()
    assert sources.remember_refused.text() == ("The system key store did not accept the key: Guardian will keep "
                                               "asking for your passphrase.")


# --- start-up falls back to the lock screen ------------------------------------------------------


def _wrong_key(store: MemorySecretStore, account: str) -> None:
    store.set(account, bytes(32))


def _damaged_key(store: MemorySecretStore, account: str) -> None:
    store.set(account, b"\x01\x02")  # not a key at all: AES refuses its length


def _key_gone(store: MemorySecretStore, account: str) -> None:
    store.delete(account)


@pytest.mark.parametrize("spoil", [_wrong_key, _damaged_key, _key_gone])
def test_a_bad_key_in_the_store_falls_back_to_the_unlock_screen(
        started: Any, tmp_path: Path, spoil: Callable[[MemorySecretStore, str], None]) -> None:
    store = MemorySecretStore()
    data_dir = _family(tmp_path, store)
    spoil(store, _account(data_dir))
    guardian = started(data_dir, store)
    window = _window(guardian)
    assert not guardian.session.is_unlocked and guardian.session.parent_key is None
    assert window.front.currentWidget() is window.unlock and window.banner.isHidden()
    assert window.unlock.message.text() == ""  # no error: the passphrase is simply asked
    guardian.session.unlock(PASSPHRASE)
    assert window.front.currentWidget() is window.main


def test_a_vault_remembered_on_an_account_without_a_store_asks_for_the_passphrase(started: Any,
                                                                                  tmp_path: Path) -> None:
    data_dir = _family(tmp_path, MemorySecretStore())
    guardian = started(data_dir, None)
    assert not guardian.session.is_unlocked and _window(guardian).front.currentWidget() is _window(guardian).unlock


# --- the teen's own view locks itself ------------------------------------------------------------


def test_the_teen_view_returns_to_the_lock_screen_after_the_idle_minutes(qtbot: Any, started: Any,
                                                                        tmp_path: Path) -> None:
    guardian = started(_family(tmp_path), None)
    window = _window(guardian)
    window.unlock.teen.click()
    window.teen_sign_in.pin.setText(PIN)
    with qtbot.waitSignal(window.teen_sign_in.signed_in):
        window.teen_sign_in.button.click()
    space = window.teen_space
    assert space is not None and window.front.currentWidget() is space
    assert space.idle._timer.interval() == guardian.session.settings.auto_lock_minutes * 60_000  # the parent's
    space.idle.set_minutes(0.001)  # 60 ms
    space.idle.start()
    with qtbot.waitSignal(space.left, timeout=2000):
        pass
    assert window.front.currentWidget() is window.unlock
    assert window.teen_space is None  # the widget holding the teen's key is dropped
    assert not guardian.session.is_unlocked
