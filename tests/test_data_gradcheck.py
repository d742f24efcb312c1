"""Data recipes (the source's bit for bit), scaling, toy sets; gradient-check tools."""

import numpy as np
import pytest

from helpers.data import (
    DATASETS,
    Scaler,
    least_squares,
    make_classification,
    make_house_prices,
    train_test_split,
)
from helpers.gradcheck import gradient_check, numerical_derivative, relative_error
from helpers.house import source_backward, source_setup, train_source_example
from helpers.losses import half_mse
from helpers.network import init_params


def test_house_prices_bit_for_bit():
    np.random.seed(42)  # the source's own calls, in its order
    raw = np.random.rand(100, 2)
    noise = np.random.normal(0, 5, (100, 1))
    area, location = raw[:, 0:1] * 100, raw[:, 1:2] * 9 + 1
    price = 1.2 * area + 5.0 * location + 20 + noise
    X, y = make_house_prices()
    assert np.array_equal(X, np.hstack([area, location])) and np.array_equal(y, price)


def test_house_prices_first_rows():
    X, y = make_house_prices()
    assert np.allclose(X[:2], [[37.45401188, 9.55642876], [73.19939418, 6.38792636]])
    assert np.allclose(y[:2, 0], [109.32683444, 140.94017329])
    assert X.shape == (100, 2) and y.shape == (100, 1)


def test_least_squares_floor_is_12_27():
    X, y = make_house_prices()
    w, b = least_squares(X, y)
    assert round(half_mse(X @ w + b, y), 2) == 12.27
    assert np.allclose(w.ravel(), [1.2, 5.0], atol=0.25) and abs(b - 20) < 3


def test_other_seeds_give_fresh_houses_from_the_same_rule():
    X1, y1 = make_house_prices(seed=1)
    X42, _ = make_house_prices()
    assert not np.array_equal(X1, X42)
    w, b = least_squares(X1, y1)
    assert np.allclose(w.ravel(), [1.2, 5.0], atol=0.3)


def test_source_example_numbers():
    history = train_source_example()
    assert round(history.losses[0], 2) == 2340.35
    assert round(history.final_loss, 1) == 223.6


def test_source_setup_draws_weights_after_the_data():
    X, y, params = source_setup()
    rng = np.random.RandomState(42)
    rng.rand(100, 2)
    rng.normal(0, 5, (100, 1))
    assert np.array_equal(params["W1"], rng.randn(2, 3) * np.sqrt(2 / 5))
    assert np.array_equal(params["W2"], rng.randn(3, 1) * np.sqrt(2 / 4))


def test_gradient_check_catches_the_source_bug():
    X, y, params = source_setup()
    Xs = Scaler.fit(X).transform(X)[:5]
    assert gradient_check(Xs, y[:5], params, ["relu", "linear"]).passed
    bad = gradient_check(Xs, y[:5], params, ["relu", "linear"], backward_fn=source_backward)
    assert not bad.passed and bad.max_error > 0.5  # gradients 5x too small: error (5-1)/(5+1)
    assert "FAILED" in repr(bad)


def test_scaler_round_trip_and_statistics():
    X, _ = make_house_prices()
    scaler = Scaler.fit(X)
    Z = scaler.transform(X)
    assert np.allclose(Z.mean(axis=0), 0) and np.allclose(Z.std(axis=0), 1)
    assert np.allclose(scaler.inverse(Z), X)
    with pytest.raises(ValueError, match="Expected 2 columns"):
        scaler.transform(np.ones((3, 3)))
    with pytest.raises(ValueError, match="same value in every row"):
        Scaler.fit(np.ones((5, 2)))


@pytest.mark.parametrize("name", DATASETS)
def test_toy_sets(name):
    X, y = make_classification(name, 200, noise=0.1, seed=3)
    assert X.shape == (200, 2) and y.shape == (200, 1)
    assert set(np.unique(y)) == {0.0, 1.0}
    assert 0.4 < y.mean() < 0.6
    again, _ = make_classification(name, 200, noise=0.1, seed=3)
    assert np.array_equal(X, again)
    assert not np.array_equal(X, make_classification(name, 200, noise=0.1, seed=4)[0])


def test_circles_are_a_ring_around_a_disc():
    X, y = make_classification("circles", 400, noise=0.0, seed=0)
    radius = np.linalg.norm(X, axis=1)
    assert radius[y[:, 0] == 0].min() > radius[y[:, 0] == 1].max()


def test_xor_labels_follow_the_quadrants():
    X, y = make_classification("xor", 400, noise=0.0, seed=0)
    assert np.array_equal(y[:, 0], (X[:, 0] * X[:, 1] > 0).astype(float))


@pytest.mark.parametrize(
    "call,message",
    [
        (lambda: make_classification("spirals"), "blobs, moons, circles, xor"),
        (lambda: make_classification("xor", noise=-1), "noise must be"),
        (lambda: make_house_prices(0), "at least 1"),
        (lambda: make_house_prices(rng=np.random.default_rng(0)), "RandomState"),
        (lambda: train_test_split(np.ones((4, 2)), np.ones((3, 1))), "same number of rows"),
        (lambda: train_test_split(np.ones((4, 2)), np.ones((4, 1)), test_fraction=1.5), "between 0 and 1"),
        (lambda: least_squares(np.ones((4, 2)), np.ones(4)), "shape"),
    ],
)
def test_bad_input_messages(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_split_sizes_and_no_overlap():
    X = np.arange(40.0).reshape(20, 2)
    Xtr, Xte, ytr, yte = train_test_split(X, X[:, :1], test_fraction=0.25, seed=0)
    assert len(Xte) == 5 and len(Xtr) == 15
    assert not set(Xtr[:, 0]) & set(Xte[:, 0])
    assert np.array_equal(Xte[:, :1], yte)


def test_numerical_tools():
    assert np.isclose(numerical_derivative(lambda x: x**3, 2.0), 12.0)
    assert relative_error(np.ones(3), np.ones(3)) == 0.0
    assert np.isclose(relative_error(np.ones(3), 2 * np.ones(3)), 1 / 3)
    with pytest.raises(ValueError, match="shapes"):
        relative_error(np.ones(3), np.ones(2))


def test_gradient_check_reports_missing_gradients():
    params = init_params([2, 2, 1], seed=0)
    with pytest.raises(ValueError, match="no gradient"):
        gradient_check(np.ones((3, 2)), np.ones((3, 1)), params, ["relu", "linear"],
                       backward_fn=lambda *a: {"W1": np.zeros((2, 2))})
