"""Lesson 00 widget: design a network and count its parameters.

``network_builder()`` lets the learner choose the number of input features, the
number of hidden layers and their width, and the kind of task. The task fixes the
output layer: one node for a number (regression), one node for a yes/no answer
(binary classification), k nodes to tell k classes apart. The picture is the
network diagram; the readout gives the layer sizes and counts the weights and
biases layer by layer.
"""

from __future__ import annotations

from typing import Any

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from ..i18n import N, t
from ..network import count_parameters
from ..plots import draw_network
from ._base import LessonWidget, dropdown, int_slider

#: The task dropdown: (label the learner reads, value the code uses); labels are translated when built.
TASKS = [
    (N("regression (predict a number)"), "regression"),
    (N("binary classification (yes / no)"), "binary"),
    (N("multi-class (one of k classes)"), "multiclass"),
]

#: Layers longer than this are drawn as their first nodes, "⋮" and the last node.
MAX_NODES = 7

QUESTION = N(
    "How many parameters does a network need to read a 28 x 28 pixel image (784 inputs) "
    "with one hidden layer of 128 units and tell the 10 digits apart? Set it up and read the count. "
    "Tip: click the number beside a slider to type a value."
)


def output_nodes(task: str, classes: int) -> int:
    """How many output nodes a task needs: 1 for a number or a yes/no answer, k for k classes."""
    if task in ("regression", "binary"):
        return 1
    if task == "multiclass":
        return int(classes)
    raise ValueError(f"Unknown task {task!r}. Choose one of: regression, binary, multiclass.")


def layer_sizes_for(inputs: int, hidden_layers: int, units: int, task: str, classes: int) -> list[int]:
    """The node count of every layer, input first: e.g. (2, 1, 3, "regression", 2) -> [2, 3, 1]."""
    return [int(inputs)] + [int(units)] * int(hidden_layers) + [output_nodes(task, classes)]


def layer_names(n_layers: int) -> list[str]:
    """Names of the layers for the readout, in the notebook's language: input, hidden (1, 2, ...), output."""
    if n_layers == 2:
        return [t("input"), t("output")]
    if n_layers == 3:
        return [t("input"), t("hidden"), t("output")]
    return [t("input")] + [t("hidden {i}", i=i) for i in range(1, n_layers - 1)] + [t("output")]


def _weights(n: int) -> str:
    return t("{n:,} weight", n=n) if n == 1 else t("{n:,} weights", n=n)


def _biases(n: int) -> str:
    return t("{n:,} bias", n=n) if n == 1 else t("{n:,} biases", n=n)


def describe(sizes: list[int], task: str) -> str:
    """The readout: layer sizes, then weights and biases per connection, then the total."""
    arrow = " &rarr; ".join(f"{n:,}" for n in sizes)
    names = layer_names(len(sizes))
    rows = []
    weights = biases = 0
    for l in range(1, len(sizes)):
        w, b = sizes[l - 1] * sizes[l], sizes[l]
        weights += w
        biases += b
        rows.append(
            f"{names[l - 1]} &rarr; {names[l]}{t(': ')}{sizes[l - 1]:,} &times; {sizes[l]:,} = {_weights(w)}"
            f" + {_biases(b)} = {w + b:,}"
        )
    total = count_parameters(sizes)
    hidden = len(sizes) - 2
    if hidden == 0:
        hidden_text = t("no hidden layer")
    elif hidden == 1:
        hidden_text = t("{n} hidden layer", n=hidden)
    else:
        hidden_text = t("{n} hidden layers", n=hidden)
    if task == "regression":
        outputs = t("1 output node: the predicted number")
    elif task == "binary":
        outputs = t("1 output node: how likely the answer is yes")
    elif task == "multiclass":
        outputs = t("{n} output nodes: one score per class", n=sizes[-1])
    else:
        raise ValueError(f"Unknown task {task!r}. Choose one of: regression, binary, multiclass.")
    return (
        "<p>"
        + t("<b>Layer sizes:</b> {arrow} ({hidden}; {outputs}).", arrow=arrow, hidden=hidden_text, outputs=outputs)
        + "<br>"
        + "".join(f"{row}<br>" for row in rows)
        + t(
            "<b>Parameters: {total:,}</b> ({weights} + {biases}).",
            total=total,
            weights=_weights(weights),
            biases=_biases(biases),
        )
        + "</p>"
    )


class _DiagramAxes(Axes):
    """Axes for a diagram whose limits are set by hand (draw_network does that).

    A plain ``Axes.add_patch`` also works out the exact outline of every circle to
    grow the data limits: about 2 ms per circle, most of a redraw. Limits set by
    hand make that work useless, so here a patch is added like any other artist.
    """

    def add_patch(self, p):
        return self.add_artist(p)


def _wipe(ax: Axes) -> None:
    """Remove what the last drawing added (much faster than ``ax.clear()``)."""
    for artist in [*ax.patches, *ax.collections, *ax.texts]:
        artist.remove()


def network_builder() -> LessonWidget:
    """Sliders for the layer sizes and a task menu; shows the network and its parameter count."""
    controls = {
        "inputs": int_slider(t("input features"), 2, 1, 1024),
        "hidden_layers": int_slider(t("hidden layers"), 1, 0, 3),
        "units": int_slider(t("units per hidden layer"), 3, 1, 256),
        "task": dropdown(t("task"), [(t(label), value) for label, value in TASKS], "regression"),
        "classes": int_slider(t("classes k (multi-class only)"), 10, 2, 20),
    }
    fig = Figure(figsize=(5.0, 3.2), dpi=80)
    ax = fig.add_axes((0, 0, 1, 1), axes_class=_DiagramAxes)

    def render(values: dict[str, Any]) -> tuple[Figure, str]:
        controls["classes"].disabled = values["task"] != "multiclass"
        sizes = layer_sizes_for(
            values["inputs"], values["hidden_layers"], values["units"], values["task"], values["classes"]
        )
        _wipe(ax)
        draw_network(sizes, ax=ax, max_nodes=MAX_NODES, show_sizes=True)
        return fig, describe(sizes, values["task"])

    return LessonWidget(controls, render, question=t(QUESTION))
