"""Lesson 05, backpropagation and gradient descent: the valley, its widget, and the exercise checks."""

from __future__ import annotations

import re
import statistics

import matplotlib.pyplot as plt
import numpy as np
import pytest

from helpers.activations import relu_derivative, sigmoid
from helpers.checks import Verdict
from helpers.exercises import lesson05 as ex
from helpers.gradcheck import gradient_check, numerical_derivative
from helpers.house import HOUSE_ACTIVATIONS, source_backward, source_setup
from helpers.i18n import set_language
from helpers.losses import binary_cross_entropy
from helpers.network import backward, forward
from helpers.optimizers import gradient_descent_step
from helpers.widgets.descent import (
    CENTRE,
    REGIMES,
    classify,
    descent_explorer,
    descent_path,
    describe,
    gap_factor,
    loss,
    plot_regimes,
    slope,
)

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
    assert classify(descent_path(lr, 20)) == regime


def test_the_answers_block_numbers():
    """'What you should see': the last notch below 1 (about 0.977) still settles; at 1 w jumps between 0 and 6."""
    np.testing.assert_allclose(descent_path(1.0, 4), [0.0, 6.0, 0.0, 6.0, 0.0])
    slider = descent_explorer().controls["lr"]
    exponents = np.round(np.arange(slider.min, slider.max + slider.step / 2, slider.step), 10)
    notches = 10.0**exponents
    below, above = notches[notches < 1], notches[notches > 1]
    assert np.isclose(notches, 1.0).any()  # the slider has a notch at exactly 1
    assert f"{below.max():.3f}" == "0.977"
    assert classify(descent_path(below.max(), 20)) == "overshoot"
    assert classify(descent_path(above.min(), 20)) == "diverge"


def test_the_widget_at_the_last_notch_below_one(widget):
    widget.controls["lr"].value = 10**-0.01
    assert "Regime: overshoot" in widget.readout.value
    assert "η = 0.977" in widget.readout.value


def test_regime_does_not_depend_on_the_number_of_steps():
    for lr in (0.02, 0.3, 0.9, 1.0, 1.05):
        assert len({classify(descent_path(lr, steps)) for steps in (1, 5, 100)}) == 1


def test_a_steeper_valley_lowers_the_limit():
    assert classify(descent_path(0.3, 20, steepness=5.0)) == "diverge"
    assert classify(descent_path(0.19, 20, steepness=5.0)) == "overshoot"
    assert classify(descent_path(0.2, 20, steepness=5.0)) == "oscillate"


def test_starting_at_the_bottom_stays_there():
    path = descent_path(0.7, 5, start=CENTRE)
    assert np.all(path == CENTRE) and classify(path) == "converge"


@pytest.mark.parametrize(
    "kwargs", [{"lr": 0.0, "steps": 5}, {"lr": -0.1, "steps": 5}, {"lr": 0.1, "steps": -1}, {"lr": 0.1, "steps": 2.5}]
)
def test_bad_settings_are_explained(kwargs):
    with pytest.raises(ValueError, match="learning rate|steps"):
        descent_path(**kwargs)


def test_a_path_needs_a_step():
    with pytest.raises(ValueError, match="at least two"):
        classify(np.array([0.0]))


def test_the_largest_path_stays_finite_and_quiet():
    """The slider's largest lr for the most steps: huge numbers, but no overflow warning."""
    path = descent_path(10**0.1, 100)
    assert np.all(np.isfinite(path)) and classify(path) == "diverge"


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


def test_widget_redraws_fast(widget):
    rng = np.random.default_rng(0)
    for exponent in rng.uniform(-3, 0.1, 30):
        widget.controls["lr"].value = float(10**exponent)
    for steps in rng.integers(1, 101, 10):
        widget.controls["steps"].value = int(steps)
    times = widget.render_seconds[1:]
    assert len(times) >= 30
    assert statistics.median(times) < 0.25, f"median redraw {statistics.median(times) * 1000:.0f} ms"


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
        z = forward(X, params, ex.ACTIVATIONS)[1]["Z1"]
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
        assert verdict.status == "wrong" and CJK.search(verdict.message) and "W1, b1" in verdict.message
        assert CJK.search(ex.check_my_backward(backward).message)
        widget = descent_explorer(lr=0.1, steps=20)
        assert CJK.search(widget.children[0].value)  # the question
        assert all(CJK.search(control.description) for control in widget.controls.values())
        text = widget.readout.value
        assert CJK.search(text) and "converge" in text and "w = 2.965" in text  # the regime keeps its English name
        widget.controls["lr"].value = 1.05
        assert "diverge" in widget.readout.value and "20.182" in widget.readout.value
        for lr, steps in [(0.01, 1), (0.9, 20), (1.0, 5)]:
            assert CJK.search(describe(lr, steps)[1])
    finally:
        set_language("en")
    assert "Regime: converge" in descent_explorer().readout.value
