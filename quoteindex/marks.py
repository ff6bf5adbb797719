"""Finding the spans between quotation marks.

Works on characters, paragraph by paragraph, so an unbalanced mark can
never swallow the rest of an article: a quote left open at the end of a
paragraph either continues in the next paragraph (news style: the next
paragraph opens with a fresh mark) or ends there.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# opening mark -> the closing marks it accepts
OPENERS: dict[str, str] = {
    "“": "”",
    "„": "“”",
    "«": "»",
    '"': '"',
}
CLOSERS = frozenset("”»\"")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """The inside of one pair of quotation marks.

    `start`/`end` bound the text without its marks; `segments` are the
    (start, end) pieces of a quote running over several paragraphs (one
    piece for an ordinary quote); `closed` is False when the paragraph
    ended before a closing mark.
    """

    start: int
    end: int
    segments: tuple[tuple[int, int], ...]
    closed: bool = True

    @property
    def open_mark(self) -> int:
        """Offset of the opening quotation mark."""
        return self.start - 1

    @property
    def after(self) -> int:
        """Offset just past the closing mark (or the end of the text when unclosed)."""
        return self.end + 1 if self.closed else self.end

    def text(self, source: str) -> str:
        """The quotation without its marks; paragraphs joined by a blank line."""
        if len(self.segments) == 1:
            return source[self.start:self.end]
        return "\n\n".join(source[a:b].strip() for a, b in self.segments)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line: news text puts one paragraph a line."""
    out = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append((pos, end))
        pos = end + 1
    return out


def _opens_with_mark(text: str, start: int, end: int) -> int | None:
    """Offset of an opening mark that begins the paragraph, if any."""
    i = start
    while i < end and text[i] in " \t\u00a0":
        i += 1
    if i < end and text[i] in OPENERS:
        return i
    return None


# a transcript's speaker label in capitals, any alphabet's ("ØSTERGÅRD:", "JOSÉ ROUX:")
_LABEL_WORD = r"[^\W\d_](?:[^\W\d_]|[’'.-])+"
_LABEL = re.compile(rf"({_LABEL_WORD}(?: {_LABEL_WORD}){{0,2}}):\s[ \t\u00a0]*")
_NOT_LABELS = {"UPDATE", "NOTE", "EDITOR", "CORRECTION", "WATCH", "READ", "VIDEO", "PHOTO", "BREAKING", "ALSO",
               "MORE", "RELATED", "WARNING", "SOURCE", "SOURCES", "CLICK", "LISTEN", "QUOTE", "QUOTES",
               "LATEST", "FLASHBACK"}  # any of these words: "QUOTE OF THE DAY", "EDITOR'S NOTE"


def speaker_label(text: str, pos: int) -> re.Match | None:
    """A transcript's speaker label at `pos` ("PENCE: ", "CHRIS WALLACE: ", "SEN. ADA ROUX: ")."""
    m = _LABEL.match(text, pos)
    return m if m and m.group(1).isupper() and _NOT_LABELS.isdisjoint(m.group(1).split()) else None


# an HTML or XML tag left in text copied from a web page
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")


