"""Two indexes for the training figures on SQLite, which has no GROUPING SETS: each starts with
the quarter and follows with the keys of one of the page's groupings (country, course, sex for
the table; sex for the region's total and the chart by quarter), so that SQLite reads a
period's attendances already in their groups' order instead of sorting them per grouping.

Revision ID: r0012_figspeed
Revises: r0011_train
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "r0012_figspeed"
down_revision = "r0011_train"
branch_labels = None
depends_on = None

# Every column the training figures count follows the keys (the status too: r0011_train): the
# indexes cover the query.
INDEXES = {
    "ix_fig_attendance_by_keys": ["quarter", "session_country", "course_code", "sex",
                                  "person_id", "day", "completed", "pre_score", "post_score",
                                  "status"],
    "ix_fig_attendance_by_sex": ["quarter", "sex", "person_id", "day", "session_country",
                                 "course_code", "completed", "pre_score", "post_score", "status"],
}  # fmt: skip


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "fig_attendance", columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="fig_attendance")
