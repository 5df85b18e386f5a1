"""Count a PDF's pages and turn them into PNG images, with pdfium (pypdfium2, a pinned wheel
that carries its own copy of the library): no system tools, nothing downloaded."""

from __future__ import annotations

import pathlib
import struct
import zlib

import pypdfium2 as pdfium


def page_count(pdf: bytes) -> int:
    return len(pdfium.PdfDocument(pdf))


def _png(width: int, height: int, rgb_rows: list[bytes]) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + row for row in rgb_rows)  # filter type 0 on every row
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")


def write_pngs(pdf: bytes, stem: pathlib.Path, scale: float = 1.5) -> list[pathlib.Path]:
    """Each page as STEM-N.png (N from 1), after removing pages an earlier run left; returns the paths written."""
    for stale in stem.parent.glob(f"{stem.name}-*.png"):
        stale.unlink()
    written = []
    for number, page in enumerate(pdfium.PdfDocument(pdf), start=1):
        bitmap = page.render(scale=scale, rev_byteorder=True)  # RGB byte order
        channels, stride = bitmap.n_channels, bitmap.stride
        width, height = bitmap.width, bitmap.height
        buffer = bytes(bitmap.buffer)
        rows = []
        for y in range(height):
            row = buffer[y * stride : y * stride + width * channels]
            if channels == 4:  # drop the alpha (or padding) byte
                row = b"".join(row[i : i + 3] for i in range(0, len(row), 4))
            rows.append(row)
        path = stem.with_name(f"{stem.name}-{number}.png")
        path.write_bytes(_png(width, height, rows))
        written.append(path)
    return written


def text_of(pdf: bytes) -> str:
    """All the text in the PDF, pages in order, with runs of white space made one space."""
    pages = [page.get_textpage().get_text_range() for page in pdfium.PdfDocument(pdf)]
    return " ".join(" ".join(pages).split())
