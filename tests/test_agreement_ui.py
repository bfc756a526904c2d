"""The teen's view and the agreement dialog (pytest-qt, offscreen): the co-signing flow, a
teen's proposal approved by the parent, the printable copy read back with pdftotext, and
screenshots in French and English saved to a folder this test prints.

FRENCH is the French for every string the two widgets pass to tr(): the test checks it
against pyside6-lupdate, and it is what the lead merges into resources/translations."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from test_agreement import CANARY, START, Family

from conftest import ROOT
from guardian import audit
from guardian.agreement import propose
from guardian.vault.store import AlertRow
from ui.agreement_dialog import AgreementDialog
from ui.help import EntryCard
from ui.teen_view import TeenView

SCREENS = Path(os.environ.get("GUARDIAN_SCREENSHOTS") or tempfile.gettempdir()) / "guardian-agreement-screens"

FRENCH = {
    "Family agreement": "Accord familial",
    "What Guardian looks for": "Ce que Guardian recherche",
    "How closely: %1": "Attention portée : %1",
    "Less closely": "Moins attentivement",
    "Normally": "Normalement",
    "More closely": "Plus attentivement",
    "Always watched: threats to share images and self-harm": (
        "Toujours surveillé : menaces de diffuser des images et automutilation"),
    "Which apps": "Quelles applis",
    "What the parent sees": "Ce que voit le parent",
    "Messages shown before and after a flagged one": "Messages montrés avant et après un message signalé",
    "Messages around a flagged one": "Messages autour d'un message signalé",
    "Hide the names and numbers of other people in the chat": (
        "Masquer les noms et numéros des autres personnes de la discussion"),
    "Trusted contacts": "Contacts de confiance",
    "One name or handle per line. Their messages do not cause alerts, except threats to share images and talk "
    "of self-harm. The teen proposes, the parent approves.": (
        "Un nom ou pseudo par ligne. Leurs messages ne déclenchent pas d'alerte, sauf les menaces de diffuser "
        "des images et les propos d'automutilation. L'ado propose, le parent accepte."),
    "Trusted contacts, one per line": "Contacts de confiance, un par ligne",
    "Time and notifications": "Durée et notifications",
    "Days alerts are kept": "Jours de conservation des alertes",
    "Delete alerts after (days)": "Effacer les alertes après (jours)",
    "Notifications": "Notifications",
    "For each alert": "Pour chaque alerte",
    "Only for the most serious alerts": "Seulement pour les alertes les plus graves",
    "No notifications": "Aucune notification",
    "Notify the parent": "Prévenir le parent",
    "Age when Guardian starts watching less": "Âge à partir duquel Guardian surveille moins",
    "Watch less from age": "Surveiller moins à partir de",
    "Age when monitoring stops": "Âge où la surveillance s'arrête",
    "Stop monitoring at age": "Arrêter la surveillance à",
    "Pause monitoring (your teen sees it)": "Mettre la surveillance en pause (votre ado le voit)",
    "Waiting for approval": "En attente d'accord",
    "Approve": "Accepter",
    "Decline": "Refuser",
    "What this change does": "Ce que fait ce changement",
    "Teen's PIN": "Code de l'ado",
    "Teen's PIN, typed by the teen": "Code de l'ado, tapé par l'ado",
    "Save a printable copy…": "Enregistrer une copie à imprimer…",
    "Sign and save": "Signer et enregistrer",
    "Close": "Fermer",
    "Version %1 of the agreement.": "Version %1 de l'accord.",
    "Proposed change: %1. Trusted contacts would be: %2.": (
        "Changement proposé : %1. Les contacts de confiance seraient : %2."),
    "This change is not possible: the agreement would break one of its rules (for example a contact listed "
    "twice, or a stage age after the end of monitoring).": (
        "Ce changement n'est pas possible : l'accord ne respecterait plus une de ses règles (par exemple un "
        "contact écrit deux fois, ou un âge d'étape après la fin de la surveillance)."),
    "Nothing changed yet.": "Rien n'a encore changé.",
    "This change lets you see more (%1). Your teen must agree: hand them the keyboard so they type their PIN "
    "below.": (
        "Ce changement vous permet d'en voir plus (%1). Votre ado doit être d'accord : passez-lui le clavier "
        "pour qu'il tape son code ci-dessous."),
    "This change gives your teen more privacy. Your signature is enough; your teen will see it in their log.": (
        "Ce changement donne plus d'intimité à votre ado. Votre signature suffit ; votre ado le verra dans son "
        "journal."),
    "Your parent must approve this change. It will wait for them; you will see it in your log.": (
        "Ton parent doit accepter ce changement. Il l'attendra ; tu le verras dans ton journal."),
    "This change lets your parent see more (%1). Saving it with your PIN means you agree.": (
        "Ce changement permet à ton parent d'en voir plus (%1). L'enregistrer avec ton code veut dire que tu "
        "es d'accord."),
    "This change gives you more privacy. Your signature is enough; your parent will see it in the log.": (
        "Ce changement te donne plus d'intimité. Ta signature suffit ; ton parent le verra dans le journal."),
    "Send to my parent": "Envoyer à mon parent",
    "Saved, signed by you and your teen.": "Enregistré, signé par vous et votre ado.",
    "Saved.": "Enregistré.",
    "Sent. It will count once your parent approves it.": "Envoyé. Il comptera quand ton parent l'aura accepté.",
    "That PIN is not right. Nothing was saved.": "Ce code n'est pas le bon. Rien n'a été enregistré.",
    "The agreement changed meanwhile. Nothing was saved; it has been reloaded.": (
        "L'accord a changé entre-temps. Rien n'a été enregistré ; il a été rechargé."),
    "Approved and saved.": "Accepté et enregistré.",
    "Declined. Your teen will see it in their log.": "Refusé. Votre ado le verra dans son journal.",
    "family-agreement.pdf": "accord-familial.pdf",
    "Save a printable copy": "Enregistrer une copie à imprimer",
    "Saved a printable copy: %1": "Copie à imprimer enregistrée : %1",
    "What Guardian watches": "Ce que Guardian surveille",
    "When": "Quand",
    "Who": "Qui",
    "What": "Quoi",
    "What was done, newest first": "Ce qui a été fait, du plus récent au plus ancien",
    "What was done": "Ce qui a été fait",
    "Help": "Aide",
    "Monitoring status": "État de la surveillance",
    "Propose a change…": "Proposer un changement…",
    "Propose a change to the agreement": "Proposer un changement à l'accord",
    "You can contact these yourself, without telling your parent. Guardian does not record that you looked here "
    "and never contacts them for you.": (
        "Tu peux les contacter toi-même, sans prévenir ton parent. Guardian ne note pas que tu as regardé ici "
        "et ne les contacte jamais à ta place."),
    "Country": "Pays",
    "The help list could not be read. In danger, call 112 (Europe) or 911 (North America).": (
        "La liste d'aide n'a pas pu être lue. En danger, appelle le 112 (Europe) ou le 911 (Amérique du Nord)."),
    "Monitoring has ended": "La surveillance est terminée",
    "Monitoring is paused": "La surveillance est en pause",
    "Monitoring is on": "La surveillance est activée",
    "Agreement version %1": "Accord version %1",
}


class DictTranslator(QTranslator):
    """FRENCH as a catalogue, so the screenshots show what the merged translation will."""

    def __init__(self, table: dict[str, str]) -> None:
        super().__init__()
        self.table = table

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        return self.table.get(source)

    def isEmpty(self) -> bool:
        return not self.table


def test_the_french_table_covers_every_string(tmp_path: Path) -> None:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    catalogue = tmp_path / "agreement.ts"
    files = [str(ROOT / "ui" / "teen_view.py"), str(ROOT / "ui" / "agreement_dialog.py")]
    subprocess.run([str(tool), "-silent", *files, "-ts", str(catalogue)], check=True, capture_output=True)
    sources = {m.findtext("source") for m in ET.parse(catalogue).getroot().iter("message")}
    assert sources == set(FRENCH)


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translator = DictTranslator(FRENCH if request.param == "fr" else {})
    qapp.installTranslator(translator)
    french = request.param == "fr"
    QLocale.setDefault(QLocale(QLocale.Language.French if french else QLocale.Language.English,
                               QLocale.Country.France if french else QLocale.Country.UnitedKingdom))
    yield request.param
    qapp.removeTranslator(translator)
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
    assert dialog.outcome.text() == ("Ce code n'est pas le bon. Rien n'a été enregistré." if language == "fr"
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
