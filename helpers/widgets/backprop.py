"""Lesson 05 widget: one house through the 2 -> 3 -> 1 house network, one computation per click.

The network is the course's house network: two inputs (area and location, standardised),
three hidden ReLU units h₁, h₂, h₃, one linear output ŷ, and half the squared error as the
loss. For one house the lesson writes every number with single letters:

    z_j = w_1j x₁ + w_2j x₂ + b_j,   a_j = ReLU(z_j),   ŷ = v₁a₁ + v₂a₂ + v₃a₃ + c,   L = ½(ŷ − y)²

so ``W1[i, j]`` is w_ij, ``b1[0, j]`` is b_j, ``W2[j, 0]`` is v_j and ``b2[0, 0]`` is c.

``walk(x, y, params)`` runs ``helpers.network.forward`` and ``backward`` once and keeps
every number of the walk: the forward values, the error terms δ and every gradient.
``steps(walk)`` turns them into the lesson's sequence of computations, one per click
(forward: each hidden unit, the prediction, the loss; backward: δ_out, each ∂L/∂v, ∂L/∂c,
each δ_j, then the gradients of the weights and bias of each hidden unit).

``draw_walk(step)`` draws the diagram as it looks after a step (the last by default: the
fully annotated network), and ``backprop_stepper()`` is the widget: a step slider with
"◀ Back" and "Next ▶" buttons; the diagram is drawn once and each step only changes texts
and colours. The diagram keeps symbols and numbers only; every sentence goes through
``helpers.i18n.t`` (Chinese in ``helpers/i18n/zh_lesson05.py``).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.patches import Circle
from matplotlib.text import Text
from PIL import Image

from ..i18n import N, t
from ..losses import half_mse
from ..network import Params, backward, forward
from ..plots import PALETTE, draw_network, format_number, tint
from ._base import LessonWidget, int_slider

LAYER_SIZES = [2, 3, 1]
WALK_ACTIVATIONS = ["relu", "linear"]
LAYER_NAMES = ["input", "hidden", "output"]  # the diagram's layer names, which the walk's diagram leaves out
SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")

QUESTION = N("Click Next ▶ until every gradient is computed. Which gradients are exactly 0, and why?")

_INK = "#333333"
_OFF_FILL = "#EEEEEE"  # a hidden unit that ReLU switched off
_OFF_INK = "#999999"
_LIT = PALETTE["orange"]  # what the current step computes
_BACK_BOX = dict(boxstyle="round,pad=0.15", fc="white", ec=PALETTE["orange"], lw=1.2)


def walk_house() -> tuple[np.ndarray, np.ndarray, Params]:
    """The lesson's house and network: small round numbers that keep the walk readable.

    The house has a standardised area of 1 (one spread above the average) and a location
    score of 0.5; its standardised price is 1. With these weights h₂ gets a negative z,
    so ReLU switches it off and no gradient flows through it.
    """
    x = np.array([[1.0, 0.5]])
    y = np.array([[1.0]])
    params = {
        "W1": np.array([[0.5, -1.0, 0.5], [1.0, 1.0, -1.0]]),
        "b1": np.array([[0.0, 0.0, 0.5]]),
        "W2": np.array([[0.5], [-0.5], [1.0]]),
        "b2": np.array([[0.5]]),
    }
    return x, y, params


@dataclass
class Walk:
    """Every number of one house's forward and backward pass (single numbers, no batch)."""

    x: np.ndarray  # (2,) the inputs x₁, x₂
    y: float  # the target price
    params: Params
    z: np.ndarray  # (3,) net inputs of h₁, h₂, h₃
    a: np.ndarray  # (3,) their outputs ReLU(z)
    y_hat: float
    loss: float
    delta_out: float  # ∂L/∂ŷ
    delta: np.ndarray  # (3,) δ_j = ∂L/∂z_j
    grads: Params = field(default_factory=dict)  # ∂L/∂W1, ∂L/∂b1, ∂L/∂W2, ∂L/∂b2 from helpers.network.backward

    @property
    def w(self) -> np.ndarray:
        return self.params["W1"]

    @property
    def v(self) -> np.ndarray:
        return self.params["W2"][:, 0]

    @property
    def c(self) -> float:
        return float(self.params["b2"][0, 0])


