"""The compact push answer of API v2: applied changes as runs of positions and revisions.

A v1 answer spells out every change: two random UUIDs (which no compressor can shrink), a status
and a revision, some 110 bytes each. Yet the device knows each change's ids from its own batch,
and the hub assigns revisions in order, so a run of changes simply applied (or simply found
applied before) is told by three numbers: [first position, count, first revision]. Only the
other results are spelled out, each with its position in the batch.

The hub derives the compact answer from the v1 answer it stored (`compact_push_response`), so a
replayed batch is answered byte for byte the same in either form; the device turns it back into
the v1 shape (`expand_push_response`) with the ids of the batch it sent, and the rest of the app
reads one shape only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bluepacific_wire.constants import MAX_CHANGES_PER_BATCH, ChangeStatus
from bluepacific_wire.errors import WireFormatError
from bluepacific_wire.fields import MAX_INT, parse_int, parse_uuid, require_key, require_object
from bluepacific_wire.shapes import (
    ChangeResult,
    CompactPushResponse,
    PositionedResult,
    PushResponse,
)
from bluepacific_wire.validate import parse_change_result, wire_time

# The statuses a run can stand for; every other result is spelled out.
RUN_STATUSES = (ChangeStatus.APPLIED, ChangeStatus.DUPLICATE)


def _is_plain(result: ChangeResult) -> bool:
    """A result that its position, status and revision say all of."""
    return (
        result["status"] in RUN_STATUSES
        and result["revision"] is not None
        and result["reason"] is None
        and result["server_record"] is None
        and not result["conflict_fields"]
    )


def compact_push_response(full: PushResponse) -> CompactPushResponse:
    """The v2 form of a v1 answer (deterministic: the same answer always gives the same form)."""
    runs: dict[str, list[list[int]]] = {status.value: [] for status in RUN_STATUSES}
    spelled: list[PositionedResult] = []
    for position, result in enumerate(full["results"]):
        revision = result["revision"]
        if not _is_plain(result) or revision is None:
            spelled.append(PositionedResult(position=position, **result))
            continue
        status_runs = runs[result["status"]]
        last = status_runs[-1] if status_runs else None
        if last is not None and last[0] + last[1] == position and last[2] + last[1] == revision:
            last[1] += 1
        else:
            status_runs.append([position, 1, revision])
    return CompactPushResponse(
        batch_id=full["batch_id"],
        server_time=full["server_time"],
        changes=len(full["results"]),
        applied=runs[ChangeStatus.APPLIED.value],
        duplicate=runs[ChangeStatus.DUPLICATE.value],
        results=spelled,
    )


def expand_push_response(value: Any, ids: Sequence[tuple[str, str]]) -> PushResponse:
    """The v1 shape of a compact answer to the batch whose (change_id, record_id) are `ids`.

    Refused (WireFormatError) unless it answers each change of the batch exactly once: a hub
    answering another batch, or a damaged answer, must never acknowledge a change it did not.
    """
    obj = require_object(value, "body")
    count = parse_int(require_key(obj, "changes", ""), "changes")
    if count != len(ids) or count > MAX_CHANGES_PER_BATCH:
        raise WireFormatError("changes", f"answers {count} changes, the batch had {len(ids)}")
    results: list[ChangeResult | None] = [None] * count

    def place(position: int, result: ChangeResult, field: str) -> None:
        if not 0 <= position < count:
            raise WireFormatError(field, f"position {position} is outside the batch")
        if results[position] is not None:
            raise WireFormatError(field, f"answers position {position} twice")
        results[position] = result

    for status in RUN_STATUSES:
        runs = require_key(obj, status.value, "")
        if not isinstance(runs, list) or len(runs) > count:
            raise WireFormatError(status.value, "must be a list of runs")
        for i, run in enumerate(runs):
            field = f"{status.value}[{i}]"
            if not isinstance(run, list) or len(run) != 3:
                raise WireFormatError(field, "must be [first position, count, first revision]")
            first = parse_int(run[0], f"{field}[0]")
            length = parse_int(run[1], f"{field}[1]", minimum=1)
            revision = parse_int(run[2], f"{field}[2]", minimum=1)
            if length > count or revision + length - 1 > MAX_INT:
                raise WireFormatError(field, "is longer than the batch")
            for k in range(length):
                change_id, record_id = ids[first + k] if first + k < count else ("", "")
                place(
                    first + k,
                    ChangeResult(
                        change_id=change_id,
                        record_id=record_id,
                        status=status.value,
                        revision=revision + k,
                        reason=None,
                        server_record=None,
                        conflict_fields=[],
                    ),
                    field,
                )
    spelled = require_key(obj, "results", "")
    if not isinstance(spelled, list) or len(spelled) > count:
        raise WireFormatError("results", "must be a list of at most one result per change")
    for i, raw in enumerate(spelled):
        field = f"results[{i}]"
        position = parse_int(require_key(require_object(raw, field), "position", field), field)
        place(position, parse_change_result(raw, field), field)
    missing = [i for i, result in enumerate(results) if result is None]
    if missing:
        raise WireFormatError("results", f"no answer for position {missing[0]}")
    return PushResponse(
        batch_id=parse_uuid(require_key(obj, "batch_id", ""), "batch_id"),
        server_time=wire_time(require_key(obj, "server_time", ""), "server_time"),
        results=[r for r in results if r is not None],
    )
