"""Telegram Desktop importer: result.json (single chat and whole account), HTML refused."""

from __future__ import annotations

import contextlib
import json
import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guardian.ingest.base import ReadContext
from guardian.ingest.errors import IngestError
from guardian.ingest.inputs import open_path
from guardian.ingest.model import Attachment, Kind, Message, stable_id
from guardian.ingest.telegram import TelegramImporter

FIXTURES = Path(__file__).parent / "fixtures" / "telegram"
FULL = FIXTURES / "DataExport_2025-03-02" / "result.json"
SINGLE_OLD = FIXTURES / "ChatExport_2021-06-12" / "result.json"
TELEGRAM = TelegramImporter()


def read(path: Path, owners: tuple[str, ...] = ()) -> list[Message]:
    with open_path(path) as tree:
        variant = TELEGRAM.detect(tree)
        assert variant is not None
        ctx = ReadContext.for_owners([*owners, *TELEGRAM.stated_owners(tree, variant)])
        return list(TELEGRAM.read(tree, variant, ctx))


def detect(path: Path) -> str | None:
    with open_path(path) as tree:
        return TELEGRAM.detect(tree)


def write_json(path: Path, doc: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


# --- detection ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "variant"),
    [
        (FIXTURES / "joweich__chat-miner" / "test_single_export.json", "single"),
        (FIXTURES / "joweich__chat-miner" / "test_batch_export.json", "full"),
        (FULL, "full"),
        (SINGLE_OLD, "single"),
        (FIXTURES / "ChatExport_html", "html"),
        (FIXTURES, "full+single"),  # JSON exports present: the HTML page is not claimed
    ],
)
def test_detects_from_content(path: Path, variant: str) -> None:
    assert detect(path) == variant


def test_does_not_claim_discord_or_meta_json(tmp_path: Path) -> None:
    write_json(tmp_path / "a.json", {"guild": {}, "channel": {}, "messages": [{"type": "Default", "timestamp": "x"}]})
    write_json(tmp_path / "b.json", {"participants": [], "messages": [{"sender_name": "x", "timestamp_ms": 1}]})
    assert detect(tmp_path) is None


def test_detects_inside_a_zip_with_a_prefix_folder(tmp_path: Path) -> None:
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(FULL, "Telegram Desktop/DataExport_2025-03-02/result.json")
    assert detect(archive) == "full"
    assert len(read(archive)) == 14


# --- whole-account export ----------------------------------------------------------------------


def test_full_export_owner_from_personal_information() -> None:
    with open_path(FULL) as tree:
        assert TELEGRAM.stated_owners(tree, "full") == ["Inès Moreau", "@ines_m"]


def test_full_export_first_chat_exactly() -> None:
    voice, photo = "audio_1@28-02-2025_19-05-12.ogg", "photo_2@28-02-2025_19-06-00.jpg"
    chat = [m for m in read(FULL) if m.conversation_title == "Hugo Lefèvre"]
    assert [(m.sender, m.from_owner, m.kind, m.text, m.attachments) for m in chat] == [
        ("Hugo Lefèvre", False, Kind.SYSTEM, "phone call", ()),
        ("Hugo Lefèvre", False, Kind.TEXT, "Coucou Inès, ça va ? 😊", ()),
        ("Inès Moreau", True, Kind.TEXT, "Oui et toi ? Regarde https://example.org/expo 👀", ()),
        ("Hugo Lefèvre", False, Kind.MEDIA, "", (Attachment("photo", 183442),)),
        ("Inès Moreau", True, Kind.MEDIA, "", (Attachment(voice, 20480, mime="audio/ogg"),)),
        ("Hugo Lefèvre", False, Kind.TEXT, "Le coucher de soleil 🌅 ce soir", (Attachment(photo, 99000),)),
        # Another display name, but the same user id: still the owner.
        ("Inès M.", True, Kind.MEDIA, "", (Attachment("sticker", mime="image/webp"),)),
        ("Inès Moreau", True, Kind.TEXT, "Bisous à toute la famille 👨\u200d👩\u200d👧", ()),
    ]
    assert [m.position for m in chat] == list(range(8))
    assert {m.conversation_id for m in chat} == {stable_id("telegram", "id:5550002")}
    assert chat[1].sender_id == "user5550002"
    assert chat[1].sent_at == datetime(2025, 2, 28, 18, 2, 10, tzinfo=UTC)
    assert chat[1].raw_time == "1740765730"


