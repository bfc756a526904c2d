"""The dossier's PDF, read back with poppler's pdftotext: the same fingerprints as the JSON,
the messages as text (accents as they are, emoji also by code point and name), chat text
never read as markup, and no media bytes ever."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from test_evidence import DEMO, GROOMER, JPEG_MAGIC, PARIS, PHOTO, Scanned, scan_into_vault, whatsapp_zip

from conftest import ROOT
from guardian.evidence import Dossier, build_dossier, write_dossier
from ui.dossier_pdf import render_pdf, symbol_names


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Scanned:
    return scan_into_vault([DEMO], [], tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="module")
def whatsapp(tmp_path_factory: pytest.TempPathFactory) -> Scanned:
    folder = tmp_path_factory.mktemp("whatsapp")
    return scan_into_vault([whatsapp_zip(folder)], ["Léa"], folder)


def pdf_text(path: Path) -> str:
    """The PDF's text with runs of whitespace made single spaces (lines wrap where the layout says)."""
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True,
                            timeout=60)
    return " ".join(result.stdout.decode("utf-8").split())


def rendered(dossier: Dossier, out: Path) -> tuple[Path, str]:
    pdf, _json = write_dossier(dossier, out, render_pdf)
    assert pdf.read_bytes().startswith(b"%PDF-")
    return pdf, pdf_text(pdf)


def test_pdf_carries_both_fingerprints_and_every_message(qapp: QApplication, demo: Scanned, tmp_path: Path) -> None:
    dossier = build_dossier(demo.vault, demo.parent, demo.alert_id(GROOMER), "fr", zone=PARIS)
    _, text = rendered(dossier, tmp_path)
    assert f"Empreinte du dossier (SHA-256) : {dossier.sha256}" in text
    assert f"Empreinte de l'export (SHA-256) : {dossier.source.sha256}" in text
    assert f"Dossier de preuves — alerte {dossier.alert.id}" in text and dossier.summary in text
    assert text.count(f"· {GROOMER}") == sum(1 for m in dossier.messages if m.sender == GROOMER) == 37
    assert text.count("· lea.dnc_ (votre ado)") == 26 and text.count("· SIGNALÉ") == 10
    for line in ("t'as quel âge au fait ?", "franchement on dirait pas que t'as 14 ans, t'es mature pour ton âge",
                 "Règles : en.secrecy.secret_emoji, fr.secrecy.dont_tell_anyone, fr.secrecy.our_secret"):
        assert line in text
    times = "Tel qu'écrit : 2025-10-17 21:54:02 · UTC : 2025-10-17 19:54:02 UTC · Local : 2025-10-17 21:54:02+02:00"
    assert times in text
    # Qt's PDFs give emoji glyphs no text mapping: the code point and name carry them.
    for name in ("U+1F648 SEE-NO-EVIL MONKEY", "U+1F92B FACE WITH FINGER COVERING CLOSED LIPS", "U+1F937 SHRUG"):
        assert f"Emoji et symboles : {name}" in text


def test_pdf_describes_media_and_never_embeds_it(qapp: QApplication, whatsapp: Scanned, tmp_path: Path) -> None:
    dossier = build_dossier(whatsapp.vault, whatsapp.parent, whatsapp.alert_id("Max"), "en", zone=PARIS)
    pdf, text = rendered(dossier, tmp_path)
    assert f"Attachment (not included): {PHOTO.name} · 1024 bytes · image/jpeg" in text
    assert f"Evidence dossier — alert {dossier.alert.id}" in text
    assert f"Dossier fingerprint (SHA-256): {dossier.sha256}" in text
    assert "c'était à Bercy" in text and "Emoji and symbols: U+1F60A SMILING FACE WITH SMILING EYES" in text
    data = pdf.read_bytes()
    assert JPEG_MAGIC not in data and b"/Subtype /Image" not in data and b"/DCTDecode" not in data


def test_chat_text_is_never_read_as_markup(qapp: QApplication, whatsapp: Scanned, tmp_path: Path) -> None:
    dossier = build_dossier(whatsapp.vault, whatsapp.parent, whatsapp.alert_id("Max"), "en")
    hostile = "<b>bold</b> &amp; <img src='x.jpg'> <a href='https://example.org'>link</a>"
    messages = list(dossier.messages)
    messages[1] = dataclasses.replace(messages[1], text=hostile)
    tampered = dataclasses.replace(dossier, messages=tuple(messages))
    _, text = rendered(tampered, tmp_path)
    assert hostile in text


def test_symbol_names_list_each_character_beyond_the_basic_plane_once() -> None:
    assert symbol_names("ok 🤫🤫 🤷\u200d♂\ufe0f é ❤") == [
        "U+1F92B FACE WITH FINGER COVERING CLOSED LIPS", "U+1F937 SHRUG"]
    assert symbol_names("plain é") == []


def test_the_command_line_renders_without_any_display(whatsapp: Scanned, tmp_path: Path) -> None:
    """No app and no QT_QPA_PLATFORM: the renderer starts Qt headless by itself."""
    script = (
        "import argparse, sys; from pathlib import Path\n"
        "from guardian.evidence.cli import run_evidence\nfrom ui.dossier_pdf import render_pdf\n"
        f"args = argparse.Namespace(data_dir=Path({str(whatsapp.data_dir)!r}), alert_id={whatsapp.alert_id('Max')!r},"
        f" out=Path({str(tmp_path)!r}), passphrase_stdin=True, lang='en', scope='conversation')\n"
        "sys.exit(run_evidence(args, render_pdf))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, input="pass\n", capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    pdf = next(tmp_path.glob("*.pdf"))
    digest = result.stdout.splitlines()[-1].removeprefix("SHA-256 ")
    assert f"Dossier fingerprint (SHA-256): {digest}" in pdf_text(pdf)
