"""Virtual file trees over what a parent hands us: a file, a folder or a zip.

Zip members are streamed, never extracted to disk: a scratch copy of a child's chats
would be one more plaintext file to leak. Limits guard against zip bombs, path
traversal, links and deep nesting.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path, PurePosixPath
from typing import IO, Any, TypeVar

from .errors import IngestError

MAX_TOTAL_BYTES = 64 * 1024**3  # uncompressed size of one archive
MAX_RATIO = 200  # uncompressed / compressed, for members above RATIO_MIN_BYTES
RATIO_MIN_BYTES = 16 * 1024**2
MAX_MEMBERS = 500_000
MAX_ZIP_DEPTH = 2  # a zip inside a zip is read; deeper is refused
HEAD_BYTES = 8192
# What reading a damaged file or zip member can raise, besides our own IngestError.
READ_ERRORS = (OSError, EOFError, zipfile.BadZipFile, zlib.error, RuntimeError, NotImplementedError)
_CHUNK = 1024 * 1024
ENTRY_BUFFER = 256 * 1024  # read buffer of entry streams
_T = TypeVar("_T")


@dataclass
class Meter:
    """Bytes the importers read from an input's files, for a progress bar: uncompressed bytes,
    so seeks inside an archive do not count; a file read twice counts twice (clamp). What the
    read buffers of open streams hold is not read yet: a buffer is a large share of a small file;
    nor are the bytes of a conversation read whole until its messages go out (see `paced`)."""

    total: int
    done: int = 0  # fetched from the files, buffers included
    buffers: list[_MeteredReader] = field(default_factory=list, repr=False)  # the open metered streams
    withheld: float = 0.0  # read, but their messages not all handed out yet

    @property
    def fraction(self) -> float:
        read = self.done - self.withheld - sum(reader.ahead() for reader in self.buffers)
        return min(1.0, max(0.0, read) / self.total) if self.total else 0.0

    def paced(self, size: int, count: int, messages: Iterable[_T]) -> Iterator[_T]:
        """`messages`, `count` of them, made from `size` bytes an importer read whole first (a
        conversation stored newest first, a chat whose date order needs every date): progress
        over those bytes moves as the messages go out, not all at once before the first."""
        step = size / count if count else 0.0
        self.withheld += size
        left: float = size
        try:
            for message in messages:
                self.withheld -= step
                left -= step
                yield message
        finally:
            self.withheld -= left


class _MeteredFile(io.RawIOBase):
    """A stream that counts what is read through it; seekable when the stream is (zipfile needs it)."""

    def __init__(self, raw: IO[bytes], meter: Meter) -> None:
        self._raw = raw
        self._meter = meter

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self._raw.seekable()

    def readinto(self, buffer: Any) -> int:
        data = self._raw.read(len(buffer))
        buffer[: len(data)] = data
        self._meter.done += len(data)
        return len(data)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self._raw.seek(offset, whence)

    def tell(self) -> int:
        return self._raw.tell()

    def close(self) -> None:
        self._raw.close()
        super().close()


class _MeteredReader(io.BufferedReader):
    """A metered file's buffered stream, known to its meter while open (see Meter.fraction)."""

    def __init__(self, raw: _MeteredFile, meter: Meter) -> None:
        super().__init__(raw, buffer_size=ENTRY_BUFFER)
        self._meter = meter
        meter.buffers.append(self)

    def ahead(self) -> int:
        """Bytes fetched into the buffer and not yet read from it (0 when the stream cannot tell)."""
        try:
            return max(0, self.raw.tell() - self.tell())
        except (OSError, ValueError):  # not seekable, or closed
            return 0

    def close(self) -> None:
        if self in self._meter.buffers:
            self._meter.buffers.remove(self)
        super().close()


def _open_file(path: Path) -> IO[bytes]:
    return path.open("rb", buffering=0)  # Entry.open buffers it


