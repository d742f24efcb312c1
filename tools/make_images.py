"""Draw every SVG image in images/ (English) and images/zh/ (Chinese) from the code in tools/figures/.

    python tools/make_images.py           # (re)write every image, one line per file
    python tools/make_images.py --check   # write nothing; exit 1 if any image is stale,
                                          # missing, or has no code that makes it

Each module in the package tools/figures defines ``IMAGES``, a dict from a file name
("network_2_3_1.svg") to a function returning a matplotlib figure. Every function is
drawn twice: in English into images/, and with ``set_language("zh")`` into images/zh/
under the same file name, so the words the diagrams write ("input", "hidden 1", ...)
come out in Chinese. Text is stored as paths, so no font is needed to view a file.
The same code on the same matplotlib version gives the same bytes every run: the SVG
id salt is fixed, the date is left out, and the drawing code is seeded.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
from matplotlib.figure import Figure

ROOT = Path(__file__).resolve().parents[1]
IMAGES_DIR = ROOT / "images"
#: Where each language's images go: the English ones in images/, the Chinese ones in images/zh/.
FOLDERS = {"en": IMAGES_DIR, "zh": IMAGES_DIR / "zh"}
SVG_SETTINGS = {"svg.hashsalt": "nn-from-zero", "svg.fonttype": "path", "svg.image_inline": True}

if str(ROOT) not in sys.path:  # run as a script: make `helpers` and `tools.figures` importable
    sys.path.insert(0, str(ROOT))

from helpers.i18n import get_language, set_language  # noqa: E402 (needs the path above)


def discover(package_name: str = "tools.figures") -> dict[str, Callable[[], Figure]]:
    """Collect ``IMAGES`` from every module in the package, checking names are unique."""
    package = importlib.import_module(package_name)
    where = package_name.replace(".", "/")
    registry: dict[str, Callable[[], Figure]] = {}
    owner: dict[str, str] = {}
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{package_name}.{info.name}")
        images = getattr(module, "IMAGES", None)
        if images is None:
            continue
        if not isinstance(images, dict):
            raise ValueError(f"{where}/{info.name}.py: IMAGES must be a dict {{file name: function}}")
        for name, make in images.items():
            if not isinstance(name, str) or not name.endswith(".svg") or "/" in name or name.startswith("."):
                raise ValueError(f"{where}/{info.name}.py: {name!r} is not a plain file name ending in .svg")
            if not callable(make):
                raise ValueError(f"{where}/{info.name}.py: IMAGES[{name!r}] is not a function")
            if name in registry:
                raise ValueError(
                    f"{name} is made by both {where}/{owner[name]}.py and {where}/{info.name}.py: "
                    "file names must be unique"
                )
            registry[name] = make
            owner[name] = info.name
    return registry


def render(make: Callable[[], Figure], path: Path) -> None:
    """Draw one figure and save it as SVG at ``path``, then close it."""
    fig = make()
    if not isinstance(fig, Figure):
        raise ValueError(f"the function for {path.name} returned {type(fig).__name__}, not a Figure")
    try:
        with matplotlib.rc_context(SVG_SETTINGS):
            fig.savefig(path, format="svg", dpi=80, bbox_inches="tight", metadata={"Date": None})
    finally:
        plt.close(fig)


def build_all(out_dir: Path, language: str = "en") -> list[Path]:
    """Write every registered image, drawn in ``language``, into ``out_dir``; return the paths, sorted by name."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    before = get_language()
    set_language(language)
    try:
        for name, make in sorted(discover().items()):
            render(make, out_dir / name)
            paths.append(out_dir / name)
    finally:
        set_language(before)
    return paths


def compare(built: Path, committed: Path, where: str = "images/") -> list[str]:
    """Problems that make ``committed`` differ from a fresh build in ``built``; ``where`` names the folder."""
    fresh = {p.name: p for p in built.iterdir() if p.is_file()}
    existing = {p.name: p for p in committed.iterdir() if p.is_file() and not p.name.startswith(".")}
    problems = [f"missing: {where}{name} (run `make images`)" for name in sorted(fresh.keys() - existing.keys())]
    problems += [
        f"orphan: {where}{name} (no function in tools/figures makes it; delete it or add one)"
        for name in sorted(existing.keys() - fresh.keys())
    ]
    problems += [
        f"stale: {where}{name} differs from what the code draws (run `make images`)"
        for name in sorted(fresh.keys() & existing.keys())
        if fresh[name].read_bytes() != existing[name].read_bytes()
    ]
    return problems


def folder_name(folder: Path) -> str:
    """images/ or images/zh/, as the messages write it."""
    return folder.relative_to(ROOT).as_posix() + "/"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if images/ is out of date")
    args = parser.parse_args(argv)
    if args.check:
        problems = []
        for language, folder in FOLDERS.items():
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory() as tmp:
                build_all(Path(tmp), language)
                problems += compare(Path(tmp), folder, folder_name(folder))
        for line in problems:
            print(line)
        print("images/ is up to date" if not problems else f"{len(problems)} problem(s) in images/")
        return 1 if problems else 0
    for language, folder in FOLDERS.items():
        for path in build_all(folder, language):
            print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size / 1024:.1f} kB)")
        existing = {p.name for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")}
        for name in sorted(existing - set(discover())):  # point out files no code makes any more
            print(f"orphan: {folder_name(folder)}{name} (no function in tools/figures makes it; delete it or add one)")
    return 0


if __name__ == "__main__":
    matplotlib.use("Agg")  # draw without a screen, the same everywhere
    sys.exit(main())
