"""Principle 1, end to end: a full import, scan, store and app start-up in one process under
the network guard makes no network attempt at all."""

import os
import subprocess
import sys

from conftest import ROOT

SCRIPT = """
import os, sys, tempfile
from pathlib import Path
from guardian import netguard
netguard.install()

from guardian.scanning import Scanner
from guardian.vault.crypto import KdfParams
from guardian.vault.secretstore import system_secret_store
from guardian.vault.store import Vault
from ui.selftest import check_window

with tempfile.TemporaryDirectory() as data:
    vault, parent, _ = Vault.create(Path(data), "passphrase", KdfParams.fresh(16 * 1024, 1))
    report = Scanner().run([Path("resources/demo")], vault=vault, teen_id="t1")
    assert report.stored > 0 and not report.errors
    assert len(vault.alerts(parent)) == report.stored
    system_secret_store()
    check_window()
print("attempts:", ",".join(netguard.attempts()))
"""


def test_import_scan_store_and_app_start_make_no_network_attempt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip().splitlines()[-1] == "attempts:"
