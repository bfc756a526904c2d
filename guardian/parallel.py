"""A scan's first pass spread over worker processes, each reading its own share of the inputs.

Every worker goes through all the inputs but parses only its share of their units (see
ingest.base.Shard: a chat, a thread folder, a chat file — whole conversations), and runs the
incremental gate and detection on what it read, so messages never cross a process boundary.
The scanning process only waits, reports progress and merges: sources' counts are summed, and
one `Detector` adopts the conversations in the order a single reader first met them (by unit,
then by order within it), which gives exactly the alerts, in the same order, of a one-process
scan. A scan that cannot be merged exactly — a conversation found in units read by two
workers (a chat exported twice), or an input that failed to read (its error names how far
reading went) — is reported as such, and the caller scans in one process instead.

Processes, not threads: parsing and detection hold the GIL. Spawned, never forked: the app
scans from a worker thread, and forking a threaded process is unsafe."""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from types import TracebackType
from typing import Any

from . import netguard
from .detect.detector import Detector, conversation_key
from .detect.rules import RulePack
from .detect.scoring import DetectorConfig
from .incremental import ConversationGate, Mark
from .ingest import ImportRun, IngestError, Kind, Message, Source
from .ingest.base import Shard
from .ingest.pipeline import MAX_OWNER_NAMES, warn_if_owner_unknown

PROGRESS_EVERY = 0.1  # seconds between a worker's progress reports, and the scanner's
_CHECK_EVERY = 512  # messages between looks at the clock and the cancel flag
Progress = Callable[[float, int, str], None]  # share of the inputs read, messages, the input being read


class WorkerFailed(RuntimeError):
    """A worker process died or raised; the scan cannot be completed."""


class ScanCancelled(Exception):
    """The user cancelled the scan while it read."""


def default_workers() -> int:
    """One worker per core: the scanning process only waits. (In the frozen app a worker is the
    app's executable started again; main.py hands it to multiprocessing.freeze_support().)"""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class Known:
    """The vault's memory of conversations detected before, for the incremental gate."""

    marks: Mapping[str, Mark]
    teen_id: str | None
    salt: bytes

    def gate(self, sink: Callable[[Message], None]) -> ConversationGate:
        """A gate in front of `sink` that drops the conversations unchanged since detected."""
        return ConversationGate(self.marks, self.teen_id, self.salt, sink)


@dataclass(frozen=True)
class Job:
    """What a scan asks of its first pass: the same for every worker."""

    paths: tuple[str, ...]
    owners: tuple[str, ...]
    skip: frozenset[str]  # SHA-256 of the sources the vault holds complete
    pack: RulePack
    config: DetectorConfig
    known: Known | None


@dataclass
class FirstPass:
    """What the first pass of a scan found, spread over processes or not."""

    detector: Detector  # holds every detected conversation
    sources: list[Source]
    skipped: list[Source]
    errors: list[IngestError]
    source_of: dict[str, Source]  # conversation id -> the source it was first met in
    messages: int
    marks: list[tuple[str, Mark]] = field(default_factory=list)  # from the gate
    reread: set[str] = field(default_factory=set)  # conversation keys to read again whole


@dataclass
class Share:
    """What reading a share of the inputs found, besides the detector (a worker sends its
    states along): sent back whole at the end."""

    sources: list[Source]
    skipped: list[Source]
    errors: list[IngestError]
    conversation_ids: list[list[str]]  # per source, in the order met
    keys: set[str]  # every conversation met, system messages included
    first_seen: dict[str, tuple[int, int]]  # detected conversation -> (unit, order met in this share)
    marks: list[tuple[str, Mark]]
    reread: set[str]
    messages: int

    def source_of(self, sources: Sequence[Source], into: dict[str, Source]) -> None:
        """Record in `into` the source each of this share's conversations was first met in,
        `sources` being this share's sources or the ones merged from them."""
        for source, conversation_ids in zip(sources, self.conversation_ids, strict=True):
            for conversation_id in conversation_ids:
                into.setdefault(conversation_id, source)


