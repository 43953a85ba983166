"""Exact and near duplicates: copies found, the earliest publication is the original, whatever the order."""

from __future__ import annotations

from tidings.fuse.duplicates import DocText, find_duplicates
from tidings.ids import sha256_text

STORY = (
    "Brazilian President Luiz Inacio Lula da Silva and Argentine President Alberto Fernandez signed an energy "
    "cooperation agreement in Buenos Aires on Thursday, officials said. The agreement covers a gas pipeline from the "
    "Vaca Muerta field to southern Brazil. Lula also met Argentine Economy Minister Sergio Massa on Wednesday to "
    "discuss financing for the pipeline. Brazil and Argentina founded the Mercosur trade bloc together in 1991 with "
    "Paraguay and Uruguay, and both governments said the pipeline would be finished within two years."
)
OTHER = (
    "A magnitude 6.0 earthquake struck the Napa Valley early on Sunday, injuring more than 100 people and damaging "
    "historic buildings in downtown Napa, the U.S. Geological Survey said. Governor Jerry Brown declared a state of "
    "emergency in Napa County on Sunday."
)


def doc(doc_id: str, text: str, published: str | None = None) -> DocText:
    return DocText(doc_id, text, sha256_text(text), published)


def test_exact_copy_points_at_the_earlier_publication() -> None:
    docs = [doc("z-late", STORY, "2023-08-30"), doc("a-early", STORY, "2023-05-12")]
    (dup,) = find_duplicates(docs)
    assert (dup.copy, dup.original, dup.kind) == ("z-late", "a-early", "exact")


def test_near_copy_with_a_changed_ending_is_found() -> None:
    edited = STORY.replace("within two years", "by the end of 2025") + " Read more on our website."
    (dup,) = find_duplicates([doc("b", edited, "2023-05-13"), doc("a", STORY, "2023-05-12")])
    assert (dup.copy, dup.original, dup.kind) == ("b", "a", "near")
    assert dup.similarity >= 0.8


def test_different_articles_are_not_duplicates() -> None:
    assert find_duplicates([doc("a", STORY), doc("b", OTHER)]) == []


def test_result_does_not_depend_on_input_order() -> None:
    docs = [doc("c", STORY, "2024-01-01"), doc("a", STORY, "2023-01-01"), doc("b", STORY + " Updated.", None)]
    assert find_duplicates(docs) == find_duplicates(list(reversed(docs)))
    assert {d.original for d in find_duplicates(docs)} == {"a"}
