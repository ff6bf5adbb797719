"""One speaker across the whole archive.

The engine names each speaker once per article ("Volodymyr Zelensky", with
aliases "Zelensky", "Zelenskyy"). Here those per-article speakers become
archive speakers: the same person from different articles is one row in
`speakers`, while different people sharing a surname stay apart.

Rules, in order:
1. a full name the user attached to a speaker (merge, rename, split) wins,
   and a quote naming its speaker by a form a split took from that speaker
   goes to the person the split made;
2. organisations match on an exact (folded) name form;
3. people match on surname (folded, transliteration endings unified:
   Zelenskiy = Zelenskyy = Zelensky) and generational suffix (Berg Jr. is
   never Berg), and then on forename: two different forenames (Ada,
   Tom) are two people; a surname alone joins the only person with that
   surname, and stays a separate "surname only" speaker while it is
   ambiguous.
The name shown is the fullest form seen, unless the user renamed it.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache

from quoteindex import lexicon
from quoteindex.folding import fold_letters
from quoteindex.records import Quote, Speaker

_SUFFIXES = {"jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr", "ii": "ii", "iii": "iii", "iv": "iv"}
# transliteration variants of one ending: Zelenskiy / Zelenskyy / Zelenskyi / Zelenskij -> zelensky
_ENDINGS = re.compile(r"(?:iy|yy|yi|ij|ii)$")


@lru_cache(maxsize=65_536)  # the same names come back in article after article
def fold(name: str) -> str:
    """A name form for comparison: letters folded, punctuation gone, spaces single."""
    s = re.sub(r"['’`-]", "", fold_letters(name))  # O'Brien = OBrien, Ostrova-Brandt = OstrovaBrandt
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


@lru_cache(maxsize=65_536)
def parse_name(name: str) -> NameParts:
    """Split a person's name: "Ursula von der Leyen" -> (ursula,), "von der leyen"."""
    tokens = fold(name).split()
    suffix = ""
    while len(tokens) > 1 and tokens[-1] in _SUFFIXES:
        suffix = _SUFFIXES[tokens.pop()]
    if not tokens:
        return NameParts((), "", suffix)
    i = len(tokens) - 1
    while i > 0 and tokens[i - 1] in lexicon.name_particles():
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
    moved: dict[str, int] = field(default_factory=dict)  # key -> speaker a split gave its quotes to


