"""Realistic sample data for demos and benchmarks, written through the service layer.

Everything goes through RecordService (validation, outbox entry per record), a few thousand
rows per transaction so that 100,000 people take a minute, not an hour. The same seed on the
same day gives the same data. No nominal police data: capability reports hold counts only.
"""

from __future__ import annotations

import logging
import random
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import phonenumbers
from sqlalchemy import select
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import EngagementKind, RecordKind, Sex, TrainingMode
from bluepacific_desktop.domain.fields import clean_text
from bluepacific_desktop.store.demo_names import (
    CONTACT_ORGS,
    NAMES,
    ORGANISERS,
    PLACES,
    POLICE,
    POSITIONS,
    RANKS,
    NamePool,
)
from bluepacific_desktop.store.device import DeviceContext, device_context
from bluepacific_desktop.store.models import (
    CapabilityReport,
    RefCapability,
    RefContactRole,
    RefCountry,
    RefCourse,
)
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store

log = logging.getLogger(__name__)

MAX_PEOPLE = 100_000
DEFAULT_SIZE = 200
DEFAULT_SEED = 2024
CHUNK = 5_000
MONTHS = 12

Row = dict[str, Any]
Progress = Callable[[RecordKind, int, int], None]  # kind, rows written, rows of the kind


@dataclass(frozen=True)
class DemoSummary:
    people: int
    training_sessions: int
    attendances: int
    capability_reports: int
    contacts: int
    engagements: int


@dataclass(frozen=True)
class _Reference:
    courses: list[tuple[str, str, list[str]]]  # code, English name, tags
    capabilities: list[tuple[str, list[str]]]  # code, metrics that apply
    roles: list[str]
    zones: dict[str, list[str]]
    project: list[str]
    names_en: dict[str, str]


def _reference(store: Store) -> _Reference:
    with store.read() as s:
        countries = list(s.scalars(select(RefCountry)))
        return _Reference(
            courses=[(c.code, c.name_en, list(c.tags)) for c in s.scalars(select(RefCourse))],
            capabilities=[(c.code, list(c.metrics)) for c in s.scalars(select(RefCapability))],
            roles=list(s.scalars(select(RefContactRole.code))),
            zones={c.code: list(c.zones) for c in countries},
            project=sorted(c.code for c in countries if c.in_project),
            names_en={c.code: c.name_en for c in countries},
        )


