"""Checks for the exercises of 06_optimizers.ipynb.

Each check takes the learner's answer and returns a Verdict; none of them raises.
Expected values come from the helpers (``Adam``, ``minibatch_indices``,
``decayed_learning_rate``, ``Scaler``), never typed in; so do the typical
wrong answers the hints are made for.
"""

from __future__ import annotations

import functools
from typing import Any

import numpy as np

from ..checks import (
    Verdict,
    check_array,
    check_number,
    correct,
    invalid,
    is_blank,
    never_raises,
    unanswered,
    wrong,
)
from ..data import Scaler, make_house_prices
from ..i18n import N, t
from ..network import backward, forward, init_params
from ..optimizers import Adam, decayed_learning_rate, minibatch_indices, train

# Exercise 06.1: Adam's first step for one weight.
ADAM_W = 3.0
ADAM_GRADIENT = -4.0
ADAM_LR = 0.05

# Exercise 06.2: the mini-batch training loop, with the settings of train(...) it must reproduce.
LOOP_SIZES = [2, 3, 1]
LOOP_ACTIVATIONS = ["relu", "linear"]
LOOP_SETTINGS = {"optimizer": "adam", "lr": 0.1, "epochs": 30, "batch_size": 16, "seed": 0}

# Exercise 06.3: lr / (1 + k * epoch) with these numbers.
DECAY_LR = 0.1
DECAY_K = 0.01
DECAY_EPOCH = 300

# Exercise 06.4: eight house areas (square metres) to standardise by hand.
AREAS = np.array([40.0, 60.0, 60.0, 60.0, 70.0, 70.0, 90.0, 110.0])


def _some_left() -> Verdict:
    """What a check says when the learner replaced some ... but not all."""
    return Verdict("unanswered", t("Some ... are still left: replace each one, then run the cell again."))


def _adam_without_correction(correct_d: bool, correct_s: bool) -> float:
    """Adam's first step with one or both bias corrections left out (the typical slips).

    d and s are the lesson's names for the two running averages (m and v in helpers.optimizers.Adam).
    """
    opt = Adam()
    d = (1 - opt.beta1) * ADAM_GRADIENT
    s = (1 - opt.beta2) * ADAM_GRADIENT**2
    d_hat = d / (1 - opt.beta1) if correct_d else d
    s_hat = s / (1 - opt.beta2) if correct_s else s
    return ADAM_W - ADAM_LR * d_hat / (np.sqrt(s_hat) + opt.eps)


@never_raises
def check_adam_first_step(answer: Any) -> Verdict:
    """Exercise 06.1: the new w after Adam's first step from w = 3 with gradient -4 and learning rate 0.05."""
    expected = float(Adam().step({"w": np.array(ADAM_W)}, {"w": np.array(ADAM_GRADIENT)}, ADAM_LR)["w"])
    step = expected - ADAM_W
    return check_number(
        answer,
        expected,
        what=t("the new w (a number)"),
        tol=5e-4,  # room for rounding by hand; the typical wrong answers lie at least 0.045 away
        hints=[t("Work down the five lines of the first step: d, s, d̂, ŝ, then w − η · d̂ / (√ŝ + ε).")],
        wrong_answers={
            ADAM_W - ADAM_LR * ADAM_GRADIENT: t(
                "That is a plain gradient-descent step, w − η · g. Adam divides the "
                "average gradient d̂ by the typical size √ŝ first."
            ),
            ADAM_W - step: t("You stepped the wrong way. The gradient is negative, so w must grow."),
            _adam_without_correction(False, False): t(
                "You left out both bias corrections. Divide d by (1 − β₁) "
                "and s by (1 − β₂) before you use them (t = 1)."
            ),
            _adam_without_correction(False, True): t(
                "d is not corrected: divide it by (1 − β₁) = 0.1. Without that the step is ten times too small."
            ),
            _adam_without_correction(True, False): t("s is not corrected: divide it by (1 − β₂) = 0.001."),
            step: t("That is the size of the step. Add it to w = 3 to get the new w."),
        },
    )


