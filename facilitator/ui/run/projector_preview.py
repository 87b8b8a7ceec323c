"""A live thumbnail of the projector in the facilitator's side panel: what the room sees.

It is the projector window painted small, once a second and at once when the item, the blank
or the freeze changes: a few milliseconds (bench/projector_preview.py), never per frame, and no
second renderer to keep in step. While the projector is blanked or frozen the thumbnail says
so in words over the picture and in a line under it, so the facilitator cannot mistake a black
or still screen for the live one. Hidden while nothing is presented.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap, QRegion
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from facilitator.ui.run.presenter import PresenterWindow

REFRESH_MS = 1000        # a glance, not a video: the timer's seconds are on the laptop anyway
WIDTH = 300              # thumbnail width in pixels; the height follows the projector's shape
MIN_WIDTH = 160          # ... narrower when the side panel is (a small laptop screen)

MARKS = {
    "blank": (QT_TRANSLATE_NOOP("Projector", "Blanked"),
              QT_TRANSLATE_NOOP("Projector", "Projector blanked: the room sees a black screen. "
                                "Ctrl+B shows it again.")),
    "frozen": (QT_TRANSLATE_NOOP("Projector", "Frozen"),
               QT_TRANSLATE_NOOP("Projector", "Projector frozen: the room sees a still picture. "
                                 "Ctrl+Shift+F shows it live again.")),
}
translate = QCoreApplication.translate


class ProjectorPreview(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("projectorPreview")
        self.setAccessibleName(translate("Projector", "Projector preview"))
        self.presenter: PresenterWindow | None = None
        self.mark_kind = ""       # "", "blank" or "frozen": what the mark says
        self.grabs = 0            # pictures taken (the rate is a feature: tests count them)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        heading = QLabel(translate("Projector", "On the projector"))
        heading.setObjectName("sectionHeading")
        heading.setAccessibleName(translate("Projector", "On the projector"))
        layout.addWidget(heading)
        self.picture = QLabel()
        self.picture.setObjectName("projectorThumbnail")
        self.picture.setAccessibleName(translate("Projector", "Thumbnail of the projector"))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setStyleSheet("QLabel { background: #000000; border: 1px solid #555; }")
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        self.mark = QLabel()
        self.mark.setObjectName("projectorMark")
        self.mark.setWordWrap(True)
        self.mark.setAccessibleName(translate("Projector", "Projector state"))
        self.mark.setStyleSheet("QLabel { background: #111111; color: #ffffff; "
                                "font-weight: 700; padding: 4px 8px; }")
        self.mark.hide()
        layout.addWidget(self.mark)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.hide()

    # Following a projector ---------------------------------------------------------------
    def watch(self, presenter: PresenterWindow | None) -> None:
        """Follow `presenter` (None: nothing is presented, the preview hides)."""
        old = self.presenter
        if old is presenter:
            self.refresh_soon()
            return
        if old is not None:
            for signal in (old.blank_changed, old.frozen_changed, old.runner.item_changed):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(self._on_presenter_changed)
            with contextlib.suppress(RuntimeError, TypeError):
                old.closed.disconnect(self._on_closed)
        self.presenter = presenter
        if presenter is None:
            self._timer.stop()
            self.picture.clear()
            self._set_mark("")
            self.hide()
            return
        for signal in (presenter.blank_changed, presenter.frozen_changed,
                       presenter.runner.item_changed):
            signal.connect(self._on_presenter_changed)
        presenter.closed.connect(self._on_closed)
        self.show()
        self._timer.start()
        self.refresh_soon()

    def _on_closed(self) -> None:
        self.watch(None)

    def _on_presenter_changed(self, *_args: object) -> None:
        self._set_mark(self._state())   # the words at once; the picture once laid out
        self.refresh_soon()

    def _state(self) -> str:
        presenter = self.presenter
        if presenter is None:
            return ""
        return "blank" if presenter.blanked else "frozen" if presenter.frozen else ""

    def refresh_soon(self) -> None:
        """After the projector has laid out its new content (the next turn of the loop)."""
        QTimer.singleShot(0, self.refresh)

    # Drawing -------------------------------------------------------------------------------
    def refresh(self) -> None:
        presenter = self.presenter
        if presenter is None:
            return
        kind = self._state()
        self._set_mark(kind)
        if not self.isVisible() or not presenter.isVisible():
            return   # nobody looks at it (minimised, another page): no grab
        if presenter.width() <= 0 or presenter.height() <= 0:
            return
        room = self.contentsRect().width() - 2   # never wider than the panel it sits in
        scaled = thumbnail(presenter, max(MIN_WIDTH, min(WIDTH, room)))
        self.grabs += 1
        if kind:
            _stamp(scaled, translate("Projector", MARKS[kind][0]))
        self.picture.setPixmap(scaled)
        self.picture.setFixedSize(scaled.width() + 2, scaled.height() + 2)  # just the picture

    def _set_mark(self, kind: str) -> None:
        if kind == self.mark_kind and self.mark.isHidden() != bool(kind):
            return
        self.mark_kind = kind
        self.mark.setText(translate("Projector", MARKS[kind][1]) if kind else "")
        self.mark.setVisible(bool(kind))
        name = translate("Projector", MARKS[kind][1] if kind else "Thumbnail of the projector")
        self.picture.setAccessibleName(name)


def thumbnail(widget: QWidget, width: int = WIDTH) -> QPixmap:
    """`widget` drawn `width` pixels wide. It is painted straight into a picture twice that
    size (layout and text as on the projector, only smaller) and smoothed down once: it reads
    better than a full-size grab shrunk, at a fraction of the cost (no 1920x1080 picture to fill
    and scale)."""
    scale = 2 * width / max(1, widget.width())
    picture = QPixmap(2 * width, max(1, round(widget.height() * scale)))
    picture.fill(QColor("#000000"))
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.scale(scale, scale)
    widget.render(painter, QPoint(), QRegion(),
                  QWidget.RenderFlag.DrawWindowBackground | QWidget.RenderFlag.DrawChildren)
    painter.end()
    return picture.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)


def _stamp(picture: QPixmap, word: str) -> None:
    """The word across the thumbnail, white on a dark band, readable at a glance."""
    painter = QPainter(picture)
    band = QRect(0, picture.height() // 2 - 22, picture.width(), 44)
    painter.fillRect(band, QColor(0, 0, 0, 200))
    font = QFont(painter.font())
    font.setPixelSize(28)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(band, Qt.AlignmentFlag.AlignCenter, word.upper())
    painter.end()
