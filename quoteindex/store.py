"""The SQLite database: the durable source of truth of a quote index.

Articles (text and metadata), quotes (with offsets into the article text),
speakers (with aliases and roles) and the user's corrections live here; the
search index is derived from these tables and can be rebuilt from
them at any time. WAL mode lets searches read while an `add` writes, and
each batch of articles is one transaction, so a crash loses at most the
batch in flight and never leaves half an article behind.

The tables are meant to be read by people with any SQLite tool; see
SCHEMA below.
"""
from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from quoteindex.articles import Article
from quoteindex.paths import db_path
from quoteindex.records import Quote
from quoteindex.urls import identity

SCHEMA_VERSION = "1"

SCHEMA = """
-- one row per article; `key` is its identity across re-adds (cleaned URL, else file path)
CREATE TABLE IF NOT EXISTS articles (
    id      INTEGER PRIMARY KEY,
    key     TEXT NOT NULL UNIQUE,
    source  TEXT NOT NULL,          -- the file (and #record) it was read from
    title   TEXT,
    date    TEXT,                   -- publication date, ISO 8601 as precise as given (YYYY-MM-DD, YYYY-MM, YYYY)
    outlet  TEXT,
    url     TEXT,
    digest  TEXT NOT NULL,          -- SHA-256 of text and metadata: unchanged articles are skipped
    text    TEXT NOT NULL,          -- the text quote offsets point into
    added   TEXT NOT NULL           -- when it was (last) ingested, UTC
);
CREATE INDEX IF NOT EXISTS articles_digest ON articles(digest);

-- one row per person or organisation across the whole archive
CREATE TABLE IF NOT EXISTS speakers (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,          -- the name shown
    kind    TEXT NOT NULL DEFAULT 'person',
    surname TEXT,                   -- folded surname (+ "|jr" etc.), for matching across articles
    locked  INTEGER NOT NULL DEFAULT 0   -- 1 once the user corrected it: name kept, never removed
);
CREATE INDEX IF NOT EXISTS speakers_surname ON speakers(surname);

-- every form of a speaker's name seen in articles or given by the user
CREATE TABLE IF NOT EXISTS aliases (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    alias   TEXT NOT NULL,          -- as written
    key     TEXT NOT NULL,          -- folded: lower case, no accents or punctuation
    seen    INTEGER NOT NULL DEFAULT 0,   -- articles that used this form
    by_user INTEGER NOT NULL DEFAULT 0,   -- 1: a correction says this form is this speaker
    PRIMARY KEY (speaker_id, key)
);
CREATE INDEX IF NOT EXISTS aliases_key ON aliases(key);

-- name forms a split took from a speaker: its quotes under them are another speaker's
CREATE TABLE IF NOT EXISTS split_forms (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,   -- the speaker split
    key        TEXT NOT NULL,       -- folded name form, as in aliases
    to_speaker INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,   -- whose quotes they are
    PRIMARY KEY (speaker_id, key)
);

CREATE TABLE IF NOT EXISTS roles (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    role    TEXT NOT NULL,          -- "President", "special envoy", ...
    PRIMARY KEY (speaker_id, role)
);

-- one row per quotation; offsets are character positions in articles.text
CREATE TABLE IF NOT EXISTS quotes (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    speaker_id    INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
    speaker_name  TEXT,             -- the speaker's name in this article
    text          TEXT NOT NULL,
    start_char    INTEGER NOT NULL,
    end_char      INTEGER NOT NULL,
    mention       TEXT,             -- the words naming the speaker next to the quote
    mention_start INTEGER,
    mention_end   INTEGER,
    cue           TEXT,             -- the reporting verb ("said")
    partial       INTEGER NOT NULL DEFAULT 0,
    method        TEXT              -- how the speaker was found: cue, colon, dash, same sentence, continuation
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_id);

-- the user's speaker corrections, newest last (the durable rules live in aliases/speakers)
CREATE TABLE IF NOT EXISTS corrections (
    id      INTEGER PRIMARY KEY,
    made    TEXT NOT NULL,
    action  TEXT NOT NULL,          -- merge, rename, split
    detail  TEXT NOT NULL
);

-- articles whose quotes the search index may not reflect yet (cleared after each index commit)
CREATE TABLE IF NOT EXISTS unindexed (
    article_id INTEGER PRIMARY KEY
);

-- files found holding a stored article's text and metadata word for word beside it (a copy,
-- kept once): should the article's own file change, the copy keeps the article as it was
CREATE TABLE IF NOT EXISTS copies (
    key        TEXT PRIMARY KEY,    -- the copy's key, as articles.key
    source     TEXT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT
);
"""


