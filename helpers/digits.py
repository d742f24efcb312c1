"""Lesson 09: reading handwritten digits with a 64 -> h -> 10 network.

- ``scale_pixels``, ``split_digits``: inputs from 0-16 to 0-1, and a seeded
  train / validation / test split.
- ``train_digits`` (and ``DigitNetwork``): the lesson's own mini-batch loop
  (forward, backward, an Adam step), packed into one call; ``hidden=0`` gives the
  linear model 64 -> 10.
- ``confusion_matrix``, ``accuracy_by_confidence``: looking inside the answers.
- ``to_8x8`` (with ``fill_box``, ``normalise_bitmap`` and ``count_blocks``): a
  32 x 32 drawing made into the 8 x 8 image the network reads, the way the data set was made.
- ``draw_strokes``, ``SYNTHETIC_DIGITS``: digits drawn by code, for figures and tests.
- ``say`` gives the lesson's printed sentences in the
  notebook's language (the Chinese lesson writes them in Chinese). ``helpers.plots.show_digit`` draws one image.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .data import one_hot, train_test_split
from .i18n import ZH, N, t
from .network import Params, backward, forward, init_params, predict
from .optimizers import Adam, minibatch_indices

N_CLASSES = 10
#: A pixel of the data set counts the inked dots of a 4 x 4 block: 0 to 16.
PIXEL_MAX = 16
#: The lesson's training settings: Adam with this learning rate, batches of this size.
LEARNING_RATE = 0.01
BATCH_SIZE = 32
#: Inked pixels in a 32 x 32 digit of the data set, on average (held by a test): about 30% of the box.
INK_TARGET = 313
BOX = 32
#: What lesson 09 chooses on its validation digits (tests/test_lesson09_digits.py checks the choice).
LESSON_SEED = 0
LESSON_HIDDEN = 64
LESSON_EPOCHS = 20
LESSON_LINEAR_EPOCHS = 20


# --------------------------------------------------------------------------- data


def scale_pixels(X: np.ndarray) -> np.ndarray:
    """Divide by 16, so every input runs from 0 (blank) to 1 (fully inked)."""
    return np.asarray(X, dtype=float) / PIXEL_MAX


def split_digits(
    X: np.ndarray, labels: np.ndarray, *, seed: int = 0
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Shuffle, then split 60% / 20% / 20% into training, validation and test digits.

    Returns (X_train, X_val, X_test, y_train, y_val, y_test).
    """
    X_rest, X_test, y_rest, y_test = train_test_split(X, labels, test_fraction=0.2, seed=seed)
    X_train, X_val, y_train, y_val = train_test_split(X_rest, y_rest, test_fraction=0.25, seed=seed)
    return X_train, X_val, X_test, y_train, y_val, y_test


# --------------------------------------------------------------------------- the network


def digit_layers(hidden: int) -> tuple[list[int], list[str]]:
    """Layer sizes and activations: 64 -> hidden (ReLU) -> 10 (softmax); hidden=0 is linear, 64 -> 10."""
    if int(hidden) != hidden or hidden < 0:
        raise ValueError(f"hidden must be a whole number, 0 or more, got {hidden}.")
    if hidden == 0:
        return [64, N_CLASSES], ["softmax"]
    return [64, int(hidden), N_CLASSES], ["relu", "softmax"]


@dataclass
class DigitNetwork:
    """A trained digit reader: its parameters, activations and training time in seconds."""

    params: Params
    activations: list[str]
    seconds: float = 0.0

    def probabilities(self, X: np.ndarray) -> np.ndarray:
        """The ten probabilities for each row of X (pixels already scaled to 0-1)."""
        return predict(X, self.params, self.activations)

    def predict(self, X: np.ndarray) -> np.ndarray:
        """The digit with the highest probability, for each row of X."""
        return self.probabilities(X).argmax(axis=1)

    def accuracy(self, X: np.ndarray, labels: np.ndarray) -> float:
        """The share of rows of X read as their true label."""
        return float(np.mean(self.predict(X) == np.asarray(labels)))


