"""Icons, the one accent colour and severity styling (icon + word + colour, never colour alone)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QIcon

from guardian.paths import resources_dir

ACCENT = QColor("#2E6B5E")
# Dark enough for WCAG AA (≥ 4.5:1) as text on white.
SEVERITY_COLOURS = {"high": QColor("#B3261E"), "medium": QColor("#8A5300"), "low": QColor("#3A5F7A")}
HIGHLIGHT = QColor("#FFE08A")  # matched words in quoted evidence
MUTED = QColor("#5F6368")
GRID = 8  # px: every margin and spacing is a multiple


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))


def severity_icon(severity: str) -> QIcon:
    return icon(f"severity-{severity}" if severity in SEVERITY_COLOURS else "severity-low")


def severity_colour(severity: str) -> QColor:
    return SEVERITY_COLOURS.get(severity, MUTED)
