"""One row's checks with the service layer's rules, problems tied to the sheet's own headers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.checked import Checked, checked
from bluepacific_desktop.domain.context import RuleContext
from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import FieldProblem, ValidationError
from bluepacific_desktop.io.importing.headers import Columns
from bluepacific_desktop.io.importing.plan import Problem
from bluepacific_desktop.io.importing.values import names_table
from bluepacific_desktop.store.models import RefContactRole, RefCountry, RefCourse, RefOrgType


class RowProblems:
    """Collects every problem of one row; `fields` maps a record field to its sheet column."""

    def __init__(self, columns: Columns) -> None:
        self.columns = columns
        self.found: list[Problem] = []

    def add(self, problem: FieldProblem, column: str | None) -> None:
        label = self.columns.label(column) if column else None
        self.found.append(
            Problem(label, problem.code, problem.message, problem.params, problem.field)
        )

    def check(
        self,
        kind: RecordKind,
        data: Mapping[str, Any],
        ctx: RuleContext,
        fields: Mapping[str, str],
    ) -> Checked | None:
        """The kind's rule's normalised fields, or None after recording each of its problems."""
        try:
            return checked(kind, data, ctx)
        except ValidationError as exc:
            for p in exc.problems:
                self.add(p, fields.get(p.field))
            return None

    def take(self, value: Any, column: str) -> Any:
        """A converted cell value, or None after recording the conversion's problem."""
        if isinstance(value, FieldProblem):
            self.add(value, column)
            return None
        return value

    def __bool__(self) -> bool:
        return bool(self.found)


@dataclass(frozen=True)
class Lookups:
    """Reference names in English and French (and codes) → codes, loaded once per import."""

    courses: dict[str, str]
    org_types: dict[str, str]
    roles: dict[str, str]
    countries: dict[str, str]

    @classmethod
    def load(cls, session: Session) -> Lookups:
        def table(model: Any) -> dict[str, str]:
            rows = session.execute(select(model.code, model.name_en, model.name_fr))
            return names_table((c, en, fr) for c, en, fr in rows)

        return cls(table(RefCourse), table(RefOrgType), table(RefContactRole), table(RefCountry))


def column_values(rows: list[tuple[int, list[Any]]], columns: Columns, column: str) -> list[Any]:
    return [columns.get(cells, column) for _, cells in rows]
