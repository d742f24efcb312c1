"""Lesson 08: a classification playground.

Pick a data set, its noise, the hidden layer (0 units = no hidden layer), its
activation, the learning rate and the number of epochs. A change trains a network
with Adam (when only the epochs change, the last run is lengthened or read back,
which gives the same numbers as training again) and redraws its decision boundary
and its loss curve; the readout gives the training and validation accuracy. The
test set is never shown here: a lesson scores it once, after choosing.
"""

from __future__ import annotations

import html

import ipywidgets as widgets
import matplotlib
import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, NullLocator

from ..classify import HIDDEN_ACTIVATIONS, Classifier, classifier_layers, data_extent, dataset_title
from ..data import DATASETS, make_classification, train_val_test_split
from ..i18n import N, t
from ..network import init_params
from ..plots import PALETTE, STYLE, BoundaryPlot, style_axes
from ._base import LessonWidget, dropdown, int_slider, slider
from ._fastdraw import FastFigure
from ._resume import ResumableRun, RunCache

#: Learning rates offered by the slider (Adam's steps are about this large).
LEARNING_RATES = (0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0)
#: Binary cross-entropy when the model says 0.5 for everything: log 2 (natural log), the "guessing" level.
GUESSING_LOSS = float(np.log(2.0))
#: The epochs slider: from EPOCH_STEP to MAX_EPOCHS in steps of EPOCH_STEP.
EPOCH_STEP, MAX_EPOCHS = 50, 500
#: The loss panel's epoch axis ends at the first of these that fits the run, so that
#: runs of similar length share one drawn background (see FastFigure).
EPOCH_AXIS_ENDS = (100, 200, 500)
#: Share of the points held back for validation, and for the test (never shown by the widget).
VAL_FRACTION = TEST_FRACTION = 0.25
#: How the activation dropdown and the readout name each activation (as lessons 01 and 02 write them).
ACTIVATION_NAMES = {"relu": "ReLU", "tanh": "tanh", "sigmoid": "sigmoid"}

QUESTION = N(
    "Pick moons. What is the smallest number of hidden units that gets the validation accuracy above 90%? "
    "Then set hidden units to 0: how close does a straight line get, and why not all the way?"
)


def dataset_label(name: str) -> str:
    """The data set as the dropdown lists it: its code name, with its Chinese name first in Chinese."""
    title = dataset_title(name)
    return name if title == name else t("{title} ({name})", title=title, name=name)


def playground_run(X_train: np.ndarray, y_train: np.ndarray, hidden: int, activation: str, lr: float, seed: int):
    """``train_classifier`` with these settings (Adam, full batch), made resumable; and the activations."""
    sizes, activations = classifier_layers(hidden, activation, n_inputs=X_train.shape[1])
    params = init_params(sizes, "he" if activation == "relu" else "xavier", seed=seed)
    run = ResumableRun(
        X_train, y_train, params, activations, loss="binary_cross_entropy", optimizer="adam", lr=lr, every=100
    )
    return run, activations


