"""Every lesson widget answers every control; every notebook stays fast.

A generous budget that catches a slow path without flaking on a busy machine:
a notebook runs in under 30 s. The redraw budgets of the widgets are measured in
tests/test_widget_budgets.py. Measured figures: README.
"""

from __future__ import annotations

import pytest

from helpers.widgets import LessonWidget
from notebook_tools import NOTEBOOKS, lesson_paths, other_value, read, run_in_process, tags

PATHS = lesson_paths()
IDS = [str(p.relative_to(NOTEBOOKS)) for p in PATHS]
NOTEBOOK_BUDGET_S = 30.0


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_notebook_runs_within_budget(path):
    seconds = run_in_process(path).seconds
    assert seconds < NOTEBOOK_BUDGET_S, f"{path.name} took {seconds:.1f} s"


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_every_control_changes_the_widget(path):
    run = run_in_process(path)
    expected = sum("widget" in tags(c) for c in read(path).cells if c.cell_type == "code")
    assert len(run.widgets) == expected
    for index, widget in run.widgets:
        if hasattr(widget, "bitmap"):  # lesson 09's drawing pad (anywidget): draw on it instead of moving controls
            before = list(widget.probabilities)
            widget.bitmap = [int(8 <= i % 32 <= 11) for i in range(32 * 32)]  # a vertical bar
            assert widget.probabilities != before, f"{path.name} cell {index}: drawing changed nothing"
            continue
        assert isinstance(widget, LessonWidget), f"{path.name} cell {index}: the cell must end with a LessonWidget"
        for name, control in widget.controls.items():
            if control.disabled:  # e.g. a "classes" slider that only matters for one task type
                continue
            before = (widget.readout.value, widget.image.value)
            control.value = other_value(control)
            after = (widget.readout.value, widget.image.value)
            assert after != before, f"{path.name} cell {index}: moving '{name}' changed nothing"
