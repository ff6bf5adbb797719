"""The query language: a query string parsed into a small tree, then into a tantivy query.

Syntax: words (all must match), "exact phrases", AND / OR / NOT (or a
leading minus: -word, -"phrase"), (grouping), wild* cards, fuzzy~ terms
(~2 for two edits), and fields speaker:, outlet:, title:. Curly quotation
marks work like straight ones. An operator with nothing to join and an
unknown field are refused rather than guessed at.

Parsing is our own rather than tantivy's: its parser joins words with OR
by default, has no per-word fuzzy or wildcard terms, and reports errors as
parser internals. The tree also says which words to highlight in a hit.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quoteindex.index import text_analyzer, word_analyzer

if TYPE_CHECKING:
    import tantivy

_CURLY = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
                        "‘": "'", "’": "'", "‚": "'", "‛": "'"})
FIELDS = ("text", "speaker", "outlet", "title")
OPERATORS = ("AND", "OR", "NOT")
MAX_EDITS = 2  # tantivy's fuzzy terms allow at most two edits
MAX_TOKENS = 200
# a word as the index splits text: a run of letters and digits
_INDEXED_WORD = re.compile(r"[^\W_]+")
# a field name is a word starting with a letter, so "10:30" is no field
_FIELD_NAME = re.compile(r"[^\W\d]\w*")
# ( ) a minus directly before a word, phrase or bracket, field:"phrase", or a bare word
_TOKEN = re.compile(r'\s*(?:(\()|(\))|(-)(?=[^\s)-])|(?:([^\W\d]\w*):)?"([^"]*)"|([^\s()"]+))')


class QueryError(Exception):
    """A query or filter that cannot be run; str() is a one-line message for the user."""


@dataclass(frozen=True)
class Words:
    """A word or an "exact phrase" as typed: all its words, in order, in one field."""

    field: str
    text: str


@dataclass(frozen=True)
class Wildcard(Words):
    """wild*card (the text): * stands for any letters, ? for one."""


@dataclass(frozen=True)
class Fuzzy(Words):
    """word~N: words within N edits (letters added, dropped, changed or swapped) of the word as typed."""

    edits: int


@dataclass(frozen=True, slots=True)
class Bool:
    """`all` of the items must match (AND, also between plain words), or `any` of them (OR)."""

    all: bool
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Not:
    item: Node


Node = Words | Bool | Not  # Words covers Wildcard and Fuzzy


def normalize(q: str) -> str:
    """Curly quotes as straight ones, so a query pasted from an article still parses phrases."""
    return q.translate(_CURLY).strip()


def _check_balanced(q: str) -> None:
    """Refuse unbalanced quotation marks and brackets: guessing where they end would
    search for something other than what was meant (an unclosed phrase becomes loose words)."""
    if q.count('"') % 2:
        raise QueryError(f"unclosed quotation mark in the query: {q}")
    depth = 0
    for c in re.sub(r'"[^"]*"', "", q):
        depth += (c == "(") - (c == ")")
        if depth < 0:
            raise QueryError(f"a ')' closes nothing in the query: {q}")
    if depth:
        raise QueryError(f"unclosed '(' in the query: {q}")


def _field(prefix: str, after: str) -> str | None:
    """The field `prefix:` names; None when the colon belongs to a word (a time "10:30", a link
    "https://...", "Velt:" before a space). An unknown name is refused rather than searched
    as words: "date:2031" would otherwise quietly find quotes holding "date" and "2031"."""
    name = prefix.lower()
    if name in FIELDS:
        return name
    if not _FIELD_NAME.fullmatch(prefix) or not after or after.startswith("/"):
        return None
    hint = "; for dates use --since and --until" if name == "date" else ""
    known = ", ".join(f"{f}:" for f in FIELDS[:-1]) + f" and {FIELDS[-1]}:"
    raise QueryError(f"{prefix}: is not a field (the fields are {known}){hint}")


def _leaf(word: str) -> Node:
    """One bare word of the query: field:word, word~N, wild*card or a plain word."""
    prefix, colon, rest = word.partition(":")
    field = _field(prefix, rest) if colon else None
    if field is None:
        field = "text"
    elif not rest:
        raise QueryError(f"{word} needs a word or a \"phrase\" right after it "
                         f"(for either of two, write {field}:one OR {field}:other)")
    else:
        word = rest
    fuzzy = re.fullmatch(r"(.+?)~(\d*)", word)
    if fuzzy:
        edits = int(fuzzy.group(2) or 1)
        if not 1 <= edits <= MAX_EDITS:
            raise QueryError(f"{word!r}: a fuzzy term allows 1 or 2 edits (word~ or word~2)")
        return Fuzzy(field, fuzzy.group(1), edits)
    if "*" in word or "?" in word:
        return Wildcard(field, word)
    return Words(field, word)


class _Parser:
    """Recursive descent over the tokens: OR binds loosest, then AND (or no operator), then NOT.

    An operator missing a side is refused: "ferry AND OR boat" dropping
    the AND would search for something the user did not ask for."""

    def __init__(self, q: str) -> None:
        self.query = q
        self.tokens: list[tuple[str, str]] = []  # (kind, value); kinds: ( ) op words leaf
        for m in _TOKEN.finditer(q):
            opened, closed, minus, prefix, phrase, bare = m.groups()
            if opened or closed:
                self.tokens.append((opened or closed, ""))
            elif minus:
                self.tokens.append(("op", minus))
            elif phrase is not None:
                field = (_field(prefix, f'"{phrase}"') if prefix else None) or "text"
                self.tokens.append(("words", f"{field}\x00{phrase}"))
            elif bare in OPERATORS:
                self.tokens.append(("op", bare))
            else:
                self.tokens.append(("leaf", bare))
        self.i = 0

    def _peek(self) -> tuple[str, str] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def _operand_next(self) -> bool:
        """Whether the next token can start something to search for."""
        t = self._peek()
        return t is not None and t[0] != ")" and t not in (("op", "AND"), ("op", "OR"))

    def _missing(self, where: str) -> QueryError:
        return QueryError(f"nothing {where} in the query: {self.query}")

    def any(self) -> Node | None:
        items = [self.all()]
        while self._peek() == ("op", "OR"):
            if items[-1] is None:
                raise self._missing("before OR")
            self.i += 1
            items.append(self.all())
            if items[-1] is None:
                raise self._missing("after OR")
        return _join(items, all_=False)

    def all(self) -> Node | None:
        items = []
        while (t := self._peek()) is not None and t[0] != ")" and t != ("op", "OR"):
            if t == ("op", "AND"):
                if not items:
                    raise self._missing("before AND")
                self.i += 1
                if not self._operand_next():
                    raise self._missing("after AND")
                continue
            items.append(self.unary())
        return _join(items, all_=True)

    def unary(self) -> Node:
        kind, value = self.tokens[self.i]  # all() calls this only where an operand starts
        self.i += 1
        if kind == "op":  # a negation
            if not self._operand_next():
                raise self._missing(f"after {value}")
            return Not(self.unary())
        if kind == "(":
            inner = self.any()
            if inner is None:
                raise self._missing("between ( and )")
            self.i += 1  # the ")" (brackets are balanced)
            return inner
        if kind == "words":
            field, text = value.split("\x00")
            return Words(field, text)
        return _leaf(value)


def _join(items: list[Node | None], all_: bool) -> Node | None:
    kept = tuple(i for i in items if i is not None)
    if len(kept) == 1 and not isinstance(kept[0], Not):
        return kept[0]
    return Bool(all_, kept) if kept else None


def parse(query: str) -> Node:
    """The tree of a query string, or QueryError with a one-line reason."""
    q = normalize(query)
    _check_balanced(q)
    parser = _Parser(q)
    if len(parser.tokens) > MAX_TOKENS:  # also keeps the recursive parse far from Python's stack limit
        raise QueryError(f"the query is too long: at most {MAX_TOKENS} words, operators and brackets")
    if not any(kind in ("words", "leaf") for kind, _ in parser.tokens):
        raise QueryError(f"nothing to search for in {query!r}")
    return parser.any()


def _wildcard_regex(pattern: str) -> str:
    """The regular expression a wildcard term stands for, over folded words ("Zür*" -> "zur.*")."""
    pieces = re.split(r"([*?])", pattern)
    regex = "".join(".*" if p == "*" else "." if p == "?" else re.escape("".join(word_analyzer().analyze(p)))
                    for p in pieces)
    if not regex.replace(".*", "").replace(".", ""):
        raise QueryError(f"{pattern!r}: a wildcard needs some letters")
    return regex


def _analyzer(field: str) -> tantivy.TextAnalyzer:
    """How a field's words were indexed: quotes and titles stemmed, names and outlets as written."""
    return text_analyzer() if field in ("text", "title") else word_analyzer()


