"""The wire package's names, loaded from their modules when first asked for
(bluepacific_wire/__init__.py): each one there, from the module the type checker is told."""

from __future__ import annotations

import ast
import importlib
import os
import subprocess
import sys
from pathlib import Path

import bluepacific_wire


def _typed_imports() -> dict[str, str]:
    tree = ast.parse(Path(bluepacific_wire.__file__).read_text(encoding="utf-8"))
    found = {}
    for node in ast.walk(tree):
        module = node.module or "" if isinstance(node, ast.ImportFrom) else ""
        if isinstance(node, ast.ImportFrom) and module.startswith("bluepacific_wire."):
            for alias in node.names:
                found[alias.name] = module.split(".", 1)[1]
    return found


def test_every_name_is_listed_once_and_found_where_the_type_checker_is_told() -> None:
    homes = bluepacific_wire._HOME
    assert _typed_imports() == homes
    assert sorted(bluepacific_wire.__all__) == sorted(homes)
    for name, home in homes.items():
        module = importlib.import_module(f"bluepacific_wire.{home}")
        assert getattr(bluepacific_wire, name) is getattr(module, name), name


def test_a_name_not_there_is_an_attribute_error() -> None:
    try:
        bluepacific_wire.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("no error")


def test_the_returns_states_come_without_the_codecs_and_validators() -> None:
    """What the desktop's first look at its to-do list imports (workflows/todo_quick.py)."""
    code = (
        "import sys; import bluepacific_wire.returns, bluepacific_wire.completeness; "
        "print(sorted(m for m in sys.modules if m.startswith('bluepacific_wire')))"
    )
    src = str(Path(bluepacific_wire.__file__).parents[1])  # this checkout's code, not another
    env = {**os.environ, "PYTHONPATH": src}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    loaded = done.stdout
    for heavy in ("validate", "shapes", "compact", "compact_pull", "fields"):
        assert f"'bluepacific_wire.{heavy}'" not in loaded, loaded
