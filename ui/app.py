"""Starting the desktop app: the data dir (or a throwaway one in demo mode), the language,
then the first-run wizard or the lock screen, the tray icon and the folder watcher."""

from __future__ import annotations

import argparse
import signal
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from guardian.demo import DEMO_ACCOUNTS, DEMO_PASSPHRASE, DEMO_TEEN_NAME, demo_exports, demo_kdf
from guardian.notifier import Notifier, PlyerNotifier, new_alerts_message
from guardian.paths import default_data_dir
from guardian.scanning import ScanProgress, ScanReport
from guardian.settings import Settings
from guardian.vault.crypto import KdfParams
from guardian.vault.secretstore import SecretStore, SecretStoreUnavailable, system_secret_store
from guardian.vault.store import Vault
from ui import theme
from ui.i18n import Translators, system_language
from ui.idle import IdleLock
from ui.main_window import MainWindow
from ui.scan import ScanController, ScanFunction, ScanJob, job_for
from ui.session import Session, Snapshot
from ui.tray import FolderWatcher, Tray
from ui.wizard import SetupWizard, WizardResult

DEMO_PIN = "2468"
DEMO_BIRTH_MONTH = "2012-06"  # the demo teen is 13 or 14: the full suggested agreement applies
# Scans run Python in a worker thread; the window's own Python (the table model, the idle
# filter, painting) waits for the interpreter lock between them. A 1 ms switch interval
# instead of 5 ms keeps those waits short (bench/ui_stall.py).
SWITCH_INTERVAL_S = 0.001


