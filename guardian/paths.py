"""Where Guardian's bundled resources and user data live."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "Guardian"


def resources_dir() -> Path:
    """`resources/` beside the code, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
