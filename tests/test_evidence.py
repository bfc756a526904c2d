"""Evidence dossiers: built from what the scanner sealed, fingerprinted, schema-valid, written
atomically only where the parent chooses, logged for the teen, and never carrying media bytes."""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import locale
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

import guardian
from conftest import FIXTURES, ROOT
from guardian import audit
from guardian.clock import FakeClock
from guardian.evidence import Dossier, EvidenceError, build_dossier, content_sha256, write_dossier
from guardian.evidence.builder import message_time
from guardian.evidence.cli import run_evidence, system_language
from guardian.evidence.model import MessageTime
from guardian.scanning import Scanner, ScanReport
from guardian.vault.crypto import KdfParams
from guardian.vault.keys import ParentKey
from guardian.vault.store import Vault

DEMO = ROOT / "resources" / "demo" / "user_data_tiktok.json"
SCHEMA = ROOT / "resources" / "schema" / "dossier.schema.json"
PHOTO = FIXTURES / "whatsapp" / "guardian" / "WhatsApp Chat - Weekend crew" / "00000012-PHOTO-2024-03-02-18-04-30.jpg"
JPEG_MAGIC = b"\xff\xd8\xff\xe0"
FAST = KdfParams.fresh(memory_kib=16 * 1024, iterations=1)
NOW = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
PARIS = ZoneInfo("Europe/Paris")
GROOMER = "ethan.choreo.off"
# Synthetic WhatsApp chat (no real people): the teen sends a photo, the contact escalates.
WHATSAPP_CHAT = """\
[14/03/2024, 18:00:00] Max: \u200eMessages and calls are end-to-end encrypted. No one outside of this chat, not even \
WhatsApp, can read or listen to them.
[14/03/2024, 18:01:12] Max: hey saw ur skate video, ur really talented 🛹
[14/03/2024, 18:02:40] Léa: merci 😊 c'était à Bercy
[14/03/2024, 18:03:02] Max: how old are you?
[14/03/2024, 18:03:30] Léa: 14
[14/03/2024, 18:04:00] Max: ur so mature for your age
\u200e[14/03/2024, 18:04:30] Léa: \u200e<attached: 00000012-PHOTO-2024-03-02-18-04-30.jpg>
[14/03/2024, 21:05:00] Max: are your parents home?
[14/03/2024, 21:06:10] Max: don't tell anyone about us, it's our secret 🤫
[14/03/2024, 21:07:45] Max: send me a pic of you, just for me
[14/03/2024, 21:08:00] Max: add me on snap
"""


@dataclass
class Scanned:
    vault: Vault
    parent: ParentKey
    report: ScanReport
    data_dir: Path

    def alert_id(self, contact: str) -> str:
        return next(a.id for a in self.report.alerts if a.contact == contact)


def scan_into_vault(paths: list[Path], owners: list[str], folder: Path) -> Scanned:
    vault, parent, _ = Vault.create(folder / "data", "pass", FAST, FakeClock(NOW))
    report = Scanner().run(paths, owners, vault=vault, teen_id="t1")
    assert report.errors == [] and report.stored == len(report.alerts) > 0
    return Scanned(vault, parent, report, folder / "data")


def whatsapp_zip(folder: Path) -> Path:
    """A WhatsApp export as the phone zips it: the chat and, next to it, the photo it mentions."""
    path = folder / "WhatsApp Chat with Max.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("_chat.txt", WHATSAPP_CHAT)
        archive.write(PHOTO, PHOTO.name)
    stamp = datetime(2024, 3, 15, 8, 30, tzinfo=UTC).timestamp()
    os.utime(path, (stamp, stamp))
    return path


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Scanned:
    return scan_into_vault([DEMO], [], tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="module")
def whatsapp(tmp_path_factory: pytest.TempPathFactory) -> Scanned:
    folder = tmp_path_factory.mktemp("whatsapp")
    return scan_into_vault([whatsapp_zip(folder)], ["Léa"], folder)


# --- a minimal JSON Schema validator for the keywords the dossier schema uses -----------

_TYPES: dict[str, Callable[[object], bool]] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
}
_KNOWN = {"$schema", "$id", "title", "description", "type", "enum", "required", "properties",
          "additionalProperties", "items"}


