"""TikTok "Download your data": JSON (both key shapes), TXT flavour, and the bundled demo."""

from __future__ import annotations

import io
import zipfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, ROOT
from guardian.ingest import ImportRun, IngestError, Message
from guardian.ingest.base import Importer, ReadContext
from guardian.ingest.inputs import Entry, Tree, open_path
from guardian.ingest.model import Kind, stable_id
from guardian.ingest.tiktok import IMPORTERS, TikTokJsonImporter, TikTokTxtImporter

TIKTOK = FIXTURES / "tiktok"
JSON_NEW = TIKTOK / "json_new"
JSON_OLD = TIKTOK / "json_old"
JSON_TRUNCATED = TIKTOK / "json_truncated"
TXT_EN = TIKTOK / "txt_en"
TXT_NL_ZIP = TIKTOK / "TikTok_Data_nl.zip"
DEMO = ROOT / "resources" / "demo"
DEMO_OWNER = "lea.dnc_"

JSON = TikTokJsonImporter()
TXT = TikTokTxtImporter()


def read(importer: Importer, path: Path) -> list[Message]:
    """Read as the pipeline does: with the owner the export states."""
    with open_path(path) as tree:
        variant = importer.detect(tree)
        assert variant is not None
        ctx = ReadContext.for_owners(importer.stated_owners(tree, variant))
        return list(importer.read(tree, variant, ctx))


def memory_tree(name: str, data: bytes) -> Tree:
    entry = Entry(name, len(data), name, lambda: io.BytesIO(data))
    return Tree(name, [entry], lambda: "")


def rows(messages: list[Message]) -> list[tuple[str, str, bool, str]]:
    return [(m.conversation_title, m.sender, m.from_owner, m.text) for m in messages]


def test_registry_exposes_both_flavours() -> None:
    assert [imp.format_id for imp in IMPORTERS] == ["tiktok-json", "tiktok-txt"]
    assert all(imp.platform == "tiktok" and len(imp.gaps) == 2 for imp in IMPORTERS)


@pytest.mark.parametrize(
    ("path", "json_variant", "txt_variant"),
    [
        (JSON_NEW, "json", None),
        (JSON_OLD, "json", None),
        (JSON_TRUNCATED, "json", None),
        (DEMO, "json", None),
        (TXT_EN, None, "txt"),
        (TXT_NL_ZIP, None, "txt"),
    ],
)
def test_detects_each_flavour_by_content(path: Path, json_variant: str | None, txt_variant: str | None) -> None:
    with open_path(path) as tree:
        assert JSON.detect(tree) == json_variant
        assert TXT.detect(tree) == txt_variant


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("user_data_tiktok.json", b'{"messages": [{"sender": "a", "text": "Direct Message"}]}'),
        ("result.json", b'{"name": "x", "type": "personal_chat", "messages": []}'),
        ("Direct Messages.txt", b"[12/03/2024, 18:04] Bob: Date: demain ?\n"),
        ("Login History.txt", b"Date: 2025-02-01 08:00:00 UTC\nIP: 192.0.2.7\n"),
    ],
)
def test_other_files_are_not_claimed_whatever_their_name(name: str, content: bytes) -> None:
    tree = memory_tree(name, content)
    assert JSON.detect(tree) is None
    assert TXT.detect(tree) is None


def test_stated_owner_comes_from_the_profile_even_after_the_messages() -> None:
    expected = {JSON_NEW: "maya.lpz", JSON_OLD: "tom_r34", DEMO: DEMO_OWNER}
    for path, owner in expected.items():
        with open_path(path) as tree:
            assert JSON.stated_owners(tree, "json") == [owner]
    # The profile was cut off: no owner, and no exception (reading reports the damage).
    with open_path(JSON_TRUNCATED) as tree:
        assert JSON.stated_owners(tree, "json") == []


def test_txt_owner_is_the_profile_user_name_not_a_follower() -> None:
    with open_path(TXT_EN) as tree:
        assert TXT.stated_owners(tree, "txt") == ["noa_vlt"]
    with open_path(TXT_NL_ZIP) as tree:
        assert TXT.stated_owners(tree, "txt") == ["sanne.dj"]


