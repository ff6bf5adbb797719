"""`quoteindex extract` as a user runs it: JSON Lines for scripts, folders
walked, and bad files reported on one line each without stopping the rest."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

FIELDS = {"source", "text", "start", "end", "speaker", "mention", "mention_start", "mention_end", "cue",
          "partial"}

GOOD = ("PORT BRENNICK - Dockworkers walked out on Tuesday.\n\n"
        "“We are not against machines,” Kasimir Rudd said.\n\n"
        "Mara Olsen, the port authority's chief, said: “Our offer is still on the table.”\n")


def run_extract(*args: str | Path) -> subprocess.CompletedProcess:
    """`python -m quoteindex extract ARGS`, output captured (so stdout is piped)."""
    return subprocess.run([sys.executable, "-m", "quoteindex", "extract", *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", timeout=300, check=False)


def json_lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def stderr_lines(proc: subprocess.CompletedProcess) -> list[str]:
    return [ln for ln in proc.stderr.splitlines() if ln.strip()]


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "strike.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_json_gives_one_object_per_quote(good: Path):
    proc = run_extract("--json", good)
    assert proc.returncode == 0, proc.stderr
    rows = json_lines(proc.stdout)
    assert len(rows) == 2
    for row in rows:
        assert FIELDS <= row.keys()
        assert row["source"] == str(good)
        assert GOOD[row["start"]:row["end"]] == row["text"]
        assert GOOD[row["mention_start"]:row["mention_end"]] == row["mention"]
        assert row["partial"] is False
    assert [(r["speaker"], r["cue"]) for r in rows] == [("Kasimir Rudd", "said"), ("Mara Olsen", "said")]
    assert rows[0]["text"].rstrip(",") == "We are not against machines"


def test_piped_output_without_json_flag_is_json_lines(good: Path):
    proc = run_extract(good)
    assert proc.returncode == 0, proc.stderr
    rows = json_lines(proc.stdout)
    assert [r["speaker"] for r in rows] == ["Kasimir Rudd", "Mara Olsen"]
    assert all(FIELDS <= r.keys() for r in rows)


def test_directory_is_walked(tmp_path: Path):
    (tmp_path / "news" / "2025").mkdir(parents=True)
    a = tmp_path / "news" / "a.txt"
    b = tmp_path / "news" / "2025" / "b.txt"
    a.write_text(GOOD, encoding="utf-8")
    b.write_text("“The ferry stays until May,” Tamsin Rell said.\n", encoding="utf-8")
    (tmp_path / "news" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    proc = run_extract("--json", tmp_path / "news")
    assert proc.returncode == 0, proc.stderr
    assert stderr_lines(proc) == []
    rows = json_lines(proc.stdout)
    assert {r["source"] for r in rows} == {str(a), str(b)}
    assert {r["speaker"] for r in rows} == {"Kasimir Rudd", "Mara Olsen", "Tamsin Rell"}


def _binary(path: Path) -> None:
    path.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4)


def _latin1(path: Path) -> None:
    path.write_bytes("“Café prices are up,” Zoë Brisk said.".encode("cp1252"))


def _utf16(path: Path) -> None:
    path.write_text("“Café prices are up,” Zoë Brisk said.", encoding="utf-16")  # Notepad's "Unicode"


def _huge(path: Path) -> None:
    # 50 MB without writing 50 MB: a sparse file
    with open(path, "wb") as f:
        f.truncate(50 * 1024 * 1024)


def _pdf(path: Path) -> None:
    path.write_bytes(b"%PDF-1.4\n\xe2\x80\x9cThe rota is fair,\xe2\x80\x9d said Ilse Marrow.\n")  # text-like, still a PDF


@pytest.mark.parametrize("name, make", [
    ("scan.pdf", _pdf),
    ("program.txt", _binary),
    ("cp1252.txt", _latin1),
    ("notepad.txt", _utf16),
    ("huge.txt", _huge),
    ("missing.txt", None),
], ids=["pdf", "binary", "invalid-utf8", "utf16", "50mb", "missing"])
def test_bad_file_is_one_line_error_and_others_still_processed(tmp_path: Path, good: Path, name, make):
    bad = tmp_path / name
    if make is not None:
        make(bad)
    proc = run_extract("--json", bad, good)
    assert proc.returncode == 2
    errors = stderr_lines(proc)
    assert len(errors) == 1, proc.stderr
    assert str(bad) in errors[0]
    if make is _utf16:
        assert "UTF-16" in errors[0] and "iconv" in errors[0]
    if make is _pdf:
        assert "a PDF document, not text" in errors[0]
    assert "Traceback" not in proc.stderr
    rows = json_lines(proc.stdout)
    assert [r["speaker"] for r in rows] == ["Kasimir Rudd", "Mara Olsen"]
    assert {r["source"] for r in rows} == {str(good)}


def test_empty_file_has_no_quotes_and_is_not_an_error(tmp_path: Path, good: Path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    proc = run_extract("--json", empty, good)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    rows = json_lines(proc.stdout)
    assert {r["source"] for r in rows} == {str(good)}
    assert len(rows) == 2


def test_unbalanced_quotes_do_not_hide_later_quotes(tmp_path: Path):
    path = tmp_path / "unbalanced.txt"
    path.write_text("Helen Varro said the board would meet again. “We are not giving up\n\n"
                    "The next round of talks is on Friday.\n\n"
                    "“Nothing is agreed until everything is agreed,” David Osk said.\n\n"
                    "A stray ” mark and a lone “ mark end the article.\n", encoding="utf-8")
    proc = run_extract("--json", path)
    assert proc.returncode == 0, proc.stderr
    rows = json_lines(proc.stdout)
    osk = [r for r in rows if r["text"].startswith("Nothing is agreed")]
    assert len(osk) == 1 and osk[0]["speaker"] == "David Osk"
    assert not any("next round" in r["text"] for r in rows)


def test_worker_processes_give_the_same_output_in_the_same_order(tmp_path: Path):
    """A big folder is shared between two processes; a reader must not see the
    order or the quotes change, and a bad file still gets its one-line error."""
    for i in range(6):
        (tmp_path / f"{i:02}.txt").write_text(GOOD.replace("Kasimir Rudd", f"Kasimir Rudd{'e' * i}"),
                                              encoding="utf-8")
    (tmp_path / "03b.txt").write_bytes(b"\xff\xfe not text")
    one, two = run_extract("--json", "--jobs", "1", tmp_path), run_extract("--json", "--jobs", "2", tmp_path)
    assert one.returncode == two.returncode == 2
    assert one.stdout == two.stdout
    assert len(json_lines(two.stdout)) == 12
    assert [ln for ln in stderr_lines(two) if "03b.txt" in ln] and len(stderr_lines(two)) == 1


def test_web_pages_and_json_files_are_read_as_articles(tmp_path: Path):
    """A saved page gives its article's quotes, not its navigation's; a JSON Lines file gives
    each record's quotes under "file#record", and a bad record is reported on its own."""
    (tmp_path / "page.html").write_text(
        "<html><head><title>Velkov warns on port deal</title></head><body>"
        "<nav>Home | World | “Subscribe today,” the Courier says</nav><article>"
        "<h1>Velkov warns on port deal</h1>"
        "<p>Tessel President Mara Velkov said on Monday that the harbour deal was dead.</p>"
        "<p>“We will not sign anything that gives away the harbour,” Velkov told reporters in Ostra.</p>"
        "</article><footer>“Subscribe today,” the Courier says. Copyright Velmark Courier.</footer>"
        "</body></html>", encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join([json.dumps({"title": "Ferry", "text": "“The ferry is late again,” said Ilse Varga."}),
                               "{not json",
                               json.dumps({"title": "Bridge", "text": "“We need a new bridge,” Mayor Jon Roos said."})])
                    + "\n", encoding="utf-8")
    proc = run_extract("--json", tmp_path)
    rows = json_lines(proc.stdout)
    assert [(Path(r["source"]).name, r["speaker"]) for r in rows] == [
        ("feed.jsonl#1", "Ilse Varga"), ("feed.jsonl#3", "Jon Roos"), ("page.html", "Mara Velkov")]
    assert rows[2]["text"] == "We will not sign anything that gives away the harbour,"
    assert proc.returncode == 2
    assert stderr_lines(proc) == [f"quoteindex: {feed}#2: invalid JSON (Expecting property name enclosed in double quotes at column 2)"]


