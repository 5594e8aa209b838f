"""Gazetteers and curated lexicons, loaded once into one Aho-Corasick automaton.

Keys are normalized with :func:`khabar.text.normalize_word` (the text layer's folding), so
the automaton runs over the normalized text. Curated files written by hand
(``organizations.tsv``, ``persons.tsv``, ``roles.tsv``, ``office_holders.tsv``) are read
when present; the generated ``gaz_*.tsv`` files come from ``khabar.data.build``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import ahocorasick

from khabar.text import normalize_word

DATA = Path(__file__).resolve().parent.parent / "data"
_SPACE = re.compile(r"\s+")

# Source ranks: on the same Arabic form, a curated row beats a generated one.
RANK = {"org": 60, "person": 55, "alias": 50, "country": 45, "nisba": 40, "place": 30, "gaz_person": 20}


class Entry(NamedTuple):
    """One lexicon reading of a surface form."""

    label: str  # PERSON ORG GPE LOC FAC NORP, or ROLE for an office phrase
    canonical: str
    country: str
    source: str
    rank: int
    weight: int = 0
    role: str = ""  # for ROLE entries: the office key (head_of_state ...)
    country_of: str = ""  # for NORP: the country/place canonical
    context: bool = False  # a place named like a common word: needs a place context (جنين)


class Reading(NamedTuple):
    """One reading of an ambiguous place name and the words that point to it."""

    label: str
    canonical: str
    country: str
    cues: frozenset[str]  # normalized words
    default: bool


@dataclass
class Holder:
    person: str
    arabic: tuple[str, ...]
    start: str
    end: str


@dataclass
class Lexicon:
    automaton: Any
    entries: dict[str, list[Entry]] = field(default_factory=dict)
    holders: dict[tuple[str, str], list[Holder]] = field(default_factory=dict)
    first_names: frozenset[str] = frozenset()
    person_tokens: frozenset[str] = frozenset()
    nisba_country: dict[str, str] = field(default_factory=dict)  # demonym -> place canonical
    org_words: dict[str, tuple[str, str]] = field(default_factory=dict)  # word -> (English, kind)
    ambiguous: dict[str, list[Reading]] = field(default_factory=dict)  # form -> readings by context
    given_names: frozenset[str] = frozenset()  # common given names that are also common words (وليد)
    org_country: dict[str, str] = field(default_factory=dict)  # head -> where the country goes ("of", "paren")

    def holder(self, role: str, country: str, date: str | None) -> Holder | None:
        """Who held ``role`` in ``country`` on ``date`` (ISO); None when unknown."""
        cands = self.holders.get((role, country), [])
        if not cands:
            return None
        day = date or "9999-12-31"  # no article date: the holder still in office (not "today": deterministic)
        for h in cands:
            if h.start <= day and (not h.end or day <= h.end):
                return h
        return None


def norm_key(s: str) -> str:
    """The automaton key of a lexicon form: normalized, single-spaced, hyphen kept."""
    return _SPACE.sub(" ", normalize_word(s.strip()))


def _rows(name: str) -> list[dict[str, str]]:
    """Rows of a TSV with '#' comment lines and a header row; [] when the file is absent."""
    path = DATA / name
    if not path.exists():
        return []
    header: list[str] | None = None
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            continue
        out.append({h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)})
    return out


def _forms(cell: str) -> list[str]:
    return [f.strip() for f in cell.split("|") if f.strip()]


LEXICON_FILES = ("gaz_nisba.tsv", "gaz_places.tsv", "gaz_persons.tsv", "gaz_first_names.tsv", "gaz_given_names.tsv",
                 "gaz_ambiguous.tsv",
                 "gaz_org_heads.tsv", "gaz_features.tsv", "persons.tsv", "organizations.tsv", "office_holders.tsv",
                 "roles.tsv")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """All lexicons, loaded on first use and kept for the life of the process.

    The built object is cached on disk (:mod:`khabar.entities.cache`), keyed by the data
    files and the source of the code that builds it.
    """
    from khabar.entities.cache import cached

    here = Path(__file__).resolve().parent
    text_dir = here.parent / "text"
    files = [DATA / n for n in LEXICON_FILES] + [here / "lexicon.py", here / "patterns.py", here / "freq.py"] + \
        sorted(text_dir.glob("*.py"))
    return cached("lexicon", files, build_lexicon, packages=("wordfreq", "pyahocorasick"))


def build_lexicon() -> Lexicon:
    """Read every lexicon file and build the automaton (what :func:`lexicon` caches)."""
    entries: dict[str, list[Entry]] = {}

    def add(form: str, e: Entry) -> None:
        key = norm_key(form)
        if len(key.replace(" ", "")) < 2:
            return
        lst = entries.setdefault(key, [])
        if all((x.label, x.canonical) != (e.label, e.canonical) for x in lst):
            lst.append(e)

    nisba_country: dict[str, str] = {}
    for r in _rows("gaz_nisba.tsv"):
        add(r["arabic"], Entry("NORP", r["canonical"], "", r["source"], RANK["nisba"], country_of=r["country"]))
        if r["country"]:
            nisba_country.setdefault(r["canonical"], r["country"])
    for r in _rows("gaz_places.tsv"):
        w = int(r["weight"] or 0)
        rank = RANK["alias"] if r["source"] == "capital-alias" else RANK["country"] if w >= 10**8 else RANK["place"]
        add(r["arabic"], Entry(r["label"], r["canonical"], r["country"], r["source"], rank, w,
                               context=r.get("context") == "1"))
    for r in _rows("gaz_features.tsv"):
        for f in _forms(r["arabic"]):
            add(f, Entry(r["label"], r["canonical"], r.get("country", ""), "gaz_features.tsv", RANK["alias"]))
    person_tokens: set[str] = set()
    first: set[str] = set()

    def add_person(form: str, canon: str, src: str, rank: int) -> None:
        add(form, Entry("PERSON", canon, "", src, rank))
        toks = norm_key(form).split(" ")
        if len(toks) >= 2:
            first.add(toks[0])
            person_tokens.update(toks)

    for r in _rows("gaz_persons.tsv"):
        add_person(r["arabic"], r["canonical"], r["source"], RANK["gaz_person"])
    first.clear()  # gaz_first_names.tsv holds the checked first words of these; the curated ones follow
    for r in _rows("persons.tsv"):
        for f in _forms(r.get("arabic", "")):
            add_person(f, r["canonical"], "persons.tsv", RANK["person"])
    for r in _rows("organizations.tsv"):
        label = r.get("label", "ORG") or "ORG"
        for f in _forms(r.get("arabic", "")):
            add(f, Entry(label, r["canonical"], r.get("country", ""), "organizations.tsv", RANK["org"]))
    holders: dict[tuple[str, str], list[Holder]] = {}
    for r in _rows("office_holders.tsv"):
        names = tuple(_forms(r.get("arabic_name", "")))
        holders.setdefault((r["role"], r["country"]), []).append(
            Holder(r["person"], names, r.get("start", ""), r.get("end", "")))
        for f in names:
            add_person(f, r["person"], "office_holders.tsv", RANK["person"])
    for hl in holders.values():
        hl.sort(key=lambda h: h.start, reverse=True)
    for r in _rows("roles.tsv"):
        for f in _forms(r.get("arabic", "")):
            add(f, Entry("ROLE", r["role"], r.get("country", ""), "roles.tsv", RANK["org"], role=r["role"]))

    # cue words of the patterns are never names by themselves (مدينة is not Medina here)
    from khabar.entities import patterns as P

    cues = P.ORG_HEADS | P.TITLES | P.STOP | P.PLACE_HEAD_WORDS | P.PLACE_HEADS_BARE | P.REPORTING_VERBS
    for key in [k for k in entries if k in cues]:
        del entries[key]
    auto = ahocorasick.Automaton()
    for key, lst in entries.items():
        lst.sort(key=lambda e: (-e.rank, -e.weight, e.label, e.canonical))
        auto.add_word(key, (key, 0))
        if key.startswith("ال") and len(key) > 4:
            # after the preposition ل the article loses its alef: للبيت الابيض = ل + البيت الابيض
            auto.add_word(key[1:], (key, 1))
    auto.make_automaton()
    # a first name that is also a common noun (بيت "house" / Pete) cannot vouch for a name
    from khabar.entities.freq import zipf

    first = {f for f in first if zipf("ال" + f) < 4.0 and len(f) >= 3 and not f.startswith("ال")
             and f not in cues and f not in entries and f not in P.NAME_PARTICLES} \
        | {r["arabic"] for r in _rows("gaz_first_names.tsv")}
    org_words: dict[str, tuple[str, str]] = {}
    org_country: dict[str, str] = {}
    for r in _rows("gaz_org_heads.tsv"):
        key = norm_key(r["arabic"])
        org_words[key] = (r["english"], r["kind"])
        if r.get("country"):
            org_country[key] = r["country"]
        if r["kind"] == "head" and not key.startswith("ال") and " " not in key:
            org_words.setdefault("ال" + key, (r["english"], "head"))
            if r.get("country"):
                org_country["ال" + key] = r["country"]
    ambiguous: dict[str, list[Reading]] = {}
    for r in _rows("gaz_ambiguous.tsv"):
        cues = frozenset(norm_key(c) for c in r["cues"].split(" ") if c.strip())
        for f in _forms(r["arabic"]):
            ambiguous.setdefault(norm_key(f), []).append(
                Reading(r["label"], r["canonical"], r.get("country", ""), cues, r.get("default") == "1"))
    given = frozenset(norm_key(r["arabic"]) for r in _rows("gaz_given_names.tsv")) - first
    return Lexicon(auto, entries, holders, frozenset(first), frozenset(person_tokens), nisba_country,
                   org_words, ambiguous, given, org_country)
