"""Round ticks for a chart's value axis: steps of 1, 2, 2.5 or 5 × 10ⁿ, labels on gridlines.

Heckbert's "nice numbers" (Graphics Gems, 1990), with 2.5 among the steps: the span is rounded
up to a nice number, divided by the gridlines wanted, and the quotient rounded to the nearest
nice step. The top tick is the first multiple of the step at or above the highest value, so a
tick's label is its gridline's value exactly (no 12 for 12.5). Plain Python, here beside the
wire so that one rule draws the desktop's report charts and the hub's console charts alike.
"""

from __future__ import annotations

import math

# Mantissas of a nice step, with the upper bound of the values rounded to each (Heckbert's
# bounds, 2.5 put between 2 and 5).
_ROUNDED = ((1.5, 1.0), (2.25, 2.0), (3.5, 2.5), (7.5, 5.0))
_CEILED = (1.0, 2.0, 2.5, 5.0)


def nice_number(value: float, rounded: bool) -> float:
    """The nice number (1, 2, 2.5 or 5 × 10ⁿ) nearest `value`, or the least one ≥ it."""
    if value <= 0:
        raise ValueError(f"a nice number is positive, not {value}")
    power = 10.0 ** math.floor(math.log10(value))
    fraction = value / power
    if rounded:
        nice = next((m for bound, m in _ROUNDED if fraction < bound), 10.0)
    else:
        nice = next((m for m in _CEILED if fraction <= m * (1 + 1e-9)), 10.0)
    return nice * power


def ticks(high: float, gridlines: int = 4, whole: bool = True) -> tuple[float, ...]:
    """The ticks from 0 to a round top ≥ `high`, about `gridlines` steps apart.

    `whole`: the values are counts, so no step is less than 1 nor a fraction (2.5 becomes 2).
    """
    if gridlines < 1:
        raise ValueError("an axis needs at least one step")
    if high <= 0:
        return (0.0, 1.0)
    step = nice_number(nice_number(high, rounded=False) / gridlines, rounded=True)
    if whole:
        step = max(1.0, float(math.floor(step)))
    count = math.ceil(high / step - 1e-9)
    # Rounded to 12 decimals: 3 × 0.1 is 0.30000000000000004 in binary.
    return tuple(round(step * i, 12) for i in range(count + 1))
