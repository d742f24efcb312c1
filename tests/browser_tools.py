"""What the two browser tests share: how to find Debian's Chromium, its flags, and how to read a widget.

tests/test_browser.py drives JupyterLab; tests/test_lite.py drives the JupyterLite site.
"""

from __future__ import annotations

import os
import shutil

#: In CI a missing browser is a failure; elsewhere the browser tests are skipped with a message.
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")
#: Headless Chromium as root on a machine whose network is closed: no sandbox, no background traffic.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
#: A widget's visible text and images, to compare before and after an interaction.
WIDGET_STATE = """(area) => {
  const texts = Array.from(area.querySelectorAll('.widget-html-content')).map(e => e.innerText).join('|');
  const imgs = Array.from(area.querySelectorAll('img')).map(e => e.src).join('|');
  return texts + '#' + imgs;
}"""
