"""Gradient descent on a loss with one weight: the valley of lesson 05.

The loss is a valley whose lowest point is at w = 3:

    L(w) = a * (w - 3)**2 + 1          slope:  dL/dw = 2 * a * (w - 3)

``a`` is the steepness (1 unless you ask for a steeper valley). Gradient descent
starts at w = 0 and repeats the update  w <- w - lr * dL/dw.  On this valley each
step multiplies the gap w - 3 by the same number, 1 - 2 * a * lr, so the learning
rate alone decides what happens (the "regime", named by ``regime_of``):

    crawl      the gap shrinks by less than 10% per step: right way, far too slow
    converge   the gap shrinks quickly, w stays on its side of the bottom
    overshoot  w jumps past the bottom each step, but lands closer every time
    oscillate  w jumps between the same two points for ever (lr = 1 / (2a))
    diverge    every jump lands farther away: the loss grows without limit

The lesson's pictures and widget are in ``helpers.widgets.descent``.
"""

from __future__ import annotations

import numpy as np

from .optimizers import gradient_descent_step

CENTRE = 3.0  #: where the valley is lowest
FLOOR = 1.0  #: the lowest loss, L(3)
START = 0.0  #: where every descent starts
REGIMES = ("crawl", "converge", "overshoot", "oscillate", "diverge")
#: A step that leaves more than this share of the gap on the same side counts as a crawl.
CRAWL_FACTOR = 0.9
_TOL = 1e-9  # how close to 1 a factor must be to count as exactly 1


def loss(w: float | np.ndarray, steepness: float = 1.0) -> float | np.ndarray:
    """The valley: L(w) = steepness * (w - 3)^2 + 1."""
    return steepness * (np.asarray(w, dtype=float) - CENTRE) ** 2 + FLOOR


def slope(w: float | np.ndarray, steepness: float = 1.0) -> float | np.ndarray:
    """Its derivative: dL/dw = 2 * steepness * (w - 3)."""
    return 2.0 * steepness * (np.asarray(w, dtype=float) - CENTRE)


def descent_path(lr: float, steps: int, *, start: float = START, steepness: float = 1.0) -> np.ndarray:
    """The weights w_0, w_1, ..., w_steps visited by gradient descent on the valley.

    w_0 = start; each next one is one gradient-descent step (helpers.optimizers).
    """
    if not lr > 0:
        raise ValueError(f"The learning rate must be a positive number, got {lr}.")
    if int(steps) != steps or steps < 0:
        raise ValueError(f"steps must be a whole number, 0 or more, got {steps}.")
    if not steepness > 0:
        raise ValueError(f"steepness must be positive, got {steepness}.")
    path = np.empty(int(steps) + 1)
    path[0] = start
    params = {"w": np.array(float(start))}
    with np.errstate(over="ignore", invalid="ignore"):
        for k in range(int(steps)):
            params = gradient_descent_step(params, {"w": slope(params["w"], steepness)}, lr)
            path[k + 1] = params["w"]
    return path


def gap_factor(path: np.ndarray) -> float:
    """What one step does to the gap w - 3: gap after the first step / gap before it.

    Between 0 and 1: closer, same side. Negative: w jumped to the other side.
    Larger than 1 in size: farther away.
    """
    path = np.asarray(path, dtype=float)
    if path.ndim != 1 or path.size < 2:
        raise ValueError("A path needs at least two weights (one step) to show what a step does.")
    before, after = path[0] - CENTRE, path[1] - CENTRE
    if before == 0:
        return 0.0  # started at the bottom: nothing left to do
    return float(after / before)


def regime_of(path: np.ndarray) -> str:
    """Name the regime of a descent path: one of REGIMES, decided from its first step."""
    factor = gap_factor(path)
    if abs(factor) > 1 + _TOL:
        return "diverge"
    if factor < 0:
        return "oscillate" if abs(factor) > 1 - _TOL else "overshoot"
    return "crawl" if factor > CRAWL_FACTOR else "converge"
