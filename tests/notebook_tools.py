"""Read lesson notebooks the way the structure and exercise tests need.

Conventions every lesson follows (CONTRIBUTING.md, "The shape of a lesson"):
- cell 0 is Markdown: "# NN · Title", a one-line promise, "You will" with
  3-5 bullet objectives, "Before you start" (prerequisites), "Time:".
- an exercise is a Markdown cell whose heading starts "### Exercise", then a code
  cell tagged "exercise": the learner's code with ... placeholders, ending in a
  call to a check from helpers.exercises. Its metadata "course": {"wrong": CODE}
  holds a wrong answer that the check must reject.
- the Markdown cell after it holds tiered hints and the worked solution, each in
  a collapsed <details> block; the solution's <summary> says "Solution" and it
  contains one ```python block: the whole cell, solved.
"""

from __future__ import annotations

import ast
import functools
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"


#: The words the lesson standard's parts start with, in each edition (notebooks/ and notebooks/zh/).
KEYWORDS = {
    "en": {
        "objectives": "You will",
        "before": "Before you start",
        "time": r"Time:\**\s*about \d+",
        "exercise": "### Exercise",
        "hint": "Hint",
        "solution": "Solution",
        "mistakes": "Common mistakes",
        "takeaways": "Key takeaways",
        "language_line": 'set_language("en")',
    },
    "zh": {
        "objectives": "你将",
        "before": "开始之前",
        "time": r"时间：\**\s*约\s*\d+",
        "exercise": "### 练习",
        "hint": "提示",
        "solution": "参考答案",
        "mistakes": "常见错误",
        "takeaways": "要点",
        "language_line": 'set_language("zh")',
    },
}


def language_of(path: Path) -> str:
    """The edition a notebook belongs to: "zh" under notebooks/zh/, else "en"."""
    return "zh" if "zh" in path.resolve().relative_to(NOTEBOOKS).parts[:-1] else "en"


def is_learner_copy(path: Path) -> bool:
    """A learner's own version kept by `make reset` (03_forward_pass.mine.ipynb, .mine-2.ipynb, ...)."""
    return re.search(r"\.mine(-\d+)?\.ipynb$", path.name) is not None


def lesson_paths() -> list[Path]:
    return sorted(
        p for p in NOTEBOOKS.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts and not is_learner_copy(p)
    )


def read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def source(cell) -> str:
    return cell.source if isinstance(cell.source, str) else "".join(cell.source)


def tags(cell) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


SOLUTION_RE = re.compile(
    r"<details>\s*<summary>[^<]*(?:Solution|参考答案)[^<]*</summary>(.*?)</details>", re.DOTALL | re.IGNORECASE
)
HINT_RE = re.compile(r"<details>\s*<summary>[^<]*(?:Hint|提示)[^<]*</summary>", re.IGNORECASE)
CODE_RE = re.compile(r"```python\n(.*?)```", re.DOTALL)


@dataclass
class Exercise:
    notebook: Path
    index: int  # index of the exercise code cell
    title: str
    blank: str  # the cell as shipped
    solution: str | None
    wrong: str | None
    hint_count: int


def exercises(path: Path) -> list[Exercise]:
    nb = read(path)
    found = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code" or "exercise" not in tags(cell):
            continue
        title = ""
        for j in range(i - 1, -1, -1):
            if nb.cells[j].cell_type == "markdown" and KEYWORDS[language_of(path)]["exercise"] in source(nb.cells[j]):
                title = source(nb.cells[j]).split("### ", 1)[1].splitlines()[0]
                break
        after = source(nb.cells[i + 1]) if i + 1 < len(nb.cells) and nb.cells[i + 1].cell_type == "markdown" else ""
        sol = SOLUTION_RE.search(after)
        code = CODE_RE.search(sol.group(1)) if sol else None
        found.append(
            Exercise(
                notebook=path,
                index=i,
                title=title,
                blank=source(cell),
                solution=code.group(1) if code else None,
                wrong=cell.metadata.get("course", {}).get("wrong"),
                hint_count=len(HINT_RE.findall(after)),
            )
        )
    return found


def run_cell(code: str, namespace: dict):
    """Run code like a notebook cell: return the value of a final bare expression."""
    lines = [ln for ln in code.splitlines() if not ln.lstrip().startswith(("%", "!"))]
    tree = ast.parse("\n".join(lines))
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = ast.Expression(tree.body.pop().value)
    exec(compile(tree, "<cell>", "exec"), namespace)
    return eval(compile(last, "<cell>", "eval"), namespace) if last else None


@dataclass
class ExerciseRun:
    exercise: Exercise
    blank: object  # what each version of the cell returned (a Verdict if all is well)
    wrong: object
    solution: object


@dataclass
class InProcessRun:
    exercises: list[ExerciseRun]
    widgets: list[tuple[int, object]]  # (cell index, the widget the cell displayed)
    seconds: float
    figure_texts: list[tuple[int, str]] = field(default_factory=list)  # (cell index, a text drawn in a figure)


def _figure_texts(fig) -> list[str]:
    """Every non-empty text a matplotlib figure draws: titles, labels, tick labels, legends, annotations."""
    from matplotlib.text import Text

    return [t.get_text() for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()]


