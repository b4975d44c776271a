"""The regional console: server-side browser sessions, and each user's console language.

Revision ID: r0004_console
Revises: r0003_returns
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bluepacific_hub.dbtypes import UTCDateTime

revision = "r0004_console"
down_revision = "r0003_returns"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add hub_console_session (empty: nobody is signed in) and hub_user.console_language."""
    op.create_table(
        "hub_console_session",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("hub_user.id"), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("last_seen_at", UTCDateTime(), nullable=False),
        sa.Column("csrf_secret", sa.String(64), nullable=False),
        sa.Column("language", sa.String(2), nullable=False),
    )
    op.create_index("ix_hub_console_session_user_id", "hub_console_session", ["user_id"])
    with op.batch_alter_table("hub_user") as batch:
        batch.add_column(sa.Column("console_language", sa.String(2), nullable=True))


def downgrade() -> None:
    """Drop both (everyone signed in on the console is signed out)."""
    with op.batch_alter_table("hub_user") as batch:
        batch.drop_column("console_language")
    op.drop_index("ix_hub_console_session_user_id", "hub_console_session")
    op.drop_table("hub_console_session")