def walk(x=None, y=None, params: Params | None = None) -> Walk:
    """Run one house through ``forward`` and ``backward`` (half-MSE) and keep every number.

    With m = 1 house, δ_out is the gradient of the output bias c and δ_j the gradient of
    the bias b_j: ``backward`` computes them, nothing is worked out twice here.
    """
    default_x, default_y, default_params = walk_house()
    x = default_x if x is None else np.asarray(x, dtype=float).reshape(1, -1)
    y = default_y if y is None else np.asarray(y, dtype=float).reshape(1, 1)
    params = default_params if params is None else params
    if x.shape != (1, 2) or params["W1"].shape != (2, 3) or params["W2"].shape != (3, 1):
        raise ValueError(
            f"The walk is for one house (x of shape (1, 2)) through a 2 -> 3 -> 1 network, got x {x.shape}, "
            f"W1 {params['W1'].shape}, W2 {params['W2'].shape}."
        )
    y_hat, cache = forward(x, params, WALK_ACTIVATIONS)
    grads = backward(y, cache, params, WALK_ACTIVATIONS, loss="half_mse")
    return Walk(
        x=x[0],
        y=float(y[0, 0]),
        params=params,
        z=cache["Z1"][0],
        a=cache["A1"][0],
        y_hat=float(y_hat[0, 0]),
        loss=half_mse(y_hat, y),
        delta_out=float(grads["b2"][0, 0]),
        delta=grads["b1"][0],
        grads=grads,
    )


def graph_numbers(w: Walk, unit: int = 1) -> tuple[dict[str, float], dict[str, float]]:
    """The values and gradients on the computational graph of hidden unit ``unit`` (1, 2 or 3).

    Every gradient comes from the walk (``backward``), except ∂L/∂a = δ_out × v, which the
    graph shows on its own: the × node hands back the incoming gradient times its other input.
    The inputs, the target and the loss itself get no gradient label.
    """
    if unit not in (1, 2, 3):
        raise ValueError(f"unit must be 1, 2 or 3, got {unit!r}")
    j = unit - 1
    others = [k for k in range(3) if k != j]
    values = {
        "x1": w.x[0],
        "x2": w.x[1],
        "w1": w.w[0, j],
        "w2": w.w[1, j],
        "p1": w.x[0] * w.w[0, j],
        "p2": w.x[1] * w.w[1, j],
        "b": w.params["b1"][0, j],
        "z": w.z[j],
        "a": w.a[j],
        "v": w.v[j],
        "av": w.v[j] * w.a[j],
        "rest": sum(w.v[k] * w.a[k] for k in others),
        "c": w.c,
        "y_hat": w.y_hat,
        "y": w.y,
        "L": w.loss,
    }
    grads = {
        "w1": w.grads["W1"][0, j],
        "w2": w.grads["W1"][1, j],
        "p1": w.delta[j],
        "p2": w.delta[j],
        "b": w.grads["b1"][0, j],
        "z": w.delta[j],
        "a": w.delta_out * w.v[j],
        "v": w.grads["W2"][j, 0],
        "av": w.delta_out,
        "rest": w.delta_out,
        "c": w.grads["b2"][0, 0],
        "y_hat": w.delta_out,
    }
    return {k: float(v) for k, v in values.items()}, {k: float(v) for k, v in grads.items()}


def fmt(value: float) -> str:
    """A number as the walk writes it: at most 3 decimals, no trailing zeros, a real minus sign."""
    return format_number(value, 3)


def _p(value: float) -> str:
    """A number inside a product: negative numbers in brackets, 1 × (−0.5)."""
    text = fmt(value)
    return f"({text})" if text.startswith("\u2212") else text


