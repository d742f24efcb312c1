"""Lesson 05, backpropagation and gradient descent: the valley, its widget, and the exercise checks."""

from __future__ import annotations

import re

import matplotlib.pyplot as plt
import numpy as np
import pytest

from helpers.activations import relu_derivative, sigmoid
from helpers.checks import Verdict
from helpers.exercises import lesson05 as ex
from helpers.gradcheck import gradient_check, numerical_derivative, numerical_gradient, relative_error
from helpers.house import HOUSE_ACTIVATIONS, source_backward, source_setup
from helpers.i18n import set_language, t
from helpers.losses import binary_cross_entropy, half_mse
from helpers.network import backward, forward, predict
from helpers.optimizers import gradient_descent_step
from helpers.plots import draw_backprop_graph
from helpers.valley import CENTRE, REGIMES, descent_path, gap_factor, loss, regime_of, slope
from helpers.widgets import backprop as bp
from helpers.widgets.descent import descent_explorer, describe, plot_regimes

# ------------------------------------------------------------------ the valley and its paths


@pytest.mark.parametrize("steepness", [1.0, 5.0, 0.3])
@pytest.mark.parametrize("w", [-2.0, 0.0, 1.0, 3.0, 4.5, 8.0])
def test_slope_is_the_derivative_of_the_loss(w, steepness):
    measured = numerical_derivative(lambda v: float(loss(v, steepness)), w)
    assert float(slope(w, steepness)) == pytest.approx(measured, abs=1e-6)


def test_the_valley_is_lowest_at_three():
    assert float(loss(CENTRE)) == 1.0
    assert float(slope(CENTRE)) == 0.0
    assert float(loss(1.0)) == 5.0 and float(slope(1.0)) == -4.0


def test_the_sources_step_gives_1_95():
    new = gradient_descent_step({"w": np.array(2.0)}, {"w": np.array(0.5)}, 0.1)["w"]
    assert float(new) == pytest.approx(1.95)


@pytest.mark.parametrize("lr", [0.01, 0.1, 0.3, 0.9, 1.0, 1.05])
@pytest.mark.parametrize("steepness", [1.0, 5.0])
def test_path_follows_the_update_rule(lr, steepness):
    path = descent_path(lr, 12, steepness=steepness)
    assert path.shape == (13,) and path[0] == 0.0
    for w, w_next in zip(path[:-1], path[1:]):
        assert w_next == pytest.approx(w - lr * float(slope(w, steepness)), rel=1e-12, abs=1e-12)
    # On a parabola each step multiplies the gap by 1 - 2 * steepness * lr.
    factor = 1 - 2 * steepness * lr
    expected = CENTRE + factor ** np.arange(13) * (0.0 - CENTRE)
    np.testing.assert_allclose(path, expected, rtol=1e-9, atol=1e-9)
    assert gap_factor(path) == pytest.approx(factor)


def test_first_steps_by_hand():
    np.testing.assert_allclose(descent_path(0.1, 3), [0.0, 0.6, 1.08, 1.464])


@pytest.mark.parametrize(
    ("lr", "regime"),
    [
        (0.001, "crawl"),
        (0.01, "crawl"),
        (0.02, "crawl"),
        (0.04, "crawl"),
        (0.06, "converge"),
        (0.1, "converge"),
        (0.3, "converge"),
        (0.5, "converge"),
        (0.6, "overshoot"),
        (0.9, "overshoot"),
        (0.977, "overshoot"),
        (1.0, "oscillate"),
        (1.023, "diverge"),
        (1.05, "diverge"),
        (1.26, "diverge"),
    ],
)
def test_regimes_follow_the_gap_factor(lr, regime):
    assert regime_of(descent_path(lr, 20)) == regime


