"""Layout (issue 3): placeholder until written."""

from khabar.model import Document


def layout_stage(doc: Document) -> None:
    """Split the text into headline, dek, captions, body, chrome and duplicates."""
