"""SMS Backup & Restore (SyncTech, Android): `sms-*.xml`, `<smses>` of `<sms>` and `<mms>`.

The XML is streamed with iterparse and each message is dropped once read: MMS carry
their pictures as base64 attributes and a backup can weigh gigabytes. Messages come
out in file order (the app writes them by date); grouping them by conversation would
mean holding the whole backup.

The sibling call log (`calls-*.xml`, root `<calls>`) is recognised so it can be
refused with a clear message instead of "unknown format"."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import IO
from xml.etree import ElementTree as ET

from .base import OWNER_SENDER, Importer, ReadContext
from .errors import IngestError
from .inputs import Entry, Tree
from .model import Attachment, Kind, LocalText, Message, stable_id
from .text import nfc
from .timeparse import from_epoch_ms

PLATFORM = "sms"
MESSAGES_ROOT = "smses"
CALLS_ROOT = "calls"

_SMS_OUTGOING = {"2", "4", "5", "6"}  # sent, outbox, failed, queued
_SMS_DRAFT = "3"
_MMS_OUTGOING = {"2", "4"}  # sent, outbox
_MMS_DRAFT = "3"
_MMS_FROM = "137"  # <addr type>: the sender of an MMS
_NOT_MEDIA = {"application/smil", "text/plain"}
_UNKNOWN_CONTACTS = {"", "null", "(unknown)"}

# What may precede the root element: XML declaration, stylesheet PI, comments.
_PROLOG_ITEM = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->)", re.S)
_ROOT_TAG = re.compile(r"\s*<([A-Za-z_][\w.-]*)")
_DTD = re.compile(r"\s*<!DOCTYPE")
_ROOT_AFTER_DTD = re.compile(r"<(smses|calls)[\s/>]")

# Older app versions wrote emoji as surrogate-pair character references (&#55357;&#56832;),
# which expat rejects: they are recombined into one reference before parsing.
_SURROGATE_REF = rb"&#(?:[xX]0*[dD][89a-fA-F][0-9a-fA-F]{2}|0*5[5-7][0-9]{3});"
_SURROGATES = re.compile(b"(" + _SURROGATE_REF + b")(" + _SURROGATE_REF + b")?")
_TRAILING_SURROGATE = re.compile(_SURROGATE_REF + rb"\Z")
_MAX_REF = 16  # longest character reference worth holding back at a chunk boundary
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class _Prolog:
    root: str | None
    has_dtd: bool


def _sniff(head: bytes) -> _Prolog:
    """The root element's name, read from the first bytes without parsing.

    A DTD is never written by the app and is the only way to declare entities
    (billion laughs, external entities): it is spotted here so the file is refused
    before any parser sees it."""
    text = head.decode("utf-8-sig", errors="replace")
    pos = 0
    while item := _PROLOG_ITEM.match(text, pos):
        pos = item.end()
    if _DTD.match(text, pos):
        after = _ROOT_AFTER_DTD.search(text, pos)
        return _Prolog(after.group(1) if after else None, True)
    root = _ROOT_TAG.match(text, pos)
    return _Prolog(root.group(1) if root else None, False)


def _code_point(reference: bytes) -> int:
    body = reference[2:-1]
    return int(body[1:], 16) if body[:1] in (b"x", b"X") else int(body)


def _surrogate_pair(match: re.Match[bytes]) -> bytes:
    high = _code_point(match.group(1))
    low = _code_point(match.group(2)) if match.group(2) else None
    if 0xD800 <= high <= 0xDBFF and low is not None and 0xDC00 <= low <= 0xDFFF:
        return b"&#%d;" % (0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    return b"".join(_lone(ref) for ref in match.groups() if ref)


def _lone(reference: bytes) -> bytes:
    return b"&#xFFFD;" if 0xD800 <= _code_point(reference) <= 0xDFFF else reference


class _SurrogateFixer:
    """A read()-able view of the XML bytes with surrogate-pair references recombined."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self._pending = b""

    def read(self, size: int = -1) -> bytes:
        """About `size` bytes (a reference held back at the boundary may shift it a little)."""
        while chunk := self._raw.read(size if size > 0 else _CHUNK):
            ready, self._pending = self._split(self._pending + chunk)
            if ready:
                return _SURROGATES.sub(_surrogate_pair, ready)
        rest, self._pending = self._pending, b""
        return _SURROGATES.sub(_surrogate_pair, rest)

    @staticmethod
    def _split(buffer: bytes) -> tuple[bytes, bytes]:
        """Hold back a reference that may be cut by the chunk boundary, with its high half."""
        cut = buffer.rfind(b"&", max(0, len(buffer) - _MAX_REF))
        if cut == -1:
            return buffer, b""
        high = _TRAILING_SURROGATE.search(buffer, max(0, cut - _MAX_REF), cut)
        if high:
            cut = high.start()
        return buffer[:cut], buffer[cut:]


