"""Vault figures: alerts sealed and stored per second, and unlock time with the real
Argon2id parameters. Run: `python -m bench.vault_speed [--alerts 2000]`."""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from guardian.vault.store import AlertRow, Vault


def _payload(n: int) -> dict[str, object]:
    context = [
        {"sender": "contact" if i % 2 else "teen", "text": f"message {i} de la conversation numéro {n} 🙂"}
        for i in range(40)
    ]
    return {"id": f"a{n}", "contact": f"contact.{n}", "explanation": {"fr": "…", "en": "…"}, "context": context}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--alerts", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="guardian-bench-") as tmp:
        start = time.perf_counter()
        vault, _parent, _code = Vault.create(Path(tmp), "correct horse battery staple")
        created = time.perf_counter() - start
        vault.begin_source("0" * 64, None, {"path": "bench"})
        base = datetime(2026, 1, 1, tzinfo=UTC)
        rows = [
            AlertRow(f"a{n}", "0" * 64, None, base + timedelta(minutes=n), "medium", ("secrecy",), _payload(n))
            for n in range(args.alerts)
        ]
        start = time.perf_counter()
        for row in rows:
            vault.store_alert(row)  # one transaction each, as a scan stores them
        stored = time.perf_counter() - start
        start = time.perf_counter()
        parent = vault.unlock("correct horse battery staple")
        unlocked = time.perf_counter() - start
        start = time.perf_counter()
        alerts = vault.alerts(parent)
        read = time.perf_counter() - start
        assert len(alerts) == args.alerts and not any(a.damaged for a in alerts)
        vault.close()
    print(f"vault created (Argon2id x2: passphrase + recovery code): {created:.2f} s")
    rate = args.alerts / stored
    print(f"alerts stored:   {rate:,.0f} per second ({args.alerts} in {stored:.2f} s, one transaction each)")
    print(f"unlock:          {unlocked:.2f} s (Argon2id; target 0.25–0.5 s)")
    print(f"alerts read:     {args.alerts / read:,.0f} per second (unseal + JSON)")


if __name__ == "__main__":
    main()
