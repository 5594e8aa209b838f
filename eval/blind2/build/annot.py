"""Turn a substring-based annotation spec into gold JSON with exact character offsets.

Every span is located by searching for an annotated substring (optionally inside a longer,
unique context string) in the article text; nothing is counted by hand. `Spec.dump()` checks
that text[start:end] == text for every span before it writes the gold file.
Paths are relative to this file (eval/blind2/build/), so the script runs from any checkout.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

BLIND = Path(__file__).resolve().parent.parent
PROCLITIC = r"(?:[وف]?[بلك]?)"


class Spec:
    """One article's annotation, built up from substring specs."""

    def __init__(self, name: str, date: str, note: str | None = None) -> None:
        self.name = name
        self.text = (BLIND / "corpus" / f"{name}.txt").read_text(encoding="utf-8")
        self.date = date
        self.note = note
        self.paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", self.text)]
        self.chrome: list[dict[str, Any]] = []
        self.captions: list[dict[str, Any]] = []
        self.duplicates: list[dict[str, Any]] = []
        self.headline: dict[str, Any] | None = None
        self.dek: dict[str, Any] | None = None
        self.entities: list[dict[str, Any]] = []
        self.timexes: list[dict[str, Any]] = []
        self.attributions: list[dict[str, Any]] = []
        self.claims: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []

    # spans ---------------------------------------------------------------------------------
    def span(self, s: int, e: int) -> dict[str, Any]:
        return {"start": s, "end": e, "text": self.text[s:e]}

    def _aside(self) -> list[tuple[int, int]]:
        return [(c["start"], c["end"]) for c in self.chrome + self.duplicates]

    def aside(self, s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in self._aside())

    def loc(self, ctx: str, surf: str | None = None) -> tuple[int, int]:
        """Offsets of ``surf`` inside (or starting inside) the one occurrence of ``ctx`` outside chrome/duplicates."""
        surf = surf or ctx
        hits = [m.start() for m in re.finditer(re.escape(ctx), self.text)
                if not self.aside(m.start(), m.start() + len(ctx))]
        if len(hits) != 1:
            raise AssertionError(f"{self.name}: context {ctx!r} found {len(hits)} times")
        i = self.text.find(surf, hits[0], hits[0] + len(ctx))
        if i < 0:  # blind2: a long surface may start inside the context and run past it
            i = self.text.find(surf, hits[0])
            if not hits[0] <= i < hits[0] + len(ctx):
                i = -1
        if i < 0:
            raise AssertionError(f"{self.name}: {surf!r} not in context {ctx!r}")
        return i, i + len(surf)

    def sp(self, ctx: str, surf: str | None = None) -> dict[str, Any]:
        return self.span(*self.loc(ctx, surf))

    def _line(self, line: str) -> list[tuple[int, int]]:
        hits = [(s, e) for s, e in self.paras if self.text[s:e] == line]
        if not hits:
            raise AssertionError(f"{self.name}: no line {line!r}")
        return hits

    def _line_starting(self, start: str) -> list[tuple[int, int]]:
        hits = [(s, e) for s, e in self.paras if self.text[s:e].startswith(start)]
        if not hits:
            raise AssertionError(f"{self.name}: no line starting {start!r}")
        return hits

    # layout --------------------------------------------------------------------------------
    def set_chrome(self, *lines: str) -> None:
        for ln in lines:
            for s, e in self._line(ln):
                self.chrome.append(self.span(s, e))

    def set_headline(self, start: str) -> None:
        self.headline = self.span(*self._line_starting(start)[0])

    def set_dek(self, start: str) -> None:
        self.dek = self.span(*self._line_starting(start)[0])

    def caption(self, start: str, credits: list[str], dates: list[str]) -> None:
        hits = self._line_starting(start)
        s, e = hits[0]
        for c in credits:
            assert c in self.text[s:e], c
        self.captions.append(dict(self.span(s, e), credits=credits, dates=dates))
        for s2, e2 in hits[1:]:
            assert self.text[s2:e2] == self.text[s:e]
            self.duplicates.append(dict(self.span(s2, e2), duplicate_of=s))

    def body(self) -> list[dict[str, Any]]:
        taken = {(x["start"], x["end"]) for x in self.chrome + self.captions + self.duplicates}
        for x in (self.headline, self.dek):
            if x:
                taken.add((x["start"], x["end"]))
        return [self.span(s, e) for s, e in self.paras if (s, e) not in taken]

    # entities ------------------------------------------------------------------------------
    def ents(self, table: list[tuple[str, ...]]) -> None:
        """Tag every occurrence (outside chrome/duplicates) of each surface form.

        Rows are (surface, label, canonical[, "opt"]). An attached proclitic is left out of
        the span; the لل form of an ال-word keeps the whole word. Longer mentions win; a
        name nested in a longer mention becomes optional, a PERSON inside a PERSON is dropped.
        """
        found = []
        for row in table:
            surf, label, canon = row[0], row[1], row[2]
            opt = len(row) > 3 and row[3] == "opt"
            forms = [re.escape(surf)]
            if surf.startswith("الل"):
                forms.append(re.escape("لل" + surf[3:]))  # ل + اللجنة is written للجنة
            elif surf.startswith("ال"):
                forms.append(re.escape("لل" + surf[2:]))
            pat = r"(?<!\w)({}(?:{}))(?!\w)".format(PROCLITIC, "|".join(forms))
            for m in re.finditer(pat, self.text):
                whole = m.group(1)
                if whole.endswith(surf):
                    s = m.start(1) + len(whole) - len(surf)
                else:
                    s = m.start(1) + (1 if whole[0] in "وف" else 0)
                e = m.end(1)
                if not self.aside(s, e):
                    found.append((s, e, label, canon, opt))
        found.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
        kept: list[tuple[int, int, str, str, bool]] = []
        for s, e, label, canon, opt in found:
            if any(a == s and b == e for a, b, *_ in kept):
                continue
            outers = [k for k in kept if k[0] <= s and e <= k[1]]
            if any(s < k[1] and e > k[0] for k in kept) and not outers:
                continue  # crossing overlap: the longer mention wins
            if outers:
                outer = min(outers, key=lambda k: k[1] - k[0])
                if (outer[2] == "PERSON" and label == "PERSON") or outer[3] == canon:
                    continue  # a surname inside the full name, or a shorter form of the same name
                opt = True
            kept.append((s, e, label, canon, opt))
        for s, e, label, canon, opt in kept:
            self._add_ent(s, e, label, canon, opt)

    def _add_ent(self, s: int, e: int, label: str, canon: str, opt: bool) -> None:
        self.entities = [x for x in self.entities if not (x["start"] == s and x["end"] == e)]
        it = dict(self.span(s, e), label=label, canonical=canon)
        if opt:
            it["optional"] = True
        self.entities.append(it)

    def ent(self, ctx: str, surf: str, label: str, canon: str, opt: bool = False) -> None:
        self._add_ent(*self.loc(ctx, surf), label, canon, opt)

    def drop(self, ctx: str, surf: str) -> None:
        s, e = self.loc(ctx, surf)
        before = len(self.entities)
        self.entities = [x for x in self.entities if not (x["start"] == s and x["end"] == e)]
        assert len(self.entities) < before, (ctx, surf)

    def opt(self, ctx: str, surf: str) -> None:
        s, e = self.loc(ctx, surf)
        hit = [x for x in self.entities if x["start"] == s and x["end"] == e]
        assert hit, (ctx, surf)
        for x in hit:
            x["optional"] = True

    # other layers --------------------------------------------------------------------------
    def tx(self, ctx: str, surf: str, typ: str, value: str, opt: bool = False,
           mod: str | None = None, note: str | None = None) -> None:
        it = dict(self.sp(ctx, surf), type=typ, value=value)
        if mod:
            it["mod"] = mod
        if opt:
            it["optional"] = True
        if note:
            it["note"] = note
        self.timexes.append(it)

    def attr(self, kind: str, cue: tuple[str, str], speaker: tuple[str, str], content: tuple[str, str],
             stype: str, canon: str | None = None, opt: bool = False, role: str | None = None,
             condition: str | None = None) -> None:
        spk = dict(self.sp(*speaker), type=stype)
        if canon:
            spk["canonical"] = canon
        if role:
            assert role in self.text, role
            spk["role"] = role
        if condition:
            assert condition in self.text, condition
            spk["condition"] = condition
        it: dict[str, Any] = {"kind": kind, "cue": self.sp(*cue)}
        if opt:
            it["optional"] = True
        it["speaker"] = spk
        it["content"] = self.sp(*content)
        self.attributions.append(it)

    def claim(self, ctx: str, surf: str, value: float, bound: str, category: str, subject: str,
              source: str | None = None, hedges: tuple[str, ...] = (), opt: bool = False,
              value_max: float | None = None, unit: str | None = None, date: str | None = None) -> None:
        if source:
            assert source in self.text, source
        for h in hedges:
            assert h in self.text, h
        it: dict[str, Any] = {"quantity": self.sp(ctx, surf), "value": value}
        if value_max is not None:
            it["value_max"] = value_max
        it.update(bound=bound, category=category)
        if unit:
            it["unit"] = unit
        it.update(subject=subject, source=source, hedges=list(hedges))
        if date:
            it["date"] = date
        if opt:
            it["optional"] = True
        self.claims.append(it)

    def ev(self, ctx: str, surf: str, typ: str, actors: list[str], targets: list[str],
           date: str | None = None, place: str | None = None, mode: str | None = None,
           modality: str | None = None, opt: bool = False, note: str | None = None) -> None:
        it: dict[str, Any] = {"type": typ}
        if mode:
            it["mode"] = mode
        if modality:
            it["modality"] = modality
        it["trigger"] = self.sp(ctx, surf)
        if note:
            it["note"] = note
        it.update(actors=actors, targets=targets, date=date, place=place)
        if opt:
            it["optional"] = True
        self.events.append(it)

    def more(self, word: str, typ: str, actors: list[str], targets: list[str]) -> None:
        """Mark every further mention of an annotated event (``word`` with any proclitic) as an
        optional second trigger, unless an event already sits on it."""
        for m in re.finditer(rf"(?<!\w){PROCLITIC}({re.escape(word)})(?!\w)", self.text):
            s, e = m.start(1), m.end(1)
            if self.aside(s, e) or any(x["trigger"]["start"] < e and x["trigger"]["end"] > s for x in self.events):
                continue
            self.events.append({"type": typ, "trigger": self.span(s, e), "note": "further mention",
                                "actors": actors, "targets": targets, "date": None, "place": None,
                                "optional": True})

    # output --------------------------------------------------------------------------------
    def gold(self) -> dict[str, Any]:
        pub: dict[str, Any] = {"value": self.date, "given_as_input": True}
        if self.note:
            pub["note"] = self.note
        return {
            "doc_id": self.name,
            "text_file": f"corpus/{self.name}.txt",
            "language": "ar",
            "publication_date": pub,
            "layout": {
                "chrome": self.chrome,
                "headline": self.headline,
                "dek": self.dek,
                "captions": self.captions,
                "duplicates": self.duplicates,
                "body": self.body(),
            },
            "entities": sorted(self.entities, key=lambda x: (x["start"], x["end"])),
            "timexes": sorted(self.timexes, key=lambda x: (x["start"], x["end"])),
            "attributions": sorted(self.attributions, key=lambda x: x["content"]["start"]),
            "claims": sorted(self.claims, key=lambda x: x["quantity"]["start"]),
            "events": sorted(self.events, key=lambda x: x["trigger"]["start"]),
        }

    def dump(self) -> Path:
        g = self.gold()
        bad = check(g, self.text)
        if bad:
            raise AssertionError(f"{self.name}: spans that do not quote the text: {bad[:5]}")
        out = BLIND / "gold" / f"{self.name}.json"
        out.write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return out


def check(node: Any, text: str, path: str = "$") -> list[str]:
    """Paths of every span whose text is not text[start:end]."""
    bad: list[str] = []
    if isinstance(node, dict):
        if {"start", "end", "text"} <= node.keys() and text[node["start"]:node["end"]] != node["text"]:
            bad.append(path)
        for k, v in node.items():
            bad += check(v, text, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            bad += check(v, text, f"{path}[{i}]")
    return bad
