"""The audit log: who did what to the hub, when and from where (issue 14).

Revision ID: r0005_audit
Revises: r0004_console
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bluepacific_hub.dbtypes import UTCDateTime

revision = "r0005_audit"
down_revision = "r0004_console"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add hub_audit_event (empty: nothing was logged before)."""
    op.create_table(
        "hub_audit_event",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("actor", sa.String(64), nullable=True),
        sa.Column("actor_country", sa.String(2), nullable=True),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("country", sa.String(2), nullable=True),
        sa.Column("address", sa.String(64), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
    )
    op.create_index("ix_hub_audit_event_at", "hub_audit_event", ["at"])
    op.create_index("ix_hub_audit_event_action", "hub_audit_event", ["action"])


def downgrade() -> None:
    """Drop the audit log (its events go with it)."""
    op.drop_index("ix_hub_audit_event_action", "hub_audit_event")
    op.drop_index("ix_hub_audit_event_at", "hub_audit_event")
    op.drop_table("hub_audit_event")
