"""The teen's view and the agreement dialog (pytest-qt, offscreen): the co-signing flow, a
teen's proposal approved by the parent, the printable copy read back with pdftotext, and
screenshots in French and English (the app's own catalogues) saved to a folder this test prints."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from test_agreement import CANARY, START, Family

from guardian import audit
from guardian.agreement import propose
from guardian.vault.store import AlertRow
from ui.agreement_dialog import AgreementDialog
from ui.help import EntryCard
from ui.i18n import Translators
from ui.teen_view import TeenView

SCREENS = Path(os.environ.get("GUARDIAN_SCREENSHOTS") or tempfile.gettempdir()) / "guardian-agreement-screens"

@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app's own compiled catalogues (resources/translations), as the user gets them."""
    translators = Translators(qapp)
    translators.use(request.param)
    yield request.param
    translators.remove()
    QLocale.setDefault(QLocale(QLocale.Language.English))


def _shoot(widget: QWidget, name: str) -> Path:
    SCREENS.mkdir(parents=True, exist_ok=True)
    widget.resize(920, 780)
    widget.show()
    QApplication.processEvents()
    path = SCREENS / f"{name}.png"
    assert widget.grab().save(str(path))
    print(f"screenshot: {path}")
    return path


def _log_texts(view: TeenView) -> list[str]:
    return [view.log.item(row, 2).text() for row in range(view.log.rowCount())]


def test_teen_view_shows_the_sign_the_summary_the_log_and_help(qtbot: Any, tmp_path: Path, language: str) -> None:
    fam = Family(tmp_path)
    first = fam.sign_first("t1")
    fam.sign_first("t2", "2010-02")
    fam.vault.begin_source("a" * 64, None, {"path": "export.zip"})
    for alert_id, teen in (("a1", "t1"), ("a2", "t2")):
        fam.vault.store_alert(AlertRow(alert_id, "a" * 64, teen, START, "high", ("image_request",), {"t": CANARY}))
        fam.vault.open_alert(fam.parent, alert_id)
    fam.store.commit(propose(first, {"paused": True}, "parent", START.date()), fam.parent_of())
    view = TeenView(fam.vault, fam.store, fam.teen("t1"))
    qtbot.addWidget(view)
    fr = language == "fr"
    assert view.status_text.text() == ("La surveillance est en pause" if fr else "Monitoring is paused")
    opened = "a ouvert une alerte sur tes discussions" if fr else "opened an alert about your chats"
    paused = "a mis la surveillance en pause (version 2)" if fr else "paused monitoring (version 2)"
    texts = _log_texts(view)
    assert texts[0] == paused and texts.count(opened) == 1 and len(texts) == 5
    assert not any(CANARY in t or "a1" in t for t in texts)
    _shoot(view, f"{language}-teen-view")
    view.tabs.setCurrentIndex(1)
    _shoot(view, f"{language}-teen-log")
    logged = len(audit.entries(fam.vault.db))
    view.tabs.setCurrentIndex(2)
    _shoot(view, f"{language}-teen-help")
    view.country.setCurrentIndex((view.country.currentIndex() + 1) % view.country.count())
    assert len(view.findChildren(EntryCard)) >= 3
    assert len(audit.entries(fam.vault.db)) == logged  # looking for help tells no one


def test_the_parent_needs_the_teen_pin_to_see_more(qtbot: Any, tmp_path: Path, language: str) -> None:
    fam = Family(tmp_path)
    fam.sign_first("t1")
    dialog = AgreementDialog(fam.vault, fam.store, fam.parent_of())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.pin.isVisible() and not dialog.save_button.isEnabled()
    dialog.context.setValue(5)
    assert dialog.pin.isVisible() and not dialog.save_button.isEnabled()
    expected = ("Ce changement vous permet d'en voir plus (messages montrés autour d'une alerte). Votre ado"
                if language == "fr" else
                "This change lets you see more (messages shown around an alert). Your teen must agree")
    assert dialog.effect_text.text().startswith(expected)
    qtbot.keyClicks(dialog.pin, "1234")
    dialog.save_button.click()
    assert dialog.outcome.text() == ("Ce code PIN n'est pas le bon. Rien n'a été enregistré." if language == "fr"
                                     else "That PIN is not right. Nothing was saved.")
    assert fam.store.load(fam.teen()).agreement.version == 1
    _shoot(dialog, f"{language}-agreement-cosign")
    qtbot.keyClicks(dialog.pin, "4821")
    dialog.save_button.click()
    assert fam.store.load(fam.teen()).agreement.context_lines == 5
    last = [e for e in audit.entries(fam.vault.db, "t1") if e.event == "agreement_changed"][-1]
    assert (last.actor, last.detail["signed_by"], last.detail["version"]) == ("parent", "parent,teen", 2)
    flattery, _level = dialog.categories["flattery"]
    flattery.setChecked(False)  # more privacy: the parent's signature is enough
    assert not dialog.pin.isVisible() and dialog.save_button.isEnabled()
    dialog.save_button.click()
    loaded = fam.store.load(fam.teen())
    assert (loaded.agreement.version, "flattery" in loaded.agreement.categories) == (3, False)