def row_id(ref: str) -> int | None:
    """The id a user typed ("12", "#12"), or None when it is no number SQLite can hold."""
    digits = ref.strip().lstrip("#")
    return int(digits) if digits.isdigit() and int(digits) < 2 ** 63 else None


class StoreMissing(Exception):
    """No database at the index location yet; str() says how to create one."""


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """A quote joined with its article and speaker, as search and show need it."""

    id: int
    text: str
    speaker: str | None
    speaker_id: int | None
    mention: str | None
    cue: str | None
    method: str | None
    partial: bool
    start: int
    end: int
    article_id: int
    title: str | None
    date: str | None
    outlet: str | None
    url: str | None
    source: str


@dataclass(frozen=True, slots=True)
class SpeakerRow:
    """One archive speaker as `quoteindex speakers` lists it."""

    id: int
    name: str
    kind: str
    corrected: bool
    quotes: int
    roles: tuple[str, ...]
    aliases: tuple[str, ...]


_QUOTE_ROW_SQL = """
SELECT q.id, q.text, coalesce(s.name, q.speaker_name), q.speaker_id, q.mention, q.cue, q.method, q.partial,
       q.start_char, q.end_char, a.id, a.title, a.date, a.outlet, a.url, a.source
FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id
"""


def _file_there(name: str) -> bool:
    """Whether an article's key or source names a file that exists (a JSON record's
    "feed.jsonl#3" names feed.jsonl; a URL names none)."""
    return any(os.path.isfile(p) for p in (name, name.rpartition("#")[0]) if p)


