"""Activation functions and their slopes (derivatives).

An activation function takes a neuron's net input z and decides what the neuron
passes on. Each function here works on a single number or on a whole NumPy array
at once, element by element.

Every function has a partner ending in ``_derivative``: the slope of the
function at z, which backpropagation needs.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

ArrayLike = float | np.ndarray
Activation = Callable[[np.ndarray], np.ndarray]


def sigmoid(z: ArrayLike) -> np.ndarray:
    """Squash any number into (0, 1): 1 / (1 + e^-z).

    Written so that huge inputs never overflow: for negative z it uses the
    equal form e^z / (1 + e^z), so e is only ever raised to a number <= 0.
    """
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))  # always between 0 and 1: cannot overflow
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def sigmoid_derivative(z: ArrayLike) -> np.ndarray:
    """Slope of the sigmoid: s * (1 - s) with s = sigmoid(z). At most 0.25."""
    s = sigmoid(z)
    return s * (1.0 - s)


def relu(z: ArrayLike) -> np.ndarray:
    """Rectified linear unit: keep positive numbers, turn negatives into 0."""
    return np.maximum(0.0, np.asarray(z, dtype=float))


def relu_derivative(z: ArrayLike) -> np.ndarray:
    """Slope of ReLU: 1 where z > 0, else 0 (we use 0 at exactly z = 0)."""
    return (np.asarray(z, dtype=float) > 0).astype(float)


def tanh(z: ArrayLike) -> np.ndarray:
    """Hyperbolic tangent: (e^z - e^-z) / (e^z + e^-z), squashes into (-1, 1)."""
    return np.tanh(np.asarray(z, dtype=float))


def tanh_derivative(z: ArrayLike) -> np.ndarray:
    """Slope of tanh: 1 - tanh(z)^2. At most 1, at z = 0."""
    t = np.tanh(np.asarray(z, dtype=float))
    return 1.0 - t * t


def linear(z: ArrayLike) -> np.ndarray:
    """No activation at all: pass z on unchanged (used for a regression output)."""
    return np.asarray(z, dtype=float).copy()


def linear_derivative(z: ArrayLike) -> np.ndarray:
    """Slope of the identity: 1 everywhere."""
    return np.ones_like(np.asarray(z, dtype=float))


ACTIVATIONS: dict[str, tuple[Activation, Activation]] = {
    "sigmoid": (sigmoid, sigmoid_derivative),
    "relu": (relu, relu_derivative),
    "tanh": (tanh, tanh_derivative),
    "linear": (linear, linear_derivative),
}


def get_activation(name: str) -> tuple[Activation, Activation]:
    """Return (function, derivative) for an activation name such as "relu"."""
    if name not in ACTIVATIONS:
        valid = ", ".join(f'"{n}"' for n in ACTIVATIONS)
        raise ValueError(f"Unknown activation {name!r}. Choose one of: {valid}.")
    return ACTIVATIONS[name]


def softmax(z: ArrayLike) -> np.ndarray:
    """Turn each row of scores into probabilities that add up to 1: e^z_k / sum_j e^z_j.

    The many-class sibling of the sigmoid: softmax of [z, 0] is [sigmoid(z), 1 - sigmoid(z)].
    Each row is one sample, each column one class. Subtracting the row's largest
    score first changes nothing in the result (it cancels between top and bottom)
    but keeps e from being raised to a large positive number, so it never overflows.
    """
    z = np.asarray(z, dtype=float)
    if z.ndim == 0:
        raise ValueError("softmax needs a row of scores (one per class), got a single number.")
    e = np.exp(z - z.max(axis=-1, keepdims=True))  # the largest exponent is 0: no overflow
    return e / e.sum(axis=-1, keepdims=True)


def softmax_derivative(z: ArrayLike) -> np.ndarray:
    """Not element by element: every softmax output depends on every score of its row.

    So backpropagation never multiplies by a softmax slope. Used as the output
    layer with the "cross_entropy" loss, the two slopes combine into y_hat - y,
    which ``helpers.network.backward`` uses directly.
    """
    raise ValueError(
        'softmax has no element-by-element slope: use "softmax" only as the last layer, '
        'together with loss="cross_entropy".'
    )


ACTIVATIONS["softmax"] = (softmax, softmax_derivative)
