"""Local feedback on alerts a parent judged "not a concern": which rules fired, never text.

Kept beside the vault so rule weights can be reviewed on this computer; nothing is sent."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

FEEDBACK_NAME = "feedback.json"


def _path(data_dir: Path) -> Path:
    return data_dir / FEEDBACK_NAME


def load(data_dir: Path) -> Counter[str]:
    """How many dismissed alerts each rule id took part in."""
    try:
        data = json.loads(_path(data_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Counter()
    rules = data.get("not_a_concern") if isinstance(data, dict) else None
    if not isinstance(rules, dict):
        return Counter()
    return Counter({str(k): int(v) for k, v in rules.items() if isinstance(v, int)})


def record_not_a_concern(data_dir: Path, payload: Mapping[str, Any]) -> None:
    """Count each rule of the alert once; rule ids are ours, not chat content."""
    counts = load(data_dir)
    rules = {str(r) for line in payload.get("evidence") or [] for r in (line.get("rules") or [])}
    counts.update(rules)
    data_dir.mkdir(parents=True, exist_ok=True)
    _path(data_dir).write_text(json.dumps({"not_a_concern": dict(sorted(counts.items()))}, indent=2),
                               encoding="utf-8")
