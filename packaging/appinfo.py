"""Names every packaging file shares. The version has one home: guardian/__init__.py."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from guardian import __version__  # noqa: E402  (needs ROOT on the path)

APP_NAME = "Guardian"
PUBLISHER = "The Guardian developers"
# Never change: macOS ties the Keychain item, notification permission and login item to it.
BUNDLE_ID = "org.guardianfamily.guardian"
# The newest wheels' floor (PySide6-Essentials 6.12 and google-re2 on arm64 need macOS 14):
# see packaging/macos/constraints.txt.
MACOS_MINIMUM = "14.0"
VERSION = __version__


def version_tuple(version: str = VERSION) -> tuple[int, int, int, int]:
    """`0.2.0rc1` → (0, 2, 0, 0): a Windows version resource holds four numbers and no suffix."""
    match = re.match(r"(\d+)\.(\d+)(?:\.(\d+))?", version)
    if match is None:
        raise ValueError(f"not a release version: {version}")
    major, minor, patch = (int(group or 0) for group in match.groups())
    return major, minor, patch, 0


if __name__ == "__main__":
    print(VERSION)  # for CI and the installer scripts: `python packaging/appinfo.py`
