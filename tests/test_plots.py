"""Tests of helpers.plots (every figure the course draws) and tools/make_images.py."""

from __future__ import annotations

import importlib.util
import itertools
import sys
import types
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.collections import LineCollection
from matplotlib.colors import to_hex, to_rgb
from matplotlib.figure import Figure
from matplotlib.patches import Circle

from helpers import plots
from helpers.i18n import get_language, set_language

ROOT = Path(__file__).resolve().parents[1]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _load_make_images() -> types.ModuleType:
    """Import tools/make_images.py by its path (tools/ is not an installed package)."""
    spec = importlib.util.spec_from_file_location("make_images", ROOT / "tools" / "make_images.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_images = _load_make_images()


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


# ------------------------------------------------------------------ small helpers


def texts_of(fig: Figure) -> list[str]:
    """Every visible, non-empty string drawn in the figure (labels, titles, annotations)."""
    found = []
    for artist in fig.findobj(matplotlib.text.Text):
        if artist.get_visible() and artist.get_text().strip():
            found.append(artist.get_text())
    return found


def circles_of(ax) -> list[Circle]:
    return [p for p in ax.patches if isinstance(p, Circle)]


def edge_count(ax) -> int:
    return sum(len(c.get_segments()) for c in ax.collections if isinstance(c, LineCollection))


def overlapping_texts(fig: Figure) -> list[tuple[str, str]]:
    """Pairs of visible texts whose boxes overlap by more than a pixel."""
    renderer = fig.canvas.get_renderer()
    boxes = [
        (t.get_text(), t.get_window_extent(renderer).expanded(1, 1).padded(-1))
        for t in fig.findobj(matplotlib.text.Text)
        if t.get_visible() and t.get_text().strip() and t.axes is not None
    ]
    return [(a, b) for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2) if box_a.overlaps(box_b)]


def house_history() -> tuple[np.ndarray, np.ndarray]:
    epochs = np.arange(1000)
    return 2340 * np.exp(-epochs / 200) + 223, 0.001 / (1 + 0.001 * epochs)


# ------------------------------------------------------------------ style and basics


def test_palette_colours_are_distinct_and_drive_every_line():
    """No two palette colours are near each other, and a new figure draws its lines in palette colours."""
    rgb = {name: np.array(to_rgb(colour)) for name, colour in plots.PALETTE.items()}
    for (a, x), (b, y) in itertools.combinations(rgb.items(), 2):
        assert np.abs(x - y).max() > 0.15, f"{a} and {b} are too alike"
    fig, ax = plots.subplots()
    colours = [to_hex(ax.plot([0, 1], [0, k])[0].get_color()) for k in range(4)]
    assert colours == [plots.PALETTE[c].lower() for c in ("blue", "orange", "green", "vermillion")]
    plt.close(fig)


@pytest.mark.parametrize(
    "value,decimals,trim,text",
    [
        (180.0, 2, True, "180"),
        (0.9234, 2, True, "0.92"),
        (-1.5, 2, True, "\u22121.5"),
        (-0.001, 2, True, "0"),
        (123456, 2, True, "1.23e5"),
        (3.0, 3, False, "3.000"),
        (-0.0001, 3, False, "0.000"),
        (-0.8, 2, False, "\u22120.80"),
        (float("nan"), 2, True, "nan"),
    ],
)
def test_format_number(value, decimals, trim, text):
    assert plots.format_number(value, decimals, trim=trim) == text


def test_subplots_makes_a_small_styled_figure():
    fig, ax = plots.subplots()
    assert isinstance(fig, Figure)
    assert fig.dpi == 80
    assert tuple(fig.get_size_inches()) == pytest.approx((5.0, 3.2))
    assert not ax.spines["top"].get_visible() and not ax.spines["right"].get_visible()
    fig.canvas.draw()  # the grid must survive ticks being made later, outside rc_context
    assert ax.get_xgridlines()[0].get_visible()
    (line,) = ax.plot([0, 1], [0, 1])
    assert to_hex(line.get_color()) == plots.PALETTE["blue"].lower()

    fig, axes = plots.subplots(2, 3, width=6, height=4, dpi=100)
    assert axes.shape == (2, 3) and fig.dpi == 100


@pytest.mark.parametrize("kwargs", [{"nrows": 0}, {"ncols": 1.5}, {"width": -1}])
def test_subplots_rejects_bad_sizes(kwargs):
    with pytest.raises(ValueError, match="must be"):
        plots.subplots(**kwargs)


