"""Signal chats as the community tool signal-export writes them (formats.md §8.3).

Signal has no export of its own; signal-export (`sigexport`) writes one folder per chat
with `chat.md`, lines `[YYYY-MM-DD HH:MM:SS] Sender: body`; older versions wrote
`[YYYY-MM-DD, HH:MM]`. Lines without a header continue the previous message. Reactions
are appended to a message as `(- Name: 👍 -)` lines and attachments are markdown links.
Times are the exporting machine's wall clock: kept naive. No owner is marked.

WhatsApp iOS writes "[date, time:seconds]": neither signal-export shape, which is what tells
the two apart (see whatsapp._SIGNAL_EXPORT)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePosixPath

from .base import Importer, ReadContext
from .errors import IngestError
from .inputs import Entry, Tree
from .model import Attachment, Kind, LocalText, Message, stable_id
from .text import nfc, text_lines

PLATFORM = "signal"
_HEADER = re.compile(
    r"^\[(?P<date>\d{4}-\d{2}-\d{2})(?: (?P<long>\d{2}:\d{2}:\d{2})|, (?P<short>\d{2}:\d{2}))\] "
    r"(?P<sender>[^:\n]{1,80}?): ?(?P<body>.*)$"
)
_REACTION = re.compile(r"^\(- (?P<who>[^:]{1,80}): (?P<emoji>.+) -\)$")
_LINK = re.compile(r"!?\[[^\]]*\]\((?P<target>[^)\s]+)\)")
SNIFF_LINES = 5


@dataclass
class _Draft:
    line: int
    raw_time: str
    sender: str
    lines: list[str]
    reactions: list[tuple[str, str]] = field(default_factory=list)


def _is_signal(entry: Entry) -> bool:
    lines = [line for line in entry.head_text().splitlines() if line.strip()][:SNIFF_LINES]
    return bool(lines) and _HEADER.match(lines[0]) is not None


def _title(entry: Entry) -> str:
    """signal-export names each chat's folder after the chat."""
    path = PurePosixPath(entry.name)
    return nfc(path.parent.name if path.parent.name else path.stem)


def _drafts(entry: Entry) -> Iterator[_Draft]:
    draft: _Draft | None = None
    for line_no, raw in text_lines(entry):
        line = raw.rstrip("\r\n")
        header = _HEADER.match(line)
        if header:
            if draft is not None:
                yield draft
            raw_time = f"{header['date']} {header['long'] or header['short']}"
            draft = _Draft(line_no, raw_time, header["sender"].strip(), [header["body"]])
        elif draft is None:
            if line.strip():
                raise IngestError(entry.label, "does not start with a dated message", f"line {line_no}")
        elif reaction := _REACTION.match(line):
            draft.reactions.append((reaction["who"], reaction["emoji"]))
        else:
            draft.lines.append(line)
    if draft is not None:
        yield draft


def _sent_at(raw_time: str) -> datetime | None:
    for pattern in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"):
        try:
            return datetime.strptime(raw_time, pattern)
        except ValueError:
            continue
    return None


class SignalImporter(Importer):
    format_id = "signal-export"
    platform = PLATFORM
    label = "Signal (signal-export chat.md / text)"
    gaps = (
        LocalText(
            en="Signal has no export of its own: only chats someone exported with signal-export are included.",
            fr="Signal n'a pas d'export officiel : seules les conversations exportées avec signal-export sont lues.",
        ),
        LocalText(
            en="Photos and files are listed by name only.",
            fr="Les photos et fichiers ne sont listés que par leur nom.",
        ),
    )

    def _chats(self, tree: Tree) -> list[Entry]:
        return [e for e in tree.with_suffix(".md", ".txt") if _is_signal(e)]

    def detect(self, tree: Tree) -> str | None:
        return "chat.md" if self._chats(tree) else None

    def read(self, tree: Tree, variant: str, ctx: ReadContext) -> Iterator[Message]:
        for entry in self._chats(tree):
            title = _title(entry)
            conversation = stable_id(PLATFORM, title)
            position = 0
            for draft in _drafts(entry):
                yield self._message(draft, conversation, title, position, ctx)
                position += 1
                for who, emoji in draft.reactions:
                    yield Message(
                        PLATFORM, conversation, title, nfc(who), ctx.is_owner(who), _sent_at(draft.raw_time),
                        nfc(emoji), Kind.SYSTEM, raw_time=draft.raw_time, position=position,
                    )
                    position += 1

    @staticmethod
    def _message(draft: _Draft, conversation: str, title: str, position: int, ctx: ReadContext) -> Message:
        text = nfc("\n".join(draft.lines).strip())
        attachments = tuple(Attachment(PurePosixPath(m["target"]).name) for m in _LINK.finditer(text))
        kind = Kind.MEDIA if attachments and not _LINK.sub("", text).strip() else Kind.TEXT
        return Message(
            PLATFORM, conversation, title, nfc(draft.sender), ctx.is_owner(draft.sender), _sent_at(draft.raw_time),
            text, kind, attachments=attachments, raw_time=draft.raw_time, position=position,
        )


IMPORTERS: tuple[Importer, ...] = (SignalImporter(),)
