"""The one main window: navigation on the left (with the teen selector, the monitoring
status and the lock button at the bottom), the pages on the right, the lock screen in
front of everything while locked."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from guardian.scanning import ScanProgress
from ui import theme, words
from ui.alert_view import heading, plain_label
from ui.help import HelpPage
from ui.i18n import LANGUAGE_NAMES
from ui.inbox import InboxPage
from ui.overview import OverviewPage
from ui.session import Session
from ui.sources import SourcesPage
from ui.tray import status_icon
from ui.unlock import UnlockPage


class ComingPage(QWidget):
    """A page another part of Guardian will fill; says so plainly instead of staying blank."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.GRID * 3, theme.GRID * 3, theme.GRID * 3, theme.GRID * 3)
        layout.addWidget(heading(title))
        layout.addWidget(plain_label(text))
        layout.addStretch(1)


class Banner(QFrame):
    """A calm message above the pages (scan results, notification fallback); never chat text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("Banner { background: #E8F1EE; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.GRID * 2, theme.GRID, theme.GRID, theme.GRID)
        self.text = plain_label()
        self.text.setAccessibleName(self.tr("Message"))
        close = QToolButton()
        close.setIcon(theme.icon("cancel"))
        close.setAccessibleName(self.tr("Dismiss message"))
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout.addWidget(self.text, 1)
        layout.addWidget(close)
        self.hide()

    def say(self, text: str) -> None:
        self.text.setText(text)
        self.show()


class ScanBar(QFrame):
    """Progress of the running scan, with counts, time left and a cancel button."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.GRID * 2, theme.GRID, theme.GRID * 2, theme.GRID)
        self.label = plain_label(self.tr("Reading the exports…"))
        self.label.setWordWrap(False)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setAccessibleName(self.tr("Scan progress"))
        self.cancel = QPushButton(theme.icon("cancel"), self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel the scan"))
        self.cancel.clicked.connect(self.cancel_requested)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel)
        self.hide()

    def begin(self) -> None:
        self.bar.setValue(0)
        self.label.setText(self.tr("Reading the exports…"))
        self.cancel.setEnabled(True)
        self.show()

    def update_progress(self, progress: ScanProgress, left: float | None) -> None:
        self.bar.setValue(round(progress.fraction * 1000))
        text = self.tr("%n message(s) read", "", progress.messages)
        if progress.alerts:
            text += " · " + self.tr("%n alert(s)", "", progress.alerts)
        if left is not None:
            text += " · " + (self.tr("about %n second(s) left", "", round(left)) if left < 90
                             else self.tr("about %n minute(s) left", "", round(left / 60)))
        self.label.setText(text)