def train_digits(
    X: np.ndarray,
    labels: np.ndarray,
    hidden: int,
    epochs: int,
    *,
    seed: int = 0,
    lr: float = LEARNING_RATE,
    batch_size: int = BATCH_SIZE,
    after_epoch: Callable[[int, DigitNetwork], None] | None = None,
) -> DigitNetwork:
    """Train 64 -> hidden -> 10 with the lesson's loop: shuffled mini-batches, backward, an Adam step.

    X holds scaled pixels (0-1), labels the digits 0-9. The starting weights come
    from ``init_params(..., seed=seed)`` and the shuffling from
    ``np.random.default_rng(seed)``, exactly as in the lesson, so both give the same
    numbers. ``after_epoch(epoch, network)``, if given, is called after every epoch
    (epoch counts from 1), e.g. to score the validation digits as training goes.
    """
    if int(epochs) != epochs or epochs < 1:
        raise ValueError(f"epochs must be a whole number, at least 1, got {epochs}.")
    layer_sizes, activations = digit_layers(hidden)
    params = init_params(layer_sizes, seed=seed)
    opt, rng = Adam(), np.random.default_rng(seed)
    Y = one_hot(labels, N_CLASSES)
    seconds = 0.0
    for epoch in range(epochs):
        start = time.perf_counter()
        for idx in minibatch_indices(len(X), batch_size, rng):
            _, cache = forward(X[idx], params, activations)
            grads = backward(Y[idx], cache, params, activations, loss="cross_entropy")
            params = opt.step(params, grads, lr)
        seconds += time.perf_counter() - start
        if after_epoch is not None:
            after_epoch(epoch + 1, DigitNetwork(params, activations, seconds))
    return DigitNetwork(params, activations, seconds)


def validation_table(
    X_train: np.ndarray,
    y_train: np.ndarray,
    X_val: np.ndarray,
    y_val: np.ndarray,
    hidden_sizes: list[int],
    epoch_counts: list[int],
    *,
    seed: int = 0,
) -> np.ndarray:
    """Validation accuracy for each hidden size (rows) after each number of epochs (columns).

    One training run per hidden size, scored on the validation digits when it
    reaches each of ``epoch_counts``: the same numbers as separate runs, for less work.
    """
    table = np.zeros((len(hidden_sizes), len(epoch_counts)))
    for row, hidden in enumerate(hidden_sizes):

        def score(epoch: int, net: DigitNetwork, row: int = row) -> None:
            if epoch in epoch_counts:
                table[row, epoch_counts.index(epoch)] = net.accuracy(X_val, y_val)

        train_digits(X_train, y_train, hidden, max(epoch_counts), seed=seed, after_epoch=score)
    return table


# --------------------------------------------------------------------------- looking inside


def confusion_matrix(labels: np.ndarray, predicted: np.ndarray, n_classes: int = N_CLASSES) -> np.ndarray:
    """counts[i, j] = how many digits with true label i were read as j (the diagonal is right)."""
    labels, predicted = np.asarray(labels, dtype=int), np.asarray(predicted, dtype=int)
    if labels.shape != predicted.shape:
        raise ValueError(f"labels and predicted need the same shape, got {labels.shape} and {predicted.shape}.")
    both = np.concatenate([labels.ravel(), predicted.ravel()])
    if both.size and (both.min() < 0 or both.max() >= n_classes):
        raise ValueError(f"Every label must be a whole number from 0 to {n_classes - 1}.")
    counts = np.zeros((n_classes, n_classes), dtype=int)
    np.add.at(counts, (labels, predicted), 1)
    return counts


def accuracy_by_confidence(
    probabilities: np.ndarray, labels: np.ndarray, edges: tuple[float, ...] = (0.0, 0.9, 0.99, 1.0)
) -> list[tuple[float, float, int, float]]:
    """Group answers by how sure the network was (its top probability) and score each group.

    Returns one row per group: (low, high, number of digits, accuracy), where a
    digit falls in the group when low <= top probability < high (the last group
    includes 1). A group without digits has accuracy NaN.
    """
    probabilities = np.asarray(probabilities, dtype=float)
    top = probabilities.max(axis=1)
    right = probabilities.argmax(axis=1) == np.asarray(labels)
    rows = []
    for i, (low, high) in enumerate(zip(edges[:-1], edges[1:])):
        last = i == len(edges) - 2
        inside = (top >= low) & ((top <= high) if last else (top < high))
        n = int(inside.sum())
        rows.append((low, high, n, float(right[inside].mean()) if n else float("nan")))
    return rows


# --------------------------------------------------------------------------- a drawing -> 8 x 8


def _check_bitmap(bitmap) -> np.ndarray:
    b = np.asarray(bitmap)
    if b.size == BOX * BOX and b.ndim == 1:
        b = b.reshape(BOX, BOX)
    if b.shape != (BOX, BOX):
        raise ValueError(f"A drawing must be a {BOX} x {BOX} array of 0s and 1s (or 1024 numbers), got {b.shape}.")
    return (b > 0).astype(np.uint8)


