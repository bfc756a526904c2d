"""Full scans at scale: wall time, messages/s, peak RSS and the ratio to a bare parse.

    python -m bench.scale [--sizes 10k,100k,1M,5M] [--formats telegram,tiktok,instagram,whatsapp]
                          [--workers N]

For each format and size an export is generated (bench/scale_exports.py), then timed, each
pass in its own process: a bare pass that only parses the messages with the fastest parser at
hand (orjson through Guardian's JSON cursor, a C regex per line for WhatsApp text), and
Guardian's full scan (`Scanner.run` given the teen's name, as the app does: each worker process
reads its share of the export's chats and detects them, then the scanning process merges the
alerts). Peak RSS is the scanning process's plus, for each worker, the largest worker's (an
upper bound on what they held together). The progress bar's worst distance from the share of
messages actually read is printed too. Figures only; nothing is asserted.

Targets (issue "Scale"): scan ≤ 2× the bare parse, ≥ 400k msg/s on 2 cores for the JSON
formats, ≤ 200 MB peak RSS for a 1 GB export, progress right within 10 %."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.scale_exports import FORMATS

SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000, "5M": 5_000_000}

# The bare JSON passes use Guardian's JSON cursor alone (orjson parsing runs of messages): it
# parses these files faster than ijson's C `items` (Telegram 1M: 0.7 s against 2.0 s), so it is
# the fastest parser at hand, and the ratio is measured against it.
CURSOR = """
import sys, zipfile
from guardian.ingest.jsoncursor import JsonCursor

def count(cursor, path, each=len):
    # the elements of the arrays at `path`: keys, '*' for every element, '**' for every key
    if not path:
        return sum(each(run) for run in cursor.runs())
    step, rest = path[0], path[1:]
    if step == '*':
        return sum(count(cursor, rest, each) for _ in cursor.elements())
    total = 0
    for key in cursor.members():
        if step in ('**', key):
            total += count(cursor, rest, each)
        else:
            cursor.skip()
    return total
"""
BARE = {
    "telegram": CURSOR + """
with open(sys.argv[1], 'rb') as f:
    n = count(JsonCursor(f), ['chats', 'list', '*', 'messages'])
""",
    "tiktok": CURSOR + """
with open(sys.argv[1], 'rb') as f:
    n = count(JsonCursor(f), ['Direct Message', 'Direct Messages', 'ChatHistory', '**'])
""",
    "instagram": CURSOR + """
n = 0
with zipfile.ZipFile(sys.argv[1]) as archive:
    for name in archive.namelist():
        if name.endswith('/message_1.json'):
            with archive.open(name) as f:
                n += count(JsonCursor(f), ['messages'],
                           lambda run: sum(1 for m in run if m['content'].encode('latin-1').decode('utf-8')))
""",
    "whatsapp": """
import pathlib, re, sys
header = re.compile(r'\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2} - ([^:]+): ')
n = 0
for path in sorted(pathlib.Path(sys.argv[1]).iterdir()):
    with path.open(encoding='utf-8') as f:
        n += sum(1 for line in f if header.match(line))
""",
}
BARE_TAIL = """
import json, resource
print(json.dumps({"messages": n, "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

GUARDIAN = """
import json, resource, sys
from pathlib import Path
from guardian.scanning import Scanner

scanner = Scanner()
if sys.argv[2] != "default":
    scanner.workers = int(sys.argv[2])
reports = []
report = scanner.run([Path(sys.argv[1])], ["Léa"], progress=lambda p: reports.append((p.fraction, p.messages)))
assert not report.errors, [str(e) for e in report.errors]
total = report.sources[0].messages
worst = max((abs(f - m / total) for f, m in reports[:-1]), default=0.0)
print(json.dumps({
    "messages": total, "alerts": len(report.alerts), "progress_error": worst, "workers": scanner.workers,
    "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "workers_rss": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
}))
"""


@dataclass
class Pass:
    seconds: float
    messages: int
    rss_mb: float
    extra: dict[str, float]


def measure(code: str, *args: str) -> Pass:
    """Wall time of `code` in a fresh interpreter (imports included: a user waits for them too)."""
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if result.returncode:
        raise SystemExit(result.stderr[-3000:])
    out = json.loads(result.stdout.strip().splitlines()[-1])
    rss = out.pop("rss") + out.pop("workers_rss", 0.0) * max(1, out.get("workers", 1))
    return Pass(seconds, out.pop("messages"), rss, out)


def run_one(fmt: str, size: str, workers: str, tmp: Path) -> None:
    folder = tmp / f"{fmt}-{size}"
    folder.mkdir()
    started = time.perf_counter()
    path = FORMATS[fmt](folder, SIZES[size])
    made = time.perf_counter() - started
    megabytes = sum(p.stat().st_size for p in ([path] if path.is_file() else path.iterdir())) / 1024**2
    bare = measure(BARE[fmt] + BARE_TAIL, str(path))
    scan = measure(GUARDIAN, str(path), workers)
    print(
        f"{fmt:<10}{size:>5}{megabytes:>8.0f}{bare.seconds:>8.2f}{bare.messages / bare.seconds:>10,.0f}"
        f"{scan.seconds:>8.2f}{scan.messages / scan.seconds:>10,.0f}{scan.seconds / bare.seconds:>7.2f}x"
        f"{scan.rss_mb:>8.0f}{scan.extra['progress_error'] * 100:>7.1f}%{scan.extra['workers']:>4.0f}"
        f"{scan.extra['alerts']:>7.0f}   (generated in {made:.0f} s)",
        flush=True,
    )
    if bare.messages != scan.messages:
        print(f"  ! bare pass counted {bare.messages:,} messages, the scan {scan.messages:,}")
    shutil.rmtree(folder)  # a 5M-message export is a gigabyte


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k,1M,5M", help=f"comma-separated, of {', '.join(SIZES)}")
    parser.add_argument("--formats", default=",".join(FORMATS), help="comma-separated")
    parser.add_argument("--workers", default="default", help="reading processes (0: read alone)")
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores; scan = Scanner.run end to end; ratio = scan / bare time")
    print(f"{'format':<10}{'size':>5}{'MB':>8}{'bare s':>8}{'msg/s':>10}{'scan s':>8}{'msg/s':>10}{'ratio':>8}"
          f"{'RSS MB':>8}{'prog.':>8}{'wk':>4}{'alerts':>7}")
    with tempfile.TemporaryDirectory(prefix="guardian-scale-") as tmp:
        for size in args.sizes.split(","):
            for fmt in args.formats.split(","):
                run_one(fmt, size, args.workers, Path(tmp))


if __name__ == "__main__":
    main()
