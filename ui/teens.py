"""The teen's part of setting up: the agreement, a first name and a PIN, and the teen's
accounts. Shared by the first-run wizard and the "Add a teen" dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from guardian import family
from guardian.agreement import ADULT_AGE, YOUNGEST_STAGE_AGE, new_agreement
from guardian.teen_view import watch_summary
from ui import theme, words
from ui.widgets import enable_ok, heading, ok_cancel, plain_label, secret_field

TYPICAL_AGE = 13  # where the birth year starts: most first-time families


class BirthMonthField(QWidget):
    """Month and year of birth: the agreement's age schedule counts from the 1st of that month."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.month = QComboBox()
        self.month.setAccessibleName(self.tr("Month of birth"))
        for number in range(1, 13):
            self.month.addItem(QLocale().standaloneMonthName(number), number)
        self.year = QSpinBox()
        self.year.setAccessibleName(self.tr("Year of birth"))
        this_year = date.today().year
        self.year.setRange(this_year - ADULT_AGE + 1, this_year - YOUNGEST_STAGE_AGE + 1)
        self.year.setValue(this_year - TYPICAL_AGE)
        self.month.currentIndexChanged.connect(self.changed)
        self.year.valueChanged.connect(self.changed)
        row.addWidget(self.month, 1)
        row.addWidget(self.year)

    def value(self) -> str:
        """"YYYY-MM", as the agreement writes it."""
        return f"{self.year.value():04d}-{self.month.currentData():02d}"

    def set_value(self, month: str) -> None:
        year, number = month.split("-")
        self.year.setValue(int(year))
        self.month.setCurrentIndex(int(number) - 1)


class AgreementSummary(QScrollArea):
    """The suggested first agreement in the teen's own words, for the birth month chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = plain_label()
        self.text.setAccessibleName(self.tr("The agreement, in plain words"))
        self.text.setContentsMargins(theme.GRID, theme.GRID, theme.GRID, theme.GRID)
        self.setWidget(self.text)

    def show_for(self, birth_month: str) -> None:
        sections = watch_summary(new_agreement("draft", birth_month), date.today(), words.language())
        self.text.setText("\n\n".join("\n".join((section.title, *section.lines)) for section in sections))


class TeenForm(QWidget):
    """Read together, then the teen types a first name and a PIN; both tick the box."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.GRID * 2)
        self.birth_month = BirthMonthField()
        self.summary = AgreementSummary()
        self.birth_month.changed.connect(lambda: self.summary.show_for(self.birth_month.value()))
        self.summary.show_for(self.birth_month.value())
        layout.addWidget(plain_label(self.tr(
            "Our agreement, in plain words, as you will find it in your own view of Guardian. It is the suggested "
            "one: after signing, either of you can propose changes, and any change that lets your parent see more "
            "needs your PIN."), muted=True))
        layout.addWidget(self.summary, 1)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your first name"))
        self.pin = secret_field(self.tr("Your PIN"))
        self.pin_again = secret_field(self.tr("Your PIN again"))
        form.addRow(self.tr("Your first name"), self.name)
        form.addRow(self.tr("Born in"), self.birth_month)
        form.addRow(self.tr("Your PIN (4 or more)"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        layout.addLayout(form)
        self.agreed = QCheckBox(self.tr("We read this together and we both sign it"))
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
        self.buttons = ok_cancel(self, self.accept)
        layout.addWidget(self.buttons)
        self.teen.changed.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        enable_ok(self.buttons, self.teen.complete())
