"""Instagram and Facebook Messenger: Meta's "Download your information" (DYI) exports.

Both write the same JSON thread files, `messages/<folder>/<thread>/message_N.json`: the
2023+ layout puts them under `your_instagram_activity/` or `your_facebook_activity/`, and
every folder (inbox, message_requests, archived_threads, filtered_threads, e2ee_cutover...)
is read. A thread is split over message_1..N, newest first, so each thread is buffered and
put in time order. Meta writes every non-ASCII string as mojibake (UTF-8 bytes as \\u00XX).

The two platforms share one schema, so a thread's platform comes from, in order: the
`your_*_activity/` folder it sits in; the profile file next to its `messages/` folder
(Instagram's `personal_information.json`, Facebook's `profile_information.json`); the
Messenger-only E2EE "secure storage" shape or `thread_type` key; else Instagram, which
teens use far more than Messenger (a loose message_1.json has nothing else to go on).

The HTML flavour is recognised only to ask the parent for the JSON one."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any, ClassVar

from .base import Importer, ReadContext
from .errors import IngestError
from .inputs import Entry, Meter, Tree
from .jsoncursor import JsonCursor
from .jsonio import READ_ERRORS, as_dict, as_list, as_str, file_name, open_json, read_small_json
from .model import Attachment, Kind, LocalText, Message, stable_id
from .text import fix_mojibake, nfc
from .timeparse import from_epoch_ms

INSTAGRAM, MESSENGER = "instagram", "messenger"
CLASSIC, E2EE, HTML = "json", "e2ee-json", "html"

_PART = re.compile(r"^message_(\d+)\.(?:json|html?)$")
_CLASSIC_HEAD = re.compile(r'"sender_name"\s*:')
_THREAD_HEAD = re.compile(r'"(?:participants|messages)"\s*:')
# Secure-storage files use camelCase keys: threadName, senderName.
_E2EE_HEAD = re.compile(r'"threadName"\s*:|"senderName"\s*:[^{}]*"timestamp"\s*:')
_THREAD_TYPE = re.compile(r'"thread_type"\s*:')  # only Messenger threads carry it
_HTML_HEAD = re.compile(r"<html|<!doctype html", re.IGNORECASE)
_ACTIVITY_FOLDERS = {"your_instagram_activity": INSTAGRAM, "your_facebook_activity": MESSENGER}
# The profile file at an export's root: name, the key that opens it, and whose export it is.
_PROFILE_FILES = {
    "personal_information.json": (re.compile(r'"profile_user"\s*:'), INSTAGRAM),
    "profile_information.json": (re.compile(r'"profile(?:_v2)?"\s*:'), MESSENGER),
}
_PROFILE_ROOTS = ("personal_information", "profile_information")
_E2EE_SUFFIX = re.compile(r"_\d+$")  # threadName "Alice Example_15"

# Notices Meta writes as ordinary `content`. Anchored so a person's sentence that merely
# contains the words stays text; case-insensitive because Meta's capitalisation varies.
# The French wordings are our best understanding of the localised exports (unverified).
_NOTICE = re.compile(
    r"^(?:.+ )?(?:reacted|a réagi) .{1,20} (?:to your message|à votre message)\s*$"
    r"|^(?:.+ )?(?:liked a message|a aimé un message)\.?\s*$"
    r"|^(?:.+ )?(?:unsent a message|a annulé l'envoi d'un message|avez annulé l'envoi d'un message)\.?\s*$"
    r"|created a poll: |in the poll\.\s*$|^this poll is no longer available\.|'s poll has multiple updates\.\s*$"
    r"|^(?:you )?missed an? (?:audio |video )?call\b|^(?:appel|appel vidéo|appel audio) manqué",
    re.IGNORECASE,
)
# "Alice sent an attachment." stands for the photo or share the message carries.
_ATTACHMENT_NOTICE = re.compile(r"^(?:.+ )?(?:sent an attachment|a envoyé une pièce jointe)\.\s*$", re.IGNORECASE)
# Searching every message with both regexes above cost 2-6 µs (IGNORECASE leaves `re` no fast scan);
# every text they match holds one of these words, looked for first in a lowered copy. `lower()`
# leaves a few letters IGNORECASE matches to these words' letters: dotless i, long s, and the dot
# that "İ" lowers to ("i" plus U+0307).
NOTICE_WORDS = (
    "react", "réagi", "liked a message", "aimé un message", "unsent a message", "annulé l'envoi", "poll", "missed",
    "manqué", "sent an attachment", "pièce jointe",
)
_NOTICE_WORD = re.compile("|".join(map(re.escape, NOTICE_WORDS)))
_MEDIA_LISTS = ("photos", "videos", "audio_files", "gifs", "files", "media")
_HEADER_KEYS = ("title", "threadName", "thread_path", "participants")  # around the message list


def _shape(entry: Entry) -> str | None:
    if entry.suffix == ".json":
        head = entry.head_text().lstrip()
        if not head.startswith("{"):
            return None
        if _E2EE_HEAD.search(head):
            return E2EE
        # A message_N.json whose first messages lie beyond the head (a huge group's participant
        # list) is still a part of its thread; a file with another name must show a message.
        named = bool(_PART.match(entry.basename))
        return CLASSIC if _THREAD_HEAD.search(head) and (named or _CLASSIC_HEAD.search(head)) else None
    if _PART.match(entry.basename) and _HTML_HEAD.search(entry.head_text()):
        return HTML
    return None


def _root_before(path: str, folders: tuple[str, ...]) -> str | None:
    """The export's root folder: what precedes the first of `folders` in `path`."""
    parts = PurePosixPath(path).parts
    for index, part in enumerate(parts[:-1]):
        if part in folders:
            return "/".join(parts[:index])
    return None