@never_raises
def check_decayed_lr(answer: Any) -> Verdict:
    """Exercise 06.3: the learning rate at epoch 300 with lr = 0.1 and decay k = 0.01."""
    expected = decayed_learning_rate(DECAY_LR, DECAY_EPOCH, DECAY_K)
    return check_number(
        answer,
        expected,
        what=t("the learning rate at epoch 300 (a number)"),
        tol=1e-9,
        hints=[t("Put the numbers into lr / (1 + k · epoch). Work out the bracket first.")],
        wrong_answers={
            DECAY_LR * (1 - DECAY_K * DECAY_EPOCH): t(
                "The rule divides by (1 + k · epoch); it does not multiply by (1 − k · epoch)."
            ),
            DECAY_LR * (1 + DECAY_K * DECAY_EPOCH): t(
                "Divide by (1 + k · epoch), do not multiply: the learning rate shrinks over time."
            ),
            DECAY_LR / (DECAY_K * DECAY_EPOCH): t("Keep the 1 in the bracket: 1 + k · epoch."),
            DECAY_LR / (1 + DECAY_K): t("Multiply k by the epoch number, 300, inside the bracket."),
        },
    )


@never_raises
def check_standardised(answer: Any) -> Verdict:
    """Exercise 06.4: the eight areas standardised: (x − mean) / std, with the std of np.std (divide by m)."""
    expected = Scaler.fit(AREAS.reshape(-1, 1)).transform(AREAS.reshape(-1, 1)).ravel()
    if is_blank(answer):
        return unanswered(t("the eight standardised areas"))
    if isinstance(answer, (list, tuple, np.ndarray)):
        if any(item is Ellipsis for item in np.ravel(np.asarray(answer, dtype=object))):
            return _some_left()
    try:
        values = np.asarray(answer, dtype=float)
    except (TypeError, ValueError):
        values = None
    if values is not None and values.shape in ((AREAS.size, 1), (1, AREAS.size)):
        values = values.ravel()  # a column or a row of eight is fine
    if values is not None and values.shape != expected.shape:
        return invalid(
            t(
                "Expected {n} numbers, one per area, got an array of shape {shape}.",
                n=AREAS.size,
                shape=values.shape,
            ),
            t("Compute (areas - mean) / spread with the whole array areas: NumPy does it for every area at once."),
        )
    if values is not None and values.shape == expected.shape and not np.allclose(values, expected, atol=1e-6):
        mean = AREAS.mean()
        mistakes = [
            ((AREAS - mean) / AREAS.std(ddof=1), t(
                "You divided by m − 1 when you computed the spread. Here the "
                "spread is np.std's default (and Scaler's): the square root of the average squared distance, "
                "dividing by m."
            )),
            (AREAS - mean, t("You subtracted the mean; now divide by the spread too.")),
            (AREAS / AREAS.std(), t("You divided by the spread; subtract the mean first.")),
            ((AREAS - mean) / AREAS.var(), t("Divide by the spread (the standard deviation), not by its square.")),
        ]
        for mistake, hint in mistakes:
            if np.allclose(values, mistake, atol=1e-6):
                return wrong(t("Not yet standardised."), hint)
    return check_array(
        values if values is not None else answer,
        expected,
        what=t("an array"),
        hints=[t(
            "For each area: (area − mean) / spread. The mean is 70; the spread is the square root of the "
            "average squared distance from 70."
        )],
    )


# --------------------------------------------------------------------- 06.2 the training loop


@functools.cache
def _houses() -> tuple[np.ndarray, np.ndarray]:
    """The lesson's X_s and y_s: the source's 100 houses, inputs and prices standardised."""
    X, y = make_house_prices(100, seed=42)
    return Scaler.fit(X).transform(X), Scaler.fit(y).transform(y)


@functools.cache
def _reference():
    """What train(...) gives with the exercise's settings: the numbers the learner's loop must match."""
    X_s, y_s = _houses()
    return train(X_s, y_s, init_params(LOOP_SIZES, "he", seed=0), LOOP_ACTIVATIONS, **LOOP_SETTINGS)


