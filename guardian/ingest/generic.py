"""Guardian's documented generic format, for anything no other importer reads.

JSONL (one object per line) or CSV with a header, with the fields
`conversation`, `sender`, `text`, and optionally `sent_at` (ISO 8601; aware only when
it has an offset), `platform` and `from_owner` (true/false). See docs/generic-format.md."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping

from .base import Importer, ReadContext
from .errors import IngestError
from .inputs import Entry, Tree
from .model import Kind, LocalText, Message, stable_id
from .text import nfc, text_lines
from .timeparse import from_iso

REQUIRED = ("conversation", "sender", "text")
_TRUE = {"true", "1", "yes", "oui"}


def _header_fields(entry: Entry) -> list[str] | None:
    first = entry.head_text().lstrip().split("\n", 1)[0].strip()
    if first.startswith("{"):
        try:
            obj = json.loads(first)
        except ValueError:
            return None
        return list(obj) if isinstance(obj, dict) else None
    try:
        return [f.strip().lower() for f in next(csv.reader([first]), [])]
    except csv.Error:
        return None


class GenericImporter(Importer):
    format_id = "generic"
    platform = "generic"
    label = "Generic JSONL / CSV"
    gaps = (
        LocalText(
            en="Contains only what the tool that wrote it put in.",
            fr="Ne contient que ce que l'outil qui l'a produit y a mis.",
        ),
    )

    def _files(self, tree: Tree) -> list[tuple[Entry, str]]:
        found = []
        for entry in tree.with_suffix(".jsonl", ".ndjson", ".json", ".csv", ".txt", ""):
            fields = _header_fields(entry)
            if fields and all(f in fields for f in REQUIRED):
                found.append((entry, "jsonl" if entry.head_text().lstrip().startswith("{") else "csv"))
        return found

    def detect(self, tree: Tree) -> str | None:
        kinds = {kind for _, kind in self._files(tree)}
        return "+".join(sorted(kinds)) or None

    def read(self, tree: Tree, variant: str, ctx: ReadContext) -> Iterator[Message]:
        for entry, kind in self._files(tree):
            rows = _jsonl_rows(entry) if kind == "jsonl" else _csv_rows(entry)
            for position, (line, row) in enumerate(rows):
                yield _message(entry, line, row, position, ctx)


def _jsonl_rows(entry: Entry) -> Iterator[tuple[int, Mapping[str, object]]]:
    for line_no, line in text_lines(entry):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError:
            raise IngestError(entry.label, "line is not valid JSON", f"line {line_no}") from None
        if not isinstance(row, dict):
            raise IngestError(entry.label, "line is not a JSON object", f"line {line_no}")
        yield line_no, row


def _csv_rows(entry: Entry) -> Iterator[tuple[int, Mapping[str, object]]]:
    lines = (line for _, line in text_lines(entry))
    try:
        reader = csv.DictReader(lines)
        for row in reader:
            yield reader.line_num, {(k or "").strip().lower(): v for k, v in row.items()}
    except csv.Error:
        raise IngestError(entry.label, "is not valid CSV", "line unknown") from None


def _message(entry: Entry, line: int, row: Mapping[str, object], position: int, ctx: ReadContext) -> Message:
    missing = [f for f in REQUIRED if not isinstance(row.get(f), str)]
    if missing:
        raise IngestError(entry.label, f"missing field(s) {', '.join(missing)}", f"line {line}")
    conversation, sender, text = (str(row[f]) for f in REQUIRED)
    platform = str(row.get("platform") or "generic")
    raw_time = row.get("sent_at")
    sent_at = from_iso(raw_time) if isinstance(raw_time, str) and raw_time.strip() else None
    if isinstance(raw_time, str) and raw_time.strip() and sent_at is None:
        raise IngestError(entry.label, "sent_at is not an ISO 8601 date", f"line {line}")
    flag = row.get("from_owner")
    from_owner = (
        flag if isinstance(flag, bool) else str(flag).strip().lower() in _TRUE
    ) if flag not in (None, "") else ctx.is_owner(sender)
    return Message(
        platform=platform,
        conversation_id=stable_id("generic", platform, conversation),
        conversation_title=nfc(conversation),
        sender=nfc(sender),
        from_owner=from_owner,
        sent_at=sent_at,
        text=nfc(text),
        kind=Kind.TEXT,
        raw_time=raw_time if isinstance(raw_time, str) else None,
        position=position,
    )


IMPORTERS: tuple[Importer, ...] = (GenericImporter(),)
