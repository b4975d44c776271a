"""Attendance status in the training figures (issue 16): fig_attendance gains `status`.

Revision ID: r0011_train
Revises: r0010_wipe
Create Date: 2026-12-04

Every attendance is present (the column's default) except those whose record already says
late, excused or absent (pushed by a newer desktop before this hub was upgraded: the record
kept the field). The figures' covering index is remade with the column, so a period's
attendances are still read from the index alone.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from bluepacific_wire import training as rules

revision = "r0011_train"
down_revision = "r0010_wipe"
branch_labels = None
depends_on = None

PAGE = 5000
OLD_INDEX = ["day", "session_country", "course_code", "quarter", "sex", "person_id", "completed",
             "pre_score", "post_score"]  # fmt: skip


def upgrade() -> None:
    """Add the column, set the statuses the records hold, remake the index."""
    op.add_column(
        "fig_attendance",
        sa.Column("status", sa.String(8), server_default="present", nullable=False),
    )
    records = sa.table(
        "sync_record",
        sa.column("record_id", sa.String()),
        sa.column("kind", sa.String()),
        sa.column("deleted", sa.Boolean()),
        sa.column("fields", sa.JSON()),
    )
    rows = sa.table("fig_attendance", sa.column("record_id", sa.String()),
                    sa.column("status", sa.String()))  # fmt: skip
    conn = op.get_bind()
    last = ""
    while True:
        page = conn.execute(
            sa.select(records.c.record_id, records.c.fields)
            .where(
                records.c.kind == "attendance",
                records.c.deleted.is_(False),
                records.c.record_id > last,
            )
            .order_by(records.c.record_id)
            .limit(PAGE)
        ).all()
        if not page:
            break
        changed: list[dict[str, Any]] = []
        for record_id, fields in page:
            status = rules.attendance_status((fields or {}).get("status"))
            if status != rules.PRESENT:
                changed.append({"id": record_id, "value": status})
        if changed:
            conn.execute(
                sa.update(rows)
                .where(rows.c.record_id == sa.bindparam("id"))
                .values(status=sa.bindparam("value")),
                changed,
            )
        last = page[-1][0]
    op.drop_index("ix_fig_attendance_figures", "fig_attendance")
    op.create_index("ix_fig_attendance_figures", "fig_attendance", [*OLD_INDEX, "status"])


def downgrade() -> None:
    op.drop_index("ix_fig_attendance_figures", "fig_attendance")
    op.create_index("ix_fig_attendance_figures", "fig_attendance", OLD_INDEX)
    op.drop_column("fig_attendance", "status")