def test_full_export_all_chats_including_left_ones_in_file_order() -> None:
    messages = read(FULL)
    titles = [m.conversation_title for m in messages]
    assert [(t, titles.count(t)) for t in dict.fromkeys(titles)] == [
        ("Hugo Lefèvre", 8),
        ("Saved Messages", 1),
        ("Classe 3e B", 3),
        ("Échanges cartes Pokémon", 2),
    ]
    group = [m for m in messages if m.conversation_title == "Classe 3e B"]
    assert [(m.sender, m.sender_id, m.kind, m.text) for m in group] == [
        ("Hugo Lefèvre", "user5550002", Kind.SYSTEM, "create group"),
        ("Deleted account", "user5550009", Kind.TEXT, "Salut tout le monde !"),
        ("Inès Moreau", "user5550001", Kind.TEXT, "Coucou 👋 quelqu'un a les devoirs d'histoire ?"),
    ]
    left = [m for m in messages if m.conversation_title == "Échanges cartes Pokémon"]
    assert [(m.sender, m.from_owner, m.text) for m in left] == [
        ("Inès Moreau", True, "join group by link"),
        ("Max 🦊", False, "Tu as quel âge ? On peut parler en privé ?"),
    ]


def test_owner_found_when_personal_information_comes_last(tmp_path: Path) -> None:
    doc = json.loads(FULL.read_text(encoding="utf-8"))
    info = doc.pop("personal_information")
    doc["personal_information"] = info
    moved = write_json(tmp_path / "result.json", doc)
    assert detect(moved) == "full"
    assert [m.from_owner for m in read(moved)] == [m.from_owner for m in read(FULL)]


def test_owner_matched_by_user_id_alone(tmp_path: Path) -> None:
    first_chat = json.loads(FULL.read_text(encoding="utf-8"))["chats"]["list"][0]
    doc = {"personal_information": {"user_id": 5550001}, "chats": {"list": [first_chat]}}
    messages = read(write_json(tmp_path / "result.json", doc))
    assert [m.sender for m in messages if m.from_owner] == ["Inès Moreau", "Inès Moreau", "Inès M.", "Inès Moreau"]


def test_truncated_full_export_keeps_earlier_chats(tmp_path: Path) -> None:
    data = FULL.read_bytes()
    cut = tmp_path / "result.json"
    cut.write_bytes(data[: data.index("Tu as quel âge".encode())])
    got: list[Message] = []
    with open_path(cut) as tree, pytest.raises(IngestError) as caught:
        got.extend(TELEGRAM.read(tree, "full", ReadContext()))
    assert len(got) == 13  # every message before the cut, one at a time
    assert caught.value.where == "after message 13"
    assert "âge" not in str(caught.value)


# --- single-chat exports -----------------------------------------------------------------------


def test_older_single_chat_has_wall_clock_dates_and_inferred_owner() -> None:
    messages = read(SINGLE_OLD)
    assert [(m.sender, m.kind, m.text) for m in messages] == [
        ("Hugo Lefèvre", Kind.TEXT, "On se voit au parc ?"),
        ("Inès Moreau", Kind.TEXT, "Oui à 14 h 🙂"),
        ("Hugo Lefèvre", Kind.SYSTEM, "pin message"),
    ]
    assert messages[0].sent_at == datetime(2021, 6, 12, 10, 15, 30)
    assert messages[0].is_wall_clock and messages[0].raw_time == "2021-06-12T10:15:30"
    assert not any(m.from_owner for m in messages)  # no owner stated: the pipeline infers it
    assert [m.from_owner for m in read(SINGLE_OLD, owners=("Inès Moreau",))] == [False, True, False]
    # Same chat id as in the whole-account export: the same conversation.
    assert messages[0].conversation_id == read(FULL)[0].conversation_id


