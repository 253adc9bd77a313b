"""The hall's staff stations: terminal roles, expected parcels, pickup codes, the audit, handovers,
collected boxes.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

UTC_TEXT = sa.String(32)  # central.db.UtcDateTime: fixed-width UTC text


def upgrade() -> None:
    with op.batch_alter_table("terminals") as terminals:
        terminals.add_column(
            sa.Column("role", sa.String(16), nullable=False, server_default="customer")
        )
    with op.batch_alter_table("boxes") as boxes:
        boxes.add_column(sa.Column("collected_at", UTC_TEXT))
    op.create_index("ix_parcels_status", "parcels", ["status"])
    op.create_table(
        "pickup_codes",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("code_hash", sa.String(64), nullable=False, unique=True),
        sa.Column(
            "tracking_number",
            sa.String(13),
            sa.ForeignKey("parcels.tracking_number"),
            nullable=False,
        ),
        sa.Column("phone", sa.String(16)),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("created_at", UTC_TEXT, nullable=False),
        sa.Column("expires_at", UTC_TEXT, nullable=False),
    )
    op.create_index("ix_pickup_codes_tracking_number", "pickup_codes", ["tracking_number"])
    op.create_table(
        "server_secrets",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("value", sa.String(64), nullable=False),
    )
    op.create_table(
        "audit_entries",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", UTC_TEXT, nullable=False),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("staff_id", sa.String(64), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("subject", sa.String(32)),
        sa.Column("details", sa.JSON(), nullable=False),
    )
    op.create_index("ix_audit_entries_at", "audit_entries", ["at"])
    op.create_table(
        "handovers",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("handover_id", sa.String(32), nullable=False, unique=True),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("staff_id", sa.String(64), nullable=False),
        sa.Column("ticket_id", sa.String(32)),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("reason", sa.String(20)),
        sa.Column("tracking_numbers", sa.JSON(), nullable=False),
        sa.Column("at", UTC_TEXT, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("handovers")
    op.drop_index("ix_audit_entries_at", "audit_entries")
    op.drop_table("audit_entries")
    op.drop_table("server_secrets")
    op.drop_index("ix_pickup_codes_tracking_number", "pickup_codes")
    op.drop_table("pickup_codes")
    op.drop_index("ix_parcels_status", "parcels")
    with op.batch_alter_table("boxes") as boxes:
        boxes.drop_column("collected_at")
    with op.batch_alter_table("terminals") as terminals:
        terminals.drop_column("role")
