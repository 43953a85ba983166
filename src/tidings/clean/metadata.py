"""Lift metadata out of the body: date stamps, stamp lines of page fields, datelines, source and author
lines. What is lifted leaves the text (as a `RemovedLine`) and fills a `Found` record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

import htmldate
import lxml.etree
import lxml.html
import trafilatura

from tidings.clean.dates import first_written_date, iso_published, parse_date
from tidings.clean.lines import Line, is_body, strip_bullet, word_count
from tidings.clean.rules import Rules
from tidings.records import RemovedLine

_SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "de", "du", "la", "le", "van", "von", "to"})


@dataclass(slots=True)
class Found:
    """Metadata found in the text so far (the first value found wins)."""

    published: str | None = None
    source: str | None = None
    author: str | None = None
    dateline: str | None = None
    wire: str | None = None
    removed: list[RemovedLine] = field(default_factory=list)

    def set_published(self, value: str | None) -> None:
        self.published = self.published or value

    def set_author(self, value: str | None) -> None:
        self.author = self.author or value


@cache
def _stamp_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(labels)
    return re.compile(rf"(?<![\w])(?P<label>{alternatives})\s*[:：]\s*", re.IGNORECASE)


def _stamp_fields(text: str, rules: Rules) -> list[tuple[str, str]]:
    """(label, value) pairs of a line such as "Source:x Views: 12 Time:2024-06-03 17:55:46"."""
    matches = list(_stamp_pattern(tuple(rules.words("stamp", "labels"))).finditer(text))
    fields = []
    for match, following in zip(matches, [*matches[1:], None], strict=False):
        end = following.start() if following else len(text)
        fields.append((match["label"].lower(), text[match.end() : end].strip()))
    return fields


def lift_stamps(lines: list[Line], rules: Rules, found: Found) -> list[Line]:
    """Remove lines made of several page fields; keep their date and author."""
    kept = []
    for line in lines:
        fields = _stamp_fields(line.text, rules)
        if len(fields) < rules.number("stamp", "min_fields") or not line.text.lower().startswith(fields[0][0]):
            kept.append(line)
            continue
        found.removed.append(RemovedLine(line.text, "stamp"))
        for label, value in fields:
            if label in rules.words("stamp", "date_labels"):
                found.set_published(parse_date(value, rules))
            elif label in rules.words("stamp", "author_labels") and value:
                found.set_author(clean_name(value))
    return kept


def lift_date_header(lines: list[Line], rules: Rules, found: Found) -> list[Line]:
    """Take a date stamp off the first lines ("date 2024-03-29 In a significant move ..." keeps the text)."""
    kept = list(lines)
    limit = int(rules.number("date_header", "lines"))
    for i, line in enumerate(lines[:limit]):
        match = rules.pattern("date_header.pattern").match(line.text) or rules.pattern(
            "date_header.bare"
        ).fullmatch(line.text)
        value = parse_date(match["date"], rules) if match else None
        if not match or not value:
            continue
        found.set_published(value)
        found.removed.append(RemovedLine(match.group(0).strip(), "date-header"))
        rest = line.text[match.end() :].strip()
        kept[i] = Line(rest, line.block)
    return [line for line in kept if line.text]


def canonical_source(value: str, rules: Rules) -> str | None:
    """The outlet's usual name ("People's daily" -> "People's Daily"); None for a lower-case category."""
    value = value.strip(" .;,")
    if outlet := rules.outlet(value):
        return outlet.name
    if not any(ch.isupper() for ch in value):
        return None
    words = value.split()
    return " ".join(w if (i and w.lower() in _SMALL_WORDS) or w[:1].isupper() else w.capitalize()
                    for i, w in enumerate(words))


