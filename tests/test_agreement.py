"""The family agreement: privacy order of changes, co-signatures, tamper evidence, the age
schedule, the scanner's secret-free policy, and one teen never reaching another's agreement."""

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from conftest import FIXTURES
from guardian import audit, family
from guardian.agreement import (
    AgeStage,
    Agreement,
    AgreementError,
    new_agreement,
    propose,
)
from guardian.agreement_store import (
    AgreementStore,
    CoSignatureRequired,
    NoAgreement,
    Session,
    announce_milestones,
    detector_config,
    parent_session,
    policy_for,
    teen_session,
)
from guardian.clock import FakeClock
from guardian.detect.detector import Detector
from guardian.detect.model import Severity
from guardian.detect.rules import load_rules
from guardian.ingest.model import Message
from guardian.vault import crypto, keys
from guardian.vault.crypto import DecryptionError, KdfParams
from guardian.vault.store import AlertRow, Vault

FAST = KdfParams.fresh(memory_kib=16 * 1024, iterations=1)
PASSPHRASE = "correct horse battery"
START = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
TODAY = START.date()
CANARY = "zorglub-canary-7731 envoie une photo"


class Family:
    def __init__(self, tmp_path: Path) -> None:
        self.clock = FakeClock(START)
        self.vault, self.parent, _code = Vault.create(tmp_path, PASSPHRASE, FAST, self.clock)
        family.add_teen(self.vault, "t1", "4821")
        family.add_teen(self.vault, "t2", "9035")
        self.store = AgreementStore(self.vault)

    def parent_of(self, teen_id: str = "t1") -> Session:
        return parent_session(self.vault, self.parent, teen_id)

    def teen(self, teen_id: str = "t1") -> Session:
        return teen_session(self.vault, teen_id, {"t1": "4821", "t2": "9035"}[teen_id])

    def sign_first(self, teen_id: str = "t1", birth_month: str = "2012-06") -> Agreement:
        agreement = new_agreement(teen_id, birth_month)
        self.store.create(agreement, self.parent_of(teen_id), self.teen(teen_id))
        return agreement


@pytest.fixture
def fam(tmp_path: Path) -> Family:
    return Family(tmp_path)


def _events(fam: Family, teen_id: str = "t1") -> list[tuple[str, str, dict[str, str | int]]]:
    return [(e.actor, e.event, e.detail) for e in audit.entries(fam.vault.db, teen_id) if e.teen_id == teen_id]


# --- co-signing ------------------------------------------------------------------------------


def test_a_privacy_reducing_change_without_the_pin_is_refused(fam: Family) -> None:
    first = fam.sign_first()
    wider = propose(first, {"context_lines": 5}, "parent", TODAY)
    assert wider.effect.reduces == ("context_lines",)
    assert wider.signers == {"parent", "teen"}
    with pytest.raises(CoSignatureRequired) as refused:
        fam.store.commit(wider, fam.parent_of())
    assert refused.value.missing == {"teen"}
    assert fam.store.load(fam.parent_of()).agreement.version == 1
    with pytest.raises(DecryptionError):
        teen_session(fam.vault, "t1", "0000")  # a wrong PIN signs nothing
    fam.store.commit(wider, fam.parent_of(), co_signer=fam.teen().signer)
    loaded = fam.store.load(fam.teen())
    assert (loaded.agreement.version, loaded.agreement.context_lines, loaded.tampered) == (2, 5, ())