def _s(*numbers: int) -> str:
    return "".join(str(n) for n in numbers).translate(SUB)


@dataclass
class Step:
    """One click: what it computes (readout) and what it lights up on the diagram."""

    phase: str  # "start", "forward" or "backward"
    sentence: str  # plain words (already translated)
    formula: str  # the formula with its numbers, HTML
    nodes: list[tuple[int, int]] = field(default_factory=list)  # (layer, index) computed now
    edges: list[tuple[int, int, int]] = field(default_factory=list)  # (layer, i, j): line i -> j of a connection


DELTA_OUT = "δ<sub>out</sub>"


def steps(w: Walk) -> list[Step]:
    """The walk as a list of steps: 0 is the start, then 5 forward and 11 backward computations."""
    x1, x2 = w.x
    out: list[Step] = [
        Step(
            "start",
            t(
                "The house enters: area x₁ = {x1} and location x₂ = {x2} (both standardised); its price is "
                "y = {y}. Press Next ▶ to run the network forward.",
                x1=fmt(x1),
                x2=fmt(x2),
                y=fmt(w.y),
            ),
            "",
            nodes=[(0, 0), (0, 1)],
        )
    ]
    for j in range(3):
        k = j + 1
        off = w.z[j] <= 0
        sentence = t("Hidden unit h{j}: add up its weighted inputs and its bias, then apply ReLU.", j=_s(k))
        if off:
            sentence += " " + t("z{j} is negative, so ReLU outputs 0: h{j} is switched off.", j=_s(k))
        formula = (
            f"z{_s(k)} = w{_s(1, k)}·x₁ + w{_s(2, k)}·x₂ + b{_s(k)} = {_p(w.w[0, j])} × {_p(x1)} + "
            f"{_p(w.w[1, j])} × {_p(x2)} + {_p(w.params['b1'][0, j])} = <b>{fmt(w.z[j])}</b><br>"
            f"a{_s(k)} = ReLU(z{_s(k)}) = <b>{fmt(w.a[j])}</b>"
        )
        out.append(Step("forward", sentence, formula, nodes=[(1, j)], edges=[(0, 0, j), (0, 1, j)]))
    terms = " + ".join(f"{_p(w.v[j])} × {_p(w.a[j])}" for j in range(3))
    out.append(
        Step(
            "forward",
            t("The output adds up the hidden outputs, each times its weight v, plus the bias c."),
            f"ŷ = v₁a₁ + v₂a₂ + v₃a₃ + c = {terms} + {_p(w.c)} = <b>{fmt(w.y_hat)}</b>",
            nodes=[(2, 0)],
            edges=[(1, j, 0) for j in range(3)],
        )
    )
    out.append(
        Step(
            "forward",
            t("The loss: half the squared miss. The forward pass is done; now the errors go back."),
            f"L = ½(ŷ − y)² = ½ × ({fmt(w.y_hat)} − {_p(w.y)})² = <b>{fmt(w.loss)}</b>",
            nodes=[(2, 0)],
        )
    )
    out.append(
        Step(
            "backward",
            t("The output's error term: how fast L changes when ŷ changes. A positive value means ŷ is too high."),
            f"{DELTA_OUT} = ∂L/∂ŷ = ŷ − y = {fmt(w.y_hat)} − {_p(w.y)} = <b>{fmt(w.delta_out)}</b>",
            nodes=[(2, 0)],
        )
    )
    for j in range(3):
        k = j + 1
        sentence = t("The weight v{j} multiplies a{j}, so its gradient is δ<sub>out</sub> times a{j}.", j=_s(k))
        if w.a[j] == 0:
            sentence += " " + t("a{j} = 0, so this gradient is 0.", j=_s(k))
        out.append(
            Step(
                "backward",
                sentence,
                f"∂L/∂v{_s(k)} = {DELTA_OUT} × a{_s(k)} = {_p(w.delta_out)} × {_p(w.a[j])} = "
                f"<b>{fmt(w.grads['W2'][j, 0])}</b>",
                nodes=[(2, 0)],
                edges=[(1, j, 0)],
            )
        )
    out.append(
        Step(
            "backward",
            t("The bias c works like a weight whose input is always 1."),
            f"∂L/∂c = {DELTA_OUT} × 1 = <b>{fmt(w.grads['b2'][0, 0])}</b>",
            nodes=[(2, 0)],
        )
    )
    for j in range(3):
        k = j + 1
        relu_slope = 1.0 if w.z[j] > 0 else 0.0
        sentence = t("The error term travels back along v{j} and through the ReLU of h{j}.", j=_s(k))
        if relu_slope == 0:
            sentence += " " + t("z{j} is negative, so the ReLU's slope is 0: no error gets back to h{j}.", j=_s(k))
        out.append(
            Step(
                "backward",
                sentence,
                f"δ{_s(k)} = {DELTA_OUT} × v{_s(k)} × ReLU′(z{_s(k)}) = {_p(w.delta_out)} × {_p(w.v[j])} × "
                f"{fmt(relu_slope)} = <b>{fmt(w.delta[j])}</b>",
                nodes=[(1, j)],
                edges=[(1, j, 0)],
            )
        )
    for j in range(3):
        k = j + 1
        sentence = t(
            "Each weight into h{j} multiplies one input, so its gradient is that input times δ{j}; "
            "the bias b{j} gets δ{j} itself.",
            j=_s(k),
        )
        formula = "<br>".join(
            [
                f"∂L/∂w{_s(i + 1, k)} = x{_s(i + 1)} × δ{_s(k)} = {_p(w.x[i])} × {_p(w.delta[j])} = "
                f"<b>{fmt(w.grads['W1'][i, j])}</b>"
                for i in range(2)
            ]
            + [f"∂L/∂b{_s(k)} = δ{_s(k)} = <b>{fmt(w.grads['b1'][0, j])}</b>"]
        )
        out.append(Step("backward", sentence, formula, nodes=[(1, j)], edges=[(0, 0, j), (0, 1, j)]))
    out[-1].sentence += " " + t("Done: you have seen every gradient of the network computed once.")
    return out