def lift_source_lines(lines: list[Line], rules: Rules, found: Found) -> list[Line]:
    """Remove "Source: People's daily" lines; the first outlet named becomes the source."""
    kept = []
    for line in lines:
        text = strip_bullet(line.text, rules)
        match = rules.pattern("source.pattern").fullmatch(text)
        if not match or word_count(text) > rules.number("source", "max_words"):
            kept.append(line)
            continue
        found.removed.append(RemovedLine(line.text, "source-line"))
        found.source = found.source or canonical_source(match["value"], rules)
    return kept


def clean_name(value: str) -> str | None:
    """A person's name from a byline fragment, or None if it does not look like one."""
    name = value.strip(" .,;:|-")
    words = name.split()
    if not 2 <= len(words) <= 5 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return None
    return " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in words)


def author_in(text: str, rules: Rules, after_title: bool) -> str | None:
    """The author a byline names: "By Jane Doe", or after the title "Chinese ambassador to XZhang Xiao"."""
    if word_count(text) > rules.number("author", "max_words"):
        return None
    keys = ("author.by", "author.role_then_name", "author.name_then_role") if after_title else ("author.by",)
    for key in keys:
        if (match := rules.pattern(key).fullmatch(text)) and (name := clean_name(match["name"])):
            return name
    return None


def lift_dateline(lines: list[Line], rules: Rules, found: Found) -> list[Line]:
    """Strip a wire dateline from the first body paragraph, keeping its place, date and wire."""
    for i, line in enumerate(lines):
        if not is_body(line.text, rules):
            continue
        match = rules.pattern("dateline.pattern").match(line.text) or rules.pattern(
            "dateline.titlecase"
        ).match(line.text)
        if not match or not is_body(line.text[match.end() :], rules):
            return lines
        found.dateline = match["place"]
        found.wire = match["wire"] or match["wire2"]
        if match["date"]:
            found.set_published(parse_date(match["date"], rules))
        found.removed.append(RemovedLine(match.group(0).strip(), "dateline"))
        return [*lines[:i], Line(line.text[match.end() :].strip(), line.block), *lines[i + 1 :]]
    return lines


def title_outlet(title: str | None, rules: Rules) -> str | None:
    """The outlet a title starts with ("CGTN: China, Kazakhstan ..." -> "CGTN")."""
    match = rules.pattern("title.outlet_prefix").match(title or "")
    outlet = rules.outlet(match["name"]) if match else None
    return outlet.name if outlet else None


def compose_source(found: Found, title: str | None, rules: Rules) -> str | None:
    """The source the page names: a source line, else the wire (with the client of a distributor)."""
    if found.source:
        return found.source
    client = title_outlet(title, rules)
    wire = rules.outlet(found.wire) if found.wire else None
    if wire is None:
        return found.wire.strip() if found.wire else client
    if wire.kind == "distributor" and client:
        return f"{wire.name} ({client})"
    return wire.name


def is_english(text: str, rules: Rules) -> bool:
    words = re.findall(r"[a-z']+", text.lower())
    if len(words) < 20:
        return False
    common = set(rules.words("language", "en"))
    return sum(w in common for w in words) >= rules.number("language", "share") * len(words)



# --- the page's publication date -------------------------------------------------------------------


def page_published(html: str | bytes, url: str | None, rules: Rules) -> str | None:
    """The page's publication date from its markup: trafilatura's metadata reading (htmldate: meta tags,
    JSON-LD, <time>, the URL, then the page's own date elements), unless the day it gives is written only
    inside quoted or embedded content (an embedded tweet, a quoted statement, a "related stories" box)
    and nowhere else in the page: then the same reading of the page without that content. Failing both,
    htmldate's reading of the metadata alone, also without that content."""
    full = _metadata_date(html, url)  # trafilatura parses the page its own way
    if full and full.endswith(NEW_YEAR) and (later := _later_reading(html, url, full)):
        full = later
    if full and (addressed := _url_day(url)) and _before(full, addressed):
        return addressed
    pruned_tree, removed = _without_embedded(html, rules)
    if full and (shown := _published_field_day(pruned_tree, full, url, rules)):
        return shown
    if full and (labelled := _labelled_published_day(pruned_tree, full, url, rules)):
        return labelled
    if full and (stamped := _time_element_day(pruned_tree, full, url)):
        return stamped
    if full and (shown := _byline_day(pruned_tree, full, url, rules)):
        return shown
    if full and not (removed and _written_in(full, removed) and not _written_in(full, _rest(pruned_tree))):
        return full
    pruned = _metadata_date(pruned_tree, url)
    if pruned:
        return pruned
    again, _ = _without_embedded(html, rules)  # the readers may have pruned the tree they were given
    try:
        return htmldate.find_date(again, url=url, extensive_search=False) if again is not None else None
    except Exception:  # lxml and the date parsers fail on odd trees: then no date
        return None