def playground(*, n: int = 200, seed: int = 12, steps: int = 60) -> LessonWidget:
    """The lesson 08 widget: train a classifier on a 2-D data set and show its boundary.

    ``n`` points (a quarter held back for validation, a quarter for the test, which
    the widget never uses), data, split and starting weights all drawn with ``seed``;
    the map is ``steps`` x ``steps`` grid points.
    """
    controls = {
        "dataset": dropdown(t("data set"), [(dataset_label(name), name) for name in DATASETS], "circles"),
        "noise": slider(t("noise"), 0.1, 0.0, 0.5, 0.05),
        "hidden": int_slider(t("hidden units"), 8, 0, 16),
        "activation": dropdown(t("activation"), [(ACTIVATION_NAMES[a], a) for a in HIDDEN_ACTIVATIONS], "tanh"),
        "lr": widgets.SelectionSlider(
            options=list(LEARNING_RATES),
            value=0.1,
            description=t("learning rate"),
            style={"description_width": "initial"},
        ),
        "epochs": int_slider(t("epochs"), 300, EPOCH_STEP, MAX_EPOCHS, EPOCH_STEP),
    }
    for control in controls.values():
        # Each change retrains a network: train once the slider is let go, not while dragging.
        control.continuous_update = False
    runs = RunCache()

    with matplotlib.rc_context(STYLE):
        fig = Figure(figsize=(6.2, 3.0), dpi=80)
        ax_map = fig.add_axes((0.09, 0.15, 0.40, 0.74))
        ax_loss = fig.add_axes((0.63, 0.15, 0.35, 0.74))
        for ax in (ax_map, ax_loss):
            style_axes(ax)
        board = BoundaryPlot(ax_map, steps)
        ax_map.set_title("ŷ = P(y = 1)", y=1.0)  # a fixed title height: no layout work per redraw
        (loss_line,) = ax_loss.plot([], [], color=PALETTE["blue"])
        ax_loss.axhline(GUESSING_LOSS, color=PALETTE["grey"], linestyle="--", linewidth=1)
        ax_loss.text(1.0, GUESSING_LOSS, "log 2", transform=ax_loss.get_yaxis_transform(), ha="right",
                     va="bottom", fontsize=9, color=PALETTE["grey"])
        ax_loss.set_yscale("log")
        ax_loss.set_ylim(0.001, 3.0)
        # Fixed ticks with plain labels: no tick search or math text on every redraw.
        ax_loss.yaxis.set_major_locator(FixedLocator([0.001, 0.01, 0.1, 1.0]))
        ax_loss.yaxis.set_major_formatter(lambda value, _pos: f"{value:g}")
        ax_loss.yaxis.set_minor_locator(NullLocator())
        ax_loss.set_xlabel(t("epoch"))
        ax_loss.set_ylabel(t("loss L"))
        ax_loss.set_title(t("training loss"), y=1.0)
        for ax in (ax_map, ax_loss):  # fixed label places: no measuring of tick labels per redraw
            ax.xaxis.set_label_coords(0.5, -0.12)
            ax.yaxis.set_label_coords(-0.17, 0.5)
    drawing = FastFigure(fig)
    shown_in: list[LessonWidget] = []

    def picture() -> Figure | None:
        """The figure for the first, full drawing; afterwards draw only what changed, straight into the image."""
        if not shown_in:
            return fig
        changing = [board.image, *([board.line] if board.line is not None else []), *board.points.values()]
        shown_in[0].image.value = drawing.png([*changing, loss_line])
        return None

    def render(v: dict) -> tuple[Figure | None, str]:
        X, y = make_classification(v["dataset"], n, noise=v["noise"], seed=seed)
        X_train, X_val, _, y_train, y_val, _ = train_val_test_split(
            X, y, val_fraction=VAL_FRACTION, test_fraction=TEST_FRACTION, seed=seed
        )
        settings = (v["dataset"], float(v["noise"]), int(v["hidden"]), v["activation"], float(v["lr"]))
        run, activations = runs.get(settings, lambda: playground_run(X_train, y_train, *settings[2:], seed))
        history = run.history(int(v["epochs"]))
        model = Classifier(history.params, activations, history)
        # Validation points are drawn hollow, where the board draws held-back points.
        board.update(model, X_train, y_train, X_val, y_val, extent=data_extent(X_train, X_val))
        losses = np.asarray(model.history.losses + [model.history.final_loss])
        loss_line.set_data(np.arange(losses.size), np.where(np.isfinite(losses), losses, np.nan))
        ax_loss.set_xlim(0, next((end for end in EPOCH_AXIS_ENDS if end >= v["epochs"]), v["epochs"]))

        sizes = " → ".join(str(s) for s in model.layer_sizes)
        if v["hidden"] == 0:
            shape = t(
                "Network {sizes}: no hidden layer, one sigmoid neuron, so the boundary is a straight line.",
                sizes=sizes,
            )
        elif v["hidden"] == 1:
            shape = t(
                "Network {sizes}: {hidden} {activation} hidden unit, then one sigmoid neuron.",
                sizes=sizes,
                hidden=v["hidden"],
                activation=ACTIVATION_NAMES[v["activation"]],
            )
        else:
            shape = t(
                "Network {sizes}: {hidden} {activation} hidden units, then one sigmoid neuron.",
                sizes=sizes,
                hidden=v["hidden"],
                activation=ACTIVATION_NAMES[v["activation"]],
            )
        if model.diverged:
            text = t(
                "<b>Training stopped:</b> {reason}<br>{shape} {parameters} parameters.",
                reason=html.escape(model.history.stopped_early),
                shape=shape,
                parameters=model.n_parameters,
            )
            return picture(), text
        text = t(
            "<b>Training accuracy {train_acc:.0%}</b> ({n_train} points), "
            "<b>validation accuracy {val_acc:.0%}</b> ({n_val} points it never trained on). "
            "Final loss {loss:.3f} (guessing gives log 2 = {guessing:.3f}).<br>"
            "{shape} {parameters} parameters.",
            train_acc=model.accuracy(X_train, y_train),
            n_train=len(y_train),
            val_acc=model.accuracy(X_val, y_val),
            n_val=len(y_val),
            loss=model.history.final_loss,
            guessing=GUESSING_LOSS,
            shape=shape,
            parameters=model.n_parameters,
        )
        return picture(), text

    widget = LessonWidget(controls, render, question=t(QUESTION), layout_columns=3)
    widget.figure = fig  # for tests and for a look at the artists
    shown_in.append(widget)
    return widget
