"""Fields a kind's rule has already normalised: the service layer writes them without a second run.

An import checks every row of a sheet with the service layer's own rules while it plans (the
user sees every problem before anything is written); running the same rules again on commit
cost a 100,000-row import about two seconds for nothing. A `Checked` is what `checked()` got
back from the rule, frozen, with the kind and the rule context it was checked against: the
service accepts it as it is only for that kind and that very context, and still runs the checks
that need the store (references, duplicates), which can change between plan and commit.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, final

from bluepacific_desktop.domain.context import RuleContext
from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.rules import RULES

# The fields that name another record: `linked` may set them after the check, as an import
# knows the session and person a row attends only once it has created them. The service's
# reference checks (store/integrity.py) decide whether the ids are those of live records.
LINKS: Mapping[RecordKind, frozenset[str]] = {
    RecordKind.ATTENDANCE: frozenset({"session_id", "person_id"}),
}


@final
class Checked(Mapping[str, Any]):
    """A record's fields as `RULES[kind]` returned them for `ctx`; made only by `checked()`."""

    __slots__ = ("_fields", "ctx", "kind")

    def __init__(self, kind: RecordKind, ctx: RuleContext, fields: dict[str, Any]) -> None:
        self.kind = kind
        self.ctx = ctx
        self._fields = fields

    def __getitem__(self, name: str) -> Any:
        return self._fields[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._fields)

    def __len__(self) -> int:
        return len(self._fields)

    def __repr__(self) -> str:
        return f"Checked({self.kind.value}, {self._fields!r})"

    def fields(self) -> dict[str, Any]:
        """A copy of the fields to write."""
        return dict(self._fields)

    def linked(self, **ids: str) -> Checked:
        """The same fields with the records they name set: only the kind's link fields."""
        allowed = LINKS.get(self.kind, frozenset())
        if not allowed.issuperset(ids):
            wrong = sorted(set(ids) - allowed)
            raise ValueError(f"not link fields of a {self.kind.value}: {wrong}")
        return Checked(self.kind, self.ctx, {**self._fields, **ids})


def checked(kind: RecordKind, data: Mapping[str, Any], ctx: RuleContext) -> Checked:
    """`RULES[kind](data, ctx)` kept as `Checked`; raises its ValidationError like the rule."""
    return Checked(kind, ctx, RULES[kind](data, ctx))
