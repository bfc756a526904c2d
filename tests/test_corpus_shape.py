"""Shape of the synthetic evaluation corpus (tests/corpus, described in its README.md).

The corpus is the ground truth the detector is measured against, so its layout, labels and
file format are checked here: a broken or mislabelled file would silently skew the benchmark."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from guardian.detect.categories import CATEGORIES, LANGUAGES
from guardian.ingest.pipeline import ImportRun

CORPUS = Path(__file__).resolve().parent / "corpus"
NAME = re.compile(r"(?P<label>risky|benign)_(?P<n>[1-9][0-9]*)\.jsonl")
MIN_RISKY = {"fr": 3, "en": 2}
FIELDS = {"conversation", "sender", "sent_at", "text", "from_owner", "platform"}
PLATFORMS = {"tiktok", "instagram", "snapchat", "discord", "whatsapp", "telegram"}
# Grooming categories, where trust is built slowly: each language needs one long, gradual example.
GRADUAL = (
    "age_probing", "personal_info", "flattery", "supervision_check", "secrecy", "isolation",
    "platform_move", "sexualisation", "image_request", "gifts_money", "meeting",
)
LONG = range(25, 46)

FILES = sorted(CORPUS.rglob("*.jsonl"))


def _rel(path: Path) -> str:
    return path.relative_to(CORPUS).as_posix()


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _numbers(folder: Path, label: str) -> set[int]:
    return {int(m["n"]) for p in folder.glob(f"{label}_*.jsonl") if (m := NAME.fullmatch(p.name))}


def test_corpus_is_not_empty() -> None:
    assert len(FILES) >= 2 * sum(MIN_RISKY.values()) * len(CATEGORIES)


def test_only_known_languages_categories_and_names() -> None:
    for path in FILES:
        language, category, name = path.relative_to(CORPUS).parts
        assert language in LANGUAGES, _rel(path)
        assert category in CATEGORIES, _rel(path)
        assert NAME.fullmatch(name), _rel(path)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("category", sorted(CATEGORIES))
def test_each_category_has_enough_risky_files_each_with_a_benign_twin(language: str, category: str) -> None:
    folder = CORPUS / language / category
    risky, benign = _numbers(folder, "risky"), _numbers(folder, "benign")
    assert len(risky) >= MIN_RISKY[language]
    assert risky == benign
    assert risky == set(range(1, len(risky) + 1))


@pytest.mark.parametrize("path", FILES, ids=_rel)
def test_file_is_one_well_formed_conversation(path: Path) -> None:
    rows = _rows(path)
    allowed_extra = {"risky"} if path.name.startswith("risky_") else set()
    assert len(rows) >= 5
    for row in rows:
        assert not FIELDS - set(row) and set(row) - FIELDS <= allowed_extra, row
        assert all(isinstance(row[f], str) and row[f] for f in FIELDS - {"from_owner"}), row
        assert isinstance(row["from_owner"], bool), row
    assert len({row["conversation"] for row in rows}) == 1
    assert len({row["platform"] for row in rows}) == 1 and rows[0]["platform"] in PLATFORMS
    # Exactly one teen, and at least one other person in the conversation.
    assert len({row["sender"] for row in rows if row["from_owner"]}) == 1
    assert any(not row["from_owner"] for row in rows)


@pytest.mark.parametrize("path", FILES, ids=_rel)
def test_times_are_aware_and_in_order(path: Path) -> None:
    times = [datetime.fromisoformat(str(row["sent_at"])) for row in _rows(path)]
    assert all(t.utcoffset() is not None for t in times)
    assert times == sorted(times)


@pytest.mark.parametrize("path", FILES, ids=_rel)
def test_risky_marker_exactly_once_in_risky_files_only(path: Path) -> None:
    markers = [row["risky"] for row in _rows(path) if "risky" in row]
    assert markers == ([True] if path.name.startswith("risky_") else [])


@pytest.mark.parametrize("path", FILES, ids=_rel)
def test_guardian_reads_every_line_as_written(path: Path) -> None:
    rows = _rows(path)
    run = ImportRun([path])
    messages = [message for _source, message in run.messages()]
    assert run.errors == []
    assert [source.format_id for source in run.sources] == ["generic"]
    assert [m.text for m in messages] == [row["text"] for row in rows]
    assert [m.sender for m in messages] == [row["sender"] for row in rows]
    assert [m.from_owner for m in messages] == [row["from_owner"] for row in rows]
    assert [m.sent_at for m in messages] == [datetime.fromisoformat(str(row["sent_at"])) for row in rows]
    assert {m.platform for m in messages} == {rows[0]["platform"]}


def test_conversation_names_are_unique_so_the_whole_corpus_can_be_read_at_once() -> None:
    names = Counter((str(row["conversation"]), str(row["platform"])) for path in FILES for row in _rows(path)[:1])
    assert [name for name, count in names.items() if count > 1] == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("category", GRADUAL)
def test_gradual_grooming_has_a_long_example(language: str, category: str) -> None:
    lengths = [len(_rows(p)) for p in (CORPUS / language / category).glob("risky_*.jsonl")]
    assert any(n in LONG for n in lengths), lengths


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("label", ["risky", "benign"])
def test_group_chats_are_represented(language: str, label: str) -> None:
    groups = [p for p in (CORPUS / language).rglob(f"{label}_*.jsonl") if len({r["sender"] for r in _rows(p)}) >= 3]
    assert len(groups) >= 5
