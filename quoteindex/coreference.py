"""Who a speaker mention stands for: a name's entity, the person a "he" or "she" means, the
holder of a role ("the Ukrainian leader"), the body an official voice speaks for. Pronouns
look back over the article's sources, the people it has shown speaking or acting, in order.
The entities themselves, one per person or body however often named, with the roles, party
tags and places the text gives them, are built here too (`article_entities`)."""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from quoteindex import lexicon
from quoteindex.cues import TELL, is_participle
from quoteindex.layout import Layout, last_char_before, next_word
from quoteindex.marks import speaker_label
from quoteindex.mentions import (PLACE_BEFORE, PREPOSITIONS, VERBISH, VOICE, Mention, MentionReader,
                                 drop_role_words)
from quoteindex.names import (BODY_AHEAD, DATELINE, ENTRY_TIME, HONORIFICS, PRONOUNS, SENTENCE_OPENING,
                              TITLE_GENDER, TITLE_PREFIX, Name, is_person_noun, names_people, people_plural,
                              read_label)
from quoteindex.sentences import sentence_end, sentence_start
from quoteindex.speakers import Entity, Registry

# a clause, not a role, after a name and a comma: "To Ada Roux, the closure seemed a loss"; but
# "a pilot who led the union", "a judge considered a liberal", "the woman appointed to lead" are roles
_VERB_PHRASE = re.compile(r"(?!an?\s)(?:(?!\b(?:who|that|which)\b).)*?\b(?:\w+ed\s+(?:a|an|the|that)|(?:"
                          + "|".join(sorted(VERBISH)) + r")\s+(?:a|an|the|to|that))\b")
# role nouns that stand for a title too ("the Ukrainian leader" for President Zelensky)
_ROLE_SYNONYMS = {
    "leader": {"president", "prime", "premier", "chancellor", "king", "queen", "leader", "chairman"},
    "lawmaker": {"senator", "sen.", "rep.", "representative", "congressman", "congresswoman"},
    "senator": {"sen.", "senator"},
    "congressman": {"rep.", "representative", "congressman"},
    "congresswoman": {"rep.", "representative", "congresswoman"},
    "governor": {"gov.", "governor"},
    "diplomat": {"envoy", "ambassador", "secretary", "minister"},
    "minister": {"minister", "secretary"},  # "the Transport Secretary" is a minister (`_CABINET_SECRETARY`)
    "candidate": {"candidate", "nominee", "hopeful", "front-runner", "frontrunner"},
    "nominee": {"nominee", "candidate"},
    "ceo": {"ceo", "executive"},
    "executive": {"ceo", "executive"},
    "chair": {"chair", "chairman", "chairwoman", "chairperson"},
    "chairman": {"chair", "chairman"},
    "chairwoman": {"chair", "chairwoman"},
    "chairperson": {"chair", "chairperson"},
    "judge": {"judge", "justice"},
    "skipper": {"skipper", "captain"},
    "captain": {"captain", "skipper", "capt.", "capt"},
    "star": {"star", "singer", "singer-songwriter", "actor", "actress", "rapper", "musician", "frontman",
             "frontwoman"},
    "singer": {"singer", "singer-songwriter", "star", "frontman", "frontwoman", "vocalist"},
    "frontman": {"frontman", "singer", "vocalist"},
    "frontwoman": {"frontwoman", "singer", "vocalist"},
    "rocker": {"rocker", "singer", "frontman", "frontwoman", "vocalist", "star"},
    "spokesperson": {"spokesperson", "spokesman", "spokeswoman"},
    "head": {"head", "headteacher", "headmaster", "headmistress", "principal"},
    "teacher": {"teacher", "schoolteacher", "schoolmaster", "schoolmistress"},
    "barrister": {"barrister", "kc", "qc", "sc"},  # "Fenella Quarry KC": later "the barrister"
    "coach": {"coach", "manager"},
    "chief": {"chief", "head", "director"},
    "boss": {"boss", "manager", "coach", "director", "head", "chief", "ceo", "executive"},
    # (not "Dr", which a doctorate gives an economist as well)
    "doctor": {"doctor", "physician", "surgeon", "gp", "consultant", "pathologist", "geriatrician",
               "paediatrician", "pediatrician", "psychiatrist", "cardiologist", "oncologist", "radiologist"},
    "lawyer": {"lawyer", "counsel", "attorney", "solicitor", "barrister"},
    "vicar": {"vicar", "rev", "rev.", "revd", "reverend", "rector"},
    "rector": {"rector", "rev", "rev.", "revd", "reverend", "vicar"},
    "pastor": {"pastor", "rev", "rev.", "revd", "reverend"},
    "priest": {"priest", "rev", "rev.", "revd", "reverend", "father", "fr.", "fr"},
    "nun": {"nun", "sister"},
    "general": {"general", "gen.", "gen"},
    "major": {"major", "maj.", "maj"},
    "colonel": {"colonel", "col.", "col"},
    "sergeant": {"sergeant", "sgt.", "sgt"},
    "scientist": {"scientist", "researcher", "biologist", "ecologist", "chemist", "physicist", "geologist",
                  "climatologist", "oceanographer", "epidemiologist", "virologist"},
    "researcher": {"researcher", "scientist"},
    "director": {"director", "filmmaker", "film-maker"},
    "filmmaker": {"filmmaker", "film-maker", "director"},
    "novelist": {"novelist", "writer", "author"},
    "writer": {"writer", "author", "novelist"},
    "author": {"author", "writer", "novelist"},
}
# what else a body called "the union" may be named: "the Players Association ... the union said"
_BODY_SYNONYMS = {
    "union": {"union", "association", "federation", "guild", "brotherhood", "alliance"},
    "federation": {"federation", "union", "association"},
    "association": {"association", "union", "federation"},
    "party": {"party", "alliance", "coalition", "movement", "front", "league"},
    # a campaigners' or watchdogs' body: "The Lakeshore Observer Network ... the group said"
    "group": {"group", "network", "alliance", "coalition", "campaign", "movement", "forum", "watch",
              "collective", "initiative", "society", "consortium", "association", "corps", "foundation"},
    "force": {"force", "police", "constabulary"},
    "panel": {"panel", "tribunal", "committee", "commission", "court", "board", "inquiry"},
    "agency": {"agency", "administration", "authority", "directorate", "bureau", "service"},
    "ministry": {"ministry", "department"},
    "department": {"department", "ministry"},
    "station": {"station", "radio", "television", "tv", "channel", "broadcaster"},
    "broadcaster": {"broadcaster", "radio", "television", "tv", "channel", "station"},
}
# a body brought in without a name, not in commas after one nor said of one ("Vantor, a mining
# group,", "Vantor is a group"): "Parents have formed a group", "A group of residents"
_UNNAMED_BODY = (r"(?<!, )(?<!\bis )(?<!\bwas )(?<!\bas )(?<!\bup by )(?<!\bformed by )(?<!\bfounded by )"
                 r"\b(?:[Aa]n?|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,2}")
# the body's noun ending its phrase: "a group of parents", "a group that" (not "a council spokesperson")
_BODY_ENDS = (r"(?=\s*[,.;:!?)]|\s+(?:of|to|that|which|who|called|named|for|in|at|from|with|has|had|have"
              r"|is|was|were|said|says|on|and|but|representing|led)\b)")
_LOOSE_HEADS = {"group"}  # a body's word any body may be called, so only the latest named one fits
# posts a physician may hold, and what says a "Dr." holds a doctorate instead
_MEDICAL_POSTS = {"dr", "dr.", "director", "head", "chief", "medical", "clinical", "lead", "senior"}
_DOCTORATE = re.compile(r"\b(?:doctorate|PhD|Ph\.D\.)")
_A_DOCTOR = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){0,2}"
                       r"(?:doctor|physician|surgeon|medic)\b")
# which of several holding one role ("the first witness", "the second officer")
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth"}
# a thing a person's noun also names: "A rider attached to the bill"
_ATTACHED = re.compile(r"\s+(?:attached|added)\s+to\b")
# somebody brought in without a name: "A witness interviewed by staff", "a middle-aged cashier"
_SOMEONE_UNNAMED = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){0,2}(?:"
                              + "|".join(sorted(w for w in lexicon.person_nouns() if w.isalpha()))
                              + r")\b(?!\s+[A-Z])(?!" + _ATTACHED.pattern + ")")
# someone owned by a pronoun: "her husband", "his lawyer"
_OWNED_PERSON = re.compile(r"(?i:his|her|their)\s+([a-z-]+)")
_NAME_OWNED_PERSON = re.compile(r"[A-Z][\w-]*[’']s\s+([a-z-]+)")  # or by a name: "Krell's manager"
# bodies that speak for whoever leads them: "his ministry" is the minister's voice
_LED_BODIES = {"ministry", "government", "administration", "cabinet"}
# a body owned by a pronoun: "his federation", "their union", "its foreign ministry"
_PRONOUN_OWNED_BODY = re.compile(r"(?P<whose>(?i:his|her|its|their))\s+(?:[a-z]+\s+)?(?P<body>[a-z]+)")
_POSSESSIVE_GAP = re.compile(r"[’']s?\s+")  # between an owner's name and the name after it
_THE_ONLY = re.compile(r"\s*(?:[Tt]he\s+)?")  # a name opening its sentence: "The Brennhaven Ministry"
_FRONTED_ONLY = re.compile(r"\s*(?:[^,.;“”\"]{0,60},\s+)?")  # "In three separate interviews, "
_ASKER = re.compile(r"[\w.’' -]{1,40}?\s(?:asked|asks)\b")  # a source that asks: "Borger asked"
_AGE = re.compile(r"\d+-year-old")  # "the 43-year-old": an epithet for someone just named
_WHO_NEXT = re.compile(r"\s+(?:who|that)\b")  # a clause after a description: somebody new, not an epithet
# a person's age after the name: "Karl Moen, 54, said", "Liv Aasen, aged 45,", "Liv Aasen (45)"
_INTRODUCES_QUOTE = re.compile(r"\s+[a-z]+(?:\s+[a-z]+)?\s*[,:]\s*[“\"]")  # "said: “", "told reporters, “"
_AGE_GIVEN = re.compile(r"(?:,\s+(?:aged\s+)?|\s+\()(\d{1,3})\s*[,.;)]")
_WITH_AGE = re.compile(r",\s+an?\s+\d+-year-old\b")  # ", a 33-year-old ...": someone the story turns to
_COPULA_BEFORE = re.compile(r"\b(?:is|was)\s+$")  # "There in the back was Holt, a 33-year-old ..."
# where a sentence places someone before naming them: "Among those sheltering was ", not "The
# judge he meant is "
_PLACED_BEFORE = re.compile(r"\s*(?:Among|Across|In|At|On|Inside|Outside|Behind|Beside|Next|Also|There|Here"
                            r"|Nearby|Near|Elsewhere)\b[^.!?“”\"]{0,60}\b(?:is|was)\s+")
_TAG_PARTIES = {"D": "democrat", "R": "republican", "I": "independent"}
# party words in other forms: "the Democratic nominee", "the GOP candidate"
_PARTY_OF = {"democratic": "democrat", "democrats": "democrat", "republicans": "republican",
             "gop": "republican"}
# words making a title another office: "Vice President", "deputy mayor", "shadow finance minister" (the
# deputy mayor is not "the mayor"), "Prime Minister" (not "the minister")
_OFFICE_APART = {"vice", "deputy", "shadow", "prime"}
# ranks only a person holds: "the chief regulator" is someone, "the regulator" may be a body
_PERSON_RANKS = {"chief", "deputy", "senior", "assistant"}
_KIN_TITLES = {"father", "sister", "brother", "mother"}  # clerical titles that are kin words too
# the kin whose kin a person is: "her uncle" of "Tallowind’s niece"
_INVERSE_KIN = {"uncle": {"niece", "nephew"}, "aunt": {"niece", "nephew"}, "father": {"son", "daughter"},
                "mother": {"son", "daughter"}, "grandfather": {"grandson", "granddaughter"},
                "grandmother": {"grandson", "granddaughter"}, "husband": {"wife"}, "wife": {"husband"},
                "brother": {"brother", "sister"}, "sister": {"brother", "sister"},
                "son": {"father", "mother"}, "daughter": {"father", "mother"}, "niece": {"uncle", "aunt"},
                "nephew": {"uncle", "aunt"}}
# kin words, whose bearer is likelier spoken of than speaking (not "Sarto's colleague, DI Callender,")
_KIN_WORDS = set(_INVERSE_KIN).union(*_INVERSE_KIN.values()) | {"widow", "widower", "cousin", "stepfather",
                                                                 "stepmother", "stepson", "stepdaughter"}
# a person given as someone's kin, in commas after their name: ", 26, Tallowind’s niece"
_KIN_OF = re.compile(r",\s+(?:\d{1,3},\s+)?(?P<whose>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)[’']s\s+"
                     r"(?P<kin>[a-z]+)\b")
# whom a person works with, as the one "his manager" or "her lawyer" is named in that role
_WORKS_FOR = {"manager", "coach", "lawyer", "attorney", "solicitor", "barrister", "agent", "trainer",
              "editor", "publisher", "producer", "surgeon", "teacher", "tutor", "mentor", "boss"}
# what a place is called in an appositive after its name: "Cassel Moor, a fortified settlement,"
_PLACE_NOUNS = {"settlement", "village", "town", "city", "hamlet", "site", "island", "valley", "region",
                "district", "suburb", "port", "fort", "castle", "county", "province", "neighbourhood",
                "neighborhood", "estate", "farm", "mine", "river", "lake", "mountain", "hill", "park",
                "square", "street", "road", "enclave", "camp", "resort", "harbour", "harbor", "bay",
                "peninsula"}
# a secretary who is a minister: "the Transport Secretary", "Secretary of State"; not "his press secretary"
_CABINET_SECRETARY = re.compile(r"\b(?!(?:Press|General|Party|Private|Permanent|Club|Union)\b)[A-Z][a-z]+\s+"
                                r"Secretary\b|\bSecretary\s+of\s+State\b")
# where the words modifying a role stop
_ROLE_BREAKS = {"and", "or", "of", "for", "at", "in", "with", "the", "a", "an", "to"}
# words that make a role noun an epithet for someone already named: "the presidential candidate",
# "the billionaire businessman", said of one who runs for or holds an office or a fortune (not "the
# presidential spokesman" nor "the Republican official", somebody else)
_EPITHET_WORDS = {"presidential", "vice-presidential", "presumptive", "billionaire"}
_EPITHET_HEADS = {"candidate", "nominee", "front-runner", "frontrunner", "hopeful", "contender", "challenger",
                  "incumbent", "businessman", "businesswoman", "mogul", "magnate", "tycoon", "senator",
                  "governor", "congressman", "congresswoman", "lawmaker", "legislator", "politician"}
# a reply's verb right after its speaker: "the senator replied" answers the one quoted before
_REPLY_AFTER = re.compile(r"\s+(?:replied|retorted|countered|responded|(?:shot|hit|fired)\s+back)\b")
_GENERIC_ROLE_WORDS = {"the", "former", "special", "new", "top", "chief", "senior", "current", "then"}
# a phrase of time, place or manner put first in its sentence: "On Tuesday, the minister said",
# "Answering for the government, the minister, Ada Roux, said"
_FRONTED = (r"(?:On|In|At|During|After|Before|Earlier|Later|Last|This|Yesterday|Today|Meanwhile|However|But|"
            r"Separately|Elsewhere|Asked|When|While|Once|Since|Although|Though|Inside|Outside"
            r"|[A-Z][a-z]+ing)\b"
            r"[^,.;“”\"\n]{0,70},\s+")
# who speaks for a body: "a Corvane spokeswoman", "a spokesman for the Wexmoor Association"
_SPOKESPERSON = re.compile(r"\bspokes(?:man|woman|person)\b|\brepresentative\b")  # not "Representative Roux"
_SPOKESPERSON_FOR = re.compile(r"(?:" + _SPOKESPERSON.pattern + r")\s+for\s+(?:the\s+)?$")
# a spokesperson named in commas after the role: "A spokeswoman for the port authority, Lena Drach,"
_SPOKESPERSON_NAMED = re.compile(r"(?:" + _SPOKESPERSON.pattern + r")[^,.;“”\"]{0,60},\s+$")
# a verb that makes someone act, and what they are made to do: "prompted Ada Roux to intervene"
_MADE = re.compile(r"\b(?:prompted|forced|led|caused|pushed|spurred|compelled|inspired|urged|invited|asked)"
                   r"\s+(?:(?:the|a|an|his|her|its|their)\s+[^,.;“”\"]{1,40},\s+)?$")
_TO_ACT = re.compile(r",?\s+to\s+[a-z]")
# "a spokesman for the company", "a spokeswoman for the Hemmark chain"
_FOR_BODY = re.compile(r"\s+for\s+(the\s+(?P<name>[A-Z][\w’'-]*\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)")
# a word linking a sentence to the one before: "But the judge said"
_LINKING = r"(?:But|And|So|Then|Now|Still|Yet|Later|Meanwhile),?\s+"
# a question put to the subject before it: "Asked whether she would stay, the chef"
_ASKED_FIRST = r"(?:Asked\s[^.!?;“”\"]{0,150}?,\s+)"
# a name opening its sentence or clause and followed by a verb-like word: "Ham made it clear",
# "Asked whether the injury that forced her out had affected her, Deveraux shook her head"
_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?;”\"\n]\s*|\n" + ENTRY_TIME + r"|[.!?;”\"\n]\s*" + _LINKING +
                             r"|[.!?;”\"\n]\s*[A-Z](?:(?!\bthat\b)[^.!?;,“”\"]){0,130},"
                             r"(?:(?:(?!\bthat\b)[^.!?;,“”\"]){1,50},){0,3}\s*"
                             r"|[.!?;”\"\n]\s*" + _ASKED_FIRST + ")$")
# what may come before a subject opening its sentence: quotation marks, a linking word ("But the judge")
# an opening participle's clause: "Giving evidence in dark glasses, "
_PARTICIPLE_OPENING = r"[A-Z][a-z]+ing\b[^.!?;“”\"]{0,100}?,\s+"
_CONNECTIVE_OPENING = re.compile(r"[\s\"“”'’]*(?:" + _LINKING + ")?(?:" + _ASKED_FIRST + "|"
                                 + _PARTICIPLE_OPENING + ")?")
_THE_END = re.compile(r"(?<![\w’'])[Tt]he\s+$")
# a lawmaker's party and state after the name: "Rep. Ada Roux (D-Calif.)", "Jon Roos, R-TX,"
_PARTY_TAG = r"[RDI]-([A-Z][A-Za-z.]*)"  # its group: the state's abbreviation
_PARTY_STATE = re.compile(rf"\s*[(,]\s*({_PARTY_TAG})")
_PARTY_STATE_TAG = re.compile(rf"\(?{_PARTY_TAG}\)?,?")  # a tag read back from a role
# a body written in lower case after the place or people it belongs to: "the Tessel foreign
# ministry", "Tessel's defence ministry", "the Velmark police"
_BODY_OF = re.compile(r"(?:[Tt]he\s+)?(?!(?:The|This|That|These|Those|His|Her|Its|Their|Our|My|Your|An?"
                      r"|One|Two|Three|Another|Some|Each|Every|Any|No|Many|Several)\b)"
                      r"(?P<owner>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*?(?<!-based))(?:[’']s)?"
                      r"\s+(?P<body>(?:(?!(?:of|for|and|the|a|an)\s)[a-z][a-z-]*(?:[’']s)?\s+){0,2}[a-z]+)")
# a body written in lower case with what it is of: "the ministry of agriculture"
_LOWER_BODY_OF = re.compile(r"[Tt]he\s+(?P<body>ministry|department|office|bureau|agency|directorate)\s+of\s+"
                            r"(?P<of>(?!(?:the|his|her|its|their|our|my|your|an?)\b)[a-z]+"
                            r"(?:\s+(?:and\s+)?[a-z]+){0,2})")
# the phrase opening a sentence (or following a dash, as after a dateline, or joined by "and": "The
# film's producer, Gideon Raske, and its executive producer, Mila Arden,") before a name in commas,
# maybe with what the person is in between: "Velmark's envoy, ", "Her colleague at the university, ",
# "The leader of the opposition, ", "Her husband, the sculptor "
_TITLE_COMMA = re.compile(r"(?:^|[.!?;”\"\n]\s*|\s[—–]\s*|,\s+and\s+(?=(?:its|his|her|their)\s))(?:"
                          + _FRONTED + r")?"
                          r"((?:[\w’'-]+\s+){0,5}?([A-Za-z]+(?:-[A-Za-z]+)*)"
                          r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,4}"
                          # ("The president of the Brenvik University students’ union, ")
                          r"(?:\s+[a-z]+[’']s?\s+(?:union|association|federation|council|society|club"
                          r"|league|guild|party|group))?"
                          r"|\s+of\s+the\s+[a-z]+(?:\s+[a-z]+)?"
                          r"|\s+(?:at|from|in)\s+the\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+"
                          # ("A lawyer representing Ostrava Freight, ", "A spokeswoman for Tarsland's
                          # Ministry of Defence, ")
                          r"|\s+(?:for|representing|at)\s+(?:the\s+)?[A-Z][\w’'-]*"
                          r"(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,4}"
                          r"|\s+for\s+(?:the\s+)?[a-z]+(?:\s+and\s+[a-z]+)?)?),\s+"
                          r"((?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,3})?$")


def _parties(words: Iterable[str]) -> set[str]:
    """The parties lower-cased words name: "democratic", "gop" -> {"democrat", "republican"}."""
    return {_PARTY_OF.get(w, w) for w in words} & lexicon.PARTY_MEMBERS


def _role_noun(word: str) -> str:
    """A lower-cased role noun as the role held: "mayor-elect" is the one elected mayor."""
    return word.removesuffix("-elect")


def _role_words(roles: list[str]) -> set[str]:
    """The lower-cased words of a person's roles, a party-state tag read out:
    "Sen.", "(R-Fla.)" -> {"sen.", "florida", "republican"}."""
    words: set[str] = set()
    for w in (w for r in roles for w in _role_tokens(r)):
        state = _state_of(w)
        words |= set(state.split()) | {_TAG_PARTIES[w.lstrip("(")[0]]} if state else {w.lower().strip(",")}
        if "-in-" in w and not w.lower().endswith("-in-law"):
            # an "editor-in-chief" is "the editor" (a son-in-law no son)
            words.add(w.lower().split("-in-")[0])
    return words


_RELATIVE = re.compile(r"\b(?:that|who|whom|which|whose)\b")


def _role_tokens(role: str) -> list[str]:
    """A role's words as written, possessive endings and title abbreviations set apart, up to
    a relative clause: "a research group that has tracked the company" is no company."""
    return re.sub(rf"’s|{TITLE_PREFIX}", " ", _RELATIVE.split(role, 1)[0]).split()


def _modifiers(role: str) -> list[tuple[str, set[str]]]:
    """Each lower-cased word of a role with the words modifying it, back to "and", "of" or an
    article: "the mayor and former police chief" -> mayor {}, former {}, police {former},
    chief {former, police}."""
    found, mods = [], set()
    for w in (w.lower().strip(",") for w in _role_tokens(role)):
        found.append((w, set(mods)))
        mods = set() if w in _ROLE_BREAKS else mods | {w}
    return found


def _state_of(tag: str) -> str | None:
    """The lower-cased state a party-state tag names: "(R-Fla.)", "R-Iowa." -> "florida", "iowa"."""
    m = _PARTY_STATE_TAG.fullmatch(tag)
    if m is None:
        return None
    states = lexicon.state_abbreviations()
    return states.get(m.group(1)) or states.get(m.group(1).rstrip("."))


# things that can be the "it" which says something
PAPERS = (r"memo|letter|blog|video|website|statement|e-?mail|document|tweet|filing|complaint|affidavit"
          r"|release|report|poll|survey|study")
