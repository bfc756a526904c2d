"""`guardian --self-test`: proves a build works, in the frozen app as from source.

Each check exercises what a PyInstaller bundle most easily loses: data files (rule packs,
the demo export), modules imported by name at run time (plyer's platform module, keyring
backends, re2's native library), native crypto and the JSON parser. The checks here are
Qt-free; ui/selftest.py adds the Qt ones and runs them all. The report is one line per
check, so a failing CI log says what broke without a traceback."""

from __future__ import annotations

import functools
import importlib
import importlib.util
import logging
import platform
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from . import __version__, netguard
from .paths import resources_dir

if TYPE_CHECKING:
    from .scanning import Scanner

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

# Imported by name at run time, so PyInstaller's import analysis cannot see them:
# packaging/guardian.spec bundles exactly these, and the "modules" check imports them.
COMMON_RUNTIME_MODULES = (
    "re2._re2",  # the matcher's native library; without it matching silently falls back to stdlib re
    "cryptography.hazmat.bindings._rust",
)
PLATFORM_RUNTIME_MODULES = {
    "linux": (
        "plyer.platforms.linux.notification",
        "keyring.backends.SecretService",
        "keyring.backends.libsecret",
        "keyring.backends.kwallet",
        "jeepney.io.blocking",  # guardian.notifier asks the session bus whether a notification server exists
        "jeepney.bus_messages",
    ),
    "win32": (
        "plyer.platforms.win.notification",
        "plyer.platforms.win.libs.balloontip",
        "keyring.backends.Windows",
    ),
    "darwin": (
        "plyer.platforms.macosx.notification",  # needs pyobjus, which only the macOS build installs
        "keyring.backends.macOS",
    ),
}

SELF_TEST_PASSPHRASE = "self-test passphrase, never a real one"
SELF_TEST_SOURCE = "0" * 64


def runtime_modules(system: str = sys.platform) -> tuple[str, ...]:
    """Every module `system` ("linux", "win32", "darwin") loads by name."""
    family = "linux" if system.startswith("linux") else system
    return COMMON_RUNTIME_MODULES + PLATFORM_RUNTIME_MODULES.get(family, ())


class CheckFailed(Exception):
    """Why a check failed, in one line we wrote."""


@dataclass(frozen=True)
class Check:
    name: str  # one word: `guardian --self-test NAME` runs just this check
    run: Callable[[], str]  # returns what it found; raises CheckFailed


@dataclass(frozen=True)
class Result:
    name: str
    ok: bool
    detail: str
    seconds: float

    def line(self) -> str:
        return f"{'ok' if self.ok else 'FAIL':<4}  {self.name:<12} {self.detail} ({self.seconds:.2f} s)"


def run_check(check: Check) -> Result:
    start = time.perf_counter()
    try:
        ok, detail = True, check.run()
    except CheckFailed as exc:
        ok, detail = False, str(exc)
    except Exception as exc:  # a self-test reports every failure; it never stops at the first traceback
        # Library text is safe to show here: the self-test only touches bundled files and a temporary vault.
        ok, detail = False, f"{type(exc).__name__}: {exc}"
    return Result(check.name, ok, " ".join(detail.split()), time.perf_counter() - start)


def run_checks(checks: Sequence[Check], only: Sequence[str] = (), out: TextIO | None = None) -> int:
    """Run `checks` (or the ones named in `only`), print the report, return the exit code."""
    out = out or sys.stdout
    known = [check.name for check in checks]
    unknown = [name for name in only if name not in known]
    if unknown:
        print(f"unknown check: {', '.join(unknown)} (known: {', '.join(known)})", file=out)
        return EXIT_USAGE
    frozen = "frozen bundle" if getattr(sys, "frozen", False) else "from source"
    print(f"Guardian {__version__} self-test: {frozen}, {sys.platform}, Python {platform.python_version()}",
          file=out, flush=True)
    selected = [check for check in checks if not only or check.name in only]
    failed = []
    for check in selected:
        result = run_check(check)
        print(result.line(), file=out, flush=True)  # flushed: the build times the "window" line as it arrives
        if not result.ok:
            failed.append(result.name)
    checks_run = f"{len(selected)} check{'' if len(selected) == 1 else 's'}"
    if failed:
        print(f"self-test FAILED: {len(failed)} of {checks_run} ({', '.join(failed)})", file=out)
        return EXIT_FAILED
    print(f"self-test passed: {checks_run}", file=out)
    return EXIT_OK


@contextmanager
def _silenced(logger: logging.Logger) -> Iterator[None]:
    logger.disabled = True
    try:
        yield
    finally:
        logger.disabled = False


