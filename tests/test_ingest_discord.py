"""Discord importers: DiscordChatExporter JSON/CSV and Discord's own data package."""

from __future__ import annotations

import contextlib
import shutil
import zipfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guardian.ingest.base import Importer, ReadContext
from guardian.ingest.discord import DiscordChatExporterImporter, DiscordPackageImporter
from guardian.ingest.errors import IngestError
from guardian.ingest.inputs import open_path
from guardian.ingest.model import Attachment, Kind, Message, stable_id

FIXTURES = Path(__file__).parent / "fixtures" / "discord"
DCE = DiscordChatExporterImporter()
PACKAGE = DiscordPackageImporter()
CSV_BASE = "Direct Messages - Private - noah.b [812345678901234567]"
SERVER_JSON = "Club Manga - Discussions - général [913000000000000010].json"
PARIS_SUMMER = timezone(timedelta(hours=2))
PARIS_WINTER = timezone(timedelta(hours=1))


def read(importer: Importer, path: Path, owners: tuple[str, ...] = ()) -> list[Message]:
    with open_path(path) as tree:
        variant = importer.detect(tree)
        assert variant is not None
        ctx = ReadContext.for_owners([*owners, *importer.stated_owners(tree, variant)])
        return list(importer.read(tree, variant, ctx))


def drain(importer: Importer, path: Path, variant: str) -> None:
    """Detect and read whatever can be read: the only exception allowed out is IngestError."""
    with open_path(path) as tree, contextlib.suppress(IngestError):
        importer.detect(tree)
        for _ in importer.read(tree, variant, ReadContext()):
            pass


def detect(importer: Importer, path: Path) -> str | None:
    with open_path(path) as tree:
        return importer.detect(tree)


# --- detection ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "dce", "package"),
    [
        ("mlomb__chat-analytics", "json", None),
        ("dce-csv", "csv", None),
        ("dce-json", "json", None),
        ("package-2024", None, "json"),
        ("package-2020", None, "csv"),
        ("", "csv+json", "csv+json"),
    ],
)
def test_detects_each_variant_from_content(path: str, dce: str | None, package: str | None) -> None:
    assert detect(DCE, FIXTURES / path) == dce
    assert detect(PACKAGE, FIXTURES / path) == package


def test_does_not_claim_other_json_or_csv(tmp_path: Path) -> None:
    (tmp_path / "channel.json").write_text('{"id": "1", "type": 0, "guild": {"id": "2", "name": "x"}}')
    (tmp_path / "notes.csv").write_text("Author,Date,Content\nx,y,z\n")
    (tmp_path / "odd.csv").write_bytes(b'AuthorID,Au\rthor,Date\n')  # detection must not raise either
    assert detect(DCE, tmp_path) is None
    assert detect(PACKAGE, tmp_path) is None


# --- DiscordChatExporter JSON ------------------------------------------------------------------


def test_dce_json_direct_message_sample() -> None:
    messages = read(DCE, FIXTURES / "mlomb__chat-analytics" / "DM_2A_2M.json")
    assert [(m.sender, m.sender_id, m.kind, m.text) for m in messages] == [
        ("mlomb", "111111111111111111", Kind.TEXT, "blah"),
        ("Someones name", "444444444444444444", Kind.TEXT, "something something text"),
        ("Someones name", "444444444444444444", Kind.SYSTEM, "Started a call that lasted 251 minutes."),
    ]
    first = messages[0]
    assert first.conversation_id == stable_id("discord", "530805775262679064")
    assert first.conversation_title == "Someones name"
    assert first.sent_at == datetime(2019, 1, 4, 17, 52, 39, 762000, tzinfo=UTC)
    assert first.raw_time == "2019-01-04T17:52:39.762+00:00"
    assert [m.position for m in messages] == [0, 1, 2]
    assert not any(m.from_owner for m in messages)


def test_dce_json_group_sample_kinds_and_owner_by_nickname() -> None:
    messages = read(DCE, FIXTURES / "mlomb__chat-analytics" / "GC_3A_5M.json", owners=("theplant",))
    assert len(messages) == 6
    assert {m.conversation_title for m in messages} == {"a group chat"}
    assert [m.kind for m in messages] == [Kind.SYSTEM, Kind.TEXT, Kind.SYSTEM, Kind.TEXT, Kind.TEXT, Kind.SYSTEM]
    assert [m.sender for m in messages] == ["lombi", "not a plant", "lombi", "lombi", "mlomb", "mlomb"]
    # The user name is the sender; the server nickname still identifies the owner.
    assert [m.from_owner for m in messages] == [False, True, False, False, False, False]


