"""One change to an existing index, made as its only writer.

Corrections and removals share the same steps: the database opened (never
created, so a mistyped --index is reported rather than made), the write
lock taken, the database brought up to this version, the change made in
SQLite, and the search index brought up to date with it.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from quoteindex.store import Store


def change(home: Path, what: str, action: Callable[..., str], *args: object, wait: float = 0.0) -> str:
    """Run `action(store, *args)` as the index's only writer (`what` names it to a writer kept
    waiting), then sync the search index; returns the action's summary."""
    from quoteindex.index import SearchIndex
    from quoteindex.lock import WriteLock

    # the store is opened first: a mistyped DIR is reported, not created by the lock
    with Store(home) as store, WriteLock(home, what, wait):
        store.upgrade()
        message = action(store, *args)
        SearchIndex(home).sync(store)
    return message
