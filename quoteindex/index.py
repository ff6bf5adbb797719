"""The Whoosh search index: a rebuildable layer over the SQLite store.

Whoosh indexes are not crash-safe and take one writer, so nothing lives
only here. Every article written to SQLite is also listed in the
`unindexed` table in the same transaction; after the search index commits
the article's quotes, the article is taken off that list. A writer killed
at any point therefore leaves SQLite complete and a to-do list behind,
which the next writer (or `quoteindex reindex`) works off.

One document per quote: its words (stemmed, accents folded), speaker names
and aliases, outlet, publication day, and the ids needed to filter and to
fetch the full record from SQLite.
"""
from __future__ import annotations

import shutil
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from quoteindex.paths import search_path
from quoteindex.store import Store

if TYPE_CHECKING:
    from whoosh.analysis import Analyzer
    from whoosh.fields import Schema
    from whoosh.index import FileIndex
    from whoosh.writing import IndexWriter

# documents added before the writer commits: bounds memory on huge adds and
# how much indexing a crash can throw away (it is redone from SQLite anyway)
COMMIT_EVERY = 100_000
WRITER_MB = 64
# Segments as separate files, not one compound file: Whoosh copies each part of
# a compound file into memory every time a search opens it, which at a million
# quotes costs more than the search itself.
WRITER_OPTIONS = {"limitmb": WRITER_MB, "compound": False}
# a large add leaves one segment per commit; more than this and they are merged,
# since every search opens every segment
MAX_SEGMENTS = 4


class IndexUnavailable(Exception):
    """The search index is missing or damaged; str() says how to fix it."""


def text_analyzer() -> Analyzer:
    """Words for matching: lower case, accents folded, stop words dropped, stemmed."""
    from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
    from whoosh.support.charset import accent_map

    return RegexTokenizer() | LowercaseFilter() | CharsetFilter(accent_map) | StopFilter() | StemFilter()


def name_analyzer() -> Analyzer:
    """Names and outlets: lower case, accents folded, nothing dropped or stemmed."""
    from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer
    from whoosh.support.charset import accent_map

    return RegexTokenizer() | LowercaseFilter() | CharsetFilter(accent_map)


def schema() -> Schema:
    """The fields of one quote document."""
    from whoosh.fields import ID, NUMERIC, TEXT, Schema

    names = name_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        article=ID,
        speaker_id=ID,
        date=NUMERIC(int, bits=32, sortable=True),  # YYYYMMDD (see day_number); 0 when unknown
        speaker=TEXT(analyzer=names),
        outlet=TEXT(analyzer=names),
        title=TEXT(analyzer=text_analyzer()),
        # spelling=True keeps unstemmed words for "did you mean"
        text=TEXT(analyzer=text_analyzer(), spelling=True),
    )


def day_number(day: str) -> int:
    """An ISO day as the number the index keeps: "2025-03-14" -> 20250314, unknown -> 0."""
    return int(day.replace("-", "")[:8] or 0) if day else 0


def _document(doc: dict) -> dict:
    """A store row as a Whoosh document: the date as a number."""
    return {**doc, "date": day_number(doc.get("date") or "")}


@cache
def _remember_missing_columns() -> None:
    """Make Whoosh remember that a field has no length column.

    When Whoosh merges segments it asks, for every document and every field,
    whether the field's length column exists, and only caches the answer
    when it does: for our ID fields that is a file-system stat per document
    and field, about a quarter of the time of writing the index.
    """
    from whoosh.codec import whoosh3

    reader_class = whoosh3.W3PerDocReader
    looked_up = reader_class._cached_reader

    def cached_reader(self, fieldname, column):
        if fieldname not in self._readers:
            self._readers[fieldname] = looked_up(self, fieldname, column)
        return self._readers[fieldname]

    reader_class._cached_reader = cached_reader


def _writer(ix: FileIndex) -> IndexWriter:
    """A writer with our options, and Whoosh's merge made cheaper."""
    _remember_missing_columns()
    return ix.writer(**WRITER_OPTIONS)