@pytest.mark.parametrize(("changes", "reduces"), [
    ({"categories": {**dict.fromkeys(("sextortion", "self_harm", "secrecy"), "normal"), "meeting": "low"}}, ()),
    ({"categories": {"sextortion": "high", "self_harm": "normal"}}, ("categories",)),
    ({"mask_bystanders": False}, ("mask_bystanders",)),
    ({"retention_days": 30}, ()),
    ({"retention_days": 180}, ("retention_days",)),
    ({"end_age": 17}, ()),
    ({"birth_month": "2011-06"}, ()),  # older: every stage and the end come sooner
    ({"birth_month": "2013-06"}, ("categories", "ends_on", "context_lines")),
    ({"stages": (AgeStage(16, frozenset({"sextortion", "self_harm"}), 1),)}, ("categories", "context_lines")),
    ({"stages": (AgeStage(14, frozenset({"sextortion", "self_harm"}), 0),)}, ()),
    ({"notify": "high_only"}, ()),
])
def test_privacy_order_of_changes(changes: dict[str, object], reduces: tuple[str, ...]) -> None:
    current = new_agreement("t1", "2012-06")
    assert propose(current, changes, "parent", TODAY).effect.reduces == reduces


def test_adding_a_platform_reduces_privacy() -> None:
    current = replace(new_agreement("t1", "2012-06"), platforms=frozenset({"tiktok"}))
    proposal = propose(current, {"platforms": frozenset({"tiktok", "discord"})}, "parent", TODAY)
    assert proposal.effect.reduces == ("platforms",)


def test_a_privacy_increasing_change_goes_through_with_either_signature(fam: Family) -> None:
    first = fam.sign_first()
    narrower = propose(first, {"context_lines": 0}, "parent", TODAY)
    assert narrower.signers == {"parent"}
    fam.clock.advance(hours=1)
    second = fam.store.commit(narrower, fam.parent_of())
    fewer = {c: level for c, level in second.categories.items() if c != "flattery"}
    by_teen = propose(second, {"categories": fewer}, "teen", TODAY)
    fam.clock.advance(hours=1)
    assert fam.store.submit(by_teen, fam.teen()) is True
    loaded = fam.store.load(fam.parent_of())
    assert (loaded.agreement.version, "flattery" in loaded.agreement.categories) == (3, False)


def test_every_change_is_logged_with_its_author_and_version(fam: Family) -> None:
    first = fam.sign_first()
    fam.clock.advance(minutes=5)
    second = fam.store.commit(propose(first, {"retention_days": 30}, "parent", TODAY), fam.parent_of())
    fam.clock.advance(minutes=5)
    fam.store.submit(propose(second, {"mask_bystanders": True, "context_lines": 1}, "teen", TODAY), fam.teen())
    changes = [(actor, event, detail) for actor, event, detail in _events(fam) if event.startswith("agreement")]
    assert changes == [
        ("parent", "agreement_signed",
         {"version": 1, "author": "parent", "signed_by": "parent,teen", "changes": "all"}),
        ("parent", "agreement_changed",
         {"version": 2, "author": "parent", "signed_by": "parent", "changes": "retention_days"}),
        ("teen:t1", "agreement_changed",
         {"version": 3, "author": "teen", "signed_by": "teen", "changes": "context_lines"}),
    ]
    times = [e.at for e in audit.entries(fam.vault.db, "t1") if e.event.startswith("agreement")]
    assert times == [START, START + timedelta(minutes=5), START + timedelta(minutes=10)]
    assert audit.verify(fam.vault.db) is None


def test_only_the_parent_pauses_and_the_teen_sees_it(fam: Family) -> None:
    first = fam.sign_first()
    with pytest.raises(AgreementError, match="only the parent"):
        propose(first, {"paused": True}, "teen", TODAY)
    fam.store.commit(propose(first, {"paused": True}, "parent", TODAY), fam.parent_of())
    assert fam.store.load(fam.teen()).agreement.paused is True
    policy = policy_for(fam.vault, "t1")
    assert (policy.paused, policy.active) == (True, False)
    assert ("parent", "agreement_changed") in [(a, e) for a, e, _ in _events(fam)]


