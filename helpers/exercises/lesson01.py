"""Exercise checks for lesson 01, the neuron.

Each check takes the learner's answer and returns a ``Verdict``; none of them
raises. The exercises' numbers live here as constants (the notebook writes the
same numbers out), and every expected value is computed from them with the
course's own helpers, never typed in.

* ``check_house_neuron((z, a))``: one neuron worked by hand for a smaller house.
* ``check_neuron_function(neuron)``: the learner's ``neuron(x, w, b)``.
* ``check_off_bias(b)``: the largest bias that switches a ReLU neuron off.
* ``check_batch_z(z)``: the net input of three houses at once, ``X @ w + b``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..activations import relu
from ..checks import (
    Verdict,
    as_number,
    check_array,
    check_function,
    check_number,
    correct,
    invalid,
    is_blank,
    kind_of,
    never_raises,
    signed,
    unanswered,
    wrong,
)
from ..i18n import N, t
from ..network import predict

# The house neuron of the lesson: weight 1.2 for the area, 5 for the location score.
W = np.array([1.2, 5.0])
B = 20.0

#: Exercise 01.1: a 50 m² house with location score 6.
HOUSE_X = np.array([50.0, 6.0])
#: Exercise 01.3: an 80 m² house with location score 4 (same weights).
OFF_X = np.array([80.0, 4.0])
#: Exercise 01.4: three houses, one per row (area, location score).
BATCH_X = np.array([[120.0, 7.0], [45.0, 9.0], [200.0, 2.0]])


def _z(x: np.ndarray, w: np.ndarray = W, b: float = B) -> float:
    """Net input of one neuron: w · x + b."""
    return float(np.dot(w, x) + b)


def _same(value: float, target: float, tol: float = 1e-6) -> bool:
    return abs(value - target) <= tol


# --------------------------------------------------------------------------- 01.1


@never_raises
def check_house_neuron(answer: Any) -> Verdict:
    """Exercise 01.1: ``(z, a)`` for x = [50, 6], w = [1.2, 5], b = 20 and ReLU."""
    if is_blank(answer):
        return unanswered(t("numbers for z and a"))
    if not isinstance(answer, (tuple, list)) or len(answer) != 2:
        return invalid(
            t("Expected two numbers, (z, a); got {kind}.", kind=kind_of(answer)),
            t("Keep the last line as check_house_neuron((z, a))."),
        )
    if any(is_blank(part) for part in answer):
        return unanswered(t("numbers for both z and a"))
    z, a = (as_number(part) for part in answer)
    if z is None or a is None:
        return invalid(t("z and a must each be one number."))
    z_want = _z(HOUSE_X)
    a_want = float(relu(z_want))
    if not _same(z, z_want):
        not_it = t("z = {z:g} is not it.", z=signed(z))
        if _same(z, z_want - B):
            return wrong(not_it, t("You left out the bias: add b = 20 after the two products."))
        if _same(z, _z(HOUSE_X[::-1])):
            return wrong(
                not_it,
                t(
                    "Each weight belongs to its own input: w1 = 1.2 goes with the area x1 = 50, "
                    "w2 = 5 with the location score x2 = 6."
                ),
            )
        return wrong(not_it, t("Work it out in three parts: w1 * x1, then w2 * x2, then add both and b."))
    if not _same(a, a_want):
        return wrong(
            t("z = {z:g} is right, but a = {a:g} is not.", z=signed(z), a=signed(a)),
            t("ReLU keeps a positive z as it is and turns a negative z into 0: a = max(0, z)."),
        )
    return correct(t("z = {z:g} and a = ReLU(z) = {a:g}.", z=signed(z), a=signed(a)))


# --------------------------------------------------------------------------- 01.2


def reference_neuron(x: Any, w: Any, b: Any) -> np.ndarray:
    """The neuron as the course's helpers compute it: ReLU(w · x + b)."""
    return relu(np.dot(w, x) + b)


#: (x, w, b) test inputs: the lesson's house, a neuron switched off, three inputs,
#: all inputs zero, and a case where applying ReLU before adding b gives a different result.
NEURON_CASES = [
    (np.array([100.0, 8.0]), np.array([1.2, 5.0]), 20.0),
    (np.array([50.0, 6.0]), np.array([1.2, 5.0]), -200.0),
    (np.array([2.0, -1.0, 3.0]), np.array([0.5, -4.0, 1.0]), 1.0),
    (np.array([0.0, 0.0]), np.array([3.0, -2.0]), 5.0),
    (np.array([10.0, 4.0]), np.array([-1.0, 2.0]), 3.0),
]

# Typical wrong neurons, each with the hint that fits it (translated when shown).
_MISTAKES = [
    (lambda x, w, b: relu(np.dot(w, x)), N("You left out the bias: add b to the weighted sum before ReLU.")),
    (lambda x, w, b: np.dot(w, x) + b, N("You return z. Apply ReLU to it: relu(z), or max(0, z).")),
    (
        lambda x, w, b: relu(np.dot(w, x)) + b,
        N("You apply ReLU before adding the bias. Add b first, then apply ReLU to the whole sum."),
    ),
]


