"""Look through every table of a database (reflected, so tables added later are included) for a person's traces."""

from __future__ import annotations

import json
import re

from sqlalchemy import MetaData, select
from sqlalchemy.ext.asyncio import AsyncEngine


async def scan(engine: AsyncEngine, *needles: str, ids: tuple[str, ...] = ()) -> set[tuple[str, str]]:
    """Every (table, column) whose value, as text (JSON included), contains one of ``needles`` (any case), or holds
    one of ``ids`` as a whole value, a ``platform:id`` key, or an ``"id": <id>`` in JSON (a short number would
    match inside timestamps as plain text)."""
    metadata = MetaData()
    hits: set[tuple[str, str]] = set()
    async with engine.connect() as conn:
        await conn.run_sync(metadata.reflect)
        for table in metadata.sorted_tables:
            for row in (await conn.execute(select(table))).mappings():
                for column, value in row.items():
                    if value is not None and _holds(value, needles, ids):
                        hits.add((table.name, column))
    return hits


def _holds(value: object, needles: tuple[str, ...], ids: tuple[str, ...]) -> bool:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    if any(needle.lower() in text.lower() for needle in needles):
        return True
    for user_id in ids:
        whole = re.escape(user_id)
        # the value itself, a "platform:id" key, an answer's address (the private chat), or "id": id in JSON
        in_json = rf'"(id|to|user_id|author_id)":\s*"?{whole}"?[,}}]'
        if re.fullmatch(rf"(\w+:)?{whole}", text) or re.search(in_json, text):
            return True
    return False
