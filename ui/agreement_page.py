"""The parent's "Family agreement" page: each teen's agreement in the words the teen reads,
whether Guardian watches them right now, a teen's proposal waiting for approval, the editor
(with the teen's PIN for changes that let the parent see more) and a printable copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guardian import family
from guardian.agreement_store import AgreementStore, Loaded
from guardian.family import TeenProfile
from guardian.teen_view import notices, status, watch_summary
from guardian.vault.store import TooSoon, WrongSecret
from ui import theme, words
from ui.agreement_dialog import AgreementDialog, render_pdf
from ui.i18n import LANGUAGE_NAMES
from ui.session import Session
from ui.teens import AgreementSummary, BirthMonthField
from ui.tray import status_icon
from ui.widgets import clear_layout, enable_ok, error_label, heading, ok_cancel, plain_label, scrolling, secret_field


class AgreementCard(QFrame):
    """One teen's agreement as it stands, with what the parent can do about it."""

    edit_requested = Signal(str)  # teen id
    sign_requested = Signal(str)

    def __init__(self, session: Session, profile: TeenProfile, loaded: Loaded | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.profile, self.loaded = session, profile, loaded
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.GRID * 2, theme.GRID * 2, theme.GRID * 2, theme.GRID * 2)
        layout.setSpacing(theme.GRID)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(status_icon(session.monitoring(profile.id)).pixmap(theme.GRID * 3, theme.GRID * 3))
        top.addWidget(icon)
        top.addWidget(heading(profile.name), 1)
        layout.addLayout(top)
        if loaded is None:
            self._unsigned(layout)
        else:
            self._signed(layout, loaded)

    def _unsigned(self, layout: QVBoxLayout) -> None:
        layout.addWidget(plain_label(words.fill(self.tr(
            "No agreement has been signed with %1 yet. Read it together and sign it: until then %1 cannot open "
            "their own view."), self.profile.name)))
        self.sign = QPushButton(theme.icon("agreement"), self.tr("Sign the agreement together…"))
        self.sign.setAccessibleName(words.fill(self.tr("Sign the agreement with %1"), self.profile.name))
        self.sign.clicked.connect(lambda: self.sign_requested.emit(self.profile.id))
        layout.addWidget(self.sign, 0, Qt.AlignmentFlag.AlignLeft)

    def _signed(self, layout: QVBoxLayout, loaded: Loaded) -> None:
        agreement, language = loaded.agreement, words.language()
        today = self.session.open_vault().clock.now().date()
        waiting = loaded.pending is not None and loaded.pending.author == "teen"
        self.status = plain_label(status(agreement, today, language, "parent"), bold=True)
        self.status.setAccessibleName(self.tr("Monitoring status"))
        layout.addWidget(self.status)
        self.notices = plain_label("\n".join(notices(agreement, language, "parent", loaded.tampered, waiting)))
        self.notices.setVisible(bool(self.notices.text()))
        layout.addWidget(self.notices)
        layout.addLayout(self._actions(waiting))  # above the long summary, where the parent sees them
        layout.addWidget(plain_label(words.fill(self.tr("Version %1, in the words %2 reads in their own view:"),
                                                str(agreement.version), self.profile.name), muted=True))
        for section in watch_summary(agreement, today, language)[1:]:  # the status is said above
            layout.addWidget(plain_label(section.title, bold=True))
            layout.addWidget(plain_label("\n".join(section.lines)))

    def _actions(self, waiting: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(theme.GRID)
        name = self.profile.name
        self.edit = QPushButton(theme.icon("agreement"), words.fill(self.tr("Review %1's proposal…"), name)
                                if waiting else self.tr("Change the agreement…"))
        self.edit.setAccessibleName(words.fill(self.tr("Change or approve the agreement with %1"), name))
        self.edit.clicked.connect(lambda: self.edit_requested.emit(self.profile.id))
        row.addWidget(self.edit)
        row.addStretch(1)
        self.copy_language = QComboBox()
        self.copy_language.setAccessibleName(self.tr("Language of the printable copy"))
        for code, language_name in LANGUAGE_NAMES.items():
            self.copy_language.addItem(language_name, code)
        self.copy_language.setCurrentIndex(max(0, self.copy_language.findData(words.language())))
        self.print_button = QPushButton(theme.icon("export"), self.tr("Save a printable copy…"))
        self.print_button.setAccessibleName(words.fill(self.tr("Save a printable copy of %1's agreement"), name))
        self.print_button.clicked.connect(self._ask_pdf)
        row.addWidget(self.copy_language)
        row.addWidget(self.print_button)
        return row

    def _ask_pdf(self) -> None:
        name = self.tr("family-agreement.pdf")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save a printable copy"), name, "PDF (*.pdf)")
        if path:
            self.save_pdf(Path(path), self.copy_language.currentData())

    def save_pdf(self, path: Path, language: str) -> None:
        """The agreement in plain words with lines to sign by hand, in French or English."""
        assert self.loaded is not None
        render_pdf(self.loaded.agreement, self.session.open_vault().clock.now().date(), language, path)


class FirstAgreementDialog(QDialog):
    """For a teen set up before agreements existed: read the suggested one together, the
    teen types their PIN, both sign (version 1)."""

    def __init__(self, session: Session, profile: TeenProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.profile = session, profile
        self.setWindowTitle(self.tr("Sign the family agreement"))
        self.setMinimumSize(theme.GRID * 80, theme.GRID * 70)
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.GRID * 2)
        layout.addWidget(heading(words.fill(self.tr("Hand the keyboard to %1"), profile.name)))
        self.birth_month = BirthMonthField()
        self.summary = AgreementSummary()
        self.birth_month.changed.connect(lambda: self.summary.show_for(self.birth_month.value()))
        self.summary.show_for(self.birth_month.value())
        layout.addWidget(self.summary, 1)
        form = QFormLayout()
        form.addRow(self.tr("Born in"), self.birth_month)
        self.pin = secret_field(self.tr("Your PIN"))
        form.addRow(self.tr("Your PIN"), self.pin)
        layout.addLayout(form)
        self.agreed = QCheckBox(self.tr("We read this together and we both sign it"))
        self.agreed.setAccessibleName(self.agreed.text())
        layout.addWidget(self.agreed)
        self.message = error_label()
        layout.addWidget(self.message)
        self.buttons = ok_cancel(self, self.sign)
        layout.addWidget(self.buttons)
        self.pin.textChanged.connect(self._enable)
        self.agreed.toggled.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        enable_ok(self.buttons, family.pin_ok(self.pin.text()) and self.agreed.isChecked())

    def sign(self) -> None:
        try:
            self.session.sign_first_agreement(self.profile.id, self.pin.text(), self.birth_month.value())
        except WrongSecret:
            self.pin.clear()
            self.message.setText(self.tr("That PIN is not right. Nothing was signed."))
            return
        except TooSoon:
            self.message.setText(self.tr("Too many wrong PINs. Wait a little, then try again."))
            return
        self.accept()


class AgreementPage(QWidget):
    """Every teen in view (the one chosen in the navigation, or all), one card each."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.teen_id: str | None = None
        self.dialog: QDialog | None = None
        self.shown: list[AgreementCard] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(theme.GRID * 3, theme.GRID * 3, theme.GRID * 3, theme.GRID * 3)
        outer.setSpacing(theme.GRID * 2)
        outer.addWidget(heading(self.tr("Family agreement")))
        outer.addWidget(plain_label(self.tr(
            "What you and your teen agreed Guardian watches, in the words your teen reads in their own view. A "
            "change that lets you see more needs your teen's PIN; every change, and every pause, is shown to "
            "them."), muted=True))
        inner = QWidget()
        self.cards = QVBoxLayout(inner)
        self.cards.setSpacing(theme.GRID * 2)
        self.cards.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(inner), 1)
        session.agreements_changed.connect(self.refresh)
        session.teens_changed.connect(self.refresh)
        session.alerts_changed.connect(self._dropped_on_lock)

    def set_teen(self, teen_id: str | None) -> None:
        self.teen_id = teen_id
        self.refresh()

    def refresh(self) -> None:
        clear_layout(self.cards)
        self.shown = []
        if not self.session.is_unlocked:
            return
        for profile in self.session.profiles:
            if self.teen_id in (None, profile.id):
                card = AgreementCard(self.session, profile, self.session.load_agreement(profile.id))
                card.edit_requested.connect(self.edit)
                card.sign_requested.connect(self.sign_first)
                self.cards.addWidget(card)
                self.shown.append(card)
        self.cards.addStretch(1)

    def _dropped_on_lock(self) -> None:
        if not self.session.is_unlocked:
            self.refresh()

    def edit(self, teen_id: str) -> None:
        """The editor, window-modal: a saved version refreshes the page and the visible signs at once."""
        vault = self.session.open_vault()
        dialog = AgreementDialog(vault, AgreementStore(vault), self.session.agreement_session(teen_id), self)
        dialog.saved.connect(self.session.agreements_changed)
        self._open(dialog)

    def sign_first(self, teen_id: str) -> None:
        profile = next(p for p in self.session.profiles if p.id == teen_id)
        self._open(FirstAgreementDialog(self.session, profile, self))

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
