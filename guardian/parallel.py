"""Detection spread over worker processes, each conversation whole to one of them.

The scanning process reads and parses the exports (that cannot be split: a JSON stream is
one parser's state) while worker processes normalise, match and score. Detection state is
per conversation, so each conversation goes whole, in order, to one worker; at the end the
workers hand their conversations back and one `Detector` scores them in the order they
were first seen, which gives exactly the alerts (and their order) of a single-process run.

Processes, not threads: normalising and matching hold the GIL. Workers are spawned, never
forked: the app scans from a worker thread, and forking a threaded process is unsafe.
Messages travel as plain tuples in batches over pipes; a full pipe blocks the reader, so a
slow worker slows reading down instead of queuing an export's messages in memory."""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from types import TracebackType
from typing import Any

from .detect.detector import Detector, conversation_key
from .detect.model import Alert
from .detect.rules import RulePack
from .detect.scoring import DetectorConfig
from .ingest.model import Kind, Message

BATCH = 2048  # messages per pipe write: large enough to amortise pickling, small for memory
_Header = tuple[str, str, str]  # platform, conversation id, title: sent once per worker
# Every Message field but the header's, by index into the worker's headers.
_Row = tuple[Any, ...]
_Batch = tuple[list[_Header], list[_Row]]


class WorkerFailed(RuntimeError):
    """A detection worker died or raised; the scan cannot be completed."""


def default_workers() -> int:
    """Cores left once one reads the exports (at least one); none in a frozen app, where a spawned
    process would start the app again unless its entry point calls multiprocessing.freeze_support()."""
    if getattr(sys, "frozen", False):
        return 0
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, cores - 1)


def _row(message: Message, header: int) -> _Row:
    return (
        header, message.sender, message.from_owner, message.sent_at, message.text, message.kind,
        message.sender_id, message.attachments, message.raw_time, message.position,
    )


def _message(headers: list[_Header], row: _Row) -> Message:
    platform, conversation_id, title = headers[row[0]]
    return Message(platform, conversation_id, title, *row[1:])


def _work(inbox: Connection, outbox: Connection, pack: RulePack, config: DetectorConfig) -> None:
    """A worker's life: detect every batch until the end mark, then send back the state."""
    try:
        detector = Detector(pack, config)
        headers: list[_Header] = []
        while (batch := inbox.recv()) is not None:
            new_headers, rows = batch
            headers += new_headers
            for row in rows:
                detector.feed(_message(headers, row))
        outbox.send(("ok", detector.states()))
    except Exception as exc:  # reported to the scanning process by type only: the text could quote chat
        outbox.send(("error", type(exc).__name__))


@dataclass
class _Worker:
    process: BaseProcess
    inbox: Connection  # the worker's inbox: we write batches to it
    outbox: Connection  # the worker's outbox: we read its result from it
    headers: dict[_Header, int] = field(default_factory=dict)
    new_headers: list[_Header] = field(default_factory=list)
    rows: list[_Row] = field(default_factory=list)
    load: int = 0  # messages sent so far, to give new conversations to the least loaded

    def add(self, message: Message) -> None:
        header = (message.platform, message.conversation_id, message.conversation_title)
        index = self.headers.get(header)
        if index is None:
            index = self.headers[header] = len(self.headers)
            self.new_headers.append(header)
        self.rows.append(_row(message, index))
        self.load += 1
        if len(self.rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.rows or self.new_headers:
            self._send((self.new_headers, self.rows))
            self.new_headers, self.rows = [], []

    def _send(self, batch: _Batch | None) -> None:
        try:
            self.inbox.send(batch)
        except (BrokenPipeError, ConnectionResetError, EOFError):
            raise WorkerFailed(self._failure()) from None

    def finish(self) -> list[tuple[str, Any]]:
        self.flush()
        self._send(None)
        try:
            status, value = self.outbox.recv()
        except EOFError:
            raise WorkerFailed("a detection worker stopped unexpectedly") from None
        if status != "ok":
            raise WorkerFailed(f"a detection worker failed ({value})")
        states: list[tuple[str, Any]] = value
        return states

    def _failure(self) -> str:
        if self.outbox.poll():
            status, value = self.outbox.recv()
            if status == "error":
                return f"a detection worker failed ({value})"
        return "a detection worker stopped unexpectedly"

    def stop(self) -> None:
        for connection in (self.inbox, self.outbox):
            connection.close()
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()


class ParallelDetector:
    """`Detector.feed` / `alerts` with the detection work done by `workers` processes.
    Use as a context manager: leaving it (normally, on error or on cancel) stops the workers."""

    def __init__(self, pack: RulePack, config: DetectorConfig, workers: int) -> None:
        self._merger = Detector(pack, config)
        self._order: dict[str, int] = {}  # conversation key -> when first seen
        self._owner: dict[str, _Worker] = {}
        context = multiprocessing.get_context("spawn")
        self._workers: list[_Worker] = []
        for _ in range(max(1, workers)):
            batches_out, batches_in = context.Pipe(duplex=False)  # (reading end, writing end)
            results_out, results_in = context.Pipe(duplex=False)
            process = context.Process(target=_work, args=(batches_out, results_in, pack, config), daemon=True)
            process.start()
            batches_out.close()  # the worker's ends live in the worker now
            results_in.close()
            self._workers.append(_Worker(process, batches_in, results_out))

    def __enter__(self) -> ParallelDetector:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def feed(self, message: Message) -> None:
        if message.kind is Kind.SYSTEM:
            return  # the detector ignores them: do not ship them
        key = conversation_key(message)
        worker = self._owner.get(key)
        if worker is None:
            worker = self._owner[key] = min(self._workers, key=lambda w: w.load)
            self._order[key] = len(self._order)
        worker.add(message)

    def feed_all(self, messages: Iterable[Message]) -> None:
        for message in messages:
            self.feed(message)

    def alerts(self) -> list[Alert]:
        """Wait for the workers, then score every contact as a single `Detector` would."""
        states = [state for worker in self._workers for state in worker.finish()]
        states.sort(key=lambda item: self._order[item[0]])
        self._merger.adopt(states)
        return self._merger.alerts()

    def close(self) -> None:
        for worker in self._workers:
            worker.stop()
        self._workers = []
