"""What the outbox holds, counted by record, and the precedence of its states: plain values,
free of SQLAlchemy (the reads are store/outbox.py's; the window's first look at the to-do list
reads the same rows through SQLCipher's driver)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bluepacific_desktop.domain.enums import OutboxState

# A record with several entries shows the gravest: set aside, then conflict, then pending.
PRECEDENCE = {OutboxState.PENDING: 1, OutboxState.CONFLICT: 2, OutboxState.SET_ASIDE: 3}
# The states a person must settle, the only ones read entry by entry.
HELD = (OutboxState.SET_ASIDE.value, OutboxState.CONFLICT.value)


@dataclass(frozen=True)
class WaitingCounts:
    """Records with a change not yet on the hub, each counted once, in its `PRECEDENCE` state.

    The unit is the record, not the outbox entry: the hub receives one coalesced change per
    record, and the user thinks in records (a person edited three times is one change
    waiting). The status bar, `status`, the sync engine and its progress all count this.
    """

    pending: int = 0  # goes with the next sync
    set_aside: int = 0  # refused by the hub: waits for a person
    in_conflict: int = 0  # changed on the hub too: waits for a decision

    @property
    def total(self) -> int:
        """Everything not on the hub: what logging out would leave behind."""
        return self.pending + self.set_aside + self.in_conflict

    @property
    def need_attention(self) -> int:
        return self.set_aside + self.in_conflict


def counted(total: int, held: Iterable[tuple[str, str, str]]) -> WaitingCounts:
    """`total`: the records with any entry (the tally); `held`: (kind, record id, state) of
    every entry in a HELD state."""
    ranks: dict[tuple[str, str], int] = {}
    for kind, record_id, state in held:
        key = (kind, record_id)
        ranks[key] = max(ranks.get(key, 0), PRECEDENCE[OutboxState(state)])
    set_aside = sum(1 for r in ranks.values() if r == PRECEDENCE[OutboxState.SET_ASIDE])
    in_conflict = len(ranks) - set_aside
    return WaitingCounts(pending=total - len(ranks), set_aside=set_aside, in_conflict=in_conflict)
