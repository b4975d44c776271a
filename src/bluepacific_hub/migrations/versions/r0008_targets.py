"""The results framework (issue 14, page 4): each indicator's baseline and target per country
(or the region) and year, and its life-of-project target per country (or the region).

Revision ID: r0008_targets
Revises: r0007_figures
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bluepacific_hub.dbtypes import UTCDateTime

revision = "r0008_targets"
down_revision = "r0007_figures"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add hub_indicator_target and hub_project_target (empty: no target is set yet)."""
    op.create_table(
        "hub_indicator_target",
        sa.Column("indicator", sa.String(40), primary_key=True),
        sa.Column("country", sa.String(8), primary_key=True),
        sa.Column("year", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("baseline", sa.Float(), nullable=True),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=True),
    )
    op.create_table(
        "hub_project_target",
        sa.Column("indicator", sa.String(40), primary_key=True),
        sa.Column("country", sa.String(8), primary_key=True),
        sa.Column("target", sa.Float(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=True),
    )


def downgrade() -> None:
    """Drop both tables: every target set goes (the figures they were compared with stay)."""
    op.drop_table("hub_project_target")
    op.drop_table("hub_indicator_target")
