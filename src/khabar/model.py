"""The document model: khabar's one output contract.

Every layer is a list of items carrying exact character spans into ``Document.text``
(``text[start:end] == item.text``). The shape follows ``shared/gold/README.md`` so the
gold scorer reads khabar's JSON directly. Layers no stage fills stay empty lists.
"""

from __future__ import annotations

import json
import math
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr
from pydantic_core import PydanticSerializationError

EntityLabel = Literal["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
SpeakerType = Literal["person", "institution", "anonymous", "unnamed_officials"]
Bound = Literal["exact", "lower", "upper", "approx"]
PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Span(_Model):
    """A stretch of the input: ``text`` is always ``source[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """Build a span that quotes ``source`` exactly.

        (The model's validator called directly: what ``cls(start=..., ...)`` does, without the
        Python-level ``__init__`` around it; stages build spans by the hundred.)"""
        span: Span = cls.__pydantic_validator__.validate_python({"start": start, "end": end, "text": source[start:end]})
        return span


# --- layout -----------------------------------------------------------------------------


class Caption(Span):
    credits: list[str] = Field(default_factory=list, description="photo credits as printed")
    credit_spans: list[Span] = Field(default_factory=list)
    dates: list[str] = Field(default_factory=list, description="ISO dates the caption gives")


class Duplicate(Span):
    duplicate_of: int = Field(description="start offset of the first copy")


class Layout(_Model):
    headline: Span | None = None
    dek: Span | None = None
    captions: list[Caption] = Field(default_factory=list)
    body: list[Span] = Field(default_factory=list)
    chrome: list[Span] = Field(default_factory=list)
    duplicates: list[Duplicate] = Field(default_factory=list)
    bylines: list[Span] = Field(default_factory=list)
    datelines: list[Span] = Field(default_factory=list)


# --- entities ---------------------------------------------------------------------------


class Entity(Span):
    """One mention; mentions of one thing share ``canonical`` and ``entity_id``."""

    label: EntityLabel
    canonical: str = Field(description="stable English name (Wikipedia title where one exists)")
    entity_id: str = Field(description="stable key shared by all mentions of one thing")
    source: str = Field(default="", description="which recognizer found it (gazetteer, pattern, ...)")
    role: str | None = Field(default=None, description="role phrase that identified a person")


# --- time -------------------------------------------------------------------------------


class Timex(Span):
    type: TimexType
    value: str = Field(description="TIMEX3 value: 2024-04-01, 2024-W13, P6M, PRESENT_REF, ...")
    anchor: str | None = Field(default=None, description="what the value was resolved against")
    mod: str | None = Field(default=None, description="TIMEX3 mod: START, MID, END, APPROX ...")


class PublicationDate(_Model):
    value: str | None = None
    given_as_input: bool = False
    source: str | None = Field(default=None, description="input, metadata, dateline, caption ...")


# --- reported speech --------------------------------------------------------------------


class Speaker(Span):
    type: SpeakerType
    canonical: str | None = None
    role: str | None = None
    condition: str | None = Field(default=None, description="e.g. شريطة عدم الكشف عن هويته")
    resolved_from: str | None = Field(default=None, description="pronoun/carry-over resolution")


class Attribution(_Model):
    kind: Literal["direct", "indirect"]
    cue: Span
    speaker: Speaker | None = None
    content: Span


# --- numeric claims ---------------------------------------------------------------------


class ClaimSource(Span):
    canonical: str | None = None


class Claim(_Model):
    quantity: Span
    value: float | int
    value_max: float | int | None = Field(default=None, description="upper end of a range")
    bound: Bound
    category: str
    unit: str | None = None
    subject: str | None = None
    source: ClaimSource | None = None
    hedges: list[Span] = Field(default_factory=list)
    place: str | None = None
    date: str | None = None


# --- events -----------------------------------------------------------------------------


class Event(_Model):
    type: PloverType
    mode: str | None = Field(default=None, description="PLOVER mode of the type: virtual, aerial, disapprove, meet ...")
    modality: str | None = Field(default=None, description="factuality: null (asserted), negated, attempted, hypothetical, planned")
    trigger: Span
    actors: list[str] = Field(default_factory=list)
    targets: list[str] = Field(default_factory=list)
    actor_spans: list[Span] = Field(default_factory=list)
    target_spans: list[Span] = Field(default_factory=list)
    date: str | None = None
    place: str | None = None
    place_span: Span | None = None
    sentence: Span | None = None


# --- the document -----------------------------------------------------------------------


class Meta(_Model):
    khabar_version: str
    input_encoding: str = "utf-8"
    source: str | None = None
    url: str | None = None
    extra: dict[str, Any] = Field(default_factory=dict)


class Document(_Model):
    text: str
    publication_date: PublicationDate = Field(default_factory=PublicationDate)
    layout: Layout = Field(default_factory=Layout)
    entities: list[Entity] = Field(default_factory=list)
    timexes: list[Timex] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    according_to: list[Attribution] = Field(
        default_factory=list,
        description="statements credited to a source by a phrase with no reporting verb (بحسب، وفقا لـ، "
                    "نقلا عن X): where a statement comes from, kept apart from reported speech")
    claims: list[Claim] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    meta: Meta

    _cache: dict[str, Any] = PrivateAttr(default_factory=dict)

    @property
    def cache(self) -> dict[str, Any]:
        """Per-document scratch space shared by stages (text views); never serialized."""
        # straight to pydantic's private store: ``self._cache`` goes through a slow __getattr__
        private = self.__pydantic_private__
        assert private is not None
        cache: dict[str, Any] = private["_cache"]
        return cache

    def is_set_aside(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside chrome or a repeated block (not article text)."""
        lay = self.layout
        key = (id(lay), len(lay.chrome), len(lay.duplicates))
        store = self.cache
        cached = store.get("set_aside")
        if cached is None or cached[0] != key:
            zones = tuple((z.start, z.end) for z in (*lay.chrome, *lay.duplicates))
            cached = store["set_aside"] = (key, zones)
        for s, e in cached[1]:  # a plain loop: this runs for every candidate of every stage
            if s <= start and end <= e:
                return True
        return False

    def to_json(self, indent: int | None = 1) -> str:
        """Deterministic JSON: same input and version give byte-identical output.

        The contract is ``json.dumps(model_dump(mode="json"), ensure_ascii=False, indent=indent)``.
        With an indent, Python's encoder runs in pure Python (about a tenth of an article's
        time), so pydantic's Rust serializer is used instead wherever it gives the same bytes:
        it writes strings, ints and floats down to 1e-4 exactly like ``json`` does, but prints
        tiny floats (1e-05 vs 0.00001) and non-finite ones differently, and cannot encode lone
        surrogates; those documents, and free-form ``meta.extra``, take the reference path.
        """
        if indent is not None and indent > 0 and not self.meta.extra and self._floats_print_alike():
            try:
                return self.model_dump_json(indent=indent, warnings="error")
            except (PydanticSerializationError, UserWarning):
                pass
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, indent=indent)

    def _floats_print_alike(self) -> bool:
        """True when every float in the document is printed the same by ``json`` and pydantic."""
        for claim in self.claims:
            for v in (claim.value, claim.value_max):
                if type(v) is float and not (v == 0.0 or (1e-4 <= abs(v) < math.inf)):
                    return False
        return True


def json_schema() -> dict[str, Any]:
    """The JSON Schema every khabar output validates against."""
    return Document.model_json_schema()
