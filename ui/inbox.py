"""The Alerts page: filter chips and search above the list, the selected alert beside it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from guardian import inbox
from guardian.evidence import EvidenceError
from guardian.inbox import InboxFilter
from guardian.overview import period
from ui import theme, words
from ui.alert_view import AlertView
from ui.flow import FlowLayout
from ui.inbox_model import AlertFilterProxy, AlertTableModel, Column
from ui.session import Session
from ui.widgets import busy_cursor, plain_label


class Chip(QToolButton):
    """A filter as a button with a menu of choices; its text says what is chosen."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setMenu(QMenu(self))
        self.setAccessibleName(title)
        self._choices: dict[str, QAction] = {}
        self._refresh()

    def set_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        """(code, label) pairs; what was selected and still exists stays selected."""
        kept = self.selected()
        menu = self.menu()
        menu.clear()
        self._choices = {}
        for code, label in choices:
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code in kept)
            action.toggled.connect(self._toggled)
            self._choices[code] = action
        self._refresh()

    def selected(self) -> set[str]:
        return {code for code, action in self._choices.items() if action.isChecked()}

    def clear(self) -> None:
        for action in self._choices.values():
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)
        self._refresh()

    def _toggled(self) -> None:
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        chosen = [action.text() for action in self._choices.values() if action.isChecked()]
        self.setText(f"{self.title}: {', '.join(chosen)}" if chosen else self.title)
        self.setChecked(bool(chosen))
        self.setCheckable(True)


