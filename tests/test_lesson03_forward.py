"""Lesson 03, the forward pass: the cat/dog network, its widget, its diagram, its exercise checks, and their Chinese."""

from __future__ import annotations

import ast
import re

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.collections import LineCollection

from helpers.activations import relu, sigmoid
from helpers.data import CAT_DOG_ACTIVATIONS, cat_dog_params
from helpers.exercises import lesson03 as ex
from helpers.i18n import set_language
from helpers.network import forward
from helpers.plots import draw_network
from helpers.widgets.forward import (
    WEIGHT_LABEL_AT,
    draw_cat_dog,
    forward_explorer,
    label_of,
)
from notebook_tools import NOTEBOOKS, read, source

# ------------------------------------------------------------------ the network


def run(x):
    return forward(np.array([x], dtype=float), cat_dog_params(), CAT_DOG_ACTIVATIONS)


def test_params_have_the_lesson_shapes():
    params = cat_dog_params()
    assert {k: v.shape for k, v in params.items()} == {"W1": (2, 3), "b1": (1, 3), "W2": (3, 1), "b2": (1, 1)}


@pytest.mark.parametrize("path", sorted(NOTEBOOKS.rglob("03_*.ipynb")), ids=lambda p: p.parent.name)
def test_weights_typed_in_the_lesson_equal_cat_dog_params(path):
    """Lesson 03 types its weights in a cell (W1 = np.array(...), ...): they must be helpers' cat_dog_params()."""
    typed = {}
    for cell in read(path).cells:
        if cell.cell_type != "code":
            continue
        for node in ast.walk(ast.parse(cell.source)):
            if (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and node.targets[0].id in ("W1", "b1", "W2", "b2")
                and isinstance(node.value, ast.Call)
                and ast.unparse(node.value.func) == "np.array"
            ):
                typed[node.targets[0].id] = np.array(ast.literal_eval(node.value.args[0]))
    expected = cat_dog_params()
    assert set(typed) == set(expected)
    for name, value in expected.items():
        np.testing.assert_array_equal(typed[name], value, err_msg=name)


def test_params_are_fresh_copies():
    first = cat_dog_params()
    first["W1"][0, 0] = 99.0
    assert cat_dog_params()["W1"][0, 0] == pytest.approx(0.6)


def test_worked_example_numbers():
    """The numbers the lesson works out by hand for x = (8, 3)."""
    y_hat, cache = run([8, 3])
    np.testing.assert_allclose(cache["Z1"], [[1.6, -1.9, 1.4]], atol=1e-12)
    np.testing.assert_allclose(cache["A1"], [[1.6, 0.0, 1.4]], atol=1e-12)
    assert cache["Z2"][0, 0] == pytest.approx(1.38)
    assert y_hat[0, 0] == pytest.approx(0.799, abs=5e-4)
    assert label_of(y_hat[0, 0]) == "cat"


def test_neuron_by_neuron_equals_matrix_form():
    params = cat_dog_params()
    rng = np.random.default_rng(0)
    for x1, x2 in rng.uniform(0, 10, size=(20, 2)):
        a = [max(0.0, params["W1"][0, j] * x1 + params["W1"][1, j] * x2 + params["b1"][0, j]) for j in range(3)]
        z_out = sum(params["W2"][j, 0] * a[j] for j in range(3)) + params["b2"][0, 0]
        assert run([x1, x2])[0][0, 0] == pytest.approx(1 / (1 + np.exp(-z_out)))


def test_the_widget_question_has_the_answer_the_lesson_gives():
    """From the dog (3, 6), raising x1: h2 switches off near 6.7, h1 on near 7.4, cat from about 7.7."""
    xs = np.round(np.arange(3.0, 10.01, 0.1), 1)
    a = np.array([run([x1, 6.0])[1]["A1"][0] for x1 in xs])
    y = np.array([run([x1, 6.0])[0][0, 0] for x1 in xs])
    first_cat = xs[np.argmax(y >= 0.5)]
    assert first_cat == pytest.approx(7.7)
    assert xs[np.argmax(a[:, 0] > 0)] == pytest.approx(7.4)  # h1 on
    assert xs[np.argmax(a[:, 1] == 0)] == pytest.approx(6.7)  # h2 off
    # With the weight x1 -> h1 set to 0, no ear score makes a cat.
    params = cat_dog_params()
    params["W1"][0, 0] = 0.0
    grid = np.array([[x1, x2] for x1 in np.linspace(0, 10, 21) for x2 in np.linspace(0, 10, 21)])
    assert forward(grid, params, CAT_DOG_ACTIVATIONS)[0].max() < 0.5
    # Raising the output bias still can: with b = 3 the animal (8, 3) is a cat again.
    params["b2"][0, 0] = 3.0
    assert label_of(forward(np.array([[8.0, 3.0]]), params, CAT_DOG_ACTIVATIONS)[0][0, 0]) == "cat"


