"""Checks for the exercises of lesson 07, the full house-price example.

Every expected value is computed with the course's helpers (``helpers.house``,
``helpers.data``), never typed in. None of the checks raises.

* ``check_house_price(price)``: the fixed network's price for one house, by hand.
* ``check_fresh_floor(loss)``: the least-squares floor of the 100 validation houses.
* ``check_chosen_units(hidden)``: the number of hidden units with the lowest loss
  on the validation houses. It never shows a test loss: the lesson scores the test
  houses once, in its report at the end.
* ``check_why_differ(choice)``: why the loss on the validation houses is higher.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np

from ..activations import relu
from ..checks import (
    Verdict,
    as_number,
    check_choice,
    check_number,
    correct,
    invalid,
    is_blank,
    never_raises,
    unanswered,
    wrong,
)
from ..data import TRUE_BIAS, TRUE_WEIGHTS, least_squares, make_house_prices
from ..house import SOURCE_SEED, TEST_SEED, VALIDATION_SEED, HouseModel, train_fixed, train_house
from ..i18n import N, t
from ..losses import half_mse, mse

#: Exercise 07.1: a 75 m² house with location score 3.
EXERCISE_HOUSE = np.array([[75.0, 3.0]])
#: Exercise 07.3: the numbers of hidden units the check tries (the widget's range).
MAX_HIDDEN = 10


@lru_cache(maxsize=1)
def _fixed() -> HouseModel:
    """The lesson's fixed network (He seed 0), trained once."""
    return train_fixed(0)


@lru_cache(maxsize=1)
def _houses() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The source's 100 houses and the 100 validation houses: (X, y, X_val, y_val)."""
    X, y = make_house_prices(100, seed=SOURCE_SEED)
    X_val, y_val = make_house_prices(100, seed=VALIDATION_SEED)
    return X, y, X_val, y_val


@lru_cache(maxsize=1)
def _test_houses() -> tuple[np.ndarray, np.ndarray]:
    """The 100 test houses, opened once, for the chosen model only."""
    return make_house_prices(100, seed=TEST_SEED)


def line_loss(X_fit: np.ndarray, y_fit: np.ndarray, X: np.ndarray, y: np.ndarray) -> float:
    """Half MSE on (X, y) of the least-squares line fitted to (X_fit, y_fit)."""
    w, b = least_squares(X_fit, y_fit)
    return half_mse(X @ w + b, y)


# --------------------------------------------------------------------------- 07.1


def expected_house_price() -> float:
    """The fixed network's price for EXERCISE_HOUSE, in plain units."""
    return float(_fixed().predict(EXERCISE_HOUSE)[0, 0])


def _typical_price_mistakes() -> dict[float, str]:
    """Prices that come from a typical slip, each with its hint."""
    model = _fixed()
    p, xs, ys = model.params, model.x_scaler, model.y_scaler
    x_s = xs.transform(EXERCISE_HOUSE)
    out = float((relu(x_s @ p["W1"] + p["b1"]) @ p["W2"] + p["b2"])[0, 0])
    raw = float((relu(EXERCISE_HOUSE @ p["W1"] + p["b1"]) @ p["W2"] + p["b2"])[0, 0])
    no_relu = float(((x_s @ p["W1"] + p["b1"]) @ p["W2"] + p["b2"])[0, 0])
    truth = float(EXERCISE_HOUSE[0] @ np.array(TRUE_WEIGHTS) + TRUE_BIAS)
    return {
        out: t("This is the standardised price. Undo the scaling: price = out * y_scaler.std + y_scaler.mean."),
        float(ys.inverse(np.array([[raw]]))[0, 0]): t(
            "Standardise the house first: (x - x_scaler.mean) / x_scaler.std. The weights were learned "
            "on standardised inputs."
        ),
        float(ys.inverse(np.array([[no_relu]]))[0, 0]): t(
            "Apply ReLU to the hidden layer: np.maximum(0, x_s @ W1 + b1)."
        ),
        truth: t(
            "That is the true rule's price. Use the network's weights: the network only learned the rule roughly."
        ),
    }


@never_raises
def check_house_price(answer: Any) -> Verdict:
    """Exercise 07.1: the fixed network's price for a 75 m² house with location score 3."""
    return check_number(
        answer,
        expected_house_price(),
        what=t("the price (one number)"),
        tol=0.05,
        wrong_answers=_typical_price_mistakes(),
        hints=(
            t(
                "Four steps: standardise x, hidden = ReLU(x_s @ W1 + b1), out = hidden @ W2 + b2, "
                "then undo the scaling of the price."
            ),
        ),
    )


# --------------------------------------------------------------------------- 07.2


def expected_fresh_floor() -> float:
    """The least-squares floor of the validation houses: the best line fitted to them, scored on them."""
    _, _, X_val, y_val = _houses()
    return line_loss(X_val, y_val, X_val, y_val)


