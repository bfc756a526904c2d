"""Every real sample the team was given is in tests/fixtures with its attribution, and parses."""

from pathlib import Path

import pytest

from conftest import FIXTURES
from guardian.ingest import ImportRun

# Copied byte for byte from ../shared/corpus/formats (see each platform's SOURCES.md);
# header_format_support.json is a catalogue of header formats, not a chat.
SAMPLES = [
    "discord/mlomb__chat-analytics/DM_2A_2M.json",
    "discord/mlomb__chat-analytics/GC_3A_5M.json",
    "instagram/joweich__chat-miner/test_export.json",
    "messenger/mlomb__chat-analytics/2A_7M.json",
    "signal/joweich__chat-miner/test_export.txt",
    "sms_backup_restore/phillipgreenii__mobilecombackup/sms-test.xml",
    "telegram/joweich__chat-miner/test_batch_export.json",
    "telegram/joweich__chat-miner/test_single_export.json",
    "whatsapp/Pustur__whatsapp-chat-parser/short-chat.txt",
    "whatsapp/joweich__chat-miner/test_[mmddyy]_24hrs.txt",
    "whatsapp/joweich__chat-miner/test_ddmmyy_24hrs.txt",
    "whatsapp/joweich__chat-miner/test_mmddyy_24hrs.txt",
    "whatsapp/joweich__chat-miner/test_mmddyyyy_12hrs.txt",
    "whatsapp/joweich__chat-miner/test_yyyymmdd_24hrs.txt",
    "whatsapp/lucasrodes__whatstk/lorem.txt",
    "whatsapp/lucasrodes__whatstk/pokemon.txt",
    "whatsapp/mlomb__chat-analytics/2A_5M.txt",
    "whatsapp/mlomb__chat-analytics/4A_11M.txt",
    "whatsapp/mlomb__chat-analytics/4A_11M.zip",
]


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_is_present_attributed_and_parsed(name: str) -> None:
    path = FIXTURES / name
    assert path.is_file()
    platform = Path(name).parts[0]
    assert Path(name).parts[1] in (FIXTURES / platform / "SOURCES.md").read_text(encoding="utf-8")
    run = ImportRun([path])
    messages = [m for _, m in run.messages()]  # exact contents: each format's own test file
    assert run.errors == [] and messages


def test_call_log_is_refused_with_a_clear_message() -> None:
    run = ImportRun([FIXTURES / "sms_backup_restore/phillipgreenii__mobilecombackup/calls.xml"])
    assert list(run.messages()) == []
    assert len(run.errors) == 1 and "call log" in run.errors[0].reason
