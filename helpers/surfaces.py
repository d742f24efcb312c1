"""Lesson 06: a loss with two weights, small enough to draw as a map.

The model predicts a house's price from its two features with two weights and
no bias:

    y_hat = w1 * x1 + w2 * x2            loss L(w) = (1 / (2m)) * sum (y_hat - y)^2

so the loss depends on two numbers only, and you can draw it as a contour map
over (w1, w2), like the height lines of a hiking map. ``house_surface`` builds
it from the source's 100 houses, either as they are (area 0-100, location 1-10,
prices around 100) or standardised (every column, prices included, turned into
"how many spreads away from its mean"). Standardised prices have mean 0, so the
best bias is 0 and dropping it costs nothing.

``run_optimizer`` walks down such a surface with an optimizer from
``helpers.optimizers`` (plain gradient descent, momentum or Adam) and any batch
size, and returns every point it visits: the path to draw on the map.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from .data import Scaler, make_house_prices
from .optimizers import make_optimizer, minibatch_indices

#: Where every walk starts unless told otherwise: both weights 0.
START = (0.0, 0.0)
#: A path whose weights grow beyond this has blown up (diverged).
BLOW_UP = 1e6


@dataclass(frozen=True)
class Surface:
    """The half mean squared error of y_hat = X @ w over the two weights w = (w1, w2).

    ``X`` has shape (m, 2), ``y`` shape (m,). ``window`` is the part of the
    (w1, w2) plane worth drawing: (w1 low, w1 high, w2 low, w2 high).
    """

    X: np.ndarray
    y: np.ndarray
    scaled: bool
    window: tuple[float, float, float, float]

    def __post_init__(self) -> None:
        if self.X.ndim != 2 or self.X.shape[1] != 2 or self.y.shape != (self.X.shape[0],):
            raise ValueError(f"Expected X of shape (m, 2) and y of shape (m,), got {self.X.shape} and {self.y.shape}.")

    @property
    def m(self) -> int:
        """The number of samples (houses)."""
        return self.X.shape[0]

    def loss(self, w) -> float:
        """L(w) = (1 / (2m)) * sum (x_i . w - y_i)^2 on all samples."""
        residual = self.X @ np.asarray(w, dtype=float) - self.y
        return float(residual @ residual / (2 * self.m))

    def gradient(self, w, rows: np.ndarray | None = None) -> np.ndarray:
        """The slope of the loss on some samples (all of them by default): (1 / B) * X_B.T @ (X_B @ w - y_B).

        ``rows`` picks the samples of a mini-batch; B is how many there are.
        """
        X, y = (self.X, self.y) if rows is None else (self.X[rows], self.y[rows])
        return X.T @ (X @ np.asarray(w, dtype=float) - y) / len(y)

    def grid(self, w1: np.ndarray, w2: np.ndarray) -> np.ndarray:
        """The loss at every pair (w1, w2): shape (len(w2), len(w1)), ready for ``ax.contour(w1, w2, grid)``.

        Uses L(w) = (w.A w - 2 c.w + d) / 2 with A = X.T X / m, c = X.T y / m and
        d = y.y / m, which is the same number as ``loss`` but fast on a grid.
        """
        A = self.X.T @ self.X / self.m
        c = self.X.T @ self.y / self.m
        d = self.y @ self.y / self.m
        W1, W2 = np.meshgrid(np.asarray(w1, dtype=float), np.asarray(w2, dtype=float))
        quad = A[0, 0] * W1**2 + 2 * A[0, 1] * W1 * W2 + A[1, 1] * W2**2
        return (quad - 2 * (c[0] * W1 + c[1] * W2) + d) / 2

    def best(self) -> np.ndarray:
        """The weights at the bottom of the surface (least squares without a bias)."""
        return np.linalg.lstsq(self.X, self.y, rcond=None)[0]

    def best_loss(self) -> float:
        """The lowest loss any pair of weights can reach on this surface."""
        return self.loss(self.best())

    def largest_stable_lr(self) -> float:
        """The learning rate above which full-batch gradient descent blows up: 2 / (steepest curvature).

        The steepest curvature is the largest eigenvalue of A = X.T X / m, the
        slope of the slope along the surface's steepest direction.
        """
        return float(2.0 / np.linalg.eigvalsh(self.X.T @ self.X / self.m)[-1])


def house_surface(scaled: bool, n: int = 100, seed: int = 42) -> Surface:
    """The source's houses as a two-weight surface, as they are or standardised.

    ``scaled=False``: x1 = area (0-100), x2 = location (1-10), y = price.
    ``scaled=True``: all three columns standardised with ``helpers.data.Scaler``
    fitted on these houses: (value - mean) / spread.
    """
    X, y = make_house_prices(n, seed=seed)
    if scaled:
        X = Scaler.fit(X).transform(X)
        y = Scaler.fit(y).transform(y)
        window = (-0.6, 1.6, -0.6, 1.2)
    else:
        window = (-0.2, 3.1, -1.0, 9.0)
    return Surface(X, y[:, 0], scaled, window)


def updates_per_epoch(m: int, batch_size: int | None) -> int:
    """How many updates one pass over m samples makes: m / batch size, rounded up (None means all m)."""
    if batch_size is None:
        return 1
    if int(batch_size) != batch_size or not 1 <= batch_size <= m:
        raise ValueError(f"batch_size must be a whole number from 1 to {m}, or None for all; got {batch_size}.")
    return math.ceil(m / batch_size)


@dataclass
class Run:
    """Where an optimizer went on a surface."""

    points: np.ndarray  # (updates + 1, 2): the start, then the weights after every update
    losses: list[float] = field(default_factory=list)  # loss on all samples at every epoch's start, then at the end
    updates: int = 0  # how many updates it made
    blew_up: bool = False  # True if the weights grew beyond BLOW_UP (or became nan): lr too large

    @property
    def final(self) -> np.ndarray:
        """The last weights (w1, w2)."""
        return self.points[-1]


def batch_moments(surface: Surface, batches: list[np.ndarray | None]) -> list[tuple[float, ...]]:
    """For every batch, the five numbers that give its gradient at any w, as plain floats.

    On a batch B the gradient is (1 / B) * X_B.T @ (X_B @ w - y_B) = A @ w - c with
    A = X_B.T X_B / B (a 2 x 2 table: a11, a12, a22) and c = X_B.T y_B / B (c1, c2).
    They are computed for all batches at once here, so that each step of a walk is
    a few multiplications of plain numbers instead of a matrix product.
    """
    if batches == [None]:
        rows, starts, sizes = np.arange(surface.m), np.array([0]), np.array([surface.m])
    else:
        rows = np.concatenate(batches)
        sizes = np.array([len(b) for b in batches])
        starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    X, y = surface.X[rows], surface.y[rows]
    products = np.column_stack([X[:, 0] ** 2, X[:, 0] * X[:, 1], X[:, 1] ** 2, X[:, 0] * y, X[:, 1] * y])
    return (np.add.reduceat(products, starts, axis=0) / sizes[:, None]).tolist()


def run_optimizer(
    surface: Surface,
    optimizer: str = "gd",
    lr: float = 0.01,
    epochs: int = 30,
    batch_size: int | None = None,
    *,
    start: tuple[float, float] = START,
    seed: int = 0,
) -> Run:
    """Walk down ``surface`` with an optimizer ("gd", "momentum" or "adam") and return the path.

    Every epoch shuffles the samples (with a generator seeded by ``seed``), cuts
    them into batches of ``batch_size`` (None: one batch of all samples) and
    makes one optimizer step per batch, with that batch's gradient. The walk
    stops early if the weights blow up.

    The steps are the optimizers of ``helpers.optimizers``, fed the two weights
    as two plain numbers (w1 and w2): with only two weights that is several times
    faster than arrays, which keeps the lesson's widget quick even for 3000 steps.
    """
    if lr <= 0 or int(epochs) != epochs or epochs < 1:
        raise ValueError(f"lr must be positive and epochs a whole number of at least 1, got {lr} and {epochs}.")
    updates_per_epoch(surface.m, batch_size)  # checks batch_size
    step = make_optimizer(optimizer).step
    rng = np.random.default_rng(seed)
    w1, w2 = float(start[0]), float(start[1])
    points = [(w1, w2)]
    losses = []
    with np.errstate(over="ignore", invalid="ignore"):
        for _ in range(int(epochs)):
            losses.append(surface.loss((w1, w2)))
            batches = [None] if batch_size is None else minibatch_indices(surface.m, batch_size, rng)
            for a11, a12, a22, c1, c2 in batch_moments(surface, batches):
                grads = {"w1": a11 * w1 + a12 * w2 - c1, "w2": a12 * w1 + a22 * w2 - c2}
                new = step({"w1": w1, "w2": w2}, grads, lr)
                w1, w2 = float(new["w1"]), float(new["w2"])
                points.append((w1, w2))
                if not abs(w1) + abs(w2) < BLOW_UP:  # also catches nan
                    return Run(np.array(points), losses, len(points) - 1, blew_up=True)
        losses.append(surface.loss((w1, w2)))
    return Run(np.array(points), losses, len(points) - 1)