def now() -> str:
    """The current UTC time, to the second, ISO 8601."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class Store:
    """A connection to one index's database.

    Writers use `transaction()`; everything else only reads. Opening for
    reading never creates the database (`StoreMissing` instead), so a typo
    in `--index` does not leave an empty index behind.
    """

    def __init__(self, home: Path, create: bool = False) -> None:
        self.home = home
        path = db_path(home)
        if not create and not path.exists():
            raise StoreMissing(f"no quote index at {home} yet: add articles with `quoteindex add PATH`")
        if create:
            home.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("PRAGMA busy_timeout = 30000")
        if create:
            self.db.execute("PRAGMA journal_mode = WAL")
            # in WAL mode, NORMAL keeps every committed transaction through a process crash (even
            # SIGKILL) and never corrupts; only a power cut can roll back the last few commits
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.upgrade()
            # which file first gave each article key while this connection writes (one add); on
            # disk, not in a dict, so an add of a million articles stays flat in memory
            self.db.execute("CREATE TEMP TABLE given (key TEXT PRIMARY KEY, source TEXT NOT NULL)")

    def upgrade(self) -> None:
        """Bring a database written by an earlier version up to this one: its missing tables
        made, keys in the form this version computes, rules its corrections imply recorded.
        A writer calls it (an add on opening, a reindex or correction under its lock); each
        step runs once."""
        self.db.executescript(SCHEMA)
        self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
        self._clean_url_keys()
        self._refold_names()
        self._split_forms_from_log()

    def _split_forms_from_log(self) -> None:
        """Once per database: the rules of splits an earlier version made, which it kept only
        in the log ("#1 Ada Roux: Roux -> #7 Ben Roux"), so that re-adding an article still
        gives the split-off person their quotes. A speaker merged away since is left out."""
        if self.db.execute("SELECT 1 FROM meta WHERE key = 'split_forms'").fetchone():
            return
        from quoteindex.identity import fold

        rules = []
        for (detail,) in self.db.execute("SELECT detail FROM corrections WHERE action = 'split'"):
            m = re.match(r"#(\d+) .*?: (.*) -> #(\d+) ", detail)
            if m:
                rules += [(int(m[1]), fold(form), int(m[3])) for form in m[2].split(", ")]
        with self.transaction():
            self.db.executemany("INSERT OR IGNORE INTO split_forms SELECT ?, ?, ? WHERE "
                                "(SELECT count(*) FROM speakers WHERE id IN (?, ?)) = 2",
                                [(a, key, b, a, b) for a, key, b in rules])
            self.db.execute("INSERT INTO meta VALUES ('split_forms', 'recorded')")

    def _refold_names(self) -> None:
        """Once per database: name keys folded before letters such as ø, ł and æ were
        ("søren østergard") take the form lookups now compute ("soren ostergard"), so the
        speaker is found under either spelling. A key the same speaker already has stays."""
        if self.db.execute("SELECT 1 FROM meta WHERE key = 'name_keys'").fetchone():
            return
        from quoteindex.identity import fold, parse_name

        aliases = [(sid, key, fold(alias)) for sid, alias, key in
                   self.db.execute("SELECT speaker_id, alias, key FROM aliases") if fold(alias) != key]
        people = [(sid, parse_name(name).key, surname) for sid, name, surname in
                  self.db.execute("SELECT id, name, surname FROM speakers WHERE surname IS NOT NULL")]
        with self.transaction():
            self.db.executemany("UPDATE OR IGNORE aliases SET key = ? WHERE speaker_id = ? AND key = ?",
                                [(new, sid, key) for sid, key, new in aliases])
            self.db.executemany("UPDATE speakers SET surname = ? WHERE id = ?",
                                [(new, sid) for sid, new, old in people if new != old])
            self.db.execute("INSERT INTO meta VALUES ('name_keys', 'folded')")

    def _clean_url_keys(self) -> None:
        """Once per database: articles stored under a URL as given ("https://x.example/a/") take
        the cleaned key and digest a re-add now computes, so re-adding them finds them unchanged
        instead of storing them again. An article whose cleaned key another already holds stays."""
        if self.db.execute("SELECT 1 FROM meta WHERE key = 'url_keys'").fetchone():
            return
        stale = [(aid, url) for aid, key, url in self.db.execute("SELECT id, key, url FROM articles WHERE url IS NOT NULL")
                 if identity(url) != key]
        with self.transaction():
            for aid, url in stale:
                source, text, title, date, outlet = self.db.execute(
                    "SELECT source, text, title, date, outlet FROM articles WHERE id = ?", (aid,)).fetchone()
                a = Article(identity(url), source, text, title, date, outlet, url)
                self.db.execute("UPDATE OR IGNORE articles SET key = ?, digest = ? WHERE id = ?", (a.key, a.digest, aid))
            self.db.execute("INSERT INTO meta VALUES ('url_keys', 'cleaned')")

    def close(self) -> None:
        """Close the connection (an open transaction is rolled back, never half-kept)."""
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # -- articles -----------------------------------------------------------------

    def is_stored(self, a: Article) -> bool:
        """Whether this article is stored as it is now: same key and content, or the same
        content under another key (a copy of a file, or a record repeated in an archive)."""
        row = self.db.execute("SELECT digest FROM articles WHERE key = ?", (a.key,)).fetchone()
        if row is not None:
            return row[0] == a.digest
        return self.db.execute("SELECT 1 FROM articles WHERE digest = ? LIMIT 1", (a.digest,)).fetchone() is not None

    def first_source(self, a: Article) -> str:
        """The source that first gave `a`'s key to this writer, `a`'s own if none did: of two
        files with one URL, the first is kept, rather than each replacing the other in turn."""
        self.db.execute("INSERT OR IGNORE INTO given VALUES (?, ?)", (a.key, a.source))
        return self.db.execute("SELECT source FROM given WHERE key = ?", (a.key,)).fetchone()[0]

    def put_article(self, a: Article) -> tuple[int, bool]:
        """Insert or replace an article (its old quotes deleted); (id, whether it replaced one).
        An article a copy holds as it was is handed to the copy, and the new version added."""
        self.db.execute("DELETE FROM copies WHERE key = ?", (a.key,))  # no copy now: its own article
        row = self.db.execute("SELECT id FROM articles WHERE key = ?", (a.key,)).fetchone()
        copy = row and self.db.execute("SELECT key, source FROM copies WHERE article_id = ? "
                                       "ORDER BY rowid LIMIT 1", (row[0],)).fetchone()
        if copy:
            self.db.execute("DELETE FROM copies WHERE key = ?", (copy[0],))
            self.db.execute("UPDATE articles SET key = ?, source = ? WHERE id = ?", (*copy, row[0]))
            row = None
        values = (a.source, a.title, a.date, a.outlet, a.url, a.digest, a.text, now())
        if row is None:
            cur = self.db.execute("INSERT INTO articles (source, title, date, outlet, url, digest, text, added, key) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (*values, a.key))
            return cur.lastrowid, False
        self.db.execute("DELETE FROM quotes WHERE article_id = ?", (row[0],))
        self.db.execute("UPDATE articles SET source=?, title=?, date=?, outlet=?, url=?, digest=?, text=?, added=? "
                        "WHERE id = ?", (*values, row[0]))
        return row[0], True

    def relocate(self, a: Article) -> None:
        """Follow a file renamed or moved with its text unchanged: the stored article `a` is
        (by its URL, or by its digest under its old path) takes `a`'s path, once the file it
        was read from is gone. A copy, beside a first file still there, is noted as one. A
        JSON record known by its id or text follows its new place in its file ("feed.jsonl#3")."""
        row = self.db.execute("SELECT id, key, source FROM articles WHERE key = ?", (a.key,)).fetchone()
        if row is not None and a.url is None and row[2] != a.source and "#" in a.key:
            self.db.execute("UPDATE articles SET source = ? WHERE id = ?", (a.source, row[0]))
            return
        if row is None and a.url is None:
            row = self.db.execute("SELECT id, key, source FROM articles WHERE digest = ? AND url IS NULL "
                                  "ORDER BY id LIMIT 1", (a.digest,)).fetchone()
        if row is None or row[2] == a.source:
            return
        if _file_there(row[1]) or _file_there(row[2]):
            if row[1] != a.key:
                self.db.execute("INSERT OR IGNORE INTO copies VALUES (?, ?, ?)", (a.key, a.source, row[0]))
            return
        self.db.execute("UPDATE articles SET key = ?, source = ? WHERE id = ?", (a.key, a.source, row[0]))

    def remove_articles(self, article_ids: Sequence[int]) -> tuple[int, int]:
        """Delete articles with their quotes, and the speakers left without a quote; the search
        index learns of it from its to-do list. Returns (quotes, speakers) removed."""
        marks = ",".join("?" * len(article_ids))
        with self.transaction():
            quotes = self.db.execute(f"SELECT count(*) FROM quotes WHERE article_id IN ({marks})",
                                     article_ids).fetchone()[0]
            self.db.execute(f"DELETE FROM articles WHERE id IN ({marks})", article_ids)  # quotes cascade
            self.mark_unindexed(article_ids)
            return quotes, self.drop_orphan_speakers()

    def article(self, article_id: int) -> sqlite3.Row | None:
        """One article's row (all columns, by name)."""
        cur = self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,))
        cur.row_factory = sqlite3.Row
        return cur.fetchone()

    def find_articles(self, ref: str) -> list[int]:
        """Article ids for a user's reference: an id, a URL/key, or a file path or title fragment.
        A fragment needs three letters or digits: "." or " " would name every article."""
        ref = ref.strip()
        if not ref:
            return []
        if (aid := row_id(ref)) is not None and \
                self.db.execute("SELECT 1 FROM articles WHERE id = ?", (aid,)).fetchone():
            return [aid]
        # a file is known by its path however it was named, relative or absolute, when added;
        # a web page by any link to it
        paths = (ref, os.path.abspath(ref), os.path.relpath(ref))
        rows = self.db.execute(
            "SELECT id FROM articles WHERE key IN (?, ?, ?, ?) OR url = ? OR source IN (?, ?, ?)",
            (identity(ref), *paths, ref, *paths)).fetchall()
        if not rows and sum(c.isalnum() for c in ref) >= 3:
            like = f"%{ref}%"
            rows = self.db.execute("SELECT id FROM articles WHERE source LIKE ? OR title LIKE ?", (like, like)).fetchall()
        return [r[0] for r in rows]

    # -- quotes ---------------------------------------------------------------------

    def add_quotes(self, article_id: int, quotes: Iterable[Quote], speaker_ids: Iterable[int | None]) -> None:
        """Bulk insert an article's quotes; speaker_ids run parallel to quotes."""
        self.db.executemany(
            "INSERT INTO quotes (article_id, speaker_id, speaker_name, text, start_char, end_char, mention, "
            "mention_start, mention_end, cue, partial, method) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ((article_id, sid, q.speaker, q.text, q.start, q.end, q.mention, q.mention_start, q.mention_end,
              q.cue, int(q.partial), q.method) for q, sid in zip(quotes, speaker_ids, strict=True)))

    def quote_rows(self, ids: Sequence[int]) -> dict[int, QuoteRow]:
        """Quotes by id, joined with article and speaker; ids no longer stored are absent."""
        out: dict[int, QuoteRow] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            sql = _QUOTE_ROW_SQL + f"WHERE q.id IN ({','.join('?' * len(chunk))})"
            for r in self.db.execute(sql, chunk):
                out[r[0]] = QuoteRow(*r[:7], bool(r[7]), *r[8:])
        return out

    def index_docs(self, article_ids: Sequence[int] | None = None) -> Iterator[dict]:
        """What the search index holds for each quote, of some articles or (None) all of them."""
        sql = ("SELECT q.id, q.article_id, q.speaker_id, coalesce(s.name, q.speaker_name), q.text, a.date, a.outlet, "
               "a.title FROM quotes q JOIN articles a ON a.id = q.article_id "
               "LEFT JOIN speakers s ON s.id = q.speaker_id")
        names = "SELECT speaker_id, group_concat(alias, ' ; ') FROM aliases {} GROUP BY speaker_id"
        if article_ids is None:
            batches: list[tuple[str, Sequence[int]]] = [("", ())]
        else:
            batches = [(f" WHERE q.article_id IN ({','.join('?' * len(c))})", c)
                       for c in (article_ids[i:i + 500] for i in range(0, len(article_ids), 500))]
        for where, params in batches:
            # only the aliases of the speakers in this batch: an add must not re-read the whole table
            own = f"WHERE speaker_id IN (SELECT q.speaker_id FROM quotes q{where})" if where else ""
            aliases = dict(self.db.execute(names.format(own), params))
            for qid, aid, sid, name, text, date, outlet, title in self.db.execute(sql + where, params):
                yield {"id": qid, "article": aid, "speaker_id": sid,
                       "speaker": " ; ".join(filter(None, (name, aliases.get(sid)))),
                       "text": text, "date": date or "", "outlet": outlet or "", "title": title or ""}

    # -- speakers ----------------------------------------------------------------------

    def speaker_name(self, speaker_id: int) -> str | None:
        """The name a speaker is shown under, for messages; None if there is no such speaker."""
        row = self.db.execute("SELECT name FROM speakers WHERE id = ?", (speaker_id,)).fetchone()
        return row[0] if row else None

    def speakers(self) -> list[SpeakerRow]:
        """Speakers with quote counts, roles and other name forms, most quoted first."""
        sql = """
            SELECT s.id, s.name, s.kind, s.locked,
                   (SELECT count(*) FROM quotes q WHERE q.speaker_id = s.id) AS n,
                   (SELECT group_concat(role, '\x1f') FROM roles r WHERE r.speaker_id = s.id),
                   (SELECT group_concat(alias, '\x1f') FROM (SELECT alias FROM aliases a
                     WHERE a.speaker_id = s.id AND a.alias != s.name ORDER BY a.seen DESC, a.alias))
            FROM speakers s ORDER BY n DESC, s.name"""
        return [SpeakerRow(i, name, kind, bool(locked), n, tuple(sorted(roles.split("\x1f"))) if roles else (),
                           tuple(aliases.split("\x1f")) if aliases else ())
                for i, name, kind, locked, n, roles, aliases in self.db.execute(sql)]

    def drop_orphan_speakers(self) -> int:
        """Remove speakers no quote refers to any more, unless the user corrected them (a split
        speaker too: its split rules must still apply when its articles come back)."""
        cur = self.db.execute("DELETE FROM speakers WHERE locked = 0 AND NOT EXISTS "
                              "(SELECT 1 FROM quotes q WHERE q.speaker_id = speakers.id) AND NOT EXISTS "
                              "(SELECT 1 FROM split_forms f WHERE f.speaker_id = speakers.id)")
        return cur.rowcount

    # -- the search index's to-do list ----------------------------------------------------

    def mark_unindexed(self, article_ids: Iterable[int]) -> None:
        """Put articles on the search index's to-do list; call it in the transaction that
        wrote them, so a crash can never leave stored quotes the index does not know of."""
        self.db.executemany("INSERT OR IGNORE INTO unindexed VALUES (?)", ((a,) for a in article_ids))

    def unindexed(self) -> list[int]:
        """Articles stored but not (or not surely) in the search index yet."""
        return [r[0] for r in self.db.execute("SELECT article_id FROM unindexed ORDER BY article_id")]

    def clear_unindexed(self, article_ids: Sequence[int] | None = None) -> None:
        """Forget articles the search index now reflects (None: all of them)."""
        with self.transaction():
            if article_ids is None:
                self.db.execute("DELETE FROM unindexed")
            else:
                self.db.executemany("DELETE FROM unindexed WHERE article_id = ?", ((a,) for a in article_ids))

    def counts(self) -> dict[str, int]:
        """How many articles, quotes and speakers the index holds."""
        q = "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM quotes), (SELECT count(*) FROM speakers)"
        a, n, s = self.db.execute(q).fetchone()
        return {"articles": a, "quotes": n, "speakers": s}

    def log_correction(self, action: str, detail: str) -> None:
        """Record a speaker correction, so a user can see later why the archive says what it says."""
        self.db.execute("INSERT INTO corrections (made, action, detail) VALUES (?, ?, ?)", (now(), action, detail))