def test_the_answers_block_numbers():
    """'What you should see': the last notch below 1 (about 0.977) still settles; at 1 w jumps between 0 and 6."""
    np.testing.assert_allclose(descent_path(1.0, 4), [0.0, 6.0, 0.0, 6.0, 0.0])
    slider = descent_explorer().controls["lr"]
    exponents = np.round(np.arange(slider.min, slider.max + slider.step / 2, slider.step), 10)
    notches = 10.0**exponents
    below, above = notches[notches < 1], notches[notches > 1]
    assert np.isclose(notches, 1.0).any()  # the slider has a notch at exactly 1
    assert f"{below.max():.3f}" == "0.977"
    assert regime_of(descent_path(below.max(), 20)) == "overshoot"
    assert regime_of(descent_path(above.min(), 20)) == "diverge"


def test_the_widget_at_the_last_notch_below_one(widget):
    widget.controls["lr"].value = 10**-0.01
    assert "Regime: overshoot" in widget.readout.value
    assert "η = 0.977" in widget.readout.value


@pytest.mark.parametrize("lr", [0.02, 0.3, 0.9, 1.0, 1.05])
def test_the_regime_named_from_the_first_step_describes_the_whole_path(lr):
    """regime_of reads one step; the next 29 steps must do what that regime's name says."""
    path = descent_path(lr, 30)  # short enough that no gap rounds to exactly 0
    regime, gaps = regime_of(path), path - CENTRE
    shrinking = np.diff(np.abs(gaps))
    if regime == "diverge":
        assert np.all(shrinking > 0)
    elif regime == "oscillate":
        assert np.allclose(shrinking, 0)
    else:
        assert np.all(shrinking < 0)
    jumps = np.sign(gaps[1:]) != np.sign(gaps[:-1])  # w lands on the other side of the bottom
    assert jumps.all() if regime in ("overshoot", "oscillate", "diverge") else not jumps.any()


def test_a_steeper_valley_lowers_the_limit():
    assert regime_of(descent_path(0.3, 20, steepness=5.0)) == "diverge"
    assert regime_of(descent_path(0.19, 20, steepness=5.0)) == "overshoot"
    assert regime_of(descent_path(0.2, 20, steepness=5.0)) == "oscillate"


def test_starting_at_the_bottom_stays_there():
    path = descent_path(0.7, 5, start=CENTRE)
    assert np.all(path == CENTRE) and regime_of(path) == "converge"


@pytest.mark.parametrize(
    "kwargs", [{"lr": 0.0, "steps": 5}, {"lr": -0.1, "steps": 5}, {"lr": 0.1, "steps": -1}, {"lr": 0.1, "steps": 2.5}]
)
def test_bad_settings_are_explained(kwargs):
    with pytest.raises(ValueError, match="learning rate|steps"):
        descent_path(**kwargs)


def test_a_path_needs_a_step():
    with pytest.raises(ValueError, match="at least two"):
        regime_of(np.array([0.0]))


def test_the_largest_path_stays_finite_and_quiet():
    """The slider's largest lr for the most steps: huge numbers, but no overflow warning."""
    path = descent_path(10**0.1, 100)
    assert np.all(np.isfinite(path)) and regime_of(path) == "diverge"


def test_static_figure_names_each_regime():
    fig = plot_regimes((0.02, 0.3, 0.9, 1.05), steps=20)
    try:
        titles = [ax.get_title() for ax in fig.axes]
        assert titles == ["η = 0.02: crawl", "η = 0.3: converge", "η = 0.9: overshoot", "η = 1.05: diverge"]
    finally:
        plt.close(fig)
    with pytest.raises(ValueError, match="four"):
        plot_regimes((0.1, 0.2))


# ------------------------------------------------------------------ the widget


def _numbers(text: str) -> list[float]:
    return [float(x) for x in re.findall(r"-?\d+\.?\d*(?:e[+-]?\d+)?", text.replace("\u2212", "-"))]


@pytest.fixture
def widget():
    return descent_explorer(lr=0.1, steps=20)


def test_widget_starts_with_the_default(widget):
    assert widget.values() == {"lr": 0.1, "steps": 20}
    assert "Regime: converge" in widget.readout.value
    assert widget.image.value[:4] == b"\x89PNG"


@pytest.mark.parametrize(
    ("lr", "regime"),
    [(0.01, "crawl"), (0.3, "converge"), (0.9, "overshoot"), (1.0, "oscillate"), (1.05, "diverge")],
)
def test_widget_names_the_regime(widget, lr, regime):
    before = widget.image.value
    widget.controls["lr"].value = lr
    assert f"Regime: {regime}" in widget.readout.value
    assert widget.image.value != before


