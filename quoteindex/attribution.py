"""Who said each quote: the reporting cue next to it, the speaker mention
that cue points to, and the entity that mention stands for.

The rules follow how news copy attributes speech:
  “A,” Zelensky said.             mention then cue after the quote
  “A,” said Steve Witkoff.        inverted cue
  Witkoff told CNN that “A.”      cue before the quote
  He stressed unity, saying, “A”  participle: the subject of the sentence
  According to the Kremlin, “A”   "according to"
  Rubio: “A.”  /  “A.” — Rubio    colon and dash attributions
  “A,” she said. “B.”             a floating quote continues the last speaker
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from quoteindex import lexicon
from quoteindex.cues import cue_pattern, is_participle, noun_reading
from quoteindex.marks import QuoteSpan, speaker_label
from quoteindex.names import (DATELINE, GROUP_NOUNS, PRONOUNS, SENTENCE_OPENING, TITLE_GENDER, Name,
                              is_person_noun, names_people, people_plural, read_name, sentence_openers,
                              speaks_for_body)
from quoteindex.records import Quote
from quoteindex.sentences import sentence_end, sentence_start
from quoteindex.speakers import Entity, Registry

# words that may sit between a speaker and the cue ("he later said", "Roux has repeatedly said")
_ADVERBS = {"also", "later", "then", "previously", "repeatedly", "recently", "once", "again", "further",
            "has", "have", "had", "would", "will", "was", "is", "did", "does", "reportedly", "publicly",
            "privately", "simply", "quickly", "flatly", "bluntly", "firmly", "angrily", "earlier", "often",
            "frequently", "just", "even", "still", "may", "might", "could", "should", "not", "never",
            "sharply", "forcefully", "directly", "immediately", "only", "already", "jokingly", "clearly",
            "openly", "specifically", "explicitly", "softly", "loudly", "himself", "herself", "themselves",
            "itself", "both", "all", "each", "last", "yesterday", "today", "tonight", "ago", "week", "night",
            "morning", "afternoon", "evening", "continued", "emphatically", "quietly", "proudly",
            "calmly", "first", "ever"} | lexicon.WEEKDAYS
# nouns that end like adverbs: "Roux's family has called"
_LY_NOUNS = {"family", "ally", "rally", "supply", "reply", "assembly", "anomaly", "bully", "monopoly"}
# words that date a role, joining two roles of one person: "the former chief and current nominee"
_ROLE_TIME = {"current", "now", "then", "former", "future", "longtime", "onetime", "soon-to-be"}
# words that end a noun phrase when reading leftwards from a cue
_CLAUSE_BREAK = {"that", "and", "but", "which", "who", "whom", "when", "as", "while", "because", "if", "than",
                 "so", "where", "after", "before", "since", "though", "although", "whether", "what", "how",
                 "why", "or", "nor", "to", "is", "was", "are", "were", "be", "been", "by", "with", "in",
                 "on", "at", "from", "into", "about", "over", "under", "said"}
# words that make a stretch between commas a clause rather than an appositive
_VERBISH = {"has", "have", "had", "is", "was", "are", "were", "will", "would", "did", "does", "do", "can",
            "could", "should", "may", "might", "must", "been", "being", "be"}
# a clause, not a role, after a name and a comma: "To Ada Roux, the closure seemed a loss"; but
# "a pilot who led the union", "a judge considered a liberal", "the woman appointed to lead" are roles
_VERB_PHRASE = re.compile(r"(?!an?\s)(?:(?!\b(?:who|that|which)\b).)*?\b(?:\w+ed\s+(?:a|an|the|that)|(?:"
                          + "|".join(sorted(_VERBISH)) + r")\s+(?:a|an|the|to|that))\b")
# how news writing ties an unnamed source to what it knows: "a person close to the mayor"
_SOURCE_TIES = {"familiar with", "close to", "briefed on", "knowledgeable about"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "one",
                "two", "three", "several", "many", "some", "other", "another", "both", "most", "few", "all"}
_COUNTS = {"two", "three", "several", "many", "few", "both"}  # "the two lawmakers", "all three judges"
# role nouns that stand for a title ("the Ukrainian leader" for President Zelensky)
_ROLE_SYNONYMS = {
    "leader": {"president", "prime", "premier", "chancellor", "king", "queen", "leader", "chairman"},
    "lawmaker": {"senator", "sen.", "rep.", "representative", "congressman", "congresswoman"},
    "senator": {"sen.", "senator"},
    "congressman": {"rep.", "representative", "congressman"},
    "congresswoman": {"rep.", "representative", "congresswoman"},
    "governor": {"gov.", "governor"},
    "diplomat": {"envoy", "ambassador", "secretary", "minister"},
    "candidate": {"candidate", "nominee", "hopeful", "front-runner", "frontrunner"},
    "nominee": {"nominee", "candidate"},
}
_AGE = re.compile(r"\d+-year-old")  # "the 43-year-old": an epithet for someone just named
_GENERIC_ROLE_WORDS = {"the", "former", "special", "new", "top", "chief", "senior", "current", "then"}
# a name opening its sentence or clause and followed by a verb-like word: "Ham made it clear"
_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?;”\"\n]\s*|[.!?;”\"\n]\s*(?:But|And|So|Then|Now|Still|Yet|Later|Meanwhile),?\s+"
                             r"|[.!?;”\"\n]\s*[A-Z](?:(?!\bthat\b)[^.!?;,“”\"]){0,130},"
                             r"(?:(?:(?!\bthat\b)[^.!?;,“”\"]){1,50},){0,2}\s*)$")
# a sentence opening that only links it to the one before: "Instead, “...”"
_CONNECTIVE = re.compile(r"\s*(?:Instead|Still|But|And|Yet|Then|Also|However|Otherwise|Again),?\s*")
_THE_END = re.compile(r"(?<![\w’'])[Tt]he\s+$")
_OF_WHOM = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+$")  # "Velmark ", "Harbour Board "
_TRAILING_WORD = re.compile(r"([\w.’'-]+)\s+$")
# lower-case role words between an institution and its member: " political science professor "
_ROLE_WORDS_ONLY = re.compile(r"(?:\s+(?!(?:who|which|that|and|or|of|for|with|to|in|on|at|by|from)\b)"
                              r"[a-z][\w-]*){1,4}\s+")
# a lawmaker's party and state after the name: "Rep. Ada Roux (D-Calif.)", "Jon Roos, R-TX,"
_PARTY_TAG = r"[RDI]-([A-Z][A-Za-z.]*)"  # its group: the state's abbreviation
_PARTY_STATE = re.compile(rf"\s*[(,]\s*({_PARTY_TAG})")
_PARTY_STATE_TAG = re.compile(rf"\(?{_PARTY_TAG}\)?,?")  # a tag read back from a role
# a short title phrase opening its sentence, then a comma: "The port's spokesman, " before a name
_TITLE_COMMA = re.compile(r"(?:^|[.!?;”\"\n]\s*)(?:[\w’'-]+\s+){0,5}([a-z]+),\s+$")


def _next_word(text: str, pos: int) -> str:
    """The word after `pos`, spaces skipped ("" at the end or before punctuation)."""
    m = _NEXT_WORD.match(text, pos)
    return m.group(1) if m else ""


def _last_char_before(text: str, pos: int) -> str:
    """The last character before `pos` that is not a space ("" if none), found without
    copying the text before it: a comma there makes what follows an appositive."""
    i = pos
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i else ""


def _role_words(roles: list[str]) -> set[str]:
    """The lower-cased words of a person's roles, a party-state tag read out:
    "Sen.", "(R-Fla.)" -> {"sen.", "florida"}."""
    words: set[str] = set()
    for w in (w for r in roles for w in r.replace("’s", " ").split()):
        state = _state_of(w)
        words |= set(state.split()) if state else {w.lower().strip(",")}
    return words


def _state_of(tag: str) -> str | None:
    """The lower-cased state a party-state tag names: "(R-Fla.)", "R-Iowa." -> "florida", "iowa"."""
    m = _PARTY_STATE_TAG.fullmatch(tag)
    if m is None:
        return None
    states = lexicon.state_abbreviations()
    return states.get(m.group(1)) or states.get(m.group(1).rstrip("."))


def _is_adverb(word: str) -> bool:
    """Whether a word may stand between a speaker and the cue: "later", "has", "bluntly";
    not a noun that only looks like an adverb ("Roux's family has called")."""
    low = word.lower()
    return low in _ADVERBS or bool(re.fullmatch(r"[a-z]+ly", word)) and low not in _LY_NOUNS


def _inner_preposition(before: str, preposition: str) -> bool:
    """Whether a preposition read leftwards inside a speaker phrase belongs to it, `before` being
    the word ahead of it: "a spokesman for the line", "the head of the port", "a source familiar
    with the talks", "a narrator in the ad", "a teacher at the school"."""
    low = before.lower()
    if preposition in ("for", "of"):
        return before[:1].isalpha()
    if f"{low} {preposition}" in _SOURCE_TIES:
        return True
    return preposition in ("in", "at", "from") and names_people(low)


def _tying(words: list[str]) -> bool:
    """Whether a preposition or conjunction stands among lower-cased words before a name: they
    tie the name to something else ("as host Ada Roux", "aide to Ana Rell"), not to a role."""
    return any(w in _PREPOSITIONS or w in _CLAUSE_BREAK for w in words)


def _speaker_word(word: str, after: str = "") -> bool:
    """Whether a word may be part of a speaker phrase: a word, a number joined to one ("the
    43-year-old", "a 12-member panel") or counting people ("75 percent of voters"), but no date
    ("on March 3 said"); `after` is the word that follows."""
    return word[:1].isalpha() or bool(re.match(r"\d+-[a-z]", word)) or word.isdigit() and after == "percent"


# nouns for speech whose "of" introduces the speaker: "in the words of Ana Rell:"
_WORDS_OF = {"words", "phrase", "view", "views", "remarks", "statement"}
# whom a speaker talked to, inside the speaker phrase: "Another source speaking to "; "an
# official speaking for the Harbour Board" speaks for it
# whoever heard or holds the words, not who said them: "Another source speaking to Velmark Radio",
# "a letter obtained by the Courier", "an email sent to Rell"
_RECEIVER = re.compile(r"\b(?:(?:speaking|talking)\s+(?:to|with)|writing\s+(?:to|for)"
                       r"|(?:obtained|seen|reviewed|received)\s+by"
                       r"|(?:sent|addressed|leaked)\s+to)\s+(?:[Tt]he\s+)?$")
# people before the name of whom they are: "Supporters of ", "Lawyers for "
_PEOPLE_OF = re.compile(r"(?:\b(?:the|some|many|several|two|three|[Aa] group of)\s+)?"
                        r"\b([A-Za-z]+)\s+(?:of|for)\s+$")


def _marks_object(words: list[str], k: int) -> bool:
    """Whether words[k], among the lower-cased words before a name, makes the name an object
    ("a message to", "told"); "of" after a title or a word for speech does not ("secretary of",
    "the words of")."""
    w = words[k]
    if w == "of" and k and (words[k - 1] in lexicon.title_words() or words[k - 1] in _WORDS_OF):
        return False
    return w in _PREPOSITIONS or w in lexicon.cue_forms()