NEW_YEAR = "-01-01"


def _later_reading(html: str | bytes, url: str | None, new_year: str) -> str | None:
    """htmldate's own reading of the page (which prefers the latest date the page states) when it lies in a
    later year than a 1 January reading: such a date is most often a year written out as a day by a
    template ("PublishDate": "01/01/2004" on a recipe page updated in 2019). A page published on New
    Year's Day and updated in the same year keeps its day."""
    try:
        found = htmldate.find_date(html, url=url)
    except Exception:  # lxml and the date parsers fail on odd trees: then keep the first reading
        return None
    return found if found and found[:4] > new_year[:4] else None


def _before(day: str, addressed: str) -> bool:
    """The readers' day lies more than a day before the day the page's own address carries: a page is not
    published before its address was made, so that day was written in the page about something else (the
    date of a statement a fact-check rates, of a quoted tweet)."""
    try:
        return (date.fromisoformat(addressed) - date.fromisoformat(day[:10])).days > 1
    except ValueError:
        return False


def _tree(html: str | bytes) -> Any:
    try:
        return lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None


def _metadata_date(tree: Any, url: str | None) -> str | None:
    if tree is None:
        return None
    try:
        meta = trafilatura.extract_metadata(tree, default_url=url)
    except Exception:  # lxml and the date parsers fail on odd trees: then no date from this reading
        return None
    return str(meta.date)[:10] if meta is not None and meta.date else None


def _rest(tree: Any) -> str:
    """The markup left once quoted and embedded content is removed (metadata included)."""
    return lxml.html.tostring(tree, encoding="unicode") if tree is not None else ""


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")


def _written_in(day: str, markup: str) -> bool:
    """The ISO day appears in `markup` in a usual written form ("2019-03-03", "March 3, 2019", "3 Mar 2019")."""
    try:
        year, month, date = int(day[:4]), int(day[5:7]), int(day[8:10])
    except ValueError:
        return False
    name = _MONTH_NAMES[month - 1] if 1 <= month <= 12 else ""
    forms = (f"{year}-{month:02d}-{date:02d}", f"{name} {date}, {year}", f"{name[:3]} {date}, {year}",
             f"{name[:3]}. {date}, {year}", f"{date} {name} {year}", f"{date} {name[:3]} {year}",
             f"{month}/{date}/{year}", f"{month:02d}/{date:02d}/{year}", f"{date:02d}.{month:02d}.{year}")
    return any(form in markup for form in forms)


