"""The exercise-check building blocks: verdicts for right, wrong, blank and odd answers."""

import numpy as np
import pytest

from helpers.checks import Verdict, check_array, check_choice, check_function, check_number, describe_inputs
from helpers.i18n import set_language

ODD = [None, ..., "12", [1, 2], {"a": 1}, np.zeros((3, 3)), object(), lambda: 0, float("nan"), True]


def test_check_number():
    assert check_number(180, 180.0).correct
    assert check_number(180.0000001, 180.0).correct
    assert check_number(np.array([180.0]), 180.0).correct
    assert check_number(..., 180.0).status == "unanswered"
    assert check_number(None, 180.0).status == "unanswered"
    assert check_number("180", 180.0).status == "invalid"
    assert check_number(True, 1.0).status == "invalid"
    assert check_number(float("nan"), 1.0).status == "wrong"
    wrong = check_number(170, 180.0, hints=["Add the bias."])
    assert wrong.status == "wrong" and wrong.hint == "Add the bias."
    special = check_number(160, 180.0, hints=["generic"], wrong_answers={160: "You forgot the bias b = 20."})
    assert special.hint == "You forgot the bias b = 20."
    assert check_number(101, 100.0, tol=0.02, rel=True).correct


def test_check_array():
    assert check_array([1, 2, 3], np.array([1.0, 2.0, 3.0])).correct
    shape = check_array(np.ones((3, 1)), np.ones(3))
    assert shape.status == "invalid" and "(3,)" in shape.message and "(3, 1)" in shape.message
    off = check_array([1, 2, 4], [1, 2, 3])
    assert off.status == "wrong" and "1 of 3" in off.message
    assert check_array(..., [1]).status == "unanswered"
    assert check_array("abc", [1]).status == "invalid"


def test_check_choice():
    kw = {"options": ["sigmoid", "relu", "tanh"], "hints": {"relu": "ReLU has no upper limit."}}
    assert check_choice("Sigmoid ", "sigmoid", **kw).correct
    no = check_choice("relu", "sigmoid", **kw)
    assert no.status == "wrong" and no.hint == "ReLU has no upper limit."
    assert check_choice("softmax", "sigmoid", **kw).status == "invalid"
    assert check_choice(3, "sigmoid", **kw).status == "invalid"
    assert check_choice("tanh", ["sigmoid", "tanh"], **kw).correct


def test_check_function():
    cases = [(np.array([1.0, -2.0]),), (np.array([0.5]),)]
    assert check_function(lambda z: np.maximum(0, z), lambda z: np.maximum(0, z), cases).correct
    assert check_function(lambda z: z, lambda z: np.maximum(0, z), cases).status == "wrong"
    raised = check_function(lambda z: 1 / 0, abs, cases)
    assert raised.status == "wrong" and "ZeroDivisionError" in raised.message
    assert check_function(lambda z: None, abs, cases).status == "unanswered"
    assert check_function(lambda z: ..., abs, cases).status == "unanswered"
    assert check_function(lambda z: z.reshape(-1, 1), abs, cases).status == "invalid"
    assert check_function(42, abs, cases).status == "invalid"


def test_check_function_names_the_failing_input_readably():
    """P10: the case's number and its inputs, named as the reference names them, short and readable."""

    def neuron(x, w, b):
        return max(0.0, float(np.dot(w, x) + b))

    w = np.array([1.2, 5.0])
    cases = [(np.array([100.0, 8.0]), w, 20.0), (np.array([50.0, 6.0]), w, -200.0)]
    verdict = check_function(lambda x, w, b: float(np.dot(w, x) + b), neuron, cases)
    assert verdict.message == "On test input 2 (x = [50, 6]; w = [1.2, 5]; b = \u2212200) the result is off."
    set_language("zh")
    try:
        verdict = check_function(lambda x, w, b: float(np.dot(w, x) + b), neuron, cases)
        assert verdict.message == "在第 2 组测试输入（x = [50, 6]，w = [1.2, 5]，b = \u2212200）上，结果不对。"
    finally:
        set_language("en")


