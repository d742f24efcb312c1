"""Checks for the exercises of 06_optimizers.ipynb.

Each check takes the learner's answer and returns a Verdict; none of them raises.
Expected values come from the helpers (``Adam``, ``minibatch_indices``,
``decayed_learning_rate``, ``Scaler``), never typed in; so do the typical
wrong answers the hints are made for.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..checks import (
    Verdict,
    as_number,
    check_array,
    check_number,
    correct,
    invalid,
    is_blank,
    never_raises,
    unanswered,
    wrong,
)
from ..data import Scaler
from ..i18n import t
from ..optimizers import Adam, decayed_learning_rate, minibatch_indices

# Exercise 06.1: Adam's first step for one weight.
ADAM_W = 3.0
ADAM_GRADIENT = -4.0
ADAM_LR = 0.05

# Exercise 06.2: a data set of M samples, and mini-batches of BATCH samples.
M = 250
BATCH = 32

# Exercise 06.3: lr / (1 + k * epoch) with these numbers.
DECAY_LR = 0.1
DECAY_K = 0.01
DECAY_EPOCH = 300

# Exercise 06.4: eight house areas (square metres) to standardise by hand.
AREAS = np.array([40.0, 60.0, 60.0, 60.0, 70.0, 70.0, 90.0, 110.0])


def _some_left() -> Verdict:
    """What a check says when the learner replaced some ... but not all."""
    return Verdict("unanswered", t("Some ... are still left: replace each one, then run the cell again."))


def _adam_without_correction(correct_m: bool, correct_v: bool) -> float:
    """Adam's first step with one or both bias corrections left out (the typical slips)."""
    opt = Adam()
    m = (1 - opt.beta1) * ADAM_GRADIENT
    v = (1 - opt.beta2) * ADAM_GRADIENT**2
    m_hat = m / (1 - opt.beta1) if correct_m else m
    v_hat = v / (1 - opt.beta2) if correct_v else v
    return ADAM_W - ADAM_LR * m_hat / (np.sqrt(v_hat) + opt.eps)


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
        hints=[t("Work down the five lines of the first step: m, v, m̂, v̂, then w − η · m̂ / (√v̂ + ε).")],
        wrong_answers={
            ADAM_W - ADAM_LR * ADAM_GRADIENT: t(
                "That is a plain gradient-descent step, w − η · g. Adam divides the "
                "average gradient m̂ by the typical size √v̂ first."
            ),
            ADAM_W - step: t("You stepped the wrong way. The gradient is negative, so w must grow."),
            _adam_without_correction(False, False): t(
                "You left out both bias corrections. Divide m by (1 − β₁) "
                "and v by (1 − β₂) before you use them (t = 1)."
            ),
            _adam_without_correction(False, True): t(
                "m is not corrected: divide it by (1 − β₁) = 0.1. Without that the step is ten times too small."
            ),
            _adam_without_correction(True, False): t("v is not corrected: divide it by (1 − β₂) = 0.001."),
            step: t("That is the size of the step. Add it to w = 3 to get the new w."),
        },
    )


def _whole(value: Any) -> int | None:
    """A whole number from an int or a float such as 8.0; None for anything else."""
    number = as_number(value)
    if number is None or not np.isfinite(number) or number != round(number):
        return None
    return int(round(number))


@never_raises
def check_batch_sizes(answer: Any) -> Verdict:
    """Exercise 06.2: (batch size of SGD, batch size of full batch, updates per epoch with batches of 32), m = 250."""
    if is_blank(answer):
        return unanswered(t("three whole numbers in round brackets, such as (5, 6, 7)"))
    if not isinstance(answer, (tuple, list)) or len(answer) != 3:
        return invalid(
            t(
                "Expected three whole numbers in round brackets, got {kind} {answer!r:.40}.",
                kind=type(answer).__name__,
                answer=answer,
            ),
            t("Write (sgd_batch, full_batch, updates_per_epoch)."),
        )
    if any(is_blank(item) for item in answer):
        return _some_left()
    numbers = [_whole(item) for item in answer]
    if any(n is None for n in numbers):
        return invalid(
            t("Each of the three must be a whole number, got {answer!r:.60}.", answer=answer),
            t("A batch holds a whole number of samples, and an epoch makes a whole number of updates."),
        )
    sgd, full, updates = numbers
    expected_updates = len(minibatch_indices(M, BATCH, np.random.default_rng(0)))
    if (sgd, full) == (M, 1):
        return wrong(
            t("The first two are swapped."), t("SGD uses one sample per update; full batch uses all of them.")
        )
    if sgd != 1:
        return wrong(
            t("SGD's batch size is not {sgd}.", sgd=sgd),
            t("Stochastic gradient descent updates after every single sample."),
        )
    if full != M:
        return wrong(
            t("Full batch's batch size is not {full}.", full=full),
            t("Full batch puts every sample into one batch: all {m} of them.", m=M),
        )
    if updates == M // BATCH:
        return wrong(
            t("{updates} updates leave some samples out.", updates=updates),
            t(
                "{m} / {batch} is not a whole number. The samples left over form one last, smaller batch, and it "
                "makes an update too: round up.",
                m=M,
                batch=BATCH,
            ),
        )
    if updates != expected_updates:
        return wrong(
            t("{updates} updates per epoch is not it.", updates=updates),
            t("Each batch makes one update. How many batches of {batch} do you need to cover {m} samples?",
              batch=BATCH, m=M),
        )
    last = M - (updates - 1) * BATCH
    return correct(
        t(
            "({sgd}, {full}, {updates}) is right: the last batch holds only {last} samples.",
            sgd=sgd,
            full=full,
            updates=updates,
            last=last,
        )
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
