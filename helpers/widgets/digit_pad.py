"""Lesson 09's pad: draw a digit with the mouse (or a finger) and watch the network read it.

The drawing happens in the browser, on a 32 x 32 grid (JavaScript below, no
network access, no library). While you draw, the browser sends the grid to
Python as ``bitmap`` (1024 zeros and ones, row by row): when you lift the pen,
and at most every 100 ms while you draw. Python turns it into the 8 x 8 image the
network reads (``helpers.digits.to_8x8``: crop, fill the box, centre, make the
strokes as bold as the data set's, count each 4 x 4 block), runs the network and
sends back ``pixels8``, ``probabilities``, ``label`` and ``message``, which the
browser draws as a small image and ten bars.

A test drives it without a browser: set ``pad.bitmap`` and read ``pad.label``.
"""

from __future__ import annotations

import time

import anywidget
import numpy as np
import traitlets

from ..digits import BOX, INK_TARGET, DigitNetwork, count_blocks, fill_box, normalise_bitmap, scale_pixels
from ..i18n import t

_ESM = r"""
const N = 32;          // the pad is N x N cells
const CELL = 8;        // screen pixels per cell
const BRUSH = 1.3;     // brush radius, in cells
const EVERY_MS = 100;  // while drawing, send the grid at most this often

function render({ model, el }) {
  const texts = model.get("texts");
  const root = document.createElement("div");
  root.className = "digit-pad";
  el.appendChild(root);

  const left = document.createElement("div");
  left.className = "digit-pad-left";
  const canvas = document.createElement("canvas");
  canvas.className = "digit-pad-canvas";
  canvas.width = N * CELL;
  canvas.height = N * CELL;
  canvas.setAttribute("aria-label", texts.draw);
  const clear = document.createElement("button");
  clear.className = "digit-pad-clear";
  clear.textContent = texts.clear;
  const hint = document.createElement("div");
  hint.className = "digit-pad-caption";
  hint.textContent = texts.draw;
  left.append(hint, canvas, clear);

  const right = document.createElement("div");
  right.className = "digit-pad-right";
  const seesTitle = document.createElement("div");
  seesTitle.className = "digit-pad-caption";
  seesTitle.textContent = texts.sees;
  const small = document.createElement("canvas");
  small.className = "digit-pad-8x8";
  small.width = 8 * 12;
  small.height = 8 * 12;
  const barsTitle = document.createElement("div");
  barsTitle.className = "digit-pad-caption";
  barsTitle.textContent = texts.probabilities;
  const bars = document.createElement("div");
  bars.className = "digit-pad-bars";
  const rows = [];
  for (let d = 0; d < 10; d++) {
    const row = document.createElement("div");
    row.className = "digit-pad-row";
    const name = document.createElement("span");
    name.className = "digit-pad-digit";
    name.textContent = String(d);
    const track = document.createElement("span");
    track.className = "digit-pad-track";
    const bar = document.createElement("span");
    bar.className = "digit-pad-bar";
    bar.dataset.digit = String(d);
    track.appendChild(bar);
    const value = document.createElement("span");
    value.className = "digit-pad-value";
    row.append(name, track, value);
    bars.appendChild(row);
    rows.push({ row, bar, value });
  }
  const label = document.createElement("div");
  label.className = "digit-pad-label";
  const message = document.createElement("div");
  message.className = "digit-pad-message";
  right.append(seesTitle, small, barsTitle, bars, label, message);
  root.append(left, right);

  const bits = new Uint8Array(N * N);
  const start = model.get("bitmap");
  for (let i = 0; i < Math.min(start.length, N * N); i++) bits[i] = start[i] ? 1 : 0;
  const ctx = canvas.getContext("2d");

  function drawPad() {
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = "#222222";
    for (let r = 0; r < N; r++)
      for (let c = 0; c < N; c++)
        if (bits[r * N + c]) ctx.fillRect(c * CELL, r * CELL, CELL, CELL);
    ctx.strokeStyle = "#e0e0e0";
    ctx.lineWidth = 1;
    for (let k = 4; k < N; k += 4) {  // the 4 x 4 blocks that become one pixel each
      ctx.beginPath();
      ctx.moveTo(k * CELL + 0.5, 0);
      ctx.lineTo(k * CELL + 0.5, N * CELL);
      ctx.moveTo(0, k * CELL + 0.5);
      ctx.lineTo(N * CELL, k * CELL + 0.5);
      ctx.stroke();
    }
  }

  function drawSmall() {
    const pixels = model.get("pixels8");
    const s = small.getContext("2d");
    for (let i = 0; i < 64; i++) {
      const v = pixels.length === 64 ? pixels[i] : 0;
      const grey = Math.round(255 - (v / 16) * 255);
      s.fillStyle = `rgb(${grey},${grey},${grey})`;
      s.fillRect((i % 8) * 12, Math.floor(i / 8) * 12, 12, 12);
    }
  }

  function drawBars() {
    const probs = model.get("probabilities");
    const best = model.get("label");
    rows.forEach(({ row, bar, value }, d) => {
      const p = probs.length === 10 ? probs[d] : 0;
      bar.style.width = `${(100 * p).toFixed(1)}%`;
      value.textContent = probs.length === 10 ? `${Math.round(100 * p)}%` : "";
      row.classList.toggle("digit-pad-best", d === best);
    });
    label.textContent = best >= 0 ? String(best) : "";
    root.dataset.label = String(best);
    message.textContent = model.get("message");
  }

  function send() {
    model.set("bitmap", Array.from(bits));
    model.save_changes();
    lastSent = performance.now();
  }

  let drawing = false;
  let last = null;
  let lastSent = 0;
  let pending = null;

  function cellAt(event) {
    const box = canvas.getBoundingClientRect();
    return [((event.clientX - box.left) / box.width) * N, ((event.clientY - box.top) / box.height) * N];
  }

  function dab(x, y) {
    for (let r = Math.floor(y - BRUSH); r <= Math.ceil(y + BRUSH); r++)
      for (let c = Math.floor(x - BRUSH); c <= Math.ceil(x + BRUSH); c++)
        if (r >= 0 && r < N && c >= 0 && c < N && Math.hypot(c + 0.5 - x, r + 0.5 - y) <= BRUSH) bits[r * N + c] = 1;
  }

  function stroke(to) {
    const from = last || to;
    const steps = Math.max(1, Math.ceil(Math.hypot(to[0] - from[0], to[1] - from[1]) / 0.5));
    for (let i = 1; i <= steps; i++)
      dab(from[0] + ((to[0] - from[0]) * i) / steps, from[1] + ((to[1] - from[1]) * i) / steps);
    last = to;
    drawPad();
    const wait = EVERY_MS - (performance.now() - lastSent);
    if (wait <= 0) send();
    else if (!pending) pending = setTimeout(() => { pending = null; send(); }, wait);
  }

  canvas.addEventListener("pointerdown", (event) => {
    event.preventDefault();
    canvas.setPointerCapture(event.pointerId);
    drawing = true;
    last = null;
    stroke(cellAt(event));
  });
  canvas.addEventListener("pointermove", (event) => {
    if (drawing) stroke(cellAt(event));
  });
  function finish() {
    if (!drawing) return;
    drawing = false;
    last = null;
    if (pending) { clearTimeout(pending); pending = null; }
    send();
  }
  canvas.addEventListener("pointerup", finish);
  canvas.addEventListener("pointercancel", finish);
  clear.addEventListener("click", () => {
    bits.fill(0);
    drawPad();
    send();
  });

  model.on("change:pixels8", drawSmall);
  model.on("change:probabilities", drawBars);
  model.on("change:label", drawBars);
  model.on("change:message", drawBars);
  drawPad();
  drawSmall();
  drawBars();
}

export default { render };
"""

