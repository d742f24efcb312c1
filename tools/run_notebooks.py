"""Re-execute every lesson notebook in place, the same way every time.

    python tools/run_notebooks.py            # every notebook under notebooks/
    python tools/run_notebooks.py 01 05      # only those whose name starts so

Each notebook runs top to bottom in a fresh python3 kernel started in its own
folder. Execution counts come out 1, 2, 3, ...; timing metadata and saved
widget state are dropped, so a re-run changes a file only where an output did.
It stops with a list of problems if any cell raised or wrote to stderr.
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def is_learner_copy(path: Path) -> bool:
    """A learner's own version kept by `make reset` (NN_name.mine.ipynb, .mine-2.ipynb, ...): not a lesson."""
    return re.search(r"\.mine(-\d+)?\.ipynb$", path.name) is not None


def notebook_paths(prefixes: list[str]) -> list[Path]:
    found = (ROOT / "notebooks").rglob("*.ipynb")
    paths = sorted(p for p in found if ".ipynb_checkpoints" not in p.parts and not is_learner_copy(p))
    return [p for p in paths if not prefixes or any(p.name.startswith(x) for x in prefixes)]


def clean(nb: nbformat.NotebookNode) -> None:
    """Drop or normalise what changes from run to run but teaches nothing."""
    nb.metadata.pop("widgets", None)
    nb.metadata["kernelspec"] = KERNELSPEC
    nb.metadata.get("language_info", {}).pop("version", None)
    for index, cell in enumerate(nb.cells):
        cell.metadata.pop("execution", None)
        cell.metadata.pop("collapsed", None)
        cell.metadata.pop("scrolled", None)
        if cell.cell_type != "code":
            continue
        merged: list = []
        for out in cell.get("outputs", []):
            out.get("metadata", {}).pop("execution", None)
            view = out.get("data", {}).get("application/vnd.jupyter.widget-view+json")
            if view:  # points at widget state that is not saved: give it a stable name
                view["model_id"] = f"{index:032x}"
            previous = merged[-1] if merged else None
            if (
                out.output_type == "stream"
                and previous is not None
                and previous.output_type == "stream"
                and previous.name == out.name
            ):
                previous.text += out.text  # how print output is split into chunks depends on timing
            else:
                merged.append(out)
        cell.outputs = merged


def problems_in(nb: nbformat.NotebookNode, name: str) -> list[str]:
    found = []
    for i, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            if out.output_type == "error":
                found.append(f"{name} cell {i}: {out.ename}: {out.evalue}")
            elif out.output_type == "stream" and out.name == "stderr":
                found.append(f"{name} cell {i} wrote to stderr: {out.text[:200]!r}")
    return found


def run(path: Path) -> tuple[float, list[str]]:
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, timeout=300, kernel_name="python3", allow_errors=True, resources={"metadata": {"path": str(path.parent)}}
    )
    start = time.perf_counter()
    client.execute()
    seconds = time.perf_counter() - start
    clean(nb)
    nbformat.write(nb, path)
    return seconds, problems_in(nb, path.name)


def main(argv: list[str]) -> int:
    os.environ.setdefault("PYTHONHASHSEED", "0")
    paths = notebook_paths(argv)
    if not paths:
        print("No notebooks found.")
        return 1
    all_problems: list[str] = []
    total = 0.0
    for path in paths:
        seconds, problems = run(path)
        total += seconds
        all_problems += problems
        print(f"{path.relative_to(ROOT)}: {seconds:.1f} s{'  PROBLEMS' if problems else ''}")
    print(f"{len(paths)} notebooks in {total:.1f} s")
    for line in all_problems:
        print("  " + line)
    return 1 if all_problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
