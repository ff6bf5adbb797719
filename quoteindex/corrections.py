"""The user's corrections to speaker identity: merge, rename, split.

Each correction changes the speaker rows at once and leaves a durable rule
behind, so re-adding articles does not undo it: the name forms involved
are pinned to their speaker (`aliases.by_user`), which the resolver
consults before any automatic matching, and corrected speakers are locked
(their name is kept and they are never removed as orphans). Every
correction is logged in the `corrections` table and puts the affected
articles on the search index's to-do list.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from quoteindex.identity import fold, lookup, parse_name, quote_keys
from quoteindex.store import Store


class CorrectionError(Exception):
    """A correction that cannot be made as asked; str() says why."""


def find_speaker(store: Store, ref: str) -> int:
    """The one speaker a user means by a name, alias or id; of several, the one shown under
    exactly that name (a surname-only speaker "Berg" among Anna and Piet Berg), as the
    user read it in `quoteindex speakers`."""
    ids = lookup(store.db, ref)
    if not ids:
        raise CorrectionError(f"no speaker called {ref!r}; see `quoteindex speakers`")
    named = [i for i in ids if fold(store.speaker_name(i) or "") == fold(ref)]
    if len(ids) > 1 and len(named) == 1:
        return named[0]
    if len(ids) > 1:
        names = ", ".join(f"#{i} {store.speaker_name(i)}" for i in ids)
        raise CorrectionError(f"{ref!r} could be several speakers ({names}); use the #id")
    return ids[0]


def _pin(store: Store, sid: int, forms: list[str]) -> None:
    """Make these name forms this speaker's, for this and every future article."""
    for form in forms:
        key = fold(form)
        store.db.execute("UPDATE aliases SET by_user = 0 WHERE key = ? AND speaker_id != ?", (key, sid))
        store.db.execute("INSERT INTO aliases (speaker_id, alias, key, seen, by_user) VALUES (?, ?, ?, 0, 1) "
                         "ON CONFLICT (speaker_id, key) DO UPDATE SET by_user = 1", (sid, form, key))
    store.db.execute("UPDATE speakers SET locked = 1 WHERE id = ?", (sid,))


def _set_name(store: Store, sid: int, name: str) -> None:
    """Show a speaker as `name`, with the surname key later articles are matched by."""
    parts = parse_name(name)
    store.db.execute("UPDATE speakers SET name = ?, surname = ? WHERE id = ?",
                     (name, parts.key if parts.surname else None, sid))


def _touch(store: Store, sid: int) -> None:
    """Queue the articles quoting this speaker for re-indexing (names shown and searched changed)."""
    store.db.execute("INSERT OR IGNORE INTO unindexed SELECT DISTINCT article_id FROM quotes WHERE speaker_id = ?",
                     (sid,))


def merge(store: Store, ref: str, into: str) -> str:
    """Speaker `ref` is the same as `into`: one speaker, with `into`'s name. Returns a summary."""
    with store.transaction():
        a, b = find_speaker(store, ref), find_speaker(store, into)
        if a == b:
            raise CorrectionError(f"{ref!r} and {into!r} are already one speaker")
        a_name, b_name = store.speaker_name(a), store.speaker_name(b)
        forms = [r[0] for r in store.db.execute("SELECT alias FROM aliases WHERE speaker_id = ?", (a,))]
        store.db.execute("UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?", (b, a))
        store.db.execute("INSERT OR IGNORE INTO roles SELECT ?, role FROM roles WHERE speaker_id = ?", (b, a))
        _merge_split_forms(store, a, b)
        store.db.execute("DELETE FROM speakers WHERE id = ?", (a,))
        _pin(store, b, [a_name, *forms, b_name])
        _touch(store, b)
        store.log_correction("merge", f"#{a} {a_name} -> #{b} {b_name}")
    return f"merged {a_name} into {b_name}"


def _merge_split_forms(store: Store, a: int, b: int) -> None:
    """Splits made from or to speaker `a` hold for `b`, which `a` becomes; one from `b` to
    itself (the split-off person merged back) holds nothing any more."""
    store.db.execute("UPDATE OR IGNORE split_forms SET speaker_id = ? WHERE speaker_id = ?", (b, a))
    store.db.execute("UPDATE split_forms SET to_speaker = ? WHERE to_speaker = ?", (b, a))
    store.db.execute("DELETE FROM split_forms WHERE speaker_id = to_speaker")


def rename(store: Store, ref: str, name: str) -> str:
    """Show speaker `ref` as `name` from now on; the old name still finds it."""
    name = " ".join(name.split())
    if not name:
        raise CorrectionError("the new name is empty")
    with store.transaction():
        sid = find_speaker(store, ref)
        old = store.speaker_name(sid)
        other = store.db.execute("SELECT speaker_id FROM aliases WHERE key = ? AND speaker_id != ? "
                                 "ORDER BY speaker_id LIMIT 1", (fold(name), sid)).fetchone()
        if other:  # two people under one name would mix their quotes: that is a merge, said as one
            raise CorrectionError(f"{name!r} already names another speaker, #{other[0]} "
                                  f"{store.speaker_name(other[0])}; if they are one person, use "
                                  f"`quoteindex speakers merge {ref!r} {name!r}`")
        _set_name(store, sid, name)
        _pin(store, sid, [old, name])
        _touch(store, sid)
        store.log_correction("rename", f"#{sid} {old} -> {name}")
    return f"renamed {old} to {name}"


