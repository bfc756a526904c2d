#!/usr/bin/env bash
# dist/Guardian.app (from `make package`) → dist/Guardian-<version>-macos-<arch>.dmg, a window
# with the app and an Applications link to drag it onto. Prints the .dmg's path.
set -euo pipefail
cd "$(dirname "$0")/../.."

version=$("${PYTHON:-python3}" packaging/appinfo.py)
dmg="dist/Guardian-$version-macos-$(uname -m).dmg"
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT

ditto dist/Guardian.app "$staging/Guardian.app"  # ditto keeps signatures and extended attributes intact
ln -s /Applications "$staging/Applications"
hdiutil create -quiet -ov -volname Guardian -fs HFS+ -format UDZO -srcfolder "$staging" "$dmg"
echo "$dmg"
