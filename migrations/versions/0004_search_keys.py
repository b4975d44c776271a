"""Search keys: people and contacts carry their names folded (no case, accents, ʻokina), indexed.

Revision ID: 0004_search_keys
Revises: 0003_editor_drafts
Create Date: 2026-12-02 21:00:00

Existing rows get their key here, so "semisi" finds "Sēmisi" as soon as the store is
upgraded (the keys depend on nothing but the people and contacts tables).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from bluepacific_desktop.domain.folding import fold

revision: str = "0004_search_keys"
down_revision: str | None = "0003_editor_drafts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Each table and the fields its key folds (models.Searchable.search_fields at this revision).
SEARCHED = {"people": ("full_name",), "contacts": ("full_name", "organisation")}
_PART = 1000


def upgrade() -> None:
    conn = op.get_bind()
    for table_name, fields in SEARCHED.items():
        op.add_column(
            table_name,
            sa.Column("search_key", sa.String(length=400), server_default="", nullable=False),
        )
        table = sa.table(
            table_name, sa.column("id"), sa.column("search_key"), *map(sa.column, fields)
        )
        rows = conn.execute(sa.select(table.c.id, *(table.c[f] for f in fields))).all()
        update = (
            table.update()
            .where(table.c.id == sa.bindparam("rid"))
            .values(search_key=sa.bindparam("key"))
        )
        for start in range(0, len(rows), _PART):
            part = rows[start : start + _PART]
            keys = [{"rid": r[0], "key": "\n".join(fold(v) for v in r[1:])} for r in part]
            conn.execute(update, keys)
        op.create_index(f"ix_{table_name}_search_key", table_name, ["search_key"])
    # The people filter's covering index (models.Person.__table_args__).
    op.create_index("ix_people_name_search", "people", ["full_name", "search_key", "deleted"])


def downgrade() -> None:
    op.drop_index("ix_people_name_search", table_name="people")
    for table_name in SEARCHED:
        op.drop_index(f"ix_{table_name}_search_key", table_name=table_name)
        with op.batch_alter_table(table_name) as batch:
            batch.drop_column("search_key")
