"""Turning files into Article records: text plus publication metadata.

Supported: .txt/.md (with an optional front-matter header), .html/.htm
(main text and meta tags via trafilatura), .jsonl/.json (one article per
record with `text` and optional `title`, `date`, `outlet`, `url`, `id`).
A file's modification time is never taken as a publication date: copying
an archive would change it.

Each article gets a `key` (who it is across re-adds: its URL in the form
every link to the page shares (see quoteindex.urls), else its file path,
plus inside a JSON file the record's `id`, else its text) and a `digest` (what
it says: text and metadata), so re-adding can tell "unchanged" from "changed,
replace its quotes". A record with neither URL nor id is known by its text, not
its line: a record inserted above it leaves it unchanged, and an edit to its
text makes it another article.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from quoteindex.dates import DateError, period
from quoteindex.reading import DEFAULT_MAX_BYTES, InputError, decode, read_text
from quoteindex.urls import identity

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
JSON_SUFFIXES = (".jsonl", ".json")  # JSON Lines, or one object / an array of objects
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES

# front-matter keys people actually use, mapped to ours
_KEY_NAMES = {
    "title": "title", "headline": "title",
    "date": "date", "published": "date", "pubdate": "date", "published_at": "date", "publication_date": "date",
    "outlet": "outlet", "source": "outlet", "publication": "outlet", "publisher": "outlet", "site": "outlet",
    "sitename": "outlet",
    "url": "url", "link": "url",
}
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")


@dataclass(frozen=True, slots=True)
class Article:
    """One article ready for extraction; `text` is what quote offsets point into."""

    key: str
    source: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO 8601 as precise as written: "2024-03-01", "2024-03" or "2024"
    outlet: str | None = None
    url: str | None = None
    warnings: tuple[str, ...] = ()  # one line each, naming the source: metadata that was left out
    digest: str = field(init=False)

    def __post_init__(self) -> None:
        # the URL as an identity: the same text linked with a tracking parameter is unchanged
        h = hashlib.sha256()
        for part in (self.text, self.title, self.date, self.outlet, self.url and identity(self.url)):
            h.update((part or "").encode("utf-8", "surrogatepass"))
            h.update(b"\x00")
        object.__setattr__(self, "digest", h.hexdigest())

    @property
    def words(self) -> int:
        """Rough word count, for progress and throughput figures."""
        return self.text.count(" ") + 1


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file or record that was not ingested, and the one-line reason."""

    source: str
    reason: str

    @classmethod
    def from_error(cls, source: str, error: InputError) -> Skipped:
        """The Skipped for an InputError about `source`, without the message's own
        "source: " prefix (the report names the source once, not twice)."""
        message = str(error)
        return cls(source, message.removeprefix(f"{source}: "))


def normalize_date(value: str | None, source: str) -> tuple[str | None, str | None]:
    """The ISO period of a date in any common form (see quoteindex.dates), and a warning
    naming `source` and the value when it is no date with a year and so is left out:
    the article is worth adding anyway, but the user should know its date is missing."""
    if value is None:
        return None, None
    try:
        return period(value), None
    except DateError as e:
        return None, f"{source}: date {value!r} {e}; the article is stored without a date"


def _clean(value: object) -> str | None:
    """A metadata string with surrounding quotes and space removed, or None."""
    if value is None:
        return None
    s = str(value).strip()
    if len(s) >= 2 and s[0] == s[-1] and s[0] in "\"'":
        s = s[1:-1].strip()
    return s or None


def _key(place: str, url: str | None) -> str:
    """An article's identity: its URL when it has one, else where it was read from."""
    return identity(url) if url else place


