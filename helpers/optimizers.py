"""Ways to turn gradients into better parameters, and a training loop.

Every optimizer has a ``step(params, grads, lr)`` method that returns NEW
parameters and leaves the old ones untouched. Momentum and Adam remember what
they saw on earlier steps, so make one optimizer object per training run.

The update rules and the loop come first; the checks that explain a wrong
input are at the bottom of the file.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from .i18n import t
from .losses import get_loss
from .network import Params, backward, count_layers, forward, predict

BackwardFunction = Callable[[np.ndarray, dict, Params, list, str], Params]


def gradient_descent_step(params: Params, grads: Params, lr: float) -> Params:
    """One step of gradient descent: parameter = parameter - lr * gradient."""
    return {k: params[k] - lr * grads[k] for k in params}


class GradientDescent:
    """Plain gradient descent: step straight down the slope, nothing remembered."""

    def step(self, params: Params, grads: Params, lr: float) -> Params:
        return gradient_descent_step(params, grads, lr)


class Momentum:
    """Gradient descent with momentum: keep rolling in the direction of past steps.

    velocity = beta * velocity + gradient;  parameter = parameter - lr * velocity
    """

    def __init__(self, beta: float = 0.9) -> None:
        _check_beta(beta)
        self.beta = beta
        self.velocity: Params = {}

    def step(self, params: Params, grads: Params, lr: float) -> Params:
        new = {}
        for k in params:
            v = self.beta * self.velocity.get(k, 0.0) + grads[k]
            self.velocity[k] = v
            new[k] = params[k] - lr * v
        return new


class Adam:
    """Adam: momentum plus a step size adapted to each parameter.

    m = beta1 * m + (1 - beta1) * g          (average gradient)
    v = beta2 * v + (1 - beta2) * g^2        (average squared gradient)
    m_hat = m / (1 - beta1^t),  v_hat = v / (1 - beta2^t)   (bias correction, t = step number)
    parameter = parameter - lr * m_hat / (sqrt(v_hat) + eps)
    """

    def __init__(self, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8) -> None:
        _check_adam_settings(beta1, beta2, eps)
        self.beta1, self.beta2, self.eps = beta1, beta2, eps
        self.m: Params = {}
        self.v: Params = {}
        self.t = 0

    def step(self, params: Params, grads: Params, lr: float) -> Params:
        self.t += 1
        correct1 = 1.0 - self.beta1**self.t
        correct2 = 1.0 - self.beta2**self.t
        new = {}
        for k in params:
            g = grads[k]
            m = self.beta1 * self.m.get(k, 0.0) + (1.0 - self.beta1) * g
            v = self.beta2 * self.v.get(k, 0.0) + (1.0 - self.beta2) * g * g
            self.m[k], self.v[k] = m, v
            m_hat, v_hat = m / correct1, v / correct2
            new[k] = params[k] - lr * m_hat / (np.sqrt(v_hat) + self.eps)
        return new


OPTIMIZERS = {"gd": GradientDescent, "momentum": Momentum, "adam": Adam}


def make_optimizer(name: str, **settings) -> GradientDescent | Momentum | Adam:
    """A fresh optimizer by name: "gd", "momentum" or "adam"."""
    if name not in OPTIMIZERS:
        raise ValueError(f"Unknown optimizer {name!r}. Choose one of: {', '.join(OPTIMIZERS)}.")
    return OPTIMIZERS[name](**settings)


def decayed_learning_rate(lr: float, epoch: int, decay: float) -> float:
    """The learning-rate decay of the beginner's article the course follows: lr / (1 + decay * epoch)."""
    return lr / (1.0 + decay * epoch)


def minibatch_indices(m: int, batch_size: int, rng: np.random.Generator) -> list[np.ndarray]:
    """Shuffle the sample numbers 0..m-1 and cut them into batches.

    batch_size = 1 is stochastic gradient descent (SGD); batch_size = m is full
    batch. The last batch is smaller when m is not a multiple of batch_size.
    """
    _check_batch_size(batch_size, m)
    order = rng.permutation(m)
    return [order[i : i + batch_size] for i in range(0, m, batch_size)]


class TrainingDiverged(ValueError):
    """The loss became NaN or infinite: the steps were too large."""


@dataclass
class History:
    """What a training run leaves behind."""

    params: Params
    losses: list[float] = field(default_factory=list)  # loss on all training data at each epoch's start
    lrs: list[float] = field(default_factory=list)  # learning rate used in each epoch
    final_loss: float = float("nan")  # loss after the last update
    seconds: float = 0.0
    stopped_early: str = ""  # why training stopped before the last epoch, if it did


