"""Discord: DiscordChatExporter (DCE) JSON and CSV exports, and Discord's own data package.

DCE exports one channel per file, both sides of the conversation, optionally split into
`<name> [part N].<ext>` partitions. The data package (Settings → Privacy → Request data)
has one folder per channel but only the account owner's own messages.

The JSON streaming helpers at the top are shared with telegram.py."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any

from .base import Importer, ReadContext
from .errors import IngestError
from .inputs import Entry, Tree
from .jsoncursor import JsonCursor, array_items
from .jsonio import (
    READ_ERRORS,
    as_dict,
    as_int,
    as_list,
    as_str,
    file_name,
    open_json,
    read_small_json,
)
from .model import Attachment, Kind, LocalText, Message, stable_id
from .text import nfc
from .timeparse import from_iso

PLATFORM = "discord"

# --- Shared by the Discord readers ---------------------------------------------------------

# DCE writes MessageKind names; every other kind (RecipientAdd, Call, ChannelPinnedMessage,
# GuildMemberJoin, ThreadCreated...) is a notification Discord wrote, not something a person typed.
_PERSON_KINDS = {"Default", "Reply", "ChatInputCommand", "ContextMenuCommand", "ThreadStarterMessage"}
_SNOWFLAKE_IN_NAME = re.compile(r"\[(\d{15,21})\]")
_PART_SUFFIX = re.compile(r" \[part (\d+)\]$")
_DATE_RANGE = re.compile(r" \((?:after |before )?\d{4}-\d{2}-\d{2}(?: to \d{4}-\d{2}-\d{2})?\)$")
_DISCRIMINATOR = re.compile(r"#\d{1,4}$")
_DM_GUILD = "Direct Messages"  # DCE's pseudo-guild for DMs and group DMs (id "0")


@dataclass(frozen=True)
class _Conversation:
    id: str
    title: str


def _conversation(channel_id: str | None, title: str) -> _Conversation:
    key = channel_id or f"title:{title}"
    return _Conversation(stable_id(PLATFORM, key), nfc(title))


def _kind(text: str, attachments: tuple[Attachment, ...], system: bool = False) -> Kind:
    if system:
        return Kind.SYSTEM
    return Kind.MEDIA if attachments and not text.strip() else Kind.TEXT


def _url_attachments(cell: str | None, separators: str) -> tuple[Attachment, ...]:
    urls = re.split(f"[{separators}]+", cell or "")
    return tuple(Attachment(file_name(url)) for url in urls if url.strip())


# --- DiscordChatExporter ---------------------------------------------------------------------

_DCE_JSON = re.compile(r'^\s*\{\s*"guild"\s*:\s*\{')
_DCE_CHANNEL = re.compile(r'"channel"\s*:\s*\{')
_DCE_CSV_COLUMNS = ("AuthorID", "Author", "Date", "Content")
# Older DCE versions wrote CSV dates with the culture's short pattern instead of ISO 8601:
# wall-clock readings without a zone. Patterns with AM/PM or dots cannot be misread.
_DCE_CSV_DATES = ("%m/%d/%Y %I:%M %p", "%d-%b-%y %I:%M %p", "%d.%m.%Y %H:%M", "%d/%m/%Y %H:%M")


@dataclass
class _Export:
    """One exported channel: a file, or the ordered partitions of one."""

    kind: str  # "json" or "csv"
    parts: list[tuple[int, Entry]] = field(default_factory=list)

    @property
    def entries(self) -> list[Entry]:
        return [entry for _, entry in sorted(self.parts, key=lambda p: p[0])]


def _is_dce_csv(entry: Entry) -> bool:
    try:
        header = next(csv.reader(entry.head_text().splitlines()[:1]), [])
    except csv.Error:  # a stray carriage return inside the first line
        return False
    return tuple(h.strip() for h in header[: len(_DCE_CSV_COLUMNS)]) == _DCE_CSV_COLUMNS


def _is_dce_json(entry: Entry) -> bool:
    head = entry.head_text()
    return bool(_DCE_JSON.match(head) and _DCE_CHANNEL.search(head))


def _dce_exports(tree: Tree) -> list[_Export]:
    exports: dict[tuple[str, str], _Export] = {}
    for entry in tree.with_suffix(".json", ".csv"):
        kind = "json" if entry.suffix == ".json" else "csv"
        if not (_is_dce_json(entry) if kind == "json" else _is_dce_csv(entry)):
            continue
        stem = PurePosixPath(entry.name).with_suffix("").as_posix()
        part = _PART_SUFFIX.search(stem)
        base = stem[: part.start()] if part else stem
        exports.setdefault((base, kind), _Export(kind)).parts.append((int(part[1]) if part else 1, entry))
    return [exports[key] for key in sorted(exports)]


def _csv_conversation(entry: Entry) -> _Conversation:
    """DCE names files `<guild> - <category> - <channel> [<channel id>]`; the CSV itself
    says nothing about its channel. A direct message is titled by its channel name alone,
    as in DCE JSON."""
    stem = _DATE_RANGE.sub("", _PART_SUFFIX.sub("", PurePosixPath(entry.name).stem))
    channel_id = _SNOWFLAKE_IN_NAME.search(stem)
    title = _SNOWFLAKE_IN_NAME.sub("", stem).strip() or stem
    parts = title.split(" - ", 2)
    if parts[0] == _DM_GUILD and len(parts) == 3:
        title = parts[2]
    return _conversation(channel_id[1] if channel_id else None, title)


def _json_conversation(guild: dict[str, Any], channel: dict[str, Any], entry: Entry) -> _Conversation:
    name = as_str(channel.get("name")) or PurePosixPath(entry.name).stem
    guild_name = as_str(guild.get("name"))
    is_direct = (as_str(channel.get("type")) or "").startswith("Direct") or as_str(guild.get("id")) == "0"
    title = name if is_direct or not guild_name else f"{guild_name} / {name}"
    return _conversation(as_str(channel.get("id")), title)


@dataclass(frozen=True)
class _Author:
    id: str | None
    name: str  # the unique user name: stable across servers, unlike nicknames
    aliases: tuple[str, ...]  # nickname, name#discriminator: also matched against owner names

    def message(
        self,
        conversation: _Conversation,
        position: int,
        raw_time: str | None,
        sent_at: datetime | None,
        text: str,
        kind: Kind,
        attachments: tuple[Attachment, ...],
        ctx: ReadContext,
    ) -> Message:
        return Message(
            platform=PLATFORM,
            conversation_id=conversation.id,
            conversation_title=conversation.title,
            sender=self.name,
            from_owner=ctx.is_owner(self.name, *self.aliases),
            sent_at=sent_at,
            text=nfc(text),
            kind=kind,
            sender_id=self.id,
            attachments=attachments,
            raw_time=raw_time,
            position=position,
        )


def _json_message(raw: dict[str, Any], conversation: _Conversation, position: int, ctx: ReadContext) -> Message:
    author = as_dict(raw.get("author"))
    name = nfc(as_str(author.get("name")) or "Unknown user")
    nickname = as_str(author.get("nickname"))
    discriminator = as_str(author.get("discriminator"))
    aliases = tuple(a for a in (nickname and nfc(nickname), discriminator and f"{name}#{discriminator}") if a)
    attachments = _json_attachments(raw)
    text = as_str(raw.get("content")) or _embed_text(raw.get("embeds"))
    raw_time = as_str(raw.get("timestamp"))
    system = (as_str(raw.get("type")) or "Default") not in _PERSON_KINDS
    return _Author(as_str(author.get("id")), name, aliases).message(
        conversation,
        position,
        raw_time,
        from_iso(raw_time) if raw_time else None,
        text,
        _kind(text, attachments, system),
        attachments,
        ctx,
    )


def _json_attachments(raw: dict[str, Any]) -> tuple[Attachment, ...]:
    files = [a for a in as_list(raw.get("attachments")) if isinstance(a, dict)]
    stickers = [s for s in as_list(raw.get("stickers")) if isinstance(s, dict)]
    return tuple(
        Attachment(as_str(a.get("fileName")) or file_name(as_str(a.get("url")) or ""), as_int(a.get("fileSizeBytes")))
        for a in files
    ) + tuple(Attachment(f"sticker: {as_str(s.get('name')) or 'unnamed'}") for s in stickers)


def _embed_text(embeds: object) -> str:
    """Bots and webhooks may post nothing but embeds: their title and description are the message."""
    parts = [as_str(e.get(k)) for e in as_list(embeds) if isinstance(e, dict) for k in ("title", "description")]
    return "\n".join(p for p in parts if p)


def _csv_message(row: dict[str, str | None], conversation: _Conversation, position: int, ctx: ReadContext) -> Message:
    full_name = nfc(row.get("Author") or "Unknown user")
    name = _DISCRIMINATOR.sub("", full_name) or full_name
    attachments = _url_attachments(row.get("Attachments"), ",")
    text = row.get("Content") or ""
    raw_time = row.get("Date") or None
    return _Author(row.get("AuthorID") or None, name, (full_name,)).message(
        conversation, position, raw_time, _csv_date(raw_time), text, _kind(text, attachments), attachments, ctx
    )


def _csv_date(raw: str | None) -> datetime | None:
    if not raw:
        return None
    if (iso := from_iso(raw)) is not None:
        return iso
    for pattern in _DCE_CSV_DATES:
        try:
            return datetime.strptime(raw.strip(), pattern)
        except ValueError:
            continue
    return None


def _csv_rows(entry: Entry) -> Iterator[dict[str, str | None]]:
    """Rows keyed by header; content keeps its raw newlines (never split on lines)."""
    with entry.open() as raw:
        reader = csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8-sig", newline=""))
        try:
            for row in reader:
                yield {k.strip(): v for k, v in row.items() if isinstance(k, str)}
        except csv.Error:
            raise IngestError(entry.label, "is not valid CSV", f"line {reader.reader.line_num}") from None
        except READ_ERRORS:
            raise IngestError(entry.label, "is not readable UTF-8 CSV", f"line {reader.reader.line_num}") from None


def _header(entry: Entry) -> dict[str, Any]:
    """`guild` and `channel`, which DCE writes before the messages: read no further."""
    header: dict[str, Any] = {}
    with open_json(entry) as stream:
        cursor = JsonCursor(stream)
        for key in cursor.object_members():
            if key == "messages":
                break
            if key in ("guild", "channel"):
                header[key] = cursor.value()
            else:
                cursor.skip()
    return header


def _read_dce_json(entry: Entry, position: int, ctx: ReadContext) -> Iterator[Message]:
    """Messages from one DCE JSON file; `position` continues across partitions."""
    try:
        header = _header(entry)
    except READ_ERRORS:
        raise IngestError(entry.label, "is not valid JSON (damaged or truncated?)", "file header") from None
    conversation = _json_conversation(as_dict(header.get("guild")), as_dict(header.get("channel")), entry)
    count = 0
    try:
        with open_json(entry) as stream:
            for raw in array_items(stream, "messages"):
                if not isinstance(raw, dict):
                    raise IngestError(entry.label, "a message is not a JSON object", f"message {count + 1}")
                yield _json_message(raw, conversation, position + count, ctx)
                count += 1
    except READ_ERRORS:
        raise IngestError(entry.label, "is not valid JSON (damaged or truncated?)", f"after message {count}") from None


def _read_dce_csv(entry: Entry, position: int, ctx: ReadContext) -> Iterator[Message]:
    conversation = _csv_conversation(entry)
    undated = 0
    for count, row in enumerate(_csv_rows(entry)):
        message = _csv_message(row, conversation, position + count, ctx)
        undated += message.sent_at is None and message.raw_time is not None
        yield message
    if undated:
        ctx.warnings.append(f"{entry.label}: {undated} date(s) in a format Guardian does not read; kept without time")


class DiscordChatExporterImporter(Importer):
    format_id = "discord-dce"
    platform = PLATFORM
    label = "Discord (DiscordChatExporter JSON / CSV)"
    gaps = (
        LocalText(
            en="Contains only the channels and dates someone chose to export with DiscordChatExporter; "
            "other conversations are not included.",
            fr="Ne contient que les salons et les dates que quelqu'un a choisi d'exporter avec "
            "DiscordChatExporter ; les autres conversations n'y sont pas.",
        ),
        LocalText(
            en="Pictures and files are listed by name only; what they show is not checked.",
            fr="Les images et fichiers n'apparaissent que par leur nom ; leur contenu n'est pas vérifié.",
        ),
    )
    shardable = True

    def detect(self, tree: Tree) -> str | None:
        kinds = {export.kind for export in _dce_exports(tree)}
        return "+".join(sorted(kinds)) or None

    def read(self, tree: Tree, variant: str, ctx: ReadContext) -> Iterator[Message]:
        for export in _dce_exports(tree):  # an export (one channel, maybe in parts) is a unit: see base.Shard
            if not ctx.takes_unit(*export.entries):
                continue
            reader = _read_dce_json if export.kind == "json" else _read_dce_csv
            position = 0
            for entry in export.entries:
                for message in reader(entry, position, ctx):
                    yield message
                    position = message.position + 1


# --- Discord data package -------------------------------------------------------------------

_PKG_FILE = re.compile(
    r"^(?P<root>(?:.*/)?)messages/(?:(?P<index>index\.json)|c?(?P<id>\d+)/(?P<file>messages\.json|messages\.csv|channel\.json))$",
    re.IGNORECASE,
)
_PKG_USER = re.compile(r"^(?P<root>(?:.*/)?)account/user\.json$", re.IGNORECASE)
_OWNER_FALLBACK = "Discord account owner"


@dataclass
class _Channel:
    id: str
    messages: Entry | None = None
    meta: Entry | None = None  # channel.json


@dataclass
class _Package:
    root: str
    index: Entry | None = None
    user: Entry | None = None
    channels: dict[str, _Channel] = field(default_factory=dict)

    def readable_channels(self) -> list[tuple[_Channel, Entry]]:
        """Channels with a messages file, with that file, in channel id order."""
        return [(c, c.messages) for _, c in sorted(self.channels.items()) if c.messages is not None]


def _packages(tree: Tree) -> list[_Package]:
    packages: dict[str, _Package] = {}
    for entry in tree.entries:
        if match := _PKG_FILE.match(entry.name):
            package = packages.setdefault(match["root"], _Package(match["root"]))
            if match["index"]:
                package.index = entry
                continue
            channel = package.channels.setdefault(match["id"], _Channel(match["id"]))
            if match["file"].lower() == "channel.json":
                channel.meta = entry
            else:
                channel.messages = entry
    for entry in tree.entries:
        if (match := _PKG_USER.match(entry.name)) and match["root"] in packages:
            packages[match["root"]].user = entry
    return [p for _, p in sorted(packages.items()) if _looks_like_package(p)]


def _looks_like_package(package: _Package) -> bool:
    """Path shapes plus the content of one channel's messages file (cheap)."""
    channels = package.readable_channels()
    if not channels or (package.index is None and all(c.meta is None for c, _ in channels)):
        return False
    first = channels[0][1]
    head = first.head_text().lstrip()
    return head.startswith("[") if first.suffix == ".json" else head.startswith("ID,Timestamp")


