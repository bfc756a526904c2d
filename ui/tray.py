"""The tray icon (monitoring on, paused or ended, always visible) and the watched folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from guardian.watch import WatchedFolder
from ui import theme
from ui.session import Monitoring

SETTLE_MS = 2000  # a download must keep its size this long before it is read


class Tray(QObject):
    """Guardian's tray icon. Its icon and tooltip say whether monitoring is on, paused or ended.
    Pausing signs a new agreement version, so it is offered only while the parent has unlocked."""

    open_requested = Signal()
    pause_toggled = Signal(bool)  # True: monitoring on
    lock_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(self)
        self.menu = QMenu()
        self.open_action = self.menu.addAction("", self.open_requested.emit)
        self.pause_action = self.menu.addAction("", self._toggle)
        self.lock_action = self.menu.addAction("", self.lock_requested.emit)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction("", self.quit_requested.emit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.monitoring: Monitoring = "on"
        self.unlocked = False
        self.set_monitoring("on")

    def retranslate(self) -> None:
        """The tray outlives the windows rebuilt on a language change, so it renames itself."""
        self.set_monitoring(self.monitoring)

    def show(self) -> None:
        self.icon.show()

    def set_monitoring(self, state: Monitoring) -> None:
        self.monitoring = state
        self.icon.setIcon(status_icon(state))
        self.icon.setToolTip(self.status_text())
        self.open_action.setText(self.tr("Open Guardian"))
        self.pause_action.setText(self.tr("Resume monitoring") if state == "paused" else self.tr("Pause monitoring"))
        self.lock_action.setText(self.tr("Lock"))
        self.quit_action.setText(self.tr("Quit Guardian"))
        self._enable_pause()

    def set_unlocked(self, unlocked: bool) -> None:
        self.unlocked = unlocked
        self._enable_pause()

    def _enable_pause(self) -> None:
        self.pause_action.setEnabled(self.unlocked and self.monitoring in ("on", "paused"))

    def status_text(self) -> str:
        return {
            "on": self.tr("Guardian — monitoring on"),
            "paused": self.tr("Guardian — monitoring paused"),
            "ended": self.tr("Guardian — monitoring ended"),
            "unsigned": self.tr("Guardian — no family agreement signed yet"),
        }[self.monitoring]

    def show_message(self, title: str, body: str) -> bool:
        """The Qt fallback for notifications; False when no tray host can show it."""
        if not (QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()):
            return False
        self.icon.showMessage(title, body, theme.icon("guardian"), 10_000)
        return True

    def _toggle(self) -> None:
        self.pause_toggled.emit(self.monitoring == "paused")

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_requested.emit()


def status_icon(state: Monitoring) -> QIcon:
    """The green eye only while Guardian reads; paused, ended and unsigned share the calm grey one."""
    return theme.icon("monitoring-on" if state == "on" else "monitoring-paused")


class FolderWatcher(QObject):
    """Emits exports saved into the watched folder once they have finished downloading."""

    new_exports = Signal(list)  # list[Path]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._poll)
        self.folder: WatchedFolder | None = None

    def watch(self, folder: Path | None) -> None:
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        self._timer.stop()
        self.folder = None
        if folder is not None and folder.is_dir():
            self.folder = WatchedFolder(folder)
            self.folder.start()
            self._watcher.addPath(str(folder))

    @property
    def watching(self) -> Path | None:
        return self.folder.folder if self.folder else None

    def _changed(self, _path: str) -> None:
        self._timer.start()

    def _poll(self) -> None:
        if self.folder is None:
            return
        ready = self.folder.poll()
        if self.folder.waiting:
            self._timer.start()
        if ready:
            self.new_exports.emit(ready)
