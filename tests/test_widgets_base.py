"""LessonWidget, the pattern every lesson widget follows."""

import pytest
from matplotlib.figure import Figure

from helpers.widgets import LessonWidget, dropdown, int_slider, slider


def make_widget():
    fig = Figure(figsize=(2, 1), dpi=40)
    ax = fig.add_subplot()
    (line,) = ax.plot([0, 1], [0, 0])

    def render(values):
        line.set_ydata([0, values["a"]])
        return fig, f"a = {values['a']:.1f}, n = {values['n']}, f = {values['f']}"

    controls = {"a": slider("a", 1.0, 0.0, 2.0, 0.1), "n": int_slider("n", 3, 1, 5), "f": dropdown("f", ["x", "y"])}
    return LessonWidget(controls, render, question="What happens?")


def test_redraws_on_every_change_and_times_itself():
    widget = make_widget()
    assert widget.readout.value == "a = 1.0, n = 3, f = x"
    first_image = widget.image.value
    assert bytes(first_image[:4]) == b"\x89PNG"
    widget.controls["a"].value = 1.5
    assert widget.readout.value == "a = 1.5, n = 3, f = x" and widget.image.value != first_image
    widget.controls["f"].value = "y"
    assert widget.readout.value.endswith("f = y")
    assert len(widget.render_seconds) == 3  # the first draw and two changes
    assert widget.values() == {"a": 1.5, "n": 3, "f": "y"}


def test_controls_fill_their_grid_cell_and_the_question_is_shown():
    widget = make_widget()
    assert all(control.layout.width == "95%" for control in widget.controls.values())
    assert "What happens?" in widget.children[0].value


def test_a_widget_needs_controls():
    with pytest.raises(ValueError, match="at least one control"):
        LessonWidget({}, lambda values: (None, ""))


def test_reads_well_without_a_kernel():
    bundle = make_widget()._repr_mimebundle_()
    text = (bundle[0] if isinstance(bundle, tuple) else bundle)["text/plain"]
    assert text == "[Interactive widget: run this notebook in JupyterLab or on Binder to use it.]"
