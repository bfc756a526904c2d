"""JSON helpers shared by the importers: BOM-free streams for the JSON cursor (jsoncursor.py),
small side files read whole, and defensive field access."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import PurePosixPath
from typing import IO, Any

from . import inputs
from .errors import IngestError
from .inputs import Entry

# What a damaged, truncated or hostile JSON file can make the readers raise, on top of what
# reading any damaged file or zip member can (inputs.READ_ERRORS); converted to IngestError.
# (orjson's and the stdlib's JSONDecodeError are ValueErrors.)
READ_ERRORS: tuple[type[Exception], ...] = (*inputs.READ_ERRORS, UnicodeDecodeError, ValueError, TypeError)
# What a look for something optional (the owner's name) passes over: the main read reports it.
LOOKUP_ERRORS: tuple[type[Exception], ...] = (*READ_ERRORS, IngestError)
_BOM = b"\xef\xbb\xbf"
SMALL_JSON_BYTES = 64 * 1024**2  # side files (index.json, user.json) are read whole below this


class JsonStream:
    """A JSON file's bytes as open_json gives them: without the UTF-8 BOM some exporters write
    (a JSON text may not start with one)."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        start = raw.read(len(_BOM))
        self._pending = b"" if start == _BOM else start

    def read(self, size: int = -1) -> bytes:
        if self._pending:
            data, self._pending = self._pending, b""
            return data
        return self._raw.read(size)

    def tell(self) -> int:
        """The offset in the file (a BOM included), for an error message."""
        return self._raw.tell() - len(self._pending)


@contextmanager
def open_json(entry: Entry, metered: bool = True) -> Iterator[JsonStream]:
    with entry.open(metered) as raw:
        yield JsonStream(raw)


def read_small_json(entry: Entry) -> Any:
    """A side file read whole; None when absent, too large or unreadable (it is optional)."""
    if entry.size > SMALL_JSON_BYTES:
        return None
    try:
        with entry.open() as stream:
            return json.loads(stream.read().decode("utf-8-sig"))
    except READ_ERRORS:
        return None
    except IngestError:  # the zip member cannot be opened
        return None


def as_dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def as_list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def as_str(value: object) -> str | None:
    """A string field, or an id written as a number; anything else is absent."""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def as_int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


_PERCENT = re.compile(rb"%([0-9A-Fa-f]{2})")


def file_name(path_or_url: str) -> str:
    """The file name at the end of a local path or a CDN URL (query string and fragment dropped,
    %-escapes decoded). String work only: no URL library, Guardian never goes online."""
    path = path_or_url.split("#", 1)[0].split("?", 1)[0] if "://" in path_or_url else path_or_url
    name = PurePosixPath(path.replace("\\", "/")).name
    raw = _PERCENT.sub(lambda m: bytes([int(m.group(1), 16)]), name.encode("utf-8"))
    return raw.decode("utf-8", errors="replace")
