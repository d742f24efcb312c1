"""Optimizers against hand-worked steps; the training loop; the house-price target."""

import numpy as np
import pytest

from helpers.data import Scaler, make_house_prices
from helpers.losses import half_mse
from helpers.network import init_params, predict
from helpers.optimizers import (
    Adam,
    Momentum,
    TrainingDiverged,
    decayed_learning_rate,
    gradient_descent_step,
    make_optimizer,
    minibatch_indices,
    train,
)


def test_source_step_is_1_95():
    new = gradient_descent_step({"w": np.array(2.0)}, {"w": np.array(0.5)}, lr=0.1)
    assert np.isclose(new["w"], 1.95)


def test_gradient_descent_does_not_change_its_input():
    params = {"w": np.array([1.0, 2.0])}
    gradient_descent_step(params, {"w": np.array([1.0, 1.0])}, 0.5)
    assert np.array_equal(params["w"], [1.0, 2.0])


def test_momentum_by_hand():
    opt = Momentum(beta=0.9)
    p = opt.step({"w": np.array(1.0)}, {"w": np.array(0.5)}, lr=0.1)  # v = 0.5, w = 1 - 0.05
    assert np.isclose(p["w"], 0.95)
    p = opt.step(p, {"w": np.array(0.5)}, lr=0.1)  # v = 0.45 + 0.5 = 0.95, w = 0.95 - 0.095
    assert np.isclose(p["w"], 0.855)


def test_adam_first_steps_by_hand():
    opt = Adam()  # beta1 0.9, beta2 0.999, eps 1e-8
    w = {"w": np.array(1.0)}
    # step 1, g = 0.5: m = 0.05, v = 0.00025; m_hat = 0.05/0.1 = 0.5, v_hat = 0.00025/0.001 = 0.25
    # update = 0.1 * 0.5 / (sqrt(0.25) + 1e-8) = 0.1 (to 8 digits): w = 0.9
    w = opt.step(w, {"w": np.array(0.5)}, lr=0.1)
    assert np.isclose(w["w"], 0.9, atol=1e-7)
    # step 2, g = 0.5: m = 0.095, v = 0.00049975; m_hat = 0.095/0.19 = 0.5, v_hat = 0.00049975/0.001999 = 0.25
    w = opt.step(w, {"w": np.array(0.5)}, lr=0.1)
    assert np.isclose(w["w"], 0.8, atol=1e-7)
    # step 3, g = -1: m = 0.0855 - 0.1 = -0.0145, v = 0.00049925025 + 0.001 = 0.00149925025
    # m_hat = -0.0145 / 0.271 = -0.0535055..., v_hat = 0.00149925025 / 0.002997001 = 0.5002501...
    # update = 0.1 * -0.0535055 / 0.7072836 = -0.0075649: w = 0.8075649
    w = opt.step(w, {"w": np.array(-1.0)}, lr=0.1)
    assert np.isclose(w["w"], 0.8075649, atol=1e-6)
    assert opt.t == 3


def test_adam_first_step_size_is_lr_whatever_the_gradient_scale():
    for g in (1e-2, 1.0, 1e4):  # eps = 1e-8 only matters for tiny gradients
        assert np.isclose(Adam().step({"w": np.array(0.0)}, {"w": np.array(g)}, lr=0.01)["w"], -0.01, rtol=1e-5)


def test_decay_as_the_source():
    assert decayed_learning_rate(0.001, 0, 0.001) == 0.001
    assert np.isclose(decayed_learning_rate(0.001, 1000, 0.001), 0.0005)


def test_minibatches_cover_every_sample_once():
    batches = minibatch_indices(10, 3, np.random.default_rng(0))
    assert [len(b) for b in batches] == [3, 3, 3, 1]
    assert sorted(np.concatenate(batches)) == list(range(10))
    again = minibatch_indices(10, 3, np.random.default_rng(0))
    assert all(np.array_equal(a, b) for a, b in zip(batches, again))
    assert len(minibatch_indices(10, 1, np.random.default_rng(0))) == 10  # SGD


@pytest.mark.parametrize("bad", [0, 11, 2.5])
def test_bad_batch_size(bad):
    with pytest.raises(ValueError, match="batch_size must be a whole number from 1 to 10"):
        minibatch_indices(10, bad, np.random.default_rng(0))


def test_unknown_optimizer():
    with pytest.raises(ValueError, match="gd, momentum, adam"):
        make_optimizer("rmsprop")


def test_train_records_loss_and_lr_per_epoch():
    X, y = make_house_prices(seed=1)
    history = train(X / 100, y / 100, init_params([2, 3, 1], seed=0), ["relu", "linear"], lr=0.1, epochs=50, decay=0.01)
    assert len(history.losses) == len(history.lrs) == 50
    assert np.isclose(history.lrs[10], 0.1 / 1.1)
    assert history.final_loss < history.losses[0]


def test_minibatch_training_is_seeded():
    X, y = make_house_prices(seed=1)
    run = lambda seed: train(X / 100, y / 100, init_params([2, 3, 1], seed=0), ["relu", "linear"],  # noqa: E731
                             lr=0.05, epochs=5, batch_size=10, seed=seed).final_loss
    assert run(0) == run(0) != run(1)


def test_divergence_stops_with_a_clear_message():
    X, y = make_house_prices()  # unscaled areas up to 100: lr 0.1 is far too large
    with pytest.raises(TrainingDiverged, match="learning rate .* probably too large"):
        train(X, y, init_params([2, 3, 1], seed=0), ["linear", "linear"], lr=0.1, epochs=100)
    history = train(X, y, init_params([2, 3, 1], seed=0), ["linear", "linear"], lr=0.1, epochs=100, on_diverge="stop")
    assert "too large" in history.stopped_early and len(history.losses) < 100


def test_train_checks_target_shape():
    X, y = make_house_prices()
    with pytest.raises(ValueError, match=r"y must have shape \(100, 1\)"):
        train(X, y.ravel(), init_params([2, 3, 1], seed=0), ["relu", "linear"])


def test_adam_on_standardised_house_prices_reaches_the_floor():
    """2 -> 3 -> 1, 1000 epochs of Adam: half-MSE <= 13.5 (1.1 x 12.27) for at least 9 of 10 seeds."""
    X, y = make_house_prices()
    x_scaler, y_scaler = Scaler.fit(X), Scaler.fit(y)
    Xs, ys = x_scaler.transform(X), y_scaler.transform(y)
    finals = []
    for seed in range(10):
        history = train(Xs, ys, init_params([2, 3, 1], "he", seed=seed), ["relu", "linear"],
                        optimizer="adam", lr=0.03, epochs=1000)
        finals.append(half_mse(y_scaler.inverse(predict(Xs, history.params, ["relu", "linear"])), y))
    assert sum(f <= 13.5 for f in finals) >= 9, np.round(finals, 2)