def _without_embedded(html: str | bytes, rules: Rules) -> tuple[Any, str]:
    """The page's tree without its quoted and embedded content, and that content's visible text (what a
    reader sees there; a script's metadata inside such a box is not quoted content)."""
    tree = _tree(html)
    if tree is None:
        return None, ""
    embedded = rules.meta.get("embedded", {})
    tags = set(embedded.get("elements", []))
    classes = tuple(embedded.get("classes", []))
    body = tree.find(".//body")
    removed = []
    for element in list((body if body is not None else tree).iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        marks = f"{element.get('class', '')} {element.get('id', '')}".lower()
        if element.tag in tags or (classes and any(c in marks for c in classes)):
            removed.append(" ".join(element.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]")))
            element.drop_tree()
    return tree, "\n".join(removed)


_ISO_DAY = re.compile(r"(?:19|20)\d{2}-[01]\d-[0-3]\d")


def _time_element_day(tree: Any, day: str, url: str | None) -> str | None:
    """The day of the page's first `<time datetime>` when the readers' day is a stray timestamp: one
    written in none of the places a page states its date (a meta tag, JSON-LD, a `<time>` element, the
    URL, the visible text), only in some other attribute or script (a build stamp in the markup of the
    <head>, a cache time), which the readers fall back to when the byline's `<time>` has no pubdate mark."""
    if tree is None:
        return None
    stamps = [t.get("datetime", "")[:10] for t in tree.iter("time") if _ISO_DAY.fullmatch(t.get("datetime", "")[:10])]
    if not stamps or stamps[0] == day or day in stamps:
        return None
    return stamps[0] if _stray(tree, day, url) else None


def _stray(tree: Any, day: str, url: str | None) -> bool:
    """The day is written in none of the places a page states its date: a meta tag, JSON-LD, the URL, a
    <time datetime>, the visible text (so only in some other attribute or script: an app's state, a
    video's upload time, an image's address)."""
    stated = [*(m.get("content", "") for m in tree.iter("meta")), url or "",
              *(t.get("datetime", "") for t in tree.iter("time")),
              *(" ".join(s.itertext()) for s in tree.iter("script") if "ld+json" in (s.get("type") or "")),
              _visible(tree)[0]]
    return not (any(day in text or _written_in(day, text) for text in stated) or _url_day(url) == day)


def _byline_day(tree: Any, day: str, url: str | None, rules: Rules) -> str | None:
    """The day the page's byline shows under its title when the readers' day is stray (a timestamp in a
    script's state, an image's address, a numeric date read with day and month swapped): the first date
    written out within a few lines after the page's first <h1>, where pages put "Published <day>"."""
    if tree is None or not _stray(tree, day, url):
        return None
    heading = tree.find(".//body//h1")
    if heading is None:
        return None
    after = heading.xpath("following::text()[not(ancestor::script) and not(ancestor::style)]")
    window = " ".join(" ".join(after).split())[: int(rules.number("page_fields", "byline_chars"))]
    found = first_written_date(window, rules)
    return found if found and found != day[:10] else None


_URL_DAY = re.compile(r"(?<!\d)((?:19|20)\d{2})[/_-](\d{1,2}|[a-z]{3,9})[/_-](\d{1,2})(?!\d)", re.IGNORECASE)
_MONTH_NUMBERS = {name.lower()[:3]: number for number, name in enumerate(_MONTH_NAMES, start=1)}


def _url_day(url: str | None) -> str | None:
    """The day a URL's path gives ("/2017/7/12/story", "/2020-01-15-story", "/2019/nov/18/story")."""
    for match in _URL_DAY.finditer(url or ""):
        month = _month_number(match[2])
        day = int(match[3])
        if month is not None and 1 <= day <= 31:
            return f"{match[1]}-{month:02d}-{day:02d}"
    return None


def _month_number(text: str) -> int | None:
    """1-12 from "7", "07", "nov", "Sept" or "november"; None for any other word."""
    if text.isdigit():
        return int(text) if 1 <= int(text) <= 12 else None
    word = text.lower()
    number = _MONTH_NUMBERS.get(word[:3])
    full = _MONTH_NAMES[number - 1].lower() if number else ""
    return number if number and (word in (full, full[:3]) or word == "sept") else None


def _published_field_day(tree: Any, day: str, url: str | None, rules: Rules) -> str | None:
    """The page's published day when the readers' day is not one: readers take the first date field they
    meet, and a page's head often carries article:modified_time (or og:updated_time, or a bare "date"
    tag) before, or instead of, the datePublished its JSON-LD or itemprop markup gives. Unless the page
    shows the readers' day (then it is the page's own statement), the published day is taken when it is
    the one published day the page shows, or when the page shows none (the markup is all there is, and a
    publication date is asked for). A day the address carries stands, as does a day within one day of
    the published field (one moment read in two time zones)."""
    if tree is None or _url_day(url) == day[:10]:
        return None
    published = [p for p in _published_days(tree, rules) if not (p.endswith(NEW_YEAR) and p[:4] < day[:4])]
    if not published or day in published:  # a 1 January published day of an earlier year: _later_reading
        return None
    text, stamps = _visible(tree)
    if _shows(day, text, stamps):
        return None
    shown = [found for found in published if _shows(found, text, stamps)]
    found = shown[0] if len(shown) == 1 else published[0] if not shown else None
    return found if found and not _within_a_day(found, day) else None


def _labelled_published_day(tree: Any, day: str, url: str | None, rules: Rules) -> str | None:
    """The day the page's byline labels as its publication ("Published: January 3, 2024", "Posted on
    April 26, 2024") when the readers' day is no published field of the markup (a modified_time tag
    read first, the page's "Updated on ..." day): the page's own label names its publication day."""
    if tree is None or _url_day(url) == day[:10] or day in _published_days(tree, rules):
        return None
    text, _ = _visible(tree)
    for match in rules.pattern("page_fields.published_label").finditer(text):
        found = first_written_date(text[match.end() : match.end() + 40], rules, at_start=True)
        if found:
            return found if not _within_a_day(found, day) else None
    return None


def _within_a_day(one: str, other: str) -> bool:
    """Two days a day apart are one moment read in two time zones (a UTC datePublished of 01:19 and a
    local "Posted Nov 18, 8:19 PM"), not two different dates: the first reading stands."""
    try:
        return abs((date.fromisoformat(one[:10]) - date.fromisoformat(other[:10])).days) <= 1
    except ValueError:
        return False


_JSON_FIELD = re.compile(r'"(\w+)"\s*:\s*"([^"]{6,40})"')


def _published_days(tree: Any, rules: Rules) -> list[str]:
    """The published days the markup states (meta tags, itemprop elements, JSON-LD), in page order."""
    fields = rules.meta["page_fields"]
    meta_keys = set(fields["published_meta"])
    json_keys = set(fields["published_json"])
    days: list[str] = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "script" and "ld+json" in (element.get("type") or ""):
            values = [value for key, value in _JSON_FIELD.findall(element.text or "") if key in json_keys]
        else:
            key = element.get("property") or element.get("name") or element.get("itemprop") or ""
            values = [element.get("content") or element.get("datetime") or ""] if key.lower() in meta_keys else []
        for value in values:
            if (found := _field_day(value, rules)) and found not in days:
                days.append(found)
    return days


def _field_day(value: str, rules: Rules) -> str | None:
    value = value.strip()
    if _ISO_DAY.match(value):
        return value[:10]
    found = iso_published(value, rules) if value else None
    return found[:10] if found else None


def _visible(tree: Any) -> tuple[str, set[str]]:
    """The text a reader sees in the page's body (scripts and styles left out, white space made single)
    and the days of its <time datetime> elements."""
    body = tree.find(".//body")
    if body is None:
        return "", set()
    text = " ".join(" ".join(body.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]")).split())
    stamps = {t.get("datetime", "")[:10] for t in body.iter("time") if _ISO_DAY.match(t.get("datetime", ""))}
    return text, stamps


def _shows(day: str, text: str, stamps: set[str]) -> bool:
    """The page shows the ISO day: in a <time> element or written in its text (also "Sep 04, 2025")."""
    if day in stamps or _written_in(day, text):
        return True
    month, date_ = int(day[5:7]), int(day[8:10])
    name = _MONTH_NAMES[month - 1] if 1 <= month <= 12 else ""
    padded = (f"{name} {date_:02d}, {day[:4]}", f"{name[:3]} {date_:02d}, {day[:4]}", f"{date_:02d} {name} {day[:4]}")
    return date_ < 10 and any(form in text for form in padded)
