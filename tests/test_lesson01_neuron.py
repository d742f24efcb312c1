"""Lesson 01, the neuron: its widget and its exercise checks."""

from __future__ import annotations

import re

import numpy as np
import pytest
from matplotlib.figure import Figure

from helpers.activations import relu, sigmoid
from helpers.exercises import lesson01
from helpers.exercises.lesson01 import check_batch_z, check_house_neuron, check_neuron_function, check_off_bias
from helpers.i18n import set_language
from helpers.plots import draw_neuron
from helpers.widgets.neuron import HOUSE, _find_labels, describe, neuron_explorer, neuron_output
from notebook_tools import NOTEBOOKS, read, source


def plain(html_text: str) -> str:
    """Readout text without tags, with ASCII minus signs."""
    return re.sub(r"<[^>]+>", "", html_text).replace("\u2212", "-")


def readout_value(widget, name: str) -> float:
    """The number after the last '= ' on the readout line that starts with name (z or a)."""
    for line in widget.readout.value.split("<br>"):
        text = plain(line)
        if text.startswith(f"{name} "):
            return float(re.findall(r"[=≈] (-?[\d.]+)", text)[-1])
    raise AssertionError(f"no line for {name} in {widget.readout.value!r}")


@pytest.fixture
def widget():
    return neuron_explorer()


# --------------------------------------------------------------------------- widget