@functools.cache
def _slip(kind: str) -> dict:
    """The final parameters of a typical wrong loop, run with the exercise's settings.

    "no shuffle": batches in stored order; "same order": one shuffle reused every epoch;
    "new optimizer": a fresh Adam() for every step; "adam each epoch": a fresh Adam() for every epoch;
    "full batch": one step per epoch on all houses; "forward all": forward and backward on all houses
    at every step of the batch loop; "lr 0.01" and "lr 0.001": another learning rate;
    "plain step": plain gradient descent, params - lr * grads, instead of Adam.
    """
    X_s, y_s = _houses()
    m, size = len(X_s), LOOP_SETTINGS["batch_size"]
    lr = float(kind[3:]) if kind.startswith("lr ") else LOOP_SETTINGS["lr"]
    params, opt, rng = init_params(LOOP_SIZES, "he", seed=0), Adam(), np.random.default_rng(0)
    first = minibatch_indices(m, size, np.random.default_rng(0))
    for _ in range(LOOP_SETTINGS["epochs"]):
        if kind == "adam each epoch":
            opt = Adam()
        if kind == "no shuffle":
            batches = [np.arange(i, min(i + size, m)) for i in range(0, m, size)]
        elif kind == "same order":
            batches = first
        elif kind == "full batch":
            batches = [np.arange(m)]
        else:
            batches = minibatch_indices(m, size, rng)
        for idx in batches:
            rows = np.arange(m) if kind == "forward all" else idx
            _, cache = forward(X_s[rows], params, LOOP_ACTIVATIONS)
            grads = backward(y_s[rows], cache, params, LOOP_ACTIVATIONS)
            if kind == "plain step":
                params = {k: params[k] - lr * grads[k] for k in params}
            else:
                params = (Adam() if kind == "new optimizer" else opt).step(params, grads, lr)
    return params


def _same_params(a: dict, b: dict) -> bool:
    return all(np.array_equal(a[k], b[k]) for k in b)


def _close_params(a: dict, b: dict) -> bool:
    """Equal up to rounding: a slip written another way (a dict comprehension, -=) gives the same weights."""
    return all(np.allclose(a[k], b[k], rtol=1e-9, atol=1e-12) for k in b)


_SLIP_HINTS = {
    "no shuffle": (
        N("Your batches are the houses in their stored order."),
        N("Shuffle before every epoch: for idx in minibatch_indices(100, 16, rng) gives a new random order each time."),
    ),
    "same order": (
        N("Your batches come in the same order every epoch."),
        N(
            "Call minibatch_indices(100, 16, rng) inside the epoch loop, with the one rng made before the loop: "
            "each call then draws a new order, as train does."
        ),
    ),
    "new optimizer": (
        N("You make a new Adam() for every step."),
        N(
            "Make the optimizer once, before the loop: Adam remembers its running averages and its step count "
            "between steps."
        ),
    ),
    "adam each epoch": (
        N("You make a new Adam() at the start of every epoch."),
        N(
            "Make opt = Adam() once, before the epoch loop: a new Adam forgets its running averages and starts "
            "its step count again."
        ),
    ),
    "full batch": (
        N("You step once per epoch, on all 100 houses: that is full batch."),
        N(
            "Step on each mini-batch: for idx in minibatch_indices(100, 16, rng), run forward and backward on "
            "X_s[idx] and y_s[idx]."
        ),
    ),
    "forward all": (
        N("Each of your steps uses all 100 houses, not the batch."),
        N("Inside the batch loop, run forward on X_s[idx] and backward with y_s[idx]: only the houses of this batch."),
    ),
    "lr 0.01": (
        N("Your steps use the learning rate 0.01."),
        N("train runs with lr=0.1: write params = opt.step(params, grads, lr=0.1)."),
    ),
    "lr 0.001": (
        N("Your steps use the learning rate 0.001."),
        N("train runs with lr=0.1: write params = opt.step(params, grads, lr=0.1)."),
    ),
    "plain step": (
        N("Your step is plain gradient descent, params − lr · grads."),
        N("Let Adam make the step: params = opt.step(params, grads, lr=0.1), with the opt made before the loop."),
    ),
}


