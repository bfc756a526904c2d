"""The inbox table: a model over InboxItem rows and a proxy that sorts and filters them
with guardian.inbox.InboxFilter (the rules live in the core, not here)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from guardian.inbox import STATUSES, InboxFilter, InboxItem
from ui import theme, words

ItemRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """"Why" comes last and stretches: in a narrow window it is the one elided (the alert view
    beside the list gives it in full)."""

    SEVERITY = 0
    CONTACT = 1
    PLATFORM = 2
    WHEN = 3
    STATUS = 4
    CATEGORIES = 5


HEADERS = {
    Column.SEVERITY: str(QT_TRANSLATE_NOOP("AlertTableModel", "Severity")),
    Column.CONTACT: str(QT_TRANSLATE_NOOP("AlertTableModel", "Contact")),
    Column.PLATFORM: str(QT_TRANSLATE_NOOP("AlertTableModel", "Platform")),
    Column.WHEN: str(QT_TRANSLATE_NOOP("AlertTableModel", "When")),
    Column.STATUS: str(QT_TRANSLATE_NOOP("AlertTableModel", "Status")),
    Column.CATEGORIES: str(QT_TRANSLATE_NOOP("AlertTableModel", "Why")),
}


class AlertTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[InboxItem] = []
        self.now = datetime.now()
        self.teen_names: dict[str, str] = {}

    def set_items(self, items: Sequence[InboxItem], now: datetime | None = None) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.now = now or datetime.now()
        self.endResetModel()

    def item(self, row: int) -> InboxItem:
        return self._items[row]

    def row_of(self, alert_id: str) -> int | None:
        return next((row for row, item in enumerate(self._items) if item.id == alert_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AlertTableModel", HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = Column(index.column())
        if role == ItemRole:
            return item
        if role == SortRole:
            return _sort_key(item, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.CATEGORIES:
            return self._text(item, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.SEVERITY:
            return theme.severity_icon(item.severity)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.SEVERITY:
            return theme.severity_colour(item.severity)
        if role == Qt.ItemDataRole.FontRole and item.unread:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, item: InboxItem, column: Column) -> str:
        if column == Column.SEVERITY:
            return words.severity(item.severity)
        if column == Column.CONTACT:
            teen = self.teen_names.get(item.teen_id or "")
            return f"{item.contact} · {teen}" if teen else item.contact
        if column == Column.PLATFORM:
            return words.platform(item.platform)
        if column == Column.CATEGORIES:
            return ", ".join(words.category(c) for c in item.categories)
        if column == Column.WHEN:
            return words.relative(item.when, self.now)
        return words.status(item.status)


def _sort_key(item: InboxItem, column: Column) -> Any:
    # Plain strings and ints: the proxy compares these natively.
    if column == Column.SEVERITY:
        return f"{item.severity_rank}{item.sort_time.isoformat()}"
    if column == Column.CONTACT:
        return item.contact.casefold()
    if column == Column.PLATFORM:
        return item.platform
    if column == Column.CATEGORIES:
        return len(item.categories)
    if column == Column.WHEN:
        return item.sort_time.isoformat()
    return STATUSES.index(item.status) if item.status in STATUSES else len(STATUSES)


class AlertFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.filter = InboxFilter()
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)

    def set_filter(self, new: InboxFilter) -> None:
        self.beginFilterChange()
        self.filter = new
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, AlertTableModel)
        return self.filter.matches(model.item(source_row))

    def item(self, proxy_row: int) -> InboxItem:
        source = self.mapToSource(self.index(proxy_row, 0))
        model = self.sourceModel()
        assert isinstance(model, AlertTableModel)
        return model.item(source.row())
