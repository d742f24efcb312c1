"""Gradient checking: compare backpropagation with a slow but simple estimate.

The numerical gradient nudges one number up and down by a tiny eps and
measures how the loss moves: (L(w + eps) - L(w - eps)) / (2 * eps). If the
analytic gradient from ``backward`` agrees to about 7 digits, it is right.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .i18n import t
from .losses import get_loss
from .network import Params, backward, forward, predict

#: A relative error below this means the two gradients agree (float64).
GRADCHECK_TOLERANCE = 1e-7


def numerical_derivative(f: Callable[[float], float], x: float, eps: float = 1e-5) -> float:
    """Slope of a one-number function at x, by central differences."""
    return (f(x + eps) - f(x - eps)) / (2 * eps)


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    """Slope of f with respect to every entry of the array x (x is not changed)."""
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        old = x[i]
        x[i] = old + eps
        up = f(x)
        x[i] = old - eps
        down = f(x)
        x[i] = old
        grad[i] = (up - down) / (2 * eps)
    return grad


def relative_error(a: np.ndarray, b: np.ndarray) -> float:
    """|a - b| / (|a| + |b|) over whole arrays: 0 means equal, near 1 means unrelated."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if a.shape != b.shape:
        raise ValueError(f"Cannot compare gradients of shapes {a.shape} and {b.shape}.")
    scale = np.linalg.norm(a) + np.linalg.norm(b)
    return 0.0 if scale == 0 else float(np.linalg.norm(a - b) / scale)


def listed(parts: list[str]) -> str:
    """Parts joined into one list in the learner's language: "W1: 0.5, b1: 0.5" (Chinese: W1：0.5，b1：0.5)."""
    text = parts[0] if parts else ""
    for part in parts[1:]:
        text = t("{earlier}, {part}", earlier=text, part=part)
    return text


@dataclass
class GradCheckResult:
    """Relative error per parameter and the overall verdict."""

    errors: dict[str, float]
    threshold: float = GRADCHECK_TOLERANCE

    @property
    def max_error(self) -> float:
        return max(self.errors.values())

    @property
    def passed(self) -> bool:
        return self.max_error < self.threshold

    def __repr__(self) -> str:
        parts = listed([t("{name}: {error:.1e}", name=k, error=v) for k, v in self.errors.items()])
        largest = f"{self.max_error:.1e}"
        if self.passed:
            return t("Gradient check passed (largest relative error {largest}; {parts})", largest=largest, parts=parts)
        return t("Gradient check FAILED (largest relative error {largest}; {parts})", largest=largest, parts=parts)


def gradient_check(
    X: np.ndarray,
    y: np.ndarray,
    params: Params,
    activations: list[str],
    loss: str = "half_mse",
    backward_fn: Callable[..., Params] = backward,
    eps: float = 1e-5,
) -> GradCheckResult:
    """Compare ``backward_fn`` (by default helpers' backward) with numerical gradients.

    Use small data (a few samples): the numerical side runs the network twice
    per parameter. The result prints the relative error of every parameter.
    """
    _, cache = forward(X, params, activations)
    analytic = backward_fn(np.asarray(y, dtype=float), cache, params, activations, loss)
    loss_fn, _ = get_loss(loss)
    numeric = {}
    for key in params:  # nudge every number of one parameter at a time; the others stay as they are
        def loss_at(value: np.ndarray, key: str = key) -> float:
            return loss_fn(predict(X, {**params, key: value}, activations), y)

        numeric[key] = numerical_gradient(loss_at, params[key], eps)
    missing = set(params) - set(analytic)
    if missing:
        raise ValueError(f"The backward pass returned no gradient for {sorted(missing)}.")
    return GradCheckResult({k: relative_error(analytic[k], numeric[k]) for k in params})
