"""Speaker mentions as written: the name, pronoun or role noun a reporting cue points to
("Steve Witkoff, Trump's envoy, said", "said the minister", "he told reporters"), read from the
text around the cue. Who a mention stands for is the business of `coreference`; the article's
entities are asked here only whether a name is a body that has people speaking for it."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from quoteindex import lexicon
from quoteindex.cues import SPEAKER_AFTER, TELL, is_participle
from quoteindex.layout import NEXT_WORD, Layout, next_word
from quoteindex.names import (DATELINE, ENTRY_TIME, GROUP_NOUNS, PRONOUNS, Name, is_person_noun,
                              names_people, people_plural, speaks_for_body)
from quoteindex.sentences import sentence_end
from quoteindex.speakers import Registry


@dataclass(slots=True)
class Mention:
    """Who a cue points to, as written: a name, a pronoun or a role noun."""

    text: str
    start: int
    end: int
    kind: str  # "name", "pronoun", "nominal"
    name: Name | None = None
    role: str = ""  # an appositive role ("Trump's special envoy")


# words that may sit between a speaker and the cue ("he later said", "Roux has repeatedly said")
_ADVERBS = {"also", "later", "then", "previously", "repeatedly", "recently", "once", "again", "further",
            "has", "have", "had", "would", "will", "was", "is", "did", "does", "reportedly", "publicly",
            "privately", "simply", "quickly", "flatly", "bluntly", "firmly", "angrily", "earlier", "often",
            "frequently", "just", "even", "still", "may", "might", "could", "should", "not", "never",
            "sharply", "forcefully", "directly", "immediately", "only", "already", "jokingly", "clearly",
            "openly", "specifically", "explicitly", "softly", "loudly", "himself", "herself", "themselves",
            "itself", "both", "all", "each", "last", "yesterday", "today", "tonight", "ago", "week", "night",
            "morning", "afternoon", "evening", "continued", "emphatically", "quietly", "proudly",
            "calmly", "first", "ever", "spring", "summer", "autumn", "winter", "month", "year",
            "weekend"} | lexicon.WEEKDAYS
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
VERBISH = {"has", "have", "had", "is", "was", "are", "were", "will", "would", "did", "does", "do", "can",
           "could", "should", "may", "might", "must", "been", "being", "be"}
# how news writing ties an unnamed source to what it knows: "a person close to the mayor"
_SOURCE_TIES = {"familiar with", "close to", "briefed on", "knowledgeable about"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
                "your", "one", "two", "three", "several", "many", "some", "other", "another", "both", "most",
                "few", "all"}
_COUNTS = {"two", "three", "several", "many", "few", "both"}  # "the two lawmakers", "all three judges"
# the name a dropped role word belongs to: "Velmark " in "Velmark governor ", "Harbour Board "
_OF_WHOM = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+$")
_LOWER_WORDS = r"((?:[a-z][\w-]*\s+){1,2})"  # one or two lower-case words of a role: "harbour union "
# the same after whose the role is: "Dem group ", "Tessel harbour union "
_LOWER_THEN_OWNER = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*\s+" + _LOWER_WORDS + "$")
# a capitalised word opening the sentence before a role: "Sheep " in "Sheep farmer Rod Kellaway"
_OPENING_MODIFIER = re.compile(r"(?:^|[.!?;”\"\n]\s*)([A-Z][a-z]+\s+)$")
# the same after an opening clause's comma ("Asked about it, agency "), or alone, from where a clause
# starts ("sheep " after "Another evacuee, ")
_COMMA_THEN_LOWER = re.compile(r",\s+" + _LOWER_WORDS + "$")
_LOWER_ONLY = re.compile(_LOWER_WORDS)
_COMMA_SPACE = re.compile(r",\s*")
_EX_OWNER = re.compile(r"(?<![\w’'-])ex-[A-Z][\w’'-]*\s+$")  # "ex-Pellan " before a role
_TRAILING_WORD = re.compile(r"([\w.’'-]+)\s+$")
# "described the toll as “...”": the phrase before "as" is an object (not "as the smoke cleared")
_AS_OBJECT = re.compile(r"\s+as\s+(?:(?:an?|being|so)\s+)?[“\"‘]")
_CASTING_VERBS = {"describe", "label", "dismiss", "brand"}  # verbs that cast their object "as" something
_ABBREVIATED = re.compile(r"\b[A-Za-z]+\.")  # "Gov.", "Sen.": a word and its full stop
# lower-case role words between an institution and its member: " political science professor "
_ROLE_WORDS_ONLY = re.compile(r"(?:\s+(?!(?:who|whose|which|that|his|her|its|their|and|or|of|for"
                              r"|with|to|in|on|at|by|from)\b)"
                              r"[a-z][\w-]*){1,4}\s+")


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


def _some_people(word: str) -> bool:
    """Whether a word stands for several people, before whom or where they are of: "Supporters",
    "police", "many"."""
    return people_plural(word) or word.lower() in _SOME_PEOPLE


def _tying(words: list[str]) -> bool:
    """Whether a preposition or conjunction stands among lower-cased words before a name: they
    tie the name to something else ("as host Ada Roux", "aide to Ana Rell"), not to a role."""
    return any(w in PREPOSITIONS or w in _CLAUSE_BREAK for w in words)


def _speaker_word(word: str, after: str = "") -> bool:
    """Whether a word may be part of a speaker phrase: a word, a number joined to one ("the
    43-year-old", "a 12-member panel") or counting people ("75 percent of voters"), but no date
    ("on March 3 said"); `after` is the word that follows."""
    return word[:1].isalpha() or bool(re.match(r"\d+-[a-z]", word)) or word.isdigit() and after == "percent"


# whoever heard or holds the words, not who said them: "Another source speaking to Velmark Radio",
# "a letter obtained by the Courier", "an email sent to Rell", and where they were posted: "Lund's
# post on Chirp"
_RECEIVER = re.compile(r"\b(?:(?:speaking|talking)\s+(?:to|with)|writing\s+(?:to|for)"
                       r"|(?:obtained|seen|reviewed|received)\s+by"
                       r"|(?:sent|addressed|leaked)\s+to"
                       r"|(?<=\b(?:post|page|blog|site))\s+on|(?<=\btweet)\s+on|(?<=\baccount)\s+on"
                       r"|(?<=\bwebsite)\s+on|(?<=\bvideo)\s+on)\s+(?:[Tt]he\s+)?$")
# people before the name of whom they are or where they are: "Supporters of ", "Lawyers for ",
# "people close to ", "Staff at the ", "Protesters in central ", "Voters in the city of "
_PEOPLE_OF = re.compile(r"(?:\b(?P<det>(?i:the|some|many|several|two|three|a group of|one|an?|another))\s+"
                        r"(?:[a-z-]+\s+){0,2}?)?"
                        r"\b(?P<who>[A-Za-z]+)\s+(?:(?:of|for|(?P<to>to)|close\s+to|familiar\s+with)"
                        r"|(?P<where>in|at|across|throughout))\s+(?:the\s+)?"
                        r"(?(where)(?:[a-z]+\s+)?"
                        r"(?:(?:city|town|state|county|province|region|village)\s+of\s+)?)$")


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


def _between_adjectives(words: list[re.Match], k: int) -> bool:
    """Whether the comma at words[k - 1] separates two describing words of one speaker
    phrase: "the soft-spoken, 64-year-old diplomat", "a tired, angry farmer"; not the
    comma closing another phrase ("the ministry, veteran diplomats") or a name."""
    if k < 3 or len(words) - k < 2:
        return False
    before, after = words[k - 2].group(), words[k].group()
    if before.endswith("s") or after.endswith("ing") or after in lexicon.cue_forms():
        return False  # "several harbour pilots, citing her": a noun, then a clause
    return (words[k - 3].group().lower() in _DETERMINERS and before.islower() and not after[:1].isupper()
            and not names_people(before) and not is_person_noun(after) and before not in lexicon.org_words()
            and before not in lexicon.cue_forms() and before not in VERBISH)


# a member of a body, before the member's name: "member of parliament ", "Member of the Assembly "
_MEMBER_OF = re.compile(r"(?i:member)\s+of\s+(?:the\s+)?[A-Za-z]+\s+$")


def drop_role_words(before: str) -> str:
    """`before` without the role words that end it: "Former presidential candidate Ada Roux
    walked" opens its sentence as surely as "Ada Roux walked", and so does "Velmark pollster
    Tom Rell" or "Harbour Board chief Ana Rell", whose role is of a place or a body."""
    dropped = False
    if member := _MEMBER_OF.search(before):  # "Local member of parliament Ingrid Solvay"
        before, dropped = before[:member.start()], True
    while (m := _TRAILING_WORD.search(before)) and is_person_noun(m.group(1).lower()):
        before, dropped = before[:m.start()], True
    if dropped and (ex := _EX_OWNER.search(before)):
        return before[:ex.start()]  # "ex-Pellan defender Joan Turvey": a former side of hers
    if dropped and (opening := _OPENING_MODIFIER.search(before)):
        before = before[:opening.start(1)]  # "Sheep farmer Rod Kellaway", "Retired teacher Ada Roux"
    if dropped and (compound := _LOWER_THEN_OWNER.search(before)):
        before = before[:compound.start(1)]  # "Lib Dem group leader", "Tessel harbour union chief"
    elif dropped and (compound := _COMMA_THEN_LOWER.search(before) or _LOWER_ONLY.fullmatch(before)) and \
            not any(w in lexicon.stop_words() for w in compound.group(1).split()):
        # "Asked about it, agency director", and from a clause start: "sheep farmer" after "Another
        # evacuee,"
        before = before[:compound.start(1)]
    if dropped and (whose := _OF_WHOM.search(before)):
        before = before[:whose.start()]
    return before


# nouns for speech whose "of" introduces the speaker: "in the words of Ana Rell:"
_WORDS_OF = {"words", "phrase", "view", "views", "remarks", "statement"}


def _marks_object(words: list[str], k: int) -> bool:
    """Whether words[k], among the lower-cased words before a name, makes the name an object
    ("a message to", "told"); "of" after a title or a word for speech does not ("secretary of",
    "the words of")."""
    w = words[k]
    if w == "of" and k and (words[k - 1] in lexicon.title_words() or words[k - 1] in _WORDS_OF):
        return False
    return w in PREPOSITIONS or w in lexicon.cue_forms() or w in _ADDRESSING


# verbs whose object is who is spoken to: "He pressed Thornquist:"
_ADDRESSING = {"pressed", "urged", "challenged", "quizzed", "grilled", "reminded", "interrupted", "implored"}
# what may open a sentence before its participle: "After saying", "Before telling", "Insisting"
_OPENING_PARTICIPLE = re.compile(r"\s*(?:(?:After|Before|While|By|Since|Upon|On|When)\s+)?")
# a preposition that makes the name after it a place: "in Kentucky", "through the Tessel valley";
# not "shares in Brisk Foods"
PLACE_BEFORE = re.compile(r"(?<![Ss]hares )(?<![Ss]take )(?<![Ss]tock )(?<![Ii]nvestment )(?<![Ii]nterest )"
                          r"\b(?:in|across|through|throughout|near|outside|inside)\s+(?:the\s+)?$")
# what places somebody unnamed before a name: "one fan in a Kelsford scarf", "a man from ",
# "one grocer on "
_IN_SOMETHING = re.compile(r"\b(?:in|on|at|near|outside|from|wearing|with)\s+"
                           r"(?:(?:the|a|an|his|her|their)\s+)?$")
# a tie to the one named after it that makes the speaker somebody else: "A source close to "
_TIE_BEFORE = re.compile(r"\s(?:close\s+to|familiar\s+with|allied\s+with)\s+$")
# where a street is, before its name: "on Pellbrook’s "
_ON_STREET = re.compile(r"\b(?:on|at|along|off)\s+(?:the\s+)?(?:[A-Z][\w-]*[’']s\s+)?$")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")  # where somebody unnamed is from: "A student from "
# words for some people, before where they are: "Many in Velmark said"
_SOME_PEOPLE = {"many", "some", "those", "others", "everyone", "all", "few"}
# a time between a subject and its verb: "Berg on Wednesday called", "Roux earlier this year said",
# "the agency at the time called", "he used to tell her"
_WHEN_BEFORE = re.compile(r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                          r"(?:last|this|earlier this)\s+(?:month|year)|at\s+the\s+time|at\s+first|in\s+turn"
                          r"|used\s+to)"
                          r"\s+$")
# where words were put, before a name: "posted a message on the social network Chirp accusing"
_PLATFORM_BEFORE = re.compile(r"\b(?:on|via|through)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$")
# where a place is, right before its name: " in southern ", " over "
_PLACE_PREPOSITION = re.compile(r"\s(?:in|at|near|over|across|outside|from)\s+(?:(?:the\s+)?(?:north|south"
                                r"|east|west|central|northern|southern|eastern|western|rural)\w*\s+)?$")
# a relative clause on a thing or a person before a verb: " that lost both engines over farmland in "
_THAT_CLAUSE = re.compile(r"(?<=[a-z])\s+that\s+(?!(?:he|she|they|we|I|it)\b)[a-z][^,;:.!?“”\"]{1,100}$")
# where something was said, before a participle: "on Twitter writing", "in Velmark chanting"
_AFTER_PREPOSITION = re.compile(r"\s+(?:on|in|at|via|through|over)\s+(?:the\s+)?$")
# words that make the name after them an object: "a message to Rell", "an interview with Rell"
PREPOSITIONS = {"to", "with", "on", "at", "about", "for", "from", "against", "by", "in", "of", "into",
                "over", "toward", "towards", "between", "than", "via"}
# an auxiliary or copula: a phrase holding one is a clause, not somebody's description
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must)\b")
# role words before a name in an appositive ("the shipping lawyer Lena Brandt", "Former Velmark
# governor Ada Roux"), but not an object ("an early supporter of Roux")
_ROLE_PREFIX = re.compile(r"(?:[\w.’'-]+\s+){1,5}(?<!\bof )(?<!\bfor )(?<!\bto )(?<!\bwith )(?<!\bby )"
                          r"(?<!\bfrom )(?<!\bat )(?<!\bin )(?<!\bon )(?<!\babout )(?<!\bagainst )")
