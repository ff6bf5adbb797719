"""Running one function over many inputs in worker processes, results in input order.

Extraction is CPU-bound Python, so two cores need two processes. Workers are
spawned rather than forked: the parent may hold database handles and a
progress-bar thread that a forked child must not inherit.
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

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
