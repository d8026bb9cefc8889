"""Search evaluation set: real government text recombined, queries of 16 kinds, truth by code.

The corpus is built at run time, deterministically, from ``data/search_eval/policies.json`` (60
State Council documents as gov.cn published them, with their 索引号 and 文号; see the README there)
and the work-plan seed texts of the plans app. Each source document is kept once as published;
recombined documents take another agency's name, a 文号 and 索引号 of their own and paragraphs of
several sources (and cite other documents by title and 文号, as real notices do). Three documents
are longer than 250,000 characters, with a passage found only at their end.

Truth is computed here, independently of the search code: a query's whitespace-separated parts
must each occur in the document's normalised text (NFKC, traditional to simplified, lower case;
punctuation and spaces dropped; each run of letters and digits kept whole, so 9号 is not inside
19号). Identifiers are normalised alike in documents and queries: brackets of any style (〔〕 [] ()
（） 【】) are punctuation, and 2019年19号 or 201919号 after an issuer read as 〔2019〕19号.
Queries are split by a hash of their text into a tuning part and a held-out part.

Run the whole set with ``make eval-search`` (both backends); a fast slice runs in the test suite.
"""

from __future__ import annotations

import datetime
import json
import random
import re
import unicodedata
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import opencc

DATA = Path(__file__).parent / "data" / "search_eval"
SEEDS = Path(__file__).resolve().parents[2] / "plans" / "data" / "seeds"
SEED = 17
LONG_CHARS = 260_000

# Agencies whose names and 文号 issuer codes recombined documents take (real names and codes).
AGENCIES = [
    ("湖南省人民政府办公厅", "湘政办发", "006939748"),
    ("山西省人民政府", "晋政发", "01200000X"),
    ("湖州市卫生健康委员会", "湖卫健发", "002571372"),
    ("湖北省人民政府", "鄂政发", "011043386"),
    ("云南省卫生健康委员会", "云卫发", "015190367"),
    ("云南省人民政府办公厅", "云政办发", "015190154"),
    ("江苏省政务服务管理办公室", "苏政务办发", "014000963"),
    ("宁夏回族自治区人民政府", "宁政发", "010009352"),
    ("辽宁省农业农村厅", "辽农办综发", "012345982"),
    ("北京市卫生健康委员会", "京卫发", "000081219"),
    ("国务院办公厅", "国办函", "000014349"),
]
KEYWORDS = ["政务公开", "营商环境", "职业教育", "医疗卫生", "防震减灾", "小微企业", "行政执法"]
BRACKETS = [("〔", "〕"), ("[", "]"), ("(", ")"), ("（", "）"), ("【", "】")]


@dataclass
class EvalDoc:
    key: int
    title: str
    body: str
    org: str
    doc_number: str
    index_number: str
    keywords: str
    published: datetime.date


@dataclass
class EvalQuery:
    kind: str
    text: str
    held_out: bool = False
    truth: set[int] = field(default_factory=set)


# --- normalised text (the truth's own, written independently of gongkai.search.text) ---------

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_UNIT = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+")
_YEAR_NIAN = re.compile(r"(?<!\d)((?:19|20)\d\d)年(\d{1,4})号")
_YEAR_GLUED = re.compile(r"(?<!\d)((?:19|20)\d\d)(\d{1,4})号")


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def canon(value: str) -> str:
    """Return the text as truth compares it: letters-and-digits runs in <>, CJK as is."""
    folded = _t2s().convert(unicodedata.normalize("NFKC", value)).lower()
    folded = _YEAR_NIAN.sub(r"〔\1〕\2号", folded)
    folded = _YEAR_GLUED.sub(r"〔\1〕\2号", folded)
    return "".join(
        u if len(u) == 1 and re.match(f"[{_CJK}]", u) else f"<{u}>" for u in _UNIT.findall(folded)
    )


def doc_text(d: EvalDoc) -> str:
    return "\n".join([d.title, d.body, d.org, d.doc_number, d.index_number, d.keywords])