def readout(step_list: list[Step], index: int) -> str:
    """The readout for one step: where you are, the plain-words sentence, the formula with numbers."""
    step = step_list[index]
    phase = {"start": t("start"), "forward": t("forward pass"), "backward": t("backward pass")}[step.phase]
    head = t("Step {k} of {n}", k=index, n=len(step_list) - 1)
    formula = f"<div style='font-family: monospace; margin-top: 4px'>{step.formula}</div>" if step.formula else ""
    return f"<p><b>{head}</b> · {phase}<br>{step.sentence}</p>{formula}"


class _Diagram:
    """The 2 -> 3 -> 1 diagram, drawn once; ``show(k)`` writes everything computed up to step k.

    The network itself (grey lines, circles, names, weights) never changes. What a step
    changes lives in separate artists drawn on top (``self.dynamic``): the lit lines and
    rings, the grey fill of a switched-off unit, and the numbers computed so far. The
    widget draws the unchanging part once and only these artists per click (blitting).
    """

    def __init__(self, ax: Axes, w: Walk) -> None:
        self.walk = w
        self.ax = ax
        # With weights to write, draw_network spaces the nodes wider.
        draw_network(
            LAYER_SIZES,
            ax=ax,
            node_values=[w.x, np.zeros(3), np.zeros(1)],
            edge_weights=[w.params["W1"], w.params["W2"]],
            layer_labels=LAYER_NAMES,  # named here, in any language, and taken away below
            activations=["ReLU", t("linear")],
            show_weights=True,
        )
        # Its weight labels (the texts with a white box) are replaced by ours, placed away from
        # the crossings; its layer names go, as the nodes carry their names (x₁, h₁, ŷ) and the
        # room under the nodes holds their error terms.
        layer_names = [text for text in ax.texts if text.get_text() in LAYER_NAMES]
        for text in [text for text in ax.texts if text.get_bbox_patch() is not None] + layer_names:
            text.remove()
        self.circles = self._circles()
        self.value_texts = [[self._text_at(c) for c in layer] for layer in self.circles]
        edges = [c for c in ax.collections if isinstance(c, LineCollection)]
        self.segments = [collection.get_segments() for collection in edges]
        for collection in edges:
            collection.set_colors(PALETTE["grey"])
            collection.set_linewidths(0.8)
        font = 8.0
        r = self.circles[0][0].radius
        ink = dict(fontsize=9, color=_INK)
        for i, circle in enumerate(self.circles[0]):
            cx, cy = circle.center
            ax.text(cx - r - 0.08, cy, f"x{_s(i + 1)}", ha="right", va="center", **ink)
        for j, circle in enumerate(self.circles[1]):
            cx, cy = circle.center
            ax.text(cx + 0.75 * r, cy + 0.75 * r, f"h{_s(j + 1)}", ha="left", va="bottom", **ink)
        ox, oy = self.circles[2][0].center
        ax.text(ox + r + 0.08, oy, "ŷ", ha="left", va="center", **ink)
        ax.text(ox, oy - r - 0.62, f"c = {fmt(w.c)}", ha="center", va="top", fontsize=font, color=_INK)
        # weights (near the node a line enters) and, once computed, gradients (near the node it leaves)
        self.weight_texts: dict[tuple[int, int, int], Text] = {}
        self.grad_texts: dict[tuple[int, int, int], Text] = {}
        for layer, (segments, weights) in enumerate(zip(self.segments, [w.params["W1"], w.params["W2"]], strict=True)):
            at_w, at_g = (0.76, 0.22) if layer == 0 else (0.3, 0.68)
            for segment, (i, j) in zip(segments, np.ndindex(*weights.shape), strict=True):
                (x0, y0), (x1, y1) = segment
                value = weights[i, j]
                self.weight_texts[layer, i, j] = ax.text(
                    x0 + at_w * (x1 - x0), y0 + at_w * (y1 - y0), fmt(value), ha="center", va="center",
                    fontsize=font, color=PALETTE["blue"] if value >= 0 else PALETTE["vermillion"], zorder=4,
                    bbox=dict(boxstyle="round,pad=0.1", fc="white", ec="none", alpha=0.9),
                )  # fmt: skip
                self.grad_texts[layer, i, j] = ax.text(
                    x0 + at_g * (x1 - x0), y0 + at_g * (y1 - y0), "", ha="center", va="center",
                    fontsize=font, color=_INK, zorder=5, bbox=dict(_BACK_BOX),
                )  # fmt: skip
        # what the steps change, drawn above the network; a lit line stops at the edges of its nodes
        self.lit_segments = {}
        for layer, segments in enumerate(self.segments):
            for segment, (i, j) in zip(segments, np.ndindex(LAYER_SIZES[layer], LAYER_SIZES[layer + 1]), strict=True):
                start, end = np.asarray(segment, dtype=float)
                along = (end - start) / np.linalg.norm(end - start) * r
                self.lit_segments[layer, i, j] = [start + along, end - along]
        self.lit_lines = LineCollection([], colors=_LIT, linewidths=3.0, zorder=1.5, capstyle="round")
        ax.add_collection(self.lit_lines)
        self.rings = []
        for layer in self.circles[1:]:
            for circle in layer:
                ring = Circle(circle.center, circle.radius, facecolor="none", edgecolor="none", zorder=2.5)
                ax.add_patch(ring)
                self.rings.append(ring)
        self.delta_texts = []
        for circle in self.circles[1][0:3] + self.circles[2]:
            cx, cy = circle.center
            self.delta_texts.append(
                ax.text(cx, cy - r - 0.12, "", ha="center", va="top", fontsize=font, color=_INK, zorder=5,
                        bbox=dict(_BACK_BOX))
            )  # fmt: skip
        self.dc_text = ax.text(
            ox, oy - r - 0.95, "", ha="center", va="top", fontsize=font, color=_INK, zorder=5, bbox=dict(_BACK_BOX)
        )
        self.loss_text = ax.text(ox + r + 0.5, oy, "", ha="left", va="center", fontsize=font, color=_INK)
        for text in self.value_texts[1] + self.value_texts[2]:
            text.set_zorder(3)
        self.texts = (
            self.value_texts[1] + self.value_texts[2] + self.delta_texts + list(self.grad_texts.values())
            + [self.dc_text, self.loss_text]
        )  # fmt: skip
        self.dynamic = [self.lit_lines, *self.rings, *self.texts]
        self.steps = steps(w)
        self.lit_weights: list[Text] = []

    def _circles(self) -> list[list[Circle]]:
        circles = [p for p in self.ax.patches if isinstance(p, Circle)]
        if len(circles) != sum(LAYER_SIZES):
            raise RuntimeError(f"Expected a diagram with {sum(LAYER_SIZES)} nodes, found {len(circles)}.")
        return [circles[0:2], circles[2:5], circles[5:6]]

    def _text_at(self, circle: Circle) -> Text:
        found = [text for text in self.ax.texts if np.allclose(text.get_position(), circle.center)]
        if len(found) != 1:
            raise RuntimeError("Could not find the value text of a node in the diagram.")
        return found[0]

    @staticmethod
    def _set(text: Text, content: str, visible: bool, lit: bool = False) -> None:
        text.set_text(content if visible else "")
        text.set_visible(visible)
        patch = text.get_bbox_patch()
        if patch is not None:
            patch.set_facecolor(tint(_LIT, 0.45) if lit else "white")

    def show(self, k: int, light: bool = True) -> None:
        """Write everything computed in steps 0..k; light (in orange) what step k computes."""
        if not 0 <= k < len(self.steps):
            raise ValueError(f"step must be between 0 and {len(self.steps) - 1}, got {k}.")
        w = self.walk
        now = k if light else -1  # the step whose results are lit
        first = {"v": 7, "c": 10, "delta": 11, "w": 14}  # the step that computes the first of each kind
        for j in range(3):
            seen = k >= j + 1  # the forward step of hidden unit j
            self._set(self.value_texts[1][j], fmt(w.a[j]), seen)
            off = seen and w.a[j] <= 0
            self.value_texts[1][j].set_color(_OFF_INK if off else "black")
            self._set(self.delta_texts[j], f"δ = {fmt(w.delta[j])}", k >= first["delta"] + j, now == first["delta"] + j)
            at = first["v"] + j
            self._set(self.grad_texts[1, j, 0], fmt(w.grads["W2"][j, 0]), k >= at, now == at)
            at = first["w"] + j
            for i in range(2):
                self._set(self.grad_texts[0, i, j], fmt(w.grads["W1"][i, j]), k >= at, now == at)
        self._set(self.value_texts[2][0], fmt(w.y_hat), k >= 4)
        self._set(self.loss_text, f"y = {fmt(w.y)}\nL = {fmt(w.loss)}", k >= 5)
        self._set(self.delta_texts[3], f"δ = {fmt(w.delta_out)}", k >= 6, now == 6)
        self._set(self.dc_text, f"∂L/∂c = {fmt(w.grads['b2'][0, 0])}", k >= first["c"], now == first["c"])
        step = self.steps[k] if light else Step("", "", "")
        nodes = [(1, 0), (1, 1), (1, 2), (2, 0)]
        for ring, node in zip(self.rings, nodes, strict=True):
            off = node[0] == 1 and k > node[1] and w.a[node[1]] <= 0
            lit = node in step.nodes
            ring.set_facecolor(_OFF_FILL if off else "none")
            ring.set_edgecolor(_LIT if lit else (_OFF_INK if off else "none"))
            ring.set_linewidth(3.0 if lit else 1.0)
        self.lit_lines.set_segments([self.lit_segments[edge] for edge in step.edges])
        self.lit_weights = [self.weight_texts[edge] for edge in step.edges]


