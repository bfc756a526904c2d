"""How hard a passphrase is to guess, for the wizard's meter. Deliberately simple and local:
an entropy estimate from length and character variety, cut down for the patterns people
actually use (one repeated character, keyboard runs, common passwords, a single word)."""

from __future__ import annotations

import math
import string
from dataclasses import dataclass
from enum import IntEnum

COMMON = frozenset({
    "password", "motdepasse", "123456", "12345678", "123456789", "azerty", "qwerty", "azertyuiop",
    "qwertyuiop", "soleil", "bonjour", "iloveyou", "jetaime", "admin", "letmein", "welcome", "doudou",
    "loulou", "chouchou", "marseille", "football", "princess", "dragon", "monkey", "sunshine",
})
RUNS = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "azertyuiop", "qwertyuiop", "qsdfghjklm", "asdfghjkl")
MIN_ACCEPTED_BITS = 55.0


class Level(IntEnum):
    VERY_WEAK = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3
    VERY_STRONG = 4


@dataclass(frozen=True)
class Strength:
    bits: float
    level: Level

    @property
    def accepted(self) -> bool:
        """Strong enough to protect the vault (about a passphrase of four random words)."""
        return self.bits >= MIN_ACCEPTED_BITS


def _pool(passphrase: str) -> int:
    pool = 0
    classes = (string.ascii_lowercase, string.ascii_uppercase, string.digits)
    for chars in classes:
        if any(c in chars for c in passphrase):
            pool += len(chars)
    if any(not c.isascii() or (not c.isalnum() and c != " ") for c in passphrase):
        pool += 33
    if " " in passphrase:
        pool += 1
    return max(pool, 1)


def _in_run(passphrase: str) -> bool:
    low = passphrase.lower()
    return len(low) >= 4 and any(low in run or low in run[::-1] for run in RUNS)


def estimate(passphrase: str) -> Strength:
    if not passphrase:
        return Strength(0.0, Level.VERY_WEAK)
    folded = passphrase.lower().strip()
    if folded in COMMON or len(set(folded)) <= 2 or _in_run(folded):
        bits = min(10.0, len(passphrase) * 1.0)
    else:
        # Characters after the first 12 add less: long phrases are usually words, not noise.
        effective = min(len(passphrase), 12) + max(0, len(passphrase) - 12) * 0.5
        bits = effective * math.log2(_pool(passphrase))
        if len(set(folded)) < len(folded) / 3:
            bits /= 2
    return Strength(round(bits, 1), _level(bits))


def _level(bits: float) -> Level:
    for level, floor in ((Level.VERY_STRONG, 80), (Level.STRONG, 60), (Level.FAIR, MIN_ACCEPTED_BITS),
                         (Level.WEAK, 28)):
        if bits >= floor:
            return level
    return Level.VERY_WEAK
