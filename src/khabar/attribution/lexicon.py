"""Lexicons of reported speech: cue verbs with their generated forms, speaker heads, markers.

The TSV files under ``khabar/data/attribution_*.tsv`` hold lemmas and head words; every
inflected form is generated here by pattern (so a verb is listed once, not once per form)
and normalized with :func:`khabar.text.normalize_word`, the way the text is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from khabar.text import normalize_word, proclitic_splits

CONJ = ("و", "ف")


@dataclass(frozen=True, slots=True)
class VerbForm:
    """One inflected form of a reporting verb."""

    lemma: str
    family: str
    tense: str  # past, present, participle
    gender: str  # m, f
    number: str  # sg, du, pl
    preps: frozenset[str]  # normalized prepositions allowed before أن (إلى -> الي)
    passive: bool


@dataclass(frozen=True, slots=True)
class Head:
    """A speaker head word or phrase (normalized, article stripped)."""

    words: tuple[str, ...]
    cls: str  # anonymous, official, expert, role, institution, media, document, data, quantifier
    number: str  # sg, pl


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, VerbForm]
    heads: dict[str, tuple[Head, ...]]  # first bare word -> heads starting with it, longest first
    markers: dict[str, frozenset[str]]  # kind -> single normalized words
    phrases: dict[str, tuple[tuple[str, ...], ...]]  # kind -> multi-word sequences
    # kind -> every word that can open a ``kind`` phrase or is a ``kind`` marker: lets a
    # token be rejected with one set lookup before the phrase list is walked
    openers: dict[str, frozenset[str]] = field(default_factory=dict)


def _rows(name: str) -> list[list[str]]:
    text = resources.files("khabar.data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _past_forms(past: str, cls: str) -> list[tuple[str, str, str]]:
    """3rd-person past forms (form, gender, number) of a verb given its 3ms form."""
    if cls == "passive":
        return [(past, "m", "sg")]
    if cls == "defective":
        s = past[:-1]
        return [(past, "m", "sg"), (s + "ت", "f", "sg"), (s + "يا", "m", "du"), (s + "تا", "f", "du"),
                (s + "وا", "m", "pl"), (s + "ين", "f", "pl")]
    return [(past, "m", "sg"), (past + "ت", "f", "sg"), (past + "ا", "m", "du"), (past + "تا", "f", "du"),
            (past + "وا", "m", "pl"), (past + "ن", "f", "pl")]


def _present_forms(pres: str, cls: str) -> list[tuple[str, str, str]]:
    """3rd-person present forms (form, gender, number) given the 3ms form (يقول)."""
    fem = "ت" + pres[1:]
    if cls == "passive":
        return [(pres, "m", "sg"), (fem, "f", "sg")]
    if cls == "defective":
        s, fs = pres[:-1], fem[:-1]
        return [(pres, "m", "sg"), (fem, "f", "sg"), (s + "يان", "m", "du"), (fs + "يان", "f", "du"),
                (s + "ون", "m", "pl"), (s + "ين", "f", "pl")]
    return [(pres, "m", "sg"), (fem, "f", "sg"), (pres + "ان", "m", "du"), (fem + "ان", "f", "du"),
            (pres + "ون", "m", "pl"), (pres + "ن", "f", "pl")]


def _participle_forms(part: str, cls: str) -> list[tuple[str, str, str]]:
    """Adverbial (accusative) participle forms: مضيفا، مضيفة، مضيفين، مضيفتين."""
    if part == "-":
        return []
    stem = part + "ي" if cls == "defective" else part
    return [(stem + "ا", "m", "sg"), (stem + "اً", "m", "sg"), (stem + "ة", "f", "sg"), (stem + "ين", "m", "pl"),
            (stem + "تين", "f", "du")]


def verb_forms(past: str, pres: str, part: str, cls: str) -> list[tuple[str, str, str, str]]:
    """Every generated (form, tense, gender, number) of one verb, unnormalized."""
    out = [(f, "past", g, n) for f, g, n in _past_forms(past, cls)]
    out += [(f, "present", g, n) for f, g, n in _present_forms(pres, cls)]
    out += [(f, "participle", g, n) for f, g, n in _participle_forms(part, cls)]
    return out


def _head_forms(entry: str, number: str, inflect: str) -> list[tuple[str, str]]:
    """Inflected (form, number) of a head noun: sound plurals and feminine are generated."""
    out = [(entry, number)]
    if inflect == "m":
        out += [(entry + "ة", "sg"), (entry + "ون", "pl"), (entry + "ين", "pl"), (entry + "ات", "pl"),
                (entry + "ان", "pl"), (entry + "تان", "pl"), (entry + "تين", "pl")]
    elif inflect == "f":
        base = entry[:-1] if entry.endswith("ة") else entry
        out += [(base + "ات", "pl")]
    return out


def strip_article(word: str) -> str:
    """A normalized word without a leading ال (kept when the rest would be too short)."""
    if word.startswith("ال") and len(word) > 3:
        return word[2:]
    return word


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The loaded lexicons (built once per process)."""
    verbs: dict[str, VerbForm] = {}
    not_cue = {normalize_word(w) for w, kind in _rows("attribution_markers.tsv") if kind == "not_cue"}
    for past, pres, part, cls, preps, family, _gloss in _rows("attribution_verbs.tsv"):
        pset = frozenset() if preps == "-" else frozenset(normalize_word(p) for p in preps.split(","))
        for form, tense, gender, number in verb_forms(past, pres, part, cls):
            key = normalize_word(form)
            if key in not_cue:
                continue
            verbs.setdefault(key, VerbForm(normalize_word(past), family, tense, gender, number, pset,
                                           cls == "passive"))
    heads: dict[str, list[Head]] = {}
    for entry, cls, number, inflect in _rows("attribution_speakers.tsv"):
        for form, num in _head_forms(entry, number, inflect):
            words = tuple(strip_article(normalize_word(w)) for w in form.split())
            heads.setdefault(words[0], []).append(Head(words, cls, num))
    markers: dict[str, set[str]] = {}
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for entry, kind in _rows("attribution_markers.tsv"):
        words = tuple(normalize_word(w) for w in entry.split())
        if len(words) == 1:
            markers.setdefault(kind, set()).add(words[0])
        else:
            phrases.setdefault(kind, []).append(words)
    openers = {k: frozenset(v) for k, v in markers.items()}
    for k, seqs in phrases.items():
        openers[k] = openers.get(k, frozenset()) | {p[0] for p in seqs}
    return Lexicon(
        verbs=verbs,
        heads={k: tuple(sorted(set(v), key=lambda h: (-len(h.words), h.words, h.cls))) for k, v in heads.items()},
        markers={k: frozenset(v) for k, v in markers.items()},
        phrases={k: tuple(sorted(v, key=lambda p: (-len(p), p))) for k, v in phrases.items()},
        openers=openers,
    )


@lru_cache(maxsize=65536)
def verb_of(word: str) -> VerbForm | None:
    """The reporting-verb form of a normalized word, with و/ف and the future س stripped."""
    verbs = lexicon().verbs
    hit = verbs.get(word)
    if hit:
        return hit
    w = word
    if w[:1] in CONJ and len(w) > 3:
        w = w[1:]
        hit = verbs.get(w)
        if hit:
            return hit
    if w.startswith("س") and len(w) > 3 and w[1] in "يت":
        hit = verbs.get(w[1:])
        if hit and hit.tense == "present":
            return hit
    return None


@lru_cache(maxsize=65536)
def bare_splits(word: str) -> tuple[tuple[str, str], ...]:
    """(prefix, bare stem) candidates of a normalized word: the whole word first, then clitics off."""
    out = [("", strip_article(word))]
    for prefix, stem in proclitic_splits(word):
        if prefix:
            out.append((prefix, stem if prefix.endswith(("ال", "لل")) else strip_article(stem)))
    return tuple(out)


def strip_conj(word: str) -> str:
    """A normalized word without a leading و/ف (when what is left is still a word)."""
    if len(word) > 2 and (word[0] == "و" or word[0] == "ف"):
        return word[1:]
    return word
