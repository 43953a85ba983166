"""Optional extras: a command that needs a missing one says which to install, in one line, exit 2.

The plain install in `.ci/run` has no extras and runs `tidings serve` for real; here the missing
module is one that no environment has, so the check runs the same code on any machine.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import tidings.errors as errors
from tidings.cli import app
from tidings.errors import EXTRAS, TidingsError, require_extra


@pytest.fixture
def web_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(errors.EXTRAS, "web", (*EXTRAS["web"], "tidings_no_such_module"))


def test_installed_extras_pass() -> None:
    for extra in EXTRAS:
        require_extra(extra, "test")  # the test environment installs tidings[all]


def test_a_missing_module_names_the_extra(web_missing: None) -> None:
    with pytest.raises(TidingsError) as caught:
        require_extra("web", "tidings serve")
    assert caught.value.code == "T402"
    assert "tidings_no_such_module" in caught.value.message
    assert "pip install 'tidings[web]'" in caught.value.message
    assert "fastapi" not in caught.value.message  # only what is missing


def test_serve_without_the_web_extra_is_one_line(web_missing: None, tmp_path: object) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", f"{tmp_path}/x.db"])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("T402 tidings serve:")


def test_every_extra_is_declared_in_pyproject() -> None:
    import tomllib
    from pathlib import Path

    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())["project"]
    declared = project["optional-dependencies"]
    assert set(EXTRAS) <= set(declared)
    assert "tidings[all]" in declared["test"]