class _Blitter:
    """Draws the unchanging part of a figure once, then only the changing artists per frame."""

    def __init__(self, fig: Figure, dynamic: list) -> None:
        self.canvas = FigureCanvasAgg(fig)
        self.fig = fig
        self.dynamic = dynamic
        for artist in dynamic:
            artist.set_animated(True)
        self.canvas.draw()
        self.background = self.canvas.copy_from_bbox(fig.bbox)

    def png(self, on_top: list) -> bytes:
        """PNG bytes of the figure: the background, the changing artists, then ``on_top`` again."""
        self.canvas.restore_region(self.background)
        renderer = self.canvas.get_renderer()
        self.dynamic[0].draw(renderer)  # the lit lines, under the weights they pass
        for artist in on_top + self.dynamic[1:]:
            artist.draw(renderer)
        image = Image.frombuffer("RGBA", self.canvas.get_width_height(), self.canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
        buffer = io.BytesIO()
        image.save(buffer, format="png", compress_level=1)
        return buffer.getvalue()


FIG_W, FIG_H = 6.4, 3.4
AXES_BOX = (0.0, 0.0, 0.86, 1.0)  # the diagram; the strip on the right holds y and L


def draw_walk(step: int | None = None, w: Walk | None = None, *, light: bool = False) -> Figure:
    """The diagram after a step of the walk (default: the last step, every number written in).

    Inside the nodes: the forward values (x, a, ŷ); a switched-off hidden unit is grey.
    Below each node of the hidden and output layer: its error term δ (orange frame). On each
    line its weight (blue positive, vermillion negative, near the node the line enters)
    and, once computed, its gradient ∂L/∂w (orange frame, near the node the line leaves).
    With ``light=True`` the lines and nodes the step itself computes are orange.
    """
    w = walk() if w is None else w
    step = len(steps(w)) - 1 if step is None else step
    fig = plt.figure(figsize=(FIG_W, FIG_H), dpi=80)
    diagram = _Diagram(fig.add_axes(AXES_BOX), w)
    diagram.show(step, light)
    return fig


def backprop_stepper(step: int = 0) -> LessonWidget:
    """A step slider with ◀ Back and Next ▶ buttons: one computation of the walk per click."""
    w = walk()
    step_list = steps(w)
    last = len(step_list) - 1
    fig = Figure(figsize=(FIG_W, FIG_H), dpi=80)
    fig.patch.set_facecolor("white")
    diagram = _Diagram(fig.add_axes(AXES_BOX), w)
    blitter = _Blitter(fig, diagram.dynamic)
    controls = {"step": int_slider(t("step"), step, 0, last)}
    shown: dict = {}  # the image of the last step, until the widget exists to show it

    def render(values: dict) -> tuple[None, str]:
        diagram.show(values["step"])
        shown["png"] = blitter.png(diagram.lit_weights)
        if "widget" in shown:
            shown["widget"].image.value = shown["png"]
        return None, readout(step_list, values["step"])

    widget = LessonWidget(controls, render, question=t(QUESTION), layout_columns=1)
    shown["widget"] = widget
    widget.image.value = shown["png"]
    slider = controls["step"]
    back = widgets.Button(description=t("◀ Back"), layout=widgets.Layout(width="auto"))
    forward_button = widgets.Button(
        description=t("Next ▶"), button_style="primary", layout=widgets.Layout(width="auto")
    )

    def move(by: int) -> None:
        slider.value = int(np.clip(slider.value + by, 0, last))

    back.on_click(lambda _button: move(-1))
    forward_button.on_click(lambda _button: move(1))
    children = list(widget.children)
    grid_at = next(i for i, child in enumerate(children) if isinstance(child, widgets.GridBox))
    children.insert(grid_at + 1, widgets.HBox([back, forward_button]))
    widget.children = tuple(children)
    widget.buttons = {"back": back, "next": forward_button}
    widget.figure = fig
    widget.diagram = diagram
    widget.steps = step_list
    return widget
