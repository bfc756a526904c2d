#!/usr/bin/env bash
# A signed, notarised, stapled macOS release; each step is explained in docs/INSTALL.md.
# Needs, in the environment (never in the repository):
#   GUARDIAN_SIGN_IDENTITY   "Developer ID Application: <Name> (<TEAMID>)", in the login keychain.
#                            Always the same team: the Keychain item holding the vault key trusts
#                            this team + the bundle id, so another identity would lose it.
#   GUARDIAN_NOTARY_PROFILE  a profile saved once with `xcrun notarytool store-credentials`.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${GUARDIAN_SIGN_IDENTITY:?set GUARDIAN_SIGN_IDENTITY to the Developer ID Application identity}"
: "${GUARDIAN_NOTARY_PROFILE:?set GUARDIAN_NOTARY_PROFILE to a notarytool keychain profile}"
export PYTHON="${PYTHON:-.venv/bin/python}"

# 1. Build: PyInstaller signs every library, then the app, with hardened runtime + entitlements.
"$PYTHON" packaging/build.py
codesign --verify --deep --strict --verbose=2 dist/Guardian.app
QT_QPA_PLATFORM=offscreen dist/Guardian.app/Contents/MacOS/guardian --self-test

# 2. The disk image, signed too (Gatekeeper checks the container as well as the app).
dmg=$(packaging/macos/make-dmg.sh)
codesign --force --timestamp --sign "$GUARDIAN_SIGN_IDENTITY" "$dmg"

# 3. Notarise (Apple scans the image and every binary in it) and staple the ticket, so the
#    first launch is accepted even on a computer that is offline.
xcrun notarytool submit "$dmg" --keychain-profile "$GUARDIAN_NOTARY_PROFILE" --wait
xcrun stapler staple "$dmg"
xcrun stapler validate "$dmg"
spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"

# 4. The checksum published beside the download.
shasum -a 256 "$dmg" | tee "$dmg.sha256"
