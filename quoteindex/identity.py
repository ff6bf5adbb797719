"""One speaker across the whole archive.

The engine names each speaker once per article ("Volodymyr Zelensky", with
aliases "Zelensky", "Zelenskyy"). Here those per-article speakers become
archive speakers: the same person from different articles is one row in
`speakers`, while different people sharing a surname stay apart.

Rules, in order:
1. a full name the user attached to a speaker (merge, rename, split) wins;
2. organisations match on an exact (folded) name form;
3. people match on surname (folded, transliteration endings unified:
   Zelenskiy = Zelenskyy = Zelensky) and generational suffix (Trump Jr. is
   never Trump), and then on forename: two different forenames (Hillary,
   Bill) are two people; a surname alone joins the only person with that
   surname, and stays a separate "surname only" speaker while it is
   ambiguous.
The name shown is the fullest form seen, unless the user renamed it.
"""
from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field

from quoteindex.records import Speaker

_SUFFIXES = {"jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr", "ii": "ii", "iii": "iii", "iv": "iv"}
_PARTICLES = frozenset("von van der den de da di du del della la le bin ibn al el ter ten dos das".split())
# transliteration variants of one ending: Zelenskiy / Zelenskyy / Zelenskyi / Zelenskij -> zelensky
_ENDINGS = re.compile(r"(?:iy|yy|yi|ij|ii)$")


def fold(name: str) -> str:
    """A name form for comparison: lower case, accents and punctuation gone, spaces single."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"['’`-]", "", s)  # O'Brien = OBrien, Ostrova-Brandt = OstrovaBrandt
    return " ".join(re.sub(r"[^\w]+", " ", s).split())


def _translit(word: str) -> str:
    """One spelling for a name's transliteration variants (Petrenkov / Petrenkow too)."""
    return _ENDINGS.sub("y", word.replace(" ", "").replace("w", "v"))


@dataclass(frozen=True, slots=True)
class NameParts:
    """A person's name split for matching: forenames, surname (with particles), suffix."""

    given: tuple[str, ...]
    surname: str
    suffix: str = ""

    @property
    def key(self) -> str:
        """What candidate speakers share: transliterated surname and suffix."""
        return f"{_translit(self.surname)}|{self.suffix}"


def parse_name(name: str) -> NameParts:
    """Split a person's name: "Ursula von der Leyen" -> (ursula,), "von der leyen"."""
    tokens = fold(name).split()
    suffix = ""
    while len(tokens) > 1 and tokens[-1] in _SUFFIXES:
        suffix = _SUFFIXES[tokens.pop()]
    if not tokens:
        return NameParts((), "", suffix)
    i = len(tokens) - 1
    while i > 0 and tokens[i - 1] in _PARTICLES:
        i -= 1
    return NameParts(tuple(tokens[:i]), " ".join(tokens[i:]), suffix)


def _same_forename(a: str, b: str) -> bool:
    """Whether two folded forenames can name one person: an initial fits its full name,
    and spelling variants match (transliterations, a near-identical long name) while
    short names a letter apart stay different people."""
    if len(a) == 1 or len(b) == 1:  # an initial
        return a[0] == b[0]
    if a == b or _translit(a) == _translit(b):
        return True
    from rapidfuzz.fuzz import ratio

    return min(len(a), len(b)) >= 5 and ratio(a, b) >= 85  # Volodymyr / Wolodymyr, not Bill / Jill


def compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two forename lists can be one person (an empty list fits anything)."""
    if not a or not b:
        return True
    if not _same_forename(a[0], b[0]):
        return False
    if len(a) > 1 and len(b) > 1:  # both give a middle name or initial: George W. vs George H. W.
        return a[1][0] == b[1][0]
    return True


@dataclass(slots=True)
class _Known:
    """An archive speaker as the resolver sees it."""

    id: int
    name: str
    kind: str
    locked: bool
    parts: NameParts
    forms: dict[str, list] = field(default_factory=dict)  # key -> [alias, seen]
    roles: set[str] = field(default_factory=set)


class Resolver:
    """Maps an article's speakers to archive speakers, creating and updating rows.

    Holds every speaker in memory (a few bytes per name form), so an `add`
    resolves without a query per speaker. Use inside the writer's
    transaction: it writes speakers, aliases and roles as it goes.
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.known: dict[int, _Known] = {}
        self.by_form: dict[str, set[int]] = {}
        self.user_form: dict[str, int] = {}
        self.by_surname: dict[str, set[int]] = {}
        for sid, name, kind, locked in db.execute("SELECT id, name, kind, locked FROM speakers"):
            self._remember(_Known(sid, name, kind, bool(locked), parse_name(name)))
        for sid, alias, key, seen, by_user in db.execute("SELECT speaker_id, alias, key, seen, by_user FROM aliases"):
            self.known[sid].forms[key] = [alias, seen]
            self.by_form.setdefault(key, set()).add(sid)
            if by_user:
                self.user_form[key] = sid
        for sid, role in db.execute("SELECT speaker_id, role FROM roles"):
            self.known[sid].roles.add(role)

    def _remember(self, k: _Known) -> None:
        """Index a speaker for matching; organisations are matched by name form, not surname."""
        self.known[k.id] = k
        if k.kind == "person" and k.parts.surname:
            self.by_surname.setdefault(k.parts.key, set()).add(k.id)

    def resolve(self, sp: Speaker) -> int:
        """The archive speaker id for one article speaker (new or updated as needed)."""
        forms = [sp.name, *sp.aliases]
        keys = [fold(f) for f in forms]
        sid = self._match(sp, keys)
        if sid is None:
            sid = self._create(sp)
        self._attach(self.known[sid], forms, keys, sp.roles)
        return sid

    def _match(self, sp: Speaker, keys: list[str]) -> int | None:
        """The existing speaker this article speaker is, by the rules in the module
        docstring, or None when it is someone new (or too ambiguous to join anyone)."""
        if keys[0] in self.user_form:  # the full name only: a shared surname must not follow a correction
            return self.user_form[keys[0]]
        if sp.kind != "person":
            for key in keys:
                for sid in self.by_form.get(key, ()):
                    if self.known[sid].kind != "person":
                        return sid
            return None
        parts = parse_name(sp.name)
        if not parts.surname:
            return None
        cands = [self.known[i] for i in self.by_surname.get(parts.key, ())]
        full = [k for k in cands if k.parts.given]
        bare = [k for k in cands if not k.parts.given]
        if parts.given:
            fits = [k for k in full if compatible(parts.given, k.parts.given)]
            if fits:
                exact = [k for k in fits if fold(sp.name) in k.forms]
                return (exact or sorted(fits, key=lambda k: -sum(f[1] for f in k.forms.values())))[0].id
            # a surname-only speaker becomes this person, unless others share the surname
            return bare[0].id if bare and not full else None
        if len(full) == 1:
            return full[0].id
        return bare[0].id if bare else None

    def _create(self, sp: Speaker) -> int:
        """A new archive speaker row for an article speaker no one matched."""
        parts = parse_name(sp.name) if sp.kind == "person" else NameParts((), "")
        cur = self.db.execute("INSERT INTO speakers (name, kind, surname) VALUES (?, ?, ?)",
                              (sp.name, sp.kind, parts.key if parts.surname else None))
        k = _Known(cur.lastrowid, sp.name, sp.kind, False, parts)
        self._remember(k)
        return k.id

    def _attach(self, k: _Known, forms: list[str], keys: list[str], roles: tuple[str, ...]) -> None:
        """Record the name forms and roles an article used for this speaker: they make
        later lookups by any alias work, and the counts pick the name to show."""
        for form, key in zip(forms, keys):
            if not key:
                continue
            if key in k.forms:
                k.forms[key][1] += 1
                self.db.execute("UPDATE aliases SET seen = seen + 1 WHERE speaker_id = ? AND key = ?", (k.id, key))
            else:
                k.forms[key] = [form, 1]
                self.by_form.setdefault(key, set()).add(k.id)
                self.db.execute("INSERT INTO aliases (speaker_id, alias, key, seen) VALUES (?, ?, ?, 1)",
                                (k.id, form, key))
        for role in roles:
            if role not in k.roles:
                k.roles.add(role)
                self.db.execute("INSERT OR IGNORE INTO roles VALUES (?, ?)", (k.id, role))
        if not k.locked:
            self._rename_to_fullest(k)

    def _rename_to_fullest(self, k: _Known) -> None:
        """Show the most complete name form (most often seen among equals)."""
        if k.kind != "person":
            return
        best = max(k.forms.values(), key=lambda f: (parse_name(f[0]).key == k.parts.key or not k.parts.surname,
                                                     len(parse_name(f[0]).given) > 0, len(f[0].split()), f[1]))[0]
        if best != k.name:
            old_key = k.parts.key
            k.name, k.parts = best, parse_name(best)
            self.db.execute("UPDATE speakers SET name = ?, surname = ? WHERE id = ?", (best, k.parts.key, k.id))
            if k.parts.key != old_key:
                self.by_surname.get(old_key, set()).discard(k.id)
                self.by_surname.setdefault(k.parts.key, set()).add(k.id)


def lookup(db: sqlite3.Connection, name: str) -> list[int]:
    """Speaker ids a user means by `name`: any alias, else same surname and fitting forenames."""
    if name.lstrip("#").isdigit():
        sid = int(name.lstrip("#"))
        return [sid] if db.execute("SELECT 1 FROM speakers WHERE id = ?", (sid,)).fetchone() else []
    key = fold(name)
    ids = sorted({r[0] for r in db.execute("SELECT speaker_id FROM aliases WHERE key = ?", (key,))})
    if ids:
        return ids
    parts = parse_name(name)
    rows = db.execute("SELECT id, name FROM speakers WHERE surname = ?", (parts.key,)).fetchall()
    return [sid for sid, n in rows if compatible(parts.given, parse_name(n).given)]


def suggest(db: sqlite3.Connection, name: str) -> str | None:
    """The speaker name closest to a misspelt one, for "did you mean"."""
    from rapidfuzz import process

    names = [r[0] for r in db.execute("SELECT name FROM speakers")]
    hit = process.extractOne(name, names, score_cutoff=70)
    return hit[0] if hit else None
