"""Layout of a plain-text news page: headline, dek, captions, body, chrome, duplicates.

Works on paragraphs (non-blank lines) with cheap, ordered decisions, fastest first:

1. repeated blocks: a paragraph equal (after normalization) or nearly equal to an earlier
   one is a duplicate pointing at the first copy;
2. chrome: lines that start with a site-furniture phrase (``data/layout_chrome.tsv``),
   tag lists, copyright lines, and short banner lines above the headline;
3. captions: paragraphs ending in a photo credit (``data/layout_credits.tsv``) in
   parentheses or after a dash, or opening with a caption marker (على اليسار:، صورة:);
4. the first remaining line is the headline when it reads like one (short, no final stop);
   the next, when it is a standalone summary without a dateline, is the dek;
5. bylines (بقلم، كتب، إعداد) are set apart; the rest is body, with wire datelines noted.

Why not trafilatura here: it extracts from HTML; khabar also receives extracted text, and
the HTML reader pre-fills the layout from markup when it has it (``khabar.ingest``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from khabar.model import Caption, Document, Duplicate, Layout, Span
from khabar.text import Segment, normalize_word, view

HEADLINE_MAX_WORDS = 30
DEK_MAX_WORDS = 70
CAPTION_MAX_WORDS = 80
BANNER_MAX_WORDS = 8
CHROME_MAX_WORDS = 8
LINK_MAX_WORDS = 12
RELATED_MAX_WORDS = 30
LABEL_MAX_WORDS = 3
PROMPT_MAX_WORDS = 16
SHARE_BAR_MAX_WORDS = 8
NEAR_DUPLICATE = 0.9
MIN_DUPLICATE_CHARS = 25

_WORD = re.compile(r"[^\W_]+")
_END_STOP = re.compile(r"[.!?؟…:]['\"”»)]*\s*$")
_PAREN = re.compile(r"\(([^()]{2,120})\)")
_CLOSING_PAREN = re.compile(r"[.،,]?\s*\(([^()]{2,80})\)\s*\.?\s*$")
_TRAILING_CREDIT = re.compile(r"[-–—]\s*([^-–—()]{2,60})\s*\.?\s*$")
_CAPTION_OPENERS = ("على اليسار", "على اليمين", "صورة", "الصورة", "في الصورة", "صورة ارشيفية", "من اليمين", "من اليسار")
_BYLINE = re.compile(r"^(?:بقلم|كتب|كتبت|كتبه|اعداد|تحرير|الكاتب|المحرر|مراسل|مراسله|مراسلة)(?:\s*[:：]|\s)\s*\S")
_PHOTOGRAPHER = re.compile(r"/|تصوير|photo|via", re.IGNORECASE)
SIGNOFF_MIN_WORDS = 40
_DATELINE = re.compile(
    r"^[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s*(?:،\s*)?(?:\d{1,2}\s+[^\W\d_]+\s*(?:\d{4})?\s*)?"
    r"(?:\((?:[^()]{2,30})\)\s*)?[-–—:]\s"
)
_WIRE_CREDIT = re.compile(r"^\((?:اعداد|تحرير|كتابه|تغطيه|اعده)[^()]*\)\s*$")
# a dateline that opens wire copy ('بيروت (رويترز) -', 'غزة - '), not a 'Name: summary' dek
_DATELINE_WIRE = re.compile(r"^[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s*(?:\([^()]{2,30}\)\s*)?[-–—]\s")
_COPYRIGHT = re.compile(r"^(?:©|حقوق|جميع الحقوق|Copyright)", re.IGNORECASE)
_TAGS = re.compile(r"^(?:الوسوم|وسوم|كلمات مفتاحية|كلمات دالة|Tags)\s*[:：]?")
_HASHTAGS = re.compile(r"^(?:#\S+\s*){2,}$")
_MONTHS = {
    # Gregorian month names in the MSA/Egyptian, Levantine and Maghrebi traditions,
    # normalized; only used to read the date a caption prints.
    "يناير": 1, "كانون الثاني": 1, "جانفي": 1, "فبراير": 2, "شباط": 2, "فيفري": 2,
    "مارس": 3, "اذار": 3, "ابريل": 4, "نيسان": 4, "افريل": 4, "مايو": 5, "ايار": 5, "ماي": 5,
    "يونيو": 6, "حزيران": 6, "جوان": 6, "يوليو": 7, "تموز": 7, "جويليه": 7, "اغسطس": 8, "اب": 8,
    "اوت": 8, "سبتمبر": 9, "ايلول": 9, "اكتوبر": 10, "تشرين الاول": 10, "نوفمبر": 11,
    "تشرين الثاني": 11, "ديسمبر": 12, "كانون الاول": 12,
}
_CAPTION_DATE = re.compile(
    r"(\d{1,2})\s+(" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True)) + r")\s*[،,]?\s*(\d{4})"
)


_WEEKDAYS = ("الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت")
# labels printed before a page's date or reading time; normalized
_DATE_LABELS = ("اخر تحديث", "تاريخ النشر", "نشر بتاريخ", "نشر في", "تم النشر", "تحديث", "نشر")
# the labels and weekdays as whole words ('نشر' but not the verb 'نشرت')
_DATE_WORDS = re.compile(r"(?<![^\s:،,|\-–—(])(?:" + "|".join(_DATE_LABELS + _WEEKDAYS) + r")(?![^\s:،,|\-–—)])")
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:ص|م|صباحا|مساء|AM|PM|am|pm|GMT|UTC))?")
_AGO = re.compile(r"^منذ\s+\d+\s+(?:ثانيه|ثوان|دقيقه|دقائق|ساعه|ساعات|يوم|ايام|اسبوع|اسابيع)$")
_READING_TIME = re.compile(r"^(?:(?:مده|وقت)\s+ال)?قراءه\s*:?\s*\d+\s*(?:دقيقه|دقائق|د)$|^\d+\s*(?:دقيقه|دقائق)\s+(?:للقراءه|قراءه)$")


def date_remainder(norm: str) -> str | None:
    """What a short normalized line says besides the dates, clock times, weekdays and date
    labels it prints, or None when it prints none ('الجمعه 28 مارس 2026 اياد' -> 'اياد')."""
    norm = norm.strip()
    if _AGO.match(norm):
        return ""
    rest = _CLOCK.sub(" ", _CAPTION_DATE.sub(" ", norm))
    if rest == norm:
        return None
    rest = _DATE_WORDS.sub(" ", rest)
    return re.sub(r"[\s\-–—|:،,/.()+]+", " ", rest).strip()


def is_date_only(norm: str) -> bool:
    """A short normalized line that prints only a date, a clock time or an age: a page's
    date stamp ('الثلاثاء 25 نوفمبر 2026', 'اخر تحديث: 22 نوفمبر 2026 - 23:45', 'منذ 3 ساعات'),
    never a sentence."""
    return date_remainder(norm) == ""


def is_byline(norm: str, nwords: int | None = None) -> bool:
    """'كتب: فلان', 'بقلم ...': a writer's line, at most eight words (``nwords``, else counted
    by white space)."""
    return bool(_BYLINE.match(norm)) and (len(norm.split()) if nwords is None else nwords) <= 8


def is_copyright(norm: str) -> bool:
    """A copyright notice ('© 2026 ...', 'جميع الحقوق محفوظه')."""
    return bool(_COPYRIGHT.match(norm)) or "الحقوق محفوظه" in norm


def is_reading_time(norm: str) -> bool:
    """'قراءه 3 دقائق', '5 دقائق للقراءه'."""
    return bool(_READING_TIME.match(norm.strip()))


@lru_cache(maxsize=1)
def chrome_phrases() -> tuple[tuple[str, str, bool], ...]:
    """(normalized phrase, kind, is also a verb), longest first."""
    rows = {normalize_word(p): (kind, verb == "yes") for p, kind, verb in _read_tsv("layout_chrome.tsv")}
    return tuple(sorted(((p, k, v) for p, (k, v) in rows.items()), key=lambda pkv: (-len(pkv[0]), pkv[0])))


@lru_cache(maxsize=1)
def _credit_markers() -> re.Pattern[str]:
    words = sorted({normalize_word(row[0]) for row in _read_tsv("layout_credits.tsv")}, key=len, reverse=True)
    return re.compile(r"(?:^|[\s/(])(?:" + "|".join(map(re.escape, words)) + r")(?=$|[\s/).,:])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _platforms() -> re.Pattern[str]:
    """Names of social networks and app stores (``data/layout_platforms.tsv``), as whole words."""
    names = sorted({normalize_word(row[0]) for row in _read_tsv("layout_platforms.tsv")}, key=len, reverse=True)
    return re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, names)) + r")(?![^\W_])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _calls() -> dict[str, bool]:
    """Calls to action of share/follow/download prompts (``data/layout_calls.tsv``): word -> strong."""
    return {normalize_word(row[0]): row[1] == "strong" for row in _read_tsv("layout_calls.tsv")}


def platform_prompt(norm: str, nwords: int) -> str | None:
    """'تابعونا على تويتر' (strong), 'شارك الخبر على فيسبوك' (weak) or None.

    A short line naming a social network or app store with a call to action, a share bar
    naming two platforms or more ('شاركها: فيسبوك | إكس | واتساب'), or a call that names the
    site's own app or channel ('تابع آخر الأخبار عبر تطبيقنا'). Weak calls are also narrative
    past tenses, so they count only as the line's first word (with or without an object
    pronoun: شاركها).
    """
    if nwords > PROMPT_MAX_WORDS:
        return None
    platforms = len(_platforms().findall(norm))
    if platforms >= 2 and nwords <= SHARE_BAR_MAX_WORDS:
        return "strong"
    calls = _calls()
    weak = own = False
    for i, word in enumerate(_WORD.findall(norm)):
        for stem in (word, word[1:] if word[:1] in "وفل" else "", word[2:] if word[:2] in ("ول", "فل") else ""):
            strong = calls.get(stem) if stem else None
            if strong:
                if platforms:
                    return "strong"
                own = own or stem.endswith("نا")  # the site's own app or channel (تطبيقنا، قناتنا)
            if i == 0 and stem == word and (strong is not None or _object_pronoun_call(word, calls)):
                weak = True
    if own and weak:  # 'تابع آخر الأخبار عبر تطبيقنا': a call opening the line, the site's own app
        return "strong"
    return "weak" if weak and platforms else None


def _object_pronoun_call(word: str, calls: dict[str, bool]) -> bool:
    """شاركها، شاركه: a call with an object pronoun ('share it')."""
    for pron in ("ها", "ه", "هم"):
        if word.endswith(pron) and calls.get(word[: -len(pron)]) is not None:
            return True
    return False


@lru_cache(maxsize=1)
def _caption_openers() -> tuple[str, ...]:
    return tuple(normalize_word(o) + ":" for o in _CAPTION_OPENERS)


def _read_tsv(name: str) -> list[list[str]]:
    """Rows of a bundled TSV after its '#' provenance lines and header row."""
    lines = resources.files("khabar.data").joinpath(name).read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return rows[1:]


def _words(text: str) -> int:
    return len(_WORD.findall(text))


@dataclass
class _Para:
    seg: Segment
    norm: str
    key: str = ""  # white-space-collapsed norm, for repetition checks
    words: frozenset[str] = frozenset()
    kind: str = ""  # chrome | duplicate | caption | headline | dek | byline | body
    dup_of: int = -1


def _chrome_kind(norm: str, nwords: int) -> str | None:
    """The kind of site furniture a line is (menu, more, share, tags, legal ...), or None."""
    if _COPYRIGHT.match(norm):
        return "legal"
    if _TAGS.match(norm) or _HASHTAGS.match(norm):
        return "tags"
    if _WIRE_CREDIT.match(norm):
        return "credit"
    if nwords > RELATED_MAX_WORDS:
        return None
    if platform_prompt(norm, nwords) == "strong":
        return "share"
    for phrase, kind, verb in chrome_phrases():
        if norm.startswith(phrase) and (len(norm) == len(phrase) or not norm[len(phrase)].isalnum()):
            # 'اقرأ أيضا: <another article's headline>' may be long; other furniture is short
            if norm[len(phrase):].lstrip().startswith(":"):
                return kind
            # a label that is also a verb (شارك، شاهد، بحث) can open a headline or a sentence
            # ('شارك آلاف في مسيرة'): alone or nearly so it is furniture, longer it is not
            if nwords <= (LABEL_MAX_WORDS if verb else CHROME_MAX_WORDS):
                return kind
    return None


def _is_link_heading(kind: str | None, norm: str, nwords: int) -> bool:
    """'اقرأ المزيد عن', 'مواضيع ذات صلة', 'اقرأ أيضا:' alone on a line: links or tags follow."""
    return kind in ("more", "tags") and nwords <= 4


def _is_banner(norm: str, nwords: int) -> bool:
    """A short line above the headline split by a separator: 'Site | Section', 'X - day 397'."""
    return nwords <= BANNER_MAX_WORDS and bool(re.search(r"\s[-|–—»›]\s", norm)) and not _END_STOP.search(norm)


def _credits(text: str) -> list[tuple[int, int]]:
    """Offsets (within ``text``) of photo credits as printed."""
    markers = _credit_markers()
    found: list[tuple[int, int]] = []
    for m in _PAREN.finditer(text):
        if markers.search(normalize_word(m.group(1))):
            found.append(m.span(1))
    if not found:
        m2 = _TRAILING_CREDIT.search(text)
        if m2 and markers.search(normalize_word(m2.group(1))):
            s, e = m2.span(1)
            while e > s and text[e - 1] in " .":
                e -= 1
            found.append((s, e))
    if not found:
        # 'A scene at a place, 12 March 2024. (Source)': a dated scene closed by its source
        m3 = _CLOSING_PAREN.search(text)
        if m3 and _CAPTION_DATE.search(normalize_word(text[max(0, m3.start() - 40):m3.start()])):
            found.append(m3.span(1))
    return found


def _looks_like_caption(text: str, norm: str, credits: list[tuple[int, int]], nwords: int) -> bool:
    if nwords > CAPTION_MAX_WORDS:
        return False
    if norm.startswith(_caption_openers()):
        return True
    if not credits:
        return False
    # the credit must close the paragraph (a wire dateline '(رويترز) -' opens one instead)
    tail = text[credits[-1][1]:].strip(" ).؛;")
    if tail:
        return False
    # a long paragraph closed by a bare agency name is a wire sign-off, not a caption
    return nwords < SIGNOFF_MIN_WORDS or bool(_PHOTOGRAPHER.search(text[credits[-1][0]:credits[-1][1]]))


def _caption_dates(norm: str) -> list[str]:
    out = []
    for m in _CAPTION_DATE.finditer(norm):
        day, month, year = int(m.group(1)), _MONTHS[m.group(2)], int(m.group(3))
        if 1 <= day <= 31:
            out.append(f"{year:04d}-{month:02d}-{day:02d}")
    return out


def _near(a: _Para, b: _Para) -> bool:
    """Near-exact repetition: same length within 10% and word overlap >= 90%."""
    if abs(len(a.key) - len(b.key)) > 0.1 * max(len(a.key), len(b.key)):
        return False
    if not a.words:
        a.words = frozenset(_WORD.findall(a.key))
    if not b.words:
        b.words = frozenset(_WORD.findall(b.key))
    return len(a.words & b.words) / max(len(a.words | b.words), 1) >= NEAR_DUPLICATE


def _mark_duplicates(paras: list[_Para]) -> None:
    seen: dict[str, int] = {}
    firsts: list[_Para] = []
    for p in paras:
        key = p.key = " ".join(p.norm.split())
        if len(key) < MIN_DUPLICATE_CHARS:
            continue
        if key in seen:
            p.kind, p.dup_of = "duplicate", seen[key]
            continue
        near = next((f for f in firsts if _near(p, f)), None)
        if near is not None:
            p.kind, p.dup_of = "duplicate", near.seg.start
            continue
        seen[key] = p.seg.start
        firsts.append(p)


def analyze_layout(text: str, paragraphs: list[Segment]) -> Layout:
    """The layout of ``text`` given its paragraphs (non-blank lines)."""
    paras = [_Para(seg, normalize_word(seg.text)) for seg in paragraphs]
    _mark_duplicates(paras)
    layout = Layout()
    headline_seen = False
    in_link_list = False
    for i, p in enumerate(paras):
        if p.kind == "duplicate":
            continue
        nwords = _words(p.norm)
        kind = _chrome_kind(p.norm, nwords)
        if kind is not None or (not headline_seen and _is_banner(p.norm, nwords)):
            p.kind = "chrome"
            in_link_list = _is_link_heading(kind, p.norm, nwords)
            continue
        if in_link_list and nwords <= LINK_MAX_WORDS and not _END_STOP.search(p.norm):
            p.kind = "chrome"  # a tag or related-article link under a link heading
            continue
        in_link_list = False
        if is_byline(p.norm, nwords):
            p.kind = "byline"
            layout.bylines.append(Span.of(text, p.seg.start, p.seg.end))
            continue
        if not headline_seen and nwords <= LABEL_MAX_WORDS and not _END_STOP.search(p.norm):
            nxt = next((q for q in paras[i + 1:] if q.kind != "duplicate"), None)
            if nxt is not None and _words(nxt.norm) >= max(5, nwords + 2):
                p.kind = "chrome"  # a section label above the headline
                continue
        credits = _credits(p.seg.text)
        if _looks_like_caption(p.seg.text, p.norm, credits, nwords):
            p.kind = "caption"
            spans = [Span.of(text, p.seg.start + s, p.seg.start + e) for s, e in credits]
            layout.captions.append(Caption(start=p.seg.start, end=p.seg.end, text=p.seg.text,
                                           credits=[s.text for s in spans], credit_spans=spans,
                                           dates=_caption_dates(p.norm)))
            continue
        if not headline_seen:
            headline_seen = True
            if nwords <= HEADLINE_MAX_WORDS and not p.norm.rstrip().endswith("."):
                p.kind = "headline"
                layout.headline = Span.of(text, p.seg.start, p.seg.end)
                continue
        elif layout.headline is not None and layout.dek is None and not any(q.kind == "body" for q in paras[:i]):
            bare = _PAREN.sub("", p.norm).rstrip()
            more = any(_words(q.norm) >= 5 for q in paras[i + 1:] if q.kind != "duplicate")
            if (5 <= nwords <= DEK_MAX_WORDS and more and not _END_STOP.search(bare)
                    and not _DATELINE_WIRE.match(p.norm)):
                p.kind = "dek"
                layout.dek = Span.of(text, p.seg.start, p.seg.end)
                continue
        p.kind = "body"
        layout.body.append(Span.of(text, p.seg.start, p.seg.end))
        m = _DATELINE.match(p.seg.text)
        if m and len(layout.body) == 1 and _words(m.group()) <= 6:
            layout.datelines.append(Span.of(text, p.seg.start, p.seg.start + m.end()))
    _trailing_prompts(paras, layout)
    for p in paras:
        if p.kind in ("chrome", "byline"):  # a byline is furniture too; ``bylines`` names it
            layout.chrome.append(Span.of(text, p.seg.start, p.seg.end))
        elif p.kind == "duplicate":
            layout.duplicates.append(Duplicate(start=p.seg.start, end=p.seg.end, text=p.seg.text,
                                               duplicate_of=p.dup_of))
    return layout


def _trailing_prompts(paras: list[_Para], layout: Layout) -> None:
    """Body paragraphs closing the article that are share/follow prompts ('شارك الخبر على فيسبوك')."""
    for p in reversed(paras):
        if p.kind in ("chrome", "duplicate", "byline"):
            continue
        if p.kind != "body" or platform_prompt(p.norm, _words(p.norm)) is None:
            break
        p.kind = "chrome"
        layout.body = [b for b in layout.body if b.start != p.seg.start]


def layout_stage(doc: Document) -> None:
    """Fill ``doc.layout`` from the plain text, unless a reader already filled it from markup."""
    lay = doc.layout
    if lay.headline or lay.body or lay.captions:
        return
    doc.layout = analyze_layout(doc.text, view(doc).paragraphs)
