"""Word lists the rules rely on, loaded once from `quoteindex/data/`.

They are data rather than code so that a newsroom can extend them (a new
reporting verb, a local title) without touching the rules.
"""
from __future__ import annotations

from collections.abc import Collection
from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("quoteindex").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


# Base forms that also read as plural present ("officials say"); other verbs'
# base forms are too often nouns ("the state", "a post") to count as cues.
_PLURAL_PRESENT = {"say", "tell", "write", "warn", "insist", "argue", "add", "claim", "note", "explain",
                   "predict", "contend", "maintain", "acknowledge", "agree", "worry", "think"}
# Verbs that double their final consonant: "quip" -> "quipped".
_DOUBLING = {"admit", "quip", "regret", "submit", "commit", "plan", "dub", "slam", "beg", "brag", "sum",
             "snap", "shrug", "nod", "jab"}


def _forms(base: str, irregular: list[str]) -> set[str]:
    """Inflected forms of an English verb (-s, -ed, -ing), plus listed irregular ones."""
    forms = set(irregular)
    if base in _PLURAL_PRESENT:
        forms.add(base)
    if base in _DOUBLING:
        forms |= {base + "s", base + base[-1] + "ed", base + base[-1] + "ing"}
    elif base.endswith("e"):
        forms |= {base + "s", base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and base[-2] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    else:
        s = "es" if base.endswith(("s", "sh", "ch", "x", "z")) else "s"
        forms |= {base + s, base + "ed", base + "ing"}
    if irregular:  # "said" is past and participle: no "sayed"
        forms -= {base + "ed", base + "d"}
    return forms


@cache
def cue_forms() -> dict[str, str]:
    """Every form of every reporting verb, mapped to its base form."""
    out: dict[str, str] = {}
    for line in _lines("cue_verbs.txt"):
        base, *irregular = line.split()
        for f in _forms(base, irregular):
            out.setdefault(f, base)
    return out


def is_base_form(word: str) -> bool:
    """Whether a cue word is its verb's base form ("note", "claim"), the form that doubles as a noun."""
    return cue_forms().get(word) == word


@cache
def cue_phrases() -> list[str]:
    """Reporting phrases of several words ("according to", "went on"), as patterns."""
    return _lines("cue_phrases.txt")


@cache
def title_words() -> frozenset[str]:
    """Lower-cased words that, before a name, are a role rather than part of the name."""
    return frozenset(_lines("titles.txt")) | nationalities() | {w.lower() for w in post_nominals()}


@cache
def post_nominals() -> frozenset[str]:
    """Titles written after a name, as written ("MP" in "Dana Roux MP"): a role there too."""
    return frozenset(_lines("post_nominals.txt"))


@cache
def nationalities() -> frozenset[str]:
    """Lower-cased nationality and region adjectives ("ukrainian", "u.s.")."""
    return frozenset(_lines("nationalities.txt"))


@cache
def org_words() -> frozenset[str]:
    """Lower-cased words that make a capitalised name an organisation, a business noun, an
    outlet's word and a company's legal form with or without its full stop among them
    ("company", "times", "ltd", "ltd.")."""
    return (frozenset(_lines("org_words.txt")) | business_nouns() | media_words() | legal_forms()
            | {f + "." for f in legal_forms()})


@cache
def name_particles() -> tuple[str, ...]:
    """Lower-case particles inside a surname ("van der", "bin"), longest first for patterns."""
    return tuple(sorted(_lines("name_particles.txt"), key=len, reverse=True))


@cache
def body_endings() -> frozenset[str]:
    """Lower-cased words that make a capitalised name an organisation only as its last word:
    "Halvern Retail", "Sarn Palace", not "the Finance Minister"."""
    return frozenset(_lines("body_endings.txt"))


@cache
def business_nouns() -> frozenset[str]:
    """Nouns for a business or another body whatever its name ("company", "carmaker", "agency")."""
    return frozenset(_lines("business_nouns.txt"))


@cache
def public_bodies() -> frozenset[str]:
    """Last words of public bodies, which "the company" never means ("federation", "ministry")."""
    return frozenset(_lines("public_bodies.txt"))


@cache
def media_words() -> frozenset[str]:
    """Words naming a news outlet ("times", "radio")."""
    return frozenset(_lines("media_words.txt"))


@cache
def legal_forms() -> frozenset[str]:
    """A company's legal forms, lower-cased without a full stop ("ltd", "plc")."""
    return frozenset(_lines("legal_forms.txt"))


@cache
def person_nouns() -> dict[str, str | None]:
    """Nouns naming an unnamed person ("my father", "a voter"), with the gender they give."""
    return {w: (g[0] if g else None) for w, *g in (ln.split() for ln in _lines("person_nouns.txt"))}


@cache
def places() -> frozenset[str]:
    """Lower-cased names of countries and of states, provinces and nations within them
    ("france", "florida", "scotland"), from the ISO 3166 tables pycountry keeps up to date:
    a place may be a story's subject ("Florida is a swing state") but never "he" or "she"."""
    import pycountry

    names = {v for c in pycountry.countries for v in (c.name, getattr(c, "common_name", None),
                                                      getattr(c, "official_name", None)) if v}
    names |= {s.name for s in pycountry.subdivisions if s.type in _PLACE_TYPES}
    return frozenset(n.lower() for n in names)


_PLACE_TYPES = {"State", "Province", "Country", "Territory", "Nation"}


@cache
def _place_words() -> tuple[frozenset[str], frozenset[str]]:
    """The lower-cased words that open a place's name ("port") and those that end one ("county")."""
    lines = [ln.split() for ln in _lines("place_words.txt")]
    return frozenset(w for w, star in lines if star == "*"), frozenset(w for star, w in lines if star == "*")


def place_shaped(words: list[str]) -> bool:
    """Whether a name of two words or more is a place by its words ("Port Ellery", "Mason
    County"), which no list of countries and states holds: never "he" or "she"."""
    first, last = _place_words()
    return len(words) > 1 and (words[0].lower().rstrip(".") in first or words[-1].lower() in last)


# when, not who: "asked Roux Wednesday", "Rell said Monday"
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
MONTHS = frozenset({"january", "february", "march", "april", "june", "july", "august", "september", "october",
                    "november", "december"})  # ("may" is a verb as often)
# party members as nouns: "the Wisconsin Republican" describes someone, it names nobody
PARTY_MEMBERS = frozenset({"republican", "democrat", "independent", "conservative", "liberal", "socialist"})
# reporting verbs that open a sentence before their speaker ("Said Ellis:", "Stated Roux:") or
# after the last one (“...” Adding, “...”); other capitalised forms at a sentence start are
# mostly nouns ("Reports say", "Claims of fraud"). Capitalised, they never start a name either
# (they are stop words).
OPENING_CUES = frozenset({"said", "says", "added", "adds", "asked", "wrote", "stated", "noted", "declared",
                          "explained", "continued", "tweeted", "replied", "recalled", "quipped", "countered",
                          "adding"})


@cache
def stop_words() -> frozenset[str]:
    """Function words: a capitalised one opens a sentence, it does not start a name."""
    from spacy.lang.en.stop_words import STOP_WORDS  # here, so that reading the other lists needs no spaCy

    extra = {"meanwhile", "however", "still", "yet", "also", "asked", "speaking", "following", "according",
             "today", "yesterday", "tomorrow", "instead", "earlier", "later",
             "despite", "like", "unlike", "under", "alongside", "amid", "amidst", "concerning", "inside", "outside",
             "beneath", "underneath", "near", "told", "said", "says", "while", "when",
             "addressing", "answering", "writing", "responding", "separately", "ultimately", "indeed",
             "reporting", "additional", "furthermore", "moreover", "additionally", "nevertheless",
             "nonetheless", "similarly", "likewise", "consequently", "therefore", "thus", "hence", "overall",
             "notably", "importantly", "initially", "finally", "eventually", "apparently", "clearly", "recently",
             "currently", "previously", "specifically", "unfortunately", "fortunately", "interestingly",
             "ironically", "surprisingly", "regardless", "otherwise", "elsewhere", "together", "alone",
             "editing", "related", "last", "next", "sources", "but", "and", "or", "maybe", "perhaps",
             "halfway", "shortly", "overnight", "afterward", "subsequently", "immediately", "soon",
             "hundreds", "thousands", "dozens", "millions",
             "the", "a", "an", "in", "on", "at", "of", "for", "to", "from", "by", "with", "as", "after",
             "before", "during", "since", "until", "if", "although", "though", "because", "so", "then",
             "now", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you",
             "his", "her", "their", "our", "my", "your", "there", "here", "what", "why", "how", "who",
             "where", "which", "dear", "oh", "yes", "no", "not"}
    return frozenset(STOP_WORDS) | extra | WEEKDAYS | MONTHS | OPENING_CUES


@cache
def _forename_detector():
    """The gender-guesser name dictionary: tens of thousands of forenames across many countries."""
    import gender_guesser.detector as gd

    return gd.Detector(case_sensitive=False)


_GENDERS = {"male": "m", "female": "f"}  # "mostly_*" and "andy" names (Lindsey, Robin) give none
_LEANS = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}
_COUNTRIES = ("usa", "great_britain")  # English-speaking usage, checked against the worldwide one


