"""What every importer is, and what it is given while reading."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import ClassVar

from .inputs import Entry, Tree
from .model import LocalText, Message

# The sender name given to the teen's messages by exports that never name their owner
# (SMS backups, iMessage databases): they only flag which messages were sent.
OWNER_SENDER = "Me"


def fold_name(name: str) -> str:
    """How owner names are compared: case- and surrounding-space-insensitive, '@' optional."""
    return name.strip().lstrip("@").casefold()


@dataclass
class Shard:
    """One reader's share when several processes read the same inputs: every `count`-th unit,
    from the `index`-th. A unit is a piece of an export that holds whole conversations and can
    be read or skipped on its own (a chat, a thread folder, a file); units are numbered in
    reading order, which every reader follows, so the shares never overlap and cover all."""

    index: int
    count: int
    unit: int = -1  # the number of the unit met last

    def take(self) -> bool:
        """Whether the unit starting now is this reader's."""
        self.unit += 1
        return self.unit % self.count == self.index


@dataclass
class ReadContext:
    """Owner names known before reading, a place to leave non-fatal warnings, and the share of
    units to read when several processes read the same inputs."""

    owners: set[str] = field(default_factory=set)  # folded with fold_name
    warnings: list[str] = field(default_factory=list)
    shard: Shard | None = None

    def takes_unit(self, *entries: Entry) -> bool:
        """Called by a `shardable` importer as each unit starts: read it (True) or skip it.
        A skipped unit's `entries` (when it is whole files) count as read, for the progress bar."""
        if self.shard is None or self.shard.take():
            return True
        for entry in entries:
            if entry.meter is not None:
                entry.meter.done += entry.size
        return False

    @classmethod
    def for_owners(cls, names: Iterable[str]) -> ReadContext:
        return cls({fold_name(n) for n in names if n.strip()})

    def is_owner(self, *names: str | None) -> bool:
        return any(n is not None and fold_name(n) in self.owners for n in names)


class Importer(ABC):
    """One export format. Subclasses are registered in `registry.IMPORTERS`."""

    format_id: ClassVar[str]  # stable machine name, e.g. "whatsapp-txt"
    platform: ClassVar[str]  # "whatsapp", "tiktok", ...
    label: ClassVar[str]  # human name of the format
    gaps: ClassVar[tuple[LocalText, ...]] = ()  # what this export never contains
    # True when the export itself marks the owner's messages (IsSender, is_from_me, SMS type...).
    marks_owner: ClassVar[bool] = False
    # True when `read` calls ctx.takes_unit() as each unit starts and skips the units it refuses;
    # otherwise a whole export is one unit.
    shardable: ClassVar[bool] = False

    @abstractmethod
    def detect(self, tree: Tree) -> str | None:
        """The variant name if this tree is an export of this format, from content, not names."""

    def stated_owners(self, tree: Tree, variant: str) -> list[str]:
        """Owner names the export states (a profile's user name), if any."""
        return []

    @abstractmethod
    def read(self, tree: Tree, variant: str, ctx: ReadContext) -> Iterator[Message]:
        """Stream the messages: grouped by conversation and in time order within each
        wherever the format allows it without holding more than one conversation.

        Raises IngestError (never another exception) when the input is broken; the
        messages yielded before that stay valid."""
