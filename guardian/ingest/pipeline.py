"""From paths the user named to a stream of messages, one source at a time.

Every input is handled on its own: a broken one becomes an IngestError in `errors`
and the others are still read."""

from __future__ import annotations

import logging
import os
import zipfile
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .base import Importer, ReadContext, Shard, fold_name
from .errors import IngestError
from .inputs import Tree, is_zip, nested_zips, open_path
from .model import Message, Source
from .registry import FALLBACK, SPECIFIC, by_format_id

MAX_OWNER_NAMES = 16
OWNER_UNKNOWN = "could not tell which messages are the teen's: add the teen's names with --owner"
log = logging.getLogger(__name__)


@dataclass
class ImportRun:
    paths: Sequence[str | Path]
    owners: Sequence[str] = ()
    # Sources already fully read (e.g. by SHA-256 in the vault's scan state) are skipped.
    skip: Callable[[str], bool] | None = None
    # With a shard, only this reader's share of the units is read (see base.Shard); every
    # source is still listed, with the counts of that share.
    shard: Shard | None = None
    sources: list[Source] = field(default_factory=list)
    skipped: list[Source] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    # Progress is by bytes, so a small input before a large one does not fill half the bar.
    _total_bytes: int = 0
    _finished_bytes: int = 0
    _current: Tree | None = None
    _current_bytes: int = 0

    def progress(self) -> float:
        """Share of the inputs' bytes read so far, 0..1."""
        current = 0.0 if self._current is None else self._current.meter.fraction * self._current_bytes
        return min(1.0, (self._finished_bytes + current) / self._total_bytes) if self._total_bytes else 0.0

    def messages(self) -> Generator[tuple[Source, Message], None, None]:
        sizes = [input_bytes(Path(path)) for path in self.paths]
        self._total_bytes = sum(sizes)
        for size, path in zip(sizes, self.paths, strict=True):
            self._current_bytes = size
            try:
                yield from self._read_path(Path(path))
            finally:
                self._current = None
                self._finished_bytes += size

    def _read_path(self, path: Path) -> Iterator[tuple[Source, Message]]:
        try:
            tree = open_path(path)
        except IngestError as exc:
            self.errors.append(exc)
            return
        self._current = tree
        with tree:
            try:
                if not (yield from self._read_tree(tree)):
                    self.errors.append(_unrecognised(tree))
            except IngestError as exc:
                self.errors.append(exc)

    def _read_tree(self, tree: Tree) -> Generator[tuple[Source, Message], None, bool]:
        """Read every export found in `tree`; returns whether any was found."""
        claims = [(imp, v) for imp in SPECIFIC if (v := _detect(imp, tree))]
        if not claims:
            claims = [(imp, v) for imp in FALLBACK if (v := _detect(imp, tree))]
        if len(tree.entries) == 1:
            claims = claims[:1]  # one file is one format: never read twice
        for importer, variant in claims:
            try:
                yield from self._read(tree, importer, variant)
            except IngestError as exc:
                self.errors.append(exc)
        found = bool(claims)
        if len(tree.entries) > 1 or not claims:
            for inner in _inner_zips(tree, self.errors):
                with inner:
                    found = (yield from self._read_tree(inner)) or found
        return found

    def _read(self, tree: Tree, importer: Importer, variant: str) -> Iterator[tuple[Source, Message]]:
        # Hashing the export and finding its owner may read it whole: that is not progress.
        pre_read = tree.meter.done
        source = Source(tree.label, importer.platform, importer.format_id, variant, tree.sha256())
        if self.skip is not None and self.skip(source.sha256):
            self.skipped.append(source)
            return
        self.sources.append(source)
        if self.shard is not None and not importer.shardable and not self.shard.take():
            tree.meter.done = tree.meter.total  # the whole export is one unit, another reader's
            return
        ctx = ReadContext.for_owners([*self.owners, *importer.stated_owners(tree, variant)])
        ctx.shard = self.shard
        if not importer.marks_owner and not ctx.owners:
            _infer_owner(tree, importer, variant, ctx)
        tree.meter.done = pre_read
        ctx_warnings_before = len(ctx.warnings)
        conversations: set[str] = set()
        owner_names: set[str] = set()
        try:
            for message in _guarded(importer.read(tree, variant, ctx), importer, tree):
                conversations.add(message.conversation_id)
                if message.from_owner and len(owner_names) < MAX_OWNER_NAMES:
                    owner_names.add(message.sender)
                source.count(message)
                yield source, message
        finally:
            source.conversations = len(conversations)
            source.owner_names = tuple(sorted(owner_names))
            source.warnings.extend(ctx.warnings[ctx_warnings_before:])
        if self.shard is None:  # a share cannot tell: the merged source is judged (guardian.parallel)
            warn_if_owner_unknown(source)


