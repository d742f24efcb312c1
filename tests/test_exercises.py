"""Every exercise: blank says 'not answered', the wrong answer fails, the solution passes.

Each notebook runs once in-process (tests/notebook_tools.run_in_process).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import numpy as np
import pytest

import helpers.exercises
from helpers.checks import Verdict
from notebook_tools import NOTEBOOKS, exercises, lesson_paths, read, run_in_process, source, tags

PATHS = [p for p in lesson_paths() if exercises(p)]


@pytest.mark.parametrize("path", PATHS, ids=[str(p.relative_to(NOTEBOOKS)) for p in PATHS])
def test_exercises_in_notebook(path):
    for run in run_in_process(path).exercises:
        where = f"{path.name} '{run.exercise.title}'"
        assert isinstance(run.blank, Verdict), f"{where}: the cell must end with a check call"
        assert run.blank.status == "unanswered", f"{where}: blank gave {run.blank!r}"
        assert isinstance(run.wrong, Verdict) and not run.wrong.correct, f"{where}: wrong answer gave {run.wrong!r}"
        assert isinstance(run.solution, Verdict) and run.solution.correct, f"{where}: solution gave {run.solution!r}"


def check_functions():
    for info in pkgutil.iter_modules(helpers.exercises.__path__):
        module = importlib.import_module(f"helpers.exercises.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("check_") and fn.__module__ == module.__name__:
                yield pytest.param(fn, id=f"{info.name}.{name}")


JUNK = [None, "text", 3.5, -1, True, [1, 2], np.zeros((7, 7)), np.array([np.nan]), {"a": 1}, lambda *a: 1 / 0]


@pytest.mark.parametrize("check", list(check_functions()))
def test_check_never_raises(check):
    params = [p for p in inspect.signature(check).parameters.values() if p.default is inspect.Parameter.empty]
    assert len(params) == 1, f"{check.__name__} must take exactly one argument, the answer"
    assert hasattr(check, "__wrapped__"), f"{check.__name__}: decorate it with @helpers.checks.never_raises"
    assert check(...).status == "unanswered"
    for junk in JUNK:
        verdict = check(junk)
        assert isinstance(verdict, Verdict), f"{check.__name__}({junk!r}) returned {verdict!r}"


def test_every_exercise_cell_calls_a_check():
    for path in lesson_paths():
        for cell in read(path).cells:
            if "exercise" in tags(cell):
                assert "check_" in source(cell), f"{path.name}: an exercise cell must call a check"
