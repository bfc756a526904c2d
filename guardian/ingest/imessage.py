"""iMessage: macOS `~/Library/Messages/chat.db`, or `sms.db` from an iPhone backup (same schema).

The database is opened read-only and immutable, straight from where the parent put it.
SQLite needs a real file, so a chat.db inside a zip is refused with a request to unzip
it: the alternative, a temporary copy, would be one more plaintext copy of the chats on
disk (and a crash could leave it behind).

One conversation per `chat`, messages in time order; messages attached to no chat
(left behind when a chat is deleted) are grouped by their handle at the end."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import groupby
from pathlib import Path

from .base import OWNER_SENDER, Importer, ReadContext
from .errors import IngestError
from .inputs import Entry, Tree
from .model import Attachment, Kind, LocalText, Message, stable_id
from .text import nfc
from .typedstream import TypedStreamError, attributed_body_text

PLATFORM = "imessage"
SQLITE_MAGIC = b"SQLite format 3\x00"
REQUIRED_TABLES = {"message", "handle", "chat", "chat_message_join"}
# chat.db on a Mac, sms.db in an iPhone backup (stored there under its hashed name).
KNOWN_NAMES = {"chat.db", "sms.db", "3d0d7e5fb2ce288813306e4d4636395e047a3d28"}
_SUFFIXES = ("", ".db", ".sqlite", ".sqlitedb")

APPLE_EPOCH = datetime(2001, 1, 1, tzinfo=UTC)
_NANOSECONDS_FROM = 100_000_000_000  # High Sierra and later count nanoseconds, earlier seconds
_REACTIONS = range(2000, 3007)  # tapbacks added (2000-2006) and removed (3000-3006)
_GROUP_STYLE = 43
_OBJECT_REPLACEMENT = "\ufffc"  # where an attachment sits in the text
# A damaged schema can make SQLite's own error message undecodable: Python then raises that.
_DATABASE_ERRORS = (sqlite3.Error, UnicodeDecodeError)


@dataclass(frozen=True)
class _Thread:
    conversation_id: str
    title: str
    where: str  # SQL condition on `m`, with one parameter
    parameter: object


@dataclass(frozen=True)
class _Row:
    """One message row joined with at most one of its attachments."""

    rowid: int
    text: str | None
    body: bytes | None
    from_owner: bool
    date: int | None
    handle: str | None
    associated_type: int | None
    item_type: int | None
    attachment: Attachment | None


def apple_time(value: int | None) -> datetime | None:
    """`message.date`: seconds, or nanoseconds since High Sierra, from 2001-01-01 UTC."""
    if not value:
        return None
    microseconds = value // 1000 if abs(value) >= _NANOSECONDS_FROM else value * 1_000_000
    try:
        return APPLE_EPOCH + timedelta(microseconds=microseconds)
    except OverflowError:
        return None


def _local_path(tree: Tree, entry: Entry) -> Path | None:
    """The file on disk behind an entry, or None when it only exists inside an archive."""
    path = Path(entry.label)
    return path if tree.depth == 0 and path.is_file() else None


def _connect(path: Path) -> sqlite3.Connection:
    # immutable=1: no lock, no -shm/-wal file created, nothing written next to the chats.
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    db.text_factory = lambda raw: raw.decode("utf-8", errors="replace")
    db.execute("PRAGMA query_only = ON")
    db.execute("PRAGMA temp_store = MEMORY")  # sorting must not spill chat text into temp files
    return db


def _tables(db: sqlite3.Connection) -> set[str]:
    return {str(name) for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {str(row[1]) for row in db.execute(f"PRAGMA table_info({table})")}


def _has_chat_tables(path: Path) -> bool | None:
    """Whether a SQLite file has chat.db's tables; None when SQLite cannot read it at all."""
    try:
        with closing(_connect(path)) as db:
            return _tables(db) >= REQUIRED_TABLES
    except _DATABASE_ERRORS:
        return None


def _named_like_chat_db(entry: Entry) -> bool:
    """For databases that cannot be opened (zipped or damaged): its name, or the table name in page 1."""
    return entry.basename in KNOWN_NAMES or b"chat_message_join" in entry.head()