def _as_typed(field: str) -> str:
    """The field holding a field's words as written (fuzzy and wildcard terms compare with those)."""
    return {"text": "words", "title": "title_words"}.get(field, field)


def to_tantivy(node: Node, schema: tantivy.Schema) -> tantivy.Query | None:
    """The tantivy query for a tree; None when no words are left (only punctuation)."""
    import tantivy

    Q = tantivy.Query
    if isinstance(node, Fuzzy):
        terms = word_analyzer().analyze(node.text)
        if len(terms) != 1:
            raise QueryError(f"{node.text}~: a fuzzy term is one word")
        return Q.fuzzy_term_query(schema, _as_typed(node.field), terms[0], distance=node.edits)
    if isinstance(node, Wildcard):
        try:
            return Q.regex_query(schema, _as_typed(node.field), _wildcard_regex(node.text))
        except ValueError:  # tantivy caps the size of the automaton a pattern compiles to
            raise QueryError(f"{node.text!r}: too many wildcards in one word") from None
    if isinstance(node, Words):
        terms = _analyzer(node.field).analyze(node.text)
        if len(terms) > 1:
            return Q.phrase_query(schema, node.field, terms)
        return Q.term_query(schema, node.field, terms[0]) if terms else None
    if isinstance(node, Not):
        return to_tantivy(Bool(True, (node,)), schema)
    parts = [(i, to_tantivy(i.item if isinstance(i, Not) else i, schema)) for i in node.items]
    parts = [(i, q) for i, q in parts if q is not None]
    if not node.all:
        return Q.boolean_query([(tantivy.Occur.Should, q) for _, q in parts]) if parts else None
    must = [(tantivy.Occur.MustNot if isinstance(i, Not) else tantivy.Occur.Must, q) for i, q in parts]
    if not any(o == tantivy.Occur.Must for o, _ in must):
        if not must:
            return None
        must.append((tantivy.Occur.Must, Q.all_query()))  # "NOT signed" alone: everything else
    return Q.boolean_query(must)