def test_drawing_leaves_global_settings_alone():
    before = dict(matplotlib.rcParams)
    plots.subplots()
    plots.plot_loss_with_lr(*house_history())
    plots.draw_network([2, 3, 1])
    plots.draw_neuron([100, 8], [1.2, 5], 20)
    assert dict(matplotlib.rcParams) == before


def test_figure_to_png_returns_png_bytes_and_keeps_the_figure_open():
    fig, ax = plots.subplots()
    ax.plot([0, 1, 2])
    data = plots.figure_to_png(fig)
    assert data.startswith(PNG_SIGNATURE)
    assert plt.fignum_exists(fig.number)
    width = int.from_bytes(data[16:20], "big")  # from the PNG header: 5 in x 80 dpi
    assert width == 400
    assert int.from_bytes(plots.figure_to_png(fig, dpi=40)[16:20], "big") == 200
    with pytest.raises(ValueError, match="Figure"):
        plots.figure_to_png("not a figure")


def test_repeated_drawing_does_not_leak_figures_when_closed():
    start = len(plt.get_fignums())
    for k in range(20):
        fig = plots.draw_network([2, k % 4 + 1, 1])
        plots.figure_to_png(fig)
        plt.close(fig)
    assert len(plt.get_fignums()) == start


# ------------------------------------------------------------------ charts


def test_loss_with_learning_rate_has_two_labelled_axes():
    losses, lrs = house_history()
    fig = plots.plot_loss_with_lr(losses, lrs)
    ax, ax_lr = fig.axes
    assert ax.get_xlabel() == "epoch" and ax.get_ylabel() == "loss"
    assert ax_lr.get_ylabel() == "learning rate"
    assert ax.get_yscale() == "log"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["loss", "learning rate"]
    np.testing.assert_allclose(ax.lines[0].get_ydata(), losses)
    np.testing.assert_allclose(ax_lr.lines[0].get_ydata(), lrs)

    linear = plots.plot_loss_with_lr([1.0, 0.5, 0.0], [0.1] * 3, log_loss=False)
    assert linear.axes[0].get_yscale() == "linear"


def test_loss_with_learning_rate_rejects_bad_input():
    with pytest.raises(ValueError, match="one value per epoch"):
        plots.plot_loss_with_lr([3, 2, 1], [0.1, 0.1])
    with pytest.raises(ValueError, match="log_loss=False"):
        plots.plot_loss_with_lr([1.0, 0.0], [0.1, 0.1])
    with pytest.raises(ValueError, match="non-empty"):
        plots.plot_loss_with_lr([], [])


def test_loss_plot_draws_into_a_given_axes():
    fig, ax = plots.subplots()
    assert plots.plot_loss_with_lr([3, 2, 1], [0.1, 0.1, 0.1], ax=ax) is fig


def test_predictions_vs_actual_one_panel_per_epoch_with_shared_limits():
    rng = np.random.default_rng(0)
    y = rng.uniform(50, 200, 100)
    epochs = [0, 100, 300, 500, 700, 999]
    fig = plots.plot_predictions_vs_actual(y, {e: y * e / 999 for e in epochs})
    panels = [ax for ax in fig.axes if ax.get_visible()]
    assert [ax.get_title() for ax in panels] == [f"epoch {e}" for e in epochs]
    assert len({ax.get_xlim() for ax in panels} | {ax.get_ylim() for ax in panels}) == 1
    assert all(ax.get_xlabel() == "actual y" for ax in panels[3:])  # bottom row
    assert all(ax.get_ylabel() == "predicted ŷ" for ax in panels[::3])  # left column
    low, high = panels[0].get_xlim()
    assert low < 0 and high > y.max()  # epoch 0 predicts 0: inside the limits
    # the y = x line runs corner to corner
    assert any(list(line.get_xdata()) == list(line.get_ydata()) for line in panels[0].lines)


def test_predictions_vs_actual_rejects_bad_input():
    with pytest.raises(ValueError, match="has 100 values|have 3 values"):
        plots.plot_predictions_vs_actual(np.arange(100), {0: [1, 2, 3]})
    with pytest.raises(ValueError, match="non-empty dict"):
        plots.plot_predictions_vs_actual([1, 2], {})


def test_weight_histograms_grid_shares_x_per_row():
    rng = np.random.default_rng(1)
    epochs = [0, 500, 999]
    weights = {e: {"W1": rng.normal(size=(2, 3)) * (1 + e), "W2": rng.normal(size=(3, 1))} for e in epochs}
    fig = plots.plot_weight_histograms(weights)
    axes = np.array(fig.axes).reshape(2, 3)
    assert [ax.get_title() for ax in axes[0]] == [f"epoch {e}" for e in epochs]
    assert axes[0, 0].get_ylabel() == "W1\ncount" and axes[1, 0].get_ylabel() == "W2\ncount"
    assert all(ax.get_xlabel() == "weight" for ax in axes[1])
    for row in axes:
        assert len({ax.get_xlim() for ax in row}) == 1
    assert axes[0, 0].get_xlim() != axes[1, 0].get_xlim()


