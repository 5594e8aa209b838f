import json, sys
n = sys.argv[1]
g = json.load(open(f"gold/{n}.json")); t = open(f"corpus/{n}.txt").read()
marks = {}
for e in g["entities"]:
    if e.get("optional"):
        continue
    marks.setdefault(e["start"], []).append("[")
    marks.setdefault(e["end"], []).insert(0, "]")
for x in g["timexes"]:
    marks.setdefault(x["start"], []).append("{")
    marks.setdefault(x["end"], []).insert(0, "}")
out = []
for i, ch in enumerate(t + " "):
    out.extend(marks.get(i, []))
    out.append(ch)
print("".join(out))
