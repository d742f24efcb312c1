"""Checks for the exercises of 05_backprop.ipynb.

Each check takes the learner's answer and returns a Verdict; none of them raises.
Expected values come from the helpers (the valley of the lesson's widget, the
activations, the gradient check), never typed in.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..activations import sigmoid, sigmoid_derivative
from ..checks import (
    Verdict,
    check_choice,
    check_function,
    check_number,
    correct,
    invalid,
    is_blank,
    never_raises,
    unanswered,
    wrong,
)
from ..gradcheck import GRADCHECK_TOLERANCE, gradient_check, listed
from ..i18n import N, get_language, t
from ..network import forward, init_params
from ..optimizers import gradient_descent_step
from ..valley import REGIMES, descent_path, regime_of, slope

# Exercise 05.1: one step on L(w) = (w - 3)^2 + 1 from w = 0.5 with learning rate 0.1.
STEP_W = 0.5
STEP_LR = 0.1

# Exercise 05.2: the same descent (from w = 0, lr = 0.3) on a valley five times as steep.
STEEP_LR = 0.3
STEEPNESS = 5.0

# Exercise 05.4: the small networks the repaired backward pass is checked on.
BACKWARD_ACTIVATIONS = ["relu", "linear"]


@never_raises
def check_gradient_step(answer: Any) -> Verdict:
    """Exercise 05.1: the new w after one gradient-descent step."""
    gradient = float(slope(STEP_W))
    expected = float(gradient_descent_step({"w": np.array(STEP_W)}, {"w": np.array(gradient)}, STEP_LR)["w"])
    return check_number(
        answer,
        expected,
        what=t("the new w (a number)"),
        hints=[t("First the gradient: dL/dw = 2(w − 3) at w = 0.5. Then w_new = w − η × gradient.")],
        wrong_answers={
            STEP_W + STEP_LR * gradient: t(
                "You stepped uphill: the rule subtracts η × gradient. The gradient here is negative, so w must grow."
            ),
            STEP_W - gradient: t("Multiply the gradient by the learning rate η = 0.1 before you subtract it."),
            gradient: t("That is the gradient itself. Now use it: w_new = w − η × gradient."),
            STEP_W - STEP_LR * gradient / 2: t("The slope of (w − 3)² is 2(w − 3): keep the 2."),
        },
    )


#: The Chinese names of the regimes (lesson 05 glosses each English name with one); a learner may answer with either.
REGIME_ALIASES = {"爬行": "crawl", "收敛": "converge", "冲过头": "overshoot", "振荡": "oscillate", "发散": "diverge"}


@never_raises
def check_steep_regime(answer: Any) -> Verdict:
    """Exercise 05.2: what lr = 0.3 does on the valley L(w) = 5(w - 3)^2 + 1 (English or Chinese regime name)."""
    expected = regime_of(descent_path(STEEP_LR, 20, steepness=STEEPNESS))
    step = t("Take one step by hand: the slope at w = 0 is 10 × (0 − 3) = −30, so w_1 = 0 − 0.3 × (−30).")
    hints = {
        "converge": t("η = 0.3 converged on the first valley, but this one is five times as steep. {step}", step=step),
        "crawl": t("A crawl needs tiny steps. Here the slope is large. {step}", step=step),
        "overshoot": t("It does jump to the other side. Is the new gap to w = 3 smaller or larger than 3?"),
        "oscillate": t("Oscillating needs the gap to stay exactly the same size. Compute the gap after one step."),
        "diverge": step,
    }
    what = t('one of "crawl", "converge", "overshoot", "oscillate", "diverge"')
    if get_language() == "zh":  # the Chinese names are options too, and a Chinese answer is answered in Chinese
        chinese = {english: name for name, english in REGIME_ALIASES.items()}
        return check_choice(
            answer,
            [expected, chinese[expected]],
            options=[*REGIME_ALIASES, *REGIMES],
            what=what,
            hints={**hints, **{chinese[regime]: hint for regime, hint in hints.items()}},
        )
    if isinstance(answer, str):  # the English edition accepts a Chinese name as well
        answer = REGIME_ALIASES.get(answer.strip(), answer)
    return check_choice(answer, expected, options=REGIMES, what=what, hints=hints)


def bce_slope_reference(z: Any, y: Any) -> np.ndarray:
    """dL/dz for a sigmoid output judged by binary cross-entropy, one sample at a time: sigmoid(z) - y.

    The lesson derives it with the chain rule; tests compare it with the numerical slope
    of helpers.losses.binary_cross_entropy.
    """
    return sigmoid(z) - np.asarray(y, dtype=float)


#: Common wrong slopes with respect to z, each with the hint it gets (a template, translated when shown).
BCE_SLOPE_MISTAKES = [
    (lambda z, y: y - sigmoid(z), N("The sign is flipped: the slope is a − y (prediction minus label), not y − a.")),
    (lambda z, y: z - y, N("Apply the sigmoid first: a = sigmoid(z), and the slope is a − y.")),
    (
        lambda z, y: (sigmoid(z) - y) * sigmoid_derivative(z),
        N(
            "That is the slope for half the squared error, which keeps the factor a(1 − a). "
            "With cross-entropy that factor cancels: the slope is a − y."
        ),
    ),
    (
        lambda z, y: -y / sigmoid(z) + (1 - y) / (1 - sigmoid(z)),
        N("That is dL/da, the first link only. Multiply it by da/dz = a(1 − a), or use the simplified a − y."),
    ),
    (
        lambda z, y: sigmoid_derivative(z),
        N("That is da/dz, the sigmoid's link only. Multiply it by dL/da, or use the simplified a − y."),
    ),
]


@never_raises
def check_bce_slope(answer: Any) -> Verdict:
    """Exercise 05.3: a function (z, y) -> dL/dz for a sigmoid output with cross-entropy (numbers and arrays)."""
    cases = [
        (0.0, 1.0),
        (-2.0, 1.0),
        (1.5, 0.0),
        (np.array([-4.0, -1.0, 0.5, 3.0]), np.array([1.0, 0.0, 1.0, 0.0])),
        (np.array([[2.0], [-0.5]]), np.array([[1.0], [0.0]])),
    ]
    verdict = check_function(
        answer,
        bce_slope_reference,
        cases,
        what=t("a function bce_slope_z(z, y)"),
        hints=[
            t(
                "Compute a = sigmoid(z) first. The cross-entropy part of section 5 ends with dL/dz written "
                "with just a and y."
            )
        ],
    )
    if verdict.status != "wrong":
        return verdict
    z = np.array([-2.0, -0.5, 0.7, 2.5])
    y = np.array([1.0, 0.0, 1.0, 0.0])
    try:
        with np.errstate(all="ignore"):
            got = np.asarray(answer(z, y), dtype=float)
        for mistake, hint in BCE_SLOPE_MISTAKES:
            if got.shape == z.shape and np.allclose(got, mistake(z, y)):
                return wrong(verdict.message, t(hint))
    except Exception:  # the learner's function may fail on an array; the first verdict stands
        pass
    return verdict


def _networks() -> list[tuple[np.ndarray, np.ndarray, dict]]:
    """Two small ReLU -> linear networks with data: 2 -> 3 -> 1 on 4 samples, 3 -> 4 -> 1 on 6."""
    nets = []
    for sizes, m, seed in (([2, 3, 1], 4, 5), ([3, 4, 1], 6, 6)):
        rng = np.random.default_rng(seed)
        X = rng.normal(size=(m, sizes[0]))
        y = rng.normal(size=(m, 1))
        params = init_params(sizes, "he", seed=seed)
        for key in params:
            if key.startswith("b"):  # non-zero biases, so a wrong bias gradient shows
                params[key] = params[key] + rng.normal(0, 0.1, params[key].shape)
        nets.append((X, y, params))
    return nets


def _names(names: list[str]) -> str:
    """Parameter names as a list in the learner's language: "W1, b1" (Chinese: W1、b1)."""
    text = names[0] if names else ""
    for name in names[1:]:
        text = t("{names}, {name}", names=text, name=name)
    return text


