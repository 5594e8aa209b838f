"""Finding reported speech: cue, speaker and content spans.

The grammar of Arabic news attribution is regular enough for rules:

- VSO cue clauses: ``(و)قال|أكدت|يقول ... SUBJECT [adjuncts] إن/أن/بأن|إلى أن ... CONTENT``,
  ``... SUBJECT: CONTENT`` and ``... SUBJECT «QUOTE»`` (direct);
- quote first: ``«QUOTE»، قال SUBJECT``;
- source phrases: ``CONTENT، بحسب/وفقا لـ/نقلا عن SOURCE`` and ``وبحسب SOURCE، فإن CONTENT``;
- documents: ``وجاء في البيان أن``, ``أفاد بيان صادر عن X أن``; accounts: ``روى X كيف``;
  objects: ``وصف X Y بأنه «...»``, ``أعلن X مقتل ...``, ``نفى X الاتهامات``;
- a cue with no subject (``وأضاف أن``) or a participle (``، مضيفا أن``) continues the latest
  speaker its verb agrees with (gender, number), or the named subject of the sentence before.

The speaker phrase is found from the syntax (it runs from the cue to the first adverb,
preposition, addressee or complementizer) and typed by its head word; the entity layer,
when it has run, only refines the type, the person/role split and the canonical name.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from khabar.attribution.lexicon import (
    CONJ,
    Head,
    Lexicon,
    VerbForm,
    bare_splits,
    lexicon,
    strip_conj,
    verb_of,
)
from khabar.attribution.quotes import CLOSERS, OPENERS, QUOTE_CHARS, Quote, pair_quotes
from khabar.model import Attribution, Document, Entity, Span, Speaker
from khabar.text import TextView, Token, normalize_word, segment_index, view

MAX_SUBJECT = 24  # tokens between a cue and its complementizer
LONG_SUBJECT = 14  # beyond this, the complementizer must follow a comma (X، الذي ...، إن)
MAX_SOURCE = 8  # tokens of a source phrase after بحسب
COMMAS = "،,"
TRAIL = " \t\n.…؛;:،,-–—"
NAME_NOT = frozenset({"باسم", "بإسم", "عام", "العام", "بن", "ابن", "بنت", "أبو", "ابو", "أبي", "عبد"})
_NISBA = re.compile(r"(?:ي|يه|يون|يين|يان|يات)$")
_CONDITION_END = re.compile(r"^(?:هوي|اسم|اسما|هويات|اسمائ|اسماء)")
_OTHER_PREPS = frozenset({"الي", "علي", "من", "عن", "في", "مع", "ل", "ب", "حول"})
_BARE_PREPS = frozenset({"ل", "ب", "في", "عن", "علي", "من", "الي", "مع", "حول", "عبر", "خلال", "بعد", "قبل", "منذ", "امام",
                         "لدي", "اثر", "عقب"})
# a verbal noun used as a cue (بالتأكيد على أن، بالقول إن): behaves like a participle
_MASDAR = VerbForm("masdar", "say", "participle", "m", "sg", frozenset({"علي", "الي", "من"}), False)
AGENTS = frozenset({"PERSON", "ORG", "GPE"})
_EMPTY: frozenset[str] = frozenset()
_QUOTE_SET = frozenset(QUOTE_CHARS)
_PHRASE_BREAKS = frozenset(COMMAS + "(:")  # marks between two words that end a speaker phrase


def _has_comma(s: str) -> bool:
    """``s`` holds an Arabic or Latin comma (a plain test: called for most token gaps)."""
    return "،" in s or "," in s


@dataclass(slots=True)
class _Subject:
    start: int  # original offsets of the speaker span
    end: int
    type: str
    role: tuple[int, int] | None = None
    canonical: str | None = None


@dataclass(slots=True)
class _Ctx:
    """Everything one document's extraction needs, computed once."""

    doc: Document
    tv: TextView
    lex: Lexicon
    toks: list[Token]
    sent_of: list[int]  # token index -> sentence index
    sent_bounds: list[tuple[int, int]]
    para_bounds: list[tuple[int, int]]
    quotes: list[Quote]
    quote_by_open: dict[int, Quote]
    quote_by_close: dict[int, Quote]
    ents: list[Entity]
    ent_starts: list[int]
    tok_starts: list[int]
    para_starts: list[int]
    norms: list[str]  # token index -> normalized word
    bares: list[str]  # token index -> normalized word without a و/ف conjunction (strip_conj)
    tok_para: list[int]  # token index -> paragraph index
    m_stop: frozenset[str]
    m_governor: frozenset[str]
    m_complementizer: frozenset[str]
    m_masdar: frozenset[str]
    # explicit speakers in text order with the gender and number of their verb (None: unknown)
    history: list[tuple[Speaker, str | None, str | None]] = field(default_factory=list)
    open_quote: tuple[Speaker | None, int] | None = None  # a direct quote left open at a paragraph end
    last: Speaker | None = None
    last_para: int = -1
    sent_speaker: dict[int, Speaker] = field(default_factory=dict)  # sentence -> its cue's subject
    used_content: set[tuple[int, int]] = field(default_factory=set)
    skip: set[int] = field(default_factory=set)  # tokens a cue already consumed (its نقلا عن)
    out: list[tuple[int, Attribution]] = field(default_factory=list)

    # --- small helpers -------------------------------------------------------------------

    def gap(self, j: int) -> str:
        """Text between token j-1 and token j."""
        prev = self.toks[j - 1].end if j > 0 else 0
        return self.doc.text[prev:self.toks[j].start]

    def norm(self, j: int) -> str:
        return self.norms[j]

    def opening_mark(self, gap: str, at: int) -> int:
        """Offset in ``gap`` (which starts at ``at``) of the first mark opening a quote, else -1.

        Called for most gaps between tokens, which hold no quote mark at all: one C-level test."""
        if _QUOTE_SET.isdisjoint(gap):
            return -1
        quote_by_open = self.quote_by_open
        return next((k for k, c in enumerate(gap) if c in QUOTE_CHARS and at + k in quote_by_open), -1)

    def kind(self, word: str, kind: str) -> bool:
        return word in self.lex.markers.get(kind, _EMPTY)

    def phrase_at(self, j: int, kind: str) -> int:
        """Length in tokens of a ``kind`` phrase starting at token j (0 if none)."""
        nj = self.norms[j]
        w = self.bares[j]
        openers = self.lex.openers.get(kind, _EMPTY)
        if nj not in openers and w not in openers:
            return 0  # no phrase or marker of this kind opens with this word
        for phrase in self.lex.phrases.get(kind, ()):
            n = len(phrase)
            if j + n <= len(self.toks) and (w == phrase[0] or self.norm(j) == phrase[0]) and all(
                    self.norm(j + k) == phrase[k] for k in range(1, n)) and self.same_sentence(j, j + n - 1):
                return n
        if self.kind(self.norm(j), kind) or self.kind(w, kind):
            return 1
        return 0

    def same_sentence(self, a: int, b: int) -> bool:
        return self.sent_of[a] == self.sent_of[b]

    def stem_start(self, j: int, prefix_len: int) -> int:
        """Original offset of token j after its first ``prefix_len`` normalized letters."""
        t = self.toks[j]
        if prefix_len <= 0:
            return t.start
        return self.tv.norm.to_original(t.nstart + prefix_len, t.nend)[0]

    def conj_free_start_word(self, j: int) -> int:
        """Start of token j without a و/ف conjunction, for any word."""
        return self.stem_start(j, 1) if self.norm(j)[:1] in CONJ and len(self.norm(j)) > 3 else self.toks[j].start

    def conj_free_start(self, j: int) -> int:
        """Start of token j without a و/ف conjunction (for cue spans)."""
        w = self.norm(j)
        if w[:1] in CONJ and verb_of(w) is not None and self.lex.verbs.get(w) is None:
            return self.stem_start(j, 1)
        return self.toks[j].start

    def head_at(self, j: int) -> tuple[Head, int] | None:
        """The speaker head starting at token j, with its length in tokens."""
        hit = self.head_prefix(j)
        return (hit[0], hit[1]) if hit else None

    def head_prefix(self, j: int) -> tuple[Head, int, str] | None:
        """Like :meth:`head_at`, also giving the proclitics split off the first word."""
        if not 0 <= j < len(self.toks):  # a mention inside the last word bisects past the end
            return None
        for prefix, bare in bare_splits(self.norm(j)):
            for head in self.lex.heads.get(bare, ()):
                n = len(head.words)
                if n == 1:
                    return head, 1, prefix
                if j + n <= len(self.toks) and all(
                        self.norm(j + k) in (head.words[k], "ال" + head.words[k]) for k in range(1, n)):
                    return head, n, prefix
        return None

    def entities_in(self, start: int, end: int) -> list[Entity]:
        i = bisect.bisect_left(self.ent_starts, start)
        out = []
        while i < len(self.ents) and self.ents[i].start < end:
            if self.ents[i].end <= end:
                out.append(self.ents[i])
            i += 1
        return out

    def entity_at(self, j: int) -> Entity | None:
        """An entity starting at (or inside the first word of) token j."""
        t = self.toks[j]
        i = bisect.bisect_left(self.ent_starts, t.start)
        if i < len(self.ents) and self.ents[i].start < t.end:
            return self.ents[i]
        return None

    def is_name_ali(self, j: int) -> bool:
        """علي spelled with ي before a name is the name Ali, not the preposition على."""
        if not (self.norm(j) == "علي" and self.toks[j].text.endswith("ي") and j + 1 < len(self.toks)
                and self.norm(j + 1) not in ("ان", "انه", "انها") and not self.kind(self.norm(j + 1), "stop")
                and self.same_sentence(j, j + 1)):
            return False
        if not self.norm(j + 1).startswith("ال"):
            return True
        # علي العلاق إن: an ال family name closing the speaker phrase before the complementizer
        return j + 2 < len(self.toks) and self.same_sentence(j, j + 2) and (
            self.norms[j + 2] in ("ان", "انه", "انها"))

    def is_stop(self, j: int) -> bool:
        """Token j ends a speaker phrase (adverb, preposition, addressee, relative, verb ...)."""
        w = self.norms[j]
        s = self.bares[j]  # strip_conj(w)
        if w == "علي" and self.is_name_ali(j):
            return False
        if w in self.m_stop or s in self.m_stop or w in self.m_governor:
            return True
        if w.startswith("لل") and len(w) > 4:
            return True
        if w.startswith("ل") and len(w) > 3 and (self.kind(w[1:], "addressee")
                                                 or self.kind("ال" + w[1:], "addressee")):
            return True
        if self.kind(s, "addressee") and (s.endswith("ين") or s.startswith("نظير")):
            return True  # الصحفيين، نظيره: an oblique noun is never the subject
        if w.startswith("ل") and len(w) > 3:
            e = self.entity_at(j)
            if e is not None and e.start > self.toks[j].start:
                return True  # لرويترز: an addressee or outlet
        return verb_of(w) is not None or self.kind(w, "condition")

    def complementizer(self, j: int, verb: VerbForm | None) -> int:
        """Number of tokens of a complementizer at j (إن، أنه، بأن، إلى أن ...), else 0."""
        norms = self.norms
        w = norms[j]
        comp = self.m_complementizer
        if j > 0:
            p = norms[j - 1]
            if p in self.m_governor or self.bares[j - 1] in self.m_governor:  # (bares: strip_conj)
                return 0
            if w == "ان" and (p in ("سي", "السي") or p == "ان" and j > 1 and norms[j - 2] in ("سي", "السي")):
                return 0  # سي إن إن (CNN)
            if (w == "ان" or w in comp) and p in _OTHER_PREPS:
                return 0  # خطة تهدف إلى أن: the preposition belongs to another word
        if w == "ان" or w in comp:
            return 1
        if (verb is not None and j + 1 < len(norms) and w in verb.preps
                and (norms[j + 1] == "ان" or norms[j + 1] in comp)
                and self.same_sentence(j, j + 1)):
            return 2
        return 0

    def sentence_end(self, j: int) -> int:
        return self.sent_bounds[self.sent_of[j]][1]

    def para_of(self, pos: int) -> int:
        i = bisect.bisect_right(self.para_starts, pos) - 1
        return max(i, 0)

    def inside_quote(self, pos: int) -> bool:
        return any(q.open < pos < q.close for q in self.quotes)


# --- speaker analysis ----------------------------------------------------------------------


def _name_like(ctx: _Ctx, j: int) -> bool:
    """A token that may be part of a personal name: no article, not a known function word."""
    w = ctx.norm(j)
    t = ctx.toks[j].text
    if (w.startswith(("ال", "لل")) or w in NAME_NOT or t in NAME_NOT or w.startswith("باسم")
            or ctx.head_at(j) is not None):
        return False  # المتحدث باسمها: "in her name", not a name
    if (ctx.kind(w, "stop") and not ctx.is_name_ali(j)) or ctx.kind(w, "complementizer") or ctx.kind(w, "adjective"):
        return False
    return not w.isdigit()


def _name_start(ctx: _Ctx, j: int) -> bool:
    """A word that may open a personal name: name-like, or عبد/أبو before another word
    (الملك عبد الله الثاني، أبو عبيدة)."""
    if _name_like(ctx, j):
        return True
    return (ctx.norm(j) in ("عبد", "ابو") and j + 1 < len(ctx.toks) and ctx.same_sentence(j, j + 1)
            and not ctx.is_stop(j + 1) and ctx.head_at(j + 1) is None)


def _name_part(ctx: _Ctx, j: int) -> bool:
    """A word inside a personal name: name-like, or a particle of names (أبو، بن، عبد)."""
    return _name_like(ctx, j) or ctx.norm(j) in ("ابو", "بن", "ابن", "عبد", "بنت", "ام")


