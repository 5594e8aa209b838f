# -*- coding: utf-8 -*-
"""Sanity check for the eval set: every gold JSON parses, has the required keys,
and every headline / dek / body / caption string occurs in the page's *visible*
text (decoded with the declared charset, <head>/<script>/<style>/<template>
dropped, block boundaries turned into spaces, white space collapsed).
Standard library only.  Exit status 1 on any failure."""
import glob
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SKIP = {"script", "style", "template", "head", "noscript", "title", "iframe", "svg"}
BLOCK = {"p", "div", "br", "td", "th", "tr", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "figure",
         "figcaption", "section", "article", "aside", "header", "footer", "nav", "main", "blockquote", "table",
         "form", "button", "hr", "time", "label", "amp-img", "amp-ad", "amp-sidebar", "marquee"}
VOID = {"br", "hr", "img", "meta", "link", "input", "source"}
REQ = {"file", "family", "headline", "dek", "captions", "body", "notes"}


class Vis(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP and tag not in VOID:
            self.skip += 1
        if tag in BLOCK:
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        if tag in BLOCK:
            self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def visible_text(path):
    raw = open(path, "rb").read()
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', raw[:2048])
    enc = (m.group(1).decode() if m else "utf-8").lower()
    text = raw.decode({"windows-1256": "cp1256"}.get(enc, enc))
    v = Vis()
    v.feed(text)
    v.close()
    return norm("".join(v.out)), enc, len(raw)


def main():
    bad = 0
    for jp in sorted(glob.glob(os.path.join(HERE, "*.json"))):
        try:
            gold = json.load(open(jp, encoding="utf-8"))
        except Exception as ex:  # noqa: BLE001
            print("JSON FAIL", jp, ex)
            bad += 1
            continue
        missing = REQ - set(gold)
        if missing:
            print("MISSING KEYS", jp, missing)
            bad += 1
        vis, enc, size = visible_text(os.path.join(HERE, gold["file"]))
        checks = [("headline", gold["headline"])]
        if gold["dek"] is not None:
            checks.append(("dek", gold["dek"]))
        checks += [(f"body[{i}]", b) for i, b in enumerate(gold["body"])]
        checks += [(f"caption[{i}]", c["text"]) for i, c in enumerate(gold["captions"])]
        for i, c in enumerate(gold["captions"]):
            for cr in c["credits"]:
                if cr not in c["text"]:
                    print(f"  credit not in caption text: {gold['file']} caption[{i}] {cr}")
                    bad += 1
        fails = [(k, s) for k, s in checks if norm(s) not in vis]
        # reading order of body items
        pos, order_ok = -1, True
        for b in gold["body"]:
            p = vis.find(norm(b), pos + 1)
            if p < 0 or p <= pos:
                order_ok = False
            pos = max(pos, p)
        status = "OK " if not fails and order_ok else "BAD"
        print(f"{status} {gold['file']:36s} {enc:13s} {size / 1024:6.1f} KB  body={len(gold['body']):2d} captions={len(gold['captions'])}"
              + ("" if order_ok else "  (body order mismatch)"))
        for k, s in fails:
            print(f"    not found: {k}: {s[:60]}")
        bad += len(fails) + (0 if order_ok else 1)
    print("FAILURES:", bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