_DOCUMENT = re.compile(r"\b(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:" + PAPERS + r")s?\b")
# a sentence opening on a possessive that looks ahead to its subject: "In her 2003 book, "
_OPENING_POSSESSIVE = re.compile(r"\s*(?:In|At|On|During|After|Before|With|Without|Throughout|From|Despite|"
                                 r"Since|Under|For|Through|Following|Amid)\s[^,.;“”\"]*"
                                 r"\b([Hh]is|[Hh]er)\b[^.;“”\"]*,\s*")
_LOWER_WORD = re.compile(r"[a-z]+")
# what may follow a subject's name before its verb: "(R-Ohio)", up to three appositives in commas
# (", 18, from Birch County, Ore.,": a full stop only as an abbreviation's), "on Monday" and
# unnamed company ("Ham and others said", "Ham and his wife")
# a word or two quoted in a description: "a professor who studies the “cracking” of towns"
_WORD_QUOTED = r"[“\"][^“”\",.;:]{1,30}[”\"]"
_SUBJECT_AFTER = re.compile(r"(?:\s*\([^()]{1,30}\))?"
                            r"(?:(?:,(?!\s+that\b)(?:[^,.;:“”\"]|\.(?=,)|" + _WORD_QUOTED
                            + r"){1,160}){1,3},"
                            r"|\s*(?:--|[—–])[^—–.;:“”\"]{1,160}?(?:--|[—–]))?"
                            r"(?:\s+and\s+(?:others|(?:his|her|their)\s+[a-z]+))?"
                            r"(?:\s+on\s+[A-Z][a-z]+day)?"
                            # where the person works: "Teo Vas of Brightwater Securities was upbeat",
                            # "Tobias Wendt of the Civic Renewal party"
                            # (or "Ruben Achterwold of the brokerage Stellan & Hove")
                            r"(?:\s+(?:of|from|at)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z][\w&’'-]*"
                            r"(?:\s+(?:&\s+)?[A-Z][\w&’'-]*){0,4}"
                            r"(?:\s+(?:party|group|campaign|union|council|committee|movement|alliance"
                            r"|coalition|caucus|institute))?,?)?"
                            r"\s+(?!of\b|in\b|on\b|at\b|to\b|for\b|and\b|"
                            r"or\b|with\b|from\b|by\b|as\b|who\b|which\b|that\b|among\b|including\b|"
                            r"via\b)[a-z]")
# a preposition before a name, titles between: "advice from Professor "
_PREPOSITION_BEFORE = re.compile(r"\b(?:from|with|by|of|for|to|about|against)\s+"
                                 r"(?:[A-Z][\w.’'-]*\s+){0,3}$")
_ACTIVE_GAP = re.compile(r"[\s,]*(?:(?:has|had|have|also|then|later|[a-z]+ly)\s+)*")  # "Holt has since said"
_THAT = re.compile(r"\s+(?:that\s+)?(?=\S)")  # what runs from a reporting verb to the words it reports
_NOUN_COMMA = re.compile(r"\b([a-z]+),\s+$")  # "his first wife, " before a name
_UNNAMED = -1  # entity id of a person the article speaks of without naming
# words that end a role phrase before its noun: "a question for the president" names no new president
_NOT_IN_ROLE = r"(?:the|for|of|to|with|from|by|at|in|on|and|or|his|her|their)"
_LISTENER = re.compile(r"\b(?:" + "|".join(TELL) + r")\s+(?:the\s+)?$")  # whom words were told to
_JOINT = -2  # entity id of people speaking together ("Velkov and Hale said"), whom no one name covers
# a sentence opening on somebody unnamed: "My mother", "One retired critic", "A nurse"
# (after where, and an aside on it: "On the Station Road bridge, one of the few left standing, a woman")
# (or a when-clause's subject after a short opening: "But that changed when one voter brought up")
_FEW = r"(?:two|three|four|five|six|seven|eight|nine|ten)"
_UNNAMED_OPENING = re.compile(r"(?:" + _FRONTED
                              + r"(?:[^,.;“”\"\n]{0,40},\s+(?=(?i:an?|one|another)\s))?"
                              r"|(?:(?:But|And|So)\s+)?(?:[Tt]he\s+[a-z]+|[Tt]hat|[Tt]his|[Ii]t|[Tt]hings)\s+"
                              r"(?:[a-z]+\s+){0,2}?when\s+(?=(?i:an?|one|another)\s))?"
                              r"(?:(?i:my|his|her|their|our|an?|one|another)"
                              # "Birgit Sandvoll's husband" (not "It's", "That's")
                              r"|(?!(?:It|That|There|He|She|What|Here|Who|Let)[’']s)(?:[A-Z][\w-]*\s+)?"
                              r"[A-Z][\w-]*[’']s)\s+"
                              # (a party's or body's name among them: "A senior Unity and Progress
                              # official", "A Labour organiser")
                              r"((?:[A-Z][\w-]*\s+(?:(?:and|of)\s+)?){0,3}"
                              # ("One of the three rowers")
                              r"(?:[a-z][\w-]*|\d+-year-old)(?:\s+(?!" + _FEW + r"\b)[a-z][\w-]*){0,2}"
                              r"(?:\s+" + _FEW + r"\s+[a-z][\w-]*)?"
                              r"(?:(?:\s+(?:[A-Z][\w-]*|and|of)){1,3}\s+[a-z][\w-]*)?)\b(?![’'-])")
_SAID_OF_PRONOUN = re.compile(r",\s+(?:he|she)\b")  # a description opening on the pronoun it describes
# a person kept unnamed on purpose: "the woman, who spoke on condition of anonymity"
_KEPT_UNNAMED = re.compile(r",\s+who\s+(?:spoke\s+on\s+(?:the\s+)?condition\s+of\s+anonymity"
                           r"|(?:asked|wished|wanted)\s+not\s+to\s+be\s+(?:named|identified)"
                           r"|(?:declined|refused)\s+to\s+(?:be\s+named"
                           r"|give\s+(?:his|her|their)\s+(?:full\s+)?name)"
                           r"|did\s+not\s+(?:want\s+to\s+be\s+named|give\s+(?:his|her|their)\s+name))")
_WHERE_FROM = re.compile(r"\b(?:from|in|of|at|near)\s+(?:the\s+)?$")  # "a student from Dehravan"
# "a house on " (Quay Lane), "comments on " (Facebook): where, unless a person ("an egg on Peter Harlan")
_ON_BEFORE = re.compile(r"\bon\s+$")
# whose a paper is, after it: "a report by the bank"
_BY_WHOM = re.compile(r"\s+(?:by|from|of)\b")
# a plural for places after names: "Calloway and Dunmore counties"
_PLACES_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w-]*)?\s+(?:counties|districts|provinces|regions|parishes"
                           r"|boroughs)\b")
# no words before a pronoun in its sentence but the quote it tags: “...,” she said
# what may come before the "he" or "she" that goes on with the subject of the sentence before:
# the quote itself, or a question put to them ("Asked whether it had gone too far, he said:")
_QUOTE_ONLY = re.compile(r"\s*(?:[“\"][^“”\"]*[”\"][,!?]?\s*|Asked\s[^.;:“”\"]{1,120},\s*)?")
# determiners that bring in somebody new: "a voter", "his brother", "Ada's neighbour"
_NEW_PERSON = re.compile(r"(?:a|an|my|his|her|their|our|your|one|another|[\w’'-]+[’']s?)$")
# a bare title and what it is of, ending the sentence: ", president of the Harbour Caucus."
_BARE_ROLE = re.compile(r",\s+([a-z][\w-]*)\s+(?:of|at|for)\s[^,.;:“”\"()]{2,80}?\.(?:\s|$)")
# a role in commas after a name: ", the federation's special envoy," (or ending its sentence), after
# an adverb too: "Juno Abernath, now the captain,"
_APPOSITIVE = re.compile(r",\s+(?:(?:now|still|also|formerly|once|later)\s+)?"
                         r"((?:the|a|an|[A-Z][\w’']*[’']s)\s[^,.;:“”\"()]{2,60}?)[,.]")
# the head of a longer one, up to what it is of or since when: ", a theatre nurse for 19 years and
# a representative for the nurses' union," gives "a theatre nurse"
_LONG_APPOSITIVE = re.compile(r",\s+((?:the|a|an|[A-Z][\w’']*[’']s)\s[^,.;:“”\"()]{2,40}?)"
                              r"\s(?:who|whose|for|at|since|and|with)\s")
# the head noun of an appositive, before what it is of or where: "a state-backed company based in"
_BUSINESS_HEAD = re.compile(r"(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?([a-z]+)"
                            r"(?:\s+(?:in|at|of|for|based|that|which|with|whose)\b|$)")
# what only a body can be: "a state-backed company" (not "a retailer", "a developer")
_FIRM_NOUNS = {"company", "firm", "carmaker", "automaker", "chipmaker", "conglomerate", "startup", "airline",
               "utility", "agency", "organisation", "organization", "lender", "insurer", "bank",
               "manufacturer"}
# the comma closing a long appositive before its sentence goes on: "..., said"
_CLOSING_COMMA = re.compile(r"[^.!?;\n]{0,200}?,\s+[a-z]")
# a sentence opening on a clause or phrase the name is part of: "After meeting ", "When she met "
_SUBORDINATE_OPENING = re.compile(r"[\s“\"]*(?:After|Before|When|While|Having|Since|If|Although|Though|As"
                                  r"|Upon|Despite|Unlike|Like|With|Without|Once|Until)\b[^,.;]*$")
# a role in commas after a name with no article before it: ", chief executive of Corvane,"
_UNMARKED_ROLE = re.compile(r",\s+(([a-z][\w-]*)\s[^,.;:“”\"()]{2,60}?)[,.]")
# a sentence opening on whose view it gives, up to the name: "To Tessel University professor "
_IN_THE_VIEW_OF = re.compile(SENTENCE_OPENING + r"(?:To|For)\s+[^,.;:“”\"]{0,80}$")
# somebody new given a name: "a 52-year-old Tessel resident named ", not "the governor named "
_NAMED_AS = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w.,-]+\s+){0,4}?([a-z]+)"
                       r"(?:\s+(?:from|of|in)\s+[\w’' -]{1,50}?)?"  # ("a man from the port of Ellvik who")
                       r"(?:\s+(?:named|called|identified\s+(?:only\s+)?as)"
                       r"|,?\s+who\s+gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name"
                       r"(?:\s+only)?(?:\s+as|,))"
                       r"\s+$")
# what a description ends on right before the name it gives: "the old ferryman ", "state attorney "
_DESCRIBED = re.compile(r"(?<![\w’'])(?!(?:of|for|and|in|at|on|by|to|with|from|who|than)\s"
                        r"|[\w-]+(?:ing|ed)\s)[a-z][\w-]+\s+$")
# a definite role opening a sentence as its subject, a verb-like word, an age or a participle after
# it: "The judge was unmoved", "The senator, 66, has sat", "The secretary-general, asked ...,", "The
# governor's reply drew laughter";
# "Asked whether she would stay, the chef shook her head" (not "The mayor, in his view, had no case")
_AFTER_ROLE = r"(?=(?:[’']s\s+[a-z]+)?\s+[a-z]|,\s+(?:\d+,|[a-z]+(?:ed|ing)\b|who\b))"
# (after "But" or an opening participle's clause too: "But the chief executive was blunt", "Giving
# evidence in dark glasses, the singer described")
_ROLE_LEAD = r"(?P<lead>" + _ASKED_FIRST + "|" + _LINKING + "|" + _PARTICIPLE_OPENING + ")"
_ROLE_OPENING = re.compile(SENTENCE_OPENING + _ROLE_LEAD + r"?(?P<role>(?(lead)[Tt]he|The)\s+"
                           r"(?:[\w’'-]+\s+){0,3}?(?P<noun>[a-z][\w-]*))" + _AFTER_ROLE)
_NEXT_ROLE_WORD = re.compile(r"\s+([a-z][\w-]*)" + _AFTER_ROLE)
# a description with an age opening a sentence, up to three words after the age: "The 38-year-old
# chef, whose", "The 58-year-old former mathematics teacher promised"
_AGED_OPENING = re.compile(SENTENCE_OPENING + _ASKED_FIRST + r"?((?:The|(?<=, )the)\s+\d+-year-old"
                           r"(?:\s+[a-z][\w-]*){0,3})")
# the speaker's own relative or friend opening a sentence: "My mother is 84"
_KIN_OPENING = re.compile(SENTENCE_OPENING + r"((?:My|Our)\s+(?:[a-z-]+\s+)?[a-z]+)(?=\s+[a-z])")
_SPACE = re.compile(r"\s*")
_THE_ROLE = re.compile(r"the\s+[a-z][\w-]*\b")  # a role right after a verb: "questioned the witness"
_TO_DO_AFTER = re.compile(r"\s+to\s")  # a request, not a question: "asked the chairwoman to resign"
_PRONOUN_OWNER = re.compile(r"(?i:his|her|its|their|my|our)\s")  # whose a role is, by a pronoun
_BUT_THEY = re.compile(r",?\s+(?:but|and|yet)\s+(?:he|she)\b")  # "..., but he insisted"
# what a person's possessive owns, then a verb: "’s final season was"
_OWNED_THING = re.compile(r"[’']s\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\s+(?:was|is|had|has|were|are)\b")
# a person owned by someone opening a sentence, a verb after it: "Her brother was blunter."
_OWNED_OPENING_WORDS = re.compile(r"(?:His|Her|Their)\s+[a-z]+(?=\s+[a-z])")
_NAME_OWNED_OPENING = re.compile(r"[A-Z][\w-]*[’']s\s+[a-z]+(?=\s+[a-z])")  # "Brandtner’s son said"
_OWNED_OPENING = re.compile(SENTENCE_OPENING + "(" + _OWNED_OPENING_WORDS.pattern + ")")
# an "it" that goes on with the words: "It continued", "It reads"
# a body word ending a phrase: "the club "
_BODY_WORD_END = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+)?([a-z]+)\s+$")
_GOES_ON = re.compile(r"[Ii]t\s+(?:continued|continues|added|adds|reads|read|went on|goes on)\b")
# what a person or body issues and the text then quotes as if it spoke
_GIVEN_PAPERS = (r"(?:statement|report|letter|post|e-?mail|memo|message|tweet|bulletin|advisory|outlook"
                 r"|notice|filing|submission|declaration|communiqu[eé])")
# such a paper as a speaker: "the statement said", "the written statement added", "the post said"
_THE_PAPER = re.compile(r"(?i:the)\s+(?:[a-z]+\s+)?" + _GIVEN_PAPERS)
_A_PAPER = re.compile(r"(?i:an?)\s+(?:[a-z]+\s+)?" + _GIVEN_PAPERS)
# an aside on when a paper came out: "published on Monday, "
_PAPER_ASIDE = re.compile(r"(?:published|released|issued|posted|sent|made\s+public)\b"
                          r"[^,.;“”\"]{0,40},\s+")
# who issues one: "said in a statement", "released a written statement", "published its report",
# "addressed it in an email", or whose name follows "In a statement," opening the sentence
_ISSUED_PAPER = re.compile(r"\b(?:(?:said|wrote|stated|added)\s+in|released|issued|provided|put\s+out"
                           r"|sent|gave|published|posted"
                           r"|(?P<opening>(?<![\w’'])In)|(?P<within>(?<![\w’'])in))"
                           r"\s+(?:a|an|its|his|her|their"
                           r"|(?:(?<=said\sin\s)|(?<=wrote\sin\s)|(?<=added\sin\s)|(?<=stated\sin\s)"
                           r"|(?<!in\s)(?<!In\s))the)"
                           r"\s+(?:[\w-]+\s+){0,2}"
                           + _GIVEN_PAPERS
                           + r"\b(?(opening)(?:[^,.;“”\"\n]|[ap]\.m\.|(?<=\d)\.(?=\d)){0,60},\s+)")
# such a paper with its author after it: "a statement from the ministry", "The memo, written by Ada Roux,"
_PAPER_BY = re.compile(r"\b(?i:the|an?)\s+(?:[a-z]+\s+)?(?P<paper>" + _GIVEN_PAPERS
                       + r")(?:,?\s+(?:written|signed|sent|issued|drafted|released|published|organi[sz]ed"
                       r"|co-?ordinated)"
                       r"(?:\s+(?:on|last|this|earlier)\s+\w+)?)?\s+(?:from|by)\s+")
# the last sentence before such an "it" (or its quote) put words in a document: "Berg wrote in the
# affidavit.", "Kara Vell issued a statement through police. “...,” it read"
_IN_DOCUMENT = re.compile(r"\b(?:(?:wrote|said|stated|argued)\s+in|issued|released|published)"
                          r"\s+(?:the|a|an|his|her|their)\s+"
                          r"(?:[\w-]+\s+)?(?:" + PAPERS + r"|brief)\b[^.!?]*[.!?][”\"]?\s+"
                          r"(?:[“\"][^“”\"]*[”\"]\s+)?$")
# the first words of a sentence: "Protesters marched through", "Hundreds of dock workers"
_SENTENCE_HEAD = re.compile(r"(?:[.!?][”\"]?\s+|\n\s*)((?:[\w’'-]+\s+){0,4}[\w’'-]+)")
# the pronoun "his" (or "him": "quoted him as saying") stands for
_OWNER_PRONOUN = {"his": "he", "him": "he", "her": "she", "its": "it", "their": "they", "them": "they"}
_TAG_CLOSING = re.compile(r"\s*[.;!?]")  # a reporting verb closing its sentence: ", the director said."
_TAGGED_ASIDE = re.compile(r",\s+(?:he|she)\s+(?:said|says|added|recalled|explained)\b")  # ", he said,"
_WHICH_NEXT = re.compile(r",\s+which\b")  # what a name is that a "which" clause follows: a thing
# a peer's title and seat in commas after the name: ", Countess of Morrowfeld"
_PEERAGE = re.compile(r",\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:Duke|Duchess|Earl|Countess|Count|Marquess"
                      r"|Marchioness|Viscount|Viscountess|Baron|Baroness)\s+of\s+([A-Z][\w’'-]+)")
# a relative in commas before a name: "with his sister, Wren,"
# (or whose, an age between: "whose 15-year-old son, Elias,")
_KIN_IN_COMMAS = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ww]hose|[A-Z][\w-]*[’']s)\s+"
                            r"(?:(?:\d+-year-old|eldest|youngest|oldest|older|younger|elder|late|only|twin"
                            r"|teenage|baby|little)\s+)?"
                            r"([a-z]+),\s+$")
_GENDERED = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b")  # what tells a person's gender
GENDER_OF = {"he": "m", "his": "m", "she": "f", "her": "f"}
# a reporting verb right after a name and the pronoun its clause opens on: " said she had"
_SAID_PRONOUN = re.compile(r"\s+(?:said|says|added|insisted|explained|recalled)\s+(?:that\s+)?(he|she)\b")
# a possessive's noun after it: "her life", not "unfair to her and"
_NOUN_NEXT = re.compile(r"\s+(?!(?:and|or|but|to|in|on|at|for|of|with|as|that|is|was|who|from|by|if"
                        r"|when)\b)[a-z]")
# what may open a sentence before its subject: a fronted phrase of place or time ("At the rest
# centre,"; not "In that sense," which goes on with what was said before) and
# words describing the person ("Retired boatbuilder", "Her classmate", "A second expert,")
_SUBJECT_OPENING = re.compile(r"\s*(?P<fronted>(?:At|Outside|Inside|Back|Across|Later|Meanwhile|Nearby"
                              r"|There|Down|Further"
                              r"|(?:Two|Three|Four|A\s+few|Several)\s+[a-z]+\s+(?:over|away|down|along|later"
                              r"|earlier))\b(?:[^,.;:“”\"]{0,60},\s+){1,2}"
                              # "Among the occupiers was", "The council's cabinet member for education,"
                              r"|(?P<among>(?:Among|One\s+of)\s[^,.;:“”\"]{1,60}?\s(?:was|were|is|are)\s)"
                              r"|(?:The|A|An|Another|One|[A-Z][\w-]*[’']s)\s[^,.;:“”\"]{1,60},\s+)?"
                              r"(?!(?i:in|on|for|with|by|after|before|during|from|to|under|as|like|but|and"
                              r"|so)\s)"
                              r"(?:(?:[A-Za-z][\w’'-]*),?\s+){0,2}?(?:(?P<last>[A-Za-z][\w’'-]*),?\s+)?"
                              # "One man, who would give only his first name, Viktor, left", "a hospital
                              # administrator who asked to be identified only as Noura, added"
                              r"(?P<who>who\s[^,.;:“”\"]{0,80}(?:,|\b(?:as|named|called))\s+)?")
# after the subject's name, past a comma'd age or description, an "of" phrase or the comma closing
# a clause before it, a verb in lower case: "Hamish Tolland, 81, bought", "Helka Marrin of the
# Estravan Institute, was", "Dagny Freel from the constituency of Tarrow Beg, broke", "One man, who
# gave only his first name, Viktor, left"
_SUBJECT_VERB = re.compile(r"(,\s+[^,.;:“”\"]{1,80},|\s+(?:of|from|at)\s+[^,.;:“”\"]{1,80},"
                           r"|,(?=\s+[a-z])"
                           r"|\s+[—–]\s+[^—–.;:“”\"]{1,80}\s+[—–])?\s+"
                           r"(?!(?:and|or|of|in|on|at|to|for|with|from|by|via|as|about|after|before|than|like"
                           r"|who|whose|which|that)\b)[a-z]")
# someone's partner or kin joining them as the subject: " and his wife, Ruth," " and her son"
_AND_PARTNER = re.compile(r"\s+and\s+(his|her)\s+[a-z]+(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?,)?")
# a place or a body owning the body named next: "Drovania's Ministry of Foreign Affairs"
_OWNER_OF_BODY = re.compile(r"(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*[’']s\s+")
# the parts of a company that speak as the company: "The board of Torvane Holdings", "Halvern’s board"
_ORGANS = {"board", "management", "directors"}
_ORGAN_OF = re.compile(r"[Tt]he\s+(?:board(?:\s+of\s+directors)?|management|directors|editors|trustees"
                       r"|governors)\s+(?:of|at)\s+(?:the\s+)?")
_IN_NAME = re.compile(r"(his|her|their)\s+name", re.I)  # whose name a statement was issued in
# an owner's possessive and the kind of paper before the voice noun: "’s own news "
_PAPER_KIND_AFTER_OWNER = re.compile(r"(?:[’']s?)?(?:\s+(?:own|news|press|latest|new|written|formal"
                                     r"|official))*\s*$")
# people or a paper a body owns: "its inspectors", "its refusal notice" (group 1 the noun)
_ITS_OWN = re.compile(r"(?i:its)\s+(?:[a-z-]+\s+){0,2}([a-z-]+)")
# someone of a gender whom a source speaks of: "one juror called her performance"
_SPOKEN_OF = {"f": re.compile(r"\b(?:her|herself)\b"), "m": re.compile(r"\b(?:him|his|himself)\b")}
# the words after a "The" opening a sentence, among them maybe a role and the verb after it: "The
# imam puts"
_ROLE_SUBJECT = re.compile(r"\s*(?:(?:At|In|On|After|Before|Later|Afterwards|Then|Outside|Inside)\b"
                           r"[^,.;“”\"]{0,40},\s+)?"
                           r"(?P<the>The|the)\s+((?:[a-z][\w-]*\s+){2,4})")  # ("At the close, the mayor")
