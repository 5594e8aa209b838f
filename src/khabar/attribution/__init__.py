"""Reported speech (issue 6): who said what, with cue, speaker and content spans.

See :mod:`khabar.attribution.core` for the grammar and ``khabar/data/attribution_*.tsv``
for the lexicons.
"""

from khabar.model import Attribution, Document
from khabar.text import normalize_word

# A cue that is only one of these words credits a statement to a source (بحسب الأمم المتحدة)
# without anyone being reported as saying it: it goes to ``doc.according_to``. With a verb
# (بحسب ما قال، وفق ما أفادت) it is reported speech like any other.
ACCORDING_TO_CUES = frozenset(normalize_word(w) for w in ("بحسب", "حسب", "وفق", "وفقا", "طبقا", "نقلا"))


def is_according_to(a: Attribution) -> bool:
    """An attribution whose cue is a bare according-to word (no reporting verb)."""
    cue = normalize_word(a.cue.text).rstrip("\u064b")
    return cue in ACCORDING_TO_CUES or (cue[:1] in "وف" and cue[1:] in ACCORDING_TO_CUES)


def attribution_stage(doc: Document) -> None:
    """Append the document's direct and indirect quotes to ``doc.attributions``, and the
    statements credited by an according-to phrase to ``doc.according_to``."""
    from khabar.attribution.core import extract

    for a in extract(doc):
        (doc.according_to if is_according_to(a) else doc.attributions).append(a)


__all__ = ["ACCORDING_TO_CUES", "attribution_stage", "is_according_to"]
