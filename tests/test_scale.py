"""Scanning at scale: detection in worker processes gives the single-process alerts in the
same order; a re-scan of a grown export detects only conversations that changed, and alerts
keep their ids; the progress bar follows the bytes actually read."""

from __future__ import annotations

import json
import multiprocessing
import pickle
import socket
import zipfile
from pathlib import Path
from typing import Any

import pytest

from bench.scale_exports import FORMATS
from guardian import scanning
from guardian.clock import FakeClock
from guardian.detect.scoring import DetectorConfig
from guardian.incremental import HOLD_LIMIT, ConversationGate, Mark, mark_key
from guardian.ingest import ImportRun, IngestError, Message, inputs, jsoncursor
from guardian.parallel import WorkerFailed
from guardian.scanning import Scanner
from guardian.vault.crypto import KdfParams
from guardian.vault.store import Vault

FAST = KdfParams.fresh(memory_kib=16 * 1024, iterations=1)
GROOMING = [
    "salut t'as quel âge ?", "moi j'ai 34 mais on s'en fiche", "t'es trop mature pour ton âge 😏",
    "dis rien à tes parents c'est notre secret", "envoie moi une photo de toi", "ajoute moi sur snap c theo.mzl2",
]
Lines = list[tuple[str, str]]


def _chat(number: int, name: str, lines: Lines) -> dict[str, Any]:
    start = 1_772_395_200 + 3600 * number
    return {
        "name": name, "type": "personal_chat", "id": 1000 + number,
        "messages": [
            {
                "id": i, "type": "message", "date": "2026-03-01T20:00:00", "date_unixtime": str(start + 60 * i),
                "from": sender, "from_id": "user1" if sender == "Léa" else f"user{1000 + number}", "text": text,
            }
            for i, (sender, text) in enumerate(lines)
        ],
    }


def _write(path: Path, chats: list[Lines], indent: int | None = None) -> Path:
    """A Telegram Desktop whole-account export of Léa's chats, each named after its first writer."""
    export = {
        "personal_information": {"user_id": 1, "first_name": "Léa"},
        "chats": {"list": [_chat(i, lines[0][0], lines) for i, lines in enumerate(chats)]},
    }
    path.write_text(json.dumps(export, ensure_ascii=False, indent=indent), encoding="utf-8")
    return path


