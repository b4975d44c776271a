"""What can be checked here of the installers built elsewhere (Windows, macOS) and of the spec."""

from __future__ import annotations

import ast
import configparser
import re
import sys
from pathlib import Path

import platformdirs
import pytest

from bluepacific_desktop import paths

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ISS = PACKAGING / "windows" / "bluepacific-desktop.iss"
SPEC = PACKAGING / "bluepacific-desktop.spec"


def iss_sections() -> dict[str, list[str]]:
    """Inno Setup script: section name (lower case) -> its non-comment lines."""
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        match = re.fullmatch(r"\[(\w+)\]", line)
        if match:
            current = match.group(1).lower()
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def iss_entries(section: str) -> list[dict[str, str]]:
    """`Name: "x"; Type: y` lines as dicts (keys lower case)."""
    entries = []
    for line in iss_sections().get(section, []):
        fields = {}
        for part in re.findall(r'(\w+):\s*("[^"]*"|[^;]+)', line):
            fields[part[0].lower()] = part[1].strip().strip('"')
        entries.append(fields)
    return entries


def iss_setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in iss_sections()["setup"])


def test_windows_installer_is_per_user_with_a_start_menu_entry() -> None:
    setup = iss_setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{localappdata}\\Programs\\")
    assert setup["AppId"].startswith("{{")  # a fixed id: upgrades find the installed copy
    icons = iss_entries("icons")
    start_menu = [i for i in icons if i["name"].startswith("{autoprograms}")]
    assert start_menu and start_menu[0]["filename"] == "{app}\\{#AppExe}"
    assert any(f["source"] == "dist\\bluepacific-desktop\\*" for f in iss_entries("files"))


def test_windows_uninstaller_and_upgrades_never_delete_the_users_data() -> None:
    sections = iss_sections()
    assert "uninstallrun" not in sections  # no script that could remove anything else
    assert "code" not in sections  # nor Pascal code deleting folders
    deleting = iss_entries("uninstalldelete") + iss_entries("installdelete")
    assert deleting
    for entry in deleting:
        # Only inside the program folder, never the data folder or the profile.
        assert entry["name"].startswith("{app}\\") or entry["name"] == "{app}", entry
        assert "localappdata" not in entry["name"].lower()
        assert paths.APP_NAME.lower() not in entry["name"].lower()
        assert paths.APP_AUTHOR.lower() not in entry["name"].lower()
    program = iss_setup()["DefaultDirName"]
    assert paths.APP_AUTHOR not in program and paths.APP_NAME not in program


def test_windows_data_folder_is_outside_the_program_folder() -> None:
    """%LOCALAPPDATA%\\INTERPOL-BluePacific\\BluePacificDesktop (platformdirs, local not
    roaming) vs. %LOCALAPPDATA%\\Programs\\Blue Pacific Desktop."""
    if sys.platform == "win32":
        data = Path(platformdirs.user_data_dir(paths.APP_NAME, paths.APP_AUTHOR, roaming=False))
        assert data.parts[-2:] == (paths.APP_AUTHOR, paths.APP_NAME)
    data_rel = f"{paths.APP_AUTHOR}\\{paths.APP_NAME}"
    program_rel = iss_setup()["DefaultDirName"].removeprefix("{localappdata}\\")
    assert not data_rel.lower().startswith(program_rel.lower())
    assert not program_rel.lower().startswith(data_rel.lower())


def _spec_calls(name: str) -> list[ast.Call]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name
    ]


def _keywords(call: ast.Call) -> dict[str, ast.expr]:
    return {k.arg: k.value for k in call.keywords if k.arg}


def test_spec_ships_resources_and_migrations_where_the_app_looks_for_them() -> None:
    source = SPEC.read_text(encoding="utf-8")
    # paths._shipped(): package data bluepacific_desktop/_<name> in an installed app.
    for name in ("resources", "migrations"):
        assert f'(str(ROOT / "{name}"), "bluepacific_desktop/_{name}")' in source
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"resources" = "bluepacific_desktop/_resources"' in pyproject
    assert '"migrations" = "bluepacific_desktop/_migrations"' in pyproject


def test_spec_makes_a_macos_app_bundle_with_its_version_and_icon() -> None:
    (bundle,) = _spec_calls("BUNDLE")
    keywords = _keywords(bundle)
    assert ast.literal_eval(keywords["name"]) == "Blue Pacific Desktop.app"
    assert ast.literal_eval(keywords["bundle_identifier"]).count(".") >= 2
    plist = keywords["info_plist"]
    assert isinstance(plist, ast.Dict)
    keys = {ast.literal_eval(k) for k in plist.keys if k is not None}
    assert {"CFBundleShortVersionString", "CFBundleVersion", "NSHighResolutionCapable"} <= keys
    assert (PACKAGING / "macos" / "bluepacific.icns").read_bytes()[:4] == b"icns"
    assert (PACKAGING / "windows" / "bluepacific.ico").read_bytes()[:4] == b"\0\0\1\0"


def test_spec_is_one_folder_and_leaves_the_hub_and_test_tools_out() -> None:
    assert _spec_calls("COLLECT"), "one folder (COLLECT), not a self-extracting one-file exe"
    for exe in _spec_calls("EXE"):
        assert ast.literal_eval(_keywords(exe)["exclude_binaries"]) is True
    source = SPEC.read_text(encoding="utf-8")
    for excluded in ("bluepacific_hub", "fastapi", "uvicorn", "pytest", "hypothesis", "tkinter"):
        assert f'"{excluded}"' in source


def test_linux_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "linux" / "bluepacific-desktop.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == "bluepacific-desktop"
    assert section["Icon"] == "bluepacific-desktop"
    assert section["Categories"].endswith(";")
    assert (ROOT / "resources" / "icons" / "bluepacific-256.png").read_bytes()[:4] == b"\x89PNG"


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("coll/ucadata.icu", True),
        ("coll/root.res", True),
        ("coll/fr_CA.res", True),
        ("coll/en.res", True),
        ("res_index.res", True),
        ("supplementalData.res", True),
        ("nfkc.nrm", True),
        ("zone/fr.res", True),
        ("region/fr.res", True),
        ("curr/fr.res", False),
        ("lang/en.res", False),
        ("coll/zh.res", False),
        ("ja.res", False),
        ("ibm-943_P15A-2003.cnv", False),
        ("translit/root.res", False),
        ("brkitr/cjdict.dict", False),
        ("unames.icu", False),
    ],
)
def test_icu_trim_keeps_the_core_english_and_french(item: str, kept: bool) -> None:
    sys.path.insert(0, str(PACKAGING))
    try:
        import trim_icu
    finally:
        sys.path.remove(str(PACKAGING))
    assert trim_icu.kept(item) is kept
