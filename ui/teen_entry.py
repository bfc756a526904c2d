"""The way into the teen's own view from the lock screen, without the parent's passphrase:
choose the profile (when there are several), type the PIN, read, leave. Each teen's PIN opens
only their own agreement and log, so one teen never sees another's."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guardian.agreement_store import AgreementStore, NoAgreement
from guardian.agreement_store import Session as AgreementSession
from guardian.teen_view import day_words
from guardian.vault.store import TooSoon, WrongSecret
from ui import theme, words
from ui.idle import IdleLock
from ui.session import Session
from ui.teen_view import TeenView
from ui.unlock import RetryWait
from ui.widgets import busy_cursor, centred_column, error_label, heading, link_button, plain_label, secret_row


class TeenSignIn(QWidget):
    """Profile and PIN. Wrong PINs are delayed and logged like the parent's passphrase."""

    signed_in = Signal(object)  # agreement_store.Session
    back = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = centred_column(self, theme.GRID * 60)
        title = heading(self.tr("Your own view of Guardian"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        layout.addWidget(plain_label(self.tr(
            "See what Guardian watches, everything your parent did that concerns you, and where to find help on "
            "your own. Your parent's passphrase is not needed: type your PIN.")))
        self.profile = QComboBox()
        self.profile.setAccessibleName(self.tr("Your profile"))
        layout.addWidget(self.profile)
        self.button = QPushButton(self.tr("Open my view"))
        self.button.setAccessibleName(self.tr("Open my view with this PIN"))
        self.pin, row = secret_row(self.tr("Your PIN"), self.button, self.try_open)
        layout.addLayout(row)
        self.message = error_label(self.tr("PIN message"))
        layout.addWidget(self.message)
        self.retry = RetryWait(self.button, self.message)
        leave = self.tr("Back to the lock screen")
        layout.addWidget(link_button(leave, leave, self.back.emit), 0, Qt.AlignmentFlag.AlignLeft)

    def reset(self) -> None:
        """The profiles, named without the parent's key: the teens' names are sealed to it."""
        self.profile.clear()
        teens = self.session.settings.teen_ids
        for number, teen_id in enumerate(teens, start=1):
            added = self.session.teen_added_on(teen_id)
            label = (words.fill(self.tr("Profile %1, set up on %2"), str(number), day_words(added, words.language()))
                     if added else words.fill(self.tr("Profile %1"), str(number)))
            self.profile.addItem(label, teen_id)
        self.profile.setVisible(len(teens) > 1)
        self.pin.clear()
        self.message.setText("" if teens else self.tr("No teen profile has been set up yet."))
        self.pin.setFocus()

    def try_open(self) -> None:
        teen_id = self.profile.currentData()
        if not self.button.isEnabled() or teen_id is None:
            return
        try:
            with busy_cursor():
                opened = self.session.teen_signs_in(teen_id, self.pin.text())
                AgreementStore(self.session.open_vault()).load(opened)
        except WrongSecret:
            self.message.setText(self.tr("That PIN is not right. Each attempt is recorded."))
            self.pin.selectAll()
            return
        except TooSoon as exc:
            self.retry.wait(exc)
            return
        except NoAgreement:
            self.message.setText(self.tr("No agreement has been signed for this profile yet. Ask your parent to "
                                         "sign it with you."))
            return
        self.pin.clear()
        self.signed_in.emit(opened)


class TeenSpace(QWidget):
    """The teen's view with a way out: leaving forgets the teen's key and shows the lock screen.
    Left alone as long as the parent's auto-lock, it leaves by itself: the next person types a PIN."""

    left = Signal()

    def __init__(self, session: Session, teen: AgreementSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, theme.GRID, theme.GRID * 2, 0)
        top = QHBoxLayout()
        top.addStretch(1)
        self.leave = QPushButton(theme.icon("lock"), self.tr("Leave my view"))
        self.leave.setAccessibleName(self.tr("Leave my view and return to the lock screen"))
        self.leave.clicked.connect(self.left)
        top.addWidget(self.leave)
        layout.addLayout(top)
        vault = session.open_vault()
        self.view = TeenView(vault, AgreementStore(vault), teen)
        layout.addWidget(self.view, 1)
        self.idle = IdleLock(session.settings.auto_lock_minutes, self)
        self.idle.idle.connect(self.left)
        self.idle.start()
