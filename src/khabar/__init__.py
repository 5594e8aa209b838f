"""khabar: Arabic news to structured, source-attributed facts with exact spans."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from khabar.model import Document

__all__ = ["__version__", "analyze"]


def analyze(text: str, date: Any = None, **kwargs: Any) -> Document:
    """Analyze one Arabic news text; see :func:`khabar.pipeline.analyze`."""
    from khabar.pipeline import analyze as _analyze

    return _analyze(text, date, **kwargs)
