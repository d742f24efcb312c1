"""A fully connected neural network in plain NumPy, for any layer sizes.

Parameters live in a dict: ``W1, b1`` connect the inputs to the first hidden
layer, ``W2, b2`` the next layer, and so on. ``W<l>`` has shape
(nodes in layer l-1, nodes in layer l) and ``b<l>`` has shape (1, nodes in layer l),
so a whole batch X of shape (m samples, features) moves forward as ``X @ W + b``.

``forward`` computes the predictions and keeps every intermediate value (the
"cache"); ``backward`` walks the same path in reverse with the chain rule and
returns one gradient per parameter, shaped like that parameter.

The mathematics comes first. The checks that turn a wrong input into a clear
message are at the bottom of the file.
"""

from __future__ import annotations

import numpy as np

from .activations import get_activation
from .i18n import t
from .losses import get_loss

Params = dict[str, np.ndarray]
Cache = dict[str, np.ndarray]

INIT_METHODS = ("he", "xavier")


def init_params(layer_sizes: list[int], method: str = "he", *, seed: int) -> Params:
    """Random starting weights and zero biases for the given layer sizes.

    method "he":     W = N(0, 1) * sqrt(2 / fan_in)             (suits ReLU)
    method "xavier": W = N(0, 1) * sqrt(2 / (fan_in + fan_out))  (what the beginner's article
                                                                  the course follows calls Xavier)

    fan_in is the number of inputs to a layer and fan_out its number of nodes.
    ``seed`` fixes the random numbers: the same seed gives the same weights.
    """
    _check_init(layer_sizes, method)
    rng = np.random.default_rng(seed)
    params: Params = {}
    for l, (fan_in, fan_out) in enumerate(zip(layer_sizes[:-1], layer_sizes[1:]), start=1):
        scale = np.sqrt(2.0 / fan_in) if method == "he" else np.sqrt(2.0 / (fan_in + fan_out))
        params[f"W{l}"] = rng.standard_normal((fan_in, fan_out)) * scale
        params[f"b{l}"] = np.zeros((1, fan_out))
    return params


def forward(X: np.ndarray, params: Params, activations: list[str]) -> tuple[np.ndarray, Cache]:
    """Run a batch X through the network, layer by layer.

    For each layer l:  Z_l = A_(l-1) @ W_l + b_l  and  A_l = activation_l(Z_l),
    starting from A_0 = X. Returns the output A_L (the predictions, y_hat) and
    a cache with every A and Z, which ``backward`` needs.
    """
    X = _check_forward_inputs(X, params, activations)
    A = X
    cache: Cache = {"A0": X}
    for l, name in enumerate(activations, start=1):
        activation, _ = get_activation(name)
        Z = A @ params[f"W{l}"] + params[f"b{l}"]
        A = activation(Z)
        cache[f"Z{l}"], cache[f"A{l}"] = Z, A
    return A, cache


def backward(
    y: np.ndarray, cache: Cache, params: Params, activations: list[str], loss: str = "half_mse"
) -> Params:
    """Gradients of the loss with respect to every weight and bias.

    Starts from the error term of the output layer and applies the chain rule
    layer by layer, from the output back to the input:

        delta_L     = dLoss/dA_L * activation_L'(Z_L)            (see output_delta)
        dW_l        = A_(l-1).T @ delta_l      db_l = sum of delta_l over samples
        delta_(l-1) = (delta_l @ W_l.T) * activation_(l-1)'(Z_(l-1))

    Returns a dict with the same keys and shapes as ``params``.
    """
    y = _check_backward_inputs(y, cache, params, activations, loss)
    n_layers = len(activations)
    grads: Params = {}
    delta = output_delta(y, cache, activations, loss)
    for l in range(n_layers, 0, -1):
        grads[f"W{l}"] = cache[f"A{l - 1}"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0, keepdims=True)
        if l > 1:
            _, slope = get_activation(activations[l - 2])
            # pass the error back through the weights, then through layer l-1's activation
            delta = (delta @ params[f"W{l}"].T) * slope(cache[f"Z{l - 1}"])
    return {k: grads[k] for k in params}  # same order as params


def output_delta(y: np.ndarray, cache: Cache, activations: list[str], loss: str) -> np.ndarray:
    """The error term of the output layer, where backpropagation starts.

    delta_L = dLoss/dy_hat * activation_L'(Z_L), with dLoss/dy_hat already divided by m.
    A softmax output with cross-entropy (lesson 09) skips the product: its slope with respect
    to z is again y_hat - y, as for a sigmoid with binary cross-entropy (lesson 05).
    """
    n_layers = len(activations)
    if activations[-1] == "softmax":
        return (cache[f"A{n_layers}"] - y) / y.shape[0]
    _, loss_slope = get_loss(loss)
    _, slope = get_activation(activations[-1])
    return loss_slope(cache[f"A{n_layers}"], y) * slope(cache[f"Z{n_layers}"])


