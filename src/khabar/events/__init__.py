"""PLOVER events (issue 7). Placeholder stage: adds nothing yet."""

from khabar.model import Document


def events_stage(doc: Document) -> None:
    """Code PLOVER events (not yet implemented)."""
