"""The Qt-free modules behind the app: settings, teen profiles, passphrase strength, the
inbox rules, the overview figures, the watched folder and the local feedback."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from guardian import feedback, strength
from guardian.demo import DEMO_PASSPHRASE, demo_exports, demo_kdf
from guardian.evidence import EvidenceError, build_dossier
from guardian.family import (
    TeenProfile,
    add_teen,
    clean_accounts,
    open_profiles,
    owners,
    pin_ok,
    seal_profiles,
)
from guardian.inbox import InboxFilter, item_from, review_lines, stage_timeline, unread_count
from guardian.overview import by_category, by_platform, period, scanned_sources, weekly_counts
from guardian.settings import Settings
from guardian.vault import keys
from guardian.vault.crypto import DecryptionError, KdfParams
from guardian.vault.store import AlertRow, StoredAlert, Vault
from guardian.watch import WatchedFolder, snapshot

FAST = KdfParams.fresh(memory_kib=16 * 1024, iterations=1)


def stored(aid: str, when: datetime | None, *, severity: str = "high", categories: tuple[str, ...] = ("secrecy",),
           platform: str = "tiktok", status: str = "new", teen: str = "t1", **payload: object) -> StoredAlert:
    body = {"contact": f"contact-{aid}", "platform": platform, "title": "Conv", **payload}
    return StoredAlert(id=aid, source="a" * 64, teen_id=teen, stored_at=datetime(2026, 1, 1, tzinfo=UTC),
                       triggered_at=when, severity=severity, categories=categories, status=status, payload=body)


# --- settings ------------------------------------------------------------------------------


def test_settings_round_trip_and_defaults(tmp_path: Path) -> None:
    assert Settings.load(tmp_path) == Settings()
    Settings(language="fr", notifications=False, watched_folder="/home/x/Downloads", teen_ids=["teen-1"]).save(
        tmp_path)
    loaded = Settings.load(tmp_path)
    assert (loaded.language, loaded.notifications, loaded.watched_folder, loaded.teen_ids) == (
        "fr", False, "/home/x/Downloads", ["teen-1"])
    assert not (tmp_path / "settings.tmp").exists()


def test_settings_ignore_wrong_types_and_damage(tmp_path: Path) -> None:
    Settings.path(tmp_path).write_text(json.dumps({
        "language": "de", "notifications": "yes", "auto_lock_minutes": 0, "teen_ids": ["a", 3], "monitoring": False,
    }))
    loaded = Settings.load(tmp_path)
    # "monitoring" is an old key (the signed agreement says whether monitoring is on): ignored.
    assert (loaded.language, loaded.notifications, loaded.auto_lock_minutes, loaded.teen_ids) == (None, True, 10, [])
    Settings.path(tmp_path).write_text("{not json")
    assert Settings.load(tmp_path) == Settings()


# --- teens ---------------------------------------------------------------------------------


def test_profiles_are_sealed_and_only_the_parent_opens_them(tmp_path: Path) -> None:
    vault, parent, _code = Vault.create(tmp_path, "a long family passphrase", FAST)
    teen = TeenProfile("teen-1", "Léa", ("lea.dnc_", "Léa Martin 💃"))
    sealed = seal_profiles(vault.header.public_key, [teen])
    assert "lea" not in sealed.lower() and "Léa".encode().hex() not in sealed
    assert open_profiles(parent, sealed) == [teen]
    assert open_profiles(parent, None) == []
    other = keys.ParentKey.from_raw(bytes(range(32)))
    with pytest.raises(DecryptionError):
        open_profiles(other, sealed)
    add_teen(vault, "teen-1", "2468")
    assert keys.teen_key_with_pin(Vault.open(tmp_path).header, "teen-1", "2468")  # persisted in the header
    events = [row[0] for row in vault.db.execute("SELECT event FROM audit")]
    assert events[-1] == "teen_added"


def test_accounts_pins_and_owners() -> None:
    assert clean_accounts(" @lea.dnc_ , Léa Martin\n\n@ lea.dnc_\nlea2") == ("lea.dnc_", "Léa Martin", "lea2")
    assert [pin_ok(p) for p in ("123", "1111", "2468", "abcd")] == [False, False, True, True]
    teens = [TeenProfile("a", "A", ("a1", "a2")), TeenProfile("b", "B", ("b1",))]
    assert owners(teens) == ["a1", "a2", "b1"]
    assert owners(teens, "b") == ["b1"]


# --- passphrase strength -------------------------------------------------------------------


@pytest.mark.parametrize(("passphrase", "accepted", "level"), [
    ("", False, strength.Level.VERY_WEAK),
    ("motdepasse", False, strength.Level.VERY_WEAK),
    ("azertyuiop", False, strength.Level.VERY_WEAK),
    ("aaaaaaaaaaaaaaaaaaaaaaaa", False, strength.Level.VERY_WEAK),
    ("loulou2010", False, strength.Level.WEAK),
    ("correct horse battery", True, strength.Level.STRONG),
    ("vélo rouge sous la pluie", True, strength.Level.VERY_STRONG),
])
def test_strength(passphrase: str, accepted: bool, level: strength.Level) -> None:
    estimate = strength.estimate(passphrase)
    assert (estimate.accepted, estimate.level) == (accepted, level)


# --- inbox ---------------------------------------------------------------------------------


def test_items_carry_a_folded_search_text_and_sort_across_time_kinds() -> None:
    aware = item_from(stored("a", datetime(2025, 10, 12, 20, 0, tzinfo=UTC),
                             evidence=[{"sender": "Éthan", "text": "Dis rien À PERSONNE 🤫"}]))
    naive = item_from(stored("b", datetime(2025, 10, 12, 21, 0)))
    undated = item_from(stored("c", None))
    assert "dis rien a personne" in aware.haystack and "ethan" in aware.haystack
    assert sorted([aware, naive, undated], key=lambda i: i.sort_time) == [undated, aware, naive]
    assert InboxFilter(query="personne ETHAN").matches(aware)
    assert not InboxFilter(query="personne ethan").matches(naive)
    damaged = item_from(StoredAlert(id="d", source="a" * 64, teen_id=None, stored_at=datetime(2026, 1, 1),
                                    triggered_at=None, severity="low", categories=(), status="new", payload=None))
    assert damaged.contact == "" and damaged.payload is None


def test_filter_combines_every_chip() -> None:
    items = [
        item_from(stored("a", datetime(2025, 10, 1), severity="high", categories=("secrecy", "meeting"))),
        item_from(stored("b", datetime(2025, 10, 20), severity="medium", platform="instagram", status="reviewed")),
        item_from(stored("c", None, severity="low", teen="t2")),
    ]
    def ids(flt: InboxFilter) -> list[str]:
        return [i.id for i in items if flt.matches(i)]
    assert ids(InboxFilter()) == ["a", "b"] and not InboxFilter().active  # low: shown on demand
    assert ids(InboxFilter(show_low=True)) == ["a", "b", "c"]
    assert ids(InboxFilter(severities={"low"})) == ["c"]
    assert ids(InboxFilter(severities={"high", "medium"}, platforms={"tiktok"})) == ["a"]
    assert ids(InboxFilter(categories={"meeting"})) == ["a"]
    assert ids(InboxFilter(statuses={"reviewed"})) == ["b"]
    assert ids(InboxFilter(since=date(2025, 10, 2))) == ["b"]  # undated alerts fall outside any date range
    assert ids(InboxFilter(teen_id="t2", show_low=True)) == ["c"]
    assert unread_count(items) == 1 and unread_count(items, "t2") == 0  # low alerts are never counted
    assert items[1].with_status("new").unread


def test_stage_timeline_orders_stages_by_their_first_evidence() -> None:
    payload = {
        "stages": ["exclusivity", "sexual", "friendship", "coercion"],
        "evidence": [
            {"sent_at": "2025-10-12T22:46:03", "rules": ["fr.secrecy.our_secret", "fr.image_request.photo"]},
            {"sent_at": "2025-10-10T20:52:33", "rules": ["fr.flattery.not_like_others"]},
            {"sent_at": "2025-10-11T10:00:00", "rules": ["fr.platform_move.snap", "not.a.rule", "weird"]},
        ],
    }
    timeline = [(s.name, s.first_at.isoformat() if s.first_at else None) for s in stage_timeline(payload)]
    assert timeline == [
        ("friendship", "2025-10-10T20:52:33"),
        ("exclusivity", "2025-10-11T10:00:00"),
        ("sexual", "2025-10-12T22:46:03"),
        ("coercion", None),  # named by the detector, no dated evidence
    ]


def test_review_lines_mark_evidence_inside_the_context_window() -> None:
    text = "dis rien à personne, c'est notre secret 🤫"
    payload = {
        "evidence": [{"sender": "ethan", "sent_at": "2025-10-12T22:46:03", "text": text, "spans": [[21, 39], [0, 99]]},
                     {"sender": "ethan", "sent_at": None, "text": "outside", "spans": [[0, 7]]}],
        "context": [
            {"sender": "lea", "from_owner": True, "sent_at": "2025-10-12T22:45:00", "text": "ok"},
            {"sender": "ethan", "from_owner": False, "sent_at": "2025-10-12T22:46:03", "text": text},
        ],
    }
    lines = review_lines(payload)
    assert [(line.sender, line.from_owner, line.flagged) for line in lines] == [
        ("lea", True, False), ("ethan", False, True), ("ethan", False, True)]
    assert lines[1].spans == ((0, len(text)), (21, 39))  # clipped to the text, in order
    assert text[21:39] == "c'est notre secret"
    assert lines[2].text == "outside" and lines[2].sent_at is None


# --- overview ------------------------------------------------------------------------------


def test_weekly_counts_end_at_the_newest_alert() -> None:
    items = [item_from(stored(str(n), datetime(2025, 10, d))) for n, d in enumerate((1, 2, 13, 19, 20))]
    weeks = weekly_counts(items, weeks=4)
    assert [(w.monday.isoformat(), w.count) for w in weeks] == [  # 20 Oct 2025 is a Monday
        ("2025-09-29", 2), ("2025-10-06", 0), ("2025-10-13", 2), ("2025-10-20", 1)]
    assert weekly_counts([item_from(stored("x", None))]) == []


def test_counts_by_category_and_platform() -> None:
    items = [item_from(stored("a", None, categories=("secrecy", "meeting"))),
             item_from(stored("b", None, categories=("secrecy",), platform="whatsapp"))]
    assert by_category(items) == [("secrecy", 2), ("meeting", 1)]
    assert by_platform(items) == [("tiktok", 1), ("whatsapp", 1)]


def test_scanned_sources_are_read_back_with_their_gaps(tmp_path: Path) -> None:
    vault, parent, _ = Vault.create(tmp_path, "a long family passphrase", FAST)
    vault.begin_source("b" * 64, "t1", {"path": "/x/user_data_tiktok.json", "platform": "tiktok",
                                        "format": "tiktok-json", "first_at": "2025-10-06T17:05:11",
                                        "last_at": "2025-11-01T10:00:00"})
    vault.finish_source("b" * 64, 186, 1)
    vault.begin_source("c" * 64, "t1", {"path": "chat.txt", "platform": "whatsapp", "format": "nope"})
    vault.store_alert(AlertRow("x", "b" * 64, "t1", None, "low", (), {}))
    found = {s.sha256[0]: s for s in scanned_sources(vault, parent)}
    tiktok = found["b"]
    assert (tiktok.messages, tiktok.complete, tiktok.platform, tiktok.path) == (
        186, True, "tiktok", "/x/user_data_tiktok.json")
    assert tiktok.gaps and all(gap.en and gap.fr for gap in tiktok.gaps)
    assert found["c"].gaps == () and not found["c"].complete
    assert period(list(found.values())) == (datetime(2025, 10, 6, 17, 5, 11), datetime(2025, 11, 1, 10, 0))


# --- watched folder ------------------------------------------------------------------------


def test_watched_folder_hands_over_only_new_settled_exports(tmp_path: Path) -> None:
    (tmp_path / "old.zip").write_bytes(b"old")
    folder = WatchedFolder(tmp_path)
    folder.start()
    assert folder.poll() == []
    new = tmp_path / "export.zip"
    new.write_bytes(b"PK partial")
    (tmp_path / "next.zip.crdownload").write_bytes(b"PK")
    (tmp_path / ".hidden.json").write_text("{}")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    assert folder.poll() == [] and folder.waiting  # seen once: maybe still downloading
    new.write_bytes(b"PK partial, then more")
    assert folder.poll() == []  # it grew: wait again
    assert folder.poll() == [new] and not folder.waiting
    assert folder.poll() == []  # handed over once
    (tmp_path / "unzipped").mkdir()
    folder.poll()
    assert folder.poll() == [tmp_path / "unzipped"]
    assert set(snapshot(tmp_path)) == {"old.zip", "export.zip", "unzipped"}
    assert snapshot(tmp_path / "missing") == {}


def test_rewritten_export_is_read_again(tmp_path: Path) -> None:
    export = tmp_path / "chat.txt"
    export.write_text("v1")
    folder = WatchedFolder(tmp_path)
    folder.start()
    export.write_text("version two")
    stamp = export.stat().st_mtime_ns + 5_000_000_000
    os.utime(export, ns=(stamp, stamp))
    folder.poll()
    assert folder.poll() == [export]


# --- feedback and demo ---------------------------------------------------------------------


def test_not_a_concern_feedback_counts_rules_never_text(tmp_path: Path) -> None:
    vault, _parent, _code = Vault.create(tmp_path, "passphrase", KdfParams.fresh(16 * 1024, 1))
    twice = ["fr.secrecy.our_secret", "fr.secrecy.our_secret"]
    payload = {"evidence": [{"text": "zorglub-7731 secret", "rules": twice},
                            {"text": "zorglub-7731 photo", "rules": ["fr.image_request.photo"]},
                            {"text": "zorglub-7731 threat", "rules": ["fr.sextortion.threat"]}]}
    feedback.record_not_a_concern(vault, payload)
    feedback.record_not_a_concern(vault, payload)
    counts = feedback.load(vault)
    assert counts == {"fr.secrecy.our_secret": 2, "fr.image_request.photo": 2, "fr.sextortion.threat": 2}
    factors = feedback.rule_factors(counts)
    assert factors == {"fr.secrecy.our_secret": pytest.approx(0.64), "fr.image_request.photo": pytest.approx(0.64)}
    assert feedback.rule_factors({"fr.secrecy.our_secret": 9}) == {"fr.secrecy.our_secret": 0.5}  # never off
    vault.close()
    assert b"zorglub" not in b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())


def test_demo_vault_is_cheap_and_the_export_is_bundled(tmp_path: Path) -> None:
    assert [p.name for p in demo_exports()] == ["user_data_tiktok.json"]
    started = datetime.now()
    vault, _parent, _code = Vault.create(tmp_path, DEMO_PASSPHRASE, demo_kdf())
    assert datetime.now() - started < timedelta(seconds=1)
    assert vault.unlock(DEMO_PASSPHRASE).public == vault.header.public_key


def test_evidence_problems_are_written_in_both_languages(tmp_path: Path) -> None:
    vault, parent, _code = Vault.create(tmp_path, "correct horse battery", FAST)
    with pytest.raises(EvidenceError) as refused:
        build_dossier(vault, parent, "a404", "fr")
    assert refused.value.text.get("fr") == "aucune alerte a404 dans ce coffre"
    assert str(refused.value) == refused.value.text.get("en") == "no alert a404 in this vault"
    assert EvidenceError("plain").text.get("fr") == "plain"  # a reason written in English only stays readable