# a body in lower case after its owner opening a sentence, a verb after it: "The Drovanian defence
# ministry was more guarded"
_BODY_WORD_OPENING = re.compile(r"\s*The\s+([a-z]+)\s+[a-z]")  # "The regulator rejected"
# where, or what, a name is: "waiting lists at ", "after the " (Silverline Music Awards)
_VENUE_BEFORE = re.compile(r"\b(?:(?:at|in|near|outside|inside)\s+(?:the\s+)?|[Tt]he\s+)$")
_NAME_NEXT = re.compile(r"[’']s?\s+[A-Z]")  # an owner's name before another: "HarbourCast Live’s Mara"
_LOWER_BODY_OPENING = re.compile(r"\s*((?:The\s+)?[A-Z][\w’'-]*)((?:\s+[a-z][\w-]*){2,3})")
# someone named in commas as whom another is with: "with his wife, "
_WITH_KIN = re.compile(r"\b(?:with|beside|alongside|by)\s+(?:his|her|their)\s+[a-z]+,\s+$")
# someone named in commas as whom the subject writes to or hears from: "to her sister, "
_ADDRESSED_KIN = re.compile(r"\b(?:to|from|for|with)\s+(?:his|her|their)\s+(?:[a-z]+\s+)?([a-z]+),\s+$")
_SUBJECT_PRONOUN = re.compile(r"\s*(He|She|They|It)\b")  # a pronoun opening a sentence
_ACTS_ON_THEM = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+\s+(?:her|him|them)\b")  # " asked her"
_TRAILING_CLAUSE = re.compile(r",\s+(?:when|as|after|before|while|because|since|until|where)\s+$")
_WHOM_BEFORE = re.compile(r"\b(?:who|whom)\s+$")
_THE_PLURAL = re.compile(r"[Tt]he\s+(?:[a-z-]+\s+)?([a-z]+s)")  # "the leaders", "the foreign ministers"
_LEADERS_OPENING = re.compile(r"[\s“\"]*(?:[A-Z][^,.;:“”\"]{0,50},\s+)?(?:(?:[Tt]he|[A-Z][a-z]+)\s+)?"
                              r"(?:[a-z-]+\s+)?")
_QUOTE_MARKS = re.compile(r"[“\"]")
_ASKED_OPENING = re.compile(r"\s*Asked\b")
_CLEFT = re.compile(r"\s*(?:[A-Z][^,.;:“”\"]{0,30},\s+)?[Ii]t\s+(?:was|is)\s+")  # "As usual, it was "
# the main clause closing such a sentence: " demurred."
_ANSWERS = re.compile(r"\s+[a-z]+[^,;:“”\"]*[.!]\s*")
# counsel's question to a witness: "put it to Corwin Aldershaw that"
_PUT_TO = re.compile(r"\bput\s+(?:it|the\s+(?:question|claim|allegation|suggestion))\s+to\s+")
_PRONOUN_NEXT = re.compile(r",\s*(?:he|she|they)\b")  # the comma after a name, then who acts: ", he said"
# a sentence opening on whom it speaks to: "To Kasimir Dravnik, he said"
_TO_WHOM = re.compile(r"[\s“\"]*To\s+")
# up to the one asking, in such an opening: "Asked by the prosecutor, " (Hollis Brackenridge), "Asked by "
_ASKED_BY = re.compile(r"[\s“\"]*Asked\s+(?:[a-z]+\s+)?by\s+"
                       r"(?:(?:the|a|an|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+,\s+)?")
# a dash, then a quote, right after a name: "Dorrance — “...,” she joked — said"
_DASH_ASIDE = re.compile(r"\s+[—–]\s+[“\"][^“”\"]*[”\"],?\s*")
# lower-case words between a capitalised first word and a name: "Retired boatbuilder Hamish Tolland"
_CAPITAL_ROLE = re.compile(r"(?:\s+[a-z][\w-]*){1,2}\s+")
_PRONOUN_AT = re.compile(r"(?i:he|she)\b")  # a source that is a pronoun
# what may open a sentence before its subject: "When Kristof Almqvist visited"
_CLAUSE_OPENING = re.compile(r"[\s“\"‘']*(?:(?:When|While|As|After|Before|Once|If|Although|Though|Because|Since|"
                             r"Until)\s+)?")


def _gender_around(layout: Layout, n: Name) -> str | None:
    """The gender a lone surname's own sentence gives it, which tells apart two people who
    share it: "In her 2003 book, Clinton noted" is the woman."""
    if n.gender or n.kind == "organization" or len(n.words) > 1:
        return None
    s_lo = layout.sentence_floor(n.mention_start)
    opening = _OPENING_POSSESSIVE.fullmatch(layout.text, s_lo, n.mention_start)
    if opening:
        return "m" if opening.group(1).lower() == "his" else "f"
    said = _SAID_PRONOUN.match(layout.text, n.end)  # "Soll said she had not been back"
    return GENDER_OF[said.group(1)] if said else None


# the words right before a name, read for a role written in lower case
_ROLE_LEADS = {"by", "with", "from", "for", "to", "against"}  # "led by planning inspector Dorian Kelsall"
_AFTER_QUOTE_TAG = re.compile(r"[,?!][”\"]\s+$")  # a quote's end right before: "calling,” "
_WORDS_AHEAD = re.compile(r"(?:[\w.’'-]+\s+){1,4}$")
# words for how long or how high a role is held, before its title: "defending champion", "outgoing
# mayor", "world champion", "top seed"
_TENURE_WORDS = {"defending", "reigning", "outgoing", "incoming", "sitting", "retiring", "departing", "world",
                 "olympic", "top"}
# lower-case title words that only modify a role: no role by themselves
_ROLE_MODIFIERS = {"former", "special", "deputy", "vice", "acting", "interim", "state", "foreign", "presidential"}


def _long_appositive(layout: Layout, n: Name) -> re.Match | None:
    """The head of a long appositive after a name standing as its sentence's subject, the
    appositive closed by a comma before the verb: "Bethan Orr, a theatre nurse for 19 years and
    ..., said"; not "After meeting Ada Roux, the minister and his aides flew home"."""
    text = layout.text
    ap = _LONG_APPOSITIVE.match(text, n.end)
    # (a clause on who the person is tells by itself: "confirmed by Joss Kettering, a fiddler who
    # played beside him for 48 years.")
    if ap is None or not (_CLOSING_COMMA.match(text, ap.end()) or text.startswith("who", ap.end(1) + 1)) or \
            _SUBORDINATE_OPENING.match(text, layout.sentence_floor(n.mention_start), n.mention_start):
        return None
    return ap


def _role_without_article(text: str, pos: int) -> re.Match | None:
    """A role in commas right after a name, opening on a title word without an article:
    "Ada Roux, chief executive of Corvane, said"; its group 1 is the role."""
    role = _UNMARKED_ROLE.match(text, pos)
    return role if role and role.group(2) in lexicon.title_words() else None


def _role_ahead(text: str, pos: int) -> str:
    """A role in lower-case title words right before the name at `pos`, with the place,
    person or body it is of, its name whole: "Velmark envoy", "campaign manager", "Velkov
    envoy", "Green Party leader" (not "Party leader"); "" when none."""
    ahead = _WORDS_AHEAD.search(text, max(0, pos - 60), pos)
    words = ahead.group().split() if ahead else []
    titles = lexicon.title_words()
    # a title may end on what it is of: "Tollan Bay director of rugby Anselm Krook"
    end = len(words) - 2 if len(words) > 2 and words[-2] == "of" and words[-1].islower() \
        and words[-3] in titles else len(words)
    k = end
    while k and end - k < 3 and words[k - 1].islower() and (
            words[k - 1] in titles or k == end and is_person_noun(words[k - 1])):
        k -= 1  # (a person's noun right before the name: "Mortgage broker Cordelia Amsel")
    tenure = 0 < k < len(words) and words[k - 1] in _TENURE_WORDS
    k -= tenure  # "beat defending champion Teodor Vashkin": the role opens on "defending"
    if 1 < k < len(words) and words[k - 1].islower() and words[k - 1] not in lexicon.stop_words() \
            and not words[k - 1].endswith("ed") and _owner_word(words[k - 2]):
        k -= 1  # "Littoral Pact trade minister": the trade minister of the Pact ("Harnsey sacked" did)
    if 0 < k < len(words) and words[k - 1].islower() and words[k - 1] not in lexicon.stop_words() \
            and words[k - 1] not in lexicon.cue_forms() and (
            words[k - 2] in lexicon.cue_forms() or words[k - 2] in _ROLE_LEADS if k > 1 else
            _AFTER_QUOTE_TAG.search(text, max(0, ahead.start() - 4), ahead.start())):
        # "said incident commander Rasmus Ohlendorf", "“...,” flight director Idris Vallenholm told": the
        # word before the title is the role's
        k -= 1
    before = words[k - 1] if k else ""
    # a description opening the sentence, an adjective maybe before it: "The veteran actor Osric Vell
    # won" is later "the actor"
    art = next((a for a in (k - 1, k - 2) if 0 <= a < k and words[a] in ("The", "A", "An")), None)
    if art is not None and k < end and all(w.islower() for w in words[art + 1:k]) and \
            (art == 0 or words[art - 1].endswith((".", ","))):
        return " ".join(words[art + 1:])
    if k == end or words[-1] in _ROLE_MODIFIERS or before.lower() in ("the", "a", "an") or (
            not tenure and before.islower() and before not in lexicon.stop_words()
            and before not in lexicon.cue_forms()):
        return ""  # "the shipping lawyer Lena Brandt": a description the mentions read whole
    whose = k
    while whose and k - whose < 3 and _owner_word(words[whose - 1]):
        whose -= 1
    return " ".join(words[whose:])


_INITIALISM = re.compile(r"(?:[A-Z]\.)+")


def _owner_word(word: str) -> bool:
    """Whether a word before a role can be part of whose role it is ("White", "Planned",
    "Velkovs'", "U.S."): capitalised, no function word, and not ending a sentence or clause
    before ("Answer." in "... Answer. Harbour Party front-runner Ada Roux")."""
    bare = re.sub(r"(?<=s)[’']$", "", word)
    return bare[:1].isupper() and (bare[-1].isalnum() or bool(_INITIALISM.fullmatch(bare))) \
        and bare.lower() not in lexicon.stop_words()


# an indefinite role after a name, its head before a clause or a place: ", a 23-year-old sound editor who"
_A_ROLE_NEXT = re.compile(r",\s+an?\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:who|whose|that|with|from|at|of)\b")
_OWNERS = {"the", "a", "an", "another", "his", "her", "its", "their", "our"}  # words that may open a role
# what someone whose place it happened at was doing: "a farm owned by Eskil Tandberg, who was milking"
_WHO_WAS_DOING = re.compile(r",\s+who\s+(?:was|were|had\s+been)\s+[a-z]+ing\b")
_HELD_BY_OWNER = re.compile(r"\b(?:owned|run|farmed|rented|occupied|kept|managed)\s+by\s+$")
# an indefinite role in commas before a name: "the jury heard from a care assistant, "
_A_ROLE_COMMA = re.compile(r"\b(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}([a-z]+),\s+$")


# the comma closing a name in commas, maybe after where the person is from: "Dr. Olu Brennick of
# Sallow Bay University,"
_COMMA_AFTER_NAME = re.compile(r"(?:\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w’'-]*"
                               r"(?:\s+[A-Z][\w’'-]*){0,4})?,")


def _phrase_before_commas(text: str, n: Name) -> re.Match | None:
    """The short phrase opening a sentence (or following a dash) before a name that stands in
    commas after it ("Velmark's envoy, Piet Saal,"): group 1 the phrase, group 2 its last word,
    group 3 what the person is when the text says it before the name ("Her husband, the sculptor
    Anand Roe,")."""
    if not _COMMA_AFTER_NAME.match(text, n.end):
        return None
    found = _TITLE_COMMA.search(text, max(0, n.mention_start - 80), n.mention_start)
    if found is None and text[n.mention_start - 4:n.mention_start] == "the ":
        # "the" before a body's name or a cleric's title: "Her party, the Civic Left,", "The parish
        # priest, the Rev. Declan Ostrow,"
        found = _TITLE_COMMA.search(text, max(0, n.mention_start - 84), n.mention_start - 4)
    if found is None:
        # a role of a place or a body before the name: "Her counterpart, Quillford head coach Brigid
        # Oyelaran,"
        before = text[max(0, n.mention_start - 60):n.mention_start]
        lead = len(drop_role_words(before))
        if lead < len(before):
            end = n.mention_start - len(before) + lead
            found = _TITLE_COMMA.search(text, max(0, end - 80), end)
    return found


def _office_word(name: str) -> str:
    """The lower-cased word a body's name ends on before what it is of: "ombudsman" of "Local
    Government Ombudsman of Ostrevia" ("court" of "Family Court of Velmark", never "family")."""
    return name.split(" of ")[0].split()[-1].lower()


def _opening_role_end(text: str, role: re.Match) -> int | None:
    """Where the role a sentence opens on (`_ROLE_OPENING`) ends: on its noun when that is a
    person's ("The judge was unmoved"), else on a person's noun in the words that run on from it
    ("The air defence commander shook her head", read past "air"); None when there is none."""
    end, noun, words = role.end("role"), role.group("noun"), len(role.group("role").split())
    while not is_person_noun(_role_noun(noun.lower())):
        nxt = _NEXT_ROLE_WORD.match(text, end)
        if nxt is None or words >= 5 or noun in lexicon.stop_words() or noun.endswith("ed") \
                or noun in lexicon.cue_forms():
            return None
        end, noun, words = nxt.end(1), nxt.group(1), words + 1
    # a title that only modifies the noun after it: "The defence secretary", "The air defence commander"
    while (nxt := _NEXT_ROLE_WORD.match(text, end)) and words < 5 \
            and is_person_noun(_role_noun(nxt.group(1))):
        end, words = nxt.end(1), words + 1
    return end


def _title_in_commas(text: str, n: Name) -> re.Match | None:
    """The title opening a sentence when the name after it stands in commas, its subject
    (`_phrase_before_commas`, group 1): "Velmark's envoy" in "Velmark's envoy, Piet Saal,
    arrived", whom "the envoy" means later; None when none."""
    title = _phrase_before_commas(text, n)
    if title is None or title.end() < n.mention_start and not n.role \
            and drop_role_words(text[title.end():n.mention_start]).strip():
        return None  # ("Her party, the Civic Left,": a body named, no title's holder)
    words = title.group(1).lower().split()
    # (a compound's last part tells: "vice-chancellor", "ex-minister")
    noun, first = title.group(2).lower().rpartition("-")[2], words[0]
    # a person noun only after a determiner or an owner ("Mr Perrin’s mother"): "A retired
    # teacher, Brita Holm," opens the sentence, "Andrew Holt took his daughter, Chloe," does not
    owner = words[1] if first in HONORIFICS and len(words) > 2 else first
    # (or one of several: "One of the named plaintiffs, Jaro Vintillo,")
    # ("Her opposite number" is a person too, and so is "Another, the retired cellist Vendel Okrasa,")
    described = (is_person_noun(noun) or words[-2:] == ["opposite", "number"]) \
        and (first in _OWNERS or re.search(r"[’']s?$", owner) is not None) \
        or noun == "one" and words[1:2] == ["of"] and names_people(words[-1]) \
        or words == ["another"] and title.group(3) is not None and is_person_noun(title.group(3).split()[-1])
    return title if noun in lexicon.title_words() or described else None


def _sides(roles: list[str]) -> set[str]:
    """The capitalised words in a person's roles, whose side they are on: "Rovers" of "Rovers striker"."""
    return {w for r in roles for k, w in enumerate(r.split())
            if w[:1].isupper() and (k or w.lower() not in lexicon.title_words())}


def _owned_elsewhere(phrase: str, roles: list[str], places: set[str]) -> bool:
    """Whether a role phrase names an invented place (`places`, "the Belvarrean minister") and
    the roles held name another ("The Sepran foreign minister", "Quorland's envoy"): the same word
    or one made from it shares its first five letters ("Belvarre's")."""
    here = [w[:5].lower() for w in phrase.split()[1:] if w.lower() in places]
    owners = [w[:5].lower() for r in roles for w in r.split()
              if w.lower() in places or w[:1].isupper() and re.search(r"[’']s$", w)]
    return bool(here and owners) and not set(here) & set(owners)


def _post_held(served: re.Match) -> str:
    """The longest run of the words after "served as" that ends on a title or a person's noun:
    "head coach" of "head coach when she retired"."""
    words = served.group(1).split()
    return next((" ".join(words[:k]) for k in range(len(words), 0, -1)
                 if words[k - 1] in lexicon.title_words() or is_person_noun(words[k - 1])), "")


_GENERIC_OWNERS = {"city", "country", "nation", "region", "state", "county", "town", "province", "local"}
_POSSESSIVE_END = re.compile(r"[’'](?:s\b)?$")  # "dockers’", "union's"


_FIRM_WORDS = {"company", "firm"}  # what any business may be called
_OVERSEERS = {"regulator", "watchdog"}  # a body's words that call no business a regulator
# the words ending the names of bodies that may oversee others: "the regulator" is the Office for
# Energy Standards, never a campaigners' alliance
_OVERSEEING = {"office", "authority", "commission", "agency", "board", "inspectorate", "regulator",
               "ombudsman", "bureau", "directorate", "administration", "watchdog", "department", "ministry",
               "commissioner", "council", "watch", "tribunal"}
_NO_BUSINESS = {"board", "office", "panel", "inquiry", "watchdog", "ombudsman", "court"}


def _goes_by(e: Entity, words: set[str], owners: frozenset[str]) -> bool:
    """Whether a body's name holds one of `words` and every one of `owners`: "the dockers’ group"
    may be the Dockers’ Alliance, not the Harbour Now movement."""
    said = {_POSSESSIVE_END.sub("", w) for w in e.name.lower().split()}
    return not words.isdisjoint(said) and owners <= said


def _head_words(e: Entity) -> list[str]:
    """A body's lower-cased name up to what it is of or for: "office" ends "Office for Energy Standards"."""
    return re.split(r"\s(?:of|for)\s", e.name.lower())[0].split()


def _may_be_a_business(e: Entity) -> bool:
    """Whether a body may be "the company" or "the firm": no public body, court or news outlet."""
    words = _head_words(e)
    return not e.place and words[-1] not in lexicon.public_bodies() and words[-1] not in _NO_BUSINESS \
        and lexicon.media_words().isdisjoint(words)


def _oversees(e: Entity) -> bool:
    """Whether a body may be "the regulator" or "the watchdog": its name ends on such a body's word."""
    return not e.place and _head_words(e)[-1] in _OVERSEEING


def _may_be_a_person(e: Entity) -> bool:
    """Whether an entity could be a "he" or "she": no body, and no place unless a title or a
    forename has made it a person ("Clinton", though named "in" a sentence once)."""
    return e.kind != "organization" and not (e.place and e.kind != "person")


def _other_gender(e: Entity, gender: str | None) -> bool:
    """Whether an entity is known to be of another gender than the one wanted ("she" is no man)."""
    return bool(gender and e.gender and e.gender != gender)


def _last_match(pattern: re.Pattern, text: str, lo: int, hi: int) -> re.Match | None:
    """The last match of `pattern` in text[lo:hi]: the paper or body mentioned latest."""
    found = None
    for found in pattern.finditer(text, lo, hi):
        pass
    return found


def _legal_form_ends(mention: str) -> bool:
    """Whether a company's mention ends in its legal form: "Norvik Freight Systems Inc."."""
    return mention.split()[-1].rstrip(".").lower() in lexicon.legal_forms()


def _body_ahead(text: str, n: Name) -> str:
    """What a body is, said in lower case right before its name: "the growth fund Pemberly & Vost",
    "the brokerage Stellan & Hove" (later "the fund", "the brokerage"); "" when no body's word says it."""
    ahead = BODY_AHEAD.search(text, max(0, n.mention_start - 50), n.mention_start)
    word = ahead.group(2) if ahead else ""
    return ahead.group(1) if word in lexicon.org_words() else ""  # (business nouns among them)


def _body_role(text: str, n: Name) -> str:
    """What a body is, said in commas before or after its name: "The drivers' union, Unite
    Transit," or "Unite Transit, the drivers' union,"; "" when no organisation word says it."""
    after = _APPOSITIVE.match(text, n.end)
    if after and after.group(1).split()[-1].lower() in lexicon.org_words() and not n.possessive:
        return after.group(1)
    before = _phrase_before_commas(text, n)
    named = before is not None and not before.group(3)
    return before.group(1) if named and before.group(2).lower() in lexicon.org_words() else ""


# a role told by what a person does, in a relative clause after the name: "Henrike Voss, who
# chairs the Deposit Guarantee Authority," is later "the chair"
# (or did after something else: "Renata Obi-Lund, who served as his assistant before coaching the
# national team," is later "the national coach")
_WHO_HOLDS = re.compile(r",\s+who\s+(?:also\s+|now\s+|still\s+"
                        r"|[^,.;:“”\"]{1,80}?\s+(?:before|after|then|later|while)\s+)?"
                        r"(chairs|heads|leads|coaches|manages|directs|edits|owns|trains|captains|commands"
                        r"|founded|co-founded|chairing|heading|leading|coaching|managing|directing|editing"
                        r"|captaining|commanding)\s+([^,.;:“”\"]{1,60})")
# or what someone works as: ", 27, who plays as a striker", ", who works as a night nurse"
_WORKS_AS = re.compile(r"(?:,\s+\d{1,3})?,\s+who\s+(?:(?:plays|played|works|worked|serves|served)\s+as\s+"
                       # (or is one now: "Dalia Freundt, who clerked for her and is now a senior prosecutor")
                       r"|(?:[^,.;:“”\"]{1,60}?\s+and\s+)?(?:is|was)\s+(?:now\s+|currently\s+)?)"
                       r"(?:an?|the)\s+"
                       r"((?:[a-z][\w-]*\s+)?[a-z][\w-]*)(?=\s+(?:for|at|in|with|on|of)\b|[,.;])")
_HELD_AS = {"chairs": "chair", "heads": "head", "leads": "leader", "coaches": "coach", "manages": "manager",
            "directs": "director", "edits": "editor", "owns": "owner", "trains": "trainer",
            "captains": "captain", "commands": "commander", "founded": "founder", "co-founded": "co-founder",
            "chairing": "chair", "heading": "head", "leading": "leader", "coaching": "coach",
            "managing": "manager", "directing": "director", "editing": "editor", "captaining": "captain",
            "commanding": "commander"}
# counsel for a side in court before the name, and the role it gives: "Opening the case for the
# prosecution, ", "For the defence, " (not "Called as a witness for the prosecution, ")
_FOR_THE_SIDE = re.compile(r"(?:\b(?:[Oo]pening|[Cc]losing|[Ll]eading|[Pp]resenting|[Aa]ppearing|[Aa]cting"
                           r"|[Ss]peaking)\s+(?:the\s+case\s+)?for|(?:^|[.!?][”\"]?\s+)For)"
                           r"\s+the\s+(prosecution|defen[cs]e|Crown)\b[^.;:“”\"]{0,30},\s+$")
_SIDE_ROLE = {"prosecution": "prosecutor", "crown": "prosecutor", "defence": "defence lawyer",
              "defense": "defense lawyer"}
# a post told by a passive verb before the name: "The flight was commanded by Yusuf Brannagh"
_HELD_BY_ROLE = {"commanded": "commander", "led": "leader", "chaired": "chair", "coached": "coach",
                 "captained": "captain", "piloted": "pilot", "headed": "head", "directed": "director",
                 "moderated": "moderator", "hosted": "host", "presented": "presenter", "refereed": "referee"}
# (who the holder is may come between: "moderated by Kelvara Public Television anchor ")
_HELD_BY = re.compile(r"\b(" + "|".join(_HELD_BY_ROLE) + r")\s+by\s+(?:the\s+)?"
                      r"(?:(?!(?:and|the|for|to|of|in|at|with|from|by|on)\b)[\w’'-]+\s+){0,4}$")
