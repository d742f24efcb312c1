"""Exercise checks for 08_classification.ipynb."""

from __future__ import annotations

from typing import Any

import numpy as np

from ..checks import Verdict, check_choice, check_number, correct, invalid, is_blank, never_raises, unanswered, wrong
from ..classify import HIDDEN_ACTIVATIONS, accuracy, predict_class, train_classifier
from ..data import make_classification, train_val_test_split
from ..i18n import N, t
from ..losses import LOSSES

# Exercise 08.1: six animals, the model's probability of "cat" and the truth.
PROBABILITIES = (0.92, 0.30, 0.55, 0.48, 0.10, 0.81)
LABELS = (1, 0, 0, 1, 0, 1)

# Exercise 08.2: the activations a last layer could use.
OUTPUT_OPTIONS = (*HIDDEN_ACTIVATIONS, "linear")

# Exercise 08.3: a temperature forecast (a number in °C) and "will it rain tomorrow?" (yes or no).
FORECAST_TASKS = {
    "temperature_activation": "linear",
    "temperature_loss": ("mse", "half_mse"),
    "rain_activation": "sigmoid",
    "rain_loss": "binary_cross_entropy",
}
_TEMPERATURE_LOSS_HINT = N(
    "A temperature is a number that can be anything, not a yes/no answer. "
    "Which loss measures how far a number is from the true one?"
)
_RAIN_LOSS_HINT = N(
    "Rain or no rain is a label 1 or 0, and the output is a probability. Use the loss that is made for "
    "that and punishes a confident wrong answer hardest."
)
#: A hint for each wrong choice; the templates are translated when the check runs.
FORECAST_HINTS = {
    "temperature_activation": {
        "relu": N("ReLU never outputs a negative number, but a winter day can be -4 °C."),
        "sigmoid": N("The sigmoid only outputs numbers between 0 and 1, but a temperature can be 23 °C."),
        "tanh": N("tanh only outputs numbers between -1 and 1, but a temperature can be 23 °C."),
    },
    "temperature_loss": {"binary_cross_entropy": _TEMPERATURE_LOSS_HINT},
    "rain_activation": {
        "relu": N("ReLU can output 0 or 7.5: neither reads as a probability of rain."),
        "tanh": N("tanh outputs numbers from -1 to 1. A probability cannot be negative."),
        "linear": N("A linear output can be any number, like 12 or -3: not a probability."),
    },
    "rain_loss": {"mse": _RAIN_LOSS_HINT, "half_mse": _RAIN_LOSS_HINT},
}

# Exercise 08.4: the xor data, its three-way split and the training settings the notebook uses.
XOR_SEED = 12
XOR_VAL_FRACTION = XOR_TEST_FRACTION = 0.25
XOR_POINTS = 200
XOR_NOISE = 0.1
XOR_ACTIVATION = "tanh"
MOST_HIDDEN = 16


@never_raises
def check_accuracy_by_hand(answer: Any) -> Verdict:
    """Exercise 08.1: the accuracy of the six answers, as a fraction from 0 to 1."""
    p = np.array(PROBABILITIES).reshape(-1, 1)
    y = np.array(LABELS, dtype=float).reshape(-1, 1)
    expected = accuracy(p, y)
    n_right = expected * len(LABELS)
    verdict = check_number(
        answer,
        expected,
        what=t("the accuracy, a number between 0 and 1"),
        tol=0.005,
        hints=[
            t(
                "Turn each probability into an answer (cat if at least 0.5), compare with y, "
                "count the matches and divide by 6."
            )
        ],
        wrong_answers={
            n_right: t(
                "You counted the right answers ({n_right:.0f}). Divide by the number of animals.", n_right=n_right
            ),
            1.0 - expected: t("That is the share of wrong answers. Accuracy counts the right ones."),
            float(predict_class(p).mean()): t(
                "That is the share of animals called 'cat'. Compare each answer with its label y instead."
            ),
            accuracy(p, y, threshold=0.45): t(
                "0.48 is below 0.5, so the model answers 'dog' there, even though it is close."
            ),
        },
    )
    if verdict.status == "wrong":
        value = np.asarray(answer, dtype=float).ravel()[0]  # check_number already made sure it is one number
        if 1.0 < value <= 100.0 and abs(value / 100 - expected) < 0.005:
            return wrong(
                t("{value:g} looks like a percentage.", value=value),
                t("Give the accuracy as a fraction: 50% is 0.5."),
            )
    return verdict


@never_raises
def check_output_activation(answer: Any) -> Verdict:
    """Exercise 08.2: the activation of the last layer of a cat-or-dog network."""
    return check_choice(
        answer,
        "sigmoid",
        options=OUTPUT_OPTIONS,
        what=t('the name of an activation, such as "relu"'),
        hints={
            "relu": t("ReLU has no upper limit: an output such as 7.5 cannot be a probability."),
            "tanh": t("tanh outputs numbers from -1 to 1. A probability cannot be negative."),
            "linear": t("A linear output can be any number, like 12 or -3: not a probability."),
        },
    )


