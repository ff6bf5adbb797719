"""Synthetic news articles and quotes for the benchmarks, made on demand.

Nothing is shipped: a corpus of any size is regenerated from a seed, and
article `i` depends only on (seed, i), so a 100k corpus starts with the
same 10k articles as the 10k corpus and generation streams in constant
memory. Every person, place, outlet and organisation is invented from
syllable lists, so no real person is ever given words to say.

The articles mix the quote patterns real newsrooms use (said-first and
said-last, "told OUTLET", "according to", pronouns, roles, appositives,
split, partial, multi-paragraph and floating quotes) with plain narrative,
including indirect speech that contains "said" but no quotation, so the
extraction engine does the work it does on real copy.

    python benchmarks/corpus.py articles 1000 benchmarks/out/corpus-1k            # .txt files
    python benchmarks/corpus.py articles 1000 benchmarks/out/corpus-1k.jsonl      # one JSON Lines file
    python benchmarks/corpus.py quotes 1000000 benchmarks/out/quotes-1m.jsonl
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

# ---------------------------------------------------------------- invented names

FIRST_START = ["Ar", "Bel", "Cor", "Dav", "El", "Fen", "Gal", "Hal", "Il", "Jor", "Kal", "Lor", "Mar", "Nev",
               "Or", "Per", "Quil", "Ros", "Sev", "Tam", "Ul", "Vel", "Wen", "Yar", "Zan", "Ash", "Bran", "Cael"]
FIRST_MID = ["", "", "a", "e", "i", "o", "an", "el", "ir", "ov", "en"]
FEMALE_END = ["a", "ine", "elle", "ia", "ette", "wyn", "is"]
MALE_END = ["o", "an", "ek", "us", "or", "im", "as"]
SURNAME_START = ["Thar", "Qel", "Vosk", "Idr", "Mal", "Brek", "Dun", "Erv", "Fask", "Gorm", "Hesk", "Jask",
                 "Krov", "Lund", "Morv", "Nask", "Ost", "Prav", "Rusk", "Stov", "Tesk", "Varn", "Wick", "Yst",
                 "Zell", "Abr", "Cald", "Drum", "Feld", "Grav"]
SURNAME_END = ["ane", "enko", "ovic", "sdottir", "ersen", "ari", "elli", "oglu", "amba", "ström", "ez", "ova",
               "ington", "wick", "hollow", "mere", "ard", "escu", "ani", "ey"]
PLACE_START = ["Nor", "Tel", "Ques", "Bra", "Val", "Kest", "Lum", "Ard", "Sar", "Mir", "Ost", "Pell", "Dra",
               "Hav", "Isk", "Carr", "Tor", "Vey", "Ember", "Sal"]
PLACE_END = ["vaska", "amar", "sary", "vonia", "mont", "haven", "ford", "dale", "ria", "burgh", "ostra",
             "wick", "elle", "ara", "holm", "quay"]

ROLES = {  # role -> the short form a reporter uses on second reference
    "finance minister": "the minister", "health minister": "the minister", "mayor": "the mayor",
    "opposition leader": "the opposition leader", "spokeswoman": "the spokeswoman",
    "spokesman": "the spokesman", "chief executive": "the chief executive", "union leader": "the union leader",
    "professor of economics": "the professor", "police chief": "the police chief", "head coach": "the coach",
    "chief medical officer": "the doctor", "senior analyst": "the analyst", "council member": "the councillor",
    "environment minister": "the minister", "transport secretary": "the secretary",
    "school principal": "the principal", "farmer": "the farmer", "nurse": "the nurse",
    "shop owner": "the shop owner", "resident": "the resident", "judge": "the judge",
}
ORG_KINDS = ["Ministry of Finance", "Ministry of Health", "City Council", "Transport Authority",
             "Teachers' Union", "Mining Company", "Energy Board", "University", "Central Bank",
             "Football Club", "Police Service", "Farmers' Association", "Water Company", "Hospital Trust"]
OUTLET_NOUNS = ["Courier", "Ledger", "Herald", "Gazette", "Tribune", "Dispatch", "Observer", "Chronicle",
                "Post", "Sentinel", "Record", "Examiner"]

# ---------------------------------------------------------------- words of the news

TOPICS: dict[str, dict[str, list[str]]] = {
    "budget": {
        "np": ["the budget", "the new tax", "public spending", "the pension reform", "the deficit",
               "income tax", "the spending review", "the fuel duty", "interest rates", "the national debt"],
        "group": ["taxpayers", "pensioners", "small businesses", "families", "young workers"],
        "head": ["Budget", "Tax plan", "Pension reform", "Spending cuts", "Deficit"],
    },
    "health": {
        "np": ["the hospital", "waiting lists", "the vaccine programme", "emergency care", "mental health services",
               "the nursing shortage", "public health", "the clinic closures", "drug prices", "the outbreak"],
        "group": ["patients", "nurses", "doctors", "carers", "older people"],
        "head": ["Hospital", "Waiting lists", "Vaccine", "Clinic closures", "Outbreak"],
    },
    "housing": {
        "np": ["the housing plan", "rents", "affordable homes", "the building permits", "social housing",
               "the eviction ban", "house prices", "the new development", "mortgage rates", "homelessness"],
        "group": ["tenants", "first-time buyers", "landlords", "builders", "residents"],
        "head": ["Housing", "Rents", "Eviction ban", "Development", "House prices"],
    },
    "transport": {
        "np": ["the rail line", "bus fares", "the bridge repairs", "the new airport", "road safety",
               "the tram extension", "rush-hour congestion", "the ferry service", "cycle lanes", "the ring road"],
        "group": ["commuters", "drivers", "cyclists", "rail workers", "passengers"],
        "head": ["Rail line", "Bus fares", "Bridge", "Airport", "Tram extension"],
    },
    "energy": {
        "np": ["the wind farm", "electricity bills", "the gas pipeline", "the coal plant", "solar subsidies",
               "the power cuts", "the grid upgrade", "fuel poverty", "the nuclear plant", "energy prices"],
        "group": ["households", "factories", "engineers", "consumers", "farmers"],
        "head": ["Wind farm", "Power cuts", "Pipeline", "Energy prices", "Coal plant"],
    },
    "courts": {
        "np": ["the verdict", "the appeal", "the corruption trial", "the inquiry", "the sentencing",
               "the new evidence", "the witness statements", "the ruling", "the prosecution", "the settlement"],
        "group": ["victims", "lawyers", "defendants", "jurors", "families of the victims"],
        "head": ["Verdict", "Appeal", "Trial", "Inquiry", "Ruling"],
    },
    "climate": {
        "np": ["the flood defences", "the drought", "emissions targets", "the heatwave", "the river levels",
               "the storm damage", "the reforestation plan", "water rationing", "the coastal erosion",
               "the carbon levy"],
        "group": ["farmers", "coastal towns", "fishermen", "insurers", "volunteers"],
        "head": ["Floods", "Drought", "Emissions", "Storm damage", "Heatwave"],
    },
    "schools": {
        "np": ["the exam results", "school funding", "the teachers' strike", "class sizes", "the curriculum",
               "free school meals", "the school closures", "university fees", "the reading scheme",
               "teacher pay"],
        "group": ["pupils", "parents", "teachers", "students", "head teachers"],
        "head": ["Exams", "School funding", "Teachers' strike", "Curriculum", "University fees"],
    },
    "sport": {
        "np": ["the final", "the transfer", "the new stadium", "the season", "the doping case",
               "the league title", "the injury", "ticket prices", "the youth academy", "the relegation battle"],
        "group": ["supporters", "players", "the squad", "season-ticket holders", "young athletes"],
        "head": ["Final", "Transfer", "Stadium", "Title race", "Doping case"],
    },
    "mining": {
        "np": ["the copper mine", "the export licence", "the safety report", "the tailings dam",
               "the royalties", "the mine expansion", "the spill", "the land claims", "lithium prices",
               "the smelter"],
        "group": ["miners", "the local community", "shareholders", "indigenous landowners", "contractors"],
        "head": ["Mine", "Spill", "Export licence", "Royalties", "Smelter"],
    },
}
ADJ_BAD = ["unacceptable", "reckless", "deeply worrying", "a disgrace", "irresponsible", "a betrayal",
           "short-sighted", "a serious mistake", "hard to justify", "simply wrong"]
ADJ_GOOD = ["a step forward", "long overdue", "good news", "a fair compromise", "the right decision",
            "encouraging", "a real achievement", "welcome", "a turning point", "exactly what we needed"]
VERBS_CHANGE = ["rise", "fall", "double", "shrink", "recover", "stall", "grow", "collapse"]
TIMES = ["next year", "by the end of the month", "within weeks", "before the election", "this winter",
         "over the next decade", "by spring", "in the coming days"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

QUOTE_TEMPLATES = [
    "We will not accept {np} in its current form",
    "{NP} {is} {bad}, and {group} will pay the price",
    "This is {good} for {group} in {place}",
    "I have asked officials to review {np} {time}",
    "There is no evidence that {np} {has} made any difference",
    "We expect {np} to {change} {time}",
    "People in {place} deserve better than this",
    "It was a mistake, and I take full responsibility for it",
    "Nobody told us anything about {np} until it was too late",
    "We have been warning about {np} for {n} years",
    "The numbers speak for themselves",
    "If nothing changes, {group} will leave {place}",
    "We are listening, and we will act on {np}",
    "I am proud of what {group} have achieved",
    "{NP} {was} never going to work without proper funding",
    "My door is always open to {group}",
    "We will fight this in the courts if we have to",
    "Frankly, {np} {is} {bad}",
    "Nobody wants to see {group} suffer because of {np}",
    "The government must explain why {np} {was} delayed",
    "It is too early to say what {np} will mean for {group}",
    "Our priority is {np}, and it always has been",
    "I do not think anyone expected {np} to {change} so quickly",
    "We need a plan for {np}, not more promises",
    "I was shocked when I saw the figures",
    "This has nothing to do with politics",
    "Everyone in {place} knows someone affected by {np}",
    "We are not going anywhere",
    "I want to thank {group} for their patience",
    "There will be no further comment while the review is under way",
]
NARRATIVE_TEMPLATES = [
    "The {org} announced on {weekday} that {np} would {change} by {pct} percent {time}.",
    "{NP} {has} been debated in {place} since {year}.",
    "Officials said the full figures would be published in {month}.",
    "Critics have long argued that {np} hurts {group}, while supporters say it is {good}.",
    "The {org} did not respond to a request for comment.",
    "More than {num} {group} signed a petition against {np} last {month}.",
    "The dispute over {np} comes weeks before regional elections in {place}.",
    "According to figures released on {weekday}, {np} rose for a {ord} consecutive quarter.",
    "Analysts said {np} could {change} {time} if demand holds.",
    "A report published in {year} found that {group} in {place} were hit hardest.",
    "Protesters gathered outside the offices of the {org} on {weekday} morning.",
    "The vote is expected on {weekday}, {month} {day}.",
    "{place} has one of the highest rates of {np_bare} in the region.",
    "It is not the first time {np} {has} caused a row in {place}.",
    "The {org} said in a statement last week that talks with {group} would continue.",
]


@dataclass(frozen=True, slots=True)
class Person:
    """A fictional speaker: the article calls them by name, surname, pronoun or role."""

    first: str
    last: str
    gender: str  # "f" or "m"
    role: str
    org: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def pronoun(self) -> str:
        return "she" if self.gender == "f" else "he"


@dataclass(slots=True)
class Article:
    """One generated article and the metadata a newsroom archive would keep."""

    title: str
    date: str
    outlet: str
    url: str
    text: str

    def words(self) -> int:
        return len(self.text.split())

    def as_txt(self) -> str:
        """The article as a .txt file with its front-matter header."""
        return (f"---\ntitle: {self.title}\ndate: {self.date}\noutlet: {self.outlet}\nurl: {self.url}\n---\n\n"
                f"{self.text}\n")


def _upper_first(s: str) -> str:
    return s[:1].upper() + s[1:]


def _lower_first(s: str) -> str:
    """Lower-case a sentence's first letter for use mid-sentence, unless it opens with "I" or a place name."""
    first = s.split(" ", 1)[0]
    return s if first == "I" or first.startswith(tuple(PLACE_START)) else s[:1].lower() + s[1:]