def _backward_hint(failed: list[str], errors: dict[str, float]) -> str:
    """A hint that reads the pattern of failing parameters."""
    values = np.array(list(errors.values()))
    if len(failed) == len(errors) and np.ptp(values) < 1e-3:
        return t(
            "Every gradient is off by the same relative error: all of them are scaled by one factor. "
            "Look for a division by m that happens twice, or one that is missing."
        )
    if set(failed) <= {"W1", "b1"}:
        return t(
            "The output layer (W2, b2) is right, so the mistake is where the error travels back to the "
            "hidden layer. Compare delta_hidden with the formula: which factor of the chain is missing?"
        )
    if set(failed) <= {"b1", "b2"}:
        return t("Only biases fail: each bias gradient is the sum of its layer's delta over the samples (axis=0).")
    return t("Compare each line with the formulas for delta_out, delta_hidden, dW and db in the lesson.")


@never_raises
def check_my_backward(answer: Any) -> Verdict:
    """Exercise 05.4: a repaired backward pass for a ReLU -> linear network with half-MSE loss."""
    if is_blank(answer):
        return unanswered(t("my_backward, the name of your function"))
    if not callable(answer):
        return invalid(
            t("Expected {what} (defined with def), got {kind}.", what=t("a function"), kind=type(answer).__name__)
        )

    def on_copies(y, cache, params, activations, loss):
        """The answer, given copies: whatever it changes cannot spoil the numerical side."""
        return answer(
            y.copy(),
            {k: v.copy() for k, v in cache.items()},
            {k: v.copy() for k, v in params.items()},
            list(activations),
            loss,
        )

    for X, y, params in _networks():
        _, cache = forward(X, params, BACKWARD_ACTIVATIONS)
        try:
            with np.errstate(all="ignore"):
                grads = on_copies(y, cache, params, BACKWARD_ACTIVATIONS, "half_mse")
        except Exception as exc:
            return wrong(
                t("Your function raised {error}: {detail}", error=type(exc).__name__, detail=exc),
                t("Run the cell and read the error."),
            )
        if grads is None or grads is Ellipsis:
            return unanswered(t("the body of my_backward (it returns nothing yet)"))
        if not isinstance(grads, dict):
            return invalid(
                t(
                    'my_backward should return a dict {{"W1": ..., "b1": ..., ...}}, got {kind}.',
                    kind=type(grads).__name__,
                )
            )
        missing = [k for k in params if k not in grads]
        if missing:
            return invalid(t("The returned dict has no gradient for {names}.", names=_names(missing)))
        for key, value in params.items():
            shape = np.shape(grads[key])
            if shape != value.shape:
                return invalid(
                    t(
                        "The gradient for {key} has shape {shape}, but {key} has shape {expected}.",
                        key=key,
                        shape=shape,
                        expected=value.shape,
                    ),
                    t(
                        "Every gradient has the shape of its parameter. Check the order of the matrix "
                        "product (A.T @ delta) and keepdims=True in the bias sums."
                    ),
                )
        with np.errstate(all="ignore"):
            result = gradient_check(X, y, params, BACKWARD_ACTIVATIONS, backward_fn=on_copies)
        errors = {k: (e if np.isfinite(e) else np.inf) for k, e in result.errors.items()}
        failed = [k for k, e in errors.items() if not e < GRADCHECK_TOLERANCE]
        if failed:
            detail = listed([t("{name}: {error:.1e}", name=k, error=errors[k]) for k in failed])
            passed = [k for k in errors if k not in failed]
            also = t(" {names} pass.", names=_names(passed)) if passed else ""
            return wrong(
                t(
                    "The gradient check fails for {names} (relative errors {detail}).{also}",
                    names=_names(failed),
                    detail=detail,
                    also=also,
                ),
                _backward_hint(failed, errors),
            )
    return correct(
        t(
            "Your backward pass passes the gradient check on two small networks "
            "(every relative error below 1e{exponent}).",
            exponent=int(np.log10(GRADCHECK_TOLERANCE)),
        )
    )
