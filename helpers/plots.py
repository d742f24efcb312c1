"""Drawing helpers: one look for every figure in the course.

Every lesson draws through this module, so all figures look alike: small (about
5 x 3.2 inches at 80 dpi), Okabe-Ito colours that colour-blind readers can tell apart,
a light grid, labelled axes, and short labels made of symbols (x₁, w, b, z, a, ŷ).
The few words the diagrams write ("input", "hidden 1", "output") go through
``helpers.i18n.t``, so a Chinese notebook's diagrams are in Chinese.

Two kinds of picture live here:

* charts of training: ``plot_loss_with_lr``, ``plot_predictions_vs_actual``,
  ``plot_weight_histograms``;
* decision boundaries of a classifier (lesson 08): ``draw_boundary``, ``BoundaryPlot``;
* diagrams: ``draw_network``, ``draw_neuron``, ``draw_factory_line``.

``format_number`` writes a number the way every figure and readout does.

Every function returns the matplotlib ``Figure``. Give ``ax=`` (where offered) to draw
into an axes you already have; the function then returns ``ax.figure``. Nothing here
calls ``plt.show()``, writes a file, or changes matplotlib's global settings: the course
style is applied to each figure as it is made.

Figures are made with ``matplotlib.pyplot`` so that notebooks show them inline. Code
that draws many times, such as a widget, should turn the figure into PNG bytes with
``figure_to_png(fig)`` and then call ``plt.close(fig)``, or open figures pile up.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from itertools import pairwise

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.colors import LinearSegmentedColormap, to_rgb
from matplotlib.figure import Figure
from matplotlib.patches import Circle, FancyArrowPatch, FancyBboxPatch
from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator, NullLocator

from .activations import get_activation
from .classify import DECISION_THRESHOLD, Classifier, data_extent, probability_map
from .fonts import register_course_font
from .i18n import N, t

__all__ = [
    "PALETTE",
    "subplots",
    "figure_to_png",
    "plot_loss_with_lr",
    "plot_predictions_vs_actual",
    "plot_weight_histograms",
    "draw_network",
    "draw_neuron",
    "draw_factory_line",
    "format_number",
    "BoundaryPlot",
    "draw_boundary",
]

# Okabe & Ito (2008): eight colours that stay distinct for colour-blind readers,
# plus a neutral grey for lines that should stay in the background.
PALETTE: dict[str, str] = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "green": "#009E73",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "sky": "#56B4E9",
    "yellow": "#F0E442",
    "black": "#000000",
    "grey": "#999999",
}

# Order of colours for successive lines: strong ones first, pale yellow last.
_CYCLE = ["blue", "orange", "green", "vermillion", "purple", "sky", "black", "yellow"]

# The course's matplotlib settings, applied only while a figure is built:
# ``with matplotlib.rc_context(STYLE): ...`` (nothing global is changed).
STYLE = {
    # Latin text in DejaVu Sans (matplotlib's own); Chinese characters fall back, glyph by glyph,
    # to the subset of Noto Sans SC that the course ships (helpers/fonts), so they show anywhere.
    "font.family": ["DejaVu Sans", register_course_font()],
    "font.size": 10,
    "axes.titlesize": 10,
    "axes.labelsize": 10,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
    "legend.fontsize": 9,
    "legend.frameon": False,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": "#444444",
    "axes.prop_cycle": matplotlib.cycler(color=[PALETTE[c] for c in _CYCLE]),
    "lines.linewidth": 1.8,
    "figure.facecolor": "white",
}

_INK = "#333333"  # text and outlines in diagrams
#: The name written in a neuron's activation box; "linear" is translated when drawn
#: (ReLU, sigmoid and tanh are names).
_ACTIVATION_NAMES = {
    "relu": "ReLU",
    "sigmoid": "sigmoid",
    "tanh": "tanh",
    "linear": N("linear"),
    "identity": N("linear"),
}


# --------------------------------------------------------------------------- basics


def subplots(
    nrows: int = 1,
    ncols: int = 1,
    *,
    width: float = 5.0,
    height: float = 3.2,
    dpi: int = 80,
    **kwargs,
) -> tuple[Figure, Axes | np.ndarray]:
    """Make a figure in the course style and return ``(fig, axes)``, like ``plt.subplots``.

    The figure is ``width`` x ``height`` inches at ``dpi`` dots per inch. Axes get a
    light grid, no top or right frame line, font size 10, and the colour-blind-safe
    palette as their line colours. Extra keyword arguments go to ``plt.subplots``
    (for example ``sharex=True``).

    Margins are fixed in inches, sized for the course's fonts: tick labels up to about
    six characters, one axis label, one title. That is fast, which widgets need (an
    automatic layout costs about 25 ms more per frame). Pass ``layout="constrained"``
    to let matplotlib fit the margins to unusual content instead.
    """
    for name, value in (("nrows", nrows), ("ncols", ncols)):
        if not isinstance(value, (int, np.integer)) or isinstance(value, bool) or value < 1:
            raise ValueError(f"{name} must be a whole number >= 1, got {value!r}")
    if not (width > 0 and height > 0 and dpi > 0):
        raise ValueError(f"width, height and dpi must be positive, got {width}, {height}, {dpi}")
    layout = kwargs.pop("layout", None)
    with matplotlib.rc_context(STYLE):
        fig, axes = plt.subplots(nrows, ncols, figsize=(width, height), dpi=dpi, layout=layout, **kwargs)
        for ax in np.atleast_1d(axes).ravel():
            style_axes(ax)
    if layout is None and "gridspec_kw" not in kwargs:
        _set_margins(
            fig,
            col_gap=0.25 if kwargs.get("sharey") in (True, "all", "row") else 0.8,
            row_gap=0.4 if kwargs.get("sharex") in (True, "all", "col") else 0.85,
        )
    return fig, axes


def _set_margins(
    fig: Figure,
    *,
    left: float = 0.75,
    right: float = 0.25,
    bottom: float = 0.5,
    top: float = 0.3,
    col_gap: float = 0.8,
    row_gap: float = 0.85,
) -> None:
    """Place the subplot grid with margins and gaps given in inches (not fractions), so
    labels keep their room whatever the figure size."""
    width, height = fig.get_size_inches()
    grid = fig.axes[0].get_subplotspec().get_gridspec()
    nrows, ncols = grid.get_geometry()
    # Never let margins eat the whole figure, even for a tiny one.
    scale = min(
        1.0, 0.6 * width / (left + right + col_gap * (ncols - 1)), 0.6 * height / (bottom + top + row_gap * (nrows - 1))
    )
    left, right, bottom, top = (m * scale for m in (left, right, bottom, top))
    col_gap, row_gap = col_gap * scale, row_gap * scale
    axes_w = (width - left - right - col_gap * (ncols - 1)) / ncols
    axes_h = (height - bottom - top - row_gap * (nrows - 1)) / nrows
    fig.subplots_adjust(
        left=left / width,
        right=1 - right / width,
        bottom=bottom / height,
        top=1 - top / height,
        wspace=col_gap / axes_w,
        hspace=row_gap / axes_h,
    )


def figure_to_png(fig: Figure, dpi: int | None = None) -> bytes:
    """Return the figure as PNG bytes, for example to show in an ``ipywidgets.Image``.

    Uses the figure's own dpi unless ``dpi`` is given. The figure stays open: close it
    with ``plt.close(fig)`` when you no longer need it.
    """
    if not isinstance(fig, Figure):
        raise ValueError(f"figure_to_png expects a matplotlib Figure, got {type(fig).__name__}")
    buffer = io.BytesIO()
    # Light compression: about 1 ms faster per frame for a few percent more bytes.
    fig.savefig(buffer, format="png", dpi=dpi or fig.dpi, pil_kwargs={"compress_level": 1})
    return buffer.getvalue()


def style_axes(ax: Axes) -> None:
    """Give one axes the course look: light grid behind the data, no top or right frame line,
    course tick sizes and colours. Widgets that build their own ``Figure`` call it on each axes."""
    ax.grid(True, color="#DDDDDD", linewidth=0.8)
    ax.set_axisbelow(True)
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(labelsize=9, color="#444444", labelcolor=_INK)
    ax.set_prop_cycle(color=[PALETTE[c] for c in _CYCLE])


def _new_or_given(ax: Axes | None) -> tuple[Figure, Axes]:
    """Use the caller's axes, or make a one-panel figure in the course style."""
    if ax is None:
        fig, ax = subplots()
        return fig, ax
    if not isinstance(ax, Axes):
        raise ValueError(f"ax must be a matplotlib Axes or None, got {type(ax).__name__}")
    style_axes(ax)
    return ax.figure, ax


