"""Monthly returns: one record per (country, month) with its state, steps and history.

Revision ID: 0005_monthly_returns
Revises: 0004_search_keys
Create Date: 2026-12-03 06:30:00

A new table only: existing records are untouched, and a month with no return yet is a draft
(the workflow makes its record on the month's first transition).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_monthly_returns"
down_revision: str | None = "0004_search_keys"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "monthly_returns",
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("nil", sa.Boolean(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("explanations", sa.JSON(), nullable=False),
        sa.Column("sessions_complete", sa.Boolean(), nullable=False),
        sa.Column("engagements_complete", sa.Boolean(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("from_state", sa.String(length=16), nullable=True),
        sa.Column("steps", sa.JSON(), nullable=False),
        sa.Column("history", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["country"],
            ["ref_countries.code"],
            name=op.f("fk_monthly_returns_country_ref_countries"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monthly_returns")),
    )
    op.create_index(op.f("ix_monthly_returns_country"), "monthly_returns", ["country"])
    op.create_index(op.f("ix_monthly_returns_period"), "monthly_returns", ["period"])
    op.create_index(
        "uq_monthly_returns_month",
        "monthly_returns",
        ["country", "period"],
        unique=True,
        sqlite_where=sa.text("deleted = 0"),
    )


def downgrade() -> None:
    op.drop_index("uq_monthly_returns_month", table_name="monthly_returns")
    op.drop_index(op.f("ix_monthly_returns_period"), table_name="monthly_returns")
    op.drop_index(op.f("ix_monthly_returns_country"), table_name="monthly_returns")
    op.drop_table("monthly_returns")
