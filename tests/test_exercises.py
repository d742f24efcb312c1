"""Every exercise: blank says 'not answered', the wrong answer fails, the solution passes.

Each notebook runs in-process, cell by cell, in its own folder (so relative paths
work as in JupyterLab). At each exercise cell the shipped cell, the wrong answer
and the solution each run in a copy of the namespace; then the solution is kept.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import matplotlib.pyplot as plt
import numpy as np
import pytest

import helpers.exercises
from helpers.checks import Verdict
from notebook_tools import NOTEBOOKS, exercises, lesson_paths, read, run_cell, source, tags

PATHS = [p for p in lesson_paths() if exercises(p)]


@pytest.mark.parametrize("path", PATHS, ids=[str(p.relative_to(NOTEBOOKS)) for p in PATHS])
def test_exercises_in_notebook(path, monkeypatch):
    monkeypatch.chdir(path.parent)
    nb = read(path)
    by_index = {ex.index: ex for ex in exercises(path)}
    namespace: dict = {"__name__": "__main__"}
    try:
        for i, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            ex = by_index.get(i)
            if ex is None:
                run_cell(source(cell), namespace)
                continue
            where = f"{path.name} '{ex.title}'"
            blank = run_cell(ex.blank, dict(namespace))
            assert isinstance(blank, Verdict), f"{where}: the cell must end with a check call"
            assert blank.status == "unanswered", f"{where}: blank gave {blank!r}"
            bad = run_cell(ex.wrong, dict(namespace))
            assert isinstance(bad, Verdict) and not bad.correct, f"{where}: the wrong answer passed: {bad!r}"
            good = run_cell(ex.solution, namespace)
            assert isinstance(good, Verdict) and good.correct, f"{where}: the solution failed: {good!r}"
    finally:
        plt.close("all")


def check_functions():
    for info in pkgutil.iter_modules(helpers.exercises.__path__):
        module = importlib.import_module(f"helpers.exercises.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("check_") and fn.__module__ == module.__name__:
                yield pytest.param(fn, id=f"{info.name}.{name}")


JUNK = [None, ..., "text", 3.5, -1, True, [1, 2], np.zeros((7, 7)), np.array([np.nan]), {"a": 1}, lambda *a: 1 / 0]


@pytest.mark.parametrize("check", list(check_functions()))
def test_check_never_raises(check):
    params = [p for p in inspect.signature(check).parameters.values() if p.default is inspect.Parameter.empty]
    assert len(params) == 1, f"{check.__name__} must take exactly one argument, the answer"
    for junk in JUNK:
        verdict = check(junk)
        assert isinstance(verdict, Verdict), f"{check.__name__}({junk!r}) returned {verdict!r}"
    assert check(...).status == "unanswered"


def test_no_exercise_cell_without_check():
    for path in lesson_paths():
        for cell in read(path).cells:
            if "exercise" in tags(cell):
                assert "check_" in source(cell), f"{path.name}: an exercise cell must call a check"