def warn_if_owner_unknown(source: Source) -> None:
    """Once a whole source is read: say so when none of its messages could be told the teen's."""
    if not by_format_id(source.format_id).marks_owner and not source.owner_names and source.messages:
        source.warnings.append(OWNER_UNKNOWN)


def input_bytes(path: Path) -> int:
    """How much there is to read in an input: a file's size, a zip's inflated size (its members
    compress unevenly: the bytes read from them are what measures the work), or the sum of a
    folder's files (links not followed)."""
    try:
        if not path.is_dir():
            return _inflated_size(path) if path.is_file() else 0
        return sum(
            entry.stat(follow_symlinks=False).st_size
            for folder, _, names in os.walk(path, followlinks=False)
            for entry in map(Path(folder).joinpath, names)
            if entry.is_file() and not entry.is_symlink()
        )
    except OSError:
        return 0  # reading it reports the problem


def _inflated_size(path: Path) -> int:
    with path.open("rb") as stream:
        if not is_zip(stream.read(4)):
            return path.stat().st_size
    try:
        with zipfile.ZipFile(path) as archive:  # reads the central directory only
            return sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, EOFError):
        return path.stat().st_size  # reading it reports the damage


def _unrecognised(tree: Tree) -> IngestError:
    reasons = {entry.unreadable for entry in tree.entries}
    if len(reasons) == 1 and None not in reasons:  # every file, for the one same reason (no permission)
        return IngestError(tree.label, reasons.pop() or "cannot be read")
    return IngestError(tree.label, "not a chat export Guardian recognises (see `guardian formats`)")


def _detect(importer: Importer, tree: Tree) -> str | None:
    try:
        return importer.detect(tree)
    except IngestError:
        return None
    except Exception as exc:  # a bug in one importer's sniffing must not hide the file from the others
        log.error("format detection failed in %s: %s", importer.format_id, type(exc).__name__)
        return None


def _guarded(messages: Iterator[Message], importer: Importer, tree: Tree) -> Iterator[Message]:
    """Last line of defence for Principle 4: an importer bug becomes one clear error, not a traceback.
    Only the exception type is logged: its text could quote the file."""
    try:
        yield from messages
    except IngestError:
        raise
    except Exception as exc:
        log.error("internal error in importer %s: %s", importer.format_id, type(exc).__name__)
        reason = f"internal error while reading ({type(exc).__name__}); please report it"
        raise IngestError(tree.label, reason) from None


def _inner_zips(tree: Tree, errors: list[IngestError]) -> Iterator[Tree]:
    try:
        yield from nested_zips(tree)
    except IngestError as exc:
        errors.append(exc)


def _infer_owner(tree: Tree, importer: Importer, variant: str, ctx: ReadContext) -> None:
    """The participant present in every conversation is the owner, when exactly one is."""
    census: dict[str, set[str]] = {}
    try:
        for message in importer.read(tree, variant, ReadContext()):
            if message.kind.value != "system":
                census.setdefault(message.conversation_id, set()).add(fold_name(message.sender))
    except IngestError:
        pass  # the main pass reports it
    if not census:
        return
    common = set.intersection(*census.values())
    # With one conversation every participant is "in all of them": that proves nothing.
    if len(census) > 1 and len(common) == 1:
        ctx.owners |= common
