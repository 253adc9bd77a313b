"""An index on tickets' Idempotency-Keys: the checkout finds a ticket by the first 8 characters of
its key (what the ticket prints) as a range scan instead of reading every ticket.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_tickets_idempotency_key", "tickets", ["idempotency_key"])


def downgrade() -> None:
    op.drop_index("ix_tickets_idempotency_key", "tickets")
