"""Does a Chinese code cell do the same thing as its English twin?

The two editions' code may differ only where a learner reads it: comments, and text that is
shown (a printed label, a figure title). Everything else must be identical: names, numbers,
operators, calls, the order of statements, and the parts of an f-string that compute
(``{loss:.2f}``). ``same_logic(en, zh)`` compares the two cells' syntax trees with comments
gone and every string literal taken out; then it compares the strings pair by pair: equal, or
the Chinese one is a translation (it holds Chinese characters).
"""

from __future__ import annotations

import ast
import re

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def _parse(code: str) -> ast.Module:
    lines = ["pass" if line.lstrip().startswith(("%", "!")) else line for line in code.splitlines()]
    return ast.parse("\n".join(lines))


class _TakeStrings(ast.NodeTransformer):
    """Replace each string literal by a numbered placeholder and keep the strings in order.
    An f-string keeps only its computed parts; its text parts become one string."""

    def __init__(self) -> None:
        self.strings: list[str] = []

    def _placeholder(self, text: str) -> ast.Constant:
        self.strings.append(text)
        return ast.Constant(value=f"<string {len(self.strings)}>")

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        return self._placeholder(node.value) if isinstance(node.value, str) else node

    def visit_JoinedStr(self, node: ast.JoinedStr) -> ast.AST:
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        computed = [self.visit(v) for v in node.values if isinstance(v, ast.FormattedValue)]
        return ast.JoinedStr(values=[self._placeholder(text), *computed])


def skeleton(code: str) -> tuple[str, list[str]]:
    """The cell's syntax tree without its strings (as text), and the strings in order."""
    taker = _TakeStrings()
    tree = taker.visit(_parse(code))
    return ast.dump(tree, annotate_fields=False), taker.strings


def same_logic(english: str, chinese: str) -> str | None:
    """None when the two cells do the same thing, else a sentence saying where they differ."""
    try:
        en_tree, en_strings = skeleton(english)
        zh_tree, zh_strings = skeleton(chinese)
    except SyntaxError as error:
        return f"does not parse: {error}"
    if en_tree != zh_tree:
        return "the code differs (names, numbers, operators or statements), not only comments and text"
    for en, zh in zip(en_strings, zh_strings):
        if en != zh and not CJK.search(zh):
            return f"the string {en!r} became {zh!r}: only a translation into Chinese may differ"
    return None