def test_widget_reports_the_numbers_of_one_step(widget):
    widget.controls["steps"].value = 1
    text = widget.readout.value
    assert "1 step." in text
    assert "w = 0.600" in text and "loss = 6.760" in text  # 0 - 0.1 * 2 * (0 - 3) = 0.6
    assert "by <b>0.80</b>" in text  # the gap factor 1 - 2 * 0.1


def test_widget_reacts_to_the_number_of_steps(widget):
    before = (widget.readout.value, widget.image.value)
    widget.controls["steps"].value = 60
    assert "After 60 steps" in widget.readout.value
    assert (widget.readout.value, widget.image.value) != before


def test_widget_explains_overshoot_with_a_negative_factor(widget):
    widget.controls["lr"].value = 0.9
    assert "by <b>\u22120.80</b>" in widget.readout.value
    assert "other side" in widget.readout.value


def test_widget_clips_a_diverging_path(widget):
    widget.controls["lr"].value = 1.05
    text = widget.readout.value
    assert "leaves the picture at step 5" in text
    assert "grew from 3.000 to 20.182" in text


def test_widget_handles_the_extremes(widget):
    for lr, steps in [(10**0.1, 100), (10**-3, 100), (10**-3, 1), (10**0.1, 1)]:
        widget.controls["lr"].value = lr
        widget.controls["steps"].value = steps
        assert "Regime:" in widget.readout.value
        assert all(np.isfinite(_numbers(widget.readout.value)))


def test_crawl_progress_is_reported(widget):
    widget.controls["lr"].value = 0.01
    widget.controls["steps"].value = 20
    # 1 - 0.98 ** 20 = 33.2% of the gap closed
    assert "shrunk by 33.2%" in widget.readout.value


# ------------------------------------------------------------------ the lesson's numbers


def test_source_bug_gives_the_predicted_relative_error():
    """Dividing by m twice: every relative error is (m - 1) / (m + 1)."""
    X, y, params = source_setup()
    for m in (3, 100):
        result = gradient_check(X[:m], y[:m], params, HOUSE_ACTIVATIONS, backward_fn=source_backward)
        for error in result.errors.values():
            assert error == pytest.approx((m - 1) / (m + 1), abs=1e-6)
        assert gradient_check(X[:m], y[:m], params, HOUSE_ACTIVATIONS).passed


# ------------------------------------------------------------------ exercise checks


def test_step_check():
    assert ex.check_gradient_step(...).status == "unanswered"
    assert ex.check_gradient_step("1.0").status == "invalid"
    assert ex.check_gradient_step(0.5 - 0.1 * 2 * (0.5 - 3)).correct
    assert ex.check_gradient_step(np.array(1.0)).correct
    uphill = ex.check_gradient_step(0.0)
    assert uphill.status == "wrong" and "uphill" in uphill.hint
    assert "learning rate" in ex.check_gradient_step(5.5).hint
    assert "2(w − 3)" in ex.check_gradient_step(0.75).hint
    assert ex.check_gradient_step(1.2).status == "wrong"


def test_regime_check():
    assert ex.check_steep_regime(...).status == "unanswered"
    assert ex.check_steep_regime("diverge").correct
    assert ex.check_steep_regime(" Diverge ").correct
    assert ex.check_steep_regime("converge").status == "wrong"
    assert "steep" in ex.check_steep_regime("converge").hint
    assert ex.check_steep_regime("explode").status == "invalid"
    assert ex.check_steep_regime(3).status == "invalid"
    for regime in REGIMES:
        assert isinstance(ex.check_steep_regime(regime), Verdict)


