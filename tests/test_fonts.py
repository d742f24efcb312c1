"""Chinese figure labels show on any machine: the course ships the glyphs it uses."""

import warnings

import matplotlib
import pytest
from fontTools.ttLib import TTFont

from helpers.fonts import FAMILY, FONT_PATHS, course_characters, register_course_font

MAX_BYTES = 1_000_000


def test_the_font_files_are_small():
    assert sum(path.stat().st_size for path in FONT_PATHS.values()) <= MAX_BYTES


def test_every_character_the_course_uses_has_a_glyph():
    """DejaVu Sans (matplotlib's own) or the shipped subset draws each character of the Chinese edition.
    Fails when new Chinese text appears: run tools/make_font_subset.py (needs Debian's fonts-noto-cjk)."""
    from matplotlib import font_manager

    dejavu = font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans"), fallback_to_default=False)
    for style, path in FONT_PATHS.items():
        covered = {chr(code) for code in TTFont(dejavu).getBestCmap()} | {chr(c) for c in TTFont(path).getBestCmap()}
        missing = sorted(course_characters() - covered)
        assert not missing, f"{style}: no glyph for {''.join(missing[:20])}: run tools/make_font_subset.py"


def test_matplotlib_finds_the_shipped_file_by_its_own_name():
    from matplotlib import font_manager

    register_course_font()
    for weight, style in (("normal", "Regular"), ("bold", "Bold")):
        props = font_manager.FontProperties(family=FAMILY, weight=weight)
        assert font_manager.findfont(props, fallback_to_default=False) == str(FONT_PATHS[style])


def test_a_chinese_label_draws_without_missing_glyphs():
    from helpers.plots import STYLE, figure_to_png, subplots

    fig, ax = subplots()
    ax.set_xlabel("轮数 epoch")
    ax.set_title("损失（半均方误差）", fontweight="bold")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph … missing from font(s)"
        with matplotlib.rc_context(STYLE):
            png = figure_to_png(fig)
    assert png[:4] == b"\x89PNG"


def test_a_character_outside_the_subset_would_be_noticed():
    """The guard above can fail: a rare character is not in the subset and matplotlib says so."""
    from helpers.plots import STYLE, figure_to_png, subplots

    fig, ax = subplots()
    ax.set_title("龘")  # not used by the course
    with matplotlib.rc_context(STYLE), pytest.warns(UserWarning, match="missing"):
        figure_to_png(fig)


def test_chinese_text_written_outside_the_course_style_draws_too():
    """A legend a Chinese notebook writes in its own code, after subplots() returned, finds the glyphs."""
    import matplotlib.pyplot as plt

    from helpers.plots import figure_to_png, subplots

    fig, ax = subplots()
    ax.plot([0, 1], [0, 1], label="训练损失")
    ax.legend()
    ax.text(0.5, 0.5, "验证集")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        figure_to_png(fig)
    plt.close(fig)
