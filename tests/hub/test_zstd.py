"""zstd on the hub: bodies read within the same limits as gzip, answers to clients that ask."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import replace

import pytest
import requests
import zstandard

from bluepacific_hub.settings import HubSettings
from bluepacific_wire import API_V2_PREFIX, encode_json
from bluepacific_wire.codec import unzstd_bytes, zstd_bytes
from tests.support.hubserver import Client, RunningHub, Tls, batch, change, running_hub

LIMIT = 1_000_000  # bytes a push may inflate to, in these tests


@pytest.fixture
def small(settings: HubSettings, tls: Tls) -> Iterator[RunningHub]:
    """The real hub, pushes limited to LIMIT bytes once inflated."""
    with running_hub(replace(settings, max_push_inflated_bytes=LIMIT), tls) as running:
        yield running


@pytest.fixture
def gzip_only(settings: HubSettings, tls: Tls) -> Iterator[RunningHub]:
    """The real hub with zstd turned off (as a hub without the library)."""
    with running_hub(replace(settings, zstd=False), tls) as running:
        yield running


def _post(client: Client, data: bytes, coding: str, accept: str = "gzip") -> requests.Response:
    headers = {
        **client.headers(),
        "Content-Encoding": coding,
        "Content-Type": "application/json",
        "Accept-Encoding": accept,
    }
    return client.running.session().post(
        f"{client.running.base_url}{API_V2_PREFIX}/sync/push",
        data=data,
        headers=headers,
        timeout=30,
        stream=True,
    )


def _people(n: int) -> dict[str, object]:
    return batch(
        *(change("FJ", {"full_name": f"Trainee {k}", "rank": "Constable"}) for k in range(n))
    )


def test_a_zstd_body_is_applied_and_its_answer_is_zstd_when_asked(running: RunningHub) -> None:
    client = running.device("ana", "FJ")
    body = _people(20)
    r = _post(client, zstd_bytes(encode_json(body)), "zstd", accept="zstd, gzip")
    assert r.status_code == 200, r.text
    assert r.headers["Content-Encoding"] == "zstd"
    answer = json.loads(unzstd_bytes(r.raw.read(decode_content=False)))
    assert answer["applied"][0][:2] == [0, 20]
    # Asked in gzip, the same stored answer comes back in gzip, the same JSON.
    again = _post(client, gzip.compress(encode_json(body)), "gzip", accept="gzip")
    assert again.headers["Content-Encoding"] == "gzip"
    assert json.loads(gzip.decompress(again.raw.read(decode_content=False))) == answer
    health = running.session().get(running.url("/health"), timeout=10)
    assert health.headers["Accept-Encoding"] == "zstd, gzip"


def _streamed(data: bytes, **params: int) -> bytes:
    """`data` in one zstd frame that does not declare its size (as a stream is written)."""
    if params:
        compressor = zstandard.ZstdCompressor(
            compression_params=zstandard.ZstdCompressionParameters(**params)
        )
    else:
        compressor = zstandard.ZstdCompressor(level=3)
    writer = compressor.compressobj()
    return writer.compress(data) + writer.flush()


BOMBS = {
    # The header says how large it is: refused before any work.
    "declared-size": lambda: zstd_bytes(b" " * (LIMIT + 1)),
    # No size in the header: inflated a little at a time and stopped at the limit.
    "unknown-size": lambda: _streamed(b" " * 50_000_000),
    # Small, but asks the receiver for a 1 GiB window.
    "huge-window": lambda: _streamed(b"{}", window_log=30),
}


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_a_zstd_bomb_is_refused_within_the_push_limits(small: RunningHub, name: str) -> None:
    client = small.device("ana", "FJ")
    data = BOMBS[name]()
    assert len(data) < 10_000  # tiny on the wire
    r = _post(client, data, "zstd")
    assert r.status_code == 413, r.text
    assert r.json()["error"] == "payload_too_large"
    # A body within the limits still goes through.
    assert _post(client, zstd_bytes(encode_json(_people(3))), "zstd").status_code == 200


def test_a_gzip_only_hub_refuses_zstd_bodies_and_never_answers_zstd(gzip_only: RunningHub) -> None:
    client = gzip_only.device("ana", "FJ")
    body = _people(20)
    r = _post(client, zstd_bytes(encode_json(body)), "zstd", accept="zstd, gzip")
    assert r.status_code == 400
    assert "Content-Encoding" in r.json()["message"]
    ok = _post(client, gzip.compress(encode_json(body)), "gzip", accept="zstd, gzip")
    assert ok.status_code == 200 and ok.headers.get("Content-Encoding") == "gzip"
    health = gzip_only.session().get(gzip_only.url("/health"), timeout=10)
    assert health.headers["Accept-Encoding"] == "gzip"
