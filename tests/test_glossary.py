"""GLOSSARY.md: one term per concept, each found in the lesson that first teaches it; no deprecated variants.

Each row names a term in English and in Chinese and links the lesson that first explains it in both
editions. The English term (its first form, before "/" or "(") must appear in that English lesson's
text, and the Chinese term (before "（") in the Chinese lesson's. The Chinese edition and its message
catalogues must not use the variants the Chinese review replaced (``DEPRECATED``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from notebook_tools import NOTEBOOKS, ROOT, read, source

ROW = re.compile(
    r"^\| (?P<en>[^|]+?) \| (?P<zh>[^|]+?) \|.*\((?P<en_link>notebooks/[^)]+)\).*\((?P<zh_link>notebooks/zh/[^)]+)\)"
)


def rows() -> list[dict[str, str]]:
    text = (ROOT / "GLOSSARY.md").read_text(encoding="utf-8")
    return [m.groupdict() for line in text.splitlines() if (m := ROW.match(line))]


def lesson_text(link: str) -> str:
    nb = read(ROOT / link)
    return "\n".join(source(c) for c in nb.cells)


def first_form(term: str, stop: str) -> str:
    return re.split(stop, term)[0].strip()


ROWS = rows()


def test_the_glossary_has_rows():
    assert len(ROWS) >= 60


@pytest.mark.parametrize("row", ROWS, ids=[r["en"] for r in ROWS])
def test_each_term_appears_in_the_lesson_it_links(row):
    en, zh = first_form(row["en"], r" / | \("), first_form(row["zh"], r"（| / ")
    assert en.lower() in lesson_text(row["en_link"]).lower(), f"'{en}' is not in {row['en_link']}"
    assert zh in lesson_text(row["zh_link"]), f"'{zh}' is not in {row['zh_link']}"
    assert row["en_link"].replace("notebooks/", "notebooks/zh/") == row["zh_link"], "link the same lesson twice"


#: Variants the Chinese review replaced, with the term to use instead (lessons-zh.md, "Terminology").
DEPRECATED = {
    r"偏差(?!修正)": "误差 for a miss (偏差 only in 偏差修正)",
    r"(?<!交互)部件": "交互部件",
    r"线性整流": "修正线性单元",
    r"欧拉数": "自然常数 e",
    r"测试问题": "实验对象",
    r"嫌疑": "疑点",
    r"信念地图": "概率地图",
    r"背锅": "plain words",
    r"开启": "打开",
    r"小十倍|多了一百倍|大了一千倍|涨了一百倍": "是原来的 N 倍 / 缩小到原来的 N 分之一",
    r"爆掉": "发散",
}


def chinese_texts() -> list[tuple[str, str]]:
    lessons = sorted((NOTEBOOKS / "zh").glob("*.ipynb"))
    found = [(f"zh/{p.name}", lesson_text(f"notebooks/zh/{p.name}")) for p in lessons]
    found += [(p.name, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "helpers" / "i18n").glob("zh_*.py"))]
    found += [(name, (ROOT / name).read_text(encoding="utf-8")) for name in ("README.zh-CN.md", "GLOSSARY.md")]
    return found


@pytest.mark.parametrize("pattern", list(DEPRECATED), ids=list(DEPRECATED.values()))
def test_no_deprecated_variant(pattern):
    where = [(name, m.group(0)) for name, text in chinese_texts() for m in re.finditer(pattern, text)]
    assert not where, f"use {DEPRECATED[pattern]}: found in {sorted({name for name, _ in where})}"


def test_the_code_term_check_can_fail():
    assert re.search(r"偏差(?!修正)", "两个偏差") and not re.search(r"偏差(?!修正)", "偏差修正")
    assert Path(ROOT / "GLOSSARY.md").exists()