def check_network_guard() -> str:
    # Raising the audit event itself reaches the guard without any network code.
    with _silenced(netguard.log):
        try:
            sys.audit("socket.getaddrinfo", "self-test.invalid", 0, 0, 0, 0)
        except netguard.NetworkRefused:
            return "installed: name lookups and internet sockets are refused"
    raise CheckFailed("the network guard is not installed")


@functools.cache
def _scanner() -> Scanner:
    """One scanner for the rules and demo checks: loading the rule packs is the slow part."""
    from .scanning import Scanner

    return Scanner()


def check_rules() -> str:
    pack = _scanner().pack
    if pack.problems:
        raise CheckFailed(f"{len(pack.problems)} problem(s) in the rule packs, first: {pack.problems[0]}")
    if not pack.rules:
        raise CheckFailed("no rules loaded")
    return f"{len(pack.rules)} rules from {pack.files} files"


def check_modules() -> str:
    names = runtime_modules()
    failed = []
    for name in names:
        try:
            importlib.import_module(name)
        except ImportError as exc:  # its message names the module that is missing
            failed.append(f"{name} ({exc})")
    if failed:
        raise CheckFailed(f"cannot import {'; '.join(failed)}")
    return f"{len(names)} run-time modules import"


def check_engines() -> str:
    import orjson  # the importers need it: without it the demo check fails too, less clearly

    from .detect.matcher import DEFAULT_ENGINE

    if DEFAULT_ENGINE != "re2":
        raise CheckFailed("the matcher fell back to stdlib re: google-re2 is missing")
    return f"matcher re2, JSON orjson {orjson.__version__}"


def check_demo_scan() -> str:
    report = _scanner().run([resources_dir() / "demo"])
    if report.errors:
        raise CheckFailed(f"the demo export did not read: {report.errors[0]}")
    if not report.alerts:
        raise CheckFailed("the demo export raised no alert")
    messages = sum(source.messages for source in report.sources)
    return f"{messages} messages, {len(report.alerts)} alert(s)"


def check_workers() -> str:
    """The demo read by two worker processes finds what one process finds. In a frozen app this
    proves the entry point hands a spawned worker to multiprocessing (freeze_support) rather
    than starting the app again."""
    from .parallel import Job, ShardedScan, read_alone

    scanner = _scanner()
    job = Job((str(resources_dir() / "demo"),), (), frozenset(), scanner.pack, scanner.config, None)
    with ShardedScan(job, 2) as scan:
        shared = scan.run()
    if shared is None:
        raise CheckFailed("the workers' shares of the demo could not be merged")
    alone = read_alone(job)
    if [a.id for a in shared.detector.alerts()] != [a.id for a in alone.detector.alerts()]:
        raise CheckFailed("two workers found other alerts than one process")
    return f"2 processes read {shared.messages} messages, same alerts as one"


def check_vault() -> str:
    from .vault.crypto import KdfParams
    from .vault.store import AlertRow, Vault

    payload = {"check": "self-test"}
    with tempfile.TemporaryDirectory(prefix="guardian-self-test-") as folder:
        kdf = KdfParams.fresh(memory_kib=KdfParams.MIN_MEMORY_KIB, iterations=1)  # the cheapest cost it accepts
        vault, _parent, _recovery = Vault.create(Path(folder), SELF_TEST_PASSPHRASE, kdf)
        try:
            vault.begin_source(SELF_TEST_SOURCE, None, {"path": "self-test"})
            vault.store_alert(AlertRow("self-test", SELF_TEST_SOURCE, None, None, "low", ("self_test",), payload))
            parent = vault.unlock(SELF_TEST_PASSPHRASE)
            read_back = [alert.payload for alert in vault.alerts(parent)]
        finally:
            vault.close()  # before the folder goes: Windows cannot delete an open database
    if read_back != [payload]:
        raise CheckFailed("the sealed alert did not read back")
    return "created, sealed, unlocked and read back in a temporary folder"


def check_key_store() -> str:
    from .vault.secretstore import system_secret_store

    store = system_secret_store()
    return store.name if store is not None else "none (the passphrase alone protects the vault)"


def check_notifier() -> str:
    # guardian.notifier is optional to the self-test: report "none" rather than fail without it.
    if importlib.util.find_spec("guardian.notifier") is None:
        return "none"
    notifier = importlib.import_module("guardian.notifier").PlyerNotifier()
    delivery = "delivers now" if notifier.can_deliver() else "no service now: the app falls back to its tray message"
    return f"{type(notifier).__name__} ({delivery})"


CHECKS = (
    Check("netguard", check_network_guard),
    Check("rules", check_rules),
    Check("modules", check_modules),
    Check("engines", check_engines),
    Check("demo", check_demo_scan),
    Check("workers", check_workers),
    Check("vault", check_vault),
    Check("keystore", check_key_store),
    Check("notifier", check_notifier),
)
