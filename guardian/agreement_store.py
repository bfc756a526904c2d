"""Family agreements in the vault's SQLite file: one signed row per version and per teen.

Each row holds
- `body`: the whole agreement (guardian.agreement), AES-256-GCM-encrypted with the teen key, so
  the parent (who can unseal the teen key) and the teen (with their PIN) both read it;
- `policy`: a plaintext projection for the background scanner, which holds no secret: the
  watched categories and sensitivities, the age schedule as dates, pause, end date, retention,
  notification choice and the trusted contacts as keyed hashes; nothing read from a chat;
- Ed25519 signatures by its author(s) over a statement binding the teen, the version, the time,
  the author, the previous valid version's digest, the body ciphertext's hash and the policy.

A version counts only if its signatures verify against the public keys in the vault header,
it follows the last valid version, and whoever had to sign it did (see `agreement.effect`). A
row edited, forged or deleted outside the app is reported and the last valid version is used.

Trade-offs, written down on purpose:
- The policy is readable by anyone who can read the file (categories, pause, the end date and
  therefore the teen's birth month). The scanner must obey the agreement without a secret, and
  signing makes the policy tamper-evident, not confidential. Nothing chat-derived is in it.
- Trusted contacts appear in the policy only as HMAC-SHA256(per-agreement random salt,
  fold_name(contact)). The salt sits beside the hashes (the scanner needs it), so the hashes
  stop a reader from *listing* the contacts and from matching them across families, but not
  from confirming a guessed name. The names themselves are only in the encrypted body.
- The scanner trusts the public keys in the header. Unlocked, the app re-derives the parent's
  key and refuses a header whose parent key differs. A new teen key (after a PIN change) is
  added when the teen next signs, and that is logged for both to see.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, TypeVar, cast

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from . import audit
from .agreement import (
    AUTHORS,
    Agreement,
    AgreementError,
    Author,
    Policy,
    Proposal,
    contact_hash,
    effect,
    milestones,
    policy_effect,
    project,
    renumbered,
)
from .detect.scoring import DetectorConfig, Level
from .vault import crypto, keys
from .vault.crypto import DecryptionError
from .vault.store import Vault, aad

SCHEMA = """
CREATE TABLE IF NOT EXISTS agreements (
    teen_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    author TEXT NOT NULL,
    previous TEXT NOT NULL,
    body BLOB NOT NULL,
    policy TEXT NOT NULL,
    signatures TEXT NOT NULL,
    PRIMARY KEY (teen_id, version)
);
CREATE TABLE IF NOT EXISTS agreement_pending (
    teen_id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    author TEXT NOT NULL,
    previous TEXT NOT NULL,
    body BLOB NOT NULL,
    policy TEXT NOT NULL,
    signatures TEXT NOT NULL
);
"""
COLUMNS = "teen_id, version, created_at, author, previous, body, policy, signatures"
GENESIS = "0" * 64
STATEMENT_KIND = "guardian/agreement/v1"
BOTH: frozenset[Author] = frozenset(AUTHORS)
LOGGED_VERSIONS = ("agreement_signed", "agreement_changed")
MILESTONE_EVENTS = {"stage": "monitoring_narrowed", "ended": "monitoring_ended"}
T = TypeVar("T")


class CoSignatureRequired(AgreementError):
    def __init__(self, missing: frozenset[Author]) -> None:
        self.missing = missing
        super().__init__(f"this change also needs the signature of: {', '.join(sorted(missing))}")


class NoAgreement(AgreementError):
    """No valid agreement for this teen (none signed yet, or every version is damaged)."""


def actor(who: Author, teen_id: str) -> str:
    """The audit actor and the header's key name: "parent" or "teen:<id>"."""
    return "parent" if who == "parent" else f"teen:{teen_id}"


