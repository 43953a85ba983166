"""Coded, actionable errors.

Every error a user can meet has a code and a message that says what happened and how to fix it.
One bad article never stops a batch: readers and stages raise `TidingsError`, the orchestrator turns
it into a `Failure` record and goes on.

Exit statuses of the CLI: 0 all inputs processed, 1 some inputs failed, 2 usage error,
3 nothing could be processed.
"""

from __future__ import annotations

import re
from importlib.util import find_spec

from tidings.ids import escape_surrogates

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_ALL_FAILED = 3

# code -> (short name, how to fix)
CODES: dict[str, tuple[str, str]] = {
    "T100": ("input not found", "check the path; use '-' to read from standard input"),
    "T101": ("empty input", "the file has no text; remove it or re-download the article"),
    "T102": ("binary input", "this is not text or HTML; pass only .txt, .html, .jsonl, .csv, .warc or feed files"),
    "T103": ("undecodable text", "save the file as UTF-8 or give its encoding with --encoding"),
    "T104": ("input too large",
             "split the input into smaller documents, or raise TIDINGS_MAX_DOCUMENT_BYTES if that limit was hit"),
    "T105": ("unsupported format",
             "convert it to .txt, .html, .jsonl, .csv, .warc or an .rss/.atom/.xml feed (any may be .gz)"),
    "T106": ("bad record", "fix the JSONL line (a JSON object with a 'text' field) or CSV row, or remove it"),
    "T107": ("no main text", "the page has no article text that could be extracted"),
    "T108": ("unreadable archive", "the archive is truncated or corrupt; re-download it"),
    "T109": ("not a tidings dataset",
             "pass a folder written by 'tidings ingest --engine dask' or 'tidings export --format parquet'"),
    "T201": ("analysis failed", "report this as a bug with the input attached"),
    "T301": ("store error", "check that the database path is writable and not on a full disk"),
    "T302": ("store busy", "another ingest is writing to this store; wait for it or use another --db"),
    "T303": ("store schema too new", "upgrade tidings to open this store"),
    "T304": ("no store here", "run 'tidings ingest PATH' first, or pass --db / set TIDINGS_DB"),
    "T305": ("not a tidings store",
             "pass the path of a tidings store or of a new file; tidings never writes into another program's file"),
    "T306": ("store damaged",
             "the file is corrupt: restore it from a backup, or ingest the articles again into a new --db"),
    "T401": ("model not installed", "install the spaCy English model: see README 'Install'"),
    "T402": ("optional part not installed", "install the extra the message names, e.g. pip install 'tidings[web]'"),
    "T501": ("bad setting", "fix the value in the settings file or the TIDINGS_* variable"),
    "T502": ("Dask scheduler unreachable", "check the --scheduler address, or leave it out to start a local cluster"),
}


# extra -> the modules it brings (pyproject.toml [project.optional-dependencies]); the core reads,
# analyses, stores, fuses and exports without them
EXTRAS: dict[str, tuple[str, ...]] = {
    "web": ("fastapi", "uvicorn", "jinja2"),
    "scale": ("dask", "distributed"),
    "charts": ("matplotlib",),
}


def require_extra(extra: str, needed_by: str) -> None:
    """Raise T402 naming the extra to install when a module of `extra` is missing.

    Checked before the command starts, so a user without the web server or the cluster libraries gets
    one line that says what to install rather than an ImportError trace halfway through.
    """
    missing = [m for m in EXTRAS[extra] if find_spec(m) is None]
    if missing:
        raise TidingsError("T402", needed_by, f"needs {', '.join(missing)} from the '{extra}' extra: "
                                              f"pip install 'tidings[{extra}]'")


class TidingsError(Exception):
    """An error with a code, the input it concerns and a fix; str() is the one-line message."""

    def __init__(self, code: str, origin: str, detail: str = "") -> None:
        self.code = code
        self.origin = origin
        self.detail = detail
        super().__init__(self.message)

    @property
    def message(self) -> str:
        name, fix = CODES.get(self.code, ("error", ""))
        what = f"{name}: {self.detail}" if self.detail else name
        return _one_line(f"{self.code} {self.origin}: {what} (fix: {fix})")


_LINE_BREAKS = {"\r": "\\r", "\n": "\\n", "\t": "\\t", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _one_line(text: str) -> str:
    """Line breaks and other control characters (a file name or a library message may hold some)
    escaped, so a message is one line a terminal prints as it is; undecodable bytes of a file name
    shown as `\\xNN` (ids.escape_surrogates), so the message can always be written and stored."""
    return _UNSAFE.sub(lambda m: _LINE_BREAKS.get(m.group(), f"\\x{ord(m.group()):02x}"), escape_surrogates(text))
