"""Code PLOVER events in one document: triggers, factuality, actors, targets, date, place.

Rule-based, one pass per sentence over the shared token list:

1. triggers: each word (minus its proclitics) is looked up among the generated forms of the
   lemma table; a lemma that needs a companion word (أطلق + سراح، وقف + إطلاق) checks it;
2. cue verbs link to the trigger that follows them: support verbs (عقد اجتماعا) lend their
   subject, intention verbs (يعتزم عقد) make it planned, embedding triggers (طالب بالانسحاب،
   ألغى الزيارة) fold their complement into their own mode instead of coding an event that did
   not happen, and avoid-words (بدائل للاجتياح، امتنع عن) drop theirs;
3. actors come from the entity mentions of the clause: subject after the verb (VSO) or before
   it (SVO), genitive or nisba adjective after a verbal noun (غارة إسرائيلية), the subject of a
   support verb, or the clause that elaborates a named event (هجوم ... عندما اقتحم مقاتلو حماس);
   a nationality is coded as its country; targets come after the prepositions of the lemma;
4. an event needs an actor (PLOVER's source actor): a trigger word with no actor in its
   clause is a non-event use (a film called «مفاوضات», قاعة الاجتماعات) or an anaphoric
   mention of an event already coded (the definite الاجتماع); the exception is an indefinite
   attack or arrest noun that names its target (اغتيال X، هجمات استهدفت قوات أمريكية);
5. halting talks or cooperation is a SANCTION (وقف الاتصالات مع)، a verb right after a verbal
   noun describes it (هجمات استهدفت), a dropped subject after "، و" or a participle (، داعيا،
   or inside the clause: شن غارات مستهدفا) is the subject of the sentence; sports reports code
   nothing; an attack on a decision or policy (هاجم القرار) is an ACCUSE, a vow against an
   adversary (تعهد بالرد) a THREATEN;
6. a verb whose subject stays unsaid (وأضاف أنه قصف، ثم أغلقت) takes the subject of the sentence
   before in the same paragraph (the actors of its last event, else its first named subject);
   unnamed forces (قصفت طائرات حربية) take the side named just before; an attack that names
   only its target (غارة على X، اغتيال X) is coded with no source actor, as PLOVER allows;
7. a state's army, forces, police or authorities named by a nationality (الجيش
   الإسرائيلي، السلطات التونسية) is coded as the state, as PLOVER codes states;
8. an event in the headline or dek that the body reports again is coded once, in the body;
9. no event is coded for a standing relation (الحركة التي يدعمها X), rule text (يحظر القانون),
   an attack recalled inside a relative clause (التي تعرضت لضربات), an agreement named as a
   document (الاتفاق النووي، تعهداتها) or gunfire without its instrumental ب (برصاص X is an
   attack by X); armed clashes name both sides (اشتباكات بين X وY); a nationality after a word
   for settlers is a settler group (Israeli settlers), not the state; a state organ named bare
   (قوات الأمن، السلطات) is the document's most-named country;
10. a bare collective noun (المجلس، الحركة، الجماعة، الجيش، السلطات) stands for the nearest earlier
   body named with the same head word, a state organ with none for the document's country, and
   bare settlers in a report on Israel and Palestine are Israeli settlers; a claim of an attack
   reported just before (وتبنت X الهجوم) gives that attack its doer instead of a second event;
   an operation carried out by a named side (العملية التي نفذتها القوات X)، the event noun after a
   circumstantial participle (، منهيا عملية)، an attack noun right after a reported attack in the
   same paragraph, talks convened or hosted by X (محادثات دعت إليها X) and an unvocalized arrest
   verb before a word for its usual patients (اعتقل الصحفي X: the passive) are coded too.

Speed: one pass over the document's words marks which ones have a trigger reading (cached per
word form); sentences without a PLOVER trigger word are not coded at all.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain, compress
from operator import attrgetter, not_
from typing import cast

from khabar.events.lexicon import CLITICS, NOUN_PREFIXES, PLOVER_TYPES, VERB_PREFIXES, Entry, Lexicon, lexicon
from khabar.model import Document, Entity, Event, Span, Timex
from khabar.text import Token, normalize_word, view

PREPOSITIONS = frozenset({"مع", "علي", "ضد", "الي", "من", "عن", "في", "بين", "لدي", "نحو", "تجاه", "ازاء",
                          "حول", "بشان", "عبر", "قرب", "داخل", "عند", "منذ", "خلال", "امام", "لصالح", "بعد",
                          "قبل", "اثر", "عقب", "رغم", "بسبب", "جراء", "ضمن", "دون", "حتي", "وسط"})
VERB_PARTICLES = frozenset({"قد", "لقد", "وقد", "فقد", "لم", "لن", "ثم", "كما", "ان", "بعدما", "حين", "عندما", "اذ",
                            "وكان", "كان", "كانت", "وكانت", "ما", "لما", "لا", "سوف", "قبل", "منذ"})
COMPLEMENT_PARTICLES = frozenset({"الي", "علي", "عن", "من", "في", "اي", "كل", "ان", "بان"})
POS_ORDER = {"past": 0, "passive": 0, "present": 1, "imperative": 2, "participle": 3, "noun": 4}
HALTABLE = frozenset({"CONSULT", "COOPERATE", "AID", "AGREE"})
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
DEFAULT_TARGET_PREPS = frozenset({"مع", "علي", "ضد", "الي", "ل"})
PRONOUN_COMPLEMENTIZERS = frozenset({"انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم", "وانه", "وانها"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
MAX_SUBJECT_GAP = 4
MAX_BACK = 8
MAX_OBJECT = 8
MAX_EMBED = 8
# relative verbs of witnessing after an event noun (اشتباكات شهدتها المنطقة): the place, not a doer
WITNESS_VERBS = frozenset(normalize_word(w) for w in ("شهدتها", "شهدها", "عرفتها", "عرفها"))
QUOTES_OPEN = "«\"“'‘"
QUOTES_CLOSE = "»\"”'’"
RESPONSIBILITY = frozenset({"مسؤوليه", "مسؤوليتها", "مسؤوليته", "مسؤوليتهم", "المسؤوليه", "مسئوليه", "مسئوليتها",
                            "مسئوليته"})
CLAUSE_MARKS = frozenset("،,:؛;()" + QUOTES_OPEN + QUOTES_CLOSE)
_QUOTES_OPEN_SET = frozenset(QUOTES_OPEN)
_PARTICIPATION = frozenset({"بمشاركه", "بحضور"})
CLASH_LEMMAS = frozenset({"اشتبك", "تبادل"})  # armed clashes: "between X and Y" names both sides
INSTRUMENT_LEMMAS = frozenset({"رصاص"})  # برصاص X، بنيران X: coded only with the instrumental ب
INNA = frozenset({"ان", "وان", "بان", "لان"})  # إنّ/أنّ before a nominal clause
CROWD_TYPES = frozenset({"PROTEST", "ACCUSE", "THREATEN", "REQUEST"})  # acts of an unnamed crowd
PEOPLE_RELATIVES = frozenset({"الذين", "اللذين", "اللذان", "اللواتي", "اللاتي"})  # relatives for people
RELATIVE_PRONOUNS = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي"})
STANDING = frozenset({"SUPPORT", "COOPERATE", "AID"})  # types whose imperfect in a relative clause is a relation


_CLAUSE_MARK = re.compile("[" + "".join(re.escape(c) for c in sorted(CLAUSE_MARKS)) + "]")


def _punct_flags(text: str, toks: list[Token], starts: list[int] | None = None) -> list[bool]:
    """For each token, whether a clause-breaking mark stands between it and the token before
    (one regex pass over the marks, each placed in its gap: most gaps are a single space).
    ``starts``: the tokens' start offsets when the caller has them already."""
    out = [False] * len(toks)
    if len(toks) < 2:
        return out
    if starts is None:
        starts = [t.start for t in toks]
    lo, hi = toks[0].end, toks[-1].start
    for m in _CLAUSE_MARK.finditer(text, lo, hi):
        p = m.start()
        k = bisect.bisect_right(starts, p)  # the first token starting after the mark
        if 1 <= k < len(toks) and toks[k - 1].end <= p:
            out[k] = True
    return out


@dataclass
class Mention:
    """An entity mention (or a role chain ending in one) placed on the token list."""

    first: int
    last: int
    entity: Entity
    prep: str = ""  # preposition introducing it: a word (مع، من) or a clitic (ب، ل)
    coord: bool = False  # attached with و to the mention before it
    inherited: bool = False  # prep taken from the mention it is coordinated with (من X وY)
    parts: list[Entity] = field(default_factory=list)
    nested: list[Entity] = field(default_factory=list)  # الإسرائيلي inside الجيش الإسرائيلي

    @property
    def label(self) -> str:
        return self.entity.label


@dataclass
class Trigger:
    i: int  # token index
    entry: Entry
    pos: str
    prefix: str
    end_i: int  # last token of the trigger phrase (mode adjective included)
    light: int | None = None  # token index of the support verb
    light_noun: bool = False  # the support word is a verbal noun (أعلن عن تنظيم وقفة)
    claimed: bool = False  # its doer is named by a claim of responsibility (أعلن مسؤوليته عن)
    plan: bool = False
    plan_i: int | None = None
    relative: Trigger | None = None  # هجمات استهدفت ...: the verb describing this noun
    no_svo: bool = False  # passive use (الزيارة ألغيت): the noun before is not its subject
    embedded_in: Trigger | None = None
    embedded_types: list[str] = field(default_factory=list)
    embedded_targets: list[Mention] = field(default_factory=list)
    elaboration: tuple[int, int] | None = None
    suppressed: bool = False
    head_i: int | None = None  # the trigger span starts at this earlier token (قتل برصاص)
    is_noun: bool = field(init=False)

    def __post_init__(self) -> None:
        self.is_noun = self.pos == "noun"  # (pos never changes: a plain field, read very often)


_CUE_INDEX: dict[int, tuple[set[tuple[str, ...]], dict[str, list[tuple[str, ...]]], dict[str, list[tuple[str, ...]]]]] = {}
SCHEDULED: set[tuple[str, ...]] = {("من", "المقرر"), ("من", "المتوقع"), ("من", "المزمع"), ("من", "المنتظر")}


def _cue_index(cues: set[tuple[str, ...]]) -> tuple[dict[str, list[tuple[str, ...]]], dict[str, list[tuple[str, ...]]]]:
    """Cues indexed by first and by last word (built once per cue set)."""
    hit = _CUE_INDEX.get(id(cues))
    if hit is None or hit[0] is not cues:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        by_last: dict[str, list[tuple[str, ...]]] = {}
        for cue in sorted(cues):
            by_first.setdefault(cue[0], []).append(cue)
            by_last.setdefault(cue[-1], []).append(cue)
        hit = _CUE_INDEX[id(cues)] = (cues, by_first, by_last)
    return hit[1], hit[2]


_SINGLE_WORDS: dict[int, tuple[set[tuple[str, ...]], frozenset[str]]] = {}


def _single_words(cues: set[tuple[str, ...]]) -> frozenset[str]:
    """The one-word cues of ``cues``, as words (built once per cue set): a word that is one
    ends a cue whatever stands before it (:meth:`SentenceCoder.ends_cue` without the look-ups)."""
    hit = _SINGLE_WORDS.get(id(cues))
    if hit is None or hit[0] is not cues:
        hit = _SINGLE_WORDS[id(cues)] = (cues, frozenset(c[0] for c in cues if len(c) == 1))
    return hit[1]


_LAST_WORDS: dict[tuple[int, ...], tuple[tuple[set[tuple[str, ...]], ...], frozenset[str]]] = {}


def _last_words(*cue_sets: set[tuple[str, ...]]) -> frozenset[str]:
    """Every word that ends a cue of any of ``cue_sets`` (built once per combination)."""
    key = tuple(map(id, cue_sets))
    hit = _LAST_WORDS.get(key)
    if hit is None or any(a is not b for a, b in zip(hit[0], cue_sets, strict=True)):
        hit = _LAST_WORDS[key] = (cue_sets, frozenset(c[-1] for cues in cue_sets for c in cues))
    return hit[1]


_UNLESS: dict[tuple[tuple[str, ...], ...], set[tuple[str, ...]]] = {}


def _unless_set(unless: tuple[tuple[str, ...], ...]) -> set[tuple[str, ...]]:
    """A lemma's other-sense cues as one lasting set (so the cue index is built once for it)."""
    hit = _UNLESS.get(unless)
    if hit is None:
        hit = _UNLESS[unless] = set(unless)
    return hit


@lru_cache(maxsize=65536)
def _resumptive_light(word: str) -> bool:
    """A support verb form with an object pronoun (نفذه، شنتها), per word form."""
    forms = lexicon().forms
    for suf in ("ها", "ه"):
        if word.endswith(suf) and len(word) - len(suf) >= 2:
            for stem in _variants(word[: -len(suf)]):
                if any(e.type == "_LIGHT" and pos != "noun" for e, pos in forms.get(stem, ())):
                    return True
    return False


CARRY_OUT = frozenset({"نفذ", "شن"})  # support verbs of carrying out an operation


@lru_cache(maxsize=4096)
def _carried_out(word: str) -> bool:
    """نفذها، نفذتها، شنه، شنتها: a carrying-out verb with the operation as its object pronoun."""
    w = word[1:] if word[:1] in ("و", "ف") else word
    for suf in ("تها", "ته", "ها", "ه"):
        if w.endswith(suf) and w[: -len(suf)] in CARRY_OUT:
            return True
    return False


@lru_cache(maxsize=65536)
def _candidates(word: str, ta_marbuta: bool = False) -> tuple[tuple[str, Entry, str], ...]:
    """(prefix, lemma row, part of speech) readings of a normalized word, best first.

    A bare form that is both verb and noun (قصف) reads as the verb; after the article or a
    preposition only as the noun. A verb may carry an object pronoun (طلبتها، اتهمها، دعاهم)."""
    forms = lexicon().forms
    out: list[tuple[str, Entry, str]] = []
    splits = [("", word)] + [(word[:k], word[k:]) for k in (4, 3, 2, 1) if len(word) - k >= 2 and word[:k] in CLITICS]
    for prefix, stem in splits:
        for entry, pos in sorted(forms.get(stem, ()), key=lambda ep: POS_ORDER[ep[1]]):
            if pos == "noun":
                if prefix in NOUN_PREFIXES:
                    out.append((prefix, entry, pos))
            elif prefix in VERB_PREFIXES and pos in VERB_PREFIXES[prefix]:
                out.append((prefix, entry, pos))
    for suf in ("هما", "هم", "هن", "ها", "كم", "ه"):
        if word.endswith(suf) and len(word) - len(suf) >= 3 and not (suf == "ه" and ta_marbuta):
            base = word[: -len(suf)]
            for prefix, stem in [("", base)] + [(base[:k], base[k:]) for k in (1, 2)
                                                 if base[:k] in VERB_PREFIXES and len(base) - k >= 3]:
                if len(stem) == 3 and stem[-1] not in "اي":
                    continue  # دعمها، رفضه: a verbal noun with a possessive as often as a verb
                for entry, pos in forms.get(stem, ()):
                    if pos in ("past", "present") and pos in VERB_PREFIXES[prefix] and not entry.requires:
                        out.append((prefix, entry, pos))
    return tuple(out)


@lru_cache(maxsize=65536)
def _token_flags(norm: str, ta_marbuta: bool) -> int:
    """0: no trigger reading; 1: cue words only (أعلن، قرر); 2: a PLOVER trigger reading."""
    cands = _candidates(norm, ta_marbuta)
    if not cands:
        return 0
    return 2 if any(e.type in PLOVER_TYPES for _, e, _ in cands) else 1


