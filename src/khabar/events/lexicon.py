"""The event coder's tables, loaded once from ``src/khabar/data/events_*.tsv``.

``events_triggers.tsv`` (generated) maps each normalized surface form to its lemma row in
``events_lemmas.tsv``; ``events_cues.tsv`` holds the function words (negation, plans,
modes, clause boundaries); ``events_countries.tsv`` maps demonyms to countries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from khabar.text import normalize_word

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")

# proclitic chains a trigger word may carry, with the parts of speech each allows
_CONJ = ("", "و", "ف")
VERB_PREFIXES: dict[str, frozenset[str]] = {}
NOUN_PREFIXES: set[str] = set()
for _c in _CONJ:
    VERB_PREFIXES[_c] = frozenset({"past", "present", "imperative", "participle", "passive"})
    VERB_PREFIXES[_c + "س"] = frozenset({"present"})
    VERB_PREFIXES[_c + "ل"] = frozenset({"present"})
    for _p in ("", "ب", "ل", "ك"):
        for _a in ("", "ال"):
            NOUN_PREFIXES.add(_c + _p + _a)
    NOUN_PREFIXES.add(_c + "لل")
CLITICS = frozenset(VERB_PREFIXES) | frozenset(NOUN_PREFIXES)
_EMPTY: set[tuple[str, ...]] = set()


@dataclass(frozen=True)
class Entry:
    """One lemma row: a trigger (PLOVER type) or a cue verb (_LIGHT, _PLAN, _AVOID)."""

    key: str
    type: str
    lemma: str
    gen: str
    requires: tuple[tuple[str, ...], ...]
    target_preps: frozenset[str]
    embeds: bool
    mode: str | None
    context: str | None
    unless: tuple[tuple[str, ...], ...] = ()  # words after a verb that give it another sense
    needs_event: bool = False  # embeds "event": coded only with an event as complement (ألغى الزيارة)


@dataclass
class Lexicon:
    forms: dict[str, list[tuple[Entry, str]]] = field(default_factory=dict)
    cues: dict[str, dict[str, set[tuple[str, ...]]]] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)  # "israeli" -> "Israel"
    nisbas: dict[str, str] = field(default_factory=dict)  # normalized "اسرائيلي" -> "Israel"
    capitals: dict[str, str] = field(default_factory=dict)  # "washington" -> "United States"
    countries: set[str] = field(default_factory=set)

    _words: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    _modes: dict[str, list[tuple[str, set[tuple[str, ...]]]]] = field(default_factory=dict)

    def cue(self, kind: str, position: str = "any") -> set[tuple[str, ...]]:
        by_position = self.cues.get(kind)  # (no throwaway dict per call: read very often)
        return by_position.get(position, _EMPTY) if by_position is not None else _EMPTY

    def cue_words(self, kind: str, position: str = "any") -> set[str]:
        """Single-word cues of a kind, as strings (cached)."""
        key = (kind, position)
        if key not in self._words:
            self._words[key] = {c[0] for c in self.cue(kind, position) if len(c) == 1}
        return self._words[key]

    def mode_cues(self, typ: str) -> list[tuple[str, set[tuple[str, ...]]]]:
        """(mode, cues after the trigger) for a PLOVER type, e.g. ASSAULT -> aerial: جوية ..."""
        if not self._modes:
            for kind, pc in sorted(self.cues.items()):
                if kind.startswith("mode:"):
                    _, t, mode = kind.split(":")
                    self._modes.setdefault(t, []).append((mode, pc.get("after", _EMPTY)))
            self._modes.setdefault("", [])
        return self._modes.get(typ, [])

    def attribute_words(self) -> set[str]:
        """Every single-word mode cue (جوية، افتراضي ...)."""
        key = ("mode:*", "after")
        if key not in self._words:
            self._words[key] = {c[0] for kind, pc in self.cues.items() if kind.startswith("mode:")
                                for c in pc.get("after", _EMPTY) if len(c) == 1}
        return self._words[key]


def _rows(name: str) -> list[list[str]]:
    text = resources.files("khabar.data").joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    return [ln.split("\t") for ln in lines[1:]]


def _keyed(row: list[str], header: list[str]) -> dict[str, str]:
    return dict(zip(header, row + [""] * (len(header) - len(row)), strict=True))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The loaded tables (cached for the process)."""
    lex = Lexicon()
    text = resources.files("khabar.data").joinpath("events_lemmas.tsv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    entries: dict[str, Entry] = {}
    for ln in lines[1:]:
        r = _keyed(ln.split("\t"), header)
        head = r["past"] if r["past"] != "-" else r["nouns"].split(",")[0]
        key = f"{r['type']}:{normalize_word(head)}"
        reqs = tuple((w,) if w.startswith("@") else tuple(normalize_word(w).split())
                     for w in r["requires"].split(",") if w)
        unless = tuple(tuple(normalize_word(w).split()) for w in r.get("unless", "").split(",") if w)
        entries[key] = Entry(
            key=key, type=r["type"], lemma=head, gen=r["gen"] or "agent", requires=reqs,
            target_preps=frozenset(normalize_word(p) for p in r["target_preps"].split(",") if p),
            embeds=r["embeds"] in ("yes", "event") or r["type"] == "_AVOID", needs_event=r["embeds"] == "event",
            mode=r["mode"] or None, context=r["context"] or None, unless=unless,
        )
    for form, key, pos in _rows("events_triggers.tsv"):
        lex.forms.setdefault(form, []).append((entries[key], pos))
    for kind, position, cue in _rows("events_cues.tsv"):
        lex.cues.setdefault(kind, {}).setdefault(position, set()).add(tuple(cue.split()))
    for demonym, country, nisba, capital in _rows("events_countries.tsv"):
        lex.demonyms[demonym.lower()] = country
        lex.countries.add(country)
        if nisba:
            lex.nisbas.setdefault(normalize_word(nisba), country)
        if capital:
            lex.capitals.setdefault(capital.lower(), country)
    return lex
