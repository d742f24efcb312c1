"""Lesson 06: optimizers walking down a loss map with two weights.

The map is ``helpers.surfaces.house_surface``: the half mean squared error of
price ≈ w1 * area + w2 * location over the two weights, for the source's houses
as they are or standardised. Height lines (contours) join points of equal loss;
the star marks the bottom.

- ``draw_surface(ax, surface)`` draws the map; ``draw_path(ax, run)`` adds a path
  from ``helpers.surfaces.run_optimizer``. The lesson's static figures use them.
- ``optimizer_explorer()`` is the lesson's widget: optimizer, learning rate, batch
  size and scaling on or off -> the path on the map and the loss per epoch.

The widget draws both maps once (they do not depend on the optimizer) and only
shows the one that fits the scaling setting; a change reruns the optimizer and
draws only the path, the markers and the loss curve over a saved background.
"""

from __future__ import annotations

import functools
import io

import ipywidgets as widgets
import numpy as np
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, LogLocator, NullLocator
from PIL import Image

from ..i18n import N, t
from ..plots import PALETTE, STYLE, style_axes
from ..surfaces import Run, Surface, house_surface, run_optimizer
from ._base import LessonWidget, dropdown

#: Every run of the widget lasts this many epochs (passes over the 100 houses).
EPOCHS = 30
#: The batch sizes the widget offers; None means all samples (full batch).
BATCH_SIZES = (1, 8, 32, None)
OPTIMIZER_NAMES = {"gd": N("gradient descent"), "momentum": N("momentum"), "adam": N("Adam")}
CONTOUR_COLOUR = "#BBBBBB"
GRID_STEPS = 80  # points per side of the contour grid

#: The question above the widget, a template: {epochs} is EPOCHS.
QUESTION = N(
    "With scaling off, find a learning rate where plain gradient descent does not blow up. "
    "How far does it get in {epochs} epochs? Now turn scaling on. Then try momentum and Adam with scaling off."
)


@functools.cache
def surface(scaled: bool) -> Surface:
    """The lesson's two surfaces, built once: the source's houses as they are (False) or standardised (True)."""
    return house_surface(scaled)


def contour_levels(s: Surface, n: int = 9) -> np.ndarray:
    """Loss values for the height lines: spaced evenly on a log scale above the lowest loss."""
    floor, top = s.best_loss(), s.loss((0.0, 0.0))
    return floor + (top - floor) * np.geomspace(2e-3, 2.0, n)


def draw_surface(ax: Axes, s: Surface, *, steps: int = GRID_STEPS):
    """Height lines of the loss over (w1, w2), a star at the bottom, labelled axes. Returns the contour set."""
    w1_low, w1_high, w2_low, w2_high = s.window
    w1 = np.linspace(w1_low, w1_high, steps)
    w2 = np.linspace(w2_low, w2_high, steps)
    contours = ax.contour(w1, w2, s.grid(w1, w2), levels=contour_levels(s), colors=CONTOUR_COLOUR, linewidths=0.9)
    best = s.best()
    ax.plot(*best, marker="*", color=PALETTE["black"], markersize=11, linestyle="none", zorder=4)  # above the path
    ax.set_xlim(w1_low, w1_high)
    ax.set_ylim(w2_low, w2_high)
    ax.set_xlabel("w₁")
    ax.set_ylabel("w₂")
    return contours


def draw_path(ax: Axes, run: Run, colour: str = PALETTE["blue"], label: str | None = None) -> None:
    """A path on the map: a line through every point it visited, a black dot at the start, a dot at the end."""
    points = run.points
    marker = "o" if len(points) <= 60 else None
    ax.plot(points[:, 0], points[:, 1], color=colour, linewidth=0.9, marker=marker, markersize=2, label=label)
    ax.plot(*points[0], "o", color=PALETTE["black"], markersize=5)
    if not run.blew_up:
        ax.plot(*points[-1], "o", color=colour, markersize=6, markeredgecolor="white")


def distance_left(s: Surface, w) -> float:
    """How far weights w still are from the bottom, as a share of the distance from the start (0, 0)."""
    best = s.best()
    return float(np.linalg.norm(np.asarray(w) - best) / np.linalg.norm(best))


def _batch_label(size: int | None, m: int) -> str:
    if size is None:
        return t("all {m} (full batch)", m=m)
    return t("1 (SGD)") if size == 1 else str(size)