@lru_cache(maxsize=65536)
def _definite(w: str) -> bool:
    """The word carries the article (with or without a clitic before it)."""
    return any(w.startswith(p) and len(w) - len(p) >= 2 for p in ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال"))


@lru_cache(maxsize=65536)
def _variants(norm: str) -> frozenset[str]:
    """A word and the word without each clitic chain it may carry (وبالاجتماع -> اجتماع ...)."""
    out = {norm}
    for k in (1, 2, 3, 4):
        if len(norm) - k >= 2 and norm[:k] in CLITICS:
            out.add(norm[k:])
    return frozenset(out)


def _matches(tok: Token, word: str) -> bool:
    n = tok.norm
    if n == word:
        return True
    return n.endswith(word) and n[: len(n) - len(word)] in CLITICS


class SentenceCoder:
    """Codes one sentence; shares the document's tokens, entities and timexes."""

    def __init__(self, doc: Document, lex: Lexicon, toks: list[Token], lo: int, hi: int,
                 mentions: list[Mention], timexes: list[Timex], punct: list[bool] | None = None,
                 context: list[Mention] | None = None, has_trigger: list[int] | None = None,
                 starts: list[int] | None = None, norms: list[str] | None = None) -> None:
        self.doc, self.lex, self.toks, self.lo, self.hi = doc, lex, toks, lo, hi
        self.has_trigger = has_trigger  # per token of the document: has a trigger reading (0: none)
        self.context = context or []  # the subject carried over from the sentence before
        self.last_actors: list[Mention] = []
        self.punct = punct if punct is not None else _punct_flags(doc.text, toks)
        self.mentions = mentions
        self.timexes = timexes
        self.boundary = lex.cue("boundary")
        self.starts = starts if starts is not None else [t.start for t in toks]
        self.var = list(map(_variants, norms[lo:hi] if norms is not None else [t.norm for t in toks[lo:hi]]))
        # clause boundaries of every token of the sentence, in one pass (read hundreds of times):
        # a mark before it, or a boundary cue ending on it (only words that end one are checked)
        bound = self.punct[lo:hi]
        if bound:
            bound[0] = False
        may_end = map(not_, map(_cue_index(self.boundary)[1].keys().isdisjoint, self.var))
        singles = _single_words(self.boundary)
        for k in compress(range(len(bound)), may_end):
            if not bound[k] and (not singles.isdisjoint(self.var[k]) or self.ends_cue(lo + k, self.boundary)):
                bound[k] = True
        self._bound = bound
        self.by_first = {m.first: m for m in mentions}
        self.trigger_at: set[int] = set()
        self.trigger_type: dict[int, str] = {}
        self._in_tx: set[int] | None = None  # tokens inside a timex (built on first use)
        self.near_aside = True  # the sentence overlaps chrome or a repeated block
        self.affiliations: dict[int, set[str]] = {}
        self.noun_events: set[int] = set()
        self.claims: set[int] = set()  # events named by a definite noun after a claim (وتبنت X الهجوم)
        self.attr_words = lex.attribute_words()
        self.role_nouns = lex.cue_words("agent_noun", "before")
        self.in_mention: dict[int, Mention] = {t: m for m in mentions for t in range(m.first, m.last + 1)}
        self.home: str | None = None  # the document's country (for bare state organs), set by the caller
        self.subject_word = -1  # the common-noun subject found by generic_subject
        self.countries: frozenset[str] = frozenset()  # every country the document names
        self.person_names: _PersonNames | None = None  # each person's fullest name (set by the caller)
        self.context_type: str | None = None  # type of the paragraph's last event (set by the caller)

    # --- helpers ---------------------------------------------------------------------

    def starts_cue(self, i: int, cues: set[tuple[str, ...]]) -> int:
        """Length of the cue (in words) that starts at token ``i``, or 0."""
        if i >= self.hi:
            return 0
        hit = _CUE_INDEX.get(id(cues))
        by_first = hit[1] if hit is not None and hit[0] is cues else _cue_index(cues)[0]
        var = self.var
        if by_first.keys().isdisjoint(var[i - self.lo]):
            return 0  # no cue starts with any reading of this word (most words): one C-level check
        best = 0
        for w in var[i - self.lo]:
            for cue in by_first.get(w, ()):
                n = len(cue)  # (a one-word cue, most of them, needs no further word compared)
                if n > best and i + n <= self.hi and (n == 1 or all(cue[k] in var[i - self.lo + k] for k in range(1, n))):
                    best = n
        return best

    def ends_cue(self, i: int, cues: set[tuple[str, ...]]) -> bool:
        """True when a cue ends at token ``i``."""
        if i < self.lo or i >= self.hi:
            return False
        hit = _CUE_INDEX.get(id(cues))
        by_last = hit[2] if hit is not None and hit[0] is cues else _cue_index(cues)[1]
        var = self.var
        if by_last.keys().isdisjoint(var[i - self.lo]):
            return False
        for w in var[i - self.lo]:
            for cue in by_last.get(w, ()):
                n = len(cue)  # (a one-word cue, most of them, needs no further word compared)
                s = i - n + 1
                if s >= self.lo and (n == 1 or all(cue[k] in var[s - self.lo + k] for k in range(n - 1))):
                    return True
        return False

    def is_boundary(self, i: int) -> bool:
        lo = self.lo
        if lo <= i < self.hi:
            return self._bound[i - lo]
        return self.ends_cue(i, self.boundary) or self.punct_before(i)

    def punct_before(self, i: int) -> bool:
        """A clause-breaking mark (، : ؛ quote) between token i-1 and token i."""
        return i > self.lo and self.punct[i]

    # --- triggers --------------------------------------------------------------------

    def find(self) -> list[Trigger]:
        out: list[Trigger] = []
        consumed: set[int] = set()
        span = range(self.lo, self.hi)
        # only the words with a trigger reading (picked in C when the document flags are given)
        for i in (span if self.has_trigger is None else compress(span, self.has_trigger[self.lo:self.hi])):
            if i in consumed:
                continue
            trig = self.lookup(i)
            if trig is None:
                continue
            out.append(trig)
            if trig.is_noun and trig.entry.requires:
                consumed.update(range(i + 1, trig.end_i + 1))
        return out

    def lookup(self, i: int) -> Trigger | None:
        tok = self.toks[i]
        cands = _candidates(tok.norm, tok.text.endswith("ة"))
        if cands and cands[0][0] == "" and cands[0][2] != "noun" and i > self.lo \
                and self.toks[i - 1].norm in PREPOSITIONS and not self.punct_before(i):
            cands = tuple(c for c in cands if c[2] == "noun")  # مع طلب المغرب: not a verb
        if cands and cands[0][0] == "" and cands[0][2] in ("past", "imperative") \
                and tok.norm == view_norm(cands[0][1].lemma) and not self.verb_context(i):
            # a bare form read as verb or noun (قصف، هدم): after a noun it is the noun (صور هدم المدينة)
            # a verb-only form after a common noun (استمرار دعم القطاع) is the noun too: no event
            cands = tuple(c for c in cands if c[2] == "noun" and c[0] == "")
        for prefix, entry, pos in cands:
            end_i = i
            if entry.requires:
                end_i = self.companion(i, entry, pos != "noun")
                protest_verb = self.protest_verb_before(i) if end_i < 0 and entry.type == "PROTEST" and pos == "noun" else -1
                if protest_verb >= 0:
                    # خرج الآلاف في مسيرات / نظمت النقابة وقفة: a march or vigil as a protest
                    return Trigger(i=i, entry=entry, pos=pos, prefix=prefix, end_i=i, light=protest_verb)
                if end_i < 0:
                    continue
                if entry.requires == (("@person",),) or any(k in self.in_mention for k in range(i + 1, end_i + 1)) \
                        or _carried_out(self.toks[end_i].norm):
                    end_i = i  # أوقفت الشرطة سبعة محتجين، تصنيف الحوثيين منظمة: the word alone
            if entry.unless and pos != "noun" and any(
                    self.starts_cue(j, _unless_set(entry.unless)) for j in self.words_after(i, 3)):
                continue  # أجلت السلطات السكان: "evacuated", not "postponed"
            if pos == "noun" and entry.type == "PROTEST" and not entry.requires:
                protest_verb = self.protest_verb_before(i)
                if protest_verb >= 0:
                    # خرج الآلاف إلى الشوارع احتجاجا على، شارك X في مظاهرات: the marchers protest
                    return Trigger(i=i, entry=entry, pos=pos, prefix=prefix, end_i=i, light=protest_verb)
            return Trigger(i=i, entry=entry, pos=pos, prefix=prefix, end_i=end_i if pos == "noun" else i)
        return None

    def definite(self, k: int) -> bool:
        return _definite(self.toks[k].norm)

    def verb_context(self, i: int) -> bool:
        """Where a bare verb/noun form reads as a verb: clause start, after a particle,
        a clause word or a named subject."""
        if i == self.lo or self.punct_before(i):
            return True
        prev = self.toks[i - 1].norm
        # after a definite word it is the predicate (الزيارة المقررة ألغيت، الجيش قصف); after an
        # indefinite noun it is a genitive (استمرار دعم القطاع، صور هدم المدينة)
        return prev in VERB_PARTICLES or self.ends_cue(i - 1, self.boundary) or (i - 1) in self.in_mention \
            or self.definite(i - 1)

    def companion(self, i: int, entry: Entry, verb: bool = False) -> int:
        """Index of the last token of a required companion word within three words, or -1.

        Words of a named entity in between (the subject of a VSO verb) are not counted."""
        if entry.requires == (("@person",),):
            return self.person_after(i, verb)
        counted = 0
        stop = min(i + 10, self.hi)
        dated = self.tx_tokens() if self.timexes else ()
        j = i
        while j + 1 < stop:
            j += 1
            if j in dated and j not in self.in_mention:
                # an inserted date does not count (فرضت X، أمس الأربعاء 5 آذار 2025، عقوبات)
                stop = min(stop + 1, self.hi)
                continue
            if j not in self.in_mention and not self.is_role(j) and self.toks[j].norm not in ROLE_MODIFIERS \
                    and self.toks[j].norm not in COMPLEMENT_PARTICLES:
                counted += 1
                if counted > 3:
                    break
            for req in entry.requires:
                if req == ("@norp",):
                    m = self.in_mention.get(j)
                    if m is not None and m.label == "NORP" and m.first == j:
                        return j  # عملية إسرائيلية: a nationality names the side
                    continue
                if req == ("@done",):
                    if (j == i + 1 or (j == i + 2 and self.toks[i + 1].norm in RELATIVE_PRONOUNS)) \
                            and _carried_out(self.toks[j].norm):
                        return j  # العملية التي نفذتها القوات X: an operation someone carried out
                    continue
                if req == ("ب-",):
                    if self.toks[j].norm.startswith("ب") and len(self.toks[j].norm) > 3:
                        return j
                    continue
                n = len(req)
                if req[0] in self.toks[j].norm and j + n <= self.hi and all(_matches(self.toks[j + k], req[k]) or
                                            (k == 0 and self.toks[j].norm.startswith(req[0]) and len(req[0]) >= 4)
                                            for k in range(n)):
                    return j + n - 1
        return -1

    def protest_verb_before(self, i: int) -> int:
        """The verb of taking to the streets or organizing (خرج، نظم، شارك) that governs the
        noun at ``i``, or -1."""
        verbs = self.lex.cue_words("protest_verb", "before")
        for k in range(i - 1, max(self.lo - 1, i - 9), -1):
            if not verbs.isdisjoint(self.var[k - self.lo]):
                return k
            if self.is_boundary(k + 1):
                break
        return -1

    def words_after(self, i: int, n: int) -> list[int]:
        """The first ``n`` tokens after ``i`` in the sentence that are not inside a name (the
        subject of a VSO verb stands between the verb and its object)."""
        out: list[int] = []
        for j in range(i + 1, self.hi):
            if j not in self.in_mention:
                out.append(j)
                if len(out) == n:
                    break
        return out

    def person_after(self, i: int, verb: bool = False) -> int:
        """Index of a person (a PERSON/NORP name or a word for people) within seven words after
        ``i`` in the clause, or -1: أوقف is "arrested" with a person object, else "stopped". A
        person named right after a verb is its subject (اقتاد الراعي أغنامه), not its object."""
        persons = self.lex.cue_words("person_noun", "any")
        for j in range(i + 1, min(i + 8, self.hi)):
            if j > i + 1 and self.is_boundary(j):
                break
            m = self.in_mention.get(j)
            if m is not None and m.label == "PERSON" and verb and m.first == i + 1:
                continue
            if m is not None and m.label in ("PERSON", "NORP"):
                return j
            if m is None and not persons.isdisjoint(self.var[j - self.lo]):
                return j
        return -1

    def non_event(self, t: Trigger) -> bool:
        """Trigger words used as names or titles, or as heads of non-event phrases."""
        tok = self.toks[t.i]
        if t.i in self.in_mention:
            return True
        if self.near_aside and self.doc.is_set_aside(tok.start, tok.end):
            return True
        if t.is_noun and t.i > self.lo:
            blockers = self.lex.cue_words("blocker", "before")
            if not blockers.isdisjoint(self.var[t.i - 1 - self.lo]) and not self.punct_before(t.i):
                return True
        if not t.is_noun:
            senses = self.lex.cue("blocker", "after")
            first = _cue_index(senses)[0].keys()
            var, lo = self.var, self.lo
            if any(self.starts_cue(j, senses) for j in range(t.i + 1, min(self.hi, t.i + 4))
                   if not first.isdisjoint(var[j - lo])):
                return True  # احتلت الجزائر الرتبة 82: "ranked", not "occupied"
            if t.i > self.lo and t.i + 1 < self.hi and self.toks[t.i + 1].norm in ("اليها", "لها") and any(
                    e.type in SYMMETRIC and pos == "noun" for _, e, pos in _candidates(self.toks[t.i - 1].norm)):
                return True  # محادثات دعت إليها X: X convened the talks (their actor), no separate call
        # a quoted short title: «مفاوضات» / "الهجوم الأخير"
        text = self.doc.text
        before = text[max(0, tok.start - 2):tok.start]
        if not _QUOTES_OPEN_SET.isdisjoint(before):
            after = text[tok.end:tok.end + 40]
            close = min((after.find(q) for q in QUOTES_CLOSE if q in after), default=-1)
            if close >= 0 and len(after[:close].split()) <= 3:
                return True
        return False

    def verbal_attacks(self, trigs: list[Trigger]) -> None:
        """هاجم القرار / هجوم حاد على سياسة الحكومة: an attack on a statement, decision or
        policy is made in words (ACCUSE disapprove), one on people or places is an ASSAULT."""
        cues = self.lex.cue("verbal_attack", "after")
        for t in trigs:
            if t.entry.type != "ASSAULT" or normalize_word(t.entry.lemma) != "هاجم":
                continue
            if t.is_noun and any(self.claim_verb(k) for k in range(max(self.lo, t.i - 4), t.i)):
                continue  # تبنت X الهجوم في بيان: an attack claimed (in a statement) was made with arms
            for j in [k for k in self.words_after(t.end_i, 8) if not self.is_role(k)
                      and self.toks[k].norm not in ROLE_MODIFIERS][:4]:
                if j > t.end_i + 1 and self.is_boundary(j):
                    break
                if self.starts_cue(j, cues):
                    t.entry = replace(t.entry, type="ACCUSE", mode="disapprove", context=None)
                    break

    def hostile_pledges(self, trigs: list[Trigger]) -> None:
        """تعهد بمواصلة العمليات ضد الفصائل / تعهد بالانتقام: a vow to act against an adversary
        is a THREATEN (PLOVER), not an AGREE; a pledge to aid or to a deal stays AGREE."""
        attack_at = {u.i for u in trigs if u.entry.type in ("ASSAULT", "COERCE", "MOBILIZE", "SANCTION")}
        for t in trigs:
            if t.entry.type != "AGREE" or normalize_word(t.entry.lemma) != "تعهد":
                continue
            for j in range(t.end_i + 1, min(self.hi, t.end_i + 7)):
                if j > t.end_i + 1 and self.is_boundary(j):
                    break
                if j in attack_at or self.toks[j].norm in ("ضد", "بالرد", "بالانتقام", "بالثار"):
                    t.entry = replace(t.entry, type="THREATEN", mode="violence", context=None)
                    break

    def halts(self, trigs: list[Trigger]) -> None:
        """وقف الاتصالات مع X، تعليق المفاوضات: halting talks or cooperation is a SANCTION
        (PLOVER: halt negotiations, reduce relations); the trigger starts at the halting word."""
        halt = self.lex.cue("halt", "before")
        halt_last = _cue_index(halt)[1].keys()
        for t in trigs:
            if not t.is_noun or t.entry.type not in HALTABLE:
                continue
            words = 0
            for k in range(t.i - 1, max(self.lo - 1, t.i - 8), -1):
                if self.is_boundary(k + 1):
                    break
                if k in self.in_mention:
                    continue  # علقت فرنسا مساعداتها: the subject of the halting verb stands between
                words += 1
                if words > 3:
                    break
                if not halt_last.isdisjoint(self.var[k - self.lo]) and self.ends_cue(k, halt):
                    tok = self.toks[k]
                    prefix = next((p for p in ("و", "ف", "ب", "ل", "") if tok.norm.startswith(p)
                                   and tok.norm[len(p):] in self.lex.cue_words("halt", "before")), "")
                    verb = next((pos for _, pos in self.lex.forms.get(tok.norm[len(prefix):], ())
                                 if pos in ("past", "present")), None)
                    if verb is None and any(j in self.in_mention for j in range(k + 1, t.i)):
                        break  # وقف X الاتصالات: a halting noun takes no name in between
                    if any(u.i == k and u.entry.type == "SANCTION" for u in trigs):
                        t.suppressed = True  # جمدت X المساعدات: the halting verb is coded itself
                        break
                    t.entry = replace(t.entry, type="SANCTION", mode="withdraw", embeds=False)
                    t.prefix = prefix
                    if verb is not None:  # a halting verb takes its subject as a verb does
                        t.pos, t.is_noun, t.end_i = verb, False, k
                    t.i = k
                    break

    def link(self, trigs: list[Trigger]) -> list[Trigger]:
        """Attach cue verbs to the trigger they govern; return the PLOVER triggers."""
        self.halts(trigs)
        real = [t for t in trigs if t.entry.type in PLOVER_TYPES]
        for cue in trigs:
            typ = cue.entry.type
            nxt = next((t for t in real if t.i > cue.i and t is not cue), None)
            if nxt is None:
                continue
            dist = nxt.i - cue.i
            if self.crosses_boundary(cue.i, nxt.i, light=True):
                continue
            if typ == "_LIGHT" and nxt.is_noun and dist <= MAX_EMBED + 6 and len(
                    [k for k in range(cue.i + 1, nxt.i) if k not in self.in_mention and not self.in_timex(k)]) < MAX_EMBED:
                # (a subject and a date may stand between: شن الحوثيون منذ نوفمبر أكثر من 30 هجوما)
                # the noun must be the support verb's object: only its subject (a mention), one
                # other word, or الى/في (توصل إلى اتفاق، دخل في إضراب) may come between
                loose = [k for k in range(cue.i + 1, nxt.i) if k not in self.in_mention and not self.in_timex(k)
                         and self.toks[k].norm not in ("الي", "في", "اي", "من")]
                claim = any(_variants(self.toks[k].norm) & RESPONSIBILITY for k in loose)
                if claim:
                    # أعلنت حماس مسؤوليتها عن إطلاق صواريخ: claiming an attack names its doer
                    loose = [k for k in loose if self.toks[k].norm != "عن" and not _variants(self.toks[k].norm)
                             & RESPONSIBILITY]
                if len(loose) <= 2 and not any(self.toks[k].norm in PREPOSITIONS for k in loose) \
                        and not (cue.is_noun and nxt.light is not None):
                    # (أعلنت X إعادة تصنيف: a support noun after a support verb keeps the verb's subject)
                    nxt.light = cue.i
                    nxt.light_noun = cue.is_noun
                    nxt.claimed = claim
            elif typ == "_PLAN" and dist <= MAX_EMBED and self.toks[nxt.i - 1].norm not in PREPOSITIONS and len([
                    k for k in range(cue.i + 1, nxt.i) if k not in self.in_mention and not self.in_timex(k)
                    and not self.is_role(k) and self.toks[k].norm not in ROLE_MODIFIERS | {"الي", "من", "في"}]) <= 1:
                nxt.plan = True
                nxt.plan_i = cue.i
            elif (typ == "_AVOID" or cue.entry.embeds) and dist <= MAX_EMBED and cue.entry.type != nxt.entry.type:
                if (nxt.is_noun or self.toks[nxt.i - 1].norm in ("ان", "بان") or nxt.prefix.endswith("ل")) \
                        and self.heads_complement(cue, nxt, trigs):
                    nxt.embedded_in = cue
                    nxt.suppressed = True
                    if typ in PLOVER_TYPES:
                        cue.embedded_types.append(nxt.entry.type)
        return real

    def heads_complement(self, cue: Trigger, nxt: Trigger, trigs: list[Trigger]) -> bool:
        """Is ``nxt`` the head of ``cue``'s complement (هدد بشن هجوم، ألغى ... زيارة), not a
        word inside it (هدد بالرد على أي هجوم: the threat is the response)?"""
        cue_at = {u.i for u in trigs if u.entry.type.startswith("_")}
        k = cue.i + 1
        while k < nxt.i:
            w = self.toks[k].norm
            if k in self.in_mention or self.is_role(k) or w in ROLE_MODIFIERS or w in COMPLEMENT_PARTICLES \
                    or self.people_object(k):
                k += 1
                continue
            if k in cue_at and nxt.i - k <= 2:
                return True  # بفرض عقوبات، بتنفيذ الهجوم
            return False
        return True

    def people_object(self, k: int) -> bool:
        """A word for people, bare or with a possessive (أنصارها، مؤيديه، المواطنين): the addressee
        of a call (دعت الجبهة أنصارها إلى التظاهر), not part of its complement."""
        persons = self.lex.cue_words("person_noun", "any")
        for w in self.var[k - self.lo]:
            for base in (w, w[:-2] if w.endswith(("ها", "هم")) else w, w[:-1] if w.endswith("ه") else w):
                if base in self.role_nouns or base in persons:
                    return True
                if base.endswith("ي") and (base[:-1] + "و" in self.role_nouns or base[:-1] + "ين" in persons):
                    return True  # مؤيدي-ه، مناصري-ها
        return False

    def cancelled_after(self, real: list[Trigger], trigs: list[Trigger]) -> None:
        """A verbal noun followed by a cancelling verb (الزيارة المقررة ألغيت) did not happen."""
        for t in real:
            if not t.is_noun:
                continue
            for u in trigs:
                if u.entry.type == "REJECT" and u.entry.embeds and not u.is_noun and 0 < u.i - t.end_i <= 4 \
                        and not self.crosses_boundary(t.i, u.i):
                    t.suppressed = True
                    u.no_svo = True
                    u.embedded_types.append(t.entry.type)

    def in_timex(self, k: int) -> bool:
        """Token k is inside a date, or a preposition introducing one (منذ أكتوبر)."""
        inside = self.tx_tokens()
        if k in inside:
            return True
        return k + 1 in inside and self.toks[k].norm in ("منذ", "في", "خلال")

    def tx_tokens(self) -> set[int]:
        """The sentence's tokens that start inside a timex (built on first use)."""
        if self._in_tx is None:
            inside: set[int] = set()
            starts, lo, hi = self.starts, self.lo, self.hi
            for tx in self.timexes:  # token starts are sorted: each timex covers one run of tokens
                inside.update(range(bisect.bisect_left(starts, tx.start, lo, hi),
                                    bisect.bisect_left(starts, tx.end, lo, hi)))
            self._in_tx = inside
        return self._in_tx

    def relative_verbs(self, real: list[Trigger]) -> None:
        """هجمات استهدفت قواعد / الغارات التي شنتها: a verb right after a verbal noun of the same
        type describes that event; its objects become the noun's recipients."""
        for t in real:
            if not t.is_noun or t.suppressed:
                continue
            end = t.end_i
            while end + 1 < self.hi and not self.is_boundary(end + 1) and (
                    self.toks[end + 1].norm in self.attr_words or (
                        (m := self.by_first.get(end + 1)) is not None and m.label == "NORP" and not m.prep)):
                end = self.in_mention[end + 1].last if end + 1 in self.in_mention else end + 1
            for u in real:
                if u.is_noun or u.entry.type != t.entry.type or u.suppressed:
                    continue
                gap = u.i - end
                if gap == 1 or (gap == 2 and self.toks[end + 1].norm in ("الذي", "التي", "الذين")):
                    u.suppressed = True
                    t.relative = u

    def crosses_boundary(self, a: int, b: int, light: bool = False) -> bool:
        """A clause boundary between tokens a and b; commas around an inserted date do not count
        when ``light`` (شن الجيش، اليوم الثلاثاء، غارات)."""
        lo = self.lo
        if lo <= a + 1 and b < self.hi and True not in self._bound[a + 1 - lo:b + 1 - lo]:
            return False  # no boundary at all in between (most pairs): one slice check
        for k in range(a + 1, b + 1):
            if not self.is_boundary(k):
                continue
            if light and not self.ends_cue(k, self.boundary) and (self.in_timex(k) or self.in_timex(k - 1)):
                continue
            return True
        return False

    # --- actors and targets ------------------------------------------------------------

    def chain_after(self, m: Mention) -> list[Mention]:
        """``m`` and the mentions coordinated with it by و (same preposition: one phrase)."""
        out = [m]
        idx = self.mentions.index(m)
        for n in self.mentions[idx + 1:]:
            if n.coord and n.first == out[-1].last + 1 and n.prep == m.prep:
                out.append(n)
            elif not n.prep and not m.prep and self.titled_coord(out[-1].last, n.first):
                out.append(n)  # الملك عبد الله الثاني والرئيس الفلسطيني محمود عباس
            else:
                break
        return out

    def titled_coord(self, a: int, b: int) -> bool:
        """Only a title joined by و (والرئيس، ووزير الخارجية) stands between tokens a and b."""
        gap = range(a + 1, b)
        if not 1 <= len(gap) <= 3 or not self.toks[a + 1].norm.startswith("و") or self.punct_before(a + 1):
            return False
        return all(self.is_role(k) or self.toks[k].norm in ROLE_MODIFIERS or self.toks[k].norm[1:] in ROLE_MODIFIERS
                   for k in gap)

    def chain_before(self, m: Mention) -> list[Mention]:
        """The coordination ``m`` ends (مصر وقطر ...), read backwards."""
        group = [m]
        while group[0].coord:
            k = self.mentions.index(group[0])
            prev = self.mentions[k - 1] if k > 0 else None
            if prev is None or prev.last != group[0].first - 1 or prev.prep != m.prep:
                break
            group.insert(0, prev)
        return group

    def subject_after(self, i: int, limit: int | None = None) -> list[Mention]:
        """VSO subject: the first mention after token ``i`` with no preposition before it."""
        end = min(self.hi, i + 1 + MAX_SUBJECT_GAP + 1) if limit is None else limit
        for j in range(i + 1, end):
            m = self.by_first.get(j)
            if m is None and j == i + 1 and self.unnamed_group(j):
                return []  # اختطف مسلحون الصحفي X: unnamed gunmen are the subject, X the object
            if m is not None:
                if m.prep:
                    return []
                if m.label == "NORP" and j > i + 1 and not self.is_role(j - 1) \
                        and not (j - 2 > i and self.is_role(j - 2)):
                    return []  # سفينة تجارية بريطانية: a nisba of the object, not a subject
                return self.chain_after(self.role_head(m))
            if j > i + 1 and self.is_boundary(j):
                return []
            if self.toks[j].norm == "من" and j > i + 1 and (self.is_role(j - 1) or self.toks[j - 1].norm.endswith("ون")):
                k = j + 1
                while k < min(self.hi, j + 4) and k not in self.by_first and self.is_role(k):
                    k += 1  # آلاف من أنصار X
                m = self.by_first.get(k)
                if m is not None and m.prep == "من":
                    return self.chain_after(m)  # هاجم مسلحون من حماس: a group of X
            if self.toks[j].norm in PREPOSITIONS:
                return []
        return []

    def unnamed_group(self, j: int) -> bool:
        """An indefinite plural word for people in the nominative (مسلحون، محتجون) at ``j``, not
        followed by its nationality or by من X (مسلحون من حماس): an unnamed subject."""
        w = self.toks[j].norm
        if not w.endswith("ون") or w.startswith(("ال", "وال")) or j + 1 >= self.hi:
            return False
        nxt = self.by_first.get(j + 1)
        if (nxt is not None and nxt.label == "NORP") or self.toks[j + 1].norm == "من":
            return False  # مسلحون فلسطينيون، مسلحون من X: a named side (اتهم ناشطون الحكومة: its object)
        v = self.var[j - self.lo]
        return not self.lex.cue_words("person_noun", "any").isdisjoint(v) or self.is_role(j) \
            or not self.lex.cue_words("crowd", "any").isdisjoint(v)  # طالب مزارعون الوزارة بـ

    def subject_before(self, i: int) -> list[Mention]:
        """SVO subject: the nearest mention group before token ``i`` within the clause."""
        if i > self.lo and self.toks[i - 1].norm in PREPOSITIONS:
            return []  # بعد عقد اتفاقية: a verbal noun after a preposition has no subject before it
        if self.toks[i].norm[:1] in ("ب", "ل") and any(
                pos == "noun" for _, _, pos in _candidates(self.toks[i].norm)) and not any(
                pos != "noun" for _, _, pos in _candidates(self.toks[i].norm)):
            return []  # بتسليم المعونات: likewise with an attached preposition
        for j in range(i - 1, max(self.lo - 1, i - 1 - MAX_BACK), -1):
            if self.punct_before(j + 1):
                return []
            if self.ends_cue(j, self.boundary):
                if self.toks[j].norm in PRONOUN_COMPLEMENTIZERS:
                    return self.matrix_subject(j)
                if self.toks[j].norm in ("ان", "بان") and j + 1 < i and _possessed(self.toks[j + 1].norm):
                    return self.matrix_subject(j)  # قال الجيش إن طائراته شنت: its own forces
                return []
            if j in self.trigger_at:
                return []
            m = self.in_mention.get(j)
            if m is None:
                continue
            group = self.chain_before(m)
            first = group[0]
            ok = not first.prep or (first.prep == "من" and any(
                self.is_role(k) for k in range(max(self.lo, first.first - 3), first.first - 1)))
            return group if ok else []
        return []

    def matrix_subject(self, j: int) -> list[Mention]:
        """The subject of the reporting clause before أنه/أنها (أعلنت الجماعة، مساء الأحد، أنها ...):
        the first mention without a preposition after the nearest verb before ``j``."""
        verb = None
        for k in range(j - 1, max(self.lo - 1, j - 12), -1):
            if self.ends_cue(k, self.boundary) or k in self.trigger_at or self.light_or_cue(k):
                verb = k
                break
        if verb is None:  # نفت إيران أنها ...: the nearest mention before
            for k in range(j - 1, max(self.lo - 1, j - 1 - MAX_SUBJECT_GAP - 2), -1):
                m = self.in_mention.get(k)
                if m is not None:
                    return [] if m.prep else self.chain_after(m)
            return []
        for k in range(verb + 1, j):
            m = self.by_first.get(k)
            if m is not None and not m.prep:
                return self.chain_after(m)
        return self.subject_before(verb) if verb > self.lo else []

    def object_then_complement(self, t: Trigger, m: Mention) -> bool:
        """The only name after a coordinated verb is followed by its complement (بـ، إلى)."""
        if m.first != t.i + 1 or m.last + 1 >= self.hi or not self.first_subject(t.i):
            return False
        nxt = self.toks[m.last + 1].norm
        return nxt.startswith("ب") or nxt == "الي"

    def role_head(self, m: Mention) -> Mention:
        """The person a role phrase names: المبعوث الأمريكي الخاص إلى السودان توم بيرييلو,
        رئيس حكومة تصريف الأعمال اللبنانية نجيب ميقاتي."""
        if m.label == "PERSON":
            return m
        if m.label != "NORP" and not (m.first > self.lo and (self.is_role(m.first - 1)
                                                          or self.toks[m.first - 1].norm in ROLE_MODIFIERS)):
            return m  # اغتالت إسرائيل هنية: a country or group that heads no role phrase is the subject
        for k in range(m.last + 1, min(self.hi, m.last + 6)):
            if self.is_boundary(k) or k in self.trigger_at:
                break
            n = self.by_first.get(k)
            if n is not None and n.label == "PERSON" and not n.prep:
                return n
        return m

    def first_subject(self, i: int) -> list[Mention]:
        """The first named subject of the sentence before token ``i`` (no preposition)."""
        for m in self.mentions:
            if m.first >= i:
                break
            if not m.prep and m.label in ACTOR_LABELS and not (m.label == "NORP" and m.first > self.lo
                                                                and m.first - 1 not in self.in_mention
                                                                and not self.is_role(m.first - 1)
                                                                and not (m.first - 2 >= self.lo and self.is_role(m.first - 2)
                                                                         and self.definite(m.first - 1))):
                # (وزير الدفاع الإيراني: a nationality after a title and its genitive names the side)
                head = self.role_head(m)
                return self.chain_after(head) if head.first < i else self.chain_after(m)
        return []

    def is_role(self, k: int) -> bool:
        """A group or role noun (وفد، مسؤولون، الرئيس، آلاف), also with accusative alif (وفدا)."""
        for w in self.var[k - self.lo]:
            if w in self.role_nouns or (w.endswith("ا") and w[:-1] in self.role_nouns):
                return True
        return False

    def light_or_cue(self, k: int) -> bool:
        return any(e.type.startswith("_") and pos != "noun" for v in self.var[k - self.lo]
                   for e, pos in self.lex.forms.get(v, ()))

    def objects_after(self, start: int, preps: frozenset[str], skip: set[int],
                      nisba_objects: bool = False) -> list[Mention]:
        """Recipients: mentions after ``start`` introduced by ``preps`` (or none: a direct object)."""
        out: list[Mention] = []
        opened = -9  # a recipient preposition word before a common noun (على حاجز للجيش المصري)
        toks, in_mention, by_first, bound, lo = self.toks, self.in_mention, self.by_first, self._bound, self.lo
        for j in range(start + 1, min(self.hi, start + 1 + MAX_OBJECT)):
            w = toks[j].norm
            if w in PREPOSITIONS and w in preps and j not in in_mention:
                opened = j
            if bound[j - lo] and not (self.punct_before(j) and (self.in_timex(j) or self.in_timex(j - 1))
                                      and not self.ends_cue(j, self.boundary)):
                break  # (قصف الجيش، اليوم الأحد، مواقع: commas around a date do not end the clause)
            m = by_first.get(j)
            if m is None or m.first in skip or m.coord:
                continue
            if m.label in ("LOC", "FAC"):
                if opened == j - 1:  # على حاجز للجيش المصري (one place name): the owner inside it
                    own = next((e for e in m.nested if e.label in ("ORG", "GPE", "NORP")), None)
                    if own is not None:
                        return [Mention(m.first, m.last, own, prep=self.toks[opened].norm)]
                continue
            if m.label == "NORP" and not m.prep and j > start + 1 and self.in_mention.get(j - 1) is None \
                    and not self.is_role(j - 1) and not nisba_objects:
                continue  # a nisba adjective of a common noun (لوفد إسرائيلي), not an object
            group_of = m.prep == "من" and j - 2 >= self.lo and self.is_role(j - 2)
            if opened == j - 2 and m.prep in ("ل", "") and m.label in ACTOR_LABELS and m.label != "NORP":
                # هجوم على حاجز للجيش المصري، على مقر حزب الله: the owner of the place attacked
                return [replace(h, prep=self.toks[opened].norm) for h in self.chain_after(m)]
            if (m.prep and m.prep in preps) or (not m.prep and not out) or group_of:
                out.extend(self.chain_after(m))
                break
            if m.prep == "في":
                continue
        return out

    def noun_actors(self, t: Trigger) -> tuple[list[Mention], list[Mention]]:
        """(actors, targets) of a verbal-noun trigger."""
        actors: list[Mention] = []
        targets: list[Mention] = []
        definite = self.definite(t.i)
        # nisba adjectives right after the noun (agreeing in definiteness: غارة إسرائيلية،
        # الغارة الإسرائيلية; معونات النازحين is a genitive, not an adjective): غارة جوية إسرائيلية، اجتماع أمريكي إسرائيلي
        j = t.end_i + 1
        gap = 0
        if t.light is not None and t.entry.type in SYMMETRIC:
            # سيشارك الرئيس X في القمة العربية: the one who takes part acts, not the summit's nisba
            lead = self.subject_after(t.light, limit=t.i) or self.subject_before(t.light)
            if any(m.label == "PERSON" for m in lead):
                actors, j = lead, self.hi
        while j < self.hi and gap <= 2:
            m = self.by_first.get(j)
            if m is not None:
                if m.label == "NORP" and not m.prep and self.definite(m.first) == definite:
                    actors.append(m)
                    j = m.last + 1
                    continue
                break
            if self.is_boundary(j) or self.toks[j].norm in PREPOSITIONS or self.toks[j].prefix.startswith("و"):
                break
            if j in self.tx_tokens():
                break
            if t.entry.gen == "patient" and self.toks[j].norm not in self.attr_words:
                break  # استهداف سفينة أمريكية: the nisba describes the patient
            gap += 1
            j += 1
        possessed = self.possessed_trigger(t)
        if not actors and not possessed and not (t.end_i > t.i and self.suffixed(t)):
            m = self.by_first.get(t.end_i + 1)
            if m is not None and not m.prep and not m.coord and m.label in ACTOR_LABELS:
                place_like = m.label == "GPE" and t.entry.type in SYMMETRIC
                if place_like and t.entry.mode == "visit" and (t.light is not None or t.plan_i is not None):
                    targets.extend(self.chain_after(m))  # يعتزم X زيارة فرنسا: the country visited
                elif not place_like:
                    if t.entry.gen == "patient":
                        targets.extend(self.chain_after(m))
                    else:
                        actors.extend(self.chain_after(m))
            elif m is None and (t.entry.gen == "patient" or (t.end_i + 1 < self.hi and self.is_role(t.end_i + 1))):
                # اغتيال رئيس المكتب السياسي لحماس إسماعيل هنية، زيارة الرئيس الفرنسي جاك شيراك:
                # the genitive after its title
                for k in range(t.end_i + 2, min(self.hi, t.end_i + 5)):
                    if self.is_boundary(k) or self.toks[k - 1].norm in PREPOSITIONS or k - 1 in self.trigger_at:
                        break
                    n = self.by_first.get(k)
                    if n is not None:
                        if not n.prep and n.label in ("PERSON", "ORG", "NORP"):
                            head = self.role_head(n)
                            if t.entry.gen == "patient":
                                targets.extend(self.chain_after(head))
                            elif head.label == "PERSON":
                                actors.extend(self.chain_after(head))
                        break
        if not actors and t.light is not None:
            actors = self.subject_after(t.light, limit=t.i) or self.subject_before(t.light)
            if not actors and t.light_noun:
                # أعلنت X عن تنظيم وقفة: the support noun's own governing verb gives the subject
                for k in range(t.light - 1, max(self.lo - 1, t.light - 7), -1):
                    if self.light_or_cue(k):
                        actors = self.subject_after(k, limit=t.light) or self.subject_before(k)
                        break
                    if self.is_boundary(k + 1):
                        break
        if not actors and t.plan_i is not None:
            lim = t.light if t.light is not None else t.i
            actors = self.subject_after(t.plan_i, limit=lim) or self.subject_before(t.plan_i)
        if not actors and t.entry.gen == "agent":
            # هجوم لحماس، زيارة مقررة لأردوغان: ل marks the doer of a verbal noun (a person,
            # or anyone when ل does not mark the recipient: منحة للأردن is to Jordan)
            for j in (t.end_i + 1, t.end_i + 2):
                m = self.by_first.get(j)
                if m is not None and m.prep == "ل" and m.label in ACTOR_LABELS and (
                        m.label == "PERSON" or "ل" not in t.entry.target_preps):
                    actors = self.chain_after(m)
                    break
                if m is not None or j in self.trigger_at:
                    break
            if not actors:
                actors = self.office_doer(t)
        if not actors:
            actors = self.passive_agent(t)
        if not actors:
            actors = self.between(t)
        if not actors:
            actors = self.participants(t)
        if not actors and t.entry.type == "AID" and t.prefix.lstrip("وف").startswith("ك"):
            # أرسلت X أطنانا من الأغذية كمساعدة إلى Y: the sender of what is given as aid
            actors = self.first_subject(t.i)
        if not actors and possessed:
            # قال الرئيس خلال لقائه وزيرة العدل: the possessor is the subject of the sentence
            actors = self.first_subject(t.i)
            if actors and not targets:
                targets = self.objects_after(t.end_i, (t.entry.target_preps or DEFAULT_TARGET_PREPS) | {""},
                                             {m.first for m in actors})
        if not actors and t.elaboration is not None:
            a, b = t.elaboration
            for k in range(a, b):
                m = self.by_first.get(k)
                if m is not None and not m.prep and m.label in ACTOR_LABELS:
                    actors = self.chain_after(m)
                    break
        if not targets and t.relative is not None:
            targets = self.objects_after(t.relative.i, (t.entry.target_preps or DEFAULT_TARGET_PREPS) | {""},
                                         {m.first for m in actors}, nisba_objects=True)
        if not targets:
            skip = {m.first for m in actors}
            preps = t.entry.target_preps or DEFAULT_TARGET_PREPS
            targets = [m for m in self.objects_after(t.end_i, preps, skip) if m.prep]
            if not targets and t.light is not None and t.light + 1 < t.i and any(
                    k in self.by_first for k in range(t.light + 1, t.i)):
                # وصل X إلى طهران في زيارة: the recipient is named between the support verb and the noun
                targets = [m for m in self.objects_after(t.light, preps, skip) if m.prep and m.last < t.i]
        return actors, targets

    def office_doer(self, t: Trigger) -> list[Mention]:
        """زيارة لرئيس وزراء أردني: ل + a one-person title + its words + a nationality names the
        doer by its country (the headline's office; ``_title_holders`` may name the person)."""
        j = t.end_i + 1
        if j >= self.hi:  # (a title names a person: ل marks the doer even where it marks a place, زيارة للعراق)
            return []
        w = self.toks[j].norm
        if w[:1] != "ل" or not (w[1:] in TITLE_HEADS or w[:2] == "لل" and w[2:] in TITLE_HEADS):
            return []
        for k in range(j + 1, min(self.hi, j + 4)):
            if self.is_boundary(k):
                break
            m = self.by_first.get(k)
            if m is not None:
                return [m] if m.label == "NORP" and not m.prep else []
            if self.toks[k].norm not in ROLE_MODIFIERS and not self.is_role(k):
                break
        return []

    def between(self, t: Trigger) -> list[Mention]:
        """مفاوضات بين إسرائيل وحماس، اشتباكات بين الجيش ومسلحين: the parties of a symmetric noun."""
        if t.entry.type not in SYMMETRIC and not _is_clash(t.entry):
            return []
        # (a date, a place after في and a relative verb of witnessing may come first: اشتباكات
        # شهدتها المنطقة في آذار الماضي بين الجيش ومسلحين)
        stop = min(self.hi, t.end_i + 6)
        dated = self.tx_tokens() if self.timexes else ()
        j = t.end_i
        while j + 1 < stop:
            j += 1
            if self.is_boundary(j):
                break
            m = self.by_first.get(j)
            if m is None:
                if ((j in dated or j + 1 in dated) and self.in_timex(j)) or (
                        j - t.end_i <= 2 and not WITNESS_VERBS.isdisjoint(self.var[j - self.lo])):
                    stop = min(self.hi, stop + 1)
            else:
                if m.prep == "في" and m.label in ("GPE", "LOC", "FAC"):
                    stop = min(self.hi, stop + m.last - m.first + 1)
                    j = m.last
                    continue
                return self.chain_after(m) if m.prep == "بين" else []
        return []

    def possessed_trigger(self, t: Trigger) -> bool:
        """خلال لقائه / عقب زيارتها / في اجتماعهم: a meeting noun with a possessive pronoun after a
        preposition of time, whose possessor is the subject of the sentence."""
        if t.entry.type not in SYMMETRIC or t.i == self.lo:
            return False
        if self.toks[t.i - 1].norm not in ("خلال", "اثناء", "في", "عقب", "بعد", "قبل", "ختام"):
            return False
        return self.suffixed(t)

    def suffixed(self, t: Trigger) -> bool:
        """The trigger noun carries a possessive pronoun (زيارتها، انسحابها): its possessor is
        the doer, and a name after it is no genitive of it."""
        word = self.toks[t.i].norm[len(t.prefix):]
        ta_marbuta = self.toks[t.i].text.endswith("ة")
        for p in ("هما", "هم", "ها", "ه"):
            if word.endswith(p) and not (p == "ه" and ta_marbuta):
                stem = word[: -len(p)]
                stems = {stem, stem[:-1] + "ه", stem[:-1] + "ء"}  # زيارت-ه -> زياره، لقائ-ه -> لقاء
                return any(e is t.entry for st in stems for e, _ in self.lex.forms.get(st, ()))
        return False

    def participants(self, t: Trigger) -> list[Mention]:
        """محادثات بمشاركة وفود من قطر ومصر / اجتماع بحضور X: the parties of a meeting."""
        if t.entry.type not in SYMMETRIC:
            return []
        for j in range(t.end_i + 1, min(self.hi, t.end_i + 20)):
            # the participation phrase may close the clause after a comma (جولة من المحادثات
            # غير المباشرة حول ...، بمشاركة وفود من ...); another event or clause ends the search
            if not _PARTICIPATION.isdisjoint(self.var[j - self.lo]):
                for k in range(j + 1, min(self.hi, j + 5)):
                    m = self.by_first.get(k)
                    if m is not None:
                        return self.chain_after(m)
                return []
            if j > t.end_i + 1 and self.punct_before(j) and not self.in_timex(j) \
                    and not (j + 1 < self.hi and self.var[j + 1 - self.lo] & {"بمشاركه", "بحضور"}):
                break
            if self.trigger_type.get(j) in SYMMETRIC or self.ends_cue(j, self.boundary):
                break  # (a ceasefire the talks are about does not end it)
        return []

    def passive_agent(self, t: Trigger, start: int | None = None) -> list[Mention]:
        """هجوم من قبل X / هجوم نفذه X / الغارات التي شنتها X: the doer named after the noun
        (after ``start``, the patient of a passive verb: اغتيل X على يد Y)."""
        cues = self.lex.cue("passive_agent", "after")
        first = _cue_index(cues)[0].keys()
        var, lo = self.var, self.lo
        begin = t.end_i + 1 if start is None else start
        if t.entry.type in SYMMETRIC and t.is_noun:
            # محادثات دعت إليها X، قمة تستضيفها X: the convener or host of talks is their actor
            conv = self.lex.cue("convener", "after")
            cfirst = _cue_index(conv)[0].keys()
            for j in range(begin, min(self.hi, begin + 3)):
                n = 0 if cfirst.isdisjoint(var[j - lo]) else self.starts_cue(j, conv)
                if n:
                    m = self.by_first.get(j + n)
                    if m is not None and not m.prep:
                        return self.chain_after(m)
                    break
                if j in self.in_mention or self.is_boundary(j):
                    break
        for j in range(begin, min(self.hi, begin + 6)):
            n = 0 if first.isdisjoint(var[j - lo]) else self.starts_cue(j, cues)
            if n:
                m = self.by_first.get(j + n)
                return self.chain_after(m) if m is not None else []
            if self.resumptive_light(j):
                m = self.by_first.get(j + 1)
                if m is None:  # هجوم شنه مسلحون من حركة X: a group of X
                    return self.subject_after(j)
                return self.chain_after(m) if not m.prep else []
            if j in self.in_mention:
                break
        return []

    def resumptive_light(self, j: int) -> bool:
        """A support verb carrying the noun as an object pronoun: نفذه، شنتها، تبنته."""
        return _resumptive_light(self.toks[j].norm)

    def verb_actors(self, t: Trigger) -> tuple[list[Mention], list[Mention]]:
        before = self.in_mention.get(t.i - 1)
        if before is not None and (not before.prep or before.inherited) and t.pos == "present" \
                and not t.no_svo and not self.punct_before(t.i):
            # a named subject right before an imperfect: قوات الدعم السريع تقصف أم درمان
            subj = self.chain_before(before) if not before.prep else [before]
            preps = t.entry.target_preps or DEFAULT_TARGET_PREPS
            return subj, self.objects_after(t.i, preps | {""}, {m.first for m in subj})
        subj = self.subject_after(t.i)
        after = subj[-1].last if subj else t.end_i
        if not subj and not t.no_svo:
            subj = self.subject_before(t.i)
        preps = t.entry.target_preps or DEFAULT_TARGET_PREPS
        skip = {m.first for m in subj}
        targets = self.objects_after(after, preps | {""}, skip)
        return subj, targets

    # --- modality, mode, date, place ---------------------------------------------------

    def modality(self, t: Trigger) -> str | None:
        lex = self.lex
        anchor = t.light if t.light is not None else t.i
        heads = [anchor]
        if t.plan_i is not None:
            heads.append(t.plan_i + 1)  # the intention verb itself: يعتزم، حاول
        neg = lex.cue("negated", "before")
        att = lex.cue("attempted", "before")
        hyp = lex.cue("hypothetical", "before")
        plan = lex.cue("planned", "before")
        found: set[str] = set()
        # words that end any of the four cue kinds / start a scheduling phrase: most words are
        # neither, and one set check skips the four cue look-ups
        enders = _last_words(neg, att, hyp, plan)
        sched = _cue_index(SCHEDULED)[0].keys()
        var, lo = self.var, self.lo
        for h in heads:
            for back in (1, 2, 3):
                k = h - back
                if k < self.lo or self.is_boundary(k + 1):
                    break
                if enders.isdisjoint(var[k - lo]):
                    continue
                if self.ends_cue(k, neg):
                    found.add("negated")
                if self.ends_cue(k, hyp):
                    if "قد" not in self.var[k - self.lo] or self.is_present(h):
                        found.add("hypothetical")
                if self.ends_cue(k, plan):
                    found.add("planned")
                if self.ends_cue(k, att):
                    found.add("attempted")
            for k in range(max(self.lo, h - 6), h):
                if not sched.isdisjoint(var[k - lo]) and self.starts_cue(k, SCHEDULED):
                    found.add("planned")
        for k in range(t.i - 1, max(self.lo - 1, t.i - 4), -1):
            if self.toks[k].norm in PRONOUN_COMPLEMENTIZERS:
                if any(self.ends_cue(q, neg) for q in range(max(self.lo, k - 4), k)):
                    found.add("negated")
                break
        if t.pos == "present" and "س" in t.prefix:
            found.add("planned")
        if t.light is not None:
            lt = self.toks[t.light]
            if lt.norm.startswith(("س", "وس", "فس")) and self.is_present(t.light):
                found.add("planned")
        if t.plan and "attempted" not in found:
            found.add("planned")
        if t.is_noun:
            for j in range(t.end_i + 1, min(self.hi, t.end_i + 5)):
                if self.is_boundary(j):
                    break
                if self.starts_cue(j, lex.cue("hypothetical", "after")):
                    found.add("hypothetical")
                if self.starts_cue(j, lex.cue("planned", "after")):
                    found.add("planned")
        for value in ("negated", "attempted", "hypothetical", "planned"):
            if value in found:
                return value
        return None

    def is_present(self, i: int) -> bool:
        word = self.toks[i].norm
        whole = self.lex.forms.get(word, ())
        if whole and all(pos == "past" for _, pos in whole):
            return False  # سيرت "dispatched": a past form whose stem starts with س، ي or ت
        for k in range(0, min(3, len(word) - 2)):
            if word[k:k + 1] in ("ي", "ت", "ن", "ا") and word[:k] in ("", "و", "ف", "س", "وس", "فس"):
                stem = word[k:]
                if word[k] == "ا" and any(pos == "past" for _, pos in self.lex.forms.get(stem, ())):
                    return False  # قد أجرى (normalized اجري): the past, not "I conduct"
                for _, pos in self.lex.forms.get(stem, ()):
                    if pos == "present":
                        return True
                if word[k] in "يتن":
                    return True
        return False

    def attribute_mode(self, t: Trigger) -> tuple[str | None, int]:
        """A PLOVER mode given by a word after the trigger (جوية، افتراضي) and where it ends."""
        var, lo = self.var, self.lo
        for mode, cues in self.lex.mode_cues(t.entry.type):
            first = _cue_index(cues)[0].keys()
            for j in range(t.end_i + 1, min(self.hi, t.end_i + 5)):
                if j > t.end_i + 1 and self.is_boundary(j):
                    break
                n = 0 if first.isdisjoint(var[j - lo]) else self.starts_cue(j, cues)
                if n:
                    return mode, (j + n - 1 if j == t.end_i + 1 else t.end_i)
        return None, t.end_i

    def date(self, t: Trigger) -> str | None:
        tok = self.toks[t.i]
        best: tuple[int, str] | None = None
        for tx in self.timexes:
            if tx.type not in ("DATE", "TIME") or not tx.value[:1].isdigit():
                continue
            dist = tx.start - tok.end if tx.start >= tok.end else (tok.start - tx.end) * 2
            if best is None or dist < best[0]:
                best = (dist, tx.value)
        return best[1] if best else None

    def place(self, t: Trigger, used: set[int]) -> Mention | None:
        preps = self.lex.cue_words("place_prep", "before")
        for j in range(t.end_i + 1, min(self.hi, t.end_i + 11)):
            if j > t.end_i + 1 and self.is_boundary(j) and not self.punct_before(j):
                break
            if j in self.trigger_at:
                break
            m = self.by_first.get(j)
            if m is None or m.first in used or m.label not in PLACE_LABELS:
                continue
            prev = self.var[j - 1 - self.lo] if j - 1 >= self.lo else frozenset()
            if m.prep in ("في", "الي", "ب", "قرب", "داخل") or prev & preps:
                return m
            if j == t.end_i + 1 and t.is_noun and t.entry.type in SYMMETRIC and not m.prep:
                return m  # زيارة القاهرة، مفاوضات الدوحة
        for j in range(t.i - 1, max(self.lo - 1, t.i - 6), -1):
            m = self.by_first.get(j)
            if m is not None and m.first not in used and m.label in PLACE_LABELS and m.prep in ("في", "ب"):
                return m
        return None

    def actor_name(self, m: Mention) -> str:
        """The canonical actor name of a mention: its country for a nationality or a state organ,
        a settler group for a nationality after a word for settlers (مستوطنون إسرائيليون), the
        home country of the document for a state organ named bare (قوات الأمن، السلطات)."""
        e = m.entity
        if e.label == "NORP" and m.first > self.lo and not self.lex.cue_words("settlers", "any").isdisjoint(
                self.var[m.first - 1 - self.lo]):
            demonym = e.canonical if e.canonical.lower() in self.lex.demonyms else _country(m, self.lex)
            return f"{demonym} settlers"
        if e.label == "PERSON" and self.person_names:
            return self.person_names.name(e)
        if e.label == "ORG" and self.home and _bare_organ(e.text):
            return self.home
        if e.label == "ORG" and _occupation_organ(e.text) and not self.countries - {"Israel", "State of Palestine"}:
            # قوات الاحتلال in a report on Israel and Palestine (no other country named): Israel's forces
            return "Israel"
        return _country(m, self.lex, metonymy=True)

    # --- the sentence --------------------------------------------------------------------

    def elaborations(self, trigs: list[Trigger]) -> None:
        marks = self.lex.cue("elaboration", "after")
        first = _cue_index(marks)[0].keys()
        var, lo = self.var, self.lo
        for t in trigs:
            if not t.is_noun or t.suppressed:
                continue
            for j in range(t.end_i + 1, min(self.hi, t.end_i + 6)):
                if not first.isdisjoint(var[j - lo]) and self.starts_cue(j, marks):
                    t.elaboration = (j + 1, self.hi)
                    for u in trigs:
                        if u is not t and j < u.i < self.hi:
                            u.suppressed = True
                    break
                if self.by_first.get(j) is not None:
                    break

    def circumstantial(self, t: Trigger) -> bool:
        """A masculine accusative participle inside the clause (شن غارات مستهدفا مواقع، خرج
        معلنا): a حال describing the subject, as after a comma; not after a preposition or a
        noun it could qualify as an adjective (a feminine -ة form is too often a noun)."""
        if t.i == self.lo or not self.toks[t.i].norm.endswith("ا") or t.i + 1 >= self.hi or self.is_boundary(t.i + 1):
            return False  # it takes a complement (مطالبا بـ، مستهدفا مواقع): معتقلا. is a noun
        prev = self.toks[t.i - 1].norm
        # after an indefinite accusative noun (هجوما مستهدفا) it may be that noun's adjective, and
        # after a number it is a counted noun (عشرين معتقلا)
        return prev not in PREPOSITIONS and not prev.endswith("ا") and not prev[-1:].isdigit() \
            and not prev.endswith(("ين", "ون"))

    def same_subject_link(self, i: int) -> bool:
        """ثم أفرجت / قبل أن تطلق / بعد أن اجتمع: a verb that goes on with the subject before."""
        if i <= self.lo:
            return False
        prev = self.toks[i - 1].norm
        if prev in ("ثم", "وثم"):
            return True
        return prev == "ان" and i - 2 >= self.lo and self.toks[i - 2].norm in ("قبل", "بعد", "وقبل", "وبعد")

    def passive_subject(self, i: int) -> list[Mention]:
        """The one a passive verb happened to: the first person named within the clause
        (اغتيل القيادي في حماس صالح العاروري), else the first name without a preposition."""
        for j in range(i + 1, min(self.hi, i + 8)):
            if j > i + 1 and self.is_boundary(j):
                break
            m = self.by_first.get(j)
            if m is not None and m.label == "PERSON" and not m.prep:
                return [m]
        return self.subject_after(i)

    def dropped_subject(self, t: Trigger) -> bool:
        """Does the verb's subject stay unsaid (a pronoun in the verb)? It opens the sentence
        (after particles only), follows و/ف/ثم or a pronoun complementizer (أنه، أنها), and no
        common noun that could be its subject follows it (قصف مسلحون ...)."""
        k = t.i - 1
        while k >= self.lo and (self.toks[k].norm in VERB_PARTICLES or self.toks[k].norm in ("ثم", "وثم")):
            k -= 1
        opens = k < self.lo or t.prefix[:1] in ("و", "ف") or self.toks[t.i - 1].norm in PRONOUN_COMPLEMENTIZERS
        if not opens:
            return False
        return self.no_subject_after(t)

    def no_subject_after(self, t: Trigger) -> bool:
        """No common noun after the verb that could be its own subject (قصفتها المدفعية،
        وتدعو المبادرة، قصف مسلحون); a name after it is found by the subject search itself."""
        nxt = t.i + 1
        if nxt >= self.hi or nxt in self.in_mention:
            return True
        if self.is_role(nxt) or self.toks[nxt].norm.endswith("ون") \
                or not self.lex.cue_words("forces", "any").isdisjoint(self.var[nxt - self.lo]):
            return False
        # a definite noun right after the verb is as often its subject (وتدعو المبادرة إلى) as its
        # object: only a complementizer pronoun (أنه، أنها) makes the subject surely unsaid
        return not self.definite(nxt) or self.toks[t.i - 1].norm in PRONOUN_COMPLEMENTIZERS

    def unnamed_people_after(self, i: int) -> bool:
        """The verb's subject is a group of unnamed people (أطلق مسلحون النار، هاجم مجهولون):
        PLOVER codes the attack with an unknown source actor."""
        nxt = i + 1
        if nxt >= self.hi or nxt in self.in_mention:
            return False
        return not self.lex.cue_words("person_noun", "any").isdisjoint(self.var[nxt - self.lo])

    def unnamed_forces(self, t: Trigger) -> bool:
        """The verb's subject is an unnamed armed force (طائرات حربية، دبابات، مسيرة)."""
        nxt = t.i + 1
        return nxt < self.hi and nxt not in self.in_mention and t.entry.type in ("ASSAULT", "COERCE", "MOBILIZE") \
            and not self.lex.cue_words("forces", "any").isdisjoint(self.var[nxt - self.lo])

    def code(self) -> list[Event]:
        sports = self.lex.cue("domain_sports", "any")
        first_words = _cue_index(sports)[0]
        if not first_words.keys().isdisjoint(chain.from_iterable(self.var)) and any(
                self.starts_cue(k, sports) for k in range(self.lo, self.hi)
                if not first_words.keys().isdisjoint(self.var[k - self.lo])):
            return []  # a sports report: هجوم، احتجاج، عقوبات، مفاوضات are not political events here
        trigs = [t for t in self.find() if not self.non_event(t)]
        self.verbal_attacks(trigs)
        self.hostile_pledges(trigs)
        real = self.link(trigs)
        self.trigger_at = {t.i for t in real}
        self.trigger_type = {t.i: t.entry.type for t in real}
        self.cancelled_after(real, trigs)
        self.elaborations(real)
        self.relative_verbs(real)
        events: list[Event] = []
        last_actors: list[Mention] = []
        coded: set[int] = set()
        crowd_open = False  # the last event coded was a protest by an unnamed crowd
        last_parts: list[Mention] = []  # the actors and targets of the last event coded
        for t in real:
            if t.suppressed and not (t.embedded_in is not None and t.embedded_in.entry.type in PLOVER_TYPES
                                     and t.embedded_in.i not in coded and t.embedded_in.i < t.i):
                continue  # (a complement is coded on its own when its demand/refusal was not coded)
            if t.entry.needs_event and not t.embedded_types:
                continue  # أجلت المحكمة النظر في القضية: postponing a procedure is not a refusal
            if t.is_noun and t.light is None and t.i > self.lo and self.toks[t.i - 1].norm in ("اي", "لاي", "باي"):
                continue  # أي هجوم "any attack": generic (لم تقدم أي مساعدات has its support verb)
            if self.not_an_act(t):
                continue
            if t.entry.type == "COERCE" and t.entry.mode == "ban" and (t.is_noun or t.prefix[:1] == "و") \
                    and any(e.type == "SANCTION" for e in events):
                continue  # فرض عقوبات ...، وحظر التعامل مع: a term of the sanctions already coded
            if t.is_noun and t.light is None and t.entry.type == "PROTEST" and self.toks[t.i].norm.endswith("ا") \
                    and any(k < t.i and self.trigger_type.get(k) == "PROTEST" and not self.crosses_boundary(k, t.i)
                            for k in coded):
                continue  # تظاهر المئات احتجاجا على: the purpose of the protest just coded, one act
            if t.pos == "participle" and not self.punct_before(t.i) and not self.circumstantial(t):
                continue  # a participle codes an event only as a circumstantial clause (حال)
            actors: list[Mention]
            targets: list[Mention]
            crowd_shared = False
            ip = (t.pos == "past" or t.is_noun) and self.impersonal_passive(t)
            if t.pos == "participle":  # ...، داعيا إلى: the subject of the main clause
                actors, targets = [], self.objects_after(t.i, t.entry.target_preps or DEFAULT_TARGET_PREPS, set())
            elif ip:
                # ألقي القبض على X: the required object noun right after the verb, no subject
                targets = self.objects_after(t.end_i, t.entry.target_preps or DEFAULT_TARGET_PREPS, set())
                actors = self.passive_agent(t, targets[-1].last + 1 if targets else None)
            elif t.pos == "passive" or self.victim_passive(t):
                # اغتيل القيادي X / اعتقل الصحفي X (اعتُقل): the named one is the target; "على يد Y" the actor
                targets = self.passive_subject(t.i)
                actors = self.passive_agent(t, targets[-1].last + 1 if targets else None)
            else:
                actors, targets = self.noun_actors(t) if t.is_noun else self.verb_actors(t)
            actors = [m for m in actors if m.label in ACTOR_LABELS]
            if actors and not t.is_noun and t.entry.gen == "patient" and t.entry.type in ("ASSAULT", "COERCE") \
                    and not targets and self.victim_before(actors[0]):
                # أودعت النيابة الناشط X السجن (the prosecution not named as an entity): the
                # activist is the one arrested, not the doer (coded with an unknown doer)
                targets, actors = actors, []
                unnamed_doer = True
            else:
                unnamed_doer = False
            if actors and not t.is_noun and t.prefix[:1] == "و" and self.punct_before(t.i) and len(actors) == 1 \
                    and self.object_then_complement(t, actors[0]):
                # دان ميقاتي الغارات، واتهم إسرائيل بـ...: the one name before بـ is the object
                targets, actors = actors, []
            if crowd_open and self.crowd_coordinate(t) and all(m.first > t.i for m in actors):
                # واتهموا محافظ المدينة بـ: the plural verb carries its subject; a name after it is the object
                targets, actors = [*actors, *(m for m in targets if m not in actors)], []
                crowd_shared = True  # تجمع سكان احتجاجا، واتهموا المسؤولين: the same unnamed crowd
            elif not actors and (t.pos == "participle" or (not t.is_noun and (
                    t.prefix[:1] in ("و", "ف") or (self.same_subject_link(t.i) and self.no_subject_after(t))))):
                # أدان X الغارات، وطالب ... / أعرب X عن قلقه، داعيا ...: the same subject
                actors = last_actors or self.first_subject(t.i)
            if not actors and last_parts and t.is_noun and self.tamma_adverbial(t) >= 0:
                # أجرى X اتصالا مع Y، تم خلاله الاتفاق على: agreed by the call's participants
                actors, targets = last_parts, []
            if not actors and t.pos in ("past", "present") and self.context and self.dropped_subject(t):
                # وقال الجيش إن ... . وأضاف أنه قصف ...: the subject of the sentence before
                actors = self.context
            if not actors and t.pos in ("past", "present") and self.unnamed_forces(t):
                # قصفت طائرات حربية منازل: the forces of the side named just before
                actors = last_actors or self.context
            if not actors and t.is_noun and t.light is None and self.after_participle(t.i):
                # انسحب الجيش X، منهيا عملية عسكرية / قال المتحدث باسم X ...، مؤكدا اعتقال 30:
                # the object of a circumstantial participle is the main subject's act
                actors = [self.institution(m) for m in (last_actors or self.first_subject(t.i))]
            if not actors and t.is_noun and t.entry.type == "ASSAULT" and t.light is None \
                    and not self.definite(t.i) and self.context_type == "ASSAULT":
                # قصفت طائرات X منازل. وقتل ثلاثة في غارة على منزل: the side of the attacks just reported
                actors = self.context
            if actors:
                last_actors = actors
                self.last_actors = actors
            if t.claimed and actors and self.modality(t) in ("negated", "hypothetical"):
                actors = []  # لم يعلن حزب الله مسؤوليته عن الهجوم: the doer is unknown, not Hezbollah
            agentless = bool(targets) and (t.entry.type in ("ASSAULT", "COERCE") or ip) and (
                unnamed_doer or
                t.pos == "passive" or self.victim_passive(t) or ip or (t.entry.type == "ASSAULT" and t.pos in ("past", "present")
                                       and self.unnamed_people_after(t.i)) or (
                    t.is_noun and not self.definite(t.i) and t.light is None and (
                    t.entry.gen == "patient" or t.relative is not None
                    or (t.entry.type == "ASSAULT" and targets[0].prep in ("علي", "ضد")))))
            crowd = home = False
            self.subject_word = -1
            if not actors and not agentless and (crowd_shared or self.generic_subject(t)):
                agentless = crowd = True  # تظاهر المئات، فرقت الشرطة المتظاهرين: an unknown source actor
                home = t.entry.type in ("COERCE", "ASSAULT") and self.home_forces()
            elif not actors and not agentless and t.entry.type == "COERCE" and t.entry.mode == "restrict" \
                    and not t.is_noun and t.i + 1 < self.hi and t.i + 1 not in self.in_mention \
                    and (not self.lex.cue_words("crowd", "any").isdisjoint(self.var[t.i + 1 - self.lo])
                         or self.relative_antecedent(t.i, self.lex.cue_words("crowd", "any"))
                         or self.crowd_opens(t)):
                # يغلق محتجون الطرق: protesters blocking roads protest (PLOVER PROTEST), no closure
                if any(k > t.i and self.trigger_type.get(k) == "PROTEST" and not self.crosses_boundary(t.i, k)
                       for k in self.trigger_at):
                    continue  # قطع المحتجون الطرق احتجاجا على: one act, coded on its purpose noun
                t.entry = replace(t.entry, type="PROTEST", mode="demo")
                agentless = crowd = True
            if not actors and not agentless:
                # an event needs its source actor, except an attack that names its target (PLOVER
                # codes an unknown source): اغتيال X، استهداف X، غارة على X، هجمات استهدفت X، اغتيل X
                continue
            inner = next((u for u in real if u.embedded_in is t), None)
            place = None
            if inner is not None:
                # cancelling a visit to Washington is a refusal addressed to the United States
                _, itargets = self.noun_actors(inner) if inner.is_noun else self.verb_actors(inner)
                if itargets:
                    targets = itargets
                place = self.place(inner, {m.first for m in actors})
            ev = self.event(t, actors, targets, place)
            if ev is not None and home and self.home is not None:
                ev.actors = [self.home]  # (no span: the organ is a common noun, not an entity)
            if ev is not None:
                events.append(ev)
                coded.add(t.i)
                crowd_open = crowd and t.entry.type in CROWD_TYPES
                last_parts = [*actors, *(m for m in targets if m not in actors)]
                if t.is_noun and t.light is not None and self.definite(t.i) and (
                        t.claimed or self.claim_verb(t.light)) and not (
                        t.end_i + 1 < self.hi and self.toks[t.end_i + 1].norm in ("علي", "ضد")):
                    self.claims.add(id(ev))
                if inner is not None and inner.entry.type == "PROTEST" and t.entry.type == "REQUEST" \
                        and view_norm(t.entry.lemma) in CALLS:
                    # دعت الجبهة أنصارها إلى التظاهر: the caller organizes a planned protest
                    pev = self.event(inner, actors, self.objects_after(
                        inner.end_i, inner.entry.target_preps or DEFAULT_TARGET_PREPS, {m.first for m in actors}))
                    if pev is not None:
                        pev.modality = pev.modality or "planned"
                        events.append(pev)
        return events

    def generic_subject(self, t: Trigger) -> bool:
        """The doer is named only by a common word: a crowd protesting or accusing (تظاهر المئات،
        نظم سكان الحي وقفة، اتهم ناشطون الحكومة، قطع المحتجون الطرق احتجاجا) or unnamed police
        dispersing, arresting or firing on people (فرقت الشرطة المتظاهرين، استخدمت قوات الأمن
        الغاز لتفريق المحتجين). PLOVER codes the act with an unknown source (actors [])."""
        typ = t.entry.type
        if typ in CROWD_TYPES:
            words = self.lex.cue_words("crowd", "any")
        elif typ == "COERCE" or (typ == "ASSAULT" and t.entry.mode == "firearms"):
            words = self.lex.cue_words("police", "any")  # (a killing by unnamed soldiers stays with its side)
        else:
            return False
        lo, var = self.lo, self.var
        if t.light is not None or not t.is_noun:
            if t.pos not in ("past", "present", "noun"):
                return False
            k = (t.light if t.light is not None else t.i) + 1
            subj = k < self.hi and k not in self.in_mention and (
                not words.isdisjoint(var[k - lo]) or (typ != "COERCE" and self.unnamed_group(k)))
            self.subject_word = k
            if not subj and not t.is_noun and self.relative_antecedent(t.i, words):
                subj, k = True, t.i  # المحتجون، الذين قطعوا الطرق: the crowd's own act
                self.subject_word = t.i - 2
            b = t.i - 1  # SVO after إن: قالت مصادر إن الشرطة فرقت المتظاهرين
            if not subj and not t.is_noun and b > lo and b not in self.in_mention and not self.punct_before(t.i) \
                    and not words.isdisjoint(var[b - lo]) and self.toks[b - 1].norm not in PREPOSITIONS:
                subj, k = True, t.i
                self.subject_word = b
        else:
            # a noun with no verb of its own: the accusative of purpose (احتجاجا) or ل + noun
            # (لتفريق) after a clause whose subject is the crowd or the police
            w = self.toks[t.i].norm
            if not ((typ == "PROTEST" and w.endswith("ا") and not _definite(w))
                    or (typ == "COERCE" and t.prefix[:1] == "ل")):
                return False
            subj = False
            for k in range(t.i - 1, max(lo, t.i - 8), -1):
                if self.is_boundary(k + 1):
                    return False
                if k in self.in_mention:
                    continue  # قطع المحتجون الطرق في البصرة احتجاجا: a place in between
                if not words.isdisjoint(var[k - lo]) and self.toks[k - 1].norm not in PREPOSITIONS:
                    subj = True
                    self.subject_word = k
                    break
            k = t.i
        if not subj or typ in CROWD_TYPES:
            return subj
        # the police act on people: a word for people as the object (المتظاهرين، ناشطين)
        people = self.lex.cue_words("person_noun", "any")
        return any(not people.isdisjoint(var[j - lo]) for j in range(k + 1, min(self.hi, k + 7)))

    def home_forces(self) -> bool:
        """The unnamed police subject just found by ``generic_subject`` is a bare state organ
        (القوات، الشرطة، قوات الأمن) with nothing naming its side: in a document about one country
        it is that country's (the round-1 rule for a bare organ named as an entity), in reported
        speech too (قال شهود إن القوات استخدمت الغاز)."""
        k = self.subject_word
        if self.home is None or not self.lo <= k < self.hi or k in self.in_mention:
            return False
        if _variants(self.toks[k].norm).isdisjoint(STATE_HEADS):
            return False
        n = k + 1
        nxt_organ = n < self.hi and not _variants(self.toks[n].norm).isdisjoint(STATE_HEADS)
        if not _definite(self.toks[k].norm):
            return nxt_organ and (n + 1 >= self.hi or n + 1 not in self.in_mention)  # قوات الأمن
        if n >= self.hi or n in self.in_mention:
            return False  # القوات الإسرائيلية: named by its nationality (an entity)
        return nxt_organ or not _definite(self.toks[n].norm)  # القوات استخدمت; not القوات الدعم

    def crowd_opens(self, t: Trigger) -> bool:
        """A present verb right after a crowd word that opens the sentence or follows إن/أن
        (محتجون يغلقون طريقا بالإطارات، in a photo caption; قال شهود إن المحتجين يقطعون الطرق):
        the crowd is the subject of a nominal sentence."""
        b = t.i - 1
        if t.pos != "present" or b < self.lo or b in self.in_mention or self.punct_before(t.i):
            return False
        crowd = self.lex.cue_words("crowd", "any")
        if not crowd.isdisjoint(self.var[b - self.lo]):
            return b == self.lo or self.toks[b - 1].norm in INNA or self.punct_before(b)
        w = self.toks[b].norm  # إن المحتجين يقطعون: the accusative plural after إن
        w = w[2:] if w.startswith("ال") else w
        return b > self.lo and self.toks[b - 1].norm in INNA and w.endswith("ين") and w[:-2] + "ون" in crowd

    def crowd_coordinate(self, t: Trigger) -> bool:
        """A plural past or present verb joined by و (after a comma) to a protest by an unnamed
        crowd, with no subject of its own: it shares that subject (وتجمع سكان أمام البلدية
        احتجاجا، واتهموا المسؤولين بالتقصير), so its actor is also unknown, not a name nearby."""
        if t.is_noun or t.pos not in ("past", "present") or t.prefix[:1] != "و" \
                or t.entry.type not in CROWD_TYPES:
            return False
        w = self.toks[t.i].norm
        return w.endswith("وا") or (t.pos == "present" and w.endswith("ون"))

    def relative_antecedent(self, i: int, words: set[str]) -> bool:
        """The verb at ``i`` opens a relative clause (الذين + verb) whose antecedent, right before
        the pronoun (a comma allowed), is one of ``words`` (a crowd, the police): the clause
        reports that group's act (ورفع المحتجون، الذين قطعوا الطرق، شعارات), unlike an attack on a
        thing recalled in a relative clause (المنشأة التي تعرضت لضربات)."""
        r = i - 1
        if r - 1 < self.lo or self.toks[r].norm not in PEOPLE_RELATIVES:
            return False
        a = r - 1
        return a not in self.in_mention and not words.isdisjoint(self.var[a - self.lo]) \
            and (a - 1 < self.lo or self.toks[a - 1].norm not in PREPOSITIONS)

    def victim_passive(self, t: Trigger) -> bool:
        """An unvocalized past arrest or attack verb whose next word is a word for people who undergo
        one (اعتقل الصحفي X، اختطف ناشطون): the passive reading (اعتُقل), not those people acting."""
        nxt = t.i + 1
        if not (t.pos == "past" and t.entry.gen == "patient" and t.entry.type in ("ASSAULT", "COERCE")
                and nxt < self.hi and nxt not in self.in_mention and t.prefix[:1] not in ("ي", "ت")
                and not self.lex.cue_words("victim_noun", "any").isdisjoint(self.var[nxt - self.lo])):
            return False
        b = self.in_mention.get(t.i - 1)  # إن الشرطة فرقت المتظاهرين: the bare organ before the verb is its subject
        return b is None or bool(b.prep) or b.entity.source != "events" or self.punct_before(t.i)

    def victim_before(self, m: Mention) -> bool:
        """A word for people who undergo arrests or attacks (الناشط، الصحفي) right before the name
        of ``m`` (inside its role phrase or just before it)."""
        victims = self.lex.cue_words("victim_noun", "any")
        k = m.first - 1
        if k > self.lo and k not in self.in_mention and not victims.isdisjoint(self.var[k - self.lo]):
            return True
        start = m.entity.start
        return any(self.toks[j].end <= start and not victims.isdisjoint(self.var[j - self.lo])
                   for j in range(m.first, m.last + 1))

    def after_tamma(self, t: Trigger) -> bool:
        """A verbal noun right after تم / يتم / جرى "was done" (تم الإفراج عن X، تم القبض على X):
        the impersonal passive, whose doer is not named."""
        return t.is_noun and t.i > self.lo and self.toks[t.i - 1].norm in TAMMA

    def impersonal_passive(self, t: Trigger) -> bool:
        """A past verb whose required object noun follows it at once (ألقي القبض على X، أطلق سراح X،
        أخلي سبيل X): the unvocalized passive (أُلقي), since an active verb has its subject first
        (ألقت الشرطة القبض); a feminine or plural ending shows the active reading (ألقت، ألقوا)."""
        if self.after_tamma(t):
            return t.entry.type in ("COERCE", "RETREAT", "ASSAULT")
        if t.pos != "past" or t.is_noun or t.i + 1 >= self.hi or t.prefix[:1] in ("ي", "ت") \
                or t.entry.type not in ("COERCE", "RETREAT") or len(t.entry.requires) != 1:
            return False
        w, nxt = self.toks[t.i].norm, self.toks[t.i + 1].norm
        req = t.entry.requires[0]
        return len(req) == 1 and (_matches(self.toks[t.i + 1], req[0]) or nxt.startswith(req[0])) \
            and not w.endswith(("ت", "وا", "ا", "ن"))

    def tamma_adverbial(self, t: Trigger) -> int:
        """A verbal noun after تم/جرى and an adverbial of the event just named (تم خلاله الاتفاق
        على، تم خلال الاجتماع توقيع اتفاقية): the index of خلال, else -1. The act was done
        during that event, by its participants (خلال + a pronoun, or + an event noun)."""
        if not t.is_noun or t.i - 2 < self.lo:
            return -1
        toks = self.toks
        for k in range(t.i - 1, max(self.lo, t.i - 4), -1):
            w = toks[k].norm
            if w.startswith("خلال"):
                if toks[k - 1].norm not in TAMMA or self.punct_before(k):
                    return -1
                if w != "خلال":  # خلاله، خلالها: right before the noun
                    return k if k == t.i - 1 else -1
                return k if k + 1 < t.i and k + 1 in self.trigger_at else -1  # خلال الاجتماع
            if self.punct_before(k + 1) and k + 1 <= t.i:
                return -1
        return -1

    def after_participle(self, i: int) -> bool:
        """The word before ``i`` is a circumstantial participle opening its clause (، منهيا، مؤكدا):
        an accusative active participle (مـ...ـا) right after a comma, itself no trigger."""
        k = i - 1
        if k <= self.lo or not self.punct_before(k) or k in self.in_mention or k in self.trigger_at:
            return False
        w = self.toks[k].norm
        return len(w) >= 5 and w.startswith("م") and w.endswith("ا")

    def institution(self, m: Mention) -> Mention:
        """A spokesman speaks for an institution (المتحدث باسم الجيش X فلان): the act he reports is
        the institution's."""
        if m.label == "PERSON" and len(m.parts) > 1 and m.first > self.lo \
                and self.toks[m.first - 1].norm in ("باسم", "لسان"):
            return Mention(m.first, m.last, m.parts[0], prep=m.prep)
        return m

    def claim_verb(self, k: int) -> bool:
        """تبنى "claimed": its definite object (تبنت الحركة الهجوم) is an attack reported before."""
        return any(e.type == "_LIGHT" and view_norm(e.lemma) in CLAIMS and pos != "noun"
                   for v in self.var[k - self.lo] for e, pos in self.lex.forms.get(v, ()))

    def not_an_act(self, t: Trigger) -> bool:
        """Trigger words that report no act: a standing relation in a relative clause (الحركة التي
        يدعمها X), rule text (يحظر القانون تشكيل أحزاب), a past attack recalled inside a relative
        clause (المنشأة التي تعرضت لضربات أمريكية), gunfire named without its instrumental ب or as
        a running toll (قتل 80 شخصا بنيران X منذ ...), and an agreement named as a document
        (الاتفاق النووي، تعهداتها، الاتفاقيات السابقة) rather than made."""
        toks, lo = self.toks, self.lo
        prev = toks[t.i - 1].norm if t.i > lo else ""
        if t.pos == "present" and t.entry.type in STANDING and prev in RELATIVE_PRONOUNS:
            return True
        if not t.is_noun and t.pos in ("present", "past"):
            rules = self.lex.cue_words("rule_text", "any")
            near = [k for k in (t.i - 1, t.i - 2, t.i + 1) if lo <= k < self.hi and not self.crosses_boundary(min(k, t.i), max(k, t.i))]
            if t.pos == "present" and any(not rules.isdisjoint(self.var[k - lo]) for k in near):
                return True
        if t.is_noun and view_norm(t.entry.lemma) in INSTRUMENT_LEMMAS:
            if "ب" not in t.prefix:
                return True
            for j in range(t.end_i + 1, min(self.hi, t.end_i + 6)):
                if self.is_boundary(j):
                    break
                if toks[j].norm == "منذ":
                    return True  # قتل أكثر من 80 شخصا بنيران X منذ الهدنة: a running toll
            if prev and not self.lex.cue_words("casualty", "before").isdisjoint(self.var[t.i - 1 - lo]):
                t.head_i = t.i - 1  # قتل برصاص، أصيب برصاص: the verb opens the trigger
        if t.is_noun and t.light is None and t.plan_i is None:
            if t.entry.type == "AGREE" and (self.definite(t.i) or _possessed(toks[t.i].norm)
                                            or toks[t.i].norm.endswith(("ات", "اتها", "اته"))):
                return self.tamma_adverbial(t) < 0  # (تم خلاله الاتفاق على: made, not named)
            if not self.definite(t.i):
                for k in range(t.i - 1, max(lo - 1, t.i - 4), -1):
                    if self.is_boundary(k + 1):
                        break
                    if toks[k].norm in RELATIVE_PRONOUNS:
                        return k + 1 < t.i and k + 1 not in self.trigger_at
        return False

    def event(self, t: Trigger, actors: list[Mention], targets: list[Mention],
              place: Mention | None = None) -> Event | None:
        doc, lex = self.doc, self.lex
        names = [self.actor_name(m) for m in actors]
        tnames = [self.actor_name(m) for m in targets]
        if (t.entry.type in SYMMETRIC or _is_clash(t.entry)) and len(names) > 1 and not tnames:
            targets, actors = actors[1:], actors[:1]
            tnames, names = names[1:], names[:1]
        amode, end_i = self.attribute_mode(t)
        mode = amode or t.entry.mode or _embedded_mode(t)
        tok = self.toks[t.i]
        norm = view(doc).norm
        nstart = tok.nstart + len(t.prefix)
        start = norm.to_original(nstart, tok.nend)[0]
        if t.head_i is not None:  # قتل برصاص: from the casualty verb (after its conjunction)
            htok = self.toks[t.head_i]
            skip = 1 if htok.norm[:1] in ("و", "ف") and htok.norm[1:] in self.lex.cue_words("casualty", "before") else 0
            start = norm.to_original(htok.nstart + skip, htok.nend)[0]
        end = self.toks[end_i].end
        used = {m.first for m in actors + targets}
        place = self.place(t, used) or place
        sent = (self.toks[self.lo].start, self.toks[self.hi - 1].end)
        actor_names = _dedupe([x for m, n in zip(actors, names, strict=True) for x in (_organ_name(m, n), n) if x])
        target_names = [n for n in _dedupe(tnames) if n not in actor_names]
        affil = {a for m in actors + targets for a in _affiliations(m, lex)}
        ev = Event(
            type=t.entry.type,  # type: ignore[arg-type]
            mode=mode,
            modality=self.modality(t),
            trigger=Span.of(doc.text, start, end),
            actors=actor_names,
            targets=target_names,
            actor_spans=[Span.of(doc.text, m.entity.start, m.entity.end) for m in actors],
            target_spans=[Span.of(doc.text, m.entity.start, m.entity.end) for m in targets],
            date=self.date(t),
            place=place.entity.canonical if place else None,
            place_span=Span.of(doc.text, place.entity.start, place.entity.end) if place else None,
            sentence=Span.of(doc.text, *sent),
        )
        self.affiliations[id(ev)] = affil
        if t.is_noun:
            self.noun_events.add(id(ev))
        return ev


REQUEST_MODES = {"CONSULT": "meet", "AGREE": "meet", "RETREAT": "yield", "CONCEDE": "yield", "AID": "assist",
                 "COOPERATE": "assist", "SUPPORT": "assist"}
THREATEN_MODES = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "restrict", "MOBILIZE": "violence",
                  "PROTEST": "relations"}


