"""Sentence boundaries in news copy, where abbreviations ("Sen.", "U.S.")
and quotation marks around a final stop make a plain split on "." wrong."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from quoteindex import lexicon

_SENT_END = re.compile(r"[.!?][’”\"')\]]*\s+(?=[“\"‘'(\[]?[A-Z0-9])")
_OTHER_ABBREVIATIONS = ("St", "Jr", "Sr", "Inc", "Corp", "Ltd", "Co", "No", "Jan", "Feb", "Mar", "Apr", "Aug",
                        "Sept", "Sep", "Oct", "Nov", "Dec", "vs", "Ft", "Mt")


# characters without a full stop that still make one sentence: past this, a run of text is a
# table, a list or a garbled file, and reading it as one sentence would make each quote in it
# cost the whole run
LONGEST_SENTENCE = 4000


@cache
def _abbreviation() -> re.Pattern:
    """A word whose full stop ends no sentence: an abbreviated title from the titles list
    ("Sen.", "Del."), another common abbreviation ("Inc.", "Sept."), an initial or "U.S"."""
    titles = {w[:-1].capitalize() for w in lexicon.title_words() if w.endswith(".") and w[:-1].isalpha()}
    words = "|".join(sorted(titles.union(_OTHER_ABBREVIATIONS), key=len, reverse=True))
    return re.compile(rf"(?:\b(?:{words})|\b[A-Z]|\b(?:[A-Z]\.)+[A-Z])$")


_WORD_BEFORE_STOP = re.compile(r"(?<![\w.])\w+$")
_NEXT_WORD = re.compile(r"\s+([\w.’'-]+)")


def company_name_ends(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` after a company's legal form ends the sentence as well as
    the name: "said Halvo Inc. The company ...", but not "Halvo Inc. Chief Executive Ada Roux",
    whose title is of the company (a lower-case word after it goes on with the sentence anyway)."""
    word = _WORD_BEFORE_STOP.search(text, max(0, dot - 6), dot)
    if word is None or word.group().lower() not in lexicon.legal_forms():
        return False
    after = _NEXT_WORD.match(text, dot + 1)
    return after is not None and after.group(1).lower() not in lexicon.title_words()


def _boundaries(text: str, lo: int, hi: int, floor: int | None = None) -> Iterator[re.Match]:
    """Sentence boundaries in text[lo:hi] (the look-ahead may peek past `hi`), an
    abbreviation read no further back than `floor` (default `lo`)."""
    abbreviation = _abbreviation()
    floor = lo if floor is None else floor
    for m in _SENT_END.finditer(text, lo, hi + 3):
        if m.end() > hi:
            break
        if text[m.start()] == "." and abbreviation.search(text, max(floor, m.start() - 12), m.start()) \
                and not company_name_ends(text, m.start()):
            continue
        yield m


def sentence_start(text: str, lo: int, pos: int) -> int:
    """Offset where the sentence holding `pos` begins, not before `lo`, nor more than
    LONGEST_SENTENCE characters back (then mid-word: a run that long is no sentence).

    Read backwards in growing windows: a boundary can only start at its stop, so the
    last one in a window is the last one at all, and a long paragraph (a transcript, a
    list of measurements in inches) costs each call its own sentence, not the paragraph.
    """
    width = 256
    while True:
        start = max(lo, pos - min(width, LONGEST_SENTENCE))
        last = None
        for last in _boundaries(text, start, pos, floor=lo):
            pass
        if last is not None:
            return last.end()
        if start == lo or width >= LONGEST_SENTENCE:
            return start
        width *= 4


def sentence_end(text: str, pos: int, hi: int) -> int:
    """Offset just past the sentence holding `pos`, not after `hi`."""
    hi = min(hi, pos + LONGEST_SENTENCE)
    for m in _boundaries(text, pos, hi):
        return m.start() + 1
    return hi


# -s forms that are more often plural nouns than verbs
