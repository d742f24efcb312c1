"""The helpers package is layered, and imports point one way only: down.

    0  i18n, fonts                                     messages in two languages; the Chinese font
    1  activations, losses, network, gradcheck         the core mathematics
    2  data                                            data sets and scaling
    3  optimizers, house, classify, surfaces,       training
       valley, digits
    4  plots, checks                                   pictures; exercise verdicts
    5  widgets.*, exercises.*                          what a lesson calls

A module may import from its own layer or a lower one, never a higher one; an
exercise module never imports a widget module; and no module imports another
module's private (``_underscore``) names. The test reads every module's imports
with ``ast``, so it needs no import to run.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

HELPERS = Path(__file__).resolve().parents[1] / "helpers"

LAYERS = {
    "helpers.i18n": 0,
    "helpers.fonts": 0,
    "helpers.activations": 1,
    "helpers.losses": 1,
    "helpers.network": 1,
    "helpers.gradcheck": 1,
    "helpers.data": 2,
    "helpers.optimizers": 3,
    "helpers.house": 3,
    "helpers.classify": 3,
    "helpers.surfaces": 3,
    "helpers.valley": 3,
    "helpers.digits": 3,
    "helpers.plots": 4,
    "helpers.checks": 4,
    "helpers.widgets": 5,
    "helpers.exercises": 5,
}


def module_name(path: Path) -> str:
    parts = path.relative_to(HELPERS.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def layer_of(module: str) -> int | None:
    """The layer of a helpers module: that of the longest entry of LAYERS it starts with."""
    for prefix in sorted(LAYERS, key=len, reverse=True):
        if module == prefix or module.startswith(prefix + "."):
            return LAYERS[prefix]
    return None


def imports_of(here: str, source: str, package: bool = False) -> list[tuple[str, list[str], int]]:
    """(module imported, names imported from it, line) for every helpers import in a module's source."""
    parent = here if package else here.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(alias.name, [], node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = parent.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names = [alias.name for alias in node.names]
            if node.module is None:  # from .. import activations: the names are modules
                found += [(f"{target}.{name}", [], node.lineno) for name in names]
            else:
                found.append((target, names, node.lineno))
    return [(target, names, line) for target, names, line in found if target.split(".")[0] == "helpers"]


def layer_problems(here: str, source: str, package: bool = False) -> list[str]:
    """Imports that point up a layer, or from an exercise module to a widget module."""
    problems = []
    for target, _, line in imports_of(here, source, package):
        theirs, mine = layer_of(target), layer_of(here)
        if theirs is not None and mine is not None and theirs > mine:
            problems.append(f"line {line}: {here} (layer {mine}) imports {target} (layer {theirs})")
        if here.startswith("helpers.exercises") and target.startswith("helpers.widgets"):
            problems.append(f"line {line}: an exercise module imports the widget module {target}")
    return problems


def private_problems(here: str, source: str, package: bool = False) -> list[str]:
    """Imports of another module's _private names."""
    return [
        f"line {line}: {here} imports {name} from {target}"
        for target, names, line in imports_of(here, source, package)
        for name in names
        if name.startswith("_") and not name.startswith("__")
    ]


MODULES = sorted(p for p in HELPERS.rglob("*.py") if module_name(p) != "helpers")
IDS = [module_name(p) for p in MODULES]


def test_every_module_has_a_layer():
    missing = [name for name in IDS if layer_of(name) is None]
    assert not missing, f"Give these modules a layer in LAYERS (and in the docstring): {missing}"


@pytest.mark.parametrize("path", MODULES, ids=IDS)
def test_imports_point_down(path):
    problems = layer_problems(module_name(path), path.read_text(encoding="utf-8"), is_package(path))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", MODULES, ids=IDS)
def test_no_private_names_cross_modules(path):
    problems = private_problems(module_name(path), path.read_text(encoding="utf-8"), is_package(path))
    assert not problems, "\n".join(problems)


def test_the_checks_can_fail():
    """An upward import, an exercise importing a widget and a private name are all caught."""
    upward = layer_problems("helpers.network", "from .plots import PALETTE\nfrom .activations import relu\n")
    assert upward == ["line 1: helpers.network (layer 1) imports helpers.plots (layer 4)"]
    widget = layer_problems("helpers.exercises.lesson05", "from ..widgets.descent import describe\n")
    assert any("exercise module imports the widget module helpers.widgets.descent" in p for p in widget)
    private = private_problems("helpers.house", "from .network import _forward, forward\n")
    assert private == ["line 1: helpers.house imports _forward from helpers.network"]
    assert layer_problems("helpers.widgets", "from ._base import LessonWidget\n", package=True) == []
