"""Snapchat "My Data" (accounts.snapchat.com): `json/chat_history.json`.

Two shapes. The newer one (~2023+) is keyed by conversation (a friend's username, or a
group's UUID) with `Content`, `IsSender` and an epoch `Created(microseconds)` that is in
fact milliseconds. The older one (~2019-2022) is keyed by category ("Received Saved Chat
History", "Sent Chat History"...) with `Text`, `From`/`To` and only the `Created` string.

Conversations of the newer shape are streamed one at a time. The older shape spreads each
conversation over the categories, so its file is grouped in memory: those exports hold
saved chats only and stay small. The HTML pages (`html/chat_history.html`, or one
`subpage_<user>.html` per conversation) are recognised only to ask for the JSON files."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .base import OWNER_SENDER, Importer, ReadContext
from .errors import IngestError
from .inputs import Entry, Tree
from .jsoncursor import JsonCursor
from .jsonio import READ_ERRORS, as_dict, as_str, open_json, read_small_json
from .model import Attachment, Kind, LocalText, Message, stable_id
from .text import nfc
from .timeparse import from_epoch_ms, from_iso, wall_clock

PLATFORM = "snapchat"
CONVERSATIONS, CATEGORIES, HTML = "json-conversations", "json-categories", "html"

_CATEGORY = re.compile(r"^(Received|Sent) (?:(?:Saved|Unsaved) )?Chat History$")
_CATEGORY_HEAD = re.compile(r'"(?:Received|Sent) (?:(?:Saved|Unsaved) )?Chat History"\s*:\s*\[')
_MESSAGE_HEAD = (re.compile(r'"From"\s*:'), re.compile(r'"Media Type"\s*:'), re.compile(r'"Created"\s*:'))
_ACCOUNT_HEAD = re.compile(r'"Basic Information"\s*:')
_HTML_PAGE = re.compile(r"^(?:chat_history|subpage_.+)\.html?$")
_HTML_HEAD = re.compile(r"<html[\s>].*Chat History", re.IGNORECASE | re.DOTALL)
_UTC_SUFFIX = " UTC"


def _shape(entry: Entry) -> str | None:
    if _HTML_PAGE.match(entry.basename):
        return HTML if _HTML_HEAD.search(entry.head_text()) else None
    if entry.suffix != ".json":
        return None
    head = entry.head_text().lstrip()
    if not head.startswith("{"):
        return None
    if _CATEGORY_HEAD.search(head):
        return CATEGORIES
    return CONVERSATIONS if all(key.search(head) for key in _MESSAGE_HEAD) else None


def _account_names(tree: Tree) -> list[str]:
    """Username then display name from `json/account.json`, when the export has it."""
    names: list[str] = []
    for entry in tree.entries:
        if entry.basename == "account.json" and _ACCOUNT_HEAD.search(entry.head_text()):
            basic = as_dict(as_dict(read_small_json(entry)).get("Basic Information"))
            names.extend(nfc(name.strip()) for key in ("Username", "Name") if (name := as_str(basic.get(key))))
    return list(dict.fromkeys(name for name in names if name))


def _time(raw: dict[str, Any]) -> tuple[datetime | None, str | None]:
    """The epoch value when usable, else the `Created` string ("2024-07-30 04:06:15 UTC")."""
    created = as_str(raw.get("Created"))
    ms = raw.get("Created(microseconds)")  # epoch milliseconds despite its name
    if isinstance(ms, int | float) and not isinstance(ms, bool) and (at := from_epoch_ms(ms)):
        return at, created or str(ms)
    if not created:
        return None, None
    stamp = created.strip()
    utc = stamp.endswith(_UTC_SUFFIX)
    at = from_iso(stamp.removesuffix(_UTC_SUFFIX))
    if at is not None and utc and at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at, created


@dataclass(frozen=True)
class _Row:
    raw: dict[str, Any]
    sent: bool | None  # what the older shape's category says; None in the newer shape
    at: datetime | None
    raw_time: str | None

    @classmethod
    def of(cls, item: object, sent: bool | None = None) -> _Row:
        raw = as_dict(item)
        return cls(raw, sent, *_time(raw))

    def time_order(self) -> tuple[bool, datetime]:
        return (self.at is None, wall_clock(self.at) if self.at else datetime.min)


def _text(raw: dict[str, Any]) -> str:
    content = as_str(raw.get("Content"))
    if content is not None:
        return nfc(content)
    # The older `Text` is HTML-escaped in some exports (&#39;).
    return nfc(html.unescape(as_str(raw.get("Text")) or ""))


def _attachments(raw: dict[str, Any], media_type: str, kind: Kind) -> tuple[Attachment, ...]:
    """Media are named by their ids (the files, when exported, sit in chat_media/)."""
    if media_type == "TEXT" or kind is Kind.SYSTEM:
        return ()
    ids = [media_id.strip() for media_id in (as_str(raw.get("Media IDs")) or "").split("|") if media_id.strip()]
    return tuple(Attachment(media_id) for media_id in ids) or (Attachment(media_type.lower()),)


def _kind(media_type: str, text: str) -> Kind:
    if media_type.startswith("STATUS"):
        return Kind.SYSTEM
    if media_type == "TEXT" or text.strip():
        return Kind.TEXT  # an unsaved text keeps its kind: only its words are missing
    return Kind.MEDIA


@dataclass(frozen=True)
class _Conversation:
    id: str
    title: str
    owner: str  # the sender name of the owner's messages when the row names nobody


def _message(row: _Row, conversation: _Conversation, position: int, ctx: ReadContext) -> Message:
    raw = row.raw
    media_type = (as_str(raw.get("Media Type")) or "TEXT").upper()
    text = _text(raw)
    kind = _kind(media_type, text)
    from_name = as_str(raw.get("From"))
    is_sender = raw.get("IsSender")
    if isinstance(is_sender, bool):
        from_owner = is_sender
    else:
        from_owner = row.sent if row.sent is not None else ctx.is_owner(from_name)
    sender = nfc(from_name) if from_name else conversation.owner if from_owner else conversation.title
    return Message(
        platform=PLATFORM,
        conversation_id=conversation.id,
        conversation_title=conversation.title,
        sender=sender,
        from_owner=from_owner,
        sent_at=row.at,
        text=text or (media_type.lower() if kind is Kind.SYSTEM else ""),
        kind=kind,
        sender_id=from_name,
        attachments=_attachments(raw, media_type, kind),
        raw_time=row.raw_time,
        position=position,
    )


def _conversation_messages(key: str, rows: list[_Row], owner: str, ctx: ReadContext) -> Iterator[Message]:
    rows.sort(key=_Row.time_order)  # lists are not reliably in time order; the sort is stable
    group_title = next((title for row in rows if (title := as_str(row.raw.get("Conversation Title")))), None)
    conversation = _Conversation(stable_id(PLATFORM, key), nfc(group_title or key), owner)
    for position, row in enumerate(rows):
        yield _message(row, conversation, position, ctx)


def _top_level(entry: Entry) -> Iterator[tuple[str, list[Any]]]:
    """(key, list) pairs of the file, one at a time."""
    try:
        with open_json(entry) as stream:
            cursor = JsonCursor(stream)
            for key in cursor.object_members():
                yield key, cursor.array()
            cursor.end()
    except READ_ERRORS:
        raise IngestError(entry.label, "is not a readable chat history (damaged or incomplete download?)") from None


def _by_conversation(entry: Entry) -> Iterator[tuple[str, list[_Row]]]:
    for key, items in _top_level(entry):
        yield key, [_Row.of(item) for item in items]


def _by_category(entry: Entry) -> Iterator[tuple[str, list[_Row]]]:
    """The older shape regrouped by counterpart: `From` when received, `To` when sent."""
    grouped: dict[str, list[_Row]] = {}
    for key, items in _top_level(entry):
        category = _CATEGORY.match(key)
        if category is None:
            continue
        sent = category.group(1) == "Sent"
        for item in items:
            row = _Row.of(item, sent)
            counterpart = as_str(row.raw.get("To" if sent else "From")) or ""
            grouped.setdefault(counterpart, []).append(row)
    yield from grouped.items()


class SnapchatImporter(Importer):
    format_id = "snapchat-json"
    platform = PLATFORM
    label = "Snapchat (My Data)"
    marks_owner = True
    gaps = (
        LocalText(
            en="Snapchat keeps the words of saved chats only: other messages appear at most as a date, "
            "without their text, and an empty message is normal.",
            fr="Snapchat ne garde le texte que des discussions enregistrées : les autres messages n'apparaissent "
            "au mieux que par leur date, sans leur texte, et un message vide est normal.",
        ),
        LocalText(
            en="Snaps (photos and videos) are not included, only a note that one was sent.",
            fr="Les snaps (photos et vidéos) ne sont pas inclus, seulement la trace de leur envoi.",
        ),
    )

    def _files(self, tree: Tree) -> list[tuple[Entry, str]]:
        return [(entry, shape) for entry in tree.entries if (shape := _shape(entry))]

    def detect(self, tree: Tree) -> str | None:
        shapes = {shape for _, shape in self._files(tree)}
        return "+".join(sorted(shapes - {HTML})) or (HTML if shapes else None)

    def stated_owners(self, tree: Tree, variant: str) -> list[str]:
        return _account_names(tree)

    def read(self, tree: Tree, variant: str, ctx: ReadContext) -> Iterator[Message]:
        files = self._files(tree)
        readable = [(entry, shape) for entry, shape in files if shape != HTML]
        if files and not readable:
            raise IngestError(
                tree.label,
                "this Snapchat download has HTML pages only, which Guardian cannot read: "
                "request it again with \"Export JSON Files\" ticked",
            )
        owner = next(iter(_account_names(tree)), OWNER_SENDER)
        for entry, shape in readable:
            conversations = _by_conversation(entry) if shape == CONVERSATIONS else _by_category(entry)
            for key, rows in conversations:
                yield from _conversation_messages(key, rows, owner, ctx)


IMPORTERS: tuple[Importer, ...] = (SnapchatImporter(),)