def _ascii(text: str) -> str:
    """E-mail local part: macrons dropped, ʻokina and spaces removed."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum() or ch in ".-")


def _phone_pool(region: str, rng: random.Random, size: int = 30) -> list[str]:
    """Valid numbers of the region (varied from its example number), in international form."""
    example = phonenumbers.example_number_for_type(
        region, phonenumbers.PhoneNumberType.MOBILE
    ) or phonenumbers.example_number(region)
    if example is None:
        return []
    digits = str(example.national_number)
    prefix = f"+{example.country_code} "
    pool: list[str] = []
    for _ in range(size * 5):
        tail = "".join(rng.choice("0123456789") for _ in range(3))
        candidate = prefix + digits[:-3] + tail
        if phonenumbers.is_valid_number(phonenumbers.parse(candidate)):
            pool.append(candidate)
        if len(pool) >= size:
            break
    return pool


def _chunks(rows: Sequence[Row], size: int = CHUNK) -> Iterator[Sequence[Row]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


class _Writer:
    """Creates rows of one kind, CHUNK rows at a time (reporting progress), all in the one
    transaction of the whole data set."""

    def __init__(self, session: Session, device: DeviceContext, progress: Progress) -> None:
        self.session = session
        self.device = device
        self.progress = progress

    def write(self, kind: RecordKind, rows: Sequence[Row]) -> list[str]:
        ids: list[str] = []
        for part in _chunks(rows):
            ids += RecordService(self.session, self.device).create_many(kind, part)
            self.progress(kind, len(ids), len(rows))
        log.info("Demo data: %d %s records", len(ids), kind.value)
        return ids


class _Maker:
    """Builds the rows; all randomness comes from one seeded generator."""

    def __init__(self, ref: _Reference, country: str, today: date, rng: random.Random) -> None:
        self.ref = ref
        self.country = country
        self.today = today
        self.rng = rng
        self.home_pool = NAMES.get(country, NAMES["FJ"])
        self.others = [NAMES[c] for c in sorted(NAMES) if c != country]
        self.phones: dict[str, list[str]] = {}

    def phone(self, region: str) -> str | None:
        if region not in self.phones:
            self.phones[region] = _phone_pool(region, self.rng)
        pool = self.phones[region]
        return self.rng.choice(pool) if pool else None

    def name(self, sex: str) -> str:
        # Most trainees are nationals; a few are colleagues from elsewhere in the region.
        pool = self.home_pool if self.rng.random() < 0.85 else self.rng.choice(self.others)
        if sex == Sex.FEMALE:
            first = self.rng.choice(pool.female)
        elif sex == Sex.MALE:
            first = self.rng.choice(pool.male)
        else:
            first = self.rng.choice(pool.female + pool.male)
        return f"{first} {self.rng.choice(pool.family)}"

    def sex(self) -> str:
        roll = self.rng.random()
        if roll < 0.47:
            return Sex.FEMALE.value
        if roll < 0.96:
            return Sex.MALE.value
        return Sex.ANOTHER.value if roll < 0.98 else Sex.NOT_STATED.value

    def email(self, full_name: str, domain: str) -> str:
        parts = [_ascii(p) for p in clean_text(full_name).split(" ")]
        return f"{'.'.join(p for p in parts if p)}{self.rng.randint(1, 99)}@{domain}"

    def person(self) -> Row:
        sex = self.sex()
        name = self.name(sex)
        roll = self.rng.random()
        agency = POLICE.get(self.country, "National police")
        if roll > 0.8:
            agency = self.rng.choice(("Customs Service", "Immigration Department", "TCU"))
        return {
            "full_name": name,
            "sex": sex,
            "agency": agency,
            "rank": self.rng.choice(RANKS) if roll <= 0.8 else None,
            "position": self.rng.choice(POSITIONS),
            "email": (
                self.email(name, f"{self.country.lower()}-police.example.org")
                if self.rng.random() < 0.3
                else None
            ),
            "phone": self.phone(self.country) if self.rng.random() < 0.15 else None,
        }

    def day_in_past(self, days: int) -> date:
        return self.today - timedelta(days=self.rng.randint(1, days))

    def session(self, people: Sequence[str]) -> Row:
        code, course_name, tags = self.rng.choice(self.ref.courses)
        start = self.day_in_past(365 * 2)
        end = min(start + timedelta(days=self.rng.choice((0, 1, 2, 4))), self.today)
        place = self.rng.choice(PLACES.get(self.country, ("Capital",)))
        mode = self.rng.choice(list(TrainingMode)).value
        # Trainers come from the first twentieth of the people, so a few train many times.
        trainers = [people[self.rng.randrange(max(1, len(people) // 20))]]
        return {
            "course_code": code,
            "title": f"{course_name}, {place}, {start:%B %Y}",
            "mode": mode,
            "start_date": start,
            "end_date": end,
            "time_zone": self.rng.choice(self.ref.zones.get(self.country) or [None]),
            "location": place if mode != TrainingMode.ONLINE else "Online",
            "organiser": self.rng.choice(ORGANISERS),
            "tags": tags,
            "trainer_ids": trainers,
            "notes": "",
        }

    def attendances(self, session_id: str, people: Sequence[str]) -> list[Row]:
        rows = []
        for person_id in self.rng.sample(people, k=min(len(people), self.rng.randint(8, 20))):
            pre = max(0, min(100, round(self.rng.gauss(55, 15))))
            post = max(0, min(100, round(pre + self.rng.gauss(15, 10))))
            completed = self.rng.random() < 0.9
            rows.append(
                {
                    "session_id": session_id,
                    "person_id": person_id,
                    "completed": completed,
                    "pre_score": pre,
                    "post_score": post if completed else None,
                    "certificate_issued": completed and post >= 60,
                }
            )
        return rows

    def report(self, capability: str, metrics: list[str], period: str) -> Row:
        row: Row = {"capability_code": capability, "period": period}
        searches = self.rng.randint(20, 3000)
        ranges = {
            "searches": (searches, searches),
            "hits": (0, max(1, searches // 40)),
            "notices_requested": (0, 3),
            "diffusions_requested": (0, 5),
            "messages_exchanged": (50, 2000),
            "active_accounts": (3, 40),
            "participants": (0, 25),
        }
        for metric in metrics:
            low, high = ranges.get(metric, (0, 10))
            row[metric] = self.rng.randint(low, high)
        if self.rng.random() < 0.2:
            row["narrative"] = "Usage steady; two new officers given access after training."
        if self.rng.random() < 0.05:
            row["success_stories"] = (
                "A check at the border matched a stolen passport record; "
                "the case was referred to the TCU."
            )
        return row

    def contact(self) -> Row:
        abroad = self.rng.random() < 0.25
        where = self.country
        if abroad:
            where = self.rng.choice([c for c in self.ref.project if c != self.country] + ["AU"])
        org_type = self.rng.choice(sorted(CONTACT_ORGS))
        if org_type == "PTCCC":
            where = "WS"
        pool = NAMES.get(where, self.rng.choice(self.others))
        sex = self.sex()
        name = self.name(sex) if where == self.country else self._name_from(pool, sex)
        domain = f"{where.lower()}-{org_type.lower()}.example.org"
        phone = self.phone(where) if self.rng.random() < 0.6 else None
        return {
            "full_name": name,
            "organisation": (
                f"{self.rng.choice(CONTACT_ORGS[org_type])} {self.ref.names_en.get(where, where)}"
            ),
            "org_type": org_type,
            "role": self.rng.choice(self.ref.roles),
            "contact_country": where,
            "emails": [self.email(name, domain)],
            "phones": [phone] if phone else [],
            "languages": ["en", "fr"] if where == "VU" else ["en"],
            "secure_channel": org_type in ("NCB", "TCU", "PTCCC"),
            "notes": "",
            "review_date": self.today + timedelta(days=self.rng.randint(30, 365)),
        }

    def _name_from(self, pool: NamePool, sex: str) -> str:
        first = self.rng.choice(pool.female if sex == Sex.FEMALE else pool.male)
        return f"{first} {self.rng.choice(pool.family)}"

    def engagement(self, contacts: Sequence[str]) -> Row:
        kind = self.rng.choice(list(EngagementKind)).value
        return {
            "date": self.day_in_past(365),
            "kind": kind,
            "summary": {
                "meeting": "Quarterly coordination meeting on regional priorities.",
                "information_exchange": "Exchange of I-24/7 messages on a border alert.",
                "joint_operation": "Joint operation planning with regional partners.",
                "workshop": "Workshop on notices and diffusions procedures.",
            }[kind],
            "contact_ids": self.rng.sample(list(contacts), k=min(len(contacts), 3)),
        }


def _months(today: date, count: int) -> list[str]:
    """The `count` months before the current one, oldest first (complete months only)."""
    out: list[str] = []
    year, month = today.year, today.month
    for _ in range(count):
        month -= 1
        if month == 0:
            year, month = year - 1, 12
        out.append(f"{year:04d}-{month:02d}")
    return out[::-1]


def generate(
    store: Store,
    size: int = DEFAULT_SIZE,
    seed: int = DEFAULT_SEED,
    progress: Progress | None = None,
) -> DemoSummary:
    """Add `size` people with sessions, attendances, reports, contacts and engagements."""
    if not 1 <= size <= MAX_PEOPLE:
        raise ValueError(f"size must be between 1 and {MAX_PEOPLE}")
    say = progress or (lambda *_: None)
    ref = _reference(store)
    # One transaction: a demo set killed half-way leaves nothing (not people without their
    # attendances), and running it again starts clean.
    with store.write() as s:
        device = device_context(s)
        rng = random.Random(seed)
        maker = _Maker(ref, device.country, device.rules.today, rng)
        writer = _Writer(s, device, say)

        people = writer.write(RecordKind.PERSON, [maker.person() for _ in range(size)])
        sessions = writer.write(
            RecordKind.TRAINING_SESSION,
            [maker.session(people) for _ in range(max(1, size // 10))],
        )
        attendance_rows = [row for sid in sessions for row in maker.attendances(sid, people)]
        attendances = writer.write(RecordKind.ATTENDANCE, attendance_rows)

        done = {
            (code, period)
            for code, period in s.execute(
                select(CapabilityReport.capability_code, CapabilityReport.period).where(
                    CapabilityReport.country == device.country,
                    CapabilityReport.deleted.is_(False),
                )
            )
        }
        reports = [
            maker.report(code, metrics, period)
            for period in _months(device.rules.today, MONTHS)
            for code, metrics in ref.capabilities
            if (code, period) not in done
        ]
        report_ids = writer.write(RecordKind.CAPABILITY_REPORT, reports)

        contacts = writer.write(
            RecordKind.CONTACT, [maker.contact() for _ in range(max(10, size // 50))]
        )
        engagements = writer.write(
            RecordKind.ENGAGEMENT,
            [maker.engagement(contacts) for _ in range(max(5, size // 100))],
        )
    return DemoSummary(
        people=len(people),
        training_sessions=len(sessions),
        attendances=len(attendances),
        capability_reports=len(report_ids),
        contacts=len(contacts),
        engagements=len(engagements),
    )
