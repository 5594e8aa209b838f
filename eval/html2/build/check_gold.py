# -*- coding: utf-8 -*-
"""Verify the html2 gold files against their pages (standard library only).

For every NN-*.json in eval/html2/:
  * the JSON parses and has the required keys and types;
  * headline, dek, every caption text and every body item occur in the page's
    visible text (script/style/head/noscript/template dropped, white space
    collapsed to single spaces);
  * body items occur in order, each one exactly once in the visible text;
  * every caption credit occurs inside its caption text;
  * no body item equals the headline, the dek or a caption.
Prints one line per failure and a summary; exit status 1 if any failure.
"""
import glob
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

SKIP = {"script", "style", "head", "noscript", "template"}
INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "em", "i", "kbd", "mark", "q", "s",
          "small", "span", "strong", "sub", "sup", "time", "u", "var", "font", "label"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "param"}
KEYS = {"file": str, "family": str, "encoding": str, "headline": str, "captions": list, "body": list, "notes": str}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP and tag not in VOID:
            self.skip += 1
        if tag not in INLINE:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag not in INLINE:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP and self.skip:
            self.skip -= 1
        if tag not in INLINE:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def visible_text(path, encoding):
    with open(path, encoding=encoding) as f:
        src = f.read()
    p = Visible()
    p.feed(src)
    p.close()
    return collapse("".join(p.parts))


def check(json_path):
    fails = []
    name = os.path.basename(json_path)
    try:
        with open(json_path, encoding="utf-8") as f:
            g = json.load(f)
    except Exception as e:  # noqa: BLE001
        return ["%s: JSON does not parse: %s" % (name, e)]
    for k, t in KEYS.items():
        if not isinstance(g.get(k), t):
            fails.append("%s: key %r missing or not %s" % (name, k, t.__name__))
    if "dek" not in g or not (g["dek"] is None or isinstance(g["dek"], str)):
        fails.append("%s: dek must be a string or null" % name)
    if fails:
        return fails
    html_path = os.path.join(ROOT, g["file"])
    if not os.path.exists(html_path):
        return ["%s: page %s not found" % (name, g["file"])]
    if g["file"][:-5] != name[:-5]:
        fails.append("%s: file name mismatch %s" % (name, g["file"]))
    text = visible_text(html_path, g["encoding"])

    def present(label, s):
        if not s or collapse(s) != s:
            fails.append("%s: %s is empty or not white-space-collapsed: %r" % (name, label, s[:60]))
        elif s not in text:
            fails.append("%s: %s not in visible text: %r" % (name, label, s[:80]))

    present("headline", g["headline"])
    if g["dek"] is not None:
        present("dek", g["dek"])
    cap_texts = []
    for i, c in enumerate(g["captions"]):
        if not isinstance(c, dict) or not isinstance(c.get("text"), str) or not isinstance(c.get("credits"), list):
            fails.append("%s: caption %d malformed" % (name, i))
            continue
        present("caption %d" % i, c["text"])
        cap_texts.append(c["text"])
        for cr in c["credits"]:
            if cr not in c["text"]:
                fails.append("%s: caption %d credit %r not inside caption text" % (name, i, cr))
    if not g["body"]:
        fails.append("%s: empty body" % name)
    pos = 0
    for i, b in enumerate(g["body"]):
        if not isinstance(b, str):
            fails.append("%s: body %d not a string" % (name, i))
            continue
        present("body %d" % i, b)
        n = text.count(b)
        if n > 1:
            fails.append("%s: body %d occurs %d times in visible text (ambiguous): %r" % (name, i, n, b[:60]))
        j = text.find(b, pos)
        if j < 0 and b in text:
            fails.append("%s: body %d out of order: %r" % (name, i, b[:60]))
        elif j >= 0:
            pos = j + len(b)
        if b == g["headline"] or b == g["dek"] or b in cap_texts:
            fails.append("%s: body %d duplicates headline/dek/caption" % (name, i))
    return fails


def main():
    files = sorted(glob.glob(os.path.join(ROOT, "[0-9][0-9]-*.json")))
    allf = []
    for jp in files:
        f = check(jp)
        allf.extend(f)
        with open(jp, encoding="utf-8") as fh:
            g = json.load(fh)
        size = os.path.getsize(os.path.join(ROOT, g["file"])) / 1024.0
        print("%-36s %-28s %7.1f KB  body=%2d captions=%d  %s"
              % (g["file"], g["family"], size, len(g["body"]), len(g["captions"]), "OK" if not f else "FAIL"))
    for f in allf:
        print("  " + f)
    print("%d files checked, %d failures" % (len(files), len(allf)))
    return 1 if allf else 0


if __name__ == "__main__":
    sys.exit(main())
