"""TikTok "Download your data", in its JSON and TXT flavours (formats.md §1).

Both flavours hold the same direct messages: conversations named only by a
`Chat History with <user>:` key, each a list of Date/From/Content records where `From`
is a handle for both sides and `Date` is a wall-clock string with no zone. Neither says
which side is the teen: the profile's user name does. TikTok promises no order inside a
conversation, so each one is buffered and sorted by time.

The JSON file also holds the whole watch history and can be hundreds of MB: it is
streamed (see jsoncursor) and only the arrays under the DM root are ever built."""

from __future__ import annotations

import itertools
import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import PurePosixPath

from .base import Importer, ReadContext
from .errors import IngestError
from .inputs import Entry, Tree
from .jsoncursor import ARRAY, OBJECT, JsonCursor
from .jsonio import LOOKUP_ERRORS, READ_ERRORS, JsonStream, open_json
from .model import Kind, LocalText, Message, stable_id
from .text import nfc, text_lines
from .timeparse import wall_clock

PLATFORM = "tiktok"

GAPS = (
    LocalText(
        en="Photos, voice notes and stickers sent in messages are not included: only text, and links to shared videos.",
        fr="Les photos, messages vocaux et autocollants envoyés ne sont pas inclus : seulement le texte, "
        "et les liens des vidéos partagées.",
    ),
    LocalText(
        en="Deleted messages are not included.",
        fr="Les messages supprimés ne sont pas inclus.",
    ),
)

# Record keys, case-folded, mapped to what they mean. English is the shape seen in
# exports; the Dutch spellings are assumed (Dutch TXT exports localise other files'
# keys, e.g. `Datum`).
_FIELDS = {
    "date": "date",
    "datum": "date",
    "from": "from",
    "van": "from",
    "content": "content",
    "inhoud": "content",
}
_CHAT_PREFIX = "chat history with "
_WALL_CLOCK = "%Y-%m-%d %H:%M:%S"
_EXACT_WALL_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", re.ASCII)


@dataclass(frozen=True, slots=True)
class _Record:
    """One direct message as the export writes it."""

    sender: str
    content: str
    raw_time: str | None
    position: int


def _head_text(entry: Entry) -> str:
    """The first bytes for sniffing; an unreadable file is simply not ours (reading would report it)."""
    try:
        return entry.head_text()
    except (OSError, EOFError, zipfile.BadZipFile):
        return ""


def _as_text(value: object) -> str:
    return "" if value is None else str(value)


def _record(fields: Mapping[str, object], position: int) -> _Record | None:
    """The message in a record keyed by any spelling of Date/From/Content, if it holds one."""
    known = {_FIELDS[k.strip().casefold()]: v for k, v in fields.items() if k.strip().casefold() in _FIELDS}
    if "from" not in known and "content" not in known:
        return None
    raw_time = known.get("date")
    return _Record(
        _as_text(known.get("from")),
        _as_text(known.get("content")),
        raw_time if isinstance(raw_time, str) else None,
        position,
    )


def _title(key: str) -> str:
    """`Chat History with some.friend:` -> `some.friend`; other section keys lose their colon."""
    title = key.strip()
    if title.casefold().startswith(_CHAT_PREFIX):
        title = title[len(_CHAT_PREFIX) :]
    return nfc(title.rstrip(":").strip() or key)


def _parse_time(raw: str | None) -> datetime | None:
    """`YYYY-MM-DD HH:MM:SS` stays naive wall-clock; a ` UTC` suffix makes it an instant."""
    if raw is None:
        return None
    text = raw.strip()
    utc = text.upper().endswith(" UTC")
    if utc:
        text = text[:-4].rstrip()
    try:
        # The shape exports write, parsed in C (strptime is the importer's slowest step); strptime
        # for the looser spellings its format also accepts (single-digit fields).
        exact = _EXACT_WALL_CLOCK.fullmatch(text)
        at = datetime.fromisoformat(text) if exact else datetime.strptime(text, _WALL_CLOCK)
    except ValueError:
        return None
    return at.replace(tzinfo=UTC) if utc else at


def _time_order(item: tuple[datetime | None, _Record]) -> tuple[bool, datetime]:
    sent_at = item[0]
    # Wall-clock readings: an export never mixes naive and UTC dates, but sorting must not crash if one did.
    return sent_at is None, wall_clock(sent_at) if sent_at else datetime.min


def _conversation(title: str, records: Iterable[_Record], ctx: ReadContext) -> Iterator[Message]:
    """One conversation's messages in time order; undated ones last, file order breaking ties."""
    conversation_id = stable_id(PLATFORM, title)
    timed = sorted(((_parse_time(record.raw_time), record) for record in records), key=_time_order)
    for sent_at, record in timed:
        sender = nfc(record.sender)
        yield Message(
            platform=PLATFORM,
            conversation_id=conversation_id,
            conversation_title=title,
            sender=sender,
            from_owner=ctx.is_owner(sender),
            sent_at=sent_at,
            text=nfc(record.content),
            kind=Kind.TEXT,
            raw_time=record.raw_time,
            position=record.position,
        )


