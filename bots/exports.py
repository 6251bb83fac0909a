"""Writing a data export (``/mydata`` in the console, ``supportbot privacy export``) into a folder."""

from __future__ import annotations

from pathlib import Path

from core.tickets.privacy import DataExport


def write_export(export: DataExport, folder: Path) -> list[Path]:
    """Write every file of ``export`` into ``folder`` (made if missing, for its owner only); return the paths."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)  # what is in it is someone's personal data
    paths = []
    for item in export.files:
        path = folder / item.name
        path.write_bytes(item.data)
        path.chmod(0o600)
        paths.append(path)
    return paths
