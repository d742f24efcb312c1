"""The Chinese font the course ships, so that Chinese figure labels show on any machine.

``helpers/fonts/NotoSansSC-course-Regular.otf`` and ``-Bold.otf`` are subsets of Noto Sans CJK SC (SIL Open Font
License 1.1, see ``helpers/fonts/OFL.txt``) holding only the characters the course uses;
``tools/make_font_subset.py`` regenerates it. ``register_course_font()`` tells matplotlib
where it is (once per process, when helpers.plots is imported) and lists it after DejaVu Sans,
so a figure draws Latin text with DejaVu Sans and every Chinese character with this font,
glyph by glyph.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

FOLDER = Path(__file__).resolve().parent
#: Regular for labels, Bold for titles (matplotlib asks for both whenever the family is listed).
FONT_PATHS = {"Regular": FOLDER / "NotoSansSC-course-Regular.otf", "Bold": FOLDER / "NotoSansSC-course-Bold.otf"}
FAMILY = "Noto Sans SC Course"  # the subset's own name (tools/make_font_subset.py)
#: Full-width punctuation a Chinese label may use even if no lesson does yet.
PUNCTUATION = "，。、；：？！“”‘’（）《》【】—…·"


@functools.cache
def register_course_font() -> str:
    """Add the shipped font to matplotlib's font list (once) and return its family name.

    It also appends the family to matplotlib's ``font.family`` list (after "sans-serif", which is
    DejaVu Sans), the one global setting helpers touches: a label that a Chinese notebook writes in its own code
    (a legend, ``ax.text``) then finds its Chinese glyphs too. Latin text is unchanged, since
    DejaVu Sans comes first.
    """
    import matplotlib
    from matplotlib import font_manager

    for path in FONT_PATHS.values():
        font_manager.fontManager.addfont(str(path))
    if FAMILY not in matplotlib.rcParams["font.family"]:
        matplotlib.rcParams["font.family"] = [*matplotlib.rcParams["font.family"], FAMILY]
    return FAMILY


def course_characters(root: Path | None = None) -> set[str]:
    """Every non-ASCII character of the Chinese catalogues and lessons, plus common punctuation."""
    root = root or Path(__file__).resolve().parents[2]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "helpers" / "i18n").glob("zh_*.py"))]
    for path in sorted((root / "notebooks" / "zh").glob("*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        texts += ["".join(c["source"]) if isinstance(c["source"], list) else c["source"] for c in cells]
    chars = set(re.sub(r"[\x00-\x7f]", "", "".join(texts))) | set(PUNCTUATION)
    return {c for c in chars if c.isprintable() and not c.isspace()}
