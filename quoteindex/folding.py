"""Letters folded for comparison: the one spelling every name and word is matched in.

Unicode decomposition takes accents off (é, ü, å), but ø, ł, æ, ß and their
kin are letters of their own with nothing to take off, and English copy
writes them in plain letters ("Soren Ostergard" for "Søren Østergård").
They are spelt here as the search index's ASCII folding spells them, so a
name finds the same speaker, and the same quotes, typed either way.
"""
from __future__ import annotations

import unicodedata

# lower-case letters that do not decompose, as English copy writes them
_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d",
                          "þ": "th", "ı": "i", "ħ": "h", "ŧ": "t"})


def fold_letters(text: str) -> str:
    """`text` in lower case with accents off and letters such as ø, ł or æ spelt in ASCII;
    punctuation and spaces are left to each caller, which compares names in its own way."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().translate(_LETTERS)
