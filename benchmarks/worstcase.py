"""Extraction time on awkward input, at doubling sizes: the figures show whether
cost grows with the text (each doubling about doubles the time) or faster.

    python benchmarks/worstcase.py            # 50k to 400k characters per shape
    python benchmarks/worstcase.py --max 1600000

The shapes are what archives really hold: measurements in inches (a lone
straight mark every few words), a long paragraph of quotes with no sentence
end, a hearing transcript with thousands of turns, ordinary quoted prose,
quotes signed with a dash in one long paragraph.
Not part of the test suite: timings depend on the machine.
"""
from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from quoteindex.pipeline import extract, load_pipeline

SHAPES: dict[str, Callable[[int], str]] = {
    "inch marks": lambda i: f'The pipe was {i % 9 + 1}" wide and the other one {i % 7 + 2}" wide, said the fitter. ',
    "marks, no full stop": lambda i: '"x',
    "transcript turns": lambda i: f"\n\nHALE: Question number {i} was about the pier.\n\nROUX: I answered it.",
    "quoted prose": lambda i: f"“The pier will reopen in week {i},” said Ada Roux. ",
    "dash signatures": lambda i: f"“Item {i} is fine.” — a harbour official. Then the board met. ",
}


def text_of(shape: Callable[[int], str], size: int) -> str:
    """Pieces of one shape, up to `size` characters."""
    parts, n, i = [], 0, 0
    while n < size:
        parts.append(piece := shape(i))
        n += len(piece)
        i += 1
    return "".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min", type=int, default=50_000, help="smallest text, in characters")
    ap.add_argument("--max", type=int, default=400_000, help="largest text, in characters")
    args = ap.parse_args()
    nlp = load_pipeline()
    extract("“Warm up,” said Ada Roux.", nlp)
    print("| shape | characters | seconds | x previous |")
    print("|---|---:|---:|---:|")
    for name, shape in SHAPES.items():
        size, previous = args.min, None
        while size <= args.max:
            text = text_of(shape, size)
            t = time.perf_counter()
            extract(text, nlp)
            took = time.perf_counter() - t
            ratio = f"{took / previous:.1f}" if previous else ""
            print(f"| {name} | {len(text):,} | {took:.2f} | {ratio} |", flush=True)
            size, previous = size * 2, took


if __name__ == "__main__":
    main()
