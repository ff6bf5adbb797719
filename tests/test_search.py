"""Searching: phrases, speakers by any alias, dates, outlets, articles, syntax, errors, exit codes."""
from __future__ import annotations

import csv
import io
import json
import re
import sys

import pytest
from quotefixtures import indexed, run_cli, write_corpus

from quoteindex.search import QueryError, search


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    return indexed(tmp_path_factory.mktemp("search"), write_corpus)


def texts(results):
    return sorted(h.row.text for h in results.hits)


def test_a_phrase_matches_only_those_words_in_that_order(home):
    assert texts(search(home, '"security guarantees"')) == [
        "Security guarantees for the harbour are overdue,",
        "We cannot wait another decade for security guarantees from the capital,"]
    assert not search(home, '"guarantees security"').hits


@pytest.mark.parametrize("query", ["“security guarantees”", "„security guarantees“", "«security guarantees»"])
def test_curly_quotes_in_the_query_make_a_phrase(home, query):
    assert texts(search(home, query)) == texts(search(home, '"security guarantees"'))
    assert not search(home, query.replace("security guarantees", "guarantees security")).hits


def test_hit_words_are_highlighted_in_stemmed_form(home):
    [hit] = search(home, "guarantee", speaker="Pavel Zorin").hits
    assert [hit.row.text[a:b] for a, b in hit.highlights] == ["guarantees"]


def test_accents_and_word_forms_do_not_matter(home):
    assert texts(search(home, "cafe zurich")) == ["Café owners in Zürich told me the same,"]
    assert texts(search(home, "Crânes")) == texts(search(home, "crane")) == texts(search(home, "cranes"))
    # a speaker's name, accented or not, in the query or in --speaker
    dorenkiy = ["Café owners in Zürich told me the same,", "The money for the cranes is there,"]
    assert texts(search(home, "speaker:Dorénkiy")) == dorenkiy
    assert texts(search(home, "", speaker="Oléksiy Dorénkiy")) == dorenkiy


def test_boolean_operators_and_fuzzy_terms(home):
    assert len(search(home, "cranes OR boats").hits) == 3
    assert texts(search(home, "(boats OR cranes) AND money")) == ["The money for the cranes is there,"]
    assert texts(search(home, "cranes NOT money")) == ["The cranes are moving again,"]
    assert texts(search(home, "timetible~")) == ["The ferry timetable is final,"]  # one letter wrong
    assert texts(search(home, "timetabel~2")) == ["The ferry timetable is final,"]  # two swapped


def test_wildcards_fields_and_a_lone_not(home):
    assert texts(search(home, "timet*")) == ["The ferry timetable is final,"]
    assert texts(search(home, "zur?ch")) == ["Café owners in Zürich told me the same,"]  # folded like the text
    assert [hit.row.text[a:b] for hit in search(home, "crane*").hits for a, b in hit.highlights] == ["cranes"] * 2
    assert texts(search(home, "title:timetable")) == ["The ferry timetable is final,"]
    assert texts(search(home, "title:timetabl*")) == texts(search(home, "Title:timetible~")) == [
        "The ferry timetable is final,"]  # title words as written, field names in any case
    assert len(search(home, "outlet:ledger").hits) == 3
    assert texts(search(home, "speaker:kask cranes")) == ["The cranes are moving again,"]
    assert len(search(home, "NOT cranes").hits) == 8  # everything but the two quotes about cranes


def test_a_huge_limit_returns_every_match(home):
    assert len(search(home, "cranes", limit=3_000_000_000).hits) == 2


def test_a_leading_minus_leaves_out_a_word_a_phrase_or_a_field(home):
    assert texts(search(home, "cranes -money")) == ["The cranes are moving again,"]
    assert texts(search(home, 'cranes -"the money"')) == ["The cranes are moving again,"]
    assert texts(search(home, "cranes -speaker:dorenkiy")) == ["The cranes are moving again,"]
    assert texts(search(home, "cranes -(money OR storms)")) == ["The cranes are moving again,"]
    # a hyphen inside a word joins it, as in the quote
    assert texts(search(home, "ferry-timetable")) == ["The ferry timetable is final,"]


@pytest.mark.parametrize("query, operator", [
    ("cranes NOT", "after NOT"), ("cranes AND", "after AND"), ("cranes OR", "after OR"),
    ("OR cranes", "before OR"), ("AND cranes", "before AND"), ("(cranes NOT)", "after NOT"),
    ("cranes AND OR boats", "after AND"), ("cranes ()", "between ( and )")])
