"""The Sources page: what was imported, what each export type can never contain, adding
exports (drop or pick files, folders, zips), and the watched folder."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from guardian.overview import ScannedSource
from guardian.vault.secretstore import SecretStoreUnavailable
from ui import theme, words
from ui.passphrase import RememberChoice
from ui.session import Session
from ui.teens import AddTeenDialog
from ui.widgets import card_column, clear_layout, heading, plain_label, scrolled_column

EXPORT_FILTER = "*.zip *.json *.txt *.csv *.jsonl *.html *.xml *.db"


class SourceCard(QFrame):
    """One imported export: platform, file, period and what its type never holds."""

    def __init__(self, source: ScannedSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = card_column(self)
        name = Path(source.path).name or source.path
        layout.addWidget(plain_label(f"{words.platform(source.platform)} · {name}", bold=True))
        span = self.tr("no dates")
        if source.first_at and source.last_at:
            span = words.fill(self.tr("%1 to %2"), words.day(source.first_at), words.day(source.last_at))
        detail = words.fill(self.tr("%n message(s) · %1 · read on %2", "", source.messages), span,
                            words.day(source.imported_at))
        if not source.complete:
            detail += " · " + self.tr("scan not finished")
        layout.addWidget(plain_label(detail, muted=True))
        gaps = [gap.get(words.language()) for gap in source.gaps]
        if gaps:
            layout.addWidget(plain_label(self.tr("This export type never contains:")))
            layout.addWidget(plain_label("\n".join(f"• {gap}" for gap in gaps)))
        self.setAccessibleName(words.fill(self.tr("Export %1"), name))


class DropZone(QFrame):
    """Drop exports here, or pick them: files, folders and zips."""

    dropped = Signal(list)  # list[Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Add exports"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.GRID * 2, theme.GRID * 2, theme.GRID * 2, theme.GRID * 2)
        layout.addWidget(plain_label(self.tr(
            "Drop your teen's exports here (zip files, folders or files), or choose them.")))
        row = QHBoxLayout()
        files = QPushButton(theme.icon("add"), self.tr("Choose files…"))
        files.setAccessibleName(self.tr("Choose export files or zips"))
        folder = QPushButton(theme.icon("sources"), self.tr("Choose a folder…"))
        folder.setAccessibleName(self.tr("Choose an unzipped export folder"))
        files.clicked.connect(self._pick_files)
        folder.clicked.connect(self._pick_folder)
        row.addWidget(files)
        row.addWidget(folder)
        row.addStretch(1)
        layout.addLayout(row)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths)

    def _pick_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose exports"), str(Path.home()), words.fill(self.tr("Exports (%1)"), EXPORT_FILTER))
        if names:
            self.dropped.emit([Path(n) for n in names])

    def _pick_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose an export folder"), str(Path.home()))
        if name:
            self.dropped.emit([Path(name)])


class SourcesPage(QWidget):
    exports_added = Signal(list, object)  # list[Path], the teen they belong to (id or None)
    watch_folder_chosen = Signal(object)  # Path | None
    preferences_changed = Signal(bool, int)  # notifications, minutes before locking

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.teen_id: str | None = None
        _, layout = scrolled_column(self, QWidget())
        layout.addWidget(heading(self.tr("Sources")))
        owner = QHBoxLayout()
        self.owner_label = plain_label(self.tr("New exports belong to"))
        self.owner_label.setWordWrap(False)
        self.owner = QComboBox()
        self.owner.setAccessibleName(self.tr("Teen the new exports belong to"))
        owner.addWidget(self.owner_label)
        owner.addWidget(self.owner)
        owner.addStretch(1)
        layout.addLayout(owner)
        self.drop = DropZone()
        self.drop.dropped.connect(lambda paths: self.exports_added.emit(paths, self.owner.currentData()))
        layout.addWidget(self.drop)

        layout.addWidget(heading(self.tr("Watched folder")))
        layout.addWidget(plain_label(self.tr(
            "Guardian can watch a folder, such as Downloads, and read new exports saved there while it runs."),
            muted=True))
        row = QHBoxLayout()
        self.folder = plain_label()
        self.folder.setAccessibleName(self.tr("Watched folder"))
        choose = QPushButton(theme.icon("folder-watch"), self.tr("Choose…"))
        choose.setAccessibleName(self.tr("Choose the watched folder"))
        choose.clicked.connect(self._choose_folder)
        self.stop = QPushButton(self.tr("Stop watching"))
        self.stop.setAccessibleName(self.tr("Stop watching the folder"))
        self.stop.clicked.connect(lambda: self.watch_folder_chosen.emit(None))
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        row.addWidget(self.stop)
        layout.addLayout(row)

        self.problems_title = heading(self.tr("Files the last scan could not read"))
        self.problems = plain_label()
        self.problems.setAccessibleName(self.tr("Files the last scan could not read"))
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems)
        layout.addWidget(heading(self.tr("Imported exports")))
        self.cards = QVBoxLayout()
        self.cards.setSpacing(theme.GRID)
        layout.addLayout(self.cards)
        layout.addLayout(self._teens_section())
        layout.addLayout(self._preferences_section())
        layout.addStretch(1)
        session.alerts_changed.connect(self.refresh)
        session.settings_changed.connect(self.refresh)
        session.teens_changed.connect(self.refresh)
        self.refresh()

    def _teens_section(self) -> QVBoxLayout:
        section = QVBoxLayout()
        section.setSpacing(theme.GRID)
        section.addWidget(heading(self.tr("Teens")))
        self.teens = plain_label()
        self.teens.setAccessibleName(self.tr("Teens"))
        section.addWidget(self.teens)
        add = QPushButton(theme.icon("add"), self.tr("Add a teen…"))
        add.setAccessibleName(self.tr("Add a teen to this family"))
        add.clicked.connect(self._add_teen)
        section.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        return section

    def _preferences_section(self) -> QVBoxLayout:
        section = QVBoxLayout()
        section.setSpacing(theme.GRID)
        section.addWidget(heading(self.tr("Preferences")))
        self.notifications = QCheckBox(self.tr("Tell me when there is a new alert (the notification never shows "
                                               "any message)"))
        self.notifications.setAccessibleName(self.tr("Desktop notifications for new alerts"))
        section.addWidget(self.notifications)
        row = QHBoxLayout()
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(1, 240)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setAccessibleName(self.tr("Minutes without use before Guardian locks itself"))
        label = plain_label(self.tr("Lock Guardian after this long without use"))
        label.setWordWrap(False)
        row.addWidget(label)
        row.addWidget(self.auto_lock)
        row.addStretch(1)
        section.addLayout(row)
        self.notifications.toggled.connect(self._preferences)
        self.auto_lock.valueChanged.connect(self._preferences)
        self.remember = RememberChoice(self.session.secret_store is not None)
        self.remember.toggled.connect(self._remember)
        section.addWidget(self.remember)
        self.remember_refused = plain_label()
        self.remember_refused.setAccessibleName(self.tr("Key store message"))
        self.remember_refused.hide()
        section.addWidget(self.remember_refused)
        return section

    def _preferences(self) -> None:
        self.preferences_changed.emit(self.notifications.isChecked(), self.auto_lock.value())

    def _remember(self, on: bool) -> None:
        try:
            self.session.set_remembered(on)
        except SecretStoreUnavailable:
            self.remember_refused.setText(self.tr(
                "The system key store did not accept the key: Guardian will keep asking for your passphrase."))
            self.remember_refused.show()
            self.remember.show_state(self.session.remembered)
            return
        self.remember_refused.hide()

    def _add_teen(self) -> None:
        dialog = AddTeenDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            form = dialog.teen
            self.session.add_teen(form.name.text().strip(), form.pin.text(), dialog.accounts.values(),
                                  form.birth_month.value())

    def set_teen(self, teen_id: str | None) -> None:
        self.teen_id = teen_id
        self.refresh()

    def refresh(self) -> None:
        folder = self.session.settings.watched_folder
        self.folder.setText(folder or self.tr("No folder is watched."))
        self.stop.setEnabled(folder is not None)
        self._fill_owner_choice()
        self.teens.setText("\n".join(
            words.fill(self.tr("%1 — %n account(s)", "", len(p.accounts)), p.name) for p in self.session.profiles))
        self.notifications.blockSignals(True)
        self.notifications.setChecked(self.session.settings.notifications)
        self.notifications.blockSignals(False)
        self.auto_lock.blockSignals(True)
        self.auto_lock.setValue(self.session.settings.auto_lock_minutes)
        self.auto_lock.blockSignals(False)
        self.remember.show_state(self.session.remembered)
        problems = self.session.scan_problems
        self.problems_title.setVisible(bool(problems))
        self.problems.setVisible(bool(problems))
        self.problems.setText("\n".join(f"• {problem}" for problem in problems))
        self._fill([s for s in self.session.sources if self.teen_id is None or s.teen_id == self.teen_id])

    def _fill_owner_choice(self) -> None:
        """With several teens the parent says whose exports these are; one teen needs no question."""
        chosen = self.teen_id or self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        for profile in self.session.profiles:
            self.owner.addItem(profile.name, profile.id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(chosen)))
        self.owner.blockSignals(False)
        several = len(self.session.profiles) > 1
        self.owner.setVisible(several)
        self.owner_label.setVisible(several)

    def _fill(self, sources: Sequence[ScannedSource]) -> None:
        clear_layout(self.cards)
        if not sources:
            self.cards.addWidget(plain_label(self.tr("No export has been read yet."), muted=True))
        for source in sources:
            self.cards.addWidget(SourceCard(source))

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder to watch"), str(Path.home()))
        if name:
            self.watch_folder_chosen.emit(Path(name))

