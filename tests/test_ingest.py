"""`quoteindex add`: formats, metadata, idempotent re-adds, replaced articles, bad files."""
from __future__ import annotations

import json
import os

import pytest
from quotefixtures import BRIDGE, run_cli, write_corpus

from quoteindex import ingest
from quoteindex.articles import front_matter, load_file
from quoteindex.search import search
from quoteindex.store import Store


@pytest.fixture()
def corpus(tmp_path):
    return write_corpus(tmp_path / "articles")


def _quote_ids(home):
    with Store(home) as s:
        return [r[0] for r in s.db.execute("SELECT id FROM quotes ORDER BY id")]


def test_add_reads_every_format_with_its_metadata(tmp_path, corpus):
    html = corpus / "storm.html"
    html.write_text("""<html><head><title>Storm closes Lorren port | Lorren Ledger</title>
<meta property="og:title" content="Storm closes Lorren port">
<meta property="og:site_name" content="Lorren Ledger">
<meta property="article:published_time" content="2024-02-11T08:00:00Z">
<link rel="canonical" href="https://ledger.example.org/storm"></head>
<body><nav>Home | Ports</nav><article><h1>Storm closes Lorren port</h1>
<p>The port of Lorren closed on Sunday as the storm reached the coast, the harbour office said in the morning.</p>
<p>“No ship leaves until the wind drops,” said harbour master Edda Rinn, speaking at the quay in Lorren.</p>
</article><footer>About us</footer></body></html>""", encoding="utf-8")
    home = tmp_path / "index"
    summary = ingest.add(home, [str(corpus)])
    assert summary.added == 5 and not summary.skipped
    with Store(home) as s:
        rows = {r[0]: r[1:] for r in s.db.execute("SELECT title, date, outlet, url FROM articles")}
    assert rows["Storm closes Lorren port"] == ("2024-02-11", "Lorren Ledger", "https://ledger.example.org/storm")
    assert rows["Norvale council backs the river bridge"][:2] == ("2031-05-02", "The Norvale Courier")
    assert rows["Ferry timetable fixed"][:2] == ("2031-10-12", "Lorren Ledger")  # "12 October 2031" normalised
    hits = search(home, "wind", speaker="Edda Rinn").hits
    assert [h.row.text for h in hits] == ["No ship leaves until the wind drops,"]


def test_a_file_date_is_never_taken_from_its_mtime(tmp_path):
    f = tmp_path / "plain.txt"
    f.write_text("“We sail at dawn,” said Captain Ivo Marr.\n", encoding="utf-8")
    os.utime(f, (1_600_000_000, 1_600_000_000))
    [article] = load_file(str(f))
    assert article.date is None


def test_front_matter_is_metadata_not_text():
    meta, body = front_matter(BRIDGE)
    assert meta["title"] == "Norvale council backs the river bridge"
    assert meta["outlet"] == "The Norvale Courier"
    assert body.lstrip().startswith("Mayor Lina Ostrova")


def test_re_adding_unchanged_articles_changes_nothing(tmp_path, corpus):
    home = tmp_path / "index"
    first = ingest.add(home, [str(corpus)])
    ids = _quote_ids(home)
    again = ingest.add(home, [str(corpus)])
    assert again.added == 0 and again.replaced == 0 and again.unchanged == first.added
    assert _quote_ids(home) == ids
    assert len(search(home, "cranes").hits) == 2  # no duplicates in the search index either


def test_a_changed_article_replaces_its_old_quotes(tmp_path, corpus):
    home = tmp_path / "index"
    ingest.add(home, [str(corpus)])
    path = corpus / "bridge.txt"
    path.write_text(BRIDGE.replace("carry our trade for a century", "outlast every one of us"), encoding="utf-8")
    summary = ingest.add(home, [str(path)])
    assert summary.replaced == 1 and summary.added == 0
    assert not search(home, '"carry our trade"').hits
    assert [h.row.speaker for h in search(home, "outlast").hits] == ["Lina Ostrova"]
    with Store(home) as s:
        assert s.counts()["articles"] == 4


