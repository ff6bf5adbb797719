"""One entity per person or organisation named in an article.

Articles name a person in full once ("Ukrainian President Volodymyr
Zelensky") and by surname after that, sometimes in another spelling
("Zelenskyy"). This module ties every such mention to one entity, keeps
the fullest form as its canonical name and the titles as roles, and keeps
apart different people who share a surname (Ada and Tom Roux,
Tom Berg and Tom Berg Jr.).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from quoteindex import lexicon
from quoteindex.folding import fold_letters
from quoteindex.names import PARTICLES, SUFFIXES, Name
from quoteindex.records import Speaker


@lru_cache(maxsize=1 << 16)
def fold(s: str) -> str:
    """Letters folded, one apostrophe for both: the key names are compared by within an article."""
    return fold_letters(s).replace("’", "'")


# endings that make another person's surname of one: feminine (Velkova), plural (the Sandors)
_OTHER_FORMS = frozenset({"a", "s", "es"})


@lru_cache(maxsize=1 << 16)
def same_surname(a: str, b: str) -> bool:
    """True for one surname in two spellings: Zelensky / Zelenskyy / Zelenskiy; but not for
    a surname and its feminine or plural form, two people's names: Velkov / Velkova, Sandor / Sandors."""
    a, b = fold(a), fold(b)
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if long_.startswith(short) and long_[len(short):] in _OTHER_FORMS:
        return False
    return len(short) >= 5 and a[:5] == b[:5] and Levenshtein.distance(a, b) <= 2


def forenames(words: list[str]) -> list[str]:
    """The given names in a name's words: not the surname, particles ("van der") or suffixes ("Jr.")."""
    return [w for w in words[:-1] if w.lower() not in PARTICLES and w.lower().rstrip(",") not in SUFFIXES]


def _compatible_forenames(a: list[str], b: list[str]) -> bool:
    """Forenames that can be one person's: equal, or one an initial of the other."""
    if not a or not b:
        return True
    x, y = fold(a[0]).rstrip("."), fold(b[0]).rstrip(".")
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))


def _same_gender(n: Name, e: Entity) -> bool:
    """Whether a name can be an entity's as far as gender goes: "Mr. Roux" is not Ada Roux."""
    return not (n.gender and e.gender and n.gender != e.gender)


def _ends_a_form(n: Name, e: Entity) -> bool:
    """Whether a name that opens with no clear forename is how one of an entity's longer names
    ends: "Lucia Vargas Llorente" is also "Vargas Llorente"
    (but "Ada Roux" is not the "Berg Hits Ada Roux" of a headline)."""
    if lexicon.forename_gender(n.words[0]):
        return False
    tail = " " + fold(n.name)
    return any(fold(f).endswith(tail) for f in e.forms)


# the last word of a newspaper's name, which copy uses alone after naming it once: "the Post"
_PAPER_WORDS = frozenset({"post", "times", "journal", "courier", "herald", "gazette", "tribune", "chronicle",
                          "observer", "review"})


# words an organisation's initials may leave out: the Bank of Eastmarch is "BOE" or "BE"
_SMALL_WORDS = frozenset({"the", "of", "and", "for", "de", "la", "du"})


def _initials(words: list[str]) -> tuple[str, str]:
    """An organisation's initials with and without its small words."""
    return ("".join(w[0] for w in words if w != "the").upper(),
            "".join(w[0] for w in words if w not in _SMALL_WORDS).upper())


