"""WhatsApp "Export chat": one chat per `.txt`, alone or inside the `.zip` sent with media.

Every message starts with a header line, `20/01/19, 11:23 - Name: text` (Android) or
`[20/01/19 11:23:05] Name: text` (iOS); any other line continues the previous message.
The date order (day/month, month/day, year first) depends on the phone's locale and is
written nowhere, so a file is buffered whole and its order inferred from all its dates.
Times are wall-clock with no zone: they stay naive. The export marks no owner."""

from __future__ import annotations

import io
import mimetypes
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import groupby
from pathlib import PurePosixPath, PureWindowsPath
from typing import NamedTuple, TypeVar, cast

from .base import Importer, ReadContext
from .errors import IngestError
from .inputs import HEAD_BYTES, READ_ERRORS, Entry, Tree
from .model import Attachment, Kind, LocalText, Message, stable_id
from .text import nfc

PLATFORM = "whatsapp"
_T = TypeVar("_T")
# Bidi controls WhatsApp (iOS above all) sprinkles around headers, names and its own notices.
_MARKS = "\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_MARK_RUN = re.compile(f"[{_MARKS}]+")
_SP = "[ \u00a0\u202f]"  # recent phones put a (narrow) no-break space before AM/PM
# `[2024-05-04 18:02:11] ` or `[2019-12-24, 12:23] `: written by signal-export, never by WhatsApp.
_SIGNAL_EXPORT = re.compile(r"^\[\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}:\d{2}|, \d{2}:\d{2})\] ")

_HEADER = re.compile(
    rf"""
    [{_MARKS}]*
    (?P<open>\[)?
    (?P<date>(?P<d1>\d{{1,4}})(?P<sep>[./-]){_SP}?(?P<d2>\d{{1,2}})(?P=sep){_SP}?(?P<d3>\d{{1,4}})\.?)
    ,?{_SP}+
    (?:[^\W\d_]{{1,5}}\.?{_SP}+)?                # a word between date and time: 'à', 'um', 'kl.'
    (?P<time>(?P<h>\d{{1,2}})[:.](?P<m>\d{{2}})(?:[:.](?P<s>\d{{2}}))?
        (?:{_SP}?(?P<ampm>[ap])\.?{_SP}?m\.?)?)  # AM, pm, a.m., 'p. m.' (es)
    (?(open)\]{_SP}|{_SP}[-–]{_SP})
    [{_MARKS}]*(?P<body>.*)
    """,
    re.VERBOSE | re.IGNORECASE,
)
# "Name: text", also "Name:." with no space; a colon before a digit or '//' is a time or a
# link inside a system line, not the end of a name. Names with a colon are not supported.
_SENDER = re.compile(rf"(?P<sender>[^:]{{1,80}}?):(?:{_SP}|(?=[^\d/])|$)")
# What a header cut short by truncation leaves on the last line: date and time characters only.
_CUT_HEADER = re.compile(rf"[{_MARKS}]*\[?\d{{1,4}}[./-][\d ,:./\-\[\]apmAPM\u00a0\u202f]*")

