"""Print each lesson's visible words, exercises, widgets, code cells, the time the rule gives and the
time the lesson states. The rule: visible words / 150 per minute, + 4 min per exercise and per widget,
+ 0.5 min per code cell (tests/test_lesson_times.py holds every lesson to it).

    python tools/lesson_stats.py [notebooks/05_backprop.ipynb ...]
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from notebook_tools import lesson_paths, lesson_size, stated_minutes  # noqa: E402


def main(argv: list[str]) -> None:
    paths = [Path(a).resolve() for a in argv] or lesson_paths()
    total = 0
    print(f"{'lesson':34} {'words':>6} {'ex':>3} {'wid':>3} {'code':>4} {'rule':>5} {'stated':>6}")
    for path in paths:
        size = lesson_size(path)
        if "zh" not in path.parts:
            total += size.words
        print(
            f"{str(path.relative_to(ROOT)):34} {size.words:6} {size.exercises:3} {size.widgets:3} "
            f"{size.code_cells:4} {size.minutes:5.0f} {stated_minutes(path) or '-':>6}"
        )
    print(f"English visible words in all lessons listed: {total}")


if __name__ == "__main__":
    main(sys.argv[1:])
