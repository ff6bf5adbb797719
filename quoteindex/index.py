"""The search index (tantivy): a rebuildable layer over the SQLite store.

Nothing lives only here. Every article written to SQLite is also listed in
the `unindexed` table in the same transaction; after the search index
commits the article's quotes, the article is taken off that list. A writer
killed at any point therefore leaves SQLite complete and a to-do list
behind, which the next writer (or `quoteindex reindex`) works off. tantivy
commits atomically, so a reader never sees half a commit.

One document per quote: its words and its article's title twice (stemmed
for matching, and as written, folded, for fuzzy and wildcard terms and
spelling suggestions), speaker names and aliases, outlet, publication day, and the ids
needed to filter and to fetch the full record from SQLite. Nothing is
stored in the index itself: a hit is its quote id (a fast field), and the
row comes from SQLite.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from quoteindex.paths import search_path
from quoteindex.store import Store

if TYPE_CHECKING:
    import tantivy

# bump when the fields or their analysis change: an older index is refused until rebuilt
FORMAT = {"engine": "tantivy", "version": 2}
FORMAT_FILE = "quoteindex-format.json"
# documents added before the writer commits: bounds how much indexing a crash
# can throw away (it is redone from SQLite anyway)
COMMIT_EVERY = 200_000
# the writer's memory; one indexing thread, as extraction workers have the other cores
WRITER_BYTES = 64_000_000
WRITER_THREADS = 1
# the analyzers, by the names the schema refers to them
TEXT, WORDS, NAMES = "qi_text", "qi_words", "qi_names"


class IndexUnavailable(Exception):
    """The search index is missing or damaged; str() says how to fix it."""


def _fix(path: Path) -> str:
    """What to do about an unusable index in `path`: rebuild it from the database."""
    return f"rebuild it with `quoteindex reindex --index {path.parent}`"


def _damaged(path: Path, error: BaseException) -> IndexUnavailable:
    """The error for an index tantivy cannot read, with tantivy's reason cut short."""
    return IndexUnavailable(f"the search index in {path} is damaged ({str(error)[:80]}); {_fix(path)}")


@contextmanager
def damage_reported(path: Path) -> Iterator[None]:
    """Report a damaged index as IndexUnavailable with the fix, not as a Rust traceback.

    tantivy fails on some damaged files with a Rust panic, which reaches
    Python as pyo3's PanicException: a BaseException (so `except Exception`
    misses it) that no module exports, hence recognised by its name. Rust
    prints the panic and its backtrace straight to file descriptor 2 first,
    so that descriptor points at nothing meanwhile: the user gets one line.
    Nothing is lost: the index is rebuilt from SQLite.
    """
    sys.stderr.flush()
    saved = os.dup(2)
    with open(os.devnull, "wb") as null:
        os.dup2(null.fileno(), 2)
    try:
        yield
    except BaseException as e:
        if type(e).__name__ != "PanicException":
            raise
        raise _damaged(path, e) from None
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)


def _analyzer(stem: bool) -> tantivy.TextAnalyzer:
    """Words split at anything not a letter or digit, lower case, accents folded, stemmed if asked.

    No stop words: a phrase is found as written ("to be or not to be"), and
    tantivy's top-k scoring keeps very common words cheap.
    """
    import tantivy

    b = (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple()).filter(tantivy.Filter.remove_long(40))
         .filter(tantivy.Filter.lowercase()).filter(tantivy.Filter.ascii_fold()))
    return (b.filter(tantivy.Filter.stemmer("english")) if stem else b).build()


@cache
def text_analyzer() -> tantivy.TextAnalyzer:
    """Quote and title words for matching: folded and stemmed ("Armies" -> "armi")."""
    return _analyzer(stem=True)


@cache
def word_analyzer() -> tantivy.TextAnalyzer:
    """Words as written, folded only ("Zürich" -> "zurich"): for fuzzy and wildcard terms, names, outlets."""
    return _analyzer(stem=False)


@cache
def schema() -> tantivy.Schema:
    """The fields of one quote document."""
    import tantivy

    b = tantivy.SchemaBuilder()
    for name in ("id", "article", "speaker_id", "date"):  # date: YYYYMMDD, YYYYMM00 or YYYY0000 (day_number)
        b.add_integer_field(name, indexed=True, fast=True)
    b.add_text_field("text", tokenizer_name=TEXT)
    b.add_text_field("words", tokenizer_name=WORDS, index_option="freq")
    b.add_text_field("title", tokenizer_name=TEXT)
    b.add_text_field("title_words", tokenizer_name=WORDS, index_option="basic")
    b.add_text_field("speaker", tokenizer_name=NAMES)
    b.add_text_field("outlet", tokenizer_name=NAMES)
    return b.build()


def _with_analyzers(ix: tantivy.Index) -> tantivy.Index:
    """An index that knows the analyzers its schema names (tantivy keeps them per open index)."""
    ix.register_tokenizer(TEXT, text_analyzer())
    ix.register_tokenizer(WORDS, word_analyzer())
    ix.register_tokenizer(NAMES, word_analyzer())
    return ix


