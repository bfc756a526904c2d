"""The desktop app's flows under pytest-qt (offscreen): first run, unlock, inbox, alert
view, scanning, tray and monitoring. Tests wait on signals, never on sleeps."""

from __future__ import annotations

import threading
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QTextEdit,
    QWidget,
    QWizard,
)

from guardian import audit, family, feedback
from guardian.agreement_store import policy_for
from guardian.inbox import InboxFilter, item_from
from guardian.notifier import RecordingNotifier
from guardian.scanning import ScanProgress, ScanReport
from guardian.settings import Settings
from guardian.vault.crypto import KdfParams
from guardian.vault.store import AlertRow, StoredAlert, TooSoon, Vault
from ui import theme
from ui.alert_view import AlertView
from ui.app import Guardian
from ui.i18n import Translators
from ui.inbox_model import AlertFilterProxy, AlertTableModel, Column
from ui.main_window import FIRST_PAINT_WAIT_MS, MainWindow, ScanBar
from ui.scan import ScanController, ScanJob, time_left
from ui.session import Session
from ui.teens import AddTeenDialog
from ui.unlock import RecoveryDialog, UnlockPage
from ui.wizard import SetupWizard, WizardResult

FAST = KdfParams.fresh(memory_kib=16 * 1024, iterations=1)
PASSPHRASE = "vélo rouge sous la pluie"
HOSTILE = '<b>x</b><a href="https://evil.example">clique</a> envoie une photo'


def payload(contact: str, text: str, spans: list[list[int]], *, platform: str = "tiktok",
            when: str = "2025-10-12T22:46:03", categories: tuple[str, ...] = ("image_request",)) -> dict[str, Any]:
    evidence = {"sent_at": when, "sender": contact, "text": text, "spans": spans,
                "rules": [f"fr.{categories[0]}.x"]}
    return {
        "id": contact, "severity": "high", "categories": list(categories), "platform": platform,
        "conversation": "c-" + contact, "title": contact, "contact": contact, "triggered_at": when,
        "explanation": {"en": "This contact asked for a photo.", "fr": "Ce contact a demandé une photo."},
        "evidence": [evidence], "stages": ["sexual"], "links": [],
        "context": [
            {"sent_at": "2025-10-12T22:40:00", "sender": "lea.dnc_", "from_owner": True, "text": "slt", "position": 1},
            {"sent_at": when, "sender": contact, "from_owner": False, "text": text, "position": 2},
        ],
    }


ALERTS = [
    # id, severity, categories, status-to-set, when, contact, platform, text, spans
    ("a1", "high", ("image_request", "secrecy"), None, datetime(2025, 10, 12, 22, 46), "ethan.choreo.off", "tiktok",
     HOSTILE, [[HOSTILE.index("envoie"), len(HOSTILE)]]),
    ("a2", "medium", ("platform_move",), "reviewed", datetime(2025, 10, 15, 20, 30), "ines_mrtn", "tiktok",
     "ajoute-moi sur snap", [[0, 10]]),
    ("a3", "low", ("flattery",), None, datetime(2025, 9, 1, 9, 0), "Zoé Brûlé 👩‍👩‍👧", "instagram",
     "t'es trop belle", [[0, 15]]),
]


PIN = "4821"
BIRTH_MONTH = "2012-06"


def make_vault(data_dir: Path, teen_id: str = "teen-1") -> tuple[Vault, Any]:
    """Three alerts for one teen, who has a PIN and a signed agreement (monitoring on)."""
    vault, parent, _code = Vault.create(data_dir, PASSPHRASE, FAST)
    family.add_teen(vault, teen_id, PIN)
    family.sign_first_agreement(vault, parent, teen_id, PIN, BIRTH_MONTH)
    vault.begin_source("a" * 64, teen_id, {"path": "/exports/user_data_tiktok.json", "platform": "tiktok",
                                           "format": "tiktok-json", "first_at": "2025-09-01T09:00:00",
                                           "last_at": "2025-10-15T20:30:37"})
    for aid, severity, cats, status, when, contact, platform, text, spans in ALERTS:
        body = payload(contact, text, spans, platform=platform, when=when.isoformat(), categories=cats)
        vault.store_alert(AlertRow(aid, "a" * 64, teen_id, when, severity, cats, body))
        if status:
            vault.set_status(aid, status)
    vault.finish_source("a" * 64, 186, 3)
    return vault, parent


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A family's data dir on disk: a vault with three alerts, one teen, settings."""
    folder = tmp_path / "data"
    vault, _parent = make_vault(folder)
    profile = family.TeenProfile("teen-1", "Léa", ("lea.dnc_",))
    Settings(teen_ids=["teen-1"], profiles=family.seal_profiles(vault.header.public_key, [profile])).save(folder)
    vault.close()
    return folder


