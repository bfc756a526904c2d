"""iMessage: the typedstream decoder on the real attributedBody blobs from imessage-exporter,
and the importer on a small synthetic chat.db built with the real schema's tables and columns."""

import sqlite3
import zipfile
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from conftest import FIXTURES
from guardian.ingest import Attachment, ImportRun, Kind, Message, imessage
from guardian.ingest.inputs import open_path
from guardian.ingest.model import stable_id
from guardian.ingest.typedstream import TypedStreamError, attributed_body_text

BLOBS = FIXTURES / "imessage" / "ReagentX__imessage-exporter"
DECODED = {
    "AttributedBodyTextOnly": "Noter test",
    "AttributedBodyTextOnly2": "Test 3",
    "Blank": "",
    "MultiPart": "\ufffctest 1\ufffctest 2 \ufffctest 3",
    "URL": "https://github.com/ReagentX/Logria",
    "WeirdText": "𝖍𝖊𝖑𝖑𝖔 𝖜𝖔𝖗𝖑𝖉",
}

# The tables Guardian reads, with the column names and types of macOS 14's chat.db.
SCHEMA = """
CREATE TABLE handle (ROWID INTEGER PRIMARY KEY AUTOINCREMENT UNIQUE, id TEXT NOT NULL, country TEXT,
    service TEXT NOT NULL, uncanonicalized_id TEXT, person_centric_id TEXT, UNIQUE (id, service));
CREATE TABLE message (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL, text TEXT,
    handle_id INTEGER DEFAULT 0, service TEXT, date INTEGER, date_read INTEGER, date_delivered INTEGER,
    is_from_me INTEGER DEFAULT 0, attributedBody BLOB, associated_message_guid TEXT,
    associated_message_type INTEGER DEFAULT 0, item_type INTEGER DEFAULT 0, group_title TEXT,
    cache_has_attachments INTEGER DEFAULT 0);
CREATE TABLE chat (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL, style INTEGER,
    chat_identifier TEXT, service_name TEXT, display_name TEXT);
CREATE TABLE chat_message_join (chat_id INTEGER REFERENCES chat (ROWID) ON DELETE CASCADE,
    message_id INTEGER REFERENCES message (ROWID) ON DELETE CASCADE, message_date INTEGER DEFAULT 0,
    PRIMARY KEY (chat_id, message_id));
CREATE TABLE chat_handle_join (chat_id INTEGER REFERENCES chat (ROWID) ON DELETE CASCADE,
    handle_id INTEGER REFERENCES handle (ROWID) ON DELETE CASCADE, UNIQUE(chat_id, handle_id));
CREATE TABLE attachment (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL,
    created_date INTEGER DEFAULT 0, filename TEXT, mime_type TEXT, transfer_name TEXT, total_bytes INTEGER DEFAULT 0);
CREATE TABLE message_attachment_join (message_id INTEGER REFERENCES message (ROWID) ON DELETE CASCADE,
    attachment_id INTEGER REFERENCES attachment (ROWID) ON DELETE CASCADE, UNIQUE(message_id, attachment_id));
"""

APPLE_EPOCH_UNIX = 978_307_200
T0 = datetime(2024, 3, 15, 18, 30, tzinfo=UTC)


def _ns(minutes: int) -> int:
    """`message.date` in nanoseconds for T0 + minutes, as High Sierra and later store it."""
    return (int(T0.timestamp()) - APPLE_EPOCH_UNIX + 60 * minutes) * 1_000_000_000


def _blob(name: str) -> bytes:
    return (BLOBS / name).read_bytes()


