#!/usr/bin/env bash
# Builds dist/bluepacific-desktop-<version>-linux-x86_64.tar.xz in one command:
#
#   bash packaging/build-linux.sh
#
# Needs: Python 3.11+ built with --enable-shared (Debian's python3 and python3-venv are), and
# binutils + icu-devtools (strip, and the ICU data trim) and xz (the tarball): apt-get install
# binutils icu-devtools xz-utils.
# It makes its own venv in build/packaging-venv from requirements/constraints.txt and
# requirements/packaging.txt, installs the app into it (not editable, no hub, no test tools)
# and runs PyInstaller on packaging/bluepacific-desktop.spec. PYTHON=... picks the interpreter.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
python=${PYTHON:-python3}
venv=build/packaging-venv
started=$(date +%s)

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' src/bluepacific_desktop/__init__.py)
name="bluepacific-desktop-$version-linux-x86_64"

for tool in strip icupkg as ld nm readelf xz; do
    command -v "$tool" >/dev/null || {
        echo "build-linux.sh: '$tool' is missing (apt-get install binutils icu-devtools xz-utils)" >&2
        exit 1
    }
done
if [ "$("$python" -c 'import sysconfig; print(sysconfig.get_config_var("Py_ENABLE_SHARED"))')" != 1 ]; then
    echo "build-linux.sh: $python has no shared libpython; PyInstaller needs one" >&2
    exit 1
fi

stamp="$venv/.stamp"
wanted=$(cat requirements/constraints.txt requirements/packaging.txt pyproject.toml | sha256sum)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
    rm -rf "$venv"
    "$python" -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --upgrade pip
    "$venv/bin/python" -m pip install --quiet \
        -c requirements/constraints.txt -c requirements/packaging.txt \
        pyinstaller pyinstaller-hooks-contrib
    echo "$wanted" >"$stamp"
fi
# The app itself, fresh every time (its dependencies are already there).
"$venv/bin/python" -m pip install --quiet --force-reinstall --no-deps \
    -c requirements/constraints.txt .
"$venv/bin/python" -m pip install --quiet -c requirements/constraints.txt .
"$venv/bin/python" -m pip check >/dev/null

rm -rf build/pyinstaller "dist/$name" "dist/$name.tar.gz" "dist/$name.tar.xz"
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath build/pyinstaller/dist --workpath build/pyinstaller/work \
    packaging/bluepacific-desktop.spec 2> >(grep -v "Library not found\|Hidden import\|via ctypes" >&2)

# The tarball: the program folder plus the menu entry, the icon and the per-user installer.
stage="dist/$name"
mkdir -p "$stage"
cp -R build/pyinstaller/dist/bluepacific-desktop/. "$stage/"
cp packaging/linux/bluepacific-desktop.desktop packaging/linux/install.sh \
    packaging/linux/uninstall.sh "$stage/"
cp resources/icons/bluepacific-256.png "$stage/bluepacific-desktop.png"
cp resources/icons/bluepacific.svg "$stage/bluepacific-desktop.svg"
cp packaging/linux/README.txt "$stage/README.txt"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$(git log -1 --format=%ct 2>/dev/null || date +%s)" \
    -C dist -cf - "$name" | xz -9e -T0 >"dist/$name.tar.xz"
rm -rf "$stage"

bytes=$(stat -c %s "dist/$name.tar.xz")
printf "Built %s: %d.%02d MB " "$root/dist/$name.tar.xz" $((bytes / 1000000)) $(((bytes % 1000000) / 10000))
echo \
    "in $(($(date +%s) - started)) s"