def test_a_dangling_operator_is_refused_naming_the_query(home, query, operator):
    with pytest.raises(QueryError, match=re.escape(f"nothing {operator} in the query: {query}")):
        search(home, query)


def test_an_unknown_field_is_refused_naming_the_fields_but_a_time_or_a_link_is_words(home):
    for query, message in [("foo:bar", "foo: is not a field"),
                           ("cranes date:2031", "for dates use --since and --until"),
                           ('harbour:"the cranes"', "the fields are text:, speaker:, outlet: and title:")]:
        with pytest.raises(QueryError, match=re.escape(message)):
            search(home, query)
    for query in ("10:30", "https://ledger.example.org/velt", "Velt: ships"):
        assert not search(home, query).hits  # searched as words (no quote holds them)


def test_the_command_line_refuses_a_dangling_operator_in_one_line(home):
    done = run_cli("search", "cranes", "AND", "OR", "boats", home=home)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == "quoteindex: nothing after AND in the query: cranes AND OR boats\n"


def test_the_command_line_takes_a_query_starting_with_a_minus(home):
    for args in (["-money", "cranes"], ["cranes", "-money", "--limit", "5"]):
        done = run_cli("search", *args, home=home)
        assert done.returncode == 0, done.stderr
        assert [json.loads(line)["text"] for line in done.stdout.splitlines()] == ["The cranes are moving again,"]


def test_a_phrase_of_common_words_is_matched_as_written(home):
    assert texts(search(home, '"for the harbour"')) == ["Security guarantees for the harbour are overdue,"]
    assert not search(home, '"for harbour"').hits


def test_speaker_filter_accepts_any_alias_or_spelling(home):
    expected = ["Café owners in Zürich told me the same,", "The money for the cranes is there,"]
    for name in ("Oleksiy Dorenkiy", "Dorenkiy", "Dorenkyy", "dorenkiy"):
        assert texts(search(home, "", speaker=name)) == expected, name


def test_speaker_filter_keeps_people_who_share_a_surname_apart(home):
    assert texts(search(home, "", speaker="Arno Velt")) == ["Our ships will sail from Tessaly by spring,"]
    assert texts(search(home, "", speaker="Arno Velt Jr.")) == ["The ferry timetable is final,",
                                                               "They worked through the storms,"]
    assert texts(search(home, "", speaker="Hanna Kask")) == ["Nobody asked the boats,"]


def test_a_surname_finds_everyone_of_that_surname_and_names_them(tmp_path):
    from quoteindex import ingest
    from quoteindex.corrections import find_speaker
    from quoteindex.store import Store

    folder = tmp_path / "articles"
    folder.mkdir()
    for name, line in [("a", "“The vote is lost,” said Anna Berg."), ("b", "“The quay stays shut,” said Piet Berg."),
                       ("c", "“We will appeal,” said Anne Berg."), ("d", "“Nothing is decided,” Berg said."),
                       ("e", "“I was misquoted,” said Ms. Berg."), ("f", "“The ferry is late,” said Ruiz Ekström.")]:
        (folder / f"{name}.txt").write_text(line + "\n", encoding="utf-8")
    home = tmp_path / "index"
    ingest.add(home, [str(folder)])
    everyone = search(home, "", speaker="Berg", limit=50)
    assert len(everyone.hits) == 5
    assert sorted(everyone.speakers.values()) == ["Anna Berg", "Anne Berg", "Berg", "Piet Berg"]
    done = run_cli("search", "--speaker", "Berg", home=home)
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 5
    assert "'Berg' matches 4 speakers: #1 Anna Berg, #2 Piet Berg, #3 Anne Berg, #4 Berg" in done.stderr
    assert texts(search(home, "", speaker="Anna Berg")) == ["The vote is lost,"]  # a full name is one person
    assert texts(search(home, "", speaker="Ruiz Ekstrom")) == ["The ferry is late,"]  # typed without the accent
    with Store(home) as store:  # a correction naming "Berg" means the speaker shown as Berg
        assert store.speaker_name(find_speaker(store, "Berg")) == "Berg"


