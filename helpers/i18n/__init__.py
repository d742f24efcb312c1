"""The learner's language: English (the default) or Simplified Chinese.

Every sentence that helpers shows a learner (exercise verdicts and hints, widget
labels, questions and readouts) is written in English as a template and passed
through ``t``:

    t("{n} input nodes is not it.", n=4)

``t`` fills in the values and, when the notebook has chosen Chinese, first swaps
the template for its translation from the catalogue. The catalogues are the
modules ``zh_*.py`` in this package, each a dict ``ZH`` from the English template
to the Chinese one. Templates kept in tables are marked with ``N`` ("translate
later") and passed through ``t`` when shown.

A notebook picks its language with one line in its first code cell:

    set_language("zh")

It is the one process-wide setting in helpers: each notebook runs in its own
kernel, so it is the notebook's language. Error messages for developers (bad
shapes, unknown names) stay in English.
"""

from __future__ import annotations

import importlib
import pkgutil

LANGUAGES = ("en", "zh")
_setting = {"language": "en"}


def set_language(code: str) -> None:
    """Show checks and widgets in this language from now on: "en" or "zh"."""
    if code not in LANGUAGES:
        raise ValueError(f"Unknown language {code!r}. Choose one of: {', '.join(LANGUAGES)}.")
    _setting["language"] = code


def get_language() -> str:
    """The language checks and widgets use now."""
    return _setting["language"]


def minus_sign(text: str) -> str:
    """Numbers in ``text`` with the minus sign of the learner's language: "-" in English, "−" (U+2212) in Chinese."""
    return text.replace("-", "\u2212") if _setting["language"] == "zh" else text


def N(template: str) -> str:
    """Mark a template for translation without translating it yet (for tables built at import)."""
    return template


def _load_catalogue() -> dict[str, str]:
    catalogue: dict[str, str] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if not info.name.startswith("zh_"):
            continue
        entries = importlib.import_module(f"{__name__}.{info.name}").ZH
        for english, chinese in entries.items():
            if english in catalogue and catalogue[english] != chinese:
                raise ValueError(f"Two translations of {english!r}: in {info.name} and an earlier catalogue.")
            catalogue[english] = chinese
    return catalogue


ZH = _load_catalogue()


def t(template: str, /, **values) -> str:
    """The template in the current language, with its {placeholders} filled in."""
    if _setting["language"] == "zh":
        template = ZH.get(template, template)
    return template.format(**values) if values else template
