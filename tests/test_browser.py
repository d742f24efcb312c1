"""JupyterLab in a real browser: open each lesson, run it, move a slider, see it change.

What it serves: a temporary COPY of the course (notebooks/ in both editions, images/ and
helpers/, under pytest's tmp_path in .cache/tmp), never the repo itself. JupyterLab may
autosave whatever it likes into the copy; a crash cannot touch a tracked file. A
module fixture checks at the end that every tracked notebook is byte-identical.

How: `jupyter lab` from this environment on 127.0.0.1 with a random port and token, the same
command-line settings as `make lab` and the same JupyterLab defaults a learner gets
(jupyter/overrides.json, as the server's application settings), driven by Debian's Chromium
through Playwright (no browser download). One JupyterLab page opens the lessons one after
another, as a learner would; each lesson's outputs are cleared before it runs, and its kernel is
stopped afterwards. The server stops at the end, even when a check fails.

A lesson fails at its FIRST error or stderr output, naming the lesson and the cell (numbered
from 0, as nbformat and tools/run_notebooks.py count), within a second of it appearing: the
test polls the cells while they run. It also fails on a browser console message about
mismatched shared modules ("Unsatisfied version", "No satisfying version") and on any
uncaught page error. Screenshots of every lesson go to pytest's temporary folder.

Lessons are found in notebooks/ (and notebooks/zh/). A lesson can get its own steps after
the generic ones: add a function `step(page)` to EXTRA_STEPS under the lesson's file name.

Without Chromium the test is skipped with a message, except in CI (CI=true),
where a missing browser is a failure.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from browser_tools import CHROMIUM, CHROMIUM_ARGS, IN_CI, WIDGET_STATE
from notebook_tools import NOTEBOOKS, ROOT, lesson_paths, read, source, tags

pytestmark = [pytest.mark.browser, pytest.mark.slow]

HOW_TO_ENABLE = (
    "The browser test needs Debian's Chromium: `sudo apt-get install chromium` "
    "(or set CHROMIUM_PATH to a Chromium/Chrome binary). `make test` installs Playwright itself."
)
#: Lessons where a slider must be moved and the widget's output must change (in both editions).
MUST_MOVE = {"01", "05", "08"}
#: Browser console messages that mean a JupyterLab extension does not match the JupyterLab installed.
BAD_CONSOLE = ("Unsatisfied version", "No satisfying version")
#: The prompt JupyterLab shows when jupyter/overrides.json is not in effect.
NEWS_PROMPT = "Would you like to get notified about official Jupyter news?"
#: What the served copy holds; helpers/ too, so `import helpers` never depends on how it was installed.
COPIED = ("notebooks", "images", "helpers")
SECONDS_PER_LESSON = 180


class LessonFailed(AssertionError):
    """A lesson raised, wrote to stderr, broke the page or did not finish; the message says where."""


# ----------------------------------------------------------------------------------------------
# The lesson-specific steps. Each gets the Playwright page with the lesson open and run, after
# the generic slider check, and raises (assert) when something is wrong. Outputs are checked
# for errors again afterwards. `widget_area`, `widget_state` and `wait_for_change` help.
# Keys are lesson file names without .ipynb; both editions get the same steps.

EXTRA_STEPS: dict[str, Callable[[Any], None]] = {}  # "05_backprop": step(page), ... (filled below)


# ----------------------------------------------------------------------------------------------
# Fixtures: a copy of the course, the server, the browser.


def _need_browser():
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        (pytest.fail if IN_CI else pytest.skip)("Playwright is not installed. " + HOW_TO_ENABLE)
    if not CHROMIUM or not Path(CHROMIUM).exists():
        (pytest.fail if IN_CI else pytest.skip)("No Chromium found. " + HOW_TO_ENABLE)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tracked_notebooks() -> dict[str, str]:
    """Every notebook git tracks (or, outside git, every notebook there is) -> the SHA-256 of its bytes."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--", "notebooks"], cwd=ROOT, capture_output=True, check=True
        ).stdout.decode()
        paths = [ROOT / p for p in listed.split("\0") if p.endswith(".ipynb")]
    except (OSError, subprocess.CalledProcessError):
        paths = sorted(NOTEBOOKS.rglob("*.ipynb"))
    return {
        p.relative_to(ROOT).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else "missing"
        for p in paths
    }


