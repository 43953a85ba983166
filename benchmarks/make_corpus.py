"""Generate a synthetic news corpus of any size from real article text, for the scale benchmarks.

Paragraphs come from two real sources: the example articles (examples/china-kazakhstan, cleaned by
tidings' own cleaner, political news with events in most paragraphs) and the WCXB article pages
(../shared/corpora/wcxb, main text extracted once with trafilatura: varied 2025 web prose). Each
synthetic article recombines 2-3 example paragraphs with 6-12 WCXB paragraphs in a seeded random order,
so texts are real English of real article length (about 600 words) while no two articles are equal.

The paragraph pool is extracted once and cached in the output folder (pool.json). Articles are
written as JSON lines shards (`news-00000.jsonl`, 100 articles each) with title, published, source,
url and text fields: the shape of a news dump. Nothing is written inside the repository.

Usage:  python benchmarks/make_corpus.py --articles 1000 --out /tmp/tidings-bench/corpus-1k

`--mode stream` writes a stream of daily news instead (`benchmarks/stream_corpus.py`: many distinct
stories over time, each told with its own countries, a document relating to a bounded set of others),
the corpus the incremental-fusion benchmarks need; `--new K --new-out DIR` puts its last K articles (the
next day's news) in a folder of their own:

        python benchmarks/make_corpus.py --mode stream --articles 1000 --new 20 --out /tmp/tb/stream \\
            --new-out /tmp/tb/new20

The default mode's articles are unfit for that benchmark: they recombine the same 56 example paragraphs,
so the same background sentences recur in every document and tie all of them together.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TIDINGS_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "examples" / "china-kazakhstan"
WCXB_HTML = SHARED / "corpora" / "wcxb" / "dev" / "html"
WCEP = SHARED / "corpora" / "wcep_daily_2025-01_to_2026-04" / "events.jsonl.gz"
SHARD_SIZE = 100
MIN_PARAGRAPH_WORDS = 12
SOURCES = ("Xinhua", "Astana Times", "Reuters", "AP", "Kazinform", "Global Times", "BBC", "The Diplomat")


def _paragraphs(text: str) -> list[str]:
    paragraphs = [" ".join(p.split()) for p in text.replace("\r", "").split("\n")]
    return [p for p in paragraphs if len(p.split()) >= MIN_PARAGRAPH_WORDS]


def example_paragraphs() -> list[str]:
    """The example articles' paragraphs, after tidings' cleaner dropped their page furniture."""
    from tidings.clean import to_document
    from tidings.config import Settings
    from tidings.records import RawDocument

    out: list[str] = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        raw = RawDocument(origin=str(path), content=path.read_text(encoding="utf-8"))
        out += _paragraphs(to_document(raw, Settings()).text)
    return out


def wcxb_paragraphs() -> list[str]:
    """Main-text paragraphs of the WCXB article pages (trafilatura, no comments, no tables)."""
    import trafilatura

    out: list[str] = []
    for path in sorted(WCXB_HTML.glob("*.html.gz")):
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        text = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
        out += _paragraphs(text)
    return out


def paragraph_pool(out_dir: Path) -> dict[str, list[str]]:
    """The cached pool, extracted on first use (about a minute for the 711 WCXB pages)."""
    cache = out_dir.parent / "pool.json"
    if cache.is_file():
        pool: dict[str, list[str]] = json.loads(cache.read_text(encoding="utf-8"))
        return pool
    pool = {"examples": example_paragraphs(), "wcxb": wcxb_paragraphs()}
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(pool, ensure_ascii=False), encoding="utf-8")
    return pool


def article(rng: random.Random, pool: dict[str, list[str]], number: int) -> dict[str, str]:
    chosen = rng.sample(pool["examples"], rng.randint(2, 3)) + rng.sample(pool["wcxb"], rng.randint(6, 12))
    rng.shuffle(chosen)
    published = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    title = " ".join(chosen[0].split()[:10]).rstrip(",.;:")
    return {
        "title": title,
        "published": published.isoformat(),
        "source": rng.choice(SOURCES),
        "url": f"https://news.example.org/{published:%Y/%m/%d}/article-{number}",
        "text": "\n\n".join(chosen),
    }


def write_shards(out_dir: Path, items: list[dict[str, str]]) -> int:
    """Write `items` as JSONL shards of `SHARD_SIZE` (replacing older shards); returns their words."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("news-*.jsonl"):
        old.unlink()
    words = 0
    for shard_start in range(0, len(items), SHARD_SIZE):
        with (out_dir / f"news-{shard_start // SHARD_SIZE:05d}.jsonl").open("w", encoding="utf-8") as fh:
            for item in items[shard_start:shard_start + SHARD_SIZE]:
                words += len(item["text"].split())
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    return words


def write_corpus(out_dir: Path, articles: int, seed: int) -> dict[str, int]:
    """Write `articles` articles as JSONL shards; returns counts of articles, words and shards."""
    pool = paragraph_pool(out_dir)
    rng = random.Random(seed)
    words = write_shards(out_dir, [article(rng, pool, number) for number in range(articles)])
    shards = (articles + SHARD_SIZE - 1) // SHARD_SIZE
    return {"articles": articles, "words": words, "shards": shards,
            "pool_examples": len(pool["examples"]), "pool_wcxb": len(pool["wcxb"])}


def write_stream(out_dir: Path, articles: int, seed: int, per_day: float, new: int = 0,
                 new_out: Path | None = None) -> dict[str, object]:
    """A stream of daily news (`stream_corpus.py`): `articles` in `out_dir`, then the `new` articles that
    follow them in `new_out`."""
    from stream_corpus import StreamWriter

    pool = paragraph_pool(out_dir)
    items = StreamWriter(pool, WCEP, seed, per_day).articles(articles + new)
    words = write_shards(out_dir, items[:articles])
    if new and new_out is not None:
        write_shards(new_out, items[articles:])
    return {"articles": articles, "words": words, "shards": (articles + SHARD_SIZE - 1) // SHARD_SIZE,
            "new": new, "first_day": items[0]["published"], "last_day": items[-1]["published"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/tidings-bench/corpus-1k"))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--mode", choices=("mixed", "stream"), default="mixed",
                        help="mixed: example and WCXB paragraphs recombined; stream: daily news, story by story.")
    parser.add_argument("--per-day", type=float, default=40.0, help="stream: articles a day on average.")
    parser.add_argument("--new", type=int, default=0, help="stream: the next K articles, written to --new-out.")
    parser.add_argument("--new-out", type=Path)
    args = parser.parse_args()
    for folder in (args.out, args.new_out):
        if folder is not None and ROOT in folder.resolve().parents:
            sys.exit("write the corpus outside the repository (e.g. /tmp/tidings-bench/...)")
    if args.mode == "stream":
        counts = write_stream(args.out, args.articles, args.seed, args.per_day, args.new, args.new_out)
    else:
        counts = write_corpus(args.out, args.articles, args.seed)
    print(json.dumps({"out": str(args.out), **counts}))


if __name__ == "__main__":
    main()
