"""Lesson 09: the shipped digits, softmax and cross-entropy, the digit network, the pad and the exercises."""

from __future__ import annotations

import gzip
import hashlib
from importlib.resources import files

import numpy as np

from helpers.data import load_digits, one_hot

DIGITS_SHA256 = "09f66e6debdee2cd2b5ae59e0d6abbb73fc2b0e0185d2e1957e9ebb51e23aa22"


# --------------------------------------------------------------------------- the data


def test_digits_file_is_the_attributed_copy_and_small():
    path = files("helpers").joinpath("datasets", "digits.csv.gz")
    data = path.read_bytes()
    assert hashlib.sha256(data).hexdigest() == DIGITS_SHA256
    assert len(data) <= 100_000
    readme = files("helpers").joinpath("datasets", "README.md").read_text()
    for needed in ("CC BY 4.0", "10.24432/C50P49", "Alpaydin", "Kaynak", DIGITS_SHA256):
        assert needed in readme
    assert len(gzip.decompress(data).splitlines()) == 1797


def test_load_digits_shapes_labels_and_values():
    X, y = load_digits()
    assert X.shape == (1797, 64) and X.dtype == float
    assert y.shape == (1797,) and np.issubdtype(y.dtype, np.integer)
    assert np.bincount(y).tolist() == [178, 182, 177, 183, 181, 182, 181, 179, 174, 180]
    assert X.min() == 0 and X.max() == 16 and np.all(X == np.round(X))


def test_one_hot():
    assert one_hot(np.array([2, 0]), 3).tolist() == [[0, 0, 1], [1, 0, 0]]
    _, y = load_digits()
    Y = one_hot(y, 10)
    assert Y.shape == (1797, 10) and np.all(Y.sum(axis=1) == 1) and np.all(Y.argmax(axis=1) == y)
    for bad in (np.array([0, 10]), np.array([-1]), np.array([[1, 2]]), np.array([0.5])):
        try:
            one_hot(bad, 10)
        except ValueError as error:
            assert "label" in str(error)
        else:
            raise AssertionError(f"one_hot accepted {bad}")
