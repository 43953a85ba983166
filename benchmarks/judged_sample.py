"""Sample PLOVER events from ~150 real news pages nobody tuned rules to, for judging by hand (issue 13's measure).

Pages: the English pages of the AEB corpus (`../shared/corpora/scrapinghub_aeb`) and the WCXB dev articles of
general news outlets (`../shared/corpora/wcxb`, see NEWS_DOMAINS), leaving out every page whose id, url or file
is in `../shared/gold/realnews/dev.json`; a fixed seeded sample of --pages of them. They are ingested into a fresh
SQLite store with the installed `tidings` exactly as a user does (`tidings ingest --db ...`), the PLOVER-typed
events (no statements) are listed with `tidings events --format jsonl`, and --n (event, sentence) mentions are
sampled with a fixed seed. Each is printed with page, sentence, cameo/plover, mode, source and target
(text/country/sector), date and date_evidence; --dump writes the sample as JSON lines with every event told in
each sampled sentence, so a later run can be compared on the same sentences:

    nice -n 19 .venv/bin/python benchmarks/judged_sample.py --dump before.jsonl
    nice -n 19 .venv/bin/python benchmarks/judged_sample.py --diff before.jsonl --dump after.jsonl

With --diff, the sampled sentences are the old dump's (not re-sampled) and the output lists those whose events
changed. English is told by the share of common English function words in the corpus' gold text.

A second, independent sample (so that rules written on one judged sample can be checked on the other) takes other
seeds, adds the English pages of general news outlets in the trafilatura evaluation set (`--trafilatura`, see
TRAFILATURA_NEWS; their gold is snippets, so English is told on the snippets) and leaves out every sentence of the
earlier sample (`--exclude`):

    nice -n 19 .venv/bin/python benchmarks/judged_sample.py --seed 1205 --page-seed 1205 --pages 400 \
        --trafilatura --n 100 --exclude judged1.jsonl --dump judged2.jsonl

After two samples the outlets' pages hold about 50 events no sample drew. A third sample (session 14) adds ECB+
news documents as plain text (`--ecbplus N`, seeded by --page-seed; they carry no publication date):

    nice -n 19 .venv/bin/python benchmarks/judged_sample.py --seed 1405 --page-seed 1405 --pages 400 \
        --trafilatura --ecbplus 120 --n 100 --exclude judged1.jsonl --exclude judged2.jsonl --dump judged3.jsonl
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

PAGE_SEED = 13
EVENT_SEED = 80
# General and trade news outlets among the WCXB dev article pages (the rest are guides, shops, blogs, schools).
NEWS_DOMAINS = frozenset({
    "abc7ny.com", "bssnews.net", "businessweekly.co.uk", "commercialappeal.com", "earth.org",
    "echolive.ie", "economictimes.indiatimes.com", "edweek.org", "freightwaves.com", "hechingerreport.org",
    "itbrief.news", "nbcnews.com", "newsweek.com", "nextgov.com", "npr.org", "nytimes.com",
    "securityweek.com", "sfist.com", "siliconangle.com", "statnews.com", "theatlantic.com",
    "thecolumbiastar.com", "timesofindia.indiatimes.com", "today.com", "usatoday.com", "webpronews.com",
})
# General news outlets among the trafilatura evaluation pages (url host, or the file name's start where the set
# gives no url); the rest are blogs, recipes, shops, software documentation and German or Spanish pages.
TRAFILATURA_NEWS = (
    "abc13.com", "abc7news.com", "axios.com", "bbc.com", "bostonherald.com", "breakingbelizenews.com",
    "californiaglobe.com", "caymancompass.com", "cbsnews.com", "citylimits.org", "corkbeo.ie", "dailymail.co.uk",
    "dw.com", "economictimes.indiatimes.com", "economist.com", "edition.cnn.com", "fivethirtyeight.com",
    "gothamist.com", "haitiantimes.com", "harpers.org", "heartlandnewsfeed.com", "independent.co.uk",
    "jamaica.gleaner.com", "jamaicaobserver.com", "japantimes.co.jp", "kaieteurnewsonline.com", "kxan.com",
    "latimes.com", "laweekly.com", "mercurynews.com", "metrotimes.com", "miamitodaynews.com", "nationnews.com",
    "newrepublic.com", "nowgrenada.com", "nymag.com", "nytimes.com", "observer.com", "phillyvoice.com",
    "reuters.com", "salon.com", "scmp.com", "standard.co.uk", "stluciatimes.com", "telegraph.co.uk",
    "theatlantic.com", "theguardian.com", "theintercept.com", "thelocal.se", "thestkittsnevisobserver.com",
    "timesofisrael.com", "twincities.com", "vancouversun.com", "viconsortium.com", "villagevoice.com",
    "world.kbs.co.kr",
)
FUNCTION_WORDS = frozenset({
    "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with", "as", "by", "at",
    "from", "be", "this", "have", "are", "or", "an", "not", "said"})
ENGLISH_SHARE = 0.1


@dataclass(frozen=True)
class Page:
    """One news page: the id its file is named by, the corpus, the gzipped HTML and the url."""

    page_id: str
    corpus: str
    html_gz: Path
    url: str


def is_english(text: str) -> bool:
    """Common English function words are a fifth or more of English prose, over a tenth even of lists; few elsewhere."""
    words = re.findall(r"[a-z]+", text.lower())
    return bool(words) and sum(w in FUNCTION_WORDS for w in words) >= ENGLISH_SHARE * len(words)


def _norm_url(url: str) -> str:
    parsed = urlparse(url.strip())
    return (parsed.netloc.lower().removeprefix("www.") + parsed.path.rstrip("/")).lower()


def gold_keys(shared: Path) -> set[str]:
    """Ids, urls and file names of the real-news gold pages, all of which stay out of the sample."""
    keys: set[str] = set()
    for article in json.loads((shared / "gold/realnews/dev.json").read_text())["articles"]:
        keys.add(article["id"])
        keys.add(_norm_url(article.get("url") or ""))
        keys.add(Path(article.get("file") or "").name.split(".")[0])
    keys.discard("")
    return keys


def candidate_pages(shared: Path) -> list[Page]:
    """English AEB pages and WCXB news-outlet articles, minus the gold pages, in a fixed order."""
    aeb = shared / "corpora/scrapinghub_aeb"
    wcxb = shared / "corpora/wcxb"
    gold = gold_keys(shared)
    pages: list[Page] = []
    for item_id, row in sorted(json.loads((aeb / "ground-truth.json").read_text()).items()):
        if item_id in gold or _norm_url(row["url"]) in gold or not is_english(row["articleBody"]):
            continue
        pages.append(Page(item_id, "aeb", aeb / "html" / f"{item_id}.html.gz", row["url"]))
    with gzip.open(wcxb / "dev/ground-truth.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            domain = urlparse(row["url"]).netloc.lower().removeprefix("www.")
            text = row["ground_truth"].get("main_content") or ""
            if domain not in NEWS_DOMAINS or not text or _norm_url(row["url"]) in gold or not is_english(text):
                continue
            pages.append(Page(f"wcxb-{row['file_id']}", "wcxb", wcxb / f"dev/html/{row['file_id']}.html.gz",
                              row["url"]))
    return pages


def trafilatura_pages(shared: Path) -> list[Page]:
    """English pages of the general news outlets in the trafilatura evaluation set, minus gold, in a fixed order."""
    folder = shared / "corpora/trafilatura_eval"
    gold = gold_keys(shared)
    pages: list[Page] = []
    for url, row in sorted(json.loads((folder / "evaldata.json").read_text()).items()):
        host = urlparse(url).netloc.lower().removeprefix("www.")
        name = row["file"]
        if not any(host == d or name.startswith(d) for d in TRAFILATURA_NEWS):
            continue
        if _norm_url(url) in gold or not is_english(" ".join(row.get("with") or [])):
            continue
        stem = re.sub(r"[^A-Za-z0-9.-]+", "_", name.removesuffix(".html"))
        pages.append(Page(f"traf-{stem}", "trafilatura", folder / "html" / f"{name}.gz", url))
    return pages


def choose_pages(shared: Path, n_pages: int, seed: int = PAGE_SEED, trafilatura: bool = False) -> list[Page]:
    """A seeded sample of the candidates (all of them when there are fewer)."""
    pages = candidate_pages(shared) + (trafilatura_pages(shared) if trafilatura else [])
    if len(pages) > n_pages:
        pages = sorted(random.Random(seed).sample(pages, n_pages), key=lambda p: p.page_id)
    return pages


def ecbplus_texts(shared: Path, n_docs: int, seed: int) -> dict[str, str]:
    """A seeded sample of --ecbplus ECB+ news documents (topics 1-35: crime, disasters, sport, tech, 2008-2013) as
    plain text, keyed by a page id: news that no rule was tuned to, with more events than the outlets' pages left
    after two samples. They carry no publication date, so the store dates them at ingest."""
    from tidings.eval.fusion import read_ecbplus

    docs = read_ecbplus(shared / "corpora/ecbplus/ECB+.tar.gz")
    picked = random.Random(seed).sample(docs, min(n_docs, len(docs)))
    return {"ecb-" + re.sub(r"[^A-Za-z0-9.-]+", "_", d.name): d.text for d in sorted(picked, key=lambda d: d.name)}


def run_tidings(pages: list[Page], work: Path,
                texts: dict[str, str] | None = None) -> tuple[list[dict], dict[str, str]]:
    """Ingest the pages (and plain `texts`) into a fresh store with the installed CLI; return its PLOVER events
    (jsonl) and the publication date it read for each page (the judge needs it to judge relative dates)."""
    folder = work / "pages"
    folder.mkdir(parents=True, exist_ok=True)
    for page in pages:
        (folder / f"{page.page_id}.html").write_bytes(gzip.decompress(page.html_gz.read_bytes()))
    for page_id, text in (texts or {}).items():
        (folder / f"{page_id}.txt").write_text(text, encoding="utf-8")
    tidings = str(Path(sys.executable).with_name("tidings"))
    db = str(work / "s.db")
    subprocess.run([tidings, "ingest", "--quiet", "--db", db, str(folder)], check=False)
    out = subprocess.run([tidings, "events", "--db", db, "--format", "jsonl"], check=True,
                         capture_output=True, text=True).stdout
    with sqlite3.connect(db) as con:
        published = {Path(origin).stem: date or "-"
                     for origin, date in con.execute("SELECT origin, published FROM documents")}
    return [json.loads(line) for line in out.splitlines() if line.strip()], published


def _side(actor: dict | None) -> str:
    if not actor:
        return "-"
    return f"{actor.get('text')}|{actor.get('country')}|{actor.get('sector')}"


def mentions(events: list[dict], published: dict[str, str]) -> list[dict]:
    """One row per (event, sentence it is told in), keyed by page and sentence, in a fixed order."""
    rows = []
    for event in events:
        for mention in event.get("mentions") or []:
            sentence = " ".join((mention.get("sentence") or "").split())
            page = Path(mention.get("path") or "").stem
            rows.append({
                "page": page, "published": published.get(page, "-"), "sentence": sentence,
                "event_id": event["id"], "cameo": event.get("cameo"), "plover": event.get("plover"),
                "mode": event.get("mode"), "source": _side(event.get("source")),
                "target": _side(event.get("target")), "date": event.get("date"),
                "date_evidence": event.get("date_evidence"),
                "verb": (event.get("verb") or {}).get("text"),
                "offset": (mention.get("start") or 0, (event.get("verb") or {}).get("start") or 0),
            })
    # Event ids hang on the store's file paths: the order (hence the seeded sample) must not.
    rows.sort(key=lambda r: (r["page"], r["offset"], r["sentence"], signature(r)))
    return rows


def signature(row: dict) -> tuple:
    """What a judge sees of an event: the output fields, not the id (ids move when the text offsets move)."""
    return tuple(str(row[k]) for k in ("cameo", "plover", "mode", "source", "target", "date"))


def sample(rows: list[dict], n: int, keys: list[tuple[int, tuple[str, str]]] | None, seed: int = EVENT_SEED,
           exclude: frozenset[str] = frozenset()) -> list[dict]:
    """The seeded sample of --n mentions (none told in an `exclude` sentence), or (with the numbered keys of an old
    dump) every event in those sentences, under the old dump's numbers."""
    if keys is None:
        pool = [i for i, row in enumerate(rows) if row["sentence"] not in exclude]
        picked = random.Random(seed).sample(pool, min(n, len(pool)))
        keys = []
        for i in sorted(picked):
            key = (rows[i]["page"], rows[i]["sentence"])
            if key not in [k for _, k in keys]:
                keys.append((len(keys), key))
        chosen = {id(rows[i]) for i in picked}
    else:
        chosen = set()
    out = []
    for number, key in keys:
        for row in rows:
            if (row["page"], row["sentence"]) == key:
                out.append(dict(row, n=number, sampled=id(row) in chosen))
    return out


