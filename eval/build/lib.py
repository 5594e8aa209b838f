"""Helpers that turn a compact, substring-based annotation spec into gold JSON with exact offsets."""
import json
import re

ROOT = __import__("os").path.dirname(__import__("os").path.dirname(__import__("os").path.abspath(__file__)))


class Doc:
    def __init__(self, name, date, note=None):
        self.name = name
        self.text = open(f"{ROOT}/corpus/{name}.txt", encoding="utf-8").read()
        self.date = date
        self.note = note
        self.paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", self.text)]
        self.chrome, self.captions, self.duplicates = [], [], []
        self.headline = self.dek = None
        self.entities, self.timexes, self.attributions, self.claims, self.events = [], [], [], [], []
        self.skips = []

    # --- spans -------------------------------------------------------------------------------
    def span(self, s, e):
        return {"start": s, "end": e, "text": self.text[s:e]}

    def zones(self):
        return [(c["start"], c["end"]) for c in self.chrome + self.duplicates]

    def in_zone(self, s, e):
        return any(a <= s and e <= b for a, b in self.zones())

    def loc(self, ctx, surf=None):
        """Find ``surf`` inside the unique occurrence of ``ctx`` outside chrome/duplicates."""
        surf = surf or ctx
        hits = [m.start() for m in re.finditer(re.escape(ctx), self.text)
                if not self.in_zone(m.start(), m.start() + len(ctx))]
        assert len(hits) == 1, (self.name, ctx, len(hits))
        i = self.text.find(surf, hits[0], hits[0] + len(ctx))
        assert i >= 0, (self.name, ctx, surf)
        return i, i + len(surf)

    def para(self, startswith):
        hits = [(s, e) for s, e in self.paras if self.text[s:e].startswith(startswith)]
        assert len(hits) >= 1, (self.name, startswith)
        return hits

    # --- layout ------------------------------------------------------------------------------
    def set_chrome(self, *lines):
        for ln in lines:
            hits = [(s, e) for s, e in self.paras if self.text[s:e] == ln]
            assert hits, (self.name, ln)
            for s, e in hits:
                self.chrome.append(self.span(s, e))

    def set_headline(self, line):
        s, e = self.para(line)[0]
        self.headline = self.span(s, e)

    def set_dek(self, line):
        s, e = self.para(line)[0]
        self.dek = self.span(s, e)

    def add_caption(self, startswith, credits, dates):
        hits = self.para(startswith)
        s, e = hits[0]
        for c in credits:
            assert c in self.text[s:e], c
        self.captions.append(dict(self.span(s, e), credits=credits, dates=dates))
        for s2, e2 in hits[1:]:
            assert self.text[s2:e2] == self.text[s:e]
            self.duplicates.append(dict(self.span(s2, e2), duplicate_of=s))

    # --- entities ----------------------------------------------------------------------------
    def ents(self, table):
        """table: list of (surface, label, canonical[, 'opt']). Tags every occurrence outside chrome,
        allowing proclitics و ف ب ل ك (and لل for ال-words); longest surfaces win."""
        found = []
        for row in table:
            surf, label, canon = row[:3]
            opt = len(row) > 3 and row[3] == "opt"
            alts = [re.escape(surf)]
            if surf.startswith("ال"):
                alts.append(re.escape("لل" + surf[2:]))
            pat = r"(?<!\w)((?:[وف]?[بلك]?)(?:%s))(?!\w)" % "|".join(alts)
            for m in re.finditer(pat, self.text):
                full = m.group(1)
                if full.endswith(surf):
                    s = m.start(1) + len(full) - len(surf)
                else:  # the لل form: keep the whole word
                    s = m.start(1) + (1 if full[0] in "وف" else 0)
                e = m.end(1)
                if self.in_zone(s, e):
                    continue
                found.append((s, e, label, canon, opt))
        found.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
        taken = []
        for s, e, label, canon, opt in found:
            if any(s < b and e > a for a, b, *_ in taken):
                # nested inside a longer mention: an optional inner part
                outers = [t for t in taken if t[0] <= s and e <= t[1]]
                if not outers:
                    continue  # a crossing overlap: the longer mention wins
                outer = min(outers, key=lambda t: t[1] - t[0])
                if outer[2] == "PERSON" and label == "PERSON":
                    continue  # a surname inside the full name is not a second mention
                if outer[4]:  # inside an optional mention: keep as annotated (nisbas stay optional)
                    taken.append((s, e, label, canon, opt or label == "NORP", "nested"))
                else:  # inner part of a longer name: optional
                    taken.append((s, e, label, canon, True, "nested"))
                continue
            taken.append((s, e, label, canon, opt, ""))
        for s, e, label, canon, opt, _ in taken:
            if any(a == s and b == e for a, b in self.skips):
                continue
            it = dict(self.span(s, e), label=label, canonical=canon)
            if opt:
                it["optional"] = True
            self.entities.append(it)

    def skip(self, ctx, surf):
        self.skips.append(self.loc(ctx, surf))

    def ent(self, ctx, surf, label, canon, opt=False):
        s, e = self.loc(ctx, surf)
        self.entities = [x for x in self.entities if not (x["start"] == s and x["end"] == e)]
        it = dict(self.span(s, e), label=label, canonical=canon)
        if opt:
            it["optional"] = True
        self.entities.append(it)

    def setopt(self, ctx, surf, opt=True):
        s, e = self.loc(ctx, surf)
        hit = [x for x in self.entities if x["start"] == s and x["end"] == e]
        assert hit, (ctx, surf)
        for x in hit:
            if opt:
                x["optional"] = True
            else:
                x.pop("optional", None)

    # --- other layers ------------------------------------------------------------------------
    def tx(self, ctx, surf, typ, value, opt=False, note=None, mod=None):
        s, e = self.loc(ctx, surf)
        it = dict(self.span(s, e), type=typ, value=value)
        if mod:
            it["mod"] = mod
        if opt:
            it["optional"] = True
        if note:
            it["note"] = note
        self.timexes.append(it)

    def attr(self, kind, cue, speaker, content, stype, canon=None, opt=False, role=None, condition=None):
        """cue/speaker/content: (ctx, surf) pairs."""
        sp = dict(self.span(*self.loc(*speaker)), type=stype)
        if canon:
            sp["canonical"] = canon
        if role:
            sp["role"] = role
        if condition:
            sp["condition"] = condition
        it = {"kind": kind, "cue": self.span(*self.loc(*cue))}
        if opt:
            it["optional"] = True
        it["speaker"] = sp
        it["content"] = self.span(*self.loc(*content))
        self.attributions.append(it)

    def claim(self, ctx, surf, value, bound, category, subject, source=None, hedges=(), opt=False,
              value_max=None, unit=None, date=None):
        s, e = self.loc(ctx, surf)
        if source:
            assert source in self.text, source
        for h in hedges:
            assert h in self.text, h
        it = {"quantity": self.span(s, e), "value": value}
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

    def ev(self, ctx, surf, typ, actors, targets, date=None, place=None, mode=None, modality=None,
           opt=False, note=None):
        s, e = self.loc(ctx, surf)
        it = {"type": typ}
        if mode:
            it["mode"] = mode
        if modality:
            it["modality"] = modality
        it["trigger"] = self.span(s, e)
        if note:
            it["note"] = note
        it.update(actors=list(actors), targets=list(targets), date=date, place=place)
        if opt:
            it["optional"] = True
        self.events.append(it)

    # --- output ------------------------------------------------------------------------------
    def body(self):
        used = [(x["start"], x["end"]) for x in self.chrome + self.captions + self.duplicates]
        used += [(self.headline["start"], self.headline["end"])]
        if self.dek:
            used.append((self.dek["start"], self.dek["end"]))
        return [self.span(s, e) for s, e in self.paras if (s, e) not in used]

    def write(self):
        pd = {"value": self.date, "given_as_input": True}
        if self.note:
            pd["note"] = self.note
        lay = {"chrome": sorted(self.chrome, key=lambda x: x["start"]), "headline": self.headline,
               "dek": self.dek, "captions": self.captions, "duplicates": self.duplicates, "body": self.body()}
        key = lambda x: (x.get("start", x.get("trigger", x.get("quantity", x.get("content", {}))).get("start") if isinstance(x.get("trigger", x.get("quantity", x.get("content"))), dict) else x["start"]), x.get("end", 0))
        out = {
            "doc_id": self.name, "text_file": f"corpus/{self.name}.txt", "language": "ar",
            "publication_date": pd, "layout": lay,
            "entities": sorted(self.entities, key=lambda x: (x["start"], -x["end"])),
            "timexes": sorted(self.timexes, key=lambda x: x["start"]),
            "attributions": sorted(self.attributions, key=lambda x: x["content"]["start"]),
            "claims": sorted(self.claims, key=lambda x: x["quantity"]["start"]),
            "events": sorted(self.events, key=lambda x: x["trigger"]["start"]),
        }
        del key
        check(out, self.text)
        with open(f"{ROOT}/gold/{self.name}.json", "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return out


def check(x, text, path="$"):
    if isinstance(x, dict):
        if {"start", "end", "text"} <= x.keys():
            assert text[x["start"]:x["end"]] == x["text"], path
        for k, v in x.items():
            check(v, text, f"{path}.{k}")
    elif isinstance(x, list):
        for i, v in enumerate(x):
            check(v, text, f"{path}[{i}]")
