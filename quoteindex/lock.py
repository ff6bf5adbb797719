"""One writer at a time per index directory.

SQLite would serialise writers on its own, but the search index takes a
single writer and an `add` is a long sequence of transactions: two interleaved
adds could resolve the same speaker twice. An OS-level file lock is
released by the kernel when its process dies (even by SIGKILL), so a
crashed writer never leaves a stale lock behind.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from quoteindex.paths import lock_path

try:  # POSIX
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

except ImportError:  # Windows
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False


class IndexBusy(Exception):
    """Another process holds the write lock; str() says who and what to do."""


class WriteLock:
    """Exclusive right to change one index directory, as a context manager.

    `wait` is how many seconds to wait for another writer to finish before
    giving up with IndexBusy (0: fail at once).
    """

    def __init__(self, home: Path, what: str, wait: float = 0.0) -> None:
        self.path = lock_path(home)
        self.what = what
        self.wait = wait
        self._fd: int | None = None

    def __enter__(self) -> WriteLock:
        """Take the lock (waiting up to `wait` seconds), and write who holds it into the
        lock file, so that the next writer's IndexBusy message can name the holder."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.wait
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                holder = os.read(fd, 200).decode("utf-8", "replace").strip() or "another process"
                os.close(fd)
                raise IndexBusy(f"the index at {self.path.parent} is being changed by {holder}; "
                                "try again when it has finished (or pass --wait SECONDS)")
            time.sleep(0.1)
        os.ftruncate(fd, 0)
        os.write(fd, f"quoteindex {self.what} (pid {os.getpid()})".encode())
        self._fd = fd
        return self

    def __exit__(self, *exc: object) -> None:
        """Release the lock; the name is wiped first so no one is told a finished writer holds it."""
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            os.close(self._fd)  # closing releases the lock
            self._fd = None
