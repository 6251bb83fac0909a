"""Run the Alembic migrations programmatically (the CLI and the bootstrap call this on start)."""

from __future__ import annotations

import asyncio
from importlib import resources

from alembic import command
from alembic.config import Config

from storage.engine import async_url


def alembic_config(url: str) -> Config:
    """Return an Alembic config pointing at the packaged migrations and ``url``."""
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("storage").joinpath("migrations")))
    cfg.set_main_option("sqlalchemy.url", async_url(url).replace("%", "%%"))
    return cfg


def upgrade(url: str) -> None:
    """Bring the database at ``url`` to the latest schema (creating it if needed)."""
    command.upgrade(alembic_config(url), "head")


async def upgrade_async(url: str) -> None:
    """Run ``upgrade`` from async code (Alembic's env starts its own event loop)."""
    await asyncio.to_thread(upgrade, url)
