"""Lesson 06, optimizers: the two-weight surface, its optimizer runs, the widget and the exercise checks."""

from __future__ import annotations

import re

import matplotlib.pyplot as plt
import numpy as np
import pytest

from helpers.data import Scaler, least_squares, make_house_prices
from helpers.exercises import lesson06 as ex
from helpers.gradcheck import numerical_gradient, relative_error
from helpers.i18n import set_language
from helpers.optimizers import Adam, decayed_learning_rate, gradient_descent_step, make_optimizer
from helpers.surfaces import BLOW_UP, house_surface, run_optimizer, updates_per_epoch
from helpers.widgets.optimizers import (
    EPOCHS,
    contour_levels,
    distance_left,
    draw_path,
    draw_surface,
    optimizer_explorer,
    surface,
)

RAW = house_surface(scaled=False)
SCALED = house_surface(scaled=True)

# ------------------------------------------------------------------ the surface


@pytest.mark.parametrize("s", [RAW, SCALED], ids=["raw", "scaled"])
def test_gradient_matches_numerical_gradient(s):
    rng = np.random.default_rng(0)
    for w in [np.zeros(2), s.best() + [0.3, -0.5], rng.normal(size=2) * 3]:  # not at the bottom, where g = 0
        numerical = numerical_gradient(s.loss, w, eps=1e-4 if not s.scaled else 1e-6)
        assert relative_error(s.gradient(w), numerical) < 1e-7
    # The gradient on a mini-batch is the slope of the loss on those rows alone.
    rows = np.array([3, 17, 42, 99])
    sub = type(s)(s.X[rows], s.y[rows], s.scaled, s.window)
    w = np.array([0.7, -0.4])
    assert relative_error(s.gradient(w, rows), numerical_gradient(sub.loss, w, eps=1e-6)) < 1e-7


@pytest.mark.parametrize("s", [RAW, SCALED], ids=["raw", "scaled"])
def test_grid_equals_loss(s):
    w1, w2 = np.linspace(-1, 2, 7), np.linspace(-2, 8, 5)
    grid = s.grid(w1, w2)
    assert grid.shape == (5, 7)
    for i, b in enumerate(w2):
        for j, a in enumerate(w1):
            assert grid[i, j] == pytest.approx(s.loss([a, b]), rel=1e-9)


def test_the_two_surfaces():
    X, y = make_house_prices(100, seed=42)
    np.testing.assert_array_equal(RAW.X, X)
    np.testing.assert_array_equal(RAW.y, y[:, 0])
    np.testing.assert_allclose(SCALED.X, Scaler.fit(X).transform(X))
    np.testing.assert_allclose(SCALED.X.mean(axis=0), 0, atol=1e-12)
    np.testing.assert_allclose(SCALED.X.std(axis=0), 1)
    assert SCALED.y.mean() == pytest.approx(0, abs=1e-12)
    # With standardised prices the best bias is 0: the two weights alone reach the least-squares line.
    w_line, b_line = least_squares(SCALED.X, SCALED.y.reshape(-1, 1))
    assert b_line == pytest.approx(0, abs=1e-12)
    np.testing.assert_allclose(SCALED.best(), w_line[:, 0])
    for s in (RAW, SCALED):
        assert np.allclose(s.gradient(s.best()), 0, atol=1e-9)
        assert s.best_loss() < s.loss(s.best() + [0.01, -0.01])
        w1_low, w1_high, w2_low, w2_high = s.window
        assert w1_low < 0 < w1_high and w2_low < 0 < w2_high  # the start is on the map
        assert w1_low < s.best()[0] < w1_high and w2_low < s.best()[1] < w2_high  # and so is the bottom


def test_lesson_numbers_of_the_surfaces():
    """What section 5 prints: the bottoms, and the largest learning rate that works."""
    np.testing.assert_allclose(RAW.best(), [1.342, 7.128], atol=5e-4)
    assert RAW.best_loss() == pytest.approx(33.5, abs=0.05)
    assert RAW.loss([0, 0]) == pytest.approx(6297, abs=0.5)
    assert RAW.largest_stable_lr() == pytest.approx(0.00061, abs=5e-6)
    assert SCALED.largest_stable_lr() == pytest.approx(1.93, abs=5e-3)
    assert SCALED.largest_stable_lr() / RAW.largest_stable_lr() == pytest.approx(3000, rel=0.1)