class SearchIndex:
    """The Whoosh index inside one index directory."""

    def __init__(self, home: Path) -> None:
        self.path = search_path(home)

    def open(self) -> FileIndex:
        """The Whoosh index for reading, or IndexUnavailable with the fix."""
        from whoosh import index

        if not self.path.is_dir() or not any(self.path.glob("*.toc")):
            raise IndexUnavailable(f"the search index in {self.path} is missing; rebuild it with "
                                   "`quoteindex reindex`")
        try:
            ix = index.open_dir(str(self.path))
            ix.reader().close()  # opens every segment: a damaged one fails here, not mid-search
            expected = schema()
            if ix.schema.names() != expected.names() or type(ix.schema["date"]) is not type(expected["date"]):
                raise IndexUnavailable(f"the search index in {self.path} was built by an older version; "
                                       "rebuild it with `quoteindex reindex`")
        # Whoosh has no error type for a damaged index: a truncated or garbled file surfaces as
        # whatever its unpickling or struct reading hit (EOFError, ValueError, struct.error, ...).
        # Everything here is derived data that `reindex` rebuilds, so any failure means "rebuild".
        except IndexUnavailable:
            raise
        except Exception as e:
            raise IndexUnavailable(f"the search index in {self.path} is damaged ({type(e).__name__}); "
                                   "rebuild it with `quoteindex reindex`") from None
        return ix

    def rebuild(self, store: Store) -> int:
        """A fresh index from every quote in the store; returns how many it holds.

        Built beside the old one and swapped in at the end, so searches keep
        working during a rebuild and a crash leaves the old index in place.
        """
        from whoosh import index

        fresh = self.path.with_name(self.path.name + ".new")
        shutil.rmtree(fresh, ignore_errors=True)
        fresh.mkdir(parents=True)
        ix = index.create_in(str(fresh), schema())
        w = _writer(ix)
        n = 0
        for doc in store.index_docs():
            w.add_document(**_document(doc))
            n += 1
        w.commit()
        old = self.path.with_name(self.path.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if self.path.exists():
            self.path.rename(old)
        fresh.rename(self.path)
        shutil.rmtree(old, ignore_errors=True)
        store.clear_unindexed()
        return n

    def updater(self, store: Store) -> Updater:
        """A batched writer for one writing session (see Updater); rebuilds a missing or damaged index."""
        try:
            ix = self.open()
        except IndexUnavailable:
            self.rebuild(store)
            ix = self.open()
        return Updater(ix, store)

    def sync(self, store: Store) -> int:
        """Bring the index up to date with the store; returns how many articles were (re)indexed."""
        with self.updater(store) as up:
            return up.catch_up()


class Updater:
    """Adds articles' quotes to the index in large batches, then clears them from `unindexed`.

    Use as a context manager: leaving it commits (or, on an exception,
    cancels: those articles stay on the to-do list for the next writer).
    """

    def __init__(self, ix: FileIndex, store: Store) -> None:
        self.ix = ix
        self.store = store
        self.writer: IndexWriter | None = None  # opened on the first put: a no-op add takes no Whoosh lock
        self.pending: list[int] = []
        self.docs = 0

    def __enter__(self) -> Updater:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        if exc_type is None:
            self.commit()
        elif self.writer is not None:
            self.writer.cancel()

    def catch_up(self) -> int:
        """Re-index what an earlier writer left unfinished (it may be half there: replace it)."""
        todo = self.store.unindexed()
        self.put(todo, replaced=todo)
        return len(todo)

    def put(self, article_ids: Sequence[int], replaced: Iterable[int] = ()) -> None:
        """Index these articles' quotes as SQLite has them; `replaced` ones lose their old documents first."""
        if not article_ids:
            return
        if self.writer is None:
            self.writer = _writer(self.ix)
        for aid in replaced:
            self.writer.delete_by_term("article", str(aid))
        for doc in self.store.index_docs(article_ids):
            self.writer.add_document(**_document(doc))
            self.docs += 1
        self.pending.extend(article_ids)
        if self.docs >= COMMIT_EVERY:
            self.commit()

    def commit(self) -> None:
        """Make everything put so far searchable, and take it off the to-do list."""
        if self.writer is None:
            return
        with self.ix.reader() as r:
            merge_all = len(r.leaf_readers()) + 1 >= MAX_SEGMENTS
        self.writer.commit(optimize=merge_all)
        self.writer = None
        self.store.clear_unindexed(self.pending)
        self.pending, self.docs = [], 0
