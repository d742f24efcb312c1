"""Exercise checks for 09_digits.ipynb."""

from __future__ import annotations

from typing import Any

import numpy as np

from ..activations import softmax
from ..checks import Verdict, check_array, correct, invalid, is_blank, never_raises, unanswered, wrong
from ..data import load_digits, one_hot
from ..digits import (
    LESSON_EPOCHS,
    LESSON_HIDDEN,
    LESSON_SEED,
    confusion_matrix,
    scale_pixels,
    split_digits,
    train_digits,
)
from ..i18n import t

# Exercise 09.1: three scores.
SCORES = np.array([1.0, 2.0, 3.0])

# Exercise 09.2: the digit whose one-hot target the learner writes.
DIGIT = 7


@never_raises
def check_softmax_by_hand(probabilities: Any) -> Verdict:
    """Exercise 09.1: softmax of the scores (1, 2, 3)."""
    what = t("an array of three probabilities")
    if is_blank(probabilities):
        return unanswered(what)
    value = np.asarray(probabilities, dtype=float).ravel() if not isinstance(probabilities, str) else None
    if value is not None and value.shape == (3,) and np.allclose(value, SCORES / SCORES.sum(), atol=0.005):
        return wrong(
            t("Those are the scores divided by their sum, not softmax."),
            t("Raise e to each score first: np.exp(z), then divide by the total of the powers."),
        )
    return check_array(
        value if value is not None and value.size == 3 else probabilities,
        softmax(SCORES),
        what=what,
        tol=0.005,
        hints=[t("Use np.exp(z) / np.exp(z).sum(): the three numbers must add up to 1.")],
        shape_hint=t("Expected a 1-D array of 3 numbers, such as np.array([0.1, 0.2, 0.7])."),
    )


@never_raises
def check_one_hot(target: Any) -> Verdict:
    """Exercise 09.2: the one-hot target of the digit 7."""
    what = t("an array of ten numbers")
    if is_blank(target):
        return unanswered(what)
    value = np.asarray(target, dtype=float) if not isinstance(target, (str, bytes, dict)) else None
    if value is not None and value.size == 10:
        value = value.ravel()
        shifted = one_hot(np.array([DIGIT - 1]), 10)[0]
        if np.array_equal(value, shifted):
            return wrong(
                t("The 1 sits in the column of the digit 6."),
                t("The columns count from 0: the first column is the digit 0, so the digit 7 is the eighth column."),
            )
    return check_array(
        value if value is not None and value.size == 10 else target,
        one_hot(np.array([DIGIT]), 10)[0],
        what=what,
        hints=[t("A 1 in the column of the true digit and 0 in the nine others.")],
        shape_hint=t("Expected a 1-D array of 10 numbers, such as np.array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0])."),
    )


def lesson_confusion_matrix() -> np.ndarray:
    """The confusion matrix of the lesson's network on its test digits (trained again: about 0.2 s)."""
    X, y = load_digits()
    X_train, _, X_test, y_train, _, y_test = split_digits(scale_pixels(X), y, seed=LESSON_SEED)
    network = train_digits(X_train, y_train, LESSON_HIDDEN, LESSON_EPOCHS, seed=LESSON_SEED)
    return confusion_matrix(y_test, network.predict(X_test))


@never_raises
def check_most_misread(digit: Any) -> Verdict:
    """Exercise 09.3: the true digit that the lesson's network misreads most often on the test set."""
    what = t("a digit from 0 to 9")
    if is_blank(digit):
        return unanswered(what)
    if isinstance(digit, str):
        return invalid(t("Expected {what} without quotes, got the text {value!r}.", what=what, value=digit))
    if isinstance(digit, (bool, np.bool_, bytes)) or np.ndim(digit) != 0:
        return invalid(t("Expected {what}, got {value!r}.", what=what, value=digit))
    value = float(digit)
    if value != int(value) or not 0 <= value <= 9:
        return invalid(t("Expected {what}, got {value!r}.", what=what, value=digit))
    value = int(value)
    counts = lesson_confusion_matrix()
    off = counts.copy()
    np.fill_diagonal(off, 0)
    misread, guessed = off.sum(axis=1), off.sum(axis=0)
    if misread[value] == misread.max():
        return correct(t("Right: {n} test digits showing a {digit} were misread.", n=int(misread[value]), digit=value))
    if guessed[value] == guessed.max():
        return wrong(
            t("{digit} is the digit the network answers wrongly most often, not the one it misreads most.",
              digit=value),
            t("Rows are the true digits: add up each row without its diagonal cell, with off_diagonal.sum(axis=1)."),
        )
    return wrong(
        t("{n} test digits showing a {digit} were misread; another digit is misread more often.",
          n=int(misread[value]), digit=value),
        t("Add up each row of off_diagonal (axis=1), then take the argmax."),
    )