@pytest.mark.parametrize("s", [RAW, SCALED], ids=["raw", "scaled"])
def test_largest_stable_lr_is_the_edge(s):
    edge = s.largest_stable_lr()
    below = run_optimizer(s, "gd", 0.97 * edge, epochs=300)
    above = run_optimizer(s, "gd", 1.03 * edge, epochs=300)
    assert below.losses[-1] < below.losses[0]
    assert above.blew_up or above.losses[-1] > above.losses[0]


def test_updates_per_epoch():
    assert [updates_per_epoch(100, b) for b in (1, 8, 16, 32, 100, None)] == [100, 13, 7, 4, 1, 1]
    assert updates_per_epoch(250, 32) == 8
    for bad in (0, 101, 2.5):
        with pytest.raises(ValueError, match="batch_size"):
            updates_per_epoch(100, bad)


# ------------------------------------------------------------------ running an optimizer


def test_full_batch_gd_is_the_step_of_lesson_05():
    run = run_optimizer(RAW, "gd", lr=0.0005, epochs=5)
    w = np.zeros(2)
    for k in range(5):
        w = gradient_descent_step({"w": w}, {"w": RAW.gradient(w)}, 0.0005)["w"]
        np.testing.assert_allclose(run.points[k + 1], w)
    assert run.updates == 5 and len(run.points) == 6 and len(run.losses) == 6
    assert run.losses[0] == pytest.approx(RAW.loss([0, 0]))
    assert run.losses[-1] == pytest.approx(RAW.loss(run.final))


@pytest.mark.parametrize("batch_size, updates", [(None, 30), (32, 120), (8, 390), (1, 3000)])
def test_number_of_updates(batch_size, updates):
    run = run_optimizer(SCALED, "gd", lr=0.05, epochs=30, batch_size=batch_size)
    assert run.updates == updates and len(run.points) == updates + 1
    assert len(run.losses) == 31 and not run.blew_up


def test_runs_are_seeded():
    a = run_optimizer(SCALED, "adam", lr=0.01, epochs=3, batch_size=8, seed=0)
    b = run_optimizer(SCALED, "adam", lr=0.01, epochs=3, batch_size=8, seed=0)
    c = run_optimizer(SCALED, "adam", lr=0.01, epochs=3, batch_size=8, seed=1)
    np.testing.assert_array_equal(a.points, b.points)
    assert not np.array_equal(a.points, c.points)


def test_adam_first_step_moves_each_weight_by_lr():
    """On its first step Adam moves every weight by lr, whatever the size of its gradient."""
    run = run_optimizer(RAW, "adam", lr=0.1, epochs=1)
    g = RAW.gradient([0.0, 0.0])
    assert abs(g[0]) > 5 * abs(g[1])  # very different gradients...
    np.testing.assert_allclose(run.points[1], -0.1 * np.sign(g), rtol=1e-6)  # ...the same step


def test_blow_up_is_caught_without_warnings():
    with np.errstate(all="raise"):
        run = run_optimizer(RAW, "gd", lr=0.1, epochs=30)
    assert run.blew_up and run.updates < 10
    assert not np.abs(run.points[-1]).sum() < BLOW_UP


def test_bad_settings_raise():
    with pytest.raises(ValueError, match="lr"):
        run_optimizer(RAW, "gd", lr=0.0)
    with pytest.raises(ValueError, match="epochs"):
        run_optimizer(RAW, "gd", epochs=0)
    with pytest.raises(ValueError, match="batch_size"):
        run_optimizer(RAW, "gd", batch_size=500)
    with pytest.raises(ValueError, match="Unknown optimizer"):
        run_optimizer(RAW, "rmsprop")


# ------------------------------------------------------------------ the lesson's claims