@functools.cache
def run_in_process(path: Path) -> InProcessRun:
    """Run a notebook cell by cell in this process, in its own folder, as a learner would.

    At each exercise cell the shipped cell, the wrong answer and the solution
    each run on a copy of the namespace; then the solution's namespace goes on.
    Widget cells' final values are kept, so tests can drive them. Every text drawn in a
    figure (shown by a cell, or rendered by a widget) is kept with its cell's index.
    """
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure

    from helpers.i18n import set_language

    nb = read(path)
    by_index = {ex.index: ex for ex in exercises(path)}
    namespace: dict = {"__name__": "__main__"}
    runs, widgets, texts = [], [], []
    seen: set[tuple[int, str]] = set()
    current = {"cell": -1}
    savefig = Figure.savefig

    def keep_texts(fig) -> None:
        for text in _figure_texts(fig):
            if (current["cell"], text) not in seen:
                seen.add((current["cell"], text))
                texts.append((current["cell"], text))

    def savefig_and_keep(fig, *args, **kwargs):  # widgets turn their figures into PNG bytes
        keep_texts(fig)
        return savefig(fig, *args, **kwargs)

    old = os.getcwd()
    start = time.perf_counter()
    os.chdir(path.parent)
    set_language("en")  # each notebook picks its own; the process must not carry one over
    Figure.savefig = savefig_and_keep
    try:
        for i, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            current["cell"] = i
            ex = by_index.get(i)
            if ex is None:
                value = run_cell(source(cell), namespace)
                if "widget" in tags(cell):
                    widgets.append((i, value))
            else:
                blank = run_cell(ex.blank, dict(namespace))
                wrong = run_cell(ex.wrong, dict(namespace)) if ex.wrong else None
                solved = run_cell(ex.solution, namespace) if ex.solution else None
                runs.append(ExerciseRun(ex, blank, wrong, solved))
            for number in plt.get_fignums():  # the figures this cell drew (or changed)
                keep_texts(plt.figure(number))
            if ex is not None:
                plt.close("all")
    finally:
        Figure.savefig = savefig
        os.chdir(old)
        set_language("en")
        plt.close("all")
    return InProcessRun(runs, widgets, time.perf_counter() - start, texts)


def other_value(control):
    """A different valid value for an ipywidgets control: the next option, or a third of a slider along."""
    import ipywidgets as w

    if isinstance(control, (w.Dropdown, w.ToggleButtons, w.RadioButtons, w.SelectionSlider, w.Select)):
        options = [o[1] if isinstance(o, tuple) else o for o in control.options]
        return options[(options.index(control.value) + 1) % len(options)]
    if isinstance(control, (w.Checkbox, w.ToggleButton)):
        return not control.value
    if isinstance(control, w.FloatLogSlider):  # min and max are exponents
        step = (control.max - control.min) / 3
        up = control.value * control.base**step
        return up if up <= control.base**control.max else control.value / control.base**step
    if hasattr(control, "max") and hasattr(control, "min"):
        span = control.max - control.min
        candidate = control.value + span / 3 if control.value + span / 3 <= control.max else control.value - span / 3
        return int(round(candidate)) if isinstance(control, w.IntSlider) else candidate
    raise AssertionError(f"the test does not know how to change a {type(control).__name__}")


# --- Reading time: one rule for every lesson (CONTRIBUTING.md, "The shape of a lesson", 1) -------

DETAILS_RE = re.compile(r"<details>.*?</details>", re.DOTALL | re.IGNORECASE)
WORD_RE = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")
WORDS_PER_MINUTE = 150
MINUTES_PER_EXERCISE_OR_WIDGET = 4
MINUTES_PER_CODE_CELL = 0.5


def visible_text(nb) -> str:
    """The Markdown a reader sees without opening anything: folded <details> blocks removed,
    HTML tags, image syntax and link targets dropped."""
    parts = []
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        text = DETAILS_RE.sub(" ", source(cell))
        text = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", text)  # images
        text = re.sub(r"\]\([^)]*\)", "]", text)  # keep a link's words, drop its target
        text = re.sub(r"<[^>]+>", " ", text)  # HTML tags
        parts.append(text)
    return "\n".join(parts)


def visible_words(nb) -> int:
    """Words a reader sees in the Markdown cells (numbers and symbols in formulas count as words)."""
    return len(WORD_RE.findall(visible_text(nb)))


@dataclass
class LessonSize:
    words: int
    exercises: int
    widgets: int
    code_cells: int

    @property
    def minutes(self) -> float:
        """visible words / 150 per minute, + 4 min per exercise and per widget, + 0.5 min per code cell."""
        return (
            self.words / WORDS_PER_MINUTE
            + MINUTES_PER_EXERCISE_OR_WIDGET * (self.exercises + self.widgets)
            + MINUTES_PER_CODE_CELL * self.code_cells
        )


def lesson_size(path: Path) -> LessonSize:
    nb = read(path)
    code = [c for c in nb.cells if c.cell_type == "code" and source(c).strip()]
    return LessonSize(
        words=visible_words(nb),
        exercises=sum("exercise" in tags(c) for c in code),
        widgets=sum("widget" in tags(c) for c in code),
        code_cells=len(code),
    )


def stated_minutes(path: Path) -> int | None:
    """The time the lesson's top cell states, in minutes ("Time: about 40 minutes" / "时间：约 40 分钟")."""
    top = source(read(path).cells[0])
    found = re.search(r"(?:Time:\**\s*about|时间：\**\s*约)\s*(\d+)", top)
    return int(found.group(1)) if found else None