def _make(key: str, source: str, text: str, meta: dict[str, object]) -> Article:
    """An Article from text and raw metadata; one place decides that a URL, when there is
    one, is the identity (the same story read from two files, or through two links, is
    one article) and how dates and strings are cleaned, whatever the file format."""
    if not text.strip():
        raise InputError(f"{source}: no article text")
    url = _clean(meta.get("url"))
    published, warning = normalize_date(_clean(meta.get("date")), source)
    return Article(key=_key(key, url), source=source, text=text, title=_clean(meta.get("title")),
                   date=published, outlet=_clean(meta.get("outlet")), url=url,
                   warnings=(warning,) if warning else ())


def front_matter(text: str) -> tuple[dict[str, object], str]:
    """Metadata from a `---`-delimited `key: value` header, and the text after it."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    meta: dict[str, object] = {}
    for line in m.group(1).split("\n"):
        f = _FIELD.match(line)
        if f and f.group(1).lower() in _KEY_NAMES:
            meta.setdefault(_KEY_NAMES[f.group(1).lower()], f.group(2))
    return meta, text[m.end():]


def _headline(text: str, markdown: bool) -> str | None:
    """The first line when it reads like a headline (short, no closing full stop)."""
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if markdown and line.startswith("#"):
            return line.lstrip("#").strip() or None
        if len(line) <= 160 and line[-1] not in ".:;,”\"»" and not line.startswith(("“", '"', "«")):
            return line
        return None
    return None


def load_text(path: str, text: str) -> Article:
    """A .txt or .md article: optional front matter, else the headline as title."""
    meta, body = front_matter(text)
    if "title" not in meta:
        meta["title"] = _headline(body, path.lower().endswith((".md", ".markdown")))
    return _make(os.path.abspath(path), path, body, meta)


def load_html(path: str, html: str) -> Article:
    """The main text of a web page and its meta tags (title, date, site name, canonical URL)."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    if doc is None or not (doc.text or "").strip():
        raise InputError(f"{path}: no article text found in the HTML")
    meta = {"title": doc.title, "date": doc.date, "outlet": doc.sitename, "url": doc.url}
    return _make(os.path.abspath(path), path, doc.text, meta)


def load_record(path: str, number: int, record: object) -> Article:
    """One JSON record; `number` (1-based) tells records of one file apart."""
    source = f"{path}#{number}"
    if not isinstance(record, dict):
        raise InputError(f"{source}: not a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(f"{source}: no \"text\" string")
    meta = {k: record.get(k) for k in ("title", "date", "outlet", "url")}
    return _make(_record_place(path, record), source, text.replace("\r\n", "\n"), meta)


def _record_place(path: str, record: dict) -> str:
    """A JSON record's key when it has no URL: the file and the record's `id`, else a hash
    of its text. Not its number: a record inserted above would move every later one onto
    another's key, each replacing the next, and cost them their quotes."""
    rid = record.get("id")
    if rid in (None, ""):
        text = str(record.get("text", "")).replace("\r\n", "\n")
        rid = "text-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{os.path.abspath(path)}#{rid}"


def superseded(path: str, items: Iterable[tuple[int, object] | Skipped]) -> set[int]:
    """Numbers of the records of one file that a later record gives again (the same URL or
    id, or for a record with neither, the same text): an export appended to as a story is
    updated holds its newest version last, which is the one to keep, and keeping one makes a
    re-add of the file find it unchanged.
    Keys wait in a temporary database on disk, so a huge archive does not fill memory."""
    seen = sqlite3.connect("")  # "": a private temporary database, deleted on close
    seen.execute("CREATE TABLE last (key TEXT PRIMARY KEY, number INTEGER NOT NULL)")
    out: set[int] = set()
    for item in items:
        if isinstance(item, Skipped) or not isinstance(item[1], dict) or not isinstance(item[1].get("text"), str):
            continue  # refused, and said so, when the records are read
        number, record = item
        key = _key(_record_place(path, record), _clean(record.get("url")))
        row = seen.execute("SELECT number FROM last WHERE key = ?", (key,)).fetchone()
        if row:
            out.add(row[0])
        seen.execute("INSERT OR REPLACE INTO last VALUES (?, ?)", (key, number))
    seen.close()
    return out