def test_cat_from_one_half_up():
    """The course's rule (lessons 03 and 08): cat if y_hat >= 0.5."""
    assert label_of(0.5) == "cat"
    assert label_of(0.4999) == "dog"
    assert label_of(0.799) == "cat"


def test_batch_from_the_lesson():
    X = np.array([[8.0, 3.0], [3.0, 6.0], [9.0, 2.0], [6.0, 5.0]])
    y_hat, _ = forward(X, cat_dog_params(), CAT_DOG_ACTIVATIONS)
    assert y_hat.shape == (4, 1)
    assert [label_of(p) for p in y_hat[:, 0]] == ["cat", "dog", "cat", "dog"]


# ------------------------------------------------------------------ the widget


@pytest.fixture
def widget():
    w = forward_explorer()
    yield w
    plt.close("all")


def test_widget_starts_at_the_dog(widget):
    text = widget.readout.value
    assert "0.188" in text and "dog" in text
    assert "0.188</b> &lt; 0.5" in text
    assert "h₂, h₃" in text
    assert widget.image.value[:4] == b"\x89PNG"


@pytest.mark.parametrize(
    "name, value",
    [("x1", 8.0), ("x2", 1.0), ("w11", 1.0), ("b_out", 2.0)],
)
def test_widget_reacts_to_each_control(widget, name, value):
    before_text, before_image = widget.readout.value, widget.image.value
    widget.controls[name].value = value
    assert widget.readout.value != before_text
    assert widget.image.value != before_image


def test_widget_readout_matches_forward(widget):
    widget.controls["x1"].value = 8.0
    widget.controls["x2"].value = 3.0
    text = widget.readout.value
    assert "z = [1.6, \u22121.9, 1.4]" in text
    assert "a = [1.6, 0, 1.4]" in text
    assert "z = 1.38" in text
    assert "0.799" in text and "cat" in text
    assert "0.799</b> ≥ 0.5" in text
    assert "h₁, h₃" in text


def test_widget_weight_and_bias_change_the_network(widget):
    widget.controls["x1"].value = 8.0
    widget.controls["x2"].value = 3.0
    widget.controls["w11"].value = 0.0  # h1: 0 * 8 - 0.4 * 3 - 2 < 0, switched off
    assert "h₃</b>" in widget.readout.value and "dog" in widget.readout.value
    widget.controls["b_out"].value = 3.0
    params = cat_dog_params()
    params["W1"][0, 0], params["b2"][0, 0] = 0.0, 3.0
    expected = forward(np.array([[8.0, 3.0]]), params, CAT_DOG_ACTIVATIONS)[0][0, 0]
    assert f"{expected:.3f}" in widget.readout.value and "cat" in widget.readout.value


def test_widget_diagram_shows_each_layer(widget):
    """State, not pixels: the texts in the nodes are the values of forward, layer by layer."""
    widget.controls["x1"].value = 9.0
    diagram = widget.diagram
    shown = [[t.get_text() for t in row] for row in diagram.value_texts]
    assert shown == [["9", "6"], ["1", "0", "1.9"], ["0.71"]]
    assert diagram.label.get_text() == "cat"
    # The switched-off neuron h2 is grey, the others keep their colour.
    fills = [c.get_facecolor() for c in diagram.circles[1]]
    assert fills[0] == fills[2] != fills[1]
    # Line widths follow the size of the weights: the x1 -> h1 line grows with w11.
    before = diagram.edges[0].get_linewidths()[0]
    widget.controls["w11"].value = 1.0
    assert diagram.edges[0].get_linewidths()[0] > before


def test_draw_cat_dog_greys_switched_off_neurons():
    fig = draw_cat_dog([3.0, 6.0])
    ax = fig.axes[0]
    texts = [t.get_text() for t in ax.texts]
    assert "dog" in texts and "0.19" in texts and "h₁" in texts
    plt.close(fig)