def changed_files(before: dict[str, str], after: dict[str, str]) -> list[str]:
    return sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))


@pytest.fixture(scope="module", autouse=True)
def notebooks_stay_untouched():
    before = tracked_notebooks()
    yield
    changed = changed_files(before, tracked_notebooks())
    assert not changed, f"the browser test changed tracked notebooks: {changed}"


@pytest.fixture(scope="module")
def course(tmp_path_factory) -> Path:
    """A copy of what the lessons need; JupyterLab serves this, never the repo."""
    root = tmp_path_factory.mktemp("course")
    skip = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__", "*.mine.ipynb", "*.mine-*.ipynb")
    for name in COPIED:
        shutil.copytree(ROOT / name, root / name, ignore=skip)
    return root


@pytest.fixture(scope="module")
def lab(course, tmp_path_factory):
    """A JupyterLab server on the copy; yields (base_url, token)."""
    _need_browser()
    port, token = _free_port(), secrets.token_hex(16)
    state = tmp_path_factory.mktemp("lab")
    # The learner's JupyterLab defaults, where `make lab` and postBuild put them (the application
    # settings folder), taken straight from the repo's file.
    app_settings = state / "app-settings"
    app_settings.mkdir()
    shutil.copy(ROOT / "jupyter" / "overrides.json", app_settings / "overrides.json")
    env = {
        **os.environ,
        "JUPYTERLAB_WORKSPACES_DIR": str(state / "workspaces"),
        "JUPYTERLAB_SETTINGS_DIR": str(state / "settings"),
        "JUPYTER_RUNTIME_DIR": str(state / "runtime"),
        # Kernels inherit this: `import helpers` finds the copy first.
        "PYTHONPATH": os.pathsep.join(filter(None, [str(course), os.environ.get("PYTHONPATH")])),
    }
    command = [
        sys.executable, "-m", "jupyter", "lab", "--no-browser",
        "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={course}",
        f"--LabApp.app_settings_dir={app_settings}",
        "--LabApp.expose_app_in_browser=True",
        # The same as `make lab`:
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # CI runs as root
        command.append("--allow-root")
    # Lay out every cell, not only those on screen, so widgets far down can be scrolled to and used.
    tracker = state / "settings" / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings"
    tracker.parent.mkdir(parents=True)
    tracker.write_text(json.dumps({"windowingMode": "none"}))
    log = open(state / "server.log", "w")
    server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=course)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2) as r:
                    json.load(r)
                break
            except OSError:
                if server.poll() is not None or time.time() > deadline:
                    pytest.fail("JupyterLab did not start:\n" + (state / "server.log").read_text()[-3000:])
                time.sleep(0.5)
        yield base, token
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def _api(lab, path: str, method: str = "GET", send: dict | None = None):
    """Call Jupyter Server's REST API; returns the decoded JSON answer."""
    base, token = lab
    headers = {"Authorization": f"token {token}", "Content-Type": "application/json"}
    data = json.dumps(send).encode() if send is not None else None
    request = urllib.request.Request(f"{base}{path}", data=data, method=method, headers=headers)
    with urllib.request.urlopen(request, timeout=30) as r:
        body = r.read()
    return json.loads(body) if body else None


class Watcher:
    """Collects what the browser reports that means trouble, between two calls to `take`."""

    def __init__(self, page):
        self.problems: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))

    def _console(self, message):
        if any(bad in message.text for bad in BAD_CONSOLE):
            self.problems.append(f"console {message.type}: {message.text[:400]}")

    def take(self) -> list[str]:
        found, self.problems = self.problems, []
        return found


@pytest.fixture(scope="module")
def browser(lab, tmp_path_factory):
    """(page, watcher): one Chromium page for the module, and what it has reported."""
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    # Chromium also writes crash-report settings, GTK's dconf cache and NSS's database under the home
    # folder: give it one in pytest's temporary folder, so nothing is written outside the repo.
    home = tmp_path_factory.mktemp("chromium-home")
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_CACHE_HOME": str(home / ".cache")}
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS, env=env,
            viewport={"width": 1280, "height": 900},
        )
        try:
            page = context.new_page()
            yield page, Watcher(page)
        finally:
            context.close()


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


