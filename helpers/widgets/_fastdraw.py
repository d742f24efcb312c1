"""Redraw a widget's picture by drawing only what changed.

Most of a widget's figure (axes, ticks, tick labels, titles, legend) stays the same
from one change to the next; drawing that text is most of the time a redraw takes.
``FastFigure`` draws the figure without its changing artists once for each set of
axis limits, keeps that picture, and for every redraw pastes it back and draws
only the changing artists on top (matplotlib's "blitting"). The PNG it returns
shows the same figure a full redraw would.
"""

from __future__ import annotations

import io
from collections import OrderedDict

from matplotlib.artist import Artist
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PIL import Image


class FastFigure:
    """A figure whose ``png(changing)`` redraws only the artists in ``changing``."""

    def __init__(self, fig: Figure, keep: int = 24) -> None:
        self.fig = fig
        self.canvas = FigureCanvasAgg(fig)
        self.keep = keep
        self.backgrounds: OrderedDict[tuple, object] = OrderedDict()

    def _key(self) -> tuple:
        """Everything the kept picture depends on: the size and every axes' limits."""
        limits = tuple((tuple(ax.get_xlim()), tuple(ax.get_ylim())) for ax in self.fig.axes)
        return (tuple(self.fig.get_size_inches()), self.fig.dpi, limits)

    def png(self, changing: list[Artist]) -> bytes:
        """The whole figure as PNG bytes, drawing only ``changing`` when the rest is already kept."""
        for artist in changing:
            artist.set_animated(True)  # left out of the kept picture
        key = self._key()
        if key in self.backgrounds:
            self.backgrounds.move_to_end(key)
            self.canvas.restore_region(self.backgrounds[key])
        else:
            self.canvas.draw()
            self.backgrounds[key] = self.canvas.copy_from_bbox(self.fig.bbox)
            if len(self.backgrounds) > self.keep:
                self.backgrounds.popitem(last=False)
        for artist in changing:
            artist.axes.draw_artist(artist)
        width, height = self.canvas.get_width_height()
        picture = Image.frombuffer("RGBA", (width, height), self.canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
        buffer = io.BytesIO()
        picture.save(buffer, format="png", compress_level=1)
        return buffer.getvalue()
