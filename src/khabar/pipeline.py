"""The analysis pipeline: a list of named stages, each adding its layer to a Document.

Stages are registered by name (spaCy-style) and imported only when first used, so the
CLI starts fast and a plug-in can add a stage without touching the others::

    from khabar.pipeline import register_stage

    @register_stage("my_layer")
    def my_layer(doc: Document) -> None: ...

A stage reads the Document (text, earlier layers) and appends to its own layer; it never
reaches into another stage's internals.
"""

from __future__ import annotations

import datetime as dt
import gc
import importlib
from collections.abc import Callable, Iterable

from khabar import __version__
from khabar.model import Document, Meta, PublicationDate

Stage = Callable[[Document], None]

# name -> "module:function"; resolved lazily on first use
_LAZY: dict[str, str] = {
    "layout": "khabar.layout:layout_stage",
    "entities": "khabar.entities:entities_stage",
    "timex": "khabar.timex:timex_stage",
    "attribution": "khabar.attribution:attribution_stage",
    "claims": "khabar.claims:claims_stage",
    "events": "khabar.events:events_stage",
}
_LOADED: dict[str, Stage] = {}

DEFAULT_STAGES: tuple[str, ...] = ("layout", "entities", "timex", "attribution", "claims", "events")


def register_stage(name: str) -> Callable[[Stage], Stage]:
    """Decorator registering ``func`` as the stage ``name`` (replacing any earlier one)."""

    def deco(func: Stage) -> Stage:
        _LOADED[name] = func
        return func

    return deco


def get_stage(name: str) -> Stage:
    """The stage registered as ``name``, importing its module on first use."""
    if name not in _LOADED:
        if name not in _LAZY:
            raise KeyError(f"unknown stage {name!r}; known: {', '.join(sorted(_LAZY | _LOADED))}")
        module, _, func = _LAZY[name].partition(":")
        _LOADED[name] = getattr(importlib.import_module(module), func)
    return _LOADED[name]


def stage_names() -> list[str]:
    return sorted(set(_LAZY) | set(_LOADED))


def new_document(text: str, date: str | dt.date | None = None, *, source: str | None = None,
                 encoding: str = "utf-8", url: str | None = None) -> Document:
    """An empty Document for ``text`` with its publication date (DCT) when one is given."""
    pub = PublicationDate()
    if date is not None:
        value = date.isoformat() if isinstance(date, dt.date) else dt.date.fromisoformat(str(date)).isoformat()
        pub = PublicationDate(value=value, given_as_input=True, source="input")
    meta = Meta(khabar_version=__version__, input_encoding=encoding, source=source, url=url)
    return Document(text=text, publication_date=pub, meta=meta)


_WARM: set[str] = set()  # stages that have run once in this process


def run(doc: Document, stages: Iterable[str] = DEFAULT_STAGES) -> Document:
    """Run ``stages`` in order over ``doc`` and return it."""
    first_use = False
    for name in stages:
        get_stage(name)(doc)
        if name not in _WARM:
            _WARM.add(name)
            first_use = True
    if first_use:
        # A stage's first document loads its lexicons: many objects that live as long as the
        # process. Moving them out of the collector's reach keeps every later full collection
        # from walking them again (about 10% of the time per article).
        gc.freeze()
        _tune_gc()
    return doc


GC_DEFAULT = (700, 10, 10)
GC_KHABAR = (10_000, 20, 20)


def _tune_gc() -> None:
    """An article makes tens of thousands of short-lived objects (tokens, spans, matches) and
    few cycles; at CPython's default the young generation is collected every 700
    allocations, which costs about a tenth of the time per article. The threshold is raised
    only while it is still the default, so a host application's own setting is kept."""
    if gc.get_threshold() == GC_DEFAULT:
        gc.set_threshold(*GC_KHABAR)


def analyze(text: str, date: str | dt.date | None = None, *, stages: Iterable[str] = DEFAULT_STAGES,
            source: str | None = None) -> Document:
    """Analyze one article's text. ``date`` is the document date (DCT), ISO ``YYYY-MM-DD``."""
    return run(new_document(text, date, source=source), stages)
