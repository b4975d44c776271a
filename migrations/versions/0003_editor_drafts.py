"""Editor drafts: what an open editor holds, kept every few seconds against power cuts.

Revision ID: 0003_editor_drafts
Revises: 0002
Create Date: 2026-12-02 20:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_editor_drafts"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "editor_drafts",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("editor", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_editor_drafts")),
    )


def downgrade() -> None:
    op.drop_table("editor_drafts")