def _embedded_mode(t: Trigger) -> str | None:
    """PLOVER mode of a demand, threat or refusal from the event it embeds."""
    if not t.embedded_types:
        return None
    inner = t.embedded_types[0]
    if t.entry.type in ("REQUEST", "REJECT"):
        return REQUEST_MODES.get(inner, "change")
    if t.entry.type == "THREATEN":
        return THREATEN_MODES.get(inner, "relations")
    return None


CLAIMS = frozenset({"تبني"})  # claiming an act (تبنى الهجوم): its definite object was reported before
CALLS = frozenset({"دعا", "ناشد", "حث"})  # calls whose protest complement is the caller's own planned protest


@lru_cache(maxsize=1024)
def _is_clash(entry: Entry) -> bool:
    """An armed clash (اشتبك، تبادل إطلاق النار): both sides are named as parties."""
    return entry.type == "ASSAULT" and view_norm(entry.lemma) in CLASH_LEMMAS


def _affiliations(m: Mention, lex: Lexicon) -> set[str]:
    """Countries a mention belongs to: a nationality inside it (الجيش الإسرائيلي) or a country
    named in its canonical name (Israel Defense Forces); used only to spot repeated events."""
    out = {_country(Mention(m.first, m.last, e), lex) for e in m.nested if e.label in ("NORP", "GPE")}
    return out | _countries_named(m.entity.canonical)


