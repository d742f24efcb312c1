"""Lesson 05: gradient descent on a loss with one weight, step by step.

The loss is a valley whose lowest point is at w = 3:

    L(w) = a * (w - 3)**2 + 1          slope:  dL/dw = 2 * a * (w - 3)

``a`` is the steepness (1 unless you ask for a steeper valley). Gradient descent
starts at w = 0 and repeats the update  w <- w - lr * dL/dw.  On this valley each
step multiplies the gap w - 3 by the same number, 1 - 2 * a * lr, so the learning
rate alone decides what happens (the "regime"):

    crawl      the gap shrinks by less than 10% per step: right way, far too slow
    converge   the gap shrinks quickly, w stays on its side of the bottom
    overshoot  w jumps past the bottom each step, but lands closer every time
    oscillate  w jumps between the same two points for ever (lr = 1 / (2a))
    diverge    every jump lands farther away: the loss grows without limit

``descent_explorer()`` is the lesson's widget; ``plot_regimes()`` draws the static
figure of four learning rates that comes before it.
"""

from __future__ import annotations

import ipywidgets as widgets
import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator

from ..i18n import N, t
from ..optimizers import gradient_descent_step
from ..plots import PALETTE, style_axes, subplots
from ._base import LessonWidget, int_slider

CENTRE = 3.0  #: where the valley is lowest
FLOOR = 1.0  #: the lowest loss, L(3)
START = 0.0  #: where every descent starts
REGIMES = ("crawl", "converge", "overshoot", "oscillate", "diverge")
#: A step that leaves more than this share of the gap on the same side counts as a crawl.
CRAWL_FACTOR = 0.9
MAX_STEPS = 100  #: the most steps the widget (and the pictures) draw
_TOL = 1e-9  # how close to 1 a factor must be to count as exactly 1

# The window the pictures show; a diverging path is cut where it leaves it.
W_RANGE = (-2.5, 8.5)
L_RANGE = (0.0, 22.0)

QUESTION = N("Find the largest learning rate that still converges. What happens just above it?")

MEANING = {
    "crawl": N("every step goes the right way, but covers less than a tenth of the remaining gap"),
    "converge": N("w walks down one side of the valley and settles at the bottom"),
    "overshoot": N("w jumps past the bottom every step, but each jump is shorter, so it still converges"),
    "oscillate": N("w jumps between the same two points for ever; the loss never goes down"),
    "diverge": N("every jump lands farther from the bottom, so the loss grows without limit"),
}


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


def classify(path: np.ndarray) -> str:
    """Name the regime of a descent path: one of REGIMES, decided from its first step."""
    factor = gap_factor(path)
    if abs(factor) > 1 + _TOL:
        return "diverge"
    if factor < 0:
        return "oscillate" if abs(factor) > 1 - _TOL else "overshoot"
    return "crawl" if factor > CRAWL_FACTOR else "converge"


def _visible(path: np.ndarray, steepness: float = 1.0) -> int:
    """How many points of the path to draw: up to and including the first outside the window."""
    losses = loss(path, steepness)
    outside = (path < W_RANGE[0]) | (path > W_RANGE[1]) | (losses > L_RANGE[1]) | ~np.isfinite(losses)
    first = np.flatnonzero(outside)
    return int(first[0]) + 1 if first.size else path.size




class _CurvePanel:
    """The valley with a path drawn on it, built once and updated in place."""

    def __init__(self, ax: Axes, steepness: float = 1.0) -> None:
        style_axes(ax)
        ws = np.linspace(*W_RANGE, 200)
        ax.plot(ws, loss(ws, steepness), color=PALETTE["grey"], linewidth=1.5, zorder=1)
        ax.axvline(CENTRE, color=PALETTE["grey"], linewidth=0.8, linestyle=":", zorder=0)
        zeros = np.zeros(MAX_STEPS)
        self.arrows = ax.quiver(
            zeros, zeros, zeros, zeros, angles="xy", scale_units="xy", scale=1, color=PALETTE["blue"],
            width=0.006, headwidth=4, headlength=5, headaxislength=4.5, zorder=3,
        )
        (self.points,) = ax.plot([], [], "o", color=PALETTE["blue"], markersize=3, zorder=4)
        (self.start,) = ax.plot([], [], "o", color=PALETTE["black"], markersize=6, zorder=5)
        (self.end,) = ax.plot([], [], "o", color=PALETTE["vermillion"], markersize=6, zorder=5)
        ax.set_xlim(*W_RANGE)
        ax.set_ylim(*L_RANGE)
        # Fixed ticks: the window never changes, so there is no need to recompute them on every redraw.
        ax.xaxis.set_major_locator(FixedLocator([-2, 0, 2, 4, 6, 8]))
        ax.yaxis.set_major_locator(FixedLocator([0, 5, 10, 15, 20]))
        ax.set_xlabel("w")
        ax.set_ylabel("L(w)")
        self.steepness = steepness

    def show(self, path: np.ndarray) -> None:
        shown = path[: _visible(path, self.steepness)]
        heights = loss(shown, self.steepness)
        # One arrow per step, from each point to the next; unused arrows are masked (hidden).
        n = min(shown.size - 1, MAX_STEPS)
        offsets = np.zeros((MAX_STEPS, 2))
        offsets[:n] = np.c_[shown[:n], heights[:n]]
        u, v = np.zeros(MAX_STEPS), np.zeros(MAX_STEPS)
        u[:n], v[:n] = np.diff(shown)[:n], np.diff(heights)[:n]
        hidden = np.arange(MAX_STEPS) >= n
        self.arrows.set_offsets(offsets)
        self.arrows.set_UVC(np.ma.array(u, mask=hidden), np.ma.array(v, mask=hidden))
        self.points.set_data(shown, heights)
        self.start.set_data(shown[:1], heights[:1])
        ends_inside = shown.size == path.size
        self.end.set_data(shown[-1:] if ends_inside else [], heights[-1:] if ends_inside else [])


