"""Data sets for the lessons, made by code, never downloaded.

"The source" is the beginner's article the course follows: its house-price example
is lesson 07's starting point.

- ``make_house_prices``: the source's house-price recipe, bit for bit.
- ``cat_dog_params``: the hand-picked weights of lesson 03's 2 -> 3 -> 1 cat/dog network.
- ``make_classification``: small 2-D "cat (1) or dog (0)" sets: blobs, moons, circles, xor.
- ``Scaler``: standardising (subtract the mean, divide by the spread).
- ``train_test_split``: hold some samples back to test on.
- ``train_val_test_split``: three sets: train on one, choose on one, score the last once.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .network import Params

#: The rule behind the house prices: price = 1.2 * area + 5.0 * location + 20 + noise.
TRUE_WEIGHTS = (1.2, 5.0)
TRUE_BIAS = 20.0
NOISE_STD = 5.0


def make_house_prices(
    n: int = 100, *, seed: int | None = 42, rng: np.random.RandomState | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """The source's house prices: X = [area, location] (n, 2) and price y (n, 1).

    The same NumPy calls in the same order as the source: with seed 42 (the
    default) you get its exact 100 samples. Other seeds give fresh houses from
    the same rule. Pass ``rng`` (a RandomState) instead of a seed to keep drawing
    from it afterwards, as the source does for its initial weights.

    area is 0-100 (square metres), location a score from 1 to 10, and
    price = 1.2 * area + 5.0 * location + 20 + noise, noise ~ N(0, 5).
    """
    if int(n) != n or n < 1:
        raise ValueError(f"n must be a whole number of samples, at least 1, got {n}.")
    if rng is None:
        if seed is None:
            raise ValueError("Pass a seed (a whole number) or an rng (np.random.RandomState).")
        rng = np.random.RandomState(seed)
    elif not isinstance(rng, np.random.RandomState):
        raise ValueError("rng must be an np.random.RandomState: the source uses NumPy's legacy generator.")
    X = rng.rand(n, 2)
    area = X[:, 0:1] * 100
    location = X[:, 1:2] * 9 + 1
    noise = rng.normal(0, NOISE_STD, (n, 1))
    price = TRUE_WEIGHTS[0] * area + TRUE_WEIGHTS[1] * location + TRUE_BIAS + noise
    return np.hstack([area, location]), price


def least_squares(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """The best straight-line fit y ~ X @ w + b (ordinary least squares): returns (w, b)."""
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    if X.ndim != 2 or y.shape != (X.shape[0], 1):
        raise ValueError(f"Expected X of shape (m, features) and y of shape (m, 1), got {X.shape} and {y.shape}.")
    design = np.hstack([X, np.ones((X.shape[0], 1))])
    coef = np.linalg.lstsq(design, y, rcond=None)[0]
    return coef[:-1], float(coef[-1, 0])


@dataclass(frozen=True)
class Scaler:
    """Standardise columns: (x - mean) / std, with the mean and std stored.

    Fit it on the training data only, then use the same numbers on new data.
    """

    mean: np.ndarray
    std: np.ndarray

    @classmethod
    def fit(cls, data: np.ndarray) -> Scaler:
        data = np.asarray(data, dtype=float)
        if data.ndim != 2 or data.shape[0] < 2:
            raise ValueError(f"Fit a Scaler on a 2-D array with at least 2 rows, got shape {data.shape}.")
        std = data.std(axis=0, keepdims=True)
        if np.any(std == 0):
            raise ValueError("A column has the same value in every row, so it cannot be standardised.")
        return cls(data.mean(axis=0, keepdims=True), std)

    def transform(self, data: np.ndarray) -> np.ndarray:
        """(data - mean) / std, column by column."""
        return (self._check(data) - self.mean) / self.std

    def inverse(self, data: np.ndarray) -> np.ndarray:
        """Undo transform: back to the original units."""
        return self._check(data) * self.std + self.mean

    def _check(self, data: np.ndarray) -> np.ndarray:
        """data as a float array, after checking it has the columns the Scaler was fitted on."""
        data = np.asarray(data, dtype=float)
        if data.ndim != 2 or data.shape[1] != self.mean.shape[1]:
            raise ValueError(f"Expected {self.mean.shape[1]} columns, got shape {data.shape}.")
        return data


#: Lesson 03's network: 2 inputs (ear pointiness, snout length), 3 hidden ReLU neurons, 1 sigmoid output.
CAT_DOG_LAYER_SIZES = [2, 3, 1]
CAT_DOG_ACTIVATIONS = ["relu", "sigmoid"]


def cat_dog_params() -> Params:
    """Lesson 03's hand-picked weights (fresh copies, so a caller may change them).

    W1[i, j] joins input i to hidden neuron j: h₁ likes pointy ears and dislikes a
    long snout, h₂ the other way round, h₃ grows a little with both.
    W2[j, 0] joins hidden neuron j to the output: h₁ votes cat, h₂ votes dog.
    """
    return {
        "W1": np.array([[0.6, -0.3, 0.2], [-0.4, 0.5, 0.1]]),
        "b1": np.array([[-2.0, -1.0, -0.5]]),
        "W2": np.array([[1.0], [-1.0], [0.2]]),
        "b2": np.array([[-0.5]]),
    }


DATASETS = ("blobs", "moons", "circles", "xor")


def make_classification(
    name: str, n: int = 200, *, noise: float = 0.1, seed: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """A 2-D toy set: X of shape (n, 2) and labels y of shape (n, 1) in {0, 1}.

    "blobs": two round clouds; "moons": two interleaved half circles;
    "circles": a ring around a disc; "xor": four corners, opposite corners alike.
    ``noise`` is the standard deviation of the jitter added to every point.
    Half the points (rounded down) are class 0 and the rest class 1.
    """
    if name not in DATASETS:
        raise ValueError(f"Unknown data set {name!r}. Choose one of: {', '.join(DATASETS)}.")
    if int(n) != n or n < 4:
        raise ValueError(f"n must be a whole number of at least 4, got {n}.")
    if noise < 0:
        raise ValueError(f"noise must be zero or positive, got {noise}.")
    rng = np.random.default_rng(seed)
    n0 = n // 2
    labels = np.r_[np.zeros(n0), np.ones(n - n0)]
    if name == "blobs":
        centres = np.where(labels[:, None] == 0, [-1.0, -1.0], [1.0, 1.0])
        X = centres + rng.normal(0, 0.6, (n, 2))
    elif name == "moons":
        t = rng.uniform(0, np.pi, n)
        upper = np.c_[np.cos(t), np.sin(t)]
        lower = np.c_[1 - np.cos(t), 0.5 - np.sin(t)]
        X = np.where(labels[:, None] == 0, upper, lower) - [0.5, 0.25]
    elif name == "circles":
        t = rng.uniform(0, 2 * np.pi, n)
        radius = np.where(labels == 0, 1.0, 0.45)
        X = radius[:, None] * np.c_[np.cos(t), np.sin(t)]
    else:  # xor
        X = rng.uniform(-1, 1, (n, 2))
        X = X + 0.1 * np.sign(X)  # keep points off the axes, where the classes meet
        labels = (X[:, 0] * X[:, 1] > 0).astype(float)
    X = X + rng.normal(0, noise, X.shape)
    return X, labels.reshape(-1, 1)


def train_test_split(
    X: np.ndarray, y: np.ndarray, *, test_fraction: float = 0.25, seed: int = 0
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Shuffle and split into (X_train, X_test, y_train, y_test)."""
    X, y = np.asarray(X), np.asarray(y)
    if X.shape[0] != y.shape[0]:
        raise ValueError(f"X and y need the same number of rows, got {X.shape[0]} and {y.shape[0]}.")
    if not 0 < test_fraction < 1:
        raise ValueError(f"test_fraction must be between 0 and 1, got {test_fraction}.")
    order = np.random.default_rng(seed).permutation(X.shape[0])
    n_test = max(1, int(round(test_fraction * X.shape[0])))
    test, tr = order[:n_test], order[n_test:]
    return X[tr], X[test], y[tr], y[test]