def test_newer_shape_reads_every_dm_section_in_time_order() -> None:
    messages = read(JSON, JSON_NEW)
    assert rows(messages) == [
        ("zoe.dance_", "zoe.dance_", False, "t'as vu la vidéo de Léa ? élève de 3e, déjà 10k abonnés 🤯"),
        ("zoe.dance_", "maya.lpz", True, "j'arrive pas à croire qu'il a dit ça 😭 on en reparle au café ?"),
        ("zoe.dance_", "zoe.dance_", False, "https://www.tiktokv.com/share/video/7477123456789012345/"),
        ("sam_skates", "sam_skates", False, "yo, skatepark after school?"),
        ("sam_skates", "maya.lpz", True, "can't, family dinner 👩\u200d👩\u200d👧"),
        ("sam_skates", "sam_skates", False, "next time then"),
        # An unknown section under the DM root (a group chat) is read the same way.
        ("Les BG de la 3eB", "noe.b", False, "qui a fini l'exo de maths ?"),
        ("Les BG de la 3eB", "maya.lpz", True, "moi ! jvous envoie ça 🧑\u200d🏫"),
    ]
    # The file lists zoe.dance_ newest first; positions keep the file order.
    assert [m.position for m in messages[:3]] == [2, 1, 0]
    assert messages[1].text.endswith("café ?") and "e\u0301" not in messages[1].text  # NFC
    assert all(m.kind is Kind.TEXT and m.platform == "tiktok" for m in messages)


def test_dates_stay_naive_wall_clock_and_keep_their_raw_text() -> None:
    first, *_, undated = read(JSON, JSON_NEW)[:6]
    assert first.sent_at == datetime(2025, 3, 2, 18, 4, 11)
    assert first.is_wall_clock and first.raw_time == "2025-03-02 18:04:11"
    # An unreadable date is kept as written and sorted after the dated messages.
    assert undated.sent_at is None and undated.raw_time == "not a date"


def test_conversation_ids_depend_only_on_the_other_party() -> None:
    messages = read(JSON, JSON_NEW)
    ids = {m.conversation_title: m.conversation_id for m in messages}
    assert ids["zoe.dance_"] == stable_id("tiktok", "zoe.dance_")
    assert len(set(ids.values())) == 3
    assert [m.conversation_id for m in read(JSON, JSON_NEW)] == [m.conversation_id for m in messages]


def test_older_shape_with_bom_and_lowercase_keys() -> None:
    messages = read(JSON, JSON_OLD)
    assert rows(messages) == [
        ("jules.b", "jules.b", False, "Tu viens au match samedi ? ⚽"),
        ("jules.b", "tom_r34", True, "Ouais, mon père m'emmène 👨\u200d👦"),
        ("jules.b", "jules.b", False, "see you there!"),
    ]
    assert messages[2].sent_at == datetime(2022, 6, 10, 21, 32, 10)


def test_truncated_json_keeps_finished_conversations_then_fails_cleanly() -> None:
    with open_path(JSON_TRUNCATED) as tree:
        stream = JSON.read(tree, "json", ReadContext.for_owners(["maya.lpz"]))
        messages = [next(stream) for _ in range(3)]
        with pytest.raises(IngestError) as caught:
            next(stream)
    assert [m.conversation_title for m in messages] == ["zoe.dance_"] * 3
    assert [m.from_owner for m in messages] == [False, True, False]
    error = caught.value
    assert error.path.endswith("user_data_tiktok.json")
    assert error.reason == "is not valid JSON (truncated or damaged download?)"
    assert error.where == f"within the first {(JSON_TRUNCATED / 'user_data_tiktok.json').stat().st_size} bytes"


