"""A corpus of hostile inputs with, for each, what tidings must do with it.

    python benchmarks/make_hostile_corpus.py OUT_DIR     # writes the files and OUT_DIR/manifest.json

Every input (a file, or one line/row/record inside a container) gets an expectation:
- "failed": it is not an article (binary, empty, too large, a bomb, a broken line): it must be listed
  in the failures table (`tidings failures`) under its origin;
- "stored": a good article (some sit in the same containers as bad ones): it must be stored;
- "either": hostile but legitimately readable (non-English, odd encodings, truncated HTML, mutated
  articles): stored or listed, never lost, never a crash.
The generator is deterministic (fixed seed), so a failing input can be regenerated and attached to a
bug report. Real sentences come from examples/china-kazakhstan.
"""

from __future__ import annotations

import codecs
import json
import os
import random
import struct
import zlib
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from .formats import csv_bytes, gz, html_page, jsonl_bytes, rss_bytes, warc_bytes
from .synthetic import example_sentences

MiB = 1 << 20


@dataclass(frozen=True)
class Expectation:
    origin: str  # path relative to the corpus folder, with "#N" for a line, row or record
    expect: str  # "failed", "stored" or "either"
    kind: str  # what makes it hostile, for the report


class Corpus:
    """Writes files under `root` and records what each should become."""

    def __init__(self, root: Path, seed: int = 8) -> None:
        self.root = root
        self.rng = random.Random(seed)
        self.sentences = example_sentences()
        self.expected: list[Expectation] = []
        self._serial = 0

    def article(self, n: int = 3) -> str:
        """A unique short article of real sentences (a serial number keeps texts distinct)."""
        self._serial += 1
        return " ".join(self.rng.sample(self.sentences, n)) + f" Report number {self._serial} was filed."

    def write(self, name: str, data: bytes, expect: str, kind: str) -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.expected.append(Expectation(name, expect, kind))
        return path

    def container(self, name: str, data: bytes, lines: list[tuple[int, str, str]]) -> None:
        """A file holding several inputs; `lines` are (N, expect, kind) for origins `name#N`."""
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.expected += [Expectation(f"{name}#{n}", expect, kind) for n, expect, kind in lines]

    def manifest(self) -> dict[str, object]:
        return {"inputs": [asdict(e) for e in self.expected],
                "counts": {k: sum(e.expect == k for e in self.expected) for k in ("failed", "stored", "either")}}


# -- the families of hostile inputs ------------------------------------------------------------------

MAGIC = {"png": b"\x89PNG\r\n\x1a\n", "pdf": b"%PDF-1.7\n", "elf": b"\x7fELF\x02\x01\x01", "zip": b"PK\x03\x04",
         "sqlite": b"SQLite format 3\x00", "gzip": b"\x1f\x8b\x08\x00", "jpeg": b"\xff\xd8\xff\xe0",
         "ole": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "xz": b"\xfd7zXZ\x00"}
EXTS = (".txt", ".html", ".jsonl", ".csv", ".rss", ".warc", ".tsv", ".htm")


def binaries(c: Corpus) -> None:
    """Binary junk under text names: random bytes, and real file signatures."""
    for i in range(40):
        data = bytes(c.rng.randrange(256) for _ in range(c.rng.randint(64, 4096)))
        c.write(f"binary/random{i}{EXTS[i % len(EXTS)]}", data, "failed", "random bytes")
    for i, (name, magic) in enumerate(MAGIC.items()):
        body = magic + bytes(c.rng.randrange(256) for _ in range(512))
        c.write(f"binary/{name}{EXTS[i % 4]}", body, "failed", f"{name} signature")


def empties(c: Corpus) -> None:
    """Empty and blank files of every format, and files holding only a byte-order mark."""
    for ext in (*EXTS, ".xml", ".txt.gz"):
        c.write(f"empty/empty{ext}", gz(b"") if ext.endswith(".gz") else b"", "failed", "empty")
    for i, blank in enumerate((b"   \n\n\t", b"\xef\xbb\xbf", b"\xff\xfe", b"\r\n" * 50, b"\xef\xbb\xbf  \n")):
        c.write(f"empty/blank{i}.txt", blank, "failed", "blank")
    c.write("empty/nothing.html", b"<html><head><title></title></head><body></body></html>", "failed", "no text")
    c.write("empty/script-only.html", b"<html><body><script>var a = 'x';</script></body></html>", "failed",
            "no text")
    c.write("empty/no-rows.csv", b"text,title\r\n", "failed", "no rows")
    c.write("empty/no-items.rss", rss_bytes("Empty feed", []), "failed", "no items")


