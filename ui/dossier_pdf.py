"""Render an evidence dossier to PDF with Qt alone (QPdfWriter + QTextDocument).

Chat text is untrusted: the document is built with QTextCursor and plain-text inserts only,
never HTML. The PDF is the readable copy; the JSON written beside it is the exact record, and
both carry the same fingerprints. Emoji outside Unicode's basic plane do not survive text
extraction from Qt's PDFs, so each message lists them by code point and name as well."""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Sequence
from datetime import datetime
from functools import cache
from pathlib import Path

from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLength,
    QTextTableFormat,
)

from guardian.evidence.builder import SCOPE_LABELS, severity_label
from guardian.evidence.model import Dossier, DossierMessage
from guardian.ingest.model import Attachment, LocalText
from ui.pdf import a4_writer

_T = {
    "title": LocalText(en="Evidence dossier — alert {id}", fr="Dossier de preuves — alerte {id}"),
    "about": LocalText(en="This dossier", fr="Ce dossier"),
    "created": LocalText(en="Made on", fr="Créé le"),
    "version": LocalText(en="Guardian version", fr="Version de Guardian"),
    "scope": LocalText(en="Messages included", fr="Messages inclus"),
    "count": LocalText(en="Number of messages", fr="Nombre de messages"),
    "zone": LocalText(en="Local time zone", fr="Fuseau horaire local"),
    "dossier_hash": LocalText(en="Dossier fingerprint (SHA-256):", fr="Empreinte du dossier (SHA-256) :"),
    "hash_method": LocalText(
        en="The fingerprint is the SHA-256 of the JSON file written with this PDF, without its dossier_sha256 "
        "field, with keys sorted, no spaces and UTF-8 text. The JSON file holds the exact text of every message.",
        fr="L'empreinte est le SHA-256 du fichier JSON écrit avec ce PDF, sans son champ dossier_sha256, clés "
        "triées, sans espaces, texte en UTF-8. Le fichier JSON contient le texte exact de chaque message.",
    ),
    "source": LocalText(en="Source export", fr="Export source"),
    "file": LocalText(en="File name", fr="Nom du fichier"),
    "platform": LocalText(en="Platform", fr="Plateforme"),
    "format": LocalText(en="Format", fr="Format"),
    "first": LocalText(en="First message in the export", fr="Premier message de l'export"),
    "last": LocalText(en="Last message in the export", fr="Dernier message de l'export"),
    "file_date": LocalText(en="File modified on", fr="Fichier modifié le"),
    "source_hash": LocalText(en="Export fingerprint (SHA-256):", fr="Empreinte de l'export (SHA-256) :"),
    "contact": LocalText(en="Contact", fr="Contact"),
    "name": LocalText(en="Name in the export", fr="Nom dans l'export"),
    "ids": LocalText(en="Identifiers in the export", fr="Identifiants dans l'export"),
    "title_row": LocalText(en="Conversation", fr="Conversation"),
    "elsewhere": LocalText(en="Accounts elsewhere", fr="Comptes ailleurs"),
    "alert": LocalText(en="Alert", fr="Alerte"),
    "severity": LocalText(en="Level", fr="Niveau"),
    "categories": LocalText(en="What was detected", fr="Ce qui a été détecté"),
    "triggered": LocalText(en="Raised at", fr="Déclenchée le"),
    "notes": LocalText(en="Notes", fr="Remarques"),
    "messages": LocalText(en="Messages", fr="Messages"),
    "teen": LocalText(en="your teen", fr="votre ado"),
    "flagged": LocalText(en="FLAGGED", fr="SIGNALÉ"),
    "times": LocalText(en="As written: {raw} · UTC: {utc} · Local: {local}",
                       fr="Tel qu'écrit : {raw} · UTC : {utc} · Local : {local}"),
    "attachment": LocalText(en="Attachment (not included): {facts}", fr="Pièce jointe (non incluse) : {facts}"),
    "bytes": LocalText(en="{size} bytes", fr="{size} octets"),
    "symbols": LocalText(en="Emoji and symbols: {list}", fr="Emoji et symboles : {list}"),
    "rules": LocalText(en="Rules: {list}", fr="Règles : {list}"),
    "none": LocalText(en="none", fr="aucun"),
    "unknown": LocalText(en="unknown", fr="inconnu"),
}
_FLAGGED_BACKGROUND = QColor("#F6F1E4")  # the app's flagged-line tint; the FLAGGED word carries the meaning


