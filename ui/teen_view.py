"""The teen's own view, opened with their PIN: an obvious sign that monitoring is on (ICO
Children's Code standard 11), what Guardian watches in their words, the log of what was done
that concerns them, help they can use without telling their parent, and a way to propose a
change. Looking at the help is never logged: nothing here tells the parent."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from guardian.agreement_store import AgreementStore, Loaded, Session, announce_milestones
from guardian.detect.categories import CATEGORIES
from guardian.helpdir import Audience, country_from_locale
from guardian.teen_view import notices, transparency_log, watch_summary
from guardian.vault.store import Vault
from ui import theme, words
from ui.agreement_dialog import AgreementDialog
from ui.help import EntryCard, GuidanceCard, directory
from ui.widgets import clear_layout, heading, plain_label, scrolling


class TeenView(QWidget):
    def __init__(self, vault: Vault, store: AgreementStore, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.store, self.session = vault, store, session
        self.loaded: Loaded = store.load(session)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.GRID * 3, theme.GRID * 2, theme.GRID * 3, theme.GRID * 2)
        layout.setSpacing(theme.GRID * 2)
        layout.addWidget(self._status_bar())
        self.tabs = QTabWidget()
        self.summary = QVBoxLayout()
        self.tabs.addTab(self._summary_page(), self.tr("What Guardian watches"))
        self.log = QTableWidget(0, 3)
        self.log.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        self.log.setAccessibleName(self.tr("What was done, newest first"))
        self.log.verticalHeader().setVisible(False)
        self.log.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.log.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.log.setWordWrap(True)
        self.tabs.addTab(self.log, self.tr("What was done"))
        self.tabs.addTab(self._help_page(), self.tr("Help"))
        layout.addWidget(self.tabs, 1)
        self.refresh()

    # --- building ---------------------------------------------------------------------------

    def _status_bar(self) -> QFrame:
        bar = QFrame()
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(bar)
        self.status_icon = QLabel()
        self.status_text = plain_label(bold=True)
        self.status_text.setAccessibleName(self.tr("Monitoring status"))
        row.addWidget(self.status_icon)
        row.addWidget(self.status_text, 1)
        self.propose_button = QPushButton(self.tr("Propose a change…"))
        self.propose_button.setAccessibleName(self.tr("Propose a change to the agreement"))
        self.propose_button.clicked.connect(self.propose)
        row.addWidget(self.propose_button)
        return bar

    def _summary_page(self) -> QScrollArea:
        inner = QWidget()
        outer = QVBoxLayout(inner)
        outer.setSpacing(theme.GRID)
        self.notice = plain_label()
        outer.addWidget(self.notice)
        outer.addLayout(self.summary)
        outer.addStretch(1)
        return scrolling(inner)

    def _help_page(self) -> QScrollArea:
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setSpacing(theme.GRID)
        layout.addWidget(plain_label(self.tr(
            "You can contact these yourself, without telling your parent. Guardian does not record that you "
            "looked here and never contacts them for you."), bold=True))
        row = QHBoxLayout()
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country"))
        row.addWidget(plain_label(self.tr("Country")))
        row.addWidget(self.country, 1)
        layout.addLayout(row)
        self.help_entries = QVBoxLayout()
        layout.addLayout(self.help_entries)
        layout.addStretch(1)
        found = directory()
        if found is None:
            self.help_entries.addWidget(plain_label(self.tr(
                "The help list could not be read. In danger, call 112 (Europe) or 911 (North America).")))
            return scrolling(inner)
        for code, name in found.country_names.items():
            self.country.addItem(name.get(words.language()), code)
        wanted = country_from_locale(QLocale.system().name(), found.countries)
        self.country.setCurrentIndex(max(0, self.country.findData(wanted)))
        self.country.currentIndexChanged.connect(lambda _i: self._fill_help())
        self._fill_help()
        return scrolling(inner)

    def _fill_help(self) -> None:
        found = directory()
        if found is None:
            return
        clear_layout(self.help_entries)
        for text in found.guidance_for(tuple(CATEGORIES), words.language(), Audience.CHILD):
            self.help_entries.addWidget(GuidanceCard(text))
        for entry in found.entries_for(self.country.currentData(), (), Audience.CHILD):
            self.help_entries.addWidget(EntryCard(entry))

    # --- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        announce_milestones(self.vault, self.session.teen_id)  # an age reached since last time: logged once
        self.loaded = self.store.load(self.session)
        agreement, today, language = self.loaded.agreement, self.vault.clock.now().date(), words.language()
        ended = today >= agreement.ends_on
        if ended:
            self.status_text.setText(self.tr("Monitoring has ended"))
        elif agreement.paused:
            self.status_text.setText(self.tr("Monitoring is paused"))
        else:
            self.status_text.setText(self.tr("Monitoring is on"))
        icon = "monitoring-on" if not (ended or agreement.paused) else "monitoring-paused"
        self.status_icon.setPixmap(theme.icon(icon).pixmap(theme.GRID * 3, theme.GRID * 3))
        self.propose_button.setEnabled(not ended)
        waiting = self.loaded.pending is not None
        self.notice.setText("\n".join(notices(agreement, language, "teen", self.loaded.tampered, waiting)))
        self.notice.setVisible(bool(self.notice.text()))
        clear_layout(self.summary)
        self.summary.addWidget(plain_label(words.fill(self.tr("Agreement version %1"), str(agreement.version)),
                                           muted=True))
        for section in watch_summary(agreement, today, language):
            self.summary.addWidget(heading(section.title))
            self.summary.addWidget(plain_label("\n".join(section.lines)))
        self._fill_log(language)

    def _fill_log(self, language: str) -> None:
        lines = transparency_log(self.vault.db, self.session.teen_id, language)
        self.log.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for column, text in enumerate((words.moment(line.at.astimezone()), line.who, line.what)):
                self.log.setItem(row, column, QTableWidgetItem(text))
        self.log.resizeColumnsToContents()
        self.log.resizeRowsToContents()

    def propose(self) -> None:
        AgreementDialog(self.vault, self.store, self.session, self).exec()
        self.refresh()