def _analyze(ctx: _Ctx, a: int, b: int) -> _Subject:
    """Type and refine the speaker phrase made of tokens [a, b)."""
    toks = ctx.toks
    start, end = toks[a].start, toks[b - 1].end
    ents = ctx.entities_in(start, end)
    text = ctx.doc.text
    if start > 0 and text[start - 1] in OPENERS and end < len(text) and text[end] in CLOSERS:
        # أعلنت «أطباء بلا حدود»: a quoted name is one name, never a title and a holder
        inst = [e for e in ents if (e.start, e.end) == (start, end)]
        return _Subject(start, end, "institution", None, inst[0].canonical if inst else None)
    for x in range(a + 1, b - 1):
        if ctx.norm(x) in _NAMED_AS and _name_start(ctx, x + 1):
            # مسؤول محلي يدعى حسن البكري، أحد التجار، ويدعى آدم: the name is the speaker
            ne = x + 1
            while ne < b and not _has_comma(ctx.gap(ne)):
                ne += 1
            rs, re_ = start, toks[x - 1].end
            pe = next((e for e in ents if e.label == "PERSON" and e.start == toks[x + 1].start), None)
            return _Subject(toks[x + 1].start, toks[ne - 1].end, "person", (rs, re_),
                            pe.canonical if pe is not None else None)
    persons = [e for e in ents if e.label == "PERSON"]
    k = a
    hh = hh0 = ctx.head_at(k)
    quant = False
    if hh and hh[0].cls == "quantifier" and k + 1 < b:
        quant = True
        k += 1
        if ctx.norm(k) == "من" and k + 1 < b:
            k += 1
        hh = ctx.head_at(k)
    head = hh[0] if hh else None
    if persons and head is not None and head.cls in ("role", "official", "expert"):
        # المبعوثة الخاصة للأمين العام ...: a title in the genitive (لل/ل + title) tagged as a
        # person names whom the speaker serves, not the speaker
        persons = [e for e in persons if not _genitive_title(ctx, e)]
    if quant and persons:
        # أحد منظمي الاحتجاجات سامر الكعبي: a name in apposition after a complete phrase (its
        # word before is definite) is the speaker; أحد مساعدي بايدن: a name right after the
        # counted noun is its genitive, whose aide, and the speaker stays anonymous
        persons = [e for e in persons if (pi := bisect.bisect_left(ctx.tok_starts, e.start)) > k
                   and ctx.norm(pi - 1).startswith("ال")]
        quant = not persons
    if persons and (head is None or head.cls in ("role", "official", "expert")) and not quant:
        # وزير الخارجية الأردني أيمن الصفدي: a title may itself be tagged PERSON; the name is
        # the mention that does not open with a title word
        p = next((e for e in persons if (h := ctx.head_at(bisect.bisect_left(ctx.tok_starts, e.start))) is None
                  or h[0].cls not in ("role", "official", "expert")), persons[0])
        role = (start, p.start) if p.start > start else None
        if role:
            rs, re_ = role
            while re_ > rs and ctx.doc.text[re_ - 1] in TRAIL:
                re_ -= 1
            role = (rs, re_) if re_ > rs else None
        m = bisect.bisect_left(ctx.tok_starts, p.end)
        for x in range(m, b - 1):
            hx = ctx.head_at(x)
            if hx is not None and hx[0].cls in _NAMED_HEADS and _name_start(ctx, x + hx[1]) and all(
                    _name_part(ctx, y) or y == b - 1 for y in range(x + hx[1], b)):
                # مديرة مدرسة النور المعلمة هدى الصافي: the name after the last title speaks
                # (a tagged organization-looking name before it is the title's genitive)
                n0 = x + hx[1]
                return _Subject(toks[n0].start, end, "person", (start, toks[n0 - 1].end), None)
        if m == b - 1 and p.end < end and ctx.norm(m).startswith("ال") and ctx.head_at(m) is None \
                and " " in ctx.gap(m) and not ctx.is_stop(m):
            # الناشطة سلمى العمر: the phrase was read to a family name the entity left out
            return _Subject(p.start, end, "person", role, None)
        return _Subject(p.start, p.end, "person", role, p.canonical)
    head_definite = ctx.norm(k).startswith(("ال", "وال", "فال"))
    if head is not None and hh is not None and not quant and (
            head.cls == "role" or head.cls in ("official", "expert") and head_definite):
        # role + name: the name starts at the first name-like word after a definite word
        # (وزير المالية سامي العلي، الرئيس جو بايدن); surnames may carry ال (العلي)
        for n in range(k + hh[1], b):
            prev = ctx.norm(n - 1)
            after_definite = (prev.startswith(("ال", "وال", "فال", "لل")) or n - 1 == k
                              or (n >= 2 and ctx.norm(n - 2) == "في"))
            if (after_definite and _name_start(ctx, n) and not (b - n == 1 and _NISBA.search(ctx.norm(n)))
                    and all(_name_part(ctx, x) or x == b - 1 or ctx.norm(x - 1) in ("عبد", "ابو", "بن", "ابن")
                            for x in range(n, b))):
                return _Subject(toks[n].start, end, "person", (start, toks[n - 1].end), None)
            if _article_name(ctx, n, b):
                return _Subject(toks[n].start, end, "person", (start, toks[n - 1].end), None)
    canonical = None
    inst = [e for e in ents if e.label in ("ORG", "GPE", "FAC")] or [
        e for e in ents if e.label == "NORP" and (e.start, e.end) == (start, end)]
    if inst:
        canonical = max(inst, key=lambda e: (e.end - e.start, -e.start)).canonical
    if head is None:
        if quant:
            return _Subject(start, end, "anonymous", None, None)  # أحد التجار: an unnamed individual
        if inst and inst[0].start <= toks[a].end:
            return _Subject(start, end, "institution", None, canonical)
        return _Subject(start, end, "person", None, None)
    cls = head.cls
    if cls in ("institution", "media", "document", "data"):
        return _Subject(start, end, "institution", None, canonical)
    plural = head.number == "pl" and not (quant and hh0 is not None and hh0[0].number == "sg")
    if cls in ("anonymous", "expert"):
        return _Subject(start, end, "anonymous", None, None)
    if cls == "official":
        return _Subject(start, end, "unnamed_officials" if plural else "anonymous", None, None)
    # role with no name: a definite title names one person (الرئيس الأمريكي); an indefinite
    # one does not (وزير إسرائيلي، مسؤولون)
    definite = ctx.norm(k).startswith(("ال", "وال", "فال")) or (
        k + 1 < b and ctx.norm(k + 1).startswith(("ال", "لل")))  # رئيس البلدية: idafa
    if plural:
        return _Subject(start, end, "person" if definite and not quant else "unnamed_officials", None, None)
    return _Subject(start, end, "person" if definite else "anonymous", None, canonical if definite else None)


_NAMED_AS = frozenset({"يدعي", "تدعي", "ويدعي", "وتدعي", "اسمه", "واسمه", "اسمها", "واسمها"})


def _article_name(ctx: _Ctx, n: int, b: int) -> bool:
    """A name of two or three words, the first with ال, closing a title phrase (الأمين العام لحزب الأمة
    القومي الواثق البرير، مراسل الجزيرة في الخرطوم الطاهر المرضي): after the title's
    organization (a nisba adjective, a tagged name, a place after في), none of them a head,
    stop or common adjective, the first neither a nisba nor a feminine (المؤقتة) word."""
    if not 2 <= b - n <= 3:
        return False
    for x in range(n, b):
        w = ctx.norm(x)
        ex = ctx.entity_at(x)
        if x > n and not w.startswith("ال") and _name_like(ctx, x):
            continue  # الفاتح قرشي: only the first word needs the article
        if not w.startswith("ال") or len(w) < 5 or ctx.head_at(x) is not None or ctx.is_stop(x) \
                or ctx.kind(w[2:], "adjective") or (ex is not None and ex.label != "PERSON"):
            return False
    first = ctx.norm(n)
    if _NISBA.search(first) or first.endswith(("ه", "ات", "ون", "ين")):
        return False
    prev = ctx.norm(n - 1)
    if _NISBA.search(prev) is not None and prev.startswith("ال"):
        return True
    pend = ctx.toks[n - 1].end  # an organization or place name ends right before the first word
    i = bisect.bisect_left(ctx.ent_starts, pend - 120)
    while i < len(ctx.ents) and ctx.ents[i].start < pend:
        if ctx.ents[i].end == pend and ctx.ents[i].label in ("ORG", "GPE", "LOC", "FAC"):
            return True
        i += 1
    return False


def _genitive_title(ctx: _Ctx, e: Entity) -> bool:
    """A PERSON entity that opens with a title word carrying ل (للأمين العام، لرئيس الوزراء)."""
    k = bisect.bisect_left(ctx.tok_starts, e.start)
    if k >= len(ctx.toks) or ctx.toks[k].start != e.start and not (k > 0 and ctx.toks[k - 1].end > e.start):
        k = max(k - 1, 0)
    hp = ctx.head_prefix(k)
    return hp is not None and hp[0].cls in ("role", "official") and hp[2] in ("ل", "لل")


def _speaker(ctx: _Ctx, subj: _Subject, condition: str | None) -> Speaker:
    text = ctx.doc.text
    stype = subj.type
    if condition and stype == "person" and subj.role is None and subj.canonical is None:
        stype = "anonymous"
    sp = Speaker(start=subj.start, end=subj.end, text=text[subj.start:subj.end], type=stype,  # type: ignore[arg-type]
                 canonical=subj.canonical,
                 role=text[subj.role[0]:subj.role[1]] if subj.role else None, condition=condition)
    if sp.canonical is None:
        for e in ctx.entities_in(sp.start, sp.end):
            if e.label == "NORP" and (e.start, e.end) != (sp.start, sp.end):
                continue  # مصدر إسرائيلي: the nisba is not the speaker
            if stype in ("anonymous", "unnamed_officials") and (e.start, e.end) != (sp.start, sp.end):
                continue
            sp.canonical = e.canonical
            break
    return sp


def _guess_gender(ctx: _Ctx, sp: Speaker) -> str | None:
    """Grammatical gender of a speaker introduced with no verb (بحسب، a headline colon): from
    its title or head word (الوزيرة، وزارة -> f; الجيش -> m); None for a bare name."""
    words = (sp.role or sp.text).split()
    if not words:
        return None
    first = strip_conj(normalize_word(words[0]))
    if sp.role is None and sp.type == "person" and not any(
            ctx.lex.heads.get(bare) for _p, bare in bare_splits(first)):
        return None
    return "f" if first.endswith("ه") else "m"


def _guess_number(ctx: _Ctx, sp: Speaker) -> str:
    """sg or pl for a speaker (a VSO verb stays singular before a plural subject: قال مسؤولون)."""
    if sp.type == "unnamed_officials":
        return "pl"
    for w in sp.text.split()[:2]:
        for _p, bare in bare_splits(strip_conj(normalize_word(w))):
            heads = ctx.lex.heads.get(bare)
            if heads:
                if heads[-1].cls == "quantifier" and bare in _PLURAL_COUNTS:
                    return "pl"  # مئات الطلاب
                return "pl" if heads[-1].number == "pl" and heads[-1].cls != "quantifier" else "sg"
    return "sg"


# plural quantity nouns heading a speaker phrase (عشرات المحتجين، مئات الطلاب، آلاف المتظاهرين)
_PLURAL_COUNTS = frozenset({"عشرات", "مئات", "الاف"})


def _narrated_subject(ctx: _Ctx, cue_j: int, gender: str | None, number: str | None,
                      back: int = 1, loose: bool = False) -> Speaker | None:
    """The named subject (a person with a name or title, or a named institution) of the verb
    opening the sentence ``back`` sentences before the cue's, when that sentence reports no
    speech and stands in the same or (just before) the previous paragraph; None when the
    cue's gender or number disagrees. ``loose``: the sentence must be in the cue's own
    paragraph and any institution or topic subject (أما المعارضة فقد دعت) counts."""
    si = ctx.sent_of[cue_j]
    if si < back or (number == "pl" and not loose):
        return None
    ps, pe = ctx.sent_bounds[si - back]
    cue_para = ctx.para_of(ctx.toks[cue_j].start)
    if ctx.para_of(ps) < cue_para - (0 if loose else 1):
        return None
    if any(ps <= pos < pe or ps <= att.content.start < pe for pos, att in ctx.out):
        return None
    last_tok = bisect.bisect_left(ctx.tok_starts, pe) - 1
    if last_tok < 0 or last_tok >= cue_j or ctx.sent_of[last_tok] != si - 1:
        return None
    first_tok = bisect.bisect_left(ctx.tok_starts, ps)
    if first_tok < len(ctx.toks) and (ctx.inside_quote(ctx.toks[first_tok].start)
                                      or any(c in ctx.doc.text[ps:ctx.toks[first_tok].start] for c in QUOTE_CHARS)):
        return None  # a quoted sentence: its subject is the speaker's topic, not a speaker
    span = _sentence_subject(ctx, last_tok)
    if span is None and loose:
        span = _topic_subject(ctx, first_tok, last_tok)
    if span is None:
        return None
    subj = _analyze(ctx, *span)
    named = (subj.type == "person" and (subj.role is not None or subj.canonical is not None or loose)) or (
        subj.type == "institution" and (subj.canonical is not None or loose))
    if number == "pl":
        # وتظاهر مئات الطلاب ... . وقالوا إن: a plural cue takes a plural subject only
        sp = _speaker(ctx, subj, None)
        return sp if _guess_number(ctx, sp) == "pl" else None
    if not named:
        return None
    sp = _speaker(ctx, subj, None)
    g = _guess_gender(ctx, sp)
    if g is None:
        v = strip_conj(ctx.norm(bisect.bisect_left(ctx.tok_starts, ps)))
        g = "f" if v.endswith("ت") or v.startswith("ت") else "m"
    if gender is not None and g != gender:
        return None
    return sp


def _topic_subject(ctx: _Ctx, first: int, last: int) -> tuple[int, int] | None:
    """The topic of ``أما X فـ...`` opening tokens [first, last]: X (أما المعارضة فقد دعت)."""
    if strip_conj(ctx.norm(first)) != "اما":
        return None
    k = first + 1
    while k <= last and k - first <= 6 and not ctx.norm(k).startswith("ف"):
        k += 1
    return (first + 1, k) if first + 1 < k <= last else None


def _paragraph_subject(ctx: _Ctx, cue_j: int, gender: str | None, number: str | None,
                       after: int) -> Speaker | None:
    """A subject the cue's verb agrees with, in an earlier sentence of its own paragraph that
    starts after offset ``after`` (where the agreeing speaker found so far stands)."""
    if gender is None and number != "pl":
        return None
    for back in range(1, 5):
        si = ctx.sent_of[cue_j] - back
        if si < 0 or ctx.sent_bounds[si][0] <= after:
            break
        sp = _narrated_subject(ctx, cue_j, gender, number, back, loose=True)
        if sp is not None:
            return sp
    return None