def split(store: Store, ref: str, forms: list[str], name: str | None = None) -> str:
    """Quotes of `ref` attributed under these name forms belong to another person.

    They move to a new speaker (called `name`, or the fullest of the forms),
    and the forms are pinned to it so later articles follow.
    """
    with store.transaction():
        sid = find_speaker(store, ref)
        old = store.speaker_name(sid)
        have = {r[0]: r[1] for r in store.db.execute("SELECT key, alias FROM aliases WHERE speaker_id = ?", (sid,))}
        keys = [fold(f) for f in forms]
        unknown = [f for f, k in zip(forms, keys) if k not in have]
        if unknown:
            raise CorrectionError(f"{old} is never called {', '.join(map(repr, unknown))}; its names are: "
                                  f"{', '.join(sorted(have.values()))}")
        if set(keys) >= set(have):
            raise CorrectionError(f"{', '.join(map(repr, forms))} are all of {old}'s names, so none would be "
                                  "left to it; name only the other person's (`quoteindex speakers` lists them), "
                                  "or use `speakers rename`")
        new_name = name or max((have[k] for k in keys), key=lambda f: len(f.split()))
        parts = parse_name(new_name)
        cur = store.db.execute("INSERT INTO speakers (name, kind, surname, locked) "
                               "SELECT ?, kind, ?, 1 FROM speakers WHERE id = ?",
                               (new_name, parts.key if parts.surname else None, sid))
        new = cur.lastrowid
        moved = 0
        for qid, sname, mention in store.db.execute(
                "SELECT id, speaker_name, mention FROM quotes WHERE speaker_id = ?", (sid,)).fetchall():
            if any(key in keys for key in quote_keys(sname, mention)):
                store.db.execute("UPDATE quotes SET speaker_id = ? WHERE id = ?", (new, qid))
                moved += 1
        kept = [a for k, a in have.items() if k not in keys]
        _share_roles(store, sid, new, [have[k] for k in keys], kept)
        store.db.executemany("DELETE FROM aliases WHERE speaker_id = ? AND key = ?", ((sid, k) for k in keys))
        if fold(old) in keys:  # its name went to the other person: show the fullest name it keeps
            _set_name(store, sid, max(kept, key=lambda f: len(f.split())))
        _pin(store, new, [have[k] for k in keys] + ([name] if name else []))
        # the rule a re-added article follows quote by quote (see Resolver.quote_speaker)
        store.db.executemany("INSERT OR REPLACE INTO split_forms VALUES (?, ?, ?)", ((sid, k, new) for k in keys))
        _touch(store, new)
        _touch(store, sid)
        store.log_correction("split", f"#{sid} {old}: {', '.join(forms)} -> #{new} {new_name}")
    return (f"split {moved} quote{'s' if moved != 1 else ''} of {old} off to a new speaker, {new_name} (#{new})"
            + (f"; the rest stay with {store.speaker_name(sid)} (#{sid})" if fold(old) in keys else ""))


def _share_roles(store: Store, sid: int, new: int, moved: list[str], kept: list[str]) -> None:
    """Give the split-off speaker `new` the roles its articles give it ("a fisherman from
    Tolmere"), and take from `sid` those only the split-off person's articles give.

    Roles are kept per speaker, not per name, so the articles say whose a role
    is: a role written in a paragraph beside one of a speaker's names (as in
    "Ivo Marenkyy, a fisherman from Tolmere, said") belongs to that speaker.
    A role found beside neither stays where it was.
    """
    def beside(speaker: int, names: list[str]) -> list[str]:
        """The paragraphs naming this speaker in the articles that quote it."""
        texts = store.db.execute("SELECT text FROM articles WHERE id IN "
                                 "(SELECT article_id FROM quotes WHERE speaker_id = ?)", (speaker,))
        return [p for (text,) in texts for p in text.split("\n") if any(n in p for n in names)]

    theirs, ours = beside(new, moved), beside(sid, kept)
    for (role,) in store.db.execute("SELECT role FROM roles WHERE speaker_id = ?", (sid,)).fetchall():
        if any(role in p for p in theirs):
            store.db.execute("INSERT OR IGNORE INTO roles VALUES (?, ?)", (new, role))
            if not any(role in p for p in ours):
                store.db.execute("DELETE FROM roles WHERE speaker_id = ? AND role = ?", (sid, role))


def correct(home: Path, action: Callable[..., str], *args: object, wait: float = 0.0) -> str:
    """Make one correction (merge, rename or split with its arguments) as the index's only writer,
    and bring the search index up to date with it; returns the summary."""
    from quoteindex.writing import change

    return change(home, f"speakers {action.__name__}", action, *args, wait=wait)