def test_json_inside_a_zip_with_a_prefix_folder(tmp_path: Path) -> None:
    archive = tmp_path / "TikTok_Data_1741000000.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.write(JSON_NEW / "user_data_tiktok.json", "TikTok_Data_1741000000/user_data_tiktok.json")
        out.writestr("TikTok_Data_1741000000/readme.txt", "nothing to see")
    run = ImportRun([archive])
    messages = [m for _, m in run.messages()]
    assert run.errors == []
    assert [(s.format_id, s.conversations, s.messages, s.owner_names) for s in run.sources] == [
        ("tiktok-json", 3, 8, ("maya.lpz",))
    ]
    assert rows(messages) == rows(read(JSON, JSON_NEW))


def test_txt_folder_reads_blocks_headers_and_run_on_content() -> None:
    messages = read(TXT, TXT_EN)
    assert rows(messages) == [
        ("lucas.mtn", "lucas.mtn", False, "salut ! t'es dispo pour réviser l'éval de SVT ?"),
        ("lucas.mtn", "noa_vlt", True, "oui mais après 20h\non fait ça en visio avec Inès ?"),
        ("lucas.mtn", "lucas.mtn", False, "https://www.tiktokv.com/share/video/7471234567890123456/"),
        # Two records with no blank line between them are still two messages.
        ("priya.k", "priya.k", False, "Good luck today! 🍀"),
        ("priya.k", "noa_vlt", True, "thanks 🧑\u200d🤝\u200d🧑"),
    ]
    # "Date: … UTC" states an instant.
    assert messages[0].sent_at == datetime(2025, 2, 14, 19, 2, 33, tzinfo=UTC)
    assert messages[0].raw_time == "2025-02-14 19:02:33 UTC"
    assert messages[0].conversation_id == stable_id("tiktok", "lucas.mtn")


def test_localised_txt_zip_through_the_pipeline() -> None:
    run = ImportRun([TXT_NL_ZIP])
    messages = [m for _, m in run.messages()]
    assert run.errors == []
    [source] = run.sources
    assert (source.format_id, source.conversations, source.messages) == ("tiktok-txt", 1, 2)
    assert source.owner_names == ("sanne.dj",)
    # An untranslated header is kept whole rather than guessed at.
    assert rows(messages) == [
        ("Chatgeschiedenis met lotte.vd", "lotte.vd", False, "Zin in het feestje van zaterdag? 🎉"),
        ("Chatgeschiedenis met lotte.vd", "sanne.dj", True, "Ja! Mijn moeder brengt me 🚗"),
    ]
    assert messages[0].sent_at == datetime(2025, 2, 20, 16, 30)


def test_txt_records_without_a_header_take_the_file_name() -> None:
    data = b"Datum: 2025-03-01 12:00:00\nVan: mila\nInhoud: wie komt er?\n\nNotitie: niets\n"
    tree = memory_tree("TikTok/Berichten/Groepschat.txt", data)
    assert TXT.detect(tree) == "txt"
    [message] = TXT.read(tree, "txt", ReadContext.for_owners(["@Mila"]))
    assert (message.conversation_title, message.sender, message.from_owner, message.text) == (
        "Groepschat",
        "mila",
        True,
        "wie komt er?",
    )


def test_txt_with_invalid_utf8_names_the_line() -> None:
    data = b"Chat History with a.b:\nDate: 2025-01-01 10:00:00\nFrom: a.b\nContent: salut\n\n"
    tree = memory_tree("Direct Messages.txt", data + b"Content: \xff\xfe secret\n")
    stream = TXT.read(tree, "txt", ReadContext())
    with pytest.raises(IngestError) as caught:
        list(stream)
    assert (caught.value.reason, caught.value.where) == ("is not valid UTF-8 text", "line 6")
    assert "secret" not in str(caught.value)


@settings(max_examples=60, deadline=None)
@given(cut=st.integers(min_value=0, max_value=(JSON_NEW / "user_data_tiktok.json").stat().st_size))
def test_any_truncation_gives_a_prefix_of_the_messages_or_an_ingest_error(cut: int) -> None:
    data = (JSON_NEW / "user_data_tiktok.json").read_bytes()
    full = list(JSON.read(memory_tree("u.json", data), "json", ReadContext()))
    produced: list[Message] = []
    try:
        produced.extend(JSON.read(memory_tree("u.json", data[:cut]), "json", ReadContext()))
    except IngestError as error:
        assert "skatepark" not in str(error) and "maya" not in str(error)
    assert produced == full[: len(produced)]