def test_rules_no_signature_can_break(fam: Family) -> None:
    first = new_agreement("t1", "2012-06")
    no_sextortion = {c: level for c, level in first.categories.items() if c != "sextortion"}
    with pytest.raises(AgreementError, match="always watched"):
        propose(first, {"categories": no_sextortion}, "teen", TODAY)
    with pytest.raises(AgreementError, match="at the latest"):
        propose(first, {"end_age": 19}, "parent", TODAY)
    with pytest.raises(AgreementError, match="nothing changed"):
        propose(first, {"context_lines": first.context_lines}, "parent", TODAY)
    with pytest.raises(AgreementError, match="cannot be changed"):
        propose(first, {"teen_id": "t2"}, "parent", TODAY)
    with pytest.raises(AgreementError, match="listed twice"):
        propose(first, {"trusted_contacts": ("Marc", "@marc")}, "teen", TODAY)


# --- trusted contacts: the teen proposes, the parent approves --------------------------------------


GROOMING = [
    ("Marc", "t'as quel âge ?"), ("Marc", "dis rien à tes parents"), ("Marc", "envoie moi une photo de toi"),
]


def _scan(lines: list[tuple[str, str]], policy_config: object) -> list[Severity]:
    detector = Detector(load_rules(FIXTURES / "rules"), policy_config)  # type: ignore[arg-type]
    at = datetime(2026, 3, 2, 20, 0, tzinfo=UTC)
    detector.feed_all(
        Message(platform="instagram", conversation_id="c1", conversation_title="c1", sender=sender,
                from_owner=False, sent_at=at + timedelta(minutes=n), text=text)
        for n, (sender, text) in enumerate(lines)
    )
    return [alert.severity for alert in detector.alerts()]


def test_a_trusted_contact_waits_for_the_parent_then_silences_all_but_sextortion(fam: Family) -> None:
    first = fam.sign_first()
    proposal = propose(first, {"trusted_contacts": ("@Marc ",)}, "teen", TODAY)
    assert proposal.signers == {"teen", "parent"}
    assert fam.store.submit(proposal, fam.teen()) is False
    assert policy_for(fam.vault, "t1").trusted.trusts("marc") is False  # not until the parent signs
    waiting = fam.store.load(fam.parent_of()).pending
    assert waiting is not None and waiting.agreement.trusted_contacts == ("@Marc ",)
    with pytest.raises(AgreementError, match="other party"):
        fam.store.approve(fam.teen())
    fam.store.approve(fam.parent_of())
    loaded = fam.store.load(fam.teen())
    assert (loaded.agreement.version, loaded.pending) == (2, None)
    policy = policy_for(fam.vault, "t1")
    assert policy.trusted.trusts("MARC") and not policy.trusted.trusts("marco")
    policies = [row[0] for row in fam.vault.db.execute("SELECT policy FROM agreements")]
    assert len(policies) == 2 and all("marc" not in text.lower() for text in policies)
    config = detector_config(policy)
    assert _scan(GROOMING, config) == []
    assert _scan([("Marc", "je vais tout envoyer à tes abonnés")], config) == [Severity.HIGH]
    untrusted = replace(policy, trusted=replace(policy.trusted, hashes=frozenset()))
    assert _scan(GROOMING, detector_config(untrusted)) == [Severity.MEDIUM]


def test_removing_a_trusted_contact_needs_the_teen(fam: Family) -> None:
    first = fam.sign_first()
    fam.store.submit(propose(first, {"trusted_contacts": ("Marc",)}, "teen", TODAY), fam.teen())
    second = fam.store.approve(fam.parent_of())
    removal = propose(second, {"trusted_contacts": ()}, "parent", TODAY)
    assert removal.effect.reduces == ("trusted_removed",)
    with pytest.raises(CoSignatureRequired):
        fam.store.commit(removal, fam.parent_of())


# --- tampering ----------------------------------------------------------------------------------


def _two_versions(fam: Family) -> None:
    first = fam.sign_first()
    fam.store.commit(propose(first, {"context_lines": 0, "retention_days": 30}, "parent", TODAY), fam.parent_of())


