"""`make package`: build the one-folder bundle for this OS, then print its size and start-up time.

The start-up time is measured the way a parent feels it: from launching the frozen binary
(offscreen, so it works on a headless runner) to its first window on screen, as reported
by `--self-test window` the moment the window shows."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from appinfo import APP_NAME, ROOT, VERSION

SPEC = ROOT / "packaging" / "guardian.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
ICON_SOURCE = ROOT / "resources" / "icons" / "guardian.svg"
ICONS = ROOT / "build" / "icons"  # read by guardian.spec and packaging/windows/guardian.iss
ICON_PIXELS = {"ico": 256, "icns": 1024}  # the largest size each format holds
SIZE_TARGET_MB = 200.0
START_TARGET_S = 1.5
START_RUNS = 3  # the median of a few launches: the first one pays for a cold disk cache
WINDOW_CHECK = "window"


@dataclass(frozen=True)
class Layout:
    bundle: Path  # what ships (the folder, or the .app)
    binary: Path  # a console-capable launcher of the same bundle, for timing


def layout() -> Layout:
    folder = DIST / "guardian"
    if sys.platform == "win32":
        return Layout(folder, folder / "guardian-cli.exe")  # guardian.exe has no console to print to
    if sys.platform == "darwin":
        app = DIST / f"{APP_NAME}.app"
        return Layout(app, app / "Contents" / "MacOS" / "guardian")
    return Layout(folder, folder / "guardian")


def platform_icons() -> None:
    """guardian.ico (executables, installer) and guardian.icns (.app) from the app's own SVG icon."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QIcon

    _application = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # rendering needs one
    ICONS.mkdir(parents=True, exist_ok=True)
    for suffix, pixels in ICON_PIXELS.items():
        image = QIcon(str(ICON_SOURCE)).pixmap(pixels, pixels).toImage()
        if image.isNull() or not image.save(str(ICONS / f"guardian.{suffix}")):
            sys.exit(f"cannot render {ICON_SOURCE.name} as .{suffix}")


def run_pyinstaller() -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    if subprocess.run(command).returncode != 0:
        sys.exit("PyInstaller failed (its messages are above)")


def size_on_disk(folder: Path) -> int:
    """Bytes the bundle occupies, as `du` counts them (allocated blocks where the OS says)."""
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():  # .app bundles link Frameworks/ to Resources/
            stat = path.stat()
            total += stat.st_blocks * 512 if hasattr(stat, "st_blocks") else stat.st_size
    return total


def time_to_window(binary: Path) -> float:
    """Seconds from launching `binary` to its report that the first window is shown."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    with subprocess.Popen([str(binary), "--self-test", WINDOW_CHECK], stdout=subprocess.PIPE, text=True,
                          errors="replace", env=env) as child:
        assert child.stdout is not None
        lines = []
        for line in child.stdout:
            lines.append(line.rstrip())
            if line.split()[1:2] == [WINDOW_CHECK]:
                elapsed = time.perf_counter() - start
                if not line.startswith("ok"):
                    break
                child.wait()
                return elapsed
    sys.exit("the frozen app did not show its window:\n" + "\n".join(lines))


def report(bundle: Path, binary: Path) -> None:
    megabytes = size_on_disk(bundle) / 1e6
    verdict = "within" if megabytes < SIZE_TARGET_MB else "OVER"
    print(f"bundle: {bundle.relative_to(ROOT)} ({APP_NAME} {VERSION}), {megabytes:.1f} MB on disk "
          f"({verdict} the {SIZE_TARGET_MB:.0f} MB target)")
    runs = [time_to_window(binary) for _ in range(START_RUNS)]
    median = statistics.median(runs)
    verdict = "within" if median <= START_TARGET_S else "OVER"
    print(f"start to first window (offscreen): median {median:.2f} s of {', '.join(f'{r:.2f}' for r in runs)} s "
          f"({verdict} the {START_TARGET_S} s target)")


def main() -> None:
    platform_icons()
    run_pyinstaller()
    found = layout()
    report(found.bundle, found.binary)


if __name__ == "__main__":
    main()