def _place(rng: random.Random) -> str:
    return rng.choice(PLACE_START) + rng.choice(PLACE_END)


@lru_cache(maxsize=1)
def _outlets(seed: int) -> tuple[str, ...]:
    """The corpus's 60 outlets: a newsroom archive draws on a few dozen sources."""
    rng = random.Random(f"{seed}:outlets")
    names: set[str] = set()
    while len(names) < 60:
        form = rng.random()
        if form < 0.6:
            names.add(f"The {_place(rng)} {rng.choice(OUTLET_NOUNS)}")
        elif form < 0.8:
            names.add(f"{_place(rng)} Public Radio")
        else:
            names.add(f"{_place(rng)} Daily")
    return tuple(sorted(names))


def person(seed: int, k: int) -> Person:
    """Speaker number `k` of the corpus's recurring cast (same person in every article that quotes them)."""
    rng = random.Random(f"{seed}:person:{k}")
    gender = rng.choice("fm")
    first = rng.choice(FIRST_START) + rng.choice(FIRST_MID) + rng.choice(FEMALE_END if gender == "f" else MALE_END)
    last = rng.choice(SURNAME_START) + rng.choice(SURNAME_END)
    role = rng.choice(list(ROLES))
    if role in ("spokeswoman", "spokesman"):
        role = "spokeswoman" if gender == "f" else "spokesman"
    return Person(first, last, gender, role, f"{_place(rng)} {rng.choice(ORG_KINDS)}")


