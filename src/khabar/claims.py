"""Numeric claims (issue 6). Placeholder stage: adds nothing yet."""

from khabar.model import Document


def claims_stage(doc: Document) -> None:
    """Find numeric claims (not yet implemented)."""