def test_shared_samples() -> None:
    single = read(FIXTURES / "joweich__chat-miner" / "test_single_export.json")
    batch = read(FIXTURES / "joweich__chat-miner" / "test_batch_export.json")
    expected = [
        ("Author 1", "Minimal Message", datetime(2018, 12, 5, 10, 39, 10, tzinfo=UTC)),
        ("Author 2", "Link:https://telegram.org/", datetime(2018, 12, 5, 10, 49, 24, tzinfo=UTC)),
    ]
    assert [(m.sender, m.text, m.sent_at) for m in single] == expected
    assert [(m.sender, m.text, m.sent_at) for m in batch] == expected
    assert {m.conversation_title for m in single} == {"Telegram chat"}
    assert {m.conversation_title for m in batch} == {"Chatname"}


def test_text_entities_preferred_and_bad_unixtime_falls_back(tmp_path: Path) -> None:
    doc = {
        "name": "Zoé",
        "type": "personal_chat",
        "id": 42,
        "messages": [
            {
                "id": 1,
                "type": "message",
                "date": "2024-05-01T09:00:00",
                "date_unixtime": "soon",
                "from": "Zoé",
                "from_id": "user42",
                "text": "plain",
                "text_entities": [{"type": "bold", "text": "Ça"}, {"type": "plain", "text": " marche"}],
            }
        ],
    }
    path = tmp_path / "result.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(doc, ensure_ascii=False).encode())  # with a BOM
    [message] = read(path)
    assert message.text == "Ça marche"
    assert message.sent_at == datetime(2024, 5, 1, 9, 0) and message.raw_time == "2024-05-01T09:00:00"


# --- HTML --------------------------------------------------------------------------------------


def test_html_export_is_refused_with_a_request_for_json() -> None:
    with open_path(FIXTURES / "ChatExport_html") as tree, pytest.raises(IngestError) as caught:
        list(TELEGRAM.read(tree, "html", ReadContext()))
    assert "Machine-readable JSON" in caught.value.reason
    assert "Coucou" not in str(caught.value)


def test_html_ignored_next_to_a_json_export(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "ChatExport_html" / "messages.html", tmp_path / "messages.html")
    shutil.copy(SINGLE_OLD, tmp_path / "result.json")
    assert detect(tmp_path) == "single"
    assert len(read(tmp_path)) == 3


# --- robustness --------------------------------------------------------------------------------


def drain(path: Path, variant: str) -> None:
    """Detect and read whatever can be read: the only exception allowed out is IngestError."""
    with contextlib.suppress(IngestError), open_path(path) as tree:
        TELEGRAM.detect(tree)
        TELEGRAM.stated_owners(tree, variant)
        for _ in TELEGRAM.read(tree, variant, ReadContext()):
            pass


@pytest.mark.parametrize(("source", "variant"), [(FULL, "full"), (SINGLE_OLD, "single")])
def test_every_truncation_is_read_or_refused_cleanly(tmp_path: Path, source: Path, variant: str) -> None:
    data = source.read_bytes()
    target = tmp_path / "result.json"
    for cut in range(0, len(data), max(1, len(data) // 80)):
        target.write_bytes(data[:cut])
        drain(target, variant)


@pytest.mark.parametrize(("source", "variant"), [(FULL, "full"), (SINGLE_OLD, "single")])
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(noise=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.binary(min_size=1, max_size=4)), max_size=6))
def test_corrupted_bytes_are_read_or_refused_cleanly(
    tmp_path: Path, source: Path, variant: str, noise: list[tuple[float, bytes]]
) -> None:
    data = bytearray(source.read_bytes())
    for where, junk in noise:
        at = int(where * len(data))
        data[at : at + len(junk)] = junk
    target = tmp_path / "result.json"
    target.write_bytes(bytes(data))
    drain(target, variant)
