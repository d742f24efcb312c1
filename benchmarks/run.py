"""Measure what the course budgets (CONTRIBUTING.md, README "How fast it is"): notebook run times,
widget redraws, training speed.

    make bench                                  # print the tables
    .venv/bin/python benchmarks/run.py --readme # also write them into README.md

1. Every notebook executed in a fresh kernel (nbclient), and the whole course;
   peak memory is the largest resident set of any kernel (getrusage of children).
2. Every lesson widget, measured as tests/test_widget_budgets.py measures it (``measure``):
   one warm-up change, then value changes cycling through its controls; median and 90th
   percentile of the kernel's CPU time and of the wall-clock time per redraw.
3. Training the house-price network (2 -> 3 -> 1, ReLU, 1000 epochs of full-batch
   Adam, lr 0.03, standardised data) with helpers, and the same network in PyTorch
   and scikit-learn when installed (requirements-bench.txt); best of 5 runs each,
   final training losses shown so the work is visibly the same.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import platform
import re
import resource
import sys
import time
from pathlib import Path

import nbformat
import numpy as np
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from test_widget_budgets import Timing, measure, measure_pad  # noqa: E402

from helpers.data import Scaler, make_house_prices  # noqa: E402
from helpers.losses import half_mse  # noqa: E402
from helpers.network import init_params, predict  # noqa: E402
from helpers.optimizers import train  # noqa: E402
from notebook_tools import lesson_paths, run_in_process  # noqa: E402

EPOCHS, LR, REPEATS = 1000, 0.03, 5


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        found = re.search(r"model name\s*:\s*(.+)", cpuinfo.read_text())
        cpu = found.group(1).strip() if found else cpu
    return (
        f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, NumPy {np.__version__}, "
        f"{platform.system()} {platform.machine()}"
    )


def bench_notebooks() -> tuple[list[tuple[str, float]], float]:
    rows = []
    for path in lesson_paths():
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(
            nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
        )
        start = time.perf_counter()
        client.execute()
        rows.append((str(path.relative_to(ROOT / "notebooks")), time.perf_counter() - start))
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return rows, peak_mib


def bench_widgets() -> list[tuple[str, Timing]]:
    rows = []
    for path in [p for p in lesson_paths() if p.parent == ROOT / "notebooks"]:  # the same widgets serve both editions
        with contextlib.redirect_stdout(io.StringIO()):  # the lessons' own prints are not the report
            widgets = run_in_process(path).widgets
        cells = nbformat.read(path, as_version=4).cells
        for index, widget in widgets:
            builder = cells[index].source.strip().splitlines()[-1]
            timing = measure_pad(widget) if hasattr(widget, "bitmap") else measure(widget)  # 09's pad has no controls
            rows.append((f"{path.stem[:2]} `{builder}`", timing))
    return rows


def house_data():
    X, y = make_house_prices()
    xs, ys = Scaler.fit(X), Scaler.fit(y)
    return X, y, xs.transform(X), ys.transform(y), ys


def best_of(fn) -> tuple[float, float]:
    """(fastest seconds, final loss in original units) over REPEATS runs."""
    results = [fn() for _ in range(REPEATS)]
    return min(r[0] for r in results), results[-1][1]


def train_helpers():
    X, y, Xs, ys, y_scaler = house_data()
    start = time.perf_counter()
    history = train(
        Xs, ys, init_params([2, 3, 1], "he", seed=0), ["relu", "linear"], optimizer="adam", lr=LR, epochs=EPOCHS
    )
    seconds = time.perf_counter() - start
    return seconds, half_mse(y_scaler.inverse(predict(Xs, history.params, ["relu", "linear"])), y)


def train_torch():
    import torch

    X, y, Xs, ys, y_scaler = house_data()
    torch.manual_seed(0)
    inputs, targets = torch.tensor(Xs), torch.tensor(ys)
    model = torch.nn.Sequential(torch.nn.Linear(2, 3), torch.nn.ReLU(), torch.nn.Linear(3, 1)).double()
    opt = torch.optim.Adam(model.parameters(), lr=LR)
    start = time.perf_counter()
    for _ in range(EPOCHS):
        opt.zero_grad()
        loss = ((model(inputs) - targets) ** 2).mean() / 2
        loss.backward()
        opt.step()
    seconds = time.perf_counter() - start
    with torch.no_grad():
        pred = model(inputs).numpy()
    return seconds, half_mse(y_scaler.inverse(pred), y)


def train_sklearn():
    import warnings

    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPRegressor

    X, y, Xs, ys, y_scaler = house_data()
    model = MLPRegressor(
        hidden_layer_sizes=(3,),
        activation="relu",
        solver="adam",
        learning_rate_init=LR,
        max_iter=EPOCHS,
        batch_size=len(Xs),
        alpha=0.0,
        tol=0.0,
        n_iter_no_change=EPOCHS + 1,
        shuffle=False,
        random_state=0,
    )
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(Xs, ys.ravel())
    seconds = time.perf_counter() - start
    return seconds, half_mse(y_scaler.inverse(model.predict(Xs).reshape(-1, 1)), y)


def bench_training() -> list[tuple[str, float, float]]:
    rows = [("helpers (NumPy)", *best_of(train_helpers))]
    for name, fn in (("PyTorch", train_torch), ("scikit-learn", train_sklearn)):
        try:
            rows.append((name, *best_of(fn)))
        except ImportError:
            rows.append((name, float("nan"), float("nan")))
    return rows


def report() -> str:
    nb_rows, peak = bench_notebooks()
    widget_rows = bench_widgets()
    train_rows = bench_training()
    times = dict(nb_rows)
    english = [name for name in times if "/" not in name]
    lines = [f"Measured on: {machine()}, {time.strftime('%Y-%m-%d')}.", ""]
    lines += ["| notebook | English (s) | 中文 (s) |", "|---|---:|---:|"]
    for name in english:
        chinese = times.get(f"zh/{name}")
        lines.append(f"| {name} | {times[name]:.1f} | {'' if chinese is None else f'{chinese:.1f}'} |")
    total_en = sum(times[n] for n in english)
    total_zh = sum(v for n, v in times.items() if n.startswith("zh/"))
    lines += [f"| **whole course** | **{total_en:.1f}** | **{total_zh:.1f}** |", ""]
    lines += [f"Peak memory of a kernel during the course run: {peak:.0f} MiB.", ""]
    lines += [
        "Widget redraws in ms: the kernel's CPU time (what the budgets hold) and the wall clock.",
        "",
        "| widget | redraws | median CPU | p90 CPU | median wall | p90 wall |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    lines += [
        f"| {name} | {m.redraws} | {m.cpu_median:.0f} | {m.cpu_p90:.0f} | {m.wall_median:.0f} | {m.wall_p90:.0f} |"
        for name, m in widget_rows
    ]
    base = train_rows[0][1]
    lines += [
        "",
        f"Training the house-price network (2 → 3 → 1, {EPOCHS} epochs of full-batch Adam, standardised data), "
        f"fastest of {REPEATS} runs. Each library starts from its own random weights, so the final losses differ a "
        "little; all reach the least-squares floor (12.27).",
        "",
    ]
    lines += ["| library | time (ms) | helpers is faster by | final half-MSE |", "|---|---:|---:|---:|"]
    for name, s, loss in train_rows:
        if np.isnan(s):
            lines.append(f"| {name} | not installed | | |")
        else:
            ratio = "" if name.startswith("helpers") else f"{s / base:.1f}x"
            lines.append(f"| {name} | {s * 1000:.0f} | {ratio} | {loss:.2f} |")
    return "\n".join(lines)


def write_readme(table: str) -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = "<!-- bench:start -->", "<!-- bench:end -->"
    if start not in text:
        raise SystemExit("README.md has no <!-- bench:start --> ... <!-- bench:end --> block")
    before, rest = text.split(start, 1)
    after = rest.split(end, 1)[1]
    readme.write_text(f"{before}{start}\n{table}\n{end}{after}", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--readme", action="store_true", help="write the tables into README.md")
    table = report()
    print(table)
    if parser.parse_args().readme:
        write_readme(table)


if __name__ == "__main__":
    main()
