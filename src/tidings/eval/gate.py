"""Evaluations as gates: every gated evaluation's figures against the committed baseline.

The baseline (`tidings/data/eval/baseline.json`) holds, per evaluation, the SHA-256 of the corpus it
was measured on and a bound per figure: a floor (the figure may not fall below it) or a ceiling (a
count of wrong things that may not grow). `check` compares fresh figures with it: a figure below its
floor or above its ceiling, a figure missing, or a corpus whose bytes changed fails the gate (a changed
corpus makes every earlier figure meaningless). `rebaseline` writes the bounds from fresh figures: the
lead refreshes them after merging work that moves a figure, so that the gate then holds the new level.

Every evaluation runs the production chain: the analyzer of the user's settings (`tidings.analysis`),
and for the article sets a real ingest into a temporary store, fusion included, read back through the
same views as `tidings events`/`timeline`/`docs`, scored by the shared scorers.
"""

from __future__ import annotations

import hashlib
import json
import math
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from importlib.resources import files
from pathlib import Path
from typing import Any

from tidings.config import Settings

Figures = dict[str, float]
Runner = Callable[[Path, Settings], Figures]
BASELINE = Path(str(files("tidings") / "data" / "eval" / "baseline.json"))


@dataclass(frozen=True)
class Evaluation:
    """One gated evaluation: its corpus (paths under the shared folder), its figures and their bounds."""

    name: str
    corpus: tuple[str, ...]
    run: Runner
    ceilings: frozenset[str] = frozenset()  # figures that count wrong things: lower is better
    ci: bool = True  # cheap enough for .ci/run (all ci evaluations together take under 5 minutes)


def corpus_sha256(shared: Path, paths: Iterable[str]) -> str:
    """SHA-256 over every file of the corpus (folders walked in name order), names included."""
    digest = hashlib.sha256()
    for rel in paths:
        root = shared / rel
        members = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        for path in members:
            digest.update(str(path.relative_to(shared)).encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _rates(tally: dict[str, Any], names: Iterable[str], prefix: str = "") -> Figures:
    return {prefix + n: float(tally[n]["rate"]) for n in names if n in tally}


def _halves(split: Any, names: tuple[str, ...]) -> Figures:
    """A split tally's figures on the whole set (plain names) and on its check half (`check_` names):
    the check half is the one rules were not written against, so it is gated on its own."""
    by_half = split.as_dict()
    return {**_rates(by_half["all"], names), **_rates(by_half["check"], names, "check_")}


def _coder(settings: Settings, actors: Any = None, book: Any = None) -> Callable[[list[tuple[str, str | None]]], Any]:
    """The evaluations' coder: the analyzer of `settings`, optionally with another actor base or book."""
    from tidings.analysis import analyzer_for

    analyzer = analyzer_for(settings)
    analyzer = replace(analyzer, actors=actors if actors is not None else analyzer.actors,
                       book=book if book is not None else analyzer.book)
    return lambda items: list(analyzer.code_texts(items))


PLOVER = "event_coding_gold/plover_gsr/PLOVER_GSR_dev.json"
QUAD = "event_coding_gold/conflibert_cameo/cameo_class_train.tsv"
PETRARCH = "event_coding_gold/petrarch"


def run_plover(shared: Path, settings: Settings) -> Figures:
    from tidings.eval.events import load_plover_gsr, score_plover

    tally, _ = score_plover(load_plover_gsr(shared / PLOVER), _coder(settings))
    return _halves(tally, ("event_type", "has_event_recall", "source_country", "target_country"))


def run_quad(shared: Path, settings: Settings) -> Figures:
    from tidings.eval.events import load_quad, score_quad

    tally, _ = score_quad(load_quad(shared / QUAD), _coder(settings))
    return _halves(tally, ("quad_accuracy", "quad_accuracy_strict", "coded_class_precision"))


def run_petrarch(shared: Path, settings: Settings) -> Figures:
    from tidings.actors import ActorBase
    from tidings.eval.events import load_petrarch, score_petrarch
    from tidings.events.petrarch import book_from_petrarch

    folder = shared / PETRARCH
    actors = ActorBase.from_petrarch(folder / "PETR.Validate.actors.txt", folder / "PETR.Validate.agents.txt")
    book = book_from_petrarch(folder / "PETR.Validate.verbs.txt")
    tally, _ = score_petrarch(load_petrarch(folder / "PETR.UnitTest.records.xml"), _coder(settings, actors, book))
    return _halves(tally, ("codings",))


MEANTIME = "data/temporal/meantime_newsreader_english_oct15/intra-doc_annotation"


def run_meantime(shared: Path, settings: Settings) -> Figures:
    from tidings.analysis import analyzer_for
    from tidings.eval.timex import benchmark

    reports = {r.name: r.figures() for r in benchmark(shared / MEANTIME, analyzer_for(settings).nlp, False)}
    spans, e2e = reports["tidings gold spans (DATE)"], reports["tidings end-to-end (DATE)"]
    return {"date_value_accuracy": round(spans["value_r"], 3), "date_value_f1": round(e2e["value_f1"], 3),
            "date_relaxed_f1": round(e2e["relaxed_f1"], 3)}


ECBPLUS = "corpora/ecbplus/ECB+.tar.gz"


def run_ecbplus(shared: Path, settings: Settings) -> Figures:
    from tidings.eval.fusion import evaluate_ecbplus

    result = evaluate_ecbplus(shared / ECBPLUS)
    return {"bcubed_f1": float(result["bcubed_f1"]), "topics_f1_below_0_8": float(len(result["topics_f1_below_0_8"])),
            "lookalike_topics_kept_apart": float(result["lookalikes"]["kept_apart"])}


def _score(shared: Path, scorer: str, gold: Path, system: Path, patch: tuple[str, str] | None = None) -> dict[str, Any]:
    """A shared scorer's --json figures (optionally a copy with one expression patched, see `run_seeds`)."""
    script = shared / "tools" / scorer
    if patch is not None:
        source = script.read_text(encoding="utf-8")
        script = system.parent / scorer
        script.write_text(source.replace(*patch), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(gold), str(system), "--json"], capture_output=True,
                          text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def ingest_folder(inputs: Path, work: Path, settings: Settings) -> Path:
    """A real ingest (fusion included) of `inputs` into a fresh store in `work`; the store's path."""
    from tidings.pipeline import ingest
    from tidings.store import Store

    db = work / "eval.db"
    with Store(str(db)) as store:
        ingest([str(inputs)], store, settings.replace(db=str(db)), workers=1)
    return db


def export_events(db: Path, out: Path) -> Path:
    """The store's events as `tidings events --format jsonl` prints them."""
    from tidings.store import Store
    from tidings.views.rows import query_events

    with Store(str(db), readonly=True) as store:
        out.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in query_events(store)),
                       encoding="utf-8")
    return out