# ----------------------------------------------------------------------------------------------
# Running a lesson and watching it.

#: The open notebook's state, read from JupyterLab's own cell models (not from pixels).
STATUS = """() => {
  const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  if (!w || !w.content || !w.content.widgets || !w.sessionContext) return null;
  if (!w.__watched) {  // a crash and automatic restart can be over between two polls: remember it
    w.__watched = true;
    w.sessionContext.statusChanged.connect((_, s) => {
      if (s === 'dead' || s === 'autorestarting') w.__trouble = s;
    });
  }
  const session = w.sessionContext.session;
  const status = {kernel: session && session.kernel ? session.kernel.status : null, trouble: w.__trouble || null,
                  running: [], unrun: 0, problem: null, cells: w.content.widgets.length};
  w.content.widgets.forEach((cell, index) => {
    const m = cell.model;
    if (m.type !== 'code' || status.problem) return;
    if (m.executionState === 'running') status.running.push(index);
    else if (m.executionCount === null && m.sharedModel.getSource().trim()) status.unrun += 1;
    // Look at each output's type only: serialising every figure on every poll would be slow.
    for (let k = 0; k < m.outputs.length && !status.problem; k++) {
      const out = m.outputs.get(k);
      const error = out.data['application/vnd.jupyter.error'];
      const stderr = out.data['application/vnd.jupyter.stderr'];
      if (out.type === 'error' || error) {
        const e = error || {};
        status.problem = {index, count: m.executionCount, text: e.ename + ': ' + e.evalue};
      } else if (stderr !== undefined) {
        status.problem = {index, count: m.executionCount, text: 'wrote to stderr: ' + String(stderr).slice(0, 400)};
      }
    }
    // Errors a widget shows in its own output area live in the widget's model, not the cell's: look at the page.
    const shown = status.problem ? null : cell.node.querySelector(
      '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]');
    if (shown) {
      const last = shown.innerText.trim().split('\\n').pop();  // a traceback ends with "Name: message"
      status.problem = {index, count: m.executionCount, text: 'shows an error: ' + last.slice(0, 400)};
    }
  });
  return status;
}"""
NEWS_SHOWN = f"() => document.body.innerText.includes({json.dumps(NEWS_PROMPT)})"


def check(page, watcher, name: str) -> dict | None:
    """Raise LessonFailed at the first sign of trouble; else return the notebook's status."""
    problems = watcher.take()
    if problems:
        raise LessonFailed(f"{name}: " + "\n".join(problems))
    status = page.evaluate(STATUS)
    if status is None:
        return None
    problem = status["problem"]
    if problem:
        count = f" (In [{problem['count']}])" if problem["count"] else ""
        raise LessonFailed(f"{name} cell {problem['index']}{count}: {problem['text']}")
    trouble = status["trouble"] or (status["kernel"] if status["kernel"] in ("dead", "autorestarting") else None)
    if trouble:
        where = f" while running cell {status['running'][0]}" if status["running"] else ""
        raise LessonFailed(f"{name}: the kernel died ({trouble}){where}")
    return status


def wait_until(page, watcher, name: str, done, what: str, seconds: float) -> dict:
    """Poll every 0.2 s until done(status); fail at once on any problem, or after `seconds`."""
    deadline = time.monotonic() + seconds
    while True:
        status = check(page, watcher, name)
        if status is not None and done(status):
            return status
        if time.monotonic() > deadline:
            running = status["running"] if status else []
            where = f"; cell {running[0]} was still running" if running else ""
            raise LessonFailed(f"{name}: {what} did not happen within {seconds:.0f} s{where}")
        page.wait_for_timeout(200)


def open_jupyterlab(page, lab) -> None:
    """Load JupyterLab in the page, unless it is there already: one load serves lesson after lesson,
    as it does for a learner."""
    base, token = lab
    if page.url.startswith(base) and page.evaluate("() => !!window.jupyterapp"):
        return
    page.goto(f"{base}/lab?token={token}&reset", wait_until="domcontentloaded")
    page.wait_for_function("() => !!window.jupyterapp", timeout=90_000)
    page.evaluate("() => window.jupyterapp.restored.then(() => null)")


