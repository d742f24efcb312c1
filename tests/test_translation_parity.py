"""The Chinese edition (notebooks/zh/) stays in step with the English one.

Same cells in the same order, code that does the same thing (comments and shown text may be
in Chinese, see tests/code_parity.py; the language line of the first code cell picks "zh"), the
same tags and exercise metadata, solution code that does the same thing, and Chinese prose in
every Markdown cell.
"""

from __future__ import annotations

import re

import pytest

from code_parity import same_logic
from notebook_tools import CODE_RE, KEYWORDS, NOTEBOOKS, SOLUTION_RE, is_learner_copy, read, source

ENGLISH = sorted(p for p in NOTEBOOKS.glob("[0-9][0-9]_*.ipynb") if not is_learner_copy(p))
CJK = re.compile(r"[\u3400-\u9fff]")


def first_code_cell(nb) -> int:
    return next(i for i, c in enumerate(nb.cells) if c.cell_type == "code")


def test_every_lesson_has_a_chinese_edition():
    chinese = sorted(p.name for p in (NOTEBOOKS / "zh").glob("[0-9][0-9]_*.ipynb") if not is_learner_copy(p))
    assert chinese == [p.name for p in ENGLISH]


@pytest.mark.parametrize("english_path", ENGLISH, ids=[p.stem for p in ENGLISH])
def test_editions_match(english_path):
    en, zh = read(english_path), read(NOTEBOOKS / "zh" / english_path.name)
    name = english_path.name
    assert [c.cell_type for c in zh.cells] == [c.cell_type for c in en.cells], f"{name}: cells differ"
    setup = first_code_cell(en)
    en_line, zh_line = KEYWORDS["en"]["language_line"], KEYWORDS["zh"]["language_line"]
    assert en_line in source(en.cells[setup]), f"{name}: the first code cell must pick the language: {en_line}"
    for i, (a, b) in enumerate(zip(en.cells, zh.cells)):
        where = f"{name} cell {i}"
        assert a.metadata.get("tags", []) == b.metadata.get("tags", []), f"{where}: tags differ"
        assert a.metadata.get("course", {}) == b.metadata.get("course", {}), f"{where}: course metadata differs"
        if a.cell_type == "code":
            expected = source(a).replace(en_line, zh_line) if i == setup else source(a)
            if i == setup:
                assert zh_line in source(b), f"{where}: the first code cell must pick the language: {zh_line}"
            problem = same_logic(expected, source(b))
            assert problem is None, f"{where}: {problem}"
        else:
            assert CJK.search(source(b)), f"{where}: a Markdown cell of the Chinese edition has no Chinese"
            en_solution, zh_solution = SOLUTION_RE.search(source(a)), SOLUTION_RE.search(source(b))
            assert bool(en_solution) == bool(zh_solution), f"{where}: solution block in one edition only"
            if en_solution:
                en_code, zh_code = CODE_RE.findall(en_solution.group(1)), CODE_RE.findall(zh_solution.group(1))
                assert len(en_code) == len(zh_code), f"{where}: the solutions have different numbers of code blocks"
                for x, y in zip(en_code, zh_code):
                    problem = same_logic(x, y)
                    assert problem is None, f"{where}: solution: {problem}"


# The comparison above must still catch a real difference in logic.
EN = "\n".join(
    [
        "loss = half_mse(y_hat, y)  # the loss",
        'print(f"loss after {epochs} epochs: {loss:.2f}")',
        'run(["relu", "linear"], lr=0.1)',
    ]
)


@pytest.mark.parametrize(
    "zh",
    [
        EN.replace("# the loss", "# 损失"),
        EN.replace("loss after {epochs} epochs: ", "训练 {epochs} 轮后的损失："),
    ],
    ids=["comment", "printed-text"],
)
def test_parity_accepts_chinese_comments_and_shown_text(zh):
    assert same_logic(EN, zh) is None


@pytest.mark.parametrize(
    "zh",
    [
        EN.replace("lr=0.1", "lr=0.2"),
        EN.replace("half_mse(y_hat, y)", "half_mse(y, y_hat)"),
        EN.replace("{loss:.2f}", "{loss:.3f}"),
        EN.replace("{epochs}", "{epochs + 1}"),
        EN.replace('"relu"', '"sigmoid"'),
        EN.replace("loss = ", "loss = 2 * "),
        EN + "\nprint(loss)",
    ],
    ids=["number", "argument-order", "format", "f-string-expression", "name-in-a-string", "operator", "extra-line"],
)
def test_parity_catches_a_change_in_logic(zh):
    assert same_logic(EN, zh) is not None
