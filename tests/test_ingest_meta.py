"""Instagram and Messenger DYI exports: the shared samples, split threads, mojibake, layouts."""

import json
import re
import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import FIXTURES
from guardian.ingest import ImportRun, IngestError, meta
from guardian.ingest.inputs import open_path
from guardian.ingest.meta import InstagramImporter, MessengerImporter
from guardian.ingest.model import Kind, Message, stable_id

INSTAGRAM = FIXTURES / "instagram"
MESSENGER = FIXTURES / "messenger"
FAMILY = "\U0001f469\u200d\U0001f469\u200d\U0001f467"  # one emoji: three people joined by ZWJ


def _read(path: Path, owners: tuple[str, ...] = ()) -> tuple[ImportRun, list[Message]]:
    run = ImportRun([path], owners=owners)
    messages = [message for _, message in run.messages()]
    return run, messages


def _rows(messages: list[Message]) -> list[tuple[str, bool, str, str]]:
    return [(m.sender, m.from_owner, m.kind.value, m.text) for m in messages]


def _at(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, tz=UTC)


def test_shared_instagram_sample_in_time_order() -> None:
    run, messages = _read(INSTAGRAM / "joweich__chat-miner" / "test_export.json")
    assert run.errors == []
    assert [(s.platform, s.format_id, s.variant) for s in run.sources] == [("instagram", "instagram-dyi", "json")]
    assert [(m.sender, m.text, m.sent_at, m.raw_time) for m in messages] == [
        ("Jane Doe", "Hello John!", datetime(2019, 12, 24, 11, 23, tzinfo=UTC), "1577186580000"),
        ("John Doe", "Hello Jane!", datetime(2020, 1, 17, 20, 49, tzinfo=UTC), "1579294140000"),
    ]
    assert {m.conversation_title for m in messages} == {"test_export"}
    assert [m.position for m in messages] == [0, 1]


def test_shared_messenger_sample_with_bom_is_messenger() -> None:
    run, messages = _read(MESSENGER / "mlomb__chat-analytics" / "2A_7M.json", owners=("Bob",))
    assert run.errors == []
    assert [(s.platform, s.variant, s.owner_names) for s in run.sources] == [("messenger", "json", ("Bob",))]
    assert [(m.sender, m.kind, m.text, tuple(a.name for a in m.attachments)) for m in messages] == [
        ("Bob", Kind.MEDIA, "", ("123123123123123.jpg",)),
        ("Bob", Kind.MEDIA, "", ("123123123123123.png",)),
        ("Alice", Kind.MEDIA, "", ("audioclip11111.mp4",)),
        ("Bob", Kind.MEDIA, "", ("blabla.docx",)),
        ("Bob", Kind.TEXT, "you what", ()),
        ("Bob", Kind.TEXT, "Whats up!", ()),
        ("Alice", Kind.TEXT, "Hello", ()),
    ]
    assert messages[0].sent_at == _at(1415147240411)
    assert [m.from_owner for m in messages] == [True, True, False, True, True, True, False]
    assert {m.conversation_id for m in messages} == {stable_id("messenger", "inbox/alice_aaaaaaaaaa")}
    assert {m.conversation_title for m in messages} == {"Alice"}


def test_split_thread_is_one_conversation_in_time_order_with_mojibake_repaired() -> None:
    run, messages = _read(INSTAGRAM / "export_2022")
    assert run.errors == []
    camille = [m for m in messages if m.conversation_title == "Camille Dubois"]
    assert _rows(camille) == [
        ("Camille Dubois", False, "text", "Salut Léa ! Ça va ?"),
        ("Léa Martin", True, "text", "Oui super, et toi ? 😊"),
        # Same millisecond: the photo is listed after the text in the newest-first file, so it came first.
        ("Camille Dubois", False, "media", ""),
        ("Camille Dubois", False, "text", "Regarde ça 👆"),
        ("Léa Martin", True, "text", "On se voit au café demain ? ☕"),
        ("Camille Dubois", False, "text", f"Avec plaisir {FAMILY} on sera toute la bande"),
        ("Léa Martin", True, "system", "❤"),  # her reaction to the message above
        ("Camille Dubois", False, "system", "Liked a message"),
        ("Léa Martin", True, "media", ""),  # "Léa Martin sent an attachment." + a shared reel
        ("Camille Dubois", False, "system", "Missed a video call"),
    ]
    assert camille[2].attachments[0].name == "4321_vacances_été.jpg"
    assert camille[8].attachments[0].name == "https://www.instagram.com/reel/C4aBcDeFgHi/"
    assert camille[6].sent_at == camille[5].sent_at == _at(1709402600000)
    assert [m.position for m in camille] == list(range(10))
    assert {m.conversation_id for m in camille} == {stable_id("instagram", "inbox/camilledubois_17841400000000001")}


