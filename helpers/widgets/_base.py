"""The one pattern every lesson widget follows.

A ``LessonWidget`` is a box with controls (sliders, dropdowns...) on top, a
question for the learner, a text readout and a picture. Whenever a control
changes, it calls the lesson's ``render`` function with the current values and
shows what it returns. Tests drive a widget by setting
``widget.controls[name].value`` and reading ``widget.readout.value`` and
``widget.image.value`` (PNG bytes): state, not pixels.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from typing import Any

import ipywidgets as widgets
from matplotlib.figure import Figure

from ..i18n import t
from ..plots import figure_to_png

#: render(values) -> (figure or None, readout HTML)
Render = Callable[[dict[str, Any]], tuple[Figure | None, str]]


class LessonWidget(widgets.VBox):
    """Controls, a question, a readout and a picture that redraws on every change."""

    def __init__(
        self,
        controls: dict[str, widgets.ValueWidget],
        render: Render,
        *,
        question: str = "",
        layout_columns: int = 2,
    ) -> None:
        if not controls:
            raise ValueError("A lesson widget needs at least one control.")
        self.controls = controls
        self._render = render
        self.image = widgets.Image(format="png", layout=widgets.Layout(max_width="100%"))
        self.readout = widgets.HTML()
        self.render_seconds: list[float] = []
        for control in controls.values():
            if control.layout.width is None:  # fill the grid cell, never spill into the next one
                control.layout.width = "95%"
        grid = widgets.GridBox(
            list(controls.values()),
            layout=widgets.Layout(grid_template_columns=f"repeat({layout_columns}, minmax(0, 1fr))"),
        )
        parts: list[widgets.Widget] = []
        if question:
            label = t("Question:")
            space = "" if label.endswith("：") else " "  # no space after a full-width colon
            parts.append(widgets.HTML(f"<p><strong>{label}</strong>{space}{html.escape(question)}</p>"))
        parts += [grid, self.readout, self.image]
        super().__init__(parts)
        for control in controls.values():
            control.observe(self._on_change, names="value")
        self.update()

    def __repr__(self) -> str:
        # What a page without a running kernel (GitHub, nbviewer) shows in place of the widget;
        # ipywidgets cuts this text at 110 characters.
        return t("[Interactive widget: run this notebook in JupyterLab or on Binder to use it.]")

    def values(self) -> dict[str, Any]:
        """The current value of every control, by name."""
        return {name: control.value for name, control in self.controls.items()}

    def _on_change(self, _change: dict) -> None:
        self.update()

    def update(self) -> None:
        """Redraw now: run the lesson's render function and show its results."""
        start = time.perf_counter()
        fig, text = self._render(self.values())
        if fig is not None:
            self.image.value = figure_to_png(fig)
        self.readout.value = text
        self.render_seconds.append(time.perf_counter() - start)


#: How every course control looks and behaves: a wide label, and updates while dragging.
_LOOK = {"continuous_update": True, "style": {"description_width": "initial"}}


def slider(description: str, value: float, low: float, high: float, step: float, **kwargs) -> widgets.FloatSlider:
    """A float slider in the course's style (wide label, value shown, updates while dragging)."""
    return widgets.FloatSlider(
        value=value, min=low, max=high, step=step, description=description, **{**_LOOK, **kwargs}
    )


def int_slider(description: str, value: int, low: int, high: int, step: int = 1, **kwargs) -> widgets.IntSlider:
    """A whole-number slider in the course's style."""
    return widgets.IntSlider(value=value, min=low, max=high, step=step, description=description, **{**_LOOK, **kwargs})


def dropdown(description: str, options: list, value: Any = None, **kwargs) -> widgets.Dropdown:
    """A dropdown in the course's style."""
    return widgets.Dropdown(
        options=options,
        value=options[0] if value is None else value,
        description=description,
        style=_LOOK["style"],
        **kwargs,
    )