def render_pdf(dossier: Dossier, path: Path) -> None:
    """Write `dossier` as a PDF to `path` (a QGuiApplication is started headless if none runs)."""
    if QGuiApplication.instance() is None:
        _headless_app()
    document = QTextDocument()
    fill_document(document, dossier)
    # Metadata is not covered by the fingerprint and shows in file browsers: ids only, never chat text.
    writer = a4_writer(path, _T["title"].get(dossier.language).format(id=dossier.alert.id))
    writer.setCreator(f"Guardian {dossier.app_version}")
    document.print_(writer)


@cache
def _headless_app() -> QGuiApplication:
    """For the command line: fonts and layout need a GUI application, not a display."""
    return QGuiApplication([sys.argv[0] if sys.argv else "guardian", "-platform", "offscreen"])


def symbol_names(text: str) -> list[str]:
    """The code point and name of each distinct character beyond Unicode's basic plane (emoji mostly).
    Plain ASCII: the glyph is already drawn in the message, and a glyph without text breaks the line
    apart when the PDF's text is extracted."""
    return [
        f"U+{ord(char):04X} {unicodedata.name(char, '')}".rstrip()
        for char in dict.fromkeys(text)
        if ord(char) > 0xFFFF
    ]


def fill_document(document: QTextDocument, dossier: Dossier) -> None:
    document.clear()
    document.setDefaultFont(_without_ligatures(document.defaultFont()))
    cursor = QTextCursor(document)
    _Writer(cursor, dossier).dossier()


