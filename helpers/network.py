"""A fully connected neural network in plain NumPy, for any layer sizes.

Parameters live in a dict: ``W1, b1`` connect the inputs to the first hidden
layer, ``W2, b2`` the next layer, and so on. ``W<l>`` has shape
(nodes in layer l-1, nodes in layer l) and ``b<l>`` has shape (1, nodes in layer l),
so a whole batch X of shape (m samples, features) moves forward as ``X @ W + b``.

``forward`` computes the predictions and keeps every intermediate value (the
"cache"); ``backward`` walks the same path in reverse with the chain rule and
returns one gradient per parameter, shaped like that parameter.
"""

from __future__ import annotations

import numpy as np

from .activations import get_activation
from .losses import get_loss

Params = dict[str, np.ndarray]
Cache = dict[str, np.ndarray]

INIT_METHODS = ("he", "xavier")


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


def _check_sizes(layer_sizes: list[int]) -> None:
    if len(layer_sizes) < 2:
        raise ValueError(
            f"A network needs at least an input and an output layer, got layer sizes {layer_sizes}."
        )
    if any(int(n) != n or n < 1 for n in layer_sizes):
        raise ValueError(f"Every layer needs at least one node (a whole number), got {layer_sizes}.")


def _make_rng(seed: int | None, rng) -> np.random.Generator | np.random.RandomState:
    if (seed is None) == (rng is None):
        raise ValueError("Pass exactly one of seed=... (a whole number) or rng=... (a NumPy generator).")
    if rng is not None:
        if not isinstance(rng, (np.random.Generator, np.random.RandomState)):
            raise ValueError(f"rng must be a NumPy Generator or RandomState, got {type(rng).__name__}.")
        return rng
    return np.random.default_rng(seed)


def _standard_normal(rng, shape: tuple[int, int]) -> np.ndarray:
    """Draw N(0, 1) numbers; a RandomState draws exactly like np.random.randn."""
    if isinstance(rng, np.random.RandomState):
        return rng.randn(*shape)
    return rng.standard_normal(shape)


def init_params(
    layer_sizes: list[int],
    method: str = "he",
    *,
    seed: int | None = None,
    rng: np.random.Generator | np.random.RandomState | None = None,
) -> Params:
    """Random starting weights and zero biases for the given layer sizes.

    method "he":     W = N(0, 1) * sqrt(2 / fan_in)             (suits ReLU)
    method "xavier": W = N(0, 1) * sqrt(2 / (fan_in + fan_out))  (as the source does it)

    fan_in is the number of inputs to a layer and fan_out its number of nodes.
    Give a ``seed`` for a fresh generator, or an ``rng`` to keep drawing from one
    you already use (the source draws its weights right after its data).
    """
    _check_sizes(layer_sizes)
    if method not in INIT_METHODS:
        raise ValueError(f"Unknown init method {method!r}. Choose one of: {', '.join(INIT_METHODS)}.")
    gen = _make_rng(seed, rng)
    params: Params = {}
    for l, (fan_in, fan_out) in enumerate(zip(layer_sizes[:-1], layer_sizes[1:]), start=1):
        scale = np.sqrt(2.0 / fan_in) if method == "he" else np.sqrt(2.0 / (fan_in + fan_out))
        params[f"W{l}"] = _standard_normal(gen, (fan_in, fan_out)) * scale
        params[f"b{l}"] = np.zeros((1, fan_out))
    return params


def _check_activations(activations: list[str], n_layers: int) -> None:
    if isinstance(activations, str) or len(activations) != n_layers:
        raise ValueError(
            f"Give one activation name per layer: this network has {n_layers} weight layers, "
            f"got {activations!r}. Example: {['relu'] * (n_layers - 1) + ['sigmoid']}."
        )
    for name in activations:
        get_activation(name)  # raises a ValueError listing the valid names


