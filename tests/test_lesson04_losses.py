"""Lesson 04, loss functions: the lesson's numbers, its widget and its exercise checks."""

from __future__ import annotations

import re

import matplotlib.pyplot as plt
import numpy as np
import pytest

from helpers.activations import sigmoid
from helpers.exercises import lesson04 as ex
from helpers.gradcheck import numerical_derivative
from helpers.house import train_source_example
from helpers.losses import (
    EPSILON,
    binary_cross_entropy,
    half_mse,
    half_mse_gradient,
    mse,
    mse_gradient,
)
from helpers.widgets.losses import (
    BCE_TOP,
    Y_HAT_GRID,
    cross_entropy,
    describe,
    loss_curves,
    loss_explorer,
    squared_error,
)
from notebook_tools import NOTEBOOKS, read, source

HOUSES_TRUE = np.array([200.0, 150.0, 310.0])
HOUSES_PRED = np.array([180.0, 160.0, 340.0])

# ------------------------------------------------------------------ the lesson's numbers


def test_worked_mse_of_three_houses():
    assert mse(HOUSES_PRED, HOUSES_TRUE) == pytest.approx(1400 / 3)
    assert half_mse(HOUSES_PRED, HOUSES_TRUE) == pytest.approx(700 / 3)


def test_outlier_takes_most_of_the_loss():
    outlier = np.array([180.0, 160.0, 410.0])
    squares = (outlier - HOUSES_TRUE) ** 2
    assert mse(outlier, HOUSES_TRUE) == pytest.approx(3500.0)
    assert round(squares[2] / squares.sum(), 2) == 0.95


def test_mean_does_not_grow_with_the_data_but_the_sum_does():
    misses = np.random.default_rng(0).normal(0.0, 20.0, size=10)
    many = np.tile(misses, 100)
    assert np.sum(many**2) == pytest.approx(100 * np.sum(misses**2))
    assert np.mean(many**2) == pytest.approx(np.mean(misses**2))


def test_half_moves_no_minimum_and_the_learning_rate_absorbs_it():
    grid = np.linspace(150.0, 250.0, 201)
    full = [mse(np.array([p]), np.array([200.0])) for p in grid]
    half = [half_mse(np.array([p]), np.array([200.0])) for p in grid]
    assert grid[np.argmin(full)] == grid[np.argmin(half)] == 200.0
    np.testing.assert_allclose(mse_gradient(HOUSES_PRED, HOUSES_TRUE), 2 * half_mse_gradient(HOUSES_PRED, HOUSES_TRUE))
    step_full = HOUSES_PRED - 0.1 * mse_gradient(HOUSES_PRED, HOUSES_TRUE)
    step_half = HOUSES_PRED - 0.2 * half_mse_gradient(HOUSES_PRED, HOUSES_TRUE)
    np.testing.assert_allclose(step_full, step_half)


def test_plain_mse_of_the_source_is_twice_its_half_mse():
    half = train_source_example().final_loss
    assert round(half, 1) == 223.6
    assert round(2 * half, 1) == 447.2


def test_worked_cross_entropy():
    labels, predictions = np.array([1.0, 0.0, 1.0]), np.array([0.9, 0.2, 0.6])
    per_photo = -np.log([0.9, 0.8, 0.6])
    np.testing.assert_allclose(per_photo, [0.105, 0.223, 0.511], atol=5e-4)
    assert binary_cross_entropy(predictions, labels) == pytest.approx(per_photo.mean())
    assert round(binary_cross_entropy(predictions, labels), 3) == 0.280
    # Swapped arguments still give a number, but a meaningless, much larger one.
    assert binary_cross_entropy(labels, predictions) > 20 * binary_cross_entropy(predictions, labels)


def test_confident_wrong_answer_table():
    rows = {0.9: 0.105, 0.5: 0.693, 0.1: 2.303, 0.01: 4.605, 0.001: 6.908}
    for y_hat, expected in rows.items():
        assert cross_entropy(y_hat, 1) == pytest.approx(expected, abs=5e-4)
        assert squared_error(y_hat, 1) <= 1.0


