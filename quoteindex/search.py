"""Searching the quote index: filters, ranking, counts, highlights, "did you mean".

The path is kept lean because people run it interactively: open the
tantivy index and SQLite, parse, search, fetch the hits' rows. Nothing here
imports spaCy. The query language is in quoteindex.query.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from quoteindex.query import OPERATORS, Highlighter, QueryError, Words, normalize, parse, to_tantivy
from quoteindex.store import QuoteRow, Store

if TYPE_CHECKING:
    import tantivy

__all__ = ["Hit", "QueryError", "Results", "search"]
SORTS = ("relevance", "date")


@dataclass(frozen=True, slots=True)
class Hit:
    """One matching quote: its stored row, score and the character spans of the words that matched."""

    row: QuoteRow
    score: float | None  # None when sorted by date
    highlights: tuple[tuple[int, int], ...]

    def to_dict(self) -> dict:
        """The hit as JSON-ready data: the quote, who, where, when."""
        r = self.row
        return {"id": r.id, "text": r.text, "speaker": r.speaker, "speaker_id": r.speaker_id, "mention": r.mention,
                "cue": r.cue, "date": r.date, "outlet": r.outlet, "title": r.title, "url": r.url,
                "source": r.source, "article_id": r.article_id, "start": r.start, "end": r.end,
                "score": None if self.score is None else round(self.score, 4),
                "highlights": [list(h) for h in self.highlights]}


@dataclass(slots=True)
class Results:
    """What a search found, with what the user needs to judge it: how many match in all,
    a respelt query when nothing matched, and how many articles are stored but not
    searchable yet (so an empty result is not misread)."""

    hits: list[Hit] = field(default_factory=list)
    total: int = 0  # matching quotes in all (hits holds at most `limit`)
    suggestion: str | None = None  # "did you mean" when nothing matched
    pending: int = 0  # articles stored but not yet searchable (an add is running or was interrupted)
    speakers: dict[int, str] = field(default_factory=dict)  # id -> name of each speaker --speaker matched


def _day(option: str, value: str, end: bool = False) -> str:
    """The first day (or with `end` the last) of the period a filter date names:
    "2025" runs from 1 January to 31 December, "July 2025" from 1 to 31 July."""
    from quoteindex.dates import DateError, bounds, period

    try:
        first, last = bounds(period(value))
    except DateError as e:
        raise QueryError(f"{option} {value!r} {e} (try 2025-03-14, 2025-03 or 2025)") from None
    return (last if end else first).isoformat()


def _speakers(store: Store, speaker: str) -> dict[int, str]:
    """The speakers a `--speaker` name stands for (id -> name), by the lookup corrections use,
    so any alias or spelling works; an unknown name gets a "did you mean" instead of a silent
    empty result."""
    from quoteindex.identity import lookup, suggest

    ids = lookup(store.db, speaker)
    if not ids:
        near = suggest(store.db, speaker)
        raise QueryError(f"no speaker called {speaker!r}" + (f"; did you mean {near!r}?" if near else ""))
    return {i: store.speaker_name(i) for i in ids}


def _filters(schema: tantivy.Schema, store: Store, speaker_ids: list[int], since: str | None, until: str | None,
             outlet: str | None, article: str | None) -> list[tantivy.Query]:
    """The tantivy queries for the command-line options (none without any).

    Articles are looked up in SQLite first, so that an unknown one gets a
    clear message instead of a silent empty result.
    """
    import tantivy

    from quoteindex.index import published_between

    Q = tantivy.Query
    parts = []
    if speaker_ids:
        parts.append(Q.term_set_query(schema, "speaker_id", speaker_ids))
    if since or until:
        lo = _day("--since", since) if since else None
        hi = _day("--until", until, end=True) if until else None
        if lo and hi and lo > hi:
            raise QueryError(f"--since {since} is after --until {until}")
        parts.append(published_between(schema, lo, hi))
    if outlet:
        q = to_tantivy(Words("outlet", outlet), schema)
        if q is None:
            raise QueryError(f"nothing to match in {outlet!r}")
        parts.append(q)
    if article:
        ids = store.find_articles(article)
        if not ids:
            raise QueryError(f"no article matches {article!r} (give its id, URL, file path or part of its title)")
        parts.append(Q.term_set_query(schema, "article", sorted(ids)))
    return parts


def search(home: Path, query: str, *, speaker: str | None = None, since: str | None = None,
           until: str | None = None, outlet: str | None = None, article: str | None = None,
           limit: int = 10, sort: str = "relevance") -> Results:
    """The best `limit` quotes for a query and filters (the query may be empty when a filter is given).

    Ranked by relevance (BM25), or newest first with sort="date" or when
    there are no words to rank by (everything one person said).
    """
    import tantivy

    from quoteindex.index import SearchIndex, damage_reported

    if sort not in SORTS:
        raise QueryError(f"unknown sort {sort!r} (use {' or '.join(SORTS)})")
    if limit < 1:
        raise QueryError("--limit must be at least 1")
    qstring = normalize(query)
    tree = parse(qstring) if qstring else None
    index = SearchIndex(home)
    with Store(home) as store, damage_reported(index.path):
        ix = index.open()
        schema = ix.schema
        matched = _speakers(store, speaker) if speaker else {}
        filters = _filters(schema, store, sorted(matched), since, until, outlet, article)
        if tree is None and not filters:
            raise QueryError("give words to search for, or a filter such as --speaker")
        words = to_tantivy(tree, schema) if tree is not None else None
        if tree is not None and words is None:
            raise QueryError(f"nothing to search for in {query!r}")
        # filters narrow the matches without changing their scores
        parts = [(tantivy.Occur.Must, words)] if words is not None else []
        parts += [(tantivy.Occur.Must, tantivy.Query.const_score_query(f, 0.0)) for f in filters]
        q = parts[0][1] if len(parts) == 1 else tantivy.Query.boolean_query(parts)
        by_date = sort == "date" or words is None
        searcher = ix.searcher()
        # tantivy reserves room for `limit` hits up front: never more than the index holds
        found = searcher.search(q, min(limit, max(1, searcher.num_docs)), count=True, **({"order_by_field": "date"} if by_date else {}))
        addresses = [a for _, a in found.hits]
        ids = searcher.fast_field_values("id", addresses)
        rows = store.quote_rows(ids)
        highlighter = Highlighter(tree)
        results = Results(total=found.count, pending=len(store.unindexed()), speakers=matched)
        for (key, _), qid in zip(found.hits, ids):
            row = rows.get(qid)
            if row is None:  # deleted from SQLite since the index last caught up
                continue
            results.hits.append(Hit(row, None if by_date else float(key), highlighter.spans(row.text)))
        if not results.hits and tree is not None:
            results.suggestion = _did_you_mean(searcher, schema, qstring, filters)
    return results


def _did_you_mean(searcher: tantivy.Searcher, schema: tantivy.Schema, qstring: str,
                  filters: list[tantivy.Query]) -> str | None:
    """The query with each unknown word respelt as the nearest word quotes use, if that finds something.

    Words are corrected as typed (not stemmed) against the words of the
    quotes as written, so "goverment" becomes "government", not a stem;
    among equally near words the most used wins.
    """
    import tantivy
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    from quoteindex.index import text_analyzer, word_analyzer

    def fix(m: re.Match) -> str:
        word = m.group(0)
        if word in OPERATORS or any(searcher.doc_freq("text", t) for t in text_analyzer().analyze(word)):
            return word
        [w] = word_analyzer().analyze(word) or [word]
        vocabulary = dict(searcher.terms_with_prefix("words", w[0]))
        near = process.extract(w, list(vocabulary), scorer=Levenshtein.distance,
                               score_cutoff=1 if len(w) <= 4 else 2, limit=None)
        return min(near, key=lambda n: (n[1], -vocabulary[n[0]]), default=(word,))[0]

    changed = re.sub(r"(?<![\w:~^])[^\W\d_]{3,}(?![\w*?:~])", fix, qstring)
    if changed == qstring:
        return None
    try:
        q = to_tantivy(parse(changed), schema)
    except QueryError:  # a suggestion is a courtesy, never a reason to fail
        return None
    q = tantivy.Query.boolean_query([(tantivy.Occur.Must, p) for p in [q, *filters]])
    return changed if searcher.search(q, 1, count=False).hits else None