def read_share(
    job: Job,
    shard: Shard | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[Share, Detector]:
    """Read `shard` of the inputs (all of them when None), gating and detecting the messages as
    they come. Raises ScanCancelled when `cancelled` says so."""
    run = ImportRun(job.paths, job.owners, skip=job.skip.__contains__, shard=shard)
    detector = Detector(job.pack, job.config)
    gate = None if job.known is None else job.known.gate(detector.feed)
    feed = detector.feed if gate is None else gate.feed
    ids: dict[int, dict[str, None]] = {}  # id(source) -> its conversation ids
    keys: set[str] = set()
    first_seen: dict[str, tuple[int, int]] = {}
    count, last_report = 0, 0.0
    for source, message in run.messages():
        count += 1
        ids.setdefault(id(source), {})[message.conversation_id] = None
        key = conversation_key(message)
        keys.add(key)
        if message.kind is not Kind.SYSTEM:  # the detector ignores them; marks too
            if key not in first_seen:  # not setdefault: no tuple built for every message
                first_seen[key] = (shard.unit if shard is not None else 0, len(first_seen))
            feed(message)
        if count % _CHECK_EVERY == 0:
            if cancelled is not None and cancelled():
                raise ScanCancelled
            if progress is not None and (now := time.monotonic()) - last_report >= PROGRESS_EVERY:
                last_report = now
                progress(run.progress(), count, source.path)
    if gate is not None:
        gate.finish()
    share = Share(
        sources=run.sources, skipped=run.skipped, errors=run.errors,
        conversation_ids=[list(ids.get(id(source), ())) for source in run.sources],
        keys=keys, first_seen=first_seen,
        marks=list(gate.marks()) if gate is not None else [], reread=gate.reread() if gate is not None else set(),
        messages=count,
    )
    return share, detector


def read_alone(job: Job, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> FirstPass:
    """The first pass in this process: every input read, gated and detected as the messages come."""
    share, detector = read_share(job, None, progress, cancelled)
    source_of: dict[str, Source] = {}
    share.source_of(share.sources, source_of)
    return FirstPass(
        detector, share.sources, share.skipped, share.errors, source_of, share.messages, share.marks, share.reread,
    )


def _work(job: Job, shard: Shard, outbox: Connection) -> None:
    """A worker's life: read its share, then send back what it found. A spawned process does
    not run the entry point, so it installs the network guard itself (it parses untrusted files)."""
    netguard.install()
    try:
        share, detector = read_share(job, shard, lambda *report: outbox.send(("progress", *report)))
        outbox.send(("ok", share, detector.states()))
    except Exception as exc:  # reported to the scanning process by type only: the text could quote chat
        outbox.send(("error", type(exc).__name__))


@dataclass
class _Worker:
    process: BaseProcess
    outbox: Connection  # we read its reports from it
    fraction: float = 0.0
    messages: int = 0
    current: str = ""
    share: Share | None = None
    states: list[tuple[str, Any]] = field(default_factory=list)  # its detector's


class ShardedScan:
    """The first pass of a scan by `workers` processes. Use as a context manager: leaving it
    (normally, on error or on cancel) stops the workers."""

    def __init__(self, job: Job, workers: int) -> None:
        self._job = job
        context = multiprocessing.get_context("spawn")
        self._workers: list[_Worker] = []
        count = max(1, workers)
        for index in range(count):
            reading_end, writing_end = context.Pipe(duplex=False)
            process = context.Process(target=_work, args=(job, Shard(index, count), writing_end), daemon=True)
            process.start()
            writing_end.close()  # the worker's end lives in the worker now
            self._workers.append(_Worker(process, reading_end))

    def __enter__(self) -> ShardedScan:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def run(
        self,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> FirstPass | None:
        """Wait for the workers and merge their shares; None when they cannot be merged exactly.
        Raises ScanCancelled when `cancelled` says so, WorkerFailed when a worker fails."""
        by_outbox = {worker.outbox: worker for worker in self._workers}
        while by_outbox:
            for outbox in wait(list(by_outbox), timeout=PROGRESS_EVERY):
                assert isinstance(outbox, Connection)
                self._receive(by_outbox, by_outbox[outbox])
            if cancelled is not None and cancelled():
                raise ScanCancelled
            if progress is not None:
                # Each worker passes over every input, reading its own units: with units spread
                # evenly, together they did the mean of how far each went (the slowest one's
                # fraction lagged the messages read by up to a quarter: bench.scale).
                read = sum(worker.fraction for worker in self._workers) / len(self._workers)
                current = next((w.current for w in self._workers if w.current), "")
                progress(read, sum(worker.messages for worker in self._workers), current)
        return _merge([(w.share, w.states) for w in self._workers if w.share is not None], self._job)

    def _receive(self, by_outbox: dict[Connection, _Worker], worker: _Worker) -> None:
        try:
            report = worker.outbox.recv()
        except EOFError:
            raise WorkerFailed("a scanning worker stopped unexpectedly") from None
        if report[0] == "progress":
            _, worker.fraction, worker.messages, worker.current = report
        elif report[0] == "ok":
            _, worker.share, worker.states = report
            worker.fraction, worker.messages = 1.0, worker.share.messages
            del by_outbox[worker.outbox]
        else:
            raise WorkerFailed(f"a scanning worker failed ({report[1]})")

    def close(self) -> None:
        for worker in self._workers:
            worker.outbox.close()
            if worker.process.is_alive():
                worker.process.terminate()
            worker.process.join()
        self._workers = []


def _merge(shares: Sequence[tuple[Share, list[tuple[str, Any]]]], job: Job) -> FirstPass | None:
    """The workers' shares (each with its detector's states) as one first pass."""
    if any(share.errors for share, _ in shares):
        return None  # read alone, which reports how far reading went exactly
    seen: set[str] = set()
    for share, _ in shares:
        if seen & share.keys:
            return None  # a conversation in two workers' units: its detection was split
        seen |= share.keys
    sources = [_merged(parts) for parts in zip(*(share.sources for share, _ in shares), strict=True)]
    source_of: dict[str, Source] = {}
    for share, _ in shares:  # every share lists every source, with only the conversations it read
        share.source_of(sources, source_of)
    first_seen = {key: at for share, _ in shares for key, at in share.first_seen.items()}
    states = sorted((state for _, share_states in shares for state in share_states), key=lambda s: first_seen[s[0]])
    detector = Detector(job.pack, job.config)
    detector.adopt(states)
    return FirstPass(
        detector, sources, shares[0][0].skipped, [], source_of, sum(share.messages for share, _ in shares),
        [mark for share, _ in shares for mark in share.marks], set().union(*(share.reread for share, _ in shares)),
    )


def _merged(parts: Sequence[Source]) -> Source:
    """One source from every worker's share of it (its warnings grouped by worker)."""
    firsts = [part.first_at for part in parts if part.first_at is not None]
    lasts = [part.last_at for part in parts if part.last_at is not None]
    owner_names = sorted({name for part in parts for name in part.owner_names})
    source = replace(
        parts[0],
        conversations=sum(part.conversations for part in parts),
        messages=sum(part.messages for part in parts),
        owner_names=tuple(owner_names[:MAX_OWNER_NAMES]),
        first_at=min(firsts, default=None),
        last_at=max(lasts, default=None),
        warnings=list(dict.fromkeys(warning for part in parts for warning in part.warnings)),
    )
    warn_if_owner_unknown(source)
    return source
