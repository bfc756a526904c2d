"""Scanning in a worker thread: the window stays responsive, progress is reported, and a
scan can be cancelled between batches of messages."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from guardian import family
from guardian.scanning import Scanner, ScanProgress, ScanReport
from guardian.vault.store import Vault

# (paths, owners, vault, teen_id, progress, cancelled) -> report; Scanner.run by default.
ScanFunction = Callable[..., ScanReport]


@dataclass(frozen=True)
class ScanJob:
    paths: tuple[Path, ...]
    owners: tuple[str, ...]
    teen_id: str | None
    data_dir: Path | None  # the vault to store alerts in; None: analyse only
    background: bool = False  # started by the folder watcher, not by the parent
    # Run in the worker with its vault once the scan is done (reading the alerts back decrypts
    # whole payloads: too slow for the GUI thread after a big scan). Its result goes with the report.
    after: Callable[[Vault], object] | None = None
    # With no teen_id: each teen's accounts, to recognise whose export this is before scanning.
    candidates: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def resolved(self) -> ScanJob:
        """This job with its teen recognised from the export, when it came without one (run off the GUI thread)."""
        if self.teen_id is not None or not self.candidates:
            return self
        teen_id = family.recognise_teen(self.paths, dict(self.candidates))
        if teen_id is None:
            return self
        return replace(self, teen_id=teen_id, owners=dict(self.candidates)[teen_id])


class _Scanners:
    """The rule packs load once (≈0.6 s), in the first worker that needs them."""

    _lock = threading.Lock()
    _scanner: Scanner | None = None

    @classmethod
    def run(cls, *args: object, **kwargs: object) -> ScanReport:
        with cls._lock:
            if cls._scanner is None:
                cls._scanner = Scanner()
        return cls._scanner.run(*args, **kwargs)  # type: ignore[arg-type]


class ScanWorker(QObject):
    """Runs one job in its thread. The vault gets its own connection here: SQLite connections
    belong to the thread that made them."""

    progressed = Signal(object)  # ScanProgress
    finished = Signal(object, object)  # ScanReport, what job.after returned (or None)
    failed = Signal(str)

    def __init__(self, job: ScanJob, scan: ScanFunction) -> None:
        super().__init__()
        self.job = job
        self._scan = scan
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        vault = Vault.open(self.job.data_dir) if self.job.data_dir is not None else None
        try:
            job = self.job.resolved()
            report = self._scan(
                job.paths, job.owners, vault=vault, teen_id=job.teen_id,
                progress=self.progressed.emit, cancelled=self._cancel.is_set,
            )
            extra = self.job.after(vault) if self.job.after is not None and vault is not None else None
        except Exception as exc:  # a bug must not leave the window waiting forever
            self.failed.emit(type(exc).__name__)
            return
        finally:
            if vault is not None:
                vault.close()
        self.finished.emit(report, extra)


def time_left(fraction: float, elapsed: float) -> float | None:
    """Seconds left, from the pace so far; None until there is enough to judge."""
    if fraction <= 0.02 or elapsed < 0.5:
        return None
    return max(0.0, elapsed * (1 - fraction) / fraction)


class ScanController(QObject):
    """Starts one scan at a time and relays what the worker reports to the window."""

    started = Signal()
    progressed = Signal(object, object)  # ScanProgress, seconds left (float | None)
    finished = Signal(object, object, object)  # ScanReport, what the job's `after` returned, the ScanJob
    failed = Signal(str)

    def __init__(self, scan: ScanFunction | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scan: ScanFunction = scan or _Scanners.run
        self._thread: QThread | None = None
        self._worker: ScanWorker | None = None
        self._started_at = 0.0
        self._queue: list[ScanJob] = []

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def start(self, job: ScanJob) -> None:
        """Run now, or after the current scan (a watched folder may fire during a scan)."""
        if self.busy:
            self._queue.append(job)
            return
        thread = QThread(self)
        worker = ScanWorker(job, self._scan)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self._on_progress)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        self._thread, self._worker = thread, worker
        self._started_at = time.monotonic()
        thread.start()
        self.started.emit()

    def cancel(self) -> None:
        self._queue.clear()
        if self._worker is not None:
            self._worker.cancel()

    def wait(self) -> None:
        """Stop and join the worker (at exit)."""
        self.cancel()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()

    def _on_progress(self, progress: ScanProgress) -> None:
        self.progressed.emit(progress, time_left(progress.fraction, time.monotonic() - self._started_at))

    def _on_finished(self, report: ScanReport, extra: object) -> None:
        job = self._stop()
        self.finished.emit(report, extra, job)
        self._next()

    def _on_failed(self, reason: str) -> None:
        self._stop()
        self.failed.emit(reason)
        self._next()

    def _stop(self) -> ScanJob | None:
        job = self._worker.job if self._worker is not None else None
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread, self._worker = None, None
        return job

    def _next(self) -> None:
        if self._queue:
            self.start(self._queue.pop(0))


def job_for(paths: Sequence[Path], owners: Sequence[str], teen_id: str | None, data_dir: Path | None,
            after: Callable[[Vault], object] | None = None, background: bool = False,
            candidates: Sequence[tuple[str, Sequence[str]]] = ()) -> ScanJob:
    return ScanJob(tuple(paths), tuple(owners), teen_id, data_dir, background, after,
                   tuple((teen, tuple(accounts)) for teen, accounts in candidates))