def test_dce_json_server_channel_with_bom_media_stickers_embeds() -> None:
    messages = read(DCE, FIXTURES / "dce-json" / SERVER_JSON, owners=("MangaBot#4242",))
    assert [(m.sender, m.kind, m.text, m.attachments) for m in messages] == [
        ("lea.dupont", Kind.SYSTEM, "Joined the server.", ()),
        ("lea.dupont", Kind.TEXT, "Bonjour à tous ! 👋", ()),
        ("sam_k", Kind.MEDIA, "", (Attachment("planche-01.png", 248311),)),
        ("MangaBot", Kind.TEXT, "Nouveau chapitre\nLe tome 12 est sorti !", ()),
        ("sam_k", Kind.MEDIA, "", (Attachment("sticker: Wave"),)),
        ("lea.dupont", Kind.SYSTEM, "Pinned a message.", ()),
        ("sam_k", Kind.TEXT, "Trop bien, merci Léa", ()),
    ]
    assert {m.conversation_title for m in messages} == {"Club Manga / général"}
    assert {m.conversation_id for m in messages} == {stable_id("discord", "913000000000000010")}
    assert messages[1].sent_at == datetime(2024, 4, 20, 14, 1, 12, 345000, tzinfo=PARIS_SUMMER)
    assert [m.from_owner for m in messages] == [False, False, False, True, False, False, False]


def test_dce_json_truncated_keeps_earlier_messages_and_names_no_content(tmp_path: Path) -> None:
    data = (FIXTURES / "dce-json" / SERVER_JSON).read_bytes()
    cut = data.index(b'"Pinned a message."')
    (tmp_path / "cut.json").write_bytes(data[:cut])
    with open_path(tmp_path / "cut.json") as tree:
        got: list[Message] = []
        with pytest.raises(IngestError) as caught:
            got.extend(DCE.read(tree, "json", ReadContext()))
    assert [m.position for m in got] == [0, 1, 2, 3, 4]
    assert caught.value.where == "after message 5"
    assert "Pinned" not in str(caught.value) and "Bonjour" not in str(caught.value)


def test_dce_json_partitions_continue_one_conversation(tmp_path: Path) -> None:
    source = (FIXTURES / "mlomb__chat-analytics" / "DM_2A_2M.json").read_bytes()
    shutil.copy(FIXTURES / "mlomb__chat-analytics" / "DM_2A_2M.json", tmp_path / "dm [part 2].json")
    (tmp_path / "dm.json").write_bytes(source.replace(b'"blah"', b'"first part"'))
    messages = read(DCE, tmp_path)
    assert [m.text for m in messages][:4] == [
        "first part",
        "something something text",
        "Started a call that lasted 251 minutes.",
        "blah",
    ]
    assert [m.position for m in messages] == list(range(6))
    assert len({m.conversation_id for m in messages}) == 1


# --- DiscordChatExporter CSV -------------------------------------------------------------------


def test_dce_csv_partitions_merged_in_order() -> None:
    messages = read(DCE, FIXTURES / "dce-csv", owners=("camille_r",))
    assert [(m.sender, m.from_owner, m.kind, m.text) for m in messages] == [
        ("camille_r", True, Kind.TEXT, "Salut Noah ! Tu as fini le devoir de maths ?"),
        ("noah.b", False, Kind.TEXT, "Presque 😅\nil me reste l'exercice 3, le « problème » du train"),
        ("camille_r", True, Kind.MEDIA, ""),
        ("noah.b", False, Kind.TEXT, "Merci beaucoup, tu es géniale 👩\u200d💻"),
        ("camille_r", True, Kind.TEXT, 'De rien ! On révise ensemble jeudi ? "promis" 🙏'),
    ]
    assert "e\u0301" not in messages[3].text  # NFC: the decomposed accent is composed
    assert messages[2].attachments == (Attachment("exercice 3.jpg"), Attachment("notes.pdf"))
    assert [m.position for m in messages] == [0, 1, 2, 3, 4]
    assert {m.conversation_title for m in messages} == {"noah.b"}
    assert {m.conversation_id for m in messages} == {stable_id("discord", "812345678901234567")}
    assert messages[1].sender_id == "700000000000000002"
    assert messages[0].sent_at == datetime(2024, 3, 1, 18, 2, 11, 123000, tzinfo=PARIS_WINTER)
    assert messages[0].raw_time == "2024-03-01T18:02:11.1230000+01:00"