# --- JSON flavour -------------------------------------------------------------------

_DM_ROOTS = frozenset({"Direct Message", "Direct Messages"})  # newer, older
_PROFILE_ROOTS = ("Profile", "Profile And Settings")
_PROFILE_INFO = frozenset({"Profile Info", "Profile Information"})
# What only TikTok writes near the top of the file (section keys, its share-link domain);
# the DM root itself may sit far beyond the first bytes, after the watch history.
_JSON_SIGNATURE = re.compile(
    r'"(?:Direct Messages?|ChatHistory|ProfileMap|Ads and data|Your Activity|Profile And Settings|Tiktok Live'
    r'|TikTok Shop|Video Browsing History|ItemFavoriteList|FavoriteEffectsList|FavoriteVideoList|FansList'
    r'|LoginHistoryList)"\s*:|tiktokv\.com/share/'
)


def _is_tiktok_json(entry: Entry) -> bool:
    head = _head_text(entry).lstrip()
    return head.startswith("{") and _JSON_SIGNATURE.search(head) is not None


def _offset(stream: JsonStream) -> str | None:
    try:
        return f"within the first {stream.tell()} bytes"
    except (OSError, ValueError):
        return None


def _keyed_arrays(
    cursor: JsonCursor, ctx: ReadContext, key: str | None = None
) -> Iterator[tuple[str, list[object] | int]]:
    """Every array inside the value at the cursor, with the key holding it.

    Sections under the DM root are not all known (group chats, newer renames), so any
    `{name: [records]}` at any depth is a candidate conversation, and a unit (see base.Shard):
    one another reader takes is skipped, given as the number of objects it holds."""
    first = cursor.peek()
    if first == OBJECT:
        for member in cursor.members():
            yield from _keyed_arrays(cursor, ctx, member)
    elif first == ARRAY and key is not None:
        items = cursor.items()
        if ctx.takes_unit():
            yield key, list(items)
        else:
            yield key, sum(type(item) is dict for item in items)
    else:
        cursor.skip()  # a scalar (often null), or an array that no key names


def _json_conversations(stream: JsonStream, ctx: ReadContext) -> Iterator[tuple[str, list[_Record], int]]:
    """Each conversation's title, records, and how many bytes of the file it took."""
    cursor = JsonCursor(stream)
    position = 0  # of the object in the file: every reader numbers them alike
    for root in cursor.members():
        if root not in _DM_ROOTS:
            cursor.skip()  # the watch history and the rest: hundreds of MB never parsed
            continue
        taken = cursor.taken
        for key, array in _keyed_arrays(cursor, ctx):
            size, taken = cursor.taken - taken, cursor.taken  # the bytes read for this conversation
            if isinstance(array, int):
                position += array
                continue
            records = []
            for item in array:
                if isinstance(item, dict):
                    if (record := _record(item, position)) is not None:
                        records.append(record)
                    position += 1
            if records:
                yield _title(key), records, size
    cursor.end()


def _json_owner(entry: Entry) -> str | None:
    """`Profile → Profile Info → ProfileMap → userName` (or under the older root), wherever it
    sits: the profile may come after the messages. Only the small profile sections are built."""
    found: dict[str, str] = {}
    try:
        with open_json(entry) as stream:
            cursor = JsonCursor(stream)
            for root in cursor.object_members():
                if root not in _PROFILE_ROOTS or root in found:
                    cursor.skip()
                    continue
                for key in cursor.object_members():
                    if key not in _PROFILE_INFO:
                        cursor.skip()
                    elif (name := _profile_name(key, cursor.value())) and root not in found:
                        found[root] = name
                if root == _PROFILE_ROOTS[0] and root in found:
                    break  # the newer root wins: no need to read on
    except LOOKUP_ERRORS:
        pass  # reading the messages reports a broken file
    return next((found[root] for root in _PROFILE_ROOTS if root in found), None)


def _profile_name(key: str, section: object) -> str | None:
    if key not in _PROFILE_INFO or not isinstance(section, dict):
        return None
    profile = section.get("ProfileMap")
    name = profile.get("userName") if isinstance(profile, dict) else None
    return name.strip() if isinstance(name, str) and name.strip() else None


