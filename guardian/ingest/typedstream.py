"""The text of an iMessage `attributedBody`: an NSArchiver "typedstream" of an NSAttributedString.

Since macOS Ventura `message.text` is often NULL and the body only lives here. The
stream is self-describing: shared strings (class names, type encodings) and objects
are written once after a NEW tag and referred to by index afterwards. An archived
NSAttributedString starts with its NSString, whose UTF-8 bytes come right after the
`+` type encoding, so reading that prefix correctly is enough: the attribute runs
that follow are never needed and never parsed.

Unlike the common "find `NSString`, skip to `+`" shortcut, this follows the stream's
own structure, so a declared length that overruns the blob is an error, not a read
into the bytes that follow."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

_SIGNATURE = b"streamtyped"  # little-endian streams; b"typedstream" would be big-endian
_VERSION = 4

# Tags (signed bytes in Apple's encoder); byte values from 0x92 up are references.
_INT16 = 0x81
_INT32 = 0x82
_NEW = 0x84
_NIL = 0x85
_END = 0x86
_REFERENCE_BASE = -110  # 0x92 as a signed byte: reference number 0
_MAX_CLASS_DEPTH = 16  # real hierarchies are 3 or 4 deep; a crafted blob could nest without end

_ATTRIBUTED = {b"NSAttributedString", b"NSMutableAttributedString"}
_STRING = {b"NSString", b"NSMutableString"}


class TypedStreamError(ValueError):
    """The blob is not an archived attributed string we can read. Never carries its content."""


@dataclass
class _Reader:
    data: bytes
    pos: int = 0
    strings: list[bytes] = field(default_factory=list)  # shared strings, by reference number
    classes: dict[int, tuple[bytes, ...]] = field(default_factory=dict)  # object number -> class chain
    objects: int = 0  # objects and classes share one numbering

    def take(self, count: int) -> bytes:
        if count < 0 or self.pos + count > len(self.data):
            raise TypedStreamError(f"data ends early (needs {count} bytes at offset {self.pos})")
        chunk = self.data[self.pos : self.pos + count]
        self.pos += count
        return chunk

    def byte(self) -> int:
        return self.take(1)[0]

    def integer(self, first: int | None = None) -> int:
        """A signed integer: one byte, or a tag announcing 2 or 4 little-endian bytes."""
        tag = self.byte() if first is None else first
        if tag == _INT16:
            return int(struct.unpack("<h", self.take(2))[0])
        if tag == _INT32:
            return int(struct.unpack("<i", self.take(4))[0])
        return tag - 256 if tag >= 128 else tag

    def length(self) -> int:
        value = self.integer()
        # Lengths are unsigned; a 16-bit one above 32767 reads back negative.
        return value + 0x10000 if -0x8000 <= value < 0 else value

    def reference(self, tag: int) -> int:
        return self.integer(tag) - _REFERENCE_BASE

    def shared_string(self) -> bytes | None:
        tag = self.byte()
        if tag == _NIL:
            return None
        if tag == _NEW:
            value = self.take(self.length())
            self.strings.append(value)
            return value
        number = self.reference(tag)
        if not 0 <= number < len(self.strings):
            raise TypedStreamError(f"unknown string reference at offset {self.pos}")
        return self.strings[number]

    def class_chain(self, depth: int = 0) -> tuple[bytes, ...]:
        """A class and its superclasses, most derived first."""
        if depth > _MAX_CLASS_DEPTH:
            raise TypedStreamError("class hierarchy too deep")
        tag = self.byte()
        if tag == _NIL:
            return ()
        if tag != _NEW:
            number = self.reference(tag)
            if number not in self.classes:
                raise TypedStreamError(f"unknown class reference at offset {self.pos}")
            return self.classes[number]
        name = self.shared_string()
        if name is None:
            raise TypedStreamError(f"class without a name at offset {self.pos}")
        self.integer()  # class version: no bearing on the string
        number = self._number()
        chain = (name, *self.class_chain(depth + 1))
        self.classes[number] = chain
        return chain

    def new_object(self, expected: set[bytes]) -> None:
        """A NEW object whose class (or a superclass) is one of `expected`."""
        if self.byte() != _NEW:
            raise TypedStreamError(f"expected a new object at offset {self.pos - 1}")
        self._number()
        if not expected.intersection(self.class_chain()):
            raise TypedStreamError("not an archived attributed string")

    def expect_type(self, encoding: bytes) -> None:
        if self.shared_string() != encoding:
            raise TypedStreamError(f"unexpected type encoding at offset {self.pos}")

    def _number(self) -> int:
        number = self.objects
        self.objects += 1
        return number


def attributed_body_text(blob: bytes) -> str:
    """The plain text of an archived NS(Mutable)AttributedString, exactly as stored.

    Attachments appear as U+FFFC (object replacement) characters, as in Messages.
    Raises TypedStreamError for anything else or for a damaged blob."""
    reader = _Reader(blob)
    if reader.integer() != _VERSION or reader.take(reader.length()) != _SIGNATURE:
        raise TypedStreamError("not a little-endian typedstream")
    reader.integer()  # system version, e.g. 1000
    reader.expect_type(b"@")
    reader.new_object(_ATTRIBUTED)
    # NSAttributedString's first archived value is its string.
    reader.expect_type(b"@")
    reader.new_object(_STRING)
    reader.expect_type(b"+")
    raw = reader.take(reader.length())
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise TypedStreamError("string is not valid UTF-8") from None
