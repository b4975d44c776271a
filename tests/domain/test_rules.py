"""The validation rules on their own: plain values in, normalised fields or typed problems out."""

from __future__ import annotations

import math
import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bluepacific_desktop.domain.context import EARLIEST_DATE, RuleContext
from bluepacific_desktop.domain.enums import RecordKind, Sex
from bluepacific_desktop.domain.errors import ValidationError
from bluepacific_desktop.domain.fields import clean_text
from bluepacific_desktop.domain.rules import RULES, as_list

TODAY = date(2026, 11, 29)
CTX = RuleContext(
    device_country="FJ",
    today=TODAY,
    country_zones={
        "FJ": ("Pacific/Fiji",),
        "KI": ("Pacific/Tarawa", "Pacific/Kanton", "Pacific/Kiritimati"),
        "TO": ("Pacific/Tongatapu",),
    },
    country_names={"FJ": "Fiji", "KI": "Kiribati", "TO": "Tonga"},
    courses=frozenset({"HR_POLICING"}),
    capability_metrics={
        "SLTD": frozenset({"searches", "hits"}),
        "I247": frozenset({"active_accounts", "messages_exchanged"}),
    },
    org_types=frozenset({"NCB", "TCU"}),
    contact_roles=frozenset({"HEAD_NCB"}),
)
ATTENDANCE = {"session_id": "s", "person_id": "p"}
SESSION = {
    "course_code": "HR_POLICING",
    "mode": "online",
    "start_date": "2025-01-01",
    "end_date": "2025-01-01",
}


def check(kind, data):
    return RULES[kind](data, CTX)


def problems(kind, data):
    with pytest.raises(ValidationError) as caught:
        check(kind, data)
    return {p.field: p for p in caught.value.problems}


@given(st.floats(min_value=0, max_value=100) | st.integers(min_value=0, max_value=100))
def test_any_score_from_0_to_100_is_kept_exactly(score):
    out = check(RecordKind.ATTENDANCE, {**ATTENDANCE, "pre_score": score, "post_score": str(score)})
    assert out["pre_score"] == score
    assert out["post_score"] == float(str(score))


@given(
    st.floats(allow_nan=True, allow_infinity=True).filter(lambda x: not 0 <= x <= 100)
    | st.integers().filter(lambda x: not 0 <= x <= 100)
)
def test_any_score_outside_0_to_100_is_refused(score):
    for value in (score, str(score)):
        found = problems(RecordKind.ATTENDANCE, {**ATTENDANCE, "post_score": value})
        assert set(found) == {"post_score"}
        nan = isinstance(score, float) and math.isnan(score)
        wanted = {"not_a_number"} if nan else {"number_out_of_range", "not_a_number"}
        assert found["post_score"].code in wanted


@given(st.text(max_size=12).filter(lambda s: s.strip() != ""))
def test_text_that_is_not_a_number_is_refused_or_parsed(raw):
    """Whatever is typed in a count field: a whole number ≥ 0, or a problem — never a crash."""
    data = {"capability_code": "SLTD", "period": "2025-01", "searches": raw}
    try:
        out = check(RecordKind.CAPABILITY_REPORT, data)
    except ValidationError as error:
        assert error.fields() == {"searches"}
    else:
        assert isinstance(out["searches"], int)
        assert out["searches"] >= 0


PACIFIC_LETTERS = "aeiouAEIOUāēīōūĀĒĪŌŪʻ'-\u0304 fghklmnpstvwṣ"


@given(st.text(alphabet=PACIFIC_LETTERS, min_size=1, max_size=60).filter(lambda s: s.strip()))
def test_names_keep_okina_and_macrons_nfc_normalised(name):
    out = check(RecordKind.PERSON, {"full_name": name, "sex": "female"})
    expected = " ".join(unicodedata.normalize("NFC", name).split())
    assert out["full_name"] == expected
    assert unicodedata.is_normalized("NFC", out["full_name"])


def test_decomposed_macron_is_composed():
    decomposed = "Ma\u0304ori Vaka\u02bbuta"
    out = check(RecordKind.PERSON, {"full_name": decomposed, "sex": "male"})
    assert out["full_name"] == "Māori Vakaʻuta"
    assert len(out["full_name"]) == len("Māori Vakaʻuta")


@pytest.mark.parametrize("sex", [s.value for s in Sex] + ["Female", "NOT STATED", " male "])
def test_sex_from_the_fixed_list(sex):
    assert check(RecordKind.PERSON, {"full_name": "A", "sex": sex})["sex"] in set(Sex)