def matches(query: str, canon_doc: str) -> bool:
    """Each whitespace-separated part of the query occurs (a space between digits joins)."""
    parts = [canon(p) for p in re.split(r"(?<!\d)\s+|\s+(?!\d)", query.strip())]
    parts = [p for p in parts if p]
    return bool(parts) and all(p in canon_doc for p in parts)


# --- corpus -------------------------------------------------------------------------------------


def sources() -> list[dict]:
    return json.loads((DATA / "policies.json").read_text("utf-8"))


def seed_paragraphs() -> list[str]:
    text = "\n".join(p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt")))
    return [line.strip() for line in text.splitlines() if len(line.strip()) >= 12]


def _bracketed(number: str, style: int) -> str:
    m = re.match(r"(.*?)〔(\d{4})〕(\d+)号$", number)
    if not m:
        return number
    if style < len(BRACKETS):
        left, right = BRACKETS[style]
        return f"{m[1]}{left}{m[2]}{right}{m[3]}号"
    return [f"{m[1]}{m[2]} {m[3]}号", f"{m[1]}{m[2]}年{m[3]}号", f"{m[1]}{m[2]}{m[3]}号"][
        style - len(BRACKETS)
    ]


@cache
def corpus() -> tuple[EvalDoc, ...]:
    rng = random.Random(SEED)
    src = sources()
    paragraphs = [p for s in src for p in s["text"].splitlines() if len(p) >= 12]
    seeds = seed_paragraphs()
    docs: list[EvalDoc] = []
    for i, s in enumerate(src):  # each source once, as published
        year = int(re.search(r"/(\d{4})-", s["index_number"])[1])
        docs.append(
            EvalDoc(
                key=len(docs),
                title=s["title"],
                body=s["text"],
                org=s["org"],
                doc_number=s["doc_number"],
                index_number=s["index_number"],
                keywords=KEYWORDS[i % len(KEYWORDS)] if i % 3 == 0 else "",
                published=datetime.date(year, 1 + i % 12, 1 + i % 27),
            )
        )
    used: set[tuple[str, int, int]] = set()
    for n in range(300):  # recombined documents
        base = src[n % len(src)]
        org, issuer, code = AGENCIES[n % len(AGENCIES)]
        year = rng.choice([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026])
        number = rng.randint(1, 140)
        while (issuer, year, number) in used:
            number += 1
        used.add((issuer, year, number))
        doc_number = f"{issuer}〔{year}〕{number}号"
        index_number = f"{code}/{year}-{rng.randint(1, 400):05d}"
        title = re.sub(r"^(国务院办公厅|国务院)", org, base["title"])
        picked = rng.sample(paragraphs, rng.randint(3, 14)) + rng.sample(seeds, rng.randint(0, 4))
        cited = rng.choice(src)
        cite = (
            f"根据《{cited['title']}》（{_bracketed(cited['doc_number'], rng.randint(0, 4))}）精神"
        )
        header = _bracketed(doc_number, rng.choice([0, 0, 0, 1, 3]))
        body = "\n".join([header, cite, *picked])
        if n % 100 == 7:  # a very long document, its last passage found nowhere else
            filler = []
            while sum(len(p) + 1 for p in filler) < LONG_CHARS:
                filler.append(rng.choice(paragraphs))
            body = "\n".join([body, *filler, seeds[-(n // 100) - 1]])
        docs.append(
            EvalDoc(
                key=len(docs),
                title=title,
                body=body,
                org=org,
                doc_number=doc_number,
                index_number=index_number,
                keywords=rng.choice(KEYWORDS) if n % 4 == 0 else "",
                published=datetime.date(year, rng.randint(1, 12), rng.randint(1, 28)),
            )
        )
    return tuple(docs)


# --- queries ------------------------------------------------------------------------------------

_PHRASE = re.compile(rf"[{_CJK}]{{6,}}")


def _phrase(rng: random.Random, text: str, lo: int, hi: int) -> str | None:
    runs = [r for r in _PHRASE.findall(text) if len(r) >= lo]
    if not runs:
        return None
    run = rng.choice(runs)
    size = rng.randint(lo, min(hi, len(run)))
    start = rng.randint(0, len(run) - size)
    return run[start : start + size]


@cache
def queries() -> tuple[EvalQuery, ...]:
    rng = random.Random(SEED + 1)
    docs = corpus()
    numbered = [d for d in docs if "〔" in d.doc_number]
    long_docs = [d for d in docs if len(d.body) > LONG_CHARS]
    out: list[tuple[str, str]] = []
    per_kind = 14
    for _ in range(per_kind):
        d = rng.choice(numbered)
        out.append(("docnum_whole", _bracketed(d.doc_number, rng.randint(0, 7))))
        d = rng.choice(numbered)
        m = re.match(r"(.*?)〔(\d{4})〕(\d+)号$", d.doc_number)
        out.append(("docnum_issuer", m[1]))
        style = rng.randint(0, 4)
        left, right = BRACKETS[style]
        out.append(("docnum_tail", f"{left}{m[2]}{right}{m[3]}号"))
        out.append(("docnum_number", f"{m[3]}号"))
        d = rng.choice(docs)
        out.append(("index_whole", d.index_number))
        out.append(("index_part", d.index_number.split("/")[1]))
        out.append(("year", f"{rng.randint(1996, 2026)}年"))
        d = rng.choice(docs)
        out.append(("title", d.title))
        out.append(("title_part", _phrase(rng, d.title, 4, 10) or d.title))
        d = rng.choice(docs)
        out.append(("phrase", _phrase(rng, d.body, 6, 14)))
        w = _phrase(rng, rng.choice(docs).body, 2, 2)
        out.append(("word", w))
        d = rng.choice(docs)
        a, b = _phrase(rng, d.body, 2, 4), _phrase(rng, d.body, 2, 4)
        out.append(("two_words", f"{a} {b}"))
        out.append(("org", rng.choice([a[0] for a in AGENCIES] + ["国务院", "国务院办公厅"])))
        kw = rng.choice(KEYWORDS)
        out.append(("keyword", kw))
        d = rng.choice(long_docs)
        out.append(("long_tail", _phrase(rng, d.body[-400:], 6, 12)))
    canon_docs = [(d.key, canon(doc_text(d))) for d in docs]
    result: list[EvalQuery] = []
    seen: set[str] = set()
    for kind, text in out:
        if not text or (kind, text) in seen:
            continue
        seen.add((kind, text))
        held = zlib.crc32(f"{kind}|{text}".encode()) % 3 == 0
        truth = {k for k, c in canon_docs if matches(text, c)}
        result.append(EvalQuery(kind, text, held, truth))
    return tuple(result)


# --- scoring ------------------------------------------------------------------------------------


def score(found: dict[str, set[int]], part: list[EvalQuery]) -> dict[str, tuple[int, float, float]]:
    """Return kind -> (queries, mean recall, mean precision), with "ALL" pooled."""
    by_kind: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for q in part:
        got = found[f"{q.kind}|{q.text}"]
        hit = len(got & q.truth)
        recall = hit / len(q.truth) if q.truth else 1.0
        precision = hit / len(got) if got else (1.0 if not q.truth else 0.0)
        by_kind[q.kind].append((recall, precision))
        by_kind["ALL"].append((recall, precision))
    return {
        k: (len(v), sum(r for r, _ in v) / len(v), sum(p for _, p in v) / len(v))
        for k, v in sorted(by_kind.items())
    }


def table(title: str, scores: dict[str, tuple[int, float, float]]) -> str:
    lines = [title, f"{'kind':<16}{'n':>4}{'recall':>9}{'precision':>11}"]
    for kind, (n, r, p) in scores.items():
        lines.append(f"{kind:<16}{n:>4}{r:>9.3f}{p:>11.3f}")
    return "\n".join(lines)