class _Writer:
    """Appends the dossier's sections at the cursor; every chat-derived string goes through insertText."""

    def __init__(self, cursor: QTextCursor, dossier: Dossier) -> None:
        self.cursor = cursor
        self.d = dossier
        self.plain = QTextCharFormat()
        self.bold = QTextCharFormat()
        self.bold.setFontWeight(QFont.Weight.Bold)
        self.title = QTextCharFormat(self.bold)
        self.title.setFontPointSize(16)
        self.heading = QTextCharFormat(self.bold)
        self.heading.setFontPointSize(12.5)
        self.small = QTextCharFormat()
        self.small.setFontPointSize(8.5)
        self.mono = QTextCharFormat()
        self.mono.setFont(_without_ligatures(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)))
        self.mono.setFontPointSize(9)

    def t(self, key: str) -> str:
        return _T[key].get(self.d.language)

    def dossier(self) -> None:
        d = self.d
        self.cursor.insertText(self.t("title").format(id=d.alert.id), self.title)
        self.paragraph(d.summary)
        self.section("about")
        self.table([
            (self.t("created"), _utc(d.created_at)),
            (self.t("version"), d.app_version),
            (self.t("scope"), SCOPE_LABELS[d.scope].get(d.language)),
            (self.t("count"), str(len(d.messages))),
            (self.t("zone"), d.timezone),
        ])
        self.fingerprint("dossier_hash", d.sha256)
        self.paragraph(self.t("hash_method"), self.small)
        self.source()
        self.contact()
        self.alert()
        self.section("notes")
        for note in d.notes:
            self.paragraph(f"– {note}")
        self.section("messages")
        for message in d.messages:
            self.message(message)

    def source(self) -> None:
        s, unknown = self.d.source, self.t("unknown")
        self.section("source")
        self.table([
            (self.t("file"), s.file_name),
            (self.t("platform"), s.platform),
            (self.t("format"), s.format),
            (self.t("first"), s.first_at or unknown),
            (self.t("last"), s.last_at or unknown),
            (self.t("file_date"), _utc(s.file_modified_at) if s.file_modified_at else unknown),
        ])
        self.fingerprint("source_hash", s.sha256)

    def contact(self) -> None:
        c, none = self.d.contact, self.t("none")
        self.section("contact")
        self.table([
            (self.t("name"), c.name),
            (self.t("ids"), ", ".join(c.sender_ids) or none),
            (self.t("title_row"), c.conversation_title),
            (self.t("elsewhere"), ", ".join(f"{h.handle} ({h.platform})" for h in c.other_handles) or none),
        ])

    def alert(self) -> None:
        a = self.d.alert
        self.section("alert")
        self.table([
            (self.t("severity"), severity_label(a.severity, self.d.language)),
            (self.t("categories"), "; ".join(c.label for c in a.categories)),
            (self.t("triggered"), a.triggered_at or self.t("unknown")),
        ])

    def message(self, m: DossierMessage) -> None:
        block = QTextBlockFormat()
        block.setTopMargin(8)
        if m.rules:
            block.setBackground(_FLAGGED_BACKGROUND)
        self.cursor.insertBlock(block)
        who = f"{m.sender} ({self.t('teen')})" if m.from_owner else m.sender
        header = f"#{m.position} · {who}" + (f" · {m.sender_id}" if m.sender_id else "")
        if m.rules:
            header += f" · {self.t('flagged')}"
        self.cursor.insertText(header, self.bold)
        unknown = self.t("unknown")
        times = self.t("times").format(
            raw=m.time.raw or unknown,
            utc=_utc(m.time.utc) if m.time.utc else unknown,
            local=m.time.local.isoformat(sep=" ") if m.time.local else unknown,
        )
        self.line(times, self.small)
        if m.text:
            self.line(m.text, self.plain)
        for attachment in m.attachments:
            self.line(self.t("attachment").format(facts=self.attachment_facts(attachment)), self.small)
        if symbols := symbol_names(m.text):
            self.line(self.t("symbols").format(list="; ".join(symbols)), self.small)
        if m.rules:
            self.line(self.t("rules").format(list=", ".join(m.rules)), self.bold)

    def attachment_facts(self, a: Attachment) -> str:
        facts = [a.name or self.t("unknown")]
        if a.size is not None:
            facts.append(self.t("bytes").format(size=a.size))
        if a.sha256:
            facts.append(f"SHA-256 {a.sha256}")
        if a.mime:
            facts.append(a.mime)
        return " · ".join(facts)

    # --- building blocks -----------------------------------------------------------

    def line(self, text: str, char_format: QTextCharFormat) -> None:
        """A new line in the current block's format (a message keeps its tint across lines)."""
        block = self.cursor.blockFormat()
        block.setTopMargin(0)
        self.cursor.insertBlock(block)
        self.cursor.insertText(text, char_format)

    def paragraph(self, text: str, char_format: QTextCharFormat | None = None) -> None:
        block = QTextBlockFormat()
        block.setTopMargin(6)
        self.cursor.insertBlock(block)
        self.cursor.insertText(text, char_format or self.plain)

    def section(self, key: str) -> None:
        block = QTextBlockFormat()
        block.setTopMargin(16)
        block.setBottomMargin(4)
        self.cursor.insertBlock(block)
        self.cursor.insertText(self.t(key), self.heading)

    def fingerprint(self, key: str, digest: str) -> None:
        self.paragraph(self.t(key), self.bold)
        self.line(digest, self.mono)

    def table(self, rows: Sequence[tuple[str, str]]) -> None:
        table_format = QTextTableFormat()
        table_format.setBorder(0)
        table_format.setCellPadding(2)
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table_format.setColumnWidthConstraints([
            QTextLength(QTextLength.Type.PercentageLength, 32), QTextLength(QTextLength.Type.PercentageLength, 68),
        ])
        table = self.cursor.insertTable(len(rows), 2, table_format)
        for row, (label, value) in enumerate(rows):
            table.cellAt(row, 0).firstCursorPosition().insertText(label, self.bold)
            table.cellAt(row, 1).firstCursorPosition().insertText(value, self.plain)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)


def _without_ligatures(font: QFont) -> QFont:
    """"ff" drawn as one glyph reads back as U+FB00: a handle like "x.off" would no longer be found."""
    plain = QFont(font)
    plain.setFeature(QFont.Tag("liga"), 0)
    return plain


def _utc(at: datetime) -> str:
    return f"{at:%Y-%m-%d %H:%M:%S} UTC"
