"""The Qt half of `guardian --self-test`, run before the Qt-free checks of guardian/selftest.py.

Qt is imported inside the checks, not at the top, so a bundle with a broken Qt still
reports every other check. The window check starts the real app (ui.app.run_app, on an
empty temporary data folder) and stops it as soon as its first window is on screen; the
build runs `--self-test window` to time start-up."""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from guardian import cli, selftest
from guardian.paths import resources_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

WINDOW_TIMEOUT = 30.0  # seconds: a first window later than this is a failure, not a slow start
POLL_MS = 5
ICON_SIZE = 32


def _application() -> QCoreApplication:
    """The one QApplication; run_app takes the existing instance rather than making its own."""
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def check_window() -> str:
    start = time.perf_counter()  # before Qt is imported: loading Qt is part of starting the app
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import run_app

    app = _application()  # before run_app: the timer below needs it
    shown: list[tuple[str, float]] = []  # the first window's title, and when it was seen
    poll = QTimer(app)

    def look() -> None:
        elapsed = time.perf_counter() - start
        windows = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
        if windows or elapsed > WINDOW_TIMEOUT:
            shown.extend((title, elapsed) for title in windows[:1])
            poll.stop()
            QApplication.exit(0)  # not quit(): a window that hides to the tray on close would refuse it

    poll.timeout.connect(look)
    poll.start(POLL_MS)
    # Never the family's real data. The app may still hold files open there (Windows cannot delete those).
    with tempfile.TemporaryDirectory(prefix="guardian-self-test-", ignore_cleanup_errors=True) as data_dir:
        run_app(cli.build_parser().parse_args(["--data-dir", data_dir]))
    poll.stop()
    if not shown:
        raise selftest.CheckFailed(f"the app showed no window within {WINDOW_TIMEOUT:.0f} s")
    title, elapsed = shown[0]
    return f"{title!r} shown {elapsed:.2f} s after loading Qt began"


def check_translations() -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from ui.i18n import LANGUAGES

    folder = resources_dir() / "translations"
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    failed = []
    for language in LANGUAGES:
        own = QTranslator()
        if not own.load(f"guardian_{language}", str(folder)) or own.isEmpty():
            failed.append(f"guardian_{language}.qm")
        qt = QTranslator()  # Qt's standard buttons and dialogs, which ui.i18n loads for every language but English
        if language != "en" and not qt.load(f"qtbase_{language}", qt_folder):
            failed.append(f"qtbase_{language}.qm")
    if failed:
        raise selftest.CheckFailed(f"cannot load {', '.join(failed)}")
    return f"guardian {', '.join(LANGUAGES)} and Qt's own catalogues load"


def check_icons() -> str:
    """Every bundled SVG icon renders: Qt's SVG plugins are the kind of file a bundle loses."""
    from PySide6.QtGui import QIcon

    _application()  # pixmaps need a GUI application
    icons = sorted((resources_dir() / "icons").glob("*.svg"))
    broken = [path.name for path in icons if QIcon(str(path)).pixmap(ICON_SIZE, ICON_SIZE).isNull()]
    if not icons:
        raise selftest.CheckFailed("no icons bundled")
    if broken:
        raise selftest.CheckFailed(f"cannot render {', '.join(broken)}")
    return f"{len(icons)} SVG icons render"


QT_CHECKS = (
    selftest.Check("window", check_window),
    selftest.Check("translations", check_translations),
    selftest.Check("icons", check_icons),
)


def run_self_test(only: Sequence[str] = ()) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a self-test needs no display
    if isinstance(sys.stdout, io.TextIOWrapper):  # a console code page without "é" must not crash the report
        sys.stdout.reconfigure(errors="backslashreplace")
    return selftest.run_checks((*QT_CHECKS, *selftest.CHECKS), only)
