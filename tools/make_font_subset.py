"""Regenerate helpers/fonts/NotoSansSC-course.otf: the Chinese glyphs the course's figures can show.

Chinese figure labels must work on any machine (Binder, a laptop without CJK fonts, a browser
kernel), so the course ships one font file holding only the characters it uses: every non-ASCII
character in the Chinese catalogues (helpers/i18n/zh_*.py) and in the Chinese lessons
(notebooks/zh/), plus common CJK punctuation. Latin letters, digits and symbols come from
matplotlib's own DejaVu Sans, which falls back to this font glyph by glyph.

The glyphs come from Noto Sans CJK SC (SIL Open Font License 1.1), which Debian ships:

    apt-get install fonts-noto-cjk
    python tools/make_font_subset.py

Run it again whenever new Chinese text appears (tests/test_fonts.py fails until you do).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = Path(__file__).resolve().parents[1]
SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
FAMILY = "Noto Sans CJK SC"
sys.path.insert(0, str(ROOT))

from helpers.fonts import FAMILY as COURSE_FAMILY  # noqa: E402
from helpers.fonts import FONT_PATH, course_characters  # noqa: E402


def rename(font, family: str) -> None:
    """Give the subset its own family name, so matplotlib never confuses it with a full Noto font
    installed on the machine (and as the OFL asks of modified versions)."""
    table = font["name"]
    for record in list(table.names):
        if record.nameID in (1, 3, 4, 16):
            table.setName(family if record.nameID != 4 else f"{family} Regular", record.nameID,
                          record.platformID, record.platEncID, record.langID)
        elif record.nameID == 6:
            table.setName(family.replace(" ", "") + "-Regular", 6, record.platformID, record.platEncID, record.langID)
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [family.replace(" ", "") + "-Regular"]


def main() -> None:
    if not SOURCE.exists():
        sys.exit(f"{SOURCE} is missing: apt-get install fonts-noto-cjk")
    collection = TTCollection(str(SOURCE))
    font = next(f for f in collection.fonts if f["name"].getDebugName(1) == FAMILY)
    text = "".join(sorted(course_characters()))
    options = subset.Options()
    options.layout_features = []  # no OpenType features needed for labels
    options.name_IDs = ["*"]  # keep the name table, with the licence (name ID 13/14)
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    rename(font, COURSE_FAMILY)
    FONT_PATH.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(FONT_PATH))
    print(f"{FONT_PATH.relative_to(ROOT)}: {len(text)} characters, {FONT_PATH.stat().st_size / 1024:.0f} kB")


if __name__ == "__main__":
    main()