@dataclass(slots=True, eq=False)  # identity, not field equality: entities are compared often
class Entity:
    """A person or organisation of one article, with every form it was named by."""

    id: int
    kind: str
    surname: str
    suffix: str
    forenames: list[str] = field(default_factory=list)
    forms: Counter = field(default_factory=Counter)
    roles: list[str] = field(default_factory=list)
    gender: str | None = None
    first_seen: int = 0
    place: bool = False  # named after "in" or "from": a place unless a title says person

    @property
    def name(self) -> str:
        """The fullest form used (most words, then most often), with the apostrophe the
        article writes most: "James O’Neill" once and "O'Neill" after is James O'Neill."""
        name = max(self.forms.items(), key=lambda kv: (len(kv[0].split()), kv[1], -len(kv[0])))[0]
        curly = sum(c * (f.count("’") - f.count("'")) for f, c in self.forms.items())
        return name.replace("’", "'") if curly < 0 else name.replace("'", "’") if curly > 0 else name

    def add(self, n: Name) -> None:
        self.forms[n.name] += 1
        if n.role and n.role not in self.roles:
            self.roles.append(n.role)
        if n.kind == "person":
            self.kind = "person"
        if n.gender and not self.gender:
            self.gender = n.gender
        if not self.forenames:
            self.forenames = forenames(n.words)

    def add_role(self, role: str) -> None:
        if role and role not in self.roles:
            self.roles.append(role)

    def to_speaker(self) -> Speaker:
        name = self.name
        aliases = tuple(sorted(f for f in self.forms if f != name))
        kind = "organization" if self.kind == "organization" else "person"
        return Speaker(name, aliases, tuple(self.roles), kind, self.gender)