# words whose "’s" is "is" or "has", not a possessive: "That’s why", "It’s “Game Over”"
CONTRACTED = {"that", "it", "here", "there", "what", "who", "he", "she", "let", "where", "how", "why",
              "when", "everyone", "nobody", "today"}
# a possessive subject ("Rell’s campaign"), not a contraction ("That’s why he")
_OWNER = (r"(?!(?i:" + "|".join(sorted(CONTRACTED)) + r")[’'])"
          r"(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*[’']s")
# an adverb between a subject and its verb: "Roux later said", "who also told", "was first reported"
_BEFORE_VERB = r"(?:[a-z]+ly\s+|(?:also|then|later|again|first|now|never)\s+)"
# a word inside a noun phrase: no clause, and a second determiner only after a preposition
# ("A footnote in the report")
_NP_WORD = r"(?!(?:who|which|that)\b)(?:(?!(?:an?|the)\b)|(?<=\bin )|(?<=\bof )|(?<=\bfor ))[\w’'-]+"
_IRREGULAR_PAST = (r"sent|made|took|gave|put|told|said|wrote|spoke|kept|held|brought|began|found|thought"
                   r"|saw|stood|shook|struck|drew|grew|rose|sat|felt")
_NOT_VERBS = r"(?:as|this|thus|plus|us|his|its|less|unless|across)"  # words ending in "s" that are no verb
# a sentence opening with a short noun phrase and then a verb: "The letter reads", "My father often said"
_NOMINAL_SUBJECT = re.compile(r"((?:[Tt]he|An?|This|That|His|Her|Their|Its|My|Our|" + _OWNER + r")\s+"
                              r"(?:" + _NP_WORD + r"\s+){0,7}?" + _NP_WORD + r")"
                              r"(?=(?:\s+on\s+[A-Z][a-z]+day)?"  # ("The board of Ardel on Friday rejected")
                              r"\s+" + _BEFORE_VERB + r"?(?!" + _NOT_VERBS + r"\b)"
                              # (a plural's possessive is no verb: "the club’s main supporters’ group")
                              r"(?:[a-z]+(?:ed|s)|" + _IRREGULAR_PAST + r")\b(?![’']))")
# a sentence opening with people in the plural and then a past verb: "Protesters marched",
# "Hundreds of angry dock workers gathered"
_CROWD_SUBJECT = re.compile(r"((?:(?:[Hh]undreds|[Tt]housands|[Dd]ozens|[Ss]cores|[Mm]any|[Ss]ome|[Ss]everal)"
                            r"\s+of\s+)?(?P<words>(?:[\w’'-]+\s+){0,2}?)(?P<people>[A-Za-z]+))"
                            r"(?=\s+" + _BEFORE_VERB + r"?(?:[a-z]+ed|" + _IRREGULAR_PAST + r")\b)")
# a clause between a crowd and its participle, whose subject it may be: "Dock workers cheered Ada
# Roux, who left shouting", "Workers gathered as Tom Berg stepped out, telling them"; a chant stays
# the crowd's after "as" or "when" ("Supporters waited as Berg walked out, shouting")
_RELATIVE = re.compile(r"\b(?:who|which|whom)\b")
_CLAUSE_OPENER = re.compile(r"\b(?:as|when|while|after|before|because|until)\b")
_CHANTS = {"chanting", "shouting", "singing", "yelling", "screaming", "cheering", "booing"}
# a relative clause between a name and its cue: "Lena Brandt, who told", "Brandt — who’s argued"
# (or after another verb it joins: "Marlowe, who shook her head and said")
_WHO_BEFORE_CUE = re.compile(r"[,—–]\s+who(?:[’']s)?\s+(?:(?:has|had|have|would|will)\s+)?"
                             r"(?:(?:(?!that\s)[a-z][\w’'-]*\s+){1,6}?and\s+)?" + _BEFORE_VERB + r"?$")
_ASIDE_BEFORE = re.compile(r",\s+(?:now|then|since|long|once)\s+[a-z]+(?:\s+[a-z]+)?$")  # ", now retired"
_THAT_RIGHT_BEFORE = re.compile(r"\b([a-z]+)\s+that\s+$")  # a verb's clause opening: "testify that "
# a part of a body that speaks as it, opening a sentence: "The Lenmarsh branch of the "
_PART_OF = re.compile(r"\s*The\s+(?:[A-Z][\w’'-]*\s+)?(?:branch|arm|wing|chapter|division|section)\s+of\s+"
                      r"(?:the\s+)?")
_DETERMINED = re.compile(r"(?i:an?|the|one|another|his|her|their|its)\s")  # a noun phrase's determiner
# (not a second clause: "— and who told lawmakers")
_BARE_WHO_BEFORE_CUE = re.compile(r"(?<=[a-z])(?<!\band)(?<!\bor)(?<!\bbut)\s+who\s+" + _BEFORE_VERB + r"?$")
# one person's post at a body or a place, before its name: "The head of ", "the president of "
# (or who works there or for them: "A captain at Norvale said", "a lawyer for the family")
_HOLDER_OF = re.compile(r"(?<![\w’'])(?:[Tt]he|[Ii]ts|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]+)"
                        r"\s+(?:of|at|with|for)\s+"
                        # (the one it is of described first: "The agent of Sallowmere Town midfielder ")
                        r"(?:the\s+)?(?:(?:[A-Z][\w’'-]*\s+){1,3}[a-z][\w-]*\s+)?$")
