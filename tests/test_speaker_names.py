"""Speakers named as people type them: letters like ø and ł typed as o and l, a forename,
a title and surname, a surname several people share; and corrections that would mix two people.

Every person, place and outlet here is invented.
"""
from __future__ import annotations

import json

import pytest
from quotefixtures import run_cli

from quoteindex import ingest
from quoteindex.corrections import CorrectionError, correct, rename, split
from quoteindex.folding import fold_letters
from quoteindex.search import QueryError, search
from quoteindex.store import Store

FERRY = """---
title: Ferry fares rise in Vennholm
date: 2032-03-04
outlet: The Vennholm Post
---

Søren Østergård, who runs the ferry company, defended the fares. “Fuel costs have doubled since spring,” Østergård said.

“The islands cannot pay for the mainland's fuel,” said Łukasz Wróblewski, a councillor for the outer islands.

Zoë Brûlard, the harbour's pilot, said the crossings were safe. “We have never lost a crossing to the weather,” Brûlard said.

“Nobody on the council was asked,” said Councillor Edvin Ferrant.

Ivo Marenkiy, the ferry captain, was calm. “The boats sail in any sea,” Marenkiy said.

The ferry to Ærøvik will run twice a day, the company said.
"""

APPEAL = """---
title: Islanders appeal against ferry fares
date: 2032-04-11
outlet: Skerry Weekly
---

“Fuel costs will fall by the summer,” said Soren Ostergard, the ferry company's chief.

Lukasz Wroblewski said the islands would appeal. “We will take this to the courts,” Wroblewski said.

“The nets have been empty since the fares went up,” said Ivo Marenkyy, a fisherman from Tolmere.

“Nobody sails to Ærøvik for pleasure now,” said Ada Quinseltar, who keeps the inn there.
"""

QUINSELTARS = """---
title: The Quinseltar family and the ferry
date: 2032-05-20
outlet: Skerry Weekly
---

“My grandfather built the first pier,” said Bror Quinseltar, a boatwright.

“The pier is older than the town hall,” said Cato Quinseltar, the town archivist.

“I would rather row,” said Dag Quinseltar, a schoolteacher.
"""

def _index(root):
    """The three articles in a fresh index under `root`; returns the index directory."""
    articles = root / "articles"
    articles.mkdir()
    for name, text in (("ferry.txt", FERRY), ("appeal.txt", APPEAL), ("quinseltar.txt", QUINSELTARS)):
        (articles / name).write_text(text, encoding="utf-8")
    ingest.add(root / "index", [str(articles)])
    return root / "index"


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    return _index(tmp_path_factory.mktemp("names"))


@pytest.fixture()
def fresh(tmp_path):
    """An index of its own, for tests that correct speakers."""
    return _index(tmp_path)


def speakers(home):
    with Store(home) as s:
        return {r.name: r for r in s.speakers()}


def quoted(home, name):
    return sorted(h.row.text for h in search(home, "", speaker=name, limit=50).hits)


def test_names_with_letters_like_o_slash_and_l_stroke_are_one_speaker_typed_either_way(home):
    found = speakers(home)
    assert len([n for n in found if "Ostergard" in n or "Østergård" in n]) == 1
    assert len([n for n in found if "Wroblewski" in n or "Wróblewski" in n]) == 1
    expected = ["The islands cannot pay for the mainland's fuel,", "We will take this to the courts,"]
    assert quoted(home, "Lukasz Wroblewski") == quoted(home, "Łukasz Wróblewski") == expected
    assert len(quoted(home, "Soren Ostergard")) == len(quoted(home, "Søren Østergård")) == 2
    # the speaker: field and the words of quotes fold those letters the same way
    assert len(search(home, "speaker:lukasz").hits) == len(search(home, "speaker:Łukasz").hits) == 2
    assert [h.row.text for h in search(home, "aerovik").hits] == ["Nobody sails to Ærøvik for pleasure now,"]


def test_a_forename_alone_or_a_title_and_surname_finds_the_speaker(home):
    assert quoted(home, "Zoe") == quoted(home, "Zoë Brûlard") == ["We have never lost a crossing to the weather,"]
    for name in ("Mr Ferrant", "Councillor Ferrant", "Councillor Edvin Ferrant"):
        assert quoted(home, name) == ["Nobody on the council was asked,"], name
    with pytest.raises(QueryError, match="no speaker called"):  # a forename nobody has is still unknown
        search(home, "", speaker="Wilhelmina")


