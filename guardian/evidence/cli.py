"""`guardian evidence ALERT_ID --out DIR`: the command-line way to make a dossier.

The lead's parser calls `add_arguments` on the sub-command and `run_evidence` with the Qt PDF
renderer (ui/dossier_pdf.py), which the core never imports."""

from __future__ import annotations

import argparse
import locale
import sys
from pathlib import Path
from typing import TextIO

from ..vault.cli import EXIT_DENIED, EXIT_FAILED, EXIT_OK, data_dir, read_passphrase
from ..vault.store import TooSoon, Vault, VaultError, WrongSecret
from .builder import build_dossier
from .model import LANGUAGES, SCOPES, EvidenceError
from .writer import PdfRenderer, write_dossier


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("alert_id", metavar="ALERT_ID", help="the alert's id, as the app or `guardian scan` shows it")
    parser.add_argument("--out", type=Path, required=True, metavar="DIR", help="the folder to write the dossier in")
    parser.add_argument("--passphrase-stdin", action="store_true", help="read the parent passphrase from stdin")
    parser.add_argument("--lang", choices=LANGUAGES, help="the dossier's language (default: the system's)")
    parser.add_argument("--scope", choices=SCOPES, default="conversation",
                        help="the whole conversation (default) or the messages around the flagged ones")


def system_language() -> str:
    name = locale.getlocale()[0] or ""  # e.g. "fr_FR", or "French_France" on Windows
    return "fr" if name.lower().startswith("fr") else "en"


def run_evidence(args: argparse.Namespace, pdf_renderer: PdfRenderer | None, stdin: TextIO = sys.stdin) -> int:
    """Unlock, build and write; prints the files written and the dossier's fingerprint."""
    try:
        vault = Vault.open(data_dir(args))
    except VaultError as exc:
        print(f"guardian: {exc}", file=sys.stderr)
        return EXIT_FAILED
    try:
        parent = vault.unlock(read_passphrase(args.passphrase_stdin, stdin))
    except (WrongSecret, TooSoon) as exc:
        vault.close()
        print(f"guardian: {exc}", file=sys.stderr)
        return EXIT_DENIED
    try:
        dossier = build_dossier(vault, parent, args.alert_id, args.lang or system_language(), args.scope)
        written = write_dossier(dossier, args.out, pdf_renderer)
    except (VaultError, EvidenceError) as exc:
        print(f"guardian: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        print(f"guardian: cannot write the dossier ({exc.strerror or 'unknown error'})", file=sys.stderr)
        return EXIT_FAILED
    finally:
        vault.close()
    for path in written:
        print(path)
    print(f"SHA-256 {dossier.sha256}")
    return EXIT_OK
