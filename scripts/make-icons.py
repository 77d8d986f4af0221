"""Draw PGP Desk's icons from resources/icons/pgp-desk.svg (run after changing the SVG).

Writes PNGs of the sizes desktops ask for (16-512 px, for the window, the taskbar and the
Linux icon theme), a Windows .ico and a macOS .icns (for the bundles) beside the SVG:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make-icons.py [OUTPUT_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def draw(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ICONS
    out.mkdir(parents=True, exist_ok=True)
    QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ICONS / "pgp-desk.svg"))
    if not renderer.isValid():
        print("make-icons: the SVG could not be read", file=sys.stderr)
        return 1
    for size in SIZES:
        if not draw(renderer, size).save(str(out / f"pgp-desk-{size}.png")):
            print(f"make-icons: could not write the {size} px icon", file=sys.stderr)
            return 1
    largest = Image.open(out / "pgp-desk-512.png")
    largest.save(out / "pgp-desk.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    largest.save(out / "pgp-desk.icns")
    print(f"make-icons: {len(SIZES)} PNGs, pgp-desk.ico and pgp-desk.icns in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
