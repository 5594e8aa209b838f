"""Turning a Document into highlighted pieces, and a claim series into an SVG chart.

Everything here returns plain data (pieces, numbers, strings); the templates escape it,
so article text never reaches the page as markup.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

from khabar.model import Document

LABELS_AR = {
    "PERSON": "شخص", "ORG": "منظمة", "GPE": "دولة أو مدينة", "LOC": "موقع", "FAC": "منشأة", "NORP": "جماعة",
}
LAYERS_AR = {
    "ent": "كيانات", "tmx": "تواريخ وأوقات", "quote": "اقتباسات", "cue": "أفعال القول", "spk": "المتحدثون",
    "num": "أرقام", "csrc": "مصادر الأرقام", "hedge": "تحفظات", "evt": "أحداث", "aside": "خارج المقال",
}
CATEGORIES_AR = {
    "killed": "قتلى", "injured": "جرحى", "displaced": "نازحون", "hostages": "رهائن", "arrested": "معتقلون",
    "missing": "مفقودون", "detained": "محتجزون", "refugees": "لاجئون", "released": "مفرج عنهم",
    "money": "مبالغ", "aid": "مساعدات", "troops": "جنود", "buildings": "مبانٍ",
}
MODALITY_AR = {"negated": "منفي", "attempted": "محاولة", "hypothetical": "افتراضي", "planned": "مخطط له"}
BOUNDS_AR = {"exact": "عدد محدد", "lower": "على الأقل", "upper": "على الأكثر", "approx": "نحو"}
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf")


@dataclass
class Piece:
    """A stretch of text covered by the same set of annotations."""

    text: str
    classes: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)

    @property
    def cls(self) -> str:
        return " ".join(self.classes)

    @property
    def title(self) -> str:
        return " · ".join(self.titles)


def _annotations(doc: Document) -> list[tuple[int, int, str, str]]:
    """(start, end, css classes, tooltip) for every span of every layer."""
    ann: list[tuple[int, int, str, str]] = []
    for z in (*doc.layout.chrome, *doc.layout.duplicates):
        ann.append((z.start, z.end, "aside", LAYERS_AR["aside"]))
    for e in doc.entities:
        ann.append((e.start, e.end, f"ent ent-{e.label}", f"{LABELS_AR.get(e.label, e.label)}: {e.canonical}"))
    for t in doc.timexes:
        ann.append((t.start, t.end, "tmx", f"{t.type} {t.value}"))
    for a in doc.attributions:
        ann.append((a.content.start, a.content.end, "quote", "اقتباس مباشر" if a.kind == "direct" else "قول منقول"))
        ann.append((a.cue.start, a.cue.end, "cue", "فعل القول"))
        if a.speaker:
            ann.append((a.speaker.start, a.speaker.end, "spk", f"المتحدث: {a.speaker.canonical or a.speaker.text}"))
    for a in doc.according_to:  # بحسب X: a source credited without a reporting verb
        ann.append((a.cue.start, a.cue.end, "cue", "نسبة إلى مصدر"))
        if a.speaker:
            ann.append((a.speaker.start, a.speaker.end, "spk", f"المصدر: {a.speaker.canonical or a.speaker.text}"))
    for c in doc.claims:
        ann.append((c.quantity.start, c.quantity.end, "num",
                    f"{CATEGORIES_AR.get(c.category, c.category)} = {_num(c.value)} ({BOUNDS_AR.get(c.bound, c.bound)})"))
        if c.source:
            ann.append((c.source.start, c.source.end, "csrc", "مصدر الرقم"))
        for h in c.hedges:
            ann.append((h.start, h.end, "hedge", "تحفظ"))
    for ev in doc.events:
        mod = f" ({MODALITY_AR.get(ev.modality, ev.modality)})" if ev.modality else ""
        ann.append((ev.trigger.start, ev.trigger.end, "evt", f"حدث {ev.type}{mod}"))
    n = len(doc.text)
    return [(max(0, s), min(n, e), c, t) for s, e, c, t in ann if 0 <= s < e <= n]


def pieces(doc: Document) -> list[Piece]:
    """The text cut at every annotation boundary, each piece with the classes covering it."""
    ann = _annotations(doc)
    cuts = sorted({0, len(doc.text), *(s for s, _, _, _ in ann), *(e for _, e, _, _ in ann)})
    out: list[Piece] = []
    starts: dict[int, list[int]] = {}
    for i, (s, _, _, _) in enumerate(ann):
        starts.setdefault(s, []).append(i)
    active: set[int] = set()
    for a, b in zip(cuts, cuts[1:], strict=False):
        active.update(starts.get(a, ()))
        active = {i for i in active if ann[i][1] > a}
        order = sorted(active)
        classes: list[str] = []
        for i in order:
            for c in ann[i][2].split():
                if c not in classes:
                    classes.append(c)
        out.append(Piece(doc.text[a:b], classes, [ann[i][3] for i in order]))
    return out


def layer_counts(doc: Document) -> dict[str, int]:
    return {
        "ent": len(doc.entities), "tmx": len(doc.timexes), "quote": len(doc.attributions),
        "num": len(doc.claims), "evt": len(doc.events),
        "aside": len(doc.layout.chrome) + len(doc.layout.duplicates),
    }


def _num(v: float | int | None) -> str:
    if v is None:
        return ""
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.2f}"


def _nice_step(span: float) -> float:
    raw = span / 5 if span > 0 else 1
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * mag:
            return m * mag
    return 10 * mag


def _day(s: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((s or "")[:10])
    except ValueError:
        return None


def _when(p: dict[str, Any]) -> dt.date:
    d = _day(p["date"])
    if d is None:
        raise ValueError("point without a date")
    return d


def series_chart(series: dict[str, Any], width: int = 760, height: int = 340) -> dict[str, Any]:
    """Geometry of a claim series chart: time on x, the figure on y, one colour per source.

    Returned as numbers and strings for the SVG template: axis ticks, per-source lines,
    markers (shape by bound: ▲ at least, ▼ at most, ○ about, ● exact), range bars, and
    red bands on days where sources disagree.
    """
    ml, mr, mt, mb = 70, 50, 30, 50
    pw, ph = width - ml - mr, height - mt - mb
    pts = [p for p in series["points"] if _day(p["date"])]
    days: list[dt.date] = sorted({d for p in pts if (d := _day(p["date"])) is not None})
    if not pts:
        return {"width": width, "height": height, "empty": True}
    d0, d1 = days[0], days[-1]
    span_days = max(1, (d1 - d0).days)
    single = d0 == d1

    def x(d: dt.date) -> float:
        if single:
            return ml + pw / 2
        return ml + pw * (d - d0).days / span_days

    top = max(max(p["value"], p["value_max"] or 0) for p in pts)
    step = _nice_step(top * 1.1 if top > 0 else 1)
    ymax = step * math.ceil((top * 1.1 if top > 0 else 1) / step)

    def y(v: float) -> float:
        return mt + ph - ph * v / ymax

    yticks = []
    v = 0.0
    while v <= ymax + 1e-9:
        yticks.append({"y": round(y(v), 1), "label": _num(v)})
        v += step
    nx = min(len(days), 6)
    xticks = []
    if single:
        xticks.append({"x": round(x(d0), 1), "label": d0.isoformat(), "anchor": "middle"})
    else:
        for i in range(nx):
            d = d0 + dt.timedelta(days=round(span_days * i / max(1, nx - 1)))
            anchor = "start" if i == 0 else "end" if i == nx - 1 else "middle"
            xticks.append({"x": round(x(d), 1), "label": d.isoformat(), "anchor": anchor})
    sources = sorted({p["source"] or "" for p in pts})
    colour = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(sources)}
    markers, lines = [], []
    for s in sources:
        mine = sorted((p for p in pts if (p["source"] or "") == s), key=lambda p: (p["date"], p["value"]))
        if len(mine) > 1:
            lines.append({"colour": colour[s], "points": " ".join(
                f"{x(_when(p)):.1f},{y(p['value']):.1f}" for p in mine)})
    for p in pts:
        cx, cy = x(_when(p)), y(p["value"])
        label = f"{p['date']}: {_num(p['value'])}"
        if p["value_max"] is not None:
            label += f"–{_num(p['value_max'])}"
        label += f" ({BOUNDS_AR.get(p['bound'], p['bound'])}) — {p['source'] or 'مصدر غير مذكور'}"
        if p["hedges"]:
            label += " — تحفظ: " + "، ".join(p["hedges"])
        if p["disagreement"]:
            label += " — تضارب في هذا اليوم"
        markers.append({
            "cx": round(cx, 1), "cy": round(cy, 1), "colour": colour[p["source"] or ""], "bound": p["bound"],
            "hedged": bool(p["hedges"]), "href": f"/documents/{p['doc_id']}", "label": label,
            "range_y": round(y(p["value_max"]), 1) if p["value_max"] is not None else None,
            "tri_up": f"{cx:.1f},{cy - 7:.1f} {cx - 6:.1f},{cy + 5:.1f} {cx + 6:.1f},{cy + 5:.1f}",
            "tri_down": f"{cx:.1f},{cy + 7:.1f} {cx - 6:.1f},{cy - 5:.1f} {cx + 6:.1f},{cy - 5:.1f}",
        })
    bands = [{"x": round(x(d) - 8, 1), "width": 16} for d in days
             if any(p["disagreement"] and _day(p["date"]) == d for p in pts)]
    return {
        "width": width, "height": height, "empty": False, "ml": ml, "mt": mt, "pw": pw, "ph": ph,
        "x_axis_y": mt + ph, "yticks": yticks, "xticks": xticks, "lines": lines, "markers": markers,
        "bands": bands, "y_title": CATEGORIES_AR.get(series.get("category", ""), series.get("category", "")), "legend": [{"name": s or "مصدر غير مذكور", "colour": colour[s]} for s in sources],
    }
