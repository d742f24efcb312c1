"""Lesson 09: the shipped digits, softmax and cross-entropy, the digit network, the pad and the exercises."""

from __future__ import annotations

import gzip
import hashlib
import warnings
from importlib.resources import files

import numpy as np
import pytest

from helpers.activations import get_activation, sigmoid, softmax
from helpers.data import load_digits, one_hot
from helpers.gradcheck import gradient_check, numerical_gradient, relative_error
from helpers.losses import binary_cross_entropy, cross_entropy, cross_entropy_gradient
from helpers.network import backward, forward, init_params

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


# --------------------------------------------------------------------------- softmax and cross-entropy


def test_softmax_rows_sum_to_one_and_keep_the_order():
    z = np.array([[2.0, 1.0, 0.1], [-3.0, 0.0, 3.0], [5.0, 5.0, 5.0]])
    p = softmax(z)
    assert np.allclose(p.sum(axis=1), 1.0) and np.all(p > 0)
    assert np.all(p[:2].argmax(axis=1) == z[:2].argmax(axis=1)) and np.allclose(p[2], 1 / 3)
    by_hand = np.exp(z[0]) / np.exp(z[0]).sum()
    assert np.allclose(p[0], by_hand)


def test_softmax_is_stable_at_huge_scores():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        p = softmax(np.array([[1000.0, 0.0, -1000.0], [1000.0, 1000.0, 999.0]]))
    assert np.all(np.isfinite(p)) and np.allclose(p.sum(axis=1), 1.0)
    assert p[0, 0] == 1.0 and np.isclose(p[1, 0], p[1, 1])


def test_softmax_of_two_scores_is_the_sigmoid():
    z = np.linspace(-6, 6, 13)
    p = softmax(np.c_[z, np.zeros_like(z)])
    assert np.allclose(p[:, 0], sigmoid(z)) and np.allclose(p[:, 1], 1 - sigmoid(z))


def test_softmax_refuses_a_single_number_and_has_no_elementwise_slope():
    with pytest.raises(ValueError, match="row of scores"):
        softmax(3.0)
    with pytest.raises(ValueError, match="cross_entropy"):
        get_activation("softmax")[1](np.zeros((1, 3)))


def test_cross_entropy_by_hand_and_its_gradient():
    y_hat = np.array([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]])
    y = one_hot(np.array([0, 1]), 3)
    assert np.isclose(cross_entropy(y_hat, y), -(np.log(0.7) + np.log(0.1)) / 2)
    numeric = numerical_gradient(lambda p: cross_entropy(p, y), y_hat)
    assert relative_error(cross_entropy_gradient(y_hat, y), numeric) < 1e-7
    two = np.array([[0.9], [0.2]])
    labels = np.array([[1.0], [0.0]])
    assert np.isclose(cross_entropy(np.c_[two, 1 - two], np.c_[labels, 1 - labels]), binary_cross_entropy(two, labels))


def test_cross_entropy_is_safe_at_zero():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        worst = cross_entropy(np.array([[0.0, 1.0]]), np.array([[1.0, 0.0]]))
        grad = cross_entropy_gradient(np.array([[0.0, 1.0]]), np.array([[1.0, 0.0]]))
    assert np.isfinite(worst) and worst > 20 and np.all(np.isfinite(grad))


@pytest.mark.parametrize("layer_sizes", [[4, 10], [5, 3, 4], [3, 4, 5, 6]])
def test_softmax_cross_entropy_backward_passes_a_gradient_check(layer_sizes):
    rng = np.random.default_rng(1)
    X = rng.normal(size=(7, layer_sizes[0]))
    y = one_hot(rng.integers(0, layer_sizes[-1], 7), layer_sizes[-1])
    activations = ["tanh"] * (len(layer_sizes) - 2) + ["softmax"]
    params = init_params(layer_sizes, seed=2)
    result = gradient_check(X, y, params, activations, loss="cross_entropy")
    assert result.max_error < 1e-7, result


def test_output_delta_is_y_hat_minus_y_over_m():
    rng = np.random.default_rng(3)
    X, y = rng.normal(size=(6, 4)), one_hot(rng.integers(0, 3, 6), 3)
    params = init_params([4, 3], seed=0)
    y_hat, cache = forward(X, params, ["softmax"])
    grads = backward(y, cache, params, ["softmax"], loss="cross_entropy")
    assert np.allclose(grads["b1"], (y_hat - y).sum(axis=0, keepdims=True) / 6)


def test_softmax_needs_cross_entropy():
    params = init_params([4, 3], seed=0)
    X, y = np.ones((2, 4)), one_hot(np.array([0, 2]), 3)
    _, cache = forward(X, params, ["softmax"])
    for loss in ("mse", "half_mse", "binary_cross_entropy"):
        with pytest.raises(ValueError, match='"softmax" output needs loss="cross_entropy"'):
            backward(y, cache, params, ["softmax"], loss=loss)
