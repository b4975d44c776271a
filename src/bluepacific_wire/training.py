"""What the training figures mean, for the desktop's country reports and the hub's regional
figures alike: the sexes people are counted under, completion, female share, improvement."""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any, Final

# The sexes a person record may carry (the desktop's Sex enum has the same values).
FEMALE: Final = "female"
MALE: Final = "male"
ANOTHER: Final = "another"
NOT_STATED: Final = "not_stated"
SEXES: Final = (FEMALE, MALE, ANOTHER, NOT_STATED)


def sex_bucket(value: Any) -> str:
    """The sex a person is counted under: an unknown value (a newer app, a hand-edited file)
    counts as not stated, never dropped."""
    return value if value in SEXES else NOT_STATED


def female_share(female: int, people: int) -> float | None:
    """Women among the unique people trained (every sex, 'not stated' included)."""
    return female / people if people else None


def completion_rate(completed: int, attendances: int) -> float | None:
    """Completed attendances among all attendances."""
    return completed / attendances if attendances else None


# An attendance's status (added in issue 16). A record from an older desktop or hub has none:
# it means present, as every attendance did before; an unknown value (a newer app) counts as
# present too, never dropped. Absent and excused people were registered but not trained.
PRESENT: Final = "present"
LATE: Final = "late"
EXCUSED: Final = "excused"
ABSENT: Final = "absent"
STATUSES: Final = (PRESENT, LATE, EXCUSED, ABSENT)
NOT_TRAINED: Final = (EXCUSED, ABSENT)


def attendance_status(value: Any) -> str:
    """The status an attendance is counted under (missing or unknown: present)."""
    return value if value in STATUSES else PRESENT


def counts_as_trained(value: Any) -> bool:
    """Whether an attendance with this status counts among the people trained."""
    return attendance_status(value) not in NOT_TRAINED


def refresher_due(last_day: date, validity_months: int) -> date:
    """When training that ended on `last_day` needs a refresher: the same day `validity_months`
    later (the month's last day when it has no such day: 31 Jan + 1 month is 28 or 29 Feb).
    A certificate of the course is valid up to that day, and expired after it."""
    months = last_day.month - 1 + validity_months
    year, month = last_day.year + months // 12, months % 12 + 1
    return date(year, month, min(last_day.day, calendar.monthrange(year, month)[1]))
