"""Searching the quote index: query parsing, filters, ranking, highlights.

The path is kept lean because people run it interactively: open the
Whoosh index and SQLite, parse, search, fetch the hits' rows. Nothing here
imports spaCy.

Query syntax is Whoosh's: words (all must match), "exact phrases",
AND / OR / NOT, (grouping), wild* cards, fuzzy~ terms, and fields
speaker:, outlet:, title:. Curly quotation marks work like straight ones.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from quoteindex.store import QuoteRow, Store

if TYPE_CHECKING:
    from whoosh.analysis import Analyzer
    from whoosh.index import FileIndex
    from whoosh.qparser import FuzzyTermPlugin, QueryParser
    from whoosh.query import Query
    from whoosh.searching import Results as WhooshResults
    from whoosh.searching import Searcher

_CURLY = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
                        "‘": "'", "’": "'", "‚": "'", "‛": "'"})
SORTS = ("relevance", "date")


class QueryError(Exception):
    """A query or filter that cannot be run; str() is a one-line message for the user."""


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
    whether that count is exact, a respelt query when nothing matched, and how many
    articles are stored but not searchable yet (so an empty result is not misread)."""

    hits: list[Hit] = field(default_factory=list)
    total: int | None = 0  # matching quotes in all (hits holds at most `limit`); None: unknown, maybe more
    exact: bool = True  # False: total is an estimate
    suggestion: str | None = None  # "did you mean" when nothing matched
    pending: int = 0  # articles stored but not yet searchable (an add is running or was interrupted)


def normalize_query(q: str) -> str:
    """Curly quotes as straight ones, so a query pasted from an article still parses phrases."""
    return q.translate(_CURLY).strip()


def _check_balanced(q: str) -> None:
    """Refuse unbalanced quotation marks and brackets before Whoosh sees them: its
    parser would quietly drop them and search for something other than what was meant
    (an unclosed phrase becomes loose words)."""
    if q.count('"') % 2:
        raise QueryError(f"unclosed quotation mark in the query: {q}")
    depth = 0
    for c in re.sub(r'"[^"]*"', "", q):
        depth += (c == "(") - (c == ")")
        if depth < 0:
            raise QueryError(f"a ')' closes nothing in the query: {q}")
    if depth:
        raise QueryError(f"unclosed '(' in the query: {q}")


def parse_day(value: str, end: bool = False) -> str:
    """An ISO day from "2025", "2025-03" or any full date; `end` takes the last day of a year or month."""
    import calendar

    v = value.strip()
    try:
        if re.fullmatch(r"\d{4}", v):
            return f"{v}-12-31" if end else f"{v}-01-01"
        m = re.fullmatch(r"(\d{4})-(\d{1,2})", v)
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
            return date(y, mo, calendar.monthrange(y, mo)[1] if end else 1).isoformat()
        from dateutil import parser

        return parser.parse(v).date().isoformat()
    except (ValueError, OverflowError):
        raise QueryError(f"not a date: {value!r} (try 2025-03-14, 2025-03 or 2025)") from None


def _fuzzy_plugin() -> FuzzyTermPlugin:
    """`word~` matching words within N edits of the word as typed.

    Whoosh's own fuzzy term compares the typed word with stems ("timetabel"
    is 4 edits from the stem "timet"), so typos went unfound. Here the typed
    word is compared with the unstemmed words kept for spelling, and the
    stems of those words are searched.
    """
    from whoosh.qparser import FuzzyTermPlugin
    from whoosh.query import FuzzyTerm

    class WordFuzzyTerm(FuzzyTerm):
        def _btexts(self, ixreader):
            field = ixreader.schema[self.fieldname]
            seen = set()
            for word in ixreader.terms_within(field.spelling_fieldname(self.fieldname), self.text, self.maxdist,
                                              prefix=self.prefixlength):
                for tok in field.analyzer(word):
                    b = field.to_bytes(tok.text)
                    if b not in seen and (self.fieldname, b) in ixreader:
                        seen.add(b)
                        yield b

    class WordFuzzyNode(FuzzyTermPlugin.FuzzyTermNode):
        def query(self, parser):
            fieldname = self.fieldname or parser.fieldname
            field = parser.schema[fieldname] if fieldname in parser.schema else None
            words = [t.text for t in field.analyzer(self.text, no_morph=True)] if field is not None \
                and field.separate_spelling() else []
            if not words:
                return super().query(parser)
            return WordFuzzyTerm(fieldname, words[0], boost=self.boost, maxdist=self.maxdist,
                                 prefixlength=self.prefixlength)

    class WordFuzzyPlugin(FuzzyTermPlugin):
        FuzzyTermNode = WordFuzzyNode

    return WordFuzzyPlugin()


