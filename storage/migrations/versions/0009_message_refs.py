"""message refs: each transcript line's platform message and the copy a relay posted, for edit and delete sync

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""
from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Lines stored so far have no references: their edits are not seen, which is what they were before.
    when = sa.DateTime(timezone=True)
    with op.batch_alter_table('ticket_messages') as batch:
        batch.add_column(sa.Column('ref', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True))
        batch.add_column(sa.Column('copy_ref', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True))
        batch.add_column(sa.Column('edited_at', when, nullable=True))
        batch.add_column(sa.Column('deleted_at', when, nullable=True))
        batch.add_column(sa.Column('earlier', sa.JSON(), nullable=True))
        batch.create_index('ix_ticket_messages_ref', ['ref'])


def downgrade() -> None:
    with op.batch_alter_table('ticket_messages') as batch:
        batch.drop_index('ix_ticket_messages_ref')
        for column in ('earlier', 'deleted_at', 'edited_at', 'copy_ref', 'ref'):
            batch.drop_column(column)