def test_static_figures_numbers():
    """Sections 5 and 8: 30 full-batch steps on each map."""
    gd_raw = run_optimizer(RAW, "gd", lr=0.0005, epochs=30)
    assert round(100 * distance_left(RAW, gd_raw.final)) == 77
    gd_scaled = run_optimizer(SCALED, "gd", lr=0.5, epochs=30)
    assert round(100 * distance_left(SCALED, gd_scaled.final)) == 0
    momentum = run_optimizer(RAW, "momentum", lr=0.0003, epochs=30)
    adam = run_optimizer(RAW, "adam", lr=0.5, epochs=30)
    assert round(100 * distance_left(RAW, momentum.final)) == 26
    assert round(100 * distance_left(RAW, adam.final)) == 25


def test_raw_line_through_zero_loses_to_a_line_with_a_bias():
    """Section 5: on the raw houses the best line through 0 has loss 33.5, a line with a bias 12.3."""
    from helpers.data import least_squares
    from helpers.losses import half_mse

    X, y = make_house_prices(100, seed=42)
    w, b = least_squares(X, y)
    assert round(RAW.best_loss(), 1) == 33.5
    assert round(half_mse(X @ w + b, y), 1) == 12.3


def test_what_the_widget_question_finds():
    """The numbers in the notebook's answer block after the widget, "What you should see"."""
    left = lambda s, run: distance_left(s, run.final)  # noqa: E731
    # Scaling off, gradient descent, full batch: blows up (or grows) above ~0.0006.
    best_safe = run_optimizer(RAW, "gd", 10**-3.25, EPOCHS)  # 0.00056 on the slider
    assert not best_safe.blew_up
    assert round(best_safe.losses[0]) == 6297 and round(best_safe.losses[-1]) == 256
    assert round(100 * left(RAW, best_safe)) == 75
    too_big = run_optimizer(RAW, "gd", 10**-3.2, EPOCHS)  # 0.00063
    assert too_big.blew_up or too_big.losses[-1] > too_big.losses[0]
    # Scaling on: from about 0.15 to 1.8 within 1% of the star in 30 epochs; 7 epochs at 0.5.
    for lr in (0.16, 0.5, 1.0, 1.75):
        assert left(SCALED, run_optimizer(SCALED, "gd", lr, EPOCHS)) < 0.01
    for lr in (0.12, 1.9):
        assert left(SCALED, run_optimizer(SCALED, "gd", lr, EPOCHS)) > 0.01
    assert not run_optimizer(SCALED, "gd", 1.9, EPOCHS).blew_up
    walk = run_optimizer(SCALED, "gd", 0.5, EPOCHS)
    assert [distance_left(SCALED, p) < 0.01 for p in walk.points[6:8]] == [False, True]
    # Scaling off: momentum leaves about a quarter, Adam at 1 reaches the star.
    assert 0.2 < left(RAW, run_optimizer(RAW, "momentum", 10**-3.5, EPOCHS)) < 0.3
    assert round(100 * left(RAW, run_optimizer(RAW, "adam", 1.0, EPOCHS))) == 1
    # Batch size 8: 390 updates, within 5% at 0.0005; batch size 1 blows up at 0.00056.
    eight = run_optimizer(RAW, "gd", 0.0005, EPOCHS, batch_size=8)
    assert eight.updates == 390 and round(100 * left(RAW, eight)) == 5
    assert run_optimizer(RAW, "gd", 10**-3.25, EPOCHS, batch_size=1).blew_up


def test_decay_and_adam_numbers_of_the_lesson():
    assert decayed_learning_rate(0.001, 1000, 0.001) == pytest.approx(0.0005)
    new = Adam().step({"w": np.array(2.0)}, {"w": np.array(0.5)}, 0.1)["w"]
    assert new == pytest.approx(1.9, abs=1e-7)
    # Without bias correction the step for a constant gradient 0.5 would be 3.16 lr at t = 1 and 6.5 lr at t = 10.
    m = v = 0.0
    raw_steps = {}
    for t in range(1, 11):
        m, v = 0.9 * m + 0.1 * 0.5, 0.999 * v + 0.001 * 0.25
        raw_steps[t] = 0.1 * m / (np.sqrt(v) + 1e-8)
    assert raw_steps[1] == pytest.approx(0.316, abs=5e-4) and raw_steps[10] == pytest.approx(0.653, abs=5e-4)