def _carry(ctx: _Ctx, cue_j: int, anaphor: str, gender: str | None = None,
           number: str | None = None) -> Speaker | None:
    """The speaker of a cue with no subject of its own: the named subject of the sentence just
    before when it reports nothing, else the most recent explicit speaker (across paragraphs)
    whose gender and number agree with the cue (وأضافت, وأضافوا), else the last speaker."""
    if ctx.inside_quote(ctx.toks[cue_j].start):
        return None
    narrated = _narrated_subject(ctx, cue_j, gender, number)
    if narrated is not None:
        # استقبل الرئيس فلان الوفد. وأكد أن ...: the named subject of the sentence before
        ctx.last = narrated
        ctx.history.append((narrated, gender, number))
        sp = narrated.model_copy()
        sp.resolved_from = anaphor
        return sp
    last = ctx.last
    agreeing: Speaker | None = None
    if ctx.history:
        # the most recent explicit speaker the verb agrees with, across paragraphs
        # (وأضافت after a man quoted between goes back to the woman quoted before him)
        for cand, g, num in reversed(ctx.history[-8:]):
            g = g or _guess_gender(ctx, cand)
            if gender is not None and g is not None and g != gender:
                continue
            if number is not None and num is not None and (number == "sg") != (num == "sg"):
                continue
            agreeing = cand
            break
    para_start = ctx.para_bounds[ctx.tok_para[cue_j]][0]
    if agreeing is None or agreeing.start < para_start:
        # no agreeing speaker in this paragraph: a subject the verb agrees with in an earlier
        # sentence of the paragraph is nearer (والتقت المبعوثة ... وبحثت ... . وأضافت أن)
        near = _paragraph_subject(ctx, cue_j, gender, number, agreeing.start if agreeing is not None else -1)
        if near is not None:
            ctx.last = near
            ctx.history.append((near, gender, number))
            sp = near.model_copy()
            sp.resolved_from = anaphor
            return sp
    if agreeing is not None:
        last = agreeing
    if last is None:
        return None
    sp = last.model_copy()
    sp.resolved_from = anaphor
    return sp


def _condition(ctx: _Ctx, a: int, b: int) -> str | None:
    """An anonymity condition phrase in tokens [a, b): شريطة عدم الكشف عن هويته ..."""
    condition_words = ctx.lex.markers.get("condition", _EMPTY)
    norms, bares = ctx.norms, ctx.bares  # (bares[j] is strip_conj(norms[j]))
    for j in range(a, b):
        if norms[j] in condition_words or bares[j] in condition_words:
            for k in range(j + 1, min(j + 8, len(ctx.toks))):
                if _CONDITION_END.match(ctx.norm(k)):
                    return ctx.doc.text[ctx.toks[j].start:ctx.toks[k].end]
    return None


def _subject_span(ctx: _Ctx, a: int, limit: int) -> int:
    """End (exclusive token index) of the speaker phrase starting at a, before ``limit``."""
    j = a
    head = ctx.head_at(a)
    if head is not None and head[0].cls == "quantifier" and a + 1 < limit:
        head = ctx.head_at(a + 1 + (ctx.norm(a + 1) == "من" and a + 2 < limit))
    titled = head is not None and head[0].cls in ("role", "official", "expert", "document")
    while j < limit:
        w = ctx.norm(j)
        if j > a and w in _NAMED_AS and j + 1 < limit and _name_start(ctx, j + 1) and (
                w[0] == "و" or not _has_comma(ctx.gap(j))):
            j = max(_name_run(ctx, j + 1, limit), j + 2)  # مسؤول محلي يدعى حسن البكري
            break
        if j > a and not _PHRASE_BREAKS.isdisjoint(ctx.gap(j)):  # a comma, "(" or ":" in the gap
            break
        if j == a + 1 and w == "من" and ctx.head_at(a) is not None and ctx.head_at(a)[0].cls == "quantifier":  # type: ignore[index]
            j += 1
            continue
        if titled and j > a and w.startswith("لل") and not ctx.kind("ال" + w[2:], "addressee"):
            j += 1  # المديرة التنفيذية للشركة: the title's organization
            continue
        if titled and j > a and w == "في" and _name_after_org(ctx, j + 1, limit):
            j += 2  # القيادي في حماس سامي أبو زهري: title, its organization, then the name
            continue
        if (head is not None and head[0].cls == "document" and j + 1 < limit and strip_conj(w) in _ISSUED
                and ctx.norm(j + 1) == "عن"):
            j += 2  # بيان صادر عن وزارة الداخلية: the body the document comes from
            continue
        if j > a and _title_hearer(ctx, j, head):
            return j  # قال وزير المالية لرئيس البرلمان: a titled hearer, not the title's genitive
        if ctx.is_stop(j) and not (j == a and head is not None):
            break  # ولي العهد: a head word is never a stop at the phrase start
        j += 1
    if titled and j < limit:
        j = max(j, _titled_name_end(ctx, j, limit))
    return j


# heads of titles that hold a relation to another office: their لـ + title is part of the
# title (المستشار الإعلامي لرئيس الوزراء، الممثل الشخصي للرئيس), not a hearer
_RELATIONAL = frozenset(normalize_word(w) for w in "مستشار مستشارة ممثل ممثلة مبعوث مبعوثة مساعد مساعدة نائب نائبة سكرتير سكرتيرة معاون وكيل كبير".split())


def _title_hearer(ctx: _Ctx, j: int, head: tuple[Head, int] | None) -> bool:
    """Token j is ل + a title (لرئيس، لوزير، لأمين): whom the speaker spoke to, unless the
    speaker's own title is relational (مستشار لرئيس الوزراء)."""
    w = ctx.norm(j)
    if not w.startswith("ل") or w.startswith("لل") or len(w) < 4:
        return False
    if not any(h.cls == "role" for h in ctx.lex.heads.get(w[1:], ())):
        return False
    if head is not None and head[0].cls not in ("role", "official", "expert", "anonymous"):
        return False  # بيان صادر عن المكتب الإعلامي لرئيس الوزراء: an office's genitive
    return head is None or head[0].words[0] not in _RELATIONAL


# words that may stand inside a long title before the holder's name (المدير الإقليمي لمنظمة
# الصحة العالمية في شرق المتوسط أحمد المنظري): genitive links and in-organization prepositions
_TITLE_LINKS = frozenset({"في", "لدي", "عن", "باسم", "بإسم", "لشؤون", "العام", "العامة"})


def _titled_name_end(ctx: _Ctx, j: int, limit: int) -> int:
    """Past the end ``j`` of a title, the end of the holder's name when the title goes on
    (genitive chain, nisbas, في + organization, an acronym in brackets) and a personal name
    follows it before ``limit``; else ``j``. Adjuncts (في بيان، خلال، اليوم) stop the search."""
    k = j
    prev_definite = j > 0 and ctx.norm(j - 1).startswith(("ال", "وال", "لل"))
    while k < limit and k - j < 14:
        g = ctx.gap(k)
        if any(c in g for c in COMMAS + ":") or "\n" in g:
            return j
        w = ctx.norm(k)
        e = ctx.entity_at(k)
        if e is not None and e.label == "PERSON" and e.start >= ctx.toks[k].start and (
                ctx.toks[k].start == e.start) and not (k == j and _addressee_at(ctx, k)) and not (
                ctx.kind(ctx.norm(k), "stop") and not ctx.is_name_ali(k)):  # قوله tagged as a name
            end = k
            while end < limit and ctx.toks[end].start < e.end:
                end += 1
            if end == k + 1 and end < limit and ctx.norm(end).startswith("ال") and _family_before_object(ctx, k, end, limit):
                end += 1  # الناشطة سلمى العمر الحكومة: a first name tagged alone, its family name after
            return end
        if prev_definite and k > j and e is None and _article_name(ctx, k, limit):
            return limit  # لحزب الأمة القومي الواثق البرير: a name whose words all carry ال
        if ((not ctx.ents or _untagged_name(ctx, k, e)) and prev_definite and _name_start(ctx, k) and k + 1 < limit
                and not ctx.kind(w, "medium") and verb_of(w) is None
                and not (k == j and ctx.is_stop(k))):  # لنظيرها الفرنسي: a hearer, not a name
            # (a first name may end in ي like a nisba: ليلى، سامي; an indefinite nisba does not
            # follow a definite title, and the run needs two words)
            end = _name_run(ctx, k, limit)
            if end > k + 1 and (end >= limit or ctx.is_stop(end) or _has_comma(ctx.gap(end))) and (
                    e is None or e.end <= ctx.toks[end - 1].start):
                return end
        if verb_of(w) is not None or ctx.kind(w, "medium") or ctx.kind(strip_conj(w), "medium") or w.isdigit():
            return j
        if ctx.is_stop(k) and w.startswith("ل") and k == j and (ctx.kind(w[1:], "addressee") or ctx.kind(
                "ال" + w[1:], "addressee")) and not (e is not None and e.label == "ORG" and e.end > ctx.toks[k].end):
            return j  # قال المسؤول لوكالة رويترز: an addressee, unless a longer organization name
        if ctx.is_stop(k) and w not in _TITLE_LINKS and not (
                w.startswith("ل") and k == j and not ctx.ents) and not (
                w.startswith("ل") and e is not None and e.label in ("ORG", "GPE", "LOC", "FAC")):
            return j  # لمنظمة الصحة العالمية: the title's organization, not an addressee
        prev_definite = (w.startswith(("ال", "وال", "لل")) or ")" in ctx.gap(k + 1)
                         or (e is not None and e.label in ("GPE", "LOC", "ORG") and k + 1 < len(ctx.toks)
                             and e.end <= ctx.toks[k + 1].start)) if k + 1 < len(ctx.toks) else False
        k += 1
    return j


def _untagged_name(ctx: _Ctx, k: int, e: Entity | None) -> bool:
    """With an entity layer, may an untagged run at k still be a holder's name after a title
    (الممثلة الخاصة في ليبيا هناء الطرابلسي)? Yes when no entity starts there, or a place
    entity does that the name run goes past (a first name spelled like a town)."""
    if e is None:
        return True
    return e.label in ("GPE", "LOC") and e.start == ctx.toks[k].start


def _name_run(ctx: _Ctx, k: int, limit: int, object_may_follow: bool = False) -> int:
    """End of a personal name starting at token k: name words and particles (أبو، بن، عبد)
    with a family name that may carry ال (أحمد أبو الغيط، محمد شياع السوداني). When an object
    may follow the name (دان الوزير سعيد مراد القصف), a final ال word must look like a nisba."""
    if object_may_follow and len(ctx.norm(k)) >= 5 and ctx.norm(k).endswith("ا"):
        return k  # وترأس الرئيس اجتماعا أمنيا: an indefinite accusative object, not a name
    end = k + 1
    while end < limit and end - k < 5:
        w = ctx.norm(end)
        if any(c in ctx.gap(end) for c in COMMAS + ":(") or ctx.kind(w, "medium"):
            break
        if object_may_follow and end - k >= 2 and w.endswith("ا") and len(w) >= 3:
            break  # استقبل الرئيس جوزيف عون وفدا: an indefinite accusative object
        if _name_part(ctx, end) and not ctx.is_stop(end):
            end += 1
            continue
        if (not w.startswith("ال") and ctx.head_at(end) is not None and end + 1 < limit
                and ctx.norm(end + 1) in ("عبد", "بن", "ابو") and not ctx.is_stop(end)):
            end += 1  # حسين أمير عبد اللهيان: a first name spelled like a title
            continue
        if w.startswith("ال") and (ctx.norm(end - 1) in ("ابو", "بن", "ابن", "عبد", "ال", "ام", "بنت")
                                   or (end + 1 >= limit or ctx.is_stop(end + 1))
                                   and not (object_may_follow and not _NISBA.search(w))
                                   or object_may_follow and w.endswith("ي") and len(w) > 5
                                   and ctx.entity_at(end) is None
                                   or object_may_follow and _family_before_object(ctx, k, end, limit)):
            end += 1  # التقى الوزير سالم الدوسري وفدا: a family name in ـي before the object
        break
    return end


def _family_before_object(ctx: _Ctx, k: int, end: int, limit: int) -> bool:
    """Is the ال word at ``end``, after the one-word first name at k, a family name with a
    one-word definite object after it (دان الوزير كريم الحسن القرار، معتبرا)? Not when the
    word after it is an adjective (nisba: الوفد الأمريكي; agreeing ة: مدينة الموصل القديمة) or
    it is itself a speaker head (استقبل الرئيس سعيد الوفد)."""
    obj = end + 1
    if end != k + 1 or obj >= limit or ctx.entity_at(end) is not None or ctx.head_at(end) is not None:
        return False
    o = ctx.norm(obj)
    if not o.startswith("ال") or ctx.is_stop(obj) or _NISBA.search(o) or any(c in ctx.gap(obj) for c in COMMAS):
        return False
    if ctx.norm(k).endswith("ه") and o.endswith("ه"):
        return False
    return obj + 1 >= limit or ctx.is_stop(obj + 1) or any(c in ctx.gap(obj + 1) for c in COMMAS + ".")


_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذان", "اللتان", "اللواتي", "ما", "من"})


def _adjuncts_only(ctx: _Ctx, i: int, j: int) -> bool:
    """A far complementizer (more than LONG_SUBJECT tokens after the cue, no comma) still
    belongs to the cue when a speaker phrase ends early and only adjuncts follow it (في تغريدة
    على حسابه في منصة إكس مساء أمس): no relative clause, which would own the أن."""
    a = _subject_start(ctx, i + 1, j)
    b = _subject_span(ctx, a, j) if a < j else a
    if b == a or b - i > LONG_SUBJECT:
        return False
    return not any(strip_conj(ctx.norm(k)) in _RELATIVES for k in range(b, j))


def _name_after_org(ctx: _Ctx, k: int, limit: int) -> bool:
    """Token k is a one-word organization followed by a personal name (a PERSON entity or two
    name-like words), as in ``القيادي في حماس سامي أبو زهري``."""
    if k + 1 >= limit or ctx.is_stop(k) or ctx.kind(ctx.norm(k), "medium"):
        return False
    e = ctx.entity_at(k + 1)
    if e is not None and e.label == "PERSON":
        return True
    if ctx.ents:
        return False  # with entities, trust them
    return (k + 2 < limit and _name_like(ctx, k + 1) and _name_part(ctx, k + 2)
            and not any(ctx.kind(ctx.norm(x), "medium") for x in (k + 1, k + 2)))