def train(
    X: np.ndarray,
    y: np.ndarray,
    params: Params,
    activations: list[str],
    *,
    loss: str = "half_mse",
    optimizer: str | GradientDescent | Momentum | Adam = "gd",
    lr: float = 0.01,
    epochs: int = 1000,
    batch_size: int | None = None,
    decay: float = 0.0,
    seed: int = 0,
    on_diverge: str = "raise",
    backward_fn: BackwardFunction | None = None,
) -> History:
    """Train a network with gradient descent or one of its cousins.

    Each epoch: record the loss on all of X, then for each batch run forward,
    backward and one optimizer step. ``batch_size=None`` uses every sample at
    once (full batch); 1 is SGD. The learning rate of epoch e is
    ``decayed_learning_rate(lr, e, decay)``. ``seed`` fixes how mini-batches are shuffled.

    If the loss becomes NaN or infinite, training stops: with
    ``on_diverge="raise"`` a TrainingDiverged error explains why; with "stop"
    the history so far is returned and ``stopped_early`` says why.
    ``backward_fn`` replaces the backward pass (to study a faulty one).
    """
    X, y = _check_training_inputs(X, y, params, activations, lr, epochs, on_diverge)
    loss_fn, _ = get_loss(loss)
    opt = make_optimizer(optimizer) if isinstance(optimizer, str) else optimizer
    gradients = backward_fn or backward
    m = X.shape[0]
    full_batch = batch_size is None or batch_size == m
    rng = np.random.default_rng(seed)

    history = History(params=params)
    start = time.perf_counter()
    with np.errstate(over="ignore", invalid="ignore"):  # a loss that blows up is reported below
        for epoch in range(epochs):
            rate = decayed_learning_rate(lr, epoch, decay)
            y_hat, cache = forward(X, params, activations)
            current = loss_fn(y_hat, y)
            if not np.isfinite(current):
                history.stopped_early = _diverged_message(current, lr, epoch)
                break
            history.losses.append(current)
            history.lrs.append(rate)
            if full_batch:  # the forward pass above already holds what backward needs
                params = opt.step(params, gradients(y, cache, params, activations, loss), rate)
            else:
                for idx in minibatch_indices(m, batch_size, rng):
                    _, batch_cache = forward(X[idx], params, activations)
                    params = opt.step(params, gradients(y[idx], batch_cache, params, activations, loss), rate)
        history.params = params
        history.final_loss = loss_fn(predict(X, params, activations), y)
    history.seconds = time.perf_counter() - start
    if not history.stopped_early and not np.isfinite(history.final_loss):
        history.stopped_early = _diverged_message(history.final_loss, lr)
    if history.stopped_early and on_diverge == "raise":
        raise TrainingDiverged(history.stopped_early)
    return history


def _diverged_message(loss: float, lr: float, epoch: int | None = None) -> str:
    """Why training stopped: the loss became NaN or infinite (at an epoch, or after the last one)."""
    if epoch is None:
        return t(
            "The loss became {loss} after the last epoch: the learning rate ({lr}) is probably too large. "
            "Try one ten times smaller.",
            loss=loss,
            lr=f"{lr:g}",
        )
    return t(
        "The loss became {loss} at epoch {epoch}: the learning rate ({lr}) is probably too large. "
        "Try one ten times smaller.",
        loss=loss,
        epoch=epoch,
        lr=f"{lr:g}",
    )


# --------------------------------------------------------------------------- checks: clear messages for wrong input


def _check_beta(beta: float) -> None:
    if not 0.0 <= beta < 1.0:
        raise ValueError(f"beta must be in [0, 1), got {beta}.")


def _check_adam_settings(beta1: float, beta2: float, eps: float) -> None:
    if not (0.0 <= beta1 < 1.0 and 0.0 <= beta2 < 1.0):
        raise ValueError(f"beta1 and beta2 must be in [0, 1), got {beta1} and {beta2}.")
    if eps <= 0:
        raise ValueError(f"eps must be positive, got {eps}.")


def _check_batch_size(batch_size: int, m: int) -> None:
    if int(batch_size) != batch_size or not 1 <= batch_size <= m:
        raise ValueError(f"batch_size must be a whole number from 1 to {m} (the number of samples), got {batch_size}.")


def _check_training_inputs(
    X: np.ndarray, y: np.ndarray, params: Params, activations: list[str], lr: float, epochs: int, on_diverge: str
) -> tuple[np.ndarray, np.ndarray]:
    """X and y as float arrays, after checking they fit the network and the settings make sense."""
    X = np.asarray(X, dtype=float)
    forward(X, params, activations)  # raises a clear ValueError if X, params and activations do not fit
    y = np.asarray(y, dtype=float)
    out_nodes = params[f"W{count_layers(params)}"].shape[1]
    if y.shape != (X.shape[0], out_nodes):
        raise ValueError(f"y must have shape {(X.shape[0], out_nodes)} (samples, outputs), got {y.shape}.")
    if lr <= 0 or epochs < 1:
        raise ValueError(f"lr must be positive and epochs at least 1, got lr={lr}, epochs={epochs}.")
    if on_diverge not in ("raise", "stop"):
        raise ValueError(f'on_diverge must be "raise" or "stop", got {on_diverge!r}.')
    return X, y
