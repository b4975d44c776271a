"""Attendance status (present, late, excused or absent) and the courses a person trains
(issue 16).

Revision ID: 0010_train
Revises: 0009_rights
Create Date: 2026-12-04 21:00:00

Every attendance recorded before statuses was someone who came: existing rows become present
(the column's server default fills them). Absent and excused people are not counted as trained
(bluepacific_wire.training). Every person trains no course until someone says so ([]). A
course may carry a validity in months, and a certificate its expiry.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_train"
down_revision: str | None = "0009_rights"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("attendances") as batch:
        batch.add_column(
            sa.Column(
                "status", sa.String(length=16), server_default=sa.text("'present'"), nullable=False
            )
        )
    with op.batch_alter_table("people") as batch:
        batch.add_column(
            sa.Column("trainer_courses", sa.JSON(), server_default=sa.text("'[]'"), nullable=False)
        )
    # Filled by the reference data (version 2) on the first open; certificates already made
    # were printed without an expiry and keep none.
    with op.batch_alter_table("ref_courses") as batch:
        batch.add_column(sa.Column("validity_months", sa.Integer(), nullable=True))
    with op.batch_alter_table("certificates") as batch:
        batch.add_column(sa.Column("expires_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("certificates") as batch:
        batch.drop_column("expires_on")
    with op.batch_alter_table("ref_courses") as batch:
        batch.drop_column("validity_months")
    with op.batch_alter_table("people") as batch:
        batch.drop_column("trainer_courses")
    with op.batch_alter_table("attendances") as batch:
        batch.drop_column("status")
