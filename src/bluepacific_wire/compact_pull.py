"""The compact pull page of API v2: each record once, as a row, without what the cursor implies.

A v1 page spells every record out as an object: nine key names, the kind, the country and the
device's UUID repeated on each, and revisions that the cursor and the order already imply. The
compact page says each of those once:

* `shapes`: [kind, country, [field names]] — the records of one kind and country whose
  fields have the same names share a shape;
* `devices`: the device ids the page's records name, each once;
* `records`: one row per record, in the v1 page's order (revision order):
  [shape, record_id, revision step, deleted (0/1), created_at, updated_at or null when it
  equals created_at, device (index in `devices`) or null, the values in the shape's order].
  The revision step is the revision minus the one before it (minus the request's cursor for
  the first row): a page of consecutive revisions is a column of 1s.

Everything else (`next_cursor`, `has_more`, `remaining`, `server_time`, `return_rules`) is as
in v1. The device turns the page back into the v1 shape (`expand_pull_page`) with the cursor
it asked from, and the rest of the app reads one shape only; each record it rebuilds is checked
as a v1 record is (`parse_pull_response`).
"""

from __future__ import annotations

from typing import Any

from bluepacific_wire.errors import WireFormatError
from bluepacific_wire.fields import MAX_INT, parse_int, require_key, require_object
from bluepacific_wire.shapes import Envelope, PullResponse
from bluepacific_wire.validate import parse_pull_response

# The columns of a row before the field values.
_HEAD = 7
# Passed through unchanged between the two forms.
_FRAME = ("next_cursor", "has_more", "remaining", "server_time", "return_rules")


def compact_pull_page(page: PullResponse, cursor: int) -> dict[str, Any]:
    """The v2 form of a v1 page answered to a pull from `cursor` (deterministic)."""
    shapes: dict[tuple[str, str | None, tuple[str, ...]], int] = {}
    devices: dict[str, int] = {}
    rows: list[list[Any]] = []
    previous = cursor
    for env in page["changes"]:
        names = tuple(sorted(env["fields"]))
        shape = shapes.setdefault((env["kind"], env["country"], names), len(shapes))
        device = env["device_id"]
        rows.append(
            [
                shape,
                env["record_id"],
                env["revision"] - previous,
                1 if env["deleted"] else 0,
                env["created_at"],
                None if env["updated_at"] == env["created_at"] else env["updated_at"],
                None if device is None else devices.setdefault(device, len(devices)),
                *(env["fields"][name] for name in names),
            ]
        )
        previous = env["revision"]
    compact: dict[str, Any] = {
        "shapes": [[kind, country, list(names)] for kind, country, names in shapes],
        "devices": list(devices),
        "records": rows,
    }
    compact.update({key: page[key] for key in _FRAME if key in page})  # type: ignore[literal-required]
    return compact


def expand_pull_page(value: Any, cursor: int) -> PullResponse:
    """The v1 page a compact page stands for, checked as a v1 page is (WireFormatError)."""
    obj = require_object(value, "body")
    shapes = _shapes(require_key(obj, "shapes", ""))
    devices = require_key(obj, "devices", "")
    rows = require_key(obj, "records", "")
    if not isinstance(devices, list) or not isinstance(rows, list):
        raise WireFormatError("records", "devices and records must be lists")
    changes: list[Envelope] = []
    revision = cursor
    for i, row in enumerate(rows):
        field = f"records[{i}]"
        if not isinstance(row, list) or len(row) < _HEAD:
            raise WireFormatError(field, "must be a row of a record")
        shape = parse_int(row[0], f"{field}[0]", maximum=len(shapes) - 1)
        kind, country, names = shapes[shape]
        if len(row) != _HEAD + len(names):
            raise WireFormatError(field, f"must hold {len(names)} values for its shape")
        revision += parse_int(row[2], f"{field}[2]", minimum=1)
        if revision > MAX_INT:
            raise WireFormatError(f"{field}[2]", "goes past the largest revision")
        device = None
        if row[6] is not None:
            device = devices[parse_int(row[6], f"{field}[6]", maximum=len(devices) - 1)]
        changes.append(
            {
                "kind": kind,
                "record_id": row[1],
                "country": country,
                "revision": revision,
                "deleted": parse_int(row[3], f"{field}[3]", maximum=1) == 1,
                "fields": dict(zip(names, row[_HEAD:], strict=True)),
                "created_at": row[4],
                "updated_at": row[4] if row[5] is None else row[5],
                "device_id": device,
            }
        )
    page = {key: obj[key] for key in _FRAME if key in obj}
    page["changes"] = changes
    return parse_pull_response(page)


def _shapes(value: Any) -> list[tuple[Any, Any, list[str]]]:
    if not isinstance(value, list):
        raise WireFormatError("shapes", "must be a list")
    shapes: list[tuple[Any, Any, list[str]]] = []
    for i, shape in enumerate(value):
        field = f"shapes[{i}]"
        if not isinstance(shape, list) or len(shape) != 3 or not isinstance(shape[2], list):
            raise WireFormatError(field, "must be [kind, country, [field names]]")
        names = shape[2]
        if not all(isinstance(n, str) for n in names) or len(set(names)) != len(names):
            raise WireFormatError(field, "field names must be distinct texts")
        # The kind and country are checked with each record rebuilt from the shape.
        shapes.append((shape[0], shape[1], names))
    return shapes
