"""The command line. Its output formats are contracts other tools rely on."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .detect.model import Alert
from .detect.rules import load_rules
from .evidence import cli as evidence_cli
from .evidence.writer import PdfRenderer
from .ingest import ImportRun, IngestError
from .ingest.registry import IMPORTERS
from .paths import resources_dir
from .scanning import Scanner
from .vault import cli as vault_cli
from .vault.store import Vault, VaultError

EXIT_OK = 0
EXIT_RULES = 1  # `rules check` found a problem
EXIT_INPUT = 2  # some input could not be read


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guardian",
        description="Guardian: local, explainable detection of online solicitation in a teen's chat exports.",
    )
    parser.add_argument("--version", action="version", version=f"guardian {__version__}")
    parser.add_argument("--data-dir", type=Path, help="where Guardian keeps its data (default: the user data dir)")
    parser.add_argument("--demo", action="store_true", help="start the app on the bundled demo export")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    parse = sub.add_parser("parse", help="read exports and print their messages")
    parse.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    parse.add_argument("--owner", action="append", default=[], metavar="NAME", help="the teen's handle or name")
    parse.add_argument("--jsonl", action="store_true", help="one JSON object per message")
    parse.set_defaults(handler=cmd_parse)

    formats = sub.add_parser("formats", help="list supported export formats and what they never contain")
    formats.set_defaults(handler=cmd_formats)

    scan = sub.add_parser("scan", help="analyse exports and print the alerts (stored only with --store)")
    scan.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    scan.add_argument("--owner", action="append", default=[], metavar="NAME", help="the teen's handle or name")
    scan.add_argument("--json", action="store_true", help="one JSON document (sources, alerts, errors)")
    scan.add_argument("--rules-dir", type=Path, help="the rules folder (default: the bundled rules)")
    scan.add_argument("--store", action="store_true", help="seal the alerts into the vault (no passphrase needed)")
    scan.add_argument("--teen", metavar="ID", help="with --store: the teen profile these exports belong to")
    scan.set_defaults(handler=cmd_scan)

    rules = sub.add_parser("rules", help="work with the detection rule packs")
    rules_sub = rules.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    check = rules_sub.add_parser("check", help="validate every rule pack and run every example")
    check.add_argument("--rules-dir", type=Path, help="the rules folder (default: the bundled rules)")
    check.set_defaults(handler=cmd_rules_check)

    vault_cli.add_commands(sub)
    evidence = sub.add_parser("evidence", help="write an evidence dossier (PDF and JSON) for one alert")
    evidence_cli.add_arguments(evidence)
    evidence.set_defaults(handler=cmd_evidence)
    return parser


def _rules_dir(args: argparse.Namespace) -> Path:
    return args.rules_dir if args.rules_dir is not None else resources_dir() / "rules"


def report_errors(errors: Sequence[IngestError]) -> int:
    for error in errors:
        print(f"guardian: {error}", file=sys.stderr)
    return EXIT_INPUT if errors else EXIT_OK


def cmd_parse(args: argparse.Namespace) -> int:
    run = ImportRun(args.paths, args.owner)
    out = sys.stdout
    for _source, message in run.messages():
        if args.jsonl:
            out.write(json.dumps(message.to_json(), ensure_ascii=False) + "\n")
    if not args.jsonl:
        for source in run.sources:
            counts = f"{source.conversations} conversations\t{source.messages} messages"
            print(f"{source.path}\t{source.format_id}\t{counts}")
    for source in run.sources:
        for warning in source.warnings:
            print(f"guardian: {source.path}: {warning}", file=sys.stderr)
    return report_errors(run.errors)


def cmd_formats(args: argparse.Namespace) -> int:
    for importer in IMPORTERS:
        print(f"{importer.format_id}\t{importer.platform}\t{importer.label}")
        for gap in importer.gaps:
            print(f"    - {gap.en}")
    return EXIT_OK


def _error_json(error: IngestError) -> dict[str, str]:
    return {"path": error.path, "error": f"{error.reason} ({error.where})" if error.where else error.reason}


def _print_alert(alert: Alert) -> None:
    when = alert.triggered_at.isoformat() if alert.triggered_at else "?"
    print(f"[{alert.severity.value}] {alert.platform} / {alert.conversation_title} / {alert.contact} ({when})")
    print(f"    {alert.explanation.en}")


def cmd_scan(args: argparse.Namespace) -> int:
    scanner = Scanner(_rules_dir(args))
    for problem in scanner.pack.problems:  # the rules that passed still run
        print(f"guardian: rule problem: {problem}", file=sys.stderr)
    vault: Vault | None = None
    if args.store:
        try:
            vault = Vault.open(vault_cli.data_dir(args))
        except VaultError as exc:
            print(f"guardian: {exc}", file=sys.stderr)
            return vault_cli.EXIT_FAILED
    try:
        report = scanner.run(args.paths, args.owner, vault=vault, teen_id=args.teen)
    finally:
        if vault is not None:
            vault.close()
    if report.inactive is not None:
        print(f"guardian: monitoring is {report.inactive} for this teen (family agreement): nothing was read",
              file=sys.stderr)
    if args.json:
        document = {
            "sources": [
                {"path": s.path, "platform": s.platform, "sha256": s.sha256,
                 "conversations": s.conversations, "messages": s.messages}
                for s in report.sources
            ],
            "alerts": [alert.to_json() for alert in report.alerts],
            "errors": [_error_json(error) for error in report.errors],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return EXIT_INPUT if report.errors else EXIT_OK
    for alert in report.alerts:
        _print_alert(alert)
    print(f"{len(report.alerts)} alert(s) in {sum(s.messages for s in report.sources)} messages")
    if args.store:
        print(f"{report.stored} new alert(s) stored; {len(report.skipped)} source(s) already in the vault")
    return report_errors(report.errors)


def cmd_evidence(args: argparse.Namespace) -> int:
    renderer: PdfRenderer | None = args.pdf_renderer() if getattr(args, "pdf_renderer", None) else None
    return evidence_cli.run_evidence(args, renderer)


def cmd_rules_check(args: argparse.Namespace) -> int:
    pack = load_rules(_rules_dir(args))
    for problem in pack.problems:
        print(problem)
    verdict = f"{len(pack.problems)} problem(s)" if pack.problems else "ok"
    print(f"{len(pack.rules)} rules in {pack.files} files: {verdict}")
    return EXIT_RULES if pack.problems else EXIT_OK


def main(argv: Sequence[str] | None = None, pdf_renderer: Callable[[], PdfRenderer] | None = None) -> int:
    """Run a sub-command; returns the exit code. `pdf_renderer` loads the Qt dossier renderer
    on demand: the entry point provides it, the Qt-free core never imports it."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    args = build_parser().parse_args(argv)
    args.pdf_renderer = pdf_renderer
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        build_parser().print_usage(sys.stderr)
        return EXIT_INPUT
    try:
        return handler(args)
    except KeyboardInterrupt:
        return 130