def start_kernel_for(lab, rel: str) -> None:
    """Start the kernel of a notebook before JupyterLab opens it (JupyterLab then connects to it).

    The next lesson's kernel starts while this lesson's widgets are checked: that saves a kernel
    start per lesson.
    """
    send = {"path": rel, "name": Path(rel).name, "type": "notebook", "kernel": {"name": "python3"}}
    _api(lab, "/api/sessions", method="POST", send=send)


def close_lesson(page, lab, keep: str | None = None) -> None:
    """Close every tab without saving (the served copy would not matter anyway); stop every kernel
    except the one for the notebook `keep`."""
    try:
        page.evaluate("""() => {
          for (const w of Array.from(window.jupyterapp.shell.widgets('main'))) w.dispose();
        }""")
    except Exception:  # the page is broken: the next lesson loads JupyterLab afresh
        page.goto("about:blank")
    for session in _api(lab, "/api/sessions"):
        if session["path"] != keep:
            _api(lab, f"/api/sessions/{session['id']}", method="DELETE")


def run_lesson(page, watcher, lab, rel: str) -> None:
    """Open the notebook at `rel` (a path in the served copy), clear it, run every cell, watch."""
    name = rel.removeprefix("notebooks/")
    open_jupyterlab(page, lab)
    page.evaluate(
        "async (path) => { await window.jupyterapp.commands.execute('docmanager:open', {path, factory: 'Notebook'}); }",
        rel,
    )
    wait_until(page, watcher, name, lambda s: s["kernel"] == "idle", "the kernel starting", 90)
    # Committed outputs and execution counts go first, so every output seen is from this run.
    page.evaluate("window.jupyterapp.commands.execute('notebook:clear-all-cell-outputs')")
    page.evaluate("window.jupyterapp.commands.execute('notebook:run-all-cells')")
    wait_until(
        page, watcher, name,
        lambda s: s["kernel"] == "idle" and not s["running"] and s["unrun"] == 0,
        "running every cell", SECONDS_PER_LESSON,
    )


def settle(page, watcher, name: str) -> None:
    """After an interaction: wait for the kernel to finish and check the outputs again."""
    page.wait_for_timeout(300)
    wait_until(page, watcher, name, lambda s: s["kernel"] == "idle" and not s["running"], "the kernel settling", 60)


def widget_area(page, selector: str = ".widget-slider"):
    """The first widget output area holding `selector` (a CSS selector), as a Playwright locator."""
    return page.locator(f".jp-OutputArea-output:has({selector})").first


def widget_state(area) -> str:
    """The widget's visible text and images, to compare before and after an interaction."""
    return area.evaluate(WIDGET_STATE)


def wait_for_change(page, area, before: str, seconds: float = 15) -> None:
    page.wait_for_function(
        f"([a, b]) => ({WIDGET_STATE})(a) !== b", arg=[area.element_handle(), before], timeout=seconds * 1000
    )


def move_first_slider(page) -> bool | None:
    """Move the first slider a few steps (right, or left at the end); did the widget's output change?

    None when the lesson shows no slider.
    """
    areas = page.locator(".jp-OutputArea-output:has(.widget-slider)")
    if not areas.count():
        return None
    area = areas.first
    area.scroll_into_view_if_needed()
    before = widget_state(area)
    handle = area.locator(".noUi-handle").first
    at_end = handle.get_attribute("aria-valuenow") == handle.get_attribute("aria-valuemax")
    for key in ("ArrowLeft", "ArrowRight") if at_end else ("ArrowRight", "ArrowLeft"):
        handle.focus()
        for _ in range(5):
            page.keyboard.press(key)
        try:
            wait_for_change(page, area, before)
            return True
        except Exception:  # did not change: try the other way
            continue
    return False


# ----------------------------------------------------------------------------------------------
# The tests.

PATHS = lesson_paths()


@pytest.fixture
def next_lesson(request) -> str | None:
    """The notebook (path in the served copy) of the next lesson this run will test, if any."""
    items = request.session.items
    later = items[items.index(request.node) + 1 :] if request.node in items else []
    name = request.node.originalname  # later items may be nbval's notebook cells, which have no originalname
    following = next((item for item in later if getattr(item, "originalname", None) == name), None)
    return following.callspec.params["path"].relative_to(ROOT).as_posix() if following else None