@pytest.mark.parametrize("y", [0.0, 1.0])
@pytest.mark.parametrize("z", [-6.0, -2.0, -0.3, 0.0, 1.5, 4.0])
def test_bce_slope_is_output_minus_label(z, y):
    """The lesson's derivation: for a sigmoid output with cross-entropy, dL/dz = sigmoid(z) - y."""
    measured = numerical_derivative(lambda t: binary_cross_entropy(sigmoid(t), y), z)
    assert float(ex.bce_slope_reference(z, y)) == pytest.approx(measured, abs=1e-7)
    a = sigmoid(z)
    chain = (-y / a + (1 - y) / (1 - a)) * a * (1 - a)  # the two links, before they simplify
    assert float(chain) == pytest.approx(float(ex.bce_slope_reference(z, y)), abs=1e-12)


def test_lessons_bce_numbers():
    """The worked numbers of the cross-entropy section: z = -2, y = 1."""
    a = float(sigmoid(-2.0))
    assert f"{a:.3f}" == "0.119"
    assert f"{float(ex.bce_slope_reference(-2.0, 1.0)):.3f}" == "-0.881"
    assert f"{(a - 1) * a * (1 - a):.3f}" == "-0.092"


def test_bce_slope_check():
    assert ex.check_bce_slope(...).status == "unanswered"
    assert ex.check_bce_slope(lambda z, y: ...).status == "unanswered"
    assert ex.check_bce_slope(0.5).status == "invalid"
    assert ex.check_bce_slope(lambda z, y: sigmoid(z) - y).correct

    def chain(z, y):
        a = sigmoid(z)
        return (-y / a + (1 - y) / (1 - a)) * a * (1 - a)

    assert ex.check_bce_slope(chain).correct
    flipped = ex.check_bce_slope(lambda z, y: y - sigmoid(z))
    assert flipped.status == "wrong" and "sign is flipped" in flipped.hint
    assert "sigmoid first" in ex.check_bce_slope(lambda z, y: z - y).hint
    assert "squared error" in ex.check_bce_slope(lambda z, y: (sigmoid(z) - y) * sigmoid(z) * (1 - sigmoid(z))).hint
    assert "dL/da" in ex.check_bce_slope(lambda z, y: -y / sigmoid(z) + (1 - y) / (1 - sigmoid(z))).hint
    assert "da/dz" in ex.check_bce_slope(lambda z, y: sigmoid(z) * (1 - sigmoid(z))).hint
    assert ex.check_bce_slope(lambda z, y: 0.5 + 0 * z).status == "wrong"
    assert ex.check_bce_slope(lambda z, y: [1, 2, 3]).status == "invalid"
    one_argument = ex.check_bce_slope(lambda z: sigmoid(z))
    assert one_argument.status == "wrong" and "TypeError" in one_argument.message
    raised = ex.check_bce_slope(lambda z, y: undefined_name)  # noqa: F821
    assert raised.status == "wrong" and "NameError" in raised.message


def _fixed(y, cache, params, activations, loss="half_mse"):
    X, a_hidden, y_hat = cache["A0"], cache["A1"], cache["A2"]
    m = y.shape[0]
    delta_out = (y_hat - y) / m
    delta_hidden = (delta_out @ params["W2"].T) * relu_derivative(cache["Z1"])
    return {
        "W1": X.T @ delta_hidden,
        "b1": delta_hidden.sum(axis=0, keepdims=True),
        "W2": a_hidden.T @ delta_out,
        "b2": delta_out.sum(axis=0, keepdims=True),
    }


def _no_relu_slope(y, cache, params, activations, loss="half_mse"):
    grads = _fixed(y, cache, params, activations, loss)
    delta_hidden = ((cache["A2"] - y) / y.shape[0]) @ params["W2"].T
    grads["W1"] = cache["A0"].T @ delta_hidden
    grads["b1"] = delta_hidden.sum(axis=0, keepdims=True)
    return grads


def test_check_networks_have_switched_off_units():
    """Without some negative z in the hidden layer, a missing ReLU slope would go unnoticed."""
    for X, _, params in ex._networks():
        z = forward(X, params, ex.BACKWARD_ACTIVATIONS)[1]["Z1"]
        assert (z < 0).any() and (z > 0).any()


def test_backward_check_passes_correct_passes():
    assert ex.check_my_backward(backward).correct
    assert ex.check_my_backward(_fixed).correct


