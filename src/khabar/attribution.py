"""Reported speech (issue 6). Placeholder stage: adds nothing yet."""

from khabar.model import Document


def attribution_stage(doc: Document) -> None:
    """Find direct and indirect quotes (not yet implemented)."""