def _relative_antecedent(ctx: _Ctx, i: int) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun before the cue refers to: ``الوزارة، التي قالت إن``."""
    r = i - 1
    if r < 1 or not ctx.same_sentence(r, i) or ctx.norm(r) not in ("التي", "الذي", "الذين", "اللذان", "اللتان"):
        return None
    end = r
    s = r - 1
    while s >= 0 and ctx.same_sentence(s, i) and end - s <= 4:
        w = strip_conj(ctx.norm(s))
        if ctx.is_stop(s) or (s + 1 < end and any(c in ctx.gap(s + 1) for c in COMMAS + ".:")):
            break
        if s < end - 1 and not (w.startswith("ال") or ctx.head_at(s) is not None or ctx.entity_at(s) is not None):
            break  # وردت الوزارة، التي: the verb before the noun phrase is not part of it
        s -= 1
    s += 1
    return (s, end) if end > s else None


# words that open a clause before its fronted subject (لكن ناشطين قالوا، بينما المعارضة تقول)
_CONNECTORS = frozenset({"لكن", "ولكن", "بينما", "فيما", "حين", "اما"})


def _pre_subject(ctx: _Ctx, i: int) -> tuple[int, int] | None:
    """A subject written before its verb: ``وكانت الوزارة قد أعلنت``, ``الرئيس قال إن``,
    ``...، وإسرائيل تقول إن``: from the clause start (sentence start or comma) to the verb."""
    if ctx.norm(i)[:1] in CONJ and ctx.lex.verbs.get(ctx.norm(i)) is None:
        return None
    j = i - 1
    if j >= 0 and ctx.norm(j) in ("قد", "لقد", "فقد") and ctx.same_sentence(j, i):
        j -= 1
    end = j + 1
    s = end
    k = j
    while True:
        if k < 0 or not ctx.same_sentence(k, i) or end - k > 8:
            return None
        w = strip_conj(ctx.norm(k))
        if w in ("كان", "كانت", "كانوا", "يكون", "تكون"):
            return (k + 1, end) if end > k + 1 else None
        if w in _CONNECTORS and k < end:
            s = k + 1  # ...، لكن ناشطين قالوا إن: the connector opens the clause, not the subject
            break
        if ctx.is_stop(k):
            return None
        s = k
        if k == 0 or not ctx.same_sentence(k - 1, i) or any(c in ctx.gap(k) for c in COMMAS + ".:\n"):
            break
        k -= 1
    if s >= end:
        return None
    first = ctx.head_at(s)
    if first is None and ctx.norm(s).endswith("ا") and s > 0 and strip_conj(ctx.norm(s - 1)) in _CONNECTORS:
        hs = ctx.lex.heads.get(ctx.norm(s)[:-1])  # لكن سكانا قالوا: the accusative after لكنّ
        first = (hs[0], 1) if hs else None
    e = ctx.entity_at(s)
    if (first is not None and first[0].cls not in ("data", "document", "quantifier")) or (
            e is not None and e.label in AGENTS):
        return s, end
    return None


# --- content ---------------------------------------------------------------------------------


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1] in TRAIL:
        e -= 1
    # drop a closing quote mark whose opener is not in the content
    while e > s and text[e - 1] in "»”\"" and not any(c in text[s:e - 1] for c in OPENERS + "”"):
        e -= 1
        while e > s and text[e - 1] in TRAIL:
            e -= 1
    return s, e


def _clause_end(ctx: _Ctx, first: int, limit_pos: int) -> int:
    """Where an indirect clause starting at token ``first`` ends: the sentence end, or a comma
    before a writer's clause (لكن، في محاولة) or before a new cue; فيما/بينما/في حين only when a
    new clause of the writer follows (a subject and its verb), with or without a comma; a
    writer's gloss right after a closing quote mark (» في إشارة إلى)."""
    j = first + 1
    norms = ctx.norms
    while j < len(ctx.toks) and ctx.toks[j].start < limit_pos:
        g = ctx.gap(j)
        # (the set tests: this runs for every word of every indirect clause)
        contrast = _contrast_len(ctx, j) if norms[j] in _CONTRAST_FIRST else 0
        if contrast:
            if _writer_clause_after(ctx, j + contrast) or (_has_comma(g) and _new_subject_after(ctx, j + contrast)):
                return _end_before(ctx, j, limit_pos)
        elif _has_comma(g):
            if ctx.phrase_at(j, "break") or _cue_starts_clause(ctx, j) or _participle_clause(ctx, j) or (
                    not _CLOSING_MARKS.isdisjoint(g) and strip_conj(ctx.norm(j)) in _QUOTE_GLOSS) or (
                    ctx.norm(j)[:1] == "و" and _sourced_clause(ctx, j, limit_pos)) or _pronoun_gloss(ctx, j):
                return _end_before(ctx, j, limit_pos)
        elif not _CLOSING_MARKS_STRAIGHT.isdisjoint(g) and (
                ctx.phrase_at(j, "break") or ctx.phrase_at(j, "according") or _is_gloss(ctx, j)):
            return _end_before(ctx, j, limit_pos)
        elif ctx.norms[j][:1] == "و" and _coordinated_cue(ctx, j):
            return _end_before(ctx, j, limit_pos)
        j += 1
    return limit_pos


_GLOSS_PRONOUNS = frozenset({"وهي", "وهو", "وهم", "وهما"})


def _pronoun_gloss(ctx: _Ctx, j: int) -> bool:
    """``، وهي زيادة تطالب بها النقابات``: after a comma, و + a pronoun + an indefinite noun is
    the writer naming what was just reported (an apposition), not the speaker going on
    (وهي بحاجة إلى، وهو يعاني: a preposition or a verb continues the statement)."""
    if ctx.norm(j) not in _GLOSS_PRONOUNS or j + 1 >= len(ctx.toks) or not ctx.same_sentence(j, j + 1):
        return False
    w = ctx.norm(j + 1)
    if len(w) < 3 or w.startswith("ال") or w[0] in "بلك" or _verb_like(ctx, j + 1) or verb_of(w) is not None:
        return False
    return w not in ("ما", "من", "في", "علي", "الي", "عن", "مع", "قد", "لن", "لم", "لا", "ليس", "ليست", "غير")


def _coordinated_cue(ctx: _Ctx, j: int) -> bool:
    """``إن المفاوضات مستمرة وأكد رئيس الوفد أن``: و + a past cue + its own subject (a head or a
    name) + a complementizer, with no comma before: a new statement."""
    v = verb_of(ctx.norms[j])
    if v is None or v.tense != "past" or v.passive or j + 2 >= len(ctx.toks):
        return False
    if ctx.head_at(j + 1) is None and (ctx.entity_at(j + 1) is None or ctx.entity_at(j + 1).label not in AGENTS):  # type: ignore[union-attr]
        return False
    for k in range(j + 2, min(j + 10, len(ctx.toks))):
        if not ctx.same_sentence(j, k) or _has_comma(ctx.gap(k)):
            return False
        if ctx.complementizer(k, v):
            return True
    return False


def _sourced_clause(ctx: _Ctx, j: int, limit_pos: int) -> bool:
    """``، وأصيب 20 شخصا ... بحسب مصادر طبية``: a coordinated clause with a source phrase of its
    own (before the next comma) is the writer's, vouched for by that source."""
    according = ctx.lex.openers.get("according", _EMPTY)
    norms, bares, toks = ctx.norms, ctx.bares, ctx.toks
    for k in range(j + 1, min(j + 16, len(toks))):
        if toks[k].start >= limit_pos:
            return False
        if norms[k] in according or bares[k] in according:
            return bool(ctx.phrase_at(k, "according")) and _coordinated_verb(ctx, j)
        if toks[k].start > toks[k - 1].end and _has_comma(ctx.gap(k)):
            return False
    return False


def _end_before(ctx: _Ctx, j: int, limit_pos: int) -> int:
    end = ctx.toks[j - 1].end
    while end < limit_pos and ctx.doc.text[end] in "»”\"":
        end += 1  # keep the closing mark of a quote the clause ends with
    return end


_CONTRAST = frozenset({"فيما", "بينما", "وبينما"})
_CONTRAST_FIRST = _CONTRAST | {"في", "وفي"}  # the words a _contrast_len phrase can start with
_CLOSING_MARKS = frozenset("»”")
_CLOSING_MARKS_STRAIGHT = frozenset("»”\"")
_FIMA_NOT = frozenset({"يتعلق", "يخص", "بعد", "بين", "بينها", "بينهم", "بينهما", "اذا", "عدا", "يلي", "يبدو",
                       "يتصل", "يختص"})


def _contrast_len(ctx: _Ctx, j: int) -> int:
    """Tokens of فيما/بينما/في حين (أن) at j, else 0 (فيما يتعلق، فيما بعد are not clauses)."""
    w = ctx.norm(j)
    n = 0
    if w in _CONTRAST:
        n = 1
    elif w in ("في", "وفي") and j + 1 < len(ctx.toks) and ctx.norm(j + 1) == "حين":
        n = 2
    if not n or j + n >= len(ctx.toks) or not ctx.same_sentence(j, j + n):
        return 0
    if ctx.norm(j + n) in _FIMA_NOT:
        return 0
    if ctx.norm(j + n) in ("ان", "انه", "انها"):
        n += 1 if ctx.norm(j + n) == "ان" else 0
    return n


def _verb_like(ctx: _Ctx, k: int) -> bool:
    """A finite verb by its shape: a reporting verb or an imperfect (يـ/تـ, no article)."""
    w = strip_conj(ctx.norm(k))
    return verb_of(ctx.norm(k)) is not None or (len(w) >= 4 and w[0] in "يت" and not w.startswith("تم"))


def _np_start(ctx: _Ctx, k: int) -> bool:
    e = ctx.entity_at(k)
    return (e is not None and e.label in AGENTS) or (ctx.head_at(k) is not None
                                                     and ctx.head_at(k)[0].cls not in ("data", "quantifier"))  # type: ignore[index]


def _writer_clause_after(ctx: _Ctx, k: int) -> bool:
    """After فيما/بينما/في حين: a new clause with its own subject (أعلنت الحكومة، الجيش يقول،
    قال المتحدث), not a continuation of the reported statement (فيما أصيب عشرة آخرون)."""
    toks = ctx.toks
    if k >= len(toks) or not ctx.same_sentence(k - 1, k):
        return False
    if verb_of(ctx.norm(k)) is not None:
        return True
    if any(_speakers_own(ctx, x) for x in range(k, min(k + 3, len(toks))) if ctx.same_sentence(k, x)):
        return False  # فيما تعمل قواتنا/حكومته على ...: the speaker's side, still reported
    if _np_start(ctx, k):
        return any(_verb_like(ctx, x) for x in range(k + 1, min(k + 4, len(toks))) if ctx.same_sentence(k, x))
    return _verb_like(ctx, k) and k + 1 < len(toks) and ctx.same_sentence(k, k + 1) and _np_start(ctx, k + 1)


def _new_subject_after(ctx: _Ctx, k: int) -> bool:
    """After a comma and فيما/بينما/في حين: an imperfect verb and a definite subject (يواصل
    العمال، تتواصل الاحتجاجات) or the reverse (العمال يواصلون): the writer's new clause. Not a
    count (فيما يرقد العشرات) nor the speaker's own side (فيما تواصل قواتنا)."""
    toks = ctx.toks
    if k + 1 >= len(toks) or not ctx.same_sentence(k - 1, k + 1):
        return False
    if _speakers_own(ctx, k) or _speakers_own(ctx, k + 1):
        return False
    w0, w1 = strip_conj(ctx.norm(k)), ctx.norm(k + 1)

    def subject(x: int, w: str) -> bool:
        return w.startswith("ال") and len(w) > 3 and not _document_head(ctx, x)

    imperfect0 = len(w0) >= 4 and w0[0] in "يت" and not w0.startswith("تم")
    imperfect1 = len(w1) >= 4 and w1[0] in "يت" and not w1.startswith("تم")
    return (imperfect0 and subject(k + 1, w1)) or (subject(k, ctx.norm(k)) and imperfect1)


# after a partial quote and a comma, the writer explaining it (»، ومنها قانون ...، »، أي ...)
_QUOTE_GLOSS = frozenset({"منها", "منهم", "من", "التي", "الذي", "الذين", "هي", "هو", "يقصد", "تقصد", "يعني",
                          "اي", "بما", "بينها", "خاصه", "لاسيما"})


def _participle_clause(ctx: _Ctx, j: int) -> bool:
    """After a comma, a circumstantial participle of another act of the speaker (داعيا إلى،
    مطالبة بـ، معربا عن): the statement has ended. Shape: an accusative participle (مـ...ا/ة or
    فاعلا) before a preposition; not the masdar مقارنة ("compared with")."""
    w = ctx.norm(j)
    if len(w) < 5 or not w.endswith(("ا", "ه")) or w in _NOT_PARTICIPLE or j + 1 >= len(ctx.toks):
        return False
    if not (w[0] == "م" or (w[1] == "ا" and len(w) == 5)):
        return False
    nxt = ctx.norm(j + 1)
    return ctx.same_sentence(j, j + 1) and (nxt in ("الي", "علي", "عن", "من", "في")
                                            or (nxt[:1] == "ب" and len(nxt) > 3))


_NOT_PARTICIPLE = frozenset({"مقارنه", "مجددا", "مؤخرا", "مسبقا", "مطلقا", "معا", "مباشره", "مثلا", "ماضيه"})


def _speakers_own(ctx: _Ctx, k: int) -> bool:
    """Token k names the speaker's own side: we (نحن، قواتنا) or his/her body (حكومته، بلادها)."""
    w = strip_conj(ctx.norm(k))
    if w in ("نحن", "اننا", "انا") or (w.endswith("نا") and len(w) > 4 and w[:-2] in _OWN_SIDE):
        return True
    return any(w.endswith(suf) and w[:-len(suf)] in _OWN_SIDE for suf in ("ه", "ها", "هم"))


# nouns for the speaker's own side with a possessive pronoun (بلاده، حكومتها، قواتنا)
_OWN_SIDE = frozenset({"بلاد", "حكومت", "قوات", "وزارت", "دولت", "جيش", "حزب", "حركت", "ادارت", "قياد",
                       "شعب", "مؤسست", "منظمت", "اجهز", "فرق", "وفد"})
_GLOSS = frozenset({"وذلك", "في اشاره", "علي حد", "حسب تعبيره", "بحسب تعبيره", "وفق تعبيره"})


