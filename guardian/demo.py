"""Demo mode (`guardian --demo`, what `make run` starts): a throwaway vault with a known
passphrase, filled from the bundled synthetic export, so a newcomer sees alerts at once."""

from __future__ import annotations

from pathlib import Path

from .paths import resources_dir
from .vault.crypto import KdfParams

DEMO_PASSPHRASE = "demo"
DEMO_TEEN_NAME = "Léa"
DEMO_ACCOUNTS = ("lea.dnc_",)


def demo_exports() -> list[Path]:
    return sorted(p for p in (resources_dir() / "demo").iterdir() if p.suffix in {".json", ".zip", ".txt"})


def demo_kdf() -> KdfParams:
    """The cheapest accepted key derivation: the demo vault is deleted at exit and its
    passphrase is public, so a slow derivation would only delay the first window."""
    return KdfParams.fresh(KdfParams.MIN_MEMORY_KIB, 1)