def test_backward_check_catches_the_missing_relu_slope():
    verdict = ex.check_my_backward(_no_relu_slope)
    assert verdict.status == "wrong"
    assert "fails for W1, b1" in verdict.message and "W2, b2 pass" in verdict.message
    assert "hidden layer" in verdict.hint


def test_backward_check_catches_the_sources_double_division():
    verdict = ex.check_my_backward(source_backward)
    assert verdict.status == "wrong"
    assert "fails for W1, b1, W2, b2" in verdict.message
    assert "division by m" in verdict.hint


def test_backward_check_explains_bad_answers():
    assert ex.check_my_backward(...).status == "unanswered"
    assert ex.check_my_backward(lambda *args: None).status == "unanswered"
    assert ex.check_my_backward(np.zeros(3)).status == "invalid"
    assert ex.check_my_backward(lambda *args: [1, 2]).status == "invalid"
    missing = ex.check_my_backward(lambda *args: {"W1": np.zeros((2, 3))})
    assert missing.status == "invalid" and "b1" in missing.message

    def transposed(*args):
        return {k: v.T for k, v in _fixed(*args).items()}

    shapes = ex.check_my_backward(transposed)
    assert shapes.status == "invalid" and "shape" in shapes.message
    raised = ex.check_my_backward(lambda *args: 1 / 0)
    assert raised.status == "wrong" and "ZeroDivisionError" in raised.message


def test_backward_check_is_not_fooled_by_an_answer_that_changes_its_inputs():
    """The check hands the answer copies, so changing them cannot spoil the numerical side."""

    def untidy(y, cache, params, activations, loss="half_mse"):
        grads = _fixed(y, cache, params, activations, loss)
        for value in params.values():
            value *= 0  # changes the arrays it was given, in place
        return grads

    assert ex.check_my_backward(untidy).correct


# ------------------------------------------------------------------ in Chinese

CJK = re.compile(r"[\u3400-\u9fff]")


def test_checks_and_widget_speak_chinese():
    """set_language("zh"): verdicts, hints, the widget's question, labels and readout are Chinese; numbers stay."""
    try:
        set_language("zh")
        uphill = ex.check_gradient_step(0.0)
        assert uphill.status == "wrong" and CJK.search(uphill.message) and CJK.search(uphill.hint)
        steep = ex.check_steep_regime("converge")
        assert CJK.search(steep.hint) and "η = 0.3" in steep.hint
        assert CJK.search(repr(ex.check_bce_slope(lambda z, y: y - sigmoid(z))))
        verdict = ex.check_my_backward(_no_relu_slope)
        assert verdict.status == "wrong" and CJK.search(verdict.message) and "W1、b1 上" in verdict.message  # P2
        assert "W1：" in verdict.message and ", " not in verdict.message
        assert CJK.search(ex.check_my_backward(backward).message)
        widget = descent_explorer(lr=0.1, steps=20)
        assert CJK.search(widget.children[0].value)  # the question
        assert all(CJK.search(control.description) for control in widget.controls.values())
        text = widget.readout.value
        assert "情形：收敛" in text and "w = 2.965" in text and "converge" not in text  # the regime's Chinese name
        widget.controls["lr"].value = 1.05
        assert "情形：发散" in widget.readout.value and "20.182" in widget.readout.value
        widget.controls["lr"].value = 0.9
        assert "−0.8" in widget.readout.value  # a real minus sign (P3)
        for lr, steps in [(0.01, 1), (0.9, 20), (1.0, 5)]:
            assert CJK.search(describe(lr, steps)[1])
    finally:
        set_language("en")
    assert "Regime: converge" in descent_explorer().readout.value


# ------------------------------------------------------------------ one house, number by number (section 6)


def test_the_walk_house_has_round_numbers_and_one_switched_off_unit():
    w = bp.walk()
    np.testing.assert_allclose(w.z, [1.0, -0.5, 0.5])
    np.testing.assert_allclose(w.a, [1.0, 0.0, 0.5])
    assert w.y_hat == pytest.approx(1.5) and w.loss == pytest.approx(0.125)
    assert (w.z <= 0).sum() == 1  # exactly one inactive ReLU unit: h2


