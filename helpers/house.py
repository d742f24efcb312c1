"""The source's house-price example: reproduce it, find what is wrong, fix it.

- ``source_setup``: the source's 100 houses and initial weights, bit for bit
  (one RandomState(42): data first, then W1, then W2).
- ``source_backward``: its backward pass, bug included (the gradients are
  divided by m a second time).
- ``train_source_example``: its training run (seed 42 ends at a loss of 223.59).
  Lesson 07 writes the same loop out by hand to keep the source's snapshots.
- ``train_house`` / ``train_fixed``: the network trained with the fixes
  (correct gradient, standardised inputs and target, He init, Adam), returned
  as a ``HouseModel`` that predicts and scores in plain units (prices).

Every loss here is the source's half mean squared error, (1 / (2m)) * sum (y_hat - y)^2.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .data import Scaler, make_house_prices
from .losses import half_mse
from .network import Params, backward, forward, init_params
from .optimizers import BackwardFunction, History, train

LAYER_SIZES = [2, 3, 1]
HOUSE_ACTIVATIONS = ["relu", "linear"]
#: The source's training settings: full batch, lr 0.001 decayed by lr / (1 + 0.001 * epoch).
SOURCE_SETTINGS = {"lr": 0.001, "decay": 0.001, "epochs": 1000, "loss": "half_mse", "optimizer": "gd"}
#: The epochs at which the source draws its pictures.
SNAPSHOT_EPOCHS = (0, 100, 300, 500, 700, 999)
#: The seed of the source's data (and of its initial weights, drawn right after).
SOURCE_SEED = 42
#: The seed of the validation houses, on which lesson 07 makes its choices: same recipe, new draws.
VALIDATION_SEED = 1
#: The seed of the test houses, scored once at the end: same recipe, other new draws.
TEST_SEED = 2
#: The fixed recipe: 3 hidden ReLU units, He init, Adam at lr 0.03, 1000 full-batch
#: epochs, no decay, inputs and target standardised.
FIXED_SETTINGS = {
    "hidden": 3, "init": "he", "optimizer": "adam", "lr": 0.03, "epochs": 1000, "decay": 0.0, "scale": True,
}


def source_setup(seed: int = SOURCE_SEED) -> tuple[np.ndarray, np.ndarray, Params]:
    """The source's 100 houses and its "Xavier" initial weights, from one generator.

    The source draws W1, then W2, right after the data, each as randn * sqrt(2 / (fan_in + fan_out)),
    with zero biases.
    """
    rng = np.random.RandomState(seed)
    X, y = make_house_prices(100, rng=rng)
    params: Params = {}  # drawn right after the data, from the same generator: W1, then W2
    for l, (fan_in, fan_out) in enumerate(zip(LAYER_SIZES[:-1], LAYER_SIZES[1:]), start=1):
        params[f"W{l}"] = rng.randn(fan_in, fan_out) * np.sqrt(2.0 / (fan_in + fan_out))
        params[f"b{l}"] = np.zeros((1, fan_out))
    return X, y, params


def source_backward(
    y: np.ndarray, cache: dict, params: Params, activations: list[str], loss: str = "half_mse"
) -> Params:
    """The source's backward pass: correct gradients divided by m once more (its bug)."""
    m = np.asarray(y).shape[0]
    return {k: g / m for k, g in backward(y, cache, params, activations, loss).items()}


def train_source_example(seed: int = SOURCE_SEED, *, fix_gradient: bool = False) -> History:
    """Train exactly as the source does (seed 42 ends at a loss of 223.59).

    With ``fix_gradient=True`` the extra division by m is removed and nothing
    else changes.
    """
    X, y, params = source_setup(seed)
    backward_fn = None if fix_gradient else source_backward
    return train(X, y, params, HOUSE_ACTIVATIONS, backward_fn=backward_fn, **SOURCE_SETTINGS)


# --------------------------------------------------------------------------- the fixed network