@never_raises
def check_training_loop(answer: Any) -> Verdict:
    """Exercise 06.2: (losses, params) from the learner's loop must equal train(...)'s, to the last digit."""
    if is_blank(answer):
        return unanswered(t("(losses, params) from your loop"))
    if not isinstance(answer, (tuple, list)) or len(answer) != 2:
        return invalid(
            t("Expected two things in round brackets, (losses, params), got {kind}.", kind=type(answer).__name__),
            t("End the cell with check_training_loop((losses, params))."),
        )
    losses, params = answer
    reference = _reference()
    start = init_params(LOOP_SIZES, "he", seed=0)
    if not isinstance(params, dict) or any(
        not isinstance(params.get(k), np.ndarray) or params[k].shape != start[k].shape for k in start
    ):
        return invalid(
            t("params must be the dict of weights and biases that init_params made, got {kind}.",
              kind=type(params).__name__),
            t("Start from params = init_params([2, 3, 1], \"he\", seed=0) and keep params = opt.step(...)."),
        )
    if not isinstance(losses, (list, tuple, np.ndarray)) or not all(
        isinstance(x, (int, float, np.floating)) for x in np.ravel(np.asarray(losses, dtype=object))
    ):
        return invalid(
            t("losses must be a list of numbers, got {kind}.", kind=type(losses).__name__),
            t("Start with losses = [] and append one number per epoch."),
        )
    losses = [float(x) for x in np.ravel(np.asarray(losses, dtype=float))]
    if _same_params(params, start):
        if not losses:
            return unanswered(t("the loop body (record, then forward, backward and step for each batch)"))
        return wrong(
            t("Your weights never changed."),
            t("Inside the batch loop, end with the step: params = opt.step(params, grads, lr=0.1)."),
        )
    epochs = LOOP_SETTINGS["epochs"]
    if not _same_params(params, reference.params):
        for kind, (message, hint) in _SLIP_HINTS.items():
            if _close_params(params, _slip(kind)):
                return wrong(t(message), t(hint))
        if len(losses) not in (0, epochs, epochs * 7):
            return wrong(
                t("Your final weights differ from train's, and losses holds {n} numbers, not {epochs}.",
                  n=len(losses), epochs=epochs),
                t("Loop over 30 epochs, for _ in range(30): one pass over all the houses per epoch."),
            )
        return wrong(
            t("Your final weights differ from train's."),
            t("Check four things. opt = Adam() is made once, before the epoch loop (a new Adam forgets its "
              "averages). Forward uses X_s[idx], not X_s. Backward uses y_s[idx] and this batch's cache, after "
              "forward and before the step (a step before backward uses old gradients). The step is "
              "params = opt.step(params, grads, lr=0.1), with lr exactly 0.1."),
        )
    # The training is exactly train's; now the record.
    end_of_epoch = reference.losses[1:] + [reference.final_loss]
    if not losses:
        return wrong(
            t("Your loop trains exactly like train(), but losses is empty: you recorded nothing."),
            t("At the start of every epoch, before the batch loop, append the loss on all 100 houses: "
              "losses.append(half_mse(forward(X_s, params, [\"relu\", \"linear\"])[0], y_s))."),
        )
    if len(losses) == len(end_of_epoch) and np.allclose(losses, end_of_epoch, rtol=1e-12, atol=0):
        return wrong(
            t("Your losses are one epoch late: you record after the steps."),
            t("train records at the start of each epoch, before the batch loop. Move the append up."),
        )
    if len(losses) != epochs:
        return wrong(
            t("Your weights are right, but losses holds {n} numbers, not {epochs}.", n=len(losses), epochs=epochs),
            t("Record once per epoch, outside the batch loop: the loss on all 100 houses, not on one batch."),
        )
    if not np.allclose(losses, reference.losses, rtol=1e-12, atol=0):
        return wrong(
            t("Your weights are right, but your losses differ from train's."),
            t("Record the loss on all 100 houses: half_mse(forward(X_s, params, [\"relu\", \"linear\"])[0], y_s)."),
        )
    exact = losses == list(reference.losses)
    message = t(
        "Your loop gives train's numbers: {epochs} losses, from {first!r} to {last!r}, and every weight "
        "(W1[0, 0] = {w!r}).",
        epochs=epochs,
        first=reference.losses[0],
        last=reference.losses[-1],
        w=float(reference.params["W1"][0, 0]),
    )
    if exact:
        return correct(message + " " + t("All of them equal to the last digit: train is this loop, nothing more."))
    return correct(
        message + " " + t("The losses differ only in the last digits: compute them with half_mse, as train does.")
    )