def test_message_requests_are_read_and_owner_comes_from_the_profile() -> None:
    run, messages = _read(INSTAGRAM / "export_2022")
    requests = [m for m in messages if m.conversation_title == "Alex"]
    assert _rows(requests) == [
        ("Alex", False, "text", "hey, I saw your pics, you're really talented! 📸"),
        ("Alex", False, "text", "can we talk on snap? 👻"),
    ]
    assert requests[0].conversation_id == stable_id("instagram", "message_requests/alex.photo_17841400000000002")
    assert [(s.conversations, s.messages, s.owner_names, s.warnings) for s in run.sources] == [
        (2, 12, ("Léa Martin",), [])
    ]


@pytest.mark.parametrize("export", ["export_2022", "export_2024"])
def test_stated_owners_from_the_instagram_profile(export: str) -> None:
    with open_path(INSTAGRAM / export) as tree:
        assert InstagramImporter().stated_owners(tree, "json") == ["Léa Martin", "lea.martin_07"]
        assert MessengerImporter().detect(tree) is None


def test_2023_layout_under_your_instagram_activity() -> None:
    run, messages = _read(INSTAGRAM / "export_2024")
    assert run.errors == []
    assert [(s.platform, s.variant) for s in run.sources] == [("instagram", "json")]
    assert _rows(messages) == [
        ("Noé Lambert", False, "text", "Are you coming to practice tomorrow?"),
        ("Léa Martin", True, "text", "Oui ! 🏀 j'arrive à 18 h"),
        ("Noé Lambert", False, "media", ""),
    ]
    assert messages[2].attachments[0].name == "note_vocale.mp4"
    assert {m.conversation_title for m in messages} == {"Noé Lambert"}


def test_zipped_export_with_a_prefix_folder(tmp_path: Path) -> None:
    archive = tmp_path / "instagram-lea.martin_07-2024-03-04.zip"
    root = INSTAGRAM / "export_2022"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in sorted(root.rglob("*.json")):
            zipped.write(path, f"instagram-lea.martin_07/{path.relative_to(root).as_posix()}")
    _, from_folder = _read(root)
    run, from_zip = _read(archive)
    assert run.errors == []
    assert [m.to_json() for m in from_zip] == [m.to_json() for m in from_folder]


def test_html_export_is_refused_with_a_request_for_json() -> None:
    run, messages = _read(INSTAGRAM / "export_html")
    assert messages == []
    assert len(run.errors) == 1
    reason = run.errors[0].reason
    assert "HTML" in reason and "JSON" in reason and "Instagram" in reason
    assert "Salut" not in str(run.errors[0])


def test_messenger_2024_layout_with_calls_unsent_stickers_and_reactions() -> None:
    run, messages = _read(MESSENGER / "facebook_2024")
    assert run.errors == []
    assert [(s.platform, s.variant, s.owner_names) for s in run.sources] == [("messenger", "json", ("Léa Martin",))]
    assert _rows(messages) == [
        ("Léa Martin", True, "text", "Tu m'envoies l'exposé ? Merci d'avance 🙏"),
        ("Hugo Bernard", False, "system", "👍"),
        ("Hugo Bernard", False, "text", "Voilà l'exposé pour lundi 📚"),
        ("Hugo Bernard", False, "media", ""),
        ("Hugo Bernard", False, "system", "Hugo Bernard called you."),
        ("Hugo Bernard", False, "system", "Hugo Bernard unsent a message"),
    ]
    assert [a.name for a in messages[2].attachments] == ["exposé_histoire.pdf"]
    assert [a.name for a in messages[3].attachments] == ["369239263222822.png"]
    with open_path(MESSENGER / "facebook_2024") as tree:
        assert MessengerImporter().stated_owners(tree, "json") == ["Léa Martin"]
        assert InstagramImporter().detect(tree) is None