def parser(ix: FileIndex) -> QueryParser:
    """The query parser: quote text by default, AND between words, fuzzy terms with ~."""
    from whoosh.qparser import QueryParser

    p = QueryParser("text", ix.schema)
    p.add_plugin(_fuzzy_plugin())
    return p


def parse(ix: FileIndex, qstring: str) -> Query:
    """The Whoosh query for a (normalised, non-empty) query string, or QueryError.

    Whoosh's parser turns most malformed input into error nodes rather than
    raising; what it does raise for the rest (QueryParserError, ValueError
    from a number it could not read) becomes a one-line message. Anything
    else would be a bug, and is left to show itself.
    """
    from whoosh.qparser import QueryParserError
    from whoosh.query import NullQuery

    try:
        q = parser(ix).parse(qstring)
    except (QueryParserError, ValueError) as e:
        raise QueryError(f"cannot understand the query {qstring!r}: {e}") from None
    if q is NullQuery:
        raise QueryError(f"nothing to search for in {qstring!r} (only operators or very common words)")
    return q


def _names_query(field: str, value: str, ix: FileIndex) -> Query:
    """All the words of a name or outlet, in order, in one field."""
    from whoosh.query import Phrase, Term

    words = [t.text for t in ix.schema[field].analyzer(value)]
    if not words:
        raise QueryError(f"nothing to match in {value!r}")
    return Term(field, words[0]) if len(words) == 1 else Phrase(field, words)


def _filters(ix: FileIndex, store: Store, speaker: str | None, since: str | None, until: str | None,
             outlet: str | None, article: str | None) -> list[Query]:
    """The Whoosh filters for the command-line options (none without any).

    Speakers and articles are looked up in SQLite first, so `--speaker`
    accepts any alias or spelling of a name and an unknown one gets a "did
    you mean" instead of a silent empty result.
    """
    from whoosh.query import NumericRange, Or, Term

    from quoteindex.index import day_number

    parts = []
    if speaker:
        from quoteindex.identity import lookup, suggest

        ids = lookup(store.db, speaker)
        if not ids:
            near = suggest(store.db, speaker)
            raise QueryError(f"no speaker called {speaker!r}" + (f"; did you mean {near!r}?" if near else ""))
        parts.append(Or([Term("speaker_id", str(i)) for i in ids]))
    if since or until:
        lo = parse_day(since) if since else None
        hi = parse_day(until, end=True) if until else None
        if lo and hi and lo > hi:
            raise QueryError(f"--since {since} is after --until {until}")
        # a numeric field: a range is a handful of trie terms, not one posting list per day
        parts.append(NumericRange("date", day_number(lo) if lo else None, day_number(hi) if hi else None))
    if outlet:
        parts.append(_names_query("outlet", outlet, ix))
    if article:
        ids = store.find_articles(article)
        if not ids:
            raise QueryError(f"no article matches {article!r} (give its id, URL, file path or part of its title)")
        parts.append(Or([Term("article", str(i)) for i in ids]))
    return parts


def highlight_spans(text: str, terms: set[str], analyzer: Analyzer) -> tuple[tuple[int, int], ...]:
    """Character spans of the words in `text` that analyse to one of the matched terms."""
    if not terms:
        return ()
    return tuple((t.startchar, t.endchar) for t in analyzer(text, chars=True) if t.text in terms)