# a post a person held, in a clause after the name: "Stanthorpe, who served as Harnmoor’s ambassador
# to Quesset,", "Leni Stroud, who succeeded Hanne Brisk as captain in 1985,", "Dermot Vask,
# succeeded her as head coach"
_SERVED_AS = re.compile(r",?\s+(?:who\s+)?(?:had\s+|once\s+|later\s+)?"
                        r"(?:served|worked|took\s+over|succeeded\s+[^,.;:]{1,40}?)"
                        r"\s+as\s+(?:an?\s+|the\s+|[A-Z][\w’'-]*[’']s\s+)?"
                        r"([a-z-]+(?:\s+[a-z-]+){0,2})")
# a person testifying, right after the name and an age or a clause on them: "Annika Thorsby, 58, was
# giving evidence", "Renata Hale, who worked there for nine years, testified"
_TESTIFYING = re.compile(r"(?:,\s+\d{1,3},|,\s+who\s+[^,.;“”\"]{1,120},)?"
                         r"\s+(?:(?:was\s+giving|gave|had\s+given|is\s+giving)\s+evidence"
                         r"|testified|took\s+the\s+(?:witness\s+)?stand)\b")
# a post a person is given right after the name: "Teresa Varga was elected mayor of Marrowfield"
_GIVEN_POST = re.compile(r"\s+(?:was|has\s+been|had\s+been|is)\s+(?:re-)?(?:elected|named|appointed|chosen|"
                         r"confirmed|sworn\s+in)\s+(?:as\s+)?(?:the\s+)?((?:[a-z-]+\s+){0,2}?([a-z]+))\b")