class Highlighter:
    """Which words of a hit's text the query matched: the words it searched the quote text for,
    in any form (stems), or as fuzzy and wildcard terms allow. Excluded (NOT) words are not shown."""

    def __init__(self, tree: Node | None) -> None:
        self.stems: set[str] = set()
        self.fuzzy: list[tuple[str, int]] = []
        self.patterns: list[re.Pattern] = []
        if tree is not None:
            self._collect(tree)

    def _collect(self, node: Node) -> None:
        if isinstance(node, Bool):
            for item in node.items:
                self._collect(item)
        elif isinstance(node, Not) or node.field != "text":
            return
        elif isinstance(node, Fuzzy):
            self.fuzzy.extend((t, node.edits) for t in word_analyzer().analyze(node.text))
        elif isinstance(node, Wildcard):
            self.patterns.append(re.compile(_wildcard_regex(node.text)))
        else:
            self.stems.update(text_analyzer().analyze(node.text))

    def spans(self, text: str) -> tuple[tuple[int, int], ...]:
        """Character spans of the matched words in `text`."""
        if not (self.stems or self.fuzzy or self.patterns):
            return ()
        spans = []
        for m in _INDEXED_WORD.finditer(text):
            [word] = word_analyzer().analyze(m.group()) or [""]
            if word and (text_analyzer().analyze(word)[0] in self.stems or self._near(word)
                         or any(p.fullmatch(word) for p in self.patterns)):
                spans.append(m.span())
        return tuple(spans)

    def _near(self, word: str) -> bool:
        """Whether `word` is within a fuzzy term's edits; rapidfuzz is loaded only
        for a query that has fuzzy terms, so a plain search starts faster."""
        if not self.fuzzy:
            return False
        from rapidfuzz.distance import OSA

        return any(OSA.distance(word, t, score_cutoff=n) <= n for t, n in self.fuzzy)
