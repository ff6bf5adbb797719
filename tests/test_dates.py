"""Publication dates: kept as precise as written, never filled in from the clock, and
searched as the day, month or year they name. Every person, place and outlet is invented."""
from __future__ import annotations

import csv
import datetime
import io
import json
import types

import pytest
from quotefixtures import indexed, run_cli

from quoteindex import ingest
from quoteindex.search import QueryError, search
from quoteindex.store import Store

OUTLET = "Marrow Bay Herald"
# (date as the article gives it, quote, speaker)
DATED = [
    ("2 July 2031", "The ferry to Oskel runs again,", "Petra Lind"),
    ("15 July 2031", "The lighthouse needs a keeper,", "Tomas Orrin"),
    ("July 2031", "Nobody told the fishermen,", "Ada Velk"),
    ("2031", "Our nets came back empty all year,", "Juno Sarr"),
    ("March 2031", "The ice held until the thaw,", "Ilse Brandvik"),
    ("2030-12-30", "Winter came early to the bay,", "Oren Mallow"),
    ("Tuesday", "We meet again at the quay,", "Rika Toll"),
]


def _write(folder, rows=DATED):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "herald.jsonl"
    records = ({"text": f"“{quote}” said {speaker}.", "date": day, "outlet": OUTLET,
                "title": f"{speaker} speaks"} for day, quote, speaker in rows)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    return indexed(tmp_path_factory.mktemp("dates"), _write)


def speakers(results):
    """Who the hits quote (one quote each in these articles)."""
    return {h.row.speaker for h in results.hits}


def test_a_date_is_stored_as_precisely_as_it_is_written(home):
    with Store(home) as s:
        stored = dict(s.db.execute("SELECT title, date FROM articles"))
    assert stored == {"Petra Lind speaks": "2031-07-02", "Tomas Orrin speaks": "2031-07-15",
                      "Ada Velk speaks": "2031-07", "Juno Sarr speaks": "2031",
                      "Ilse Brandvik speaks": "2031-03", "Oren Mallow speaks": "2030-12-30",
                      "Rika Toll speaks": None}


def test_a_date_without_a_year_or_that_cannot_be_read_is_left_out_with_a_warning(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    cases = [("weekday.txt", "Tuesday", "names no year", "Mara Quist"),
             ("month.txt", "March", "names no year", "Lev Ambrus"),
             ("season.txt", "Spring 2031", "is not a date", "Nell Harrow")]
    for name, day, _, speaker in cases:
        (folder / name).write_text(f"---\ndate: {day}\n---\n“The quay is closed,” said {speaker}.\n",
                                   encoding="utf-8")
    home = tmp_path / "index"
    done = run_cli("add", str(folder), home=home)
    assert done.returncode == 0
    warnings = [line for line in done.stderr.splitlines() if "without a date" in line]
    assert len(warnings) == 3
    for name, day, reason, _ in cases:
        [line] = [w for w in warnings if name in w]
        assert f"'{day}' {reason}" in line
    with Store(home) as s:
        assert [r[0] for r in s.db.execute("SELECT date FROM articles")] == [None, None, None]
    assert len(search(home, "quay").hits) == 3  # the articles are added all the same
    again = run_cli("add", str(folder), home=home)
    assert "without a date" not in again.stderr  # said once, when added; not at every unchanged re-add


def test_re_adding_a_partly_dated_article_on_another_day_leaves_it_unchanged(tmp_path, monkeypatch):
    articles = _write(tmp_path / "articles", [DATED[4]])  # "March 2031"
    home = tmp_path / "index"
    assert ingest.add(home, [str(articles)]).added == 1

    class NextDay(datetime.datetime):
        @classmethod
        def now(cls, tz=None):
            return cls(2032, 1, 9, tzinfo=tz)

    import dateutil.parser._parser as dateutil_parser

    clock = types.SimpleNamespace(**{**vars(datetime), "datetime": NextDay})  # dateutil's "today"
    monkeypatch.setattr(dateutil_parser, "datetime", clock)
    again = ingest.add(home, [str(articles)])
    assert (again.unchanged, again.replaced) == (1, 0)


def test_since_a_month_starts_on_its_first_day(home):
    assert speakers(search(home, "", since="July 2031")) == {
        "Ada Velk", "Juno Sarr", "Petra Lind", "Tomas Orrin"}


def test_until_a_month_or_a_year_runs_through_its_last_day(home):
    assert speakers(search(home, "", until="March 2031")) == {"Ilse Brandvik", "Juno Sarr", "Oren Mallow"}
    march = search(home, "", since="March 2031", until="March 2031")
    assert speakers(march) == {"Ilse Brandvik", "Juno Sarr"}
    assert speakers(search(home, "", until="2030")) == {"Oren Mallow"}


def test_a_month_or_year_overlapping_the_range_is_found(home):
    assert speakers(search(home, "", since="2031-07-15")) == {"Ada Velk", "Juno Sarr", "Tomas Orrin"}
    assert speakers(search(home, "", since="2031-07-03", until="2031-07-14")) == {"Ada Velk", "Juno Sarr"}
    assert speakers(search(home, "", until="2031-02-28")) == {"Juno Sarr", "Oren Mallow"}


@pytest.mark.parametrize(("option", "value", "reason"), [
    ("--until", "March", "names no year"), ("--since", "Tuesday", "names no year"),
    ("--since", "Spring 2031", "is not a date")])
def test_a_filter_date_without_a_year_or_that_cannot_be_read_is_a_one_line_error(home, option, value, reason):
    done = run_cli("search", "quay", option, value, home=home)
    assert done.returncode == 2 and not done.stdout
    assert done.stderr.count("\n") == 1 and f"{option} '{value}' {reason}" in done.stderr
    with pytest.raises(QueryError, match=reason):
        search(home, "quay", **{option[2:]: value})


def test_sorting_by_date_and_json_and_csv_keep_dates_as_written(home):
    dates = [h.row.date for h in search(home, "", outlet=OUTLET, sort="date").hits]
    assert dates == ["2031-07-15", "2031-07-02", "2031-07", "2031-03", "2031", "2030-12-30", None]
    by_date = ("search", "", "--outlet", OUTLET, "--sort", "date")
    lines = run_cli(*by_date, "--json", home=home).stdout.splitlines()
    assert [json.loads(line)["date"] for line in lines] == dates
    table = run_cli(*by_date, "--csv", home=home).stdout
    assert [row["date"] for row in csv.DictReader(io.StringIO(table))] == [d or "" for d in dates]
