"""A QR code drawn by Qt: segno makes the symbol (pure Python, no dependencies), Qt paints its
modules, black on white with the 4-module quiet zone the standard asks for, whole pixels per
module so that a projector shows sharp edges."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

translate = QCoreApplication.translate
QUIET = 4  # modules of white around the symbol


def qr_matrix(text: str) -> list[list[bool]]:
    """The symbol's modules (True: dark), quiet zone included. Error correction M: a projected
    code is never damaged, so a bigger level would only make modules smaller."""
    import segno

    code = segno.make(text, error="m", micro=False, boost_error=False)
    return [[bool(m) for m in row] for row in code.matrix_iter(border=QUIET)]


class QrCode(QWidget):
    """As big as its layout lets it be, kept square; says what it holds to a screen reader."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomQr")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._modules: list[list[bool]] = []
        self.text = ""
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.text = text
        self._modules = qr_matrix(text) if text else []
        self.setAccessibleName(
            translate("Room", "QR code of {address}").format(address=text) if text
            else translate("Room", "QR code"))
        self.update()

    @property
    def modules(self) -> int:
        return len(self._modules)

    def module_px(self) -> int:
        """Pixels per module at the present size (whole pixels, for sharp edges)."""
        side = min(self.width(), self.height())
        return side // self.modules if self.modules else 0

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def minimumSizeHint(self) -> QSize:
        return QSize(4 * max(self.modules, 1), 4 * max(self.modules, 1))

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        if not self._modules:
            return
        px = self.module_px()
        if px <= 0:
            return
        side = px * self.modules
        left = (self.width() - side) // 2
        top = (self.height() - side) // 2
        painter = QPainter(self)
        painter.fillRect(QRect(left, top, side, side), QColor("white"))
        dark = QColor("black")
        for y, row in enumerate(self._modules):
            x = 0
            while x < len(row):     # one rectangle per run of dark modules
                if not row[x]:
                    x += 1
                    continue
                start = x
                while x < len(row) and row[x]:
                    x += 1
                painter.fillRect(QRect(left + start * px, top + y * px, (x - start) * px, px),
                                 dark)
        painter.end()
