"""Interactive widgets, one builder per lesson widget.

Each lesson's builders live in their own module and return a ``LessonWidget``
(see ``_base``), so a test can change a control and check the new state.
"""

from ._base import LessonWidget, dropdown, int_slider, slider

__all__ = ["LessonWidget", "dropdown", "int_slider", "slider"]