@pytest.fixture
def session(data_dir: Path) -> Session:
    opened = Session(data_dir, Settings.load(data_dir))
    opened.unlock(PASSPHRASE)
    return opened


@pytest.fixture
def guardian(qtbot: Any, data_dir: Path) -> Any:
    """The app on `data_dir`, unlocked, its main window shown; shut down after the test."""
    app = Guardian(QApplication.instance(), data_dir, notifier=RecordingNotifier())  # type: ignore[arg-type]
    app.start()
    app.session.unlock(PASSPHRASE)
    assert app.window is not None
    yield app
    app.shutdown()  # closes its windows


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Any:
    """Tests read English words; the catalogue spells out plurals ("4 days ago")."""
    translators = Translators(qapp)
    translators.use("en")
    yield translators
    translators.remove()  # installed catalogues are asked for every string, and retranslate every widget


# --- inbox model ---------------------------------------------------------------------------


def _proxy(session: Session) -> tuple[AlertTableModel, AlertFilterProxy]:
    model = AlertTableModel()
    model.set_items(session.items, now=datetime(2025, 10, 16, 9, 0))
    proxy = AlertFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter(InboxFilter(show_low=True))  # a3 is low: shown on demand
    return model, proxy


def _column(proxy: AlertFilterProxy, column: Column) -> list[str]:
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_inbox_model_shows_severity_as_icon_word_and_colour(qapp: QApplication, session: Session) -> None:
    model, _proxy_model = _proxy(session)
    row = model.row_of("a1")
    assert row is not None
    index = model.index(row, Column.SEVERITY)
    assert index.data() == "High"
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert index.data(Qt.ItemDataRole.ForegroundRole) == theme.SEVERITY_COLOURS["high"]
    assert model.index(row, Column.CATEGORIES).data() == "Asks for photos or video, Asks to keep it secret"
    assert model.index(row, Column.WHEN).data() == "4 days ago"
    assert model.index(model.row_of("a2") or 0, Column.STATUS).data() == "Reviewed"
    assert model.rowCount(QModelIndex()) == 3


def test_inbox_model_sorts_by_severity_and_time(qapp: QApplication, session: Session) -> None:
    _model, proxy = _proxy(session)
    proxy.sort(Column.SEVERITY, Qt.SortOrder.DescendingOrder)
    assert [proxy.item(r).id for r in range(3)] == ["a1", "a2", "a3"]
    proxy.sort(Column.WHEN, Qt.SortOrder.AscendingOrder)
    assert [proxy.item(r).id for r in range(3)] == ["a3", "a1", "a2"]
    proxy.sort(Column.CONTACT, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, Column.CONTACT) == ["ethan.choreo.off", "ines_mrtn", "Zoé Brûlé 👩‍👩‍👧"]


@pytest.mark.parametrize(("flt", "expected"), [
    (InboxFilter(), {"a1", "a2"}),  # low alerts are shown on demand only
    (InboxFilter(show_low=True), {"a1", "a2", "a3"}),
    (InboxFilter(severities={"high", "low"}), {"a1", "a3"}),  # picking "low" shows them too
    (InboxFilter(categories={"secrecy"}), {"a1"}),
    (InboxFilter(platforms={"instagram"}, show_low=True), {"a3"}),
    (InboxFilter(statuses={"new"}, show_low=True), {"a1", "a3"}),
    (InboxFilter(since=date(2025, 10, 13)), {"a2"}),
    (InboxFilter(until=date(2025, 10, 12), show_low=True), {"a1", "a3"}),
    (InboxFilter(query="ZOE brule", show_low=True), {"a3"}),  # folded: case and accents do not matter
    (InboxFilter(query="snap ines"), {"a2"}),
    (InboxFilter(query="clique"), {"a1"}),  # message text, decrypted in memory only
    (InboxFilter(teen_id="someone-else"), set()),
])
def test_inbox_proxy_filters(qapp: QApplication, session: Session, flt: InboxFilter, expected: set[str]) -> None:
    _model, proxy = _proxy(session)
    proxy.set_filter(flt)
    assert {proxy.item(r).id for r in range(proxy.rowCount())} == expected


def test_inbox_page_chips_search_and_unread_count(qtbot: Any, session: Session) -> None:
    window = MainWindow(session, "en")
    qtbot.addWidget(window)
    assert window.nav.list.item(0).text() == "Alerts (1)"  # a1 is new; a2 reviewed; a3 low, never counted
    inbox = window.inbox
    inbox.severity_chip.menu().actions()[0].setChecked(True)  # High
    assert inbox.severity_chip.text() == "Severity: High"
    assert inbox.proxy.rowCount() == 1
    inbox.search.setText("nobody-says-this")
    assert inbox.list_stack.currentWidget() is inbox.empty
    assert inbox.empty.text() == "No alert matches these filters."
    inbox.clear_filters()
    assert inbox.proxy.rowCount() == 2 and not inbox.clear_button.isEnabled()  # a3 is low: on demand
    inbox.show_low.setChecked(True)
    assert inbox.proxy.rowCount() == 3
    session.set_status("a1", "reviewed")
    assert window.nav.list.item(0).text() == "Alerts"  # nothing new that needs attention


