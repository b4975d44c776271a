"""Editor drafts in the local store: keep, list and drop what an open editor has not saved.

No Qt here. A draft is local to this computer: it is written with a plain transaction, never
through the record service, so it is neither synced nor queued in the outbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from bluepacific_desktop.store.models import EditorDraft
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.store.types import utcnow


@dataclass(frozen=True)
class Draft:
    key: str
    editor: str
    record_id: str | None
    title: str
    state: dict[str, Any]


def draft_key(editor: str, record_id: str | None) -> str:
    return f"{editor}:{record_id or 'new'}"


def keep_draft(store: Store, draft: Draft) -> None:
    """Write (or overwrite) the draft of one editor."""
    with store.write() as session:
        row = session.get(EditorDraft, draft.key)
        if row is None:
            row = EditorDraft(key=draft.key)
            session.add(row)
        row.editor = draft.editor
        row.record_id = draft.record_id
        row.title = draft.title
        row.state = draft.state
        row.updated_at = utcnow()


def drop_draft(store: Store, key: str) -> None:
    with store.write() as session:
        session.execute(delete(EditorDraft).where(EditorDraft.key == key))


def saved_drafts(store: Store) -> list[Draft]:
    """The drafts left by editors that were open when the app last stopped, newest first."""
    with store.read() as session:
        rows = session.scalars(select(EditorDraft).order_by(EditorDraft.updated_at.desc()))
        return [Draft(r.key, r.editor, r.record_id, r.title, dict(r.state)) for r in rows]
