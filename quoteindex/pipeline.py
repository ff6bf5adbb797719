"""The extraction engine as a spaCy pipeline, and the library API around it.

`quoteindex_quotes` is a spaCy component registered by name: it reads a
Doc and stores an `Extraction` in `doc._.quotes`. The default pipeline is
spaCy's blank English tokenizer plus that component; with `--model NAME`
an installed trained pipeline runs first, and its PERSON and ORG entities
add names the shape rules miss and settle whether a name is a person.
"""
from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Iterable, Iterator
from functools import cache
from weakref import WeakKeyDictionary

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from quoteindex.articles import HTML_SUFFIXES, JSON_SUFFIXES, SUFFIXES, Article, load_file
from quoteindex.attribution import Attributor
from quoteindex.marks import as_double_marked, find_quote_spans, paragraphs
from quoteindex.names import Name, drop_headline_names, find_names, join_nicknames, read_name
from quoteindex.reading import DEFAULT_MAX_BYTES, InputError, expand_paths, read_text
from quoteindex.records import Extraction, Quote

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)

_SINGLE_MARKED = re.compile(r"‘[^‘’\n]{1,30}’")


def _entity_names(doc: Doc, text: str, names: list[Name]) -> list[Name]:
    """Merge a trained pipeline's PERSON/ORG entities into the shape-found names."""
    by_span = {(n.start, n.end): n for n in names}
    out = list(names)
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        kind = "person" if ent.label_ == "PERSON" else "organization"
        known = by_span.get((ent.start_char, ent.end_char))
        if known is not None:
            if known.kind == "unknown":
                out[out.index(known)] = Name(known.name, known.role, kind, known.gender, known.start, known.end,
                                             known.mention_start, known.possessive)
            continue
        if any(n.mention_start < ent.end_char and ent.start_char < n.end for n in names):
            continue
        n = read_name(text, ent.start_char, ent.end_char)
        if n is None:
            n = Name(ent.text, "", kind, None, ent.start_char, ent.end_char, ent.start_char)
        out.append(Name(n.name, n.role, kind, n.gender, n.start, n.end, n.mention_start,
                        text.startswith(("’s", "'s"), n.end)))
    out.sort(key=lambda n: n.mention_start)
    return out


# the article as given, kept on the Doc: rebuilding it from the tokens (doc.text)
# costs as much as a tenth of the whole extraction
_TEXT = "quoteindex_text"


class TooLong(InputError):
    """An article longer than a trained pipeline's parser can hold in memory."""


def make_doc(nlp: Language, text: str) -> Doc:
    """The pipeline's tokenised Doc for `text`, carrying the text itself."""
    if len(text) > nlp.max_length:
        raise TooLong(f"{len(text):,} characters, more than the model reads at once ({nlp.max_length:,}); "
                      "split the article or leave out --model")
    doc = nlp.make_doc(text)
    doc.user_data[_TEXT] = text
    return doc


def extract_doc(doc: Doc) -> Extraction:
    """Quotes and speakers of one tokenised article."""
    article = doc.user_data.get(_TEXT) or doc.text
    # the rules read double-marked quotes; an article quoting with single marks is
    # read as if marked that way, and its quotes are then given as the article writes them
    text = as_double_marked(article)
    spans = find_quote_spans(text)
    # names are read outside quotations only: a name inside a quote is not who speaks
    names: list[Name] = []
    surnames: dict[str, Name] = {}
    lo = 0
    for s in spans:
        names += find_names(text, lo, s.open_mark, surnames)
        lo = s.after
    names = drop_headline_names(text, names + find_names(text, lo, surnames=surnames))
    # a nickname may be in single marks where quotes take double ones: Chef Ana ‘Nan’ Roux
    marked = [(s.open_mark, s.after) for s in spans] + [m.span() for m in _SINGLE_MARKED.finditer(text)]
    names, nicknames = join_nicknames(text, names, marked)
    spans = [s for s in spans if s.open_mark not in nicknames]
    if doc.has_annotation("ENT_IOB"):
        names = _entity_names(doc, text, names)
    att = Attributor(text, spans, names, paragraphs(text))
    quotes, used = att.attribute()
    if text is not article:
        by_end = {s.end: s for s in spans}
        for q in quotes:
            span = by_end[q.end]
            q.text = span.text(article)[q.start - span.start:]
            if q.mention_start is not None:
                q.mention = article[q.mention_start:q.mention_end]
    return Extraction(quotes=quotes, speakers=att.registry.speakers(used))


@Language.factory("quoteindex_quotes")
def make_quote_component(nlp: Language, name: str):
    """The spaCy component: sets doc._.quotes to the article's Extraction."""

    def component(doc: Doc) -> Doc:
        doc._.quotes = extract_doc(doc)
        return doc

    return component


