"""The durable store and its search index: crashes, rebuilds, concurrent writers and readers."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time

import pytest
from quotefixtures import run_cli, write_corpus

from quoteindex import ingest
from quoteindex.articles import Article
from quoteindex.index import FORMAT_FILE, IndexUnavailable, SearchIndex
from quoteindex.paths import data_dir, db_path, search_path
from quoteindex.records import Quote
from quoteindex.search import search
from quoteindex.store import Store

# Adds the corpus one article per transaction and, after the second file,
# either dies by SIGKILL or announces itself (argv[4]) and waits for argv[4].go.
ADD_AND_STOP = """
import os, signal, sys, time
from pathlib import Path
from quoteindex import ingest
ingest.BATCH_ARTICLES = 1
home, corpus, mode, flag = Path(sys.argv[1]), sys.argv[2], sys.argv[3], Path(sys.argv[4])
files = []
def progress(n):
    files.append(n)
    if len(files) == 2:
        if mode == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        flag.write_text("midway")
        while not Path(str(flag) + ".go").exists():
            time.sleep(0.05)
ingest.add(home, [corpus], jobs=1, on_progress=progress)
"""


def _start_add(tmp_path, home, corpus, mode):
    flag = tmp_path / "flag"
    proc = subprocess.Popen([sys.executable, "-c", ADD_AND_STOP, str(home), str(corpus), mode, str(flag)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return proc, flag


def _wait_for(path, proc):
    deadline = time.monotonic() + 120
    while not path.exists():
        assert proc.poll() is None, proc.stderr.read()
        assert time.monotonic() < deadline, "the add never reached its midpoint"
        time.sleep(0.05)


def test_the_index_location_follows_option_then_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("QUOTEINDEX_HOME", str(tmp_path / "env"))
    assert data_dir(None) == tmp_path / "env"
    assert data_dir(str(tmp_path / "opt")) == tmp_path / "opt"
    monkeypatch.delenv("QUOTEINDEX_HOME")
    assert data_dir(None).name == "quoteindex"


def test_the_database_is_plain_sqlite_with_readable_tables(tmp_path):
    home = tmp_path / "index"
    ingest.add(home, [str(write_corpus(tmp_path / "articles"))])
    db = sqlite3.connect(db_path(home))
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "quotes", "speakers", "aliases", "roles", "corrections"} <= tables
    row = db.execute("SELECT q.text, s.name, a.title, substr(a.text, q.start_char + 1, q.end_char - q.start_char) "
                     "FROM quotes q JOIN speakers s ON s.id = q.speaker_id JOIN articles a ON a.id = q.article_id "
                     "WHERE s.name = 'Pavel Zorin'").fetchone()
    assert row[1:3] == ("Pavel Zorin", "Norvale council backs the river bridge")
    assert row[0] == row[3]  # offsets point at the quote in the stored text


def test_bulk_api_stores_and_indexes_synthetic_quotes(tmp_path):
    home = tmp_path / "index"
    with Store(home, create=True) as store:
        with store.transaction():
            for n in range(3):
                aid, _ = store.put_article(Article(key=f"synthetic-{n}", source="generated", text="x" * 40,
                                                   date=f"2030-01-0{n + 1}"))
                store.add_quotes(aid, [Quote(f"tide number {n} rises", 0, 20, speaker="Ola Fenn")], [None])
        assert SearchIndex(home).rebuild(store) == 3
    assert [h.row.date for h in search(home, "tide", sort="date").hits] == ["2030-01-03", "2030-01-02", "2030-01-01"]


def test_an_add_killed_midway_loses_nothing_committed_and_the_next_add_completes(tmp_path):
    corpus = write_corpus(tmp_path / "articles")
    home = tmp_path / "index"
    proc, _ = _start_add(tmp_path, home, corpus, "kill")
    proc.wait(timeout=120)
    assert proc.returncode == -9
    with Store(home) as store:  # opens fine
        assert store.counts()["articles"] == 2  # the two committed transactions
        assert store.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # searchable meanwhile, and honest that the stored articles are not in the search index yet
    assert search(home, "", since="2000").pending == 2
    summary = ingest.add(home, [str(corpus)])
    assert summary.added == 2 and summary.unchanged == 2  # the committed ones are not extracted again
    everything = search(home, "", since="2000", limit=50)
    assert len(everything.hits) == 10 and everything.pending == 0
    assert search(home, "century").hits[0].row.speaker == "Lina Ostrova"


def test_search_works_during_an_add_and_a_second_writer_fails_or_waits(tmp_path):
    corpus = write_corpus(tmp_path / "articles")
    home = tmp_path / "index"
    ingest.add(home, [str(corpus / "bridge.txt")])
    proc, flag = _start_add(tmp_path, home, corpus, "pause")
    try:
        _wait_for(flag, proc)
        assert [h.row.speaker for h in search(home, "century").hits] == ["Lina Ostrova"]
        busy = run_cli("add", str(corpus), home=home)
        assert busy.returncode == 2
        assert "being changed by quoteindex add (pid" in busy.stderr and "Traceback" not in busy.stderr
        waiting = subprocess.Popen([sys.executable, "-m", "quoteindex", "add", str(corpus), "--index", str(home),
                                    "--wait", "120"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        (tmp_path / "flag.go").write_text("go")
        assert proc.wait(timeout=120) == 0
        _, err = waiting.communicate(timeout=120)
        assert waiting.returncode == 0 and "4 unchanged" in err
    finally:
        (tmp_path / "flag.go").write_text("go")
        proc.kill()
    assert {h.row.speaker for h in search(home, "cranes").hits} == {"Mikk Kask", "Oleksiy Dorenkiy"}


def _damage(folder, damage):
    """Break the search index in `folder` in one of the ways a disk or a user can."""
    if damage == "delete":
        shutil.rmtree(folder)
    elif damage == "other version":
        (folder / FORMAT_FILE).write_text('{"engine": "tantivy", "version": 0}')
    elif damage == "junk fast field":  # tantivy panics in Rust on this one
        for f in folder.glob("*.fast"):
            f.write_bytes(b"junk\n")
    else:
        for f in folder.iterdir():
            if f.suffix in (".term", ".idx", ".pos", ".fast"):  # the segments' files, not their list
                f.write_bytes(b"\x00garbage")


@pytest.mark.parametrize("damage", ["delete", "truncate", "junk fast field", "other version"])
def test_reindex_rebuilds_a_deleted_or_damaged_search_index(tmp_path, damage):
    home = tmp_path / "index"
    ingest.add(home, [str(write_corpus(tmp_path / "articles"))])
    _damage(search_path(home), damage)
    with pytest.raises(IndexUnavailable, match="quoteindex reindex"):
        search(home, "cranes")
    broken = run_cli("search", "cranes", home=home)
    assert broken.returncode == 2 and "Traceback" not in broken.stderr
    assert f"`quoteindex reindex --index {home}`" in broken.stderr and len(broken.stderr.splitlines()) == 1
    done = run_cli("reindex", home=home)
    assert done.returncode == 0 and "10 quotes" in done.stderr
    assert len(search(home, "cranes").hits) == 2


@pytest.mark.parametrize("damage", ["delete", "junk fast field"])
def test_an_add_repairs_a_missing_or_damaged_search_index_itself(tmp_path, damage):
    corpus = write_corpus(tmp_path / "articles")
    home = tmp_path / "index"
    ingest.add(home, [str(corpus / "bridge.txt")])
    _damage(search_path(home), damage)
    ingest.add(home, [str(corpus)])
    assert len(search(home, "", since="2000", limit=50).hits) == 10
    assert os.listdir(search_path(home))


@pytest.mark.parametrize("command", [("search", "cranes"), ("speakers",), ("remove", "1"),
                                     ("add", "bridge.txt")], ids=["search", "speakers", "remove", "add"])
def test_a_damaged_database_is_one_line_naming_it(tmp_path, command):
    """A copy cut short or a disk fault: every command says which file is damaged, no traceback."""
    corpus = write_corpus(tmp_path / "articles")
    home = tmp_path / "index"
    ingest.add(home, [str(corpus / "bridge.txt")])
    db = db_path(home)
    with sqlite3.connect(db) as con:  # everything into the main file, then cut it short
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.write_bytes(db.read_bytes()[:6000])
    args = [str(corpus / a) if a.endswith(".txt") else a for a in command]
    done = run_cli(*args, home=home)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    [line] = done.stderr.splitlines()
    assert str(db) in line and "damaged" in line


@pytest.mark.parametrize("command", [("reindex",), ("speakers", "rename", "Ada Roux", "Ada Roux-Berg")],
                         ids=["reindex", "rename"])
def test_a_mistyped_index_is_reported_not_created(tmp_path, command):
    nowhere = tmp_path / "nowhere"
    done = run_cli(*command, home=nowhere)
    assert done.returncode == 2 and "no quote index at" in done.stderr and "Traceback" not in done.stderr
    assert not nowhere.exists()
