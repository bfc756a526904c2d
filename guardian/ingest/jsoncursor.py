"""A cursor over a JSON byte stream that walks the structure in Python and parses the large
arrays of objects in it (a chat's messages) many objects at a time, in C.

Why not a token-streaming parser (ijson, which Guardian used before): it yields a Python
tuple for every token, building a message from them costs several microseconds, and it names
every token by its whole path (quadratic on hostile nesting); orjson parses a whole run of
messages at once in a fraction of that. A run is cut where one object ends and the next
starts; a cut that falls inside a string or a nested container cannot parse, since the run
then ends with something still open, so it is never taken for a boundary: the run is cut
again, down to one value parsed alone (by the stdlib parser when orjson refuses it: a lone
surrogate, which JSON allows). Damaged JSON raises ValueError, after every object before the
damage was returned. Integers beyond 64 bits become floats (orjson's way); no field Guardian
reads holds one. Memory is the read buffer plus one run of objects, whatever the file's size."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, Protocol

import orjson

CHUNK = 64 * 1024  # bytes read at a time (what the progress bar can be ahead by)
RUN = 32 * 1024  # bytes of elements parsed at once
_MAX_CUTS = 4  # attempts to cut a run before one element is read alone

_WS = re.compile(rb"[ \t\n\r]*+")
_STRING = re.compile(rb'"(?:[^"\\]++|\\.)*+"')
_SCALAR = re.compile(rb"[-+.0-9eEa-zA-Z]++")  # a number, true, false or null; the parser judges
# Up to the next bracket outside a string (or a string still open at the end of the buffer).
_PLAIN = re.compile(rb'(?:[^"{}\[\]]++|"(?:[^"\\]++|\\.)*+")*+')
_SEPARATOR = re.compile(rb"[ \t\n\r]{0,64},[ \t\n\r]{0,64}\{")  # between two objects in an array
_MAX_SEPARATOR = 130
OBJECT, ARRAY = ord("{"), ord("[")  # what `peek` returns before an object, an array
_OBJECT_END, _ARRAY_END = ord("}"), ord("]")
_OPEN, _QUOTE, _COMMA, _COLON = b"{[", ord('"'), ord(","), ord(":")


def _end(pattern: re.Pattern[bytes], data: bytes, at: int) -> int:
    """Where a pattern that may match nothing stops matching, from `at`."""
    match = pattern.match(data, at)
    return match.end() if match else at


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def loads(data: bytes) -> Any:
    """One JSON text: orjson, or the stdlib parser for what orjson refuses but JSON allows
    (lone surrogates)."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data)


