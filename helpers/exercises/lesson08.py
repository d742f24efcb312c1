"""Exercise checks for 08_classification.ipynb."""

from __future__ import annotations

from typing import Any

import numpy as np

from ..checks import Verdict, check_choice, check_number, correct, invalid, is_blank, never_raises, unanswered, wrong
from ..classify import HIDDEN_ACTIVATIONS, accuracy, predict_class, train_classifier
from ..data import make_classification, train_test_split
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
_TEMPERATURE_LOSS_HINT = (
    "A temperature is a number that can be anything, not a yes/no answer. "
    "Which loss measures how far a number is from the true one?"
)
_RAIN_LOSS_HINT = (
    "Rain or no rain is a label 1 or 0, and the output is a probability. Use the loss that is made for "
    "that and punishes a confident wrong answer hardest."
)
FORECAST_HINTS = {
    "temperature_activation": {
        "relu": "ReLU never outputs a negative number, but a winter day can be -4 °C.",
        "sigmoid": "The sigmoid only outputs numbers between 0 and 1, but a temperature can be 23 °C.",
        "tanh": "tanh only outputs numbers between -1 and 1, but a temperature can be 23 °C.",
    },
    "temperature_loss": {"binary_cross_entropy": _TEMPERATURE_LOSS_HINT},
    "rain_activation": {
        "relu": "ReLU can output 0 or 7.5: neither reads as a probability of rain.",
        "tanh": "tanh outputs numbers from -1 to 1. A probability cannot be negative.",
        "linear": "A linear output can be any number, like 12 or -3: not a probability.",
    },
    "rain_loss": {"mse": _RAIN_LOSS_HINT, "half_mse": _RAIN_LOSS_HINT},
}

# Exercise 08.4: the xor data and training settings the notebook uses.
XOR_SEED = 4
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
        what="the accuracy, a number between 0 and 1",
        tol=0.005,
        hints=[
            "Turn each probability into an answer (cat if at least 0.5), compare with y, "
            "count the matches and divide by 6."
        ],
        wrong_answers={
            n_right: f"You counted the right answers ({n_right:.0f}). Divide by the number of animals.",
            1.0 - expected: "That is the share of wrong answers. Accuracy counts the right ones.",
            float(predict_class(p).mean()): "That is the share of animals called 'cat'. "
            "Compare each answer with its label y instead.",
            accuracy(p, y, threshold=0.45): "0.48 is below 0.5, so the model answers 'dog' there, "
            "even though it is close.",
        },
    )
    if verdict.status == "wrong":
        value = np.asarray(answer, dtype=float).ravel()[0]  # check_number already made sure it is one number
        if 1.0 < value <= 100.0 and abs(value / 100 - expected) < 0.005:
            return wrong(f"{value:g} looks like a percentage.", "Give the accuracy as a fraction: 50% is 0.5.")
    return verdict


@never_raises
def check_output_activation(answer: Any) -> Verdict:
    """Exercise 08.2: the activation of the last layer of a cat-or-dog network."""
    return check_choice(
        answer,
        "sigmoid",
        options=OUTPUT_OPTIONS,
        what='the name of an activation, such as "relu"',
        hints={
            "relu": "ReLU can output 0 or 7.5: neither reads as a probability, and it never gives 0.3.",
            "tanh": "tanh outputs numbers from -1 to 1. A probability cannot be negative.",
            "linear": "A linear output can be any number, like 12 or -3: not a probability.",
        },
    )


@never_raises
def check_output_and_loss(answer: Any) -> Verdict:
    """Exercise 08.3: the output activation and the loss for each forecast in FORECAST_TASKS."""
    example = "a dict with the keys " + ", ".join(repr(k) for k in FORECAST_TASKS)
    if is_blank(answer):
        return unanswered(f"{example}, each holding a name in quotes")
    if not isinstance(answer, dict):
        return invalid(f"Expected {example}; got {type(answer).__name__}.")
    missing = [k for k in FORECAST_TASKS if k not in answer]
    if missing:
        return invalid(
            f"The dict has no entry for {', '.join(repr(k) for k in missing)}.",
            "Keep all four keys and fill in a name for each.",
        )
    blank = [k for k in FORECAST_TASKS if is_blank(answer[k])]
    if len(blank) == len(FORECAST_TASKS):
        return unanswered("a name in quotes for each of the four choices")
    if blank:
        return unanswered(f"a name in quotes for {', '.join(repr(k) for k in blank)}")
    for key, right in FORECAST_TASKS.items():
        if key.endswith("_activation"):
            options, what = OUTPUT_OPTIONS, 'an activation, such as "relu"'
        else:
            options, what = tuple(LOSSES), 'a loss, such as "mse"'
        verdict = check_choice(answer[key], right, options=options, hints=FORECAST_HINTS[key], what=what)
        if not verdict.correct:
            return Verdict(verdict.status, f"{key}: {verdict.message}", verdict.hint)
    return correct(
        "A temperature can be any number: a linear output and a squared error. "
        "Rain or no rain is yes/no: a sigmoid output and binary cross-entropy."
    )


def xor_accuracies(hidden_units: int) -> tuple[float, float]:
    """(train, test) accuracy on the notebook's xor data with this many tanh hidden units."""
    X, y = make_classification("xor", XOR_POINTS, noise=XOR_NOISE, seed=XOR_SEED)
    X_train, X_test, y_train, y_test = train_test_split(X, y, seed=XOR_SEED)
    model = train_classifier(X_train, y_train, hidden_units=hidden_units, activation=XOR_ACTIVATION, seed=XOR_SEED)
    return model.accuracy(X_train, y_train), model.accuracy(X_test, y_test)


@never_raises
def check_smallest_xor_layer(answer: Any) -> Verdict:
    """Exercise 08.4: the fewest tanh hidden units whose test accuracy on xor is above 90%."""
    if is_blank(answer):
        return unanswered("a whole number of hidden units")
    if isinstance(answer, (bool, np.bool_)) or not isinstance(answer, (int, float, np.integer, np.floating)):
        return invalid(f"Expected a whole number of hidden units, got {type(answer).__name__}.")
    if not np.isfinite(answer) or answer != int(answer) or not 0 <= answer <= MOST_HIDDEN:
        return invalid(f"Expected a whole number of hidden units from 0 to {MOST_HIDDEN}, got {answer}.")
    answer = int(answer)
    seen = {}  # hidden units -> (train, test) accuracy, computed only as far as needed
    expected = None
    for h in range(0, MOST_HIDDEN + 1):
        seen[h] = xor_accuracies(h)
        if seen[h][1] > 0.9:
            expected = h
            break
    if expected is None:
        return invalid("No layer size up to 16 reached 90% here; please report this to the course authors.")
    if answer == expected:
        train_acc, test_acc = seen[answer]
        return correct(f"{answer} hidden units: test accuracy {test_acc:.0%} (train {train_acc:.0%}).")
    if answer > expected:
        return wrong(f"{answer} hidden units work, but fewer already do.", "Try smaller numbers in the loop.")
    train_acc, test_acc = seen[answer]
    if answer == 0:
        hint = "With no hidden layer the model can only draw one straight line, and xor needs more."
    elif answer == 1:
        hint = "One hidden unit still draws one straight line: its output is 0.5 along a line."
    elif train_acc > 0.9:
        hint = "That is above 90% on the training points only. Print the test accuracy and look at that."
    else:
        hint = "Look for the first row whose test accuracy is above 90%."
    units = "hidden unit" if answer == 1 else "hidden units"
    return wrong(f"With {answer} {units} the test accuracy is {test_acc:.0%} (train {train_acc:.0%}).", hint)
