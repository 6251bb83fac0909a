"""blocks and audit: who may not open tickets until when, and every staff or admin action

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    when = sa.DateTime(timezone=True)
    # One row per blocked user per platform: a new block replaces the old one and /unblock deletes it; the
    # audit keeps the history. `until` NULL is a permanent block; a past `until` is an expired one, so no
    # sweeper is needed. `notified_at`: the one notice the user gets was sent during this block.
    op.create_table(
        'blocks',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('platform', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column('user_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('user_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column('ticket_id', sa.Integer(), nullable=True),
        sa.Column('created_at', when, nullable=False),
        sa.Column('until', when, nullable=True),
        sa.Column('notified_at', when, nullable=True),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('platform', 'user_id', name='uq_blocks_platform_user'),
    )
    # Append-only: action, actor, ticket, a short detail; never message text.
    op.create_table(
        'audit',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('at', when, nullable=False),
        sa.Column('platform', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column('actor_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column('ticket_id', sa.Integer(), nullable=True),
        sa.Column('target', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column('detail', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_audit_at', 'audit', ['at'])
    op.create_index('ix_audit_ticket', 'audit', ['ticket_id'])


def downgrade() -> None:
    op.drop_index('ix_audit_ticket', table_name='audit')
    op.drop_index('ix_audit_at', table_name='audit')
    op.drop_table('audit')
    op.drop_table('blocks')
