"""Lesson 07 widget: retrain the house-price network live.

``house_trainer()``: choose the number of hidden units, the learning rate, the
number of epochs, the optimizer and whether the inputs and prices are
standardised. A change trains the 2 -> h -> 1 network on the source's 100 houses
(when only the epochs change, the last run is lengthened or read back, which
gives the same numbers as training again) and redraws two panels: the training
loss per epoch against the least-squares floor, and predicted against actual
prices on the 100 validation houses. The readout compares the final training
loss with the floor and gives the loss on the validation houses (the test houses
are never shown here: they are scored once, in the lesson). If the loss blows
up, training stops and the readout says so.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import ipywidgets as widgets
import matplotlib
import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, FuncFormatter, NullLocator

from ..data import Scaler, least_squares, make_house_prices
from ..house import HOUSE_ACTIVATIONS, SOURCE_SEED, VALIDATION_SEED, HouseModel
from ..i18n import N, t
from ..losses import half_mse
from ..network import init_params
from ..plots import PALETTE, STYLE, style_axes
from ._base import LessonWidget, dropdown, int_slider
from ._fastdraw import FastFigure
from ._resume import ResumableRun, RunCache

LEARNING_RATES = [0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0]
OPTIMIZERS = ["gd", "momentum", "adam"]
#: How the optimizer dropdown names each optimizer (translated when the widget is built).
OPTIMIZER_LABELS = {"gd": N("gd"), "momentum": N("momentum"), "adam": N("Adam")}
#: The scaling dropdown: (label, value); the labels are translated when the widget is built.
SCALING = [(N("on"), "on"), (N("off"), "off")]
#: The bound the lesson asks for: at most 10% above the least-squares floor.
TARGET_FACTOR = 1.1
#: The epochs slider: from EPOCH_STEP to MAX_EPOCHS in steps of EPOCH_STEP.
EPOCH_STEP, MAX_EPOCHS = 10, 1000
#: The loss panel's epoch axis ends at the first of these that fits the run, so that
#: runs of similar length share one drawn background (see FastFigure).
EPOCH_AXIS_ENDS = (100, 200, 500, 1000)

QUESTION = N(
    "Turn scaling off, keeping Adam: how far above the floor do you end, and how many hidden units are dead? "
    "Then turn scaling back on and find the smallest number of epochs that still reaches the dotted green line "
    "(1.1 times the floor). Finally, switch to gd with scaling off and try each learning rate: what happens?"
)


@lru_cache(maxsize=1)
def house_data() -> dict[str, Any]:
    """The source's 100 houses, the 100 validation houses, and the floor (computed once)."""
    X, y = make_house_prices(100, seed=SOURCE_SEED)
    X_val, y_val = make_house_prices(100, seed=VALIDATION_SEED)
    w, b = least_squares(X, y)
    return {
        "X": X,
        "y": y,
        "X_val": X_val,
        "y_val": y_val,
        "floor": half_mse(X @ w + b, y),
    }