def _profile_platform(entry: Entry) -> str | None:
    known = _PROFILE_FILES.get(entry.basename)
    return known[1] if known and known[0].search(entry.head_text()) else None


def _profile_platforms(tree: Tree) -> dict[str, str]:
    """Export root -> platform, from the profile file each export has at its root."""
    roots: dict[str, str] = {}
    for entry in tree.entries:
        root = _root_before(entry.name, _PROFILE_ROOTS)
        if root is not None and (platform := _profile_platform(entry)):
            roots.setdefault(root, platform)
    return roots


def _platform(entry: Entry, shape: str, profiles: dict[str, str]) -> str:
    for part in PurePosixPath(entry.name).parts:
        if part in _ACTIVITY_FOLDERS:
            return _ACTIVITY_FOLDERS[part]
    root = _root_before(entry.name, ("messages",))
    if root is not None and root in profiles:
        return profiles[root]
    if shape == E2EE or (shape == CLASSIC and _THREAD_TYPE.search(entry.head_text())):
        return MESSENGER
    return INSTAGRAM


@dataclass(frozen=True)
class _Thread:
    key: str  # the folder holding the message_N parts, or the file itself
    parts: tuple[Entry, ...]  # message_1 (the newest) first
    shape: str
    platform: str

    @property
    def native_id(self) -> str:
        """The thread's name without the export's own folders (`inbox/alice_123`), or the file's."""
        folder = PurePosixPath(self.key).parts
        return "/".join(folder[-2:]) if _PART.match(self.parts[0].basename) and folder else self.parts[0].basename


def _part_number(entry: Entry) -> int:
    match = _PART.match(entry.basename)
    return int(match.group(1)) if match else 0


def _threads(tree: Tree) -> list[_Thread]:
    profiles = _profile_platforms(tree)
    grouped: dict[str, list[tuple[Entry, str]]] = {}
    for entry in tree.entries:
        if shape := _shape(entry):
            key = str(PurePosixPath(entry.name).parent) if _PART.match(entry.basename) else entry.name
            grouped.setdefault(key, []).append((entry, shape))
    threads = []
    for key, found in grouped.items():
        found.sort(key=lambda pair: _part_number(pair[0]))
        first, shape = found[0]
        parts = tuple(entry for entry, part_shape in found if part_shape == shape)
        threads.append(_Thread(key, parts, shape, _platform(first, shape, profiles)))
    return threads


@dataclass
class _Header:
    """Thread fields around the message list; Meta writes `title` after the messages."""

    title: str | None = None
    thread_path: str | None = None
    participants: list[str] = field(default_factory=list)

    def take(self, key: str, value: object) -> None:
        """A field of _HEADER_KEYS: a string, or for participants a list of names or {name}s."""
        if key == "participants":
            for item in as_list(value):
                name = item.get("name") if isinstance(item, dict) else item
                if isinstance(name, str):
                    self.participants.append(name)
        elif isinstance(value, str):
            if key == "thread_path":
                self.thread_path = value
            else:  # title, or threadName in secure-storage files
                self.title = value


def _read_part(entry: Entry, header: _Header, raws: list[dict[str, Any]]) -> None:
    """One message_N.json in a single streaming pass: messages many at a time, header on the way."""
    try:
        with open_json(entry) as stream:
            cursor = JsonCursor(stream)
            for key in cursor.object_members():  # not an object: not a thread, nothing in it
                if key == "messages":
                    raws.extend(raw for raw in cursor.items() if type(raw) is dict)
                elif key in _HEADER_KEYS:
                    header.take(key, cursor.value())
                else:
                    cursor.skip()
            cursor.end()
    except READ_ERRORS:
        raise IngestError(entry.label, "is not a readable message file (damaged or incomplete download?)") from None


