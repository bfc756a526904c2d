"""Telegram Desktop export (Settings → Advanced → Export Telegram data), JSON flavour.

`result.json` is either one chat (top-level name/type/id/messages) or the whole account
(`chats.list[]`, `left_chats.list[]`, `personal_information`). Whole-account files can be
hundreds of MB: they are read as a stream of parse events, one message at a time, and
never as a whole or one chat at a time. The HTML flavour is recognised only to ask for JSON."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .base import Importer, ReadContext
from .errors import IngestError
from .inputs import Entry, Tree
from .jsoncursor import ARRAY, OBJECT, JsonCursor
from .jsonio import LOOKUP_ERRORS, READ_ERRORS, as_dict, as_int, as_list, as_str, file_name, open_json
from .model import Attachment, Kind, LocalText, Message, stable_id
from .text import nfc
from .timeparse import from_epoch, from_iso

PLATFORM = "telegram"
SINGLE, FULL, HTML = "single", "full", "html"

# Keys only the whole-account export has; `chats` may come after a long contact list,
# but `about`/`personal_information` open the file.
_FULL_KEYS = re.compile(r'"(?:personal_information|frequent_contacts|left_chats)"\s*:|"chats"\s*:\s*\{')
_SINGLE_MESSAGES = re.compile(r'"messages"\s*:\s*\[\s*\{[^{}]*"type"\s*:\s*"(?:message|service)"')
_HTML_EXPORT = re.compile(r"<title>Exported Data</title>", re.IGNORECASE)
_HTML_MESSAGES = re.compile(r'class="(?:page_wrap|history|message (?:default|service)|page_body|sections)')
_CHAT_LISTS = ("chats", "left_chats")  # each {"list": [chat, ...]} in a whole-account export
_HEADER_KEYS = ("name", "type", "id")
_NOT_INCLUDED = "("  # "(File not included. Change data exporting settings to download.)" and kin


def _kind_of(entry: Entry) -> str | None:
    if entry.suffix == ".json":
        head = entry.head_text().lstrip()
        if not head.startswith("{"):
            return None
        if _FULL_KEYS.search(head):
            return FULL
        return SINGLE if _SINGLE_MESSAGES.search(head) else None
    if entry.suffix in (".html", ".htm"):
        head = entry.head_text()
        return HTML if _HTML_EXPORT.search(head) and _HTML_MESSAGES.search(head) else None
    return None


def _exports(tree: Tree) -> list[tuple[Entry, str]]:
    """JSON exports in the tree; HTML pages only when there is no JSON to read instead."""
    found = [(entry, kind) for entry in tree.entries if (kind := _kind_of(entry))]
    json_exports = [(entry, kind) for entry, kind in found if kind != HTML]
    return json_exports or found[:1]


@dataclass(frozen=True)
class _Owner:
    names: tuple[str, ...]
    from_id: str | None  # "user<id>", how messages name their sender


_NO_OWNER = _Owner((), None)


def _owner(entry: Entry) -> _Owner:
    """The account owner from the top-level `personal_information`, reading no further than it
    (it opens the file). Optional: a broken file is reported by the main read."""
    info: dict[str, Any] = {}
    try:
        with open_json(entry, metered=False) as stream:  # read again as the chats are: not progress
            cursor = JsonCursor(stream)
            for key in cursor.object_members():
                if key == "personal_information":
                    info = as_dict(cursor.value())
                    break
                cursor.skip()
    except LOOKUP_ERRORS:
        return _NO_OWNER
    full_name = " ".join(n for n in (as_str(info.get("first_name")), as_str(info.get("last_name"))) if n)
    names = (nfc(n.strip()) for n in (full_name, as_str(info.get("username"))) if n and n.strip())
    user_id = as_int(info.get("user_id"))
    return _Owner(tuple(dict.fromkeys(names)), f"user{user_id}" if user_id is not None else None)


@dataclass(frozen=True)
class _Chat:
    id: str
    title: str

    @classmethod
    def from_header(cls, header: dict[str, Any], entry: Entry, number: int) -> _Chat:
        chat_id, name = as_str(header.get("id")), as_str(header.get("name"))
        key = f"id:{chat_id}" if chat_id else f"name:{name}" if name else f"file:{entry.name}#{number}"
        if name:
            title = nfc(name)
        elif header.get("type") == "saved_messages":
            title = "Saved Messages"
        else:
            title = "Deleted account" if header.get("type") == "personal_chat" else "Telegram chat"
        return cls(stable_id(PLATFORM, key), title)


_RawMessage = tuple[_Chat, int, dict[str, Any]]  # chat, position in the chat, message object


def _raw_messages(entry: Entry, cursor: JsonCursor, kind: str, ctx: ReadContext) -> Iterator[_RawMessage]:
    """Every message with its chat, in file order. A chat is a unit (see base.Shard)."""
    if kind == SINGLE:
        yield from _chat_messages(entry, cursor, 1, ctx.takes_unit())
    else:
        number = 0
        for key in cursor.object_members():
            if key not in _CHAT_LISTS:
                cursor.skip()  # contacts, sessions, stories...: nothing Guardian reads
                continue
            for list_key in cursor.object_members():
                if list_key != "list" or cursor.peek() != ARRAY:
                    cursor.skip()
                    continue
                for _ in cursor.elements():
                    if cursor.peek() != OBJECT:
                        cursor.skip()
                        continue
                    number += 1
                    yield from _chat_messages(entry, cursor, number, ctx.takes_unit())
    cursor.end()


def _chat_messages(entry: Entry, cursor: JsonCursor, number: int, taken: bool) -> Iterator[_RawMessage]:
    """One chat object's messages (none when another reader takes the chat: they are parsed,
    to find the chat's end and check it, and dropped).

    Telegram writes name, type and id before messages; the chat is fixed at its first
    message, so a header key written after the messages would be ignored."""
    header: dict[str, Any] = {}
    chat: _Chat | None = None
    position = 0
    for key in cursor.members():
        if key == "messages" and cursor.peek() == ARRAY:
            for run in cursor.runs():
                if not taken:
                    continue
                for raw in run:
                    if type(raw) is dict:
                        chat = chat or _Chat.from_header(header, entry, number)
                        yield chat, position, raw
                        position += 1
        elif key in _HEADER_KEYS:
            value = cursor.value()
            if not isinstance(value, (dict, list)):
                header[key] = value
        else:
            cursor.skip()


def _flatten(text: object) -> str:
    """`text` is a string, or a list of strings and {type, text} entities."""
    if isinstance(text, str):
        return text
    return "".join(part if isinstance(part, str) else as_str(as_dict(part).get("text")) or "" for part in as_list(text))


def _text(raw: dict[str, Any]) -> str:
    entities = raw.get("text_entities")
    return _flatten(entities if isinstance(entities, list) else raw.get("text"))


def _media_name(path: object, fallback: str) -> str:
    value = as_str(path)
    return file_name(value) if value and not value.startswith(_NOT_INCLUDED) else fallback


def _attachments(raw: dict[str, Any]) -> tuple[Attachment, ...]:
    found = []
    if "photo" in raw:
        found.append(Attachment(_media_name(raw["photo"], "photo"), as_int(raw.get("photo_file_size"))))
    if "file" in raw:
        fallback = as_str(raw.get("media_type")) or "file"
        found.append(
            Attachment(
                as_str(raw.get("file_name")) or _media_name(raw["file"], fallback),
                as_int(raw.get("file_size")),
                mime=as_str(raw.get("mime_type")),
            )
        )
    return tuple(found)


def _time(raw: dict[str, Any]) -> tuple[datetime | None, str | None]:
    """`date_unixtime` (newer exports) is the instant; `date` is the exporting PC's wall clock."""
    unixtime = as_str(raw.get("date_unixtime"))
    if unixtime and unixtime.strip().isdigit():
        return from_epoch(int(unixtime)), unixtime
    date = as_str(raw.get("date"))
    return (from_iso(date) if date else None), date


