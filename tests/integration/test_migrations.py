"""The Alembic migrations build exactly the schema the models describe."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect
from sqlmodel import SQLModel

import storage.models  # noqa: F401
from storage.migrate import upgrade


def test_upgrade_head_matches_the_models(tmp_path):
    path = tmp_path / "m.db"
    upgrade(f"sqlite:///{path}")
    upgrade(f"sqlite:///{path}")  # running it again is a no-op
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
        indexes = {i["name"]: i for i in inspect(connection).get_indexes("tickets")}
    engine.dispose()
    assert diff == []
    assert indexes["uq_tickets_one_active"]["unique"]
