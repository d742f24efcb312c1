"""Exercise checks for 02_activations.ipynb.

Every expected value is computed here with ``helpers.activations``; none is typed in.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .. import activations as act
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
from ..i18n import N, t

# --------------------------------------------------------------------- 02.1 tanh from the sigmoid

#: Inputs the learner's tanh_via_sigmoid must handle: one number, then arrays.
TANH_CASES = [(0.5,), (np.array([-3.0, -1.0, 0.0, 0.5, 2.0]),), (np.linspace(-6.0, 6.0, 13),)]

#: Typical slips in tanh(z) = 2 sigmoid(2z) - 1, each with the hint it deserves.
TANH_SLIPS = [
    (lambda z: 2 * act.sigmoid(z) - 1, N("Close: the sigmoid needs 2z inside, not z. Try act.sigmoid(2 * z).")),
    (lambda z: 2 * act.sigmoid(2 * z), N("Close: subtract 1 at the end, or the result lies in (0, 2).")),
    (lambda z: act.sigmoid(2 * z) - 1, N("Close: multiply the sigmoid by 2 before you subtract 1.")),
    (lambda z: 2 * act.sigmoid(-2 * z) - 1, N("The sign inside is flipped: use +2z, not -2z.")),
]


def _matches(function: Any, reference: Any) -> bool:
    """Does ``function`` give ``reference``'s results on every test input? Never raises."""
    try:
        with np.errstate(all="ignore"):
            return all(
                np.allclose(np.asarray(function(*args), dtype=float), reference(*args), atol=1e-6)
                for args in TANH_CASES
            )
    except Exception:
        return False


@never_raises
def check_tanh_via_sigmoid(answer: Any) -> Verdict:
    """Is ``answer`` a function z -> 2 * sigmoid(2z) - 1, equal to tanh?"""
    verdict = check_function(
        answer,
        act.tanh,
        TANH_CASES,
        what=t("a function tanh_via_sigmoid(z)"),
        hints=[t("Stretch, then shift: tanh(z) = 2 * sigmoid(2 * z) - 1.")],
    )
    if verdict.status != "wrong":
        return verdict
    for slip, hint in TANH_SLIPS:
        if _matches(answer, slip):
            return wrong(verdict.message, t(hint))
    return verdict


# --------------------------------------------------------------------- 02.2 which activation where

OPTIONS = ["sigmoid", "relu", "tanh"]
LAYERS = {"output": "sigmoid", "hidden": "relu"}
WHERE = {
    "output": N("the output layer of a yes/no classifier"),
    "hidden": N("the hidden layers of a deep network"),
}
CHOICE_HINTS = {
    "output": {
        "relu": N("ReLU's output can be any number >= 0, such as 7.3: not a probability."),
        "tanh": N("tanh gives numbers in (-1, 1); a probability must lie between 0 and 1."),
    },
    "hidden": {
        "sigmoid": N(
            "Each sigmoid layer multiplies the gradient by at most 0.25: a deep stack of them starves the first layers."
        ),
        "tanh": N(
            "tanh works, but its slope is below 1 away from z = 0, so in a deep network the "
            "gradient still shrinks layer by layer. Which slope stays at 1?"
        ),
    },
}


@never_raises
def check_activation_choice(answer: Any) -> Verdict:
    """Is ``answer`` the dict {"output": "sigmoid", "hidden": "relu"}?"""
    if is_blank(answer):
        return unanswered(t("a dict such as {example}", example='{"output": "...", "hidden": "..."}'))
    if not isinstance(answer, dict):
        example = '{"output": ..., "hidden": ...}'
        return invalid(t("Expected a dict {example}, got {kind}.", example=example, kind=type(answer).__name__))
    missing = [key for key in LAYERS if key not in answer]
    if len(missing) == len(LAYERS):
        return invalid(t("The dict needs the keys 'output' and 'hidden'; 'output' and 'hidden' missing."))
    if missing:
        return invalid(t("The dict needs the keys 'output' and 'hidden'; {name} missing.", name=repr(missing[0])))
    for key, expected in LAYERS.items():
        hints = {option: t(hint) for option, hint in CHOICE_HINTS[key].items()}
        what = t("a name for {key}", key=repr(key))
        verdict = check_choice(answer[key], expected, options=OPTIONS, hints=hints, what=what)
        if verdict.status == "unanswered":
            return verdict
        if verdict.status == "invalid":
            return invalid(f"{key!r}{t(': ')}{verdict.message}")
        if not verdict.correct:
            choice = answer[key].strip().lower()
            message = t('"{choice}" is not the best choice for {where}.', choice=choice, where=t(WHERE[key]))
            return wrong(message, verdict.hint)
    return correct(t("Sigmoid for a yes/no output, ReLU for the hidden layers of a deep network."))


