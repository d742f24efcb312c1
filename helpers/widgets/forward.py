"""Lesson 03 widget: numbers flowing forward through a 2 -> 3 -> 1 cat/dog network.

The network of lesson 03 has two inputs, x₁ = how pointy the ears are and
x₂ = how long the snout is (each a score from 0 to 10), three hidden ReLU
neurons h₁, h₂, h₃ and one sigmoid output ŷ, read as the probability of "cat".
Its weights are picked by hand so that they can be read (``helpers.data.cat_dog_params``).

``forward_explorer()`` returns a widget with sliders for both inputs, the weight
from x₁ to h₁ and the output bias. Every change runs ``helpers.network.forward``
and writes each node's value into the diagram, layer by layer.

The diagram is drawn once with ``helpers.plots.draw_network``; a change only
rewrites the numbers in the nodes, greys out hidden neurons that are off, and
resets the width and colour of the lines, which keeps a redraw fast.
``draw_cat_dog(x, show_weights=True)`` also writes every weight on its line,
away from the places where lines cross (see ``WEIGHT_LABEL_AT``).

The widget's labels, question and readout, and the words in the diagram ("input",
"hidden", "output", "cat", "dog"), go through ``helpers.i18n.t`` (their Chinese is in
``helpers/i18n/zh_lesson03.py`` and ``zh_common.py``); the symbols stay as they are.
"""

from __future__ import annotations

import html

import matplotlib
import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.patches import Circle
from matplotlib.text import Text

from ..classify import DECISION_THRESHOLD
from ..data import CAT_DOG_ACTIVATIONS, CAT_DOG_LAYER_SIZES, cat_dog_params
from ..i18n import N, t
from ..network import Params, forward
from ..plots import PALETTE, STYLE, draw_network, format_number
from ._base import LessonWidget, slider

NODE_NAMES = [["x₁", "x₂"], ["h₁", "h₂", "h₃"], ["ŷ"]]
#: Where each weight is written on its line, as the fraction of the way from the node the line
#: leaves: the lines x -> h cross each other up to halfway, so their weights sit close to the
#: hidden neuron they enter (the two weights into h₁ next to h₁); the lines h -> ŷ never cross.
WEIGHT_LABEL_AT = (0.7, 0.5)

QUESTION = N(
    "Start from the dog (x₁ = 3, x₂ = 6). Move x₁ (ear pointiness) up until the network "
    "changes its mind from dog to cat. At about which x₁ does that happen, and which hidden "
    "neuron switched on just before?"
)
#: The network's answer in words, for the readout and the word under the output node.
LABEL_WORDS = {"cat": N("cat"), "dog": N("dog")}

_OFF_FILL = "#EEEEEE"  # pale grey: a hidden neuron that ReLU switched off
_OFF_INK = "#999999"


def label_of(probability: float) -> str:
    """ "cat" when the probability of cat is 0.5 or more (ŷ ≥ 0.5), else "dog"."""
    return "cat" if probability >= DECISION_THRESHOLD else "dog"


def name_nodes(ax: Axes) -> None:
    """Write x₁, x₂, h₁, h₂, h₃, ŷ next to the nodes of a 2 -> 3 -> 1 ``draw_network`` diagram."""
    for layer, circles in enumerate(_node_circles(ax)):
        for circle, name in zip(circles, NODE_NAMES[layer]):
            x, y = circle.center
            r = circle.radius
            if layer == 0:
                ax.text(x - r - 0.08, y, name, ha="right", va="center", fontsize=9, color="#333333")
            elif layer == len(CAT_DOG_LAYER_SIZES) - 1:
                ax.text(x + r + 0.08, y, name, ha="left", va="center", fontsize=9, color="#333333")
            else:
                ax.text(x + 0.7 * r, y + 0.7 * r, name, ha="left", va="bottom", fontsize=9, color="#333333")


def _node_circles(ax: Axes) -> list[list[Circle]]:
    """The node circles of a 2 -> 3 -> 1 diagram, grouped by layer, top to bottom."""
    circles = [p for p in ax.patches if isinstance(p, Circle)]
    if len(circles) != sum(CAT_DOG_LAYER_SIZES):
        raise ValueError(f"Expected a diagram with {sum(CAT_DOG_LAYER_SIZES)} nodes, found {len(circles)}.")
    groups, start = [], 0
    for n in CAT_DOG_LAYER_SIZES:
        groups.append(circles[start : start + n])
        start += n
    return groups


