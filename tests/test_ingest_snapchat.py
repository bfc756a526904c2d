"""Snapchat My Data chat_history.json: the newer per-conversation shape and the older per-category one."""

import json
import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from conftest import FIXTURES
from guardian.ingest import ImportRun, IngestError
from guardian.ingest.inputs import open_path
from guardian.ingest.meta import InstagramImporter, MessengerImporter
from guardian.ingest.model import Message, stable_id
from guardian.ingest.snapchat import SnapchatImporter

SNAPCHAT = FIXTURES / "snapchat"
GROUP = "11742185-728e-4797-9f64-ef189de33ad0"


def _read(path: Path) -> tuple[ImportRun, list[Message]]:
    run = ImportRun([path])
    messages = [message for _, message in run.messages()]
    return run, messages


def _rows(messages: list[Message]) -> list[tuple[str, str, bool, str, str]]:
    return [(m.conversation_title, m.sender, m.from_owner, m.kind.value, m.text) for m in messages]


def test_newer_shape_per_conversation_in_time_order() -> None:
    run, messages = _read(SNAPCHAT / "mydata_2024")
    assert run.errors == []
    assert _rows(messages) == [
        ("camille.db", "camille.db", False, "text", ""),  # an unsaved text: its words are not exported
        ("camille.db", "camille.db", False, "text", "On se retrouve au ciné ? 🎬 Séance de 20 h"),
        ("camille.db", "camille.db", False, "media", ""),
        ("camille.db", "lea.m07", True, "text", "Oui ! À demain 😘"),
        ("Les copains 🏖️", "noah.l", False, "text", "Who's bringing the ball? 🏐"),
        ("Les copains 🏖️", "lea.m07", True, "media", ""),
        ("Les copains 🏖️", "sam_k", False, "system", "status"),
    ]
    assert [m.position for m in messages] == [0, 1, 2, 3, 0, 1, 2]
    # `Created(microseconds)` is epoch milliseconds: the sub-second part survives.
    assert messages[1].sent_at == datetime(2024, 7, 30, 4, 6, 15, 340000, tzinfo=UTC)
    assert messages[1].raw_time == "2024-07-30 04:06:15 UTC"
    assert [a.name for a in messages[2].attachments] == ["b~EiQSFTM0c3RBYmNkZWZnaGlqaw"]
    assert [a.name for a in messages[5].attachments] == ["b~Vm9pY2VOb3RlMDAx"]
    assert messages[0].attachments == messages[6].attachments == ()
    assert {m.conversation_id for m in messages[4:]} == {stable_id("snapchat", GROUP)}
    assert messages[0].conversation_id == stable_id("snapchat", "camille.db")


def test_owner_is_marked_by_the_export_and_named_by_account_json() -> None:
    run, _ = _read(SNAPCHAT / "mydata_2024")
    assert [(s.platform, s.variant, s.conversations, s.messages, s.owner_names, s.warnings) for s in run.sources] == [
        ("snapchat", "json-conversations", 2, 7, ("lea.m07",), [])
    ]
    with open_path(SNAPCHAT / "mydata_2024") as tree:
        assert SnapchatImporter().stated_owners(tree, "json-conversations") == ["lea.m07", "Léa Martin"]
        assert InstagramImporter().detect(tree) is None
        assert MessengerImporter().detect(tree) is None


def test_older_shape_is_regrouped_by_counterpart() -> None:
    run, messages = _read(SNAPCHAT / "mydata_2021")
    assert run.errors == []
    assert [(s.variant, s.conversations, s.owner_names) for s in run.sources] == [("json-categories", 2, ("Me",))]
    assert _rows(messages) == [
        ("noah.l", "noah.l", False, "text", "It's snowing ❄️ come outside!"),  # &#39; unescaped
        ("camille.db", "camille.db", False, "text", "Bonne année Léa ! 🎉"),
        ("camille.db", "Me", True, "text", "Merci, toi aussi ! 🥳 Bisous"),
        ("camille.db", "camille.db", False, "media", ""),
    ]
    assert messages[1].sent_at == datetime(2021, 1, 1, 0, 0, 5, tzinfo=UTC)
    assert messages[1].raw_time == "2021-01-01 00:00:05 UTC"
    assert messages[3].attachments[0].name == "media"


