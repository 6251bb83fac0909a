"""inbox: incoming platform updates, stored before they are acknowledged, until handled

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""
from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    when = sa.DateTime(timezone=True)
    op.create_table(
        'inbox',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('platform', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('payload', sa.JSON(), nullable=False),
        sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column('received_at', when, nullable=False),
        sa.Column('done_at', when, nullable=True),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('platform', 'key', name='uq_inbox_platform_key'),
    )
    op.create_index('ix_inbox_state', 'inbox', ['platform', 'state', 'id'])


def downgrade() -> None:
    op.drop_index('ix_inbox_state', table_name='inbox')
    op.drop_table('inbox')
