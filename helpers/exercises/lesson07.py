"""Checks for the exercises of lesson 07, the full house-price example.

Every expected value is computed with the course's helpers (``helpers.house``,
``helpers.data``), never typed in. None of the checks raises.

* ``check_house_price(price)``: the fixed network's price for one house, by hand.
* ``check_fresh_floor(loss)``: the least-squares floor of the 100 fresh houses.
* ``check_fewest_units(hidden)``: the fewest hidden units whose loss on fresh
  houses stays below 1.1 times the straight line's.
* ``check_why_differ(choice)``: why the loss on fresh houses is higher.
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
from ..house import SOURCE_SEED, TEST_SEED, HouseModel, train_fixed, train_house
from ..i18n import t
from ..losses import half_mse, mse

#: Exercise 07.1: a 75 m² house with location score 3.
EXERCISE_HOUSE = np.array([[75.0, 3.0]])
#: Exercise 07.3: the loss on fresh houses must stay below this many times the straight line's.
FRESH_FACTOR = 1.1
#: Exercise 07.3: the numbers of hidden units the check tries (the widget's range).
MAX_HIDDEN = 10


@lru_cache(maxsize=1)
def _fixed() -> HouseModel:
    """The lesson's fixed network (He seed 0), trained once."""
    return train_fixed(0)


@lru_cache(maxsize=1)
def _houses() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The source's 100 houses and the 100 fresh ones: (X, y, X_test, y_test)."""
    X, y = make_house_prices(100, seed=SOURCE_SEED)
    X_test, y_test = make_house_prices(100, seed=TEST_SEED)
    return X, y, X_test, y_test


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
    """The least-squares floor of the fresh houses: the best line fitted to them, scored on them."""
    _, _, X_test, y_test = _houses()
    return line_loss(X_test, y_test, X_test, y_test)


@never_raises
def check_fresh_floor(answer: Any) -> Verdict:
    """Exercise 07.2: half MSE of the least-squares line fitted to the fresh houses themselves."""
    X, y, X_test, y_test = _houses()
    w, b = least_squares(X_test, y_test)
    return check_number(
        answer,
        expected_fresh_floor(),
        what=t("the loss (one number)"),
        tol=0.005,
        wrong_answers={
            line_loss(X, y, X_test, y_test): t(
                "That is the line fitted to the training houses. Fit a new line to X_test and y_test."
            ),
            mse(X_test @ w + b, y_test): t("Use the half MSE, 1/(2m), as everywhere in this lesson: half_mse."),
            line_loss(X, y, X, y): t("That is the floor of the training houses. Use X_test and y_test."),
        },
        hints=(t("w, b = least_squares(X_test, y_test), then half_mse(X_test @ w + b, y_test)."),),
    )


# --------------------------------------------------------------------------- 07.3


def fresh_bound() -> float:
    """1.1 times the fresh-house loss of the straight line fitted to the training houses."""
    X, y, X_test, y_test = _houses()
    return FRESH_FACTOR * line_loss(X, y, X_test, y_test)


@lru_cache(maxsize=16)
def fresh_loss(hidden: int) -> float:
    """Loss on the fresh houses of the lesson's recipe (train_house defaults) with this many hidden units."""
    X, y, X_test, y_test = _houses()
    return train_house(X, y, hidden=int(hidden)).loss(X_test, y_test)


def expected_fewest_units() -> int:
    """The fewest hidden units (1 to MAX_HIDDEN) whose loss on the fresh houses is below the bound."""
    bound = fresh_bound()
    return next(h for h in range(1, MAX_HIDDEN + 1) if fresh_loss(h) < bound)


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
def check_fewest_units(answer: Any) -> Verdict:
    """Exercise 07.3: the fewest hidden units whose loss on the fresh houses is below the bound."""
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
    loss, bound, fewest = fresh_loss(units), fresh_bound(), expected_fewest_units()
    if units == 1:
        text = t(
            "With {units} hidden unit the loss on fresh houses is {loss:.2f}; the bound is {bound:.2f}.",
            units=units,
            loss=loss,
            bound=bound,
        )
    else:
        text = t(
            "With {units} hidden units the loss on fresh houses is {loss:.2f}; the bound is {bound:.2f}.",
            units=units,
            loss=loss,
            bound=bound,
        )
    if units == fewest:
        return correct(
            t(
                "{text} Below the bound, and no smaller network gets there. The rule is a straight line, "
                "so a small network is enough; more units only give it more freedom to follow the noise.",
                text=text,
            )
        )
    if loss < bound:
        return wrong(
            t("{text} That is below the bound, but a smaller network is below it too.", text=text),
            t("Try fewer hidden units: train each number from 1 up and stop at the first one below the bound."),
        )
    return wrong(
        t("{text} That is above the bound.", text=text),
        t("Train each number of hidden units from 1 up and stop at the first one below the bound."),
    )


# --------------------------------------------------------------------------- 07.4

WHY_OPTIONS = ("a", "b", "c", "d")


@never_raises
def check_why_differ(answer: Any) -> Verdict:
    """Exercise 07.4: why the loss on fresh houses is higher than the training loss."""
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