def _cast_member(seed: int, rng: random.Random) -> Person:
    """A speaker drawn so that a few people are quoted very often and most rarely, as in a real archive."""
    return person(seed, int(50_000 * rng.random() ** 3))


class _Words:
    """Fills templates with one topic's vocabulary; one instance per article."""

    def __init__(self, rng: random.Random, topic: str, place: str) -> None:
        self.rng, self.topic, self.place = rng, TOPICS[topic], place

    def fill(self, template: str) -> str:
        r = self.rng
        np_ = r.choice(self.topic["np"])
        plural = np_.endswith("s") and not np_.endswith(("ss", "us", "sis"))
        values = {
            "is": "are" if plural else "is", "has": "have" if plural else "has", "was": "were" if plural else "was",
            "np": np_, "NP": _upper_first(np_), "np_bare": np_.removeprefix("the "),
            "group": r.choice(self.topic["group"]), "place": self.place if r.random() < 0.7 else _place(r),
            "bad": r.choice(ADJ_BAD), "good": r.choice(ADJ_GOOD), "change": r.choice(VERBS_CHANGE),
            "time": r.choice(TIMES), "n": r.choice(["two", "three", "five", "ten", "twenty"]),
            "org": f"{self.place} {r.choice(ORG_KINDS)}", "weekday": r.choice(WEEKDAYS),
            "month": r.choice(MONTHS), "year": r.randint(1990, 2014), "pct": r.randint(2, 40),
            "num": f"{r.randint(2, 90) * 100:,}", "ord": r.choice(["second", "third", "fourth", "fifth"]),
            "day": r.randint(1, 28),
        }
        return template.format(**values)

    def quote(self, sentences: int = 1) -> str:
        """Spoken words without closing punctuation: the caller decides between ',' and '.'."""
        parts = [self.fill(self.rng.choice(QUOTE_TEMPLATES)) for _ in range(sentences)]
        return ". ".join(parts)

    def narrative(self) -> str:
        return self.fill(self.rng.choice(NARRATIVE_TEMPLATES))