SEEDS = ("seeds", "gold/seeds")
# The shared score_events.py adds None to an int when a non-reciprocal gold event gets wrong actors;
# the copy run here wraps that one expression in bool() (as `tidings eval events --only seeds` does).
EVENTS_PATCH = ("ok_actors = (ss, st) == (gs, gt) or (g.get(\"reciprocal\") and (ss, st) == (gt, gs))",
                "ok_actors = bool((ss, st) == (gs, gt) or (g.get(\"reciprocal\") and (ss, st) == (gt, gs)))")


def run_seeds(shared: Path, settings: Settings) -> Figures:
    from tidings.store import Store
    from tidings.store.fusion_tables import document_fusion
    from tidings.views.rows import document_json
    from tidings.views.timeline import build_timeline, render_json

    with tempfile.TemporaryDirectory(prefix="tidings-gate-") as folder:
        work = Path(folder)
        db = ingest_folder(shared / "seeds", work, settings)
        events = _score(shared, "score_events.py", shared / "gold/seeds/events.json",
                        export_events(db, work / "events.jsonl"), EVENTS_PATCH)
        with Store(str(db), readonly=True) as store:
            (work / "timeline.json").write_text(render_json(build_timeline(store)), encoding="utf-8")
            fusion = document_fusion(store)
            docs = [document_json(r, fusion=fusion.get(r["id"])) for r in store.query("SELECT * FROM documents")]
        (work / "docs.json").write_text(json.dumps(docs), encoding="utf-8")
        timeline = _score(shared, "score_timeline.py", shared / "gold/seeds/timeline.json", work / "timeline.json")
        documents = _score(shared, "score_documents.py", shared / "gold/seeds/documents.json", work / "docs.json")
    figures = {f"events_{k}": float(v) for k, v in events.items() if isinstance(v, int | float)}
    figures |= {f"timeline_{k}": float(v) for k, v in timeline.items() if k != "entries"}
    figures["documents_passed"] = float(documents["passed"])
    return figures


REALNEWS = "gold/realnews/dev.json"


def realnews_corpus(shared: Path) -> tuple[str, ...]:
    gold = json.loads((shared / REALNEWS).read_text(encoding="utf-8"))
    return (REALNEWS, *sorted(a["file"] for a in gold["articles"]))


def realnews_halves(shared: Path, settings: Settings) -> dict[str, dict[str, Any]]:
    """The real-news dev gold scored on the whole set and on each half of the fixed split: the 20 gold
    pages ingested into a fresh store, events exported, `tools/score_realnews.py` on each gold file."""
    import gzip

    from tidings.eval.split import split_keys

    gold = json.loads((shared / REALNEWS).read_text(encoding="utf-8"))
    tune, check = split_keys(a["id"] for a in gold["articles"])
    with tempfile.TemporaryDirectory(prefix="tidings-realnews-") as folder:
        work = Path(folder)
        pages = work / "pages"
        pages.mkdir()
        for article in gold["articles"]:
            (pages / f"{article['id']}.html").write_bytes(gzip.decompress((shared / article["file"]).read_bytes()))
        events = export_events(ingest_folder(pages, work, settings), work / "events.jsonl")
        results = {"all": _score(shared, "score_realnews.py", shared / REALNEWS, events)}
        for name, keys in (("tune", tune), ("check", check)):
            part = work / f"gold-{name}.json"
            part.write_text(json.dumps(dict(gold, articles=[a for a in gold["articles"] if a["id"] in keys])),
                            encoding="utf-8")
            results[name] = _score(shared, "score_realnews.py", part, events)
    return results


