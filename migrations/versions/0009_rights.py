"""People's rights over their data (issue 15): the day a person or contact was erased.

Revision ID: 0009_rights
Revises: 0008_outbox_tally
Create Date: 2026-12-04 21:10:00

One nullable column on each table: existing records are not erased (NULL).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_rights"
down_revision: str | None = "0008_outbox_tally"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # SQLite adds a nullable column in place (no table copy): quick on 100,000 people.
    op.add_column("people", sa.Column("erased_on", sa.Date(), nullable=True))
    op.add_column("contacts", sa.Column("erased_on", sa.Date(), nullable=True))


def downgrade() -> None:
    op.drop_column("contacts", "erased_on")
    op.drop_column("people", "erased_on")