def validate(value: object, schema: dict[str, Any], where: str = "$") -> list[str]:
    """type, enum, required, properties, additionalProperties: false, items. Unknown keywords are errors
    too, so the schema cannot quietly rely on something this validator ignores."""
    errors = [f"{where}: unsupported keyword {k}" for k in schema if k not in _KNOWN]
    types = schema.get("type")
    if types is not None and not any(_TYPES[t](value) for t in ([types] if isinstance(types, str) else types)):
        return [*errors, f"{where}: not of type {types}"]
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{where}: {value!r} not in {schema['enum']}")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        errors += [f"{where}: missing {name}" for name in schema.get("required", []) if name not in value]
        if schema.get("additionalProperties") is False:
            errors += [f"{where}: unexpected {name}" for name in value if name not in properties]
        for name, sub in properties.items():
            if name in value:
                errors += validate(value[name], sub, f"{where}.{name}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            errors += validate(item, schema["items"], f"{where}[{index}]")
    return errors


def load_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return schema


def written_json(dossier: Dossier, out: Path) -> tuple[Path, dict[str, Any]]:
    [path] = write_dossier(dossier, out)
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return path, document


# --- building ---------------------------------------------------------------------------


def test_conversation_dossier_holds_every_message_with_its_times_and_rules(demo: Scanned) -> None:
    dossier = build_dossier(demo.vault, demo.parent, demo.alert_id(GROOMER), "fr", zone=PARIS)
    assert [len(dossier.messages), sum(1 for m in dossier.messages if m.rules)] == [63, 10]
    first = dossier.messages[0]
    assert (first.position, first.sender, first.from_owner) == (33, GROOMER, False)
    assert first.text == "hey 👋 jsuis tombé sur ta vidéo sur le son d'Aya, franchement t'as un vrai talent 🔥"
    assert first.time.raw == "2025-10-09 21:14:07" and not first.time.stated
    assert first.time.utc == datetime(2025, 10, 9, 19, 14, 7, tzinfo=UTC)
    assert first.time.local is not None and first.time.local.utcoffset() == timedelta(hours=2)
    secret = next(m for m in dossier.messages if m.text.startswith("dis rien à personne"))
    assert secret.rules == ("en.secrecy.secret_emoji", "fr.secrecy.dont_tell_anyone", "fr.secrecy.our_secret",
                            "fr.secrecy.secret_emoji")
    teen = [m for m in dossier.messages if m.from_owner]
    assert teen and {m.sender for m in teen} == {"lea.dnc_"} and not any(m.rules for m in teen)
    shrug = "🤷\u200d♂\ufe0f"  # a ZWJ sequence survives whole
    assert any(m.text == f"si tu me fais pas confiance on fait pas le duo hein {shrug}" for m in dossier.messages)


def test_dossier_states_source_contact_and_provenance(demo: Scanned) -> None:
    dossier = build_dossier(demo.vault, demo.parent, demo.alert_id(GROOMER), "fr", zone=PARIS)
    source = dossier.source
    assert (source.file_name, source.platform, source.format) == ("user_data_tiktok.json", "tiktok", "tiktok-json")
    assert source.sha256 == hashlib.sha256(DEMO.read_bytes()).hexdigest()
    assert (source.first_at, source.last_at) == ("2025-10-06T17:05:11", "2025-11-01T11:02:14")
    assert source.file_modified_at == datetime.fromtimestamp(DEMO.stat().st_mtime, UTC)
    assert (dossier.contact.name, dossier.contact.conversation_title, dossier.contact.sender_ids) == (
        GROOMER, GROOMER, ())
    assert (dossier.created_at, dossier.app_version, dossier.timezone) == (NOW, guardian.__version__, "Europe/Paris")
    assert dossier.alert.severity == "high" and dossier.alert.categories[0].label == "Flatteries et « lien spécial »"
    assert dossier.summary.startswith(dossier.alert.explanation + " Ce dossier contient 63 messages (toute la ")
    assert "du 2025-10-09 au 2025-10-20 ; 10 d'entre eux" in dossier.summary
    assert dossier.summary.endswith("Niveau d'alerte : élevé.")
    assert dossier.notes[1].endswith("dans le fuseau Europe/Paris.")


def test_window_scope_keeps_only_the_agreed_window_in_english(demo: Scanned) -> None:
    whole = build_dossier(demo.vault, demo.parent, demo.alert_id(GROOMER), "en", zone=PARIS)
    window = build_dossier(demo.vault, demo.parent, demo.alert_id(GROOMER), "en", "window", zone=PARIS)
    positions = [m.position for m in window.messages]
    assert len(positions) == 43 and positions == sorted(positions)
    assert set(positions) < {m.position for m in whole.messages}
    assert [m.position for m in window.messages if m.rules] == [m.position for m in whole.messages if m.rules]
    assert "holds 43 messages (the messages around the flagged ones)" in window.summary
    assert window.summary.endswith("Alert level: high.") and window.sha256 != whole.sha256


def test_wall_clock_times_are_read_in_the_zone_and_stated_instants_converted() -> None:
    winter = message_time("01/11/2025 11:02", "2025-11-01T11:02:14", PARIS)  # after the switch to CET
    assert winter.utc == datetime(2025, 11, 1, 10, 2, 14, tzinfo=UTC) and not winter.stated
    stated = message_time("1700000000", "2023-11-14T22:13:20+00:00", PARIS)
    assert stated.stated and stated.local is not None and stated.local.isoformat() == "2023-11-14T23:13:20+01:00"
    assert message_time("?", None, PARIS) == MessageTime("?", None, None, stated=False)


# --- the JSON file --------------------------------------------------------------------


def test_json_validates_against_the_schema_and_its_hash_recomputes(demo: Scanned, tmp_path: Path) -> None:
    dossier = build_dossier(demo.vault, demo.parent, demo.alert_id(GROOMER), "fr", zone=PARIS)
    path, document = written_json(dossier, tmp_path / "out")
    assert path.name == f"guardian-dossier-{dossier.alert.id}-20260115T120000Z.json"
    assert validate(document, load_schema()) == []
    body = {k: v for k, v in document.items() if k != "dossier_sha256"}
    canonical = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    assert document["dossier_sha256"] == hashlib.sha256(canonical).hexdigest() == dossier.sha256
    document["messages"][0]["text"] += "!"
    assert content_sha256(document) != dossier.sha256


def test_the_validator_catches_what_the_schema_forbids(demo: Scanned, tmp_path: Path) -> None:
    dossier = build_dossier(demo.vault, demo.parent, demo.alert_id(GROOMER), "en", "window")
    _, document = written_json(dossier, tmp_path)
    del document["source"]
    document["scope"] = "everything"
    document["messages"][0]["time"]["stated"] = "no"
    document["messages"][1]["extra"] = 1
    assert validate(document, load_schema()) == [
        "$: missing source", "$.scope: 'everything' not in ['conversation', 'window']",
        "$.messages[0].time.stated: not of type boolean", "$.messages[1]: unexpected extra",
    ]


def test_media_is_described_never_included(whatsapp: Scanned, tmp_path: Path) -> None:
    dossier = build_dossier(whatsapp.vault, whatsapp.parent, whatsapp.alert_id("Max"), "en", zone=PARIS)
    [photo] = [m for m in dossier.messages if m.attachments]
    assert (photo.sender, photo.from_owner, photo.kind) == ("Léa", True, "media")
    assert [(a.name, a.size, a.mime) for a in photo.attachments] == [(PHOTO.name, 1024, "image/jpeg")]
    assert dossier.source.file_modified_at == datetime(2024, 3, 15, 8, 30, tzinfo=UTC)
    assert dossier.messages[2].text == "merci 😊 c'était à Bercy"
    path, document = written_json(dossier, tmp_path)
    assert validate(document, load_schema()) == []
    data = path.read_bytes()
    assert PHOTO.read_bytes().startswith(JPEG_MAGIC)
    assert JPEG_MAGIC not in data and b"/9j/" not in data  # nor its base64 form
    assert dossier.notes[0].startswith("Images and videos are never included")


# --- writing ----------------------------------------------------------------------------


def test_the_vault_data_folder_is_refused(demo: Scanned) -> None:
    dossier = build_dossier(demo.vault, demo.parent, demo.alert_id(GROOMER), "en")
    before = sorted(demo.data_dir.rglob("*"))
    for folder in (demo.data_dir, demo.data_dir / "exports"):
        with pytest.raises(EvidenceError, match="data folder"):
            write_dossier(dossier, folder)
    assert sorted(demo.data_dir.rglob("*")) == before


def test_a_failing_renderer_leaves_no_file_behind(demo: Scanned, tmp_path: Path) -> None:
    dossier = build_dossier(demo.vault, demo.parent, demo.alert_id(GROOMER), "en")

    def half_written(_dossier: Dossier, path: Path) -> None:
        path.write_bytes(b"%PDF-1.4 half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_dossier(dossier, tmp_path, half_written)
    assert list(tmp_path.iterdir()) == []


def test_renderer_writes_beside_the_json_under_the_same_name(demo: Scanned, tmp_path: Path) -> None:
    dossier = build_dossier(demo.vault, demo.parent, demo.alert_id(GROOMER), "en")
    seen: list[tuple[Dossier, Path]] = []

    def renderer(given: Dossier, path: Path) -> None:
        seen.append((given, path))
        path.write_bytes(b"%PDF-1.4 fake")

    pdf, json_path = write_dossier(dossier, tmp_path / "new" / "folder", renderer)
    assert (pdf.suffix, json_path.suffix, pdf.stem) == (".pdf", ".json", json_path.stem)
    assert seen[0][0] is dossier and seen[0][1].parent == pdf.parent and seen[0][1] != pdf
    assert pdf.read_bytes() == b"%PDF-1.4 fake" and sorted(p.name for p in pdf.parent.iterdir()) == sorted(
        [pdf.name, json_path.name])


# --- audit and errors ------------------------------------------------------------------


def test_building_is_logged_for_the_teen_with_the_alert_id_only(demo: Scanned) -> None:
    alert_id = demo.alert_id(GROOMER)
    build_dossier(demo.vault, demo.parent, alert_id, "fr")
    last = audit.entries(demo.vault.db, teen_id="t1")[-1]
    assert (last.actor, last.event, last.teen_id, last.detail) == ("parent", "evidence_exported", "t1",
                                                                   {"alert": alert_id})
    assert audit.verify(demo.vault.db) is None


def test_unknown_alert_language_or_scope_is_refused_and_not_logged(demo: Scanned) -> None:
    count = len(audit.entries(demo.vault.db))
    for args in (("0" * 16, "fr", "conversation"), (demo.alert_id(GROOMER), "de", "conversation"),
                 (demo.alert_id(GROOMER), "fr", "all")):
        with pytest.raises(EvidenceError):
            build_dossier(demo.vault, demo.parent, *args)
    assert len(audit.entries(demo.vault.db)) == count


# --- the command line -----------------------------------------------------------------


def test_run_evidence_unlocks_from_stdin_and_writes(whatsapp: Scanned, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    args = argparse.Namespace(data_dir=whatsapp.data_dir, alert_id=whatsapp.alert_id("Max"), out=tmp_path,
                              passphrase_stdin=True, lang="fr", scope="window")
    assert run_evidence(args, None, io.StringIO("pass\n")) == 0
    [path] = tmp_path.iterdir()
    document = json.loads(path.read_text(encoding="utf-8"))
    assert (document["language"], document["scope"]) == ("fr", "window")
    assert capsys.readouterr().out == f"{path}\nSHA-256 {document['dossier_sha256']}\n"
    assert run_evidence(args, None, io.StringIO("wrong\n")) == 3  # EXIT_DENIED
    assert "wrong passphrase" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "language"), [("fr_FR", "fr"), ("French_France", "fr"), ("en_GB", "en"), (None, "en")]
)
def test_the_default_language_follows_the_system_locale(
    monkeypatch: pytest.MonkeyPatch, name: str | None, language: str
) -> None:
    monkeypatch.setattr(locale, "getlocale", lambda: (name, "UTF-8"))
    assert system_language() == language