class _Writer:
    """Writes one article paragraph by paragraph, tracking who has been introduced.

    A speaker's first appearance uses the full name (often with an
    appositive role), later ones the surname, a pronoun or the role, which
    is what makes attribution hard on real copy.
    """

    def __init__(self, rng: random.Random, words: _Words, outlet: str) -> None:
        self.rng, self.w, self.outlet = rng, words, outlet
        self.introduced: set[Person] = set()
        self.last: Person | None = None

    def ref(self, p: Person, allow_pronoun: bool = True) -> str:
        """How the article names `p` this time."""
        r = self.rng
        if p not in self.introduced:
            self.introduced.add(p)
            form = r.random()
            if form < 0.4:
                return f"{p.name}, the {p.role} of the {p.org},"
            if form < 0.6:
                return f"{p.role[0].upper()}{p.role[1:]} {p.name}"
            return p.name
        if allow_pronoun and p is self.last and r.random() < 0.5:
            return p.pronoun
        return ROLES[p.role] if r.random() < 0.2 else p.last

    def paragraph(self, cast: list[Person]) -> str:
        r = self.rng
        # about half the paragraphs are narrative, which gives ~10 quotes per article as in wire copy
        if r.random() < 0.5:
            return " ".join(self.w.narrative() for _ in range(r.randint(1, 4)))
        p = self.last if self.last and r.random() < 0.4 else r.choice(cast)
        pattern = r.choices(PATTERNS, weights=PATTERN_WEIGHTS)[0]
        text = pattern(self, p)
        self.last = p
        if r.random() < 0.3:
            text += " " + self.w.narrative()
        return text

    # ---- the patterns; each returns one or more paragraphs

    def said_after(self, p: Person) -> str:
        """"...," Name said.  /  "...," said Name."""
        who_end = self.ref(p).rstrip(",")
        if self.rng.random() < 0.5 or who_end in ("he", "she"):
            return f"“{self.w.quote()},” {who_end} said."
        return f"“{self.w.quote()},” said {who_end}."

    def said_before(self, p: Person) -> str:
        """Name said: "..."  /  Name said on Monday that "..." (a partial-looking full sentence)."""
        who = _upper_first(self.ref(p))
        if who.endswith(","):
            return f"{who} said: “{self.w.quote(2)}.”"
        return f"{who} said on {self.rng.choice(WEEKDAYS)}: “{self.w.quote()}.”"

    def told_outlet(self, p: Person) -> str:
        who = self.ref(p).rstrip(",")
        return f"“{self.w.quote(self.rng.randint(1, 2))},” {who} told {self.outlet}."

    def according_to(self, p: Person) -> str:
        who = self.ref(p, allow_pronoun=False).rstrip(",")
        if self.rng.random() < 0.5:
            return f"According to {who}, “{self.w.quote()}.”"
        return f"“{self.w.quote()},” according to {who}."

    def role_said(self, p: Person) -> str:
        self.introduced.add(p)
        return f"“{self.w.quote()},” {ROLES[p.role]} said in an interview."

    def appositive(self, p: Person) -> str:
        if p in self.introduced:
            return self.said_after(p)
        self.introduced.add(p)
        return f"{p.name}, a {p.role} with the {p.org}, said: “{self.w.quote(2)}.”"

    def split(self, p: Person) -> str:
        who = self.ref(p).rstrip(",")
        if self.rng.random() < 0.5:
            return f"“{self.w.quote()},” {who} said. “{self.w.quote()}.”"
        verb = f"{who} said" if who in ("he", "she") else f"said {who}"
        return f"“{self.w.quote()},” {verb}, “and {_lower_first(self.w.quote())}.”"

    def partial(self, p: Person) -> str:
        who = self.ref(p, allow_pronoun=False).rstrip(",")
        phrase = self.rng.choice(ADJ_BAD + ADJ_GOOD)
        np_ = self.rng.choice(self.w.topic["np"])
        return f"{_upper_first(who)} called {np_} “{phrase}” and said talks would continue {self.rng.choice(TIMES)}."

    def multi_paragraph(self, p: Person) -> str:
        """News style: an open quote runs on, the next paragraph reopens it."""
        who = self.ref(p).rstrip(",")
        return (f"“{self.w.quote(2)}.\n\n“{self.w.quote()},” {who} said.")

    def floating(self, p: Person) -> str:
        """An attributed quote, then a paragraph of quotation with no cue of its own."""
        return f"{self.said_after(p)}\n\n“{self.w.quote(self.rng.randint(1, 2))}.”"

    def organisation(self, p: Person) -> str:
        return f"“{self.w.quote()},” the {p.org} said in a statement."

    def indirect(self, p: Person) -> str:
        """Reported speech with no quotation marks: the engine must find nothing here."""
        who = self.ref(p).rstrip(",")
        return f"{_upper_first(who)} said {_lower_first(self.w.narrative())}"


