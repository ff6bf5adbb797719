"""Speakers across the archive, and the user's corrections surviving re-adds."""
from __future__ import annotations

import json
import sqlite3

import pytest
from quotefixtures import BRIDGE, HARBOUR, run_cli, write_corpus

from quoteindex import ingest
from quoteindex.corrections import CorrectionError, correct, merge, rename, split
from quoteindex.identity import Resolver
from quoteindex.records import Speaker
from quoteindex.search import search
from quoteindex.store import SCHEMA, Store


@pytest.fixture()
def indexed(tmp_path):
    corpus = write_corpus(tmp_path / "articles")
    home = tmp_path / "index"
    ingest.add(home, [str(corpus)])
    return home, corpus


def names(home):
    with Store(home) as s:
        return sorted(r.name for r in s.speakers())


def quoted(home, name):
    return sorted(h.row.text for h in search(home, "", speaker=name, limit=50).hits)


def test_one_person_across_articles_and_spellings_people_sharing_a_surname_apart(indexed):
    home, _ = indexed
    assert names(home) == ["Arno Velt", "Arno Velt Jr.", "Hanna Kask", "Lina Ostrova", "Mikk Kask",
                           "Oleksiy Dorenkiy", "Pavel Zorin"]
    with Store(home) as s:
        ostrova = next(r for r in s.speakers() if r.name == "Lina Ostrova")
    assert ostrova.quotes == 2 and "Mayor" in ostrova.roles  # "Mayor Ostrova" in the second article


def test_speakers_lists_counts_roles_and_aliases_as_json_when_piped(indexed):
    home, _ = indexed
    done = run_cli("speakers", home=home)
    rows = {d["name"]: d for d in map(json.loads, done.stdout.splitlines())}
    assert done.returncode == 0
    assert rows["Oleksiy Dorenkiy"]["quotes"] == 2
    assert "Oleksiy Dorenkyy" in rows["Oleksiy Dorenkiy"]["aliases"]


def _change(corpus, name, text):
    """Edit an article so the next add re-extracts it."""
    (corpus / name).write_text(text + "\nThe council meets again in June.\n", encoding="utf-8")


def test_merge_survives_re_adding_changed_articles(indexed):
    home, corpus = indexed
    correct(home, merge, "Hanna Kask", "Mikk Kask")  # say the user knows better
    assert "Hanna Kask" not in names(home)
    assert quoted(home, "Hanna Kask") == quoted(home, "Mikk Kask") == ["Nobody asked the boats,",
                                                                       "The cranes are moving again,"]
    _change(corpus, "bridge.txt", BRIDGE)
    _change(corpus, "harbour.md", HARBOUR)
    assert ingest.add(home, [str(corpus)]).replaced == 2
    assert "Hanna Kask" not in names(home)
    assert quoted(home, "Mikk Kask") == ["Nobody asked the boats,", "The cranes are moving again,"]


def test_rename_survives_re_adding_and_the_old_name_still_finds_the_speaker(indexed):
    home, corpus = indexed
    correct(home, rename, "Lina Ostrova", "Lina Ostrova-Brandt")
    _change(corpus, "bridge.txt", BRIDGE)
    ingest.add(home, [str(corpus)])
    assert "Lina Ostrova" not in names(home) and "Lina Ostrova-Brandt" in names(home)
    assert len(quoted(home, "Lina Ostrova")) == len(quoted(home, "Ostrova-Brandt")) == 2
    hit = search(home, "century").hits[0]
    assert hit.row.speaker == "Lina Ostrova-Brandt"


def test_split_moves_quotes_under_a_name_to_a_new_speaker_and_survives_re_adding(indexed):
    home, corpus = indexed
    # the user decides "Oleksiy Dorenkyy" (the ledger's spelling) is another person
    correct(home, split, "Oleksiy Dorenkiy", ["Oleksiy Dorenkyy"])
    assert quoted(home, "Oleksiy Dorenkyy") == ["Café owners in Zürich told me the same,"]
    assert quoted(home, "Oleksiy Dorenkiy") == ["The money for the cranes is there,"]
    _change(corpus, "harbour.md", HARBOUR)
    ingest.add(home, [str(corpus)])
    assert quoted(home, "Oleksiy Dorenkiy") == ["The money for the cranes is there,"]