@lru_cache(maxsize=4096)
def _countries_named(canonical: str) -> frozenset[str]:
    """Country names that appear as whole words in a canonical name."""
    countries = lexicon().countries
    words = canonical.replace(",", " ").split()
    found = {" ".join(words[a:b]) for a in range(len(words)) for b in range(a + 1, min(len(words), a + 4) + 1)}
    return frozenset(found & countries)


def _possessed(word: str) -> bool:
    """A noun with a 3rd-person possessive suffix (قواته، طائراتها)."""
    return len(word) > 5 and word.endswith(("ته", "تها", "اته", "اتها", "ه", "ها")) and word[:1] not in "يتن"


def _dedupe(names: list[str]) -> list[str]:
    seen: list[str] = []
    for n in names:
        if n not in seen:
            seen.append(n)
    return seen


def _country(m: Mention, lex: Lexicon, metonymy: bool = False) -> str:
    """Canonical actor name: a nationality becomes its country (Israeli -> Israel); as a
    recipient, a capital stands for its government (a visit to Washington -> United States)."""
    e = m.entity
    if e.label == "ORG":
        return _state_organ(e.text) or e.canonical
    if e.label == "GPE" and metonymy:
        city = e.canonical.split(",")[0].strip().lower()
        if city in lex.capitals and e.canonical not in lex.countries:
            return lex.capitals[city]
    if e.label != "NORP":
        return e.canonical
    country = lex.demonyms.get(e.canonical.lower())
    if country:
        return country
    norm = view_norm(e.text)
    for word in sorted(_variants(norm), key=lambda w: -len(w)):
        if word in lex.nisbas:
            return lex.nisbas[word]
        for suf in ("يات", "يون", "يين", "ية", "يه"):
            if word.endswith(suf) and word[: -len(suf)] + "ي" in lex.nisbas:
                return lex.nisbas[word[: -len(suf)] + "ي"]
    return e.canonical


