"""The application's icon in the formats the packages need, drawn from the one SVG we keep.

Windows executables and the NSIS installer want a .ico; Linux desktops take the SVG as it is.
The .ico is drawn at build time with Qt's own SVG renderer (already a dependency), so the SVG
stays the only source and no image is committed twice. Sizes up to 48 px are stored as 32-bit
bitmaps (every Windows version and NSIS read those), 256 px as PNG, as Windows' own icons are.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

ICO_SIZES = (16, 24, 32, 48, 64, 256)
PNG_FROM = 256  # entries this large are stored as PNG; smaller ones as bitmaps


def _application():
    """Qt's image code needs an application object; offscreen, as this runs on build machines."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["icons"])


def render(svg: Path, size: int):
    """The SVG drawn on a transparent square QImage (ARGB32, not premultiplied) of `size` px."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _application()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG Qt can draw; the icon cannot be made")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _bitmap_bytes(image) -> bytes:
    """An ICO bitmap entry: header, BGRA rows bottom-up, and an empty AND mask (alpha decides)."""
    width, height = image.width(), image.height()
    stride = image.bytesPerLine()
    bits = bytes(image.constBits())[: stride * height]  # ARGB32 in memory is B, G, R, A
    rows = b"".join(bits[y * stride : y * stride + width * 4] for y in reversed(range(height)))
    mask_stride = ((width + 31) // 32) * 4
    mask = bytes(mask_stride * height)
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, len(rows) + len(mask), 0, 0, 0, 0)
    return header + rows + mask


def ico_bytes(svg: Path, sizes: tuple[int, ...] = ICO_SIZES) -> bytes:
    """A Windows .ico holding the SVG at every size in `sizes`."""
    entries = []
    for size in sizes:
        image = render(svg, size)
        entries.append((size, png_bytes(image) if size >= PNG_FROM else _bitmap_bytes(image)))
    offset = 6 + 16 * len(entries)
    directory = struct.pack("<HHH", 0, 1, len(entries))
    payload = b""
    for size, data in entries:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return directory + payload


def write_ico(svg: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(ico_bytes(svg))
    return target


def write_png(svg: Path, target: Path, size: int) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(png_bytes(render(svg, size)))
    return target
