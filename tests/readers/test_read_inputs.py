"""read_inputs: formats, origins, ordering, and every input failure as a coded record."""

# ruff: noqa: E501  (article paragraphs are one long line each, as scraped)

from __future__ import annotations

import gzip
import io
import json
import random
from pathlib import Path

import pytest

from tidings.config import Settings
from tidings.readers import read_inputs
from tidings.records import Failure, RawDocument

ARTICLE = (
    "Kazakhstan and China signed an agreement on Tuesday to expand rail freight through the Khorgos "
    "gateway, officials in Astana said."
)


def read(paths: list[str], settings: Settings | None = None, stdin: bytes | None = None) -> list:
    stream = io.BytesIO(stdin) if stdin is not None else None
    return list(read_inputs(paths, settings or Settings(), stdin=stream))


def only_failure(items: list) -> Failure:
    assert len(items) == 1 and isinstance(items[0], Failure), items
    return items[0]


def test_text_file_keeps_resolved_origin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [doc] = read(["a.txt"])
    assert isinstance(doc, RawDocument)
    assert doc.origin == str((tmp_path / "a.txt").resolve())
    assert doc.content == ARTICLE and doc.media_type == "text/plain"


def test_directory_is_recursive_sorted_and_skips_hidden_and_unsupported(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "sub/c.txt", ".hidden.txt", ".git/d.txt", "notes.pdf"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ARTICLE, encoding="utf-8")
    origins = [Path(d.origin).relative_to(tmp_path).as_posix() for d in read([str(tmp_path)])]
    assert origins == ["a.txt", "b.txt", "sub/c.txt"]


def test_glob_matches_in_sorted_order(tmp_path: Path) -> None:
    for name in ("2.txt", "1.txt", "x.html"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    docs = read([str(tmp_path / "*.txt")])
    assert [Path(d.origin).name for d in docs] == ["1.txt", "2.txt"]
    assert only_failure(read([str(tmp_path / "*.csv")])).code == "T100"


def test_one_broken_input_never_stops_the_rest(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    items = read([str(tmp_path / "missing.txt"), str(tmp_path / "empty.txt"), str(tmp_path / "good.txt")])
    assert [getattr(i, "code", "ok") for i in items] == ["T100", "T101", "ok"]


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("empty.txt", b"", "T101"),
        ("blank.txt", b"  \n\n \t\n", "T101"),
        ("elf.txt", b"\x7fELF\x02\x01\x01" + bytes(200), "T102"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "T102"),
        ("nul.txt", b"some text\x00\x00\x01\x02 more", "T102"),
        ("report.pdf", b"%PDF-1.4", "T105"),
        ("noext", ARTICLE.encode(), "T105"),
        ("blank.html", b"<html><head><script>var a=1;</script></head><body> </body></html>", "T107"),
    ],
)
def test_input_failures_are_coded(tmp_path: Path, name: str, data: bytes, code: str) -> None:
    (tmp_path / name).write_bytes(data)
    failure = only_failure(read([str(tmp_path / name)]))
    assert failure.code == code and failure.stage == "read"
    assert failure.message.startswith(f"{code} {tmp_path / name}") and "(fix:" in failure.message
    assert "\n" not in failure.message


def test_undecodable_bytes_are_t103(tmp_path: Path) -> None:
    rng = random.Random(1)
    (tmp_path / "noise.txt").write_bytes(bytes(rng.randrange(0x80, 0x100) for _ in range(3000)))
    assert only_failure(read([str(tmp_path / "noise.txt")])).code == "T103"
    (tmp_path / "latin.txt").write_bytes("café".encode("latin-1") * 10)
    assert only_failure(read([str(tmp_path / "latin.txt")], Settings(encoding="ascii"))).code == "T103"


