"""Messages in two languages: every template has its Chinese, with the same placeholders."""

from __future__ import annotations

import ast
import importlib
import re
import string
from pathlib import Path

import pytest

from helpers import i18n
from helpers.checks import check_number
from helpers.i18n import ZH, get_language, set_language, t

HELPERS = Path(i18n.__file__).resolve().parents[1]
CJK = re.compile(r"[\u3400-\u9fff]")


def templates_in(paths) -> dict[str, str]:
    """Every literal passed to t(...) or N(...) in these files, with where it is."""
    found = {}
    for path in sorted(paths):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("t", "N")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, f"{path.relative_to(HELPERS.parent)}:{node.lineno}")
    return found


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def widgets_imported(number: str) -> set[str]:
    path = next(p for p in (HELPERS.parent / "notebooks").glob(f"{number}_*.ipynb") if ".mine" not in p.name)
    notebook = path.read_text(encoding="utf-8")
    return set(re.findall(r"from helpers\.widgets\.(\w+) import", notebook))


def lesson_modules(number: str) -> list[Path]:
    """A lesson's exercise module and the widget modules it is the first lesson to import."""
    earlier = set().union(*(widgets_imported(f"{n:02d}") for n in range(int(number))))
    widgets = widgets_imported(number) - earlier
    return [HELPERS / "exercises" / f"lesson{number}.py"] + [HELPERS / "widgets" / f"{w}.py" for w in sorted(widgets)]


TEMPLATES = templates_in(p for p in HELPERS.rglob("*.py") if not (p.parent.name == "i18n" and p.name.startswith("zh_")))
LESSONS = sorted(p.stem[-2:] for p in (HELPERS / "i18n").glob("zh_lesson*.py"))


def test_every_template_has_chinese():
    missing = [f"{where}: {text!r}" for text, where in TEMPLATES.items() if text not in ZH]
    assert not missing, "No Chinese in helpers/i18n/zh_*.py for:\n" + "\n".join(missing)


def test_placeholders_match():
    wrong = [
        f"{text!r} -> {ZH[text]!r}" for text in TEMPLATES if text in ZH and placeholders(text) != placeholders(ZH[text])
    ]
    assert not wrong, "Placeholders differ:\n" + "\n".join(wrong)


def test_no_orphan_translations():
    orphans = sorted(set(ZH) - set(TEMPLATES))
    assert not orphans, "Translations whose English is no longer in the code:\n" + "\n".join(map(repr, orphans))


def test_chinese_is_chinese():
    """A sentence's translation holds Chinese; names kept as they are (e.g. "ReLU") are written twice on purpose."""
    for english, chinese in ZH.items():
        has_words = re.search(r"[A-Za-z]{3,}", re.sub(r"\{[^}]*\}", "", english))
        if has_words and chinese != english:
            assert CJK.search(chinese), f"{english!r} -> {chinese!r} has no Chinese characters"


@pytest.mark.parametrize("number", LESSONS)
def test_each_lesson_catalogue_holds_its_own_templates(number):
    """zh_lessonNN translates what lesson NN's modules say (shared sentences may sit in zh_common)."""
    catalogue = importlib.import_module(f"helpers.i18n.zh_lesson{number}").ZH
    common = importlib.import_module("helpers.i18n.zh_common").ZH
    own = set(templates_in(lesson_modules(number)))
    assert own - set(catalogue) - set(common) == set(), f"lesson {number}: translate these in zh_lesson{number}.py"


def test_language_switch():
    assert get_language() == "en"
    try:
        set_language("zh")
        assert t("Correct") == "答对了"
        assert "还没有作答" in repr(check_number(..., 1.0))
    finally:
        set_language("en")
    assert t("Correct") == "Correct"
    assert t("{n} of {m}", n=1, m=2) == "1 of 2"
    with pytest.raises(ValueError, match="en, zh"):
        set_language("fr")