class DateChip(QToolButton):
    """Any time, the last days, or a range chosen in a small dialog."""

    changed = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.since: date | None = None
        self.until: date | None = None
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAccessibleName(self.tr("Date"))
        menu = QMenu(self)
        menu.addAction(self.tr("Any time"), lambda: self._set(None, None))
        menu.addAction(self.tr("Last 7 days"), lambda: self._set(self._today() - timedelta(days=7), None))
        menu.addAction(self.tr("Last 30 days"), lambda: self._set(self._today() - timedelta(days=30), None))
        menu.addAction(self.tr("Choose dates…"), self._choose)
        self.setMenu(menu)
        self._refresh()

    def _set(self, since: date | None, until: date | None) -> None:
        self.since, self.until = since, until
        self._refresh()
        self.changed.emit()

    def clear(self) -> None:
        self.since = self.until = None
        self._refresh()

    def _choose(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Choose dates"))
        form = QFormLayout(dialog)
        start, end = QDateEdit(), QDateEdit()
        start.setCalendarPopup(True)
        end.setCalendarPopup(True)
        today = self._today()
        start.setDate(QDate(*(self.since or today - timedelta(days=30)).timetuple()[:3]))
        end.setDate(QDate(*(self.until or today).timetuple()[:3]))
        start.setAccessibleName(self.tr("From"))
        end.setAccessibleName(self.tr("To"))
        form.addRow(self.tr("From"), start)
        form.addRow(self.tr("To"), end)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._set(_day(start.date()), _day(end.date()))

    def _refresh(self) -> None:
        if self.since is None and self.until is None:
            self.setText(self.tr("Date"))
        else:
            since = words.day(datetime.combine(self.since, datetime.min.time())) if self.since else "…"
            until = words.day(datetime.combine(self.until, datetime.min.time())) if self.until else "…"
            self.setText(words.fill(self.tr("Date: %1 – %2"), since, until))
        self.setCheckable(True)
        self.setChecked(self.since is not None or self.until is not None)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class InboxPage(QWidget):
    help_wanted = Signal(tuple)  # the categories of the alert shown
    message = Signal(str)  # for the window's banner

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.teen_id: str | None = None
        self.model = AlertTableModel(self)
        self.proxy = AlertFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(splitter)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(theme.GRID * 2, theme.GRID * 2, theme.GRID, theme.GRID)
        column.setSpacing(theme.GRID)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search contacts and messages"))
        self.search.setAccessibleName(self.tr("Search alerts"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(theme.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._apply)
        column.addWidget(self.search)
        column.addLayout(self._chips())

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Alerts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.WHEN, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.CONTACT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.CATEGORIES, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(theme.GRID * 6)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.empty = plain_label()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)
        column.addWidget(self.list_stack, 1)
        splitter.addWidget(left)

        self.view = AlertView()
        self.view.status_chosen.connect(self.session.set_status)
        self.view.help_wanted.connect(lambda: self.help_wanted.emit(self.view.categories))
        self.view.export_wanted.connect(self.export_evidence)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([620, 460])
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)

        session.alerts_changed.connect(self.refresh)
        self.refresh()

    def _chips(self) -> FlowLayout:
        row = FlowLayout()
        self.severity_chip = Chip(self.tr("Severity"))
        self.category_chip = Chip(self.tr("Category"))
        self.platform_chip = Chip(self.tr("Platform"))
        self.status_chip = Chip(self.tr("Status"))
        self.date_chip = DateChip(date.today)
        self.severity_chip.set_choices([(code, words.severity(code)) for code in ("high", "medium", "low")])
        self.status_chip.set_choices([(code, words.status(code)) for code in inbox.STATUSES])
        self.show_low = QCheckBox(self.tr("Show low-level signals"))
        self.show_low.setAccessibleName(self.tr("Also show low-level signals, which are hidden by default"))
        self.show_low.setToolTip(self.tr("Weak signs that need no action on their own"))
        self.show_low.toggled.connect(self._apply)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear all filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        for chip in (self.severity_chip, self.category_chip, self.platform_chip, self.status_chip, self.date_chip):
            chip.changed.connect(self._apply)
            row.addWidget(chip)
        row.addWidget(self.show_low)
        row.addWidget(self.clear_button)
        return row

    # --- data ---------------------------------------------------------------------------

    def set_teen(self, teen_id: str | None) -> None:
        self.teen_id = teen_id
        self._apply()

    def refresh(self) -> None:
        selected = self.view.alert_id
        items = self.session.items
        self.model.teen_names = {p.id: p.name for p in self.session.profiles} if len(self.session.profiles) > 1 else {}
        self.model.set_items(items)
        self._fit_contact_column()
        self.category_chip.set_choices([(c, words.category(c)) for c in inbox.categories(items)])
        self.platform_chip.set_choices([(p, words.platform(p)) for p in inbox.platforms(items)])
        self._apply()
        if selected is not None:
            self.select(selected)

    def _fit_contact_column(self) -> None:
        """Contacts can be long: as wide as the longest, but leaving the "Why" column room."""
        self.table.resizeColumnToContents(Column.CONTACT)
        self.table.setColumnWidth(Column.CONTACT, min(self.table.columnWidth(Column.CONTACT), theme.GRID * 20))

    def current_filter(self) -> InboxFilter:
        return InboxFilter(
            severities=self.severity_chip.selected(), categories=self.category_chip.selected(),
            platforms=self.platform_chip.selected(), statuses=self.status_chip.selected(),
            since=self.date_chip.since, until=self.date_chip.until, query=self.search.text(), teen_id=self.teen_id,
            show_low=self.show_low.isChecked(),
        )

    def clear_filters(self) -> None:
        for chip in (self.severity_chip, self.category_chip, self.platform_chip, self.status_chip, self.date_chip):
            chip.clear()
        self.search.clear()
        self._apply()

    def _apply(self) -> None:
        self.proxy.set_filter(self.current_filter())
        self.clear_button.setEnabled(self.proxy.filter.active)
        shown = self.proxy.rowCount()
        self.list_stack.setCurrentWidget(self.table if shown else self.empty)
        if not shown:
            self.empty.setText(self._empty_text())
        if self.view.alert_id is not None and self.model.row_of(self.view.alert_id) is None:
            self.view.show_item(None)

    def _empty_text(self) -> str:
        if self.proxy.filter.active and self.session.items:
            return self.tr("No alert matches these filters.")
        return self._nothing_found()

    def _nothing_found(self) -> str:
        """Empty states teach: what was read, from what, over which period."""
        sources = self.session.sources
        if not sources:
            return self.tr("No alerts. No export has been read yet: add one in Sources.")
        messages = sum(s.messages for s in sources)
        names = ", ".join(dict.fromkeys(words.platform(s.platform) for s in sources))
        exports = words.fill(self.tr("%n export(s) (%1)", "", len(sources)), names)
        text = words.fill(self.tr("No alerts. Guardian read %n message(s) from %1.", "", messages), exports)
        first, last = period(sources)
        if first and last:
            text += " " + words.fill(self.tr("Period: %1 to %2."), words.day(first), words.day(last))
        return text

    # --- evidence -----------------------------------------------------------------------

    def export_evidence(self, alert_id: str, folder: Path | None = None) -> None:
        """Ask where (never inside Guardian's data folder), then write the dossier."""
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Where to save the evidence dossier"),
                                                      str(Path.home()))
            if not chosen:
                return
            folder = Path(chosen)
        try:
            with busy_cursor():
                files, fingerprint = self.session.export_evidence(alert_id, folder, words.language())
        except EvidenceError as exc:
            self.message.emit(words.fill(self.tr("The evidence could not be saved: %1"),
                                         exc.text.get(words.language())))
            return
        except OSError:
            self.message.emit(self.tr("The evidence could not be saved: the folder cannot be written to."))
            return
        names = ", ".join(path.name for path in files)
        self.message.emit(words.fill(self.tr("Evidence saved in %1: %2. Fingerprint (SHA-256): %3"),
                                     str(folder), names, fingerprint))

    # --- selection ----------------------------------------------------------------------

    def select(self, alert_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.item(row).id == alert_id:
                self.table.selectRow(row)
                return

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {index.row() for index in selected.indexes()}
        if not rows:
            return
        item = self.proxy.item(min(rows))
        if item.id == self.view.alert_id:
            self.view.show_item(item)  # status changed: refresh the buttons, no new "opened" entry
            return
        stored = self.session.open_alert(item.id)
        scope = self.session.review_scope(item.teen_id)
        self.view.show_item(item, stored.payload if stored and stored.payload else None, scope)