class TikTokJsonImporter(Importer):
    format_id = "tiktok-json"
    platform = PLATFORM
    label = "TikTok data download (JSON)"
    gaps = GAPS
    shardable = True

    def _files(self, tree: Tree) -> list[Entry]:
        return [entry for entry in tree.with_suffix(".json") if _is_tiktok_json(entry)]

    def detect(self, tree: Tree) -> str | None:
        return "json" if self._files(tree) else None

    def stated_owners(self, tree: Tree, variant: str) -> list[str]:
        return [name for entry in self._files(tree) if (name := _json_owner(entry))]

    def read(self, tree: Tree, variant: str, ctx: ReadContext) -> Iterator[Message]:
        for entry in self._files(tree):
            with open_json(entry) as stream:
                try:
                    for title, records, size in _json_conversations(stream, ctx):
                        yield from tree.meter.paced(size, len(records), _conversation(title, records, ctx))
                except READ_ERRORS:
                    raise IngestError(
                        entry.label, "is not valid JSON (truncated or damaged download?)", _offset(stream)
                    ) from None


# --- TXT flavour --------------------------------------------------------------------

_FIELD_LINE = re.compile(r"^\s*([^:]{1,40}):[ \t]?(.*)$")
_PROFILE_NAME_KEYS = frozenset({"username", "user name", "gebruikersnaam"})


def _field(line: str) -> tuple[str, str] | None:
    """(key, value) of a `Key: value` line, the key case-folded and stripped."""
    match = _FIELD_LINE.match(line)
    return (match.group(1).strip().casefold(), match.group(2)) if match else None


def _message_field(line: str) -> tuple[str, str] | None:
    """(Date|From|Content meaning, value) if the line is one of those fields."""
    field = _field(line)
    if field is None or field[0] not in _FIELDS:
        return None
    return _FIELDS[field[0]], field[1]


def _is_header(line: str, at_boundary: bool) -> bool:
    """`Chat History with <user>:`; any `Title:` line opening a block counts too, since
    localised exports translate the header."""
    text = line.strip()
    return text.casefold().startswith(_CHAT_PREFIX) or (at_boundary and text.endswith(":"))


def _txt_conversations(lines: Iterable[str], title: str) -> Iterator[tuple[str, list[_Record]]]:
    """Date/From/Content blocks grouped under their headers, read leniently: unknown lines
    and empty-section markers are skipped, and a Content value runs on over the following
    lines until a blank line or another field."""
    positions = itertools.count()
    records: list[_Record] = []
    block: dict[str, str] = {}
    at_boundary = True

    def close_block() -> None:
        if block and (record := _record(block, next(positions))) is not None:
            records.append(record)
        block.clear()

    for raw in lines:
        line = raw.rstrip("\r\n")
        field = _message_field(line)
        if not line.strip():
            close_block()
            at_boundary = True
            continue
        if field is not None:
            if field[0] in block:  # a new record not separated by a blank line
                close_block()
            block[field[0]] = field[1].strip()
        elif _is_header(line, at_boundary):
            close_block()
            if records:
                yield title, records.copy()
                records.clear()
            title = _title(line)
        elif "content" in block:
            block["content"] += "\n" + line
        at_boundary = False
    close_block()
    if records:
        yield title, records


def _is_dm_txt(entry: Entry) -> bool:
    """The first bytes hold a dated message record."""
    conversations = _txt_conversations(_head_text(entry).splitlines(), "")
    return any(_parse_time(r.raw_time) for _, records in conversations for r in records)


def _txt_owner(tree: Tree) -> str | None:
    """`Username: …` in the profile file (`Profile Info.txt`, Dutch `Profielinformatie.txt`)."""
    for entry in tree.with_suffix(".txt"):
        if "profi" not in entry.basename.casefold():
            continue
        for line in _head_text(entry).splitlines():
            field = _field(line)
            if field and field[0] in _PROFILE_NAME_KEYS and field[1].strip():
                return field[1].strip()
    return None


class TikTokTxtImporter(Importer):
    format_id = "tiktok-txt"
    platform = PLATFORM
    label = "TikTok data download (TXT)"
    gaps = GAPS

    def _files(self, tree: Tree) -> list[Entry]:
        return [entry for entry in tree.with_suffix(".txt") if _is_dm_txt(entry)]

    def detect(self, tree: Tree) -> str | None:
        return "txt" if self._files(tree) else None

    def stated_owners(self, tree: Tree, variant: str) -> list[str]:
        owner = _txt_owner(tree)
        return [owner] if owner else []

    def read(self, tree: Tree, variant: str, ctx: ReadContext) -> Iterator[Message]:
        for entry in self._files(tree):
            default_title = nfc(PurePosixPath(entry.name).stem)
            lines = (line for _, line in text_lines(entry))
            for title, records in _txt_conversations(lines, default_title):
                yield from _conversation(title, records, ctx)


IMPORTERS: tuple[Importer, ...] = (TikTokJsonImporter(), TikTokTxtImporter())
