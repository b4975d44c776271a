"""Initial schema: reference tables, the six synced record kinds, the outbox, settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-29 10:25:14.697148
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "device_settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_device_settings")),
    )
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("base_revision", sa.Integer(), nullable=True),
        sa.Column("changed_fields", sa.JSON(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("set_aside_reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox")),
        sa.UniqueConstraint("change_id", name=op.f("uq_outbox_change_id")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_record", ["kind", "record_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_outbox_state"), ["state"], unique=False)

    op.create_table(
        "ref_capabilities",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("name_fr", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("metrics", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_ref_capabilities")),
    )
    op.create_table(
        "ref_contact_roles",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("name_fr", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_ref_contact_roles")),
    )
    op.create_table(
        "ref_countries",
        sa.Column("code", sa.String(length=2), nullable=False),
        sa.Column("name_en", sa.String(length=100), nullable=False),
        sa.Column("name_fr", sa.String(length=100), nullable=False),
        sa.Column("zones", sa.JSON(), nullable=False),
        sa.Column("in_project", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_ref_countries")),
    )
    op.create_table(
        "ref_courses",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("name_fr", sa.String(length=200), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_ref_courses")),
    )
    op.create_table(
        "ref_org_types",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("name_fr", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_ref_org_types")),
    )
    op.create_table(
        "attendances",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("completed", sa.Boolean(), nullable=False),
        sa.Column("pre_score", sa.Float(), nullable=True),
        sa.Column("post_score", sa.Float(), nullable=True),
        sa.Column("certificate_issued", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["country"], ["ref_countries.code"], name=op.f("fk_attendances_country_ref_countries")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendances")),
    )
    with op.batch_alter_table("attendances", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendances_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendances_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendances_session_id"), ["session_id"], unique=False)
        batch_op.create_index(
            "uq_attendances_session_person",
            ["session_id", "person_id"],
            unique=True,
            sqlite_where=sa.text("deleted = 0"),
        )

    op.create_table(
        "capability_reports",
        sa.Column("capability_code", sa.String(length=32), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("searches", sa.Integer(), nullable=True),
        sa.Column("hits", sa.Integer(), nullable=True),
        sa.Column("notices_requested", sa.Integer(), nullable=True),
        sa.Column("diffusions_requested", sa.Integer(), nullable=True),
        sa.Column("messages_exchanged", sa.Integer(), nullable=True),
        sa.Column("active_accounts", sa.Integer(), nullable=True),
        sa.Column("participants", sa.Integer(), nullable=True),
        sa.Column("narrative", sa.Text(), nullable=False),
        sa.Column("success_stories", sa.Text(), nullable=False),
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
            name=op.f("fk_capability_reports_country_ref_countries"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_capability_reports")),
    )
    with op.batch_alter_table("capability_reports", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_capability_reports_country"), ["country"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_capability_reports_period"), ["period"], unique=False)
        batch_op.create_index(
            "uq_capability_reports_month",
            ["country", "capability_code", "period"],
            unique=True,
            sqlite_where=sa.text("deleted = 0"),
        )

    op.create_table(
        "contacts",
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("org_type", sa.String(length=32), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=True),
        sa.Column("contact_country", sa.String(length=2), nullable=False),
        sa.Column("emails", sa.JSON(), nullable=False),
        sa.Column("phones", sa.JSON(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("secure_channel", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["country"], ["ref_countries.code"], name=op.f("fk_contacts_country_ref_countries")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contacts_contact_country"), ["contact_country"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contacts_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_contacts_full_name"), ["full_name"], unique=False)

    op.create_table(
        "engagements",
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("contact_ids", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["country"], ["ref_countries.code"], name=op.f("fk_engagements_country_ref_countries")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_engagements")),
    )
    with op.batch_alter_table("engagements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_engagements_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_engagements_date"), ["date"], unique=False)

    op.create_table(
        "people",
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("sex", sa.String(length=16), nullable=False),
        sa.Column("agency", sa.String(length=200), nullable=True),
        sa.Column("rank", sa.String(length=200), nullable=True),
        sa.Column("position", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["country"], ["ref_countries.code"], name=op.f("fk_people_country_ref_countries")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_people_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_people_full_name"), ["full_name"], unique=False)

    op.create_table(
        "training_sessions",
        sa.Column("course_code", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("organiser", sa.String(length=200), nullable=True),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("trainer_ids", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
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
            name=op.f("fk_training_sessions_country_ref_countries"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_sessions")),
    )
    with op.batch_alter_table("training_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_training_sessions_country"), ["country"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_training_sessions_course_code"), ["course_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_training_sessions_start_date"), ["start_date"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("training_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_sessions_start_date"))
        batch_op.drop_index(batch_op.f("ix_training_sessions_course_code"))
        batch_op.drop_index(batch_op.f("ix_training_sessions_country"))

    op.drop_table("training_sessions")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_full_name"))
        batch_op.drop_index(batch_op.f("ix_people_country"))

    op.drop_table("people")
    with op.batch_alter_table("engagements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_engagements_date"))
        batch_op.drop_index(batch_op.f("ix_engagements_country"))

    op.drop_table("engagements")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contacts_full_name"))
        batch_op.drop_index(batch_op.f("ix_contacts_country"))
        batch_op.drop_index(batch_op.f("ix_contacts_contact_country"))

    op.drop_table("contacts")
    with op.batch_alter_table("capability_reports", schema=None) as batch_op:
        batch_op.drop_index("uq_capability_reports_month", sqlite_where=sa.text("deleted = 0"))
        batch_op.drop_index(batch_op.f("ix_capability_reports_period"))
        batch_op.drop_index(batch_op.f("ix_capability_reports_country"))

    op.drop_table("capability_reports")
    with op.batch_alter_table("attendances", schema=None) as batch_op:
        batch_op.drop_index("uq_attendances_session_person", sqlite_where=sa.text("deleted = 0"))
        batch_op.drop_index(batch_op.f("ix_attendances_session_id"))
        batch_op.drop_index(batch_op.f("ix_attendances_person_id"))
        batch_op.drop_index(batch_op.f("ix_attendances_country"))

    op.drop_table("attendances")
    op.drop_table("ref_org_types")
    op.drop_table("ref_courses")
    op.drop_table("ref_countries")
    op.drop_table("ref_contact_roles")
    op.drop_table("ref_capabilities")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_state"))
        batch_op.drop_index("ix_outbox_record")

    op.drop_table("outbox")
    op.drop_table("device_settings")
