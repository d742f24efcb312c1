"""Messages in two languages: every template has its Chinese, with the same placeholders."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from helpers import i18n
from helpers.checks import check_number
from helpers.i18n import ZH, N, get_language, set_language, t

HELPERS = Path(i18n.__file__).resolve().parents[1]
CJK = re.compile(r"[\u3400-\u9fff]")


def templates_in_code() -> dict[str, str]:
    """Every literal passed to t(...) or N(...) in helpers, with where it is."""
    found = {}
    for path in sorted(HELPERS.rglob("*.py")):
        if path.parent.name == "i18n" and path.name.startswith("zh_"):
            continue
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


TEMPLATES = templates_in_code()


def test_every_template_has_chinese():
    missing = [f"{where}: {text!r}" for text, where in TEMPLATES.items() if text not in ZH]
    assert not missing, "No Chinese in helpers/i18n/zh_*.py for:\n" + "\n".join(missing)


def test_placeholders_match():
    wrong = [
        f"{text!r} -> {ZH[text]!r}"
        for text in TEMPLATES
        if text in ZH and placeholders(text) != placeholders(ZH[text])
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


def test_language_switch():
    assert get_language() == "en"
    try:
        set_language("zh")
        assert t("Correct") == "正确"
        assert "还没有作答" in repr(check_number(..., 1.0))
    finally:
        set_language("en")
    assert t("Correct") == "Correct"
    assert t("{n} of {m}", n=1, m=2) == "1 of 2"
    assert N("Correct") == "Correct"
    with pytest.raises(ValueError, match="en, zh"):
        set_language("fr")