def _num(x: float) -> str:
    """A number short enough for a readout: 3 significant digits, no exponent for everyday sizes."""
    if x == 0 or 1e-3 <= abs(x) < 1e5:
        return f"{x:.3g}" if abs(x) < 1000 else f"{x:,.0f}"
    return f"{x:.2e}"


def describe(run: Run, s: Surface, optimizer: str, lr: float, batch_size: int | None) -> str:
    """The readout: what ran, how many updates, where it ended."""
    per_epoch = 1 if batch_size is None else -(-s.m // batch_size)
    head = t(
        "<b>{optimizer}</b>, learning rate {lr}, batch size {batch}, data {data}: {updates} per epoch.",
        optimizer=t(OPTIMIZER_NAMES[optimizer]),
        lr=_num(lr),
        batch=_batch_label(batch_size, s.m),
        data=t("standardised") if s.scaled else t("as it is"),
        updates=t("{n} updates", n=per_epoch) if per_epoch > 1 else t("{n} update", n=per_epoch),
    )
    red = PALETTE["vermillion"]
    if run.blew_up:
        return f"{head}<br>" + t(
            "<b style='color: {colour}'>Blew up</b> after {updates} updates: "
            "the weights grew without limit. Make the learning rate smaller.",
            colour=red,
            updates=run.updates,
        )
    w1, w2 = run.final
    b1, b2 = s.best()
    text = f"{head}<br>" + t(
        "After <b>{updates} updates</b> ({epochs} epochs): final loss <b>{final}</b> "
        "(start {start}, best possible {best}). ",
        updates=run.updates,
        epochs=EPOCHS,
        final=_num(run.losses[-1]),
        start=_num(run.losses[0]),
        best=_num(s.best_loss()),
    )
    if run.losses[-1] > run.losses[0]:
        return text + t(
            "<b style='color: {colour}'>The loss grew</b>: every step overshoots a little more. "
            "Make the learning rate smaller.",
            colour=red,
        )
    return text + t(
        "Weights w₁ = {w1:.2f}, w₂ = {w2:.2f} (best {b1:.2f}, {b2:.2f}): "
        "<b>{left:.0f}%</b> of the way from the start to the bottom is still left.",
        w1=w1,
        w2=w2,
        b1=b1,
        b2=b2,
        left=100 * distance_left(s, run.final),
    )


class _Maps:
    """Both loss maps and the loss panel, drawn once; ``show`` moves the path and the curve.

    Everything that does not change with the optimizer (height lines, axes, ticks,
    the floor line) is drawn once per scaling setting and kept as a picture, the
    background. A change only pastes that background back and draws the path, its
    markers and the loss curve on top ("blitting"): far less work than drawing the
    whole figure again.
    """

    def __init__(self, fig: Figure) -> None:
        self.fig = fig
        self.canvas = FigureCanvasAgg(fig)
        self.ax_map, self.ax_loss = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1, 1.15]})
        for ax in (self.ax_map, self.ax_loss):
            style_axes(ax)
        self.layers = {}
        self.stars = {}
        for scaled in (False, True):
            s = surface(scaled)
            before = len(self.ax_map.lines)
            contours = draw_surface(self.ax_map, s)
            self.layers[scaled] = [contours, *self.ax_map.lines[before:]]
            self.stars[scaled] = self.ax_map.lines[-1]  # draw_surface draws the star last
        self.ax_map.set_title("")
        (self.path,) = self.ax_map.plot([], [], color=PALETTE["blue"], linewidth=0.9, marker="o", markersize=2)
        (self.start,) = self.ax_map.plot([0.0], [0.0], "o", color=PALETTE["black"], markersize=5)
        (self.end,) = self.ax_map.plot([], [], "o", color=PALETTE["blue"], markersize=6, markeredgecolor="white")

        ax = self.ax_loss
        ax.set_yscale("log")
        ax.set_xlabel(t("epoch"), fontfamily=STYLE["font.family"])  # the course font draws Chinese
        ax.set_ylabel("L")
        ax.yaxis.set_major_locator(LogLocator(base=10))
        ax.yaxis.set_minor_locator(NullLocator())
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))  # plain text: much faster than 10^k
        ax.set_xlim(0, EPOCHS)
        (self.curve,) = ax.plot([], [], color=PALETTE["blue"], marker="o", markersize=2.5)
        self.floor = ax.axhline(1.0, color=PALETTE["grey"], linestyle="--", linewidth=1)
        self.scaled: bool | None = None
        self.backgrounds: dict[bool, object] = {}
        self.last_png = b""  # the picture of the latest change
        # Drawn on top of the background at every change, in this order (the star stays above the path).
        self.moving = [self.path, self.start, self.end, *self.stars.values(), self.curve]
        for artist in self.moving:
            artist.set_animated(True)  # left out of the background

    def _switch(self, scaled: bool) -> None:
        if scaled == self.scaled:
            return
        for key, artists in self.layers.items():
            for artist in artists:
                artist.set_visible(key == scaled)
        s = surface(scaled)
        w1_low, w1_high, w2_low, w2_high = s.window
        self.ax_map.set_xlim(w1_low, w1_high)
        self.ax_map.set_ylim(w2_low, w2_high)
        floor, top = s.best_loss(), s.loss((0.0, 0.0))
        self.floor.set_ydata([floor, floor])
        self.ax_loss.set_ylim(floor / 2, top * 30)
        self.scaled = scaled

    def _background(self, scaled: bool):
        """The still part of the picture for this scaling setting, drawn the first time it is needed."""
        if scaled not in self.backgrounds:
            self.canvas.draw()
            self.backgrounds[scaled] = self.canvas.copy_from_bbox(self.fig.bbox)
        return self.backgrounds[scaled]

    def show(self, run: Run, scaled: bool) -> bytes:
        """Move the path, its end and the loss curve to ``run``; return the whole picture as PNG bytes."""
        self._switch(scaled)
        points = run.points
        self.path.set_data(points[:, 0], points[:, 1])
        self.path.set_marker("o" if len(points) <= 60 else "None")
        self.path.set_linewidth(0.9 if len(points) <= 1000 else 0.6)
        if run.blew_up:
            self.end.set_data([], [])
        else:
            self.end.set_data([points[-1, 0]], [points[-1, 1]])
        self.curve.set_data(np.arange(len(run.losses)), run.losses)
        self.canvas.restore_region(self._background(scaled))
        renderer = self.canvas.get_renderer()
        for artist in self.moving:
            if artist.get_visible():
                artist.draw(renderer)
        return self.png()

    def png(self) -> bytes:
        """The canvas as it is now, as PNG bytes (light compression: quick, a few percent larger)."""
        buffer = io.BytesIO()
        image = Image.frombuffer("RGBA", self.canvas.get_width_height(), self.canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
        image.save(buffer, format="png", compress_level=1)
        return buffer.getvalue()


def optimizer_explorer(
    optimizer: str = "gd", lr: float = 0.01, batch_size: int | None = None, scaled: bool = False
) -> LessonWidget:
    """Optimizer, learning rate, batch size and scaling -> the path on the loss map and the loss per epoch."""
    fig = Figure(figsize=(7.0, 3.0), dpi=80)
    fig.patch.set_facecolor("white")
    fig.subplots_adjust(left=0.09, right=0.98, bottom=0.16, top=0.96, wspace=0.3)
    maps = _Maps(fig)
    m = surface(False).m
    controls = {
        "optimizer": dropdown(t("optimizer"), [(t(name), key) for key, name in OPTIMIZER_NAMES.items()], optimizer),
        "lr": widgets.FloatLogSlider(
            value=lr, base=10, min=-5, max=0.5, step=0.05, description=t("learning rate η"),
            readout_format=".2g", continuous_update=True, style={"description_width": "initial"},
        ),
        "batch_size": dropdown(
            t("batch size"), [(_batch_label(b, m), m if b is None else b) for b in BATCH_SIZES],
            m if batch_size is None else batch_size,
        ),
        "scaled": widgets.Checkbox(value=scaled, description=t("standardise the data"), indent=False),
    }

    shown: dict[str, LessonWidget] = {}  # the widget, once it exists

    def render(values: dict) -> tuple[None, str]:
        s = surface(bool(values["scaled"]))
        size = None if values["batch_size"] >= s.m else int(values["batch_size"])
        run = run_optimizer(s, values["optimizer"], float(values["lr"]), EPOCHS, size, seed=0)
        maps.last_png = maps.show(run, s.scaled)
        if "widget" in shown:
            shown["widget"].image.value = maps.last_png
        # The picture is set here, drawn by blitting, not by LessonWidget (which would redraw the whole figure).
        return None, describe(run, s, values["optimizer"], float(values["lr"]), size)

    widget = LessonWidget(controls, render, question=t(QUESTION, epochs=EPOCHS))
    shown["widget"] = widget
    widget.image.value = maps.last_png  # the first picture, drawn while the widget was being built
    widget.figure = fig  # kept so a test can read the state of the picture
    widget.maps = maps
    return widget
