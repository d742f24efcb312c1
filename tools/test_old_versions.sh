#!/usr/bin/env bash
# The older-versions lane: helpers' unit tests on the versions the browser site runs (Pyodide 0.27.7:
# Python 3.12, NumPy 2.0.2, Matplotlib 3.8.4), in their own virtualenv .venv-old. Notebooks (nbval),
# lint, the pins and the browser tests are left to `make test`: they do not depend on these versions.
# Usage: tools/test_old_versions.sh [extra pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv-old
PY=""
for candidate in python3.12 "$(pyenv root 2>/dev/null || echo /nonexistent)"/versions/3.12*/bin/python3.12; do
    if "$candidate" -c "" 2>/dev/null; then PY=$candidate; break; fi
done
# No Python 3.12 here: the same NumPy and Matplotlib on 3.11.
[ -n "$PY" ] || PY=$(command -v python3.11 || command -v python3)
export PIP_CACHE_DIR="$PWD/.cache/pip" MPLCONFIGDIR="$PWD/.cache/matplotlib-old" PYTHONHASHSEED=0 \
       TMPDIR="$PWD/.cache/tmp"
mkdir -p "$TMPDIR"
if [ ! -f "$VENV/.ok" ] || [ tools/test_old_versions.sh -nt "$VENV/.ok" ]; then
    rm -rf "$VENV"
    "$PY" -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    # The browser's NumPy and Matplotlib and Matplotlib's dependencies, as in Pyodide 0.27.7's lock;
    # the rest as in requirements*.txt.
    "$VENV/bin/python" -m pip install -q numpy==2.0.2 matplotlib==3.8.4 pyparsing==3.1.2 fonttools==4.51.0 \
        contourpy==1.3.0 kiwisolver==1.4.5 pillow==10.2.0 cycler==0.12.1 \
        "$(grep -E '^ipywidgets==' requirements.txt)" "$(grep -E '^anywidget==' requirements.txt)" \
        "$(grep -E '^pytest==' requirements-test.txt)" nbformat
    "$VENV/bin/python" -m pip install -q --no-deps -e .
    touch "$VENV/.ok"
fi
"$VENV/bin/python" -c "import sys, numpy, matplotlib; print(f'old-versions lane: Python {sys.version.split()[0]}, NumPy {numpy.__version__}, Matplotlib {matplotlib.__version__}')"
exec "$VENV/bin/python" -m pytest -q -p no:nbval -o addopts="-p no:cacheprovider" -m "not browser" tests \
    --ignore=tests/test_browser.py --ignore=tests/test_lite.py --ignore=tests/test_environment.py \
    --ignore=tests/test_lint.py --ignore=tests/test_readme.py --ignore=tests/test_notebook_structure.py \
    --ignore=tests/test_translation_parity.py --ignore=tests/test_lesson_times.py \
    -k "not test_committed_images_match_the_code and not test_chinese_images_have_chinese_words" "$@"
# Left out: drawing the SVG diagrams (`make images`, a maintainer's task on the pinned Matplotlib). Their bytes
# depend on the Matplotlib version, and Matplotlib 3.8's FreeType cannot outline the Chinese font subset as
# paths for SVG (PNG figures with Chinese labels, which learners see, draw fine there: tests/test_lite.py).
