"""Recognising who a stretch of text names: people, organisations, pronouns
and role nouns, with titles split off as roles.

The blank English pipeline has no entity recogniser, so names are found
from their shape (capitalised words, name particles, initials, suffixes)
and then read with word lists: a title before a name is a role, an
organisation word makes the name an organisation, a known forename gives
a gender for resolving "he" and "she".
"""
from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, replace

from quoteindex import lexicon
from quoteindex.sentences import company_name_ends

UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
LO = "a-zß-öø-ÿāăąćčďđēėęěğīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž"
# one capitalised word of a name: Witkoff, O’Brien, O’Malley-Finn, McConnell, Jean-Luc, NATO,
# UC-AFT, U.S., J.; an abbreviation keeps its full stop (Gov., Jr., Ltd.), and a company's "GmbH" stays whole
NAME_WORD = (r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|Del|Jr|Sr|Ltd|Inc|Corp|Co)\."
             r"|GmbH\b"
             rf"|[{UP}][{LO}]?[’'][{UP}][{LO}]+(?:-[{UP}]?[{LO}]+)*"
             rf"|[{UP}][{LO}]+(?:[{UP}][{LO}]+)*(?:-[{UP}]?[{LO}]+)*"
             rf"(?:(?<=s)[’'](?=[ \u00a0]+[{UP}]))?"
             rf"|[{UP}]{{2,}}(?:-[{UP}]{{2,}})*(?![{LO}])|[{UP}]\.(?:[{UP}]\.)*)")
# particles inside a name, and "of"/"for" inside a body's ("Bank of Velmark")
PARTICLES = lexicon.name_particles() + ("of", "for")
_SEP = r"[ \u00a0]+"
_LEADING_PARTICLES = "von|van|der|den|de|da|di|del|du|ter|bin|bint|ibn|al"
# the Arabic article, joined to the name word it belongs to: "al-Rashid", "el-Sayed", "ud-Din"
_JOINED_PARTICLES = "al|el|ad|ud|ul|ar|az"


def _particles(words: str) -> str:
    """A pattern for the particles before a name word: written apart ("van der Berg") or,
    the Arabic article, joined by a hyphen ("al-Rashid"), which keeps them one word."""
    return rf"(?:(?:{words}){_SEP}|(?:{_JOINED_PARTICLES})-(?=[{UP}]))*"


# a saint's or a mount's abbreviation opening a name: "St. Ivel’s Hospital", "Mt. Kellan"
_SAINT = rf"(?:(?:St|Ste|Mt|Ft)\.{_SEP}(?=[{UP}]))?"
NAME_SEQ = re.compile(
    rf"(?<![\w’'])(?<!\w-){_SAINT}{_particles(_LEADING_PARTICLES)}{NAME_WORD}"
    rf"(?:{_SEP}{_particles('|'.join(PARTICLES))}{NAME_WORD})*(?:{_SEP}plc\b)?"
    rf"(?:,?{_SEP}(?:Jr\.?|Sr\.?|II|III|IV)(?![\w]))?")
NEXT_LOWER = re.compile(r"\s+([a-z]+)\b")  # the lower-case word next, if one comes
HONORIFICS = {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "miss", "dr"}
# words that carry a rank on after its title word: "Private First Class", "Sergeant First Class"
_RANK_GRADE = ("first", "class")
SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
PRONOUNS = {"he": "m", "she": "f", "they": None, "we": None, "i": None, "it": None}
# what a place's government is called when the place's name follows "of"
_GOVERNED = {"city", "town", "county", "borough", "state", "province", "republic", "kingdom", "commonwealth",
             "principality", "municipality", "district", "village"}
PERSON_TITLES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sen.", "sen", "senator", "rep.", "rep", "gov.", "gov",
                 "governor", "president", "minister", "secretary", "mayor", "chancellor", "dr.", "dr", "judge",
                 "ambassador", "envoy", "general", "gen.", "congressman", "congresswoman", "representative",
                 "prime", "pope", "king", "queen", "prince", "princess", "sir", "dame", "lord", "lady", "col.",
                 "adm.", "sgt.", "capt.", "lt.", "prof.", "del.", "spokesman", "spokeswoman", "candidate", "nominee",
                 "commissioner", "sheriff", "speaker", "premier", "chairman", "chairwoman", "rev.",
                 "reverend", "venerable", "pastor", "bishop", "archbishop", "cardinal", "rabbi", "imam",
                 "abbot", "abbess", "miss"}
TITLE_GENDER = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
                "congressman": "m",
                "congresswoman": "f", "king": "m", "queen": "f", "prince": "m", "princess": "f", "sir": "m",
                "dame": "f", "lord": "m", "lady": "f", "spokesman": "m", "spokeswoman": "f", "chairman": "m",
                "chairwoman": "f", "businessman": "m", "businesswoman": "f", "fisherman": "m",
                "fisherwoman": "f", "actress": "f", "waitress": "f", "headmaster": "m", "headmistress": "f",
                "duke": "m", "duchess": "f", "earl": "m", "countess": "f", "marquess": "m",
                "marchioness": "f", "viscount": "m", "viscountess": "f", "baron": "m", "baroness": "f",
                "emperor": "m", "empress": "f", "abbot": "m", "abbess": "f", "monk": "m", "nun": "f"}


# plural or generic heads that make an attribution without a determiner ("officials said");
# capitalised at the start of a sentence ("Officials said") they are still no name
GROUP_NOUNS = {"officials", "sources", "spokesman", "spokeswoman", "spokesperson", "aides", "analysts",
                "experts", "critics", "supporters", "officers", "residents", "voters", "observers", "lawmakers",
                "police", "witnesses", "prosecutors", "investigators", "diplomats", "leaders", "people",
                "democrats", "republicans", "advisers", "advisors", "economists", "protesters", "activists",
                "organizers", "scientists", "researchers", "authorities", "members", "staff", "workers",
                "inspectors", "auditors", "regulators", "campaigners", "historians", "doctors", "nurses",
                "teachers", "parents", "farmers", "jurors", "judges", "councillors", "councilors"}


