"""Which exports in a watched folder are new and finished downloading.

A browser writes a download in several steps (a temporary name, then growing), so an entry
is handed to the scanner only once it has kept the same size and time over two looks."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

EXPORT_SUFFIXES = frozenset({".zip", ".json", ".txt", ".csv", ".jsonl", ".html", ".xml", ".db"})
PARTIAL_SUFFIXES = frozenset({".part", ".crdownload", ".download", ".tmp", ".partial"})

Signature = tuple[int, int]  # size, mtime in ns


def _signature(path: Path) -> Signature | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def _candidate(path: Path) -> bool:
    if path.name.startswith(".") or path.suffix.lower() in PARTIAL_SUFFIXES:
        return False
    return path.is_dir() or path.suffix.lower() in EXPORT_SUFFIXES


def snapshot(folder: Path) -> dict[str, Signature]:
    """The export-like entries of `folder` (not recursive); {} when it cannot be read."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return {}
    found: dict[str, Signature] = {}
    for entry in entries:
        if _candidate(entry) and (signature := _signature(entry)) is not None:
            found[entry.name] = signature
    return found


@dataclass
class WatchedFolder:
    folder: Path
    seen: dict[str, Signature] = field(default_factory=dict)  # present at start, or already handed over
    pending: dict[str, Signature] = field(default_factory=dict)  # new, waiting to settle

    def start(self) -> None:
        """What is there now is not new: only exports saved from now on are scanned."""
        self.seen = snapshot(self.folder)
        self.pending = {}

    def poll(self) -> list[Path]:
        """New exports that have settled since the last poll; call again while `waiting`."""
        current = snapshot(self.folder)
        fresh = {name: sig for name, sig in current.items() if self.seen.get(name) != sig}
        ready = sorted(name for name, sig in fresh.items() if self.pending.get(name) == sig)
        self.pending = {name: sig for name, sig in fresh.items() if name not in ready}
        for name in ready:
            self.seen[name] = fresh[name]
        return [self.folder / name for name in ready]

    @property
    def waiting(self) -> bool:
        return bool(self.pending)