class _Database:
    """Queries over one opened chat.db, adapted to the tables and columns its version has."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.tables = _tables(db)
        self.select, self.order = self._message_query(_columns(db, "message"))
        self.position = 0
        self.undecodable = 0

    def _message_query(self, columns: set[str]) -> tuple[str, str]:
        """SELECT ... FROM ... for message rows, and their ORDER BY, for this schema version."""
        optional = ", ".join(
            f"m.{column}" if column in columns else "NULL"
            for column in ("attributedBody", "associated_message_type", "item_type")
        )
        select = f"SELECT m.ROWID, m.text, {optional}, m.is_from_me, m.date, h.id"
        source = "FROM message m LEFT JOIN handle h ON h.ROWID = m.handle_id"
        if not {"attachment", "message_attachment_join"} <= self.tables:
            return f"{select}, NULL, NULL, NULL, NULL {source}", "m.date, m.ROWID"
        # One row per attachment, regrouped by message in `messages`.
        return (
            f"{select}, a.transfer_name, a.filename, a.total_bytes, a.mime_type {source}"
            " LEFT JOIN message_attachment_join maj ON maj.message_id = m.ROWID"
            " LEFT JOIN attachment a ON a.ROWID = maj.attachment_id",
            "m.date, m.ROWID, a.ROWID",
        )

    def threads(self) -> Iterator[_Thread]:
        chats = self.db.execute("SELECT ROWID, guid, chat_identifier, display_name, style FROM chat ORDER BY ROWID")
        for rowid, guid, identifier, display_name, style in chats.fetchall():
            members = self._members(rowid)
            native = str(guid or identifier or rowid)
            title = display_name or (", ".join(members) if style == _GROUP_STYLE and members else identifier)
            yield _Thread(
                stable_id(PLATFORM, native),
                nfc(str(title or native)),
                "m.ROWID IN (SELECT message_id FROM chat_message_join WHERE chat_id = ?)",
                rowid,
            )
        orphans = self.db.execute(
            "SELECT DISTINCT m.handle_id, h.id FROM message m LEFT JOIN handle h ON h.ROWID = m.handle_id"
            " WHERE m.ROWID NOT IN (SELECT message_id FROM chat_message_join) ORDER BY m.handle_id"
        )
        for handle_rowid, handle in orphans.fetchall():
            name = str(handle or "?")
            yield _Thread(
                stable_id(PLATFORM, "handle", name),
                nfc(name),
                "m.handle_id IS ? AND m.ROWID NOT IN (SELECT message_id FROM chat_message_join)",
                handle_rowid,
            )

    def _members(self, chat_rowid: int) -> list[str]:
        if "chat_handle_join" not in self.tables:
            return []
        rows = self.db.execute(
            "SELECT h.id FROM chat_handle_join j JOIN handle h ON h.ROWID = j.handle_id"
            " WHERE j.chat_id = ? ORDER BY h.ROWID",
            (chat_rowid,),
        )
        return [str(handle) for (handle,) in rows]

    def messages(self, thread: _Thread) -> Iterator[Message]:
        for _rowid, rows in groupby(self._rows(thread), key=lambda row: row.rowid):
            group = list(rows)
            yield self._message(thread, group[0], [r.attachment for r in group if r.attachment])

    def _rows(self, thread: _Thread) -> Iterator[_Row]:
        rows = self.db.execute(f"{self.select} WHERE {thread.where} ORDER BY {self.order}", (thread.parameter,))
        for rowid, text, body, assoc, item, from_me, date, handle, *media in rows:
            yield _Row(
                rowid=int(rowid),
                text=text if isinstance(text, str) else None,
                body=body if isinstance(body, bytes) else None,
                from_owner=bool(from_me),
                date=date if isinstance(date, int) else None,
                handle=str(handle) if handle is not None else None,
                associated_type=assoc if isinstance(assoc, int) else None,
                item_type=item if isinstance(item, int) else None,
                attachment=_attachment(*media),
            )

    def _message(self, thread: _Thread, row: _Row, attachments: list[Attachment]) -> Message:
        text = self._text(row)
        position, self.position = self.position, self.position + 1
        if (row.associated_type in _REACTIONS) or row.item_type:
            kind = Kind.SYSTEM  # tapbacks, renames, members joining or leaving
        else:
            kind = Kind.MEDIA if attachments and not text else Kind.TEXT
        return Message(
            platform=PLATFORM,
            conversation_id=thread.conversation_id,
            conversation_title=thread.title,
            sender=OWNER_SENDER if row.from_owner else nfc(row.handle or "?"),
            from_owner=row.from_owner,
            sent_at=apple_time(row.date),
            text=text,
            kind=kind,
            sender_id=None if row.from_owner else row.handle,
            attachments=tuple(attachments),
            raw_time=str(row.date) if row.date is not None else None,
            position=position,
        )

    def _text(self, row: _Row) -> str:
        """`text`, else (NULL or empty) the string inside `attributedBody`, without attachment placeholders."""
        text = row.text
        if not text and row.body:
            try:
                text = attributed_body_text(row.body)
            except TypedStreamError:
                self.undecodable += 1
        parts = (text or "").split(_OBJECT_REPLACEMENT)
        return nfc("\n".join(part for part in parts if part.strip()))


def _attachment(name: object, filename: object, size: object, mime: object) -> Attachment | None:
    label = name or (Path(str(filename)).name if filename else None)
    if not label:
        return None
    return Attachment(
        name=nfc(str(label)),
        size=size if isinstance(size, int) and size >= 0 else None,
        mime=str(mime) if mime else None,
    )


class IMessageImporter(Importer):
    format_id = "imessage-chatdb"
    platform = PLATFORM
    label = "iMessage (chat.db / sms.db)"
    marks_owner = True
    gaps = (
        LocalText(
            en="Contact names are not in this database: people appear as phone numbers or e-mail addresses.",
            fr="Les noms des contacts ne sont pas dans cette base : les personnes apparaissent sous forme de "
            "numéros de téléphone ou d'adresses e-mail.",
        ),
        LocalText(
            en="Only the messages still on this Mac or iPhone are included: deleted or unsent messages, and "
            "older messages kept only in iCloud, are missing.",
            fr="Seuls les messages encore présents sur ce Mac ou cet iPhone sont inclus : les messages supprimés "
            "ou annulés, et les anciens messages gardés seulement dans iCloud, n'y sont pas.",
        ),
    )

    def _databases(self, tree: Tree) -> list[tuple[Entry, Path | None]]:
        """Chat databases with their path on disk, or None for those inside an archive.

        A damaged chat.db is still claimed by its name, so that it is reported as damaged
        rather than as an unknown format."""
        found: list[tuple[Entry, Path | None]] = []
        for entry in tree.with_suffix(*_SUFFIXES):
            if not entry.head().startswith(SQLITE_MAGIC):
                continue
            path = _local_path(tree, entry)
            has_tables = _has_chat_tables(path) if path is not None else None
            if has_tables or (has_tables is None and _named_like_chat_db(entry)):
                found.append((entry, path))
        return found

    def detect(self, tree: Tree) -> str | None:
        databases = self._databases(tree)
        if not databases:
            return None
        return "chat.db" if any(path for _, path in databases) else "zipped"

    def read(self, tree: Tree, variant: str, ctx: ReadContext) -> Iterator[Message]:
        for entry, path in self._databases(tree):
            if path is None:
                raise IngestError(
                    entry.label,
                    "is an iMessage database inside a zip archive: unzip it and choose the database file itself "
                    "(Guardian does not write copies of chats to disk)",
                )
            if Path(f"{path}-wal").is_file() and Path(f"{path}-wal").stat().st_size:
                ctx.warnings.append(
                    f"{entry.label}: a -wal file lies next to it, and the newest messages may only be there; "
                    "quit Messages before copying chat.db to include them"
                )
            yield from self._read_database(entry, path, ctx)

    def _read_database(self, entry: Entry, path: Path, ctx: ReadContext) -> Iterator[Message]:
        try:
            with closing(_connect(path)) as db:
                database = _Database(db)
                for thread in database.threads():
                    yield from database.messages(thread)
        except _DATABASE_ERRORS:
            raise IngestError(entry.label, "the database is damaged or not a readable chat.db") from None
        if database.undecodable:
            ctx.warnings.append(f"{entry.label}: the text of {database.undecodable} message(s) could not be decoded")


IMPORTERS: tuple[Importer, ...] = (IMessageImporter(),)
