"""Headless Chromium for the tests that render a page (.ci/run installs it and sets SUPPORTBOT_TEST_CHROMIUM)."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest


def screenshot(page: Path, folder: Path, width: int, height: int) -> tuple[int, int, bytes]:
    """Render ``page`` to a PNG; return its width, height and decompressed scanlines. Skips without Chromium."""
    browser = os.environ.get("SUPPORTBOT_TEST_CHROMIUM") or shutil.which("chromium")
    if not browser:
        pytest.skip("no chromium (.ci/run installs it and sets SUPPORTBOT_TEST_CHROMIUM)")
    png = folder / f"{page.stem}.png"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={folder / 'profile'}", f"--window-size={width},{height}",
                    f"--screenshot={png}", page.as_uri()], check=True, capture_output=True, timeout=120)
    return read_png(png)


def colours(pixels: bytes) -> int:
    """How many distinct colours a page shows (a blank or broken page has one)."""
    return len(set(pixels[i : i + 3] for i in range(0, min(len(pixels), 3_000_000), 3)))


def read_png(path: Path) -> tuple[int, int, bytes]:
    """Width, height and the decompressed scanlines of a PNG (enough to tell a blank page from a drawn one)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, chunks, width, height = 8, b"", 0, 0
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            chunks += body
        position += 12 + length
    return width, height, zlib.decompress(chunks)
