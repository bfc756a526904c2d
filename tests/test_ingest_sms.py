"""SMS Backup & Restore: the shared mobilecombackup sample, our French/English synthetic
backup, call logs, damaged files and XML attacks."""

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from conftest import FIXTURES
from guardian.ingest import Attachment, ImportRun, IngestError, Kind, Message, sms
from guardian.ingest.inputs import open_path
from guardian.ingest.model import stable_id

UPSTREAM = FIXTURES / "sms_backup_restore" / "phillipgreenii__mobilecombackup"
SAMPLE = UPSTREAM / "sms-test.xml"
CALLS = UPSTREAM / "calls.xml"
SYNTHETIC = FIXTURES / "sms_backup_restore" / "synthetic" / "sms-20240315200000.xml"


def _read(*paths: Path) -> tuple[list[Message], ImportRun]:
    run = ImportRun(list(paths))
    messages = [message for _source, message in run.messages()]
    return messages, run


def _utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def _conversation(*addresses: str) -> str:
    return stable_id("sms", "~".join(sorted(addresses)))


def test_upstream_sample_is_read_in_file_order() -> None:
    messages, run = _read(SAMPLE)
    assert run.errors == []
    [source] = run.sources
    assert (source.format_id, source.variant, source.messages, source.conversations) == (
        "sms-backup-restore", "sms", 15, 5,
    )
    assert source.owner_names == ("Me",)
    assert [m.position for m in messages] == list(range(15))
    assert [(m.conversation_title, m.sender, m.from_owner, m.text) for m in messages[:6]] == [
        ("7535", "7535", False, "Free AT&T msg: Your Authorized user was changed for acct # ending in XXXX. If this "
         "was done in error, call 800-331-0500 or 611 from your wireless phone."),
        ("7535", "7535", False, "Free AT&T msg: Your Authorized user was changed for acct # ending in XXXX. If this "
         "was done in error, call 800-331-0500 or 611 from your wireless phone."),
        ("Jane Smith", "Me", True, "This is Phillip"),
        ("Jane Smith", "Jane Smith", False, "G"),
        ("Jane Smith", "Jane Smith", False, "I'm home"),
        ("7535", "7535", False, "AT&T msg: Your online registration code is: XXXXXXXX. "),
    ]


def test_upstream_sms_times_are_utc_instants_and_readable_date_is_kept_raw() -> None:
    messages, _ = _read(SAMPLE)
    jane = messages[2]
    assert jane.sent_at == _utc(2013, 7, 16, 2, 41, 45, 322000)
    assert jane.raw_time == "Jul 15, 2013 10:41:45 PM"
    assert (jane.sender_id, messages[3].sender_id) == (None, "+15555550000")
    assert all(m.sent_at is not None and m.sent_at.tzinfo is UTC for m in messages)


def test_upstream_mms_text_unknown_contact_and_image() -> None:
    messages, _ = _read(SAMPLE)
    ted_in, ted_out = messages[7], messages[6]
    assert (ted_out.sender, ted_out.from_owner, ted_out.text) == ("Me", True, "I'm in")
    assert (ted_in.sender, ted_in.sender_id) == ("Ted Turner", "+15555550001")
    assert ted_in.text == "Maybe.  I'm still at work."
    assert ted_in.conversation_id == ted_out.conversation_id == _conversation("+15555550001")
    email = messages[8]
    assert (email.conversation_title, email.text) == ("lamer000@aol.com", "Happy Birthday! ")
    duck = messages[13]
    assert (duck.kind, duck.text, duck.from_owner) == (Kind.MEDIA, "", True)
    # The base64 PNG in the file decodes to 6460 bytes; only that size is kept.
    assert duck.attachments == (Attachment(name="duck.png", size=6460, mime="image/png"),)
    # An MMS and an SMS with the same address are one conversation.
    assert duck.conversation_id == messages[2].conversation_id == _conversation("+15555550000")