def test_a_tampered_policy_is_detected_and_the_last_valid_version_is_used(fam: Family) -> None:
    _two_versions(fam)
    [(raw,)] = fam.vault.db.execute("SELECT policy FROM agreements WHERE version = 2").fetchall()
    edited = json.loads(raw)
    edited["paused"] = True  # someone switching monitoring off from outside the app
    fam.vault.db.execute("UPDATE agreements SET policy = ? WHERE version = 2", (json.dumps(edited),))
    for loaded in (fam.store.load(fam.parent_of()), fam.store.load(fam.teen())):
        assert (loaded.agreement.version, loaded.tampered, loaded.fell_back) == (1, (2,), True)
        assert loaded.agreement.retention_days == 90
    policy = policy_for(fam.vault, "t1")
    assert (policy.version, policy.tampered, policy.paused, policy.retention_days) == (1, (2,), False, 90)


def test_a_tampered_body_or_deleted_row_is_detected(fam: Family) -> None:
    _two_versions(fam)
    [(body,)] = fam.vault.db.execute("SELECT body FROM agreements WHERE version = 2").fetchall()
    flipped = body[:-1] + bytes([body[-1] ^ 1])
    fam.vault.db.execute("UPDATE agreements SET body = ? WHERE version = 2", (flipped,))
    assert fam.store.load(fam.teen()).tampered == (2,)
    fam.vault.db.execute("DELETE FROM agreements WHERE version = 2")
    loaded = fam.store.load(fam.parent_of())
    assert (loaded.agreement.version, loaded.tampered, loaded.fell_back) == (1, (2,), True)
    # The next version never reuses a damaged number, and it follows the last valid one.
    third = fam.store.commit(propose(loaded.agreement, {"notify": "none"}, "parent", TODAY), fam.parent_of())
    assert third.version == 3
    assert fam.store.load(fam.teen()).agreement.notify == "none"