def plot_regimes(lrs: tuple[float, ...] = (0.02, 0.3, 0.9, 1.05), steps: int = 20) -> Figure:
    """The static figure: one small panel per learning rate, each named by its regime."""
    if len(lrs) != 4:
        raise ValueError(f"Give four learning rates (one per panel), got {len(lrs)}.")
    fig, axes = subplots(2, 2, width=6.0, height=4.4, sharex=True, sharey=True)
    for ax, lr in zip(axes.ravel(), lrs):
        path = descent_path(lr, steps)
        _CurvePanel(ax).show(path)
        ax.set_title(f"η = {lr:g}: {classify(path)}")
    for ax in axes[0]:
        ax.set_xlabel("")
    for ax in axes[:, 1]:
        ax.set_ylabel("")
    return fig


def _num(x: float, digits: int = 3) -> str:
    """A number for the readout: 3 decimals (3 significant digits when huge), a real minus sign."""
    if round(x, digits) == 0:
        x = 0.0  # no "-0.000"
    text = f"{x:.{digits}f}" if abs(x) < 1e4 else f"{x:.3g}"
    return text.replace("-", "\u2212")


def describe(lr: float, steps: int) -> tuple[np.ndarray, str]:
    """The path for (lr, steps) and the readout text (HTML) that explains it, in the notebook's language."""
    path = descent_path(lr, steps)
    regime = classify(path)
    factor = gap_factor(path)
    side = t(" (the minus sign means w lands on the other side of the bottom)") if factor < 0 else ""
    first, last = path[0] - CENTRE, path[-1] - CENTRE
    if regime == "diverge":
        progress = t(
            "the gap to the bottom grew from {start} to {end}", start=_num(abs(first)), end=_num(abs(last))
        )
    elif regime == "oscillate":
        progress = t("the gap to the bottom is still what it was at the start")
    else:
        progress = t("the gap to the bottom has shrunk by {percent:.1f}%", percent=100 * (1 - abs(last) / abs(first)))
    shown = _visible(path)
    if shown < path.size:
        left = t(" The path leaves the picture at step {step}.", step=shown - 1)
        dots = t("Black dot: the start. The end lies outside the picture.")
    else:
        left, dots = "", t("Black dot: the start. Red dot: where w ends.")
    first_line = {"lr": f"{lr:.3g}", "steps": steps, "factor": _num(factor, 2), "side": side}
    last_line = {
        "steps": steps, "w": _num(path[-1]), "loss": _num(float(loss(path[-1]))), "floor": f"{FLOOR:.3f}",
        "progress": progress, "left": left,
    }
    if steps == 1:
        head = t(
            "<b>η = {lr}</b>, {steps} step. Each step multiplies the gap w − 3 by <b>{factor}</b>{side}.", **first_line
        )
        after = t(
            "After {steps} step: w = {w}, loss = {loss} (lowest possible {floor}); {progress}.{left}", **last_line
        )
    else:
        head = t(
            "<b>η = {lr}</b>, {steps} steps. Each step multiplies the gap w − 3 by <b>{factor}</b>{side}.", **first_line
        )
        after = t(
            "After {steps} steps: w = {w}, loss = {loss} (lowest possible {floor}); {progress}.{left}", **last_line
        )
    regime_line = t("<b>Regime: {regime}</b>: {meaning}.", regime=regime, meaning=t(MEANING[regime]))
    return path, f"{head}<br>{regime_line}<br>{after}<br>{dots}"


def descent_explorer(lr: float = 0.1, steps: int = 20) -> LessonWidget:
    """Learning rate (log scale) and number of steps -> the path down the valley and the loss per step."""
    fig = Figure(figsize=(6.4, 2.8), dpi=80)
    fig.subplots_adjust(left=0.08, right=0.98, bottom=0.16, top=0.96, wspace=0.28)
    ax_curve, ax_loss = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1.25, 1]})
    curve = _CurvePanel(ax_curve)

    style_axes(ax_loss)
    ax_loss.axhline(FLOOR, color=PALETTE["grey"], linewidth=1, linestyle="--")
    (loss_line,) = ax_loss.plot([], [], "o-", color=PALETTE["blue"], markersize=3, linewidth=1.2)
    ax_loss.set_ylim(*L_RANGE)
    ax_loss.yaxis.set_major_locator(FixedLocator([0, 5, 10, 15, 20]))
    ax_loss.set_xlabel("step")
    ax_loss.set_ylabel("L")

    controls = {
        "lr": widgets.FloatLogSlider(
            value=lr, base=10, min=-3, max=0.1, step=0.01, description=t("learning rate η"),
            readout_format=".3g", continuous_update=True, style={"description_width": "initial"},
        ),
        "steps": int_slider(t("steps"), steps, 1, MAX_STEPS),
    }

    def render(values: dict) -> tuple[Figure, str]:
        path, text = describe(values["lr"], values["steps"])
        curve.show(path)
        shown = _visible(path)
        loss_line.set_data(np.arange(shown), loss(path[:shown]))
        ax_loss.set_xlim(-0.5, max(values["steps"], 5) + 0.5)
        return fig, text

    return LessonWidget(controls, render, question=t(QUESTION))
