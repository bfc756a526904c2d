"""Every fixture, damaged on purpose: importers give a clean error or a correct partial
result, never a traceback (Principle 4)."""

import random
from pathlib import Path
from typing import IO

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from guardian.ingest import ImportRun, IngestError, inputs

SAMPLES = sorted(
    p
    for p in FIXTURES.rglob("*")
    if p.is_file() and p.name not in {"SOURCES.md", "README.md"} and "rules" not in p.parts
)


def _run(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    run = ImportRun([path])
    for _source, message in run.messages():
        assert isinstance(message.text, str)
    assert all(isinstance(error, IngestError) for error in run.errors)
    assert not [e for e in run.errors if "internal error" in e.reason], [str(e) for e in run.errors]


def _truncate(data: bytes, cut: int) -> bytes:
    return data[: cut % (len(data) + 1)]


def _flip(data: bytes, seed: int) -> bytes:
    rng = random.Random(seed)
    buffer = bytearray(data)
    for _ in range(max(1, len(buffer) // 200)):
        if buffer:
            buffer[rng.randrange(len(buffer))] = rng.randrange(256)
    return bytes(buffer)


def _shuffle_lines(data: bytes, seed: int) -> bytes:
    lines = data.split(b"\n")
    random.Random(seed).shuffle(lines)
    return b"\n".join(lines)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: str(p.relative_to(FIXTURES)))
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    how=st.sampled_from(["truncate", "flip", "shuffle", "random"]),
    number=st.integers(min_value=0, max_value=2**31),
    noise=st.binary(max_size=512),
)
def test_damaged_fixture_never_crashes(sample: Path, tmp_path: Path, how: str, number: int, noise: bytes) -> None:
    data = sample.read_bytes()
    damaged = {
        "truncate": lambda: _truncate(data, number),
        "flip": lambda: _flip(data, number),
        "shuffle": lambda: _shuffle_lines(data, number),
        "random": lambda: noise,
    }[how]()
    _run(tmp_path / sample.name, damaged)


DEPTH = 100_000  # far deeper than any real export: a hostile file


@pytest.mark.parametrize(("name", "text"), [
    ("result.json", '{"personal_information": {"user_id": 1}, "chats": {"list": [{"name": "x", '
                    '"type": "personal_chat", "id": 1, "messages": [{"id": 1, "type": "message", "from": "a", "x": '
                    + "[" * DEPTH + "]" * DEPTH + "}]}]}}"),
    ("user_data_tiktok.json", '{"Profile": {}, "Direct Message": {"Direct Messages": {"ChatHistory": '
                              + '{"a": ' * DEPTH + "1" + "}" * DEPTH + "}}}"),
])
def test_a_deeply_nested_export_is_refused_with_a_clear_error(tmp_path: Path, name: str, text: str) -> None:
    # Looking for the owner with ijson named every event by its whole path: at this depth that
    # took gigabytes and minutes. The JSON cursor passes nesting by counting brackets.
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    run = ImportRun([path])
    assert list(run.messages()) == []
    assert len(run.errors) == 1 and "not valid JSON" in run.errors[0].reason


@pytest.mark.parametrize("export", [
    "telegram/DataExport_2025-03-02", "telegram/joweich__chat-miner/test_single_export.json", "tiktok/json_new",
    "tiktok/json_new/user_data_tiktok.json", "tiktok/txt_en", "instagram/export_2024",
    "messenger/secure_storage/Hugo Bernard_3.json", "discord/dce-json", "discord/dce-csv", "discord/package-2024",
    "snapchat/mydata_2024", "whatsapp/guardian/WhatsApp Chat with Sam.txt", "whatsapp/guardian", "signal/guardian",
    "sms_backup_restore/synthetic",
])
@pytest.mark.parametrize("sniffed", [False, True])
def test_an_export_the_system_will_not_open_says_so(
    export: str, sniffed: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every file refused when opened (no permission), or refused after its first bytes were
    sniffed (gone since): reported as unreadable, neither as damaged nor as unknown, and never a
    crash (hashing a folder opens every file: that raised the OSError out of the scan)."""
    opened: set[Path] = set()
    open_file = inputs._open_file

    def refuse(path: Path) -> IO[bytes]:
        if sniffed and path not in opened:
            opened.add(path)
            return open_file(path)
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(inputs, "_open_file", refuse)
    run = ImportRun([FIXTURES / export])
    assert list(run.messages()) == []
    assert run.errors and {error.reason for error in run.errors} == {"cannot be read (Permission denied)"}
