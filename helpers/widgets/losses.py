"""Lesson 04 widget: one prediction, one target, and what two losses say about it.

``loss_explorer()`` returns a widget with a slider for the prediction ŷ (a
probability between 0 and 1) and a switch for the target y (1 = cat, 0 = dog).
The picture has two small panels, both over ŷ for the chosen y:

* left, the squared error (ŷ − y)², which is the mean squared error of one sample;
* right, the binary cross-entropy of one sample, −log ŷ when y = 1 and
  −log(1 − ŷ) when y = 0.

A dot marks the current ŷ on each curve, and the readout gives both numbers in
words. Every number comes from ``helpers.losses`` (``mse`` and
``binary_cross_entropy``), so a prediction of exactly 0 or 1 shows the guard
against log(0) at work.

The figure is drawn once; a change of ŷ only moves the dots, and a change of y
swaps the curves, which were computed when the widget was built. The question,
the labels of the controls and the readout are English templates passed
through ``helpers.i18n.t`` (Chinese in ``helpers/i18n/zh_lesson04.py``), and so
do the two axis names; the curves' titles are symbols.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets
import matplotlib
import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from ..i18n import N, get_language, t
from ..losses import EPSILON, binary_cross_entropy, mse
from ..plots import PALETTE, STYLE, style_axes
from ._base import LessonWidget, slider

#: The predictions at which the curves are drawn: 0, 0.005, ..., 1.
Y_HAT_GRID = np.linspace(0.0, 1.0, 201)

#: The cross-entropy panel shows losses up to this height; larger ones are marked at the top.
BCE_TOP = 5.0

QUESTION = N(
    "Set y = 1 and slide ŷ towards 0. At which ŷ does the cross-entropy pass 2? "
    "How big is the squared error there? Then try ŷ = 0 exactly."
)

#: The animal each target stands for, as the readout names it.
ANIMALS = {1: N("cat"), 0: N("dog")}

#: The readout's last sentence for a prediction between 0 and 1, by what it says about the true answer.
VERDICTS = {
    "right": N(
        "The prediction gives the true answer ({animal}) a probability of {p_text} = {p:.2f} (right); "
        "cross-entropy is −log of that probability."
    ),
    "undecided": N(
        "The prediction gives the true answer ({animal}) a probability of {p_text} = {p:.2f} (undecided); "
        "cross-entropy is −log of that probability."
    ),
    "wrong": N(
        "The prediction gives the true answer ({animal}) a probability of {p_text} = {p:.2f} (wrong); "
        "cross-entropy is −log of that probability."
    ),
}

#: How each curve is written for a target y (the titles of the two panels).
SQUARED_TITLES = {1: "(ŷ − 1)²", 0: "(ŷ − 0)²"}
BCE_TITLES = {1: "−log ŷ", 0: "−log(1 − ŷ)"}


def squared_error(y_hat: float, y: float) -> float:
    """The squared error of one sample, (ŷ − y)²: helpers' ``mse`` with m = 1."""
    return mse(np.array([y_hat]), np.array([y]))


def cross_entropy(y_hat: float, y: float) -> float:
    """The binary cross-entropy of one sample: helpers' ``binary_cross_entropy`` with m = 1."""
    return binary_cross_entropy(np.array([y_hat]), np.array([y]))


