"""Held-out check of narrative carry-over on MEANTIME (Wikinews, CC BY 4.0).

Usage (repository root, ../shared beside it; about a minute):
    .venv/bin/python benchmarks/check_carry_over_meantime.py [-v]
Results: benchmarks/results/events.md, "Narrative carry-over".

For each gold event mention (verb) in a sentence where tidings finds no time expression, whose gold
TLINK (IS_INCLUDED / SIMULTANEOUS) anchors it to a day-precision TIMEX3 outside its own sentence (an
earlier sentence's timex or the DCT): does carry-over give that day, and does the story-date fallback?
"""
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from tidings.config import Settings
from tidings.eval import shared_dir
from tidings.eval.timex import ANNOTATED_SENTENCES as ANNOTATED
from tidings.eval.timex import _dct_value, _rebuild_text
from tidings.events.carry_over import inherited_day, load_carry_over_rules, may_inherit, sentence_times
from tidings.nlp import get_nlp
from tidings.time import analyze_time

MEANTIME = Path("data", "temporal", "meantime_newsreader_english_oct15", "intra-doc_annotation")
SHARED = shared_dir(must_have=str(MEANTIME))
if SHARED is None:
    sys.exit("MEANTIME not found: put the shared folder beside the repository or set TIDINGS_SHARED")
ROOT = SHARED / MEANTIME
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def gold(path):
    """Text, timexes, verb events and each event's gold day: a day-precision TIMEX3 (or the DCT) that
    includes it or is simultaneous with it, directly or through events that include it / coincide."""
    root = ET.parse(path).getroot()
    text, spans, _ = _rebuild_text(root)
    sent_of = {t.get("t_id"): int(t.get("sentence")) for t in root.iter("token")}
    timex, events = {}, {}
    for node in root.iter("TIMEX3"):
        ids = [a.get("t_id") for a in node.findall("token_anchor")]
        is_dct = node.get("functionInDocument") == "CREATION_TIME"
        value = (_dct_value(node.get("value")) or "") if is_dct else node.get("value", "")
        timex[node.get("m_id")] = (value, {sent_of[i] for i in ids if i in sent_of}, is_dct)
    for node in root.iter("EVENT_MENTION"):
        ids = [a.get("t_id") for a in node.findall("token_anchor") if a.get("t_id") in spans]
        if ids:
            events[node.get("m_id")] = (spans[ids[0]], sent_of[ids[0]], node.get("pos"))
    within = []  # (inner, outer): inner happens within / at the same time as outer
    for tl in root.iter("TLINK"):
        s, t, rel = tl.find("source").get("m_id"), tl.find("target").get("m_id"), tl.get("reltype")
        if rel in ("IS_INCLUDED", "SIMULTANEOUS", "IDENTITY"):
            within.append((s, t))
        if rel in ("INCLUDES", "SIMULTANEOUS", "IDENTITY"):
            within.append((t, s))
    day = {}
    for _ in range(6):
        for inner, outer in within:
            if inner not in events or inner in day:
                continue
            if outer in timex and DAY.fullmatch(timex[outer][0]):
                day[inner] = (timex[outer][0], outer, 0)
            elif outer in day and outer in events:
                day[inner] = (day[outer][0], day[outer][1], day[outer][2] + 1)
    return text, timex, events, day


def main():
    nlp = get_nlp(Settings())
    rules = load_carry_over_rules()
    tally, examples = Counter(), []
    for path in sorted(ROOT.rglob("*.xml")):
        text, timex, events, day = gold(path)
        dct = next((v for v, _, is_dct in timex.values() if is_dct), None)
        doc = nlp(text)
        story, timexes = analyze_time(text, dct, doc)[:2]
        times = sentence_times(doc, timexes, story, rules)
        index = {s.start_char: i for i, s in enumerate(doc.sents)}
        fallback = story.date.value if story.date else None
        for m_id, ((start, end), gsent, pos) in events.items():
            span = doc.char_span(start, end, alignment_mode="expand")
            if pos != "VERB" or span is None or gsent >= ANNOTATED:
                continue
            verb = span.root
            i = index[verb.sent.start_char]
            if times[i].has_time or verb.pos_ not in ("VERB", "AUX"):
                continue
            carried = inherited_day(times, i, rules) if may_inherit(verb, "factual", rules, doc.text) else None
            predicted = carried.value.split("T")[0] if carried is not None else fallback
            if m_id not in day:
                tally["no gold day", "n"] += 1
                tally["no gold day", "fired_changed"] += predicted != fallback
                if predicted != fallback:
                    examples.append(("?", path.stem[:40], verb.text, "-", predicted, fallback,
                                     verb.sent.text[:100].replace("\n", " ")))
                continue
            value = day[m_id][0]
            group = "dct" if value == fallback else "other day"
            tally[group, "n"] += 1
            tally[group, "fallback_ok"] += fallback == value
            tally[group, "carry_ok"] += predicted == value
            tally[group, "fired_changed"] += predicted != fallback
            tally[group, "fired_changed_ok"] += predicted != fallback and predicted == value
            if predicted != fallback or group != "dct":
                examples.append((predicted == value, path.stem[:40], verb.text, value, predicted, fallback,
                                 verb.sent.text[:100].replace("\n", " ")))
    for group in ("other day", "dct", "no gold day"):
        print(group, {k[1]: v for k, v in tally.items() if k[0] == group})
    n = tally["other day", "n"] + tally["dct", "n"]
    fb = tally["other day", "fallback_ok"] + tally["dct", "fallback_ok"]
    co = tally["other day", "carry_ok"] + tally["dct", "carry_ok"]
    print(f"all: n={n} fallback_acc={fb / max(n, 1):.3f} carry_over_acc={co / max(n, 1):.3f}")
    if "-v" in sys.argv:
        for ex in examples:
            print(*ex, sep=" | ")


main()
