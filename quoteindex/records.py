"""Plain records that flow out of the extraction engine.

They carry no spaCy objects so that the store, the index and the command
line can use them without importing spaCy (start-up time matters for
`quoteindex search`).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True, slots=True)
class Speaker:
    """One person or organisation quoted in an article.

    `name` is the fullest form the article uses ("Volodymyr Zelensky"),
    `aliases` every other form it uses ("Zelensky", "Zelenskyy"), and
    `roles` the titles and descriptions stripped from the name
    ("President", "Trump's special envoy") so they stay searchable without
    splitting one person into several.
    """

    name: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    kind: str = "person"  # "person" or "organization"
    gender: str | None = None  # "m", "f" or None when the article does not tell


@dataclass(slots=True)
class Quote:
    """One pair of quotation marks and who the article says spoke it.

    Offsets are Python string indices into the article's decoded text;
    `text` is the quotation without its marks (for a quote running over
    several paragraphs, the paragraphs joined by a blank line).
    """

    text: str
    start: int
    end: int
    speaker: str | None = None
    mention: str | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    cue: str | None = None
    partial: bool = False
    # how the speaker was found: "cue" (a reporting verb next to the quote),
    # "continuation" (a floating quote continuing the last speaker) or None
    method: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class Extraction:
    """Everything the engine found in one article."""

    quotes: list[Quote] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)

    def speaker(self, name: str | None) -> Speaker | None:
        """The article's speaker record for a canonical name."""
        for s in self.speakers:
            if s.name == name:
                return s
        return None
