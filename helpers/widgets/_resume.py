"""Training that a widget can lengthen or shorten without starting again.

A retraining widget trains a fresh network whenever a control changes. When only
the number of epochs changes, most of that work was already done: ``ResumableRun``
keeps the run (its parameters every ``every`` epochs and the optimizer's memory),
so a longer run continues where the last one stopped and a shorter one goes on
from the last snapshot before it. The result is the same as training from scratch for that many epochs: full
batch, no decay, one optimizer object, so every step is the same step.
"""

from __future__ import annotations

import copy
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

import numpy as np

from ..network import Params
from ..optimizers import History, make_optimizer, train


class ResumableRun:
    """One full-batch training run (no decay) that can be read after any number of epochs.

    It keeps the parameters every ``every`` epochs and at every length asked for.
    """

    def __init__(
        self, X: np.ndarray, y: np.ndarray, params: Params, activations: list[str], *, loss: str, optimizer: str,
        lr: float, every: int,
    ) -> None:
        self.X, self.y, self.activations = X, y, activations
        self.loss, self.optimizer_name, self.lr, self.every = loss, optimizer, lr, int(every)
        self.start = params
        self.optimizer = make_optimizer(optimizer)
        self.params = params
        self.losses: list[float] = []
        # epochs done -> (parameters, loss after them, the optimizer's memory then)
        self.snapshots: dict[int, tuple[Params, float, object]] = {}

    @property
    def done(self) -> int:
        return len(self.losses)

    def history(self, epochs: int) -> History:
        """The run after ``epochs`` epochs, as ``train`` would return it."""
        if epochs not in self.snapshots:
            if epochs < self.done:  # shorter than the run so far: go on from the last snapshot before it
                start = max((e for e in self.snapshots if e < epochs), default=0)
                if not start:
                    return self._from_scratch(epochs)
                params, _, optimizer = self.snapshots[start]
                optimizer = copy.deepcopy(optimizer)  # the optimizer's memory as it was at that epoch
                part = self._train(params, optimizer, epochs - start)
                if part.stopped_early:
                    return self._from_scratch(epochs)
                self.snapshots[epochs] = (part.params, part.final_loss, copy.deepcopy(optimizer))
            while self.done < epochs:  # lengthen the run, keeping a snapshot every `every` epochs
                stretch = min(self.every - self.done % self.every, epochs - self.done)
                part = self._train(self.params, self.optimizer, stretch)
                if part.stopped_early:  # let train say where it stopped, counting from epoch 0
                    return self._from_scratch(epochs)
                self.losses += part.losses
                self.params = part.params
                self.snapshots[self.done] = (part.params, part.final_loss, copy.deepcopy(self.optimizer))
        params, final, _ = self.snapshots[epochs]
        return History(params=params, losses=self.losses[:epochs], lrs=[self.lr] * epochs, final_loss=final)

    def _train(self, params: Params, optimizer, epochs: int) -> History:
        return train(
            self.X, self.y, params, self.activations, loss=self.loss, optimizer=optimizer, lr=self.lr, epochs=epochs,
            on_diverge="stop",
        )

    def _from_scratch(self, epochs: int) -> History:
        return train(
            self.X, self.y, self.start, self.activations, loss=self.loss, optimizer=self.optimizer_name, lr=self.lr,
            epochs=epochs, on_diverge="stop",
        )


class RunCache:
    """The last few runs of a widget, by their settings (everything but the number of epochs)."""

    def __init__(self, size: int = 16) -> None:
        self.size = size
        self.runs: OrderedDict[Hashable, Any] = OrderedDict()

    def get(self, key: Hashable, make: Callable[[], Any]) -> Any:
        """The run for these settings (with anything kept beside it); ``make()`` builds it the first time."""
        if key in self.runs:
            self.runs.move_to_end(key)
        else:
            self.runs[key] = make()
            if len(self.runs) > self.size:
                self.runs.popitem(last=False)
        return self.runs[key]
