"""A worker process of ``warta run --workers N`` uses one BLAS thread, so N workers use N
cores instead of each starting one thread per core."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

import numpy  # noqa: F401  (loads OpenBLAS before the fork, as the model does)
import pytest
from threadpoolctl import threadpool_info

from warta import runner
from warta.pipeline import Pipeline


def _blas_threads() -> list[int]:
    return [int(i["num_threads"]) for i in threadpool_info() if i.get("user_api") == "blas"]


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_worker_uses_one_blas_thread(fake_pipeline: Pipeline) -> None:
    ctx = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(1, mp_context=ctx, initializer=runner._init_worker,
                             initargs=(fake_pipeline, None)) as pool:
        threads = pool.submit(_blas_threads).result()
    assert threads and all(n == 1 for n in threads)
