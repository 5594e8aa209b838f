import json, sys, importlib.util
sys.path.insert(0, __import__("os").path.join(__import__("os").path.dirname(__file__), "..", "..", "src"))
spec = importlib.util.spec_from_file_location("sc", __import__("os").path.join(__import__("os").path.dirname(__file__), "..", "..", "..", "shared", "tools", "score.py")); sc = importlib.util.module_from_spec(spec); spec.loader.exec_module(sc)
import khabar
layers = sys.argv[2:] or ["entities", "timexes", "attributions", "claims", "events", "layout"]
n = sys.argv[1]
g = json.load(open(f"{__import__("os").path.dirname(__file__)}/../gold/{n}.json")); t = open(f"{__import__("os").path.dirname(__file__)}/../corpus/{n}.txt").read()
p = json.loads(khabar.analyze(t, g["publication_date"]["value"]).to_json())
W = sc.Words(t)
zones = [W.words(z["start"], z["end"]) for z in g["layout"]["chrome"] + g["layout"]["duplicates"]]
def sp(x, k=None):
    s = x[k] if k else x
    return W.words(s["start"], s["end"]) if isinstance(s, dict) and "start" in s else set()
def show(layer, key, same, fmt, filt=lambda x: True):
    G = g[layer]; P = [x for x in p[layer] if filt(x)]
    used = set(); miss = []
    for a in G:
        j = next((j for j, b in enumerate(P) if j not in used and same(a, b)), None)
        if j is None:
            if not a.get("optional"): miss.append(a)
        else:
            used.add(j)
            if fmt(a) != fmt(P[j]) and layer != "entities": print(f"  ~ {layer} gold {fmt(a)} | pred {fmt(P[j])}")
            elif layer == "entities" and a.get("canonical") and a["label"] != P[j]["label"]: print(f"  ~ label gold {fmt(a)} | pred {fmt(P[j])}")
    for a in miss: print(f"  FN {layer}: {fmt(a)}")
    for j, b in enumerate(P):
        if j not in used: print(f"  FP {layer}: {fmt(b)}")
print("==", n)
if "entities" in layers:
    show("entities", None, lambda a, b: W.span(a["start"], a["end"]) == W.span(b["start"], b["end"]), lambda e: (e["text"], e["label"], e.get("canonical")), lambda e: not sc.in_zone(W, zones, e["start"], e["end"]))
if "timexes" in layers:
    show("timexes", None, lambda a, b: bool(sp(a) & sp(b)), lambda e: (e["text"], e["type"], e["value"]), lambda e: not sc.in_zone(W, zones, e["start"], e["end"]))
if "attributions" in layers:
    show("attributions", None, lambda a, b: sc.overlap(sp(a, "content"), sp(b, "content")) >= .5 and sc.overlap(sp(b, "content"), sp(a, "content")) >= .5,
         lambda e: (e["kind"], (e.get("speaker") or {}).get("text"), e["content"]["text"][:60]), lambda e: not sc.in_zone(W, zones, e["content"]["start"], e["content"]["end"]))
if "claims" in layers:
    def src(e):
        s = e.get("source"); return s.get("text") if isinstance(s, dict) else s
    show("claims", None, lambda a, b: float(a["value"]) == float(b["value"]) and bool(sp(a, "quantity") & sp(b, "quantity")),
         lambda e: (e["quantity"]["text"], e["value"], e["bound"], e["category"], src(e), bool(e.get("hedges"))))
if "events" in layers:
    show("events", None, lambda a, b: a["type"] == b["type"] and bool(sp(a, "trigger") & sp(b, "trigger")),
         lambda e: (e["type"], e["trigger"]["text"], e.get("actors"), e.get("date")))
if "layout" in layers:
    L = p["layout"]
    for k in ("chrome", "captions", "duplicates"):
        gs = {x["text"][:50] for x in g["layout"][k]}; ps = {x["text"][:50] for x in L[k]}
        if gs != ps: print(f"  layout {k}: gold-only {gs - ps} pred-only {ps - gs}")
    if (g["layout"]["dek"] or {}).get("text") != (L.get("dek") or {}).get("text"): print("  dek:", (L.get("dek") or {}).get("text", "")[:60])
    gc = [c for x in g["layout"]["captions"] for c in x["credits"]]; pc = [c for x in L["captions"] for c in x["credits"]]
    if gc != pc: print("  credits gold", gc, "pred", pc)