@dataclass(frozen=True)
class Signer:
    who: Author
    teen_id: str
    key: Ed25519PrivateKey

    @property
    def name(self) -> str:
        return actor(self.who, self.teen_id)

    @property
    def public(self) -> bytes:
        return keys.verify_key_bytes(self.key)


@dataclass(frozen=True)
class Session:
    """What an unlocked parent, or a teen who typed their PIN, holds for one teen's agreement."""

    teen_id: str
    teen_key: bytes
    signer: Signer


def parent_session(vault: Vault, parent: keys.ParentKey, teen_id: str) -> Session:
    teen_key = keys.teen_key_for_parent(vault.header, parent, teen_id)
    return Session(teen_id, teen_key, Signer("parent", teen_id, keys.parent_signing_key(parent)))


def teen_session(vault: Vault, teen_id: str, pin: str) -> Session:
    """DecryptionError on a wrong PIN."""
    teen_key, signing = keys.teen_keys_with_pin(vault.header, teen_id, pin)
    return Session(teen_id, teen_key, Signer("teen", teen_id, signing))


@dataclass(frozen=True)
class _Row:
    teen_id: str
    version: int
    created_at: str
    author: str
    previous: str
    body: bytes
    policy: str
    signatures: str  # JSON: who -> {"key": hex, "sig": hex}

    def statement(self) -> bytes:
        return json.dumps({
            "kind": STATEMENT_KIND, "teen_id": self.teen_id, "version": self.version, "at": self.created_at,
            "author": self.author, "previous": self.previous, "body": hashlib.sha256(self.body).hexdigest(),
            "policy": self.policy,
        }, sort_keys=True).encode("utf-8")

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.statement()).hexdigest()

    @property
    def day(self) -> date:
        return datetime.fromisoformat(self.created_at).date()

    def signed_by(self, header: keys.Header) -> frozenset[Author]:
        """Who validly signed this row (a signature that does not verify counts as none)."""
        try:
            found = json.loads(self.signatures)
            return frozenset(
                who for who in AUTHORS if who in found and keys.signature_valid(
                    header, actor(who, self.teen_id), bytes.fromhex(found[who]["key"]),
                    bytes.fromhex(found[who]["sig"]), self.statement(),
                )
            )
        except (ValueError, KeyError, TypeError):
            return frozenset()

    def with_signatures(self, signers: Sequence[Signer]) -> _Row:
        found = json.loads(self.signatures) if self.signatures else {}
        statement = self.statement()
        for signer in signers:
            found[signer.who] = {"key": signer.public.hex(), "sig": signer.key.sign(statement).hex()}
        return replace(self, signatures=json.dumps(found, sort_keys=True))

    def values(self) -> tuple[str, int, str, str, str, bytes, str, str]:
        return (self.teen_id, self.version, self.created_at, self.author, self.previous, self.body, self.policy,
                self.signatures)


class _Invalid(Exception):
    """A row that does not count (damaged, forged or not signed by whom it needed)."""


@dataclass(frozen=True)
class Loaded:
    agreement: Agreement
    tampered: tuple[int, ...]  # versions damaged, forged or missing: skipped, reported to both
    pending: Proposal | None  # a teen's proposal waiting for the parent, if any
    digest: str  # of the current version's row: what the next version follows

    @property
    def fell_back(self) -> bool:
        return any(v > self.agreement.version for v in self.tampered)


# --- checking rows -----------------------------------------------------------------------------


def _check_policy(header: keys.Header, row: _Row, previous: Policy | None) -> Policy:
    """The row's policy, if its signatures are the ones the change needed (no secret used)."""
    try:
        policy = Policy.from_json(json.loads(row.policy))
    except ValueError:
        raise _Invalid from None
    if (policy.teen_id, policy.version) != (row.teen_id, row.version) or row.author not in AUTHORS:
        raise _Invalid
    needed = BOTH if previous is None else policy_effect(previous, policy, row.day).signers(row.author)
    if not needed <= row.signed_by(header):
        raise _Invalid
    return policy


