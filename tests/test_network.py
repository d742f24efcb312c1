"""The network: shapes, the source's numbers, backward against numerical gradients, bad input."""

import itertools

import numpy as np
import pytest

from helpers.activations import relu
from helpers.gradcheck import gradient_check
from helpers.network import backward, count_parameters, forward, init_params, layer_sizes_of, predict

HIDDEN = ["relu", "tanh", "sigmoid"]
OUTPUT = [("linear", "half_mse"), ("linear", "mse"), ("sigmoid", "binary_cross_entropy"), ("sigmoid", "mse")]


def test_source_neuron_is_180():
    x = np.array([[100.0, 8.0]])
    params = {"W1": np.array([[1.2], [5.0]]), "b1": np.array([[20.0]])}
    z = forward(x, params, ["linear"])[0]
    assert np.isclose(z[0, 0], 180.0)
    assert np.isclose(relu(z)[0, 0], 180.0)


@pytest.mark.parametrize("sizes", [[2, 3, 1], [3, 4, 2, 1], [2, 5, 3, 4, 1]], ids=["1 hidden", "2 hidden", "3 hidden"])
@pytest.mark.parametrize("hidden,output", list(itertools.product(HIDDEN, OUTPUT)))
def test_backward_passes_gradient_check(sizes, hidden, output):
    out_act, loss = output
    rng = np.random.default_rng(7)
    X = rng.normal(size=(5, sizes[0]))
    y = rng.integers(0, 2, size=(5, sizes[-1])).astype(float) if out_act == "sigmoid" else rng.normal(size=(5, 1))
    params = init_params(sizes, "xavier", seed=3)
    for key in params:
        if key.startswith("b"):
            params[key] = rng.normal(scale=0.1, size=params[key].shape)  # biases off zero too
    activations = [hidden] * (len(sizes) - 2) + [out_act]
    result = gradient_check(X, y, params, activations, loss)
    assert result.max_error < 1e-7, result


def test_gradients_have_the_parameters_shapes():
    params = init_params([4, 6, 3], seed=0)
    X = np.ones((10, 4))
    y_hat, cache = forward(X, params, ["tanh", "linear"])
    grads = backward(np.zeros((10, 3)), cache, params, ["tanh", "linear"])
    assert list(grads) == list(params)
    assert all(grads[k].shape == params[k].shape for k in params)
    assert y_hat.shape == (10, 3)


def test_init_scales_and_seeds():
    he = init_params([1000, 500], "he", seed=1)
    xavier = init_params([1000, 500], "xavier", seed=1)
    assert np.isclose(he["W1"].std(), np.sqrt(2 / 1000), rtol=0.02)
    assert np.isclose(xavier["W1"].std(), np.sqrt(2 / 1500), rtol=0.02)
    assert np.all(he["b1"] == 0)
    assert np.array_equal(init_params([2, 3, 1], seed=5)["W1"], init_params([2, 3, 1], seed=5)["W1"])
    assert not np.array_equal(init_params([2, 3, 1], seed=5)["W1"], init_params([2, 3, 1], seed=6)["W1"])


def test_counting():
    assert count_parameters([2, 3, 1]) == 13
    assert count_parameters([784, 128, 10]) == 784 * 128 + 128 + 128 * 10 + 10
    assert layer_sizes_of(init_params([2, 4, 4, 1], seed=0)) == [2, 4, 4, 1]


def test_predict_is_forward_without_cache():
    params = init_params([2, 3, 1], seed=0)
    X = np.arange(6.0).reshape(3, 2)
    assert np.array_equal(predict(X, params, ["relu", "sigmoid"]), forward(X, params, ["relu", "sigmoid"])[0])


@pytest.mark.parametrize(
    "call,message",
    [
        (lambda: init_params([2], seed=0), "at least an input and an output"),
        (lambda: init_params([2, 0, 1], seed=0), "at least one node"),
        (lambda: init_params([2, 3], "zeros", seed=0), "Choose one of: he, xavier"),
        (lambda: forward(np.ones((4, 3)), init_params([2, 3, 1], seed=0), ["relu", "linear"]), r"Layer 1 expects 2"),
        (lambda: forward(np.ones(2), init_params([2, 3, 1], seed=0), ["relu", "linear"]), "2-D array"),
        (lambda: forward(np.ones((4, 2)), init_params([2, 3, 1], seed=0), ["relu"]), "one activation name per layer"),
        (lambda: forward(np.ones((4, 2)), init_params([2, 3, 1], seed=0), ["relu", "soft"]), "Unknown activation"),
        (
            lambda: forward(
                np.ones((4, 2)), {**init_params([2, 3, 1], seed=0), "W2": np.ones((4, 1))}, ["relu", "linear"]
            ),
            "Layer 2: W2 has shape",
        ),
        (lambda: forward(np.ones((4, 2)), {"b1": np.ones((1, 3))}, ["relu"]), "no weights"),
    ],
)
def test_bad_input_messages(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_backward_target_shape_is_explained():
    params = init_params([2, 3, 1], seed=0)
    _, cache = forward(np.ones((4, 2)), params, ["relu", "linear"])
    with pytest.raises(ValueError, match=r"Targets y have shape \(4,\)"):
        backward(np.ones(4), cache, params, ["relu", "linear"])
