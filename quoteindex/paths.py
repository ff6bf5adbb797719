"""Where the quote index lives on disk.

One directory holds everything: the SQLite database (the source of truth),
the search index (rebuildable from the database) and the lock file
that keeps writers one at a time. Its location follows, in order: the
`--index DIR` option, the QUOTEINDEX_HOME environment variable, and the
platform's per-user data directory (e.g. ~/.local/share/quoteindex).
"""
from __future__ import annotations

import os
from pathlib import Path

DB_NAME = "quotes.sqlite"
SEARCH_DIR_NAME = "search"
LOCK_NAME = "write.lock"


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """The index directory (not created here: readers must not leave empty folders behind)."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get("QUOTEINDEX_HOME")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("quoteindex", appauthor=False))


def db_path(home: Path) -> Path:
    """The SQLite database inside an index directory."""
    return home / DB_NAME


def search_path(home: Path) -> Path:
    """The search index folder inside an index directory."""
    return home / SEARCH_DIR_NAME


def lock_path(home: Path) -> Path:
    """The writers' lock file inside an index directory."""
    return home / LOCK_NAME
