"""Input trees: folders, zips, nested zips, and the limits against hostile archives."""

import io
import zipfile
from pathlib import Path

import pytest

from guardian.ingest import ImportRun, IngestError, inputs
from guardian.ingest.inputs import open_path

GENERIC_LINE = b'{"conversation": "c", "sender": "A", "text": "salut"}\n'


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_zip_members_are_streamed_and_macos_junk_skipped(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "x.zip", {"a/chat.jsonl": GENERIC_LINE, "__MACOSX/a/._chat.jsonl": b"junk"})
    with open_path(archive) as tree:
        assert [e.name for e in tree.entries] == ["a/chat.jsonl"]
        assert tree.entries[0].head() == GENERIC_LINE
        assert tree.entries[0].label.endswith("x.zip!a/chat.jsonl")


def test_path_traversal_member_is_refused(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "evil.zip", {"../../etc/passwd": b"x"})
    with pytest.raises(IngestError, match="unsafe path"):
        open_path(archive)


def test_high_ratio_member_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inputs, "RATIO_MIN_BYTES", 1024)
    archive = _zip(tmp_path / "bomb.zip", {"zeros.jsonl": b"\0" * 2_000_000})
    with pytest.raises(IngestError, match="compression ratio"):
        open_path(archive)


def test_total_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inputs, "MAX_TOTAL_BYTES", 100)
    archive = _zip(tmp_path / "big.zip", {"a.jsonl": GENERIC_LINE * 3})
    with pytest.raises(IngestError, match="64 GiB"):
        open_path(archive)


def test_truncated_zip_is_a_clear_error(tmp_path: Path) -> None:
    good = _zip(tmp_path / "good.zip", {"a.jsonl": GENERIC_LINE * 50}).read_bytes()
    broken = tmp_path / "broken.zip"
    broken.write_bytes(good[: len(good) // 2])
    run = ImportRun([broken])
    assert list(run.messages()) == []
    assert len(run.errors) == 1 and "not a readable zip" in run.errors[0].reason


def test_nested_zip_in_folder_and_in_zip(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("chat.jsonl", GENERIC_LINE)
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "export.zip").write_bytes(inner.getvalue())
    (folder / "notes.bin").write_bytes(b"\x00\x01")
    outer = _zip(tmp_path / "outer.zip", {"export.zip": inner.getvalue()})
    for path in (folder, outer):
        run = ImportRun([path])
        texts = [m.text for _, m in run.messages()]
        assert texts == ["salut"], path
        assert run.errors == []


def test_zip_nested_too_deep_is_refused(tmp_path: Path) -> None:
    data = GENERIC_LINE
    for name in ("l1.zip", "l2.zip", "l3.zip"):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr(name.replace(".zip", ".jsonl") if data is GENERIC_LINE else name, data)
        data = buffer.getvalue()
    deep = tmp_path / "deep.zip"
    deep.write_bytes(data)
    run = ImportRun([deep])
    assert list(run.messages()) == []
    assert any("nested too deeply" in e.reason for e in run.errors)


def test_symlinks_in_folders_are_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "outside.jsonl"
    secret.write_bytes(GENERIC_LINE)
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "link.jsonl").symlink_to(secret)
    with open_path(folder) as tree:
        assert tree.entries == []


def test_one_bad_input_does_not_stop_the_others(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_bytes(GENERIC_LINE)
    unknown = tmp_path / "unknown.txt"
    unknown.write_text("nothing to see")
    run = ImportRun([tmp_path / "missing.zip", unknown, good])
    assert [m.text for _, m in run.messages()] == ["salut"]
    assert [Path(e.path).name for e in run.errors] == ["missing.zip", "unknown.txt"]
    assert run.sources[0].sha256 == inputs.file_sha256(good)


@pytest.mark.parametrize("zipped", [False, True])
def test_progress_counts_what_was_read_from_a_stream_not_what_its_buffer_holds(tmp_path: Path, zipped: bool) -> None:
    data = GENERIC_LINE * 40_000  # 2 MB: the read buffer alone would be an eighth of it
    plain = tmp_path / "chat.jsonl"
    plain.write_bytes(data)
    path = _zip(tmp_path / "chat.zip", {"chat.jsonl": data}) if zipped else plain
    with open_path(path) as tree:
        [entry] = tree.entries
        with entry.open() as stream:
            stream.read(1000)
            assert tree.meter.done >= inputs.ENTRY_BUFFER  # the buffer was filled...
            assert tree.meter.fraction == 1000 / len(data)  # ...but only what was taken counts
            stream.read()
            assert tree.meter.fraction == 1.0
        assert tree.meter.buffers == []  # a closed stream holds nothing ahead
