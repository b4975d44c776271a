"""Monthly returns pushed to a real hub the way a desktop sends them: the record's fields with
its steps (shared by the hub's returns tests and the console's)."""

from __future__ import annotations

from typing import Any

from bluepacific_hub.returns import return_id
from bluepacific_wire.returns import ReturnAction, Step, encode_step
from tests.support.hubserver import Client, change

KIND = "monthly_return"


def return_fields(
    period: str, state: str, from_state: str, *actions: str, **extra: Any
) -> dict[str, Any]:
    """A monthly return's fields moving it from `from_state` by `actions` to `state`."""
    steps = [
        encode_step(Step(ReturnAction(a), extra.pop("comment", ""), "2025-04-01T00:00:00Z"))
        for a in actions
    ]
    return {
        "period": period,
        "state": state,
        "from_state": from_state,
        "steps": steps,
        "nil": extra.pop("nil", False),
        "comment": "",
        "explanations": [],
        "sessions_complete": False,
        "engagements_complete": False,
        "time_zone": extra.pop("time_zone", "Pacific/Fiji"),
        "history": extra.pop("history", []),
    }


def push_return(client: Client, country: str, fields: dict[str, Any], **kw: Any) -> dict[str, Any]:
    """Push one return change; the hub's result for it."""
    c = change(country, fields, kind=KIND, record_id=return_id(country, fields["period"]), **kw)
    (result,) = client.push(c)["results"]
    return result