# --- alert view ----------------------------------------------------------------------------


def _highlighted(view: AlertView) -> list[str]:
    """The runs of the conversation document drawn with the highlight colour."""
    runs: list[str] = []
    block = view.conversation.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().background().color() == theme.HIGHLIGHT:
                runs.append(fragment.text())
            it += 1
        block = block.next()
    return runs


def test_alert_view_shows_chat_text_as_plain_text_with_spans_highlighted(qtbot: Any, session: Session) -> None:
    view = AlertView()
    qtbot.addWidget(view)
    item = next(i for i in session.items if i.id == "a1")
    view.show_item(item)
    document = view.conversation.document()
    text = document.toPlainText()
    assert HOSTILE in text  # the tags are shown as typed, not interpreted
    assert "<b>" not in document.toHtml().replace("&lt;b&gt;", "")  # no bold tag made it into the markup
    assert "href" not in document.toHtml().replace("href=&quot;", "")  # and no link either
    assert _highlighted(view) == ["envoie une photo"]
    assert view.explanation.text() == "This contact asked for a photo."
    labels = view.findChildren(QLabel)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels if label.text())
    assert "Your teen" in text and "slt" in text  # the agreed context around the evidence


def test_opening_an_alert_is_logged_and_mark_reviewed_updates_the_row(qtbot: Any, session: Session) -> None:
    window = MainWindow(session, "en")
    qtbot.addWidget(window)
    inbox = window.inbox
    inbox.show_low.setChecked(True)
    inbox.select("a3")
    assert inbox.view.alert_id == "a3"
    assert inbox.view.contact.text() == "Zoé Brûlé 👩‍👩‍👧"
    events = [row[0] for row in session.vault.db.execute("SELECT event FROM audit")]  # type: ignore[union-attr]
    assert events[-1] == "alert_opened"
    with qtbot.waitSignal(session.alerts_changed):
        inbox.view.reviewed.click()
    assert next(i for i in session.items if i.id == "a3").status == "reviewed"
    assert not inbox.view.reviewed.isEnabled()
    with qtbot.waitSignal(session.alerts_changed):
        inbox.view.not_concern.click()
    stored = {a.id: a.status for a in session.vault.alerts(session.parent_key)}  # type: ignore[union-attr,arg-type]
    assert stored["a3"] == "not_a_concern"
    assert feedback.load(session.vault) == {"fr.flattery.x": 1}  # type: ignore[arg-type]


# --- unlock --------------------------------------------------------------------------------


def test_unlock_wrong_then_right(qtbot: Any, tmp_path: Path) -> None:
    vault, _parent = make_vault(tmp_path)
    vault.close()
    session = Session(tmp_path, Settings())
    page = UnlockPage(session)
    qtbot.addWidget(page)
    page.passphrase.setText("not it")
    page.try_unlock()
    assert page.message.text() == "That passphrase is not right. Each attempt is recorded."
    assert not session.is_unlocked
    page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(page.unlocked):
        page.try_unlock()
    assert session.is_unlocked and len(session.items) == 3
    events = [row[0] for row in session.vault.db.execute("SELECT event FROM audit")]  # type: ignore[union-attr]
    assert events[-2:] == ["unlock_failed", "vault_unlocked"]


def test_unlock_delays_after_repeated_failures(qtbot: Any, tmp_path: Path) -> None:
    make_vault(tmp_path)[0].close()
    session = Session(tmp_path, Settings())
    page = UnlockPage(session)
    qtbot.addWidget(page)
    for _ in range(4):
        page.passphrase.setText("wrong")
        page.try_unlock()
    page.passphrase.setText(PASSPHRASE)
    page.try_unlock()  # refused: the vault asks to wait, whatever is typed
    assert not session.is_unlocked
    assert not page.button.isEnabled()
    assert page.message.text().startswith("Too many wrong attempts. Try again in")
    with pytest.raises(TooSoon):
        session.unlock(PASSPHRASE)


def test_lock_button_and_idle_lock(qtbot: Any, guardian: Guardian) -> None:
    window, session = guardian.window, guardian.session
    assert window is not None
    window.inbox.select("a1")
    assert "envoie une photo" in window.inbox.view.conversation.toPlainText()
    with qtbot.waitSignal(session.locked):
        window.nav.lock.click()
    assert window.front.currentWidget() is window.unlock
    assert session.items == [] and session.parent_key is None  # nothing decrypted stays in memory
    assert window.inbox.model.rowCount() == 0 and window.inbox.view.conversation.toPlainText() == ""
    assert window.inbox.view.contact.text() == "" and window.overview.summary.text() == "0 alerts in total."
    session.unlock(PASSPHRASE)
    assert window.front.currentWidget() is window.main
    guardian.idle.set_minutes(0.001)  # 60 ms
    guardian.idle.start()
    with qtbot.waitSignal(session.locked, timeout=2000):
        pass