def _build_chat_db(path: Path) -> None:
    """Two 1:1 chats, a named group, an unnamed group and a message left without a chat."""
    handles = [(1, "+33612345678"), (2, "sam.gamer@example.com"), (3, "+15555550101"), (4, "+15555550102")]
    chats = [
        (1, "iMessage;-;+33612345678", 45, "+33612345678", None),
        (2, "iMessage;+;chat812345", 43, "chat812345", "Équipe foot ⚽"),
        (3, "iMessage;-;sam.gamer@example.com", 45, "sam.gamer@example.com", ""),
        (4, "SMS;+;chat990001", 43, "chat990001", None),
    ]
    members = [(1, 1), (2, 3), (2, 1), (3, 2), (4, 3), (4, 4)]
    # (rowid, chat, handle, from_me, minutes, text, attributedBody, associated type, item type)
    messages = [
        (1, 1, 1, 0, 0, "Salut Léa ! Tu fais quoi ce soir ? 😊", None, 0, 0),
        # Inserted before rowid 2 but later in time: order comes from `date`.
        (4, 1, 1, 0, 3, "\ufffc", None, 0, 0),
        (2, 1, 1, 1, 1, None, _blob("WeirdText"), 0, 0),
        (3, 1, 1, 1, 2, 'Aimé “Salut Léa ! Tu fais quoi ce soir ? 😊”', None, 2000, 0),
        (5, 1, 1, 0, 4, "Cafe\u0301 demain ? 👨\u200d👩\u200d👧", None, 0, 0),
        (6, 2, 3, 0, 10, None, _blob("MultiPart"), 0, 0),
        (7, 2, 0, 1, 11, "Trop bien", None, 0, 0),
        (8, 2, 3, 0, 12, None, None, 0, 2),
        (9, 3, 2, 0, 20, None, _blob("ExtraData"), 0, 0),
        (10, 3, 2, 0, 21, "You can send me pics, nobody will know", None, 0, 0),
        (11, 4, 4, 0, 30, "Who's bringing the ball?", None, 0, 0),
        (12, None, 2, 0, 40, "Left behind when the chat was deleted", None, 0, 0),
    ]
    attachments = [
        (1, "at_0_A", "~/Library/Messages/Attachments/ab/IMG_0042.HEIC", "image/heic", "IMG_0042.HEIC", 1_234_567),
        (2, "at_1_B", "~/Library/Messages/Attachments/cd/clip.mov", "video/quicktime", None, 4_096),
        (3, "at_2_C", "~/Library/Messages/Attachments/ef/sticker.png", "image/png", "sticker.png", 0),
    ]
    with closing(sqlite3.connect(path)) as db:
        db.executescript(SCHEMA)
        db.executemany("INSERT INTO handle (ROWID, id, service) VALUES (?, ?, 'iMessage')", handles)
        db.executemany(
            "INSERT INTO chat (ROWID, guid, style, chat_identifier, display_name) VALUES (?, ?, ?, ?, ?)", chats
        )
        db.executemany("INSERT INTO chat_handle_join VALUES (?, ?)", members)
        for rowid, chat, handle, from_me, minutes, text, body, assoc, item in messages:
            db.execute(
                "INSERT INTO message (ROWID, guid, text, handle_id, service, date, is_from_me, attributedBody,"
                " associated_message_type, item_type) VALUES (?, ?, ?, ?, 'iMessage', ?, ?, ?, ?, ?)",
                (rowid, f"GUID-{rowid}", text, handle, _ns(minutes), from_me, body, assoc, item),
            )
            if chat is not None:
                db.execute("INSERT INTO chat_message_join VALUES (?, ?, ?)", (chat, rowid, _ns(minutes)))
        db.executemany(
            "INSERT INTO attachment (ROWID, guid, filename, mime_type, transfer_name, total_bytes)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            attachments,
        )
        db.executemany("INSERT INTO message_attachment_join VALUES (?, ?)", [(4, 1), (4, 2), (6, 3)])
        db.commit()


@pytest.fixture
def chat_db(tmp_path: Path) -> Path:
    path = tmp_path / "Messages" / "chat.db"
    path.parent.mkdir()
    _build_chat_db(path)
    return path


def _read(path: Path) -> tuple[list[Message], ImportRun]:
    run = ImportRun([path])
    return [message for _source, message in run.messages()], run


@pytest.mark.parametrize("name", sorted(DECODED))
def test_attributed_body_blobs_decode_exactly(name: str) -> None:
    assert attributed_body_text(_blob(name)) == DECODED[name]


def test_declared_length_past_the_end_is_an_error_not_an_over_read() -> None:
    # ExtraData declares a 157-byte string but the upstream fixture keeps only 17 bytes of it.
    with pytest.raises(TypedStreamError, match="needs 157 bytes"):
        attributed_body_text(_blob("ExtraData"))


def test_other_blobs_are_rejected() -> None:
    with pytest.raises(TypedStreamError, match="not a little-endian typedstream"):
        attributed_body_text(_blob("Edited.plist"))


