#!/usr/bin/env python3
"""Draw the app icons (a white calendar page with a tick on the brand blue).

Standard library only, so anyone can re-create ui/static/icons/*.png:
    python3 tools/icons/make_icons.py
The shapes are simple geometry rendered with 4x4 supersampling; the maskable
icon keeps everything inside the 80 % safe zone that launchers may crop to.
"""
import struct
import zlib
from pathlib import Path

BRAND = (0x00, 0x49, 0x93)
WHITE = (0xFF, 0xFF, 0xFF)
OUT = Path(__file__).resolve().parents[2] / "ui" / "static" / "icons"


def inside_round_rect(x, y, x0, y0, x1, y1, r):
    if not (x0 <= x <= x1 and y0 <= y <= y1):
        return False
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def near_segment(x, y, ax, ay, bx, by, w):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    px, py = ax + t * dx, ay + t * dy
    return (x - px) ** 2 + (y - py) ** 2 <= (w / 2) ** 2


def colour_at(u, v, maskable):
    """Colour at (u, v) in unit coordinates, or None for transparent."""
    if maskable:
        background = True  # full bleed; the launcher applies its own mask
        s, o = 0.62, 0.19  # artwork inside the safe zone
    else:
        background = inside_round_rect(u, v, 0.0, 0.0, 1.0, 1.0, 0.18)
        s, o = 0.72, 0.14
    if not background:
        return None
    x, y = (u - o) / s, (v - o) / s  # artwork coordinates, 0..1
    page = inside_round_rect(x, y, 0.08, 0.14, 0.92, 0.94, 0.08)
    header = 0.14 <= y <= 0.32
    rings = any(near_segment(x, y, rx, 0.04, rx, 0.2, 0.07) for rx in (0.3, 0.7))
    tick = near_segment(x, y, 0.28, 0.62, 0.44, 0.78, 0.1) or near_segment(x, y, 0.44, 0.78, 0.74, 0.44, 0.1)
    if rings:
        return WHITE
    if page and not header and tick:
        return BRAND
    if page:
        return WHITE if not (header and 0.29 <= y <= 0.32) else BRAND
    return BRAND


def render(size, maskable):
    ss = 4
    rows = []
    for j in range(size):
        row = bytearray([0])  # filter type 0
        for i in range(size):
            acc = [0, 0, 0, 0]
            for sj in range(ss):
                for si in range(ss):
                    c = colour_at((i + (si + 0.5) / ss) / size, (j + (sj + 0.5) / ss) / size, maskable)
                    if c is not None:
                        acc[0] += c[0]
                        acc[1] += c[1]
                        acc[2] += c[2]
                        acc[3] += 255
            n = ss * ss
            a = acc[3] // n
            if a:
                row += bytes([acc[0] * 255 // acc[3], acc[1] * 255 // acc[3], acc[2] * 255 // acc[3], a])
            else:
                row += bytes(4)
        rows.append(bytes(row))
    return png(size, size, b"".join(rows))


def png(w, h, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for name, size, maskable in [
        ("icon-192.png", 192, False),
        ("icon-512.png", 512, False),
        ("icon-maskable-512.png", 512, True),
    ]:
        (OUT / name).write_bytes(render(size, maskable))
        print(f"wrote {OUT / name}")