def _one_person_roles(words: list[re.Match], k: int) -> bool:
    """Whether the "and" before words[k] joins two roles of one person in the speaker phrase
    words[...] ends: "the former harbour chief and current party nominee", "the Velmark
    senator and Harbour Party candidate"; not "the mayor and the governor", "the senator and
    Velmark's mayor", "the mayor and city officials" nor "the mayor and governor"."""
    after = words[k].group()
    if after.lower() in _ROLE_TIME:
        return True
    head = words[-1].group()
    return (k >= 2 and after.lower() not in _DETERMINERS and not re.search(r"[’']s?$", after)
            and len(words) - k >= 2 and is_person_noun(words[k - 2].group().lower())
            and is_person_noun(head.lower()) and not head.endswith("s"))


def _drop_role_words(before: str) -> str:
    """`before` without the role words that end it: "Former presidential candidate Ada Roux
    walked" opens its sentence as surely as "Ada Roux walked", and so does "Velmark pollster
    Tom Rell" or "Harbour Board chief Ana Rell", whose role is of a place or a body."""
    titles = lexicon.title_words()
    dropped = False
    while (m := _TRAILING_WORD.search(before)) and m.group(1).lower() in titles:
        before, dropped = before[:m.start()], True
    if dropped and (whose := _OF_WHOM.search(before)):
        before = before[:whose.start()]
    return before


# things that can be the "it" which says something
_PAPERS = (r"memo|letter|blog|video|website|statement|e-?mail|document|tweet|filing|complaint|affidavit"
           r"|release|report|poll|survey|study")
_DOCUMENT = re.compile(r"\b(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:" + _PAPERS + r")s?\b")
# a day between a subject and its verb: "Berg on Wednesday called", "Roux earlier this year said"
_WHEN_BEFORE = re.compile(r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                          r"(?:last|this|earlier this)\s+(?:month|year))\s+$")
# where something was said, before a participle: "on Twitter writing", "in Velmark chanting"
_AFTER_PREPOSITION = re.compile(r"\s+(?:on|in|at|via|through|over)\s+(?:the\s+)?$")
# a sentence opening on a possessive that looks ahead to its subject: "In her 2003 book, "
_OPENING_POSSESSIVE = re.compile(r"\s*(?:In|At|On|During|After|Before|With|Without|Throughout|From|Despite|"
                                 r"Since|Under|For|Through|Following|Amid)\s[^,.;“”\"]*\b([Hh]is|[Hh]er)\b"
                                 r"[^.;“”\"]*,\s*")
# words that make the name after them an object: "a message to Rell", "an interview with Rell"
_PREPOSITIONS = {"to", "with", "on", "at", "about", "for", "from", "against", "by", "in", "of", "into",
                 "over", "toward", "towards", "between", "than", "via"}