def test_dce_csv_parts_sorted_numerically(tmp_path: Path) -> None:
    header = "AuthorID,Author,Date,Content,Attachments,Reactions\n"
    for part, suffix in ((1, ""), (2, " [part 2]"), (10, " [part 10]")):
        row = f'"1","a","2024-01-01T00:00:{part:02d}+00:00","part {part}","",""\n'
        (tmp_path / f"Guild - Cat - chan [123456789012345678]{suffix}.csv").write_text(header + row)
    messages = read(DCE, tmp_path)
    assert [m.text for m in messages] == ["part 1", "part 2", "part 10"]
    assert {m.conversation_title for m in messages} == {"Guild - Cat - chan"}


def test_dce_csv_culture_dates_are_wall_clock(tmp_path: Path) -> None:
    (tmp_path / "export.csv").write_text(
        "AuthorID,Author,Date,Content,Attachments,Reactions\n"
        '"1","a","03/01/2024 6:02 PM","us","",""\n'
        '"1","a","01.03.2024 18:02","de","",""\n'
        '"1","a","le 1er mars","unknown","",""\n'
    )
    with open_path(tmp_path) as tree:
        ctx = ReadContext()
        messages = list(DCE.read(tree, "csv", ctx))
    assert [m.sent_at for m in messages] == [datetime(2024, 3, 1, 18, 2), datetime(2024, 3, 1, 18, 2), None]
    assert messages[2].raw_time == "le 1er mars"
    assert len(ctx.warnings) == 1 and "1 date(s)" in ctx.warnings[0] and "mars" not in ctx.warnings[0]


def test_dce_csv_damaged_file_is_an_ingest_error(tmp_path: Path) -> None:
    # A cell no Discord message can fill: the file is damaged (or not what it claims).
    oversized = b"x" * 200_000
    (tmp_path / "x.csv").write_bytes(b'AuthorID,Author,Date,Content\n"1","a","2024-01-01","ok"\n"2","b","' + oversized)
    with open_path(tmp_path) as tree:
        got: list[Message] = []
        with pytest.raises(IngestError) as caught:
            got.extend(DCE.read(tree, "csv", ReadContext()))
    assert [m.text for m in got] == ["ok"]
    assert caught.value.reason == "is not valid CSV" and caught.value.where == "line 3"


# --- Discord data package ----------------------------------------------------------------------


def test_package_2024_json_owner_titles_and_time_order() -> None:
    with open_path(FIXTURES / "package-2024") as tree:
        assert PACKAGE.stated_owners(tree, "json") == ["camille_r", "Camille"]
    messages = read(PACKAGE, FIXTURES / "package-2024")
    assert [(m.conversation_title, m.kind, m.text, m.position) for m in messages] == [
        ("Direct Message with noah.b", Kind.TEXT, "J'ai fini mon dessin, regarde 🧑\u200d🎨", 2),
        ("Direct Message with noah.b", Kind.MEDIA, "", 1),
        ("Direct Message with noah.b", Kind.TEXT, "ok à demain alors 😊", 0),
        ("Club Manga / général", Kind.TEXT, "Quelqu'un a lu le dernier chapitre ?", 0),
    ]
    assert all(m.from_owner and m.sender == "camille_r" for m in messages)
    assert {m.sender_id for m in messages} == {"700000000000000001"}
    assert messages[1].attachments == (Attachment("dessin_final.png"),)
    assert messages[0].sent_at == datetime(2024, 3, 3, 20, 39, 55)  # the package states no zone
    assert messages[0].is_wall_clock and messages[0].raw_time == "2024-03-03 20:39:55"
    assert messages[0].conversation_id == stable_id("discord", "900000000000000001")


