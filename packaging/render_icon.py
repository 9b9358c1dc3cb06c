"""Draw the SVG app icon as PNG files, for the platforms whose executables want a bitmap.

``python packaging/render_icon.py`` writes build/icon/wellbeing-{16,...,512}.png. The
spec gives wellbeing-512.png to PyInstaller on Windows and macOS, which turns it into
.ico / .icns when Pillow is installed. Linux needs none: the desktop file names the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "wellbeing" / "assets" / "icons" / "wellbeing.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(out_dir: Path, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not an SVG that Qt can draw.")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        path = out_dir / f"wellbeing-{size}.png"
        image.save(str(path))
        written.append(path)
    return written


if __name__ == "__main__":
    for path in render(ROOT / "build" / "icon"):
        print(path)
