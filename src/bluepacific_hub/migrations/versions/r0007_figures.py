"""The regional figures read plain columns: a narrow table per kind they count (fig_session,
fig_attendance, fig_person, fig_report, fig_engagement, fig_contact), one row per live record,
filled here from the records already on the hub.

Why tables of their own rather than columns on sync_record: the figures read a few fields of
100,000 attendances and of their sessions and people; rows of those few columns, only the
live ones and only of their kind, are what an index and a scan read fastest on both databases,
and pulls keep reading sync_record as it was. The push path writes them in the same
transaction as the records (figure_rows.py, the one place that does), so they are never
behind.

An attendance's row also carries its session's country, course, day and quarter and its
person's sex, kept by the same writer whenever the session or the person changes: the training
figures, 100,000 attendances over three years, then read one table through an index on the day
and join nothing.

The rows are made by figure_rows.figure_row and figure_rows.follow, what the push path uses, so
a record migrated and a record pushed read alike; only the columns this revision creates are
written.

Revision ID: r0007_figures
Revises: r0006_totp
Create Date: 2026-12-04
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from bluepacific_hub.figure_rows import figure_row, follow

revision = "r0007_figures"
down_revision = "r0006_totp"
branch_labels = None
depends_on = None

PAGE = 5000


def _key() -> list[sa.Column[Any]]:
    return [sa.Column("record_id", sa.String(36), primary_key=True),
            sa.Column("country", sa.String(2), nullable=True)]  # fmt: skip


TABLES: dict[str, tuple[str, list[sa.Column[Any]]]] = {
    "training_session": ("fig_session", [
        sa.Column("course_code", sa.String(200), nullable=True),
        sa.Column("day", sa.String(10), nullable=True),
        sa.Column("quarter", sa.String(6), nullable=True),
    ]),
    "attendance": ("fig_attendance", [
        sa.Column("session_id", sa.String(36), nullable=True),
        sa.Column("person_id", sa.String(36), nullable=True),
        sa.Column("completed", sa.Boolean(), nullable=False),
        sa.Column("pre_score", sa.Float(), nullable=True),
        sa.Column("post_score", sa.Float(), nullable=True),
        sa.Column("session_country", sa.String(2), nullable=True),
        sa.Column("course_code", sa.String(200), nullable=True),
        sa.Column("day", sa.String(10), nullable=True),
        sa.Column("quarter", sa.String(6), nullable=True),
        sa.Column("sex", sa.String(10), nullable=True),
    ]),
    "person": ("fig_person", [sa.Column("sex", sa.String(10), nullable=False)]),
    "capability_report": ("fig_report", [
        sa.Column("capability_code", sa.Text(), nullable=True),
        sa.Column("period", sa.String(7), nullable=True),
        *(sa.Column(name, sa.Float(), nullable=True) for name in (
            "searches", "hits", "notices_requested", "diffusions_requested",
            "messages_exchanged", "active_accounts")),
    ]),
    "engagement": ("fig_engagement", [
        sa.Column("kind", sa.Text(), nullable=True),
        sa.Column("day", sa.String(10), nullable=True),
        sa.Column("quarter", sa.String(6), nullable=True),
    ]),
    "contact": ("fig_contact", [
        sa.Column("contact_country", sa.Text(), nullable=True),
        sa.Column("org_type", sa.Text(), nullable=True),
        sa.Column("organisation", sa.Text(), nullable=True),
    ]),
}  # fmt: skip
INDEXES = (
    ("ix_fig_session_day", "fig_session", ["day"]),
    ("ix_fig_attendance_session_id", "fig_attendance", ["session_id"]),
    ("ix_fig_attendance_person_id", "fig_attendance", ["person_id"]),
    # The training figures read a period's attendances from this index alone.
    ("ix_fig_attendance_figures", "fig_attendance", ["day", "session_country", "course_code",
     "quarter", "sex", "person_id", "completed", "pre_score", "post_score"]),
    ("ix_fig_report_period", "fig_report", ["period"]),
    ("ix_fig_engagement_day", "fig_engagement", ["day"]),
)  # fmt: skip


def upgrade() -> None:
    """Create the six tables and their indexes, give every live record of their kinds its row
    (read a page of records at a time, in record_id order), then every attendance its
    session's and person's values."""
    tables = {
        kind: op.create_table(name, *_key(), *columns) for kind, (name, columns) in TABLES.items()
    }
    for index, table, columns in INDEXES:
        op.create_index(index, table, columns)
    records = sa.table(
        "sync_record",
        sa.column("record_id", sa.String()),
        sa.column("kind", sa.String()),
        sa.column("country", sa.String()),
        sa.column("deleted", sa.Boolean()),
        sa.column("fields", sa.JSON()),
    )
    conn = op.get_bind()
    last = ""
    while True:
        page = conn.execute(
            sa.select(records.c.record_id, records.c.kind, records.c.country, records.c.fields)
            .where(
                records.c.kind.in_(sorted(tables)),
                records.c.deleted.is_(False),
                records.c.record_id > last,
            )
            .order_by(records.c.record_id)
            .limit(PAGE)
        ).all()
        if not page:
            break
        rows: dict[str, list[dict[str, Any]]] = {}
        for record_id, kind, country, fields in page:
            row = figure_row(kind, record_id, country, fields) or {}
            known = tables[kind].c.keys()
            rows.setdefault(kind, []).append({k: v for k, v in row.items() if k in known})
        for kind, values in rows.items():
            conn.execute(sa.insert(tables[kind]), values)
        last = page[-1][0]
    conn.execute(follow(tables["attendance"], tables["training_session"], tables["person"]))


def downgrade() -> None:
    """Drop the six tables (the records keep every field; the figures read them no more)."""
    for index, table, _ in INDEXES:
        op.drop_index(index, table)
    for name, _ in TABLES.values():
        op.drop_table(name)
