"""Checks for the exercises of lesson 03, the forward pass.

Every expected value is computed with ``helpers.network`` from the lesson's
network (``helpers.data.cat_dog_params``), never typed in. Every
message is an English template passed through ``helpers.i18n.t`` when the check
runs, so it appears in the notebook's language (its Chinese is in
``helpers/i18n/zh_lesson03.py``).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..activations import relu, sigmoid
from ..checks import (
    Verdict,
    check_array,
    check_function,
    correct,
    invalid,
    is_blank,
    kind_of,
    never_raises,
    unanswered,
    wrong,
)
from ..data import CAT_DOG_ACTIVATIONS, cat_dog_params
from ..i18n import N, t
from ..network import forward, init_params

#: Exercise 03.1: a network with 4 inputs and 5 hidden neurons (one output).
SHAPE_LAYERS = [4, 5, 1]
#: Exercise 03.3: the animal whose hidden activations the learner works out.
HIDDEN_INPUT = np.array([[7.0, 2.0]])
#: Exercise 03.4: how many animals go through the network at once.
BATCH_SIZE = 50


def _has_blank(answer: Any) -> bool:
    """True for ... itself or a list/array that still holds a ... placeholder."""
    if is_blank(answer):
        return True
    if isinstance(answer, np.ndarray) and answer.dtype == object:
        return any(item is Ellipsis for item in answer.ravel())
    if isinstance(answer, (list, tuple)):
        return any(_has_blank(item) for item in answer)
    return False


def _as_shape(answer: Any) -> tuple[int, ...] | None:
    """A tuple of whole numbers from a tuple or list such as (4, 5), else None."""
    if not isinstance(answer, (tuple, list)) or len(answer) == 0:
        return None
    shape = []
    for n in answer:
        if isinstance(n, (bool, np.bool_)) or not isinstance(n, (int, np.integer)):
            return None
        shape.append(int(n))
    return tuple(shape)


def _decimal_size(answer: Any) -> str | None:
    """The first size written as a decimal number, such as 4.0 in (4.0, 5), as the learner wrote it; else None."""
    if not isinstance(answer, (tuple, list)):
        return None
    for n in answer:
        if isinstance(n, (float, np.floating)):
            return repr(float(n))
    return None


def _check_shape(answer: Any, expected: tuple[int, ...], what: str, mistakes: dict[tuple, str]) -> Verdict:
    """Compare a shape given as a tuple with the expected one; known wrong shapes get their own hint."""
    if _has_blank(answer):
        return unanswered(what)
    shape = _as_shape(answer)
    decimal = _decimal_size(answer)
    if shape is None and decimal is not None:
        sizes = (
            t("Both sizes must be whole numbers; you gave {entry}.", entry=decimal)
            if len(answer) == 2
            else t("Every size must be a whole number; you gave {entry}.", entry=decimal)
        )
        return invalid(sizes, t("Write the sizes without a decimal point, such as (2, 3)."))
    if shape is None:
        return invalid(
            t(
                "Expected a shape: a tuple of whole numbers such as (2, 3), got {kind}: {value}.",
                kind=kind_of(answer),
                value=f"{answer!r:.40}",
            ),
            t("Write the two sizes in round brackets, separated by a comma: (rows, columns)."),
        )
    if shape == expected:
        return correct(t("{value} is right.", value=shape))
    if shape in mistakes:
        return wrong(t("{value} is not it.", value=shape), mistakes[shape])
    if len(shape) != len(expected):
        return wrong(
            t(
                "{shape} has {n} number(s); this array has {dims} dimensions.",
                shape=shape,
                n=len(shape),
                dims=len(expected),
            ),
            t("An array here has rows and columns: write (rows, columns)."),
        )
    return wrong(t("{value} is not it.", value=shape), t("Rows come first, then columns."))


@never_raises
def check_w1_shape(answer: Any) -> Verdict:
    """Exercise 03.1: the shape of W1 for 4 inputs and 5 hidden neurons."""
    expected = init_params(SHAPE_LAYERS, seed=0)["W1"].shape
    n_in, n_hidden = SHAPE_LAYERS[0], SHAPE_LAYERS[1]
    mistakes = {
        (n_hidden, n_in): t(
            "That is W1 transposed. W1 has one row per input and one column per hidden neuron, "
            "so that x @ W1 works: (1, inputs) @ (inputs, hidden)."
        ),
        (1, n_hidden): t("That is the shape of b1 (and of the hidden layer's output for one sample), not of W1."),
        (n_in, 1): t("W1 connects the inputs to the hidden layer, not to the output."),
    }
    return _check_shape(answer, expected, t("a shape such as (2, 3)"), mistakes)


def _two_layers_reference(x, W1, b1, W2, b2):
    return forward(x, {"W1": W1, "b1": b1, "W2": W2, "b2": b2}, CAT_DOG_ACTIVATIONS)[0]


def _two_layer_cases() -> list[tuple]:
    """Seeded random inputs: one sample, a batch, and a wider network with two outputs."""
    rng = np.random.default_rng(3)
    cases = []
    for m, n_in, n_hidden, n_out in [(1, 2, 3, 1), (4, 2, 3, 1), (5, 3, 4, 2)]:
        cases.append(
            (
                rng.normal(size=(m, n_in)) * 2,
                rng.normal(size=(n_in, n_hidden)),
                rng.normal(size=(1, n_hidden)),
                rng.normal(size=(n_hidden, n_out)),
                rng.normal(size=(1, n_out)),
            )
        )
    return cases


#: Typical mistakes in a two-layer forward pass, each with the hint it deserves (translated when shown).
_TWO_LAYER_MISTAKES = [
    (
        lambda x, W1, b1, W2, b2: sigmoid(sigmoid(x @ W1 + b1) @ W2 + b2),
        N("The hidden layer uses sigmoid. In this network the hidden layer uses relu; only the output uses sigmoid."),
    ),
    (
        lambda x, W1, b1, W2, b2: sigmoid((x @ W1 + b1) @ W2 + b2),
        N("The hidden layer has no activation. Apply relu to x @ W1 + b1 before you pass it on."),
    ),
    (
        lambda x, W1, b1, W2, b2: relu(relu(x @ W1 + b1) @ W2 + b2),
        N("The output uses relu. The output layer uses sigmoid, so that y_hat is a probability between 0 and 1."),
    ),
    (
        lambda x, W1, b1, W2, b2: sigmoid(relu(x @ W1) @ W2),
        N("The biases are missing. Add b1 in the hidden layer and b2 in the output layer."),
    ),
    (
        lambda x, W1, b1, W2, b2: sigmoid(relu(x @ W1 + b1) @ W2),
        N("b2 is missing. Add it to the output layer's weighted sum, before sigmoid."),
    ),
    (
        lambda x, W1, b1, W2, b2: sigmoid(relu(x @ W1) @ W2 + b2),
        N("b1 is missing. Add it to the hidden layer's weighted sum, before relu."),
    ),
]


@never_raises
def check_forward_two_layers(answer: Any) -> Verdict:
    """Exercise 03.2: forward_two_layers(x, W1, b1, W2, b2) = sigmoid(relu(x @ W1 + b1) @ W2 + b2)."""
    cases = _two_layer_cases()
    verdict = check_function(
        answer,
        _two_layers_reference,
        cases,
        what=t("your function forward_two_layers"),
        hints=[t("Hidden layer: a1 = relu(x @ W1 + b1). Output: sigmoid(a1 @ W2 + b2).")],
    )
    # A function that raised keeps its verdict: each comparison below would raise too (same = False).
    if verdict.status != "wrong":
        return verdict
    for mistake, hint in _TWO_LAYER_MISTAKES:
        try:
            with np.errstate(all="ignore"):
                same = all(np.allclose(answer(*args), mistake(*args), atol=1e-6) for args in cases)
        except Exception:
            same = False
        if same:
            return wrong(verdict.message, t(hint))
    return verdict


@never_raises
def check_hidden_activations(answer: Any) -> Verdict:
    """Exercise 03.3: the hidden layer's output a = ReLU(x @ W1 + b1) for x = [[7, 2]], shape (1, 3)."""
    params = cat_dog_params()
    _, cache = forward(HIDDEN_INPUT, params, CAT_DOG_ACTIVATIONS)
    expected, z_hidden = cache["A1"], cache["Z1"]
    if _has_blank(answer):
        return unanswered(t("the three numbers a1, a2, a3"))
    try:
        value = np.asarray(answer, dtype=float)
    except (TypeError, ValueError):
        value = None
    if value is not None and value.shape == (expected.size,):
        return invalid(
            t("Expected shape {expected}, got {got}.", expected=expected.shape, got=value.shape),
            t(
                "Keep the row: x has shape (1, 2), so x @ W1 + b1 has shape (1, 3). "
                "Write the numbers inside double brackets, [[..., ..., ...]]."
            ),
        )
    if value is not None and value.shape == expected.shape and not np.allclose(value, expected, atol=1e-6):
        if np.allclose(value, z_hidden, atol=1e-6):
            return wrong(
                t("These are the net inputs z, not the outputs a."), t("You forgot ReLU: every negative z becomes 0.")
            )
        without_bias = z_hidden - params["b1"]
        if np.allclose(value, without_bias, atol=1e-6) or np.allclose(value, relu(without_bias), atol=1e-6):
            return wrong(t("The biases are missing."), t("Add b1 to the weighted sums before ReLU."))
    return check_array(
        answer,
        expected,
        what=t("an array of shape (1, 3)"),
        hints=[t("Neuron j: z_j = W1[0, j] * x1 + W1[1, j] * x2 + b1[0, j], then a_j = max(0, z_j).")],
        shape_hint=t("This wants one row, shape (1, 3): write [[a1, a2, a3]], or use .reshape(1, -1)."),
    )


@never_raises
def check_batch_output_shape(answer: Any) -> Verdict:
    """Exercise 03.4: the shape of y_hat when 50 animals go through the 2 -> 3 -> 1 network at once."""
    params = cat_dog_params()
    X = np.zeros((BATCH_SIZE, params["W1"].shape[0]))
    expected = forward(X, params, CAT_DOG_ACTIVATIONS)[0].shape
    m, n_in, n_hidden = BATCH_SIZE, params["W1"].shape[0], params["W1"].shape[1]
    mistakes = {
        (1, m): t("Rows are samples: each of the 50 animals keeps its own row, and the output layer has one column."),
        (m,): t("forward keeps two dimensions: (rows, columns), even with one column."),
        (m, n_hidden): t("That is the shape of the hidden layer's output. The output layer has one node."),
        (m, n_in): t("That is the shape of the input X. Follow the shapes through both layers."),
        (1, 1): t("(1, 1) is the output for one animal. With 50 animals there is one row per animal."),
    }
    return _check_shape(answer, expected, t("a shape such as (2, 3)"), mistakes)
