"""Temporal expressions (issue 5). Placeholder stage: adds nothing yet."""

from khabar.model import Document


def timex_stage(doc: Document) -> None:
    """Find and resolve temporal expressions (not yet implemented)."""
