"""`quoteindex add`: files in, quotes stored and searchable.

Reading and extraction (the slow part) run in worker processes; the parent
is the only writer: it resolves speakers across the archive, writes each
batch of articles to SQLite in one transaction, and feeds the search index
in large batches. Work flows through a bounded window of tasks and a JSON
Lines archive is streamed in chunks, so memory stays flat however large the
input. An article whose key and digest are already stored is not even
extracted again; of two files giving one article (one URL) in one add,
the first is kept, so re-adding a folder holding both changes nothing.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from quoteindex.articles import (
    SUFFIXES,
    Article,
    Skipped,
    load_file,
    load_records,
    parse_lines,
    read_jsonl_lines,
    superseded,
)
from quoteindex.reading import DEFAULT_MAX_BYTES, InputError, file_size, plan
from quoteindex.workers import default_jobs

if TYPE_CHECKING:
    from quoteindex.identity import Resolver
    from quoteindex.index import Updater
    from quoteindex.records import Extraction
    from quoteindex.store import Store

JSONL_CHUNK = 64  # records per task when streaming a JSON Lines file
BATCH_ARTICLES = 256  # articles per SQLite transaction


class ModelUnavailable(Exception):
    """The spaCy model asked for with --model cannot be loaded; str() says which and why."""


# a unit of work: ("file", path, bytes) or ("records", path, bytes, [(line number, line), ...])
Task = tuple


@dataclass
class Summary:
    """What an add did, for the one-line report."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    quotes: int = 0
    words: int = 0
    speakers: set[int] = field(default_factory=set)
    new_speakers: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # added articles' metadata that was left out
    seconds: float = 0.0

    def line(self) -> str:
        """`12 articles added (2 replaced, 3 unchanged), 154 quotes, 37 speakers (5 new); 1 skipped in 0.4 s`:
        each skipped file has had its own line with the reason, so the summary only counts them."""
        n = self.added + self.replaced
        parts = [f"{n} article{'s' if n != 1 else ''} added"]
        extra = [f"{c} {w}" for c, w in ((self.replaced, "replaced"), (self.unchanged, "unchanged")) if c]
        if extra:
            parts[0] += f" ({', '.join(extra)})"
        parts.append(f"{self.quotes} quote{'s' if self.quotes != 1 else ''}")
        parts.append(f"{len(self.speakers)} speaker{'s' if len(self.speakers) != 1 else ''} "
                     f"({self.new_speakers} new)")
        out = ", ".join(parts)
        if self.skipped:
            out += f"; {len(self.skipped)} skipped"
        return out + f" in {self.seconds:.1f} s"


def tasks(files: Iterable[str]) -> Iterator[Task | Skipped]:
    """Units of work; a JSON Lines file becomes many, so no worker holds a whole archive,
    and its records that a later record of the file supersedes are never extracted."""
    for path in files:
        if not path.lower().endswith(".jsonl"):
            yield ("file", path, file_size(path))
            continue
        chunk: list = []
        size = 0
        try:
            old = superseded(path, parse_lines(path, read_jsonl_lines(path)))
            for item in read_jsonl_lines(path):
                if isinstance(item, Skipped):
                    yield item
                    continue
                if item[0] in old:
                    continue
                chunk.append(item)
                size += len(item[1]) + 1
                if len(chunk) >= JSONL_CHUNK:
                    yield ("records", path, size, chunk)
                    chunk, size = [], 0
        except InputError as e:
            yield Skipped.from_error(path, e)
        if chunk:
            yield ("records", path, size, chunk)


# -- the worker side ---------------------------------------------------------------

_worker: dict = {}


def _init(home: str, model: str | None, max_bytes: int) -> None:
    """Per-process set-up: where the store is (to skip unchanged articles) and which model to use."""
    if _worker.get("store") is not None:  # an earlier add in this process
        _worker["store"].close()
    _worker.update(home=Path(home), model=model, max_bytes=max_bytes, nlp=None, store=None)


