"""Redraw budgets of every lesson widget (CONTRIBUTING.md, "Widgets").

The budgets are kernel time per redraw on the course's reference machine (2 cores):

- a lesson widget redraws in at most 50 ms (median);
- a widget that retrains a network on every change (lesson 07's house trainer,
  lesson 08's playground) in at most 100 ms (median) and 150 ms (90th percentile).

Each test builds the widget, makes one warm-up change, then changes its controls
in turn (``notebook_tools.other_value``) and times every redraw two ways: the wall
clock (``widget.render_seconds``, what a learner waits) and the kernel process's CPU
time (``time.process_time``), which other programs on a busy machine do not inflate.
The asserts hold the CPU figures to twice the budget, so a loaded CI machine does
not fail them; both figures are printed (``pytest -s -m slow tests/test_widget_budgets.py``),
and ``make bench`` (benchmarks/run.py) reports the same figures through ``measure``.

Every widget cell of every lesson must have a row in ``WIDGETS``.
"""

from __future__ import annotations

import importlib
import time
from dataclasses import dataclass

import numpy as np
import pytest

from notebook_tools import NOTEBOOKS, lesson_paths, other_value, read, tags

#: The budgets in milliseconds, and how much slack the asserts allow for a loaded machine.
LESSON_MEDIAN_MS = 50.0
RETRAIN_MEDIAN_MS = 100.0
RETRAIN_P90_MS = 150.0
PAD_MEDIAN_MS = 30.0  # what lesson 09's drawing pad may add per update
CI_MARGIN = 2.0
#: Value changes measured after the warm-up.
CHANGES = 20


@dataclass(frozen=True)
class WidgetCase:
    lesson: str
    module: str  # under helpers.widgets
    builder: str
    retrains: bool = False

    def build(self):
        return getattr(importlib.import_module(f"helpers.widgets.{self.module}"), self.builder)()


WIDGETS = [
    WidgetCase("00", "start", "network_builder"),
    WidgetCase("01", "neuron", "neuron_explorer"),
    WidgetCase("02", "activations", "activation_explorer"),
    WidgetCase("02", "activations", "vanishing_gradient_explorer"),
    WidgetCase("03", "forward", "forward_explorer"),
    WidgetCase("04", "losses", "loss_explorer"),
    WidgetCase("05", "descent", "descent_explorer"),
    WidgetCase("05", "backprop", "backprop_stepper"),
    WidgetCase("06", "optimizers", "optimizer_explorer"),
    WidgetCase("07", "house", "house_trainer", retrains=True),
    WidgetCase("08", "playground", "playground", retrains=True),
]


@dataclass(frozen=True)
class Timing:
    """Redraw times in milliseconds: wall clock and CPU time, median and 90th percentile."""

    redraws: int
    wall_median: float
    wall_p90: float
    cpu_median: float
    cpu_p90: float

    def __str__(self) -> str:
        return (
            f"median {self.cpu_median:.0f} ms CPU ({self.wall_median:.0f} ms wall), "
            f"p90 {self.cpu_p90:.0f} ms CPU ({self.wall_p90:.0f} ms wall), {self.redraws} redraws"
        )


def measure(widget, changes: int = CHANGES) -> Timing:
    """Time ``changes`` redraws of a widget, after one warm-up change.

    The controls change in turn, each to ``other_value`` (a third of a slider along, the next option).
    """
    names = list(widget.controls)
    first = widget.controls[names[0]]
    first.value = other_value(first)  # warm-up: caches, first figure, first PNG
    widget.render_seconds.clear()
    cpu = []
    for i in range(changes):
        control = widget.controls[names[(i + 1) % len(names)]]
        value = other_value(control)
        start = time.process_time()
        control.value = value  # the widget redraws before this line returns
        cpu.append(time.process_time() - start)
    wall, cpu = np.array(widget.render_seconds) * 1000, np.array(cpu) * 1000
    return Timing(wall.size, *(float(f(x)) for x in (wall, cpu) for f in (np.median, _p90)))


def _p90(times: np.ndarray) -> float:
    return float(np.percentile(times, 90))


@pytest.mark.slow
@pytest.mark.parametrize("case", WIDGETS, ids=[f"{c.lesson}-{c.builder}" for c in WIDGETS])
def test_redraw_budget(case):
    timing = measure(case.build())
    print(f"\n{case.lesson} {case.builder}: {timing}")
    assert timing.redraws == CHANGES  # every change redrew exactly once
    median, p90 = timing.cpu_median, timing.cpu_p90
    if case.retrains:
        assert median <= CI_MARGIN * RETRAIN_MEDIAN_MS, f"median {median:.0f} ms (budget {RETRAIN_MEDIAN_MS:.0f})"
        assert p90 <= CI_MARGIN * RETRAIN_P90_MS, f"90th percentile {p90:.0f} ms (budget {RETRAIN_P90_MS:.0f})"
    else:
        assert median <= CI_MARGIN * LESSON_MEDIAN_MS, f"median {median:.0f} ms (budget {LESSON_MEDIAN_MS:.0f})"


@pytest.mark.slow
def test_every_lesson_widget_has_a_budget():
    """Each cell tagged "widget" calls a builder listed in WIDGETS."""
    listed = {case.builder for case in WIDGETS}
    for path in lesson_paths():
        for cell in read(path).cells:
            if cell.cell_type == "code" and "widget" in tags(cell):
                builder = cell.source.strip().splitlines()[-1].split("(")[0].strip()
                assert builder in listed | {"digit_pad"}, f"{path.relative_to(NOTEBOOKS)}: add {builder} to WIDGETS"


def measure_pad(pad, changes: int = CHANGES) -> Timing:
    """Time ``changes`` updates of lesson 09's drawing pad (an anywidget with no controls): each one
    hands it a different drawing, as the browser does while the learner draws, after one warm-up."""
    from helpers.digits import SYNTHETIC_DIGITS, draw_strokes

    boxes = [(1 + k % 5, 1 + k % 3, 20 + k % 7, 26 + k % 5) for k in range(changes + 1)]
    drawings = [draw_strokes(SYNTHETIC_DIGITS[k % 10], box=box) for k, box in enumerate(boxes)]
    pad.draw(drawings[0])  # warm-up
    pad.update_seconds.clear()
    cpu = []
    for drawing in drawings[1:]:
        start = time.process_time()
        pad.draw(drawing)
        cpu.append(time.process_time() - start)
    wall, cpu = np.array(pad.update_seconds) * 1000, np.array(cpu) * 1000
    return Timing(wall.size, *(float(f(x)) for x in (wall, cpu) for f in (np.median, _p90)))


@pytest.mark.slow
def test_digit_pad_budget():
    """Lesson 09's pad: the kernel time of one update, from a drawing to the ten probabilities."""
    from helpers.data import load_digits
    from helpers.digits import LESSON_EPOCHS, LESSON_HIDDEN, LESSON_SEED, scale_pixels, split_digits, train_digits
    from helpers.widgets.digit_pad import digit_pad

    X, y = load_digits()
    X_train, _, _, y_train, _, _ = split_digits(scale_pixels(X), y, seed=LESSON_SEED)
    timing = measure_pad(digit_pad(train_digits(X_train, y_train, LESSON_HIDDEN, LESSON_EPOCHS, seed=LESSON_SEED)))
    print(f"\n09 digit_pad: {timing}")
    assert timing.redraws == CHANGES
    median = timing.cpu_median
    assert median <= CI_MARGIN * PAD_MEDIAN_MS, f"median {median:.0f} ms (budget {PAD_MEDIAN_MS:.0f})"
