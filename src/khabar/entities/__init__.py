"""Named entities (issue 4). Placeholder stage until the recognizer lands: adds nothing."""

from khabar.model import Document


def entities_stage(doc: Document) -> None:
    """Find PERSON/ORG/GPE/LOC/FAC/NORP mentions and link them (not yet implemented)."""
