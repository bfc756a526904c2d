"""Text repair shared by importers: BOMs, Meta's mojibake, NFC."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from .errors import IngestError
from .inputs import READ_ERRORS, Entry


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fix_mojibake(text: str) -> str:
    """Undo Meta's DYI encoding: UTF-8 bytes written as one \\u00XX escape per byte.

    Only strings made solely of code points < 256 can be mojibake; a string that does
    not decode as UTF-8 after the round trip was genuine Latin-1 text and is kept."""
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def decode_bytes(data: bytes) -> str:
    """Decode a text file: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def text_lines(entry: Entry) -> Iterator[tuple[int, str]]:
    """(line number, line) of a UTF-8 text entry, streamed; a BOM is dropped. Broken bytes or
    a damaged archive member become an IngestError naming the line."""
    line_no = 0
    try:
        with entry.open() as raw:
            for line_no, data in enumerate(raw, start=1):
                yield line_no, data.decode("utf-8-sig" if line_no == 1 else "utf-8")
    except UnicodeDecodeError:
        raise IngestError(entry.label, "is not valid UTF-8 text", f"line {line_no}") from None
    except READ_ERRORS:
        reason = "cannot be read (damaged or incomplete download?)"
        raise IngestError(entry.label, reason, f"line {line_no + 1}") from None