@cache
def forename_gender(name: str) -> str | None:
    """ "m" or "f" for a forename that is clearly one or the other, else None. A name whose
    gender the United States or Britain reads the other way than the rest of the world
    ("Rand", "Laurence", "Jan", "Kennedy") tells none: the article's "he" or "she" decides."""
    detector = _forename_detector()
    world = _GENDERS.get(detector.get_gender(name))
    leans = {_LEANS.get(detector.get_gender(name, country)) for country in _COUNTRIES}
    return None if leans - {world, None} else world


def is_forename(name: str) -> bool:
    """Whether `name` is a known forename of either or no clear gender: "Robin Vale"
    is a person even though "Robin" does not settle "he" or "she"."""
    return _forename_detector().get_gender(name) != "unknown"


@cache
def state_abbreviations() -> dict[str, str]:
    """US state abbreviations, AP style and postal ("Fla.", "FL"), mapped to the
    lower-cased state name: "Sen. Ada Roux (D-Fla.)" is the Florida senator."""
    out: dict[str, str] = {}
    for line in _lines("us_states.txt"):
        state, abbreviations = line.split(":")
        for a in abbreviations.split():
            out[a] = state.lower()
    return out


def names_a_place(words: Collection[str]) -> bool:
    """Whether lower-cased words name a place, alone or two together in any order ("vermont";
    "new" + "york"): role words are a set, with no order left to read."""
    found = places()
    return any(w in found or f"{w} {v}" in found for w in words for v in words)


def says_where_from(words: Collection[str]) -> bool:
    """Whether lower-cased words name a place or a nationality ("indiana"; "new", "york";
    "dutch"): what makes "the Indiana governor" a description of someone."""
    return names_a_place(words) or any(w in nationalities() for w in words)
