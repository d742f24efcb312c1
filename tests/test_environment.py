"""environment.yml (conda, Binder) and requirements.txt (pip) pin the same versions."""

import re

from notebook_tools import ROOT


def pins_from_requirements() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            pins[name.lower()] = version
    return pins


def pins_from_environment() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "environment.yml").read_text().splitlines():
        match = re.fullmatch(r"\s*-\s*([A-Za-z0-9_.-]+)\s*=\s*([^\s#]+)\s*(#.*)?", line)
        if match:
            pins[match.group(1).lower()] = match.group(2)
    return pins


def test_pins_agree():
    env = pins_from_environment()
    assert env.pop("python") == "3.11"
    assert env == pins_from_requirements()


def test_every_requirement_is_pinned_exactly():
    for path in ("requirements.txt", "requirements-test.txt"):
        for line in (ROOT / path).read_text().splitlines():
            line = line.split("#", 1)[0].strip()
            if line and not line.startswith("-r"):
                assert re.fullmatch(r"[A-Za-z0-9_.-]+==[0-9][^\s]*", line), f"{path}: pin exactly: {line}"


def test_course_needs_no_heavy_frameworks():
    text = (ROOT / "requirements.txt").read_text() + (ROOT / "environment.yml").read_text()
    for name in ("torch", "scikit-learn", "tensorflow", "jax"):
        assert name not in text