# --- first run -----------------------------------------------------------------------------


def test_wizard_creates_the_vault_teen_and_settings(qtbot: Any, tmp_path: Path) -> None:
    app = QApplication.instance()
    guardian = Guardian(app, tmp_path, notifier=RecordingNotifier(), kdf=FAST,  # type: ignore[arg-type]
                        scan=lambda *a, **k: ScanReport())
    guardian.start()
    wizard = guardian.wizard
    assert isinstance(wizard, SetupWizard)  # owned and deleted by the app once done
    wizard.next()
    page = wizard.passphrase
    page.fields.first.setText("azerty")
    assert not page.isComplete() and page.fields.verdict.text().startswith("Very weak")
    page.fields.first.setText(PASSPHRASE)
    page.fields.second.setText(PASSPHRASE)
    assert page.isComplete()
    wizard.next()  # commits: creates the vault
    assert Vault.path(tmp_path).exists()
    assert wizard.button(QWizard.WizardButton.BackButton).isHidden() or not wizard.button(
        QWizard.WizardButton.BackButton).isEnabled()
    code = wizard.recovery.code.text()
    assert len(code) == 29 and code.count("-") == 5
    assert not wizard.recovery.isComplete()
    wizard.recovery.kept.setChecked(True)
    wizard.next()
    teen = wizard.teen.form
    teen.name.setText("Léa")
    teen.birth_month.set_value("2011-03")
    assert "On 1 March 2029, when you turn 18, Guardian stops by itself" in teen.summary.text.text()
    teen.pin.setText("2468")
    teen.pin_again.setText("2468")
    assert not wizard.teen.isComplete()  # both must agree first
    teen.agreed.setChecked(True)
    assert wizard.teen.isComplete()
    wizard.next()
    wizard.accounts.form.accounts.setPlainText("@lea.dnc_\nLéa Martin\n\n@lea.dnc_")
    wizard.next()
    wizard.exports.add([tmp_path / "export.zip"])
    wizard.next()
    results: list[WizardResult] = []
    wizard.completed.connect(results.append)
    with qtbot.waitSignal(guardian.scans.finished):  # the first scan starts with the exports added
        wizard.accept()
    (result,) = results
    assert result.accounts == ("lea.dnc_", "Léa Martin")
    settings = Settings.load(tmp_path)
    assert len(settings.teen_ids) == 1 and settings.profiles
    raw = Settings.path(tmp_path).read_text(encoding="utf-8")
    assert "lea.dnc_" not in raw and "Léa" not in raw  # chat-derived names are sealed
    assert guardian.session.is_unlocked
    assert [p.accounts for p in guardian.session.profiles] == [("lea.dnc_", "Léa Martin")]
    teen_id = settings.teen_ids[0]
    assert teen_id in guardian.session.vault.header.teens  # type: ignore[union-attr]
    signed = [e for e in audit.entries(guardian.session.open_vault().db) if e.event == "agreement_signed"]
    assert [(e.teen_id, e.detail["signed_by"], e.detail["version"]) for e in signed] == [(teen_id, "parent,teen", 1)]
    first = guardian.session.load_agreement(teen_id)
    assert first is not None and first.agreement.birth_month == "2011-03"
    assert guardian.session.monitoring(teen_id) == "on"
    assert guardian.window is not None
    qtbot.addWidget(guardian.window)
    guardian.shutdown()


def test_wizard_cancelled_after_commit_leaves_no_vault(qtbot: Any, tmp_path: Path) -> None:
    wizard = SetupWizard(tmp_path, "en", FAST)
    qtbot.addWidget(wizard)
    assert wizard.create_vault(PASSPHRASE)
    assert Vault.path(tmp_path).exists()
    wizard.reject()
    assert not Vault.path(tmp_path).exists()


# --- scanning ------------------------------------------------------------------------------


def _slow_scan(release: threading.Event) -> Any:
    """A stand-in for Scanner.run that reports progress, then waits to be cancelled or released."""
    def run(paths: Any, owners: Any, vault: Any = None, teen_id: Any = None, progress: Any = None,
            cancelled: Any = None) -> ScanReport:
        assert vault is not None and vault.alert_count() >= 0  # its own connection, in this thread
        progress(ScanProgress(0.25, 1000, 0, str(paths[0])))
        while not release.wait(0.01):
            if cancelled():
                return ScanReport(cancelled=True)
        progress(ScanProgress(1.0, 4000, 2, ""))
        return ScanReport(stored=2)
    return run


