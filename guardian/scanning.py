"""One scan, end to end: exports → messages → detection → alerts → vault.

Used alike by `guardian scan`, the app's scan worker and the tray watcher. The first pass
detects with per-conversation state only, in worker processes for large inputs (see
guardian.parallel); with a vault, conversations detected before and unchanged since are not
detected again (see guardian.incremental). When it found alerts and a vault is given, a
second pass reads back just the sources holding alerted conversations to seal, with each
alert, the messages a parent may need later (the agreed context window for review, the
whole conversation with that contact for an evidence dossier), so review and evidence
still work after the export file is deleted."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from . import feedback
from .agreement import MAX_CONTEXT_LINES
from .agreement_store import DetectorPolicy, NoAgreement, detector_config, policy_for
from .detect.detector import conversation_key
from .detect.model import Alert, Severity
from .detect.normalize import forget_words
from .detect.rules import RulePack, load_rules
from .detect.scoring import DetectorConfig
from .incremental import Mark
from .ingest import ImportRun, IngestError, Kind, Message, Source
from .ingest.pipeline import input_bytes
from .parallel import FirstPass, Job, Known, Progress, ScanCancelled, ShardedScan, default_workers, read_alone
from .paths import resources_dir
from .vault.store import AlertRow, Vault

MAX_SEALED_MESSAGES = 20_000  # per alerted conversation: bounds memory on huge chats
# Messages sealed before and after each flagged line: the most any agreement may show, so a
# later agreement is never short of lines; the alert view trims to what the family agreed.
DEFAULT_CONTEXT = MAX_CONTEXT_LINES
PARALLEL_MIN_BYTES = 16 * 1024**2  # below this, starting worker processes costs more than it saves


@dataclass(frozen=True)
class ScanProgress:
    fraction: float  # 0..1 of the inputs' bytes
    messages: int
    alerts: int  # known only at the end of detection; 0 until then
    current: str  # the input being read (a path: never chat text)


@dataclass
class ScanReport:
    sources: list[Source] = field(default_factory=list)
    skipped: list[Source] = field(default_factory=list)  # already in the vault
    alerts: list[Alert] = field(default_factory=list)
    stored: int = 0  # alerts new to the vault
    errors: list[IngestError] = field(default_factory=list)
    cancelled: bool = False
    # "paused" or "ended" when the family agreement says not to read this teen's exports now.
    inactive: str | None = None
    # New alerts the parent should be notified of (content-free), per the agreement's choice.
    to_notify: int = 0


class Scanner:
    """Loads the rule packs once; each `run` is independent.

    Inputs of `parallel_min_bytes` or more are read and detected by `workers` processes, each
    taking its share, while this one waits (see guardian.parallel); smaller ones in this process,
    where spawning would cost more than it saves. Either way the alerts are the same, in the
    same order."""

    def __init__(self, rules_dir: Path | None = None, config: DetectorConfig | None = None) -> None:
        self.pack: RulePack = load_rules(rules_dir or resources_dir() / "rules", check_examples=False)
        self.config = config or DetectorConfig()
        self.context = DEFAULT_CONTEXT
        self.workers = default_workers()
        self.parallel_min_bytes = PARALLEL_MIN_BYTES

    def run(
        self,
        paths: Sequence[Path],
        owners: Sequence[str] = (),
        vault: Vault | None = None,
        teen_id: str | None = None,
        progress: Callable[[ScanProgress], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ScanReport:
        policy = _policy(vault, teen_id)
        if policy is not None and not policy.active:  # paused, or ended at 18: read nothing at all
            return ScanReport(inactive="ended" if policy.ended else "paused")
        config = detector_config(policy) if policy is not None else self.config
        if vault is not None:
            config = replace(config, rule_factors=feedback.rule_factors(feedback.load(vault)))
        job = Job(
            tuple(map(str, paths)), tuple(owners), vault.complete_sources() if vault else frozenset(),
            self.pack, config, _known(vault, teen_id),
        )

        def reading(fraction: float, messages: int, current: str) -> None:
            if progress is not None:
                progress(ScanProgress(fraction, messages, 0, current))

        try:
            with _words_forgotten():
                first = self._first_pass(job, reading, cancelled)
                _reread(first.reread, first.source_of, paths, owners, first.detector.feed)
                alerts = [a for a in first.detector.alerts() if policy is None or policy.watches(a.categories)]
        except ScanCancelled:
            return ScanReport(cancelled=True)
        report = ScanReport(first.sources, first.skipped, alerts, 0, first.errors)
        if progress is not None:
            progress(ScanProgress(1.0, first.messages, len(report.alerts), ""))
        if vault is not None:
            new = self._store(report, first.source_of, paths, owners, vault, teen_id)
            report.stored = len(new)
            report.to_notify = notify_count(new, policy.notify if policy is not None else DEFAULT_NOTIFY)
            if job.known is not None:
                vault.save_conversation_marks((key, m.messages, m.digest) for key, m in first.marks)
            if policy is not None:
                vault.apply_retention(policy.retention_days)
        return report

    def _first_pass(self, job: Job, progress: Progress | None, cancelled: Callable[[], bool] | None) -> FirstPass:
        """Read and detect, in worker processes for large inputs, alone otherwise (or when the
        workers' shares cannot be merged exactly: see guardian.parallel)."""
        if self.workers > 0 and sum(input_bytes(Path(p)) for p in job.paths) >= self.parallel_min_bytes:
            with ShardedScan(job, self.workers) as scan:
                first = scan.run(progress, cancelled)
            if first is not None:
                return first
        return read_alone(job, progress, cancelled)

    def _store(
        self,
        report: ScanReport,
        source_of: dict[str, Source],
        paths: Sequence[Path],
        owners: Sequence[str],
        vault: Vault,
        teen_id: str | None,
    ) -> list[Alert]:
        """Store every alert; returns those new to the vault."""
        for source in report.sources:
            vault.begin_source(source.sha256, teen_id, _source_info(source))
        alerted = {source_of[alert.conversation_id].sha256 for alert in report.alerts}
        conversations = _collect(report.alerts, alerted, paths, owners)
        new: list[Alert] = []
        for alert in report.alerts:
            row = AlertRow(
                id=alert.id,
                source=source_of[alert.conversation_id].sha256,
                teen_id=teen_id,
                triggered_at=alert.triggered_at,
                severity=alert.severity.value,
                categories=alert.categories,
                payload=sealed_payload(alert, conversations.get(alert.conversation_id, []), self.context),
            )
            if vault.store_alert(row):
                new.append(alert)
        for source in report.sources:
            alerts = sum(1 for a in report.alerts if source_of[a.conversation_id] is source)
            vault.finish_source(source.sha256, source.messages, alerts)
        return new


@contextmanager
def _words_forgotten() -> Iterator[None]:
    """The words of the chat the normaliser remembered are dropped when the scan ends, however
    it ends: no chat text stays in memory once its scan is over (worker processes just exit)."""
    try:
        yield
    finally:
        forget_words()


def _known(vault: Vault | None, teen_id: str | None) -> Known | None:
    """With a vault, conversations detected before and unchanged since are skipped."""
    if vault is None:
        return None
    marks = {key: Mark(messages, digest) for key, (messages, digest) in vault.conversation_marks().items()}
    return Known(marks, teen_id, vault.header.public_key)


def _reread(
    keys: set[str], source_of: dict[str, Source], paths: Sequence[Path], owners: Sequence[str],
    feed: Callable[[Message], None],
) -> None:
    """Second pass for conversations the gate could not judge in one (see guardian.incremental)."""
    if not keys:
        return
    shas = {source.sha256 for source in source_of.values()}
    run = ImportRun(paths, owners, skip=lambda sha: sha not in shas)
    for _source, message in run.messages():
        if message.kind is not Kind.SYSTEM and conversation_key(message) in keys:
            feed(message)


DEFAULT_NOTIFY = "high_only"  # without an agreement: high alerts notify, medium ones wait in the inbox


def notify_count(new: Sequence[Alert], choice: str) -> int:
    """How many of the new alerts warrant a notification: "each_alert" (medium and high),
    "high_only", or "none". Low alerts never notify: they are shown on demand."""
    if choice == "none":
        return 0
    floor = Severity.HIGH if choice == "high_only" else Severity.MEDIUM
    return sum(1 for alert in new if alert.severity.rank >= floor.rank)


def _policy(vault: Vault | None, teen_id: str | None) -> DetectorPolicy | None:
    """The teen's signed agreement as the scanner obeys it: watched categories and their
    sensitivity, trusted contacts, pause, the end of monitoring, retention. None without a vault,
    a teen or an agreement yet (`guardian scan` on its own, or before the first-run wizard)."""
    if vault is None or teen_id is None:
        return None
    try:
        return policy_for(vault, teen_id)
    except NoAgreement:
        return None


def _source_info(source: Source) -> dict[str, Any]:
    return {
        "path": source.path, "platform": source.platform, "format": source.format_id, "variant": source.variant,
        "conversations": source.conversations, "messages": source.messages, "owners": list(source.owner_names),
        "first_at": source.first_at.isoformat() if source.first_at else None,
        "last_at": source.last_at.isoformat() if source.last_at else None, "warnings": source.warnings,
    }


def _collect(
    alerts: Sequence[Alert], shas: set[str], paths: Sequence[Path], owners: Sequence[str]
) -> dict[str, list[Message]]:
    """Second pass: the messages of alerted conversations, from the sources that hold them only."""
    wanted = {alert.conversation_id for alert in alerts}
    found: dict[str, list[Message]] = {cid: [] for cid in wanted}
    if not wanted:
        return found
    run = ImportRun(paths, owners, skip=lambda sha: sha not in shas)
    for _source, message in run.messages():
        bucket = found.get(message.conversation_id)
        if bucket is not None and len(bucket) < MAX_SEALED_MESSAGES:
            bucket.append(message)
    return found


def message_json(message: Message) -> dict[str, Any]:
    return {
        "sent_at": message.sent_at.isoformat() if message.sent_at else None,
        "raw_time": message.raw_time,
        "sender": message.sender,
        "sender_id": message.sender_id,
        "from_owner": message.from_owner,
        "text": message.text,
        "kind": message.kind.value,
        "position": message.position,
        "attachments": [
            {"name": a.name, "size": a.size, "sha256": a.sha256, "mime": a.mime} for a in message.attachments
        ],
    }


def sealed_payload(alert: Alert, conversation: Sequence[Message], context: int) -> dict[str, Any]:
    """The alert as the CLI prints it, plus what review and evidence need later."""
    flagged = {evidence.position for evidence in alert.evidence}
    indices = [i for i, message in enumerate(conversation) if message.position in flagged]
    window = sorted({j for i in indices for j in range(max(0, i - context), min(len(conversation), i + context + 1))})
    payload = alert.to_json()
    payload["stages"] = list(alert.stages)
    payload["links"] = [
        {"handle": link.handle, "platform": link.platform, "conversation": link.conversation_id,
         "contact": link.contact}
        for link in alert.links
    ]
    payload["context"] = [message_json(conversation[j]) for j in window]
    payload["conversation_messages"] = [message_json(m) for m in conversation]
    return payload
