#!/usr/bin/env bash
# Builds the macOS disk image: dist/bluepacific-desktop-<version>-macos-<arch>.dmg
#
#   bash packaging/build-macos.sh
#
# Needs: macOS 11+, Python 3.11 from python.org (universal2) or Homebrew, Xcode command line
# tools (hdiutil, codesign). Makes build/packaging-venv like build-linux.sh, runs PyInstaller on
# packaging/bluepacific-desktop.spec (its BUNDLE step makes "Blue Pacific Desktop.app"), smoke-
# tests the program inside the .app, then packs the .app with a link to /Applications into a
# compressed read-only image (UDZO). Signing and notarisation (optional): set
# MACOS_SIGN_IDENTITY ("Developer ID Application: ...") and NOTARY_PROFILE (a profile stored
# with `xcrun notarytool store-credentials`), see packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3.11}
venv=build/packaging-venv
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' src/bluepacific_desktop/__init__.py)
arch=$(uname -m)
app="dist/Blue Pacific Desktop.app"
dmg="dist/bluepacific-desktop-$version-macos-$arch.dmg"

[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet -c requirements/constraints.txt \
    -c requirements/packaging.txt pyinstaller pyinstaller-hooks-contrib
"$venv/bin/python" -m pip install --quiet --force-reinstall --no-deps .
"$venv/bin/python" -m pip install --quiet -c requirements/constraints.txt .

rm -rf build/pyinstaller "$app" dist/bluepacific-desktop "$dmg"
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller/work packaging/bluepacific-desktop.spec

# Smoke test of the program inside the bundle.
data=$(mktemp -d)
cli="$app/Contents/MacOS/bluepacific-desktop"
QT_QPA_PLATFORM=offscreen "$cli" --version
QT_QPA_PLATFORM=offscreen "$cli" --data-dir "$data/d" init --country WS --lang en
QT_QPA_PLATFORM=offscreen "$cli" --data-dir "$data/d" demo-data --size 50
QT_QPA_PLATFORM=offscreen "$cli" --data-dir "$data/d" status --json >/dev/null
rm -rf "$data"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$MACOS_SIGN_IDENTITY" "$app"
    codesign --verify --strict --verbose=2 "$app"
fi

stage=$(mktemp -d)
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "Blue Pacific Desktop $version" -srcfolder "$stage" -ov \
    -format UDZO -imagekey zlib-level=9 "$dmg"
rm -rf "$stage"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --sign "$MACOS_SIGN_IDENTITY" --timestamp "$dmg"
    if [ -n "${NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
        xcrun stapler staple "$dmg"
    fi
fi
echo "Built $dmg: $(du -h "$dmg" | cut -f1)"
