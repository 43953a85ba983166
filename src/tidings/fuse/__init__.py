"""Cross-document fusion: one entry per happening, on the right date, citing every source.

`fuse_store(store, settings)` runs after documents are stored. A full pass recomputes everything from
the stored documents, so the result never depends on the order they were ingested in; a later batch is
fused incrementally, over the region of the store its documents can change (`incremental`):

1. duplicates (`duplicates`): exact and near copies, the earliest publication being the original;
2. stories (`stories`): documents that report the same happenings, in any wording;
3. dates (`reconcile`): a document whose relative dates only agree with other reports once resolved
   against another reference date is re-anchored (story date basis "linked", a note saying why, and
   "repost of <doc id>" when its page date is a re-publication date); its analysis is re-run;
4. happenings (`coreference`): mentions (coded events, dated statements, dated facts) of one happening
   are merged, with counts of mentions, sources and articles as GDELT reports them.
"""

from __future__ import annotations

from typing import Any

from tidings.config import Settings
from tidings.fuse.apply import Fusion, FusionReport
from tidings.store import Store


def fuse_store(store: Store, settings: Settings, analyzer: Any = None, force: bool = False,
               full: bool = False, finder: Any = None) -> FusionReport:
    """Fuse the documents no pass has seen (incrementally, `tidings.fuse.incremental`), or recompute
    duplicates, stories, story dates and happenings over the whole store (`full`, or when the fusion
    code or knowledge changed since the last pass).

    `analyzer` re-runs the per-document analysis against another story date (default: spaCy +
    the settings' `tidings.analysis.Analyzer`); tests pass a lighter one. `force` makes a full pass even
    when no document changed: review corrections change events, not documents, and happenings must be
    rebuilt from the corrected events. `finder` searches the new documents' candidates (default: in this
    process; `tidings.engines.dask.dask_finder` maps the search over a Dask cluster).
    """
    return Fusion(store, settings, analyzer, finder).run(force=force, full=full)


__all__ = ["FusionReport", "fuse_store"]
