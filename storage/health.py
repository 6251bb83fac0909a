"""The cheapest question to ask the database: is it there? For the health endpoint."""

from __future__ import annotations

from sqlalchemy import text

from storage.engine import Database


async def ping(db: Database) -> None:
    """Run ``SELECT 1``; raises ``StorageUnavailable`` when the database cannot be reached."""
    async with db.session() as session:
        await session.execute(text("SELECT 1"))