@never_raises
def check_fresh_floor(answer: Any) -> Verdict:
    """Exercise 07.2: half MSE of the least-squares line fitted to the validation houses themselves."""
    X, y, X_val, y_val = _houses()
    w, b = least_squares(X_val, y_val)
    return check_number(
        answer,
        expected_fresh_floor(),
        what=t("the loss (one number)"),
        tol=0.005,
        wrong_answers={
            line_loss(X, y, X_val, y_val): t(
                "That is the line fitted to the training houses. Fit a new line to X_val and y_val."
            ),
            mse(X_val @ w + b, y_val): t("Use the half MSE, 1/(2m), as everywhere in this lesson: half_mse."),
            line_loss(X, y, X, y): t("That is the floor of the training houses. Use X_val and y_val."),
        },
        hints=(t("w, b = least_squares(X_val, y_val), then half_mse(X_val @ w + b, y_val)."),),
    )


# --------------------------------------------------------------------------- 07.3


@lru_cache(maxsize=16)
def house_losses(hidden: int) -> tuple[float, float, float]:
    """(training, validation, test) loss of the lesson's recipe (train_house defaults) with this many hidden units."""
    X, y, X_val, y_val = _houses()
    X_test, y_test = _test_houses()
    model = train_house(X, y, hidden=int(hidden))
    return model.final_loss, model.loss(X_val, y_val), model.loss(X_test, y_test)


def _lowest(column: int) -> int:
    """The number of hidden units (1 to MAX_HIDDEN) with the lowest loss in this column (0 train, 1 val, 2 test)."""
    return min(range(1, MAX_HIDDEN + 1), key=lambda h: house_losses(h)[column])


def expected_chosen_units() -> int:
    """The number of hidden units with the lowest loss on the validation houses."""
    return _lowest(1)


def _units(answer: Any) -> int | None:
    """The answer as a whole number of units, or None if it is not one."""
    if isinstance(answer, (bool, str, list, tuple, dict)):
        return None
    if isinstance(answer, (int, np.integer)):
        return int(answer)
    number = as_number(answer)
    if number is not None and float(number).is_integer():
        return int(number)
    return None


@never_raises
def check_chosen_units(answer: Any) -> Verdict:
    """Exercise 07.3: choose the number of hidden units on the validation houses (the test houses wait)."""
    if is_blank(answer):
        return unanswered(t("a whole number of hidden units"))
    units = _units(answer)
    if units is None or not 1 <= units <= MAX_HIDDEN:
        scalar = isinstance(answer, (int, float, str, np.number))
        shown = repr(answer) if scalar else t("a value of type {kind}", kind=type(answer).__name__)
        return invalid(
            t(
                "Expected a whole number of hidden units from 1 to {most}, such as 3; got {shown}.",
                most=MAX_HIDDEN,
                shown=shown,
            )
        )
    chosen = expected_chosen_units()
    train_loss, val_loss, _ = house_losses(units)
    if units == chosen:
        return correct(
            t(
                "{units} hidden units: validation loss {val_loss:.2f}, the lowest. The choice is made; the test "
                "houses are scored once, in the report at the end of the lesson.",
                units=units,
                val_loss=val_loss,
            )
        )
    template = (
        N("With {units} hidden unit the validation loss is {val_loss:.2f}; {chosen} units give {best:.2f}.")
        if units == 1
        else N("With {units} hidden units the validation loss is {val_loss:.2f}; {chosen} units give {best:.2f}.")
    )
    text = t(template, units=units, val_loss=val_loss, chosen=chosen, best=house_losses(chosen)[1])
    if units == _lowest(2):
        hint = t(
            "{units} has the lowest loss on the TEST houses. The test houses must not choose: a choice made on "
            "them makes their score look better than it is. Choose on the validation houses.",
            units=units,
        )
    elif units == _lowest(0):
        hint = t(
            "{units} has the lowest TRAINING loss ({loss:.2f}). More units always fit the training houses better, "
            "noise included. Choose on the validation houses.",
            units=units,
            loss=train_loss,
        )
    else:
        hint = t("Print the validation loss for every number from 1 to 10 and take the lowest.")
    return wrong(text, hint)


# --------------------------------------------------------------------------- 07.4

WHY_OPTIONS = ("a", "b", "c", "d")


@never_raises
def check_why_differ(answer: Any) -> Verdict:
    """Exercise 07.4: why the loss on the validation houses is higher than the training loss."""
    return check_choice(
        answer,
        "b",
        options=WHY_OPTIONS,
        what=t("a, b, c or d"),
        hints={
            "a": t("predict runs the same forward pass on any houses; nothing about new data is computed differently."),
            "c": t("make_house_prices uses the same rule for every seed: only the random draws change."),
            "d": t("Both losses are the half MSE, 1/(2m), computed by the same function."),
        },
    )
