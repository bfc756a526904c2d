"""Signal chats written by signal-export, new and legacy line shapes."""

from datetime import datetime
from pathlib import Path

from conftest import FIXTURES
from guardian.ingest import ImportRun, Kind

SIGNAL = FIXTURES / "signal"


def _read(path: Path, owners: tuple[str, ...] = ()) -> tuple[list, ImportRun]:
    run = ImportRun([path], owners)
    return [m for _, m in run.messages()], run


def test_legacy_chat_miner_sample() -> None:
    messages, run = _read(SIGNAL / "joweich__chat-miner" / "test_export.txt", ("John Doe",))
    assert run.errors == [] and run.sources[0].format_id == "signal-export"
    assert [(m.sender, m.from_owner, m.sent_at, m.text) for m in messages] == [
        ("Jane Doe", False, datetime(2019, 12, 24, 12, 23), "Hello John!"),
        ("John Doe", True, datetime(2020, 1, 17, 21, 49), "Hello\nJane!"),
    ]
    assert all(m.is_wall_clock and m.platform == "signal" for m in messages)


def test_signal_export_chat_md_with_reactions_and_attachments() -> None:
    messages, run = _read(SIGNAL / "guardian", ("Léa",))
    assert run.errors == [] and [s.format_id for s in run.sources] == ["signal-export"]
    assert {m.conversation_title for m in messages} == {"Famille Martin"}
    assert [(m.sender, m.kind, m.text) for m in messages] == [
        ("Maman", Kind.TEXT, "Tu rentres à quelle heure ? 🙂"),
        ("Léa", Kind.TEXT, "vers 19h\nje passe chez Inès avant"),
        ("Maman", Kind.SYSTEM, "👍"),
        ("Papa", Kind.TEXT, "ok, prends ton écharpe 🧣"),
        ("Léa", Kind.MEDIA, "![photo](media/IMG_0042.jpg)"),
    ]
    assert [m.from_owner for m in messages] == [False, True, False, False, True]
    assert messages[-1].attachments[0].name == "IMG_0042.jpg"
    assert messages[0].sent_at == datetime(2024, 5, 4, 18, 2, 11)


def test_a_whatsapp_ios_chat_is_not_taken_for_signal(tmp_path: Path) -> None:
    chat = tmp_path / "chat.txt"
    chat.write_text("[2023-12-25, 12:05:00] Zoé: salut\n[2023-12-25, 12:06:00] Hugo: coucou\n", encoding="utf-8")
    _, run = _read(chat)
    assert [s.platform for s in run.sources] == ["whatsapp"]