def test_weight_histograms_rejects_mismatched_matrices():
    with pytest.raises(ValueError, match="epoch 5 should hold the matrices"):
        plots.plot_weight_histograms({0: {"W1": np.ones(3)}, 5: {"W2": np.ones(3)}})


@pytest.mark.parametrize(
    "draw",
    [
        lambda: plots.plot_loss_with_lr(*house_history()),
        lambda: plots.plot_predictions_vs_actual(np.arange(50.0), {0: np.zeros(50), 99: np.arange(50.0)}),
        lambda: plots.plot_weight_histograms({e: {"W1": np.arange(6.0) * e, "W2": np.ones(3)} for e in range(6)}),
    ],
    ids=["loss", "predictions", "histograms"],
)
def test_charts_fit_inside_their_figure(draw):
    """The fixed margins leave room for every label: nothing is cut off in a PNG."""
    fig = draw()
    fig.canvas.draw()
    inside = fig.get_tightbbox(fig.canvas.get_renderer())
    width, height = fig.get_size_inches()
    assert inside.x0 >= -0.02 and inside.y0 >= -0.02
    assert inside.x1 <= width + 0.02 and inside.y1 <= height + 0.02


# ------------------------------------------------------------------ network diagram


def test_network_2_3_1_has_6_nodes_9_edges_and_layer_labels():
    fig = plots.draw_network([2, 3, 1])
    (ax,) = fig.axes
    assert len(circles_of(ax)) == 6
    assert edge_count(ax) == 9
    assert {"input", "hidden", "output"} <= set(texts_of(fig))
    assert {"hidden 1", "hidden 2"} <= set(texts_of(plots.draw_network([2, 4, 4, 1])))
    # circles stay round: equal aspect
    assert ax.get_aspect() == 1.0


def test_network_edges_join_every_node_to_the_next_layer():
    fig = plots.draw_network([2, 4, 4, 1])
    ax = fig.axes[0]
    assert len(circles_of(ax)) == 11
    assert edge_count(ax) == 2 * 4 + 4 * 4 + 4 * 1
    centres = {tuple(np.round(c.center, 6)) for c in circles_of(ax)}
    for collection in ax.collections:
        for segment in collection.get_segments():
            assert {tuple(np.round(p, 6)) for p in segment} <= centres


def test_wide_layers_are_truncated_with_their_real_size():
    fig = plots.draw_network([784, 128, 10])
    ax = fig.axes[0]
    # 784 -> 8 nodes, ⋮, last node; 128 likewise; 10 fits max_nodes=10
    assert len(circles_of(ax)) == 9 + 9 + 10
    assert edge_count(ax) == 9 * 9 + 9 * 10
    texts = texts_of(fig)
    assert "784" in texts and "128" in texts
    assert texts.count("⋮") == 2
    assert len(circles_of(plots.draw_network([784, 128, 10], max_nodes=5).axes[0])) == 4 + 4 + 4  # 3 nodes, ⋮, last


def test_node_values_are_written_rounded():
    values = [np.array([100, 8]), np.array([1.23456, 0.0, -2.5]), np.array([0.9234])]
    texts = texts_of(plots.draw_network([2, 3, 1], node_values=values))
    assert {"100", "8", "1.23", "0", "\u22122.5", "0.92"} <= set(texts)
    labelled = texts_of(plots.draw_network([2, 3, 1], node_labels=[["x₁", "x₂"], None, ["ŷ"]]))
    assert {"x₁", "x₂", "ŷ"} <= set(labelled)


