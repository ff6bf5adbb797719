"""The `quoteindex` command line: argument parsing and dispatch only.

Each command's work lives in its own module, imported when the command runs,
so that a fast command never pays for a slow one's imports (spaCy above all).
Exit codes: 0 success, 1 nothing found, 2 bad input or usage.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path


def _output_mode(args: argparse.Namespace) -> str:
    """'json' when asked or when stdout is piped (scripts), 'text' on a terminal."""
    if getattr(args, "json", False):
        return "json"
    if getattr(args, "text", False):
        return "text"
    return "text" if sys.stdout.isatty() else "json"


def cmd_extract(args: argparse.Namespace) -> int:
    """Print every quote found in the given files (and folders of them)."""
    from quoteindex import render
    from quoteindex.articles import SUFFIXES
    from quoteindex.pipeline import extract_files, load_pipeline
    from quoteindex.reading import DEFAULT_MAX_BYTES, plan
    from quoteindex.workers import default_jobs

    files, size = plan(args.paths, SUFFIXES)
    files, refused = _readable_types(files)
    jobs = args.jobs or default_jobs(size)
    nlp = None
    if args.model or jobs == 1:  # a bad model name is reported here, once, not by every worker
        try:
            nlp = load_pipeline(args.model)
        except OSError as e:
            print(f"quoteindex: cannot load model {args.model!r}: {e}", file=sys.stderr)
            return 2
    mode = _output_mode(args)
    failed = refused
    console = None if mode == "json" else render.console()
    out = sys.stdout
    for path, result in extract_files(files, nlp, max_bytes=args.max_bytes or DEFAULT_MAX_BYTES,
                                      jobs=jobs, model=args.model):
        if isinstance(result, Exception):
            failed += 1
            print(f"quoteindex: {result}", file=sys.stderr)
            continue
        if mode == "json":
            for q in result.quotes:
                out.write(json.dumps({"source": path, **q.to_dict()}, ensure_ascii=False) + "\n")
        else:
            render.extraction(console, path, result)
    out.flush()
    return 2 if failed else 0


def _readable_types(files: list[str]) -> tuple[list[str], int]:
    """The files that exist and are of a type articles come in, and how many others were
    refused, each with a line on stderr: a file named on the command line is taken whatever
    its name, and a PDF read as text would print nothing, passing for an article without quotes."""
    from quoteindex.articles import check_type
    from quoteindex.reading import InputError

    kept = []
    for path in files:
        try:
            check_type(path)
        except InputError as e:
            print(f"quoteindex: {e}", file=sys.stderr)
            continue
        kept.append(path)
    return kept, len(files) - len(kept)


def _home(args: argparse.Namespace) -> Path:
    """The index directory the command works on (see quoteindex.paths)."""
    from quoteindex.paths import data_dir

    return data_dir(getattr(args, "index", None))


def _database_failure(args: argparse.Namespace, e: sqlite3.DatabaseError) -> int:
    """One line for a database SQLite cannot use: damaged (a disk fault, a copy cut short) or
    out of reach (permissions, a full disk). The search index is rebuilt from the database,
    not the other way round, so only a backup or adding the articles again brings it back."""
    from quoteindex.paths import db_path

    path = db_path(_home(args))
    if isinstance(e, sqlite3.OperationalError):
        print(f"quoteindex: cannot use the index database {path}: {e}", file=sys.stderr)
    else:
        print(f"quoteindex: the index database {path} is damaged ({e}); restore it from a backup "
              "or move it aside and add the articles again", file=sys.stderr)
    return 2


def _fail(e: Exception) -> int:
    """Report a known error in one line on stderr, never a traceback; exit status 2."""
    print(f"quoteindex: {e}", file=sys.stderr)
    return 2


def _known_errors() -> tuple[type[Exception], ...]:
    """The errors a command reports in one line (exit 2) instead of a traceback."""
    from quoteindex.corrections import CorrectionError
    from quoteindex.index import IndexUnavailable
    from quoteindex.ingest import ModelUnavailable
    from quoteindex.lock import IndexBusy
    from quoteindex.removal import RemovalError
    from quoteindex.search import QueryError
    from quoteindex.store import StoreMissing

    return StoreMissing, IndexUnavailable, QueryError, IndexBusy, CorrectionError, ModelUnavailable, RemovalError


def cmd_add(args: argparse.Namespace) -> int:
    """Ingest files and folders; progress on a terminal, a one-line summary at the end."""
    from quoteindex import ingest, render

    bar = render.Progress("adding")
    try:
        summary = ingest.add(_home(args), args.paths, jobs=args.jobs, model=args.model,
                             max_bytes=args.max_bytes or ingest.DEFAULT_MAX_BYTES, wait=args.wait,
                             on_start=bar.start, on_progress=bar.advance)
    except _known_errors() as e:
        return _fail(e)
    finally:
        bar.stop()
    for s in summary.skipped:
        print(f"quoteindex: skipped {s.source}: {s.reason}", file=sys.stderr)
    for warning in summary.warnings:
        print(f"quoteindex: {warning}", file=sys.stderr)
    print(summary.line(), file=sys.stderr)
    return 2 if summary.skipped else 0


def cmd_search(args: argparse.Namespace) -> int:
    """Ranked quotes for a query; exit 0 with results, 1 with none, 2 on error."""
    from quoteindex.search import search

    try:
        results = search(_home(args), " ".join(args.query), speaker=args.speaker, since=args.since,
                         until=args.until, outlet=args.outlet, article=args.article, limit=args.limit,
                         sort=args.sort)
    except _known_errors() as e:
        return _fail(e)
    if len(results.speakers) > 1:
        print(f"quoteindex: {args.speaker!r} {_several(results.speakers)}; give a full name or #id for one",
              file=sys.stderr)
    if results.pending:
        print(f"quoteindex: {results.pending} recently added article(s) are not searchable yet; "
              "they will be when the running add finishes (or run `quoteindex reindex`)", file=sys.stderr)
    mode = "csv" if args.csv else _output_mode(args)
    out = sys.stdout
    if mode == "json":
        for hit in results.hits:
            out.write(json.dumps(hit.to_dict(), ensure_ascii=False) + "\n")
    elif mode == "csv":
        import csv

        fields = ["id", "speaker", "date", "outlet", "title", "text", "url", "source", "score"]
        w = csv.DictWriter(out, fields, extrasaction="ignore")
        w.writeheader()
        for hit in results.hits:
            w.writerow(hit.to_dict())
    elif results.hits:
        from quoteindex import render

        render.search_results(render.console(), results)
    out.flush()
    if not results.hits:
        hint = f"; did you mean: {results.suggestion}" if results.suggestion else ""
        print(f"quoteindex: no quotes match{hint}", file=sys.stderr)
        return 1
    return 0


def _several(speakers: dict[int, str], shown: int = 8) -> str:
    """ "matches 4 speakers: #3 Ada Roux, ...": a name several people share is not read as one
    person without saying so; a long list is cut short, as only a fuller name narrows it."""
    names = [f"#{i} {n}" for i, n in sorted(speakers.items())]
    more = f" and {len(names) - shown} more" if len(names) > shown else ""
    return f"matches {len(names)} speakers: {', '.join(names[:shown])}{more}"


def cmd_show(args: argparse.Namespace) -> int:
    """One quote in context, with its article and the reason for its attribution."""
    from quoteindex.articles import paragraph_bounds
    from quoteindex.store import Store, row_id

    qid = row_id(args.id)
    if qid is None:
        return _fail(ValueError(f"{args.id!r} is not a quote id: give the number search shows after #"))
    try:
        with Store(_home(args)) as store:
            row = store.quote_rows([qid]).get(qid)
            if row is None:
                print(f"quoteindex: no quote #{qid}", file=sys.stderr)
                return 1
            article = store.article(row.article_id)
    except _known_errors() as e:
        return _fail(e)
    bounds = paragraph_bounds(article["text"], row.start, row.end)
    if _output_mode(args) == "json":
        from dataclasses import asdict

        data = {**asdict(row), "paragraph": article["text"][bounds[0]:bounds[1]], "article_key": article["key"]}
        print(json.dumps(data, ensure_ascii=False))
    else:
        from quoteindex import render

        render.quote_detail(render.console(), row, article, bounds)
    return 0


def cmd_speakers(args: argparse.Namespace) -> int:
    """List the archive's speakers, or correct them (merge, rename, split)."""
    try:
        return _correct_speaker(args) if getattr(args, "action", None) else _list_speakers(args)
    except _known_errors() as e:
        return _fail(e)


