"""The outbox's tally: how many records have a change waiting, kept by the database itself.

Revision ID: 0008_outbox_tally
Revises: 0007_certificates
Create Date: 2026-12-04 21:00:00

The status bar and the dashboard's to-do ask after every change how many records wait for
the hub. Counting the distinct records of the outbox walks all of it: 0.16 s for the 253,000
entries of a big import not yet synced, and the dashboard waited for it. Two triggers keep the
number in a one-row table instead, in the same transaction as the change, so it cannot drift
(a crash rolls both back): an entry counts a record when it is that record's first, a deletion
uncounts it when it was its last. Each costs one probe of the (kind, record_id) index.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008_outbox_tally"
down_revision: str | None = "0007_certificates"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "CREATE TABLE outbox_tally (id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1), "
        "records INTEGER NOT NULL)"
    )
    op.execute(
        "INSERT INTO outbox_tally (id, records) "
        "SELECT 1, count(*) FROM (SELECT DISTINCT kind, record_id FROM outbox)"
    )
    op.execute(
        "CREATE TRIGGER outbox_tally_insert AFTER INSERT ON outbox "
        "WHEN NOT EXISTS (SELECT 1 FROM outbox WHERE kind = NEW.kind "
        "AND record_id = NEW.record_id AND seq <> NEW.seq) "
        "BEGIN UPDATE outbox_tally SET records = records + 1 WHERE id = 1; END"
    )
    op.execute(
        "CREATE TRIGGER outbox_tally_delete AFTER DELETE ON outbox "
        "WHEN NOT EXISTS (SELECT 1 FROM outbox WHERE kind = OLD.kind "
        "AND record_id = OLD.record_id) "
        "BEGIN UPDATE outbox_tally SET records = records - 1 WHERE id = 1; END"
    )
    # An entry moved to another record (never done by the app; a hand edit): count again.
    op.execute(
        "CREATE TRIGGER outbox_tally_update AFTER UPDATE OF kind, record_id ON outbox "
        "BEGIN UPDATE outbox_tally SET records = "
        "(SELECT count(*) FROM (SELECT DISTINCT kind, record_id FROM outbox)) WHERE id = 1; END"
    )


def downgrade() -> None:
    for trigger in ("outbox_tally_insert", "outbox_tally_delete", "outbox_tally_update"):
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE outbox_tally")