def _crossings(segments):
    """Points where two of the given line segments cross (not where they share an end)."""
    points = []
    for k, (p0, p1) in enumerate(segments):
        for q0, q1 in segments[k + 1 :]:
            d, e = p1 - p0, q1 - q0
            det = d[0] * -e[1] + e[0] * d[1]
            if abs(det) < 1e-12:
                continue
            rhs = q0 - p0
            t = (rhs[0] * -e[1] + e[0] * rhs[1]) / det
            u = (d[0] * rhs[1] - d[1] * rhs[0]) / det
            if 1e-6 < t < 1 - 1e-6 and 1e-6 < u < 1 - 1e-6:
                points.append(p0 + t * d)
    return points


def test_draw_cat_dog_writes_each_weight_on_its_line_away_from_crossings():
    """The lesson's diagram with weights: each number on its own line, none at a crossing or on another."""
    params = cat_dog_params()
    fig = draw_cat_dog([8.0, 3.0], show_weights=True)
    ax = fig.axes[0]
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    labels = [t for t in ax.texts if t.get_bbox_patch() is not None]
    weights = np.concatenate([params["W1"].ravel(), params["W2"].ravel()])
    shown = [t.get_text().replace("\u2212", "-") for t in labels]  # the diagram writes a real minus sign
    assert shown == ["0.6", "-0.3", "0.2", "-0.4", "0.5", "0.1", "1", "-1", "0.2"]
    assert len(labels) == weights.size
    segments = [np.asarray(s) for c in ax.collections if isinstance(c, LineCollection) for s in c.get_segments()]
    # Each number sits on its own line, at the fraction WEIGHT_LABEL_AT of the way along it.
    at = [WEIGHT_LABEL_AT[0]] * params["W1"].size + [WEIGHT_LABEL_AT[1]] * params["W2"].size
    for text, (p0, p1), t in zip(labels, segments, at, strict=True):
        np.testing.assert_allclose(text.get_position(), p0 + t * (p1 - p0))
    # The weight x2 -> h1 (-0.4) sits nearer h1 than x2: away from the crossing with x1 -> h2 (-0.3).
    x2_h1 = segments[3]
    pos = np.asarray(labels[3].get_position())
    assert np.linalg.norm(pos - x2_h1[1]) < np.linalg.norm(pos - x2_h1[0])
    # No two numbers overlap, and no number covers a crossing of two lines.
    boxes = [t.get_bbox_patch().get_window_extent(renderer) for t in labels]
    for k, a in enumerate(boxes):
        for b in boxes[k + 1 :]:
            assert not a.overlaps(b)
    crossings = _crossings(segments)
    assert len(crossings) == 3  # x1 -> h2 with x2 -> h1, x1 -> h3 with x2 -> h1 and with x2 -> h2
    assert _closest_to_a_crossing(labels, crossings, renderer) >= 2.0
    plt.close(fig)


def _closest_to_a_crossing(labels, crossings, renderer):
    """Smallest distance from a number's centre to a crossing of two lines, in heights of a number."""
    closest = np.inf
    for text in labels:
        box = text.get_bbox_patch().get_window_extent(renderer)
        for point in crossings:
            x, y = text.axes.transData.transform(point)
            closest = min(closest, np.hypot(x - box.x0 - box.width / 2, y - box.y0 - box.height / 2) / box.height)
    return closest


def test_draw_network_alone_puts_a_weight_near_a_crossing():
    """Why draw_cat_dog places the weights itself: draw_network's own placement (lesson 03's first
    version of this figure) puts one next to a crossing, which the test above rejects."""
    params = cat_dog_params()
    fig = draw_network(
        [2, 3, 1],
        node_values=[[8, 3], [1.6, 0, 1.4], [0.8]],
        edge_weights=[params["W1"], params["W2"]],
        show_weights=True,
    )
    ax = fig.axes[0]
    fig.canvas.draw()
    labels = [t for t in ax.texts if t.get_bbox_patch() is not None]
    segments = [np.asarray(s) for c in ax.collections if isinstance(c, LineCollection) for s in c.get_segments()]
    assert _closest_to_a_crossing(labels, _crossings(segments), fig.canvas.get_renderer()) < 2.0
    plt.close(fig)


# ------------------------------------------------------------------ exercise checks


def test_w1_shape_check():
    assert ex.check_w1_shape((4, 5)).correct
    assert ex.check_w1_shape([4, 5]).correct
    assert ex.check_w1_shape(...).status == "unanswered"
    transposed = ex.check_w1_shape((5, 4))
    assert transposed.status == "wrong" and "transposed" in transposed.hint
    assert ex.check_w1_shape("4, 5").status == "invalid"
    assert ex.check_w1_shape((4.0, 5.0)).status == "invalid"
    assert ex.check_w1_shape((1, 5)).status == "wrong"