def test_article_over_a_million_characters_is_read_to_its_end(tmp_path: Path):
    """spaCy's default length limit guards a trained parser's memory; the tokenizer alone
    reads a long report (a court ruling, a hearing transcript) whole."""
    filler = "The committee heard evidence about the harbour fees for another hour.\n\n" * 15_000
    article = tmp_path / "hearing.txt"
    article.write_text(filler + "“We will appeal,” said Ilse Varga.\n", encoding="utf-8")
    assert article.stat().st_size > 1_000_000
    proc = run_extract("--json", article)
    assert proc.returncode == 0, proc.stderr
    assert [r["speaker"] for r in json_lines(proc.stdout)] == ["Ilse Varga"]


@pytest.mark.parametrize("name", ["story", "notes.text"])
def test_a_named_file_of_another_name_is_read_as_text(tmp_path: Path, name: str):
    """A file named on the command line is read whatever its name (a download without a suffix,
    a pipe such as /dev/stdin); only folders are filtered by suffix."""
    path = tmp_path / name
    path.write_text("“The rota is fair,” said Ilse Marrow.\n", encoding="utf-8")
    proc = run_extract("--json", path)
    assert proc.returncode == 0, proc.stderr
    assert [r["speaker"] for r in json_lines(proc.stdout)] == ["Ilse Marrow"]