def test_bad_files_are_skipped_with_a_reason_and_the_rest_ingested(tmp_path, corpus):
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.4")
    (corpus / "latin1.txt").write_bytes("“Ça va,” dit Rémi Sol.".encode("cp1252"))
    (corpus / "image.txt").write_bytes(b"\x89PNG\x00\x00\x00")
    (corpus / "empty.md").write_text("---\ntitle: Nothing yet\n---\n\n", encoding="utf-8")
    with open(corpus / "ledger.jsonl", "a", encoding="utf-8") as f:
        f.write("{not json\n")
        f.write(json.dumps({"title": "no text here"}) + "\n")
    home = tmp_path / "index"
    summary = ingest.add(home, [str(corpus), str(corpus / "scan.pdf"), str(tmp_path / "missing.txt")])
    reasons = {os.path.basename(s.source): s.reason for s in summary.skipped}
    assert "a PDF document, not text" in reasons["scan.pdf"]
    assert "not valid UTF-8" in reasons["latin1.txt"]
    assert "binary" in reasons["image.txt"]
    assert "no article text" in reasons["empty.md"]
    assert "no such file" in reasons["missing.txt"]
    assert "invalid JSON" in reasons["ledger.jsonl#3"]
    assert "text" in reasons["ledger.jsonl#4"]
    assert summary.added == 4
    assert "; 7 skipped in " in summary.line()


def _content(home):
    """Every stored quote with its article and speaker, in a fixed order."""
    with Store(home) as s:
        return s.db.execute("SELECT a.key, q.text, s.name, q.speaker_id FROM quotes q "
                            "JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id "
                            "ORDER BY a.key, q.start_char").fetchall()


def test_two_worker_processes_store_the_same_as_one(tmp_path, corpus):
    serial, parallel = tmp_path / "one", tmp_path / "two"
    ingest.add(serial, [str(corpus)], jobs=1)
    ingest.add(parallel, [str(corpus)], jobs=2)
    assert _content(parallel) == _content(serial)


def test_speakers_are_the_same_people_however_few_the_writer_keeps_in_memory(tmp_path, corpus, monkeypatch):
    from quoteindex.identity import Resolver

    ingest.add(tmp_path / "roomy", [str(corpus)], jobs=1)
    monkeypatch.setattr(Resolver, "CACHED", 1)  # every speaker but the last is looked up again in SQLite
    ingest.add(tmp_path / "tight", [str(corpus)], jobs=1)
    assert _content(tmp_path / "tight") == _content(tmp_path / "roomy")


def test_adding_a_missing_path_says_no_such_file(tmp_path):
    done = run_cli("add", str(tmp_path / "nonexistent"), home=tmp_path / "index")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert f"skipped {tmp_path / 'nonexistent'}: no such file" in done.stderr


def test_a_skipped_file_fails_the_run_once_the_rest_is_added(tmp_path, corpus):
    """A nightly script must see that a file was dropped: exit 2, its reason on one line,
    the good articles added all the same."""
    (corpus / "latin1.txt").write_bytes("“Ça va,” dit Rémi Sol.".encode("cp1252"))
    done = run_cli("add", str(corpus), home=tmp_path / "index")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert [ln for ln in lines if "latin1.txt" in ln] == [
        f"quoteindex: skipped {corpus / 'latin1.txt'}: not valid UTF-8 (byte 0x93 at offset 0); "
        "convert it with e.g. iconv -f cp1252 -t utf-8"]
    assert lines[-1].startswith("4 articles added") and "; 1 skipped in " in lines[-1]