def test_a_surname_spelt_as_one_speaker_spells_it_leaves_out_a_variant_told_apart(tmp_path):
    """Petrenkov and Petrenkow are one surname to the archive until the user splits them:
    then each spelling finds its own speaker."""
    from quoteindex import ingest

    folder = tmp_path / "articles"
    folder.mkdir()
    for name, line in [("a", "“We sail at dawn,” said Dmitri Petrenkov."),
                       ("b", "“We sail at noon,” said Dmitri Petrenkow."),
                       ("c", "“We sail at dusk,” said Petrenkov.")]:
        (folder / f"{name}.txt").write_text(line + "\n", encoding="utf-8")
    home = tmp_path / "index"
    ingest.add(home, [str(folder)])
    assert run_cli("speakers", "split", "Dmitri Petrenkov", "Dmitri Petrenkow", home=home).returncode == 0
    assert texts(search(home, "", speaker="Petrenkow")) == ["We sail at noon,"]
    assert sorted(texts(search(home, "", speaker="Petrenkov"))) == ["We sail at dawn,", "We sail at dusk,"]


def test_date_range_includes_both_ends_and_accepts_months_and_years(home):
    assert texts(search(home, "security", since="2031-07-19", until="2031-07-19")) == [
        "Security guarantees for the harbour are overdue,"]
    assert len(search(home, "", since="2031-07", until="2031-09").hits) == 6
    assert len(search(home, "", since="2031").hits) == 10
    assert not search(home, "", until="2030").hits


def test_outlet_and_article_filters(home):
    assert texts(search(home, "", outlet="tessaly gazette")) == texts(search(home, "", article="Harbour workers"))
    assert len(search(home, "", outlet="Lorren Ledger").hits) == 3


def test_an_article_is_found_by_its_path_however_it_was_named(tmp_path, monkeypatch):
    from quoteindex import ingest

    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path / "articles")
    ingest.add(tmp_path / "index", ["articles"])  # added by a relative path
    by_relative = texts(search(tmp_path / "index", "", article="articles/bridge.txt"))
    assert by_relative and texts(search(tmp_path / "index", "", article=str(tmp_path / "articles" / "bridge.txt"))) \
        == by_relative


def test_a_filtered_search_counts_only_the_filtered_matches(home):
    assert search(home, "cranes").total == 2
    assert search(home, "cranes", speaker="Mikk Kask").total == 1
    assert "1 of 1 quote;" in run_cli("search", "cranes", "--speaker", "Mikk Kask", "--text", home=home).stdout
    # beyond the limit, the count is still of every filtered match
    ledger = search(home, "", outlet="Lorren Ledger", limit=1)
    assert len(ledger.hits) == 1 and ledger.total == 3


def test_sort_by_date_puts_the_newest_first(home):
    dates = [h.row.date for h in search(home, "", outlet="Lorren Ledger", sort="date").hits]
    assert dates == sorted(dates, reverse=True)


def test_no_match_suggests_a_respelt_query(home):
    results = search(home, "cranse")
    assert not results.hits and results.suggestion == "cranes"


@pytest.mark.parametrize("query, message", [
    ('"security guarantees', "unclosed quotation mark"),
    ("(cranes OR boats", r"unclosed '\('"),
    ("AND OR", "nothing to search for"),
    ("— …", "nothing to search for"),
    ("cranes~3", "1 or 2 edits"),
    ("*", "needs some letters"),
    ("ab*" * 200, "too many wildcards"),
    ("NOT " * 300 + "cranes", "too long"),
    ("speaker:(kask OR velt)", "write speaker:one OR speaker:other"),
])
def test_malformed_queries_get_a_clear_message(home, query, message):
    with pytest.raises(QueryError, match=message):
        search(home, query)


def test_bad_filters_get_a_clear_message(home):
    with pytest.raises(QueryError, match="not a date"):
        search(home, "cranes", since="last tuesday-ish")
    with pytest.raises(QueryError, match="did you mean 'Hanna Kask'"):
        search(home, "cranes", speaker="Hanna Kasc")