def test_edge_weights_set_colour_and_width():
    w1 = np.array([[1.0, -2.0, 0.5], [-0.5, 2.0, 0.0]])
    w2 = np.array([[1.0], [-1.0], [0.25]])
    fig = plots.draw_network([2, 3, 1], edge_weights=[w1, w2], show_weights=True)
    first = [c for c in fig.axes[0].collections if isinstance(c, LineCollection)][0]
    colours = [to_hex(c).upper() for c in first.get_colors()]
    expected = [plots.PALETTE["blue"] if w >= 0 else plots.PALETTE["vermillion"] for w in w1.ravel()]
    assert colours == expected  # row by row: W[i, j] joins node i to node j
    widths = first.get_linewidths()
    assert widths[1] == max(widths) and widths[5] == min(widths)  # |−2| thickest, 0 thinnest
    assert {"\u22122", "0.25", "0.5"} <= set(texts_of(fig))  # show_weights writes the numbers


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"layer_sizes": []}, "empty"),
        ({"layer_sizes": [2, 0, 1]}, "layer 1 has size 0"),
        ({"layer_sizes": [2, 3, 1], "node_values": [[1, 2], [1, 2, 3]]}, "one array per layer"),
        ({"layer_sizes": [2, 3, 1], "node_values": [[1, 2], [1, 2], [1]]}, r"node_values\[1\] has 2 values"),
        ({"layer_sizes": [2, 3, 1], "edge_weights": [np.ones((3, 2)), np.ones((3, 1))]}, r"shape \(2, 3\)"),
        ({"layer_sizes": [2, 3, 1], "layer_labels": ["a", "b"]}, "one label per layer"),
        ({"layer_sizes": [2, 3, 1], "max_nodes": 2}, "max_nodes"),
    ],
)
def test_network_rejects_bad_input_clearly(kwargs, message):
    with pytest.raises(ValueError, match=message):
        plots.draw_network(**kwargs)


@pytest.mark.parametrize(
    "draw",
    [
        lambda: plots.draw_network([2, 3, 1], activations=["ReLU", "σ"]),
        lambda: plots.draw_network(
            [2, 3, 1],
            node_values=[[100, 8], [1.5, 0, 22.37], [0.92]],
            edge_weights=[np.array([[0.13, -0.13, 0.64], [0.1, -0.54, 0.36]]), np.array([[1.3], [0.95], [-0.7]])],
            show_weights=True,
        ),
        lambda: plots.draw_network(
            [2, 4, 4, 1],
            node_values=[np.linspace(-1, 1, n) for n in (2, 4, 4, 1)],
            edge_weights=[np.random.default_rng(3).normal(size=s) for s in ((2, 4), (4, 4), (4, 1))],
            show_weights=True,
        ),
        lambda: plots.draw_network([784, 128, 10], node_values=[np.full(784, 0.5), np.full(128, -1.25), np.ones(10)]),
        lambda: plots.draw_network([3, 5, 5, 5, 5, 2], show_sizes=True),
        lambda: plots.draw_neuron([100, 8], [1.2, 5], 20),
        lambda: plots.draw_neuron([0.5, -1, 2, 3.25], [0.1, -2, 0.5, 1], -1, "sigmoid"),
        lambda: plots.draw_factory_line(),
    ],
    ids=[
        "2-3-1",
        "2-3-1 values weights",
        "2-4-4-1 values weights",
        "784-128-10",
        "deep",
        "neuron",
        "neuron 4",
        "factory",
    ],
)
def test_diagram_text_never_overlaps(draw):
    fig = draw()
    fig.canvas.draw()
    assert overlapping_texts(fig) == []


def test_network_draws_into_a_given_axes():
    fig = Figure(figsize=(5, 3.2), dpi=80)  # as widgets do, without pyplot
    ax = fig.add_axes((0, 0, 1, 1))
    assert plots.draw_network([2, 3, 1], ax=ax) is fig
    ax.clear()
    plots.draw_network([4, 2], ax=ax)
    assert len(circles_of(ax)) == 6


# ------------------------------------------------------------------ neuron and factory line


def test_neuron_shows_the_source_example():
    fig = plots.draw_neuron([100, 8], [1.2, 5], 20, "relu")
    texts = texts_of(fig)
    assert "z = 180" in texts and "a = 180" in texts
    assert {"100", "8", "w₁ = 1.2", "w₂ = 5", "b = 20", "Σ", "+ b", "ReLU", "x₁", "x₂"} <= set(texts)
    assert len(circles_of(fig.axes[0])) == 3  # two inputs and the sum


@pytest.mark.parametrize(
    "activation, z, expected",
    [
        ("relu", -2.0, "a = 0"),
        ("sigmoid", 0.0, "a = 0.5"),
        ("tanh", -2.0, "a = \u22120.96"),
        ("linear", -2.0, "a = \u22122"),
    ],
)
def test_neuron_applies_its_activation(activation, z, expected):
    texts = texts_of(plots.draw_neuron([1.0], [1.0], z - 1.0, activation))
    assert expected in texts


def test_neuron_marks_a_rounded_saturated_output():
    assert "a ≈ 1" in texts_of(plots.draw_neuron([10.0], [1.0], 0.0, "sigmoid"))
    assert texts_of(plots.draw_neuron([1e6], [1.0], 0.0, "sigmoid"))  # huge z: no overflow warning


