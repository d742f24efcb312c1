"""Activations and losses: values, derivatives against numerical slopes, extremes, bad input."""

import warnings

import numpy as np
import pytest

from helpers.activations import ACTIVATIONS, get_activation, relu, sigmoid, sigmoid_derivative, tanh
from helpers.gradcheck import numerical_gradient, relative_error
from helpers.losses import LOSSES, binary_cross_entropy, get_loss, half_mse, mse

Z = np.array([-3.0, -1.2, -0.3, 0.4, 1.1, 2.5])  # no kinks: ReLU is not differentiable at 0


@pytest.mark.parametrize("name", [n for n in ACTIVATIONS if n != "softmax"])  # softmax: tests/test_lesson09_digits.py
def test_derivative_matches_numerical_slope(name):
    f, df = get_activation(name)
    numeric = numerical_gradient(lambda z: float(np.sum(f(z))), Z)
    assert relative_error(df(Z), numeric) < 1e-7


def test_known_values():
    assert sigmoid(0.0) == 0.5
    assert np.isclose(sigmoid(2.0), 1 / (1 + np.exp(-2.0)))
    assert relu(-5.0) == 0.0 and relu(180.0) == 180.0
    assert np.isclose(tanh(1.0), (np.e - 1 / np.e) / (np.e + 1 / np.e))
    assert np.isclose(sigmoid_derivative(0.0), 0.25)


def test_tanh_is_a_stretched_sigmoid():
    assert np.allclose(tanh(Z), 2 * sigmoid(2 * Z) - 1)


def test_sigmoid_extremes_without_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        values = sigmoid(np.array([-1000.0, -745.0, 0.0, 745.0, 1000.0]))
        slopes = sigmoid_derivative(np.array([-1000.0, 1000.0]))
    assert values[0] == 0.0 and values[-1] == 1.0 and values[2] == 0.5
    assert np.all(np.isfinite(values)) and np.all(slopes == 0.0)


def test_sigmoid_of_a_python_list_and_scalar_shapes():
    assert sigmoid([0.0, 0.0]).shape == (2,)
    assert np.ndim(sigmoid(1.0)) == 0


def test_unknown_activation_lists_the_valid_names():
    with pytest.raises(ValueError, match='"relu"'):
        get_activation("softplus")


Y = np.array([[1.0], [0.0], [1.0], [0.0]])
P = np.array([[0.9], [0.2], [0.6], [0.3]])


@pytest.mark.parametrize("name", list(LOSSES))
def test_loss_gradient_matches_numerical(name):
    loss, grad = get_loss(name)
    numeric = numerical_gradient(lambda p: loss(p, Y), P)
    assert relative_error(grad(P, Y), numeric) < 1e-7


def test_loss_values_by_hand():
    assert np.isclose(mse(P, Y), (0.01 + 0.04 + 0.16 + 0.09) / 4)
    assert np.isclose(half_mse(P, Y), mse(P, Y) / 2)
    by_hand = -(np.log(0.9) + np.log(0.8) + np.log(0.6) + np.log(0.7)) / 4
    assert np.isclose(binary_cross_entropy(P, Y), by_hand)


def test_cross_entropy_is_safe_at_exactly_0_and_1():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        perfect = binary_cross_entropy(np.array([[1.0], [0.0]]), np.array([[1.0], [0.0]]))
        worst = binary_cross_entropy(np.array([[0.0], [1.0]]), np.array([[1.0], [0.0]]))
        _, gradient = get_loss("binary_cross_entropy")
        grad = gradient(np.array([[0.0]]), np.array([[1.0]]))
    assert perfect < 1e-10
    assert np.isfinite(worst) and worst > 20  # confident and wrong: punished hard, but finite
    assert np.all(np.isfinite(grad))


def test_loss_shape_mismatch_is_explained():
    with pytest.raises(ValueError, match=r"same shape.*\(4, 1\).*\(4,\)"):
        mse(P, Y.ravel())


def test_unknown_loss_lists_the_valid_names():
    with pytest.raises(ValueError, match='"mse"'):
        get_loss("hinge")


def test_empty_input_is_refused():
    with pytest.raises(ValueError, match="zero samples"):
        mse(np.zeros((0, 1)), np.zeros((0, 1)))
