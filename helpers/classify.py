"""Classification: a network that answers "cat (1) or dog (0)".

A classifier here is a network whose last layer is one sigmoid neuron. Its output
y_hat lies between 0 and 1 and reads as the probability of "cat". The network answers
"cat" when y_hat >= 0.5 and "dog" otherwise.

- ``predict_class`` and ``accuracy``: from probabilities to answers, and the share of
  right answers.
- ``classifier_layers`` and ``train_classifier``: build and train such a network with
  binary cross-entropy and Adam (a thin wrapper around ``helpers.optimizers.train``).
- ``data_extent``, ``grid_points`` and ``probability_map``: ask a model about every
  point of a grid that covers the data, to see where it says cat and where dog.
- ``dataset_title``: a data set's name as a figure shows it (its code name in English,
  a Chinese name in the Chinese edition).

The pictures of these maps (``draw_boundary``, ``BoundaryPlot``) are in ``helpers.plots``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .i18n import N, t
from .network import Params, count_parameters, init_params, layer_sizes_of, predict
from .optimizers import History, train

#: The model says "cat" (1) when its output is at least this, else "dog" (0).
DECISION_THRESHOLD = 0.5
#: Activations a hidden layer may use.
HIDDEN_ACTIVATIONS = ("relu", "tanh", "sigmoid")
#: How a figure names each data set of ``helpers.data.DATASETS`` (translated when shown).
DATASET_TITLES = {"blobs": N("blobs"), "moons": N("moons"), "circles": N("circles"), "xor": N("xor")}


def dataset_title(name: str) -> str:
    """The data set's name for a figure title: "circles" in English, "圆环" in Chinese."""
    if name not in DATASET_TITLES:
        raise ValueError(f"Unknown data set {name!r}. Choose one of: {', '.join(DATASET_TITLES)}.")
    return t(DATASET_TITLES[name])


# --------------------------------------------------------------------------- answers


def _labels(y, name: str = "y") -> np.ndarray:
    y = np.asarray(y, dtype=float)
    if not np.all((y == 0) | (y == 1)):
        raise ValueError(f"{name} must hold class labels 0 (dog) or 1 (cat) only.")
    return y


def predict_class(probabilities, threshold: float = DECISION_THRESHOLD) -> np.ndarray:
    """Turn probabilities of "cat" into answers: 1 where p >= threshold, else 0."""
    p = np.asarray(probabilities, dtype=float)
    if not 0.0 < threshold < 1.0:
        raise ValueError(f"threshold must be between 0 and 1, got {threshold}.")
    return (p >= threshold).astype(float)


def accuracy(probabilities, y, threshold: float = DECISION_THRESHOLD) -> float:
    """The share of right answers: (number of samples where the answer equals y) / m.

    ``probabilities`` are the model's outputs y_hat, ``y`` the true labels (0 or 1),
    both with the same shape, e.g. (m, 1). Returns a number from 0 (all wrong) to 1.
    """
    p = np.asarray(probabilities, dtype=float)
    y = _labels(y)
    if p.shape != y.shape:
        raise ValueError(
            f"Probabilities and labels must have the same shape, got {p.shape} and {y.shape}. "
            "Reshape one of them, e.g. y.reshape(-1, 1)."
        )
    if y.size == 0:
        raise ValueError("Cannot compute an accuracy on zero samples.")
    return float(np.mean(predict_class(p, threshold) == y))


# --------------------------------------------------------------------------- training


def classifier_layers(hidden_units: int, activation: str = "tanh", n_inputs: int = 2) -> tuple[list[int], list[str]]:
    """Layer sizes and activations of a classifier with one hidden layer (or none).

    ``hidden_units = 0`` gives no hidden layer, just one sigmoid neuron: ([2, 1], ["sigmoid"]).
    Otherwise ([2, hidden_units, 1], [activation, "sigmoid"]).
    """
    if int(hidden_units) != hidden_units or hidden_units < 0:
        raise ValueError(f"hidden_units must be a whole number, 0 or more, got {hidden_units}.")
    if activation not in HIDDEN_ACTIVATIONS:
        raise ValueError(f"Unknown hidden activation {activation!r}. Choose one of: {', '.join(HIDDEN_ACTIVATIONS)}.")
    if hidden_units == 0:
        return [n_inputs, 1], ["sigmoid"]
    return [n_inputs, int(hidden_units), 1], [activation, "sigmoid"]


