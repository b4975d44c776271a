"""Installer size and start-up of the Linux bundle, next to a bare PySide6 "hello" bundle.

Both are built in the same run with the same PyInstaller (packaging/build-linux.sh's venv):
the app with packaging/bluepacific-desktop.spec, "hello" (a QLabel window) with PyInstaller's
defaults (one folder). Prints each one's tar.xz and unpacked sizes, the app/hello ratios, and
the time from process start to the first painted window (offscreen, median of several runs,
measured from outside: spawn -> the "paint" line on standard output).

    .venv/bin/python benchmarks/bundle_size.py [--runs 7] [--skip-build]

Targets (issue 6): the app's tarball <= 40 MB; its time to first window <= 2x hello's.
Issue 15: also prints what SQLCipher (the sqlcipher3 package of the encrypted store, with its
statically linked SQLCipher and OpenSSL) takes of the tarball on its own line.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / "build" / "packaging-venv"
HELLO = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

STARTED = time.perf_counter()


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"paint {time.perf_counter() - STARTED:.3f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv)
label = QLabel("Hello, Pacific")
label.resize(400, 200)
watcher = FirstPaint()
label.installEventFilter(watcher)
label.show()
sys.exit(app.exec())
"""


def version() -> str:
    for line in (ROOT / "src" / "bluepacific_desktop" / "__init__.py").read_text().splitlines():
        if line.startswith("__version__"):
            return line.split('"')[1]
    raise SystemExit("no __version__")


def unpacked_bytes(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def make_tarball(folder: Path, out: Path) -> None:
    with out.open("wb") as raw:
        tar = subprocess.Popen(
            ["tar", "-C", str(folder.parent), "-cf", "-", folder.name], stdout=subprocess.PIPE
        )
        subprocess.run(["xz", "-9e", "-T0"], stdin=tar.stdout, stdout=raw, check=True)
        assert tar.wait() == 0


def part_sizes(folder: Path, work: Path) -> tuple[int, int]:
    """(tar.xz -9e bytes, unpacked bytes) of one folder of the bundle, packed on its own."""
    out = work / f"{folder.name}.tar.xz"
    make_tarball(folder, out)
    return out.stat().st_size, unpacked_bytes(folder)


def time_to_paint(command: list[str], env: dict[str, str], runs: int) -> float:
    """Median seconds from spawn to the "paint" line; one unmeasured warm-up run first."""
    times = []
    for n in range(runs + 1):
        started = time.perf_counter()
        proc = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        assert proc.stdout is not None
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - started
        proc.stdout.read()
        if proc.wait(60) != 0 or not line.startswith("paint"):
            raise SystemExit(f"{command[0]} did not paint: {line!r}")
        if n:
            times.append(elapsed)
    return statistics.median(times)


def mb(n: int) -> str:
    return f"{n / 1e6:7.1f} MB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed starts of each bundle")
    parser.add_argument("--skip-build", action="store_true", help="reuse dist/'s tarball")
    args = parser.parse_args()
    name = f"bluepacific-desktop-{version()}-linux-x86_64"
    tarball = ROOT / "dist" / f"{name}.tar.xz"

    started = time.monotonic()
    if not args.skip_build or not tarball.exists():
        subprocess.run(["bash", str(ROOT / "packaging" / "build-linux.sh")], check=True)
    app_build_s = time.monotonic() - started

    with tempfile.TemporaryDirectory(prefix="bundle-size-") as tmp:
        work = Path(tmp)
        (work / "hello.py").write_text(HELLO, encoding="utf-8")
        started = time.monotonic()
        subprocess.run(
            [str(VENV / "bin" / "pyinstaller"), "--noconfirm", "--log-level", "ERROR",
             "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
             "--specpath", str(work), str(work / "hello.py")],
            check=True, cwd=work,
        )  # fmt: skip
        hello_build_s = time.monotonic() - started
        hello_dir = work / "dist" / "hello"
        make_tarball(hello_dir, work / "hello.tar.xz")
        with tarfile.open(tarball) as tar:
            tar.extractall(work / "app", filter="tar")
        app_dir = work / "app" / name

        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(work / "home"),
            "QT_QPA_PLATFORM": "offscreen",
            "BLUEPACIFIC_EXIT_AFTER": "paint",
            "LANG": os.environ.get("LANG", "C.UTF-8"),
        }
        data = work / "data"
        app = str(app_dir / "bluepacific-desktop")
        subprocess.run(
            [app, "--data-dir", str(data), "init", "--country", "FJ", "--lang", "en"],
            env=env, check=True, capture_output=True,
        )  # fmt: skip
        subprocess.run(
            [app, "--data-dir", str(data), "demo-data", "--size", "1000"],
            env=env, check=True, capture_output=True,
        )  # fmt: skip
        hello_paint = time_to_paint([str(hello_dir / "hello")], env, args.runs)
        app_paint = time_to_paint([app, "--data-dir", str(data)], env, args.runs)
        ready_env = {**env, "BLUEPACIFIC_EXIT_AFTER": "ready"}
        app_ready = statistics.median(
            float(
                subprocess.run(
                    [app, "--data-dir", str(data)],
                    env=ready_env,
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout.split()[1]
            )
            for _ in range(args.runs)
        )

        sqlcipher = app_dir / "_internal" / "sqlcipher3"
        if not sqlcipher.is_dir():
            raise SystemExit(f"no sqlcipher3 in {app_dir}: the spec's hidden imports lost it")
        sqlcipher_sizes = part_sizes(sqlcipher, work)
        sizes = {
            "hello (PyInstaller defaults)": (
                (work / "hello.tar.xz").stat().st_size,
                unpacked_bytes(hello_dir),
            ),
            "Blue Pacific Desktop": (tarball.stat().st_size, unpacked_bytes(app_dir)),
        }
    python = sys.version.split()[0]
    print(f"\nBundle sizes (Linux x86_64, tar.xz -9e as the build packs it; python {python})")
    print(f"{'':32} {'tar.xz':>10} {'unpacked':>10}")
    for label, (packed, unpacked) in sizes.items():
        print(f"{label:32} {mb(packed)} {mb(unpacked)}")
    (h_packed, h_unpacked), (a_packed, a_unpacked) = sizes.values()
    print(f"{'ratio app / hello':32} {a_packed / h_packed:10.2f} {a_unpacked / h_unpacked:10.2f}")
    print(f"app tarball limit 40 MB: {'OK' if a_packed <= 40e6 else 'OVER'}")
    s_packed, s_unpacked = sqlcipher_sizes
    print(
        f"{'of which SQLCipher (sqlcipher3)':32} {mb(s_packed)} {mb(s_unpacked)}"
        f"  ({s_packed / a_packed:.0%} of the tarball; xz -9e of its folder alone)"
    )
    print(f"\nTime to first painted window (offscreen, median of {args.runs}, spawn -> paint)")
    print(f"hello                      {hello_paint * 1000:7.0f} ms")
    print(f"Blue Pacific Desktop       {app_paint * 1000:7.0f} ms")
    print(f"ratio app / hello          {app_paint / hello_paint:7.2f}  (target <= 2)")
    print(f"app: screens built, 1,000-person store ({app_ready * 1000:.0f} ms after Python start)")
    print(f"\nBuild: app {app_build_s:.0f} s (build-linux.sh), hello {hello_build_s:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