def test_one_house_gradients_are_the_single_number_formulas():
    """The lesson's one-house formulas, written out with single numbers, equal helpers.network.backward."""
    w = bp.walk()
    x1, x2 = w.x
    delta_out = w.y_hat - w.y
    delta = delta_out * w.v * (w.z > 0)
    assert w.delta_out == pytest.approx(delta_out)
    np.testing.assert_allclose(w.delta, delta)
    np.testing.assert_allclose(w.grads["W2"][:, 0], delta_out * w.a)
    assert w.grads["b2"][0, 0] == pytest.approx(delta_out)
    np.testing.assert_allclose(w.grads["W1"], [x1 * delta, x2 * delta])
    np.testing.assert_allclose(w.grads["b1"][0], delta)
    x, y, params = bp.walk_house()
    for name in params:
        def loss_at(value, name=name):
            return half_mse(predict(x, {**params, name: value}, bp.WALK_ACTIVATIONS), y)

        np.testing.assert_allclose(w.grads[name], numerical_gradient(loss_at, params[name]), atol=1e-8)


def test_the_answer_blocks_zero_gradients_all_belong_to_h2():
    """'What you should see': four gradients are 0, all at h2 (z2 = -0.5, v2 = -0.5 itself is not 0)."""
    w = bp.walk()
    zeros = [(name, idx) for name, g in w.grads.items() for idx in zip(*np.nonzero(g == 0))]
    assert sorted(zeros) == [("W1", (0, 1)), ("W1", (1, 1)), ("W2", (1, 0)), ("b1", (0, 1))]
    assert w.z[1] == -0.5 and w.v[1] == -0.5


def test_graph_numbers_follow_the_chain_rule():
    w = bp.walk()
    values, grads = bp.graph_numbers(w, unit=1)
    assert values["z"] == pytest.approx(values["p1"] + values["p2"] + values["b"])
    assert values["y_hat"] == pytest.approx(values["av"] + values["rest"] + values["c"])

    # dL/da1, the one gradient the graph adds, measured by nudging a1 with everything else fixed
    def loss_of_a(a1):
        return 0.5 * (w.v[0] * a1 + values["rest"] + w.c - w.y) ** 2

    assert grads["a"] == pytest.approx(numerical_derivative(loss_of_a, w.a[0]), abs=1e-7)
    assert grads["z"] == pytest.approx(grads["a"] * (w.z[0] > 0))
    assert grads["w1"] == pytest.approx(grads["z"] * w.x[0]) and grads["w2"] == pytest.approx(grads["z"] * w.x[1])
    with pytest.raises(ValueError, match="unit"):
        bp.graph_numbers(w, unit=4)


def test_graph_figure_shows_values_and_gradients():
    fig = draw_backprop_graph(*bp.graph_numbers(bp.walk(), unit=1))
    try:
        texts = {text.get_text() for text in fig.axes[0].texts}
        for expected in ["z₁ = 1", "a₁ = 1", "ŷ = 1.5", "L = 0.125", "ReLU", "×", "+", "w₂₁ = 1", "g = 0.125",
                         "g = 0.25", "g = 0.5", "v₂a₂ + v₃a₃ = 0.5", "c = 0.5"]:  # fmt: skip
            assert expected in texts, expected
    finally:
        plt.close(fig)
    with pytest.raises(ValueError, match="no number for"):
        draw_backprop_graph({"x1": 1.0}, {})
    with pytest.raises(ValueError, match="unknown keys"):
        draw_backprop_graph(bp.graph_numbers(bp.walk())[0], {"nope": 1.0})


def test_the_fully_annotated_diagram():
    fig = bp.draw_walk()
    try:
        texts = [text.get_text() for text in fig.axes[0].texts]
        for expected in ["δ = 0.25", "δ = 0", "δ = 0.5", "∂L/∂c = 0.5", "0.125", "y = 1\nL = 0.125"]:
            assert expected in texts, expected
    finally:
        plt.close(fig)