@dataclass
class Classifier:
    """A trained classifier: its parameters, activations and training history."""

    params: Params
    activations: list[str]
    history: History

    @property
    def layer_sizes(self) -> list[int]:
        return layer_sizes_of(self.params)

    @property
    def n_parameters(self) -> int:
        return count_parameters(self.layer_sizes)

    @property
    def diverged(self) -> bool:
        """True when training stopped because the loss became NaN or infinite."""
        return bool(self.history.stopped_early)

    def predict_proba(self, X) -> np.ndarray:
        """The probability of "cat" for every row of X, shape (m, 1)."""
        with np.errstate(over="ignore", invalid="ignore"):
            return predict(X, self.params, self.activations)

    def predict_class(self, X) -> np.ndarray:
        """The answer 1 (cat) or 0 (dog) for every row of X, shape (m, 1)."""
        return predict_class(self.predict_proba(X))

    def accuracy(self, X, y) -> float:
        """The share of rows of X that the model labels right."""
        return accuracy(self.predict_proba(X), y)


def train_classifier(
    X,
    y,
    hidden_units: int = 8,
    activation: str = "tanh",
    *,
    lr: float = 0.1,
    epochs: int = 300,
    optimizer: str = "adam",
    batch_size: int | None = None,
    seed: int = 0,
    on_diverge: str = "stop",
) -> Classifier:
    """Train a "cat or dog" network on X (m, features) and labels y (m, 1) of 0 and 1.

    The network is inputs -> ``hidden_units`` neurons with ``activation`` -> one
    sigmoid neuron (no hidden layer when ``hidden_units`` is 0). Starting weights:
    He for ReLU, Xavier otherwise, drawn with ``seed``. Loss: binary cross-entropy.
    Optimizer: Adam, full batch, unless you say otherwise. If the loss becomes NaN
    or infinite, training stops (``on_diverge="stop"``) and ``.diverged`` is True.
    """
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must have shape (samples, features), got {X.shape}.")
    y = _labels(y)
    if y.shape != (X.shape[0], 1):
        raise ValueError(f"y must have shape {(X.shape[0], 1)} (one label per row of X), got {y.shape}.")
    sizes, activations = classifier_layers(hidden_units, activation, n_inputs=X.shape[1])
    params = init_params(sizes, "he" if activation == "relu" else "xavier", seed=seed)
    history = train(
        X, y, params, activations, loss="binary_cross_entropy", optimizer=optimizer, lr=lr,
        epochs=epochs, batch_size=batch_size, seed=seed, on_diverge=on_diverge,
    )
    return Classifier(history.params, activations, history)


# --------------------------------------------------------------------------- maps


def data_extent(*arrays, margin: float = 0.4) -> tuple[float, float, float, float]:
    """(x1_min, x1_max, x2_min, x2_max): a box around all points, ``margin`` wider on each side.

    Points with NaN or infinite coordinates are left out; with none left, the box is -1 to 1.
    """
    points = np.vstack([np.asarray(a, dtype=float).reshape(-1, 2) for a in arrays])
    points = points[np.all(np.isfinite(points), axis=1)]
    if points.size == 0:
        return -1.0, 1.0, -1.0, 1.0
    low, high = points.min(axis=0) - margin, points.max(axis=0) + margin
    return float(low[0]), float(high[0]), float(low[1]), float(high[1])


def grid_points(extent, steps: int = 60) -> np.ndarray:
    """``steps`` x ``steps`` points evenly spread over the box, shape (steps * steps, 2).

    Row by row: the first ``steps`` points share the lowest x2 and go left to right,
    so model outputs reshape to a (steps, steps) picture with x2 going up.
    """
    if int(steps) != steps or steps < 2:
        raise ValueError(f"steps must be a whole number of at least 2, got {steps}.")
    x1_min, x1_max, x2_min, x2_max = extent
    x1, x2 = np.meshgrid(np.linspace(x1_min, x1_max, steps), np.linspace(x2_min, x2_max, steps))
    return np.c_[x1.ravel(), x2.ravel()]


def probability_map(model: Classifier, extent, steps: int = 60) -> np.ndarray:
    """The model's probability of "cat" at every grid point, shape (steps, steps)."""
    return model.predict_proba(grid_points(extent, steps)).reshape(steps, steps)
