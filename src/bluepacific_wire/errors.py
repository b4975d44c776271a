"""The one exception of the wire package: a body that does not have the agreed shape."""

from __future__ import annotations


class WireFormatError(ValueError):
    """A decoded body or one of its fields does not have the agreed shape.

    `field` is a dotted path such as ``changes[3].record_id``, so that the message can
    say exactly what was wrong.
    """

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field} {problem}")
        self.field = field
        self.problem = problem
