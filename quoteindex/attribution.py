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

The mentions themselves are read by `mentions` and resolved to people by `coreference`; this
module decides which cue and mention belong to each quote, and which quotes are no speech at all.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from quoteindex import lexicon
from quoteindex.coreference import GENDER_OF, PAPERS, Coreference, article_entities, invented_places
from quoteindex.cues import SPEAKER_AFTER, TELL, THAT_CLAUSE, is_participle
from quoteindex.layout import Layout, last_char_before
from quoteindex.marks import OPENERS, QuoteSpan, speaker_label
from quoteindex.mentions import CONTRACTED, SUBORDINATE, Mention, MentionReader
from quoteindex.names import PRONOUNS, Name, names_people, read_label
from quoteindex.records import Quote
from quoteindex.sentences import sentence_end
from quoteindex.speakers import Entity, fold

# the first words of a sentence, and the determiners that open a phrase for somebody unnamed
_SENTENCE_OPENING = re.compile(r"(?:[.!?][”\"]?\s+|\n\s*)((?:[\w-]+,? ){1,4})")
# a relative clause in commas right after who it describes: ", who asked not to be named
# because his firm ...,"
_WHO_CLAUSE = re.compile(r",\s+who\b[^,.;“”\"]*,")
_POINTS_BACK = re.compile(r"\b(?:he|she|him|her|his)\b", re.I)  # the one spoken of before
# a sentence's words running into a quote with no cue's comma, colon or dash between
_RUNS_INTO = re.compile(r"[\w’'%)]\s*$")
# what follows a "call" that sends for someone or asks for something: "called a doctor", "called for"
_SUMMONED = re.compile(r"\s+(?:for|in|off|up|back|police|911|999"
                       r"|an?\s+(?:doctor|ambulance|taxi|lawyer|halt|vote|meeting|strike|election)"
                       r"|the\s+(?:police|doctor|ambulance|fire\s+brigade))\b")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b")  # a question the speaker asks herself
_HE_OR_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")  # a person a narrative paragraph is about
_SOME = frozenset({"a", "an", "one", "another", "some", "many", "several", "other", "two", "three"})
# a clause on what prompted the subject's words, its own reporting verb next: "when a reporter "
_WHEN_ASKED = re.compile(r"\b(?:when|after|as)\s+(?:an?|the|one|another)\s+(?:[\w’'-]+\s+){0,2}$")
# words someone gave, others' clause on them next: "a passage that several members later "
_PASSAGE_THAT = re.compile(r"\b(?:passage|line|lines|phrase|remark|words|verse|sentence|message|poem)\s+"
                           r"(?:that|which)\s+(?:[\w’'-]+\s+){1,4}$")
# the verb of the one who gave them: "she ended with"
_GAVE_WORDS = re.compile(r"\b(?:ended|closed|began|opened|finished|concluded)\s+(?:with|on)\b")
# a written message and whom it is from, the name next: "a message from his mother, "
_SENT_FROM = re.compile(r"\b(?:message|letter|note|text|e-?mail|voicemail|card)\s+from\s+"
                        r"(?:(?:his|her|their)\s+[a-z]+,\s+)?(?=[A-Z])")
# a lead-in giving its speaker as the agent of a passive, "was delivered bluntly by ", "summed up by ",
# or as the one the last word went to: "The last word went to "
_LEAD_BY = re.compile(r"\b(?:was|were|is|are|been)\s+(?:[a-z]+ly\s+)?(?:summed\s+up|delivered|put|expressed"
                      r"|voiced|given|offered|stated|made|echoed|captured|spelled\s+out|spelt\s+out)"
                      r"(?:\s+[a-z]+ly)?\s+by\s+"
                      r"|\b(?:last|final)\s+(?:word|say)\s+(?:went|goes|belonged|belongs|fell|falls)\s+to\s+")
# a sentence opening on whose view it gives: "For Nadia Castellane, "
_FOR_WHOM = re.compile(r"\s*For\s+(?:[a-z][\w-]*\s+){0,2}")  # (or "For student ")
_CLAUSE_AFTER = re.compile(r",\s+(?:but|and|while|although|though|yet)\b")  # another clause going on
# a title's or an initial's period, no sentence's end: "Dr. ", "Lt. ", "Tomas K. "
_TITLE_DOT = (r"(?:Dr|Mr|Ms|Mrs|Prof|Sgt|Gen|Col|Capt|Rev|St|Gov|Sen|Rep|Lt|Maj|Det|Supt|Insp|Cllr|Jr|[A-Z])"
              r"\.(?=\s[A-Z])")
# a sentence after a quote naming whose words they were: "That was the message from "
_MESSAGE_FROM = re.compile(r"\s*(?:\s|--?\s*|[—–]\s*)(?i:that|this|those|these|such)\s+"
                           r"(?:was|were|is|are)\s+"
                           r"(?:the\s+)?(?:\w+\s+)?"
                           r"(?P<what>message|verdict|warning|word|words|view|promise|reaction"
                           r"|assessment|plea|vow|pledge|response|reply|answer|retort)"
                           r"\s+(?P<prep>of|from)\s+"
                           # "That was Wendell-Obi's reply", "— that from Sergeant Tomas Quill, 44,"
                           r"|\s*(?:\s|[-—–]\s*)(?i:that|this)\s+(?:was|is)\s+(?=[A-Z][\w’'-]*"
                           r"(?:\s+[A-Z][\w’'-]*){0,3}[’']s\s+(?:\w+\s+)?(?P<owned>reply|response|verdict"
                           r"|answer|retort|message|warning|view|assessment)\b)"
                           r"|\s*[-—–]+\s*(?P<dashed>that\s+from|so\s+said)\s+"
                           # "“...” — that was how Horvath put it"
                           r"|\s*(?:\s|[-—–]\s*)(?i:that|this)\s+(?:was|is)\s+how\s+"
                           # (or "That was how Marta Quennell described her sister", "That was how
                           # Cornelius Wade, who has delivered the paper for decades, reacted")
                           # (or "that was how its spokeswoman, Orla Brinsk, put it")
                           r"(?=(?:(?:its|his|her|their|the)\s+[^,.;:“”\"]{1,40},\s+)?"
                           # (a title's period no end: "That is how Dr. Nils Ferreday, a marine
                           # ecologist at the Seravine Ocean Institute, describes the footage")
                           r"(?:[A-Z]|\b" + _TITLE_DOT + r")(?:[^.;:]|\b" + _TITLE_DOT + r"){0,90}?"
                           r"\s(?P<how>puts?|sums?\s+up|summed\s+up"
                           r"|describe[sd]?)"
                           r"\s+(?:it|him|her|them|(?:his|her|their|an?|the)\s+[a-z]+)\b"
                           r"|[A-Z][^.;:]{0,120}?\s(?P<reacted>reacted|responded)\b)")
# a lead-in naming nobody, only how the speaker went on: "Then, after a pause: “...”", "Then, more
# seriously: “...”"
_PAUSE_LEAD = re.compile(r"\s*(?=\S+[^:]*:)(?:(?:And|But|Then|Later|Finally|Now)\b,?\s*)?"
                         r"(?:(?i:after|with)\s+an?\s+(?:long\s+|short\s+|brief\s+)?"
                         r"(?:pause|moment|beat|silence|sigh|shrug|smile|laugh|grin)"
                         r"|(?i:more\s+|less\s+|very\s+)?"
                         r"(?!(?i:reply|family|rally|ally|assembly|supply|bully|belly)\b)(?i:[a-z]{3,}ly))?"
                         r"\s*:\s*")
# a sentence opening that only links it to the one before: "Instead, “...”"
_CONNECTIVE = re.compile(r"\s*(?:Instead|Still|But|And|Yet|Then|Also|However|Otherwise|Again),?\s*")


# what a tag may go on with and still be only the quote's tag: “A.” Rell said as she left.
_CIRCUMSTANCE = re.compile(r"\s*(?:,|(?:as|in|at|during|after|before|when|while|outside|inside|through"
                           r"|about|of)\b)")
# what stands between a subject and its verb: " ", " later ", ", which runs the reservoir, "
_SUBJECT_TO_VERB = re.compile(r"(?:,[^,;:“”\"]{1,80},)?\s+(?:(?:later|also|then|[a-z]+ly)\s+)?")
# what hands the floor to a name before a colon: "From Rell’s post:", "Here’s Rell in 1992:"
_COLON_LEAD = re.compile(r"\s*(?:(?:More\s+)?[Ff]rom|Here[’']s|Here\s+is)\s+")
_COLON_LEAD_TAIL = re.compile(r"(?:\s+(?:and|in|on|at)\s+[^,;:“”\"]{1,30})?\s*")
_OWNED_WORDS = (r"(?:[\w-]+\s+){0,2}(?:post|tweet|statement|letter|speech|remarks|e-?mail|memo|op-ed|column"
                r"|testimony|release|blog|message|note|line|words|verdict|answer|reply|response|advice"
                r"|summary|warning|plea|appeal|retort|instructions?|reasoning|explanation|argument"
                r"|reference|comment|comments|reaction|assessment|judgement|judgment|conclusion|prediction"
                r"|forecast|promise|pledge|vow|prognosis|recollection|rebuttal|riposte|rejoinder|rule)\s*")
# what such words may go on with before the colon or dash: "Her message to those still hesitating
# was blunt:", "Her verdict on the majority group was blunter still —", "Her final message to the
# squad, sent from the hospice last week, was three lines long -"
_OWNED_TAIL = (r"(?:(?:this|last)\s+(?:week|month|year)\s*)?"  # ("Her only public comment this week —")
               r"(?:(?:to|for|on|about|of|at)\s+[a-z]+(?:\s+[a-z]+){0,5}\s*)?"
               r"(?:,\s+[^,;:“”\"]{1,60},\s*)?"
               r"(?:(?:was|is|were|are)\s+(?:(?:blunt|short|simple|clear|brief|direct|stark|plain|terse|firm"
               r"|immediate|emphatic|swift|quick|categorical|curt|succinct|unequivocal)(?:e?r(?:\s+still)?)?"
               r"|(?:[a-z]+\s+){1,2}(?:long|short))\s*"
               # (or where it came and what it drew: "came in a post last month:", "drew the loudest
               # applause of the afternoon —")
               r"|(?:came|drew|won|earned)\s+[^,;:“”\"]{1,60}?\s*)?")
_OWNED_TEXT = re.compile(r"[’']s?\s+" + _OWNED_WORDS + _OWNED_TAIL, re.I)
# the same owned by a pronoun, opening its sentence: "Her closing line:"
_PRONOUN_OWNED_TEXT = re.compile(r"\s*(His|Her|Their|Its)\s+" + _OWNED_WORDS + _OWNED_TAIL)
# the same owned by a body or a person named by a noun: "The force's message on social media was blunt:"
_NOUN_OWNED_TEXT = re.compile(r"\s*((?:The|the)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)[’']s?\s+"
                              + _OWNED_WORDS + _OWNED_TAIL)
# or given by it: "The mediator had a simpler summary for the reporters at the crossing -"
_NOUN_GAVE_TEXT = re.compile(r"\s*((?:The|the)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+"
                             r"(?:had|gave|offered|delivered|issued|sent)\s+(?:an?|his|her|their|its)\s+"
                             + _OWNED_WORDS + _OWNED_TAIL)
# the same given by whom, the name next: "this statement by Rell on June 11:"
_OWNED_BY = re.compile(r"\b" + _OWNED_WORDS + r"\s(?:made\s+|issued\s+|posted\s+)?by\s+$", re.I)
# a speaker's label for someone: "called Rell “...”", "dubbed him the “...”"
_LABELLED = re.compile(r"(?:called|calls|dubbed|dubs|labeled|labelled|branded|brands)\s+"
                       r"(?:him|her|it|them|himself|herself|(?:[A-Z][\w’'-]*\s+){1,3})"
                       r"\s*(?:an?\s+|the\s+)?")
