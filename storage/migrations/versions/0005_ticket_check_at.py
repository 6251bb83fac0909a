"""ticket check_at: when the SLA sweep next looks at a ticket, so a sweep reads only the due ones

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('tickets') as batch:
        batch.add_column(sa.Column('check_at', sa.DateTime(timezone=True), nullable=True))
    op.create_index('ix_tickets_check_at', 'tickets', ['state', 'check_at'])
    # NULL means "nothing is due until the ticket changes", which no ticket stored so far can promise: the
    # ones the sweep watches are due at once, and the first sweep computes when each is due next. The
    # database's own clock keeps this free of bound times (offline SQL works too). Closed tickets stay NULL:
    # the first sweep of every process looks at all watched tickets, those rated in the last hour included.
    tickets = sa.table('tickets', sa.column('state', sa.String), sa.column('check_at', sa.DateTime(timezone=True)))
    op.execute(tickets.update().where(tickets.c.state.in_(['open', 'claimed', 'resolved']))
               .values(check_at=sa.func.current_timestamp()))


def downgrade() -> None:
    op.drop_index('ix_tickets_check_at', table_name='tickets')
    with op.batch_alter_table('tickets') as batch:
        batch.drop_column('check_at')