@dataclass
class Entry:
    """One file inside a tree, opened lazily as a binary stream."""

    name: str  # posix path relative to the tree root
    size: int
    label: str  # how to name it in a message to the user
    _opener: Callable[[], IO[bytes]] = field(repr=False)
    _head: bytes | None = field(default=None, repr=False)
    unreadable: str | None = field(default=None, repr=False)
    meter: Meter | None = field(default=None, repr=False)  # the tree's: what `open` streams counts

    def open(self, metered: bool = True) -> IO[bytes]:
        """The entry's bytes. What a metered stream reads is progress; a look for something
        near the top (the owner's name) is not. A file the system will not open is an IngestError
        (as a damaged one would be), never an OSError the reader might take for damage."""
        try:
            stream = self._opener()
        except OSError as exc:
            raise IngestError.unreadable(self.label, exc) from None
        if self.meter is None or not metered:
            return stream
        return _MeteredReader(_MeteredFile(stream, self.meter), self.meter)

    @property
    def basename(self) -> str:
        return PurePosixPath(self.name).name

    @property
    def suffix(self) -> str:
        return PurePosixPath(self.name).suffix.lower()

    def head(self) -> bytes:
        """The first bytes, for content sniffing (cached). An unreadable entry sniffs as empty
        and keeps the reason in `unreadable`, so one bad member never hides the others."""
        if self._head is None:
            try:
                with self._opener() as stream:  # sniffing is not progress: unmetered
                    self._head = stream.read(HEAD_BYTES)
            except IngestError as exc:
                self._head, self.unreadable = b"", exc.reason
            except OSError as exc:
                self._head, self.unreadable = b"", IngestError.unreadable(self.label, exc).reason
            except READ_ERRORS:
                self._head, self.unreadable = b"", "cannot be read (damaged file or archive)"
        return self._head

    def head_text(self) -> str:
        return self.head().decode("utf-8-sig", errors="replace")


@dataclass
class Tree:
    """A set of entries that may together form one export."""

    label: str
    entries: list[Entry]
    _hasher: Callable[[], str] = field(repr=False)
    depth: int = 0  # how many zip archives deep this tree is
    meter: Meter = field(default_factory=lambda: Meter(0))
    _closer: Callable[[], None] | None = field(default=None, repr=False)
    _sha256: str | None = field(default=None, repr=False)

    def __enter__(self) -> Tree:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._closer is not None:
            self._closer()
            self._closer = None

    def sha256(self) -> str:
        if self._sha256 is None:
            try:
                self._sha256 = self._hasher()
            except OSError as exc:
                raise IngestError.unreadable(self.label, exc) from None
        return self._sha256


    def with_suffix(self, *suffixes: str) -> list[Entry]:
        return [e for e in self.entries if e.suffix in suffixes]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _stream_sha256(opener: Callable[[], IO[bytes]]) -> str:
    digest = hashlib.sha256()
    with opener() as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _ignored(name: str) -> bool:
    """macOS resource forks and folder metadata are never chat data."""
    parts = PurePosixPath(name).parts
    return any(p == "__MACOSX" or p.startswith("._") or p == ".DS_Store" for p in parts)


def _safe_member_name(name: str) -> bool:
    path = PurePosixPath(name.replace("\\", "/"))
    if not path.parts or path.is_absolute() or ".." in path.parts:
        return False
    return ":" not in path.parts[0]  # a Windows drive letter


def is_zip(head: bytes) -> bool:
    return head[:4] in (b"PK\x03\x04", b"PK\x05\x06")


def single_file_tree(path: Path) -> Tree:
    meter = Meter(path.stat().st_size)
    entry = Entry(path.name, meter.total, str(path), partial(_open_file, path), meter=meter)
    return Tree(str(path), [entry], partial(file_sha256, path), meter=meter)


