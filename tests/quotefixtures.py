"""Tiny fictional articles and helpers shared by the index tests.

Every person, place and outlet here is invented.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

BRIDGE = """---
title: Norvale council backs the river bridge
date: 2031-05-02
outlet: The Norvale Courier
url: https://courier.example.org/bridge
---

Mayor Lina Ostrova defended the new bridge on Tuesday.

“The bridge will carry our trade for a century,” Ostrova said.

“We cannot wait another decade for security guarantees from the capital,” said Pavel Zorin, the harbour chief.

Hanna Kask, who leads the fishermen's guild, was unconvinced. “Nobody asked the boats,” Kask said.
"""

HARBOUR = """---
title: Harbour workers return to Tessaly
date: 2031-07-19
outlet: Tessaly Gazette
---

# Harbour workers return to Tessaly

Mikk Kask, the port's engineer, said repairs were finished. “The cranes are moving again,” Kask said.

Arno Velt Jr., the owner of the ferry line, praised the crews. “They worked through the storms,” Velt said.

“Security guarantees for the harbour are overdue,” said Mayor Ostrova.

Oleksiy Dorenkiy, the treasurer, spoke last. “The money for the cranes is there,” Dorenkiy said.
"""

LEDGER = [
    {"text": "Arno Velt, the shipping magnate, spoke in Norvale. “Our ships will sail from Tessaly by spring,” "
             "Velt said.\n\n“Café owners in Zürich told me the same,” said Oleksiy Dorenkyy, the treasurer.",
     "title": "Velt plans spring sailings", "date": "2031-09-03", "outlet": "Lorren Ledger",
     "url": "https://ledger.example.org/velt"},
    {"text": "“The ferry timetable is final,” said Arno Velt Jr., speaking for the ferry line.",
     "title": "Ferry timetable fixed", "date": "12 October 2031", "outlet": "Lorren Ledger"},
]


def write_corpus(folder: Path) -> Path:
    """The four fixture articles as .txt, .md and .jsonl files in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    (folder / "harbour.md").write_text(HARBOUR, encoding="utf-8")
    (folder / "ledger.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in LEDGER) + "\n",
                                         encoding="utf-8")
    return folder


def indexed(root: Path, write: Callable[[Path], Path]) -> Path:
    """An index in root/index holding the articles `write` puts in root/articles."""
    from quoteindex import ingest

    ingest.add(root / "index", [str(write(root / "articles"))])
    return root / "index"


def run_cli(*args: str, home: Path, env: dict | None = None, **kw) -> subprocess.CompletedProcess:
    """`quoteindex ARGS --index HOME` in a subprocess (stdout piped, so not a terminal)."""
    return subprocess.run([sys.executable, "-m", "quoteindex", *args, "--index", str(home)],
                          capture_output=True, text=True, env={**os.environ, **(env or {})}, check=False, **kw)
