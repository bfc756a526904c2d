"""The real OS key store: Debian's gnome-keyring as the Secret Service on a private D-Bus.

`.ci/run` installs dbus and gnome-keyring; a developer machine without them skips this
test, CI (CI=true) never does."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

SCRIPT = r"""
set -e
echo -n "session-password" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
GK=$!
trap 'kill $GK 2>/dev/null' EXIT
for _ in $(seq 50); do
  "$PYTHON" -c 'import jeepney.io.blocking as b, jeepney.bus_messages as m, sys
c = b.open_dbus_connection("SESSION")
sys.exit(0 if c.send_and_get_reply(m.message_bus.NameHasOwner("org.freedesktop.secrets")).body[0] else 1)' && break
  sleep 0.1
done
"$PYTHON" - <<'PY'
from pathlib import Path
import os
from guardian.vault import keys
from guardian.vault.crypto import KdfParams
from guardian.vault.secretstore import KeyringSecretStore
from guardian.vault.store import Vault

store = KeyringSecretStore()
print("backend", store.name)
vault, parent, _ = Vault.create(Path(os.environ["VAULT_DIR"]), "pass phrase", KdfParams.fresh(16 * 1024, 1))
store.set("vault-test", keys.remember(vault.header, parent, "vault-test"))
again = keys.unlock_with_keystore_key(vault.header, store.get("vault-test"))
print("same key", again.public == parent.public)
store.delete("vault-test")
print("after delete", store.get("vault-test"))
PY
echo "cli passphrase" | "$PYTHON" main.py --data-dir "$VAULT_DIR/cli" vault init --passphrase-stdin --remember
"$PYTHON" main.py --data-dir "$VAULT_DIR/cli" alerts list </dev/null
"""


@pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")) and not os.environ.get("CI"),
    reason="needs dbus-run-session and gnome-keyring-daemon (installed by .ci/run)",
)
def test_parent_key_remembered_in_the_real_secret_service(tmp_path: Path) -> None:
    env = {
        key: value for key, value in os.environ.items()
        if not key.startswith(("DBUS_", "PYTHON_KEYRING", "XDG_", "KEYRING"))
    }
    for name in ("HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / name.lower()
        folder.mkdir(mode=0o700)
        env[name] = str(folder)
    env.update(PYTHON=sys.executable, VAULT_DIR=str(tmp_path / "data"), PYTHONPATH=str(ROOT))
    result = subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", SCRIPT], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "backend keyring.backends.SecretService.Keyring" in result.stdout
    assert "same key True" in result.stdout
    assert "after delete None" in result.stdout
    # the CLI: remembered at init, then read with no passphrase at all on this account
    assert "Remembered on this computer account (keyring.backends.SecretService.Keyring)" in result.stdout
    assert result.stdout.rstrip().endswith("0 alert(s)")