def test_endless_class_hierarchy_is_refused() -> None:
    header = _blob("Blank")[: _blob("Blank").index(b"\x84\x84\x84")]
    crafted = header + b"\x84" + b"\x84\x84\x01A\x00" * 5000
    with pytest.raises(TypedStreamError, match="class hierarchy too deep"):
        attributed_body_text(crafted)


@pytest.mark.parametrize("name", sorted(DECODED))
def test_every_truncation_is_a_typedstream_error(name: str) -> None:
    blob = _blob(name)
    # The string ends at the first end-of-object tag after it; any shorter prefix is incomplete.
    complete = blob.index(b"\x86", blob.index(b"\x01+"))
    for cut in range(complete):
        with pytest.raises(TypedStreamError):
            attributed_body_text(blob[:cut])
    assert attributed_body_text(blob[:complete]) == DECODED[name]


def test_chat_db_messages(chat_db: Path) -> None:
    messages, run = _read(chat_db)
    assert run.errors == []
    one_to_one = stable_id("imessage", "iMessage;-;+33612345678")
    team = stable_id("imessage", "iMessage;+;chat812345")
    sam = stable_id("imessage", "iMessage;-;sam.gamer@example.com")
    unnamed = stable_id("imessage", "SMS;+;chat990001")
    orphan = stable_id("imessage", "handle", "sam.gamer@example.com")
    assert [(m.conversation_id, m.sender, m.from_owner, m.kind, m.text) for m in messages] == [
        (one_to_one, "+33612345678", False, Kind.TEXT, "Salut Léa ! Tu fais quoi ce soir ? 😊"),
        (one_to_one, "Me", True, Kind.TEXT, "𝖍𝖊𝖑𝖑𝖔 𝖜𝖔𝖗𝖑𝖉"),  # text NULL: from attributedBody
        (one_to_one, "Me", True, Kind.SYSTEM, "Aimé “Salut Léa ! Tu fais quoi ce soir ? 😊”"),
        (one_to_one, "+33612345678", False, Kind.MEDIA, ""),
        (one_to_one, "+33612345678", False, Kind.TEXT, "Café demain ? 👨\u200d👩\u200d👧"),
        (team, "+15555550101", False, Kind.TEXT, "test 1\ntest 2 \ntest 3"),
        (team, "Me", True, Kind.TEXT, "Trop bien"),
        (team, "+15555550101", False, Kind.SYSTEM, ""),
        (sam, "sam.gamer@example.com", False, Kind.TEXT, ""),  # undecodable attributedBody
        (sam, "sam.gamer@example.com", False, Kind.TEXT, "You can send me pics, nobody will know"),
        (unnamed, "+15555550102", False, Kind.TEXT, "Who's bringing the ball?"),
        (orphan, "sam.gamer@example.com", False, Kind.TEXT, "Left behind when the chat was deleted"),
    ]
    assert [m.position for m in messages] == list(range(12))
    assert [m.conversation_title for m in messages[::4]] == ["+33612345678", "+33612345678", "sam.gamer@example.com"]
    assert {m.conversation_title for m in messages if m.conversation_id == team} == {"Équipe foot ⚽"}
    assert messages[10].conversation_title == "+15555550101, +15555550102"  # unnamed group: its members
    assert messages[11].conversation_title == "sam.gamer@example.com"


def test_chat_db_times_senders_and_attachments(chat_db: Path) -> None:
    messages, run = _read(chat_db)
    assert [m.sent_at for m in messages[:5]] == [T0.replace(minute=30 + i) for i in range(5)]
    assert messages[0].raw_time == str(_ns(0))
    assert (messages[0].sender_id, messages[1].sender_id) == ("+33612345678", None)
    assert messages[3].attachments == (
        Attachment(name="IMG_0042.HEIC", size=1_234_567, mime="image/heic"),
        Attachment(name="clip.mov", size=4_096, mime="video/quicktime"),  # no transfer_name: file name
    )
    assert messages[5].attachments == (Attachment(name="sticker.png", size=0, mime="image/png"),)
    [source] = run.sources
    assert (source.format_id, source.variant, source.conversations, source.messages) == (
        "imessage-chatdb", "chat.db", 5, 12,
    )
    assert source.owner_names == ("Me",)
    assert source.warnings == [f"{chat_db}: the text of 1 message(s) could not be decoded"]


def test_database_is_opened_without_writing_anything(chat_db: Path) -> None:
    before = sorted(p.name for p in chat_db.parent.iterdir())
    chat_db.chmod(0o444)
    messages, _ = _read(chat_db)
    assert len(messages) == 12
    assert sorted(p.name for p in chat_db.parent.iterdir()) == before == ["chat.db"]