def _value(attrs: Mapping[str, str], key: str) -> str | None:
    """An attribute as written, with the app's literal "null" meaning absent."""
    value = attrs.get(key, "")
    return None if value.strip() in ("", "null") else value


def _contact(name: str | None) -> str | None:
    return None if name is None or name.strip().casefold() in _UNKNOWN_CONTACTS else nfc(name.strip())


def normalise_address(address: str) -> str:
    """Phone numbers without their punctuation; e-mail addresses case-folded."""
    address = address.strip()
    if "@" in address:
        return address.casefold()
    return re.sub(r"[\s().\-/]", "", address)


@dataclass(frozen=True)
class _Thread:
    """The conversation a message belongs to: one address, or several for group MMS."""

    addresses: tuple[str, ...]  # normalised, in the file's order
    names: tuple[str | None, ...]  # contact name per address when the app states them

    @classmethod
    def of(cls, attrs: Mapping[str, str]) -> _Thread:
        addresses = tuple(normalise_address(a) for a in (_value(attrs, "address") or "").split("~") if a.strip())
        contact = _value(attrs, "contact_name")
        names: tuple[str | None, ...] = tuple(contact.split(", ")) if contact else ()
        # Group names are joined with ", " in address order; a name that itself holds
        # ", " breaks the pairing, and then names are not attributed.
        if len(names) != len(addresses):
            names = (None,) * len(addresses)
        return cls(addresses, tuple(_contact(n) for n in names))

    @property
    def id(self) -> str:
        # The app does not keep group addresses in a stable order.
        return stable_id(PLATFORM, "~".join(sorted(set(self.addresses))))

    @property
    def title(self) -> str:
        return ", ".join(name or address for address, name in zip(self.addresses, self.names, strict=True)) or "?"

    def name_of(self, address: str | None) -> str:
        """The contact name the backup gives for an address, else the address itself."""
        for known, name in zip(self.addresses, self.names, strict=True):
            if known == address and name:
                return name
        return address or "?"


@dataclass
class _MmsParts:
    """What one <mms> holds, gathered part by part so base64 data is dropped at once."""

    texts: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    sender: str | None = None

    def add_part(self, attrs: Mapping[str, str]) -> None:
        content_type = (_value(attrs, "ct") or "").casefold()
        if content_type == "text/plain":
            if text := _value(attrs, "text"):
                self.texts.append(nfc(text))
        elif content_type not in _NOT_MEDIA:
            name = _value(attrs, "cl") or _value(attrs, "name") or _value(attrs, "fn") or content_type or "?"
            self.attachments.append(
                Attachment(name=nfc(name), size=_base64_size(attrs.get("data")), mime=content_type or None)
            )

    def add_addr(self, attrs: Mapping[str, str]) -> None:
        address = _value(attrs, "address")
        if self.sender is None and address and attrs.get("type") == _MMS_FROM:
            self.sender = normalise_address(address)