def test_the_walk_has_one_step_per_computation():
    step_list = bp.steps(bp.walk())
    phases = [s.phase for s in step_list]
    assert phases == ["start"] + ["forward"] * 5 + ["backward"] * 11
    text = " ".join(s.formula for s in step_list)
    for name in ["z₁", "z₂", "z₃", "ŷ =", "L =", "δ<sub>out</sub> =", "∂L/∂v₁", "∂L/∂v₂", "∂L/∂v₃", "∂L/∂c", "δ₁ =",
                 "δ₂ =", "δ₃ =", "∂L/∂w₁₁", "∂L/∂w₂₁", "∂L/∂b₁", "∂L/∂w₁₂", "∂L/∂w₂₂", "∂L/∂b₂", "∂L/∂w₁₃",
                 "∂L/∂w₂₃", "∂L/∂b₃"]:  # fmt: skip
        assert name in text, name


@pytest.fixture
def stepper():
    return bp.backprop_stepper()


def test_stepper_starts_at_the_house(stepper):
    assert stepper.controls["step"].value == 0
    assert "Step 0 of 16" in stepper.readout.value
    assert "area x₁ = 1" in stepper.readout.value
    assert stepper.image.value[:4] == b"\x89PNG"
    assert stepper.buttons["back"].description == "◀ Back" and stepper.buttons["next"].description == "Next ▶"


def test_stepper_after_clicks(stepper):
    images = {stepper.image.value}
    for _ in range(2):
        stepper.buttons["next"].click()
        images.add(stepper.image.value)
    assert stepper.controls["step"].value == 2
    text = stepper.readout.value
    assert "Step 2 of 16" in text and "forward pass" in text
    assert "z₂ = w₁₂·x₁ + w₂₂·x₂ + b₂ = (−1) × 1 + 1 × 0.5 + 0 = <b>−0.5</b>" in text
    assert "switched off" in text
    for _ in range(10):
        stepper.buttons["next"].click()
        images.add(stepper.image.value)
    text = stepper.readout.value
    assert "Step 12 of 16" in text and "backward pass" in text
    assert "δ₂ = δ<sub>out</sub> × v₂ × ReLU′(z₂) = 0.5 × (−0.5) × 0 = <b>0</b>" in text
    stepper.buttons["back"].click()
    assert stepper.controls["step"].value == 11 and "δ₁ =" in stepper.readout.value
    assert len(images) == 13  # every step looks different


def test_stepper_ends_with_every_gradient(stepper):
    seen = []
    for _ in range(20):  # more clicks than steps: it stops at the last one
        stepper.buttons["next"].click()
        seen.append(stepper.readout.value)
    assert stepper.controls["step"].value == 16
    assert "Step 16 of 16" in seen[-1]
    assert "Done: you have seen every gradient of the network computed once." in seen[-1]
    w = bp.walk()
    text = " ".join(seen)
    for j in range(3):
        k = bp._s(j + 1)
        dv = bp.fmt(w.grads["W2"][j, 0])
        assert f"∂L/∂v{k} = δ<sub>out</sub> × a{k} = 0.5 × {bp._p(w.a[j])} = <b>{dv}</b>" in text
        assert f"∂L/∂b{k} = δ{k} = <b>{bp.fmt(w.grads['b1'][0, j])}</b>" in text
        for i in range(2):
            assert f"∂L/∂w{bp._s(i + 1, j + 1)} = " in text and f"<b>{bp.fmt(w.grads['W1'][i, j])}</b>" in text
    for _ in range(20):
        stepper.buttons["back"].click()
    assert stepper.controls["step"].value == 0


def test_stepper_lights_what_each_step_computes(stepper):
    stepper.controls["step"].value = 14  # the gradients of the weights into h1
    diagram = stepper.diagram
    assert len(diagram.lit_lines.get_segments()) == 2
    assert [text.get_text() for text in diagram.lit_weights] == ["0.5", "1"]
    assert diagram.grad_texts[0, 0, 0].get_text() == "0.25" and diagram.grad_texts[0, 1, 0].get_text() == "0.125"
    assert diagram.grad_texts[0, 0, 2].get_text() == ""  # h3's come later


