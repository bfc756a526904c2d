"""The Overview page: alerts per week, by category and by platform (drawn with QPainter),
and the period each source covers."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from guardian.overview import ScannedSource, by_category, by_platform, weekly_counts
from ui import theme, words
from ui.session import Session
from ui.sources import SourceCard
from ui.widgets import clear_layout, heading, plain_label, scrolled_column

Bar = tuple[str, int]  # label, value


class WeekBars(QWidget):
    """Vertical bars, one per week, the count above each bar and the week's date below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setMinimumHeight(theme.GRID * 22)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self.setAccessibleDescription("; ".join(f"{label}: {value}" for label, value in self.bars))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(theme.GRID * 60, theme.GRID * 22)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height()
        top, bottom = line + 4, self.height() - line - 4
        slot = self.width() / len(self.bars)
        peak = max(value for _, value in self.bars) or 1
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        widest = max(metrics.horizontalAdvance(label) for label, _ in self.bars) + theme.GRID
        step = max(1, math.ceil(widest / slot))  # skip labels that would collide
        for i, (label, value) in enumerate(self.bars):
            height = (bottom - top) * value / peak
            rect = QRectF(i * slot + slot * 0.15, bottom - height, slot * 0.7, height)
            painter.fillRect(rect, theme.ACCENT)
            painter.setPen(text_colour)
            if value:
                painter.drawText(QRectF(i * slot, rect.top() - line - 2, slot, line), Qt.AlignmentFlag.AlignCenter,
                                 str(value))
            if i % step == 0:
                painter.drawText(QRectF(i * slot - slot, bottom + 2, slot * 3, line), Qt.AlignmentFlag.AlignCenter,
                                 label)
        painter.end()


class HorizontalBars(QWidget):
    """One labelled bar per row: labels are never cut, the bar takes what width is left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self.setAccessibleDescription("; ".join(f"{label}: {value}" for label, value in self.bars))
        self.setFixedHeight(max(1, len(self.bars)) * self._row())
        self.update()

    def _row(self) -> int:
        return self.fontMetrics().height() + theme.GRID

    def _label_width(self) -> int:
        return max((self.fontMetrics().horizontalAdvance(label) for label, _ in self.bars), default=0) + theme.GRID

    def sizeHint(self) -> QSize:
        return QSize(self._label_width() + theme.GRID * 20, max(1, len(self.bars)) * self._row())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._label_width() + theme.GRID * 8, max(1, len(self.bars)) * self._row())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.bars:
            return
        painter = QPainter(self)
        metrics = painter.fontMetrics()
        row, label_width = self._row(), self._label_width()
        number_width = metrics.horizontalAdvance("0000")
        room = max(1, self.width() - label_width - number_width - theme.GRID)
        peak = max(value for _, value in self.bars) or 1
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        for i, (label, value) in enumerate(self.bars):
            y = i * row
            painter.drawText(QRectF(0, y, label_width, row), Qt.AlignmentFlag.AlignVCenter, label)
            width = room * value / peak
            painter.fillRect(QRectF(label_width, y + theme.GRID / 2, width, row - theme.GRID), theme.ACCENT)
            painter.drawText(QRectF(label_width + width + 4, y, number_width, row), Qt.AlignmentFlag.AlignVCenter,
                             str(value))
        painter.end()


class OverviewPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.teen_id: str | None = None
        _, layout = scrolled_column(self, QWidget())
        layout.addWidget(heading(self.tr("Overview")))
        self.summary = plain_label()
        layout.addWidget(self.summary)
        layout.addWidget(heading(self.tr("Alerts per week")))
        self.weeks = WeekBars()
        self.weeks.setAccessibleName(self.tr("Alerts per week"))
        layout.addWidget(self.weeks)
        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.GRID * 4)
        grid.addWidget(heading(self.tr("By category")), 0, 0)
        grid.addWidget(heading(self.tr("By platform")), 0, 1)
        self.categories = HorizontalBars()
        self.categories.setAccessibleName(self.tr("Alerts by category"))
        self.platforms = HorizontalBars()
        self.platforms.setAccessibleName(self.tr("Alerts by platform"))
        grid.addWidget(self.categories, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.platforms, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid)
        layout.addWidget(heading(self.tr("What was scanned")))
        self.scanned = QVBoxLayout()
        self.scanned.setSpacing(theme.GRID)
        layout.addLayout(self.scanned)
        layout.addStretch(1)
        session.alerts_changed.connect(self.refresh)
        self.refresh()

    def set_teen(self, teen_id: str | None) -> None:
        self.teen_id = teen_id
        self.refresh()

    def refresh(self) -> None:
        items = [i for i in self.session.items if self.teen_id is None or i.teen_id == self.teen_id]
        sources = [s for s in self.session.sources if self.teen_id is None or s.teen_id == self.teen_id]
        self.summary.setText(self.tr("%n alert(s) in total.", "", len(items)))
        self.weeks.set_bars([(words.short_day(w.monday), w.count) for w in weekly_counts(items)])
        self.categories.set_bars([(words.category(code), n) for code, n in by_category(items)])
        self.platforms.set_bars([(words.platform(code), n) for code, n in by_platform(items)])
        self._fill_sources(sources)

    def _fill_sources(self, sources: Sequence[ScannedSource]) -> None:
        clear_layout(self.scanned)
        if not sources:
            self.scanned.addWidget(plain_label(self.tr("Nothing has been scanned yet."), muted=True))
        for source in sources:
            self.scanned.addWidget(SourceCard(source))