def test_an_engine_failure_skips_only_the_article_it_failed_on(tmp_path, corpus, monkeypatch):
    from quoteindex import pipeline

    real = pipeline.extract_many

    def fragile(texts, nlp=None):
        for text in texts:
            if "Arno Velt, the shipping magnate" in text:
                raise RuntimeError("the engine tripped")
            yield from real([text], nlp)

    monkeypatch.setattr(pipeline, "extract_many", fragile)
    home = tmp_path / "index"
    summary = ingest.add(home, [str(corpus)], jobs=1)
    assert [(s.source.rsplit(os.sep, 1)[-1], s.reason) for s in summary.skipped] == [
        ("ledger.jsonl#1", "extraction failed: RuntimeError: the engine tripped")]
    assert summary.added == 3  # the other record of the same file is stored
    assert [h.row.speaker for h in search(home, "timetable").hits] == ["Arno Velt Jr."]
    with Store(home) as s:
        assert s.counts()["articles"] == 3


def test_an_unknown_model_stops_the_add_with_a_one_line_error(tmp_path, corpus):
    done = run_cli("add", str(corpus / "bridge.txt"), "--model", "xx_no_such_model", home=tmp_path / "index")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "cannot load model 'xx_no_such_model'" in done.stderr


FERRY_STRIKE = """---
title: Velmark ferry crews walk out
date: 2032-03-04
outlet: The Velmark Courier
url: {url}
---

Ferry crews in Velmark stopped work at dawn on Thursday.

“Not one boat leaves until the rota is fair,” said Ilse Marrow, who speaks for the crews.
"""

FERRY_URL = "https://www.velmark-courier.example/2032/03/ferry-strike"


@pytest.mark.parametrize("variant", [
    FERRY_URL + "/",
    "http://www.velmark-courier.example/2032/03/ferry-strike",
    "https://WWW.Velmark-Courier.example/2032/03/ferry-strike",
    FERRY_URL + "#comments",
    FERRY_URL + "?utm_source=newsletter&utm_medium=email",
    FERRY_URL + "?fbclid=IwAR0x&gclid=Cj0K&mc_cid=5f1&mc_eid=a9",
    "https://www.velmark-courier.example:443/2032/03/ferry-strike/?utm_campaign=spring#top",
])
def test_an_article_linked_with_a_tracking_parameter_or_a_trailing_slash_is_stored_once(tmp_path, variant):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "from-the-site.txt").write_text(FERRY_STRIKE.format(url=FERRY_URL), encoding="utf-8")
    (folder / "from-the-newsletter.txt").write_text(FERRY_STRIKE.format(url=variant), encoding="utf-8")
    home = tmp_path / "index"
    summary = ingest.add(home, [str(folder)])
    assert (summary.added, summary.unchanged, summary.skipped) == (1, 1, [])
    assert len(search(home, "rota").hits) == 1
    with Store(home) as s:
        [(url,)] = s.db.execute("SELECT url FROM articles").fetchall()
    assert url == variant  # shown as first given (the newsletter's file sorts first)
    assert len(search(home, "rota", article=FERRY_URL + "?utm_source=rss").hits) == 1  # --article: any link
    # and a corrected text under yet another form of the link replaces it
    corrected = FERRY_STRIKE.format(url=FERRY_URL + "/?utm_source=rss").replace("is fair", "is fair again")
    (folder / "from-the-site.txt").write_text(corrected, encoding="utf-8")
    again = ingest.add(home, [str(folder / "from-the-site.txt")])
    assert (again.added, again.replaced) == (0, 1)
    assert [h.row.text for h in search(home, "rota").hits] == ["Not one boat leaves until the rota is fair again,"]


def test_links_to_other_pages_stay_other_articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, url in [("a", FERRY_URL), ("b", FERRY_URL + "/?utm_source=rss"),
                      ("c", "https://www.velmark-courier.example/2032/03/Ferry-Strike"),  # paths keep their case
                      ("d", FERRY_URL + "?page=2"),  # any but a tracking parameter may pick another page
                      ("e", "https://velmark-courier.example/2032/03/ferry-strike-live")]:
        (folder / f"{name}.txt").write_text(FERRY_STRIKE.format(url=url), encoding="utf-8")
    summary = ingest.add(tmp_path / "index", [str(folder)])
    assert (summary.added, summary.unchanged) == (4, 1)