def load_pipeline(model: str | None = None) -> Language:
    """spaCy's blank English pipeline (or the installed pipeline `model`, a
    package name or a path) with the quote component added."""
    if model:
        # a trained parser needs about 1 GB per 100,000 characters: its length limit stays
        nlp = spacy.load(model, exclude=["lemmatizer", "textcat", "textcat_multilabel"])
    else:
        nlp = spacy.blank("en")
        nlp.max_length = sys.maxsize  # a tokenizer alone reads any article the size limit lets in
    _drop_idle_special_cases(nlp)
    if "quoteindex_quotes" not in nlp.pipe_names:
        nlp.add_pipe("quoteindex_quotes", last=True)
    return nlp


def _drop_idle_special_cases(nlp: Language) -> None:
    """Remove tokenizer special cases that only say a lone character is one token.

    They change no token (a single character cannot be split), but spaCy's
    English rules include one for "—", and an article holding it after an
    all-capitals word, as in a news dateline ("WASHINGTON — ..."), is then
    tokenised some twenty times slower from end to end.
    """
    from spacy.attrs import ORTH

    rules = nlp.tokenizer.rules or {}
    idle = [k for k, v in rules.items() if len(k) == 1 and not k.isalnum() and v == [{ORTH: k}]]
    if idle:
        nlp.tokenizer.rules = {k: v for k, v in rules.items() if k not in idle}


@cache
def _default() -> Language:
    """The default pipeline, loaded once per process."""
    return load_pipeline()


def extract(text: str, nlp: Language | None = None) -> Extraction:
    """Every quote in `text` with its speaker, and the article's speakers."""
    [extraction] = extract_many([text], nlp)
    return extraction


def extract_quotes(text: str, nlp: Language | None = None) -> list[Quote]:
    """Every quote in `text` with its speaker."""
    return extract(text, nlp).quotes


# articles a pipeline reads outside memory zones before it zones every article
WARM_ARTICLES = 200
_unzoned: WeakKeyDictionary[Language, int] = WeakKeyDictionary()  # articles each pipeline read so far


def extract_many(texts: Iterable[str], nlp: Language | None = None, batch_size: int = 32) -> Iterator[Extraction]:
    """Extractions of many articles, in order (batched through spaCy).

    Articles are read inside spaCy memory zones: the strings spaCy learns
    from an article are forgotten afterwards, so a long ingest does not grow
    the vocabulary by every new word of every article. But inside a zone the
    tokenizer caches nothing, and tokenising uncached costs more than all the
    extraction rules together. So each pipeline's first WARM_ARTICLES are
    read outside any zone: the words they use, which are most of the words
    of any later article, stay cached for good, and memory stays bounded.
    """
    nlp = nlp or _default()

    def run(batch: Iterable[str]) -> Iterator[Extraction]:
        for doc in nlp.pipe((make_doc(nlp, t) for t in batch), batch_size=batch_size):
            yield doc._.quotes

    texts = iter(texts)
    done = _unzoned.get(nlp, 0)
    if done < WARM_ARTICLES:
        first = list(itertools.islice(texts, WARM_ARTICLES - done))
        _unzoned[nlp] = done + len(first)
        yield from run(first)
    with nlp.memory_zone():
        yield from run(texts)


_worker: dict = {}


def _init_worker(model: str | None, max_bytes: int) -> None:
    _worker.update(nlp=load_pipeline(model), max_bytes=max_bytes)


def _extract_path(path: str) -> list[tuple[str, Extraction | InputError]]:
    """(source, Extraction) for each article in one file, or (source, InputError) saying why
    it cannot be read. A web page or a JSON file is read as `add` reads it (the page's main
    text, one article per record, "feed.jsonl#3"), and its offsets point into that text; any
    other file is read whole, so offsets point into the file itself."""
    max_bytes = _worker["max_bytes"]
    try:
        if path.lower().endswith(HTML_SUFFIXES + JSON_SUFFIXES):
            return [_extract_article(a.source, a.text) if isinstance(a, Article)
                    else (a.source, InputError(f"{a.source}: {a.reason}"))
                    for a in load_file(path, max_bytes)]
        return [_extract_article(path, read_text(path, max_bytes))]
    except InputError as e:
        return [(path, e)]


def _extract_article(source: str, text: str) -> tuple[str, Extraction | InputError]:
    try:
        return source, extract(text, _worker["nlp"])
    except TooLong as e:
        return source, InputError(f"{source}: {e}")


def extract_files(paths: Iterable[str], nlp: Language | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                  suffixes: tuple[str, ...] = SUFFIXES, jobs: int = 1,
                  model: str | None = None) -> Iterator[tuple[str, Extraction | InputError]]:
    """(source, Extraction) for every readable article, (source, InputError) for the
    others, in order. With jobs > 1, worker processes load `model` themselves."""
    files = list(expand_paths(paths, suffixes))
    if jobs > 1:
        from quoteindex.workers import ordered_map

        for _, results in ordered_map(_extract_path, files, jobs, _init_worker, (model, max_bytes)):
            yield from results
        return
    _worker.update(nlp=nlp or _default(), max_bytes=max_bytes)
    for path in files:
        yield from _extract_path(path)