def _check_input(X: np.ndarray, params: Params) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError(
            f"X must be a 2-D array of shape (samples, features), got shape {X.shape}. "
            "For one sample use X.reshape(1, -1)."
        )
    n_layers = count_layers(params)
    if X.shape[1] != params["W1"].shape[0]:
        raise ValueError(
            f"Layer 1 expects {params['W1'].shape[0]} input features (W1 has shape "
            f"{params['W1'].shape}), but X has shape {X.shape}."
        )
    for l in range(1, n_layers + 1):
        W, b = params[f"W{l}"], params.get(f"b{l}")
        if b is None or b.shape != (1, W.shape[1]):
            got = None if b is None else b.shape
            raise ValueError(f"Layer {l}: b{l} must have shape (1, {W.shape[1]}) to match W{l} {W.shape}, got {got}.")
        if l > 1 and W.shape[0] != params[f"W{l - 1}"].shape[1]:
            raise ValueError(
                f"Layer {l}: W{l} has shape {W.shape} but layer {l - 1} has "
                f"{params[f'W{l - 1}'].shape[1]} nodes; W{l} needs {params[f'W{l - 1}'].shape[1]} rows."
            )
    return X


def _forward(X: np.ndarray, params: Params, activations: list[str]) -> tuple[np.ndarray, Cache]:
    """forward without input checks (the training loop checks once, then calls this)."""
    cache: Cache = {"A0": X}
    A = X
    for l, name in enumerate(activations, start=1):
        Z = A @ params[f"W{l}"] + params[f"b{l}"]
        A = get_activation(name)[0](Z)
        cache[f"Z{l}"] = Z
        cache[f"A{l}"] = A
    return A, cache


def forward(X: np.ndarray, params: Params, activations: list[str]) -> tuple[np.ndarray, Cache]:
    """Run a batch X through the network, layer by layer.

    For each layer l:  Z_l = A_(l-1) @ W_l + b_l  and  A_l = activation_l(Z_l),
    starting from A_0 = X. Returns the output A_L (the predictions, y_hat) and
    a cache with every A and Z, which ``backward`` needs.
    """
    X = _check_input(X, params)
    _check_activations(activations, count_layers(params))
    return _forward(X, params, activations)


def predict(X: np.ndarray, params: Params, activations: list[str]) -> np.ndarray:
    """Only the predictions of ``forward``, without the cache."""
    return forward(X, params, activations)[0]


def _backward(y: np.ndarray, cache: Cache, params: Params, activations: list[str], loss: str) -> Params:
    """backward without input checks."""
    n_layers = len(activations)
    if activations[-1] == "softmax" and loss != "cross_entropy":
        raise ValueError(f'A "softmax" output needs loss="cross_entropy" (the one valid pair), got loss={loss!r}.')
    dA = get_loss(loss)[1](cache[f"A{n_layers}"], y)  # dLoss/dy_hat, already divided by m
    grads: Params = {}
    for l in range(n_layers, 0, -1):
        if l == n_layers and activations[-1] == "softmax":
            # softmax + cross-entropy: the slope with respect to z is again y_hat - y
            # (as sigmoid + binary cross-entropy in lesson 05), averaged over the m samples
            dZ = (cache[f"A{l}"] - y) / y.shape[0]
        else:
            dZ = dA * get_activation(activations[l - 1])[1](cache[f"Z{l}"])  # delta of layer l
        grads[f"W{l}"] = cache[f"A{l - 1}"].T @ dZ
        grads[f"b{l}"] = dZ.sum(axis=0, keepdims=True)
        if l > 1:
            dA = dZ @ params[f"W{l}"].T  # pass the error back through the weights
    return {k: grads[k] for k in params}  # same order as params


def backward(
    y: np.ndarray, cache: Cache, params: Params, activations: list[str], loss: str = "half_mse"
) -> Params:
    """Gradients of the loss with respect to every weight and bias.

    Starts from the loss's slope with respect to the predictions and applies the
    chain rule layer by layer, from the output back to the input:

        delta_l = dLoss/dA_l * activation_l'(Z_l)
        dW_l    = A_(l-1).T @ delta_l      db_l = sum of delta_l over samples
        dLoss/dA_(l-1) = delta_l @ W_l.T

    Returns a dict with the same keys and shapes as ``params``.
    """
    n_layers = count_layers(params)
    _check_activations(activations, n_layers)
    get_loss(loss)
    out = cache.get(f"A{n_layers}")
    y = np.asarray(y, dtype=float)
    if out is None:
        raise ValueError("The cache does not come from forward() with these parameters.")
    if y.shape != out.shape:
        raise ValueError(
            f"Targets y have shape {y.shape} but the network outputs shape {out.shape}. "
            "Reshape y, e.g. y.reshape(-1, 1)."
        )
    return _backward(y, cache, params, activations, loss)
