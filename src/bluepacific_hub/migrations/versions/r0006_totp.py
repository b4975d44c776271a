"""A second factor for the console (issue 14): each user's TOTP secret and its single-use
recovery codes (argon2-hashed).

The secret is stored as is (base32): the hub has no key of its own yet to encrypt it with.
Whoever reads this table can make codes, so the hub's database and its backups must be kept
as secret as its TLS key.

Revision ID: r0006_totp
Revises: r0005_audit
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bluepacific_hub.dbtypes import UTCDateTime

revision = "r0006_totp"
down_revision = "r0005_audit"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add hub_user_totp and hub_totp_recovery_code (empty: no one has enrolled yet)."""
    op.create_table(
        "hub_user_totp",
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("hub_user.id"), primary_key=True),
        sa.Column("secret", sa.String(64), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("last_step", sa.BigInteger(), nullable=True),
        sa.Column("enrolled_at", UTCDateTime(), nullable=False),
        sa.Column("confirmed_at", UTCDateTime(), nullable=True),
    )
    op.create_table(
        "hub_totp_recovery_code",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("hub_user.id"), nullable=False),
        sa.Column("lookup", sa.String(8), nullable=False),
        sa.Column("code_hash", sa.String(255), nullable=False),
        sa.Column("used_at", UTCDateTime(), nullable=True),
    )
    op.create_index("ix_hub_totp_recovery_code_user_id", "hub_totp_recovery_code", ["user_id"])


def downgrade() -> None:
    """Drop both tables: every second factor goes (users sign in with their password only)."""
    op.drop_index("ix_hub_totp_recovery_code_user_id", "hub_totp_recovery_code")
    op.drop_table("hub_totp_recovery_code")
    op.drop_table("hub_user_totp")
