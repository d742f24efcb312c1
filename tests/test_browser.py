"""JupyterLab in a real browser: open each lesson, run it, move a slider, see it change.

Starts `jupyter lab` from this environment on 127.0.0.1 with a random port and
token, drives Debian's Chromium with Playwright (no browser download) and stops
the server afterwards, even when a check fails. Screenshots of every lesson go
to pytest's temporary folder (under .cache/ in this repo).

Without Chromium the test is skipped with a message, except in CI (CI=true),
where a missing browser is a failure.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from notebook_tools import NOTEBOOKS, ROOT, lesson_paths, read, tags

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
HOW_TO_ENABLE = (
    "The browser test needs Debian's Chromium: `sudo apt-get install chromium` "
    "(or set CHROMIUM_PATH to a Chromium/Chrome binary). `make test` installs Playwright itself."
)
CHROMIUM = os.environ.get("CHROMIUM_PATH", CHROMIUM)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
#: Lessons where a slider must be moved and the widget's output must change (in both editions).
MUST_MOVE = {"01", "05", "08"}


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


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server for this module; yields (base_url, token)."""
    _need_browser()
    port, token = _free_port(), secrets.token_hex(16)
    state = tmp_path_factory.mktemp("lab")
    env = {
        **os.environ,
        "JUPYTERLAB_WORKSPACES_DIR": str(state / "workspaces"),
        "JUPYTERLAB_SETTINGS_DIR": str(state / "settings"),
        "JUPYTER_RUNTIME_DIR": str(state / "runtime"),
    }
    command = [
        sys.executable, "-m", "jupyter", "lab", "--no-browser",
        "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={ROOT}",
        "--LabApp.expose_app_in_browser=True",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.news_url=None",
        "--LabApp.extension_manager=readonly",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # CI runs as root
        command.append("--allow-root")
    # Lay out every cell, not only those on screen, so widgets far down can be scrolled to and used.
    tracker = state / "settings" / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings"
    tracker.parent.mkdir(parents=True)
    tracker.write_text(json.dumps({"windowingMode": "none"}))
    log = open(state / "server.log", "w")
    server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
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


@pytest.fixture(scope="module")
def browser_page(lab, tmp_path_factory):
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 900},
        )
        try:
            yield context.new_page()
        finally:
            context.close()


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


KERNEL_STATUS = """() => {
  const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  const s = w && w.sessionContext && w.sessionContext.session;
  return s && s.kernel ? s.kernel.status : null;
}"""
RUNNING_CELLS = """() => Array.from(document.querySelectorAll('.jp-Notebook .jp-InputPrompt'))
  .filter(e => e.textContent.includes('*')).length"""
UNRUN_CELLS = """() => Array.from(document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt'))
  .filter(e => /\\[\\s*\\]/.test(e.textContent)).length"""
WIDGET_STATE = """(area) => {
  const texts = Array.from(area.querySelectorAll('.widget-html-content')).map(e => e.innerText).join('|');
  const imgs = Array.from(area.querySelectorAll('img')).map(e => e.src).join('|');
  return texts + '#' + imgs;
}"""

PATHS = lesson_paths()


@pytest.mark.parametrize("path", PATHS, ids=[p.relative_to(NOTEBOOKS).with_suffix("").as_posix() for p in PATHS])
def test_lesson_runs_in_jupyterlab(path, lab, browser_page, screenshots):
    base, token = lab
    page = browser_page
    rel = path.relative_to(ROOT).as_posix()
    page.goto(f"{base}/lab/tree/{rel}?token={token}&reset", wait_until="domcontentloaded")
    page.wait_for_function(f"({KERNEL_STATUS})() === 'idle'", timeout=90_000)

    page.evaluate("window.jupyterapp.commands.execute('notebook:run-all-cells')")
    page.wait_for_function(f"({RUNNING_CELLS})() === 0 && ({UNRUN_CELLS})() === 0", timeout=180_000)
    page.wait_for_function(f"({KERNEL_STATUS})() === 'idle'", timeout=60_000)

    errors = page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')
    assert errors.count() == 0, f"{path.name}: {errors.first.inner_text()[:500]}"

    n_widget_cells = sum("widget" in tags(c) for c in read(path).cells)
    areas = page.locator(".jp-OutputArea-output:has(.widget-slider)")
    if n_widget_cells:
        page.wait_for_function(
            "() => document.querySelectorAll('.jp-OutputArea-output .widget-box').length > 0", timeout=30_000
        )
    moved = False
    if areas.count():
        area = areas.first
        area.scroll_into_view_if_needed()
        before = area.evaluate(WIDGET_STATE)
        handle = area.locator(".noUi-handle").first
        handle.focus()
        for _ in range(5):
            page.keyboard.press("ArrowRight")
        try:
            page.wait_for_function(
                f"([a, b]) => ({WIDGET_STATE})(a) !== b", arg=[area.element_handle(), before], timeout=15_000
            )
            moved = True
        except Exception:
            handle.focus()
            for _ in range(5):
                page.keyboard.press("ArrowLeft")
            page.wait_for_function(
                f"([a, b]) => ({WIDGET_STATE})(a) !== b", arg=[area.element_handle(), before], timeout=15_000
            )
            moved = True
    shot_name = path.relative_to(NOTEBOOKS).with_suffix(".png").as_posix().replace("/", "_")
    page.screenshot(path=str(screenshots / shot_name))
    if path.name[:2] in MUST_MOVE:
        assert moved, f"{path.name}: no slider moved the widget's output"
