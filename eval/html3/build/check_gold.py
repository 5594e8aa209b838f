# -*- coding: utf-8 -*-
"""Verify the html3 gold files against their pages.

For every NN-*.json in eval/html3/: the JSON parses and has the expected keys;
headline, dek, every caption text and every body item occur in the page's
visible text (head/script/style/noscript/template dropped, inline tags dropped
with their text kept, block boundaries and <br> become spaces, white space
collapsed); body items occur in order.  Also warns (does not fail) when a
body item occurs more than once in the visible text.
Usage: python3 build/check_gold.py [dir]"""
import glob
import json
import os
import re
import sys
from html.parser import HTMLParser

DROP = {"head", "script", "style", "noscript", "template", "svg"}
BLOCK = {"address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt", "figcaption",
         "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
         "ol", "p", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "option", "select",
         "textarea", "button", "input", "img", "marquee", "time", "label", "iframe"}
VOID = {"br", "img", "input", "meta", "link", "hr", "source", "wbr", "area", "base", "col", "embed", "param", "track"}
KEYS = {"file", "family", "encoding", "headline", "dek", "captions", "body", "notes"}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.drop = 0

    def handle_starttag(self, tag, attrs):
        if tag in DROP:
            self.drop += 1
        elif tag in BLOCK:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in DROP:
            self.drop = max(0, self.drop - 1)
        elif tag in BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.drop:
            self.parts.append(data)


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def visible_text(path):
    p = Visible()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    return collapse("".join(p.parts))


def check(json_path):
    fails, warns = [], []
    base = os.path.dirname(json_path)
    try:
        with open(json_path, encoding="utf-8") as f:
            g = json.load(f)
    except Exception as e:  # noqa: BLE001
        return ["JSON does not parse: %s" % e], warns
    missing = KEYS - set(g)
    if missing:
        fails.append("missing keys: %s" % sorted(missing))
        return fails, warns
    page = os.path.join(base, g["file"])
    if not os.path.exists(page):
        return ["page not found: %s" % g["file"]], warns
    text = visible_text(page)

    def need(label, s):
        if not isinstance(s, str) or not s.strip():
            fails.append("%s empty or not a string" % label)
            return
        if collapse(s) != s:
            fails.append("%s not white-space collapsed" % label)
        if collapse(s) not in text:
            fails.append("%s not in visible text: %r" % (label, s[:60]))

    need("headline", g["headline"])
    if g["dek"] is not None:
        need("dek", g["dek"])
    for i, c in enumerate(g["captions"]):
        need("caption[%d]" % i, c.get("text"))
        if not isinstance(c.get("credits"), list):
            fails.append("caption[%d] credits not a list" % i)
        for cr in c.get("credits") or []:
            if cr not in c.get("text", ""):
                fails.append("caption[%d] credit %r not inside caption text" % (i, cr))
    if not g["body"]:
        fails.append("empty body")
    pos = 0
    for i, b in enumerate(g["body"]):
        need("body[%d]" % i, b)
        j = text.find(collapse(b), pos)
        if j < 0:
            if collapse(b) in text:
                fails.append("body[%d] out of order: %r" % (i, b[:60]))
        else:
            pos = j + len(collapse(b))
        if text.count(collapse(b)) > 1:
            warns.append("body[%d] occurs %d times in visible text" % (i, text.count(collapse(b))))
        for c in g["captions"]:
            if collapse(b) == collapse(c.get("text", "")):
                fails.append("body[%d] identical to a caption" % i)
    return fails, warns


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    files = sorted(glob.glob(os.path.join(d, "[0-9][0-9]-*.json")))
    total = 0
    for jp in files:
        fails, warns = check(jp)
        total += len(fails)
        print("%-40s %s" % (os.path.basename(jp), "OK" if not fails else "FAIL (%d)" % len(fails)))
        for f in fails:
            print("    FAIL:", f)
        for w in warns:
            print("    warn:", w)
    print("%d gold files checked, %d failures" % (len(files), total))
    return 1 if total or not files else 0


if __name__ == "__main__":
    sys.exit(main())
