"""Figure functions for the SVG images in ``images/``, one module per lesson.

Each module here (``common.py`` for images several lessons share, ``lessonNN.py`` for
one lesson's) defines

    IMAGES: dict[str, Callable[[], Figure]]

mapping a file name such as ``"network_2_3_1.svg"`` to a function that draws that
image with ``helpers.plots`` and returns the figure. ``tools/make_images.py`` finds
every module, checks the file names are unique, and writes ``images/<name>``.
Keep the functions deterministic (seed any randomness) so the files only change
when the drawing does.
"""
