"""Regenerate helpers/fonts/NotoSansSC-course-*.otf: the Chinese glyphs the course's figures can show.

Chinese figure labels must work on any machine (Binder, a laptop without CJK fonts, a browser
kernel), so the course ships one font file holding only the characters it uses: every non-ASCII
character in the Chinese catalogues (helpers/i18n/zh_*.py) and in the Chinese lessons
(notebooks/zh/), plus common CJK punctuation. Latin letters, digits and symbols come from
matplotlib's own DejaVu Sans, which falls back to this font glyph by glyph.

The glyphs come from Noto Sans CJK SC, Regular and Bold (SIL Open Font License 1.1), which Debian ships:

    apt-get install fonts-noto-cjk
    python tools/make_font_subset.py
    make images     # the Chinese SVGs name the font's glyphs, which a new subset renumbers

Run it again whenever new Chinese text appears (tests/test_fonts.py fails until you do).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = Path(__file__).resolve().parents[1]
SOURCES = {
    "Regular": Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    "Bold": Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"),
}
FAMILY = "Noto Sans CJK SC"
sys.path.insert(0, str(ROOT))

from helpers.fonts import FAMILY as COURSE_FAMILY  # noqa: E402
from helpers.fonts import FONT_PATHS, course_characters  # noqa: E402


def rename(font, family: str, style: str) -> None:
    """Give the subset its own family name, so matplotlib never confuses it with a full Noto font
    installed on the machine (and as the OFL asks of modified versions)."""
    table = font["name"]
    for record in list(table.names):
        if record.nameID in (1, 3, 4, 16):
            table.setName(family if record.nameID != 4 else f"{family} {style}", record.nameID,
                          record.platformID, record.platEncID, record.langID)
        elif record.nameID == 6:
            table.setName(family.replace(" ", "") + f"-{style}", 6, record.platformID, record.platEncID, record.langID)
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [family.replace(" ", "") + f"-{style}"]


def main() -> None:
    text = "".join(sorted(course_characters()))
    for style, source in SOURCES.items():
        if not source.exists():
            sys.exit(f"{source} is missing: apt-get install fonts-noto-cjk")
        collection = TTCollection(str(source))
        font = next(f for f in collection.fonts if f["name"].getDebugName(1) == FAMILY)
        options = subset.Options()
        options.layout_features = []  # no OpenType features needed for labels
        options.name_IDs = ["*"]  # keep the name table, with the licence (name IDs 13 and 14)
        options.notdef_outline = True
        options.hinting = False
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=text)
        subsetter.subset(font)
        rename(font, COURSE_FAMILY, style)
        path = FONT_PATHS[style]
        font.save(str(path))
        print(f"{path.relative_to(ROOT)}: {len(text)} characters, {path.stat().st_size / 1024:.0f} kB")
    print("Now run `make images`: the Chinese SVGs in images/zh/ refer to the subset's glyphs.")


if __name__ == "__main__":
    main()