@pytest.mark.parametrize("path", PATHS, ids=[p.relative_to(NOTEBOOKS).with_suffix("").as_posix() for p in PATHS])
def test_lesson_runs_in_jupyterlab(path, lab, browser, screenshots, next_lesson):
    page, watcher = browser
    rel = path.relative_to(ROOT).as_posix()
    name = rel.removeprefix("notebooks/")
    shot = screenshots / path.relative_to(NOTEBOOKS).with_suffix(".png").as_posix().replace("/", "_")
    start = time.monotonic()
    try:
        run_lesson(page, watcher, lab, rel)
        ran = time.monotonic() - start
        if next_lesson:
            start_kernel_for(lab, next_lesson)
        if any("widget" in tags(c) for c in read(path).cells):
            page.wait_for_function(
                "() => document.querySelectorAll('.jp-OutputArea-output :is(.widget-box, .digit-pad)').length > 0",
                timeout=30_000,
            )
        moved = move_first_slider(page)
        settle(page, watcher, name)
        assert moved is not False, f"{name}: moving the first slider did not change the widget's output"
        if path.name[:2] in MUST_MOVE:
            assert moved, f"{name}: no slider to move"
        step = EXTRA_STEPS.get(path.stem)
        if step:
            step(page)
            settle(page, watcher, name)
        assert not page.evaluate(NEWS_SHOWN), f"{name}: JupyterLab asked about Jupyter news"
        print(f"{name}: opened and ran in {ran:.1f} s, all checks in {time.monotonic() - start:.1f} s")
    finally:
        page.screenshot(path=str(shot))
        close_lesson(page, lab, keep=next_lesson)


# ----------------------------------------------------------------------------------------------
# Lessons with their own interaction (EXTRA_STEPS). Both editions run the same step.

#: Lesson 05's step-through widget: its buttons and the readout of its last step, in both languages.
NEXT_STEP = re.compile(r"Next ▶|下一步 ▶")
LAST_STEP = re.compile(r"Step 16 of 16|第 16 步（共 16 步）")
ALL_GRADIENTS_SEEN = re.compile(r"you have seen every gradient|每个梯度，你都看着它算了一遍")


def click_through_backprop(page) -> None:
    """Lesson 05: click "Next ▶" until the last backward step; its readout says every gradient was seen."""
    area = page.locator(".jp-OutputArea-output").filter(has=page.get_by_role("button", name=NEXT_STEP)).first
    area.scroll_into_view_if_needed()
    button = area.get_by_role("button", name=NEXT_STEP)
    for _ in range(20):  # 16 steps; a few spare in case the learner's slider was moved first
        if LAST_STEP.search(area.inner_text()):
            break
        before = widget_state(area)
        button.click()
        wait_for_change(page, area, before)
    text = area.inner_text()
    assert LAST_STEP.search(text), f"lesson 05: after the clicks the readout shows {text[-200:]!r}"
    assert ALL_GRADIENTS_SEEN.search(text), "lesson 05: the last step does not say every gradient was seen"


#: The pad's page state: its predicted label and the widths of its ten bars.
PAD_STATE = "(r) => r.dataset.label + '|' + [...r.querySelectorAll('.digit-pad-bar')].map(b => b.style.width).join(',')"


def draw_a_digit(page) -> None:
    """Lesson 09: draw a 7 (with its bar) on the pad with real mouse moves; the label and the bars change."""
    root = page.locator(".digit-pad").first
    canvas = root.locator("canvas.digit-pad-canvas")
    canvas.scroll_into_view_if_needed()
    before = root.evaluate(PAD_STATE)
    box = canvas.bounding_box()

    def at(x: float, y: float) -> tuple[float, float]:  # x, y from 0 to 1 across the pad
        return box["x"] + x * box["width"], box["y"] + y * box["height"]

    for stroke in ([(0.3, 0.15), (0.7, 0.15), (0.45, 0.85)], [(0.35, 0.5), (0.62, 0.5)]):
        page.mouse.move(*at(*stroke[0]))
        page.mouse.down()
        for (x0, y0), (x1, y1) in zip(stroke[:-1], stroke[1:]):
            for k in range(1, 13):
                page.mouse.move(*at(x0 + (x1 - x0) * k / 12, y0 + (y1 - y0) * k / 12))
        page.mouse.up()
    page.wait_for_function(
        f"([r, b]) => r.dataset.label !== '-1' && ({PAD_STATE})(r) !== b",
        arg=[root.element_handle(), before],
        timeout=30_000,
    )
    label = root.evaluate("(r) => r.dataset.label")
    assert label.isdigit(), f"lesson 09: the pad shows no predicted digit after drawing (label {label!r})"