def test_stepper_in_chinese():
    set_language("zh")
    try:
        widget = bp.backprop_stepper()
        assert widget.buttons["back"].description == "◀ 上一步" and widget.buttons["next"].description == "下一步 ▶"
        widget.controls["step"].value = 16
        assert "第 16 步（共 16 步）" in widget.readout.value
        assert t("Done: you have seen every gradient of the network computed once.") in widget.readout.value
        assert "完成" in widget.readout.value
    finally:
        set_language("en")


# ------------------------------------------------------------------ all houses at once (section 7) and the referee (8)


def test_batch_gradient_is_the_mean_of_one_house_gradients():
    x, _, params = bp.walk_house()
    X = np.vstack([x, [[-0.5, 1.0], [0.8, -1.2]]])
    y = np.array([[1.0], [0.5], [2.0]])
    _, cache = forward(X, params, bp.WALK_ACTIVATIONS)
    batch = backward(y, cache, params, bp.WALK_ACTIVATIONS)
    act = bp.WALK_ACTIVATIONS
    singles = [backward(y[[i]], forward(X[[i]], params, act)[1], params, act) for i in range(3)]
    for name in params:
        np.testing.assert_allclose(batch[name], np.mean([g[name] for g in singles], axis=0))
    assert (cache["Z1"][:, 1] > 0).any()  # h2 is switched on for some house of the batch


def test_relative_error_of_unrelated_and_opposite_gradients():
    """Section 8: up to 1 for opposite directions; two unrelated gradients of equal length give about 0.71."""
    a, b = np.array([1.0, 0.0]), np.array([0.0, 1.0])
    assert f"{relative_error(a, b):.2f}" == "0.71"
    assert relative_error(a, -a) == pytest.approx(1.0)


def test_regime_check_accepts_the_chinese_names():
    assert ex.check_steep_regime("发散").correct
    assert ex.check_steep_regime(" 发散 ").correct
    wrong = ex.check_steep_regime("收敛")
    assert wrong.status == "wrong" and "steep" in wrong.hint
    for chinese in ex.REGIME_ALIASES:
        assert ex.check_steep_regime(chinese).status in ("correct", "wrong")


def test_chinese_regime_names_titles_and_answers():
    """In Chinese: the panel titles and regime_name say 爬行…; exercise 05.2 answers a Chinese answer in Chinese."""
    from helpers.widgets.descent import regime_name

    assert [regime_name(r) for r in REGIMES] == list(REGIMES)  # English: the code's own words
    try:
        set_language("zh")
        assert [regime_name(r) for r in REGIMES] == ["爬行", "收敛", "冲过头", "振荡", "发散"]
        fig = plot_regimes((0.02, 0.3, 0.9, 1.05), steps=20)
        titles = [ax.get_title() for ax in fig.axes]
        assert titles == ["η = 0.02：爬行", "η = 0.3：收敛", "η = 0.9：冲过头", "η = 1.05：发散"]
        plt.close(fig)
        wrong = ex.check_steep_regime("收敛")
        assert wrong.status == "wrong" and "收敛" in wrong.message and "converge" not in wrong.message
        assert "η = 0.3" in wrong.hint
        assert ex.check_steep_regime("发散").correct and ex.check_steep_regime("diverge").correct
        blank = ex.check_steep_regime(...)
        assert "爬行、收敛" in blank.message and "crawl" not in blank.message
    finally:
        set_language("en")
    with pytest.raises(ValueError):
        regime_name("explode")


def test_gradient_check_result_reads_as_chinese():
    """P9: the repr lists the parts as 「W1：…，b1：…」 in Chinese, "W1: …, b1: …" in English."""
    from helpers.gradcheck import GradCheckResult, listed

    result = GradCheckResult({"W1": 0.67, "b1": 0.5})
    assert repr(result) == "Gradient check FAILED (largest relative error 6.7e-01; W1: 6.7e-01, b1: 5.0e-01)"
    assert listed([]) == "" and listed(["a"]) == "a"
    try:
        set_language("zh")
        assert repr(result) == "梯度检验未通过（最大相对误差 6.7e-01；W1：6.7e-01，b1：5.0e-01）"
    finally:
        set_language("en")