def _is_gloss(ctx: _Ctx, j: int) -> bool:
    """A writer's comment opening right after a quote: وذلك، في إشارة، خلال مؤتمر، مضيفا."""
    w = ctx.norm(j)
    two = w + " " + ctx.norm(j + 1) if j + 1 < len(ctx.toks) else w
    if w in _GLOSS or two in _GLOSS:
        return True
    v = verb_of(w)
    if v is not None and v.tense == "participle":
        return True
    return w in ("خلال", "في", "عبر", "اثناء") and j + 1 < len(ctx.toks) and (
        ctx.kind(ctx.norm(j + 1), "medium") or ctx.kind(strip_conj(ctx.norm(j + 1)), "medium"))


def _cue_starts_clause(ctx: _Ctx, j: int) -> bool:
    """After a comma: a new cue (وأضاف، مشيرا، بحسب) or a subject and its cue (وإسرائيل تقول إن)."""
    v = verb_of(ctx.norm(j))
    if v is not None:
        return True
    if ctx.phrase_at(j, "according") > 0:
        return True
    for k in range(j + 1, min(j + 4, len(ctx.toks) - 1)):
        if not ctx.same_sentence(j, k + 1) or _has_comma(ctx.gap(k)):
            return False
        if verb_of(ctx.norm(k)) is not None and ctx.complementizer(k + 1, verb_of(ctx.norm(k))):
            return True
        if ctx.norm(k) in ("قد", "فقد") and strip_conj(ctx.norm(j)) in _KANA_FORMS and verb_of(ctx.norm(k + 1)):
            return True  # ، وكانت الحكومة قد أعلنت ...: the writer's background, another report
    return False


_KANA_FORMS = frozenset({"كان", "كانت"})


def _quote_content(ctx: _Ctx, q: Quote) -> tuple[int, int]:
    return _trim(ctx.doc.text, *q.inner)


# --- the passes ------------------------------------------------------------------------------


def _emit(ctx: _Ctx, kind: str, cue: tuple[int, int], speaker: Speaker | None, content: tuple[int, int],
          explicit: bool, para: int, gender: str | None = None, number: str | None = None) -> None:
    text = ctx.doc.text
    cs, ce = content
    if ce <= cs or (cs, ce) in ctx.used_content:
        return
    if ctx.doc.is_set_aside(cs, ce) or ctx.doc.is_set_aside(*cue):
        return
    ctx.used_content.add((cs, ce))
    if kind == "direct" and any(q.open < cs and not q.closed and q.close >= ce for q in ctx.quotes):
        ctx.open_quote = (speaker, para)  # the quote goes on in the next paragraph
    elif kind == "direct":
        ctx.open_quote = None
    ctx.out.append((cue[0], Attribution(
        kind=kind,  # type: ignore[arg-type]
        cue=Span.of(text, *cue),
        speaker=speaker,
        content=Span.of(text, cs, ce),
    )))
    if speaker is not None and explicit:
        ctx.sent_speaker.setdefault(ctx.sent_of[max(bisect.bisect_right(ctx.tok_starts, cue[0]) - 1, 0)], speaker)
    if speaker is not None and explicit and not ctx.inside_quote(cue[0]):
        ctx.last = speaker.model_copy()
        ctx.last.resolved_from = None
        ctx.last_para = para
        ctx.history.append((ctx.last, gender, _guess_number(ctx, ctx.last) if number is not None else None))


def _verb_cue(ctx: _Ctx, i: int, verb: VerbForm, object_suffix: bool = False) -> int:
    """Handle the reporting verb at token i; returns the token index to continue from.
    ``object_suffix``: the verb carries its object (ووصفه), so all before the complementizer
    is the subject."""
    text = ctx.doc.text
    toks = ctx.toks
    n = len(toks)
    cue = (ctx.conj_free_start_word(i) if object_suffix else ctx.conj_free_start(i), toks[i].end)
    para = ctx.para_of(toks[i].start)
    mode = ""
    pos = -1  # colon / quote position
    comp_j = -1
    comp_len = 0
    relay_j = -1
    j = i + 1
    # ctx.same_sentence, ctx.gap, ctx.norm and ctx.kind inlined: this walks every word of
    # every cue's subject phrase
    sent_of, norms, bares = ctx.sent_of, ctx.norms, ctx.bares
    sent = sent_of[i]
    condition_words = ctx.lex.markers.get("condition", _EMPTY)
    governor = ctx.m_governor
    complementizers = ctx.m_complementizer
    while j < n and j - i <= MAX_SUBJECT and sent_of[j] == sent:
        g = text[toks[j - 1].end:toks[j].start]
        if ":" in g:
            mode, pos = "colon", toks[j - 1].end + g.index(":")
            break
        op = ctx.opening_mark(g, toks[j - 1].end)
        if op >= 0 and (nj := _quoted_name_end(ctx, toks[j - 1].end + op, i)) > j:
            j = nj  # ونقلت صحيفة "النهار" عن ...: a quoted name inside the subject phrase
            continue
        if op >= 0 and _quote_follows_subject(ctx, i, j):
            mode, pos = "quote", toks[j - 1].end + op
            break
        w = norms[j]
        # (complementizer gives 0 unless the word is one, or a preposition the verb takes before one)
        c = ctx.complementizer(j, verb) if w == "ان" or w in complementizers or w in verb.preps else 0
        if not c and w == "كيف" and verb.lemma in _NARRATE and j > i + 1:
            mode, comp_j, comp_len = "comp", j, 0  # روى الناجي كيف انهار المبنى: the account
            break
        if c:
            if j - i > LONG_SUBJECT and not _has_comma(g) and not _adjuncts_only(ctx, i, j):
                break
            mode, comp_j, comp_len = "comp", j, c
            break
        if w in condition_words or bares[j] in condition_words:  # (bares: strip_conj of each word)
            # شريطة عدم الكشف عن هويته: skip the phrase (its ذكر/كشف are not cues)
            k = j + 1
            while k < n and k - j < 8 and ctx.same_sentence(i, k) and not _CONDITION_END.match(ctx.norm(k)):
                k += 1
            if k < n and k - j < 8 and ctx.same_sentence(i, k):
                j = k + 1
                continue
        if w in ("ويدعي", "وتدعي", "واسمه", "واسمها") and _has_comma(g):
            j += 1  # أحد التجار، ويدعى آدم: an apposition naming the speaker
            continue
        if w in ("يدعي", "تدعي") and j > i + 1 and not _has_comma(g) and j + 1 < n and ctx.same_sentence(j, j + 1) \
                and _name_start(ctx, j + 1) and verb_of(ctx.norm(j - 1)) is None \
                and ctx.norm(j - 1) not in _RELATIVES:
            j += 1  # مسؤول محلي يدعى حسن البكري: "named", not "claims"
            continue
        if (w == "نقلا" and relay_j < 0 and j + 2 < n and ctx.norm(j + 1) == "عن" and j > i + 1
                and ctx.same_sentence(j, j + 2) and not verb.passive and verb.tense != "participle"):
            relay_j = j  # ذكرت الوكالة نقلا عن وزارة الداخلية أن: the one quoted after عن speaks
            j += 2
            continue
        v2 = verb_of(w)
        if v2 is not None and not (v2.tense == "participle" and v2.lemma == "قال"
                                   and not _has_comma(g)):
            break
        if w in governor and j + 1 < n and norms[j + 1] in ("ان",):
            j += 2
            continue
        j += 1
    if not mode and j < n and j - i <= MAX_SUBJECT and not ctx.same_sentence(i, j):
        # the sentence ended: a colon or a quote right at its end still counts
        g = ctx.gap(j)
        if ":" in g:
            mode, pos = "colon", toks[j - 1].end + g.index(":")
    if verb.family == "describe" and (mode == "colon" or mode == "quote" and strip_conj(ctx.norm(j - 1)) != "ب"):
        return i + 1  # وصف المكان: a heading; وصف takes بأنه or بـ«...»
    region_end = comp_j if mode == "comp" else j
    if mode == "quote" and pos >= 0:
        # the quote mark sits in the gap before token j: the subject ends at j-1
        region_end = j
    elif mode == "colon":
        region_end = j
    # content
    content: tuple[int, int] | None = None
    kind = "indirect"
    if mode == "comp":
        first = comp_j + comp_len
        if first >= n:
            return i + 1
        g = ctx.gap(first)
        op = ctx.opening_mark(g, toks[first - 1].end)
        if op >= 0:
            q = ctx.quote_by_open[toks[first - 1].end + op]
            content, kind = _quote_content(ctx, q), "direct"
            # «...» followed by more of the sentence is a partial quote: indirect
            rest = text[q.close + 1:ctx.sentence_end(first)].strip(" .»”\"")
            after_q = bisect.bisect_left(ctx.tok_starts, q.close + 1)
            if rest and q.closed and rest[0] not in COMMAS and not (
                    after_q < n and (ctx.phrase_at(after_q, "break") or ctx.phrase_at(after_q, "according")
                                     or _is_gloss(ctx, after_q) or _contrast_len(ctx, after_q))):
                end = _clause_end(ctx, first, ctx.sentence_end(first))
                content, kind = _trim(text, toks[first].start if op < 0 else q.open, end), "indirect"
        else:
            end = _clause_end(ctx, first, ctx.sentence_end(first))
            if i > 0 and ctx.norm(i - 1) in ("التي", "الذي", "الذين"):
                # a relative clause ends at the next comma: the main clause follows (ومنذ بدء
                # العملية التي قالت إسرائيل إنها تستهدف المسلحين، قتل 45 شخصا)
                nxt = next((k for k in range(first + 1, n) if toks[k].start < end
                            and _has_comma(ctx.gap(k))), None)
                if nxt is not None:
                    end = toks[nxt - 1].end
            content = _trim(text, toks[first].start, end)
    elif mode == "colon":
        k = pos + 1
        while k < len(text) and text[k].isspace():
            k += 1
        if k < len(text) and k in ctx.quote_by_open:
            content, kind = _quote_content(ctx, ctx.quote_by_open[k]), "direct"
        else:
            after = bisect.bisect_left([t.start for t in toks], k)
            if after >= n or text[pos:toks[after].start].count("\n"):
                return i + 1
            content, kind = _trim(text, toks[after].start, ctx.sentence_end(after)), "direct"
    elif mode == "quote":
        content, kind = _quote_content(ctx, ctx.quote_by_open[pos]), "direct"
    else:
        # quote first: «...»، قال فلان
        g = ctx.gap(i)
        m = re.fullmatch(r"[.!?؟…]*([»”\"])[ \t]*[،,]?[ \t]*", g)
        qf = ctx.quote_by_close.get(toks[i - 1].end + g.index(m.group(1))) if i > 0 and m else None
        if qf is None or verb.tense == "participle":
            # أعلن الجيش مقتل ثلاثة جنود، نفت الوزارة الاتهامات: a noun-phrase object
            obj = _np_object(ctx, i, verb, j)
            if obj is None:
                return i + 1
            region_end, content = obj
        else:
            content, kind = _quote_content(ctx, qf), "direct"
            region_end = min(j, n)
            k = i + 1
            while k < region_end and ctx.same_sentence(i, k):
                k += 1
            region_end = k
    if mode == "quote" and verb.family == "accuse" and _charge_quote(ctx, j):
        return _accusation(ctx, i, verb, cue, j, para)
    # speaker
    condition = _condition(ctx, i + 1, region_end)
    speaker: Speaker | None = None
    explicit = False
    a = _subject_start(ctx, i + 1, region_end)
    if verb.tense == "participle":
        # ونفى المصدر الاتهام، مؤكدا أن ...: the participle shares its sentence's subject
        own = ctx.sent_speaker.get(ctx.sent_of[i])
        clause = _contrast_subject(ctx, i)
        if clause is not None:
            # اتهمت الحركة الجيش، فيما نفى متحدث باسم الجيش ذلك، معتبرا أن: the participle
            # shares the subject of the nearest clause, opened by فيما/بينما/في حين
            speaker = _speaker(ctx, _analyze(ctx, *clause), None)
            speaker.resolved_from = toks[i].text
            explicit = True
        elif own is not None:
            speaker = own.model_copy()
            speaker.resolved_from = toks[i].text
        else:
            lead = _sentence_subject(ctx, i)
            if lead is not None:
                speaker = _speaker(ctx, _analyze(ctx, *lead), None)
                speaker.resolved_from = toks[i].text
                explicit = True  # a speaker named in this sentence: later carry-overs go to it
            else:
                speaker = _carry(ctx, i, toks[i].text, verb.gender, verb.number) if ctx.last_para == para else None
    elif verb.passive:
        speaker = None
    else:
        b = _subject_span(ctx, a, region_end) if a < region_end else a
        if verb.family in OBJECT_FAMILIES and not object_suffix and b - a > 1 and b >= region_end - 1:
            b = _np_end(ctx, a, b)  # ووصف الوزير الهجوم بأنه: the object follows the subject
        # نقلت الصحيفة عن مصدر قوله إن: the one quoted is the source after عن
        if verb.lemma == "نقل" and b < region_end - 1 and ctx.norm(b) == "عن":
            a, b = b + 1, _subject_span(ctx, b + 1, region_end)
        elif relay_j >= 0 and mode and relay_j + 2 < region_end:
            a, b = relay_j + 2, _subject_span(ctx, relay_j + 2, region_end)
            ctx.skip.add(relay_j)
        if b > a and not ctx.kind(ctx.norm(a), "pronoun"):
            speaker = _speaker(ctx, _analyze(ctx, a, b), condition)
            explicit = True
        else:
            pre = _pre_subject(ctx, i) or _relative_antecedent(ctx, i)
            if b == a and pre is None and verb.tense == "present" and ctx.kind(strip_conj(ctx.norm(i)), "impersonal"):
                return i + 1  # يذكر أن ...: the writer's aside, not reported speech
            coordinated = (ctx.norm(i)[:1] in CONJ and ctx.lex.verbs.get(ctx.norm(i)) is None) or any(
                c in ctx.gap(i) for c in COMMAS)
            if (pre is None and coordinated and not ctx.inside_quote(toks[i].start)
                    and not ctx.kind(ctx.norm(a) if a < n else "", "pronoun")):
                pre = _sentence_subject(ctx, i)  # وتبنى المتحدث الهجوم، وقال إن
            if (pre is None and not coordinated and i > 0 and ctx.same_sentence(i - 1, i)
                    and ctx.norm(i - 1) in _STEP_NOUNS and not ctx.inside_quote(toks[i].start)):
                pre = _sentence_subject(ctx, i)  # أعلنت الحكومة ...، في خطوة قالت إنها
            if pre is not None:
                speaker = _speaker(ctx, _analyze(ctx, *pre), condition)
                explicit = True
            else:
                anaphor = ctx.toks[a].text if a < n and ctx.kind(ctx.norm(a), "pronoun") else toks[i].text
                speaker = _carry(ctx, i, anaphor, verb.gender if verb.number == "sg" else None, verb.number)
    if content is None or (speaker is None and verb.family == "write"):
        return i + 1  # لافتات كتب عليها «...»: a written text with no writer is not a quote
    _emit(ctx, kind, cue, speaker, content, explicit, para, verb.gender if verb.number == "sg" else None,
          verb.number if verb.lemma != "masdar" else None)
    return i + 1