def huge(c: Corpus) -> None:
    """Larger than the default limits (max_document_bytes 5 MB, max_line_bytes 10 MB)."""
    page = (c.article() + "\n\n").encode()
    c.write("huge/page.txt", page * (5 * MiB // len(page) + 2), "failed", "text over max_document_bytes")
    html_ = html_page("Big", [c.article()] * 2).encode()
    c.write("huge/page.html", html_ + b"<!--" + b"x" * (5 * MiB) + b"-->", "failed", "html over max_document_bytes")
    good1, good2 = c.article(), c.article()
    big_field = json.dumps({"text": "word " * (MiB + 100)}).encode() + b"\n"  # 5 MB text field
    long_line = b'{"text": "' + b"a" * (10 * MiB + 10) + b'"}\n'  # over max_line_bytes
    c.container("huge/lines.jsonl", jsonl_bytes([{"text": good1}]) + big_field + long_line +
                jsonl_bytes([{"text": good2}]),
                [(1, "stored", "good line"), (2, "failed", "field over max_document_bytes"),
                 (3, "failed", "line over max_line_bytes"), (4, "stored", "good line after long ones")])
    spacy_limit = (c.article() + " ") * (1_200_000 // 300)  # over spaCy's 1,000,000-character max_length
    c.write("huge/one-million-characters.txt", spacy_limit.encode(), "either", "over the parser's length limit")


def bombs(c: Corpus) -> None:
    """Decompression bombs and broken gzip streams."""
    zeros = zlib.compressobj(9, zlib.DEFLATED, 31)
    bomb = zeros.compress(b"\x00" * (64 * MiB)) + zeros.flush()
    spaces = gz(b" " * (60 * MiB))
    ratio = gz((c.article() + "\n").encode() * 20_000)  # ~6 MB of text, ratio far above 100
    for name, data in (("zeros.txt.gz", bomb), ("spaces.txt.gz", spaces), ("ratio.txt.gz", ratio),
                       ("zeros.jsonl.gz", bomb), ("spaces.html.gz", spaces), ("lines.csv.gz", ratio)):
        c.write(f"bombs/{name}", data, "failed", "decompression bomb")
    good = gz(c.article().encode())
    c.write("bombs/truncated.txt.gz", good[: len(good) // 2], "failed", "truncated gzip")
    c.write("bombs/bad-crc.txt.gz", good[:-8] + struct.pack("<II", 0xDEADBEEF, 99), "failed", "gzip crc")
    c.write("bombs/not-gzip.txt.gz", c.article().encode(), "failed", "not gzip")
    warc_bomb = warc_bytes([("http://e.org/big", b"<html><body><p>" + b"a" * (60 * MiB) + b"</p></body></html>",
                             "text/html")], gz=True)
    c.write("bombs/big-record.warc.gz", warc_bomb, "failed", "warc record bomb")


def nesting(c: Corpus) -> None:
    """Pathological markup: deep nesting, unclosed tags, entity tricks, truncated pages."""
    for depth in (1_000, 20_000, 200_000):
        body = "<div>" * depth + c.article() + "</div>" * depth
        c.write(f"markup/deep{depth}.html", f"<html><body>{body}</body></html>".encode(), "either", "deep nesting")
    c.write("markup/unclosed.html", ("<p><b><i>" * 5000 + c.article()).encode(), "either", "unclosed tags")
    page = html_page("Truncated", [c.article(), c.article()]).encode()
    for cut in (0.3, 0.6, 0.9):
        c.write(f"markup/truncated{int(cut * 10)}.html", page[: int(len(page) * cut)], "either", "truncated html")
    c.write("markup/svg-root.html", f"<svg><p>{c.article()}<div>".encode(), "either", "svg root (lxml crash)")
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    rss = (f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "lol">{laughs}]><rss version="2.0"><channel>'
           f"<title>x</title><item><title>a</title><description>&l9; {c.article()}</description></item>"
           f"</channel></rss>")
    c.write("markup/billion-laughs.rss", rss.encode(), "either", "entity expansion")
    xxe = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0">'
           f"<channel><title>x</title><item><description>{c.article()} &x;</description></item></channel></rss>")
    c.write("markup/external-entity.rss", xxe.encode(), "either", "external entity")
    c.write("markup/not-a-feed.xml", b"<?xml version='1.0'?><config><a>1</a></config>", "failed", "xml not feed")
    c.write("markup/garbage.rss", b"<rss><channel><item><title>x</ti", "failed", "broken feed")


def encodings(c: Corpus) -> None:
    """Invalid UTF-8 and UTF-16, mixed encodings, non-English articles in their usual encodings."""
    text = c.article()
    c.write("encoding/invalid-utf8.txt", text.encode()[:50] + b"\xff\xfe\xc3\x28\xa0\xa1" + text.encode()[50:],
            "either", "invalid utf-8 bytes")
    c.write("encoding/cut-multibyte.txt", (c.article() + " Алматы").encode()[:-1], "either", "cut utf-8 sequence")
    c.write("encoding/utf16-odd-length.txt", codecs.BOM_UTF16_LE + c.article().encode("utf-16-le") + b"\x00\xd8\x41",
            "failed", "utf-16 with a lone surrogate")
    c.write("encoding/utf16-lone-surrogate.txt", codecs.BOM_UTF16_LE + b"\x00\xd8" * 40 + "ok".encode("utf-16-le"),
            "failed", "utf-16 lone surrogates")
    c.write("encoding/utf16-be-no-bom.txt", c.article().encode("utf-16-be"), "either", "utf-16 without bom")
    c.write("encoding/utf32.txt", c.article().encode("utf-32"), "either", "utf-32")
    c.write("encoding/latin1.txt", ("Café résumé: " + c.article()).encode("latin-1", "replace"), "either", "latin-1")
    c.write("encoding/mixed.txt", ("naïve " + c.article()).encode() + " déjà vu".encode("latin-1"), "either", "mixed")
    foreign = {
        "zh-gbk": ("中国国家主席习近平与哈萨克斯坦总统托卡耶夫互致贺电，庆祝两国建交三十周年。", "gbk"),
        "zh-utf8": ("中哈两国签署了多项合作协议，涉及贸易、能源和交通领域。", "utf-8"),
        "ru-cp1251": ("Президент Казахстана Токаев встретился с председателем КНР Си Цзиньпином в Астане.", "cp1251"),
        "ru-koi8": ("Министры иностранных дел двух стран обсудили торговое сотрудничество.", "koi8-r"),
        "kk-utf8": ("Қазақстан мен Қытай арасындағы сауда көлемі өткен жылы айтарлықтай өсті.", "utf-8"),
        "ar-utf8": ("وقعت الصين وكازاخستان اتفاقية للتعاون الاقتصادي في أستانا يوم الاثنين.", "utf-8"),
        "ar-cp1256": ("التقى وزيرا خارجية البلدين لبحث التعاون التجاري.", "cp1256"),
        "ja-shiftjis": ("中国とカザフスタンは貿易協定に署名した。", "shift_jis"),
        "hi-utf8": ("चीन और कज़ाखस्तान ने व्यापार समझौते पर हस्ताक्षर किए।", "utf-8"),
        "emoji": ("🇨🇳🤝🇰🇿 " * 40 + "‮reversed‬ \u200b\u200b zero width", "utf-8"),
    }
    for name, (sample, encoding) in foreign.items():
        c.write(f"encoding/foreign-{name}.txt", (sample + "\n") .encode(encoding) * 3, "either", "non-English")
    c.write("encoding/foreign.html", html_page("Новости", [foreign["ru-cp1251"][0]] * 3).replace(
        "charset='utf-8'", "charset='windows-1251'").encode("cp1251"), "either", "non-English html")


def broken_lines(c: Corpus) -> None:
    """JSONL and CSV files with broken lines among good ones: each line is its own input."""
    bad_json = [b'{"text": "cut in the mid', b"[1, 2, 3]", b'"just a string"', b"null", b"{}", b'{"text": ""}',
                b'{"title": "no text field"}', b"\xff\xfe\x00{", b'{"text": "a"}}', b"{" * 5000, b"\x00\x00\x00",
                b'{"text": ["a", "list"]}', b'{"text": {"nested": 1}}', b"NaN", b'{"text": "x", "text": ""}']
    lines: list[bytes] = []
    expect: list[tuple[int, str, str]] = []
    for i, bad in enumerate(bad_json):
        lines.append(jsonl_bytes([{"text": c.article(), "published": "2024-03-29", "title": f"Good {i}"}]))
        expect.append((len(lines), "stored", "good line"))
        lines.append(bad + b"\n")
        expect.append((len(lines), "failed", "broken json line"))
    c.container("lines/mixed.jsonl", b"".join(lines), expect)
    surrogate = jsonl_bytes([{"text": c.article()}]) + b'{"text": "\\ud800 lone surrogate"}\n' + \
        jsonl_bytes([{"text": c.article()}])
    c.container("lines/surrogate.jsonl", surrogate,
                [(1, "stored", "good line"), (2, "failed", "lone surrogate escape"), (3, "stored", "good line")])
    rows = [[c.article(), "2024-03-29"], ["", "2024-03-29"], [c.article(), "2024-03-29", "extra field"],
            [c.article()], ["   ", "x"], [c.article(), "2024-02-30"]]
    data = csv_bytes(["text", "published"], rows)
    c.container("lines/mixed.csv", data, [(1, "stored", "good row"), (2, "failed", "empty text"),
                                          (3, "failed", "extra field"), (4, "failed", "missing field"),
                                          (5, "failed", "blank text"), (6, "stored", "impossible date")])
    c.write("lines/no-text-column.csv", csv_bytes(["title", "url"], [["a", "b"]]), "failed", "no text column")
    quote = csv_bytes(["text"], [[c.article()]]) + b'"unterminated quote, ' + c.article().encode() + b"\r\n"
    c.container("lines/unterminated.csv", quote, [(1, "stored", "good row"), (2, "either", "unterminated quote")])


def archives(c: Corpus) -> None:
    """WARC files: good, truncated, junk, with non-HTML records."""
    pages = [(f"http://e.org/{i}", html_page(f"Story {i}", [c.article(), c.article()]).encode(),
              "text/html; charset=utf-8") for i in range(3)]
    warc = warc_bytes(pages)
    c.container("warc/good.warc", warc, [(2, "stored", "warc page"), (4, "stored", "warc page"),
                                          (6, "stored", "warc page")])
    c.write("warc/cut-header.warc", warc[:40], "failed", "warc cut in its first header")
    c.write("warc/junk.warc", b"not a warc at all\r\n" * 20, "failed", "not a warc")
    c.write("warc/junk.warc.gz", gz(b"WARC/1.0\r\nContent-Length: 99999\r\n\r\nshort"), "failed", "cut record")
    at = warc.index(b"Content-Length: ", warc.index(b"WARC-Type: response"))
    end = warc.index(b"\r\n", at)
    short = warc[:at] + b"Content-Length: " + str(int(warc[at + 16:end]) - 40).encode() + warc[end:]
    c.write("warc/wrong-length.warc", short, "either", "content-length shorter than the record")
    binary = warc_bytes([("http://e.org/img", MAGIC["png"] + bytes(200), "image/png")])
    c.write("warc/only-images.warc", binary, "failed", "no pages in archive")


def mutants(c: Corpus, n: int = 64) -> None:
    """Real articles damaged at random (cut, bit flips, inserted junk), under several names."""
    base = [p.read_bytes() for p in sorted((Path(__file__).resolve().parents[2] / "examples" /
                                              "china-kazakhstan").glob("*.txt"))]
    for i in range(n):
        data = bytearray(c.rng.choice(base))
        for _ in range(c.rng.randint(1, 6)):
            at = c.rng.randrange(len(data) + 1)
            action = c.rng.choice(("flip", "insert", "cut"))
            if action == "flip" and at < len(data):
                data[at] ^= 1 << c.rng.randrange(8)
            elif action == "insert":
                data[at:at] = c.rng.choice([b"\x00", b"\xff", b"<div>", b"\xed\xa0\x80", b"\x1b[31m", b"\r"])
            else:
                del data[at: at + c.rng.randint(1, 400)]
        c.write(f"mutants/m{i}{('.txt', '.html')[i % 2]}", bytes(data), "either", "mutated article")


def odd_names(c: Corpus) -> None:
    """File names with spaces, non-ASCII letters and a newline; a folder named like a file."""
    c.write("names/with space.txt", c.article().encode(), "stored", "space in name")
    c.write("names/Ünïcødé 新闻.txt", c.article().encode(), "stored", "unicode name")
    c.write("names/new\nline.txt", c.article().encode(), "stored", "newline in name")
    c.write("names/empty\nline.txt", b"", "failed", "newline in the name of a bad input")
    (c.root / "names" / "folder.txt").mkdir(parents=True, exist_ok=True)


def good_ones(c: Corpus) -> None:
    """Good articles in every format, in the same run: all must be stored."""
    for i in range(6):
        c.write(f"good/article{i}.txt", (f"Title {i}\n\n{c.article()}\n\n{c.article()}\n").encode(), "stored",
                "good text")
        c.write(f"good/page{i}.html", html_page(f"Page {i}", [c.article(), c.article()], "2024-03-29").encode(),
                "stored", "good html")
    c.write("good/packed.txt.gz", gz(c.article(4).encode()), "stored", "good gzip")
    feed = rss_bytes("Good feed", [(f"Item {i}", f"http://e.org/i{i}", c.article()) for i in range(3)])
    c.container("good/feed.rss", feed, [(1, "stored", "feed item"), (2, "stored", "feed item"),
                                        (3, "stored", "feed item")])
    rows = [[c.article(), "2024-03-29", f"Row {i}"] for i in range(4)]
    c.container("good/rows.csv", csv_bytes(["text", "date", "title"], rows),
                [(i + 1, "stored", "good row") for i in range(4)])


# Markup and Markdown that must show as text in every page and export (issue 17, B6): none may run.
XSS = ("<script>window.pwned = 1; alert('pwned')</script>", '<img src="x" onerror="window.pwned = 2">',
       '<svg onload="window.pwned = 3"></svg>', "[a link](javascript:window.pwned=4)",
       "![an image](javascript:window.pwned=5)", '<a href="javascript:window.pwned=6">x</a>',
       "&lt;script&gt;window.pwned=7&lt;/script&gt;", "<details open ontoggle=\"window.pwned=8\">")


def probe_breaks(c: Corpus) -> None:
    """The classes the outside probe of 2026-12-03 broke (issue 17): a file name that is not UTF-8, JSON
    lines nested 100,000 deep or with a 50,000-digit integer, a CSV row with bad bytes past the sniffed
    sample, links to nothing or to themselves, control characters and markup in article text."""
    odd = os.fsdecode(b"probe/odd\xff name.txt")  # stored under the name shown with \xff
    (c.root / "probe").mkdir(parents=True, exist_ok=True)
    (c.root / odd).write_bytes(c.article().encode())
    c.expected.append(Expectation("probe/odd\\xff name.txt", "stored", "name not UTF-8"))
    (c.root / os.fsdecode(b"probe/empty\xfe.txt")).write_bytes(b"")
    c.expected.append(Expectation("probe/empty\\xfe.txt", "failed", "name not UTF-8, empty"))
    lines = (jsonl_bytes([{"text": c.article()}]) + b"[" * 100_000 + b"]" * 100_000 + b"\n"
             + b'{"text": "x", "n": ' + b"9" * 50_000 + b"}\n"
             + jsonl_bytes([{"text": c.article() + " A \x00 NUL and \x02 marks \x03 in the text."}]))
    c.container("probe/decoder.jsonl", lines, [(1, "stored", "good line"), (2, "failed", "nested 100,000 deep"),
                                               (3, "failed", "50,000-digit integer"),
                                               (4, "stored", "control characters in text")])
    long_title = "A title " * 10_000
    rows = csv_bytes(["title", "text"], [[long_title, c.article()], ["two", "BAD"], ["three", c.article()]])
    rows = rows.replace(b"BAD", b"bad \xff\xfe bytes")
    c.container("probe/late-bad-bytes.csv", rows, [(1, "stored", "good row"), (2, "failed", "bad bytes past sample"),
                                                   (3, "stored", "good row after bad bytes")])
    (c.root / "probe" / "dangling.txt").symlink_to(c.root / "probe" / "nowhere.txt")
    c.expected.append(Expectation("probe/dangling.txt", "failed", "link to nothing"))
    (c.root / "probe" / "loop.txt").symlink_to(c.root / "probe" / "loop.txt")
    c.expected.append(Expectation("probe/loop.txt", "failed", "link to itself"))
    for i, payload in enumerate(XSS):
        text = (f"Kazakhstan and China signed a transit agreement {payload} in Astana on 5 May 2023, "
                f"officials said. {c.article()}")
        c.write(f"probe/markup{i}.txt", text.encode(), "stored", "markup in article text")


FAMILIES: tuple[Callable[[Corpus], None], ...] = (binaries, empties, huge, bombs, nesting, encodings, broken_lines,
                                                  archives, mutants, odd_names, good_ones, probe_breaks)


def make_hostile_corpus(root: Path, seed: int = 8) -> dict[str, object]:
    """Write the corpus under `root` and return (and save as root/manifest.json) what each input must become."""
    corpus = Corpus(root, seed)
    for family in FAMILIES:
        family(corpus)
    manifest = corpus.manifest()
    (root / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return manifest
