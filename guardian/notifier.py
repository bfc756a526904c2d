"""Desktop notifications that never carry chat content, and know whether they arrived.

plyer swallows its own failures (it prints a traceback and falls back to a facade, or shells
out to `notify-send` and ignores the exit code), so `PlyerNotifier` checks the conditions for
delivery itself and reports False when they are missing; the app then uses its fallbacks
(the tray message and an in-app banner)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from .ingest.model import LocalText

APP_NAME = "Guardian"
FREEDESKTOP_SERVICE = "org.freedesktop.Notifications"


def new_alerts_message(count: int) -> LocalText:
    """The only text a notification ever holds: a count, never a name or a line of chat."""
    if count == 1:
        return LocalText(en="1 new alert needs your attention", fr="1 nouvelle alerte demande votre attention")
    return LocalText(
        en=f"{count} new alerts need your attention", fr=f"{count} nouvelles alertes demandent votre attention"
    )


class Notifier(Protocol):
    def notify(self, title: str, body: str) -> bool:
        """Show a desktop notification; True only when it was handed to a notification service."""
        ...


@dataclass
class RecordingNotifier:
    """Test double: remembers what it was asked to show and answers `delivers`."""

    delivers: bool = True
    sent: list[tuple[str, str]] = field(default_factory=list)

    def notify(self, title: str, body: str) -> bool:
        self.sent.append((title, body))
        return self.delivers


def freedesktop_server_present() -> bool:
    """Whether the session bus has (or can start) a notification server; False without a bus."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return False
    try:
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection
    except ImportError:
        return False
    try:
        with open_dbus_connection(bus="SESSION") as conn:
            if conn.send_and_get_reply(message_bus.NameHasOwner(FREEDESKTOP_SERVICE), timeout=2).body[0]:
                return True
            activatable = conn.send_and_get_reply(message_bus.ListActivatableNames(), timeout=2).body[0]
            return FREEDESKTOP_SERVICE in activatable
    except (OSError, TimeoutError, ValueError, KeyError):
        return False


def _platform_can_deliver() -> bool:
    # Windows balloon tips need no server; macOS needs plyer's optional pyobjus (checked by the send).
    return freedesktop_server_present() if sys.platform.startswith("linux") else True


def _plyer_send(title: str, body: str) -> bool:
    try:
        from plyer import notification
        from plyer.facades import Notification
    except ImportError:
        return False
    # plyer hides a failed platform import behind the bare facade, which raises on use.
    implementation = object.__getattribute__(notification, "_ensure_obj")()
    if type(implementation) is Notification:
        return False
    try:
        notification.notify(title=title, message=body, app_name=APP_NAME, timeout=10)
    except Exception:  # plyer backends raise anything from NotImplementedError to DBusException
        return False
    return True


@dataclass
class PlyerNotifier:
    """The real notifier: plyer, with the delivery checks plyer does not make."""

    can_deliver: Callable[[], bool] = _platform_can_deliver
    send: Callable[[str, str], bool] = _plyer_send

    def notify(self, title: str, body: str) -> bool:
        return self.can_deliver() and self.send(title, body)