def test_squared_error_slope_vanishes_but_cross_entropy_slope_does_not():
    """The optional section: slopes with respect to z for a cat behind a sigmoid."""
    cat = np.array([1.0])
    for z in [0.0, -2.0, -5.0, -8.0]:
        slope_ce = numerical_derivative(lambda t: binary_cross_entropy(sigmoid(np.array([t])), cat), z)
        assert slope_ce == pytest.approx(float(sigmoid(z)) - 1.0, abs=1e-6)  # y_hat - y
    slope_se = numerical_derivative(lambda t: mse(sigmoid(np.array([t])), cat), -8.0)
    assert abs(slope_se) < 1e-3


def test_log_zero_naive_and_guarded():
    def naive(y_hat, y):
        return -np.mean(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))

    with np.errstate(divide="ignore", invalid="ignore"):
        assert np.isposinf(naive(np.array([0.0]), np.array([1.0])))
        assert np.isnan(naive(np.array([1.0]), np.array([1.0])))
    assert float(sigmoid(40.0)) == 1.0
    guarded = binary_cross_entropy(np.array([0.0]), np.array([1.0]))
    assert guarded == pytest.approx(-np.log(EPSILON))
    assert round(guarded, 1) == 27.6
    assert binary_cross_entropy(np.array([1.0]), np.array([1.0])) == pytest.approx(0.0, abs=1e-9)


# ------------------------------------------------------------------ the widget's helpers


def test_loss_curves_come_from_helpers():
    for y in (0, 1):
        xs, sq, ce = loss_curves(y)
        assert xs is Y_HAT_GRID
        assert sq.max() == pytest.approx(1.0) and sq.min() == pytest.approx(0.0)
        assert np.all(np.isfinite(ce))
        k = 37
        assert sq[k] == pytest.approx(mse(np.array([xs[k]]), np.array([float(y)])))
        assert ce[k] == pytest.approx(binary_cross_entropy(np.array([xs[k]]), np.array([float(y)])))
    # Mirror images: the loss for a dog at ŷ is the loss for a cat at 1 - ŷ.
    np.testing.assert_allclose(loss_curves(0)[2], loss_curves(1)[2][::-1], rtol=1e-5)  # 1 - 1e-12 is not exact


@pytest.mark.parametrize(
    "y_hat, y, words",
    [
        (0.7, 1, ["0.090", "0.357", "ŷ = 0.70", "(right)"]),
        (0.3, 0, ["0.090", "0.357", "1 − ŷ = 0.70", "(right)"]),
        (0.2, 1, ["0.640", "1.609", "(wrong)"]),
        (0.5, 0, ["0.250", "0.693", "(undecided)"]),
        (0.0, 1, ["1.000", "27.631", "exactly 0", "1e-12"]),
        (1.0, 0, ["1.000", "27.631", "exactly 0"]),
        (1.0, 1, ["0.000", "both losses are 0"]),
    ],
)
def test_describe(y_hat, y, words):
    text = describe(y_hat, y)
    for word in words:
        assert word in text, (word, text)


# ------------------------------------------------------------------ the widget


@pytest.fixture
def widget():
    w = loss_explorer()
    yield w
    plt.close("all")


def numbers(text: str) -> list[float]:
    return [float(x) for x in re.findall(r"<b>(-?\d+\.\d+)</b>", text)]


def test_widget_starts_at_a_fairly_sure_cat(widget):
    assert numbers(widget.readout.value) == pytest.approx([0.09, 0.357], abs=5e-4)
    assert widget.image.value[:4] == b"\x89PNG"


@pytest.mark.parametrize("name, value", [("y_hat", 0.2), ("y", 0)])
def test_widget_reacts_to_each_control(widget, name, value):
    before_text, before_image = widget.readout.value, widget.image.value
    widget.controls[name].value = value
    assert widget.readout.value != before_text
    assert widget.image.value != before_image


@pytest.mark.parametrize("y", [0, 1])
@pytest.mark.parametrize("y_hat", [0.0, 0.05, 0.37, 0.5, 0.93, 1.0])
def test_widget_readout_matches_helpers(widget, y, y_hat):
    widget.controls["y"].value = y
    widget.controls["y_hat"].value = y_hat
    target = np.array([float(y)])
    expected = [mse(np.array([y_hat]), target), binary_cross_entropy(np.array([y_hat]), target)]
    assert numbers(widget.readout.value) == pytest.approx(expected, abs=5e-4)