def test_scan_worker_reports_progress_and_can_be_cancelled(qtbot: Any, session: Session) -> None:
    release = threading.Event()
    controller = ScanController(_slow_scan(release))
    job = ScanJob((Path("big.zip"),), ("lea.dnc_",), "teen-1", session.data_dir)
    with qtbot.waitSignal(controller.progressed) as first:
        controller.start(job)
    progress, _left = first.args
    assert (progress.fraction, progress.messages, progress.current) == (0.25, 1000, "big.zip")
    assert controller.busy
    with qtbot.waitSignal(controller.finished) as done:
        controller.cancel()
    assert done.args[0].cancelled and not controller.busy
    with qtbot.waitSignal(controller.finished) as done:
        controller.start(job)
        release.set()
    assert done.args[0].stored == 2


def test_real_scan_of_the_demo_export_fills_the_inbox(qtbot: Any, tmp_path: Path) -> None:
    guardian = Guardian(QApplication.instance(), tmp_path, notifier=RecordingNotifier())  # type: ignore[arg-type]
    with qtbot.waitSignal(guardian.scans.finished, timeout=30_000) as done:
        guardian.start_demo()
    window = guardian.window
    assert window is not None
    qtbot.addWidget(window)
    assert done.args[0].stored == len(guardian.session.items) >= 1
    contacts = {item.contact for item in guardian.session.items}
    assert "ethan.choreo.off" in contacts
    assert window.inbox.proxy.rowCount() == len([i for i in guardian.session.items if i.severity != "low"])
    assert window.scan_bar.isHidden()
    assert guardian.session.sources[0].messages == 186
    ethan = next(item for item in guardian.session.items if item.contact == "ethan.choreo.off")
    out = tmp_path.parent / f"{tmp_path.name}-dossier"
    with qtbot.waitSignal(window.inbox.message) as said:
        window.inbox.export_evidence(ethan.id, out)
    assert sorted(p.suffix for p in out.iterdir()) == [".json", ".pdf"]
    assert said.args[0].startswith(f"Evidence saved in {out}: ") and "Fingerprint (SHA-256): " in said.args[0]
    assert window.banner.text.text() == said.args[0]
    events = [row[0] for row in guardian.session.vault.db.execute("SELECT event FROM audit")]  # type: ignore[union-attr]
    assert events[-1] == "evidence_exported"  # the teen sees it
    with qtbot.waitSignal(window.inbox.message) as refused:
        window.inbox.export_evidence(ethan.id, tmp_path / "inside")
    assert refused.args[0].startswith("The evidence could not be saved: ")
    assert not (tmp_path / "inside").exists()  # never clear text beside the vault
    guardian.shutdown()