EXTRA_STEPS.update({"05_backprop": click_through_backprop, "09_digits": draw_a_digit})


def test_jupyterlab_has_the_learners_settings(lab):
    """The server reads jupyter/overrides.json: JupyterLab's default for fetchNews is "false"."""
    plugin = _api(lab, "/lab/api/settings/@jupyterlab/apputils-extension:notification")
    overrides = json.loads((ROOT / "jupyter" / "overrides.json").read_text())
    for key, value in overrides["@jupyterlab/apputils-extension:notification"].items():
        assert plugin["schema"]["properties"][key]["default"] == value, key


def test_the_watcher_catches_version_mismatches_and_page_errors(browser):
    page, watcher = browser
    page.goto("about:blank")  # the next lesson loads JupyterLab again
    watcher.take()
    page.evaluate("console.warn('Unsatisfied version 4.4.10 of shared singleton module @jupyterlab/x')")
    page.evaluate("console.error('No satisfying version (^4.6.2) of shared module @jupyterlab/outputarea found')")
    page.evaluate("console.log('an ordinary message')")
    page.evaluate("setTimeout(() => { throw new Error('thrown on purpose'); }, 0)")
    page.wait_for_timeout(300)
    problems = watcher.take()
    assert len(problems) == 3, problems
    assert "thrown on purpose" in problems[-1]


def test_extra_steps_name_real_lessons():
    stems = {p.stem for p in PATHS}
    assert set(EXTRA_STEPS) <= stems, f"EXTRA_STEPS names no lesson: {set(EXTRA_STEPS) - stems}"


def _break(nb, how: str) -> int:
    """Make a copy of a lesson fail on purpose; return the number of the cell that fails.

    "raise": the first code cell raises. "stderr": the third code cell writes to stderr.
    "widget": the third code cell shows an error inside a widget (the cell itself has no error output).
    """
    code = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    index = code[0] if how == "raise" else code[2]
    first_lines = {
        "raise": 'raise RuntimeError("broken on purpose")\n',
        "stderr": 'import sys\nprint("broken on purpose", file=sys.stderr)\n',
        "widget": "import ipywidgets\nbox = ipywidgets.Output()\ndisplay(box)\n"
        'with box:\n    raise RuntimeError("broken on purpose")\n',
    }
    nb.cells[index].source = first_lines[how] + source(nb.cells[index])
    return index


@pytest.mark.parametrize("how", ["raise", "stderr", "widget"])
def test_a_broken_lesson_fails_fast_and_says_where(how, course, lab, browser, screenshots):
    """A copy of lesson 01 made to fail is reported within 60 s, with its name and cell; nothing tracked changes."""
    import nbformat

    page, watcher = browser
    before = tracked_notebooks()
    lesson = PATHS[1] if len(PATHS) > 1 else PATHS[0]
    nb = read(lesson)
    index = _break(nb, how)
    broken = course / "broken-on-purpose" / lesson.name
    broken.parent.mkdir(exist_ok=True)
    nbformat.write(nb, broken)
    rel = broken.relative_to(course).as_posix()
    start = time.monotonic()
    try:
        with pytest.raises(LessonFailed) as failure:
            run_lesson(page, watcher, lab, rel)
        seconds = time.monotonic() - start
        page.screenshot(path=str(screenshots / f"broken-{how}.png"))
    finally:
        close_lesson(page, lab)
    message = str(failure.value)
    print(f"reported after {seconds:.1f} s: {message}")
    assert seconds < 60, f"the failure took {seconds:.0f} s to be noticed"
    assert f"broken-on-purpose/{lesson.name} cell {index}" in message, message
    assert "broken on purpose" in message
    assert changed_files(before, tracked_notebooks()) == []