def my_forward(x, W1, b1, W2, b2):
    return sigmoid(relu(x @ W1 + b1) @ W2 + b2)


@pytest.mark.parametrize(
    "mistake, word",
    [
        (lambda x, W1, b1, W2, b2: sigmoid(sigmoid(x @ W1 + b1) @ W2 + b2), "hidden layer uses sigmoid"),
        (lambda x, W1, b1, W2, b2: sigmoid((x @ W1 + b1) @ W2 + b2), "no activation"),
        (lambda x, W1, b1, W2, b2: relu(relu(x @ W1 + b1) @ W2 + b2), "output uses relu"),
        (lambda x, W1, b1, W2, b2: sigmoid(relu(x @ W1) @ W2 + b2), "b1 is missing"),
        (lambda x, W1, b1, W2, b2: sigmoid(relu(x @ W1 + b1) @ W2), "b2 is missing"),
    ],
)
def test_forward_two_layers_check_names_the_mistake(mistake, word):
    verdict = ex.check_forward_two_layers(mistake)
    assert verdict.status == "wrong"
    assert word in verdict.hint


def test_forward_two_layers_check():
    assert ex.check_forward_two_layers(my_forward).correct
    assert ex.check_forward_two_layers(...).status == "unanswered"
    assert ex.check_forward_two_layers(lambda *args: ...).status == "unanswered"
    assert ex.check_forward_two_layers(42).status == "invalid"
    # A transposed product fails inside the learner's function: said, not raised.
    broken = ex.check_forward_two_layers(lambda x, W1, b1, W2, b2: sigmoid(relu(x @ W1.T + b1) @ W2 + b2))
    assert broken.status == "wrong" and "raised" in broken.message
    # Only the first output column: wrong shape.
    assert ex.check_forward_two_layers(lambda *a: my_forward(*a)[:, :1].ravel()).status == "invalid"


def test_forward_two_layers_cases_exercise_relu():
    """The test inputs must switch some hidden neurons off, or a missing ReLU would pass."""
    for x, W1, b1, _, _ in ex._two_layer_cases():
        z = x @ W1 + b1
        assert (z < 0).any() and (z > 0).any()


def test_hidden_activations_check():
    solution = relu(ex.HIDDEN_INPUT @ cat_dog_params()["W1"] + cat_dog_params()["b1"])
    np.testing.assert_allclose(solution, [[1.4, 0.0, 1.1]], atol=1e-12)
    assert ex.check_hidden_activations(np.array([[1.4, 0.0, 1.1]])).correct
    assert ex.check_hidden_activations([[1.4, 0, 1.1]]).correct
    assert ex.check_hidden_activations(...).status == "unanswered"
    assert ex.check_hidden_activations(np.array([[..., ..., ...]])).status == "unanswered"
    no_relu = ex.check_hidden_activations(np.array([[1.4, -2.1, 1.1]]))
    assert no_relu.status == "wrong" and "ReLU" in no_relu.hint
    no_bias = ex.check_hidden_activations(np.array([[3.4, 0.0, 1.6]]))
    assert no_bias.status == "wrong" and "b1" in no_bias.hint
    flat = ex.check_hidden_activations(np.array([1.4, 0.0, 1.1]))
    assert flat.status == "invalid" and "(1, 3)" in flat.message
    assert ex.check_hidden_activations(np.array([[1.0, 0.0, 1.0]])).status == "wrong"
    assert ex.check_hidden_activations("1.4, 0, 1.1").status == "invalid"


def test_batch_output_shape_check():
    assert ex.check_batch_output_shape((50, 1)).correct
    assert ex.check_batch_output_shape(...).status == "unanswered"
    for mistake in [(1, 50), (50,), (50, 3), (50, 2), (1, 1)]:
        verdict = ex.check_batch_output_shape(mistake)
        assert verdict.status == "wrong" and verdict.hint, mistake
    assert ex.check_batch_output_shape(50).status == "invalid"


# ------------------------------------------------------------------ the Chinese edition

CJK = re.compile(r"[\u3400-\u9fff]")