def _base64_size(data: str | None) -> int | None:
    """The decoded size of base64 data, computed from its length (the bytes are never kept)."""
    if not data:
        return None
    data = data.strip()
    return max(0, len(data) // 4 * 3 - (len(data) - len(data.rstrip("="))))


@dataclass
class _FileReader:
    """One backup file, turned into messages as its elements close."""

    entry: Entry
    position: int
    mms: _MmsParts | None = None

    def messages(self) -> Iterator[Message]:
        if _sniff(self.entry.head()).has_dtd:
            raise IngestError(
                self.entry.label,
                "contains a document type declaration (DTD), which SMS Backup & Restore never writes; "
                "refused for safety",
            )
        try:
            with self.entry.open() as raw:
                yield from self._parse(raw)
        except ET.ParseError as exc:
            line, _column = exc.position
            raise IngestError(
                self.entry.label, "is not well-formed XML (damaged or cut short?)", f"line {line}"
            ) from None
        except (LookupError, UnicodeError):  # a declared encoding Python does not know or that does not fit
            raise IngestError(self.entry.label, "declares a text encoding it does not use (damaged file?)") from None
        except (OSError, EOFError, zipfile.BadZipFile):
            raise IngestError(self.entry.label, "could not be read to the end (damaged file?)") from None

    def _parse(self, raw: IO[bytes]) -> Iterator[Message]:
        root: ET.Element | None = None
        for event, elem in ET.iterparse(_SurrogateFixer(raw), events=("start", "end")):
            if root is None:
                if elem.tag != MESSAGES_ROOT:
                    raise IngestError(self.entry.label, "is not an SMS Backup & Restore message backup")
                root = elem
            elif event == "start":
                if elem.tag == "mms":
                    self.mms = _MmsParts()
            else:
                if message := self._closed(elem):
                    yield message
                if elem.tag in ("sms", "mms"):
                    root.clear()  # drop what was read; the root would otherwise keep every message

    def _closed(self, elem: ET.Element) -> Message | None:
        if elem.tag == "sms":
            return self._sms(elem.attrib)
        if self.mms is None:
            return None
        if elem.tag == "part":
            self.mms.add_part(elem.attrib)
            elem.clear()
        elif elem.tag == "addr":
            self.mms.add_addr(elem.attrib)
        elif elem.tag == "mms":
            message, self.mms = self._mms(elem.attrib, self.mms), None
            return message
        return None

    def _sms(self, attrs: Mapping[str, str]) -> Message | None:
        kind = attrs.get("type", "")
        if kind == _SMS_DRAFT:
            return None  # never sent: not part of the conversation
        thread = _Thread.of(attrs)
        sender = thread.addresses[0] if thread.addresses else None
        return self._message(attrs, thread, kind in _SMS_OUTGOING, sender, nfc(_value(attrs, "body") or ""), ())

    def _mms(self, attrs: Mapping[str, str], parts: _MmsParts) -> Message | None:
        box = attrs.get("msg_box", "")
        if box == _MMS_DRAFT:
            return None
        thread = _Thread.of(attrs)
        sender = parts.sender or (thread.addresses[0] if thread.addresses else None)
        text = "\n".join(parts.texts)
        return self._message(attrs, thread, box in _MMS_OUTGOING, sender, text, tuple(parts.attachments))

    def _message(
        self,
        attrs: Mapping[str, str],
        thread: _Thread,
        from_owner: bool,
        sender: str | None,
        text: str,
        attachments: tuple[Attachment, ...],
    ) -> Message:
        try:
            sent_at = from_epoch_ms(int(_value(attrs, "date") or ""))
        except ValueError:
            sent_at = None
        position, self.position = self.position, self.position + 1
        return Message(
            platform=PLATFORM,
            conversation_id=thread.id,
            conversation_title=thread.title,
            sender=OWNER_SENDER if from_owner else thread.name_of(sender),
            from_owner=from_owner,
            sent_at=sent_at,
            text=text,
            kind=Kind.MEDIA if attachments and not text else Kind.TEXT,
            sender_id=None if from_owner else sender,
            attachments=attachments,
            raw_time=_value(attrs, "readable_date"),
            position=position,
        )


class SmsBackupRestoreImporter(Importer):
    format_id = "sms-backup-restore"
    platform = PLATFORM
    label = "SMS Backup & Restore (Android)"
    marks_owner = True
    gaps = (
        LocalText(
            en="Holds only the SMS and MMS still on the phone when the backup was made: deleted messages, "
            "drafts and chats in apps (WhatsApp, Snapchat, Instagram…) are not in it.",
            fr="Ne contient que les SMS et MMS encore présents sur le téléphone au moment de la sauvegarde : "
            "les messages effacés, les brouillons et les discussions des applications (WhatsApp, Snapchat, "
            "Instagram…) n'y sont pas.",
        ),
        LocalText(
            en="Pictures and videos sent by MMS are not shown: only their names and sizes are read.",
            fr="Les photos et vidéos envoyées par MMS ne sont pas affichées : seuls leurs noms et tailles sont lus.",
        ),
    )

    def _files(self, tree: Tree) -> list[tuple[Entry, str]]:
        found = []
        for entry in tree.with_suffix(".xml"):
            root = _sniff(entry.head()).root
            if root in (MESSAGES_ROOT, CALLS_ROOT):
                found.append((entry, root))
        return found

    def detect(self, tree: Tree) -> str | None:
        roots = {root for _, root in self._files(tree)}
        if MESSAGES_ROOT in roots:
            return "sms"
        return "calls" if roots else None

    def read(self, tree: Tree, variant: str, ctx: ReadContext) -> Iterator[Message]:
        position = 0
        for entry, root in self._files(tree):
            if root == CALLS_ROOT:
                if variant == "calls":
                    raise IngestError(entry.label, "this is a call log, not messages; export your SMS instead")
                ctx.warnings.append(f"{entry.label}: call log skipped (it holds no messages)")
                continue
            reader = _FileReader(entry, position)
            yield from reader.messages()
            position = reader.position


IMPORTERS: tuple[Importer, ...] = (SmsBackupRestoreImporter(),)
