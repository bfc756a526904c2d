"""The family agreement editor, for the parent or the teen, and its printable copy.

Every edit is turned into a proposal (guardian.agreement.propose) as it is made, and the
dialog says at once what it does to the teen's privacy and who must sign: a change that lets
the parent see more asks for the teen's PIN right here (the co-signature), one the teen makes
that needs the parent (a trusted contact) waits for them. The printable copy is a PDF built
with QTextCursor plain-text inserts (QPdfWriter, no printer dialog needed)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from guardian import family
from guardian.agreement import (
    LEVELS,
    MAX_CONTEXT_LINES,
    MAX_RETENTION_DAYS,
    NOTIFY,
    PLATFORMS,
    YOUNGEST_STAGE_AGE,
    Agreement,
    AgreementError,
    Proposal,
    propose,
)
from guardian.agreement_store import AgreementStore, Loaded, Session, announce_milestones
from guardian.detect.categories import CATEGORIES
from guardian.detect.scoring import NEVER_SILENCED
from guardian.teen_view import CHANGE_WORDS, PLATFORM_NAMES, TEEN_CATEGORIES, notices, plain_text, status
from guardian.vault.store import TooSoon, Vault, WrongSecret
from ui import theme, words
from ui.pdf import a4_writer
from ui.widgets import plain_label, scrolling


def render_pdf(agreement: Agreement, today: date, language: str, path: Path) -> None:
    """The agreement in plain words, in `language`, with lines for both to sign by hand."""
    document = QTextDocument()
    cursor = QTextCursor(document)
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    title = QTextCharFormat(bold)
    title.setFontPointSize(16)
    plain = QTextCharFormat()
    lines = plain_text(agreement, today, language).split("\n")
    cursor.insertText(lines[0], title)
    headings = {i + 1 for i, line in enumerate(lines) if not line}  # a title follows each blank line
    for number, line in enumerate(lines[1:], start=1):
        block = QTextBlockFormat()
        block.setTopMargin(12 if number in headings else 4)
        if line:
            cursor.insertBlock(block)
            cursor.insertText(line, bold if number in headings else plain)
    signing = {"fr": ("Signé par l'ado : ____________", "Signé par le parent : ____________", "Date : ________"),
               "en": ("Signed by the teen: ____________", "Signed by the parent: ____________", "Date: ________")}
    for line in signing["fr" if language.startswith("fr") else "en"]:
        block = QTextBlockFormat()
        block.setTopMargin(18)
        cursor.insertBlock(block)
        cursor.insertText(line, plain)
    document.print_(a4_writer(path, lines[0]))


class AgreementDialog(QDialog):
    """Read, change and co-sign one teen's agreement. `session` says who is at the keyboard."""

    saved = Signal()  # a new version was stored, or a proposal sent, approved or declined

    def __init__(self, vault: Vault, store: AgreementStore, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.store, self.session = vault, store, session
        self.author = session.signer.who
        announce_milestones(vault, session.teen_id)  # an age reached since last time: logged once
        self.loaded: Loaded = store.load(session)
        self.proposal: Proposal | None = None
        self._filling = True  # form widgets fire "changed" signals while being set up and filled
        self.setWindowTitle(self.tr("Family agreement"))
        self.setMinimumSize(720, 640)
        outer = QVBoxLayout(self)
        outer.setSpacing(theme.GRID)
        self.notice = plain_label()
        outer.addWidget(self.notice)
        self.pending_box = self._pending_box()
        outer.addWidget(self.pending_box)
        body = QWidget()
        self.form = QVBoxLayout(body)
        self.form.setSpacing(theme.GRID * 2)
        outer.addWidget(scrolling(body), 1)
        self._build_form()
        outer.addWidget(self._signing_box())
        outer.addLayout(self._buttons())
        self._show(self.loaded.agreement)

    @property
    def today(self) -> date:
        return self.vault.clock.now().date()

    # --- building -------------------------------------------------------------------------

    def _build_form(self) -> None:
        self.categories: dict[str, tuple[QCheckBox, QComboBox]] = {}
        watched = QGroupBox(self.tr("What Guardian looks for"))
        grid = QGridLayout(watched)
        for row, code in enumerate(CATEGORIES):
            label = TEEN_CATEGORIES[code].get(words.language()) if self.author == "teen" else words.category(code)
            box = QCheckBox(label)
            box.setAccessibleName(label)
            level = QComboBox()
            level.setAccessibleName(words.fill(self.tr("How closely: %1"), label))
            for value, text in zip(LEVELS, (self.tr("Less closely"), self.tr("Normally"), self.tr("More closely")),
                                   strict=True):
                level.addItem(text, value)
            if code in NEVER_SILENCED:
                box.setEnabled(False)
                box.setToolTip(self.tr("Always watched: threats to share images and self-harm"))
            box.toggled.connect(level.setEnabled)
            box.toggled.connect(self._changed)
            level.currentIndexChanged.connect(self._changed)
            grid.addWidget(box, row, 0)
            grid.addWidget(level, row, 1)
            self.categories[code] = (box, level)
        self.form.addWidget(watched)

        apps = QGroupBox(self.tr("Which apps"))
        app_grid = QGridLayout(apps)
        self.platforms: dict[str, QCheckBox] = {}
        for n, code in enumerate(PLATFORMS):
            box = QCheckBox(PLATFORM_NAMES[code])
            box.setAccessibleName(PLATFORM_NAMES[code])
            box.toggled.connect(self._changed)
            app_grid.addWidget(box, n // 5, n % 5)
            self.platforms[code] = box
        self.form.addWidget(apps)

        sees = QGroupBox(self.tr("What the parent sees"))
        sees_form = QFormLayout(sees)
        self.context = self._spin(0, MAX_CONTEXT_LINES, self.tr("Messages shown before and after a flagged one"))
        sees_form.addRow(self.tr("Messages around a flagged one"), self.context)
        self.masking = QCheckBox(self.tr("Hide the names and numbers of other people in the chat"))
        self.masking.setAccessibleName(self.masking.text())
        self.masking.toggled.connect(self._changed)
        sees_form.addRow(self.masking)
        self.form.addWidget(sees)

        trusted = QGroupBox(self.tr("Trusted contacts"))
        trusted_layout = QVBoxLayout(trusted)
        trusted_layout.addWidget(plain_label(self.tr(
            "One name or handle per line. Their messages do not cause alerts, except threats to share images "
            "and talk of self-harm. The teen proposes, the parent approves."), muted=True))
        self.trusted = QPlainTextEdit()
        self.trusted.setAccessibleName(self.tr("Trusted contacts, one per line"))
        self.trusted.setFixedHeight(theme.GRID * 10)
        self.trusted.textChanged.connect(self._changed)
        trusted_layout.addWidget(self.trusted)
        self.form.addWidget(trusted)

        rest = QGroupBox(self.tr("Time and notifications"))
        rest_form = QFormLayout(rest)
        self.retention = self._spin(1, MAX_RETENTION_DAYS, self.tr("Days alerts are kept"))
        rest_form.addRow(self.tr("Delete alerts after (days)"), self.retention)
        self.notify = QComboBox()
        self.notify.setAccessibleName(self.tr("Notifications"))
        labels = (self.tr("For each alert"), self.tr("Only for the most serious alerts"), self.tr("No notifications"))
        for choice, label in zip(NOTIFY, labels, strict=True):
            self.notify.addItem(label, choice)
        self.notify.currentIndexChanged.connect(self._changed)
        rest_form.addRow(self.tr("Notify the parent"), self.notify)
        self.stage_age = self._spin(YOUNGEST_STAGE_AGE, 17, self.tr("Age when Guardian starts watching less"))
        rest_form.addRow(self.tr("Watch less from age"), self.stage_age)
        self.end_age = self._spin(YOUNGEST_STAGE_AGE + 1, 18, self.tr("Age when monitoring stops"))
        rest_form.addRow(self.tr("Stop monitoring at age"), self.end_age)
        self.paused = QCheckBox(self.tr("Pause monitoring (your teen sees it)"))
        self.paused.setAccessibleName(self.paused.text())
        self.paused.setVisible(self.author == "parent")
        self.paused.toggled.connect(self._changed)
        rest_form.addRow(self.paused)
        self.form.addWidget(rest)

    def _spin(self, low: int, high: int, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setAccessibleName(name)
        spin.valueChanged.connect(self._changed)
        return spin

    def _pending_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Waiting for approval"))
        layout = QVBoxLayout(box)
        self.pending_text = plain_label()
        layout.addWidget(self.pending_text)
        row = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("Approve"))
        self.decline_button = QPushButton(self.tr("Decline"))
        self.approve_button.clicked.connect(self.approve)
        self.decline_button.clicked.connect(self.decline)
        row.addStretch(1)
        row.addWidget(self.decline_button)
        row.addWidget(self.approve_button)
        layout.addLayout(row)
        return box

    def _signing_box(self) -> QWidget:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        self.effect_text = plain_label()
        self.effect_text.setAccessibleName(self.tr("What this change does"))
        layout.addWidget(self.effect_text)
        row = QHBoxLayout()
        self.pin_label = QLabel(self.tr("Teen's PIN"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("Teen's PIN, typed by the teen"))
        self.pin.textChanged.connect(lambda _text: self._update_buttons())
        self.pin_label.setBuddy(self.pin)
        row.addWidget(self.pin_label)
        row.addWidget(self.pin, 1)
        layout.addLayout(row)
        self.outcome = plain_label()
        layout.addWidget(self.outcome)
        return box

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Save a printable copy…"))
        self.print_button.clicked.connect(self.print_copy)
        self.save_button = QPushButton(self.tr("Sign and save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(close)
        row.addWidget(self.save_button)
        return row

    # --- showing ----------------------------------------------------------------------------

    def _show(self, agreement: Agreement) -> None:
        """Fill the form from `agreement` without treating it as an edit."""
        self._filling = True
        for code, (box, level) in self.categories.items():
            box.setChecked(code in agreement.categories)
            level.setEnabled(code in agreement.categories)
            level.setCurrentIndex(LEVELS.index(agreement.categories.get(code, "normal")))
        for code, box in self.platforms.items():
            box.setChecked(code in agreement.platforms)
        self.context.setValue(agreement.context_lines)
        self.masking.setChecked(agreement.mask_bystanders)
        self.trusted.setPlainText("\n".join(agreement.trusted_contacts))
        self.retention.setValue(agreement.retention_days)
        self.notify.setCurrentIndex(NOTIFY.index(agreement.notify))
        self.stage_age.setEnabled(bool(agreement.stages))
        self.stage_age.setValue(agreement.stages[0].age if agreement.stages else 15)
        self.end_age.setValue(agreement.end_age)
        self.paused.setChecked(agreement.paused)
        self._filling = False
        self._show_notices()
        self._changed()

    def _show_notices(self) -> None:
        current = self.loaded.agreement
        audience = "parent" if self.author == "parent" else "teen"
        waiting = self.loaded.pending is not None and self.loaded.pending.author != self.author
        language = words.language()
        found = [words.fill(self.tr("Version %1 of the agreement."), str(current.version)),
                 status(current, self.today, language, audience),
                 *notices(current, language, audience, self.loaded.tampered,
                          waiting=self.loaded.pending is not None and not waiting)]
        self.notice.setText("\n".join(found))
        self.pending_box.setVisible(waiting)
        if waiting and self.loaded.pending is not None:
            changes = ", ".join(CHANGE_WORDS[c].get(words.language()) for c in self.loaded.pending.effect.changed
                                if c in CHANGE_WORDS)
            contacts = ", ".join(self.loaded.pending.agreement.trusted_contacts)
            self.pending_text.setText(words.fill(self.tr("Proposed change: %1. Trusted contacts would be: %2."),
                                                 changes, contacts or "—"))

    def changes(self) -> dict[str, Any]:
        """The form as a change to the current version (only what differs)."""
        current = self.loaded.agreement
        stages = current.stages
        if stages:
            stages = (replace(stages[0], age=self.stage_age.value()), *stages[1:])
        wanted: Mapping[str, Any] = {
            "categories": {code: level.currentData() for code, (box, level) in self.categories.items()
                           if box.isChecked()},
            "platforms": frozenset(code for code, box in self.platforms.items() if box.isChecked()),
            "context_lines": self.context.value(),
            "mask_bystanders": self.masking.isChecked(),
            "trusted_contacts": family.clean_accounts(self.trusted.toPlainText()),
            "retention_days": self.retention.value(),
            "notify": self.notify.currentData(),
            "stages": stages,
            "end_age": self.end_age.value(),
            "paused": self.paused.isChecked(),
        }
        return {name: value for name, value in wanted.items() if getattr(current, name) != value}

    def _changed(self, *_args: object) -> None:
        if self._filling:
            return
        self.proposal = None
        self.outcome.clear()
        changes = self.changes()
        try:
            if changes:
                self.proposal = propose(self.loaded.agreement, changes, self.author, self.today)
        except AgreementError:
            self.effect_text.setText(self.tr("This change is not possible: the agreement would break one of "
                                             "its rules (for example a contact listed twice, or a stage age "
                                             "after the end of monitoring)."))
        else:
            self.effect_text.setText(self._explain(self.proposal))
        self._update_buttons()

    def _explain(self, proposal: Proposal | None) -> str:
        if proposal is None:
            return self.tr("Nothing changed yet.")
        language = words.language()
        why = ", ".join(CHANGE_WORDS[code].get(language) for code in proposal.effect.reduces)
        needs = proposal.signers - {self.author}
        if self.author == "parent":
            if "teen" in needs:
                return words.fill(self.tr("This change lets you see more (%1). Your teen must agree: hand them "
                                          "the keyboard so they type their PIN below."), why)
            return self.tr("This change gives your teen more privacy. Your signature is enough; your teen will "
                           "see it in their log.")
        if "parent" in needs:
            return self.tr("Your parent must approve this change. It will wait for them; you will see it in "
                           "your log.")
        if proposal.effect.reduces:
            return words.fill(self.tr("This change lets your parent see more (%1). Saving it with your PIN "
                                      "means you agree."), why)
        return self.tr("This change gives you more privacy. Your signature is enough; your parent will see it "
                       "in the log.")

    def _needs_pin(self) -> bool:
        return self.proposal is not None and self.author == "parent" and "teen" in self.proposal.signers

    def _update_buttons(self) -> None:
        needs_pin = self._needs_pin()
        self.pin.setVisible(needs_pin)
        self.pin_label.setVisible(needs_pin)
        ready = self.proposal is not None and (not needs_pin or family.pin_ok(self.pin.text()))
        self.save_button.setEnabled(ready)
        if self.proposal is not None and self.author == "teen" and "parent" in self.proposal.signers:
            self.save_button.setText(self.tr("Send to my parent"))
        else:
            self.save_button.setText(self.tr("Sign and save"))

    # --- acting -----------------------------------------------------------------------------

    def save(self) -> None:
        proposal = self.proposal
        if proposal is None:
            return
        try:
            if self._needs_pin():
                teen = family.teen_signs_in(self.vault, self.session.teen_id, self.pin.text())
                self.store.commit(proposal, self.session, co_signer=teen.signer)
                message = self.tr("Saved, signed by you and your teen.")
            elif self.store.submit(proposal, self.session):
                message = self.tr("Saved.")
            else:
                message = self.tr("Sent. It will count once your parent approves it.")
        except WrongSecret:
            self.pin.clear()
            self.outcome.setText(self.tr("That PIN is not right. Nothing was saved."))
            return
        except TooSoon as exc:
            self.pin.clear()
            seconds = math.ceil(exc.wait.total_seconds())
            self.outcome.setText(self.tr("Too many wrong PINs. Nothing was saved; try again in %n second(s).", "",
                                         seconds))
            return
        except AgreementError:
            message = self.tr("The agreement changed meanwhile. Nothing was saved; it has been reloaded.")
        self._reload()
        self.outcome.setText(message)

    def approve(self) -> None:
        self.store.approve(self.session)
        self._reload()
        self.outcome.setText(self.tr("Approved and saved."))

    def decline(self) -> None:
        self.store.decline(self.session)
        self._reload()
        self.outcome.setText(self.tr("Declined. Your teen will see it in their log."))

    def _reload(self) -> None:
        self.pin.clear()
        self.loaded = self.store.load(self.session)
        self._show(self.loaded.agreement)
        self.saved.emit()

    def print_copy(self) -> None:
        name = self.tr("family-agreement.pdf")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save a printable copy"), name, "PDF (*.pdf)")
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path, language: str | None = None) -> None:
        render_pdf(self.loaded.agreement, self.today, language or words.language(), path)
        self.outcome.setText(words.fill(self.tr("Saved a printable copy: %1"), path.name))