def test_messenger_secure_storage_download_is_read_without_mojibake_repair() -> None:
    run, messages = _read(MESSENGER / "secure_storage", owners=("Léa Martin",))
    assert run.errors == []
    assert [(s.platform, s.variant) for s in run.sources] == [("messenger", "e2ee-json")]
    assert _rows(messages) == [
        ("Hugo Bernard", False, "text", "T'as vu le match hier soir ? ⚽"),
        ("Léa Martin", True, "system", "😂"),
        ("Léa Martin", True, "media", ""),
        ("Hugo Bernard", False, "system", ""),  # unsent
    ]
    assert messages[0].sent_at == _at(1711913758573)
    assert messages[2].attachments[0].name == "photo_but.jpeg"
    assert {m.conversation_title for m in messages} == {"Hugo Bernard"}
    assert {m.conversation_id for m in messages} == {stable_id("messenger", "Hugo Bernard_3")}


def _thread(tmp_path: Path, contents: list[str], **extra: object) -> Path:
    """A loose message_1.json written by us, newest first like Meta."""
    path = tmp_path / "message_1.json"
    messages = [
        {"sender_name": "Sam", "timestamp_ms": 1700000000000 + 1000 * (len(contents) - i), "content": text}
        for i, text in enumerate(contents)
    ]
    path.write_text(json.dumps({"participants": [{"name": "Sam"}], "messages": messages, **extra}), encoding="utf-8")
    return path


def test_loose_thread_platform_comes_from_content(tmp_path: Path) -> None:
    path = _thread(tmp_path, ["salut"])
    run, _ = _read(path)
    assert [s.platform for s in run.sources] == ["instagram"]  # nothing says Messenger: the documented default
    path = _thread(tmp_path, ["salut"], thread_type="Regular")
    run, _ = _read(path)
    assert [s.platform for s in run.sources] == ["messenger"]


def test_older_facebook_layout_is_told_apart_by_its_profile_file(tmp_path: Path) -> None:
    thread = tmp_path / "facebook-lea" / "messages" / "inbox" / "sam_x1y2z3w4v5"
    thread.mkdir(parents=True)
    _thread(thread, ["coucou"])
    profile = tmp_path / "facebook-lea" / "profile_information" / "profile_information.json"
    profile.parent.mkdir()
    profile.write_text(json.dumps({"profile_v2": {"name": {"full_name": "L\u00c3\u00a9a Martin"}}}), "utf-8")
    with open_path(tmp_path) as tree:
        assert InstagramImporter().detect(tree) is None
        assert MessengerImporter().detect(tree) == "json"
        assert MessengerImporter().stated_owners(tree, "json") == ["Léa Martin"]


def test_a_part_whose_head_is_all_participants_still_belongs_to_its_thread(tmp_path: Path) -> None:
    folder = tmp_path / "messages" / "inbox" / "bigroup_123"
    folder.mkdir(parents=True)
    _thread(folder, ["newest"])
    crowd = [{"name": f"Member {n:04d}"} for n in range(400)]  # pushes the first message past the sniffed head
    oldest = {"sender_name": "Sam", "timestamp_ms": 1600000000000, "content": "oldest"}
    old = {"participants": crowd, "messages": [oldest]}
    (folder / "message_2.json").write_text(json.dumps(old), encoding="utf-8")
    _, messages = _read(tmp_path)
    assert [m.text for m in messages] == ["oldest", "newest"]