_OPEN_QUOTE, _CLOSE_QUOTE = "[\"“«„]\u00a0?", "\u00a0?[\"”»“]"
# System lines that name the group; whole-body matches, so a quoted "a: b" is never a sender.
_GROUP_EVENTS = tuple(
    re.compile(pattern.format(q=_OPEN_QUOTE, e=_CLOSE_QUOTE) + "$")
    for pattern in (
        r".+? created group {q}(?P<name>.+?){e}",
        r".+? changed the (?:subject|group name) (?:from {q}.*?{e} )?to {q}(?P<name>.+?){e}",
        r".+? a créé le groupe {q}(?P<name>.+?){e}",
        r".+? a (?:modifié|changé) (?:le sujet|le nom du groupe) (?:de {q}.*?{e} )?(?:en|pour|à) {q}(?P<name>.+?){e}",
        r".+? hat die Gruppe {q}(?P<name>.+?){e} erstellt",
        r".+? creó el grupo {q}(?P<name>.+?){e}",
    )
)
_QUOTE = re.compile(_OPEN_QUOTE)
# The encryption notice, sometimes written as if the chat's name had sent it.
_E2E_NOTICE = re.compile(
    r"(?:Messages and calls are end-to-end encrypted|Messages (?:you send )?to this group are now secured"
    r"|Les messages et les appels sont chiffrés de bout en bout"
    r"|Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt"
    r"|Los mensajes y las llamadas están cifrados de extremo a extremo)",
    re.IGNORECASE,
)
# iOS attributes group notices to the group and calls to the caller, text flagged with U+200E.
_MARKED_NOTICE = re.compile(
    r"(?:.{1,80} )?(?:created (?:this )?group|added|were added|left|removed|joined using this group's invite link"
    r"|changed (?:the subject|this group's icon|the group description)|a été ajouté|a quitté|a ajouté)\b[^\n]{0,120}"
    r"|Missed (?:group )?(?:voice|video) call|Appel (?:vocal|vidéo) manqué|Your security code with .+ changed",
    re.IGNORECASE,
)

_OMITTED = re.compile(
    r"<(?:Media omitted|Médias omis|Medien ausgeschlossen|Multimedia omitido|Medya dahil edilmedi"
    r"|Mídia oculta|Media omessi|Media weggelaten|Media tidak disertakan)>"
    r"|(?P<what>image|video|audio|sticker|GIF|document|Contact card) omitted",
    re.IGNORECASE,
)
_OMITTED_MIME = {"image": "image/*", "video": "video/*", "audio": "audio/*"}
_ATTACHED = re.compile(
    r"<(?:attached|Anhang|pièce jointe|adjunto|anexado|allegato)\s?:\s?(?P<name>[^<>\n]+?)>"
    r"|(?P<file>[^\n]+?\.\w{1,8}) \((?:file attached|fichier joint|Datei angehängt|archivo adjunto"
    r"|arquivo anexado|file allegato)\)",
    re.IGNORECASE,
)

# Export file names by locale; the iOS zip is "WhatsApp Chat - X.zip" around a bare _chat.txt.
_TITLE_FROM_NAME = re.compile(
    r"(?:WhatsApp Chat with|WhatsApp Chat -|Discussion WhatsApp avec|WhatsApp-Chat mit|Chat de WhatsApp con"
    r"|Conversa do WhatsApp com|Chat WhatsApp con|WhatsApp-chat met)\s+(?P<title>.+?)(?: \(\d+\))?",
    re.IGNORECASE,
)
# What reading a damaged file or zip member raises (zlib and zipfile errors are no OSError).
_READ_ERRORS = (*READ_ERRORS, ValueError)
_DETECT_LINES = 10  # first non-empty lines looked at by detect()
_MIN_HEADERS = 2  # one date-like line is not enough to claim a text file

# A date order names which of the three written components is the day, month and year.
_ORDERS = ("dmy", "mdy", "ymd", "ydm")
# Android en-US writes M/d/yy unpadded; with no date to decide, such a file is month-first.
_US_DATE = re.compile(r"(?:\d/\d{1,2}|\d{1,2}/\d)/\d{2}(?!\d)")


class _Row(NamedTuple):
    """One message as scanned, before the file's date order is known."""

    date: tuple[str, str, str]
    clock: tuple[int, int, int] | None
    raw_time: str
    sender: str | None  # None: a system line with no "Name:" part
    text: str
    marked: bool  # the text began with a bidi mark, as iOS notices and placeholders do


