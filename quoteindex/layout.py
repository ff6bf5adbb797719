"""Where things are in one article: paragraphs, quotation spans, names and reporting cues,
kept sorted by position so that every reader of the article asks the same questions of them
("is this inside a quote?", "where does this sentence start?") in logarithmic time."""
from __future__ import annotations

import bisect
import re

from quoteindex.cues import PLURAL_NOUNS, cue_pattern, noun_reading
from quoteindex.marks import OPENERS, QuoteSpan
from quoteindex.names import Name, sentence_openers
from quoteindex.sentences import sentence_start

_OPENING_NOUNS = PLURAL_NOUNS | {"estimates"}  # cues that are plural nouns after an adjective: "Cost estimates"
# what follows a plural noun subject: a comma or its verb ("Harsh comments are", "Cost estimates, he said,")
_NOUN_PHRASE_ENDS = re.compile(r",|\s+(?:are|were|have|had|will|would|could|can|may|might|show|showed|suggest"
                               r"|suggested|remain|remained)\b")

_YOU = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ourself)\b")  # a question put to the one who answers it
NEXT_WORD = re.compile(r"\s*([\w’']+)")  # the word after a position, spaces skipped


def next_word(text: str, pos: int) -> str:
    """The word after `pos`, spaces skipped ("" at the end or before punctuation)."""
    m = NEXT_WORD.match(text, pos)
    return m.group(1) if m else ""


def last_char_before(text: str, pos: int) -> str:
    """The last character before `pos` that is not a space ("" if none), found without
    copying the text before it."""
    i = pos
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i else ""


class Layout:
    """One article's text with what extraction found in it, indexed by position."""

    def __init__(self, text: str, spans: list[QuoteSpan], names: list[Name],
                 paragraphs: list[tuple[int, int]]):
        self.text = text
        self.paragraphs = paragraphs
        self.para_starts = [p[0] for p in paragraphs]
        self.names = names
        self.name_starts = [n.mention_start for n in names]
        self.names_by_end = {n.end: n for n in names}
        self.names_by_start = {n.mention_start: n for n in names}
        self.doubtful = sentence_openers(text, names)  # "Workers have ...": maybe no name at all
        self.keep_spans(spans)
        self._marked, self._marked_starts = list(spans), self.span_starts  # every pair of marks, titles too
        # a cue inside any quotation, a title's too, is quoted words, not the article's reporting
        self.cues = [m for m in cue_pattern().finditer(text)
                     if not self.inside_quote(m.start()) and not noun_reading(text, m)
                     and not self._after_opening_word(m)]
        self.cue_starts = [m.start() for m in self.cues]

    def _after_opening_word(self, cue: re.Match) -> bool:
        """A plural noun that is also a cue, right after a lone capitalised word opening its
        sentence and named nowhere else, with a comma or a verb after it: "Harsh comments are",
        "Cost estimates, he added, were" are nouns ("Okafor notes the fund is empty" reports)."""
        n = self.names_by_end.get(cue.start() - 1)
        return n is not None and n.mention_start in self.doubtful and self.text[n.end] == " " \
            and cue.group() in _OPENING_NOUNS and bool(_NOUN_PHRASE_ENDS.match(self.text, cue.end()))

    def keep_spans(self, spans: list[QuoteSpan]) -> None:
        """The quotation spans that count from now on: a title or a slogan, once known, is
        read as if unquoted."""
        self.spans = spans
        self.span_starts = [s.start for s in spans]

    def inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.span_starts, pos) - 1
        return i >= 0 and pos < self.spans[i].end

    def inside_marks(self, pos: int) -> bool:
        """Whether `pos` is between quotation marks, a title's or a slogan's too."""
        i = bisect.bisect_right(self._marked_starts, pos) - 1
        return i >= 0 and pos < self._marked[i].end

    def paragraph_of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.para_starts, pos) - 1
        return self.paragraphs[max(0, i)]

    def puts_question(self, pos: int) -> bool:
        """Whether the paragraph holding `pos` is an interviewer's question, in the writer's own
        words, put to "you": "Hester is difficult. Did you worry that readers would not like her?"
        (a quote may stand inside it, not open or close it)."""
        lo, hi = self.paragraph_of(pos)
        end = hi
        while end > lo and self.text[end - 1].isspace():
            end -= 1
        return self.text[end - 1:end] == "?" and not self.inside_quote(end - 1) and \
            self.text[lo:end].lstrip()[:1] not in OPENERS and _YOU.search(self.text, lo, end) is not None

    def paragraph_floor(self, pos: int, back: int) -> int:
        """Where the paragraph `back` paragraphs before the one holding `pos` starts (the
        article's first, when there are fewer): how far back a mention may look for whom it means."""
        i = bisect.bisect_right(self.para_starts, pos) - 1
        return self.para_starts[max(0, i - back)]

    def clause_floor(self, pos: int) -> int:
        """Where the clause holding `pos` may start: its sentence start or the
        end of the last quotation before it, whichever is later."""
        p_lo = self.paragraph_of(pos)[0]
        i = bisect.bisect_right(self.span_starts, pos) - 1
        while i >= 0 and self.spans[i].after > pos:
            i -= 1
        if i >= 0 and self.spans[i].after > p_lo:
            p_lo = self.spans[i].after
        return sentence_start(self.text, p_lo, pos)

    def sentence_floor(self, pos: int) -> int:
        """Where the sentence holding `pos` starts, reaching back over quotes
        inside it ("Roux backs “A,” opposes “B” and recalled: “C”")."""
        floor = self.clause_floor(pos)
        for _ in range(8):
            i = bisect.bisect_right(self.span_starts, floor) - 1
            if i < 0 or self.spans[i].after != floor or self.ends_sentence(self.spans[i]):
                break
            floor = self.clause_floor(self.spans[i].open_mark)
        return floor

    def previous_sentence(self, pos: int) -> int:
        """Where the sentence before the one holding `pos` starts."""
        return self.sentence_before(self.sentence_floor(pos))

    def sentence_before(self, lo: int) -> int:
        """Where the sentence before the one starting at `lo` starts, found without copying
        the text before it."""
        i = lo
        while i > 0 and self.text[i - 1].isspace():
            i -= 1
        return self.sentence_floor(max(0, i - 1))

    def name_from(self, pos: int) -> Name | None:
        """The first name whose mention starts at `pos` or after it, if any."""
        j = bisect.bisect_left(self.name_starts, pos)
        return self.names[j] if j < len(self.names) else None

    def cues_between(self, lo: int, hi: int) -> list[re.Match]:
        i = bisect.bisect_left(self.cue_starts, lo)
        j = bisect.bisect_left(self.cue_starts, hi)
        return self.cues[i:j]

    def ends_sentence(self, span: QuoteSpan) -> bool:
        """A quote whose last words close a sentence and whose next word opens one."""
        return (self.text[span.end - 1:span.end] in ".!?…"
                and bool(re.match(r"\s+[“\"‘']?[A-Z]", self.text[span.after:span.after + 4])))

    def follows_quote(self, pos: int) -> bool:
        """True when `pos` is where a quotation's closing mark left off."""
        i = bisect.bisect_right(self.span_starts, pos) - 1
        return i >= 0 and self.spans[i].after == pos