def test_a_teen_proposal_waits_for_the_parent(qtbot: Any, tmp_path: Path, language: str) -> None:
    fam = Family(tmp_path)
    fam.sign_first("t1")
    teen = AgreementDialog(fam.vault, fam.store, fam.teen())
    qtbot.addWidget(teen)
    teen.show()
    assert not teen.paused.isVisible()  # only the parent pauses
    teen.trusted.setPlainText("Marc\n@Léa")
    assert teen.save_button.text() == ("Envoyer à mon parent" if language == "fr" else "Send to my parent")
    _shoot(teen, f"{language}-agreement-teen-proposal")
    teen.save_button.click()
    assert fam.store.load(fam.teen()).agreement.trusted_contacts == ()
    parent = AgreementDialog(fam.vault, fam.store, fam.parent_of())
    qtbot.addWidget(parent)
    parent.show()
    assert parent.pending_box.isVisible()
    parent.approve_button.click()
    assert fam.store.load(fam.teen()).agreement.trusted_contacts == ("Marc", "Léa")
    assert not parent.pending_box.isVisible()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_printable_copy_reads_back(qtbot: Any, tmp_path: Path, language: str) -> None:
    fam = Family(tmp_path)
    fam.sign_first("t1", "2012-06")
    dialog = AgreementDialog(fam.vault, fam.store, fam.parent_of())
    qtbot.addWidget(dialog)
    pdf = tmp_path / "agreement.pdf"
    dialog.save_pdf(pdf, language)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    if language == "fr":
        assert flat.startswith("Ce que Guardian surveille Accord version 1, signé dans Guardian.")
        assert "À partir du 1er juin 2027 (tu auras 15 ans)" in flat
        assert "Signé par l'ado : ____________" in flat
    else:
        assert flat.startswith("What Guardian watches Agreement version 1, signed in Guardian.")
        assert "On 1 June 2030, when you turn 18, Guardian stops by itself and tells you both." in flat
        assert "Signed by the parent: ____________" in flat


def test_on_the_18th_birthday_both_views_say_monitoring_ended(qtbot: Any, tmp_path: Path, language: str) -> None:
    fam = Family(tmp_path)
    fam.sign_first("t1", "2008-02")
    fam.clock._now = datetime(2026, 2, 1, 9, 0, tzinfo=UTC)
    view = TeenView(fam.vault, fam.store, fam.teen())
    qtbot.addWidget(view)
    fr = language == "fr"
    assert view.status_text.text() == ("La surveillance est terminée" if fr else "Monitoring has ended")
    assert not view.propose_button.isEnabled()
    labels = [label.text() for label in view.findChildren(QLabel)]
    assert any(text.startswith("La surveillance s'est arrêtée le 1er février 2026, à tes 18 ans" if fr
                               else "Monitoring ended on 1 February 2026, when you turned 18") for text in labels)
    assert _log_texts(view)[0] == ("s'est arrêté tout seul : la surveillance est finie" if fr
                                   else "stopped by itself: monitoring has ended")
    dialog = AgreementDialog(fam.vault, fam.store, fam.parent_of())
    qtbot.addWidget(dialog)
    assert ("aux 18 ans de votre ado" if fr else "when your teen turned 18") in dialog.notice.text()
    assert [e.event for e in audit.entries(fam.vault.db)].count("monitoring_ended") == 1
    _shoot(view, f"{language}-teen-view-ended")


def test_both_views_say_when_a_version_was_changed_outside_the_app(qtbot: Any, tmp_path: Path) -> None:
    fam = Family(tmp_path)
    first = fam.sign_first("t1")
    fam.store.commit(propose(first, {"context_lines": 0}, "parent", START.date()), fam.parent_of())
    fam.vault.db.execute("UPDATE agreements SET created_at = '2026-01-01T00:00:00+00:00' WHERE version = 2")
    view = TeenView(fam.vault, fam.store, fam.teen())
    dialog = AgreementDialog(fam.vault, fam.store, fam.parent_of())
    for widget in (view, dialog):
        qtbot.addWidget(widget)
    said = ("Version 2 of the agreement was changed outside Guardian. Guardian ignores it and uses version 1, "
            "the last one signed in the app.")
    assert view.notice.text() == said and said in dialog.notice.text().split("\n")
    assert dialog.context.value() == 2  # the form shows version 1
