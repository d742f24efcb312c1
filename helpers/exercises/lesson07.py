"""Checks for the exercises of lesson 07, the full house-price example.

Every expected value is computed with the course's helpers (``helpers.house``,
``helpers.data``), never typed in. None of the checks raises.

* ``check_house_price(price)``: the fixed network's price for one house, by hand.
* ``check_fresh_floor(loss)``: the least-squares floor of the 100 fresh houses.
* ``check_settings(settings)``: training settings whose loss on fresh houses stays
  within 10% of the straight line's.
* ``check_why_differ(choice)``: why the loss on fresh houses is higher.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np

from ..activations import relu
from ..checks import Verdict, as_number, check_choice, check_number, correct, invalid, is_blank, unanswered, wrong
from ..data import TRUE_BIAS, TRUE_WEIGHTS, least_squares, make_house_prices
from ..house import SOURCE_SEED, TEST_SEED, HouseModel, train_fixed, train_house
from ..losses import half_mse, mse

#: Exercise 07.1: a 75 m² house with location score 3.
EXERCISE_HOUSE = np.array([[75.0, 3.0]])
#: Exercise 07.3: the test loss must stay below this many times the straight line's test loss.
SETTINGS_FACTOR = 1.1
#: Exercise 07.3: what the settings dict holds, and the ranges the check accepts (kept fast).
SETTING_KEYS = ("hidden", "lr", "epochs", "optimizer")
MAX_HIDDEN = 20
MAX_EPOCHS = 3000
OPTIMIZER_NAMES = ("gd", "momentum", "adam")


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
        out: "This is the standardised price. Undo the scaling: price = out * y_scaler.std + y_scaler.mean.",
        float(ys.inverse(np.array([[raw]]))[0, 0]): (
            "Standardise the house first: (x - x_scaler.mean) / x_scaler.std. The weights were learned "
            "on standardised inputs."
        ),
        float(ys.inverse(np.array([[no_relu]]))[0, 0]): (
            "Apply ReLU to the hidden layer: np.maximum(0, x_s @ W1 + b1)."
        ),
        truth: "That is the true rule's price. Use the network's weights: the network only learned the rule roughly.",
    }


def check_house_price(answer: Any) -> Verdict:
    """Exercise 07.1: the fixed network's price for a 75 m² house with location score 3."""
    try:
        return check_number(
            answer,
            expected_house_price(),
            what="the price (one number)",
            tol=0.05,
            wrong_answers=_typical_price_mistakes(),
            hints=(
                "Four steps: standardise x, hidden = ReLU(x_s @ W1 + b1), out = hidden @ W2 + b2, "
                "then undo the scaling of the price.",
            ),
        )
    except Exception as exc:  # a check never raises
        return invalid(f"Could not check this answer ({type(exc).__name__}).")


# --------------------------------------------------------------------------- 07.2


def expected_fresh_floor() -> float:
    """The least-squares floor of the fresh houses: the best line fitted to them, scored on them."""
    _, _, X_test, y_test = _houses()
    return line_loss(X_test, y_test, X_test, y_test)


def check_fresh_floor(answer: Any) -> Verdict:
    """Exercise 07.2: half MSE of the least-squares line fitted to the fresh houses themselves."""
    try:
        X, y, X_test, y_test = _houses()
        w, b = least_squares(X_test, y_test)
        return check_number(
            answer,
            expected_fresh_floor(),
            what="the loss (one number)",
            tol=0.005,
            wrong_answers={
                line_loss(X, y, X_test, y_test): (
                    "That is the line fitted to the training houses. Fit a new line to X_test and y_test."
                ),
                mse(X_test @ w + b, y_test): "Use the half MSE, 1/(2m), as everywhere in this lesson: half_mse.",
                line_loss(X, y, X, y): "That is the floor of the training houses. Use X_test and y_test.",
            },
            hints=("w, b = least_squares(X_test, y_test), then half_mse(X_test @ w + b, y_test).",),
        )
    except Exception as exc:
        return invalid(f"Could not check this answer ({type(exc).__name__}).")


# --------------------------------------------------------------------------- 07.3