def folder_tree(root: Path) -> Tree:
    entries: list[Entry] = []
    meter = Meter(0)
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for filename in sorted(filenames):
            full = Path(dirpath) / filename
            rel = full.relative_to(root).as_posix()
            if _ignored(rel) or full.is_symlink() or not full.is_file():
                continue
            entries.append(Entry(rel, full.stat().st_size, str(full), partial(_open_file, full), meter=meter))

    def folder_hash() -> str:
        # A folder has no single file to hash: hash the sorted (name, content hash) pairs.
        digest = hashlib.sha256()
        for entry in entries:
            digest.update(entry.name.encode("utf-8") + b"\0")
            digest.update(_stream_sha256(entry.open).encode("ascii") + b"\n")
        return digest.hexdigest()

    meter.total = sum(entry.size for entry in entries)
    return Tree(str(root), entries, folder_hash, meter=meter)


def zip_tree(label: str, stream: IO[bytes], hasher: Callable[[], str], depth: int = 1) -> Tree:
    """Index a zip without extracting it. Raises IngestError on a malicious or broken archive."""
    if depth > MAX_ZIP_DEPTH:
        stream.close()
        raise IngestError(label, "zip archives nested too deeply")
    try:
        archive = zipfile.ZipFile(stream)
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        stream.close()
        raise IngestError(label, "not a readable zip archive (damaged or incomplete download?)") from exc

    def close() -> None:
        # ZipFile does not own a stream it was handed: close both.
        archive.close()
        stream.close()

    try:
        entries = _zip_entries(archive, infos, label)
        meter = Meter(sum(entry.size for entry in entries))
        for entry in entries:
            entry.meter = meter
        return Tree(label, entries, hasher, depth, meter, close)
    except IngestError:
        close()
        raise


def _zip_entries(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], label: str) -> list[Entry]:
    if len(infos) > MAX_MEMBERS:
        raise IngestError(label, f"zip archive has too many files ({len(infos)})")
    total = 0
    entries: list[Entry] = []
    for info in infos:
        if info.is_dir() or _ignored(info.filename):
            continue
        if not _safe_member_name(info.filename):
            raise IngestError(label, "zip archive contains an unsafe path (path traversal)")
        if stat.S_ISLNK(info.external_attr >> 16):
            continue  # links inside archives are never followed
        if info.flag_bits & 0x1:
            raise IngestError(label, "zip archive is password-protected; export it again without a password")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise IngestError(label, "zip archive expands to more than 64 GiB (zip bomb?)")
        if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise IngestError(label, "zip archive has an implausible compression ratio (zip bomb?)")
        name = info.filename.replace("\\", "/")
        entries.append(Entry(name, info.file_size, f"{label}!{name}", partial(_open_member, archive, info, label)))
    return entries


def _open_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str) -> IO[bytes]:
    try:
        return archive.open(info)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError) as exc:
        raise IngestError(label, f"cannot read '{info.filename}' inside the zip archive") from exc


def nested_zips(tree: Tree) -> Iterator[Tree]:
    """Zips found inside a tree, each as its own tree (e.g. a folder of downloaded exports)."""
    for entry in tree.entries:
        if entry.suffix == ".zip" or (entry.size >= 4 and is_zip(entry.head())):
            yield _entry_zip_tree(entry, tree.depth + 1)


def _entry_zip_tree(entry: Entry, depth: int) -> Tree:
    stream = entry.open()  # zip members and files are seekable, as zipfile needs: nothing is buffered
    return zip_tree(entry.label, stream, lambda: _stream_sha256(entry.open), depth)


def open_path(path: Path) -> Tree:
    """The tree for one input path as the user named it."""
    if path.is_symlink() and path.is_dir():
        raise IngestError(str(path), "is a link to a folder; name the folder itself")
    if path.is_dir():
        return folder_tree(path)
    if not path.exists():
        raise IngestError(str(path), "no such file or folder")
    if not path.is_file():
        raise IngestError(str(path), "not a regular file")
    try:
        with path.open("rb") as stream:
            head = stream.read(4)
    except OSError as exc:
        raise IngestError.unreadable(str(path), exc) from exc
    if is_zip(head):
        return zip_tree(str(path), path.open("rb", buffering=ENTRY_BUFFER), partial(file_sha256, path))
    return single_file_tree(path)