# a short opening phrase with no comma, a pronoun after it: "In 2003 he put it simply:"
_SHORT_OPENING = re.compile(r"(?:In|On|At|By|During|After|Before|Later|Earlier|Last|Outside|Inside|Afterwards"
                            r"|(?:Years|Days|Hours|Minutes|Moments)\s+later)"
                            r"(?:\s+[\w’'-]+){0,4}?\s+(?=(?:he|she|they|we)\b)")
# a person described by what they are doing, up to where the phrase ends: "the lawyer leading a
# challenge against it"
_DOING_PHRASE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+[a-z]+ing\b"
                           r"[^,.;:“”\"]*$")
_WITH_BEFORE = re.compile(r"\bwith\s+$")
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")
_FROM_BEFORE_WHO = re.compile(r"\b(?:from|by|with)\s+$")  # whom a phrase is from: "a response from "
# a body's relative clause: "the Pellucian Ocean Trust, which said"
_CLAUSE_CLOSED = re.compile(r"[,”\"]\s*$")  # a clause in commas closing right before the verb
_WHICH_BEFORE_CUE = re.compile(r",\s+which\s+(?:has\s+|had\s+|have\s+)?" + _BEFORE_VERB + r"?$")
# the same after a role in commas, with no comma before "who": "Benedict Rask, a lawyer who says"
_ROLE_WHO_CUE = re.compile(r",\s+((?:the|a|an)\s[^,;:“”\"]{2,60}?)\s+who\s+" + _BEFORE_VERB + r"?$")
# two noun phrases in commas opening a sentence, up to the verb after them
# (the first a role owned or a name, no verb in it: not "Walter Hewlett sniped that Fiorina, a
# first-time chief executive, was")
_APPOSED_SUBJECT = re.compile(r"\s*(?:(?:His|Her|Their|Its|The|[A-Z][\w-]*[’']s)(?:\s+[a-z][\w-]*){1,3}"
                              r"|(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*)"
                              r",\s+(?!(?:after|before|like|unlike|with|without|despite|following|during"
                              r"|in|on|at|for|from|as|by)\b)(?![a-z]+ing\b)[^,;:“”\"]{1,80},\s+(?=[a-z])")
# a thing brought in and then named: "a private firm called "
_THING_CALLED = re.compile(r"(?:an?|the)\s+(?:[a-z-]+\s+){0,3}(?:called|named)\s+")
# who is heard or seen saying something, on a recording: " can be heard ", " was filmed "
_HEARD_DOING = re.compile(r"\s+(?:can|could|was|is|were|are)\s+(?:be\s+|being\s+)?"
                          r"(?:heard|seen|filmed|recorded)\s+$")
# a sentence opening on a paper it was said in: "In a statement posted on its website, "
_IN_A_PAPER = re.compile(r"\s*In\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|post|letter"
                         r"|e-?mail|release|interview|tweet|video)\b")
# a sentence opening on a subordinate clause: "When Rell said so, Berg ..."
SUBORDINATE = re.compile(r"\s*(?:[A-Z][^,“”\"]{0,30},\s+)?"  # "Last month, when I asked Rell, ..."
                         r"(?:In what|(?i:when|if|although|though|after|before|because|while|since|as|once|"
                         r"until|unless|whether|alongside|amid|despite|besides|unlike|following|"
                         r"asked\s+(?:by\s+[^,“”\"]{1,40}?\s+)?"
                         r"(?:whether|if|about|what|how|why|when|who)))\b")
# the owner of a reporting noun: "her claim", "Berg’s repeated claim"
_OWNER_WORD = re.compile(r"(?:\b(?P<pron>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|(?P<mark>[’']s?))"
                         r"\s+(?:(?!(?:an?|the)\s)[a-z]+\s+)?$")
# a clause after a reporting noun, its quote close behind: "claim that she “"
_THAT_AFTER = re.compile(r"\s+that(?:\s+[^\s“”\".,;:!?]+){0,5}\s+[“\"]")
# an appositive role between a name and "who": ", the ranking member on the committee"
_ROLE_BEFORE_WHO = re.compile(r",\s+((?:the|a|an)\s[^,;:“”\"]{2,80})$")
# a relative clause between a subject and its reporting verb, with no commas; not "the pilot
# who Roux said ...", whose clause has a speaker of its own
_WHO_CLAUSE = re.compile(r"\s+who\s+(?!(?:he|she|they|we|I)\b|[A-Z])[^,;:.!?“”\"—–]{1,80}$")
_AND_BEFORE = re.compile(r"\s+and\s+$")  # "Velkov and " before a second name
# a second verb of the sentence's subject, maybe after when: "shook his head and at one point muttered"
_AND_THEN = re.compile(r"\b(?:and|but|then)\s+(?:at\s+(?:one\s+(?:point|stage)|times|first|last)\s+)?$")
_AND_AFTER = re.compile(r"\s+and\s+")  # " and Hale" after a first name
_FROM_BODY = re.compile(r"\s+(?:of|from|at)\s")  # where a person named is from or works: " of the Institute"
# a possessive pronoun opening a noun phrase: "said his lawyer, Piet Saal"
_OWNER_FIRST = re.compile(r"(?i:his|her|its|their)\s")
# verbs whose agent gives a label in its own words, passive with or without "was"
_LABELLING = {"described", "called", "labelled", "labeled", "branded", "dubbed", "hailed", "denounced"}
# the name a described person goes by, right after the description: "said the base chief known
# as Bram", "said a nurse identified only as Lise"
_KNOWN_AS = re.compile(r"\s+(?:known|identified)\s+(?:only\s+|simply\s+)?as\s+(?=[A-Z])")
# nothing, or only when, between a name and a participle: "Hadrian Coile last month asking"
_WHEN_BETWEEN = re.compile(r"\s*(?:(?:last|this|next|earlier\s+this)\s+"
                           r"(?:week|month|year|spring|summer|autumn|winter)"
                           r"|on\s+[A-Z][a-z]+day|yesterday|today)?\s*")
# the name a person gives after their description: ", who gave his name only as Rudi", ", who gave only
# her first name, Ilka"
_GAVE_NAME = re.compile(r",\s+who\s+(?:gave|would\s+give)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name"
                        r"(?:\s+only)?(?:\s+as|,)\s+(?=[A-Z])")
# the same in commas before the name, in an appositive: ", a man who gave his name only as "
_GAVE_NAME_BEFORE = re.compile(r",\s+(?:(?:an?|the)\s+[a-z]+\s+)?who\s+(?:gave|would\s+give)\s+(?:only\s+)?"
                               r"(?:his|her|their)\s+(?:first\s+)?name(?:\s+only)?(?:\s+as|,)\s+$")
