"""Principle 1, enforced at run time: Guardian's process refuses network connections.

A Python audit hook sees every socket connect, bind, send and name lookup made from
Python code (ours and every library's). Internet sockets are refused and the attempt is
logged; local Unix sockets stay allowed, because the OS key store and the notification
service are reached over D-Bus on this machine. Audit hooks cannot be removed, which is
the point."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

log = logging.getLogger("guardian.netguard")

# By name: the numbers differ between operating systems, and this module imports no network code.
NETWORK_FAMILIES = {"AF_INET", "AF_INET6"}
LOOKUP_EVENTS = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr", "socket.getnameinfo"}
SOCKET_EVENTS = {"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"}


class NetworkRefused(PermissionError):
    """Raised inside whatever tried to reach the network."""


_installed = False
_attempts: list[str] = []


def attempts() -> list[str]:
    """Event names refused so far in this process (for tests and the self-test)."""
    return list(_attempts)


def _hook(event: str, args: tuple[Any, ...]) -> None:
    family = getattr(getattr(args[0], "family", None), "name", None) if args else None
    if event in LOOKUP_EVENTS or (event in SOCKET_EVENTS and family in NETWORK_FAMILIES):
        _attempts.append(event)
        log.error("refused a network operation (%s): Guardian never uses the network", event)
        raise NetworkRefused(f"Guardian refuses network access ({event})")


def install(hook: Callable[[str, tuple[Any, ...]], None] = _hook) -> None:
    """Install once per process, as early as possible."""
    global _installed
    if not _installed:
        sys.addaudithook(hook)
        _installed = True
