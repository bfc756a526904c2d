"""A new parent passphrase, typed twice, with a strength meter (word, colour and bar), shared
by the first-run wizard and the recovery dialog; and the choice to remember it on this
computer account, shared by the wizard and the Sources page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QProgressBar, QVBoxLayout, QWidget

from guardian import strength
from ui import theme
from ui.widgets import plain_label, secret_field

METER_COLOURS = ("#B3261E", "#B3261E", "#8A5300", "#2E6B5E", "#2E6B5E")  # by strength.Level


class PassphraseFields(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(theme.GRID * 2)
        self.first = secret_field(self.tr("Passphrase"))
        self.second = secret_field(self.tr("Passphrase again"))
        self.meter = QProgressBar()
        self.meter.setRange(0, len(strength.Level) - 1)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.verdict = plain_label()
        form.addRow(self.tr("Passphrase"), self.first)
        form.addRow(self.tr("Confirm"), self.second)
        form.addRow(self.tr("Strength"), self.meter)
        form.addRow("", self.verdict)
        self.first.textChanged.connect(self._changed)
        self.second.textChanged.connect(self._changed)
        self._changed()

    def text(self) -> str:
        return self.first.text()

    def acceptable(self) -> bool:
        return strength.estimate(self.first.text()).accepted and self.first.text() == self.second.text()

    def _level_word(self, level: strength.Level) -> str:
        return {
            strength.Level.VERY_WEAK: self.tr("Very weak"),
            strength.Level.WEAK: self.tr("Weak"),
            strength.Level.FAIR: self.tr("Fair"),
            strength.Level.STRONG: self.tr("Strong"),
            strength.Level.VERY_STRONG: self.tr("Very strong"),
        }[level]

    def _changed(self) -> None:
        estimate = strength.estimate(self.first.text())
        word = self._level_word(estimate.level)
        self.meter.setValue(int(estimate.level))
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {METER_COLOURS[estimate.level]}; }}")
        self.meter.setAccessibleDescription(word)
        if not self.first.text():
            text = self.tr("For example: four words that make a picture only you would imagine.")
        elif not estimate.accepted:
            text = word + " — " + self.tr("add words to make it longer.")
        elif self.second.text() != self.first.text():
            text = word + " — " + self.tr("type it again below.")
        else:
            text = word + " — " + self.tr("good.")
        self.verdict.setText(text)
        self.changed.emit()


class RememberChoice(QWidget):
    """"Remember on this computer account", unticked by default, with the plain warning of who
    else could then open Guardian. Without an OS key store the box is off and says why."""

    toggled = Signal(bool)

    def __init__(self, available: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.GRID)
        self.check = QCheckBox(self.tr("Remember on this computer account"))  # short: a checkbox never wraps
        self.check.setAccessibleName(self.tr("Remember the parent key on this computer account"))
        self.check.setEnabled(available)
        self.check.toggled.connect(self.toggled)
        layout.addWidget(self.check)
        self.warning = plain_label(self.tr(
            "Guardian will then open without the passphrase on this computer account: anyone who uses it — "
            "possibly your teen — could open Guardian and read the alerts. Only tick this if your teen has their "
            "own account on this computer."))
        layout.addWidget(self.warning)
        self.unavailable = plain_label(self.tr(
            "No system key store was found on this computer: Guardian will ask for your passphrase each time."))
        self.unavailable.setVisible(not available)
        layout.addWidget(self.unavailable)

    def is_checked(self) -> bool:
        return self.check.isChecked()

    def show_state(self, remembered: bool) -> None:
        """What the vault says, without emitting `toggled`."""
        self.check.blockSignals(True)
        self.check.setChecked(remembered)
        self.check.blockSignals(False)
