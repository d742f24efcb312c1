"""Lesson 02 widgets: an activation's value and slope, and what the slopes do to a gradient.

``activation_explorer()``: pick sigmoid, ReLU or tanh and a net input z. The picture
shows the curve f(z), the point (z, f(z)) and the tangent line there, whose steepness
is the slope f'(z). The readout gives the value and the slope in words.

``vanishing_gradient_explorer()``: pick an activation, the net input z and the weight w
that every layer has, and a number of layers n. A gradient passing back through the layers
is multiplied by w times the activation's slope, w·f'(z), once per layer; the picture shows
what is left after 1, 2, ..., n layers on a log scale, and the readout gives the final
number. With w = 1 that is the slopes' share alone, f'(z)^n; a large w can make the
gradient grow instead (explode).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from matplotlib.figure import Figure

from ..activations import get_activation
from ..i18n import N, minus_sign, t
from ..plots import PALETTE, STYLE, style_axes
from ._base import LessonWidget, dropdown, int_slider, slider

#: The functions the learner can choose, as the dropdowns list them.
FUNCTIONS = ["sigmoid", "relu", "tanh"]

#: How each function is named in the dropdown and the readout (the lesson writes "ReLU").
NAMES = {"sigmoid": "sigmoid", "relu": "ReLU", "tanh": "tanh"}

#: The dropdowns' options: (label shown, value used).
OPTIONS = [(NAMES[name], name) for name in FUNCTIONS]

#: How each function and its slope are written in the picture and the readout.
SYMBOLS = {
    "sigmoid": ("σ(z)", "σ′(z)"),
    "relu": ("ReLU(z)", "ReLU′(z)"),
    "tanh": ("tanh(z)", "tanh′(z)"),
}

#: The range of z both widgets offer.
Z_RANGE = (-8.0, 8.0)

#: Fixed y limits per function, so the picture does not jump while z moves.
Y_LIMITS = {"sigmoid": (-0.25, 1.25), "relu": (-1.5, 8.5), "tanh": (-1.4, 1.4)}

#: Where the legend sits, away from each curve.
LEGEND_PLACES = {"sigmoid": "lower right", "relu": "center left", "tanh": "lower right"}

#: "One millionth": the line drawn in the gradient picture.
MILLIONTH = 1e-6

QUESTION_SLOPE = N(
    "Where is the sigmoid's slope largest, and what is it? Then move z to 6: what happens to the slope? "
    "Switch to tanh and to ReLU and compare at z = 0, z = 2 and z = -2."
)

QUESTION_LAYERS = N(
    "With w = 1: how many sigmoid layers shrink a gradient below one millionth, even at the best z? "
    "What changes with tanh, and with ReLU at a positive z or a negative one? "
    "Then set w = 8 with the sigmoid at z = 0."
)

def number(x: float) -> str:
    """A short, stable text for a number: 0.881, 0.00247, 9.54e-07 (3 digits that matter)."""
    x = float(x)
    if x == 0:
        return "0"
    if abs(x) >= 1e4:
        return f"{x:.2e}"
    if abs(x) >= 100:
        return f"{x:.0f}"
    if abs(x) >= 0.1:
        return f"{x:.3f}"
    if abs(x) >= 1e-4:
        return f"{x:.3g}"
    return f"{x:.2e}"


_SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def power_of_ten(k: int) -> str:
    """Tick label for 10**k, written with Unicode superscripts (no slow math rendering)."""
    return "1" if k == 0 else "10" + str(k).translate(_SUPERSCRIPTS)


def log_ticks(lowest: int, highest: int = 0) -> list[int]:
    """About 5 whole exponents from ``highest`` (0 or more) down to ``lowest`` (a negative whole number)."""
    span = max(1, highest - lowest)
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100) if span / s <= 6)
    return list(range(step * (highest // step), lowest - 1, -step))


def slope_products(activation: str, z: float, layers: int, weight: float = 1.0) -> np.ndarray:
    """What is left of a gradient of 1 after 1, 2, ..., ``layers`` layers: (w * f'(z))**k.

    Every layer has the same weight w and sees the same net input z, so every layer
    multiplies by the same factor w * f'(z). With w = 1 that is the slopes' share
    alone, f'(z)**k. Returns an array of length ``layers``.
    """
    _, derivative = get_activation(activation)
    if int(layers) < 1:
        raise ValueError(f"layers must be a whole number >= 1, got {layers!r}.")
    factor = float(weight) * float(derivative(float(z)))
    return factor ** np.arange(1, int(layers) + 1, dtype=float)


def tangent_line(activation: str, z: float, half_width: float = 2.5) -> tuple[np.ndarray, np.ndarray]:
    """Two points of the tangent to f at z: the straight line with slope f'(z) through (z, f(z))."""
    function, derivative = get_activation(activation)
    value, slope = float(function(z)), float(derivative(z))
    ts = np.array([z - half_width, z + half_width])
    return ts, value + slope * (ts - z)


def describe_slope(activation: str, z: float) -> str:
    """The readout of the first widget: value, slope, and what the slope means here."""
    function, derivative = get_activation(activation)
    value, slope = float(function(z)), float(derivative(z))
    f_name, d_name = SYMBOLS[activation]
    z_text = minus_sign(f"{z:.1f}")
    f_name, d_name = f_name.replace("(z)", f"({z_text})"), d_name.replace("(z)", f"({z_text})")
    if activation == "relu" and z == 0:
        meaning = t(
            "z = 0 is the corner: <code>helpers</code> takes the slope there as 0. "
            "Move z left and the output stays; move it right and the output follows."
        )
    elif slope == 0:
        meaning = t("The curve is flat here: the output does not move when z moves, and no signal passes back.")
    elif slope < 0.01:
        meaning = t(
            "The curve is almost flat (saturated): nudging z by 0.1 moves the output by only about {change}.",
            change=minus_sign(number(0.1 * slope)),
        )
    else:
        meaning = t("Nudging z by 0.1 moves the output by about {change}.", change=minus_sign(number(0.1 * slope)))
    text = t(
        "<b>{name}</b> at z = {z}: value {f_name} = {value}, slope {d_name} = {slope}. {meaning}",
        name=NAMES[activation],
        z=z_text,
        f_name=f_name,
        value=minus_sign(number(value)),
        d_name=d_name,
        slope=minus_sign(number(slope)),
        meaning=meaning,
    )
    return f"<p>{text}</p>"


def activation_explorer(function: str = "sigmoid", z: float = 2.0) -> LessonWidget:
    """A dropdown for the function and a slider for z; shows the curve, the point and its tangent."""
    controls = {
        "function": dropdown(t("function f"), OPTIONS, function),
        "z": slider(t("net input z"), z, *Z_RANGE, 0.1),
    }
    zs = np.linspace(*Z_RANGE, 321)
    fig = Figure(figsize=(5.0, 3.2), dpi=80)
    fig.subplots_adjust(left=0.12, right=0.97, bottom=0.15, top=0.9)
    ax = fig.add_subplot()
    style_axes(ax)
    ax.axhline(0, color=PALETTE["grey"], linewidth=0.8)
    ax.axvline(0, color=PALETTE["grey"], linewidth=0.8)
    (curve,) = ax.plot(zs, zs, color=PALETTE["blue"], linewidth=1.8, label="f(z)")
    (tangent,) = ax.plot([], [], color=PALETTE["orange"], linewidth=1.6, linestyle="--", label=t("tangent"))
    (point,) = ax.plot([], [], "o", color=PALETTE["vermillion"], markersize=7, zorder=5)
    label = ax.text(0.02, 0.96, "", transform=ax.transAxes, va="top", fontsize=10)
    ax.set_xlim(*Z_RANGE)
    ax.set_xlabel("z")

    def render(values: dict[str, Any]) -> tuple[Figure, str]:
        name, z0 = values["function"], float(values["z"])
        function, derivative = get_activation(name)
        f_name, d_name = SYMBOLS[name]
        curve.set_ydata(function(zs))
        curve.set_label(f_name)
        point.set_data([z0], [float(function(z0))])
        tangent.set_data(*tangent_line(name, z0))
        ax.set_ylim(*Y_LIMITS[name])
        ax.set_ylabel(f_name)
        value, slope = minus_sign(number(function(z0))), minus_sign(number(derivative(z0)))
        label.set_text(f"{f_name} = {value}\n{d_name} = {slope}")
        ax.legend(loc=LEGEND_PLACES[name], frameon=False, prop={"family": STYLE["font.family"], "size": 9})
        return fig, describe_slope(name, z0)

    return LessonWidget(controls, render, question=t(QUESTION_SLOPE))


def describe_layers(activation: str, z: float, layers: int, weight: float = 1.0) -> str:
    """The readout of the second widget: the factor per layer and what is left after n layers."""
    products = slope_products(activation, z, layers, weight)
    factor, left = products[0], products[-1]
    slope = float(get_activation(activation)[1](float(z)))
    d_name = SYMBOLS[activation][1].replace("(z)", f"({minus_sign(f'{z:.1f}')})")
    power = f"{minus_sign(number(factor))}<sup>{layers}</sup>"
    if layers == 1:
        after = t("After 1 layer: {power} = {left}", power=power, left=minus_sign(number(left)))
    else:
        after = t("After {n} layers: {power} = {left}", n=layers, power=power, left=minus_sign(number(left)))
    if left == 0:
        rest = t("{after}. Nothing is left: the layers before get no signal at all.", after=after)
    elif left < MILLIONTH:
        rest = t("{after}, <b>below one millionth</b>.", after=after)
    elif factor > 1:
        rest = t("{after}: the gradient grows at every layer, it <b>explodes</b>.", after=after)
    elif factor == 1:
        rest = t("{after}: the gradient passes back undiminished.", after=after)
    else:
        rest = t("{after}, still above one millionth.", after=after)
    if weight == 1:
        text = t(
            "Each {name} layer multiplies the gradient by {d_name} = {slope}. {rest}",
            name=NAMES[activation],
            d_name=d_name,
            slope=minus_sign(number(slope)),
            rest=rest,
        )
    else:
        text = t(
            "Each {name} layer multiplies the gradient by w · {d_name} = {w} × {slope} = {factor}. {rest}",
            name=NAMES[activation],
            d_name=d_name,
            w=f"{weight:g}",
            slope=minus_sign(number(slope)),
            factor=minus_sign(number(factor)),
            rest=rest,
        )
    return f"<p>{text}</p>"


def vanishing_gradient_explorer(
    activation: str = "sigmoid", z: float = 0.0, layers: int = 5, weight: float = 1.0
) -> LessonWidget:
    """Activation, z, weight w and the number of layers n; shows (w f'(z))**k for k = 1, ..., n on a log scale.

    The picture plots log10 of each value on an ordinary axis and labels the ticks
    1, 10⁻², 10⁻⁴, ...: the same as a log axis, and several times faster to redraw.
    """
    controls = {
        "activation": dropdown(t("activation f"), OPTIONS, activation),
        "z": slider(t("net input z at every layer"), z, -6.0, 6.0, 0.1),
        "layers": int_slider(t("layers n"), layers, 1, 20),
        "weight": slider(t("weight w at every layer"), weight, 0.5, 8.0, 0.5),
    }
    fig = Figure(figsize=(5.0, 3.2), dpi=80)
    fig.subplots_adjust(left=0.15, right=0.97, bottom=0.15, top=0.91)
    ax = fig.add_subplot()
    style_axes(ax)
    millionth = np.log10(MILLIONTH)
    ax.axhline(millionth, color=PALETTE["vermillion"], linewidth=1.2, linestyle=":")
    ax.text(20.4, millionth, "10⁻⁶", color=PALETTE["vermillion"], ha="right", va="bottom", fontsize=9)
    ax.axhline(0.0, color=PALETTE["grey"], linewidth=0.8)
    (line,) = ax.plot([], [], "o-", color=PALETTE["blue"], markersize=4, linewidth=1.4)
    note = ax.text(0.5, 0.5, "", transform=ax.transAxes, ha="center", va="center", fontsize=10)
    ax.set_xlim(0.5, 20.5)
    ax.set_xticks([1, 5, 10, 15, 20])
    # Chinese labels need the course font after DejaVu Sans (this figure is built outside the course style)
    ax.set_xlabel(t("layers n"), fontfamily=STYLE["font.family"])
    ax.set_ylabel(t("gradient left  (w·f′(z))ⁿ"), fontfamily=STYLE["font.family"])

    def render(values: dict[str, Any]) -> tuple[Figure, str]:
        name, z0, n, w = values["activation"], float(values["z"]), int(values["layers"]), float(values["weight"])
        products = slope_products(name, z0, n, w)
        ks = np.arange(1, n + 1)
        if products[-1] > 0:
            line.set_data(ks, np.log10(products))
            note.set_text("")
            low = min(products[-1], MILLIONTH)
        else:
            line.set_data([], [])
            note.set_text("f′(z) = 0  →  (w·f′(z))ⁿ = 0")
            low = MILLIONTH
        lowest = int(np.floor(np.log10(low))) - 1
        highest = max(0, int(np.ceil(np.log10(products.max()))) if products.max() > 0 else 0)
        ticks = log_ticks(lowest, highest)
        ax.set_yticks(ticks, [power_of_ten(k) for k in ticks])
        ax.set_ylim(lowest, highest + 0.6)
        d_name = SYMBOLS[name][1].replace("(z)", f"({minus_sign(f'{z0:.1f}')})")
        ax.set_title(f"w = {w:g},  {d_name} = {minus_sign(number(products[0] / w))}", fontsize=10)
        return fig, describe_layers(name, z0, n, w)

    return LessonWidget(controls, render, question=t(QUESTION_LAYERS))
