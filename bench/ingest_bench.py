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
import statistics
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


# Sizes (characters) of the twelve news-article pages in trafilatura's own test cache
# (github.com/adbar/trafilatura, tests/cache/*.html), measured 2026-11-26: real article pages
# carry 36-382 thousand characters of markup around a few thousand of text. Site-weight
# pages below are padded with generated site furniture to these sizes, page i to the i % 12th.
REAL_PAGE_CHARS = (36405, 81638, 117318, 119744, 132283, 142147, 147659, 182816, 200361, 211373,
                   242774, 382127)  # lanouvellerepublique.fr, dw.com, infobae.com, sueddeutsche.de,
# heise.de, theverge.com, eluniverso.com, spiegel.de, aljazeera.com, mercurynews.com, scmp.com, reuters.com

SECTIONS = ["سياسة", "اقتصاد", "رياضة", "ثقافة", "منوعات", "تكنولوجيا", "صحة", "علوم", "فيديو", "رأي",
            "تقارير", "حوارات", "مجتمع", "سياحة", "بيئة"]
ICON = ('<svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><path d="'
        + " ".join(f"M{k % 24} {k * 7 % 24}l{k % 5}.{k % 9} {k % 7}.{k % 3}c1.2 0 2.4-.8 3.1-1.9" for k in range(12))
        + '"/></svg>')


def _furniture(rnd: random.Random, sents: list[str], k: float) -> tuple[str, str, str]:
    """What real news sites put around an article, ``k`` times a typical amount.

    Returns (inside <head>, top of <body>, bottom of <body>): meta and preload tags, inline
    CSS, an inline JSON state and script, a mega menu, a breaking-news ticker, ad slots, a
    most-read list, teaser cards, a newsletter form, a comment form and a link-column footer.
    """
    def words(n: int) -> str:
        return " ".join(rnd.choice(sents).split()[:n])

    def n(base: int) -> int:
        return max(1, round(base * k))

    head = "".join(f'<meta property="og:x{j}" content="{words(6)}">' for j in range(20))
    head += "".join(f'<link rel="preload" href="/static/font{j}.woff2" as="font" crossorigin>' for j in range(6))
    head += "".join(f'<link rel="stylesheet" href="/static/css/chunk{j}.css">' for j in range(6))
    head += "<style>" + "".join(f".c{j}{{margin:{j % 9}px {j % 5}px;padding:{j % 7}px;color:#{j * 2654435761 % 16777216:06x};"
                                f"font:{12 + j % 6}px/1.{j % 9} sans-serif}}" for j in range(n(220))) + "</style>"
    state = {"nav": [{"title": s, "url": f"/{j}", "children": [{"title": words(3), "url": f"/{j}/{m}"} for m in range(8)]}
                     for j, s in enumerate(SECTIONS)],
             "teasers": [{"id": 1000 + j, "title": words(10), "summary": words(25), "image": f"/img/{j}.jpg",
                          "section": rnd.choice(SECTIONS)} for j in range(n(30))],
             "ads": {f"slot{j}": {"sizes": [[300, 250], [728, 90]], "targeting": {"pos": j}} for j in range(12)}}
    head += f"<script>window.__INITIAL_STATE__={json.dumps(state, ensure_ascii=False)};</script>"
    head += "<script>" + ";".join(f"function f{j}(a,b){{var c=a+{j};if(c>b){{return f{j + 1}(b,c)}}"
                                  f"return document.getElementById('c{j}')}}" for j in range(n(300))) + "</script>"
    head += "".join(f'<script async src="/static/js/chunk{j}.js"></script>' for j in range(18))
    ads = [f'<div class="ad-slot" id="div-gpt-ad-{j}" data-sizes="300x250,728x90" data-pos="{j}"></div>' for j in range(6)]
    top = ('<div class="topbar"><span class="date">الثلاثاء</span><a href="/en">English</a>'
           + "".join(f'<a class="social" href="https://social.example/{j}">{ICON}</a>' for j in range(6)) + "</div>"
           + ads[0] + '<nav class="mega-menu"><ul>'
           + "".join(f'<li class="menu-item"><a href="/{j}">{s}</a><ul class="sub-menu">'
                     + "".join(f'<li><a href="/{j}/{m}">{words(2)}</a></li>' for m in range(n(8))) + "</ul></li>"
                     for j, s in enumerate(SECTIONS)) + "</ul></nav>"
           + '<div class="breaking-news"><span>عاجل</span><ul>'
           + "".join(f'<li><a href="/b{j}">{words(9)}</a></li>' for j in range(5)) + "</ul></div>" + ads[1])

    def card(j: int) -> str:
        return (f'<article class="card"><a href="/n/{j}"><img src="/img/{j}.jpg" alt="" loading="lazy">'
                f'<span class="card__section">{rnd.choice(SECTIONS)}</span><h3 class="card__title">{words(10)}</h3>'
                f'</a><time datetime="2024-01-0{1 + j % 9}">منذ {1 + j % 12} ساعات</time>{ICON}</article>')

    bottom = ('<aside class="sidebar">' + ads[2] + '<section class="most-read"><h2>الأكثر قراءة</h2><ol>'
              + "".join(f'<li><a href="/m{j}"><span class="num">{j + 1}</span>{words(11)}</a></li>' for j in range(10))
              + "</ol></section>" + ads[3]
              + '<form class="newsletter"><h3>النشرة البريدية</h3><p>اشترك لتصلك أهم الأخبار يوميا</p>'
              '<input type="email" placeholder="البريد الإلكتروني"><button>اشترك</button></form></aside>'
              + '<section class="more-stories"><h2>المزيد من الأخبار</h2>' + "".join(card(j) for j in range(n(8)))
              + "</section>" + ads[4]
              + '<section id="comments"><h2>التعليقات</h2><form><textarea placeholder="أضف تعليقك"></textarea>'
              '<button>إرسال</button></form></section><footer class="site-footer">'
              + "".join(f'<div class="col"><h4>{s}</h4><ul>'
                        + "".join(f'<li><a href="/f{j}/{m}">{words(2)}</a></li>' for m in range(n(10))) + "</ul></div>"
                        for j, s in enumerate(SECTIONS[:5]))
              + '<div class="apps">' + ICON * 4 + "</div><p>© 2024 جميع الحقوق محفوظة</p></footer>" + ads[5])
    return head, top, bottom