def latest_records(path: str, items: list[tuple[int, object] | Skipped]) -> list[tuple[int, object] | Skipped]:
    """The records of one file held in memory, without those a later record supersedes."""
    old = superseded(path, items)
    return [it for it in items if isinstance(it, Skipped) or it[0] not in old]


def read_jsonl_lines(path: str) -> Iterator[tuple[int, str] | Skipped]:
    """(line number, line) of a .jsonl file, streamed: a JSON Lines archive may be far
    larger than one article, so it is never read whole and has no size limit."""
    try:
        f = open(path, "rb")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None
    with f:
        for n, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                yield n, decode(raw, f"{path}#{n}")
            except InputError as e:
                yield Skipped.from_error(f"{path}#{n}", e)


def parse_lines(path: str, lines: Iterable[tuple[int, str] | Skipped]) -> Iterator[tuple[int, object] | Skipped]:
    """(record number, record) for each JSON line, a Skipped for each unparsable one."""
    for item in lines:
        if isinstance(item, Skipped):
            yield item
            continue
        n, line = item
        try:
            yield n, json.loads(line)
        except json.JSONDecodeError as e:
            yield Skipped(f"{path}#{n}", f"invalid JSON ({e.msg} at column {e.colno})")


def json_records(path: str, text: str) -> list[tuple[int, object]]:
    """(record number, record) of a .json file holding one article object or an array of them."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(f"{path}: invalid JSON ({e.msg} at line {e.lineno})") from None
    return list(enumerate(data if isinstance(data, list) else [data], 1))


# the first bytes of document formats that hold text only a converter can get at
_DOCUMENTS = {b"%PDF-": "a PDF document", b"PK\x03\x04": "a zipped document (Word, OpenDocument, ...)",
              b"\xd0\xcf\x11\xe0": "an old Word or Excel document", b"{\\rtf": "an RTF document"}


def check_type(path: str) -> str:
    """How a file is read, by its suffix (lower case): as its type when articles come in it, as
    text when a file named on the command line has another name ("story", "notes.text",
    /dev/stdin). A PDF or a word-processor file is refused (InputError): read as text it would
    yield garbage, or nothing, without a word."""
    suffix = os.path.splitext(path)[1].lower()
    if not os.path.exists(path):
        raise InputError(f"{path}: no such file")
    if os.path.isfile(path):  # a pipe cannot be read twice
        with open(path, "rb") as f:
            head = f.read(8)
        kind = next((what for magic, what in _DOCUMENTS.items() if head.startswith(magic)), None)
        if kind is not None:
            raise InputError(f"{path}: {kind}, not text; save it as text or HTML, or paste its text into a .txt file")
    return suffix if suffix in SUFFIXES else ".txt"


def load_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article | Skipped]:
    """Every article in one file, and a Skipped for each bad record; InputError for a bad file."""
    suffix = check_type(path)
    if suffix == ".jsonl":
        return list(load_records(path, latest_records(path, list(parse_lines(path, read_jsonl_lines(path))))))
    text = read_text(path, max_bytes)
    if suffix in TEXT_SUFFIXES:
        return [load_text(path, text)]
    if suffix in HTML_SUFFIXES:
        return [load_html(path, text)]
    return list(load_records(path, latest_records(path, json_records(path, text))))


def load_records(path: str, items: Iterable[tuple[int, object] | Skipped]) -> Iterator[Article | Skipped]:
    """Articles from JSON records, a Skipped for each bad one."""
    for item in items:
        if isinstance(item, Skipped):
            yield item
            continue
        try:
            yield load_record(path, *item)
        except InputError as e:
            yield Skipped.from_error(f"{path}#{item[0]}", e)


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the paragraph(s) holding text[start:end]: news text puts one paragraph a line."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return a, len(text) if b < 0 else b