def _edge_style(weights: list[np.ndarray]) -> tuple[list[list[float]], list[list[str]]]:
    """Line widths (size of a weight) and colours (its sign), as draw_network draws them."""
    largest = max(float(np.abs(w).max()) for w in weights)
    widths, colours = [], []
    for w in weights:
        flat = w.ravel()  # row by row: the order in which draw_network draws the lines
        widths.append([0.4 + 2.6 * abs(v) / largest if largest > 0 else 0.8 for v in flat])
        colours.append([PALETTE["blue"] if v >= 0 else PALETTE["vermillion"] for v in flat])
    return widths, colours


def _vector(values: np.ndarray) -> str:
    return "[" + ", ".join(format_number(v) for v in np.ravel(values)) + "]"


def _readout(cache: dict[str, np.ndarray]) -> str:
    z1, a1 = cache["Z1"][0], cache["A1"][0]
    z2, y_hat = float(cache["Z2"][0, 0]), float(cache["A2"][0, 0])
    on = [NODE_NAMES[1][j] for j in range(3) if a1[j] > 0]
    on_text = t(", ").join(on) if on else t("none")
    label = label_of(y_hat)
    compare = "≥" if label == "cat" else "<"
    colour = PALETTE["blue"] if label == "cat" else PALETTE["vermillion"]
    rows = [
        (t("hidden (ReLU)"), _vector(z1), _vector(a1)),
        (t("output (sigmoid)"), format_number(z2), f"{y_hat:.3f}"),
    ]
    cells = "".join(
        f"<tr><td style='padding: 0 10px 0 0'>{name}</td><td style='padding: 0 10px 0 0'>z = {z}</td>"
        f"<td>a = {a}</td></tr>"
        for name, z, a in rows
    )
    sentence = t(
        "Hidden neurons switched on (a &gt; 0): {on}. "
        "Probability of cat ŷ = {p} {compare} 0.5, so the network says {label}.",
        on=f"<b>{html.escape(on_text)}</b>",
        p=f"<b>{y_hat:.3f}</b>",
        compare=html.escape(compare),
        label=f"<b style='color: {colour}'>{html.escape(t(LABEL_WORDS[label]))}</b>",
    )
    return f"<table style='font-family: monospace'>{cells}</table><p>{sentence}</p>"


def _write_weights(ax: Axes, weights: list[np.ndarray]) -> list[Text]:
    """Write each weight on its line, at the place WEIGHT_LABEL_AT gives for its layer.

    draw_network puts the numbers where they fit best, which can be right next to a
    crossing of two lines of the same colour. Away from the crossings, a number plainly
    belongs to the one line it sits on. The numbers draw_network wrote (the only texts
    with a white box behind them) are replaced.
    """
    old = [text for text in ax.texts if text.get_bbox_patch() is not None]
    font = old[0].get_fontsize() if old else 9.0
    for text in old:
        text.remove()
    edges = [c for c in ax.collections if isinstance(c, LineCollection)]
    texts = []
    for collection, w, at in zip(edges, weights, WEIGHT_LABEL_AT, strict=True):
        # draw_network draws W[i, j] row by row, each line from node i (left) to node j (right).
        for segment, value in zip(collection.get_segments(), np.ravel(w), strict=True):
            (x0, y0), (x1, y1) = segment
            texts.append(
                ax.text(
                    x0 + at * (x1 - x0),
                    y0 + at * (y1 - y0),
                    format_number(value),
                    ha="center",
                    va="center",
                    fontsize=font,
                    color=PALETTE["blue"] if value >= 0 else PALETTE["vermillion"],
                    zorder=4,
                    bbox=dict(boxstyle="round,pad=0.1", fc="white", ec="none", alpha=0.9),
                )
            )
    return texts


