"""Ingest benchmark: HTML -> full analysis vs trafilatura's extraction, batch engines, memory.

Pages are generated in four markup styles of Arabic news sites (JSON-LD NewsArticle,
OpenGraph, figure/figcaption with credits, AMP, a dek, nav menus, related-links boxes,
footers), filled with real Arabic news sentences from the Wojood sample
(../shared/data/wojood-sample), so the gold headline/dek/captions/body of each page
is known. In one process and one run it times, on the same pages:

  * trafilatura.extract(html) (its default: text only, no metadata)
  * trafilatura.bare_extraction(html, with_metadata=True)
  * khabar's extraction (page -> Document text and layout, no analysis stages)
  * khabar's whole analysis (extraction + every pipeline stage), default and --fast

and scores body paragraphs (exact paragraph match with the gold body) for khabar and for
trafilatura. Then it writes the pages into a gzipped WARC and runs ``khabar batch`` on it
with local processes and Dask, 1 and 2 workers, reporting docs/s with and without the
workers' start-up (interpreter, imports, lexicons: a fixed cost per run, not per page) and
peak RSS per worker.

    .venv/bin/python bench/ingest_bench.py --pages 300 --batch-pages 400
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

WOJOOD = Path(f"{Path(__file__).resolve().parents[2]}/shared/data/wojood-sample/train.txt")


def sentences(limit: int = 4000) -> list[str]:
    out: list[str] = []
    toks: list[str] = []
    for line in WOJOOD.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if len(toks) >= 10:
                s = " ".join(toks)
                s = re.sub(r" ([،.:؛!؟,)\]])", r"\1", s)
                s = re.sub(r"([(\[]) ", r"\1", s)
                out.append(s)
            toks = []
            if len(out) >= limit:
                break
            continue
        toks.append(line.split()[0])
    return out


NAV = "".join(f'<li><a href="/s{i}">{w}</a></li>' for i, w in enumerate(
    ["الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "ثقافة", "منوعات", "فيديو", "رأي", "تقارير"]))


def make_page(i: int, rnd: random.Random, sents: list[str]) -> tuple[str, dict[str, object]]:
    style = i % 4
    head = rnd.choice(sents)[:90].rsplit(" ", 1)[0]
    dek = rnd.choice(sents)
    paras = [" ".join(rnd.sample(sents, rnd.randint(1, 3))) for _ in range(rnd.randint(5, 12))]
    caps = [(" ".join(rnd.choice(sents).split()[:12]), rnd.choice(["رويترز", "أ ف ب", "AP/Photographer", "الأناضول"]))
            for _ in range(rnd.randint(1, 2))]
    related = "".join(f'<li><a href="/r{j}">{rnd.choice(sents)[:60]}</a></li>' for j in range(5))
    date = f"2024-0{1 + i % 9}-{1 + i % 28:02d}"
    jsonld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": head,
                         "datePublished": f"{date}T09:00:00+03:00", "author": {"@type": "Person", "name": "مراسل"},
                         "publisher": {"@type": "Organization", "name": "موقع"}}, ensure_ascii=False)
    figs = []
    for text, credit in caps:
        if style == 1:
            figs.append(f'<figure class="wp-caption"><img src="/x.jpg"><figcaption><span class="caption">{text}'
                        f'</span> <span class="credit">({credit})</span></figcaption></figure>')
        elif style == 2:
            figs.append(f'<figure><amp-img src="/x.jpg" width="8" height="5"></amp-img><figcaption>{text}'
                        f'<cite>{credit}</cite></figcaption></figure>')
        else:
            figs.append(f'<figure><img src="/x.jpg" alt=""><figcaption>{text} ({credit})</figcaption></figure>')
    # furniture that sits inside the article on real sites: a "read also" box, tags, share buttons
    read_also = f'<p><strong>اقرأ أيضا:</strong> <a href="/ra{i}">{rnd.choice(sents)[:70]}</a></p>'
    tail = (f'<div class="tags">كلمات دالة: <a href="/t1">{rnd.choice(sents).split()[0]}</a> '
            f'<a href="/t2">{rnd.choice(sents).split()[0]}</a></div><div class="share">شارك</div>')
    body_html = ("".join(f"<p>{p}</p>" for p in paras[:2]) + read_also
                 + "".join(f"<p>{p}</p>" for p in paras[2:]) + tail)
    if style == 0:
        page = (f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{head} | الموقع</title>'
                f'<script type="application/ld+json">{jsonld}</script></head><body><header><nav><ul>{NAV}</ul></nav>'
                f'</header><main><article><header><h1>{head}</h1><p class="article__subhead">{dek}</p></header>'
                f'{figs[0]}<div class="wysiwyg">{"".join(f"<p>{p}</p>" for p in paras[:len(paras) // 2])}'
                f'{"".join(figs[1:])}{read_also}{"".join(f"<p>{p}</p>" for p in paras[len(paras) // 2:])}{tail}'
                f'</div></article><aside class="related"><h3>اقرأ أيضا</h3><ul>'
                f'{related}</ul></aside></main><footer>جميع الحقوق محفوظة 2024</footer></body></html>')
    elif style == 1:
        page = (f'<html lang="ar"><head><meta charset="utf-8"><title>{head}</title>'
                f'<meta property="og:title" content="{head}"><meta property="article:published_time" '
                f'content="{date}T09:00:00+00:00"></head><body><div id="header"><ul>{NAV}</ul></div>'
                f'<div class="article-content"><h1 class="headline">{head}</h1><h2 class="underline">{dek}</h2>'
                f'<div class="media">{"".join(figs)}</div><div class="the-content">{body_html}</div></div>'
                f'<div class="sidebar"><ul>{related}</ul></div><div class="footer">© 2024</div></body></html>')
    elif style == 2:
        page = (f'<!doctype html><html ⚡ lang="ar"><head><meta charset="utf-8"><title>{head}</title>'
                f'<script type="application/ld+json">{{"@graph":[{jsonld}]}}</script></head><body>'
                f'<amp-sidebar id="s" layout="nodisplay"><ul>{NAV}</ul></amp-sidebar><article>'
                f'<h1 class="amp-title">{head}</h1><div class="amp-excerpt">{dek}</div>{"".join(figs)}'
                f'<div class="amp-content">{body_html}</div></article></body></html>')
    else:
        page = (f'<html><head><meta charset="utf-8"><title>{head}</title><meta name="pubdate" content="{date}">'
                f'</head><body><div class="menu">{NAV}</div><div class="post"><h1>{head}</h1>'
                f'<div class="post-excerpt">{dek}</div>{"".join(figs)}<div class="post-body">{body_html}</div></div>'
                f'<div class="widget most-read"><ul>{related}</ul></div></body></html>')
    gold = {"headline": head, "dek": dek, "captions": [f"{t} ({c})" for t, c in caps], "body": paras}
    return page, gold


def clean(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def prf(pred: list[str], gold: list[str]) -> tuple[int, int, int]:
    g = [clean(x) for x in gold]
    p = [clean(x) for x in pred]
    tp = sum(1 for x in p if x in g)
    return tp, len(p), len(g)


def timed_interleaved(runs: dict[str, object], pages: list[bytes]) -> dict[str, tuple[float, float, list[object]]]:
    """Each page through every pipeline in turn, so load from other jobs hits all alike.

    Returns per pipeline (wall seconds, CPU seconds of this process, outputs).
    """
    wall = dict.fromkeys(runs, 0.0)
    cpu = dict.fromkeys(runs, 0.0)
    outs: dict[str, list[object]] = {k: [] for k in runs}
    for html in pages:
        for name, fn in runs.items():
            t0, c0 = time.perf_counter(), time.process_time()
            outs[name].append(fn(html))  # type: ignore[operator]
            wall[name] += time.perf_counter() - t0
            cpu[name] += time.process_time() - c0
    return {k: (wall[k], cpu[k], outs[k]) for k in runs}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--batch-pages", type=int, default=400)
    ap.add_argument("--skip-batch", action="store_true")
    args = ap.parse_args()

    import trafilatura

    from khabar.ingest.html import html_document
    from khabar.pipeline import DEFAULT_STAGES, get_stage

    for s in DEFAULT_STAGES:
        get_stage(s)
    sents = sentences()
    rnd = random.Random(7)
    made = [make_page(i, rnd, sents) for i in range(args.pages)]
    pages = [p for p, _ in made]
    golds = [g for _, g in made]
    raw = [p.encode("utf-8") for p in pages]
    for h in raw[:5]:  # warm caches and lazy imports
        trafilatura.extract(h)
        html_document(h)

    runs = {
        "trafilatura.extract (text only)": lambda h: trafilatura.extract(h),
        "trafilatura.bare_extraction + metadata": lambda h: trafilatura.bare_extraction(h, with_metadata=True),
        "khabar extraction only (Document text + layout)": lambda h: html_document(h, analyze=False),
        "khabar extraction only --fast (resiliparse)": lambda h: html_document(h, analyze=False, fast=True),
        "khabar full analysis": lambda h: html_document(h),
        "khabar full analysis --fast (resiliparse)": lambda h: html_document(h, fast=True),
    }
    timing = timed_interleaved(runs, raw)
    results = {k: (v[0], v[2]) for k, v in timing.items()}
    base_cpu = len(raw) / timing["trafilatura.extract (text only)"][1]
    base_wall = len(raw) / timing["trafilatura.extract (text only)"][0]
    print(f"## HTML -> analysis, {len(raw)} pages, one process, pipelines interleaved page by page\n")
    print("| pipeline | docs/s (CPU time) | x trafilatura.extract | docs/s (wall) | x trafilatura.extract |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, (wall, cpu, _) in timing.items():
        rc, rw = len(raw) / cpu, len(raw) / wall
        print(f"| {name} | {rc:.1f} | {rc / base_cpu:.2f} | {rw:.1f} | {rw / base_wall:.2f} |")
    # where the time of the full analysis goes: the stages after extraction
    from khabar.ingest.html import html_document as _hd

    docs = [_hd(h, analyze=False) for h in raw[:100]]
    stage_ms = []
    for name in DEFAULT_STAGES:
        if name == "layout":
            continue
        st = get_stage(name)
        c0 = time.process_time()
        for d in docs:
            st(d)
        stage_ms.append(f"{name} {(time.process_time() - c0) / len(docs) * 1000:.1f}")
    print(f"\nCPU ms per page by stage (100 pages): {', '.join(stage_ms)}")

    # body paragraphs vs gold: khabar layout.body and trafilatura's text lines
    def score(preds: list[list[str]]) -> str:
        tp = np_ = ng = 0
        for pred, gold in zip(preds, golds, strict=True):
            a, b, c = prf(pred, gold["body"])  # type: ignore[arg-type]
            tp, np_, ng = tp + a, np_ + b, ng + c
        p, r = tp / max(np_, 1), tp / max(ng, 1)
        return f"{p:.3f} | {r:.3f} | {2 * p * r / max(p + r, 1e-9):.3f}"

    traf = [[ln for ln in (t or "").split("\n") if ln.strip()] for t in results["trafilatura.extract (text only)"][1]]
    kh = [[b.text for b in d.layout.body] for d in results["khabar full analysis"][1]]  # type: ignore[attr-defined]
    khf = [[b.text for b in d.layout.body] for d in results["khabar full analysis --fast (resiliparse)"][1]]  # type: ignore[attr-defined]
    print("\n## Body paragraphs vs the pages' gold body (exact paragraph match)\n")
    print("| extractor | precision | recall | F1 |\n| --- | ---: | ---: | ---: |")
    print(f"| trafilatura.extract lines | {score(traf)} |")
    print(f"| khabar layout.body | {score(kh)} |")
    print(f"| khabar layout.body --fast | {score(khf)} |")
    cap_found = sum(1 for d, g in zip(results["khabar full analysis"][1], golds, strict=True)
                    for c in g["captions"] if any(clean(x.text) == clean(c) for x in d.layout.captions))  # type: ignore[attr-defined, union-attr]
    cap_total = sum(len(g["captions"]) for g in golds)  # type: ignore[arg-type]
    traf_caps = sum(1 for t, g in zip(results["trafilatura.extract (text only)"][1], golds, strict=True)
                    for c in g["captions"] if clean(str(c).rsplit(" (", 1)[0]) in clean(str(t or "")))  # type: ignore[union-attr]
    dek_ok = sum(1 for d, g in zip(results["khabar full analysis"][1], golds, strict=True)
                 if d.layout.dek and clean(d.layout.dek.text) == clean(str(g["dek"])))  # type: ignore[attr-defined]
    date_ok = sum(1 for d in results["khabar full analysis"][1] if d.publication_date.value)  # type: ignore[attr-defined]
    print(f"\ncaptions with credits as printed: khabar {cap_found}/{cap_total}; caption text anywhere in "
          f"trafilatura's output: {traf_caps}/{cap_total}. dek found: {dek_ok}/{len(golds)}. "
          f"page date found: {date_ok}/{len(golds)}.")
    sys.stdout.flush()
    if args.skip_batch:
        return 0

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from khabar.ingest.batch import Options, run_batch

    rnd = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / "bench.warc.gz"
        with open(warc, "wb") as f:
            w = WARCWriter(f, gzip=True)
            for i in range(args.batch_pages):
                page, _ = make_page(i, rnd, sents)
                hh = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
                w.write_record(w.create_warc_record(f"https://bench.example/{i}", "response",
                                                    payload=io.BytesIO(page.encode("utf-8")), http_headers=hh))
        print(f"\n## khabar batch on a {args.batch_pages}-page gzipped WARC (partition size 25)\n")
        print("| engine | workers | docs/s (wall, incl. start-up) | speed-up | start-up s "
              "| docs/s after start-up | speed-up | peak RSS per worker (MB) |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
        for engine in ("local", "dask"):
            one = one_steady = 0.0
            for workers in (1, 2):
                out = Path(tmp) / f"out-{engine}-{workers}"
                s = run_batch([str(warc)], out=str(out), engine=engine, workers=workers, partition_size=25,
                              opts=Options(), progress=False)
                r = s["this_run"]
                rate, steady = r["docs_per_second"], r["docs_per_second_after_startup"]
                one, one_steady = one or rate, one_steady or steady
                peaks = ", ".join(f"{v:.0f}" for v in s["peak_rss_mb_per_worker"].values())
                print(f"| {engine} | {workers} | {rate:.1f} | {rate / one:.2f} | {r['startup_seconds']:.2f} "
                      f"| {steady:.1f} | {steady / one_steady:.2f} | {peaks} |")
                sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
