"""The worst event-loop stall while the app scans a large export in its worker thread.

    python -m bench.ui_stall [--messages N]

Generates a JSONL export in Guardian's generic format (seeded French/English chat, a few
risky conversations), opens the real app in demo mode on a throwaway vault (offscreen unless
QT_QPA_PLATFORM says otherwise) and, once the demo scan is done, scans the big export with
the real Scanner while a 5 ms timer fires on the GUI thread: a stall is how late a tick
arrives. Prints the figures against the 50 ms target; asserts nothing. (The first paint of
the window is start-up, measured by bench.ui_startup, not a stall during a scan.)"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WORDS = ("salut", "mdr", "jsp", "tkt", "demain", "cours", "prof", "exo", "maths", "foot", "série", "film", "jeu",
         "maman", "frère", "copine", "anniv", "samedi", "trop", "cool", "stylé", "relou", "hello", "lol", "idk",
         "school", "homework", "game", "weekend", "party", "music", "dance", "video")
RISKY = ("dis rien à personne c'est notre secret", "envoie une photo de toi juste pour moi",
         "t'as quel âge au fait ?", "ajoute-moi sur snap", "tes parents regardent ton tel ?")
TICK_MS = 5
TARGET_MS = 50


def generate(path: Path, messages: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for n in range(messages):
            conversation = f"conv-{n % 400}"
            owner = rng.random() < 0.45
            text = " ".join(rng.choices(WORDS, k=rng.randint(2, 12)))
            if not owner and n % 400 < 4 and rng.random() < 0.05:
                text = rng.choice(RISKY)
            row = {"conversation": conversation, "sender": "lea" if owner else f"contact{n % 400}", "text": text,
                   "sent_at": f"2025-10-{1 + n * 28 // messages:02d}T{n % 24:02d}:{n % 60:02d}:00",
                   "from_owner": owner}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=300_000)
    args = parser.parse_args()

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from guardian.notifier import RecordingNotifier
    from ui.app import Guardian, responsive_interpreter

    with tempfile.TemporaryDirectory() as scratch:
        export = Path(scratch) / "big_chat.jsonl"
        started = time.perf_counter()
        generate(export, args.messages)
        print(f"generated {args.messages:,} messages ({export.stat().st_size / 1e6:.1f} MB) "
              f"in {time.perf_counter() - started:.1f} s")
        app = QApplication([])
        responsive_interpreter()  # as run_app does
        guardian = Guardian(app, Path(scratch) / "data", notifier=RecordingNotifier())
        late: list[float] = []
        clock = QElapsedTimer()
        tick = QTimer()
        tick.setInterval(TICK_MS)

        def on_tick() -> None:
            late.append(max(0.0, clock.restart() - TICK_MS))

        tick.timeout.connect(on_tick)
        big_scan: list[tuple[int, float]] = []  # (ticks before it, when it started)

        def finished(*_outcome: object) -> None:
            if big_scan:
                app.quit()
                return
            # The demo scan is done (window painted, rule packs loaded): now the big one.
            big_scan.append((len(late), time.perf_counter()))
            guardian.scan([export], guardian.session.profiles[0].id)

        guardian.scans.finished.connect(finished)
        guardian.start_demo()  # the window, then a first scan that loads the rule packs
        clock.start()
        tick.start()
        app.exec()
        first_ticks, scan_started = big_scan[0]
        elapsed = time.perf_counter() - scan_started
        guardian.shutdown()
    report("first paint and first scan (the rule packs load, once)", late[:first_ticks])
    print(f"scan of {args.messages:,} messages: {elapsed:.1f} s")
    report("during the large scan", late[first_ticks:])


def report(phase: str, late: list[float]) -> None:
    ordered = sorted(late)
    print(f"event-loop stall, {phase}: worst {ordered[-1]:.0f} ms, p99 {ordered[int(len(ordered) * 0.99)]:.0f} ms, "
          f"median {statistics.median(ordered):.0f} ms over {len(ordered)} ticks (target: worst ≤ {TARGET_MS} ms)")


if __name__ == "__main__":
    main()
