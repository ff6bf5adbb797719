"""quoteindex: find direct quotations in news articles, say who said them,
and search them from the terminal.

The engine is imported lazily so that `import quoteindex` (and with it
`quoteindex search`) does not pay for importing spaCy.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["Extraction", "Quote", "Speaker", "extract", "extract_quotes", "load_pipeline"]

if TYPE_CHECKING:
    from quoteindex.pipeline import extract, extract_quotes, load_pipeline
    from quoteindex.records import Extraction, Quote, Speaker


def __getattr__(name: str):
    if name in ("extract", "extract_quotes", "load_pipeline"):
        from quoteindex import pipeline

        return getattr(pipeline, name)
    if name in ("Extraction", "Quote", "Speaker"):
        from quoteindex import records

        return getattr(records, name)
    raise AttributeError(name)