def run_realnews(shared: Path, settings: Settings) -> Figures:
    figures: Figures = {}
    for half, result in realnews_halves(shared, settings).items():
        for key in ("recall", "precision", "all_right", "non_event_hits"):
            figures[f"{half}_{key}"] = float(result[key])
    return figures


EVALUATIONS: dict[str, Evaluation] = {e.name: e for e in (
    Evaluation("seeds", SEEDS, run_seeds, frozenset({"events_false_positive_events", "timeline_wrong_dates"})),
    Evaluation("plover", (PLOVER,), run_plover),
    Evaluation("petrarch", (PETRARCH,), run_petrarch),
    Evaluation("quad", (QUAD,), run_quad),
    Evaluation("realnews", (REALNEWS,), run_realnews,
               frozenset({"all_non_event_hits", "tune_non_event_hits", "check_non_event_hits"})),
    Evaluation("meantime", (MEANTIME,), run_meantime),
    Evaluation("ecbplus", (ECBPLUS,), run_ecbplus, frozenset({"topics_f1_below_0_8"})),
)}


def corpus_of(evaluation: Evaluation, shared: Path) -> tuple[str, ...]:
    return realnews_corpus(shared) if evaluation.name == "realnews" else evaluation.corpus


def measure(names: Iterable[str], shared: Path, settings: Settings,
            progress: Callable[[str], None] | None = None) -> dict[str, dict[str, Any]]:
    """Fresh figures and corpus hashes of the named evaluations."""
    results: dict[str, dict[str, Any]] = {}
    for name in names:
        evaluation = EVALUATIONS[name]
        if progress:
            progress(name)
        started = time.perf_counter()
        figures = evaluation.run(shared, settings)
        results[name] = {"sha256": corpus_sha256(shared, corpus_of(evaluation, shared)), "figures": figures,
                         "seconds": round(time.perf_counter() - started, 1)}
    return results


def load_baseline(path: Path = BASELINE) -> dict[str, Any]:
    return dict(json.loads(path.read_text(encoding="utf-8"))) if path.is_file() else {"evaluations": {}}


def check(results: dict[str, dict[str, Any]], baseline: dict[str, Any]) -> list[str]:
    """One line per broken bound, missing figure or changed corpus; empty when the gate holds."""
    problems: list[str] = []
    for name, result in results.items():
        expected = baseline["evaluations"].get(name)
        if expected is None:
            problems.append(f"{name}: not in the baseline (write it with 'tidings eval --rebaseline')")
            continue
        if expected["sha256"] != result["sha256"]:
            problems.append(f"{name}: the corpus changed (sha256 {result['sha256'][:12]}, baseline "
                            f"{expected['sha256'][:12]}): re-measure and rebaseline on purpose")
        for figure, bound in sorted(expected["bounds"].items()):
            got = result["figures"].get(figure)
            if got is None:
                problems.append(f"{name}.{figure}: not measured any more")
            elif "floor" in bound and got < bound["floor"]:
                problems.append(f"{name}.{figure}: {got} below the floor {bound['floor']}")
            elif "ceiling" in bound and got > bound["ceiling"]:
                problems.append(f"{name}.{figure}: {got} above the ceiling {bound['ceiling']}")
    return problems


def rebaseline(results: dict[str, dict[str, Any]], baseline: dict[str, Any]) -> dict[str, Any]:
    """The baseline with the measured evaluations' bounds set to today's figures (others kept)."""
    evaluations = dict(baseline.get("evaluations", {}))
    for name, result in results.items():
        ceilings = EVALUATIONS[name].ceilings
        bounds = {f: ({"ceiling": v} if f in ceilings else {"floor": math.floor(v * 1000 + 1e-9) / 1000})
                  for f, v in sorted(result["figures"].items())}
        evaluations[name] = {"sha256": result["sha256"], "corpus": list(EVALUATIONS[name].corpus),
                             "ci": EVALUATIONS[name].ci, "seconds": result["seconds"], "bounds": bounds}
    return {"about": baseline.get("about", ABOUT), "evaluations": dict(sorted(evaluations.items()))}


ABOUT = ("Floors (and ceilings for counts of wrong things) of every gated evaluation, with the SHA-256 of the "
         "corpus measured (paths under the shared folder). Checked by 'tidings eval --gate'; rewritten from "
         "current figures by 'tidings eval --rebaseline'.")


def write_baseline(baseline: dict[str, Any], path: Path = BASELINE) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(baseline, indent=1) + "\n", encoding="utf-8")


__all__ = ["BASELINE", "EVALUATIONS", "Evaluation", "check", "corpus_sha256", "load_baseline", "measure",
           "realnews_halves", "rebaseline", "write_baseline"]