STATE_HEADS = frozenset({"جيش", "الجيش", "قوات", "القوات", "الشرطه", "شرطه", "السلطات", "سلطات",
                         "البحريه", "الامن", "الاجهزه", "اجهزه", "سلاح", "الطيران", "الدفاعات", "حرس", "الحرس",
                         "الامنيه"})


@lru_cache(maxsize=4096)
def _state_organ(text: str) -> str | None:
    """The country of a state's army, forces, police or authorities named by a nationality
    (الجيش الإسرائيلي، القوات الأمريكية، السلطات التونسية): PLOVER codes the state (CAMEO ISRMIL
    -> Israel). A government, cabinet or ministry keeps its own name (الحكومة السودانية ->
    Government of Sudan), and so does every other organization."""
    words = normalize_word(text).split()
    if len(words) < 2 or not _variants(words[0]) & STATE_HEADS:
        return None
    nisbas = lexicon().nisbas
    for w in words[1:]:
        for v in sorted(_variants(w), key=len, reverse=True):
            v = v[2:] if v.startswith("ال") else v
            v = v[:-1] if v.endswith("يه") else v  # الإسرائيلية -> اسرائيلي
            if v in nisbas:
                return nisbas[v]
    return None


def _organ_name(m: Mention, country: str) -> str | None:
    """The own name of a state's army or armed forces that the entity layer linked (الجيش
    السوداني -> Sudanese Armed Forces), listed before its state: the sentence names that body as
    the doer, and PLOVER codes the state (CAMEO SUDMIL), so the event carries both. Police and
    authorities stay the state alone (their names are mostly calques: Turkish authorities)."""
    e = m.entity
    if e.label != "ORG" or e.canonical == country or not e.canonical.isascii() or _state_organ(e.text) != country:
        return None
    words = normalize_word(e.text).split()
    if not _variants(words[0]) & MILITARY_HEADS or words[1] in ("الامن", "الشرطه", "الامنيه"):
        return None  # قوات الأمن: security forces, a police body
    return e.canonical