def _as_1d(values, name: str) -> np.ndarray:
    """Turn a list or array of numbers into a flat float array, or explain the problem."""
    try:
        array = np.asarray(values, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a list or array of numbers") from None
    if array.ndim > 1 and sum(s > 1 for s in array.shape) <= 1:
        array = array.ravel()  # (m, 1) or (1, m) columns are fine
    if array.ndim != 1 or array.size == 0:
        raise ValueError(f"{name} must be a non-empty 1-D list or array, got shape {array.shape}")
    return array


#: The minus sign figures and readouts write: a real one (−), not a hyphen.
MINUS = "\u2212"


def format_number(value: float, decimals: int = 2, *, trim: bool = True) -> str:
    """A number as every figure and readout writes it.

    At most ``decimals`` decimals with the trailing zeros cut (exactly ``decimals``
    with ``trim=False``), never "-0", a real minus sign, and a power of ten from
    10 000 on: 180.0 -> "180", 0.9234 -> "0.92", -1.5 -> "−1.5", 123456 -> "1.23e5".
    """
    value = float(value)
    if not np.isfinite(value):
        return str(value)
    if abs(value) >= 1e4:
        mantissa, exponent = f"{value:.2e}".split("e")
        text = f"{mantissa.rstrip('0').rstrip('.')}e{int(exponent)}"
    elif round(value, decimals) == 0:
        text = "0" if trim else f"{0.0:.{decimals}f}"
    else:
        text = f"{value:.{decimals}f}"
        if trim:
            text = text.rstrip("0").rstrip(".")
    return text.replace("-", MINUS)


def tint(color: str, amount: float = 0.3) -> tuple[float, float, float]:
    """A pale version of a colour (mixed with white), used to fill nodes and boxes."""
    r, g, b = to_rgb(color)
    return (1 - amount + amount * r, 1 - amount + amount * g, 1 - amount + amount * b)


# --------------------------------------------------------------------------- charts


def plot_loss_with_lr(
    losses: Sequence[float] | np.ndarray,
    lrs: Sequence[float] | np.ndarray,
    *,
    ax: Axes | None = None,
    log_loss: bool = True,
) -> Figure:
    """Plot the training loss per epoch with the learning rate on a second y axis.

    ``losses[k]`` and ``lrs[k]`` belong to epoch k (counting from 0). The loss (blue,
    left axis) uses a log scale unless ``log_loss=False``, so both the fast start and
    the slow end of training stay visible; the learning rate is the orange dashed line
    on the right axis. A loss that blew up to inf or nan leaves a gap in the line.
    """
    from .i18n import t  # here, not at the top: diagrams below use t as a number

    loss = _as_1d(losses, "losses")
    lr = _as_1d(lrs, "lrs")
    if loss.size != lr.size:
        raise ValueError(f"losses and lrs need one value per epoch each, got {loss.size} and {lr.size}")
    loss = np.where(np.isfinite(loss), loss, np.nan)
    if log_loss and np.any(loss[np.isfinite(loss)] <= 0):
        raise ValueError("a log scale needs losses > 0; pass log_loss=False to plot zero or negative losses")
    epochs = np.arange(loss.size)
    with matplotlib.rc_context(STYLE):
        made_here = ax is None
        fig, ax = _new_or_given(ax)
        if made_here:
            _set_margins(fig, right=0.8)  # the learning-rate axis needs room on the right
        (loss_line,) = ax.plot(epochs, loss, color=PALETTE["blue"], label=t("loss"))
        if log_loss:
            ax.set_yscale("log")
            _readable_log_ticks(ax.yaxis, loss)
        ax.set_xlabel(t("epoch"))
        ax.set_ylabel(t("loss"), color=PALETTE["blue"])
        ax.tick_params(axis="y", labelcolor=PALETTE["blue"])
        ax.xaxis.set_major_locator(MaxNLocator(5, integer=True))

        ax_lr = ax.twinx()
        (lr_line,) = ax_lr.plot(epochs, lr, color=PALETTE["orange"], linestyle="--", label=t("learning rate"))
        ax_lr.set_ylabel(t("learning rate"), color=PALETTE["orange"])
        ax_lr.tick_params(axis="y", labelsize=9, labelcolor=PALETTE["orange"])
        ax_lr.spines[["top", "left"]].set_visible(False)
        ax_lr.spines["right"].set_visible(True)
        low, high = np.nanmin(lr), np.nanmax(lr)
        margin = 0.1 * (high - low) if high > low else 0.1 * abs(high) or 1.0
        # Head room above the line keeps the legend (upper right) clear of it.
        ax_lr.set_ylim(min(0.0, low - margin), high + max(margin, 0.3 * abs(high)))
        ax.legend(handles=[loss_line, lr_line], loc="upper right")
    return fig


def _readable_log_ticks(axis, values: np.ndarray) -> None:
    """Tick a log axis at 1, 2, 5 x 10^k written as plain numbers when the data spans
    few powers of ten (matplotlib alone may label just one tick there)."""
    finite = values[np.isfinite(values) & (values > 0)]
    if finite.size == 0:
        return
    decades = np.log10(finite.max()) - np.log10(finite.min())
    if decades <= 2.5 and 1e-3 <= finite.min() and finite.max() < 1e5:
        axis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
        axis.set_major_formatter(FuncFormatter(lambda v, _: format_number(v) if v >= 0.01 else f"{v:g}"))
        axis.set_minor_locator(NullLocator())  # 1-2-5 ticks say enough; minor ticks cost ~15 ms a frame
        # Start the axis at the 1-2-5 value just below the data, so the lowest loss has a tick under it.
        steps = np.array([1.0, 2.0, 5.0]) * 10.0 ** np.floor(np.log10(finite.min()))
        floor = steps[steps <= finite.min()].max()
        if finite.min() / floor <= 1.5 and axis is axis.axes.yaxis:
            axis.axes.set_ylim(bottom=floor)


def plot_predictions_vs_actual(
    y_true: Sequence[float] | np.ndarray,
    predictions_by_epoch: Mapping[int, np.ndarray],
    *,
    ncols: int | None = None,
    width: float = 5.0,
    height: float | None = None,
) -> Figure:
    """Scatter predicted against actual values, one small panel per epoch.

    ``predictions_by_epoch`` maps an epoch number to the predictions ŷ at that epoch
    (same length as ``y_true``). All panels share the same square limits and show the
    line ŷ = y, where a perfect model's points would lie. Up to three panels go in one
    row; more wrap into a grid of ``ncols`` columns (3 by default).
    """
    from .i18n import t  # here, not at the top: diagrams below use t as a number

    y = _as_1d(y_true, "y_true")
    if not isinstance(predictions_by_epoch, Mapping) or len(predictions_by_epoch) == 0:
        raise ValueError("predictions_by_epoch must be a non-empty dict {epoch: predictions}")
    predictions = {}
    for epoch, values in predictions_by_epoch.items():
        predictions[epoch] = _as_1d(values, f"predictions for epoch {epoch}")
        if predictions[epoch].size != y.size:
            raise ValueError(
                f"predictions for epoch {epoch} have {predictions[epoch].size} values, but y_true has {y.size}"
            )
    n = len(predictions)
    ncols = min(n, 3) if ncols is None else ncols
    if not isinstance(ncols, (int, np.integer)) or ncols < 1:
        raise ValueError(f"ncols must be a whole number >= 1, got {ncols!r}")
    nrows = -(-n // ncols)
    if height is None:  # square panels: as tall as they are wide, plus titles and labels
        panel = (width - 1.0 - 0.2 * (ncols - 1)) / ncols
        height = 0.8 + nrows * panel + (nrows - 1) * 0.45

    everything = np.concatenate([y, *predictions.values()])
    everything = everything[np.isfinite(everything)]
    low, high = (everything.min(), everything.max()) if everything.size else (0.0, 1.0)
    pad = 0.05 * (high - low) if high > low else 1.0
    limits = (low - pad, high + pad)

    with matplotlib.rc_context(STYLE):
        fig, axes = subplots(nrows, ncols, width=width, height=height, sharex=True, sharey=True, squeeze=False)
        _set_margins(fig, col_gap=0.2, row_gap=0.45)
        for k, ax in enumerate(axes.ravel()):
            if k >= n:
                ax.set_visible(False)
                continue
            epoch, y_hat = list(predictions.items())[k]
            ax.plot(limits, limits, color=PALETTE["grey"], linewidth=1, linestyle="--")
            ax.scatter(y, y_hat, s=9, color=PALETTE["blue"], alpha=0.6, linewidths=0)
            ax.set_xlim(limits)
            ax.set_ylim(limits)
            ax.set_aspect("equal")
            ax.set_title(t("epoch {epoch}", epoch=epoch))
            ax.xaxis.set_major_locator(MaxNLocator(3))
            ax.yaxis.set_major_locator(MaxNLocator(3))
            row, col = divmod(k, ncols)
            if row == nrows - 1 or k + ncols >= n:  # lowest panel of its column
                ax.set_xlabel(t("actual y"))
                ax.xaxis.set_tick_params(labelbottom=True)
            if col == 0:
                ax.set_ylabel(t("predicted ŷ"))
    return fig


def plot_weight_histograms(
    weights_by_epoch: Mapping[int, Mapping[str, np.ndarray]],
    *,
    bins: int = 10,
    width: float | None = None,
    height: float | None = None,
) -> Figure:
    """Histograms of weight values: one row per weight matrix, one column per epoch.

    ``weights_by_epoch`` maps an epoch number to ``{"W1": array, "W2": array, ...}``.
    Every epoch must hold the same matrices. Panels in a row share the x range, so you
    can watch a matrix's weights spread out or drift as training goes on.
    """
    from .i18n import t  # here, not at the top: diagrams below use t as a number

    if not isinstance(weights_by_epoch, Mapping) or len(weights_by_epoch) == 0:
        raise ValueError("weights_by_epoch must be a non-empty dict {epoch: {name: weights}}")
    epochs = list(weights_by_epoch)
    first = weights_by_epoch[epochs[0]]
    if not isinstance(first, Mapping) or len(first) == 0:
        raise ValueError(f"weights for epoch {epochs[0]} must be a non-empty dict {{name: array}}")
    names = list(first)
    for epoch in epochs:
        entry = weights_by_epoch[epoch]
        if not isinstance(entry, Mapping) or set(entry) != set(names):
            found = sorted(entry) if isinstance(entry, Mapping) else type(entry).__name__
            raise ValueError(f"epoch {epoch} should hold the matrices {names}, found {found}")
    if not isinstance(bins, (int, np.integer)) or bins < 1:
        raise ValueError(f"bins must be a whole number >= 1, got {bins!r}")

    nrows, ncols = len(names), len(epochs)
    width = max(5.0, 1.1 + 1.1 * ncols) if width is None else width
    height = max(2.4, 0.7 + 1.3 * nrows) if height is None else height
    with matplotlib.rc_context(STYLE):
        fig, axes = subplots(nrows, ncols, width=width, height=height, sharex="row", sharey="row", squeeze=False)
        _set_margins(fig, left=0.85, col_gap=0.3, row_gap=0.45)
        for row, name in enumerate(names):
            values = [_as_1d(np.ravel(weights_by_epoch[e][name]), f"weights {name!r} at epoch {e}") for e in epochs]
            finite = np.concatenate(values)
            finite = finite[np.isfinite(finite)]
            low, high = (finite.min(), finite.max()) if finite.size else (-1.0, 1.0)
            if high - low < 1e-12:
                low, high = low - 0.5, high + 0.5
            edges = np.linspace(low, high, bins + 1)
            colour = PALETTE[_CYCLE[row % len(_CYCLE)]]
            for col, (epoch, w) in enumerate(zip(epochs, values, strict=True)):
                ax = axes[row, col]
                counts, _ = np.histogram(w[np.isfinite(w)], bins=edges)
                ax.stairs(counts, edges, fill=True, color=colour, alpha=0.85)
                ax.stairs(counts, edges, color=colour, linewidth=1.0)
                ax.xaxis.set_major_locator(MaxNLocator(3))
                ax.yaxis.set_major_locator(MaxNLocator(3, integer=True))
                if row == 0:
                    ax.set_title(t("epoch {epoch}", epoch=epoch))
                if row == nrows - 1:
                    ax.set_xlabel(t("weight"))
                if col == 0:
                    ax.set_ylabel(t("{name}\ncount", name=name))
    return fig


# --------------------------------------------------------------------------- decision boundaries (lesson 08)


#: Colour of each class: dog (0) blue circles, cat (1) orange triangles (Okabe-Ito).
CLASS_COLOURS = {0: PALETTE["blue"], 1: PALETTE["orange"]}
CLASS_MARKERS = {0: "o", 1: "^"}
#: The map: pale blue where y_hat is near 0, white at 0.5, pale orange near 1.
PROBABILITY_COLOURS = LinearSegmentedColormap.from_list(
    "dog_to_cat", [tint(PALETTE["blue"], 0.4), (1.0, 1.0, 1.0), tint(PALETTE["orange"], 0.5)]
)


class BoundaryPlot:
    """One panel: the probability map, the y_hat = 0.5 line and the points.

    Made once; ``update`` changes the picture in place, so a widget redraws fast.
    Training points are filled; test points are hollow. Class 1 (cat) is an orange
    triangle, class 0 (dog) a blue circle, so shape alone tells them apart too.
    ``aspect="equal"`` keeps one unit of x1 as long as one unit of x2 (circles look
    round); "auto" lets the panel fill its space, which suits a grid of panels.
    """

    def __init__(self, ax: Axes, steps: int = 60, aspect: str = "equal") -> None:
        self.ax = ax
        self.steps = steps
        self.aspect = aspect
        self.image = ax.imshow(
            np.full((steps, steps), 0.5), origin="lower", extent=(0, 1, 0, 1), cmap=PROBABILITY_COLOURS,
            vmin=0, vmax=1, interpolation="bilinear", zorder=0,
        )
        self.line = None
        self.points = {}
        for split in ("train", "test"):
            for cls in (0, 1):
                colour = CLASS_COLOURS[cls]
                filled = split == "train"
                self.points[split, cls] = ax.scatter(
                    np.empty(0), np.empty(0), marker=CLASS_MARKERS[cls], s=22 if filled else 26,
                    facecolors=colour if filled else "white", edgecolors=_INK if filled else colour,
                    linewidths=0.5 if filled else 1.3, zorder=3,
                )
        ax.set_xlabel("x₁")
        ax.set_ylabel("x₂")
        ax.grid(False)

    def update(self, model: Classifier, X_train, y_train, X_test=None, y_test=None, extent=None) -> np.ndarray:
        """Redraw for this model and these points; returns the probability map."""
        tests = [] if X_test is None else [X_test]
        extent = extent or data_extent(X_train, *tests)
        p_map = probability_map(model, extent, self.steps)
        shown = np.where(np.isfinite(p_map), p_map, 0.5)  # a diverged model shows as "unsure"
        self.image.set_data(shown)
        self.image.set_extent(extent)
        if self.line is not None:
            self.line.remove()
            self.line = None
        if shown.min() < DECISION_THRESHOLD < shown.max():
            xs = np.linspace(extent[0], extent[1], self.steps)
            ys = np.linspace(extent[2], extent[3], self.steps)
            self.line = self.ax.contour(
                xs, ys, shown, levels=[DECISION_THRESHOLD], colors=_INK, linewidths=1.3, zorder=2
            )
        for split, X, y in (("train", X_train, y_train), ("test", X_test, y_test)):
            for cls in (0, 1):
                if X is None:
                    self.points[split, cls].set_offsets(np.empty((0, 2)))
                    continue
                mask = np.asarray(y).ravel() == cls
                self.points[split, cls].set_offsets(np.asarray(X)[mask])
        self.ax.set_xlim(extent[0], extent[1])
        self.ax.set_ylim(extent[2], extent[3])
        self.ax.set_aspect(self.aspect)
        return p_map


def draw_boundary(
    ax: Axes,
    model: Classifier,
    X_train,
    y_train,
    X_test=None,
    y_test=None,
    *,
    steps: int = 60,
    title: str = "",
    aspect: str = "equal",
) -> BoundaryPlot:
    """Draw a model's decision boundary into ``ax``: shaded y_hat, the 0.5 line, the points.

    Returns the ``BoundaryPlot``; its ``.image`` can feed a colour bar.
    """
    plot = BoundaryPlot(ax, steps, aspect)
    plot.update(model, X_train, y_train, X_test, y_test)
    if title:
        ax.set_title(title)
    return plot


# --------------------------------------------------------------------------- diagrams


def _diagram_axes(
    ax: Axes | None,
    bounds: tuple[float, float, float, float],
    unit_inch: float,
    max_size: tuple[float, float],
) -> tuple[Figure, Axes, float]:
    """Axes for a diagram drawn in data units with circles that stay round.

    ``bounds`` = (x0, x1, y0, y1) is the area the drawing needs. A new figure is sized
    so one data unit is ``unit_inch`` inches (smaller if the figure would pass
    ``max_size``); a given axes keeps its size. Returns (figure, axes, points per unit),
    which the caller uses to choose font sizes that fit the drawing.
    """
    x0, x1, y0, y1 = bounds
    if ax is None:
        unit_inch = min(unit_inch, max_size[0] / (x1 - x0), max_size[1] / (y1 - y0))
        fig, ax = subplots(width=(x1 - x0) * unit_inch, height=(y1 - y0) * unit_inch, layout=None)
        ax.set_position((0, 0, 1, 1))
    elif not isinstance(ax, Axes):
        raise ValueError(f"ax must be a matplotlib Axes or None, got {type(ax).__name__}")
    fig = ax.figure
    box = ax.get_position()  # in fractions of the whole (root) figure
    try:
        root = ax.get_figure(root=True)
    except TypeError:  # matplotlib < 3.10 (the browser's is 3.8), where ax.figure.figure is the root figure
        root = ax.figure.figure
    fig_w, fig_h = root.get_size_inches()
    ax_w, ax_h = box.width * fig_w, box.height * fig_h
    unit_inch = min(ax_w / (x1 - x0), ax_h / (y1 - y0))
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    ax.set_xlim(cx - ax_w / unit_inch / 2, cx + ax_w / unit_inch / 2)
    ax.set_ylim(cy - ax_h / unit_inch / 2, cy + ax_h / unit_inch / 2)
    ax.set_aspect("equal", adjustable="datalim")
    ax.axis("off")
    return fig, ax, unit_inch * 72


def _fit_font(texts: Sequence[str], room_pt: float, largest: float, smallest: float = 5.5) -> float:
    """Largest font size (pt) at which the longest text is about ``room_pt`` wide."""
    longest = max((len(t) for t in texts), default=1) or 1
    return float(np.clip(room_pt / (0.62 * longest), smallest, largest))


def _shown_nodes(n: int, max_nodes: int) -> list[int | None]:
    """Which nodes of a layer get drawn: all, or the first few, None (⋮), and the last."""
    if n <= max_nodes:
        return list(range(n))
    return list(range(max_nodes - 2)) + [None, n - 1]


def _check_network_inputs(layer_sizes, node_values, edge_weights, layer_labels, activations, max_nodes):
    """Validate draw_network's arguments; return sizes, values, weights as clean lists."""
    if isinstance(layer_sizes, (str, bytes)) or not isinstance(layer_sizes, (Sequence, np.ndarray)):
        raise ValueError(f"layer_sizes must be a list of whole numbers like [2, 3, 1], got {layer_sizes!r}")
    if len(layer_sizes) == 0:
        raise ValueError("layer_sizes is empty: give one node count per layer, like [2, 3, 1]")
    sizes = []
    for i, n in enumerate(layer_sizes):
        if not isinstance(n, (int, np.integer)) or isinstance(n, bool) or n < 1:
            raise ValueError(f"layer {i} has size {n!r}: every layer needs a whole number >= 1 of nodes")
        sizes.append(int(n))
    if not isinstance(max_nodes, (int, np.integer)) or max_nodes < 3:
        raise ValueError(f"max_nodes must be a whole number >= 3, got {max_nodes!r}")

    values = [None] * len(sizes)
    if node_values is not None:
        if len(node_values) != len(sizes):
            raise ValueError(f"node_values needs one array per layer ({len(sizes)} layers), got {len(node_values)}")
        for i, v in enumerate(node_values):
            if v is None:
                continue
            values[i] = np.asarray(v, dtype=float).ravel()
            if values[i].size != sizes[i]:
                raise ValueError(f"node_values[{i}] has {values[i].size} values, but layer {i} has {sizes[i]} nodes")

    weights = [None] * (len(sizes) - 1)
    if edge_weights is not None:
        if len(edge_weights) != len(sizes) - 1:
            raise ValueError(
                f"edge_weights needs one matrix per pair of neighbouring layers "
                f"({len(sizes) - 1}), got {len(edge_weights)}"
            )
        for i, w in enumerate(edge_weights):
            if w is None:
                continue
            weights[i] = np.asarray(w, dtype=float)
            expected = (sizes[i], sizes[i + 1])
            if weights[i].shape != expected:
                raise ValueError(
                    f"edge_weights[{i}] should have shape {expected} (nodes in layer {i}, nodes in "
                    f"layer {i + 1}), got {weights[i].shape}"
                )
    if layer_labels is not None and len(layer_labels) != len(sizes):
        raise ValueError(f"layer_labels needs one label per layer ({len(sizes)}), got {len(layer_labels)}")
    if activations is not None and len(activations) != len(sizes) - 1:
        raise ValueError(
            f"activations needs one name per layer after the input ({len(sizes) - 1}), got {len(activations)}"
        )
    return sizes, values, weights


def _node_texts(sizes: list[int], values: list, node_labels) -> list[list[str] | None]:
    """What to write inside each layer's nodes: its values (rounded), else its labels."""
    if node_labels is not None and len(node_labels) != len(sizes):
        raise ValueError(f"node_labels needs one list per layer ({len(sizes)} layers), got {len(node_labels)}")
    texts: list[list[str] | None] = []
    for layer, n in enumerate(sizes):
        if values[layer] is not None:
            texts.append([format_number(v) for v in values[layer]])
        elif node_labels is not None and node_labels[layer] is not None:
            labels = [str(t) for t in node_labels[layer]]
            if len(labels) != n:
                raise ValueError(f"node_labels[{layer}] has {len(labels)} labels, but layer {layer} has {n} nodes")
            texts.append(labels)
        else:
            texts.append(None)
    return texts


def _default_layer_labels(n_layers: int) -> list[str]:
    """ "input", "hidden 1", ..., "output" (just "hidden" when there is one hidden layer), in the
    notebook's language (Chinese: 输入层, 隐藏层 1, ..., 输出层)."""
    if n_layers == 1:
        return [t("input")]
    hidden = [t("hidden")] if n_layers == 3 else [t("hidden {i}", i=i) for i in range(1, n_layers - 1)]
    return [t("input"), *hidden, t("output")]


def _place_weight_labels(ax: Axes, edges: list, nodes: list, radius: float, font: float, unit_pt: float) -> None:
    """Write each weight on its own line where the number overlaps no other number and no
    node, and sits away from crossing lines; ``edges`` holds (x0, y0, x1, y1, weight)."""
    segments = np.array([e[:4] for e in edges], dtype=float)
    height = 1.3 * font / unit_pt  # label size in data units
    placed: list[tuple[float, float, float, float]] = []
    for k, (x0, y0, x1, y1, value) in enumerate(edges):
        text = format_number(value)
        width = (0.62 * len(text) * font + 4) / unit_pt
        others = np.delete(segments, k, axis=0)
        best = None
        for frac in np.linspace(0.2, 0.8, 25):
            cx, cy = x0 + frac * (x1 - x0), y0 + frac * (y1 - y0)
            box = (cx - width / 2, cx + width / 2, cy - height / 2, cy + height / 2)
            clash = sum(_overlap(box, other) for other in placed)
            clash += sum(_overlap(box, (nx - radius, nx + radius, ny - radius, ny + radius)) for nx, ny in nodes)
            clearance = min(_distance_to_segments(cx, cy, others), height) if len(others) else height
            score = (round(clash, 6), -round(clearance, 3), abs(frac - 0.5))
            if best is None or score < best[0]:
                best = (score, cx, cy, box)
        _, cx, cy, box = best
        placed.append(box)
        colour = PALETTE["blue"] if value >= 0 else PALETTE["vermillion"]
        ax.text(
            cx,
            cy,
            text,
            ha="center",
            va="center",
            fontsize=font,
            color=colour,
            zorder=4,
            bbox=dict(boxstyle="round,pad=0.1", fc="white", ec="none", alpha=0.9),
        )


def _overlap(a: tuple, b: tuple) -> float:
    """Overlap area of two boxes given as (x0, x1, y0, y1)."""
    dx = min(a[1], b[1]) - max(a[0], b[0])
    dy = min(a[3], b[3]) - max(a[2], b[2])
    return dx * dy if dx > 0 and dy > 0 else 0.0


def _distance_to_segments(x: float, y: float, segments: np.ndarray) -> float:
    """Shortest distance from the point (x, y) to any of the segments (x0, y0, x1, y1)."""
    p0, p1 = segments[:, :2], segments[:, 2:]
    d = p1 - p0
    frac = np.clip(((x - p0[:, 0]) * d[:, 0] + (y - p0[:, 1]) * d[:, 1]) / (d**2).sum(axis=1), 0, 1)
    closest = p0 + frac[:, None] * d
    return float(np.hypot(closest[:, 0] - x, closest[:, 1] - y).min())


def draw_network(
    layer_sizes: Sequence[int],
    *,
    ax: Axes | None = None,
    node_values: Sequence[np.ndarray | None] | None = None,
    edge_weights: Sequence[np.ndarray | None] | None = None,
    layer_labels: Sequence[str] | None = None,
    activations: Sequence[str | None] | None = None,
    max_nodes: int = 10,
    show_weights: bool = False,
    show_sizes: bool = False,
    node_labels: Sequence[Sequence[str] | None] | None = None,
) -> Figure:
    """Draw a feed-forward network: one column of circles per layer, every node joined
    to every node of the next layer.

    ``layer_sizes`` lists the node counts from input to output, e.g. ``[2, 3, 1]``.
    Columns are labelled "input", "hidden", "output" (in the notebook's language,
    see ``helpers.i18n``) unless ``layer_labels`` says otherwise. A layer with more
    than ``max_nodes`` nodes is drawn as its first nodes, "⋮", and its last node, with
    the real count written under it (``show_sizes=True`` writes the count under every
    layer).

    Optional extras:
    * ``node_values``: one 1-D array per layer (or None to skip a layer); each value is
      written inside its node, rounded to 2 decimals.
    * ``edge_weights``: one array per connection, shaped (nodes in layer l, nodes in
      layer l+1); W[i, j] joins node i to node j of the next layer. Line width shows
      the size of a weight, colour its sign (blue positive, vermillion negative).
      ``show_weights=True`` also writes each weight on its line when the net has at
      most 30 drawn edges (larger nets would be unreadable, so the numbers are skipped).
    * ``node_labels``: one list of short strings per layer (or None), written inside
      the nodes of layers that have no ``node_values``, e.g. ``[["x₁", "x₂"], None, ["ŷ"]]``.
    * ``activations``: one short name per layer after the input (e.g. "ReLU"), written
      above the column.
    """
    sizes, values, weights = _check_network_inputs(
        layer_sizes, node_values, edge_weights, layer_labels, activations, max_nodes
    )
    texts_by_layer = _node_texts(sizes, values, node_labels)
    labels = list(layer_labels) if layer_labels is not None else _default_layer_labels(len(sizes))
    shown = [_shown_nodes(n, max_nodes) for n in sizes]
    slots = max(len(s) for s in shown)
    n_edges = sum(sum(i is not None for i in a) * sum(j is not None for j in b) for a, b in pairwise(shown))
    label_weights = show_weights and n_edges <= 30 and any(w is not None for w in weights)
    has_values = any(t is not None for t in texts_by_layer)
    radius = 0.4 if has_values else 0.3
    dx = 3.2 if label_weights else 2.4
    count_line = show_sizes or any(n > max_nodes for n in sizes)
    bottom_room = 0.55 * (2 if count_line else 1) + 0.15
    top_room = 0.6 if activations is not None and any(activations) else 0.25
    spacing = 1.35 if label_weights else 1.0  # vertical distance between nodes
    half = (slots - 1) / 2 * spacing
    bounds = (
        -radius - 0.75,
        (len(sizes) - 1) * dx + radius + 0.75,
        -half - radius - bottom_room,
        half + radius + top_room,
    )

    with matplotlib.rc_context(STYLE):
        fig, ax, unit_pt = _diagram_axes(ax, bounds, unit_inch=0.55, max_size=(7.0, 4.6))
        label_font = min(10.0, 0.55 * unit_pt / 1.35, _fit_font(labels, 0.9 * dx * unit_pt, 10))
        xs = [layer * dx for layer in range(len(sizes))]
        ys = [[((len(s) - 1) / 2 - k) * spacing for k in range(len(s))] for s in shown]

        # Edges first, so nodes sit on top of them.
        labelled_edges = []
        max_w = max((np.abs(w).max() for w in weights if w is not None and w.size), default=0.0)
        for layer, (a, b) in enumerate(pairwise(shown)):
            segments, colours, widths, numbers = [], [], [], []
            for ka, i in enumerate(a):
                for kb, j in enumerate(b):
                    if i is None or j is None:
                        continue
                    segments.append([(xs[layer], ys[layer][ka]), (xs[layer + 1], ys[layer + 1][kb])])
                    w = weights[layer]
                    if w is None:
                        colours.append(PALETTE["grey"])
                        widths.append(0.8 if n_edges <= 60 else 0.5)
                    else:
                        value = w[i, j]
                        colours.append(PALETTE["blue"] if value >= 0 else PALETTE["vermillion"])
                        widths.append(0.4 + 2.6 * abs(value) / max_w if max_w > 0 else 0.8)
                        numbers.append(value)
            ax.add_collection(
                LineCollection(segments, colors=colours, linewidths=widths, alpha=0.85, zorder=1, capstyle="round")
            )
            if numbers:  # this connection has weights: remember them for the labels
                labelled_edges += [(*p, *q, w) for (p, q), w in zip(segments, numbers, strict=True)]
        if label_weights:
            centres = [
                (xs[layer], y)
                for layer, nodes in enumerate(shown)
                for y, i in zip(ys[layer], nodes, strict=True)
                if i is not None
            ]
            _place_weight_labels(
                ax, labelled_edges, centres, radius, font=float(np.clip(0.23 * unit_pt, 7, 9)), unit_pt=unit_pt
            )

        # Nodes, values inside them, ellipses for long layers.
        texts = [
            texts_by_layer[layer][i]
            for layer, nodes in enumerate(shown)
            if texts_by_layer[layer] is not None
            for i in nodes
            if i is not None
        ]
        value_font = _fit_font(texts, 1.8 * radius * unit_pt, 10.0)
        fills = [PALETTE["sky"]] + [PALETTE["orange"]] * (len(sizes) - 2) + [PALETTE["green"]]
        for layer, nodes in enumerate(shown):
            fill = tint(fills[min(layer, len(fills) - 1)], 0.35)
            for k, i in enumerate(nodes):
                x, y = xs[layer], ys[layer][k]
                if i is None:
                    ax.text(x, y, "⋮", ha="center", va="center", fontsize=min(14, 0.8 * unit_pt), color=_INK, zorder=3)
                    continue
                ax.add_patch(Circle((x, y), radius, facecolor=fill, edgecolor=_INK, linewidth=1.0, zorder=2))
                if texts_by_layer[layer] is not None:
                    ax.text(
                        x,
                        y,
                        texts_by_layer[layer][i],
                        ha="center",
                        va="center",
                        fontsize=value_font,
                        color="black",
                        zorder=3,
                    )

        # Text under and above the columns.
        y_below = -half - radius - 0.12
        for layer, n in enumerate(sizes):
            y = y_below
            if count_line:
                if show_sizes or n > max_nodes:
                    ax.text(
                        xs[layer],
                        y,
                        str(n),
                        ha="center",
                        va="top",
                        fontsize=label_font,
                        color=PALETTE["grey"] if n <= max_nodes else _INK,
                    )
            # The label goes one text line below the count, measured in points.
            ax.annotate(
                labels[layer],
                (xs[layer], y),
                xytext=(0, -1.3 * label_font if count_line else 0),
                textcoords="offset points",
                ha="center",
                va="top",
                fontsize=label_font,
                color=_INK,
            )
        if activations is not None:
            for layer, name in enumerate(activations, start=1):
                if name:
                    top = ys[layer][0] + radius
                    ax.text(
                        xs[layer],
                        top + 0.12,
                        name,
                        ha="center",
                        va="bottom",
                        fontsize=label_font,
                        color=_INK,
                        style="italic",
                    )
    return fig


def draw_neuron(
    x: Sequence[float],
    w: Sequence[float],
    b: float,
    activation: str = "relu",
    *,
    ax: Axes | None = None,
    show_values: bool = True,
) -> Figure:
    """Draw one neuron: inputs x₁…xₙ, weighted arrows into a sum Σ (+ b), an activation
    box f, and the output a.

    With ``show_values`` (the default) the numbers are written in: each xᵢ, each wᵢ,
    the bias b, the net input z = w·x + b and the output a = f(z). ``activation`` is
    one of "relu", "sigmoid", "tanh", "linear" (or "identity").
    Example from the course: x = [100, 8], w = [1.2, 5], b = 20, ReLU gives z = a = 180.
    """
    xs = _as_1d(x, "x")
    ws = _as_1d(w, "w")
    if xs.size != ws.size:
        raise ValueError(f"x and w need the same length (one weight per input), got {xs.size} and {ws.size}")
    try:
        bias = float(b)
    except (TypeError, ValueError):
        raise ValueError(f"b must be one number, got {b!r}") from None
    if not (np.all(np.isfinite(xs)) and np.all(np.isfinite(ws)) and np.isfinite(bias)):
        raise ValueError("x, w and b must be finite numbers (no nan or inf)")
    key = str(activation).lower()
    if key not in _ACTIVATION_NAMES:
        raise ValueError(f"unknown activation {activation!r}; choose one of: {', '.join(_ACTIVATION_NAMES)}")
    z = float(np.dot(ws, xs) + bias)
    activation_fn, _ = get_activation("linear" if key == "identity" else key)
    a = float(activation_fn(z))

    n = xs.size
    step = 1.15
    r_in, r_sum = 0.4, 0.62
    in_ys = [(n - 1) / 2 * step - k * step for k in range(n)]
    sum_x, box_x, out_x = 3.4, 6.1, 7.25
    bias_y = -r_sum - 0.75
    bounds = (-1.15, out_x + 1.9, min(in_ys[-1] - r_in, bias_y - 0.45) - 0.05, in_ys[0] + r_in + 0.25)
    ink = dict(color=_INK, zorder=3)
    arrow = dict(arrowstyle="-|>", mutation_scale=11, color=_INK, linewidth=1.2, zorder=1)

    with matplotlib.rc_context(STYLE):
        fig, ax, unit_pt = _diagram_axes(ax, bounds, unit_inch=0.55, max_size=(6.0, 4.0))
        font = min(10.0, 0.33 * unit_pt)
        values_in = [format_number(v) for v in xs] if show_values else [f"x{_sub(k + 1)}" for k in range(n)]
        in_font = _fit_font(values_in, 1.75 * r_in * unit_pt, font)
        for k, y in enumerate(in_ys):
            ax.add_patch(Circle((0, y), r_in, facecolor=tint(PALETTE["sky"], 0.35), edgecolor=_INK, zorder=2))
            ax.text(0, y, values_in[k], ha="center", va="center", fontsize=in_font, **ink)
            if show_values:
                ax.text(-r_in - 0.1, y, f"x{_sub(k + 1)}", ha="right", va="center", fontsize=font, **ink)
            # Arrow from the input circle's edge to the sum circle's edge.
            direction = np.array([sum_x, 0.0]) - np.array([0.0, y])
            direction /= np.linalg.norm(direction)
            start, end = direction * r_in + (0, y), np.array([sum_x, 0.0]) - direction * r_sum
            ax.add_patch(FancyArrowPatch(start, end, **arrow))
            mid = start + 0.42 * (end - start)
            label = f"w{_sub(k + 1)} = {format_number(ws[k])}" if show_values else f"w{_sub(k + 1)}"
            ax.text(
                *mid,
                label,
                ha="center",
                va="center",
                fontsize=font * 0.9,
                color=PALETTE["blue"],
                zorder=4,
                bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none"),
            )

        ax.add_patch(
            Circle((sum_x, 0), r_sum, facecolor=tint(PALETTE["orange"], 0.35), edgecolor=_INK, linewidth=1.2, zorder=2)
        )
        ax.text(sum_x, 0.14, "Σ", ha="center", va="center", fontsize=font * 1.5, **ink)
        ax.text(sum_x, -0.3, "+ b", ha="center", va="center", fontsize=font * 0.85, **ink)
        ax.add_patch(FancyArrowPatch((sum_x, bias_y + 0.05), (sum_x, -r_sum), **arrow))
        ax.text(
            sum_x,
            bias_y,
            f"b = {format_number(bias)}" if show_values else "b",
            ha="center",
            va="top",
            fontsize=font * 0.9,
            color=PALETTE["vermillion"],
            zorder=3,
        )

        box_w, box_h = 1.15, 0.7
        ax.add_patch(
            FancyBboxPatch(
                (box_x - box_w / 2, -box_h / 2),
                box_w,
                box_h,
                boxstyle="round,pad=0.04,rounding_size=0.12",
                facecolor=tint(PALETTE["green"], 0.35),
                edgecolor=_INK,
                linewidth=1.2,
                zorder=2,
            )
        )
        name = t(_ACTIVATION_NAMES[key])
        ax.text(
            box_x, 0, name, ha="center", va="center", fontsize=_fit_font([name], 0.9 * box_w * unit_pt, font), **ink
        )
        ax.text(box_x, box_h / 2 + 0.1, "f", ha="center", va="bottom", fontsize=font, style="italic", **ink)
        ax.add_patch(FancyArrowPatch((sum_x + r_sum, 0), (box_x - box_w / 2 - 0.05, 0), **arrow))
        z_text = f"z = {format_number(z)}" if show_values else "z"
        gap = box_x - box_w / 2 - sum_x - r_sum  # length of the arrow the label sits on
        ax.text(
            (sum_x + r_sum + box_x - box_w / 2) / 2,
            0.12,
            z_text,
            ha="center",
            va="bottom",
            fontsize=_fit_font([z_text], 0.95 * gap * unit_pt, font * 0.9),
            **ink,
        )
        ax.add_patch(FancyArrowPatch((box_x + box_w / 2 + 0.05, 0), (out_x + 0.1, 0), **arrow))
        # A sigmoid or tanh output shown as "1" would look like it reached its limit: say ≈.
        shown_a = format_number(a)
        sign = "≈" if shown_a in ("0", "1", MINUS + "1") and float(shown_a.replace(MINUS, "-")) != a else "="
        a_text = f"a {sign} {format_number(a)}" if show_values else "a"
        ax.text(
            out_x + 0.2,
            0,
            a_text,
            ha="left",
            va="center",
            fontsize=_fit_font([a_text], 1.65 * unit_pt / 1.1, font),
            fontweight="bold",
            **ink,
        )
    return fig


def _sub(number: int) -> str:
    """A whole number written in subscript digits: 12 -> "₁₂"."""
    return str(number).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


def draw_factory_line(ax: Axes | None = None) -> Figure:
    """Draw a network as a factory line: raw material x goes through two workshops,
    "hidden 1" and "hidden 2" (the hidden layers), on a conveyor belt and comes out as
    the product ŷ.

    Only the symbols x and ŷ and the short words "input", "hidden 1", "hidden 2",
    "output" appear (in the notebook's language, see ``helpers.i18n``), so the lesson
    text around the figure does the explaining. The workshops carry words, not h₁ and
    h₂, because the course uses h₁, h₂, ... for the nodes of one hidden layer.
    """
    stations = [  # (x centre, box width, label, colour, is a symbol)
        (0.0, 1.1, "x", PALETTE["sky"], True),
        (2.55, 1.55, t("hidden {i}", i=1), PALETTE["orange"], False),
        (4.6, 1.55, t("hidden {i}", i=2), PALETTE["orange"], False),
        (7.15, 1.1, "ŷ", PALETTE["green"], True),
    ]
    box_h = 0.95
    belt_y = -box_h / 2 - 0.22
    bounds = (-1.0, 8.15, belt_y - 0.95, box_h / 2 + 0.45)
    ink = dict(color=_INK, zorder=4)
    with matplotlib.rc_context(STYLE):
        fig, ax, unit_pt = _diagram_axes(ax, bounds, unit_inch=0.6, max_size=(5.2, 2.2))
        font = min(18.0, 0.55 * unit_pt)
        small = min(10.0, 0.3 * unit_pt)
        word = min(11.0, 0.33 * unit_pt)
        # The hidden layers share one workshop hall: a dashed frame around both workshops.
        (hall_x0, hall_w, *_), (hall_x1, hall_w1, *_) = stations[1], stations[2]
        left, right = hall_x0 - hall_w / 2 - 0.2, hall_x1 + hall_w1 / 2 + 0.2
        ax.add_patch(
            FancyBboxPatch(
                (left, -box_h / 2 - 0.12),
                right - left,
                box_h + 0.34,
                boxstyle="round,pad=0,rounding_size=0.15",
                facecolor="none",
                edgecolor=PALETTE["orange"],
                linestyle="--",
                linewidth=1.2,
                zorder=1,
            )
        )
        # Conveyor belt with rollers under all stations.
        ax.add_patch(
            FancyBboxPatch(
                (-0.8, belt_y - 0.16),
                8.75,
                0.32,
                boxstyle="round,pad=0,rounding_size=0.16",
                facecolor=tint(PALETTE["grey"], 0.4),
                edgecolor=_INK,
                linewidth=1.0,
                zorder=1,
            )
        )
        for roller_x in np.arange(-0.6, 8.0, 0.55):
            ax.add_patch(Circle((roller_x, belt_y), 0.09, facecolor="white", edgecolor=_INK, linewidth=0.7, zorder=2))
        for x, box_w, label, colour, is_symbol in stations:
            ax.add_patch(
                FancyBboxPatch(
                    (x - box_w / 2, -box_h / 2),
                    box_w,
                    box_h,
                    boxstyle="round,pad=0,rounding_size=0.15",
                    facecolor=tint(colour, 0.4),
                    edgecolor=_INK,
                    linewidth=1.2,
                    zorder=3,
                )
            )
            if is_symbol:
                ax.text(x, 0, label, ha="center", va="center", fontsize=font, style="italic", **ink)
            else:
                ax.text(x, 0, label, ha="center", va="center", fontsize=word, **ink)
        for (x0, w0, *_), (x1, w1, *_) in pairwise(stations):
            ax.add_patch(
                FancyArrowPatch(
                    (x0 + w0 / 2 + 0.04, 0),
                    (x1 - w1 / 2 - 0.04, 0),
                    arrowstyle="-|>",
                    mutation_scale=14,
                    linewidth=1.6,
                    color=_INK,
                    zorder=4,
                )
            )
        for x, word_below in ((stations[0][0], t("input")), (stations[-1][0], t("output"))):
            ax.text(x, belt_y - 0.3, word_below, ha="center", va="top", fontsize=small, **ink)
    return fig


# --------------------------------------------------------------------------- lesson 05: a computational graph

#: The nodes of the graph drawn by ``draw_backprop_graph``: key, kind, position (x, y) in diagram units.
#: "leaf" nodes are numbers that come in (an input, a weight, a bias, the target); the other
#: kinds are operations, each drawn with the value it produces above and its gradient below.
_GRAPH_NODES = [
    ("x1", "leaf", (0.0, 2.5)),
    ("w1", "leaf", (0.0, 1.3)),
    ("x2", "leaf", (0.0, -0.1)),
    ("w2", "leaf", (0.0, -1.3)),
    ("p1", "×", (2.0, 1.9)),
    ("p2", "×", (2.0, -0.7)),
    ("b", "leaf", (2.0, 0.6)),
    ("z", "+", (3.9, 0.6)),
    ("a", "ReLU", (5.6, 0.6)),
    ("v", "leaf", (5.6, -1.0)),
    ("av", "×", (7.3, 0.6)),
    ("rest", "leaf", (7.2, 2.4)),
    ("c", "leaf", (7.3, -1.0)),
    ("y_hat", "+", (9.0, 0.6)),
    ("y", "leaf", (11.2, -1.0)),
    ("L", "½(ŷ − y)²", (11.2, 0.6)),
]
#: Which node feeds which: (from, to).
_GRAPH_EDGES = [
    ("x1", "p1"), ("w1", "p1"), ("x2", "p2"), ("w2", "p2"),
    ("p1", "z"), ("p2", "z"), ("b", "z"), ("z", "a"),
    ("a", "av"), ("v", "av"), ("av", "y_hat"), ("rest", "y_hat"), ("c", "y_hat"),
    ("y_hat", "L"), ("y", "L"),
]  # fmt: skip


def _graph_names(unit: int) -> dict[str, str]:
    """The symbol of each node for hidden unit ``unit`` (1, 2 or 3) of the 2 -> 3 -> 1 network."""
    j = _sub(unit)
    others = [k for k in (1, 2, 3) if k != unit]
    return {
        "x1": "x₁",
        "x2": "x₂",
        "w1": f"w₁{j}",
        "w2": f"w₂{j}",
        "p1": f"x₁w₁{j}",
        "p2": f"x₂w₂{j}",
        "b": f"b{j}",
        "z": f"z{j}",
        "a": f"a{j}",
        "v": f"v{j}",
        "av": f"v{j}a{j}",
        "rest": " + ".join(f"v{_sub(k)}a{_sub(k)}" for k in others),
        "c": "c",
        "y_hat": "ŷ",
        "y": "y",
        "L": "L",
    }


def draw_backprop_graph(
    values: Mapping[str, float],
    grads: Mapping[str, float],
    *,
    unit: int = 1,
    ax: Axes | None = None,
) -> Figure:
    """Draw the computational graph of one house's loss along the path of one hidden unit.

    The path is x₁, x₂ → × w₁ⱼ, × w₂ⱼ → + bⱼ → ReLU → × vⱼ → + (the other units' vⱼaⱼ) + c
    → ½(ŷ − y)² → L. Each operation is a small node (×, +, ReLU, the loss) with the value it
    produces written above it and its gradient ∂L/∂(that value) below it, in an orange frame;
    the numbers coming in (inputs, weights, biases, the other units' share, the target) sit in
    boxes, with their gradient under them when they have one.

    ``values`` maps every node key to its number: "x1", "x2", "w1", "w2" (the unit's two
    weights), "p1", "p2" (the two products), "b", "z", "a", "v", "av", "rest", "c", "y_hat",
    "y", "L". ``grads`` maps keys to gradients; keys it leaves out (such as "x1" or "y")
    are drawn without one. ``unit`` (1, 2 or 3) only chooses the subscripts.
    """
    if unit not in (1, 2, 3):
        raise ValueError(f"unit must be 1, 2 or 3 (a hidden unit of the 2 -> 3 -> 1 network), got {unit!r}")
    keys = [key for key, _, _ in _GRAPH_NODES]
    missing = [key for key in keys if key not in values]
    if missing:
        raise ValueError(f"values has no number for {', '.join(missing)}; it needs one for each of {', '.join(keys)}")
    unknown = [key for key in grads if key not in keys]
    if unknown:
        raise ValueError(f"grads has unknown keys {', '.join(unknown)}; use keys from {', '.join(keys)}")
    names = _graph_names(unit)
    where = {key: position for key, _, position in _GRAPH_NODES}
    kinds = {key: kind for key, kind, _ in _GRAPH_NODES}
    back = dict(boxstyle="round,pad=0.2", fc="white", ec=PALETTE["orange"], lw=1.2)
    leaf_box = dict(boxstyle="round,pad=0.25", fc=tint(PALETTE["sky"], 0.3), ec=_INK, lw=0.9)
    radius = 0.3
    with matplotlib.rc_context(STYLE):
        fig, ax, unit_pt = _diagram_axes(ax, (-0.9, 12.3, -2.15, 3.0), unit_inch=0.55, max_size=(7.0, 3.2))
        font = float(np.clip(0.2 * unit_pt, 6.5, 8.5))

        def size(key: str) -> tuple[float, float]:
            """Half width and half height of a node, for where arrows start and end."""
            if kinds[key] == "leaf":
                text = f"{names[key]} = {format_number(values[key], 3)}"
                return (0.62 * len(text) * font + 8) / unit_pt / 2, (font + 8) / unit_pt / 2
            if kinds[key] in ("×", "+"):
                return radius, radius
            return (0.62 * len(kinds[key]) * font + 10) / unit_pt / 2, radius

        for start, end in _GRAPH_EDGES:
            (x0, y0), (x1, y1) = where[start], where[end]
            (w0, h0), (w1, h1) = size(start), size(end)
            d = np.array([x1 - x0, y1 - y0])
            # leave and enter each node at the edge of its box (a circle is close enough to its box)
            t0 = min(w0 / abs(d[0]) if d[0] else np.inf, h0 / abs(d[1]) if d[1] else np.inf)
            t1 = min(w1 / abs(d[0]) if d[0] else np.inf, h1 / abs(d[1]) if d[1] else np.inf)
            ax.add_patch(
                FancyArrowPatch(
                    (x0 + t0 * d[0], y0 + t0 * d[1]),
                    (x1 - t1 * d[0], y1 - t1 * d[1]),
                    arrowstyle="-|>",
                    mutation_scale=9,
                    color=PALETTE["grey"],
                    linewidth=1.0,
                    zorder=1,
                )
            )
        for key, kind, (x, y) in _GRAPH_NODES:
            grad = grads.get(key)
            if kind == "leaf":
                ax.text(
                    x, y, f"{names[key]} = {format_number(values[key], 3)}", ha="center", va="center",
                    fontsize=font, color=_INK, zorder=3, bbox=leaf_box,
                )  # fmt: skip
                below = y - (font + 8) / unit_pt / 2 - 0.12
            else:
                if kind in ("×", "+"):
                    ax.add_patch(
                        Circle((x, y), radius, facecolor=tint(PALETTE["orange"], 0.35), edgecolor=_INK, zorder=2)
                    )
                    ax.text(x, y, kind, ha="center", va="center", fontsize=font * 1.4, color=_INK, zorder=3)
                else:
                    fill = PALETTE["green"] if key == "L" else PALETTE["orange"]
                    ax.text(
                        x, y, kind, ha="center", va="center", fontsize=font, color=_INK, zorder=3,
                        bbox=dict(boxstyle="round,pad=0.35", fc=tint(fill, 0.35), ec=_INK, lw=1.0),
                    )  # fmt: skip
                # ŷ's value goes up and to the right, clear of the arrow coming down from the left
                right = key == "y_hat"
                ax.text(
                    x + (radius if right else 0), y + radius + 0.1, f"{names[key]} = {format_number(values[key], 3)}",
                    ha="left" if right else "center", va="bottom", fontsize=font, color="black", zorder=3,
                    fontweight="bold",
                )  # fmt: skip
                below = y - radius - 0.12
            if grad is not None:
                ax.text(
                    x, below, f"g = {format_number(grad, 3)}", ha="center", va="top", fontsize=font, color=_INK,
                    zorder=3, bbox=back,
                )  # fmt: skip
    return fig


__all__ += ["draw_backprop_graph"]


# --------------------------------------------------------------------------- digits (lesson 09)


#: Blue for negative weights, white for 0, orange for positive ones.
WEIGHT_COLOURS = LinearSegmentedColormap.from_list("weights", [PALETTE["blue"], "#FFFFFF", PALETTE["orange"]])


def show_digit(ax: Axes, image: np.ndarray, title: str = "", *, weights: bool = False) -> None:
    """Draw one image on ``ax``: 64 pixels (0-16 or 0-1) as 8 x 8, or a 32 x 32 drawing, ink dark.

    With ``weights=True`` the 64 numbers are weights: orange above 0, blue below, on one scale.
    """
    image = np.asarray(image, dtype=float)
    side = int(round(np.sqrt(image.size)))
    if side * side != image.size:
        raise ValueError(f"An image needs a square number of pixels (64 or 1024), got {image.size}.")
    image = image.reshape(side, side)
    if weights:
        limit = float(np.abs(image).max()) or 1.0
        ax.imshow(image, cmap=WEIGHT_COLOURS, vmin=-limit, vmax=limit)
    else:
        # a data-set pixel counts up to 16 inked dots; a drawing's pixels are 0 or 1
        ax.imshow(image, cmap="gray_r", vmin=0, vmax=16 if image.max() > 1 else 1)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)
    for spine in ax.spines.values():  # a thin frame: the edge of the box
        spine.set_visible(True)
        spine.set_color(PALETTE["grey"])
        spine.set_linewidth(0.6)
    if title:
        ax.set_title(title, fontsize=8, pad=2)


__all__ += ["show_digit", "WEIGHT_COLOURS"]
