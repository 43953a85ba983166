"""Read articles from files, directories, globs and standard input: paths -> RawDocument | Failure.

Each input is read on its own: whatever goes wrong with one (missing, empty, binary, undecodable,
too large, unsupported, a broken record, a corrupt archive) becomes a coded `Failure` record and the
next input is read. Formats, columns, limits and codes: docs/inputs.md.
"""

from __future__ import annotations

import errno
import glob
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from tidings.config import Settings
from tidings.errors import TidingsError
from tidings.ids import path_origin
from tidings.readers.feeds import read_feed
from tidings.readers.html import read_html
from tidings.readers.streams import open_input, read_limited, replay
from tidings.readers.tabular import read_csv, read_jsonl
from tidings.readers.text import read_text
from tidings.readers.warc import read_warc
from tidings.records import Failure, RawDocument

__all__ = ["FORMATS", "read_inputs"]

Item = RawDocument | Failure
# extension (after an optional .gz) -> format name
FORMATS = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "tsv",
    ".warc": "warc",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}  # fmt: skip
_GLOB_CHARS = frozenset("*?[")
STDIN_ORIGIN = "<stdin>"


def file_format(path: Path) -> str | None:
    """The format a file's name announces: "report.jsonl.gz" -> "jsonl"."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return FORMATS.get(suffixes[-1]) if suffixes else None


def _failure(exc: TidingsError, stage: str = "read") -> Failure:
    return Failure(exc.origin, stage, exc.code, exc.message)


def _whole(path: Path, origin: str, settings: Settings, read: Callable[[bytes, str, Settings], Item]) -> Item:
    with open_input(path, origin, settings) as stream:
        data = read_limited(stream, origin, settings.max_document_bytes)
    return read(data, origin, settings)


def _read_file(path: Path, settings: Settings) -> Iterator[Item]:
    origin = path_origin(path)
    fmt = file_format(path)
    if fmt is None:
        raise TidingsError("T105", origin, f"unknown extension {''.join(path.suffixes) or '(none)'}")
    if path.stat().st_size == 0:
        raise TidingsError("T101", origin, "the file is empty")
    if fmt == "text":
        yield _whole(path, origin, settings, read_text)
    elif fmt == "html":
        yield _whole(path, origin, settings, read_html)
    elif fmt == "warc":
        yield from read_warc(path, origin, settings)
    elif fmt == "feed":
        with open_input(path, origin, settings) as stream:
            data = read_limited(stream, origin, settings.max_archive_member_bytes)
        yield from read_feed(data, origin, settings)
    else:
        with open_input(path, origin, settings) as stream:
            if fmt == "jsonl":
                yield from read_jsonl(stream, origin, settings)
            else:
                yield from read_csv(stream, origin, settings, "\t" if fmt == "tsv" else ",")


def _guarded(origin: str, items: Iterator[Item], default_code: str) -> Iterator[Item]:
    """The items of one input; an error ends that input with a Failure, never the whole run."""
    try:
        yield from items
    except TidingsError as exc:
        yield _failure(exc)
    except FileNotFoundError:
        yield _failure(TidingsError("T100", origin, "the file disappeared while reading"))
    except OSError as exc:
        yield _failure(TidingsError("T100", origin, f"cannot read it ({exc.strerror or exc})"))
    except UnicodeDecodeError as exc:
        yield _failure(TidingsError("T103", origin, str(exc)))
    except Exception as exc:  # a reader bug or a library's surprise must not stop the batch
        yield _failure(TidingsError(default_code, origin, f"unreadable ({exc.__class__.__name__}: {exc})"))


def _directory_files(directory: Path) -> Iterator[Path | Failure]:
    """Supported files below a directory, in a stable order; hidden files and folders are skipped.

    What cannot be looked into is reported, never skipped in silence: a folder that cannot be listed
    (T100), a link to nothing or a link that loops (T100)."""
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError as exc:
        yield _failure(TidingsError("T100", path_origin(directory), f"cannot read this folder ({_why(exc)})"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir():
                if not entry.is_symlink():  # a linked folder could lead back up: only real sub-folders
                    yield from _directory_files(path)
                continue
            if entry.is_symlink() and not entry.is_file():  # whatever its name: a link is put there on purpose
                yield _failure(TidingsError("T100", path_origin(path), _broken_link(path)))
            elif entry.is_file() and file_format(path):
                yield path.resolve()  # a linked file is known by its target, as when named directly
        except (OSError, RuntimeError) as exc:  # RuntimeError: resolve() met a loop made meanwhile
            yield _failure(TidingsError("T100", path_origin(path), _unlookable(exc)))


def _broken_link(path: Path) -> str:
    """Why a link to a file leads nowhere: it loops, or its target does not exist."""
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symbolic link that loops back on itself"
        return f"a broken symbolic link (its target {path_origin(os.readlink(path))} {_why(exc)})"
    return "a symbolic link to something that is not a file"


def _unlookable(exc: OSError | RuntimeError) -> str:
    if isinstance(exc, RuntimeError) or exc.errno == errno.ELOOP:
        return "a symbolic link that loops back on itself"
    return f"cannot look at it ({_why(exc)})"


def _why(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower() if exc.errno != errno.ENOENT else "does not exist"


def expand_path(arg: str) -> Iterator[Path | Failure]:
    """The files an argument names: a file, a directory's supported files, or a glob's matches."""
    path = Path(arg).expanduser()
    if path.is_dir():
        found = False
        for item in _directory_files(path.resolve()):
            found = True
            yield item
        if not found:
            yield _failure(TidingsError("T105", path_origin(path.resolve()), "no supported files in this directory"))
    elif path.exists():
        yield path.resolve()
    elif path.is_symlink():
        yield _failure(TidingsError("T100", path_origin(path.absolute()), _broken_link(path)))
    elif _GLOB_CHARS & set(arg):
        matches = sorted(Path(m) for m in glob.glob(str(path), recursive=True))
        if not matches:
            yield _failure(TidingsError("T100", path_origin(arg), "no file matches this pattern"))
        for match in matches:
            yield from expand_path(str(match))
    else:
        yield _failure(TidingsError("T100", path_origin(path.absolute()), "no such file or directory"))


def _sniff_stdin(stream: BinaryIO, settings: Settings) -> Iterator[Item]:
    """Standard input holds one article (text or HTML), JSON lines, a feed or a WARC: look at its start."""
    head = stream.read(4096)
    whole = replay(head, stream)
    start = head.lstrip()[:200].lower()
    if not start:
        raise TidingsError("T101", STDIN_ORIGIN, "standard input is empty")
    if start.startswith(b"{"):
        yield from read_jsonl(whole, STDIN_ORIGIN, settings)
        return
    data = read_limited(whole, STDIN_ORIGIN, settings.max_document_bytes)
    if start.startswith((b"<rss", b"<feed")) or (start.startswith(b"<?xml") and b"<html" not in start):
        yield from read_feed(data, STDIN_ORIGIN, settings)
    elif start.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<!--", b"<div", b"<meta")):
        yield read_html(data, STDIN_ORIGIN, settings)
    else:
        yield read_text(data, STDIN_ORIGIN, settings)


def read_inputs(paths: Sequence[str], settings: Settings, stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Every document (or failure) the inputs hold, input by input, in the order given.

    `-` reads standard input (or `stdin` when given). A directory is read recursively in sorted
    order; its files with unsupported extensions are skipped, not reported.
    """
    for arg in paths:
        if arg == "-":
            source = stdin if stdin is not None else sys.stdin.buffer
            yield from _guarded(STDIN_ORIGIN, _sniff_stdin(source, settings), "T102")
            continue
        for item in expand_path(arg):
            if isinstance(item, Failure):
                yield item
            else:
                code = "T108" if item.suffix.lower() in (".gz", ".warc") else "T106"
                yield from _guarded(path_origin(item), _read_file(item, settings), code)
