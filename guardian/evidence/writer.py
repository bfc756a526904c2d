"""Write a dossier where the parent chooses: JSON always, PDF through an injected renderer.

Each file is written to a temporary name in the target folder and renamed into place, so a
crash or a full disk never leaves a half-written dossier that looks whole. The vault's data
folder is refused: a dossier is clear text and must not sit beside the sealed vault."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..paths import default_data_dir
from ..vault.store import DB_NAME
from .model import Dossier, EvidenceError

PdfRenderer = Callable[[Dossier, Path], None]


def dossier_stem(dossier: Dossier) -> str:
    return f"guardian-dossier-{dossier.alert.id}-{dossier.created_at:%Y%m%dT%H%M%SZ}"


def write_dossier(dossier: Dossier, out_dir: Path, pdf_renderer: PdfRenderer | None = None) -> list[Path]:
    """The files written: the PDF first when a renderer is given, then the JSON."""
    folder = _checked_folder(out_dir)
    stem = dossier_stem(dossier)
    written: list[Path] = []
    if pdf_renderer is not None:
        pdf = folder / f"{stem}.pdf"
        _atomic_write(pdf, lambda temp: pdf_renderer(dossier, temp))
        written.append(pdf)
    document = json.dumps(dossier.to_json(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    json_path = folder / f"{stem}.json"
    _atomic_write(json_path, lambda temp: temp.write_bytes(document.encode("utf-8")))
    written.append(json_path)
    return written


def _checked_folder(out_dir: Path) -> Path:
    folder = out_dir.expanduser().resolve()
    data_dir = default_data_dir().resolve()
    if any((d / DB_NAME).exists() or d == data_dir for d in (folder, *folder.parents)):
        raise EvidenceError(f"{out_dir} is inside Guardian's data folder: choose another folder for the dossier")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise EvidenceError(f"cannot create {out_dir} ({exc.strerror or 'unknown error'})") from exc
    return folder


def _atomic_write(target: Path, write: Callable[[Path], object]) -> None:
    """`write` fills a temporary file (private to the user) that then replaces `target` in one step."""
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    os.close(handle)
    temp = Path(name)
    try:
        write(temp)
        with temp.open("rb+") as stream:  # on disk before the rename makes it visible
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