class _Diagram:
    """A 2 -> 3 -> 1 diagram drawn once, whose numbers and colours can be updated in place."""

    def __init__(self, ax: Axes | None, params: Params, show_weights: bool = False) -> None:
        zeros = [np.zeros(n) for n in CAT_DOG_LAYER_SIZES]
        self.figure = draw_network(
            CAT_DOG_LAYER_SIZES,
            ax=ax,
            node_values=zeros,
            edge_weights=[params["W1"], params["W2"]],
            activations=["ReLU", "sigmoid"],
            show_weights=show_weights,
        )
        self.ax = ax = self.figure.axes[0] if ax is None else ax
        self.weight_texts = _write_weights(ax, [params["W1"], params["W2"]]) if show_weights else []
        name_nodes(ax)
        self.circles = _node_circles(ax)
        self.on_fill = self.circles[1][0].get_facecolor()  # draw_network's colour for a hidden node
        # The number inside a node is the text that sits exactly at the node's centre.
        self.value_texts = []
        for layer_circles in self.circles:
            row = []
            for circle in layer_circles:
                found = [text for text in ax.texts if np.allclose(text.get_position(), circle.center)]
                if len(found) != 1:
                    raise RuntimeError("Could not find the value text of a node in the diagram.")
                row.append(found[0])
            self.value_texts.append(row)
        self.edges = [c for c in ax.collections if isinstance(c, LineCollection)]
        out = self.circles[2][0]
        with matplotlib.rc_context(STYLE):  # the course fonts, so the word can be Chinese (猫, 狗)
            below = out.center[1] - out.radius - 0.12
            self.label = ax.text(out.center[0], below, "", ha="center", va="top", fontsize=11, fontweight="bold")

    def update(self, x: np.ndarray, params: Params) -> dict[str, np.ndarray]:
        """Run the forward pass for one sample x and show it; return forward's cache."""
        y_hat, cache = forward(np.asarray(x, dtype=float).reshape(1, -1), params, CAT_DOG_ACTIVATIONS)
        for layer, layer_values in enumerate([cache["A0"][0], cache["A1"][0], y_hat[0]]):
            for text, value in zip(self.value_texts[layer], layer_values):
                text.set_text(format_number(value))
        for circle, text, a in zip(self.circles[1], self.value_texts[1], cache["A1"][0]):
            circle.set_facecolor(self.on_fill if a > 0 else _OFF_FILL)
            circle.set_edgecolor("#333333" if a > 0 else _OFF_INK)
            text.set_color("black" if a > 0 else _OFF_INK)
        widths, colours = _edge_style([params["W1"], params["W2"]])
        for collection, w, c in zip(self.edges, widths, colours):
            collection.set_linewidths(w)
            collection.set_colors(c)
        if self.weight_texts:
            weights = np.concatenate([params["W1"].ravel(), params["W2"].ravel()])
            for text, value in zip(self.weight_texts, weights, strict=True):
                text.set_text(format_number(value))
                text.set_color(PALETTE["blue"] if value >= 0 else PALETTE["vermillion"])
        label = label_of(float(y_hat[0, 0]))
        self.label.set_text(t(LABEL_WORDS[label]))
        self.label.set_color(PALETTE["blue"] if label == "cat" else PALETTE["vermillion"])
        return cache


def draw_cat_dog(x, params: Params | None = None, *, ax: Axes | None = None, show_weights: bool = False) -> Figure:
    """Draw the lesson's network with one animal's values in every node.

    ``x`` is the animal's two scores [ears, snout]. Hidden neurons that ReLU
    switched off (a = 0) are grey; the word under the output is the network's
    answer, "cat" when ŷ ≥ 0.5. With ``show_weights`` every weight is written on
    its line, away from crossings. Without ``ax`` a new figure is made.
    """
    params = cat_dog_params() if params is None else params
    diagram = _Diagram(ax, params, show_weights)
    diagram.update(x, params)
    return diagram.figure


def forward_explorer(x1: float = 3.0, x2: float = 6.0) -> LessonWidget:
    """Sliders for x₁, x₂, the weight x₁ -> h₁ and the output bias; the diagram shows every node's value."""
    base = cat_dog_params()
    controls = {
        "x1": slider(t("x₁ (ears)"), x1, 0.0, 10.0, 0.1),
        "x2": slider(t("x₂ (snout)"), x2, 0.0, 10.0, 0.1),
        "w11": slider(t("weight x₁ → h₁"), float(base["W1"][0, 0]), -1.0, 1.0, 0.1),
        "b_out": slider(t("output bias b"), float(base["b2"][0, 0]), -3.0, 3.0, 0.1),
    }
    fig = Figure(figsize=(5.2, 2.9), dpi=80)
    fig.patch.set_facecolor("white")
    diagram = _Diagram(fig.add_axes((0.0, 0.0, 1.0, 1.0)), base)

    def render(values: dict) -> tuple[Figure, str]:
        params = cat_dog_params()
        params["W1"][0, 0] = values["w11"]
        params["b2"][0, 0] = values["b_out"]
        cache = diagram.update([values["x1"], values["x2"]], params)
        return fig, _readout(cache)

    widget = LessonWidget(controls, render, question=t(QUESTION))
    widget.figure = fig  # kept so a test can read the diagram's state
    widget.diagram = diagram
    return widget
