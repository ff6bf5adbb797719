"""Turning files on disk into article text, with one-line errors for bad input.

Every failure is an `InputError` whose message names the file and says what
is wrong, so the command line can report it and carry on with the next file.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

# One news article is a few thousand words; 20 MB is thousands of articles
# run together, which is a mistake worth a clear message, not minutes of work.
DEFAULT_MAX_BYTES = 20_000_000


class InputError(Exception):
    """A file that cannot be read as an article; str() is the one-line reason."""


def decode(data: bytes, name: str) -> str:
    """UTF-8 text of `data` (a BOM is dropped); binary or other encodings are refused.

    We refuse rather than guess an encoding: a wrongly guessed encoding
    corrupts names and quotation marks, and offsets into such text would
    point at the wrong characters.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: UTF-16 text, not UTF-8; convert it with e.g. iconv -f utf-16 -t utf-8")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}); "
                         "convert it with e.g. iconv -f cp1252 -t utf-8") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _size(n: int) -> str:
    """A byte count as a person reads it: 512 bytes, 40 KB, 52.4 MB."""
    if n < 1000:
        return f"{n} bytes"
    return f"{n / 1e3:.0f} KB" if n < 1e6 else f"{n / 1e6:.1f} MB"


def read_text(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The decoded text of one file, or InputError naming it."""
    name = os.fspath(path)
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise InputError(f"{name}: {_size(size)} is larger than the {_size(max_bytes)} limit for one article")
        with open(path, "rb") as f:
            data = f.read()
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as e:
        raise InputError(f"{name}: cannot read ({e.strerror or e})") from None
    return decode(data, name)


def expand_paths(paths: Iterable[str], suffixes: tuple[str, ...]) -> Iterator[str]:
    """Files named directly (whatever their suffix), and the files with one of
    `suffixes` found recursively in named directories, in a stable order."""
    for p in paths:
        if os.path.isdir(p):
            found = sorted(str(f) for f in Path(p).rglob("*")
                           if f.is_file() and f.suffix.lower() in suffixes and not f.name.startswith("."))
            yield from found
        else:
            yield p


def file_size(path: str) -> int:
    """A file's size, for progress figures and for choosing how many workers to start;
    0 for one that cannot be read (reading it reports why, so it is not an error here)."""
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def plan(paths: Iterable[str], suffixes: tuple[str, ...]) -> tuple[list[str], int]:
    """The files a command will read (folders searched for `suffixes`) and their total size."""
    files = list(expand_paths(paths, suffixes))
    return files, sum(map(file_size, files))
