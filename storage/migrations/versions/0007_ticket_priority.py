"""ticket priority: high, normal or low, set at escalation from the category, changed by moderators

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Tickets stored so far keep their place in the queue: all of them are normal.
    with op.batch_alter_table('tickets') as batch:
        batch.add_column(sa.Column('priority', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False,
                                   server_default='normal'))


def downgrade() -> None:
    with op.batch_alter_table('tickets') as batch:
        batch.drop_column('priority')