_TRADE_ENDINGS = ("ologist", "ician", "grapher", "master")


def is_person_noun(word: str) -> bool:
    """Whether a lower-cased noun is said of a person ("governor", "businessman", "republican"),
    not of a thing ("law", "newspaper"); a trade's ending tells it too ("ecologist", "technician",
    "photographer", "harbourmaster")."""
    return (word in lexicon.person_nouns() or word in lexicon.title_words() or word in TITLE_GENDER
            or word in lexicon.PARTY_MEMBERS or word.endswith(_TRADE_ENDINGS))


def names_people(word: str) -> bool:
    """Whether a lower-cased noun, singular or plural, is said of people ("adviser", "supporters")."""
    return is_person_noun(word) or word.endswith("s") and is_person_noun(word[:-1])


@dataclass(frozen=True, slots=True)
class Name:
    """A name read from text: `name` without titles, `role` the titles
    before it (and one after it: "MP"), `kind` person/organization/unknown, `gender` m/f/None."""

    name: str
    role: str
    kind: str
    gender: str | None
    start: int  # offset of `name` in the text
    end: int  # where the mention ends: after the name, or a title or legal form written after it
    mention_start: int  # offset of the whole mention, titles included
    possessive: bool = False

    @property
    def words(self) -> list[str]:
        return self.name.split()

    @property
    def surname(self) -> str:
        """The last name word, suffixes (Jr.) aside: how articles refer back to a person."""
        ws = [w for w in self.words if w.lower().rstrip(",") not in SUFFIXES]
        return (ws or self.words)[-1]

    @property
    def suffix(self) -> str:
        """"Jr."-style suffix, which makes a different person of the same name."""
        ws = [w.rstrip(",").lower().rstrip(".") for w in self.words]
        return next((w for w in ws if w + "." in SUFFIXES or w in SUFFIXES), "")


_THE_BEFORE = re.compile(r"(?<!\w)[Tt]he\s$")


# forenames that are also stop words (a modal, a month, a preposition): "Will Estrada said",
# "June Tal, 61,", "said Per Dahl"
_WORD_FORENAMES = {"Will", "May", "June", "April", "August", "Per"}
# where a sentence opens: the text's start, a new line, or after a stop (and its closing quote)
# a live blog's time before its entry counts as a line's start: "23:21 — Ada Roux was calmer"
ENTRY_TIME = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*[—–-]+\s*"
SENTENCE_OPENING = rf"(?:^|[.!?”\"]\s+|\n|\n{ENTRY_TIME})"
_SENTENCE_OPENS = re.compile(SENTENCE_OPENING + "$")


# what follows a speaker's name: punctuation of an aside or a colon, a possessive, an adverb, or a
# word that must be a reporting verb (group 1)
_AFTER_SPEAKER = re.compile(r"[,:]|[’']s\b|\s+(?:[a-z]+ly|also|later|then|again|still|however|never|once)\b"
                            r"|\s+([a-z]+)")


def _speaker_follows(text: str, end: int) -> bool:
    """Whether what follows a name makes it a speaker: "Will Estrada, the chairman,", "May
    said", "May: “...”", "May also told"; not "May was the wettest month"."""
    after = _AFTER_SPEAKER.match(text, end)
    return after is not None and (after.group(1) is None or after.group(1) in lexicon.cue_forms())


def _cue_before(text: str, start: int) -> bool:
    """Whether a reporting verb or "according to" comes right before `start`, where a capitalised
    word names somebody: "said May", "according to May", "told Will Hart"."""
    before = re.search(r"\b([a-z]+)\s+$", text[max(0, start - 20):start])
    return before is not None and (before.group(1) in lexicon.cue_forms() or before.group(1) == "to")


_ASIDE = re.compile(r",\s+(?:the|a|an|[A-Z][\w’']*[’']s)\s[^,.;:“”\"]{1,60},")  # ", the skipper," after a name


def _surname_like(word: str) -> bool:
    """Whether a capitalised word after a forename that is also a common word can be a surname:
    not a time ("May Day"), an acronym ("Per CNN,") nor an organisation's word ("Per Reuters,")."""
    return not word.isupper() and word.lower() not in _WHEN_WORDS and word.lower() not in lexicon.org_words()


def _forename_first(text: str, start: int, word: str, end: int) -> bool:
    """Whether `word`, a stop word opening the capitalised run text[start:end], is a forename:
    a reporting verb comes before the name ("said Per Dahl", "said Will Hart"), or the name opens
    the sentence and a speaker's comma or verb follows it ("Will Estrada said", "May Tal, 54,");
    not a question ("Will Berg agree?") nor a date ("In June Berg said")."""
    if word not in _WORD_FORENAMES or not _surname_like(text[start + len(word):end].split()[0]):
        return False
    if _cue_before(text, start):
        return True
    if not _SENTENCE_OPENS.search(text, max(0, start - 3), start):
        return False
    if word == "Per" and text.startswith(",", end) and not _ASIDE.match(text, end):
        return False  # "Per Bloomberg, the deal is off": as Bloomberg reports; not "Per Dahl, the skipper,"
    verb = re.match(r"\s+([a-z]+)", text[end:end + 20])
    return not (verb and lexicon.is_base_form(verb.group(1))) and _speaker_follows(text, end)


_LAST_WORD = re.compile(r"[ \u00a0]+(\S+)$")


