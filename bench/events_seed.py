"""Dev/bench helper: run the event stage on the seed with the gold entities, timexes and layout.

Until the entity and timex stages land, this shows what the event coder does with correct
inputs. Usage: .venv/bin/python bench/events_seed.py [OUT.json]  (then score.py GOLD OUT.json)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from khabar.events import events_stage
from khabar.model import Caption, Duplicate, Entity, Layout, Span, Timex
from khabar.pipeline import new_document

SHARED = Path(__file__).resolve().parents[2] / "shared"


def gold_document(name: str = "seed-000"):  # type: ignore[no-untyped-def]
    gold = json.loads((SHARED / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    text = (SHARED / "corpus" / f"{name}.txt").read_text(encoding="utf-8")
    doc = new_document(text, gold["publication_date"]["value"])
    for e in gold["entities"]:
        doc.entities.append(Entity(start=e["start"], end=e["end"], text=e["text"], label=e["label"],
                                   canonical=e["canonical"], entity_id=e["canonical"], source="gold"))
    for t in gold["timexes"]:
        doc.timexes.append(Timex(start=t["start"], end=t["end"], text=t["text"], type=t["type"], value=t["value"]))
    lay = gold["layout"]

    def sp(d):  # type: ignore[no-untyped-def]
        return Span(start=d["start"], end=d["end"], text=d["text"]) if d else None

    doc.layout = Layout(headline=sp(lay.get("headline")), dek=sp(lay.get("dek")),
                        chrome=[sp(c) for c in lay.get("chrome", [])],
                        duplicates=[Duplicate(start=d["start"], end=d["end"], text=d["text"],
                                              duplicate_of=d["duplicate_of"]) for d in lay.get("duplicates", [])],
                        captions=[Caption(start=c["start"], end=c["end"], text=c["text"]) for c in lay.get("captions", [])])
    return doc


def main() -> None:
    doc = gold_document()
    events_stage(doc)
    out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/events-seed.json"
    Path(out).write_text(doc.to_json(), encoding="utf-8")
    for ev in doc.events:
        print(ev.type, ev.mode, ev.modality, repr(ev.trigger.text), ev.actors, ev.targets, ev.date, ev.place)


if __name__ == "__main__":
    main()