MILITARY_HEADS = frozenset({"جيش", "الجيش", "قوات", "القوات", "البحريه", "سلاح", "الحرس", "حرس", "الدفاعات"})


@lru_cache(maxsize=4096)
def _bare_organ(text: str) -> bool:
    """A state's forces, police or authorities named with no nationality (قوات الأمن، الشرطة،
    السلطات): every word is a state-organ word."""
    words = normalize_word(text).split()
    return bool(words) and all(_variants(w) & STATE_HEADS for w in words)


@lru_cache(maxsize=4096)
def _occupation_organ(text: str) -> bool:
    """قوات الاحتلال، جيش الاحتلال، سلطات الاحتلال: forces named by the occupation."""
    words = normalize_word(text).split()
    return len(words) == 2 and bool(_variants(words[0]) & STATE_HEADS) and words[1] == "الاحتلال"


def _home_country(doc: Document, lex: Lexicon) -> tuple[str | None, frozenset[str]]:
    """The country the document is mostly about: the most often named country (as a country, its
    capital or its nationality); a bare state organ (قوات الأمن) is that country's (PLOVER codes
    the state). None when no country is named; with the set of all countries named."""
    counts: dict[str, int] = {}
    for e in doc.entities:
        c = e.canonical
        if e.label == "GPE":
            country = c if c in lex.countries else lex.capitals.get(c.split(",")[0].strip().lower())
        elif e.label == "NORP":
            country = lex.demonyms.get(c.lower())
        else:
            continue
        if country:
            counts[country] = counts.get(country, 0) + 1
    return (max(counts, key=counts.__getitem__) if counts else None), frozenset(counts)  # (ties: the first named)


