"""The one main window: navigation on the left (with the teen selector, the monitoring
status and the lock button at the bottom), the pages on the right, the lock screen in
front of everything while locked, and from it the teen's own view (their PIN)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QPaintEvent, QShortcut
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

from guardian.agreement_store import MILESTONE_EVENTS
from guardian.agreement_store import Session as AgreementSession
from guardian.scanning import ScanProgress
from guardian.teen_view import day_words
from ui import theme, words
from ui.agreement_page import AgreementPage
from ui.help import HelpPage
from ui.i18n import LANGUAGE_NAMES
from ui.inbox import InboxPage
from ui.overview import OverviewPage
from ui.session import Milestone, Monitoring, Session
from ui.sources import SourcesPage
from ui.teen_entry import TeenSignIn, TeenSpace
from ui.tray import status_icon
from ui.unlock import UnlockPage
from ui.widgets import plain_label


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

    def add(self, text: str) -> None:
        """Say it first, keeping what is already shown (milestones announced on unlock)."""
        shown = "" if self.isHidden() else self.text.text()
        self.say("\n".join(filter(None, (text, shown))))


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
        texts = [t for t, _ in labels.values()] + [*map(words.monitoring, words.MONITORING),
                                                   self.tr("Resume monitoring"), self.tr("Alerts (%1)")]
        widest = max(metrics.horizontalAdvance(t) for t in texts)
        self.setFixedWidth(widest + theme.GRID * 7)

    def set_unread(self, count: int) -> None:
        item = self.list.item(self.PAGES.index("alerts"))
        text = words.fill(self.tr("Alerts (%1)"), str(count)) if count else self.tr("Alerts")
        item.setText(text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     self.tr("Alerts, %n unread", "", count) if count else self.tr("Alerts"))

    def set_monitoring(self, state: Monitoring) -> None:
        """The visible sign; pausing is offered while there is something to pause or resume."""
        self.status_icon.setPixmap(status_icon(state).pixmap(20, 20))
        self.status_text.setText(words.monitoring(state))
        self.status_text.setAccessibleName(self.status_text.text())
        self.pause.setText(self.tr("Resume monitoring") if state == "paused" else self.tr("Pause monitoring"))
        self.pause.setVisible(state in ("on", "paused"))


FIRST_PAINT_WAIT_MS = 1000  # work waiting for the first paint of a window never shown waits no longer


class MainWindow(QMainWindow):
    lock_requested = Signal()
    language_chosen = Signal(str)
    hidden_to_tray = Signal()

    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._painted = False
        self._after_paint: list[Callable[[], None]] = []
        self.keep_running: Callable[[], bool] = lambda: False
        self.setWindowTitle("Guardian")
        self.setWindowIcon(theme.icon("guardian"))
        self._fit_screen()
        self.front = QStackedWidget()
        self.setCentralWidget(self.front)

        self.unlock = UnlockPage(session)
        self.front.addWidget(self.unlock)
        self.teen_sign_in = TeenSignIn(session)
        self.front.addWidget(self.teen_sign_in)
        self.teen_space: TeenSpace | None = None
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
        self.agreement = AgreementPage(session)
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
        self.nav.pause.setToolTip(self.tr("Pausing signs a new version of the agreement; your teen sees it"))
        self.nav.pause.clicked.connect(self.toggle_pause)
        self.nav.language.setCurrentIndex(max(0, self.nav.language.findData(language)))
        self.nav.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.nav.language.currentData()))
        self.nav.teens.currentIndexChanged.connect(self._teen_chosen)
        self.inbox.help_wanted.connect(self.show_help)
        self.inbox.message.connect(self.banner.say)
        self.unlock.teen_requested.connect(self.show_teen_sign_in)
        self.teen_sign_in.back.connect(self.show_locked)
        self.teen_sign_in.signed_in.connect(self.show_teen_space)
        QShortcut(QKeySequence("Ctrl+L"), self, self.lock_requested.emit)
        for number, key in enumerate(Nav.PAGES, start=1):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, lambda k=key: self.show_page(k))

        session.unlocked.connect(self.show_unlocked)
        session.teens_changed.connect(self._fill_teens)
        session.locked.connect(self.show_locked)
        session.alerts_changed.connect(self._counts)
        session.agreements_changed.connect(self.show_monitoring)
        session.teens_changed.connect(self.show_monitoring)
        self.show_monitoring()
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
        self._close_teen_space()
        self.front.setCurrentWidget(self.unlock)
        self.banner.hide()
        self.unlock.reset()
        self.show_monitoring()

    def show_unlocked(self) -> None:
        self._fill_teens()
        self._counts()
        self.agreement.refresh()
        self.show_monitoring()
        self.front.setCurrentWidget(self.main)
        self.nav.list.setFocus()
        if self.session.milestones:
            self.banner.say("\n".join(self._milestone_text(m) for m in self.session.milestones))

    def _milestone_text(self, milestone: Milestone) -> str:
        name = self.session.teen_name(milestone.teen_id)
        on = day_words(milestone.on, words.language())
        if milestone.event == MILESTONE_EVENTS["ended"]:
            return words.fill(self.tr("%1: monitoring ended on %2, as you agreed. Guardian reads nothing more for "
                                      "them, and they were told too."), name, on)
        return words.fill(self.tr("%1: since %2, Guardian watches less, as you agreed for this age. They were "
                                  "told too."), name, on)

    # --- the teen's own view ----------------------------------------------------------------

    def show_teen_sign_in(self) -> None:
        self.teen_sign_in.reset()
        self.front.setCurrentWidget(self.teen_sign_in)

    def show_teen_space(self, teen: AgreementSession) -> None:
        self._close_teen_space()
        self.teen_space = TeenSpace(self.session, teen)
        self.teen_space.left.connect(self.show_locked)
        self.front.addWidget(self.teen_space)
        self.front.setCurrentWidget(self.teen_space)

    def _close_teen_space(self) -> None:
        """Leaving drops the widget holding the teen's key: the next visit types the PIN again."""
        if self.teen_space is not None:
            self.teen_space.idle.stop()
            self.front.removeWidget(self.teen_space)
            self.teen_space.deleteLater()
            self.teen_space = None

    # --- monitoring -------------------------------------------------------------------------

    def show_monitoring(self) -> None:
        """The sign for the teen chosen in the navigation, or for all teens."""
        self.nav.set_monitoring(self.session.monitoring(self.nav.teens.currentData()))
        self.unlock.set_monitoring(self.session.monitoring())

    def toggle_pause(self) -> None:
        teen = self.nav.teens.currentData()
        self.session.set_paused(teen, paused=self.session.monitoring(teen) == "on")

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
        for page in (self.inbox, self.overview, self.sources, self.agreement):
            page.set_teen(teen)
        self._counts()
        self.show_monitoring()

    def _counts(self) -> None:
        self.nav.set_unread(self.session.unread(self.nav.teens.currentData()))

    def after_first_paint(self, then: Callable[[], None]) -> None:
        """Call `then` once the window has been painted. Work that keeps the interpreter busy in
        another thread (a scan loading its rule packs) makes painting, which runs Python between
        native calls, wait for the interpreter lock at every step: started with the first paint,
        a scan made that frame 70-80 ms late (bench.ui_stall)."""
        if self._painted:
            QTimer.singleShot(0, self, then)
            return
        self._after_paint.append(then)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, self._painted_now)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            QTimer.singleShot(0, self, self._painted_now)  # once this frame is done

    def _painted_now(self) -> None:
        self._painted = True
        waiting, self._after_paint = self._after_paint, []
        for then in waiting:
            then()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing hides to the tray while a folder is watched there; otherwise it quits."""
        if self.keep_running():
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
            return
        super().closeEvent(event)
