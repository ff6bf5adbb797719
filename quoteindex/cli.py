"""The `quoteindex` command line: argument parsing and dispatch only.

Each command's work lives in its own module, imported when the command runs,
so that a fast command never pays for a slow one's imports (spaCy above all).
Exit codes: 0 success, 1 nothing found, 2 bad input or usage.
"""
from __future__ import annotations

import argparse
import json
import sys


def _output_mode(args: argparse.Namespace) -> str:
    """'json' when asked or when stdout is piped (scripts), 'text' on a terminal."""
    if getattr(args, "json", False):
        return "json"
    if getattr(args, "text", False):
        return "text"
    return "text" if sys.stdout.isatty() else "json"


def cmd_extract(args: argparse.Namespace) -> int:
    """Print every quote found in the given .txt files (and folders of them)."""
    from quoteindex.pipeline import extract_files, load_pipeline
    from quoteindex.reading import DEFAULT_MAX_BYTES

    from quoteindex import render

    try:
        nlp = load_pipeline(args.model)
    except OSError as e:
        print(f"quoteindex: cannot load model {args.model!r}: {e}", file=sys.stderr)
        return 2
    mode = _output_mode(args)
    failed = 0
    console = None if mode == "json" else render.console()
    out = sys.stdout
    for path, result in extract_files(args.paths, nlp, max_bytes=args.max_bytes or DEFAULT_MAX_BYTES):
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


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    p = argparse.ArgumentParser(prog="quoteindex", description="Find who said what in news articles.")
    from quoteindex import __version__

    p.add_argument("--version", action="version", version=f"quoteindex {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    ex = sub.add_parser("extract", help="print the quotes found in .txt files",
                        description="Print every direct quote in the given .txt files or folders, with its speaker.")
    ex.add_argument("paths", nargs="+", metavar="PATH", help=".txt files or folders of them")
    fmt = ex.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="JSON Lines, one object per quote (default when piped)")
    fmt.add_argument("--text", action="store_true", help="human-readable output even when piped")
    ex.add_argument("--model", metavar="NAME", help="an installed spaCy pipeline to help find names (default: none)")
    ex.add_argument("--max-bytes", type=int, metavar="N", help="refuse files larger than N bytes (default 20 MB)")
    ex.set_defaults(func=cmd_extract)
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `quoteindex ... | head`: the reader went away, which is not an error
        sys.stderr.close()
        return 0
