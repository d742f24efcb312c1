"""The source's house-price example: its setup, its faulty backward pass, and a fix.

``source_setup`` recreates the source's data and initial weights bit for bit
(one RandomState(42): data first, then W1, then W2). ``source_backward`` is
its backward pass, bug included: it divides the gradients by m a second time.
"""

from __future__ import annotations

import numpy as np

from .data import make_house_prices
from .network import Params, backward, init_params
from .optimizers import History, train

LAYER_SIZES = [2, 3, 1]
ACTIVATIONS = ["relu", "linear"]
#: The source's training settings: full batch, lr 0.001 decayed by lr / (1 + 0.001 * epoch).
SOURCE_SETTINGS = {"lr": 0.001, "decay": 0.001, "epochs": 1000, "loss": "half_mse", "optimizer": "gd"}


def source_setup(seed: int = 42) -> tuple[np.ndarray, np.ndarray, Params]:
    """The source's 100 houses and its "Xavier" initial weights, from one generator."""
    rng = np.random.RandomState(seed)
    X, y = make_house_prices(100, rng=rng)
    params = init_params(LAYER_SIZES, "xavier", rng=rng)
    return X, y, params


def source_backward(
    y: np.ndarray, cache: dict, params: Params, activations: list[str], loss: str = "half_mse"
) -> Params:
    """The source's backward pass: correct gradients divided by m once more (its bug)."""
    m = np.asarray(y).shape[0]
    return {k: g / m for k, g in backward(y, cache, params, activations, loss).items()}


def train_source_example(seed: int = 42, *, fix_gradient: bool = False) -> History:
    """Train exactly as the source does (seed 42 ends at a loss of 223.59).

    With ``fix_gradient=True`` the extra division by m is removed and nothing
    else changes.
    """
    X, y, params = source_setup(seed)
    return train(X, y, params, ACTIVATIONS, backward_fn=None if fix_gradient else source_backward, **SOURCE_SETTINGS)