# a title owned by a place, body or person, in commas before a name anywhere in a sentence:
# "where Ostrevia's prime minister, Henrik Saul, sat beside the country's envoy, Ada Roux.", "The
# coast guard has its own spokeswoman, Hedda Lorne.",
# "handled by the deputy governor for markets, Martin Oyelaran, who"
# (an owner in the plural too: "the residents’ barrister, ")
_OWNED_TITLE = re.compile(r"(?<![\w’'])((?:(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){0,2}"
                          r"[\w-]+(?:[’']s|(?<=s)[’'])|the"
                          r"|(?<=has )(?:its|their)\s+own|(?<=has )an?)\s+"
                          r"(?:[a-z][\w-]*\s+){0,2}([a-z]+)"
                          r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[a-z]+|(?:[A-Z][\w’'-]*\s*){1,4}))?),\s+$")
_APPOSITIVE_CLOSE = re.compile(r"\s*(?:[,.;:!?]|\s+and\b|$)")


def _owned_title(text: str, n: Name) -> str:
    """`_OWNED_TITLE`'s title before a name that an appositive's comma or the sentence's end
    closes; "" when none."""
    owned = _OWNED_TITLE.search(text, max(0, n.mention_start - 70), n.mention_start)
    if owned is None or owned.group(2) not in lexicon.title_words() \
            or not _APPOSITIVE_CLOSE.match(text, n.end):
        return ""
    return owned.group(1)


def _is_role_word(word: str) -> bool:
    """Whether a lower-case word names a role: a title word or a person's noun ("co-founder")."""
    return word in lexicon.title_words() or is_person_noun(word)


def _one_of(plural: str) -> str:
    """The role one of several holds, its last word made singular: "associate judges" -> "associate
    judge"; "" when that word is no title ("one of the protesters")."""
    *mods, last = plural.split()
    one = last[:-3] + "y" if last.endswith("ies") else last[:-2] if last.endswith(("sses", "ches", "shes")) \
        else last[:-1]
    return " ".join([*mods, one]) if one in lexicon.title_words() else ""


def _title_phrase(text: str, n: Name) -> str:
    """`_title_in_commas` when it is only the title, its owner and a determiner, a role to
    keep: "Velmark's envoy", "The port's spokesman", and "Dravik's coach" though what he is
    follows too ("Dravik's coach, the former doubles specialist Henrik Palmo,"); not "After the
    vote the minister", nor "Her main rival" before what she is ("the shipping lawyer Lena Brandt")."""
    found = _title_in_commas(text, n)
    if found is None:
        return _owned_title(text, n)
    title = found.group(1) if not (found.group(3) and _PRONOUN_OWNER.match(found.group(1))) else ""
    # (what it is of, for or in aside: "The Archbishop of Marentz", "The city’s deputy mayor for transport")
    words = re.split(r"\s(?:of|for|at|from|in)\s", title.lower())[0].split()[:-1]
    # ("former" is a stop word too: "Another former assistant, Casimir Doune,"; and "and" joins two
    # titles: "The company’s co-founder and chief executive, Viggo Arnestad,")
    return "" if any(w in lexicon.stop_words() and w not in _OWNERS and w not in _ORDINALS and w != "former"
                     and not (w == "and" and k and _is_role_word(words[k - 1]))
                     for k, w in enumerate(words)) else title


# one of several holding a role, named next: "one of the two associate judges, "
_ONE_OF_MANY = re.compile(r"\b[Oo]ne\s+of\s+(?:the|its|his|her|their)\s+"
                          r"(?:" + _FEW + r"|several|other\s+)?\s*"
                          r"((?:[a-z][\w-]*\s+){0,2}[a-z]+s),\s+$")
# one who holds or held the role of someone just named, or stands in for them, in commas before
# the name: "Her counterpart at the UBW, ", "His predecessor, ", "Her Vessarian counterpart, ", "Her deputy, "
_PEERS = ("counterpart", "predecessor", "successor", "deputy")
_FOR_FAMILY = re.compile(r"\bon\s+behalf\s+of\s+(?:his|her|their|the)\s+(?:family|families|relatives|parents"
                         r"|widow|widower|children|wife|husband)\b")
# a clause saying someone named would not speak: ", declined to comment", " could not be reached"
_DECLINED = re.compile(r"[^.;]*?\b(?:declined|refused|would\s+not|did\s+not|could\s+not|was\s+not|were\s+not)"
                       r"\s+(?:to\s+comment|comment|respond|be\s+reached|available)")
_PEER_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+((?:[A-Z][\w’'-]*\s+)?)(" + "|".join(_PEERS)
                          + r")(?:\s+(?:at|in|from|of)\s+[^,.;:“”\"]{1,40})?,\s+$")


def _peer_role(registry: Registry, layout: Layout, n: Name, e: Entity, peer: re.Match) -> str:
    """The role "Her counterpart" or "His predecessor" gives the name after it: that of the last
    person named before with a role ("Mirela Santavo, president of the TSA") without what it is of,
    the counterpart's own place before it, "former" for a predecessor and "deputy" for a deputy
    ("The town's mayor, X, ... Her deputy, Y," is the deputy mayor); "" when nobody named
    just before holds one."""
    j = bisect.bisect_left(layout.name_starts, n.mention_start)
    for before in reversed(layout.names[max(0, j - 8):j]):
        if before.end < n.mention_start - 400:
            break
        owner = registry.at.get(before.start)
        if owner is None or owner is e or owner.kind == "organization" or not owner.roles \
                or _other_gender(owner, PRONOUNS[_OWNER_PRONOUN[peer.group().split()[0].lower()]]):
            continue  # ("His deputy" is none of the mayor's when the mayor is a woman)
        held = re.split(r"\s(?:of|for|at|from|in)\s", owner.roles[0])[0]
        held = " ".join(w for w in held.split() if not w.endswith(("’s", "'s")) and w.lower() != "the")
        if not held or not is_person_noun(held.split()[-1].lower()):
            return ""
        rank = {"predecessor": "former", "deputy": "deputy"}.get(peer.group(2), "")
        return " ".join(filter(None, (peer.group(1).strip(), rank, held)))
    return ""


def _family_name(registry: Registry, layout: Layout, n: Name, kin: re.Match) -> str:
    """The surname of the one whose kin a lone forename is ("Mr Ashcombe-Ray's widow, Corinne,",
    "Eamon Pirrel ... His wife, Odile,"): the name owning the kin word, else the last person named
    before not of the other gender than "his" or "her" says; "" when there is none."""
    whose = kin.group().split()[0]
    owner = layout.names_by_end.get(kin.start() + len(whose) - 2) if whose.endswith(("’s", "'s")) else None
    if owner is None and whose.lower() in ("his", "her"):
        j = bisect.bisect_left(layout.name_starts, n.mention_start)
        other = "f" if whose.lower() == "his" else "m"
        owner = next((b for b in reversed(layout.names[max(0, j - 6):j])
                      if (o := registry.at.get(b.start)) is not None and o.kind == "person"
                      and o.gender != other), None)
    # (not from further back than three paragraphs, nor past someone unnamed whose kin it may be:
    # "the body of a woman was found by her husband, Tomas,")
    if owner is None or owner.mention_start < layout.paragraph_floor(n.mention_start, 3) \
            or any(layout.text[u.start() - 2:u.start()] != ", "  # (an appositive is the owner's own)
                   and not layout.inside_quote(u.start()) for u in _SOMEONE_UNNAMED.finditer(
                       layout.text, max(owner.end, layout.previous_sentence(kin.start())), kin.start())):
        return ""
    e = registry.at.get(owner.start)
    return e.surname if e is not None and e.kind == "person" and len(e.name.split()) > 1 else ""


def article_entities(layout: Layout, invented: set[str]) -> Registry:
    """The article's people and organisations, one entity per name however often it is written,
    with what the text says about each: a role in an appositive ("Ada Roux, the port's chief,"),
    a lawmaker's party and state, and whether the name is a place rather than a speaker."""
    text = layout.text
    registry = Registry()
    seats: dict[str, Entity] = {}  # a peer's seat -> the peer: "Morrowfeld" of "Countess of Morrowfeld"
    things: list[Entity] = []  # names a sentence opens on with a "which" clause after them
    kin_named: list[tuple[Entity, str]] = []  # a forename given as someone's kin, and their surname
    for n in layout.names:
        seated = seats.get(n.name) if len(n.words) == 1 and n.kind != "organization" else None
        e = registry.add(n, _gender_around(layout, n), seated)
        # (after "Ardenholt Water said", "Back in Ardenholt" is the town the company is named for)
        placed = PLACE_BEFORE.search(text, max(0, n.mention_start - 12), n.mention_start) is not None \
            and not (len(n.words) < len(e.name.split()) and e.name.startswith(n.name + " "))
        if placed \
                or n.name.lower() in lexicon.places() or lexicon.place_shaped(n.words) \
                or _PLACES_AFTER.match(text, n.end):
            e.place = True  # "in Kentucky", "Florida is", "Port Ellery": a place, not who "he" or "she" is
        if (kin := _KIN_IN_COMMAS.search(text, max(0, n.mention_start - 40), n.mention_start)) \
                and text.startswith(",", n.end) and (gender := lexicon.person_nouns().get(kin.group(1))):
            e.gender = gender  # "his sister, Wren,": a woman, whatever the forename says
            if len(n.words) == 1 and kin.group(1) in _KIN_WORDS and \
                    (family := _family_name(registry, layout, n, kin)):
                kin_named.append((e, family))
        if not n.role and _WHICH_NEXT.match(text, n.end) \
                and not text[layout.sentence_floor(n.mention_start):n.mention_start].strip(" \"“‘'"):
            things.append(e)  # "Orrin Water, which operates the reservoir, said": whatever its forename
        if e.kind == "unknown" and _AGE_GIVEN.match(text, n.end):
            e.kind = "person"  # "the man, Tobiah Marchetty, 23,": whatever his forename, no body
        ap = _APPOSITIVE.match(text, n.end) or _role_without_article(text, n.end) \
            or _long_appositive(layout, n)
        if ap and not n.possessive and e.kind != "organization" and not _VERB_PHRASE.match(ap.group(1)) \
                and not _IN_THE_VIEW_OF.search(text, max(0, n.mention_start - 90), n.mention_start) \
                and not any(w in lexicon.cue_forms() for w in _RELATIVE.split(ap.group(1), 1)[0].split()[1:]):
            # "Sela Marquand, the federation's special envoy, ..."; but in "To Ana Rell, Berg's
            # plan seemed a loss" the words after the comma are the sentence, not her role, and
            # in "from Ordell Components, the carmaker said." a report of somebody else's (a verb in a
            # clause on it is no matter: "a mid-sized lender whose failure cost an estimated")
            e.add_role(ap.group(1))
            if e.kind == "unknown" and e.gender is None and (head := _BUSINESS_HEAD.match(ap.group(1))) \
                    and head.group(1) in _FIRM_NOUNS:
                e.kind = "organization"  # "Corvel Vantage, a state-backed company,"
        if (not n.role or " " not in n.role) and e.kind == "person" \
                and (ahead := _role_ahead(text, n.mention_start)):
            # "Velmark envoy Pieter Saal": later "the envoy"; a one-word title between is no matter
            # ("Council leader Cllr Jo Pike", "chief executive Dr Ana Roth")
            e.add_role(ahead)
        if (e.kind == "person" or e.kind == "unknown" and len(n.words) > 1) and \
                (title := _title_phrase(text, n)):
            e.add_role(title)  # "Velmark's envoy, Piet Saal, arrived": likewise
            e.kind = "person"  # "The chief executive, Adaeze Thorncliffe,": whatever her forename
        elif e.kind != "person" and (what := _body_role(text, n) or _body_ahead(text, n)):
            e.add_role(what)  # "The drivers' union, Unite Transit,": later "the union"
            head = re.split(r"\s+(?:at|of|for|in|with|from|to|on|by|under|within)\s", what)[0]
            head = head.split()[-1].lower()
            if e.kind == "unknown" and e.gender is None and head in lexicon.org_words():
                e.kind = "organization"  # "Her party, the Civic Left,": no "she" (but "Minyon Moore, a
                # strategist at the Dewey Square Group," may be)
        if e.kind != "organization" and (many := _ONE_OF_MANY.search(text, max(0, n.mention_start - 60),
                                                                     n.mention_start)) \
                and (held := _one_of(many.group(1))):
            e.add_role(held)  # "one of the two associate judges, Miriam Oska,": later "the judge"
        if e.kind != "organization" and (held_by := _HELD_BY.search(text, max(0, n.mention_start - 70),
                                                                    n.mention_start)):
            e.add_role(_HELD_BY_ROLE[held_by.group(1)])  # "commanded by Yusuf Brannagh": "the commander"
        if e.kind != "organization" and (side := _FOR_THE_SIDE.search(text, max(0, n.mention_start - 60),
                                                                      n.mention_start)):
            # "Opening the case for the prosecution, Ottilie Brannagh KC told the jury": "the prosecutor"
            e.add_role(_SIDE_ROLE[side.group(1).lower()])
        if e.kind != "organization" and (works := _WORKS_AS.match(text, n.end)):
            e.add_role(works.group(1))  # "Dario Velkonen, 27, who plays as a striker for": "the striker"
        if e.kind == "person" and (holds := _WHO_HOLDS.match(text, n.end)):
            e.add_role(f"{_HELD_AS[holds.group(1)]} of {holds.group(2)}")  # (what is held tells which)
        elif e.kind != "organization" and _TESTIFYING.match(text, n.end):
            e.add_role("witness")  # "Annika Thorsby, 58, was giving evidence": later "the witness"
        elif e.kind != "organization" and (served := _SERVED_AS.match(text, n.end)) \
                and (held := _post_held(served)):
            e.add_role(held)
        elif e.kind != "organization" and (post := _GIVEN_POST.match(text, n.end)) \
                and post.group(2) in lexicon.title_words():
            e.add_role(post.group(1))
        if e.kind != "organization" and (peer := _PEER_BEFORE.search(text, max(0, n.mention_start - 80),
                                                                     n.mention_start)) \
                and (held := _peer_role(registry, layout, n, e, peer)):
            e.add_role(held)  # "Her Vessarian counterpart, Radomir Essling,": "the Vessarian minister"
        tag = _PARTY_STATE.match(text, n.end)
        if tag and _state_of(tag.group(1)):
            e.add_role(tag.group(1))  # "Sen. Ada Roux (D-Fla.)": her party and state
        if e.kind != "organization" and (seat := _PEERAGE.match(text, n.end)):
            seats[seat.group(1)] = e  # "Sabine Vellacourt, Countess of Morrowfeld," is "Lady Morrowfeld"
    for n in layout.names:
        e = registry.at.get(n.start)
        if e is not None and n.name in invented and e.kind != "person":
            e.place = True
    for e in things:
        if not e.roles:
            e.kind, e.gender = "organization", None
    for e, family in kin_named:
        if all(" " not in f for f in e.forms) and family != e.name:
            e.forms[f"{e.name} {family}"] += 0  # "His wife, Odile," is Odile Pirrel, never named in full
    return registry


_DEMONYM_ENDINGS = ("an", "ean", "ian", "ese", "ish", "er", "i")
# what stands before a people's word used of one person: "the 44-year-old ", "the veteran "
_THE_AGED = re.compile(r"\b[Tt]he\s+(?:\d+-year-old\s+)?(?:[a-z-]+\s+)?$")


def invented_places(layout: Layout) -> set[str]:
    """An invented country and the word the article makes of its name for who is from there,
    which no lexicon lists: "Belvarre" and "Belvarrean", "Kestrava" and "Kestravan", "Quorland"
    and "Quorlander" ("The Belvarrean minister ... he" is neither); a forename is no such word
    ("Maria" and "Marian")."""
    single = {n.name for n in layout.names if len(n.words) == 1 and not lexicon.is_forename(n.name)}
    # (the people's word may open a longer name only: "the Caldonian FA")
    firsts = single | {n.words[0] for n in layout.names if not lexicon.is_forename(n.words[0])}
    places: set[str] = set()
    for place in single:
        stem = place.rstrip("aeiy")
        made = {w for w in firsts if w != place and w.startswith(stem) and w[len(stem):] in _DEMONYM_ENDINGS}
        if len(stem) >= 4 and made:
            places |= made | {place}
    return places


class Coreference:
    """Resolves the mentions of one article, knowing who has spoken or acted so far."""

    def __init__(self, layout: Layout, registry: Registry, mentions: MentionReader, invented: set[str]):
        self.layout = layout
        self.text = layout.text
        self.registry = registry
        self.mentions = mentions
        self.sources: list[tuple[int, Entity]] = []  # named subjects of reporting verbs, in order
        self._bodies: list[tuple[int, Entity]] = []  # bodies named in lower case, in the order read
        self.source_offsets: list[int] = []
        # where a spokesperson is a source: "A Corvane spokeswoman said ... she said" is Corvane
        self._spoken_for: dict[int, Entity] = {}
        # sources found under a description rather than a name: "The senator said", "The 58-year-old said"
        self._described: dict[int, Mention] = {}
        self._invented = {w.lower() for w in invented}  # "belvarre", "belvarrean"
        self._collect_sources()
        self._learn_genders()

    def resolve(self, m: Mention | None) -> Entity | None:
        """The entity a mention stands for, or None when the article does not name one."""
        if m is None:
            return None
        if m.kind == "name":
            e = self.registry.at.get(m.name.start)
            if e is not None and e.place and m.name.name.lower() in self._invented and \
                    m.name.name.endswith(_DEMONYM_ENDINGS) and \
                    _THE_AGED.search(self.text, max(0, m.start - 30), m.name.mention_start):
                # "the 44-year-old Estravian describes": someone from there, not the country
                return self._nearest(m.start, None, personal=True)
            if e is not None and m.role:
                e.add_role(m.role)
            return e
        if m.kind == "pronoun":
            return self._antecedent(_OWNER_PRONOUN.get(m.text.lower(), m.text.lower()), m.start)
        n = self.layout.names_by_end.get(m.end)
        if n is not None and n.mention_start > m.start and \
                _DESCRIBED.search(self.text, m.start, n.mention_start) and \
                PREPOSITIONS.isdisjoint(self.text[m.start:n.mention_start].lower().split()) and \
                (e := self.registry.at.get(n.start)) is not None and _may_be_a_person(e):
            return e  # "The old ferryman Absalom Crane turns ... and says"
        if n is not None and n.kind == "organization" and (
                _OWNER_OF_BODY.fullmatch(self.text, m.start, n.mention_start)
                or _ORGAN_OF.fullmatch(self.text, m.start, n.mention_start)):
            # "Drovania's Ministry of Foreign Affairs", "The board of Torvane Holdings"
            return self.registry.at.get(n.start)
        its = _ITS_OWN.fullmatch(m.text)
        if its and (people_plural(its.group(1)) or re.fullmatch(PAPERS + r"|notice|ruling", its.group(1))):
            # "what its inspectors called", "its refusal notice": the body the sentence is about
            return self._body_subject(m.start) or self._antecedent("it", m.start)
        in_name = _IN_NAME.fullmatch(m.text)
        if in_name:  # "A statement issued in her name called the bill": hers
            return self._antecedent(_OWNER_PRONOUN[in_name.group(1).lower()], m.start)
        return self._voice_of(m) or self._owned_named_before(m) or self._role_holder(m.text, m.start) \
            or self._body_of(m) or self._owned_body(m) or self._statement_of(m) or self._named_in_next(m) \
            or self._members_body(m)

    def _owned_body(self, m: Mention) -> Entity | None:
        """The body "his federation" or "their union" is: the latest one named with that word
        ("Ferreby did not speak, but his federation later issued a statement"); "its ministry" is
        the body that owns it, and "his ministry" the minister, when none is named."""
        owned = _PRONOUN_OWNED_BODY.fullmatch(m.text)
        word = owned.group("body").lower() if owned else ""
        if word not in lexicon.org_words():
            return None
        # (else a body's own: "the Republic of Callis criticised ... what its foreign ministry called";
        # or the one who leads it: "Health Minister Dorian Wexmoor said his ministry had asked")
        whose = _OWNER_PRONOUN[owned.group("whose").lower()]
        if whose == "they":
            return None  # ("Nurses were less happy, and their union" is theirs, named or not)
        return self._org_named(word, m.start) or (
            self._antecedent(whose, m.start) if whose == "it" or word in _LED_BODIES else None)

    def _named_in_next(self, m: Mention) -> Entity | None:
        """The person a role in an article's headline or lead stands for, named with that role in
        its first paragraphs, as wire copy does: "The United Concord’s special envoy for the Sarrow Valley
        said ... “within reach,” ¶ “...,” envoy Marguerite Osterfeld told reporters"."""
        i = bisect.bisect_right(self.layout.para_starts, m.start) - 1
        first = m.text.split()[0]
        if i > 2 or first.lower() not in ("the", "a", "an") and not re.search(r"[’']s$", first) \
                and not (i == 0 and m.text == first):
            return None  # (the headline, "Envoy says", the dateline's paragraph and the one after only)
        head = re.split(r"\s+(?:for|of|in|at|on|from)\s", m.text)[0].split()[-1].lower()
        if not (head in lexicon.title_words() or is_person_noun(head)):
            return None
        hi = self.layout.paragraphs[min(3, len(self.layout.paragraphs) - 1)][1]
        j = bisect.bisect_left(self.layout.name_starts, m.end)
        return next((e for n in self.layout.names[j:] if n.mention_start < hi
                     and (e := self.registry.at.get(n.start)) is not None and e.kind == "person"
                     and head in _role_words(e.roles)), None)

    def _body_subject(self, pos: int) -> Entity | None:
        """The body, or a name that may be one, that is the subject of the sentence holding `pos`:
        "Last month the Ferrow Guide awarded Tidewrack its second star, praising what its
        inspectors called" is the Guide's."""
        n = self.layout.name_from(self.layout.sentence_floor(pos))
        e = self.registry.at.get(n.start) if n is not None and n.end < pos else None
        if e is None or e.kind == "person" or e.place or n.possessive:
            return None
        return e if _SUBJECT_VERB.match(self.text, n.end) else None

    def _statement_of(self, m: Mention) -> Entity | None:
        """Whose statement (report, letter) "the statement said" quotes: who last gave one, in this
        paragraph or the two before ("Harwell Engineering said in a statement", "President Obama
        released a statement", "In a written statement, Harwell Engineering said", "The Commission
        published its report"); None when no one did ("According to the statement, ..." says
        nothing of whose). "According to a statement from the ministry" quotes the ministry, and
        "the memo said" the one the memo was "written by"."""
        by = _PAPER_BY.match(m.text)
        if by:
            who = self.mentions.mention_after(m.start + by.end(), m.end)
            return self.resolve(who) if who is not None else None
        by = _PAPER_BY.match(self.text, m.start)
        if by and by.end() > m.end:
            # "The letter, organised by the Tallosian Academy of Sciences, says": its author in commas;
            # "A statement issued by the Foreign Ministry on behalf of the hosts read:"
            end = sentence_end(self.text, by.end(), len(self.text))
            close = self.text.find(",", by.end(), end)
            if _FOR_FAMILY.search(self.text, by.end(), end):
                return None  # "A statement released by police on behalf of his family read:": theirs
            who = self.mentions.mention_after(by.end(), close if close >= 0 else end)
            return self.resolve(who) if who is not None else None
        if _A_PAPER.fullmatch(m.text):
            # a paper not issued before: the body just speaking or acting ("The Brevanian Film Academy
            # distanced itself from the host. “...,” a statement said"), not an earlier one's author
            return self._body_just_speaking(m.start)
        if not _THE_PAPER.fullmatch(m.text):
            return None
        floor = self.layout.paragraph_floor(max(0, m.start - 1), 2)
        given = _last_match(_ISSUED_PAPER, self.text, floor, m.start)
        # the same paper with its author after it: "The memo, written by Ada Roux, was leaked.
        # “...,” the memo said." (not "a letter from Tom Berg" before "the statement said")
        written = _last_match(_PAPER_BY, self.text, floor, m.start)
        if written is not None and written.group("paper").lower() == m.text.split()[-1].lower() and (
                given is None or written.start() >= given.end()):
            who = self.mentions.mention_after(written.end(), sentence_end(self.text, written.end(), m.start))
            e = self.resolve(who) if who is not None and who.kind != "pronoun" else None
            if e is not None:
                return e
        if given is None:
            return self._body_just_speaking(m.start)
        if given.group("opening"):
            # "In a statement, Harwell Engineering said", "In a post on Friday, he wrote"
            end = sentence_end(self.text, given.end(), m.start)
            # (past an aside on the paper: "In its final report, published on Monday, the Office blamed")
            start = aside.end() if (aside := _PAPER_ASIDE.match(self.text, given.end())) else given.end()
            cues = self.layout.cues_between(start, end)
            # (the subject of its first verb: "the office called the move" is the office's)
            who = (self.mentions.cue_mention(cues[0]) if cues else None) or \
                self.mentions.mention_after(start, end)
        elif given.group("within"):
            # "X addressed it in an email"; not "figures in a report by the bank", whose author is the bank
            who = None if _BY_WHOM.match(self.text, given.end()) else \
                self.mentions.sentence_subject(given.start())
        else:
            who = self.mentions.mention_before(sentence_start(self.text, floor, given.start()), given.start())
        return self.resolve(who) if who is not None and not _THE_PAPER.fullmatch(who.text) else None

    def _body_just_speaking(self, pos: int) -> Entity | None:
        """The body reported speaking latest, from the sentence before the one holding `pos` up to
        `pos`: whose statement "the statement said" quotes ("Vossberg University said it had opened
        an inquiry. “...,” the statement said"), and for whom "a spokesperson said" speaks."""
        lo = self.layout.sentence_floor(pos)
        prev = self.layout.sentence_before(lo)
        i, j = (bisect.bisect_left(self.source_offsets, p) for p in (pos, prev))
        spoke = next((e for _, e in reversed(self.sources[j:i]) if e.kind == "organization"), None)
        if spoke is not None:
            return spoke
        # or the body the sentence before opens on, doing something else: "The Brevanian Film Academy
        # distanced itself from the host. “...,” a statement said"
        k = bisect.bisect_left(self.layout.name_starts, prev)
        n = self.layout.names[k] if k < len(self.layout.names) else None
        e = self.registry.at.get(n.start) if n is not None and n.mention_start < lo and not n.possessive and \
            _THE_ONLY.fullmatch(self.text, prev, n.mention_start) else None
        return e if e is not None and e.kind == "organization" else None

    def _collect_sources(self) -> None:
        """Named subjects, in text order: who reports something ("Ham said",
        "according to Ham"), who opens a sentence doing something ("Ham
        made it clear"), who is brought in with a role ("Ham, a retired
        pilot,") and who, already quoted, reports again under a role ("The
        senator said"). These are the people a later "he" or "she" means."""
        found: dict[int, Entity] = {}
        reported_from = -1  # where the words reported by a person named (or "he") before their verb begin
        reported: list[tuple[int, int]] = []  # each such report, to its sentence's end
        for cue in self.layout.cues:
            if self.mentions.passive_by(cue) is not None or cue.group() == "Asked":
                # "Roux was asked by Berg", "Asked by Berg whether ..., she": a later "he" still
                # means Roux, the subject
                continue
            m = self.mentions.cue_mention(cue)
            if m is not None and m.start == reported_from and m.kind == "name":
                continue  # "Holt said Berg continued to hurt his cause": Holt acts, Berg is spoken of
            after = _SPACE.match(self.text, cue.end()).end()
            asking = cue.group() in ("asked", "asks", "questioned")
            asked = self.layout.names_by_start.get(after) if asking else None
            e = self.registry.at.get(asked.start) if asked is not None and not asked.possessive else None
            if e is None and asking and (role := _THE_ROLE.match(self.text, after)) \
                    and not _TO_DO_AFTER.match(self.text, role.end()):
                # (or asked under a role: "Underhallow questioned the witness about her departure")
                e = self._role_holder(role.group(), after)
            if e is not None and _may_be_a_person(e) and \
                    not self.layout.cues_between(self.layout.sentence_floor(cue.start()), cue.start()):
                # "Castellane asked Thorold what he had warned about. “...,” he said": who answers (not
                # in someone's report: "What got to her, she said, was when a man asked Clinton why")
                found[after] = e
            if m is not None and m.kind in ("name", "pronoun") and m.end <= cue.start():
                after = _THAT.match(self.text, cue.end())
                reported_from = after.end() if after else -1
                if after and _ACTIVE_GAP.fullmatch(self.text, m.end, cue.start()):
                    # (their own verb, no passive: not "The charge against Holt is explained in")
                    reported.append((after.end(), sentence_end(self.text, after.end(), len(self.text))))
            spokesperson = m is not None and (
                _SPOKESPERSON.search(self.text, m.start, m.end) is not None
                or _SPOKESPERSON_FOR.search(self.text, max(0, m.start - 40), m.start) is not None
                or m.kind == "name"
                and _SPOKESPERSON_NAMED.search(self.text, max(0, m.start - 80), m.start) is not None)
            if m is not None and m.kind == "name" and self._in_trailing_clause(m):
                continue  # "She remembered the first appointment, when Maelstad asked her": still she
            if m is not None and m.kind == "name":
                e = self.registry.at.get(m.name.start)
                if e is not None and not (e.kind == "person" and self.mentions.object_participle(m, cue)):
                    found[m.start] = e
                    if spokesperson:
                        self._spoken_for[m.start] = e
            elif m is not None and m.kind == "nominal" and not is_participle(cue.group()) and (
                    m.end <= cue.start() or not self.text[cue.end():m.start].strip()) and not (
                    0 <= reported_from <= m.start
                    and self.layout.sentence_floor(m.start) == self.layout.sentence_floor(reported_from)
                    and not self._closing_tag(m, cue)):
                # (not one spoken of: "She said that on one occasion a manager told her staff"; but
                # a tag closing the sentence reports it: "Keel kept coming, the director said.")
                # "a voter said", "said his brother"; not "a man claiming" nor "said on the day a man"
                # (an unnamed asker is no source: "A reporter asked Sanders ... He replied")
                asker = cue.group().lower().startswith("ask")
                e = ((spokesperson and self._voice_of(m)) or self._owned_named_before(m)
                     or (not asker and self._unnamed_person(m))
                     or self._joint(m) or self._role_source(m, found) or self._body_of(m)
                     or self._body_by_word(m)
                     or (self._role_holder(m.text, m.start) if self._closing_tag(m, cue) else None))
                if e is not None:
                    found[m.start] = e
                    self._described[m.start] = m
                    if spokesperson and e.id != _UNNAMED:
                        self._spoken_for[m.start] = e
        for n in self.layout.names:
            if n.possessive and self._owns_opening(n):
                found[n.mention_start] = self.registry.at[n.start]
                continue
            if n.possessive or n.mention_start in found or n.mention_start in self.layout.doubtful \
                    or self.layout.puts_question(n.mention_start) \
                    or _ASKED_BY.fullmatch(self.text, self.layout.sentence_floor(n.mention_start),
                                           n.mention_start):
                # (whom an interviewer asks about is not who answers, nor "she" after; nor is the asker
                # in "Asked by the prosecutor, Hollis Brackenridge, whether ..., she replied")
                continue
            if self.mentions.name_before_place(max(0, n.mention_start - 60), n.end) is not None:
                continue  # "Greta Holm of Tessel, Norvale says": where she is from, not who
            # (one brought in after a preposition inside somebody's report is only spoken of: "Hesselby
            # said the unit was designed with advice from Anton Greave, a psychiatrist"; not "announced
            # that the new chief would be Anton Greave, a veteran")
            spoken_of = any(lo <= n.mention_start < hi for lo, hi in reported) and \
                _PREPOSITION_BEFORE.search(self.text, max(0, n.mention_start - 40), n.mention_start)
            if self._introduced(n) and not spoken_of \
                    or self._opens_clause(n) or self._made_to_act(n):
                e = self.registry.at.get(n.start)
                if e is not None:
                    found[n.mention_start] = e
        for put in _PUT_TO.finditer(self.text):
            # "Ms Quarry put it to Corwin Aldershaw that he had ...": he answers, and is the next "he"
            n = self.layout.names_by_start.get(put.end())
            e = self.registry.at.get(n.start) if n is not None and not n.possessive else None
            if e is not None and e.kind == "person" and not self.layout.inside_quote(put.start()):
                found[put.end()] = e
        for aged in _AGED_OPENING.finditer(self.text):
            if aged.start(1) not in found and (held := self._epithet_holder(aged, found)):
                found[aged.start(1)], self._described[aged.start(1)] = held[1], held[0]
        for role in _ROLE_OPENING.finditer(self.text):
            # "The judge was unmoved.": someone who has spoken, acting again under their role
            end = _opening_role_end(self.text, role)
            at = role.start("role")
            m = Mention(self.text[at:end], at, end, "nominal") if end else None
            if m is not None and m.start not in found and (e := self._role_source(m, found)):
                found[m.start] = e
                self._described[m.start] = m
        for owned in _OWNED_OPENING.finditer(self.text):
            # "Ruth Sandemar and her brother Pavel Sandemar ... Her brother was blunter": Pavel
            m = Mention(owned.group(1), owned.start(1), owned.end(1), "nominal")
            if m.start not in found and (e := self._owned_named_before(m)):
                found[m.start] = e
                self._described[m.start] = m
        for kin in _KIN_OPENING.finditer(self.text):
            # "My mother is 84, and she told me": the speaker's own relative, whom the text does not name
            m = Mention(kin.group(1), kin.start(1), kin.end(1), "nominal")
            # (a quote's "My own granddaughter can't afford it" is the speaker's kin, who does not act)
            if m.start not in found and not self.layout.inside_quote(m.start) \
                    and (e := self._unnamed_person(m)):
                found[m.start] = e
        for pos in sorted(found):
            self.sources.append((pos, found[pos]))
            self.source_offsets.append(pos)

    def _closing_tag(self, m: Mention, cue: re.Match) -> bool:
        """Whether a mention and its reporting verb close their sentence after a comma: ", the
        director said."."""
        return _TAG_CLOSING.match(self.text, cue.end()) is not None \
            and last_char_before(self.text, m.start) == ","

    def _epithet_holder(self, aged: re.Match, found: dict[int, Entity]) -> tuple[Mention, Entity] | None:
        """Who a description with an age opening its sentence is, when nobody named holds its
        noun: "Agnes Thornbury is elbow-deep in crabs. The 38-year-old chef, whose ..." is the
        person given that age, else the person found acting latest in this paragraph or the one
        before, who then holds the role ("the chef" later). "The 40-year-old said" with no noun is
        only someone given that age ("Nasrin Halabey, 34,")."""
        words = aged.group(1).split()
        while len(words) > 2 and not is_person_noun(words[-1]):
            words.pop()
        head = words[-1]
        if len(words) > 2 and any(head in _role_words(e.roles) for e in self.registry.entities):
            return None
        pos, age = aged.start(1), words[1].split("-")[0]
        j = bisect.bisect_left(self.layout.name_starts, pos)
        ages = self._ages_given(self.layout.names[max(0, j - 30):j])
        gender = lexicon.person_nouns().get(head) or TITLE_GENDER.get(head)
        if ages:
            e = self._of_age(ages, age)  # (a bare "The 34-year-old said" only when one is of that age)
        elif len(words) < 3:
            return None
        else:
            def fits(e: Entity | None) -> bool:
                return e is not None and _may_be_a_person(e) and not e.place \
                    and not _other_gender(e, gender)
            floor = self.layout.paragraph_floor(pos, 1)
            e = max(((at, e) for at, e in found.items() if floor <= at < pos and fits(e)),
                    key=lambda f: f[0], default=(pos, None))[1]
            if e is None:  # (nobody found acting: the first person the sentence before names)
                lo = self.layout.sentence_floor(max(0, self.layout.sentence_floor(pos) - 2))
                e = next((e for n in self.layout.names[bisect.bisect_left(self.layout.name_starts, lo):j]
                          if fits(e := self.registry.at.get(n.start))), None)
        if e is None:
            return None
        e.add_role(" ".join(words[1:]))
        end = aged.start(1)
        for w in words:
            end = self.text.index(w, end) + len(w)
        return Mention(self.text[pos:end], pos, end, "nominal"), e

    def _role_source(self, m: Mention, found: dict[int, Entity]) -> Entity | None:
        """Who a definite role opening its sentence stands for, when that person already spoke:
        in "Ida Brun called it theatre. The Tessel leader said ... “...,” she said" the later
        "she" is the leader. A role in an appositive ("Berg, the nominee, who has called"), one
        held by nobody the article has quoted, or one whose sentence names someone else, is no source."""
        layout = self.layout
        # the tag of the quote just closed ("“...,” the finance minister said") speaks for
        # itself; a role opening a sentence must be somebody already quoted
        tag = self._tags_quote(m.start)
        if not tag and not _CONNECTIVE_OPENING.fullmatch(self.text, layout.sentence_floor(m.start), m.start):
            return None
        e = self._role_holder(m.text, m.start)
        if e is None:
            return None
        modifiers = {w.lower() for w in m.text.split()[:-1]} - _GENERIC_ROLE_WORDS
        if not modifiers <= _role_words(e.roles):
            return None  # "the Rask mayor" is not the mayor of Lund, the only mayor named
        # (or a role as full as the one given: "the deputy governor for markets, Martin Oyelaran,
        # was questioned ... The deputy governor said")
        if not (tag or modifiers or any(s is e for at, s in found.items() if at < m.start)):
            return None
        # "The senator said Berg was naive, but Berg disagreed": whom a later "she" means is unclear
        # (a body is no such rival: "the coroner said she would write to the Waters Authority")
        j = bisect.bisect_left(layout.name_starts, m.end)
        end = sentence_end(self.text, m.end, layout.paragraph_of(m.end)[1])
        k = bisect.bisect_left(layout.name_starts, end)
        return None if any((o := self.registry.at.get(n.start)) is not None and _may_be_a_person(o)
                           for n in layout.names[j:k]) else e

    def _tags_quote(self, pos: int, min_words: int = 4) -> bool:
        """Whether `pos` opens the tag of a quoted sentence or more just closed by a comma, a
        question or an exclamation ("“This is a budget for the ports,” the minister said"),
        not of a chant ("to chants of “Orsa! Orsa!,” the senator said her campaign ...");
        an age ("“Sorry,” the 23-year-old said") tags even a word or two."""
        layout = self.layout
        i = bisect.bisect_right(layout.span_starts, pos) - 1
        if i < 0 or self.text[layout.spans[i].after:pos].strip():
            return False
        quoted = self.text[layout.spans[i].start:layout.spans[i].end]
        return quoted[-1:] in ",?!" and len(quoted.split()) >= min_words

    def _learn_genders(self) -> None:
        """A source whose forename tells no gender ("Kim Tal said"), or who is named by surname
        alone ("Pask laughed"), takes it from the first "he" or "she" outside quotes within 400
        characters, or "his" or "her" in the same sentence ("says it changed her life"), unless
        someone else is named or speaks ("his wife said") before it."""
        for k, (at, e) in enumerate(self.sources):
            if e.gender or not _may_be_a_person(e) or at in self._described:
                continue  # (a role read as someone may be wrong: "the surgeon said ... she continued")
            # up to the next person who could be meant (not "St. Ivel's Hospital, where he had operated")
            j = bisect.bisect_right(self.layout.name_starts, at)
            other = next((n.mention_start for n in self.layout.names[j:j + 8]
                          if (o := self.registry.at.get(n.start)) is None
                          or o is not e and _may_be_a_person(o)), len(self.text))
            limit = min(other, self.source_offsets[k + 1] if k + 1 < len(self.sources) else len(self.text))
            for w in _GENDERED.finditer(self.text, at, min(limit, at + 400)):
                word = w.group().lower()
                if not self.layout.inside_quote(w.start()) and (word in PRONOUNS or self._own(at, w)):
                    e.gender = GENDER_OF[word]
                    break

    def _own(self, at: int, possessive: re.Match) -> bool:
        """Whether a possessive is the source's at `at`: before a noun, in its sentence, after its
        verb if it has one ("Tal, a deckhand, says it changed her life"), with nobody else brought
        in before it ("Tal said to the nominee, who began his speech"; "Tal conceded. Her brother
        said"; "unfair to her")."""
        pos = possessive.start()
        if pos >= sentence_end(self.text, at, pos + 1) or not _NOUN_NEXT.match(self.text, possessive.end()):
            return False
        cues = self.layout.cues_between(at, pos)
        between = self.text[cues[0].end() if cues else at:pos].lower()
        return not re.search(r"\b(?:who|whom|whose|which)\b", between) and \
            not any(is_person_noun(w) for w in re.findall(r"[a-z]+", between))

    def _unnamed_person(self, m: Mention) -> Entity | None:
        """A stand-in for the person behind "my father said" or "a voter said" when the
        article never names them, or keeps unnamed ("said the woman, who spoke on condition of
        anonymity"): a later "he" means that person, not someone named before."""
        words = m.text.lower().split()
        # the noun before what places it: "a woman in the queue", "a nurse at the clinic"
        head = words[next((k for k, w in enumerate(words[1:], 1) if w in PREPOSITIONS), len(words)) - 1]
        new = _NEW_PERSON.match(words[0]) and last_char_before(self.text, m.start) != ","
        if not is_person_noun(head) or not (new or _KEPT_UNNAMED.match(self.text, m.end)):
            return None  # "the man", "Yin May, a doctor,": maybe someone already named
        return Entity(_UNNAMED, "person", "", "", gender=lexicon.person_nouns().get(head))

    def _joint(self, m: Mention) -> Entity | None:
        """A stand-in for people who spoke together ("Velkov and Hale said"): a later "they"
        means them, so it goes to no one of them nor to a body named before."""
        return Entity(_JOINT, "person", "", "") if self.mentions.is_joint(m) else None

    def _introduced(self, n: Name) -> bool:
        """A name followed by an indefinite role in commas that ends its sentence or leads
        on to a verb: "Tomas Berg, a retired pilot." but not "rescued Berg, a pilot, during";
        a name given to a person ("a resident named Ada"); one brought in after "is" or "was"
        ("Among those sheltering was Lorna Beck, who"); one doing something when it happened ("a farm
        owned by Eskil Tandberg, who was milking his cows"); or whose view a sentence gives:
        "To Ana Rell, ..." """
        if self.text.startswith(",", n.end) and \
                _IN_THE_VIEW_OF.search(self.text, max(0, n.mention_start - 90), n.mention_start):
            # "To pollster Ana Rell, the result looked like heartbreak": her view follows (but in "To
            # Kasimir Dravnik, he said:" he is spoken to)
            return not _PRONOUN_NEXT.match(self.text, n.end)
        named = _NAMED_AS.search(self.text, max(0, n.mention_start - 160), n.mention_start)
        if named and is_person_noun(named.group(1)):
            return True  # "a 52-year-old Tessel resident named Ada": the person the story turns to
        if _WITH_AGE.match(self.text, n.end) and \
                _COPULA_BEFORE.search(self.text, max(0, n.mention_start - 20), n.mention_start):
            return True  # "Across town is Wayne Holt, a 33-year-old canvasser and “child of the '80s” who"
        if _WHO_WAS_DOING.match(self.text, n.end) and \
                _HELD_BY_OWNER.search(self.text, max(0, n.mention_start - 16), n.mention_start):
            return True  # "a farm owned by Eskil Tandberg, who was milking his cows when the plane came down"
        if self.text.startswith(", who", n.end) and (_PLACED_BEFORE.fullmatch(
                self.text, self.layout.sentence_floor(n.mention_start), n.mention_start) or (
                (role := _A_ROLE_COMMA.search(self.text, max(0, n.mention_start - 60), n.mention_start))
                and is_person_noun(role.group(1)))):
            # "Among those sheltering was Lorna Beck, who", "the jury heard from a care assistant,
            # Lotte Vinsgaard, who": the person the story turns to
            return True
        ap = _APPOSITIVE.match(self.text, n.end)
        loose = _A_ROLE_NEXT.match(self.text, n.end) if ap is None else None
        if loose is not None and any(is_person_noun(w) for w in loose.group(1).lower().split()):
            # the role runs on to the sentence's end: "recognised Teodor Ilic, a sound editor who won
            # for “Paper Lantern.”" (not "on Cinco de Mayo, a day on which")
            end = sentence_end(self.text, n.end, self.layout.paragraph_of(n.end)[1])
            return "," not in self.text[n.end + 1:end]
        if ap is None or not ap.group(1).startswith(("a ", "an ")):
            # "Henry Voss, president of the Harbour Caucus.": a bare title ending the sentence
            bare = _BARE_ROLE.match(self.text, n.end)
            return bare is not None and bare.group(1).lower() in lexicon.title_words()
        said = ap.group(1).lower().split()
        if not _PLACE_NOUNS.isdisjoint(said) and \
                not any(is_person_noun(w) or _AGE.fullmatch(w) for w in said):
            return False  # "at Cassel Moor, a fortified settlement abandoned long ago,": a place
        nxt = next_word(self.text, ap.end())
        # (or a clause about them follows: "belongs to Bronagh Tully, a former headteacher, who has";
        # not after somebody acting on them: "Ana Roux lodged the complaint against Bronagh Tully")
        return self.text[ap.end() - 1] == "." or (nxt != "" and (
            nxt.lower() not in lexicon.stop_words() or nxt == "who" and not self._person_before(n)))

    def _in_trailing_clause(self, m: Mention) -> bool:
        """Whether a name opens a clause trailing a sentence whose subject is "he" or "she": the
        sentence stays about them ("She remembered the first appointment, when Maelstad asked her")."""
        floor = self.layout.sentence_floor(m.start)
        # (only when the clause acts on them: "when Maelstad asked her"; in "He stepped aside, as
        # Piet Kessler told members" Kessler speaks)
        return _SUBJECT_PRONOUN.match(self.text, floor) is not None and \
            _TRAILING_CLAUSE.search(self.text, floor, m.start) is not None and \
            _ACTS_ON_THEM.match(self.text, m.end) is not None

    def _person_before(self, n: Name) -> bool:
        """Whether somebody is named earlier in the sentence of `n`."""
        i, j = (bisect.bisect_left(self.layout.name_starts, p)
                for p in (self.layout.sentence_floor(n.mention_start), n.mention_start))
        return any((e := self.registry.at.get(m.start)) is not None and e.kind == "person"
                   for m in self.layout.names[i:j])

    def _owns_opening(self, n: Name) -> bool:
        """Whether a person's possessive opens a sentence about something of theirs: in "Tolvan's
        final season was billed as a farewell, but he insisted" the "he" is Tolvan (not in "Tolvan's
        coach said", where the coach acts, nor "Tolvan's campaign said", a voice of its own)."""
        e = self.registry.at.get(n.start)
        head = _OWNED_THING.match(self.text, n.end)
        s_lo = self.layout.sentence_floor(n.mention_start)
        # (the sentence going on with what they did: "..., but he insisted"; not "Hale’s injury was
        # worse than feared. “He will miss a month,” he said", the coach speaking of him)
        return e is not None and e.kind == "person" and head is not None \
            and not names_people(head.group(1)) and not VOICE.fullmatch(head.group(1)) \
            and not self.text[s_lo:n.mention_start].strip(" “\"") \
            and _BUT_THEY.search(self.text, n.end, sentence_end(self.text, n.end, len(self.text))) is not None

    def _made_to_act(self, n: Name) -> bool:
        """A name brought in as the one a sentence makes act: "The exchange prompted the
        Speaker, Sir Hamish Dunleavy, to intervene", whom a "he" after it means (a person: in "She
        urged Medivo to contact patients" the company is no "she")."""
        e = self.registry.at.get(n.start)
        return e is not None and e.kind == "person" and _TO_ACT.match(self.text, n.end) is not None and \
            _MADE.search(self.text, max(0, n.mention_start - 60), n.mention_start) is not None

    def _opens_clause(self, n: Name) -> bool:
        """A name opening its sentence or clause, a verb-like word after it: "Ham made it clear",
        "Velmark's foreign minister, Ada Roux, plays down the risk"."""
        if _WITH_KIN.search(self.text, max(0, n.mention_start - 40), n.mention_start) or self._addressed(n):
            return False  # "speaking with his wife, Ines, beside him, said": she is with him (or
            # written to: "In a letter to her sister, Hedda, ... she described")
        # the name in commas after its title: the title opened the sentence, the name is its subject
        title = _title_in_commas(self.text, n)
        # (or a clause in commas follows too: ", who commissioned it, is more blunt")
        after = (title and _SUBJECT_AFTER.match(self.text, n.end + 1)) or \
            _SUBJECT_AFTER.match(self.text, n.end)
        if after is None or _LOWER_WORD.match(self.text, after.end() - 1).group() in lexicon.title_words():
            return False  # "Former Velmark governor Ada Roux": a place before a role, not a subject
        # "Her husband, the sculptor Anand Roe, appears": the title's commas open the sentence
        end = title.end(1) + 1 if title else n.mention_start
        before = drop_role_words(self.text[max(0, end - 160):end])
        last = n.words[-1]
        if n.kind == "organization" and (last.lower() in lexicon.org_words()
                                         or last.isupper() and len(last) > 2):
            # "The Harbour Board is defending the fee", "The DNC issued"; not "the PR effort"
            # nor "the American-born children", whose "the" belongs to the noun after them
            before = _THE_END.sub("", before)
        if not before or _SUBJECT_BEFORE.search(before):
            return True
        # a transcript turn's first words: "SØREN HOLM: Klaus was a giant."
        p_lo = self.layout.paragraph_of(n.mention_start)[0]
        label = speaker_label(self.text, p_lo)
        return label is not None and label.end() == n.mention_start

    def _voice_of(self, m: Mention) -> Entity | None:
        """Whom a spokesperson, an office or a campaign speaks for: "Rell’s office",
        "a Velmark Party spokeswoman", "a spokesman for Harbour Lines", "his campaign"
        are that person or organisation; "the Rell campaign" is an organisation of its own.
        An aide or a source speaking on condition of anonymity speaks for nobody named."""
        text = self.text
        found = list(VOICE.finditer(text, m.start, m.end))
        if not found:
            return None
        # the voice noun that ends the mention ("the Audit Office report"), else the first one, as
        # a spokesperson always is ("a spokeswoman for the office")
        voice = found[-1] if found[-1].end() == m.end and not _SPOKESPERSON.fullmatch(found[0].group()) \
            else found[0]
        head = voice.group(1).lower()
        if voice.end() == m.end:
            # the voice noun ends the mention: whose voice is named just before it
            before = text[m.start:voice.start()]
            owner = re.fullmatch(r"(?:(?:the|a|an|one)\s+)?(?P<pron>his|her|its|their)?\s*", before, re.I)
            if owner and owner.group("pron") and head != "campaign":
                pronoun = _OWNER_PRONOUN[owner.group("pron").lower()]
                return self._antecedent(pronoun, m.start)
            role = re.fullmatch(r"([Tt]he\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)[’']s?\s*", before)
            if role and head != "campaign":
                # "the prime minister's office", "the company's spokesman": whoever that is
                return self.resolve(Mention(role.group(1), m.start, m.start + len(role.group(1)), "nominal"))
            if re.fullmatch(r"an?\s+", before, re.I) and _SPOKESPERSON.fullmatch(voice.group()):
                # "The Kelvardin Constabulary said officers were aware. “...,” a spokesperson said"
                return self._body_just_speaking(m.start)
            if re.fullmatch(r"the\s+", before, re.I) and _SPOKESPERSON.fullmatch(voice.group()):
                # "A spokesman for Harbour Lines said ... “...,” the spokesman said": Harbour Lines
                at = max((at for at in self._spoken_for if at < m.start), default=None)
                # (or one given the role since: "The coast guard has its own spokeswoman, Hedda Lorne.")
                holder = self._role_holder(m.text, m.start)
                before_it = self.layout.names[:bisect.bisect_left(self.layout.name_starts, m.start)]
                if holder is not None and holder.kind == "person" and any(
                        self.registry.at.get(n.start) is holder
                        and not _DECLINED.match(self.text, n.end, sentence_end(self.text, n.end, m.start))
                        for n in before_it if (at if at is not None else -1) < n.start < m.start):
                    return holder  # (not "X's spokeswoman, Ada Roux, declined to comment")
                return self._spoken_for[at] if at is not None else None
            body = re.fullmatch(r"(?:an?|the)\s+([a-z]+)\s+", before, re.I)
            if body and (body.group(1) in lexicon.org_words() or body.group(1) in lexicon.business_nouns()):
                # "a ministry spokesman", "a company spokeswoman": the ministry or company named before
                return self._org_named(body.group(1), m.start)
            # (after what kind of paper it is: "The Pellgrave Institute’s own news release")
            n = self.layout.names_by_end.get(m.start + len(_PAPER_KIND_AFTER_OWNER.sub("", before)))
            if n is None or n.mention_start < m.start:
                return None
            if before[:4].lower() == "the " and _SPOKESPERSON.fullmatch(voice.group()) and \
                    (holder := self._role_holder(m.text, m.start)) is not None:
                return holder  # "the Tessaline spokeswoman" after "Tessaline spokeswoman Annika Roue"
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
        n = self.layout.names_by_end.get(m.end) if owner else None
        if n is None or voice.end() + owner.end() != n.mention_start:
            # "a spokesman for the company": whichever body that is
            body = _FOR_BODY.fullmatch(text, voice.end(), m.end)
            if body is None:
                return None
            named = self.layout.names_by_start.get(body.start("name"))  # ("the Hemmark chain")
            if named is not None and (e := self.registry.at.get(named.start)) is not None \
                    and e.kind != "person" and not (body.group(1).count(" ") > 1
                                                    and body.group(1).split()[-1] in lexicon.public_bodies()):
                # (a body of the place named is the body: "for the Corvenian interior ministry")
                return e
            return self.resolve(Mention(body.group(1), body.start(1), body.end(1), "nominal"))
        return self.registry.at.get(n.start)

    def _antecedent(self, pronoun: str, pos: int) -> Entity | None:
        """Who a pronoun outside the quotes stands for. "I" and "we" there are the writer
        and the outlet ("“...,” I told the judge"), whom the text does not name; but "I" in a
        transcript's turn is whoever its label names ("VOLKOVA: ... I thought, “...”")."""
        if pronoun == "i":
            return self._label_speaker(pos)
        if pronoun == "we":
            return None
        if pronoun in ("he", "she") and self._unnamed_opening(pos, PRONOUNS[pronoun]):
            return None
        if pronoun in ("he", "she") and (e := self._dashed_subject(pos, PRONOUNS[pronoun]) or
                                         self._one_named_before(pos, PRONOUNS[pronoun])) is not None:
            return e
        i = bisect.bisect_left(self.source_offsets, pos)
        if pronoun == "they" and i and self.sources[i - 1][1].id == _UNNAMED \
                and self.sources[i - 1][0] >= self.layout.paragraph_floor(pos, 1):
            return None  # "One engineer said morale was low. “...,” they said": that engineer
        floor = self.layout.sentence_floor(pos)
        if pronoun == "it" and floor > 0 and _QUOTE_ONLY.fullmatch(self.text, floor, pos) and \
                bisect.bisect_left(self.source_offsets, self.layout.sentence_before(floor)) == i and \
                (body := self._lower_body_before(floor) or self._body_opening_before(pos)
                 or self._body_word_before(floor)):
            # the subject of a sentence before, reporting nothing, whoever spoke last (not in "The
            # Council voted, the central bank said. It said")
            return body
        e = self._nearest(pos, PRONOUNS.get(pronoun), personal=pronoun in ("he", "she"))
        if e is None and pronoun == "it":
            return self._body_opening_before(pos)
        if pronoun in ("it", "they") and e is not None and e.kind == "person":
            doc = _IN_DOCUMENT.search(self.text, max(self.layout.paragraph_of(pos)[0], pos - 200), pos) \
                if pronoun == "it" and _GOES_ON.match(self.text, pos) else None
            issuer = _BODY_WORD_END.search(self.text, max(0, doc.start() - 40), doc.start()) if doc else None
            if doc and not (issuer and issuer.group(1).lower() in lexicon.org_words()):
                return e  # "“...,” Berg wrote in the affidavit. It continued:": the author's document
                # (not "Pollard did not appear, but the club issued a statement. “...,” it read")
            if pronoun == "it":
                # "The Courier reported that Berg said he was gathering material. It added, “...”";
                # "The ministry sought to soften Pell’s comments. In a statement, it said:"
                # (or "The association has filed a challenge. In its filing, it argues")
                return self._body_in_paragraph(pos) or self._body_opening_before(pos) \
                    or self._body_word_before(self.layout.sentence_floor(pos))
            return None  # "the memo ... it reads", "they wrote": a document or a group, not that person
        if pronoun == "they" and e is not None and e.place and e.kind != "organization" \
                and not self._still_acting(e, pos):
            # "Protesters marched through Velmark. They chanted": not the town; but in "Velmark
            # were beaten in Tessel. They said" the team that was the subject
            return None
        return e

    def _addressed(self, n: Name) -> bool:
        """Whether a name in commas follows the person it is written to or heard from: "In a letter
        to her sister, Hedda," (not "for his campaign, Ada Roux,"), or is spoken to: "To Kasimir
        Dravnik, he said"."""
        kin = _ADDRESSED_KIN.search(self.text, max(0, n.mention_start - 40), n.mention_start)
        # (or opens a sentence that speaks to them: "To Kasimir Dravnik, he said:")
        return kin is not None and is_person_noun(kin.group(1)) or (
            _TO_WHOM.fullmatch(self.text, self.layout.sentence_floor(n.mention_start),
                               n.mention_start) is not None
            and _PRONOUN_NEXT.match(self.text, n.end) is not None)

    def _one_named_before(self, pos: int, gender: str) -> Entity | None:
        """The one person named earlier in the sentence of a "he" or "she" that does not open it,
        when that person is of `gender` and nobody else is named there: "She described a text
        message Kessweather sent, in which he wrote: “...”" is Kessweather, whoever spoke before.
        A sentence opening on a pronoun that can be the one meant has its subject already."""
        lo = self.layout.sentence_floor(pos)
        opening = _SUBJECT_PRONOUN.match(self.text, lo)
        if opening and PRONOUNS.get(opening.group(1).lower()) in (gender, None) \
                or any(q in self.text[lo:pos] for q in "“”\"") \
                or _WHOM_BEFORE.search(self.text, max(0, pos - 8), pos) \
                or _ASKED_OPENING.match(self.text, lo):
            # (not "Rubio, who he dubbed" nor "Asked by Kolb whether she would, she said": the one
            # named is whom the speaker speaks of, or who asks)
            return None
        j, k = (bisect.bisect_left(self.layout.name_starts, p) for p in (lo, pos))
        # (not whom the one meant wrote to: "In a letter to her sister, Hedda, she described")
        people = {e.id: e for n in self.layout.names[j:k] if (e := self.registry.at.get(n.start)) is not None
                  and _may_be_a_person(e) and not e.place and not n.possessive
                  and not self._addressed(n)}
        if len(people) != 1:
            return None
        (e,) = people.values()
        return e if e.gender == gender else None

    def _dashed_subject(self, pos: int, gender: str) -> Entity | None:
        """The name opening a sentence that a dash and a quote with its "he" or "she" interrupt:
        "Dorrance — “I only judged the ones with glitter,” she joked — said ..." is Dorrance."""
        lo = self.layout.sentence_floor(pos)
        n = self.layout.name_from(lo)
        if n is None or not _DASH_ASIDE.fullmatch(self.text, n.end, pos) \
                or self.text[lo:n.mention_start].strip():
            return None
        e = self.registry.at.get(n.start)
        return e if e is not None and _may_be_a_person(e) and not _other_gender(e, gender) else None

    def _body_opening_before(self, pos: int) -> Entity | None:
        """The organisation opening the sentence before the one of an "it": "The Brennhaven
        Ministry of Humanitarian Affairs blamed the Brigades. Its statement was brief:" is the
        ministry's."""
        lo = self.layout.previous_sentence(pos)
        n = self.layout.name_from(lo)
        if n is None or n.mention_start >= pos or not _THE_ONLY.fullmatch(self.text, lo, n.mention_start):
            return None
        if n.possessive and (owned := _POSSESSIVE_GAP.match(self.text, n.end)):
            n = self.layout.names_by_start.get(owned.end()) or n  # "Tarsland’s Ministry of Defence"
        e = self.registry.at.get(n.start)
        return e if e is not None and e.kind == "organization" else None

    def _lower_body_before(self, floor: int) -> Entity | None:
        """The body written in lower case after its owner that opens, as its subject, the sentence
        before the one starting at `floor`: "The Drovanian defence ministry was more guarded.
        “...,” it said" is the ministry, not Drovania."""
        opening = _LOWER_BODY_OPENING.match(self.text, self.layout.sentence_before(floor), floor)
        words = opening.group(2).split() if opening else []
        # the body's word, then a verb: the ministry of "The Drovanian defence ministry was"
        k = next((k for k in (1, 2) if k < len(words) and words[k - 1] in lexicon.org_words()), 0)
        if not k:
            return None
        phrase = " ".join([opening.group(1)] + words[:k])
        return self._body_of(Mention(phrase, opening.start(1), opening.start(1) + len(phrase), "nominal"))

    def _body_word_before(self, floor: int) -> Entity | None:
        """The body a lone word for it stands for when it opens, as its subject, the sentence before
        the one starting at `floor`: "The regulator rejected that defence. “...,” it said"."""
        opening = _BODY_WORD_OPENING.match(self.text, self.layout.sentence_before(floor), floor)
        if opening is None or not (opening.group(1) in lexicon.org_words()
                                   or opening.group(1) in lexicon.business_nouns()):
            return None
        return self._org_named(opening.group(1), opening.start(1))

    def _label_speaker(self, pos: int) -> Entity | None:
        """Whom the transcript label opening the paragraph of `pos` names ("VOLKOVA: "), if any."""
        label = speaker_label(self.text, self.layout.paragraph_of(pos)[0])
        n = read_label(self.text, label.start(1), label.end(1)) if label else None
        return self.registry.add(n) if n is not None else None

    def _still_acting(self, e: Entity, pos: int) -> bool:
        """Whether `e` was a source before `pos` with no people in the plural opening a sentence
        since: in "Velmark announced ... Shares fell in Velmark. They added" Velmark still acts,
        after "Protesters marched through Velmark." they are the protesters."""
        i = bisect.bisect_left(self.source_offsets, pos)
        last = next((at for at, s in reversed(self.sources[:i]) if s is e), None)
        heads = _SENTENCE_HEAD.finditer(self.text, last or 0, pos)
        return last is not None and not any(people_plural(w) for m in heads for w in m.group(1).split())

    def _body_in_paragraph(self, pos: int) -> Entity | None:
        """The organisation last reporting something in the paragraph before `pos` (or in the
        paragraph before, when "it" opens its own: "Castellan said it remained committed. Its chief
        executive did not attend. ¶ It added: “...”")."""
        lo = self.layout.paragraph_of(pos)[0]
        if not self.text[lo:pos].strip():
            lo = self.layout.paragraph_floor(pos, 1)
        i = bisect.bisect_left(self.source_offsets, pos)
        j = bisect.bisect_left(self.source_offsets, lo)
        at, body = next(((at, e) for at, e in reversed(self.sources[j:i]) if e.kind == "organization"),
                        (pos, None))
        # "The Courier reported that Berg got a memo. “...,” it says": the memo speaks
        return None if _DOCUMENT.search(self.text, at, pos) else body

    def _unnamed_opening(self, pos: int, gender: str) -> bool:
        """Whether the sentence of a "he" or "she" at `pos`, or the one before when the pronoun
        opens its own, opens on somebody unnamed who can be meant: "My mother has softened, but
        she still says", "One critic praised it. She is wary": that person, not one named before."""
        lo = self.layout.sentence_floor(pos)
        if _QUOTE_ONLY.fullmatch(self.text, lo, pos) and lo > 0:
            # the pronoun opens its sentence, or follows only the quote it tags: “...,” she said
            lo = self.layout.sentence_before(lo)
        owned = _OWNED_OPENING_WORDS.match(self.text, lo, pos) or \
            _NAME_OWNED_OPENING.match(self.text, lo, pos)
        if owned and self._owned_named_before(Mention(owned.group(), lo, owned.end(), "nominal")):
            return False  # "Her brother was blunter" after "and her brother Pavel Sandemar"
        m = _UNNAMED_OPENING.match(self.text, lo, pos)
        if m and _SAID_OF_PRONOUN.match(self.text, m.end()):
            return False  # "A retired electrician, he said": what the one named before is
        if m and m.group(0)[:3].lower() in ("his", "her") and _TAGGED_ASIDE.match(self.text, m.end(1)):
            # "His father, he said, learned the recipe": the pronoun tags the words, the father is
            # only spoken of, there and in the sentence after
            return False
        # the first word of up to three that is a person's: "One retired critic", "A 19-year-old"
        words = m.group(1).split() if m else []
        # (or one of several: "One of the engineers who lost his job")
        noun = next((w for w in words if is_person_noun(w) or _AGE.fullmatch(w)
                     or words[0] == "of" and names_people(w)), None)
        if noun is None or lexicon.person_nouns().get(noun) not in (None, gender):
            return False
        at = m.start(1) + m.group(1).index(noun)
        if _ATTACHED.match(self.text, at + len(noun)):
            return False  # "A rider attached to the spending package": a clause, nobody
        if _SPOKESPERSON_FOR.match(self.text, at, at + len(noun) + 5) or _SPOKESPERSON.fullmatch(noun):
            return False  # "A spokesman for the Wexmoor Association", "A company spokeswoman": for a body
        # "Her brother, city councillor Piet Brandt, ... he said": named after all
        # (or "According to Maren Oskelund, a researcher at ...,": named before it)
        j, k = (bisect.bisect_left(self.layout.name_starts, p) for p in (lo, pos))
        # (not whose relative it is: "Birgit Sandvoll's husband")
        # (nor a name in a description ending on its noun: "A senior Unity and Progress official")
        within = m.end(1) if is_person_noun(words[-1]) else m.start(1)
        return not any((e := self.registry.at[n.start]).kind != "organization" and not e.place
                       and not n.possessive and not m.start(1) <= n.start < within
                       and not _WHERE_FROM.search(self.text, max(0, n.mention_start - 10), n.mention_start)
                       and not (_ON_BEFORE.search(self.text, max(0, n.mention_start - 4), n.mention_start)
                                and (lexicon.place_shaped(n.words)
                                     or e.kind != "person" and not lexicon.is_forename(n.words[0])))
                       for n in self.layout.names[j:k])

    def _nearest(self, pos: int, gender: str | None, personal: bool) -> Entity | None:
        """Who "he", "she" or a description such as "the Dutch businessman" (a `personal`
        mention), or "it" or "they", before `pos` is: the latest source that can be it, else
        the latest such name."""
        i = bisect.bisect_left(self.source_offsets, pos)
        for at, e in reversed(self.sources[max(0, i - 12):i]):
            if personal and (e.kind == "organization" and at not in self._spoken_for
                             or (e.place and e.kind != "person")
                             or _other_gender(e, gender)):
                continue
            if e.id == _UNNAMED:
                if personal and gender and self._speaks_of(at, gender):
                    continue  # "one juror called her performance “...”. ... she said": not the juror
                if personal and (at >= self.layout.paragraph_floor(pos, 1)
                                 or not self._anyone_named(at, pos, gender)):
                    return None  # "my father often said ... He also told": nobody to name
                # a passer-by quoted once is no longer who "she" means paragraphs later, once
                # others who could be "she" have been named
                continue
            if e.id == _JOINT:
                if personal:
                    continue  # "he" is one of them, or somebody before
                return None  # "Velkov and Hale said ... they said": both, whom no one name covers
            if personal and e.kind != "person" and (n := self.layout.names_by_start.get(at)) is not None \
                    and _WHICH_NEXT.match(self.text, n.end):
                continue  # "Ledgerwynd, which Holtgrave started in 2012, has been": a thing
            subject = self._subject_before(pos, gender) if personal else None
            if gender and e.gender is None:
                return subject or self._named_since(at, pos, gender) or e
            return subject or e
        # nobody spoke before: the subject of the sentence before, else the nearest person named before
        if personal and (subject := self._subject_before(pos, gender)) is not None:
            return subject
        j = bisect.bisect_left(self.layout.name_starts, pos)
        for n in reversed(self.layout.names[max(0, j - 30):j]):
            e = self.registry.at.get(n.start)
            if e is None or e.kind == "organization" or _other_gender(e, gender):
                continue
            if personal and e.kind != "person" and (len(e.name.split()) < 2 or e.place) and \
                    not (gender and lexicon.forename_gender(e.name) == gender and self._kin_named(n)):
                continue  # a lone capitalised word ("Brussels") is no antecedent for "he"; "his wife, Ivana," is
            if personal and gender and e.kind != "person" and not e.gender and not e.roles \
                    and not lexicon.is_forename(e.name.split()[0]) \
                    and (_VENUE_BEFORE.search(self.text, max(0, n.mention_start - 12), n.mention_start)
                         or n.possessive and _NAME_NEXT.match(self.text, n.end)):
                continue  # nor where something is, or whose someone named is, with no forename or role
                # given ("waiting lists at Harrowgate General", "HarbourCast Live’s Mara Lind")
            if personal and e.kind != "person":
                # "When Kristof Almqvist met Zorbo Quenn, he said": the subject, not a name of unknown kind
                return self._person_opening(n, gender) or e
            return e
        return None

    def _speaks_of(self, at: int, gender: str) -> bool:
        """Whether the unnamed source at `at`, of no known gender, speaks in its sentence of someone
        of `gender`: "one juror called her performance “...”" (not "said the woman, who feared
        her employer would know")."""
        described = self._described.get(at)
        noun = described.text.split()[-1].lower() if described else ""
        if (lexicon.person_nouns().get(noun) or TITLE_GENDER.get(noun)) is not None:
            return False
        end = sentence_end(self.text, at, len(self.text))
        return _SPOKEN_OF[gender].search(self.text, at, end) is not None

    def _anyone_named(self, lo: int, hi: int, gender: str | None) -> bool:
        """Whether text[lo:hi] names someone who could be "he" or "she" (of `gender`): a person,
        or a name of unknown kind that is no place ("living in California" names nobody)."""
        j = bisect.bisect_right(self.layout.name_starts, lo)
        k = bisect.bisect_left(self.layout.name_starts, hi)
        return any((e := self.registry.at.get(n.start)) is not None and _may_be_a_person(e)
                   and not _other_gender(e, gender)
                   for n in self.layout.names[j:k])

    def _person_opening(self, n: Name, gender: str | None) -> Entity | None:
        """The person named in full as the subject opening the sentence of `n`, before it, when of
        `gender` ("Kristof Almqvist visited", "When Kristof Almqvist visited"): likelier what "he" or
        "she" means than a name that says nothing of being a person's, however near; not a name
        after a preposition ("During an interview with Ada Roux, Tom Berg said")."""
        lo = self.layout.sentence_floor(n.mention_start)
        first = self.layout.names[bisect.bisect_left(self.layout.name_starts, lo)]
        e = self.registry.at.get(first.start)
        if first is n or first.kind != "person" or len(first.words) < 2 or first.possessive or e is None \
                or e.kind != "person" or _other_gender(e, gender) \
                or not _CLAUSE_OPENING.fullmatch(self.text, lo, first.mention_start):
            return None
        return e

    def _kin_named(self, n: Name) -> bool:
        """Whether a person noun and a comma come right before the name: "his first wife, Ivana",
        "her son, Mario"; not "their cow, Grace" nor "his yacht, Marina"."""
        before = _NOUN_COMMA.search(self.text, max(0, n.mention_start - 30), n.mention_start)
        return before is not None and is_person_noun(before.group(1))

    def _subject_before(self, pos: int, gender: str | None) -> Entity | None:
        """The person opening, as its subject, the sentence right before the one of the "he" or
        "she" at `pos`, a sentence with no quote and nobody else speaking in it: "Retired
        boatbuilder Hamish Tolland, 81, bought screws he did not need. “...,” he said" is
        Tolland, not whoever spoke before him. When that sentence itself goes on with "she", the
        one before it is read, and the "she" sentence may hold her own quote ("X was more guarded.
        She told the Post that the ruling set “...”")."""
        floor = self.layout.sentence_floor(pos)
        if _QUOTE_ONLY.fullmatch(self.text, floor, pos) is None or floor == 0:
            return None
        lo, hi = self.layout.sentence_before(floor), floor
        dateline = DATELINE.match(self.text, lo)
        if dateline and self.text[lo:dateline.end()].split(",")[0].isupper():
            lo = dateline.end()  # "PELLMOUTH, Vastria - At a rally, Tomas Ulrich showed"
        opening = _SUBJECT_PRONOUN.match(self.text, lo)
        if opening and PRONOUNS.get(opening.group(1).lower()) == gender and lo > 0:
            # "Among those waiting was Samira, 34. She asked that her name not be published. “...,”
            # she said": the sentence before the one going on with "she"
            hi, lo = lo, self.layout.sentence_before(lo)
        if "“" in self.text[lo:hi] or '"' in self.text[lo:hi]:
            return None  # (a quote in the sentence going on with "she" is hers: "She told the Post that
            # the ruling set “a very generous standard”")
        j = bisect.bisect_left(self.layout.name_starts, lo)
        role = _ROLE_SUBJECT.match(self.text, lo, hi)
        words = role.group(2).split() if role else []
        k = next((k for k in range(1, len(words)) if words[k - 1] in lexicon.title_words()
                  or is_person_noun(words[k - 1])), 0)
        if k and not (j < len(self.layout.names) and self.layout.names[j].mention_start < hi) \
                and not self.layout.cues_between(lo, hi):
            # "The imam puts the rise down to rents. “...,” he said": the imam named before
            e = self._role_holder(" ".join([role.group("the")] + words[:k]), role.start("the"))
            return e if e is not None and e.kind == "person" and not _other_gender(e, gender) else None
        if j >= len(self.layout.names) or self.layout.names[j].mention_start >= hi:
            return None
        n = self.layout.names[j]
        if n.possessive and j + 1 < len(self.layout.names) and self.layout.names[j + 1].mention_start < hi:
            j += 1  # "Castellow's neighbour, potato farmer Ilse Rennick, was more measured"
            n = self.layout.names[j]
        if j + 1 < len(self.layout.names) and len(n.words) == 1 and n.kind == "unknown" \
                and _CAPITAL_ROLE.fullmatch(self.text, n.end, self.layout.names[j + 1].mention_start):
            n = self.layout.names[j + 1]  # "Retired boatbuilder Hamish Tolland": the capital opens a role
        if _ASKED_OPENING.match(self.text, lo):
            # "Asked whether Kestrava would stay, the spokeswoman declined": not Kestrava; but in
            # "Asked whether he feared Tom Berg, who has called it a hoax, Ban demurred" Ban answers
            k = bisect.bisect_left(self.layout.name_starts, hi)
            last = self.layout.names[k - 1]
            e = self.registry.at.get(last.start)
            answers = e is not None and e.kind == "person" and not last.possessive and \
                not _other_gender(e, gender) and self.text[lo:last.mention_start].endswith(", ") and \
                _ANSWERS.fullmatch(self.text, last.end, hi)
            return e if answers else None
        if (cleft := self._cleft_before(floor)) is not None and not _other_gender(cleft, gender) and \
                not (gender and re.search(r"\b" + ("him" if gender == "m" else "her") + r"\b",
                                          self.text[n.end:hi])) and \
                not self.layout.cues_between(lo, hi) and "according to" not in self.text[lo:hi] and \
                not any(e.id >= 0 and e is not cleft and not _other_gender(e, gender)
                        and (_QUOTE_MARKS.search(self.text, s_lo := self.layout.sentence_floor(at),
                                                 s_hi := sentence_end(self.text, at, len(self.text)))
                             or self.layout.cues_between(s_lo, s_hi))
                        for at, e in self.sources[:bisect.bisect_left(self.source_offsets, lo)]
                        if at >= self.layout.paragraph_floor(lo, 1)):
            # "It was Greta Solm who stood up to Anna Vogt. “...,” she said" (not "It was Brenn who
            # hired him", nor one reported by another: "..., according to Greta Solm", nor after
            # another spoke just before: "“...,” Ulrich said. ¶ It was Brenn who found the body.")
            return cleft
        if _SUBORDINATE_OPENING.match(self.text, lo, n.mention_start):
            return None
        opening = _SUBJECT_OPENING.fullmatch(self.text, lo, n.mention_start)
        i, k = (bisect.bisect_left(self.source_offsets, p) for p in (lo, floor))
        # (the one described before a clause naming them is them: "The interpreter, a hospital
        # administrator who asked to be identified only as Noura, added")
        if any(not (at < n.mention_start and opening and opening.group("who"))
               and (at < n.end or not _PRONOUN_AT.match(self.text, at)) for at in self.source_offsets[i:k]):
            return None
        e = self.registry.at.get(n.start)
        verb = _SUBJECT_VERB.match(self.text, n.end)
        partner = _AND_PARTNER.match(self.text, n.end)
        if verb is None and partner and GENDER_OF[partner.group(1).lower()] == gender:
            # "Tannenholt and his wife, Ruth, plan to move. “...,” he said": the one whose wife she is
            verb = _SUBJECT_VERB.match(self.text, partner.end())
        if e is None or e.kind == "organization" or e.place or n.possessive or _other_gender(e, gender) \
                or opening is None or verb is None and not opening.group("among") \
                or (opening.group("last") or "").lower() in ("a", "an", "the"):
            return None  # "The Cruz campaign picked up": a name describing something else
        # the words describing the person, what fronts them and a clause about them aside
        lead = self.text[opening.end("fronted") if opening.group("fronted") else lo:
                         opening.start("who") if opening.group("who") else opening.end()]
        words = lead.replace(",", " ").split()
        if any(w in PRONOUNS or w == "that" or w in lexicon.cue_forms()
               or w.endswith("ed") and w.islower() and (x + 1 == len(words) or not words[x + 1].islower())
               for x, w in enumerate(words)):
            # "He said that Tomas Berg continued", "Officers arrested Karl Holt": the subject comes
            # first ("retired postman Silas Brisk" is no verb)
            return None
        # a name that does not say it is a person's needs words around it that do ("Her classmate
        # Alfie Dunstan, 9,"): "In that sense, Sandy Hook was" is a place
        described = any(is_person_noun(w.strip(",").lower()) for w in opening.group().split()) \
            or verb is not None and (verb.group(1) or "").strip(", ").isdigit()
        return e if e.kind == "person" or described else None

    def _named_since(self, source: int, pos: int, gender: str) -> Entity | None:
        """A person of `gender` named from two sentences before `pos` on, after the sentence of
        the source at `source`: "Kim Tal said ... The closure was watched by historian Ada Roux.
        “...,” she said" is Roux, likelier than a source of unknown gender. The source's own
        sentence is left out: "Kim Tal said Ada Roux ..." names whom Kim spoke of."""
        floor = self.layout.sentence_floor(pos)
        for _ in range(2):  # (its quote may open the pronoun's sentence: “Derail? No,” she said)
            floor = self.layout.sentence_floor(max(0, floor - 1))
        floor = max(source + 1, floor)
        j = bisect.bisect_left(self.layout.name_starts, pos)
        for n in reversed(self.layout.names[max(0, j - 30):j]):
            if n.mention_start < floor or self.layout.sentence_floor(n.mention_start) <= source:
                return None
            lo = self.layout.sentence_floor(n.mention_start)
            if _ASKED_OPENING.match(self.text, lo) and "," not in self.text[lo:n.mention_start]:
                continue  # "Asked whether Ambrechtsen would stay, he paused": whom the question is about
            e = self.registry.at.get(n.start)
            if e is not None and e.kind == "person" and e.gender == gender:
                return e
        return None

    def _titled_doctor(self, pos: int) -> Entity | None:
        """The one "Dr." named in this paragraph or the two before, for a "the doctor" nobody
        was called: "the clinic's director, Dr. Oskar Venn, said ... “...,” the doctor said".
        A doctorate makes nobody "the doctor" further off, nor one the text calls something else
        (`_other_calling`); two such are no answer, and neither is one when a doctor without a name
        was brought in since the paragraphs began ("An emergency doctor who asked not to be named")."""
        lo = self.layout.paragraph_floor(pos, 2)
        if _A_DOCTOR.search(self.text, lo, pos):
            return None  # "An emergency doctor who asked not to be named said": that one
        j = bisect.bisect_left(self.layout.name_starts, pos)
        titled = {e.id: (e, n) for n in self.layout.names[:j] if n.start >= lo
                  and (e := self.registry.at.get(n.start)) is not None and e.kind != "organization"
                  and _role_words(e.roles) & {"dr", "dr."}}
        if len(titled) != 1:
            return None
        e, n = next(iter(titled.values()))
        return None if self._other_calling(e, n) else e

    def _other_calling(self, e: Entity, n: Name) -> bool:
        """Whether a "Dr." is known as something other than a physician: a role of another kind ("the
        education minister", "an economist", "the party's candidate") or a doctorate the sentence
        naming them mentions."""
        other = {w for w in _role_words(e.roles) - _ROLE_SYNONYMS["doctor"] - _MEDICAL_POSTS
                 if is_person_noun(w) or w in lexicon.title_words() or w in ("vet", "vets")}
        lo = self.layout.sentence_floor(n.mention_start)
        hi = sentence_end(self.text, n.end, len(self.text))
        return bool(other) or _DOCTORATE.search(self.text, lo, hi) is not None

    def _role_holder(self, phrase: str, pos: int) -> Entity | None:
        """The person a definite role noun stands for ("the Ukrainian leader"); of two roles
        joined by "and" the first tells ("the Velmark senator and party candidate"); "the head of
        Northline Rail" is read as "the Northline Rail head"."""
        first = phrase.split(" and ")[0]
        held, of, owner = first.partition(" of ")
        if of:
            first = " ".join([held.split()[0]] + [w for w in owner.split() if w.lower() != "the"]
                             + held.split()[1:])
        words = [w.lower() for w in re.findall(r"[\w.’'-]+", first)]
        if not words or words[0] != "the" or len(words) > 5:
            return None
        head = _role_noun(words[-1])
        # (a body's word, but not one a person holds: "the chief regulator", "the deputy registrar")
        if (head in lexicon.org_words() or head in lexicon.body_endings()) and \
                _PERSON_RANKS.isdisjoint(words[1:-1]):  # ("the palace")
            owners = frozenset(_POSSESSIVE_END.sub("", w) for w in words[1:-1] if _POSSESSIVE_END.search(w)) \
                - _GENERIC_OWNERS  # ("the city’s police force" may be any force named)
            return self._org_named(head, pos, owners)
        wanted = _ROLE_SYNONYMS.get(head, set()) | {head}
        modifiers = [w for w in words[1:-1] if w not in _GENERIC_ROLE_WORDS]
        # "the Democratic nominee" is nobody the article has not called a Democrat
        parties = _parties(modifiers)
        best, best_score, held = None, 0, False
        j = bisect.bisect_left(self.layout.name_starts, pos)
        seen: set[int] = set()
        for n in reversed(self.layout.names[:j]):
            e = self.registry.at.get(n.start)
            if e is None or e.id in seen or e.kind == "organization":
                continue
            seen.add(e.id)
            role_words = _role_words(e.roles)
            if not _ORDINALS.isdisjoint(modifiers) and not _ORDINALS & set(modifiers) <= role_words:
                continue  # "the second officer" is not the one written "the first officer on the scene"
            # (a people's word is its country's: "the Calvrian minister" is "Calvria’s trade minister")
            placed = sum(1 for w in modifiers if w in role_words or w in self._invented and any(
                r in self._invented and r[:5] == w[:5] for r in role_words))
            if not role_words & wanted or (head in lexicon.PARTY_MEMBERS and modifiers and not placed):
                continue  # many share a party: "the Wisconsin Republican" must be from there
            if not parties <= _parties(role_words) or not self._holds(e.roles, wanted, set(words)):
                continue  # the vice president is not "the president", nor the deputy "the mayor"
            if "opposition" in modifiers and "opposition" not in role_words:
                continue  # "the opposition leader" is not the prime minister
            held = True
            score = 2 + placed
            if modifiers and score == 2:
                if lexicon.names_a_place(role_words) or _owned_elsewhere(phrase, e.roles, self._invented):
                    continue  # "the Florida senator" is not the Vermont one, nor "the Belvarrean
                    # minister" Sepran's
                score = 1  # the article does not say where this senator is from: the nearest will do
            # the very word, or its abbreviation ("Sen."), outweighs a synonym ("State Secretary")
            score += 0.5 * any(head.startswith(w.rstrip(".")) and len(w.rstrip(".")) >= 3 for w in role_words)
            if (kin := _KIN_IN_COMMAS.search(self.text, max(0, n.mention_start - 40), n.mention_start)) \
                    and kin.group(1) in _KIN_WORDS:
                score -= 1.5  # "he succeeded his father, King Lothar III": spoken of, likely not "the king"
            if score > best_score:
                best, best_score, last_named = e, score, n.end
        if held:
            # "A senior diplomat briefed on the talks said ... “...,” the diplomat said": the
            # one just brought in without a name, not the envoy named before
            newer = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?!" + _NOT_IN_ROLE
                               + r"\b)[\w’'-]+\s+){0,4}?" + re.escape(head) + r"\b", re.I)
            since = sentence_end(self.text, last_named, pos) if best is not None else pos
            # (not "Roux, a diplomat,"; nor one the role's own words set apart: "A coast guard
            # spokeswoman" is not "the Tessaline spokeswoman")
            # (nor a deputy: "Another deputy governor, Priya Thandrelle," is no new "the governor")
            brought = next((b for b in newer.finditer(self.text, since, pos)
                            if not set(b.group().lower().split()) & _OFFICE_APART - set(words)), None)
            apart = best_score >= 3 and brought is not None and \
                not set(modifiers) & set(brought.group().lower().split())
            return None if brought and not apart else best
        if head == "doctor" and len(words) == 2 and (titled := self._titled_doctor(pos)) is not None:
            return titled
        if len(words) == 2 and is_person_noun(head) and (lone := self._lone_subject(pos, head)) is not None:
            return lone
        if len(words) == 2 and (office := next((e for n in reversed(self.layout.names[:j])
                                                if (e := self.registry.at.get(n.start)) is not None
                                                and e.kind == "organization"
                                                and _office_word(e.name) == head), None)):
            return office  # "the ombudsman" after "The Local Government Ombudsman of Ostrevia": the office
        if is_person_noun(head) and (lexicon.says_where_from(words[1:-1]) or head in _EPITHET_HEADS and (
                parties or not _EPITHET_WORDS.isdisjoint(words[1:-1]))):
            # "the Indiana governor", "the New York businessman", "the Republican presidential
            # candidate" where the article names no governor or candidate at all: an epithet for
            # the person just spoken of, read like "he" or "she" (but not one of another party)
            return self._epithet_for(phrase, pos, head, parties)
        # "the 34-year-old mother of three" likewise, when the noun after the age says "he" or "she"
        # (a bare "the 46-year-old" says too little, and "the 60-year-old woman who lives next
        # door" is somebody new)
        aged = next((words[k + 1] for k, w in enumerate(words[:-1]) if _AGE.fullmatch(w)), "")
        gender = lexicon.person_nouns().get(aged) or TITLE_GENDER.get(aged)
        if gender and not _WHO_NEXT.match(self.text, pos + len(phrase)):
            return self._nearest(pos, gender, personal=True)
        inverted = next((c for c in self.layout.cues_between(max(0, pos - 20), pos)
                         if not self.text[c.end():pos].strip()), None)
        if inverted is not None and _WHO_NEXT.match(self.text, pos + len(phrase)):
            inverted = None  # "said the 60-year-old woman who lives next door": somebody new
        if _AGE.fullmatch(words[1]) and (len(words) == 2 or len(words) <= 5 and is_person_noun(head)
                                          and not any(w.endswith(("’s", "'s")) for w in words)) and (
                self._tags_quote(inverted.start() if inverted else pos, min_words=1)
                or _INTRODUCES_QUOTE.match(self.text, pos + len(phrase))):
            # "“We bake at four,” the 54-year-old said" (or "said the 54-year-old"), "the 19-year-old
            # striker added: “...”": the person of that age ("Ada Roux, 54, and her son Tomas, 19,"),
            # else read like "he" or "she"
            return self._aged(pos, words[1].split("-")[0], head if len(words) > 2 else "")
        return None

    def _epithet_for(self, phrase: str, pos: int, head: str, parties: set[str]) -> Entity | None:
        """Whom an epithet no one in the article holds as a role stands for ("the Indiana
        governor", "the Republican presidential nominee"): one whose role has its telling word
        ("Brenn, a shipping billionaire,"), else the person opening the sentence before, even when
        the epithet follows its own quote ("Ulrich showed a clip. “...,” said the vice-presidential
        nominee") or that sentence is "It was Ulrich who ...", else the last person quoted, else
        whom "he" or "she" would be there. Never a name of unknown kind, one of another party, the
        one a reply answers, nor anyone when somebody of that kind was brought in since ("A senior
        Republican senator said ... the Republican senator added") or one first named right after
        (a lede's way: "The capital's new mayor rejected the offer ... ¶ Ilse Varga, ..., was")."""
        gender = TITLE_GENDER.get(head) or lexicon.person_nouns().get(head)
        i = bisect.bisect_left(self.source_offsets, pos)
        quoted = next((e for _, e in reversed(self.sources[max(0, i - 12):i]) if e.id >= 0), None)
        answered = next((e for at, e in reversed(self.sources[max(0, i - 12):i])
                         if e.id >= 0 and self._tags_quote(at, min_words=1)), None) \
            if _REPLY_AFTER.match(self.text, pos + len(phrase)) else None  # (whose quote is answered)

        def fits(e: Entity | None) -> bool:
            if e is None or e.kind != "person" or _other_gender(e, gender) or e is answered:
                return False
            party = _parties(_role_words(e.roles))
            return not (parties and party and parties.isdisjoint(party))

        # (not one said to be such: "Ulrich became a senator in 2010")
        if re.search(r"(?<!\bbecame )(?<!\bis )(?<!\bwas )(?<!\bas )\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+"
                     r"(?:[\w-]+\s+){0,3}?" + re.escape(head) + r"\b",
                     self.text[self.layout.paragraph_floor(pos, 2):pos]):
            return None
        after = sentence_end(self.text, pos, len(self.text))
        following = self.layout.names[bisect.bisect_left(self.layout.name_starts, after):][:1]
        if following and following[0].mention_start - after < 3 and \
                (e := self.registry.at.get(following[0].start)) is not None and e.first_seen >= pos:
            return None  # "The capital's new mayor rejected ... ¶ Varga, 41, was elected": one named next
        telling = set(phrase.lower().split()) & _EPITHET_WORDS
        for n in reversed(self.layout.names[:bisect.bisect_left(self.layout.name_starts, pos)]):
            if telling and fits(e := self.registry.at.get(n.start)) and telling & _role_words(e.roles):
                return e
        floor = self.layout.sentence_floor(pos)
        subject = self._subject_before(floor, gender) or self._cleft_before(floor)
        if fits(subject):
            return subject
        if fits(quoted):
            return quoted
        nearest = self._nearest(pos, gender, personal=True)
        return nearest if fits(nearest) else None

    def _cleft_before(self, floor: int) -> Entity | None:
        """The person a sentence right before `floor` puts first as "It was X who ...": "As
        usual, it was Tomas Ulrich who drew the crowds." """
        lo = self.layout.sentence_before(floor)
        j = bisect.bisect_left(self.layout.name_starts, lo)
        if j >= len(self.layout.names) or self.layout.names[j].mention_start >= floor:
            return None
        n = self.layout.names[j]
        if not _CLEFT.fullmatch(self.text, lo, n.mention_start) or not self.text.startswith(" who ", n.end):
            return None
        return self.registry.at.get(n.start)

    def _owned_named_before(self, m: Mention) -> Entity | None:
        """The person a mention such as "her husband" or "his lawyer" stands for, named right after
        the same words earlier: "on the phone with her husband, Jos Haagen, ... She said her husband
        told her" is Jos Haagen (but not "Her other son, Piet" for "Her son")."""
        by_name = _NAME_OWNED_PERSON.fullmatch(m.text)
        owned = _OWNED_PERSON.fullmatch(m.text) or by_name
        if owned is None or not is_person_noun(owned.group(1)):
            return None
        # the latest such naming, its name in commas (not "In addition to his daughter, Orlo is
        # survived by"), from up to twenty paragraphs back: an obituary names the family early
        # ("survived by a son, Aksel," is "his son" too; "Krell's campaign manager, Oskar Vantreuil,"
        # is "Krell's manager")
        whose = m.text[:owned.start(1)].split()[0]
        # (a named owner's kin may have been brought in as "his son, X" when the "his" was theirs)
        said = re.compile(r"(?<![\w’'])(?:" + re.escape(whose) + r"|an?" + (r"|his|her" if by_name else "")
                          + r")\s+"
                          + (r"(?:[a-z-]+\s+)?" if by_name else "") + re.escape(owned.group(1)) + r",?\s+",
                          re.I)
        floor = self.layout.paragraph_floor(m.start, 20)
        for named in reversed(list(said.finditer(self.text, floor, m.start))):
            n = self.layout.names_by_start.get(named.end())
            e = self.registry.at.get(n.start) if n is not None else None
            if e is not None and _may_be_a_person(e) and self.text[n.end:n.end + 1] in ",.;)" and \
                    (named.group().split()[0].lower() == whose.lower()
                     or named.group().split()[0].lower() not in _OWNER_PRONOUN or self._owns(named, m)):
                return e
        return self._owned_role_holder(owned.group(1), m.start) or self._kin_of_owner(m, owned.group(1))

    def _owns(self, said: re.Match, m: Mention) -> bool:
        """Whether the "his" or "her" opening `said` ("His son, Matthias Brandtner,") stands for the
        one named as the owner in `m` ("Brandtner’s son")."""
        owner = self.layout.names_by_start.get(m.start)
        pronoun = said.group().split()[0]
        e = self.resolve(Mention(pronoun, said.start(), said.start() + len(pronoun), "pronoun"))
        # (by the name as written: the surname "Brandtner" may stand for father and son alike)
        return owner is not None and e is not None and owner.name.split()[-1] in e.name.split()

    def _kin_of_owner(self, m: Mention, kin: str) -> Entity | None:
        """Whom "her uncle" means when she was brought in as his kin: "Sela Tallowind-Ruhe, 26,
        Tallowind’s niece, said ... Her uncle said" is Tallowind."""
        inverse = _INVERSE_KIN.get(kin)
        if inverse is None:
            return None
        gender = GENDER_OF.get(m.text.split()[0].lower())  # whose kin: "her" is a woman's
        floor = self.layout.paragraph_floor(m.start, 3)
        i, j = (bisect.bisect_left(self.layout.name_starts, p) for p in (floor, m.start))
        for n in reversed(self.layout.names[i:j]):
            said = _KIN_OF.match(self.text, n.end)
            owner = self.registry.at.get(n.start) if said and said.group("kin") in inverse else None
            whose = self.layout.names_by_start.get(said.start("whose")) if owner is not None else None
            if whose is not None and not _other_gender(owner, gender) and \
                    (e := self.registry.at.get(whose.start)) is not None and e is not owner:
                return e
        return None

    def _owned_role_holder(self, noun: str, pos: int) -> Entity | None:
        """Whom "his manager" or "her lawyer" means when nobody was named right after those words:
        the one person named so far in that role ("Rovers manager Piet Vandersloot ... Oduya came
        on late. His manager described him as"); with two lawyers, nobody."""
        if noun not in _WORKS_FOR:
            return None
        wanted = _ROLE_SYNONYMS.get(noun, set()) | {noun}
        j = bisect.bisect_left(self.layout.name_starts, pos)
        recent = self.layout.names[max(0, j - 40):j]
        holders = {e.id: e for n in recent if (e := self.registry.at.get(n.start)) is not None
                   and e.kind == "person" and _role_words(e.roles) & wanted}
        holder = next(iter(holders.values())) if len(holders) == 1 else None
        # (not another side's: "Quillford head coach Brigid Oyelaran ... Rovers striker Tam Oduya
        # ... his coach said")
        if holder is None:
            return None
        owner = next((e for n in reversed(recent) if not n.possessive and (e := self.registry.at.get(n.start))
                      is not None and e.kind == "person" and e is not holder), None)
        theirs, its = _sides(owner.roles) if owner is not None else set(), _sides(holder.roles)
        return None if theirs and its and theirs.isdisjoint(its) else holder

    def _lone_subject(self, pos: int, head: str) -> Entity | None:
        """Whom a bare "the novelist" or "the director" means when nobody named so far holds that
        role: the person acting last in this paragraph or the one before, if the article has given
        them no role at all and has brought in nobody unnamed there ("Odile Maskavy has taken an
        unusually long route ... ¶ “...,” the novelist told a packed room"), read as an epithet
        for them, like "she"; before anyone has spoken, the one person named so far."""
        gender = TITLE_GENDER.get(head) or lexicon.person_nouns().get(head)
        floor = self.layout.paragraph_floor(pos, 1)
        wanted = _ROLE_SYNONYMS.get(head, set()) | {head}
        j = bisect.bisect_left(self.layout.name_starts, pos)
        if any((e := self.registry.at.get(n.start)) is not None and _role_words(e.roles) & wanted
               for n in self.layout.names[:j]):
            return None  # someone named so far holds it, if only as "the former Tessel governor"
        opening = _FRONTED_ONLY.fullmatch(self.text, self.layout.sentence_floor(pos), pos)
        if not (opening or self._tags_quote(pos, min_words=1)) \
                or _SOMEONE_UNNAMED.search(self.text, floor, pos) \
                or re.search(r"\b[Tt]he\s+(?:[\w-]+\s+)?" + re.escape(head) + r"\b", self.text[floor:pos]):
            # only a subject or a quote's tag, and not "A witness interviewed by staff said ...
            # The witness said", "a middle-aged cashier ... said the woman", "The judge rubbed his
            # chin ... the judge exclaimed": somebody left unnamed
            return None
        i = bisect.bisect_left(self.source_offsets, pos)
        for at, e in reversed(self.sources[:i]):
            if at < floor:
                return None
            if _ASKER.match(self.text, at):
                continue  # "“You?” Borger asked. ¶ “...,” the senator said": not the asker
            if e.kind == "person" and e.id not in (_UNNAMED, _JOINT) and not _other_gender(e, gender):
                return None if e.roles else e
        if i:
            return None
        # nobody has spoken yet: the one person named so far ("Benedetta Croy was walking between
        # her vines ... “...,” the winemaker said")
        people = {e.id: e for n in self.layout.names[bisect.bisect_left(self.layout.name_starts, floor):j]
                  if (e := self.registry.at.get(n.start)) is not None and e.kind == "person" and not e.place}
        lone = next(iter(people.values())) if len(people) == 1 else None
        return lone if lone is not None and not lone.roles and not _other_gender(lone, gender) else None

    def _personal(self, n: Name) -> bool:
        """Whether a name is of somebody who can have an age ("Karl Moen"), not a street or a body."""
        e = self.registry.at.get(n.start)
        return e is not None and not e.place and (e.kind == "person" or e.gender is not None)

    def _aged(self, pos: int, age: str, noun: str) -> Entity | None:
        """The latest person before `pos` given as `age` years old ("Karl Moen, 54,"); when the
        article gives nobody's age, the one person it has named, or the one "he" or "she" would
        mean when a `noun` after the age leaves them possible ("Tobi Ash scored past goalkeeper
        Joost Vel. ... the 22-year-old striker said" is Ash); else nobody ("Ada Roux met Tom
        Berg. ... the 34-year-old replied" says too little). With no noun and nobody of that age,
        the person who acted last in this paragraph or the one before, when nobody else has been
        named since and no other age is given for them ("Harrowgate closed by recalling his
        father. “...,” the 58-year-old said")."""
        j = bisect.bisect_left(self.layout.name_starts, pos)
        before = self.layout.names[max(0, j - 30):j]
        ages = self._ages_given(before)
        if ages and (e := self._of_age(ages, age)) is not None:
            return e
        if (e := self._age_epithet_before(pos, age)) is not None:
            return e
        if ages:
            return self._acting_last(pos, {e.id for n, _ in ages
                                           if (e := self.registry.at.get(n.start)) is not None})
        people = {e.id: e for e in (self.registry.at[n.start] for n in before if self._personal(n))}
        if len(people) == 1:
            return next(iter(people.values()))
        e = self._nearest(pos, None, personal=True) if noun else None
        held = _role_words(e.roles) if e is not None else set()
        if e is not None and e.id in people and (noun in held or not any(is_person_noun(w) for w in held)):
            return e
        return None if noun else self._acting_last(pos, set())

    def _age_epithet_before(self, pos: int, age: str) -> Entity | None:
        """Whom the text called by this age before: when a sentence first opened on "The
        24-year-old", the one person the sentence before named and did not have speak ("... the
        signing of striker Tomas Vrell. ¶ The 24-year-old, who scored 27 goals, ..."), so a later
        "the 24-year-old added" is Vrell, not the club legend named since (nor the inspector in
        "Inspector Reuben said a man was stabbed. The 24-year-old was taken to hospital")."""
        first = re.compile(rf"(?<![\w-])The\s+{age}-year-old\b(?![’'])").search(self.text, 0, pos)
        if first is None or self.layout.sentence_floor(first.start()) != first.start():
            return None
        lo = self.layout.previous_sentence(first.start())
        starts = self.layout.name_starts
        spoke = {e.id for at, e in self.sources if lo <= at < first.start()}
        people = {e.id: e for n in self.layout.names[bisect.bisect_left(starts, lo):
                                                     bisect.bisect_left(starts, first.start())]
                  if self._personal(n) and (e := self.registry.at.get(n.start)) is not None}
        return next(iter(people.values())) if len(people) == 1 and not spoke & people.keys() else None

    def _acting_last(self, pos: int, aged: set[int]) -> Entity | None:
        """The person last found acting in this paragraph or the one before `pos`, with nobody
        else named since ("Ada Roux met Tom Berg" leaves it open), when no age of theirs is given
        (whose entity ids are `aged`)."""
        floor = self.layout.paragraph_floor(pos, 1)
        i = bisect.bisect_left(self.source_offsets, pos)
        at, e = self.sources[i - 1] if i else (-1, None)
        if e is None or at < floor or e.id < 0 or e.kind == "organization" or e.place or e.id in aged:
            return None
        since = self.layout.names[bisect.bisect_right(self.layout.name_starts, at):
                                  bisect.bisect_left(self.layout.name_starts, pos)]
        # (a possessive or a lone word of unknown kind since, "Hale's room", "Ravensholm", leaves it)
        return None if any(not n.possessive and (o := self.registry.at.get(n.start)) is not None
                           and o is not e and o.kind == "person" for n in since) else e

    def _ages_given(self, names: list[Name]) -> list[tuple[Name, str]]:
        """The people among `names` given an age after the name ("Karl Moen, 54,"), with it."""
        return [(n, given.group(1)) for n in names if (given := _AGE_GIVEN.match(self.text, n.end))
                and self._personal(n)]

    def _of_age(self, ages: list[tuple[Name, str]], age: str) -> Entity | None:
        """The latest of `ages` (from `_ages_given`) given as `age` years old."""
        return next((self.registry.at.get(n.start) for n, a in reversed(ages) if a == age), None)

    @staticmethod
    def _holds(roles: list[str], wanted: set[str], said: set[str]) -> bool:
        """Whether one of a person's roles is the one a role phrase (its words `said`) names:
        "President Ada Roux, a former vice president," is "the president"; the deputy mayor
        or shadow minister is not "the mayor" or "the minister", nor the mayor "the deputy mayor";
        the former governor is not "the governor", but "the former pollster" may be one whose
        "former" the role as read left out ("Former Clinton pollster Ada Roux")."""
        for role in roles:
            words = _role_words([role])
            if not words & wanted or words & wanted == {"secretary"} and "minister" in said \
                    and not _CABINET_SECRETARY.search(role):
                continue  # ("the minister" is the Transport Secretary, not a press secretary)
            if words & wanted <= _KIN_TITLES and not said & _KIN_TITLES and _PRONOUN_OWNER.match(role):
                continue  # "Her father, Dorn Kessler," is no "the priest", nor "her sister" "the nun"
            if all(re.search(rf"(?i)\b{re.escape(w)}[’']s\b", role) and not
                   re.search(rf"(?i)\b{re.escape(w)}\b(?![’'])", role) for w in words & wanted):
                continue  # "The minister's deputy" is no minister
            # the words right before the title tell ("the mayor and former police chief" is still a
            # mayor); a party-state tag read out ("(R-Fla.)") is the whole role
            # (a title that is itself second in line, "Deputy Roald Ferris", is "the deputy")
            heads = [mods for w, mods in _modifiers(role) if w in wanted] or [words]
            if any(mods & _OFFICE_APART == said & _OFFICE_APART - wanted
                   and ("former" in said or "former" not in mods) for mods in heads):
                return True
        return False

    def _org_named(self, head: str, pos: int, owners: frozenset[str] = frozenset()) -> Entity | None:
        """The organisation "the ministry" stands for: the latest one named with that word,
        by its name or in lower case ("the Tessel foreign ministry"); of those named by another
        word for it, one whose name holds the `owners` the phrase gives ("the dockers’ group" is
        not the Harbour Now movement)."""
        j = bisect.bisect_left(self.layout.name_starts, pos)
        recent = [(n, self.registry.at.get(n.start)) for n in reversed(self.layout.names[max(0, j - 40):j])]
        if head in _FIRM_WORDS and (prior := self._body_opening_before(pos)) is not None \
                and _may_be_a_business(prior) and not any(
                    e is not None and e.kind == "organization" and _goes_by(e, {head}, frozenset())
                    for _, e in recent):
            # "Velmar was quick to respond. In a statement, the company called": the body the
            # sentence before was about, though another was introduced as "the software company"
            # (not past one whose name says it: "The Velmark Power Company raised prices")
            return prior
        fits: list[tuple[int, Entity]] = []
        # the word itself, in a name or said of one ("The drivers' union, Unite Transit, ... the
        # union said"), before what else such a body is called: "the association" is the Football
        # Association, though the Players Union was named since
        for heads in ({head}, None, _BODY_SYNONYMS.get(head, {head})):
            if fits:
                break
            if heads is None:
                fits = [(n.start, e) for n, e in recent if e is not None and e.kind != "person"
                        and head in _role_words(e.roles)][:1]
                continue
            held = frozenset() if heads == {head} else owners
            fits = [(n.start, e) for n, e in recent
                    if e is not None and e.kind == "organization" and _goes_by(e, heads, held)][:1]
            fits += [(at, e) for at, e in self._bodies if at < pos and _goes_by(e, heads, held)][-1:]
        if not fits and head in lexicon.business_nouns():
            fits = self._latest_business(recent, pos, head)
        latest = max(fits, key=lambda f: f[0], default=(-1, None))
        if latest[1] is not None and head not in latest[1].name.lower().split() \
                and head not in _role_words(latest[1].roles) and (
                    re.compile(_UNNAMED_BODY + re.escape(head) + _BODY_ENDS).search(self.text, latest[0], pos)
                    or head in _LOOSE_HEADS and self._other_body_since(latest, pos)):
            # "Parents have formed a group ... the group said": not the network named before, which
            # is only another word for a group, nor past another body named since
            return None
        # "the Kaldoran embassy issued a statement. “...,” the embassy said": a body written in
        # lower case that has not spoken before, when named after any other that fits
        floor = self.layout.paragraph_floor(pos, 2)
        # (not across a sentence's end nor from a pronoun: "on LinkedIn. His post")
        lower_body = re.compile(r"(?:\b[Tt]he\s+)?(?:(?!(?:His|Her|Its|Their|Our|My|Your)\b)"
                                r"[A-Z][\w’'.-]*(?<!\.)\s+){1,3}(?:[a-z][\w-]*\s+){0,2}"
                                + re.escape(head) + r"\b")
        written = _last_match(lower_body, self.text, floor, pos)
        # (what stands between the name and the body describes the body: "Istrenian defence ministry")
        if written is not None and written.start() > latest[0] and not any(
                w in lexicon.stop_words() or w in lexicon.cue_forms()
                for w in written.group().split()[1:-1] if w.islower()):
            # (not where the name is only where the body is: "The Tarrant Falls-based logistics company")
            return self._body_of(Mention(written.group(), written.start(), written.end(), "nominal")) \
                or latest[1]
        return latest[1]

    def _other_body_since(self, latest: tuple[int, Entity], pos: int) -> bool:
        """Whether a body other than the one named at `latest` is named between it and `pos`."""
        j, k = (bisect.bisect_right(self.layout.name_starts, p) for p in (latest[0], pos))
        return any((e := self.registry.at.get(n.start)) is not None and e.kind == "organization"
                   and e is not latest[1] for n in self.layout.names[j:k])

    def _latest_business(self, recent: list[tuple[Name, Entity | None]],
                         pos: int, head: str) -> list[tuple[int, Entity]]:
        """What "the company" means when no name holds the word: of the names before `pos`
        (`recent`, latest first), the latest body named in this or the two paragraphs before
        that is neither a person, a place nor a news outlet ("Nordvik Energy posted a loss,
        Reuters reported"), or one introduced as a business ("Haldor, the shipping company,").
        Of two in one sentence, the one that spoke: "Dunmore Line, which operates the Kestrel
        Venture, said ... the company said" is the line, not its ship; a public body is no
        company (`head`), though it may be "the agency"."""
        floor = self.layout.paragraph_floor(pos, 2)
        bodies: list[tuple[int, Entity]] = []
        for n, e in recent:
            if n.start < floor:
                break
            if _LISTENER.search(self.text, max(0, n.mention_start - 16), n.mention_start):
                continue  # "Brisk Brands told the Ledger": the paper only listened
            if e is None or e.kind == "person" or e.place or e.kind != "organization" and (
                    e.gender or e.forenames and lexicon.is_forename(e.forenames[0])):
                # "Holm", not known for a person, has a "he" or a forename somewhere; a forename
                # inside a name is none ("Corvenan Red Cross")
                continue
            public = lexicon.public_bodies()
            if e.name.lower().split(" of ")[0].split()[-1] in public and head not in public:
                continue  # "the company" is no workers' federation nor a league's division
            if head in _OVERSEERS and not _oversees(e):
                continue  # nor "the regulator" a subcontractor (but the Office for Energy Standards)
            if not set(e.name.lower().split()) & lexicon.media_words() \
                    or _role_words(e.roles) & lexicon.business_nouns():
                bodies.append((n.start, e))
        # a name known for a body's, or one that has spoken, before one of unknown kind: "Lunari
        # Motors has announced the recall of 200,000 Vela cars" (a model, not a company)
        spoke = {e.id for _, e in self.sources}
        bodies = [b for b in bodies if b[1].kind == "organization" or b[1].id in spoke] or bodies
        if bodies:
            # a body that spoke in the sentence naming the latest one ("Dunmore Line, which
            # operates the Kestrel Venture, said"), else the latest
            lo = self.layout.sentence_floor(bodies[0][0])
            spoken = {e.id for at, e in self.sources[bisect.bisect_left(self.source_offsets, lo):
                                                     bisect.bisect_left(self.source_offsets, pos)]}
            return [next((b for b in bodies if b[0] >= lo and b[1].id in spoken), bodies[0])]
        j = bisect.bisect_left(self.layout.name_starts, pos)
        if head in _OVERSEERS:
            # none so near: the one body the article has named that oversees others
            overseers = {e.id: (n.start, e) for n in self.layout.names[max(0, j - 300):j]
                         if (e := self.registry.at.get(n.start)) and e.kind == "organization"
                         and _oversees(e)}
            return list(overseers.values())[-1:] if len(overseers) == 1 else []
        # none so near: the one company the article has named with its legal form ("Norvik Inc.")
        firms = {id(e): (n.start, e) for n in self.layout.names[max(0, j - 300):j]
                 if (e := self.registry.at.get(n.start))
                 and e.kind == "organization" and _legal_form_ends(self.text[n.start:n.end])}
        return list(firms.values())[-1:] if len(firms) == 1 else []

    def _body_by_word(self, m: Mention) -> Entity | None:
        """The organisation a short "the ..." phrase ending in a body's word stands for, as a source:
        "the central bank said in a statement. It said" is the Bank of Ostravel named before."""
        words = m.text.lower().split()
        if not 2 <= len(words) <= 4 or words[0] != "the" or words[-1] not in lexicon.org_words():
            return None
        return self._org_named(words[-1], m.start)

    def _body_of(self, m: Mention) -> Entity | None:
        """The organisation a mention such as "the Tessel foreign ministry" or "Tessel's
        government" is: named after its owner and the body's own words, as written."""
        b = _BODY_OF.fullmatch(m.text)
        if b is None and (lower := _LOWER_BODY_OF.fullmatch(m.text)):
            # "The ministry of agriculture said": the Ministry of Agriculture, as its name is written
            of = " ".join(w if w == "and" else w.title() for w in lower.group("of").split())
            e = self.registry.add(Name(f"{lower.group('body').title()} of {of}", "", "organization", None,
                                       m.start + lower.start("body"), m.end, m.start))
            self._bodies.append((m.start, e))
            return e
        if b is None or b.group("body").split()[-1] not in lexicon.org_words() | _ORGANS or self._voice_of(m):
            return None  # "Rell's office", "the Rell campaign" speak for whom `_voice_of` says
        owner = self.layout.names_by_start.get(m.start + b.start("owner"))
        company = self.registry.at.get(owner.start) if owner is not None else None
        if b.group("body") in _ORGANS:  # (an "editorial board" is a paper's own voice)
            # "Halvern’s board" speaks for the company; a board of nobody named is nobody
            return company if company is not None and company.kind != "person" and not company.place else None
        # the entity is tied to the body's own words: the owner's name stays the owner's
        org = Name(f"{b.group('owner')} {b.group('body')}", "", "organization", None,
                   m.start + b.start("body"), m.end, m.start)
        e = self.registry.add(org)
        self._bodies.append((m.start, e))
        return e

    def _members_body(self, m: Mention) -> Entity | None:
        """The organisation whose leaders or ministers, meeting as one ("the leaders", "the foreign
        ministers"), speak for it, named with them in the paragraphs before: "Leaders of the
        Southern Littoral Council ended their summit. “...,” the leaders said"."""
        plural = _THE_PLURAL.fullmatch(m.text)
        if plural is None or plural.group(1) not in ("leaders", "ministers"):
            return None  # (members of a house or candidates for it do not speak for it)
        members = re.escape(plural.group(1))
        before = re.compile(r"\b" + members + r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
        floor = self.layout.paragraph_floor(m.start, 2)
        for n in reversed(self.layout.names[:bisect.bisect_left(self.layout.name_starts, m.start)]):
            if n.mention_start < floor:
                return None
            e = self.registry.at.get(n.start)
            lead = before.search(self.text, max(0, n.mention_start - 60), n.mention_start)
            if lead is None and re.match(r"\s+" + members + r"\b", self.text[n.end:n.end + 40], re.I):
                lead = re.compile(r"\s*").match(self.text, n.mention_start)
            if lead is None or e is None:
                continue
            # the leaders opening their sentence, of one body with a name of two words or more, and no
            # other leaders brought in since ("Union leaders", "leaders of the union would join them")
            floor = self.layout.sentence_floor(lead.start())
            dateline = DATELINE.match(self.text, floor)
            # (past a phrase put first and a word on them: "On Friday, the foreign ministers of")
            opens = _LEADERS_OPENING.fullmatch(self.text, dateline.end() if dateline else floor, lead.start())
            alone = not re.search(r"\s+and\s+(?:the\s+)?[A-Z]", self.text[n.end:n.end + 12]) and \
                not re.search(r"\b" + members + r"\s+of\b|\b(?!The\b)[A-Z][\w-]*\s+" + members + r"\b",
                              self.text[n.end:m.start])
            return e if e.kind == "organization" and len(e.name.split()) > 1 and opens and alone else None
        return None

    def add_source(self, pos: int, e: Entity) -> None:
        """Record that `e` speaks at `pos` though no reporting verb of theirs stands there (an
        interview's answer, or the name a sentence after a quote gives it): whom a later "she
        says" likely means."""
        k = bisect.bisect_left(self.source_offsets, pos)
        self.sources.insert(k, (pos, e))
        self.source_offsets.insert(k, pos)

    def latest_named_source(self, lo: int, hi: int) -> tuple[Mention, Entity] | None:
        """The last source in text[lo:hi] and how it is written there: its name, or a
        description of a person the article names ("The 58-year-old said he had never seen
        it."); None when that source is somebody the article does not name ("Rell’s brother said")."""
        j = bisect.bisect_left(self.source_offsets, lo)
        k = bisect.bisect_left(self.source_offsets, hi)
        if k <= j:
            return None
        pos, e = self.sources[k - 1]
        n = self.layout.names_by_start.get(pos)
        if e.id < 0:
            return None
        if n is not None:
            return self.mentions.name_mention(n), e
        described = self._described.get(pos)
        return (described, e) if described is not None and e.kind != "organization" else None