def _matches(fn, reference) -> bool:
    """True if fn gives reference's result on every test case."""
    for x, w, b in NEURON_CASES:
        with np.errstate(all="ignore"):
            got = np.asarray(fn(x.copy(), w.copy(), b), dtype=float)
        if got.shape != () and got.size != 1:
            return False
        if not np.allclose(got.reshape(()), reference(x, w, b), atol=1e-6):
            return False
    return True


@never_raises
def check_neuron_function(answer: Any) -> Verdict:
    """Exercise 01.2: a function neuron(x, w, b) that returns ReLU(w · x + b)."""
    cases = [(x.copy(), w.copy(), b) for x, w, b in NEURON_CASES]
    verdict = check_function(
        answer,
        reference_neuron,
        cases,
        what=t("a function neuron(x, w, b)"),
        hints=[t("Compute z = np.dot(w, x) + b, then return relu(z).")],
    )
    # A function that raised keeps its verdict, which names the error: calling it
    # again in _matches raises once more and is skipped.
    if verdict.status == "wrong":
        for mistake, hint in _MISTAKES:
            try:
                if _matches(answer, mistake):
                    return wrong(verdict.message, t(hint))
            except Exception:
                continue
    return verdict


# --------------------------------------------------------------------------- 01.3


@never_raises
def check_off_bias(answer: Any) -> Verdict:
    """Exercise 01.3: the largest b for which ReLU(w · x + b) = 0, with x = [80, 4]."""
    weighted = float(np.dot(W, OFF_X))
    expected = -weighted  # z = weighted + b <= 0  <=>  b <= -weighted
    verdict = check_number(answer, expected, what=t("the bias, one number"))
    if verdict.status != "wrong":
        return verdict
    b = as_number(answer)
    if b is None or not np.isfinite(b):
        return verdict
    z = weighted + b
    if _same(b, weighted):
        return wrong(
            t("b = {b:g} is not it.", b=signed(b)),
            t("Check the sign: the bias has to cancel w1 * x1 + w2 * x2, so it is negative."),
        )
    if b < expected:
        return wrong(
            t(
                "b = {b:g} does switch the neuron off (z = {z:g}, a = 0), but it is not the largest such bias.",
                b=signed(b),
                z=signed(z),
            ),
            t("Raise b until z is exactly 0: a larger bias would make z positive."),
        )
    if _same(b, -W[0] * OFF_X[0]) or _same(b, -W[1] * OFF_X[1]):
        return wrong(
            t("b = {b:g} is not it.", b=signed(b)),
            t("The bias has to cancel both weighted inputs, w1 * x1 and w2 * x2."),
        )
    return wrong(
        t(
            "With b = {b:g}, z = {z:g} is positive, so ReLU lets it through: a = {a:g}.",
            b=signed(b),
            z=signed(z),
            a=signed(float(relu(z))),
        ),
        t("ReLU outputs 0 when z <= 0. Which b makes z = w1 * x1 + w2 * x2 + b exactly 0?"),
    )


# --------------------------------------------------------------------------- 01.4


def expected_batch_z() -> np.ndarray:
    """z for every house in BATCH_X, computed by the course's network code (a 2 -> 1 linear net)."""
    params = {"W1": W.reshape(-1, 1), "b1": np.array([[B]])}
    return predict(BATCH_X, params, ["linear"]).ravel()


@never_raises
def check_batch_z(answer: Any) -> Verdict:
    """Exercise 01.4: z = X @ w + b for the three houses of BATCH_X, shape (3,)."""
    if is_blank(answer):
        return unanswered(t("z, one number per house"))
    expected = expected_batch_z()
    try:
        value = np.asarray(answer, dtype=float)
    except (TypeError, ValueError):
        return invalid(t("Expected an array of 3 numbers, got {kind}.", kind=kind_of(answer)))
    if value.shape in ((3, 1), (1, 3)):
        return invalid(
            t("Expected shape (3,), got {shape}.", shape=value.shape),
            t("Keep w as a flat array of 2 numbers so that X @ w gives one number per house."),
        )
    if value.shape == expected.shape and np.allclose(value, BATCH_X @ W, atol=1e-6):
        return wrong(t("The values are off by the same amount for every house."), t("You left out the bias: add + b."))
    if value.shape == expected.shape and np.allclose(value, BATCH_X @ W[::-1] + B, atol=1e-6):
        return wrong(
            t("The values are off."),
            t("The weights are swapped: the first column of X (area) goes with w1 = 1.2."),
        )
    return check_array(
        value,
        expected,
        what=t("an array of 3 numbers, one z per house"),
        hints=[t("Each row of X is one house: z = X @ w + b.")],
        shape_hint=t(
            "X_new @ w_house + b_house gives one number per house: the result is a 1-D array of 3 numbers."
        ),
    )
