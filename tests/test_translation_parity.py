"""The Chinese edition (notebooks/zh/) stays in step with the English one.

Same cells in the same order, the same code (the only line that may differ is
the language line of the first code cell), the same tags and exercise metadata,
the same solution code, and Chinese prose in every Markdown cell.
"""

from __future__ import annotations

import re

import pytest

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
            assert source(b) == expected, f"{where}: code differs from the English edition"
        else:
            assert CJK.search(source(b)), f"{where}: a Markdown cell of the Chinese edition has no Chinese"
            en_solution, zh_solution = SOLUTION_RE.search(source(a)), SOLUTION_RE.search(source(b))
            assert bool(en_solution) == bool(zh_solution), f"{where}: solution block in one edition only"
            if en_solution:
                assert CODE_RE.findall(en_solution.group(1)) == CODE_RE.findall(zh_solution.group(1)), (
                    f"{where}: solution code differs"
                )
