"""The checkable parts of the lesson standard, applied to every notebook present."""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest

from notebook_tools import KEYWORDS, NOTEBOOKS, ROOT, exercises, language_of, lesson_paths, read, source, tags

PATHS = lesson_paths()
IDS = [str(p.relative_to(NOTEBOOKS)) for p in PATHS]
SIZE_BUDGET = 1_000_000  # bytes per notebook, outputs included

LINK_RE = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
MD_IMAGE_RE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")
HTML_IMAGE_RE = re.compile(r"<img\s[^>]*>", re.IGNORECASE)
ATTR_RE = re.compile(r'(\w+)="([^"]*)"')


def markdown(nb) -> list[str]:
    return [source(c) for c in nb.cells if c.cell_type == "markdown"]


def images_in(text: str) -> list[tuple[str, str]]:
    """(alt, src) of every image in a Markdown text, Markdown or HTML syntax."""
    found = [(alt, src) for alt, src in MD_IMAGE_RE.findall(text)]
    for tag in HTML_IMAGE_RE.findall(text):
        attrs = dict(ATTR_RE.findall(tag))
        found.append((attrs.get("alt", ""), attrs.get("src", "")))
    return found


@pytest.fixture(params=PATHS, ids=IDS)
def lesson(request):
    return request.param, read(request.param)


def test_there_are_lessons():
    assert (NOTEBOOKS / "00_start_here.ipynb").exists()


def test_file_names_are_numbered():
    for path in PATHS:
        assert re.fullmatch(r"\d\d_[a-z0-9_]+\.ipynb", path.name), path


def test_top_cell(lesson):
    path, nb = lesson
    words = KEYWORDS[language_of(path)]
    top = source(nb.cells[0])
    assert nb.cells[0].cell_type == "markdown"
    number = path.name[:2]
    assert re.match(rf"# {number}\b", top), f"{path.name}: the first line must be '# {number} · Title'"
    objectives = re.search(rf"{words['objectives']}[^\n]*\n((?:\s*[-*] .+\n?)+)", top)
    assert objectives, f"{path.name}: the top needs '{words['objectives']} ...' followed by bullet objectives"
    count = len(re.findall(r"^\s*[-*] ", objectives.group(1), re.MULTILINE))
    assert 3 <= count <= 5, f"{path.name}: {count} objectives; the standard asks for 3-5"
    assert words["before"] in top, f"{path.name}: name the prerequisites ('{words['before']}')"
    assert re.search(words["time"], top), f"{path.name}: give a time estimate"


def test_kernel_is_python3(lesson):
    _, nb = lesson
    assert nb.metadata["kernelspec"]["name"] == "python3"


def test_every_code_cell_ran_in_order_without_errors_or_warnings(lesson):
    path, nb = lesson
    counts = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code" or not source(cell).strip():
            continue
        assert cell.execution_count is not None, f"{path.name} cell {i} was never run: run `make notebooks`"
        counts.append(cell.execution_count)
        for out in cell.outputs:
            assert out.output_type != "error", f"{path.name} cell {i}: {out.get('ename')}: {out.get('evalue')}"
            if out.output_type == "stream":
                assert out.name != "stderr", f"{path.name} cell {i} wrote to stderr: {out.text[:200]}"
                assert "Warning" not in out.text, f"{path.name} cell {i} printed a warning"
    assert counts == list(range(1, len(counts) + 1)), f"{path.name}: re-run top to bottom with `make notebooks`"


def test_ignored_outputs_are_justified(lesson):
    """nbval-ignore-output only where the output is a widget or has a stated reason."""
    path, nb = lesson
    for i, cell in enumerate(nb.cells):
        if "nbval-ignore-output" not in tags(cell):
            continue
        is_widget = any(
            "application/vnd.jupyter.widget-view+json" in out.get("data", {}) for out in cell.get("outputs", [])
        )
        reason = cell.metadata.get("course", {}).get("ignore_reason", "")
        assert is_widget or reason, f"{path.name} cell {i}: ignored output is no widget and gives no ignore_reason"


def test_has_a_widget_after_a_static_figure(lesson):
    path, nb = lesson
    widget_cells = [i for i, c in enumerate(nb.cells) if "widget" in tags(c)]
    assert widget_cells, f"{path.name}: tag at least one widget cell 'widget'"
    for i in widget_cells:
        outputs = nb.cells[i].get("outputs", [])
        assert any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in outputs), (
            f"{path.name} cell {i}: a 'widget' cell must display a widget"
        )
        before = nb.cells[max(0, i - 3) : i]
        has_figure = any(
            "image/png" in o.get("data", {}) or "image/svg+xml" in o.get("data", {})
            for c in before
            for o in c.get("outputs", [])
        ) or any(c.cell_type == "markdown" and images_in(source(c)) for c in before)
        assert has_figure, f"{path.name} cell {i}: put a static figure of the same idea right before the widget"
        question = any(c.cell_type == "markdown" and ("?" in source(c) or "？" in source(c)) for c in before)
        assert question, f"{path.name} cell {i}: ask the learner a question to answer with the widget"


