"""Get a lesson's original back, and keep your own version beside it.

    make reset LESSON=03        # or: python tools/reset_lesson.py 03
    make reset LESSON=zh/03     # the Chinese edition

First your version of, say, notebooks/03_forward_pass.ipynb is copied to
notebooks/03_forward_pass.mine.ipynb (if that name is taken: .mine-2.ipynb, .mine-3.ipynb, ...).
Then the original comes back from git (the version of your last checkout, HEAD).
Nothing is ever deleted or overwritten. If the lesson is unchanged, nothing happens.
Needs only Python and git; git ignores the *.mine.ipynb copies.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

MESSAGES = {
    "en": {
        "kept": "Your version is kept as {mine}; the original is back in {lesson}.",
        "restored": "{lesson} was missing; the original is back.",
        "unchanged": "{lesson} is unchanged: it is already the original. Nothing to do.",
        "reload": "If the lesson is open in JupyterLab, choose File > Reload Notebook from Disk\n"
        "(and do not save the open copy over it).",
        "no_git": "This folder is not a git checkout of the course (or git is not installed), so the original\n"
        "is not stored here. Your file is untouched. To get the original:\n"
        "  1. rename your file to {mine_name}, so nothing is lost;\n"
        "  2. download the lesson again from {repo}\n"
        "     (open {lesson} there and use \"Download raw file\"), and put it in {folder}.",
    },
    "zh": {
        "kept": "你的版本已保存为 {mine}；原始版本已恢复到 {lesson}。",
        "restored": "{lesson} 不见了；原始版本已恢复。",
        "unchanged": "{lesson} 没有改动过，本来就是原始版本，什么都不用做。",
        "reload": "如果这一课正在 JupyterLab 中打开，请选择 File > Reload Notebook from Disk\n"
        "（从磁盘重新加载笔记本），不要再把打开的那份保存回去。",
        "no_git": "这个文件夹不是用 git 检出的课程（或者没有安装 git），所以这里没有保存原始版本。你的文件没有改动。\n"
        "要拿回原始版本：\n"
        "  1. 先把你的文件改名为 {mine_name}，这样什么都不会丢；\n"
        "  2. 从 {repo} 重新下载这一课\n"
        "     （在那里打开 {lesson}，点“Download raw file”），放进 {folder}。",
    },
}
USAGE = """Which lesson? For example:
    make reset LESSON=03        (English lesson 03)
    make reset LESSON=zh/03     (Chinese lesson 03)"""


def git(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True)


def in_git_checkout() -> bool:
    try:
        return git("rev-parse", "--verify", "--quiet", "HEAD").returncode == 0
    except OSError:  # git is not installed
        return False


def is_learner_copy(name: str) -> bool:
    return re.search(r"\.mine(-\d+)?\.ipynb$", name) is not None


def find_lesson(wanted: str) -> Path | None:
    """'03', '3', 'zh/03', '03_forward_pass' or a path -> notebooks/03_forward_pass.ipynb (relative to ROOT)."""
    wanted = wanted.strip().replace("\\", "/").removeprefix("notebooks/").removesuffix(".ipynb")
    edition, _, lesson = wanted.rpartition("/")
    folder = Path("notebooks", edition) if edition else Path("notebooks")
    names = {p.name for p in (ROOT / folder).glob("*.ipynb")}
    if in_git_checkout():  # a lesson you deleted can come back too
        listed = git("ls-tree", "--name-only", "HEAD", f"{folder.as_posix()}/").stdout.decode()
        names |= {Path(line).name for line in listed.splitlines() if line.endswith(".ipynb")}
    prefix = f"{int(lesson):02d}_" if lesson.isdigit() else f"{lesson}."
    matches = sorted(n for n in names if n.startswith(prefix) and not is_learner_copy(n))
    return folder / matches[0] if len(matches) == 1 else None


def free_copy_name(lesson: Path) -> Path:
    """notebooks/03_x.mine.ipynb, or .mine-2.ipynb, .mine-3.ipynb, ... : the first name not taken."""
    number = 1
    while True:
        mine = lesson.with_name(f"{lesson.stem}.mine{'' if number == 1 else f'-{number}'}.ipynb")
        if not (ROOT / mine).exists():
            return mine
        number += 1


def keep_copy(lesson: Path) -> Path:
    """Copy the learner's lesson to a free .mine name; never overwrite a file."""
    data = (ROOT / lesson).read_bytes()
    while True:
        mine = free_copy_name(lesson)
        try:
            with open(ROOT / mine, "xb") as out:  # "x": fail rather than overwrite
                out.write(data)
        except FileExistsError:
            continue
        if (ROOT / mine).read_bytes() != data:
            raise SystemExit(f"Could not copy {lesson} to {mine}; nothing was restored.")
        return mine


def repository_address() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8") if (ROOT / "README.md").exists() else ""
    found = re.search(r"^\[repo\]: (\S+)$", readme, re.MULTILINE)
    return found.group(1) if found else "the course's repository (see README.md)"


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not argv[0].strip():
        print(USAGE)
        return 2
    lesson = find_lesson(argv[0])
    if lesson is None:
        print(f"No lesson matches {argv[0]!r}.\n{USAGE}")
        return 2
    say = MESSAGES["zh" if lesson.parent.name == "zh" else "en"]
    where = {"lesson": lesson.as_posix(), "folder": lesson.parent.as_posix()}

    if not in_git_checkout() or git("cat-file", "-e", f"HEAD:./{lesson.as_posix()}").returncode != 0:
        mine_name = free_copy_name(lesson).name
        print(say["no_git"].format(mine_name=mine_name, repo=repository_address(), **where))
        return 1
    if (ROOT / lesson).exists() and git("diff", "--quiet", "HEAD", "--", lesson.as_posix()).returncode == 0:
        print(say["unchanged"].format(**where))
        return 0

    mine = keep_copy(lesson) if (ROOT / lesson).exists() else None
    restored = git("checkout", "HEAD", "--", lesson.as_posix())
    if restored.returncode != 0:
        print(restored.stderr.decode(errors="replace"))
        return 1
    if mine:
        print(say["kept"].format(mine=mine.as_posix(), **where))
    else:
        print(say["restored"].format(**where))
    print(say["reload"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
