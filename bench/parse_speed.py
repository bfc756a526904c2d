"""Parser throughput and memory on a generated multi-hundred-MB export.

Generates a Telegram Desktop full-account `result.json` (many chats, French and English
text, emoji, entity-list texts), then times, each in its own process so peak RSS is its own:
  - a bare pass that only parses the same messages (orjson runs through Guardian's JSON
    cursor, the fastest parse at hand: see bench/scale.py),
  - Guardian's importer through the whole ingestion pipeline.
Prints messages/s, MB/s, peak RSS and the ratio. Run: `python -m bench.parse_speed [--mb 300]`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.scale import CURSOR

FRENCH = "salut ça va mdr jsp tkt demain cours exo maths été très cœur déjà à où"
ENGLISH = "hey what's up lol idk tomorrow class homework game tonight 😂 👍 👩‍👩‍👧 🎮"
WORDS = f"{FRENCH} {ENGLISH}".split()


def generate(path: Path, target_mb: int, seed: int = 7) -> int:
    """Write a result.json of about target_mb; returns the number of messages."""
    rng = random.Random(seed)
    target = target_mb * 1024 * 1024
    count = 0
    with path.open("w", encoding="utf-8") as out:
        out.write('{"about": "bench", "personal_information": {"user_id": 1, "first_name": "Léa"},')
        out.write('"chats": {"about": "", "list": [')
        chat = 0
        while out.tell() < target:
            if chat:
                out.write(",")
            chat += 1
            out.write(json.dumps({"name": f"Contact {chat}", "type": "personal_chat", "id": chat})[:-1])
            out.write(', "messages": [')
            base = 1_700_000_000 + chat * 86_400
            for i in range(5_000):
                text: object = " ".join(rng.choices(WORDS, k=rng.randint(2, 14)))
                if i % 10 == 0:
                    text = [text, {"type": "bold", "text": "ok"}]
                sender = ("Léa", "user1") if i % 2 else (f"Contact {chat}", f"user{chat + 1}")
                message = {
                    "id": i, "type": "message", "date": "2023-11-14T22:13:20",
                    "date_unixtime": str(base + i * 7), "from": sender[0], "from_id": sender[1], "text": text,
                }
                out.write(("," if i else "") + json.dumps(message, ensure_ascii=False))
                count += 1
            out.write("]}")
        out.write("]}}")
    return count


BARE = CURSOR + """
with open(sys.argv[1], 'rb') as f:
    print(count(JsonCursor(f), ['chats', 'list', '*', 'messages']))
"""

GUARDIAN = """
import sys
from guardian.ingest import ImportRun
run = ImportRun([sys.argv[1]])
n = sum(1 for _ in run.messages())
assert not run.errors, [str(e) for e in run.errors]
print(n)
"""


def measure_isolated(code: str, path: Path) -> tuple[float, int, float]:
    wrapper = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.perf_counter()\n"
        "out = subprocess.run([sys.executable, '-c', sys.argv[1], sys.argv[2]],\n"
        "                     capture_output=True, text=True, check=True)\n"
        "dt = time.perf_counter() - t\n"
        "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(json.dumps([dt, int(out.stdout.strip()), rss]))\n"
    )
    result = subprocess.run([sys.executable, "-c", wrapper, code, str(path)], capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(result.stderr[-2000:])
    seconds, count, rss = json.loads(result.stdout)
    return seconds, count, rss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=int, default=300, help="size of the generated export (default 300)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="guardian-bench-") as tmp:
        path = Path(tmp) / "result.json"
        t = time.perf_counter()
        generated = generate(path, args.mb)
        size_mb = path.stat().st_size / 1024 / 1024
        print(f"generated {generated:,} messages, {size_mb:.0f} MB in {time.perf_counter() - t:.1f} s")
        rows = [
            ("bare JSON pass", *measure_isolated(BARE, path)),
            ("guardian import", *measure_isolated(GUARDIAN, path)),
        ]
        print(f"{'pass':<18}{'seconds':>9}{'messages':>12}{'msg/s':>12}{'MB/s':>8}{'peak RSS MB':>13}")
        for name, seconds, count, rss in rows:
            rate = count / seconds
            print(f"{name:<18}{seconds:>9.2f}{count:>12,}{rate:>12,.0f}{size_mb / seconds:>8.1f}{rss:>13.0f}")
        print(f"guardian / bare time ratio: {rows[1][1] / rows[0][1]:.2f}x")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
