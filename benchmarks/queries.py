"""The fixed query mix put to every search engine in the benchmarks.

One query of each kind a journalist types: a word, two words, a phrase,
everything one person said, a word within a year, a misspelt word, and a
word so common it matches a fifth of the archive (the worst case for any
inverted index). Words are chosen from the generated corpus's vocabulary
so every query has answers at every corpus size.
"""
from __future__ import annotations

from dataclasses import dataclass

from corpus import person


@dataclass(frozen=True, slots=True)
class Query:
    """One search: words (a phrase when in double quotes), optional filters, top `limit` results."""

    label: str
    words: str = ""
    speaker: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    fuzzy: bool = False
    limit: int = 10  # what `quoteindex search` shows by default

    # a misspelling one keystroke away is what users make; two is where noise starts
    FUZZY_DISTANCE = 1


def query_mix(seed: int) -> list[Query]:
    """The mix for the corpus `seed`; its speaker is the corpus's most quoted person."""
    return [
        Query("single word", "pipeline"),
        Query("two words", "patients waiting"),
        Query("phrase", '"flood defences"'),
        Query("speaker filter", speaker=person(seed, 0).name),
        Query("date range", "prices", date_from="2019-01-01", date_to="2019-12-31"),
        Query("fuzzy", "goverment", fuzzy=True),
        Query("common word", "was"),  # in 18% of quotes ("the" is a stop word to quoteindex)
    ]