PATTERNS = [_Writer.said_after, _Writer.said_before, _Writer.told_outlet, _Writer.according_to,
            _Writer.role_said, _Writer.appositive, _Writer.split, _Writer.partial,
            _Writer.multi_paragraph, _Writer.floating, _Writer.organisation, _Writer.indirect]
PATTERN_WEIGHTS = [30, 12, 6, 5, 4, 6, 8, 6, 4, 5, 4, 6]

DATE_FIRST = dt.date(2015, 1, 1)
DATE_DAYS = (dt.date(2025, 12, 31) - DATE_FIRST).days


def article(seed: int, i: int) -> Article:
    """Article number `i` of the corpus `seed`: 400 to 800 words, 2 to 5 speakers."""
    rng = random.Random(f"{seed}:article:{i}")
    topic = rng.choice(list(TOPICS))
    place = _place(rng)
    outlet = rng.choice(_outlets(seed))
    words = _Words(rng, topic, place)
    writer = _Writer(rng, words, outlet)
    cast = [_cast_member(seed, rng) for _ in range(rng.randint(2, 5))]
    target = rng.randint(400, 800)
    paragraphs = [f"{place.upper()} — {words.narrative()}"]
    n = len(paragraphs[0].split())
    while n < target:
        para = writer.paragraph(cast)
        paragraphs.append(para)
        n += len(para.split())
    date = DATE_FIRST + dt.timedelta(days=rng.randrange(DATE_DAYS + 1))
    head = rng.choice(words.topic["head"])
    title = f"{head} {rng.choice(['row deepens in', 'plan unveiled in', 'under fire in', 'delayed in', 'approved in'])} {place}"
    slug = title.lower().replace("'", "").replace(" ", "-")
    domain = outlet.lower().removeprefix("the ").replace(" ", "")
    url = f"https://{domain}.example/{date:%Y/%m/%d}/{slug}-{i}"
    return Article(title=title, date=date.isoformat(), outlet=outlet, url=url, text="\n\n".join(paragraphs))