#: The handwritten digits shipped with the course (lesson 09), and how many there are.
DIGITS_FILE = "digits.csv.gz"
N_DIGITS = 1797


def load_digits() -> tuple[np.ndarray, np.ndarray]:
    """The UCI handwritten digits, 8 x 8 pixels each: X (1797, 64) float and labels y (1797,) int.

    Each row of X is one digit, its 8 x 8 image read row by row. A pixel counts the
    inked dots in a 4 x 4 block of the original 32 x 32 black-and-white scan, so it
    is a whole number from 0 (blank) to 16 (all inked). y holds the digit, 0 to 9.

    Source: "Optical Recognition of Handwritten Digits" (the 1,797 digits of its
    8 x 8 test set), by E. Alpaydin and C. Kaynak, 1998, UCI Machine Learning
    Repository, https://doi.org/10.24432/C50P49. Licence: CC BY 4.0. The file is
    shipped in helpers/datasets/ (see the README there): nothing is downloaded.
    """
    import gzip
    from importlib.resources import files

    with gzip.open(files("helpers").joinpath("datasets", DIGITS_FILE).open("rb"), "rt") as f:
        table = np.loadtxt(f, delimiter=",", dtype=np.int64)
    # labels as NumPy's native integer (np.intp): 32 bits in a browser's Python, where np.bincount needs it
    return table[:, :64].astype(float), table[:, 64].astype(np.intp)


