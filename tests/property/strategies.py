"""Hypothesis strategies for news-like and hostile inputs, shared by the property suites.

Why these shapes: random Unicode alone rarely reaches the interesting code (dates, actors, verbs), so
texts mix real sentences of the example corpus, temporal fragments (valid, impossible and extreme),
actor-like names and random noise; byte inputs are real article files mutated by truncation, bit
flips, inserted NULs/BOMs/surrogates and spliced markup.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from reliability.synthetic import EXAMPLES, example_sentences

SENTENCES = example_sentences()
ARTICLES = [p.read_bytes() for p in sorted(EXAMPLES.glob("*.txt"))]

# Temporal fragments: ordinary, relative, impossible and extreme ones.
TEMPORAL = [
    "on March 5", "last Tuesday", "next week", "yesterday", "in 2019", "on 31 February 2020", "the year 0",
    "10000 BC", "in the 1990s", "next century", "9999-12-31", "December 31, 9999", "0000-00-00", "Q5 2024",
    "the first quarter of 2024", "99999999999 years ago", "32nd of May", "2024-02-30", "since 1991",
    "until the end of the month", "from April to June", "between 2001 and 1999", "every Monday", "for 25 years",
    "three days later", "the following day", "early 2023", "mid-September", "H2 2025", "FY2024", "1/13/2024",
    "13/13/13", "2024-W53", "2024-W99", "T25:61", "at 25:00", "April 31", "29 February 2023", "Sept. 10-12",
    "the 21st century", "0001-01-01", "year 12345", "the past 30 years", "this year", "今年", "2024年3月5日",
]
NAMES = ["Xi Jinping", "Tokayev", "Kazakhstan", "China", "the UN", "NATO", "Beijing", "Astana", "Putin",
         "the Ministry of Foreign Affairs", "Hamas", "the Kremlin", "Ding Xuexiang", "President"]
ANCHORS = st.one_of(
    st.none(), st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(["", "2024", "2024-03", "2024-13-45", "0000-00-00", "9999-12-31", "0001-01-01", "2024-W10",
                     "2024-02-30", "junk", "2024-02-29T25:00", "2024-Q1", "XXXX-03-05", "PRESENT_REF"]),
    st.text(max_size=12),
)


def fuzz_settings(default: int) -> settings:
    """Bounded examples for CI; `TIDINGS_FUZZ_EXAMPLES` raises it for the long run (benchmarks/)."""
    examples = int(os.environ.get("TIDINGS_FUZZ_EXAMPLES", default))
    return settings(max_examples=examples, deadline=None, derandomize=False,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])


def piece() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(SENTENCES), st.sampled_from(TEMPORAL), st.sampled_from(NAMES),
        st.text(max_size=40),
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=20),
        st.sampled_from([".", ",", "\n", "\n\n", " ", "\t", "\u2028", "\x00", "\ufeff", "\u200b", '"', "(", ")"]),
    )


def news_text(max_pieces: int = 12) -> st.SearchStrategy[str]:
    """A text that reads partly like news and partly like noise."""
    return st.lists(piece(), max_size=max_pieces).map(lambda parts: " ".join(parts))


@st.composite
def mutated_bytes(draw: st.DrawFn, base: st.SearchStrategy[bytes] | None = None) -> bytes:
    """A real article (or `base`) damaged a few times: cut, flipped, inserted junk, spliced copies."""
    data = bytearray(draw(base if base is not None else st.sampled_from(ARTICLES)))
    for _ in range(draw(st.integers(0, 4))):
        where = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["cut", "flip", "insert", "drop", "dup"]))
        if kind == "cut":
            data = data[:where]
        elif kind == "flip" and where < len(data):
            data[where] ^= 1 << draw(st.integers(0, 7))
        elif kind == "insert":
            junk = draw(st.one_of(st.binary(max_size=16), st.sampled_from(
                [b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xed\xa0\x80", b"\xc3", b"<", b"</p>", b"\r", b"\x1a"])))
            data[where:where] = junk
        elif kind == "drop":
            del data[where:where + draw(st.integers(1, 64))]
        else:
            data[where:where] = data[max(0, where - 200):where]
    return bytes(data)


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path