def test_older_shape_names_the_owner_from_account_json(tmp_path: Path) -> None:
    root = tmp_path / "mydata"
    shutil.copytree(SNAPCHAT / "mydata_2021", root)
    shutil.copy(SNAPCHAT / "mydata_2024" / "json" / "account.json", root / "json" / "account.json")
    run, messages = _read(root)
    assert [m.sender for m in messages if m.from_owner] == ["lea.m07"]
    assert [s.owner_names for s in run.sources] == [("lea.m07",)]


def test_transitional_shape_with_categories_and_is_sender(tmp_path: Path) -> None:
    path = tmp_path / "chat_history.json"
    rows = {
        "Received Saved Chat History": [
            {"From": "noah.l", "Media Type": "TEXT", "Created": "2022-03-01 10:00:00 UTC",
             "Content": "t'es où ?", "IsSender": False},
        ],
        "Sent Saved Chat History": [
            {"From": "lea.m07", "To": "noah.l", "Media Type": "TEXT", "Created": "2022-03-01 10:00:30 UTC",
             "Content": "J'arrive 🏃‍♀️", "IsSender": True},
        ],
    }
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    _, messages = _read(path)
    assert _rows(messages) == [
        ("noah.l", "noah.l", False, "text", "t'es où ?"),
        ("noah.l", "lea.m07", True, "text", "J'arrive \U0001f3c3\u200d\u2640\ufe0f"),
    ]


def test_every_time_is_an_aware_utc_instant() -> None:
    for folder in ("mydata_2024", "mydata_2021"):
        _, messages = _read(SNAPCHAT / folder)
        assert all(m.sent_at is not None and m.sent_at.tzinfo is UTC for m in messages)


def test_zip_with_prefix_folder(tmp_path: Path) -> None:
    archive = tmp_path / "mydata~1722400000000.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in sorted((SNAPCHAT / "mydata_2024").rglob("*.json")):
            zipped.write(path, f"mydata/{path.relative_to(SNAPCHAT / 'mydata_2024').as_posix()}")
    _, from_folder = _read(SNAPCHAT / "mydata_2024")
    run, from_zip = _read(archive)
    assert run.errors == []
    assert [m.to_json() for m in from_zip] == [m.to_json() for m in from_folder]


def test_truncated_file_keeps_the_conversations_read_before(tmp_path: Path) -> None:
    data = (SNAPCHAT / "mydata_2024" / "json" / "chat_history.json").read_bytes()
    path = tmp_path / "chat_history.json"
    path.write_bytes(data[: data.index(b"bringing")])
    run, messages = _read(path)
    assert [m.conversation_title for m in messages] == ["camille.db"] * 4
    assert len(run.errors) == 1 and isinstance(run.errors[0], IngestError)
    assert "bringing" not in str(run.errors[0]) and run.errors[0].path.endswith("chat_history.json")


def test_unrelated_json_is_not_claimed(tmp_path: Path) -> None:
    path = tmp_path / "chat_history.json"
    path.write_text(json.dumps({"Date": "2024-01-01", "From": "x", "Content": "hi"}), encoding="utf-8")
    with open_path(path) as tree:
        assert SnapchatImporter().detect(tree) is None


def test_html_only_download_is_refused_with_a_request_for_json() -> None:
    run, messages = _read(SNAPCHAT / "mydata_html")
    assert messages == []
    assert [s.variant for s in run.sources] == ["html"]
    assert len(run.errors) == 1
    assert "JSON" in run.errors[0].reason and "ciné" not in str(run.errors[0])
