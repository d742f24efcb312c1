"""Lesson 02: the activation widgets, their helper functions, and the exercise checks."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import numpy as np
import pytest

from helpers import activations as act
from helpers.exercises import lesson02
from helpers.gradcheck import numerical_derivative
from helpers.i18n import set_language
from helpers.widgets import activations as widgets

# ----------------------------------------------------------------------------- the lesson's facts


def test_the_lessons_numbers():
    """The numbers the notebook teaches, computed with helpers."""
    assert float(act.sigmoid_derivative(0.0)) == 0.25
    assert float(act.tanh_derivative(0.0)) == 1.0
    assert float(act.sigmoid(2.0)) == pytest.approx(0.881, abs=5e-4)
    assert float(act.sigmoid_derivative(2.0)) == pytest.approx(0.105, abs=5e-4)
    assert float(act.tanh_derivative(2.0)) == pytest.approx(0.071, abs=5e-4)
    assert float(act.sigmoid(2.44)) == pytest.approx(0.92, abs=5e-3)  # "92% likely a cat"
    best = float(act.sigmoid_derivative(0.0))
    assert [best**n for n in (1, 5, 10)] == pytest.approx([0.25, 0.000977, 9.54e-7], rel=1e-3)


def test_ten_sigmoid_layers_are_the_first_below_one_millionth():
    """The answer to the second widget's question: 10."""
    products = widgets.slope_products("sigmoid", 0.0, 20)
    first_below = int(np.argmax(products < 1e-6)) + 1
    assert first_below == 10


NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "02_activations.ipynb"
NOTEBOOK_ZH = NOTEBOOK.parent / "zh" / NOTEBOOK.name


def answer_blocks(path: Path = NOTEBOOK, summary: str = "What you should see") -> list[str]:
    """The notebook's "What you should see" blocks (你应该看到 in the Chinese edition), in order."""
    nb = nbformat.read(path, as_version=4)
    return [c.source for c in nb.cells if c.cell_type == "markdown" and summary in c.source]


def test_slope_widget_answers():
    """Every number in the first widget's answers, read from the widget itself."""
    w = widgets.activation_explorer()
    w.controls["z"].value = 0.0
    assert "σ′(0.0) = 0.250" in w.readout.value
    w.controls["z"].value = 6.0
    assert "σ′(6.0) = 0.00247" in w.readout.value
    assert float(act.sigmoid_derivative(6.0)) == pytest.approx(0.0025, abs=5e-5)
    expected = {  # z -> the readout's slope for sigmoid, tanh, ReLU
        0.0: ["σ′(0.0) = 0.250", "tanh′(0.0) = 1.000", "ReLU′(0.0) = 0."],
        2.0: ["σ′(2.0) = 0.105", "tanh′(2.0) = 0.0707", "ReLU′(2.0) = 1.000"],
        -2.0: ["σ′(-2.0) = 0.105", "tanh′(-2.0) = 0.0707", "ReLU′(-2.0) = 0."],
    }
    for z, texts in expected.items():
        for name, text in zip(["sigmoid", "tanh", "relu"], texts, strict=True):
            w.controls["function"].value = name
            w.controls["z"].value = z
            assert text in w.readout.value, (name, z, w.readout.value)
    block = answer_blocks()[0]
    for text in [
        "0.25",
        "about 0.0025",
        "0.00247",
        "| 0 | 0.250 | 1.000 | 0 ",
        "| 2 | 0.105 | 0.0707 | 1.000 |",
        "| −2 | 0.105 | 0.0707 | 0 |",
    ]:
        assert text in block