def test_neuron_without_values_shows_symbols():
    texts = set(texts_of(plots.draw_neuron([100, 8], [1.2, 5], 20, show_values=False)))
    assert {"x₁", "x₂", "w₁", "w₂", "b", "z", "a"} <= texts
    assert not any("180" in t for t in texts)


def test_neuron_rejects_bad_input():
    with pytest.raises(ValueError, match="relu, sigmoid, tanh, linear"):
        plots.draw_neuron([1, 2], [1, 2], 0, "softmax")
    with pytest.raises(ValueError, match="same length"):
        plots.draw_neuron([1, 2], [1], 0)
    with pytest.raises(ValueError, match="finite"):
        plots.draw_neuron([np.nan], [1], 0)


def test_factory_line_uses_symbols_and_short_words():
    fig = plots.draw_factory_line()
    texts = set(texts_of(fig))
    assert {"x", "hidden 1", "hidden 2", "ŷ", "input", "output"} <= texts
    assert not any("h₁" in t or "h₂" in t for t in texts)  # h₁, h₂ name the nodes of one layer elsewhere
    assert all(len(t) <= 8 for t in texts)
    fig2, ax = plots.subplots()
    assert plots.draw_factory_line(ax=ax) is fig2


# ------------------------------------------------------------------ tools/make_images.py


@pytest.mark.parametrize("language", ["en", "zh"])
def test_committed_images_match_the_code(tmp_path, language):
    """A stale image (drawing code changed, `make images` not run) fails here: images/ and images/zh/."""
    folder = make_images.FOLDERS[language]
    built = make_images.build_all(tmp_path, language)
    committed = sorted(p.name for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    assert [p.name for p in built] == committed, "run `make images`"
    for path in built:
        assert path.read_bytes() == (folder / path.name).read_bytes(), f"{folder}/{path.name} is stale"
    assert {"factory_line.svg", "network_2_3_1.svg", "neuron_house.svg"} <= set(committed)
    assert plt.get_fignums() == []  # build_all closes what it draws
    assert get_language() == "en"  # build_all puts the language back


def test_chinese_images_have_chinese_words(tmp_path):
    """The diagrams' words are drawn in Chinese for images/zh/ (the SVG holds them as paths)."""
    set_language("zh")
    try:
        texts = [t.get_text() for t in plots.draw_factory_line().axes[0].texts]
        assert {"输入层", "隐藏层 1", "隐藏层 2", "输出层"} <= set(texts)
        plt.close("all")
    finally:
        set_language("en")
    en = make_images.build_all(tmp_path / "en", "en")
    zh = make_images.build_all(tmp_path / "zh", "zh")
    differ = {a.name for a, b in zip(en, zh, strict=True) if a.read_bytes() != b.read_bytes()}
    assert {"factory_line.svg", "network_2_3_1.svg"} <= differ


def test_svg_output_is_deterministic(tmp_path):
    make = make_images.discover()["network_2_3_1.svg"]
    make_images.render(make, tmp_path / "a.svg")
    make_images.render(make, tmp_path / "b.svg")
    assert (tmp_path / "a.svg").read_bytes() == (tmp_path / "b.svg").read_bytes()
    assert "<dc:date>" not in (tmp_path / "a.svg").read_text()


def test_check_reports_missing_orphan_and_stale(tmp_path):
    built, committed = tmp_path / "built", tmp_path / "committed"
    built.mkdir()
    committed.mkdir()
    (built / "same.svg").write_text("1")
    (committed / "same.svg").write_text("1")
    (built / "new.svg").write_text("1")
    (built / "changed.svg").write_text("2")
    (committed / "changed.svg").write_text("1")
    (committed / "old.svg").write_text("1")
    (committed / ".gitkeep").write_text("")
    problems = make_images.compare(built, committed)
    assert len(problems) == 3
    assert any(p.startswith("missing: images/new.svg") for p in problems)
    assert any(p.startswith("orphan: images/old.svg") for p in problems)
    assert any(p.startswith("stale: images/changed.svg") for p in problems)


def test_duplicate_image_names_are_refused(tmp_path, monkeypatch):
    package = tmp_path / "fake_figures"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for name in ("lesson01", "lesson02"):
        (package / f"{name}.py").write_text("IMAGES = {'same.svg': lambda: None}\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(sys, "modules", dict(sys.modules))  # forget the fake package afterwards
    with pytest.raises(ValueError, match="same.svg is made by both"):
        make_images.discover("fake_figures")