# whom an outlet quoted, before the participle of what they said: "quoted Mira Aalto as saying"
_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+(?!by\b)(?P<who>[^.;:“”\"]{1,80}?),?\s+as\s+$")
# the nouns that make a mention somebody's official voice
VOICE = re.compile(r"\b(spokes(?:man|woman|person)|representative|press secretary|office|officials"
                   r"|statement|report|post|tweet|website|release"
                   r"|letter|memo|e-?mail"
                   r"|campaign(?:\s+spokes(?:man|woman|person))?)\b", re.I)
# a voice noun ending the phrase after a name: "according to the Rell campaign,"
_VOICE_ENDING = re.compile(r" " + VOICE.pattern + r"(?=\s*(?:[,.;:”\"]|$))", re.I)
# a passive cue: "was (first) reported by the Courier"
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+" + _BEFORE_VERB + r"?$")
# a passive the cue is joined to, with no listener after it: "was moved to night shifts and told she"
_BE_DONE_AND = re.compile(r"\b(?:is|are|was|were|been)\s+[a-z]+ed\b[^.;:,“”\"]{0,40}\s+and\s+$")
_NO_LISTENER = re.compile(r"\s+(?:that|she|he|they|I|we|it|to)\b")
_NEGATED = re.compile(r"\b(?:not|never|n[’']t)\s+$")  # a verb denied: "did not speak"
# a second clause with a subject of its own, a pronoun, a noun phrase before its verb or a name:
# ", but his federation later issued", ", and he has battled"
_BUT_THEN = re.compile(r",\s+(?P<join>but|yet|and|while)\s+"
                       r"(?:(?P<pron>he|she|they|it(?!\s+(?:was|is|seemed)\b))\b"
                       r"|(?P<np>(?:his|her|its|their|the)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
                       r"(?=\s+(?:later|then|also|quickly|had|has|have|was|were|is|are|[a-z]+ed)\b)"
                       r"|(?=[A-Z]))")
# the agent of a passive, maybe after when it happened: "was dismissed at the time by the Fisheries Board"
_BY_AGENT = re.compile(r"(?:\s+(?:at|on|in|last|this|earlier|later)\s+(?:the\s+)?[a-z\d][\w-]*)?\s+by\s+")
# the agent after the label a passive gives: "was once described as “...” by his former manager",
# "was called “a thief” by Marchetty"
_BY_AFTER_LABEL = re.compile(r"(?:\s+as)?\s+(?:an?\s+|the\s+)?[“\"][^“”\"\n]{1,200}[”\"][,.]?"
                             r"\s+by\s+(?!(?:any|all|some|far|no)\b)")
# a thing bearing words, as the subject of "read": "a handwritten sign", "One card", "placards"
_WRITTEN_THING = re.compile(r"\b((?i:an?|one|another|the|his|her|their)\s+(?:[a-z-]+\s+){0,2}"
                            r"(?:sign|card|placard|banner|poster|notice|note|plaque|inscription|sticker"
                            r"|board|t-shirt)s?)\b")
# a place a person comes from, named right before "who": "from the mainland town of "
_PLACE_BEFORE_WHO = re.compile(r"\b(?:from|in)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}(?:town|city|village|county"
                               r"|region|province|state|district|suburb|island)\s+of\s+$")
_TO_QUOTE = re.compile(r"\s*[:,]?\s*[“\"]")  # the quote right after its cue: "read: “...”"
# who wrote the message a "reading:" quotes: "Fennimore had sent a text message"
_SENT_MESSAGE = re.compile(r"\s+(?:had\s+|has\s+)?(?:sent|wrote|posted|texted|emailed)\s+(?:a|an)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:message|text|email|e-mail|letter|note|tweet|post)\b")
_FROM_SENDER = re.compile(r",?\s+from\s+")  # whom a card is from: "One card, from Ellie Brough, 7,"
# words opening an aside in commas between a subject and its verb: "in a message posted on X"
_DASHES = ("—", "–", "--", "-")
_ASIDE_OPENERS = {"in", "on", "via", "through", "during", "speaking", "writing", "asked", "pressed",
                  "questioned", "interviewed", "reached", "contacted", "responding", "appearing", "including",
                  "posting", "commenting", "testifying", "addressing"}
_OF_PLACE = re.compile(r"(?<=\w)\s+(?:of|(?P<at>at))(?P<the>\s+the(?:\s+[a-z]+){0,2})?\s+[A-Z][\w.’'-]*"
                       r"(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w.’'-]*){0,3}"  # "the University of Tessary"
                       r"(?:,(?:\s+[A-Z][\w.’'-]*){1,2})?$")
_WORD = re.compile(r"(?<!\S)--(?!\S)|[\w’'.-]+|[^\w\s]")  # " -- " is a dash, as "—" is


_SAID_NEXT = re.compile(r"\s+(?:said|says|added|adds|told|asked|replied|wrote)\b")  # a plain reporting verb


class MentionReader:
    """Reads the speaker mentions of one article around its cues and quotes."""

    def __init__(self, layout: Layout, registry: Registry):
        self.layout = layout
        self.text = layout.text
        self.registry = registry

    def name_mention(self, n: Name) -> Mention:
        """A name as a speaker mention, written as the article has it ("Gov. Ada Roux")."""
        return Mention(self.text[n.mention_start:n.end], n.mention_start, n.end, "name", n)

    def mention_before(self, lo: int, pos: int) -> Mention | None:
        """The noun phrase ending just before `pos` (a cue), reading leftwards
        past adverbs, a day ("Roux on Friday declared") and an appositive between commas."""
        layout = self.layout
        when = _WHEN_BEFORE.search(self.text, max(lo, pos - 40), pos)  # at most " earlier this month "
        if when and when.start() > lo:
            pos = when.start()
        seg = self.text[lo:pos]
        words = list(_WORD.finditer(seg))
        i = len(words)
        # "Theresa May said", "Will wrote": a name ending there is no modal or adverb
        while i and _is_adverb(words[i - 1].group()) and lo + words[i - 1].end() not in layout.names_by_end:
            if words[i - 1].group() == "first" and i > 1 and words[i - 2].group().lower() in ("the", "a"):
                break  # "The first said": "first" stands for a person after an article
            i -= 1
        if not i:
            return None
        if i > 1 and words[i - 1].group() in ("”", '"') and words[i - 2].group() == ",":
            i -= 1  # "Berg, star of the show “The Harbour,” said": the title's comma closes the role
        if i > 2 and words[i - 1].group() in _DASHES:
            # "Its chief executive — Anouk Brightwater-Sen — said": the name between the dashes
            n = layout.names_by_end.get(lo + words[i - 2].end())
            if n is not None and self.text[lo:n.mention_start].rstrip().endswith(_DASHES):
                m = self.name_mention(n)
                m.role = self.text[lo:n.mention_start].rstrip(" —–-")
                return m
            opening = next((k for k in range(i - 2, 0, -1) if words[k].group() == words[i - 1].group()), 0)
            if opening and words[opening + 1].group() in ("who", "whose"):
                # "one fisherman — who asked not to be named — shouted": who stands before the aside
                return self.mention_before(lo, lo + words[opening].start())
            aside = layout.names_by_start.get(lo + words[opening + 1].start()) if opening else None
            if aside is not None and self.text.startswith(",", aside.end) and not aside.possessive:
                # "a second officer — Colonel Stellan Verhoef, who commanded the battalion — testified"
                return self.name_mention(aside)
            named = layout.names_by_end.get(lo + words[opening - 1].end()) if opening else None
            if named is not None and not named.possessive and \
                    words[opening + 1].group().lower() in ("a", "an", "the") and \
                    not self.text[lo:named.mention_start].strip(" \"“‘'"):
                # "Talvenne — a former police officer who entered politics in 2019 — said": the name
                # before the aside, which is her role
                m = self.name_mention(named)
                m.role = self.text[lo + words[opening + 1].start():lo + words[i - 2].end()]
                return m
        if words[i - 1].group() != ",":
            return self.mention_ending(lo, lo + words[i - 1].end())
        given = layout.names_by_end.get(lo + words[i - 2].end()) if i > 1 else None
        if given is not None and _GAVE_NAME_BEFORE.search(self.text, max(lo, given.mention_start - 80),
                                                          given.mention_start):
            return self.name_mention(given)  # "Another shareholder, a man who gave his name only as Bertil,"
        return self._appositive_subject(lo, words[:i - 1])

    def _titles_own(self, pos: int) -> bool:
        """Whether the comma or colon at `pos` is inside a title's marks, not the one closing it."""
        return self.layout.inside_marks(pos) and self.text[pos + 1:pos + 2] not in ("”", '"')

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
        voices: dict[int, str] = {}  # id of a body's chunk -> the words of those who speak for it
        end = len(words)
        while end > 0 and len(chunks) < 4:
            j = end
            # (a title's own comma or colon splits nothing: "the author of “Home Front: The Promise,”")
            # (its closing comma does: "The author of “Homes for All,” Ada Roux, said")
            while j and (words[j - 1].group() not in (",", "(", "—", "–", "--", ";", ":")
                         or self._titles_own(lo + words[j - 1].start())):
                j -= 1
            inner = words[j:end]
            if inner and inner[0].group() in ("”", '"'):
                inner = inner[1:]  # "The author of “Homes for All,” Maren Solvik, said": the title's mark
            if not inner:
                break
            low = [w.group().lower() for w in inner]
            if low[0] in ("and", "but") and len(low) > 1 and low[1] in VERBISH and j and \
                    _RELATIVE.search(self.text, lo, lo + words[j - 1].start()):
                # "Dr. Ada Roux, who works at Haldane College, Wexbridge, and was not involved, said":
                # the relative clause goes on past its place, so this chunk is no one's name
                pass
            elif low[0] in _ASIDE_OPENERS and j and len(inner) > 1:
                pass  # "The Dasht Front, in a message posted on its channel, said": an aside, not the subject
            elif (named := _THING_CALLED.match(self.text, lo + inner[0].start())) and \
                    (n := self.layout.names_by_end.get(lo + inner[-1].end())) is not None and \
                    n.mention_start == named.end():
                m = self.name_mention(n)  # "The facility's operator, a private firm called Warden Secure
                m.role = named.group().strip()  # Solutions, said": the body it names
                chunks.append(m)
            elif low[0] not in ("who", "whose", "which"):
                # a verb makes the stretch a clause, not an appositive; "one of the states" has none
                # a role may run on into a relative clause: "the director of X and who also featured in Y"
                relative = next((k for k, w in enumerate(low)
                                 if k and w in ("who", "whom", "whose", "which", "that")), None)
                if sum(w.group()[0].isalnum() for w in inner) > (18 if relative is None else 24) or any(
                        (w in VERBISH and inner[k].group().islower())  # not "Will Estrada"
                        # (an owner makes the verb's form a noun: "the office’s warning coordinator")
                        or (w in cues and (k == 0 or low[k - 1] not in _DETERMINERS
                                           and not low[k - 1].endswith(("’s", "'s"))))
                        for k, w in enumerate(low[:relative])):
                    break
                m = self.mention_ending(lo, lo + inner[-1].end())
                first = self.layout.names_by_start.get(lo + inner[0].start())
                if first is not None and not first.possessive and first.end < lo + inner[-1].end() and \
                        (first.kind == "person" or first.kind == "unknown" and len(first.words) > 1) and \
                        _FROM_BODY.match(self.text, first.end):
                    # "Her co-author, Prof. Hendrik Aalst of the Norland Institute, said": the person
                    m = self.name_mention(first)
                prefix = self.text[lo + inner[0].start():m.start] if m is not None else ""
                body = self.registry.at.get(m.name.start) if m is not None and m.kind == "name" else None
                if body is not None and body.kind != "person" and speaks_for_body(self.text, m.name):
                    chunks.append(m)  # "Officials at the Harbour Board, a division of ..., said"
                    voices[id(m)] = self.text[lo + inner[0].start():m.end]
                elif m is not None and (m.start <= lo + inner[0].start() or (
                        m.kind == "name" and _ROLE_PREFIX.fullmatch(prefix) and not any(
                            w.lower() in PREPOSITIONS for w in prefix.split()
                            # ("Deputy chief of staff Ilona Prett": a title in lower case after its "of")
                            if not (w == "of" and all(x.islower() for x in prefix.split()[1:]))))):
                    # "Her main rival, the shipping lawyer Lena Brandt, said": the words before
                    # the name are the role that describes the person best
                    m.role = prefix.strip()
                    chunks.append(m)
            if j == 0 or words[j - 1].group() != ",":
                break
            end = j - 1
        chunks.reverse()
        # "Velkov and Hale, a Tessel Republican, argued": two names together open the subject
        named = [m for m in chunks[:1] if self.is_joint(m)] or [m for m in chunks if m.kind == "name"]
        # "A spokesman for Vantor Mining, Emil Hart, said": the person named speaks for the body
        people = [m for m in named if voices and m.kind == "name" and id(m) not in voices
                  and self._may_be_person(m.name)]
        best = (people or named or chunks or [None])[0]
        office = self.registry.at.get(named[0].name.start) \
            if len(named) > 1 and named[0].kind == "name" else None
        # (the holder's chunk only the name: not "Vantor Mining, the firm that employed Ada Holt, said")
        if office is not None and best is named[0] and office.kind != "person" and not office.place and \
                self._is_person(named[1].name) and chunks.index(named[1]) == chunks.index(best) + 1 and \
                not named[1].role.strip():
            best = named[1]  # "The Housing Ombudsman, Stellan Marrow, said": the one holding the office
            best.role = best.role or named[0].text
        if best is not None:
            k = chunks.index(best)
            near = [voices.get(id(m)) or m.text for m in chunks[k + 1:k + 2] + chunks[max(0, k - 1):k]
                    if m.kind == "nominal" or id(m) in voices]
            best.role = best.role or (near[0] if near else "")
        return best

    def is_joint(self, m: Mention) -> bool:
        """Whether a mention is names joined by "and", who speak together ("Velkov and Hale")."""
        return m.kind == "nominal" and " and " in m.text and m.start in self.layout.names_by_start \
            and m.end in self.layout.names_by_end

    def _joint(self, first: Name, second: Name) -> bool:
        """Whether two names joined by "and" speak together ("Velkov and Hale said"): two people,
        neither a body nor a place. The quote is theirs jointly, so it goes to neither alone."""
        kinds = [self.registry.at.get(n.start) for n in (first, second)]
        return all(e is not None and e.kind != "organization" and not e.place for e in kinds) \
            and not first.possessive

    def _is_person(self, n: Name) -> bool:
        """Whether a name is of someone the article takes for a person."""
        e = self.registry.at.get(n.start)
        return e is not None and e.kind == "person"

    def _may_be_person(self, n: Name) -> bool:
        """Whether a name can be a person's: taken for one, or of two words or more and of no
        known kind ("Osric Pell"), not a lone capitalised word nor a body."""
        return self._is_person(n) or n.kind == "unknown" and len(n.words) > 1

    def _named_after(self, pos: int, hi: int) -> Name | None:
        """The name after a comma at `pos`, saying who the words before it are: "the
        bureau's director, Ana Rell", "a spokesman for Vantor Mining, Emil Hart", and after
        what the person is: "the evening's host, actor Tom Brell"."""
        comma = re.match(r",\s*", self.text[pos:hi])
        if comma is None:
            return None
        n = self.layout.names_by_start.get(pos + comma.end())
        if n is None and self.text.startswith("the ", pos + comma.end()) \
                and (titled := self.layout.names_by_start.get(pos + comma.end() + 4)) and titled.role:
            n = titled  # a cleric's, "the" before the title: "the abbot, the Venerable Kovida Ranelle"
        if n is None:
            k = bisect.bisect_left(self.layout.name_starts, pos + comma.end())
            n = self.layout.names[k] if k < len(self.layout.names) else None
            between = self.text[pos + comma.end() - 1:n.mention_start] if n is not None else ""
            if not (n is not None and n.mention_start < hi and _ROLE_WORDS_ONLY.fullmatch(between)
                    and is_person_noun(between.split()[-1])):
                return None
        return n if not n.possessive else None

    def mention_ending(self, lo: int, end: int) -> Mention | None:
        """The mention whose last word ends at `end`: a name, a pronoun or a role noun."""
        text = self.text
        n = self.name_before_place(lo, end) or self.layout.names_by_end.get(end)
        if n is not None:
            listener = _RECEIVER.search(text, max(lo, n.mention_start - 30), n.mention_start)
            if listener and not (n.kind != "organization" and text.startswith(", who", n.end)):
                # "Another source speaking to Velmark Radio said": the outlet only listened
                # (but in "seen by Ada Roux, who said" she speaks)
                return self.mention_ending(lo, len(text[:listener.start()].rstrip()))
            people = self._people_before(lo, n)
            if people is not None:
                return Mention(text[people.start():end], people.start(), end, "nominal")
            holder = _HOLDER_OF.search(text, max(lo, n.mention_start - 70), n.mention_start)
            if holder is not None and (holder.group(1).lower() in lexicon.title_words()
                                       or is_person_noun(holder.group(1).lower())) \
                    and not VOICE.search(holder.group()):
                # "The head of Northline Rail conceded", "The president of Velmark said": a person
                # holding a post there, not the body or the place ("The widow of Tomas Berg said": hers)
                p = holder.start()
                while p > lo and text[p - 1] in " ,":
                    p -= 1
                named = self.layout.names_by_end.get(p)
                if named is not None and text[named.end:holder.start()].strip() == "," \
                        and named.mention_start >= lo and self._is_person(named):
                    # "Sam Lau, the communications director for the party said": the comma closing
                    # the role left out
                    m = self.name_mention(named)
                    m.role = text[holder.start():end]
                    return m
                return Mention(text[holder.start():end], holder.start(), end, "nominal")
            tie = _TIE_BEFORE.search(text, max(lo, n.mention_start - 20), n.mention_start)
            inner = self.mention_ending(lo, len(text[:tie.start()].rstrip())) if tie else None
            if inner is not None and inner.kind == "nominal":
                # "A source close to Vorley told": the source, whoever they are close to
                return Mention(text[inner.start:end], inner.start, end, "nominal")
            where = PLACE_BEFORE.search(text, max(lo, n.mention_start - 12), n.mention_start) or (
                _FROM_BEFORE.search(text, max(lo, n.mention_start - 10), n.mention_start)
                if n.kind == "unknown" and len(n.words) == 1 else None) or (  # "A student from Dehravan said"
                _ON_STREET.search(text, max(lo, n.mention_start - 30), n.mention_start)
                if lexicon.place_shaped(n.words) else None)  # "Traders on Pellbrook’s Wexley Parade have"
            if where and n.kind != "organization":
                # "Families of the soldiers killed in Tessel said": the people, wherever they are;
                # "Ada Roux in Velmark said", "The Harbour Board in Velmark said": the name before
                before = len(text[:where.start()].rstrip())
                inner = self.mention_ending(lo, before)
                if inner is not None and (inner.kind == "name" or inner.end < before):
                    return inner  # or "Women marched through Velmark": the verb not in the mention
                if inner is not None and inner.kind == "nominal":
                    return Mention(text[inner.start:end], inner.start, end, "nominal")
            joint = _AND_BEFORE.search(text, max(lo, n.mention_start - 8), n.mention_start)
            first = self.layout.names_by_end.get(joint.start()) if joint else None
            if first is not None and first.mention_start >= lo and self._joint(first, n):
                return Mention(text[first.mention_start:end], first.mention_start, end, "nominal")
            return self.name_mention(n)
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
        if bare == "it" and len(words) > 1 and words[-2].group().lower() in PREPOSITIONS:
            # an object, not the subject: "the lawyer leading a challenge against it told the court"
            doing = _DOING_PHRASE.search(text, lo, end)
            return Mention(doing.group(), doing.start(), end, "nominal") \
                if doing and is_person_noun(doing.group(1).lower()) else None
        if bare.lower() in PRONOUNS:
            return Mention(bare, words[-1].start(), words[-1].start() + len(bare), "pronoun")
        low = last.lower()
        alone = len(words) == 1 or words[-2].group() in (",", "”", '"', ".")  # the word is the phrase
        if alone and (low in ("one", "another") and _SAID_NEXT.match(text, end)
                      or low in ("someone", "somebody")):
            # "“Nobody wants this,” one said", "One said:": one of a group the article does not name;
            # "“Painted!” someone cried": a voice it does not name
            return Mention(last, words[-1].start(), words[-1].end(), "nominal")
        if not _speaker_word(last) or low in _CLAUSE_BREAK or low in ("of", "for", "the", "a"):
            return None
        if len(words) > 1 and re.fullmatch(r"[a-z]+ed", last) and people_plural(words[-2].group()):
            # "Protesters gathered in Velmark chanting": the verb is no part of the phrase, and the
            # people opening a sentence are no name ("Nurses interviewed said")
            inner = self.mention_ending(lo, words[-2].end())
            return Mention(inner.text, inner.start, inner.end, "nominal") if inner and inner.kind == "name" \
                else inner
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
            if w == "," and _between_adjectives(words, k):
                k -= 1  # "the soft-spoken, 64-year-old diplomat"
                continue
            # (a cue's participle between a determiner and a noun is an adjective: "the disputed border town")
            adjective = wl.endswith("ed") and k >= 2 and words[k - 2].group().lower() in _DETERMINERS
            if not _speaker_word(w, words[k].group()) or wl in cues and not adjective or wl in VERBISH \
                    or wl in _CLAUSE_BREAK:
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
        named = self.layout.name_from(start)
        if named is not None and named.mention_start == start and named.kind == "person" \
                and _OF_AFTER.match(text, named.end):
            return self.name_mention(named)  # "Inspector Maro Telesku of the Liscara city police said"
        return Mention(text[start:end], start, end, "nominal")

    def _people_before(self, lo: int, n: Name) -> re.Match | None:
        """People written right before `n` who are not `n`: "Supporters of Ana Rell", "people close
        to Rell", "Protesters in Velmark"; but people in or at a body ("Officials in the Port
        Authority", "experts at the Harbour Institute") and its officials speak for it."""
        people = _PEOPLE_OF.search(self.text, max(lo, n.mention_start - 40), n.mention_start)
        # (or one person of the place: "One resident of Millrace Lane", not "the mayor of Velmark";
        # or one serving someone: "A former senior aide to Senator Ada Roux")
        who = people.group("who").lower() if people else ""
        one = people is not None and (people.group("det") or "").lower() in ("one", "a", "an", "another") \
            and is_person_noun(who) and (who not in lexicon.title_words() or people.group("to") is not None)
        if people is None or not (_some_people(who) or one) or speaks_for_body(self.text, n) \
                or (people.group("where") and n.kind == "organization"):
            return None
        return people

    def name_before_place(self, lo: int, end: int) -> Name | None:
        """The name text[lo:end] ends with when what ends it is where that person comes
        from or works: "Sen. Ada Roux of Velmark", "Greta Holm of Tessel, Norvale", "Osric
        Pell of the Senlow Courier", "Jasper Quill at Oldbridge Capital" (a person's name: "the
        Department of the Interior" is one body)."""
        place = _OF_PLACE.search(self.text, lo, end)
        n = self.layout.names_by_end.get(place.start()) if place else None
        if n is not None and (place.group("the") or place.group("at")) and not self._may_be_person(n):
            return None
        return n

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
        group = NEXT_WORD.match(text, n.end) if n is not None else None
        if group and group.group(1).islower() and names_people(group.group(1)):
            # "said Ada Roux adviser Tom Ek", "said a senior Roux adviser, Tom Ek": the adviser;
            # "said like-minded Rell supporters", "said a senior Rell adviser": people named
            # after her, not Rell
            gap = re.match(r",?\s*", text[group.end():hi]).end()
            holder = self._name_soon_after(group.end() + gap, hi)
            if holder is not None and holder.kind != "organization" and \
                    holder.mention_start == group.end() + gap:
                m = self.name_mention(holder)
                m.role = text[i:group.end()]
                return m
            return Mention(text[i:group.end()], i, group.end(), "nominal")
        if n is not None:
            person = self._named_after(n.end, hi) if speaks_for_body(text, n) else None
            if person is not None and self._is_person(person):
                # "said a spokesman for Vantor Mining, Emil Hart": he speaks, for the company
                m = self.name_mention(person)
                m.role = text[i:n.end]
                return m
            joint = _AND_AFTER.match(text, n.end, hi)
            second = self.layout.names_by_start.get(joint.end()) if joint else None
            if second is not None and second.end <= hi and self._joint(n, second):
                return Mention(text[n.mention_start:second.end], n.mention_start, second.end, "nominal")
            m = self.name_mention(n)
            ap = re.match(r",\s*((?:the|a|an|[A-Z][\w’']*’s|[A-Z][\w’']*'s)\s[^,.;:“”\"]{2,60})",
                          text[n.end:hi])
            if ap:
                m.role = ap.group(1).strip()
            return m
        # “...,” said he. but not "said he had seen": there the pronoun opens the reported clause
        w = re.match(r"(?:he|she|they|we|it|I)\b(?=\s*(?:[,.;:!?—–]|$))", text[i:hi], re.I)
        if w:
            return Mention(w.group(), i, i + w.end(), "pronoun")
        # “...,” said one. / said another: one of a group the article does not name
        w = re.match(r"(?:one|another|others|several|both)\b(?=\s*(?:[,.;:!?—–]|$))", text[i:hi])
        if w:
            return Mention(w.group(), i, i + w.end(), "nominal")
        # an abbreviation's full stops do not end the phrase: "said a former U.S. official"
        np_ = re.match(r"(?:(?i:the|a|an|one|another|two|several|his|her|its|their)"
                       r"|(?:[A-Z][\w’'-]*\s){0,3}[A-Z][\w’'-]*[’']s)\s+"
                       r"(?:(?:[A-Z]\.){2,}|[^,.;:“”\"]){1,60}", text[i:hi])
        if np_ is None and people_plural(next_word(text, i)):
            np_ = re.match(r"[^,.;:“”\"]{1,60}", text[i:hi])  # "said supporters in Tessel"
        known = _KNOWN_AS.search(np_.group()) if np_ else None
        n = self.layout.names_by_start.get(i + known.end()) if known else None
        if n is not None and n.kind != "organization" \
                and is_person_noun(np_.group()[:known.start()].split()[-1].lower()):
            m = self.name_mention(n)
            m.role = np_.group()[:known.start()]
            return m
        if np_:
            phrase = re.split(r"\s+(?:in|on|at|during|after|before|(?<!close )to|who|whose|which|that|when|as"
                              r"|of the|told|said|says|adding|according)\b", np_.group())[0]
            # "said the bureau's director, Ana Rell,", "said its coordinator, Farid Masri": the
            # role, then the name it belongs to
            gave = _GAVE_NAME.match(text, i + len(phrase))
            named = gave and names_people(phrase.split()[-1].lower())
            n = self.layout.names_by_start.get(gave.end()) if named \
                else self._named_after(i + len(phrase), hi)
            whole = np_.group().rstrip()
            if n is None and whole[len(phrase):].startswith((" of the ", " to ")) and \
                    is_person_noun(phrase.split()[-1].lower()):
                # or what the role is of or to first: "according to the chair of the committee, Ansel
                # Greeve,", "said a former aide to Senator Ada Roux, Tom Ekberg"
                n = self._named_after(i + len(whole), hi)
                phrase = whole if n is not None else phrase
            if n is not None:
                m = self.name_mention(n)
                m.role = phrase
                return m
            if _OWNER_FIRST.match(phrase) and not (names_people(phrase.split()[-1].lower())
                                                   or VOICE.search(phrase)):
                return None  # "said his lawyer", "his campaign"; not "according to its analysis"
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
        k = bisect.bisect_left(self.layout.name_starts, pos)
        while k < len(self.layout.names):
            n = self.layout.names[k]
            gap = self.text[pos:n.mention_start]
            # "said former Velmark Gov. and party chair Ada Roux": a title's full stop ends nothing
            bare = _ABBREVIATED.sub(lambda w: "" if w.group().lower() in lexicon.title_words() else w.group(),
                                    gap)
            if n.mention_start >= hi or len(gap) > 60 \
                    or re.search(r"[,.;:“”\"()]", bare.replace("’s", "")):
                return None
            # "a 2019 report by the Survey": a year says nothing of whom the report is
            words = [w for w in gap.lower().split() if not w.isdigit()]
            if words and PLACE_BEFORE.search(gap) and n.kind != "organization":
                return None  # "said supporters in Tessel": where they are, not who
            if self._people_before(pos, n) is not None:
                return None  # "said supporters of Ada Roux", "said people close to Roux": not Roux
            if _IN_SOMETHING.search(gap) and (words[0] in ("one", "a", "an", "another")
                                              or any(is_person_noun(w) for w in words)) \
                    and not VOICE.search(gap):
                # "said one fan in a Kelsford scarf", "said a man from Tessel", "said one grocer on
                # Mill Lane": not the name
                return None
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
        n = self.layout.names[k]
        if (n.kind == "organization" or len(n.words) == 1) and k + 1 < len(self.layout.names):
            person = self.layout.names[k + 1]
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
        if cue.group().lower() in SPEAKER_AFTER:
            return self.named_after(cue, min(len(text), cue.end() + 120))
        owner = self._speech_owner(cue)
        if owner is not None:
            return owner
        by = self.passive_by(cue)
        if by is not None:
            # "Roux was asked by host Tom Berg": the speaker comes after "by"
            return self.mention_after(by, min(len(text), cue.end() + 120))
        if self.asked_of(cue) or cue.group() == "Asked" and not _BY_AGENT.match(self.text, cue.end()):
            # "Berg was asked, “...”": whoever asked, it was not Berg; "Asked whether Copper Lantern
            # would run, she said": nor the horse
            return None
        floor = self.layout.clause_floor(cue.start())
        shown = _TO_QUOTE.match(text, cue.end())
        if lexicon.cue_forms().get(cue.group().lower()) == "read" and shown \
                and self.layout.inside_quote(shown.end()):
            sender = self._message_sender(cue)
            if sender is not None:
                return sender
            # (a quote still counted, not a slogan read as if unquoted: "the sign — which read
            # “Hispanics 4 Trump” — ... mouthing “thank you”")
            # "a handwritten sign taped to the door of the Fox and Lantern read:", "One card, from
            # Ellie Brough, 7, read:": the sign, or whoever it is from
            thing = _WRITTEN_THING.search(text, floor, cue.start())
            first = self.layout.name_from(floor)
            if thing is not None and not (first is not None and first.mention_start < thing.start(1)):
                # (not "Marta Quell held up a sign and read:", which she read out)
                start = thing.start(1)
                sender = _FROM_SENDER.match(text, thing.end(1))
                j = bisect.bisect_left(self.layout.name_starts, sender.end()) if sender \
                    else len(self.layout.names)
                # (the first person named after "from": "from Year 2 pupil Ellie Brough")
                who = next((n for n in self.layout.names[j:j + 3] if n.end < cue.start()
                            and self._may_be_person(n)), None)
                if who is not None:
                    return self.name_mention(who)
                return Mention(text[start:thing.end(1)], start, thing.end(1), "nominal")
        role = _ROLE_WHO_CUE.search(text, floor, cue.start())
        n = self.mention_ending(floor, role.start()) if role else None
        if n is not None and n.kind == "name":
            n.role = role.group(1)
            return n
        which = _WHICH_BEFORE_CUE.search(text, floor, cue.start())
        # (a body named, then what it is: "the Eldmark Information Office, the country’s privacy
        # regulator, which said")
        n = (self.mention_ending(floor, which.start()) or self.mention_before(floor, which.start())) \
            if which else None
        comma = text.rfind(",", max(floor, n.start - 3), n.start) \
            if n is not None and n.kind == "nominal" else -1
        if comma >= 0:
            n = self.mention_before(floor, comma) or n
        if n is not None and (n.kind == "name" or n.kind == "nominal" and n.text.split()[0].lower() == "the"
                              and n.text.split()[-1].lower() in lexicon.public_bodies()):
            # "the regional government, which has said": the body (but in "said in a statement, which
            # also praised" the statement's author speaks)
            return n
        rel = _WHO_BEFORE_CUE.search(text, floor, cue.start())
        if rel:
            # "Mike Lee, who declared in the spin room, “...”"; "backed by Sen. Ada Roux of Velmark,
            # the ranking member on the Harbour Committee, who said": the person the role is of
            role = _ROLE_BEFORE_WHO.search(text, floor, rel.start())
            n = self.mention_ending(floor, role.start()) if role else None
            if n is not None and n.kind == "name":
                n.role = role.group(1)
                return n
            named = self.layout.names_by_end.get(rel.start())
            if named is not None and not named.possessive and \
                    _FROM_BEFORE_WHO.search(self.text, max(0, named.mention_start - 6), named.mention_start):
                # "drew a response from Marlowe, who said": Marlowe ("the son of Ada Roux, who" is unclear)
                return self.name_mention(named)
            if named is not None and _PLACE_BEFORE_WHO.search(self.text, max(0, named.mention_start - 40),
                                                              named.mention_start):
                # "Among them was Tobias Renqvist, 19, a student from the mainland town of Halse, who
                # said": the person the place describes
                j, k = (bisect.bisect_left(self.layout.name_starts, p) for p in (floor, named.mention_start))
                person = next((n for n in reversed(self.layout.names[j:k]) if self._may_be_person(n)), None)
                if person is not None:
                    return self.name_mention(person)
            aside = _ASIDE_BEFORE.search(text, floor, rel.start())
            named = self.layout.names_by_end.get(aside.start()) if aside else None
            if named is not None and not named.possessive:
                return self.name_mention(named)  # "Glenys Harbin, now retired, who had described"
            return self.mention_before(floor, rel.start())
        bare = _BARE_WHO_BEFORE_CUE.search(text, floor, cue.start())
        about = self.mention_ending(floor, bare.start()) if bare else None
        if about is not None and (about.kind == "name" or _DETERMINED.match(about.text)):
            # "A television chef who told a divorce court he was “...”": the one the clause is about
            return about
        if _AND_THEN.search(text, floor, cue.start()):
            # "She welcomed the offer but emphasized": the subject of the whole sentence
            return self.sentence_subject(cue.start())
        # "a harbour official who spoke anonymously said": the one the clause is about
        # (but "a retired paediatrician who has campaigned against what he calls “...”": he)
        bound = _WHO_CLAUSE.search(text, floor, cue.start())
        direct = self.mention_before(floor, cue.start())
        clause = _THAT_RIGHT_BEFORE.search(text, max(floor, direct.start - 30), direct.start) \
            if bound is not None and direct is not None and direct.kind != "pronoun" else None
        if clause and (clause.group(1) in lexicon.cue_forms()
                       or clause.group(1) in lexicon.cue_forms().values()):
            # "a colleague who would testify that the detective had described": the detective (not
            # "the stall that the mayor visited")
            bound = None
        if bound is None and direct is not None and direct.kind == "name" and \
                _PLACE_PREPOSITION.search(text, max(floor, direct.start - 24), direct.start):
            # "The captain of a plane that crashed in southern Vasskor on Sunday said": not the place
            bound = _THAT_CLAUSE.search(text, floor, direct.start)
        m = direct if direct is not None and direct.kind == "pronoun" else \
            (bound and self.mention_before(floor, bound.start())) or direct
        where = _AFTER_PREPOSITION.search(text, max(floor, m.start - 12), m.start) \
            if m is not None and m.kind == "name" and self._participle_after(m, cue) else None
        if where:
            # "replied to the mayor on Twitter writing": where it was said; the subject said it
            # ("Protesters gathered in Velmark chanting": those before the place)
            return self.sentence_subject(cue.start()) or self.mention_before(floor, where.start())
        # an inverted cue names its speaker after it ("said Rell"), but whoever follows
        # "told" is its listener: “...,” Rell, the guild's head, told the Courier
        if m is None and not is_participle(cue.group()) and cue.group().lower() not in TELL and (
                cue.group()[0].isupper()
                or re.search(r"[,”\"]\s*$", text[max(0, cue.start() - 4):cue.start()])):
            m = self.inverted_mention(cue, min(len(text), cue.end() + 120))
        return m or self._which_clause_subject(cue)

    def _which_clause_subject(self, cue: re.Match) -> Mention | None:
        """The name opening the sentence before a long "which" clause that closes right before the
        verb: "Lumivane, which is based in Corran Bay, Aldessia, and markets the Vista line as “...,”
        said" is Lumivane's."""
        s_lo = self.layout.sentence_floor(cue.start())
        opening = self.layout.name_from(s_lo)
        part = _PART_OF.match(self.text, s_lo)
        if opening is not None and part and opening.mention_start < part.end():
            # "The Lenmarsh branch of the Union of Health Workers, which represents nurses, said": the union
            opening = self.layout.names_by_start.get(part.end())
        if opening is None or opening.possessive or not self.text.startswith(", which ", opening.end) or \
                not (re.fullmatch(r"\s*(?:The\s+)?", self.text[s_lo:opening.mention_start])
                     or part and part.end() == opening.mention_start) or \
                not _CLAUSE_CLOSED.search(self.text, max(s_lo, cue.start() - 4), cue.start()):
            return None
        return self.name_mention(opening)

    def _message_sender(self, cue: re.Match) -> Mention | None:
        """Who sent the message a "reading" quotes: "Fennimore had sent a text message to his
        sister ..., reading:" is Fennimore's, whoever reports it."""
        if lexicon.cue_forms().get(cue.group().lower()) != "read":
            return None
        floor = self.layout.clause_floor(cue.start())
        sent = _SENT_MESSAGE.search(self.text, floor, cue.start())
        sender = self.mention_before(floor, sent.start()) if sent else None
        return sender if sender is not None and sender.kind == "name" else None

    def named_after(self, cue: re.Match, hi: int) -> Mention | None:
        """Who "according to" or "in the words of" names before `hi`; not a text ("in the words
        of his campaign slogan" quotes the slogan, whoever wrote it)."""
        m = self.mention_after(cue.end(), hi)
        if m is not None and cue.group().lower() == "in the words of" and m.kind == "nominal" \
                and not names_people(m.text.split()[-1].lower()):
            return None
        return m

    def inverted_mention(self, cue: re.Match, hi: int) -> Mention | None:
        """The speaker named right after a reporting verb ("“...,” said Witkoff"); but after
        a verb that casts its object as something, the phrase there is that object:
        "“...,” described the emotional toll as" is not the toll's."""
        m = self.mention_after(cue.end(), hi)
        if m is not None and m.kind == "nominal" and _AS_OBJECT.match(self.text, m.end) and \
                lexicon.cue_forms().get(cue.group().lower()) in _CASTING_VERBS:
            return None
        return m

    def sentence_subject(self, pos: int) -> Mention | None:
        """The subject of the sentence holding `pos`: the mention before its first
        reporting verb, else the name or pronoun opening it (after an opening
        adverbial such as "In Brussels on Monday," or "Hours later,")."""
        layout = self.layout
        s_lo = layout.sentence_floor(pos)
        # a cue inside an opening subordinate clause is not the sentence's: "When Rell said so,
        # Berg answered, saying", "In what might be the first time they have ever agreed, ...",
        # "In a statement posted on its website, the office called"
        opening = SUBORDINATE.match(self.text, s_lo, pos) or _IN_A_PAPER.match(self.text, s_lo, pos)
        first_comma = self.text.find(",", opening.end(), pos) if opening else -1
        for cue in layout.cues_between(s_lo, pos):
            if cue.start() < first_comma:
                continue
            if _BARE_WHO_BEFORE_CUE.search(self.text, max(s_lo, cue.start() - 20), cue.start()):
                continue  # "an architect who said he was stiffed": the clause's, not the sentence's verb
            if not is_participle(cue.group()) and not layout.inside_quote(cue.start()):
                m = self.cue_mention(cue)
                if m is not None:
                    return m
        seg = self.text[s_lo:pos]
        # a subject in two chunks before a verb: "Her colleague, the chemist Dr. Joakim Trellsund, put it"
        apposed = _APPOSED_SUBJECT.match(seg)
        m = self.mention_before(s_lo, s_lo + apposed.end()) if apposed else None
        if m is not None and m.kind == "name":
            return m
        # after an opening phrase ("In Brussels on Monday,") or a dateline ("LYON, May 3 (Reuters) —")
        leads = (re.match(r"[^,“”\"]{0,100},\s+", seg), re.match(r"(?:[^,“”\"]{0,100},\s+){2}", seg),
                 DATELINE.match(seg), re.match(ENTRY_TIME, seg), _SHORT_OPENING.match(seg))
        starts = [s_lo + m.end() for m in leads if m] + [s_lo]
        if first_comma >= 0:  # (after an opening clause of any length: "Asked whether ..., he was blunt")
            starts.insert(0, _COMMA_SPACE.match(self.text, first_comma).end())
        if leads[2]:  # "SOLVANE, Merith (Wire) — The envoy ...": the subject comes after the dateline
            starts = [at for at in starts if at >= s_lo + leads[2].end()]
        for at in starts:
            # "When Rell later said she would “...”": a clause's subject after its conjunction
            at += re.match(r"\s*(?:(?:And|But|So|Then|Yet|Still|Now|Later|Also|When|After|While|Before|Once|"
                           r"Although|Though|then|also|later|finally|immediately)\s+)*",
                           self.text[at:pos]).end()
            w = re.match(r"(He|She|They|It|We)\b", self.text[at:pos], re.I)
            if w:
                return Mention(w.group(1), at, at + w.end(1), "pronoun")
            j = bisect.bisect_left(layout.name_starts, at)
            if j < len(layout.names):
                first = layout.names[j]
                n = first if first.possessive else self._behind_role_words(j)
                if n.possessive and j + 1 < len(layout.names) and \
                        re.fullmatch(r"[’']s\s+", self.text[n.end:layout.names[j + 1].mention_start]) and \
                        layout.names[j + 1].kind == "person":
                    # "The Courier’s Dan Holt provided": the outlet is his role (but in "Roux’s
                    # Velmark state director, Tom Ek" the name after the owner is no person)
                    n = layout.names[j + 1]
                # "The Velmark senator sought", "The Rell campaign, in a statement, said": the name
                # only says which senator or campaign, and the phrase is the subject; in "the Velmark
                # sheriff and port hard-liner, Tom Berg launched" the subject comes later
                head = NEXT_WORD.match(self.text, n.end)
                if head and head.group(1).islower() and names_people(head.group(1)) and \
                        re.fullmatch(r"[Tt]he\s+", self.text[at:n.mention_start]):
                    if self.text.startswith(" and ", head.end()):
                        continue
                    return Mention(self.text[at:head.end()], at, head.end(), "nominal")
                if n.mention_start < pos and not n.possessive and n.mention_start not in layout.doubtful and \
                        re.fullmatch(r"(?:[Tt]he\s+)?", drop_role_words(self.text[at:first.mention_start])):
                    m = self.name_mention(n)  # "Former deputy mayor Ada Roux took ...": her role first
                    role = self.text[at:n.mention_start].strip()
                    m.role = "" if role.lower() == "the" else role
                    return m
            # no name: a short noun phrase before a verb ("The piece used ...", "My father often said")
            np_ = _NOMINAL_SUBJECT.match(self.text, at, pos)
            if np_:
                return Mention(np_.group(1), at, at + len(np_.group(1)), "nominal")
            crowd = self._crowd(at, pos)
            if crowd is not None:
                return crowd
        return None

    def _crowd(self, at: int, pos: int) -> Mention | None:
        """People in the plural opening a sentence at `at` as the subject of the participle at `pos`
        ("Hundreds of dock workers marched ..., chanting"), unless a relative clause comes between, or
        an "as" or "when" clause whose subject may say what is no chant."""
        text = self.text
        crowd = _CROWD_SUBJECT.match(text, at, pos)
        if crowd is None or not people_plural(crowd.group("people")) \
                or any(w.lower() in lexicon.stop_words() for w in crowd.group("words").split()) \
                or _RELATIVE.search(text, crowd.end(), pos):
            return None
        if _CLAUSE_OPENER.search(text, crowd.end(), pos) and next_word(text, pos).lower() not in _CHANTS:
            return None
        return Mention(crowd.group(1), at, crowd.end(1), "nominal")

    def _participle_after(self, m: Mention, cue: re.Match) -> bool:
        """Whether `cue` is a participle standing right after the mention: "Berg claiming"."""
        return is_participle(cue.group()) and m.end <= cue.start() \
            and _WHEN_BETWEEN.fullmatch(self.text, m.end, cue.start()) is not None

    def object_participle(self, m: Mention, cue: re.Match) -> bool:
        """A participle right after a person's name, as in "the vote ends with Berg claiming
        the seat": the name is no subject, so a later "he" is rather the one who said so.
        Not when the participle gives a quote ("a video shows Berg saying, “...”"): Berg speaks."""
        return self._participle_after(m, cue) \
            and not re.match(r"[\s,:]*[“\"]", self.text[cue.end():cue.end() + 4])

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
        n = self.layout.names_by_end.get(own.start("mark"))
        return self.name_mention(n) if n is not None and n.possessive else None

    def asked_of(self, cue: re.Match) -> bool:
        """Whether a cue says somebody was asked or told something by someone unnamed."""
        return cue.group() in ("asked", "told") and not _BY_AGENT.match(self.text, cue.end()) and (
            _BE_BEFORE.search(self.text, max(0, cue.start() - 30), cue.start()) is not None
            or _BE_DONE_AND.search(self.text, max(0, cue.start() - 70), cue.start()) is not None
            and _NO_LISTENER.match(self.text, cue.end()) is not None)

    def passive_by(self, cue: re.Match) -> int | None:
        """Where the agent starts when a cue is passive ("was first reported by the Courier");
        not "responded by saying" nor "Ham, mentioned by the Courier as ...", which are no passives,
        nor "was quoted by the Courier", whose agent only passes the words on."""
        by = _BY_AGENT.match(self.text, cue.end()) or (
            _BY_AFTER_LABEL.match(self.text, cue.end()) if cue.group() in _LABELLING else None)
        if by is None or cue.group() in ("quoted", "cited") or \
                not _BE_BEFORE.search(self.text, max(0, cue.start() - 30), cue.start()) \
                and cue.group() not in _LABELLING:
            return None  # "Roux was quoted by the Courier as saying": still Roux's words
        return by.end()  # (a label needs no "was": "The ban, described by Roux as “long overdue,”")

    def participle_speaker(self, cue: re.Match) -> Mention | None:
        """Who speaks the words a participle gives: "He stressed unity, saying, “A”" is the
        sentence's subject, unless a name stands right before the participle, adverbs aside
        ("talks, with Russia threatening to ...", "with Rell reportedly shouting").
        "The Courier quoted Mira Aalto as saying" is hers: who said it, not who quoted it."""
        sender = self._message_sender(cue)
        if sender is not None:
            return sender
        quoted = _QUOTED_AS.search(self.text, max(0, cue.start() - 120), cue.start())
        if quoted:
            if quoted.group("who").lower() in ("him", "her", "them"):
                return Mention(quoted.group("who"), quoted.start("who"), quoted.end("who"), "pronoun")
            return self.mention_after(quoted.start("who"), quoted.end("who"))
        heard = _HEARD_DOING.search(self.text, max(0, cue.start() - 30), cue.start())
        m = self.mention_before(self.layout.clause_floor(cue.start()), heard.start()) if heard else None
        if m is not None and m.kind != "nominal":
            return m  # "“Mayday, mayday,” Brink can be heard saying": his words, on the recording
        direct = self.cue_mention(cue)
        between = self.text[direct.end:cue.start()].split() if direct is not None else []
        if direct is not None and direct.kind != "nominal" and \
                not _PLATFORM_BEFORE.search(self.text, max(0, direct.start - 40), direct.start) and (
                all(_is_adverb(w) for w in between)
                or (re.fullmatch(r"\s*[,—–]?\s*who\b[^;—–]*", self.text[direct.end:cue.start()])
                    and not re.match(r"\s+(?:her|him|them)\b", self.text[cue.end():cue.end() + 6]))):
            # "Dock workers applauded Ada Roux, who ended her speech saying": hers; but "The mayor greeted
            # Roux, who was visiting, telling her" is the mayor's
            return direct
        if direct is not None and direct.kind == "nominal" and all(_is_adverb(w) for w in between) and \
                names_people(direct.text.split()[-1].lower()) and \
                _WITH_BEFORE.search(self.text, max(0, direct.start - 6), direct.start):
            return direct  # "opened on Tuesday, with residents warning that ...": the residents
        return self._main_clause_subject(cue) or self._chained(cue) or self._second_clause_subject(cue) or \
            self.sentence_subject(cue.start()) or direct

    def _second_clause_subject(self, participle: re.Match) -> Mention | None:
        """The subject of a second clause the participle hangs on: "Ferreby did not speak, but his
        federation later issued a statement describing" is the federation's."""
        floor = self.layout.sentence_floor(participle.start())
        joined = None
        for joined in _BUT_THEN.finditer(self.text, floor, participle.start()):
            pass
        reported = joined is not None and joined.group("join") == "and" and any(
            not _NEGATED.search(self.text, max(0, c.start() - 8), c.start())
            for c in self.layout.cues_between(floor, joined.start()))
        if joined is None or self.layout.inside_quote(joined.start()) or reported:
            # (not an "and" clause inside what someone reports: "told reporters the club had been slow
            # to act, and the fans deserved better, describing")
            return None
        if joined.group("pron"):
            return Mention(joined.group("pron"), joined.start("pron"), joined.end("pron"), "pronoun")
        if joined.group("np"):
            return Mention(joined.group("np"), joined.start("np"), joined.end("np"), "nominal")
        n = self.layout.names_by_start.get(joined.end())
        return self.name_mention(n) if n is not None and not n.possessive else None

    def _main_clause_subject(self, participle: re.Match) -> Mention | None:
        """The subject of the main clause after a participle opening its sentence: "After
        saying her foot was “so swollen ...,” she was ..." and "Telling reporters the port
        was “...,” Tom Berg left" are hers and his."""
        layout = self.layout
        text = self.text
        floor = layout.sentence_floor(participle.start())
        if not _OPENING_PARTICIPLE.fullmatch(text, floor, participle.start()):
            return None
        hi = sentence_end(text, participle.end(), layout.paragraph_of(participle.end())[1])
        i = bisect.bisect_left(layout.span_starts, participle.end())
        if i == len(layout.spans) or layout.spans[i].start >= hi:
            return None
        lo = layout.spans[i].end - 1  # the clause's comma closes the quote or follows it: “...,” she
        for comma in re.finditer(r",[”\"]?\s+", text[lo:hi]):
            at = lo + comma.end()
            if layout.inside_quote(at):
                continue
            n = layout.names_by_start.get(at)
            if n is not None:
                return None if n.possessive else self.name_mention(n)  # not "Velmark’s mayor"
            pronoun = re.match(r"(?:he|she|they|I|we)\b", text[at:at + 5], re.I)
            return Mention(pronoun.group(), at, at + pronoun.end(), "pronoun") if pronoun else None
        return None

    def _chained(self, participle: re.Match) -> Mention | None:
        """Who the reporting verb right before a participle names when that speaker opens
        the clause: "Berg denied “...,” Roux added, saying": Roux, not the sentence's first
        subject (but in "Roux rejected what Berg wrote, saying" Berg is only her object)."""
        layout = self.layout
        before = layout.cues_between(layout.sentence_floor(participle.start()), participle.start())
        if not before or is_participle(before[-1].group()) or \
                not re.fullmatch(r"\s*,\s*", self.text[before[-1].end():participle.start()]):
            return None
        m = self.cue_mention(before[-1])
        return m if m is not None and not self.text[layout.clause_floor(m.start):m.start].strip() else None

    def introduces(self, lo: int, n: Name) -> bool:
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
