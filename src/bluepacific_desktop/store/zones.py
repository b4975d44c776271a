"""A country's zones in this laptop's order, free of SQLAlchemy (store/device.py reads them)."""

from __future__ import annotations

from collections.abc import Sequence


def laptop_first(zones: Sequence[str], chosen: str | None) -> tuple[str, ...]:
    """The country's zones with this laptop's first (when the country lists it): the order of
    every zone list here, whose first is the default."""
    if chosen in zones:
        return (str(chosen), *(z for z in zones if z != chosen))
    return tuple(zones)
