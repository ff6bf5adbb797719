"""What a journalist relies on when quoteindex reads an article: every direct
quotation found once, its words without the marks, offsets that point back
at those words, and the right speaker under one canonical name.

One short fictional fixture per way newspapers attribute a quote.
"""
from __future__ import annotations

import pytest

from quoteindex import extract, extract_quotes, load_pipeline
from quoteindex.marks import as_double_marked
from quoteindex.names import find_names

OPENING_MARKS = "“\"„«‘'"


@pytest.fixture(scope="module")
def nlp():
    """One pipeline for the whole module: loading it per test is wasted time."""
    return load_pipeline()


def quote_with(quotes, words: str):
    """The one quote whose text contains `words` (fails if none or several do)."""
    found = [q for q in quotes if words in q.text]
    assert len(found) == 1, f"expected one quote containing {words!r}, got {[q.text for q in quotes]}"
    return found[0]


def assert_points_at_text(text: str, q) -> None:
    """Offsets give back the quote's words, right after the opening mark, and
    the mention as written in the article."""
    assert text[q.start:q.end] == q.text
    assert text[q.start - 1] in OPENING_MARKS
    assert not any(m in q.text[:1] + q.text[-1:] for m in "“”\"„«»")
    if q.mention is not None:
        assert text[q.mention_start:q.mention_end] == q.mention


def speaks(text: str, nlp, speaker: str, words: str, *, cue: str | None = None, mention: str | None = None):
    """Extract `text`, check it holds exactly one quote, the one containing
    `words`: its speaker, cue and mention, offsets and that it is whole."""
    quotes = extract_quotes(text, nlp=nlp)
    assert len(quotes) == 1, [q.text for q in quotes]
    q = quote_with(quotes, words)
    assert_points_at_text(text, q)
    assert q.speaker == speaker
    assert q.partial is False
    if cue is not None:
        # the reporting verb as written; what follows it ("told the Gazette") is the engine's choice
        assert q.cue is not None and q.cue.lower().split()[0] == cue
    if mention is not None:
        assert q.mention == mention
    return q


# --- quotation marks -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "“The bridge will reopen in May,” Tamsin Rell said.",
    '"The bridge will reopen in May," Tamsin Rell said.',
], ids=["curly", "straight"])
def test_quote_marks_curly_and_straight(text, nlp):
    q = speaks(text, nlp, "Tamsin Rell", "The bridge will reopen in May", cue="said", mention="Tamsin Rell")
    assert q.text.rstrip(",") == "The bridge will reopen in May"


@pytest.mark.parametrize("text", [
    "“They told us ‘wait until spring’ and then they closed the school,” Dalia Moss said.",
    "\"They told us 'wait until spring' and then they closed the school,\" Dalia Moss said.",
], ids=["curly", "straight"])
def test_nested_single_quotes_stay_inside_the_quote(text, nlp):
    q = speaks(text, nlp, "Dalia Moss", "wait until spring")
    assert q.text.startswith("They told us")
    assert q.text.rstrip(",").endswith("closed the school")


# quotes in single marks, double ones nested inside: the style of many British outlets
SINGLE_MARKED = (
    "‘We will not give up an inch,’ said Mara Velkov, the Tessel minister. ‘Not now.’\n\n"
    "She added: ‘The students’ union voted. Calling it “treason” helps nobody.’\n")


def test_quotes_in_single_marks_with_double_marks_nested(nlp):
    quotes = extract_quotes(SINGLE_MARKED, nlp=nlp)
    assert [q.text for q in quotes] == [
        "We will not give up an inch,", "Not now.", "The students’ union voted. Calling it “treason” helps nobody."]
    assert {q.speaker for q in quotes} == {"Mara Velkov"}
    assert quotes[2].mention == "She"
    for q in quotes:
        assert_points_at_text(SINGLE_MARKED, q)


def test_straight_single_marks_skip_elisions(nlp):
    text = "'We love rock 'n' roll,' said Ida Brun. 'It has been our music since the '90s.'"
    quotes = extract_quotes(text, nlp=nlp)
    assert [q.text for q in quotes] == ["We love rock 'n' roll,", "It has been our music since the '90s."]
    assert {q.speaker for q in quotes} == {"Ida Brun"}


@pytest.mark.parametrize("text, speaker, words", [
    ("‘20 people were hurt in the blast,’ said Ines Hollo, a police spokeswoman.", "Ines Hollo", "20 people"),
    ("‘The Velkovs’ Harbour Road shop has closed for good,’ said Ana Rook.", "Ana Rook", "The Velkovs’ Harbour Road"),
    ("‘It is the Velkovs’, not ours, and never was,’ said Ana Rook.", "Ana Rook", "the Velkovs’, not ours"),
    ("Orla Finch:‘This budget is a disgrace to the town.’", "Orla Finch", "This budget is a disgrace"),
    ("The film “Harbour Nights” opens today.\n\n‘It is my best work by far,’ said Vida Marr, its director.",
     "Vida Marr", "It is my best work"),
], ids=["number-first", "plural-before-a-name", "plural-before-a-comma", "colon-unspaced", "title-in-doubles"])
def test_single_marked_quote_read_whole(text, speaker, words, nlp):
    q = quote_with(extract_quotes(text, nlp=nlp), words)
    assert q.speaker == speaker
    assert q.text.rstrip(",.") == text[q.start:q.end].rstrip(",.")
    assert text[q.end] in "’'"


@pytest.mark.parametrize("text, quoted", [
    ("“We are relieved,” said Halina Orme.\n\n‘Eleven years for a life,’ she said quietly. ‘Work that out "
     "for yourself.’", ["We are relieved,", "Eleven years for a life,", "Work that out for yourself."]),
    ("The song “Harbour Lights Burn Slow” was a hit. ‘I never wrote a song in my life,’ Halina Orme said.",
     ["I never wrote a song in my life,"]),
], ids=["singles-outnumber-doubles", "doubles-outnumber-singles"])
def test_quotes_in_both_styles_of_marks_are_all_found(text, quoted, nlp):
    """Copy pasted together from two outlets mixes double and single marks: neither style's
    quotes may vanish because the other's are more."""
    quotes = extract_quotes(text, nlp=nlp)
    assert [q.text for q in quotes] == quoted
    assert {q.speaker for q in quotes} == {"Halina Orme"}


@pytest.mark.parametrize("text", [
    "Velkov calls truce 'theatre,' backs talks; aides 'stunned'\n\n“It is theatre, and we will still talk,” Mara Velkov said.\n",
    "Critics call it 'theatre.' Allies call it 'reform.' Neighbours call it 'a mess.' Rivals call it 'done.'\n\n"
    "“It is theatre, and we will still talk,” Mara Velkov said.\n",
], ids=["headline", "scare-quotes"])
def test_single_marked_scare_quotes_leave_double_marked_quotes_alone(text, nlp):
    q = speaks(text, nlp, "Mara Velkov", "It is theatre", cue="said")
    assert q.text == "It is theatre, and we will still talk,"


def test_single_marked_words_in_a_transcript_are_no_quotes(nlp):
    text = "VELKOV: I don't think that's right. We've said 'no' from the start.\n\nRELL: Well, 'no' isn't a plan.\n"
    assert extract_quotes(text, nlp=nlp) == []


def test_archive_double_marks_typed_as_two_single_ones_nest_single_quotes():
    text = "''He told me, 'Wait until spring,' and I waited,'' Dalia Moss said. 'Twice.'\n"
    assert as_double_marked(text) is text


# --- reporting verbs and where they sit ---------------------------------------

def test_a_rank_written_short_before_a_name_is_a_title(nlp):
    """"Brig. Gen. Osric Dumanne" is Osric Dumanne, however many ranks come before the name."""
    text = ("“The enemy attempted to infiltrate the perimeter at 0340 hours,” army spokesman Brig. Gen. "
            "Osric Dumanne told a news conference in Miravetz.")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Osric Dumanne"]


@pytest.mark.parametrize("text, cue", [
    ("Hakon Prell told a closing news conference that the talks would “resume within a week.”",
     "told a closing news"),
    ("Hakon Prell told a reporter she was wrong and that the talks would “resume within a week.”",
     "told a reporter"),
    ("Hakon Prell told a crowd in Velmark that the talks would “resume within a week.”", "told a crowd"),
    ("Hakon Prell told late-night host Dara Quillon that the talks would “resume within a week.”",
     "told late-night host Dara Quillon"),
], ids=["a-news-conference", "no-pronoun-after-the-listener", "no-preposition-after-the-listener",
        "a-listener-described-before-the-name"])
def test_the_cue_names_whom_the_speaker_told(text, cue, nlp):
    """A reader sees whom the words were told to, as a phrase: "told a crowd", not "told a"."""
    assert [q.cue for q in extract_quotes(text, nlp=nlp)] == [cue]


@pytest.mark.parametrize("text, cue", [
    ("“The bridge will reopen in May,” Tamsin Rell said.", "said"),
    ("Tamsin Rell said, “The bridge will reopen in May.”", "said"),
    ("“The bridge will reopen in May,” said Tamsin Rell.", "said"),
    ("“The bridge will reopen in May,” Tamsin Rell told the Elmsworth Gazette.", "told"),
    ("In a speech to the council on Monday, Tamsin Rell said: “The bridge will reopen in May.”", "said"),
    ("“The bridge will reopen in May,” an angry Tamsin Rell retaliated.", "retaliated"),
    ("“The bridge will reopen in May,” reacted Tamsin Rell.", "reacted"),
    ("“The bridge will reopen in May,” Tamsin Rell riffed.", "riffed"),
    ("“The bridge will reopen in May,” said the mayor’s top harbour aide Tamsin Rell.", "said"),
    ("As Tamsin Rell put it, “The bridge will reopen in May.”", "put"),
    ("The pier, which Tamsin Rell on Friday declared “The bridge will reopen in May.”", "declared"),
    ("The pier, which Tamsin Rell earlier this year declared “The bridge will reopen in May.”", "declared"),
], ids=["x-said-after", "x-said-before", "said-x", "told-outlet", "colon", "retaliated", "reacted", "riffed",
        "said-long-role-x", "as-x-put-it", "day-before-the-verb", "year-before-the-verb"])
def test_reporting_verb_names_the_speaker(text, cue, nlp):
    speaks(text, nlp, "Tamsin Rell", "The bridge will reopen in May", cue=cue, mention="Tamsin Rell")


@pytest.mark.parametrize("text", [
    "“The bridge will reopen in May,” according to Tamsin Rell.",
    "According to Tamsin Rell, “The bridge will reopen in May.”",
], ids=["after", "before"])
def test_according_to(text, nlp):
    speaks(text, nlp, "Tamsin Rell", "The bridge will reopen in May", cue="according", mention="Tamsin Rell")


def test_dash_attribution(nlp):
    text = ("The council leader's message to the protesters was short.\n\n"
            "“The bridge will reopen in May.” — Tamsin Rell")
    speaks(text, nlp, "Tamsin Rell", "The bridge will reopen in May", mention="Tamsin Rell")


def test_dash_attribution_to_a_body(nlp):
    text = "“The bridge will reopen in May.” — the Velmark Ministry of Transport."
    speaks(text, nlp, "Velmark Ministry of Transport", "The bridge will reopen in May")


@pytest.mark.parametrize("signature", ["a senior harbour official.",
                                       "a senior harbour official, speaking on condition of anonymity."],
                         ids=["short", "with-a-clause"])
def test_dash_attribution_to_an_unnamed_source_keeps_the_quote_from_the_last_speaker(signature, nlp):
    text = ("“The toll will stay,” Tamsin Rell said.\n\n"
            f"“The bridge will reopen in May.” — {signature}")
    q = quote_with(extract_quotes(text, nlp=nlp), "reopen in May")
    assert (q.speaker, q.mention) == (None, "a senior harbour official")


@pytest.mark.parametrize("signature", ["-Tamsin Rell, Norvale.", "- Tamsin Rell, Norvale.", "—Tamsin Rell"],
                         ids=["hyphen-glued", "hyphen-spaced", "em-dash"])
def test_quote_signed_on_the_line_below(signature, nlp):
    text = ("Readers wrote in about the harbour vote.\n\n"
            f"“The bridge will reopen in May, whatever the council says.”\n\n{signature}")
    speaks(text, nlp, "Tamsin Rell", "The bridge will reopen in May", mention="Tamsin Rell")


@pytest.mark.parametrize("text, cue", [
    ("Tamsin Rell defended the closure, saying, “It was the only safe choice.”", "saying"),
    ("Tamsin Rell said the ferry would keep running, adding, “It was the only safe choice.”", "adding"),
], ids=["saying", "adding"])
def test_participle_cues(text, cue, nlp):
    speaks(text, nlp, "Tamsin Rell", "the only safe choice", cue=cue)


def test_participle_opening_a_sentence_between_quotes_goes_on_with_the_speaker(nlp):
    text = ("Later, Kim Tal stated of the report that it “was not good.” Adding,\u00a0“Like all harbour "
            "scandals, it will pass.”")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Kim Tal", "Kim Tal"]


def test_participle_after_a_verb_that_only_says_when_is_the_subjects(nlp):
    """In "as the meeting began vowing to “...”", "began" only says when: the words are
    the subject's, not the meeting's."""
    text = ("Tom Berg vowed to take his campaign to the convention. He sent out an email as the committee "
            "meeting began vowing to “fight for every vote in the state.”")
    q = quote_with(extract_quotes(text, nlp=nlp), "every vote")
    assert (q.speaker, q.mention, q.cue) == ("Tom Berg", "He", "vowing")


def test_participle_of_a_long_subject_speaking_for_a_body(nlp):
    text = ("A spokeswoman for the House Harbour Services Committee emailed reporters with the text of the "
            "Harbour Act, arguing, “As you can see, the law says nothing of the kind.”")
    q = quote_with(extract_quotes(text, nlp=nlp), "nothing of the kind")
    assert (q.speaker, q.cue) == ("House Harbour Services Committee", "arguing")


@pytest.mark.parametrize("text, mention", [
    ("“The budget is broken,” Karl Holt continued during the hearing.", "Karl Holt"),
    ("“Where is my son?” Ines Marr began sobbing.", "Ines Marr"),
    ("“It was a massacre,” described one witness as the smoke cleared.", "one witness"),
], ids=["continued-during", "began-sobbing", "described-as-a-clause"])
def test_reporting_verb_before_a_word_in_ing_or_as_still_names_its_speaker(text, mention, nlp):
    assert [q.mention for q in extract_quotes(text, nlp=nlp)] == [mention]


def test_what_a_verb_casts_as_something_is_not_its_speaker(nlp):
    """"“...,” described the toll as “...”": the toll is described, Berg describes it."""
    text = ("Tom Berg sued the mayor.\n\nBerg, who estimates that his legal costs were “in the seven "
            "figures,” described the emotional toll as “horrendous for the whole family.”")
    assert [(q.speaker, q.mention) for q in extract_quotes(text, nlp=nlp)] == [("Tom Berg", "Berg")] * 2


def test_participle_after_a_reporting_verb_is_that_verbs_speaker(nlp):
    """"Berg cannot say “...,” Rell added, saying “...”": Rell says both, not Berg."""
    text = ("Anton Berg cannot say that “from his own view,” Tamsin Rell added, saying it should be "
            "“up to the harbour board to decide.”")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Tamsin Rell", "Tamsin Rell"]


@pytest.mark.parametrize("text", [
    "Tamsin Rell rejected what Anton Berg wrote, saying it was “a fantasy from start to finish.”",
    "Tamsin Rell answered what Anton Berg asked, telling reporters “a fantasy from start to finish.”",
    "“A fantasy from start to finish,” said Rell as host Anton Berg looked on.",
    "Alongside Anton Berg calls for a recount, even Rell said the count was wrong, saying it was "
    "“a fantasy from start to finish.”",
], ids=["object-clause-before-participle", "object-clause-before-telling", "host-after-as",
        "name-in-an-opening-phrase"])
def test_someone_named_inside_the_speakers_sentence_is_not_the_speaker(text, nlp):
    """A person in an object clause or an "as" clause is not who speaks: Rell is."""
    text = f"Tamsin Rell arrived.\n\n{text}"
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Tamsin Rell"]


# --- quotes cut in two, or running on ---------------------------------------

@pytest.mark.parametrize("text, first, second", [
    ("“The bridge will reopen in May,” Tamsin Rell said, adding, “The ferry stays until then.”",
     "The bridge will reopen in May", "The ferry stays until then"),
    ("“The bridge,” Tamsin Rell said, “will reopen in May, whatever the weather.”",
     "The bridge", "will reopen in May"),
], ids=["adding", "mid-sentence"])
def test_split_quote_is_two_quotes_by_the_same_speaker(text, first, second, nlp):
    quotes = extract_quotes(text, nlp=nlp)
    assert len(quotes) == 2, [q.text for q in quotes]
    a, b = quote_with(quotes, first), quote_with(quotes, second)
    assert a.start < b.start
    for q in (a, b):
        assert_points_at_text(text, q)
        assert q.speaker == "Tamsin Rell"
        assert q.partial is False


def test_quote_over_two_paragraphs_is_one_quote(nlp):
    text = ("Tamsin Rell said the council had no choice. “We looked at every option. "
            "We looked at the ferry, at a temporary bridge, at doing nothing at all\n\n"
            "“In the end the cheapest option was also the safest one,” she said.")
    quotes = extract_quotes(text, nlp=nlp)
    assert len(quotes) == 1, [q.text for q in quotes]
    q = quotes[0]
    assert q.text.startswith("We looked at every option.")
    assert "at doing nothing at all" in q.text
    assert q.text.rstrip(",").endswith("the safest one")
    assert "“" not in q.text and "”" not in q.text
    assert q.start == text.index("We looked")
    assert text[q.start:q.end].rstrip(",").endswith("the safest one")
    assert q.speaker == "Tamsin Rell"


def test_floating_quote_continues_the_last_speaker(nlp):
    text = ("Helen Varro, the harbour board's chair, said the offer was final.\n\n"
            "“We cannot go any higher than this,” Varro said.\n\n"
            "“The offer expires on Friday at noon.”")
    quotes = extract_quotes(text, nlp=nlp)
    assert len(quotes) == 2, [q.text for q in quotes]
    q = quote_with(quotes, "expires on Friday")
    assert_points_at_text(text, q)
    assert q.speaker == "Helen Varro"
    assert q.method == "continuation"


@pytest.mark.parametrize("link", ["Instead, ", "But ", "Then, "])
def test_quote_after_a_linking_word_continues_the_speaker_of_the_sentence_before(link, nlp):
    text = ("“He is supposed to be a cheerleader for this port,” Tom Berg said of the mayor. "
            f"{link}“he just acts like a defeated man.”")
    q = quote_with(extract_quotes(text, nlp=nlp), "defeated man")
    assert (q.speaker, q.partial) == ("Tom Berg", True)


def test_quote_after_a_linking_word_in_a_new_paragraph_is_nobodys_continuation(nlp):
    text = ("“He is supposed to be a cheerleader for this port,” Tom Berg said of the mayor.\n\n"
            "The mayor has other critics. Instead, “the port needs a fighter and a friend.”")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp) if "needs a fighter" in q.text] in ([], [None])


# --- who is speaking ---------------------------------------------------------

def test_pronouns_resolve_by_gender_not_just_recency(nlp):
    text = ("Helen Varro, the harbour board's chair, met David Osk, the union's negotiator, on Monday.\n\n"
            "“We cannot go any higher,” she said.\n\n"
            "“Then there will be no deal this year,” he said.")
    quotes = extract_quotes(text, nlp=nlp)
    assert len(quotes) == 2, [q.text for q in quotes]
    her = quote_with(quotes, "go any higher")
    him = quote_with(quotes, "no deal this year")
    assert (her.speaker, her.mention) == ("Helen Varro", "she")
    assert (him.speaker, him.mention) == ("David Osk", "he")
    for q in (her, him):
        assert_points_at_text(text, q)


def test_he_insisted_after_a_woman_was_last_named(nlp):
    text = ("David Osk, the union's negotiator, rejected the offer put forward by Helen Varro.\n\n"
            "“We will not sign anything our members cannot live with,” he insisted.")
    speaks(text, nlp, "David Osk", "cannot live with", cue="insisted", mention="he")


def test_pronoun_for_the_only_person_named_even_with_an_unfamiliar_forename(nlp):
    text = ("City councillor Piet Brandt was careful not to gloat after the count.\n\n"
            "“Nobody in my family is celebrating tonight,” he said.")
    speaks(text, nlp, "Piet Brandt", "celebrating tonight", cue="said", mention="he")


@pytest.mark.parametrize("text, speaker", [
    ("“The levee was never inspected,” said Ines Marr, a resident of Tessel. Tomas Berg said he had twice "
     "warned Mayor Ada Roux about the levee. “Nobody listened,” she said.", "Ines Marr"),
    ("“It is our lifeline,” said Karl Holt, a welder. His wife, Ines Marr, said the family had asked "
     "Tomas Berg, the local MP, for help. “We are still waiting,” he added.", "Karl Holt"),
    ("“We found the boat,” said Detective Tomas Berg. Officers arrested Karl Holt, a 29-year-old "
     "mechanic, on Friday. “The case is solid,” he said.", "Tomas Berg"),
    ("“I want answers,” said Tomas Berg, whose son, Karl, a 17-year-old student, was hurt. "
     "“Nobody has called us,” he said.", "Tomas Berg"),
], ids=["woman-spoken-of", "man-asked-for-help", "object-with-an-age", "son-with-an-age"])
def test_pronoun_after_someone_else_spoke_is_not_whom_they_spoke_of(text, speaker, nlp):
    """Past a speaker of the other gender, "she" goes back to the woman who spoke, not to one
    the other speaker only mentioned."""
    assert extract_quotes(text, nlp=nlp)[-1].speaker == speaker


@pytest.mark.parametrize("sentence", ["Cost estimates, he added, were “based on a prototype pier.”",
                                      "Harsh comments are rare here. “We built it on a prototype pier,” he said."])
def test_a_word_opening_a_sentence_before_a_noun_in_s_is_nobody(sentence, nlp):
    """"Cost estimates", "Harsh comments": a capitalised adjective or noun, not someone who comments."""
    text = f"“The pier is safe,” harbour chief Tom Berg said on Tuesday. {sentence}"
    assert quote_with(extract_quotes(text, nlp=nlp), "prototype pier").speaker == "Tom Berg"


@pytest.mark.parametrize("text, speaker", [
    ("The pier opened.\n\nOkafor says the fund is empty. “We spent it all on repairs,” he said.", "Okafor"),
    ("The pier opened.\n\nOkafor notes the fund is empty. “We spent it all on repairs,” he said.", "Okafor"),
    ("Ada Roux arrived. Berg tells her: “You spent it all on repairs.”", "Berg"),
], ids=["says", "notes", "tells"])
def test_a_surname_named_once_at_a_sentence_start_still_reports(text, speaker, nlp):
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == [speaker]


@pytest.mark.parametrize("text", [
    "Ada Roux and her cousin Tom Berg run the farm. Their cow, Grace, won a prize. She said it was “a proud day.”",
    "Ada Roux sailed her yacht, Marina, into Dremno harbour. She said the crossing was “rough but worth it.”",
], ids=["cow", "yacht"])
def test_an_animal_or_a_boat_with_a_forename_is_no_she(text, nlp):
    assert extract_quotes(text, nlp=nlp)[0].speaker == "Ada Roux"


@pytest.mark.parametrize("text, quoted", [
    ("“The plan is dead.“ It was never alive,” said Tom Berg.", [" It was never alive,"]),
    ("Ada Roux said the group had 40 members. She added:“ We will grow.”", [" We will grow."]),
], ids=["typo-inside-a-quote", "glued-after-a-colon"])
def test_a_glued_opening_mark_closes_nothing_when_a_closing_mark_follows(text, quoted, nlp):
    assert [q.text for q in extract_quotes(text, nlp=nlp)] == quoted


def test_she_can_be_a_woman_named_by_her_forename_alone(nlp):
    text = ("Tom Berg talked on a recent visit to Harbour Hall.\n\nBerg kept his first wife, Ivana, from "
            "writing about the business. She signed an agreement barring her from publishing a “diary, "
            "memoir, letter or story” without his consent.")
    q = quote_with(extract_quotes(text, nlp=nlp), "diary")
    assert (q.speaker, q.mention) == ("Ivana", "She")


@pytest.mark.parametrize("forename, pronoun", [("Rand", "he"), ("Laurence", "he"), ("Jan", "he"),
                                               ("Shelby", "she"), ("Kennedy", "she")])
def test_forename_read_both_ways_leaves_the_gender_to_the_pronoun(forename, pronoun, nlp):
    """These forenames are men's names in some countries and women's in others: the
    pronoun after the question is the questioner's, not the earlier speaker's."""
    other = "Tomas Berg" if pronoun == "she" else "Ada Roux"
    text = (f"{other} was asked about the ferry fees.\n\n"
            f"{forename} Holt then asked how the fees would be paid for.\n\n"
            f"“You cannot promise what you cannot pay for,” {pronoun} argued.")
    speaks(text, nlp, f"{forename} Holt", "cannot pay for", cue="argued", mention=pronoun)


@pytest.mark.parametrize("text, speaker", [
    ("The Tessel Port Authority said on Monday that the ferries would run. “The harbour is open,” "
     "it added.",
     "Tessel Port Authority"),
    ("Ada Roux put her boat up for auction. “Nobody here is tied to the auction,” the website wrote. "
     "It added, “We want no part in the listing.”", None),
    ("Ada Roux and Jon Roos sent a letter to the council. “The harbour plan is plagued by waste,” "
     "they wrote.",
     None),
    ("The Velmark Courier reports that Edda Klein said she would keep her post as mayor. It added, "
     "“the visit comes as Berg promises to go after his critics.”", "Velmark Courier"),
    ("The Velmark Courier reported that Tom Berg had received a memo from his staff. Berg said he had read "
     "it. “The cranes are unsafe and must stop,” it says.", None),
    ("“There is real concern,” campaign spokeswoman Kellby Ostrander said. “Dear friend, I can win,” "
     "the email read. It said that Berg is “rattled by the polls.”", None),
], ids=["institution", "a-thing-after-a-person", "a-group", "the-paper-behind-a-person",
        "a-document-after-the-paper", "a-spokeswoman-whose-forename-is-unknown"])
def test_it_and_they_are_never_one_person(text, speaker, nlp):
    """"It" speaks for an institution or a document and "they" for a group: when the
    nearest source is one person, it is the institution reporting in that paragraph,
    else the speaker stays unknown rather than that person."""
    assert extract_quotes(text, nlp=nlp)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Ilse Marr said the harbour would close. Then Kim Tal said the ferries would stop. He left at noon.\n\n"
     "“We will fight this closure,” she said.", "Ilse Marr"),
    ("Kim Tal said the ferries would stop.\n\nThe closure was watched from the pier by harbour historian "
     "Ada Roux.\n\n“We will fight this closure,” she said.", "Ada Roux"),
    ("Kim Tal said the ferries would stop. His wife said she was worried.\n\n"
     "“We will fight this closure,” he said.", "Kim Tal"),
    ("Ferry captain Tomas Berg has sailed the route for years.\n\nKim Tal, a deckhand, says the closure "
     "changed her life.\n\n“I used to sleep on the boat,” Tal says.\n\nThe owners did not comment.\n\n"
     "“We will fight this closure,” he says.", "Tomas Berg"),
], ids=["he-after-speaking-tells-the-gender", "woman-named-since", "someone-else-speaks-between",
        "her-life-tells-the-gender"])
def test_she_is_not_a_speaker_of_unknown_gender_when_a_woman_is_likelier(text, speaker, nlp):
    """"Kim" tells no gender: the "he" or "her life" after Kim Tal speaks does, and a woman named in
    the sentence before "she" is likelier than a speaker of unknown gender."""
    assert quote_with(extract_quotes(text, nlp=nlp), "fight this closure").speaker == speaker


@pytest.mark.parametrize("sentence", [
    "Speaking at the harbour in Tessaly, Norvale, Tomas Berg walked along the quay.",
    "Presidential candidate Tomas Berg walked along the quay.",
    "Although the ferry dispute had dragged on through most of a long and bitter winter on the coast, "
    "Mayor Tomas Berg signed the order that fined Anton Vik.",
    "At a rally in Tessaly, Norvale, on Thursday afternoon, Tomas Berg listed the towns that lost ferries.",
])
def test_pronoun_goes_to_the_subject_after_a_long_opening_or_a_role(sentence, nlp):
    """"He" is the person the last sentence was about, even when that sentence
    opens with an adverbial holding commas or gives the person's role first."""
    text = f"Anton Vik opened the meeting.\n\n{sentence} “The cranes are moving again,” he said."
    speaks(text, nlp, "Tomas Berg", "cranes are moving", cue="said", mention="he")


@pytest.mark.parametrize("sentence", [
    "The council thanked the crews, the divers, Tomas Berg and others who helped.",
    "The report, released on Monday, named three men, Tomas Berg among them.",
    "Anton Vik said he hopes the vote ends with Tomas Berg claiming the harbour seat.",
])
def test_pronoun_skips_a_name_listed_in_the_sentence_before(sentence, nlp):
    text = f"Anton Vik spoke first.\n\n{sentence}\n\n“The cranes are moving again,” he said."
    speaks(text, nlp, "Anton Vik", "cranes are moving", cue="said", mention="he")


@pytest.mark.parametrize("reporter", ["Anton Vik, the county party chair, for example, said",
                                      "He said that"])
def test_pronoun_is_the_reporter_not_whom_the_report_is_about(reporter, nlp):
    """In "Vik said Berg continued to hurt his cause", Berg is spoken of, Vik speaks on."""
    text = (f"Anton Vik opened the meeting.\n\n{reporter} Tomas Berg continued to hurt his cause by "
            "attacking the harbour board. “I don’t think it went well for him,” he said.")
    speaks(text, nlp, "Anton Vik", "went well for him", cue="said", mention="he")


def test_pronoun_goes_to_the_subject_of_a_group(nlp):
    """"Tal and others said ... could not back Ada Roux": Tal, not Roux, is whom "she" means."""
    text = ("“The ferry will run again,” said Kim Tal, 31.\n\nTal and others said they could not back "
            "Ada Roux for mayor. “We will stay home,” she said.")
    assert quote_with(extract_quotes(text, nlp=nlp), "stay home").speaker == "Kim Tal"


def test_a_paper_with_a_forename_is_no_woman(nlp):
    """"According to the Marta Courier": a forename after "the" makes a paper, not a "she"."""
    text = ("“The ferry will run again,” said Ada Roux, the harbour chief, according to the Marta "
            "Courier.\n\n“We found the money,” she said.")
    assert quote_with(extract_quotes(text, nlp=nlp), "found the money").speaker == "Ada Roux"


def test_place_before_a_role_is_not_the_subject(nlp):
    text = ("Anton Vik spoke first.\n\nFormer Velmark governor Ada Roux walked along the quay.\n\n"
            "“The cranes are moving again,” she said.")
    speaks(text, nlp, "Ada Roux", "cranes are moving", cue="said", mention="she")


@pytest.mark.parametrize("sentence, speaker", [
    ("Near the back of the hall stood Tomas Berg, a retired ferry pilot.", "Tomas Berg"),
    ("Anton Vik sold the boat he used to rescue Tomas Berg, a retired ferry pilot, during a storm.", "Anton Vik"),
    ("The man who shouted identified himself as a 52-year-old Tessel resident named Piet.", "Piet"),
    ("The governor named Piet Holm as the new harbour chair.", "Anton Vik"),
    ("Across town is Tomas Berg, a 33-year-old canvasser and child of the harbour who quit his job in "
     "November. Inspired by Anton Vik's plan, he knocks on doors every night.", "Tomas Berg"),
], ids=["introduced", "object-with-a-role", "resident-named", "named-to-a-post", "with-an-age"])
def test_person_introduced_with_a_role_is_whom_he_means(sentence, speaker, nlp):
    """"X, a retired ferry pilot." brings a new person on stage: the "he" that
    follows is him even though he is no sentence's subject; a role given to
    the object of a sentence about someone else does not."""
    text = f"Anton Vik spoke first.\n\n{sentence}\n\n“Nobody asked the pilots,” he said."
    speaks(text, nlp, speaker, "Nobody asked", cue="said", mention="he")


@pytest.mark.parametrize("text", [
    "Sen. Ada Roux of Velmark, a critic of the treaty, said: “We were given two days to read it.”",
    "“We were given two days to read it,” Sen. Ada Roux of Velmark, a critic of the treaty, said.",
    ("Elke Marr opened the debate. Sen. Ada Roux of Velmark, a critic of the treaty, said the vote was "
     "rushed.\n\n“We were given two days to read it,” she said."),
])
def test_name_with_the_place_it_represents_is_the_speaker(text, nlp):
    q = quote_with(extract_quotes(text, nlp=nlp), "two days")
    assert q.speaker == "Ada Roux"


@pytest.mark.parametrize("tail", ["said as he left the quay after the vote.",
                                  "said, smiling at the crowd on the quay."])
def test_tag_after_a_closed_quote_may_say_how_it_was_said(tail, nlp):
    """“A.” Vrey said as he left: words about the saying keep the tag the quote's own,
    where “A.” Vrey said the vote was rushed would be news of its own."""
    text = ("Mara Olsen opened the meeting. “We will be watching,” she said.\n\n"
            f"“The cranes will run by Friday.” Anselm Vrey {tail}")
    q = quote_with(extract_quotes(text, nlp=nlp), "cranes will run")
    assert (q.speaker, q.mention, q.cue) == ("Anselm Vrey", "Anselm Vrey", "said")


def test_a_tag_opening_a_clause_of_its_own_is_the_next_sentence(nlp):
    """“A.” It said that ...: after a quote that closed its sentence, a verb reporting a
    clause begins news of its own, so the quote stays with the sentence that brought it."""
    text = ("The Tessel Port Authority sent a memo. It stated that the cranes were so “worn out” that "
            "“nobody should stand near them.” It said that Berg backs “harbour-style cranes.”")
    q = quote_with(extract_quotes(text, nlp=nlp), "stand near them")
    assert (q.speaker, q.cue) == ("Tessel Port Authority", "stated")
    assert text[q.mention_start:q.mention_end] == "It" and q.mention_start < q.start


def test_an_occupation_before_a_name_makes_it_a_person(nlp):
    """"spokeswoman Kellby Ostrander" is a person, and a woman, whatever her forename."""
    r = extract("“We will win the harbour vote,” campaign spokeswoman Kellby Ostrander said.", nlp=nlp)
    assert [(s.name, s.kind, s.gender) for s in r.speakers] == [("Kellby Ostrander", "person", "f")]


def test_an_occupation_opening_a_sentence_is_a_role_not_part_of_the_name(nlp):
    """"Student Kwabena Lindroos" is Kwabena Lindroos, a student, whatever his forename."""
    r = extract('Student Kwabena Lindroos had a simpler solution: "I have borrowed a bike."', nlp=nlp)
    assert [(s.name, s.roles) for s in r.speakers] == [("Kwabena Lindroos", ("Student",))]


@pytest.mark.parametrize("text, name, roles", [
    ("“We are fine,” warned director Idris Vallenholm on Friday.", "Idris Vallenholm", ("director",)),
    ("“We are fine,” flight director Idris Vallenholm said on Friday.", "Idris Vallenholm",
     ("flight director",)),
    ("Tailor Made Events said it would “review every booking.”", "Tailor Made Events", ()),
    ("Baker Street Bakery said the closure was “temporary.”", "Baker Street Bakery", ()),
], ids=["a-reporting-verb-is-no-part-of-a-role", "a-compound-role-after-a-quote",
        "a-trade-word-opening-a-business-name", "a-street-name-opening-a-business-name"])
def test_the_words_before_a_name_that_are_its_role(text, name, roles, nlp):
    assert [(s.name, s.roles) for s in extract(text, nlp=nlp).speakers] == [(name, roles)]


def test_an_abbreviation_ending_a_sentence_does_not_join_the_next_word_to_a_name(nlp):
    text = ("Tomas Berg says the port lost its trade to the U.S. He says, "
            "“The tariffs will hurt every fisherman in Norvale.”")
    speaks(text, nlp, "Tomas Berg", "tariffs will hurt", cue="says", mention="He")


@pytest.mark.parametrize("text, speaker", [
    ("The surge does not surprise pollster Ana Rell: “Young voters were always coming.”", "Ana Rell"),
    ("TURNOUT IN NORVALE - Ana Rell: “Young voters were always coming.”", "Ana Rell"),
    ("Mayor Tomas Berg sent a message to harbour chief Ana Rell: “Open the gates tonight.”", "Tomas Berg"),
    ("Former secretary of state Ana Rell:“Young voters were always coming.”", "Ana Rell"),
    ("From Ana Rell’s Facebook post: “Young voters were always coming.”", "Ana Rell"),
    ("Ana Rell’s statement: “Young voters were always coming.”", "Ana Rell"),
    ("Ana Rell spoke in 2009. Here’s Rell in December 1992: “Young voters were always coming.”", "Ana Rell"),
    ("Tomas Berg wrote a letter to Ana Rell’s office: “Young voters were always coming.”", "Tomas Berg"),
    ("Tomas Berg spoke first. The site rated this statement by Ana Rell on June 11:\n\n"
     "“Young voters were always coming.”", "Ana Rell"),
    ("In an attempt to make its point, the Velmark Courier counts how many “wasted” hours the Norvale "
     "ferry lost in a shooting spree: “Young voters were always coming.”", "Velmark Courier"),
], ids=["object-of-the-clause", "after-a-dash", "addressee", "role-with-of", "from-her-post",
        "her-statement", "heres-her", "letter-to-her-office", "statement-by-her-above",
        "subject-past-a-scare-quote"])
def test_name_before_a_colon_speaks_unless_it_is_spoken_to(text, speaker, nlp):
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == [speaker]


@pytest.mark.parametrize("introduction", [
    "The plan was attacked by Ilse Varga — who’s argued for a new dock for years — on Monday.",
    "To Tessel University economics professor Ilse Varga, Olsen’s plan seemed to reflect despair.",
    "The plan was attacked by Sen. Ilse Varga of Velmark, the ranking member on the Harbour Committee, "
    "who said the dock was a waste.",
], ids=["between-dashes", "to-her-view", "after-her-role"])
def test_name_brought_in_mid_sentence_is_whom_she_means(introduction, nlp):
    """"X — who’s argued —", "To X, the plan seemed ...", "X, the ranking member, who said":
    a later "she" is X."""
    text = f"Mara Olsen said the plan was sound.\n\n{introduction}\n\n“It will never be built,” she said."
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Ilse Varga"]


def test_role_noun_resolves_to_the_titled_person(nlp):
    text = ("Finance Minister Jana Holt presented the budget to parliament on Tuesday.\n\n"
            "“This is a budget for the ports,” the finance minister said.")
    q = speaks(text, nlp, "Jana Holt", "a budget for the ports")
    assert q.mention.lower().removeprefix("the ") == "finance minister"


def test_role_noun_the_envoy(nlp):
    text = ("Sela Marquand, the federation's special envoy for water, arrived in the capital on Sunday.\n\n"
            "“A handshake will not fill a reservoir,” the envoy said.")
    q = speaks(text, nlp, "Sela Marquand", "will not fill a reservoir")
    assert q.mention.lower().removeprefix("the ") == "envoy"


@pytest.mark.parametrize("text, speaker", [
    ("Nordvik Energy posted a loss on Tuesday. “Conditions were difficult,” the company said.",
     "Nordvik Energy"),
    ("Tessaly Motors cut 400 jobs, the Velmark Courier reported. “Conditions were difficult,” the carmaker "
     "said.", "Tessaly Motors"),
    ("Haldor, the shipping company, posted a loss on Tuesday. “Conditions were difficult,” the company said.",
     "Haldor"),
    ("Ada Roux runs a bakery in Velmark. “Conditions were difficult,” the company said.", None),
    ("Brisk Brands told the Ledger it had made an approach. “We see real value in it,” the company said.",
     "Brisk Brands"),
], ids=["named-before", "not-the-outlet", "introduced-as-one", "no-company-named", "not-the-paper-told"])
def test_the_company_is_the_business_just_named(text, speaker, nlp):
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("The drivers' union, Unite Transit, called a strike. “We will not back down,” the union said.",
     "Unite Transit"),
    ("Station Road Together, the residents' group, opposed the depot. “We will fight on,” the group said.",
     "Station Road Together"),
    ("Protesters marched past the Velmark Parliament. “We will fight on,” the group said.", None),
], ids=["introduced-before-its-name", "introduced-after-its-name", "no-group-introduced"])
def test_a_body_introduced_by_what_it_is_is_that_noun_later(text, speaker, nlp):
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Owen Pryce said the council had added $300 million at the last minute, and that the board “was never "
     "going to accept a gimmick.”", "Owen Pryce"),
    ("Lena Roos said Ada Berg had promised a review but that the plan remained “a farce.”", "Lena Roos"),
    ("Lena Roos said Ada Berg reassured them that the pier would open and that the town “would not be "
     "forgotten.”", "Ada Berg"),
], ids=["and-that", "but-that", "second-that-of-the-inner-verb"])
def test_partial_quote_in_a_second_that_clause_belongs_to_the_verb_of_the_first(text, speaker, nlp):
    """A second "and that" goes back to the verb whose first that-clause it follows: the
    reporting verb inside that clause ("had added $300 million") did not say the quote."""
    [q] = extract_quotes(text, nlp=nlp)
    assert (q.speaker, q.partial) == (speaker, True)


@pytest.mark.parametrize("text, speaker", [
    ("Karl Moen has run the bakery since 1994. “We bake at four,” the 54-year-old said.", "Karl Moen"),
    ("Ada Roux, 54, and her son Tomas Roux, 19, run the bakery. “We bake at four,” the 19-year-old said.",
     "Tomas Roux"),
    ("Ada Roux, 54, and her son Tomas Roux, 19, run the bakery. “We bake at four,” the 30-year-old said.",
     None),
    ("Erik Lund, 23, missed the penalty. “Sorry,” the 23-year-old said.", "Erik Lund"),
    ("The bakery on Mill Street, 12, belongs to Liv Aasen. “We bake at four,” the 45-year-old said.",
     "Liv Aasen"),
    ("Liv Aasen, aged 45, and Tomas Roux, aged 19, run it. “We bake at four,” the 19-year-old said.",
     "Tomas Roux"),
    ("Liv Aasen (45) and Tomas Roux (19) run it. “We bake at four,” the 45-year-old said.", "Liv Aasen"),
    ("Martin Foyle, 50, wept in the gallery. Outside court the 50-year-old said: “He is not a bad man.”",
     "Martin Foyle"),
    ("Jonas Pike, 19, scored twice. Ada Roux, 61, coaches the side. “I just hit it,” the 19-year-old "
     "striker said.", "Jonas Pike"),
], ids=["only-person", "age-given", "nobody-that-age", "short-quote", "a-house-number-is-no-age",
        "aged", "in-brackets", "before-the-quote", "age-and-noun"])
def test_an_age_tagging_a_quote_is_the_person_of_that_age(text, speaker, nlp):
    [q] = extract_quotes(text, nlp=nlp)
    assert q.speaker == speaker


@pytest.mark.parametrize("text", [
    "Nordvik Energy's chief executive, Karin Alm, resigned. “It was time,” the CEO said.",
    "Nordvik Energy CEO Karin Alm resigned on Monday. “It was time,” the chief executive said.",
], ids=["ceo-for-chief-executive", "chief-executive-for-ceo"])
def test_a_role_written_another_way_is_the_same_role(text, nlp):
    [q] = extract_quotes(text, nlp=nlp)
    assert q.speaker == "Karin Alm"


@pytest.mark.parametrize("text, speaker", [
    ("A Treasury spokesperson said: “We do not comment on leaks.”", "Treasury"),
    ("Ada Roux spoke on Monday. “Halford is open for business,” her post said.", "Ada Roux"),
    ("Ada Roux spoke on Monday. “Halford is open for business,” Roux's post on Chirp said.", "Ada Roux"),
], ids=["treasury-spokesperson", "her-post", "post-on-a-platform"])
def test_whose_voice_or_post_it_is(text, speaker, nlp):
    [q] = extract_quotes(text, nlp=nlp)
    assert q.speaker == speaker


@pytest.mark.parametrize("introduction", [
    "A retired schoolteacher named Brita Holm was more forgiving.",
    "A retired teacher, Brita Holm, was more forgiving.",
    "Her successor, Brita Holm, takes up the post in May.",
], ids=["named", "role-in-commas-first", "successor"])
def test_she_after_a_woman_the_story_turns_to_is_her(introduction, nlp):
    text = (f"Linnea Hjort opened the meeting. “We start now,” she said.\n\n"
            f"{introduction} “They meant well,” she said.")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Linnea Hjort", "Brita Holm"]


@pytest.mark.parametrize("sentence", [
    "“We agreed on the harbour,” Velkov and Hale said in a joint statement.",
    "“We agreed on the harbour,” said Velkov and Hale.",
    "Velkov and Hale said: “We agreed on the harbour.”",
    "Velkov and Hale, the harbour master, said: “We agreed on the harbour.”",
], ids=["names-said", "said-names", "colon", "role-of-the-second"])
def test_words_two_people_said_together_go_to_neither_alone(sentence, nlp):
    """One quote has one speaker: a joint statement keeps both names as its mention and
    `speaker` null rather than crediting whichever name came last."""
    text = f"Ada Velkov and Tomas Hale met on Monday.\n\n{sentence}"
    [q] = extract_quotes(text, nlp=nlp)
    assert (q.speaker, q.mention) == (None, "Velkov and Hale")


def test_they_after_two_people_said_something_together_is_both(nlp):
    text = ("The Harbour Board said barriers would be built. Okonedo and Garrow said they would chair "
            "the committee. “We disagree about the depot,” they said.")
    [q] = extract_quotes(text, nlp=nlp)
    assert (q.speaker, q.mention) == (None, "they")


@pytest.mark.parametrize("text, mention", [
    ("The Velmarian envoy, Tariq Mansour, said his side was ready. A senior diplomat briefed on the talks "
     "said the dam was the obstacle. “Whoever controls the dam controls the valley,” the diplomat said.",
     "the diplomat"),
    ("The letter was organised by Gareth Pym MP.\n\nA Harbour Party MP said privately that the opposition "
     "would not help. “We are not going to bail them out,” the MP said.", "the MP"),
], ids=["diplomat", "mp"])
def test_a_role_after_someone_new_of_that_role_is_not_the_one_named_before(text, mention, nlp):
    """"A senior diplomat said ... the diplomat said": the one just brought in, unnamed."""
    [q] = [q for q in extract_quotes(text, nlp=nlp) if q.mention == mention]
    assert q.speaker is None


def test_pronoun_after_a_quote_tagged_by_role_is_that_person(nlp):
    """"“...,” the finance minister said. “...,” she added": the minister, not the
    opposition leader named last."""
    text = ("Finance Minister Jana Holt presented the budget on Tuesday. Opposition leader Piet Saal "
            "called it a disaster.\n\n"
            "“This is a budget for the ports,” the finance minister said. “It will pay for itself,” she added.")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Jana Holt", "Jana Holt"]


@pytest.mark.parametrize("text, speaker", [
    ("Vice President Ada Roux spoke first. Tomas Berg arrived later.\n\n"
     "“The harbour will outlast us all,” the former president said.", None),
    ("Finance Minister Erik Lund spoke first. Ada Roux, the shadow finance minister, replied.\n\n"
     "“The harbour will outlast us all,” the finance minister said.", "Erik Lund"),
    ("Premier Jana Holt arrived first. Her deputy, Aron Lind, spoke next.\n\n"
     "“The harbour will outlast us all,” the deputy leader said.", "Aron Lind"),
], ids=["vice-president", "shadow-minister", "the-deputy-leader-is-her-deputy"])
def test_a_vice_president_or_shadow_minister_is_not_the_role_itself(text, speaker, nlp):
    q = quote_with(extract_quotes(text, nlp=nlp), "outlast us all")
    assert q.speaker == speaker


@pytest.mark.parametrize("text, role", [
    ("President Ada Roux, a former vice president, took office on Monday.", "the president"),
    ("Associate professor Ada Roux, a political scientist, studies elections.", "the professor"),
    ("Lieutenant Colonel Ada Roux commands the harbour garrison.", "the colonel"),
], ids=["once-vice-president", "associate-professor", "lieutenant-colonel"])
def test_the_role_still_names_its_holder_whatever_else_they_were(text, role, nlp):
    text += f"\n\n“We start today,” {role} said."
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Ada Roux"]


def test_role_noun_for_a_person_introduced_with_it_in_commas(nlp):
    """"Ada Roux, a veteran diplomat, arrived": "the diplomat" (even "the soft-spoken,
    64-year-old diplomat") is her."""
    text = ("Mira Aalto, a veteran diplomat, arrived in Orsa on Monday for the harbour talks.\n\n"
            "“Every quay in Orsa matters to us,” the soft-spoken, 64-year-old diplomat said.")
    q = speaks(text, nlp, "Mira Aalto", "Every quay in Orsa", cue="said")
    assert q.mention == "the soft-spoken, 64-year-old diplomat"


def test_role_whose_sentence_names_someone_else_leaves_the_pronoun_to_them(nlp):
    text = ("“The bill is dead,” said Sen. Ada Roux.\n\n“It is alive,” said Rep. Ina Berg.\n\n"
            "The senator said later that Berg was naive, but Berg disagreed. “She is wrong,” she said.")
    assert quote_with(extract_quotes(text, nlp=nlp), "She is wrong").speaker == "Ina Berg"


def test_pronoun_means_the_subject_after_a_long_opening_clause(nlp):
    text = ("“We will win,” said opposition leader Piet Saal.\n\n"
            "Asked whether Saal, the opposition leader, who has called the drought a hoax, could win in May, "
            "Mayor Tomas Berg shrugged.\n\n“He has called many things a hoax,” he said.")
    assert quote_with(extract_quotes(text, nlp=nlp), "many things").speaker == "Tomas Berg"


def test_pronoun_after_a_role_means_its_holder_not_the_last_name(nlp):
    text = ("“We will not sign,” said Tessel President Mara Velkov.\n\n"
            "Ida Brun, a former defence minister, called the speech “a performance for the cameras.”\n\n"
            "The Tessel president said later that the talks could still succeed.\n\n"
            "“We are ready,” she said.")
    assert quote_with(extract_quotes(text, nlp=nlp), "We are ready").speaker == "Mara Velkov"


@pytest.mark.parametrize("event", ["the Harbour National Convention", "the Velmark Peace Conference"])
def test_pronoun_is_the_person_not_the_event_they_spoke_at(event, nlp):
    text = (f"A central claim of President Tomas Velmar’s speech to {event} on Wednesday does not hold.\n\n"
            "He told his audience, to applause:\n\n“Nobody is more qualified than Ossa.”")
    assert quote_with(extract_quotes(text, nlp=nlp), "Nobody").speaker == "Tomas Velmar"


@pytest.mark.parametrize("place", ["Port Ellery", "Mount Vell", "Carson City", "Lake Orrin", "Marden County"])
def test_pronoun_is_the_person_not_the_place_they_visited(place, nlp):
    text = f"When Kristof Almqvist visited {place}, he said it was “a great day for the whole valley.”"
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Kristof Almqvist"]


@pytest.mark.parametrize("sentence, speaker", [
    ("When Kristof Almqvist met Zorbo Quenn, he", "Kristof Almqvist"),
    ("During a talk with Kristof Almqvist, Zorbo Quenn spoke of the port. He", "Zorbo Quenn"),
], ids=["subject", "after-a-preposition"])
def test_pronoun_is_the_subject_not_a_name_of_unknown_kind(sentence, speaker, nlp):
    text = f"{sentence} said it was “a great day for the whole valley.”"
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == [speaker]


def test_role_in_lower_case_before_a_name_resolves_the_role_noun(nlp):
    text = ("In an interview, Velmark envoy Pieter Saal defended the plan.\n\n"
            "“He has no mandate,” said Ida Brun.\n\n“I have every mandate I need,” the envoy replied.")
    q = quote_with(extract_quotes(text, nlp=nlp), "every mandate")
    assert (q.speaker, q.mention) == ("Pieter Saal", "the envoy")
    assert "Velmark envoy" in extract(text, nlp=nlp).speaker("Pieter Saal").roles


@pytest.mark.parametrize("text, role", [
    ("Green Party leader Ada Lind said: “The port must stay open.”", "Green Party leader"),
    ("“The port must stay open,” said Velmark Harbour Board chief Ada Lind.",
     "Velmark Harbour Board chief"),
    ("The vote in Tessel was close. Harbour Party leader Ada Lind said: “The port must stay open.”",
     "Harbour Party leader"),
], ids=["party", "body-of-three-words", "after-a-sentence"])
def test_role_before_a_name_keeps_the_whole_name_of_its_party_or_body(text, role, nlp):
    """"Green Party leader", not "Party leader": a reporter filtering by party needs the party's name."""
    ex = extract(text, nlp=nlp)
    assert [q.speaker for q in ex.quotes] == ["Ada Lind"]
    assert ex.speaker("Ada Lind").roles == (role,)


def test_role_in_commas_before_a_name_resolves_the_role_noun(nlp):
    text = ("Velmark's envoy, Piet Saal, arrived in Tessel on Monday.\n\n"
            "“The talks are over,” the envoy said.")
    speaks(text, nlp, "Piet Saal", "talks are over", mention="the envoy")


@pytest.mark.parametrize("introduction, role", [
    ("The chief executive, Adaeze Thorncliffe, said profits fell.", "the chief executive"),
    ("Corvane chief executive Adaeze Thorncliffe said profits fell.", "the chief executive"),
    ("Adaeze Thorncliffe, chief executive of Corvane, said profits fell.", "the chief executive"),
    ("Justice Adaeze Thorncliffe said the killing had been senseless.", "the judge"),
    ("Inquiries into then-Mayor Adaeze Thorncliffe began in May.", "the former mayor"),
    ("Rovers winger Adaeze Thorncliffe went down in the box.", "the winger"),
], ids=["role-in-commas-before", "role-before", "bare-role-after", "justice-is-a-judge", "then-title",
        "football-position"])
def test_role_noun_finds_the_person_whatever_form_the_role_was_given_in(introduction, role, nlp):
    text = f"{introduction}\n\n“These are never easy decisions,” {role} said."
    speaks(text, nlp, "Adaeze Thorncliffe", "never easy", mention=role)


@pytest.mark.parametrize("sentence", [
    "In a written statement, Harwell Stroud Engineering said it had done its job.",
    "Harwell Stroud Engineering said in a statement that it had done its job.",
    "Harwell Stroud Engineering issued a statement on Friday.",
    "The inspection was carried out by Harwell Stroud Engineering, a private contractor. In a written "
    "statement, the company said its report was accurate.",
])
def test_the_statement_said_quotes_whoever_gave_it(sentence, nlp):
    text = f"{sentence} Ada Roux was not convinced.\n\n“We inspected and reported,” the statement said."
    speaks(text, nlp, "Harwell Stroud Engineering", "inspected", mention="the statement")


def test_a_statement_nobody_is_said_to_have_given_stays_unattributed(nlp):
    text = ("Harwell Stroud Engineering confirmed the visit. According to the statement, Ada Roux met "
            "the board.\n\n“We inspected and reported,” the statement said.")
    speaks(text, nlp, None, "inspected", mention="the statement")


def test_party_in_a_role_noun_must_match_the_person(nlp):
    text = ("Republican presidential candidate Tomas Berg spoke first.\n\n"
            "“We will rebuild the port,” said the Democratic candidate.")
    assert extract_quotes(text, nlp=nlp)[0].speaker is None


@pytest.mark.parametrize("text", [
    "“We expect an answer by Friday,” Oren Daly, the president's envoy, said.",
    "Oren Daly, the president's envoy, said, “We expect an answer by Friday.”",
    "The president's envoy, Oren Daly, said, “We expect an answer by Friday.”",
    "Oren Daly, the Harbour Commissioner for Ferries (HCF), said, “We expect an answer by Friday.”",
    "“We expect an answer by Friday!” the president's envoy, Oren Daly, said.",
], ids=["quote-first", "speaker-first", "role-first", "role-with-abbreviation", "quote-then-role-first"])
def test_appositive_role_does_not_become_the_speaker(text, nlp):
    speaks(text, nlp, "Oren Daly", "answer by Friday", cue="said", mention="Oren Daly")


@pytest.mark.parametrize("text", [
    "Mara Velkov said the plan was “dead on arrival,” according to the Harbour Courier.",
    "Mara Velkov wrote to the council, threatening “a lawsuit it will not forget,” according to a copy of the letter.",
], ids=["said", "participle"])
def test_according_to_after_reported_speech_names_who_reports_it_not_who_spoke(text, nlp):
    q = extract_quotes(text, nlp=nlp)[0]
    assert q.speaker == "Mara Velkov"
    assert q.partial is True


@pytest.mark.parametrize("text, words, speaker", [
    ("“Saal took the money,” Mayor Tomas Berg said. “He took all of it.” His rival, Piet Saal, denied it.",
     "He took all", "Tomas Berg"),
    ("“Will you resign?” asked Ina Berg. “Never!” The mayor, Tomas Berg, replied.", "Never", "Tomas Berg"),
], ids=["new-sentence-is-no-tag", "reply"])
def test_role_and_name_opening_a_sentence_after_a_closed_quote(text, words, speaker, nlp):
    assert quote_with(extract_quotes(text, nlp=nlp), words).speaker == speaker


def test_according_to_alone_names_the_source(nlp):
    text = "“The harbour plan is dead on arrival,” according to the Harbour Courier."
    speaks(text, nlp, "Harbour Courier", "dead on arrival", cue="according")


def test_abbreviated_title_after_a_closed_quote_ends_no_sentence(nlp):
    text = "“This is a big year for the port!” the mayor's niece, state Del. Ina Marr, shouted to the crowd."
    q = speaks(text, nlp, "Ina Marr", "a big year", cue="shouted")
    assert q.mention == "Del. Ina Marr"


@pytest.mark.parametrize("text, speaker", [
    ("“We will win,” said opposition leader Mara “Mimi” Velkov. “The town is with us.”", "Mara Velkov"),
    ('Tomas "the Hammer" Brisk won the title.\n\n"We will win again," said Brisk. "Nobody can stop us."',
     "Tomas Brisk"),
], ids=["speaker", "surname-later"])
def test_nickname_in_quotation_marks_is_part_of_the_name_not_a_quote(text, speaker, nlp):
    quotes = extract_quotes(text, nlp=nlp)
    assert [q.speaker for q in quotes] == [speaker, speaker], [q.text for q in quotes]
    assert not any(q.text in ("Mimi", "the Hammer") for q in quotes)


@pytest.mark.parametrize("text, words, speaker", [
    ('Ada Roux said Piet Saal "broke the port." Ina Berg called Saal a "liar."', "broke the port", "Ada Roux"),
    ("Tomas Berg told Ina Roux “get out” Piet Saal said on Friday.", "get out", "Tomas Berg"),
], ids=["sentence-end", "two-full-names"])
def test_quote_between_two_names_stays_a_quote(text, words, speaker, nlp):
    assert quote_with(extract_quotes(text, nlp=nlp), words).speaker == speaker


def test_ministry_said_in_a_statement_is_the_ministry(nlp):
    text = ("The Ministry of Water Resources has been criticised for its forecasts.\n\n"
            "“The figures will be published in March,” the ministry said in a statement.")
    ex = extract(text, nlp=nlp)
    assert len(ex.quotes) == 1
    q = ex.quotes[0]
    assert_points_at_text(text, q)
    assert q.speaker is not None and "Ministry of Water Resources" in q.speaker
    assert q.mention.lower().removeprefix("the ") == "ministry"
    assert ex.speaker(q.speaker).kind == "organization"


def test_union_name_with_plural_possessive_is_kept_whole(nlp):
    text = ("The Brennick Dockworkers’ Union said in a statement that it would not end the strike "
            "“for a promise in a budget speech.”")
    ex = extract(text, nlp=nlp)
    assert len(ex.quotes) == 1
    q = ex.quotes[0]
    assert_points_at_text(text, q)
    assert q.partial is True
    assert q.speaker == "Brennick Dockworkers’ Union"
    assert ex.speaker(q.speaker).kind == "organization"


@pytest.mark.parametrize("first, then", [("the Velmark Courier", "the Courier"),
                                         ("the Courier", "the Velmark Courier")])
def test_a_paper_named_in_short_is_the_paper_named_in_full(first, then, nlp):
    text = f"“The ferry is late,” {first} reported.\n\n“It is very late,” {then} added."
    ex = extract(text, nlp=nlp)
    assert [q.speaker for q in ex.quotes] == ["Velmark Courier", "Velmark Courier"]
    assert ex.speaker("Velmark Courier").aliases == ("Courier",)


def test_a_paper_named_in_short_is_the_last_one_named_in_full(nlp):
    text = ("“The ferry is late,” the Velmark Post reported.\n\n“It is very late,” the Post added.\n\n"
            "“The bridge is shut,” the Tessel Post reported.\n\n“It is shut for good,” the Post added.")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Velmark Post"] * 2 + ["Tessel Post"] * 2


@pytest.mark.parametrize("body, name", [("the Tessel foreign ministry", "Tessel foreign ministry"),
                                         ("Tessel's foreign ministry", "Tessel foreign ministry"),
                                         ("the Tesselian defence ministry", "Tesselian defence ministry")])
def test_body_written_in_lower_case_is_an_organisation(body, name, nlp):
    text = (f"“The talks are over,” {body} said in a statement on Monday.\n\n"
            "“We will not return to Velmark,” the ministry added.\n\nIt also recalled its ambassador, saying: "
            "“Our patience has run out.”")
    ex = extract(text, nlp=nlp)
    assert [q.speaker for q in ex.quotes] == [name] * 3
    assert ex.speaker(name).kind == "organization"


@pytest.mark.parametrize("text, speaker, mention", [
    ("Vantor Mining Ltd. said: “The mine will reopen in May.”", "Vantor Mining", "Vantor Mining Ltd."),
    ("“The mine will reopen in May,” Vantor Mining Ltd. said.", "Vantor Mining", "Vantor Mining Ltd."),
    ("“The mine will reopen in May,” said a statement from Halvo Inc.", "Halvo", "Halvo Inc."),
    ("Ostrik Corp. said on Monday: “The mine will reopen in May.”", "Ostrik", "Ostrik Corp."),
    ("Krell Foods plc said: “The mine will reopen in May.”", "Krell Foods", "Krell Foods plc"),
    ("“The mine will reopen in May,” said Brask Holdings GmbH.", "Brask Holdings", "Brask Holdings GmbH"),
    ("“The mine will reopen in May,” Tessa Shipping LLC said.", "Tessa Shipping", "Tessa Shipping LLC"),
], ids=["ltd-said", "quote-ltd-said", "statement-from-inc", "corp", "plc", "gmbh", "llc"])
def test_company_named_with_its_legal_form_is_an_organisation(text, speaker, mention, nlp):
    """The speaker is the company as later paragraphs and other outlets name it, without
    "Ltd." or "plc"; the mention keeps the words as written, full stop included."""
    ex = extract(text, nlp=nlp)
    assert [(q.speaker, q.mention) for q in ex.quotes] == [(speaker, mention)]
    assert_points_at_text(text, ex.quotes[0])
    assert ex.speaker(speaker).kind == "organization"


def test_full_stop_of_a_legal_form_ends_the_sentence_unless_a_title_follows(nlp):
    text = ("“The mine will reopen,” said Vantor Mining Ltd. Ada Roux, a geologist, disagreed. "
            "“It will not,” she said.\n\nHalvo Inc. Chief Executive Piet Saal said: “We are buying.”")
    ex = extract(text, nlp=nlp)
    assert [q.speaker for q in ex.quotes] == ["Vantor Mining", "Ada Roux", "Piet Saal"]
    assert ex.speaker("Piet Saal").roles == ("Halvo Inc. Chief Executive",)


@pytest.mark.parametrize("text, speaker", [
    ("Mara Velkov flew home.\n\n“The talks are over,” Velkov's office said.", "Mara Velkov"),
    ("Mara Velkov flew home.\n\nHer campaign said: “The talks are over.”", None),
    ("Mara Velkov flew home.\n\n“The talks are over,” the Velkov campaign said.", "Velkov campaign"),
])
def test_an_office_or_campaign_is_not_read_as_a_body_of_its_own(text, speaker, nlp):
    """An office speaks for its holder; "her campaign" names no body ("Her" is no owner)."""
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == [speaker]


@pytest.mark.parametrize("text, body", [
    ("The Velmark Ministry of Foreign Affairs dismissed the claims as “baseless fantasy”.",
     "Velmark Ministry of Foreign Affairs"),
    ("“We reject this,” the Ministry of Foreign Affairs said.", "Ministry of Foreign Affairs"),
], ids=["partial", "whole"])
def test_a_title_word_in_what_a_ministry_is_of_is_part_of_its_name(text, body, nlp):
    """"Foreign" is a title ("Foreign Minister Ada Roux"), but "Ministry of Foreign Affairs"
    is a body, not a person called "Affairs"."""
    ex = extract(text, nlp=nlp)
    assert [q.speaker for q in ex.quotes] == [body]
    assert ex.speaker(body).kind == "organization"


@pytest.mark.parametrize("text, names", [
    ("Ann and Piet Marr watched from the window.", ["Ann Marr", "Piet Marr"]),
    ("Warren and Tomas Berg met on Monday. Ilse Warren chairs the board.",
     ["Warren", "Tomas Berg", "Ilse Warren"]),
    ("The exchange froze accounts. Shortly after the arrest, Kelvar suspended withdrawals.", ["Kelvar"]),
], ids=["a-couple", "a-surname-named-in-full-elsewhere", "an-adverb-opening-a-sentence"])
def test_a_forename_before_and_takes_the_surname_after_it(text, names):
    """"Ann and Piet Marr" names Ann Marr; but in "Warren and Tomas Berg", Warren is Ilse Warren's
    surname, and nobody is called "Warren Berg"."""
    assert [n.name for n in find_names(text)] == names


@pytest.mark.parametrize("text, names", [
    ("Staff at St. Ivel’s Hospital said the ward was full.", ["St. Ivel’s Hospital"]),
    ("She has lived in St. Albans since 1990.", ["St. Albans"]),
    ("The trail up Mt. Kellan reopened on Monday.", ["Mt. Kellan"]),
], ids=["a-saints-hospital", "a-saints-town", "a-mount"])
def test_a_saint_or_mount_abbreviated_opens_the_name(text, names):
    """"St. Ivel’s Hospital" is one body: read as "St" and "Ivel’s Hospital", the hospital loses
    its name and "St" stands between a person and the "he" after them."""
    assert [n.name for n in find_names(text)] == names


def test_capitalised_institution_is_an_organisation(nlp):
    text = "“The talks were useful and will continue,” the Aldermark said in a statement on Friday."
    ex = extract(text, nlp=nlp)
    assert len(ex.quotes) == 1
    q = ex.quotes[0]
    assert_points_at_text(text, q)
    assert q.speaker is not None and "Aldermark" in q.speaker
    assert ex.speaker(q.speaker).kind == "organization"


@pytest.mark.parametrize("text, name, role", [
    ("Deputy Mayor Ilse Varga said, “This city works when its port works.”", "Ilse Varga", "deputy mayor"),
    ("“This city works when its port works,” Foreign Minister Dmitri Petrenkov said.",
     "Dmitri Petrenkov", "foreign minister"),
    ("Pastor Jon Roos told the congregation, “The harbour belongs to all of us.”", "Jon Roos", "pastor"),
    ("“The harbour belongs to all of us!” US Senator Jon Roos said.", "Jon Roos", "us senator"),
    ("“The harbour belongs to all of us,” said former Velmark Gov. and Harbour Party Chairman Jon Roos.",
     "Jon Roos", "harbour party chairman"),
    ("Opposition MP Greta Voss said: “The harbour belongs to all of us.”", "Greta Voss", "opposition mp"),
    ("“The harbour belongs to all of us,” said Tessel Bank CFO Piet Saal.", "Piet Saal", "tessel bank cfo"),
    ("Taoiseach Niamh Roe has tweeted: “The harbour belongs to all of us.”", "Niamh Roe", "taoiseach"),
    ("South Velmark-born Jon Roos said: “The harbour belongs to all of us.”", "Jon Roos", "south velmark-born"),
    ("Vice-chairman Ursula Kettering-Moss said: “The harbour belongs to all of us.”",
     "Ursula Kettering-Moss", "vice-chairman"),
    ("PC Darren Mulvane said: “The harbour belongs to all of us.”", "Darren Mulvane", "pc"),
    ("“The harbour belongs to all of us,” said DS Imogen Vasse.", "Imogen Vasse", "ds"),
], ids=["deputy-mayor", "foreign-minister", "pastor", "us-senator", "two-titles-joined", "mp", "cfo",
        "taoiseach", "born-somewhere", "hyphenated-vice", "police-constable-initials", "sergeant-initials"])
def test_title_is_kept_as_a_role_not_part_of_the_name(text, name, role, nlp):
    ex = extract(text, nlp=nlp)
    assert len(ex.quotes) == 1
    q = ex.quotes[0]
    assert_points_at_text(text, q)
    assert q.speaker == name
    assert q.mention.endswith(name)
    assert role in [r.lower() for r in ex.speaker(name).roles]


@pytest.mark.parametrize("text, mention, role", [
    ("“The port must stay open,” said Dana Roux MP.", "Dana Roux MP", "MP"),
    ("Dana Roux MEP said: “The port must stay open.”", "Dana Roux MEP", "MEP"),
    ("“The port must stay open,” Dana Roux MSP told reporters.", "Dana Roux MSP", "MSP"),
    ("Dana Roux KC told the court: “The port must stay open.”", "Dana Roux KC", "KC"),
    ("“The port must stay open,” said Dana Roux OBE.", "Dana Roux OBE", "OBE"),
    ("“The port must stay open,” said the Revd Dana Roux.", "Revd Dana Roux", "Revd"),
], ids=["said-name-mp", "name-mep-said", "name-msp-told", "barrister-kc", "honour-obe", "revd-before"])
def test_title_after_a_name_is_a_role_not_part_of_the_name(text, mention, role, nlp):
    """"Dana Roux MP" (or KC, or OBE) is Dana Roux, so that her quotes stay under one name when a later
    paragraph calls her "Roux"."""
    ex = extract(text + "\n\n“Nobody will close it,” Roux added.", nlp=nlp)
    assert [(q.speaker, q.mention) for q in ex.quotes] == [("Dana Roux", mention), ("Dana Roux", "Roux")]
    assert_points_at_text(text, ex.quotes[0])
    assert ex.speaker("Dana Roux").roles == (role,)


@pytest.mark.parametrize("text, mention", [
    ("A Labour MP said the budget was “a disgrace to this House and to the country.”", "A Labour MP"),
    ("“It is a disgrace,” said a senior Harbour Party MP.", "a senior Harbour Party MP"),
    ("The Harwick MP said: “It is a disgrace.”", "The Harwick MP"),
], ids=["a-party-mp", "a-senior-party-mp", "the-place-mp"])
def test_an_mp_named_by_party_or_seat_is_nobody_named(text, mention, nlp):
    [q] = extract_quotes(text, nlp=nlp)
    assert (q.speaker, q.mention) == (None, mention)


@pytest.mark.parametrize("tag, speaker, mention", [
    ("said his lawyer, Piet Saal.", "Piet Saal", "Piet Saal"),
    ("added his wife, Irina Marsk.", "Irina Marsk", "Irina Marsk"),
    ("said his wife.", None, "his wife"),
])
def test_a_relative_after_the_verb_speaks_not_the_last_speaker(tag, speaker, mention, nlp):
    text = f"“We will appeal,” said Dmitar Velkov, the former mayor.\n\n“The verdict is wrong,” {tag}"
    q = quote_with(extract_quotes(text, nlp=nlp), "verdict")
    assert (q.speaker, q.mention) == (speaker, mention)


def test_a_feminine_or_near_surname_is_another_person(nlp):
    text = ("Dmitar Velkov and his wife, Irina Velkova, run a bakery in Harl. Kalin Radenkov and Ivo Radenko "
            "sell fish next door; Radenko opened first.\n\n"
            "“We have never seen a winter like this,” Velkova said.\n\n“We will close by spring,” Velkov said."
            "\n\n“So will we,” Radenkov said.")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Irina Velkova", "Dmitar Velkov", "Kalin Radenkov"]


def test_name_particles_and_surname_only_mentions(nlp):
    # Dutch style: "van der Berg" after the forename, "Van der Berg" when the surname stands alone
    text = ("“The river is lower than in any year on record,” said Anika van der Berg, a hydrologist.\n\n"
            "Van der Berg said the decline was “not slowing at all.”\n\n"
            "“We have the data to prove it,” van der Berg said.")
    ex = extract(text, nlp=nlp)
    assert len(ex.quotes) == 3, [q.text for q in ex.quotes]
    for q in ex.quotes:
        assert_points_at_text(text, q)
    assert [q.speaker for q in ex.quotes] == ["Anika van der Berg"] * 3
    assert [q.mention for q in ex.quotes] == ["Anika van der Berg", "Van der Berg", "van der Berg"]
    assert [q.partial for q in ex.quotes] == [False, True, False]
    assert [s.name for s in ex.speakers] == ["Anika van der Berg"]


@pytest.mark.parametrize("name, later", [
    ("Mohammed al-Rashid", "Al-Rashid"), ("Abu Karim al-Masri", "al-Masri"), ("Omar el-Sayed", "El-Sayed"),
    ("Yusuf bin Tarek", "Tarek"), ("Ali ibn Hamad", "Hamad"), ("Dara bint Faisal", "Faisal"),
])
def test_lower_case_particles_belong_to_the_name(name, later, nlp):
    # Arabic style: the article joined to the surname, "bin", "ibn" and "bint" between the names
    text = (f"“The border is closed,” said {name}, a local official in Qarvesh.\n\n"
            f"“It will stay closed until the spring,” {later} added.")
    ex = extract(text, nlp=nlp)
    assert [q.speaker for q in ex.quotes] == [name, name]
    assert [q.mention for q in ex.quotes] == [name, later]
    assert [s.name for s in ex.speakers] == [name]


def test_surname_mention_is_tied_to_the_full_name(nlp):
    text = ("Dmitri Petrenkov opened the talks in the old customs hall on Tuesday.\n\n"
            "“We will not sign anything our farmers cannot live with,” Petrenkov said.")
    speaks(text, nlp, "Dmitri Petrenkov", "farmers cannot live with", cue="said", mention="Petrenkov")


@pytest.mark.parametrize("surname, tag", [("Will", "Will wrote."), ("From", "From said."),
                                          ("King", "King says."), ("May", "said May.")])
def test_surname_that_is_also_a_common_word_is_the_person_named_in_full(surname, tag, nlp):
    text = (f"Columnist Dara {surname} wrote about the harbour in March.\n\n"
            f"“The eruption of the strike is a wake-up call for the whole port,” {tag}")
    speaks(text, nlp, f"Dara {surname}", "wake-up call", mention=surname)


@pytest.mark.parametrize("text, speaker", [
    ("“We will sail at dawn,” said Per Dahl.", "Per Dahl"),
    ("“Now is the time to sail,” said Will Hart.", "Will Hart"),
    ("“The nets are full again,” said May Tolle, a trawler skipper.", "May Tolle"),
    ("Per Dahl, the skipper, said: “We will sail at dawn.”", "Per Dahl"),
    ("Per Dahl said: “We will sail at dawn.”", "Per Dahl"),
], ids=["per-after-verb", "will-after-verb", "may-after-verb", "per-appositive", "per-subject"])
def test_forename_that_is_a_common_word_stays_with_its_surname(text, speaker, nlp):
    ex = extract(text, nlp=nlp)
    assert [q.speaker for q in ex.quotes] == [speaker]
    assert [q.mention for q in ex.quotes] == [speaker]


@pytest.mark.parametrize("outlet", ["Reuters", "CNN"])
def test_preposition_before_an_outlet_is_no_forename(outlet, nlp):
    text = f"“The port will reopen in the spring,” Per {outlet} reported."
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == [outlet]


def test_per_an_outlet_opening_a_sentence_is_no_person(nlp):
    text = "Per Velmarkwire, the harbour deal is off. “We walked away,” he said."
    [q] = extract_quotes(text, nlp=nlp)
    assert (q.speaker, q.mention) == (None, "he")


@pytest.mark.parametrize("spelling", ["organiser", "organizer"])
def test_month_before_day_is_no_forename(spelling, nlp):
    text = f"“The parade will go ahead as planned,” said May Day {spelling} Tom Berg."
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Tom Berg"]


@pytest.mark.parametrize("sentence, name, role", [
    ("Conductor Søren Østergård resigned on Friday.", "Søren Østergård", "Conductor"),
    ("Farmer Ada Roux sold her herd on Friday.", "Ada Roux", "Farmer"),
    ("Fisherman Jory Treloar, 58, has worked the harbour for 40 years.", "Jory Treloar", "Fisherman"),
    ("Reviewer Cassius Wendt gave the play one star.", "Cassius Wendt", "Reviewer"),
    ("Det Insp Gareth Rhee led the inquiry.", "Gareth Rhee", "Det Insp"),
    ("Co-leader Basil Nakamura-Oyel spoke first.", "Basil Nakamura-Oyel", "Co-leader"),
], ids=["title", "person-noun", "occupation", "trade", "rank-without-full-stops", "prefixed-title"])
def test_role_opening_a_sentence_before_a_full_name_is_its_role(sentence, name, role, nlp):
    surname = name.split()[-1]
    ex = extract(f"{sentence} “I am leaving the valley,” {surname} said.", nlp=nlp)
    assert [q.speaker for q in ex.quotes] == [name]
    assert [(s.name, s.roles) for s in ex.speakers] == [(name, (role,))]


@pytest.mark.parametrize("dash", ["—", "–", "-"])
def test_a_live_blog_entry_time_opens_the_sentence_of_who_acts(dash, nlp):
    text = (f"Election night\n\n23:21 {dash} Fenwick Harrowgate was more measured on Channel Six. "
            "“It’s an exit poll, not a result,” he said.")
    speaks(text, nlp, "Fenwick Harrowgate", "exit poll", mention="he")


def test_a_live_blog_entry_opening_on_who_gave_a_statement_hands_it_the_quote(nlp):
    text = ("Election night\n\n01:14 — Alliance leader Odile Marchetti-Sand has issued a short statement on "
            "social media: “Thank you to every volunteer who knocked on doors in the rain.”")
    speaks(text, nlp, "Odile Marchetti-Sand", "every volunteer", mention="Odile Marchetti-Sand")


def test_sentence_opening_role_is_no_part_of_the_name(nlp):
    ex = extract("Columnist Dara Voss wrote, “The strike is a wake-up call for the whole port.”", nlp=nlp)
    assert [(s.name, s.roles) for s in ex.speakers] == [("Dara Voss", ("Columnist",))]


def test_reported_clause_after_a_long_appositive_is_not_the_speaker(nlp):
    text = ("Tom Berg, a party operative who played a major role in Ana Rell’s big Velmark win in 2008 and "
            "is now running the early-vote effort in the state, said the absentee program is a "
            "“critical part of our strategy.”")
    q = quote_with(extract_quotes(text, nlp=nlp), "critical part")
    assert (q.speaker, q.mention, q.partial) == ("Tom Berg", "Tom Berg", True)


def test_two_roles_of_one_person_are_one_speaker_phrase(nlp):
    text = ("The former harbour chief and current Velmark Party nominee said she wanted to speak "
            "“directly to the fishermen.”")
    q = quote_with(extract_quotes(text, nlp=nlp), "directly to the fishermen")
    assert (q.speaker, q.mention) == (None, "The former harbour chief and current Velmark Party nominee")


@pytest.mark.parametrize("subject", [
    "Officials at the Harbour Board, a division of the Velmark Ports Authority,",
    "Officials at the Harbour Board",
    "Harbour Board officials",
], ids=["at-with-appositive", "at", "before-officials"])
def test_officials_speak_for_their_body(subject, nlp):
    ex = extract(f"{subject} said smugglers “may try to use increasingly sophisticated methods.”", nlp=nlp)
    assert [q.speaker for q in ex.quotes] == ["Harbour Board"]
    assert [(s.name, s.kind) for s in ex.speakers] == [("Harbour Board", "organization")]


@pytest.mark.parametrize("people", ["Supporters of Ana Rell", "Friends of Ana Rell", "Lawyers for Ana Rell",
                                    "People close to Ana Rell"])
def test_people_of_a_person_are_not_that_person(people, nlp):
    text = (f"{people} said the port “must stay open for every fisherman in town.”\n\n"
            "“We will win this fight,” Rell said.")
    ex = extract(text, nlp=nlp)
    assert [(q.speaker, q.mention) for q in ex.quotes] == [(None, people), ("Ana Rell", "Rell")]
    assert [(s.name, s.kind) for s in ex.speakers] == [("Ana Rell", "person")]


def test_it_opening_a_reported_clause_leaves_the_claim_with_the_reporter(nlp):
    text = ("Ana Rell answered the charges on Friday. She says it underscores that Tom Berg is "
            "“temperamentally unfit to run the port.”")
    q = quote_with(extract_quotes(text, nlp=nlp), "temperamentally unfit")
    assert (q.speaker, q.mention) == ("Ana Rell", "She")


def test_it_is_the_body_that_opened_the_sentence_before(nlp):
    text = ("Ana Rell spoke in Velmark on Monday.\n\n"
            "The Harbour Board is defending the fee. "
            "It says the fee is “the only way to keep the port open.”")
    q = quote_with(extract_quotes(text, nlp=nlp), "the only way")
    assert (q.speaker, q.mention) == ("Harbour Board", "It")


def test_an_adjective_after_the_is_no_subject_for_the_next_quote(nlp):
    text = ("“They came to me at every dinner,” Tom Berg said of his years at the harbour.\n\n"
            "At community gatherings, the Velmark-born children of fishermen would sidle up to him.\n\n"
            "“They would come to me, personally, and they would say thank you.”")
    q = quote_with(extract_quotes(text, nlp=nlp), "They would come to me")
    assert q.speaker == "Tom Berg"


@pytest.mark.parametrize("text, speaker", [
    ("Ana Rell wrote about the injury in her book. After saying her right foot was “so swollen I "
     "could barely get my shoe on,” she was “whisked off to the harbour clinic” for tests.", "Ana Rell"),
    ("After telling reporters the port was “in the best shape it has ever been,” Tom Berg left the pier.",
     "Tom Berg"),
], ids=["after-saying-she", "after-telling-name"])
def test_participle_opening_the_sentence_belongs_to_the_main_clauses_subject(text, speaker, nlp):
    quotes = extract_quotes(text, nlp=nlp)
    assert quotes and all(q.speaker == speaker for q in quotes), [(q.speaker, q.text) for q in quotes]


@pytest.mark.parametrize("text", [
    "Another harbour source speaking to Velmark Radio said, “The agents are investigating the port.”",
    "Another harbour source speaking to Velmark Radio, who asked not to be named, said, “The agents are "
    "investigating the port.”",
])
def test_outlet_a_source_spoke_to_is_not_the_speaker(text, nlp):
    q = quote_with(extract_quotes(text, nlp=nlp), "agents are investigating")
    assert (q.speaker, q.mention) == (None, "Another harbour source")


@pytest.mark.parametrize("holder", ["obtained by The Velmark Courier", "seen by Velmark Radio",
                                    "sent to Mayor Tom Berg"])
def test_who_obtained_or_received_a_document_is_not_its_voice(holder, nlp):
    text = (f"A May 1 letter from the Harbour Guild {holder} warns that “any further use of the emblem "
            "will be taken to court.”")
    q = quote_with(extract_quotes(text, nlp=nlp), "taken to court")
    assert q.speaker == "Harbour Guild"


def test_the_platform_before_a_participle_is_not_the_speaker(nlp):
    text = "Ada Roux replied to the mayor on Twitter writing, “Not this again, we have been over it.”"
    speaks(text, nlp, "Ada Roux", "Not this again", cue="writing")


def test_the_place_before_a_participle_leaves_the_crowd_before_it(nlp):
    q = quote_with(extract_quotes("Protesters gathered in Velmark chanting, “Save our pier now!”", nlp=nlp),
                   "Save our pier")
    assert (q.speaker, q.mention) == (None, "Protesters")


@pytest.mark.parametrize("people", ["Protesters in Velmark", "Voters across Velmark",
                                    "Supporters in the Harbour District", "Two residents in Velmark",
                                    "Protesters in central Velmark", "Police in Velmark",
                                    "Voters in the city of Tessel"])
def test_people_in_a_place_are_not_that_place(people, nlp):
    q = quote_with(extract_quotes(f"{people} chanted, “Save our pier now, before the vote!”", nlp=nlp),
                   "Save our pier")
    assert (q.speaker, q.mention) == (None, people)


@pytest.mark.parametrize("text, mention", [
    ("Families of the dockers killed in Tessel said, “We want the whole truth about the pier.”",
     "Families of the dockers"),
    ("Relatives in Tessel said, “We want the whole truth about the pier.”", "Relatives in Tessel"),
    ("Many in Velmark said, “We want the whole truth about the pier.”", "Many in Velmark"),
    ("“We want justice,” said families in Tessel.", "families"),
    ("“We want the whole truth about the pier,” said people close to Ada Roux.", "people close to Ada Roux"),
    ("“We want the whole truth about the pier,” said supporters of Ada Roux.", "supporters of Ada Roux"),
    ("Rebels said, “We want the whole truth about the pier.”", "Rebels"),
    ("Protesters gathered in Velmark said, “We want the whole truth about the pier.”", "Protesters"),
    ("“We want the whole truth about the pier,” said supporters in Tessel.", "supporters"),
])
def test_people_somewhere_are_not_the_place_they_are_in(text, mention, nlp):
    assert [(q.speaker, q.mention) for q in extract_quotes(text, nlp=nlp)] == [(None, mention)]


@pytest.mark.parametrize("text", [
    "Officials in the Velmark Port Authority said, “The pier will be rebuilt by spring.”",
    "“The pier will be rebuilt by spring,” said officials at the Velmark Port Authority.",
])
def test_officials_in_a_body_speak_for_it(text, nlp):
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Velmark Port Authority"]


@pytest.mark.parametrize("who", ["Ada Roux", "Harbour Board"])
def test_a_name_before_a_place_is_the_speaker(who, nlp):
    text = f"The {who} in Velmark said, “The pier will be rebuilt by spring.”".replace("The Ada", "Ada")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == [who]


def test_they_after_a_team_named_for_its_town_is_the_team(nlp):
    text = ("Velmark were beaten 3-1 by Tessel in Velmark on Saturday. They said in a statement, “We let "
            "our fans down today.”")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Velmark"]


def test_people_opening_a_sentence_before_a_participle_are_no_name(nlp):
    q = extract_quotes("Nurses interviewed said, “We will not accept the pier deal at all.”", nlp=nlp)[0]
    assert (q.speaker, q.mention) == (None, "Nurses")


@pytest.mark.parametrize("crowd", ["Hundreds of dock workers", "Protesters", "Dozens of angry protesters",
                                   "Women"])
def test_a_crowd_opening_the_sentence_chants_the_quote(crowd, nlp):
    text = f"{crowd} marched through Velmark on Monday, chanting, “Save our pier, save our town!”"
    q = quote_with(extract_quotes(text, nlp=nlp), "Save our pier")
    assert (q.speaker, q.mention, q.cue) == (None, crowd, "chanting")


def test_a_chant_is_not_given_to_who_speaks_in_the_next_sentence(nlp):
    text = ("Hundreds of dock workers marched through Velmark on Monday, chanting, “No more cuts!” Tom Berg, "
            "the port chief, said he would meet them.")
    assert [(q.speaker, q.mention, q.cue) for q in extract_quotes(text, nlp=nlp)] == [
        (None, "Hundreds of dock workers", "chanting")]


@pytest.mark.parametrize("text", [
    "Dock workers cheered as Ada Roux arrived, shouting, “Save our pier!”",
    "Supporters waited as Tom Berg walked out, shouting, “Shame on you!”",
])
def test_a_short_chant_after_a_clause_is_still_a_quote(text, nlp):
    assert [q.cue for q in extract_quotes(text, nlp=nlp)] == ["shouting"]


@pytest.mark.parametrize("text", [
    "When Tom Berg said the cranes would be sold, “Who says?” Ada Roux asked.",
    "After Tom Berg announced the closure, “Shame on the board!” Ada Roux shouted.",
])
def test_a_verb_in_an_opening_clause_does_not_take_the_quote_after_it(text, nlp):
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Ada Roux"]


@pytest.mark.parametrize("text", [
    "After the vote, Ada Roux shouted, “We won!” Tom Berg said he would appeal.",
    "Before the vote, Ada Roux asked, “Who benefits?” Tom Berg said he did not know.",
])
def test_a_cue_after_an_opening_clause_keeps_its_quote(text, nlp):
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Ada Roux"]


@pytest.mark.parametrize("text", [
    "Workers gathered as Tom Berg, the plant manager, stepped out, telling them, “Your jobs are safe.”",
    "The council censured Tom Berg, who resigned hours later, saying, “I will not be a distraction.”",
])
def test_a_participle_after_a_named_clause_is_that_persons(text, nlp):
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Tom Berg"]


def test_they_after_a_country_that_acted_is_the_country(nlp):
    text = ("Velmark announced it would leave the trade pact. Shares fell in Velmark. They added, “We will "
            "not be bullied.”")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Velmark"]


def test_a_capitalised_plural_written_lower_case_elsewhere_is_no_team(nlp):
    text = "Troops clashed with rebels near Tessel. The Rebels said, “We will fight on until spring.”"
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == [None]


def test_a_participle_after_a_closed_relative_clause_is_the_subjects(nlp):
    text = "The mayor greeted Ada Roux, who was visiting Velmark, telling her, “Welcome home to the port.”"
    assert [q.mention for q in extract_quotes(text, nlp=nlp)] == ["The mayor"]


def test_they_after_a_town_that_acted_long_before_is_not_the_town(nlp):
    text = ("Velmark said on Monday it would close the pier. Protesters marched through Velmark on Tuesday. "
            "They were chanting, “Save our pier, save our town!”")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == [None]


def test_a_team_named_as_a_plural_is_still_a_speaker(nlp):
    text = ("The Velmark Senators lost 3-1 on Saturday. The Senators said in a statement, “We let our fans "
            "down today.”")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Velmark Senators"]


def test_a_participle_after_who_is_that_persons_not_the_crowds(nlp):
    text = "Dock workers applauded Ada Roux, who ended her speech saying, “We will win the vote.”"
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Ada Roux"]


def test_they_after_a_town_is_not_the_town(nlp):
    text = "Protesters marched through Velmark on Monday. They were chanting, “Save our pier, save our town!”"
    q = quote_with(extract_quotes(text, nlp=nlp), "Save our pier")
    assert (q.speaker, q.mention) == (None, "They")


def test_who_received_a_document_and_then_spoke_is_the_speaker(nlp):
    text = "The plans were seen by Ada Roux, who said, “They are a disgrace to the city.”"
    speaks(text, nlp, "Ada Roux", "disgrace", cue="said")


def test_a_participle_giving_a_quote_makes_its_name_the_one_a_pronoun_means(nlp):
    text = ("Mayor Jon Vik spoke first.\n\nA video released later shows Tom Berg saying, “We will rebuild "
            "the pier.”\n\n“It will take two years,” he said.")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Tom Berg", "Tom Berg"]


@pytest.mark.parametrize("text", [
    "By contrast, Sen. Ada Roux said that once the Senate goes on recess, “I intend to help where I can.”",
    "Ada Roux said that as the debate went on into the night, “I intend to help where I can.”",
    "Ada Roux said that once the meeting went on past midnight, “I intend to help where I can.”",
])
def test_going_on_without_words_is_no_reporting_verb(text, nlp):
    q = quote_with(extract_quotes(text, nlp=nlp), "intend to help")
    assert q.speaker == "Ada Roux"


@pytest.mark.parametrize("text, quotes", [
    ("“The pier is safe,” Tom Berg went on. “We checked it twice.”", 2),
    ("“The pier is safe,” Tom Berg went on after a pause. “We checked it twice.”", 2),
    ("Tom Berg went on to say, “The pier is safe. We checked it twice.”", 1),
    ("Tom Berg went on to say that “the pier is safe, and we checked it twice.”", 1),
])
def test_going_on_to_speak_is_a_reporting_verb(text, quotes, nlp):
    assert [(q.speaker, q.cue) for q in extract_quotes(text, nlp=nlp)] == [("Tom Berg", "went on")] * quotes


def test_an_infinitive_after_a_relative_pronoun_keeps_its_own_speaker(nlp):
    text = "Ada Roux praised the officials who went on to say, “The pier will be rebuilt by spring.”"
    q = extract_quotes(text, nlp=nlp)[0]
    assert (q.speaker, q.mention, q.cue) == (None, "the officials", "went on")


def test_a_nationality_before_one_word_after_the_is_a_bodys_name(nlp):
    ex = extract("A letter from the Norwegian Legion warns that “the emblem is not for sale.”", nlp=nlp)
    assert [q.speaker for q in ex.quotes] == ["Norwegian Legion"]


def test_a_nationality_before_a_known_surname_is_that_persons_role(nlp):
    text = ("Ingrid Berg of Norway took silver behind Ada Roux.\n\n“The snow was perfect today,” said the "
            "Norwegian Berg, who finished second.")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Ingrid Berg"]


def test_hyphenated_acronym_before_a_title_is_part_of_the_role(nlp):
    ex = extract("“People are starting to think the port matters,” said VPU-AFT President Tom Berg.", nlp=nlp)
    assert [q.speaker for q in ex.quotes] == ["Tom Berg"]
    assert ex.speakers[0].roles == ("VPU-AFT President",)


@pytest.mark.parametrize("subject", [
    "Velmark pollster Tom Rell",
    "Tom Rell — author of a book on the port, which urged the party to reach new voters —",
    "Tom Rell -- author of a book on the port --",
], ids=["place-before-role", "em-dash-aside", "double-hyphen-aside"])
def test_he_is_the_subject_introduced_with_a_role_or_an_aside(subject, nlp):
    text = ("John Pell, the campaign chairman, spoke first. “We will win,” Pell said.\n\n"
            f"{subject} is skeptical Berg can win.\n\n"
            "“His better bet is to focus on something else,” he said.")
    q = quote_with(extract_quotes(text, nlp=nlp), "better bet")
    assert q.speaker == "Tom Rell"


@pytest.mark.parametrize("text, mention", [
    ("“They never called us,” said the mother whose son was arrested last year.", "the mother"),
    ("“We lost everything in the flood,” said a woman whose house was flooded in March.", "a woman"),
], ids=["mother-whose-son", "woman-whose-house"])
def test_speaker_described_by_a_whose_clause_keeps_the_quote_and_the_mention(text, mention, nlp):
    quotes = extract_quotes(text, nlp=nlp)
    assert [(q.speaker, q.mention) for q in quotes] == [(None, mention)]


def test_lawyers_for_someone_named_by_surname_are_not_that_person(nlp):
    text = ("Tom Berg was charged on Monday. Lawyers for Berg said the charges were "
            "“politically motivated.”")
    q = quote_with(extract_quotes(text, nlp=nlp), "politically motivated")
    assert (q.speaker, q.mention) == (None, "Lawyers for Berg")


@pytest.mark.parametrize("sentence, runner, pronoun", [
    ("May was the wettest month on record.", "Ana Rell", "she"),
    ("Will the ferry run this winter?", "Tom Rell", "he"),
], ids=["may", "will"])
def test_common_word_opening_a_sentence_is_not_the_person_of_that_surname(sentence, runner, pronoun, nlp):
    text = (f"Dana May chairs the board. Dan Will runs the ferry. {runner} runs the port.\n\n"
            f"Rell spoke on Monday. {sentence} “The river rose fast,” {pronoun} said.")
    q = quote_with(extract_quotes(text, nlp=nlp), "river rose fast")
    assert q.speaker == runner


def test_the_person_someone_is_a_critic_of_is_not_who_speaks_after_the_colon(nlp):
    text = "Ana Rell is a longtime critic of Tom Berg: “He has no plan for the port.”"
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Ana Rell"]


def test_what_a_body_warned_stays_its_own_words(nlp):
    text = ("Ana Rell said the Tessel Mill had written to workers. "
            "She said it warned: “No raises this year, and no night shifts.”")
    q = quote_with(extract_quotes(text, nlp=nlp), "No raises")
    assert q.speaker == "Tessel Mill"


def test_scare_quote_after_a_linking_word_is_no_continuation(nlp):
    text = "“We won the vote,” Tom Berg said. But “fair” is not a word Ana Rell would use."
    assert [q.text for q in extract_quotes(text, nlp=nlp)] == ["We won the vote,"]


@pytest.mark.parametrize("text, speaker", [
    ("“He just stopped and asked about the port,” Will Estrada, the chairman for the Velmark exurb, said.",
     "Will Estrada"),
    ("Will Estrada said the port “needs a new pier for the ferries.”", "Will Estrada"),
    ("A former Velmark Party candidate -- Tom Berg, who lost the 2008 race -- said the mayor "
     "“offered no changes to the harbour plan.”", "Tom Berg"),
    ("Sen. Ana Rell of Velmark spoke first. “I have been warning about this for years,” the Velmark "
     "senator and Harbour Party candidate said.", "Ana Rell"),
    ("Sen. Ana Rell of Velmark spoke first. “We need a deal for the harbour,” the mayor and the governor "
     "said.", None),
    ("Tom Berg, a Tessel-based talk radio host considered one of the most influential voices in the harbour "
     "community, said listeners wondered if Rell “would be the token sailor in the debate.”", "Tom Berg"),
    ("Dr. Ada Roux, who studies resistance at Haldane College, Wexbridge, and was not involved in the "
     "research, called it “genuinely exciting.”", "Ada Roux"),
], ids=["forename-will-appositive", "forename-will-subject", "double-hyphen-aside", "two-roles-and",
        "two-people-and", "long-role", "relative-clause-past-its-town"])
def test_speaker_phrases_with_forenames_asides_and_joined_roles(text, speaker, nlp):
    quotes = extract_quotes(text, nlp=nlp)
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize("tag", [
    "“The ferry will run all winter, whatever the weather,” according to May.",
    "May also said, “The ferry will run all winter, whatever the weather.”",
    "May, who has chaired the board since 2019, said, “The ferry will run all winter, whatever the weather.”",
    "May: “The ferry will run all winter, whatever the weather.”",
], ids=["according-to", "adverb-after", "aside-after", "colon-after"])
def test_surname_that_is_a_common_word_where_a_speaker_stands(tag, nlp):
    text = f"Dana May chairs the board. Tom Berg runs the ferry.\n\n{tag}"
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Dana May"]


@pytest.mark.parametrize("voice", ["A spokeswoman for Rell", "Representatives of Rell"])
def test_voice_of_a_person_named_by_surname_stays_that_person(voice, nlp):
    ex = extract(f"Ana Rell runs the port. {voice} said, “The port will stay open all winter.”", nlp=nlp)
    assert [q.speaker for q in ex.quotes] == ["Ana Rell"]
    assert [s.kind for s in ex.speakers] == ["person"]


def test_official_speaking_for_a_body_speaks_for_it(nlp):
    text = "An official speaking for the Harbour Board said, “The ferry will run all winter.”"
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Harbour Board"]


def test_in_the_words_of_introduces_the_speaker(nlp):
    text = "To borrow the words of harbour pilot Ana Rell: “The channel is deeper than it looks.”"
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Ana Rell"]


def test_possessive_after_an_opening_participle_is_not_the_speaker(nlp):
    text = "After calling the port “a disaster waiting to happen,” Velmark’s mayor resigned."
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == [None]


def test_quote_after_a_linking_word_need_not_end_the_sentence(nlp):
    text = ("“We won,” Tom Berg said. Instead, “we will rebuild the pier before winter,” with money "
            "from the state.")
    q = quote_with(extract_quotes(text, nlp=nlp), "rebuild the pier")
    assert q.speaker == "Tom Berg"


@pytest.mark.parametrize("subject", ["The two lawmakers, however,", "All three judges"])
def test_article_before_a_number_belongs_to_the_speaker_phrase(subject, nlp):
    text = f"{subject} argue that “there is precedent for prosecution in this port.”"
    q = quote_with(extract_quotes(text, nlp=nlp), "precedent for prosecution")
    assert (q.speaker, q.mention, q.cue) == (None, subject.split(",")[0], "argue")


@pytest.mark.parametrize("sentence", [
    "In June Berg said: “We will add a second boat.”",
    "Will Berg agree to the deal? Nobody knows. “We will add a second boat,” Berg said.",
], ids=["month-before-surname", "question-with-modal"])
def test_month_or_modal_before_a_surname_is_no_forename(sentence, nlp):
    ex = extract(f"Tom Berg runs the ferry.\n\n{sentence}", nlp=nlp)
    assert [q.speaker for q in ex.quotes] == ["Tom Berg"]
    assert [s.name for s in ex.speakers] == ["Tom Berg"]


@pytest.mark.parametrize("subject", ["the other senator", "the senator and Velmark's mayor",
                                     "the mayor and city officials"])
def test_roles_of_other_people_are_not_the_person_named_before(subject, nlp):
    text = f"Sen. Ana Rell and Mayor Tom Berg spoke first.\n\n“We need a deal for the port,” {subject} said."
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == [None]


def test_named_phrase_after_a_linking_word_is_no_continuation(nlp):
    text = "“We won the vote,” Tom Berg said. But “the harbour of the future” was Ana Rell's slogan."
    found = [q.speaker for q in extract_quotes(text, nlp=nlp) if "harbour of the future" in q.text]
    assert found in ([], [None])


def test_i_and_we_outside_the_quotes_are_the_writer_not_the_last_person_named(nlp):
    text = ("Judge Ana Rell heard the case on Monday.\n\n"
            "“Your Honor,” I said, “I would like to answer the question you raised.”\n\n"
            "“We expect a ruling by Friday,” we wrote to readers.\n\n"
            "“It is not for me to say,” she said.")
    quotes = extract_quotes(text, nlp=nlp)
    assert [(q.speaker, q.mention) for q in quotes] == [
        (None, "I"), (None, "I"), (None, "we"), ("Ana Rell", "she")]


def test_transliteration_variants_are_one_speaker(nlp):
    text = ("“Nobody leaves the table until there is a text,” Foreign Minister Dmitri Petrenkov said.\n\n"
            "Later, speaking to farmers, he softened his tone.\n\n"
            "“The gap on summer flows is still wide,” Petrenkow said.")
    ex = extract(text, nlp=nlp)
    assert len(ex.quotes) == 2, [q.text for q in ex.quotes]
    assert [q.speaker for q in ex.quotes] == ["Dmitri Petrenkov", "Dmitri Petrenkov"]
    assert ex.quotes[1].mention == "Petrenkow"
    assert [s.name for s in ex.speakers] == ["Dmitri Petrenkov"]
    assert "Petrenkow" in ex.speakers[0].aliases


def test_siblings_sharing_a_surname_stay_two_people(nlp):
    text = ("The race has split the Brandt family: city councillor Piet Brandt has endorsed the rival "
            "of his sister, the lawyer Lena Brandt.\n\n"
            "“My sister is brilliant, but this city needs experience,” Piet Brandt said.\n\n"
            "“Sunday lunches will be interesting,” Lena Brandt said.")
    ex = extract(text, nlp=nlp)
    assert len(ex.quotes) == 2, [q.text for q in ex.quotes]
    assert quote_with(ex.quotes, "needs experience").speaker == "Piet Brandt"
    assert quote_with(ex.quotes, "Sunday lunches").speaker == "Lena Brandt"
    assert {"Piet Brandt", "Lena Brandt"} <= {s.name for s in ex.speakers}


def test_surname_alone_means_the_main_figure_not_a_relative_named_once(nlp):
    """Copy calls the candidate "Venn" throughout and her husband "Tomas Venn"
    every time he appears: the bare surname stays hers even just after his name."""
    text = ("Carla Venn opened her campaign in Norvale on Monday. Venn promised lower harbour fees.\n\n"
            "Her husband, Tomas Venn, stood beside her.\n\n"
            "“We will win this district,” Venn said.")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Carla Venn"]


def test_her_in_an_opening_phrase_is_the_surname_after_it(nlp):
    """"In her 2003 book, Berg noted": the woman of the two Bergs, so a "she" that follows
    is her and not the doctor quoted before."""
    text = ("Secrecy is no stranger to Ada Berg’s health, her former doctor says.\n\n"
            "Dr. Lena Vik, who was the physician of former Mayor Tom Berg, said that in 1998, Berg allowed "
            "her staff to think she had pulled a muscle.\n\n"
            "According to her account, after examining Berg’s leg, she sent the first lady to the clinic.\n\n"
            "When Vik’s diagnosis was confirmed, Berg did not want to stay.\n\n"
            "“She did have a pain in her calf,” Vik wrote.\n\n"
            "In her 2003 book, Harbour Years, Berg noted the clot’s existence.\n\n"
            "After saying her foot was “so swollen I could barely get my shoe on,” she was “whisked off to "
            "the clinic” for tests.")
    quotes = extract_quotes(text, nlp=nlp)
    assert quote_with(quotes, "pain in her calf").speaker == "Lena Vik"
    assert quote_with(quotes, "so swollen").speaker == "Ada Berg"


def test_a_quoted_title_before_her_opening_phrase_still_ends_the_sentence(nlp):
    text = ("Ada Roux and Tom Roux arrived at the pier on Monday.\n\nThe sign read “Harbour Lights "
            "Forever…” In her 2003 book, Roux wrote that the port “was dying a slow and quiet death.”")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Ada Roux"]


def test_his_in_an_opening_phrase_does_not_split_off_the_only_person_of_that_name(nlp):
    text = ("Ada Roux criticised Mayor Tom Berg on Monday.\n\nIn his reply to the council, Roux said: “He "
            "knew the pier was unsafe and said nothing.”")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Ada Roux"]


def test_father_and_son_junior_stay_two_people(nlp):
    text = ("“The yard has built ships for ninety years,” Aurel Koss Sr. said.\n\n"
            "“And it will build them for ninety more,” Aurel Koss Jr. said.")
    ex = extract(text, nlp=nlp)
    assert len(ex.quotes) == 2, [q.text for q in ex.quotes]
    father = quote_with(ex.quotes, "ninety years").speaker
    son = quote_with(ex.quotes, "ninety more").speaker
    assert father is not None and son is not None and father != son
    assert "Jr" in son


# --- partial quotes ----------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Opposition spokesman Viktor Anselm called the plan “a reckless gamble.”", "a reckless gamble"),
    ("Viktor Anselm said the fund was “a reckless gamble with money the country does not have.”",
     "a reckless gamble with money"),
], ids=["called", "said-that"])
def test_partial_quote_in_reported_speech(text, words, nlp):
    quotes = extract_quotes(text, nlp=nlp)
    assert len(quotes) == 1, [q.text for q in quotes]
    q = quotes[0]
    assert_points_at_text(text, q)
    assert q.text.startswith(words)
    assert q.partial is True
    assert q.speaker == "Viktor Anselm"


def test_quote_opening_its_paragraph_after_a_headline_is_whole(nlp):
    text = "Harbour board backs new berths\n\n“It is the right plan for the port,” Tamsin Rell said.\n"
    speaks(text, nlp, "Tamsin Rell", "the right plan", cue="said")


# --- things in quotation marks that nobody said ------------------------------

@pytest.mark.parametrize("text", [
    "The documentary “The Quiet River” opens in cinemas across the region on Friday.",
    "The institute's report, “Dry Seasons Ahead,” was published on Monday.",
    "Tomas “the Hammer” Brisk won the regional boxing title for the third time.",
    "The council's so-called “temporary” bridge has now stood for nine years.",
    'Workers have nicknamed the new machines the "ghost cranes."',
    "Her memoir, “Harbour Lights Over Tessaly Bay,” sold well in Norvale.",
    "READ MORE — “Museum hires a new director for the harbour collection,” by Ana Rell: courier.example.org",
    "Kim Tal, the co-author of “Going Under,” about the harbour, said the old days are gone.",
    "The movie, “Nine Days: The Secret Pilots of Velmark,” is based on a book co-written by its crew.",
    "Tuesday on Harbour Radio’s “Mornings with Dan Holt,” Mayor Ada Roux said the port would close.",
    "In her new book, “Going Under the Harbour,” Ada Roux argues that the port was lost.",
    "Ada Roux wrote a column, “Why Velmark Matters,” for the Courier.",
    "A group called the “Harbour Boys of Velmark Town” marched on Sunday.",
    "Ada Roux, star of the reality TV show “The Harbour,” said the ferries would run.",
    "Ada Roux, speaking on “Morning Velmark,” said the ferries would run.",
    "In an interview with “Harbour Hour,” Ada Roux said the ferries would run.",
    "Ada Roux told “Velmark Today,” a weekly radio show, that the ferries would run.",
    "Ada Roux, who wrote “The Salt Road,” said the book took ten years.",
    "Prime Minister Ada Roux, appearing on “The Week, with Ola Brun,” said the ferries would run.",
    "Ada Roux appeared on “Today” to talk about the ferries.",
    "Neither side has said whether it would accept the envoy’s plan, which diplomats in Tremmelburg have "
    "nicknamed the “Tremmelburg ladder” because it sets out withdrawals in stages.",
    "He played a detective the other characters called “the Owl.”",
    "Halvard Ennick grew weary of being introduced at festivals as “the Salt Tolstoy,” a label he said "
    "he disliked.",
    "On tracks like “Tallow” you can hear a chair creak, the singer Rune Halvard said.",
    "Elsewhere the album is superb. “Tallow” and “Winter Lease” form a quiet two-song suite about "
    "selling a family home, and the closing track builds from a single hummed note.",
    "Vianne Castel, 29, appeared on “Late Hours with Dara Quillon” to promote her fifth album.",
    "The health agency launched a campaign on Monday. The campaign, branded “Two Doses, Zero Doubt,” "
    "begins next week.",
    'A study, published last month under the title "Faster Trains, Slower Growth?", argued otherwise.',
    'The union said it would meet Crestway on Wednesday under the auspices of the state mediation service, '
    'known to bus drivers as "the referee."',
    "Supporters quickly nicknamed her “the Iron Fern,” a label she says she has never liked.",
    "The old ferryman, known to everyone who crosses the river at dawn as “the Owl,” retired in May.",
], ids=["film-title", "report-title", "nickname", "scare-quote", "nickname-straight", "title-in-commas",
        "bylined-headline", "title-of-a-book-before-a-cue", "film-title-in-commas-before-a-cue",
        "show-title-after-its-station", "book-title-mid-sentence", "column-title-after-a-verb",
        "name-after-called-the", "show-title-before-a-cue", "show-title-after-on-before-a-cue",
        "show-title-after-with", "show-title-told", "book-title-in-a-who-clause", "show-title-with-a-comma",
        "one-word-show-title", "nicknamed-the", "a-name-after-a-bare-called", "billed-as",
        "tracks-like", "titles-in-a-list", "appeared-on-a-show-with-a-host", "branded",
        "under-the-title", "known-to-some-as", "nicknamed-her", "known-to-many-words-as"])
def test_titles_nicknames_and_scare_quotes_are_not_quotes(text, nlp):
    assert extract_quotes(text, nlp=nlp) == []


@pytest.mark.parametrize("text", [
    "Ada Roux, asked what she thought of “Harbour First,” said: “It is a fine plan.”",
    "Ada Roux, the co-author of “Going Under,” about the harbour, said the old days are “gone for good.”",
    "Anton Vik said the hotels were full. Ada Roux, the longtime owner of the Velmark Harbour pageant and "
    "star of the reality TV show “The Harbour,” said in an interview that conventions were too dull. "
    "“It is very important to put some showbiz into it,” she said.",
    "“The ferries will run,” Ada Roux, speaking on “Morning Velmark,” said on Sunday.",
    "The author of “Homes for All,” Ada Roux, said: “It will work.”",
], ids=["title-in-a-question", "title-in-an-appositive", "show-title-closing-a-long-role",
        "show-title-between-quote-and-cue", "short-title-before-the-speaker-in-commas"])
def test_a_title_in_the_attribution_does_not_hide_the_speaker(text, nlp):
    """The sentence around a quoted title reads as if it were unquoted."""
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Ada Roux"]


@pytest.mark.parametrize("text", ["“Welcome Home, Everyone,” Ilse Varga said.",
                                  "Ilse Varga said, “Welcome Home, Everyone,” and the crowd cheered."])
def test_capitalised_words_next_to_a_reporting_verb_are_speech(text, nlp):
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Ilse Varga"]


def test_short_sentence_with_one_capitalised_word_is_speech_not_a_title(nlp):
    text = "Ilse Varga thanked the harbour workers. She said to the crowd: “This one is for you.”"
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Ilse Varga"]


def test_unattributable_quote_is_kept_without_a_guessed_speaker(nlp):
    # An anecdotal lede: a full sentence in quotation marks, and nobody
    # named anywhere in the article who could have said it.
    text = ("“Nobody told us the water would be cut off for three days.”\n\n"
            "That complaint was heard up and down the main street of Tessel on Monday, "
            "where taps ran dry after a pipe burst under the market square.")
    quotes = extract_quotes(text, nlp=nlp)
    assert len(quotes) == 1, [q.text for q in quotes]
    q = quotes[0]
    assert_points_at_text(text, q)
    assert q.text == "Nobody told us the water would be cut off for three days."
    assert q.speaker is None
    assert q.mention is None
    assert q.partial is False


# --- broken punctuation ------------------------------------------------------

def test_unclosed_mark_does_not_swallow_later_quotes(nlp):
    text = ("Helen Varro said the board would meet again. “We are not giving up on this port\n\n"
            "The next round of talks is planned for Friday in the harbour office.\n\n"
            "“Nothing is agreed until everything is agreed,” David Osk said.")
    quotes = extract_quotes(text, nlp=nlp)
    q = quote_with(quotes, "Nothing is agreed")
    assert_points_at_text(text, q)
    assert q.speaker == "David Osk"
    assert not any("next round of talks" in x.text for x in quotes)


@pytest.mark.parametrize("text", [
    "", "“", "”", '"', "“”", '""', "He said “", "“ ” “", "\n\n“\n\n", "”backwards“ he said",
    "“Unclosed, she said.\n\n“Also unclosed\n\nplain paragraph",
    '"one" "two" "three', "«Bonjour», a dit quelqu’un.",
])
def test_odd_punctuation_never_crashes(text, nlp):
    ex = extract(text, nlp=nlp)
    for q in ex.quotes:
        assert 0 <= q.start <= q.end <= len(text)


# --- transcripts, role prefixes, unnamed sources -----------------------------

def test_transcript_turns_are_quotes_of_their_labelled_speakers(nlp):
    """An interview printed as a transcript: each paragraph opens a mark that
    never closes, and a speaker label says whose turn it is."""
    text = ("Partial transcript of the interview follows.\n\n"
            '"ODELL: Will the port reopen before the winter?\n\n'
            '"MARQUAND: It will, because the treaty obliges both sides to keep it open.\n\n'
            '"ODELL: And the fishermen?\n\n'
            "Envoy Sela Marquand later repeated the promise.")
    quotes = extract_quotes(text, nlp=nlp)
    assert [q.speaker for q in quotes] == ["Odell", "Sela Marquand", "Odell"]
    turn = quote_with(quotes, "treaty obliges")
    assert (turn.text, turn.mention) == ("It will, because the treaty obliges both sides to keep it open.", "MARQUAND")
    assert text[turn.start:turn.end] == turn.text
    assert text[turn.mention_start:turn.mention_end] == "MARQUAND"
    assert all("\n" not in q.text for q in quotes)


def test_transcript_label_in_capitals_of_any_alphabet(nlp):
    text = ("The conductor spoke to us.\n\n"
            '"MAYA LIND: Why now?\n\n'
            '"SØREN ØSTERGÅRD: Because the orchestra is ready for someone new.\n\n'
            '"O\'BRIEN-HALE: Fine.')
    speakers = [q.speaker for q in extract_quotes(text, nlp=nlp)]
    assert speakers == ["Maya Lind", "Søren Østergård", "O'Brien-Hale"]


def test_he_in_an_unquoted_turn_is_the_person_the_turn_opens_with(nlp):
    text = ("Conductor Søren Holm steps down this week.\n\n"
            "MAYA LIND: Your predecessor, Klaus Dorn, stayed for thirty years.\n\n"
            "SØREN HOLM: Klaus was a giant. But he also said to me once, “Never stay until they are glad "
            "to see you go.” I listened.")
    [q] = extract_quotes(text, nlp=nlp)
    assert (q.speaker, q.mention) == ("Klaus Dorn", "he")


def test_transcript_labels_of_several_words_and_short_turns(nlp):
    text = ("The mayor met residents of Tolvane on Monday.\n\n"
            '"RUTHVEN: What do you make of the harbour plan?\n\n'
            '"MORAG DUNLOP: I have a question.\n\n'
            '"HALVARD: Thank you.\n\n'
            '"SEN. ADA ROUX: We will see about that, I think.')
    ex = extract(text, nlp=nlp)
    assert [(q.speaker, q.mention, q.text) for q in ex.quotes] == [
        ("Ruthven", "RUTHVEN", "What do you make of the harbour plan?"),
        ("Morag Dunlop", "MORAG DUNLOP", "I have a question."),
        ("Halvard", "HALVARD", "Thank you."),
        ("Ada Roux", "SEN. ADA ROUX", "We will see about that, I think."),
    ]
    for q in ex.quotes:
        assert text[q.start:q.end] == q.text
        assert text[q.mention_start:q.mention_end] == q.mention
    assert ex.speaker("Ada Roux").roles == ("Sen.",)


def test_role_words_before_a_name_become_its_role(nlp):
    text = "Her main rival, the shipping lawyer Lena Brandt, said, “The count is not over.”"
    ex = extract(text, nlp=nlp)
    assert [q.speaker for q in ex.quotes] == ["Lena Brandt"]
    assert ex.speaker("Lena Brandt").roles == ("the shipping lawyer",)


def test_opening_phrase_with_a_name_is_not_a_role(nlp):
    text = ("In a statement to the Norvale Courier, her senior adviser, Jon Haller, said: "
            "“The harbour plan is fully funded.”")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Jon Haller"]


def test_unnamed_source_keeps_its_words_as_the_mention(nlp):
    """"A spokesman" is nobody the article names: speaker stays unknown, and
    the mention keeps every word that says who spoke."""
    text = "A spokesman for the shipping line said: “The ships will sail on time.”"
    q = quote_with(extract_quotes(text, nlp=nlp), "ships will sail")
    assert q.speaker is None
    assert q.mention == "A spokesman for the shipping line"


@pytest.mark.parametrize("text, speaker, role", [
    ("A spokesman for Vantor Mining, Emil Hart, said: “The mine will reopen in May.”",
     "Emil Hart", "A spokesman for Vantor Mining"),
    ("“The mine will reopen in May,” a spokesman for Vantor Mining, Emil Hart, said.",
     "Emil Hart", "a spokesman for Vantor Mining"),
    ("“The mine will reopen in May,” said a spokeswoman for the Velmark Port Authority, Lena Vos.",
     "Lena Vos", "a spokeswoman for the Velmark Port Authority"),
    ("A lawyer for the family, Piet Saal, said: “The mine will reopen in May.”",
     "Piet Saal", "A lawyer for the family"),
    ("“The mine will reopen in May,” a spokeswoman for the ministry, Lena Vos, told reporters.",
     "Lena Vos", "a spokeswoman for the ministry"),
], ids=["spokesman-for-company", "quote-first", "said-first", "lawyer-for-family", "told-reporters"])
def test_person_named_after_whom_they_speak_for_is_the_speaker(text, speaker, role, nlp):
    """"A spokesman for Vantor Mining, Emil Hart," names who spoke: his quotes are his,
    with whom he speaks for as his role."""
    ex = extract(text, nlp=nlp)
    assert [(q.speaker, q.mention) for q in ex.quotes] == [(speaker, speaker)]
    assert ex.speaker(speaker).roles == (role,)


def test_spokesman_for_a_company_without_a_name_speaks_for_it(nlp):
    text = "A spokesman for Vantor Mining said: “The mine will reopen in May.”"
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Vantor Mining"]


def test_quote_after_a_paragraph_about_someone_is_theirs(nlp):
    """A paragraph of narrative about one person, then a quote standing alone:
    newspapers leave the attribution to the paragraph before."""
    text = ("Harbour pilot Oskar Lindqvist praised the new tugboats at the quayside on Monday.\n\n"
            "“We have waited ten years for boats that can hold a tanker in this wind.”")
    q = quote_with(extract_quotes(text, nlp=nlp), "waited ten years")
    assert q.speaker == "Oskar Lindqvist"
    assert q.method == "continuation"


@pytest.mark.parametrize("between", ["\n\n", " "])
def test_floating_quote_goes_to_whom_the_narrative_turned(between, nlp):
    """A quote standing alone after a sentence about someone new is theirs, even
    when the last quote before it closed its sentence or its paragraph."""
    text = ("Anton Vik said: “The fleet is ready.”" + between +
            "Ilse Varga praised the crews after the vote. “They worked through every storm this winter.”")
    q = quote_with(extract_quotes(text, nlp=nlp), "every storm")
    assert q.speaker == "Ilse Varga"


@pytest.mark.parametrize("turn, mention", [("Residents said otherwise.", "Residents"),
                                           ("A retired teacher was furious.", "A retired teacher")])
def test_floating_quote_after_someone_unnamed_is_not_the_last_speakers(turn, mention, nlp):
    text = ("Mayor Lise Marn said the evacuation had gone smoothly. “Everyone is safe,” she said.\n\n"
            f"{turn}\n\n“Nobody told us anything.”")
    q = quote_with(extract_quotes(text, nlp=nlp), "Nobody told us")
    assert (q.speaker, q.mention) == (None, mention)


@pytest.mark.parametrize("text, speaker", [
    ("The Orsa Courier quoted Mira Aalto as saying: “The deal is dead.”", "Mira Aalto"),
    ("State television quoted the minister, Piet Saal, as saying the deal was “dead and buried.”", "Piet Saal"),
    ("Piet Saal was furious. The Courier quoted him as saying: “We will never sign.”", "Piet Saal"),
])
def test_whom_an_outlet_quoted_is_the_speaker(text, speaker, nlp):
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == [speaker]


@pytest.mark.parametrize("turn", ["Several reporters asked him about the rota.", "Workers cheered as he spoke."])
def test_floating_quote_after_people_reacting_to_the_speaker_is_still_theirs(turn, nlp):
    text = f"“The pay is fair,” said Anselm Vrey. {turn} “It starts on Monday.”"
    assert quote_with(extract_quotes(text, nlp=nlp), "Monday").speaker == "Anselm Vrey"


def test_participle_reaches_the_subject_after_a_long_opening_phrase(nlp):
    text = ("On the eve of the long-awaited harbour vote in the northern port city, Anton Vik rallied "
            "supporters by warning that “the port is in danger of closing for good.”")
    q = quote_with(extract_quotes(text, nlp=nlp), "port is in danger")
    assert q.speaker == "Anton Vik"


def test_participle_right_after_a_name_and_an_adverb_is_that_names(nlp):
    text = ("At a rally in Norvale, Tessaly, on Saturday, two protesters were led away, with Anton Vik "
            "reportedly shouting: “Get them out of here right now!”")
    q = quote_with(extract_quotes(text, nlp=nlp), "Get them out")
    assert q.speaker == "Anton Vik"


def test_participle_after_an_interrupted_quote_keeps_the_sentence_subject(nlp):
    text = ("Ilse Varga called the result “a mandate for the port,” adding, "
            "“The cranes will move again by spring.”")
    quotes = extract_quotes(text, nlp=nlp)
    assert [q.speaker for q in quotes] == ["Ilse Varga", "Ilse Varga"]


def test_a_stray_closing_mark_does_not_quote_the_narrative(nlp):
    """A straight mark whose opening twin was lost ('... systems" including')
    must not turn the reporting after it into a quote."""
    text = ('The doctor walked the councillor through a review of [his] systems" including his heart. '
            'Councillor Brit Haldane said, "I feel fine."')
    quotes = extract_quotes(text, nlp=nlp)
    assert [q.text for q in quotes] == ["I feel fine."]
    assert quotes[0].speaker == "Brit Haldane"


@pytest.mark.parametrize("text, quoted", [
    ("Tom Berg called the fee “abhorrent“ in a post on Sunday.\n\nAda Roux did not reply.", ["abhorrent"]),
    ("“If the ferry stops, the island stops,“ said Tom Berg. “We cannot wait.”",
     ["If the ferry stops, the island stops,", "We cannot wait."]),
    ("Tom Berg said the “reform“ package was dead. “It is over,” he added.", ["reform", "It is over,"]),
], ids=["word", "before-its-cue", "before-another-quote"])
def test_an_opening_mark_typed_for_a_closing_one_still_closes_the_quote(text, quoted, nlp):
    """“abhorrent“ with the opening mark typed twice: the second one, glued to the word
    and followed by a space, closes the quote rather than opening the narrative after it."""
    quotes = extract_quotes(text, nlp=nlp)
    assert [q.text for q in quotes] == quoted
    assert {q.speaker for q in quotes} == {"Tom Berg"}


def test_markup_left_in_copied_text_is_not_quoted(nlp):
    """A tag pasted from a web page may carry a post's words in an attribute: the
    marks around them are markup, not a quotation."""
    text = ('<post text="Three weeks of late ferries, and nobody will say why." date="March 3, 2031">'
            'Ilse Varga said, “We will keep asking until the timetable is kept.”</post>')
    quotes = extract_quotes(text, nlp=nlp)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We will keep asking until the timetable is kept.", "Ilse Varga")]


# --- who an unnamed voice speaks for -------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Anton Vik is on holiday. “We will not comment on the ferry contract,” Vik’s office said.", "Anton Vik"),
    ("Ilse Varga left early. “We will not comment on the ferry contract,” her office said.", "Ilse Varga"),
    ("Ilse Varga spoke first. “The ferry contract was reviewed twice,” the Varga campaign said.", "Varga campaign"),
    ("“The ferry contract was reviewed twice,” a Varga campaign spokesman said.", "Varga campaign"),
    ("“The ferry contract was reviewed twice,” a Radio Norr spokeswoman said.", "Radio Norr"),
    ("Ilse Varga spoke first. “The ferry contract was reviewed twice,” one Varga campaign aide said.", None),
    ("“The ferry contract will cost more than planned,” the Norvale Audit Office report stated.",
     "Norvale Audit Office"),
    ("“The ferry contract is a fair deal for the town,” said a statement from the Tessel Port Authority.",
     "Tessel Port Authority"),
    ("“The ferry contract is a fair deal,” said Radio Norr spokesman.", "Radio Norr"),
    ("Ilse Varga wrote.\n\nVarga’s letter makes a simple case: “The ferry contract belongs to all.”",
     "Ilse Varga"),
    ("Anton Vik spoke.\n\nVarga’s campaign shrugged off Vik’s comments, telling reporters, "
     "“Nobody asked for the ferry contract.”", "Varga"),
    ("Ilse Varga spoke first.\n\nAccording to the Varga campaign, “The ferry contract is signed.”",
     "Varga campaign"),
], ids=["possessive-office", "pronoun-office", "campaign", "campaign-spokesman", "outlet-spokeswoman",
        "anonymous-aide", "institution-report", "statement-from", "spokesman-no-article",
        "possessive-letter", "possessive-campaign-then-participle", "according-to-the-campaign"])
def test_office_campaign_and_spokespeople_speak_for_whom_they_name(text, speaker, nlp):
    """A statement from someone's office or spokesperson is theirs ("Vik's office
    said" is found under Anton Vik), so is their report, statement or letter; "the Varga campaign"
    is an organisation of its own, "Varga's campaign" hers; an anonymous aide speaks for nobody the
    article names."""
    q = quote_with(extract_quotes(text, nlp=nlp), "ferry contract")
    assert_points_at_text(text, q)
    assert q.speaker == speaker


def test_dateline_is_not_a_speaker_and_the_sentence_after_it_has_one(nlp):
    text = ("TESSEL, May 3 (Wirepress) — The Norvale Port Authority released a statement on Monday, "
            "offering “a full and unreserved apology to the fishermen.”")
    q = quote_with(extract_quotes(text, nlp=nlp), "unreserved apology")
    assert q.speaker == "Norvale Port Authority"


def test_title_case_words_introduced_by_a_reporting_verb_are_speech(nlp):
    text = "Ilse Varga, who campaigned in the port this week, tweeted, “Thank You Tessel! #Varga2031” on Friday."
    q = quote_with(extract_quotes(text, nlp=nlp), "Thank You Tessel")
    assert q.speaker == "Ilse Varga"


@pytest.mark.parametrize("text, speaker", [
    ("It’s “Game Over Now,” Ada Roux said on Monday.", "Ada Roux"),
    ("Tom Berg attacked the plan. Ada Roux’s “I Want Answers,” he said, was a slogan for the weak.",
     "Tom Berg"),
    ("After the show, “We Won Tonight,” Tom Berg said.", "Tom Berg"),
    ("In a new ad, “Harbour First Always,” Ada Roux says.", "Ada Roux"),
    ("Ada Roux wrote on Monday that the port was “Done with Velmark Forever.”", "Ada Roux"),
    ("Sam Holt explained the choice. Holt called Rell “The Chancellor of the Free Harbour.”", "Sam Holt"),
], ids=["after-a-contraction", "after-a-person-possessive", "after-an-opening-phrase", "after-a-new-ad",
        "with-in-reported-speech", "a-label-for-someone"])
def test_title_case_words_a_person_says_are_speech(text, speaker, nlp):
    """Only an outlet's possessive ("CNN’s “...”") or a work named as such ("The movie, “...”")
    makes title-case words a title; around a person's reporting verb they are speech."""
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Although Tom Berg thanked the dockers, he sounded a rare note of self-doubt, saying, “I am not sure "
     "I deserve the port.”", "Tom Berg"),
    ("“I am not sure I deserve the port,” fostered by years of neglect, the dockers say.", None),
    ("Ada Roux toured the docks. “I am not sure I deserve the port,” the fishermen say.", None),
    ("Tom Berg spoke first. Ada Roux told the press “I am not sure I deserve the port,” and the police "
     "say so too.", "Ada Roux"),
], ids=["note-as-a-noun", "plural-subject-before-say", "irregular-plural-before-say", "say-after-and"])
def test_a_reporting_word_used_as_a_noun_is_no_cue(text, speaker, nlp):
    """"a rare note of self-doubt" is no reporting verb, so "he" stays the speaker; "the dockers
    say" still reports, its speaker an unnamed group."""
    q = quote_with(extract_quotes(text, nlp=nlp), "deserve the port")
    assert q.speaker == speaker
    assert q.cue is not None


@pytest.mark.parametrize("text, speaker", [
    ("Ada Roux spoke on Monday. The remarks came as an answer to a question about her claim that she "
     "“never signed any secret cargo papers.”", "Ada Roux"),
    ("Tom Berg spoke first. Ada Roux’s claim that the port “will be empty by the end of the decade” "
     "was rejected.", "Ada Roux"),
    ("Ada Roux spoke first. Tom Berg compared her claim that spending brings growth to the old arguments "
     "“that tax cuts pay for themselves.”", None),
    ("Tom Berg spoke first. Ada Roux then said she disagreed. His usual claim that the port “will be empty "
     "by the end of the decade” was rejected.", "Tom Berg"),
    ("Ada Roux spoke. Tom Berg sent her a note that the ferries “will stop running on Friday.”",
     "Tom Berg"),
], ids=["her-claim", "possessive-name", "claim-far-from-the-quote", "his-claim-after-a-woman-spoke",
        "her-as-an-object"])
def test_a_claim_is_its_owners(text, speaker, nlp):
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Preceded at the lectern by Joe Arpad, the Velmark sheriff and port hard-liner, Tom Berg launched "
     "into a lament for sailors who are “victims of the harbour tax.”", "Tom Berg"),
    ("Sen. Ada Roux (D-Velm.) toured the docks.\n\nThe Velmark senator sought to calm the crowd, saying "
     "the hecklers would “not get thrown out of the hall.”", "Ada Roux"),
], ids=["place-before-a-role-then-subject", "place-before-a-role-as-subject"])
def test_a_name_describing_a_role_is_no_subject(text, speaker, nlp):
    """"the Velmark sheriff" or "The Velmark senator": the place says which one, it does not speak."""
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == [speaker]


@pytest.mark.parametrize("second, speaker", [
    ("It continued: “Probable cause exists to charge Tom Berg.”", "Ada Roux"),
    ("It replied: “Probable cause exists to charge Tom Berg.”", None),
], ids=["goes-on", "replies"])
def test_it_going_on_after_words_written_in_a_document_is_its_author(second, speaker, nlp):
    text = f"“Berg grabbed the rope,” officer Ada Roux wrote in the affidavit. {second}"
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Ada Roux", speaker]


def test_photo_credit_is_no_sentence_subject(nlp):
    text = ("Tom Berg, who starred in two harbour films, posted the clip on Thursday.\n\n"
            "Piet Holm via Harbour Images.\n\n“It is meant to help every family,” he wrote.")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Tom Berg"]


@pytest.mark.parametrize("text, speaker, mention", [
    ("Tom Berg spoke. Ada Roux on Jan. 5 told reporters, “We will sail on Monday.”", "Ada Roux",
     "Ada Roux"),
    ("Asked whether the port should close, 75 percent of voters said “we will sail on Monday.”", None,
     "75 percent of voters"),
], ids=["date-before-the-cue", "share-of-people"])
def test_numbers_in_a_speaker_phrase(text, speaker, mention, nlp):
    """A date between a name and its cue is no speaker; a share of people is one."""
    q = quote_with(extract_quotes(text, nlp=nlp), "sail on Monday")
    assert (q.speaker, q.mention) == (speaker, mention)


def test_a_verb_after_a_subject_is_no_word_ending_in_s(nlp):
    """"The comments came as a shock": "as" is no verb, so "The comments came" is no speaker."""
    text = ("Ada Roux spoke first. The comments came as a shock to “every fisherman on the quay that "
            "morning.”")
    assert all(q.mention != "The comments came" for q in extract_quotes(text, nlp=nlp))


def test_participle_after_a_comma_is_the_sentence_subject(nlp):
    text = ("Harbour master Ada Roux met Jon Roos on Monday.\n\nRoux didn’t seem impressed with Roos’ "
            "comments on Tuesday, telling reporters, “A lot of people said the board should step down.”")
    speaks(text, nlp, "Ada Roux", "board should step down", cue="telling", mention="Roux")


@pytest.mark.parametrize("text, speaker, mention", [
    ("Ada Roux was speaking on the radio.\n\nStated Roux:\n\n“The stakes are so high for the harbour.”",
     "Ada Roux", "Roux"),
    ("As the Courier’s Ada Roux puts it, “The stakes are so high for the harbour.”", "Ada Roux", "Ada Roux"),
    ("The test is whether “the stakes are so high for the harbour,” as Ada Roux put it.",
     "Ada Roux", "Ada Roux"),
    ("On Thursday, after staying neutral all year, Ada Roux met Jon Roos and endorsed Ilse Marr, saying, "
     "“The stakes are so high for the harbour.”", "Ada Roux", "Ada Roux"),
    ("Ada Roux met Jon Roos. The man who sold her the boat said, “The stakes are so high for the harbour.”",
     None, "The man"),
    ("A Velmark Harbour official who spoke anonymously to discuss strategy said Wednesday, “The stakes are "
     "so high for the harbour.”", None, "A Velmark Harbour official"),
    ("Ada Roux spoke first. The pilot who Roux said was to blame called it “the stakes are so high for the "
     "harbour.”", "Ada Roux", "Roux"),
    ("When Ada Roux said the port would close, Tom Berg shook his head, saying, “The stakes are so high "
     "for the harbour.”", "Tom Berg", "Tom Berg"),
    ("Last month, when I asked Tom Berg if he would back Ada Roux, he looked into my camera and said, “The "
     "stakes are so high for the harbour.”", "Tom Berg", "he"),
], ids=["verb-first-with-colon", "as-x-puts-it", "as-x-put-it-after", "two-openings-then-participle",
        "who-clause-object", "who-clause-unnamed", "who-clause-with-its-own-speaker", "opening-clause-cue",
        "phrase-then-opening-clause"])
def test_speaker_around_openings_and_relative_clauses(text, speaker, mention, nlp):
    q = quote_with(extract_quotes(text, nlp=nlp), "stakes are so high")
    assert (q.speaker, q.mention) == (speaker, mention)


@pytest.mark.parametrize("text, speaker, mention", [
    ("The port “stakes are so high for the harbour,” said a former U.S. customs official who saw it.",
     None, "a former U.S. customs official"),
    ("Another source familiar with Roux’s thinking said, “The stakes are so high for the harbour.”",
     None, "Another source familiar with Roux’s thinking"),
    ("After the vote ended, Ada Roux’s campaign sent out a release saying Berg owes “the stakes are so "
     "high for the harbour.”", "Ada Roux", "Ada Roux’s campaign"),
    ("In what might be the first time the unions and the Harbour Now movement have ever agreed, the "
     "dockers’ group is calling on Mayor Ines Marr to admit “the stakes are so high for the harbour.”",
     None, "the dockers’ group"),
    ("A footnote in the report makes that clear: “The stakes are so high for the harbour.”",
     None, "A footnote in the report"),
    ("Tom Berg spoke first. Ada Roux's family has called on the port to admit “the stakes are so high "
     "for the harbour.”", None, "Ada Roux's family"),
    ("“The stakes are so high for the harbour,” a narrator in the Rell ad asks.", None,
     "a narrator in the Rell ad"),
    ("A Rell campaign official later walked back the remark, saying that “the stakes are so high for the "
     "harbour.”", None, "A Rell campaign official"),
    ("Velmark presidential nominee Ada Roux, in two interviews on Thursday, referred to the vote as “the "
     "stakes are so high for the harbour” for the self-described Harbour Front.", "Ada Roux", "Ada Roux"),
], ids=["abbreviation-in-role", "source-familiar-with", "owner-before-irregular-verb", "verb-inside-no-role",
        "preposition-in-subject", "family-is-no-adverb", "narrator-in-an-ad", "adverb-after-subject",
        "compound-is-no-cue"])
def test_speaker_phrase_is_read_whole(text, speaker, mention, nlp):
    """The mention keeps every word that says who spoke, abbreviations and prepositions
    included, and stops before the verb: "a former U.S. customs official", "a narrator in the ad"."""
    q = quote_with(extract_quotes(text, nlp=nlp), "stakes are so high")
    assert (q.speaker, q.mention) == (speaker, mention)


@pytest.mark.parametrize("text, speaker, mention", [
    ("Ada Roux says the board will “keep the stakes are so high for the harbour.” Roux’s move was "
     "first reported by the Courier.", "Ada Roux", "Ada Roux"),
    ("Ada Roux was told by harbour master Tom Berg that “the stakes are so high for the harbour.”",
     "Tom Berg", "Tom Berg"),
    ("Ada Roux was quoted by the Velmark Courier as saying, “The stakes are so high for the harbour.”",
     "Ada Roux", "Ada Roux"),
    ("Tom Berg spoke on Wednesday. Berg was asked, “Are the stakes are so high for the harbour?” He "
     "answered, “I have no idea.”", None, None),
], ids=["passive-after-quote", "passive-speaker-after-by", "quoted-by-a-paper", "asked-by-nobody-named"])
def test_passive_cue_names_its_speaker_after_by(text, speaker, mention, nlp):
    """"was told by Berg that" is Berg's; "Berg was asked" by nobody named is nobody's; a passive
    sentence after a quote ("was first reported by the Courier") is about the report, not its tag."""
    q = quote_with(extract_quotes(text, nlp=nlp), "stakes are so high")
    assert (q.speaker, q.mention) == (speaker, mention)


def test_a_new_sentence_with_he_and_a_reply_tags_the_next_quote(nlp):
    """“Would you?” He answered, “No.”: the tag opens a sentence and introduces the answer; after a
    statement, “A.” He added, “B.” goes on with the same speaker."""
    text = ("Ada Roux interviewed Tom Berg on Wednesday. “Would you have told the mayor about the deal?” "
            "He answered, “I have no idea at all.”")
    quotes = extract_quotes(text, nlp=nlp)
    assert quote_with(quotes, "have told the mayor").speaker in (None, "Ada Roux")
    assert quote_with(quotes, "no idea at all").speaker == "Tom Berg"
    text = ("Tom Berg spoke on Monday. Ada Roux listened. “We will win the port back from the council.” "
            "He added, “The ferries will run again.”")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Tom Berg", "Tom Berg"]


def test_who_was_asked_answers_after_the_question(nlp):
    """"Berg, who was asked, “Q?” said, “A.”": the question is an unnamed asker's, the answer Berg's."""
    text = "Tom Berg, who was asked, “Would you sail again?” said, “Never in my life will I sail again.”"
    quotes = extract_quotes(text, nlp=nlp)
    assert [(q.speaker, q.cue) for q in quotes] == [(None, "asked"), ("Tom Berg", "said")]


def test_pronoun_after_said_opens_the_reported_clause(nlp):
    """"X, the founder of ..., said she had seen “...”": "she" is the subject of what
    was said, not a speaker after an inverted "said"."""
    text = ("Ilse Varga toured the docks. Cal Brenner, the founder of a harbour project that has urged "
            "sailors to move to Tessel, said she had seen “some loss of faith in the party's natural base.”")
    q = quote_with(extract_quotes(text, nlp=nlp), "loss of faith")
    assert q.speaker == "Cal Brenner"


def test_reported_speech_with_an_unreadable_speaker_keeps_its_quote(nlp):
    """A fragment inside reported speech is a quote even when the words before the
    reporting verb name nobody the engine can read: it stays, speaker unknown."""
    text = ("The former harbour master and current port commissioner said she wanted to speak "
            "“directly to the fishermen of the bay.”")
    q = quote_with(extract_quotes(text, nlp=nlp), "fishermen of the bay")
    assert q.partial is True
    assert q.speaker is None


@pytest.mark.parametrize("text, words, speaker", [
    ("Given Vik's long record, his support will carry “a great deal of weight” and bring the "
     "“grass-roots firepower” candidates need, harbour spokesman Ilmar Tamm said.", "great deal of weight", "Ilmar Tamm"),
    ("The divers did not find “any sign of a leak,” apart from an old “patch” near the bow, "
     "said the port's chief engineer, Ilmar Tamm, on Monday.", "sign of a leak", "Ilmar Tamm"),
    ("“It is about time we had a mayor who listens,” said the evening's host, actor Tomas Brell.",
     "mayor who listens", "Tomas Brell"),
    ("“We are not finished,” said Ana Vell's introducer, singer Lio Marrow, to cheers.",
     "not finished", "Lio Marrow"),
    ("“We lost,” said the coach, whose striker Ian Moss was injured.", "We lost", None),
    ("For Rell, according to Ronald Roux's former education secretary Tom J. Berg, the speech is "
     "“a test” of his nerve.", "a test", "Tom J. Berg"),
    ("Ilse Varga spoke first. Greta Holm of Tessel, Norvale says she really thinks the ferry can win if it "
     "keeps “doing what it has been doing all year.”", "doing what it has", "Greta Holm"),
    ("Moderator Ilse Varga asked Anton Vik Wednesday if he would stay. “I will stay as long as the port needs "
     "me,” Vik said.", "as long as the port", "Anton Vik"),
    ("“I can only tell you that his mail was never read by anyone,” said one source who named Ilmar Tamm "
     "but would not be identified.", "mail was never read", None),
    ("Ilse Varga spoke first. “This story is not only in our courts, it is in our homes,” Malkia Torv, the "
     "director at the Centre for Harbour Justice and who also appears in the film, told The Tessel Courier.",
     "in our homes", "Malkia Torv"),
    ("Ilse Varga spoke first. When Anton Vik later turned to the flood and said he would “protect every "
     "family on the river,” the crowd rose.", "every family", "Anton Vik"),
    ("“The ferry will run,” Anton Vik said.\n\n“Will it run on Sundays too?” Ilse Varga pressed.",
     "Sundays", "Ilse Varga"),
    ("Anton Vik spoke at length.\n\nJon Roos, a fisherman, echoed:\n\n“He speaks his mind, and that is what we need.”",
     "speaks his mind", "Jon Roos"),
    ("“The ferry will run,” Anton Vik said.\n\n“Great speech. The port is ready.”\n\n- Mayor Ilse Varga, "
     "writing after the vote.", "Great speech", "Ilse Varga"),
    ("Greta Holm, a councillor who has made the ferry a centrepiece of her campaign, posted a warning. "
     "“Tessel: remember in May who voted against the ferry.”", "remember in May", "Greta Holm"),
    ("“Why would you cozy up to a harbour master nobody trusts?” Ilse Varga said about Vik's effort to "
     "distance himself from the port.", "cozy up", "Ilse Varga"),
    ("Anton Vik spoke. “Will the port survive the winter?” Her critics cited the question as proof that she "
     "had given up on the town.", "survive the winter", "Anton Vik"),
], ids=["tag-after-two-quotes", "inverted-role-then-name", "inverted-role-then-kind-and-name",
        "owner-role-then-kind-and-name", "whose-names-someone-else", "long-owner-role-before-name",
        "name-of-town-and-region", "weekday-after-name",
        "source-who-named-someone", "told-names-the-listener", "subject-after-when", "pressed", "echoed-colon",
        "signed-below", "appositive-with-relative-clause", "question-with-long-tag", "question-then-new-sentence"])
def test_speaker_found_across_the_whole_sentence(text, words, speaker, nlp):
    q = quote_with(extract_quotes(text, nlp=nlp), words)
    assert_points_at_text(text, q)
    assert q.speaker == speaker


def test_outlet_before_a_name_is_a_role_not_part_of_the_name(nlp):
    text = "Anton Vik spoke first. “Would the ferry be negotiable?” Harbour News’ Ada Quist asked on air."
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Ada Quist"]


def test_body_named_with_on_is_one_organisation(nlp):
    text = ("The Commission on Harbour Crossings said it would publish the ferry timetable "
            "“before the first snow, as promised.”")
    r = extract(text, nlp=nlp)
    assert [q.speaker for q in r.quotes] == ["Commission on Harbour Crossings"]
    assert [s.kind for s in r.speakers] == ["organization"]


def test_he_is_not_the_company_named_in_passing(nlp):
    text = ("Anton Vik is in a fight over the pier. Mr. Vik dismissed the criticism as the voice of Mr. Roos's client, Jordan Energy, the town's "
            "largest ferry owner, which sold the old pier in April. “I know the pier better than anyone,” he said.")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Anton Vik"]


def test_council_on_a_weekday_is_not_part_of_its_name(nlp):
    text = "The Tessel City Council on Wednesday said the crossing was “the town's lifeline for winter.”"
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Tessel City Council"]


def test_canonical_name_takes_the_apostrophe_the_article_uses_most(nlp):
    text = ("The blast was heard across the port, according to Harbour Commissioner Ada O’Rourke.\n\n"
            "O'Rourke said, “Nobody was hurt tonight.”\n\n“We will reopen the pier,” said O'Rourke.")
    assert {q.speaker for q in extract_quotes(text, nlp=nlp)} == {"Ada O'Rourke"}


def test_he_after_an_unnamed_speaker_stays_unknown(nlp):
    text = ("Anton Vik runs the harbour now.\n\n“We live at the mercy of the sea,” my grandfather often said.\n\n"
            "He also told his crew on a regular basis that “the sea always wins.”")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == [None, None]


def test_a_quote_after_words_of_an_unnamed_relative_has_no_named_speaker(nlp):
    text = ("Ana Rell spoke at the pier on Monday.\n\nRell’s brother said the harbour was lost for good.\n\n"
            "“We will rebuild every single berth of it.”")
    assert [(q.speaker, q.mention) for q in extract_quotes(text, nlp=nlp)] == [(None, None)]


def test_he_after_an_unnamed_appositive_is_the_named_person(nlp):
    text = ("Anton Vik runs the harbour now.\n\nJon Roos, 60, a fisherman, said he was worried. "
            "“We live at the mercy of the sea,” he said.")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Jon Roos"]


@pytest.mark.parametrize("text, speaker, role", [
    ("“With half the vote in, we are ahead,” said Vik's deputy campaign manager, Rich Beeson, who ran the "
     "last ground game.", "Rich Beeson", "Vik's deputy campaign manager"),
    ("Former deputy mayor Jon Roos quickly took to the radio, writing: “Another storm, this time in Tessel.”",
     "Jon Roos", "Former deputy mayor"),
    ("“An awful lot of people said no,” remembered Karl Verley, the port's former chief spokesman.",
     "Karl Verley", "the port's former chief spokesman"),
], ids=["said-possessive-role-then-name", "role-words-before-the-subject", "remembered"])
def test_speaker_with_the_role_the_sentence_gives(text, speaker, role, nlp):
    ex = extract(text, nlp=nlp)
    assert [q.speaker for q in ex.quotes] == [speaker]
    assert role in ex.speaker(speaker).roles


def test_said_before_a_possessive_phrase_is_what_was_said(nlp):
    text = ("Judge Ada Quist, writing for the majority, said Tessel’s remaining early voting period "
            "“is really quite generous.”")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Ada Quist"]


def test_a_country_or_state_is_never_he_or_she(nlp):
    text = ("Ada Quist won the port vote and flew to Norway.\n\nThen there is November. Norway is one of the "
            "swing markets for the ferry line. “We know we have work to do,” she told a cheering crowd.")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Ada Quist"]


def test_title_case_headline_words_are_no_speakers(nlp):
    text = ("Ferry Fan Shouts One Word At Rally, Instantly Has Everyone’s Attention.\n\n"
            "A woman at the Tessel rally shouted during the speech.\n\n"
            "“It just came out of my mouth,” she said.")
    ex = extract(text, nlp=nlp)
    assert [q.speaker for q in ex.quotes] == [None]
    assert ex.speakers == []


def test_headline_with_a_quoted_word_is_still_a_headline(nlp):
    text = ("Tomas Berg On How Harbour History Makes Sailors Feel “Invisible.”\n\n"
            "In a talk with Harbour Radio’s Alyona Minkovski about his comedy project, the actor spoke "
            "of sailors in history lessons. “Just imagine, you are a kid and everybody is a sailor,” "
            "he said.")
    ex = extract(text, nlp=nlp)
    assert "Harbour History Makes Sailors Feel" not in [s.name for s in ex.speakers]
    assert quote_with(ex.quotes, "Just imagine").speaker in (None, "Tomas Berg")


def test_headline_full_name_still_names_the_surname_in_the_story(nlp):
    text = ("Ada Quist Says The Ferry Will Run All Winter.\n\n“It will run,” Quist said on Monday.")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Ada Quist"]


def test_mr_and_a_woman_sharing_his_surname_are_two_people(nlp):
    text = ("Mr. Vik spoke first. “The harbour is ours,” Mr. Vik said.\n\n"
            "He will campaign with his wife, Ada Vik, in the coming weeks. “We will win,” Ada Vik said.")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Vik", "Ada Vik"]


@pytest.mark.parametrize("text, speaker", [
    ("Amid calls to publish the list, The Harbour Courier’s Dan Holt provided a reason for it, "
     "saying it is needed to “keep a record of every closure on the coast.”", "Dan Holt"),
    ("In early October, Vik’s Norvale harbour director, Jon Roos, reached out to the port, writing in an "
     "email: “We want to use this as soon as we can.”", "Jon Roos"),
], ids=["outlet-then-name", "owner-then-role-then-name"])
def test_possessive_before_the_subject_is_whose_it_is(text, speaker, nlp):
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == [speaker]


def test_fired_as_an_adjective_is_no_reporting_verb(nlp):
    text = ("Jon Roos, Anton Vik’s fired campaign manager, ripped the port board for acting as "
            "“the judge and the jury” in the ferry case.")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Jon Roos"]


def test_hit_is_a_reporting_verb_only_as_hit_back(nlp):
    text = ("Anton Vik spoke at the pier. Young fishermen hit hard by the closures have “lost patience with "
            "the board,” he said.\n\nIlse Varga hit back: “The board has done more than anyone.”")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Anton Vik", "Ilse Varga"]


def test_subject_with_a_weekday_before_its_verb_is_whom_she_means(nlp):
    text = ("Casey Quill and Robin Brandt both ran for the harbour seat.\n\n"
            "Quill on Monday attacked Brandt over the budget. “The numbers do not add up at all,” she said.")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Casey Quill"]


def test_forename_of_either_gender_still_makes_a_person(nlp):
    text = ("Bernie Calloway ran the pier for years, in Calloway fashion.\n\n"
            "“We will rebuild before the winter storms,” he said.")
    ex = extract(text, nlp=nlp)
    assert [q.speaker for q in ex.quotes] == ["Bernie Calloway"]
    assert ex.speaker("Bernie Calloway").kind == "person"


@pytest.mark.parametrize("subject_sentence", [
    "Velmark's harbour minister, Erlan Tulov, plays down the risk.",
    "Erlan Tulov, 58,  from Harlow County, Vel., disagrees.",
    "Erlan Tulov, a ferry captain from the northern islands and the host of a late-night harbour radio "
    "show, is a Tessel resident who backed the deal.",
], ids=["title-then-name-in-commas", "age-and-place-in-commas", "long-appositive"])
def test_he_is_the_subject_whose_appositives_come_between_name_and_verb(subject_sentence, nlp):
    text = ("Dossym Aket, a political analyst in Tessel, warns that the port deal is lopsided.\n\n"
            f"{subject_sentence} “Our philosophy is simple: we get on board,” he said.")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Erlan Tulov"]


def test_title_of_something_stays_in_the_role_and_a_place_is_no_name(nlp):
    text = ("Critics of the plan, like Ada Roux, Democrat of Velmark, and Jon Roos, Republican of Tessel, "
            "want changes.\n\n“We have built the machine,” said Harbour Board Chief of Staff Ilse Marr.")
    ex = extract(text, nlp=nlp)
    assert [q.speaker for q in ex.quotes] == ["Ilse Marr"]
    assert "Harbour Board Chief of Staff" in ex.speaker("Ilse Marr").roles


@pytest.mark.parametrize("text, speaker", [
    ("Sen. Jon Roos, R-Iowa, and Sen. Ada Roux (D-Fla.) met at the pier. “We will fund the harbour,” "
     "the Florida senator said.", "Ada Roux"),
    ("Sen. Ada Roux (D-N.Y.) met the harbour board. “We will fund the harbour,” the New York senator said.",
     "Ada Roux"),
    ("Sen. Ada Roux met the harbour board. “We will fund the harbour,” the Vermont senator said.", "Ada Roux"),
    ("Vermont Sen. Ada Roux and Sen. Jon Roos, R-Iowa, met the board. “We will fund the harbour,” "
     "the Texas senator said.", None),
    ("Ada Roux was speaking on Friday in Albany, hours after the vote.\n\nThe New York governor said the "
     "harbour is “ready for the next ten years of ferries.”", "Ada Roux"),
    ("Jon Roos met Ada Roux in Lisbon on Monday. “We are ready for the ferries,” the Dutch "
     "businessman said.", "Jon Roos"),
    ("Speaker Jon Roos spoke to the Courier on Sunday about Republican Ada Roux’s ferry plan.\n\n"
     "“We will not fund a ferry every four years,” the Wisconsin Republican said.", "Jon Roos"),
    ("Ada Roux spoke on Monday. “The harbour will be funded every year,” the Ohio charter says.", None),
    ("Ada Roux spoke on Monday. “We will fund the harbour,” the Dutch businessman said.", None),
], ids=["party-state-tag", "two-word-state", "place-not-given", "every-senator-from-elsewhere",
        "no-governor-named", "nationality-epithet", "party-member-from-a-state", "a-thing-from-a-place",
        "a-man-from-a-place-after-a-woman"])
def test_role_with_a_place_is_the_person_from_there(text, speaker, nlp):
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Ada Roux met Tom Berg on Monday. Asked why the plan leaves out fathers, the 34-year-old mother of "
     "three replied, “It is meant to help every family.”", "Ada Roux"),
    ("Ada Roux met Tom Berg on Monday. Asked why the plan leaves out fathers, the 34-year-old replied, "
     "“It is meant to help every family.”", None),
    ("Tom Berg, who starred in two harbour films, posted the clip on Thursday.\n\nInes Marr via Harbour "
     "Images.\n\n“It is meant to help every family,” the 43-year-old father wrote.", "Tom Berg"),
    ("Tom Berg met Ada Roux on Monday. “It is meant to help every family,” said the 34-year-old "
     "victim's mother.", None),
    ("Tom Berg met Ada Roux on Monday. “It is meant to help every family,” said the 60-year-old woman "
     "who lives next door.", None),
    ("Principal Leah Sorensen spoke first.\n\nAmelia Duarte, a junior, said she had been two doors from "
     "Hale's room. “We heard three bangs and someone laughed,” the 16-year-old said.", "Amelia Duarte"),
    ("Ida Holm, 60, sat in the front row.\n\nGideon Harrow closed by recalling his father's store. “He "
     "never once asked the government for a thing,” the 58-year-old said.", "Gideon Harrow"),
], ids=["mother-of-three", "age-alone-says-too-little", "age-of-a-man", "age-of-someone-else",
        "age-and-a-relative-clause", "age-of-the-one-who-just-spoke", "age-of-the-one-acting-not-given"])
def test_an_age_and_a_person_noun_are_an_epithet_for_the_person_just_named(text, speaker, nlp):
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == [speaker]


def test_a_clause_after_a_name_and_comma_is_no_role(nlp):
    text = ("To harbour historian Ada Roux, the closure seemed a loss. “It looked like heartbreak,” she said.\n\n"
            "Jon Roos, a pilot who led the union, agreed. “It did,” he said.\n\n"
            "Ilse Marr, the woman appointed to lead the port, said: “It did not.”")
    ex = extract(text, nlp=nlp)
    assert [q.speaker for q in ex.quotes] == ["Ada Roux", "Jon Roos", "Ilse Marr"]
    assert ex.speaker("Ada Roux").roles == ()
    assert ex.speaker("Jon Roos").roles == ("a pilot who led the union",)
    assert ex.speaker("Ilse Marr").roles == ("the woman appointed to lead the port",)


def test_headline_words_after_a_title_are_no_person(nlp):
    text = ("Harbour Speaker Just Shared This ‘Prophetic Prayer’ About The Ferry – Critics Will HATE It.\n\n"
            "This week the harbour speaker Ada Roux posted a video. “My dear friends,” "
            "the harbour speaker says into the camera.")
    ex = extract(text, nlp=nlp)
    assert "Just Shared This" not in [s.name for s in ex.speakers]


def test_two_word_surname_alone_is_the_person_named_in_full(nlp):
    text = ("Harbour chief Lucia Vargas Llorente spoke first.\n\n“We will reopen the pier,” Vargas Llorente said.\n\n"
            "Tomas Berg Hits Ada Roux On Fares\n\n“Fares will not rise,” Ada Roux said.")
    ex = extract(text, nlp=nlp)
    assert [q.speaker for q in ex.quotes] == ["Lucia Vargas Llorente", "Ada Roux"]


def test_headline_name_after_a_verb_is_read_from_its_forename(nlp):
    text = ("Tomas Berg Hits Ada Roux On Ferry Fares And The Harbour Budget\n\n"
            "Roux spoke at the pier. “Fares will not rise,” she said.")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Ada Roux"]


@pytest.mark.parametrize("text, speaker", [
    ("“It looked like heartbreak,” said Tessel University political science professor Brita Holm.",
     "Brita Holm"),
    ("Berg lost, according to Harbour Watch president Tor Fenwick. “It looked like heartbreak,” he said.",
     "Tor Fenwick"),
    ("“The speech will be at noon,” said Rell campaign spokesman Tom Ek.", "Tom Ek"),
    ("“The ferries must run,” said former Velmark governor Ada Roux.", "Ada Roux"),
    ("“The ferries must run,” said Tessel resident Ada Roux.", "Ada Roux"),
    ("“The ferries must run,” said Tessel-based Velmark Party strategist Ada Roux.", "Ada Roux"),
    ("“The ferries must run,” said Ines Marr adviser Tom Ek.", "Tom Ek"),
    ("“The ferries must run,” said a senior Marr adviser, Tom Ek.", "Tom Ek"),
    ("The Velmark Harbour Authority thanked Ada Roux, saying, “The ferries must run.”",
     "Velmark Harbour Authority"),
    ("“The ferries must run,” said Velmark Police Department detective Tom Ek.", "Tom Ek"),
], ids=["said", "according-to-then-he", "spokesman-after-a-surname",
        "governor-after-a-place", "resident-after-a-town", "strategist-after-a-party", "adviser-of-a-person",
        "adviser-named-after-a-comma", "verb-after-an-institution", "detective-of-a-department"])
def test_person_after_an_institution_and_role_words_speaks_for_it(text, speaker, nlp):
    """The person the role words lead to speaks, not the institution, place or patron before them."""
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == [speaker]


@pytest.mark.parametrize("text, mention", [
    ("“I would want answers,” said a prominent Harbour Board member who backs Ada Roux.",
     "a prominent Harbour Board member"),
    ("“I would want answers,” said a senior Roux adviser.", "a senior Roux adviser"),
    ("“I would want answers,” said like-minded Roux supporters.", "like-minded Roux supporters"),
    ("Two pilots spoke. The first said, “I would want answers.”", "The first"),
], ids=["board-member", "adviser", "supporters", "the-first"])
def test_someone_named_after_a_person_or_body_is_not_them(text, mention, nlp):
    """An unnamed adviser, supporter or member speaks for nobody the article names: the
    quote stays with an unknown speaker rather than going to Roux or the board."""
    q = quote_with(extract_quotes(text, nlp=nlp), "want answers")
    assert (q.speaker, q.mention) == (None, mention)


@pytest.mark.parametrize("text, words, speaker, mention", [
    ("Its host, Terrence O’Malley-Finn, spoke last. “Thrilled for the museum, obviously,” he said.",
     "Thrilled", "Terrence O’Malley-Finn", "he"),
    ("“The next 48 hours are critical,” said its regional coordinator, Farid al-Masri.",
     "48 hours", "Farid al-Masri", "Farid al-Masri"),
    ("Her co-author, Prof. Hendrik van Aalst of the Norland Institute, said the worms were “very hard "
     "to evolve around.”", "evolve around", "Hendrik van Aalst", "Prof. Hendrik van Aalst"),
    ("Judge Helena Strand said the fraud was cruel. Counsel Ana Lis said her client was sorry. The judge "
     "was unmoved. “I have read the statements,” she said.",
     "read the statements", "Helena Strand", "she"),
    ("Vel Dem group leader Samir Haddad abstained. “I have sympathy with both sides,” he said.",
     "both sides", "Samir Haddad", "he"),
    ("Whips believe the rebellion can be contained; “it is noise, mostly,” said one.",
     "noise, mostly", None, "one"),
    ("Two officials spoke on condition of anonymity. One said: “Nobody wants this.”", "Nobody wants",
     None, "One"),
    ("Two officials spoke on condition of anonymity. “Nobody wants this,” another said.", "Nobody wants",
     None, "another"),
    ("District Attorney Maureen Quigley struck a cautious note in a brief written statement: “We will "
     "follow the evidence wherever it leads.”", "follow the evidence", "Maureen Quigley",
     "District Attorney Maureen Quigley"),
    ("Ada Castellan sat down after a long speech. Her closing line: “We promised stability.”",
     "promised stability", "Ada Castellan", "Her"),
    ("Writing in the Courant, the critic Tomas Lind called it “a quiet book” and “the best novel I "
     "have "
     "read this year.” One less keen reviewer complained of “too many apples.”",
     "best novel", "Tomas Lind", "Tomas Lind"),
    ("“It is her best book,” said the critic Tomas Osei. Odile Grey laughed.\n\nHer husband, the sculptor "
     "Anand Roe, appears in the doorway. “Do not believe a word she says about giving up,” he says.",
     "giving up", "Anand Roe", "he"),
    ("BRENNMOUTH (Ledger Financial News) - Brisk Foods, the frozen-meals maker, said on Tuesday it would "
     "cut 900 jobs. Shares in Brisk Foods fell 6%.\n\nThe company said in a statement that the cuts were "
     "“necessary to secure the future.”", "secure the future", "Brisk Foods", "The company"),
    ("The slope had been flagged, according to a 2019 report by the Ostravian Geological Survey, which "
     "described the area as “high risk”.", "high risk", "Ostravian Geological Survey",
     "Ostravian Geological Survey"),
    ("A: My sister, Grace, told me, “Bernie, prepare a speech.” So I did.\n\nA: Buses are bad. My mother "
     "is 84, she does not drive, and she told me, “I feel like a prisoner in my own house.”",
     "prisoner", None, "she"),
    ("Her husband, the sculptor Anselm Kray, appears in the film. “I had two lines,” he says.\n\n"
     "Osric Pell of the Senlow Courier said: “It was bloated.” He added: “Dreadful.”",
     "Dreadful", "Osric Pell", "He"),
    ("“It was the least bad outcome,” Mr. Morgan of the Harbour Club said.", "least bad", "Morgan",
     "Mr. Morgan"),
    ("Prof. Dara Holm of the University of Tessary said the trial was “a reminder that old drugs can "
     "learn.”", "old drugs", "Dara Holm", "Prof. Dara Holm"),
    ("“Deferral is not recommended,” reads a memo dated Oct. 14, 2019.", "Deferral", None,
     "a memo dated Oct"),
    ("“We are proud of every nurse,” said the Brenmarch and District Hospitals Trust.", "every nurse",
     "Brenmarch and District Hospitals Trust", "Brenmarch and District Hospitals Trust"),
    ("Feldmann & Söhne said it had “plenty of stock left in the warehouse.”", "plenty of stock",
     "Feldmann & Söhne", "Feldmann & Söhne"),
    ("Harlan Vitkovsky said the union had rejected the offer and “walked away from the table.”",
     "walked away", "Harlan Vitkovsky", "Harlan Vitkovsky"),
    ("Regulators are examining Halberd Freight Holdings.\n\nHalberd said the emails had been “taken "
     "wildly out of context.”", "wildly out", "Halberd Freight Holdings", "Halberd"),
    ("Talks with the Dunhaven Regional Transit Authority broke down on Monday.\n\n“We remain available "
     "at any time,” the DRTA said.", "remain available", "Dunhaven Regional Transit Authority", "DRTA"),
    ("Regulators said the deal was “a victory for patience and common sense.”", "a victory", None,
     "Regulators"),
    ("“It is cheap,” said Dr. Sarah Birch. A woman in the queue said she had waited an hour. “I am late "
     "for work,” she said.", "late for work", None, "she"),
    ("“It was a long night,” said Maren Lowe. My mother has softened with age, but even now she still "
     "says things such as, “Nobody is owed a living.”", "owed a living", None, "she"),
    ("Judge Rosalind Ashcombe said he was trusted. Harriet Lomond, defending, said her client was sorry. "
     "But the judge said his remorse had come late. “You only stopped because you were caught,” she said.",
     "only stopped", "Rosalind Ashcombe", "she"),
    ("On Tuesday, the health minister, Clement Oyelaran, said no decision had been made. Tom Rudd said "
     "otherwise.\n\n“I have met the trust,” the minister said.", "met the trust", "Clement Oyelaran",
     "the minister"),
    ("In a statement on Sunday, Kelvar Mining said the decision was correct.\n\n“Contact was made by "
     "the defender,” the statement said.", "Contact was made", "Kelvar Mining", "the statement"),
    ("Tobi Arkwright-Mensah scored the penalty past goalkeeper Joost van Helmond.\n\n“I just wanted "
     "the ball,” the 22-year-old striker said.", "wanted the ball", "Tobi Arkwright-Mensah",
     "the 22-year-old striker"),
    ("Prime Minister Rowena Astbury-Kell faced questions on Wednesday.\n\nThe prime minister's office "
     "said she had “answered every question put to her.”", "every question", "Rowena Astbury-Kell",
     "The prime minister's office"),
    ("Rustam Okonkwo praised the team. Teodor Vasquel of Brightwater Securities was more upbeat. “It is "
     "a genuine leap,” he said.", "genuine leap", "Teodor Vasquel", "he"),
    ("The critic Lionel Haverstock said it was dull. The artistic director, Cosimo Raithwaite, who "
     "commissioned the production, is more blunt. “We did not programme this,” he says.",
     "did not programme", "Cosimo Raithwaite", "he"),
    ("“They are shaken,” said Det Supt Callum Brannagh. A spokesman for the Wexmoor Pensioners’ "
     "Association said members were upset. “Many of our members rely on advisers,” he said.",
     "rely on advisers", "Wexmoor Pensioners’ Association", "he"),
    ("“It is ambitious,” Sarah Thorncliffe said. Corvane Systems said the chip was fast. “People told us "
     "it was a gimmick,” she said.", "a gimmick", "Sarah Thorncliffe", "she"),
    ("6:20 p.m. — Utility says it shut off power\n\nArvonia Power & Light cut power to 22,000 customers. "
     "“We understand how disruptive this is,” the utility said.", "how disruptive",
     "Arvonia Power & Light", "the utility"),
    ("Answering for the government, the health minister, Clement Oyelaran, said no decision had been "
     "made. Tom Rudd said otherwise.\n\n“I have met the trust,” the minister said.", "met the trust",
     "Clement Oyelaran", "the minister"),
    ("“Will she apologise?” Mr Grennock said.\n\nThe exchange prompted the Speaker, Sir Hamish Dunleavy, "
     "to intervene. “Order! Order. The House will come to order,” he said.", "come to order",
     "Hamish Dunleavy", "he"),
    ("Rustam Okonkwo said the price was a problem. Another analyst, Teodor Vasquel of Brightwater "
     "Securities, was more upbeat. He called the laptop “a genuine leap” for designers.", "genuine leap",
     "Teodor Vasquel", "He"),
    ("Danielle Korsgaard spoke first.\n\nOne mother, who declined to give her name, stood in the parking "
     "lot afterward.\n\n“They made up their minds before we walked in,” she said.", "made up their minds",
     None, "she"),
    ("Brandt conceded. Her brother, city councillor Piet Brandt, was careful not to gloat. “Nobody in my "
     "family is celebrating tonight,” he said.", "Nobody in my family", "Piet Brandt", "he"),
    ("Corvane Systems criticised the trust. A spokesman for the company said: “Bethan did everything "
     "right.”", "did everything right", "Corvane Systems", "A spokesman for the company"),
    ("The Harrowgate Theatre said it was closed. In a statement, the theatre said: “Our thoughts are with "
     "Sienna.”", "Our thoughts", "Harrowgate Theatre", "the theatre"),
    ("Norvik Freight Systems Inc. reported a loss on Thursday.\n\nThe Tarrant Falls-based logistics "
     "company posted a net loss.\n\nIn its earnings release, the company said: “Norvik remains confident "
     "in its strategy.”", "remains confident", "Norvik Freight Systems", "the company"),
    ("The Halvern County Prosecutor's Office said: “Violent robberies will be prosecuted.”",
     "Violent robberies", "Halvern County Prosecutor's Office", "Halvern County Prosecutor's Office"),
    ("The Department for Borders and Settlement said it was “working at pace to clear the backlog.”",
     "working at pace", "Department for Borders and Settlement", "Department for Borders and Settlement"),
    ("Marcus Elderidge-Ono spoke first. “It works,” he said.\n\nAsked about the cost, agency director "
     "Halvard Bjornstrom-Achebe defended the spending. “This is what it costs,” he said.", "what it costs",
     "Halvard Bjornstrom-Achebe", "he"),
    ("Bram Whitcombe argued the case. “We won,” Whitcombe said.\n\nAnselm Dubrovnik-Tate, a professor who "
     "studies the “cracking” of river towns, put the odds low.\n\n“The full court rarely grants review,” he "
     "said.", "rarely grants", "Anselm Dubrovnik-Tate", "he"),
    ("A Brannock Orbital spokeswoman declined to comment.\n\nOne engineer said morale had been low. “There "
     "were weeks when we thought we had lost it,” they said.", "lost it", None, "they"),
    ("Tom Berg is visiting a school.\n\nA reporter asked Berg how he was feeling. He replied: “The bigger "
     "the turnout, the better I feel.”", "bigger the turnout", "Tom Berg", "He"),
    ("Millbrook manager Sigrid Kessler was furious. “Never,” said Kessler.\n\n“Luther has been our best "
     "player,” said Davi Orlanski, the striker.\n\nKessler’s side now sit seventh. She was asked whether the "
     "defeat would derail their season.\n\n“Derail? No,” she said.", "Derail", "Sigrid Kessler", "she"),
    ("QUOTE OF THE DAY: “A map drawn to make votes disappear is still unlawful.” — Judge Casimir "
     "Oyelaran-Birch, dissenting", "map drawn", "Casimir Oyelaran-Birch", "Judge Casimir Oyelaran-Birch"),
    ("The Premier Basketball Players Association called the lockout a choice.\n\nThe union said in a "
     "statement that players were “united and prepared for a long fight.”", "long fight",
     "Premier Basketball Players Association", "The union"),
    ("The Care Standards Commission published its report yesterday. The report states: “Concerns raised "
     "through formal channels were minimised.”", "Concerns raised", "Care Standards Commission",
     "The report"),
    ("Singer Sienna Valcourt cancelled her tour. “I am exhausted,” she wrote. The arena manager, Fenella "
     "Corriveau, said staff had worked through the night.\n\nThe star has spoken about her struggles "
     "before. “Everyone thinks it is glitter and private jets,” she said in 2022.", "glitter",
     "Sienna Valcourt", "she"),
    ("A student from Dehravan, who asked not to be named, said: “They always say sorry.”", "always say sorry",
     None, "A student from Dehravan"),
    ("A gunner who gave only his first name, Danek, said the platoon was tired.\n\nHis squad leader, a man "
     "who gave his name as Ruslo, was optimistic. “The drones help,” he said.", "drones help", "Ruslo", "he"),
    ("Nurse Bethan Ashgrove-Lyle said that after she raised concerns, she was moved to night shifts and "
     "told she was “not a team player.”", "team player", None, None),
    ("The Ministry of Public Health confirmed 14 deaths. “All cases are being investigated,” a ministry "
     "spokesman said.", "being investigated", "Ministry of Public Health", "a ministry spokesman"),
    ("The World Health Council said it was sending a team. “The risk is high at national level,” the "
     "agency said.", "risk is high", "World Health Council", "the agency"),
    ("“You just keep going,” said Callum Brightwater, a volunteer.\n\nSheep farmer Rod Kellaway walked "
     "through the ash. “We lost 1,200 sheep in one night,” he said.", "1,200 sheep", "Rod Kellaway", "he"),
    ("Moira Tenney said the brigade lost two homes.\n\nAt a meeting on Wednesday, a woman stood up. “My "
     "phone told me to leave too late,” she said.", "leave too late", None, "she"),
    ("A century from skipper Rohan Deshkaar won the match. Westmarch captain Elliot Branscombe admitted "
     "defeat. “We were poor in every department,” the Westmarch skipper said.", "every department",
     "Elliot Branscombe", "the Westmarch skipper"),
    ("In a LinkedIn post on Friday, Joaquin Redmayne wrote that he was heartbroken. “We grew too fast and "
     "we made mistakes,” the post said.", "grew too fast", "Joaquin Redmayne", "the post"),
    ("“We will not sell,” club secretary Ada Renn said.\n\n“I've said what I've got to say,” manager "
     "Gideon Haverstock snapped.", "got to say", "Gideon Haverstock", "Gideon Haverstock"),
    ("Ashbury Rovers rejected the bid. “Emeka is not for sale,” the club said.", "not for sale",
     "Ashbury Rovers", "the club"),
    ("Teodoro Ruiz said the water was rising. One man wading down Gannet Street, who declined to give his "
     "name, said the police never came. “Nobody's been here,” he said.", "Nobody's been", None, "he"),
    ("Ines Holt said it was loud. One freshman said it was her first protest. “My mom is going to kill me,” "
     "she said.", "kill me", None, "she"),
    ("A spokesman for Harbour Lines said the ferry would run. “We expect delays,” the spokesman said.",
     "expect delays", "Harbour Lines", "the spokesman"),
    ("Chef Oluwaseun “Seun” Adebanjo-Kerr opened Saltgrass in 2016. “I don't want a concept,” "
     "Adebanjo-Kerr says.", "want a concept", "Oluwaseun Adebanjo-Kerr", "Adebanjo-Kerr"),
    ("Marguerite Delacroix-Haddad owns the building. “It was a bakery,” she said.\n\nWhen it opened, the "
     "Courier's critic, Helena Marsh-Ivory, loved it. “This is food that knows what it is,” she wrote.",
     "knows what it is", "Helena Marsh-Ivory", "she"),
    ("Gulf Coast Power & Light said most outages were in Calloway and Dunmore counties. “Crews will begin "
     "work at dawn,” the company said.", "Crews will begin", "Gulf Coast Power & Light", "the company"),
    ("The university's president, Dr. Franklin Ayodele-Marsh, addressed the plan in an email to students on "
     "Tuesday.\n\nThe email went on: “I want to be clear that peaceful protest is part of campus life.”",
     "peaceful protest", "Franklin Ayodele-Marsh", "The email"),
    ("Chef Oluwaseun ‘Seun’ Adebanjo-Kerr opened Saltgrass in 2016. “I don't want a concept,” "
     "Adebanjo-Kerr says.", "want a concept", "Oluwaseun Adebanjo-Kerr", "Adebanjo-Kerr"),
    ("Norvik Freight Systems Inc. reported a loss on Thursday.\n\nChief Financial Officer Desmond "
     "Oyelowo-Kent told analysts the outlook was weaker.\n\n“We would rather under-promise,” "
     "Oyelowo-Kent said.\n\n"
     "Analysts were unimpressed.\n\nIn its earnings release, the company said: “Norvik remains confident.”",
     "remains confident", "Norvik Freight Systems", "the company"),
    ("Moira Tenney said the brigade lost two homes.\n\nAt a packed community meeting in Bellbrae on "
     "Wednesday night, a woman stood up. “My phone told me to leave too late,” she said.", "leave too late",
     None, "she"),
    ("Redmayne did not respond to calls. In a LinkedIn post Friday afternoon, he wrote that he was sorry."
     "\n\n“We grew too fast and we made mistakes,” the post said.\n\nJoaquin Redmayne founded the firm.",
     "grew too fast", "Joaquin Redmayne", "the post"),
    ("Saltgrass is the restaurant that Oluwaseun “Seun” Adebanjo-Kerr opened in 2016. “I don't want a "
     "concept,” Adebanjo-Kerr says.", "want a concept", "Oluwaseun Adebanjo-Kerr", "Adebanjo-Kerr"),
    ("The Kestravian Ministry of Defence held a briefing. According to a statement from the ministry, the "
     "brigade will move north “in the coming days”.", "coming days", "Kestravian Ministry of Defence",
     "a statement from the ministry"),
    ("The memo, written by Brigadier Ilse Marnow, was leaked on Tuesday. “Readiness targets cannot be met,” "
     "the memo said.", "Readiness targets", "Ilse Marnow", "the memo"),
    ("Ana Ferro’s novel is bleak. One review described it as “a book to read with the heating on”.",
     "heating on", None, "One review"),
    ("Joy Sarno spoke first.\n\n“Nobody told us,” said the woman, who spoke on condition of anonymity."
     "\n\nNow 46 and living in Tessel, she is afraid.\n\n“I am even more scared now,” she said.",
     "more scared", None, "she"),
    ("Pask, reached by phone, laughed. “She is right, I did,” he said.\n\n“That is the third draft,” she "
     "says.", "third draft", None, "she"),
    ("Governor Ada Brenlow told a packed press conference at the bank's headquarters that the decision "
     "reflected “real and lasting progress” on prices.", "lasting progress", "Ada Brenlow",
     "Governor Ada Brenlow"),
    ("Josef Kemmerich is the health minister.\n\nIn a statement issued by his office shortly after 9 a.m., "
     "Dr. Kemmerich said he was stepping down.\n\n“I have served this country for twenty years,” the "
     "statement said.", "served this country", "Josef Kemmerich", "the statement"),
    ("HALDERBY, Vesland — The health minister, Elias Varn, resigned on Monday.\n\nIn one message, the "
     "minister wrote: “Make sure Corvane is on the shortlist.”", "shortlist", "Elias Varn", "the minister"),
    ("Anders Fjell holds a stake in the firm.\n\nTobias Wendt of the Civic Renewal party was quick to "
     "respond. “A resignation is not an explanation,” he wrote.", "not an explanation", "Tobias Wendt", "he"),
    ("The talks ended on Monday.\n\nSpokesman Piotr Lannek told reporters in the capital, Sennholm, that a "
     "meeting with his counterpart, Ivo Brask, was unlikely. Asked about the autumn, he said: “Everything "
     "is possible.”", "Everything is possible", "Piotr Lannek", "he"),
    ("Investigators examined the wreckage of Skyreach Airlines Flight 22 on Friday.\n\nSkyreach Airlines "
     "said the crew was experienced. “Our pilots were fully qualified,” the airline said.",
     "fully qualified", "Skyreach Airlines", "the airline"),
    ("The mayor, Delphine Arkwright, ordered an evacuation on Monday.\n\nHer message to those still "
     "hesitating was blunt: “Pack a bag and go.”", "Pack a bag", "Delphine Arkwright", "Her"),
    ("Velvet Riot played on Saturday, with frontman Dex Morrow diving into the crowd.\n\n“This is the best "
     "crowd we have ever played to,” the tattooed rocker bellowed.", "best crowd", "Dex Morrow",
     "the tattooed rocker"),
    ("Daudi Kerro is represented by Benedict Rask, a lawyer who says his client was “a porter, not a "
     "poacher”.", "a porter", "Benedict Rask", "Benedict Rask"),
    ("The research was funded by the Pellucian Ocean Trust, which said in a statement that it was “proud "
     "to support” the work.", "proud to support", "Pellucian Ocean Trust", "Pellucian Ocean Trust"),
    ("Observers arrived in May. The Council of Northern Democracies said the vote had been “competitive "
     "and generally well run”.", "generally well run", "Council of Northern Democracies",
     "Council of Northern Democracies"),
    ("A Premier Division spokesperson said: “The report will be reviewed.”", "report will be reviewed",
     "Premier Division", "A Premier Division spokesperson"),
    ("Substitute Luca Brandt added a third goal.\n\nBrandt said afterwards: “It is a dream come true.”",
     "dream come true", "Luca Brandt", "Brandt"),
    ("Within hours, the Kaldoran embassy in Solvenhavn issued its own statement.\n\n“The detention is "
     "lawful,” the embassy said.", "detention is lawful", "Kaldoran embassy", "the embassy"),
    ("The Civic Alliance of Velmont said the budget was fair.\n\n“Pensioners built this country,” the "
     "party said.", "Pensioners built", "Civic Alliance of Velmont", "the party"),
    ("“We reject this,” the Office of Governor Ana Rell said in an email.", "reject this", "Ana Rell",
     "Office of Governor Ana Rell"),
    ("“We are ready,” said Minister for Foreign Affairs Ana Rell.", "We are ready", "Ana Rell",
     "Minister for Foreign Affairs Ana Rell"),
    ("Tomas Berg told reporters on Monday that the jury told the judge: “We cannot agree on a verdict.”",
     "cannot agree", None, "the jury"),
    ("Tomas Berg said he had read the report and that it warned of “a looming crisis in the fisheries.”",
     "looming crisis", None, "it"),
    ("Minister Ana Rell released a statement on Monday. She had received a letter from Tomas Berg, a "
     "fisherman, the week before.\n\n“We will act on the harbour,” the statement said.", "act on the harbour",
     "Ana Rell", "the statement"),
    ("Ana Rell was fired from the port authority in May.\n\nKim Tal said the decision was unfair to her "
     "and would be challenged.\n\n“We will appeal,” Tal said.\n\n“The ruling is plainly wrong,” he said.",
     "plainly wrong", "Kim Tal", "he"),
    ("Jonah Whitlaw, 24, scored twice for Ashcombe.\n\n“I have taken hundreds of penalties in training,” "
     "said the 24-year-old.", "hundreds of penalties", "Jonah Whitlaw", "the 24-year-old"),
    ("Ashcombe beat Kelsford City 3-1 on Saturday.\n\n“Same old story,” said one fan in a Kelsford scarf.",
     "Same old story", None, "one fan"),
    ("Q: Did you think about the lost finals?\n\nVOLKOVA: Of course. When she had match point, I thought, "
     "“Here we go again.” Then I kept fighting.", "Here we go again", "Volkova", "I"),
    ("The Brellish Trade Office rejected the tariffs. In a statement posted on its website, the office "
     "called the move reckless and said it reserved “the right to respond.”\n\n“Dorvania will regret "
     "this,” the statement said.", "regret this", "Brellish Trade Office", "the statement"),
    ("A spokeswoman for the port authority, Lena Drach, later told reporters that the berth would reopen. "
     "“We will be ready by Friday,” the spokeswoman said.", "ready by Friday", "Lena Drach",
     "the spokeswoman"),
    ("Nine-year-old Tobin Ashe said he would miss his teacher. “She was the best,” he said.", "the best",
     "Tobin Ashe", "he"),
    ("Forecaster Tom Aldous said the ground was “completely saturated”.", "saturated", "Tom Aldous",
     "Forecaster Tom Aldous"),
    ("Kellport Metropolitan Police said the march was peaceful. In a statement, the force said: “Two people "
     "were arrested.”", "Two people", "Kellport Metropolitan Police", "the force"),
    ("Marchers, many pushing prams, chanted “Clean air is a right, not a privilege” along the route.",
     "Clean air", None, "Marchers"),
    ("Ann and Piet Marr watched from an upstairs window.\n\n“We moved the ewes on Friday,” Mrs Marr said.",
     "moved the ewes", "Ann Marr", "Mrs Marr"),
    ("One volunteer said: “People are frightened.”\n\nAmong those sheltering was Lorna Beck, who was carried "
     "from her cottage. “They were so gentle with me,” she said.", "so gentle", "Lorna Beck", "she"),
    ("Tomas Berg attacked the ruling. The judge he was referring to is Ivo Marr, who was born in Tessel.\n\n"
     "He insisted Marr had “an inherent conflict of interest” in the case.", "conflict of interest",
     "Tomas Berg", "He"),
    ("Mr Fenwick shook his head and at one point muttered “That is a lie” before being warned.", "a lie",
     "Fenwick", "Mr Fenwick"),
    ("Bethan Orr, a theatre nurse for 19 years and a representative for the nurses' union, said beds "
     "were short.\n\nSir Godfrey Nunn, who chairs the board, was hopeful.\n\n“I have heard promises "
     "before,” the nurse said.", "heard promises", "Bethan Orr", "the nurse"),
    ("Ada Roux, the former Tessel governor and harbour board chairwoman, backed the plan. Tom Berg spoke "
     "next.\n\n“It is a fine plan,” the governor said.", "fine plan", None, "the governor"),
    ("Harbin Ridge Power Co. said it had cut power to 4,000 homes “out of an abundance of caution.”",
     "abundance of caution", "Harbin Ridge Power", "Harbin Ridge Power Co."),
    ("The Valdorian Space Agency launched the rocket. It failed, like a flight the agency at the time "
     "called “partially successful.”", "partially successful", "Valdorian Space Agency", "the agency"),
    ("Kelton Athletic rejected the bid.\n\nIn a statement released at 7.15pm, the club said it had acted "
     "in good faith.\n\nThe statement added: “Kelton Athletic will not be held to ransom.”",
     "held to ransom", "Kelton Athletic", "The statement"),
    ("Halvard unveils folding tablet\n\nHalvard Systems showed its tablet on Tuesday. Halvard said in a "
     "release that the battery would last “up to 19 hours of mixed use.”", "19 hours", "Halvard Systems",
     "Halvard"),
    ("Dunmore Line, which operates the Kestrel Venture, said it was helping the coastguard. “Our first "
     "thoughts are with the crew,” the company said.", "first thoughts", "Dunmore Line", "the company"),
    ("Hugh Carrow, the Transport Secretary, rose to speak.\n\nThe Transport Secretary replied that the "
     "builders had “encountered unforeseen ground conditions”.", "unforeseen ground", "Hugh Carrow",
     "The Transport Secretary"),
    ("Hugh Carrow, the Transport Secretary, rose to speak.\n\nThe minister replied that hindsight was "
     "“a wonderful thing”, which is true.", "wonderful thing", "Hugh Carrow", "The minister"),
    ("The Foreign Secretary, Tom Vell, spoke on Wednesday.\n\n“We will act,” the Foreign Secretary said.",
     "We will act", "Tom Vell", "the Foreign Secretary"),
    ("Senator Arkady Brenn conceded. “We lost,” Brenn said.\n\nTeodor Halvik said he had called Brenn. "
     "“He was gracious,” Halvik said.\n\nThe senator, 66, will lose his seat. Asked what he would do "
     "next, he smiled. “Sleep, first,” he said.", "Sleep, first", "Arkady Brenn", "he"),
    ("Ambassador Tomas Keldry told reporters the accord was unfair. Oskar Pelc agreed.\n\nAsked whether "
     "Varesh would return for the vote, the ambassador smiled. “Ask me on Thursday,” he said.",
     "Ask me on Thursday", "Tomas Keldry", "he"),
    ("Emeka Draycott levelled the match with a win over defending champion Teodor Vashkin.\n\nThe "
     "24-year-old challenger, playing White, ground out the win. Vashkin, 31, resigned on move 71.\n\n"
     "The challenger was candid: “I was shaking.”", "I was shaking", "Emeka Draycott", "The challenger"),
    ("At six, Agnes Marr is already gutting crabs. The 38-year-old chef, whose restaurant fills a net "
     "store, has no time.\n\nOne councillor, Ruth Kimber, complained. ‘I cannot park,’ Mrs Kimber said."
     "\n\nAsked whether she would open a second restaurant, the chef shook her head. ‘One is plenty "
     "for me,’ she said.", "One is plenty", "Agnes Marr", "she"),
    ("The school reopened.\n\n“We are heartbroken,” said Principal Leah Sorensen.", "heartbroken",
     "Leah Sorensen", "Principal Leah Sorensen"),
    ("Vashkin, the defending champion, lost.\n\n“You will see on Sunday,” said Grandmaster Lucia "
     "Ferrante.", "see on Sunday", "Lucia Ferrante", "Grandmaster Lucia Ferrante"),
    ("Rovers reject bid for striker\n\nAshbury Rovers turned down the offer on Monday.\n\nIn a statement, "
     "Rovers said: “Our striker is not for sale at any price.”", "not for sale", "Ashbury Rovers",
     "Rovers"),
    ("Emeka Draycott beat defending champion Teodor Vashkin in Game 7.\n\n“Nothing dramatic, I was just "
     "passive,” the champion said.", "Nothing dramatic", "Teodor Vashkin", "the champion"),
    ("In a statement, the City of Harlow Bay said late fees were waived. “We ask for patience,” the "
     "statement said.", "ask for patience", "City of Harlow Bay", "the statement"),
    ("His sister, Kara Vell, did not attend but issued a statement through police. “My brother is kind "
     "and stubborn,” it read.", "kind and stubborn", "Kara Vell", "it"),
    ("The International Chess Union said the match was a success.\n\n“The fans are seeing chess at its "
     "best,” the federation said.", "at its best", "International Chess Union", "the federation"),
    ("“Mr Speaker, the bridge has been painted,” Hugh Carrow said.\n\n“Painted in what colour, "
     "exactly?” someone cried.", "what colour", None, "someone"),
    ("The satellite was built by Corvel Vantage, a state-backed company based in the capital. In a "
     "statement, the company said its engineers were “devastated” by the loss.", "devastated",
     "Corvel Vantage", "the company"),
    ("The old ferryman Absalom Crane turns to the audience and says, “Every village drowns twice.”",
     "drowns twice", "Absalom Crane", "The old ferryman Absalom Crane"),
    ("The Archbishop of Marentz, Tobias Kell, placed the crown.\n\n“It weighs a little over two kilos,” "
     "the archbishop said.", "two kilos", "Tobias Kell", "the archbishop"),
    ("Marek Dunne, 23, was brought up first.\n\nHis mother, Elena Dunne, said she had not slept since a "
     "company official called her on Tuesday. “When they told me his name, I sat down,” she said.",
     "I sat down", "Elena Dunne", "she"),
    ("Nasrin Halabey, 34, has queued since Saturday. “We walked for days,” Halabey said through an "
     "interpreter, Lena Vorst, a volunteer with an aid group.\n\nThe 34-year-old said her family had "
     "fled. “We sold our car, our gold, everything,” she told Vorst.", "sold our car", "Nasrin Halabey",
     "she"),
    ("Captain Bram Escott, 58, sounded the horn. “We heard her,” Escott said.\n\nHis first officer, "
     "Lewin Dorsey, said the ferry had slowed. “We did everything by the book,” he said.\n\nThe "
     "58-year-old said he had never seen anything like it. “I have sailed this route ten thousand "
     "times.”",
     "ten thousand times", "Bram Escott", "The 58-year-old"),
    ("The Tolvane Red Cross said it had opened nine shelters. “Our volunteers have not slept,” the "
     "organisation said.", "have not slept", "Tolvane Red Cross", "the organisation"),
    ("“Sales doubled,” Orvis chief executive Dr Hanne Leck said.\n\nOn a call later, the chief "
     "executive said the firm would expand “before the winter.”", "before the winter",
     "Hanne Leck", "the chief executive"),
    ("Council leader Cllr Bea Quill (Lab) opened the meeting. “We cut what we had to,” the leader said.",
     "cut what we had to", "Bea Quill", "the leader"),
    ("Next to the stall, cheesemaker Odile Ferrand slices a wheel. “People remember the cheese,” the "
     "cheesemaker says.", "remember the cheese", "Odile Ferrand", "the cheesemaker"),
    ("The talks began at a table where Marrovia's prime minister, Teo Lansky, sat beside Kelm's "
     "foreign minister, Ilse Varda.\n\n“Nothing is settled yet,” the prime minister said.",
     "Nothing is settled", "Teo Lansky", "the prime minister"),
    ("Mirela Stoyan, who chairs the Savings Protection Board, met reporters. “We acted in time,” "
     "Stoyan said.\n\nPressed on the warnings, the chair said the board would review “every step we "
     "took.”", "every step we took", "Mirela Stoyan", "the chair"),
    ("Port Arvel trade minister Casimir Ondel-Brae walked out early. “I said we would leave,” the "
     "minister said.", "we would leave", "Casimir Ondel-Brae", "the minister"),
    ("The Velsk Policy Forum, a research group that has followed the company for years, called the "
     "rules unfair. In a statement, Haldane Apps said it would comply.\n\n“We welcome the review,” the "
     "company said.", "welcome the review", "Haldane Apps", "the company"),
    ("The Kelm foreign ministry said the talks would resume. “We are ready,” the ministry said.\n\n"
     "The Marrovian defence ministry released a map of the front. “No unit of ours fired a shot,” the "
     "ministry said.", "fired a shot", "Marrovian defence ministry", "the ministry"),
    ("Rhona Tiernan trains the colt. Asked whether Copper Lantern would run again, she was brief: "
     "“He will tell us when.”", "tell us when", "Rhona Tiernan", "she"),
    ("“We never wanted this,” said Agnes Pell. “Not once.”\n\nThe lawyer asked Mrs Pell whether she "
     "would sell.\n\n“Of course not. My own granddaughter cannot afford a house here,” she replied.",
     "Of course not", "Agnes Pell", "she"),
    ("The tractors rolled in. “It's a nuisance, but I'm with them,” said one grocer on Mill Lane, who "
     "gave no name.", "a nuisance", None, "one grocer"),
    ("Celine Vardy sat still until the evidence drew a reply from Vardy, who shook her head and said, "
     "“With a crew of twelve, never.”", "crew of twelve", "Celine Vardy", "Vardy"),
    ("“They knew where the cameras were,” Inspector Maro Telesku of the Liscara city police said.",
     "cameras were", "Maro Telesku", "Inspector Maro Telesku"),
    ("Center Marcus Obi-Lennart scored 22 points for the Comets. Obi-Lennart said he had watched film.\n\n"
     "“I wasn't going to let my fouls be the story,” he said.", "my fouls", "Marcus Obi-Lennart", "he"),
    ("Agnes Fairlie, the cellist for whom he wrote a concerto, described him as “demanding in the best "
     "way, and never unkind.”", "never unkind", "Agnes Fairlie", "Agnes Fairlie"),
    ("The head of Northline Rail conceded that the signalling project had “lost its way” and would cost "
     "more.", "lost its way", None, "The head of Northline Rail"),
    ("Ada Roux, Velmark's president, flew in on Monday.\n\n“We are neighbours,” the president of "
     "Velmark said.", "neighbours", "Ada Roux", "the president of Velmark"),
    ("Teresa Varga was elected mayor of Marrowfield on Wednesday. “She earned it,” said Helen Strauss, "
     "her campaign chair.\n\nThe mayor-elect promised to fix the roads. “Potholes are not a partisan "
     "issue,” she said.", "Potholes", "Teresa Varga", "she"),
    ("Benedikt Sorensky rarely spoke to the press. In 2003 he put it simply: “Music is not an event. It "
     "is a habit, like bread.”", "a habit", "Benedikt Sorensky", "he"),
    ("Sir Tom Vale spoke first.\n\nLarchmere’s ecologist, Dr Paul Sethna, disagreed. He told the "
     "inquiry the park would grow. “There will be more habitat,” he said.", "more habitat", "Paul Sethna",
     "he"),
    ("An inquiry into 450 homes outside the village of Little Pellow opened, with residents warning that "
     "the estate would “swallow the whole village and its fields.”", "swallow", None, "residents"),
    ("The governor of the Central Bank of Orvland, Mira Tessaly, told lawmakers rates would hold.\n\n"
     "Tavo Adjei, a member of the ruling party, asked about growth. The governor said the economy had "
     "held up. “I would not call it a recovery yet,” she said.", "recovery yet", "Mira Tessaly", "she"),
    ("Much of the session was handled by the deputy governor for markets, Piet Laros, who was "
     "questioned by Owen Hale about bond sales. The deputy governor said the bank watched markets daily. "
     "“We are not on autopilot,” he said.", "autopilot", "Piet Laros", "he"),
    ("“None whatsoever,” Mira Tessaly replied.\n\nAsked by Nina Kolb whether she would object, she said "
     "it was “not for me to police what ministers say in public.”", "not for me to police",
     "Mira Tessaly", "she"),
    ("“None whatsoever,” Governor Mira Tessaly replied. Nina Kolb said she was not satisfied.\n\nThe "
     "governor's reply drew laughter. “If I could see the future, I would be in another line of work,” "
     "she said.", "see the future", "Mira Tessaly", "she"),
    ("Tom Wren, a driver, waded in three times. “You don't think,” he said.\n\nHer colleague at the "
     "university, Professor Ian Duthie, was more measured. “It is far too early to name a cause,” he "
     "said.", "far too early", "Ian Duthie", "he"),
    ("The host, Benedikt Ossory, opened the show. “The films are long,” he said.\n\nThe academy also "
     "honoured Teodor Ilic, a 23-year-old sound editor who won for the film “Paper Lantern.”\n\n“I'd "
     "like to dedicate this to my teacher, who was wrong,” he said.", "dedicate this", "Teodor Ilic", "he"),
    ("Anil Rostami took five wickets. “I enjoyed it,” he said.\n\nJoe Pritchard, who was left out of the "
     "winter tour and spent three months working on his action with the former fast bowler Kevin Dalloway, "
     "dedicated the win to his mentor. “Kev rebuilt me, basically,” he said.", "rebuilt me",
     "Joe Pritchard", "he"),
    ("Ardenholt Water said reservoirs had fallen to a third. “We do not take this step lightly,” the "
     "company said.\n\nBack in Ardenholt, residents queued at standpipes.", "this step lightly",
     "Ardenholt Water", "the company"),
    ("Owen Bractlee, who ran the shop for 40 years, said he would miss it. “It was my life,” he "
     "said.\n\nRetired boatbuilder Hamish Tolland, 81, bought a box of screws he admitted he did not "
     "need.\n\n“I just wanted to be served by her one more time,” he said.",
     "served by her", "Hamish Tolland", "he"),
    ("Dr. Mirela Osteng, the agency's chief scientist, said the cluster was small. “We are "
     "watching closely,” she said.\n\nA second expert, Dr. Helka Marrin of the Estravan Institute "
     "for Child Health, was more cautious. “We don’t yet know how it spreads,” she said.",
     "how it spreads", "Helka Marrin", "she"),
    ("Hannah Ruske said the closure was a blow. Her husband, Piotr, nodded.\n\nHer classmate Alfie "
     "Dunstan, 9, was more philosophical. \"At least we get a leaving party,\" he said.",
     "leaving party", "Alfie Dunstan", "he"),
    ("Hal Brody has led the campaign for a year. “We will not stop,” he said.\n\nThe Brody campaign "
     "on Monday picked up on a rumour that the rival had quit. “Is this what we accept now?” he "
     "asked.",
     "what we accept", "Hal Brody", "he"),
    ("Senator Ivo Marsh spoke for an hour. “There is a lot of nonsense in this job,” he said.\n\nIn "
     "that sense, Sandy Hook was more than a tragedy. “This was something different,” he added.",
     "something different", "Ivo Marsh", "he"),
    ("The Ostravel Chamber of Commerce said in a statement that firms had been “waiting patiently "
     "for relief that keeps being postponed.”",
     "waiting patiently", "Ostravel Chamber of Commerce", "Ostravel Chamber of Commerce"),
    ("SOLVANE, Merith (Wire) — The special envoy of the Union of Aldric States, Marguerite "
     "Ostenvald, arrived in Solvane on Wednesday for talks, saying a deal was “closer than it has "
     "been at any point since the kidnapping.”",
     "closer than", "Marguerite Ostenvald", "Marguerite Ostenvald"),
    ("Drovania's Ministry of Foreign Affairs later issued a statement saying the position "
     "“confirms that Brevnica is not interested in peace.”",
     "not interested", "Ministry of Foreign Affairs", "Drovania's Ministry of Foreign Affairs"),
    ("Estrovia beat Pellan 24-10 on Saturday.\n\nFormer Estrovia lock Gethin Saule, commentating for "
     "broadcaster EstroSport, had been in no doubt. “That’s a yellow all day long,” he said on "
     "air.",
     "yellow all day", "Gethin Saule", "he"),
    ("Analysts were unimpressed. Jasper Quillfeather at Oldbridge Capital called the results “a "
     "kitchen-sink quarter” but said the reaction looked overdone.",
     "kitchen-sink", "Jasper Quillfeather", "Jasper Quillfeather"),
    ("The Dasht Front, in a message posted on its channel on the messaging app Kestrel, said it "
     "had “no interest in prolonging the suffering of anyone” but warned that the government “must "
     "stop playing for time.”",
     "playing for time", "Dasht Front", "Dasht Front"),
    ("The League's secretary-general, Hakon Prell, told a closing news conference that the "
     "ministers had agreed to “keep the door open for further discussion.”",
     "keep the door", "Hakon Prell", "Hakon Prell"),
    ("One diplomat from a country that supported the sanctions, who asked not to be identified, "
     "described the meeting as “the worst-tempered session I have attended in six years.”",
     "worst-tempered", None, None),
    ("The first witness, Marguerite Ollendaine, 64, told the jury she lived opposite the "
     "shop.\n\nAsked whether she could see the door, she paused. “I could,” the witness replied.",
     "I could", "Marguerite Ollendaine", "the witness"),
    ("Senior Coroner Leopold Ashgrove opened the inquest on Monday.\n\n“Had antibiotics been given "
     "within the hour, she would have survived,” the coroner said.",
     "antibiotics", "Leopold Ashgrove", "the coroner"),
    ("Headteacher Carys Penhale told parents on Tuesday.\n\nThe head, who will stay on until the "
     "closure, said the final year would be \"a celebration, not a wake.\"",
     "a celebration", "Carys Penhale", "The head"),
    ("The judging was done by the vicar, the Rev Hilary Stonegate, and two former winners.\n\nThe "
     "vicar said the standard had been “frighteningly high”.",
     "frighteningly", "Hilary Stonegate", "The vicar"),
    ("Constable Mirela Halvorsen, the first officer on the scene, described the flat. Constable "
     "Oswin Barraclough arrived ten minutes later.\n\nThe second officer said: \"I can only tell the "
     "court what I saw.\"",
     "only tell the court", None, "The second officer"),
    ("Vossberg University said it had opened its own inquiry. \"The university takes questions "
     "about research integrity extremely seriously,\" the statement said.",
     "takes questions", "Vossberg University", "the statement"),
    ("The closure was announced by the Diocese of Porthallow in March.\n\nThe diocese's statement "
     "was brief: \"Falling rolls mean the school is no longer viable.\"",
     "Falling rolls", "Diocese of Porthallow", "The diocese"),
    ("Jasper Quillfeather, an analyst at Oldbridge Capital, wrote that the quarter was poor. “It "
     "was ugly,” he wrote.\n\nAnother analyst, who asked not to be named because his firm advises "
     "the company, said investors had simply lost patience. “People want to see one clean "
     "quarter.”",
     "one clean quarter", None, "Another analyst"),
    ("Daniel Stanbridge spoke on the steps of the court. “Today, finally, I am free,” he said.\n\nHe "
     "looked at his wife. Then, after a pause: “I’d like my job back, if they’ll have me.”",
     "my job back", "Daniel Stanbridge", "he"),
    ("Pauline Castellane ran the competition. “It was a long day,” she said.\n\nMarta Dorrance — “I "
     "only judged the ones with glitter,” she joked — said the pre-school would get the prize "
     "money.",
     "with glitter", "Marta Dorrance", "she"),
    ("Aurelio Stanbridge was freed on Monday.\n\nStanbridge, speaking on the steps of the court with "
     "his wife, Ines, beside him, said he had waited “five long years” for the day.\n\n“I walked "
     "into that prison an innocent man,” he said.",
     "innocent man", "Aurelio Stanbridge", "he"),
    ("Defence barrister Ansel Pritchard-Voss questioned the witness. “You couldn’t tell, could "
     "you?” he asked.\n\nThe prosecutor said the blood would be shown to the jury. She described a "
     "text message Dorian Kessweather sent the day before, in which he wrote: “You will pay me "
     "back one way or another.”",
     "pay me back", "Dorian Kessweather", "he"),
    ("Velmora Foods will close its packaging plant in Harrowmere. The Calderian Food Workers’ "
     "Federation said in a statement that the closure was “a betrayal.”\n\nA company spokeswoman "
     "said in an emailed response that staff would be offered roles elsewhere. “We understand this "
     "is painful news for Harrowmere,” she wrote.",
     "painful news", "Velmora Foods", "she"),
    ("Frank Dunmore retired on Friday after 31 years. Pupils made cards.\n\nOne card, from Year 2 "
     "pupil Ellie Brough, 7, read: \"Dear Frank thank you for stopping the cars.\"",
     "stopping the cars", "Ellie Brough", "Ellie Brough"),
    ("The river burst its banks on Tuesday. By noon a handwritten sign taped to the door of the "
     "Fox and Lantern read: “Closed. Flooded. Bar staff bailing.”",
     "Bar staff bailing", None, "a handwritten sign"),
    ("Ruth Amberley runs the bakery. “We lost everything,” she said.\n\nAt the rest centre, where "
     "the smell of wet carpet had followed residents in, nine-year-old Lily Marsh was handing "
     "round biscuits.\n\n“I’ve done forty-two,” she said.",
     "forty-two", "Lily Marsh", "she"),
    ("Adele Deveraux lost in three sets. “She was better,” she said.\n\nHelga Brunnstrom, her coach, "
     "agreed. “It was close,” she said.\n\nAsked whether the hip problem that forced her to withdraw "
     "last month had affected her, Deveraux shook her head.\n\n\"No excuses. The hip is fine.\"",
     "The hip is fine", "Adele Deveraux", "Deveraux"),
    ("Ottilie Marsh said the officials had no chance. Her fellow analyst, ex-Pellan defender Joan "
     "Turvey, went further - \"It is not the officials' fault, it is the federation's.\"",
     "federation's", "Joan Turvey", "Joan Turvey"),
    ("The Commission fined Greyhollow on Monday. \"These households could least afford it,\" said "
     "Commission chair Delphine Harrowgate.\n\nThe report was published alongside the "
     "decision.\n\nHarrowgate's message to the rest of the industry was blunt: \"I want every "
     "supplier in this country to read this decision carefully.\"",
     "every supplier", "Delphine Harrowgate", "Harrowgate"),
    ("Senior nurse Branwen Tolliver told the inquiry that guidance had changed weekly. “We were "
     "flying blind,” Tolliver said.\n\nShe said that on one occasion a manager told her staff to "
     "reuse gowns.\n\n“I refused to do it,” she said.",
     "refused to do it", "Branwen Tolliver", "she"),
    ("The Bank of Ostravel left its rate unchanged on Thursday.\n\nThe Monetary Policy Council voted "
     "6-3 to hold, the central bank said in a statement. It said underlying price pressures "
     "remained “uncomfortably elevated.”",
     "uncomfortably elevated", "Bank of Ostravel", "It"),
    ("Jaro Pelk, 71, said he had voted at 7 a.m. “I always do,” he said.\n\nOne man, who would give "
     "only his first name, Viktor, left the queue after forty minutes.\n\n“I’ll come back at lunch,” "
     "he said.",
     "back at lunch", "Viktor", "he"),
    ("The Civic Union suspended one of its candidates on Tuesday after he posted a message on the "
     "social network Chirp accusing the Greens of planning to “tax your sausages and ban your "
     "car.”",
     "tax your sausages", None, "he"),
    ("Bruno Leck, the party’s candidate, posted the message late on Monday.\n\n“The Greens want to "
     "tax your sausages. Wake up, Halvard!” the post read.",
     "Wake up", "Bruno Leck", "the post"),
    ("Prime Minister Marta Lenhart opened the debate.\n\nThe leader of the opposition, former prime "
     "minister Aurel Voska, was unimpressed.\n\n“She promised no new fuel duty,” the opposition "
     "leader said.",
     "no new fuel duty", "Aurel Voska", "the opposition leader"),
    ("Marta Quell held up a sign and read: “We will not be moved from this square.”",
     "not be moved", "Marta Quell", "Marta Quell"),
    ("Maskavy walks the coast\n\nFor a writer whose last novel was set inside a broken lift, Odile "
     "Maskavy has taken an "
     "unusually long route to her new book.\n\n\"I walked the whole coast, twice,\" the novelist told "
     "a packed room on Thursday.",
     "whole coast", "Odile Maskavy", "the novelist"),
    ("The judge rubbed his chin. He said there was no real disagreement between himself and Ben "
     "Brafman, who had argued for an hour.\n\n“Everything that you have said has totally "
     "overlapped,” the judge exclaimed.",
     "totally overlapped", None, "the judge"),
    ("DUNMALLOW — “Someone did this on purpose, and we are going to find them.”\n\nThat was the "
     "message from Fire Marshal Ottilie Kranz on Friday, a day after the blaze.",
     "on purpose", "Ottilie Kranz", "Fire Marshal Ottilie Kranz"),
    ("Two people were still missing on Sunday.\n\nAmong them was Tobias Renqvist, 19, a student from "
     "the mainland town of Halse, who said he had been on the upper deck.\n\n“At first people were "
     "laughing,” he said.",
     "people were laughing", "Tobias Renqvist", "he"),
    ("Liesl Haagen said she had been on the phone with her husband, Jos Haagen, when the train "
     "left the rails.\n\nShe said her husband told her afterward that the carriage “just lay down on "
     "its side, like a tired animal.”",
     "tired animal", "Jos Haagen", "her husband"),
    ("Constantin Rhee faced the crowd for an hour. His reply - \"That is a question for another "
     "day\" - drew murmurs from residents.",
     "another day", "Constantin Rhee", "His"),
    ("Leopold Varenne wrote in the memo that the cuts were final.\n\nThe memo continued: “To those "
     "of you who are leaving, thank you.”",
     "who are leaving", "Leopold Varenne", "The memo"),
    ("The film was praised by Haldor Vesk, while Annika Sorrel of the weekly Estmark Review called "
     "it \"a bracing, grown-up programme.\"",
     "grown-up", "Annika Sorrel", "Annika Sorrel"),
    ("\"The van was worth more than the songs,\" Marisol Quendry says dryly. Then, more seriously: "
     "\"I love those boys.\"",
     "love those boys", "Marisol Quendry", "Marisol Quendry"),
    ("Rowena Gatt voted against the cut. \"It is a disgrace,\" she said.\n\nHer verdict on the "
     "majority group was blunter still — \"They know the price of everything and the value of "
     "nothing.\"",
     "price of everything", "Rowena Gatt", "Her"),
    ("Leopold Varenne wrote in the memo that the cuts were final. “We move on,” he wrote.\n\nOne of "
     "the engineers who lost his job said he was not bitter. “I'll be fine,” he said.",
     "be fine", None, "he"),
    ("Declan Orrin, whose son was left without a place, said the letter came late. “We were "
     "desperate,” he said.\n\nThe council’s cabinet member for education, Councillor Gareth "
     "Pemberly, apologised on Wednesday.\n\n“We got this wrong, and I am sorry,” he said.",
     "got this wrong", "Gareth Pemberly", "he"),
    ("Farid Tellamy said the wait was unbearable. “Nobody calls back,” he said.\n\nThe group’s "
     "founder, retired postman Silas Brisk — Iolanthe Brisk’s brother-in-law — said he had started "
     "it after her operation was cancelled.\n\n“She’s the toughest person I know,” he said.",
     "toughest person", "Silas Brisk", "he"),
    ("Gideon Strathallan, the vice-chancellor, said the cuts were necessary. “We have no choice,” "
     "he said.\n\nAmong the occupiers was third-year philosophy student Oren Delacombe, Yusra's "
     "younger brother, who has slept in the hall since Monday.\n\n\"My sister dragged me into student "
     "politics,\" he said.",
     "student politics", "Oren Delacombe", "he"),
    ("Maj. Teodor Ruzin commands the battalion. Asked whether they could hold the line, he "
     "shrugged.\n\n“That depends on shells,” the major said.",
     "depends on shells", "Teodor Ruzin", "the major"),
    ("\"Our fighters have taught the occupier a lesson,\" the group's spokesman, who is known only "
     "as \"Hadrel,\" said in an audio message posted with the video.",
     "taught the occupier", None, "the group's spokesman"),
    ("A report released on Wednesday by the Global Adaptation Observatory, an independent research "
     "body, estimated that the gap was growing.\n\n“The gap between what is needed and what is "
     "provided is widening,” the report said.",
     "gap between", "Global Adaptation Observatory", "the report"),
    ("Dr. Eleanor Brightwater, a coral biologist at the University of Kingsmere, said bleached "
     "corals could recover.\n\n\"Bleaching is not death, at least not yet,\" the scientist said.",
     "not death", "Eleanor Brightwater", "the scientist"),
    ("The Kelvardin Constabulary said officers were aware of the protest. \"It has been peaceful "
     "and we have no plans to intervene,\" a spokesperson said.",
     "been peaceful", "Kelvardin Constabulary", "a spokesperson"),
    ("Tom Berg left the meeting early. \"We will appeal,\" a spokesman said.",
     "We will appeal", None, "a spokesman"),
    ("The Brennhaven Ministry of Humanitarian Affairs blamed the Brigades. Its statement was "
     "brief: “The responsibility lies entirely with the armed groups.”",
     "responsibility lies", "Brennhaven Ministry of Humanitarian Affairs", "Its"),
    ("Ada Roux met Tobias Renqvist, 19, from the mainland town of Halse, who said: “We were lucky "
     "to get out.”",
     "lucky to get out", "Tobias Renqvist", "Tobias Renqvist"),
    ("Her other son, Piet Haagen, was at work. Her son said she was “very frightened that night.”",
     "very frightened", None, "Her son"),
    ("“Someone did this on purpose.”\n\nThat was the message from residents to Fire Marshal Ottilie "
     "Kranz on Friday.",
     "on purpose", None, None),
    ("“Fine,” the mayor, who had been silent for most of that long and tiring evening, finally "
     "said.",
     "Fine", None, "the mayor"),
    ("“We fix roads,” the campaign slogan writer Mira Holt told the Courier.",
     "fix roads", "Mira Holt", "Mira Holt"),
    ("Ada Roux hired her lawyer, Tom Berg, in March. Her lawyer said the case was “a disgrace from "
     "start to finish.”",
     "a disgrace", "Tom Berg", "Her lawyer"),
    ("The interior minister, Dragos Peltane, did not respond to requests for comment.\n\nAmong those "
     "waiting was Samira, 34, a teacher from the border town of Ostrel. She asked that her family "
     "name not be published.\n\n“We left with what we could carry,” she said.",
     "what we could carry", "Samira", "she"),
    ("Dr. Karim Sekoune runs the ward. “We have no power after six,” he said.\n\nThe interpreter, a "
     "hospital administrator who asked to be identified only as Noura, added her own comment about "
     "the boy.\n\n“He does not sleep,” she said.",
     "does not sleep", "Noura", "she"),
    ("The leader of the opposition, Marta Kovell, was scathing. \"This budget is a fraud,\" she "
     "said.\n\nThe prime minister, Ivo Sand, shrugged. \"She would say that,\" he said.\n\n\"It is a "
     "fraud,\" the opposition leader repeated.",
     "It is a fraud", "Marta Kovell", "the opposition leader"),
    ("\"There never was an order to wait,\" said the base chief known as Bram, speaking publicly for "
     "the first time.",
     "There never was an order", "Bram", "Bram"),
    ("\"I have not slept,\" said a nurse identified only as Lise. \"Nobody has.\"",
     "Nobody has", "Lise", "Lise"),
    ("VOSSGRAD — Kestrava’s foreign ministry summoned the ambassador on Thursday.\n\n“We expect an "
     "explanation,” foreign ministry spokeswoman Lidia Marrowby told a regular briefing.\n\nAsked "
     "whether Kestrava would suspend its part in the talks, the spokeswoman declined to speculate. "
     "“I will not get ahead of the minister,” she said.\n\nA senior Kestravan official, speaking on "
     "condition of anonymity, said the incident had been discussed. “Nobody wants to walk away,” "
     "the official said.",
     "I will not get ahead", "Lidia Marrowby", "she"),
    ("Quorland's foreign minister, Petra Solberg-Ahn, told reporters the draft was \"eighty per "
     "cent of a deal.\" Her Belvarrean counterpart, Desmond Yarrow, put the figure lower.\n\nThe "
     "Sepran foreign minister, Ilse Marchetti, declined to give a number.\n\nQuorland wants an "
     "international mission. Belvarre insists on joint patrols.\n\nThe Belvarrean minister did not "
     "respond directly, but he told a later briefing: \"Sovereignty is not a committee.\"",
     "Sovereignty is not a committee", "Desmond Yarrow", "he"),
    ("Watchdog looks into Dunmere officers over arrest caught on video\n\nThe Independent Office for "
     "Policing Standards has opened an investigation into the conduct of three Dunmere police "
     "officers after a video showing a man being pinned to the ground outside a bakery was shared "
     "widely online.\n\nThe footage, which lasts about 90 seconds, shows the man, Tobiah Marchetty, "
     "23, lying face down on the pavement on Mill Lane while one officer kneels on his back. He "
     "can be heard saying \"I can't breathe, I'm not resisting\" several times.\n\n\"We have seen the "
     "footage and we understand why it has caused concern,\" the watchdog said in a statement on "
     "Friday. \"Our investigation will be thorough and independent.\"",
     "We have seen the footage", "Independent Office for Policing Standards", "the watchdog"),
    ("Her label, Blackwater Tide Records, described the album in a statement as \"a return to the "
     "roots.\"\n\nThe label said the album was selling fast. \"We wanted rooms where people could hear "
     "the chairs,\" a Blackwater Tide spokesman said.",
     "We wanted rooms where people", "Blackwater Tide Records", "a Blackwater Tide spokesman"),
    ("The charity Open Door Halloway welcomed the arrests. Sergeant Ola Brenn said the raids had "
     "been planned for months.\n\n\"Arrests take dealers off the street,\" the charity said in a "
     "statement.",
     "Arrests take dealers off", "Open Door Halloway", "the charity"),
    ("The Southern Growers' Cooperative said in a statement that prices were falling.\n\n\"The "
     "boundary of a province means nothing to a cloud,\" the cooperative said.",
     "The boundary of a province", "Southern Growers' Cooperative", "the cooperative"),
    ("Its president, Margit Solberg, called the ban absurd.\n\nCastellow's neighbour, potato farmer "
     "Ilse Rennick, was more measured.\n\n\"Nobody wants this pest on their land,\" she said.",
     "Nobody wants this pest", "Ilse Rennick", "she"),
    ("Conrad Ellingsby is on a visit overseas and was not available to comment.\n\nA second union "
     "officer, education officer Milo Farrant-Beck, disagreed. Asked whether the occupation had "
     "gone too far, he said: \"Graduations can be rescheduled.\"",
     "Graduations can be rescheduled", "Milo Farrant-Beck", "he"),
    ("Ada Roux, the defence minister of Pellor, said talks would go on. \"We are patient,\" she "
     "said.\n\nThe Drovanian defence ministry was more guarded. \"The return of our soldiers is a "
     "humanitarian matter,\" it said in a statement.",
     "The return of our soldiers", "Drovanian defence ministry", "it"),
    ("Halvard Rusk, its general secretary, wrote on social media: “Good first step. Now let us "
     "talk about class sizes.”\n\nThe Parents’ Council of Casterna, which represents parent "
     "associations at more than 900 schools, was more cautious. “Many parents want to reach their "
     "children,” it said in a statement.",
     "Many parents want to reach", "Parents’ Council of Casterna", "it"),
    ("Ada Loom praised the officers. \"Officers make split-second decisions,\" she said.\n\n\"Officers "
     "make split-second decisions in difficult circumstances, and the full picture matters\" - that "
     "was the view of the association's chairman, Brannock Tolliver.",
     "in difficult circumstances", "Brannock Tolliver", "Brannock Tolliver"),
    ("Benedek Ruhl, Castelmar's chief mediator, oversaw the exchange.\n\nThe mediator had a simpler "
     "summary for the reporters gathered at the crossing - \"Two hundred and fourteen families will "
     "sleep at home tonight.\"",
     "Two hundred and fourteen", "Benedek Ruhl", "The mediator"),
    ("The state-run Meteorological Office issued a red warning on Monday.\n\nThe Met Office’s advice "
     "to the public during the heat was blunt — “Drink water, stay in the shade and check on "
     "elderly neighbours.”",
     "Drink water, stay in the shade", "Met Office", "Met Office"),
    ("Oona Felgate coached the squad for twenty years.\n\nHer final message to the squad, sent from "
     "the hospice last week, was three lines long - \"Keep your shape. Mind the left side. Enjoy "
     "it.\"",
     "Keep your shape", "Oona Felgate", "Her"),
    ("Corvale Metropolitan Police appealed for help on Sunday.\n\nThe force's message on social "
     "media was blunt: “Have you seen Tilly? Call 101 now, day or night.”",
     "Have you seen Tilly", "Corvale Metropolitan Police", "The force"),
    ("Lidia Marrowby, the ministry spokeswoman, spoke first.\n\nMarrowby was blunt when a reporter "
     "suggested the incident had been exaggerated: “Our radar does not exaggerate.”",
     "Our radar does not exaggerate", "Lidia Marrowby", "Marrowby"),
    ("Benedek Orlo, the pianist, died on Sunday in Lorrin. He was 88.\n\nHis daughter, Klara "
     "Orlo-Wendt, said the cause was heart failure.\n\nParagraph 1 of his long career went on at the "
     "club.\n\nParagraph 2 of his long career went on at the club.\n\nParagraph 3 of his long career "
     "went on at the club.\n\nParagraph 4 of his long career went on at the club.\n\nParagraph 5 of "
     "his long career went on at the club.\n\nParagraph 6 of his long career went on at the "
     "club.\n\nParagraph 7 of his long career went on at the club.\n\nParagraph 8 of his long career "
     "went on at the club.\n\nParagraph 9 of his long career went on at the club.\n\nParagraph 10 of "
     "his long career went on at the club.\n\nParagraph 11 of his long career went on at the "
     "club.\n\nIn addition to his daughter, Orlo is survived by his second wife.\n\nThe memorial "
     "concert will be held on Saturday. “Bring your dancing shoes,” his daughter said.",
     "Bring your dancing shoes", "Klara Orlo-Wendt", "his daughter"),
    ("Rasmus Telling is survived by his wife and a daughter, Sigrun Abernach, a pediatrician.\n\n\"At "
     "home he was hopeless,\" his daughter said.",
     "At home he was hopeless", "Sigrun Abernach", "his daughter"),
    ("His death was confirmed by Joss Kettering, a fiddler who played beside him in the Quayside "
     "Band for 48 years.\n\nThe accordionist Henrik Falle called him a genius.\n\n“Every accordion "
     "player on this coast owes him a tune,” the fiddler said.",
     "Every accordion player", "Joss Kettering", "the fiddler"),
    ("A retired diplomat named Aurelio Stanthorpe held meetings of his own.\n\nStanthorpe, who "
     "served as Harnmoor’s ambassador to Quesset in the 1990s, said he had hosted nine "
     "meetings.\n\nThe talks went on. “Diplomacy is mostly waiting,” the former ambassador said.",
     "Diplomacy is mostly waiting", "Aurelio Stanthorpe", "the former ambassador"),
    ("Oona Felgate coached the team for twenty years. \"We will miss her,\" said Leni Stroud, who "
     "succeeded Oona Felgate as captain in 1985.\n\n\"She turned up with a flask of soup every week,\" "
     "the former captain said.",
     "She turned up with a flask", "Leni Stroud", "the former captain"),
    ("Maren Solvik plays a widowed beekeeper. The role won her the Golden Lantern at the festival "
     "in May, where one juror called her performance “quietly devastating.”\n\nTo prepare, she spent "
     "eight months learning the trade.\n\n“The bees don’t care that you’re in a movie,” she said.",
     "The bees don’t care", "Maren Solvik", "she"),
    ("The film's producer, Gideon Raske, and its executive producer, Mila Arden, declined to give "
     "the budget.\n\nRaske said the shoot had run long. The executive producer would say only that "
     "the money was \"all on the screen, every coin.\"",
     "all on the screen", "Mila Arden", "The executive producer"),
    ("“I’ve been on a stage since I was sixteen,” Vianne Castel told Dara Quillon. “I don’t know "
     "what I do on a Tuesday.”\n\nQuillon pressed her on what that meant. “Are we talking months? "
     "Years? Should I be worried?” the host asked.\n\n“You should be a little worried,” she replied, "
     "laughing.",
     "You should be a little worried", "Vianne Castel", "she"),
    ("Teodora Vasch, the architect, fought the council for decades.\n\nHer relations with City Hall "
     "have been worse. In a 1961 letter to her sister, Hedda, now held by the city archive, she "
     "described the city council as “eleven men who are afraid of a straight line.”",
     "eleven men who are afraid", "Teodora Vasch", "she"),
    ("Late frost leaves vineyards counting the cost\n\nSOLVERTON — At four o’clock on the morning of "
     "April 22, Benedetta Croy was walking between rows of young vines with a torch.\n\nThe reading "
     "was minus 3.5 degrees. “I knew then,” the winemaker said, “that we had lost most of the "
     "first buds.”\n\nOn the neighbouring estate, winemaker Adrian Solk lit candles between his "
     "rows.",
     "I knew then", "Benedetta Croy", "the winemaker"),
    ("Annika Thorsby, 58, was giving evidence at Vellmark High Court in the trial of Callum "
     "Ridderhof, 44, who denies murder.\n\nDefence counsel Tomas Brisk asked her about the "
     "debts.\n\n“I don’t know anything about that,” the witness said.",
     "I don’t know anything", "Annika Thorsby", "the witness"),
    ("Envoy says truce “within reach” as talks resume\n\nTREMMELBURG, Dalvoria — The United "
     "Concord’s special envoy for the Sarrow Valley conflict said on Tuesday that a ceasefire was "
     "“within reach,” as delegations returned to the table.\n\n“We are closer than we have been "
     "since the spring,” envoy Marguerite Osterfeld told reporters.",
     "within reach,", "Marguerite Osterfeld",
     "The United Concord’s special envoy for the Sarrow Valley conflict"),
    ("Oona Felgate, who coached the club to three titles, died on Sunday. She was 71.\n\nHer "
     "assistant for 22 years, Dermot Vask, succeeded her as head coach when she retired in 2011. "
     "He said she had been treated for cancer since the spring.\n\n\"She knew every player's mother's "
     "name,\" the coach said.",
     "She knew every player", "Dermot Vask", "the coach"),
    ("“We are not closing a church because we want to,” said the Rt. Rev. Matthias Quellworth, the "
     "bishop of Eastreach.",
     "We are not closing a church", "Matthias Quellworth", "Rev. Matthias Quellworth"),
    ("The church's rector, the Rev. Jonah Ellery-Sutch, said the parish welcomed the "
     "decision.\n\n\"People forget this started as a prayer,\" the rector said.",
     "People forget this started", "Jonah Ellery-Sutch", "the rector"),
    ("The president's office declined to comment. Deputy chief of staff Ilona Prett, asked about "
     "the endorsement at an unrelated event, said only: “Lukas is entitled to his opinion.”",
     "Lukas is entitled", "Ilona Prett", "Ilona Prett"),
    ("Dr. Ilse Gradwohl said vaccination rates had fallen for five years. She also warned parents "
     "against so-called “measles parties,” where children are deliberately exposed.\n\n“This is "
     "entirely preventable.”",
     "This is entirely preventable", "Ilse Gradwohl", "Dr. Ilse Gradwohl"),
    ("Rosquist's colleague, opposition member Dagny Freel from the island constituency of Tarrow "
     "Beg, broke with her party to vote for the bill. Her reasoning was blunt: the bridge “will "
     "not be built in my lifetime, and my constituents need to get to hospital now.”",
     "will not be built in my lifetime", "Dagny Freel", "Her"),
    ("Noor Vashti-Greer won the seat in March.\n\nHer party, the Civic Left, said in a post on "
     "social media that she had made “the whole movement proud.”\n\nHer first question is scheduled "
     "for next Wednesday. She has said only that it will be “about buses.”",
     "about buses", "Noor Vashti-Greer", "She"),
    ("Lunari Motors has announced the recall of about 200,000 Vela cars built between 2021 and "
     "2023.\n\nThe company said it was “acting out of an abundance of caution” and that no other "
     "models were affected.\n\n“Safety has always been, and will always be, the first priority at "
     "Lunari,” the company said.",
     "Safety has always been", "Lunari Motors", "the company"),
    ("Dario Fennimore, the Korrest United manager, dismissed it during her first season.\n\nHe has "
     "since changed his mind. “She made all of us look old-fashioned,” the Korrest coach said last "
     "month.",
     "She made all of us", "Dario Fennimore", "the Korrest coach"),
    ("Midfielder Juno Abernath, now the captain, stands at the centre of the "
     "photograph.\n\nAbernath, reached by phone, was characteristically brief. “She’s the boss and "
     "everyone knows it,” the captain said.",
     "She’s the boss", "Juno Abernath", "the captain"),
    ("Solveig Antarr, the transport minister, spoke first. \"We will fix it,\" she said.\n\nAnother "
     "passenger, retired teacher Hanne Vosskuhl, was less forgiving. \"They strike, the company "
     "shrugs, and we pay for tickets,\" she said.",
     "They strike, the company shrugs", "Hanne Vosskuhl", "she"),
    ("Ravensholm Rail named a new chief executive. Its chief executive — Anouk Brightwater-Sen — "
     "said: \"We understand why the regulator has acted.\"",
     "We understand why", "Anouk Brightwater-Sen", "Anouk Brightwater-Sen"),
    ("“I saw it, yes,” Cassia Dunmore said. “I should have checked.”\n\nRafe Illing, the more genial "
     "of the two hosts, then asked whether she had considered stepping down.\n\n“Every single day, "
     "honestly,” she replied.",
     "Every single day", "Cassia Dunmore", "she"),
    ("Ruth Abravanel-Stone started Common Table in 2019 with Imam Yusuf Hadrami-Kell and the Rev. "
     "Owen Bracegirdle. Bracegirdle has since moved to a parish in the north.\n\nThe imam puts the "
     "rise down to rents. “Families who used to give to us are now coming to us,” he said.",
     "Families who used to give", "Yusuf Hadrami-Kell", "he"),
    ("\"I trusted a developer who didn't deserve it,\" Ivo Strand said.\n\nTomas Bregovic's answer was "
     "shorter. \"I waited too long to run.\"",
     "I waited too long", "Tomas Bregovic", "Tomas Bregovic"),
    ("Dr. Harald Stoverud, a retired paediatrician who has campaigned against what he calls “state "
     "overreach” in public health, spoke at the meeting.",
     "state overreach", "Harald Stoverud", "he"),
    ("Last month the Ferrow Guide awarded Tidewrack its second star, praising what its inspectors "
     "called “cooking of almost reckless simplicity.”",
     "cooking of almost reckless", "Ferrow Guide", "its inspectors"),
    ("Dunmore Borough Council refused planning permission last year, citing parking and what its "
     "refusal notice called \"the loss of a locally valued facade.\"",
     "the loss of a locally valued", "Dunmore Borough Council", "its refusal notice"),
    ("For Nadia Castellane, a 19-year-old nursing student who has volunteered since she was 15, "
     "the appeal is personal — “my family used this food bank when I was little.”",
     "my family used this food bank", "Nadia Castellane", "Nadia Castellane"),
    ("The strike was called by the Transport and General Workers' Alliance (TGWA), which "
     "represents about 900 drivers. The union says the company's use of split shifts amounts to "
     "\"fourteen-hour days for eight hours' pay.\"",
     "fourteen-hour days", "Transport and General Workers' Alliance", "The union"),
    ("Noor Vashti-Greer gave her first speech on Tuesday. The record of proceedings shows she "
     "ended with a passage that several members later quoted back to her:\n\n“My grandfather used to "
     "say that a country is not its flag or its anthem.”",
     "My grandfather used to say", "Noor Vashti-Greer", "she"),
    ("Ada Roux closed with a line that the crowd later chanted back: “We stay, whatever they say.”",
     "We stay", "Ada Roux", "Ada Roux"),
    ("The solvent was made by Halvern-based Meridane Pharmaceuticals, which supplies "
     "hospitals.\n\nIn a separate statement, Meridane said it had \"suspended all use of the solvent "
     "in question.\"",
     "suspended all use", "Meridane Pharmaceuticals", "Meridane"),
    ("\"Carson is cratering,\" said Texas-based Matt Mackowiak, a strategist.",
     "Carson is cratering", "Matt Mackowiak", "Texas-based Matt Mackowiak"),
    ("About an hour later, the agency’s administrator, Beatrix Olumide, appeared before "
     "reporters.\n\n“We don’t know yet what happened,” the administrator said.",
     "We don’t know yet", "Beatrix Olumide", "the administrator"),
    ("The Velmar Orbital Telescope’s operator, the Oskarian Astronomy Consortium, said it had "
     "approved a request. “Independent confirmation is the standard we hold every team to,” the "
     "consortium said in a statement.",
     "Independent confirmation is", "Oskarian Astronomy Consortium", "the consortium"),
    ("The Oskarian National Space Administration lost contact with the lander on "
     "Saturday.\n\nGreylake Imaging said in a statement that its operators had received a warning. "
     "The company described the manoeuvre as “routine,” though it acknowledged the risk.",
     "routine", "Greylake Imaging", "The company"),
    ("The Norvalian Coast Guard sent three boats to the scene.\n\nForty-one people were rescued, the "
     "coast guard said in a statement, adding that the search would continue “for as long as there "
     "is a reasonable chance of finding survivors.”",
     "for as long as there is", "Norvalian Coast Guard", "the coast guard"),
    ("Nadia Fenwick-Oduya spoke to the families. “Tonight is very hard for them,” she said.\n\n“It "
     "is a bad night, not a bad programme” — that was how Horvath put it when asked about the "
     "future of the programme.",
     "It is a bad night", "Horvath", "Horvath"),
    ("For student Tamsin Veldhoen, 19, the answer is simple - \"I just don't buy the things I used "
     "to.\"",
     "I just don't buy", "Tamsin Veldhoen", "Tamsin Veldhoen"),
    ("Councillor Ingrid Salomonsen-Hale defended the list. \"We are doing what we can,\" she "
     "said.\n\nAmong those waiting is Elowen Thackery, 29, who lives with her two sons in one "
     "room.\n\n“The boys share the bedroom and I sleep on the sofa,” she said.",
     "The boys share the bedroom", "Elowen Thackery", "she"),
    ("The minister, Rudolf Kessing-Bray, announced the plan on Monday. The minister's deputy, "
     "State Secretary Lotte Venhaus, will run the new hubs.\n\n“Nobody should mistake speed for "
     "harshness,” the minister added later.",
     "Nobody should mistake speed", "Rudolf Kessing-Bray", "the minister"),
    ("Nadeya Farouzi, 38, arrived at the camp in March with her two sons.\n\n“There are eleven in "
     "the morning and fourteen at night,” the 38-year-old former schoolteacher said on Tuesday.",
     "There are eleven", "Nadeya Farouzi", "the 38-year-old former schoolteacher"),
    ("Mortgage broker Cordelia Amsel, of the Ostervale firm Keystone & Amsel, said rates would "
     "rise.\n\n“I had a man in my office last week who was in tears,” the broker said.",
     "I had a man in my office", "Cordelia Amsel", "the broker"),
    ("Navid Sarkhani, 17, arrived in the village last year. Birgit Sandvoll's husband had said "
     "little during the two-hour interview.\n\n\"He is ours now,\" he said, as Navid went out to feed "
     "the chickens.",
     "He is ours now", None, "he"),
    ("Navid Sarkhani fled in 2022. He keeps one thing from home on his phone: a message from his "
     "mother, Shirin, sent the night he left. \"Be polite, eat properly, and do not trust anyone "
     "who is in a hurry.\"",
     "Be polite, eat properly", "Shirin Sarkhani", "Shirin"),
    ("The claimant's lawyer, Benedikt Aramsson, said the man faced death if returned. The Interior "
     "Ministry's counsel, Philippa Grauwe, had argued that the threat was old.\n\nAt that hearing, "
     "the ministry's lawyer told the court: “There is no evidence before this court that anyone is "
     "looking for this man.”",
     "There is no evidence", "Philippa Grauwe", "the ministry's lawyer"),
    ("Engineers at the Oskarian National Space Administration lost contact with the lander on "
     "Saturday.\n\n“Landing on the moon is brutally hard,” said Joost Amadi, a lunar geologist at "
     "the University of Ketterholm.\n\nThe agency said in a statement late Saturday that it would "
     "convene a review board. “We owe that to the public,” the statement said.",
     "We owe that to the public", "Oskarian National Space Administration", "the statement"),
    ("The flight, which lasted eleven minutes, was commanded by Yusuf Brannagh, a former air force "
     "pilot.\n\nThe capsule landed at dawn. “That was the shortest and the longest eleven minutes of "
     "my life,” the commander said.",
     "That was the shortest", "Yusuf Brannagh", "the commander"),
    ("His mother, Ines Venn, gave up shifts to drive him. “We’re managing,” she said.\n\n"
     "Samuel’s father, Oskar Venn, drives lorries at night. “It is a budget decision,” he "
     "said.\n\nThe council’s cabinet member for education, Councillor Tobiah Merrow, apologised on "
     "Wednesday.\n\n“We got this wrong,” he said. “Families should never have been put in this "
     "position.”\n\nHe said all children would have transport and blamed what he called “a "
     "serious failure of planning.”",
     "a serious failure", "Tobiah Merrow", "he"),
    ("Judge Anna Ferro said the hearing had been long. “It was hard on everyone,” she said.\n\nThe "
     "observer, Corporal Idun Stavne, testified that she had shouted “check fire, check fire” "
     "three times.",
     "check fire", "Idun Stavne", "she"),
    ("No one was hurt. Private First Class Maren Tolle, 23, was driving the lead vehicle. “You "
     "hear it before you understand it,” she said.",
     "You hear it", "Maren Tolle", "she"),
    ("Judge Anna Ferro said the hearing had been long. “It was hard on everyone,” she "
     "said.\n\nJonah's partner, Sunniva Orsk, did not attend the hearing. In a written statement "
     "read to the court, she said: \"I don't hate him.\"",
     "I don't hate him", "Sunniva Orsk", "she"),
    ("Coroner Anna Ferro said the evidence was clear. “He was failed,” she said.\n\nMr Perrin’s "
     "mother, Ragna Perrin, wept as the findings were read. Speaking outside court, she said the "
     "family had waited two years.\n\n“Lukas was not a criminal,” she said.",
     "Lukas was not a criminal", "Ragna Perrin", "she"),
    ("Major Aurel Vintermoor said patrols had doubled. “The trend is good,” he said.\n\nHis "
     "counterpart in the Kadrunian border guard, Lieutenant Colonel Simeon Raskell, was more "
     "guarded. Asked whether the ceasefire would hold, he said: \"That is a question for "
     "politicians.\"",
     "That is a question", "Simeon Raskell", "he"),
    ("Nurse Anna Ferro said the ward was short-staffed. “We did our best,” she said.\n\nEarlier in "
     "the day, the jury heard from a care assistant, Lotte Vinsgaard, who worked the night shift "
     "before the patient died.\n\nShe said she had told the doctor twice that the patient was "
     "“burning up.”",
     "burning up", "Lotte Vinsgaard", "she"),
    ("Tram services resumed on Monday.\n\nThe city’s deputy mayor for transport, Ottoline Brackwell, "
     "said an audit of the network would be commissioned.\n\n“Every metre of rail will be checked,” "
     "said the deputy mayor.",
     "Every metre of rail", "Ottoline Brackwell", "the deputy mayor"),
    ("Forensic pathologist Dr Ilse Marrow said the infection had spread. “These are not subtle "
     "signs,” Dr Marrow said.\n\nBut a second expert disputed that timeline. Dr Oren Feld, a "
     "consultant geriatrician, said infections could progress quickly.\n\n“I have seen patients who "
     "were chatting at lunchtime and critically ill by the evening,” the doctor told the jury.",
     "I have seen patients", "Oren Feld", "the doctor"),
    ("Caldermoss head coach Bryn Holdane praised his pack. “This was a forwards' win,” Holdane "
     "said.\n\nTollan Bay director of rugby Anselm Krooke was left to rue the decision. “We conceded "
     "10 points,” Krooke said.\n\n“We'll be back, don't worry,” the Tollan Bay boss said as he left.",
     "We'll be back", "Anselm Krooke", "the Tollan Bay boss"),
    ("Blackwater Kestrels won by four wickets on Thursday, all-rounder Yusuf Arlenby smashing 58 "
     "not out from 29 balls.\n\n“I just told myself to watch the ball,” said the all-rounder.",
     "I just told myself", "Yusuf Arlenby", "the all-rounder"),
    ("Generals clash over delayed Stormlance air defence system\n\nMajor General Corwin Ashby, the "
     "head of the Defence Procurement Agency, said the system was on track. “It works as "
     "designed,” Ashby said.\n\n“We were promised twelve batteries,” said Lieutenant General Petra "
     "Vanderhoek, who commands the country’s air and missile defence forces.\n\nStormlance, built by "
     "the contractor Aldmere Dynamics, was ordered in 2019.\n\nAsked whether the agency had ignored "
     "warnings, Ashby replied: “We listened to every warning.”\n\nThe air defence commander shook "
     "her head as he spoke. When her turn came, she said crews had flagged faults.\n\n“Those reports "
     "exist,” she said.\n\n",
     "Those reports exist", "Petra Vanderhoek", "she"),
    ("Another campaigner, Yolanda Fitchett, lives 300 metres from the boundary. \"We have a bake "
     "sale,\" she said.\n\nShe described a letter she had received from Thornmoor Aggregates offering "
     "to buy her house. The letter, she said, promised a \"fair market valuation.\"\n\n\"Disregarding "
     "it,\" she said.\n",
     "Disregarding it", "Yolanda Fitchett", "she"),
    ("Major General Corwin Ashby, the head of the Defence Procurement Agency, said the system was on "
     "track. “It works as designed,” Ashby said.\n\nCommittee chairman Henrik Mallow thanked him. “We "
     "will return to this,” he said.\n\nThe procurement chief said he would reply. “You will have it "
     "in two weeks,” he said.",
     "You will have it", "Corwin Ashby", "he"),
    ("The board of Torvane Holdings on Friday unanimously rejected a hostile offer from a rival, "
     "calling the bid “opportunistic.”",
     "opportunistic", "Torvane Holdings", "The board of Torvane Holdings"),
    ("Halvern Retail posted a record profit. Halvern’s board said in a statement that the results "
     "showed “the strength of a business that puts customers first.”",
     "the strength of a business", "Halvern Retail", "Halvern’s board"),
    ("The army is short of 4,100 soldiers. A report by the Defence Audit Office last spring "
     "described the shortfall as “the most serious structural weakness in the force.”",
     "the most serious structural", "Defence Audit Office", "Defence Audit Office"),
    ("“Everyone told us it could not be done,” said Hal Dunmore, who started the collective with "
     "his sister, Wren, four years ago.\n\nWren Dunmore, a soil scientist, handles the "
     "drainage.\n\n“People see the tomatoes,” Wren said.\n\n“We need rain,” Ms Dunmore said.",
     "People see the tomatoes", "Wren Dunmore", "Wren"),
    ("“Everyone told us it could not be done,” said Hal Dunmore, who started the collective with "
     "his sister, Wren, four years ago.\n\nWren Dunmore, a soil scientist, handles the "
     "drainage.\n\n“People see the tomatoes,” Wren said.\n\n“We need rain,” Ms Dunmore said.",
     "We need rain", "Wren Dunmore", "Ms Dunmore"),
    ("Two of the strikers are siblings: Ruth Sandell, who teaches Year 4, and her brother Pavel "
     "Sandell, a music teacher.\n\n“I love this job,” Ruth Sandell said. “I just can’t afford to "
     "keep doing it.”\n\nHer brother was blunter. “Every year they promise us the money is coming,” "
     "he said.",
     "Every year they promise", "Pavel Sandell", "he"),
    ("HALLENVIK (Northwire) — An 87-year-old care home resident died from an infection that would "
     "have been “easily treatable” if staff had called a doctor even a day earlier, a pathologist "
     "told a manslaughter trial on Thursday.\n\nForensic pathologist Dr Ilka Marsten, called by the "
     "prosecution, said the infection had spread to the blood.",
     "easily treatable", "Ilka Marsten", "a pathologist"),
    ("The feud is, according to the chair of the village tourism committee, Ansel Greave, “the "
     "best thing that ever happened to Dunmarrow.”",
     "the best thing", "Ansel Greave", "Ansel Greave"),
    ("LISK VALE — The Local Government Ombudsman of Ostrevia has opened an investigation into the "
     "mayor.\n\nThe complaint to the ombudsman was lodged by a residents' group.\n\nThe ombudsman’s "
     "office said in a short notice that it expected to report “within six months.”",
     "within six months", "Local Government Ombudsman of Ostrevia", "The ombudsman’s office"),
    ("FERROWICK, Caldonia — Ferrowick Rovers beat Bellmere 4-0 on Sunday in the Caldonian "
     "Cup.\n\nAsked about a call-up to the Caldonia squad, striker Tamsin Orrowby laughed.\n\nThe club "
     "confirmed on Sunday evening that it had applied for more tickets: “Demand has been "
     "extraordinary.”",
     "Demand has been", "Ferrowick Rovers", "The club"),
    ("The Drexley Rovers Trust, the club’s main supporters’ group, issued a statement after the "
     "final whistle calling recent performances “unacceptable at every level of the club” and "
     "demanding a meeting with the board.",
     "unacceptable at every level", "Drexley Rovers Trust", "Drexley Rovers Trust"),
    ("Ruth Kessing said the spill was a disaster. “It is everywhere,” she said.\n\nTempers were "
     "frayed on the quay. “They sail these old tankers past our doorstep because it's cheaper,” "
     "one fisherman — who asked not to be named for fear of losing work — shouted at a visiting "
     "official.",
     "They sail these old tankers", None, "one fisherman"),
    ("Aled Korrin lost the vote by four. Outside the town hall afterwards he was defiant — \"This "
     "isn't over. We will look at every legal option we have.\"",
     "This isn't over", "Aled Korrin", "he"),
    ("Tessaline spokeswoman Annika Roue said the crew had followed all safety procedures. A coast "
     "guard spokeswoman said the ship was late.\n\nAsked about the coast guard's account, the "
     "Tessaline spokeswoman declined to comment on “any matter under investigation.”",
     "any matter under", "Annika Roue", "the Tessaline spokeswoman"),
    ("Countess’s memoir lifts the lid on palace childhood\n\nMarit Dellacourt, Countess of "
     "Harrowfeld, a cousin of the king, has written a memoir.\n\nIn an interview at her home, the "
     "countess, 68, said she had waited until her parents died. “I didn’t want to hurt anyone,” "
     "she said.\n\nLady Harrowfeld describes being raised by nannies.\n\n“She was the only adult who "
     "ever asked me what I thought,” she writes.",
     "She was the only adult", "Marit Dellacourt", "she"),
    ("Countess’s memoir lifts the lid on palace childhood\n\nMarit Dellacourt, Countess of "
     "Harrowfeld, a cousin of the king, has written a memoir.\n\nIn an interview at her home, the "
     "countess, 68, said she had waited until her parents died. “I didn’t want to hurt anyone,” "
     "she said.\n\nLady Harrowfeld describes being raised by nannies.\n\n“She was the only adult who "
     "ever asked me what I thought,” she writes.",
     "I didn’t want to hurt", "Marit Dellacourt", "she"),
    ("VESSMOOR (Wire) — Crown Prince Teodric of Caldrenia is engaged to Ysolde Marrack, Sarn "
     "Palace announced on Tuesday.\n\n“Their Majesties are delighted to announce the engagement of "
     "their eldest son,” the palace said in a statement.",
     "Their Majesties are delighted", "Sarn Palace", "the palace"),
    ("VESSMOOR — King Aurel IV of Caldrenia marked the 25th anniversary of his accession on "
     "Sunday.\n\nSpeaking from the Throne Room, the 71-year-old monarch recalled the day he "
     "succeeded his father, King Lothar III, in 2000.\n\n“I was younger then than my son is now,” "
     "the king said.",
     "I was younger then", "Aurel IV", "the king"),
    ("Analyst Oskar Vellranda said the device was overpriced. “Nobody needs it,” he said.\n\nAnother "
     "analyst, Ruben Achterwold of the brokerage Stellan & Hove, was more upbeat. The device, he "
     "said, “solves a problem people actually have.”",
     "solves a problem", "Ruben Achterwold", "he"),
    ("Ferdia Coyle directed the play. “It is long,” he said.\n\nHer counterpart at the Evening Lamp, "
     "Basil Ormsby, was less forgiving. \"Bravery is not a substitute for a second act,\" he wrote.",
     "Bravery is not", "Basil Ormsby", "he"),
    ("Anna Brekke said the market was tough. “It is hard,” she said.\n\nThe keynote was given by Mirja "
     "Holtgrave, founder of the software company Ledgerwynd. “Profit is what keeps you free,” Holtgrave "
     "told the hall.\n\nLedgerwynd, which Holtgrave started in 2012 with two friends from university, "
     "has been profitable since its third year.\n\n\"I was once told my company was too sensible to be "
     "interesting,\" she said.",
     "I was once told", "Mirja Holtgrave", "she"),
    ("Veldmark’s governing National Unity Party denied the claim on Monday.\n\nNational Unity said "
     "in a separate statement: “The party regrets the language used.”",
     "The party regrets", "National Unity Party", "National Unity"),
    ("The debate was moderated by veteran anchor Coralie Mbendaro. Rell and Vik spoke over each "
     "other for most of the hour.\n\nAt one point the moderator said simply, “One at a time, "
     "please.”",
     "One at a time", "Coralie Mbendaro", "the moderator"),
    ("His wife, Marisol, said she had grabbed only the passports.\n\n“We just keep telling the kids "
     "it’s an adventure,” said another evacuee, Petra Lindqvar, a nurse at the regional hospital "
     "in Oskmere.",
     "We just keep telling", "Petra Lindqvar", "Petra Lindqvar"),
    ("The ferry capsized in the bay on Tuesday, a spokesman said.\n\n“She was always the one who "
     "looked after everybody else.”\n\nThat was how Marta Quennell described her sister, Ysolde "
     "Brask, 52, who died in the accident.",
     "She was always the one", "Marta Quennell", "Marta Quennell"),
    ("Basketry’s largest shareholder, the growth fund Pemberly & Vost, led a round in the company "
     "in 2022. A spokeswoman for the fund said it “continues to fully support the management "
     "team.”",
     "continues to fully support", "Pemberly & Vost", "A spokeswoman for the fund"),
    ("Finance director Lucan Threlfield said the company expected profit at the upper end of its "
     "range.\n\nHe cautioned, however, that wage costs would rise sharply next year after the "
     "government lifted the minimum wage. “We support the increase. Our colleagues deserve it.”",
     "We support the increase", "Lucan Threlfield", "He"),
    ("Gunnar Stavholt has largely ignored his challenger. His only public reference to her came in "
     "a post on social media last month: “Experience matters. The harbour is not a training "
     "ground.”",
     "Experience matters", "Gunnar Stavholt", "His"),
    ("Casimir Vell asked whether her childhood had been boring. Odile Ferrant smiled. Ferrant's "
     "reply drew the loudest applause of the afternoon — \"My childhood was not boring, Casimir. It "
     "was simply true.\"",
     "My childhood was not boring", "Odile Ferrant", "Ferrant"),
    ("Annika Stroud defended the marina. “It is good for the town,” she said.\n\nOne resident of "
     "Millrace Lane said she had been offered a free berth. She asked not to be named because, she "
     "said, “it is a small town and I have to live here.”",
     "it is a small town", None, "she"),
    ("Lorcan Ashby-Tull makes the pies. “We use butter,” he said.\n\nHis father, he said, learned "
     "the recipe from a neighbour “with her full blessing, in writing.”\n\n“I have the letter,” he "
     "said.",
     "I have the letter", "Lorcan Ashby-Tull", "he"),
    ("Odile Fenwarren runs the shop. “We sell both,” she said.\n\n“It’s the best cheese in the "
     "valley, and that is not an argument.” That is the verdict of Mirela Stanchev-Oyle, who runs "
     "the market stall. She said customers divide almost evenly.\n\n“Tourists buy whichever one is "
     "nearer the till,” she said.",
     "Tourists buy whichever", "Mirela Stanchev-Oyle", "she"),
    ("Director Tobiah Marsh remembered the playwright fondly. “He was kind,” Marsh said.\n\nIngrid "
     "Holm, who acted opposite him, called him “a gentle tyrant.”\n\nKeel continued to attend "
     "rehearsals well into his eighties, the director said.\n\n“He’d sit in the back row with a "
     "flask of tea and say nothing.”",
     "He’d sit in the back row", "Tobiah Marsh", "the director"),
    ("Judge Orla Vesterling of the Tessmark District Court wrote that the residents had offered "
     "“more than enough evidence” to let a jury decide.",
     "more than enough evidence", "Orla Vesterling", "Judge Orla Vesterling"),
    ("Marek Tallowbrook represents the landlord. He said the tenants’ association had rejected "
     "relocation offers “without reading them.”",
     "without reading them", "Marek Tallowbrook", "He"),
    ("Justice Mireille Ostberg said the Immigration Appeals Board had dismissed a letter submitted "
     "by the man as “of little weight” without explaining why.",
     "of little weight", "Immigration Appeals Board", "Immigration Appeals Board"),
    ("“You get a little beep on your scanner if you stand still for more than ninety "
     "seconds.”\n\nThat is how Nell Cordwainer describes a typical shift at the Parcelgrove "
     "fulfilment centre.",
     "You get a little beep", "Nell Cordwainer", "Nell Cordwainer"),
    ("HOLLISFIELD, Vantria (Wirenews) — Brannock Teal, who led the Hollisfield Harriers for two "
     "decades, has died aged 84.\n\nThe club announced his death in a brief statement, saying Teal "
     "had died “peacefully, at home, with his family around him.”",
     "peacefully, at home", "Hollisfield Harriers", "The club"),
    ("Radio Calder announced her death on Tuesday morning, interrupting its regular programming to "
     "do so.\n\n“It is with enormous sadness that we share the news,” the station said.",
     "It is with enormous sadness", "Radio Calder", "the station"),
    ("Fans gathered outside the ground on Sunday.\n\n“We just want him to stay,” said the fan, who "
     "gave his name only as Rudi. “Everybody is fed up with the drama.”",
     "We just want him", "Rudi", "Rudi"),
    ("Teachers have been striking for a week, the Guild's president, Piers Gannaway, "
     "said.\n\nGannaway said the Guild had written to Prime Minister Hadrian Coile last month asking "
     "him to intervene personally. \"We have had no reply,\" he said.",
     "We have had no reply", "Piers Gannaway", "he"),
    ("The Veskarian Chamber of Industry urged the government to step in. “The port is a national "
     "asset, not a bargaining chip,” the chamber said in a statement, adding that exporters of "
     "timber and frozen fish would be hit first.\n\nLabour Minister Petra Solwin, who has so far "
     "declined to comment on the dispute, is due to meet Venneby and other union leaders on "
     "Wednesday.\n\nOn the picket line at Gate 4, crane operator Jens Hallorby, 52, said he had "
     "worked at the port for 27 years.\n\n“My father worked these docks. I want my son to be able to "
     "do the same if he wants to,” he said. “That’s what this is about — not the money, not "
     "really.”\n\nAnother striker, who gave only her first name, Ilka, held a hand-painted placard "
     "reading “Ports Need People.”\n\n“We’ll stay out as long as it takes,” she said. “They can "
     "bring in all the robots they like. Robots don’t unload a reefer ship in a storm.”",
     "We’ll stay out", "Ilka", "she"),
    ("Oswin Marlgrave died on Sunday, according to his son, Fen Marlgrave. He was 91.\n\nColleague "
     "Ada Roe said he was tireless. “He never stopped,” she said.\n\nHis son said his father kept "
     "working until the final weeks of his life. “He was arguing with a journal reviewer in "
     "August,” he said.",
     "He was arguing", "Fen Marlgrave", "he"),
    ("Bartholomew Quaile said he had raised concerns in August. His summary of the response was "
     "brief: “Nobody wanted to hear it in September.”",
     "Nobody wanted to hear", "Bartholomew Quaile", "His"),
    ("Lawyer Tobias Quennell said the ruling was historic. “It is a good day,” he said.\n\nOne of "
     "the named plaintiffs, Jaro Vintillo, drove for Quillo for four years. He testified about his "
     "pay.\n\nIn an interview after the ruling, he described the work: “You sit in the car with the "
     "app open.”",
     "You sit in the car", "Jaro Vintillo", "he"),
    ("Staff were “exhausted” on what Ada Roux called the worst night of the year.",
     "exhausted", "Ada Roux", "Ada Roux"),
    ("Finance Minister Ada Roux presented the budget. “It balances,” the Finance Minister said.",
     "It balances", "Ada Roux", "the Finance Minister"),
    ("“No comment,” said Duke.",
     "No comment", "Duke", "Duke"),
    ("The Family Court of Velmark ruled on Monday. “We are relieved,” the family said.",
     "We are relieved", None, "the family"),
    ("Dr. Ada Roux, an economist at the central bank, spoke first. Later a man was hurt. “It was "
     "chaos,” the doctor said.",
     "It was chaos", None, "the doctor"),
    ("Tomas Berg drowned in the harbour in 2019. The widow of Tomas Berg said the inquiry was “a "
     "whitewash.”",
     "a whitewash", None, "The widow of Tomas Berg"),
    ("The agent of Sallowmere Town midfielder Ossian Drevik has accused the club’s chief executive "
     "of “deliberately misleading” supporters.",
     "deliberately misleading", None, "The agent of Sallowmere Town midfielder Ossian Drevik"),
    ("Minister Clea Wendholt has not spoken since. Her only public comment this week — “We are "
     "working as fast as the law allows” — was posted on the ministry’s account.",
     "We are working as fast", "Clea Wendholt", "Her"),
    ("The university's vice-chancellor, Professor Corwin Vreeland, said the rise was "
     "needed.\n\n\"Nobody here wants to charge students more,\" the vice-chancellor said.",
     "Nobody here wants", "Corwin Vreeland", "the vice-chancellor"),
    ("The Veskarian Meteorological Service said in a bulletin that Orla was strengthening. “Rapid "
     "intensification is likely over the next 12 hours,” the bulletin said.",
     "Rapid intensification", "Veskarian Meteorological Service", "the bulletin"),
    ("The Tamsbury Volunteer Fire Brigade said it had carried out 23 rescues overnight. “Most of "
     "them were drivers who tried to cross a flooded road,” the brigade said.",
     "Most of them were drivers", "Tamsbury Volunteer Fire Brigade", "the brigade"),
    ("The Marrowby Parents’ Forum said in a statement that it “stands with teachers” in the "
     "dispute.",
     "stands with teachers", "Marrowby Parents’ Forum", "Marrowby Parents’ Forum"),
    ("“We never stopped praying for its return,” said the abbot, the Venerable Kovida Ranelle. "
     "“Some people told us it was gone forever.”",
     "Some people told us", "Kovida Ranelle", "Venerable Kovida Ranelle"),
    ("Bishop Anselm Varrick announced the merger on Sunday. The parish priest, the Rev. Declan "
     "Ostrow, has been more cautious. He said he understood the anger but would “go where the "
     "bishop sends me.”",
     "go where the bishop", "Declan Ostrow", "He"),
    ("The abbot was away in the capital. Inside the shrine hall, the monastery’s deputy abbot, the "
     "Venerable Pemba Tollivar, led a ceremony. “We resisted for many years,” the deputy abbot "
     "said.",
     "We resisted", "Pemba Tollivar", "the deputy abbot"),
    ("The Skerran Coastguard said the crew were safe. The ship's owner, Corran Maritime, said in a "
     "statement that it was \"working closely with the authorities.\" Two tugs were sent from "
     "Dunmarch.\n\n\"Our first concern is the safety of the crew,\" the company said.",
     "Our first concern", "Corran Maritime", "the company"),
    ("Brisa's harbourmaster, Kasimir Lund, has run the port for 16 years.\n\n\"Thirty years ago we "
     "had timber ships tied up three deep,\" the harbourmaster said.",
     "Thirty years ago", "Kasimir Lund", "the harbourmaster"),
    ("The man who trained her, Tomas Vinter, drove cranes for 30 years. He died in 2015, but she "
     "still quotes him in the cab. \"A crane is just a very tall spoon,\" he used to tell her.",
     "A crane is just", "Tomas Vinter", "he"),
    ("Esterland and Calvria traded threats on Friday.\n\nCalvria’s trade minister, Yelena Marchetti, "
     "said her government would impose a duty on Esterlander salmon.\n\nHours later, her Esterlander "
     "counterpart, Trade Minister Jonas Felber, rejected what he described as an ultimatum. “Esterland "
     "does not negotiate with a gun to its head,” said Felber.\n\n“Our mills compete on quality,” the "
     "Calvrian minister said later.",
     "Our mills compete", "Yelena Marchetti", "the Calvrian minister"),
    ("The Office of the Data Commissioner fined Lumora on Tuesday. In a 112-page decision, the "
     "Office of the Data Commissioner said Lumora had “systematically disregarded” the consent "
     "rules.",
     "systematically disregarded", "Office of the Data Commissioner", "Office of the Data Commissioner"),
    ("Bettany Croal runs the patients' group Clearline. Croal said her group had received 400 "
     "calls. She urged Medivo to contact each patient rather than relying on what she called a "
     "“buried notice on a website.”",
     "buried notice", "Bettany Croal", "she"),
    ("Varrone said the bill would pass in the autumn.\n\nAsked whether the government would back "
     "down if the largest platforms threatened to withdraw from Meraun, he was blunt: “They won’t "
     "leave. This market is far too valuable to them.”",
     "They won’t leave", "Varrone", "he"),
    ("Yusuf Brennagh, an economist at the Pellorian Institute, said the numbers added up — “just "
     "barely.”",
     "just barely", "Yusuf Brennagh", "Yusuf Brennagh"),
    ("Governor Maelis Corbrandt had hinted that the bank was losing patience.\n\nAnother deputy "
     "governor, Priya Thandrelle, struck a different tone, saying the fall was “largely a story "
     "about the mark.”\n\n“Using rates to defend the lirrin would be like burning the house down,” "
     "the governor said.",
     "Using rates", "Maelis Corbrandt", "the governor"),
    ("A law forcing telecom operators to store call records is \"the most sweeping surveillance "
     "measure in our history,\" the lawyer leading a challenge against it told the Constitutional "
     "Court on Monday.",
     "most sweeping", None, "the lawyer leading a challenge against it"),
    ("“We are not the villains here.” That was the response of Quenmoor Mutual’s head of "
     "underwriting, Ignatius Ferrowby, when asked about the decision.",
     "not the villains", "Ignatius Ferrowby", "Ignatius Ferrowby"),
    ("Forecaster Tomas Abernath said the warning went out early. Abernath’s colleague Ingrid "
     "Solvay-Marr, the office’s warning coordination meteorologist, said the 11 minutes were "
     "“about as good as the science allows” for such a storm.",
     "about as good", "Ingrid Solvay-Marr", "Ingrid Solvay-Marr"),
    ("“We spent two summers hauling water,” Skelling said.\n\nOn the Station Road bridge, one of the "
     "few left standing, a woman who declined to give her name watched the current carry away a "
     "garden shed. “That’s the third shed this year,” she said.",
     "third shed", None, "she"),
    ("Bishop Cyprian Ollendorf voted against the motion. Ollendorf, meanwhile, left quickly. Asked "
     "whether he would attend the next synod, the bishop shook his head: “Ask me in a year.”",
     "Ask me in a year", "Cyprian Ollendorf", "the bishop"),
    ("Imam Tariq Ollanby will watch the sky on Thursday evening. “If we see it, we see it,” he "
     "said. “If not, Friday. Either way, Eid Mubarak.”",
     "If not, Friday", "Tariq Ollanby", "he"),
    ("“I put it in writing,” Thorold told the program’s host, Moira Castellane.\n\nThe donor, the "
     "shipping executive Hollis Grange-Ambers, gave the maximum amount. He was charged last month "
     "with bribery.\n\nCastellane asked Thorold what, specifically, he had warned about.\n\n“That the "
     "money in his companies did not add up,” he said.",
     "money in his companies", "Thorold", "he"),
    ("Olena Varshak waited outside the gates for her son, Pavel Varshak, a 24-year-old "
     "marine.\n\nWhen he emerged from the bus, thin and wearing a borrowed jacket, her son said "
     "little. “I want to see my grandmother,” he said.",
     "see my grandmother", "Pavel Varshak", "he"),
    ("A spokesman for the Housing Ministry, Osric Vellacourt, said later that the minister “stands "
     "by every figure he gave the committee.”",
     "stands by every figure", "Osric Vellacourt", "Osric Vellacourt"),
    ("A former senior aide to Senator Lavinia Pruett-Vale said on Tuesday that his warnings were "
     "“waved away every single time.”",
     "waved away", None, "A former senior aide to Senator Lavinia Pruett-Vale"),
    ("The Aldmere Collider Laboratory struck a cautious note. “Statistical fluctuations are a "
     "likely explanation,” the laboratory said.",
     "Statistical fluctuations", "Aldmere Collider Laboratory", "the laboratory"),
    ("Pilot insisted he was “perfectly fine to fly,” trial hears\n\nA Merrovian airline captain told "
     "his first officer he was fine minutes before he was stopped by police. The pilot denies the "
     "charge.",
     "perfectly fine to fly", None, "Pilot"),
    ("Another astronomer, Dr. Olu Brennick of Sallow Bay University, was harsher. He said the "
     "analysis \"leans very hard on twelve nights.\"\n\n\"If you have 212 nights, show me all 212 "
     "nights,\" the astronomer said.",
     "If you have 212 nights", "Olu Brennick", "the astronomer"),
    ("Renata Lisowicz-Hale, who worked in the procurement directorate for nine years, testified "
     "for four hours. The subcommittee chairwoman, Hesper Vollmar, pressed her on the dates.\n\n“I "
     "believe so, yes,” the witness said.",
     "I believe so", "Renata Lisowicz-Hale", "the witness"),
    ("Chair Hesper Vollmar listened in silence. Vollmar’s assessment at the end of the session was "
     "blunt — “This is the most serious allegation this subcommittee has heard.”",
     "most serious allegation", "Hesper Vollmar", "Vollmar"),
    ("The seller, Northwell Residential, confirmed the agreement. \"We are pleased to have reached "
     "a fair settlement,\" a company spokeswoman said.",
     "We are pleased", "Northwell Residential", "a company spokeswoman"),
    ("Brovik cut its prices on Monday. A spokeswoman for the Hemmark chain said it had “no plans” "
     "to change its own prices.",
     "no plans", "Hemmark", "A spokeswoman for the Hemmark chain"),
    ("The Norvessian Minor Bodies Office said it would watch the asteroid. “Objects of this size "
     "are monitored,” a spokeswoman for the office said in an email.",
     "Objects of this size", "Norvessian Minor Bodies Office", "a spokeswoman for the office"),
    ("Annika Feldstrom, the co-operative’s chief executive, said milk prices had fallen. Greet "
     "Ollander, a farmer, said she was worried. “We cannot go on,” Ollander said.\n\nBut the chief "
     "executive was blunt about the outlook. “I would be lying if I said I expected prices to "
     "recover,” she said.",
     "I would be lying", "Annika Feldstrom", "she"),
    ("Rafe Dunmore, the singer, is suing his former manager, Vincent Ostrander. Ostrander denies "
     "wrongdoing.\n\nGiving evidence in a grey suit and dark glasses, the singer described the "
     "moment he found the shortfall. “I rang my bank to buy a car,” he said.",
     "I rang my bank", "Rafe Dunmore", "he"),
    ("Castellan Homes said it remained “fully committed” to the scheme. Its chief executive, "
     "Rupert Lisle, did not attend Monday’s council meeting.\n\nIt added: “We want to see Ferrow "
     "Park built, and built well.”",
     "We want to see", "Castellan Homes", "It"),
    ("His challenger, former City Comptroller Imogen Haverleigh, argued that the city had drifted. "
     "Lazarus Quenby, a third candidate, asked to speak.\n\nHaverleigh said the mayor had made the "
     "same promise in 2021. “And in 2019,” she added.",
     "And in 2019", "Imogen Haverleigh", "she"),
    ("Amsel will face top seed Greta Holm in Sunday's final. Holm beat Ada Roux in the "
     "semi-final.\n\n“I felt good from the first game,” the top seed said.",
     "I felt good", "Greta Holm", "the top seed"),
    ("Maja Strand won, beating world champion Tilde Ilves on countback. Ilves congratulated "
     "her.\n\n“My approach was short on every attempt,” the world champion said.",
     "My approach", "Tilde Ilves", "the world champion"),
    ("Seyfort's coach, Marit Ulven, was pleased. Dravik's coach, the former doubles specialist "
     "Henrik Palmo, was quieter. Palmo traced the turning point to a session in the winter. “He "
     "hit one terrible backhand and he laughed,” the coach recalled.",
     "terrible backhand", "Henrik Palmo", "the coach"),
    ("Emeric Tolvan retired on Sunday. Raoul Menard-Ask, his rival, said he was sad. “He was the "
     "best,” Menard-Ask said.\n\nTolvan's final season was billed by his sponsor as a “farewell "
     "tour,” but he insisted he had never planned it that way. Asked what he would miss most, he "
     "did not hesitate: “The locker room.”",
     "The locker room", "Emeric Tolvan", "he"),
    ("Pell Corrigan spoke first. \"They want a seat on the 7:04,\" he said.\n\n\"At last, a government "
     "that is willing to make a decision\" -- that was the verdict of Orla Finnegrew, president of "
     "the Saltreach Chamber of Commerce.",
     "At last, a government", "Orla Finnegrew", "Orla Finnegrew"),
    ("Carrow Rail Infrastructure, which owns and maintains the track, said it accepted the "
     "findings. “We are deeply sorry that this happened,” a spokesperson said.",
     "deeply sorry", "Carrow Rail Infrastructure", "a spokesperson"),
    ("Ysolde Marrack asked about water. “Will you fix it?” she asked.\n\nAnother heckler, who did "
     "not give her name, shouted about the farm subsidies. “Are you with the farmers or the city?” "
     "she asked.",
     "with the farmers", None, "she"),
    ("“The senator from Bask Ferry,” Vask said, “has never met a problem she couldn’t solve with a "
     "press release.”\n\nHe saved his loudest applause line for the reservoir project that critics, "
     "including Ossandry, have called a costly failure.\n\n“The water is on, folks,” he said.",
     "The water is on", "Vask", "he"),
    ("Anton Blesk, a medic, spoke first. “We are tired,” he said.\n\nAs the light faded, the "
     "platoon’s sergeant, a broad-shouldered man from the northern port of Ellvik who gave only "
     "his first name, Gustav, checked the sentries. He did not want to talk about the "
     "fighting.\n\n“Write about the sunflowers,” he said.",
     "Write about the sunflowers", "Gustav", "he"),
    ("Her neighbour Piet Vandermolen sees it differently. A retired electrician, he said the "
     "project would bring money into the village.\n\n\"Everybody wants the lights on,\" he said.",
     "Everybody wants", "Piet Vandermolen", "he"),
    ("Professor Laszlo Vintner, who teaches power systems at the University of Keldmark, said "
     "buried lines cost more.\n\n“You pay once, or you pay every winter,” Vintner said.",
     "You pay once", "Laszlo Vintner", "Vintner"),
    ("Korvath Gas & Light said in a filing that it had no record of a second call. “The company "
     "takes every report of a gas odour seriously,” the filing said.",
     "takes every report", "Korvath Gas & Light", "the filing"),
    ("Ann Kelly opposed the levy, which Kelly dubbed “a tax on hope.”",
     "a tax on hope", "Ann Kelly", "Kelly"),
    ("Ada Roux pushed the tram plan, which she touted as “a game changer” for the city.",
     "a game changer", "Ada Roux", "she"),
    ("“Not a bad quarter,” rating agency Fitch said in a note.",
     "Not a bad quarter", "Fitch", "Fitch"),
    ("Anton Castellane asked Piet Thorold’s lawyer what he had warned about. “Nothing at all,” he "
     "said.",
     "Nothing at all", "Anton Castellane", "he"),
    ("Annika Feldstrom, the co-operative’s chief executive, said milk prices had fallen. Greet "
     "Ollander, a farmer, said she was worried. “We cannot go on,” Ollander said.\n\nStill, the "
     "chief executive was blunt about the outlook. “I would be lying if I said I expected prices "
     "to recover,” she said.",
     "I would be lying", "Annika Feldstrom", "she"),
    ("Coach Marco Berg spoke after the game. Tomas Hale’s injury was worse than feared. “He will "
     "miss a month,” he said.",
     "miss a month", "Marco Berg", "he"),
    ("Priya Calloway, the head teacher, said the school would reopen. “We are ready,” she "
     "said.\n\nMiriam Ostergaard, whose 15-year-old son, Elias, suffered cuts and bruises, said she "
     "had been at home when her phone rang.\n\n“You get the phone call every parent dreads,” she "
     "said.",
     "every parent dreads", "Miriam Ostergaard", "she"),
    ("\"Leave now,\" said incident commander Rasmus Ohlendorf.\n\nHis deputy, Commander Solveig "
     "Anterra, said crews were tired.\n\nOhlendorf said the campaign had saved lives. \"People knew "
     "what to do,\" the commander said.",
     "People knew", "Rasmus Ohlendorf", "the commander"),
    ("Ada Roux left at dawn. Another evacuee, sheep farmer Jonah Petrakis, put it simply: \"The "
     "hill is burning and my sheep are on it.\"",
     "The hill is burning", "Jonah Petrakis", "Jonah Petrakis"),
    ("\"This is the wrong building,\" said committee chair Marguerite Dunfield.\n\nAt one point a "
     "shout from the gallery - \"Shame on you, all of you!\" - drew a rebuke from the chair, who "
     "threatened to clear the room.",
     "Shame on you", None, None),
    ("The Coalition for a Free Press, a Brussfeld-based monitoring group, called the raid “a "
     "textbook act of intimidation.”",
     "a textbook act", "Coalition for a Free Press", "Coalition for a Free Press"),
    ("“Nobody trusts anyone,” said a former aide to Senator Ada Roux, Tom Ekberg.",
     "Nobody trusts", "Tom Ekberg", "Tom Ekberg"),
    ("“Sixty-one years, and it ends with an email.”\n\nThat was how Cornelius Wade, who has "
     "delivered the Lindhaven Sentinel for six decades, reacted on Tuesday to the news.",
     "Sixty-one years", "Cornelius Wade", "Cornelius Wade"),
    ("Renata Soll was at home with her son when the fire started. The boy’s father, Anton Soll, "
     "was at work at the time.\n\nPriya Calloway, a neighbour, called the fire brigade. “I saw "
     "smoke,” Calloway said.\n\nSoll said she had not yet been back inside the house. “He’s more "
     "worried about the fish than about himself,” she said.",
     "more worried about the fish", "Renata Soll", "she"),
    ("Tomas Veleryn conceded defeat shortly after 2 a.m. “We will regroup,” he said.\n\nA senior "
     "Unity and Progress official, who asked not to be named because he was not authorised to "
     "speak publicly, was blunter. “This is a disaster,” he said.",
     "This is a disaster", None, "he"),
    ("Winifred Ashdown-Pell keeps her trowel in a biscuit tin.\n\nAshdown-Pell, 84, has worked at Cassel "
     "Moor, a fortified settlement abandoned some 1,600 years ago, every summer since 1962. She started "
     "as a schoolgirl carrying buckets for the dig's founder, Professor Aldous Crane-Whitby, who died "
     "in 1991.\n\n“He was terrifying,” she says.",
     "He was terrifying", "Winifred Ashdown-Pell", "she"),
    ("Dr. Osric Paltenby, a cardiac surgeon, died on Oct. 3 at St. Ivel’s Hospital, where he had "
     "operated for 35 years.\n\nDr. Tamsin Greyling, who succeeded him as head of cardiac surgery, "
     "recalled a blizzard.\n\n“We had three emergency cases,” the surgeon said.\n\n“People ask me what "
     "made him different,” she continued.",
     "People ask me", "Tamsin Greyling", "she"),
    ("The committee’s chair, Deputy Roald Ferris, opened the hearing.\n\nFerris was unimpressed. "
     "“Four hours is a lifetime on election night,” the deputy said.",
     "Four hours", "Roald Ferris", "the deputy"),
    ("The museum’s curator of manuscripts, Father Benedikt Lorrach, said the book was bought "
     "legally.\n\nLorrach said a receipt proved nothing. “A receipt tells you who was paid,” the "
     "priest said.",
     "A receipt tells", "Benedikt Lorrach", "the priest"),
    ("Rovers manager Piet Vandersloot said the win was deserved.\n\nOduya, 19, only came on in the "
     "80th minute. His manager described him as “the most annoying player in training.”",
     "the most annoying", "Piet Vandersloot", "His manager"),
    ("Nadia Korsgaard, a bar worker, was the first witness.\n\nAsked by the prosecutor, Hollis "
     "Brackenridge, whether she had seen anyone else throw a punch, she replied: “No. Just him.”",
     "No. Just him.", "Nadia Korsgaard", "she"),
    ("Judge Severin Aldercott spoke for ten minutes. He told Leopold Dravnik he was free to go. To "
     "Kasimir Dravnik, he said: “There is only one sentence for murder.”",
     "There is only one", "Severin Aldercott", "he"),
    ("Fennick made 212 league appearances and was once described as “the safest pair of hands in "
     "the division” by his former manager, Lorcan Marchetty.",
     "the safest pair", "Lorcan Marchetty", "Lorcan Marchetty"),
    ("The prosecutor said Fennimore had sent a text message to his sister, Hilde, hours before the "
     "fire, reading: “Sorting Cedric out tonight. Don’t ring me.”",
     "Sorting Cedric", "Fennimore", "Fennimore"),
    ("“We lost,” Vessmoor head coach Ilona Marsk said.\n\nHer opposite number, Quillford head coach "
     "Brigid Oyelaran, was gracious in defeat. “Penalties are cruel, but they were the better side "
     "over 120 minutes.”",
     "Penalties are cruel", "Brigid Oyelaran", "Brigid Oyelaran"),
    ("Hedda Marrowby, a former assistant, said he was a genius. “He saw everything,” she "
     "said.\n\nAnother former assistant, Casimir Doune, who went on to coach the national side, was "
     "more guarded.\n\n“He could be cruel,” the former assistant said.",
     "He could be cruel", "Casimir Doune", "the former assistant"),
    ("Tobias Wrenfield managed the club for 20 years. He took over a side that was, in the words "
     "of one local columnist, “a pub team with a stadium.”",
     "a pub team", None, "one local columnist"),
    ("The finding was dismissed at the time by the Calvorian Fisheries Board as “alarmist "
     "speculation unsupported by the catch data.”",
     "alarmist speculation", "Calvorian Fisheries Board", "Calvorian Fisheries Board"),
    ("Konstantin Ferreby, general secretary of the Federation of Public Employees, called the plan "
     "theft.\n\nFerreby did not speak at the press conference, but his federation later issued a "
     "statement describing the reform as “the biggest attack on working people in a generation.”",
     "the biggest attack", "Federation of Public Employees", "his federation"),
    ("Gov. Adam Kessel made the port a priority, but the effort stalled, and he has battled with "
     "the mayor, at one point calling her a “liar.”",
     "liar", "Adam Kessel", "he"),
    ("“The wall is lawful,” said planning inspector Gwendolyn Farrow-Pike.\n\nNumber 12 belongs to "
     "Bronagh Tully, a former primary school headteacher, who has lodged 14 complaints about the "
     "extension.\n\n“For ten years that wall,” she said, “has taken every bit of afternoon sun we "
     "had.”",
     "For ten years", "Bronagh Tully", "she"),
    ("Traders on Pellbrook’s Wexley Parade have accused the council of “strangling” the high "
     "street.",
     "strangling", None, "Traders on Pellbrook’s Wexley Parade"),
    ("Tobias Quellmann, who chairs the playhouse board, said the decision was painful.\n\nThe former "
     "artistic director, Ilse Varga, left in March. “She wanted to keep the programme exactly as "
     "it was,” the chairman said.",
     "She wanted to keep", "Tobias Quellmann", "the chairman"),
    ("Critics were divided. Gerold Ambrusch, the orchestra’s founder, did not attend. “It was "
     "thin,” said Ada Roux.\n\nAnother, the retired cellist Vendel Okrasa, was more generous. He "
     "described the performance as “the most alive this orchestra has sounded since the nineties.”",
     "the most alive", "Vendel Okrasa", "He"),
    ("Some subscribers left at the interval. One of them was Petra Holmgaard-Ris, a subscriber for "
     "forty years, who was blunt: “It sounded like he had a train to catch.”",
     "It sounded like", "Petra Holmgaard-Ris", "Petra Holmgaard-Ris"),
    ("Opening the case for the prosecution, Ottilie Brannagh KC told the jury the defendant had "
     "targeted the recently bereaved.\n\n“Some of the victims were elderly,” the prosecutor added.",
     "Some of the victims", "Ottilie Brannagh", "the prosecutor"),
    ("Renata Lisowicz-Hale, who worked at the ministry for nine years, testified on Tuesday.\n\n"
     "Deputy Hesper Vollmar asked the witness why she had waited. “I did not wait,” Lisowicz-Hale "
     "said.\n\nDeputy Gwendolyn Farrow-Abiodun, who chairs the full committee, asked "
     "one question. “Did anyone know?” she said.\n\n“I believe so,” the witness said.\n\n"
     "The committee "
     "chairwoman said afterward that she was “prepared to issue subpoenas.”\n\nDeputy Piers "
     "Underhallow questioned the witness about her own departure.\n\n“You were dismissed, were you "
     "not?” Underhallow asked.\n\n“I was dismissed three weeks after I filed my complaint,” she "
     "replied.",
     "I was dismissed three weeks", "Renata Lisowicz-Hale", "she"),
    ("The agency was unapologetic. “We would rather be accused of alarm than of silence” — that "
     "was how its spokeswoman, Orla Brinsk, put it on Sunday.",
     "We would rather", "Orla Brinsk", "Orla Brinsk"),
    ("The neighbouring Republic of Callis criticised the agency for what its foreign ministry "
     "called “alarmist messaging that punishes small economies.”",
     "alarmist messaging", "Republic of Callis", "its foreign ministry"),
    ("Saltrian Health Minister Dorian Wexmoor said his ministry had asked for “exactly this kind "
     "of help” two weeks ago.",
     "exactly this kind", "Dorian Wexmoor", "his ministry"),
    ("Selma Varrowby said that approach had changed her life. She remembered the first "
     "appointment, when Ingrid Maelstad asked her to stop trying so hard.\n\n“I cried the whole way "
     "home,” she said.",
     "I cried the whole", "Selma Varrowby", "she"),
    ("Carmaker Ostrelle Motors locked out 2,000 workers on Monday. “We had no choice,” the company "
     "said.",
     "We had no choice", "Ostrelle Motors", "the company"),
    ("Ottilie Brannagh KC opened the case for the prosecution.\n\n“He preyed on grief,” said Miss "
     "Brannagh.",
     "He preyed on grief", "Ottilie Brannagh", "Miss Brannagh"),
    ("Elder Amaru Tallowind said the remains must come home.\n\nSela Tallowind-Ruhe, 26, Tallowind’s "
     "niece and a law student at the university, said the family had written twice.\n\nHer uncle "
     "said the elders would wait for the university’s reply, but not indefinitely. “Six months,” "
     "he said.",
     "Six months", "Amaru Tallowind", "he"),
    ("Opposition spokesman Lukas Ferreira-Moen called the plan “a betrayal dressed up as a "
     "reform.”\n\n“It is not a betrayal. It is arithmetic.” That was Wendell-Obi's reply when the "
     "comment was put to her.",
     "It is not a betrayal", "Wendell-Obi", "Wendell-Obi"),
    ("Opposition spokesman Lukas Ferreira-Moen called the plan “a betrayal dressed up as a "
     "reform.”\n\nSome reservists were blunter. “I've done three tours. Three. And I get nothing” — "
     "that from Sergeant Tomas Quill, 44, a reservist.",
     "I've done three tours", "Tomas Quill", "Sergeant Tomas Quill"),
    ("Speaker Ambrose Tillet called for calm.\n\n“Order! Order! The honourable member will resume "
     "his seat,” the Speaker croaked.",
     "Order! Order!", "Ambrose Tillet", "the Speaker"),
    ("The committee’s chair, Dorian Melkwater, was not persuaded. He pressed Thornquist: “If "
     "nothing went wrong, why did 41,000 families think it had?”",
     "If nothing went wrong", "Dorian Melkwater", "He"),
    ("In one, Mr Lindqvist-Bray suggested that a former minister who had criticised the government "
     "should be “given an embassy somewhere cold”.",
     "given an embassy", "Lindqvist-Bray", "Mr Lindqvist-Bray"),
    ("Winifred Oakhurst rose first. She wondered whether the prime minister agreed that the "
     "programme was “the most ambitious housing plan in forty years”.",
     "the most ambitious", "Winifred Oakhurst", "She"),
    ("“We will fight this,” said Delphine Okafor-Reyes.\n\nLocal member of parliament Ingrid Solvay, "
     "whose constituency includes Marrow Hill, did not attend the march but said that she had "
     "asked the minister to “pause and think again.”",
     "pause and think", "Ingrid Solvay", "she"),
    ("A spokesman for Brannock Ordnance said the company met all safety rules.\n\nOne shift "
     "supervisor, who asked not to be named, said staff had been working “twelve-hour "
     "shifts.”\n\n“Everyone is tired. Everyone knows it,” he said.",
     "Everyone is tired", None, "he"),
    ("Governor Eleonora Brisk defended the rules. She pointed to the collapse of Kestrel Savings, "
     "a mid-sized lender whose failure cost taxpayers an estimated 2.2 billion marks.\n\n“Kestrel "
     "was not an accident,” she said.",
     "Kestrel was not", "Eleonora Brisk", "she"),
    ("Mayor Ilse Varga thanked Piet Dorn, who was present: “He has given this town thirty years.”",
     "He has given", "Ilse Varga", "Mayor Ilse Varga"),
    ("Dorn Kessler told reporters the club had been slow to act, and the fans deserved better, "
     "describing the season as “a shambles from start to finish.”",
     "a shambles", "Dorn Kessler", "Dorn Kessler"),
    ("Mayor Ilse Varga spoke for an hour, and it was clear she was angry, calling the vote “a "
     "disgrace to this chamber.”",
     "a disgrace", "Ilse Varga", "Mayor Ilse Varga"),
    ("Tomas Dorn, the club’s founder, spoke for an hour. He stepped aside, as Piet Kessler told "
     "members the accounts were “in a dreadful state”. “We have been lied to,” he said.",
     "We have been lied", "Piet Kessler", "he"),
    ("Board chairwoman Mira Aalto opened the session. Shareholder Ana Roux asked the chairwoman to "
     "resign. “You have lost the confidence of this room,” she said.",
     "You have lost", "Ana Roux", "she"),
    ("Ana Roux, 41, lodged the complaint against Bronagh Tully, a former headteacher, who denies "
     "any wrongdoing. “I just want the truth to come out,” she said.",
     "I just want", "Ana Roux", "she"),
    ("Mayor Dorn Kessler promised, in the words of his campaign slogan, to “take back the "
     "harbour”.",
     "take back", "Dorn Kessler", "Mayor Dorn Kessler"),
    ("Called as a witness for the prosecution, Mira Aalto said she saw the fire. “There is no "
     "doubt,” the prosecutor told the jury.",
     "There is no doubt", None, "the prosecutor"),
    ("Her father, Dorn Kessler, 61, stood at the back of the church. “She was a light to all of "
     "us,” the priest said.",
     "She was a light", None, "the priest"),
    ("Quillford head coach Brigid Oyelaran praised her side. Rovers striker Tam Oduya limped off. "
     "“He was not fit,” his coach said.",
     "He was not fit", None, "his coach"),
    ("The Harbour Workers Union backed the deal. Nurses were less happy, and their union later "
     "issued a statement calling it “a betrayal of the wards.”",
     "a betrayal of the wards", None, "their union"),
    ("Charity Okafor, a nurse at the clinic, said the ward was “full every night.”",
     "full every night", "Charity Okafor", "Charity Okafor"),
    ("Kessler described as “shameful” by any measure the decision to close the pool.",
     "shameful", "Kessler", "Kessler"),
    ("Orrenland’s Maritime Affairs Minister, Tobiah Renke, told parliament that the commander had "
     "acted “entirely within the rules.”",
     "entirely within", "Tobiah Renke", "Tobiah Renke"),
    ("A source close to Vorley told the Daily Clarion: “She’s been holding this in for years.”",
     "She’s been holding", None, "A source close to Vorley"),
    ("“We will fight this,” said Liv Aandahl.\n\nOn the quay, the mood was grim. “This is what "
     "happens when politicians play chicken with other people’s boats” — so said Jorun Helleve, a "
     "skipper.",
     "This is what happens", "Jorun Helleve", "Jorun Helleve"),
    ("“Ninety per cent of a bad deal is still a bad deal,” said Tobiah Renke. He described "
     "Valdmark’s proposed inspection regime as “a licence to harass our boats.”",
     "a licence to harass", "Tobiah Renke", "He"),
    ("Ana Roux told reporters she would stay on, but her party later issued a statement, calling "
     "her position “untenable.”",
     "untenable", None, "her party"),
    ("Ana Kessler, 19, died in the crash. Her father, Dorn Kessler, 61, wept in court. “She was "
     "everything to us,” the father said.",
     "She was everything", "Dorn Kessler", "the father"),
    ("Rovers striker Tam Oduya limped off after twenty minutes. Rovers manager Brigid Oyelaran "
     "said he would have a scan. “He was not fit to start,” his manager admitted.",
     "He was not fit", "Brigid Oyelaran", "his manager"),
    ("Tova Rell was asked whether she would stay and replied: “Not a chance.”",
     "Not a chance", "Tova Rell", "Tova Rell"),
    ("Organisers said a delegate who had warned: “This will end badly” left early.",
     "This will end badly", None, "a delegate"),
    ("Energy analyst Tova Rell has long opposed the deal. She’s described the treaty as “a "
     "charade” since 2019.",
     "a charade", "Tova Rell", "She"),
    ("The hearing then turned to Piet Saal, who was visibly emotional: “We lost three of our own.”",
     "We lost three", "Piet Saal", "Piet Saal"),
    ("Miner Corrow Resources said the ruling was “deeply disappointing.”",
     "deeply disappointing", "Corrow Resources", "Corrow Resources"),
    ("Speaking for the defence, Tova Rell said her client was innocent. “He was at home,” the "
     "defence lawyer said.",
     "He was at home", "Tova Rell", "the defence lawyer"),
    ("The commuters’ group Fair Tickets Ardmoor says prices have doubled. “People are paying more "
     "for less,” the group said.",
     "People are paying more", "Fair Tickets Ardmoor", "the group"),
    ("The Greymere Observer Network, which watched the count, said it would send staff to the "
     "recount. In a short statement, the group said the recount must be “open to the last ballot.”",
     "open to the last ballot", "Greymere Observer Network", "the group"),
    ("The Greymere Observer Network said it would send staff to the recount.\n\nA group of parents "
     "wrote to the council on Monday. “We are furious,” the group said.",
     "We are furious", None, "the group"),
    ("Both unions are led by former drivers. Marta Quillan, president of the RSA, drove trams for "
     "20 years. Her counterpart at the BWU, Ilse Dornach, started on night buses.\n\nDornach struck "
     "a similar note. “My drivers work 11-hour shifts,” the union leader said.",
     "My drivers work", "Ilse Dornach", "the union leader"),
    ("Ostmark’s transport minister, Hedda Lyng, blamed Corvia for the cancellations.\n\nHer Corvian "
     "counterpart, Pavel Strand, hit back within hours. “She should look at her own railway,” the "
     "Corvian minister told reporters.",
     "She should look", "Pavel Strand", "the Corvian minister"),
    ("The company’s chief executive, Anton Vell, says there is no money. “Show me where it is,” "
     "Vell said.\n\nHis predecessor, Jarl Huxen, sees it differently. The former chief executive, "
     "who left four years ago, said the board had “chosen to blame the staff.”",
     "chosen to blame", "Jarl Huxen", "The former chief executive"),
    ("Tarn Water, which runs the reservoir, said in a statement read to the court: “We are deeply "
     "saddened.”",
     "We are deeply saddened", "Tarn Water", "Tarn Water"),
    ("League leader Vera Osk announced the decision in a two-sentence statement posted shortly "
     "before midnight: “We will not sign.”",
     "We will not sign", "Vera Osk", "Vera Osk"),
    ("Greta Solvik won the seat in 2019.\n\nSolvik — a former police officer who entered politics "
     "late — said she expected the result to flip. “Two hundred ballots were never checked,” she "
     "said.",
     "Two hundred ballots", "Greta Solvik", "she"),
    ("During the trial, a second officer — Colonel Aric Venn, who commanded the battalion — "
     "testified that the maps were old. Asked why, he replied: “Nobody ever told me.”",
     "Nobody ever told me", "Aric Venn", "he"),
    ("Detective Chief Inspector Maren Holt said the attack was shocking. “This was a shocking "
     "crime,” she said.\n\nDCI Holt's colleague, Detective Inspector Jana Brede, told reporters that "
     "officers had made progress. “The response has been fantastic,” said the inspector.",
     "The response has been", "Jana Brede", "the inspector"),
    ("Area coroner Ruth Penmarrow said the water was cold. Tarn Water, which runs the reservoir, "
     "said signs were displayed. Lisa Korr, the boy's mother, said they were hidden.\n\nRecording "
     "her conclusion, the coroner said she would write to Tarn Water.\n\n“I am not satisfied that "
     "the signage was adequate,” she said.",
     "I am not satisfied", "Ruth Penmarrow", "she"),
    ("Keary Aske, 14, drowned in June. Keary was recovered by divers the next morning. The water "
     "company said there were warning signs.\n\nBut Keary’s mother, Wilma Reyes, disputed that. "
     "“There was one sign,” she said outside court.\n\n“You would have to go looking for it.”\n\nShe "
     "described her son as “the funniest lad you could meet.”",
     "the funniest lad", "Wilma Reyes", "She"),
    ("Eamon Tressel, 46, was in his kitchen when the storm struck.\n\nHis wife, Odile, said: “I just "
     "grabbed the kids.”",
     "I just grabbed", "Odile Tressel", "Odile"),
    ("Gideon Marle, 52, died at the junction.\n\nMr Marle’s widow, Corinne, said her husband had "
     "cycled the route for years. “He was careful to a fault,” she said.",
     "He was careful", "Corinne Marle", "she"),
    ("In a report, the Office of the Youth Ombudsman called the handling of age disputes “a "
     "structural failure.”",
     "a structural failure", "Office of the Youth Ombudsman", "Office of the Youth Ombudsman"),
    ("Her colleague, the analytical chemist Dr. Joakim Trellsund, put it more bluntly — “These are "
     "not supplements.”",
     "These are not supplements", "Joakim Trellsund", "Dr. Joakim Trellsund"),
    ("Yusra Palandine, who has been sued over her work, said she would keep going. Her prediction "
     "was blunt — “This is the one people will notice.”",
     "This is the one", "Yusra Palandine", "Her"),
    ("In a retraction notice, the editors of the Brevanian Journal of Medicine wrote that the "
     "paper’s conclusions “should not be relied upon.”",
     "should not be relied upon", "Brevanian Journal of Medicine",
     "the editors of the Brevanian Journal of Medicine"),
    ("The Pellgrave Institute’s own news release described the research as a “milestone toward "
     "healthier old age.”",
     "milestone toward", "Pellgrave Institute", "The Pellgrave Institute’s own news release"),
    ("The letter, organised by the Tallosian Academy of Sciences, says the cuts “will close "
     "laboratories that took decades to build.”",
     "will close laboratories", "Tallosian Academy of Sciences", "The letter"),
    ("“It was like watching a forest die in fast-forward.”\n\nThat is how Dr. Nils Ferreday, a "
     "marine ecologist at the Seravine Ocean Institute, describes the footage his team recorded.",
     "It was like watching", "Nils Ferreday", "Dr. Nils Ferreday"),
    ("Yaren Tassily was cleared on Monday. “I always said I was clean,” Tassily said.\n\nThe "
     "commission’s head of legal affairs, Maren Dudeney, was more guarded. She told the Garrovel "
     "Post that the ruling set “a very generous standard” for such claims.\n\n“If every athlete can "
     "point to a steak and walk away, we have a problem,” she said.",
     "If every athlete", "Maren Dudeney", "she"),
    ("Prime Minister Henrike Solwen did not attend the debate. A statement issued in her name "
     "called the bill “the most ambitious in a generation.”",
     "the most ambitious", "Henrike Solwen", "her name"),
    ("Finance Minister Aurelio Benst, who must find 2.4 billion krell a year, struck a more "
     "cautious note: “Every krell we commit is a krell we have to raise.”",
     "Every krell", "Aurelio Benst", "Finance Minister Aurelio Benst"),
    ("The captain of a small plane that lost both engines over farmland in southern Vasskor on "
     "Sunday said she had “about four minutes to find somewhere flat.”",
     "about four minutes", None, "The captain of a small plane"),
    ("Jules Valcourt rode for Estravia for a decade. In the book, the 44-year-old Estravian "
     "describes a team culture in which doping was “as ordinary as breakfast.”",
     "as ordinary as breakfast", "Jules Valcourt", "Estravian"),
    ("The agency’s position was summed up by Veirhoff in his closing remarks — “The passport does "
     "not accuse anyone.”",
     "The passport does not", "Veirhoff", "Veirhoff"),
    ("The pilots’ own verdict was delivered bluntly by the Esterlund Pilots’ Federation — “Two "
     "agencies, two reports, zero answers.”",
     "Two agencies", "Esterlund Pilots’ Federation", "Esterlund Pilots’ Federation"),
    ("Joos Vandermolk spoke briefly. Vandermolk's last words to reporters before boarding the team "
     "bus were short - “We are here to race. That is all.”",
     "We are here to race", "Joos Vandermolk", "Vandermolk"),
    ("Jules Valcourt wrote a book about it. The last word went to Valcourt - “If one young rider "
     "reads this and says no, the book was worth writing.”",
     "If one young rider", "Jules Valcourt", "Valcourt"),
    ("The facility's operator, a private firm called Warden Secure Solutions, said in an emailed "
     "response that its centres “meet all national standards.”",
     "meet all national", "Warden Secure Solutions", "Warden Secure Solutions"),
    ("Maja Sott arrived in 2022. Her eldest son, Teodor, 15, has started working at a bakery. “I "
     "like the bread,” he said.",
     "I like the bread", "Teodor Sott", "he"),
    ("Harold Vintner-Coombes, a retired schoolteacher who has attended the church since 1971, was "
     "unimpressed. “I will put it in the food bank tin,” the retired teacher said.",
     "I will put it", "Harold Vintner-Coombes", "the retired teacher"),
    ("In its final report, published on Monday, the Esterlund Aviation Safety Office blamed a "
     "handover error. “The sector accepted the flight at a level already occupied,” the report "
     "said.",
     "The sector accepted", "Esterlund Aviation Safety Office", "the report"),
    ("“Mayday, mayday, we have lost both engines,” Brink can be heard saying in a level voice.",
     "Mayday, mayday", "Brink", "Brink"),
    ("The case was heard by the Tribunal for Sporting Disputes. The three-member panel said "
     "Tassily had shown “on the balance of probability” how the substance entered her body.",
     "on the balance", "Tribunal for Sporting Disputes", "The three-member panel"),
    ("The Brennick public prosecutor's office said in a brief statement that the search was part "
     "of “an ongoing investigation.”",
     "an ongoing investigation", "Brennick public prosecutor's office",
     "The Brennick public prosecutor's office"),
    ("The ministry of agriculture said in a written reply that compensation “will be paid to all "
     "growers.”",
     "will be paid", "Ministry of Agriculture", "The ministry of agriculture"),
    ("Team manager Joos Vandermolk told reporters on Saturday: “We have cooperated fully.”\n\nAsked "
     "whether Dr Lukas Ambrechtsen would remain with the team, he paused. “Dr Ambrechtsen is on "
     "leave until this is cleared up,” he said.",
     "Dr Ambrechtsen is on leave", "Joos Vandermolk", "he"),
    ("Matthis Quarrender won the stage. “I am happy,” Quarrender said.\n\nOne rider from a rival "
     "team, who asked not to be named, said the mood in the peloton was tense. “Everybody is "
     "looking at everybody,” he said.",
     "Everybody is looking", None, "he"),
    ("“Some growers are asking whether it is worth carrying on,” said the manager, Piet Ravndal. "
     "Ravndal said he had seen nothing like it.\n\nTwo rows over, Virtanen’s neighbour, Ossian "
     "Thelle, is doing the picking himself.\n\n“I am seventy-one years old and I am up a ladder,” he "
     "says.",
     "I am seventy-one", "Ossian Thelle", "he"),
    ("Lorens Kittelsen runs the airfield. “We heard the mayday,” Kittelsen said. He said the fuel "
     "was checked.\n\nThe road runs through a farm owned by Eskil Tandberg, who was milking his cows "
     "when the plane came down. “I heard nothing, no engine,” he said.",
     "I heard nothing", "Eskil Tandberg", "he"),
    ("Housing Minister Corin Maddeley opened the debate. Prime Minister Henrike Solwen did not "
     "attend.\n\nSpeaking to reporters afterwards, the minister said he was “entirely confident” of "
     "the target.",
     "entirely confident", "Corin Maddeley", "the minister"),
    ("The Housing Ombudsman, Stellan Marrow, said complaints had risen “year on year, and sharply” "
     "since 2020.",
     "year on year", "Stellan Marrow", "Stellan Marrow"),
    ("Pilots offered a different account. A captain at Norvale, who spoke on condition of "
     "anonymity because he was not authorised to speak, said crews had been “running on fumes” "
     "since the summer.",
     "running on fumes", None, "A captain at Norvale"),
    ("Sam Lau, the communications director for the Tessel Democratic Party said in a statement. "
     "“There are no paper ballots to recount.”",
     "There are no paper", "Sam Lau", "Sam Lau"),
    ("A reporter for Agence Vellum called it “absolute chaos.”\n\n“We saw people hit and debris "
     "flying around,” he said.",
     "absolute chaos", None, "A reporter for Agence Vellum"),
    ("The Office for Exam Standards, which regulates exams, said it was “extremely concerned.” Its "
     "chief regulator, Leontyne Ashdown, told the Courier: “I have asked the board to "
     "explain.”\n\n“Students have a right to the grade they earned,” the chief regulator added.",
     "Students have a right", "Leontyne Ashdown", "the chief regulator"),
    ("Krell's campaign manager, Oskar Vantreuil, called the accusation “nonsense.”\n\nAsked about "
     "the poll, Krell's manager put it bluntly: “Three points is nothing.”",
     "Three points is nothing", "Oskar Vantreuil", "Krell's manager"),
    ("Bastian Krell said he would release his own returns “when the councillor releases her donor "
     "list,” a condition Toberleigh's team rejected.",
     "when the councillor", "Bastian Krell", "Bastian Krell"),
    ("The Tavrosian Film Critics Circle named its winners. The circle, which has 64 members, said "
     "in its citation that the film “finds enormous feeling in small gestures.”",
     "finds enormous feeling", "Tavrosian Film Critics Circle", "The circle"),
    ("Halvorsen Brothers Entertainment delayed the film. The studio said in a statement that the "
     "director needed “more time to complete the sound mix.”",
     "more time to complete", "Halvorsen Brothers Entertainment", "The studio"),
    ("The Brevanian Film Academy distanced itself from the host on Saturday. “The academy does not "
     "write the host's material,” a statement said.",
     "The academy does not", "Brevanian Film Academy", "a statement"),
    ("The veteran actor Osric Vell won best actor. Vell, 76, was the evening's most emotional "
     "speaker.\n\n“Fifty-three years I have been doing this job,” the actor said.",
     "Fifty-three years", "Osric Vell", "the actor"),
    ("Backstage, Oksana Pell was asked what she would do with the prize money. Her answer was "
     "immediate — “Pay my rent, which is three months late.”",
     "Pay my rent", "Oksana Pell", "Her"),
    ("Lumivane, which is based in Corran Bay, Aldessia, and markets the Vista line as “secure by "
     "design,” said the researchers had overstated the risk. In a statement, the company said the "
     "issue affected “a limited subset of devices.”",
     "a limited subset", "Lumivane", "the company"),
    ("The company’s co-founder and chief executive, Viggo Arnestad, said the breach was "
     "regrettable.\n\nArnestad said the engineer had not been disciplined. “This is not about "
     "blaming one employee,” the chief executive said.",
     "This is not about", "Viggo Arnestad", "the chief executive"),
    ("Her group has filed a complaint with the Eldmark Information Office, the country’s privacy "
     "regulator, which said it was “aware of the matter” and would consider it.",
     "aware of the matter", "Eldmark Information Office", "Eldmark Information Office"),
    ("The Oskelland Labour Inspectorate, which fined Nordvale in March, was more guarded. “The "
     "inspectorate’s findings have been passed to the prosecutor,” a spokesman said.",
     "The inspectorate’s findings", "Oskelland Labour Inspectorate", "a spokesman"),
    ("Desmond Vayle said the paper had lied. “It was a lie,” Vayle said.\n\nLater Ms Quarry put it "
     "to Corwin Aldershaw that he had described the committee in a text message as “my little "
     "helpers”.\n\n“That was a joke,” he said.",
     "That was a joke", "Corwin Aldershaw", "he"),
    ("Fenella Quarry KC, for the newspaper, cross-examined the developer. Corwin Aldershaw said he "
     "had been misquoted. “Mostly,” the barrister repeated.",
     "Mostly", "Fenella Quarry", "the barrister"),
    ("Dario Velkonen, 27, who plays as a striker for Bressingham Rovers, sued the blogger.\n\n“I "
     "said it, yes. Footballers say many things after a defeat,” the striker replied.",
     "I said it, yes", "Dario Velkonen", "the striker"),
    ("A television chef who told a divorce court he was “practically broke” has been ordered to "
     "pay his former wife 4.2m crowns.",
     "practically broke", None, "A television chef"),
    ("Dana Trumbull was defensive about not paying an architect who said he was stiffed after he "
     "designed a clubhouse, saying, “Maybe he didn’t do a good job.”",
     "Maybe he didn’t", "Dana Trumbull", "Dana Trumbull"),
    ("Coach Jonas Kell praised the team. The winning goal came from Tomas Berg, who was playing "
     "his first game. “I am so proud of them,” he said.",
     "I am so proud", "Jonas Kell", "he"),
    ("The Harbour Now Alliance held a rally on Monday.\n\nSeparately, the Tarn Residents "
     "Association, which represents 400 households, said the plan was flawed. “We have been "
     "ignored for too long,” the group said.",
     "We have been ignored", "Tarn Residents Association", "the group"),
    ("The decision was made by the board last month, but the union leader, Ilse Marrow, was "
     "defiant: “We will strike.”",
     "We will strike", "Ilse Marrow", "Ilse Marrow"),
    ("The union told the tribunal Tomas Brekke was dismissed without warning. “I found out by text "
     "message,” he said.",
     "I found out", "Tomas Brekke", "he"),
    ("“Everything is gone, the boats, the sheds, everything.”\n\nThat was how Kestrel Bay looked on "
     "Sunday morning. Tomas Berg describes it as a war zone.",
     "Everything is gone", None, None),
    ("“We reject the findings entirely,” Vantor Mining, the firm that employed Ada Holt, said on "
     "Monday.",
     "We reject the findings", "Vantor Mining", "Vantor Mining"),
    ("“The bridge is unsafe,” a report commissioned by Ada Holt — the city’s former mayor — "
     "concluded.",
     "The bridge is unsafe", None, None),
    ("The report, commissioned by Mayor Ada Holt, was published on Monday. “The mayor’s office "
     "ignored the warnings,” the report said.",
     "The mayor’s office", None, "the report"),
    ("Her lawyer, after meeting Dr. Joakim Trellsund, put it more bluntly — “This is a scandal.”",
     "This is a scandal", None, None),
    ("The Tarnholt Constabulary opened an inquiry on Monday. “We are keeping an open mind,” the "
     "city’s police force said.",
     "We are keeping", "Tarnholt Constabulary", "the city’s police force"),
    ("Senator Tomas Berg objected to the bill. A rider attached to the spending package would end "
     "the grants. “This is a back-door cut,” he said.",
     "This is a back-door cut", "Tomas Berg", "he"),
    ("The Lakeshore Observer Network, set up by a group of parents in 2019, tests the water. “The "
     "levels are unsafe,” the group said.",
     "The levels are unsafe", "Lakeshore Observer Network", "the group"),
    ("“We are afraid every night,” residents of the disputed border town told reporters.",
     "We are afraid", None, "residents of the disputed border town"),
    ("Kris Varden runs the bakery downstairs. The fire started in a flat rented by a young nurse. "
     "Her brother, Jonas, raised the alarm. “I smelled smoke,” Jonas said.",
     "I smelled smoke", "Jonas", "Jonas"),
    ("Maren Dollery later posted a message online: “Shame on them.”\n\nThe Brevanian Film Academy "
     "distanced itself from the host on Saturday. “The academy does not write the host's "
     "material,” a statement said.",
     "The academy does not", "Brevanian Film Academy", "a statement"),
    ("Ada Holt left Velmark Records in 2021. “We wish her well,” the record label said in a "
     "statement.",
     "We wish her well", "Velmark Records", "the record label"),
    ("Ada Holt told the court she had been at home that night. A neighbour added that the car was "
     "red. “It was going very fast,” the neighbour said.",
     "It was going very fast", None, "the neighbour"),
    ("The Velmark Pension Fund defended its “patient, long-term approach,” the fund said on "
     "Monday.",
     "patient, long-term", "Velmark Pension Fund", "the fund"),
    ("The Velmark Network has campaigned for years. Last week Ada Holt met with a group of "
     "parents. “We are angry and we want answers,” the group said.",
     "We are angry", None, "the group"),
    ("“We are ready for anything.” That was how Tomas K. Brekke put it.",
     "We are ready for anything", "Tomas K. Brekke", "Tomas K. Brekke"),
    ("The mood was summed up by Ada Holt, head of research and development at Velmark: “We are "
     "ready.”",
     "We are ready", "Ada Holt", "Ada Holt"),
    ("What I call “The Big Lie” is spreading, Ada Holt said.",
     "The Big Lie", "Ada Holt", "Ada Holt"),
    ("The Velmark Transport Agency is leading the inquiry. “We will find the cause,” the lead "
     "agency said.",
     "We will find the cause", "Velmark Transport Agency", "the lead agency"),
    ("At the clinic, the medical director, Dr. Oskar Venn, said staff were exhausted.\n\n“We have "
     "run out of saline twice this week,” the doctor said.",
     "run out of saline", "Oskar Venn", "the doctor"),
    ("The Harrow Relief Corps said its volunteers would stay in the valley. “We go where we are "
     "needed,” the group said.",
     "where we are needed", "Harrow Relief Corps", "the group"),
    ("The frigates will be built by Dunmere Maritime. The shipbuilder said the order would “secure "
     "2,000 jobs in the yard.”",
     "secure 2,000 jobs", "Dunmere Maritime", "The shipbuilder"),
    ("The Cassel Ratepayers League, a budget watchdog, said the bill added “billions in spending "
     "nobody has justified” to the deficit.",
     "billions in spending", "Cassel Ratepayers League", "Cassel Ratepayers League"),
    ("Orla Feld voted against the bill.\n\n“If they water this down, we will be back next year with "
     "a stronger one” — Feld’s chief of staff, Timo Rask, told reporters.",
     "water this down", "Timo Rask", "Timo Rask"),
    ("A spokeswoman for the Vessian navy, Ines Varga, said the ship was safe.\n\nThe coast guard has "
     "its own spokeswoman, Hedda Lorne. “We have not found the crew,” the spokeswoman said.",
     "not found the crew", "Hedda Lorne", "the spokeswoman"),
    ("General Arvo Pell told reporters the line would hold.\n\nTarsland’s Ministry of Defence sought "
     "to soften Pell’s comments. In a statement issued hours later, it said: “The general spoke "
     "for himself alone.”",
     "spoke for himself", "Ministry of Defence", "it"),
    ("Talks resumed on Monday.\n\nA statement issued by the Cassian Foreign Ministry on behalf of "
     "the hosts read: “Both sides remain committed to the truce.”",
     "remain committed", "Cassian Foreign Ministry", "A statement"),
    ("Dorrin Soft, the Halbeck software company, launched a tablet. Velmar Systems makes a rival "
     "one.\n\nVelmar was quick to respond. In a statement, the company called the launch “a copy of "
     "our design from top to bottom.”",
     "a copy of our design", "Velmar Systems", "the company"),
    ("Pell’s lawyer, Kaspar Ude, said the claim was false.\n\nA lawyer representing Ostrava Freight, "
     "Mina Sorel, rejected that account. The company’s lawyer said the change was “standard "
     "procedure for any departing executive.”",
     "standard procedure", "Mina Sorel", "The company’s lawyer"),
    ("Club doctor Hanna Oxley said the knee had responded “better than we dared hope” to the "
     "second operation.",
     "better than we dared", "Hanna Oxley", "Hanna Oxley"),
    ("Harbury Rovers have completed the signing of striker Tomas Vrell from Ostby Athletic.\n\nThe "
     "24-year-old, who scored 27 goals last season, signed a five-year contract on Tuesday.\n\nVrell "
     "will wear the number nine shirt previously worn by club legend Jon Askel.\n\n“The number nine "
     "is a big responsibility at a club like this,” the 24-year-old added.",
     "number nine is a big", "Tomas Vrell", "the 24-year-old"),
    ("The town's mayor, Ilse Varro, said the council had asked for a breakdown.\n\nHer deputy, Jon "
     "Pask of the Green Alliance, has called for the chief executive's resignation.\n\n“This is a "
     "management failure, not a market failure,” the deputy mayor said.",
     "management failure", "Jon Pask", "the deputy mayor"),
    ("Mara Lind said the rise was “roughly in line with the curve.” Another analyst, Oskar Brell "
     "of Tidewell Research, was more critical: “The regulator is pricing in a crisis nobody "
     "believes in.”",
     "pricing in a crisis", "Oskar Brell", "Oskar Brell"),
    ("The Office for Water Standards fined Hollin Water on Monday.\n\nThe company's lawyers had "
     "argued that the work was done by a subcontractor, Marsh Field Services, and that Hollin "
     "could not be held responsible. The regulator rejected that defence. “A supplier cannot "
     "outsource its duties to the people it serves,” it said in its final decision.",
     "cannot outsource", "Office for Water Standards", "it"),
    ("Delays at Harrowgate General\n\nPatients waited for hours on Monday, staff said.\n\n“It was the "
     "worst night I have seen in this job,” she said.",
     "worst night", None, "she"),
    ("Ada Roux spoke to farmers for an hour. But the mood changed when one voter raised the "
     "drought. She asked about the “broken promises” of the last budget.",
     "broken promises", None, "She"),
    ("Take a look at what Tomas Arden and other actors said this year.\n\nIn a conversation with "
     "HarbourCast Live’s Mara Lind about his upcoming comedy, the actor discussed history lessons. "
     "“Just imagine a classroom where nobody looks like you,” he said.",
     "Just imagine", "Tomas Arden", "he"),
    ("Ada Roux spoke to farmers for an hour in the village hall. She laughed when a reporter asked "
     "about the polls. “Polls do not vote,” she said.",
     "Polls do not vote", "Ada Roux", "she"),
    ("The Velmark Book Prize was awarded on Thursday to Chidi Okafor for his debut novel about his "
     "childhood in Enugu. “I wrote it for my mother,” he said.",
     "for my mother", "Chidi Okafor", "he"),
    ("The Velmark Power Company raised prices by 12 percent on Monday. Fair Bills Trust said "
     "customers would suffer. “We had no choice,” the company said.",
     "no choice", "Velmark Power Company", "the company"),
    ("The Velmark Space Agency delayed the launch again. Norvik Aerospace, which built the rocket, "
     "blamed a faulty valve. “Safety comes first,” the agency said.",
     "Safety comes first", "Velmark Space Agency", "the agency"),
    ("The Velmark Medical Council has struck off a surgeon who botched 14 operations. “Patients "
     "were put at serious risk,” the regulator said.",
     "put at serious risk", "Velmark Medical Council", "the regulator"),
    ("The Velmark Energy Regulator fined Norvik Energy 4 million krona on Tuesday. Norvik Energy "
     "said it would appeal. “The fine is fully justified,” the regulator said.",
     "fully justified", "Velmark Energy Regulator", "the regulator"),
    ("Tomas Reuben said council officials responded “we will look into it” to every complaint he "
     "made.",
     "look into it", None, "council officials"),
    ("Tomas Reuben said the ferry was safe.\n\n“My mother cannot reach the hospital without it.” — "
     "Ada Roux, whose son told police he had been threatened.",
     "cannot reach the hospital", "Ada Roux", "Ada Roux"),
    ("Dr. Mira Hollis, who holds a doctorate in economics from Velmark University, said the cuts "
     "were overdue. The town's GP, Tomas Reuben, was less sure. “Patients will suffer,” the doctor "
     "said.",
     "Patients will suffer", None, "the doctor"),
    ("An emergency doctor who asked not to be named said the ward was full. Dr. Mira Hollis, who "
     "runs the trust, declined to comment. “It is chaos,” the doctor said.",
     "It is chaos", None, "the doctor"),
    ("Dr. Mira Hollis, the party's candidate, said she would win. “The polls are wrong,” the "
     "doctor said.",
     "polls are wrong", None, "the doctor"),
    ("A spokeswoman for Harbour Lines said the ferry would sail on Friday. Kestrel Ferries' "
     "spokeswoman, Ada Roux, declined to comment. “We have checked the engines twice,” the "
     "spokeswoman said.",
     "checked the engines", "Harbour Lines", "the spokeswoman"),
    ("Inspector Tomas Reuben said a man had been stabbed near the station on Friday night. The "
     "24-year-old was taken to hospital with serious injuries.\n\nTwo witnesses, Lena Maris and Jon "
     "Askel, said the attack was unprovoked.\n\nSpeaking from his hospital bed on Sunday, the "
     "24-year-old said: “I just want to go home.”",
     "want to go home", None, "the 24-year-old"),
    ("Police chief Tomas Reuben was suspended on Monday by the city's mayor, Ilse Varro. His "
     "deputy, Jon Pask, will lead the force. Deputy Mayor Karin Holm said the council was united. "
     "“The force is in good hands,” Pask said. “We back the decision,” the deputy mayor said.",
     "We back the decision", "Karin Holm", "the deputy mayor"),
    ("Tomas Reuben, 34, died at the scene. A statement released by Velmark Police on behalf of his "
     "family read: “He was a loving father and a kind man.”",
     "loving father", None, "A statement"),
    ("Denise Carrier, a teacher in Velmark, said the school was cold. “The children wear coats "
     "inside,” she said.",
     "coats inside", "Denise Carrier", "she"),
    ("Safe Harbour Network, which represents dock workers, has criticised the plan, citing figures "
     "from the Velmark Institute. “The plan is reckless,” the group said.",
     "plan is reckless", None, "the group"),
    ("A man was stabbed on Harbour Street on Friday in what police called “a cowardly act.”",
     "a cowardly act", None, "police"),
    ("“This is the moment,” the NUSO president, Daniel Holm, told the crowd.\n\nHolm, asked about "
     "the proposal after the rally, was cautious: “We will look at every option.”\n\nThe president "
     "of the Harwick University students’ union, Owen Vell, sided with Linde. “Farah is right,” he "
     "said.",
     "Farah is right", "Owen Vell", "he"),
    ("Hester Brill, the opposition’s spokeswoman, was blunter — “This government has declared war "
     "on the young.”\n\nAmong the marchers was Ines Varta, 19, a first-year nursing student, who had "
     "travelled four hours by coach.\n\n“My mum works two jobs so I could come here,” she said. “If "
     "they take the grant away, I’m done,” she added.",
     "grant away", "Ines Varta", "she"),
    ("District prosecutor Anders Holt said the charges related to “serious and deliberate "
     "violence” against officers.",
     "deliberate violence", "Anders Holt", "Anders Holt"),
    ("Piet Marno, the mayor, said the town would rebuild.\n\nA man in a faded firefighter’s jacket, "
     "sifting through the ruins of a house on Quay Lane, looked up as reporters passed. “You "
     "always think it’s going to be somebody else’s street,” he said.",
     "somebody else", None, "he"),
    ("Economists said the dispute was unusually petty - \"a fight about fees that earn less than "
     "they cost to collect,\" in the words of Ivo Brask, a trade analyst at the Kestrel Maritime "
     "Institute.",
     "a fight about fees", "Ivo Brask", "Ivo Brask"),
    ("Maria Coldwell told the court she had been harassed for months. The court heard that Laura "
     "Brandt sent a message in which she wrote: “You will regret this.” “I did not sleep for "
     "weeks,” she said.",
     "did not sleep", "Maria Coldwell", "she"),
    ("Maria Coldwell appeared on Laura Brandt's radio show on Monday. “The budget is a disaster,” "
     "Coldwell told Brandt. “Should voters be worried?” Brandt asked. “They should be,” she "
     "replied. “Why?” she asked. “Because nobody is in charge of anything,” she replied.",
     "nobody is in charge", "Maria Coldwell", "she"),
    ("Ada Roux said the plan was “dead in the water,” in the words of her predecessor Peter "
     "Harlan, “a monument to waste and vanity.”",
     "dead in the water", "Ada Roux", "Ada Roux"),
    ("“The whole house just lifted off the ground,” Peter Harlan related to reporters on Tuesday.",
     "whole house", "Peter Harlan", "Peter Harlan"),
    ("A protester threw an egg on Peter Harlan as he left the court. “I will not be intimidated by "
     "anyone,” he said.",
     "not be intimidated", "Peter Harlan", "he"),
    ("The widow of the Harwick miners’ leader, Owen Vell, laid a wreath. “He was a good man to all "
     "of us,” the widow said.",
     "a good man", None, "the widow"),
    ("Rabbi Ilan Brosk has led the congregation since 1990. “Listening is the job,” Brosk "
     "said.\n\nAmong those who left in 1998 was Mordechai Zell. “We made peace over coffee,” Zell "
     "told the Gazette in 2010.\n\nBrosk and his wife, Hana, plan to move to the coast to be near "
     "their grandchildren.\n\n“She has been very patient,” he said.",
     "She has been very patient", "Ilan Brosk", "he"),
    ("A court ruled that Metropolitan Savvas Drenkov of Veshna is the lawful head of the "
     "church.\n\nSavvas called for calm. “There are no winners in a courtroom,” he said.",
     "no winners in a courtroom", "Savvas Drenkov", "he"),
    ("Opponents, led by the Fellowship of the Open Book, said the vote would split the "
     "church.\n\n“We were told our concerns would be heard,” said the Rev. Anders Lunnqvist, the "
     "fellowship’s chairman.\n\nThe fellowship said it would “explore every canonical avenue” to "
     "overturn the decision.",
     "explore every canonical avenue", "Fellowship of the Open Book", "The fellowship"),
    ("Vesna Kolar, a lawyer for the bishops, said they would appeal. “This is not over,” she "
     "said.\n\nThe Dravonian government, which has previously said it would “not interfere in the "
     "affairs of religious communities,” made no comment.",
     "not interfere in the affairs", "Dravonian government", "The Dravonian government"),
    ("A warehouse supervisor told a jury on Tuesday that she saw the man accused of setting the "
     "fire walking away “with his hood up and his head down” minutes before the blaze.",
     "with his hood up", None, "A warehouse supervisor"),
    ("Lenka Marwitz did not attend the hearing. Her lawyer, Bram Oster, read a short statement on "
     "her behalf: “I never took a single coin from the fund.”",
     "I never took a single coin", "Lenka Marwitz", "her"),
    ("Lenka Marwitz did not attend the hearing. Her lawyer, Bram Oster, spoke to the court.\n\nHe "
     "then read a short statement on her behalf:\n\n“I never took a single coin from the fund.”",
     "I never took a single coin", "Lenka Marwitz", "her"),
    ("The Haldane family did not attend. Their solicitor, Wendell Amory, read a brief statement on "
     "their behalf: “The family are grateful to the police.”",
     "The family are grateful", "Wendell Amory", "Wendell Amory"),
    ("Aurelio Brandtner died in the fire. His son, Matthias Brandtner, sat in the front row.\n\nThe "
     "company was fined on Friday. Brandtner’s son said he would give any compensation to charity. "
     "“It won’t bring Dad back,” he said.",
     "It won’t bring Dad back", "Matthias Brandtner", "he"),
    ("“We have not lost Pathwarden,” flight director Idris Vallenholm told a briefing on "
     "Friday.\n\nEngineers will keep sending commands until March. “Until that sunset, we’ll keep "
     "calling,” the flight director added.",
     "Until that sunset", "Idris Vallenholm", "the flight director"),
    ("The journal’s editor-in-chief, Caroline Ashgrove, said the paper would be retracted.\n\nAsked "
     "whether its review had failed, the editor was unapologetic — “Peer review is not fraud "
     "detection.”",
     "Peer review is not fraud detection", "Caroline Ashgrove", "the editor"),
    ("A spokeswoman for the Corvenian interior ministry said the country “does not comment on "
     "individual cases.”",
     "does not comment", "Corvenian interior ministry", "A spokeswoman for the Corvenian interior ministry"),
    ("The original investigation was led by Detective Superintendent Glenys Harbin, now retired, "
     "who had described the case at the time as “the one that keeps me up at night.”",
     "keeps me up at night", "Glenys Harbin", "Detective Superintendent Glenys Harbin"),
    ("Orla Fenn said jurors would hear from a colleague who would testify that Inspector Rook had "
     "described the case as “a lock” before any evidence was tested.",
     "a lock", "Rook", "Inspector Rook"),
    ("Another user, posting under the name Millwright, wrote: “Shame on the five.” His post was "
     "shared more than 300 times.",
     "Shame on the five", None, "Another user"),
    ("Mayor Fenella Dunstan opened the meeting. “We will hear everyone,” she said. Kezia "
     "Marchbanks, a resident, spoke next. “This is a disgrace,” she said.\n\nAt the close, the mayor "
     "thanked residents for their patience.\n\n“I have heard you,” she said.",
     "I have heard you", "Fenella Dunstan", "she"),
    ("For Lotte Brisk, who runs the last bakery on Mill Steps, the vote was “about five years "
     "overdue, if I'm honest.”",
     "about five years overdue", "Lotte Brisk", "Lotte Brisk"),
    ("The presiding judge, Anton Grevel, said the trial would go on. “This court will not be "
     "rushed,” Grevel said.\n\nLater, one of the two associate judges, Miriam Oska, interrupted the "
     "prosecutor.\n\n“Has this court seen that report?” the judge asked.",
     "Has this court seen", "Miriam Oska", "the judge"),
    ("The Skelde Heritage Association opposes the observatory. Halvor Strenn, a herder, agrees. "
     "“It is our mountain,” he said.\n\nThe association has filed a legal challenge. In its filing, "
     "it argues that the ministry “failed to consider the summit as a whole.”",
     "failed to consider the summit", "Skelde Heritage Association", "it"),
    ("Asked whether he feared that Tomas Brakel, who has called the treaty a hoax, could win, Ivo "
     "Lindqvist demurred.\n\n“There is just one science,” he said.",
     "There is just one science", "Ivo Lindqvist", "he"),
    ("Fishmonger Declan Murrow was blunt: “People come to me from the villages every week.”",
     "People come to me", "Declan Murrow", "Fishmonger Declan Murrow"),
    ("Karl Ban did not appear. His lawyer, Tom Berg, read a statement on his behalf: “I deny every "
     "charge.”",
     "I deny every charge", "Karl Ban", "his"),
    ("Tom Berg, the family’s lawyer, read a statement on behalf of Ada Roux’s family: “We are "
     "heartbroken.”",
     "We are heartbroken", "Tom Berg", "Tom Berg"),
    ("A trader who runs the stall that the mayor visited described the quay as “a ruin since the "
     "storm.”",
     "a ruin since the storm", None, "A trader"),
    ("A spokesman for the Corvenian ministry said the country “does not comment on cases.”",
     "does not comment", "Corvenian ministry", "A spokesman for the Corvenian ministry"),
    ("Federation president Delphine Sauter-Hale said the coach had been suspended. “We acted at "
     "once,” she said.\n\nOne of the three rowers, now 20, spoke to the Herald on condition that she "
     "not be named. “I trusted him completely,” she said.",
     "I trusted him completely", None, "she"),
    ("PELLMOUTH, Vastria, June 12 (Nordwire) — The board of Harrowgate Mining on Wednesday "
     "unanimously rejected a 6.2 billion crown takeover offer from rival copper producer Osterlund "
     "Metals, calling it “opportunistic” and saying it “fundamentally undervalues” the company’s "
     "mines.",
     "opportunistic", "Harrowgate Mining", "The board of Harrowgate Mining"),
    ("The health board’s medical director, Dr Konrad Hesselby, said the new unit had been designed "
     "with advice from Professor Anton Greave, a psychiatrist who led a national review in "
     "2019.\n\n“Is it further away? Yes,” he said.",
     "Is it further away", "Konrad Hesselby", "he"),
    ("“I balanced six budgets,” said Governor Amos Kilbride, the incumbent.\n\nThe moderator, radio "
     "host Fiona Gallard, pressed Desmond Ulrich on his lack of government experience.\n\n\"Mr. "
     "Ulrich, you've never held elected office. Why should voters trust you?\" Gallard "
     "asked.\n\n\"Because I've run a company,\" he said.",
     "Because I've run a company", "Desmond Ulrich", "he"),
    ("The debate, moderated by Kelvara Public Television anchor Theo Markham, grew heated. Ada "
     "Roux said the plan was “a fraud.”\n\nMarkham twice had to quiet the audience. “Folks, please, "
     "let’s hold it down,” the moderator said.",
     "Folks, please", "Theo Markham", "the moderator"),
    ("The Lenmarsh General Hospital will lose its ward. The Lenmarsh branch of the Union of Health "
     "and Care Workers, which represents most of the ward’s nurses, said it would “fight this "
     "decision every step of the way.”",
     "fight this decision", "Union of Health and Care Workers", "Union of Health and Care Workers"),
    ("Another shareholder, a man who gave his name only as Bertil, accused the board of treating "
     "the meeting as “a rubber stamp.”",
     "a rubber stamp", "Bertil", "Bertil"),
    ("Warrant Officer Nessa Coldbrook gave evidence on Tuesday. Her account was blunt — “We were "
     "signing off work we hadn't finished” — and drew murmurs from the gallery.",
     "We were signing off work", "Nessa Coldbrook", "Her"),
    ("Retired major Corwin Ashdale, known to recruits as “the Bulldog” and the author of “Home "
     "Front: The Broken Promise of Military Housing,” told the committee the problem was “decades "
     "in the making.”",
     "decades in the making", "Corwin Ashdale", "Corwin Ashdale"),
    ("Osric Delvanne has scored 14 goals this season. He posted a brief message on social media "
     "after the charge was announced: \"I have never taken anything. I will prove it.\"",
     "I have never taken anything", "Osric Delvanne", "He"),
    ("“We went defensive early,” said District Fire Chief Orla Vanstrom.\n\n“I have never seen "
     "anything like it,” said Dagny Holloway, 54, who fled with her dogs.\n\nVanstrom, who has "
     "appeared in the council’s “Safe Homes, Safe Streets” campaign videos, urged people to know "
     "their evacuation routes.\n\n“Tonight it was a warehouse,” she said.",
     "Tonight it was a warehouse", "Orla Vanstrom", "she"),
    ("The debate was moderated by Kelvara Public Television anchor Ilse Drummond. Candidates Tomas "
     "Ulrich and Petr Gallard faced off for two hours.\n\n“Mr. Ulrich, you have never held office. "
     "Why should voters trust you?” Gallard asked.\n\n“And what about the debts your company left "
     "behind?” he asked.",
     "And what about the debts", "Petr Gallard", "he"),
    ("Candidates Tomas Ulrich and Petr Gallard faced off for two hours on Tuesday.\n\n“Mr. Ulrich, "
     "will you run again?” Gallard asked at the start of the evening.\n\nThe debate then turned to "
     "taxes. Gallard spoke for ten minutes about the port levy and the harbour budget.\n\n“The levy "
     "is a disgrace,” he said.",
     "The levy is a disgrace", "Petr Gallard", "he"),
    ("The Harbour First campaign and its founder, Petr Gallard, were in the room. Tomas Ulrich "
     "spoke next.\n\n“First, who pays for this?” Ulrich asked.\n\n“The port does,” he said.",
     "The port does", "Tomas Ulrich", "he"),
    ("The dinner was hosted by the Vastrian embassy for Trade Minister Anton Greave and his staff. "
     "The embassy's consul, Ilse Drummond, gave a toast.\n\n“Welcome to Pellmouth,” the host said.",
     "Welcome to Pellmouth", None, "the host"),
    ("Ilse Drummond said nothing, but a message was read: “Thank you all for coming.”",
     "Thank you all for coming", None, "a message"),
    ("VASTRAIL, the national operator, had a simple message — “Trains will run on time from "
     "Monday.”",
     "Trains will run on time", "VASTRAIL", "VASTRAIL"),
    ("Mayor Tomas Vale announced on Monday that the new fire chief would be Anton Greave, a "
     "30-year veteran of the Pellmouth brigade.\n\n“I am honoured to serve,” he said.",
     "I am honoured to serve", "Anton Greave", "he"),
    ("A delegation led by Ilse Drummond to meet Anton Greave arrived on Monday. Greave welcomed "
     "the visitors.\n\n“We have much to discuss,” the leader said.",
     "We have much to discuss", "Ilse Drummond", "the leader"),
    ("Candidates Tomas Ulrich and Petr Gallard faced off on Tuesday.\n\n“Mr. Ulrich, you have never "
     "held office. Why should voters trust you?” Gallard asked.\n\n“Because I have run a company for "
     "twenty years,” he said.",
     "Because I have run a company", "Tomas Ulrich", "he"),
    ("The inquiry is being led by planning inspector Dorian Kelsall, who will make a "
     "recommendation to ministers.\n\nObjectors packed the hall on Monday. Tomas Ryle, a farmer, "
     "said the line would split his land.\n\nKelsall opened the hearing by warning against "
     "interruptions. “This inquiry will hear every side,” the inspector said.",
     "This inquiry will hear", "Dorian Kelsall", "the inspector"),
    ("Idris Polwhele, the operator's engineer, gave evidence first. He was cross-examined for "
     "nearly three hours by the residents’ barrister, Fenella Crouchley.\n\n“Forecasts published by "
     "the industry,” the barrister shot back, “are not evidence.”",
     "Forecasts published", "Fenella Crouchley", "the barrister"),
    ("Prosecutor Imogen Reiss-Farley said Crispin Andelholt replied the same evening. She read his "
     "message to the court: “Just get it through the season.”",
     "Just get it through", "Crispin Andelholt", "his"),
    ("The operator, Estrail Northern, said it had offered a rise, tied to changes in rostering "
     "that the union calls “flexibility by the back door.”",
     "flexibility by the back door", None, "the union"),
    ("Nurses at Lenmarsh voted overwhelmingly to strike over what their union calls “unsafe and "
     "unsustainable” staffing levels, raising the prospect of a walkout.",
     "unsafe and unsustainable", None, "their union"),
    ("The commission heard from Ulrich for an hour. Its account of the meeting, published on "
     "Friday, was brief: “No laws were broken.”",
     "No laws were broken", None, None),
    ("PELLMOUTH, Vastria, 12 June (Nordwire) — Harbour master Tomas Ulrich had a warning: “The "
     "storm is coming.”",
     "The storm is coming", "Tomas Ulrich", "Tomas Ulrich"),
    ("PELLMOUTH, June 12, 2024 — Mayor Ada Roux was blunt: “Stay indoors.”",
     "Stay indoors", "Ada Roux", "Mayor Ada Roux"),
    ("Petr Gallard was sentenced on Friday. Tomas Ulrich, the prosecutor, read his statement to "
     "reporters: “Justice was done.”",
     "Justice was done", "Tomas Ulrich", "Tomas Ulrich"),
    ("Ada Roux, a defence lawyer, said that the police reports “contradict each other”.",
     "contradict each other", "Ada Roux", "Ada Roux"),
    ("The Federation of Registered Nurses represents most of them. Sixth-former Ezra Monkhouse, "
     "who plays Bottom, said rehearsals ran late. The director, Tobias Wren, is 70.\n\n“He still "
     "remembers everyone’s lines better than we do,” said Ezra.",
     "He still remembers", "Ezra Monkhouse", "Ezra"),
    ("Minister for Digital Affairs Corvin Aldermast told the committee: “We will act.”",
     "We will act", "Corvin Aldermast", "Minister for Digital Affairs Corvin Aldermast"),
    ("Head teacher Marguerite Olsby banned phones in 2023. “It was the right call,” she said.\n\nOne "
     "of those who objected at first was Delphine Cattermole, whose daughter is in Year 10.\n\n“I "
     "was furious,” she said.",
     "I was furious", "Delphine Cattermole", "she"),
    ("Mirela Ostrand promised on Tuesday to scrap the toll on the Harrow bridge.\n\n“The toll is a "
     "tax on work,” the Republican presidential candidate told supporters in Tessel.",
     "tax on work", "Mirela Ostrand", "the Republican presidential candidate"),
    ("Democratic senator Anton Greave spoke first at the Tessel forum.\n\n“The bridge toll stays,” said "
     "the Republican presidential candidate.",
     "toll stays", None, "the Republican presidential candidate"),
    ("PELLMOUTH, Vastria - At a rally last week, Tomas Ulrich showed the crowd a clip of Mayor Ada "
     "Roux dodging a question.\n\n“Mayor Roux, let me help you out - the answer is no,” the "
     "vice-presidential nominee riffed.",
     "help you out", "Tomas Ulrich", "the vice-presidential nominee"),
    ("Four candidates took questions on Sunday, and Ada Roux said the debate had been “a waste of "
     "an evening.”\n\nAs usual, it was Tomas Ulrich who drew most of the attention. Appearing on "
     "Radio Tessel, the billionaire candidate said the toll was “theft by another name.”",
     "theft by another name", "Tomas Ulrich", "the billionaire candidate"),
    ("The chief state prosecutor in the case, Osric Hale, later became justice minister.\n\nDalia "
     "Freundt, who clerked for the judge in 1998 and is now a senior prosecutor in Drennic, said "
     "the work was exacting.\n\n“It was torture,” the prosecutor said.",
     "torture", "Dalia Freundt", "the prosecutor"),
    ("Rovers head coach Bram Tolliver took the club to four titles in thirty years.\n\nRenata "
     "Obi-Lund, who served as his assistant for twelve years before coaching the Karsovian women’s "
     "national team, said the trophies told only part of the story.\n\n“People remember the titles,” "
     "the former national coach said.",
     "remember the titles", "Renata Obi-Lund", "the former national coach"),
    ("MERRANBY, Calvenna — Leaders of the seven-nation Southern Littoral Council ended their "
     "summit on Friday with a pledge to create a drought fund.\n\n“The Council stands united,” the "
     "leaders said in a joint declaration adopted by consensus.",
     "stands united", "Southern Littoral Council", "the leaders"),
    ("MERRANBY, Calvenna — Leaders of the seven-nation Southern Littoral Council ended their "
     "summit on Friday.\n\n“The Council stands united,” the leaders said in a joint declaration "
     "adopted by consensus.\n\nThe declaration, which runs to 11 pages, describes the drought as "
     "“the gravest threat to food security.”",
     "gravest threat", "Southern Littoral Council", "The declaration"),
    ("Forty members of the Tessel Regional Assembly wrote to the minister on Friday.\n\n“We are "
     "gravely concerned,” the members wrote.",
     "gravely concerned", None, "the members"),
    ("Tomas Ulrich, the party leader, spoke for an hour on Tuesday. A senior Republican official, "
     "who asked not to be named, said the speech had gone badly.\n\n“He lost the room,” the "
     "Republican official said.",
     "lost the room", None, "the Republican official"),
    ("President Karl Brenn signed the decree on Monday night.\n\n“The decree takes effect at once,” "
     "the presidential spokesman said.",
     "takes effect at once", None, "the presidential spokesman"),
    ("Tomas Ulrich has run the mill for 30 years. “We never closed, not once,” he said.\n\nIt was "
     "Karl Brenn who hired him in 1994. “Karl believed in me,” he said.",
     "believed in me", "Tomas Ulrich", "he"),
    ("Socialist Future, a youth group, said on Friday it would march. “We will fill the square,” "
     "the group said.",
     "fill the square", "Socialist Future", "the group"),
    ("Republican presidential hopefuls Karl Brenn and Tomas Ulrich met in Tessel on Sunday.\n\n“My "
     "rival has no plan,” Ulrich said. “I have a plan, and it is costed,” the Republican senator "
     "replied.",
     "it is costed", None, "the Republican senator"),
    ("Karl Brenn and Tomas Ulrich, both Republicans, debated in Tessel on Sunday. Brenn, a "
     "shipping billionaire, spoke first. “The toll must go,” he said.\n\nUlrich attacked his record. "
     "“He has never paid a toll in his life,” Ulrich said. “I have paid plenty,” the billionaire "
     "businessman shot back.",
     "paid plenty", "Karl Brenn", "the billionaire businessman"),
    ("Tomas Ulrich, the party leader, spoke for an hour on Tuesday. A senior Republican senator, "
     "who asked not to be named, said the speech had gone badly.\n\n“He lost the room,” the "
     "Republican senator said.",
     "lost the room", None, "the Republican senator"),
    ("Nadia Ferrenz said the tests were damning. She then read to the jury from an email she said "
     "Konrad Halm had sent to a warehouse manager in 2021: “Just put the new labels on. Nobody "
     "checks.”",
     "new labels", "Konrad Halm", "Konrad Halm"),
    ("Nadia Ferrenz read from a letter written by Konrad Halm: “I need more time.”",
     "more time", "Konrad Halm", "Konrad Halm"),
    ("Meridian Research published its poll on Monday. Meridian said in a methodological note that "
     "the survey “was weighted by age and province.”",
     "weighted by age", "Meridian Research", "Meridian"),
    ("Oriel Vantrecht answered at once. Vantrecht’s rebuttal was brief: “Eight months. In one "
     "province.”",
     "Eight months", "Oriel Vantrecht", "Vantrecht"),
    ("Ysolde Frane taught for forty years. Her rule for students was simple: “Measure it again. "
     "Then measure it once more.”",
     "Measure it again", "Ysolde Frane", "Her"),
    ("In the interview, Severin Tollak also rejected a claim by the city’s mayor, Otto Vanterpool, "
     "that the prosecution was “politically motivated.”",
     "politically motivated", "Otto Vanterpool", "Otto Vanterpool"),
    ("The Southern Littoral Council met in Pellmouth on Friday. Union leaders protested "
     "outside.\n\n“Our members are ignored,” the leaders said.",
     "members are ignored", None, "the leaders"),
    ("Leaders of the Southern Littoral Council met in Pellmouth on Friday. They were greeted by "
     "protesters.\n\n“Go home,” the protesters shouted. Tomas Ulrich, the protest organiser, said "
     "leaders of the union would join them.\n\n“We are not afraid,” the leaders said.",
     "not afraid", None, "the leaders"),
    ("Ada Roux opened the ceremony in Osterby. She read from a letter written by Jonas Pell, then "
     "added her own thoughts: “He would have been proud today.”",
     "would have been proud", "Ada Roux", "She"),
    ("Hedda Tollak said a claim by the auditor, Otto Vanterpool, that the fund was empty was "
     "“simply wrong.”",
     "simply wrong", "Hedda Tollak", "Hedda Tollak"),
    ("Hedda Tollak called the allegations from Otto Vanterpool that she took bribes “a pack of "
     "lies.”",
     "pack of lies", "Hedda Tollak", "Hedda Tollak"),
    ("Tomas Ulrich became a senator in 2010 and now wants the presidency. He spoke in Pellmouth on "
     "Tuesday.\n\n“I am ready,” the Republican senator said.",
     "I am ready", "Tomas Ulrich", "the Republican senator"),
    ("Tomas Ulrich spoke in Pellmouth on Tuesday. “Taxes are too high,” Ulrich said. Ada Roux "
     "spoke next.\n\n“He has no plan,” the presidential candidate replied.",
     "no plan", "Ada Roux", "the presidential candidate"),
    ("It was Greta Solm who stood up to Anna Vogt at the Osterby council meeting.\n\n“Somebody had "
     "to,” she said.",
     "Somebody had to", "Greta Solm", "she"),
    ("Ada Roux, a Conservative, toured Osterby on Tuesday.\n\n“We need more police,” the "
     "Conservative lawmaker said.",
     "more police", "Ada Roux", "the Conservative lawmaker"),
    ("“I heard a scream and ran,” said Tomas Ulrich, the night foreman.\n\nIt was Karl Brenn who "
     "found the body. “He called me at once,” he said.",
     "called me at once", "Tomas Ulrich", "he"),
    ("Tarrow chairman Emrys Pollard did not appear on the programme, but the club issued a short "
     "statement during the broadcast. “The board has full confidence in the coach,” it read.",
     "full confidence", None, "it"),
    ("At the hearing, Ana Roux read from a letter written by Tomas Vell before his death: “I never "
     "wanted to leave Harlow.”",
     "never wanted", "Tomas Vell", "Tomas Vell"),
    ("Karl Brenn questioned a claim by Ilse Varga that the bridge was “perfectly safe.”",
     "perfectly safe", "Ilse Varga", "Ilse Varga"),
    ("Karl Brenn rejected outright a claim by Ilse Varga that the bridge was “perfectly safe.”",
     "perfectly safe", "Ilse Varga", "Ilse Varga"),
    ("On Friday, leaders of the Southern Littoral Council ended their summit.\n\n“We have agreed on "
     "a common fund,” the leaders said in a joint statement.",
     "common fund", "Southern Littoral Council", "the leaders"),
    ("Leaders of the Southern Littoral Council ended their summit on Friday. The leaders also "
     "agreed to meet again in May.\n\n“We have agreed on a common fund,” the leaders said in a joint "
     "statement.",
     "common fund", "Southern Littoral Council", "the leaders"),
    ("Foreign ministers of the Southern Littoral Council met in Velmont on Friday.\n\n“This is a new "
     "beginning,” the ministers said.",
     "new beginning", "Southern Littoral Council", "the ministers"),
    ("It was Anna Vogt who found the letter, according to Greta Solm. “We had no idea it existed,” "
     "she said.",
     "no idea", "Greta Solm", "she"),
    ("It was Anna Vogt who found the letter, Greta Solm said. “We had no idea it existed,” she "
     "added.",
     "no idea", "Greta Solm", "she"),
    ("Greta Solm said the discovery changed everything. It was Anna Vogt who found the letter. “We "
     "had no idea it existed,” she said.",
     "no idea", "Greta Solm", "she"),
], ids=["hyphen-after-apostrophe", "said-its-role-then-name", "role-then-name-of-a-body",
        "role-opening-the-sentence-before", "party-group-leader-then-name", "said-one", "one-said-short",
        "another-said-short",
        "written-statement-is-no-verb", "her-closing-line", "second-fragment-not-the-next-sentences",
        "role-then-what-he-is-in-commas", "company-after-dateline-and-shares-in-it",
        "a-dated-report-by-a-body", "my-mother-then-she", "name-of-the-outlet-then-he",
        "title-and-name-of-the-club", "name-of-a-university-of-a-place", "month-before-its-day",
        "body-named-with-and", "firm-named-with-ampersand", "words-joined-to-a-reported-act",
        "company-by-its-first-word", "body-by-its-initials", "plural-of-people-opening-a-sentence",
        "unnamed-person-placed-by-a-phrase", "unnamed-person-opening-the-pronoun-sentence",
        "but-the-role-said", "role-in-commas-after-a-fronted-phrase", "statement-with-its-time",
        "age-and-position-of-the-scorer", "office-of-a-role", "subject-of-a-company-without-a-verb",
        "title-name-and-clause-in-commas", "spokesman-for-a-body-then-he", "systems-company-is-no-she",
        "business-noun-in-a-headline", "role-in-commas-after-a-participle", "made-to-act-then-he",
        "role-name-and-employer-in-commas", "unnamed-person-before-the-quote-and-its-tag",
        "relative-named-in-commas", "spokesman-for-the-company", "venue-is-a-body",
        "based-in-a-place-is-no-owner", "office-of-a-possessive-title", "department-for-two-things",
        "role-words-after-an-opening-clause", "quoted-word-in-a-description", "they-for-one-unnamed",
        "an-unnamed-asker-is-not-who-replies", "she-named-two-sentences-back", "newsletter-label-then-dash",
        "the-union-for-an-association", "the-report-a-body-published", "the-star-for-a-singer",
        "someone-unnamed-from-a-place", "who-gave-his-name-as",
        "told-after-a-passive", "a-ministry-spokesman", "the-agency-for-a-council", "job-before-a-name",
        "unnamed-after-a-fronted-phrase", "skipper-for-captain", "the-post-someone-wrote",
        "snapped", "the-club", "street-is-a-place", "freshman-is-somebody", "the-spokesman-again",
        "nickname-after-a-title-and-an-unknown-forename", "role-in-commas-after-when",
        "places-named-before-counties", "the-email-someone-sent", "nickname-in-single-marks",
        "the-company-named-paragraphs-back-with-inc", "unnamed-after-a-long-fronted-phrase",
        "the-post-he-wrote", "nickname-after-an-unknown-forename", "a-statement-from-the-body",
        "the-memo-written-by", "one-review-is-no-body", "kept-unnamed-then-she", "lone-surname-said-he",
        "told-that-a-thing-reflected", "statement-issued-by-his-office-after-am",
        "role-in-commas-after-a-dateline",
        "of-a-party-in-lower-case", "a-city-in-commas-is-no-subject", "airline-before-its-flight-number",
        "her-message-was-blunt", "rocker-for-frontman-and-bellowed", "role-in-commas-then-who-says",
        "body-which-said", "council-of-something", "premier-division", "substitute-is-a-role",
        "body-in-lower-case-never-a-speaker-before", "the-party-for-an-alliance", "office-of-a-governor",
        "minister-for-two-words", "a-jury-that-told-speaks", "it-after-and-that-is-not-the-reader",
        "a-letter-from-someone-is-not-the-statement", "to-her-tells-no-gender", "said-the-age",
        "said-someone-in-a-team-s-scarf", "i-in-a-transcript-turn",
        "statement-opening-a-sentence-then-its-verb", "the-spokeswoman-named-in-commas", "age-before-a-name",
        "forecaster-is-a-role", "the-force-for-the-police", "marchers-are-nobody-named",
        "a-couple-sharing-a-surname", "among-them-was-someone-who", "the-one-he-meant-is-someone-who",
        "and-at-one-point-muttered", "long-appositive-gives-its-head-as-role",
        "a-former-governor-is-not-the-governor", "company-with-co", "at-the-time-between-subject-and-verb",
        "statement-released-at-a-time", "headline-word-then-company", "the-company-that-spoke-not-its-ship",
        "capitalised-role-after-the", "the-minister-for-a-secretary", "capitalised-role-then-name-in-commas",
        "role-with-age-in-commas-then-he",
        "asked-whether-then-the-role", "age-epithet-after-a-name", "age-epithet-then-the-role-then-she",
        "principal-is-a-title", "grandmaster-is-a-title", "headline-short-form-of-a-club", "defending-champion-is-a-role",
        "city-of-a-place-is-one-body", "it-read-after-issuing-a-statement", "the-federation-for-a-union",
        "someone-is-nobody-named", "company-in-an-appositive-is-a-body", "description-then-name-then-verb",
        "title-of-a-place-then-name-in-commas", "called-her-on-a-day-is-a-phone-call",
        "bare-age-of-someone-given-it", "floating-quote-after-an-age-epithet-said",
        "a-forename-inside-a-body-name", "role-before-an-honorific", "role-before-a-councillor-title",
        "a-trade-before-a-name", "possessive-title-in-commas-mid-sentence", "who-chairs-is-the-chair",
        "lower-case-word-between-owner-and-title", "relative-clause-in-a-role-says-nothing",
        "the-body-written-last", "asked-whether-clause-then-she", "kin-inside-a-quote-does-not-act",
        "unnamed-person-on-a-street", "who-did-something-and-said", "name-of-a-police-force-said",
        "a-player-s-position-before-the-name", "appositive-with-for-whom", "the-head-of-a-body-is-no-body",
        "a-role-of-a-place", "elected-mayor-then-the-mayor-elect", "short-opening-then-he-colon",
        "ecologist-in-commas-then-he", "with-people-warning", "title-of-a-long-body-in-commas",
        "a-full-role-speaks-again", "asked-by-someone-whether-then-she", "the-role-s-reply-then-she",
        "title-at-a-place-in-commas", "introduced-as-an-object-then-he", "long-relative-clause-then-a-verb",
        "the-town-a-company-is-named-for",
        "the-subject-of-the-sentence-before-then-he",
        "a-second-expert-then-she",
        "a-child-with-his-age-then-he",
        "a-name-describing-a-campaign-is-no-subject",
        "in-that-sense-goes-on-with-the-speaker",
        "chamber-of-commerce-is-one-body",
        "subject-after-a-dateline-with-a-country",
        "a country-s-ministry",
        "a-rugby-position-before-the-name",
        "someone-at-a-firm",
        "an-aside-between-subject-and-verb-and-a-second-verb",
        "agreed-to-is-no-speech-of-theirs",
        "asked-not-to-be-identified-is-no-cue",
        "the-first-witness-then-the-witness",
        "senior-coroner-is-a-title",
        "the-head-for-a-headteacher",
        "the-vicar-for-the-rev",
        "the-second-officer-is-not-the-first",
        "the-statement-of-the-body-just-speaking",
        "the-diocese-s-statement-colon",
        "floating-after-an-unnamed-analyst-with-his-firm",
        "then-after-a-pause-colon-goes-on",
        "a-quote-between-dashes-after-the-subject",
        "with-his-wife-named-in-commas-is-no-subject",
        "the-one-man-named-in-the-sentence-then-he",
        "a-company-spokeswoman-after-a-union-spoke",
        "a-card-from-a-pupil-read",
        "a-sign-on-a-door-of-a-pub-read",
        "a-long-fronted-place-then-the-subject-then-she",
        "asked-clause-with-that-then-the-subject-acts",
        "a-hyphen-dash-after-an-ex-club-role",
        "a-name-s-message-to-a-long-audience-was-blunt",
        "someone-unnamed-in-her-reported-clause-is-not-she",
        "it-after-the-central-bank-said",
        "one-man-who-gave-his-first-name-then-he",
        "a-platform-before-a-participle-is-no-speaker",
        "the-post-read-after-someone-posted-the-message",
        "the-opposition-leader-is-not-the-prime-minister",
        "someone-holding-a-sign-reads-it-out",
        "the-novelist-for-the-one-just-written-about",
        "an-unnamed-judge-is-not-the-lawyer-just-named",
        "that-was-the-message-from-after-the-quote",
        "a-town-of-a-place-before-who-is-no-subject",
        "her-husband-named-before-in-commas",
        "his-reply-between-spaced-hyphens",
        "the-memo-continued-after-wrote-in-the-memo",
        "a-critic-of-the-weekly-review",
        "then-more-seriously-colon-goes-on",
        "her-verdict-was-blunter-still-dash",
        "one-of-the-engineers-then-he",
        "a-title-in-commas-then-the-subject-then-he",
        "a-retired-postman-and-a-dashed-aside-then-he",
        "among-them-was-then-he",
        "the-major-for-maj",
        "known-only-as-is-a-name-and-a-message-posted-with",
        "a-report-released-on-a-day-by-a-body",
        "the-scientist-for-a-biologist",
        "a-spokesperson-right-after-a-body-spoke",
        "a-spokesman-after-a-person-is-nobody-named",
        "its-statement-after-a-body-opened-the-sentence-before",
        "the-person-nearest-the-town-before-who",
        "her-son-is-not-her-other-son",
        "a-message-to-someone-is-not-theirs",
        "a-short-quote-then-a-long-aside-then-said",
        "a-slogan-writer-is-no-slogan",
        "her-lawyer-named-before-in-commas",
        "among-them-was-then-she-then-she-said",
        "identified-only-as-a-forename-then-she",
        "a-role-written-with-of-the",
        "the-name-a-described-person-goes-by",
        "identified-only-by-a-first-name",
        "a-question-fronting-the-sentence-has-no-subject",
        "an-invented-country-and-its-people-are-no-speakers",
        "a-name-with-an-age-is-no-body",
        "a-record-label-shortened",
        "the-charity-said",
        "the-cooperative-said",
        "a-possessive-opening-the-subject-phrase",
        "asked-before-the-pronoun-of-the-subject-before",
        "it-after-a-body-in-lower-case",
        "it-after-a-body-opening-the-sentence-before",
        "that-was-the-view-of-after-a-dash",
        "a-summary-given-by-a-role-before-a-dash",
        "a-bodys-advice-before-a-dash",
        "her-message-in-commas-before-a-dash",
        "the-forces-message-before-a-colon",
        "the-subject-answering-when-someone-else-suggested",
        "his-daughter-named-early-in-an-obituary",
        "survived-by-a-daughter-named",
        "a-role-before-a-who-clause-ending-the-sentence",
        "who-served-as-a-role",
        "who-succeeded-someone-as-a-role",
        "an-unnamed-source-speaking-of-her-is-not-she",
        "a-second-title-in-commas-after-and",
        "she-replied-after-a-question-is-not-the-asker",
        "a-letter-to-her-sister-named-is-not-she",
        "a-role-for-the-one-person-named-before-anyone-spoke",
        "the-one-giving-evidence-is-the-witness",
        "a-role-in-the-lead-named-in-the-next-paragraph",
        "succeeded-her-as-head-coach",
        "rt-rev-is-a-title",
        "the-rector-is-the-rev",
        "a-title-with-of-and-an-asked-aside",
        "a-floating-quote-after-narrative-with-a-so-called-label",
        "her-reasoning-was-blunt",
        "a-party-introduced-as-her-party-is-no-she",
        "the-company-not-its-product",
        "a-manager-is-the-coach",
        "now-the-captain",
        "another-passenger-opening-the-sentence-before",
        "a-name-between-dashes-before-said",
        "she-replied-to-a-question-asked-in-narrative",
        "a-role-opening-the-sentence-before-he",
        "whose-answer-the-sentence-before-announces",
        "what-he-calls-inside-a-who-clause",
        "what-its-inspectors-called",
        "what-its-notice-called",
        "for-someone-the-thing-is-personal-dash",
        "a-union-named-alliance",
        "a-passage-others-quoted-back-is-hers",
        "a-line-the-crowd-chanted-back-is-hers",
        "where-a-body-is-based-is-no-part-of-its-name",
        "where-a-person-is-based-is-a-role",
        "the-administrator",
        "the-consortium",
        "the-company-that-spoke-not-an-agency",
        "the-coast-guard",
        "that-was-how-someone-put-it",
        "for-a-role-and-name-the-answer-is-simple",
        "among-those-waiting-is",
        "the-ministers-deputy-is-no-minister",
        "an-age-and-a-longer-description",
        "a-persons-noun-before-the-name-is-a-role",
        "someones-husband-opening-the-sentence-before-is-unnamed",
        "a-message-from-his-mother-named-before-it",
        "the-ministrys-lawyer-is-its-counsel",
        "the-agency-is-an-administration",
        "commanded-by-makes-the-commander",
        "a-cabinet-member-for-a-field-opens-the-sentence",
        "a-corporal-is-a-person-of-rank",
        "private-first-class-is-one-rank",
        "someones-partner-in-commas-opens-the-sentence",
        "mr-xs-mother-in-commas-opens-the-sentence",
        "a-counterpart-in-the-named-guard-opens-the-sentence",
        "heard-from-a-care-assistant-who-brings-her-in",
        "a-deputy-mayor-for-a-field-is-later-the-deputy-mayor",
        "the-doctor-is-the-dr-last-named",
        "a-director-of-rugby-is-the-boss",
        "an-all-rounder-named-after-a-comma",
        "the-air-defence-commander-is-who-commands-air-defence",
        "aggregates-make-a-company",
        "the-procurement-chief-is-the-head-of-procurement",
        "the-board-of-a-company-on-a-day-is-the-company",
        "a-companys-board-is-the-company",
        "a-season-between-a-body-and-its-verb",
        "a-forename-alone-first-is-the-full-name-after",
        "his-sister-in-commas-is-a-woman",
        "her-brother-opening-a-sentence-is-the-brother-named-before",
        "calling-a-doctor-after-a-quote-is-no-tag",
        "according-to-a-role-of-a-body-then-the-name",
        "the-ombudsman-is-the-office-so-named",
        "a-national-squad-named-for-an-invented-country-is-no-club",
        "a-supporters-group-in-commas-is-no-verb",
        "an-unnamed-speaker-before-a-dashed-aside",
        "a-pronoun-after-an-opening-place-then-a-dash",
        "the-companys-spokeswoman-is-the-one-named-so",
        "lady-seat-is-the-countess-of-that-seat",
        "a-countess-in-a-headline-is-a-title",
        "a-palace-speaks-as-a-body",
        "the-king-is-not-his-father-spoken-of",
        "another-analyst-of-the-brokerage-in-commas",
        "a-counterpart-at-a-named-paper-in-commas",
        "a-name-a-which-clause-follows-is-no-she",
        "a-partys-short-name-opening-on-a-role-word",
        "moderated-by-makes-the-moderator",
        "said-another-then-the-name",
        "that-was-how-x-described-her-sister",
        "the-fund-named-after-its-noun",
        "a-quote-after-his-reported-words-in-its-paragraph",
        "his-reference-came-in-a-post-colon",
        "her-reply-drew-applause-dash",
        "one-resident-of-a-street-is-unnamed",
        "his-father-comma-he-said-is-the-speaker",
        "named-in-a-verdict-after-the-quote-then-she",
        "a-role-tag-closing-reported-words-is-a-source",
        "an-act-inside-a-judges-report-is-the-judges-words",
        "rejected-inside-his-report-is-his-words",
        "dismissed-as-keeps-who-dismissed",
        "that-is-how-x-describes-a-shift",
        "harriers-is-a-club",
        "the-station-is-the-radio-named",
        "a-fan-who-gave-his-name-only-as",
        "whom-a-letter-was-written-to-asking-him-is-no-source",
        "who-gave-only-her-first-name-brings-her-in",
        "his-son-said-is-the-son-named-before",
        "his-summary-of-the-response-colon",
        "one-of-the-plaintiffs-in-commas-brings-him-in",
        "what-she-called-the-worst-night-is-no-summons",
        "a-finance-minister-is-a-role-not-a-company",
        "duke-alone-is-a-surname",
        "the-family-is-no-family-court",
        "an-economist-with-a-doctorate-is-no-doctor",
        "the-widow-of-a-man-is-not-the-man",
        "the-agent-of-a-described-player-is-not-the-player",
        "her-only-comment-this-week-between-dashes",
        "a-hyphenated-title-in-commas-is-later-the-role",
        "a-bulletin-speaks-for-the-body-that-issued-it",
        "the-brigade-is-the-fire-brigade-named",
        "a-forum-of-parents-is-one-body",
        "said-the-abbot-the-venerable-name",
        "the-priest-the-rev-name-is-the-next-he",
        "the-deputy-abbot-is-the-one-named-so",
        "a-maritime-company-in-commas-is-the-company",
        "the-harbourmaster-is-the-one-named-so",
        "he-used-to-tell-her-is-a-tag",
        "a-peoples-word-is-its-countrys-minister",
        "a-body-of-the-something-keeps-its-whole-name",
        "a-company-urged-to-act-is-no-she",
        "a-long-asked-whether-clause-leaves-the-subject-after-it",
        "numbers-that-add-up-say-nothing",
        "a-deputy-brought-in-is-no-new-governor",
        "an-it-after-a-preposition-is-no-subject",
        "that-was-the-response-of-names-the-speaker",
        "an-owners-warning-coordinator-is-a-role",
        "a-woman-after-a-place-and-an-aside-is-the-next-she",
        "the-bishop-shook-his-head-colon",
        "a-short-sentence-case-quote-is-no-title",
        "he-after-asked-x-is-x",
        "her-son-after-an-opening-clause-and-an-aside-is-named",
        "a-spokesman-for-a-body-then-his-name",
        "an-aide-to-a-senator-is-not-the-senator",
        "the-laboratory-is-the-one-named",
        "a-headlines-opening-noun-is-no-name",
        "a-title-in-commas-with-where-from-after-the-name",
        "who-clause-then-testified-is-the-witness",
        "an-owners-assessment-at-the-end-dash",
        "a-company-spokeswoman-speaks-for-the-company",
        "a-spokeswoman-for-the-named-chain",
        "a-spokeswoman-for-the-office-named",
        "but-the-chief-executive-was-blunt-then-she",
        "a-role-after-an-opening-participle-clause-then-he",
        "it-opening-a-paragraph-is-the-body-before",
        "a-comptroller-is-a-title",
        "the-top-seed-is-the-one-named-so",
        "the-world-champion-is-the-one-named-so",
        "a-title-in-commas-then-what-he-is-before-the-name",
        "a-possessive-opening-a-sentence-is-the-next-he",
        "a-double-hyphen-then-that-was-the-verdict-of",
        "a-rail-infrastructure-body-speaks-through-a-spokesperson",
        "another-heckler-who-gave-no-name-is-the-next-she",
        "including-x-in-commas-is-no-subject",
        "a-man-from-a-place-who-gave-only-his-first-name",
        "a-description-before-he-is-no-one-new",
        "a-surname-that-is-a-trade-word",
        "a-filing-speaks-for-its-filer",
        "a-label-its-giver-dubbed-is-their-words",
        "a-label-she-touted-is-her-words",
        "rating-agency-after-a-quote-is-no-rating",
        "asked-xs-lawyer-is-not-x",
        "still-comma-the-chief-executive-then-she",
        "a-possessive-opening-spoken-of-is-no-source",
        "whose-son-in-commas-is-a-he",
        "said-incident-commander-name-is-the-commander",
        "another-x-comma-sheep-farmer-name-colon",
        "who-threatened-to-clear-the-room-reports-nothing",
        "a-coalition-for-a-something-keeps-its-whole-name",
        "said-an-aide-to-a-senator-then-his-name",
        "that-was-how-x-reacted-names-the-speaker",
        "a-shared-surname-then-said-she-is-the-woman",
        "an-unnamed-official-of-a-named-party-is-nobody-named",
        "a-place-described-in-commas-is-no-she",
        "a-role-read-as-someone-teaches-no-gender",
        "the-deputy-is-the-one-titled-deputy",
        "the-priest-is-the-father-named",
        "his-manager-is-the-one-manager-named",
        "asked-by-a-named-prosecutor-she-replied",
        "to-x-he-said-speaks-to-x",
        "described-as-a-label-by-x",
        "a-message-someone-sent-reading",
        "her-opposite-number-a-clubs-coach-then-the-name",
        "another-former-assistant-named-is-the-former-assistant",
        "in-the-words-of-an-unnamed-columnist",
        "dismissed-at-the-time-by-a-body",
        "but-his-federation-issued-a-statement-describing",
        "a-participle-after-and-he-has-battled",
        "a-woman-brought-in-with-a-role-and-a-who-clause",
        "traders-on-a-street-are-not-the-street",
        "the-chairman-is-who-chairs-the-board",
        "another-the-retired-cellist-then-he",
        "one-of-them-was-x-who-was-blunt-colon",
        "opening-the-case-for-the-prosecution-is-the-prosecutor",
        "the-witness-questioned-is-who-replies",
        "that-was-how-its-spokeswoman-x-put-it",
        "its-foreign-ministry-is-the-republics",
        "his-ministry-is-the-ministers-voice",
        "she-remembered-when-x-asked-her-then-she-said",
        "a-carmaker-opening-the-sentence-is-no-part-of-its-name",
        "miss-and-the-surname-is-the-barrister-named",
        "her-uncle-after-x-s-niece-is-x",
        "that-was-x-s-reply",
        "dash-that-from-x",
        "the-speaker-croaked",
        "he-pressed-x-colon-is-his-question",
        "a-verb-in-a-who-clause-is-not-the-reporter",
        "a-verb-in-a-whether-clause-is-not-the-reporter",
        "local-member-of-parliament-x-did-not-attend-but-said",
        "an-unnamed-shift-supervisor-is-the-next-he",
        "a-lender-described-after-its-name-is-no-she",
        "thanked-x-who-was-present-colon-is-the-thanker",
        "a-clause-inside-the-report-is-no-new-subject",
        "and-it-was-clear-is-no-new-subject",
        "as-x-told-members-x-speaks",
        "asked-the-chairwoman-to-resign-then-she-said",
        "the-one-complained-against-is-not-the-next-she",
        "in-the-words-of-a-slogan-is-no-speaker",
        "a-witness-for-the-prosecution-is-no-prosecutor",
        "her-father-is-no-priest",
        "his-coach-is-not-the-other-sides-coach",
        "their-union-is-not-another-union-named",
        "a-forename-that-is-a-trade-stays",
        "by-any-measure-is-no-agent",
        "a-countrys-minister-in-capitals-then-the-name",
        "a-source-close-to-x-is-not-x",
        "dash-so-said-x",
        "a-places-proposed-regime-is-no-speaker",
        "but-her-party-later-issued-calling",
        "the-father-is-her-father-named",
        "his-manager-named-last-is-his-manager",
        "asked-whether-and-replied",
        "a-cue-opening-the-quote-in-a-who-clause",
        "she-has-described-the-treaty-as",
        "x-who-was-visibly-emotional-colon",
        "a-miner-opening-the-sentence",
        "speaking-for-the-defence",
        "a-body-a-forename-opens-named-after-what-it-is",
        "the-group-is-a-network-named-before",
        "the-group-is-a-group-brought-in-since",
        "her-counterpart-holds-the-same-role",
        "a-counterpart-of-another-country",
        "his-predecessor-is-the-former-holder",
        "a-statement-read-to-the-court-is-the-subject-s",
        "a-statement-posted-shortly-before-midnight",
        "a-role-between-dashes-after-the-name",
        "a-name-opening-an-aside-between-dashes",
        "the-inspector-is-not-the-chief-inspector",
        "the-coroner-writing-to-a-body-is-the-next-she",
        "she-who-disputed-that-is-the-next-she",
        "his-wife-named-by-forename-takes-his-surname",
        "a-widow-named-by-forename-takes-the-surname",
        "age-disputes-is-a-noun",
        "a-named-appositive-subject-puts-it-bluntly-before-a-dash",
        "her-prediction-before-a-dash",
        "the-editors-of-a-journal-speak-for-it",
        "a-body-s-own-news-release",
        "a-letter-organised-by-a-body",
        "that-is-how-a-titled-name-describes-it-next-paragraph",
        "she-who-told-a-paper-after-a-partial-is-the-next-she",
        "a-statement-issued-in-her-name",
        "struck-a-more-cautious-note-before-a-colon",
        "a-place-in-a-that-clause-is-no-speaker",
        "the-44-year-old-estravian-is-a-person-not-the-country",
        "summed-up-by-x-before-a-dash",
        "delivered-bluntly-by-a-body-before-a-dash",
        "last-words-were-short-before-a-dash",
        "the-last-word-went-to-x",
        "a-firm-called-x-said",
        "her-eldest-son-named-by-forename",
        "the-teacher-is-the-schoolteacher",
        "in-its-report-published-on-monday-x-blamed",
        "x-can-be-heard-saying",
        "the-panel-is-the-tribunal-named-before",
        "a-public-prosecutor-s-office-in-lower-case",
        "the-ministry-of-agriculture-in-lower-case",
        "asked-whether-x-he-is-not-x",
        "an-unnamed-rider-is-the-next-he",
        "two-rows-over-the-neighbour-is-the-next-he",
        "a-witness-who-was-doing-something-is-the-next-he",
        "the-minister-is-not-the-prime-minister",
        "the-office-then-its-holder-in-commas",
        "a-captain-at-an-airline-is-unnamed",
        "a-role-whose-closing-comma-is-left-out",
        "a-reporter-for-an-agency-is-unnamed",
        "the-chief-regulator-is-a-person",
        "a-name-s-manager-named-before",
        "a-condition-another-team-rejected-after-the-quote",
        "the-circle-is-a-critics-circle",
        "the-studio-is-the-company-before",
        "a-statement-after-a-body-acting",
        "the-veteran-actor-opening-a-sentence-is-the-actor",
        "her-answer-was-immediate",
        "a-body-before-a-long-which-clause-said",
        "co-founder-and-chief-executive-is-the-chief-executive",
        "a-body-then-what-it-is-which-said",
        "a-spokesman-of-the-body-the-sentence-before-opens-on",
        "whom-counsel-put-it-to-answers",
        "a-kc-is-the-barrister",
        "who-plays-as-a-striker",
        "a-chef-who-told-a-court",
        "a-participle-after-a-who-clause-is-the-subject-s",
        "one-doing-something-in-a-who-clause-is-not-always-the-next-he",
        "the-group-is-the-latest-body",
        "a-by-phrase-in-an-earlier-clause-names-no-speaker",
        "a-person-after-told-the-tribunal-is-no-body",
        "that-was-how-a-place-looked-is-no-speaker",
        "a-name-inside-a-role-is-not-the-office-holder",
        "a-name-after-a-participle-before-a-dash-is-no-subject",
        "a-report-commissioned-by-x-is-not-x-s-words",
        "a-name-in-a-prepositional-chunk-is-no-subject",
        "the-city-s-police-force-is-the-force-named",
        "a-rider-attached-to-a-bill-is-nobody",
        "a-network-set-up-by-a-group-of-parents",
        "the-disputed-town-is-an-adjective",
        "a-forename-kin-of-someone-unnamed-takes-no-surname",
        "a-statement-is-not-an-earlier-message-s",
        "a-record-label-speaks",
        "a-neighbour-who-added-is-unnamed",
        "a-fund-s-own-words-with-its-tag",
        "a-group-of-parents-met-with-is-new",
        "that-was-how-a-name-with-an-initial-put-it",
        "a-by-phrase-with-and-inside-a-role",
        "what-i-call-is-the-speaker-s-words",
        "the-lead-agency-is-a-body",
        "the-doctor-is-the-one-dr-named-just-before",
        "a-corps-is-the-group",
        "the-shipbuilder-is-the-firm-named",
        "a-bill-that-added-a-sum-is-no-speaker",
        "a-tag-after-a-dash-is-no-signature",
        "the-spokeswoman-given-the-role-since",
        "it-is-the-owned-body-opening-the-sentence-before",
        "a-statement-issued-by-a-body-on-behalf-of-others",
        "the-company-is-the-body-the-sentence-before-was-about",
        "a-lawyer-representing-a-body-in-commas-before-the-name",
        "a-thing-that-responded-inside-a-report-is-no-speaker",
        "the-age-the-text-called-someone-by-before",
        "her-deputy-is-the-deputy-mayor",
        "a-colon-after-a-sentence-a-quote-closed",
        "it-is-the-regulator-the-sentence-before-opened-on",
        "she-is-no-headline-name-of-unknown-kind",
        "she-is-the-unnamed-subject-of-a-when-clause",
        "he-is-no-name-of-unknown-kind-only-owning-someone",
        "a-sentence-opening-on-she-is-no-unnamed-when-clause",
        "he-may-be-one-no-forename-list-holds",
        "the-company-whose-name-says-it-before-the-sentence-opener",
        "the-agency-is-not-the-firm-opening-the-sentence-before",
        "a-council-may-be-the-regulator",
        "the-regulator-is-not-the-firm-it-fined",
        "officials-who-responded-said-the-words",
        "a-signature-with-a-clause-on-the-signer",
        "a-doctorate-makes-nobody-the-doctor",
        "the-doctor-is-the-unnamed-one-brought-in",
        "a-dr-called-a-candidate-is-no-doctor",
        "the-spokeswoman-is-none-who-declined-to-comment",
        "the-age-is-not-the-reporting-inspector-s",
        "his-deputy-is-none-of-a-woman-mayor-s",
        "a-statement-released-on-behalf-of-a-family",
        "carrier-is-a-surname",
        "an-institute-cited-is-not-the-group",
        "what-police-called-is-their-words",
        "a-role-of-a-body-with-a-lower-case-tail-in-commas",
        "she-added-is-whom-she-said-meant",
        "charges-that-related-to-words-are-no-speaker",
        "an-unnamed-man-by-a-house-on-a-named-street",
        "in-the-words-of-after-the-quote-outweighs-a-plural-subject",
        "a-message-s-author-is-no-source-for-the-next-she",
        "a-reply-is-no-source-for-the-next-question",
        "in-the-words-of-between-two-quotes-is-the-second-s",
        "related-to-reporters-reports-speech",
        "a-person-after-on-is-no-place",
        "a-name-after-a-kin-of-a-leader-is-the-leader-s",
        "a-man-and-his-wife-opening-the-sentence-before-is-he",
        "metropolitan-is-a-church-title",
        "the-fellowship-is-the-body-named-before",
        "a-government-which-has-said-is-the-government",
        "accused-of-is-no-reporting-verb",
        "a-statement-read-on-her-behalf-is-hers",
        "a-statement-on-her-behalf-in-the-next-paragraph-is-hers",
        "a-family-statement-stays-with-its-reader",
        "a-named-father-s-son-brought-in-as-his-son",
        "a-lower-case-compound-title-after-a-quote",
        "an-editor-in-chief-is-the-editor",
        "a-spokeswoman-for-a-lower-case-ministry-of-a-place",
        "a-name-now-retired-who-had-described",
        "a-that-clause-subject-inside-a-who-clause",
        "a-posting-aside-before-wrote",
        "a-role-subject-after-a-fronted-phrase",
        "for-a-named-person-the-view-is-theirs",
        "one-of-the-associate-judges-is-the-judge",
        "it-after-a-body-word-opening-the-sentence-before",
        "the-one-answering-an-asked-clause",
        "a-trade-before-a-name-is-no-part-of-it",
        "on-his-behalf-when-the-reader-is-a-man-too",
        "on-behalf-of-someone-s-family-stays-with-the-reader",
        "a-relative-that-opens-no-clause-of-speech",
        "a-spokesman-for-a-place-s-ministry",
        "she-after-one-of-the-three-rowers",
        "a-dateline-with-a-country-and-a-date",
        "one-brought-in-inside-a-report-is-only-spoken-of",
        "the-one-a-question-calls-on-answers-it",
        "moderated-by-an-anchor-named-in-capitals",
        "a-branch-of-a-union-speaks-for-the-union",
        "a-man-who-gave-his-name-only-as",
        "her-account-between-dashes",
        "a-title-s-colon-splits-no-appositive",
        "a-passive-in-an-after-clause-is-no-speaker",
        "a-title-s-comma-splits-no-appositive",
        "a-follow-up-question-stays-with-the-asker",
        "narrative-after-a-question-ends-the-answer",
        "a-word-and-a-comma-opening-a-question-calls-on-nobody",
        "hosted-by-a-body-for-a-guest",
        "a-passive-after-but-is-no-subordinate-clause",
        "a-capitalised-body-with-an-aside-is-no-dateline",
        "one-named-as-the-news-in-a-report-may-be-he",
        "led-by-a-name-to-meet-another",
        "a-plural-role-opening-two-names",
        "led-by-a-lower-case-compound-title",
        "a-plural-owner-s-role-in-commas",
        "a-message-read-out-is-its-writer-s",
        "that-the-union-calls",
        "what-their-union-calls",
        "its-account-is-no-person-s",
        "a-dateline-with-a-day-first-date",
        "a-dateline-with-a-year",
        "a-reader-reading-his-own-statement",
        "that-the-police-reports-is-a-noun",
        "a-hyphenated-role-opening-a-name",
        "a-portfolio-of-two-words-before-an-unknown-forename",
        "one-of-those-who-objected-was",
        "an-epithet-with-a-party-is-the-person-just-spoken-of",
        "an-epithet-of-another-party-is-nobody-named",
        "an-epithet-after-a-dateline-and-a-fronted-phrase",
        "an-epithet-after-it-was-x-who",
        "who-is-now-a-role-gives-the-role",
        "a-post-taken-before-or-after-another-is-a-role",
        "the-leaders-of-a-council-speak-for-it",
        "a-declaration-given-before-is-its-givers",
        "members-of-an-assembly-do-not-speak-for-it",
        "an-epithet-of-someone-brought-in-unnamed-is-nobody",
        "an-epithet-word-on-another-kind-of-person-is-no-epithet",
        "it-was-x-who-does-not-make-x-he",
        "a-party-word-opening-a-group-name-stays-in-it",
        "an-epithet-replying-is-not-the-one-answered",
        "an-epithet-word-in-a-role-tells-whose",
        "an-epithet-for-one-brought-in-without-a-name-is-nobody",
        "read-from-an-email-a-named-person-sent",
        "read-from-a-letter-written-by",
        "said-in-a-note-is-no-verb-note",
        "a-named-rebuttal-before-a-colon",
        "her-rule-before-a-colon",
        "a-claim-by-another-rejected-is-theirs",
        "leaders-named-before-a-body-word-speak-for-no-body",
        "other-leaders-brought-in-since-speak-for-no-body",
        "a-readers-own-words-after-the-letter-are-the-readers",
        "a-claim-the-speaker-judges-is-the-speakers-verdict",
        "allegations-called-lies-are-the-callers-words",
        "one-who-became-a-senator-is-no-new-senator",
        "a-reply-answers-the-one-quoted-not-the-last-subject",
        "it-was-x-who-makes-x-she",
        "an-epithet-lawmaker-of-the-same-party",
        "it-was-x-who-after-another-quoted-keeps-he",
        "it-read-after-the-club-issued-a-statement-is-no-person",
        "a-letter-written-by-x-before-his-death-is-his",
        "a-claim-by-x-questioned-is-xs",
        "a-claim-by-x-rejected-outright-is-xs",
        "leaders-after-a-fronted-phrase-speak-for-the-body",
        "the-same-leaders-again-still-speak-for-the-body",
        "foreign-ministers-of-a-council-speak-for-it",
        "it-was-x-who-according-to-y-keeps-y",
        "it-was-x-who-y-said-keeps-y",
        "it-was-x-who-after-y-said-keeps-y"])
def test_who_speaks_in_newsroom_constructions(text, words, speaker, mention, nlp):
    q = quote_with(extract_quotes(text, nlp=nlp), words)
    assert_points_at_text(text, q)
    assert (q.speaker, q.mention) == (speaker, mention)


_DISASTER = ' Ada Roux said it was "a disaster."'


@pytest.mark.parametrize("text, kept", [
    ('The line did not say how many voyages would become "blank sailings," the industry term for '
     'cancelled departures, but Ada Roux said it was "a lot of them."', ["a lot of them."]),
    ('Tobiah Ranzetti, an analyst at Cordell, cut his rating on the stock to "sell" from "hold," '
     'arguing that the provisions were "far too thin."', ["far too thin."]),
    ('By noon a hundred people had arrived, many carrying placards reading "Save the Nine Oaks" and '
     '"Trees not Traffic." Ada Roux said it was "only the start."', ["only the start."]),
    ("The lights failed for four minutes, an episode quickly dubbed the “blackout moment” online."
     + _DISASTER, ["a disaster."]),
    ("Dorrin Soft launches tablet as rival questions “offline” claim\n\n" + _DISASTER, ["a disaster."]),
    ("The campaign grew quickly; its banners, reading “Harrow Stays,” hang in shop windows." + _DISASTER,
     ["a disaster."]),
    ("Dmitar Losk, 52, who runs the popular blog “Letters from the Embankment,” has been detained."
     + _DISASTER, ["a disaster."]),
    ("The Gazette carried a short report on page 7, under the headline “Gazette editor steps down.”"
     + _DISASTER, ["a disaster."]),
    ("Leo Vintersby sued the Courier over the article, headlined “The Mayor's Golden Handshake,” which"
     " he said had ruined him." + _DISASTER, ["a disaster."]),
    ("Many in the crowd held signs reading “Justice for Theo” and “Release the footage.”" + _DISASTER,
     ["a disaster."]),
    ('The fault slipped through what the board calls its "sense check", a final comparison of results.'
     + _DISASTER, ["a disaster."]),
    ("Online enthusiasts quickly dubbed korrite the “miracle crystal” and posted videos." + _DISASTER,
     ["a disaster."]),
    ('Outside the hall, dozens of supporters held signs reading "Josephine for All of Us."' + _DISASTER,
     ["a disaster."]),
    ("Mayor Ada Roux praised the plan. For Tom Berg, the council chief, the mayor had only “warm words and"
     " thanks for his service.”" + _DISASTER, ["a disaster."]),
    ("For years Tom Berg has sold fish at what locals call “the best stall on the whole quay”."
     + _DISASTER, ["a disaster."]),
    ("The marketing suite, branded “Ferrow Park: Living, Reimagined,” opened in June." + _DISASTER,
     ["a disaster."]),
    ("His last season was billed by his sponsor as a “farewell tour,” and it sold out." + _DISASTER,
     ["a disaster."]),
    ("Local campaigner Dilys Penhallow has written a self-published history of the line, “Standing Room "
     "Only: Forty Years on the Tallowmere Branch.”" + _DISASTER, ["a disaster."]),
    ("Cornelius Abernethy-Vail, known in the business press as “the Butter King,” rejected the report."
     + _DISASTER, ["a disaster."]),
    ("“It is fine,” said Rhiannon Ebbe, an analyst who has a “hold” rating on the stock." + _DISASTER,
     ["It is fine,", "a disaster."]),
    ('Fergus Aldane pointed to the government\'s white paper, "Connecting Brevaria: A Future for Island '
     'Transport," which proposes new subsidies.' + _DISASTER, ["a disaster."]),
    ("Anna Rell starred in the musical “Catch Me if You Can,” which closed in 2011.", []),
    ("Tom Vale directed the documentary “The Life of Omar bin Talal,” which opened in May.", []),
    ("The union said the software, known internally as “Pacer,” had cut break times." + _DISASTER,
     ["a disaster."]),
    ("Ebbenreach Athletic lost again. Ebbenreach, still looking for a first away win since the club’s "
     "much-trumpeted “new era” began in August, drop to 14th." + _DISASTER, ["a disaster."]),
    ("Dex Harrowgate, who now performs solo under the name “DEXX,” hit back on Monday." + _DISASTER,
     ["a disaster."]),
    ("The forecaster, Ines Calloway, said the storm had undergone what meteorologists call "
     "“explosive deepening,” which led broadcasters to nickname it a “weather bomb.”" + _DISASTER,
     ["a disaster."]),
    ("The league’s guidance document, “Lightning and Matchday Safety,” recommends that play stop, "
     "but it says nothing about the stands." + _DISASTER, ["a disaster."]),
    ("Local newspapers had dubbed the affair “Steakgate” by then, and local media quickly dubbed the "
     "decision the “bread ban.”" + _DISASTER, ["a disaster."]),
    ("Prosecutors said Wrenfield, who used the online alias “Sk1ttle,” had demanded money, and that "
     "thefts were attributed to a group researchers call “Frostbyte.”" + _DISASTER, ["a disaster."]),
    ("Lumivane, which is based in Corran Bay, Aldessia, and markets the Vista line as “secure by "
     "design,” said the researchers had overstated the risk. Arnestad said the company had offered "
     "the hackers what the industry calls a “white-hat bounty” of 10 percent." + _DISASTER,
     ["a disaster."]),
    ("A poster headed “Clean As You Go” still hangs by the gate. Marchetti-Soren is often called “the "
     "conscience of Lirenian cinema,” a label she has always disliked." + _DISASTER, ["a disaster."]),
    ("Pellinek, a former ambassador who is known inside the party as “the Quiet Ambassador,” took a "
     "different approach, arguing that the party had lost touch. The board is split between what "
     "local newspapers call the “hawk wing,” led by Quellhorst, and a smaller group of members who "
     "argue that rates are too high." + _DISASTER, ["a disaster."]),
    ("The ministry’s press office branded the report “a work of fiction” and press aide Tom Frell "
     "branded the claims “completely false.”", ["a work of fiction", "completely false."]),
    ("The ministry has also promised to update its “workload charter,” a voluntary code for schools "
     "published last year." + _DISASTER, ["a disaster."]),
    ("One provided a leaflet on benefits. “Family leave,” the document states, starts “after a "
     "year.”",
     ["Family leave,", "after a year."]),
    ("Colleagues called her “the Bloodhound.” Her pupils fondly called him “the Professor.” Critics "
     "called him “a liar who cannot count.”", ["a liar who cannot count."]),
    ("Colleagues have long called him “the Accountant,” a nickname he has learned to embrace. He "
     "warned against what officials have dubbed “storm tourism” and what he dubbed “a circus.”",
     ["a circus."]),
    ("The budget is what the mayor dubbed “a disgrace.” Farmers on the island warn that “the harvest "
     "will be the worst in memory.”", ["a disgrace.", "the harvest will be the worst in memory."]),
    ("Crowds gathered at what some have dubbed “the new town square” of Velmont." + _DISASTER,
     ["a disaster."])])
def test_a_label_term_or_title_nobody_here_says_is_no_quote(text, kept, nlp):
    assert [q.text for q in extract_quotes(text, nlp=nlp)] == kept


@pytest.mark.parametrize("label", ["PRESENTER", "AUDIENCE MEMBER"])
def test_a_transcript_label_naming_a_role_names_nobody(label, nlp):
    text = f"“{label}: Would you reverse the cuts?”\n\n“CASTELLAN: No. We promised stability.”"
    quotes = extract_quotes(text, nlp=nlp)
    assert (quote_with(quotes, "reverse the cuts").speaker, quote_with(quotes, "reverse the cuts").mention) == \
        (None, label)
    assert quote_with(quotes, "promised stability").speaker == "Castellan"


@pytest.mark.parametrize("text", [
    "Ana Roth told investors that the “Nightowl” chocolate bar was selling well.",
    "Staff found a message from a group calling itself “GreyLantern” on every screen.",
    "The choir sang the hymn “Light Upon the Mountains,” written for the coronation.",
    "Supporters waved banners reading “Roads Before Rails,” her campaign slogan, at the rally.",
    "The shop sells mugs printed with the slogan “I Saw the Otter Escape,” which Ana Roth said would "
    "raise money.",
    "Ana Roth cited the company’s annual report, “Open by Design,” which she said showed few "
    "rejections.",
    "Tom Vale raised the 2022 report, “Signals Ahead: A Plan for the Northern Coast Main Line”, which "
    "promised faster trains.",
    "Ana Roth said the choir would perform the “Lament” in full.",
    "A fault left the probe, nicknamed “the little heron” by its engineers, spinning for days, Ana Roth "
    "said.",
    "Velmora unveiled a cost-cutting programme it calls “Project Lantern,” which aims to save 140 "
    "million crowns by 2027, Ana Roth said.",
    "Some traders have taken to calling Ana Roth “the Ice Queen,” a nickname she has said she does "
    "not mind.",
    'Tom Vale said the campaign\'s slogan, "One village, one school," had already appeared on posters.',
    'Ana Roth said the study, "Ketrin-4 Accumulation Precedes Amyloid Deposition in the Ageing Brain," '
    "had been cited 900 times.",
    'Tom Vale said the ministry\'s own "Sepsis Six" guidance had not been followed.',
    "Quillfern unveiled “Lantern,” a pair of glasses with a tiny projector, on Tuesday, Ana Roth said.",
    "Ana Roth ran the company behind “Hearth” smart locks until March.",
    'The case, Ana Roth said, is styled "Mbaye et al. v. Tessaline Inc." and was filed on Monday.',
    'Tom Vale, who created "Fennick Row" and wrote most of its episodes, said he was retiring.',
    'The crowd sang along to its best-known number, "Who Stole the Moon?" as the lights went down, Ana Roth '
    "said.",
    'Fans still chant the band\'s old rallying cry, "One more for the ferrymen," at her shows, Ana Roth '
    "said.",
    'Tom Vale said the thing they shout is "Not in this kitchen, Gerald!" — the catchphrase of his '
    "character.",
    "A report by the food office last month, “Hunger as a Weapon,” warned that flour would run out, Ana "
    "Roth said.",
    "Analyst Tomas Pelle cut his price target on Brannock shares and moved his rating to “hold” from "
    "“buy.”",
    "Blackwater Kestrels won again on Sunday. The Kestrels’ middle order, which fans have taken to calling "
    "“the conveyor belt”, has now produced three half-centuries.",
    "Their motto, painted in white on the boathouse door, is “Cold water, warm heart.”",
    "She was raised by a formidable woman she calls only “Nanny K,” who taught her to ride.",
    "The group, dubbed the “Silver Line gang” by investigators because of the age of its victims, stole "
    "£40,000, Inspector Ada Roe said.",
    "Outside the courthouse, where supporters had hung a banner reading \"Harbour Forever,\" the coach "
    "said he hoped the club would not appeal.",
    "Since the spill, the press has taken to calling Quarry Lane “Resin Row.”",
    "The ministry's own awareness campaign, “Clear Water, Safe Season,” had called for ditches to be "
    "cleared.",
], ids=["brand-between-determiner-and-noun", "calling-itself", "hymn-title", "slogan-after-the-title",
        "slogan-before-the-title", "report-before-the-title", "long-report-title", "title-after-the",
        "nickname-after-nicknamed", "a-name-it-calls-with-a-comma", "a-nickname-after-the-name",
        "slogan-in-lower-case", "long-title-of-a-study", "label-after-someone-s-own",
        "a-product-name-and-what-it-is", "one-capitalised-word-before-a-noun", "a-case-styled",
        "who-created-a-show", "a-song-title-asking", "a-rallying-cry", "a-catchphrase-named-after-it",
        "a-report-by-a-body-then-its-title", "an-analysts-ratings", "what-fans-have-taken-to-calling",
        "a-motto-after-an-aside", "a-nickname-she-calls-only", "a-nickname-given-by-others",
        "a-banners-words", "what-the-press-calls-a-street", "a-campaigns-name"])
def test_a_name_or_title_in_quotation_marks_is_no_quote(text, nlp):
    assert extract_quotes(text, nlp=nlp) == []


def test_a_short_quote_of_two_sentences_is_speech_not_a_title(nlp):
    text = "“We talked about that shot all week,” coach Ambrose Kell said. “We did. That's on me.”"
    assert [(q.text, q.speaker) for q in extract_quotes(text, nlp=nlp)] == [
        ("We talked about that shot all week,", "Ambrose Kell"), ("We did. That's on me.", "Ambrose Kell")]


def test_a_title_after_titled_is_no_quote_whatever_its_case(nlp):
    text = ("The lab put out a press release titled “Worms from the abyss could beat superbugs”, which "
            "Dr. Lucia Fuentes described as “a bit much.”")
    assert [q.text for q in extract_quotes(text, nlp=nlp)] == ["a bit much."]


def test_a_passer_by_quoted_once_does_not_keep_the_pronoun_for_the_rest_of_the_article(nlp):
    text = ("Ottilie Marchbank-Sayer laughs. “She did call me an idiot,” she says.\n\n"
            "One critic called the book “a quiet masterpiece of inheritance.” Sales have been strong.\n\n"
            "The book took six years to write, and two of them were spent in the archive at Harrowgate.\n\n"
            "“Come back in September,” she says.")
    quotes = extract_quotes(text, nlp=nlp)
    assert quote_with(quotes, "quiet masterpiece").speaker is None
    assert quote_with(quotes, "Come back").speaker == "Ottilie Marchbank-Sayer"


def test_a_floating_quote_after_narrative_about_she_is_hers(nlp):
    text = ("“I have been doing this for years,” says the director Ingrid Solvang.\n\n"
            "Her approach to the text is unusual. She has kept every line but slowed the pace so that the "
            "jokes land a beat late. The effect, she says, is deliberate.\n\n"
            "“Farce is a machine. I wanted to jam it.”")
    assert quote_with(extract_quotes(text, nlp=nlp), "Farce").speaker == "Ingrid Solvang"


@pytest.mark.parametrize("text", [
    "The soldiers call the glide bombs “pianos.” Dara Vell said they are loud.",
    "Imelda Kostovar said the so-called “supermajority” would not change the party.",
    "The craft, nicknamed “Magpie,” would launch in May, Silas Quarrington said.",
    "The truce has held along the front known as the “Amber Line,” although both sides have accused "
    "each other of violations.",
    "Marguerite Doyle-Fenn, who writes the “Who's Who Now” column for Glint magazine, said the post was "
    "damage limitation.",
], ids=["scare-quote-ending-a-sentence-before-a-tag", "so-called", "nicknamed", "known-as-the",
        "title-before-column"])
def test_a_label_is_nobody_s_words(text, nlp):
    assert extract_quotes(text, nlp=nlp) == []


def test_questions_and_answers_each_in_a_paragraph_take_turns(nlp):
    text = ("“Were you there that night?” prosecutor Rhonda Beaulieu asked.\n\n"
            "“Yes,” Ines Marchetti said.\n\n“Did you see the man?”\n\n“I did. He was tall.”\n\n“Is he in this courtroom?”\n\n“He is.”")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Rhonda Beaulieu", "Ines Marchetti"] * 3


def test_a_magazine_interview_s_answers_are_the_interviewee_s(nlp):
    """Questions in the writer's own words, each answer a quoted paragraph: the answers are the
    interviewee's, not those of someone the question names, and so is a later "she says"."""
    text = ("Interview: Ottilie Brandvold on rivers and ruin\n\n"
            "Ottilie Brandvold’s third novel follows a ferry family on the Marrow estuary. We met.\n\n"
            "You grew up on the estuary. How much of the book is yours?\n\n"
            "“Less than people assume. My family ran a bakery, not a ferry.”\n\n"
            "The ferryman, Hob Tessaly, is a difficult character. Did you worry readers would hate him?\n\n"
            "“Not for a second.”\n\nShe pulls out a notebook.\n\n“That is the third draft,” she says.")
    quotes = extract_quotes(text, nlp=nlp)
    assert [q.speaker for q in quotes] == ["Ottilie Brandvold"] * 3


def test_questions_from_an_unnamed_reporter_take_turns_with_the_answers(nlp):
    text = ("“We were unlucky,” Tiago Menlove said.\n\n“Why did you take Alfie off?” one reporter asked.\n\n"
            "“He felt his hamstring.”\n\n“Will he be fit for Wednesday?”\n\n“Ask me on Tuesday.”")
    speakers = [q.speaker for q in extract_quotes(text, nlp=nlp)]
    assert speakers == ["Tiago Menlove", None, "Tiago Menlove", None, "Tiago Menlove"]


def test_a_floating_question_in_the_answer_s_paragraph_stays_the_answerer_s(nlp):
    text = "“Why?” asked Ada Roux.\n\n“Because we can,” Tom Berg said. “What else would we do?”"
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Ada Roux", "Tom Berg", "Tom Berg"]



@pytest.mark.parametrize("text, words, speaker", [
    ("Then “Get out!” Berg yelled at the men.", "Get out", "Berg"),
    ("Ada Roux was often blunt in meetings and told reporters, “We will not back down.”", "back down",
     "Ada Roux"),
    ("Tom Okonkwo states the obvious. “We are broke,” he said.", "broke", "Tom Okonkwo"),
    ("Representative Ada Roux criticized the bill. “It is flawed,” the spokesman said.", "flawed", None),
    ("“It is cheap,” said Dr. Sarah Birch. One elderly woman waited an hour. “I am late for work,” she said.",
     "late for work", None),
    ("Ada Roux cited figures in a report by the bank. “It is dire,” the report said.", "dire", None),
    ("The Department of Justice and Corvane reached a deal. “We are pleased,” Corvane said.", "pleased",
     "Corvane"),
    ("Tom Berg, the mayor and former police chief, spoke. “We will rebuild,” the mayor said.", "rebuild",
     "Tom Berg"),
    ("Minister Tom Berg toured the town. His press secretary, Ada Roux, gave out leaflets. “We will "
     "pay,” the minister said.", "We will pay", "Tom Berg"),
    ("The Velmark Football Association fined the club. The Players Union appealed on Tuesday.\n\n“The "
     "fine stands,” the association said.", "fine stands", "Velmark Football Association"),
    ("Minister Tom Berg landed. After meeting Ada Roux, the minister and his aides flew home to the capital "
     "late on Tuesday night. “It went well,” the minister said.", "went well", "Tom Berg"),
    ("Ada Roux, a retailer, closed her shop. “Rents are too high,” she said.", "too high", "Ada Roux"),
    ("“We will appeal,” said Mayor Tom Berg.\n\nIvan Stroud disagreed. The mayor, in his view, had no "
     "case. “It is hopeless,” he said.", "hopeless", "Ivan Stroud"),
    ("Ada Roux, a nurse from Co. Kerry, said: “We are exhausted after the week we have had.”",
     "exhausted", "Ada Roux"),
    ("Rovers sack manager\n\nAshbury Rovers sacked Tom Berg on Monday, after a defeat by Kelton Rovers."
     "\n\nIn a statement, Rovers said: “We thank Tom for his service.”", "thank Tom", "Rovers"),
    ("Marr, the harbourmaster, closed the port. Marr Shipping lost millions. “The storm was brutal,” "
     "Marr said.", "brutal", "Marr"),
    ("Dunmore Line said it was helping the coastguard. The tanker is owned by Haldor Shipping. “We are "
     "cooperating fully with police,” the company said.", "cooperating", "Haldor Shipping"),
    ("Jordan Pike wrote on Threadbook. His post was shared widely.\n\n“We found out at 10 p.m. and were "
     "told nothing,” the post read.", "found out", None),
], ids=["one-word-opener-before-an-exclamation", "active-verb-then-told-a-listener", "states-is-a-verb",
        "representative-is-a-title", "adjective-before-an-unnamed-noun", "report-by-someone-unnamed",
        "department-beside-a-company", "former-of-another-role", "a-press-secretary-is-no-minister",
        "the-association-before-a-union", "name-in-an-opening-clause-has-no-appositive",
        "a-retailer-is-a-person", "role-in-reported-view-is-no-subject", "county-abbreviation",
        "short-form-of-two-clubs-is-neither", "surname-of-a-described-person-beside-a-company",
        "the-company-named-latest", "a-sentence-end-before-his-post"])
def test_constructions_that_look_like_others_keep_their_speaker(text, words, speaker, nlp):
    assert quote_with(extract_quotes(text, nlp=nlp), words).speaker == speaker


def test_an_answerer_s_own_question_stays_hers(nlp):
    text = ("“Will you run again?” Tom Berg asked.\n\n“No,” Ada Roux said.\n\n“Why would I?”\n\n"
            "“I have a job to finish.”")
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ["Tom Berg"] + ["Ada Roux"] * 3


@pytest.mark.parametrize("text, words, speaker, mention", [
    ("The ban — described by one government backbencher as “long overdue” — will apply to pupils.",
     "long overdue", None, "one government backbencher"),
    ("The ban, described by Ada Roux as “long overdue,” will apply to all pupils.", "long overdue",
     "Ada Roux", "Ada Roux"),
    ("Its nursing school was singled out for praise as well as criticism: inspectors described clinical "
     "placements as “consistently excellent.”", "consistently excellent", None, "inspectors"),
], ids=["described-by-someone-unnamed", "described-by-a-name", "bare-plural-after-a-colon"])
def test_a_short_fragment_with_an_unnamed_source_is_still_a_partial_quote(text, words, speaker, mention, nlp):
    """A label someone gave stays findable, flagged partial, its source shown even when unnamed."""
    q = quote_with(extract_quotes(text, nlp=nlp), words)
    assert (q.speaker, q.mention, q.partial) == (speaker, mention, True)