def test_notices_are_system_but_sentences_that_mention_them_are_not(tmp_path: Path) -> None:
    contents = [
        "Reacted 😂 to your message ",
        "Sam liked a message",
        "Sam sent an attachment.",
        "I never reacted to your message because I was asleep",
        "liked a message? which one",
        "Sam created a poll: Pizza?",
    ]
    _, messages = _read(_thread(tmp_path, contents))
    assert [(m.kind, m.text) for m in reversed(messages)] == [
        (Kind.SYSTEM, "Reacted 😂 to your message "),
        (Kind.SYSTEM, "Sam liked a message"),
        (Kind.SYSTEM, "Sam sent an attachment."),
        (Kind.TEXT, "I never reacted to your message because I was asleep"),
        (Kind.TEXT, "liked a message? which one"),
        (Kind.SYSTEM, "Sam created a poll: Pizza?"),
    ]


def test_truncated_part_raises_a_clean_error_after_earlier_threads(tmp_path: Path) -> None:
    root = tmp_path / "export"
    shutil.copytree(INSTAGRAM / "export_2022", root)
    part = root / "messages" / "message_requests" / "alex.photo_17841400000000002" / "message_1.json"
    part.write_bytes(part.read_bytes()[:300])
    run, messages = _read(root)
    assert len(run.errors) == 1
    error = run.errors[0]
    assert isinstance(error, IngestError) and error.path.endswith("message_1.json")
    assert "snap" not in str(error) and "pics" not in str(error)
    assert [m.conversation_title for m in messages] == ["Camille Dubois"] * 10  # the thread read before


def test_other_json_is_not_claimed(tmp_path: Path) -> None:
    other = tmp_path / "result.json"
    other.write_text(json.dumps({"name": "x", "messages": [{"id": 1, "type": "message", "from": "a"}]}), "utf-8")
    with open_path(other) as tree:
        assert InstagramImporter().detect(tree) is None
        assert MessengerImporter().detect(tree) is None


def test_every_character_ignorecase_takes_for_a_notice_words_letter_folds_to_it() -> None:
    """The cheap notice check folds the text: wherever the notice regexes (IGNORECASE) would take a
    code point for a letter of the notice words, the folded copy holds that letter."""
    every_character = "".join(map(chr, range(0x110000)))
    for letter in sorted(set("".join(meta.NOTICE_WORDS))):
        for found in re.finditer(re.escape(letter), every_character, re.IGNORECASE):
            assert meta.notice_fold(found.group()) == letter, (letter, hex(ord(found.group())))


NOTICES = [
    "Reacted 😂 to your message ", "Sam a réagi ❤️ à votre message", "Sam liked a message.", "Sam a aimé un message",
    "You unsent a message", "Vous avez annulé l'envoi d'un message", "Sam created a poll: Pizza?",
    "Sam voted for Pizza in the poll.", "You missed a video call", "Appel vidéo manqué", "Sam sent an attachment.",
    "Sam a envoyé une pièce jointe.", "This poll is no longer available.", "Sam's poll has multiple updates.",
]
# Characters IGNORECASE takes for another: what a notice could be written with and still match.
_LOOKALIKES = {"i": "iIıİ", "s": "sSſ", "k": "kK\u212a"}


@pytest.mark.parametrize("notice", NOTICES)
def test_each_notice_passes_the_cheap_check(notice: str) -> None:
    assert meta._NOTICE.search(notice) or meta._ATTACHMENT_NOTICE.search(notice)  # white-box: what it stands before
    assert meta.may_be_notice(notice)


@given(st.sampled_from(NOTICES), st.data())
def test_a_notice_in_any_case_passes_the_cheap_check(notice: str, data: st.DataObject) -> None:
    text = "".join(
        data.draw(st.sampled_from(_LOOKALIKES.get(c.lower(), c + c.upper() + c.lower()))) for c in notice
    )
    if meta._NOTICE.search(text) or meta._ATTACHMENT_NOTICE.search(text):
        assert meta.may_be_notice(text)


def test_ordinary_chat_is_no_notice() -> None:
    assert not meta.may_be_notice("t'es trop mature pour ton âge, on se voit samedi ?")