def one_hot(labels: np.ndarray, n_classes: int) -> np.ndarray:
    """Targets for cross-entropy: one row per label, 1 in the label's column, 0 elsewhere.

    one_hot([2, 0], 3) -> [[0, 0, 1], [1, 0, 0]].
    """
    labels = np.asarray(labels)
    if labels.ndim != 1:
        raise ValueError(f"labels must be a 1-D array of whole numbers, got shape {labels.shape}.")
    if labels.size and (np.any(labels != np.round(labels)) or labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"Every label must be a whole number from 0 to {n_classes - 1}, got {labels}.")
    out = np.zeros((labels.size, n_classes))
    out[np.arange(labels.size), labels.astype(int)] = 1.0
    return out
def train_val_test_split(
    X: np.ndarray, y: np.ndarray, *, val_fraction: float = 0.25, test_fraction: float = 0.25, seed: int = 0
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Shuffle and split three ways: (X_train, X_val, X_test, y_train, y_val, y_test).

    By default half the samples train, a quarter validate and a quarter test.
    The network learns from the training set. Every choice (hidden units, epochs,
    learning rate) is made on the validation set. The test set is scored once, at
    the end, to report how the chosen model does on data that played no part.
    """
    X, y = np.asarray(X), np.asarray(y)
    if X.shape[0] != y.shape[0]:
        raise ValueError(f"X and y need the same number of rows, got {X.shape[0]} and {y.shape[0]}.")
    if not (0 < val_fraction < 1 and 0 < test_fraction < 1 and val_fraction + test_fraction < 1):
        raise ValueError(
            f"val_fraction and test_fraction must be between 0 and 1 and leave some training data, "
            f"got {val_fraction} and {test_fraction}."
        )
    m = X.shape[0]
    n_val, n_test = max(1, int(round(val_fraction * m))), max(1, int(round(test_fraction * m)))
    if n_val + n_test >= m:
        raise ValueError(f"{m} samples are too few to split three ways.")
    order = np.random.default_rng(seed).permutation(m)
    test, val, tr = order[:n_test], order[n_test : n_test + n_val], order[n_test + n_val :]
    return X[tr], X[val], X[test], y[tr], y[val], y[test]