def _fit(bitmap: np.ndarray, size: int) -> np.ndarray:
    """Crop to the ink, scale so the longer side is ``size`` (same shape), centre in 32 x 32."""
    rows, cols = np.nonzero(bitmap)
    ink = bitmap[rows.min() : rows.max() + 1, cols.min() : cols.max() + 1]
    h, w = ink.shape
    scale = size / max(h, w)
    new_h, new_w = max(1, round(h * scale)), max(1, round(w * scale))
    # nearest neighbour: each new pixel copies the old pixel under its centre
    r = np.minimum(((np.arange(new_h) + 0.5) * h / new_h).astype(int), h - 1)
    c = np.minimum(((np.arange(new_w) + 0.5) * w / new_w).astype(int), w - 1)
    out = np.zeros((BOX, BOX), dtype=np.uint8)
    top, left = (BOX - new_h) // 2, (BOX - new_w) // 2
    out[top : top + new_h, left : left + new_w] = ink[np.ix_(r, c)]
    return out


def fill_box(bitmap) -> np.ndarray:
    """The first steps only: crop a 32 x 32 drawing to its ink, scale it to fill the box, centre it."""
    b = _check_bitmap(bitmap)
    return _fit(b, BOX) if b.any() else b


def _grow(b: np.ndarray, step: int) -> np.ndarray:
    """Make every stroke one pixel bolder: towards the bottom right on even steps, top left on odd."""
    out = b.copy()
    if step % 2 == 0:
        out[1:, :] |= b[:-1, :]
        out[:, 1:] |= out[:, :-1].copy()
    else:
        out[:-1, :] |= b[1:, :]
        out[:, :-1] |= out[:, 1:].copy()
    return out


def _shrink(b: np.ndarray, step: int) -> np.ndarray:
    """Make every stroke one pixel thinner (the opposite of _grow)."""
    return 1 - _grow(1 - b, step)


def normalise_bitmap(bitmap, ink_target: int = INK_TARGET) -> np.ndarray:
    """A 32 x 32 drawing made like the data set's digits: same size, same place, same boldness.

    Crop to the ink, scale it to fill the box (keeping its shape), centre it, and
    make the strokes bolder (or thinner) one pixel at a time until the inked
    pixels come closest to ``ink_target`` (the data set's average, about 30% of
    the box). A blank drawing stays blank.
    """
    b = _check_bitmap(bitmap)
    if not b.any():
        return b
    best, best_gap = None, None
    for k in range(-6, 13):  # k > 0: k pixels bolder, k < 0: thinner
        size = BOX - max(k, 0)  # leave room for the extra ink, so the result still fills the box
        candidate = _fit(b, size)
        for step in range(abs(k)):
            candidate = _grow(candidate, step) if k > 0 else _shrink(candidate, step)
        if not candidate.any():
            continue
        candidate = _fit(candidate, BOX)
        gap = abs(int(candidate.sum()) - ink_target)
        if best_gap is None or gap < best_gap:
            best, best_gap = candidate, gap
    return best


def count_blocks(bitmap32) -> np.ndarray:
    """Count the inked pixels of each 4 x 4 block: 32 x 32 zeros and ones -> 8 x 8 numbers from 0 to 16."""
    b = _check_bitmap(bitmap32)
    return b.reshape(8, 4, 8, 4).sum(axis=(1, 3)).astype(float)


def to_8x8(bitmap, ink_target: int = INK_TARGET) -> np.ndarray:
    """A learner's 32 x 32 drawing -> the 8 x 8 image (0-16) the network reads, as the data set was made."""
    return count_blocks(normalise_bitmap(bitmap, ink_target))


# --------------------------------------------------------------------------- digits drawn by code

#: Each digit as pen strokes: lists of (x, y) points in a unit box, x to the right, y down.
SYNTHETIC_DIGITS: dict[int, list[list[tuple[float, float]]]] = {
    0: [[(0.5, 0.0), (0.2, 0.15), (0.08, 0.5), (0.2, 0.85), (0.5, 1.0), (0.8, 0.85), (0.92, 0.5),
         (0.8, 0.15), (0.5, 0.0)]],
    1: [[(0.2, 0.25), (0.6, 0.0), (0.6, 1.0)]],
    2: [[(0.12, 0.2), (0.35, 0.02), (0.65, 0.02), (0.85, 0.2), (0.8, 0.45), (0.1, 1.0), (0.9, 1.0)]],
    3: [[(0.15, 0.05), (0.8, 0.05), (0.45, 0.42), (0.75, 0.5), (0.88, 0.72), (0.7, 0.95), (0.4, 1.0),
         (0.12, 0.88)]],
    4: [[(0.3, 0.0), (0.12, 0.62), (0.9, 0.62)], [(0.7, 0.2), (0.7, 1.0)]],
    5: [[(0.85, 0.02), (0.2, 0.02), (0.15, 0.45), (0.55, 0.4), (0.85, 0.6), (0.8, 0.9), (0.5, 1.0),
         (0.12, 0.9)]],
    6: [[(0.65, 0.0), (0.35, 0.3), (0.2, 0.65), (0.3, 0.95), (0.6, 1.0), (0.82, 0.8), (0.7, 0.55),
         (0.45, 0.5), (0.22, 0.65)]],
    7: [[(0.1, 0.03), (0.9, 0.03), (0.45, 1.0)], [(0.3, 0.5), (0.8, 0.5)]],
    8: [[(0.5, 0.48), (0.2, 0.3), (0.25, 0.05), (0.5, 0.0), (0.75, 0.05), (0.8, 0.3), (0.5, 0.48),
         (0.15, 0.72), (0.25, 0.97), (0.5, 1.0), (0.75, 0.97), (0.85, 0.72), (0.5, 0.48)]],
    9: [[(0.82, 0.3), (0.55, 0.5), (0.25, 0.42), (0.18, 0.2), (0.4, 0.0), (0.7, 0.02), (0.82, 0.3),
         (0.75, 0.7), (0.55, 1.0)]],
}


