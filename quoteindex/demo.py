"""`quoteindex demo`: the tool at work on bundled, fictional articles.

Builds a throwaway index in a temporary directory (the user's own index is
never touched), then runs searches that show off what a newcomer should
know exists: stemming, phrases, a speaker filter that accepts another
spelling of the name, sorting by date, and "did you mean".
"""
from __future__ import annotations

import tempfile
from importlib import resources
from pathlib import Path

# (what it shows, query, filters)
SEARCHES: list[tuple[str, str, dict]] = [
    ("words match their other forms (river, rivers)", "river", {}),
    ("an exact phrase", '"night shift"', {}),
    ("one speaker, under another spelling of the name", "farmers", {"speaker": "Petrenkow"}),
    ("newest first, with a wildcard", "crane*", {"sort": "date", "limit": 3}),
    ("a typo", "strke", {}),
]


def corpus_files() -> list[str]:
    """The sample articles: twelve invented stories about invented people and
    places (the Republic of Valdoria, the Federation of Karsland), in every
    format `add` reads, written to exercise every pattern the engine handles."""
    folder = resources.files("quoteindex") / "demo_corpus"
    return sorted(str(f) for f in folder.iterdir() if f.is_file())


def run() -> int:
    """Index the corpus, print a few searches; exit status 0."""
    from quoteindex import ingest, render
    from quoteindex.search import search

    con = render.console()
    with tempfile.TemporaryDirectory(prefix="quoteindex-demo-") as tmp:
        home = Path(tmp)
        summary = ingest.add(home, corpus_files(), jobs=1)
        con.print(f"[bold]Indexed the bundled fictional articles[/bold] into a temporary index: {summary.line()}")
        for what, query, filters in SEARCHES:
            opts = " ".join(f"--{k} {v}" for k, v in filters.items())
            con.print()
            con.print(f"[bold green]$ quoteindex search '{query}' {opts}[/bold green]  [dim]# {what}[/dim]")
            results = search(home, query, **{"limit": 2, **filters})
            if results.hits:
                render.search_results(con, results)
            else:
                con.print(f"no quotes match; did you mean: [bold]{results.suggestion}[/bold]"
                          if results.suggestion else "no quotes match")
    con.print()
    con.print("Now add your own articles: [bold]quoteindex add ARTICLES/[/bold], then "
              "[bold]quoteindex search WORDS[/bold]. See [bold]quoteindex --help[/bold].")
    return 0
