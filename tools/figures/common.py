"""Images used by more than one lesson: the factory line, the 2 -> 3 -> 1 network,
and the neuron of the source's house-price example (z = 180)."""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.figure import Figure

from helpers import plots


def factory_line() -> Figure:
    """A network as a factory line: x -> hidden 1 -> hidden 2 -> ŷ."""
    return plots.draw_factory_line()


def network_2_3_1() -> Figure:
    """The source's network: 2 inputs (area, location), 3 hidden ReLU units, 1 output.

    The output's activation is left off: the cat-or-dog version uses a sigmoid there,
    the house-price version none, and both lessons show this picture.
    """
    return plots.draw_network(
        [2, 3, 1],
        node_labels=[["x₁", "x₂"], ["h₁", "h₂", "h₃"], ["ŷ"]],
        activations=["ReLU", None],
    )


def neuron_house() -> Figure:
    """The source's neuron: x = [100, 8], w = [1.2, 5], b = 20, ReLU -> z = a = 180."""
    return plots.draw_neuron([100, 8], [1.2, 5], 20, "relu")


IMAGES: dict[str, Callable[[], Figure]] = {
    "factory_line.svg": factory_line,
    "network_2_3_1.svg": network_2_3_1,
    "neuron_house.svg": neuron_house,
}
