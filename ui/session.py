"""The unlocked state of the app: the vault, the parent key, the teens and the decrypted
alerts, held in memory only between unlock and lock."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QObject, Signal

from guardian import audit, family, feedback
from guardian.agreement import propose
from guardian.agreement_store import (
    MILESTONE_EVENTS,
    AgreementStore,
    Loaded,
    NoAgreement,
    announce_milestones,
    parent_session,
    policy_for,
)
from guardian.agreement_store import Session as AgreementSession
from guardian.evidence import EvidenceError, build_dossier, write_dossier
from guardian.family import TeenProfile
from guardian.inbox import InboxItem, ReviewScope, agreed_scope, item_from, unread_count
from guardian.ingest.model import LocalText
from guardian.overview import ScannedSource, scanned_sources
from guardian.settings import Settings
from guardian.vault import keys
from guardian.vault.secretstore import SecretStore, SecretStoreUnavailable
from guardian.vault.store import StoredAlert, Vault
from ui.dossier_pdf import render_pdf

# Whether Guardian watches a teen today, from the last valid signed agreement.
Monitoring = Literal["on", "paused", "ended", "unsigned"]
_PRECEDENCE: tuple[Monitoring, ...] = ("on", "paused", "unsigned", "ended")


def monitoring_of(vault: Vault, teen_id: str) -> Monitoring:
    """Read from the signed policy with public keys only, so it shows while locked too."""
    try:
        policy = policy_for(vault, teen_id)
    except NoAgreement:
        return "unsigned"
    return "ended" if policy.ended else "paused" if policy.paused else "on"


def combined(states: Iterable[Monitoring]) -> Monitoring:
    """Several teens in one word: "on" while any teen is watched, then paused, unsigned, ended."""
    found = set(states)
    return next((state for state in _PRECEDENCE if state in found), "unsigned")


@dataclass(frozen=True)
class Milestone:
    """The scope narrowed or monitoring ended by itself since the parent last looked."""

    teen_id: str
    event: str  # a value of agreement_store.MILESTONE_EVENTS
    on: date


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
    agreements_changed = Signal()  # a version was signed (a change, a pause): the visible signs refresh

    def __init__(self, data_dir: Path, settings: Settings, vault: Vault | None = None,
                 secret_store: SecretStore | None = None) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.settings = settings
        self.vault = vault
        # The OS key store that may remember the parent key; None when this computer has none.
        self.secret_store = secret_store
        self.parent_key: keys.ParentKey | None = None
        self.profiles: list[TeenProfile] = []
        self.items: list[InboxItem] = []
        self.sources: list[ScannedSource] = []
        # The last scan's unreadable inputs: our own one-line reasons (IngestError), never chat text.
        self.scan_problems: list[str] = []
        # Kept after a lock so the folder watcher can still name the teen's own messages.
        self.known_owners: list[str] = []
        # Milestones logged since the parent's previous visit, shown once after unlocking.
        self.milestones: list[Milestone] = []

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
        self.announce_milestones()
        self.milestones = self._milestones_since_last_visit()
        self.reload()
        self.unlocked.emit()

    def unlock_remembered(self) -> bool:
        """Open without the passphrase when this computer account remembers the parent key.
        False on any failure (not remembered, key gone or wrong, store locked): the lock screen asks."""
        if self.secret_store is None or not self.has_vault:
            return False
        parent = self.open_vault().unlock_remembered(self.secret_store)
        if parent is None:
            return False
        self.unlock_with(parent)
        return True

    @property
    def remembered(self) -> bool:
        return self.has_vault and self.open_vault().remembered

    def set_remembered(self, on: bool) -> None:
        """Remember the parent key on this computer account (needs it unlocked), or forget it.
        SecretStoreUnavailable when there is no OS key store or it refuses."""
        vault = self.open_vault()
        if on:
            assert self.parent_key is not None, "only an unlocked parent is remembered"
            if self.secret_store is None:
                raise SecretStoreUnavailable("no system key store")
            vault.remember(self.parent_key, self.secret_store)
        else:
            vault.forget(self.secret_store)
        self.settings_changed.emit()  # the Sources page shows the choice again

    def lock(self) -> None:
        if self.parent_key is None:
            return
        self.parent_key = None
        self.profiles = []
        self.items = []
        self.sources = []
        self.alerts_changed.emit()  # the pages drop what they show
        self.locked.emit()

    def add_teen(self, name: str, pin: str, accounts: tuple[str, ...], birth_month: str) -> TeenProfile:
        """A new teen profile: a PIN-wrapped key in the vault, the profile sealed in the settings,
        and version 1 of their agreement signed by both (the teen just typed the PIN)."""
        vault = self.open_vault()
        assert self.parent_key is not None, "only an unlocked parent adds a teen"
        teen = TeenProfile(family.new_teen_id(), name, accounts)
        family.add_teen(vault, teen.id, pin)
        family.sign_first_agreement(vault, self.parent_key, teen.id, pin, birth_month)
        self.profiles = [*self.profiles, teen]
        self.known_owners = family.owners(self.profiles)
        self.save_settings(teen_ids=[p.id for p in self.profiles],
                           profiles=family.seal_profiles(vault.header.public_key, self.profiles))
        self.teens_changed.emit()
        self.agreements_changed.emit()
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
            raise EvidenceError(LocalText(en="Guardian is locked", fr="Guardian est verrouillé"))
        dossier = build_dossier(self.vault, self.parent_key, alert_id, language)
        return write_dossier(dossier, folder, render_pdf), dossier.sha256

    def set_status(self, alert_id: str, status: str) -> None:
        if self.vault is None:
            return
        self.vault.set_status(alert_id, status)
        item = next((i for i in self.items if i.id == alert_id), None)
        if status == "not_a_concern" and item is not None and item.payload is not None:
            feedback.record_not_a_concern(self.vault, item.payload)
        self.items = [i.with_status(status) if i.id == alert_id else i for i in self.items]
        self.alerts_changed.emit()

    # --- settings ------------------------------------------------------------------------

    def save_settings(self, **changes: object) -> None:
        self.settings = replace(self.settings, **changes)  # type: ignore[arg-type]
        self.settings.save(self.data_dir)
        self.settings_changed.emit()

    def owners(self, teen_id: str | None) -> list[str]:
        return family.owners(self.profiles, teen_id) if self.profiles else list(self.known_owners)

    # --- the family agreement ------------------------------------------------------------

    def monitoring(self, teen_id: str | None = None) -> Monitoring:
        """One teen's state, or all teens' in one word (also while locked: no secret needed)."""
        if not self.has_vault:
            return "unsigned"
        vault = self.open_vault()
        teens = [teen_id] if teen_id else self.settings.teen_ids
        return combined(monitoring_of(vault, teen) for teen in teens)

    def announce_milestones(self) -> None:
        """Log the ages reached since the last start (at start-up and on unlock)."""
        if not self.has_vault:
            return
        vault = self.open_vault()
        for teen_id in self.settings.teen_ids:
            try:
                announce_milestones(vault, teen_id)
            except NoAgreement:
                continue

    def _milestones_since_last_visit(self) -> list[Milestone]:
        """Each teen's latest milestone logged since the parent's previous visit (an end of
        monitoring makes an earlier narrowing moot)."""
        entries = audit.entries(self.open_vault().db)
        visits = [e.at for e in entries if e.event in ("vault_unlocked", "passphrase_reset")]
        since = visits[-2] if len(visits) > 1 else None  # the last one is this visit
        latest: dict[str, Milestone] = {}
        for e in entries:
            if e.event in MILESTONE_EVENTS.values() and e.teen_id and (since is None or e.at > since):
                found = Milestone(e.teen_id, e.event, date.fromisoformat(str(e.detail["on"])))
                if e.teen_id not in latest or found.on >= latest[e.teen_id].on:
                    latest[e.teen_id] = found
        return list(latest.values())

    def agreement_session(self, teen_id: str) -> AgreementSession:
        """The unlocked parent's hold on one teen's agreement."""
        assert self.parent_key is not None, "the parent's agreement session needs the vault unlocked"
        return parent_session(self.open_vault(), self.parent_key, teen_id)

    def review_scope(self, teen_id: str | None) -> ReviewScope:
        """What the teen's agreement lets the parent see around a flagged line, today."""
        assert self.vault is not None and self.parent_key is not None, "alerts are read unlocked"
        return agreed_scope(self.vault, self.parent_key, teen_id, date.today())

    def load_agreement(self, teen_id: str) -> Loaded | None:
        """The teen's current agreement as the parent reads it; None before the first is signed."""
        try:
            return AgreementStore(self.open_vault()).load(self.agreement_session(teen_id))
        except NoAgreement:
            return None

    def sign_first_agreement(self, teen_id: str, pin: str, birth_month: str) -> None:
        """For a teen added before agreements existed. WrongSecret / TooSoon for the PIN."""
        assert self.parent_key is not None, "only an unlocked parent signs"
        family.sign_first_agreement(self.open_vault(), self.parent_key, teen_id, pin, birth_month)
        self.agreements_changed.emit()

    def set_paused(self, teen_id: str | None, paused: bool) -> None:
        """Pause or resume one teen (or every teen whose monitoring has not ended), each as a
        new agreement version the parent signs: logged, and shown in the teen's view."""
        vault = self.open_vault()
        store = AgreementStore(vault)
        for teen in [teen_id] if teen_id else self.settings.teen_ids:
            if monitoring_of(vault, teen) != ("on" if paused else "paused"):
                continue
            session = self.agreement_session(teen)
            current = store.load(session).agreement
            store.commit(propose(current, {"paused": paused}, "parent", vault.clock.now().date()), session)
        self.agreements_changed.emit()

    def teen_signs_in(self, teen_id: str, pin: str) -> AgreementSession:
        """The teen's own view: WrongSecret / TooSoon, delayed and logged like the passphrase."""
        return family.teen_signs_in(self.open_vault(), teen_id, pin)

    def teen_added_on(self, teen_id: str) -> date | None:
        """When a profile was set up (the audit log is readable without a secret): tells siblings apart."""
        found = (e.at.date() for e in audit.entries(self.open_vault().db, teen_id)
                 if e.event == "teen_added" and e.teen_id == teen_id)
        return next(found, None)