class Resolver:
    """Maps an article's speakers to archive speakers, creating and updating rows.

    Candidates are looked up in SQLite by name form and by surname (both
    indexed), and the speakers last used are kept in a bounded cache: an
    archive's memory does not grow with its number of speakers, while the
    people quoted again and again are resolved without a query. Use inside
    the writer's transaction: it writes speakers, aliases and roles as it goes.
    """

    CACHED = 10_000  # speakers kept in memory, least recently used dropped first

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.cache: dict[int, _Known] = {}  # in order of use, the latest last
        self.created = 0

    def known(self, sid: int) -> _Known:
        """An archive speaker with its name forms and roles."""
        k = self.cache.pop(sid, None)
        if k is None:
            name, kind, locked = self.db.execute("SELECT name, kind, locked FROM speakers WHERE id = ?",
                                                 (sid,)).fetchone()
            k = _Known(sid, name, kind, bool(locked), parse_name(name))
            for alias, key, seen in self.db.execute("SELECT alias, key, seen FROM aliases WHERE speaker_id = ? "
                                                    "ORDER BY rowid",
                                                    (sid,)):
                k.forms[key] = [alias, seen]
            k.roles.update(r for (r,) in self.db.execute("SELECT role FROM roles WHERE speaker_id = ?", (sid,)))
            k.moved.update(self.db.execute("SELECT key, to_speaker FROM split_forms WHERE speaker_id = ?", (sid,)))
        return self._remember(k)

    def _remember(self, k: _Known) -> _Known:
        """Keep `k` as the most recently used speaker, forgetting the least recent one when full."""
        if len(self.cache) >= self.CACHED:
            del self.cache[next(iter(self.cache))]
        self.cache[k.id] = k
        return k

    def _ids(self, sql: str, value: str) -> list[int]:
        return [r[0] for r in self.db.execute(sql, (value,))]

    def resolve(self, sp: Speaker) -> int:
        """The archive speaker id for one article speaker (new or updated as needed)."""
        forms = [sp.name, *sp.aliases]
        keys = [fold(f) for f in forms]
        sid = self._match(sp, keys)
        k = self._create(sp) if sid is None else self.known(sid)
        self._attach(k, forms, keys, sp.roles)
        return k.id

    def quote_speaker(self, sid: int | None, q: Quote) -> int | None:
        """The archive speaker of one quote whose article speaker is `sid`: a split's person
        when the quote names its speaker by a form the split took from `sid` (the article's
        "Ostergaard" is not its "Søren Østergård", as the user said), else `sid` itself."""
        if sid is None:
            return None
        moved = self.known(sid).moved
        return next((moved[key] for key in quote_keys(q.speaker, q.mention) if key in moved), sid)

    def _match(self, sp: Speaker, keys: list[str]) -> int | None:
        """The existing speaker this article speaker is, by the rules in the module
        docstring, or None when it is someone new (or too ambiguous to join anyone)."""
        # the full name only: a shared surname must not follow a correction
        corrected = self._ids("SELECT speaker_id FROM aliases WHERE key = ? AND by_user ORDER BY speaker_id", keys[0])
        if corrected:
            return corrected[0]
        if sp.kind != "person":
            for key in keys:
                for sid in self._ids("SELECT speaker_id FROM aliases WHERE key = ? ORDER BY speaker_id", key):
                    if self.known(sid).kind != "person":
                        return sid
            return None
        parts = parse_name(sp.name)
        if not parts.surname:
            return None
        # a common surname has many candidates: they are compared by name alone, without loading them
        cands = [(sid, parse_name(name).given) for sid, name in
                 self.db.execute("SELECT id, name FROM speakers WHERE surname = ? AND kind = 'person' "
                                 "ORDER BY id", (parts.key,))]
        full = [sid for sid, given in cands if given]
        bare = [sid for sid, given in cands if not given]
        if parts.given:
            fits = [sid for sid, given in cands if given and compatible(parts.given, given)]
            if fits:
                return self._likeliest(fits, fold(sp.name))
            # a surname-only speaker becomes this person, unless others share the surname
            return bare[0] if bare and not full else None
        if len(full) == 1:
            return full[0]
        return bare[0] if bare else None

    def _likeliest(self, ids: list[int], key: str) -> int:
        """Of speakers a name fits, the most quoted of those already known by exactly this
        name form, else the most quoted of them all."""
        def among(pool: list[int]) -> str:
            return f"speaker_id IN ({','.join('?' * len(pool))})"

        exact = [r[0] for r in self.db.execute(f"SELECT speaker_id FROM aliases WHERE key = ? AND {among(ids)} "
                                               "ORDER BY speaker_id", (key, *ids))]
        pool = exact or ids
        if len(pool) == 1:
            return pool[0]
        most = self.db.execute(f"SELECT speaker_id FROM aliases WHERE {among(pool)} GROUP BY speaker_id "
                               "ORDER BY sum(seen) DESC, speaker_id LIMIT 1", pool).fetchone()
        return most[0] if most else pool[0]

    def _create(self, sp: Speaker) -> _Known:
        """A new archive speaker row for an article speaker no one matched."""
        parts = parse_name(sp.name) if sp.kind == "person" else NameParts((), "")
        cur = self.db.execute("INSERT INTO speakers (name, kind, surname) VALUES (?, ?, ?)",
                              (sp.name, sp.kind, parts.key if parts.surname else None))
        self.created += 1
        # a new row has no aliases or roles yet: nothing to read back
        return self._remember(_Known(cur.lastrowid, sp.name, sp.kind, False, parse_name(sp.name)))

    def _attach(self, k: _Known, forms: list[str], keys: list[str], roles: tuple[str, ...]) -> None:
        """Record the name forms and roles an article used for this speaker: they make
        later lookups by any alias work, and the counts pick the name to show."""
        for form, key in zip(forms, keys):
            if not key or key in k.moved:  # a split gave that name to someone else
                continue
            if key in k.forms:
                k.forms[key][1] += 1
                self.db.execute("UPDATE aliases SET seen = seen + 1 WHERE speaker_id = ? AND key = ?", (k.id, key))
            else:
                k.forms[key] = [form, 1]
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
            k.name, k.parts = best, parse_name(best)
            self.db.execute("UPDATE speakers SET name = ?, surname = ? WHERE id = ?", (best, k.parts.key, k.id))