def _charging_cue(ctx: _Ctx, i: int, verb: VerbForm) -> int:
    """نعت/طالب X Y بـ«...»، حمّل X Y مسؤولية «...»: verbs that are speech only with a quoted
    charge (bare, نعت is also "mourned", حمل "carried", طالب "student"), so they are not in the
    cue lexicon and are read here only when the quote follows within the clause."""
    toks = ctx.toks
    cue = (toks[i].start + (ctx.norm(i) not in _CHARGING_BARE), toks[i].end)
    for j in range(i + 2, min(i + 14, len(toks))):
        if not ctx.same_sentence(i, j) or _has_comma(ctx.gap(j)) or verb_of(ctx.norm(j)) is not None:
            break
        g = ctx.gap(j)
        if not any(toks[j - 1].end + k in ctx.quote_by_open for k, c in enumerate(g) if c in QUOTE_CHARS):
            continue
        if verb.lemma == "حمل":
            if strip_conj(ctx.norm(j - 1)) not in ("مسؤوليه", "مسؤوليات", "المسؤوليه") or j - 1 <= i + 1:
                break
            return _accusation(ctx, i, verb, cue, j, ctx.para_of(toks[i].start), j - 1)
        if _charge_quote(ctx, j):
            return _accusation(ctx, i, verb, cue, j, ctx.para_of(toks[i].start))
        break
    return i + 1


def _skip_adjunct(ctx: _Ctx, k: int, limit: int) -> int:
    """Past an adjunct between the subject and the object (، في مؤتمر صحفي، / في بيانها)."""
    start = k
    if k < limit and ctx.norm(k) in ("في", "خلال", "عبر", "امام") and k + 1 < limit:
        k += 2
        while k < limit and (_NISBA.search(ctx.norm(k)) or ctx.kind(ctx.norm(k), "medium")) and not _has_comma(ctx.gap(k)):
            k += 1
        if k < limit and (_has_comma(ctx.gap(k)) or k - start <= 4):
            return k
        return start
    return k


def _opens_sentence(ctx: _Ctx, i: int) -> bool:
    """The verb at i opens its sentence (only a conjunction before it)."""
    return i == 0 or not ctx.same_sentence(i - 1, i)


def _one_entity(ctx: _Ctx, a: int, b: int) -> bool:
    e = ctx.entity_at(a)
    return e is not None and e.start <= ctx.toks[a].start + 1 and e.end >= ctx.toks[b - 1].end


def _charging_forms() -> dict[str, VerbForm]:
    """Third-person past/present and participle forms of نعت، طالب، حمّل (normalized)."""
    out: dict[str, VerbForm] = {}
    for lemma, past, pres, part in (("نعت", "نعت", "نعت", "ناعت"), ("طالب", "طالب", "طالب", "مطالب"),
                                    ("حمل", "حمل", "حمل", "محمل")):
        def add(w: str, tense: str, g: str, n: str, lemma: str = lemma) -> None:
            out.setdefault(w, VerbForm(lemma, "accuse", tense, g, n, frozenset(), False))
        add(past, "past", "m", "sg")
        add(past + "ت", "past", "f", "sg")
        add(past + "وا", "past", "m", "pl")
        add("ي" + pres, "present", "m", "sg")
        add("ت" + pres, "present", "f", "sg")
        add("ي" + pres + "ون", "present", "m", "pl")
        add(part + "ا", "participle", "m", "sg")
        add(part + "ه", "participle", "f", "sg")
        add(part + "ين", "participle", "m", "pl")
    return {**out, **{"و" + k: v for k, v in out.items()}}


_CHARGING = _charging_forms()
_CHARGING_BARE = frozenset(k for k in _CHARGING if not k.startswith("و") or k[1:] not in _CHARGING)


def _accusation(ctx: _Ctx, i: int, verb: VerbForm, cue: tuple[int, int], j: int, para: int,
                charge: int = -1) -> int:
    """اتهم X Y بـ«...»: X (the subject) accuses, Y (the object) is accused; the content is the
    object and its charge, as reported speech (indirect). With one noun phrase before the charge
    (واتهم إسرائيل بـ«...»، متهما الحركة بـ«...») that phrase is the object and the accuser is
    the subject of the sentence or the last speaker."""
    toks = ctx.toks
    if charge < 0:
        charge = j - 1
    while charge > i + 1 and not ctx.norm(charge).startswith("ب") and strip_conj(ctx.norm(charge)) not in (
            "مسؤوليه", "مسؤوليات"):
        charge -= 1  # بالسعي إلى «...»: back to the ب word
    a = _subject_start(ctx, i + 1, charge)
    if a >= charge:
        return i + 1
    speaker: Speaker | None = None
    explicit = False
    obj = a
    if verb.tense != "participle":
        e1 = _np_end(ctx, a, charge)
        if e1 >= charge and charge - a >= 2 and _opens_sentence(ctx, i) and not _one_entity(ctx, a, charge):
            e1 = charge - 1  # نعت رئيس الحزب خصومه بـ«...»: an opening verb has its subject, then the object
        if a < e1 < charge and not ctx.kind(ctx.norm(a), "pronoun"):
            speaker = _speaker(ctx, _analyze(ctx, a, e1), _condition(ctx, i + 1, charge))
            explicit, obj = True, e1
    if speaker is None:
        own = ctx.sent_speaker.get(ctx.sent_of[i])
        lead = _sentence_subject(ctx, i) if own is None else None
        if own is not None:
            speaker = own.model_copy()
        elif lead is not None:
            speaker = _speaker(ctx, _analyze(ctx, *lead), None)
        else:
            speaker = _carry(ctx, i, toks[i].text, verb.gender if verb.number == "sg" else None, verb.number) \
                if ctx.last_para == para else None
        if speaker is not None:
            speaker.resolved_from = toks[i].text
    obj = _skip_adjunct(ctx, obj, charge)
    end = _clause_end(ctx, obj, ctx.sentence_end(obj))
    _emit(ctx, "indirect", cue, speaker, _trim(ctx.doc.text, toks[obj].start, end), explicit, para,
          verb.gender if verb.number == "sg" else None, verb.number)
    return i + 1


# normalized lemmas of cues that may report with a noun-phrase object (أعلن مقتل، نفى الاتهامات)
_NP_OBJECT_VERBS = frozenset({"اعلن", "نفي", "اكد"})


def _np_object(ctx: _Ctx, i: int, verb: VerbForm, j: int) -> tuple[int, tuple[int, int]] | None:
    """(object token, content span) when the cue at i reports with a noun-phrase object from the
    ``np_object`` lexicon (verbal nouns of casualties and arrests, accusations, responsibility)."""
    if verb.lemma not in _NP_OBJECT_VERBS or verb.passive:
        return None
    if i > 0 and strip_conj(ctx.norm(i - 1)) in ("لم", "لا", "لن", "ما", "لما") and ctx.same_sentence(i - 1, i):
        return None  # ولم يعلن أحد مسؤوليته: nothing was stated
    n = len(ctx.toks)
    lim = i + 1
    while lim < min(j + 1, n) and ctx.same_sentence(i, lim):
        lim += 1
    if verb.tense == "participle":
        b = i + 1
    else:
        a = _subject_start(ctx, i + 1, lim)
        if a >= lim:
            return None
        b = a if _is_np_object(ctx, a) else _np_end(ctx, a, lim)
        b = next((k for k in range(a + 1, b) if _is_np_object(ctx, k)), b)  # نفى الوزير صحة ...: not a name
    if b >= lim or not ctx.same_sentence(i, b) or not _is_np_object(ctx, b) or any(
            c in ctx.gap(b) for c in COMMAS + ":"):
        return None
    end = _clause_end(ctx, b, ctx.sentence_end(b))
    return b, _trim(ctx.doc.text, ctx.toks[b].start, end)


def _is_np_object(ctx: _Ctx, k: int) -> bool:
    w = strip_conj(ctx.norm(k)) if ctx.norm(k)[:1] == "و" and len(ctx.norm(k)) > 4 else ctx.norm(k)
    return ctx.kind(w, "np_object")


def _np_end(ctx: _Ctx, a: int, limit: int) -> int:
    """End of a speaker noun phrase starting at token a when nothing marks its end (the object
    follows it directly): head or entity, its idafa, nisba adjectives and a following name."""
    e = ctx.entity_at(a)
    if e is not None and e.start <= ctx.toks[a].start + 2:
        j = a
        while j < limit and ctx.toks[j].start < e.end:
            if j > a + 1 and ctx.norm(j - 1).startswith("ال") and not ctx.norm(j).startswith("ال") \
                    and (hj := ctx.head_at(j)) is not None and hj[0].cls == "institution":
                break  # وزارة الخارجية السودانية قوات ...: a second organization, the object
            j += 1
    else:
        hh = ctx.head_at(a)
        if hh is None:
            j = a + 1
            while j < limit and _name_like(ctx, j) and not _NISBA.search(ctx.norm(j)) and j - a < 3:
                j += 1  # محمد عثمان
            return j
        j = a + hh[1]
        # idafa chain: an indefinite noun takes the next noun, up to a definite one
        # (وزارة الصحة، رئيس حكومة تصريف الأعمال)
        while (j < limit and j - a < 5 and not ctx.norm(j - 1).startswith(("ال", "وال", "فال"))
               and not ctx.is_stop(j) and not _NISBA.search(ctx.norm(j))):
            j += 1
    while j < limit and _NISBA.search(ctx.norm(j)) and len(ctx.norm(j)) > 4 and not ctx.is_stop(j) \
            and not ctx.toks[j].text.endswith("ى") and not _document_head(ctx, j):
        # مستشفى: ى read as ي is no nisba; البيان (a document noun) is the object
        j += 1
    if j + 1 < limit and ctx.norm(j) in ("باسم", "بإسم"):
        j += 2  # المتحدث باسم الحوثيين
        while j < limit and _NISBA.search(ctx.norm(j)) and len(ctx.norm(j)) > 4 and not ctx.is_stop(j):
            j += 1
    if j < limit and ctx.norm(j).startswith(("ال", "لل")) and (hh := ctx.head_at(a)) is not None \
            and hh[0].cls in _NAMED_HEADS:
        end = _holder_after_title(ctx, j, limit)
        if end > j:
            return end
    pe = ctx.entity_at(j) if j < limit else None
    if pe is not None and pe.label == "PERSON" and pe.start == ctx.toks[j].start:
        k = j
        while k < limit and ctx.toks[k].start < pe.end:
            k += 1
        if k == j + 1 and ctx.norm(k).startswith("ال") and _family_before_object(ctx, j, k, limit):
            k += 1  # الناشطة سلمى العمر الحكومة: a first name tagged alone, its family name after
    else:
        k = _name_run(ctx, j, limit, object_may_follow=True) if j < limit and _name_like(ctx, j) else j
    if k == j + 1 and k < len(ctx.toks) and ctx.same_sentence(j, k) and ctx.norm(k).startswith("ال") \
            and not _has_comma(ctx.gap(k)) and ctx.entity_at(j) is None:
        k = j  # زار وزير الصحة مستشفى المدينة: one word in construct with a definite noun is an object
    if k > j and ctx.head_at(a) is not None and ctx.head_at(a)[0].cls in _NAMED_HEADS:  # type: ignore[index]
        j = k  # الوزير سالم الدوسري، المحلل ماهر السعدون: a title or a profession, then the name
    return j


def _document_head(ctx: _Ctx, j: int) -> bool:
    hh = ctx.head_at(j)
    return hh is not None and hh[0].cls in ("document", "data", "quantifier")


# speaker heads a personal name may follow directly (a title; a profession: الناشطة، المحلل)
_NAMED_HEADS = frozenset({"role", "expert"})


def _holder_after_title(ctx: _Ctx, j: int, limit: int) -> int:
    """End of the holder's name when a title (ending at j) goes on with definite adjectives or
    its organization (رئيس الحكومة المؤقتة سليم بوعزة، الأمين العام للجامعة العربية أحمد أبو
    الغيط) before the name; j when no name follows. Head nouns are not skipped: استقبل الرئيس
    الوزير ... has an object there. An untagged name must run to the end of the phrase and
    not be an object (ورفض الوزير الاتهامات جملة وتفصيلا)."""
    k = j
    while k < limit and k - j < 4 and (ctx.norm(k).startswith("لل") or ctx.norm(k).startswith("ال")
                                       and ctx.head_at(k) is None):
        e = ctx.entity_at(k)
        if e is not None and e.label == "PERSON":
            break
        if ctx.is_stop(k) and not ctx.norm(k).startswith("لل"):
            return j
        k += 1
    if k == j or k >= limit:
        return j
    pe = ctx.entity_at(k)
    if pe is not None and pe.label == "PERSON" and pe.start == ctx.toks[k].start:
        end = k
        while end < limit and ctx.toks[end].start < pe.end:
            end += 1
        return end
    if pe is None and _name_start(ctx, k):
        end = _name_run(ctx, k, limit)
        if end - k >= 2 and end == limit and not any(ctx.norm(x)[:1] == "و" for x in range(k, end)):
            return end
    return j


def _main_verb(ctx: _Ctx, i: int) -> int | None:
    """The token opening the clause of token i's sentence, after a leading كما/ثم or an
    adverbial phrase closed by a comma (من جهته، / وفي صنعاء،); None when it is not before i."""
    v = bisect.bisect_left(ctx.tok_starts, ctx.sent_bounds[ctx.sent_of[i]][0])
    w = strip_conj(ctx.norm(v))
    if w in ("كما", "ثم", "بدوره", "بدورها", "كذلك"):
        v += 1
    elif ctx.is_stop(v) and verb_of(ctx.norm(v)) is None and w not in _OPENING_VERBS:
        for k in range(v + 1, min(v + 6, i)):
            if _has_comma(ctx.gap(k)):
                v = k
                break
        else:
            return None
    return v if v < i else None


