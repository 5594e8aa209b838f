"""Reported speech (issue 6): who said what, with cue, speaker and content spans.

See :mod:`khabar.attribution.core` for the grammar and ``khabar/data/attribution_*.tsv``
for the lexicons.
"""

from khabar.model import Document


def attribution_stage(doc: Document) -> None:
    """Append the document's direct and indirect quotes to ``doc.attributions``."""
    from khabar.attribution.core import extract

    doc.attributions.extend(extract(doc))


__all__ = ["attribution_stage"]
