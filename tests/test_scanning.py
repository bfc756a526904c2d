"""A scan end to end into the vault: alerts stored whole with their context, rescans add
nothing twice, and no chat text is left anywhere in plaintext (Principle 3)."""

import base64
import json
import tempfile
from pathlib import Path

import pytest

from conftest import ROOT
from guardian.clock import FakeClock
from guardian.detect import normalize as normalize_module
from guardian.scanning import Scanner, ScanProgress
from guardian.vault.crypto import KdfParams
from guardian.vault.store import Vault

DEMO = ROOT / "resources" / "demo" / "user_data_tiktok.json"
CANARY = "Zq7-canary-pelican-4412"
FAST = KdfParams.fresh(memory_kib=16 * 1024, iterations=1)


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.fixture
def export(tmp_path: Path) -> Path:
    """The demo export with a unique phrase planted in the flagged photo request."""
    text = DEMO.read_text(encoding="utf-8")
    assert "envoie une photo de toi… juste pour moi" in text
    path = tmp_path / "export" / "user_data_tiktok.json"
    path.parent.mkdir()
    path.write_text(text.replace("juste pour moi", f"juste pour moi {CANARY}", 1), encoding="utf-8")
    return path


def test_scan_stores_sealed_alerts_with_context_and_rescan_adds_nothing(
    scanner: Scanner, export: Path, tmp_path: Path
) -> None:
    vault, parent, _ = Vault.create(tmp_path / "data", "pass", FAST, FakeClock())
    seen: list[ScanProgress] = []
    report = scanner.run([export], vault=vault, teen_id="t1", progress=seen.append)
    assert report.errors == [] and report.stored == len(report.alerts) > 0
    assert seen[-1].fraction == 1.0 and seen[-1].messages == report.sources[0].messages
    stored = {a.id: a for a in vault.alerts(parent)}
    groomer = next(a for a in report.alerts if a.contact == "ethan.choreo.off")
    payload = stored[groomer.id].payload
    assert payload is not None and payload["contact"] == "ethan.choreo.off"
    assert any(CANARY in m["text"] for m in payload["context"])
    assert len(payload["conversation_messages"]) > len(payload["context"]) >= len(payload["evidence"])
    again = scanner.run([export], vault=vault, teen_id="t1")
    assert again.stored == 0 and [s.sha256 for s in again.skipped] == [report.sources[0].sha256]
    assert vault.alert_count() == len(report.alerts)


def _variants(phrase: str) -> list[bytes]:
    raw = phrase.encode("utf-8")
    return [raw, phrase.encode("utf-16-le"), phrase.encode("utf-16-be"), base64.b64encode(raw)[:16]]


def test_no_chat_text_is_left_in_plaintext_anywhere(scanner: Scanner, export: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    vault, _, _ = Vault.create(data, "pass", FAST, FakeClock())
    before = set(Path(tempfile.gettempdir()).iterdir())
    report = scanner.run([export], vault=vault, teen_id="t1")
    assert report.stored > 0
    vault.close()
    new_temp = [p for p in Path(tempfile.gettempdir()).iterdir() if p not in before]
    searched = [p for folder in (data, *new_temp) for p in ([folder] if folder.is_file() else folder.rglob("*"))]
    for file in (p for p in searched if p.is_file()):
        content = file.read_bytes()
        for needle in _variants(CANARY) + _variants("ethan.choreo.off"):
            assert needle not in content, (file, needle)


def test_the_words_of_a_scanned_chat_are_forgotten_when_it_ends(scanner: Scanner, export: Path) -> None:
    """The normaliser remembers words while a scan runs, never after it."""
    report = scanner.run([export])
    assert any(CANARY in evidence.text for alert in report.alerts for evidence in alert.evidence)
    assert not any(CANARY in word for word in normalize_module._TOKENS)


def test_scan_json_round_trips(scanner: Scanner, export: Path) -> None:
    report = scanner.run([export])
    assert json.loads(json.dumps([a.to_json() for a in report.alerts]))
