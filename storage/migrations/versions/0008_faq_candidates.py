"""faq candidates: phrasings learned from picks, confirmations and moderators' links, for admins to review

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""
from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    when = sa.DateTime(timezone=True)
    # One row per entry and phrasing (text_key: a digest with case and spacing ignored), whatever its state:
    # a rejected phrasing is not proposed again. The text is redacted, with identifiers as placeholders.
    op.create_table(
        'faq_candidates',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('entry_id', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column('platform', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column('text', sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False),
        sa.Column('text_key', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column('ticket_id', sa.Integer(), nullable=True),
        sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column('created_at', when, nullable=False),
        sa.Column('decided_by', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column('decided_at', when, nullable=True),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('entry_id', 'text_key', name='uq_faq_candidates_entry_text'),
    )
    op.create_index('ix_faq_candidates_state', 'faq_candidates', ['state', 'entry_id'])


def downgrade() -> None:
    op.drop_index('ix_faq_candidates_state', table_name='faq_candidates')
    op.drop_table('faq_candidates')
