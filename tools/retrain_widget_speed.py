"""Median and 90th percentile redraw time of the two retraining widgets (lesson 07's house trainer,
lesson 08's playground) over about twenty mixed control changes, after a warm-up.

Prints the wall-clock time LessonWidget records (what the learner waits for) and the CPU time of
this process (the same work without the waiting that other busy processes cause on a shared
machine). Run: python tools/retrain_widget_speed.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from helpers.widgets.house import house_trainer  # noqa: E402
from helpers.widgets.playground import playground  # noqa: E402

HOUSE = [("epochs", 130), ("epochs", 120), ("hidden", 5), ("scaling", "off"), ("epochs", 500), ("lr", 0.01),
         ("optimizer", "gd"), ("lr", 0.0001), ("epochs", 1000), ("scaling", "on"), ("optimizer", "momentum"),
         ("hidden", 10), ("epochs", 300), ("lr", 0.1), ("optimizer", "adam"), ("hidden", 1), ("epochs", 1000),
         ("lr", 0.03), ("hidden", 3), ("epochs", 200), ("hidden", 8), ("epochs", 1000)]
PLAYGROUND = [("dataset", "xor"), ("hidden", 3), ("hidden", 5), ("hidden", 0), ("epochs", 500), ("noise", 0.4),
              ("hidden", 16), ("activation", "relu"), ("epochs", 300), ("lr", 0.001), ("dataset", "moons"),
              ("hidden", 8), ("lr", 1.0), ("epochs", 450), ("activation", "sigmoid"), ("noise", 0.1),
              ("dataset", "circles"), ("hidden", 2), ("epochs", 500), ("activation", "tanh"), ("lr", 0.1)]


def measure(make, changes) -> tuple[np.ndarray, np.ndarray]:
    """(wall ms, cpu ms) of each change, on a fresh widget, after the same changes once as a warm-up."""
    warm = make()
    for name, value in changes[:3]:
        warm.controls[name].value = value
    widget, cpu = make(), []
    update = widget.update

    def timed() -> None:
        start = time.process_time()
        update()
        cpu.append(time.process_time() - start)

    widget.update = timed
    widget.render_seconds.clear()
    for name, value in changes:
        widget.controls[name].value = value
    return np.array(widget.render_seconds) * 1000, np.array(cpu) * 1000


def main() -> None:
    for label, make, changes in (("house_trainer", house_trainer, HOUSE), ("playground", playground, PLAYGROUND)):
        wall, cpu = measure(make, changes)
        print(f"{label:14} wall: median {np.median(wall):5.1f} ms, p90 {np.percentile(wall, 90):5.1f} ms | "
              f"cpu: median {np.median(cpu):5.1f} ms, p90 {np.percentile(cpu, 90):5.1f} ms ({len(wall)} changes)")


if __name__ == "__main__":
    main()