# an auxiliary or copula: a phrase holding one is a clause, not somebody's description
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must)\b")
_NEXT_WORD = re.compile(r"\s*([\w’']+)")  # the word after a stretch, spaces skipped
_LOWER_WORD = re.compile(r"[a-z]+")
# what may follow a subject's name before its verb: "(R-Ohio)", up to three appositives in commas
# (", 18, from Birch County, Ore.,": a full stop only as an abbreviation's), "on Monday" and
# unnamed company ("Ham and others said", "Ham and his wife")
_SUBJECT_AFTER = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:(?:,(?:[^,.;:“”\"]|\.(?=,)){1,100}){1,3},"
                            r"|\s*(?:--|[—–])[^—–.;:“”\"]{1,160}?(?:--|[—–]))?"
                            r"(?:\s+and\s+(?:others|(?:his|her|their)\s+[a-z]+))?"
                            r"(?:\s+on\s+[A-Z][a-z]+day)?\s+(?!of\b|in\b|on\b|at\b|to\b|for\b|and\b|"
                            r"or\b|with\b|from\b|by\b|as\b|who\b|which\b|that\b|among\b|including\b|"
                            r"via\b)[a-z]")
UNNAMED = -1  # entity id of a person the article speaks of without naming
# determiners that bring in somebody new: "a voter", "his brother", "Ada's neighbour"
_NEW_PERSON = re.compile(r"(?:a|an|my|his|her|their|our|your|one|another|[\w’'-]+[’']s?)$")
# a bare title and what it is of, ending the sentence: ", president of the Harbour Caucus."
_BARE_ROLE = re.compile(r",\s+([a-z][\w-]*)\s+(?:of|at|for)\s[^,.;:“”\"()]{2,80}?\.(?:\s|$)")
# a role in commas after a name: ", the federation's special envoy," (or ending its sentence)
_APPOSITIVE = re.compile(r",\s+((?:the|a|an|[A-Z][\w’']*[’']s)\s[^,.;:“”\"()]{2,60}?)[,.]")
# role words before a name in an appositive ("the shipping lawyer Lena Brandt", "Former Velmark
# governor Ada Roux"), but not an object ("an early supporter of Roux")
_ROLE_PREFIX = re.compile(r"(?:[\w.’'-]+\s+){1,5}(?<!\bof )(?<!\bfor )(?<!\bto )(?<!\bwith )(?<!\bby )"
                          r"(?<!\bfrom )(?<!\bat )(?<!\bin )(?<!\bon )(?<!\babout )(?<!\bagainst )")
_PLACE_BEFORE = re.compile(r"\b(?:in|across|throughout|near|outside|inside)\s+(?:the\s+)?$")
# words whose "’s" is "is" or "has", not a possessive: "That’s why", "It’s “Game Over”"
_CONTRACTED = {"that", "it", "here", "there", "what", "who", "he", "she", "let", "where", "how", "why",
               "when", "everyone", "nobody", "today"}
# a possessive subject ("Rell’s campaign"), not a contraction ("That’s why he")
_OWNER = (r"(?!(?i:" + "|".join(sorted(_CONTRACTED)) + r")[’'])"
          r"(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*[’']s")
# an adverb between a subject and its verb: "Roux later said", "who also told", "was first reported"
_BEFORE_VERB = r"(?:[a-z]+ly\s+|(?:also|then|later|again|first|now|never)\s+)"
# a word inside a noun phrase: no clause, and a second determiner only after a preposition
# ("A footnote in the report")
_NP_WORD = r"(?!(?:who|which|that)\b)(?:(?!(?:an?|the)\b)|(?<=\bin )|(?<=\bof )|(?<=\bfor ))[\w’'-]+"
_IRREGULAR_PAST = (r"sent|made|took|gave|put|told|said|wrote|spoke|kept|held|brought|began|found|thought"
                   r"|saw|stood")
_NOT_VERBS = r"(?:as|this|thus|plus|us|his|its|less|unless|across)"  # words ending in "s" that are no verb
# a sentence opening with a short noun phrase and then a verb: "The letter reads", "My father often said"
_NOMINAL_SUBJECT = re.compile(r"((?:[Tt]he|An?|This|That|His|Her|Their|Its|My|Our|" + _OWNER + r")\s+"
                              r"(?:" + _NP_WORD + r"\s+){0,5}?" + _NP_WORD + r")"
                              r"(?=\s+" + _BEFORE_VERB + r"?(?!" + _NOT_VERBS + r"\b)"
                              r"(?:[a-z]+(?:ed|s)|" + _IRREGULAR_PAST + r")\b)")
# what a tag may go on with and still be only the quote's tag: “A.” Rell said as she left.
_CIRCUMSTANCE = re.compile(r"\s*(?:,|(?:as|in|at|during|after|before|when|while|outside|inside|through|about|of)\b)")
# a relative clause between a name and its cue: "Lena Brandt, who told", "Brandt — who’s argued"
_WHO_BEFORE_CUE = re.compile(r"[,—–]\s+who(?:[’']s)?\s+" + _BEFORE_VERB + r"?$")
# what may open a sentence before its participle: "After saying", "Before telling", "Insisting"
_OPENING_PARTICIPLE = re.compile(r"\s*(?:(?:After|Before|While|By|Since|Upon|On|When)\s+)?")
# a sentence opening on a subordinate clause: "When Rell said so, Berg ..."
_SUBORDINATE = re.compile(r"\s*(?:[A-Z][^,“”\"]{0,30},\s+)?"  # "Last month, when I asked Rell, ..."
                         r"(?:In what|(?i:when|if|although|though|after|before|because|while|since|as|once|"
                         r"until|unless|whether))\b")
# a sentence opening on whose view it gives, up to the name: "To Tessel University professor "
_IN_THE_VIEW_OF = re.compile(SENTENCE_OPENING + r"(?:To|For)\s+[^,.;:“”\"]{0,80}$")
# somebody new given a name: "a 52-year-old Tessel resident named ", not "the governor named "
_NAMED_AS = re.compile(r"\b(?:an?|one|another)\s+(?:[\w.,-]+\s+){0,4}?([a-z]+)\s+(?:named|called)\s+$")
# the last sentence before an "it" that goes on put words in a document: "Berg wrote in the affidavit."
_GOES_ON = re.compile(r"[Ii]t\s+(?:continued|continues|added|adds|reads|read|went on|goes on)\b")
_IN_DOCUMENT = re.compile(r"\b(?:wrote|said|stated|argued)\s+in\s+(?:the|a|an|his|her|their)\s+"
                          r"(?:[\w-]+\s+)?(?:" + _PAPERS + r"|brief)\b[^.!?]*[.!?][”\"]?\s+$")
# what hands the floor to a name before a colon: "From Rell’s post:", "Here’s Rell in 1992:"
_COLON_LEAD = re.compile(r"\s*(?:(?:More\s+)?[Ff]rom|Here[’']s|Here\s+is)\s+")
_COLON_LEAD_TAIL = re.compile(r"(?:\s+(?:and|in|on|at)\s+[^,;:“”\"]{1,30})?\s*")
_OWNED_TEXT = re.compile(r"[’']s?\s+(?:[\w-]+\s+){0,2}(?:post|tweet|statement|letter|speech|remarks"
                         r"|e-?mail|memo|op-ed|column|testimony|release|blog|message|note)\s*", re.I)
# the owner of a reporting noun: "her claim", "Berg’s repeated claim"
_OWNER_WORD = re.compile(r"(?:\b(?P<pron>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|(?P<mark>[’']s?))"
                         r"\s+(?:(?!(?:an?|the)\s)[a-z]+\s+)?$")
# a clause after a reporting noun, its quote close behind: "claim that she “"
_THAT_AFTER = re.compile(r"\s+that(?:\s+[^\s“”\".,;:!?]+){0,5}\s+[“\"]")
_OWNER_PRONOUN = {"his": "he", "her": "she", "its": "it", "their": "they"}  # whose "his" is
# an appositive role between a name and "who": ", the ranking member on the committee"
_ROLE_BEFORE_WHO = re.compile(r",\s+((?:the|a|an)\s[^,;:“”\"]{2,80})$")
_HE_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
# a relative clause between a subject and its reporting verb, with no commas; not "the pilot
# who Roux said ...", whose clause has a speaker of its own
_WHO_CLAUSE = re.compile(r"\s+who\s+(?!(?:he|she|they|we|I)\b|[A-Z])[^,;:.!?“”\"]{1,80}$")
# the nouns that make a mention somebody's official voice
_VOICE = re.compile(r"\b(spokes(?:man|woman|person)|representative|press secretary|office|officials"
                    r"|statement|report"
                    r"|letter|memo|e-?mail"
                    r"|campaign(?:\s+spokes(?:man|woman|person))?)\b", re.I)
# a voice noun ending the phrase after a name: "according to the Rell campaign,"
_VOICE_ENDING = re.compile(r" " + _VOICE.pattern + r"(?=\s*(?:[,.;:”\"]|$))", re.I)
# a speaker's label for someone: "called Rell “...”", "dubbed him the “...”"
_LABELLED = re.compile(r"(?:called|calls|dubbed|dubs|labeled|labelled|branded|brands)\s+"
                       r"(?:him|her|it|them|himself|herself|(?:[A-Z][\w’'-]*\s+){1,3})\s*(?:an?\s+|the\s+)?")
# what precedes a quoted title: "the author of “...”", "a book titled “...”"
_NAMING = re.compile(r"\b(?:of|titled|entitled|called|dubbed|named)\s*$")
# a work, its title in commas next: "In her new book, “...”", "wrote a column, “...”", "The movie,";
# an event only when it opens the sentence: "The show, “...”", not "After the show, “...,” Roux said"
_WORK_BEFORE = re.compile(r"\b(?i:the|an?|his|her|their|its|whose|[\w-]+[’']s)\s+(?:[\w-]+\s+){0,2}"
                          r"(?:book|novel|memoir|film|movie|song|album|documentary|essay|column|podcast"
                          r"|series),\s*$")
_EVENT_OPENING = re.compile(r"(?:^|[.!?]\s+|\n)(?:The|A|An|His|Her|Their|Its|[A-Z][\w-]*[’']s)\s+"
                            r"(?:[\w-]+\s+){0,2}(?:show|play|video|ad),\s*$")
# an owner right before a quotation: "CNN’s “...”", "the station’s “...”", "Harbour Radio’s “"
_OWNER_BEFORE = re.compile(r"((?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*|\b[a-z]+)[’']s\s*$")
# a passive cue: "was (first) reported by the Courier"
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+" + _BEFORE_VERB + r"?$")
_BY_AGENT = re.compile(r"\s+by\s+")
# words a title keeps in lower case though they are longer than three letters: "Mornings with Dan Holt"
_TITLE_SMALL_WORDS = {"with", "from", "into", "onto", "over", "upon", "than", "about"}
# cues that answer: "“Would you?” He answered, “No.”" tags the answer, not the question
_REPLIES = {"answered", "replied", "responded", "retorted", "countered"}
_TELL = ("told", "tells", "tell", "telling")
_BYLINE = re.compile(r"\s+by\s+(?:[A-Z][\w.’'-]*\s+)*[A-Z]")
_OF_PLACE = re.compile(r"(?<=\w)\s+of(?:\s+[A-Z][\w.’'-]*){1,3}(?:,(?:\s+[A-Z][\w.’'-]*){1,2})?$")
_WORD = re.compile(r"(?<!\S)--(?!\S)|[\w’'.-]+|[^\w\s]")  # " -- " is a dash, as "—" is
# what may follow a cue before the quote opens: an object and a connective ("told CNN on Monday that")
_CUE_TO_QUOTE = re.compile(r"(?:\s+(?!that\b)[^\s,:;.!?“”\"]+){0,6}?\s*(?:[,:—–]|\s+that)?\s*$")


@dataclass(slots=True)
class Mention:
    """Who a cue points to, as written: a name, a pronoun or a role noun."""

    text: str
    start: int
    end: int
    kind: str  # "name", "pronoun", "nominal"
    name: Name | None = None
    role: str = ""  # an appositive role ("Trump's special envoy")


@dataclass(slots=True)
class Attribution:
    """A mention with the cue that ties it to a quote, and how it was found."""

    mention: Mention | None
    cue: str | None
    method: str  # "cue", "colon", "dash", "same sentence", "continuation"
    entity: Entity | None = None


class Attributor:
    """Attribution for one article: its names, entities, and who spoke when,
    so that pronouns and floating quotes resolve to the right earlier person."""

    def __init__(self, text: str, spans: list[QuoteSpan], names: list[Name],
                 paragraphs: list[tuple[int, int]]):
        self.text = text
        self.spans = spans
        self.span_starts = [s.start for s in spans]
        self.paragraphs = paragraphs
        self.para_starts = [p[0] for p in paragraphs]
        self.registry = Registry()
        self.names = names
        self.name_starts = [n.mention_start for n in names]
        self.names_by_end: dict[int, Name] = {}
        self.names_by_start: dict[int, Name] = {}
        for n in names:
            e = self.registry.add(n, self._gender_around(n))
            self.names_by_end[n.end] = n
            self.names_by_start[n.mention_start] = n
            if _PLACE_BEFORE.search(text, max(0, n.mention_start - 12), n.mention_start) \
                    or n.name.lower() in lexicon.places():
                e.place = True  # "in Kentucky", "Florida is": a place, not who "he" or "she" is
            ap = _APPOSITIVE.match(text, n.end)
            if ap and not n.possessive and e.kind != "organization" and not _VERB_PHRASE.match(ap.group(1)) \
                    and not _IN_THE_VIEW_OF.search(text, max(0, n.mention_start - 90), n.mention_start):
                # "Sela Marquand, the federation's special envoy, ..."; but in "To Ana Rell, Berg's
                # plan seemed a loss" the words after the comma are the sentence, not her role
                e.add_role(ap.group(1))
            tag = _PARTY_STATE.match(text, n.end)
            if tag and _state_of(tag.group(1)):
                e.add_role(tag.group(1))  # "Sen. Ada Roux (D-Fla.)": her party and state
        self.doubtful = sentence_openers(text, names)  # "Workers have ...": maybe no name at all
        self.cues = [m for m in cue_pattern().finditer(text)
                     if not self.inside_quote(m.start()) and not noun_reading(text, m)]
        self.cue_starts = [m.start() for m in self.cues]
        # “State of the Union”, “MAKE AMERICA GREAT”: a title or slogan is nobody's speech, and
        # the sentence around it reads as if it were unquoted ("Roux, asked about “Harbour First,” said:")
        self.spans = [s for s in spans if not self._title_like(s)]
        self.span_starts = [s.start for s in self.spans]
        self.sources: list[tuple[int, Entity]] = []  # named subjects of reporting verbs, in order
        self.source_offsets: list[int] = []
        self._collect_sources()
        self._learn_genders()

    def _gender_around(self, n: Name) -> str | None:
        """The gender a lone surname's own sentence gives it, which tells apart two people who
        share it: "In her 2003 book, Clinton noted" is the woman."""
        if n.gender or n.kind == "organization" or len(n.words) > 1:
            return None
        s_lo = self.sentence_floor(n.mention_start)
        opening = _OPENING_POSSESSIVE.fullmatch(self.text, s_lo, n.mention_start)
        if opening:
            return "m" if opening.group(1).lower() == "his" else "f"
        return None

    # ---- positions ------------------------------------------------------------------------------

    def inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.span_starts, pos) - 1
        return i >= 0 and pos < self.spans[i].end

    def paragraph_of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.para_starts, pos) - 1
        return self.paragraphs[max(0, i)]

    def clause_floor(self, pos: int) -> int:
        """Where the clause holding `pos` may start: its sentence start or the
        end of the last quotation before it, whichever is later."""
        p_lo = self.paragraph_of(pos)[0]
        i = bisect.bisect_right(self.span_starts, pos) - 1
        while i >= 0 and self.spans[i].after > pos:
            i -= 1
        if i >= 0 and self.spans[i].after > p_lo:
            p_lo = self.spans[i].after
        return sentence_start(self.text, p_lo, pos)

    def cues_between(self, lo: int, hi: int) -> list[re.Match]:
        i = bisect.bisect_left(self.cue_starts, lo)
        j = bisect.bisect_left(self.cue_starts, hi)
        return self.cues[i:j]

    # ---- mentions -------------------------------------------------------------------------------

    def _name_mention(self, n: Name) -> Mention:
        """A name as a speaker mention, written as the article has it ("Gov. Ada Roux")."""
        return Mention(self.text[n.mention_start:n.end], n.mention_start, n.end, "name", n)

    def mention_before(self, lo: int, pos: int) -> Mention | None:
        """The noun phrase ending just before `pos` (a cue), reading leftwards
        past adverbs, a day ("Roux on Friday declared") and an appositive between commas."""
        when = _WHEN_BEFORE.search(self.text, max(lo, pos - 40), pos)  # at most " earlier this month "
        if when and when.start() > lo:
            pos = when.start()
        seg = self.text[lo:pos]
        words = list(_WORD.finditer(seg))
        i = len(words)
        # "Theresa May said", "Will wrote": a name ending there is no modal or adverb
        while i and _is_adverb(words[i - 1].group()) and lo + words[i - 1].end() not in self.names_by_end:
            if words[i - 1].group() == "first" and i > 1 and words[i - 2].group().lower() in ("the", "a"):
                break  # "The first said": "first" stands for a person after an article
            i -= 1
        if not i:
            return None
        if words[i - 1].group() != ",":
            return self.mention_ending(lo, lo + words[i - 1].end())
        return self._appositive_subject(lo, words[:i - 1])

    def _appositive_subject(self, lo: int, words: list[re.Match]) -> Mention | None:
        """The subject among comma-separated noun phrases before a cue:
        "Steve Witkoff, Trump's special envoy, said", "Trump's envoy, Steve
        Witkoff, said", "Rell, who backs Vik, said". A name that fills
        its whole chunk wins, the leftmost one first; the other chunk is its role."""
        cues = lexicon.cue_forms()
        if words and words[-1].group() == ")":
            # "Ana Roe, the U.N. refugee commissioner (UNHCR), said": the abbreviation is no chunk
            opening = next((k for k in range(len(words) - 1, -1, -1) if words[k].group() == "("), 0)
            if opening and words[opening - 1].group() != ",":
                words = words[:opening]
        chunks: list[Mention] = []  # whole-chunk mentions, right to left
        end = len(words)
        while end > 0 and len(chunks) < 4:
            j = end
            while j and words[j - 1].group() not in (",", "(", "—", "–", "--", ";", ":"):
                j -= 1
            inner = words[j:end]
            if not inner:
                break
            low = [w.group().lower() for w in inner]
            if low[0] not in ("who", "whose", "which"):
                # a verb makes the stretch a clause, not an appositive; "one of the states" has none
                # a role may run on into a relative clause: "the director of X and who also featured in Y"
                relative = next((k for k, w in enumerate(low) if k and w in ("who", "whose", "which", "that")), None)
                if len(inner) > (14 if relative is None else 24) or any(
                        (w in _VERBISH and inner[k].group().islower())  # not "Will Estrada"
                        or (w in cues and (k == 0 or low[k - 1] not in _DETERMINERS))
                        for k, w in enumerate(low[:relative])):
                    break
                m = self.mention_ending(lo, lo + inner[-1].end())
                prefix = self.text[lo + inner[0].start():m.start] if m is not None else ""
                body = self.registry.at.get(m.name.start) if m is not None and m.kind == "name" else None
                if body is not None and body.kind != "person" and speaks_for_body(self.text, m.name):
                    chunks.append(m)  # "Officials at the Harbour Board, a division of ..., said"
                elif m is not None and (m.start <= lo + inner[0].start() or (
                        m.kind == "name" and _ROLE_PREFIX.fullmatch(prefix)
                        and not any(w.lower() in _PREPOSITIONS for w in prefix.split()))):
                    # "Her main rival, the shipping lawyer Lena Brandt, said": the words before
                    # the name are the role that describes the person best
                    m.role = prefix.strip()
                    chunks.append(m)
            if j == 0 or words[j - 1].group() != ",":
                break
            end = j - 1
        chunks.reverse()
        named = [m for m in chunks if m.kind == "name"]
        best = named[0] if named else (chunks[0] if chunks else None)
        if best is not None:
            k = chunks.index(best)
            near = [m for m in chunks[k + 1:k + 2] + chunks[max(0, k - 1):k] if m.kind == "nominal"]
            best.role = best.role or (near[0].text if near else "")
        return best

    def mention_ending(self, lo: int, end: int) -> Mention | None:
        """The mention whose last word ends at `end`: a name, a pronoun or a role noun."""
        text = self.text
        n = self._name_before_place(lo, end) or self.names_by_end.get(end)
        if n is not None:
            listener = _RECEIVER.search(text, max(lo, n.mention_start - 30), n.mention_start)
            if listener and not (n.kind != "organization" and text.startswith(", who", n.end)):
                # "Another source speaking to Velmark Radio said": the outlet only listened
                # (but in "seen by Ada Roux, who said" she speaks)
                return self.mention_ending(lo, len(text[:listener.start()].rstrip()))
            people = _PEOPLE_OF.search(text, max(lo, n.mention_start - 40), n.mention_start)
            if people and people_plural(people.group(1)) and not speaks_for_body(text, n):
                # "Supporters of Ana Rell said", "Lawyers for Berg said": their people, not them
                return Mention(text[people.start():end], people.start(), end, "nominal")
            return self._name_mention(n)
        words = list(_WORD.finditer(text, lo, end))
        if not words:
            return None
        last = words[-1].group()
        if last == ")":
            # "Rep. Tomas Berg (R-Velm.) said": the name before the parenthesis
            open_ = text.rfind("(", lo, end)
            if open_ > lo and end - open_ < 40:
                inner = self.mention_ending(lo, len(text[lo:open_].rstrip()) + lo)
                if inner is not None:
                    return inner
            return None
        bare = re.sub(r"[’']s$", "", last)
        if bare.lower() in PRONOUNS:
            return Mention(bare, words[-1].start(), words[-1].start() + len(bare), "pronoun")
        low = last.lower()
        if not _speaker_word(last) or low in _CLAUSE_BREAK or low in ("of", "for", "the", "a"):
            return None
        # a role noun read leftwards: "the Ukrainian leader", "a spokesman for the campaign"
        k = len(words) - 1
        cues = lexicon.cue_forms()
        while k > 0 and len(words) - k < 12:
            w = words[k - 1].group()
            wl = w.lower()
            if k >= 2 and _inner_preposition(words[k - 2].group(), wl):
                k -= 1  # "a source familiar with the talks": the preposition belongs to the phrase
                continue
            if wl == "and" and _one_person_roles(words, k):
                k -= 1
                continue
            if not _speaker_word(w, words[k].group()) or wl in cues or wl in _VERBISH or wl in _CLAUSE_BREAK:
                break
            k -= 1
            # a determiner opens the phrase, unless a preposition ties it to a head before it:
            # "a spokesman for the shipping line", "a narrator in the ad"
            if wl in _DETERMINERS and not (k >= 2 and _inner_preposition(words[k - 2].group(),
                                                                         words[k - 1].group().lower())):
                if k and words[k - 1].group().lower() in ("the", "these", "those", "all") and wl in _COUNTS:
                    k -= 1  # "The two lawmakers", "all three judges": the article before the number
                break
        first = words[k].group()
        if first.lower() in ("of", "for") or (k == len(words) - 1 and first.lower() in lexicon.stop_words()):
            return None
        phrase_words = [w.group().lower() for w in words[k:]]
        if first.lower() not in _DETERMINERS and not first[:1].isupper() \
                and not any(w in GROUP_NOUNS for w in phrase_words):
            return None
        start = words[k].start()
        return Mention(text[start:end], start, end, "nominal")

    def _name_before_place(self, lo: int, end: int) -> Name | None:
        """The name text[lo:end] ends with when what ends it is where that person comes
        from: "Sen. Ada Roux of Velmark", "Greta Holm of Tessel, Norvale"."""
        place = _OF_PLACE.search(self.text, lo, end)
        return self.names_by_end.get(place.start()) if place else None

    def mention_after(self, pos: int, hi: int) -> Mention | None:
        """The noun phrase starting right after `pos` (inverted cue: "said Witkoff")."""
        text = self.text
        i = pos
        while i < hi and text[i] in " \u00a0":
            i += 1
        n = self._name_soon_after(i, hi)
        voice = _VOICE_ENDING.match(text, n.end) if n is not None else None
        if voice:
            # "according to the Rell campaign,", "said Tessel spokesman": whom the voice speaks for
            return Mention(text[i:voice.end()], i, voice.end(), "nominal")
        group = _NEXT_WORD.match(text, n.end) if n is not None else None
        if group and group.group(1).islower() and names_people(group.group(1)):
            # "said Ada Roux adviser Tom Ek", "said a senior Roux adviser, Tom Ek": the adviser;
            # "said like-minded Rell supporters", "said a senior Rell adviser": people named
            # after her, not Rell
            gap = re.match(r",?\s*", text[group.end():hi]).end()
            holder = self._name_soon_after(group.end() + gap, hi)
            if holder is not None and holder.kind != "organization" and \
                    holder.mention_start == group.end() + gap:
                m = self._name_mention(holder)
                m.role = text[i:group.end()]
                return m
            return Mention(text[i:group.end()], i, group.end(), "nominal")
        if n is not None:
            m = self._name_mention(n)
            ap = re.match(r",\s*((?:the|a|an|[A-Z][\w’']*’s|[A-Z][\w’']*'s)\s[^,.;:“”\"]{2,60})", text[n.end:hi])
            if ap:
                m.role = ap.group(1).strip()
            return m
        # “...,” said he. but not "said he had seen": there the pronoun opens the reported clause
        w = re.match(r"(?:he|she|they|we|it|I)\b(?=\s*(?:[,.;:!?—–]|$))", text[i:hi], re.I)
        if w:
            return Mention(w.group(), i, i + w.end(), "pronoun")
        # an abbreviation's full stops do not end the phrase: "said a former U.S. official"
        np_ = re.match(r"(?:(?i:the|a|an|one|two|several)|[A-Z][\w’'-]*[’']s)\s+"
                       r"(?:(?:[A-Z]\.){2,}|[^,.;:“”\"]){1,60}", text[i:hi])
        if np_:
            phrase = re.split(r"\s+(?:in|on|at|during|after|before|to|who|whose|which|that|when|as|of the|"
                              r"told|said|says|adding|according)\b", np_.group())[0]
            # "said the bureau's director, Ana Rell,": the role, then the name it belongs to
            comma = re.match(r",\s*", text[i + len(phrase):hi])
            n = self.names_by_start.get(i + len(phrase) + comma.end()) if comma else None
            if n is not None and not n.possessive:
                m = self._name_mention(n)
                m.role = phrase
                return m
            if np_.group()[0].isupper() and not re.match(r"\s*(?:[,.;]|$)", text[i + len(phrase):hi]):
                return None  # "said Velmark’s voting period “is generous”": what was said, not who
            if _FINITE_VERB.search(phrase):
                return None  # "said the absentee program is a “...”": a clause reported, nobody's name
            return Mention(phrase, i, i + len(phrase), "nominal")
        return None

    def _name_soon_after(self, pos: int, hi: int) -> Name | None:
        """A name starting at `pos`, or after a few role words with no punctuation
        between: "said flood widow Ines Marr", "said the Courier's Dan Holt"; five or six
        when none ties the name to them ("said the mayor's top harbour aide Ana Rell")."""
        k = bisect.bisect_left(self.name_starts, pos)
        while k < len(self.names):
            n = self.names[k]
            gap = self.text[pos:n.mention_start]
            if n.mention_start >= hi or len(gap) > 40 or re.search(r"[,.;:“”\"()]", gap.replace("’s", "")):
                return None
            words = gap.lower().split()
            # "said one source who identified Holt": a clause in between, the name its object
            clause = any(w in ("who", "which", "that") or w in PRONOUNS for w in words)
            if not n.possessive and not clause and (len(words) <= 4 or len(words) <= 6 and not _tying(words)):
                return self._behind_role_words(k)
            k += 1
        return None

    def _behind_role_words(self, k: int) -> Name:
        """The person an institution or a lone word leads to through role words, else the
        name itself: "Tessel University political science professor Ana Rell", "Rell campaign
        spokesman Tom Ek", "Harbour chief Ada Roux"."""
        n = self.names[k]
        if (n.kind == "organization" or len(n.words) == 1) and k + 1 < len(self.names):
            person = self.names[k + 1]
            between = self.text[n.end:person.mention_start]
            # only role words ending in a role noun make the name a role's: not "said Tessel
            # must rebut Rell", "The Tessel Authority thanked Rell", nor "said Berg as host Ada Roux"
            role = between.split()
            if person.kind != "organization" and _ROLE_WORDS_ONLY.fullmatch(between) and \
                    is_person_noun(role[-1]) and (n.kind == "organization" or not _tying(role)):
                return person
        return n

    def cue_mention(self, cue: re.Match) -> Mention | None:
        """The speaker mention a cue points to."""
        text = self.text
        if cue.group().lower() == "according to":
            return self.mention_after(cue.end(), min(len(text), cue.end() + 120))
        owner = self._speech_owner(cue)
        if owner is not None:
            return owner
        by = self._passive_by(cue)
        if by is not None:
            # "Roux was asked by host Tom Berg": the speaker comes after "by"
            return self.mention_after(by, min(len(text), cue.end() + 120))
        if self._asked_of(cue):
            return None  # "Berg was asked, “...”": whoever asked, it was not Berg
        floor = self.clause_floor(cue.start())
        rel = _WHO_BEFORE_CUE.search(text, floor, cue.start())
        if rel:
            # "Mike Lee, who declared in the spin room, “...”"; "backed by Sen. Ada Roux of Velmark,
            # the ranking member on the Harbour Committee, who said": the person the role is of
            role = _ROLE_BEFORE_WHO.search(text, floor, rel.start())
            n = self.mention_ending(floor, role.start()) if role else None
            if n is not None and n.kind == "name":
                n.role = role.group(1)
                return n
            return self.mention_before(floor, rel.start())
        if re.search(r"\b(?:and|but|then)\s+$", text[floor:cue.start()]):
            # "She welcomed the offer but emphasized": the subject of the whole sentence
            return self._sentence_subject(cue.start())
        # "a harbour official who spoke anonymously said": the one the clause is about
        bound = _WHO_CLAUSE.search(text, floor, cue.start())
        m = (bound and self.mention_before(floor, bound.start())) or self.mention_before(floor, cue.start())
        where = _AFTER_PREPOSITION.search(text, max(floor, m.start - 12), m.start) \
            if m is not None and m.kind == "name" and self._participle_after(m, cue) else None
        if where:
            # "replied to the mayor on Twitter writing": where it was said; the subject said it
            # ("Protesters gathered in Velmark chanting": those before the place)
            return self._sentence_subject(cue.start()) or self.mention_before(floor, where.start())
        # an inverted cue names its speaker after it ("said Rell"), but whoever follows
        # "told" is its listener: “...,” Rell, the guild's head, told the Courier
        if m is None and not is_participle(cue.group()) and cue.group().lower() not in _TELL and (
                cue.group()[0].isupper() or re.search(r"[,”\"]\s*$", text[max(0, cue.start() - 4):cue.start()])):
            m = self.mention_after(cue.end(), min(len(text), cue.end() + 120))
        return m

    def _collect_sources(self) -> None:
        """Named subjects, in text order: who reports something ("Ham said",
        "according to Ham"), who opens a sentence doing something ("Ham
        made it clear") and who is brought in with a role ("Ham, a retired
        pilot,"). These are the people a later "he" or "she" means."""
        found: dict[int, Entity] = {}
        for cue in self.cues:
            if self._passive_by(cue) is not None:
                continue  # "Roux was asked by Berg": a later "he" still means Roux, the subject
            m = self.cue_mention(cue)
            if m is not None and m.kind == "name":
                e = self.registry.at.get(m.name.start)
                if e is not None and not (e.kind == "person" and self._object_participle(m, cue)):
                    found[m.start] = e
            elif m is not None and m.kind == "nominal" and not is_participle(cue.group()) and (
                    m.end <= cue.start() or not self.text[cue.end():m.start].strip()):
                # "a voter said", "said his brother"; not "a man claiming" nor "said on the day a man"
                e = self._unnamed_person(m)
                if e is not None:
                    found[m.start] = e
        for n in self.names:
            if n.possessive or n.mention_start in found or n.mention_start in self.doubtful:
                continue
            if self._name_before_place(max(0, n.mention_start - 60), n.end) is not None:
                continue  # "Greta Holm of Tessel, Norvale says": where she is from, not who
            if self._introduced(n) or self._opens_clause(n):
                e = self.registry.at.get(n.start)
                if e is not None:
                    found[n.mention_start] = e
        for pos in sorted(found):
            self.sources.append((pos, found[pos]))
            self.source_offsets.append(pos)

    def _participle_after(self, m: Mention, cue: re.Match) -> bool:
        """Whether `cue` is a participle standing right after the mention: "Berg claiming"."""
        return is_participle(cue.group()) and m.end <= cue.start() \
            and not self.text[m.end:cue.start()].strip()

    def _object_participle(self, m: Mention, cue: re.Match) -> bool:
        """A participle right after a person's name, as in "the vote ends with Berg claiming
        the seat": the name is no subject, so a later "he" is rather the one who said so.
        Not when the participle gives a quote ("a video shows Berg saying, “...”"): Berg speaks."""
        return self._participle_after(m, cue) \
            and not re.match(r"[\s,:]*[“\"]", self.text[cue.end():cue.end() + 4])

    def _learn_genders(self) -> None:
        """A source whose forename tells no gender ("Kim Tal said") takes it from the first "he"
        or "she" outside quotes within 400 characters, unless someone else is named or speaks
        ("his wife said") before it."""
        for k, (at, e) in enumerate(self.sources):
            if e.gender or e.kind != "person":
                continue
            j = bisect.bisect_right(self.name_starts, at)
            limit = min(self.names[j].mention_start if j < len(self.names) else len(self.text),
                        self.source_offsets[k + 1] if k + 1 < len(self.sources) else len(self.text))
            for w in _HE_SHE.finditer(self.text, at, min(limit, at + 400)):
                if not self.inside_quote(w.start()):
                    e.gender = PRONOUNS[w.group().lower()]
                    break

    def _unnamed_person(self, m: Mention) -> Entity | None:
        """A stand-in for the person behind "my father said" or "a voter said" when the
        article never names them: a later "he" means that person, not someone named before."""
        words = m.text.lower().split()
        nouns = lexicon.person_nouns()
        if words[-1] not in nouns or not _NEW_PERSON.match(words[0]) \
                or _last_char_before(self.text, m.start) == ",":
            return None  # "the man", "Yin May, a doctor,": maybe someone already named
        return Entity(UNNAMED, "person", "", "", gender=nouns[words[-1]])

    def _introduced(self, n: Name) -> bool:
        """A name followed by an indefinite role in commas that ends its sentence or leads
        on to a verb: "Tomas Berg, a retired pilot." but not "rescued Berg, a pilot, during";
        a name given to a person ("a resident named Ada"); or whose view a sentence gives:
        "To Ana Rell, ..." """
        if self.text.startswith(",", n.end) and \
                _IN_THE_VIEW_OF.search(self.text, max(0, n.mention_start - 90), n.mention_start):
            return True  # "To pollster Ana Rell, the result looked like heartbreak": her view follows
        named = _NAMED_AS.search(self.text, max(0, n.mention_start - 80), n.mention_start)
        if named and is_person_noun(named.group(1)):
            return True  # "a 52-year-old Tessel resident named Ada": the person the story turns to
        ap = _APPOSITIVE.match(self.text, n.end)
        if ap is None or not ap.group(1).startswith(("a ", "an ")):
            # "Henry Voss, president of the Harbour Caucus.": a bare title ending the sentence
            bare = _BARE_ROLE.match(self.text, n.end)
            return bare is not None and bare.group(1).lower() in lexicon.title_words()
        nxt = _next_word(self.text, ap.end())
        return self.text[ap.end() - 1] == "." or (nxt != "" and nxt.lower() not in lexicon.stop_words())

    def _opens_clause(self, n: Name) -> bool:
        """A name opening its sentence or clause, a verb-like word after it: "Ham made it clear",
        "Velmark's foreign minister, Ada Roux, plays down the risk"."""
        # the name in commas after its title: the title opened the sentence, the name is its subject
        title = _TITLE_COMMA.search(self.text, max(0, n.mention_start - 80), n.mention_start) \
            if self.text.startswith(",", n.end) else None
        in_commas = title is not None and title.group(1).lower() in lexicon.title_words()
        after = _SUBJECT_AFTER.match(self.text, n.end + in_commas)
        if after is None or _LOWER_WORD.match(self.text, after.end() - 1).group() in lexicon.title_words():
            return False  # "Former Velmark governor Ada Roux": a place before a role, not a subject
        before = _drop_role_words(self.text[max(0, n.mention_start - 160):n.mention_start])
        last = n.words[-1]
        if n.kind == "organization" and (last.lower() in lexicon.org_words()
                                         or last.isupper() and len(last) > 2):
            # "The Harbour Board is defending the fee", "The DNC issued"; not "the PR effort"
            # nor "the American-born children", whose "the" belongs to the noun after them
            before = _THE_END.sub("", before)
        return not before or bool(_SUBJECT_BEFORE.search(before))

    # ---- resolution -----------------------------------------------------------------------------

    def resolve(self, m: Mention | None) -> Entity | None:
        """The entity a mention stands for, or None when the article does not name one."""
        if m is None:
            return None
        if m.kind == "name":
            e = self.registry.at.get(m.name.start)
            if e is not None and m.role:
                e.add_role(m.role)
            return e
        if m.kind == "pronoun":
            return self._antecedent(_OWNER_PRONOUN.get(m.text.lower(), m.text.lower()), m.start)
        return self._voice_of(m) or self._role_holder(m.text, m.start)

    def _voice_of(self, m: Mention) -> Entity | None:
        """Whom a spokesperson, an office or a campaign speaks for: "Rell’s office",
        "a Velmark Party spokeswoman", "a spokesman for Harbour Lines", "his campaign"
        are that person or organisation; "the Rell campaign" is an organisation of its own.
        An aide or a source speaking on condition of anonymity speaks for nobody named."""
        text = self.text
        found = list(_VOICE.finditer(text, m.start, m.end))
        if not found:
            return None
        # the voice noun that ends the mention ("the Audit Office report"), else the first one
        voice = found[-1] if found[-1].end() == m.end else found[0]
        head = voice.group(1).lower()
        if voice.end() == m.end:
            # the voice noun ends the mention: whose voice is named just before it
            before = text[m.start:voice.start()]
            owner = re.fullmatch(r"(?:(?:the|a|an|one)\s+)?(?P<pron>his|her|its|their)?\s*", before, re.I)
            if owner and owner.group("pron") and head != "campaign":
                pronoun = _OWNER_PRONOUN[owner.group("pron").lower()]
                return self._antecedent(pronoun, m.start)
            n = self.names_by_end.get(m.start + len(re.sub(r"(?:[’']s?)?\s*$", "", before)))
            if n is None or n.mention_start < m.start:
                return None
            e = self.registry.at.get(n.start)
            if head == "officials" and (e is None or e.kind != "organization"):
                return None  # "Harbour Board officials" speak for it; "Rell officials" are not Rell
            if e is not None and head.startswith("campaign") and not n.possessive:
                # "the Rell campaign": the campaign speaks, not the candidate
                org = Name(f"{text[n.start:n.end]} campaign", "", "organization", None,
                           voice.start(), voice.end(), voice.start())
                return self.registry.add(org)
            return e
        # "a spokesman for Harbour Lines"
        owner = re.match(r"\s+for\s+(?:the\s+)?", text[voice.end():m.end])
        n = self.names_by_end.get(m.end) if owner else None
        if n is None or voice.end() + owner.end() != n.mention_start:
            return None
        return self.registry.at.get(n.start)

    def _antecedent(self, pronoun: str, pos: int) -> Entity | None:
        """Who a pronoun outside the quotes stands for. "I" and "we" there are the writer
        and the outlet ("“...,” I told the judge"), whom the text does not name."""
        if pronoun in ("i", "we"):
            return None
        e = self._nearest(pos, PRONOUNS.get(pronoun), personal=pronoun in ("he", "she"))
        if pronoun in ("it", "they") and e is not None and e.kind == "person":
            if pronoun == "it" and _GOES_ON.match(self.text, pos) and \
                    _IN_DOCUMENT.search(self.text, max(self.paragraph_of(pos)[0], pos - 200), pos):
                return e  # "“...,” Berg wrote in the affidavit. It continued:": the author's document
            if pronoun == "it":
                # "The Courier reported that Berg said he was gathering material. It added, “...”"
                return self._body_in_paragraph(pos)
            return None  # "the memo ... it reads", "they wrote": a document or a group, not that person
        return e

    def _body_in_paragraph(self, pos: int) -> Entity | None:
        """The organisation last reporting something in the paragraph before `pos`."""
        lo = self.paragraph_of(pos)[0]
        i = bisect.bisect_left(self.source_offsets, pos)
        j = bisect.bisect_left(self.source_offsets, lo)
        at, body = next(((at, e) for at, e in reversed(self.sources[j:i]) if e.kind == "organization"),
                        (pos, None))
        # "The Courier reported that Berg got a memo. “...,” it says": the memo speaks
        return None if _DOCUMENT.search(self.text, at, pos) else body

    def _nearest(self, pos: int, gender: str | None, personal: bool) -> Entity | None:
        """Who "he", "she" or a description such as "the Dutch businessman" (a `personal`
        mention), or "it" or "they", before `pos` is: the latest source that can be it, else
        the latest such name."""
        i = bisect.bisect_left(self.source_offsets, pos)
        for at, e in reversed(self.sources[max(0, i - 12):i]):
            if personal and (e.kind == "organization" or (e.place and e.kind != "person")
                             or (gender and e.gender and e.gender != gender)):
                continue
            if e.id == UNNAMED:
                if personal:
                    return None  # "my father often said ... He also told": nobody to name
                continue
            if gender and e.gender is None:
                return self._named_since(at, pos, gender) or e
            return e
        # nobody spoke before: the nearest person named before
        j = bisect.bisect_left(self.name_starts, pos)
        for n in reversed(self.names[max(0, j - 30):j]):
            e = self.registry.at.get(n.start)
            if e is None or e.kind == "organization" or (gender and e.gender and e.gender != gender):
                continue
            if personal and e.kind != "person" and (len(e.name.split()) < 2 or e.place):
                continue  # a lone capitalised word ("Brussels") is no antecedent for "he"
            return e
        return None

    def _named_since(self, source: int, pos: int, gender: str) -> Entity | None:
        """A person of `gender` named from the sentence before `pos` on, after the sentence of
        the source at `source`: "Kim Tal said ... The closure was watched by historian Ada Roux.
        “...,” she said" is Roux, likelier than a source of unknown gender. The source's own
        sentence is left out: "Kim Tal said Ada Roux ..." names whom Kim spoke of."""
        floor = max(source + 1, self.sentence_floor(max(0, self.sentence_floor(pos) - 1)))
        j = bisect.bisect_left(self.name_starts, pos)
        for n in reversed(self.names[max(0, j - 30):j]):
            if n.mention_start < floor or self.sentence_floor(n.mention_start) <= source:
                return None
            e = self.registry.at.get(n.start)
            if e is not None and e.kind == "person" and e.gender == gender:
                return e
        return None

    def _role_holder(self, phrase: str, pos: int) -> Entity | None:
        """The person a definite role noun stands for ("the Ukrainian leader"); of two roles
        joined by "and" the first tells ("the Velmark senator and party candidate")."""
        words = [w.lower() for w in re.findall(r"[\w.’'-]+", phrase.split(" and ")[0])]
        if not words or words[0] != "the" or len(words) > 5:
            return None
        head = words[-1]
        if head in lexicon.org_words():
            return self._org_named(head, pos)
        wanted = _ROLE_SYNONYMS.get(head, {head})
        modifiers = [w for w in words[1:-1] if w not in _GENERIC_ROLE_WORDS]
        best, best_score, held = None, 0, False
        j = bisect.bisect_left(self.name_starts, pos)
        seen: set[int] = set()
        for n in reversed(self.names[:j]):
            e = self.registry.at.get(n.start)
            if e is None or e.id in seen or e.kind == "organization":
                continue
            seen.add(e.id)
            role_words = _role_words(e.roles)
            placed = sum(1 for w in modifiers if w in role_words)
            if not role_words & wanted or (head in lexicon.PARTY_MEMBERS and modifiers and not placed):
                continue  # many share a party: "the Wisconsin Republican" must be from there
            held = True
            score = 2 + placed
            if modifiers and score == 2:
                if lexicon.names_a_place(role_words):
                    continue  # "the Florida senator" is not the Vermont one
                score = 1  # the article does not say where this senator is from: the nearest will do
            if score > best_score:
                best, best_score = e, score
        if held:
            return best
        if is_person_noun(head) and lexicon.says_where_from(words[1:-1]):
            # "the Indiana governor", "the New York businessman" where the article names no
            # governor at all: an epithet for the person just spoken of, read like "he" or "she"
            gender = TITLE_GENDER.get(head) or lexicon.person_nouns().get(head)
            return self._nearest(pos, gender, personal=True)
        # "the 34-year-old mother of three" likewise, when the noun after the age says "he" or "she"
        # (a bare "the 46-year-old" says too little, and "the 60-year-old woman who lives next
        # door" is somebody new)
        aged = next((words[k + 1] for k, w in enumerate(words[:-1]) if _AGE.fullmatch(w)), "")
        gender = lexicon.person_nouns().get(aged) or TITLE_GENDER.get(aged)
        if gender and not re.match(r"\s+(?:who|that)\b", self.text[pos + len(phrase):]):
            return self._nearest(pos, gender, personal=True)
        return None

    def _org_named(self, head: str, pos: int) -> Entity | None:
        """The organisation "the ministry" stands for: the latest one named with that word."""
        j = bisect.bisect_left(self.name_starts, pos)
        for n in reversed(self.names[max(0, j - 40):j]):
            e = self.registry.at.get(n.start)
            if e is not None and e.kind == "organization" and head in e.name.lower().split():
                return e
        return None

    # ---- quotes ---------------------------------------------------------------------------------

    def attribute(self) -> tuple[list[Quote], set[int]]:
        """Quotes with speakers, and the ids of the entities that speak."""
        quotes: list[Quote] = []
        used: set[int] = set()
        # the last attributed quote, its paragraph's start and its end
        last: tuple[Attribution, int, int] | None = None
        prev_attr: Attribution | None = None
        for i, span in enumerate(self.spans):
            att = self._attribute_span(i, span, prev_attr)
            partial = self._partial(span)
            if att is None:
                att = self._dash_below(span)  # a signature under the quote outweighs who spoke last
            if att is None and last is not None and self._continues(span, last[1]):
                att = self._continuation(last[0], last[2], span)
            if att is None:
                att = self._after_narrative(span)
            if att is None and partial and len(self.text[span.start:span.end].split()) >= 4:
                # a fragment with no reporting verb ("Berg referred to Roux as “a tireless harbour
                # champion”"): the sentence's subject; shorter ones are nicknames and scare quotes
                m = self._sentence_subject(span.open_mark)
                if m is not None:
                    att = Attribution(m, None, "same sentence")
                elif cues := self.cues_between(self.sentence_floor(span.open_mark), span.open_mark):
                    # reported speech whose speaker cannot be read ("Officials at the port
                    # authority, a division of ..., said they feared “...”"): an unknown speaker
                    att = Attribution(None, self._cue_text(cues[-1]), "same sentence")
            if att is None and not self._speech_like(span):
                prev_attr = None
                continue  # a title, a nickname, a scare quote: nobody says it
            if att is not None and att.method != "continuation":
                att.entity = self.resolve(att.mention)
            ent = att.entity if att else None
            if ent is not None:
                used.add(ent.id)
            men = att.mention if att else None
            quotes.append(Quote(
                text=span.text(self.text), start=span.start, end=span.end,
                speaker=ent.name if ent else None,
                mention=men.text if men else None,
                mention_start=men.start if men else None,
                mention_end=men.end if men else None,
                cue=att.cue if att else None,
                partial=partial,
                method=att.method if att else None,
            ))
            prev_attr = att
            if att is not None and att.mention is not None:
                last = (att, self.paragraph_of(span.end)[0], span.after)
        return quotes, used

    def _continuation(self, last: Attribution, last_end: int, span: QuoteSpan) -> Attribution:
        """A floating quote's speaker: the last quote's, unless the narrative since
        then has made someone else the subject ("Roux restricted her comments.")."""
        # only a subject of a later sentence counts, not a name in the last quote's own attribution
        # ("“...,” Roux said, referencing a fund called Harbour45.")
        # (that attribution ends with its sentence or its paragraph, and a quote that closes
        # its sentence has none after it: Vik said: “...” ¶ Varga praised the crews. “...”)
        _, p_hi = self.paragraph_of(last_end - 1)
        newer = self._latest_named_source(sentence_end(self.text, last_end - 2, min(p_hi, span.open_mark)),
                                          span.open_mark)
        if newer is not None and newer.entity is not last.entity:
            return newer
        return Attribution(last.mention, last.cue, "continuation", last.entity)

    def _after_narrative(self, span: QuoteSpan) -> Attribution | None:
        """A quote opening its paragraph right after a paragraph of narrative about
        someone ("Marr praised Vik's leadership." ¶ “We need someone ...”)
        is that person's."""
        p_lo, _ = self.paragraph_of(span.open_mark)
        floor = self.clause_floor(span.open_mark)
        if self.text[floor:span.open_mark].strip():
            return None  # the quote does not open its sentence
        if floor > p_lo:
            # "..., Schiff said. “...”": the narrative just before it in its paragraph
            i = bisect.bisect_right(self.span_starts, span.start) - 2
            lo = max(p_lo, self.spans[i].after) if i >= 0 else p_lo
            return self._latest_named_source(lo, floor)
        if p_lo == 0:
            return None
        prev_lo, prev_hi = self.paragraph_of(p_lo - 1)
        i = bisect.bisect_left(self.span_starts, prev_lo)
        if i < len(self.spans) and self.spans[i].start < prev_hi:
            return None  # the paragraph before quotes someone itself
        return self._latest_named_source(prev_lo, prev_hi)

    def _latest_named_source(self, lo: int, hi: int) -> Attribution | None:
        """The last named subject in text[lo:hi], as the speaker of a quote that follows."""
        j = bisect.bisect_left(self.source_offsets, lo)
        k = bisect.bisect_left(self.source_offsets, hi)
        if k <= j:
            return None
        pos, e = self.sources[k - 1]
        n = self.names_by_start.get(pos)
        if n is None:
            return None
        return Attribution(self._name_mention(n), None, "continuation", e)

    def _partial(self, span: QuoteSpan) -> bool:
        """A fragment quoted inside reported speech: it starts in lower case, or
        it runs on from the words before it without a cue's comma or colon."""
        t = self.text[span.start:span.end].lstrip("[(.… ")
        if t[:1].islower():
            # “The bridge,” Rell said, “will reopen in May.”: the second half of one sentence
            return not self._resumes_interrupted(span)
        before = self.text[max(0, span.open_mark - 30):span.open_mark].rstrip()
        if not before or before[-1] in ",:—–-;.!?\"”(":
            return False
        last = re.findall(r"[\w’'-]+$", before)
        if last and (last[0].lower() in lexicon.cue_forms() or last[0].lower() == "that"):
            return False
        return self.text[span.end - 1:span.end] not in ".?!"

    def _title_like(self, span: QuoteSpan) -> bool:
        """A short quotation whose every longer word is capitalised: a title,
        a name or a slogan ("State of the Union.", "MAKE AMERICA GREAT AGAIN")."""
        quoted = self.text[span.start:span.end].rstrip()
        if quoted[:1].isupper() and quoted.endswith(",") and _BYLINE.match(self.text, span.after):
            return True  # “Museum hires a new director,” by Ana Rell: a headline and its byline
        words = re.findall(r"[^\W\d_][\w’'-]*", quoted)
        named = self._named_as_title(span.open_mark)
        # a title named as such keeps "with", "from" and the like in lower case: “Mornings with Dan Holt”
        long_words = [w for w in words if len(w) > 3 and not (named and w in _TITLE_SMALL_WORDS)]
        # a sentence's first word is capitalised anyway: “This one is for you.” is no title
        beyond_first = [w for w in words[1:] if w in long_words]
        if not (0 < len(words) <= 8 and beyond_first and all(w[0].isupper() for w in long_words)):
            return False
        if quoted.endswith(("?", "!", "?,", "!,")):
            return False
        cues = self.cues_between(max(0, span.open_mark - 40), span.open_mark)
        if cues and re.fullmatch(r"\s*[,:]\s*", self.text[cues[-1].end():span.open_mark]):
            return False  # Rell tweeted, “Thank You Velmark! #Rell2028”: introduced as her words
        if cues and _LABELLED.fullmatch(self.text, cues[-1].start(), span.open_mark):
            return False  # Holt called Rell “The Chancellor of the Harbour”: his label for her
        if named:
            return True  # the co-author of “Going Under,” about the harbour, said: a title all the same
        if quoted.endswith(","):
            # “Great News Everyone,” Rell said / Rell says, “Do It,” twice: a comma next to a
            # reporting verb is speech; Holt's book, “Harbour Lights,” sold well: a title's
            return not (self.cues_between(span.after, span.after + 30)
                        or self.cues_between(span.open_mark - 30, span.open_mark))
        return True

    def _named_as_title(self, open_mark: int) -> bool:
        """Whether the words before a quotation name it as a title: "the author of", "a book
        titled", "The movie,", or an outlet owning it ("CNN’s", "the station’s", "Harbour Radio’s"),
        but not a person's words ("Roux’s “I Want Answers,” she said") nor a contraction ("It’s")."""
        text = self.text
        if _NAMING.search(text, max(0, open_mark - 14), open_mark) or \
                _WORK_BEFORE.search(text, max(0, open_mark - 60), open_mark) or \
                _EVENT_OPENING.search(text, max(0, open_mark - 60), open_mark):
            return True
        owner = _OWNER_BEFORE.search(text, max(0, open_mark - 50), open_mark)
        if owner is None or owner.group(1).lower() in _CONTRACTED:
            return False
        word = owner.group(1)
        if word.islower() or word.isupper() and len(word) > 1:
            return True  # "the station’s", "CNN’s"
        n = self.names_by_end.get(owner.end(1))
        return n is not None and n.kind == "organization"

    def _dash_below(self, span: QuoteSpan) -> Attribution | None:
        """A quote ending its paragraph, signed on the next line: "- Ada Roux"."""
        _, p_hi = self.paragraph_of(span.end)
        if self.text[span.after:p_hi].strip() or p_hi + 1 >= len(self.text):
            return None
        n_lo, n_hi = self.paragraph_of(p_hi + 2)
        m = re.match(r"\s*[-—–―]+\s*", self.text[n_lo:n_hi])
        n = self.names_by_start.get(n_lo + m.end()) if m else None
        if n is None:
            return None
        return Attribution(self._name_mention(n), None, "dash")

    def _resumes_interrupted(self, span: QuoteSpan) -> bool:
        """True for the second piece of a quote interrupted by its attribution."""
        i = bisect.bisect_left(self.span_starts, span.start) - 1
        if i < 0:
            return False
        prev = self.spans[i]
        between = self.text[prev.after:span.open_mark]
        return self.text[prev.end - 1:prev.end] == "," and bool(
            re.fullmatch(r"\s*[^.!?“”\"]{1,80},\s*", between))

    def _speech_like(self, span: QuoteSpan) -> bool:
        """A quotation that reads as somebody's words even when nobody is named:
        a sentence of four words or more."""
        t = self.text[span.start:span.end].strip()
        return len(t.split()) >= 4 and t[:1].isupper() and t[-1:] in ".?!,…" and not self._partial(span)

    def _continues(self, span: QuoteSpan, last_para: int) -> bool:
        """A quote that opens its own sentence right after another speaker's
        quote (same or next paragraph) continues that speaker."""
        p_lo, _ = self.paragraph_of(span.open_mark)
        head = self.text[self.clause_floor(span.open_mark):span.open_mark]
        if head.strip() and not (p_lo == last_para and _CONNECTIVE.fullmatch(head)
                                 and self._said_whole(span)):
            # but “...,” Berg said. Instead, “he just acts like a defeated man.” goes on; not the
            # scare quote in "But “fair” is not a word Rell would use"
            return False
        if p_lo == last_para:
            return True
        # the next paragraph, or the one after a short stretch of narrative ("She pauses.")
        i = bisect.bisect_left(self.para_starts, p_lo)
        return (i > 0 and self.para_starts[i - 1] == last_para) or (
            i > 1 and self.para_starts[i - 2] == last_para and self.paragraphs[i - 1][1] - self.para_starts[i - 1] < 120)

    def _attribute_span(self, i: int, span: QuoteSpan, prev: Attribution | None) -> Attribution | None:
        text = self.text
        label = speaker_label(text, span.start)
        if label:
            # a transcript turn, "PENCE: Well, ...": the label names the speaker
            n = read_name(text, label.start(1), label.end(1))
            if n is not None:
                n = Name(n.name.title() if n.name.isupper() else n.name, n.role, "person", n.gender,
                         n.start, n.end, n.mention_start)
                self.registry.add(n)
                return Attribution(self._name_mention(n),
                                   None, "colon")
        p_lo, _ = self.paragraph_of(span.open_mark)
        _, tp_hi = self.paragraph_of(span.end)
        nxt = self.spans[i + 1] if i + 1 < len(self.spans) else None
        head_lo = self.clause_floor(span.open_mark)
        tail_hi = min(nxt.open_mark, tp_hi) if nxt and nxt.open_mark >= span.after else tp_hi
        tail_hi = sentence_end(text, span.after, tail_hi) if span.after < tail_hi else span.after
        ends_open = text[span.end - 1:span.end] in ",?!—–-" or text[span.after:span.after + 1] == ","
        # “A,” she said, “B.” and “A.” Adding, “B.”: the same speaker goes on
        same_sentence_prev = i > 0 and prev is not None and head_lo == self.spans[i - 1].after and (
            not self._ends_sentence(self.spans[i - 1]) or self._lone_participle(head_lo, span.open_mark))

        order = (self._after, self._before) if ends_open else (self._before, self._after)
        for rule in order:
            att = rule(span, head_lo, tail_hi)
            if att is not None:
                return att
            if rule == self._before and same_sentence_prev and any(
                    is_participle(c.group()) for c in self.cues_between(head_lo, span.open_mark)):
                # “A,” Zelensky said, adding, “B.”: the participle's subject spoke A too
                return Attribution(prev.mention, prev.cue, "same sentence", prev.entity)
        # a cue anywhere in the sentence: partial quotes inside reported speech
        for cue in reversed(self.cues_between(head_lo, span.open_mark)):
            att = self._via_cue(cue)
            if att is not None:
                return Attribution(att.mention, att.cue, "same sentence")
        if same_sentence_prev:
            return Attribution(prev.mention, prev.cue, "same sentence", prev.entity)
        # after a quote that closes its sentence, the next sentence is somebody else's business;
        # otherwise the tag may close the sentence after more quotes: “A” and “B,” Rell said.
        sent_hi = sentence_end(text, span.after, tp_hi) if span.after < tp_hi else span.after
        for cue in ([] if self._ends_sentence(span) else self.cues_between(span.after, sent_hi)):
            att = self._via_cue(cue)
            if att is not None:
                return Attribution(att.mention, att.cue, "same sentence")
        # "X said:" closing the previous paragraph, the quote opening this one
        if head_lo == p_lo and p_lo > 0:
            prev_para = self.paragraph_of(p_lo - 1)
            if prev_para[1] < p_lo and _last_char_before(text, prev_para[1]) == ":":
                cues = self.cues_between(prev_para[0], prev_para[1])
                if cues:
                    att = self._via_cue(cues[-1])
                    if att is not None:
                        return Attribution(att.mention, att.cue, "colon")
        return None

    def _lone_participle(self, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] is only a participle cue ("Adding,")."""
        cues = self.cues_between(lo, hi)
        if len(cues) != 1 or not is_participle(cues[0].group()):
            return False
        before, after = self.text[lo:cues[0].start()], self.text[cues[0].end():hi]
        return not before.strip() and not after.replace(",", "").strip()

    def _introduces(self, lo: int, n: Name) -> bool:
        """True when the name before a colon introduces the words after it: it opens
        its clause ("Rell: “...”"), or ends one that is about it ("The surge does not
        surprise pollster Ana Rell: “...”", "TURNOUT - Ana Rell: “...”"), but not as an
        object that is told or answered ("told the Gazette:", "a message to Rell:").
        "of" after a title or a word for speech belongs to a role or an introduction
        ("secretary of state Ana Rell:", "in the words of Ana Rell:"), not to an object
        ("a critic of Rell:")."""
        if n.possessive:
            return False
        # the few words before the name, back to a dash or comma: "to the Dutch weekly Rell:"
        before = re.split(r"[-—–,;(]", self.text[lo:n.mention_start])[-1].lower().split()[-4:]
        return not any(_marks_object(before, k) for k in range(len(before)))

    def _colon_source(self, lo: int, colon: int) -> Name | None:
        """The person a colon's lead-in hands the floor to without ending on their
        name: "From Rell’s Facebook post:", "Rell’s statement:", "Here’s Rell in
        December 1992:", "More from Rell and Berg:"."""
        j = bisect.bisect_left(self.name_starts, lo)
        if j == len(self.names) or self.names[j].end > colon:
            return None
        n = self.names[j]
        lead, tail = self.text[lo:n.mention_start], self.text[n.end:colon]
        if n.possessive:
            ok = bool(_OWNED_TEXT.fullmatch(tail)) and (not lead.strip() or bool(_COLON_LEAD.fullmatch(lead)))
        else:
            ok = bool(_COLON_LEAD.fullmatch(lead)) and bool(_COLON_LEAD_TAIL.fullmatch(tail))
        return n if ok else None

    def _cue_text(self, cue: re.Match) -> str:
        """The cue as a reader would quote it: "told CNN", "said in a statement"."""
        text = self.text
        word = cue.group()
        if word in _TELL:
            obj = re.match(r"[ \u00a0]+((?:[A-Z][\w&’'-]*(?:[ \u00a0]+[A-Z][\w&’'-]*){0,3})|reporters|"
                           r"journalists|the \w+(?: \w+)?|\w+)", text[cue.end():cue.end() + 60])
            if obj:
                return f"{word} {obj.group(1)}"
        return word

    def _via_cue(self, cue: re.Match) -> Attribution | None:
        """The attribution a cue near the quote gives, participles reaching back to
        the subject of their sentence."""
        if is_participle(cue.group()):
            # "He stressed unity, saying, “A”": a participle's speaker is its sentence's subject,
            # unless a name stands right before it, adverbs aside ("talks, with Russia threatening
            # to ...", "with Rell reportedly shouting")
            direct = self.cue_mention(cue)
            between = self.text[direct.end:cue.start()].split() if direct is not None else []
            if direct is not None and direct.kind != "nominal" and all(
                    _is_adverb(w) for w in between):
                m = direct
            else:
                m = self._main_clause_subject(cue) or self._chained(cue) or \
                    self._sentence_subject(cue.start()) or direct
        else:
            m = self.cue_mention(cue)
            if m is not None and m.kind == "pronoun" and m.text.lower() == "it" and \
                    not re.match(r"\s*[,:]", self.text[cue.end():cue.end() + 3]):
                # "She says it underscores that ...": the claim is hers, "it" only her subject;
                # "She said it warned: “...”" quotes it
                outer = self.cues_between(self.sentence_floor(cue.start()), m.start)
                if outer and not is_participle(outer[-1].group()) and \
                        re.fullmatch(r"\s+(?:that\s+)?", self.text[outer[-1].end():m.start]):
                    return self._via_cue(outer[-1])
            if m is None and self._follows_quote(len(self.text[:cue.start()].rstrip())):
                # "Berg, who was asked, “Sail again?” said, “Never.”": the subject before the question
                m = self._sentence_subject(cue.start())
        if m is None:
            return None
        return Attribution(m, self._cue_text(cue), "cue")

    def _main_clause_subject(self, participle: re.Match) -> Mention | None:
        """The subject of the main clause after a participle opening its sentence: "After
        saying her foot was “so swollen ...,” she was ..." and "Telling reporters the port
        was “...,” Tom Berg left" are hers and his."""
        text = self.text
        floor = self.sentence_floor(participle.start())
        if not _OPENING_PARTICIPLE.fullmatch(text, floor, participle.start()):
            return None
        hi = sentence_end(text, participle.end(), self.paragraph_of(participle.end())[1])
        i = bisect.bisect_left(self.span_starts, participle.end())
        if i == len(self.spans) or self.spans[i].start >= hi:
            return None
        lo = self.spans[i].end - 1  # the clause's comma closes the quote or follows it: “...,” she
        for comma in re.finditer(r",[”\"]?\s+", text[lo:hi]):
            at = lo + comma.end()
            if self.inside_quote(at):
                continue
            n = self.names_by_start.get(at)
            if n is not None:
                return None if n.possessive else self._name_mention(n)  # not "Velmark’s mayor"
            pronoun = re.match(r"(?:he|she|they|I|we)\b", text[at:at + 5], re.I)
            return Mention(pronoun.group(), at, at + pronoun.end(), "pronoun") if pronoun else None
        return None

    def _speech_owner(self, cue: re.Match) -> Mention | None:
        """Whose claim a reporting noun is when a clause follows it: "her claim that she “...”",
        "Berg’s repeated claim that the port “...”" (but in "sent her a note that" she is no owner)."""
        text = self.text
        if not lexicon.is_base_form(cue.group()) or not _THAT_AFTER.match(text, cue.end()):
            return None
        own = _OWNER_WORD.search(text, max(0, cue.start() - 30), cue.start())
        if own is None:
            return None
        if own.group("pron"):
            return Mention(own.group("pron"), own.start("pron"), own.end("pron"), "pronoun")
        n = self.names_by_end.get(own.start("mark"))
        return self._name_mention(n) if n is not None and n.possessive else None

    def _asked_of(self, cue: re.Match) -> bool:
        """Whether a cue says somebody was asked or told something by someone unnamed."""
        return cue.group() in ("asked", "told") and not _BY_AGENT.match(self.text, cue.end()) and \
            _BE_BEFORE.search(self.text, max(0, cue.start() - 30), cue.start()) is not None

    def _passive_by(self, cue: re.Match) -> int | None:
        """Where the agent starts when a cue is passive ("was first reported by the Courier");
        not "responded by saying" nor "Ham, mentioned by the Courier as ...", which are no passives,
        nor "was quoted by the Courier", whose agent only passes the words on."""
        by = _BY_AGENT.match(self.text, cue.end())
        if by is None or cue.group() in ("quoted", "cited") or \
                not _BE_BEFORE.search(self.text, max(0, cue.start() - 30), cue.start()):
            return None  # "Roux was quoted by the Courier as saying": still Roux's words
        return by.end()

    def _chained(self, participle: re.Match) -> Mention | None:
        """Who the reporting verb right before a participle names when that speaker opens
        the clause: "Berg denied “...,” Roux added, saying": Roux, not the sentence's first
        subject (but in "Roux rejected what Berg wrote, saying" Berg is only her object)."""
        before = self.cues_between(self.sentence_floor(participle.start()), participle.start())
        if not before or is_participle(before[-1].group()) or \
                not re.fullmatch(r"\s*,\s*", self.text[before[-1].end():participle.start()]):
            return None
        m = self.cue_mention(before[-1])
        return m if m is not None and not self.text[self.clause_floor(m.start):m.start].strip() else None

    def _ends_sentence(self, span: QuoteSpan) -> bool:
        """A quote whose last words close a sentence and whose next word opens one."""
        return (self.text[span.end - 1:span.end] in ".!?…"
                and bool(re.match(r"\s+[“\"‘']?[A-Z]", self.text[span.after:span.after + 4])))

    def _said_whole(self, span: QuoteSpan) -> bool:
        """Whether a quote reads as words said rather than a phrase named: four words or more
        that end on a stop or a comma, or with a stop after them ("... the pier,” with money" and
        "... defeated man.”" but not "“the harbour of the future” was her slogan")."""
        text = self.text
        return len(text[span.start:span.end].split()) >= 4 and (
            text[span.end - 1:span.end] in ".!?…," or text[span.after:span.after + 1] in (".", "!", "?", "…"))

    def _follows_quote(self, pos: int) -> bool:
        """True when `pos` is where a quotation's closing mark left off."""
        i = bisect.bisect_right(self.span_starts, pos) - 1
        return i >= 0 and self.spans[i].after == pos

    def sentence_floor(self, pos: int) -> int:
        """Where the sentence holding `pos` starts, reaching back over quotes
        inside it ("Roux backs “A,” opposes “B” and recalled: “C”")."""
        floor = self.clause_floor(pos)
        for _ in range(8):
            i = bisect.bisect_right(self.span_starts, floor) - 1
            if i < 0 or self.spans[i].after != floor or self._ends_sentence(self.spans[i]):
                break
            floor = self.clause_floor(self.spans[i].open_mark)
        return floor

    def _sentence_subject(self, pos: int) -> Mention | None:
        """The subject of the sentence holding `pos`: the mention before its first
        reporting verb, else the name or pronoun opening it (after an opening
        adverbial such as "In Brussels on Monday," or "Hours later,")."""
        s_lo = self.sentence_floor(pos)
        # a cue inside an opening subordinate clause is not the sentence's: "When Rell said so,
        # Berg answered, saying", "In what might be the first time they have ever agreed, ..."
        opening = _SUBORDINATE.match(self.text, s_lo, pos)
        first_comma = self.text.find(",", opening.end(), pos) if opening else -1
        for cue in self.cues_between(s_lo, pos):
            if cue.start() < first_comma:
                continue
            if not is_participle(cue.group()) and not self.inside_quote(cue.start()):
                m = self.cue_mention(cue)
                if m is not None:
                    return m
        seg = self.text[s_lo:pos]
        # after an opening phrase ("In Brussels on Monday,") or a dateline ("LYON, May 3 (Reuters) —")
        leads = (re.match(r"[^,“”\"]{0,100},\s+", seg), re.match(r"(?:[^,“”\"]{0,100},\s+){2}", seg),
                 DATELINE.match(seg))
        starts = [s_lo + m.end() for m in leads if m] + [s_lo]
        for at in starts:
            # "When Rell later said she would “...”": a clause's subject after its conjunction
            at += re.match(r"\s*(?:(?:And|But|So|Then|Yet|Still|Now|Later|Also|When|After|While|Before|Once|"
                           r"Although|Though|then|also|later|finally|immediately)\s+)*", self.text[at:pos]).end()
            w = re.match(r"(He|She|They|It|We)\b", self.text[at:pos], re.I)
            if w:
                return Mention(w.group(1), at, at + w.end(1), "pronoun")
            j = bisect.bisect_left(self.name_starts, at)
            if j < len(self.names):
                first = self.names[j]
                n = first if first.possessive else self._behind_role_words(j)
                if n.possessive and j + 1 < len(self.names) and \
                        re.fullmatch(r"[’']s\s+", self.text[n.end:self.names[j + 1].mention_start]) and \
                        self.names[j + 1].kind == "person":
                    # "The Courier’s Dan Holt provided": the outlet is his role (but in "Roux’s
                    # Velmark state director, Tom Ek" the name after the owner is no person)
                    n = self.names[j + 1]
                # "The Velmark senator sought", "The Rell campaign, in a statement, said": the name
                # only says which senator or campaign, and the phrase is the subject; in "the Velmark
                # sheriff and port hard-liner, Tom Berg launched" the subject comes later
                head = _NEXT_WORD.match(self.text, n.end)
                if head and head.group(1).islower() and names_people(head.group(1)) and \
                        re.fullmatch(r"[Tt]he\s+", self.text[at:n.mention_start]):
                    if self.text.startswith(" and ", head.end()):
                        continue
                    return Mention(self.text[at:head.end()], at, head.end(), "nominal")
                if n.mention_start < pos and not n.possessive and n.mention_start not in self.doubtful and \
                        re.fullmatch(r"(?:[Tt]he\s+)?", _drop_role_words(self.text[at:first.mention_start])):
                    m = self._name_mention(n)  # "Former deputy mayor Ada Roux took ...": her role first
                    role = self.text[at:n.mention_start].strip()
                    m.role = "" if role.lower() == "the" else role
                    return m
            # no name: a short noun phrase before a verb ("The piece used ...", "My father often said")
            np_ = _NOMINAL_SUBJECT.match(self.text, at, pos)
            if np_:
                return Mention(np_.group(1), at, at + len(np_.group(1)), "nominal")
        return None

    def _after(self, span: QuoteSpan, head_lo: int, tail_hi: int) -> Attribution | None:
        """“A,” Zelensky said. / “A,” said Witkoff. / “A.” — Rubio"""
        text = self.text
        lead = re.match(r"[\s,]*", text[span.after:tail_hi])
        at = span.after + lead.end()
        dash = re.match(r"\s*[—–―]+\s*|\s+-{1,2}\s+", text[span.after:tail_hi])
        if dash:
            n = self.names_by_start.get(span.after + dash.end())
            if n is not None:
                return Attribution(self._name_mention(n),
                                   None, "dash")
        # after a quote that closed its sentence, only a bare tag belongs to it: “A.” Roux said.
        # A question or an exclamation keeps a longer tag when a name opens it (“Why?” Rell asked
        # Vik at the pier.), not a new sentence's subject (“Why?” Her critics cited it as ...).
        closed = text[span.end - 1:span.end] in ".!?…" and text[at:at + 1].isupper()
        for cue in self.cues_between(at, min(tail_hi, at + 160)):
            long_tail = closed and len(text[cue.end():tail_hi].split()) > 4 \
                and not _CIRCUMSTANCE.match(text, cue.end())
            if long_tail and text[span.end - 1:span.end] in ".…":
                break
            if not is_participle(cue.group()) and text[at:cue.start()].strip() == "" and not long_tail:
                m = self.mention_after(cue.end(), tail_hi)
                if m is not None:
                    return Attribution(m, self._cue_text(cue), "cue")
            if self._passive_by(cue) is not None:
                break  # “A.” The remark was first reported by the Courier.
            m = self.mention_before(at, cue.start())
            if m is not None and closed and m.kind == "pronoun" and tail_hi < len(text) and \
                    (text[span.end - 1:span.end] == "?" or cue.group() in _REPLIES) and \
                    re.fullmatch(r"\s*[,:]\s*[“\"]?", text[cue.end():tail_hi + 1]):
                break  # “Would you?” He answered, “No.”: a new sentence whose tag is the next quote's
            if m is not None and m.start == at and (m.kind == "name" or not long_tail):
                return Attribution(m, self._cue_text(cue), "cue")
            if m is None and is_participle(cue.group()):
                continue
            break
        return None

    def _before(self, span: QuoteSpan, head_lo: int, tail_hi: int) -> Attribution | None:
        """Zelensky said: “A” / Witkoff told CNN that “A” / According to X, “A” / X: “A”"""
        text = self.text
        head = text[head_lo:span.open_mark]
        cues = self.cues_between(head_lo, span.open_mark)
        if cues and self._asked_of(cues[-1]):
            # "Berg was asked, “...”": by someone the article does not name
            return Attribution(None, self._cue_text(cues[-1]), "cue")
        if cues:
            cue = cues[-1]
            rest = text[cue.end():span.open_mark]
            if cue.group().lower() == "according to":
                m = self.mention_after(cue.end(), span.open_mark)
                if m is not None and re.fullmatch(r"[^“”\"]*?,?\s*", text[m.end:span.open_mark]):
                    return Attribution(m, "according to", "cue")
            elif _CUE_TO_QUOTE.fullmatch(rest):
                att = self._via_cue(cue)
                if att is not None:
                    return att
        colon = re.search(r"(?::|,|—|–|--)\s*$", head)
        if colon:
            n = self.names_by_end.get(head_lo + colon.start())
            if n is not None and head[colon.start()] == ":" and self._introduces(head_lo, n):
                return Attribution(self._name_mention(n),
                                   None, "colon")
            if head[colon.start()] == ":" and (n := self._colon_source(head_lo, head_lo + colon.start())):
                return Attribution(self._name_mention(n), None, "colon")
            # "Berg issued a statement: “...”", "Roux has since apologized, “...”"; a word quoted
            # on the way leaves the sentence its subject ("Berg counts the “wasted” hours: “...”")
            if head_lo == self.clause_floor(span.open_mark) and (
                    not self._follows_quote(head_lo) or self.sentence_floor(span.open_mark) < head_lo):
                m = self._sentence_subject(span.open_mark)
                if m is not None:
                    return Attribution(m, None, "colon")
        return None