def quote_keys(speaker: str | None, mention: str | None) -> tuple[str, ...]:
    """The name forms a quote gives its speaker, folded: the words beside it ("Ostergaard"),
    then the speaker's name in its article. A split moves the quotes these name."""
    return tuple(key for key in (fold(mention or ""), fold(speaker or "")) if key)


def lookup(db: sqlite3.Connection, name: str) -> list[int]:
    """Speaker ids a user means by `name`, as a reporter would type it: an `#id`; any alias;
    the name without the titles before it ("Councillor Ferrant"); a surname with fitting
    forenames; else a forename alone ("Zoe"). A name several people share gives them all:
    a surname alone finds everyone of that surname, not only those an article named by it."""
    from quoteindex.store import row_id

    if name.strip().lstrip("#").isdigit():
        sid = row_id(name)
        return [sid] if sid is not None and db.execute(
            "SELECT 1 FROM speakers WHERE id = ?", (sid,)).fetchone() else []
    ids = _by_alias(db, fold(name))
    if not ids:
        name = _without_titles(name)
        ids = _by_alias(db, fold(name))
    parts = parse_name(name)
    if ids and parts.given:  # a full name known as written
        return ids
    rows = db.execute("SELECT id, name FROM speakers WHERE surname = ?", (parts.key,)).fetchall()
    fitting = [(sid, parse_name(n)) for sid, n in rows if compatible(parts.given, parse_name(n).given)]
    # a surname spelt as some speakers spell it leaves out the other spellings: "Petrenkow", split
    # off from "Petrenkov", is somebody the user told apart; "Zelensky" still finds "Zelenskyy"
    spelt = [sid for sid, p in fitting if fold(p.surname) == fold(parts.surname)]
    ids = sorted({*ids, *(spelt or [sid for sid, _ in fitting])})
    if ids or parts.given or not parts.surname:
        return ids
    # one word that is nobody's surname: the people with that forename (keys are "forename surname ...")
    return sorted({sid for sid, kind in db.execute(
        "SELECT a.speaker_id, s.kind FROM aliases a JOIN speakers s ON s.id = a.speaker_id "
        "WHERE a.key >= ? AND a.key < ?", (parts.surname + " ", parts.surname + "!")) if kind == "person"})


def _by_alias(db: sqlite3.Connection, key: str) -> list[int]:
    """Speakers known by exactly this name form."""
    return sorted({r[0] for r in db.execute("SELECT speaker_id FROM aliases WHERE key = ?", (key,))})


def _without_titles(name: str) -> str:
    """`name` without the titles it opens with ("Mr", "Councillor", "Prime Minister"), which
    articles keep as roles rather than as part of a name; a title alone is left as it is."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in lexicon.title_words():
        words.pop(0)
    return " ".join(words)


def suggest(db: sqlite3.Connection, name: str) -> str | None:
    """The speaker name closest to a misspelt one, for "did you mean"."""
    from rapidfuzz import process

    names = [r[0] for r in db.execute("SELECT name FROM speakers")]
    hit = process.extractOne(name, names, score_cutoff=70)
    return hit[0] if hit else None
