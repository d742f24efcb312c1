"""Shared pytest setup: keep every cache and runtime file inside the repo.

`make test` exports the same variables; this makes a bare `pytest` behave the same.
"""

import os
import tempfile
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

# Temporary files (pytest's tmp_path, Jupyter, Chromium's profile) stay in the repo as well.
# pytest numbers its folders under this one, so parallel runs do not clash.
(CACHE / "tmp").mkdir(parents=True, exist_ok=True)
os.environ.setdefault("TMPDIR", str(CACHE / "tmp"))
tempfile.tempdir = os.environ["TMPDIR"]

# A learner's own versions of lessons, kept by `make reset` (03_forward_pass.mine.ipynb,
# .mine-2.ipynb, ...), are not lessons: nbval does not run them. (fnmatch's * matches / too.)
collect_ignore_glob = ["notebooks/*.mine.ipynb", "notebooks/*.mine-*.ipynb"]
