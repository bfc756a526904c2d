"""The command line. Its output formats are contracts other tools rely on."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .ingest import ImportRun, IngestError
from .ingest.registry import IMPORTERS

EXIT_OK = 0
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
    return parser


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
            print(f"{source.path}\t{source.format_id}\t{source.conversations} conversations\t{source.messages} messages")
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run a sub-command; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        build_parser().print_usage(sys.stderr)
        return EXIT_INPUT
    try:
        return handler(args)
    except KeyboardInterrupt:
        return 130
