# Neural Networks from Zero: the two commands are `make lab` and `make test`.
# Everything is installed into .venv inside this folder; caches and Jupyter's
# runtime files go to .cache/ here too, so nothing is written outside the repo.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
CACHE := $(CURDIR)/.cache

export PIP_CACHE_DIR := $(CACHE)/pip
export MPLCONFIGDIR := $(CACHE)/matplotlib
export IPYTHONDIR := $(CACHE)/ipython
export JUPYTER_CONFIG_DIR := $(CACHE)/jupyter/config
export JUPYTER_DATA_DIR := $(CACHE)/jupyter/data
export JUPYTER_RUNTIME_DIR := $(CACHE)/jupyter/runtime
export JUPYTERLAB_SETTINGS_DIR := $(CACHE)/jupyter/lab/settings
export JUPYTERLAB_WORKSPACES_DIR := $(CACHE)/jupyter/lab/workspaces
export PYTHONHASHSEED := 0
export TMPDIR := $(CACHE)/tmp

.PHONY: lab test notebooks images lint bench reset clean

## lab: set up .venv and open the course in JupyterLab at lesson 00
lab: $(VENV)/.lab
	$(BIN)/jupyter lab --ServerApp.root_dir="$(CURDIR)" --LabApp.default_url=/lab/tree/notebooks/00_start_here.ipynb \
		--LabApp.news_url=None --LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate \
		$(if $(filter 0,$(shell id -u)),--allow-root)

## test: set up .venv with the test tools and run every test (unit, notebooks, lint, browser; with Chromium
## present also the JupyterLite site, whose build tools go to .venv-lite)
test: $(VENV)/.test
	mkdir -p $(TMPDIR)
	$(if $(shell command -v chromium),$(MAKE) --no-print-directory $(LITE_VENV)/.ok)
	$(BIN)/python -m pytest; status=$$?; \
		if [ $$status -eq 5 ]; then echo "pytest collected no tests: that is a failure."; fi; exit $$status

## reset: get a lesson's original back, keeping yours beside it: make reset LESSON=03 (or LESSON=zh/03)
reset:
	@$(PYTHON) tools/reset_lesson.py "$(LESSON)"

## notebooks: re-execute every notebook in place, so committed outputs are fresh
notebooks: $(VENV)/.test
	$(BIN)/python tools/run_notebooks.py

## images: redraw every SVG in images/ from the drawing code
images: $(VENV)/.test
	$(BIN)/python tools/make_images.py

## lint: ruff over helpers, tests, tools and notebooks
lint: $(VENV)/.test
	$(BIN)/ruff check .

## bench: measure notebook, widget and training speed (see README)
bench: $(VENV)/.test
	$(BIN)/python -m pip install -q -r requirements-bench.txt
	$(BIN)/python benchmarks/run.py

$(VENV)/.lab: requirements.txt pyproject.toml jupyter/overrides.json
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.txt
	$(BIN)/python -m pip install -q --no-deps -e .
	mkdir -p $(VENV)/share/jupyter/lab/settings
	cp jupyter/overrides.json $(VENV)/share/jupyter/lab/settings/overrides.json
	touch $@

$(VENV)/.test: $(VENV)/.lab requirements-test.txt
	$(BIN)/python -m pip install -q -r requirements-test.txt
	touch $@

## lite: build the course as a static JupyterLite site in _site/ (Python runs in the browser; see README)
LITE_VENV := .venv-lite
.PHONY: lite
lite: $(LITE_VENV)/.ok
	mkdir -p $(TMPDIR)
	$(LITE_VENV)/bin/python tools/build_lite.py

$(LITE_VENV)/.ok: requirements-lite.txt
	mkdir -p $(TMPDIR)
	test -x $(LITE_VENV)/bin/python || $(PYTHON) -m venv $(LITE_VENV)
	$(LITE_VENV)/bin/python -m pip install -q --upgrade pip
	$(LITE_VENV)/bin/python -m pip install -q -r requirements-lite.txt
	touch $@

clean:
	rm -rf $(VENV) .venv-lite .venv-old _site .cache .pytest_cache
