"""`make reset LESSON=03`: the original comes back and the learner's version is kept beside it.

Every test works on a small git repository in pytest's tmp_path (a copy of the Makefile,
tools/reset_lesson.py, README.md and lesson 03 in both editions), never on this repo.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from notebook_tools import NOTEBOOKS, ROOT

LESSON = next(p for p in sorted(NOTEBOOKS.glob("03_*.ipynb")) if ".mine" not in p.name)
NAME = LESSON.name  # e.g. 03_forward_pass.ipynb
MINE = NAME.replace(".ipynb", ".mine.ipynb")
MINE_2 = NAME.replace(".ipynb", ".mine-2.ipynb")
GIT = shutil.which("git")
pytestmark = pytest.mark.skipif(GIT is None, reason="needs git")


def git(repo: Path, *args: str) -> str:
    command = [GIT, "-C", str(repo), "-c", "user.name=Test", "-c", "user.email=test@example.org", *args]
    return subprocess.run(command, capture_output=True, check=True, text=True).stdout


def snapshot() -> dict[str, str]:
    """Every file git tracks in the real repo -> the SHA-256 of its bytes (or None if missing)."""
    listed = subprocess.run([GIT, "-C", str(ROOT), "ls-files", "-z"], capture_output=True, check=True).stdout
    files = [ROOT / p for p in listed.decode().split("\0") if p]
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else None for p in files}


@pytest.fixture(scope="module", autouse=True)
def real_repo_untouched():
    before = snapshot()
    yield
    assert snapshot() == before, "a reset test changed a tracked file of the real repo"


def make_course(folder: Path, with_git: bool = True) -> Path:
    for name in (".gitignore", "Makefile", "README.md", "tools/reset_lesson.py", f"notebooks/{NAME}",
                 f"notebooks/zh/{NAME}"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, folder / name)
    if with_git:
        git(folder, "init", "-q")
        git(folder, "add", ".")
        git(folder, "commit", "-q", "-m", "the course")
    return folder


def git_stops_at(folder: Path) -> dict:
    """An environment where git looks for a repository no higher than `folder`.

    pytest's tmp_path lies inside this repo (.cache/tmp); git must not find this repo from there.
    """
    return {**os.environ, "GIT_CEILING_DIRECTORIES": str(folder.parent)}


def reset(course: Path, lesson: str, top: Path | None = None) -> subprocess.CompletedProcess:
    script = course / "tools" / "reset_lesson.py"
    return subprocess.run(
        [sys.executable, str(script), lesson], capture_output=True, text=True, env=git_stops_at(top or course)
    )


def edit(path: Path, text: str) -> bytes:
    """Add a Markdown cell at the top, as a learner would; return the new bytes."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    nb["cells"].insert(0, {"cell_type": "markdown", "id": "mine", "metadata": {}, "source": text})
    path.write_text(json.dumps(nb, ensure_ascii=False, indent=1), encoding="utf-8")
    return path.read_bytes()


def test_reset_keeps_your_version_and_brings_back_the_original(tmp_path):
    course = make_course(tmp_path)
    lesson = course / "notebooks" / NAME
    mine = edit(lesson, "my notes")
    result = reset(course, "03")
    assert result.returncode == 0, result.stdout + result.stderr
    assert lesson.read_bytes() == LESSON.read_bytes()
    assert (course / "notebooks" / MINE).read_bytes() == mine
    assert f"Your version is kept as notebooks/{MINE}; the original is back" in result.stdout
    assert git(course, "status", "--porcelain", "--ignored") == f"!! notebooks/{MINE}\n"  # git ignores the copy


def test_a_second_reset_keeps_both_copies(tmp_path):
    course = make_course(tmp_path)
    lesson = course / "notebooks" / NAME
    first = edit(lesson, "first try")
    assert reset(course, "03").returncode == 0
    second = edit(lesson, "second try")
    result = reset(course, "3")
    assert result.returncode == 0, result.stdout + result.stderr
    assert (course / "notebooks" / MINE).read_bytes() == first
    assert (course / "notebooks" / MINE_2).read_bytes() == second
    assert lesson.read_bytes() == LESSON.read_bytes()
    assert f"kept as notebooks/{MINE_2}" in result.stdout


def test_the_chinese_edition_through_make(tmp_path):
    if shutil.which("make") is None:
        pytest.skip("needs make")
    course = make_course(tmp_path)
    lesson = course / "notebooks" / "zh" / NAME
    mine = edit(lesson, "我的笔记")
    result = subprocess.run(
        ["make", "-s", "-C", str(course), "reset", "LESSON=zh/03", f"PYTHON={sys.executable}"],
        capture_output=True, text=True, env=git_stops_at(course),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert lesson.read_bytes() == (NOTEBOOKS / "zh" / NAME).read_bytes()
    assert (course / "notebooks" / "zh" / MINE).read_bytes() == mine
    assert "你的版本已保存为" in result.stdout
    assert (course / "notebooks" / NAME).read_bytes() == LESSON.read_bytes()  # the English lesson is left alone


def test_an_unchanged_lesson_is_left_alone(tmp_path):
    course = make_course(tmp_path)
    result = reset(course, "03")
    assert result.returncode == 0
    assert "unchanged" in result.stdout
    assert sorted(p.name for p in (course / "notebooks").glob("*.ipynb")) == [NAME]


def test_a_deleted_lesson_comes_back(tmp_path):
    course = make_course(tmp_path)
    (course / "notebooks" / NAME).unlink()
    result = reset(course, "03")
    assert result.returncode == 0, result.stdout + result.stderr
    assert (course / "notebooks" / NAME).read_bytes() == LESSON.read_bytes()
    assert "was missing; the original is back" in result.stdout


@pytest.mark.parametrize("inside_another_repo", [False, True])
def test_outside_git_it_explains_and_touches_nothing(tmp_path, inside_another_repo):
    if inside_another_repo:  # e.g. the course unpacked inside a home folder that is a git repo
        (tmp_path / "notes.txt").write_text("not the course")
        git(tmp_path, "init", "-q")
        git(tmp_path, "add", "notes.txt")
        git(tmp_path, "commit", "-q", "-m", "someone else's repository")
    course = make_course(tmp_path / "course", with_git=False)
    lesson = course / "notebooks" / NAME
    mine = edit(lesson, "my notes")
    result = reset(course, "03", top=tmp_path)
    assert result.returncode == 1
    assert "not a git checkout" in result.stdout and "Download raw file" in result.stdout
    assert MINE in result.stdout
    assert lesson.read_bytes() == mine
    assert sorted(p.name for p in (course / "notebooks").glob("*.ipynb")) == [NAME]


@pytest.mark.parametrize("wanted", ["", "99", "zh/xx"])
def test_a_missing_or_unknown_lesson_shows_how_to_call_it(tmp_path, wanted):
    course = make_course(tmp_path)
    result = reset(course, wanted)
    assert result.returncode == 2
    assert "make reset LESSON=03" in result.stdout
