"""Desktop notifications through a real notification server: dunst on a private D-Bus
session under Xvfb. What arrives says how many alerts are new, and nothing else."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT
from guardian.notifier import PlyerNotifier, RecordingNotifier, freedesktop_server_present, new_alerts_message

TOOLS = ("dbus-run-session", "Xvfb", "dunst", "dunstctl", "notify-send")
CHAT = ("ethan.choreo.off", "envoie une photo", "lea.dnc_")

SESSION = r"""
set -e
Xvfb :$DISPLAY_NUMBER -screen 0 640x480x24 -nolisten tcp >/dev/null 2>&1 & XP=$!
export DISPLAY=:$DISPLAY_NUMBER
trap 'kill $DP $XP 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$DISPLAY_NUMBER ] && break || sleep 0.1; done
dunst >/dev/null 2>&1 & DP=$!
for _ in $(seq 50); do dunstctl count >/dev/null 2>&1 && break || sleep 0.1; done
"$PYTHON" -c '
from guardian.notifier import PlyerNotifier, new_alerts_message
for count, lang in ((1, "en"), (3, "fr")):
    print("delivered" if PlyerNotifier().notify("Guardian", new_alerts_message(count).get(lang)) else "lost")
'
for _ in $(seq 50); do [ "$(dunstctl count displayed)" -ge 2 ] && break || sleep 0.1; done
dunstctl close-all
for _ in $(seq 50); do [ "$(dunstctl count history)" -ge 2 ] && break || sleep 0.1; done
dunstctl history
"""


def _missing() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def test_message_holds_a_count_only() -> None:
    assert new_alerts_message(1).en == "1 new alert needs your attention"
    assert new_alerts_message(1).fr == "1 nouvelle alerte demande votre attention"
    assert new_alerts_message(4).en == "4 new alerts need your attention"
    assert new_alerts_message(4).fr == "4 nouvelles alertes demandent votre attention"


def test_no_bus_means_not_delivered_so_the_app_falls_back() -> None:
    sent: list[tuple[str, str]] = []
    notifier = PlyerNotifier(can_deliver=lambda: False, send=lambda t, b: sent.append((t, b)) is None)
    assert notifier.notify("Guardian", "1 new alert needs your attention") is False
    assert sent == []  # plyer would have "succeeded" silently: it is not even called
    assert PlyerNotifier(can_deliver=lambda: True, send=lambda t, b: False).notify("Guardian", "x") is False
    recording = RecordingNotifier()
    assert recording.notify("Guardian", "x") and recording.sent == [("Guardian", "x")]


def test_server_probe_without_a_session_bus(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    assert freedesktop_server_present() is False


@pytest.mark.slow
def test_notification_reaches_dunst_without_chat_content() -> None:
    missing = _missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"missing on CI: {missing}")
        pytest.skip(f"not installed: {missing}")
    display = str(90 + os.getpid() % 500)  # parallel runs must not share an X display
    env = {**os.environ, "PYTHON": sys.executable, "PYTHONPATH": str(ROOT), "DISPLAY_NUMBER": display}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    result = subprocess.run(["dbus-run-session", "--", "bash", "-c", SESSION], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert lines[:2] == ["delivered", "delivered"]
    history = json.loads("\n".join(lines[2:]))["data"][0]
    received = sorted((n["appname"]["data"], n["summary"]["data"], n["body"]["data"]) for n in history)
    assert received == [
        ("Guardian", "Guardian", "1 new alert needs your attention"),
        ("Guardian", "Guardian", "3 nouvelles alertes demandent votre attention"),
    ]
    assert not any(chat in result.stdout for chat in CHAT)
