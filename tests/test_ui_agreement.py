"""The family agreement inside the app (pytest-qt, offscreen): the parent's page, the teen's
way in from the lock screen with their PIN, co-signing from the main window, pausing as a
signed change both see, and the end of monitoring announced. Tests wait on signals, never sleeps."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from test_ui_flows import PASSPHRASE, PIN, make_vault

from guardian import audit, family
from guardian.agreement import propose
from guardian.agreement_store import AgreementStore, policy_for
from guardian.notifier import RecordingNotifier
from guardian.settings import Settings
from guardian.vault.store import TooSoon, Vault
from ui.agreement_dialog import AgreementDialog
from ui.agreement_page import FirstAgreementDialog
from ui.app import Guardian
from ui.i18n import Translators
from ui.main_window import MainWindow

NOE_PIN = "9035"


def _family_dir(folder: Path, noe_birth_month: str | None) -> Path:
    """Léa (teen-1, agreement signed, 14) and Noé (teen-2: signed when a birth month is given)."""
    vault, parent = make_vault(folder)
    family.add_teen(vault, "teen-2", NOE_PIN)
    if noe_birth_month:
        family.sign_first_agreement(vault, parent, "teen-2", NOE_PIN, noe_birth_month)
    teens = [family.TeenProfile("teen-1", "Léa", ("lea.dnc_",)), family.TeenProfile("teen-2", "Noé", ("noe",))]
    Settings(teen_ids=["teen-1", "teen-2"], profiles=family.seal_profiles(vault.header.public_key, teens)).save(
        folder)
    vault.close()
    return folder


def _start(data_dir: Path) -> Guardian:
    app = Guardian(QApplication.instance(), data_dir, notifier=RecordingNotifier())  # type: ignore[arg-type]
    app.start()
    assert app.window is not None
    return app


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[Translators]:
    translators = Translators(qapp)
    translators.use("en")
    yield translators
    translators.remove()


@pytest.fixture
def guardian(tmp_path: Path) -> Iterator[Guardian]:
    """The app on a two-teen family, started locked; Noé is 16."""
    app = _start(_family_dir(tmp_path / "data", "2010-02"))
    yield app
    app.shutdown()


def _window(guardian: Guardian) -> MainWindow:
    assert guardian.window is not None
    return guardian.window


def _events(guardian: Guardian, event: str) -> list[audit.AuditEntry]:
    return [e for e in audit.entries(guardian.session.open_vault().db) if e.event == event]


# --- the parent's page -------------------------------------------------------------------------


def test_the_agreement_page_shows_each_teen_in_plain_words(guardian: Guardian, tmp_path: Path) -> None:
    window = _window(guardian)
    guardian.session.unlock(PASSPHRASE)
    window.show_page("agreement")
    page = window.agreement
    assert [card.profile.name for card in page.shown] == ["Léa", "Noé"]  # "All teens"
    lea = page.shown[0]
    assert lea.status.text() == "Monitoring is on, as agreed with your teen."
    assert not lea.notices.isVisible() and lea.edit.text() == "Change the agreement…"
    window.nav.teens.setCurrentIndex(2)
    assert [card.profile.name for card in page.shown] == ["Noé"]
    pdf = tmp_path / "accord.pdf"
    page.shown[0].save_pdf(pdf, "fr")
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())
        assert text.startswith("Ce que Guardian surveille Accord version 1, signé dans Guardian.")
        assert "Le 1er février 2028, à tes 18 ans, Guardian s'arrête tout seul" in text


def test_a_teen_without_an_agreement_signs_one_with_the_parent(qtbot: Any, tmp_path: Path) -> None:
    guardian = _start(_family_dir(tmp_path, None))
    window = _window(guardian)
    guardian.session.unlock(PASSPHRASE)
    window.nav.teens.setCurrentIndex(0)
    assert window.nav.status_text.text() == "Monitoring on"  # Léa is watched; Noé has not signed
    noe = window.agreement.shown[1]
    assert noe.loaded is None and guardian.tray.icon.toolTip() == "Guardian — monitoring on"
    noe.sign.click()
    dialog = window.agreement.dialog
    assert isinstance(dialog, FirstAgreementDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.birth_month.set_value("2011-09")
    qtbot.keyClicks(dialog.pin, "1357")
    dialog.agreed.setChecked(True)
    ok.click()
    assert dialog.message.text() == "That PIN is not right. Nothing was signed." and dialog.isVisible()
    qtbot.keyClicks(dialog.pin, NOE_PIN)
    with qtbot.waitSignal(guardian.session.agreements_changed):
        ok.click()
    signed = _events(guardian, "agreement_signed")[-1]
    assert (signed.teen_id, signed.detail["signed_by"]) == ("teen-2", "parent,teen")
    assert window.agreement.shown[1].loaded is not None
    assert window.agreement.shown[1].loaded.agreement.birth_month == "2011-09"
    guardian.shutdown()


# --- the teen's view from the lock screen --------------------------------------------------------


def test_the_teen_opens_their_own_view_from_the_lock_screen(qtbot: Any, guardian: Guardian) -> None:
    window = _window(guardian)
    assert window.front.currentWidget() is window.unlock
    assert window.unlock.teen.text() == "I'm the teen"
    window.unlock.teen.click()
    sign_in = window.teen_sign_in
    assert window.front.currentWidget() is sign_in and not sign_in.profile.isHidden()
    assert sign_in.profile.count() == 2 and sign_in.profile.itemText(1).startswith("Profile 2, set up on ")
    sign_in.profile.setCurrentIndex(1)  # Noé's profile, Léa's PIN: one teen never opens another's view
    sign_in.pin.setText(PIN)
    sign_in.button.click()
    assert sign_in.message.text() == "That PIN is not right. Each attempt is recorded."
    assert window.teen_space is None
    failed = _events(guardian, "pin_failed")
    assert [(e.teen_id, e.detail) for e in failed] == [("teen-2", {"attempt": 1})]
    sign_in.pin.setText(NOE_PIN)
    with qtbot.waitSignal(sign_in.signed_in):
        sign_in.button.click()
    space = window.teen_space
    assert space is not None and window.front.currentWidget() is space
    assert space.view.session.teen_id == "teen-2" and space.view.status_text.text() == "Monitoring is on"
    assert not guardian.session.is_unlocked  # the parent's alerts stay locked
    space.leave.click()
    assert window.front.currentWidget() is window.unlock and window.teen_space is None


def test_wrong_pins_are_delayed_like_the_passphrase_across_restarts(guardian: Guardian) -> None:
    window = _window(guardian)
    window.unlock.teen.click()
    sign_in = window.teen_sign_in
    for _ in range(4):
        sign_in.pin.setText("0000")
        sign_in.try_open()
    sign_in.pin.setText(PIN)
    sign_in.try_open()  # refused while the delay runs, whatever is typed
    assert window.teen_space is None and not sign_in.button.isEnabled()
    assert sign_in.message.text().startswith("Too many wrong attempts. Try again in ")
    reopened = Vault.open(guardian.data_dir)
    with pytest.raises(TooSoon):
        family.teen_signs_in(reopened, "teen-1", PIN)
    reopened.close()
    assert [e.detail["attempt"] for e in _events(guardian, "pin_failed")] == [1, 2, 3, 4]


# --- co-signing and pausing from the main window -----------------------------------------------


def test_a_change_that_shows_more_is_co_signed_with_the_teen_pin(qtbot: Any, guardian: Guardian) -> None:
    window = _window(guardian)
    guardian.session.unlock(PASSPHRASE)
    window.show_page("agreement")
    window.nav.teens.setCurrentIndex(1)  # Léa
    window.agreement.shown[0].edit.click()
    dialog = window.agreement.dialog
    assert isinstance(dialog, AgreementDialog) and dialog.isVisible()
    dialog.context.setValue(5)
    assert dialog.pin.isVisible() and dialog.effect_text.text().startswith("This change lets you see more")
    qtbot.keyClicks(dialog.pin, "1357")
    dialog.save_button.click()
    assert dialog.outcome.text() == "That PIN is not right. Nothing was saved."
    qtbot.keyClicks(dialog.pin, PIN)
    with qtbot.waitSignal(guardian.session.agreements_changed):
        dialog.save_button.click()
    changed = _events(guardian, "agreement_changed")[-1]
    assert (changed.teen_id, changed.detail["signed_by"], changed.detail["version"]) == ("teen-1", "parent,teen", 2)
    card = window.agreement.shown[0]
    assert card.loaded is not None and card.loaded.agreement.context_lines == 5  # the page follows at once
    dialog.reject()


def test_the_parent_approves_a_teen_proposal_from_the_page(qtbot: Any, guardian: Guardian) -> None:
    vault = guardian.session.open_vault()
    teen = family.teen_signs_in(vault, "teen-1", PIN)
    store = AgreementStore(vault)
    current = store.load(teen).agreement
    assert not store.submit(propose(current, {"trusted_contacts": ("Mamie",)}, "teen", vault.clock.now().date()), teen)
    window = _window(guardian)
    guardian.session.unlock(PASSPHRASE)
    lea = window.agreement.shown[0]
    assert lea.edit.text() == "Review Léa's proposal…"
    assert "Your teen proposed a change" in lea.notices.text()
    lea.edit.click()
    dialog = window.agreement.dialog
    assert isinstance(dialog, AgreementDialog) and dialog.pending_box.isVisible()
    with qtbot.waitSignal(guardian.session.agreements_changed):
        dialog.approve_button.click()
    assert store.load(teen).agreement.trusted_contacts == ("Mamie",)
    dialog.reject()


def test_pausing_one_teen_is_a_signed_change_shown_everywhere(qtbot: Any, guardian: Guardian) -> None:
    window = _window(guardian)
    guardian.session.unlock(PASSPHRASE)
    window.nav.teens.setCurrentIndex(1)  # Léa
    with qtbot.waitSignal(guardian.session.agreements_changed):
        window.nav.pause.click()
    assert window.nav.status_text.text() == "Monitoring paused"
    assert window.nav.pause.text() == "Resume monitoring"
    assert window.agreement.shown[0].status.text() == "Monitoring is paused. Your teen sees this too."
    assert policy_for(guardian.session.open_vault(), "teen-1").paused
    assert not policy_for(guardian.session.open_vault(), "teen-2").paused
    assert guardian.tray.icon.toolTip() == "Guardian — monitoring on"  # Noé is still watched
    window.nav.teens.setCurrentIndex(2)
    assert window.nav.status_text.text() == "Monitoring on"
    guardian.session.lock()
    window.unlock.teen.click()
    window.teen_sign_in.pin.setText(PIN)
    with qtbot.waitSignal(window.teen_sign_in.signed_in):
        window.teen_sign_in.try_open()
    assert window.teen_space is not None
    view = window.teen_space.view
    assert view.status_text.text() == "Monitoring is paused"
    newest = view.log.item(0, 2)
    assert newest is not None and newest.text() == "paused monitoring (version 2)"


def test_the_end_of_monitoring_is_announced_once_to_the_parent(tmp_path: Path) -> None:
    guardian = _start(_family_dir(tmp_path, "2008-01"))  # Noé turned 18 on 1 January 2026
    window = _window(guardian)
    assert len(_events(guardian, "monitoring_ended")) == 1  # logged at start-up, while locked
    assert guardian.tray.icon.toolTip() == "Guardian — monitoring on"  # Léa still is
    guardian.session.unlock(PASSPHRASE)
    assert window.banner.isVisible()
    assert window.banner.text.text() == ("Noé: monitoring ended on 1 January 2026, as you agreed. Guardian reads "
                                         "nothing more for them, and they were told too.")
    window.nav.teens.setCurrentIndex(2)
    assert window.nav.status_text.text() == "Monitoring ended" and window.nav.pause.isHidden()
    assert len(_events(guardian, "monitoring_ended")) == 1
    guardian.session.lock()
    guardian.session.unlock(PASSPHRASE)  # told once: not again on the next visit
    assert not window.banner.isVisible()
    guardian.shutdown()

