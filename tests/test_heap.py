"""Full garbage collections are held back while a big job runs, and come back after it."""

from __future__ import annotations

import gc
import threading

from bluepacific_desktop.heap import full_collections_held


def _full_collections_during(job) -> int:
    full = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 2:
            full.append(1)

    gc.callbacks.append(seen)
    try:
        job()
    finally:
        gc.callbacks.remove(seen)
    return len(full)


def _grow_the_heap() -> list[list[object]]:
    # Like a big sheet's rows, no cycles: the heap at least doubles, which triggers full
    # collections however many objects the test session already holds.
    return [[str(i), i, None] for i in range(max(300_000, len(gc.get_objects())))]


def test_a_growing_heap_pays_full_collections_without_it_and_none_with_it() -> None:
    gc.collect()
    assert _full_collections_during(_grow_the_heap) > 0  # the cost the hold avoids

    def held() -> None:
        with full_collections_held():
            _grow_the_heap()

    gc.collect()
    assert _full_collections_during(held) == 0
    assert gc.get_threshold()[2] < 1000  # as it was


def test_overlapping_jobs_let_full_collections_run_again_only_when_the_last_ends() -> None:
    before = gc.get_threshold()
    first_in, second_out = threading.Event(), threading.Event()

    def other_job() -> None:
        with full_collections_held():
            first_in.set()
            second_out.wait(5)

    worker = threading.Thread(target=other_job)
    worker.start()
    first_in.wait(5)
    with full_collections_held():
        assert gc.get_threshold()[2] > 10**6
    assert gc.get_threshold()[2] > 10**6  # the worker's job still runs
    second_out.set()
    worker.join(5)
    assert gc.get_threshold() == before


def test_a_failing_job_lets_them_run_again() -> None:
    before = gc.get_threshold()
    try:
        with full_collections_held():
            raise ValueError("the sheet is not readable")
    except ValueError:
        pass
    assert gc.get_threshold() == before
