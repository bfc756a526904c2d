"""Text repair shared by importers: BOMs, Meta's mojibake, NFC."""

from __future__ import annotations

import unicodedata


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
