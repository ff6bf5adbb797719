"""Clocks and gauges shared by the benchmarks: percentiles, process-tree memory, size on disk.

Memory is resident set size (RSS) of the whole process tree, sampled from
/proc while the command runs. tracemalloc would miss spaCy's and the
index's C allocations, and getrusage's ru_maxrss reports the largest
single process, not what several worker processes hold at once.
"""
from __future__ import annotations

import os
import resource
import statistics
import subprocess
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")
TICK = os.sysconf("SC_CLK_TCK")


def percentiles(samples: Sequence[float], points: Sequence[int] = (50, 95, 99)) -> dict[int, float]:
    """Percentiles by linear interpolation between the closest ranks (as numpy's default does)."""
    if len(samples) == 1:
        return {p: samples[0] for p in points}
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return {p: cuts[p - 1] for p in points}


def time_calls(fn: Callable[[], object], repeat: int, warmup: int = 1) -> list[float]:
    """Seconds taken by each of `repeat` calls of `fn`, after `warmup` untimed calls (warm caches, as a
    user's second query would find them)."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def dir_size(path: str | os.PathLike) -> int:
    """Bytes in the files under `path` (or of `path` itself when it is a file)."""
    p = Path(path)
    if p.is_file():
        return p.stat().st_size
    return sum(f.stat().st_size for f in p.rglob("*") if f.is_file())


def _parents() -> dict[int, int]:
    """pid -> parent pid for every process we can see."""
    out = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        # the command name may contain spaces and parentheses: fields start after the last ')'
        fields = stat[stat.rindex(b")") + 2:].split()
        out[int(entry.name)] = int(fields[1])
    return out


def tree_rss(root: int) -> int:
    """Resident bytes of `root` and all its descendants right now."""
    parents = _parents()
    tree = {root}
    grew = True
    while grew:
        grew = False
        for pid, ppid in parents.items():
            if ppid in tree and pid not in tree:
                tree.add(pid)
                grew = True
    total = 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/statm", "rb") as f:
                total += int(f.read().split()[1]) * PAGE
        except OSError:
            pass
    return total


def _busy_seconds() -> float:
    """CPU seconds every process on the machine has used since boot (from /proc/stat)."""
    with open("/proc/stat") as f:
        user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, f.readline().split()[1:9])
    return (user + nice + system + irq + softirq + steal) / TICK


def _own_seconds() -> float:
    """CPU seconds used by this process and every child it has waited for."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


@dataclass(slots=True)
class Load:
    """How much of the machine other programs used while a measurement ran.

    A shared machine makes timings lie; rather than hide that, each figure
    carries `others`: the fraction of all cores busy with someone else's
    work (0.0 = quiet, 0.5 = one of two cores taken), so a reader can
    discard or re-run disturbed figures.
    """

    others: float = 0.0


@contextmanager
def contention() -> Iterator[Load]:
    """Measure other programs' load over the `with` block (the Load is filled in when it ends)."""
    load = Load()
    t, busy, own = time.perf_counter(), _busy_seconds(), _own_seconds()
    try:
        yield load
    finally:
        wall = time.perf_counter() - t
        foreign = (_busy_seconds() - busy) - (_own_seconds() - own)
        load.others = max(0.0, foreign) / (wall * (os.cpu_count() or 1)) if wall > 0 else 0.0


@dataclass(slots=True)
class Run:
    """What one measured command did."""

    wall: float  # seconds
    peak_rss: int  # bytes, whole process tree
    returncode: int
    stdout: str
    stderr: str
    others: float  # share of the machine used by other programs meanwhile (see Load)


def run_measured(cmd: Sequence[str], interval: float = 0.05, **popen) -> Run:
    """Run `cmd` to completion, sampling its process tree's RSS every `interval` seconds."""
    with contention() as load:
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)
        peak = 0
        done = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not done.is_set():
                peak = max(peak, tree_rss(proc.pid))
                done.wait(interval)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        out, err = proc.communicate()
        wall = time.perf_counter() - t
        done.set()
        sampler.join()
    return Run(wall, peak, proc.returncode, out, err, load.others)


def fmt_bytes(n: float) -> str:
    """Decimal units, as `du --si` and `ls -h --si` print them."""
    if n < 1e6:
        return f"{n / 1e3:.0f} kB"
    if n < 1e9:
        return f"{n / 1e6:.1f} MB" if n < 1e8 else f"{n / 1e6:.0f} MB"
    return f"{n / 1e9:.2f} GB"


def fmt_rate(x: float) -> str:
    """1234567 -> '1.23 M', 12345 -> '12.3 k': rates with three significant figures."""
    for div, suffix in ((1e6, " M"), (1e3, " k")):
        if x >= div:
            v = x / div
            return f"{v:.3g}{suffix}" if v < 1000 else f"{v:.0f}{suffix}"
    return f"{x:.3g}"


def fmt_ms(seconds: float) -> str:
    ms = seconds * 1000
    return f"{ms:.1f}" if ms < 100 else f"{ms:.0f}"
