"""The app's preferences: a small JSON file in the data dir, for non-secret values only.

Nothing read from a chat is ever written here in plaintext. The teens' names and account
handles are chat-derived (they are how the teen appears in exports), so they are kept in
`profiles`: sealed to the parent's public key (see guardian.family), opened only once the
parent has unlocked the vault."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

SETTINGS_NAME = "settings.json"
LANGUAGES = ("fr", "en")
AUTO_LOCK_MINUTES = 10


@dataclass
class Settings:
    language: str | None = None  # None: follow the system
    notifications: bool = True
    watched_folder: str | None = None
    auto_lock_minutes: int = AUTO_LOCK_MINUTES
    teen_ids: list[str] = field(default_factory=list)  # random ids only; names live in `profiles`
    profiles: str | None = None  # hex of the sealed teen profiles

    @classmethod
    def path(cls, data_dir: Path) -> Path:
        return data_dir / SETTINGS_NAME

    @classmethod
    def load(cls, data_dir: Path) -> Settings:
        """The saved settings; defaults for anything missing, unreadable or of the wrong type."""
        try:
            data = json.loads(cls.path(data_dir).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        defaults = cls()
        kept: dict[str, Any] = {}
        for item in fields(cls):
            value = data.get(item.name, getattr(defaults, item.name))
            if _fits(value, getattr(defaults, item.name), item.name):
                kept[item.name] = value
        return cls(**kept)

    def save(self, data_dir: Path) -> None:
        """Write atomically, so a crash never leaves half a file."""
        data_dir.mkdir(parents=True, exist_ok=True)
        target = self.path(data_dir)
        scratch = target.with_suffix(".tmp")
        scratch.write_text(json.dumps(asdict(self), indent=2, sort_keys=True), encoding="utf-8")
        os.replace(scratch, target)


_OPTIONAL_TEXT = {"language", "watched_folder", "profiles"}


def _fits(value: object, default: object, name: str) -> bool:
    if name in _OPTIONAL_TEXT:
        return value is None or (isinstance(value, str) and (name != "language" or value in LANGUAGES))
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool) and value > 0
    if isinstance(default, list):
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    return False