def test_upstream_group_mms_names_the_sender_from_addrs() -> None:
    messages, _ = _read(SAMPLE)
    group = messages[14]
    assert group.conversation_title == "Ted Turner, Nancy Edgar, Antonio Scott, Max Hall"
    assert group.conversation_id == _conversation("+15555550001", "+15555550003", "+15555550004", "+15555550005")
    assert (group.sender, group.sender_id, group.from_owner) == ("Antonio Scott", "+15555550005", False)
    assert (group.text, group.sent_at) == ("And only let in two.", _utc(2015, 4, 17, 1, 51, 40))


def test_synthetic_backup() -> None:
    messages, run = _read(SYNTHETIC)
    assert run.errors == []
    camille = _conversation("+33612345678")
    sam = _conversation("5550104477")
    group = _conversation("+33612345678", "+33698765432")
    hugo = _conversation("+33698765432")
    assert [(m.conversation_id, m.sender, m.from_owner, m.kind, m.text) for m in messages] == [
        (camille, "Camille Martin", False, Kind.TEXT, "Salut Léa ! Tu as fini le devoir de maths ? 📐"),
        (camille, "Me", True, Kind.TEXT, "Presque, il me reste l'exercice 3 "),
        # The draft is skipped; a failed send is still the teen's; "cafe\u0301" is NFC-composed
        # and the old app's surrogate-pair reference becomes one emoji.
        (camille, "Me", True, Kind.TEXT, "On se voit demain au café ? 😀"),
        (sam, "5550104477", False, Kind.TEXT, "Hey, it's Sam from the game 🎮 add me? 👨\u200d👩\u200d👧"),
        (sam, "5550104477", False, Kind.TEXT, "\ufffd broken emoji"),
        (group, "Hugo Bernard", False, Kind.TEXT, "Regardez ça 😂"),
        (group, "Me", True, Kind.TEXT, "Trop drôle"),
        (hugo, "Hugo Bernard", False, Kind.MEDIA, ""),
    ]
    assert messages[0].sent_at == _utc(2024, 3, 15, 18, 30)
    assert messages[0].raw_time == "15 mars 2024 19:30:00"
    assert messages[0].conversation_title == "Camille Martin"
    assert messages[3].conversation_title == "5550104477"  # "(Unknown)" is not a name
    assert messages[5].conversation_title == "Camille Martin, Hugo Bernard"
    assert messages[5].attachments == (Attachment(name="VID_0001.mp4", size=1026, mime="video/mp4"),)
    assert messages[7].attachments == (Attachment(name="image/jpeg", size=None, mime="image/jpeg"),)


def test_call_log_alone_is_refused_politely() -> None:
    messages, run = _read(CALLS)
    assert messages == []
    [error] = run.errors
    assert error.reason == "this is a call log, not messages; export your SMS instead"
    assert error.path == str(CALLS)


def test_call_log_next_to_messages_is_skipped_with_a_warning() -> None:
    messages, run = _read(UPSTREAM)
    assert (len(messages), run.errors) == (15, [])
    [source] = run.sources
    assert source.warnings == [f"{CALLS}: call log skipped (it holds no messages)"]


def test_several_backups_in_one_zip_are_all_read(tmp_path: Path) -> None:
    archive = tmp_path / "backups.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(SAMPLE, "SMSBackupRestore/sms-test.xml")
        zf.write(SYNTHETIC, "SMSBackupRestore/sms-20240315200000.xml")
        zf.write(CALLS, "SMSBackupRestore/calls-20240315200000.xml")
    messages, run = _read(archive)
    assert (len(messages), run.errors) == (23, [])
    assert [m.position for m in messages] == list(range(23))


