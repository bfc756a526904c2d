"""Several readers sharing the same inputs (base.Shard): together they read every message once,
each conversation whole in one of them, exactly as one reader would, for every sample export."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from bench.scale_exports import FORMATS
from guardian.detect.detector import conversation_key
from guardian.ingest import ImportRun, Message
from guardian.ingest.base import Shard

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = sorted(sample for platform in FIXTURES.iterdir() if platform.name != "rules" for sample in platform.iterdir())


def _by_conversation(messages: list[Message]) -> dict[str, list[Message]]:
    grouped: dict[str, list[Message]] = defaultdict(list)
    for message in messages:
        grouped[conversation_key(message)].append(message)
    return grouped


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: f"{p.parent.name}/{p.name}")
@pytest.mark.parametrize("count", [2, 3])
def test_shares_of_an_export_read_it_all_once(sample: Path, count: int) -> None:
    whole = ImportRun([sample])
    alone = _by_conversation([message for _, message in whole.messages()])
    shares: dict[str, list[list[Message]]] = defaultdict(list)
    for index in range(count):
        share = ImportRun([sample], shard=Shard(index, count))
        for key, messages in _by_conversation([message for _, message in share.messages()]).items():
            shares[key].append(messages)
        assert [(s.path, s.sha256, s.format_id) for s in share.sources] == [
            (s.path, s.sha256, s.format_id) for s in whole.sources
        ]
    assert set(shares) == set(alone)
    for key, parts in shares.items():
        if len(parts) == 1:
            assert parts[0] == alone[key]  # whole, in order
        else:  # files of one chat exported twice: in several units (the scan then reads alone)
            assert sorted(repr(m) for part in parts for m in part) == sorted(map(repr, alone[key]))


def test_a_share_takes_every_count_th_unit() -> None:
    shard = Shard(1, 3)
    assert [shard.take() for _ in range(7)] == [False, True, False, False, True, False, False]


def _progress_errors(run: ImportRun, passed: dict[tuple[str, int], float]) -> list[float]:
    """How far the run's progress is, at each message, from how far one reader is there."""
    return [abs(run.progress() - passed[m.conversation_id, m.position]) for _, m in run.messages()]


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_a_shares_progress_counts_the_units_it_skips_as_read(tmp_path: Path, fmt: str) -> None:
    path = FORMATS[fmt](tmp_path, 14_000)  # 7 chats of 2,000 messages
    whole = [(m.conversation_id, m.position) for _, m in ImportRun([path], ["Léa"]).messages()]
    passed = {key: index / len(whole) for index, key in enumerate(whole)}
    alone = _progress_errors(ImportRun([path], ["Léa"]), passed)  # read-ahead buffers: a small export is coarse
    share = _progress_errors(ImportRun([path], ["Léa"], shard=Shard(1, 2)), passed)  # chats 1, 3 and 5
    assert len(share) == 6_000 and max(share) <= max(alone) + 0.01
