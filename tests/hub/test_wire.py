"""bluepacific_wire: codec round trips, size limits and validators that name the field."""

from __future__ import annotations

import gzip
import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bluepacific_wire import (
    WireFormatError,
    decode_gzip_json,
    encode_gzip_json,
    format_time,
    is_older,
    parse_change,
    parse_fields,
    parse_time,
    reference_record_id,
)
from bluepacific_wire.codec import (
    compress,
    decode_json,
    decompress,
    encode_json,
    encoding_of,
    gunzip_bytes,
    unzstd_bytes,
    zstd_bytes,
)

scalars = (
    st.none()
    | st.booleans()
    # What a database can store: 64-bit integers, text without NUL nor lone surrogates (the
    # category Cs, which characters() draws now and then; parse_fields refuses both, as
    # test_input_limits shows).
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"))
    | st.floats(allow_nan=False, allow_infinity=False)
)
field_maps = st.dictionaries(
    st.from_regex(r"[a-z][a-z0-9_]{0,40}", fullmatch=True), scalars | st.lists(scalars)
)


@given(field_maps)
def test_fields_round_trip_through_gzip_json(fields: dict[str, object]) -> None:
    assert parse_fields(decode_gzip_json(encode_gzip_json(fields)), "fields") == fields


@given(field_maps)
def test_fields_round_trip_through_zstd_and_each_coding_is_recognised(
    fields: dict[str, object],
) -> None:
    data = encode_json(fields)
    for coding in ("zstd", "gzip"):
        body = compress(data, coding)
        assert encoding_of(body) == coding
        assert parse_fields(decode_json(decompress(body, coding)), "fields") == fields


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (lambda z: z[:-4], "truncated"),
        (lambda z: z + b"more", "after its zstd frame"),
        (lambda z: z + z, "after its zstd frame"),
        (lambda z: b"\x1f\x8b" + z, "not valid zstd"),
        (lambda z: z[:4], "not valid zstd"),
    ],
)
def test_damaged_zstd_is_refused(damage: object, words: str) -> None:
    good = zstd_bytes(b'{"full_name": "Mere"}' * 50)
    with pytest.raises(WireFormatError, match=words):
        unzstd_bytes(damage(good))  # type: ignore[operator]


def test_zstd_bomb_is_refused() -> None:
    with pytest.raises(WireFormatError, match="inflates"):
        unzstd_bytes(zstd_bytes(b"0" * 2_000_000), limit=1_000_000)


def test_gzip_bomb_is_refused() -> None:
    bomb = gzip.compress(b"0" * 2_000_000)
    with pytest.raises(WireFormatError, match="inflates"):
        gunzip_bytes(bomb, limit=1_000_000)


def test_nan_and_garbage_are_refused() -> None:
    with pytest.raises(WireFormatError):
        decode_json(b'{"a": NaN}')
    with pytest.raises(WireFormatError, match="JSON"):
        decode_json(b"<html>Hotel wifi login</html>")


def test_times_are_utc_with_z() -> None:
    apia = timezone(timedelta(hours=13))
    moment = datetime(2024, 1, 1, 9, 0, tzinfo=apia)
    text = format_time(moment)
    assert text == "2023-12-31T20:00:00.000000Z"
    assert parse_time(text) == moment.astimezone(UTC)
    with pytest.raises(WireFormatError, match="time zone"):
        parse_time("2024-01-01T00:00:00", "device_time")


def _change(**overrides: object) -> dict[str, object]:
    base: dict[str, object] = {
        "change_id": str(uuid.uuid4()),
        "kind": "person",
        "record_id": str(uuid.uuid4()),
        "country": "FJ",
        "op": "upsert",
        "base_revision": None,
        "changed_fields": ["full_name"],
        "fields": {"full_name": "ʻAna Tupou"},
    }
    return {**base, **overrides}


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"country": "fj"}, "changes[0].country"),
        ({"record_id": "not-a-uuid"}, "changes[0].record_id"),
        ({"op": "merge"}, "changes[0].op"),
        ({"base_revision": -1}, "changes[0].base_revision"),
        ({"base_revision": True}, "changes[0].base_revision"),
        ({"fields": {"x": {"y": 1}}}, "changes[0].fields.x"),
        ({"fields": {"x": [1, [2]]}}, "changes[0].fields.x[1]"),
        ({"kind": "spaceship"}, "changes[0].kind"),
    ],
)
def test_validators_name_the_field(overrides: dict[str, object], field: str) -> None:
    with pytest.raises(WireFormatError) as caught:
        parse_change(_change(**overrides), "changes[0]")
    assert caught.value.field == field


def test_missing_key_is_named() -> None:
    broken = _change()
    del broken["changed_fields"]
    with pytest.raises(WireFormatError, match="changed_fields is missing"):
        parse_change(broken, "c")


def test_versions_and_reference_ids() -> None:
    assert is_older("0.0.9", "0.1.0") and not is_older("0.10.0", "0.9.9")
    assert reference_record_id("ref_country", "FJ") == reference_record_id("ref_country", "FJ")
    assert reference_record_id("ref_country", "FJ") != reference_record_id("ref_course", "FJ")
