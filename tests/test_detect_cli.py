"""`guardian scan --json`: the contract other tools rely on."""

import json
from pathlib import Path

import pytest

from conftest import FIXTURES
from guardian.cli import main

LINES = [
    ("Marc", "2026-03-02T20:05:00+01:00", "t'as quel âge ?", False),
    ("Léa", "2026-03-02T20:06:00+01:00", "j'ai 13 ans", True),
    ("Marc", "2026-03-04T22:00:00+01:00", "dis rien à tes parents 🤫", False),
    ("Marc", "2026-03-05T22:30:00+01:00", "3nv0ie moi une ph0t0 de toi", False),
]


def export(tmp_path: Path) -> Path:
    path = tmp_path / "chat.jsonl"
    rows = [{"conversation": "Marc", "sender": s, "sent_at": t, "text": x, "from_owner": o, "platform": "instagram"}
            for s, t, x, o in LINES]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def run_scan(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, object]]:
    code = main(["scan", *args, "--rules-dir", str(FIXTURES / "rules"), "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_scan_json_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = export(tmp_path)
    code, doc = run_scan(capsys, str(path))
    assert code == 0
    assert list(doc) == ["sources", "alerts", "errors"]
    (source,) = doc["sources"]  # type: ignore[misc]
    assert source["path"] == str(path) and source["platform"] == "generic"
    assert (source["conversations"], source["messages"], len(source["sha256"])) == (1, 4, 64)
    (alert,) = doc["alerts"]  # type: ignore[misc]
    assert list(alert) == ["id", "severity", "score", "categories", "platform", "conversation", "title", "contact",
                           "triggered_at", "first_at", "last_at", "explanation", "evidence"]
    assert (alert["severity"], alert["categories"], alert["platform"], alert["contact"], alert["title"]) == (
        "medium", ["age_probing", "secrecy", "image_request"], "instagram", "Marc", "Marc")
    assert (alert["triggered_at"], alert["first_at"], alert["last_at"]) == (
        "2026-03-05T22:30:00+01:00", "2026-03-02T20:05:00+01:00", "2026-03-05T22:30:00+01:00")
    assert set(alert["explanation"]) == {"fr", "en"}
    assert alert["evidence"][1] == {"sent_at": "2026-03-04T22:00:00+01:00", "sender": "Marc",
                                    "text": "dis rien à tes parents 🤫", "spans": [[0, 22]],
                                    "rules": ["fr.secrecy.dont_tell"]}
    assert doc["errors"] == []
    _, again = run_scan(capsys, str(path))
    assert again["alerts"][0]["id"] == alert["id"]  # type: ignore[index]


def test_scan_reports_input_errors_and_still_prints(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.zip"
    code, doc = run_scan(capsys, str(export(tmp_path)), str(missing))
    assert code == 2
    assert len(doc["alerts"]) == 1  # type: ignore[arg-type]
    (error,) = doc["errors"]  # type: ignore[misc]
    assert error["path"] == str(missing) and error["error"]
