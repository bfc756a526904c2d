"""The teen's part of setting up: the agreement, a first name and a PIN, and the teen's
accounts. Shared by the first-run wizard and the "Add a teen" dialog."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from guardian import family
from ui import theme
from ui.alert_view import heading, plain_label


class TeenForm(QWidget):
    """Read together, then the teen types a first name and a PIN; both tick the box."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.GRID * 2)
        layout.addWidget(plain_label(self.tr(
            "Our agreement, in plain words:\n"
            "• Guardian reads the exports of your chats that we download together, on this computer only.\n"
            "• Your parent sees an alert only when a conversation shows signs of grooming, sextortion, "
            "harassment or self-harm: the reason and the few messages around it, nothing else.\n"
            "• Every alert your parent opens is recorded, and you can see that record with your PIN.\n"
            "• You can always get help on your own, without going through your parent first.")))
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your first name"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("Your PIN"))
        self.pin_again = QLineEdit()
        self.pin_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_again.setAccessibleName(self.tr("Your PIN again"))
        form.addRow(self.tr("Your first name"), self.name)
        form.addRow(self.tr("Your PIN (4 or more)"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        layout.addLayout(form)
        self.agreed = QCheckBox(self.tr("We read this together and we both agree"))
        self.agreed.setAccessibleName(self.agreed.text())
        layout.addWidget(self.agreed)
        for edit in (self.name, self.pin, self.pin_again):
            edit.textChanged.connect(self.changed)
        self.agreed.toggled.connect(self.changed)

    def complete(self) -> bool:
        return (bool(self.name.text().strip()) and family.pin_ok(self.pin.text())
                and self.pin.text() == self.pin_again.text() and self.agreed.isChecked())


class AccountsForm(QWidget):
    """The names and handles the teen uses, one per line: the scan's owners."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.accounts = QPlainTextEdit()
        self.accounts.setAccessibleName(self.tr("Your teen's accounts, one per line"))
        self.accounts.setPlaceholderText(self.tr("for example:\n@lea.dance\nLéa Martin"))
        layout.addWidget(self.accounts)
        layout.addWidget(plain_label(self.tr("These names are stored encrypted, like the alerts."), muted=True))

    def values(self) -> tuple[str, ...]:
        return family.clean_accounts(self.accounts.toPlainText())


class AddTeenDialog(QDialog):
    """Another teen in the same family: their own PIN, agreement and accounts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a teen"))
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.GRID * 2)
        layout.addWidget(heading(self.tr("Hand the keyboard to your teen")))
        self.teen = TeenForm()
        layout.addWidget(self.teen)
        layout.addWidget(heading(self.tr("Your teen's accounts")))
        self.accounts = AccountsForm()
        layout.addWidget(self.accounts)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.teen.changed.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(self.teen.complete())
