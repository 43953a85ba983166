"""Cross-document fusion: one entry per happening, on the right date, citing every source.

`fuse_store(store, settings)` runs after documents are stored and recomputes everything from the
stored documents, so the result never depends on the order they were ingested in:

1. duplicates (`duplicates`): exact and near copies, the earliest publication being the original;
2. stories (`stories`): documents that report the same happenings, in any wording;
3. dates (`reconcile`): a document whose relative dates only agree with other reports once resolved
   against another reference date is re-anchored (story date basis "linked", a note saying why, and
   "repost of <doc id>" when its page date is a re-publication date); its analysis is re-run;
4. happenings (`coreference`): mentions (coded events, dated statements, dated facts) of one happening
   are merged, with counts of mentions, sources and articles as GDELT reports them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tidings.config import Settings
from tidings.fuse.apply import Fusion
from tidings.store import Store


@dataclass
class FusionReport:
    """What a fusion pass found and changed."""

    documents: int = 0
    duplicates: int = 0
    stories: int = 0
    reanchored: list[str] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)
    reposts: list[str] = field(default_factory=list)
    happenings: int = 0
    mentions: int = 0
    skipped: bool = False  # the store was exactly as the last pass left it: nothing recomputed

    def as_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "duplicates": self.duplicates, "stories": self.stories,
                "reanchored": self.reanchored, "restored": self.restored, "reposts": self.reposts,
                "happenings": self.happenings, "mentions": self.mentions, "skipped": self.skipped}


def fuse_store(store: Store, settings: Settings, analyzer: Any = None) -> FusionReport:
    """Recompute duplicates, stories, story dates and happenings over the whole store.

    `analyzer` re-runs the per-document analysis against another story date (default: spaCy +
    `tidings.pipeline.analyze`); tests pass a lighter one.
    """
    fusion = Fusion(store, settings, analyzer)
    result = fusion.run()
    return FusionReport(
        documents=result.documents, duplicates=result.duplicates, stories=result.stories,
        reanchored=result.reanchored, restored=result.restored, reposts=result.reposts,
        happenings=result.happenings, mentions=result.mentions, skipped=result.skipped,
    )


__all__ = ["FusionReport", "fuse_store"]
