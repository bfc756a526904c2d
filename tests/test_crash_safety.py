"""Crash safety (issue: sealed vault): `scan --store` killed with SIGKILL at random points,
then run again, never loses nor duplicates an alert, never damages the file, and keeps the
audit chain whole."""

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT
from guardian import audit
from guardian.vault.crypto import KdfParams
from guardian.vault.store import Vault

KILLS = 20
PASSPHRASE = "crash test passphrase"
INPUTS = [ROOT / "resources" / "demo", ROOT / "tests" / "corpus" / "en"]


def _guardian(data: Path, *args: str, stdin: str | None = None, wait: bool = True) -> subprocess.Popen[str]:
    """`guardian --data-dir DATA ARGS...` in its own process, so it can be killed."""
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), *args],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    if wait:
        process.communicate(stdin)
    elif stdin is not None:
        assert process.stdin is not None
        process.stdin.write(stdin)
        process.stdin.close()
    return process


def _new_vault(data: Path) -> None:
    vault, _, _ = Vault.create(data, PASSPHRASE, KdfParams.fresh(16 * 1024, 1))
    vault.close()


def _alert_ids(data: Path) -> list[str]:
    with sqlite3.connect(data / "vault.sqlite3") as db:
        return [row[0] for row in db.execute("SELECT id FROM alerts ORDER BY id")]


def _scan(data: Path) -> subprocess.Popen[str]:
    return _guardian(data, "scan", *map(str, INPUTS), "--owner", "lea.dnc_", "--store", wait=False)


@pytest.mark.skipif(not (ROOT / "tests" / "corpus" / "fr").is_dir(), reason="needs the synthetic corpus")
def test_sigkill_during_scan_store_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    reference = tmp_path / "reference"
    _new_vault(reference)
    start = time.monotonic()
    assert _scan(reference).wait(timeout=300) in (0, 2)
    duration = time.monotonic() - start
    expected = _alert_ids(reference)
    assert expected, "the inputs must raise alerts for this test to mean anything"

    data = tmp_path / "killed"
    _new_vault(data)
    rng = random.Random(20261124)
    for _ in range(KILLS):
        process = _scan(data)
        time.sleep(rng.uniform(0.0, duration))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        with sqlite3.connect(data / "vault.sqlite3") as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert audit.verify(db) is None
        ids = _alert_ids(data)
        assert len(ids) == len(set(ids)) and set(ids) <= set(expected)
    assert _scan(data).wait(timeout=300) in (0, 2)
    assert _alert_ids(data) == expected
    with sqlite3.connect(data / "vault.sqlite3") as db:
        assert audit.verify(db) is None
