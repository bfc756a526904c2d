"""The parent's inbox, without Qt: alerts flattened for display, filters, search, counts.

Everything here works on decrypted alerts held in memory while the app is unlocked; the
search index is a folded string per alert, never written anywhere."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from .agreement import Agreement
from .agreement_store import AgreementStore, NoAgreement, parent_session
from .detect.categories import CATEGORIES
from .detect.normalize import fold
from .detect.scoring import instant
from .vault.crypto import DecryptionError
from .vault.keys import ParentKey
from .vault.store import StoredAlert, Vault

SEVERITY_RANK = {"low": 1, "medium": 2, "high": 3}
STATUSES = ("new", "reviewed", "not_a_concern")


@dataclass(frozen=True)
class InboxItem:
    """One row of the inbox. `payload` is the decrypted alert (None when its record is damaged)."""

    id: str
    teen_id: str | None
    severity: str
    categories: tuple[str, ...]
    status: str
    when: datetime | None
    contact: str
    platform: str
    title: str
    payload: dict[str, Any] | None
    haystack: str  # folded text searched by the search box; memory only

    @property
    def severity_rank(self) -> int:
        return SEVERITY_RANK.get(self.severity, 0)

    @property
    def sort_time(self) -> datetime:
        """Comparable across aware and wall-clock times; undated alerts sort as oldest."""
        return instant(self.when) if self.when is not None else datetime.min

    @property
    def unread(self) -> bool:
        return self.status == "new"

    def with_status(self, status: str) -> InboxItem:
        return InboxItem(self.id, self.teen_id, self.severity, self.categories, status, self.when, self.contact,
                         self.platform, self.title, self.payload, self.haystack)


def _texts(payload: dict[str, Any]) -> Iterable[str]:
    yield str(payload.get("contact", ""))
    yield str(payload.get("title", ""))
    explanation = payload.get("explanation")
    if isinstance(explanation, dict):
        yield from (str(v) for v in explanation.values())
    for key in ("evidence", "context"):
        for line in payload.get(key) or []:
            if isinstance(line, dict):
                yield str(line.get("sender", ""))
                yield str(line.get("text", ""))


def item_from(stored: StoredAlert) -> InboxItem:
    payload = stored.payload or {}
    return InboxItem(
        id=stored.id,
        teen_id=stored.teen_id,
        severity=stored.severity,
        categories=stored.categories,
        status=stored.status,
        when=stored.triggered_at,
        contact=str(payload.get("contact", "")),
        platform=str(payload.get("platform", "")),
        title=str(payload.get("title", "")),
        payload=stored.payload,
        haystack=fold("\n".join(_texts(payload))),
    )


@dataclass
class InboxFilter:
    """Empty sets mean "any"; dates are inclusive and compare the alert's wall-clock day."""

    severities: set[str] = field(default_factory=set)
    categories: set[str] = field(default_factory=set)
    platforms: set[str] = field(default_factory=set)
    statuses: set[str] = field(default_factory=set)
    since: date | None = None
    until: date | None = None
    query: str = ""
    teen_id: str | None = None  # None: all teens
    # Low alerts are shown on demand: hidden unless asked for, or picked in the severity filter.
    show_low: bool = False

    @property
    def active(self) -> bool:
        return bool(self.severities or self.categories or self.platforms or self.statuses or self.since
                    or self.until or self.query.strip())

    def matches(self, item: InboxItem) -> bool:
        if self.teen_id is not None and item.teen_id != self.teen_id:
            return False
        if self.severities and item.severity not in self.severities:
            return False
        if not self.severities and not self.show_low and item.severity == "low":
            return False
        if self.categories and not self.categories.intersection(item.categories):
            return False
        if self.platforms and item.platform not in self.platforms:
            return False
        if self.statuses and item.status not in self.statuses:
            return False
        if not self._in_dates(item.when):
            return False
        return all(word in item.haystack for word in fold(self.query).split())

    def _in_dates(self, when: datetime | None) -> bool:
        if self.since is None and self.until is None:
            return True
        if when is None:
            return False
        day = when.date()
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)


def unread_count(items: Sequence[InboxItem], teen_id: str | None = None) -> int:
    """New alerts that need the parent: low ones are shown on demand and never counted."""
    return sum(
        1 for item in items
        if item.unread and item.severity != "low" and (teen_id is None or item.teen_id == teen_id)
    )


def platforms(items: Sequence[InboxItem]) -> list[str]:
    return sorted({item.platform for item in items if item.platform})


def categories(items: Sequence[InboxItem]) -> list[str]:
    return sorted({c for item in items for c in item.categories})


@dataclass(frozen=True)
class Stage:
    name: str  # a stage of categories.py ("friendship", "exclusivity", ...)
    first_at: datetime | None  # the first flagged line of that stage, when dated


def _category_of(rule_id: str) -> str | None:
    parts = rule_id.split(".")  # rule ids are <language>.<category>.<name>
    return parts[1] if len(parts) == 3 and parts[1] in CATEGORIES else None