class JsonCursor:
    """Reads one JSON text from `stream` front to back. Positions are absolute byte offsets."""

    def __init__(self, stream: Readable) -> None:
        self._stream = stream
        self._buf = b""
        self._base = 0  # the offset of _buf[0] in the stream
        self._pos = 0  # the cursor, in _buf
        self._eof = False

    # -- the buffer -------------------------------------------------------------------------

    def _more(self) -> bool:
        """Append the next chunk (dropping what lies before the cursor); False at the end.
        Chunks grow with what is held, so one huge value is read in linear time."""
        if self._eof:
            return False
        data = self._stream.read(max(CHUNK, len(self._buf) - self._pos))
        if not data:
            self._eof = True
            return False
        self._base += self._pos
        self._buf = self._buf[self._pos:] + data
        self._pos = 0
        return True

    def _ensure(self, size: int) -> None:
        """At least `size` bytes after the cursor, unless the stream ends first."""
        while len(self._buf) - self._pos < size and self._more():
            pass

    @property
    def taken(self) -> int:
        """Bytes read from the stream so far: up to the cursor, and what it holds beyond."""
        return self._base + len(self._buf)

    def peek(self) -> int | None:
        """The next byte that is not white space (the cursor moves to it), None at the end."""
        while True:
            self._pos = _end(_WS, self._buf, self._pos)
            if self._pos < len(self._buf):
                return self._buf[self._pos]
            if not self._more():
                return None

    def _expect(self, byte: int) -> None:
        if self.peek() != byte:
            raise ValueError(f"expected {chr(byte)!r} at byte {self._base + self._pos}")
        self._pos += 1

    # -- values -----------------------------------------------------------------------------

    def _value_end(self, keep: bool = True) -> int:
        """The offset in _buf just past the value at the cursor (reading more as needed).
        Unless `keep`, the bytes of a container are let go as they are passed (see `skip`)."""
        first = self.peek()
        if first is None:
            raise ValueError("JSON ended where a value was expected")
        if first == _QUOTE:
            while (match := _STRING.match(self._buf, self._pos)) is None:
                if not self._more():
                    raise ValueError("JSON ended inside a string")
            return match.end()
        if first not in _OPEN:
            while (end := _end(_SCALAR, self._buf, self._pos)) == len(self._buf) and self._more():
                pass
            if end == self._pos:
                raise ValueError(f"unexpected byte at {self._base + self._pos}")
            return end
        depth, scan = 0, self._pos  # scan: where the next bracket is looked for
        while True:
            index = _end(_PLAIN, self._buf, scan)
            if index == len(self._buf) or self._buf[index] == _QUOTE:  # the buffer ends, maybe in a string
                if not keep:
                    self._pos = index
                ahead = index - self._pos
                if not self._more():
                    raise ValueError("JSON ended inside a value")
                scan = self._pos + ahead
                continue
            depth += 1 if self._buf[index] in _OPEN else -1
            scan = index + 1
            if depth == 0:
                return scan

    def value(self) -> Any:
        """The whole value at the cursor, parsed (for small values: headers, side fields)."""
        end = self._value_end()
        data, self._pos = self._buf[self._pos:end], end
        return loads(data)

    def skip(self) -> None:
        """Pass the value at the cursor without parsing or holding it (a whole watch history):
        only its brackets and strings are followed, so damage inside it goes unnoticed."""
        self._pos = self._value_end(keep=False)

    def string(self) -> str:
        value = self.value()
        if not isinstance(value, str):
            raise ValueError("expected a string")
        return value

    # -- containers -------------------------------------------------------------------------

    def members(self) -> Iterator[str]:
        """The keys of the object at the cursor; the caller reads or skips each value (`value`,
        `members`, `elements`, `runs`) before asking for the next key."""
        self._expect(OBJECT)
        if self.peek() == _OBJECT_END:
            self._pos += 1
            return
        while True:
            key = self.string()
            self._expect(_COLON)
            yield key
            if self._separator(_OBJECT_END):
                return

    def object_members(self) -> Iterator[str]:
        """`members` when the value at the cursor is an object; otherwise it is skipped and
        there are none (a section of an unexpected shape is passed over, not an error)."""
        if self.peek() != OBJECT:
            self.skip()
            return iter(())
        return self.members()

    def elements(self) -> Iterator[None]:
        """Each element of the array at the cursor, for the caller to read or skip in turn."""
        self._expect(ARRAY)
        if self.peek() == _ARRAY_END:
            self._pos += 1
            return
        while True:
            yield None
            if self._separator(_ARRAY_END):
                return

    def _separator(self, closer: int) -> bool:
        """After a member or an element: True at the container's end, False before the next."""
        byte = self.peek()
        self._pos += 1
        if byte == _COMMA:
            return False
        if byte == closer:
            return True
        raise ValueError(f"expected ',' or {chr(closer)!r} at byte {self._base + self._pos - 1}")

    def end(self) -> None:
        """Only white space may follow the document."""
        if self.peek() is not None:
            raise ValueError(f"unexpected data after the JSON document, at byte {self._base + self._pos}")

    def items(self) -> Iterator[Any]:
        """The elements of the array at the cursor, one at a time (parsed a run at a time);
        any other value is skipped and has none."""
        if self.peek() != ARRAY:
            self.skip()
            return
        for run in self.runs():
            yield from run

    def array(self) -> list[Any]:
        """The whole array at the cursor (never held as bytes first); [] for any other value."""
        return list(self.items())

    def runs(self) -> Iterator[list[Any]]:
        """The elements of the array at the cursor, a run of many at a time (never an empty run).

        A run is cut at the bytes that separated the previous two elements (`}`, the comma and
        the white space, then `{`): in pretty-printed JSON that indentation belongs to this
        array's depth alone, and strings cannot hold a line break."""
        boundary: bytes | None = None
        for _ in self.elements():
            if boundary is None:
                yield [self.value()]
            else:
                yield self._run(boundary)
            boundary = self._boundary()

    def _boundary(self) -> bytes | None:
        """The separator after the element just read, when it and the next are objects."""
        if self._buf[self._pos - 1] != _OBJECT_END:
            return None
        self._ensure(_MAX_SEPARATOR)
        match = _SEPARATOR.match(self._buf, self._pos)
        return b"}" + match.group() if match else None

    def _run(self, boundary: bytes) -> list[Any]:
        """Elements from the cursor to the last `boundary` within RUN bytes, leaving the cursor
        after the last one. A run that does not parse (it ran past the array's end, into damage,
        or into a value only the stdlib parser takes) is cut again before where parsing failed;
        with no boundary before it, one element is read alone (and damage raises there)."""
        self._ensure(RUN)
        start = self._pos
        end = start + RUN
        for _ in range(_MAX_CUTS):  # a text full of the boundary's bytes must not cost a parse each
            if (cut := self._buf.rfind(boundary, start, end)) < 0:
                break
            try:
                run: list[Any] = orjson.loads(b"[" + self._buf[start:cut + 1] + b"]")
            except orjson.JSONDecodeError as error:  # its pos counts characters, never more than bytes
                end = min(cut, start + error.pos)
                continue
            self._pos = cut + 1
            return run
        return [self.value()]


def array_items(stream: Readable, key: str | None = None) -> Iterator[Any]:
    """The elements of the array that is the whole document (`key` None) or the value of the
    root object's `key` (the other members skipped); nothing when there is no such array."""
    cursor = JsonCursor(stream)
    if key is None:
        yield from cursor.items()
    else:
        for member in cursor.object_members():
            if member == key:
                yield from cursor.items()
            else:
                cursor.skip()
    cursor.end()