def _list_speakers(args: argparse.Namespace) -> int:
    """The speakers table (JSON Lines when piped); exit 1 when the index has none."""
    from quoteindex.store import Store

    with Store(_home(args)) as store:
        rows = store.speakers()
    if args.limit:
        rows = rows[:args.limit]
    if _output_mode(args) == "json":
        from dataclasses import asdict

        for r in rows:
            sys.stdout.write(json.dumps(asdict(r), ensure_ascii=False) + "\n")
    else:
        from quoteindex import render

        render.speakers(render.console(), rows)
    return 0 if rows else 1


def _correct_speaker(args: argparse.Namespace) -> int:
    """One merge, rename or split, as the index's only writer; its summary on stderr."""
    from quoteindex import corrections

    home = _home(args)
    if args.action == "merge":
        msg = corrections.correct(home, corrections.merge, args.speaker, args.into, wait=args.wait)
    elif args.action == "rename":
        msg = corrections.correct(home, corrections.rename, args.speaker, args.name, wait=args.wait)
    else:
        msg = corrections.correct(home, corrections.split, args.speaker, args.forms, args.name, wait=args.wait)
    print(msg, file=sys.stderr)
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    """Take articles, their quotes and the speakers left without quotes out of the index."""
    from quoteindex.removal import remove

    try:
        print(remove(_home(args), args.refs, wait=args.wait), file=sys.stderr)
    except _known_errors() as e:
        return _fail(e)
    return 0


