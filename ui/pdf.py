"""The one page set-up for the PDFs Guardian writes (dossier, agreement): A4, 18 mm margins."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

MARGIN_MM = 18


def a4_writer(path: Path, title: str) -> QPdfWriter:
    """A writer to `path`; `title` shows in file browsers, so never put chat text in it."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    return writer