def test_widget_question_cross_entropy_passes_two(widget):
    """Slide ŷ down from 1 with y = 1: the cross-entropy passes 2 between 0.14 and 0.13."""
    passed = None
    for k in range(100, -1, -1):
        widget.controls["y_hat"].value = k / 100
        ce = numbers(widget.readout.value)[1]
        if ce > 2:
            passed = k / 100
            break
    assert passed == pytest.approx(0.13)
    assert numbers(widget.readout.value)[1] == pytest.approx(2.040, abs=5e-4)
    widget.controls["y_hat"].value = 0.14
    assert numbers(widget.readout.value)[1] == pytest.approx(1.966, abs=5e-4)
    # Exactly at e^-2 the cross-entropy is 2, and the squared error about 0.75.
    crossing = np.exp(-2.0)
    assert cross_entropy(crossing, 1) == pytest.approx(2.0)
    assert round(crossing, 3) == 0.135 and round(squared_error(crossing, 1), 2) == 0.75
    # The mirror image for a dog.
    assert round(1 - crossing, 3) == 0.865 and cross_entropy(1 - crossing, 0) == pytest.approx(2.0)
    # At exactly 0: the squared error is 1, the cross-entropy the guard's finite value.
    widget.controls["y_hat"].value = 0.0
    assert numbers(widget.readout.value) == pytest.approx([1.0, 27.631], abs=5e-4)


def test_widget_panels_follow_the_controls(widget):
    squared, entropy = widget.panels["squared"], widget.panels["cross_entropy"]
    widget.controls["y_hat"].value = 0.25
    x, y = squared.dot.get_data()
    assert x[0] == pytest.approx(0.25) and y[0] == pytest.approx(0.5625)
    x, y = entropy.dot.get_data()
    assert y[0] == pytest.approx(-np.log(0.25)) and entropy.dot.get_marker() == "o"
    assert entropy.value.get_text() == f"{-np.log(0.25):.3f}"
    # Off the chart: a triangle on the top edge, the true value written beside it.
    widget.controls["y_hat"].value = 0.0
    x, y = entropy.dot.get_data()
    assert y[0] == BCE_TOP and entropy.dot.get_marker() == "^"
    assert entropy.value.get_text().startswith("27.631")
    # A new target swaps the curves and their titles.
    assert entropy.ax.get_title() == "−log ŷ"
    widget.controls["y"].value = 0
    assert entropy.ax.get_title() == "−log(1 − ŷ)" and squared.ax.get_title() == "(ŷ − 0)²"
    np.testing.assert_allclose(squared.curve.get_ydata(), Y_HAT_GRID**2)


# ------------------------------------------------------------------ exercise checks


def test_mse_check():
    answer = np.mean((ex.FORECASTS - ex.TEMPERATURES) ** 2)
    assert answer == pytest.approx(3.5)
    assert ex.check_mse(answer).correct
    assert ex.check_mse(3.5).correct
    assert ex.check_mse(...).status == "unanswered"
    assert ex.check_mse("3.5").status == "invalid"
    assert ex.check_mse([3.5, 1.0]).status == "invalid"
    for mistake, word in [(14.0, "Divide"), (1.75, "1/(2m)"), (0.0, "cancel"), (1.5, "average size")]:
        verdict = ex.check_mse(mistake)
        assert verdict.status == "wrong" and word in verdict.hint, (mistake, verdict)
    assert ex.check_mse(3.4).status == "wrong"


def test_bce_check():
    y, p = ex.LABELS, ex.PROBABILITIES
    answer = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    assert ex.check_bce(answer).correct
    assert ex.check_bce(round(answer, 3)).correct  # a hand-rounded answer is fine
    assert ex.check_bce(...).status == "unanswered"
    assert ex.check_bce("0.24").status == "invalid"
    cases = [
        (-answer, "minus sign"),
        (-np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)), "Divide"),
        (-np.mean(y * np.log(p)), "(1 - y)"),
        (-np.mean(np.log(p)), "dog"),
        (-np.mean(y * np.log10(p) + (1 - y) * np.log10(1 - p)), "natural"),
        (mse(p, y), "mean squared error"),
        (binary_cross_entropy(y, p), "swapped"),
        (np.inf, "swap"),
        (np.nan, "swap"),
    ]
    for mistake, word in cases:
        verdict = ex.check_bce(mistake)
        assert verdict.status == "wrong" and word in verdict.hint, (mistake, verdict)