def test_a_row_signed_outside_the_app_without_the_teen_is_refused(fam: Family) -> None:
    """The parent holds their own key: a privacy-reducing version written with it alone does not count."""
    _two_versions(fam)
    store = fam.store
    current = store.load(fam.parent_of())
    wider = propose(current.agreement, {"context_lines": 8}, "parent", TODAY)
    row = store._row(wider.agreement, "parent", current.digest, fam.parent_of().teen_key)
    fam.vault.db.execute("INSERT INTO agreements VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         row.with_signatures([fam.parent_of().signer]).values())
    assert store.load(fam.teen()).agreement.version == 2
    assert store.load(fam.teen()).tampered == (3,)


def test_a_replaced_header_key_is_refused_when_the_parent_unlocks(fam: Family, tmp_path: Path) -> None:
    fam.sign_first()
    forged = keys.verify_key_bytes(keys.parent_signing_key(keys.ParentKey.from_raw(crypto.random_key())))
    fam.vault.header.verify_keys["parent"] = [forged]
    fam.vault._save_header()
    with pytest.raises(AgreementError, match="outside Guardian"):
        fam.store.load(fam.parent_of())


# --- keys ------------------------------------------------------------------------------------------


def test_the_teen_pin_cannot_decrypt_an_alert_on_the_agreement_path(fam: Family) -> None:
    fam.sign_first()
    fam.vault.begin_source("a" * 64, "t1", {"path": "export.zip"})
    fam.vault.store_alert(AlertRow("a1", "a" * 64, "t1", START, "high", ("image_request",), {"text": CANARY}))
    [(sealed,)] = fam.vault.db.execute("SELECT sealed FROM alerts").fetchall()
    teen = fam.teen()
    assert fam.store.load(teen).agreement.teen_id == "t1"  # the PIN opens the agreement...
    pin_key = fam.vault.header.teens["t1"].kdf.derive("4821")
    signing_seed = teen.signer.key.private_bytes_raw()
    alert_aad = b"guardian/v1/alerts/a1"
    for candidate in (teen.teen_key, pin_key, signing_seed):  # ...and nothing it yields opens an alert
        with pytest.raises(DecryptionError):
            crypto.unseal(keys.ParentKey.from_raw(candidate).private, sealed, alert_aad)
        with pytest.raises(DecryptionError):
            crypto.decrypt(candidate, sealed[32:], alert_aad)


def test_signing_keys_are_derived_and_the_header_stays_compatible(fam: Family) -> None:
    before = keys.Header.from_bytes(fam.vault.header.to_bytes())
    assert b"verify_keys" not in before.to_bytes()  # nothing signed yet: the old header bytes
    fam.sign_first()
    header = keys.Header.from_bytes(fam.vault.header.to_bytes())
    assert header.verify_keys == {
        "parent": [fam.parent_of().signer.public], "teen:t1": [fam.teen().signer.public],
    }
    assert keys.Header.from_bytes(header.to_bytes()).to_bytes() == header.to_bytes()
    assert fam.teen("t2").signer.public != fam.teen().signer.public


def test_a_new_pin_adds_a_teen_key_and_the_log_says_so(fam: Family) -> None:
    first = fam.sign_first()
    teen_key = fam.teen().teen_key
    keys.set_teen_pin(fam.vault.header, "t1", teen_key, "7777")
    fam.vault._save_header()
    renewed = teen_session(fam.vault, "t1", "7777")
    fam.store.submit(propose(first, {"context_lines": 0}, "teen", TODAY), renewed)
    assert len(fam.vault.header.verify_keys["teen:t1"]) == 2
    assert ("teen:t1", "signing_key_added", {}) in _events(fam)
    assert fam.store.load(renewed).agreement.version == 2  # old and new signatures both verify


# --- several teens ----------------------------------------------------------------------------------


def test_one_teen_never_reaches_another_teens_agreement(fam: Family) -> None:
    fam.sign_first("t1", "2012-06")
    fam.sign_first("t2", "2010-02")
    t2 = fam.teen("t2")
    assert fam.store.load(t2).agreement.birth_month == "2010-02"
    impostor = Session("t1", t2.teen_key, t2.signer)  # t2's key and signature on t1's rows
    with pytest.raises(NoAgreement):
        fam.store.load(impostor)
    with pytest.raises(DecryptionError):
        teen_session(fam.vault, "t1", "9035")
    assert {e.teen_id for e in audit.entries(fam.vault.db, "t2")} <= {None, "t2"}


# --- the age schedule -------------------------------------------------------------------------------


def test_the_scope_narrows_at_15_and_monitoring_ends_at_18(tmp_path: Path) -> None:
    fam = Family(tmp_path)
    first = fam.sign_first("t1", "2011-03")  # 15 on 2026-03-01, 18 on 2029-03-01
    assert first.scope_on(date(2026, 2, 28)) is not None
    assert first.age_on(date(2026, 2, 28)) == 14
    assert announce_milestones(fam.vault, "t1") == ()
    fam.clock.advance(days=45)  # 2026-03-01
    policy = policy_for(fam.vault, "t1")
    assert "flattery" not in policy.categories and "sextortion" in policy.categories
    assert first.scope_on(policy.today).context_lines == 1  # type: ignore[union-attr]
    assert announce_milestones(fam.vault, "t1") == ("monitoring_narrowed",)
    fam.clock._now = datetime(2029, 2, 28, 23, 59, tzinfo=UTC)
    assert policy_for(fam.vault, "t1").active
    fam.clock.advance(minutes=2)
    ended = policy_for(fam.vault, "t1")
    assert (ended.active, ended.ended, ended.categories, ended.watches(["sextortion"])) == (False, True, {}, False)
    assert announce_milestones(fam.vault, "t1") == ("monitoring_ended",)
    assert announce_milestones(fam.vault, "t1") == ()  # told once
    assert ("system", "monitoring_ended", {"on": "2029-03-01"}) in _events(fam)
    assert first.scope_on(date(2029, 3, 1)) is None