def _is_unchanged(a: Article) -> bool:
    """Whether the article is stored as it is: then it is not extracted again, which
    is what makes re-adding an archive cheap. The worker's own read-only connection
    is opened on first use (a first add has no database yet)."""
    from quoteindex.store import Store, StoreMissing

    if _worker["store"] is None:
        try:
            _worker["store"] = Store(_worker["home"])
        except StoreMissing:
            return False
    return _worker["store"].is_stored(a)


def _work(task: Task) -> list[tuple[Article, Extraction | None] | Skipped]:
    """Read one task's articles and extract the new or changed ones.

    Returns (article, Extraction) for those, (article, None) for unchanged
    ones, and Skipped for unreadable files and records.
    """
    kind, path = task[0], task[1]
    try:
        items = load_file(path, _worker["max_bytes"]) if kind == "file" else \
            list(load_records(path, parse_lines(path, task[3])))
    except InputError as e:
        return [Skipped.from_error(path, e)]
    out: list[tuple[Article, Extraction | None] | Skipped] = []
    todo: list[Article] = []
    for it in items:
        if isinstance(it, Skipped):
            out.append(it)
        elif _is_unchanged(it):
            out.append((it, None))
        else:
            todo.append(it)
    if todo:
        out.extend(_extract(todo))
    return out


def _extract(articles: list[Article]) -> list[tuple[Article, Extraction] | Skipped]:
    """(article, Extraction) for each article, in one batch for speed.

    The engine (spaCy and many heuristics) can fail on text nobody foresaw,
    with any kind of exception, so any exception is caught here (and only here):
    the batch is redone one article at a time, and just the article that
    fails is skipped, with the error as its reason, while the add goes on.
    """
    from quoteindex.pipeline import extract, extract_many, load_pipeline

    if _worker["nlp"] is None:
        try:
            _worker["nlp"] = load_pipeline(_worker["model"])
        except OSError as e:  # spaCy's "can't find model": no article can be extracted, so stop
            raise ModelUnavailable(f"cannot load model {_worker['model']!r}: {e}") from None
    nlp = _worker["nlp"]
    try:
        # a list first: a failure half-way must not leave half the batch counted as extracted
        return list(zip(articles, extract_many([a.text for a in articles], nlp), strict=True))
    except Exception as e:  # see above
        if len(articles) == 1:
            return [_failure(articles[0], e)]
    out: list[tuple[Article, Extraction] | Skipped] = []
    for a in articles:  # which of them fails?
        try:
            out.append((a, extract(a.text, nlp)))
        except Exception as e:  # see above
            out.append(_failure(a, e))
    return out


def _failure(a: Article, e: Exception) -> Skipped:
    """The Skipped for an article the engine failed on, naming the error for a bug report
    (or, for an article the pipeline refuses, the reason in the user's terms)."""
    if isinstance(e, InputError):
        return Skipped(a.source, str(e))
    return Skipped(a.source, f"extraction failed: {type(e).__name__}: {e}")


def _serial(work: Iterable[Task], init: tuple) -> Iterator[tuple[Task, list]]:
    """The tasks' outcomes, in this process: for small inputs, where workers cost more than they save."""
    _init(*init)
    for t in work:
        yield t, _work(t)


def _parallel(work: Iterable[Task], init: tuple, jobs: int) -> Iterator[tuple[Task, list]]:
    """Like _serial, in `jobs` processes, in order, with a bounded number of tasks in flight."""
    from quoteindex.workers import ordered_map

    return ordered_map(_work, work, jobs, _init, init)


