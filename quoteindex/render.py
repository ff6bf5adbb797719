"""Terminal rendering with rich, kept apart from the logic that finds things.

Plain text, no colour, when stdout is not a terminal or NO_COLOR is set
(rich honours NO_COLOR itself).
"""
from __future__ import annotations

import sys

from rich.console import Console
from rich.markup import escape

from quoteindex.records import Extraction


def console() -> Console:
    """A console for stdout; highlighting off so only our own styles show."""
    return Console(file=sys.stdout, highlight=False, soft_wrap=False)


def extraction(con: Console, path: str, result: Extraction) -> None:
    """One article's quotes: who, how we know, and the words."""
    n = len(result.quotes)
    con.print(f"[bold]{escape(path)}[/bold]  {n} quote{'s' if n != 1 else ''}")
    for q in result.quotes:
        who = escape(q.speaker) if q.speaker else "[yellow]unknown speaker[/yellow]"
        how = []
        if q.mention and q.mention != q.speaker:
            how.append(f"as “{escape(q.mention)}”")
        if q.cue:
            how.append(f"cue “{escape(q.cue)}”")
        if q.partial:
            how.append("partial")
        if q.method == "continuation":
            how.append("continues the last speaker")
        detail = f" [dim]({'; '.join(how)})[/dim]" if how else ""
        con.print(f"  [cyan]{who}[/cyan]{detail}  [dim]{q.start}-{q.end}[/dim]")
        con.print(f"    “{escape(q.text)}”")
    con.print()
