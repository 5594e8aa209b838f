"""A readable summary of a Document for a person at a terminal (``--format text``).

Terminals rarely apply the bidi algorithm to whole lines, so Arabic lines are right-aligned
to the terminal width with their labels at the right edge, where an Arabic reader starts.
"""

from __future__ import annotations

import shutil
import textwrap
from collections import defaultdict

from khabar.model import Document


def _width() -> int:
    return max(40, min(shutil.get_terminal_size((100, 24)).columns, 120))


def _rtl(label: str, value: str, width: int) -> list[str]:
    """Wrap ``value`` and right-align it, the label closing the first line on the right."""
    body = width - len(label) - 3
    lines = textwrap.wrap(" ".join(value.split()), max(20, body)) or [""]
    out = [f"{lines[0]} :{label}".rjust(width)]
    out.extend(line.rjust(width - len(label) - 2) for line in lines[1:])
    return out


def _section(title: str, width: int) -> str:
    return f"── {title} ".ljust(width, "─")


def render_text(doc: Document) -> str:
    """Layout and every layer, one item per line, Arabic right-aligned."""
    w = _width()
    out: list[str] = []
    pub = doc.publication_date
    how = "given" if pub.given_as_input else (pub.source or "unknown")
    out.append(_section(f"khabar {doc.meta.khabar_version}  date {pub.value or '?'} ({how})", w))
    lay = doc.layout
    if lay.headline:
        out += _rtl("العنوان", lay.headline.text, w)
    if lay.dek:
        out += _rtl("المقدمة", lay.dek.text, w)
    for cap in lay.captions:
        out += _rtl("تعليق صورة", cap.text, w)
        if cap.credits:
            out += _rtl("حقوق", " | ".join(cap.credits), w)
    out.append(f"body paragraphs: {len(lay.body)}   chrome: {len(lay.chrome)}   duplicates: {len(lay.duplicates)}")
    if doc.entities:
        out.append(_section(f"entities ({len(doc.entities)})", w))
        groups: dict[tuple[str, str], list[str]] = defaultdict(list)
        for e in doc.entities:
            groups[(e.label, e.canonical)].append(e.text)
        for (label, canonical), texts in sorted(groups.items()):
            forms = "، ".join(dict.fromkeys(texts))
            out.append(f"{label:<7}{canonical:<34} x{len(texts):<3}" + forms.rjust(max(0, w - 46)))
    if doc.timexes:
        out.append(_section(f"dates and times ({len(doc.timexes)})", w))
        for t in doc.timexes:
            out.append(f"{t.type:<9}{t.value:<22}" + t.text.rjust(max(0, w - 31)))
    if doc.attributions:
        out.append(_section(f"quotes ({len(doc.attributions)})", w))
        for a in doc.attributions:
            who = a.speaker.text if a.speaker else "?"
            kind = f"{a.kind}, {a.speaker.type}" if a.speaker else a.kind
            out += _rtl(f"{who} ({a.cue.text}) [{kind}]", a.content.text, w)
    if doc.according_to:
        out.append(_section(f"according to ({len(doc.according_to)})", w))
        for a in doc.according_to:
            out += _rtl(f"{a.speaker.text if a.speaker else '?'} ({a.cue.text})", a.content.text, w)
    if doc.claims:
        out.append(_section(f"claims ({len(doc.claims)})", w))
        for c in doc.claims:
            src = f" per {c.source.text}" if c.source else ""
            hedge = "  (hedged)" if c.hedges else ""
            out.append(f"{c.category:<11}{c.bound:<7}{c.value:<12}" + f"{c.quantity.text}{src}{hedge}".rjust(max(0, w - 30)))
    if doc.events:
        out.append(_section(f"events ({len(doc.events)})", w))
        for ev in doc.events:
            who = ", ".join(ev.actors) or "?"
            whom = ", ".join(ev.targets) or "-"
            mode = f" [{ev.mode}]" if ev.mode else ""
            out.append(f"{ev.type:<10}{who} -> {whom}{mode}  {ev.date or ''}  {ev.place or ''}".ljust(w - 12)
                       + ev.trigger.text.rjust(12))
    return "\n".join(out)