def test_exit_codes_and_json_by_default_when_piped(home):
    ok = run_cli("search", "cranes", home=home)
    assert ok.returncode == 0
    lines = [json.loads(line) for line in ok.stdout.splitlines()]
    assert {d["speaker"] for d in lines} == {"Mikk Kask", "Oleksiy Dorenkiy"}
    assert {"speaker", "outlet", "date", "title", "text", "highlights"} <= set(lines[0])

    none = run_cli("search", "cranse", home=home)
    assert none.returncode == 1 and none.stdout == "" and "did you mean: cranes" in none.stderr

    bad = run_cli("search", '"open', home=home)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and "unclosed" in bad.stderr

    missing = run_cli("search", "cranes", home=home.parent / "nowhere")
    assert missing.returncode == 2 and "quoteindex add" in missing.stderr


def test_text_output_has_no_colour_when_piped_and_csv_has_a_header_and_rows(home):
    text = run_cli("search", "boats", "--text", home=home)
    assert "Nobody asked the boats" in text.stdout and "\x1b[" not in text.stdout
    assert "Hanna Kask · The Norvale Courier · 2031-05-02 · Norvale council backs the river bridge" in text.stdout
    table = run_cli("search", "cranes", "--csv", home=home)
    assert table.returncode == 0
    assert table.stdout.splitlines()[0].startswith("id,speaker,date,outlet,title,text")
    rows = list(csv.DictReader(io.StringIO(table.stdout)))
    assert sorted((r["speaker"], r["text"]) for r in rows) == [
        ("Mikk Kask", "The cranes are moving again,"), ("Oleksiy Dorenkiy", "The money for the cranes is there,")]
    assert {r["outlet"] for r in rows} == {"Tessaly Gazette"} and {r["date"] for r in rows} == {"2031-07-19"}


def _on_a_terminal(args: list[str], no_color: bool) -> str:
    """What `quoteindex ARGS` prints when its stdout is a terminal (a pseudo-terminal here)."""
    pty = pytest.importorskip("pty")
    import os
    import subprocess

    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE")}
    env["TERM"] = "xterm-256color"
    if no_color:
        env["NO_COLOR"] = "1"
    leader, follower = pty.openpty()
    done = subprocess.run([sys.executable, "-m", "quoteindex", *args], stdout=follower, stderr=subprocess.PIPE,
                          env=env, timeout=60, check=False)
    os.close(follower)
    out = b""
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:  # Linux reports the end of a pseudo-terminal's output as EIO
            break
        if not data:
            break
        out += data
    os.close(leader)
    assert done.returncode == 0, done.stderr
    return out.decode("utf-8")


def test_no_color_makes_terminal_output_plain(home):
    coloured = _on_a_terminal(["search", "boats", "--index", str(home)], no_color=False)
    assert "Nobody asked the" in coloured and "\x1b[" in coloured  # a terminal gets styles...
    plain = _on_a_terminal(["search", "boats", "--index", str(home)], no_color=True)
    assert "Nobody asked the boats" in plain and "\x1b[" not in plain  # ...unless NO_COLOR says no


def test_show_prints_the_paragraph_the_article_and_the_attribution(home):
    [hit] = search(home, "century").hits
    shown = run_cli("show", str(hit.row.id), "--text", home=home)
    assert shown.returncode == 0
    assert "“The bridge will carry our trade for a century,” Ostrova said." in shown.stdout  # the paragraph
    assert "Lina Ostrova · The Norvale Courier · 2031-05-02" in shown.stdout
    assert "https://courier.example.org/bridge" in shown.stdout
    assert "named as “Ostrova”" in shown.stdout and "reporting verb “said”" in shown.stdout
    data = json.loads(run_cli("show", f"#{hit.row.id}", home=home).stdout)
    assert data["paragraph"] == "“The bridge will carry our trade for a century,” Ostrova said."
    assert (data["cue"], data["mention"], data["speaker"]) == ("said", "Ostrova", "Lina Ostrova")
    missing = run_cli("show", "99999", home=home)
    assert missing.returncode == 1 and "no quote #99999" in missing.stderr
    wrong = run_cli("show", "abc", home=home)  # not an id at all: a usage error
    assert wrong.returncode == 2 and "'abc' is not a quote id" in wrong.stderr


def test_search_never_imports_spacy(home):
    code = ("import sys; from quoteindex.cli import main; main(['search', 'cranes', '--index', sys.argv[1]]); "
            "sys.stderr.write(str(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc') "
            "or m == 'quoteindex.pipeline')))")
    import subprocess

    done = subprocess.run([sys.executable, "-c", code, str(home)], capture_output=True, text=True, check=False)
    assert done.stderr.strip() == "[]"
