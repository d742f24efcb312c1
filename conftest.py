"""Shared pytest setup: keep every cache and runtime file inside the repo.

`make test` exports the same variables; this makes a bare `pytest` behave the same.
"""

import os
from pathlib import Path

import matplotlib

ROOT = Path(__file__).resolve().parent
CACHE = ROOT / ".cache"

for name, sub in {
    "MPLCONFIGDIR": "matplotlib",
    "IPYTHONDIR": "ipython",
    "JUPYTER_CONFIG_DIR": "jupyter/config",
    "JUPYTER_DATA_DIR": "jupyter/data",
    "JUPYTER_RUNTIME_DIR": "jupyter/runtime",
    "JUPYTERLAB_SETTINGS_DIR": "jupyter/lab/settings",
    "JUPYTERLAB_WORKSPACES_DIR": "jupyter/lab/workspaces",
}.items():
    os.environ.setdefault(name, str(CACHE / sub))
os.environ.setdefault("PYTHONHASHSEED", "0")

# Figures drawn inside the test process need no screen. (Not MPLBACKEND: nbval's kernels
# would inherit it and stop showing figures inline.)
matplotlib.use("Agg")


def pytest_configure(config):
    # pytest's temporary folders live in the repo too, unless the caller chose one.
    if not config.option.basetemp:
        config.option.basetemp = str(CACHE / "pytest-tmp")