def search(home: Path, query: str, *, speaker: str | None = None, since: str | None = None,
           until: str | None = None, outlet: str | None = None, article: str | None = None,
           limit: int = 10, sort: str = "relevance") -> Results:
    """The best `limit` quotes for a query and filters (the query may be empty when a filter is given)."""
    from whoosh.query import And, Every

    from quoteindex.index import SearchIndex

    if sort not in SORTS:
        raise QueryError(f"unknown sort {sort!r} (use {' or '.join(SORTS)})")
    if limit < 1:
        raise QueryError("--limit must be at least 1")
    qstring = normalize_query(query)
    _check_balanced(qstring)
    with Store(home) as store:
        ix = SearchIndex(home).open()
        parts = _filters(ix, store, speaker, since, until, outlet, article)
        if not parts and not qstring:
            raise QueryError("give words to search for, or a filter such as --speaker")
        if qstring:
            q = parse(ix, qstring)
        elif speaker:
            # everything one person said: walk that speaker's documents, not every document
            q, parts = parts[0], parts[1:]
        else:
            q = Every()
        flt = And(parts) if len(parts) > 1 else (parts[0] if parts else None)
        results = Results(pending=len(store.unindexed()))
        with ix.searcher() as s:
            kwargs = {"sortedby": "date", "reverse": True} if sort == "date" else {}
            found = s.search(q, filter=flt, limit=limit, terms=True, **kwargs)
            results.total, results.exact = _count(found, filtered=flt is not None, limit=limit)
            ids = [int(h["id"]) for h in found]
            rows = store.quote_rows(ids)
            analyzer = ix.schema["text"].analyzer
            for h in found:
                row = rows.get(int(h["id"]))
                if row is None:  # deleted from SQLite since the index last caught up
                    continue
                terms = {t.decode("utf-8") if isinstance(t, bytes) else t
                         for f, t in (h.matched_terms() if found.has_matched_terms() else []) if f == "text"}
                score = float(h.score) if sort == "relevance" else None  # sorted hits carry the sort key
                results.hits.append(Hit(row, score, highlight_spans(row.text, terms, analyzer)))
            if not results.hits and qstring:
                results.suggestion = _did_you_mean(s, ix, qstring, flt)
    return results


def _count(found: WhooshResults, filtered: bool, limit: int) -> tuple[int | None, bool]:
    """(total, exact) for a search: how many quotes match in all, not just those shown.

    Counting every match of a common word is the slow part of a big search,
    so the count is estimated where that is cheap and honest. With terms=True,
    Whoosh counts matches before the filter, so a filtered count is only exact
    when everything matching fitted under the limit; beyond that it is only
    known that there may be more than shown (total None).
    """
    collected = found.scored_length()
    if collected < limit:  # every match was collected
        return collected, True
    if not filtered and found.has_exact_length():
        return len(found), True
    if found.estimated_length() <= collected:  # the estimate is an upper bound
        return collected, True
    return (None if filtered else found.estimated_length()), False


def _did_you_mean(searcher: Searcher, ix: FileIndex, qstring: str, flt: Query | None) -> str | None:
    """The query with each unknown word respelt as the nearest word quotes use, if that finds something.

    Words are corrected as typed (not stemmed) against the index's unstemmed
    spelling list, so "goverment" becomes "government", not a stem.
    """
    from rapidfuzz.distance import Levenshtein

    analyzer = ix.schema["text"].analyzer
    corrector = searcher.corrector("text")

    def fix(m: re.Match) -> str:
        word = m.group(0)
        if word in ("AND", "OR", "NOT", "TO") or any(searcher.doc_frequency("text", t.text)
                                                      for t in analyzer(word)):
            return word
        w = word.lower()
        found = corrector.suggest(w, limit=10, maxdist=1 if len(w) <= 4 else 2, prefix=1)
        # nearest first; among equals, Whoosh's order (more frequent words first)
        return min(found, key=lambda f: Levenshtein.distance(w, f), default=word)

    changed = re.sub(r"(?<![\w:~^])[^\W\d_]{3,}(?![\w*?:])", fix, qstring)
    if changed == qstring:
        return None
    try:
        if not searcher.search(parse(ix, changed), filter=flt, limit=1):
            return None
    except QueryError:  # a suggestion is a courtesy, never a reason to fail
        return None
    return changed
