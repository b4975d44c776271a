"""Training certificates: one record per verification code (issue 16).

Revision ID: 0007_certificates
Revises: 0005_monthly_returns
Create Date: 2026-12-04 19:20:00

A new table only: existing attendances are untouched; a certificate is made the first time an
attendance's certificate is printed (workflows/certificates.py).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_certificates"
down_revision: str | None = "0005_monthly_returns"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "certificates",
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("attendance_id", sa.String(length=36), nullable=False),
        sa.Column("holder_name", sa.String(length=200), nullable=False),
        sa.Column("course_code", sa.String(length=32), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.Column("revoke_reason", sa.String(length=500), nullable=True),
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
            name=op.f("fk_certificates_country_ref_countries"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificates")),
    )
    op.create_index(op.f("ix_certificates_country"), "certificates", ["country"])
    op.create_index(op.f("ix_certificates_code"), "certificates", ["code"])
    op.create_index(op.f("ix_certificates_attendance_id"), "certificates", ["attendance_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_certificates_attendance_id"), table_name="certificates")
    op.drop_index(op.f("ix_certificates_code"), table_name="certificates")
    op.drop_index(op.f("ix_certificates_country"), table_name="certificates")
    op.drop_table("certificates")
