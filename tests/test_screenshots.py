"""The real app in a real X server (Xvfb, xcb platform): PNGs of the wizard, the inbox, an
alert, its help, the overview, the sources, the family agreement, the lock screen and the teen's
own view, in French and English, saved to a folder this test prints. The same run checks that no
button, chip or one-line label is narrower than its text needs (French runs 20-30 % longer)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCREENS = ("wizard-welcome", "wizard-passphrase", "wizard-teen", "inbox", "alert", "help", "overview", "sources",
           "agreement", "locked", "teen-sign-in", "teen-view", "teen-log", "teen-help")


@pytest.mark.slow
@pytest.mark.parametrize("language", ["fr", "en"])
def test_screenshots_under_xvfb(language: str) -> None:
    if shutil.which("xvfb-run") is None:
        if os.environ.get("CI"):
            pytest.fail("xvfb-run is missing on CI (.ci/run installs xvfb)")
        pytest.skip("xvfb-run is not installed")
    out = Path(os.environ.get("GUARDIAN_SCREENSHOTS") or Path(tempfile.gettempdir()) / "guardian-screenshots")
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    env.pop("DISPLAY", None)
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable, __file__, str(out), language],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    print(f"screenshots ({language}): {out}")
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["platform"] == "xcb"
    assert report["cut"] == []  # every control is at least as wide as its text
    for screen in SCREENS:
        png = out / f"{language}-{screen}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000, png


# --- the driver, run as a script inside Xvfb ---------------------------------------------------


def _cut_widgets(root: object) -> list[str]:
    """Visible controls narrower than their text needs (elided or clipped)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    assert isinstance(root, QWidget)
    cut = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        if not isinstance(widget, QAbstractButton | QLabel) or not widget.text():
            continue  # icon-only buttons (the search box's own) have no text to cut
        one_line = isinstance(widget, QAbstractButton) or not widget.wordWrap()
        if one_line and widget.width() < max(widget.minimumSizeHint().width(), widget.sizeHint().width() - 1):
            text = widget.text().replace("\n", " ")[:40]
            cut.append(f"{type(widget).__name__} '{text}' {widget.width()} < {widget.sizeHint().width()}")
    return cut


def _drive(out: Path, language: str) -> dict[str, object]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from guardian.demo import DEMO_PASSPHRASE
    from guardian.settings import Settings
    from ui.app import DEMO_PIN, Guardian

    app = QApplication([sys.argv[0]])
    report: dict[str, object] = {"platform": app.platformName(), "cut": []}
    cut: list[str] = []

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shot(widget: QWidget, name: str) -> None:
        settle()
        cut.extend(f"{name}: {c}" for c in _cut_widgets(widget))
        widget.grab().save(str(out / f"{language}-{name}.png"))

    with tempfile.TemporaryDirectory() as first_run, tempfile.TemporaryDirectory() as demo:
        Settings(language=language).save(Path(first_run))
        setup = Guardian(app, Path(first_run))
        setup.start()
        wizard = setup.wizard
        assert wizard is not None
        shot(wizard, "wizard-welcome")
        wizard.next()
        wizard.passphrase.fields.first.setText("vélo rouge sous la pluie")
        shot(wizard, "wizard-passphrase")
        wizard.passphrase.fields.second.setText("vélo rouge sous la pluie")
        wizard.next()
        wizard.recovery.kept.setChecked(True)
        wizard.next()
        shot(wizard, "wizard-teen")
        wizard.reject()

        Settings(language=language).save(Path(demo))
        guardian = Guardian(app, Path(demo))

        def scanned() -> None:
            window = guardian.window
            assert window is not None
            shot(window, "inbox")
            window.inbox.select(max(guardian.session.items, key=lambda i: (i.severity_rank, len(i.categories))).id)
            shot(window, "alert")
            window.inbox.view.help.click()
            shot(window, "help")
            window.show_page("overview")
            shot(window, "overview")
            window.show_page("sources")
            shot(window, "sources")
            window.show_page("agreement")
            shot(window, "agreement")
            guardian.session.lock()
            shot(window, "locked")
            window.unlock.teen.click()
            shot(window, "teen-sign-in")
            window.teen_sign_in.pin.setText(DEMO_PIN)
            window.teen_sign_in.try_open()
            space = window.teen_space
            assert space is not None
            for tab, name in enumerate(("teen-view", "teen-log", "teen-help")):
                space.view.tabs.setCurrentIndex(tab)
                shot(window, name)
            space.leave.click()
            guardian.session.unlock(DEMO_PASSPHRASE)
            app.quit()

        guardian.scans.finished.connect(lambda *_outcome: QTimer.singleShot(0, scanned))
        guardian.start_demo()
        app.exec()
        guardian.shutdown()
        setup.shutdown()
    report["cut"] = cut
    return report


if __name__ == "__main__":
    print(json.dumps(_drive(Path(sys.argv[1]), sys.argv[2])))
