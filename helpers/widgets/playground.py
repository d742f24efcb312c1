"""Lesson 08: a classification playground.

Pick a data set, its noise, the hidden layer (0 units = no hidden layer), its
activation, the learning rate and the number of epochs. Every change trains a fresh
network with Adam and redraws its decision boundary and its loss curve; the readout
gives the train and test accuracy.
"""

from __future__ import annotations

import html

import ipywidgets as widgets
import matplotlib
import numpy as np
from matplotlib.figure import Figure

from ..classify import HIDDEN_ACTIVATIONS, data_extent, train_classifier
from ..data import DATASETS, make_classification, train_test_split
from ..i18n import N, t
from ..plots import PALETTE, STYLE, BoundaryPlot, style_axes
from ._base import LessonWidget, dropdown, int_slider, slider

#: Learning rates offered by the slider (Adam's steps are about this large).
LEARNING_RATES = (0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0)
#: Binary cross-entropy when the model says 0.5 for everything: log 2 (natural log), the "guessing" level.
GUESSING_LOSS = float(np.log(2.0))

QUESTION = N(
    "Pick xor. What is the smallest number of hidden units that gets the test accuracy above 90%? "
    "Now set hidden units to 0: why does it fail?"
)


def playground(*, n: int = 200, seed: int = 4, steps: int = 60) -> LessonWidget:
    """The lesson 08 widget: train a classifier on a 2-D data set and show its boundary.

    ``n`` points (a quarter held back for the test), data, split and starting weights
    all drawn with ``seed``; the map is ``steps`` x ``steps`` grid points.
    """
    controls = {
        "dataset": dropdown(t("data set"), list(DATASETS), "circles"),
        "noise": slider(t("noise"), 0.1, 0.0, 0.5, 0.05),
        "hidden": int_slider(t("hidden units"), 8, 0, 16),
        "activation": dropdown(t("activation"), list(HIDDEN_ACTIVATIONS), "tanh"),
        "lr": widgets.SelectionSlider(
            options=list(LEARNING_RATES),
            value=0.1,
            description=t("learning rate"),
            style={"description_width": "initial"},
        ),
        "epochs": int_slider(t("epochs"), 300, 50, 1000, 50),
    }
    for control in controls.values():
        # Each change retrains a network: train once the slider is let go, not while dragging.
        control.continuous_update = False

    with matplotlib.rc_context(STYLE):
        fig = Figure(figsize=(6.2, 3.0), dpi=80)
        ax_map = fig.add_axes((0.09, 0.15, 0.40, 0.74))
        ax_loss = fig.add_axes((0.63, 0.15, 0.35, 0.74))
        for ax in (ax_map, ax_loss):
            style_axes(ax)
        board = BoundaryPlot(ax_map, steps)
        ax_map.set_title("ŷ = P(y = 1)")
        (loss_line,) = ax_loss.plot([], [], color=PALETTE["blue"])
        ax_loss.axhline(GUESSING_LOSS, color=PALETTE["grey"], linestyle="--", linewidth=1)
        ax_loss.text(1.0, GUESSING_LOSS, "log 2", transform=ax_loss.get_yaxis_transform(), ha="right",
                     va="bottom", fontsize=9, color=PALETTE["grey"])
        ax_loss.set_yscale("log")
        ax_loss.set_ylim(0.001, 3.0)
        ax_loss.set_xlabel("epoch")
        ax_loss.set_ylabel("loss L")
        ax_loss.set_title("training loss")

    def render(v: dict) -> tuple[Figure, str]:
        X, y = make_classification(v["dataset"], n, noise=v["noise"], seed=seed)
        X_train, X_test, y_train, y_test = train_test_split(X, y, seed=seed)
        model = train_classifier(
            X_train, y_train, v["hidden"], v["activation"], lr=v["lr"], epochs=v["epochs"], seed=seed
        )
        board.update(model, X_train, y_train, X_test, y_test, extent=data_extent(X))
        losses = np.asarray(model.history.losses + [model.history.final_loss])
        loss_line.set_data(np.arange(losses.size), np.where(np.isfinite(losses), losses, np.nan))
        ax_loss.set_xlim(0, v["epochs"])

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
                activation=v["activation"],
            )
        else:
            shape = t(
                "Network {sizes}: {hidden} {activation} hidden units, then one sigmoid neuron.",
                sizes=sizes,
                hidden=v["hidden"],
                activation=v["activation"],
            )
        if model.diverged:
            text = t(
                "<b>Training stopped:</b> {reason}<br>{shape} {parameters} parameters.",
                reason=html.escape(model.history.stopped_early),
                shape=shape,
                parameters=model.n_parameters,
            )
            return fig, text
        text = t(
            "<b>Train accuracy {train_acc:.0%}</b> ({n_train} points), "
            "<b>test accuracy {test_acc:.0%}</b> ({n_test} points it never trained on). "
            "Final loss {loss:.3f} (guessing gives log 2 = {guessing:.3f}).<br>"
            "{shape} {parameters} parameters.",
            train_acc=model.accuracy(X_train, y_train),
            n_train=len(y_train),
            test_acc=model.accuracy(X_test, y_test),
            n_test=len(y_test),
            loss=model.history.final_loss,
            guessing=GUESSING_LOSS,
            shape=shape,
            parameters=model.n_parameters,
        )
        return fig, text

    return LessonWidget(controls, render, question=t(QUESTION), layout_columns=3)