def _outcomes(files: list[str], summary: Summary, init: tuple, jobs: int) -> Iterator[tuple[Task, list]]:
    """Each task with its outcome, in input order. What is refused before any work
    (a JSON Lines file that cannot be opened, or a line of it that is not UTF-8)
    goes straight to `summary.skipped`, never to a worker."""
    def units() -> Iterator[Task]:
        for t in tasks(files):
            if isinstance(t, Skipped):
                summary.skipped.append(t)
            else:
                yield t

    return _parallel(units(), init, jobs) if jobs > 1 else _serial(units(), init)


# -- the writer side -----------------------------------------------------------------

def add(home: Path, paths: Iterable[str], *, jobs: int | None = None, model: str | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES, wait: float = 0.0,
        on_start: Callable[[int], None] | None = None, on_progress: Callable[[int], None] | None = None) -> Summary:
    """Ingest files and folders into the index at `home`; the Summary says what happened.

    `jobs` worker processes extract (default: 2 for large inputs, none for
    small ones); `on_start(total_bytes)` and `on_progress(bytes_done)` drive
    a progress display. Raises IndexBusy if another writer holds the index.
    """
    from quoteindex.identity import Resolver
    from quoteindex.index import SearchIndex
    from quoteindex.lock import WriteLock
    from quoteindex.store import Store

    t0 = time.perf_counter()
    summary = Summary()
    files, total = plan(paths, SUFFIXES)
    if on_start:
        on_start(total)
    with WriteLock(home, "add", wait), Store(home, create=True) as store:
        with SearchIndex(home).updater(store) as index:
            index.catch_up()
            resolver = Resolver(store.db)
            if jobs is None:
                jobs = default_jobs(total)
            pending: list[tuple[Article, Extraction | None] | Skipped] = []
            for task, outcome in _outcomes(files, summary, (str(home), model, max_bytes), jobs):
                pending.extend(outcome)
                if len(pending) >= BATCH_ARTICLES:
                    write_batch(store, resolver, index, pending, summary)
                    pending = []
                if on_progress:
                    on_progress(task[2])
            write_batch(store, resolver, index, pending, summary)
            if summary.replaced:
                with store.transaction():
                    store.drop_orphan_speakers()
            summary.new_speakers = resolver.created
    summary.seconds = time.perf_counter() - t0
    return summary


def write_batch(store: Store, resolver: Resolver, index: Updater,
                outcomes: list[tuple[Article, Extraction | None] | Skipped], summary: Summary) -> None:
    """One transaction for a batch of extracted articles, then hand them to the search index.

    `outcomes` are (Article, Extraction) pairs, (Article, None) for ones
    found unchanged, and Skipped; `summary` is updated. Public so that
    generated articles can be loaded exactly as `add` loads extracted ones.
    """
    written: list[int] = []
    replaced: list[int] = []
    with store.transaction():
        for item in outcomes:
            if isinstance(item, Skipped):
                summary.skipped.append(item)
                continue
            article, extraction = item
            first = store.first_source(article)
            stored = store.is_stored(article)
            if first != article.source and not stored:  # another version of an article this add kept
                kind = "URL" if article.url else "id"
                summary.skipped.append(Skipped(article.source, f"same {kind} as {first}, which is kept"))
                continue
            # unchanged when read, or stored since (the same article twice in one add)
            if extraction is None or stored:
                summary.unchanged += 1
                store.relocate(article)
                continue
            summary.warnings.extend(article.warnings)  # said when it was added, not at every re-add
            aid, was_there = store.put_article(article)
            ids = {sp.name: resolver.resolve(sp) for sp in extraction.speakers}
            speaker_ids = [resolver.quote_speaker(ids.get(q.speaker), q) for q in extraction.quotes]
            summary.speakers.update(ids.values(), filter(None, speaker_ids))
            store.add_quotes(aid, extraction.quotes, speaker_ids)
            written.append(aid)
            if was_there:
                replaced.append(aid)
                summary.replaced += 1
            else:
                summary.added += 1
            summary.quotes += len(extraction.quotes)
            summary.words += article.words
        store.mark_unindexed(written)
    index.put(written, replaced)
