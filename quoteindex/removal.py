"""`quoteindex remove`: articles taken out of the index.

`add` never deletes: an article whose file is gone may be one the user
keeps only in the archive, and a file renamed and edited cannot be told
apart from a new story with much the same words. So leaving the index is
the user's decision, made here by naming the articles as `search --article`
does; a name that fits several articles removes none of them.
"""
from __future__ import annotations

from pathlib import Path

from quoteindex.store import Store


class RemovalError(Exception):
    """An article reference that names no article, or several; str() says which."""


def _one_article(store: Store, ref: str) -> int:
    """The one article `ref` (id, URL, file path or part of the title) names."""
    ids = store.find_articles(ref)
    if not ids:
        raise RemovalError(f"no article matches {ref!r} (give its id, URL, file path or part of its title); "
                           "nothing was removed")
    if len(ids) > 1:
        shown = ", ".join(f"#{aid} {_label(store, aid)}" for aid in ids[:8])
        more = f" and {len(ids) - 8} more" if len(ids) > 8 else ""
        raise RemovalError(f"{ref!r} matches {len(ids)} articles: {shown}{more}; give one's id; nothing was removed")
    return ids[0]


def _label(store: Store, article_id: int) -> str:
    """How a user tells an article apart in a list: its title and the file or URL it came from."""
    row = store.article(article_id)
    where = row["url"] or row["source"]
    return f"{row['title']} ({where})" if row["title"] else where


def remove_articles(store: Store, refs: list[str]) -> str:
    """Remove the articles `refs` name (each exactly one, or none is removed); returns a summary."""
    ids = sorted({_one_article(store, ref) for ref in refs})
    quotes, speakers = store.remove_articles(ids)
    dropped = f"; {speakers} speaker{'s' if speakers != 1 else ''} left without quotes dropped" if speakers else ""
    return (f"removed {len(ids)} article{'s' if len(ids) != 1 else ''} and {quotes} "
            f"quote{'s' if quotes != 1 else ''}{dropped}")


def remove(home: Path, refs: list[str], wait: float = 0.0) -> str:
    """Remove articles from the index at `home` as its only writer, search index included."""
    from quoteindex.writing import change

    return change(home, "remove", remove_articles, refs, wait=wait)