def test_work_after_the_first_paint_waits_for_it_and_runs_once(qtbot: Any, session: Session) -> None:
    window = MainWindow(session, "en")
    qtbot.addWidget(window)
    ran: list[bool] = []
    window.after_first_paint(lambda: ran.append(window.isVisible()))
    QApplication.processEvents()
    assert ran == []  # not shown, not painted
    window.show()
    qtbot.waitUntil(lambda: ran == [True], timeout=FIRST_PAINT_WAIT_MS // 2)  # the paint, not the fallback
    window.after_first_paint(lambda: ran.append(False))  # painted already: at once
    qtbot.waitUntil(lambda: ran == [True, False], timeout=FIRST_PAINT_WAIT_MS // 2)
    window.repaint()
    QApplication.processEvents()
    assert ran == [True, False]


def test_work_after_the_first_paint_of_a_window_never_shown_still_runs(qtbot: Any, session: Session) -> None:
    hidden = MainWindow(session, "en")
    qtbot.addWidget(hidden)
    ran: list[int] = []
    hidden.after_first_paint(lambda: ran.append(1))
    qtbot.waitUntil(lambda: ran == [1], timeout=FIRST_PAINT_WAIT_MS * 3)


# --- tray, watcher, notifications -----------------------------------------------------------


def test_monitoring_status_in_tray_and_nav(guardian: Guardian) -> None:
    window = guardian.window
    assert window is not None
    assert guardian.tray.icon.toolTip() == "Guardian — monitoring on"
    assert window.nav.status_text.text() == "Monitoring on"
    window.nav.pause.click()  # a new agreement version the parent signs, logged for the teen
    assert guardian.tray.icon.toolTip() == "Guardian — monitoring paused"
    assert window.nav.status_text.text() == "Monitoring paused"
    assert policy_for(guardian.session.open_vault(), "teen-1").paused
    paused = [e.detail for e in audit.entries(guardian.session.open_vault().db) if e.event == "agreement_changed"]
    assert paused == [{"author": "parent", "changes": "paused", "paused": 1, "signed_by": "parent", "version": 2}]
    guardian.tray.pause_action.trigger()
    assert guardian.tray.monitoring == "on" and window.nav.pause.text() == "Pause monitoring"
    assert policy_for(guardian.session.open_vault(), "teen-1").version == 3
    guardian.session.lock()
    assert not guardian.tray.pause_action.isEnabled()  # pausing needs the parent's signature
    assert guardian.tray.icon.toolTip() == "Guardian — monitoring on"  # the sign stays while locked


def test_watched_folder_scans_new_exports_and_notifies_without_content(qtbot: Any, guardian: Guardian,
                                                                      tmp_path: Path) -> None:
    seen: list[tuple[Any, ...]] = []

    def scan(paths: Any, owners: Any, **kwargs: Any) -> ScanReport:
        seen.append((tuple(paths), tuple(owners), kwargs["teen_id"]))
        return ScanReport(stored=1, to_notify=1)

    notifier = RecordingNotifier(delivers=False)
    folder = tmp_path / "Downloads"
    folder.mkdir()
    (folder / "old.zip").write_bytes(b"PK old")
    guardian.notifier = notifier
    guardian.scans._scan = scan
    guardian.set_watched_folder(folder)
    guardian.watcher._timer.setInterval(20)
    (folder / "user_data_tiktok.json").write_text("{}", encoding="utf-8")
    (folder / "half.zip.crdownload").write_bytes(b"PK")
    with qtbot.waitSignal(guardian.scans.finished, timeout=5000):
        pass
    assert seen == [((folder / "user_data_tiktok.json",), ("lea.dnc_",), "teen-1")]
    assert notifier.sent == [("Guardian", "1 new alert needs your attention")]
    assert guardian.window is not None
    assert guardian.window.banner.text.text() == "Guardian — 1 new alert needs your attention"  # the fallback


# --- help, teens, language, accessibility ----------------------------------------------------


def _cards(layout: Any) -> list[str]:
    return [layout.itemAt(i).widget().accessibleName() for i in range(layout.count())]


def test_get_help_shows_guidance_then_services_for_the_alert(guardian: Guardian) -> None:
    window = guardian.window
    assert window is not None
    window.inbox.select("a1")
    window.inbox.view.help.click()
    assert window.current_page() == "help"
    page = window.help
    assert page.categories == ("image_request", "secrecy")
    assert page.context.text() == "For this alert: Asks for photos or video, Asks to keep it secret."
    assert _cards(page.guidance) == ["A contact may be trying to win your teen's trust"]
    page.country.setCurrentIndex(page.country.findData("fr-FR"))
    services = _cards(page.entries)
    assert services[0] == "3018 (e-Enfance charity)"  # fits the alert's categories, so it comes first
    assert "Emergency: 17, 112, 114 (text)" in services
    page.country.setCurrentIndex(page.country.findData("intl"))
    assert all("17, 112" not in name for name in _cards(page.entries))  # no French police numbers abroad


def test_several_teens_have_their_own_inbox_and_all_teens_view(qtbot: Any, tmp_path: Path) -> None:
    vault, _parent = make_vault(tmp_path, teen_id="teen-1")
    family.add_teen(vault, "teen-2", "9035")  # no agreement signed yet
    vault.begin_source("b" * 64, "teen-2", {"path": "chat.txt", "platform": "whatsapp", "format": "whatsapp"})
    body = payload("Marc", "viens chez moi", [[0, 5]], platform="whatsapp", categories=("meeting",))
    vault.store_alert(AlertRow("b1", "b" * 64, "teen-2", datetime(2025, 11, 2, 18, 0), "medium", ("meeting",), body))
    teens = [family.TeenProfile("teen-1", "Léa", ("lea.dnc_",)), family.TeenProfile("teen-2", "Noé", ("noe",))]
    Settings(teen_ids=["teen-1", "teen-2"], profiles=family.seal_profiles(vault.header.public_key, teens)).save(
        tmp_path)
    vault.close()
    session = Session(tmp_path, Settings.load(tmp_path))
    session.unlock(PASSPHRASE)
    window = MainWindow(session, "en")
    qtbot.addWidget(window)
    combo = window.nav.teens
    assert not combo.isHidden()
    assert [combo.itemText(i) for i in range(combo.count())] == ["All teens", "Léa", "Noé"]
    # a3 is low: hidden until asked for, and not counted as needing attention
    assert window.inbox.proxy.rowCount() == 3 and window.nav.list.item(0).text() == "Alerts (2)"  # a1, b1
    window.inbox.show_low.setChecked(True)
    assert window.inbox.proxy.rowCount() == 4
    assert "Marc · Noé" in _column(window.inbox.proxy, Column.CONTACT)  # whose alert, in the all-teens view
    combo.setCurrentIndex(2)
    assert [window.inbox.proxy.item(r).id for r in range(window.inbox.proxy.rowCount())] == ["b1"]
    assert window.nav.list.item(0).text() == "Alerts (1)"
    assert window.current_teen() == "teen-2"
    assert window.overview.summary.text() == "1 alert in total."
    combo.setCurrentIndex(1)  # Léa: a1, a2, a3 shown (low ones asked for above); only a1 is new and counted
    assert window.inbox.proxy.rowCount() == 3 and window.nav.list.item(0).text() == "Alerts (1)"


def test_language_switch_rebuilds_the_window_in_french(qtbot: Any, guardian: Guardian) -> None:
    window = guardian.window
    assert window is not None
    with qtbot.waitSignal(guardian.window_shown) as shown:
        window.nav.language.setCurrentIndex(window.nav.language.findData("fr"))
    french = shown.args[0]
    qtbot.addWidget(french)
    assert french is guardian.window and french is not window
    assert french.nav.list.item(0).text() == "Alertes (1)"  # the demo's low alert is not counted
    assert french.nav.status_text.text() == "Surveillance active"
    assert french.inbox.model.index(0, Column.SEVERITY).data() in {"Élevée", "Moyenne", "Faible"}
    assert Settings.load(guardian.data_dir).language == "fr"
    assert guardian.session.is_unlocked  # switching language does not lock
    assert guardian.tray.icon.toolTip() == "Guardian — surveillance active"
    assert [a.text() for a in guardian.tray.menu.actions() if a.text()] == [
        "Ouvrir Guardian", "Mettre en pause", "Verrouiller", "Quitter Guardian"]


def test_keyboard_shortcuts_move_between_sections(qtbot: Any, guardian: Guardian) -> None:
    window = guardian.window
    assert window is not None
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "overview"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "alerts"
    window.inbox.table.setFocus()
    qtbot.keyClick(window.inbox.table, Qt.Key.Key_Down)
    assert window.inbox.view.alert_id is not None  # arrow keys walk the list and open the alert
    with qtbot.waitSignal(guardian.session.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


INPUTS = (QLineEdit, QComboBox, QAbstractItemView, QTextEdit, QPlainTextEdit, QProgressBar, QAbstractSpinBox)


def _unnamed(root: QWidget) -> list[str]:
    """Controls a screen reader could not name: inputs without an accessible name, buttons
    with neither text nor a name. Qt's own parts of a control (a combo box's popup list, a
    line edit's clear button, a table's corner button) are named by that control."""
    missing = []
    for widget in root.findChildren(QWidget):
        if _inside(widget, (QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)):
            continue
        named = widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text())
        if isinstance(widget, (*INPUTS, QAbstractButton)) and not named:
            missing.append(f"{type(widget).__name__} {widget.objectName()}")
    return missing


def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def test_every_control_has_an_accessible_name(qtbot: Any, guardian: Guardian, tmp_path: Path) -> None:
    window = guardian.window
    assert window is not None
    window.inbox.select("a1")
    assert _unnamed(window) == []
    wizard = SetupWizard(tmp_path / "new", "en", FAST)
    qtbot.addWidget(wizard)
    assert _unnamed(wizard) == []


def test_closing_hides_to_the_tray_while_a_folder_is_watched(qtbot: Any, guardian: Guardian, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    window = guardian.window
    assert window is not None
    window.show()
    monkeypatch.setattr("ui.app.QSystemTrayIcon.isSystemTrayAvailable", staticmethod(lambda: True))
    assert not guardian.watching_in_background()  # no folder yet: closing quits
    guardian.set_watched_folder(tmp_path)
    assert guardian.watching_in_background()
    with qtbot.waitSignal(guardian.session.locked):
        window.close()
    assert window.isHidden() and guardian.window is window  # still running, in the tray
    assert guardian.watcher.watching == tmp_path
    guardian.session.unlock(PASSPHRASE)
    guardian.set_monitoring(False)
    assert guardian.watcher.watching is None and not guardian.watching_in_background()


def test_scan_bar_shows_counts_and_time_left(qtbot: Any) -> None:
    bar = ScanBar()
    qtbot.addWidget(bar)
    bar.begin()
    bar.update_progress(ScanProgress(0.5, 1000, 0, "export.zip"), time_left(0.5, 12.0))
    assert bar.bar.value() == 500
    assert bar.label.text() == "1000 messages read · about 12 seconds left"
    bar.update_progress(ScanProgress(1.0, 4001, 1, ""), 200.0)
    assert bar.label.text() == "4001 messages read · 1 alert · about 3 minutes left"
    assert time_left(0.01, 30.0) is None and time_left(0.9, 0.2) is None  # too early to judge


def test_wizard_follows_the_language_chosen_on_its_first_page(qtbot: Any, tmp_path: Path) -> None:
    guardian = Guardian(QApplication.instance(), tmp_path, notifier=RecordingNotifier())  # type: ignore[arg-type]
    guardian.start()
    first = guardian.wizard
    assert first is not None and first.windowTitle() == "Set up Guardian"
    with qtbot.waitSignal(guardian.window_shown) as shown:
        first.welcome.language.setCurrentIndex(first.welcome.language.findData("fr"))
    assert shown.args[0].windowTitle() == "Configurer Guardian"
    assert shown.args[0].welcome.title() == "Bienvenue dans Guardian"
    guardian.shutdown()


def test_adding_a_teen_later_and_choosing_whose_exports_these_are(qtbot: Any, guardian: Guardian,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    window = guardian.window
    assert window is not None
    sources = window.sources
    assert sources.owner.isHidden() and sources.teens.text() == "Léa — 1 account"

    def fill_and_accept(dialog: AddTeenDialog) -> QDialog.DialogCode:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()
        dialog.teen.name.setText("Noé")
        dialog.teen.pin.setText("8642")
        dialog.teen.pin_again.setText("8642")
        dialog.teen.agreed.setChecked(True)
        assert ok.isEnabled()
        dialog.accounts.accounts.setPlainText("noe_gaming\n@noe.dlc")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AddTeenDialog, "exec", fill_and_accept)
    with qtbot.waitSignal(guardian.session.teens_changed):
        sources._add_teen()
    assert [p.name for p in guardian.session.profiles] == ["Léa", "Noé"]
    assert sources.teens.text() == "Léa — 1 account\nNoé — 2 accounts"
    assert not window.nav.teens.isHidden()  # the teen selector appears with a second teen
    settings = Settings.load(guardian.data_dir)
    assert len(settings.teen_ids) == 2 and "noe" not in Path(Settings.path(guardian.data_dir)).read_text()
    assert not sources.owner.isHidden()
    sources.owner.setCurrentIndex(sources.owner.findText("Noé"))
    with qtbot.waitSignal(sources.exports_added) as added:
        sources.drop.dropped.emit([Path("noe_export.zip")])
    assert added.args == [[Path("noe_export.zip")], guardian.session.profiles[1].id]
    assert guardian.session.owners(guardian.session.profiles[1].id) == ["noe_gaming", "noe.dlc"]


def test_preferences_change_notifications_and_auto_lock(guardian: Guardian) -> None:
    window = guardian.window
    assert window is not None
    prefs = window.sources
    assert prefs.notifications.isChecked() and prefs.auto_lock.value() == 10
    prefs.notifications.setChecked(False)
    prefs.auto_lock.setValue(3)
    settings = Settings.load(guardian.data_dir)
    assert (settings.notifications, settings.auto_lock_minutes) == (False, 3)
    assert guardian.idle._timer.interval() == 3 * 60_000


def test_forgotten_passphrase_is_reset_with_the_recovery_code(qtbot: Any, tmp_path: Path) -> None:
    vault, _parent, code = Vault.create(tmp_path, PASSPHRASE, FAST)
    vault.close()
    session = Session(tmp_path, Settings())
    dialog = RecoveryDialog(session)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.code.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    dialog.fields.first.setText("un nouveau vélo bleu ce soir")
    assert not ok.isEnabled()  # typed once only
    dialog.fields.second.setText("un nouveau vélo bleu ce soir")
    assert ok.isEnabled()
    dialog.try_reset()
    assert dialog.message.text() == "That recovery code is not right. Each attempt is recorded."
    assert not session.is_unlocked
    dialog.code.setText(code.lower().replace("-", " "))  # as a parent might type it
    with qtbot.waitSignal(dialog.accepted):
        dialog.try_reset()
    assert session.is_unlocked
    session.lock()
    session.unlock("un nouveau vélo bleu ce soir")
    events = [row[0] for row in session.vault.db.execute("SELECT event FROM audit")]  # type: ignore[union-attr]
    assert "passphrase_reset" in events and events[-1] == "vault_unlocked"


def test_alert_view_lists_the_contact_elsewhere_and_the_stages(qtbot: Any) -> None:
    body = payload("theo.mzl2", "ajoute-moi sur snap <i>theo</i>", [[0, 19]], categories=("platform_move",))
    body["links"] = [{"handle": "theo_snap", "platform": "snapchat", "conversation": "c9", "contact": "Théo <3"}]
    body["stages"] = ["exclusivity", "coercion"]
    stored = StoredAlert(id="x", source="a" * 64, teen_id=None, stored_at=datetime(2026, 1, 1), triggered_at=None,
                         severity="medium", categories=("platform_move",), status="new", payload=body)
    view = AlertView()
    qtbot.addWidget(view)
    view.show_item(item_from(stored))
    links = [view.links.itemAt(i).widget().text() for i in range(view.links.count())]
    assert links == ["theo_snap on Snapchat (contact Théo <3)"]
    assert not view.links_title.isHidden()
    stages = [view.timeline.itemAt(i).widget().text() for i in range(view.timeline.count())]
    assert stages == ["1. Keeping it between them — 10/12/25", "2. Pressure and threats — date unknown"]
    assert view.severity_word.text() == "Medium" and view.where.text().startswith("TikTok · conversation “theo.mzl2”")