@dataclass
class _Chat:
    """One export file, read whole: its date order is only known once every date was seen."""

    entry: Entry
    rows: list[_Row] = field(default_factory=list)
    error: IngestError | None = None
    truncated: bool = False
    # Dates and names repeat from row to row: each distinct value is kept once (clocks too, by
    # how they are written, which also spares working each one out again).
    _shared: dict[object, object] = field(default_factory=dict, repr=False)
    _clocks: dict[tuple[str | None, ...], tuple[int, int, int] | None] = field(default_factory=dict, repr=False)

    def add(self, header: re.Match[str], more: list[str]) -> None:
        body = header.group("body")
        sender: str | None = None
        text = body
        if _group_name(body) is None and (named := _SENDER.match(body)):
            sender = self._share(_MARK_RUN.sub("", named.group("sender")).strip()) or None
            text = body[named.end():]
        stripped = text.lstrip(_MARKS)
        self.rows.append(_Row(
            date=self._share((header.group("d1"), header.group("d2"), header.group("d3"))),
            clock=self._clock(header),
            raw_time=header.string[header.start("date"):header.end("time")],
            sender=sender,
            text="\n".join([stripped, *more]).rstrip("\n"),
            marked=len(stripped) < len(text),
        ))

    def _share(self, value: _T) -> _T:
        return cast(_T, self._shared.setdefault(value, value))

    def _clock(self, header: re.Match[str]) -> tuple[int, int, int] | None:
        """The header's clock, worked out once for each distinct way it is written."""
        written = header.group("h", "m", "s", "ampm")
        if written not in self._clocks:
            self._clocks[written] = _clock(header)
        return self._clocks[written]


class WhatsAppImporter(Importer):
    format_id = "whatsapp-txt"
    platform = PLATFORM
    label = "WhatsApp chat export (.txt / .zip)"
    gaps = (
        LocalText(
            en="Each export holds a single chat: other chats need their own export.",
            fr="Chaque export ne contient qu'une discussion : les autres doivent être exportées une par une.",
        ),
        LocalText(
            en="WhatsApp limits how many recent messages an export holds (fewer when media is attached): "
            "older messages may be missing.",
            fr="WhatsApp limite le nombre de messages récents exportés (moins encore avec les médias) : "
            "les plus anciens peuvent manquer.",
        ),
        LocalText(
            en="Deleted messages are not included, only a note that they were deleted.",
            fr="Les messages supprimés ne sont pas inclus, seule une mention de leur suppression l'est.",
        ),
        LocalText(
            en="Photos, videos and voice notes are only named, and only when the export was made with media.",
            fr="Photos, vidéos et messages vocaux ne sont que nommés, et seulement si l'export inclut les médias.",
        ),
    )
    marks_owner = False
    shardable = True

    def _chats(self, tree: Tree) -> list[tuple[Entry, str]]:
        return [(entry, style) for entry in tree.with_suffix(".txt") if (style := _header_style(entry))]

    def detect(self, tree: Tree) -> str | None:
        return "+".join(sorted({style for _, style in self._chats(tree)})) or None

    def read(self, tree: Tree, variant: str, ctx: ReadContext) -> Iterator[Message]:
        first_error: IngestError | None = None
        for entry, _ in self._chats(tree):  # a chat file is a unit: see base.Shard
            if not ctx.takes_unit(entry):
                continue
            chat = _scan(entry)
            yield from _messages(chat, tree, ctx)
            first_error = first_error or chat.error
        # The other chats of the tree are still read before a broken one is reported.
        if first_error is not None:
            raise first_error


def _header_style(entry: Entry) -> str | None:
    """'android' or 'ios' when the first non-empty lines are WhatsApp headers."""
    try:
        lines = entry.head_text().split("\n")
    except _READ_ERRORS:
        return None  # a damaged zip member: nothing to claim
    if len(entry.head()) >= HEAD_BYTES:
        lines.pop()  # may be cut mid-line
    sample = [line for line in lines if line.strip()][:_DETECT_LINES]
    first = _HEADER.match(sample[0]) if sample else None
    if first is None or sum(1 for line in sample if _HEADER.match(line)) < _MIN_HEADERS:
        return None
    if _SIGNAL_EXPORT.match(sample[0]):
        return None  # signal-export's shape (signal.py): WhatsApp iOS always writes "date, time:seconds"
    return "ios" if first.group("open") else "android"