def loss_curves(y: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(ŷ values, squared errors, cross-entropies) over ``Y_HAT_GRID`` for the target y."""
    squared = np.array([squared_error(p, y) for p in Y_HAT_GRID])
    entropy = np.array([cross_entropy(p, y) for p in Y_HAT_GRID])
    return Y_HAT_GRID, squared, entropy


def _power_of_ten(value: float) -> str:
    """A power of ten as it is written in prose: 1e-12 -> "10⁻¹²"."""
    exponent = round(float(np.log10(value)))
    return "10" + str(exponent).translate(str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"))


def describe(y_hat: float, y: int) -> str:
    """The readout: both losses for one prediction, and what they mean, as HTML."""
    y_hat, y = float(y_hat), int(y)
    sq, ce = squared_error(y_hat, y), cross_entropy(y_hat, y)
    p = y_hat if y == 1 else 1.0 - y_hat  # the probability the prediction gives the true answer
    animal = t(ANIMALS[y])
    p_text = "ŷ" if y == 1 else "1 − ŷ"
    numbers = t(
        "Target y = {y} ({animal}), prediction ŷ = {y_hat:.2f}. "
        "Squared error (ŷ − y)² = <b>{sq:.3f}</b>. "
        "Cross-entropy = <b>{ce:.3f}</b>.",
        y=y,
        animal=animal,
        y_hat=y_hat,
        sq=sq,
        ce=ce,
    )
    if p <= 0.0:
        meaning = t(
            "The prediction gives the true answer ({animal}) a probability of exactly 0: "
            "log(0) would be −∞, so the helper clips ŷ to stay {epsilon} away from 0 and 1, "
            "and the loss is large but finite.",
            animal=animal,
            epsilon=_power_of_ten(EPSILON) if get_language() == "zh" else f"{EPSILON:.0e}",
        )
    elif p >= 1.0:
        meaning = t("The prediction is right and completely sure ({p_text} = 1): both losses are 0.", p_text=p_text)
    else:
        verdict = "right" if p > 0.5 else ("undecided" if p == 0.5 else "wrong")
        meaning = t(VERDICTS[verdict], animal=animal, p_text=p_text, p=p)
    return f"<p>{t('{numbers} {meaning}', numbers=numbers, meaning=meaning)}</p>"


class _Panel:
    """One loss curve with a dot for the current prediction and its value written beside it."""

    def __init__(self, ax: Axes, colour: str, top: float, yticks: list[float], ylabel: str) -> None:
        style_axes(ax)
        self.ax, self.top = ax, top
        (self.curve,) = ax.plot([], [], color=colour, linewidth=1.8)
        self.guide = ax.axvline(0.0, color=PALETTE["grey"], linewidth=0.8, linestyle=":")
        (self.dot,) = ax.plot([], [], "o", color=PALETTE["vermillion"], markersize=7, zorder=5, clip_on=False)
        self.value = ax.text(0.5, 0.95, "", transform=ax.transAxes, ha="center", va="top", fontsize=10)
        ax.set_xlim(0.0, 1.0)
        ax.set_ylim(0.0, top)
        # Fixed ticks: matplotlib does not have to choose them again on every redraw.
        ax.set_xticks([0.0, 0.25, 0.5, 0.75, 1.0], ["0", "0.25", "0.5", "0.75", "1"])
        ax.set_yticks(yticks, [f"{t:g}" for t in yticks])
        ax.set_xlabel("ŷ")
        ax.set_ylabel(ylabel)

    def show_curve(self, xs: np.ndarray, ys: np.ndarray, title: str) -> None:
        self.curve.set_data(xs, np.minimum(ys, self.top * 1.05))  # beyond the top: cut, not drawn
        self.ax.set_title(title, fontsize=10)

    def show_point(self, x: float, value: float) -> None:
        """Mark (x, value); a value above the panel sits on its top edge as a triangle."""
        above = value > self.top
        self.dot.set_data([x], [self.top if above else value])
        self.dot.set_marker("^" if above else "o")
        self.guide.set_xdata([x, x])
        self.value.set_text(f"{value:.3f}" + (" ↑" if above else ""))
        # Keep the written value away from the dot: left half of the panel when the dot is on the right.
        self.value.set_x(0.3 if x > 0.5 else 0.7)


def loss_explorer(y_hat: float = 0.7, y: int = 1) -> LessonWidget:
    """A slider for ŷ and a switch for y; both losses as dots on their curves over ŷ."""
    controls = {
        "y_hat": slider(t("prediction ŷ"), y_hat, 0.0, 1.0, 0.01),
        "y": widgets.ToggleButtons(
            options=[(t("y = 1 (cat)"), 1), (t("y = 0 (dog)"), 0)],
            value=int(y),
            description=t("target y"),
            style={"description_width": "initial", "button_width": "90px"},
        ),
    }
    curves = {target: loss_curves(target) for target in (0, 1)}

    fig = Figure(figsize=(6.4, 2.8), dpi=80)
    fig.subplots_adjust(left=0.09, right=0.98, bottom=0.17, top=0.89, wspace=0.3)
    with matplotlib.rc_context({"font.family": STYLE["font.family"]}):  # Chinese axis names need the course font
        ax_sq, ax_ce = fig.subplots(1, 2)
        squared = _Panel(ax_sq, PALETTE["blue"], 1.1, [0.0, 0.25, 0.5, 0.75, 1.0], t("squared error"))
        entropy = _Panel(ax_ce, PALETTE["orange"], BCE_TOP, [0.0, 1.0, 2.0, 3.0, 4.0, 5.0], t("cross-entropy"))

    state = {"y": None}  # the target whose curves are drawn now

    def render(values: dict[str, Any]) -> tuple[Figure, str]:
        p, target = float(values["y_hat"]), int(values["y"])
        if state["y"] != target:
            xs, sq, ce = curves[target]
            squared.show_curve(xs, sq, SQUARED_TITLES[target])
            entropy.show_curve(xs, ce, BCE_TITLES[target])
            state["y"] = target
        squared.show_point(p, squared_error(p, target))
        entropy.show_point(p, cross_entropy(p, target))
        return fig, describe(p, target)

    widget = LessonWidget(controls, render, question=t(QUESTION), layout_columns=2)
    widget.figure = fig
    widget.panels = {"squared": squared, "cross_entropy": entropy}
    return widget
