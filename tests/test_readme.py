"""The README: the two commands first, Binder opens lesson 00, the address is set once."""

import re

from notebook_tools import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_two_commands_come_first():
    first_block = re.search(r"```bash\n(.*?)```", README, re.DOTALL).group(1)
    commands = [line.split("#")[0].strip() for line in first_block.splitlines() if line.strip()]
    assert commands == ["make lab", "make test"]


def test_makefile_has_the_commands_the_readme_names():
    makefile = (ROOT / "Makefile").read_text()
    for target in re.findall(r"make (\w+)", README):
        assert re.search(rf"^{target}:", makefile, re.MULTILINE), f"README names `make {target}`"


def test_binder_opens_lesson_00_and_the_address_is_set_once():
    binder = re.search(r"^\[binder\]: (\S+)$", README, re.MULTILINE).group(1)
    repo = re.search(r"^\[repo\]: https://github.com/(\S+)$", README, re.MULTILINE).group(1)
    assert binder == f"https://mybinder.org/v2/gh/{repo}/HEAD?urlpath=lab/tree/notebooks/00_start_here.ipynb"
    assert README.count(repo) == 2  # the two reference lines, nowhere else


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_chinese_readme_opens_the_chinese_lesson_00_on_the_same_repository():
    chinese = (ROOT / "README.zh-CN.md").read_text(encoding="utf-8")
    repo = re.search(r"^\[repo\]: https://github.com/(\S+)$", README, re.MULTILINE).group(1)
    expected = f"https://mybinder.org/v2/gh/{repo}/HEAD?urlpath=lab/tree/notebooks/zh/00_start_here.ipynb"
    assert expected in chinese
    assert chinese.lstrip().startswith("[English](README.md)") or "[English](README.md)" in chinese[:200]