def draw_strokes(
    strokes: list[list[tuple[float, float]]],
    *,
    box: tuple[float, float, float, float] = (7, 2, 25, 30),
    brush: float = 1.5,
) -> np.ndarray:
    """Draw pen strokes on a blank 32 x 32 pad, as a mouse would: 0 = blank, 1 = ink.

    Points are in a unit box and are placed inside ``box`` = (left, top, right,
    bottom) in pad pixels. Every pixel whose centre lies within ``brush`` pixels of
    a stroke is inked.
    """
    left, top, right, bottom = box
    centres = np.stack(np.meshgrid(np.arange(BOX) + 0.5, np.arange(BOX) + 0.5), axis=-1)  # (y, x) -> (x, y)
    ink = np.zeros((BOX, BOX), dtype=bool)
    for stroke in strokes:
        pts = np.array([(left + x * (right - left), top + y * (bottom - top)) for x, y in stroke])
        for a, b in zip(pts[:-1], pts[1:]):
            ab = b - a
            t = np.clip(((centres - a) @ ab) / max(float(ab @ ab), 1e-12), 0.0, 1.0)
            nearest = a + t[..., None] * ab
            ink |= np.linalg.norm(centres - nearest, axis=-1) <= brush
    return ink.astype(np.uint8)


#: Every sentence the lesson prints, so that it can be shown in the notebook's language.
SENTENCES = frozenset(
    {
        N("Digits of each kind, 0 to 9:"),
        N("The first digit is a {label}. Its 64 pixels as 8 rows of 8:"),
        N("Inputs now run from {low} to {high}."),
        N("Same as helpers.activations.softmax:"),
        N("Naive formula at scores (1000, 999, 0):"),
        N("After subtracting the largest score:"),
        N("Loss per image:"),
        N("Mean loss L = {loss:.2f}; guessing level log 10 = {level:.2f}"),
        N("Same as helpers.losses.cross_entropy:"),
        N("Slope found by nudging:"),
        N("Largest difference: {gap:.1e}"),
        N("training {train}, validation {val}, test {test} digits"),
        N("Accuracy: training {train:.1%}, validation {val:.1%}"),
        N("Same weights as helpers.digits.train_digits:"),
        N("validation accuracy (%) after these epochs:"),
        N("  64 → 10 (linear)"),
        N("Chosen: linear model {linear} epochs; network 64 → {hidden} → 10, {epochs} epochs"),
        N("Training the network took {seconds:.2f} s."),
        N("Test accuracy: network {net:.1%}, linear model {lin:.1%} ({n} test digits)"),
        N("Mistakes: network {net}, linear model {lin}"),
        N("network"),
        N("linear model"),
        N("{name}: validation accuracy over 5 seeds: mean {mean:.1%}, lowest {low:.1%}, highest {high:.1%}"),
        N("{n} of {m} test digits misread"),
        N("sure {low:.0%} to {high:.0%}: {n:3d} digits, accuracy {acc:.1%}"),
        N("All digits: {mean:.0f} of 1024 pixels inked ({share:.0%})"),
        N("{digit}: ink {before} → {after} pixels; read as {raw} if counted as drawn, {ready} after the steps"),
        N("Drawn:"),
        N("Read: "),
    }
)


def say(sentence: str, /, **values) -> str:
    """One of the lesson's printed sentences, in the notebook's language, with its values filled in.

    The English lesson names a sentence in English and gets it in the notebook's
    language. The Chinese lesson may write the sentence in Chinese, exactly as in
    helpers/i18n/zh_lesson09.py, so that its code reads in Chinese too.
    """
    if sentence in SENTENCES:
        return t(sentence, **values)
    if sentence in {ZH.get(english) for english in SENTENCES}:
        return sentence.format(**values) if values else sentence
    raise ValueError(f"Not one of lesson 09's sentences: {sentence!r}.")