# what precedes a quoted title: "the author of “...”", "a book titled “...”", "known as the “...”"
_NAMING = re.compile(r"\b(?:of|titled|entitled|styled|called|dubbed|(?:nick)?named|under\s+the\s+name|alias"
                     r"|pseudonym|codename|code\s+name|username|screen\s+name|headed|captioned"
                     r"|known\s+(?:only\s+|simply\s+|(?:loc|intern|inform|offici|colloqui)ally\s+)?as"
                     r"|call(?:s|ed|ing)\s+(?:itself|himself|herself|themselves))(?:\s+the)?\s*$")
# those whose words of art a term is, not anyone's saying
_PROFESSIONS = (r"meteorologists|forecasters|scientists|experts|economists|doctors|physicians|researchers"
                r"|lawyers|analysts|engineers|statisticians|historians|linguists|psychologists|biologists"
                r"|ecologists"
                r"|physicists|geologists|climatologists|epidemiologists|clinicians|specialists|academics"
                r"|insiders|traders|marketers|planners|architects|staff"
                # (or the press and the public: "what local newspapers call the “hawk wing,”")
                r"|newspapers|media|tabloids|fans|locals|commentators|pundits")
_SIGNS = r"(?:banner|placard|sign|poster)s?,?\s+(?:reading|that\s+read)"  # what signs carry: "signs reading"
# a label or a nickname nobody speaks: the so-called “...”, nicknamed “the little bird”
# (or an analyst's rating, moved "to “hold” from “buy”", or what fans "have taken to calling")
_SO_CALLED = re.compile(r"\b(?:so-called|(?:nickname[sd]?|christened)(?:\s+(?:him|her|it|them))?(?:\s+an?)?"
                        # a term of art: "what meteorologists call “explosive cyclogenesis”"
                        # (or a trade: "what the industry calls a “white-hat bounty”")
                        r"|what\s+(?:[a-z-]+\s+)?(?:" + _PROFESSIONS
                        + r"|the\s+(?:industry|trade|sector|profession|military|business))"
                        r"\s+(?:calls?|terms?|refers?\s+to\s+as)(?:\s+an?)?"
                        r"|known\s+(?:only\s+|simply\s+|(?:loc|intern|inform|offici|colloqui)ally\s+)?"
                        r"(?:(?:to|in|inside|among|within|around|across)\s+[\w’' -]{1,30}?\s+)?as"
                        # (or a body's name for its own thing: "what the board calls its “sense check”")
                        r"|calls\s+(?:its|their)(?:\s+own)?"
                        r"|taken\s+to\s+calling"
                        r"(?:\s+(?:him|her|it|them|the(?:\s+[a-z][\w-]*){1,3}"
                        r"|(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})))?"
                        # a label nobody here gives: "The group, dubbed the “...” by investigators", "an
                        # episode quickly dubbed the “...”", a banner's words
                        r"|(?:,|[a-z]+ly|been|was|were|is|are)\s+dubbed"
                        # (or what others have dubbed so: "what officials have dubbed “storm tourism”")
                        r"|what\s+(?:(?:[a-z-]+\s+){0,2}?[a-z-]+s|some|many|came\s+to\s+be)\s+"
                        r"(?:(?:have|had)\s+)?"
                        r"(?:dubbed|nicknamed|christened)"
                        # or one the press or the crowd gave: "Local media quickly dubbed the decision the"
                        r"|\b(?:media|newspapers|papers|press|tabloids|fans|locals|commentators|pundits|wags"
                        r"|enthusiasts|users)"
                        r"\s+(?:(?:had|have|has|once|soon|long|since|later|already|often|[a-z]+ly)\s+){0,2}"
                        r"(?:dubbed|nicknamed|christened|branded)"
                        # ("Online enthusiasts quickly dubbed korrite the “...”")
                        r"(?:\s+(?:it|him|her|them|the\s+[a-z]+|[a-z]+(?=\s+the\s*$)))?(?:\s+an?)?"
                        # (or billed so: "billed by his sponsor as a “farewell tour”")
                        r"|(?:billed|marketed|touted)\s+(?:by\s+[\w’' -]{1,40}?\s+)?as(?:\s+an?)?"
                        # (or a product so sold: "markets the Vista line as “secure by design,”")
                        r"|(?:markets|marketed|advertises|advertised|sells|sold|bills)\s+(?:its|the|their)"
                        r"(?:\s+[\w’'-]+){1,3}\s+as(?:\s+an?)?"
                        r"|" + _SIGNS +
                        r"|(?:rating|recommendation)\s+(?:on\s+[\w’' -]{1,30}?\s+)?(?:(?:to|of|at)"
                        r"|to\s+[“\"][^“”\"]{1,20}[”\"]\s+from)"
                        r"|(?:upgraded|downgraded)\s+(?:[\w’'-]+\s+){0,3}?to)"
                        r"(?:\s+the)?\s*$", re.I)
_SIGN_READING = re.compile(r"\b" + _SIGNS + r"\s*$", re.I)
# a label right before, in a list: "“A” and "
_LISTED_BEFORE = re.compile(r"[“\"][^“”\"]{1,40}[”\"],?\s+(?:and|or)\s+$")
# a rating named before its noun, a determiner before it: "who has a “hold” rating on the stock" (not
# "“Not a bad quarter,” rating agency Fitch said")
_RATING_AFTER = re.compile(r"\s+(?:rating|recommendation)\b")
_OWNER_OWNS = re.compile(r"\b(?:its|their)\s*$")
# a definition right after: " a voluntary code", " the accounts it keeps" (not " he said")
_DEFINED_AFTER = re.compile(r"\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,3}(?:code|scheme|policy|charter"
                            r"|programme|program|document|rule|rules|system|strategy|framework|list"
                            r"|accounts?|guidelines?|protocol|standard|agreement|pledge|initiative)\b"
                            r"(?!\s+(?:[a-z]+ly\s+)?(?:said|says|added|told|wrote)\b)")
_OWNER_BEFORE_QUOTE = re.compile(r"\b(?:a|an|the|its|his|her|their)\s*$")
# a subject giving a label itself: "which Kelly dubbed", "which she repeatedly dubbed", "Roux has long billed"
_LABEL_GIVER = re.compile(r"(?:\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)|\b[A-Z][\w’'-]+)\s+"
                          r"(?:[a-z]+ly\s+|ha[sd]\s+|have\s+|long\s+)*(?:dubbed|billed|touted|marketed)\b")
# a bare naming verb, its object gone before it, or a billing, then a name in capitals: "a detective
# the others called “the Owl.”", "The campaign, branded “Two Doses, Zero Doubt,”", "introduced at
# festivals as “the Salt Tolstoy,”" (not "what he called “a fantasy”", nor "Rell has dubbed him
# “Little Tom”": her words)
_NAMED_BARE = re.compile(r"\b(?:(?:called|calls|(?:they|researchers|experts|analysts|locals)\s+call)"
                         r"(?:\s+(?:only|simply|just))?|branded"
                         r"|(?:introduced|billed|listed|credited)(?:\s+[\w’'-]+){0,3}\s+as"
                         # or those around someone, by a name: "Colleagues called her “the Bloodhound.”"
                         r"|(?i:colleagues|friends|classmates|teammates|neighbou?rs|pupils|students|fans)"
                         r"\s+(?:(?:have|has|had|long|often|always|[a-z]+ly)\s+){0,2}"
                         r"(?:called|call|nicknamed)\s+(?:him|her|them))\s*$")
_CAPITALISED_NAME = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+)?[A-Z][\w’'-]*(?:[,:]?\s+[A-Z][\w’'-]*){0,3}"
                               r"[.,]?")
_THE_BEFORE = re.compile(r"(?<![\w’'])the\s*$")
# only ever before a title
_TITLED = re.compile(r"\b(?:titled|entitled|under\s+the\s+title|headlined|(?:the|a)\s+headline)\s*$")
_WORK_OWNER = r"\b(?i:the|an?|his|her|their|its|whose|[\w-]+[’']s)\s+"  # whose work: "the", "her", "CNN’s"
# a slogan or a nickname named as such right before it, whatever its case: "The campaign's slogan, “...”"
_SLOGANS = r"(?:slogan|motto|nickname|catchphrase|catch-phrase|tagline|(?:rallying|battle|war)\s+cry)"
# (or told after an aside: "Their motto, painted on the boathouse door, is “...”")
_SLOGAN_BEFORE = re.compile(_WORK_OWNER + r"(?:[\w-]+\s+){0,2}" + _SLOGANS
                            + r"(?:,[^,“”\"]{1,60},\s+(?:is|was|reads|read))?,?\s*$")
# the same named right after it: "“Not in this kitchen, Gerald!” — the catchphrase of Dot Fennick"
# (or a trade's word for something: "“blank sailings,” the industry term for cancelled departures")
_SLOGAN_AFTER = re.compile(r"(?:,|\s+[—–])?\s+" + _WORK_OWNER + r"(?:[\w’'-]+\s+){0,2}(?:" + _SLOGANS
                           + r"(?=\s*(?:[,.;:—–]|of\b|$))|term\s+(?:for|used)\b)")
# a label its bearer is given, right after its comma: "“...,” a label she has always disliked"
# (not a record label speaking: "the record label said")
_LABEL_AFTER = re.compile(r"\s+(?:a|the)\s+(?:[a-z-]+\s+)?(?:label|moniker|epithet)\b"
                          r"(?!\s+(?:[a-z]+ly\s+)?(?:said|says|added|spokes\w+|statement)\b)")
# a naming verb right before a title-cased name, no object between: "a programme it calls “...,”"
_CALLS = re.compile(r"\b(?:calls|called)\s*$")
_WORKS = (r"book|novel|memoir|film|movie|song|album|documentary|essay|column|podcast|series|hymn|anthem|poem"
          r"|report|catalogue|catalog|study|ballad|waltz|plan|campaign|strategy|scheme|initiative|charter"
          r"|history|biography|autobiography|guide|handbook|manifesto|pamphlet|novella|anthology"
          r"|(?:white|green)\s+paper|"
          + _SLOGANS)
# a work, its title in commas next: "In her new book, “...”", "wrote a column, “...”", "The movie,";
# an event only when it opens the sentence: "The show, “...”", not "After the show, “...,” Roux said"
# ("its best-known number, “...”": a song, though "a number of" is no work)
# (and "A report by the food office last month, “...”": whose it is between)
# (or a paper, whose own words may follow it too: "“...,” the document states")
_WORK_BEFORE = re.compile(_WORK_OWNER + r"(?:[\w-]+\s+){0,2}(?:(?:" + _WORKS
                          + r"|document|guidance|manual|leaflet|booklet|brochure"
                          + r")(?:\s+(?:by|from|of)\s+[^,.;“”\"]{1,60})?|number|track|single),\s*$")
# a work named right before its title, with no comma: "the reality TV show “...”", "his memoir “...”"
_WORK_NAMED = re.compile(_WORK_OWNER + r"(?:[\w-]+\s+){0,3}(?:" + _WORKS
                         + r"|show|programme|program|play|musical|opera|blog|newsletter|vlog|channel"
                         r"|magazine)\s+$")
# a programme a guest appears on: "appeared on “Late Hours with Dara Quillon” to promote"
_APPEARED_ON = re.compile(r"\b(?:appear(?:s|ed|ing)?|guest(?:s|ed)?)\s+on\s*$")
# another title right after, in a list: "“Tallow” and “Winter Lease” form a suite"
_ANOTHER_TITLE = re.compile(r"[,]?\s+(?:and|or|&)\s+[“\"][A-Z]")
# works given as examples: "on tracks like “Tallow”", "films such as “Harbour Lights”"
_WORKS_LIKE = re.compile(r"\b(?:songs|tracks|singles|albums|records|films|movies|books|novels|shows"
                         r"|plays|poems|hits|titles)\s+(?:like|such\s+as|including)\s*$", re.I)