def test_bce_check_swapped_roles_by_hand():
    y, p = ex.LABELS, ex.PROBABILITIES
    with np.errstate(divide="ignore", invalid="ignore"):
        swapped = -np.mean(p * np.log(y) + (1 - p) * np.log(1 - y))
    verdict = ex.check_bce(swapped)
    assert verdict.status == "wrong" and "swap" in verdict.hint


def test_loss_choice_check():
    assert ex.check_loss_choice(dict(ex.TASKS)).correct
    assert ex.check_loss_choice({k: v.upper() for k, v in ex.TASKS.items()}).correct  # any case
    assert ex.check_loss_choice(...).status == "unanswered"
    assert ex.check_loss_choice(dict.fromkeys(ex.TASKS, ...)).status == "unanswered"
    assert ex.check_loss_choice({**ex.TASKS, "spam": ...}).status == "unanswered"
    assert ex.check_loss_choice("mse").status == "invalid"
    missing = ex.check_loss_choice({"house_price": "mse"})
    assert missing.status == "invalid" and "cat_or_dog" in missing.message
    unknown = ex.check_loss_choice({**ex.TASKS, "temperature": "mae"})
    assert unknown.status == "invalid" and "temperature" in unknown.message
    regression = ex.check_loss_choice({**ex.TASKS, "house_price": "binary_cross_entropy"})
    assert regression.status == "wrong" and "house_price" in regression.message and "any value" in regression.hint
    classification = ex.check_loss_choice({**ex.TASKS, "cat_or_dog": "mse"})
    assert classification.status == "wrong" and "cat_or_dog" in classification.message
    assert "probability" in classification.hint


def test_half_mse_gradient_check():
    y_hat, y = ex.HOUSE_PREDICTIONS, ex.HOUSE_PRICES
    answer = (y_hat[0] - y[0]) / len(y)
    assert answer == pytest.approx(-5.0)
    assert answer == pytest.approx(half_mse_gradient(y_hat, y)[0])

    # The slope the check expects is the measured slope of half_mse with respect to ŷ₁.
    def loss_of_first(v):
        return half_mse(np.concatenate([[v], y_hat[1:]]), y)

    assert numerical_derivative(loss_of_first, y_hat[0]) == pytest.approx(answer, abs=1e-6)
    assert ex.check_half_mse_gradient(answer).correct
    assert ex.check_half_mse_gradient(...).status == "unanswered"
    assert ex.check_half_mse_gradient("-5").status == "invalid"
    for mistake, word in [
        (-20.0, "divided by m"),
        (5.0, "sign"),
        (-10.0, "without the 1/2"),
        (2.5, "all houses"),
        (50.0, "share"),
        (-40.0, "half version"),
    ]:
        verdict = ex.check_half_mse_gradient(mistake)
        assert verdict.status == "wrong" and word in verdict.hint, (mistake, verdict)


# ------------------------------------------------------------------ the Chinese edition

CJK = re.compile(r"[\u3400-\u9fff]")


def test_loss_choice_and_number_verdicts_in_both_languages():
    assert ex.check_loss_choice("mse").message == "Expected a dictionary {task: loss}, got text (str)."
    right = ex.check_loss_choice(dict(ex.TASKS))
    assert right.message == "Numbers that can be anything: mse. Yes/no answers: binary_cross_entropy."
    assert ex.check_half_mse_gradient(-20.0).message == "-20 is not it."
    assert "1e-12" in describe(0.0, 1)
    from helpers.i18n import set_language

    try:
        set_language("zh")
        assert ex.check_loss_choice("mse").message == "这里需要一个字典 {任务: 损失函数}，你给的是文字 (str)。"
        assert repr(ex.check_loss_choice(dict(ex.TASKS))) == (
            "✔ 答对了：可以取任意值的数用 mse，“是/否”的答案用 binary_cross_entropy。"
        )
        assert ex.check_half_mse_gradient(-20.0).message == "−20 不是正确答案。"
        assert "10⁻¹²" in describe(0.0, 1) and "1e-12" not in describe(0.0, 1)
    finally:
        set_language("en")


