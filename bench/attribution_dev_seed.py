"""Dev aid: run the attribution stage on a corpus text with its gold entities loaded.

While the entity stage is a placeholder, this shows how speaker typing and canonical
linking behave once entities exist. Usage:
    .venv/bin/python bench/attribution_dev_seed.py GOLD.json TEXT [--no-entities] > pred.json
"""

from __future__ import annotations

import json
import sys

from khabar.attribution import attribution_stage
from khabar.model import Entity
from khabar.pipeline import new_document


def main() -> None:
    gold = json.load(open(sys.argv[1], encoding="utf-8"))
    text = open(sys.argv[2], encoding="utf-8").read()
    doc = new_document(text, gold.get("publication_date", {}).get("value"))
    if "--no-entities" not in sys.argv:
        for e in gold.get("entities", []):
            doc.entities.append(Entity(start=e["start"], end=e["end"], text=e["text"], label=e["label"],
                                       canonical=e.get("canonical") or e["text"],
                                       entity_id=e.get("canonical") or e["text"]))
    attribution_stage(doc)
    print(doc.to_json())


if __name__ == "__main__":
    main()