# a determiner and a noun around a name used as a label: "the “Nightowl” chocolate bar"
_DETERMINER_BEFORE = re.compile(r"(?<![\w’'])(?:[Tt]he|an?|its|his|her|their|our"
                                r"|(?!(?i:it|he|she|that|there|what|who|here)[’'])[A-Za-z][\w-]*[’']s)"
                                r"(?:\s+own)?\s*$")
_NOUN_AFTER = re.compile(r"[ \u00a0]+([a-z][\w-]*)\b(?![’'])")
_ONE_NAME = re.compile(r"[A-Z][\w-]*")  # a quotation that is one capitalised word: “Hearth”
# a description after a quoted name and its comma: ", a pair of glasses", ", the company's headset"
_DESCRIBED_AFTER = re.compile(r"\s+(?:an?|the|its|their|his|her|[A-Z][\w-]*[’']s)\s+"
                              r"(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w-]*")
# a title right before the work it names: "writes the “Who's Who Now” column"
_WORK_AFTER = re.compile(r",?\s+(?:(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2})?(?:" + _WORKS
                         + r"|show|programme|program|newsletter|blog|segment)\b(?![’'])")
_EVENT_OPENING = re.compile(r"(?:^|[.!?]\s+|\n)(?:The|A|An|His|Her|Their|Its|[A-Z][\w-]*[’']s)\s+"
                            r"(?:[\w-]+\s+){0,2}(?:show|play|video|ad),\s*$")
# an owner right before a quotation: "CNN’s “...”", "the station’s “...”", "Harbour Radio’s “"
_OWNER_BEFORE = re.compile(r"((?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*|\b[a-z]+)[’']s\s*$")
# a word taking what follows as its object, as a title or name is taken but speech is not:
# "on “Morning Orsa,”", "with “Harbour Hour,”", "told “Velmark Today,”", "who wrote “The Salt Road,”"
_OBJECT_OF = re.compile(r"\b(?:on|in|with|to|from|at|for|into|onto|" + "|".join(TELL)
                        + r"|who\s+(?:also\s+)?(?:wrote|co-wrote|created|directed|produced|published|edited"
                        r"|founded"
                        r"|hosts|hosted|sang))\s*$")
# words a title keeps in lower case though they are longer than three letters: "Mornings with Dan Holt"
_TITLE_SMALL_WORDS = {"with", "from", "into", "onto", "over", "upon", "than", "about"}
# the short words a title or a name may keep in lower case: “Lord of the Rings”, “Orange is the New
# Black”, “Anna de la Cruz”, “Match.com”
_TITLE_LOWER_WORDS = {"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "if", "of", "on", "in",
                      "at", "to", "by", "as", "via", "v", "vs", "et", "per", "up", "off", "out", "is", "are",
                      "not", "com", "y", "e", *lexicon.name_particles()}
_DATES = lexicon.WEEKDAYS | lexicon.MONTHS  # capitalised whatever the sentence: "on Tuesday", "in March"
# a reported act with a quote joined to it, no that-clause between: "had rejected the offer and “...”"
_JOINED_ACT = re.compile(r"(?:(?!\bthat\b)[^“”\"\n:])+?,?\s(?:and|but)\s+")
# a second that-clause of one reporting verb: "said the fee was paid, and that the pier"
_SECOND_THAT = re.compile(r"[,;]?\s+(?:and|but)\s+(?:also\s+)?that\s")
# cues that answer: "“Would you?” He answered, “No.”" tags the answer, not the question
_REPLIES = {"answered", "replied", "responded", "retorted", "countered"}
# a role in commas, and the words of a title, before a name: "the mayor's niece, state Del. "
_ROLE_THEN_NAME = re.compile(r"[^,“”\"]+,\s*[^,“”\"]*")
_BYLINE = re.compile(r"\s+by\s+(?:[A-Z][\w.’'-]*\s+)*[A-Z]")
# a word tying a verb to the quoted words it reports: "complained of ", "said that "
_LEADS_TO_QUOTE = re.compile(r"\s+(?:of|that|as|about)\s+")
# from a reporting verb to the subject of its clause: "told reporters on Monday that ", "says "
_OUTER_TO_SUBJECT = re.compile(r"(?:(?:\s+(?!(?:that|and|but)\b)[^\s,:;.!?“”\"]+){0,10}?\s+that)?\s+")
_OUTER_TO_IT = re.compile(r"\s+(?:that\s+)?")  # "says it", "said that it"
# reporting verbs that may only tell what someone did: "had rejected relocation offers “without
# reading them”" inside another's report
_ACTS = {"offer", "dismiss", "reject", "share", "open", "close", "begin", "object", "react", "retaliate"}
_AS_QUOTED = re.compile(r"[^“”\".;]{0,100}?\bas\s+[“\"]")  # "dismissed the letter as “...”"
_RELATIVE_WORD = re.compile(r"\b(?:who|whose|whom|which|that)\b")  # a clause of its own about a signer
_PLAIN_SPEECH = {"said", "says", "added", "adds", "told", "tells", "explained", "continued", "insisted"}
_CLOSED_QUOTE_BEFORE = re.compile(r"[.!?…][”\"]\s*$")  # a quote that closed its sentence: "curve.” "
_NEW_CLAUSE = re.compile(r"\b(?:but|yet|while|whereas)\b|[;—–]|\s-\s")  # a clause of its own begins
# what a thing does with words it does not say: "the decision reflected “real progress”", "the knee
# had responded “better than we dared hope”"
_SHOWING_VERBS = {"reflect", "underscore", "signal", "suggest", "show", "mark", "prove", "respond"}
_PAPER = re.compile(r"(?:" + PAPERS + r")s?")  # documents that speak for their authors: "the report said"
# what may follow a cue before the quote opens: an object and a connective ("told CNN on Monday that")
_CUE_TO_QUOTE = re.compile(r"(?:\s+(?!that\b)[^\s,:;.!?“”\"]+){0,6}?\s*(?:[,:—–]|\s+that)?\s*$")


@dataclass(slots=True)
class Attribution:
    """A mention with the cue that ties it to a quote, and how it was found."""

    mention: Mention | None
    cue: str | None
    method: str  # "cue", "colon", "dash", "same sentence", "continuation"
    entity: Entity | None = None


def _owner_attribution(owner: re.Match, kind: str) -> Attribution:
    """The words a lead-in gives to their owner, its group 1: "Her" of "Her reply was brief:"."""
    return Attribution(Mention(owner.group(1), owner.start(1), owner.end(1), kind), None, "colon")


# whom a speaker told, as a reader would name them: "CNN", "reporters", "a news conference" (not
# "a crowd in" or "the court that")
# (not a time or the passive's agent: "was told last week by the board")
_TOLD_WHOM = re.compile(r"[ \u00a0]+(?!(?:last|this|earlier|later|by|that)\b)"
                        r"((?:[A-Z][\w&’'-]*(?:[ \u00a0]+[A-Z][\w&’'-]*){0,3})"
                        r"|reporters|journalists"
                        r"|(?:the|an?) \w+(?: (?!(?:in|at|on|to|of|for|with|that|after|before|the|an?|he|she"
                        r"|they|it"
                        r"|we|i|his|her|their)\b)\w+)?"
                        # "told late-night host Dara Quillon"
                        r"|[a-z]+-[a-z]+ [a-z]+(?: [A-Z][\w’'-]*){0,3}|\w+)")
# a verb in a relative clause naming whom the noun is, no comma before it: "a former minister who had"
_WHO_BEFORE = re.compile(r"(?<![,\s])\s+who\s+(?:had\s+|has\s+|have\s+)?$")
# a question's clause after a verb, running on to the next verb: "wondered whether the prime minister"
_CUE_RIGHT_BEFORE = re.compile(r"\s*[,:]?\s*[“\"]")  # a cue opening the quote: "who had warned: “"
_WHETHER = re.compile(r"\s+(?:whether|if)\b(?:(?!\b(?:and|but)\b)[^,;:—–“”\"])*")
# a relative clause describing how someone spoke, ending at a colon: ", who was blunt"
# (not where they were: "Piet Dorn, who was present:")
_WHO_WAS = re.compile(r",\s+who\s+(?:was|is|had\s+been|has\s+been)\s+"
                      r"(?!(?:present|there|absent|seated|standing|nearby|in\s+attendance)\s*$)"
                      r"(?:[a-z]+ly\s+)?[a-z]+\s*$")
# what a name is, in commas before a clause on it: ", a subscriber for forty years"
_DESCRIBED_UP_TO = re.compile(r"(?:,\s+(?:a|an|the)\s[^,;:“”\"]{1,60})?")
# a paper given out for someone else, whose words it holds: "a statement on her behalf", "a letter
# on behalf of " (not "speaking on behalf of the family", who speaks for them)
# (a family's, "on their behalf", is no one person's: the one reading it stays its voice)
_ON_BEHALF = re.compile(r"\b(?:statement|letter|message|note)\s+on\s+(?:(his|her)\s+behalf"
                        r"|behalf\s+of\s+)")
# a paper someone else wrote, read out: " his message", " out her letter"
_READ_OWNED = re.compile(r"\s+(?:out\s+)?(his|her)\s+(?:[a-z-]+\s+)?(?:message|letter|text|e-?mail|note"
                         r"|statement|post|diary|words)\b")
# a paper someone named wrote, read from: " to the jury from an email she said Konrad Halm had sent",
# " from a letter written by "
_READ_FROM = re.compile(r"\s+(?:aloud\s+|out\s+)?(?:to\s+[^,.;:“”\"]{1,30}?\s+)?from\s+(?:an?|the)\s+"
                        r"(?:[a-z-]+\s+)?(?:message|letter|text|e-?mail|note|statement|post|diary)\s+"
                        r"(?:(?:that\s+)?(?:he|she|they)\s+(?:said|says)\s+)?(?:that\s+)?"
                        r"(?P<by>written\s+by\s+)?")
# the reader going on after the letter: ", then added her own thoughts:"
_READER_GOES_ON = re.compile(r",?\s+(?:and\s+)?(?:then\s+)?(?:turned|added|went\s+on)\b")
_WROTE_IT = re.compile(r"\s+(?:had\s+)?(?:sent|written|wrote|posted|signed)\b")
# another's words a speaker takes up: "rejected a claim by ", "dismissed suggestions from "
# verbs reporting one's own words, whose object a claim is no more than a subject of theirs: "said a
# claim by X that ... was “wrong”", "called the allegations from X “lies”"
_OWN_VERDICT = {"say", "call", "tell", "add", "write", "state", "describe", "insist", "argue"}
_CLAIM_BY = re.compile(r"\b(?:an?|the)\s+(claims?|suggestions?|accusations?|assertions?"
                       r"|allegations?|charges?)\s+(?:by|from)\s+")
_THAT_LEAD = re.compile(r",?\s+that\s+[^.;:“”\"]{0,80}?")  # ", that the prosecution was "
_LEAD_TO_QUOTE = re.compile(r"[^.;“”\"]{0,60}[:,]\s*")  # a lead-in running to its quote: " Ada Roux:"
# whom a question opens by calling on: "Mr. Ulrich, ", "Senator Vale, "
_VOCATIVE = re.compile(r"(?:Mr|Mrs|Ms|Dr|Miss|Senator|Governor|Mayor|Minister|Professor)\.?\s+"
                       r"(?:[A-Z][\w’'-]+\s+)?([A-Z][\w’'-]+),\s")
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:[a-z]+ly\s+)?$")  # a passive's "was "
_PERSON_ACCOUNT = re.compile(r"(His|Her|Their)\s+(?:own\s+)?(?:account|version)")  # "Her account was blunt"
_AS_NEXT = re.compile(r"\s+as\b")
# a clause of time or cause opening after a verb: "after the charge was " (not "said nothing, but a
# message was")
_CLAUSE_UNDER = re.compile(r"\b(?:after|before|when|as|while|until|once|because|since)\b[^,;:“”\"]*$")
_SENTENCE_BEFORE = re.compile(r"[.!?]\s+$")  # a sentence ends right before the word


