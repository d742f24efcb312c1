"""Lesson 05: the pictures and the widget of gradient descent on a one-weight valley.

The valley and its mathematics (``loss``, ``slope``, ``descent_path``, ``regime_of``)
are in ``helpers.valley``.

``descent_explorer()`` is the lesson's widget; ``plot_regimes()`` draws the static
figure of four learning rates that comes before it. ``regime_name(regime)`` is the name a
learner reads for a regime of ``helpers.valley.regime_of``: the English word the code uses
("crawl"), or its Chinese name (爬行) when the notebook has chosen Chinese.
"""

from __future__ import annotations

import ipywidgets as widgets
import matplotlib
import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator

from ..i18n import N, t
from ..plots import PALETTE, STYLE, format_number, style_axes, subplots
from ..valley import CENTRE, FLOOR, descent_path, gap_factor, loss, regime_of
from ._base import LessonWidget, int_slider

MAX_STEPS = 100  #: the most steps the widget (and the pictures) draw

# The window the pictures show; a diverging path is cut where it leaves it.
W_RANGE = (-2.5, 8.5)
L_RANGE = (0.0, 22.0)

QUESTION = N("Find the largest learning rate that still converges. What happens just above it?")

#: The name a learner reads for each regime (the code and exercise 05.2 use the English words).
REGIME_NAMES = {
    "crawl": N("crawl"),
    "converge": N("converge"),
    "overshoot": N("overshoot"),
    "oscillate": N("oscillate"),
    "diverge": N("diverge"),
}

MEANING = {
    "crawl": N("every step goes the right way, but covers less than a tenth of the remaining gap"),
    "converge": N("w walks down one side of the valley and settles at the bottom"),
    "overshoot": N("w jumps past the bottom every step, but each jump is shorter, so it still converges"),
    "oscillate": N("w jumps between the same two points for ever; the loss never goes down"),
    "diverge": N("every jump lands farther from the bottom, so the loss grows without limit"),
}


def regime_name(regime: str) -> str:
    """The regime's name in the notebook's language: "crawl" in English, 爬行 in Chinese."""
    if regime not in REGIME_NAMES:
        raise ValueError(f"Unknown regime {regime!r}. Choose one of: {', '.join(REGIME_NAMES)}.")
    return t(REGIME_NAMES[regime])


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
        ax.set_title(t("η = {lr:g}: {regime}", lr=lr, regime=regime_name(regime_of(path))))
    for ax in axes[0]:
        ax.set_xlabel("")
    for ax in axes[:, 1]:
        ax.set_ylabel("")
    return fig


def describe(lr: float, steps: int) -> tuple[np.ndarray, str]:
    """The path for (lr, steps) and the readout text (HTML) that explains it, in the notebook's language."""
    path = descent_path(lr, steps)
    regime = regime_of(path)
    factor = gap_factor(path)
    side = t(" (the minus sign means w lands on the other side of the bottom)") if factor < 0 else ""
    first, last = path[0] - CENTRE, path[-1] - CENTRE
    if regime == "diverge":
        progress = t(
            "the gap to the bottom grew from {start} to {end}",
            start=format_number(abs(first), 3, trim=False),
            end=format_number(abs(last), 3, trim=False),
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
    first_line = {"lr": f"{lr:.3g}", "steps": steps, "factor": format_number(factor, 2, trim=False), "side": side}
    last_line = {
        "steps": steps,
        "w": format_number(path[-1], 3, trim=False),
        "loss": format_number(float(loss(path[-1])), 3, trim=False),
        "floor": f"{FLOOR:.3f}",
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
    regime_line = t("<b>Regime: {regime}</b>: {meaning}.", regime=regime_name(regime), meaning=t(MEANING[regime]))
    return path, f"{head}<br>{regime_line}<br>{after}<br>{dots}"


def descent_explorer(lr: float = 0.1, steps: int = 20) -> LessonWidget:
    """Learning rate (log scale) and number of steps -> the path down the valley and the loss per step."""
    fig = Figure(figsize=(6.4, 2.8), dpi=80)
    fig.subplots_adjust(left=0.08, right=0.98, bottom=0.16, top=0.96, wspace=0.28)
    with matplotlib.rc_context({"font.family": STYLE["font.family"]}):  # a Chinese axis name needs the course font
        ax_curve, ax_loss = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1.25, 1]})
    curve = _CurvePanel(ax_curve)

    style_axes(ax_loss)
    ax_loss.axhline(FLOOR, color=PALETTE["grey"], linewidth=1, linestyle="--")
    (loss_line,) = ax_loss.plot([], [], "o-", color=PALETTE["blue"], markersize=3, linewidth=1.2)
    ax_loss.set_ylim(*L_RANGE)
    ax_loss.yaxis.set_major_locator(FixedLocator([0, 5, 10, 15, 20]))
    ax_loss.set_xlabel(t("step"))
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