# ------------------------------------------------------------------ drawing and the widget


@pytest.fixture
def widget():
    w = optimizer_explorer()
    yield w
    plt.close("all")


def numbers(text: str) -> list[float]:
    return [float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*\.?\d*(?:e[-+]\d+)?", re.sub("<[^>]+>", " ", text))]


def test_draw_surface_and_path():
    fig, ax = plt.subplots()
    contours = draw_surface(ax, RAW)
    np.testing.assert_allclose(contours.levels, contour_levels(RAW))
    assert ax.get_xlim() == RAW.window[:2]
    draw_path(ax, run_optimizer(RAW, "gd", 0.0005, 30))
    path = ax.lines[-3]
    assert len(path.get_xdata()) == 31
    plt.close(fig)


def test_widget_starts_blown_up(widget):
    text = widget.readout.value
    assert "Blew up" in text and "smaller" in text
    assert widget.image.value[:4] == b"\x89PNG"
    assert widget.maps.layers[False][0].get_visible() and not widget.maps.layers[True][0].get_visible()


@pytest.mark.parametrize("name, value", [("optimizer", "adam"), ("lr", 10**-3.5), ("batch_size", 8), ("scaled", True)])
def test_widget_reacts_to_each_control(widget, name, value):
    widget.controls["lr"].value = 10**-3.6
    before_text, before_image = widget.readout.value, widget.image.value
    widget.controls[name].value = value
    assert widget.readout.value != before_text
    assert widget.image.value != before_image


def test_widget_readout_numbers(widget):
    widget.controls["lr"].value = 10**-3.25
    text = widget.readout.value
    assert "30 updates" in text and "1 update per epoch" in text
    assert "<b>256</b>" in text and "6,297" in text and "33.5" in text and "<b>75%</b>" in text
    np.testing.assert_allclose(widget.maps.path.get_xdata(), run_optimizer(RAW, "gd", 10**-3.25, 30).points[:, 0])
    widget.controls["batch_size"].value = 8
    assert "390 updates" in widget.readout.value and "13 updates per epoch" in widget.readout.value
    widget.controls["batch_size"].value = 1
    assert "Blew up" in widget.readout.value and "100 updates per epoch" in widget.readout.value
    widget.controls["scaled"].value = True
    text = widget.readout.value
    assert "3000 updates" in text and "standardised" in text
    widget.controls["lr"].value = 10**-3.2
    widget.controls["scaled"].value = False
    widget.controls["batch_size"].value = 100
    assert "The loss grew" in widget.readout.value


def test_widget_switches_maps(widget):
    maps = widget.maps
    widget.controls["scaled"].value = True
    assert maps.layers[True][0].get_visible() and not maps.layers[False][0].get_visible()
    assert maps.ax_map.get_xlim() == SCALED.window[:2]
    assert maps.floor.get_ydata()[0] == pytest.approx(SCALED.best_loss())
    widget.controls["scaled"].value = False
    assert maps.ax_map.get_xlim() == RAW.window[:2]
    assert maps.floor.get_ydata()[0] == pytest.approx(RAW.best_loss())


def test_widget_surfaces_are_built_once():
    assert surface(True) is surface(True)
    assert surface(False) is not surface(True)


# ------------------------------------------------------------------ exercise checks


def test_adam_first_step_check():
    expected = float(make_optimizer("adam").step({"w": np.array(3.0)}, {"w": np.array(-4.0)}, 0.05)["w"])
    assert expected == pytest.approx(3.05)
    assert ex.check_adam_first_step(3.05).correct
    assert ex.check_adam_first_step(np.array([3.05])).correct
    assert ex.check_adam_first_step(...).status == "unanswered"
    assert ex.check_adam_first_step("3.05").status == "invalid"
    for answer, word in [
        (3.2, "gradient-descent"),
        (2.95, "wrong way"),
        (3.158, "both bias"),
        (3.005, "ten times"),
        (0.05, "size of the step"),
    ]:
        verdict = ex.check_adam_first_step(answer)
        assert verdict.status == "wrong" and word in verdict.hint, answer


# The learner's loop of Exercise 06.2, with switches for the typical slips.
ACTIVATIONS = ["relu", "linear"]


def houses():
    X, y = make_house_prices(100, seed=42)
    return Scaler.fit(X).transform(X), Scaler.fit(y).transform(y)


def learner_loop(
    shuffle="each epoch",
    record="start",
    order="forward backward step",
    fresh_adam=False,
    epochs=30,
    adam_each_epoch=False,
    lr=0.1,
    rows="batch",
    step="adam",
):
    from helpers.losses import half_mse
    from helpers.network import backward, forward, init_params
    from helpers.optimizers import minibatch_indices

    X_s, y_s = houses()
    params, opt, rng = init_params([2, 3, 1], "he", seed=0), Adam(), np.random.default_rng(0)
    losses, grads = [], {k: np.zeros_like(v) for k, v in params.items()}
    for _ in range(epochs):
        if adam_each_epoch:  # opt = Adam() written inside the epoch loop
            opt = Adam()
        if record == "start":
            losses.append(half_mse(forward(X_s, params, ACTIVATIONS)[0], y_s))
        if shuffle == "each epoch":
            batches = minibatch_indices(100, 16, rng)
        elif shuffle == "never":
            batches = np.split(np.arange(100), [16, 32, 48, 64, 80, 96])
        else:  # a new generator every epoch: the same order every time
            batches = minibatch_indices(100, 16, np.random.default_rng(0))
        for idx in batches:
            if rows == "all":  # forward on X_s and backward with y_s: every step sees all 100 houses
                idx = slice(None)
            y_hat, cache = forward(X_s[idx], params, ACTIVATIONS)
            if order == "forward step backward":  # the step uses the previous batch's gradients
                params = opt.step(params, grads, lr=lr)
                grads = backward(y_s[idx], cache, params, ACTIVATIONS)
            else:
                grads = backward(y_s[idx], cache, params, ACTIVATIONS)
                if step == "plain":  # a gradient-descent step written by hand, one weight array at a time
                    for k in params:
                        params[k] = params[k] - lr * grads[k]
                else:
                    params = (Adam() if fresh_adam else opt).step(params, grads, lr=lr)
            if record == "every batch":
                losses.append(half_mse(y_hat, y_s[idx]))
        if record == "end":
            losses.append(half_mse(forward(X_s, params, ACTIVATIONS)[0], y_s))
    return losses, params


def test_learner_loop_is_train_to_the_last_digit():
    """The loop of Exercise 06.2 gives exactly train(...)'s losses and weights, and the check says so."""
    from helpers.network import init_params
    from helpers.optimizers import train

    X_s, y_s = houses()
    history = train(X_s, y_s, init_params([2, 3, 1], "he", seed=0), ACTIVATIONS, **ex.LOOP_SETTINGS)
    losses, params = learner_loop()
    assert losses == history.losses  # exactly, not approximately
    for k in history.params:
        np.testing.assert_array_equal(params[k], history.params[k])
    verdict = ex.check_training_loop((losses, params))
    assert verdict.correct and "last digit" in verdict.message and repr(history.losses[0]) in verdict.message
    assert ex.check_training_loop([np.array(losses), params]).correct


@pytest.mark.parametrize(
    "slip, word",
    [
        ({"shuffle": "never"}, "stored order"),
        ({"shuffle": "same"}, "inside the epoch loop"),
        ({"order": "forward step backward"}, "old gradients"),
        ({"fresh_adam": True}, "once, before the loop"),
        ({"record": "none"}, "recorded nothing"),
        ({"record": "end"}, "one epoch late"),
        ({"record": "every batch"}, "once per epoch"),
        ({"epochs": 20}, "range(30)"),
        # R1 row 3: four slips that keep the order right, each with its own hint
        ({"adam_each_epoch": True}, "before the epoch loop"),
        ({"lr": 0.01}, "learning rate 0.01"),
        ({"rows": "all"}, "all 100 houses, not the batch"),
        ({"step": "plain"}, "plain gradient descent"),
    ],
)
def test_wrong_loops_get_a_targeted_hint(slip, word):
    verdict = ex.check_training_loop(learner_loop(**slip))
    assert verdict.status == "wrong" and word in verdict.message + verdict.hint, verdict


def test_an_unknown_wrong_loop_gets_the_four_point_check():
    """A slip the check does not know (here lr = 0.05) falls back to the list of the four usual causes."""
    verdict = ex.check_training_loop(learner_loop(lr=0.05))
    assert verdict.status == "wrong" and "differ from train's" in verdict.message
    for part in ("before the epoch loop", "X_s[idx], not X_s", "y_s[idx]", "lr exactly 0.1"):
        assert part in verdict.hint, part


def test_training_loop_check_blank_and_odd_answers():
    from helpers.network import init_params

    start = init_params([2, 3, 1], "he", seed=0)
    assert ex.check_training_loop(...).status == "unanswered"
    assert ex.check_training_loop(([], start)).status == "unanswered"  # the shipped cell: nothing written yet
    assert "never changed" in ex.check_training_loop(([0.5] * 30, start)).message
    assert ex.check_training_loop(([], {"W1": 1})).status == "invalid"
    assert ex.check_training_loop((["a"], learner_loop()[1])).status == "invalid"
    assert ex.check_training_loop("losses").status == "invalid"
    losses, params = learner_loop()
    nearly = [x * (1 + 1e-15) for x in losses]
    assert ex.check_training_loop((nearly, params)).correct  # rounding in the last digit is forgiven, and named
    assert "last digits" in ex.check_training_loop((nearly, params)).message


def test_decayed_lr_check():
    assert ex.check_decayed_lr(0.025).correct
    assert ex.check_decayed_lr(...).status == "unanswered"
    for answer, word in [
        (-0.2, "multiply"),
        (0.4, "shrinks"),
        (0.1 / 3, "Keep the 1"),
        (0.1 / 1.01, "300"),
        (0.02, "bracket"),
    ]:
        verdict = ex.check_decayed_lr(answer)
        assert verdict.status == "wrong" and word in verdict.hint, answer


def test_standardised_check():
    areas = ex.AREAS
    solution = (areas - areas.mean()) / areas.std()
    np.testing.assert_allclose(solution, [-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2])
    assert ex.check_standardised(solution).correct
    assert ex.check_standardised(solution.reshape(-1, 1)).correct
    assert ex.check_standardised(list(solution)).correct
    assert ex.check_standardised(...).status == "unanswered"
    assert ex.check_standardised(np.array([..., 1.0] * 4, dtype=object)).status == "unanswered"
    assert ex.check_standardised(solution[:7]).status == "invalid"
    assert ex.check_standardised("-1.5, -0.5").status == "invalid"
    for answer, word in [
        ((areas - 70) / areas.std(ddof=1), "m − 1"),
        (areas - 70, "divide"),
        (areas / 20, "subtract"),
        ((areas - 70) / 400, "square"),
    ]:
        verdict = ex.check_standardised(answer)
        assert verdict.status == "wrong" and word in verdict.hint
    assert ex.check_standardised(np.zeros(8)).status == "wrong"


# ------------------------------------------------------------------ the Chinese edition

CJK = re.compile(r"[\u3400-\u9fff]")


def test_checks_and_widget_speak_chinese():
    """In Chinese the verdicts, hints, question, controls and readout are Chinese; "en" brings English back."""
    try:
        set_language("zh")
        for verdict in [
            ex.check_adam_first_step(3.2),
            ex.check_training_loop(learner_loop(shuffle="never")),
            ex.check_training_loop(learner_loop()),
            ex.check_decayed_lr(...),
            ex.check_standardised(ex.AREAS - 70),
            ex.check_training_loop(...),
        ]:
            assert CJK.search(verdict.message), verdict
            assert not verdict.hint or CJK.search(verdict.hint), verdict
        assert "打乱" in ex.check_training_loop(learner_loop(shuffle="never")).hint
        w = optimizer_explorer()
        question = w.children[0].value
        assert "问题" in question and CJK.search(question.split("</strong>")[1]) and "30 轮" in question
        assert w.controls["optimizer"].description == "优化器"
        assert [label for label, _ in w.controls["optimizer"].options] == ["梯度下降", "动量法", "Adam"]
        assert CJK.search(w.controls["scaled"].description) and CJK.search(w.controls["batch_size"].description)
        assert "全批量" in w.controls["batch_size"].options[-1][0]
        assert "发散" in w.readout.value  # the widget starts blown up
        w.controls["lr"].value = 10**-3.25
        text = w.readout.value
        assert "梯度下降" in text and "每轮 1 次更新" in text and "<b>75%</b>" in text and "6,297" in text
        w.controls["scaled"].value = True
        assert "已标准化" in w.readout.value
    finally:
        set_language("en")
        plt.close("all")
    english = optimizer_explorer()
    assert "Blew up" in english.readout.value and english.controls["optimizer"].description == "optimizer"
    plt.close("all")


def test_widget_loss_axis_speaks_the_language_and_has_the_course_font():
    """The loss panel's x label is "epoch" in English, 轮 in Chinese, drawn with the font that has the glyph."""
    from helpers.fonts import FAMILY

    assert optimizer_explorer().maps.ax_loss.get_xlabel() == "epoch"
    try:
        set_language("zh")
        label = optimizer_explorer().maps.ax_loss.xaxis.label
        assert label.get_text() == "轮" and FAMILY in label.get_fontfamily()
    finally:
        set_language("en")


# ------------------------------------------------------------------ the fast paths


@pytest.mark.parametrize("optimizer", ["gd", "momentum", "adam"])
@pytest.mark.parametrize("batch_size", [None, 8, 1])
def test_fast_walk_equals_the_optimizer_on_arrays(optimizer, batch_size):
    """run_optimizer feeds the two weights as plain numbers; the path is the one arrays and the gradient give."""
    from helpers.optimizers import minibatch_indices

    lr = {"gd": 0.3, "momentum": 0.05, "adam": 0.05}[optimizer]
    run = run_optimizer(SCALED, optimizer, lr, epochs=3, batch_size=batch_size, seed=4)
    opt, rng, w, points = make_optimizer(optimizer), np.random.default_rng(4), np.zeros(2), [np.zeros(2)]
    for _ in range(3):
        for rows in [None] if batch_size is None else minibatch_indices(100, batch_size, rng):
            w = opt.step({"w": w}, {"w": SCALED.gradient(w, rows)}, lr)["w"]
            points.append(w)
    np.testing.assert_allclose(run.points, np.array(points), rtol=1e-10, atol=1e-12)


def test_widget_picture_is_never_stale(widget):
    """The picture is blitted over a saved background: the same settings always give the same picture."""
    widget.controls["lr"].value = 10**-3.5
    first = widget.image.value
    for name, value in [("scaled", True), ("optimizer", "adam"), ("batch_size", 1)]:
        widget.controls[name].value = value
        assert widget.image.value != first
    for name, value in [("batch_size", 100), ("optimizer", "gd"), ("scaled", False)]:
        widget.controls[name].value = value
    assert widget.image.value == first


def test_bias_correction_steps_of_the_lesson():
    """Section 7: without the correction the step is at least 3 times eta up to step 117, at least 2 times up to 287."""
    d = s = 0.0
    ratios = []
    for t in range(1, 1001):
        d, s = 0.9 * d + 0.1 * 0.5, 0.999 * s + 0.001 * 0.25
        raw = 0.1 * d / (np.sqrt(s) + 1e-8)
        corrected = 0.1 * (d / (1 - 0.9**t)) / (np.sqrt(s / (1 - 0.999**t)) + 1e-8)
        ratios.append(raw / corrected)
    ratios = np.array(ratios)
    for factor, last in [(3, 117), (2, 287)]:
        assert ratios[:last].min() >= factor > ratios[last:].max()


def test_gradient_arrow_of_the_round_map():
    """Section 5's arrows: -g at the start points towards the bottom of the round bowl (within a few degrees)."""
    g = SCALED.gradient([0.0, 0.0])
    best = SCALED.best()
    cosine = float(-g @ best / (np.linalg.norm(g) * np.linalg.norm(best)))
    assert cosine > 0.99