def test_gradient_widget_answers():
    """Every number in the second widget's answers, read from the widget itself."""
    w = widgets.vanishing_gradient_explorer()
    w.controls["layers"].value = 9
    assert "3.81e-06" in w.readout.value and "still above one millionth" in w.readout.value
    w.controls["layers"].value = 10
    assert "9.54e-07" in w.readout.value and "below one millionth" in w.readout.value
    assert 0.25**10 == pytest.approx(9.5e-7, rel=1e-2)
    for z in np.arange(-60, 61) / 10:  # at any other z, 10 layers or fewer
        assert lesson02.layers_until_below(float(act.sigmoid_derivative(z)), 1e-6) <= 10

    w.controls["activation"].value = "tanh"
    w.controls["z"].value = 1.0
    assert "tanh′(1.0) = 0.420" in w.readout.value
    w.controls["layers"].value = 15
    assert "2.23e-06" in w.readout.value and "still above one millionth" in w.readout.value
    w.controls["layers"].value = 16
    assert "9.37e-07" in w.readout.value and "below one millionth" in w.readout.value
    assert lesson02.layers_until_below(float(act.tanh_derivative(1.0)), 1e-6) == 16
    w.controls["z"].value = 0.0
    assert "undiminished" in w.readout.value  # tanh'(0) = 1

    w.controls["activation"].value = "relu"
    w.controls["z"].value = 2.0
    w.controls["layers"].value = 20
    assert "1.000<sup>20</sup> = 1.000" in w.readout.value
    w.controls["z"].value = -2.0
    w.controls["layers"].value = 1
    assert "Nothing is left" in w.readout.value

    block = answer_blocks()[1]
    for text in ["10 layers", "3.81·10⁻⁶", "9.5·10⁻⁷", "0.420", "15 layers 2.23·10⁻⁶", "16 layers 9.37·10⁻⁷"]:
        assert text in block


def test_two_linear_layers_collapse_into_one():
    rng = np.random.default_rng(2)
    X = rng.normal(size=(5, 2))
    W1, b1 = rng.normal(size=(2, 3)), rng.normal(size=3)
    W2, b2 = rng.normal(size=(3, 1)), rng.normal(size=1)
    assert np.allclose((X @ W1 + b1) @ W2 + b2, X @ (W1 @ W2) + (b1 @ W2 + b2))
    assert not np.allclose(act.relu(X @ W1 + b1) @ W2 + b2, X @ (W1 @ W2) + (b1 @ W2 + b2))


def test_tanh_is_a_stretched_sigmoid():
    z = np.linspace(-10, 10, 41)
    assert np.allclose(act.tanh(z), 2 * act.sigmoid(2 * z) - 1)


# ----------------------------------------------------------------------------- widget helpers


@pytest.mark.parametrize("name", widgets.FUNCTIONS)
@pytest.mark.parametrize("z", [-3.0, -0.7, 0.4, 2.5])
def test_tangent_line_has_the_numerical_slope(name, z):
    function, _ = act.get_activation(name)
    ts, ys = widgets.tangent_line(name, z)
    slope = (ys[1] - ys[0]) / (ts[1] - ts[0])
    assert slope == pytest.approx(numerical_derivative(function, z), abs=1e-6)
    middle = (ys[0] + ys[1]) / 2  # the line passes through (z, f(z))
    assert middle == pytest.approx(float(function(z)))


@pytest.mark.parametrize("name", widgets.FUNCTIONS)
def test_slope_products_are_powers_of_the_slope(name):
    function, derivative = act.get_activation(name)
    products = widgets.slope_products(name, 0.8, 6)
    slope = numerical_derivative(function, 0.8)
    assert products.shape == (6,)
    assert np.allclose(products, slope ** np.arange(1, 7), rtol=1e-6)


def test_slope_products_reject_bad_input():
    with pytest.raises(ValueError, match="Choose one of"):
        widgets.slope_products("softplus", 0.0, 3)  # softmax is a real activation since lesson 09
    with pytest.raises(ValueError, match="layers"):
        widgets.slope_products("relu", 0.0, 0)


@pytest.mark.parametrize(
    ("x", "text"), [(0, "0"), (0.25, "0.250"), (-0.96403, "-0.964"), (0.0024665, "0.00247"), (9.5367e-7, "9.54e-07")]
)
def test_number_formatting(x, text):
    assert widgets.number(x) == text


def test_log_ticks_and_labels():
    assert widgets.log_ticks(-7) == [0, -2, -4, -6]
    assert len(widgets.log_ticks(-53)) <= 7
    assert widgets.power_of_ten(0) == "1"
    assert widgets.power_of_ten(-12) == "10⁻¹²"