def show(row: dict, mark: str = "") -> str:
    words = row["sentence"].split()
    return (f"{mark}[{row['n']}]{'*' if row.get('sampled') else ' '} {row['page'][:12]} "
            f"{row['cameo']}/{row['plover']} {row['mode']} S={row['source']} T={row['target']} "
            f"date={row['date']} ({row['date_evidence']}; published {row.get('published')}) "
            f"verb={row['verb']!r}\n      "
            + " ".join(words[:60]) + (" ..." if len(words) > 60 else ""))


def diff(old: list[dict], new: list[dict]) -> list[int]:
    """Numbers of the sampled sentences whose events changed between two dumps."""
    changed = []
    for number in sorted({r["n"] for r in old}):
        before = sorted(signature(r) for r in old if r["n"] == number)
        after = sorted(signature(r) for r in new if r["n"] == number)
        if before != after:
            changed.append(number)
    return changed


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--pages", type=int, default=150)
    parser.add_argument("--n", type=int, default=80)
    parser.add_argument("--work", help="folder for the pages and the store (default: a temporary one)")
    parser.add_argument("--dump", help="write the sample (every event of each sampled sentence) as JSON lines")
    parser.add_argument("--diff", help="an earlier dump: re-use its sentences and list those whose output changed")
    parser.add_argument("--seed", type=int, default=EVENT_SEED, help="seed of the event sample (%(default)s: the "
                        "judged sample of session 12)")
    parser.add_argument("--page-seed", type=int, default=PAGE_SEED, help="seed of the page sample")
    parser.add_argument("--trafilatura", action="store_true",
                        help="add the English news-outlet pages of the trafilatura evaluation set to the candidates")
    parser.add_argument("--ecbplus", type=int, default=0,
                        help="add this many ECB+ news documents (seeded by --page-seed) as plain text")
    parser.add_argument("--exclude", action="append", default=[],
                        help="an earlier dump whose sentences the sample must not draw (repeatable)")
    args = parser.parse_args()
    pages = choose_pages(Path(args.shared), args.pages, args.page_seed, args.trafilatura)
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="judged_sample_"))
    texts = ecbplus_texts(Path(args.shared), args.ecbplus, args.page_seed) if args.ecbplus else {}
    events, published = run_tidings(pages, work, texts)
    rows = mentions(events, published)
    print(f"pages={len(pages)} (aeb={sum(p.corpus == 'aeb' for p in pages)}, "
          f"wcxb={sum(p.corpus == 'wcxb' for p in pages)}, "
          f"trafilatura={sum(p.corpus == 'trafilatura' for p in pages)}, ecbplus={len(texts)}) "
          f"events={len(events)} mentions={len(rows)} "
          f"store={work}")
    old = None
    keys = None
    if args.diff:
        old = [json.loads(line) for line in Path(args.diff).read_text().splitlines() if line.strip()]
        keys = sorted({(row["n"], (row["page"], row["sentence"])) for row in old})
    exclude = frozenset(json.loads(line)["sentence"] for dump in args.exclude
                        for line in Path(dump).read_text().splitlines() if line.strip())
    picked = sample(rows, args.n, keys, args.seed, exclude)
    if old is not None:
        for row in old:
            row.setdefault("sampled", False)
        changed = diff(old, picked)
        print(f"sentences={len({r['n'] for r in old})} changed={len(changed)}: {changed}")
        for number in changed:
            for row in (r for r in old if r["n"] == number):
                print(show(row, "- "))
            for row in (r for r in picked if r["n"] == number):
                print(show(row, "+ "))
    else:
        for row in picked:
            print(show(row))
    if args.dump:
        Path(args.dump).write_text("".join(json.dumps(r) + "\n" for r in picked))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
