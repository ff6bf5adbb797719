"""`--model NAME`: a newsroom's own spaCy pipeline helps find names the
built-in rules cannot know are people."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from test_extract_cli import run_extract

from quoteindex import extract, load_pipeline

# "Quillon" is a one-word name that starts a sentence: nothing in its shape
# says it is a person, only the pipeline's entity ruler does.
ARTICLE = ("Quillon has farmed barley beside the river for forty years.\n\n"
           "“This is the driest spring I have ever seen,” he said.\n")


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory) -> Path:
    """A tiny pipeline saved to disk: blank English plus an entity ruler that knows one person."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": "Quillon"}])
    path = tmp_path_factory.mktemp("model") / "farmers_ner"
    nlp.to_disk(path)
    return path


def test_load_pipeline_from_a_path_uses_its_entities(model_dir: Path):
    nlp = load_pipeline(str(model_dir))
    assert "entity_ruler" in nlp.pipe_names
    ex = extract(ARTICLE, nlp=nlp)
    assert len(ex.quotes) == 1
    q = ex.quotes[0]
    assert (q.speaker, q.mention) == ("Quillon", "he")
    assert ex.speaker("Quillon").kind == "person"


def test_model_option_on_the_command_line(tmp_path: Path, model_dir: Path):
    article = tmp_path / "drought.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    proc = run_extract("--json", "--model", model_dir, article)
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert [r["speaker"] for r in rows] == ["Quillon"]


def test_unknown_model_is_a_one_line_error(tmp_path: Path):
    article = tmp_path / "drought.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    proc = run_extract("--json", "--model", "xx_no_such_pipeline_sm", article)
    assert proc.returncode == 2
    errors = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(errors) == 1, proc.stderr
    assert "xx_no_such_pipeline_sm" in errors[0]
    assert proc.stdout == ""


def test_article_too_long_for_a_trained_pipeline_is_a_one_line_error(tmp_path: Path, model_dir: Path):
    """A trained parser needs memory in proportion to the text: past the pipeline's limit
    the article is refused by name, and the other files are still read."""
    long = tmp_path / "hearing.txt"
    long.write_text("The committee sat until late.\n\n" * 35_000, encoding="utf-8")
    article = tmp_path / "drought.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    proc = run_extract("--json", "--model", model_dir, long, article)
    assert proc.returncode == 2
    errors = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(errors) == 1 and str(long) in errors[0] and "characters" in errors[0], proc.stderr
    assert [json.loads(ln)["speaker"] for ln in proc.stdout.splitlines() if ln.strip()] == ["Quillon"]