def test_shape_checks_name_kinds_decimals_and_a_row_in_both_languages():
    assert ex.check_w1_shape(4).message == (
        "Expected a shape: a tuple of whole numbers such as (2, 3), got a whole number (int): 4."
    )
    assert ex.check_w1_shape((4.0, 5)).message == "Both sizes must be whole numbers; you gave 4.0."
    assert ex.check_w1_shape((4.0, 5)).status == "invalid"
    column = ex.check_hidden_activations(np.ones((3, 1)))
    assert column.message == "Expected shape (1, 3), got (3, 1)."
    assert column.hint == "This wants one row, shape (1, 3): write [[a1, a2, a3]], or use .reshape(1, -1)."
    assert ex.check_hidden_activations([[9.0, 9.0, 9.0]]).message == "All 3 values are off."
    try:
        set_language("zh")
        assert ex.check_w1_shape(4).message.endswith("你给的是一个整数 (int)：4。")
        assert ex.check_w1_shape((4.0, 5)).message == "两个大小都必须是整数，你给的是 4.0。"
        assert ex.check_hidden_activations(np.ones((3, 1))).hint == (
            "这里要的是一行 (1, 3)：写成 [[a1, a2, a3]]，或者用 .reshape(1, -1)。"
        )
        assert ex.check_hidden_activations([[9.0, 9.0, 9.0]]).message == "3 个值都不对。"
    finally:
        set_language("en")


def test_checks_and_widget_speak_chinese():
    """With set_language("zh"), the verdicts, hints, question, labels and readout are Chinese."""
    try:
        set_language("zh")
        transposed = ex.check_w1_shape((5, 4))
        assert transposed.status == "wrong" and CJK.search(transposed.hint) and "转置" in transposed.hint
        assert "还没有作答" in repr(ex.check_batch_output_shape(...))
        no_relu = ex.check_hidden_activations(np.array([[1.4, -2.1, 1.1]]))
        assert CJK.search(no_relu.message) and "ReLU" in no_relu.hint and CJK.search(no_relu.hint)
        mistake = ex.check_forward_two_layers(lambda x, W1, b1, W2, b2: sigmoid(relu(x @ W1 + b1) @ W2))
        assert mistake.status == "wrong" and "b2" in mistake.hint and CJK.search(mistake.hint)
        assert "答对了" in repr(ex.check_w1_shape((4, 5)))
        widget = forward_explorer()
        question = widget.children[0].value
        assert "问题" in question and "？" in question
        assert all(CJK.search(c.description) for c in widget.controls.values())
        text = widget.readout.value
        assert "隐藏层" in text and "0.188</b> &lt; 0.5" in text and "狗" in text and "dog" not in text
        widget.controls["x1"].value = 8.0
        widget.controls["x2"].value = 3.0
        assert "0.799</b> ≥ 0.5" in widget.readout.value and "猫" in widget.readout.value
        assert widget.diagram.label.get_text() == "猫"  # the diagram speaks Chinese too
        texts = [text.get_text() for text in widget.figure.axes[0].texts]
        assert "隐藏层" in texts and "输入层" in texts and "input" not in texts
        plt.close("all")
        params = cat_dog_params()
        with pytest.raises(ValueError, match="第 1 层需要 2 个输入特征"):
            forward(np.zeros((1, 3)), params, CAT_DOG_ACTIVATIONS)  # the lesson prints this message
        with pytest.raises(ValueError, match=r"二维数组.*X\.reshape\(1, -1\)"):
            forward(np.zeros(2), params, CAT_DOG_ACTIVATIONS)
    finally:
        set_language("en")
    with pytest.raises(ValueError, match="Layer 1 expects 2 input features"):
        forward(np.zeros((1, 3)), cat_dog_params(), CAT_DOG_ACTIVATIONS)
    assert "dog" in forward_explorer().readout.value
    plt.close("all")


# ------------------------------------------------------------------ the lesson's notation


@pytest.mark.parametrize("folder", ["", "zh"])
def test_a_layers_number_is_a_superscript_everywhere(folder):
    """C5: b^[1]_j is the bias of hidden neuron j and b^[1] the hidden layer's bias row; no bare b_1
    or b_j that could mean either. The one W_1/b_1 is the sentence that bridges to lessons 05 and 07."""
    text = "\n".join(source(c) for c in read(NOTEBOOKS / folder / "03_forward_pass.ipynb").cells
                     if c.cell_type == "markdown")
    marks = ("W^{[1]}", "b^{[1]}", "b^{[1]}_j", "w^{[1]}_{ij}", "W^{[2]}", "b^{[2]}", "w^{[2]}_j", "Z^{[1]}", "A^{[1]}")
    for mark in marks:
        assert mark in text, mark
    assert not re.search(r"[^{]b_j|b_\{\\text\{out\}\}|w\^\{\\text\{out\}\}|w_\{[12i]j\}", text)
    assert text.count("$b_1$") == 1 and text.count("$W_1$") == 1