@lru_cache(maxsize=16384)
def view_norm(s: str) -> str:
    """``normalize_word``, cached (entity texts repeat within and across documents)."""
    return normalize_word(s)


# --- document level -------------------------------------------------------------------------


ROLE_MODIFIERS = frozenset({"الوزراء", "وزراء", "العهد", "الخارجيه", "خارجيه", "الدفاع", "دفاع", "الداخليه", "العام", "الخاص", "السابق",
                            "الاسبق", "الاعلي", "الاول", "الحكومه", "باسم", "المتحدث", "المتحدثه", "مجلس", "حكومه"})


# a body of an organization (الكتلة البرلمانية لحركة X، المكتب السياسي لحزب Y) acts for it
BODY_HEADS = frozenset(normalize_word(w) for w in ("الكتلة", "الجناح", "المكتب", "القيادة", "اللجنة"))


def _body_head(toks: list[Token], i: int) -> int:
    """The token of a body noun (الكتلة، الجناح) standing before the ل-name at ``i``, with at most
    one definite adjective between (الكتلة البرلمانية لـ), or -1."""
    for k in (i - 1, i - 2):
        if k < 0:
            return -1
        w = toks[k].norm
        if w[:1] in ("و", "ف") and w[1:] in BODY_HEADS:
            w = w[1:]
        if w in BODY_HEADS:
            # the subject: after a verb or a particle, not a genitive (أعضاء الكتلة البرلمانية لحزب X)
            prev = toks[k - 1].norm if k > 0 else ""
            if k == 0 or prev in ("ان", "انه", "قد", "وقد", "كما") or any(
                    pos in ("past", "present") for _, _, pos in _candidates(prev, False)):
                return k
            return -1
        if not w.startswith("ال"):
            return -1
    return -1


def _prep_before(toks: list[Token], i: int, roles: frozenset[str]) -> str:
    """The preposition before a mention, looking past up to three role words
    (مع وزير خارجية إيران: مع; في مدينة رفح: في)."""
    k = i - 1
    for _ in range(4):
        if k < 0:
            return ""
        step = _prep_step(toks[k].norm, roles)
        if step is not None:
            return step
        k -= 1
    return ""


@lru_cache(maxsize=65536)
def _prep_step(w: str, roles: frozenset[str]) -> str | None:
    """One word of ``_prep_before``: the preposition it is (or carries after و/ف), None for a role
    word to look past, "" to stop (cached per word form)."""
    for cand in (w, w[1:] if w[:1] in ("و", "ف") else ""):
        if cand in PREPOSITIONS:
            return cand
    if roles.isdisjoint(_variants(w)) and w not in ROLE_MODIFIERS:
        return ""
    return None


_ENTITY_CLITICS = ("وبال", "ولل", "بال", "لل", "كال")
_CLITIC_INITIALS = frozenset("وبلكﻻﻼ")


_ROLES: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _mention_roles(lex: Lexicon) -> frozenset[str]:
    """Role and place-preposition words looked past before a mention (built once per lexicon)."""
    hit = _ROLES.get(id(lex))
    if hit is None or hit[0] is not lex:
        hit = _ROLES[id(lex)] = (lex, frozenset(lex.cue_words("agent_noun", "before")
                                                | lex.cue_words("place_prep", "before")))
    return hit[1]


def _mentions(doc: Document, toks: list[Token], starts: list[int]) -> list[Mention]:
    """Entity mentions on the token list, nested ones dropped, role chains merged."""
    ents = sorted(doc.entities, key=lambda e: (e.start, -(e.end - e.start)))
    outer: list[Entity] = []
    inner: dict[int, list[Entity]] = {}
    for e in ents:
        if outer and e.start < outer[-1].end:
            inner.setdefault(id(outer[-1]), []).append(e)
            continue
        outer.append(e)
    roles = _mention_roles(lexicon())
    raw: list[Mention] = []
    ntoks = len(toks)
    text = doc.text
    bisect_right, bisect_left = bisect.bisect_right, bisect.bisect_left
    for e in outer:
        es = e.start
        i = bisect_right(starts, es) - 1
        if i < 0 or toks[i].end <= es:
            i += 1
        j = bisect_left(starts, e.end) - 1
        if i >= ntoks or j < i:
            continue
        m = Mention(i, j, e, parts=[e], nested=inner.get(id(e), []))
        tok = toks[i]
        clitic = view_norm(text[tok.start:es]) if es > tok.start else ""
        # (a name can carry one of the clitics only if it starts with و، ب، ل، ك: most do not)
        etext = view_norm(e.text) if not clitic and e.text[:1] in _CLITIC_INITIALS else ""
        if etext and etext.startswith(_ENTITY_CLITICS):
            for c in _ENTITY_CLITICS:
                if etext.startswith(c) and len(etext) > len(c) + 2:
                    clitic = c[:-2] + "ل" if c.endswith("لل") else c.removesuffix("ال")
                    break
        if clitic.startswith(("و", "ف")):
            m.coord = clitic.startswith("و")
            clitic = clitic[1:]
        if clitic[:1] in ("ب", "ل", "ك"):
            m.prep = clitic[:1]
        else:
            m.prep = _prep_before(toks, i, roles)
        if m.prep == "ل" and (h := _body_head(toks, i)) >= 0:
            m.first, m.prep = h, _prep_before(toks, h, roles)  # الكتلة البرلمانية لحركة X: X acts
        if m.coord and not m.prep and raw and raw[-1].last == i - 1 and raw[-1].prep:
            m.prep, m.inherited = raw[-1].prep, True  # من الولايات المتحدة وإسرائيل
        raw.append(m)
    # role chains: الرئيس الأمريكي جو بايدن، المتحدثة باسم البيت الأبيض كارين جان-بيير
    merged: list[Mention] = []
    for m in raw:
        if merged and m.entity.label == "PERSON" and not m.coord and not m.prep:
            prev = merged[-1]
            gap = m.first - prev.last - 1
            between = doc.text[prev.entity.end:m.entity.start]
            # the name must head a role phrase: a nationality (الرئيس الأمريكي جو بايدن) or a name
            # after a title (رئيس مجلس النواب نبيه بري); اغتالت إسرائيل هنية is subject and object
            in_role = prev.label == "NORP" or len(prev.parts) > 1 or (prev.first > 0 and (
                _variants(toks[prev.first - 1].norm) & roles or toks[prev.first - 1].norm in ROLE_MODIFIERS))
            counterpart = gap == 1 and toks[prev.last + 1].norm.startswith("نظير")
            if 0 <= gap <= 1 and in_role and not counterpart and all(p.label != "PERSON" for p in prev.parts) and not any(
                    c in between for c in "\n،,.:؛;()/") and not any(
                    toks[k].norm in PREPOSITIONS for k in range(prev.last + 1, m.first)):
                prev.parts.append(m.entity)
                prev.entity = m.entity
                prev.last = m.last
                if len(prev.prep) == 1 or (prev.prep and len(prev.parts) == 2 and prev.first > 0
                                           and toks[prev.first - 1].norm == prev.prep):
                    # للأمم المتحدة in الأمين العام للأمم المتحدة X, إلى السودان in المبعوث إلى
                    # السودان X: the preposition is inside the role phrase
                    prev.prep = ""
                continue
        merged.append(m)
    return merged


PALESTINE_PLACES = frozenset({"West Bank", "Gaza Strip", "Gaza", "East Jerusalem", "Jerusalem"})
TAMMA = frozenset({"تم", "وتم", "فتم", "يتم", "ويتم", "جري", "وجري"})
ARMY_HEADS = frozenset({"جيش", "قوات"})  # an army is named as either (الجيش الإسرائيلي ... القوات)


@lru_cache(maxsize=16384)
def _head(text: str) -> str:
    """First word of a name without its article or clitics (حركة حماس -> حركه, للجيش -> جيش)."""
    w = normalize_word(text).split(" ", 1)[0]
    for c in ("وال", "فال", "بال", "لل", "ال", "و"):
        if w.startswith(c) and len(w) > len(c) + 2:
            return w[len(c):]
    return w


_ANAPHORS: dict[int, tuple[Lexicon, dict[str, tuple[str, str, str]], frozenset[str]]] = {}


def _anaphor_forms(lex: Lexicon) -> tuple[dict[str, tuple[str, str, str]], frozenset[str]]:
    """Word form (with its clitics) -> (head, kind, preposition) of the bare collective nouns
    (المجلس، وللحكومة، بالجيش), and every form to look for (settler words too); built once."""
    hit = _ANAPHORS.get(id(lex))
    if hit is None or hit[0] is not lex:
        forms: dict[str, tuple[str, str, str]] = {}
        for kind in ("state", "group"):
            for w in lex.cue_words("anaphor", kind):
                head = w[2:]
                for conj in ("", "و", "ف"):
                    forms[conj + w] = (head, kind, "")
                    forms[conj + "ب" + w] = (head, kind, "ب")
                    forms[conj + "لل" + head] = (head, kind, "ل")
        hit = _ANAPHORS[id(lex)] = (lex, forms, frozenset(forms) | lex.cue_words("settlers", "any"))
    return hit[1], hit[2]