def settings_bound() -> float:
    """1.1 times the test loss of the straight line fitted to the training houses."""
    X, y, X_test, y_test = _houses()
    return SETTINGS_FACTOR * line_loss(X, y, X_test, y_test)


def _read_settings(answer: Any) -> tuple[dict | None, Verdict | None]:
    """The settings as a clean dict, or a verdict that explains what is wrong."""
    if is_blank(answer):
        return None, unanswered("a dict of settings")
    if not isinstance(answer, dict):
        return None, invalid(
            f"Expected a dict such as {{'hidden': 3, 'lr': 0.03, 'epochs': 1000, 'optimizer': 'adam'}}, "
            f"got {type(answer).__name__}."
        )
    unknown = sorted(str(k) for k in answer if k not in SETTING_KEYS)
    missing = [k for k in SETTING_KEYS if k not in answer]
    if unknown or missing:
        parts = ([f"unknown keys {unknown}"] if unknown else []) + ([f"missing keys {missing}"] if missing else [])
        return None, invalid(f"The dict has {' and '.join(parts)}. Use exactly: {list(SETTING_KEYS)}.")
    if any(is_blank(v) for v in answer.values()):
        return None, unanswered("a value for each setting")
    hidden, epochs, lr = answer["hidden"], answer["epochs"], as_number(answer["lr"])
    if isinstance(hidden, bool) or not isinstance(hidden, (int, np.integer)) or not 1 <= hidden <= MAX_HIDDEN:
        return None, invalid(f"'hidden' must be a whole number from 1 to {MAX_HIDDEN}, got {hidden!r}.")
    if isinstance(epochs, bool) or not isinstance(epochs, (int, np.integer)) or not 1 <= epochs <= MAX_EPOCHS:
        return None, invalid(f"'epochs' must be a whole number from 1 to {MAX_EPOCHS}, got {epochs!r}.")
    if lr is None or not 0 < lr <= 1:
        return None, invalid(f"'lr' must be a number above 0 and at most 1, got {answer['lr']!r}.")
    if answer["optimizer"] not in OPTIMIZER_NAMES:
        return None, invalid(f"'optimizer' must be one of {list(OPTIMIZER_NAMES)}, got {answer['optimizer']!r}.")
    return {"hidden": int(hidden), "epochs": int(epochs), "lr": float(lr), "optimizer": answer["optimizer"]}, None


def check_settings(answer: Any) -> Verdict:
    """Exercise 07.3: train with these settings; pass if the loss on fresh houses is below the bound."""
    try:
        settings, problem = _read_settings(answer)
        if problem is not None:
            return problem
        X, y, X_test, y_test = _houses()
        model = train_house(X, y, scale=True, seed=0, on_diverge="stop", **settings)
        if model.diverged:
            return wrong("Training blew up (the loss overflowed).", "Choose a smaller learning rate.")
        train_loss, test_loss, bound = model.final_loss, model.loss(X_test, y_test), settings_bound()
        text = f"Training loss {train_loss:.2f}, loss on fresh houses {test_loss:.2f}, bound {bound:.2f}."
        if test_loss < bound:
            return correct(text + " Below the bound: your network learned the rule, not the noise.")
        if train_loss < 0.97 * line_loss(X, y, X, y):
            hint = (
                "The training loss is below the floor: the network bends itself to the noise of its 100 houses. "
                "Give it fewer hidden units (or fewer steps)."
            )
        else:
            hint = "The network has not learned the rule yet: try Adam, a learning rate around 0.03 and more epochs."
        return wrong(text + " The loss on fresh houses is above the bound.", hint)
    except Exception as exc:
        return invalid(f"Could not check this answer ({type(exc).__name__}).")


# --------------------------------------------------------------------------- 07.4

WHY_OPTIONS = ("a", "b", "c", "d")


def check_why_differ(answer: Any) -> Verdict:
    """Exercise 07.4: why the loss on fresh houses is higher than the training loss."""
    return check_choice(
        answer,
        "b",
        options=WHY_OPTIONS,
        what="a, b, c or d",
        hints={
            "a": "predict runs the same forward pass on any houses; nothing about new data is computed differently.",
            "c": "make_house_prices uses the same rule for every seed: only the random draws change.",
            "d": "Both losses are the half MSE, 1/(2m), computed by the same function.",
        },
    )