def _check_full(header: keys.Header, teen_key: bytes, row: _Row, previous: Agreement | None) -> Agreement:
    """The row's agreement: its policy checks out, its body opens and matches it, and the full
    privacy effect (context, masking, platforms too) was signed by whom it needed."""
    policy = _check_policy(header, row, None if previous is None else project(previous))
    try:
        plain = crypto.decrypt(teen_key, row.body, _body_aad(row))
        agreement = Agreement.from_json(json.loads(plain))
    except (DecryptionError, ValueError):
        raise _Invalid from None
    if (agreement.teen_id, agreement.version) != (row.teen_id, row.version) or project(agreement) != policy:
        raise _Invalid
    if previous is not None:
        needed = effect(previous, agreement, row.day).signers(cast(Author, row.author))
        if not needed <= row.signed_by(header):
            raise _Invalid
    return agreement


def _body_aad(row: _Row) -> bytes:
    """Where a body belongs. A waiting proposal uses its future place: approving moves it unchanged."""
    return aad("agreements", f"{row.teen_id}/{row.version}")


# --- the store -----------------------------------------------------------------------------------


class AgreementStore:
    """Every teen's agreement in one vault; creates its tables on first use."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        _ensure_tables(vault)

    # --- reading ----------------------------------------------------------------------

    def load(self, session: Session) -> Loaded:
        """The last valid version; NoAgreement when there is none. Never raises for a bad row."""
        header, teen_key = _saved_header(self.vault), session.teen_key
        _check_parent_key(header, session)
        current, digest, tampered = _walk(
            _rows(self.vault, "agreements", session.teen_id),
            lambda row, previous: _check_full(header, teen_key, row, previous),
        )
        if current is None:
            raise NoAgreement("no valid agreement for this teen")
        skipped = _with_missing(self.vault, session.teen_id, current.version, tampered)
        return Loaded(current, skipped, self._pending(header, session, current, digest), digest)

    def _pending(self, header: keys.Header, session: Session, current: Agreement, digest: str) -> Proposal | None:
        """The waiting proposal, if it still applies to the current version and its author signed it."""
        rows = _rows(self.vault, "agreement_pending", session.teen_id)
        if not rows or rows[0].previous != digest or rows[0].author not in AUTHORS:
            return None
        row, author = rows[0], rows[0].author
        try:
            proposed = Agreement.from_json(json.loads(crypto.decrypt(session.teen_key, row.body, _body_aad(row))))
            policy = Policy.from_json(json.loads(row.policy))
        except (DecryptionError, ValueError):
            return None
        if author not in row.signed_by(header) or project(proposed) != policy:
            return None
        return Proposal(current, proposed, author, effect(current, proposed, row.day))

    # --- writing ----------------------------------------------------------------------

    def create(self, agreement: Agreement, parent: Session, teen: Session) -> None:
        """Version 1, signed by both after reading it together."""
        if _rows(self.vault, "agreements", agreement.teen_id):
            raise AgreementError("this teen already has an agreement: propose a change instead")
        if agreement.version != 1 or {parent.signer.who, teen.signer.who} != BOTH:
            raise AgreementError("the first version is signed by the parent and the teen")
        row = self._row(agreement, "parent", GENESIS, parent.teen_key)
        self._insert(row.with_signatures([parent.signer, teen.signer]), [parent.signer, teen.signer],
                     "agreement_signed", "parent", ("all",), agreement.paused)

    def commit(self, proposal: Proposal, session: Session, co_signer: Signer | None = None) -> Agreement:
        """Store the proposal as the new version; CoSignatureRequired when a needed signature is missing."""
        _check_author(proposal, session)
        signers = [session.signer] + ([co_signer] if co_signer else [])
        missing = proposal.signers - {s.who for s in signers}
        if missing:
            raise CoSignatureRequired(frozenset(missing))
        loaded = self._current(session, proposal)
        version = self._next_version(session.teen_id)
        proposal = renumbered(proposal, version)
        row = self._row(proposal.agreement, proposal.author, loaded.digest, session.teen_key)
        self._insert(row.with_signatures(signers), signers, "agreement_changed",
                     actor(proposal.author, session.teen_id), proposal.effect.changed, proposal.agreement.paused)
        return proposal.agreement

    def submit(self, proposal: Proposal, session: Session) -> bool:
        """Commit when the author's signature is enough; otherwise keep it for the other to sign.
        Returns True when committed. A newer proposal replaces a waiting one."""
        _check_author(proposal, session)
        if proposal.signers <= {session.signer.who}:
            self.commit(proposal, session)
            return True
        loaded = self._current(session, proposal)
        version = self._next_version(session.teen_id)
        agreement = renumbered(proposal, version).agreement
        row = self._row(agreement, proposal.author, loaded.digest, session.teen_key)
        row = row.with_signatures([session.signer])
        with self.vault.transaction() as db:
            self._register(db, [session.signer])
            db.execute("INSERT OR REPLACE INTO agreement_pending VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row.values())
            audit.append(db, self.vault.clock.now(), session.signer.name, "agreement_proposed", session.teen_id,
                         {"changes": ",".join(proposal.effect.changed)})
        return False

    def approve(self, session: Session) -> Agreement:
        """Co-sign the other party's waiting proposal, making it the new version."""
        pending = self.load(session).pending
        if pending is None:
            raise AgreementError("no proposal is waiting, or it no longer applies")
        if pending.author == session.signer.who:
            raise AgreementError("a proposal is approved by the other party")
        [row] = _rows(self.vault, "agreement_pending", session.teen_id)
        self._insert(row.with_signatures([session.signer]), [session.signer], "agreement_changed",
                     session.signer.name, pending.effect.changed, pending.agreement.paused)
        return pending.agreement

    def decline(self, session: Session) -> None:
        with self.vault.transaction() as db:
            deleted = db.execute("DELETE FROM agreement_pending WHERE teen_id = ?", (session.teen_id,)).rowcount
            if deleted:
                audit.append(db, self.vault.clock.now(), session.signer.name, "agreement_declined", session.teen_id)

    # --- helpers ----------------------------------------------------------------------

    def _current(self, session: Session, proposal: Proposal) -> Loaded:
        loaded = self.load(session)
        if loaded.agreement != proposal.base:
            raise AgreementError("the agreement changed meanwhile: start again from the current version")
        return loaded

    def _next_version(self, teen_id: str) -> int:
        row = self.vault.db.execute(
            "SELECT max(version) FROM (SELECT version FROM agreements WHERE teen_id = ? "
            "UNION ALL SELECT version FROM agreement_pending WHERE teen_id = ?)", (teen_id, teen_id),
        ).fetchone()
        logged = max(_logged_versions(self.vault, teen_id), default=0)
        return max(int(row[0] or 0), logged) + 1

    def _row(self, agreement: Agreement, author: Author, previous: str, teen_key: bytes) -> _Row:
        plain = json.dumps(agreement.to_json(), ensure_ascii=False, sort_keys=True).encode("utf-8")
        policy = json.dumps(project(agreement).to_json(), ensure_ascii=False, sort_keys=True)
        created = self.vault.clock.now().isoformat()
        row = _Row(agreement.teen_id, agreement.version, created, author, previous, b"", policy, "")
        return replace(row, body=crypto.encrypt(teen_key, plain, _body_aad(row)))

    def _register(self, db: Any, signers: Sequence[Signer]) -> None:
        """Put each signer's public key in the header (a teen's new PIN gives a new key: logged)."""
        changed = False
        for signer in signers:
            had_one = bool(self.vault.header.verify_keys.get(signer.name))
            if keys.register_verify_key(self.vault.header, signer.name, signer.public):
                changed = True
                if had_one:
                    audit.append(db, self.vault.clock.now(), signer.name, "signing_key_added", signer.teen_id)
        if changed:
            self.vault.save_header()

    def _insert(
        self, row: _Row, signers: Sequence[Signer], event: str, who: str, changes: Sequence[str], paused: bool
    ) -> None:
        with self.vault.transaction() as db:
            self._register(db, signers)
            db.execute("INSERT INTO agreements VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row.values())
            db.execute("DELETE FROM agreement_pending WHERE teen_id = ?", (row.teen_id,))
            detail: dict[str, str | int] = {
                "version": row.version, "author": row.author,
                "signed_by": ",".join(sorted(json.loads(row.signatures))), "changes": ",".join(changes),
            }
            if "paused" in changes:
                detail["paused"] = int(paused)  # the log says which: paused or resumed
            audit.append(db, self.vault.clock.now(), who, event, row.teen_id, detail)


def _check_author(proposal: Proposal, session: Session) -> None:
    if proposal.author != session.signer.who or proposal.agreement.teen_id != session.teen_id:
        raise AgreementError("a proposal is signed first by its author, for their own agreement")


def _check_parent_key(header: keys.Header, session: Session) -> None:
    """Unlocked by the parent: the header must hold the parent's real key and no other."""
    if session.signer.who != "parent":
        return
    registered = header.verify_keys.get("parent")
    if registered is not None and registered != [session.signer.public]:
        raise AgreementError("the vault header's signing key was changed outside Guardian")


def _ensure_tables(vault: Vault) -> None:
    """Create the tables on first use; later calls take no write lock."""
    found = vault.db.execute("SELECT count(*) FROM sqlite_master WHERE name IN ('agreements', 'agreement_pending')")
    if found.fetchone()[0] == 2:
        return
    with vault.transaction() as db:
        for statement in SCHEMA.split(";"):
            if statement.strip():
                db.execute(statement)


def _saved_header(vault: Vault) -> keys.Header:
    """The header as saved: a long-running scanner must see teen keys the app added since it opened."""
    row = vault.db.execute("SELECT value FROM meta WHERE key = 'header'").fetchone()
    try:
        return keys.Header.from_bytes(row[0]) if row else vault.header
    except DecryptionError:
        return vault.header  # damaged on disk: what we opened with is the better anchor


def _rows(vault: Vault, table: str, teen_id: str) -> list[_Row]:
    query = f"SELECT {COLUMNS} FROM {table} WHERE teen_id = ? ORDER BY version"  # our own table names
    return [_Row(*row) for row in vault.db.execute(query, (teen_id,))]


def _walk(rows: Sequence[_Row], check: Callable[[_Row, T | None], T]) -> tuple[T | None, str, list[int]]:
    """Follow the chain: each row must point at the last valid one and pass `check` against it.
    Returns the last valid state, its row's digest and the versions that did not count."""
    current: T | None = None
    digest, skipped = GENESIS, []
    for row in rows:
        try:
            if row.previous != digest:
                raise _Invalid
            current, digest = check(row, current), row.digest
        except _Invalid:
            skipped.append(row.version)
    return current, digest, skipped


def _with_missing(vault: Vault, teen_id: str, current: int, skipped: list[int]) -> tuple[int, ...]:
    """The skipped versions plus newer ones the log mentions but the table lacks (deleted rows)."""
    return tuple(sorted({*skipped, *(v for v in _logged_versions(vault, teen_id) if v > current)}))


def _logged_versions(vault: Vault, teen_id: str) -> list[int]:
    """Versions the audit log says were stored: a row deleted outside the app is missed by them."""
    return [
        int(entry.detail["version"]) for entry in audit.entries(vault.db, teen_id)
        if entry.event in LOGGED_VERSIONS and entry.teen_id == teen_id and "version" in entry.detail
    ]


# --- the scanner's view: public keys only ---------------------------------------------------------


@dataclass(frozen=True)
class TrustedHashes:
    """Trusted contacts as the scanner holds them: keyed hashes, checked one name at a time.

    The detector intersects a set of folded names with `DetectorConfig.trusted_contacts`
    (`names & config.trusted_contacts`); a set does not know this type, so Python asks
    `__rand__`, which hashes each name. The engine should take a `Container[str]` instead."""

    salt: bytes
    hashes: frozenset[str]

    def trusts(self, name: str) -> bool:
        return bool(name.strip()) and contact_hash(self.salt, name) in self.hashes

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.trusts(name)

    def __rand__(self, names: Set[str]) -> set[str]:
        return {name for name in names if self.trusts(name)}

    __and__ = __rand__

    def __len__(self) -> int:
        return len(self.hashes)


@dataclass(frozen=True)
class DetectorPolicy:
    """What the scanner obeys for one teen today, from the last valid signed policy."""

    teen_id: str
    version: int
    today: date
    categories: dict[str, Level]  # watched today (after the age schedule); empty once ended
    paused: bool
    ends_on: date
    retention_days: int
    notify: str
    trusted: TrustedHashes
    tampered: tuple[int, ...]  # versions skipped because they do not verify

    @property
    def ended(self) -> bool:
        return self.today >= self.ends_on

    @property
    def active(self) -> bool:
        """False while paused or once monitoring has ended: the scanner reads nothing."""
        return not self.paused and not self.ended

    def watches(self, categories: Sequence[str]) -> bool:
        """Whether an alert in these categories is one the family agreed to watch."""
        return self.active and any(c in self.categories for c in categories)


def _valid_policy(vault: Vault, teen_id: str) -> tuple[Policy, tuple[int, ...]]:
    _ensure_tables(vault)
    header = _saved_header(vault)
    current, _digest, tampered = _walk(
        _rows(vault, "agreements", teen_id), lambda row, previous: _check_policy(header, row, previous)
    )
    if current is None:
        raise NoAgreement("no valid agreement for this teen")
    return current, _with_missing(vault, teen_id, current.version, tampered)


def policy_for(vault: Vault, teen_id: str) -> DetectorPolicy:
    """The teen's policy for today, checked with the header's public keys only (no secret).
    NoAgreement when no version verifies."""
    current, tampered = _valid_policy(vault, teen_id)
    today = vault.clock.now().date()
    return DetectorPolicy(
        teen_id, current.version, today, current.categories_on(today), current.paused, current.ends_on,
        current.retention_days, current.notify, TrustedHashes(current.contact_salt, current.trusted), tampered,
    )


def detector_config(policy: DetectorPolicy) -> DetectorConfig:
    """The detector's settings from a policy. Unwatched categories are not expressible in
    DetectorConfig: filter alerts with `policy.watches` (and scan nothing unless `policy.active`)."""
    # The detector only ever computes `names & trusted_contacts`, which TrustedHashes answers.
    trusted = cast(frozenset[str], policy.trusted)
    return DetectorConfig(sensitivity=dict(policy.categories), trusted_contacts=trusted)


def announce_milestones(vault: Vault, teen_id: str) -> tuple[str, ...]:
    """Log, once each, the days the scope narrowed or monitoring ended by itself, so the parent
    and the teen are both told. Returns the events added now (call it at start-up and on unlock)."""
    policy, _tampered = _valid_policy(vault, teen_id)
    today = vault.clock.now().date()
    logged = {(e.event, e.detail.get("on")) for e in audit.entries(vault.db, teen_id) if e.teen_id == teen_id}
    due = [(MILESTONE_EVENTS[kind], day.isoformat()) for day, kind in milestones(policy) if day <= today]
    new = [(event, on) for event, on in due if (event, on) not in logged]
    if new:
        with vault.transaction() as db:
            for event, on in new:
                audit.append(db, vault.clock.now(), "system", event, teen_id, {"on": on})
    return tuple(event for event, _on in new)