def log_ticks(low: float, high: float) -> list[float]:
    """At most about 7 tick values for a log axis from low to high: 1, 3, 10, 30, ... over a
    narrow range; 1, 10, 100, ... (or every second or third power of ten) over a wide one."""
    first, last = int(np.floor(np.log10(low))), int(np.ceil(np.log10(high)))
    span = last - first
    if span <= 3:
        values = [m * 10.0**k for k in range(first, last + 1) for m in (1.0, 3.0)]
    else:
        start = int(np.ceil(np.log10(low)))
        values = [10.0**k for k in range(start, last + 1, -(-span // 6))]
    return [v for v in values if low <= v <= high]


def snap_log_limits(low: float, high: float) -> tuple[float, float]:
    """Widen (low, high) to the nearest values 1 or 3 times a power of ten, for a log axis."""
    steps = [m * 10.0**k for k in range(-3, 12) for m in (1.0, 3.0)]
    below = max((v for v in steps if v <= low), default=steps[0])
    return below, min((v for v in steps if v >= high), default=steps[-1])


_SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def tick_label(value: float, _position: int | None = None) -> str:
    """Plain numbers up to 10000, then powers of ten written with superscripts (10⁶)."""
    if value < 1e5:
        return f"{value:g}"
    return "10" + str(int(round(np.log10(value)))).translate(_SUPERSCRIPTS)


def describe(model: HouseModel, floor: float, val_loss: float, epochs: int, X: np.ndarray) -> str:
    """The readout: final training loss against the floor, validation loss, dead units, any divergence."""
    if model.diverged:
        return t(
            "<p><b>Training stopped after {done} of {epochs} epochs:</b> the loss grew without limit "
            "(it overflowed). The steps are too large for these settings: choose a smaller learning rate, "
            "or turn scaling on.</p>",
            done=len(model.history.losses),
            epochs=epochs,
        )
    final = model.final_loss
    ratio = final / floor
    if ratio < 0.97:
        verdict = t(
            "{ratio:.2f} times the floor: below it, so the network has bent itself to some of the noise "
            "in these 100 houses. Compare the loss on the validation houses.",
            ratio=ratio,
        )
    elif ratio <= TARGET_FACTOR:
        verdict = t(
            "{ratio:.2f} times the floor: at most 10% above it, as good as a straight line can be.", ratio=ratio
        )
    else:
        verdict = t("{ratio:.2f} times the floor.", ratio=ratio)
    text = t(
        "<p>Final training loss <b>{final:.2f}</b>, {verdict} (Floor: {floor:.2f}, the best straight-line fit.)",
        final=final,
        verdict=verdict,
        floor=floor,
    )
    dead = model.dead_units(X)
    hidden = model.params["W1"].shape[1]
    if dead == hidden:
        text = t(
            "{text} <b>All {hidden} hidden units are dead</b> (0 for every house): the network predicts "
            "one price for every house.",
            text=text,
            hidden=hidden,
        )
    elif dead == 1:
        text = t(
            "{text} {dead} of {hidden} hidden units is dead (0 for every house).", text=text, dead=dead, hidden=hidden
        )
    elif dead:
        text = t(
            "{text} {dead} of {hidden} hidden units are dead (0 for every house).", text=text, dead=dead, hidden=hidden
        )
    return t("{text} Loss on 100 validation houses: <b>{val_loss:.2f}</b>.</p>", text=text, val_loss=val_loss)


def house_run(
    X: np.ndarray, y: np.ndarray, hidden: int, optimizer: str, lr: float, scale: bool
) -> tuple[ResumableRun, Scaler | None, Scaler | None]:
    """The widget's training run, ``train_house`` with these settings (He start, seed 0) made resumable,
    and the scalers of x and y (None without scaling)."""
    x_scaler = Scaler.fit(X) if scale else None
    y_scaler = Scaler.fit(y) if scale else None
    run = ResumableRun(
        x_scaler.transform(X) if scale else X,
        y_scaler.transform(y) if scale else y,
        init_params([X.shape[1], int(hidden), 1], "he", seed=0),
        HOUSE_ACTIVATIONS,
        loss="half_mse",
        optimizer=optimizer,
        lr=lr,
        every=100,
    )
    return run, x_scaler, y_scaler


def _house_figure(data: dict[str, Any]) -> tuple:
    """The widget's figure, drawn once: the loss panel (floor lines, an empty loss line) and the
    prediction panel (the line ŷ = y, the validation points, an empty note). Returns the figure,
    both axes and the three artists that change."""
    floor = data["floor"]
    fig = Figure(figsize=(6.4, 3.0), dpi=80)
    fig.subplots_adjust(left=0.11, right=0.98, bottom=0.16, top=0.9, wspace=0.35)
    ax_loss, ax_pred = fig.add_subplot(1, 2, 1), fig.add_subplot(1, 2, 2)
    for ax in (ax_loss, ax_pred):
        style_axes(ax)
    ax_loss.set_yscale("log")
    ax_loss.yaxis.set_minor_locator(NullLocator())  # fixed, plain ticks: several ms faster per redraw
    ax_loss.yaxis.set_major_formatter(FuncFormatter(tick_label))
    ax_loss.axhline(floor, color=PALETTE["grey"], linewidth=1.2, linestyle="--", label=t("floor"))
    ax_loss.axhline(
        TARGET_FACTOR * floor, color=PALETTE["green"], linewidth=1.0, linestyle=":", label=t("1.1 × floor")
    )
    (loss_line,) = ax_loss.plot([], [], color=PALETTE["blue"], linewidth=1.6, label=t("train loss"))
    ax_loss.set_xlabel(t("epoch"))
    ax_loss.set_ylabel(t("loss (½ MSE)"))
    ax_loss.legend(loc="upper right", frameon=False, fontsize=8)
    ax_loss.set_title(t("training"), fontsize=10, y=1.0)  # a fixed title height: no layout work per redraw

    y_val = data["y_val"].ravel()
    low, high = float(y_val.min()), float(y_val.max())
    pad = 0.08 * (high - low)
    limits = (low - pad, high + pad)
    ax_pred.plot(limits, limits, color=PALETTE["grey"], linewidth=1, linestyle="--")
    points = ax_pred.scatter(y_val, y_val, s=10, color=PALETTE["blue"], alpha=0.7, linewidths=0)
    note = ax_pred.text(0.5, 0.5, "", transform=ax_pred.transAxes, ha="center", va="center", fontsize=10)
    ax_pred.set_xlim(limits)
    ax_pred.set_ylim(limits)
    ax_pred.set_xlabel(t("actual price y"))
    ax_pred.set_ylabel(t("predicted ŷ"))
    ax_pred.set_title(t("validation houses"), fontsize=10, y=1.0)
    for ax in (ax_loss, ax_pred):  # fixed label places: no measuring of tick labels per redraw
        ax.xaxis.set_label_coords(0.5, -0.12)
        ax.yaxis.set_label_coords(-0.2, 0.5)
    return fig, ax_loss, ax_pred, loss_line, points, note


def house_trainer(
    hidden: int = 3, lr: float = 0.03, epochs: int = 1000, optimizer: str = "adam", scaling: str = "on"
) -> LessonWidget:
    """Controls for the network's settings; each change retrains it and redraws both panels."""
    data = house_data()
    floor = data["floor"]
    controls = {
        "hidden": int_slider(t("hidden units"), hidden, 1, 10),
        "lr": widgets.SelectionSlider(
            options=LEARNING_RATES,
            value=lr,
            description=t("learning rate"),
            style={"description_width": "initial"},
        ),
        "epochs": int_slider(t("epochs"), epochs, EPOCH_STEP, MAX_EPOCHS, EPOCH_STEP),
        "optimizer": dropdown(t("optimizer"), [(t(OPTIMIZER_LABELS[key]), key) for key in OPTIMIZERS], optimizer),
        "scaling": dropdown(t("standardise x and y"), [(t(label), value) for label, value in SCALING], scaling),
    }
    for control in controls.values():
        # Each change retrains the network: train once the slider is let go, not while dragging.
        control.continuous_update = False
    runs = RunCache()

    with matplotlib.rc_context(STYLE):  # the course font, so Chinese labels show
        fig, ax_loss, ax_pred, loss_line, points, note = _house_figure(data)
    drawing = FastFigure(fig)
    shown_in: list[LessonWidget] = []
    y_val = data["y_val"].ravel()
    limits = ax_pred.get_xlim()

    def render(values: dict[str, Any]) -> tuple[Figure | None, str]:
        n_epochs = int(values["epochs"])
        settings = (int(values["hidden"]), values["optimizer"], float(values["lr"]), values["scaling"] == "on")
        run, x_scaler, y_scaler = runs.get(settings, lambda: house_run(data["X"], data["y"], *settings))
        history = run.history(n_epochs)
        model = HouseModel(history.params, history, x_scaler, y_scaler)
        losses = model.losses
        shown = np.where(np.isfinite(losses), losses, np.nan)
        loss_line.set_data(np.arange(losses.size), shown)
        ax_loss.set_xlim(0, next((end for end in EPOCH_AXIS_ENDS if end >= n_epochs), n_epochs))
        finite = shown[np.isfinite(shown)]
        top = max(float(finite.max()) if finite.size else floor, 2 * floor)
        bottom = min(float(finite.min()) if finite.size else floor, floor)
        low, high = snap_log_limits(0.7 * bottom, 1.5 * top)
        ax_loss.set_ylim(low, high)
        ax_loss.yaxis.set_major_locator(FixedLocator(log_ticks(low, high)))

        val_loss = float("nan")
        if model.diverged:
            points.set_offsets(np.empty((0, 2)))
            note.set_text(t("diverged"))
        else:
            predictions = model.predict(data["X_val"]).ravel()
            val_loss = model.loss(data["X_val"], data["y_val"])
            keep = np.isfinite(predictions)
            points.set_offsets(np.column_stack([y_val[keep], np.clip(predictions[keep], *limits)]))
            note.set_text("")
        text = describe(model, floor, val_loss, n_epochs, data["X"])
        if not shown_in:  # the first picture, while the widget is being built: a full drawing
            return fig, text
        shown_in[0].image.value = drawing.png([loss_line, points, note])  # only what changed is drawn again
        return None, text

    widget = LessonWidget(controls, render, question=t(QUESTION), layout_columns=2)
    widget.figure = fig  # for tests and for a look at the artists
    shown_in.append(widget)
    return widget