def test_wal_file_next_to_the_database_is_reported(chat_db: Path) -> None:
    chat_db.with_name("chat.db-wal").write_bytes(b"\x37\x7f\x06\x82" + bytes(28))
    _, run = _read(chat_db.parent)
    [source] = run.sources
    assert source.warnings[0].startswith(f"{chat_db}: a -wal file lies next to it")


def test_detection_needs_the_chat_tables(tmp_path: Path, chat_db: Path) -> None:
    other = tmp_path / "notes.db"
    with closing(sqlite3.connect(other)) as db:
        db.execute("CREATE TABLE message (ROWID INTEGER PRIMARY KEY, text TEXT)")
    importer = imessage.IMPORTERS[0]
    with open_path(other) as tree:
        assert importer.detect(tree) is None
    renamed = chat_db.rename(tmp_path / "backup-copy")
    with open_path(renamed) as tree:
        assert importer.detect(tree) == "chat.db"


def test_chat_db_inside_a_zip_is_refused_without_a_temporary_copy(tmp_path: Path, chat_db: Path) -> None:
    archive = tmp_path / "messages.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(chat_db, "Library/Messages/chat.db")
    messages, run = _read(archive)
    assert messages == []
    [error] = run.errors
    assert error.path == f"{archive}!Library/Messages/chat.db"
    assert error.reason.startswith("is an iMessage database inside a zip archive: unzip it")


def test_older_schema_without_optional_columns(tmp_path: Path) -> None:
    path = tmp_path / "sms.db"
    with closing(sqlite3.connect(path)) as db:
        db.executescript(
            "CREATE TABLE handle (ROWID INTEGER PRIMARY KEY, id TEXT);"
            "CREATE TABLE message (ROWID INTEGER PRIMARY KEY, text TEXT, handle_id INTEGER, date INTEGER,"
            " is_from_me INTEGER);"
            "CREATE TABLE chat (ROWID INTEGER PRIMARY KEY, guid TEXT, chat_identifier TEXT, display_name TEXT,"
            " style INTEGER);"
            "CREATE TABLE chat_message_join (chat_id INTEGER, message_id INTEGER);"
            "INSERT INTO handle VALUES (1, '+33612345678');"
            "INSERT INTO chat VALUES (1, 'SMS;-;+33612345678', '+33612345678', NULL, 45);"
            # 2012: iOS 6 stored seconds.
            "INSERT INTO message VALUES (1, 'Rentre avant 22h', 1, 370000000, 0);"
            "INSERT INTO chat_message_join VALUES (1, 1);"
        )
    messages, run = _read(path)
    assert run.errors == []
    assert [(m.sender, m.text, m.sent_at) for m in messages] == [
        ("+33612345678", "Rentre avant 22h", datetime(2012, 9, 22, 9, 46, 40, tzinfo=UTC)),
    ]


def test_apple_time_seconds_and_nanoseconds() -> None:
    assert imessage.apple_time(0) is None
    assert imessage.apple_time(None) is None
    assert imessage.apple_time(1) == datetime(2001, 1, 1, 0, 0, 1, tzinfo=UTC)
    assert imessage.apple_time(732_220_200) == T0
    assert imessage.apple_time(732_220_200_123_456_789) == T0.replace(microsecond=123_456)
    assert imessage.apple_time(10**30) is None


def test_damaged_database_is_reported_as_damaged(tmp_path: Path, chat_db: Path) -> None:
    data = chat_db.read_bytes()
    for cut in (100, 4096, len(data) // 2):
        damaged = tmp_path / f"cut-{cut}" / "chat.db"
        damaged.parent.mkdir()
        damaged.write_bytes(data[:cut])
        messages, run = _read(damaged)
        assert messages == []
        assert [(e.path, e.reason) for e in run.errors] == [
            (str(damaged), "the database is damaged or not a readable chat.db")
        ]
    scrambled = tmp_path / "scrambled" / "chat.db"
    scrambled.parent.mkdir()
    scrambled.write_bytes(data[:4096] + bytes(b ^ 0x5A for b in data[4096:]))
    messages, run = _read(scrambled)
    assert messages == []
    assert [e.reason for e in run.errors] == ["the database is damaged or not a readable chat.db"]