def _message(chat: _Chat, raw: dict[str, Any], position: int, owner: _Owner, ctx: ReadContext) -> Message:
    service = raw.get("type") == "service"
    sender_id = as_str(raw.get("from_id")) or as_str(raw.get("actor_id"))
    sender = nfc(as_str(raw.get("from")) or as_str(raw.get("actor")) or ("Deleted account" if sender_id else ""))
    text = nfc(_text(raw))
    attachments = _attachments(raw)
    if service:
        kind = Kind.SYSTEM
        text = text or (as_str(raw.get("action")) or "service message").replace("_", " ")
    else:
        kind = Kind.MEDIA if attachments and not text.strip() else Kind.TEXT
    sent_at, raw_time = _time(raw)
    return Message(
        platform=PLATFORM,
        conversation_id=chat.id,
        conversation_title=chat.title,
        sender=sender,
        from_owner=(owner.from_id is not None and sender_id == owner.from_id) or ctx.is_owner(sender),
        sent_at=sent_at,
        text=text,
        kind=kind,
        sender_id=sender_id,
        attachments=attachments,
        raw_time=raw_time,
        position=position,
    )


def _read_export(entry: Entry, kind: str, ctx: ReadContext) -> Iterator[Message]:
    if kind == HTML:
        raise IngestError(
            entry.label,
            "is Telegram's HTML export, which Guardian does not read: export again from Telegram Desktop "
            "and choose the 'Machine-readable JSON' format",
        )
    owner = _owner(entry) if kind == FULL else _NO_OWNER
    count = 0
    try:
        with open_json(entry) as stream:
            for chat, position, raw in _raw_messages(entry, JsonCursor(stream), kind, ctx):
                yield _message(chat, raw, position, owner, ctx)
                count += 1
    except READ_ERRORS:
        raise IngestError(entry.label, "is not valid JSON (damaged or truncated?)", f"after message {count}") from None


class TelegramImporter(Importer):
    format_id = "telegram-json"
    platform = PLATFORM
    label = "Telegram Desktop export (JSON)"
    shardable = True
    gaps = (
        LocalText(
            en="Contains only the chats ticked in Telegram Desktop's export settings; secret chats are never "
            "exported.",
            fr="Ne contient que les discussions cochées dans les réglages d'export de Telegram Desktop ; les "
            "discussions secrètes ne sont jamais exportées.",
        ),
        LocalText(
            en="Messages deleted before the export are not included, and pictures and files are listed by "
            "name only.",
            fr="Les messages supprimés avant l'export n'y figurent pas, et les images et fichiers n'apparaissent "
            "que par leur nom.",
        ),
    )

    def detect(self, tree: Tree) -> str | None:
        kinds = {kind for _, kind in _exports(tree)}
        return "+".join(sorted(kinds)) or None

    def stated_owners(self, tree: Tree, variant: str) -> list[str]:
        names = (name for entry, kind in _exports(tree) if kind == FULL for name in _owner(entry).names)
        return list(dict.fromkeys(names))

    def read(self, tree: Tree, variant: str, ctx: ReadContext) -> Iterator[Message]:
        for entry, kind in _exports(tree):
            yield from _read_export(entry, kind, ctx)


IMPORTERS: tuple[Importer, ...] = (TelegramImporter(),)
