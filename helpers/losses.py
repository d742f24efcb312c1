"""Loss functions: one number that says how wrong the predictions are.

``y_hat`` holds the predictions and ``y`` the true targets, both with the same
shape, one row per sample. m is the number of samples (rows).

Each loss has a partner ending in ``_gradient``: how the loss changes when each
prediction changes a little, already divided by m. Backpropagation starts there.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

LossFunction = Callable[[np.ndarray, np.ndarray], float]
LossGradient = Callable[[np.ndarray, np.ndarray], np.ndarray]

#: Predictions are kept this far from 0 and 1 inside cross-entropy, so log(0) never happens.
EPSILON = 1e-12


def _pair(y_hat: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Turn both inputs into float arrays and insist they have the same shape."""
    y_hat = np.asarray(y_hat, dtype=float)
    y = np.asarray(y, dtype=float)
    if y_hat.shape != y.shape:
        raise ValueError(
            f"Predictions and targets must have the same shape, got y_hat {y_hat.shape} "
            f"and y {y.shape}. Reshape one of them, e.g. y.reshape(-1, 1)."
        )
    if y.size == 0:
        raise ValueError("Cannot compute a loss on zero samples.")
    return y_hat, y


def _count(y: np.ndarray) -> int:
    """m: the number of samples (rows; a 1-D array counts each entry)."""
    return y.shape[0] if y.ndim > 0 else 1


def mse(y_hat: np.ndarray, y: np.ndarray) -> float:
    """Mean squared error: (1/m) * sum (y_hat - y)^2. For regression."""
    y_hat, y = _pair(y_hat, y)
    return float(np.sum((y_hat - y) ** 2) / _count(y))


def mse_gradient(y_hat: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Gradient of mse with respect to each prediction: (2/m) * (y_hat - y)."""
    y_hat, y = _pair(y_hat, y)
    return 2.0 * (y_hat - y) / _count(y)


def half_mse(y_hat: np.ndarray, y: np.ndarray) -> float:
    """Half mean squared error: (1/(2m)) * sum (y_hat - y)^2.

    This is the loss reported by the house-price example of the beginner's article
    the course follows (lesson 07). The 1/2 only rescales the loss; it cancels
    the 2 that appears in the derivative.
    """
    y_hat, y = _pair(y_hat, y)
    return float(np.sum((y_hat - y) ** 2) / (2 * _count(y)))


def half_mse_gradient(y_hat: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Gradient of half_mse with respect to each prediction: (1/m) * (y_hat - y)."""
    y_hat, y = _pair(y_hat, y)
    return (y_hat - y) / _count(y)


def binary_cross_entropy(y_hat: np.ndarray, y: np.ndarray) -> float:
    """Binary cross-entropy: -(1/m) * sum [y log y_hat + (1 - y) log(1 - y_hat)].

    For yes/no classification, with y in {0, 1} and y_hat a probability.
    Predictions of exactly 0 or 1 are nudged by EPSILON so log(0) never happens.
    """
    y_hat, y = _pair(y_hat, y)
    p = np.clip(y_hat, EPSILON, 1.0 - EPSILON)
    return float(-np.sum(y * np.log(p) + (1.0 - y) * np.log(1.0 - p)) / _count(y))


def binary_cross_entropy_gradient(y_hat: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Gradient of binary_cross_entropy: (1/m) * (y_hat - y) / (y_hat * (1 - y_hat))."""
    y_hat, y = _pair(y_hat, y)
    p = np.clip(y_hat, EPSILON, 1.0 - EPSILON)
    return (p - y) / (p * (1.0 - p)) / _count(y)


LOSSES: dict[str, tuple[LossFunction, LossGradient]] = {
    "mse": (mse, mse_gradient),
    "half_mse": (half_mse, half_mse_gradient),
    "binary_cross_entropy": (binary_cross_entropy, binary_cross_entropy_gradient),
}


def get_loss(name: str) -> tuple[LossFunction, LossGradient]:
    """Return (loss, gradient) for a loss name such as "mse"."""
    if name not in LOSSES:
        valid = ", ".join(f'"{n}"' for n in LOSSES)
        raise ValueError(f"Unknown loss {name!r}. Choose one of: {valid}.")
    return LOSSES[name]


def cross_entropy(y_hat: np.ndarray, y: np.ndarray) -> float:
    """Categorical cross-entropy: -(1/m) * sum over samples and classes of y log y_hat.

    For choosing one class out of several (the ten digits): each row of y is a
    one-hot target (1 for the true class, 0 elsewhere) and each row of y_hat the
    predicted probabilities, e.g. a softmax output. Only the true class's
    probability counts: the loss is the average of -log(probability of the truth).
    With two classes it equals binary cross-entropy. Predictions of exactly 0 are
    nudged up to EPSILON so log(0) never happens.
    """
    y_hat, y = _pair(y_hat, y)
    p = np.clip(y_hat, EPSILON, 1.0)
    return float(-np.sum(y * np.log(p)) / _count(y))


def cross_entropy_gradient(y_hat: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Gradient of cross_entropy with respect to each prediction: -(1/m) * y / y_hat."""
    y_hat, y = _pair(y_hat, y)
    p = np.clip(y_hat, EPSILON, 1.0)
    return -y / p / _count(y)


LOSSES["cross_entropy"] = (cross_entropy, cross_entropy_gradient)