@dataclass
class HouseModel:
    """A trained house-price network that speaks in plain units (prices).

    ``params`` work on standardised inputs and targets when the scalers are set;
    ``predict`` and ``loss`` do the scaling and undo it for you.
    """

    params: Params
    history: History
    x_scaler: Scaler | None = None
    y_scaler: Scaler | None = None

    def _run(self, X: np.ndarray) -> tuple[np.ndarray, dict]:
        X = np.asarray(X, dtype=float)
        if X.ndim == 1:
            X = X.reshape(1, -1)
        if X.ndim != 2 or X.shape[1] != 2:
            raise ValueError(f"X must hold one house per row, [area, location]: shape (n, 2), got {X.shape}.")
        inputs = self.x_scaler.transform(X) if self.x_scaler else X
        with np.errstate(over="ignore", invalid="ignore"):
            return forward(inputs, self.params, HOUSE_ACTIVATIONS)

    def predict(self, X: np.ndarray) -> np.ndarray:
        """Prices for houses X = [[area, location], ...], shape (n, 1)."""
        out = self._run(X)[0]
        return self.y_scaler.inverse(out) if self.y_scaler else out

    def hidden(self, X: np.ndarray) -> np.ndarray:
        """The hidden units' outputs (after ReLU) for houses X, shape (n, hidden units)."""
        return self._run(X)[1]["A1"]

    def dead_units(self, X: np.ndarray) -> int:
        """How many hidden units output 0 for every house in X (a dead ReLU passes nothing on)."""
        return int(np.sum(~np.any(self.hidden(X) > 0, axis=0)))

    def loss(self, X: np.ndarray, y: np.ndarray) -> float:
        """Half mean squared error on these houses, in plain units (price squared)."""
        y = np.asarray(y, dtype=float).reshape(-1, 1)
        with np.errstate(over="ignore", invalid="ignore"):
            return half_mse(self.predict(X), y)

    @property
    def losses(self) -> np.ndarray:
        """Training loss at the start of every epoch, in plain units.

        The half MSE of standardised targets times the target's variance is the
        half MSE in prices, because every error is simply std(y) times larger.
        """
        factor = float(self.y_scaler.std[0, 0]) ** 2 if self.y_scaler else 1.0
        return np.asarray(self.history.losses, dtype=float) * factor

    @property
    def final_loss(self) -> float:
        """Training loss after the last update, in plain units."""
        factor = float(self.y_scaler.std[0, 0]) ** 2 if self.y_scaler else 1.0
        return float(self.history.final_loss) * factor

    @property
    def diverged(self) -> bool:
        return bool(self.history.stopped_early)


def train_house(
    X: np.ndarray,
    y: np.ndarray,
    *,
    hidden: int = 3,
    init: str = "he",
    optimizer: str = "adam",
    lr: float = 0.03,
    epochs: int = 1000,
    decay: float = 0.0,
    scale: bool = True,
    seed: int = 0,
    params: Params | None = None,
    backward_fn: BackwardFunction | None = None,
    on_diverge: str = "raise",
) -> HouseModel:
    """Train a 2 -> hidden -> 1 network (ReLU, then linear) on houses X and prices y.

    With ``scale=True`` the inputs and the prices are standardised first (the
    scalers are fitted on X and y and kept in the model). The initial weights
    come from ``init_params(..., init, seed=seed)``, unless ``params`` gives
    them (for example the source's). Training is full batch.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if int(hidden) != hidden or hidden < 1:
        raise ValueError(f"hidden must be a whole number of units, at least 1, got {hidden}.")
    x_scaler = Scaler.fit(X) if scale else None
    y_scaler = Scaler.fit(y) if scale else None
    inputs = x_scaler.transform(X) if scale else X
    targets = y_scaler.transform(y) if scale else y
    if params is None:
        params = init_params([X.shape[1], int(hidden), 1], init, seed=seed)
    params = {k: np.array(v, dtype=float) for k, v in params.items()}
    history = train(
        inputs, targets, params, HOUSE_ACTIVATIONS, loss="half_mse", optimizer=optimizer, lr=lr, epochs=epochs,
        decay=decay, on_diverge=on_diverge, backward_fn=backward_fn,
    )
    return HouseModel(history.params, history, x_scaler, y_scaler)


def train_fixed(seed: int = 0, X: np.ndarray | None = None, y: np.ndarray | None = None) -> HouseModel:
    """The fixed recipe (FIXED_SETTINGS) on the source's houses, or on X, y if given.

    ``seed`` picks the He initial weights. On the source's data every seed from
    0 to 9 ends at most 10% above the least-squares floor (12.27) in 1000 epochs.
    """
    if X is None or y is None:
        X, y = make_house_prices(100, seed=SOURCE_SEED)
    return train_house(X, y, seed=seed, **FIXED_SETTINGS)