def _contrast_subject(ctx: _Ctx, i: int) -> tuple[int, int] | None:
    """The subject of a verb opening a فيما/بينما/في حين clause between token i's sentence
    start and i (فيما نفى متحدث باسم الجيش ذلك، معتبرا ...), else None."""
    si = ctx.sent_of[i]
    k = i - 1
    while k > 0 and ctx.sent_of[k] == si and i - k <= 16:
        n = _contrast_len(ctx, k)
        if n:
            v = k + n
            w = ctx.norm(v) if v < i else ""
            if v >= i or ctx.is_stop(v) and verb_of(w) is None or w.startswith(("ال", "وال")) \
                    or ctx.head_at(v) is not None or ctx.entity_at(v) is not None:
                return None  # فيما الجيش يقول: a noun first, left to the other rules
            a = _subject_start(ctx, v + 1, i)
            if a >= i or ctx.is_stop(a) or _has_comma(ctx.gap(a)):
                return None
            b = _np_end(ctx, a, min(_subject_span(ctx, a, i), i))
            return (a, b) if b > a and (ctx.head_at(a) is not None or ctx.entity_at(a) is not None) else None
        k -= 1
    return None


def _sentence_subject(ctx: _Ctx, i: int) -> tuple[int, int] | None:
    """The subject of the verb opening token i's sentence (ورفض الوزير الاتهامات، قائلا ...;
    وتبنى المتحدث الهجوم، وقال إن ...): a later participle or a coordinated verb shares it."""
    v = _main_verb(ctx, i)
    if v is None:
        return None
    first = ctx.norm(v)
    if verb_of(first) is None and strip_conj(first) not in _OPENING_VERBS and (first.startswith(("ال", "وال", "فال")) or ctx.is_stop(v)
                                   or ctx.head_at(v) is not None or ctx.entity_at(v) is not None):
        return None  # the sentence opens with a noun, not a verb
    a = _subject_start(ctx, v + 1, i)
    if a >= i or ctx.is_stop(a) or _has_comma(ctx.gap(a)):
        return None
    b = _np_end(ctx, a, min(_subject_span(ctx, a, i), i))
    return (a, b) if b > a else None


# past verbs that may open a sentence but look like something else: condition words (رفض
# الوزير ...، طلب ...) and Form VIII verbs of roots in ل, which look definite (والتقت، والتزم)
_OPENING_VERBS = frozenset({
    "رفض", "رفضت", "رفضوا", "طلب", "طلبت", "طلبوا", "فضل", "فضلت", "اشترط", "اشترطت",
    "التقي", "التقت", "التقوا", "التزم", "التزمت", "التزموا", "التحق", "التحقت", "التمس", "التمست",
    "الغي", "الغت", "القي", "القت", "اطلق", "اطلقت",
})
_NARRATE = frozenset({"روي", "حكي"})  # normalized lemmas that report an account with كيف
_ISSUED = frozenset({"صادر", "الصادر", "صادره", "الصادره"})
# nouns a subjectless cue may qualify as a relative clause of the sentence's own subject
# (أعلنت الوزارة القرار، في خطوة قالت إنها ...)
_STEP_NOUNS = frozenset({"خطوه", "اجراء", "قرار", "تحرك", "موقف", "خطوات", "اجراءات"})
# families of cue verbs with a direct object before the complementizer (وصف X Y بأنه، اتهم، أبلغ)
OBJECT_FAMILIES = frozenset({"describe", "accuse", "tell"})
# جاء في البيان أن / ورد في التقرير: the document is the source
_APPEARED = frozenset({"جاء", "ورد"})


def _document_cue(ctx: _Ctx, i: int) -> int:
    """``وجاء في البيان أن ...``, ``وجاء في بيان صادر عن الرئاسة: «...»``: the document (and the body
    it comes from) is the speaker; the content follows أن, a colon or a quote."""
    toks = ctx.toks
    n = len(toks)
    a = i + 2
    hh = ctx.head_at(a)
    w = ctx.norm(a)
    if not (hh is not None and hh[0].cls == "document" or ctx.kind(w, "medium") and not ctx.kind(w, "stop")):
        return i + 1
    j = a + 1
    mode, pos = "", -1
    while j < n and j - a <= MAX_SUBJECT and ctx.same_sentence(a, j):
        g = ctx.gap(j)
        if ":" in g:
            mode, pos = "colon", toks[j - 1].end + g.index(":")
            break
        op = ctx.opening_mark(g, toks[j - 1].end)
        if op >= 0 and j > a + 1:
            mode, pos = "quote", toks[j - 1].end + op
            break
        c = ctx.complementizer(j, None)
        if c:
            mode, pos = "comp", j
            break
        if verb_of(ctx.norm(j)) is not None:
            return i + 1
        j += 1
    if not mode:
        return i + 1
    text = ctx.doc.text
    if mode == "comp":
        first = j + ctx.complementizer(j, None)
        if first >= n or not ctx.same_sentence(a, first):
            return i + 1
        content = _trim(text, toks[first].start, _clause_end(ctx, first, ctx.sentence_end(first)))
        kind = "indirect"
    else:
        k = pos + (1 if mode == "colon" else 0)
        while k < len(text) and text[k].isspace():
            k += 1
        if k in ctx.quote_by_open:
            content, kind = _quote_content(ctx, ctx.quote_by_open[k]), "direct"
        elif mode == "colon" and j < n and ctx.same_sentence(a, j):
            content, kind = _trim(text, toks[j].start, ctx.sentence_end(j)), "direct"
        else:
            return i + 1
    b = _subject_span(ctx, a, j)
    speaker = _speaker(ctx, _analyze(ctx, a, max(b, a + 1)), None)
    _emit(ctx, kind, (ctx.conj_free_start_word(i), toks[i + 1].end), speaker, content, True,
          ctx.para_of(toks[i].start))
    return j


_SELF_REF = frozenset({"قوله", "قولها", "قولهم", "تعبيره", "تعبيرها", "تعبيرهم"})
_LEADING = frozenset({"قائلا", "قائله", "قائلين", "لي", "لنا", "له", "لها", "لهم", "لهما", "لك", "لكم"})


def _subject_start(ctx: _Ctx, a: int, limit: int) -> int:
    """Skip what may stand between a cue and its subject: قائلا, an addressee pronoun (قال لنا)."""
    while a < limit:
        if ctx.norm(a) in _LEADING:
            a += 1
            continue
        if ctx.norm(a) == "ل" and a + 1 < limit:
            # قال لـ«الجزيرة نت» الخبير ...: skip the quoted outlet the statement was made to
            g = ctx.gap(a + 1)
            op = next((ctx.toks[a].end + k for k, c in enumerate(g) if ctx.toks[a].end + k in ctx.quote_by_open), -1)
            if op >= 0 and ctx.quote_by_open[op].closed:
                close = ctx.quote_by_open[op].close
                k = a + 1
                while k < limit and ctx.toks[k].start < close:
                    k += 1
                a = k
                continue
        break
    return a


def _quote_follows_subject(ctx: _Ctx, i: int, j: int) -> bool:
    """A quote with no colon or أن before it is speech only when it follows the speaker phrase
    directly, or a medium (في بيان), an addressee or قائلا."""
    if j <= i + 1:
        return True
    v = verb_of(ctx.norm(i))
    if v is not None and v.family == "accuse" and _charge_quote(ctx, j):
        return True  # اتهم الوزير المعارضة بـ«...»، متهما الحركة بارتكاب «مجزرة»
    if v is not None and v.tense == "participle":
        return False  # متهما نتنياهو بوضع «شروط جديدة»: a participle has no subject before a quote
    if _has_comma(ctx.gap(j)):
        return True  # قال فلان، وهو ...، "..."
    a = _subject_start(ctx, i + 1, j)
    b = _subject_span(ctx, a, j) if a < j else j
    if b == j:
        return True
    if j - b <= 3 and _addressee_at(ctx, b) and not any(verb_of(ctx.norm(x)) for x in range(b, j)):
        return True  # وروى الشاهد لوكالة الأنباء «...»: the hearer stands before the quote
    w = strip_conj(ctx.norm(j - 1))
    if v is not None and v.family == "describe" and w == "ب":
        return True  # ووصف الوزير الهجوم بـ«الشنيع»
    return (ctx.kind(w, "medium") or (ctx.kind(w, "stop") and w not in _BARE_PREPS)
            or ctx.kind(w, "addressee") or w.startswith("لل") or ctx.kind(w[1:], "addressee"))


def _charge_quote(ctx: _Ctx, j: int) -> bool:
    """The quote before token j follows the charge preposition of an accusation: بـ«...»، or a
    verbal noun after it (بارتكاب «...»، بالسعي إلى «...»)."""
    w = ctx.norm(j - 1)
    if w == "ب":
        return True
    if j - 2 >= 0 and ctx.norm(j - 2).startswith("ب") and len(ctx.norm(j - 2)) > 3 and w in _OTHER_PREPS:
        return True  # بالسعي إلى «...»
    return w.startswith("ب") and len(w) > 3 and not ctx.is_stop(j - 1) and ctx.head_at(j - 1) is None


def _quoted_name_end(ctx: _Ctx, open_pos: int, i: int) -> int:
    """Token after a short quoted name (صحيفة "النهار"، حركة «حماس») that the sentence goes on
    after, with عن, a complementizer or a medium within three words; else -1."""
    q = ctx.quote_by_open[open_pos]
    if not q.closed or len(ctx.doc.text[q.open + 1:q.close].split()) > 3:
        return -1
    k = bisect.bisect_left(ctx.tok_starts, q.close + 1)
    if k >= len(ctx.toks) or not ctx.same_sentence(i, k) or any(c in ctx.gap(k) for c in ":."):
        return -1
    if _has_comma(ctx.gap(k)):
        # قالت "هيومن رايتس ووتش"، في تقرير أصدرته اليوم، إن: the name, then adjuncts between
        # commas, then the complementizer
        if ctx.norm(k) != "في" and not ctx.kind(ctx.norm(k), "medium"):
            return -1
        for x in range(k + 1, min(k + 10, len(ctx.toks))):
            if not ctx.same_sentence(i, x) or ctx.toks[x].start > q.close + 120:
                break
            if ctx.complementizer(x, None) and _has_comma(ctx.gap(x)):
                return k
        return -1
    for x in range(k, min(k + 3, len(ctx.toks))):
        if not ctx.same_sentence(i, x):
            break
        if ctx.norm(x) == "عن" or ctx.complementizer(x, None) or ctx.kind(ctx.norm(x), "medium"):
            return k
    return -1


def _addressee_at(ctx: _Ctx, k: int) -> bool:
    """Token k opens the hearer of a statement: لوكالة، للصحفيين، لقناة، لرويترز."""
    w = ctx.norm(k)
    if not w.startswith("ل") or len(w) < 4:
        return False
    if ctx.kind(w[1:], "addressee") or ctx.kind("ال" + w[1:], "addressee") or ctx.kind(w, "addressee"):
        return True
    e = ctx.entity_at(k)
    return e is not None and e.start > ctx.toks[k].start and e.label in ("ORG", "PERSON")