def site_weight(page: str, i: int, sents: list[str]) -> str:
    """``page`` in the furniture of a real news site, padded to ``REAL_PAGE_CHARS[i % 12]``."""
    target = REAL_PAGE_CHARS[i % len(REAL_PAGE_CHARS)]

    def build(k: float) -> str:
        head, top, bottom = _furniture(random.Random(i), sents, k)
        at = page.find("<body>") + len("<body>")
        out = page[:at] + top + page[at:]
        out = out.replace("</head>", head + "</head>", 1)
        end = out.rfind("</body>")
        return out[:end] + bottom + out[end:]

    one, two = len(build(1.0)), len(build(2.0))  # the size grows linearly with k
    return build(max(0.05, 1.0 + (target - one) / max(1, two - one)))


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


def report(timing: dict[str, tuple[float, float, list[object]]], golds: list[dict[str, object]], n: int) -> None:
    """The speed table and the extraction scores against the pages' gold, for one set of pages."""
    base_cpu = n / timing["trafilatura.extract (text only)"][1]
    base_wall = n / timing["trafilatura.extract (text only)"][0]
    print("| pipeline | docs/s (CPU time) | x trafilatura.extract | docs/s (wall) | x trafilatura.extract |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, (wall, cpu, _) in timing.items():
        rc, rw = n / cpu, n / wall
        print(f"| {name} | {rc:.1f} | {rc / base_cpu:.2f} | {rw:.1f} | {rw / base_wall:.2f} |")

    def score(preds: list[list[str]]) -> str:
        tp = np_ = ng = 0
        for pred, gold in zip(preds, golds, strict=True):
            a, b, c = prf(pred, gold["body"])  # type: ignore[arg-type]
            tp, np_, ng = tp + a, np_ + b, ng + c
        p, r = tp / max(np_, 1), tp / max(ng, 1)
        return f"{p:.3f} | {r:.3f} | {2 * p * r / max(p + r, 1e-9):.3f}"

    traf_out = timing["trafilatura.extract (text only)"][2]
    full = timing["khabar full analysis"][2]
    fast = timing["khabar full analysis --fast (resiliparse)"][2]
    traf = [[ln for ln in str(t or "").split("\n") if ln.strip()] for t in traf_out]
    print("\nBody paragraphs against the pages' gold body (exact paragraph match):\n")
    print("| extractor | precision | recall | F1 |\n| --- | ---: | ---: | ---: |")
    print(f"| trafilatura.extract lines | {score(traf)} |")
    print(f"| khabar layout.body | {score([[b.text for b in d.layout.body] for d in full])} |")  # type: ignore[attr-defined]
    print(f"| khabar layout.body --fast | {score([[b.text for b in d.layout.body] for d in fast])} |")  # type: ignore[attr-defined]
    cap_total = sum(len(g["captions"]) for g in golds)  # type: ignore[arg-type]
    for name, docs in (("khabar", full), ("khabar --fast", fast)):
        caps = sum(1 for d, g in zip(docs, golds, strict=True) for c in g["captions"]  # type: ignore[attr-defined]
                   if any(clean(x.text) == clean(c) for x in d.layout.captions))  # type: ignore[attr-defined]
        deks = sum(1 for d, g in zip(docs, golds, strict=True)
                   if d.layout.dek and clean(d.layout.dek.text) == clean(str(g["dek"])))  # type: ignore[attr-defined]
        heads = sum(1 for d, g in zip(docs, golds, strict=True)
                    if d.layout.headline and clean(d.layout.headline.text) == clean(str(g["headline"])))  # type: ignore[attr-defined]
        dates = sum(1 for d in docs if d.publication_date.value)  # type: ignore[attr-defined]
        print(f"\n{name}: captions with credits as printed {caps}/{cap_total}, headline {heads}/{n}, "
              f"dek {deks}/{n}, page date {dates}/{n}.", end="")
    traf_caps = sum(1 for t, g in zip(traf_out, golds, strict=True)
                    for c in g["captions"] if clean(str(c).rsplit(" (", 1)[0]) in clean(str(t or "")))  # type: ignore[union-attr]
    print(f"\ntrafilatura: caption text anywhere in its output {traf_caps}/{cap_total}.\n")
    sys.stdout.flush()


def html_tables(pages: int, sents: list[str]) -> None:
    """The single-process tables: lean and site-weight pages, speed and extraction scores."""
    import trafilatura

    from khabar.ingest.html import html_document
    from khabar.pipeline import DEFAULT_STAGES, get_stage

    for s in DEFAULT_STAGES:
        get_stage(s)
    rnd = random.Random(7)
    made = [make_page(i, rnd, sents) for i in range(pages)]
    golds = [g for _, g in made]
    lean = [p.encode("utf-8") for p, _ in made]
    weighty = [site_weight(p, i, sents).encode("utf-8") for i, (p, _) in enumerate(made)]
    for h in lean[:5] + weighty[:5]:  # warm caches and lazy imports
        trafilatura.extract(h)
        html_document(h)
        html_document(h, fast=True)

    runs = {
        "trafilatura.extract (text only)": lambda h: trafilatura.extract(h),
        "trafilatura.bare_extraction + metadata": lambda h: trafilatura.bare_extraction(h, with_metadata=True),
        "khabar extraction only (Document text + layout)": lambda h: html_document(h, analyze=False),
        "khabar extraction only --fast (resiliparse)": lambda h: html_document(h, analyze=False, fast=True),
        "khabar full analysis": lambda h: html_document(h),
        "khabar full analysis --fast (resiliparse)": lambda h: html_document(h, fast=True),
    }
    for label, raw in (("lean pages (the article and a little furniture)", lean),
                       ("site-weight pages (padded to the sizes of real news pages)", weighty)):
        chars = sorted(len(h.decode("utf-8")) for h in raw)
        print(f"## HTML -> analysis, {len(raw)} {label}, one process, pipelines interleaved page by page\n")
        print(f"Page size: median {chars[len(chars) // 2]:,} characters (from {chars[0]:,} to {chars[-1]:,}).\n")
        report(timed_interleaved(runs, raw), golds, len(raw))
    # where the time of the full analysis goes: the stages after extraction
    docs = [html_document(h, analyze=False) for h in lean[:100]]
    stage_ms = []
    for name in DEFAULT_STAGES:
        if name == "layout":
            continue
        st = get_stage(name)
        c0 = time.process_time()
        for d in docs:
            st(d)
        stage_ms.append(f"{name} {(time.process_time() - c0) / len(docs) * 1000:.1f}")
    print(f"CPU ms per page by stage (100 lean pages): {', '.join(stage_ms)}")
    sys.stdout.flush()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--batch-pages", type=int, default=400)
    ap.add_argument("--skip-batch", action="store_true")
    ap.add_argument("--skip-html", action="store_true", help="only the batch engines")
    ap.add_argument("--repeat", type=int, default=3, help="batch runs per engine and worker count")
    args = ap.parse_args()

    sents = sentences()
    if not args.skip_html:
        html_tables(args.pages, sents)
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
        print(f"\n## khabar batch on a {args.batch_pages}-page gzipped WARC of lean pages (partition size 25), "
              f"median of {args.repeat} runs\n")
        print("| engine | workers | docs/s (wall, incl. start-up) | speed-up | start-up s "
              "| docs/s after start-up | speed-up | peak RSS per worker (MB) |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
        for engine in ("local", "dask"):
            one = one_steady = 0.0
            for workers in (1, 2):
                rates, steadies, startups, peaks = [], [], [], []
                for rep in range(args.repeat):
                    out = Path(tmp) / f"out-{engine}-{workers}-{rep}"
                    s = run_batch([str(warc)], out=str(out), engine=engine, workers=workers, partition_size=25,
                                  opts=Options(), progress=False)
                    r = s["this_run"]
                    rates.append(r["docs_per_second"])
                    steadies.append(r["docs_per_second_after_startup"])
                    startups.append(r["startup_seconds"])
                    peaks.extend(s["peak_rss_mb_per_worker"].values())
                rate, steady = statistics.median(rates), statistics.median(steadies)
                one, one_steady = one or rate, one_steady or steady
                print(f"| {engine} | {workers} | {rate:.1f} | {rate / one:.2f} | {statistics.median(startups):.2f} "
                      f"| {steady:.1f} | {steady / one_steady:.2f} | {min(peaks):.0f}-{max(peaks):.0f} |")
                sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
