"""A long extraction keeps memory flat: spaCy forgets the words of all but a pipeline's first articles."""
from __future__ import annotations

from quoteindex.pipeline import WARM_ARTICLES, extract_many, load_pipeline


def _nonce(i: int) -> str:
    """A made-up word of letters only, different for every i."""
    letters = ""
    while True:
        i, r = divmod(i, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[r]
        if not i:
            return "Zor" + letters


def test_new_words_of_later_articles_are_forgotten_and_quotes_still_found():
    nlp = load_pipeline()
    n = WARM_ARTICLES + 30
    texts = [f"“The bridge opens in spring,” said Mayor Lena {_nonce(i)}, speaking in Tessaly." for i in range(n)]
    extractions = list(extract_many(texts, nlp))
    assert [e.quotes[0].speaker for e in extractions] == [f"Lena {_nonce(i)}" for i in range(n)]
    kept = [_nonce(i) in nlp.vocab.strings for i in range(n)]
    assert all(kept[:WARM_ARTICLES]) and not any(kept[WARM_ARTICLES:])