def _role_noun_first(words: list[tuple[int, str]]) -> bool:
    """Whether a capitalised run opens on a noun for a person, itself no forename, before a
    forename and a surname: "Farmer Ada Roux", "Pilot Tom Berg" hold the noun as a role, as
    they would a title."""
    first = words[0][1]
    noun = first.lower()
    if len(words) > 2 and lexicon.is_forename(words[1][1]) and not lexicon.is_forename(first) and (
            noun.endswith("s") and (noun[:-1] in lexicon.person_nouns() or noun[:-1] in lexicon.title_words())
            or "-" in noun.strip("-")):
        # "Candidates Tomas Ulrich and Petr Gallard": a role they share; "Sixth-former Ezra Monkhouse"
        return True
    # (a forename unknown to the lexicon will do when the run is three words and ends on no body's
    # word: "Student Kwabena Lindroos")
    # (no street or shop after it: "Baker Street Bakery")
    return len(words) > 2 and noun in lexicon.person_nouns() and not lexicon.is_forename(first) \
        and not lexicon.place_shaped([w for _, w in words[:2]]) \
        and (lexicon.is_forename(words[1][1]) or len(words) == 3 and not any(
            w.lower() in lexicon.org_words() or w.lower() in lexicon.person_nouns() for _, w in words[1:]))


# what a business is, capitalised only to open a sentence before the business's name (not the
# words that open names too: "Club Atletico", "Station Road")
_TRADES_OPENING = lexicon.business_nouns() - {"club", "station", "label", "company", "agency", "studio"} \
    | {"supermarket", "brewer", "grocer", "miner"}
# what a body is, in lower case right before its name: "the passengers' group Fair Fares Tarsland"
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling|asked|informed|warned|assured|reminded)\s+$")
# (group 1 the phrase, group 2 its last word; "the growth fund " is later "the fund")
BODY_AHEAD = re.compile(r"\b[Tt]he\s+((?:[a-z][\w-]*(?:[’']s?)?\s+){0,2}([a-z]+))\s+$")


def _said_to_be_a_body(text: str, start: int) -> bool:
    """Whether the lower-case words before a name say it is a body, whatever forename it opens
    with ("the campaign group Fair Fares Tarsland"); a person's role is no body ("the union leader
    Ada Roux")."""
    before = BODY_AHEAD.search(text, max(0, start - 50), start)
    # (not a listener: "The union told the tribunal Tomas Brekke was dismissed")
    return before is not None and before.group(2) in lexicon.org_words() \
        and not is_person_noun(before.group(2)) and not _TOLD_BEFORE.search(text, max(0, before.start() - 12),
                                                                            before.start())


_OWNER_BEFORE = re.compile(r"[A-Z][\w-]*[’']s\s+$")  # whose a role is, right before it: "Orrenland's "
# an article and maybe a word or two before a one-word name: "a senior Labour", "The Harwick"
_SOMEONE_OF = re.compile(r"(?<![\w’'])(?i:a|an|the|one|another)\s+(?:[a-z-]+\s+){0,2}$")


def read_name(text: str, start: int, end: int, known: Container[str] = ()) -> Name | None:
    """Read the capitalised sequence text[start:end] as a name, or None when
    it holds only sentence-opening words and titles (e.g. "But", "The President");
    `known` holds the surnames of people already named. A title after a person's
    name ("Dana Roux MP") is a role as it is before one, and the mention runs on to it."""
    post = _LAST_WORD.search(text, start, end)
    if post is not None and post.group(1) in lexicon.post_nominals():
        n = _read_name(text, start, post.start(), known)
        # "a Green Party MP" is no name followed by a title, but someone of the party, and so
        # is "a Labour MP" or "the Harwick MP", whose one word is no surname
        if n is not None and (len(n.words) < 2 or n.kind == "organization") and \
                _SOMEONE_OF.search(text, max(0, n.start - 30), n.start):
            return None
        if n is not None and n.kind != "organization":
            role = ", ".join(r for r in (n.role, post.group(1)) if r)
            return replace(n, role=role, kind="person", end=end,
                           possessive=text.startswith(("’s", "'s"), end))
    return _read_name(text, start, end, known)


def read_label(text: str, start: int, end: int) -> Name | None:
    """A transcript's speaker label, text[start:end] ("PENCE", "MORAG DUNLOP", "SEN. ADA ROUX"),
    read as the person it names, spelt as names are ("Morag Dunlop", role "Sen."): capitals
    there mark a label, not a headline or an organisation's initials."""
    label = text[start:end]
    spelt = label.title() if label.isupper() else label
    n = read_name(spelt if len(spelt) == len(label) else label, 0, len(label))
    if n is None:
        return None
    return Name(n.name, n.role, "person", n.gender, start + n.start, start + n.end, start + n.mention_start)