def test_a_surname_several_people_share_finds_them_all_and_says_who(home):
    assert len(quoted(home, "Quinseltar")) == 4
    done = run_cli("search", "--speaker", "Quinseltar", home=home)
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 4
    note = [ln for ln in done.stderr.splitlines() if "Quinseltar" in ln]
    assert len(note) == 1 and "4 speakers" in note[0]
    assert all(n in note[0] for n in ("Ada Quinseltar", "Bror Quinseltar", "Cato Quinseltar", "Dag Quinseltar"))
    one = run_cli("search", "--speaker", "Bror Quinseltar", home=home)
    assert one.returncode == 0 and "speakers" not in one.stderr


def test_renaming_a_speaker_to_another_speakers_name_is_refused_with_a_pointer_to_merge(fresh):
    done = run_cli("speakers", "rename", "Zoë Brûlard", "Soren Ostergard", home=fresh)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "speakers merge" in done.stderr
    assert quoted(fresh, "Zoë Brûlard") == ["We have never lost a crossing to the weather,"]
    assert len(quoted(fresh, "Søren Østergård")) == 2
    correct(fresh, rename, "Zoë Brûlard", "Zoë Brûlard-Vey")  # a name nobody else has is fine
    assert quoted(fresh, "Zoë Brûlard-Vey") == ["We have never lost a crossing to the weather,"]


def test_splitting_off_every_name_a_speaker_has_is_refused(fresh):
    with pytest.raises(CorrectionError, match="all of Zoë Brûlard's names"):
        correct(fresh, split, "Zoë Brûlard", ["Zoë Brûlard", "Brûlard"])
    assert [n for n in speakers(fresh) if "Brûlard" in n] == ["Zoë Brûlard"]


def test_split_moves_the_roles_that_came_with_the_names_split_off(fresh):
    correct(fresh, split, "Ivo Marenkyy", ["Ivo Marenkyy"])
    found = speakers(fresh)
    assert found["Ivo Marenkyy"].roles == ("a fisherman from Tolmere",)
    assert found["Ivo Marenkiy"].roles == ("the ferry captain",)
    done = run_cli("speakers", home=fresh)
    rows = {d["name"]: d for d in map(json.loads, done.stdout.splitlines())}
    assert rows["Ivo Marenkiy"]["quotes"] == rows["Ivo Marenkyy"]["quotes"] == 1


def test_an_index_keyed_before_such_letters_were_folded_finds_both_spellings_after_an_add(tmp_path):
    """An archive whose keys still hold ø and ł ("søren østergard") is brought up to date by the
    next add: either spelling finds the speaker, and the other spelling joins him, not a new one."""
    import unicodedata

    def old_fold(s: str) -> str:  # the earlier folding: accents only
        s = unicodedata.normalize("NFKD", s)
        return " ".join("".join(c for c in s if not unicodedata.combining(c)).lower().replace("-", "").split())

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "ferry.txt").write_text(FERRY, encoding="utf-8")
    home = tmp_path / "index"
    ingest.add(home, [str(articles)])
    with Store(home) as store, store.transaction():
        for sid, alias in list(store.db.execute("SELECT speaker_id, alias FROM aliases")):
            store.db.execute("UPDATE aliases SET key = ? WHERE speaker_id = ? AND alias = ?",
                             (old_fold(alias), sid, alias))
        store.db.execute("UPDATE speakers SET surname = 'østergard|' WHERE name = 'Søren Østergård'")
        store.db.execute("DELETE FROM meta WHERE key = 'name_keys'")
    (articles / "appeal.txt").write_text(APPEAL, encoding="utf-8")
    ingest.add(home, [str(articles)])
    found = search(home, "", speaker="Soren Ostergard")
    assert sorted(h.row.text for h in found.hits) == ["Fuel costs have doubled since spring,",
                                                        "Fuel costs will fall by the summer,"]
    with Store(home) as store:
        assert [s.name for s in store.speakers() if "ostergard" in fold_letters(s.name)] == ["Søren Østergård"]