def _from_e2ee(raw: dict[str, Any]) -> dict[str, Any]:
    """A secure-storage message with the classic export's keys."""
    return {
        "sender_name": raw.get("senderName"),
        "timestamp_ms": raw.get("timestamp"),
        "content": raw.get("text"),
        "reactions": raw.get("reactions"),
        "is_unsent": raw.get("isUnsent"),
        "media": raw.get("media"),
    }


def _timestamp_ms(raw: dict[str, Any]) -> int | float | None:
    value = raw.get("timestamp_ms")
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _time_order(raw: dict[str, Any]) -> tuple[bool, float]:
    ms = _timestamp_ms(raw)
    return (ms is None, ms or 0)


@dataclass(frozen=True)
class _Conversation:
    id: str
    title: str
    fix: Callable[[str], str]  # the mojibake repair, or nothing for clean UTF-8 files


def _conversation(thread: _Thread, header: _Header) -> _Conversation:
    fix: Callable[[str], str] = fix_mojibake if thread.shape == CLASSIC else str  # str: as is
    native = header.thread_path or header.title or thread.native_id
    title = fix(header.title or "")
    if thread.shape == E2EE:
        title = _E2EE_SUFFIX.sub("", title)
    people = dict.fromkeys(fix(p) for p in header.participants)  # every part lists them again
    title = title or ", ".join(people) or PurePosixPath(thread.native_id).stem
    return _Conversation(stable_id(thread.platform, native), nfc(title), fix)


def _attachment(item: object, fix: Callable[[str], str]) -> Attachment:
    uri = as_str(as_dict(item).get("uri"))
    return Attachment((nfc(fix(file_name(uri))) if uri else "") or "attachment")


def _attachments(raw: dict[str, Any], fix: Callable[[str], str]) -> tuple[Attachment, ...]:
    found = [_attachment(item, fix) for key in _MEDIA_LISTS for item in as_list(raw.get(key))]
    if isinstance(raw.get("sticker"), dict):
        found.append(_attachment(raw["sticker"], fix))
    if isinstance(raw.get("share"), dict):
        # A shared post or link is named by its address: there is no file.
        found.append(Attachment(as_str(raw["share"].get("link")) or "share"))
    return tuple(found)


