"""The unlocked state of the app: the vault, the parent key, the teens and the decrypted
alerts, held in memory only between unlock and lock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from guardian import family, feedback
from guardian.evidence import EvidenceError, build_dossier, write_dossier
from guardian.family import TeenProfile
from guardian.inbox import InboxItem, item_from, unread_count
from guardian.overview import ScannedSource, scanned_sources
from guardian.settings import Settings
from guardian.vault import keys
from guardian.vault.store import StoredAlert, Vault
from ui.dossier_pdf import render_pdf


@dataclass(frozen=True)
class Snapshot:
    """What the pages show, read from the vault; built in any thread (it touches no widget)."""

    items: list[InboxItem]
    sources: list[ScannedSource]


def read_snapshot(vault: Vault, parent: keys.ParentKey) -> Snapshot:
    return Snapshot([item_from(stored) for stored in vault.alerts(parent)], scanned_sources(vault, parent))


class Session(QObject):
    """One family's vault in one data dir. Signals tell the pages when to refresh."""

    unlocked = Signal()
    locked = Signal()
    alerts_changed = Signal()
    settings_changed = Signal()
    teens_changed = Signal()

    def __init__(self, data_dir: Path, settings: Settings, vault: Vault | None = None) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.settings = settings
        self.vault = vault
        self.parent_key: keys.ParentKey | None = None
        self.profiles: list[TeenProfile] = []
        self.items: list[InboxItem] = []
        self.sources: list[ScannedSource] = []
        # The last scan's unreadable inputs: our own one-line reasons (IngestError), never chat text.
        self.scan_problems: list[str] = []
        # Kept after a lock so the folder watcher can still name the teen's own messages.
        self.known_owners: list[str] = []

    # --- state ---------------------------------------------------------------------------

    @property
    def has_vault(self) -> bool:
        return Vault.path(self.data_dir).exists()

    @property
    def is_unlocked(self) -> bool:
        return self.parent_key is not None

    def open_vault(self) -> Vault:
        if self.vault is None:
            self.vault = Vault.open(self.data_dir)
        return self.vault

    def unlock(self, passphrase: str) -> None:
        """Raises WrongSecret or TooSoon (the vault counts and logs failures)."""
        self.unlock_with(self.open_vault().unlock(passphrase))

    def reset_passphrase(self, recovery_code: str, new_passphrase: str) -> None:
        """Unlock with the recovery code and set a new passphrase; WrongSecret / TooSoon as unlock."""
        self.unlock_with(self.open_vault().reset_passphrase(recovery_code, new_passphrase))

    def unlock_with(self, parent: keys.ParentKey) -> None:
        self.parent_key = parent
        self.profiles = family.open_profiles(parent, self.settings.profiles)
        self.known_owners = family.owners(self.profiles)
        self.reload()
        self.unlocked.emit()

    def lock(self) -> None:
        if self.parent_key is None:
            return
        self.parent_key = None
        self.profiles = []
        self.items = []
        self.sources = []
        self.alerts_changed.emit()  # the pages drop what they show
        self.locked.emit()

    def add_teen(self, name: str, pin: str, accounts: tuple[str, ...]) -> TeenProfile:
        """A new teen profile: a PIN-wrapped key in the vault, the profile sealed in the settings."""
        vault = self.open_vault()
        teen = TeenProfile(family.new_teen_id(), name, accounts)
        family.add_teen(vault, teen.id, pin)
        self.profiles = [*self.profiles, teen]
        self.known_owners = family.owners(self.profiles)
        self.save_settings(teen_ids=[p.id for p in self.profiles],
                           profiles=family.seal_profiles(vault.header.public_key, self.profiles))
        self.teens_changed.emit()
        return teen

    def reload(self) -> None:
        if self.vault is not None and self.parent_key is not None:
            self.apply(read_snapshot(self.vault, self.parent_key))

    def apply(self, snapshot: Snapshot) -> None:
        """Show what a worker read; ignored once locked (the worker may finish after a lock)."""
        if self.parent_key is None:
            return
        self.items, self.sources = snapshot.items, snapshot.sources
        self.alerts_changed.emit()

    def snapshot_reader(self) -> Callable[[Vault], Snapshot] | None:
        """For a scan worker: reads the vault back with the current key, or None while locked."""
        parent = self.parent_key
        return None if parent is None else partial(read_snapshot, parent=parent)

    def unread(self, teen_id: str | None = None) -> int:
        return unread_count(self.items, teen_id)

    def teen_name(self, teen_id: str | None) -> str:
        return next((p.name for p in self.profiles if p.id == teen_id), "")

    # --- alerts --------------------------------------------------------------------------

    def open_alert(self, alert_id: str) -> StoredAlert | None:
        """The alert to show; logged in the audit trail the teen sees."""
        if self.vault is None or self.parent_key is None:
            return None
        return self.vault.open_alert(self.parent_key, alert_id)

    def export_evidence(self, alert_id: str, folder: Path, language: str) -> tuple[list[Path], str]:
        """Write the alert's evidence dossier (PDF and JSON) to `folder`; logged for the teen.
        Returns the files and the dossier's SHA-256. Raises EvidenceError or OSError."""
        if self.vault is None or self.parent_key is None:
            raise EvidenceError("Guardian is locked")
        dossier = build_dossier(self.vault, self.parent_key, alert_id, language)
        return write_dossier(dossier, folder, render_pdf), dossier.sha256

    def set_status(self, alert_id: str, status: str) -> None:
        if self.vault is None:
            return
        self.vault.set_status(alert_id, status)
        item = next((i for i in self.items if i.id == alert_id), None)
        if status == "not_a_concern" and item is not None and item.payload is not None:
            feedback.record_not_a_concern(self.data_dir, item.payload)
        self.items = [i.with_status(status) if i.id == alert_id else i for i in self.items]
        self.alerts_changed.emit()

    # --- settings ------------------------------------------------------------------------

    def save_settings(self, **changes: object) -> None:
        self.settings = replace(self.settings, **changes)  # type: ignore[arg-type]
        self.settings.save(self.data_dir)
        self.settings_changed.emit()

    def owners(self, teen_id: str | None) -> list[str]:
        return family.owners(self.profiles, teen_id) if self.profiles else list(self.known_owners)
