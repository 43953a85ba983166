"""Imports follow the flow: no cycle among tidings' modules and no import from a lower layer to a higher one.

Every import counts, at module level or inside a function (a function-level import is still a
dependency, only a later one), and so do imports under `if TYPE_CHECKING:`: they never run, but two
modules that name each other's types are still one unit to change (a `Protocol` breaks such a pair). The layers,
lowest first, are the ones written below; a module belongs to the layer of its first dotted name under
`tidings` (`tidings.fuse.apply` -> fuse).

Where the cross-cutting modules sit, and why:
- errors, ids, config, records: the vocabulary every stage speaks (coded errors, stable ids, the one
  Settings object, the typed records passed between stages); they import nothing above themselves, so
  they are the floor.
- analysis (`tidings.analysis`, the one analyzer) is above the stages it chains and below the store,
  fusion and the engines, which call it.
- engines map the analyzer over batches and write stores (the Dask engine a store per partition,
  merge and watch fuse), so they sit above store and fuse; `pipeline` (ingest orchestration: pick the
  engine, then fuse) drives them from above.
- eval measures the production chain end to end (analyzer, fusion, ingest, views), so it sits above all
  it measures; only the command line runs it.
- the package itself (`tidings/__init__.py`, the public API) re-exports from every layer, so it is the
  roof: nothing inside tidings imports it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import tidings

ROOT = Path(tidings.__file__).parent
LAYERS: tuple[tuple[str, ...], ...] = (
    ("errors", "ids", "config", "records", "data"),  # data: knowledge files (a package only to ship them)
    ("readers",),
    ("clean",),
    ("nlp", "quotes", "time", "actors", "events", "facts"),  # the analysis stages
    ("analysis",),
    ("store",),
    ("fuse",),
    ("engines",),
    ("pipeline",),
    ("views",),
    ("eval",),
    ("web",),
    ("cli", "__main__"),
)
ROOF = len(LAYERS)  # the package itself: tidings/__init__.py


def module_files() -> dict[str, Path]:
    found = {}
    for path in ROOT.rglob("*.py"):
        parts = ("tidings", *path.relative_to(ROOT).with_suffix("").parts)
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


MODULES = module_files()


def layer(module: str) -> int:
    if module == "tidings":
        return ROOF
    top = module.split(".")[1]
    for rank, names in enumerate(LAYERS):
        if top in names:
            return rank
    raise AssertionError(f"{module} is in no layer: add its top-level name to LAYERS")


def imported(module: str, path: Path) -> dict[str, int]:
    """The tidings modules `module` imports (package and submodules, as Python runs them) -> line."""
    found: dict[str, int] = {}
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = module.split(".") if is_package else module.split(".")[:-1]
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            names = [base, *(f"{base}.{a.name}" for a in node.names)]
        for name in names:
            while name and name not in MODULES:
                name = name.rpartition(".")[0]
            if name and name != module:
                found.setdefault(name, node.lineno)  # type: ignore[attr-defined]
    return found


GRAPH = {m: imported(m, p) for m, p in MODULES.items()}


def cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """Strongly connected sets of two or more modules (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_every_module_is_in_a_layer() -> None:
    for module in MODULES:
        layer(module)


def test_no_import_cycle() -> None:
    assert cycles(GRAPH) == []


def test_no_import_reaches_up_a_layer() -> None:
    upward = [f"{m}:{line} imports {t}" for m, targets in sorted(GRAPH.items())
              for t, line in sorted(targets.items()) if layer(t) > layer(m)]
    assert upward == []


@pytest.mark.parametrize(("graph", "expected"), [
    ({"a": {"b": 1}, "b": {"a": 1}}, [["a", "b"]]),
    ({"a": {"b": 1}, "b": {"c": 1}, "c": {}}, []),
])
def test_the_cycle_finder_finds_cycles(graph: dict[str, dict[str, int]], expected: list[list[str]]) -> None:
    assert cycles(graph) == expected


def test_function_level_and_type_checking_imports(tmp_path: Path) -> None:
    path = tmp_path / "probe.py"
    path.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from tidings.store import Store\n"
                    "def f():\n    from tidings.fuse import fuse_store\n", encoding="utf-8")
    found = imported("tidings.clean.probe", path)
    assert "tidings.fuse" in found and "tidings.store" in found
