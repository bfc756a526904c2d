"""Structural rules the brief fixes: a Qt-free core and no network code."""

import ast
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

BLOCK_QT = """
import importlib, pkgutil, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6'):
            raise ImportError('Qt is not allowed in guardian/: ' + name)
sys.meta_path.insert(0, Block())
import guardian
for mod in pkgutil.walk_packages(guardian.__path__, 'guardian.'):
    importlib.import_module(mod.name)
print('ok')
"""

NETWORK_MODULES = {"ssl", "urllib", "http", "ftplib", "smtplib", "requests", "httpx", "aiohttp", "asyncio"}


def test_core_imports_without_qt() -> None:
    result = subprocess.run([sys.executable, "-c", BLOCK_QT], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_network_module_is_imported() -> None:
    """No module of Guardian imports network code, the network guard included."""
    offenders = {
        str(path.relative_to(ROOT)): sorted(found)
        for folder in ("guardian", "ui")
        for path in (ROOT / folder).rglob("*.py")
        if (found := _imported_modules(path) & (NETWORK_MODULES | {"socket"}))
    }
    assert offenders == {}


GUARDED = """
import socket, sys
from guardian import netguard
netguard.install()
attempts = (lambda: socket.socket(socket.AF_INET).connect(("127.0.0.1", 9)), lambda: socket.getaddrinfo("x.org", 80))
for target in attempts:
    try:
        target()
    except netguard.NetworkRefused:
        pass
    else:
        sys.exit("not refused")
a, b = socket.socketpair(socket.AF_UNIX)  # local IPC (D-Bus) stays allowed
a.sendall(b"x"); assert b.recv(1) == b"x"
print(",".join(netguard.attempts()))
"""


def test_network_guard_refuses_internet_sockets_but_not_local_ipc() -> None:
    result = subprocess.run([sys.executable, "-c", GUARDED], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "socket.connect,socket.getaddrinfo"
