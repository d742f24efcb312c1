"""Everything a Chinese learner reads is Chinese: printed output and figure text (issue 13).

A Chinese lesson's outputs and figures may hold numbers, symbols, names from its own code
(``W1``, ``relu``, ``forward``), Python's own words in a printed value (``array``, ``True``) and the
few names in ``ALLOWED`` below, which Chinese courses keep as they are. Any other English word
fails the test, with the lesson, the cell and the line.
"""

from __future__ import annotations

import io
import re
import tokenize

import pytest

from notebook_tools import NOTEBOOKS, read, run_in_process, source, tags

CHINESE = sorted((NOTEBOOKS / "zh").glob("[0-9][0-9]_*.ipynb"))
IDS = [f"zh/{p.name}" for p in CHINESE]

#: English names a Chinese text keeps (at most 20), each with the reason.
ALLOWED = {
    "ReLU": "the activation's standard name; glossed 修正线性单元 where it is taught",
    "sigmoid": "standard name, as in d2l-zh; glossed S 型函数",
    "tanh": "the function's name in every language",
    "softmax": "standard name, as in d2l-zh",
    "Adam": "the optimizer's name",
    "SGD": "standard abbreviation, glossed 随机梯度下降",
    "MSE": "standard abbreviation, glossed 均方误差",
    "BCE": "standard abbreviation, glossed 二元交叉熵",
    "Xavier": "a person's name (Xavier Glorot): the initialisation is called so in Chinese too",
    "He": "a person's name (Kaiming He): He 初始化",
    "NumPy": "the library's name",
    "PyTorch": "the library's name",
    "JupyterLab": "the program's name",
    "Binder": "the service's name",
    "UCI": "the name of the data set's archive",
}
#: Words Python itself prints inside a value: array reprs, booleans, special floats.
PYTHON_WORDS = {"array", "dtype", "float64", "int64", "True", "False", "None", "nan", "inf", "e"}
WORD = re.compile(r"[A-Za-z][A-Za-z']+")
NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_']*")


def code_names(nb) -> set[str]:
    """Every name used in the notebook's code: variables, functions, attributes, keywords."""
    names = set()
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        code = "\n".join(line for line in source(cell).splitlines() if not line.lstrip().startswith(("%", "!")))
        try:
            for token in tokenize.generate_tokens(io.StringIO(code).readline):
                if token.type == tokenize.NAME:
                    names.add(token.string)
        except (tokenize.TokenError, IndentationError, SyntaxError):
            continue
    return names


def english_words(text: str, allowed: set[str]) -> list[str]:
    """English words in ``text``; a name from the code counts whole (``y_hat``, ``count_parameters``)."""
    words = []
    for name in NAME.findall(text):
        if name not in allowed:
            words += [w for w in WORD.findall(name) if w not in allowed and w.strip("'") not in allowed]
    return words


def printed_lines(nb):
    """(cell index, line) for every line a learner reads in a text output (widgets excluded)."""
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code" or "widget" in tags(cell):
            continue
        for out in cell.get("outputs", []):
            if out.output_type == "stream":
                text = out.text
            elif out.output_type in ("execute_result", "display_data"):
                data = out.get("data", {})
                if "text/html" in data or "image/png" in data or "application/vnd.jupyter.widget-view+json" in data:
                    continue  # verdict boxes are checked through their text/plain twin; pictures below
                text = data.get("text/plain", "")
            else:
                continue
            for line in text.splitlines():
                yield i, line


@pytest.mark.parametrize("path", CHINESE, ids=IDS)
def test_printed_output_is_chinese(path):
    nb = read(path)
    allowed = code_names(nb) | PYTHON_WORDS | set(ALLOWED)
    found = [(i, line) for i, line in printed_lines(nb) if english_words(line, allowed)]
    shown = "\n".join(f"  cell {i}: {line}" for i, line in found[:15])
    assert not found, f"zh/{path.name}: {len(found)} printed lines hold English words:\n{shown}"


@pytest.mark.parametrize("path", CHINESE, ids=IDS)
def test_figures_are_chinese(path):
    nb = read(path)
    allowed = code_names(nb) | PYTHON_WORDS | set(ALLOWED)
    run = run_in_process(path)
    found = [(i, text) for i, text in run.figure_texts if english_words(text, allowed)]
    shown = "\n".join(f"  cell {i}: {text!r}" for i, text in found[:15])
    assert not found, f"zh/{path.name}: {len(found)} figure texts hold English words:\n{shown}"


def test_allowed_names_stay_few():
    assert len(ALLOWED) <= 20 and all(reason.strip() for reason in ALLOWED.values())


def test_the_scan_finds_english():
    allowed = {"W1", "loss"} | PYTHON_WORDS | set(ALLOWED)
    assert english_words("loss after training: 12.3", allowed) == ["after", "training"]
    assert english_words("训练后的损失 W1：array([1., 2.]) ReLU", allowed) == []
    assert english_words("y_hat = 0.8, count_parameters: True", allowed | {"y_hat"}) == ["count", "parameters"]


@pytest.fixture(scope="module")
def drawable() -> set[str]:
    """Characters the course's figures can draw: DejaVu Sans (matplotlib's) plus the shipped subset."""
    from fontTools.ttLib import TTFont
    from matplotlib import font_manager

    from helpers.fonts import FONT_PATHS

    dejavu = font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans"), fallback_to_default=False)
    paths = [dejavu, *map(str, FONT_PATHS.values())]
    return {chr(code) for path in paths for code in TTFont(path).getBestCmap()}


@pytest.mark.parametrize("path", CHINESE, ids=IDS)
def test_every_figure_character_has_a_glyph(path, drawable):
    """No tofu: every character of every figure text has a glyph (mathtext `$…$` is matplotlib's own)."""
    run = run_in_process(path)
    plain = [(i, re.sub(r"\$[^$]*\$", "", text)) for i, text in run.figure_texts]
    missing = sorted({c for _, text in plain for c in text if not c.isspace() and c not in drawable})
    assert not missing, f"zh/{path.name}: no glyph for {''.join(missing)}: run tools/make_font_subset.py"
