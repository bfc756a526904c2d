"""Small builders every screen shares: plain-text labels, scrolling columns, cards, the
secret-entry row of the lock screens and OK/Cancel buttons, so the screens look alike and a
fix to one (plain text only, wrapping, spacing) reaches them all."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui import theme


def plain_label(text: str = "", *, bold: bool = False, muted: bool = False) -> QLabel:
    """A label that can never interpret its text as markup."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    if muted:
        label.setStyleSheet(f"color: {theme.MUTED.name()};")
    return label


def heading(text: str) -> QLabel:
    label = plain_label(text, bold=True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def error_label(accessible_name: str = "") -> QLabel:
    """Where a form says what went wrong, in the high-severity red (the words carry the meaning)."""
    label = plain_label()
    if accessible_name:
        label.setAccessibleName(accessible_name)
    label.setStyleSheet(f"color: {theme.SEVERITY_COLOURS['high'].name()};")
    return label


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget of `layout` (lists rebuilt on each refresh)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # gone from the screen now; deleted once the event loop gets to it
            widget.deleteLater()


def scrolling(inner: QWidget) -> QScrollArea:
    """`inner` in a frameless scroll area that follows its width."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(inner)
    return scroll


def scrolled_column(page: QWidget, body: QWidget, *, margin: int = theme.GRID * 3,
                    spacing: int = theme.GRID * 2) -> tuple[QScrollArea, QVBoxLayout]:
    """Fill `page` edge to edge with a scroll area around `body`, and give `body` a padded
    column to fill (returned with the scroll area)."""
    column = QVBoxLayout(body)
    column.setContentsMargins(margin, margin, margin, margin)
    column.setSpacing(spacing)
    scroll = scrolling(body)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll, column


def card_column(card: QFrame) -> QVBoxLayout:
    """A framed card's column: the panel frame and the padding every card uses."""
    card.setFrameShape(QFrame.Shape.StyledPanel)
    column = QVBoxLayout(card)
    column.setContentsMargins(theme.GRID * 2, theme.GRID, theme.GRID * 2, theme.GRID)
    return column


def centred_column(page: QWidget, width: int) -> QVBoxLayout:
    """A fixed-width column in the middle of `page`, a little above centre (the lock screens)."""
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    box = QWidget()
    box.setFixedWidth(width)
    column = QVBoxLayout(box)
    column.setSpacing(theme.GRID * 2)
    centred = QHBoxLayout()  # not an aligned item: those ignore the wrapped text's height
    centred.addStretch(1)
    centred.addWidget(box)
    centred.addStretch(1)
    outer.addLayout(centred)
    outer.addStretch(2)
    return column


def secret_field(name: str) -> QLineEdit:
    """A masked field for a passphrase or PIN, named for screen readers."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


def secret_row(name: str, button: QPushButton, submit: Callable[[], None]) -> tuple[QLineEdit, QHBoxLayout]:
    """A secret field with its default button beside it; Enter or the button calls `submit`."""
    field = secret_field(name)
    field.setPlaceholderText(name)
    field.returnPressed.connect(submit)
    button.setDefault(True)
    button.clicked.connect(submit)
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(button)
    return field, row


def link_button(text: str, accessible_name: str, clicked: Callable[[], object]) -> QPushButton:
    """A flat button that reads as a link (a way out or aside, not the main action)."""
    button = QPushButton(text)
    button.setFlat(True)
    button.setAccessibleName(accessible_name)
    button.clicked.connect(clicked)
    return button


def ok_cancel(dialog: QDialog, on_ok: Callable[[], None]) -> QDialogButtonBox:
    """OK runs `on_ok` (which accepts the dialog when it succeeds); Cancel rejects."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons


def enable_ok(buttons: QDialogButtonBox, enabled: bool) -> None:
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    if ok is not None:
        ok.setEnabled(enabled)


@contextmanager
def busy_cursor() -> Iterator[None]:
    """The wait cursor while a slow step (key derivation, writing files) runs on the GUI thread."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