@lru_cache(maxsize=65536)
def _verb_or_object(word: str) -> VerbForm | None:
    """A reporting verb, also with an object pronoun attached (أعلنته، ذكرتها)."""
    v = verb_of(word)
    if v is not None:
        return v
    for suffix in ("ه", "ها", "هم"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            v = verb_of(word[:-len(suffix)])
            if v is not None and v.tense == "past":
                return v
    return None


def _source_ok(ctx: _Ctx, a: int, b: int) -> bool:
    """A source phrase names someone who can state something (not a law, plan or statistic)."""
    hh = ctx.head_at(a)
    e = ctx.entity_at(a)
    if e is not None and e.label in AGENTS:
        return True
    if hh is None:
        return False
    cls = hh[0].cls
    if cls == "quantifier":
        return b > a + 1 and _source_ok(ctx, a + 1 + (ctx.norm(a + 1) == "من"), b)
    if cls != "data":
        return True
    # data (إحصاءات) counts only when it names whose: إحصاءات وزارة الصحة
    for k in range(a + hh[1], b):
        h2 = ctx.head_at(k)
        e = ctx.entity_at(k)
        if (h2 is not None and h2[0].cls not in ("data", "quantifier")) or (e is not None and e.label in AGENTS):
            return True
    return False


def _according_cue(ctx: _Ctx, i: int, plen: int) -> int:
    """Handle بحسب/وفقا لـ/نقلا عن/حسبما أفادت at token i (phrase of ``plen`` tokens)."""
    text = ctx.doc.text
    toks = ctx.toks
    n = len(toks)
    para = ctx.para_of(toks[i].start)
    w = strip_conj(ctx.norm(i))
    cue_end_j = i + plen - 1
    a = i + plen
    if a >= n or not ctx.same_sentence(i, a):
        return i + 1
    # حسبما/وفق ما/بحسب ما/طبقا لما + verb (أعلنته: with an object pronoun)
    if ctx.norm(a) in ("ما", "لما", "ل") and a + 1 < n:
        a += 1  # وفقا لـ الجيش: a detached ل
    av = _verb_or_object(ctx.norm(a)) if a < n else None
    if av is not None and ctx.same_sentence(i, a):
        cue_end_j = a
        a += 1
        if a + 1 < n and ctx.norm(a) in ("به", "بها"):
            cue_end_j = a  # حسبما أفادت به الوزارة
            a += 1
    elif w == "نقلا" and a < n and ctx.norm(a) == "عن":
        cue_end_j = a
        a += 1
    elif w in ("حسبما",):
        return i + 1
    elif ctx.norm(i) == "علي" and a < n and ctx.norm(a) in ("قول", "تعبير"):
        cue_end_j = a  # على حد قول الوزير
        a += 1
    elif ctx.norm(i) == "علي" and not (a < n and ctx.norm(a) in _SELF_REF):
        return i + 1  # على حد سواء
    if a >= n or not ctx.same_sentence(i, a):
        return i + 1
    conj = ctx.norm(i)[:1] in CONJ and not ctx.kind(ctx.norm(i), "according") and w != ctx.norm(i)
    cue = (ctx.stem_start(i, 1) if conj else toks[i].start,
           toks[cue_end_j].end)
    # source phrase
    b = a
    hs = ctx.head_at(a)
    doc_head = hs is not None and hs[0].cls in ("document", "data")
    while b < n and b - a < MAX_SOURCE and ctx.same_sentence(a, b):
        if b > a and (any(c in ctx.gap(b) for c in COMMAS + ":(") or ctx.complementizer(b, None)):
            break
        if b > a and ctx.is_stop(b) and not (doc_head and b == a + 1 and ctx.norm(b).startswith("ل")
                                             and len(ctx.norm(b)) > 2) and not (
                doc_head and ctx.norm(b) == "عن" and strip_conj(ctx.norm(b - 1)) in _ISSUED):
            break  # تقرير للأمم المتحدة: whose report; بيان صادر عن الوزارة: who issued it
        b += 1
    if b == a:
        return i + 1
    if av is not None and av.lemma == "نقل" and b + 1 < n and ctx.norm(b) == "عن" and ctx.same_sentence(b, b + 1):
        # بحسب ما نقلت الوكالة عن مسؤول: the one quoted is the source after عن
        a, b = b + 1, _subject_span(ctx, b + 1, min(b + 1 + MAX_SOURCE, n))
        if b == a:
            return i + 1
    speaker: Speaker | None = None
    anaphor = ctx.norm(a) in _SELF_REF
    if anaphor:
        speaker = _carry(ctx, i, toks[a].text)
    else:
        if not _source_ok(ctx, a, b):
            return i + 1
        subj = _analyze(ctx, a, b)
        # the ل of وفقا لـ is not part of the source (للجيش keeps it: ل + ال share a letter)
        hp = ctx.head_prefix(a)
        e = ctx.entity_at(a)
        if subj.start == toks[a].start and hp is not None and hp[2] == "ل":
            subj.start = ctx.stem_start(a, 1)
        elif subj.start == toks[a].start and e is not None and e.start > toks[a].start and hp is None:
            subj.start = e.start
        speaker = _speaker(ctx, subj, None)
    # content: a quote right before, the clause before, or (sentence-initial) the clause after
    sent_start = ctx.sent_bounds[ctx.sent_of[i]][0]
    g = ctx.gap(i)
    m = re.fullmatch(r"[.!?؟…]*([»”\"])[ \t]*[،,]?[ \t]*", g) if i > 0 else None
    content: tuple[int, int] | None = None
    kind = "indirect"
    if m:
        q = ctx.quote_by_close.get(toks[i - 1].end + g.index(m.group(1)))
        if q is not None:
            content, kind = _quote_content(ctx, q), "direct"
    if content is None:
        before = text[sent_start:toks[i].start]
        if not before.strip(TRAIL + "و "):
            # وبحسب المصدر، فإن ...: the content follows the source phrase and its comma
            k = b
            while k < n and ctx.same_sentence(a, k) and k - b < 6 and not _has_comma(ctx.gap(k)):
                k += 1
            if k >= n or not ctx.same_sentence(a, k) or k - b >= 6:
                k = b
                while k < n and ctx.same_sentence(a, k) and ctx.is_stop(k) and not ctx.complementizer(k, None):
                    k += 1
            if k < n and ctx.same_sentence(a, k) and strip_conj(ctx.norm(k)) in ("فان", "فانه", "فانها", "فانهم", "ان"):
                k += 1
            if k >= n or not ctx.same_sentence(a, k):
                return i + 1
            end = _clause_end(ctx, k, ctx.sentence_end(k))
            sub = next((x for x in range(k + 1, n) if toks[x].start >= end or (
                _has_comma(ctx.gap(x)) and _subordinate_at(ctx, x))), None)
            if sub is not None and toks[sub].start < end:
                end = toks[sub - 1].end  # بحسب X، نزح ...، عندما ...: the main clause only
            content = _trim(text, toks[k].start, end)
        else:
            cs = sent_start
            # within a larger statement the source phrase belongs to the clause it closes
            for pos_, att in ctx.out:
                if att.content.start <= toks[i].start <= att.content.end + 2 and pos_ < toks[i].start:
                    return i + 1
            s0 = bisect.bisect_left(ctx.tok_starts, sent_start)
            mv = _main_verb(ctx, i)
            if mv is not None and mv > s0 and strip_conj(ctx.norm(s0)) not in ("كما", "ثم", "كذلك"):
                cs = toks[mv].start  # وفي صنعاء، خرج ...: the leading adverbial is the writer's
            for _pos, att in ctx.out:
                if cs <= att.content.end < toks[i].start and ctx.sent_of[bisect.bisect_left(
                        ctx.tok_starts, att.content.start)] == ctx.sent_of[i]:
                    # an earlier quote in the sentence ends where the writer's clause begins
                    k = bisect.bisect_left(ctx.tok_starts, att.content.end)
                    if k < i:
                        cs = max(cs, toks[k].start)
            ce = toks[i].start
            close = next((k for k in range(b, min(b + 10, n)) if ctx.same_sentence(i, k)
                          and _has_comma(ctx.gap(k))), None)
            cs = _last_clause(ctx, cs, i)
            if (_has_comma(g) and close is not None and len(text[cs:ce].split()) <= 4
                    and not _subordinate_at(ctx, close)):
                ce = ctx.sentence_end(close)  # وبحث المجلس، بحسب بيان، ملف الطاقة: a parenthesis
            content = _trim(text, cs, ce)
            # drop a leading conjunction-only word
    if content is None:
        return i + 1
    _emit(ctx, kind, cue, speaker, content, not anaphor, para)
    return max(b, i + 1)


# words opening a subordinate clause after a comma: the writer's circumstance, not the content
# of a source phrase (عندما انفجرت ...، بعد أن ...، مما أدى ...)
_SUBORDINATORS = frozenset({"عندما", "حين", "حينما", "بعدما", "عقب", "اثر", "لان", "اذ", "حيث", "مما", "وذلك",
                            "قبيل", "بينما", "فيما", "كي", "لكي", "ريثما"})


def _subordinate_at(ctx: _Ctx, k: int) -> bool:
    w = ctx.norm(k)
    if w in _SUBORDINATORS:
        return True
    return w in ("بعد", "قبل") and k + 1 < len(ctx.toks) and ctx.norm(k + 1) in ("ان", "ما")


def _last_clause(ctx: _Ctx, cs: int, i: int) -> int:
    """Start of the last coordinated clause before a closing source phrase: in ``يشهد X ...،
    وقتل ...، بحسب Y`` the source vouches for the clause it closes (وقتل ...), from its verb."""
    toks = ctx.toks
    k = i - 1
    first = bisect.bisect_left(ctx.tok_starts, cs)
    while k > first:
        w = ctx.norm(k)
        if _has_comma(ctx.gap(k)) and w[:1] == "و" and _coordinated_verb(ctx, k):
            return toks[k].start + 1
        k -= 1
    return cs


_NOT_VERBS = frozenset({"نحو", "حوالي", "قرابه", "ايضا", "كذلك", "خاصه", "منها", "منهم", "هو", "هي", "هم", "ذلك",
                        "هذا", "هذه", "لا", "لم", "لن", "قد", "اما", "ان", "انه", "انها", "بعض", "كل", "اكثر",
                        "اقل", "غير", "اخر", "اخري", "معظم", "اغلب", "جميع", "عدد"})


def _coordinated_verb(ctx: _Ctx, k: int) -> bool:
    """و + a verb by its shape (وقتل، ونفقت، ويواصل): not و + article, number, particle or name."""
    w = ctx.norm(k)[1:]
    if len(w) < 3 or w.startswith("ال") or w[-1:] in ("ه",) or w.endswith(("ات", "ين", "ون")) and w[0] not in "يت":
        return False
    if ctx.is_stop(k) or ctx.head_at(k) is not None or ctx.entity_at(k) is not None or w in ctx.m_stop \
            or w in _NOT_VERBS:
        return False
    return verb_of(w) is not None or (w[0] in "يت" and len(w) >= 4) or len(w) <= 5


def _colon_lead(ctx: _Ctx, i: int) -> int:
    """``نتنياهو: لن نوقف الحرب`` — a paragraph (headline) opening with a speaker and a colon."""
    toks = ctx.toks
    n = len(toks)
    if i + 1 >= n or ":" not in ctx.doc.text[toks[i].end:toks[min(i + 6, n - 1)].start]:
        return i  # no colon within reach: one slice test instead of six gaps
    j = i + 1
    while j < n and j - i <= 6 and ctx.same_sentence(i, j) and ":" not in ctx.gap(j):
        j += 1
    if j >= n or j - i > 6 or not ctx.same_sentence(i, j) or ":" not in ctx.gap(j):
        return i
    g = ctx.gap(j)
    colon = toks[j - 1].end + g.index(":")
    if "\n" in ctx.doc.text[colon:toks[j].start] or any(ctx.is_stop(k) for k in range(i, j)):
        return i
    hh = ctx.head_at(i)
    ents = [e for e in ctx.entities_in(toks[i].start, toks[j - 1].end) if e.label == "PERSON"]
    if not ents and (hh is None or hh[0].cls != "role"):
        return i  # an institution or a label before a colon is usually a caption or a heading
    subj = _analyze(ctx, i, j)
    if subj.type != "person":
        return i
    speaker = _speaker(ctx, subj, None)
    k = colon + 1
    if k < len(ctx.doc.text) and ctx.doc.text[k:].lstrip(" ")[:1] and k + (
            len(ctx.doc.text[k:]) - len(ctx.doc.text[k:].lstrip(" "))) in ctx.quote_by_open:
        q = ctx.quote_by_open[k + len(ctx.doc.text[k:]) - len(ctx.doc.text[k:].lstrip(" "))]
        content = _quote_content(ctx, q)
    else:
        content = _trim(ctx.doc.text, toks[j].start, ctx.sentence_end(j))
    words = re.findall(r"[^\W_]+", ctx.doc.text[content[0]:content[1]])
    if len(words) < 3 or sum(w[:1].isdigit() for w in words) * 2 >= len(words):
        return i
    _emit(ctx, "direct", (colon, colon + 1), speaker, content, True, ctx.para_of(colon))
    return j


def _quote_continues(ctx: _Ctx, i: int) -> int:
    """A paragraph opening with a quote mark after a paragraph whose quote was left open: the
    same speaker goes on (news style opens every paragraph of a long quote with «)."""
    if ctx.open_quote is None:
        return i
    speaker, para = ctx.open_quote
    here = ctx.para_of(ctx.toks[i].start)
    start = ctx.para_bounds[here][0]
    q = ctx.quote_by_open.get(start)
    if here != para + 1 or q is None:
        return i
    sp = speaker.model_copy() if speaker is not None else None
    if sp is not None:
        sp.resolved_from = ctx.doc.text[start]
    ctx.open_quote = None
    _emit(ctx, "direct", (start, start + 1), sp, _quote_content(ctx, q), False, here)
    return i


def _context(doc: Document) -> _Ctx:
    tv = view(doc)
    toks = tv.tokens
    sents = tv.sentences
    tok_starts = list(map(attrgetter("start"), toks))
    sent_of = segment_index(tok_starts, [s.start for s in sents])
    paras = tv.paragraphs
    quotes: list[Quote] = []
    text = doc.text
    if any(c in text for c in "«»“”„\""):
        for p in paras:
            quotes.extend(pair_quotes(text, p.start, p.end))
    ents = sorted(doc.entities, key=lambda e: (e.start, -e.end))
    para_starts = [p.start for p in paras]
    tok_para = segment_index(tok_starts, para_starts)
    lex = lexicon()
    markers = lex.markers
    norms = list(map(attrgetter("norm"), toks))
    return _Ctx(
        doc=doc, tv=tv, lex=lex, toks=toks, sent_of=sent_of,
        sent_bounds=[(s.start, s.end) for s in sents], para_bounds=[(p.start, p.end) for p in paras],
        quotes=quotes, quote_by_open={q.open: q for q in quotes},
        quote_by_close={q.close: q for q in quotes if q.closed},
        ents=ents, ent_starts=[e.start for e in ents], tok_starts=tok_starts,
        para_starts=para_starts, norms=norms, tok_para=tok_para,
        bares=[w[1:] if len(w) > 2 and w[0] in "وف" else w for w in norms],  # strip_conj, inlined
        m_stop=markers.get("stop", _EMPTY), m_governor=markers.get("governor", _EMPTY),
        m_complementizer=markers.get("complementizer", _EMPTY), m_masdar=markers.get("masdar", _EMPTY),
    )


def extract(doc: Document) -> list[Attribution]:
    """All attributions of ``doc`` in text order (by cue offset)."""
    if not doc.text:
        return []
    ctx = _context(doc)
    toks = ctx.toks
    i = 0
    n = len(toks)
    para_starts = set(ctx.para_starts)
    cur_para = -1
    norms = ctx.norms
    bares = ctx.bares
    tok_para = ctx.tok_para
    masdar = ctx.m_masdar
    according = ctx.lex.openers.get("according", _EMPTY)
    while i < n:
        here = tok_para[i]
        if here != cur_para:
            cur_para = here
            if ctx.open_quote is not None:
                _quote_continues(ctx, i)
                if ctx.open_quote is not None and ctx.open_quote[1] < here:
                    ctx.open_quote = None
        if toks[i].start in para_starts:
            nxt = _colon_lead(ctx, i)
            if nxt > i:
                i = nxt
                continue
        w = norms[i]
        plen = ctx.phrase_at(i, "according") if w in according or bares[i] in according else 0
        if plen:
            # a نقلا عن already read inside a cue clause (ذكرت الوكالة نقلا عن ...) is skipped
            i = i + 1 if i in ctx.skip else _according_cue(ctx, i, plen)
            continue
        verb = verb_of(w)
        if verb is None and bares[i] in masdar:
            verb = _MASDAR  # واستهل الجلسة بالتأكيد على أن ...
        if verb is not None:
            i = _verb_cue(ctx, i, verb)
            continue
        if w[-1:] in ("ه", "ا", "م"):
            # ووصفه الوزير بأنه «...»، وأبلغها المسؤول أن: an object pronoun on the cue
            verb = _verb_or_object(w)
            if verb is not None and verb.family in OBJECT_FAMILIES:
                i = _verb_cue(ctx, i, verb, object_suffix=True)
                continue
        if w in _CHARGING and ctx.quotes:
            i = _charging_cue(ctx, i, _CHARGING[w])
            continue
        if (w in _APPEARED or bares[i] in _APPEARED) and i + 2 < n and norms[i + 1] == "في":
            i = _document_cue(ctx, i)
            continue
        i += 1
    ctx.out.sort(key=lambda x: (x[0], x[1].content.start))
    return [a for _, a in ctx.out]