# --------------------------------------------------------------------- 02.3 the sigmoid's slope

#: The z at which the learner computes the sigmoid's slope.
SLOPE_AT = -1.0


@never_raises
def check_sigmoid_slope(answer: Any) -> Verdict:
    """Is ``answer`` the sigmoid's slope at z = -1, s(1 - s) with s = sigmoid(-1)?"""
    z = SLOPE_AT
    s = float(act.sigmoid(z))
    return check_number(
        answer,
        float(act.sigmoid_derivative(z)),
        what=t("the slope as a number"),
        tol=5e-4,
        hints=[t("First s = sigmoid(-1), then s * (1 - s).")],
        wrong_answers={
            s: t("That is the value sigmoid(-1), not its slope. The slope is s * (1 - s)."),
            1 - s: t("You have 1 - s; multiply it by s as well."),
            z * (1 - z): t("Put s = sigmoid(z) into s * (1 - s), not z itself."),
            float(act.sigmoid_derivative(0.0)): t(
                "0.25 is the slope at z = 0, the largest there is; at z = -1 it is smaller."
            ),
            -float(act.sigmoid_derivative(z)): t("The sigmoid only goes up, so its slope is never negative."),
        },
    )


# --------------------------------------------------------------------- 02.4 layers until it vanishes

#: The tanh exercise: every layer sees z = 1; how many layers until the gradient is below 0.001?
LAYERS_Z = 1.0
LAYERS_THRESHOLD = 1e-3


def layers_until_below(slope: float, threshold: float, limit: int = 10_000) -> int:
    """The smallest whole n with slope**n < threshold (slope between 0 and 1)."""
    factor, n = 1.0, 0
    while factor >= threshold and n < limit:
        factor *= slope
        n += 1
    return n


def _one_number(answer: Any) -> float | None:
    """A plain number from an int, a float or a one-element array; None for anything else."""
    if isinstance(answer, (bool, np.bool_)):
        return None
    try:
        array = np.asarray(answer, dtype=float)
    except (TypeError, ValueError):
        return None
    return float(array.reshape(-1)[0]) if array.size == 1 else None


@never_raises
def check_tanh_layers(answer: Any) -> Verdict:
    """Is ``answer`` the number of tanh layers (z = 1 each) after which less than 0.001 is left?"""
    if is_blank(answer):
        return unanswered(t("a whole number of layers"))
    if isinstance(answer, str):
        return invalid(t("Expected a whole number without quotes, got the text {text}.", text=repr(answer)))
    value = _one_number(answer)
    if value is None:
        return invalid(t("Expected a whole number of layers, got {kind}.", kind=type(answer).__name__))
    slope = float(act.tanh_derivative(LAYERS_Z))
    expected = layers_until_below(slope, LAYERS_THRESHOLD)
    if not np.isfinite(value):
        return wrong(t("Your answer is {value}.", value=value), t("Count the layers: a whole number such as 3."))
    if value != round(value):
        return wrong(
            t("{value:.3g} is not a whole number of layers.", value=value),
            t("A network has whole layers: take the first whole n at which the product is below 0.001."),
        )
    n = int(round(value))
    if n == expected:
        return correct(
            t(
                "{n} layers: {slope:.3f}^{n} = {product:.6f}, below 0.001 for the first time "
                "({slope:.3f}^{m} = {previous:.4f} is not).",
                n=n,
                slope=slope,
                product=slope**n,
                m=n - 1,
                previous=slope ** (n - 1),
            )
        )
    if n == expected - 1:
        return wrong(
            t("{n} is one short.", n=n),
            t(
                "{slope:.3f}^{n} = {product:.4f} is still above 0.001. One more layer.",
                slope=slope,
                n=n,
                product=slope**n,
            ),
        )
    if n < 1:
        return wrong(
            t("{n} layers cannot shrink anything.", n=n), t("Start from 1 and multiply by the slope once per layer.")
        )
    return wrong(
        t("{n} is not it: {slope:.3f}^{n} = {product:.3g}.", n=n, slope=slope, product=slope**n),
        t(
            "First the slope, tanh'(1) = 1 - tanh(1)**2; then multiply by it, one layer at a time, "
            "until less than 0.001 is left."
        ),
    )
