"""Lesson 00 (start here): the network-builder widget and the exercise checks."""

from __future__ import annotations

import re

import numpy as np
import pytest

from helpers.exercises import lesson00
from helpers.i18n import ZH, set_language, zh_lesson00
from helpers.network import count_parameters
from helpers.widgets.start import describe, layer_sizes_for, network_builder, output_nodes
from notebook_tools import NOTEBOOKS, ROOT, read, source

CJK = re.compile(r"[\u3400-\u9fff]")


def numbers(html: str) -> list[int]:
    """Every whole number in a readout, commas removed: '1,290' -> 1290."""
    return [int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", html)]


def total_in(html: str) -> int:
    return int(re.search(r"Parameters: ([\d,]+)", html).group(1).replace(",", ""))


def sizes_in(html: str) -> list[int]:
    text = re.search(r"Layer sizes:</b> ([^(]+)\(", html).group(1)
    return [int(n.replace(",", "")) for n in text.split("&rarr;")]


@pytest.fixture
def widget():
    return network_builder()


# ----------------------------------------------------------------------------- widget


def test_default_is_the_house_network(widget):
    assert sizes_in(widget.readout.value) == [2, 3, 1]
    assert total_in(widget.readout.value) == 13
    assert widget.image.value[:4] == b"\x89PNG"


@pytest.mark.parametrize(
    ("name", "value", "sizes"),
    [
        ("inputs", 5, [5, 3, 1]),
        ("hidden_layers", 0, [2, 1]),
        ("hidden_layers", 3, [2, 3, 3, 3, 1]),
        ("units", 8, [2, 8, 1]),
        ("task", "multiclass", [2, 3, 10]),
    ],
)
def test_each_control_changes_sizes_count_and_picture(widget, name, value, sizes):
    before_text, before_image = widget.readout.value, widget.image.value
    widget.controls[name].value = value
    assert sizes_in(widget.readout.value) == sizes
    assert total_in(widget.readout.value) == count_parameters(sizes)
    assert widget.readout.value != before_text
    assert widget.image.value != before_image


def test_no_hidden_layer_is_said_in_words(widget):
    widget.controls["hidden_layers"].value = 0
    assert "no hidden layer" in widget.readout.value
    assert total_in(widget.readout.value) == 2 * 1 + 1


def test_binary_and_regression_have_one_output(widget):
    widget.controls["task"].value = "binary"
    assert sizes_in(widget.readout.value)[-1] == 1
    assert "how likely" in widget.readout.value
    widget.controls["task"].value = "regression"
    assert sizes_in(widget.readout.value)[-1] == 1


def test_classes_matter_only_for_multiclass(widget):
    assert widget.controls["classes"].disabled
    before = widget.readout.value
    widget.controls["classes"].value = 4
    assert widget.readout.value == before  # regression: still one output
    widget.controls["task"].value = "multiclass"
    assert not widget.controls["classes"].disabled
    assert sizes_in(widget.readout.value) == [2, 3, 4]
    image = widget.image.value
    widget.controls["classes"].value = 7
    assert sizes_in(widget.readout.value) == [2, 3, 7]
    assert total_in(widget.readout.value) == count_parameters([2, 3, 7])
    assert widget.image.value != image


def test_the_digit_question(widget):
    """784 inputs, one hidden layer of 128, 10 digits: 101,770 parameters."""
    c = widget.controls
    c["inputs"].value, c["hidden_layers"].value, c["units"].value = 784, 1, 128
    c["task"].value, c["classes"].value = "multiclass", 10
    readout = widget.readout.value
    assert sizes_in(readout) == [784, 128, 10]
    assert total_in(readout) == count_parameters([784, 128, 10]) == 784 * 128 + 128 + 128 * 10 + 10
    assert "101,770" in readout
    assert "100,480" in readout and "1,290" in readout  # per connection


def test_the_digit_question_answers(widget):
    """The answers block: a second hidden layer of 128 adds 16,512; the task menu's
    regression and binary give the same count."""
    c = widget.controls
    c["inputs"].value, c["hidden_layers"].value, c["units"].value = 784, 1, 128
    c["task"].value, c["classes"].value = "multiclass", 10
    one_hidden = total_in(widget.readout.value)
    c["hidden_layers"].value = 2
    two_hidden = total_in(widget.readout.value)
    assert (one_hidden, two_hidden) == (101_770, 118_282)
    assert two_hidden - one_hidden == 128 * 128 + 128 == 16_512
    c["task"].value = "regression"
    regression = total_in(widget.readout.value)
    c["task"].value = "binary"
    assert total_in(widget.readout.value) == regression
    assert regression != two_hidden  # multi-class with 10 outputs does change it


def test_redraw_leaves_nothing_behind(widget):
    """After big networks, a small one looks exactly as in a fresh widget."""
    c = widget.controls
    c["hidden_layers"].value, c["units"].value, c["inputs"].value = 3, 200, 900
    c["task"].value = "multiclass"
    c["task"].value = "regression"
    c["hidden_layers"].value, c["units"].value, c["inputs"].value = 1, 3, 2
    assert widget.values() == network_builder().values()
    assert widget.image.value == network_builder().image.value


def test_readout_parts_add_up():
    sizes = [6, 5, 5, 3]
    text = describe(sizes, "multiclass")
    weights = sum(a * b for a, b in zip(sizes[:-1], sizes[1:]))
    biases = sum(sizes[1:])
    assert f"({weights} weights + {biases} biases)" in text
    assert total_in(text) == weights + biases
    assert "1 bias" in describe([3, 1], "regression") and "1 biases" not in describe([3, 1], "regression")


def test_layer_sizes_for_and_output_nodes():
    assert layer_sizes_for(2, 1, 3, "regression", 5) == [2, 3, 1]
    assert layer_sizes_for(4096, 2, 16, "multiclass", 10) == [4096, 16, 16, 10]
    assert layer_sizes_for(3, 0, 99, "binary", 5) == [3, 1]
    assert output_nodes("multiclass", 3) == 3
    with pytest.raises(ValueError, match="regression, binary, multiclass"):
        output_nodes("clustering", 3)


# ----------------------------------------------------------------------------- checks


def test_parameter_count_check():
    want = count_parameters(lesson00.COUNT_SIZES)
    assert want == 26
    assert lesson00.check_parameter_count(want).correct
    assert lesson00.check_parameter_count(float(want)).correct
    assert lesson00.check_parameter_count(np.int64(want)).correct
    assert lesson00.check_parameter_count(...).status == "unanswered"
    assert lesson00.check_parameter_count("26").status == "invalid"
    weights_only = lesson00.check_parameter_count(3 * 4 + 4 * 2)
    assert weights_only.status == "wrong" and "bias" in weights_only.hint
    input_bias = lesson00.check_parameter_count(want + 3)
    assert input_bias.status == "wrong" and "Input nodes have no bias" in input_bias.hint
    assert lesson00.check_parameter_count(want + 1).status == "wrong"


@pytest.mark.parametrize("answer", [(3, 1), [3, 1], (3.0, 1.0), (np.int64(3), np.int64(1))])
def test_house_nodes_accepts_right_pairs(answer):
    assert lesson00.check_house_nodes(answer).correct


def test_house_nodes_verdicts():
    check = lesson00.check_house_nodes
    assert check(...).status == "unanswered"
    assert check((..., ...)).status == "unanswered"
    assert check((3, ...)).status == "unanswered"
    for bad in ("3, 1", (3, 1, 1), 3, (3.5, 1), (True, 1), ("3", "1"), (float("nan"), 1)):
        assert check(bad).status == "invalid", bad
    swapped = check((1, 3))
    assert swapped.status == "wrong" and "swapped" in swapped.message
    forgot_age = check((2, 1))
    assert forgot_age.status == "wrong" and "feature" in forgot_age.hint
    assert check((3, 2)).status == "wrong"


def test_image_nodes_verdicts():
    check = lesson00.check_image_nodes
    assert check((64 * 64, 10)).correct
    assert check((..., 10)).status == "unanswered"
    one_side = check((64, 10))
    assert one_side.status == "wrong" and "64 pixels high" in one_side.hint
    one_output = check((4096, 1))
    assert one_output.status == "wrong" and "10 animals" in one_output.hint
    assert "swapped" in check((10, 4096)).message
    assert check((4096, 5)).status == "wrong"
    assert check([4096]).status == "invalid"


def test_node_pair_names_the_kind_in_both_languages():
    """A wrong kind of answer is named in plain words with Python's name, not Python's name alone."""
    assert lesson00.check_house_nodes((3,)).message == (
        "Expected a pair of whole numbers in brackets, like (5, 2), got a tuple (tuple): (3,)."
    )
    assert "got a whole number (int): 3." in lesson00.check_house_nodes(3).message
    try:
        set_language("zh")
        assert lesson00.check_house_nodes((3,)).message.endswith("你给的是一个元组 (tuple)：(3,)。")
        assert lesson00.check_house_nodes(3).message.endswith("你给的是一个整数 (int)：3。")
    finally:
        set_language("en")


def test_right_node_counts_say_right_once_in_chinese():
    assert lesson00.check_house_nodes((3, 1)).message.startswith("(3, 1) is right:")
    try:
        set_language("zh")
        house = repr(lesson00.check_house_nodes((3, 1)))
        assert house == "✔ 答对了：(3, 1)。每个特征一个输入节点，价格用一个输出节点。"
        assert repr(lesson00.check_image_nodes((4096, 10))).startswith("✔ 答对了：(4096, 10)。每个像素")
    finally:
        set_language("en")


# ----------------------------------------------------------------------------- Chinese


def test_chinese_verdicts_widget_and_catalogue():
    """With set_language("zh"), checks, hints, controls, question and readout speak Chinese; numbers stay."""
    try:
        set_language("zh")
        for verdict in (
            lesson00.check_parameter_count(20),
            lesson00.check_house_nodes((1, 3)),
            lesson00.check_image_nodes((64, 10)),
        ):
            assert verdict.status == "wrong"
            assert CJK.search(verdict.message) and CJK.search(verdict.hint), verdict
        right = lesson00.check_house_nodes((3, 1))
        assert right.correct and CJK.search(right.message) and "(3, 1)" in right.message
        assert "还没有作答" in repr(lesson00.check_image_nodes((..., 10)))
        widget = network_builder()
        assert all(CJK.search(c.description) for c in widget.controls.values())
        assert all(CJK.search(label) for label, _ in widget.controls["task"].options)
        assert CJK.search(widget.children[0].value)  # the question
        c = widget.controls
        c["inputs"].value, c["units"].value, c["task"].value = 784, 128, "multiclass"
        readout = widget.readout.value
        assert CJK.search(readout) and "Parameters" not in readout
        assert "101,770" in readout and "100,480" in readout and "1,290" in readout
        assert "784 &rarr; 128 &rarr; 10" in readout
    finally:
        set_language("en")
    assert "Layer sizes:" in describe([2, 3, 1], "regression")  # back in English
    assert set(zh_lesson00.ZH) <= set(ZH)


# ----------------------------------------------------------------------------- the lesson's text

LESSON00 = {"en": NOTEBOOKS / "00_start_here.ipynb", "zh": NOTEBOOKS / "zh" / "00_start_here.ipynb"}


def markdown_of(path) -> str:
    return "\n".join(source(c) for c in read(path).cells if c.cell_type == "markdown")


@pytest.mark.parametrize(("edition", "lesson", "folder"), [("en", "03", ""), ("zh", "zh/03", "zh/")])
def test_lesson00_says_how_to_get_a_lessons_original_back(edition, lesson, folder):
    """make reset keeps the learner's copy beside the original; the script does the same without make."""
    text = markdown_of(LESSON00[edition])
    assert f"make reset LESSON={lesson}" in text
    assert f"python tools/reset_lesson.py {lesson}" in text
    mine = f"notebooks/{folder}03_forward_pass.mine.ipynb"
    assert mine in text and ".mine-2.ipynb" in text
    assert (ROOT / mine.replace(".mine", "")).exists()  # the example names a real lesson


def test_primer_runs_the_python_and_numpy_the_course_uses():
    """Section 2 shows each piece in a cell that runs (nbval checks the outputs)."""
    code = "\n".join(source(c) for c in read(LESSON00["en"]).cells if c.cell_type == "code")
    for piece in ("areas = [", "house = {", "for area in areas:", 'f"', "def price_of(", "return ", "base=0)",
                  "lambda t:", "np.array([[", ".shape", " @ ", "+ row", ".sum(axis=0)", ".sum(axis=1)",
                  ".reshape(1, -1)"):
        assert piece in code, piece


# (the map's row, a symbol, a lesson the row names): that lesson's Markdown really uses the symbol
SYMBOLS_WHERE = [
    ("$e$", "e^{", "02"),
    ("$f'(z)$", "f'(z)", "02"),
    (r"$\log$", r"\log", "04"),
    (r"$\frac{d}{d\hat y}$", r"\frac{d}{d\hat y}", "04"),
    (r"$\frac{d}{d\hat y}$", r"\partial", "04"),
    (r"$\frac{d}{d\hat y}$", r"\partial", "05"),
    (r"$\eta$", r"\eta", "05"),
    (r"$W^{\top}$", r"^{\top}", "05"),
]


@pytest.mark.parametrize("edition", ["en", "zh"])
def test_symbol_map_names_lessons_that_use_each_symbol(edition):
    nb = read(LESSON00[edition])
    table = next(source(c) for c in nb.cells if c.cell_type == "markdown" and r"| $W^{\top}$ |" in source(c))
    rows = [line for line in table.splitlines() if line.startswith("| $")]
    assert len(rows) == 8
    folder = LESSON00[edition].parent
    for start, symbol, lesson in SYMBOLS_WHERE:
        row = next(line for line in rows if line.startswith(f"| {start}"))
        assert f"({lesson}_" in row, (symbol, row)
        target = next(folder.glob(f"{lesson}_*.ipynb"))
        assert symbol in markdown_of(target), (symbol, target.name)


@pytest.mark.parametrize("edition", ["en", "zh"])
def test_course_map_lists_every_lesson_and_lesson_09(edition):
    path = LESSON00[edition]
    text = markdown_of(path)
    for lesson in sorted(path.parent.glob("[0-9][0-9]_*.ipynb")):
        assert f"]({lesson.name})" in text, lesson.name
    assert "](09_digits.ipynb)" in text


def test_prerequisites_promise_only_what_the_course_teaches():
    """README and lesson 00 no longer promise 'no background' or 'no maths beyond + and x'."""
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "No background beyond" not in readme
    assert ("You need to be able to run a Python cell; lesson 00 teaches the little Python and NumPy the "
            "course uses, and every symbol is introduced where it is first used.") in readme
    chinese = (ROOT / "README.zh-CN.md").read_text(encoding="utf-8")
    assert "第 00 课会教你课程用到的那一点 Python 和 NumPy，每个符号都在第一次用到的地方讲清楚" in chinese
    top = source(read(LESSON00["en"]).cells[0])
    assert "No maths beyond" not in top and "Section 2 teaches" in top


def test_chinese_reader_learns_what_stays_english_before_the_first_code_cell():
    cells = read(LESSON00["zh"]).cells
    first_code = next(i for i, c in enumerate(cells) if c.cell_type == "code")
    before = "\n".join(source(c) for c in cells[:first_code])
    assert "代码里为什么有英文" in before and "注释和打印出来的文字都是中文" in before
    lesson01 = markdown_of(NOTEBOOKS / "zh" / "01_neuron.ipynb")
    assert "代码里为什么有英文" not in lesson01  # the note moved here from lesson 01