@dataclass(frozen=True)
class _Owner:
    id: str | None
    names: tuple[str, ...]  # user name first, then the display name

    @property
    def sender(self) -> str:
        return self.names[0] if self.names else _OWNER_FALLBACK


def _owner(package: _Package) -> _Owner:
    user = as_dict(read_small_json(package.user)) if package.user else {}
    names = (as_str(user.get("username")), as_str(user.get("global_name")))
    return _Owner(as_str(user.get("id")), tuple(dict.fromkeys(nfc(n) for n in names if n and n.strip())))


def _package_title(channel: _Channel, index: dict[str, Any]) -> str:
    if label := as_str(index.get(channel.id)):
        return label
    meta = as_dict(read_small_json(channel.meta)) if channel.meta else {}
    name = as_str(meta.get("name"))
    guild = as_str(as_dict(meta.get("guild")).get("name"))
    if name and guild:
        return f"{guild} / {name}"
    return name or f"Discord channel {channel.id}"


def _package_rows(entry: Entry) -> Iterator[dict[str, Any]]:
    if entry.suffix == ".csv":
        yield from _csv_rows(entry)
        return
    count = 0
    try:
        with open_json(entry) as stream:
            for row in array_items(stream):
                if not isinstance(row, dict):
                    raise IngestError(entry.label, "a message is not a JSON object", f"message {count + 1}")
                count += 1
                yield row
    except READ_ERRORS:
        raise IngestError(entry.label, "is not valid JSON (damaged or truncated?)", f"after message {count}") from None


