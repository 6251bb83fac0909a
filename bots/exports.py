"""Writing a user's files (``/mydata`` and ``/transcript`` in the console, ``supportbot privacy export``)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from core.tickets.privacy import DataExport


class NamedFile(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def data(self) -> bytes: ...


def write_export(export: DataExport, folder: Path) -> list[Path]:
    """Write every file of ``export`` into ``folder`` (made if missing, for its owner only); return the paths."""
    return write_files(export.files, folder)


def write_files(files: Iterable[NamedFile], folder: Path) -> list[Path]:
    """Write ``files`` into ``folder`` (made if missing, for its owner only); return the paths."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)  # what is in it is someone's personal data
    paths = []
    for item in files:
        path = folder / item.name
        path.write_bytes(item.data)
        path.chmod(0o600)
        paths.append(path)
    return paths