def articles(seed: int, n: int, start: int = 0) -> Iterator[Article]:
    """Articles start..start+n-1 of the corpus `seed`, generated one at a time."""
    for i in range(start, start + n):
        yield article(seed, i)


@dataclass(slots=True)
class QuoteRecord:
    """A quote as the store would hold it, for filling an index without running extraction."""

    text: str
    speaker: str
    title: str
    date: str
    outlet: str
    url: str


def quotes(seed: int, n: int) -> Iterator[QuoteRecord]:
    """`n` quotes with the articles' vocabulary, speakers and dates, about 8 per article (as in the corpus)."""
    art = 0
    made = 0
    while made < n:
        rng = random.Random(f"{seed}:quotes:{art}")
        topic = rng.choice(list(TOPICS))
        place = _place(rng)
        words = _Words(rng, topic, place)
        outlet = rng.choice(_outlets(seed))
        date = (DATE_FIRST + dt.timedelta(days=rng.randrange(DATE_DAYS + 1))).isoformat()
        title = f"{rng.choice(words.topic['head'])} row deepens in {place}"
        url = f"https://{outlet.lower().removeprefix('the ').replace(' ', '')}.example/q/{art}"
        cast = [_cast_member(seed, rng) for _ in range(rng.randint(2, 5))]
        for _ in range(min(rng.randint(4, 12), n - made)):
            speaker = rng.choice(cast).name
            yield QuoteRecord(words.quote(rng.choice((1, 1, 1, 2))) + ".", speaker, title, date, outlet, url)
            made += 1
        art += 1


def write_articles(seed: int, n: int, out: Path) -> tuple[int, int]:
    """Write `n` articles to `out` (a .jsonl file, or a folder of .txt files); returns (articles, words)."""
    total_words = 0
    if out.suffix == ".jsonl":
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as f:
            for a in articles(seed, n):
                total_words += a.words()
                f.write(json.dumps(asdict(a), ensure_ascii=False) + "\n")
    else:
        out.mkdir(parents=True, exist_ok=True)
        for i, a in enumerate(articles(seed, n)):
            total_words += a.words()
            # 1000 files per folder keeps 100k-article corpora friendly to file managers
            sub = out / f"{i // 1000:03d}"
            sub.mkdir(exist_ok=True)
            (sub / f"{i:06d}.txt").write_text(a.as_txt(), encoding="utf-8")
    return n, total_words


def write_quotes(seed: int, n: int, out: Path) -> int:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for q in quotes(seed, n):
            f.write(json.dumps(asdict(q), ensure_ascii=False) + "\n")
    return n


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Generate a synthetic news corpus (deterministic by seed).")
    p.add_argument("what", choices=["articles", "quotes", "show"], help="'show' prints article N to stdout")
    p.add_argument("n", type=int)
    p.add_argument("out", nargs="?", type=Path, help="folder for .txt files, or a .jsonl file")
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    if args.what == "show":
        sys.stdout.write(article(args.seed, args.n).as_txt())
        return 0
    if args.out is None:
        p.error("OUT is required")
    if args.what == "articles":
        n, w = write_articles(args.seed, args.n, args.out)
        print(f"{n} articles, {w} words -> {args.out}")
    else:
        print(f"{write_quotes(args.seed, args.n, args.out)} quotes -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