class Attributor:
    """Attribution for one article: each quote's cue, speaker mention and entity, and the
    quotes that float on from the last speaker."""

    def __init__(self, text: str, spans: list[QuoteSpan], names: list[Name],
                 paragraphs: list[tuple[int, int]]):
        self.text = text
        self.layout = Layout(text, spans, names, paragraphs)
        # the entities first, while every quotation still bounds its sentence: a title in quotes
        # can end the sentence before "In her 2003 book, Roux wrote", which tells which Roux
        invented = invented_places(self.layout)  # "Belvarre", "Belvarrean": read once, used by both
        self.registry = article_entities(self.layout, invented)
        # “State of the Union”, “MAKE AMERICA GREAT”: a title or slogan is nobody's speech, and
        # the sentence around it reads as if it were unquoted ("Roux, asked about “Harbour First,” said:")
        self.layout.keep_spans([s for s in spans if not self._title_like(s)])
        self.mentions = MentionReader(self.layout, self.registry)
        self.coref = Coreference(self.layout, self.registry, self.mentions, invented)

    def attribute(self) -> tuple[list[Quote], set[int]]:
        """Quotes with speakers, and the ids of the entities that speak."""
        layout = self.layout
        quotes: list[Quote] = []
        used: set[int] = set()
        # the last attributed quote, its paragraph's start and its end
        last: tuple[Attribution, int, int] | None = None
        prev_attr: Attribution | None = None
        turns: list[tuple[Attribution, bool]] = []  # attributed quotes so far, each with whether it asks
        answerer: Attribution | None = None  # who answers an interview's questions
        for i, span in enumerate(layout.spans):
            if self._so_called(span):
                prev_attr = None
                continue
            att = self._attribute_span(i, span, prev_attr)
            partial = self._partial(span)
            if att is None:
                att = self._dash_below(span)  # a signature under the quote outweighs who spoke last
            told = self._message_from(span) if att is None else None
            if att is None:
                att = told or self._owned_lead(span)
            if att is None and self._answers_question(span):
                att = answerer = answerer or self._interviewee()
                if att is not None and att.entity is not None:
                    self.coref.add_source(span.open_mark, att.entity)
            if att is None and last is not None and self._continues(span, last[1]):
                att = self._continuation(last[0], last[2], span)
                if att.entity is last[0].entity and (turn := self._other_turn(span, turns)) is not None:
                    att = turn
            if att is None:
                att = self._after_narrative(span)
            if att is None and partial and len(self.text[span.start:span.end].split()) >= 4:
                # a fragment with no reporting verb ("Berg referred to Roux as “a tireless harbour
                # champion”"): the sentence's subject; shorter ones are nicknames and scare quotes
                # ("For Lotte Brisk, the vote was “overdue, if I'm honest”": hers, in her own person)
                m = (self._whose_view(span) if _FIRST_PERSON.search(span.text(self.text)) else None) \
                    or self.mentions.sentence_subject(span.open_mark)
                if m is not None and (owner := _PRONOUN_OWNED_TEXT.fullmatch(m.text)):
                    # "Her reasoning was blunt: the bridge “...”": whose reasoning
                    m = Mention(owner.group(1), m.start + owner.start(1), m.start + owner.end(1), "pronoun")
                if m is not None:
                    att = Attribution(m, None, "same sentence")
                elif cues := layout.cues_between(layout.sentence_floor(span.open_mark), span.open_mark):
                    # reported speech whose speaker cannot be read ("Officials at the port
                    # authority, a division of ..., said they feared “...”"): an unknown speaker
                    att = Attribution(None, self._cue_text(cues[-1]), "same sentence")
            if att is None and not self._speech_like(span):
                prev_attr = None
                continue  # a title, a nickname, a scare quote: nobody says it
            if att is not None and att.method != "continuation":
                resolved = att.entity or self.coref.resolve(att.mention)
                att.entity = self._replier(att, resolved, turns) or self._addressee(att, i, prev_attr) \
                    or resolved
                if att.entity is not None and att.mention is not None and (
                        att is told or att.entity.gender is not None
                        and att.entity.gender == PRONOUNS.get(att.mention.text.lower())
                        and (att.cue or "").split(" ")[0] in _PLAIN_SPEECH):
                    # "That is the verdict of Mirela Oyle, who ... She said": whom a later "she" means;
                    # so is a woman a "she said" meant though no verb of hers stood before ("Among the
                    # marchers was Ines Vartanian. “...,” she said. “...,” she added"; not a message's
                    # author in "she wrote", nor a turn in questions and answers)
                    self.coref.add_source(att.mention.start, att.entity)
            ent = att.entity if att else None
            if ent is not None:
                used.add(ent.id)
            men = att.mention if att else None
            start, words = span.start, span.text(self.text)
            if men is not None and men.start == span.start and (label := speaker_label(self.text, start)):
                # a transcript turn, "“PENCE: Well, ...”": the label names the speaker,
                # the words follow it
                start, words = label.end(), words[label.end() - start:]
            quotes.append(Quote(
                text=words, start=start, end=span.end,
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
                last = (att, layout.paragraph_of(span.end)[0], span.after)
                turns.append((att, self._asks(span)))
        return quotes, used

    def _replier(self, att: Attribution, resolved: Entity | None,
                 turns: list[tuple[Attribution, bool]]) -> Entity | None:
        """Who "she replied" means right after a question: not its asker but the one who spoke
        before it, of that gender ("“...,” Castel told Quillon. ... “Should I be worried?” the
        host asked. ¶ “You should be,” she replied" is Castel; so after "Illing then asked whether
        she had considered stepping down."); `resolved` is whom the pronoun was read as."""
        if att.mention is None or att.mention.kind != "pronoun" or not turns \
                or (att.cue or "").split(" ")[0].lower() not in _REPLIES:
            return None
        asker = self._asker_before(att.mention.start)
        if asker is None and turns[-1][1]:
            asker = turns[-1][0].entity
        if asker is None or resolved is not asker:
            return None
        gender = PRONOUNS.get(att.mention.text.lower())
        return next((t.entity for t, _ in reversed(turns[:-1] if turns[-1][0].entity is asker else turns)
                     if t.entity is not None and t.entity is not asker
                     and t.entity.kind == "person" and t.entity.gender == gender), None)

    def _addressee(self, att: Attribution, i: int, asked: Attribution | None) -> Entity | None:
        """Who answers, with "he said" opening the paragraph right after a question that calls on
        someone by title and name: ""Mr. Ulrich, you've never held office. Why should voters trust
        you?" Gallard asked. ¶ "Because I've run a company," he said" is Ulrich, whoever spoke
        before; not a question again, nor words after narrative in between; `asked` is the
        question's attribution."""
        if att.mention is None or att.mention.kind != "pronoun" or not i or asked is None \
                or (att.cue or "").split(" ")[0].lower() not in _PLAIN_SPEECH | _REPLIES:
            return None
        span, question = self.layout.spans[i], self.layout.spans[i - 1]
        p_lo, _ = self.layout.paragraph_of(span.open_mark)
        if not self._asks(question) or self._asks(span) or self.text[p_lo:span.open_mark].strip() \
                or self.layout.paragraph_of(question.end)[1] < self.layout.paragraph_of(p_lo - 1)[0]:
            return None
        called = _VOCATIVE.match(self.text, question.start)
        gender = PRONOUNS.get(att.mention.text.lower())
        return next((e for e in reversed(self.registry.entities) if e.kind != "organization" and not e.place
                     and e is not asked.entity
                     and fold(e.surname) == fold(called.group(1))
                     and not (gender and e.gender and e.gender != gender)), None) if called else None

    def _asker_before(self, pos: int) -> Entity | None:
        """Who asks, in the sentence before the one at `pos`, with no quote: "Illing, the more
        genial of the two hosts, then asked whether she had considered stepping down."."""
        floor = self.layout.sentence_floor(pos)
        lo = self.layout.sentence_before(floor)
        asked = [c for c in self.layout.cues_between(lo, floor) if c.group().lower().startswith("ask")]
        starts = self.layout.span_starts
        if not asked or bisect.bisect_left(starts, lo) < bisect.bisect_left(starts, floor):
            return None  # (a quote in that sentence is its own business)
        m = self.mentions.cue_mention(asked[-1])
        return self.coref.resolve(m) if m is not None else None

    def _answers_question(self, span: QuoteSpan) -> bool:
        """Whether a quote opens its paragraph right after an interviewer's question, a paragraph
        of its own in no quotation marks: "Did you worry that readers would not like her?" ¶ “No.”"""
        p_lo, _ = self.layout.paragraph_of(span.open_mark)
        return p_lo > 0 and not self.text[p_lo:span.open_mark].strip() and self.layout.puts_question(p_lo - 1)

    def _interviewee(self) -> Attribution | None:
        """Whom an interview's questions are put to: the first person its introduction names."""
        n = next((n for n in self.layout.names if n.kind == "person" and len(n.words) > 1), None)
        if n is None:
            return None
        return Attribution(self.mentions.name_mention(n), None, "continuation", self.registry.at.get(n.start))

    def _so_called(self, span: QuoteSpan) -> bool:
        """A short label after "so-called" (the so-called “supermajority”) or before "rating" (a
        “hold” rating), or a name in capitals after a bare "called" or a billing "as": nobody's words."""
        size = len(self.text[span.start:span.end].split())
        if size > 4:
            # (a sign's words a little longer too: signs reading “Josephine for All of Us.”)
            return size <= 8 and \
                _SIGN_READING.search(self.text, max(0, span.open_mark - 40), span.open_mark) is not None
        # (the next of a list counts too: signs reading “Justice for Theo” and “Release the footage.”)
        listed = _LISTED_BEFORE.search(self.text, max(0, span.open_mark - 60), span.open_mark)
        lead_end = listed.start() if listed else span.open_mark
        label = _SO_CALLED.search(self.text, max(0, lead_end - 60), lead_end)
        # (but a label somebody gives is their words: "which Kelly dubbed “...”", "which she touted as")
        if label and _LABEL_GIVER.search(self.text, max(0, label.start() - 30), label.end()):
            label = None
        rated = _RATING_AFTER.match(self.text, span.after) and self.text[span.end - 1:span.end] != "," \
            and _OWNER_BEFORE_QUOTE.search(self.text, max(0, span.open_mark - 8), span.open_mark)
        # a body's own thing, said what it is next: "update its “workload charter,” a voluntary code"
        defined = self.text[span.end - 1:span.end] == "," and _DEFINED_AFTER.match(self.text, span.after) \
            and _OWNER_OWNS.search(self.text, max(0, span.open_mark - 8), span.open_mark)
        return label is not None or bool(rated) or bool(defined) or (
            _NAMED_BARE.search(self.text, max(0, span.open_mark - 50), span.open_mark) is not None
            and _CAPITALISED_NAME.fullmatch(self.text, span.start, span.end) is not None)

    def _asks(self, span: QuoteSpan) -> bool:
        """Whether a quote is a question."""
        return self.text[span.end - 1:span.end] == "?"

    def _other_turn(self, span: QuoteSpan, turns: list[tuple[Attribution, bool]]) -> Attribution | None:
        """In questions and answers, each quote a paragraph of its own, the turn of the one who did
        not speak last: "“Did you see him?” Roux asked. ¶ “Yes,” Marr said. ¶ “Was it dark?” ¶ “No.”"
        asks as Roux, then answers as Marr."""
        p_lo, p_hi = self.layout.paragraph_of(span.open_mark)
        if len(turns) < 2 or self.text[p_lo:span.open_mark].strip() or self.text[span.after:p_hi].strip():
            return None
        (before, asked_before), (last, asked_last) = turns[-2:]
        asks = self._asks(span)
        if before.mention is None or before.entity is last.entity or asked_before == asked_last \
                or asks == asked_last or asks and _FIRST_PERSON.search(self.text, span.start, span.end):
            return None  # (“Why would I?” after an answer is the answerer asking it of herself)
        return Attribution(before.mention, before.cue, "continuation", before.entity)

    def _continuation(self, last: Attribution, last_end: int, span: QuoteSpan) -> Attribution:
        """A floating quote's speaker: the last quote's, unless the narrative since
        then has made someone else the subject ("Roux restricted her comments.")."""
        # only a subject of a later sentence counts, not a name in the last quote's own attribution
        # ("“...,” Roux said, referencing a fund called Harbour45.")
        # (that attribution ends with its sentence or its paragraph, and a quote that closes
        # its sentence has none after it: Vik said: “...” ¶ Varga praised the crews. “...”)
        _, p_hi = self.layout.paragraph_of(last_end - 1)
        lo = sentence_end(self.text, last_end - 2, min(p_hi, span.open_mark))
        newer = self._latest_named_source(lo, span.open_mark)
        # "Residents said otherwise." or "A retired teacher was furious." since: someone unnamed
        # is the subject now, and the quote is theirs, not the mayor's before them
        unnamed = self._unnamed_subject(max(0, lo - 2), span.open_mark)
        if unnamed is not None and (newer is None or newer.mention.start < unnamed.start):
            return Attribution(unnamed, None, "continuation")
        if newer is not None and newer.entity is not last.entity:
            return newer
        return Attribution(last.mention, last.cue, "continuation", last.entity)

    def _unnamed_subject(self, lo: int, hi: int) -> Mention | None:
        """The last subject in text[lo:hi] that is somebody unnamed opening a sentence: "Residents"
        (a plural for people), "A retired teacher", "Another voter"."""
        found = None
        for m in _SENTENCE_OPENING.finditer(self.text, lo, hi):
            spans = list(re.finditer(r"[\w-]+", m.group(1)))
            words = [w.group() for w in spans]
            if words[0].endswith("s") and names_people(words[0].lower()) and len(words) > 1 \
                    and words[1].islower():
                n = 1  # "Residents said otherwise."
            elif words[0].lower() in _SOME:
                n = next((k + 1 for k, w in enumerate(words[1:], 1) if w.islower() and names_people(w)
                          and all(v.islower() for v in words[1:k])), 0)
            else:
                continue
            if not n:
                continue
            end = m.start(1) + spans[n - 1].end()
            # (a "his" in a clause about them is theirs: "Another analyst, who asked not to be named
            # because his firm ...,")
            clause = _WHO_CLAUSE.match(self.text, end)
            if not _POINTS_BACK.search(self.text, clause.end() if clause else m.start(1),
                                       sentence_end(self.text, m.start(1), hi)):
                # "Several reporters asked him", "Workers cheered as she spoke": the speaker is
                # still the one before them
                found = Mention(self.text[m.start(1):end], m.start(1), end, "nominal")
        return found

    def _after_narrative(self, span: QuoteSpan) -> Attribution | None:
        """A quote opening its paragraph right after a paragraph of narrative about
        someone ("Marr praised Vik's leadership." ¶ “We need someone ...”)
        is that person's."""
        layout = self.layout
        p_lo, _ = layout.paragraph_of(span.open_mark)
        floor = layout.clause_floor(span.open_mark)
        if self.text[floor:span.open_mark].strip():
            return None  # the quote does not open its sentence
        if floor > p_lo:
            # "..., Schiff said. “...”": the narrative just before it in its paragraph
            i = bisect.bisect_right(layout.span_starts, span.start) - 2
            lo = max(p_lo, layout.spans[i].after) if i >= 0 else p_lo
            # (or "He cautioned, however, that wage costs would rise. “...”": whom "he" stands for)
            return self._latest_named_source(lo, floor) or self._pronoun_subject(lo, floor)
        if p_lo == 0:
            return None
        prev_lo, prev_hi = layout.paragraph_of(p_lo - 1)
        i = bisect.bisect_left(layout.span_starts, prev_lo)
        before = layout.spans[i:bisect.bisect_left(layout.span_starts, prev_hi)]
        if any(not self._so_called(s) for s in before):
            return None  # the paragraph before quotes someone itself (not only a so-called label)
        return self._latest_named_source(prev_lo, prev_hi) or self._pronoun_subject(prev_lo, prev_hi)

    def _owned_lead(self, span: QuoteSpan) -> Attribution | None:
        """Whose words the sentence right before a quote opening its own announces, in its
        paragraph: "Bregovic's answer was shorter. “...”", "Her reply was brief. “...”"."""
        floor = self.layout.clause_floor(span.open_mark)
        lo = self.layout.sentence_before(floor)
        if self.text[floor:span.open_mark].strip() or lo < self.layout.paragraph_of(span.open_mark)[0]:
            return None
        sentence = self.text[lo:floor].rstrip()
        if not sentence.endswith("."):
            return None
        end = lo + len(sentence) - 1
        owner = _PRONOUN_OWNED_TEXT.fullmatch(self.text, lo, end)
        if owner:
            return _owner_attribution(owner, "pronoun")
        n = self.layout.name_from(lo)
        if n is not None and n.possessive and not self.text[lo:n.mention_start].strip() and \
                _OWNED_TEXT.fullmatch(self.text, n.end, end):
            return Attribution(self.mentions.name_mention(n), None, "colon")
        # "... on his phone: a message from his mother, Shirin, sent the night he left. “...”"
        sent = list(_SENT_FROM.finditer(self.text, lo, end))
        n = self.layout.names_by_start.get(sent[-1].end()) if sent else None
        if n is not None and not n.possessive:
            return Attribution(self.mentions.name_mention(n), None, "colon")
        return None

    def _pronoun_subject(self, lo: int, hi: int) -> Attribution | None:
        """The person the last "he" or "she" of a paragraph of narrative stands for, when no name
        follows it there ("Her approach is unusual. The effect, she says, is deliberate." ¶ “...”)."""
        found = list(_HE_OR_SHE.finditer(self.text, lo, hi))
        starts = self.layout.name_starts
        if not found or bisect.bisect_left(starts, found[-1].end()) < bisect.bisect_left(starts, hi):
            return None
        m = Mention(found[-1].group(), found[-1].start(), found[-1].end(), "pronoun")
        e = self.coref.resolve(m)
        return Attribution(m, None, "continuation", e) if e is not None else None

    def _latest_named_source(self, lo: int, hi: int) -> Attribution | None:
        """The last named subject in text[lo:hi] (or one described: "The senator said"), as the
        speaker of a quote that follows."""
        found = self.coref.latest_named_source(lo, hi)
        return Attribution(found[0], None, "continuation", found[1]) if found is not None else None

    def _whose_view(self, span: QuoteSpan) -> Mention | None:
        """The one a sentence opening "For Lotte Brisk," gives the view of: "For Lotte Brisk, who runs
        a bakery, the vote was “about five years overdue, if I'm honest.”" is hers."""
        whose = _FOR_WHOM.match(self.text, self.layout.sentence_floor(span.open_mark))
        n = self.layout.names_by_start.get(whose.end()) if whose else None
        if n is None or n.possessive or not self.text.startswith(",", n.end):
            return None  # (not "For Tom Berg to win, the party must", "For Velmark's traders,")
        e = self.registry.at.get(n.start)
        return self.mentions.name_mention(n) if e is None or not e.place else None  # ("For Velmark, the")

    def _partial(self, span: QuoteSpan) -> bool:
        """A fragment quoted inside reported speech: it starts in lower case, or
        it runs on from the words before it without a cue's comma or colon."""
        t = self.text[span.start:span.end].lstrip("[(.… ")
        if t[:1].islower():
            # “The bridge,” Rell said, “will reopen in May.”: the second half of one sentence
            return not self._resumes_interrupted(span)
        raw = self.text[max(0, span.open_mark - 30):span.open_mark]
        before = raw.rstrip()
        if not before or before[-1] in ",:—–-;.!?\"”(" or raw.rstrip(" \t\u00a0").endswith("\n"):
            # a quote opening its paragraph runs on from nothing, even after a headline with no full stop
            return False
        last = re.findall(r"[\w’'-]+$", before)
        if last and (last[0].lower() in lexicon.cue_forms() or last[0].lower() == "that"):
            return False
        return self.text[span.end - 1:span.end] not in ".?!"

    def _title_like(self, span: QuoteSpan) -> bool:
        """A short quotation whose every longer word is capitalised: a title,
        a name or a slogan ("State of the Union.", "MAKE AMERICA GREAT AGAIN")."""
        if speaker_label(self.text, span.start):
            return False  # “RUTHVEN: Thank you.”: a transcript's turn, however short
        quoted = self.text[span.start:span.end].rstrip()
        if _TITLED.search(self.text, max(0, span.open_mark - 20), span.open_mark):
            return True  # a release titled “Worms could beat superbugs”: a title whatever its case
        if quoted[:1].isupper() and quoted.endswith(",") and _BYLINE.match(self.text, span.after):
            return True  # “Museum hires a new director,” by Ana Rell: a headline and its byline
        found = list(re.finditer(r"[^\W\d_][\w’'-]*", quoted))
        words = [w.group() for w in found]
        # Holt, speaking on “The Week, with Ola Brun,” said / Holt told “Harbour Hour,” a show
        # (or made by someone: "Tom Vale, who created “Fennick Row” and wrote")
        taken = _OBJECT_OF.search(self.text, max(0, span.open_mark - 20), span.open_mark)
        taken = taken and (quoted.endswith(",") or taken.group().startswith("who"))
        # (or after "the" alone: students will perform the “Lament”)
        named = bool(taken) or self._named_as_title(span.open_mark) or self._described_after(span) or \
            _THE_BEFORE.search(self.text, max(0, span.open_mark - 5), span.open_mark) is not None or \
            _WORK_AFTER.match(self.text, span.after) is not None or self._names_a_thing(span) or \
            _ANOTHER_TITLE.match(self.text, span.after) is not None
        # a title named as such keeps "with", "from" and the like in lower case: “Mornings with Dan Holt”
        # a day or a month after a small word is capitalised anyway: “Ask me on Tuesday.” is no
        # title ("Super Tuesday" is one)
        long_words = [w for k, w in enumerate(words) if len(w) > 3 and not (named and w in _TITLE_SMALL_WORDS)
                      and not (k and words[k - 1].islower() and w.lower() in _DATES)]
        # a sentence's first word is capitalised anyway: “This one is for you.” and “We did. That
        # is on me.” are no titles
        beyond_first = [w.group() for w in found[1:] if w.group() in long_words
                        and not _SENTENCE_BEFORE.search(quoted, 0, w.start())]
        if 0 < len(words) <= 12 and (
                _SLOGAN_BEFORE.search(self.text, max(0, span.open_mark - 60), span.open_mark)
                or _SLOGAN_AFTER.match(self.text, span.after)
                or quoted.endswith(",") and _LABEL_AFTER.match(self.text, span.after)):
            return True  # The campaign's slogan, “One village, one school,”: a slogan in any case
        if not (0 < len(words) <= (12 if named else 8) and (beyond_first or named and long_words)
                and all(w[0].isupper() for w in long_words)) or not named and any(
                w.islower() and len(w) <= 3 and w not in _TITLE_LOWER_WORDS for w in words):
            return False  # (a title keeps only small words in lower case: “If not, Friday.” is speech)
        if quoted.endswith(("?", "!", "?,", "!,")) and not (named and _WORK_BEFORE.search(
                self.text, max(0, span.open_mark - 60), span.open_mark)):
            return False  # (but "its best-known number, “Who Stole the Moon?”" is a song's title)
        cues = self.layout.cues_between(max(0, span.open_mark - 40), span.open_mark)
        if cues and re.fullmatch(r"\s*[,:]\s*", self.text[cues[-1].end():span.open_mark]):
            return False  # Rell tweeted, “Thank You Velmark! #Rell2028”: introduced as her words
        if cues and _LABELLED.fullmatch(self.text, cues[-1].start(), span.open_mark):
            return False  # Holt called Rell “The Chancellor of the Harbour”: his label for her
        if named:
            return True  # the co-author of “Going Under,” about the harbour, said: a title all the same
        if quoted.endswith(","):
            # “Great News Everyone,” Rell said / Rell says, “Do It,” twice: a comma next to a
            # reporting verb is speech; Holt's book, “Harbour Lights,” sold well: a title's; and so
            # is a programme "it calls “Project Lantern,”", named, not said
            if _CALLS.search(self.text, max(0, span.open_mark - 12), span.open_mark):
                return True
            return not (self.layout.cues_between(span.after, span.after + 30)
                        or self.layout.cues_between(span.open_mark - 30, span.open_mark))
        return True

    def _described_after(self, span: QuoteSpan) -> bool:
        """Whether a short quotation ending in a comma is what the phrase after it describes, with
        no reporting verb near: "unveiled “Lantern,” a pair of glasses", "“Vista,” the company's
        headset" (but "“Thanks,” the mayor said" is speech)."""
        described = _DESCRIBED_AFTER.match(self.text, span.after)
        if self.text[span.end - 1:span.end] != "," or len(self.text[span.start:span.end].split()) > 3 \
                or described is None:
            return False
        # a reporting verb later in the sentence is the description's own unless someone named or a
        # clause of its own comes between ("“Fine,” the mayor, who had been silent all evening,
        # finally said"; but "“Lantern,” a pair of glasses, on Tuesday, Ana Roth said", "“Lantern,”
        # a pair of glasses that its founder says will")
        cues = self.layout.cues_between(span.after, sentence_end(self.text, span.after,
                                                                 min(len(self.text), span.after + 300)))
        starts = self.layout.name_starts
        between = self.text[described.end():cues[0].start()] if cues else ""
        return not cues or re.match(r"\s+(?:that|which)\b", between) is not None \
            or bisect.bisect_left(starts, described.end()) < bisect.bisect_left(starts, cues[0].start())

    def _names_a_thing(self, span: QuoteSpan) -> bool:
        """Whether a quotation stands between a determiner and the noun it names, as a brand or a
        label does: "the “Nightowl” chocolate bar", "its “Rain Wall” set" (not "called it “a joke”
        because", whose next word is no noun)."""
        noun = _NOUN_AFTER.match(self.text, span.after)
        # (one capitalised word needs no determiner: "the company behind “Hearth” smart locks")
        return noun is not None and noun.group(1) not in lexicon.stop_words() \
            and noun.group(1) not in lexicon.cue_forms() and not noun.group(1).endswith("ly") \
            and (_DETERMINER_BEFORE.search(self.text, max(0, span.open_mark - 30), span.open_mark) is not None
                 or _ONE_NAME.fullmatch(self.text, span.start, span.end) is not None)

    def _named_as_title(self, open_mark: int) -> bool:
        """Whether the words before a quotation name it as a title: "the author of", "a book
        titled", "The movie,", or an outlet owning it ("CNN’s", "the station’s", "Harbour Radio’s"),
        but not a person's words ("Roux’s “I Want Answers,” she said") nor a contraction ("It’s")."""
        text = self.text
        if _NAMING.search(text, max(0, open_mark - 26), open_mark) or \
                _WORK_BEFORE.search(text, max(0, open_mark - 60), open_mark) or \
                _WORK_NAMED.search(text, max(0, open_mark - 60), open_mark) or \
                _WORKS_LIKE.search(text, max(0, open_mark - 30), open_mark) or \
                _APPEARED_ON.search(text, max(0, open_mark - 20), open_mark) or \
                _EVENT_OPENING.search(text, max(0, open_mark - 60), open_mark):
            return True
        owner = _OWNER_BEFORE.search(text, max(0, open_mark - 50), open_mark)
        if owner is None or owner.group(1).lower() in CONTRACTED:
            return False
        word = owner.group(1)
        if word.islower() or word.isupper() and len(word) > 1:
            return True  # "the station’s", "CNN’s"
        n = self.layout.names_by_end.get(owner.end(1))
        return n is not None and n.kind == "organization"

    def _dash_below(self, span: QuoteSpan) -> Attribution | None:
        """A quote ending its paragraph, signed on the next line: "- Ada Roux"."""
        _, p_hi = self.layout.paragraph_of(span.end)
        if self.text[span.after:p_hi].strip() or p_hi + 1 >= len(self.text):
            return None
        n_lo, n_hi = self.layout.paragraph_of(p_hi + 2)
        m = re.match(r"\s*[-—–―]+\s*", self.text[n_lo:n_hi])
        n = self.layout.names_by_start.get(n_lo + m.end()) if m else None
        if n is None:
            return None
        return Attribution(self.mentions.name_mention(n), None, "dash")

    def _message_from(self, span: QuoteSpan) -> Attribution | None:
        """Whom the sentence right after a quote names as having said it: "“Someone did this on
        purpose.” ¶ That was the message from Fire Marshal Ottilie Kranz on Friday"."""
        said = _MESSAGE_FROM.match(self.text, span.after)
        if said is None:
            return None
        owner = self.layout.names_by_start.get(said.end()) if said.group("owned") else None
        m = self.mentions.name_mention(owner) if owner is not None else \
            self.mentions.mention_after(said.end(), min(len(self.text), said.end() + 80))
        if m is None or m.kind != "name" or self.text[said.end():m.start].strip() and not m.role:
            return None  # (not "the message from residents to Fire Marshal Kranz"; but "the view
            # of the association's chairman, Brannock Tolliver")
        cue = f"{said.group('what')} {said.group('prep')}" if said.group("what") \
            else said.group("how") or said.group("reacted") or said.group("owned") or said.group("dashed")
        return Attribution(m, cue, "cue")

    def _resumes_interrupted(self, span: QuoteSpan) -> bool:
        """True for the second piece of a quote interrupted by its attribution."""
        i = bisect.bisect_left(self.layout.span_starts, span.start) - 1
        if i < 0:
            return False
        prev = self.layout.spans[i]
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
        layout = self.layout
        p_lo, _ = layout.paragraph_of(span.open_mark)
        head = self.text[layout.clause_floor(span.open_mark):span.open_mark]
        if head.strip() and not (p_lo == last_para and _CONNECTIVE.fullmatch(head)
                                 and self._said_whole(span)) and not _PAUSE_LEAD.fullmatch(head):
            # but “...,” Berg said. Instead, “he just acts like a defeated man.” goes on (and so
            # does "Then, after a pause: “...”"); not the scare quote in "But “fair” is not a word
            # Rell would use"
            return False
        if p_lo == last_para:
            return True
        # the next paragraph, or the one after a short stretch of narrative ("She pauses.")
        i = bisect.bisect_left(layout.para_starts, p_lo)
        return (i > 0 and layout.para_starts[i - 1] == last_para) or (
            i > 1 and layout.para_starts[i - 2] == last_para
            and layout.paragraphs[i - 1][1] - layout.para_starts[i - 1] < 120)

    def _attribute_span(self, i: int, span: QuoteSpan, prev: Attribution | None) -> Attribution | None:
        layout = self.layout
        text = self.text
        label = speaker_label(text, span.start)
        if label and names_people(label.group(1).lower().split()[-1]):
            # "PRESENTER: Would you ...": a role, whoever holds it
            role = Mention(label.group(1), label.start(1), label.end(1), "nominal")
            return Attribution(role, None, "colon")
        if label:
            # a transcript turn, "PENCE: Well, ...": the label names the speaker
            n = read_label(text, label.start(1), label.end(1))
            if n is not None:
                self.registry.add(n)
                return Attribution(self.mentions.name_mention(n),
                                   None, "colon")
        p_lo, _ = layout.paragraph_of(span.open_mark)
        _, tp_hi = layout.paragraph_of(span.end)
        nxt = layout.spans[i + 1] if i + 1 < len(layout.spans) else None
        head_lo = layout.clause_floor(span.open_mark)
        tail_hi = min(nxt.open_mark, tp_hi) if nxt and nxt.open_mark >= span.after else tp_hi
        tail_hi = sentence_end(text, span.after, tail_hi) if span.after < tail_hi else span.after
        closing = text[span.end - 1:span.end]
        ends_open = closing in ",—–-" or text[span.after:span.after + 1] == "," or (
            closing in "?!" and not self._cued(head_lo, span))
        # “A,” she said, “B.” and “A.” Adding, “B.”: the same speaker goes on
        same_sentence_prev = i > 0 and prev is not None and head_lo == layout.spans[i - 1].after and (
            not layout.ends_sentence(layout.spans[i - 1]) or self._lone_participle(head_lo, span.open_mark))

        order = (self._after, self._before) if ends_open else (self._before, self._after)
        for rule in order:
            att = rule(span, head_lo, tail_hi)
            if att is not None and rule == self._after and att.cue in SPEAKER_AFTER and (
                    att.cue == "according to" or att.mention is None or att.mention.kind != "name"
                    or nxt is not None and nxt.open_mark < tail_hi + 2):
                # "Roux said the plan was “dead,” according to the Courier": Roux speaks, the
                # Courier reports it; so in "“dead,” in the words of her predecessor X, “...”" (but
                # "“...,” in the words of Ivo Brask, an analyst." is his)
                return self._sentence_cue(reversed(layout.cues_between(head_lo, span.open_mark))) or att
            if att is not None:
                return att
            if rule == self._before and same_sentence_prev and any(
                    is_participle(c.group()) for c in layout.cues_between(head_lo, span.open_mark)):
                # “A,” Zelensky said, adding, “B.”: the participle's subject spoke A too
                return Attribution(prev.mention, prev.cue, "same sentence", prev.entity)
        # a cue anywhere in the sentence: partial quotes inside reported speech
        att = self._sentence_cue(reversed(self._reporting_cues(head_lo, span.open_mark)))
        if att is not None:
            return att
        if same_sentence_prev:
            return Attribution(prev.mention, prev.cue, "same sentence", prev.entity)
        # after a quote that closes its sentence, the next sentence is somebody else's business;
        # otherwise the tag may close the sentence after more quotes: “A” and “B,” Rell said.
        sent_hi = sentence_end(text, span.after, tp_hi) if span.after < tp_hi else span.after
        att = None if layout.ends_sentence(span) else self._sentence_cue(
            c for c in layout.cues_between(span.after, sent_hi) if not self._summons(c))
        if att is not None:
            return att
        # "X said:" or "this statement by X:" closing the previous paragraph, the quote opening this one
        if head_lo == p_lo and p_lo > 0:
            prev_para = layout.paragraph_of(p_lo - 1)
            if prev_para[1] < p_lo and last_char_before(text, prev_para[1]) == ":":
                cues = layout.cues_between(prev_para[0], prev_para[1])
                if cues:
                    att = self._for_someone(cues[-1], span) or self._passage_quoted(cues[-1], span) \
                        or self._via_cue(cues[-1])
                    if att is not None:
                        return Attribution(att.mention, att.cue, "colon")
                colon = text.rindex(":", prev_para[0], prev_para[1])
                n = self._colon_source(layout.sentence_floor(colon), colon)
                if n is not None:
                    return Attribution(self.mentions.name_mention(n), None, "colon")
        return None

    def _reporting_cues(self, lo: int, open_mark: int) -> list[re.Match]:
        """The cues before a quote in its sentence that may report it: not the last when a
        second that-clause follows it ("Pryce said the council had added $3 million, and that
        the board “...”": the words are Pryce's, in the second clause of his "said"), nor when
        the quote is only joined to what it reports ("said supporters were sharing the news and
        “celebrating”")."""
        cues = self.layout.cues_between(lo, open_mark)
        second = _SECOND_THAT.search(self.text, cues[-1].end(), open_mark) if len(cues) > 1 else None
        if second and not re.search(r"\bthat\b", self.text[cues[-1].end():second.start()]):
            # but in "Roos said Berg reassured them that ... and that “...”" both clauses are Berg's
            return cues[:-1]
        if len(cues) > 1 and _JOINED_ACT.fullmatch(self.text, cues[-1].end(), open_mark):
            return cues[:-1]
        return cues[:-1] if self._embedded_last(cues) else cues

    def _embedded_last(self, cues: list[re.Match]) -> bool:
        """Whether the last of a sentence's cues sits in a clause of the one before it, so that the
        quote after it is the outer verb's: "suggested that a former minister who had criticised
        the government should be “...”", "She wondered whether the prime minister agreed that it
        was “...”"."""
        return len(cues) > 1 and not _CUE_RIGHT_BEFORE.match(self.text, cues[-1].end()) and (
            _WHO_BEFORE.search(self.text, max(0, cues[-1].start() - 14), cues[-1].start()) is not None
            or _WHETHER.fullmatch(self.text, cues[-2].end(), cues[-1].start()) is not None)

    def _agentless(self, cue: re.Match) -> bool:
        """Whether a cue is a passive naming nobody who does it: "after the charge was announced"
        (not "was told", "was asked" or "was quoted as saying", nor "was announced by the club")."""
        return not is_participle(cue.group()) and \
            lexicon.cue_forms().get(cue.group().lower()) not in ("tell", "ask", "quote") and \
            _BE_BEFORE.search(self.text, max(0, cue.start() - 20), cue.start()) is not None and \
            self.mentions.passive_by(cue) is None and not _AS_NEXT.match(self.text, cue.end())

    def _cued(self, head_lo: int, span: QuoteSpan) -> bool:
        """Whether a reporting verb right before the quote introduces it ("chanting, “No more
        cuts!”"), so that a tag after it ("Berg said he would meet them") is not its own."""
        cues = self.layout.cues_between(head_lo, span.open_mark)
        if not cues or not _CUE_TO_QUOTE.fullmatch(self.text, cues[-1].end(), span.open_mark):
            return False
        # not a verb of an opening clause: "When Berg said the cranes were sold, “Who says?” Roux asked."
        opening = SUBORDINATE.match(self.text, head_lo, span.open_mark)
        return not (opening and cues[-1].start() < self.text.find(",", opening.end(), span.open_mark))

    def _lone_participle(self, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] is only a participle cue ("Adding,")."""
        cues = self.layout.cues_between(lo, hi)
        if len(cues) != 1 or not is_participle(cues[0].group()):
            return False
        before, after = self.text[lo:cues[0].start()], self.text[cues[0].end():hi]
        return not before.strip() and not after.replace(",", "").strip()

    def _colon_source(self, lo: int, colon: int) -> Name | None:
        """The person a colon's lead-in hands the floor to without ending on their
        name: "From Rell’s Facebook post:", "Rell’s statement:", "Here’s Rell in
        December 1992:", "More from Rell and Berg:", "this statement by Rell on June 11:"."""
        j = bisect.bisect_left(self.layout.name_starts, lo)
        if j == len(self.layout.names) or self.layout.names[j].end > colon:
            return None
        k = bisect.bisect_left(self.layout.name_starts, colon) - 1
        by = self.layout.names[k]
        if by.end <= colon and _OWNED_BY.search(self.text, lo, by.mention_start) and \
                _COLON_LEAD_TAIL.fullmatch(self.text, by.end, colon):
            return by
        n = self.layout.names[j]
        lead, tail = self.text[lo:n.mention_start], self.text[n.end:colon]
        if n.possessive:
            ok = bool(_OWNED_TEXT.fullmatch(tail)) and (
                not lead.strip() or lead.strip() == "The" or bool(_COLON_LEAD.fullmatch(lead)))
        else:
            ok = bool(_COLON_LEAD.fullmatch(lead)) and bool(_COLON_LEAD_TAIL.fullmatch(tail))
        return n if ok else None

    def _cue_text(self, cue: re.Match) -> str:
        """The cue as a reader would quote it: "told CNN", "said in a statement"."""
        text = self.text
        word = cue.group()
        if word in TELL:
            obj = _TOLD_WHOM.match(text, cue.end(), cue.end() + 60)
            if obj:
                return f"{word} {obj.group(1)}"
        return word

    def _summons(self, cue: re.Match) -> bool:
        """Whether a "call" after a quote sends for someone rather than names the words: "“easily
        treatable” if staff had called a doctor" (not "“a fantasy,” as she called it")."""
        return lexicon.cue_forms().get(cue.group().lower()) == "call" and \
            _SUMMONED.match(self.text, cue.end()) is not None

    def _sentence_cue(self, cues: Iterable[re.Match]) -> Attribution | None:
        """The attribution of the first of `cues`, elsewhere in the quote's sentence, that gives one."""
        for cue in cues:
            att = self._via_cue(cue)
            if att is not None:
                return Attribution(att.mention, att.cue, "same sentence")
        return None

    def _via_cue(self, cue: re.Match) -> Attribution | None:
        """The attribution a cue near the quote gives, participles reaching back to
        the subject of their sentence. A verb of doing inside what someone reports tells whose
        words they are no more than the reporter: "Vesterling wrote that the residents had
        offered “more than enough evidence”" is the judge's."""
        if lexicon.cue_forms().get(cue.group().lower()) in _ACTS:
            floor = self.layout.sentence_floor(cue.start())
            outer = [c for c in self.layout.cues_between(floor, cue.start())
                     if lexicon.cue_forms().get(c.group().lower()) not in _ACTS
                     and not is_participle(c.group())]
            # (not past a clause of its own: "Clinton proposed a debate - but the campaign rejected it")
            # (nor when the verb puts the words as its own: "dismissed the letter as “of little weight”")
            if outer and not _NEW_CLAUSE.search(self.text, outer[-1].end(), cue.start()) \
                    and not _AS_QUOTED.match(self.text, cue.end()):
                return self._via_cue(outer[-1])
        if is_participle(cue.group()):
            m = self.mentions.participle_speaker(cue)
        else:
            m = self.mentions.cue_mention(cue)
            gap = self._speechless(m, cue) if m is not None else None
            if gap is not None and not re.match(r"\s*[,:]", self.text[cue.end():cue.end() + 3]):
                # "She says it underscores that ...", "Brenlow told reporters that the decision
                # reflected “...”": the claim is hers, "it" only her subject; "She said it warned:
                # “...”" quotes it
                outer = self.layout.cues_between(self.layout.sentence_floor(cue.start()),
                                                 min(m.start, cue.start()))
                if outer and not is_participle(outer[-1].group()) and \
                        gap.fullmatch(self.text, outer[-1].end(), m.start):
                    return self._via_cue(outer[-1])
            if m is None and self.layout.follows_quote(len(self.text[:cue.start()].rstrip())):
                # "Berg, who was asked, “Sail again?” said, “Never.”": the subject before the question
                m = self.mentions.sentence_subject(cue.start())
        if m is None:
            return None
        return Attribution(m, self._cue_text(cue), "cue")

    @staticmethod
    def _speechless(m: Mention, cue: re.Match) -> re.Pattern | None:
        """Whether a cue's subject says nothing itself: "it" right after another reporting verb
        ("She says it underscores"), or a thing that only shows what someone reports ("told
        reporters on Monday that the decision reflected"); the gap from that verb to the subject
        then, else None. People, bodies and papers speak ("the jury told the judge")."""
        if m.kind == "pronoun":
            return _OUTER_TO_IT if m.text.lower() == "it" else None
        head = m.text.lower().split()[-1]
        shows = lexicon.cue_forms().get(cue.group().lower()) in _SHOWING_VERBS
        return _OUTER_TO_SUBJECT if m.kind == "nominal" and shows and not names_people(head) and \
            head not in lexicon.org_words() and not _PAPER.fullmatch(head) else None

    def _said_whole(self, span: QuoteSpan) -> bool:
        """Whether a quote reads as words said rather than a phrase named: four words or more
        that end on a stop or a comma, or with a stop after them ("... the pier,” with money" and
        "... defeated man.”" but not "“the harbour of the future” was her slogan")."""
        text = self.text
        return len(text[span.start:span.end].split()) >= 4 and (
            text[span.end - 1:span.end] in ".!?…,"
            or text[span.after:span.after + 1] in (".", "!", "?", "…"))

    def _after(self, span: QuoteSpan, head_lo: int, tail_hi: int) -> Attribution | None:
        """“A,” Zelensky said. / “A,” said Witkoff. / “A.” — Rubio"""
        text = self.text
        lead = re.match(r"[\s,]*", text[span.after:tail_hi])
        at = span.after + lead.end()
        dash = re.match(r"\s*[—–―]+\s*|\s+-{1,2}\s+", text[span.after:tail_hi])
        if dash and (signed := self._signed(span.after + dash.end())) is not None:
            return signed
        if dash:
            at = span.after + dash.end()  # "“...” — Feld's chief of staff, Timo Rask, told"
        # after a quote that closed its sentence, only a bare tag belongs to it: “A.” Roux said.
        # A question or an exclamation keeps a longer tag when a name opens it (“Why?” Rell asked
        # Vik at the pier.), not a new sentence's subject (“Why?” Her critics cited it as ...).
        closed = text[span.end - 1:span.end] in ".!?…" and text[at:at + 1].isupper()
        if closed and _RUNS_INTO.search(text, head_lo, span.open_mark) and \
                len(text[head_lo:span.open_mark].split()) > 1:
            return None  # "They call the bombs “pianos.” Vell said ...": a sentence it did not open
        for cue in self.layout.cues_between(at, min(tail_hi, at + 160)):
            # a tag reporting a clause of its own ("“A.” It said that Berg ...") opens a new sentence
            long_tail = closed and (len(text[cue.end():tail_hi].split()) > 4
                                    or THAT_CLAUSE.match(text, cue.end())) \
                and not _CIRCUMSTANCE.match(text, cue.end())
            if long_tail and text[span.end - 1:span.end] in ".…":
                break
            if closed and text[tail_hi:tail_hi + 1] in OPENERS and \
                    _LEADS_TO_QUOTE.fullmatch(text, cue.end(), tail_hi):
                break  # “...” One reviewer complained of “...”: that verb has a quote of its own
            if not is_participle(cue.group()) and text[at:cue.start()].strip() == "" and not long_tail:
                m = self.mentions.inverted_mention(cue, tail_hi)
                if m is not None:
                    return Attribution(m, self._cue_text(cue), "cue")
            if self.mentions.passive_by(cue) is not None:
                break  # “A.” The remark was first reported by the Courier.
            m = self.mentions.mention_before(at, cue.start())
            if m is not None and closed and m.kind == "pronoun" and tail_hi < len(text) and \
                    (text[span.end - 1:span.end] == "?" or cue.group() in _REPLIES) and \
                    re.fullmatch(r"\s*[,:]\s*[“\"]?", text[cue.end():tail_hi + 1]):
                break  # “Would you?” He answered, “No.”: a new sentence whose tag is the next quote's
            if m is not None and (m.start == at and (m.kind == "name" or not long_tail)
                                  or not long_tail and "\n" not in text[span.after:at]
                                  and self._role_first(m, at, cue, closed)):
                return Attribution(m, self._cue_text(cue), "cue")
            if m is None and is_participle(cue.group()):
                continue
            break
        return None

    def _answering(self, cue: re.Match, span: QuoteSpan) -> Attribution | None:
        """The name opening a sentence whose reporting verb is someone else's, in a clause on
        what the named one answered, before a colon: "Marrowby was blunt when a reporter
        suggested the incident had been exaggerated: “...”" is Marrowby's."""
        s_lo = self.layout.sentence_floor(cue.start())
        when = _WHEN_ASKED.search(self.text, s_lo, cue.start())
        n = self.layout.name_from(s_lo)
        if when is None or n is None or n.end > when.start() or self.text[s_lo:n.mention_start].strip() \
                or last_char_before(self.text, span.open_mark) != ":" or n.possessive:
            return None
        return Attribution(self.mentions.name_mention(n), None, "colon")

    def _for_someone(self, cue: re.Match, span: QuoteSpan) -> Attribution | None:
        """The one a statement is read or issued for, whose words it holds: "Her lawyer read a
        statement on her behalf:", "issued a letter on behalf of Ada Roux:", "She read his message
        to the court:", "She read from an email she said Konrad Halm had sent:"."""
        reads = lexicon.cue_forms().get(cue.group().lower()) == "read"
        if reads and (source := _READ_FROM.match(self.text, cue.end())) and \
                (n := self.layout.names_by_start.get(source.end())) is not None and not n.possessive and \
                (source.group("by") or _WROTE_IT.match(self.text, n.end)) and \
                _LEAD_TO_QUOTE.fullmatch(self.text, n.end, span.open_mark) and \
                not self.layout.cues_between(n.end, span.open_mark) and \
                not _READER_GOES_ON.search(self.text, n.end, span.open_mark):
            return Attribution(self.mentions.name_mention(n), self._cue_text(cue), "cue")
        read = _READ_OWNED.match(self.text, cue.end()) if reads else None
        behalf = _ON_BEHALF.search(self.text, cue.end(), span.open_mark) or read
        if behalf is None or not _LEAD_TO_QUOTE.fullmatch(self.text, behalf.end(), span.open_mark):
            return None
        reader = self.coref.resolve(self.mentions.cue_mention(cue))
        if behalf is read and (reader is None or reader.gender in (None, GENDER_OF[read.group(1)])):
            return None  # (a reader of the pronoun's gender may read their own: "Ulrich read his statement")
        if behalf.group(1):
            # whom the pronoun means as the sentence opens, before its reader is named: in "Karl Ban
            # did not appear. His lawyer, Tom Berg, read a statement on his behalf:" Karl Ban
            pronoun = behalf.group(1)
            floor = self.layout.sentence_floor(cue.start())
            owner = self.coref.resolve(Mention(pronoun, floor, floor + len(pronoun), "pronoun"))
            if owner is None or owner is reader:
                return None
            return Attribution(Mention(pronoun, behalf.start(1), behalf.end(1), "pronoun"),
                               self._cue_text(cue), "cue", owner)
        n = self.layout.names_by_start.get(behalf.end())
        if n is None or n.possessive:
            return None  # ("on behalf of Ada Roux's family": the family's, read out by whoever reads it)
        return Attribution(self.mentions.name_mention(n), self._cue_text(cue), "cue")

    def _passage_quoted(self, cue: re.Match, span: QuoteSpan) -> Attribution | None:
        """The subject of a sentence ending on the words it gave, others' reporting verb in a
        clause on them: "She ended with a passage that several members later quoted back to her:
        “...”" is hers."""
        s_lo = self.layout.sentence_floor(cue.start())
        passage = _PASSAGE_THAT.search(self.text, s_lo, cue.start())
        if last_char_before(self.text, span.open_mark) != ":" or passage is None:
            return None
        gave = list(_GAVE_WORDS.finditer(self.text, s_lo, passage.start()))
        m = self.mentions.mention_before(s_lo, gave[-1].start()) if gave else None
        return Attribution(m, None, "colon") if m is not None else None

    def _signed(self, at: int) -> Attribution | None:
        """Who signs a quote after a dash: “A.” — Ada Roux, / — the Harbour Board. / — a senior
        official. An unnamed signer keeps the quote from floating to the last speaker. None when
        the words after the dash are a tag, a reporting verb of their own clause following ("—
        Feld's chief of staff, Timo Rask, told reporters"; not "— Ada Roux, whose son told police")."""
        _, p_hi = self.layout.paragraph_of(at)
        if any(not is_participle(c.group()) and not _RELATIVE_WORD.search(self.text, at, c.start())
               for c in self.layout.cues_between(at, sentence_end(self.text, at, p_hi))):
            return None
        article = re.match(r"[Tt]he\s+", self.text[at:at + 4])
        n = self.layout.names_by_start.get(at + (article.end() if article else 0))
        if n is not None:
            return Attribution(self.mentions.name_mention(n), None, "dash")
        # up to a comma ("— a senior official in the ministry, speaking on condition of anonymity."),
        # and no further than a signature runs
        signature = re.split(r"[,;(]", self.text[at:min(p_hi, at + 120)], maxsplit=1)[0]
        signature = signature.rstrip().rstrip(".")
        if not signature or len(signature.split()) > 8:
            return None
        m = self.mentions.mention_ending(at, at + len(signature))
        if m is None or m.start != at or m.kind != "nominal":
            return None  # “...” — those were her words
        return Attribution(m, None, "dash")

    def _role_first(self, m: Mention, at: int, cue: re.Match, closed: bool) -> bool:
        """Whether the name `m` follows its role in commas that opens the tag at `at`:
        “...!” the mayor's niece, Ada Roux, said. After a quote that closed
        its sentence a new one may open with a role ("“...” His rival, Piet Saal, denied it."):
        then only a name's possessive ("Berg's niece, Del. Ada Roux, shouted") or a reply tells."""
        if m.kind != "name" or not m.role or _ROLE_THEN_NAME.fullmatch(self.text, at, m.start) is None:
            return False
        first = self.text[at:m.start].split()[0]
        return not closed or cue.group().lower() in _REPLIES or first.lower() not in lexicon.stop_words()

    def _before(self, span: QuoteSpan, head_lo: int, tail_hi: int) -> Attribution | None:
        """Zelensky said: “A” / Witkoff told CNN that “A” / According to X, “A” / X: “A”"""
        layout = self.layout
        text = self.text
        head = text[head_lo:span.open_mark]
        cues = layout.cues_between(head_lo, span.open_mark)
        if self._embedded_last(cues) or len(cues) > 1 and self._agentless(cues[-1]) \
                and _CLAUSE_UNDER.search(text, cues[-2].end(), cues[-1].start()):
            # (nor a passive with nobody doing it: "He posted a message after the charge was announced:")
            cues = cues[:-1]
        if cues and self.mentions.asked_of(cues[-1]):
            # "Berg was asked, “...”": by someone the article does not name
            return Attribution(None, self._cue_text(cues[-1]), "cue")
        if len(cues) > 1 and lexicon.cue_forms().get(cues[-2].group().lower()) == "read" and \
                (att := self._for_someone(cues[-2], span)) is not None:
            return att  # "She read from an email she said Halm had sent:": not the "said" within
        if cues:
            cue = cues[-1]
            rest = text[cue.end():span.open_mark]
            if (att := self._for_someone(cue, span)) is not None:
                return att
            claim = _CLAIM_BY.search(text, cue.end(), span.open_mark) \
                if lexicon.cue_forms().get(cue.group().lower()) not in _OWN_VERDICT else None
            whose = self.mentions.mention_after(claim.end(), span.open_mark) if claim else None
            if whose is not None and whose.kind != "pronoun" and \
                    _THAT_LEAD.fullmatch(text, whose.end, span.open_mark):
                # "Tollak rejected a claim by the mayor, Otto Vanterpool, that it was “...”": the mayor's
                return Attribution(whose, claim.group(1), "cue")
            if cue.group().lower() in SPEAKER_AFTER:
                m = self.mentions.named_after(cue, span.open_mark)
                if m is not None and re.fullmatch(r"[^“”\"]*?,?\s*", text[m.end:span.open_mark]):
                    return Attribution(m, cue.group().lower(), "cue")
            elif _CUE_TO_QUOTE.fullmatch(rest):
                # "Berg went on to say, “...”": the verb the infinitive hangs on names who says it,
                # if it names anyone ("the officials who went on to say" leaves that to "say")
                # "Rudd said the union had rejected the offer and “walked away”": the words are
                # Rudd's, the union only did what he reports
                outer = len(cues) > 1 and (re.fullmatch(r"\s+to\s+", text[cues[-2].end():cue.start()])
                                           or _JOINED_ACT.fullmatch(rest))
                att = (outer and self._via_cue(cues[-2])) or self._answering(cue, span) \
                    or self._passage_quoted(cue, span) or self._via_cue(cue)
                if att is not None:
                    return att
        colon = re.search(r"(?::|,|—|–|--|(?<=\s)-)\s*$", head)
        if colon:
            introducing = head[colon.start()] in ":—–-"  # (not a comma)
            n = layout.names_by_end.get(head_lo + colon.start())
            if n is not None and head[colon.start()] == ":" and self.mentions.introduces(head_lo, n):
                return Attribution(self.mentions.name_mention(n),
                                   None, "colon")
            if introducing and (n := self._colon_source(head_lo, head_lo + colon.start())):
                return Attribution(self.mentions.name_mention(n), None, "colon")
            owner = _PRONOUN_OWNED_TEXT.fullmatch(text, head_lo, head_lo + colon.start())
            if introducing and owner:
                return _owner_attribution(owner, "pronoun")
            owner = _NOUN_OWNED_TEXT.fullmatch(text, head_lo, head_lo + colon.start()) or \
                _NOUN_GAVE_TEXT.fullmatch(text, head_lo, head_lo + colon.start())
            if introducing and owner:
                return _owner_attribution(owner, "nominal")
            s_lo = layout.sentence_floor(span.open_mark)
            who = _WHO_WAS.search(text, s_lo, head_lo + colon.start()) if introducing else None
            j = bisect.bisect_left(layout.name_starts, who.start()) if who else 0
            n = layout.names[j - 1] if j and layout.names[j - 1].mention_start >= s_lo else None
            if n is not None and not n.possessive and _DESCRIBED_UP_TO.fullmatch(text, n.end, who.start()):
                # "One of them was Petra Holm, a subscriber for forty years, who was blunt: “...”"
                return Attribution(self.mentions.name_mention(n), None, "colon")
            by = _LEAD_BY.search(text, s_lo, head_lo + colon.start()) if introducing else None
            # (the by-phrase leading straight to the colon or dash, no clause after it: not "was made by
            # the board last month, but the union leader, Ilse Marrow, was defiant:")
            m = self.mentions.mention_after(by.end(), head_lo + colon.start()) \
                if by and not _CLAUSE_AFTER.search(text, by.end(), head_lo + colon.start()) else None
            named = self.layout.names_by_start.get(m.end + 2) if m is not None and m.kind == "nominal" \
                and text.startswith(", ", m.end) else None
            if named is not None:  # "summed up by one veteran observer, Dr. Felix Amundsen-Roy of ...:"
                m = self.mentions.name_mention(named)
            if m is not None and m.kind != "pronoun":
                # "The agency’s position was summed up by Veirhoff in his closing remarks — “...”"
                return Attribution(m, None, "colon")
            m = self._whose_view(span) if introducing else None
            if m is not None:
                # "For Nadia Castellane, a nursing student, the appeal is personal — “...”"
                return Attribution(m, None, "colon")
            # "Berg issued a statement: “...”", "Roux has since apologized, “...”"; a word quoted
            # on the way leaves the sentence its subject ("Berg counts the “wasted” hours: “...”")
            # (after a quote that closed its sentence too: "... “... the curve.” Another analyst, X, was
            # more critical: “...”")
            if head_lo == layout.clause_floor(span.open_mark) and (
                    not layout.follows_quote(head_lo) or layout.sentence_floor(span.open_mark) < head_lo
                    or introducing and _CLOSED_QUOTE_BEFORE.search(text, max(0, head_lo - 4), head_lo)):
                m = self.mentions.sentence_subject(span.open_mark)
                owned = (_PRONOUN_OWNED_TEXT.fullmatch(self.text, m.start, m.end)
                         or _PERSON_ACCOUNT.fullmatch(self.text, m.start, m.end)) if m is not None else None
                if owned:
                    return _owner_attribution(owned, "pronoun")  # "Her account was blunt — “...” —"
                if m is not None:
                    # ("Orrin Water said in a statement read to the court:": the subject's own verb)
                    verb = next((c for c in layout.cues_between(m.end, head_lo + colon.start())
                                 if _SUBJECT_TO_VERB.fullmatch(text, m.end, c.start())), None)
                    return Attribution(m, verb and verb.group(), "colon")
        return None