def test_too_large_is_t104(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(ARTICLE * 10, encoding="utf-8")
    failure = only_failure(read([str(tmp_path / "big.txt")], Settings(max_document_bytes=100)))
    assert failure.code == "T104"


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8-sig", b""), ("utf-16", b""), ("utf-16-le", b""), ("utf-16-be", b""), ("cp1251", b""), ("gb18030", b"")],
)
def test_encodings_are_detected(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    text = {
        "cp1251": "Президент Казахстана Касым-Жомарт Токаев провёл переговоры с председателем КНР. " * 4,
        "gb18030": "中国国家主席习近平同哈萨克斯坦总统托卡耶夫举行会谈，双方同意深化合作。" * 4,
    }.get(encoding, "Zhang Xiao, ambassador — “Look to your neighbor” said the café owner. " * 4)
    (tmp_path / "a.txt").write_bytes(prefix + text.encode(encoding))
    [doc] = read([str(tmp_path / "a.txt")])
    assert isinstance(doc, RawDocument) and doc.content == text


def test_forced_encoding_setting(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Ödön Kovács said".encode("latin-1"))
    [doc] = read([str(tmp_path / "a.txt")], Settings(encoding="latin-1"))
    assert doc.content == "Ödön Kovács said"


def test_html_meta_charset_is_used(tmp_path: Path) -> None:
    page = '<html><head><meta charset="windows-1252"><title>Café</title></head><body><p>Déjà vu at the café.</p></body></html>'
    (tmp_path / "p.html").write_bytes(page.encode("cp1252"))
    [doc] = read([str(tmp_path / "p.html")])
    assert doc.media_type == "text/html" and "Déjà vu" in doc.content


def test_jsonl_broken_lines_do_not_stop_the_good_ones(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": ARTICLE, "url": "https://example.org/a", "title": "Rail deal", "date": "2024-07-02"}),
        "{not json",
        "",
        json.dumps(["a", "list"]),
        json.dumps({"title": "no text"}),
        json.dumps({"content": "Second article body.", "source": "Xinhua", "published": ""}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read([str(path)])
    origin = str(path.resolve())
    assert [(i.origin, getattr(i, "code", "ok")) for i in items] == [
        (f"{origin}#1", "ok"),
        (f"{origin}#2", "T106"),
        (f"{origin}#4", "T106"),
        (f"{origin}#5", "T106"),
        (f"{origin}#6", "ok"),
    ]
    assert items[0].given == {"url": "https://example.org/a", "title": "Rail deal", "published": "2024-07-02"}
    assert items[-1].given == {"source": "Xinhua"}  # empty values are not given


def test_jsonl_overlong_line_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"text": "x" * 500}) + "\n" + json.dumps({"text": ARTICLE}) + "\n")
    items = read([str(path)], Settings(max_line_bytes=200))
    assert [getattr(i, "code", "ok") for i in items] == ["T106", "ok"]
    assert items[1].content == ARTICLE


def test_csv_and_tsv_columns(tmp_path: Path) -> None:
    rows = 'Text,URL,Title,Published,Source,extra\n"Line one, with comma.\nLine two.",https://x.org/1,T1,2024-07-04,CGTN,z\n'
    rows += "short row\n,https://x.org/3,T3,,,\nPlain body.,,,,,\n"
    (tmp_path / "a.csv").write_text(rows, encoding="utf-8")
    items = read([str(tmp_path / "a.csv")])
    assert [getattr(i, "code", "ok") for i in items] == ["ok", "T106", "T106", "ok"]
    assert items[0].content == "Line one, with comma.\nLine two."
    assert items[0].given == {"url": "https://x.org/1", "title": "T1", "published": "2024-07-04", "source": "CGTN"}
    assert items[3].origin.endswith("a.csv#4")
    (tmp_path / "b.tsv").write_text("text\ttitle\nBody here.\tHead\n", encoding="utf-8")
    [doc] = read([str(tmp_path / "b.tsv")])
    assert doc.content == "Body here." and doc.given == {"title": "Head"}


def test_csv_without_text_column(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("body_text,url\nx,y\n", encoding="utf-8")
    failure = only_failure(read([str(tmp_path / "a.csv")]))
    assert failure.code == "T106" and "columns: body_text, url" in failure.message


def test_csv_in_latin1_is_streamed(tmp_path: Path) -> None:
    body = "Le président a visité la région du Xinjiang. " * 3
    (tmp_path / "fr.csv").write_bytes(("text\n" + "\n".join([body] * 2000) + "\n").encode("latin-1"))
    items = read([str(tmp_path / "fr.csv")])
    assert len(items) == 2000 and all(i.content == body for i in items)


def test_gzip_inputs_and_limits(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress((json.dumps({"text": ARTICLE}) + "\n").encode()))
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(ARTICLE.encode()))
    (tmp_path / "bad.txt.gz").write_bytes(gzip.compress(ARTICLE.encode())[:30])
    (tmp_path / "bomb.jsonl.gz").write_bytes(gzip.compress(b" " * 30_000_000))
    items = read([str(tmp_path / n) for n in ("a.jsonl.gz", "b.txt.gz", "bad.txt.gz", "bomb.jsonl.gz")])
    assert [getattr(i, "code", "ok") for i in items] == ["ok", "ok", "T108", "T108"]
    assert "ratio" in items[3].message
    member = read([str(tmp_path / "b.txt.gz")], Settings(max_archive_member_bytes=50))
    assert only_failure(member).code == "T108"


def test_stdin_text_html_and_jsonl() -> None:
    [doc] = read(["-"], stdin=ARTICLE.encode())
    assert doc.origin == "<stdin>" and doc.media_type == "text/plain"
    [page] = read(["-"], stdin=b"<!DOCTYPE html><html><body><p>Hello there.</p></body></html>")
    assert page.media_type == "text/html"
    docs = read(["-"], stdin=b'{"text": "one"}\n{"text": "two"}\n')
    assert [d.origin for d in docs] == ["<stdin>#1", "<stdin>#2"]
    assert only_failure(read(["-"], stdin=b"")).code == "T101"


def test_jsonl_lone_surrogate_fails_only_its_line(tmp_path: Path) -> None:
    """Bug R1: a valid JSON escape \\ud800 (no character) used to end the whole file with one T106."""
    path = tmp_path / "s.jsonl"
    path.write_bytes(b'{"text": "Astana hosted talks."}\n{"text": "\\ud800 x"}\n{"text": "ok", "title": "\\udfff"}\n'
                     b'{"text": "Beijing replied."}\n')
    items = read([str(path)])
    assert [getattr(i, "code", "ok") for i in items] == ["ok", "T106", "T106", "ok"]
    assert items[1].origin.endswith("s.jsonl#2") and "surrogate" in items[1].message


@pytest.mark.parametrize("name, data", [("h.csv", b"text,title\r\n"), ("h.tsv", b"text\ttitle\n\n\n")])
def test_csv_with_a_header_and_no_rows_is_t101(tmp_path: Path, name: str, data: bytes) -> None:
    """Bug R3: a CSV/TSV with only its header used to read as nothing."""
    (tmp_path / name).write_bytes(data)
    failure = only_failure(read([str(tmp_path / name)]))
    assert failure.code == "T101" and "no rows" in failure.message