def test_checks_and_widget_speak_chinese():
    """With set_language("zh") the verdicts, the widget's question, labels and readout are Chinese."""
    from helpers.i18n import set_language

    try:
        set_language("zh")
        for verdict in [
            ex.check_mse(14.0),  # a mistake with its own hint
            ex.check_bce(np.inf),
            ex.check_loss_choice({**ex.TASKS, "cat_or_dog": "mse"}),
            ex.check_loss_choice("mse"),
            ex.check_half_mse_gradient(-20.0),
        ]:
            assert CJK.search(verdict.message) and CJK.search(verdict.hint or verdict.message), verdict
        assert CJK.search(repr(ex.check_half_mse_gradient(...)))
        assert "−3" in ex.check_mse(0.0).hint  # P3: a real minus sign
        two_missing = ex.check_loss_choice({"house_price": "mse", "spam": "mse"})
        assert "'cat_or_dog'、'temperature'" in two_missing.message  # P2: 、 between listed items
        assert "（房子 1 的斜率）" in ex.check_half_mse_gradient(...).message
        w = loss_explorer()
        question = w.children[0].value
        assert "问题：" in question and CJK.search(question.split("</strong>")[1])
        assert CJK.search(w.controls["y_hat"].description) and CJK.search(w.controls["y"].description)
        assert [label for label, _ in w.controls["y"].options] == ["y = 1（猫）", "y = 0（狗）"]
        assert [ax.get_ylabel() for ax in w.figure.axes] == ["平方误差", "交叉熵"]  # the axis names too
        assert "判断对了" in w.readout.value and "猫" in w.readout.value
        assert numbers(w.readout.value) == pytest.approx([0.09, 0.357], abs=5e-4)  # the numbers stay
        w.controls["y_hat"].value = 0.0
        assert "正好是 0" in w.readout.value and "10⁻¹²" in w.readout.value
        for y_hat, y in [(0.7, 1), (0.3, 0), (0.5, 1), (0.2, 1), (0.0, 0), (1.0, 1)]:
            text = describe(y_hat, y)
            assert CJK.search(text) and ". " not in text, text  # no English sentence left
    finally:
        set_language("en")
        plt.close("all")
    assert "(right)" in describe(0.7, 1)  # English again


# ------------------------------------------------------------------ the lesson's text


def test_root_mean_squared_error_is_the_typical_miss():
    """P7: the MSE of the worked example is in thousands squared; its root, 21.6, lies among the misses."""
    y_true, y_pred = np.array([200.0, 150.0, 310.0]), np.array([180.0, 160.0, 340.0])
    rmse = float(np.sqrt(mse(y_pred, y_true)))
    misses = np.abs(y_pred - y_true)
    assert f"{rmse:.1f}" == "21.6"
    assert misses.min() < rmse < misses.max()
    outputs = "".join(
        o.get("text", "") for c in read(NOTEBOOKS / "04_losses.ipynb").cells if c.cell_type == "code" for o in c.outputs
    )
    assert "root mean squared error = 21.6" in outputs


def test_chinese_terms_in_lesson_04():
    """误差 for every miss (never 偏差), 代价 only in the gloss of section 1, 半均方误差 named in section 3."""
    cells = [source(c) for c in read(NOTEBOOKS / "zh" / "04_losses.ipynb").cells if c.cell_type == "markdown"]
    assert not any("偏差" in text for text in cells)
    assert [i for i, text in enumerate(cells) if "代价" in text] == [1]
    section3 = next(i for i, text in enumerate(cells) if text.startswith("## 3."))
    first = next(i for i, text in enumerate(cells) if "半均方误差" in text)
    assert first == section3 and "**半均方误差**" in cells[section3]
    assert not any("带 ½ 的均方误差" in text or "带 ½ 的 MSE" in text or "½ 版本" in text for text in cells)