class Nav(QFrame):
    """Left navigation. Pages are listed once; the Alerts entry carries the unread count."""

    PAGES = ("alerts", "overview", "sources", "agreement", "help")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName("nav")
        self.setStyleSheet("#nav { background: palette(alternate-base); }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.GRID, theme.GRID * 2, theme.GRID, theme.GRID * 2)
        layout.setSpacing(theme.GRID)
        title = QLabel()
        title.setPixmap(theme.icon("guardian").pixmap(32, 32))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(plain_label("Guardian", bold=True), 1)
        layout.addLayout(top)

        self.teens = QComboBox()
        self.teens.setAccessibleName(self.tr("Teen shown"))
        self.teens.setToolTip(self.tr("Whose alerts to show"))
        layout.addWidget(self.teens)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Sections"))
        self.list.setIconSize(QSize(20, 20))
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setStyleSheet("QListWidget { background: transparent; } QListWidget::item { padding: 6px; }")
        labels = {
            "alerts": (self.tr("Alerts"), "alerts"),
            "overview": (self.tr("Overview"), "overview"),
            "sources": (self.tr("Sources"), "sources"),
            "agreement": (self.tr("Family agreement"), "agreement"),
            "help": (self.tr("Help"), "help"),
        }
        for key in self.PAGES:
            text, icon = labels[key]
            item = QListWidgetItem(theme.icon(icon), text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        layout.addWidget(self.language)
        status = QHBoxLayout()
        self.status_icon = QLabel()
        self.status_icon.setFixedSize(20, 20)
        self.status_text = plain_label()
        self.status_text.setWordWrap(False)
        status.addWidget(self.status_icon)
        status.addWidget(self.status_text, 1)
        layout.addLayout(status)
        self.pause = QPushButton()
        self.pause.setAccessibleName(self.tr("Pause or resume monitoring"))
        layout.addWidget(self.pause)
        self.lock = QPushButton(theme.icon("lock"), self.tr("Lock"))
        self.lock.setAccessibleName(self.tr("Lock Guardian"))
        self.lock.setToolTip(self.tr("Lock now (Ctrl+L)"))
        layout.addWidget(self.lock)
        self._fit_width(labels)

    def _fit_width(self, labels: dict[str, tuple[str, str]]) -> None:
        """Wide enough for the longest label in the current language (French runs longer)."""
        metrics = self.fontMetrics()
        texts = [t for t, _ in labels.values()] + [self.tr("Monitoring paused"), self.tr("Resume monitoring"),
                                                   self.tr("Alerts (%1)")]
        widest = max(metrics.horizontalAdvance(t) for t in texts)
        self.setFixedWidth(widest + theme.GRID * 7)

    def set_unread(self, count: int) -> None:
        item = self.list.item(self.PAGES.index("alerts"))
        text = words.fill(self.tr("Alerts (%1)"), str(count)) if count else self.tr("Alerts")
        item.setText(text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     self.tr("Alerts, %n unread", "", count) if count else self.tr("Alerts"))

    def set_monitoring(self, on: bool) -> None:
        self.status_icon.setPixmap(status_icon(on).pixmap(20, 20))
        self.status_text.setText(self.tr("Monitoring on") if on else self.tr("Monitoring paused"))
        self.status_text.setAccessibleName(self.status_text.text())
        self.pause.setText(self.tr("Pause monitoring") if on else self.tr("Resume monitoring"))


class MainWindow(QMainWindow):
    lock_requested = Signal()
    language_chosen = Signal(str)
    monitoring_toggled = Signal(bool)
    hidden_to_tray = Signal()

    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.keep_running: Callable[[], bool] = lambda: False
        self.setWindowTitle("Guardian")
        self.setWindowIcon(theme.icon("guardian"))
        self._fit_screen()
        self.front = QStackedWidget()
        self.setCentralWidget(self.front)

        self.unlock = UnlockPage(session)
        self.front.addWidget(self.unlock)
        main = QWidget()
        row = QHBoxLayout(main)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.nav = Nav()
        row.addWidget(self.nav)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        self.banner = Banner()
        right.addWidget(self.banner)
        self.pages = QStackedWidget()
        self.inbox = InboxPage(session)
        self.overview = OverviewPage(session)
        self.sources = SourcesPage(session)
        self.agreement = ComingPage(self.tr("Family agreement"), self.tr(
            "The family agreement you and your teen signed will be shown and changed here. This screen is coming "
            "in a later version of Guardian."))
        self.help = HelpPage()
        for page in (self.inbox, self.overview, self.sources, self.agreement, self.help):
            self.pages.addWidget(page)
        right.addWidget(self.pages, 1)
        self.scan_bar = ScanBar()
        right.addWidget(self.scan_bar)
        row.addLayout(right, 1)
        self.front.addWidget(main)
        self.main = main

        self.nav.list.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.list.setCurrentRow(0)
        self.nav.lock.clicked.connect(self.lock_requested)
        self.nav.pause.clicked.connect(lambda: self.monitoring_toggled.emit(not self.session.settings.monitoring))
        self.nav.language.setCurrentIndex(max(0, self.nav.language.findData(language)))
        self.nav.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.nav.language.currentData()))
        self.nav.teens.currentIndexChanged.connect(self._teen_chosen)
        self.inbox.help_wanted.connect(self.show_help)
        self.inbox.message.connect(self.banner.say)
        QShortcut(QKeySequence("Ctrl+L"), self, self.lock_requested.emit)
        for number, key in enumerate(Nav.PAGES, start=1):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, lambda k=key: self.show_page(k))

        session.unlocked.connect(self.show_unlocked)
        session.teens_changed.connect(self._fill_teens)
        session.locked.connect(self.show_locked)
        session.alerts_changed.connect(self._counts)
        session.settings_changed.connect(lambda: self.nav.set_monitoring(self.session.settings.monitoring))
        self.nav.set_monitoring(session.settings.monitoring)
        if session.is_unlocked:
            self.show_unlocked()
        else:
            self.show_locked()

    def _fit_screen(self) -> None:
        """1280 × 800, or the whole screen when it is smaller."""
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else QSize(1280, 800)
        self.resize(min(1280, room.width()), min(800, room.height()))

    # --- state ----------------------------------------------------------------------------

    def show_locked(self) -> None:
        self.front.setCurrentWidget(self.unlock)
        self.banner.hide()
        self.unlock.reset()

    def show_unlocked(self) -> None:
        self._fill_teens()
        self._counts()
        self.front.setCurrentWidget(self.main)
        self.nav.list.setFocus()

    def current_page(self) -> str:
        return Nav.PAGES[max(0, self.nav.list.currentRow())]

    def show_help(self, categories: Sequence[str] = ()) -> None:
        self.help.show_for(categories)
        self.show_page("help")

    def show_page(self, key: str) -> None:
        self.nav.list.setCurrentRow(Nav.PAGES.index(key))

    def _fill_teens(self) -> None:
        combo = self.nav.teens
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All teens"), None)
        for profile in self.session.profiles:
            combo.addItem(profile.name, profile.id)
        combo.setCurrentIndex(0)
        combo.blockSignals(False)
        combo.setVisible(len(self.session.profiles) > 1)

    def current_teen(self) -> str | None:
        teen: str | None = self.nav.teens.currentData()
        if teen is None and len(self.session.profiles) == 1:
            return self.session.profiles[0].id
        return teen

    def _teen_chosen(self, _index: int) -> None:
        teen = self.nav.teens.currentData()
        for page in (self.inbox, self.overview, self.sources):
            page.set_teen(teen)
        self._counts()

    def _counts(self) -> None:
        self.nav.set_unread(self.session.unread(self.nav.teens.currentData()))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing hides to the tray while a folder is watched there; otherwise it quits."""
        if self.keep_running():
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
            return
        super().closeEvent(event)
