"""quoteindex's side of the benchmarks: the code paths its commands use, nothing re-implemented.

Ingest and whole-process search run the installed `quoteindex` command;
in-process search calls the module `quoteindex search` calls; generated
quotes go into the store and index through the store's own writer, as
`quoteindex add` writes extracted ones.
"""
from __future__ import annotations

import itertools
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path

from corpus import QuoteRecord
from queries import Query

from quoteindex.articles import Article
from quoteindex.identity import Resolver
from quoteindex.index import SearchIndex
from quoteindex.ingest import BATCH_ARTICLES, Summary, write_batch
from quoteindex.records import Extraction, Quote, Speaker
from quoteindex.search import search
from quoteindex.store import Store

QUOTEINDEX = [sys.executable, "-m", "quoteindex"] if shutil.which("quoteindex") is None else ["quoteindex"]


def add_command(paths: list[str], home: Path, workers: int) -> list[str]:
    """`quoteindex add` of `paths` into the index at `home` with `workers` processes."""
    return [*QUOTEINDEX, "add", *paths, "--index", str(home), "--jobs", str(workers)]


def counts(home: Path) -> dict[str, int]:
    with Store(home) as store:
        return store.counts()


def _articles(records: Iterable[QuoteRecord]) -> Iterable[tuple[Article, list[Quote], list[Speaker]]]:
    """Generated quotes regrouped into the articles they came from (consecutive records share a URL);
    each article's text is its quotes, one per paragraph, so offsets point at real text."""
    for url, group in itertools.groupby(records, key=lambda r: r.url):
        group = list(group)
        text, quotes, offset = [], [], 0
        for r in group:
            quotes.append(Quote(r.text, offset + 1, offset + 1 + len(r.text), speaker=r.speaker, cue="said",
                                method="cue"))
            text.append(f"“{r.text}”")
            offset += len(r.text) + 4  # two marks and the blank line
        first = group[0]
        article = Article(key=url, source=url, text="\n\n".join(text), title=first.title, date=first.date,
                          outlet=first.outlet, url=url)
        speakers = [Speaker(name) for name in dict.fromkeys(r.speaker for r in group)]
        yield article, quotes, speakers


def load_quotes(home: Path, records: Iterable[QuoteRecord], batch: int = BATCH_ARTICLES) -> None:
    """Store and index generated quotes through the writer `quoteindex add` uses, batch for batch."""
    with Store(home, create=True) as store, SearchIndex(home).updater(store) as index:
        resolver = Resolver(store.db)
        it = iter(_articles(records))
        while chunk := list(itertools.islice(it, batch)):
            write_batch(store, resolver, index, [(a, Extraction(q, s)) for a, q, s in chunk], Summary())


class Searcher:
    """In-process search through the function `quoteindex search` calls (which opens the index and the
    database on every call, as each command does)."""

    def __init__(self, home: Path) -> None:
        self.home = home

    def _results(self, q: Query, limit: int):
        return search(self.home, _query_string(q), speaker=q.speaker, since=q.date_from, until=q.date_to,
                      limit=limit)

    def search(self, q: Query, limit: int | None = None) -> list:
        return self._results(q, limit or q.limit).hits

    def hits(self, q: Query) -> int:
        """How many quotes match, filters included: the search's own count, so no hit is fetched."""
        return self._results(q, 1).total


def _query_string(q: Query) -> str:
    """The query as a user types it: fuzzy words marked with ~."""
    return " ".join(f"{w}~{q.FUZZY_DISTANCE}" for w in q.words.split()) if q.fuzzy else q.words


def search_command(home: Path, q: Query) -> list[str]:
    """The `quoteindex search` command line for a query, JSON out (what a script or pipe gets)."""
    argv = [*QUOTEINDEX, "search", *_query_string(q).split(), "--index", str(home), "--json",
            "--limit", str(q.limit)]
    for flag, value in (("--speaker", q.speaker), ("--since", q.date_from), ("--until", q.date_to)):
        if value:
            argv += [flag, value]
    return argv
