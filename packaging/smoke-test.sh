#!/usr/bin/env bash
# Smoke test of a built Linux tarball, run from the bundle alone (never the source tree):
#
#   bash packaging/smoke-test.sh dist/bluepacific-desktop-<version>-linux-x86_64.tar.xz
#
# Unpacks it into a fresh temporary folder and runs its program with PYTHONPATH unset and no
# venv on PATH: --version, init, demo-data, status --json, a quarterly PDF (read back with
# pdftotext), then opens the main window offscreen until it is built, and exits 0.
# Also fails when the tarball is over MAX_MB (default 40, in 10^6 bytes). Needs pdftotext.
set -euo pipefail
# The encrypted store keeps its key in the Secret Service (issue 15): without a desktop session
# (a build machine, CI) the test runs in a D-Bus session of its own with a throwaway, unlocked
# gnome-keyring, as a user's desktop has one. Without them the app would ask for a passphrase.
if [ -z "${BP_SMOKE_SESSION:-}" ] && command -v dbus-run-session >/dev/null \
    && command -v gnome-keyring-daemon >/dev/null; then
    export BP_SMOKE_SESSION=1
    exec dbus-run-session -- bash "$0" "$@"
fi
tarball=$(readlink -f "${1:?usage: smoke-test.sh DIST_TARBALL}")
max_mb=${MAX_MB:-40}
work=$(mktemp -d "${TMPDIR:-/tmp}/bluepacific-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
step() { printf '== %s\n' "$*"; }
if [ -n "${BP_SMOKE_SESSION:-}" ]; then
    mkdir -p "$work/keyring/run" "$work/keyring/data"
    chmod 700 "$work/keyring/run"
    printf 'smoke test' | HOME="$work/keyring" XDG_RUNTIME_DIR="$work/keyring/run" \
        XDG_DATA_HOME="$work/keyring/data" gnome-keyring-daemon --foreground --unlock \
        --components=secrets >/dev/null 2>&1 &
    keyring_pid=$!
    trap 'kill "$keyring_pid" 2>/dev/null; rm -rf "$work"' EXIT
    sleep 1
fi

bytes=$(stat -c %s "$tarball")
step "size: $bytes bytes (limit ${max_mb} MB)"
if [ "$bytes" -gt $((max_mb * 1000000)) ]; then
    echo "smoke-test: $tarball is over ${max_mb} MB" >&2
    exit 1
fi

tar -xf "$tarball" -C "$work"  # .tar.xz (or an older .tar.gz): tar tells them apart
app=$(echo "$work"/bluepacific-desktop-*/bluepacific-desktop)
[ -x "$app" ] || { echo "smoke-test: no program in the tarball" >&2; exit 1; }
for f in bluepacific-desktop.desktop bluepacific-desktop.png install.sh; do
    [ -f "$(dirname "$app")/$f" ] || { echo "smoke-test: $f missing" >&2; exit 1; }
done
data="$work/data"
# Nothing from a development setup: no PYTHONPATH, no venv, a bare PATH, run from elsewhere;
# BLUEPACIFIC_EXIT_AFTER passes through. A step that hangs fails after 5 minutes.
run() {
    (cd "$work" && env -u PYTHONPATH -u VIRTUAL_ENV -u PYTHONHOME PATH=/usr/bin:/bin \
        HOME="$work/home" QT_QPA_PLATFORM=offscreen timeout 300 "$app" "$@")
}
mkdir -p "$work/home"

step "--version"
version=$(run --version)
echo "$version"
[[ "$version" == "bluepacific-desktop "* ]]

step "init --country FJ"
run --data-dir "$data" init --country FJ --lang en

step "demo-data --size 200"
run --data-dir "$data" demo-data --size 200

step "the data file is encrypted (no plain SQLite header)"
if [ "$(head -c 15 "$data/bluepacific.sqlite3")" = "SQLite format 3" ]; then
    echo "smoke-test: the data file is plain SQLite" >&2
    exit 1
fi

step "status --json"
run --data-dir "$data" status --json >"$work/status.json"
/usr/bin/python3 - "$work/status.json" <<'PY'
import json, sys
status = json.load(open(sys.argv[1]))
assert status["schema_revision"] == status["head_revision"], status
assert status["records"]["person"]["live"] >= 200, status["records"]
print("schema", status["schema_revision"], "people", status["records"]["person"]["live"])
PY

# This quarter, or the last one in its first weeks (demo data covers the past year).
quarter=$(/usr/bin/python3 -c 'import datetime as d; t = d.date.today() - d.timedelta(days=20); print(f"{t.year}Q{(t.month - 1) // 3 + 1}")')
step "report quarterly --quarter $quarter --pdf"
run --data-dir "$data" report quarterly --quarter "$quarter" --pdf "$work/quarterly.pdf"
pdftotext "$work/quarterly.pdf" - | tee "$work/quarterly.txt" | head -3
grep -q "Quarterly country summary" "$work/quarterly.txt"
grep -q "Fiji" "$work/quarterly.txt"

# The bundled workbook reader (a compiled library): a one-row .ods sheet, dry run.
step "import attendance sheet.ods (dry run)"
/usr/bin/python3 - "$work/sheet.ods" <<'PY'
import sys, zipfile
cells = ["Name", "Sex", "Agency", "Course", "Start date"], ["Ana Vake", "F", "Tonga Police", "HR_POLICING", "03/03/2025"]
row = lambda r: "<table:table-row>" + "".join(f'<table:table-cell office:value-type="string"><text:p>{c}</text:p></table:table-cell>' for c in r) + "</table:table-row>"
ns = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
    z.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    z.writestr("content.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2"><office:body><office:spreadsheet><table:table table:name="S">{"".join(map(row, cells))}</table:table></office:spreadsheet></office:body></office:document-content>')
PY
run --data-dir "$data" import attendance "$work/sheet.ods" | tee "$work/import.txt"
grep -q "Would create: 1 new person," "$work/import.txt"

step "main window (offscreen), exit once its screens are built"
out=$(BLUEPACIFIC_EXIT_AFTER=ready run --data-dir "$data" 2>"$work/gui.err") || {
    cat "$work/gui.err" >&2
    exit 1
}
echo "$out"
[[ "$out" == ready* ]]

# The icons are SVGs drawn through QtSvg, which the installer must keep (it strips Qt to fit):
# draw every one with the bundle's own Qt and files. The bundle's modules are bytecode of its
# Python, so this needs the same Python version on this machine; otherwise it is skipped.
step "every icon draws from the bundle"
internal="$(dirname "$app")/_internal"
bundled=$(cd "$internal" && ls libpython3.*.so.* 2>/dev/null | sed -n 's/^libpython\(3\.[0-9]*\)\.so.*/\1/p' | head -1)
if [ -n "$bundled" ] && command -v "python$bundled" >/dev/null; then
    (cd "$work" && env -u PYTHONPATH -u VIRTUAL_ENV QT_QPA_PLATFORM=offscreen \
        LD_LIBRARY_PATH="$internal" "python$bundled" -s - "$internal" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
app = QApplication([])
from bluepacific_desktop.ui.icons import Icon, icon
for name in Icon:
    image = icon(name).pixmap(QSize(24, 24)).toImage()
    drawn = sum(image.pixelColor(x, y).alpha() > 0 for y in range(24) for x in range(24))
    assert drawn > 0, f"icon {name.value} draws nothing"
print(f"{len(Icon)} icons drawn")
PY
    )
else
    echo "skipped: no python$bundled here to load the bundle's modules"
fi

# Issue 15: the store is encrypted by SQLCipher through the bundled sqlcipher3 (a hidden import
# of the spec). Open an encrypted database with the bundle's own module and its statically
# linked SQLCipher: a key, a write, the cipher version, and a wrong key refused. Same Python
# condition as the icons above.
step "SQLCipher from the bundle: an encrypted database opens with its key only"
if [ -n "$bundled" ] && command -v "python$bundled" >/dev/null; then
    (cd "$work" && env -u PYTHONPATH -u VIRTUAL_ENV LD_LIBRARY_PATH="$internal" \
        "python$bundled" -s - "$internal" "$work/cipher.db" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
import argon2
import sqlcipher3
from sqlcipher3 import dbapi2
for module in (sqlcipher3, dbapi2, argon2):
    assert module.__file__.startswith(sys.argv[1]), f"{module.__name__} not from the bundle: {module.__file__}"
key = "x'" + "2b" * 32 + "'"  # a raw 256-bit key, as the store uses
db = dbapi2.connect(sys.argv[2])
db.execute(f'PRAGMA key = "{key}"')
version = db.execute("PRAGMA cipher_version").fetchone()
assert version and version[0].startswith("4."), f"not SQLCipher 4: {version}"
db.execute("CREATE TABLE t (name TEXT)")
db.execute("INSERT INTO t VALUES ('Mele Tupou')")
db.commit()
db.close()
assert b"Mele Tupou" not in open(sys.argv[2], "rb").read(), "the database is not encrypted"
db = dbapi2.connect(sys.argv[2])
db.execute(f'PRAGMA key = "{key}"')
assert db.execute("SELECT name FROM t").fetchone() == ("Mele Tupou",)
db.close()
wrong = dbapi2.connect(sys.argv[2])
wrong.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")
try:
    wrong.execute("SELECT count(*) FROM sqlite_master").fetchone()
except dbapi2.DatabaseError:
    pass
else:
    raise AssertionError("a wrong key opened the database")
assert argon2.PasswordHasher().verify(argon2.PasswordHasher().hash("246810"), "246810")
print(f"SQLCipher {version[0]} from the bundle; argon2id from the bundle")
PY
    )
else
    echo "skipped: no python$bundled here to load the bundle's modules"
fi

step "the data stayed outside the program folder"
[ -f "$data/bluepacific.sqlite3" ]
if find "$(dirname "$app")" -name '*.sqlite3' | grep -q .; then
    echo "smoke-test: a database inside the program folder" >&2
    exit 1
fi
echo "smoke test passed: $(basename "$tarball")"