def _closes_here(text: str, i: int, lo: int, hi: int) -> bool:
    """A mark glued to the word before it and followed by a space can only close a
    quote ("... systems" including): with no quote open a straight one is a stray, and
    taking it for an opening mark would quote the narrative up to the next mark."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return not before.isspace() and before not in "([{—–-" and after.isspace()


def _typed_close(text: str, i: int, mark: str, lo: int, hi: int) -> bool:
    """Whether the opening mark at `i`, inside a quote it opened, was typed for its closing one:
    glued to the quote's last word and followed by a space (“hateful“ in a post), with no
    closing mark to come in the paragraph before another quote opens ("“The plan is dead.“
    It was never alive,” he said" is one quote with a stray mark)."""
    if text[i] != mark or mark == '"' or not _closes_here(text, i, lo, hi) or text[i - 1] == ":":
        return False
    closes = [j for j in (text.find(k, i + 1, hi) for k in OPENERS[mark]) if j >= 0]
    reopens = text.find(mark, i + 1, hi)
    return not closes or 0 <= reopens < min(closes)


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quotation in `text`, in order, each pair of marks once."""
    spans: list[QuoteSpan] = []
    paras = paragraphs(text)
    carry: list[tuple[int, int]] | None = None  # segments of a quote continuing from the last paragraph
    carry_mark = ""
    for p_start, p_end in paras:
        open_at: int | None = None
        mark = ""
        i = p_start
        if carry is not None:
            first = _opens_with_mark(text, p_start, p_end)
            if first is None or speaker_label(text, first + 1):
                # the last paragraph's quote was never closed: it ends where its paragraph did
                # (or a transcript's next turn, "PENCE: ...", opens a quote of its own)
                spans.append(QuoteSpan(carry[0][0], carry[-1][1], tuple(carry), closed=False))
                carry = None
            else:
                open_at, mark, i = first, carry_mark, first + 1
        while i < p_end:
            c = text[i]
            if c == "<" and (tag := _TAG.match(text, i, p_end)):
                i = tag.end()  # <tweet author="@ana">: markup's attribute values are nobody's words
                continue
            if open_at is None:
                if c in OPENERS and not (c == '"' and _closes_here(text, i, p_start, p_end)):
                    open_at, mark = i, c
            elif c in OPENERS[mark] or (c in CLOSERS and not any(
                    text.find(k, i + 1, p_end) >= 0 for k in OPENERS[mark])) \
                    or _typed_close(text, i, mark, p_start, p_end):
                # a mismatched closing mark ends the quote only when the matching one never
                # comes: copy mixes "straight and ”curly marks, but “a "nested" quote” is one quote
                segs = (carry or []) + [(open_at + 1, i)]
                if segs[-1][1] > segs[-1][0] or len(segs) > 1:
                    spans.append(QuoteSpan(segs[0][0], i, tuple(segs)))
                open_at, carry = None, None
            elif c == mark:
                # a second opening mark before any close: the first one was stray
                open_at, carry = i, None
            i += 1
        if open_at is not None:
            carry = (carry or []) + [(open_at + 1, p_end)]
            carry_mark = mark
        else:
            carry = None
    if carry is not None:
        spans.append(QuoteSpan(carry[0][0], carry[-1][1], tuple(carry), closed=False))
    return spans


# British and many other outlets quote with single marks and nest double ones inside:
# ‘He called it “absurd”,’ she said. A single mark opens a quote at a word's start,
# unless it only elides the word's start ('em, rock 'n' roll; a year after a word: the '90s)
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[{—–/:-]))[‘'](?=[\w…“\"$£€#@(\[])(?!(?:em|til|cause|tis|twas|n)\b)",
                          re.MULTILINE)
_ELIDED_YEAR = re.compile(r"(?<=[a-z] )[‘'](?:\d0s|\d\d)\b")
# a mark that can end a single-marked quote: glued to the word before, no letter after
_SINGLE_CLOSE = re.compile(r"(?<=\S)(?<!['‘’]n)[’'](?!\w)")
# a closing mark after an s-word and before a word may be the plural's apostrophe
# ("the students’ union", "the Velkovs’, not ours"): it is, when another closing mark comes first
_PLURAL_APOSTROPHE = re.compile(r"(?<=[sS])[’'],? [A-Za-z]")
# some archives type a double mark as two single ones (''Yes,'' he said) and nest
# single-marked quotes inside those
_PAIRED_SINGLES = re.compile(r"(?:^|(?<=\s))''(?=\w)", re.MULTILINE)
_NEST = str.maketrans({"“": "‘", "”": "’", '"': "'"})
# words enough for a quotation to be somebody's speech rather than a scare quote or a title
_SPEECH_WORDS = 4


def _single_quotes(text: str, lo: int, hi: int) -> list[tuple[int, int | None]]:
    """(opening, closing) offsets of the single-marked quotes of one paragraph; None
    closes a quote still open at the paragraph's end."""
    starts = {m.start() for m in _SINGLE_OPEN.finditer(text, lo, hi) if not _ELIDED_YEAR.match(text, m.start())}
    events = sorted(starts.union(m.start() for m in _SINGLE_CLOSE.finditer(text, lo, hi)))
    pairs: list[tuple[int, int | None]] = []
    open_at: int | None = None
    for n, i in enumerate(events):
        if i in starts:
            open_at = i  # a second opening mark before any close: the first was stray
        elif open_at is not None:
            if n + 1 < len(events) and events[n + 1] not in starts and _PLURAL_APOSTROPHE.match(text, i):
                continue
            pairs.append((open_at, i))
            open_at = None
    if open_at is not None:
        pairs.append((open_at, None))
    return pairs


def _inside(pos: int, starts: list[int], ends: list[int]) -> bool:
    """Whether `pos` lies inside one of the non-overlapping (start, end) spans given sorted."""
    k = bisect.bisect_left(starts, pos) - 1
    return k >= 0 and pos < ends[k]


def as_double_marked(text: str) -> str:
    """`text` with its single-marked quotes marked by double marks (and the quotes nested
    in them by single ones) when the article quotes with single marks; otherwise `text`
    itself, but for single-marked quotes that hand over to their speaker with a comma.

    Single marks are the article's own quotes when the speech-length quotes they mark
    outside any double-marked quote outnumber twice over those double marks mark outside
    single ones: an American article nests its single-marked quotes in double ones and
    may mark a headline's words or a scare quote with single ones; a British one may
    mark a title or a nickname with double ones. Double-marked quotes outside single
    ones stay as they are, so text pasted together from both kinds of outlet loses
    neither's quotes. One character stands for one, so every offset into the result
    is an offset into the article.
    """
    if not _SINGLE_OPEN.search(text) or _PAIRED_SINGLES.search(text):
        return text
    singles = [(a, hi if b is None else b) for lo, hi in paragraphs(text) for a, b in _single_quotes(text, lo, hi)]
    doubles = find_quote_spans(text)
    d_starts, d_ends = [s.open_mark for s in doubles], [s.after for s in doubles]
    s_starts, s_ends = [a for a, _ in singles], [b for _, b in singles]
    speech = [a for a, b in singles
              if len(text[a + 1:b].split()) >= _SPEECH_WORDS and not _inside(a, d_starts, d_ends)]
    rival = [s for s in doubles
             if len(text[s.start:s.end].split()) >= _SPEECH_WORDS and not _inside(s.open_mark, s_starts, s_ends)]
    if not speech:
        return text
    if 2 * len(rival) >= len(speech):
        # the double marks are the article's own; a single-marked quote outside them that
        # hands over to its speaker ("'I never wrote a song,' Ana Roux said") is speech too
        singles = [(a, b) for a, b in singles if a in speech and text[b - 1:b] == ","]
        if not singles:
            return text
    chars = list(text)
    for a, b in singles:
        for k in range(a + 1, b):  # the double marks inside a single-marked quote are nested in it
            chars[k] = chars[k].translate(_NEST)
        chars[a] = "“"
        if b < len(text) and text[b] in "’'":
            chars[b] = "”"
    return "".join(chars)
