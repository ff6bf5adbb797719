"""Finding the spans between quotation marks.

Works on characters, paragraph by paragraph, so an unbalanced mark can
never swallow the rest of an article: a quote left open at the end of a
paragraph either continues in the next paragraph (news style: the next
paragraph opens with a fresh mark) or ends there.
"""
from __future__ import annotations

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


_LABEL = re.compile(r"([A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+)?):\s")
_NOT_LABELS = {"UPDATE", "NOTE", "EDITOR", "CORRECTION", "WATCH", "READ", "VIDEO", "PHOTO", "BREAKING", "ALSO",
               "MORE", "RELATED", "WARNING", "SOURCE", "SOURCES", "CLICK", "LISTEN"}


def speaker_label(text: str, pos: int) -> re.Match | None:
    """A transcript's speaker label at `pos` ("PENCE: ", "CHRIS WALLACE: ")."""
    m = _LABEL.match(text, pos)
    return m if m and m.group(1) not in _NOT_LABELS else None


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
