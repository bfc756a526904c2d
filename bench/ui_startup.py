"""Cold start to a visible window: a fresh Python process, from exec to the first paint.

    python -m bench.ui_startup [--runs N]

Three starts are measured, each in a new process (offscreen unless QT_QPA_PLATFORM says
otherwise): the lock screen of an existing vault (an everyday start), the first-run wizard,
and demo mode (window shown before its scan ends). Prints the median and worst of each
against the 1.5 s target; asserts nothing."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 1.5
ROOT = Path(__file__).resolve().parent.parent

# Runs in the child: the app as `guardian` starts it, stopped at the first paint of its window.
CHILD = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from ui.app import Guardian

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"{time.time() - float(sys.argv[2]):.3f}")
            QApplication.instance().exit(0)
        return False

app = QApplication([])
guardian = Guardian(app, Path(sys.argv[3]))
painted = FirstPaint()
guardian.window_shown.connect(lambda window: window.installEventFilter(painted))
guardian.start_demo() if sys.argv[1] == "demo" else guardian.start()
app.exec()
guardian.shutdown()
"""


def _existing_vault(data_dir: Path) -> None:
    from guardian.vault.crypto import KdfParams
    from guardian.vault.store import Vault

    Vault.create(data_dir, "a long family passphrase", KdfParams.fresh(KdfParams.MIN_MEMORY_KIB, 1))[0].close()


def start_once(mode: str) -> float:
    with tempfile.TemporaryDirectory() as scratch:
        data_dir = Path(scratch)
        if mode == "unlock":
            _existing_vault(data_dir)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM",
                                                                                         "offscreen")}
        started = time.time()
        result = subprocess.run([sys.executable, "-c", CHILD, mode, repr(started), str(data_dir)], cwd=ROOT,
                                env=env, capture_output=True, text=True, timeout=60, check=True)
        return float(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for mode, label in (("unlock", "lock screen"), ("wizard", "first-run wizard"), ("demo", "demo mode")):
        times = [start_once(mode) for _ in range(args.runs)]
        print(f"{label:17} median {statistics.median(times):.2f} s, worst {max(times):.2f} s "
              f"over {args.runs} cold starts (target ≤ {TARGET_S} s)")


if __name__ == "__main__":
    main()
