"""Exercise checks for lesson 04, loss functions.

04.1 the mean squared error of four temperature forecasts (a number);
04.2 the binary cross-entropy of four cat/dog predictions (a number);
04.3 which loss suits which task (a dict of choices);
04.4 the gradient of the half mean squared error for one house (a number).

Every expected value is computed with ``helpers.losses``; every typical mistake
is computed the same way, so that its hint can name it. Every message is an
English template passed through ``helpers.i18n.t`` when the check runs; the
Chinese is in ``helpers/i18n/zh_lesson04.py``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..checks import (
    Verdict,
    as_number,
    check_choice,
    check_number,
    correct,
    invalid,
    is_blank,
    kind_of,
    never_raises,
    unanswered,
    wrong,
)
from ..i18n import N, get_language, t
from ..losses import binary_cross_entropy, half_mse, half_mse_gradient, mse, mse_gradient

# ------------------------------------------------------------------ 04.1 mean squared error

#: Exercise 04.1: four days, true temperatures (°C) and a forecast for each.
TEMPERATURES = np.array([12.0, 15.0, 9.0, 20.0])
FORECASTS = np.array([14.0, 15.0, 6.0, 21.0])


@never_raises
def check_mse(answer: Any) -> Verdict:
    """Exercise 04.1: the mean squared error of FORECASTS against TEMPERATURES."""
    errors = FORECASTS - TEMPERATURES
    m = len(TEMPERATURES)
    mistakes = {
        float(np.sum(errors**2)): t("That is the sum of the squared errors. Divide it by m, the number of days."),
        half_mse(FORECASTS, TEMPERATURES): t("That is half of it: the 1/(2m) version. This exercise asks for 1/m."),
        float(np.mean(errors)): t(
            "The errors were averaged before they were squared, so +2, +1 and -3 cancel out. "
            "Square each error first, then average."
        ),
        float(np.mean(np.abs(errors))): t("That is the average size of the errors. Square each error, then average."),
        float(np.sqrt(mse(FORECASTS, TEMPERATURES))): t(
            "You took a square root at the end. The loss stops at the mean."
        ),
    }
    return check_number(
        answer,
        mse(FORECASTS, TEMPERATURES),
        what=t("a number (the mean squared error)"),
        tol=1e-6,
        wrong_answers=mistakes,
        hints=[
            t(
                "Errors ŷ - y: {errors}. Square each one, add them up, divide by m = {m}.",
                errors=_listing(errors),
                m=m,
            )
        ],
    )


# ------------------------------------------------------------------ 04.2 binary cross-entropy

#: Exercise 04.2: four photos, labels (1 = cat, 0 = dog) and the network's probability of cat.
LABELS = np.array([1.0, 1.0, 0.0, 0.0])
PROBABILITIES = np.array([0.7, 0.95, 0.4, 0.05])


@never_raises
def check_bce(answer: Any) -> Verdict:
    """Exercise 04.2: the binary cross-entropy of PROBABILITIES against LABELS."""
    y, p = LABELS, PROBABILITIES
    expected = binary_cross_entropy(p, y)
    terms = y * np.log(p) + (1 - y) * np.log(1 - p)
    mistakes = {
        -expected: t(
            "The result is negative: the minus sign in front of the formula is missing. "
            "A log of a number below 1 is negative, and the minus makes the loss positive."
        ),
        float(-np.sum(terms)): t("That is the sum over the four photos. Divide it by m = 4."),
        float(-np.mean(y * np.log(p))): t(
            "Only the y log ŷ part is there, so the two dogs count for nothing. Add (1 - y) log(1 - ŷ) for each photo."
        ),
        float(-np.mean(np.log(p))): t("You used log ŷ for every photo. For a dog (y = 0) the loss is -log(1 - ŷ)."),
        float(-np.mean(y * np.log10(p) + (1 - y) * np.log10(1 - p))): t(
            "That is the base-10 logarithm. Use the natural logarithm, np.log."
        ),
        mse(p, y): t("That is the mean squared error. This exercise asks for the cross-entropy."),
        binary_cross_entropy(y, p): t(
            "y and ŷ swapped places. The log is taken of the predictions ŷ, "
            "and the labels y decide which term counts. In helpers the prediction comes first: "
            "binary_cross_entropy(y_hat, y)."
        ),
    }
    value = None if is_blank(answer) else as_number(answer)
    if value is not None and not np.isfinite(value):
        return wrong(
            t("Your answer is {value}.", value=value),
            t(
                "A log of 0 slipped in. Did you swap y and ŷ? The log is taken of the predictions ŷ, "
                "never of the labels y, which are exactly 0 or 1."
            ),
        )
    return check_number(
        answer,
        expected,
        what=t("a number (the cross-entropy)"),
        tol=1e-3,
        wrong_answers=mistakes,
        hints=[t("Per photo: -log ŷ for a cat (y = 1), -log(1 - ŷ) for a dog (y = 0). Then average the four.")],
    )


# ------------------------------------------------------------------ 04.3 which loss for which task

#: Exercise 04.3: the tasks, and the right loss for each.
TASKS = {
    "house_price": "mse",
    "cat_or_dog": "binary_cross_entropy",
    "temperature": "mse",
    "spam": "binary_cross_entropy",
}
LOSS_OPTIONS = ["mse", "binary_cross_entropy"]

_REGRESSION_HINT = N(
    "This answer is a number that can take any value, not a yes/no. "
    "Cross-entropy needs targets of exactly 0 or 1 and predictions between 0 and 1."
)
_CLASSIFICATION_HINT = N(
    "This answer is yes or no (1 or 0), and the network outputs a probability. "
    "Cross-entropy is made for that: it punishes a confident wrong answer far harder than the squared error."
)


@never_raises
def check_loss_choice(answer: Any) -> Verdict:
    """Exercise 04.3: a dict naming "mse" or "binary_cross_entropy" for each task in TASKS."""
    if is_blank(answer):
        return unanswered(t("the dictionary of choices"))
    if not isinstance(answer, dict):
        return invalid(t("Expected a dictionary {{task: loss}}, got {kind}.", kind=kind_of(answer)))
    missing = [task for task in TASKS if task not in answer]
    if missing:
        return invalid(
            t("The dictionary has no entry for {tasks}.", tasks=_names(repr(task) for task in missing)),
            t("Keep the four keys {keys} and fill in a loss name for each.", keys=list(TASKS)),
        )
    blank = [task for task in TASKS if is_blank(answer[task])]
    if len(blank) == len(TASKS):
        return unanswered(t("a loss name in quotes for each task"))
    if blank:
        return unanswered(t("a loss name in quotes for {tasks}", tasks=_names(repr(task) for task in blank)))
    for task, right in TASKS.items():
        hint = t(_REGRESSION_HINT if right == "mse" else _CLASSIFICATION_HINT)
        other = [o for o in LOSS_OPTIONS if o != right]
        verdict = check_choice(answer[task], right, options=LOSS_OPTIONS, hints=dict.fromkeys(other, hint))
        if not verdict.correct:
            return Verdict(verdict.status, f"{task}{t(': ')}{verdict.message}", verdict.hint)
    return correct(t("Numbers that can be anything: mse. Yes/no answers: binary_cross_entropy."))


# ------------------------------------------------------------------ 04.4 gradient of half MSE

#: Exercise 04.4: a batch of four houses (prices in thousands) and the predictions for them.
HOUSE_PRICES = np.array([200.0, 150.0, 310.0, 260.0])
HOUSE_PREDICTIONS = np.array([180.0, 160.0, 340.0, 250.0])
HOUSE_INDEX = 0  # the question is about house 1, the first in the batch


@never_raises
def check_half_mse_gradient(answer: Any) -> Verdict:
    """Exercise 04.4: d(half_mse)/d(ŷ) for house 1 of the batch, (ŷ₁ - y₁) / m."""
    y_hat, y, k = HOUSE_PREDICTIONS, HOUSE_PRICES, HOUSE_INDEX
    m = len(y)
    expected = float(half_mse_gradient(y_hat, y)[k])
    error = float(y_hat[k] - y[k])
    mistakes = {
        error: t("That is ŷ - y for house 1, not yet divided by m. The loss averages over m = {m} houses.", m=m),
        -expected: t(
            "The sign is flipped: the slope is (ŷ - y) / m, prediction minus target. "
            "The prediction is too low, so raising it lowers the loss: the slope is negative."
        ),
        float(mse_gradient(y_hat, y)[k]): t(
            "That is the slope of the mean squared error without the 1/2. With the 1/2 the 2 of the square cancels."
        ),
        2 * error: t("That is the slope of (ŷ - y)² for one house. Use the half version and divide by m."),
        float(np.mean(y_hat - y)): t(
            "That averages the errors of all houses. Only house 1's own error changes when house 1's prediction moves."
        ),
        float((y_hat[k] - y[k]) ** 2 / (2 * m)): t("That is house 1's share of the loss, not its slope."),
    }
    return check_number(
        answer,
        expected,
        what=t("a number (the slope for house 1)"),
        tol=1e-6,
        wrong_answers=mistakes,
        hints=[t("The slope of half_mse with respect to ŷ₁ is (ŷ₁ - y₁) / m, with m = {m}.", m=m)],
    )


# ------------------------------------------------------------------ small tools


def _names(names) -> str:
    """Names as a list in the learner's language: "'spam', 'temperature'" (Chinese: 'spam'、'temperature')."""
    names = list(names)
    text = names[0] if names else ""
    for name in names[1:]:
        text = t("{names}, {name}", names=text, name=name)
    return text


def _listing(values: np.ndarray) -> str:
    """The values as a list: "2, 0, -3, 1" (Chinese: 2、0、−3、1, with a real minus sign)."""
    items = [f"{v:g}" for v in values]
    if get_language() == "zh":
        return "、".join(item.replace("-", "\u2212") for item in items)
    return ", ".join(items)