def test_a_text_and_a_web_page_with_one_url_keep_one_stable_version(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "strike.txt").write_text(FERRY_STRIKE.format(url=FERRY_URL), encoding="utf-8")
    (folder / "strike.html").write_text(f"""<html><head><title>Velmark ferry crews walk out</title>
<meta property="og:site_name" content="The Velmark Courier">
<link rel="canonical" href="{FERRY_URL}/"></head>
<body><article><h1>Velmark ferry crews walk out</h1>
<p>Ferry crews in Velmark stopped work at dawn on Thursday, leaving the harbour of Velmark silent.</p>
<p>“Not one boat leaves until the rota is fair, and the harbour board knows it,” said Ilse Marrow, who speaks for the crews.</p>
</article></body></html>""", encoding="utf-8")
    home = tmp_path / "index"
    first = ingest.add(home, [str(folder)])
    ids = _quote_ids(home)
    for _ in range(2):
        again = ingest.add(home, [str(folder)])
        assert (again.added, again.replaced, again.unchanged) == (0, 0, 1)
        assert _quote_ids(home) == ids
    assert first.added == 1
    [note] = again.skipped
    assert note.source == str(folder / "strike.txt")
    assert note.reason == f"same URL as {folder / 'strike.html'}, which is kept"
    with Store(home) as s:
        assert s.counts()["articles"] == 1


def test_an_archive_keyed_by_urls_as_given_finds_them_unchanged_when_re_added(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "strike.txt").write_text(FERRY_STRIKE.format(url=FERRY_URL + "/"), encoding="utf-8")
    home = tmp_path / "index"
    ingest.add(home, [str(folder)])
    ids = _quote_ids(home)
    with Store(home) as s:  # as an archive written when the URL as given was the key
        s.db.execute("UPDATE articles SET key = url, digest = 'as-given'")
        s.db.execute("DELETE FROM meta WHERE key = 'url_keys'")
    again = ingest.add(home, [str(folder)])
    assert (again.added, again.replaced, again.unchanged) == (0, 0, 1)
    assert _quote_ids(home) == ids


def test_a_renamed_file_keeps_its_quotes_under_its_new_path(tmp_path, corpus):
    home = tmp_path / "index"
    ingest.add(home, [str(corpus)])
    ids = _quote_ids(home)
    (corpus / "bridge.txt").rename(corpus / "bridge-final.txt")
    again = ingest.add(home, [str(corpus)])
    assert (again.added, again.replaced, again.unchanged) == (0, 0, 4) and _quote_ids(home) == ids
    [hit] = search(home, "century").hits
    assert hit.row.source == str(corpus / "bridge-final.txt")
    (corpus / "copy.txt").write_text(BRIDGE, encoding="utf-8")  # a copy beside it moves nothing
    ingest.add(home, [str(corpus)])
    assert search(home, "century").hits[0].row.source == str(corpus / "bridge-final.txt")