def _scan(entry: Entry) -> _Chat:
    chat = _Chat(entry)
    header: re.Match[str] | None = None
    lines: list[str] = []
    line_no, last = 0, "\n"
    try:
        with entry.open() as raw:
            # Universal newlines: CRLF (iOS) and LF alike; U+2028 inside a text is not a line end.
            for last in io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace"):
                line_no += 1
                match = _HEADER.match(last.rstrip("\n"))
                if match is not None:
                    if header is not None:
                        chat.add(header, lines)
                    header, lines = match, []
                elif header is not None:
                    lines.append(last.rstrip("\n"))
    except IngestError as exc:
        chat.error = exc
    except _READ_ERRORS:
        chat.error = IngestError(entry.label, "could not be read to the end (damaged or incomplete file?)",
                                 f"line {line_no + 1}")
    if lines and not last.endswith("\n") and _CUT_HEADER.fullmatch(lines[-1]):
        lines.pop()  # the next header, cut short: nothing of it can be read
        chat.truncated = True
    if header is not None:
        chat.add(header, lines)
    return chat


def _clock(header: re.Match[str]) -> tuple[int, int, int] | None:
    hour, minute, second = int(header.group("h")), int(header.group("m")), int(header.group("s") or 0)
    ampm = (header.group("ampm") or "").lower()
    if ampm and 1 <= hour <= 12:
        hour = hour % 12 + (12 if ampm == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return hour, minute, second


def _to_date(parts: tuple[str, str, str], order: str) -> date | None:
    value = dict(zip(order, parts, strict=True))
    year, month, day = value["y"], value["m"], value["d"]
    if len(year) not in (2, 4) or len(month) > 2 or len(day) > 2:
        return None
    full_year = int(year) + 2000 if len(year) <= 2 else int(year)
    try:
        return date(full_year, int(month), int(day))
    except ValueError:
        return None


def _order_cost(dates: Sequence[tuple[str, str, str]], order: str) -> tuple[int, int, int]:
    """(impossible dates, steps back in time, month changes): the right order has fewest.

    Chats move forward in time, and the day changes far more often than the month."""
    invalid = backward = month_changes = 0
    previous: date | None = None
    for parts in dates:
        day = _to_date(parts, order)
        if day is None:
            invalid += 1
            continue
        if previous is not None:
            backward += day < previous
            month_changes += (day.year, day.month) != (previous.year, previous.month)
        previous = day
    return invalid, backward, month_changes


def _date_order(rows: Sequence[_Row], label: str, ctx: ReadContext) -> str:
    dates = [parts for parts, _ in groupby(row.date for row in rows)]
    month_first = any(_US_DATE.match(row.raw_time) for row in rows[:50])
    preference = ("mdy", "dmy", "ymd", "ydm") if month_first else ("dmy", "mdy", "ymd", "ydm")
    costs = {order: _order_cost(dates, order) for order in _ORDERS}
    best = min(preference, key=lambda order: costs[order])
    rivals = [order for order in preference if order != best and costs[order] == costs[best]]
    if any(_to_date(parts, rival) != _to_date(parts, best) for rival in rivals for parts in dates):
        assumed = "/".join({"d": "day", "m": "month", "y": "year"}[part] for part in best)
        ctx.warnings.append(f"{label}: the dates do not show in which order they are written; assumed {assumed}")
    return best


def _sent_at(day: date | None, clock: tuple[int, int, int] | None) -> datetime | None:
    if day is None or clock is None:
        return None
    return datetime(day.year, day.month, day.day, *clock)


def _title(entry: Entry, tree: Tree, rows: Sequence[_Row]) -> str:
    """The chat's name from the export's file or folder name, else its group name, else its people."""
    path = PurePosixPath(entry.name)
    for name in (path.stem, path.parent.name, PureWindowsPath(tree.label.split("!")[-1]).stem):
        if named := _TITLE_FROM_NAME.fullmatch(name):
            return nfc(named.group("title").strip())
    for row in rows:
        if notice_name := _named_in_notice(row):
            return nfc(notice_name)
    return ", ".join(sorted({nfc(row.sender) for row in rows if row.sender is not None}))


def _named_in_notice(row: _Row) -> str | None:
    """A group name from a system line, or the chat's name when the export (iOS) makes it the
    sender of the encryption notice."""
    if row.sender is not None:
        return row.sender if _E2E_NOTICE.match(row.text) else None
    return _group_name(row.text)


def _group_name(body: str) -> str | None:
    """The name a group event line quotes ('X created group "Name"'), if the line is one."""
    if not _QUOTE.search(body):
        return None  # every group event quotes the name: most lines end here
    for event in _GROUP_EVENTS:
        if group := event.match(body):
            return group.group("name")
    return None


def _attachment(text: str, sizes: dict[str, int]) -> tuple[Attachment | None, bool]:
    """What a placeholder says about a media file, and whether the text is nothing else."""
    omitted = _OMITTED.fullmatch(text)
    if omitted is not None:
        # The export names no file for media it left out.
        return Attachment("", mime=_OMITTED_MIME.get((omitted.group("what") or "").lower())), True
    # Both forms hold "<" or "(": most texts have neither, and the regex costs 0.8 µs to say so.
    attached = _ATTACHED.match(text) if "<" in text or "(" in text else None
    if attached is None:
        return None, False
    name = (attached.group("name") or attached.group("file")).strip()
    return Attachment(name, size=sizes.get(name), mime=mimetypes.guess_type(name)[0]), attached.end() == len(text)


def _kind(row: _Row, only_media: bool) -> Kind:
    if row.sender is None or _E2E_NOTICE.match(row.text):
        return Kind.SYSTEM
    if row.marked and _MARKED_NOTICE.fullmatch(row.text):
        return Kind.SYSTEM
    return Kind.MEDIA if only_media else Kind.TEXT


def _messages(chat: _Chat, tree: Tree, ctx: ReadContext) -> Iterator[Message]:
    if chat.truncated:
        ctx.warnings.append(f"{chat.entry.label}: the file ends in the middle of a line (incomplete copy?)")
    if not chat.rows:
        return
    order = _date_order(chat.rows, chat.entry.label, ctx)
    title = _title(chat.entry, tree, chat.rows)
    conversation_id = stable_id(PLATFORM, title)
    folder = PurePosixPath(chat.entry.name).parent
    sizes = {e.basename: e.size for e in tree.entries if PurePosixPath(e.name).parent == folder}
    days = {parts: _to_date(parts, order) for parts in dict.fromkeys(row.date for row in chat.rows)}  # few
    times = [_sent_at(days[row.date], row.clock) for row in chat.rows]
    # Messages are made one at a time, in time order: only the compact rows are held.
    for position in tree.meter.paced(chat.entry.size, len(chat.rows), _time_order(times)):
        row = chat.rows[position]
        attachment, only_media = _attachment(row.text, sizes)
        sender = nfc(row.sender or "")
        yield Message(
            platform=PLATFORM,
            conversation_id=conversation_id,
            conversation_title=title,
            sender=sender,
            from_owner=row.sender is not None and ctx.is_owner(sender),
            sent_at=times[position],
            text=nfc(row.text),
            kind=_kind(row, only_media),
            attachments=(attachment,) if attachment else (),
            raw_time=row.raw_time,
            position=position,
        )


def _time_order(times: Sequence[datetime | None]) -> list[int]:
    """Positions sorted by time, stable on file order; an undated message keeps the time before it."""
    keys: list[datetime] = []
    current = datetime.min
    for at in times:
        current = at or current
        keys.append(current)
    return sorted(range(len(keys)), key=keys.__getitem__)


IMPORTERS: tuple[Importer, ...] = (WhatsAppImporter(),)