def cmd_reindex(args: argparse.Namespace) -> int:
    """Rebuild the search index from the SQLite store."""
    from quoteindex.index import SearchIndex
    from quoteindex.lock import WriteLock
    from quoteindex.store import Store

    home = _home(args)
    try:
        # the store is opened first: a mistyped DIR is reported, not created by the lock
        with Store(home) as store, WriteLock(home, "reindex", args.wait):
            store.upgrade()
            n = SearchIndex(home).rebuild(store)
    except _known_errors() as e:
        return _fail(e)
    print(f"search index rebuilt: {n} quote{'s' if n != 1 else ''}", file=sys.stderr)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Index the bundled fictional articles in a temporary index and run a few searches."""
    from quoteindex import demo

    return demo.run()


def _formats(p: argparse.ArgumentParser, json_help: str, text_help: str, csv: str | None = None) -> None:
    """The output format options, one of which may be given (see _output_mode for the default)."""
    group = p.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true", help=json_help)
    if csv:
        group.add_argument("--csv", action="store_true", help=csv)
    group.add_argument("--text", action="store_true", help=text_help)


class _CommandParser(argparse.ArgumentParser):
    """A command's parser; with `minus_words`, an argument like "-ferry" that is none of the
    command's options is an operand (a search leaving out a word), not an unknown option."""

    minus_words = False

    def _parse_optional(self, arg_string: str) -> object:  # argparse's hook: option, or None for an operand
        if (self.minus_words and arg_string[:1] == "-" and arg_string[1:2] not in ("", "-")
                and arg_string not in self._option_string_actions):
            return None
        return super()._parse_optional(arg_string)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    p = argparse.ArgumentParser(prog="quoteindex", description="Find who said what in news articles.")
    from quoteindex import __version__

    p.add_argument("--version", action="version", version=f"quoteindex {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_CommandParser)
    sub.required = True

    ex = sub.add_parser("extract", help="print the quotes found in articles, without indexing them",
                        description="Print every direct quote in the given articles or folders, with its speaker. "
                                    "Web pages and JSON files are read as `add` reads them.")
    ex.add_argument("paths", nargs="+", metavar="PATH",
                    help="article files (.txt, .md, .html, .jsonl, .json) or folders of them")
    _formats(ex, "JSON Lines, one object per quote (default when piped)", "human-readable output even when piped")
    ex.add_argument("--model", metavar="NAME", help="an installed spaCy pipeline to help find names (default: none)")
    ex.add_argument("--max-bytes", type=int, metavar="N", help="refuse files larger than N bytes (default 20 MB)")
    ex.add_argument("--jobs", type=int, metavar="N",
                    help="worker processes (default: 2 for many or large files on a multi-core machine)")
    ex.set_defaults(func=cmd_extract)

    # options every index command takes, after the command name too
    where = argparse.ArgumentParser(add_help=False)
    where.add_argument("--index", metavar="DIR", default=argparse.SUPPRESS,
                       help="the index directory (default: $QUOTEINDEX_HOME, else the per-user data directory)")
    writes = argparse.ArgumentParser(add_help=False)
    writes.add_argument("--wait", type=float, default=0.0, metavar="SECONDS",
                        help="wait this long for another process changing the index (default: fail at once)")

    ad = sub.add_parser("add", parents=[where, writes], help="add articles to the quote index",
                        description="Extract the quotes of .txt, .md, .html, .jsonl and .json files (and folders "
                                    "of them) and add them to the index. Unchanged articles are skipped; changed "
                                    "ones replace their old quotes.")
    ad.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    ad.add_argument("--jobs", type=int, metavar="N", help="worker processes (default: 2 for large inputs)")
    ad.add_argument("--model", metavar="NAME", help="an installed spaCy pipeline to help find names")
    ad.add_argument("--max-bytes", type=int, metavar="N", help="skip files larger than N bytes (default 20 MB)")
    ad.set_defaults(func=cmd_add)

    se = sub.add_parser("search", parents=[where], help="search the quotes",
                        description='Search quotes: words, "phrases", AND/OR/NOT, wild*, fuzzy~, speaker:NAME. '
                                    "Exit status 0 with results, 1 with none, 2 on error.")
    se.minus_words = True
    se.add_argument("query", nargs="*", metavar="QUERY",
                    help="what to search for (may be empty with a filter); -word leaves quotes with it out")
    se.add_argument("--speaker", metavar="NAME", help="only quotes by this speaker (any of their names)")
    se.add_argument("--since", metavar="DATE", help="published on or after DATE (2025, 2025-03, 2025-03-14): "
                                                    "from the first day of a month or year")
    se.add_argument("--until", metavar="DATE",
                    help="published on or before DATE: through the last day of a month or year")
    se.add_argument("--outlet", metavar="NAME", help="only articles from this outlet")
    se.add_argument("--article", metavar="REF", help="only this article (id, URL, file path or part of its title)")
    se.add_argument("--limit", type=int, default=10, metavar="N", help="at most N quotes (default 10)")
    se.add_argument("--sort", choices=("relevance", "date"), default="relevance", help="order (default relevance)")
    _formats(se, "JSON Lines, one object per quote (default when piped)", "human-readable output even when piped",
             csv="CSV with a header row")
    se.set_defaults(func=cmd_search)

    sh = sub.add_parser("show", parents=[where], help="one quote in context",
                        description="Show a quote with its paragraph, its article and why it was attributed.")
    sh.add_argument("id", metavar="ID", help="the quote's id (from search results)")
    _formats(sh, "JSON (default when piped)", "human-readable output even when piped")
    sh.set_defaults(func=cmd_show)

    sp = sub.add_parser("speakers", parents=[where], help="list or correct speakers",
                        description="List speakers with quote counts, roles and other names, or correct them. "
                                    "Corrections are kept when articles are added again.")
    sp.add_argument("--limit", type=int, metavar="N", help="list only the N most quoted")
    _formats(sp, "JSON Lines (default when piped)", "a table even when piped")
    sp.set_defaults(func=cmd_speakers)
    acts = sp.add_subparsers(dest="action", metavar="ACTION")
    m = acts.add_parser("merge", parents=[where, writes], help="A and B are one person; keep B's name")
    m.add_argument("speaker", metavar="A", help="name, alias or #id")
    m.add_argument("into", metavar="B", help="name, alias or #id")
    r = acts.add_parser("rename", parents=[where, writes], help="show a speaker under another name")
    r.add_argument("speaker", metavar="SPEAKER", help="name, alias or #id")
    r.add_argument("name", metavar="NEW_NAME")
    t = acts.add_parser("split", parents=[where, writes],
                        help="quotes under some of a speaker's names belong to someone else")
    t.add_argument("speaker", metavar="SPEAKER", help="name, alias or #id")
    t.add_argument("forms", nargs="+", metavar="NAME", help="the names (aliases) that are another person")
    t.add_argument("--name", metavar="NEW_NAME", help="the other person's name (default: the fullest NAME)")

    rm = sub.add_parser("remove", parents=[where, writes], help="take articles out of the index",
                        description="Remove articles with their quotes from the index (speakers left without "
                                    "quotes go too, unless a correction names them). Each REF must name one "
                                    "article; if one names none or several, nothing is removed.")
    rm.add_argument("refs", nargs="+", metavar="REF",
                    help="an article's id, URL, file path or part of its title (as search --article takes)")
    rm.set_defaults(func=cmd_remove)

    ri = sub.add_parser("reindex", parents=[where, writes], help="rebuild the search index from the database",
                        description="Rebuild the search index from the SQLite database, e.g. after a "
                                    "crash or if the index folder was deleted or damaged.")
    ri.set_defaults(func=cmd_reindex)

    de = sub.add_parser("demo", help="try quoteindex on bundled fictional articles",
                        description="Index the bundled, fictional sample articles in a temporary index and run "
                                    "a few searches.")
    de.set_defaults(func=cmd_demo)
    p.add_argument("--index", metavar="DIR", help=argparse.SUPPRESS)
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except sqlite3.DatabaseError as e:
        return _database_failure(args, e)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `quoteindex ... | head`: the reader went away, which is not an error
        sys.stderr.close()
        return 0
