"""One alert: why first, then the quoted lines with the matched words highlighted, the
conversation's stages, the contact's other accounts, and what to do next.

Chat text is untrusted: it only ever reaches the screen as plain text (QLabel in PlainText
format, QTextDocument filled with QTextCursor.insertText) — never as HTML or a link."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from guardian.inbox import InboxItem, Line, ReviewScope, review_lines, stage_timeline
from ui import theme, words
from ui.widgets import clear_layout, heading, plain_label, scrolled_column


def build_conversation(document: QTextDocument, lines: list[Line]) -> int:
    """Fill `document` with the lines as plain text, matched spans highlighted (bold, underlined,
    on yellow: the highlight does not rest on colour alone). Returns where the first flagged
    line starts, to scroll there."""
    document.clear()
    first_flagged = -1
    cursor = QTextCursor(document)
    plain, header, muted = QTextCharFormat(), QTextCharFormat(), QTextCharFormat()
    header.setFontWeight(QFont.Weight.Bold)
    muted.setForeground(theme.MUTED)
    match = QTextCharFormat()
    match.setBackground(theme.HIGHLIGHT)
    match.setFontWeight(QFont.Weight.Bold)
    match.setFontUnderline(True)
    for number, line in enumerate(lines):
        block = QTextBlockFormat()
        block.setTopMargin(theme.GRID if number else 0)
        block.setLeftMargin(0 if line.flagged else theme.GRID * 2)
        if line.flagged:
            block.setBackground(QColor("#F6F1E4"))
        if number:
            cursor.insertBlock(block)
        else:
            cursor.setBlockFormat(block)
        if line.flagged and first_flagged < 0:
            first_flagged = cursor.position()
        who = words.teen_label() if line.from_owner else line.sender
        if line.masked:
            who = QCoreApplication.translate("AlertView", "Another person")
        when = words.moment(line.sent_at) if line.sent_at else ""
        cursor.insertText(f"{who}  {when}".rstrip(), header if line.flagged else muted)
        cursor.insertBlock(block)
        _insert_with_spans(cursor, line, plain if line.flagged else muted, match)
    return max(first_flagged, 0)


def _insert_with_spans(cursor: QTextCursor, line: Line, base: QTextCharFormat, match: QTextCharFormat) -> None:
    at = 0
    for start, end in line.spans:
        if start < at:
            start = at
        if start >= end:
            continue
        cursor.insertText(line.text[at:start], base)
        cursor.insertText(line.text[start:end], match)
        at = end
    cursor.insertText(line.text[at:], base)


class AlertView(QWidget):
    """Shows one alert; emits what the parent decided."""

    status_chosen = Signal(str, str)  # alert id, status
    help_wanted = Signal()
    export_wanted = Signal(str)  # alert id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.alert_id: str | None = None
        self.categories: tuple[str, ...] = ()
        self._scope = ReviewScope()
        self.setAccessibleName(self.tr("Selected alert"))
        self.body = QWidget()
        scroll, layout = scrolled_column(self, self.body, margin=theme.GRID * 2, spacing=theme.GRID)
        self.empty = plain_label(self.tr("Select an alert to see why it was raised."), muted=True)
        layout.addWidget(self.empty)
        self.details = QWidget()
        layout.addWidget(self.details)
        layout.addStretch(1)
        self._build_details()
        # Never narrower than its widest row (the action buttons): text must wrap, not be clipped.
        margins = layout.contentsMargins()
        self.setMinimumWidth(self.details.minimumSizeHint().width() + margins.left() + margins.right()
                             + scroll.verticalScrollBar().sizeHint().width())
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.show_item(None)

    def _build_details(self) -> None:
        layout = QVBoxLayout(self.details)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.GRID)
        top = QHBoxLayout()
        self.severity_icon = QLabel()
        self.severity_icon.setFixedSize(24, 24)
        self.severity_word = plain_label(bold=True)
        self.severity_word.setWordWrap(False)
        self.severity_word.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.contact = plain_label(bold=True)
        top.addWidget(self.severity_icon)
        top.addWidget(self.severity_word)
        top.addSpacing(theme.GRID)
        top.addWidget(self.contact, 1)
        layout.addLayout(top)
        self.where = plain_label(muted=True)
        layout.addWidget(self.where)
        self.explanation = plain_label()
        self.explanation.setAccessibleName(self.tr("Why this alert"))
        layout.addWidget(self.explanation)

        layout.addWidget(heading(self.tr("What was said")))
        self.conversation = QTextEdit()
        self.conversation.setReadOnly(True)
        self.conversation.setAcceptRichText(False)
        self.conversation.setUndoRedoEnabled(False)
        self.conversation.setMinimumHeight(theme.GRID * 30)
        self.conversation.setAccessibleName(self.tr("Flagged messages and their context"))
        layout.addWidget(self.conversation)
        self.hint = plain_label(self.tr("Highlighted: the words that matched. Other lines are the agreed context."),
                                muted=True)
        layout.addWidget(self.hint)

        layout.addWidget(heading(self.tr("How the conversation developed")))
        self.timeline = QVBoxLayout()
        layout.addLayout(self.timeline)
        self.links_title = heading(self.tr("The same contact elsewhere"))
        layout.addWidget(self.links_title)
        self.links = QVBoxLayout()
        layout.addLayout(self.links)
        layout.addWidget(heading(self.tr("Signs found")))
        self.signs = plain_label()
        layout.addWidget(self.signs)

        layout.addWidget(heading(self.tr("What to do now")))
        layout.addWidget(plain_label(self.tr(
            "Talk with your teen calmly: they are not in trouble. Keep the messages; do not reply to the contact "
            "in their place. If there are threats or requests for photos, get help now.")))
        decide, more = QHBoxLayout(), QHBoxLayout()
        decide.setSpacing(theme.GRID)
        more.setSpacing(theme.GRID)
        self.reviewed = self._button(self.tr("Mark reviewed"), "reviewed", self.tr("Mark this alert as reviewed"))
        self.not_concern = self._button(self.tr("Not a concern"), "not-a-concern",
                                        self.tr("Mark this alert as not a concern; Guardian keeps a local note"))
        self.export = self._button(self.tr("Export evidence"), "export", self.tr("Export the evidence"))
        self.export.setToolTip(self.tr("Save the whole conversation with this contact as a PDF and a JSON file, "
                                       "with fingerprints, for the police or a helpline. Your teen will see that "
                                       "you did."))
        self.help = self._button(self.tr("Get help"), "help", self.tr("Who can help, and how"))
        self.reviewed.clicked.connect(lambda: self._choose("reviewed"))
        self.not_concern.clicked.connect(lambda: self._choose("not_a_concern"))
        self.help.clicked.connect(self.help_wanted)
        self.export.clicked.connect(self._export)
        for row, buttons in ((decide, (self.reviewed, self.not_concern)), (more, (self.export, self.help))):
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)

    def _button(self, text: str, icon: str, accessible: str) -> QPushButton:
        button = QPushButton(theme.icon(icon), text)
        button.setAccessibleName(accessible)
        return button

    def _export(self) -> None:
        if self.alert_id is not None:
            self.export_wanted.emit(self.alert_id)

    def _choose(self, status: str) -> None:
        if self.alert_id is not None:
            self.status_chosen.emit(self.alert_id, status)

    # --- showing --------------------------------------------------------------------------

    def show_item(
        self, item: InboxItem | None, payload: dict[str, Any] | None = None, scope: ReviewScope | None = None
    ) -> None:
        """Show one alert; `scope` is what the family agreed to show (kept for later refreshes)."""
        if scope is not None:
            self._scope = scope
        self.alert_id = item.id if item else None
        self.categories = item.categories if item else ()
        self.empty.setVisible(item is None)
        self.details.setVisible(item is not None)
        if item is None:
            self._forget()
            return
        payload = payload if payload is not None else (item.payload or {})
        self.severity_icon.setPixmap(theme.severity_icon(item.severity).pixmap(24, 24))
        self.severity_word.setText(words.severity(item.severity))
        self.severity_word.setStyleSheet(f"color: {theme.severity_colour(item.severity).name()};")
        self.contact.setText(item.contact)
        self.contact.setAccessibleName(words.fill(self.tr("Contact: %1"), item.contact))
        when = words.moment(item.when) if item.when else words.relative(None, item.sort_time)
        self.where.setText(words.fill(self.tr("%1 · conversation “%2” · %3"), words.platform(item.platform),
                                      item.title, when))
        explanation = payload.get("explanation")
        text = explanation.get(words.language(), "") if isinstance(explanation, dict) else ""
        self.explanation.setText(str(text) or self.tr("This alert's record could not be read."))
        start = build_conversation(self.conversation.document(), review_lines(payload, self._scope))
        cursor = self.conversation.textCursor()
        cursor.setPosition(start)
        self.conversation.setTextCursor(cursor)
        self.conversation.ensureCursorVisible()
        self._fill_timeline(payload)
        self._fill_links(payload)
        self.signs.setText("\n".join(f"• {words.category(c)}" for c in item.categories))
        self.reviewed.setEnabled(item.status != "reviewed")
        self.not_concern.setEnabled(item.status != "not_a_concern")

    def _forget(self) -> None:
        """Drop the chat text held by the view (after a lock, or when the alert is filtered out)."""
        self.conversation.document().clear()
        for label in (self.contact, self.where, self.explanation, self.signs):
            label.clear()
        clear_layout(self.timeline)
        clear_layout(self.links)

    def _fill_timeline(self, payload: dict[str, Any]) -> None:
        clear_layout(self.timeline)
        for number, stage in enumerate(stage_timeline(payload), start=1):
            when = words.day(stage.first_at) if stage.first_at else self.tr("date unknown")
            self.timeline.addWidget(plain_label(f"{number}. {words.stage(stage.name)} — {when}"))

    def _fill_links(self, payload: dict[str, Any]) -> None:
        clear_layout(self.links)
        links = [link for link in payload.get("links") or [] if isinstance(link, dict)]
        self.links_title.setVisible(bool(links))
        for link in links:
            text = words.fill(self.tr("%1 on %2 (contact %3)"), str(link.get("handle", "")),
                              words.platform(str(link.get("platform", ""))), str(link.get("contact", "")))
            self.links.addWidget(plain_label(text))