def test_detection_is_by_root_element_not_name(tmp_path: Path) -> None:
    renamed = tmp_path / "export.xml"
    renamed.write_bytes(SAMPLE.read_bytes())
    other = tmp_path / "other.xml"
    other.write_text("<?xml version='1.0'?><rss><channel/></rss>", encoding="utf-8")
    importer = sms.IMPORTERS[0]
    with open_path(renamed) as tree:
        assert importer.detect(tree) == "sms"
    with open_path(other) as tree:
        assert importer.detect(tree) is None


def test_truncated_backup_keeps_messages_before_the_cut(tmp_path: Path) -> None:
    data = SAMPLE.read_bytes()
    cut = tmp_path / "sms-cut.xml"
    cut.write_bytes(data[: data.index(b"<mms")])
    messages, run = _read(cut)
    assert [m.text for m in messages][-1] == "AT&T msg: Your online registration code is: XXXXXXXX. "
    assert len(messages) == 6
    [error] = run.errors
    assert error.reason == "is not well-formed XML (damaged or cut short?)"
    assert error.where == "line 11"
    assert "AT&T" not in str(error)


@pytest.mark.parametrize(
    "dtd",
    [
        '<!DOCTYPE smses [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
        '<!DOCTYPE smses [<!ENTITY secret SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE smses SYSTEM "http://example.invalid/sms.dtd">',
    ],
)
def test_dtd_is_refused_before_parsing(tmp_path: Path, dtd: str) -> None:
    bomb = tmp_path / "sms-bomb.xml"
    bomb.write_text(
        f"<?xml version='1.0' encoding='UTF-8'?>\n{dtd}\n"
        '<smses count="1"><sms address="1" date="0" type="1" body="&b;" /></smses>',
        encoding="utf-8",
    )
    messages, run = _read(bomb)
    assert messages == []
    [error] = run.errors
    assert error.reason.startswith("contains a document type declaration (DTD)")


def test_undeclared_entity_is_a_clean_error(tmp_path: Path) -> None:
    bad = tmp_path / "sms-entity.xml"
    bad.write_text(
        '<?xml version="1.0"?>\n<smses>\n<sms address="1" date="1" type="1" body="ok" />\n'
        '<sms address="1" date="2" type="1" body="&lol;" />\n</smses>',
        encoding="utf-8",
    )
    messages, run = _read(bad)
    assert [m.text for m in messages] == ["ok"]
    assert [(e.reason, e.where) for e in run.errors] == [("is not well-formed XML (damaged or cut short?)", "line 4")]


def test_surrogate_references_split_across_chunks() -> None:
    data = b'<a b="x&#55357;&#56832;y&#xD83D;&#xDE00;z&#56832;&#233;&amp;">&#55357;</a>'
    expected = b'<a b="x&#128512;y&#128512;z&#xFFFD;&#233;&amp;">&#xFFFD;</a>'
    for size in range(1, len(data) + 1):
        fixer = sms._SurrogateFixer(io.BytesIO(data))
        out = b""
        while chunk := fixer.read(size):
            out += chunk
        assert out == expected, size


def test_address_normalisation() -> None:
    assert sms.normalise_address(" +33 6 12-34.56(78) ") == "+33612345678"
    assert sms.normalise_address("Lamer000@AOL.com") == "lamer000@aol.com"
    assert sms.normalise_address("7535") == "7535"


def test_source_counts_first_and_last_dates() -> None:
    _, run = _read(SYNTHETIC)
    [source] = run.sources
    assert (source.first_at, source.last_at) == (datetime(2024, 3, 15, 18, 30), datetime(2024, 3, 15, 18, 52))


def test_read_raises_only_ingest_error_on_garbage(tmp_path: Path) -> None:
    garbage = tmp_path / "sms-garbage.xml"
    garbage.write_bytes(b"<?xml version='1.0'?>\n<smses>\n<sms date='x' type='1' body='a'/>\n\x00\xff<<<")
    messages, run = _read(garbage)
    assert [(m.text, m.sent_at, m.sender) for m in messages] == [("a", None, "?")]
    assert all(isinstance(e, IngestError) for e in run.errors) and len(run.errors) == 1
