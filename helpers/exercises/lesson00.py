"""Checks for the exercises of 00_start_here.

Every expected value is computed here from the task's description (how many
features, how many targets) or with ``helpers.network.count_parameters``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..checks import Verdict, check_number, correct, invalid, is_blank, kind_of, never_raises, unanswered, wrong
from ..i18n import t
from ..network import count_parameters

# Exercise 00.1: a 3 -> 4 -> 2 network.
COUNT_SIZES = [3, 4, 2]

# Exercise 00.2: predict a house price from these features.
HOUSE_FEATURES = ("area", "location score", "age")
HOUSE_TARGETS = ("price",)

# Exercise 00.3: tell 10 animals apart from 64 x 64 grey images (one number per pixel).
IMAGE_SIDE = 64
ANIMALS = 10


@never_raises
def check_parameter_count(answer: Any) -> Verdict:
    """Exercise 00.1: the number of parameters (weights + biases) of a 3 -> 4 -> 2 network."""
    sizes = COUNT_SIZES
    weights = sum(a * b for a, b in zip(sizes[:-1], sizes[1:]))
    biases = sum(sizes[1:])
    nodes = sum(sizes)
    return check_number(
        answer,
        count_parameters(sizes),
        what=t("the number of parameters (a whole number)"),
        hints=[
            t("Add, for each pair of neighbouring layers: (nodes before x nodes after) weights + (nodes after) biases.")
        ],
        wrong_answers={
            weights: t("That counts the weights (the connections). Every hidden and output node also has a bias."),
            weights + nodes: t(
                "Input nodes have no bias: they only hold the data. Count biases for hidden and output nodes only."
            ),
            nodes: t("That is the number of nodes. Parameters are the weights on the connections plus the biases."),
            biases: t("That counts the biases only. Add one weight for every connection."),
        },
    )


def _node_pair(answer: Any) -> tuple[int, int] | Verdict:
    """Read (input_nodes, output_nodes) from the answer, or say what is wrong with it."""
    what = t("the two numbers (input_nodes, output_nodes)")
    if is_blank(answer):
        return unanswered(what)
    if not isinstance(answer, (tuple, list)) or len(answer) != 2:
        return invalid(
            t(
                "Expected a pair of whole numbers in brackets, like (5, 2), got {kind}: {answer!r:.40}.",
                kind=kind_of(answer),
                answer=answer,
            ),
            t("Write nodes = (input_nodes, output_nodes)."),
        )
    if any(is_blank(a) for a in answer):
        return unanswered(what)
    values = []
    for a in answer:
        if isinstance(a, (bool, np.bool_)) or not isinstance(a, (int, float, np.integer, np.floating)):
            return invalid(t("Both entries must be whole numbers, got {entry!r:.40}.", entry=a))
        if not np.isfinite(a) or float(a) != int(a):
            return invalid(t("A layer has a whole number of nodes, got {entry!r}.", entry=a))
        values.append(int(a))
    return values[0], values[1]


def _swapped(n_in: int, n_out: int) -> Verdict:
    return wrong(
        t("({n_in}, {n_out}) has the two numbers swapped.", n_in=n_in, n_out=n_out), t("The input count comes first.")
    )


@never_raises
def check_house_nodes(answer: Any) -> Verdict:
    """Exercise 00.2: (input nodes, output nodes) to predict a house price from area, location score and age."""
    pair = _node_pair(answer)
    if isinstance(pair, Verdict):
        return pair
    n_in, n_out = pair
    want_in, want_out = len(HOUSE_FEATURES), len(HOUSE_TARGETS)
    if (n_in, n_out) == (want_in, want_out):
        return correct(
            t(
                "({n_in}, {n_out}) is right: one input node per feature, one output node for the price.",
                n_in=n_in,
                n_out=n_out,
            )
        )
    if (n_in, n_out) == (want_out, want_in):
        return _swapped(n_in, n_out)
    if n_in != want_in:
        return wrong(
            t("{n} input nodes is not it.", n=n_in),
            t("One input node per input feature: count the facts you know about each house."),
        )
    return wrong(t("{n} output nodes is not it.", n=n_out), t("One output node per number you want to predict."))


@never_raises
def check_image_nodes(answer: Any) -> Verdict:
    """Exercise 00.3: (input nodes, output nodes) to tell 10 animals apart from 64 x 64 grey images."""
    pair = _node_pair(answer)
    if isinstance(pair, Verdict):
        return pair
    n_in, n_out = pair
    want_in, want_out = IMAGE_SIDE * IMAGE_SIDE, ANIMALS
    if (n_in, n_out) == (want_in, want_out):
        return correct(
            t(
                "({n_in}, {n_out}) is right: one input node per pixel, one output node per animal.",
                n_in=n_in,
                n_out=n_out,
            )
        )
    if (n_in, n_out) == (want_out, want_in):
        return _swapped(n_in, n_out)
    if n_in != want_in:
        hint = (
            t("A grey image has one number per pixel, and the image is 64 pixels wide AND 64 pixels high.")
            if n_in in (IMAGE_SIDE, 2 * IMAGE_SIDE)
            else t("Each pixel is one input feature: how many pixels does a 64 x 64 image have?")
        )
        return wrong(t("{n} input nodes is not it.", n=n_in), hint)
    hint = (
        t("One output node is enough for a yes/no answer, but here there are 10 animals to tell apart.")
        if n_out == 1
        else t("Give the network one output node per class (per animal).")
    )
    return wrong(t("{n} output nodes is not it.", n=n_out), hint)