# a month shortened before its day ("Oct. 14", "Jan 3"): a date, whoever is called Jan
_MONTH_DAY = re.compile(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\b")


# what a title may be joined to, still a title: "Co-leader", "ex-minister", "then-Mayor"
TITLE_PREFIX = r"(?<![\w-])(?i:co|ex|then)-"
_JOINED_TITLE = re.compile(rf"({TITLE_PREFIX}[A-Z][\w.-]*)[ \u00a0]+$")


def _is_title(word: str, titles: Container[str]) -> bool:
    """Whether a lower-cased word is a title, alone or after a prefix ("co-leader", "vice-chairman",
    which is a title of its own)."""
    return word in titles or bool(re.match(TITLE_PREFIX + "|vice-", word)) and word.split("-", 1)[1] in titles


def _read_name(text: str, start: int, end: int, known: Container[str]) -> Name | None:
    """`read_name` for the capitalised sequence without a title after it."""
    words = [(m.start() + start, m.group()) for m in re.finditer(r"\S+", text[start:end])]
    if len(words) > 1 and all(w.isupper() and (len(w) > 2 or w in ("OF", "IN", "ON", "TO", "AT", "BY"))
                              for _, w in words):
        return None  # "MEXICO CITY", "CONGRESS HAS INVESTIGATED HIM", "QUOTE OF THE DAY": no name
    stops, titles = lexicon.stop_words(), lexicon.title_words()
    # sentence openers written with a capital: "But Zelensky", "Meanwhile Trump"; but a forename
    # that is also a common word stays where a speaker stands ("Will Estrada said", "said Per Dahl")
    # ("US Senator Ada Roux" is the country, not the pronoun)
    while words and (words[0][1].lower().rstrip(",") in stops and words[0][1] != "US" and not (
            len(words) > 1 and _forename_first(text, words[0][0], words[0][1], end))
            or _MONTH_DAY.match(text, words[0][0])):
        words = words[1:]
    # "asked Roux Wednesday if": the day is when, not part of the name
    while len(words) > 1 and words[-1][1].lower() in lexicon.WEEKDAYS:
        words = words[:-1]
        end = words[-1][0] + len(words[-1][1])
    # "Carmaker Ostrelle Motors locked out": what the body is, opening the sentence, is no part of its name
    if len(words) > 1 and words[0][1].lower() in _TRADES_OPENING and not lexicon.is_forename(words[0][1]) \
            and _SENTENCE_OPENS.search(text, max(0, words[0][0] - 3), words[0][0]):
        words = words[1:]
    if not words or len(words) == 1 and (words[0][1].lower() in GROUP_NOUNS
                                         or words[0][1].lower() in lexicon.business_nouns()
                                         or _people_not_team(text, *words[0])
                                         or _noun_opening(text, *words[0], known)):
        return None  # "Officials", "Rebels": people, not a name; "Utility says": a headline's noun
    low = [w.lower() for _, w in words]
    if low[-1] in lexicon.PARTY_MEMBERS and lexicon.says_where_from(low[:-1]) and (
            text[start:start + 4].lower() == "the " or _THE_BEFORE.search(text, max(0, start - 5), start)):
        return None  # "the Wisconsin Republican": someone the article has named, described
    orgs = lexicon.org_words()
    if len(low) > 1 and low[-1] in PERSON_TITLES and low[-1] not in HONORIFICS \
            and orgs.isdisjoint(low) and (
            text[start:start + 4].lower() == "the " or _THE_BEFORE.search(text, max(0, start - 5), start)
            or _OWNER_BEFORE.search(text, max(0, start - 30), start)):
        # "the Transport Secretary", "the Foreign Minister", "Orrenland's Maritime Affairs Minister": a
        # role, its holder named elsewhere
        return None
    # the role ends at the last title word that still has name words after it:
    # "Former New York Gov. George Pataki" -> role "Former New York Gov.", name "George Pataki"
    last_title = -1
    for i, w in enumerate(low[:-1]):
        if _is_title(w, titles) or (i == 0 and _role_noun_first(words)) or (
                (w in PARTICLES or w in _RANK_GRADE) and last_title == i - 1 and last_title >= 0):
            last_title = i
        elif w.endswith(("s’", "s'", "-born", "-year-old", "-based")):
            # "Harbour News’ Dan Holt", "Korean-born Ada Roux", "Nine-year-old Tobin Ashe": a role
            # like a title (and "Halvern-based Meridane Pharmaceuticals": where the body is)
            last_title = i
    if last_title >= 2 and low[last_title - 1] in ("of", "for", "on") and low[last_title - 2] in orgs \
            and low[last_title] not in PERSON_TITLES:
        # "Ministry of Foreign Affairs": the title word is what the body is of, no role before a name
        # (but "the Office of Governor Ana Rell" is hers)
        last_title = max((i for i in range(last_title - 2) if _is_title(low[i], titles)), default=-1)
    elif last_title >= 1 and low[last_title] in ("of", "for", "on") and low[last_title - 1] in orgs:
        # "the Council of Northern Democracies": a body named with what it is of, not "Council" as a title
        last_title = max((i for i in range(last_title - 1) if _is_title(low[i], titles)
                          and low[i] not in orgs), default=-1)
    if last_title >= 0 and low[last_title] in ("of", "for") and len(low) - last_title > 3:
        # "Chief of Staff Ada Roux", "Undersecretary for Harbour Affairs Ines Marr": what
        # the title is of runs on to the forename (or one word, when no forename is known)
        forename = next((k for k in range(last_title + 2, len(low) - 1) if lexicon.is_forename(words[k][1])),
                        None)
        # (no forename known: a forename and a surname end it, "Minister for Digital Affairs Corvin
        # Aldermast")
        last_title = max(last_title + 1, len(low) - 3) if forename is None else forename - 1
    elif last_title >= 0 and low[last_title] in PARTICLES:
        last_title -= 1
    elif 0 < last_title < len(low) - 2 and ("of" in low[:last_title] or "for" in low[:last_title]):
        # "Minister for Foreign Affairs Ana Rell": the title goes on past its title word to the forename
        last_title = next((k - 1 for k in range(last_title + 1, len(low) - 1)
                           if lexicon.is_forename(words[k][1])), last_title)
    if 0 <= last_title == len(low) - 2 and low[last_title] in lexicon.nationalities() and \
            words[-1][1] not in known and _THE_BEFORE.search(text, max(0, words[0][0] - 5), words[0][0]):
        last_title = -1  # "the American Legion": a body's name; but "the Norwegian Berg" is Ingrid Berg
    name_words = words[last_title + 1:]
    # "Zelensky of Ukraine": the name ends before a trailing "of"/"for" phrase; but "the City of
    # Harlow Bay", "the Republic of Kell" and "the Ostravel Chamber of Commerce" are whole
    for i, (_, w) in enumerate(name_words):
        if w in ("of", "for") and i > 0 and not (i == 1 and name_words[0][1].lower() in _GOVERNED) \
                and name_words[i - 1][1].lower() not in orgs:
            name_words = name_words[:i]
            break
    if all(_is_title(w, titles) or w in PARTICLES for w in low) and not any(w in orgs for w in low) \
            and not (len(low) > 1 and low[-2] in HONORIFICS):
        return None  # "Democratic", "Campaign Chairman": an adjective or a bare title, not a name
    if len(low) > 1 and low[-1].endswith(".") and low[-1] in titles and low[-1] not in HONORIFICS:
        return None  # "former Velmark Gov. and party chair Ada Roux": the name comes later
    if (not name_words or any(w.lower() in orgs for _, w in name_words)
            or len(name_words) > 1 and name_words[-1][1].lower() in lexicon.body_endings()
            or len(name_words) > 1 and name_words[-1][1] == "Co."  # "Pacific Ridge Power Co."
            or len(name_words) > 2 and name_words[0][1].lower() in _GOVERNED and name_words[1][1] == "of"
            or (len(name_words) == 1 and len(name_words[0][1]) > 1 and name_words[0][1].isupper())
            or last_title < 0 and _said_to_be_a_body(text, words[0][0])):
        # "the White House", "Democratic National Committee", "NATO": an organisation
        if low[0] == "the":
            words = words[1:]
        if len(words) > 1 and words[0][1].endswith("-based"):
            words = words[1:]  # "Halvern-based Meridane Pharmaceuticals": where it is, not its name
        if len(words) > 1 and (words[-1][1].lower().rstrip(".") in lexicon.legal_forms()
                               or words[-1][1] == "Co."):
            words = words[:-1]  # "Vantor Mining Ltd." is Vantor Mining; the mention keeps "Ltd."
        return Name(" ".join(w for _, w in words), "", "organization", None, words[0][0], end, words[0][0],
                    possessive=text.startswith(("’s", "'s"), end))
    if name_words[0][1] in PARTICLES and (len(name_words) == 1 or name_words[0][1] in ("of", "for")):
        return None  # "Democrat of Vermont": a role and a place, nobody's name
    role_words = [w for _, w in words[: last_title + 1]]
    role = " ".join(role_words)
    first = name_words[0][1]
    gender = next((TITLE_GENDER[w.lower()] for w in role_words if w.lower() in TITLE_GENDER), None)
    is_person = any(w.lower() in PERSON_TITLES for w in role_words)
    # "Van der Berg" opening a sentence is a surname; "Van Holt" has a forename
    surname_first = len(name_words) > 1 and first.lower() in PARTICLES and name_words[1][1] in PARTICLES
    # "Carson City", "San Marel": a place's words outweigh a forename
    if len(name_words) > 1 and not first.endswith(".") and not surname_first and lexicon.is_forename(first) \
            and not lexicon.place_shaped([w for _, w in name_words]):
        gender = gender or lexicon.forename_gender(first)
        is_person = True
    kind = "person" if is_person else "unknown"
    n_end = name_words[-1][0] + len(name_words[-1][1])
    name = text[name_words[0][0]:n_end]
    return Name(name, role, kind, gender, name_words[0][0], n_end, words[0][0],
                possessive=text.startswith(("’s", "'s"), n_end))


_HEADLINE_WORD = re.compile(r"[ \u00a0]+(?:The|And|Between|With|For|To|In|On|At|Of|From|By|As|Is|Are|Was|"
                            r"Over|After|Before|Against|About|Into|Why|How|What|Who|Will|Says|Said)(?=[ \u00a0])")


def _split_headline(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of text[start:end] between capitalised function words."""
    pieces, lo = [], start
    for m in _HEADLINE_WORD.finditer(text, start, end):
        pieces.append((lo, m.start()))
        lo = m.end() + 1
    pieces.append((lo, end))
    return [(a, b) for a, b in pieces if b > a]


_STATE_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,4}\.")
# (a country and a date or a day may follow the town: "PELLMOUTH, Vastria, June 12 (Nordwire) —")
DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,}(?:,[ \w.]+)?(?:,[ \w.]*(?:\d|day\b)[ \w.]*)?\s*"
                      r"(?:[—–-]|\(\w[\w .&'-]{0,40}\)\s*[—–-]?)")


def _place_or_dateline(text: str, start: int, end: int) -> bool:
    """A capitalised word that only places the story: the state in "Aspen, Colo." or the
    dateline opening a paragraph ("PHILADELPHIA —", "LYON, May 3 (Reuters) —")."""
    if text.startswith(", ", start - 2) and _STATE_ABBREVIATION.fullmatch(text, start, end + 1):
        return True
    line_start = start == 0 or text[start - 1] == "\n"
    return line_start and text[start:end].isupper() and bool(DATELINE.match(text, start))


# an abbreviation's full stop followed by another capitalised word
_ABBREVIATION_END = re.compile(r"\.[ \u00a0]+([A-Z]\w*)\b(?!\.)")


_WHEN_WORDS = {"election", "day", "night", "christmas"}  # besides the weekdays and months among stop words


def _body_on_subject(text: str, body: Name, subject: Name) -> bool:
    """Whether `subject` completes the organisation before it, as "Foreign Relations"
    does "Council on", rather than a time ("the council on Wednesday") or a person
    in post ("Council on X Relations Director Jane Roe")."""
    first = subject.words[0].lower()
    return (body.kind == "organization" and body.words[-1].lower() in lexicon.org_words()
            and text[body.end:subject.mention_start] == " on " and subject.kind != "person"
            and first not in _WHEN_WORDS and first not in lexicon.stop_words())


def _body_of_the(text: str, body: Name, start: int) -> bool:
    """Whether the capitalised words at `start` say what the body before them is of or for, after
    "of the", "for the" or "for a": "the Ministry of the Interior", "the Coalition for a Free Press"
    (not "the head of the Interior Ministry")."""
    return body.kind == "organization" and body.words[-1].lower() in lexicon.org_words() \
        and text[body.end:start] in (" of the ", " for the ", " for a ")


_OF_ONE_WORD = re.compile(r" (?:of|for) [A-Z][\w-]*$")  # what a department is of: "Ministry of Health"


def _body_of_two(text: str, first: Name, second: Name, surnames: Container[str]) -> bool:
    """Whether two names joined by "&" or "and" are one body's: "Feldmann & Söhne", "the
    Brenmarch and District Hospitals Trust"; not two who speak together ("Velkov and Hale"),
    nor a person beside a body ("Trump and Republican Party officials")."""
    joint = text[first.end:second.mention_start]
    if joint == " and " and _OF_ONE_WORD.search(first.name) and first.kind == "organization" \
            and second.kind != "person" and not second.role and len(second.words) <= 2 \
            and second.name not in surnames \
            and not re.search(rf"(?<!and ){re.escape(second.name)}\b", text):
        # "the Department for Borders and Settlement", "Ministry of Health and Social Care"; not "the
        # Department of Justice and Google" when Google is named on its own too
        return True
    return (joint == " & " and not first.role and not second.role and first.kind != "person") or (
        joint == " and " and second.kind == "organization" and not second.role and len(first.words) == 1
        and not first.role and not first.possessive and first.name not in surnames
        and (first.kind == "unknown"
             or first.kind == "organization" and first.name.lower() not in lexicon.org_words()))


def _owned_body(text: str, first: Name, second: Name) -> bool:
    """Whether a possessive and the body word after it are one body's name: "the Halvern County
    Prosecutor's Office", "Marlow Children's Hospital"; not a person's ("Roux's Foundation")."""
    return first.possessive and first.kind != "person" and not second.role and len(second.words) == 1 \
        and text[first.end:second.mention_start] in ("’s ", "'s ") \
        and second.name.lower() in lexicon.org_words()


def _surname_again(text: str, start: int, end: int, surnames: dict[str, Name]) -> Name | None:
    """A lone word that reads as a common word or a title ("Will", "From", "King") but
    is the surname of a person named earlier in full, where a speaker stands: "Dan Will ...
    Will wrote", "May, 54, said", "Will later told", "May: “...”", "said May", "according to
    May" (not "May was the wettest month", "Will the ferry run?", "in May")."""
    person = surnames.get(text[start:end])
    if person is None:
        return None
    if not (_speaker_follows(text, end) or _cue_before(text, start)):
        return None
    return Name(person.surname, "", "person", person.gender, start, end, start,
                text.startswith(("’s", "'s"), end))


# a word that takes a number after it: "Flight 22", "Route 9"
_NUMBERED = re.compile(r"[ \u00a0](?:Flight|Route|Highway|Interstate|Terminal|Gate|Platform|Pier|Berth|Runway"
                       r"|Bus|Train)$")


def _surname_somewhere(text: str, word: str) -> bool:
    """Whether the article writes `word` after a capitalised word anywhere, as a surname."""
    return re.search(r"[A-Z][\w’'.-]*[ \u00a0]+" + re.escape(word) + r"\b", text) is not None


def find_names(text: str, start: int = 0, end: int | None = None,
               surnames: dict[str, Name] | None = None) -> list[Name]:
    """Every name in text[start:end], in order. `surnames` maps the surname of each
    person named in full so far to that person; pass one dict for a whole article when
    reading it in pieces, so a surname that is also a common word is known after them."""
    out = []
    surnames = {} if surnames is None else surnames
    stops = lexicon.stop_words()
    for m in NAME_SEQ.finditer(text, start, len(text) if end is None else end):
        cut = next((b.start() + 1 for b in _ABBREVIATION_END.finditer(text, m.start(), m.end())
                    if b.group(1).lower() in stops or company_name_ends(text, b.start())), None)
        if cut is not None:
            # "in the U.S. He says": the abbreviation ended the sentence and the name with it;
            # "said Vantor Mining Ltd. Ada Roux, its chief, disagreed": and another name follows
            out += find_names(text, m.start(), cut, surnames) + find_names(text, cut, m.end(), surnames)
            continue
        pieces = _split_headline(text, m.start(), m.end())
        if len(pieces) > 1:
            # "Debate Shows The Difference Between Berg And Roux": a title-case
            # headline; its capitalised function words separate the names in it
            for a, b in pieces:
                out += find_names(text, a, b, surnames) if (a, b) != (m.start(), m.end()) else []
            continue
        if _place_or_dateline(text, m.start(), m.end()):
            continue
        stop = m.end()
        numbered = _NUMBERED.search(text, m.start(), stop)
        if numbered and numbered.start() > m.start() and re.match(r"[ \u00a0]+\d", text[stop:stop + 3]):
            stop = numbered.start()  # "Skyreach Airlines Flight 22": the airline, then its flight's number
        n = read_name(text, m.start(), stop, surnames) or \
            _surname_again(text, m.start(), stop, surnames)
        if out and (n is None or n.kind != "person" and not n.role) \
                and _body_of_the(text, out[-1], m.start()):
            # "the Ministry of the Interior", "the Office of the Data Commissioner": one body
            prev = out[-1]
            out[-1] = Name(text[prev.start:m.end()], "", "organization", None, prev.start, m.end(),
                           prev.mention_start, text.startswith(("’s", "'s"), m.end()))
            continue
        if n is None:
            continue
        of = re.match(r" (?:of|for) ", text[n.end:m.end()])
        if of and not n.role and len(n.words) == 1 and people_plural(n.name):
            # "Supporters of Ana Rell", "Friends of Rell": the people are nobody's name, whom they are of is
            out += find_names(text, n.end + of.end(), m.end(), surnames)
            continue
        if out and (_body_on_subject(text, out[-1], n) or _body_of_two(text, out[-1], n, surnames)
                    or _owned_body(text, out[-1], n)):
            # "the Commission on Presidential Debates", "Council on Foreign Relations",
            # "Feldmann & Söhne", "the Halvern County Prosecutor's Office": one body
            prev = out[-1]
            out[-1] = Name(text[prev.start:n.end], "", "organization", None, prev.start, n.end,
                           prev.mention_start, n.possessive)
            continue
        if _the_thing(text, n) or (n.kind == "unknown" and n.name not in surnames
                                   and speaks_for_body(text, n)):
            # "the Aldermark said", "according to the Marta Courier": people are not "the" anybody;
            # "officials at Harbour Security" work at a body
            n = Name(n.name, n.role, "organization", None, n.start, n.end, n.mention_start, n.possessive)
        elif not n.role and (joined := _JOINED_TITLE.search(text, max(0, n.mention_start - 30),
                                                            n.mention_start)) \
                and _is_title(joined.group(1).lower(), lexicon.title_words()):
            # "then-Mayor Oswin Trabert": the title the name's start left out, joined to its prefix
            n = replace(n, role=joined.group(1), mention_start=joined.start(1),
                        kind="person" if n.kind == "unknown" else n.kind)
        elif n.kind == "unknown" and (noun := _person_noun_before(text, n)):
            # "spokeswoman Kellby Ostrander", "actor Tomas Brell": a person, whatever the forename
            n = replace(n, kind="person", gender=n.gender or TITLE_GENDER.get(noun)
                        or lexicon.person_nouns().get(noun))
        if out and n.kind == "person" and len(n.words) > 1 and len(out[-1].words) == 1 and not out[-1].role \
                and lexicon.is_forename(out[-1].name) and lexicon.is_forename(n.words[0]) \
                and text[out[-1].end:n.mention_start] == " and " \
                and not _surname_somewhere(text, out[-1].name):
            # "Ann and Piet Marr": she is Ann Marr, though "Marr" is written once (but in "Clinton
            # and Bernie Sanders", Hillary Clinton is named elsewhere)
            first = out[-1]
            out[-1] = replace(first, name=f"{first.name} {n.surname}", kind="person",
                              gender=first.gender or lexicon.forename_gender(first.name))
        out.append(n)
        if n.kind == "person" and len(n.words) > 1:
            surnames[n.surname] = n
    return out


# nouns said of a country, a team or a company as readily as of a person: "ally Velmark",
# "host Tessel", "owner Harbour Lines"
_NOT_ONLY_PEOPLE = {"ally", "host", "co-host", "owner", "neighbor", "neighbour", "successor", "predecessor",
                    "parent", "relative", "rebel", "employer", "member", "leader", "challenger", "rival",
                    "incumbent", "partner", "holder"}
# the titles that are someone's occupation rather than a word qualifying one ("senator",
# "conductor", "novelist", "councilwoman"; not "vice", "state" or "former")
_OCCUPATION = re.compile(r"(?!(?:former|interior|major|press)$)[a-z-]+(?:er|or|ist|man|woman|ess|ee)"
                         r"|president|candidate|judge|coach|captain|comedian|sheriff|correspondent"
                         r"|consultant|delegate|magnate|executive")


def _person_noun_before(text: str, n: Name) -> str | None:
    """The noun right before a name that says it is a person's ("spokeswoman", "actor",
    "lawyer"), lower-cased, or None."""
    word = re.search(r"(?<![\w-])([a-z][a-z-]*) $", text[max(0, n.mention_start - 30):n.mention_start])
    if word is None:
        return None
    noun = word.group(1)
    if noun in _NOT_ONLY_PEOPLE or not (noun in lexicon.person_nouns() or noun in TITLE_GENDER
                                        or noun in lexicon.title_words() and _OCCUPATION.fullmatch(noun)
                                        and noun not in lexicon.nationalities()):
        return None
    return noun


# those who speak for a body, before its name: "Officials at the ", "a spokesman for "
_VOICES_OF = re.compile(r"(?<![\w-])(?:officials?|representatives?|executives?|spokes(?:man|woman|person)|"
                        r"staff(?:ers?)?)\s+(?:at|of|for|with|from)\s+(?:the\s+)?$", re.I)


def speaks_for_body(text: str, n: Name) -> bool:
    """Whether the words right before `n` are people who speak for it as a body: "Officials
    at the Harbour Board", "Staff with Harbour Security"; not "supporters of" or "lawyers
    for" somebody, who speak for themselves."""
    return n.kind != "person" and \
        _VOICES_OF.search(text, max(0, n.mention_start - 40), n.mention_start) is not None


_PEOPLE_IRREGULAR = {"people", "police", "men", "women", "children", "staff", "clergy", "youth", "families"}


def _noun_opening(text: str, at: int, word: str, known: Container[str]) -> bool:
    """Whether a lone capitalised word opening a sentence or a headline is a noun for a person
    or a body that the article writes in lower case too: "Pilot insisted he was fine", "Journal
    retracts study" (not "Baker said", a surname nobody writes in lower case)."""
    low = word.lower()
    return word not in known and (is_person_noun(low) or low in lexicon.org_words()) \
        and _SENTENCE_OPENS.search(text, max(0, at - 3), at) is not None \
        and re.search(rf"\b{re.escape(low)}s?\b", text) is not None


def _people_not_team(text: str, at: int, word: str) -> bool:
    """Whether a capitalised plural for people is just people ("Rebels said"), not a team or
    a party called so: "the Senators" is one, unless the article writes "senators" too."""
    if not people_plural(word):
        return False
    return not _THE_BEFORE.search(text, max(0, at - 5), at) or \
        re.search(rf"\b{re.escape(word.lower())}\b", text) is not None


def people_plural(word: str) -> bool:
    """Whether a word is a plural noun for people: "Supporters", "lawyers", "friends", "police"."""
    low = word.lower()
    return low in _PEOPLE_IRREGULAR or low.endswith("s") and names_people(low)


def _the_thing(text: str, n: Name) -> bool:
    """A name after "the" is a thing, not a person: "the Tessel rally", "the Aldermark said",
    and a forename does not make "the Marta Courier" a woman. A name of a person stays one when
    a lower-case word other than a function word or a reporting verb follows, the noun it
    describes: "the Ada Roux campaign". A lone word of unknown kind after a capital "The"
    opening a sentence may be a surname: "The Roux campaign"."""
    before = text[max(0, n.mention_start - 4):n.mention_start]
    if n.role or before.lower() != "the ":
        return False
    if n.kind == "unknown":
        return len(n.words) == 1 and before == "the "
    noun = NEXT_LOWER.match(text, n.end)
    return n.kind == "person" and (
        noun is None or noun.group(1) in lexicon.stop_words() or noun.group(1) in lexicon.cue_forms())


_LINE = re.compile(r"[^\n]+")
_QUOTE_MARK = re.compile(r"[“”\"„«»]")
_QUOTED = re.compile(r"[“\"„«]([^“”\"„«»]*)[”\"»]")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Lines written in title case ("Supporter Instantly Has Everyone’s Attention"): a
    headline, whose capitals say nothing about which words are names."""
    out = []
    for m in _LINE.finditer(text):
        quoted = _QUOTED.findall(m.group())
        if any(w[0].islower() and len(w) > 3 for q in quoted for w in _WORD.findall(q)) or (
                _QUOTE_MARK.search(m.group()) and not quoted):
            # a line that quotes someone names the speaker, headline or not; a quoted title-case
            # word ("Makes Sailors Feel “Invisible”") is still part of the headline
            continue
        # an ALL-CAPS kicker ("TURNOUT IN NORVALE") is no title case; names stand out from it
        words = [w for w in _WORD.findall(m.group()) if not w.isupper()]
        lower = [w for w in words if not w[0].isupper()]
        # only short function words in lower case ("if", "for"): "Ana Rell said" is a sentence
        if len(words) >= 6 and len(lower) <= 0.2 * len(words) and all(len(w) <= 3 for w in lower) \
                and not m.group().rstrip().endswith(":"):  # "The New York Times reports:" leads a quote
            out.append(m.span())
    return out


def drop_headline_names(text: str, names: list[Name]) -> list[Name]:
    """`names` without those read from a headline unless the article writes each of
    their words with a capital elsewhere too ("Roux" stays, "Instantly Has Everyone" goes)."""
    lines = _title_case_lines(text)
    inside = {id(n) for n in names if any(a <= n.start < b for a, b in lines)}
    if not inside:
        return names
    between = zip([0] + [hi for _, hi in lines], [lo for lo, _ in lines] + [len(text)])
    body = "\n".join(text[lo:hi] for lo, hi in between)
    seen = {w for w in _WORD.findall(body) if w[0].isupper()}
    out = []
    for n in names:
        if id(n) not in inside or all(w in seen for w in _WORD.findall(n.name)):
            out.append(n)
        elif n.kind == "person" and n.surname in seen and n.surname.lower() not in lexicon.stop_words():
            out.append(_from_last_forename(text, n))
    return out


_INITIAL = re.compile(r"[A-Z]\.")


def join_nicknames(text: str, names: list[Name], quotes: list[tuple[int, int]]) -> tuple[list[Name], set[int]]:
    """Names cut in two by a nickname in quotation marks between a forename (or an initial, or a
    lone word the forename list does not know) and a surname ("Mara “Mimi” Velkov", 'Robert C.
    "Bobby" Scott', "Oluwaseun ‘Seun’ Adebanjo-Kerr") made whole again, and
    the opening marks of those nicknames: a nickname is nobody's words. `quotes` are the
    (opening mark, after closing mark) spans."""
    by_end = {n.end: n for n in names}
    by_start = {n.mention_start: n for n in names}
    joined: dict[int, Name] = {}  # first half's start -> whole name
    gone: set[int] = set()
    marks: set[int] = set()
    for lo, hi in quotes:
        first, second = by_end.get(lo - 1), by_start.get(hi + 1)
        if first is None or second is None or first.possessive or "organization" in (first.kind, second.kind) \
                or second.start != second.mention_start or len(second.words) != 1 \
                or not (lexicon.is_forename(first.words[-1]) or _INITIAL.fullmatch(first.words[-1])
                        or len(first.words) == 1) \
                or text[lo - 1] != " " or text[hi] != " " \
                or not 0 < len(text[lo + 1:hi - 1].split()) <= 3 or text[hi - 2] in ",.;:!?":
            continue  # "Ina Roux “get out” Piet Saal said", "Ada Roux “the boss” Piet Saal": two people
        joined[first.start] = Name(f"{first.name} {second.name}", first.role, "person", first.gender,
                                   first.start, second.end, first.mention_start, second.possessive)
        gone.add(id(second))
        marks.add(lo)
    out = [joined.get(n.start, n) for n in names if id(n) not in gone]
    return out, marks


def _from_last_forename(text: str, n: Name) -> Name:
    """A headline's person read from the last forename on: "Ines Marr" where the story
    says "Marr" stays whole, "Berg Hits Ada Roux" is "Ada Roux"."""
    starts = [n.start + m.start() for m in re.finditer(r"\S+", n.name)]
    k = max((i for i, w in enumerate(n.words[1:-1], 1) if lexicon.is_forename(w)), default=0)
    return (read_name(text, starts[k], n.end) if k else None) or n


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;]\s*[”\"’']?|\n)\s*[“\"‘']?\s*$")


def sentence_openers(text: str, names: list[Name]) -> set[int]:
    """Offsets of one-word "names" that may only be capitalised because they
    open a sentence ("Hours after the vote", "Twenty-two states"): a real
    name also turns up mid-sentence, inside a longer name, or is a known forename."""
    elsewhere: set[str] = set()
    openers: list[Name] = []
    for n in names:
        if len(n.words) == 1 and not n.role and n.kind != "organization" and \
                _OPENS_SENTENCE.search(text, max(0, n.mention_start - 6), n.mention_start):
            openers.append(n)
        else:
            elsewhere.update(w.lower() for w in n.words)
    return {n.mention_start for n in openers
            if n.name.lower() not in elsewhere and not lexicon.forename_gender(n.name)}
