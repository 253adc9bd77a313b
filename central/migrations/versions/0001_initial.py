"""The schema the first servers made: terminals, items, boxes, tickets, dispatches, keys, codes.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

UTC_TEXT = sa.String(32)  # central.db.UtcDateTime: fixed-width UTC text


def upgrade() -> None:
    op.create_table(
        "terminals",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("maintenance_requested", sa.Boolean(), nullable=False),
        sa.Column("maintenance_message", sa.String(500)),
        sa.Column("last_heartbeat", sa.JSON()),
        sa.Column("last_heartbeat_at", UTC_TEXT),
    )
    op.create_table(
        "parcels",
        sa.Column("tracking_number", sa.String(13), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("recipient_phone", sa.String(16)),
        sa.Column("recipient_name", sa.String(200), nullable=False),
        sa.Column("arrived_at", UTC_TEXT),
        sa.Column("location_row", sa.String(16)),
        sa.Column("location_compartment", sa.String(16)),
        sa.Column("cod_amount_kzt", sa.Integer(), nullable=False),
    )
    op.create_index("ix_parcels_recipient_phone", "parcels", ["recipient_phone"])
    op.create_table(
        "boxes",
        sa.Column("barcode", sa.String(13), primary_key=True),
        sa.Column("size", sa.String(1), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
    )
    op.create_table(
        "tickets",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("ticket_id", sa.String(32), nullable=False, unique=True),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("tracking_numbers", sa.JSON(), nullable=False),
        sa.Column("printed_at", UTC_TEXT, nullable=False),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("issued_at", UTC_TEXT, nullable=False),
        sa.Column("idempotency_key", sa.String(100)),
    )
    op.create_index("ix_tickets_terminal_id", "tickets", ["terminal_id"])
    op.create_table(
        "dispatches",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("dispatch_id", sa.String(32), nullable=False, unique=True),
        sa.Column(
            "box_barcode",
            sa.String(13),
            sa.ForeignKey("boxes.barcode"),
            nullable=False,
            unique=True,
        ),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("accepted_at", UTC_TEXT, nullable=False),
        sa.Column("sender_phone", sa.String(16)),
        sa.Column("registered_at", UTC_TEXT, nullable=False),
        sa.Column("idempotency_key", sa.String(100)),
    )
    op.create_index("ix_dispatches_terminal_id", "dispatches", ["terminal_id"])
    op.create_table(
        "idempotency_records",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("key", sa.String(100), nullable=False),
        sa.Column("request_hash", sa.String(64), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=False),
        sa.Column("response_body", sa.JSON()),
        sa.Column("created_at", UTC_TEXT, nullable=False),
        sa.UniqueConstraint("terminal_id", "key", name="uq_idempotency_terminal_key"),
    )
    op.create_table(
        "otp_challenges",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("phone", sa.String(16), nullable=False),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("salt", sa.String(64), nullable=False),
        sa.Column("code_hash", sa.String(64), nullable=False),
        sa.Column("created_at", UTC_TEXT, nullable=False),
        sa.Column("expires_at", UTC_TEXT, nullable=False),
        sa.Column("attempts_left", sa.Integer(), nullable=False),
    )
    op.create_index("ix_otp_phone_created", "otp_challenges", ["phone", "created_at"])
    op.create_index("ix_otp_terminal_created", "otp_challenges", ["terminal_id", "created_at"])


def downgrade() -> None:
    for table in (
        "otp_challenges",
        "idempotency_records",
        "dispatches",
        "tickets",
        "boxes",
        "parcels",
        "terminals",
    ):
        op.drop_table(table)
