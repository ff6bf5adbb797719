"""What quoteindex is measured against: spaCy's bare tokeniser, and SQLite FTS5.

The tokeniser rate is a ceiling: any spaCy-based extractor has to
tokenise every word, so end-to-end ingest cannot beat it on the same
cores. It is measured twice: as spaCy ships it, and as quoteindex sets it
up (without the special cases that slow datelined articles down; see
quoteindex.pipeline), which is the ceiling that really applies. FTS5 is what a user would reach for instead of a search tool: it
ships with Python. It gets the fairest setup we know (porter stemming and
unicode61 with diacritics removed, like quoteindex's analyser; B-tree
indexes for the speaker and date filters; bm25 ranking; `optimize` after
loading), and each query is put to it the way an application would.
"""
from __future__ import annotations

import multiprocessing as mp
import sqlite3
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from queries import Query

# ---------------------------------------------------------------- tokenisation ceiling

_nlp = None


def _load_tokenizer(as_quoteindex: bool) -> None:
    global _nlp
    import spacy

    from quoteindex.pipeline import load_pipeline

    _nlp = load_pipeline() if as_quoteindex else spacy.blank("en")


def _count_tokens(texts: Sequence[str]) -> int:
    return sum(len(doc) for doc in _nlp.tokenizer.pipe(texts, batch_size=256))


def tokenizer_rate(texts: Sequence[str], processes: int, as_quoteindex: bool = False) -> float:
    """Whitespace words per second that spaCy's blank-English tokeniser alone gets through.

    Texts are already in memory and only token counts come back from the
    workers: nothing but tokenisation (and handing texts to the workers) is
    timed.
    """
    words = sum(len(t.split()) for t in texts)
    if processes == 1:
        _load_tokenizer(as_quoteindex)
        t = time.perf_counter()
        _count_tokens(texts)
        return words / (time.perf_counter() - t)
    chunk = 200
    chunks = [texts[i:i + chunk] for i in range(0, len(texts), chunk)]
    with mp.get_context("fork").Pool(processes, initializer=_load_tokenizer,
                                     initargs=(as_quoteindex,)) as pool:
        pool.map(_count_tokens, [[texts[0]]] * processes)  # workers up before the clock starts
        t = time.perf_counter()
        pool.map(_count_tokens, chunks, chunksize=1)
        return words / (time.perf_counter() - t)


# ---------------------------------------------------------------- SQLite FTS5

TOKENIZE = "porter unicode61 remove_diacritics 2"
SCHEMA = f"""
CREATE TABLE quotes (id INTEGER PRIMARY KEY, text TEXT, speaker TEXT, date TEXT, outlet TEXT,
                     title TEXT, url TEXT);
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, content='quotes', content_rowid='id',
                                           tokenize='{TOKENIZE}');
"""
INDEXES = """
CREATE INDEX quotes_speaker ON quotes(speaker, date);
CREATE INDEX quotes_date ON quotes(date);
CREATE VIRTUAL TABLE temp.quotes_vocab USING fts5vocab(main, quotes_fts, row);
CREATE TABLE terms AS SELECT term FROM temp.quotes_vocab;
"""
COLUMNS = "q.text, q.speaker, q.date, q.outlet, q.title, q.url"


class Fts5:
    """A quote archive in one SQLite file with an FTS5 index over quote text and speaker."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.db = sqlite3.connect(self.path)

    @classmethod
    def build(cls, path: str | Path, records: Iterable[dict]) -> tuple[Fts5, float]:
        """Load `records` (dicts with text, speaker, date, outlet, title, url); returns (index, seconds)."""
        Path(path).unlink(missing_ok=True)
        self = cls(path)
        t = time.perf_counter()
        self.db.executescript(SCHEMA)
        with self.db:
            self.db.executemany(
                "INSERT INTO quotes(text, speaker, date, outlet, title, url) VALUES "
                "(:text, :speaker, :date, :outlet, :title, :url)", records)
            self.db.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')")
            self.db.executescript(INDEXES)
            self.db.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('optimize')")
        self.db.execute("ANALYZE")
        return self, time.perf_counter() - t

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM quotes").fetchone()[0]

    def _match(self, q: Query) -> str | None:
        """The FTS5 MATCH expression for the query's words (None when it has none)."""
        if not q.words:
            return None
        if q.fuzzy:
            return " AND ".join("(" + " OR ".join(f'"{t}"' for t in self._near_terms(w)) + ")"
                                for w in q.words.split())
        if q.words.startswith('"'):
            return q.words
        return " AND ".join(f'"{w}"' for w in q.words.split())

    def _near_terms(self, word: str) -> list[str]:
        """Index terms within edit distance `Query.FUZZY_DISTANCE` of `word` or of its stem.

        FTS5 has no fuzzy search, so an application expands the word
        against a table of the index's (stemmed) terms, saved at load time
        because fts5vocab recounts every posting list on each read.
        """
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        vocab = [r[0] for r in self.db.execute("SELECT term FROM terms")]
        found = set()
        for form in {word.lower(), self._stem(word)}:
            found.update(term for term, _, _ in process.extract(
                form, vocab, scorer=Levenshtein.distance, score_cutoff=Query.FUZZY_DISTANCE, limit=None))
        return sorted(found) or [word]

    def _stem(self, word: str) -> str:
        """The word as FTS5's own tokenizer stems it (a one-row scratch table and its vocabulary)."""
        self.db.executescript(f"""
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.stemmer USING fts5(w, tokenize='{TOKENIZE}');
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.stems USING fts5vocab(temp, stemmer, row);
            DELETE FROM temp.stemmer;""")
        self.db.execute("INSERT INTO temp.stemmer(w) VALUES (?)", (word,))
        row = self.db.execute("SELECT term FROM temp.stems").fetchone()
        return row[0] if row else word.lower()

    def _sql(self, q: Query, count: bool) -> tuple[str, list]:
        where, args = [], []
        match = self._match(q)
        if match:
            where.append("quotes_fts MATCH ?")
            args.append(match)
        if q.speaker:
            where.append("q.speaker = ?")
            args.append(q.speaker)
        if q.date_from:
            where.append("q.date >= ?")
            args.append(q.date_from)
        if q.date_to:
            where.append("q.date <= ?")
            args.append(q.date_to)
        source = "quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid" if match else "quotes q"
        if count:
            return f"SELECT count(*) FROM {source} WHERE {' AND '.join(where)}", args
        order = "quotes_fts.rank" if match else "q.date DESC"
        return f"SELECT {COLUMNS} FROM {source} WHERE {' AND '.join(where)} ORDER BY {order} LIMIT ?", \
            args + [q.limit]

    def search(self, q: Query) -> list[tuple]:
        """The query's best `q.limit` quotes, best first (bm25; newest first for filters alone)."""
        sql, args = self._sql(q, count=False)
        return self.db.execute(sql, args).fetchall()

    def hits(self, q: Query) -> int:
        """How many quotes match: a check that both engines answer the same question."""
        sql, args = self._sql(q, count=True)
        return self.db.execute(sql, args).fetchone()[0]

