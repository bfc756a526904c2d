"""Vault sub-commands: `vault init`, `alerts list|show`, `audit verify`, and the vault side
of `scan --store`. A wrong passphrase exits non-zero with no content printed."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import TextIO

from .. import audit
from ..paths import default_data_dir
from .keys import ParentKey
from .secretstore import SecretStoreUnavailable, system_secret_store
from .store import StoredAlert, TooSoon, Vault, VaultError, WrongSecret

EXIT_OK = 0
EXIT_FAILED = 1  # no vault, broken audit chain, unknown alert
EXIT_DENIED = 3  # wrong passphrase, or too many attempts: nothing is printed


def data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data_dir) if args.data_dir else default_data_dir()


def read_passphrase(from_stdin: bool, stdin: TextIO = sys.stdin) -> str:
    return stdin.readline().rstrip("\r\n") if from_stdin else getpass.getpass("Parent passphrase: ")


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    vault = sub.add_parser("vault", help="create the encrypted alert vault")
    vault_sub = vault.add_subparsers(dest="vault_command", metavar="ACTION", required=True)
    init = vault_sub.add_parser("init", help="create the vault; prints the recovery code once")
    init.add_argument("--passphrase-stdin", action="store_true", help="read the parent passphrase from stdin")
    init.add_argument("--remember", action="store_true",
                      help="also keep a key in this computer account's OS key store (no passphrase needed here)")
    init.set_defaults(handler=cmd_vault_init)
    remember = vault_sub.add_parser("remember", help="open the vault without the passphrase on this computer account")
    remember.add_argument("--passphrase-stdin", action="store_true", help="read the parent passphrase from stdin")
    remember.set_defaults(handler=cmd_vault_remember)
    forget = vault_sub.add_parser("forget", help="ask for the passphrase again on this computer account")
    forget.set_defaults(handler=cmd_vault_forget)

    alerts = sub.add_parser("alerts", help="read stored alerts (parent passphrase needed)")
    alerts_sub = alerts.add_subparsers(dest="alerts_command", metavar="ACTION", required=True)
    listing = alerts_sub.add_parser("list", help="every stored alert, newest first")
    show = alerts_sub.add_parser("show", help="one alert with its evidence (logged for the teen to see)")
    show.add_argument("alert_id", metavar="ID")
    for parser, handler in ((listing, cmd_alerts_list), (show, cmd_alerts_show)):
        parser.add_argument("--passphrase-stdin", action="store_true", help="read the parent passphrase from stdin")
        parser.add_argument("--json", action="store_true", help="machine-readable output")
        parser.set_defaults(handler=handler)

    audit_parser = sub.add_parser("audit", help="the audit log")
    audit_sub = audit_parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_sub.add_parser("verify", help="check the hash chain; names the first broken entry")
    verify.set_defaults(handler=cmd_audit_verify)


def _fail(message: str, code: int = EXIT_FAILED) -> int:
    print(f"guardian: {message}", file=sys.stderr)
    return code


def cmd_vault_init(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args.passphrase_stdin)
    if len(passphrase) < 8:
        return _fail("the passphrase must have at least 8 characters")
    try:
        vault, parent, recovery = Vault.create(data_dir(args), passphrase)
    except VaultError as exc:
        return _fail(str(exc))
    print(f"Vault created in {data_dir(args)}")
    print(f"Recovery code (write it down; it is shown only once): {recovery}")
    try:
        return _remember(vault, parent) if args.remember else EXIT_OK
    finally:
        vault.close()


def _remember(vault: Vault, parent: ParentKey) -> int:
    store = system_secret_store()
    if store is None:
        return _fail("no OS key store on this computer account: the passphrase alone protects the vault")
    try:
        vault.remember(parent, store)
    except SecretStoreUnavailable:
        return _fail("the OS key store refused the key: the passphrase alone protects the vault")
    print(f"Remembered on this computer account ({store.name})")
    return EXIT_OK


def cmd_vault_remember(args: argparse.Namespace) -> int:
    opened = _unlocked(args)
    if isinstance(opened, int):
        return opened
    vault, parent = opened
    try:
        return _remember(vault, parent)
    finally:
        vault.close()


def cmd_vault_forget(args: argparse.Namespace) -> int:
    try:
        vault = Vault.open(data_dir(args))
    except VaultError as exc:
        return _fail(str(exc))
    try:
        vault.forget(system_secret_store())
    finally:
        vault.close()
    print("The vault asks for the passphrase again on this computer account")
    return EXIT_OK


def _unlocked(args: argparse.Namespace) -> tuple[Vault, ParentKey] | int:
    try:
        vault = Vault.open(data_dir(args))
    except VaultError as exc:
        return _fail(str(exc))
    if not args.passphrase_stdin and vault.remembered and (store := system_secret_store()) is not None:
        parent = vault.unlock_remembered(store)
        if parent is not None:
            return vault, parent
    try:
        return vault, vault.unlock(read_passphrase(args.passphrase_stdin))
    except (WrongSecret, TooSoon) as exc:
        vault.close()
        return _fail(str(exc), EXIT_DENIED)


def _summary(alert: StoredAlert) -> dict[str, object]:
    payload = alert.payload or {}
    return {
        "id": alert.id,
        "severity": alert.severity,
        "categories": list(alert.categories),
        "status": alert.status,
        "triggered_at": alert.triggered_at.isoformat() if alert.triggered_at else None,
        "platform": payload.get("platform"),
        "contact": payload.get("contact"),
        "title": payload.get("title"),
        "damaged": alert.damaged,
    }


def cmd_alerts_list(args: argparse.Namespace) -> int:
    opened = _unlocked(args)
    if isinstance(opened, int):
        return opened
    vault, parent = opened
    try:
        alerts = vault.alerts(parent)
    finally:
        vault.close()
    if args.json:
        print(json.dumps([_summary(a) for a in alerts], ensure_ascii=False, indent=2))
        return EXIT_OK
    for alert in alerts:
        row = _summary(alert)
        state = "DAMAGED" if alert.damaged else f"{row['platform']} / {row['contact']}"
        print(f"{alert.id}  [{alert.severity}] {row['triggered_at'] or '?'}  {state}  ({', '.join(alert.categories)})")
    print(f"{len(alerts)} alert(s)")
    return EXIT_OK


def cmd_alerts_show(args: argparse.Namespace) -> int:
    opened = _unlocked(args)
    if isinstance(opened, int):
        return opened
    vault, parent = opened
    try:
        alert = vault.open_alert(parent, args.alert_id)
    finally:
        vault.close()
    if alert is None:
        return _fail(f"no alert {args.alert_id}")
    if alert.payload is None:
        return _fail(f"alert {args.alert_id} is damaged and cannot be read")
    if args.json:
        print(json.dumps({**alert.payload, "status": alert.status}, ensure_ascii=False, indent=2))
        return EXIT_OK
    payload = alert.payload
    print(f"[{alert.severity}] {payload.get('platform')} / {payload.get('title')} / {payload.get('contact')}")
    print(payload.get("explanation", {}).get("en", ""))
    for evidence in payload.get("evidence", []):
        print(f"  {evidence.get('sent_at') or '?'}  {evidence.get('sender')}: {evidence.get('text')}")
    return EXIT_OK


def cmd_audit_verify(args: argparse.Namespace) -> int:
    try:
        vault = Vault.open(data_dir(args))
    except VaultError as exc:
        return _fail(str(exc))
    try:
        broken = audit.verify(vault.db)
        count = len(audit.entries(vault.db))
    finally:
        vault.close()
    if broken is not None:
        return _fail(f"audit log broken at entry {broken}")
    print(f"audit log intact: {count} entries")
    return EXIT_OK