def test_editing_a_file_keeps_the_quotes_of_its_copy_beside_it(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    story = "“The ferries will stop on Monday,” said Tom Berg, the union leader.\n"
    for name in ("strike.txt", "strike_copy.txt"):  # the same story saved twice
        (folder / name).write_text(story, encoding="utf-8")
    home = tmp_path / "index"
    ingest.add(home, [str(folder)])
    (folder / "strike.txt").write_text(story.replace("Monday", "Tuesday"), encoding="utf-8")
    ingest.add(home, [str(folder)])
    assert [h.row.source for h in search(home, "Monday").hits] == [str(folder / "strike_copy.txt")]
    assert [h.row.source for h in search(home, "Tuesday").hits] == [str(folder / "strike.txt")]
    again = ingest.add(home, [str(folder)])
    assert (again.added, again.replaced, again.unchanged) == (0, 0, 2)


def test_a_record_inserted_above_others_leaves_their_quotes_in_place(tmp_path):
    feed = tmp_path / "feed.jsonl"
    records = [{"text": "“The bridge opens in May,” said Lena Brandt.", "title": "Bridge date set"},
               {"text": "“The school stays open,” said Piet Saal.", "title": "School saved"}]
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    home = tmp_path / "index"
    ingest.add(home, [str(feed)])
    ids = _quote_ids(home)
    new = {"text": "“The ferry is late again,” said Ana Rell.", "title": "Ferry late"}
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [new, *records]), encoding="utf-8")
    again = ingest.add(home, [str(feed)])
    assert (again.added, again.replaced, again.unchanged) == (1, 0, 2)
    assert _quote_ids(home)[:2] == ids
    speakers = {h.row.speaker: h.row.source for h in search(home, "the", limit=10).hits}
    assert speakers == {"Ana Rell": f"{feed}#1", "Lena Brandt": f"{feed}#2", "Piet Saal": f"{feed}#3"}


def test_remove_takes_articles_out_and_refuses_a_reference_to_none_or_several(tmp_path, corpus):
    home = tmp_path / "index"
    ingest.add(home, [str(corpus)])
    several = run_cli("remove", "ledger", "Norvale council", home=home)  # two records of ledger.jsonl
    assert several.returncode == 2 and len(several.stderr.splitlines()) == 1
    assert "'ledger' matches 2 articles: #3 Velt plans spring sailings (https://ledger.example.org/velt), " \
           "#4 Ferry timetable fixed (" in several.stderr
    none = run_cli("remove", "Norvale council", "no such story", home=home)
    assert none.returncode == 2 and "no article matches 'no such story'" in none.stderr
    for vague in ("", " ", ".", "a"):  # "remove ." typed like "add .": no article is named by it
        refused = run_cli("remove", vague, home=home)
        assert refused.returncode == 2 and "no article matches" in refused.stderr, vague
    assert len(search(home, "", since="2000", limit=50).hits) == 10  # nothing removed by either
    done = run_cli("remove", "Norvale council", str(corpus / "harbour.md"), home=home)
    assert done.returncode == 0 and "removed 2 articles and 7 quotes" in done.stderr
    left = search(home, "", since="2000", limit=50)
    assert left.total == 3 and {h.row.speaker for h in left.hits} == {"Arno Velt", "Arno Velt Jr.", "Oleksiy Dorenkiy"}
    with Store(home) as s:
        assert sorted(r.name for r in s.speakers()) == ["Arno Velt", "Arno Velt Jr.", "Oleksiy Dorenkiy"]


def test_a_later_record_with_the_same_url_in_one_file_is_the_version_kept(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    url = "https://courier.example.org/bridge-date"
    records = [{"text": "“The bridge opens in May,” said Lena Brandt.", "title": "Bridge date set", "url": url},
               {"text": "“The school stays open,” said Piet Saal.", "title": "School saved"},
               {"text": "“The bridge opens in June,” said Lena Brandt.", "title": "Bridge date moved", "url": url}]
    for name in ("feed.jsonl", "feed.json"):
        (folder / name).write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) if name.endswith("l")
                                   else json.dumps(records, ensure_ascii=False), encoding="utf-8")
        home = tmp_path / f"index-{name}"
        first = ingest.add(home, [str(folder / name)])
        assert (first.added, first.replaced, first.skipped) == (2, 0, [])
        assert [h.row.title for h in search(home, "bridge").hits] == ["Bridge date moved"]
        again = run_cli("add", str(folder / name), home=home)
        assert again.returncode == 0 and "(2 unchanged)" in again.stderr
