"""`guardian --self-test`: the report format CI reads, and a real run from source.

The frozen bundle runs the same self-test in CI (.ci/run, after `make package`)."""

import io
import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from guardian import __version__, selftest
from guardian.selftest import Check, CheckFailed, run_checks, runtime_modules

LINE = re.compile(r"^(ok|FAIL)\s+(\w+)\s+(.+) \((\d+\.\d\d) s\)$")


def _parsed(line: str) -> tuple[str, ...]:
    """(status, check, detail, seconds) of a report line."""
    match = LINE.match(line)
    assert match is not None, line
    return match.groups()


def _fail(reason: str) -> str:
    raise CheckFailed(reason)


def _crash() -> str:
    raise RuntimeError("boom\nwith a second line")


CHECKS = (Check("first", lambda: "fine"), Check("second", lambda: _fail("no rules loaded")), Check("third", _crash))


def test_every_failure_is_one_line_and_the_exit_code_says_so() -> None:
    out = io.StringIO()
    assert run_checks(CHECKS, out=out) == selftest.EXIT_FAILED
    header, *results, summary = out.getvalue().splitlines()
    assert header.startswith(f"Guardian {__version__} self-test: from source, {sys.platform}, Python 3.")
    assert [_parsed(line)[:3] for line in results] == [
        ("ok", "first", "fine"),
        ("FAIL", "second", "no rules loaded"),
        ("FAIL", "third", "RuntimeError: boom with a second line"),
    ]
    assert summary == "self-test FAILED: 2 of 3 checks (second, third)"


def test_named_checks_run_alone() -> None:
    out = io.StringIO()
    assert run_checks(CHECKS, only=["first"], out=out) == selftest.EXIT_OK
    assert [line.split()[:2] for line in out.getvalue().splitlines()[1:]] == [["ok", "first"], ["self-test", "passed:"]]
    assert out.getvalue().splitlines()[-1] == "self-test passed: 1 check"


def test_an_unknown_check_is_a_usage_error() -> None:
    out = io.StringIO()
    assert run_checks(CHECKS, only=["first", "vault"], out=out) == selftest.EXIT_USAGE
    assert out.getvalue() == "unknown check: vault (known: first, second, third)\n"


def test_each_platform_lists_its_own_runtime_modules() -> None:
    linux, windows, mac = runtime_modules("linux"), runtime_modules("win32"), runtime_modules("darwin")
    for modules in (linux, windows, mac):
        assert modules[:2] == ("re2._re2", "cryptography.hazmat.bindings._rust")
    assert "plyer.platforms.linux.notification" in linux and "keyring.backends.SecretService" in linux
    assert {"plyer.platforms.win.notification", "plyer.platforms.win.libs.balloontip", "keyring.backends.Windows"} \
        <= set(windows)
    assert {"plyer.platforms.macosx.notification", "keyring.backends.macOS"} <= set(mac)
    assert not any("linux" in name or "macosx" in name for name in windows)


def _self_test(tmp_path: Path, *names: str) -> subprocess.CompletedProcess[str]:
    env = {
        key: value for key, value in os.environ.items() if key not in {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY"}
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",  # not an OS store: Guardian must refuse it
    )
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--self-test", *names],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )


def test_main_runs_the_self_test_before_parsing_the_command_line(tmp_path: Path) -> None:
    result = _self_test(tmp_path, "netguard", "nosuch")
    assert result.returncode == selftest.EXIT_USAGE
    assert result.stdout.startswith("unknown check: nosuch (known: window, translations, icons, netguard, rules,")


def test_the_whole_self_test_passes_from_source(tmp_path: Path) -> None:
    result = _self_test(tmp_path)
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert lines[0].startswith("Guardian ") and ": from source, " in lines[0]
    report = {check: detail for status, check, detail, _ in map(_parsed, lines[1:-1]) if status == "ok"}
    assert list(report) == [
        "window", "translations", "icons", "netguard", "rules", "modules", "engines", "demo", "workers", "vault",
        "keystore", "notifier",
    ]
    assert re.fullmatch(r"'.+' shown \d+\.\d\d s after loading Qt began", report["window"])
    assert re.fullmatch(r"[1-9]\d* rules from [1-9]\d* files", report["rules"])
    assert re.fullmatch(r"186 messages, [1-9]\d* alert\(s\)", report["demo"])
    assert report["workers"] == "2 processes read 186 messages, same alerts as one"
    assert report["modules"] == f"{len(runtime_modules())} run-time modules import"
    assert re.fullmatch(r"matcher re2, JSON orjson \d+\.\d+\.\d+", report["engines"])
    assert report["keystore"] == "none (the passphrase alone protects the vault)"
    assert report["notifier"] == "none" or re.fullmatch(r"\w+Notifier \(.+\)", report["notifier"])
    assert lines[-1] == "self-test passed: 12 checks"