def test_exercises_have_hints_solution_and_wrong_answer(lesson):
    path, nb = lesson
    found = exercises(path)
    assert 2 <= len(found) <= 4, f"{path.name}: {len(found)} exercises; the standard asks for 2-4"
    for ex in found:
        where = f"{path.name} exercise '{ex.title}'"
        assert ex.title, f"{where}: put a '### Exercise ...' heading before the exercise cell"
        assert "..." in ex.blank, f"{where}: the shipped cell must leave ... for the learner"
        assert ex.solution, f"{where}: the next Markdown cell needs a <details><summary>Solution</summary> block"
        assert ex.wrong, f"{where}: give a wrong answer in the cell's metadata course.wrong"
        assert ex.hint_count >= 2, f"{where}: give tiered hints (at least two <details> Hint blocks)"


def test_close(lesson):
    path, nb = lesson
    words = KEYWORDS[language_of(path)]
    text = "\n".join(markdown(nb)[-3:])
    assert words["mistakes"] in text, f"{path.name}: end with '{words['mistakes']}'"
    takeaways = re.search(rf"{words['takeaways']}[^\n]*\n((?:\s*\d+\. .+\n?|\s*[-*] .+\n?)+)", text)
    assert takeaways, f"{path.name}: end with '{words['takeaways']}' as a list"
    assert len(re.findall(r"^\s*(?:\d+\.|[-*]) ", takeaways.group(1), re.MULTILINE)) == 3
    later = [p for p in PATHS if p.parent == path.parent and p.name > path.name]
    if later:
        assert later[0].name in text, f"{path.name}: link the next lesson, {later[0].name}"


def test_links_resolve(lesson):
    path, nb = lesson
    for text in markdown(nb):
        for target in LINK_RE.findall(text):
            if target.startswith(("http://", "https://", "mailto:", "#")):
                continue
            file_part = unquote(target.split("#", 1)[0])
            assert (path.parent / file_part).exists(), f"{path.name}: broken link {target}"


def test_images_exist_with_alt_text(lesson):
    path, nb = lesson
    for text in markdown(nb):
        for alt, src in images_in(text):
            assert alt.strip(), f"{path.name}: image {src} needs alt text"
            assert (path.parent / unquote(src)).exists(), f"{path.name}: missing image {src}"


def test_size_budget(lesson):
    path, _ = lesson
    assert path.stat().st_size <= SIZE_BUDGET, f"{path.name} is {path.stat().st_size} bytes; shrink its figures"


def test_no_orphan_images():
    used = set()
    texts = [(p.parent, t) for p in PATHS for t in markdown(read(p))]
    for md in ROOT.glob("*.md"):
        texts.append((ROOT, md.read_text(encoding="utf-8")))
    for folder, text in texts:
        for _, src in images_in(text):
            used.add((folder / unquote(src)).resolve())
    for image in (ROOT / "images").rglob("*"):  # images/ and images/zh/ (the Chinese edition's)
        if image.is_file():
            assert image.resolve() in used, f"{image.relative_to(ROOT)} is used by no notebook or README"


EDITIONS = {"en": (NOTEBOOKS, "README.md"), "zh": (NOTEBOOKS / "zh", "README.zh-CN.md")}


@pytest.mark.parametrize("edition", list(EDITIONS))
def test_start_here_maps_every_lesson(edition):
    folder, _ = EDITIONS[edition]
    start = folder / "00_start_here.ipynb"
    text = "\n".join(markdown(read(start)))
    for path in PATHS:
        if path.parent == folder and path != start:
            assert f"({path.name})" in text, f"{start}: the course map must link {path.name}"


@pytest.mark.parametrize("edition", list(EDITIONS))
def test_readme_maps_every_lesson(edition):
    folder, name = EDITIONS[edition]
    readme = (ROOT / name).read_text(encoding="utf-8")
    for path in PATHS:
        if path.parent == folder:
            link = path.relative_to(ROOT).as_posix()
            assert link in readme, f"{name}: the lesson map must link {link}"


@pytest.mark.parametrize("name", [name for _, name in EDITIONS.values()] + ["GLOSSARY.md", "CONTRIBUTING.md"])
def test_top_level_links_resolve(name):
    text = (ROOT / name).read_text(encoding="utf-8")
    for target in LINK_RE.findall(text):
        if target.startswith(("http://", "https://", "mailto:", "#")):
            continue
        assert (ROOT / unquote(target.split("#", 1)[0])).exists(), f"{name}: broken link {target}"


def test_readmes_link_each_other():
    assert "README.zh-CN.md" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert "README.md" in (ROOT / "README.zh-CN.md").read_text(encoding="utf-8")