# ----------------------------------------------------------------------------- widget 1


def numbers_in(html: str) -> list[float]:
    return [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", re.sub(r"<[^>]+>", " ", html))]


def test_explorer_reacts_to_z_and_function():
    w = widgets.activation_explorer()
    assert "σ(2.0) = 0.881" in w.readout.value and "σ′(2.0) = 0.105" in w.readout.value
    before = w.image.value

    w.controls["z"].value = 0.0
    assert "σ′(0.0) = 0.250" in w.readout.value
    assert w.image.value != before

    w.controls["z"].value = 6.0
    assert "saturated" in w.readout.value
    assert "0.00247" in w.readout.value

    before = w.image.value
    w.controls["function"].value = "tanh"
    assert "tanh(6.0) = 1.000" in w.readout.value
    assert w.image.value != before

    w.controls["function"].value = "relu"
    w.controls["z"].value = -2.0
    assert "ReLU(-2.0) = 0," in w.readout.value and "ReLU′(-2.0) = 0." in w.readout.value
    assert "no signal passes back" in w.readout.value
    w.controls["z"].value = 3.0
    assert "ReLU(3.0) = 3.000" in w.readout.value and "ReLU′(3.0) = 1.000" in w.readout.value


# ----------------------------------------------------------------------------- widget 2


def test_gradient_widget_reacts_to_every_control():
    w = widgets.vanishing_gradient_explorer()
    assert "0.250<sup>5</sup> = 0.000977" in w.readout.value
    before = w.image.value

    w.controls["layers"].value = 9
    assert "3.81e-06" in w.readout.value and "still above one millionth" in w.readout.value
    assert w.image.value != before
    w.controls["layers"].value = 10
    assert "9.54e-07" in w.readout.value and "below one millionth" in w.readout.value

    before = w.image.value
    w.controls["z"].value = 2.0
    slope = float(act.sigmoid_derivative(2.0))
    assert f"{slope**10:.2e}" in w.readout.value
    assert w.image.value != before

    before = w.image.value
    w.controls["activation"].value = "relu"
    assert "1.000<sup>10</sup> = 1.000" in w.readout.value and "undiminished" in w.readout.value
    assert w.image.value != before
    w.controls["z"].value = -1.0
    assert "Nothing is left" in w.readout.value

    w.controls["activation"].value = "tanh"
    w.controls["z"].value = 1.0
    w.controls["layers"].value = 8
    assert numbers_in(w.readout.value)[-1] == pytest.approx(float(act.tanh_derivative(1.0)) ** 8, rel=1e-2)


# ----------------------------------------------------------------------------- exercise checks


def test_tanh_via_sigmoid_check():
    assert lesson02.check_tanh_via_sigmoid(lambda z: 2 * act.sigmoid(2 * z) - 1).correct
    forgot_2z = lesson02.check_tanh_via_sigmoid(lambda z: 2 * act.sigmoid(z) - 1)
    assert forgot_2z.status == "wrong" and "2z inside" in forgot_2z.hint
    no_minus = lesson02.check_tanh_via_sigmoid(lambda z: 2 * act.sigmoid(2 * z))
    assert no_minus.status == "wrong" and "subtract 1" in no_minus.hint
    assert lesson02.check_tanh_via_sigmoid(lambda z: z).status == "wrong"
    assert lesson02.check_tanh_via_sigmoid(lambda z: ...).status == "unanswered"
    assert lesson02.check_tanh_via_sigmoid(0.76).status == "invalid"
    assert lesson02.check_tanh_via_sigmoid(lambda z: np.zeros(3)).status == "invalid"


def test_activation_choice_check():
    assert lesson02.check_activation_choice({"output": "sigmoid", "hidden": "relu"}).correct
    assert lesson02.check_activation_choice({"output": " Sigmoid", "hidden": "ReLU"}).correct
    swapped = lesson02.check_activation_choice({"output": "relu", "hidden": "sigmoid"})
    assert swapped.status == "wrong" and "probability" in swapped.hint
    tanh_hidden = lesson02.check_activation_choice({"output": "sigmoid", "hidden": "tanh"})
    assert tanh_hidden.status == "wrong" and "slope" in tanh_hidden.hint
    assert lesson02.check_activation_choice({"output": ..., "hidden": ...}).status == "unanswered"
    assert lesson02.check_activation_choice({"output": "softmax", "hidden": "relu"}).status == "invalid"
    missing = lesson02.check_activation_choice({"output": "sigmoid"})
    assert missing.status == "invalid" and "'hidden'" in missing.message
    assert lesson02.check_activation_choice("sigmoid").status == "invalid"


def test_sigmoid_slope_check():
    s = float(act.sigmoid(-1.0))
    assert lesson02.check_sigmoid_slope(s * (1 - s)).correct
    assert lesson02.check_sigmoid_slope(0.197).correct  # rounded to 3 decimals is fine
    assert "value" in lesson02.check_sigmoid_slope(s).hint
    assert "not z itself" in lesson02.check_sigmoid_slope(-2.0).hint
    assert "z = 0" in lesson02.check_sigmoid_slope(0.25).hint
    assert lesson02.check_sigmoid_slope(0.3).status == "wrong"
    assert lesson02.check_sigmoid_slope(np.array([0.1, 0.2])).status == "invalid"


def test_tanh_layers_check():
    slope = float(act.tanh_derivative(1.0))
    assert slope**7 >= 1e-3 > slope**8  # the expected answer is 8, from helpers
    assert lesson02.check_tanh_layers(8).correct
    assert lesson02.check_tanh_layers(np.int64(8)).correct
    assert "One more layer" in lesson02.check_tanh_layers(7).hint
    assert "whole" in lesson02.check_tanh_layers(7.96).message
    assert lesson02.check_tanh_layers(3).status == "wrong"
    assert lesson02.check_tanh_layers(0).status == "wrong"
    assert lesson02.check_tanh_layers("8").status == "invalid"
    assert lesson02.check_tanh_layers(...).status == "unanswered"


def test_layers_until_below():
    assert lesson02.layers_until_below(0.25, 1e-6) == 10
    assert lesson02.layers_until_below(0.5, 0.2) == 3


# ----------------------------------------------------------------------------- the Chinese edition

CJK = re.compile(r"[\u3400-\u9fff]")
MODULES = [Path(lesson02.__file__), Path(widgets.__file__)]


def test_checks_and_widgets_speak_chinese():
    try:
        set_language("zh")
        value = lesson02.check_sigmoid_slope(float(act.sigmoid(-1.0)))
        assert value.status == "wrong" and "不是它的斜率" in value.hint and "还不对" in repr(value)
        swapped = lesson02.check_activation_choice({"output": "relu", "hidden": "relu"})
        assert swapped.message == "对是/否分类器的输出层来说，“relu”不是最好的选择。"
        assert "概率" in swapped.hint
        assert "给 'output' 用的函数名" in lesson02.check_activation_choice({"output": ..., "hidden": ...}).message
        assert "还缺 'hidden'" in lesson02.check_activation_choice({"output": "sigmoid"}).message
        eight = lesson02.check_tanh_layers(8)
        assert eight.correct and "0.420^8 = 0.000968，第一次低于 0.001" in eight.message
        assert "还差一层" in lesson02.check_tanh_layers(7).message

        explorer = widgets.activation_explorer()
        question = explorer.children[0].value
        assert "问题：" in question and "sigmoid 的斜率在哪里最大？" in question
        assert [c.description for c in explorer.controls.values()] == ["激活函数 f", "净输入 z"]
        assert "函数值 σ(2.0) = 0.881，斜率 σ′(2.0) = 0.105。" in explorer.readout.value
        explorer.controls["z"].value = 6.0
        assert "饱和" in explorer.readout.value and "0.000247" in explorer.readout.value

        gradient = widgets.vanishing_gradient_explorer(layers=10)
        assert CJK.search(gradient.children[0].value)
        assert "经过 10 层后：0.250<sup>10</sup> = 9.54e−07，<b>低于百万分之一</b>。" in gradient.readout.value
        gradient.controls["layers"].value = 1
        assert "经过 1 层后" in gradient.readout.value
    finally:
        set_language("en")
    back = widgets.vanishing_gradient_explorer(layers=10)
    assert "After 10 layers" in back.readout.value and "below one millionth" in back.readout.value
    assert lesson02.check_tanh_layers(7).message == "7 is one short."


def test_chinese_answer_blocks_hold_the_english_numbers():
    slope, layers = answer_blocks(NOTEBOOK_ZH, "你应该看到")
    for text in ["0.25", "0.0025", "0.00247", "| 2 | 0.105 | 0.0707 | 1.000 |", "| −2 | 0.105 | 0.0707 | 0 |"]:
        assert text in slope
    for text in ["10 层", "3.81·10⁻⁶", "9.5·10⁻⁷", "0.420", "15 层后还剩 2.23·10⁻⁶", "16 层后剩 9.37·10⁻⁷"]:
        assert text in layers


# ----------------------------------------------------------------------------- collapse, the V, weights


def test_two_single_neurons_collapse_into_one():
    """Section 1's numbers: w2 (w1 x + b1) + b2 = (w2 w1) x + (w2 b1 + b2), with w = 6 and b = -1."""
    w1, b1, w2, b2 = 2.0, 1.0, 3.0, -4.0
    w, b = w2 * w1, w2 * b1 + b2
    assert (w, b) == (6.0, -1.0)
    for x in [-2.0, 0.0, 1.5, 10.0]:
        assert w2 * (w1 * x + b1) + b2 == pytest.approx(w * x + b)


def test_relu_pair_draws_a_v_that_no_line_fits():
    """ReLU(x) + ReLU(-x) = |x|; the best straight line through it still misses by 0.85."""
    x = np.linspace(-1, 2, 31)
    v = act.relu(x) + act.relu(-x)
    assert np.allclose(v, np.abs(x))
    slope, intercept = np.polyfit(x, v, 1)
    assert round(float(np.abs(v - (slope * x + intercept)).max()), 2) == 0.85
    # polyfit's line is the least-squares line: no other line has a smaller sum of squared misses
    rng = np.random.default_rng(0)
    best = np.sum((v - (slope * x + intercept)) ** 2)
    for a, c in rng.normal(size=(50, 2)) * 0.1 + [slope, intercept]:
        assert np.sum((v - (a * x + c)) ** 2) >= best


def test_large_weights_make_the_gradient_explode():
    """w = 8 at z = 0: each sigmoid layer multiplies by 2; 1024 after 10 layers, 1.05e6 after 20."""
    products = widgets.slope_products("sigmoid", 0.0, 20, weight=8.0)
    assert products[0] == 2.0 and products[9] == 1024.0
    assert f"{products[19]:.2e}" == "1.05e+06"
    w = widgets.vanishing_gradient_explorer()
    before = w.image.value
    w.controls["weight"].value = 8.0
    w.controls["layers"].value = 10
    assert "w · σ′(0.0) = 8 × 0.250 = 2.000" in w.readout.value
    assert "2.000<sup>10</sup> = 1024" in w.readout.value and "explodes" in w.readout.value
    assert w.image.value != before
    w.controls["layers"].value = 20
    assert "= 1.05e+06" in w.readout.value
    w.controls["weight"].value = 1.0  # back to the slopes' share alone
    assert "0.250<sup>20</sup>" in w.readout.value and "below one millionth" in w.readout.value
    block = answer_blocks()[1]
    for text in ["w = 8", "8 × 0.25 = 2", "1024", "1.05·10⁶"]:
        assert text in block
    block_zh = answer_blocks(NOTEBOOK_ZH, "你应该看到")[1]
    for text in ["w = 8", "8 × 0.25 = 2", "1024", "1.05·10⁶"]:
        assert text in block_zh


def test_slope_products_with_a_weight():
    slope = float(act.tanh_derivative(0.5))
    np.testing.assert_allclose(widgets.slope_products("tanh", 0.5, 4, weight=3.0), (3 * slope) ** np.arange(1, 5))


def test_log_ticks_above_one():
    assert widgets.log_ticks(-7, 4) == [4, 2, 0, -2, -4, -6]
    assert len(widgets.log_ticks(-7, 19)) <= 7 and widgets.log_ticks(-7, 19)[0] >= 0


def test_chinese_readouts_use_the_real_minus_sign():
    """English readouts keep "-"; the Chinese catalogue turns it into "−" (U+2212)."""
    explorer = widgets.activation_explorer(function="tanh", z=-2.0)
    assert "tanh(-2.0) = -0.964" in explorer.readout.value
    try:
        set_language("zh")
        zh = widgets.activation_explorer(function="tanh", z=-2.0)
        assert "tanh(−2.0) = −0.964" in zh.readout.value and "-" not in re.sub(r"<[^>]+>", "", zh.readout.value)
        assert "z = −2" in zh.children[0].value
        gradient = widgets.vanishing_gradient_explorer(z=-1.0)
        assert "σ′(−1.0)" in gradient.readout.value
        assert "σ′(−1.0)" in gradient._render(gradient.values())[0].axes[0].get_title()
    finally:
        set_language("en")


def test_widget_figure_words_speak_the_language():
    """The tangent's legend and the gradient picture's axis labels: English templates, Chinese through t()."""
    from helpers.fonts import FAMILY

    def words(language):
        try:
            set_language(language)
            slope, layers = widgets.activation_explorer(), widgets.vanishing_gradient_explorer()
            legend = slope._render(slope.values())[0].axes[0].get_legend()
            ax = layers._render(layers.values())[0].axes[0]
            fonts = [legend.texts[1].get_fontfamily(), ax.xaxis.label.get_fontfamily(), ax.yaxis.label.get_fontfamily()]
            return [t.get_text() for t in legend.texts] + [ax.get_xlabel(), ax.get_ylabel()], fonts
        finally:
            set_language("en")

    english, _ = words("en")
    chinese, fonts = words("zh")
    assert english == ["σ(z)", "tangent", "layers n", "gradient left  (w·f′(z))ⁿ"]
    assert chinese == ["σ(z)", "切线", "层数 n", "剩下的梯度  (w·f′(z))ⁿ"]
    assert all(FAMILY in family for family in fonts)


def test_relu_corner_readout_in_both_languages():
    """ReLU at exactly z = 0 is the corner (slope taken as 0), not a flat stretch; z < 0 stays flat."""
    english = widgets.activation_explorer(function="relu", z=0.0)
    assert "z = 0 is the corner: <code>helpers</code> takes the slope there as 0." in english.readout.value
    assert "move it right and the output follows" in english.readout.value
    assert "flat" not in english.readout.value
    english.controls["z"].value = -2.0
    assert "The curve is flat here" in english.readout.value and "corner" not in english.readout.value
    try:
        set_language("zh")
        zh = widgets.activation_explorer(function="relu", z=0.0)
        assert (
            "z = 0 正好是拐角：<code>helpers</code> 在这里把斜率取作 0。z 往左挪，输出不动；往右挪，输出才跟着变。"
            in zh.readout.value
        )
        zh.controls["z"].value = -2.0
        assert "这里的曲线是平的" in zh.readout.value and "拐角" not in zh.readout.value
    finally:
        set_language("en")


def test_gradient_readout_numbers_use_the_languages_minus_sign():
    """The vanishing-gradient readout: 9.54e-07 in English, 9.54e−07 (U+2212) in Chinese, as in the slope widget."""
    english = widgets.vanishing_gradient_explorer(layers=10)
    assert "0.250<sup>10</sup> = 9.54e-07" in english.readout.value and "−" not in english.readout.value
    try:
        set_language("zh")
        zh = widgets.vanishing_gradient_explorer(activation="tanh", z=6.0, layers=2)
        text = re.sub(r"<[^>]+>", "", zh.readout.value)
        assert "−" in text and "-" not in text, text
        assert "−" in zh._render(zh.values())[0].axes[0].get_title()
        ten = widgets.vanishing_gradient_explorer(layers=10)
        assert "= 9.54e−07" in ten.readout.value and "e-07" not in ten.readout.value
    finally:
        set_language("en")
