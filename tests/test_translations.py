"""Every user-facing string of the app is translated in French and English, the catalogues
match the code, and the compiled .qm files match the catalogues."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import ROOT

TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "en")
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    path = BIN / name
    return str(path) if path.exists() else shutil.which(name) or name


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _sources() -> list[str]:
    return [str(p) for p in sorted((ROOT / "ui").rglob("*.py"))]


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_complete(language: str) -> None:
    messages = _messages(TRANSLATIONS / f"guardian_{language}.ts")
    assert messages, "empty catalogue"
    unfinished = [
        source for (_, source), message in messages.items()
        if (translation := message.find("translation")) is None
        or translation.get("type") in {"unfinished", "vanished", "obsolete"}
        or not (translation.text or "".join(t.text or "" for t in translation.iter("numerusform")))
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_matches_the_code(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"guardian_{language}.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), "-silent", *_sources(), "-ts", str(fresh)], check=True, capture_output=True
    )
    assert set(_messages(fresh)) == set(_messages(TRANSLATIONS / f"guardian_{language}.ts")), (
        "stale catalogue: run `make translations` and translate the new strings"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_is_current(language: str, tmp_path: Path) -> None:
    compiled = tmp_path / f"guardian_{language}.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(TRANSLATIONS / f"guardian_{language}.ts"), "-qm", str(compiled)],
        check=True, capture_output=True,
    )
    assert compiled.read_bytes() == (TRANSLATIONS / f"guardian_{language}.qm").read_bytes(), (
        "stale .qm: run `make translations`"
    )