class Guardian(QObject):
    """Wires the session, the windows, the scans, the tray and the watcher together."""

    window_shown = Signal(object)  # the top-level widget now on screen (wizard or main window)

    def __init__(
        self,
        app: QApplication,
        data_dir: Path,
        *,
        notifier: Notifier | None = None,
        scan: ScanFunction | None = None,
        kdf: KdfParams | None = None,
        secret_store: Callable[[], SecretStore | None] = system_secret_store,
    ) -> None:
        super().__init__()
        self.app = app
        self.data_dir = data_dir
        self.kdf = kdf
        self.notifier: Notifier = notifier or PlyerNotifier()
        self.translators = Translators(app)
        self.session = Session(data_dir, Settings.load(data_dir), secret_store=secret_store())
        self.translators.use(self.session.settings.language or system_language())
        self.scans = ScanController(scan, self)
        self.scans.started.connect(self._scan_started)
        self.scans.progressed.connect(self._scan_progressed)
        self.scans.finished.connect(self._scan_finished)
        self.scans.failed.connect(self._scan_failed)
        self.tray = Tray(self)
        self.tray.open_requested.connect(self.raise_window)
        self.tray.pause_toggled.connect(self.set_monitoring)
        self.tray.lock_requested.connect(self.session.lock)
        self.tray.quit_requested.connect(app.quit)
        self.watcher = FolderWatcher(self)
        self.watcher.new_exports.connect(self._folder_exports)
        self.idle = IdleLock(self.session.settings.auto_lock_minutes, self)
        self.idle.idle.connect(self.session.lock)
        self.session.unlocked.connect(self.idle.start)
        self.session.locked.connect(self.idle.stop)
        self.session.unlocked.connect(lambda: self.tray.set_unlocked(True))
        self.session.locked.connect(lambda: self.tray.set_unlocked(False))
        self.session.agreements_changed.connect(self._monitoring_changed)
        self.window: MainWindow | None = None
        self.wizard: SetupWizard | None = None

    # --- starting -------------------------------------------------------------------------

    def start(self) -> None:
        self.session.announce_milestones()  # an age reached while Guardian was closed: logged for both
        if not self.session.has_vault:
            self._show_tray()
            self.show_wizard()
            return
        # Any failure (no store, key gone or wrong) leaves the normal lock screen: never an error.
        remembered = self.session.unlock_remembered()
        self._show_tray()
        self.show_main()
        if remembered and self.window is not None:
            self.window.banner.add(self.tr("Guardian opened without your passphrase: it is remembered on this "
                                           "computer account. You can turn this off in Sources."))
        self._watch()

    def start_demo(self) -> None:
        """A vault with the public demo passphrase, unlocked, filled from the bundled export."""
        vault, parent, _recovery = Vault.create(self.data_dir, DEMO_PASSPHRASE, demo_kdf())
        self.session.vault = vault
        self.session.unlock_with(parent)
        teen = self.session.add_teen(DEMO_TEEN_NAME, DEMO_PIN, DEMO_ACCOUNTS, DEMO_BIRTH_MONTH)
        self._show_tray()
        self.show_main()
        assert self.window is not None
        self.window.after_first_paint(lambda: self.scan(demo_exports(), teen.id))

    def _show_tray(self) -> None:
        self.tray.set_monitoring(self.session.monitoring())
        self.tray.set_unlocked(self.session.is_unlocked)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()

    def show_wizard(self) -> None:
        self.wizard = SetupWizard(self.data_dir, self.translators.language, self.kdf,
                                  can_remember=self.session.secret_store is not None)
        self.wizard.completed.connect(self._wizard_done)
        self.wizard.language_chosen.connect(self._wizard_language)
        self.wizard.rejected.connect(self.app.quit)
        self.wizard.show()
        self.window_shown.emit(self.wizard)

    def _wizard_language(self, language: str) -> None:
        old = self.wizard
        self.set_language(language)
        if old is not None:
            old.rejected.disconnect(self.app.quit)
            old.close()
            old.deleteLater()
        self.show_wizard()

    def _wizard_done(self, result: WizardResult) -> None:
        self.session.vault = result.vault
        self.session.unlock_with(result.parent)
        teen = self.session.add_teen(result.teen_name, result.pin, result.accounts, result.birth_month)
        self.session.save_settings(
            watched_folder=str(result.watched_folder) if result.watched_folder else None,
            notifications=result.notifications, language=self.translators.language,
        )
        if self.wizard is not None:
            self.wizard.rejected.disconnect(self.app.quit)
            self.wizard.deleteLater()
            self.wizard = None
        self.show_main()
        if result.remember:
            self._remember_after_setup()
        self._watch()
        assert self.window is not None
        if result.exports:
            self.window.after_first_paint(lambda: self.scan(result.exports, teen.id))

    def _remember_after_setup(self) -> None:
        """Asked for in the wizard, done once the vault is kept (a cancelled wizard leaves nothing in the store)."""
        try:
            self.session.set_remembered(True)
        except SecretStoreUnavailable:
            if self.window is not None:
                self.window.banner.add(self.tr("The system key store did not accept the key: Guardian will ask "
                                               "for your passphrase each time. You can try again in Sources."))

    def show_main(self) -> None:
        old = self.window
        self.window = MainWindow(self.session, self.translators.language)
        self.window.lock_requested.connect(self.session.lock)
        self.window.language_chosen.connect(self._main_language)
        self.window.scan_bar.cancel_requested.connect(self.scans.cancel)
        self.window.sources.exports_added.connect(self.scan)
        self.window.sources.preferences_changed.connect(self.set_preferences)
        self.window.sources.watch_folder_chosen.connect(self.set_watched_folder)
        self.window.keep_running = self.watching_in_background
        self.window.hidden_to_tray.connect(self._hidden_to_tray)
        if old is not None:
            self.window.restoreGeometry(old.saveGeometry())
            self.window.show_page(old.current_page())
            old.close()
            old.deleteLater()
        self.window.show()
        self.window_shown.emit(self.window)

    def watching_in_background(self) -> bool:
        """A closed window can leave Guardian in the tray only if there is a tray and a folder to watch."""
        folder = self.session.settings.watched_folder
        return QSystemTrayIcon.isSystemTrayAvailable() and self._reading() and bool(folder)

    def _reading(self) -> bool:
        """Whether new exports are read: not while every teen's monitoring is paused or has ended."""
        return self.session.monitoring() in ("on", "unsigned")

    def _hidden_to_tray(self) -> None:
        self.session.lock()  # nothing decrypted stays in memory while nobody looks
        self.tray.show_message("Guardian", self.tray.status_text())

    def raise_window(self) -> None:
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    # --- settings -------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.translators.use(language)
        self.session.save_settings(language=language)
        self.tray.retranslate()

    def _main_language(self, language: str) -> None:
        if language == self.translators.language:
            return
        self.set_language(language)
        QTimer.singleShot(0, self.show_main)  # not from inside the old window's own signal

    def set_preferences(self, notifications: bool, auto_lock_minutes: int) -> None:
        self.session.save_settings(notifications=notifications, auto_lock_minutes=auto_lock_minutes)
        self.idle.set_minutes(auto_lock_minutes)
        if self.session.is_unlocked:
            self.idle.start()

    def set_monitoring(self, on: bool) -> None:
        """The tray's pause: every teen, each as an agreement version the parent signs."""
        self.session.set_paused(None, paused=not on)

    def _monitoring_changed(self) -> None:
        self.tray.set_monitoring(self.session.monitoring())
        self._watch()

    def set_watched_folder(self, folder: Path | None) -> None:
        self.session.save_settings(watched_folder=str(folder) if folder else None)
        self._watch()

    def _watch(self) -> None:
        folder = self.session.settings.watched_folder
        self.watcher.watch(Path(folder) if folder and self._reading() else None)

    # --- scanning -------------------------------------------------------------------------

    def scan(self, paths: list[Path], teen_id: str | None, background: bool = False) -> None:
        # Without a teen (a new export in the watched folder, several teens): the worker recognises
        # whose it is from the accounts registered for each teen, when they are known.
        candidates = [(p.id, p.accounts) for p in self.session.profiles] if teen_id is None else []
        self.scans.start(job_for(paths, self.session.owners(teen_id), teen_id, self.data_dir,
                                 self.session.snapshot_reader(), background, candidates))

    def _folder_exports(self, paths: list[Path]) -> None:
        teen = self.session.settings.teen_ids[0] if len(self.session.settings.teen_ids) == 1 else None
        self.scan(paths, teen, background=True)

    def _scan_started(self) -> None:
        if self.window is not None:
            self.window.scan_bar.begin()

    def _scan_progressed(self, progress: ScanProgress, left: float | None) -> None:
        if self.window is not None:
            self.window.scan_bar.update_progress(progress, left)

    def _scan_finished(self, report: ScanReport, snapshot: Snapshot | None, job: ScanJob) -> None:
        if self.window is not None and not self.scans.busy:
            self.window.scan_bar.hide()
        self.session.scan_problems = [str(error) for error in report.errors]
        if snapshot is not None:
            self.session.apply(snapshot)
        else:
            self.session.reload()
        if self.window is not None:
            self.window.banner.say(self._report_text(report))
        if job.background and report.to_notify and self.session.settings.notifications:
            self.notify(report.to_notify)

    def _scan_failed(self, _reason: str) -> None:
        if self.window is not None:
            self.window.scan_bar.hide()
            self.window.banner.say(self.tr("The scan stopped because of an error in Guardian. "
                                           "Nothing was lost; please try again."))

    def _report_text(self, report: ScanReport) -> str:
        if report.cancelled:
            return self.tr("Scan cancelled. Alerts found before the cancel are not kept; run it again at any time.")
        if report.inactive == "paused":
            return self.tr("Monitoring is paused in the family agreement: nothing was read.")
        if report.inactive == "ended":
            return self.tr("Monitoring has ended, as the family agreed: nothing was read.")
        text = self.tr("Scan finished: %n new alert(s).", "", report.stored)
        if report.skipped:
            text += " " + self.tr("%n export(s) had already been read.", "", len(report.skipped))
        if report.errors:
            text += " " + self.tr("%n file(s) could not be read: see Sources.", "", len(report.errors))
        return text

    def notify(self, count: int) -> None:
        """A notification with a count only; the tray message and a banner when it cannot be delivered."""
        body = new_alerts_message(count).get(self.translators.language)
        if self.notifier.notify("Guardian", body):
            return
        self.tray.show_message("Guardian", body)
        if self.window is not None:
            self.window.banner.say(f"Guardian — {body}")

    def shutdown(self) -> None:
        """Stop the scan, drop its pending reports, close the windows and the vault."""
        self.scans.blockSignals(True)
        self.scans.wait()
        self.idle.stop()
        for window in (self.window, self.wizard):
            if window is not None:
                window.close()
                window.deleteLater()
        self.window = self.wizard = None
        if self.session.vault is not None:
            self.session.vault.close()
        self.translators.remove()


def responsive_interpreter() -> None:
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def _quit_on_signals(app: QApplication) -> None:
    """Ctrl+C or a TERM signal quit cleanly (the demo folder is deleted). Python runs signal
    handlers only when it has control, so a timer hands it control twice a second."""
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: app.quit())
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(500)


def run_app(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Guardian")
    app.setWindowIcon(theme.icon("guardian"))
    app.setQuitOnLastWindowClosed(True)
    demo_dir = tempfile.TemporaryDirectory(prefix="guardian-demo-") if args.demo else None
    data_dir = Path(demo_dir.name) if demo_dir else (args.data_dir or default_data_dir())
    guardian = Guardian(app, data_dir)
    responsive_interpreter()
    _quit_on_signals(app)
    try:
        if demo_dir:
            guardian.start_demo()
        else:
            guardian.start()
        return app.exec()
    finally:
        guardian.shutdown()
        if demo_dir:
            demo_dir.cleanup()