@settings(max_examples=60, deadline=None)
@given(noise=st.binary(max_size=400), flavour=st.sampled_from(["json", "txt"]))
def test_random_bytes_raise_only_ingest_error(noise: bytes, flavour: str) -> None:
    if flavour == "json":
        tree = memory_tree("u.json", b'{"Direct Message": {"Direct Messages": {"ChatHistory": {"x": [' + noise)
        importer: Importer = JSON
    else:
        tree = memory_tree("d.txt", b"Chat History with x:\nDate: 2025-01-01 10:00:00\nFrom: x\n" + noise)
        importer = TXT
    try:
        for message in importer.read(tree, flavour, ReadContext()):
            assert isinstance(message.text, str)
    except IngestError:
        pass
    importer.stated_owners(tree, flavour)  # never raises


# --- the bundled demo ----------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_run() -> tuple[ImportRun, list[Message]]:
    run = ImportRun([DEMO])
    return run, [m for _, m in run.messages()]


def test_demo_parses_with_its_owner(demo_run: tuple[ImportRun, list[Message]]) -> None:
    run, messages = demo_run
    assert run.errors == []
    [source] = run.sources
    assert (source.format_id, source.conversations, source.messages) == ("tiktok-json", 6, 186)
    assert source.owner_names == (DEMO_OWNER,)
    assert source.warnings == []
    assert (source.first_at, source.last_at) == (datetime(2025, 10, 6, 17, 5, 11), datetime(2025, 11, 1, 11, 2, 14))
    assert Counter(m.conversation_title for m in messages) == {
        "ethan.choreo.off": 63,
        "ines_mrtn": 33,
        "rayan.fn_": 27,
        "camille.dnc": 23,
        "noah.dlc": 20,
        "clara.lpt": 20,
    }
    assert all(m.from_owner == (m.sender == DEMO_OWNER) for m in messages)
    assert sum(m.from_owner for m in messages) == 78
    assert all(m.is_wall_clock for m in messages)


def test_demo_grooming_conversation_is_gradual_and_one_sided(demo_run: tuple[ImportRun, list[Message]]) -> None:
    _, messages = demo_run
    chat = [m for m in messages if m.conversation_title == "ethan.choreo.off"]
    assert {m.sender for m in chat} == {"ethan.choreo.off", DEMO_OWNER}
    assert [m.sent_at for m in chat] == sorted(m.sent_at for m in chat if m.sent_at)
    assert (chat[0].sender, chat[0].sent_at) == ("ethan.choreo.off", datetime(2025, 10, 9, 21, 14, 7))
    texts = [(m.from_owner, m.text) for m in chat]
    milestones = [
        (False, "t'as quel âge au fait ?"),
        (True, "14 ans et toi ?"),
        (False, "tes parents regardent ton tel ?"),
        (False, "dis rien à personne, c'est notre secret 🤫 même pas à ta pote, elle serait jalouse"),
        (False, "ajoute-moi sur snap 👻 c plus simple pour préparer le duo, ici les messages c nul"),
        (False, "envoie une photo de toi… juste pour moi 🙈"),
    ]
    assert [texts.index(milestone) for milestone in milestones] == sorted(texts.index(m) for m in milestones)
    days = {m.sent_at.date() for m in chat if m.sent_at}
    assert len(days) == 6


def test_unreadable_files_are_skipped_by_detection_and_reported_by_reading() -> None:
    def refuse() -> io.BytesIO:
        raise PermissionError(13, "Permission denied")

    assert JSON.detect(Tree("t", [Entry("u.json", 10, "u.json", refuse)], lambda: "")) is None
    head = b'{"Direct Message": {"Direct Messages": {"ChatHistory": {}}}}'
    known = Tree("t", [Entry("u.json", len(head), "u.json", refuse, head)], lambda: "")
    with pytest.raises(IngestError) as caught:
        list(JSON.read(known, "json", ReadContext()))
    assert str(caught.value) == "u.json: cannot be read (Permission denied)"