def test_split_survives_re_adding_the_article_that_names_both_people(tmp_path):
    article = tmp_path / "conductor.txt"
    text = ("The conductor Søren Østergård resigned on Friday. “I am leaving,” Østergård said.\n\n"
            "Ostergaard, reached at home, said only: “I have said what I wanted to say.”\n")
    article.write_text(text, encoding="utf-8")
    home = tmp_path / "index"
    ingest.add(home, [str(article)])
    correct(home, split, "Søren Østergård", ["Ostergaard"], "Sven Ostergaard")
    article.write_text(text + "Extra line.\n", encoding="utf-8")
    assert ingest.add(home, [str(article)]).replaced == 1
    with Store(home) as s:
        counts = {r.name: (r.quotes, r.aliases) for r in s.speakers()}
    assert counts == {"Søren Østergård": (1, ("Østergård",)), "Sven Ostergaard": (1, ("Ostergaard",))}
    assert quoted(home, "Sven Ostergaard") == ["I have said what I wanted to say."]
    # merged back, the two are one again, and stay one through the next re-add
    correct(home, merge, "Sven Ostergaard", "Søren Østergård")
    article.write_text(text, encoding="utf-8")
    ingest.add(home, [str(article)])
    assert names(home) == ["Søren Østergård"] and len(quoted(home, "Søren Østergård")) == 2


def test_corrections_refuse_unknown_or_ambiguous_speakers(indexed):
    home, _ = indexed
    with pytest.raises(CorrectionError, match="no speaker called"):
        correct(home, rename, "Nobody Here", "X")
    with pytest.raises(CorrectionError, match="could be several speakers"):
        correct(home, merge, "Kask", "Pavel Zorin")
    with pytest.raises(CorrectionError, match="is never called"):
        correct(home, split, "Pavel Zorin", ["Zorina"])


def test_corrections_from_the_command_line_update_search(indexed):
    home, _ = indexed
    done = run_cli("speakers", "merge", "Arno Velt", "Arno Velt Jr.", home=home)
    assert done.returncode == 0, done.stderr
    found = run_cli("search", "ships", "--speaker", "Arno Velt Jr.", home=home)
    assert json.loads(found.stdout)["speaker"] == "Arno Velt Jr."
    bad = run_cli("speakers", "rename", "Nobody Here", "X", home=home)
    assert bad.returncode == 2 and "no speaker called" in bad.stderr


def test_a_surname_seen_first_becomes_the_full_name_seen_later(tmp_path):
    corpus = write_corpus(tmp_path / "articles")
    home = tmp_path / "index"
    ingest.add(home, [str(corpus / "harbour.md")])  # only "Mayor Ostrova" here
    ingest.add(home, [str(corpus / "bridge.txt")])  # "Mayor Lina Ostrova"
    assert [n for n in names(home) if "Ostrova" in n] == ["Lina Ostrova"]
    assert len(quoted(home, "Ostrova")) == 2


def _resolve_articles(*articles: list[Speaker]) -> list[list[int]]:
    """Archive speaker ids for each article's speakers, resolved in order into an empty archive."""
    db = sqlite3.connect(":memory:")
    db.executescript(SCHEMA)
    resolver = Resolver(db)
    return [[resolver.resolve(sp) for sp in speakers] for speakers in articles]


def test_a_transliteration_or_a_surname_alone_joins_the_one_person_it_can_be():
    # "Dorenkiy" alone in one article, "Oleksiy Dorenky" in the next, "Dorénkyy" in a third
    [[a], [b], [c]] = _resolve_articles([Speaker("Dorenkiy")], [Speaker("Oleksiy Dorenky", ("Dorenky",))],
                                        [Speaker("Oleksiy Dorénkyy")])
    assert a == b == c


def test_a_generational_suffix_or_another_forename_is_another_person():
    [[senior, junior], [junior_again], [hanna], [mikk]] = _resolve_articles(
        [Speaker("Arno Velt"), Speaker("Arno Velt Jr.")], [Speaker("Arno Velt Jr.", ("Velt",))],
        [Speaker("Hanna Kask")], [Speaker("Mikk Kask")])
    assert senior != junior == junior_again
    assert hanna != mikk


def test_a_surname_shared_by_two_people_joins_neither():
    [[hanna, mikk], [kask]] = _resolve_articles([Speaker("Hanna Kask"), Speaker("Mikk Kask")], [Speaker("Kask")])
    assert kask not in (hanna, mikk)


def test_organisations_match_on_their_name_only():
    [[authority], [same], [other]] = _resolve_articles([Speaker("Tessaly Port Authority", kind="organization")],
                                                   [Speaker("tessaly port authority", kind="organization")],
                                                   [Speaker("Norvale Port Authority", kind="organization")])
    assert authority == same != other