def test_describe_inputs_gives_shapes_for_big_arrays():
    big = (np.zeros((4, 2)), np.ones((2, 3)), 1.5)
    assert describe_inputs(lambda x, W1, b: None, big) == "shapes: x (4, 2); W1 (2, 3); b = 1.5"
    assert describe_inputs(abs, (np.array([[0.5], [-2.0]]),)).endswith(" = [[0.5], [\u22122]]")
    assert describe_inputs(lambda z: None, (np.arange(3.0),)) == "z = [0, 1, 2]"


@pytest.mark.parametrize("answer", ODD, ids=[repr(a)[:20] for a in ODD])
def test_never_raises(answer):
    for verdict in (
        check_number(answer, 1.0),
        check_array(answer, np.ones(2)),
        check_choice(answer, "a", options=["a", "b"]),
        check_function(answer, np.abs, [(np.ones(2),)]),
    ):
        assert isinstance(verdict, Verdict)


def test_verdict_shows_itself():
    text = repr(check_number(1, 2.0, hints=["Look again."]))
    assert text.startswith("✘ Not yet") and "Hint: Look again." in text
    html = check_number(..., 2.0)._repr_html_()
    assert "Not answered yet" in html and "<div" in html
    assert "&lt;b&gt;" in Verdict("wrong", "<b>")._repr_html_()  # learner text is escaped
    with pytest.raises(ValueError, match="status must be one of"):
        Verdict("maybe", "")
    assert bool(check_number(1, 1.0)) is True


def test_never_raises_turns_errors_into_a_verdict():
    from helpers.checks import never_raises

    @never_raises
    def check_fragile(answer):
        """A check with a bug."""
        return correct_if(1 / answer)

    verdict = check_fragile(0)
    assert verdict.status == "invalid" and "ZeroDivisionError" in verdict.message
    assert check_fragile.__doc__ == "A check with a bug."


def correct_if(value):
    return Verdict("correct", str(value))


def test_kind_of_names_the_kind_in_plain_words_in_both_languages():
    from helpers.checks import kind_of
    from helpers.i18n import set_language

    assert kind_of("26") == "text (str)"
    assert kind_of(np.zeros(2)) == "an array (ndarray)"
    try:
        set_language("zh")
        assert kind_of("26") == "文字 (str)"
        assert kind_of(3) == "一个整数 (int)"
    finally:
        set_language("en")


def test_check_array_names_a_single_number_and_all_values_off_in_both_languages():
    single = check_array(5.0, np.ones(3))
    assert single.status == "invalid"
    assert single.message == "Expected shape (3,), you gave a single number (shape ())."
    assert ".reshape(-1, 1)" in single.hint  # the general hint, when the exercise gives none of its own
    targeted = check_array(np.ones(2), np.ones(3), shape_hint="One number per house.")
    assert targeted.message == "Expected shape (3,), got (2,)." and targeted.hint == "One number per house."
    assert check_array([4, 5, 6], [1, 2, 3]).message == "All 3 values are off."
    assert check_array([1, 5, 6], [1, 2, 3]).message == "2 of 3 values are off."
    try:
        set_language("zh")
        assert repr(check_array(5.0, np.ones(3))).startswith("? 请检查格式：形状应为 (3,)，你给的是单个数（形状 ()）。")
        assert check_array([4, 5, 6], [1, 2, 3]).message == "3 个值都不对。"
        assert check_array([1, 5, 6], [1, 2, 3]).message == "3 个值中有 2 个不对。"
    finally:
        set_language("en")


def test_verdict_numbers_get_a_real_minus_sign_in_chinese_only():
    from helpers.checks import signed

    assert check_number(-20, 10.0).message == "-20 is not it."
    assert check_number(-116, -116.0).message == "-116 is right."
    assert f"{signed(-3.5):g}" == "-3.5"
    try:
        set_language("zh")
        assert check_number(-20, 10.0).message == "\u221220 不是正确答案。"
        assert check_number(-116, -116.0).message == "就是 \u2212116。"
        assert f"{signed(-3.5):g}|{signed(2):g}" == "\u22123.5|2"
    finally:
        set_language("en")
