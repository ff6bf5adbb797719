"""Terminal rendering with rich, kept apart from the logic that finds things.

Plain text, with no colour or other styling, when stdout is not a terminal
or NO_COLOR is set (https://no-color.org).
"""
from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape

from quoteindex.records import Extraction

if TYPE_CHECKING:
    import sqlite3

    from rich.progress import Progress as Bar
    from rich.progress import TaskID
    from rich.text import Text

    from quoteindex.search import Results
    from quoteindex.store import QuoteRow, SpeakerRow


def console() -> Console:
    """A console for stdout; highlighting off so only our own styles show.

    When piped or under NO_COLOR the output is plain: no escape codes at all
    (rich alone would drop colours under NO_COLOR but keep bold and italic),
    and long lines are not wrapped, so each line can be grepped whole.
    """
    plain = bool(os.environ.get("NO_COLOR")) or not sys.stdout.isatty()
    return Console(file=sys.stdout, highlight=False, soft_wrap=plain, color_system=None if plain else "auto")


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
            how.append("continues from the text before")
        detail = f" [dim]({'; '.join(how)})[/dim]" if how else ""
        con.print(f"  [cyan]{who}[/cyan]{detail}  [dim]{q.start}-{q.end}[/dim]")
        con.print(f"    “{escape(q.text)}”")
    con.print()


def _styled_quote(text: str, spans: tuple[tuple[int, int], ...]) -> Text:
    """The quote in typographic marks with the matched words emphasised."""
    from rich.text import Text

    t = Text("“" + text + "”")
    for a, b in spans:
        t.stylize("bold yellow", a + 1, b + 1)
    return t


def _byline(speaker: str | None, outlet: str | None, date: str | None, title: str | None) -> str:
    """`Speaker · Outlet · 2025-01-14 · Title`, leaving out what is unknown."""
    who = f"[cyan]{escape(speaker)}[/cyan]" if speaker else "[yellow]unknown speaker[/yellow]"
    rest = [escape(x) for x in (outlet, date) if x]
    if title:
        rest.append(f"[italic]{escape(title)}[/italic]")
    return " · ".join([who, *rest])


def search_results(con: Console, results: Results) -> None:
    """Ranked quotes: number, quote with hits emphasised, then who, where, when and the quote's id."""
    for n, hit in enumerate(results.hits, 1):
        r = hit.row
        con.print(f"[bold]{n:>2}.[/bold] ", end="")
        con.print(_styled_quote(r.text, hit.highlights))
        con.print(f"    {_byline(r.speaker, r.outlet, r.date, r.title)}  [dim]#{r.id}[/dim]")
    shown = len(results.hits)
    count = f"{shown} of {results.total} quote{'s' if results.total != 1 else ''}"
    con.print(f"[dim]{count}; `quoteindex show ID` for context[/dim]")


def speakers(con: Console, rows: Sequence[SpeakerRow]) -> None:
    """The archive's speakers as a table: quotes, name, roles and other names."""
    from rich.table import Table

    table = Table(box=None, header_style="bold", pad_edge=False)
    table.add_column("id", justify="right", style="dim")
    table.add_column("quotes", justify="right")
    table.add_column("speaker", style="cyan")
    table.add_column("roles")
    table.add_column("also called", style="dim")
    for s in rows:
        name = escape(s.name) + (" [dim](org)[/dim]" if s.kind != "person" else "") + (" ✎" if s.corrected else "")
        table.add_row(str(s.id), str(s.quotes), name, escape(", ".join(s.roles)), escape(", ".join(s.aliases)))
    con.print(table)


def quote_detail(con: Console, row: QuoteRow, article: sqlite3.Row, paragraph: tuple[int, int]) -> None:
    """One quote in its paragraph, with the article's metadata and why it is attributed as it is."""
    from rich.text import Text

    text = article["text"]
    a, b = paragraph
    para = Text(text[a:b])
    para.stylize("bold", max(row.start - a, 0), min(row.end - a, b - a))
    con.print(f"[bold]Quote #{row.id}[/bold]  {_byline(row.speaker, row.outlet, row.date, row.title)}")
    con.print(f"[dim]{escape(article['url'] or article['source'])}[/dim]")
    con.print()
    con.print(para)
    con.print()
    why = []
    if row.mention:
        why.append(f"named as “{escape(row.mention)}”")
    if row.cue:
        why.append(f"reporting verb “{escape(row.cue)}”")
    if row.method == "continuation":
        why.append("no attribution of its own: it continues from the text before")
    if row.partial:
        why.append("a partial quote inside the sentence")
    con.print("[dim]Attribution:[/dim] " + ("; ".join(why) if why else "no speaker found"))


class Progress:
    """A progress bar over bytes read, on stderr, shown only on a terminal."""

    def __init__(self, label: str) -> None:
        self.label = label
        self._bar: Bar | None = None
        self._task: TaskID | None = None

    def start(self, total: int) -> None:
        """Show the bar for `total` bytes; nothing when stderr is not a terminal (logs stay clean)."""
        if not sys.stderr.isatty():
            return
        from rich.progress import BarColumn, DownloadColumn, TextColumn, TimeRemainingColumn
        from rich.progress import Progress as Bar

        self._bar = Bar(TextColumn(self.label), BarColumn(), DownloadColumn(), TimeRemainingColumn(),
                        console=Console(file=sys.stderr), transient=True)
        self._bar.start()
        self._task = self._bar.add_task(self.label, total=total or None)

    def advance(self, n: int) -> None:
        """Count `n` more bytes done."""
        if self._bar is not None:
            self._bar.advance(self._task, n)

    def stop(self) -> None:
        """Remove the bar (it is transient), so the summary line follows the command."""
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