def _chats(count: int, small_talk: int = 30) -> list[Lines]:
    """Chat i is with `Contact i`, the last with `theo.mzl2`: the handle groomers announce (a platform hop)."""
    chats = []
    for i in range(count):
        contact = f"Contact {i}" if i < count - 1 else "theo.mzl2"
        lines = [(contact if j % 2 == 0 else "Léa", f"coucou ça va {j} 👩‍👩‍👧") for j in range(small_talk)]
        if i % 3 == 0:
            lines += [(contact, text) for text in GROOMING[: 3 + i // 3]]
        chats.append(lines)
    return chats


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _alerts(scanner: Scanner, path: Path, workers: int) -> list[dict[str, Any]]:
    scanner.workers, scanner.parallel_min_bytes = workers, 0
    report = scanner.run([path])
    assert report.errors == []
    return [alert.to_json() | {"links": [link.contact for link in alert.links]} for alert in report.alerts]


def test_worker_processes_give_the_same_alerts_in_the_same_order(scanner: Scanner, tmp_path: Path) -> None:
    path = _write(tmp_path / "result.json", _chats(13))
    single = _alerts(scanner, path, workers=0)
    assert [(a["contact"], a["links"]) for a in single] == [
        ("Contact 3", []), ("Contact 6", []), ("Contact 9", ["theo.mzl2"]), ("Contact 0", []),
    ]  # the platform hop joins two conversations that different workers detect
    assert _alerts(scanner, path, workers=2) == single
    assert _alerts(scanner, path, workers=3) == single


@pytest.fixture
def alone_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many first passes ran in the scanning process alone (workers=0, or a fallback)."""
    calls: list[int] = []
    read_alone = scanning.read_alone

    def counted(*args: Any) -> Any:
        calls.append(1)
        return read_alone(*args)

    monkeypatch.setattr(scanning, "read_alone", counted)
    return calls


def _scan(scanner: Scanner, path: Path, workers: int, owners: tuple[str, ...] = ()) -> dict[str, Any]:
    """Everything a scan reports, comparable across runs."""
    scanner.workers, scanner.parallel_min_bytes = workers, 0
    report = scanner.run([path], owners)
    return {
        "alerts": [alert.to_json() | {"links": [link.contact for link in alert.links]} for alert in report.alerts],
        "sources": [(s.sha256, s.messages, s.conversations, s.owner_names, s.first_at, s.last_at, sorted(s.warnings))
                    for s in report.sources],  # warnings come grouped by worker
        "errors": [str(error) for error in report.errors],
    }


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_worker_reading_its_share_finds_what_one_reader_finds(
    scanner: Scanner, tmp_path: Path, fmt: str, alone_reads: list[int]
) -> None:
    path = FORMATS[fmt](tmp_path, 14_000)  # 7 chats, with risky lines: several alerts
    alone = _scan(scanner, path, 0, ("Léa",))
    assert len(alone["alerts"]) >= 3 and alone["sources"][0][1] == 14_000
    assert _scan(scanner, path, 2, ("Léa",)) == alone
    assert _scan(scanner, path, 3, ("Léa",)) == alone
    assert len(alone_reads) == 1  # the workers' shares were merged: no scan fell back to reading alone


def test_a_chat_in_two_workers_shares_is_detected_whole_by_reading_alone(
    scanner: Scanner, tmp_path: Path, alone_reads: list[int]
) -> None:
    chats = _chats(6)
    path = _write(tmp_path / "result.json", chats)
    export = json.loads(path.read_text(encoding="utf-8"))
    export["left_chats"] = {"list": [export["chats"]["list"][3]]}  # the same chat listed twice: units 3 and 6
    export["left_chats"]["list"][0]["messages"] = export["left_chats"]["list"][0]["messages"][-3:]
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    alone = _scan(scanner, path, 0)
    assert _scan(scanner, path, 2) == alone and _scan(scanner, path, 3) == alone
    assert len(alone_reads) == 2  # 2 workers: units 3 and 6 in two shares, it fell back; 3 workers: one share


def test_a_broken_export_is_reported_as_one_reader_reports_it(
    scanner: Scanner, tmp_path: Path, alone_reads: list[int]
) -> None:
    path = _write(tmp_path / "result.json", _chats(6))
    path.write_bytes(path.read_bytes()[:-4000])  # truncated in the last chat
    alone = _scan(scanner, path, 0)
    assert alone["errors"] and alone["alerts"]
    assert _scan(scanner, path, 2) == alone and len(alone_reads) == 2


def test_an_input_error_crosses_from_a_worker_process_whole() -> None:
    error = IngestError("result.json", "is not valid JSON (damaged or truncated?)", "after message 12")
    copy = pickle.loads(pickle.dumps(error))  # how a worker's share travels back
    assert (type(copy), copy.path, copy.reason, copy.where, str(copy)) == \
        (IngestError, error.path, error.reason, error.where, str(error))


def test_a_cancelled_sharded_scan_stops_its_workers(scanner: Scanner, tmp_path: Path) -> None:
    scanner.workers, scanner.parallel_min_bytes = 2, 0
    report = scanner.run([_write(tmp_path / "result.json", _chats(6))], cancelled=lambda: True)
    assert report.cancelled and report.alerts == []
    assert multiprocessing.active_children() == []


class _BrokenConfig(DetectorConfig):
    def factor(self, category: str) -> float:
        raise RuntimeError("boom")


class _DialingConfig(DetectorConfig):
    def factor(self, category: str) -> float:
        socket.create_connection(("127.0.0.1", 9), timeout=1)  # what a rogue library could do
        return 1.0


def test_a_worker_refuses_the_network_like_the_app_does(tmp_path: Path) -> None:
    dialing = Scanner(config=_DialingConfig())
    dialing.workers, dialing.parallel_min_bytes = 1, 0
    with pytest.raises(WorkerFailed, match=r"\(NetworkRefused\)$"):  # not ConnectionRefusedError: never tried
        dialing.run([_write(tmp_path / "result.json", _chats(4))])


def test_a_failing_worker_fails_the_scan_and_names_only_the_error_type(tmp_path: Path) -> None:
    broken = Scanner(config=_BrokenConfig())
    broken.workers, broken.parallel_min_bytes = 2, 0
    with pytest.raises(WorkerFailed, match=r"^a scanning worker failed \(RuntimeError\)$"):
        broken.run([_write(tmp_path / "result.json", _chats(4))])


@pytest.mark.parametrize("workers", [0, 2])
def test_rescan_of_a_grown_export_detects_only_what_changed(scanner: Scanner, tmp_path: Path, workers: int) -> None:
    vault, parent, _ = Vault.create(tmp_path / "data", "pass", FAST, FakeClock())
    chats = _chats(7)
    scanner.workers, scanner.parallel_min_bytes = workers, 0
    first = scanner.run([_write(tmp_path / "v1.json", chats)], vault=vault, teen_id="t1")
    ids = {a.contact: a.id for a in first.alerts}
    assert set(ids) == {"Contact 0", "Contact 3", "theo.mzl2"} and first.stored == 3

    chats[3].append(("Contact 3", "tu paies ou je publie tes photos"))  # Contact 3's chat grew
    chats.append([("Contact 9", text) for text in GROOMING[:5]])  # a new chat
    grown = scanner.run([_write(tmp_path / "v2.json", chats)], vault=vault, teen_id="t1")
    # Contact 0's and theo.mzl2's unchanged chats were not detected again; Contact 3's was, whole.
    assert sorted(a.contact for a in grown.alerts) == ["Contact 3", "Contact 9"]
    assert ids["Contact 3"] in {a.id for a in grown.alerts} and grown.stored == 1 and vault.alert_count() == 4
    contact3 = next(a for a in vault.alerts(parent) if a.id == ids["Contact 3"])
    assert contact3.payload is not None and "sextortion" in contact3.payload["categories"]
    assert contact3.payload["evidence"][0]["text"] == "salut t'as quel âge ?"

    # Saved again with other bytes, same chats: a new source, but nothing to detect again.
    resaved = scanner.run([_write(tmp_path / "v3.json", chats, indent=1)], vault=vault, teen_id="t1")
    assert len(resaved.sources) == 1 and resaved.sources[0].messages == first.sources[0].messages + 6
    assert resaved.alerts == [] and resaved.stored == 0


def _message(conversation: str, position: int, text: str = "salut") -> Message:
    return Message("telegram", conversation, conversation, "Sam", False, None, text, position=position)


def _gate(known: dict[str, list[Message]], sink: list[Message]) -> ConversationGate:
    """A gate that knows the given conversations as the vault would after scanning them."""
    recorder = ConversationGate({}, "t1", b"salt", lambda m: None)
    for messages in known.values():
        for message in messages:
            recorder.feed(message)
    recorder.finish()
    marks = dict(recorder.marks())
    return ConversationGate(marks, "t1", b"salt", sink.append)


def test_gate_holds_known_conversations_and_releases_them_whole_when_they_grow() -> None:
    a = [_message("a", i) for i in range(3)]
    b = [_message("b", i) for i in range(2)]
    sink: list[Message] = []
    gate = _gate({"a": a, "b": b}, sink)
    edited_b = [b[0], _message("b", 1, "salut !")]
    for message in [*a, _message("a", 3), *edited_b, _message("c", 0)]:
        gate.feed(message)
    gate.finish()
    assert sink == [*a, _message("a", 3), *edited_b, _message("c", 0)]
    assert gate.reread() == set()
    assert {key: mark.messages for key, mark in gate.marks()} == {
        mark_key("t1", f"telegram\x1f{c}"): n for c, n in (("a", 4), ("b", 2), ("c", 1))
    }


def test_gate_drops_unchanged_conversations_and_rereads_one_that_comes_back() -> None:
    a = [_message("a", i) for i in range(2)]
    b = [_message("b", i) for i in range(2)]
    sink: list[Message] = []
    gate = _gate({"a": a, "b": b}, sink)
    for message in [*a, *b, _message("a", 2)]:  # `a` looked finished when `b` began
        gate.feed(message)
    gate.finish()
    assert sink == [] and gate.reread() == {"telegram\x1fa"}
    assert [m.messages for _, m in gate.marks()] == [3]


def test_gate_never_holds_more_than_its_limit() -> None:
    sink: list[Message] = []
    gate = ConversationGate({mark_key(None, "telegram\x1fa"): Mark(HOLD_LIMIT + 5, "?")}, None, b"", sink.append)
    for i in range(HOLD_LIMIT + 1):
        gate.feed(_message("a", i))
    assert len(sink) == HOLD_LIMIT + 1


def test_finding_the_owner_of_a_whole_account_export_is_not_progress(tmp_path: Path) -> None:
    path = _write(tmp_path / "result.json", _chats(8, small_talk=2_000))
    run = ImportRun([path])
    messages = run.messages()
    next(messages)
    # What the JSON cursor holds unparsed (a chunk, and a run of messages) is all progress may be
    # ahead by: not the read buffer too, which a progress bar counting fetched bytes would add.
    ahead = 2 * jsoncursor.CHUNK / path.stat().st_size
    assert 0 < run.progress() <= ahead < (inputs.ENTRY_BUFFER + jsoncursor.CHUNK) / path.stat().st_size < 0.2


def test_progress_follows_the_bytes_read_across_inputs_of_different_sizes(tmp_path: Path) -> None:
    small = _write(tmp_path / "small.json", _chats(2, small_talk=2_000))
    large = tmp_path / "large.zip"  # progress inside a zip counts what is inflated, not the seeks
    with zipfile.ZipFile(large, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, chats in (("a", 3), ("b", 5)):
            archive.write(_write(tmp_path / f"{name}.json", _chats(chats, small_talk=6_000)), f"{name}/result.json")
    run = ImportRun([small, large])
    total = sum(source.messages for source in _read_all([small, large]))
    worst = 0.0
    for done, _ in enumerate(run.messages(), start=1):
        worst = max(worst, abs(run.progress() - done / total))
    assert run.progress() == 1.0 and worst <= 0.1


def _read_all(paths: list[Path]) -> list[Any]:
    run = ImportRun(paths)
    for _ in run.messages():
        pass
    return run.sources


@pytest.mark.parametrize("fmt", ["whatsapp", "tiktok", "instagram"])
def test_progress_follows_the_messages_of_conversations_read_whole(fmt: str, tmp_path: Path) -> None:
    """These importers read a conversation whole before its first message goes out (stored newest
    first, or a date order that needs every date): in an export of five conversations the bar
    was a fifth ahead until the messages caught up. (What remains for TikTok, ~9 % of this 1 MB
    file, is what the JSON cursor reads ahead: a chunk or two.)"""
    path = FORMATS[fmt](tmp_path, 10_000)
    run = ImportRun([path])
    worst = 0.0
    for done, _ in enumerate(run.messages(), start=1):
        worst = max(worst, abs(run.progress() - done / 10_000))
    assert run.progress() == 1.0 and worst <= 0.1


def test_paced_messages_move_the_progress_over_the_bytes_they_were_read_from() -> None:
    meter = inputs.Meter(1000, done=1000)  # a conversation of 1000 bytes, read whole
    seen = []
    for _ in meter.paced(1000, 4, "abcd"):
        seen.append(meter.fraction)
    assert seen == [0.25, 0.5, 0.75, 1.0] and meter.fraction == 1.0
    abandoned = meter.paced(1000, 4, "abcd")
    next(abandoned)
    assert meter.fraction == 0.25
    abandoned.close()  # a reader that stops early (an error, a cancelled scan) withholds nothing
    assert meter.fraction == 1.0