_CSS = """
.digit-pad { display: flex; gap: 24px; align-items: flex-start; font-family: sans-serif; font-size: 13px; }
.digit-pad-canvas { width: 256px; height: 256px; border: 1px solid #999; cursor: crosshair; touch-action: none; }
.digit-pad-clear { display: block; margin-top: 6px; padding: 2px 12px; }
.digit-pad-caption { color: #444; margin: 4px 0; }
.digit-pad-8x8 { width: 96px; height: 96px; border: 1px solid #999; image-rendering: pixelated; }
.digit-pad-row { display: flex; align-items: center; gap: 6px; height: 16px; }
.digit-pad-digit { width: 10px; text-align: right; }
.digit-pad-track { display: inline-block; width: 160px; height: 11px; background: #eeeeee; }
.digit-pad-bar { display: block; height: 100%; width: 0; background: #56B4E9; }
.digit-pad-best .digit-pad-bar { background: #0072B2; }
.digit-pad-best .digit-pad-digit { font-weight: bold; }
.digit-pad-value { width: 36px; color: #444; }
.digit-pad-label { font-size: 40px; font-weight: bold; color: #0072B2; min-height: 48px; }
.digit-pad-message { max-width: 260px; color: #333; }
"""


class DigitPad(anywidget.AnyWidget):
    """A 32 x 32 drawing pad with the network's reading of it (see the module docstring)."""

    _esm = _ESM
    _css = _CSS
    bitmap = traitlets.List(traitlets.Int(), default_value=[0] * (BOX * BOX), minlen=BOX * BOX, maxlen=BOX * BOX).tag(
        sync=True
    )
    pixels8 = traitlets.List(traitlets.Int(), default_value=[]).tag(sync=True)
    probabilities = traitlets.List(traitlets.Float(), default_value=[]).tag(sync=True)
    label = traitlets.Int(-1).tag(sync=True)
    message = traitlets.Unicode("").tag(sync=True)
    texts = traitlets.Dict().tag(sync=True)

    def __init__(self, network: DigitNetwork, **kwargs) -> None:
        texts = {
            "draw": t("Draw a digit here, big or small."),
            "clear": t("Clear"),
            "sees": t("What the network sees (8 × 8)"),
            "probabilities": t("The network's ten probabilities"),
        }
        super().__init__(texts=texts, message=t("Draw a digit on the pad."), **kwargs)
        self.network = network
        self.update_seconds: list[float] = []

    def __repr__(self) -> str:
        # What a page without a running kernel (GitHub, nbviewer) shows in place of the pad.
        return t("[Interactive widget: run this notebook in JupyterLab or on Binder to use it.]")

    @traitlets.observe("bitmap")
    def _read(self, change: dict) -> None:
        start = time.perf_counter()
        b = np.asarray(change["new"], dtype=int).reshape(BOX, BOX)  # 1024 numbers, row by row
        with self.hold_sync():
            if not b.any():
                self.pixels8, self.probabilities, self.label = [], [], -1
                self.message = t("Draw a digit on the pad.")
            else:
                ink = int(fill_box(b).sum())
                image = count_blocks(normalise_bitmap(b))
                p = self.network.probabilities(scale_pixels(image.reshape(1, -1)))[0]
                self.pixels8 = image.astype(int).ravel().tolist()
                self.probabilities = [round(float(v), 4) for v in p]
                self.label = int(p.argmax())
                self.message = t(
                    "The network reads {digit}, {p:.0%} sure. Your strokes, scaled to fill the box, "
                    "ink {ink} of 1024 pixels; the data set's digits ink about {target}, "
                    "so yours were made {how} before counting.",
                    digit=self.label,
                    p=float(p.max()),
                    ink=ink,
                    target=INK_TARGET,
                    how=t("bolder") if ink < INK_TARGET else t("thinner"),
                )
        self.update_seconds.append(time.perf_counter() - start)

    def draw(self, bitmap: np.ndarray) -> None:
        """Put a 32 x 32 array of 0s and 1s on the pad, as if drawn (for tests and demonstrations)."""
        self.bitmap = [int(v > 0) for v in np.asarray(bitmap).ravel()]


def digit_pad(network: DigitNetwork) -> DigitPad:
    """The lesson's pad, reading drawings with this trained network."""
    if not isinstance(network, DigitNetwork):
        raise ValueError("digit_pad needs a trained DigitNetwork, e.g. from helpers.digits.train_digits.")
    return DigitPad(network)
