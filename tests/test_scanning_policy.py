"""The scanner obeys the teen's signed agreement: nothing is read while paused or after 18,
unwatched categories raise nothing, trusted contacts are quiet (never for sextortion)."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from conftest import ROOT
from guardian import family, feedback
from guardian.agreement import new_agreement, propose
from guardian.agreement_store import AgreementStore, Session, parent_session, teen_session
from guardian.clock import FakeClock
from guardian.evidence import build_dossier
from guardian.scanning import Scanner, notify_count
from guardian.vault.crypto import KdfParams
from guardian.vault.store import Vault

DEMO = ROOT / "resources" / "demo"
GROOMER = "ethan.choreo.off"
START = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


class Home:
    """A vault with one teen (born June 2012) whose first agreement both signed."""

    def __init__(self, tmp_path: Path) -> None:
        self.clock = FakeClock(START)
        self.vault, self.parent, _ = Vault.create(tmp_path, "pass", KdfParams.fresh(16 * 1024, 1), self.clock)
        family.add_teen(self.vault, "t1", "4821")
        self.store = AgreementStore(self.vault)
        self.agreement = new_agreement("t1", "2012-06")
        self.store.create(self.agreement, self.parent_session(), teen_session(self.vault, "t1", "4821"))

    def parent_session(self) -> Session:
        return parent_session(self.vault, self.parent, "t1")

    def change(self, changes: dict[str, object]) -> None:
        proposal = propose(self.agreement, changes, "parent", self.clock.now().date())
        teen = teen_session(self.vault, "t1", "4821")
        self.agreement = self.store.commit(proposal, self.parent_session(), teen.signer)


@pytest.fixture
def home(tmp_path: Path) -> Home:
    return Home(tmp_path)


def test_the_agreed_scan_finds_the_groomer(scanner: Scanner, home: Home) -> None:
    report = scanner.run([DEMO], vault=home.vault, teen_id="t1")
    assert report.inactive is None and "ethan.choreo.off" in {a.contact for a in report.alerts}


def test_nothing_is_read_while_paused(scanner: Scanner, home: Home) -> None:
    home.agreement = home.store.commit(
        propose(home.agreement, {"paused": True}, "parent", START.date()), home.parent_session()
    )
    report = scanner.run([DEMO], vault=home.vault, teen_id="t1")
    assert report.inactive == "paused" and report.sources == [] and report.alerts == []
    assert home.vault.alert_count() == 0


def test_nothing_is_read_from_the_18th_birthday(scanner: Scanner, home: Home) -> None:
    home.clock.advance(days=365 * 5)  # June 2012 + 18 years is June 2030
    report = scanner.run([DEMO], vault=home.vault, teen_id="t1")
    assert report.inactive == "ended" and report.sources == [] and home.vault.alert_count() == 0


def test_unwatched_categories_raise_nothing(scanner: Scanner, home: Home) -> None:
    kept = {"sextortion", "self_harm", "hate_harassment"}  # the first two are always watched
    home.change({"categories": {c: level for c, level in home.agreement.categories.items() if c in kept}})
    report = scanner.run([DEMO], vault=home.vault, teen_id="t1")
    assert report.alerts == [] and report.sources  # read, but the family did not ask to watch these


def test_without_a_teen_the_scan_is_unrestricted(scanner: Scanner, home: Home) -> None:
    home.change({"paused": True})
    report = scanner.run([DEMO])  # `guardian scan` with no vault: no agreement applies
    assert "ethan.choreo.off" in {a.contact for a in report.alerts}


def test_notifications_follow_the_agreement(scanner: Scanner, home: Home) -> None:
    report = scanner.run([DEMO], vault=home.vault, teen_id="t1")
    high = sum(1 for a in report.alerts if a.severity.value == "high")
    medium_up = sum(1 for a in report.alerts if a.severity.value in {"medium", "high"})
    assert report.stored == len(report.alerts) and report.to_notify == medium_up and high >= 1  # "each_alert"
    assert notify_count(report.alerts, "none") == 0
    assert notify_count(report.alerts, "high_only") == high
    low_only = [a for a in report.alerts if a.severity.value == "low"]
    assert notify_count(low_only, "each_alert") == 0  # low alerts are shown on demand, never notified


def test_not_a_concern_feedback_lowers_those_rules_for_this_family(scanner: Scanner, tmp_path: Path) -> None:
    baseline = {a.contact: a for a in scanner.run([DEMO]).alerts}
    ethan = baseline["ethan.choreo.off"]
    vault, _, _ = Vault.create(tmp_path / "family", "pass", KdfParams.fresh(16 * 1024, 1))
    for _ in range(3):
        feedback.record_not_a_concern(vault, ethan.to_json())
    lowered = {a.contact: a for a in scanner.run([DEMO], vault=vault).alerts}["ethan.choreo.off"]
    assert lowered.score < ethan.score and lowered.id == ethan.id


def test_the_evidence_window_is_the_agreed_one(scanner: Scanner, home: Home) -> None:
    scanner.run([DEMO], vault=home.vault, teen_id="t1")
    alert_id = next(a.id for a in home.vault.alerts(home.parent) if a.payload and a.payload["contact"] == GROOMER)
    stored = next(a for a in home.vault.alerts(home.parent) if a.id == alert_id)
    sealed = len(stored.payload["context"]) if stored.payload else 0
    home.change({"context_lines": 0})  # the flagged lines only
    window = build_dossier(home.vault, home.parent, alert_id, "en", "window")
    assert window.messages and all(m.rules for m in window.messages)
    assert len(window.messages) < sealed  # the scan sealed more, for any later agreement