def _parse_time(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def stage_timeline(payload: dict[str, Any]) -> list[Stage]:
    """The conversation's stages in the order they first appeared in the evidence."""
    firsts: dict[str, datetime | None] = {}
    for line in payload.get("evidence") or []:
        at = _parse_time(line.get("sent_at"))
        for rule in line.get("rules") or []:
            category = _category_of(str(rule))
            if category is None:
                continue
            stage = CATEGORIES[category].stage
            known = firsts.get(stage)
            if stage not in firsts or (at is not None and (known is None or instant(at) < instant(known))):
                firsts[stage] = at
    for stage in payload.get("stages") or []:
        firsts.setdefault(str(stage), None)
    return sorted((Stage(name, at) for name, at in firsts.items()),
                  key=lambda s: instant(s.first_at) if s.first_at else datetime.max)


@dataclass(frozen=True)
class Line:
    """One message shown in the alert view; `spans` are the matched words (empty for context)."""

    sender: str
    from_owner: bool
    sent_at: datetime | None
    text: str
    spans: tuple[tuple[int, int], ...]
    flagged: bool
    masked: bool = False  # a third party whose name the family agreed to hide (`sender` is then empty)


@dataclass(frozen=True)
class ReviewScope:
    """What the family agreed the parent sees around a flagged line."""

    context: int = 3  # lines before and after each flagged one; 0 = the flagged lines only
    mask_bystanders: bool = False


def agreed_scope(vault: Vault, parent: ParentKey, teen_id: str | None, today: date) -> ReviewScope:
    """The review scope of the alert's teen's current agreement; the default without one."""
    if teen_id is None:
        return ReviewScope()
    try:
        loaded = AgreementStore(vault).load(parent_session(vault, parent, teen_id))
    except (NoAgreement, DecryptionError):  # DecryptionError: no such teen profile in this vault
        return ReviewScope()
    return review_scope(loaded.agreement, today)


def review_scope(agreement: Agreement | None, today: date) -> ReviewScope:
    """The scope of the teen's agreement on `today` (the age schedule may have narrowed it)."""
    if agreement is None:
        return ReviewScope()
    scope = agreement.scope_on(today)
    return ReviewScope(scope.context_lines if scope is not None else 0, agreement.mask_bystanders)


def _spans(raw: object, length: int) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    for span in raw if isinstance(raw, list) else []:
        if isinstance(span, list) and len(span) == 2 and all(isinstance(v, int) for v in span):
            start, end = max(0, span[0]), min(length, span[1])
            if start < end:
                spans.append((start, end))
    return tuple(sorted(spans))


def review_lines(payload: dict[str, Any], scope: ReviewScope = ReviewScope()) -> list[Line]:
    """The agreed context window with the flagged lines marked, in conversation order, cut to
    the agreed number of lines around each flagged one, other people's names hidden when agreed.

    Evidence carries no position, so a context message is matched to its evidence by sender,
    time and text; evidence missing from the context (older alerts) is shown on its own."""
    kept = _review_lines(payload, agreed_window(payload, scope.context))
    if not scope.mask_bystanders:
        return kept
    contact = str(payload.get("contact") or "")
    return [
        line if line.from_owner or line.sender == contact else replace(line, sender="", masked=True)
        for line in kept
    ]


def _key(message: Mapping[str, Any]) -> tuple[str, str, str]:
    """Evidence carries no position: a message is matched to its evidence by sender, time and text."""
    return str(message.get("sender")), str(message.get("sent_at")), str(message.get("text"))


def agreed_window(payload: Mapping[str, Any], context: int) -> list[dict[str, Any]]:
    """The sealed context messages within `context` messages of a flagged one, in order
    (the scan seals the widest window any agreement allows)."""
    messages = [m for m in payload.get("context") or [] if isinstance(m, dict)]
    flagged = {_key(e) for e in payload.get("evidence") or [] if isinstance(e, dict)}
    marks = [i for i, message in enumerate(messages) if _key(message) in flagged]
    keep = {j for i in marks for j in range(i - context, i + context + 1)}
    return [message for i, message in enumerate(messages) if i in keep]


def _review_lines(payload: dict[str, Any], messages: list[dict[str, Any]]) -> list[Line]:
    evidence = {_key(e): e for e in payload.get("evidence") or [] if isinstance(e, dict)}
    lines: list[Line] = []
    for message in messages:
        key = _key(message)
        match = evidence.pop(key, None)
        text = str(message.get("text") or "")
        lines.append(Line(key[0], bool(message.get("from_owner")), _parse_time(message.get("sent_at")), text,
                          _spans(match.get("spans"), len(text)) if match else (), match is not None))
    for (sender, sent_at, text), match in evidence.items():
        lines.append(Line(sender, False, _parse_time(sent_at), text, _spans(match.get("spans"), len(text)), True))
    return lines
