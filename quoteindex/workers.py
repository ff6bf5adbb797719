"""Running one function over many inputs in worker processes, results in input order.

Extraction is CPU-bound Python, so two cores need two processes. Workers are
spawned rather than forked: the parent may hold database handles and a
progress-bar thread that a forked child must not inherit.
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

# input size from which two worker processes pay for their start-up (spaCy in each)
PARALLEL_BYTES = 2_000_000

T = TypeVar("T")
R = TypeVar("R")


def ordered_map(func: Callable[[T], R], items: Iterable[T], jobs: int,
                initializer: Callable[..., None], initargs: tuple) -> Iterator[tuple[T, R]]:
    """(item, func(item)) for every item, in input order, computed in `jobs`
    processes set up by `initializer(*initargs)`; a few items per process are
    in flight at once, so memory stays flat however many items there are."""
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(jobs, mp_context=ctx, initializer=initializer, initargs=initargs) as ex:
        window: deque = deque()
        for item in items:
            window.append((item, ex.submit(func, item)))
            if len(window) >= jobs * 4:
                first, fut = window.popleft()
                yield first, fut.result()
        while window:
            first, fut = window.popleft()
            yield first, fut.result()


def default_jobs(total_bytes: int) -> int:
    """Two worker processes for a large input on a machine with two cores or more, else one process."""
    return 2 if total_bytes >= PARALLEL_BYTES and (os.cpu_count() or 1) > 1 else 1