class Registry:
    """The entities of one article, filled in text order."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.at: dict[int, Entity] = {}  # name start offset -> entity
        self._recent: list[Entity] = []  # most recently mentioned last
        self._orgs: dict[str, Entity] = {}  # folded name -> organisation

    def _touch(self, e: Entity) -> None:
        if self._recent and self._recent[-1] is e:
            return
        if e in self._recent:
            self._recent.remove(e)
        self._recent.append(e)

    def _find(self, n: Name, gender: str | None) -> Entity | None:
        words = n.words
        if n.role and n.kind != "person" and (body := self._shortened(n.role.split() + words)) is not None:
            return body  # "National Unity said" after the National Unity Party: the role word is the body's
        given = forenames(words)
        if n.kind == "organization":
            same = self._orgs.get(fold(n.name))
            if same is not None and len(words) == 1 and fold(n.name) in lexicon.org_words():
                # the short form written first, in a headline: "Rovers" after "Ashbury Rovers" is the club
                return self._shortened(words) or same
            return same or self._paper(words) or self._shortened(words)
        if not given:
            w = n.surname
            # a surname (or forename) alone: the person it fits who was named most often
            # (copy calls the candidate "Venn" and her husband "Tomas Venn" each time),
            # the most recently named one among equals
            fits = [e for e in reversed(self._recent) if e.kind != "organization" and (
                same_surname(e.surname, w) or (e.forenames and fold(e.forenames[0]) == fold(w)))
                and _same_gender(n, e)]
            # a gender the sentence or a title gives only chooses between people who share the name,
            # the one known to be of it first ("Ann and Piet Marr ... Mrs Marr said")
            fits = [e for e in fits if not (gender and e.gender and e.gender != gender)] or fits
            fits = [e for e in fits if (n.gender or gender) and e.gender == (n.gender or gender)] or fits
            # the name as spelt beats a variant spelling: "Radenkov" is not Dmitar Radenko
            fits = [e for e in fits if fold(e.surname) == fold(w)] or fits
            best = max(fits, key=lambda e: e.forms.total(), default=None)
            if n.kind == "person" or best is not None and (
                    best.kind == "person" or best.forenames or best.gender is not None
                    or best.roles and lexicon.org_words().isdisjoint(
                        w for r in best.roles for w in r.lower().split())):
                return best  # ("Marr, the harbourmaster," is somebody, not "Marr Shipping")
            # a word nobody has been shown to be a person by, opening a body's name: the body,
            # though a headline wrote it alone first ("Halvard unveils tablet ... Halvard Systems")
            return self._shortened(words) or best
        surname, suffix = n.surname, n.suffix
        candidates = [e for e in reversed(self._recent) if e.kind != "organization" and e.suffix == suffix
                      and same_surname(e.surname, surname) and _same_gender(n, e)]
        for e in candidates:
            if (e.forenames and _compatible_forenames(e.forenames, given)) or _ends_a_form(n, e):
                return e
        # a full name after the surname alone ("Zelensky ... Volodymyr Zelensky"): the same person
        # unless another forename with that surname has already been seen
        bare = [e for e in candidates if not e.forenames]
        if bare and not any(e.forenames for e in candidates):
            return bare[0]
        # a forename written alone first ("his sister, Wren, ... Wren Dunmore"): the same person
        # (a gender the forename list gives, no title, yields to the one the text gave her)
        if lexicon.is_forename(given[0]) and (alone := next(
                (e for e in reversed(self._recent) if e.kind != "organization" and not e.forenames
                 and not e.suffix and fold(e.surname) == fold(given[0])
                 and (not n.role or _same_gender(n, e))), None)) is not None:
            return alone
        # the first words of a body's name, whose first is no forename: "a Blackwater Tide
        # spokesman" after Blackwater Tide Records
        return self._shortened(words) if n.kind != "person" and not lexicon.is_forename(given[0]) else None

    def _shortened(self, words: list[str]) -> Entity | None:
        """The organisation a short form stands for, the one last named of those it fits:
        its first words ("Halberd" for Halberd Freight Holdings), its initials ("DRTA" for
        the Dunhaven Regional Transit Authority) or the one word that makes it a body, when only
        one body ends with it ("Rovers" for Ashbury Rovers; of it and Kelton Rovers, neither)."""
        short = fold(" ".join(words))
        initials = short.upper() if len(words) == 1 and words[0].isupper() and len(words[0]) > 2 else None
        for e in reversed(self._recent):
            if e.kind != "organization":
                continue
            name = fold(e.name)
            if name.startswith(short + " ") or (initials and initials in _initials(name.split())):
                return e
        if len(words) > 1 or short not in lexicon.org_words():
            return None
        ending = [e for e in self._recent if e.kind == "organization" and fold(e.name).endswith(" " + short)]
        return ending[0] if len(ending) == 1 else None

    def _paper(self, words: list[str]) -> Entity | None:
        """The newspaper "the Post" or "the Courier" stands for: the one last named in full
        ("The Washington Post"), or, for the full name, the one so far named in short."""
        last = fold(words[-1])
        if last not in _PAPER_WORDS:
            return None
        short = len(words) == 1
        return next((e for e in reversed(self._recent) if e.kind == "organization" and (
            fold(e.name) == last or (short and fold(e.name).endswith(" " + last)))), None)

    def add(self, n: Name, gender: str | None = None, same: Entity | None = None) -> Entity:
        """Tie a name to its entity (creating one if new) and return it; `gender`, what the
        sentence says of a lone surname, picks between two people who share it; `same`, an
        entity the text has already said the name is ("Lady Morrowfeld" of the Countess of
        Morrowfeld)."""
        e = same or self._find(n, gender)
        if e is None:
            e = Entity(len(self.entities), n.kind, n.surname, n.suffix, first_seen=n.start)
            self.entities.append(e)
        elif not e.forenames and len(n.words) > 1 and fold(e.surname) == fold(n.words[0]):
            e.surname = n.surname  # the forename written alone first now has its surname
        if n.kind == "organization" and not (len(n.words) == 1 and fold(n.name) in _PAPER_WORDS):
            self._orgs.setdefault(fold(n.name), e)  # "the Post" is the Post last named in full
        e.add(n)
        self.at[n.start] = e
        self._touch(e)
        return e

    def speakers(self, used: set[int]) -> list[Speaker]:
        """Speaker records for the entities with ids in `used`, in order of first
        mention, one per name: quotes refer to their speaker by name, so two
        entities that ended up with one name are one speaker."""
        by_name: dict[str, Speaker] = {}
        for e in self.entities:
            if e.id not in used:
                continue
            sp = e.to_speaker()
            old = by_name.get(sp.name)
            if old is not None:
                sp = Speaker(sp.name, tuple(sorted(set(old.aliases) | set(sp.aliases))),
                             tuple(dict.fromkeys(old.roles + sp.roles)), old.kind, old.gender or sp.gender)
            by_name[sp.name] = sp
        return list(by_name.values())