def test_package_2020_csv_aware_times_and_same_channel_id_as_dce() -> None:
    messages = read(PACKAGE, FIXTURES / "package-2020")
    assert [(m.text, m.kind) for m in messages] == [
        ("Tu as vu l'épisode d'hier ?", Kind.TEXT),
        ("Bonne nuit 🌙\nà demain", Kind.TEXT),
        ("", Kind.MEDIA),
    ]
    assert messages[2].attachments == (Attachment("photo_plage.jpg"), Attachment("video.mp4"))
    assert messages[0].sent_at == datetime(2020, 8, 14, 16, 18, 44, 1000, tzinfo=UTC)
    assert {m.conversation_title for m in messages} == {"Direct Message with noah.b#0427"}
    # The DCE export of the same DM channel lands in the same conversation.
    assert messages[0].conversation_id == read(DCE, FIXTURES / "dce-csv")[0].conversation_id


def test_package_in_zip_under_a_prefix_folder(tmp_path: Path) -> None:
    archive = tmp_path / "package.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for file in sorted((FIXTURES / "package-2024").rglob("*")):
            if file.is_file():
                zf.write(file, "discord-camille/" + file.relative_to(FIXTURES / "package-2024").as_posix())
    assert detect(DCE, archive) is None
    messages = read(PACKAGE, archive)
    assert len(messages) == 4
    assert all(m.sender == "camille_r" for m in messages)


def test_package_without_account_file(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "package-2024" / "Messages", tmp_path / "Messages")
    with open_path(tmp_path) as tree:
        assert PACKAGE.stated_owners(tree, "json") == []
    messages = read(PACKAGE, tmp_path)
    assert {(m.sender, m.sender_id, m.from_owner) for m in messages} == {("Discord account owner", None, True)}


def test_package_broken_channel_file_is_an_ingest_error(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "package-2024", tmp_path / "p")
    target = tmp_path / "p" / "Messages" / "c900000000000000002" / "messages.json"
    target.write_text('[{"ID": 1, "Timestamp": "2024-01-01 00:00:00", "Contents": "x"}, {"ID": ')
    with open_path(tmp_path / "p") as tree:
        got: list[Message] = []
        with pytest.raises(IngestError) as caught:
            got.extend(PACKAGE.read(tree, "json", ReadContext()))
    assert len(got) == 3  # the first channel is complete
    assert caught.value.where == "after message 1"


# --- robustness --------------------------------------------------------------------------------

ROBUSTNESS_FILES = [
    (DCE, "json", "mlomb__chat-analytics/GC_3A_5M.json"),
    (DCE, "json", f"dce-json/{SERVER_JSON}"),
    (DCE, "csv", f"dce-csv/{CSV_BASE}.csv"),
    (PACKAGE, "json", "package-2024/Messages/c900000000000000001/messages.json"),
    (PACKAGE, "csv", "package-2020/messages/812345678901234567/messages.csv"),
]


def _tree_with(tmp_path: Path, relative: str, data: bytes) -> Path:
    """A copy of the fixture's export (a package folder, or the lone file) with one file replaced."""
    top = relative.split("/", 1)[0]
    root = tmp_path / "case"
    shutil.rmtree(root, ignore_errors=True)
    if top.startswith("package"):
        shutil.copytree(FIXTURES / top, root)
        (root / relative.split("/", 1)[1]).write_bytes(data)
    else:
        root.mkdir()
        (root / Path(relative).name).write_bytes(data)
    return root


@pytest.mark.parametrize(("importer", "variant", "relative"), ROBUSTNESS_FILES)
def test_every_truncation_is_read_or_refused_cleanly(
    tmp_path: Path, importer: Importer, variant: str, relative: str
) -> None:
    data = (FIXTURES / relative).read_bytes()
    for cut in range(0, len(data), max(1, len(data) // 60)):
        drain(importer, _tree_with(tmp_path, relative, data[:cut]), variant)


@pytest.mark.parametrize(("importer", "variant", "relative"), ROBUSTNESS_FILES)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(noise=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.binary(min_size=1, max_size=4)), max_size=6))
def test_corrupted_bytes_are_read_or_refused_cleanly(
    tmp_path: Path, importer: Importer, variant: str, relative: str, noise: list[tuple[float, bytes]]
) -> None:
    data = bytearray((FIXTURES / relative).read_bytes())
    for where, junk in noise:
        at = int(where * len(data))
        data[at : at + len(junk)] = junk
    drain(importer, _tree_with(tmp_path, relative, bytes(data)), variant)