def day_number(day: str) -> int:
    """An ISO date as the number the index keeps, with zeros for what it leaves out:
    "2025-03-14" -> 20250314, "2025-03" -> 20250300, "2025" -> 20250000, unknown -> 0.

    A month or year so sorts just before its first day, as its ISO text does,
    and an index of full days only (all that older versions stored) needs no rebuild.
    """
    return int(day.replace("-", "")[:8].ljust(8, "0")) if day else 0


def published_between(schema: tantivy.Schema, first: str | None, last: str | None) -> tantivy.Query:
    """Quotes from articles whose date overlaps the ISO days first..last (either may be open).

    A month or a year overlapping the range counts, so an article dated
    only "2025-03" is found from --since 2025-03-15: better seen than
    missed. By the numbers of day_number, a period starts before `last`
    exactly when its number is at most `last`'s; it ends on or after
    `first` when its number is at least `first`'s, or when it is the year
    or month `first` falls in. Undated articles (0) never match.
    """
    import tantivy

    Q = tantivy.Query
    days = Q.range_query(schema, "date", tantivy.FieldType.Integer, day_number(first) if first else 1,
                         day_number(last) if last else None)
    if not first:
        return days
    around = Q.term_set_query(schema, "date", [day_number(first[:4]), day_number(first[:7])])
    return Q.boolean_query([(tantivy.Occur.Should, days), (tantivy.Occur.Should, around)])


def _document(doc: dict) -> tantivy.Document:
    """A store row (see Store.index_docs) as a tantivy document."""
    import tantivy

    return tantivy.Document(id=doc["id"], article=doc["article"], speaker_id=doc["speaker_id"] or 0,
                            date=day_number(doc["date"]), text=doc["text"], words=doc["text"],
                            title=doc["title"], title_words=doc["title"], speaker=doc["speaker"], outlet=doc["outlet"])


def _writer(ix: tantivy.Index) -> tantivy.IndexWriter:
    return ix.writer(heap_size=WRITER_BYTES, num_threads=WRITER_THREADS)


class SearchIndex:
    """The tantivy index inside one index directory."""

    def __init__(self, home: Path) -> None:
        self.path = search_path(home)

    def open(self) -> tantivy.Index:
        """The index for reading, or IndexUnavailable with the fix."""
        import tantivy

        fix = _fix(self.path)
        if not (self.path / "meta.json").is_file():
            older = self.path.is_dir() and any(self.path.glob("*.toc"))  # Whoosh's, as quoteindex 0.1 wrote
            raise IndexUnavailable(f"the search index in {self.path} "
                                   f"{'was built by an older version' if older else 'is missing'}; {fix}")
        try:
            written = json.loads((self.path / FORMAT_FILE).read_text())
        except (OSError, ValueError):
            written = None
        if written != FORMAT:
            raise IndexUnavailable(f"the search index in {self.path} was built by another version; {fix}")
        try:
            with damage_reported(self.path):
                ix = _with_analyzers(tantivy.Index.open(str(self.path)))
                ix.searcher()  # opens every segment: a damaged one fails here, not mid-search
        except (ValueError, OSError) as e:  # how tantivy reports a damaged or unreadable index
            raise _damaged(self.path, e) from None
        return ix

    def rebuild(self, store: Store) -> int:
        """A fresh index from every quote in the store; returns how many it holds.

        Built beside the old one and swapped in at the end, so searches keep
        working during a rebuild and a crash leaves the old index in place.
        """
        import tantivy

        fresh = self.path.with_name(self.path.name + ".new")
        shutil.rmtree(fresh, ignore_errors=True)
        fresh.mkdir(parents=True)
        ix = _with_analyzers(tantivy.Index(schema(), str(fresh), reuse=False))
        (fresh / FORMAT_FILE).write_text(json.dumps(FORMAT))
        w = _writer(ix)
        n = 0
        for doc in store.index_docs():
            w.add_document(_document(doc))
            n += 1
        w.commit()
        w.wait_merging_threads()
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
    """Adds articles' quotes to the index, commits in large batches, then clears them from `unindexed`.

    Use as a context manager: leaving it commits (or, on an exception,
    rolls back: those articles stay on the to-do list for the next writer).
    """

    def __init__(self, ix: tantivy.Index, store: Store) -> None:
        self.ix = ix
        self.store = store
        self.writer: tantivy.IndexWriter | None = None  # opened on the first put: a no-op add writes nothing
        self.pending: list[int] = []
        self.docs = 0

    def __enter__(self) -> Updater:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        try:
            if exc_type is None:
                self.commit()
        finally:
            if self.writer is not None:
                if exc_type is not None:
                    self.writer.rollback()
                self.writer.wait_merging_threads()  # finish merges and release the writer's lock
                self.writer = None

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
            self.writer.delete_documents_by_term("article", aid)
        for doc in self.store.index_docs(article_ids):
            self.writer.add_document(_document(doc))
            self.docs += 1
        self.pending.extend(article_ids)
        if self.docs >= COMMIT_EVERY:
            self.commit()

    def commit(self) -> None:
        """Make everything put so far searchable, and take it off the to-do list."""
        if self.writer is None or not self.pending:
            return
        self.writer.commit()
        self.store.clear_unindexed(self.pending)
        self.pending, self.docs = [], 0
