"""Reporting cues: every form of the reporting verbs in quoteindex/data,
found in one pass, with the noun readings ("a series of tweets") left out."""
from __future__ import annotations

import re
from functools import cache

from quoteindex import lexicon
from quoteindex.names import NEXT_LOWER, PRONOUNS, names_people

# reporting phrases that name their speaker after them: "according to the Courier", "in the words of
# one columnist"
SPEAKER_AFTER = ("according to", "in the words of")
# the forms of "tell", whose object is the listener ("told the Courier"), not the speaker
TELL = ("told", "tells", "tell", "telling")


@cache
def cue_pattern() -> re.Pattern:
    """One regular expression for every form of every reporting verb (built once)."""
    forms = sorted(lexicon.cue_forms())
    # "Said Ellis: ..." opens a sentence with the verb: the capitalised form counts too
    capitalised = sorted({f.capitalize() for f in lexicon.OPENING_CUES})
    phrases = "|".join(lexicon.cue_phrases())
    return re.compile(r"\b(?:" + phrases + "|" + _trie_pattern(forms + capitalised) + r")\b")


def _trie_pattern(words: list[str]) -> str:
    """One regular expression for many words, factored by shared prefixes so
    the matcher tries a letter once instead of every word in turn."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


PLURAL_NOUNS = {"tweets", "posts", "claims", "calls", "notes", "reports", "comments", "remarks", "answers",
                "replies", "quotes", "statements", "charges", "counters", "labels", "signals",
                "questions", "objects", "offers", "points", "rules", "shares", "concerns", "demands",
                "promises", "pledges", "vows", "denies", "cries", "laughs", "sighs", "smiles", "nods", "hits",
                "fires", "opens", "closes", "begins", "attacks", "praises", "jabs", "rants", "cites",
                "disputes"}
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|his|her|its|their|our|my|your|of|these|those|many|several|some|"
                          r"recent|latest|new|early|late|angry|two|three|multiple|\w+[’']s|\w+s[’'])\s+$", re.I)

# a determiner, maybe an adjective, before a verb form used as an adjective: "a brief written"
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|his|her|its|their|our|my|your)\s+(?:[a-z]+\s+)?$", re.I)
# a preposition and a determiner, maybe an adjective, before a noun: "in a methodological "
_PAPER_NOUNS = {"note", "report", "post", "tweet", "comment", "remark", "claim", "reply", "answer"}
_PAPER_IN = re.compile(r"\b(?:in|on|with|via|through)\s+(?:a|an|the|his|her|its|their)\s+(?:[a-z-]+\s+)?$")
# a name's possessive right before (not "She’s", "Saal’s" for "has"): "Valdmark's "
_NAME_OWNS = re.compile(r"\b(?!(?:He|She|It|That|There|Who|What)[’']s)[A-Z][\w-]*[’']s\s+$")
# a noun phrase then "as", no determiner opening it: " inspection regime as"
_NOUN_THEN_AS = re.compile(r"\s+(?!(?:the|a|an|his|her|its|their|this|that)\b)(?:[a-z]+\s+){1,2}as\b")
# what such an adjective describes: "written statement", "stated aim", "prepared remarks"
_SPEECH_NOUN_AFTER = re.compile(r"\s+(?:statements?|testimony|responses?|repl(?:y|ies)|remarks|comments|"
                                r"answers?|submissions?|evidence|speech|text|version|notes?|warnings?|aims?|"
                                r"goals?|polic(?:y|ies)|positions?|objectives?|intentions?|reasons?|"
                                r"purposes?|explanations?|messages?)\b")

# a paper with its determiner right before a past participle describing it: "a message posted"
_PAPER_BEFORE = re.compile(r"\b(?i:a|an|the|his|her|its|their|our)\s+(?:[a-z-]+\s+)?"
                           r"(?:message|statement|video|letter|post|note|memo|tweet|email|e-mail|release"
                           r"|document|filing|notice)\s+$")
_PLACING_PARTICIPLES = {"posted", "published", "released", "issued", "sent", "shared", "written", "uploaded"}
# where such a participle goes on: "posted on its channel", "released by the ministry"
# or when: "posted shortly before midnight"
_PLACED_AFTER = re.compile(r"\s+(?:on|onto|by|in|to|at|from|via|with|online|overnight|shortly|soon|just|late"
                           r"|early|earlier|later|minutes|hours|days|moments)\b")
# "read" as a participle: "in a statement read to the court", "a letter read out by her lawyer" (not
# "The statement read in part:")
_READ_OUT = re.compile(r"\s+(?:to|by|out|aloud)\b")
# an infinitive of a deed or a wish after "agreed" or "asked": "agreed to keep", "asked not to be named"
_TO_DO = re.compile(r"\s+(?:not\s+)?to\s+(?:be\s+)?[“\"]?"
                    r"(?!(?:a|an|the|his|her|its|their|this|that|it|him|them|me|us|you)\b)[a-z]+\b")
# "call" as telephoning someone: "called her on Tuesday", "called him back" (not "called them on it")
_RANG = re.compile(r"\s+(?:him|her|them|me|us)\s+(?:on(?!\s+(?:it|that|this)\b)|at|in|from|back|last|this"
                   r"|early|late|yesterday|today|twice|again|every|each|shortly|after|before|when"
                   r"|to\s+(?:say|tell|ask))\b")
_ADDS_UP = re.compile(r"\s+up\b")
_OF_NEXT = re.compile(r"\s+of\b")
# a body or people as the subject of a clause: "what their union ", "that the union "
_WHAT_BEFORE = re.compile(r"\b(what|that|which)\s+(?:the|their|his|her|its|our)\s+([a-z]+)\s+$")
_TO_WHAT = re.compile(r"\s+(?:only\s+|mainly\s+|largely\s+)?to\s+[“\"]")  # "related to “"
# a measure that "added" a sum, the quotation its object: "said the bill added “billions in spending”"
_MEASURE_ADDING = re.compile(r"\b(?:the|this|that|its|their)\s+(?:bill|plan|measure|budget|law|tax|deal|rule"
                             r"|cuts?|changes?|policy|scheme|package|amendment|project|programme"
                             r"|program)\s+$", re.I)
_QUOTE_NEXT = re.compile(r"\s*[“\"]")
# a quotation described in an appositive whose clause has its own subject: "”, a condition Tom Berg's team "
_GAP_CLAUSE_BEFORE = re.compile(r"[”\"],?\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:condition|claim|demand|suggestion"
                                r"|charge|accusation|offer|proposal|assertion|promise|remark|comment"
                                r"|description|figure)"
                                r"\s+(?:that\s+|which\s+)?(?:[A-Z][\w’'-]*\s+){1,3}(?:[a-z]+\s+)?$")
# a thing brought in without a name, then given one: "a private firm called Warden"
_A_THING_BEFORE = re.compile(r"\b(?:a|an|one)\s+(?:[a-z-]+\s+){0,2}([a-z]+)\s+$")
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
_QUOTE_SOON = re.compile(r"[^.!?;“”\"]{0,40}[“\"]")  # a quotation opening within a few words
THAT_CLAUSE = re.compile(r"\s+that\b")  # a reporting verb's own clause: "said that", "her claim that"
# a word or two in quotes right before a noun they describe: "questions “offline” claim"
_QUOTED_MODIFIER = re.compile(r"[“\"][a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}[”\"]\s+$")
# a quoted noun right before a verb, its subject: "the club's “new era” began"
_QUOTED_SUBJECT = re.compile(r"[\w’'][”\"]\s+$")
_ASPECT_VERBS = {"begin", "continue"}  # "began vowing": the reporting participle after them reports
# a verb or preposition, a determiner and maybe an adjective: "sounded a rare ", "had the final "
_OBJECT_BEFORE = re.compile(r"\b(?!(?:and|but|or|as|while|when|because|so|that|if|though|although|since"
                            r"|where|who|which)\b)[a-z]+\s+(?:a|an|the|his|her|its|their|our|my|your)\s+"
                            # ("struck a more cautious note")
                            r"(?:(?:more|less|most|very|rather|far|much|much\s+more)\s+)?"
                            r"(?:(?!(?:men|women|people|police|children|two|three|four|crowd|public|staff)\b)"
                            r"[a-z-]*(?:[a-rt-z]|ous)\s+)?$")  # "a cautious", not a plural ("the residents")


def noun_reading(text: str, cue: re.Match) -> bool:
    """True for a cue word used as a noun or inside a compound, or as a helper of the verb
    after it: "a series of tweets", "his claims", "the so-called plan", "the self-described
    expert", "the meeting began vowing" (the participle reports, "began" only says when)."""
    word = cue.group()
    if text[cue.start() - 1:cue.start()] == "-":
        return True  # "so-called", "self-described"
    if lexicon.cue_forms().get(word) in _ASPECT_VERBS and \
            (after := NEXT_LOWER.match(text, cue.end())) and is_participle(after.group(1)) and \
            after.group(1) in lexicon.cue_forms():
        return True
    if lexicon.cue_forms().get(word.lower()) == "begin" and \
            _QUOTED_SUBJECT.search(text, max(0, cue.start() - 4), cue.start()):
        return True  # "since the club's much-trumpeted “new era” began": the quoted words begin
    if _QUOTED_MODIFIER.search(text, max(0, cue.start() - 40), cue.start()) and word not in ("say", "says") \
            and (lexicon.is_base_form(word) or word in PLURAL_NOUNS):
        return True  # "rival questions “offline” claim": a noun the quoted word describes
    if word in _PAPER_NOUNS and _PAPER_IN.search(text, max(0, cue.start() - 40), cue.start()):
        return True  # "said in a methodological note that": the paper it was said in
    if lexicon.is_base_form(word) and word != "read":  # "the board read the statement"
        # "sounded a rare note", "had the final say": a base form in an object after a verb is a
        # noun, though one still reporting speech when a clause follows ("her claim that she “...”");
        # "the fishermen say", "“...,” the two say" keep their verb
        return bool(_OBJECT_BEFORE.search(text, max(0, cue.start() - 40), cue.start())) and \
            not THAT_CLAUSE.match(text, cue.end())
    if _DETERMINER_BEFORE.search(text, max(0, cue.start() - 30), cue.start()) and \
            _SPEECH_NOUN_AFTER.match(text, cue.end()):
        return True  # "in a brief written statement", "its stated aim": the verb as an adjective
    if word.endswith("ed") and _NAME_OWNS.search(text, max(0, cue.start() - 30), cue.start()) and \
            _NOUN_THEN_AS.match(text, cue.end()):
        return True  # "described Valdmark's proposed inspection regime as": what the regime is
    if lexicon.cue_forms().get(word.lower()) in ("agree", "ask") and _TO_DO.match(text, cue.end()):
        return True  # "the ministers had agreed to keep", "who asked not to be named": no words reported
    if lexicon.cue_forms().get(word.lower()) == "threaten" and _TO_DO.match(text, cue.end()) \
            and not _QUOTE_SOON.match(text, cue.end()):
        return True  # "who threatened to clear the room" (not "threatening to strike “... centers”")
    if word.lower() in _PLACING_PARTICIPLES and _PLACED_AFTER.match(text, cue.end()) and \
            _PAPER_BEFORE.search(text, max(0, cue.start() - 40), cue.start()):
        return True  # "in a message posted on its channel": what the message is, not who spoke
    if word.lower() == "read" and _READ_OUT.match(text, cue.end()) and \
            _PAPER_BEFORE.search(text, max(0, cue.start() - 40), cue.start()):
        return True  # "said in a statement read to the court": whoever said it, not the reader
    if word == "called" and _CAPITAL_NEXT.match(text, cue.end()) and \
            (thing := _A_THING_BEFORE.search(text, max(0, cue.start() - 40), cue.start())) and \
            thing.group(1) not in lexicon.person_nouns() and thing.group(1) not in lexicon.title_words():
        return True  # "a private firm called Warden Secure Solutions, said": its name, no words reported
    if word == "disputed" and _DETERMINER_BEFORE.search(text, max(0, cue.start() - 20), cue.start()) and \
            NEXT_LOWER.match(text, cue.end()):
        return True  # "residents of the disputed border town": an adjective
    if _GAP_CLAUSE_BEFORE.search(text, max(0, cue.start() - 60), cue.start()):
        return True  # "“when she releases her donor list,” a condition Toberleigh's team rejected": the
        # condition's clause, not who said the words
    if lexicon.cue_forms().get(word.lower()) == "call" and _RANG.match(text, cue.end()):
        return True  # "a company official called her on Tuesday": a telephone call, no words reported
    if lexicon.cue_forms().get(word.lower()) == "relate" and _TO_WHAT.match(text, cue.end()):
        return True  # "the charges related to “serious violence”": what they concern, nobody speaking
    if word == "accused" and _OF_NEXT.match(text, cue.end()):
        return True  # "the man accused of setting the fire", "was accused of": a charge, no words reported
    if lexicon.cue_forms().get(word.lower()) == "add" and _ADDS_UP.match(text, cue.end()):
        return True  # "the numbers added up": a sum, nobody speaking
    if lexicon.cue_forms().get(word.lower()) == "add" and _QUOTE_NEXT.match(text, cue.end()) and \
            _MEASURE_ADDING.search(text, max(0, cue.start() - 30), cue.start()):
        return True  # "the bill added “billions in spending”": a sum the bill brings, nobody speaking
    if not word.endswith("s") and not word.endswith("ing"):
        return False
    if _NOUN_BEFORE.search(text, max(0, cue.start() - 20), cue.start()):
        return True
    if word in PLURAL_NOUNS:
        # "tweets", "claims": a verb only right after its subject ("Roux tweets", "she claims"), or
        # in "what their union calls", "rostering that the union calls"
        what = _WHAT_BEFORE.search(text, max(0, cue.start() - 40), cue.start())
        if what and (names_people(what.group(2)) or what.group(2) in lexicon.org_words()) \
                and (what.group(1) == "what" or word == "calls"):
            return False  # (not "that the pension rules would be reviewed", "that the police reports")
        prev = re.search(r"(\S+)\s+$", text[max(0, cue.start() - 40):cue.start()])
        return not (prev and (prev.group(1)[:1].isupper() or prev.group(1).lower() in PRONOUNS
                              or prev.group(1).endswith(")")))
    return False


def is_participle(cue: str) -> bool:
    return cue.endswith("ing")
