"""Re-scanning an export that grew: only conversations that changed are detected again.

The vault remembers, per conversation, how many messages were detected and a keyed digest
of them (`Vault.conversation_marks`). On the next scan a known conversation's messages are
held back and digested as they stream in. If it ends with the same count and digest it is
dropped undetected: its alerts are in the vault already. As soon as it differs (one message
more, or another digest at the end) the held messages go to detection, then the rest, so a
grown conversation is detected whole, from its first message, and its alerts keep their ids.

A conversation has ended when another one's message arrives (importers stream conversation
by conversation) or the stream ends, so at most one conversation is held at a time. One
dropped as unchanged that shows up again later (a format interleaving conversations) is
listed in `reread`: the scanner reads it again, whole, in a second pass.

Unchanged conversations take no part in this scan's scoring: a contact met on two platforms
(a platform hop) is linked only when both conversations are detected in the same scan."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum

from .detect.detector import conversation_key
from .ingest.model import Message, stable_id

HOLD_LIMIT = 50_000  # messages held back for one conversation; a longer one is detected again


@dataclass(frozen=True)
class Mark:
    """What the vault remembers of one conversation's last detection."""

    messages: int
    digest: str


class _State(Enum):
    HOLDING = "holding"  # known: held back until it proves changed or unchanged
    LIVE = "live"  # new or changed: every message goes to detection
    UNCHANGED = "unchanged"  # dropped undetected
    REREAD = "reread"  # came back after being dropped: read again in a second pass


@dataclass
class _Tracked:
    known: Mark | None
    digest: hashlib.blake2b
    state: _State
    count: int = 0
    held: list[Message] = field(default_factory=list)

    @property
    def hold_up_to(self) -> int:
        """Messages held back at most: a known conversation with more has grown."""
        return min(self.known.messages, HOLD_LIMIT) if self.known is not None else 0

    def mark(self) -> Mark:
        return Mark(self.count, self.digest.hexdigest())


def mark_key(teen_id: str | None, key: str) -> str:
    """How the vault names a conversation: an opaque id of the teen, platform and conversation."""
    return stable_id("scan-mark", teen_id or "", key)


class ConversationGate:
    """Sits in front of a detector's `feed`: passes new and changed conversations, drops unchanged ones."""

    def __init__(self, known: Mapping[str, Mark], teen_id: str | None, salt: bytes, sink: Callable[[Message], None]):
        self._known = known
        self._teen_id = teen_id
        self._salt = salt[:64]  # digests are keyed per vault: equal chats in two vaults do not compare
        self._sink = sink
        self._tracked: dict[str, _Tracked] = {}
        self._current: _Tracked | None = None

    def feed(self, message: Message) -> None:
        """One non-system message (the detector ignores system ones: so do marks)."""
        key = conversation_key(message)
        tracked = self._tracked.get(key)
        if tracked is None:
            tracked = self._tracked[key] = self._track(key)
        if tracked is not self._current:
            if self._current is not None:
                self._settle(self._current)
            self._current = tracked
        tracked.count += 1
        tracked.digest.update(_fingerprint(message))
        if tracked.state is _State.LIVE:
            self._sink(message)
        elif tracked.state is _State.HOLDING:
            tracked.held.append(message)
            if tracked.count > tracked.hold_up_to:
                self._release(tracked)
        elif tracked.state is _State.UNCHANGED:
            tracked.state = _State.REREAD

    def finish(self) -> None:
        """The stream has ended: settle the conversation still held."""
        if self._current is not None:
            self._settle(self._current)
            self._current = None

    def reread(self) -> set[str]:
        """Conversation keys (`conversation_key`) to read again whole in a second pass."""
        return {key for key, tracked in self._tracked.items() if tracked.state is _State.REREAD}

    def marks(self) -> Iterator[tuple[str, Mark]]:
        """Vault keys and marks of the conversations detected in this scan."""
        for key, tracked in self._tracked.items():
            if tracked.state is not _State.UNCHANGED:
                yield mark_key(self._teen_id, key), tracked.mark()

    def _track(self, key: str) -> _Tracked:
        known = self._known.get(mark_key(self._teen_id, key))
        digest = hashlib.blake2b(digest_size=16, key=self._salt)
        return _Tracked(known, digest, _State.LIVE if known is None else _State.HOLDING)

    def _settle(self, tracked: _Tracked) -> None:
        if tracked.state is not _State.HOLDING:
            return
        if tracked.mark() == tracked.known:
            tracked.state, tracked.held = _State.UNCHANGED, []
        else:
            self._release(tracked)

    def _release(self, tracked: _Tracked) -> None:
        held, tracked.held, tracked.state = tracked.held, [], _State.LIVE
        for message in held:
            self._sink(message)


def _fingerprint(message: Message) -> bytes:
    """Everything detection reads from a message, so an edit anywhere changes the digest."""
    sent_at = message.sent_at.isoformat() if message.sent_at else ""
    fields = (
        message.sender, message.sender_id or "", "1" if message.from_owner else "0", sent_at,
        message.kind.value, str(message.position), message.conversation_title, message.text,
    )
    return ("\x1f".join(fields) + "\x1e").encode("utf-8", "surrogatepass")
