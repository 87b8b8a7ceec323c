"""Render facilitator.svg to the PNG sizes a desktop and a macOS bundle use, and the .ico that
the Windows executable and installer carry.

    .venv/bin/python packaging/icons/render_icons.py

The PNGs are committed (a build never needs this); run it again after editing the SVG.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(HERE / "facilitator.svg"))
    if not renderer.isValid():
        sys.stderr.write("render_icons: facilitator.svg is not a valid SVG\n")
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = HERE / f"facilitator-{size}.png"
        image.save(str(out))
        print(out.relative_to(HERE.parent.parent))
    # Windows: one .ico holding the rendered sizes it shows (Pillow comes with reportlab).
    from PIL import Image

    ico = [Image.open(HERE / f"facilitator-{size}.png") for size in (16, 24, 32, 48, 64, 256)]
    ico[-1].save(HERE / "facilitator.ico", sizes=[i.size for i in ico], append_images=ico[:-1])
    print((HERE / "facilitator.ico").relative_to(HERE.parent.parent))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