def test_widget_starts_at_the_source_house(widget):
    assert {k: c.value for k, c in widget.controls.items()} == HOUSE
    assert readout_value(widget, "z") == 180
    assert readout_value(widget, "a") == 180
    text = plain(widget.readout.value)
    assert "1.2 × 100 + 5 × 8 + 20 = 180" in text
    assert "on" in text
    assert widget.image.value[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(
    ("name", "value", "z"),
    [
        ("x1", 50.0, 1.2 * 50 + 40 + 20),
        ("w1", -1.0, -100 + 40 + 20),
        ("x2", 2.0, 120 + 10 + 20),
        ("w2", -2.5, 120 - 20 + 20),
        ("b", -100.0, 120 + 40 - 100),
    ],
)
def test_each_slider_changes_z_and_the_picture(widget, name, value, z):
    before = widget.image.value
    widget.controls[name].value = value
    assert readout_value(widget, "z") == pytest.approx(z)
    assert readout_value(widget, "a") == pytest.approx(max(0.0, z))
    assert widget.image.value != before


@pytest.mark.parametrize(
    ("activation", "expected"),
    [("sigmoid", float(sigmoid(20.0))), ("tanh", float(np.tanh(20.0))), ("linear", 20.0), ("relu", 20.0)],
)
def test_activation_dropdown(widget, activation, expected):
    widget.controls["b"].value = -140.0  # z = 20
    before = widget.image.value
    widget.controls["activation"].value = activation
    assert readout_value(widget, "a") == pytest.approx(expected, abs=1e-3)
    words = {"relu": "ReLU", "sigmoid": "sigmoid", "tanh": "tanh", "linear": "no activation"}[activation]
    assert words in plain(widget.readout.value)
    if activation != "relu":
        assert widget.image.value != before


def test_largest_bias_that_switches_relu_off(widget):
    widget.controls["b"].value = -160.0
    assert readout_value(widget, "z") == 0
    assert readout_value(widget, "a") == 0
    assert "off" in plain(widget.readout.value)
    widget.controls["b"].value = -159.0
    assert readout_value(widget, "a") == 1
    assert "on" in plain(widget.readout.value)


def test_sigmoid_gives_one_half_at_the_same_bias(widget):
    widget.controls["activation"].value = "sigmoid"
    widget.controls["b"].value = -160.0
    assert readout_value(widget, "a") == 0.5
    assert "50%" in plain(widget.readout.value)


def test_zero_inputs_leave_only_the_bias(widget):
    widget.controls["x1"].value = 0.0
    widget.controls["x2"].value = 0.0
    widget.controls["b"].value = 35.0
    assert readout_value(widget, "z") == 35
    assert "z is just the bias" in plain(widget.readout.value)


def test_negative_weights_and_bias_are_written_readably():
    text = plain(describe({"x1": 10.0, "w1": -0.5, "x2": 2.0, "w2": 3.0, "b": -4.0, "activation": "linear"}))
    assert "(-0.5) × 10 + 3 × 2 - 4 = -3" in text


def test_neuron_output_matches_the_helpers():
    assert neuron_output(100, 8, 1.2, 5, 20, "relu") == (180.0, 180.0)
    z, a = neuron_output(100, 8, 1.2, 5, -158, "sigmoid")
    assert z == pytest.approx(2.0) and a == pytest.approx(float(sigmoid(2.0)))
    # a sum that should be 0 is exactly 0, despite 0.7 * 100 = 70.00000000000001
    assert neuron_output(100, 0, 0.7, 0, -70, "relu") == (0.0, 0.0)


@pytest.mark.parametrize(
    "final",
    [
        {"x1": 100.0, "w1": 1.2, "x2": 8.0, "w2": 5.0, "b": -160.0, "activation": "relu"},
        {"x1": 60.0, "w1": -0.7, "x2": 9.5, "w2": 2.5, "b": 12.0, "activation": "sigmoid"},
        {"x1": 0.0, "w1": 1.2, "x2": 0.0, "w2": -7.5, "b": -30.0, "activation": "tanh"},
    ],
)
def test_changed_picture_equals_a_fresh_one(final):
    """Updating only the numbers in the picture draws exactly what a fresh widget draws."""
    moved = neuron_explorer()
    for name in ("activation", "x1", "w1", "x2", "w2", "b"):
        moved.controls[name].value = final[name]
    fresh = neuron_explorer(**final)
    assert moved.readout.value == fresh.readout.value
    assert moved.image.value == fresh.image.value


def test_fast_path_finds_every_number_in_the_diagram():
    """If draw_neuron's labels change, the widget falls back to full redraws: catch that here."""
    fig = Figure(figsize=(5.6, 1.75), dpi=80)
    ax = fig.add_axes((0, 0, 1, 1))
    draw_neuron([100, 8], [1.2, 5], 20, "relu", ax=ax)
    labels = _find_labels(ax)
    assert labels is not None
    assert [labels[k].get_text() for k in ("x1", "x2", "b", "z")] == ["100", "8", "b = 20", "z = 180"]


def test_unknown_start_value_is_refused():
    with pytest.raises(ValueError, match="x3"):
        neuron_explorer(x3=1.0)


# --------------------------------------------------------------------------- exercise 01.1


def test_house_neuron_check():
    z = float(np.dot(lesson01.W, lesson01.HOUSE_X) + lesson01.B)
    assert z == pytest.approx(110)
    assert check_house_neuron((z, float(relu(z)))).correct
    assert check_house_neuron([110, 110.0]).correct
    assert check_house_neuron(...).status == "unanswered"
    assert check_house_neuron((..., ...)).status == "unanswered"
    assert check_house_neuron((110, ...)).status == "unanswered"
    assert check_house_neuron(110).status == "invalid"
    assert check_house_neuron(("110", "x")).status == "invalid"
    no_bias = check_house_neuron((90, 90))
    assert no_bias.status == "wrong" and "bias" in no_bias.hint
    swapped = check_house_neuron((1.2 * 6 + 5 * 50 + 20, 0))
    assert swapped.status == "wrong" and "own input" in swapped.hint
    bad_a = check_house_neuron((110, 0))
    assert bad_a.status == "wrong" and "ReLU" in bad_a.hint


# --------------------------------------------------------------------------- exercise 01.2


def test_neuron_function_check():
    def good(x, w, b):
        return relu(np.dot(w, x) + b)

    def as_loop(x, w, b):
        z = sum(wi * xi for wi, xi in zip(w, x)) + b
        return max(0.0, z)

    assert check_neuron_function(good).correct
    assert check_neuron_function(as_loop).correct
    assert check_neuron_function(...).status == "unanswered"
    assert check_neuron_function(lambda x, w, b: None).status == "unanswered"
    assert check_neuron_function(3.0).status == "invalid"
    assert check_neuron_function(lambda x, w, b: np.zeros(2)).status == "invalid"
    hints = {
        "bias": lambda x, w, b: relu(np.dot(w, x)),
        "Apply ReLU": lambda x, w, b: np.dot(w, x) + b,
        "before adding the bias": lambda x, w, b: relu(np.dot(w, x)) + b,
    }
    for words, mistake in hints.items():
        verdict = check_neuron_function(mistake)
        assert verdict.status == "wrong" and words in verdict.hint, (words, verdict)
    raising = check_neuron_function(lambda x, w, b: undefined_name)  # noqa: F821
    assert raising.status == "wrong" and "NameError" in raising.message


def test_reference_neuron_gives_the_source_house():
    assert float(lesson01.reference_neuron(np.array([100, 8]), np.array([1.2, 5]), 20)) == pytest.approx(180)


def test_neuron_cases_catch_each_mistake():
    """Every typical wrong neuron differs from the reference on at least one case."""
    for mistake, _ in lesson01._MISTAKES:
        assert any(
            not np.isclose(mistake(x, w, b), lesson01.reference_neuron(x, w, b)) for x, w, b in lesson01.NEURON_CASES
        )


# --------------------------------------------------------------------------- exercise 01.3


def test_off_bias_check():
    weighted = float(np.dot(lesson01.W, lesson01.OFF_X))
    assert weighted == pytest.approx(116)
    assert check_off_bias(-weighted).correct
    assert check_off_bias(-116).correct
    assert check_off_bias(np.array([-116.0])).correct
    assert check_off_bias(...).status == "unanswered"
    assert check_off_bias("minus 116").status == "invalid"
    assert "sign" in check_off_bias(116).hint
    too_low = check_off_bias(-150)
    assert too_low.status == "wrong" and "not the largest" in too_low.message
    assert "both" in check_off_bias(-96).hint
    too_high = check_off_bias(-100)
    assert too_high.status == "wrong" and "z = 16" in too_high.message
    assert check_off_bias(float("nan")).status == "wrong"


# --------------------------------------------------------------------------- exercise 01.4


def test_batch_z_check():
    X, w, b = lesson01.BATCH_X, lesson01.W, lesson01.B
    expected = lesson01.expected_batch_z()
    assert expected.shape == (3,)
    np.testing.assert_allclose(expected, [199, 119, 270])
    np.testing.assert_allclose(expected, [np.dot(w, row) + b for row in X])
    assert check_batch_z(X @ w + b).correct
    assert check_batch_z([199, 119, 270]).correct
    assert check_batch_z(...).status == "unanswered"
    assert check_batch_z((X @ w + b).reshape(3, 1)).status == "invalid"
    assert check_batch_z(np.array([1.0, 2.0])).status == "invalid"
    assert check_batch_z("z").status == "invalid"
    assert "bias" in check_batch_z(X @ w).hint
    assert "swapped" in check_batch_z(X @ w[::-1] + b).hint
    assert check_batch_z(X @ w + b + 1).status == "wrong"


# --------------------------------------------------------------------------- Chinese edition

CJK = re.compile(r"[\u3400-\u9fff]")


def test_batch_z_shape_and_kind_messages_in_both_languages():
    """01.4 names the kind in plain words, and a wrong shape gets this exercise's own hint."""
    flat = "X_new @ w_house + b_house gives one number per house: the result is a 1-D array of 3 numbers."
    single = check_batch_z(5.0)
    assert single.message == "Expected shape (3,), you gave a single number (shape ())." and single.hint == flat
    two = check_batch_z(np.ones(2))
    assert two.message == "Expected shape (3,), got (2,)." and two.hint == flat
    assert check_batch_z(lesson01.expected_batch_z() + 1000).message == "All 3 values are off."
    assert check_batch_z({"z": 1}).message == "Expected an array of 3 numbers, got a dictionary (dict)."
    assert check_house_neuron(5).message == "Expected two numbers, (z, a); got a whole number (int)."
    assert check_off_bias(-200).message.startswith("b = -200 does switch the neuron off (z = -84, a = 0)")
    try:
        set_language("zh")
        assert check_batch_z(5.0).message == "形状应为 (3,)，你给的是单个数（形状 ()）。"
        flat_zh = "X_new @ w_house + b_house 给每套房子一个数，结果应是 3 个数的一维数组。"
        assert check_batch_z(np.ones(2)).hint == flat_zh
        assert check_batch_z(lesson01.expected_batch_z() + 1000).message == "3 个值都不对。"
        assert check_house_neuron(5).message == "这里需要两个数，写成 (z, a)；你给的是一个整数 (int)。"
        assert check_off_bias(-200).message.startswith("b = −200 确实能关掉神经元（z = −84，a = 0）")
        assert check_off_bias(-116).message == "就是 −116。"
        assert "x₁ = 100，x₂ = 8，w₁ = 1.2，w₂ = 5" in neuron_explorer().children[0].value
    finally:
        set_language("en")


def test_checks_and_widget_speak_chinese():
    try:
        set_language("zh")
        too_low = check_off_bias(-150)
        assert too_low.status == "wrong"
        assert CJK.search(too_low.message) and CJK.search(too_low.hint)
        assert "z = −34" in too_low.message  # the English edition's numbers, with a real minus sign
        assert "还没有作答" in repr(check_house_neuron(...))
        assert "漏掉了偏置" in check_neuron_function(lambda x, w, b: relu(np.dot(w, x))).hint
        assert check_batch_z(lesson01.expected_batch_z()).correct

        widget = neuron_explorer()
        question = widget.children[0].value
        assert CJK.search(question) and "？" in question
        assert CJK.search(widget.controls["b"].description)
        labels = {value: label for label, value in widget.controls["activation"].options}
        assert CJK.search(labels["linear"]) and labels["relu"] == "ReLU"
        assert "开着" in widget.readout.value and readout_value(widget, "a") == 180
        widget.controls["b"].value = -160.0
        assert "关着" in widget.readout.value and readout_value(widget, "a") == 0
        widget.controls["activation"].value = "sigmoid"
        assert "50%" in plain(widget.readout.value) and CJK.search(widget.readout.value)
    finally:
        set_language("en")
    english = neuron_explorer()
    assert not CJK.search(english.readout.value + english.children[0].value)
    assert not CJK.search(check_off_bias(-150).message)


# --------------------------------------------------------------------------- the lesson's text


def test_a_weights_size_means_little_without_its_inputs_size():
    """Section 3: the larger weight (location, 5) brings the smaller part (40 against the area's 120)."""
    parts = {"area": HOUSE["w1"] * HOUSE["x1"], "location": HOUSE["w2"] * HOUSE["x2"]}
    assert HOUSE["w2"] > HOUSE["w1"] and parts["area"] > parts["location"]
    assert parts == pytest.approx({"area": 120.0, "location": 40.0})
    for folder in ("", "zh"):
        cells = read(NOTEBOOKS / folder / "01_neuron.ipynb").cells
        printed = "".join(o.get("text", "") for c in cells if c.cell_type == "code" for o in c.outputs)
        assert "w1 * x1 = 120" in printed and "w2 * x2 = 40" in printed
        cell = next(
            source(c) for c in cells if "means little on its own" in source(c) or "说明不了什么" in source(c)
        )
        assert "120" in cell and "40" in cell and "06" in cell and "07" in cell


def test_predict_cross_check_is_its_own_cell_with_its_python_folded():
    """C4: the list-comprehension check and the predict cross-check are two steps; the dictionary,
    reshape and ravel details sit in an optional fold."""
    cells = read(NOTEBOOKS / "01_neuron.ipynb").cells
    code = [i for i, c in enumerate(cells) if c.cell_type == "code"]
    loop = next(i for i in code if "for house in X" in source(cells[i]))
    check = next(i for i in code if "predict(X, params" in source(cells[i]))
    assert check > loop and "predict" not in source(cells[loop])
    note = source(cells[check - 1])
    assert "<summary>Optional" in note and ".ravel()" in note.split("<details>")[1]
    assert ".ravel()" not in note.split("<details>")[0]  # the visible part stays short