def _anaphors(doc: Document, toks: list[Token], norms: list[str], mentions: list[Mention], lex: Lexicon,
              home: str | None, countries: frozenset[str]) -> list[Mention]:
    """Mentions for bare collective nouns that name no one themselves (المجلس طالب، أوقفت
    السلطات، وتبنت الحركة): each stands for the nearest earlier mention named with the same head
    word (مجلس الوزراء، حركة حماس، الجيش الإسرائيلي), a state organ with none for the document's
    most-named country; settlers with no nationality are Israeli settlers in a report that names
    Israel or Palestine. The antecedent's entity is reused, so the actor is named as it is there."""
    forms, wanted = _anaphor_forms(lex)
    if wanted.isdisjoint(norms):
        return []  # (most documents: one C-level set test)
    settlers = lex.cue_words("settlers", "any")
    firsts = [m.first for m in mentions]
    lasts = [m.last for m in mentions]
    heads: dict[int, str] = {}  # mention index -> head word of its name (ORG, GPE), filled on demand
    israel: bool | None = None
    out: list[Mention] = []
    n = len(norms)
    for k in compress(range(n), map(wanted.__contains__, norms)):
        a = bisect.bisect_right(firsts, k) - 1
        if (a >= 0 and lasts[a] >= k) or (a + 1 < len(firsts) and firsts[a + 1] == k + 1):
            continue  # inside a name, or heading one (الحكومة السودانية، مستوطنون إسرائيليون)
        w = norms[k]
        nxt = norms[k + 1] if k + 1 < n else ""
        tok = toks[k]
        if w in settlers:
            if israel is None:
                israel = bool(countries & {"Israel", "State of Palestine"}) or any(
                    e.label in PLACE_LABELS and e.canonical in PALESTINE_PLACES for e in doc.entities)
            if not israel or nxt == "من":
                continue  # (مستوطنون من X: the group of X names its own side)
            ent = Entity.model_construct(start=tok.start, end=tok.end, text=tok.text, label="ORG",
                                         canonical="Israeli settlers", entity_id="events:israeli-settlers",
                                         source="events", role=None)
            out.append(Mention(k, k, ent, coord=w.startswith("و")))
            continue
        if nxt.startswith("ال") and nxt.endswith(("ي", "يه")) and len(nxt) > 4:
            continue  # المجلس العسكري، الحكومة الانتقالية: a body of its own, not a reference back
        head, kind, prep = forms[w]
        want = ARMY_HEADS if head in ARMY_HEADS else (head,)
        ante = None
        for b in range(a, -1, -1):
            h = heads.get(b)
            if h is None:
                m = mentions[b]
                h = heads[b] = _head(m.entity.text) if m.label in ("ORG", "GPE") else ""
            if h in want:
                ante = mentions[b].entity
                break
        if ante is None and kind == "state" and home is not None:
            # السلطات with no named authorities in the report: the document's country
            ante = Entity.model_construct(start=tok.start, end=tok.end, text=tok.text, label="ORG",
                                          canonical=home, entity_id="events:" + home, source="events", role=None)
        if ante is None:
            continue
        if not prep:
            prep = _prep_before(toks, k, _mention_roles(lex))
        out.append(Mention(k, k, ante, prep=prep, coord=w.startswith("و") and a >= 0 and lasts[a] == k - 1))
    return out


def _sentence_subject(mentions: list[Mention], toks: list[Token]) -> list[Mention]:
    """The first named subject of a sentence: a person, organization or country with no
    preposition before it (a nisba adjective does not count)."""
    for m in mentions:
        if not m.prep and m.label in ("PERSON", "ORG", "GPE"):
            if m.label == "PERSON" and any(toks[k].norm in ("باسم", "لسان") for k in range(max(0, m.first - 4), m.first)):
                return []  # a spokesman speaks for an institution: "he" in the next sentence is not him
            return [m]
    return []


class _PersonNames:
    """``_person_names`` of a document, computed at the first person actor (most documents
    code no person as actor, and then pay nothing)."""

    __slots__ = ("doc", "table")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.table: dict[int, str] | None = None

    def name(self, e: Entity) -> str:
        if self.table is None:
            self.table = _person_names(self.doc)
        return self.table.get(id(e), e.canonical)


def _person_names(doc: Document) -> dict[int, str]:
    """One English name per person of the document, by entity: the canonical of the fullest
    mention among those that are one person (the same entity id, the same words, or a one-word
    name that is part of the fuller names of exactly one person: صادق in أحمد صادق), a gazetteer
    name before a letter-by-letter transliteration of the same length, else the first. Keyed by
    ``id(entity)``; only entities whose own canonical differs are listed."""
    persons = [e for e in doc.entities if e.label == "PERSON"]
    if len(persons) < 2:
        return {}
    words = [_name_words(e.text) for e in persons]
    # fullest, then not a pattern guess, then first
    ranks = [(len(w), 0 if e.source.startswith("pattern") else 1, -e.start) for e, w in zip(persons, words, strict=True)]
    best: dict[str, int] = {}  # entity id / word key -> index of its best mention
    for n, e in enumerate(persons):
        for key in (e.entity_id, " ".join(words[n])):
            b = best.get(key)
            if b is None or ranks[n] > ranks[b]:
                best[key] = n
    owners: dict[str, set[str]] = {}  # a word of a fuller name -> the persons (ids) it names
    for n, w in enumerate(words):
        if len(w) > 1:
            for x in w:
                owners.setdefault(x, set()).add(persons[best[persons[n].entity_id]].entity_id)
    out: dict[int, str] = {}
    for n, e in enumerate(persons):
        cands = [best[e.entity_id], best[" ".join(words[n])]]
        if len(words[n]) == 1:
            who = owners.get(words[n][0])
            if who is not None and len(who) == 1:
                cands.append(best[next(iter(who))])
        top = max(cands, key=ranks.__getitem__)
        b = best[persons[top].entity_id]
        top = b if ranks[b] >= ranks[top] else top
        if persons[top].canonical != e.canonical:
            out[id(e)] = persons[top].canonical
    return out


@lru_cache(maxsize=4096)
def _name_words(text: str) -> tuple[str, ...]:
    return tuple(view_norm(w) for w in text.split())


def _title_zones(doc: Document) -> list[tuple[int, int]]:
    lay = doc.layout
    return [(s.start, s.end) for s in (lay.headline, lay.dek) if s is not None]


def code_document(doc: Document) -> list[Event]:
    """All PLOVER events of ``doc``, in text order."""
    lex = lexicon()
    tv = view(doc)
    toks = tv.tokens
    if not toks:
        return []
    starts: list[int] = list(map(attrgetter("start"), toks))
    mentions = _mentions(doc, toks, starts)
    events: list[Event] = []
    affil: dict[int, set[str]] = {}
    # one pass over the words: a sentence with no trigger word codes nothing (most sentences)
    norms: list[str] = list(map(attrgetter("norm"), toks))
    flags = _flags(toks, norms)
    if 2 not in flags:
        return []
    home = _home_country(doc, lex)
    person_names = _PersonNames(doc)
    extra = _anaphors(doc, toks, norms, mentions, lex, *home)
    if extra:
        mentions = sorted(mentions + extra, key=attrgetter("first"))
    mstarts = [m.first for m in mentions]
    # (flags double as "has a trigger reading": 0 is none)
    # a sentence whose only trigger words are support/intention verbs (أعلن، قرر) codes nothing
    punct = _punct_flags(doc.text, toks, starts)
    para_starts = [p.start for p in tv.paragraphs]
    aside = [(z.start, z.end) for z in (*doc.layout.chrome, *doc.layout.duplicates)]
    context: list[Mention] = []
    para = -1
    timexes = doc.timexes
    tx_starts = [tx.start for tx in timexes]
    tx_sorted = tx_starts == sorted(tx_starts)  # (then the timexes of a sentence are one slice)
    for sent in tv.sentences:
        lo = bisect.bisect_left(starts, sent.start)
        hi = bisect.bisect_left(starts, sent.end)
        p = bisect.bisect_right(para_starts, sent.start) - 1
        if p != para:
            context, para = [], p  # a subject is carried over within a paragraph only
            para_events: list[Event] = []
        a, b = bisect.bisect_left(mstarts, lo), bisect.bisect_left(mstarts, hi)
        sm = [m for m in mentions[a:b] if m.last < hi]
        if hi <= lo or 2 not in flags[lo:hi]:
            context = _sentence_subject(sm, toks) or context
            continue
        if tx_sorted:
            stx = timexes[bisect.bisect_left(tx_starts, sent.start):bisect.bisect_left(tx_starts, sent.end)]
        else:
            stx = [tx for tx in timexes if sent.start <= tx.start < sent.end]
        coder = SentenceCoder(doc, lex, toks, lo, hi, sm, stx, punct, context, flags, starts, norms)
        coder.home, coder.countries = home
        coder.person_names = person_names
        coder.context_type = para_events[-1].type if para_events and context else None
        # a sentence that overlaps no set-aside zone needs no per-trigger doc.is_set_aside call
        coder.near_aside = any(zs < sent.end and sent.start < ze for zs, ze in aside)
        sev = _merge_sentence(coder.code(), coder.noun_events, doc.text)
        if coder.claims:
            sev = _claimed(sev, coder.claims, para_events,
                           {(e.start, e.end) for e in doc.entities if e.label == "NORP"})
        para_events.extend(sev)
        events.extend(sev)
        affil.update(coder.affiliations)
        context = coder.last_actors or _sentence_subject(sm, toks) or context
    zones = _title_zones(doc)
    if zones and events:
        _title_holders(doc, events, zones, toks, starts, norms, person_names)
    return _dedupe_titles(events, zones, affil)


# one-person titles: a headline naming the office (زيارة لرئيس حكومة لبناني) means its holder
TITLE_HEADS = frozenset(normalize_word(w) for w in (
    "رئيس", "رئيسة", "وزير", "وزيرة", "ملك", "أمير", "سفير", "سفيرة", "مبعوث", "قائد", "زعيم"))


def _title_phrase(norms: list[str], k: int, lo: int) -> tuple[int, str, frozenset[str]] | None:
    """The title before token ``k`` (a nationality): (token of the head, head word, the words
    between, without ال), or None (رئيس حكومة لبناني -> رئيس, {حكومه})."""
    for j in range(k - 1, max(lo - 1, k - 5), -1):
        w = norms[j]
        for cut in (0, 1, 2, 3):
            head = w[cut:]
            if head in TITLE_HEADS and w[:cut] in ("", "ل", "و", "ال", "لل", "وال"):
                return j, head, frozenset(x.removeprefix("ال") for x in norms[j + 1:k])
    return None


def _title_holders(doc: Document, events: list[Event], zones: list[tuple[int, int]], toks: list[Token],
                   starts: list[int], norms: list[str], names: _PersonNames) -> None:
    """A headline event whose doer is an office named by a nationality (أول زيارة لرئيس حكومة
    لبناني إلى سوريا) is done by the person the body names with that title and nationality
    (رئيس مجلس الوزراء اللبناني نواف سلام): only when exactly one person fits."""
    heads = [ev for ev in events if len(ev.actor_spans) == 1 and any(s <= ev.trigger.start < e for s, e in zones)]
    if not heads:
        return
    norps = {(e.start, e.end): e for e in doc.entities if e.label == "NORP"}
    persons: list[tuple[str, str, frozenset[str], str]] | None = None
    for ev in heads:
        sp = ev.actor_spans[0]
        norp = norps.get((sp.start, sp.end))
        if norp is None:
            continue
        k = bisect.bisect_left(starts, norp.start)
        title = _title_phrase(norms, k, 0)
        if title is None:
            continue
        if persons is None:
            persons = _titled_persons(doc, zones, norps, norms, starts, names)
        hj, head, comp = title
        fits = {n for c, h, pc, n in persons if c == norp.canonical and h == head and bool(pc) == bool(comp)}
        if len(fits) > 1 and comp:
            fits = {n for c, h, pc, n in persons if c == norp.canonical and h == head and pc & comp}
        if len(fits) != 1:
            continue
        start = toks[hj].start + (1 if norms[hj][:1] in ("ل", "و") and norms[hj][1:] == head else 0)
        ev.actors = [fits.pop()]
        ev.actor_spans = [Span.of(doc.text, start, norp.end)]


def _titled_persons(doc: Document, zones: list[tuple[int, int]], norps: dict[tuple[int, int], Entity],
                    norms: list[str], starts: list[int], names: _PersonNames) -> list[tuple[str, str, frozenset[str], str]]:
    """(nationality, title head, title words, name) of each body person named right after a
    title and a nationality (وزير الخارجية التركي هاكان فيدان)."""
    by_start = {e.start: e for e in norps.values()}
    out: list[tuple[str, str, frozenset[str], str]] = []
    for p in doc.entities:
        if p.label != "PERSON" or any(s <= p.start < e for s, e in zones):
            continue
        k = bisect.bisect_left(starts, p.start)
        if k == 0 or (norp := by_start.get(starts[k - 1])) is None:
            continue
        title = _title_phrase(norms, k - 1, max(0, k - 6))
        if title is not None:
            out.append((norp.canonical, title[1], title[2], names.name(p)))
    return out


_NORM_FLAGS: dict[str, int] = {}


def _flags(toks: list[Token], norms: list[str]) -> list[int]:
    """``_token_flags`` of every token: one dict lookup per word form. A form whose flags depend
    on a final ة (the suffix-ه reading) is stored as -2 and computed per token."""
    cache = _NORM_FLAGS
    got = list(map(cache.get, norms))
    if None not in got and -2 not in got:
        return cast("list[int]", got)
    out: list[int] = []
    for t, f in zip(toks, got, strict=True):
        if f is None or f < 0:
            if f is None and len(cache) < 200_000:
                a, b = _token_flags(t.norm, False), _token_flags(t.norm, True)
                cache[t.norm] = a if a == b else -2
            f = _token_flags(t.norm, t.text.endswith("ة"))
        out.append(f)
    return out


def _merge_sentence(events: list[Event], nouns: set[int], text: str = "") -> list[Event]:
    """One event per type and participants in a sentence when a verbal noun is involved
    (اجتماع ... لإجراء مناقشات is one consultation); two verbs (ندد ... واتهم) are two acts, and
    so are two clauses joined by فيما/بينما/في حين/، كما (a drone strike, while the army blew up
    houses; aid suspended, and also an ambassador expelled)."""
    out: list[Event] = []
    for ev in events:
        same = next((o for o in out if o.type == ev.type and (id(o) in nouns or id(ev) in nouns)
                     and _participants(o) & _participants(ev)
                     and not PARALLEL.search(text, o.trigger.end, ev.trigger.start)), None)
        if same is None:
            out.append(ev)
            continue
        for n, sp in zip(ev.targets, ev.target_spans, strict=False):
            if n not in same.targets and n not in same.actors:
                same.targets.append(n)
                same.target_spans.append(sp)
        same.mode = same.mode or ev.mode
        same.date = same.date or ev.date
        if same.place is None and ev.place is not None:
            same.place, same.place_span = ev.place, ev.place_span
    return out


def _claimed(events: list[Event], claims: set[int], before: list[Event],
             nisba_spans: set[tuple[int, int]]) -> list[Event]:
    """A claim of an attack named by a definite noun (أصيب جنديان في هجوم نفذه مسلح، وتبنت حركة X
    الهجوم) names the doer of the attack reported just before in the paragraph: that event takes
    the claimer as its actor and the definite noun is not coded again."""
    out: list[Event] = []
    for ev in events:
        if id(ev) in claims:
            prior = next((o for o in reversed(before + out) if o.type == ev.type and id(o) not in claims), None)
            if prior is not None and ev.actors and not ev.targets and (not prior.actors or all(
                    (sp.start, sp.end) in nisba_spans for sp in prior.actor_spans)):
                # (only an attack whose doer was unnamed or named by a nationality alone: هجوم نفذه
                # فلسطيني; قصف الجيش X ... وتبنى حزب الله الهجوم على موقع is another attack)
                prior.actors, prior.actor_spans = list(ev.actors), list(ev.actor_spans)
                prior.targets = [n for n in prior.targets if n not in ev.actors]
                continue
        out.append(ev)
    return out


PARALLEL = re.compile(r"(?<!\w)(?:و?فيما|بينما|في حين|وفي حين)(?!\w)|[،,]\s*و?كما(?!\w)")


def _participants(ev: Event, affil: dict[int, set[str]] | None = None) -> set[str]:
    return set(ev.actors) | set(ev.targets) | (affil or {}).get(id(ev), set())


def _dedupe_titles(events: list[Event], zones: list[tuple[int, int]], affil: dict[int, set[str]]) -> list[Event]:
    """Drop a headline/dek event that the body reports again (same type, shared actor)."""
    if not zones:
        return events

    def in_title(ev: Event) -> bool:
        return any(s <= ev.trigger.start < e for s, e in zones)

    body = [ev for ev in events if not in_title(ev)]
    out: list[Event] = []
    for ev in events:
        if in_title(ev) and any(b.type == ev.type and _participants(b, affil) & _participants(ev, affil)
                                for b in body):
            continue
        out.append(ev)
    return out