def _time_order(message: Message) -> tuple[bool, datetime, int]:
    """Chronological, undated messages last, file order as the tiebreak."""
    at = message.sent_at
    if at is not None and at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return (at is None, at or datetime.min, message.position)


def _read_channel(channel: _Channel, entry: Entry, title: str, owner: _Owner) -> list[Message]:
    """One channel's messages in time order: the package does not promise any order, so a
    channel is buffered and sorted (the format forces it; channels are read one at a time)."""
    conversation = _conversation(channel.id, title)
    messages = []
    for position, row in enumerate(_package_rows(entry)):
        text = as_str(row.get("Contents")) or ""
        attachments = _url_attachments(as_str(row.get("Attachments")), r"\s,")
        raw_time = as_str(row.get("Timestamp")) or None
        messages.append(
            Message(
                platform=PLATFORM,
                conversation_id=conversation.id,
                conversation_title=conversation.title,
                sender=owner.sender,
                from_owner=True,
                sent_at=from_iso(raw_time) if raw_time else None,
                text=nfc(text),
                kind=_kind(text, attachments),
                sender_id=owner.id,
                attachments=attachments,
                raw_time=raw_time,
                position=position,
            )
        )
    return sorted(messages, key=_time_order)


class DiscordPackageImporter(Importer):
    format_id = "discord-package"
    platform = PLATFORM
    label = "Discord data package (Request my data)"
    marks_owner = True  # every message in the package is the owner's own
    gaps = (
        LocalText(
            en="Contains only the messages the teen sent, never what other people wrote to them.",
            fr="Ne contient que les messages envoyés par l'adolescent, jamais ce que les autres lui ont écrit.",
        ),
        LocalText(
            en="Messages the teen deleted are not included.",
            fr="Les messages que l'adolescent a supprimés n'y figurent pas.",
        ),
    )
    shardable = True

    def detect(self, tree: Tree) -> str | None:
        suffixes = {entry.suffix.lstrip(".") for p in _packages(tree) for _, entry in p.readable_channels()}
        return "+".join(sorted(suffixes)) or None

    def stated_owners(self, tree: Tree, variant: str) -> list[str]:
        names = (name for package in _packages(tree) for name in _owner(package).names)
        return list(dict.fromkeys(names))

    def read(self, tree: Tree, variant: str, ctx: ReadContext) -> Iterator[Message]:
        for package in _packages(tree):
            owner = _owner(package)
            index = as_dict(read_small_json(package.index)) if package.index else {}
            for channel, entry in package.readable_channels():  # a channel is a unit: see base.Shard
                if not ctx.takes_unit(entry):
                    continue
                yield from _read_channel(channel, entry, _package_title(channel, index), owner)


IMPORTERS: tuple[Importer, ...] = (DiscordChatExporterImporter(), DiscordPackageImporter())
