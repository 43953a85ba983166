"""A synthetic stream of daily news for the scale benchmarks: many distinct stories over time.

Why not `make_corpus.py`'s default articles: they recombine the same 56 example paragraphs, so the same
background sentences ("diplomatic relations established in 1992") recur in every document of the store,
and every document relates to every other one. Daily news does not: an article relates to the other
reports of its story and to earlier episodes of the same thread, a bounded set that does not grow with
the store. A store built from such a corpus measures what fusing a batch costs on a store that grows.

How an article is made (everything seeded):

- **Sentences** are real news sentences: the event bullets of the Wikipedia Current Events Portal
  (`../shared/corpora/wcep_daily_2025-01_to_2026-04/events.jsonl.gz`, CC BY-SA 4.0, Wikipedia
  contributors), each one sentence of about 28 words, grouped into threads by their story path; and
  paragraphs of the WCXB article pages (varied 2025 web prose, CC-BY-4.0), as make_corpus extracts them.
  No text is used as an answer: the benchmark only times fusion over these articles.
- **Stories**: a story is one WCEP thread (its bullets, or a bullet and others of its category) told with
  the story's own countries: every country named in its sentences (names, adjectives, capitals, from
  `tidings/data/actors/countries.tsv`) is replaced, consistently within the story, by a country drawn
  for the story. So the same wording drawn by two stories tells of different actor pairs.
- **Time**: day after day (`per_day` articles a day on average), each day's stories are told by 1-6
  outlets each; a quarter of them are the next episode of a recent story (the thread's next bullet, the
  same countries), as a developing story is.
- **An article**: the episode's lede and 2-3 core sentences (what every outlet reports that day, as wire
  copy is), 2-4 sentences of its own (other bullets told with the story's countries; bullets are dealt
  from a shuffled deck of the whole pool, so one comes back only weeks later, in another story), a recap of the
  story's last two earlier episodes dated by their day ("On March 3, ..."), and 1-2 WCXB paragraphs, in
  paragraphs of one or two sentences (about 250-350 words).

Articles are written in publication order, so the last shards hold the latest days; `--new K` writes the
last K articles (the next day's news) to a separate folder, the batch a benchmark ingests into a store of
the articles before them.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COUNTRIES = ROOT / "src" / "tidings" / "data" / "actors" / "countries.tsv"
START = dt.date(2025, 1, 1)
SOURCES = ("Reuters", "AP", "AFP", "BBC", "Al Jazeera", "The Guardian", "Deutsche Welle", "France 24",
           "Xinhua", "Kyodo", "Anadolu", "NHK", "CNN", "NPR", "The Hindu", "Dawn")
FOLLOW_UP = 0.25  # share of new stories that are a later episode of a recent story
FOLLOW_UP_STORIES = 60  # how far back (in stories) an episode looks for its story


@dataclass
class Country:
    code: str
    name: str
    adjective: str
    capital: str


@dataclass
class Story:
    number: int
    thread: list[str]  # the thread's bullets, before substitution: one a day the story is told
    mapping: dict[str, str] = field(default_factory=dict)  # country code in the text → the story's country code
    told: list[tuple[int, str]] = field(default_factory=list)  # (day, lede) of the episodes told so far


def load_countries() -> tuple[dict[str, Country], re.Pattern[str], dict[str, tuple[str, str]]]:
    """Countries with one name, adjective and capital each, and a pattern of every surface form."""
    countries: dict[str, Country] = {}
    forms: dict[str, tuple[str, str]] = {}  # surface form → (code, "name" | "adjective" | "capital")
    for line in COUNTRIES.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("code\t") or not line.strip():
            continue
        cells = (line.split("\t") + [""] * 5)[:5]
        code, name, names, adjectives, capitals = cells
        adjective = adjectives.split("|")[0] or name
        capital = capitals.split("|")[0] or name
        countries[code] = Country(code, name, adjective, capital)
        for form in [name, *filter(None, names.split("|"))]:
            forms.setdefault(form, (code, "name"))
        for form in filter(None, adjectives.split("|")):
            if not form.endswith("s") or form == adjective:  # plural demonyms are rarer and read oddly replaced
                forms.setdefault(form, (code, "adjective"))
        for form in filter(None, capitals.split("|")):
            forms.setdefault(form, (code, "capital"))
    pattern = re.compile(r"\b(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")\b")
    return countries, pattern, forms


def wcep_threads(path: Path) -> list[list[str]]:
    """WCEP bullets grouped by story path (a bullet outside any story is a thread of its own, later padded
    with bullets of its category)."""
    threads: dict[tuple[str, ...], list[str]] = {}
    singles: list[list[str]] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            event = json.loads(line)
            text = " ".join(event["text"].split())
            if len(text.split()) < 8:
                continue
            if event["topic_path"]:
                threads.setdefault(tuple(event["topic_path"]), []).append(text)
            else:
                singles.append([text])
    return list(threads.values()) + singles


class StreamWriter:
    """Draws stories and articles; `articles(n)` yields n articles in publication order."""

    def __init__(self, pool: dict[str, list[str]], wcep: Path, seed: int, per_day: float) -> None:
        self.rng = random.Random(seed)
        self.countries, self.pattern, self.forms = load_countries()
        self.codes = sorted(self.countries)
        self.threads = wcep_threads(wcep)
        self.sentences = [s for t in self.threads for s in t]
        self.prose = pool["wcxb"]
        self.per_day = per_day
        self.stories: list[Story] = []
        self.deck: list[str] = []

    def draw(self, count: int) -> list[str]:
        """`count` bullets dealt from the shuffled pool, reshuffled when it runs out: a bullet comes back
        about every `len(pool) / 5` articles (weeks of news), never in two unrelated stories of one day."""
        out: list[str] = []
        while len(out) < count:
            if not self.deck:
                self.deck = self.rng.sample(self.sentences, len(self.sentences))
            out.append(self.deck.pop())
        return out

    def next_story(self, number: int, day: int) -> Story:
        """A later episode of a recent story with bullets left, told on an earlier day (a developing
        story), or a new story."""
        recent = [s for s in self.stories[-FOLLOW_UP_STORIES:] if len(s.told) < len(s.thread) and s.told[-1][0] < day]
        if recent and self.rng.random() < FOLLOW_UP:
            return self.rng.choice(recent)
        thread = list(self.rng.choice(self.threads))
        return Story(number, thread[:12])

    def substitute(self, story: Story, text: str) -> str:
        """Every country of `text` told as the story's country it stands for (drawn on first use)."""
        def replace(match: re.Match[str]) -> str:
            code, form = self.forms[match.group(0)]
            if code not in story.mapping:
                taken = set(story.mapping.values())
                story.mapping[code] = self.rng.choice([c for c in self.codes if c not in taken])
            country = self.countries[story.mapping[code]]
            return {"name": country.name, "adjective": country.adjective, "capital": country.capital}[form]
        return self.pattern.sub(replace, text)

    def episode(self, story: Story, day: int, outlets: int, first: int) -> list[dict[str, str]]:
        """The reports of one day of `story`: each carries the day's lede and core sentences (what every
        outlet reports), a recap of earlier episodes dated by their day, and sentences and prose of its own."""
        rng = self.rng
        lede = self.substitute(story, story.thread[len(story.told)])
        core = [self.substitute(story, s) for s in self.draw(rng.randint(2, 3))]
        recap = [f"On {(START + dt.timedelta(days=d)):%B} {(START + dt.timedelta(days=d)).day}, "
                 f"{text[0].lower() + text[1:] if text[:2].istitle() and not text[:2].isupper() else text}"
                 for d, text in story.told[-2:] if d < day]
        story.told.append((day, lede))
        return [self.article(story, lede, core, recap, day, first + k) for k in range(outlets)]

    def article(self, story: Story, lede: str, core: list[str], recap: list[str], day: int,
                number: int) -> dict[str, str]:
        rng = self.rng
        own = [self.substitute(story, s) for s in self.draw(rng.randint(2, 4))]
        body = rng.sample(core, len(core)) + own
        rng.shuffle(body)
        paragraphs = [lede]
        while body:
            take = rng.choice((1, 2))
            paragraphs.append(" ".join(body[:take]))
            body = body[take:]
        paragraphs += rng.sample(recap, len(recap))
        for prose in rng.sample(self.prose, rng.randint(1, 2)):
            paragraphs.insert(rng.randint(2, len(paragraphs)), prose)
        published = START + dt.timedelta(days=day)
        return {"title": " ".join(lede.split()[:10]).rstrip(",.;:"), "published": published.isoformat(),
                "source": rng.choice(SOURCES),
                "url": f"https://news.example.org/{published:%Y/%m/%d}/story-{story.number}-{number}",
                "text": "\n\n".join(paragraphs)}

    def articles(self, count: int) -> list[dict[str, str]]:
        """`count` articles, in publication order (day by day, story by story)."""
        out: list[dict[str, str]] = []
        while len(out) < count:
            day = int(len(out) / self.per_day)
            story = self.next_story(len(self.stories), day)
            if not story.told:
                self.stories.append(story)
            outlets = min(count - len(out), self.rng.choice((1, 1, 2, 2, 3, 3, 4, 5, 6)))
            out += self.episode(story, day, outlets, len(out))
        return out