def notice_fold(text: str) -> str:
    """`text` lowered, where IGNORECASE would take each character for a notice word's letter."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    return lowered.replace("ı", "i").replace("ſ", "s").replace("\u0307", "")  # translate(): 3 µs more


def may_be_notice(content: str) -> bool:
    """False when neither notice regex can match `content` (most messages), cheaply."""
    return _NOTICE_WORD.search(notice_fold(content)) is not None


def _kind(raw: dict[str, Any], content: str, attachments: tuple[Attachment, ...]) -> tuple[Kind, str]:
    maybe = may_be_notice(content)
    if "call_duration" in raw or raw.get("is_unsent") is True or (maybe and _NOTICE.search(content)):
        return Kind.SYSTEM, content
    notice = maybe and _ATTACHMENT_NOTICE.search(content) is not None
    if attachments and (notice or not content.strip()):
        return Kind.MEDIA, ""
    if notice or not content.strip():
        return Kind.SYSTEM, content  # nothing a person typed: removed or unsupported content
    return Kind.TEXT, content


def _messages(
    raw: dict[str, Any], conversation: _Conversation, platform: str, position: int, ctx: ReadContext
) -> list[Message]:
    """The message, then one system message per reaction to it (reactions carry no time)."""
    fix = conversation.fix
    ms = _timestamp_ms(raw)
    sent_at = from_epoch_ms(ms) if ms is not None else None
    raw_time = str(raw["timestamp_ms"]) if ms is not None else None
    attachments = _attachments(raw, fix)
    kind, text = _kind(raw, nfc(fix(as_str(raw.get("content")) or "")), attachments)
    people = [(nfc(fix(as_str(raw.get("sender_name")) or "")), kind, text, attachments)]
    for item in as_list(raw.get("reactions")):
        reaction = as_dict(item)
        actor, emoji = (nfc(fix(as_str(reaction.get(key)) or "")) for key in ("actor", "reaction"))
        people.append((actor, Kind.SYSTEM, emoji, ()))
    return [
        Message(
            platform=platform,
            conversation_id=conversation.id,
            conversation_title=conversation.title,
            sender=sender,
            from_owner=ctx.is_owner(sender),
            sent_at=sent_at,
            text=message_text,
            kind=message_kind,
            attachments=message_attachments,
            raw_time=raw_time,
            position=position + offset,
        )
        for offset, (sender, message_kind, message_text, message_attachments) in enumerate(people)
    ]


def _read_thread(thread: _Thread, ctx: ReadContext, meter: Meter) -> Iterator[Message]:
    header = _Header()
    raws: list[dict[str, Any]] = []
    for entry in thread.parts:
        _read_part(entry, header, raws)
    if thread.shape == E2EE:
        raws = [_from_e2ee(raw) for raw in raws]
    else:
        raws.reverse()  # newest first -> oldest first, so equal times keep their true order
    raws.sort(key=_time_order)
    conversation = _conversation(thread, header)
    position = 0
    for raw in meter.paced(sum(part.size for part in thread.parts), len(raws), raws):
        messages = _messages(raw, conversation, thread.platform, position, ctx)
        position += len(messages)
        yield from messages


def _profile_names(data: object) -> list[str]:
    """Owner names in Instagram's `profile_user` or Facebook's `profile_v2` (older: `profile`)."""
    info = as_dict(data)
    names: list[str] = []
    for user in as_list(info.get("profile_user"))[:1]:
        fields = as_dict(as_dict(user).get("string_map_data"))
        # Keys follow the export's language (the French ones are unverified).
        for key in ("Name", "Username", "Nom", "Nom d'utilisateur"):
            names.append(as_str(as_dict(fields.get(key)).get("value")) or "")
    name = as_dict(info.get("profile_v2") or info.get("profile")).get("name")
    names.append(as_str(as_dict(name).get("full_name") if isinstance(name, dict) else name) or "")
    return [nfc(fix_mojibake(n.strip())) for n in names if n.strip()]


class _MetaImporter(Importer):
    """Shared by Instagram and Messenger; each subclass reads the threads of its platform."""

    brand: ClassVar[str]
    shardable = True

    def _threads(self, tree: Tree) -> list[_Thread]:
        return [thread for thread in _threads(tree) if thread.platform == self.platform]

    def detect(self, tree: Tree) -> str | None:
        shapes = {thread.shape for thread in self._threads(tree)}
        return "+".join(sorted(shapes - {HTML})) or (HTML if shapes else None)

    def stated_owners(self, tree: Tree, variant: str) -> list[str]:
        names: list[str] = []
        for entry in tree.entries:
            if _profile_platform(entry) == self.platform:
                names.extend(_profile_names(read_small_json(entry)))
        return list(dict.fromkeys(names))

    def read(self, tree: Tree, variant: str, ctx: ReadContext) -> Iterator[Message]:
        threads = self._threads(tree)
        readable = [thread for thread in threads if thread.shape != HTML]
        if threads and not readable:
            raise IngestError(
                tree.label,
                f"this {self.brand} download is in HTML format, which Guardian cannot read: "
                "request the download again and choose the JSON format",
            )
        for thread in readable:  # a thread (all its message_N.json) is a unit: see base.Shard
            if ctx.takes_unit(*thread.parts):
                yield from _read_thread(thread, ctx, tree.meter)


_NOT_DELETED = LocalText(
    en="Messages deleted or unsent before the download, and disappearing messages, are not included.",
    fr="Les messages supprimés ou retirés avant le téléchargement, et les messages éphémères, n'y figurent pas.",
)
_REACTION_TIMES = LocalText(
    en="Reactions have no time of their own: they are shown at the time of the message they answer.",
    fr="Les réactions n'ont pas d'heure propre : elles sont datées comme le message auquel elles répondent.",
)


class InstagramImporter(_MetaImporter):
    format_id = "instagram-dyi"
    platform = INSTAGRAM
    label = "Instagram (Download your information)"
    brand = "Instagram"
    gaps = (
        _NOT_DELETED,
        LocalText(
            en="Chats protected by end-to-end encryption may be missing from this download.",
            fr="Les discussions protégées par le chiffrement de bout en bout peuvent manquer dans ce téléchargement.",
        ),
        _REACTION_TIMES,
    )


class MessengerImporter(_MetaImporter):
    format_id = "messenger-dyi"
    platform = MESSENGER
    label = "Facebook Messenger (Download your information)"
    brand = "Messenger"
    gaps = (
        _NOT_DELETED,
        LocalText(
            en="Since end-to-end encryption became the default (2023-2024), most Messenger chats are not in the "
            "usual download: also download the secure storage copy (Messenger › Privacy & safety › End-to-end "
            "encrypted chats › Message storage).",
            fr="Depuis que le chiffrement de bout en bout est activé par défaut (2023-2024), la plupart des "
            "discussions Messenger sont absentes du "
            "téléchargement habituel : téléchargez aussi la copie du stockage sécurisé (Messenger › "
            "Confidentialité et sécurité › Discussions chiffrées de bout en bout › Stockage des messages).",
        ),
        _REACTION_TIMES,
    )


IMPORTERS: tuple[Importer, ...] = (InstagramImporter(), MessengerImporter())