def predict(X: np.ndarray, params: Params, activations: list[str]) -> np.ndarray:
    """Only the predictions of ``forward``, without the cache."""
    y_hat, _ = forward(X, params, activations)
    return y_hat


# --------------------------------------------------------------------------- counting


def count_layers(params: Params) -> int:
    """How many weight layers a parameter dict holds (W1, W2, ... -> 2 for W1, W2)."""
    n = 0
    while f"W{n + 1}" in params:
        n += 1
    if n == 0:
        raise ValueError("The parameters hold no weights: expected keys 'W1', 'b1', ...")
    return n


def layer_sizes_of(params: Params) -> list[int]:
    """The layer sizes a parameter dict describes, e.g. [2, 3, 1]."""
    n = count_layers(params)
    return [params["W1"].shape[0]] + [params[f"W{l}"].shape[1] for l in range(1, n + 1)]


def count_parameters(layer_sizes: list[int]) -> int:
    """Number of weights plus biases in a fully connected network with these sizes."""
    _check_sizes(layer_sizes)
    return sum(a * b + b for a, b in zip(layer_sizes[:-1], layer_sizes[1:]))


# --------------------------------------------------------------------------- checks: clear messages for wrong input


def _check_sizes(layer_sizes: list[int]) -> None:
    if len(layer_sizes) < 2:
        raise ValueError(
            f"A network needs at least an input and an output layer, got layer sizes {layer_sizes}."
        )
    if any(int(n) != n or n < 1 for n in layer_sizes):
        raise ValueError(f"Every layer needs at least one node (a whole number), got {layer_sizes}.")


def _check_init(layer_sizes: list[int], method: str) -> None:
    _check_sizes(layer_sizes)
    if method not in INIT_METHODS:
        raise ValueError(f"Unknown init method {method!r}. Choose one of: {', '.join(INIT_METHODS)}.")


def _check_activations(activations: list[str], n_layers: int) -> None:
    if isinstance(activations, str) or len(activations) != n_layers:
        raise ValueError(
            f"Give one activation name per layer: this network has {n_layers} weight layers, "
            f"got {activations!r}. Example: {['relu'] * (n_layers - 1) + ['sigmoid']}."
        )
    for name in activations:
        get_activation(name)  # raises a ValueError listing the valid names


def _check_forward_inputs(X: np.ndarray, params: Params, activations: list[str]) -> np.ndarray:
    """X as a float array, after checking that X, params and activations fit together."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        # Lesson 03 prints these two messages, so they speak the notebook's language.
        raise ValueError(
            t(
                "X must be a 2-D array of shape (samples, features), got shape {shape}. "
                "For one sample use X.reshape(1, -1).",
                shape=X.shape,
            )
        )
    n_layers = count_layers(params)
    if X.shape[1] != params["W1"].shape[0]:
        raise ValueError(
            t(
                "Layer 1 expects {n} input features (W1 has shape {w_shape}), but X has shape {x_shape}.",
                n=params["W1"].shape[0],
                w_shape=params["W1"].shape,
                x_shape=X.shape,
            )
        )
    for l in range(1, n_layers + 1):
        W, b = params[f"W{l}"], params.get(f"b{l}")
        if b is None or b.shape != (1, W.shape[1]):
            got = None if b is None else b.shape
            raise ValueError(f"Layer {l}: b{l} must have shape (1, {W.shape[1]}) to match W{l} {W.shape}, got {got}.")
        if l > 1:
            nodes = params[f"W{l - 1}"].shape[1]
            if W.shape[0] != nodes:
                raise ValueError(
                    f"Layer {l}: W{l} has shape {W.shape} but layer {l - 1} has {nodes} nodes; W{l} needs {nodes} rows."
                )
    _check_activations(activations, n_layers)
    return X


def _check_backward_inputs(
    y: np.ndarray, cache: Cache, params: Params, activations: list[str], loss: str
) -> np.ndarray:
    """y as a float array, after checking it fits the cache forward() left."""
    n_layers = count_layers(params)
    _check_activations(activations, n_layers)
    get_loss(loss)  # raises a ValueError listing the valid names
    if activations[-1] == "softmax" and loss != "cross_entropy":
        raise ValueError(f'A "softmax" output needs loss="cross_entropy" (the one valid pair), got loss={loss!r}.')
    out = cache.get(f"A{n_layers}")
    y = np.asarray(y, dtype=float)
    if out is None:
        raise ValueError("The cache does not come from forward() with these parameters.")
    if y.shape != out.shape:
        raise ValueError(
            f"Targets y have shape {y.shape} but the network outputs shape {out.shape}. "
            "Reshape y, e.g. y.reshape(-1, 1)."
        )
    return y