@never_raises
def check_output_and_loss(answer: Any) -> Verdict:
    """Exercise 08.3: the output activation and the loss for each forecast in FORECAST_TASKS."""
    example = t("a dict with the keys {keys}", keys=", ".join(repr(k) for k in FORECAST_TASKS))
    if is_blank(answer):
        return unanswered(t("{example}, each holding a name in quotes", example=example))
    if not isinstance(answer, dict):
        return invalid(t("Expected {example}; got {kind}.", example=example, kind=type(answer).__name__))
    missing = [k for k in FORECAST_TASKS if k not in answer]
    if missing:
        return invalid(
            t("The dict has no entry for {keys}.", keys=", ".join(repr(k) for k in missing)),
            t("Keep all four keys and fill in a name for each."),
        )
    blank = [k for k in FORECAST_TASKS if is_blank(answer[k])]
    if len(blank) == len(FORECAST_TASKS):
        return unanswered(t("a name in quotes for each of the four choices"))
    if blank:
        return unanswered(t("a name in quotes for {keys}", keys=", ".join(repr(k) for k in blank)))
    for key, right in FORECAST_TASKS.items():
        if key.endswith("_activation"):
            options, what = OUTPUT_OPTIONS, t('an activation, such as "relu"')
        else:
            options, what = tuple(LOSSES), t('a loss, such as "mse"')
        hints = {choice: t(hint) for choice, hint in FORECAST_HINTS[key].items()}
        verdict = check_choice(answer[key], right, options=options, hints=hints, what=what)
        if not verdict.correct:
            return Verdict(verdict.status, t("{key}: {message}", key=key, message=verdict.message), verdict.hint)
    return correct(
        t(
            "A temperature can be any number: a linear output and a squared error. "
            "Rain or no rain is yes/no: a sigmoid output and binary cross-entropy."
        )
    )


def xor_accuracies(hidden_units: int) -> tuple[float, float, float]:
    """(train, validation, test) accuracy on the notebook's xor data with this many tanh hidden units."""
    X, y = make_classification("xor", XOR_POINTS, noise=XOR_NOISE, seed=XOR_SEED)
    X_train, X_val, X_test, y_train, y_val, y_test = train_val_test_split(
        X, y, val_fraction=XOR_VAL_FRACTION, test_fraction=XOR_TEST_FRACTION, seed=XOR_SEED
    )
    model = train_classifier(X_train, y_train, hidden_units=hidden_units, activation=XOR_ACTIVATION, seed=XOR_SEED)
    return model.accuracy(X_train, y_train), model.accuracy(X_val, y_val), model.accuracy(X_test, y_test)


def _smallest_above(column: int, threshold: float = 0.9) -> int | None:
    """The fewest hidden units (0 to MOST_HIDDEN) whose accuracy in this column (0 train, 1 val, 2 test) passes."""
    return next((h for h in range(MOST_HIDDEN + 1) if xor_accuracies(h)[column] > threshold), None)


@never_raises
def check_smallest_xor_layer(answer: Any) -> Verdict:
    """Exercise 08.4: the fewest tanh hidden units whose validation accuracy on xor is above 90%."""
    if is_blank(answer):
        return unanswered(t("a whole number of hidden units"))
    if isinstance(answer, (bool, np.bool_)) or not isinstance(answer, (int, float, np.integer, np.floating)):
        return invalid(t("Expected a whole number of hidden units, got {kind}.", kind=type(answer).__name__))
    if not np.isfinite(answer) or answer != int(answer) or not 0 <= answer <= MOST_HIDDEN:
        return invalid(
            t(
                "Expected a whole number of hidden units from 0 to {most}, got {answer}.",
                most=MOST_HIDDEN,
                answer=answer,
            )
        )
    answer = int(answer)
    expected = _smallest_above(1)
    if expected is None:
        return invalid(t("No layer size up to 16 reached 90% here; please report this to the course authors."))
    train_acc, val_acc, test_acc = xor_accuracies(answer)
    if answer == expected:
        return correct(
            t(
                "{answer} hidden units: validation accuracy {val_acc:.0%} (training {train_acc:.0%}). "
                "Only now score this one network on the test set, once: {test_acc:.0%}. That is the number to report.",
                answer=answer,
                val_acc=val_acc,
                train_acc=train_acc,
                test_acc=test_acc,
            )
        )
    if answer > expected:
        return wrong(
            t("{answer} hidden units work, but fewer already do.", answer=answer),
            t("Try smaller numbers in the loop."),
        )
    if answer == 0:
        hint = t("With no hidden layer the model can only draw one straight line, and xor needs more.")
    elif answer == 1:
        hint = t("One hidden unit still draws one straight line: its output is 0.5 along a line.")
    elif test_acc > 0.9:
        hint = t(
            "That one passes on the TEST set. The test set must not choose: a choice made on it makes its score "
            "look better than it is. Choose on the validation set."
        )
    elif train_acc > 0.9:
        hint = t("That is above 90% on the training points only. Print the validation accuracy and look at that.")
    else:
        hint = t("Look for the first row whose validation accuracy is above 90%.")
    template = (
        N("With {answer} hidden unit the validation accuracy is {val_acc:.0%} (training {train_acc:.0%}).")
        if answer == 1
        else N("With {answer} hidden units the validation accuracy is {val_acc:.0%} (training {train_acc:.0%}).")
    )
    return wrong(t(template, answer=answer, val_acc=val_acc, train_acc=train_acc), hint)
