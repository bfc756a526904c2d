"""Local feedback on alerts a parent judged "not a concern": which rules fired, never text.

Each dismissal lowers the weight of the rules that fired in it, for this family only (kept in
the vault's file, as rule ids and counts; nothing is sent anywhere). Rules about sextortion
and self-harm are never lowered: a dismissed false alarm there must not silence the next one."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from .vault.store import Vault

SCHEMA = """
CREATE TABLE IF NOT EXISTS rule_feedback (
    rule_id TEXT PRIMARY KEY,
    dismissed INTEGER NOT NULL
)"""
STEP = 0.8  # each dismissal keeps 80 % of a rule's weight ...
FLOOR = 0.5  # ... down to half: feedback tunes a rule, it never switches one off
NEVER_LOWERED = frozenset({"sextortion", "self_harm"})


def load(vault: Vault) -> Counter[str]:
    """How many dismissed alerts each rule id took part in."""
    vault.db.execute(SCHEMA)
    return Counter({str(rule): int(n) for rule, n in vault.db.execute("SELECT rule_id, dismissed FROM rule_feedback")})


def record_not_a_concern(vault: Vault, payload: Mapping[str, Any]) -> None:
    """Count each rule of the alert once; rule ids are ours, not chat content."""
    rules = {str(r) for line in payload.get("evidence") or [] for r in (line.get("rules") or [])}
    with vault.transaction() as db:
        db.execute(SCHEMA)
        for rule in sorted(rules):
            db.execute(
                "INSERT INTO rule_feedback (rule_id, dismissed) VALUES (?, 1) "
                "ON CONFLICT(rule_id) DO UPDATE SET dismissed = dismissed + 1",
                (rule,),
            )


def rule_factors(counts: Mapping[str, int]) -> dict[str, float]:
    """The weight factor of each dismissed rule (ids are `<language>.<category>.<name>`)."""
    return {
        rule: max(FLOOR, STEP**n)
        for rule, n in counts.items()
        if n > 0 and rule.split(".")[1:2] and rule.split(".")[1] not in NEVER_LOWERED
    }