@given(st.text(max_size=20).filter(lambda s: s.strip().lower().replace(" ", "_") not in set(Sex)))
def test_sex_outside_the_fixed_list_is_refused(sex):
    found = problems(RecordKind.PERSON, {"full_name": "A", "sex": sex})
    assert set(found) == {"sex"}


@given(st.dates(min_value=EARLIEST_DATE, max_value=CTX.latest_date), st.integers(0, 30))
def test_dates_in_range_with_end_not_before_start(start, days):
    end = start + timedelta(days=days)
    if end > CTX.latest_date:
        return
    out = check(RecordKind.TRAINING_SESSION, {**SESSION, "start_date": start, "end_date": end})
    assert (out["start_date"], out["end_date"]) == (start, end)
    if days:
        found = problems(
            RecordKind.TRAINING_SESSION, {**SESSION, "start_date": end, "end_date": start}
        )
        assert set(found) == {"end_date"}
        assert found["end_date"].code == "end_before_start"


@given(st.dates().filter(lambda d: not EARLIEST_DATE <= d <= CTX.latest_date))
def test_dates_out_of_range_are_refused(day):
    found = problems(
        RecordKind.ENGAGEMENT, {"date": day.isoformat(), "kind": "meeting", "summary": "x"}
    )
    assert set(found) == {"date"}
    assert found["date"].code == "date_out_of_range"


def test_the_zone_defaults_to_the_countrys_first_and_must_be_one_of_its_own():
    out = check(RecordKind.TRAINING_SESSION, SESSION)
    assert out["time_zone"] == "Pacific/Fiji"
    found = problems(RecordKind.TRAINING_SESSION, {**SESSION, "time_zone": "Etc/GMT-12"})
    assert "not a zone of Fiji" in found["time_zone"].message


def test_metrics_that_do_not_apply_are_refused_and_the_others_kept():
    out = check(
        RecordKind.CAPABILITY_REPORT,
        {"capability_code": "I247", "period": "2026-11", "active_accounts": "12"},
    )
    assert out["active_accounts"] == 12
    assert out["searches"] is None
    found = problems(
        RecordKind.CAPABILITY_REPORT,
        {"capability_code": "I247", "period": "2026-11", "searches": 5, "hits": 1},
    )
    assert set(found) == {"searches", "hits"}
    assert "does not apply to capability I247" in found["searches"].message


def test_the_current_month_may_be_reported_but_not_the_next():
    data = {"capability_code": "SLTD", "period": "2026-11"}
    assert check(RecordKind.CAPABILITY_REPORT, data)["period"] == "2026-11"
    found = problems(RecordKind.CAPABILITY_REPORT, {**data, "period": "2026-12"})
    assert found["period"].code == "month_out_of_range"


@pytest.mark.parametrize(
    ("email", "ok"),
    [
        ("a@b.fj", True),
        ("first.last+tag@police.gov.fj", True),
        ("a@b", False),
        ("a b@c.fj", True),  # spaces typed by mistake are removed
        ("@b.fj", False),
        ("a@.fj", False),
        ("a@b..fj", False),
        ("a@b.fj.", False),
    ],
)
def test_email_shape(email, ok):
    data = {"full_name": "A", "sex": "male", "email": email}
    if ok:
        assert "@" in check(RecordKind.PERSON, data)["email"]
    else:
        assert set(problems(RecordKind.PERSON, data)) == {"email"}


def test_lists_accept_typed_separators():
    assert as_list("a; b,c\nd") == ["a", "b", "c", "d"]
    assert as_list(["x", None, " "]) == ["x"]
    assert as_list(None) == []


def test_clean_text_collapses_spaces_and_composes():
    assert clean_text("  To\u0304nga\t  Police ") == "Tōnga Police"


@pytest.mark.parametrize(
    ("typed", "stored"), [("1,000", 1000), ("12 345", 12345), ("1\u202f234\u202f567", 1234567)]
)
def test_thousands_separators_in_counts_are_read_as_thousands(typed, stored):
    fields = check(
        RecordKind.CAPABILITY_REPORT,
        {"capability_code": "SLTD", "period": "2025-01", "searches": typed},
    )
    assert fields["searches"] == stored


def test_a_decimal_comma_in_a_count_is_refused_and_in_a_score_is_kept():
    found = problems(
        RecordKind.CAPABILITY_REPORT,
        {"capability_code": "SLTD", "period": "2025-01", "hits": "1,5"},
    )
    assert "whole number" in found["hits"].message
    assert check(RecordKind.ATTENDANCE, {**ATTENDANCE, "pre_score": "75,5"})["pre_score"] == 75.5
