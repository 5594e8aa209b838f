"""Dev check of the claims stage on the seed with GOLD entities and timexes loaded.

The entities and timex stages are written in parallel; this shows what claims give when
those layers are right (place, date, source canonical). Usage:
    .venv/bin/python bench/claims_dev.py [GOLD.json] [TEXT]
Prints the claims as JSON lines and writes /tmp/claims-dev-pred.json for tools/score.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from khabar.claims import claims_stage
from khabar.model import Entity, Timex
from khabar.pipeline import new_document, run


def main() -> None:
    gold_path = Path(sys.argv[1] if len(sys.argv) > 1 else f"{Path(__file__).resolve().parents[2]}/shared/gold/seed-000.json")
    text_path = Path(sys.argv[2] if len(sys.argv) > 2 else f"{Path(__file__).resolve().parents[2]}/shared/corpus/seed-000.txt")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = new_document(text_path.read_text(encoding="utf-8"), gold["publication_date"]["value"])
    run(doc, ["layout", "attribution"])
    for e in gold.get("entities", []):
        doc.entities.append(Entity(start=e["start"], end=e["end"], text=e["text"], label=e["label"],
                                   canonical=e.get("canonical", ""), entity_id=e.get("canonical", "")))
    for t in gold.get("timexes", []):
        doc.timexes.append(Timex(start=t["start"], end=t["end"], text=t["text"], type=t["type"], value=t["value"]))
    claims_stage(doc)
    for c in doc.claims:
        print(json.dumps(c.model_dump(mode="json"), ensure_ascii=False))
    Path("/tmp/claims-dev-pred.json").write_text(doc.to_json(), encoding="utf-8")


if __name__ == "__main__":
    main()
