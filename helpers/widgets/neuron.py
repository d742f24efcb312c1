"""Lesson 01 widget: one neuron with two inputs, live.

``neuron_explorer()`` has a slider for each input (x1, x2), each weight (w1, w2)
and the bias b, and a dropdown for the activation f. On every change the neuron
diagram (helpers.plots.draw_neuron) shows the new numbers, z and a included, and
the readout spells the computation out: z = w1 * x1 + w2 * x2 + b, then a = f(z),
in words.

It starts at the lesson's house: area x1 = 100 m², location score x2 = 8,
w1 = 1.2, w2 = 5, b = 20 and ReLU, which gives z = a = 180.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Circle
from matplotlib.text import Text

from ..activations import get_activation
from ..i18n import N, t
from ..plots import MINUS, draw_neuron, format_number
from ._base import LessonWidget, dropdown, slider

#: The dropdown: (label the learner reads, activation name the helpers use). Labels are
#: translated when the widget is built; the names ReLU, sigmoid and tanh read the same in both languages.
ACTIVATION_OPTIONS = [("ReLU", "relu"), ("sigmoid", "sigmoid"), ("tanh", "tanh"), (N("linear (none)"), "linear")]

#: Where the sliders start: the lesson's house example.
HOUSE = {"x1": 100.0, "w1": 1.2, "x2": 8.0, "w2": 5.0, "b": 20.0, "activation": "relu"}

QUESTION = N(
    "Keep the house (x1 = 100, x2 = 8, w1 = 1.2, w2 = 5) and move only b. "
    "Which biases switch this ReLU neuron off (a = 0), and what is the largest of them? "
    "Then choose sigmoid: which bias gives a = 0.5?"
)


def neuron_output(x1: float, x2: float, w1: float, w2: float, b: float, activation: str) -> tuple[float, float]:
    """Net input z = w1 * x1 + w2 * x2 + b and output a = f(z) of the two-input neuron.

    z is rounded to 9 decimals, so slider values such as 0.7 (stored as
    0.69999...) cannot leave a speck like 1e-14 where the sum should be 0.
    """
    f, _ = get_activation(activation)
    z = round(w1 * x1 + w2 * x2 + b, 9) + 0.0  # + 0.0 turns -0.0 into 0.0
    return z, float(f(z))


def describe(values: dict[str, Any]) -> str:
    """The readout: the weighted sum with its numbers, then the activation in words."""
    x1, x2, w1, w2, b = (values[k] for k in ("x1", "x2", "w1", "w2", "b"))
    name = values["activation"]
    z, a = neuron_output(x1, x2, w1, w2, b, name)

    def weight(w: float) -> str:
        return f"({format_number(w)})" if w < 0 else format_number(w)

    bias = f"{MINUS} {format_number(-b)}" if b < 0 else f"+ {format_number(b)}"
    lines = [
        f"<b>z</b> = w₁·x₁ + w₂·x₂ + b = {weight(w1)} × {format_number(x1)} + {weight(w2)} × {format_number(x2)} {bias}"
        f" = <b>{format_number(z)}</b>"
    ]
    # Each line about a is its formula, then what it means in words: "{formula}: words".
    if name == "relu":
        formula = f"<b>a</b> = ReLU(z) = max(0, {format_number(z)}) = <b>{format_number(a)}</b>"
        if z > 0:
            lines.append(
                t("{formula}: the neuron is <b>on</b>: ReLU passes a positive z on unchanged.", formula=formula)
            )
        else:
            lines.append(t("{formula}: the neuron is <b>off</b>: ReLU turns a z of 0 or less into 0.", formula=formula))
    elif name == "sigmoid":
        # sigmoid never reaches 0 or 1 exactly: "≈" unless z is exactly 0 (a = 0.5).
        eq = "=" if z == 0 else "≈"
        formula = f"<b>a</b> = sigmoid(z) = 1 / (1 + e<sup>{MINUS}z</sup>) {eq} <b>{format_number(a, 3)}</b>"
        percent = format_number(100 * a, 1)
        if z == 0:
            meaning = t(
                "{formula}: squeezed between 0 and 1, read as a probability of {percent}%.",
                formula=formula,
                percent=percent,
            )
        else:
            meaning = t(
                "{formula}: squeezed between 0 and 1, read as a probability of about {percent}%.",
                formula=formula,
                percent=percent,
            )
        lines.append(meaning)
    elif name == "tanh":
        eq = "=" if z == 0 else "≈"
        formula = f"<b>a</b> = tanh(z) {eq} <b>{format_number(a, 3)}</b>"
        lines.append(t("{formula}: squeezed between {minus}1 and 1.", formula=formula, minus=MINUS))
    else:
        formula = f"<b>a</b> = z = <b>{format_number(a)}</b>"
        lines.append(t("{formula}: no activation, z is passed on unchanged.", formula=formula))
    if x1 == 0 and x2 == 0:
        lines.append(t("Every input is 0, so every w·x is 0 and z is just the bias b = {b}.", b=format_number(b)))
    return "<br>".join(lines)


def neuron_explorer(**start: Any) -> LessonWidget:
    """The lesson 01 widget. Keyword arguments override the starting values in ``HOUSE``."""
    values = {**HOUSE, **start}
    unknown = set(values) - set(HOUSE)
    if unknown:
        raise ValueError(f"Unknown starting value(s) {sorted(unknown)}; choose from {list(HOUSE)}.")
    options = [(t(label), name) for label, name in ACTIVATION_OPTIONS]
    controls = {
        "x1": slider(t("x₁ (area, m²)"), values["x1"], 0, 200, 1),
        "w1": slider("w₁", values["w1"], -3, 3, 0.1),
        "x2": slider(t("x₂ (location score)"), values["x2"], 0, 10, 0.5),
        "w2": slider("w₂", values["w2"], -10, 10, 0.5),
        "b": slider(t("b (bias)"), values["b"], -300, 300, 1),
        "activation": dropdown(t("f (activation)"), options, values["activation"]),
    }

    # One figure for the widget's whole life. draw_neuron draws the diagram into it once
    # (again only when the activation changes, or an input needs more digits); after
    # that a change only rewrites the numbers in the picture, which is several times faster.
    fig = Figure(figsize=(5.6, 1.75), dpi=80)
    ax = fig.add_axes((0, 0, 1, 1))
    drawn: dict[str, Any] = {"key": None, "labels": None}

    def render(current: dict[str, Any]) -> tuple[Figure, str]:
        # Slider values such as 1.2000000000000002 are shown and used as 1.2.
        v = {k: (round(val, 6) if isinstance(val, float) else val) for k, val in current.items()}
        key = (v["activation"], max(len(format_number(v["x1"])), len(format_number(v["x2"]))))
        if drawn["labels"] is None or key != drawn["key"]:
            ax.clear()
            draw_neuron([v["x1"], v["x2"]], [v["w1"], v["w2"]], v["b"], v["activation"], ax=ax)
            drawn["key"], drawn["labels"] = key, _find_labels(ax)
        if drawn["labels"] is not None:
            _write_numbers(drawn["labels"], v)
        return fig, describe(v)

    return LessonWidget(controls, render, question=t(QUESTION))


def _find_labels(ax: Axes) -> dict[str, Text] | None:
    """The text artists of a draw_neuron diagram that hold numbers, by name; None if not found.

    The input values sit at the centres of the input circles (x1 above x2); the
    other labels start with their symbol: "w₁ =", "w₂ =", "b =", "z =", "a =".
    """
    centres = [p.center for p in ax.patches if isinstance(p, Circle)]
    inputs = [t for t in ax.texts if any(np.allclose(t.get_position(), c) for c in centres)]
    inputs.sort(key=lambda t: -t.get_position()[1])
    labels: dict[str, Text] = {}
    if len(inputs) == 2:
        labels["x1"], labels["x2"] = inputs
    for text in ax.texts:
        for name, prefix in (("w1", "w₁ ="), ("w2", "w₂ ="), ("b", "b ="), ("z", "z ="), ("a", "a ")):
            if text.get_text().startswith(prefix):
                labels[name] = text
    return labels if len(labels) == 7 else None


def _write_numbers(labels: dict[str, Text], v: dict[str, Any]) -> None:
    """Write the current numbers into the diagram's labels."""
    z, a = neuron_output(v["x1"], v["x2"], v["w1"], v["w2"], v["b"], v["activation"])
    labels["x1"].set_text(format_number(v["x1"]))
    labels["x2"].set_text(format_number(v["x2"]))
    labels["w1"].set_text(f"w₁ = {format_number(v['w1'])}")
    labels["w2"].set_text(f"w₂ = {format_number(v['w2'])}")
    labels["b"].set_text(f"b = {format_number(v['b'])}")
    labels["z"].set_text(f"z = {format_number(z)}")
    shown = format_number(a)
    # "≈" when rounding hides digits, e.g. a sigmoid output that is close to, but not, 1.
    labels["a"].set_text(f"a {'=' if float(shown.replace(MINUS, '-')) == a else '≈'} {shown}")
