"""The lock screen: the parent's passphrase, with the vault's delay after wrong attempts, and
the way into the teen's own view (their PIN, never the parent's passphrase)."""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guardian.vault.store import TooSoon, VaultError, WrongSecret
from ui import theme, words
from ui.passphrase import PassphraseFields
from ui.session import Monitoring, Session
from ui.tray import status_icon
from ui.widgets import (
    busy_cursor,
    centred_column,
    enable_ok,
    error_label,
    heading,
    link_button,
    ok_cancel,
    plain_label,
    secret_row,
)


class RetryWait(QObject):
    """After too many wrong secrets: the button stays off and the message counts down."""

    def __init__(self, button: QPushButton, message: QLabel) -> None:
        super().__init__(button)
        self.button, self.message = button, message
        self._left = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

    def wait(self, error: TooSoon) -> None:
        self._left = max(1, math.ceil(error.wait.total_seconds()))
        self.button.setEnabled(False)
        self._countdown.start()
        self._show()

    def _tick(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self._countdown.stop()
            self.button.setEnabled(True)
            self.message.setText(self.tr("You can try again now."))
            return
        self._show()

    def _show(self) -> None:
        self.message.setText(self.tr("Too many wrong attempts. Try again in %n second(s).", "", self._left))


class UnlockPage(QWidget):
    unlocked = Signal()
    teen_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = centred_column(self, theme.GRID * 56)
        logo = QLabel()
        logo.setPixmap(theme.icon("guardian").pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(logo)
        title = heading(self.tr("Guardian is locked"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        layout.addWidget(plain_label(self.tr("Enter the parent passphrase to see the alerts.")))
        self.button = QPushButton(theme.icon("lock"), self.tr("Unlock"))
        self.button.setAccessibleName(self.tr("Unlock Guardian"))
        self.passphrase, row = secret_row(self.tr("Parent passphrase"), self.button, self.try_unlock)
        layout.addLayout(row)
        self.message = error_label(self.tr("Unlock message"))
        layout.addWidget(self.message)
        self.forgot = link_button(self.tr("Forgot the passphrase?"),
                                  self.tr("Forgot the passphrase? Use the recovery code"), self.recover)
        layout.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignLeft)
        self.retry = RetryWait(self.button, self.message)
        layout.addSpacing(theme.GRID * 2)
        self.teen = QPushButton(theme.icon("agreement"), self.tr("I'm the teen"))
        self.teen.setAccessibleName(self.tr("I'm the teen: open my own view with my PIN"))
        self.teen.setToolTip(self.tr("What Guardian watches, what was done, and help: with your PIN"))
        self.teen.clicked.connect(self.teen_requested)
        layout.addWidget(self.teen)
        status = QHBoxLayout()
        status.addStretch(1)
        self.status_icon = QLabel()
        self.status_text = plain_label()
        self.status_text.setWordWrap(False)
        status.addWidget(self.status_icon)
        status.addWidget(self.status_text)
        status.addStretch(1)
        layout.addLayout(status)

    def set_monitoring(self, state: Monitoring) -> None:
        """The visible sign stays while locked: it needs no secret (see Session.monitoring)."""
        self.status_icon.setPixmap(status_icon(state).pixmap(theme.GRID * 2, theme.GRID * 2))
        self.status_text.setText(words.monitoring(state))
        self.status_text.setAccessibleName(self.status_text.text())

    def reset(self) -> None:
        self.passphrase.clear()
        self.message.clear()
        self.passphrase.setFocus()

    def try_unlock(self) -> None:
        if not self.button.isEnabled():
            return
        try:
            with busy_cursor():
                self.session.unlock(self.passphrase.text())
        except WrongSecret:
            self.message.setText(self.tr("That passphrase is not right. Each attempt is recorded."))
            self.passphrase.selectAll()
            return
        except TooSoon as exc:
            self.retry.wait(exc)
            return
        except VaultError:
            self.message.setText(self.tr("The vault could not be opened. Your data has not been changed."))
            return
        self.reset()
        self.unlocked.emit()

    def recover(self) -> None:
        if RecoveryDialog(self.session, self).exec() == QDialog.DialogCode.Accepted:
            self.reset()
            self.unlocked.emit()


class RecoveryDialog(QDialog):
    """The recovery code written down at setup, and a new passphrase."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Use the recovery code"))
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.GRID * 2)
        layout.addWidget(plain_label(self.tr(
            "Type the recovery code you wrote down when you set up Guardian, then choose a new passphrase. "
            "The alerts stay as they are.")))
        self.code = QLineEdit()
        self.code.setPlaceholderText("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ")
        self.code.setAccessibleName(self.tr("Recovery code"))
        layout.addWidget(self.code)
        self.fields = PassphraseFields()
        layout.addWidget(self.fields)
        self.message = error_label()
        layout.addWidget(self.message)
        self.buttons = ok_cancel(self, self.try_reset)
        layout.addWidget(self.buttons)
        self.fields.changed.connect(self._enable)
        self.code.textChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        enable_ok(self.buttons, bool(self.code.text().strip()) and self.fields.acceptable())

    def try_reset(self) -> None:
        try:
            with busy_cursor():
                self.session.reset_passphrase(self.code.text(), self.fields.text())
        except WrongSecret:
            self.message.setText(self.tr("That recovery code is not right. Each attempt is recorded."))
            return
        except TooSoon as exc:
            seconds = math.ceil(exc.wait.total_seconds())
            self.message.setText(self.tr("Too many wrong attempts. Try again in %n second(s).", "", seconds))
            return
        self.accept()
