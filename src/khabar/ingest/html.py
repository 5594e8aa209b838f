"""HTML pages to Documents: trafilatura for the main text, khabar's layer for the rest.

trafilatura finds the article body and most metadata well, but it drops what matters for
facts in news pages: figure captions and their photo credits, the standfirst (dek) as a
unit of its own, the dateline, and it may date a page from a copyright year. This module
parses the page once with lxml, reads those parts from the markup (figure/figcaption,
JSON-LD, OpenGraph, ``<meta>``), hands the same tree to trafilatura for the body, and
assembles the Document text as headline, dek, captions and body paragraphs separated by
blank lines, with ``doc.layout`` filled from the markup so the layout stage need not guess.
resiliparse is the fast path (``fast=True``) and the fallback when trafilatura gives up.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from khabar.errors import EmptyInputError, ParseError
from khabar.ingest.text import DEFAULT_MAX_BYTES, decode_bytes
from khabar.model import Caption, Document, Layout, PublicationDate, Span

# --- decoding -----------------------------------------------------------------------------

_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_XML_ENC_RE = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in ``<meta charset>``/``http-equiv`` or its XML prolog."""
    head = data[:8192]
    m = _XML_ENC_RE.search(head) or _META_CHARSET_RE.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").strip().lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(data: bytes, *, http_charset: str | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """Decode page bytes: BOM, valid UTF-8, then the declared charset, the server's, sniffing.

    Valid UTF-8 wins over a declaration because Arabic in windows-1256 or ISO-8859-6 is
    practically never valid UTF-8, while pages that declare a legacy charset and are served
    in UTF-8 are common; otherwise the page's ``<meta charset>`` (windows-1256) is honoured.
    """
    if len(data) > max_bytes or data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_bytes(data, max_bytes=max_bytes)
    try:
        text = data.decode("utf-8")
        if text.strip() and "\x00" not in text[:65536]:
            return text, "utf-8"
    except UnicodeDecodeError:
        pass
    for enc in dict.fromkeys(e for e in (declared_charset(data), http_charset) if e):
        try:
            name = codecs.lookup(enc).name
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if name in ("latin-1", "iso8859-1", "cp1252", "ascii") and re.search(r"[\u00c0-\u00ff]{4}", text):
            continue  # a Latin default over Arabic bytes: let the sniffer decide
        if text.strip():
            return text, name
    return decode_bytes(data, max_bytes=max_bytes)


# --- what khabar reads from the page ------------------------------------------------------


@dataclass
class CaptionPart:
    """One caption: ``text`` is as printed (credit included), ``credits`` substrings of it."""

    text: str
    credits: list[str] = field(default_factory=list)


@dataclass
class Page:
    """What the page says, before it becomes a Document."""

    headline: str | None = None
    dek: str | None = None
    date_line: str | None = None  # a standalone date under the headline ("الأحد 3 مارس 2024")
    bylines: list[str] = field(default_factory=list)  # "كتب: ..." lines
    captions: list[CaptionPart] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    date: str | None = None
    date_source: str | None = None
    date_texts: list[str] = field(default_factory=list)  # page strings that may give the date
    htmldate: str | None = None
    extractor: str = "trafilatura"


_WS_RE = re.compile(r"\s+")


def _clean(s: str | None) -> str:
    return _WS_RE.sub(" ", s or "").strip()


def _key(s: str) -> str:
    """Comparison key: white space and punctuation insensitive."""
    return re.sub(r"[\W_]+", "", s)


def _classes(el: Any) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower()


_DEK_RE = re.compile(
    r"(?:^|[\s_-])(?:sub-?(?:head(?:line|ing)?|title)|standfirst|dek|deck|excerpt|summary|lead|intro|teaser|"
    r"strap(?:line)?|lede|abstract|brief|article-desc(?:ription)?|description)(?:$|[\s_-])"
)
_CAPTION_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:caption|wp-caption-text|figcaption|image-caption|photo-caption)(?:$|[\s_-])")
_CREDIT_CLASS_RE = re.compile(r"credit|copyright|photographer|source|attribution|byline")
_DATE_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:date|time|published|publish-date|pubdate|posted|timestamp|post-date|entry-date)")
_SKIP_ANCESTOR_RE = re.compile(r"(?:^|[\s_-])(?:related|sidebar|widget|recommend|most-read|more-on|promo|advert|ads?)(?:$|[\s_-])")
_SKIP_TAGS = {"nav", "aside", "footer"}
# short lines that are site furniture whatever the site: "read more", "share", "follow us", "advertisement"
_CHROME_LINE_RE = re.compile(
    r"^(?:(?:اقرأ|إقرأ|اقرا)\s+(?:المزيد|أيضا|أيضاً|ايضا)(?:\s+\S+){0,3}"
    r"|(?:شارك|شاركها|شارك الخبر|شارك المقال|تابعنا|تابعونا)(?:\s+(?:على|عبر|في)(?:\s+\S+){1,3})?"
    r"|(?:مواضيع|أخبار|مقالات)\s+ذات\s+صلة|الأكثر\s+(?:قراءة|مشاهدة)|إعلان|اعلان|Advertisement"
    r"|اشترك(?:\s+الآن|\s+في\s+النشرة(?:\s+\S+)?)?)\s*[:：.]?$"
)
_READ_ALSO_RE = re.compile(r"^(?:اقرأ|إقرأ|اقرا|شاهد|طالع)\s+(?:أيضا|أيضاً|ايضا|ايضاً|المزيد)\s*[:：]")
_PAREN_CREDIT_RE = re.compile(r"\(([^()\n]{2,80})\)(?=\s*(?:$|[؛;]))")


# a class or id naming a box that is never the article's own text, whatever the site: reader
# comments, cookie and consent banners, newsletter boxes, pull quotes (they repeat the body),
# breadcrumbs, tickers, share and social bars, tag lists, and the blockquotes of the platforms'
# embed codes (twitter-tweet, instagram-media, tiktok-embed, fb-post). Matched on whole class
# tokens by their start, and never on the page's body, main or article element, whose classes
# describe the page ("single-post comments-open").
_CHROME_TOKEN_RE = re.compile(
    r"^(?:comment|cookie|consent|gdpr|newsletter|pull-?quote|breadcrumb|ticker|share|sharing|social|"
    r"tags?$|tag-?list|post-tags|article-tags|twitter-tweet|instagram-media|tiktok-embed|fb-post|disclaimer|"
    r"author-?(?:box|bio|card|info|profile|details)|about-?(?:the-?)?author|key-?(?:facts|points)|highlights|"
    r"fact-?box|info-?box)")
# a box asking the reader to sign up or pay, named anywhere in a class ("kg-signup-card")
_CHROME_PART_RE = re.compile(r"(?:^|[\s_-])(?:signup|subscribe|subscription|cta)(?:-(?:card|box|form|banner|block))?(?:$|\s)")
_PAGE_TAGS = {"html", "body", "main", "article"}


def _is_chrome_box(el: Any) -> bool:
    """Navigation, an aside, a footer, a related-links box or another box of site furniture."""
    if not isinstance(el.tag, str):
        return False
    if el.tag in _SKIP_TAGS:
        return True
    classes = _classes(el)
    if not classes.strip():
        return False
    if _SKIP_ANCESTOR_RE.search(classes):
        return True
    return el.tag not in _PAGE_TAGS and (any(_CHROME_TOKEN_RE.match(t) for t in classes.split())
                                         or bool(_CHROME_PART_RE.search(classes)))


def _in_chrome(el: Any) -> bool:
    """Inside navigation, asides, footers, related-links boxes or other site furniture."""
    return any(_is_chrome_box(anc) for anc in el.iterancestors())


def _text(el: Any) -> str:
    return _clean(el.text_content())


_HIDDEN_CLASS_RE = re.compile(r"visually-hidden|sr-only|screen-reader|offscreen|a11y")
_CREDIT_TEXT_RE = re.compile(
    r"^(?:مصدر الصورة|صدر الصورة|حقوق الصورة|الصورة من|تصوير|Image source|Photo credit|Credit|©)\s*[،,:：]?\s*", re.I)
_TRAILING_DASH_RE = re.compile(r"\s[-–—]\s*([^-–—()]{2,60}?)\s*\.?\s*$")


@lru_cache(maxsize=1)
def _credit_markers() -> re.Pattern[str]:
    """Photo agencies and credit words (``data/layout_credits.tsv``, shared with the layout stage)."""
    from khabar.text import normalize_word

    words = {normalize_word(w) for w in _data_column("layout_credits.tsv")}
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True) if w)
    return re.compile(r"(?:^|[\s/(])(?:" + alts + r")(?=$|[\s/).,:])", re.I)


@lru_cache(maxsize=4)
def _data_column(name: str) -> tuple[str, ...]:
    """First column of a bundled TSV (after ``#`` provenance lines and the header row)."""
    from importlib import resources

    try:
        lines = resources.files("khabar.data").joinpath(name).read_text(encoding="utf-8").splitlines()
    except (FileNotFoundError, ModuleNotFoundError):
        return ()
    rows = [ln.split("\t")[0].strip() for ln in lines if ln.strip() and not ln.startswith("#")]
    return tuple(rows[1:])


@lru_cache(maxsize=1)
def _chrome_phrases() -> tuple[tuple[str, bool], ...]:
    """The layout stage's site-furniture phrases (``data/layout_chrome.tsv``), with whether a
    line may merely start with them ("اقرأ المزيد عن ...") or must be exactly them (a menu
    word such as "بحث", or a label that is also a verb, can open a real subheading)."""
    from khabar.layout import chrome_phrases

    return tuple((p, kind in ("more", "subscribe", "tags", "legal") and not verb) for p, kind, verb in chrome_phrases())


def _is_chrome_line(line: str) -> bool:
    """A short line that is a menu word, a share/follow/read-more stub or a legal notice."""
    from khabar.layout import platform_prompt
    from khabar.text import normalize_word

    norm = normalize_word(line).strip(" .:：|-")
    for phrase, prefix_ok in _chrome_phrases():
        if norm == phrase or (prefix_ok and norm.startswith(phrase) and not norm[len(phrase)].isalnum()):
            return True
    # 'تابعونا على تويتر': a follow/share/download prompt naming a platform (the layout stage's rule)
    return platform_prompt(norm, len(norm.split())) == "strong"


def _is_credit(text: str) -> bool:
    from khabar.text import normalize_word

    return bool(_credit_markers().search(normalize_word(text)))


def _caption(el: Any, figure: Any = None) -> CaptionPart | None:
    """A caption element to its printed text with credits.

    Credits come from separate credit markup (``<cite>``, ``.credit``), from a credit line
    elsewhere in the same ``<figure>`` ("مصدر الصورة، Getty Images"), from a parenthetical at
    the end, or from a trailing ``- وكالة`` naming a photo agency. Screen-reader labels
    ("التعليق على الصورة،") are not caption text.
    """
    hidden = [c for c in el.iterdescendants() if isinstance(c.tag, str) and _HIDDEN_CLASS_RE.search(_classes(c))]
    credit_els = [c for c in el.iterdescendants()
                  if isinstance(c.tag, str) and c not in hidden
                  and (c.tag in ("cite", "small") or _CREDIT_CLASS_RE.search(_classes(c)))]
    credit_els = [c for c in credit_els if not any(a in credit_els or a in hidden for a in c.iterancestors())]
    credit_texts = [t for t in (_text(c) for c in credit_els) if t]
    if figure is not None:
        inside = set(el.iter())
        taken: list[Any] = []
        for c in figure.iterdescendants():
            if not isinstance(c.tag, str) or c in inside or c.tag in ("img", "picture", "source", "figcaption"):
                continue
            if _HIDDEN_CLASS_RE.search(_classes(c)) or any(a in taken for a in c.iterancestors()):
                continue
            c_hidden = [h for h in c.iterdescendants() if isinstance(h.tag, str) and _HIDDEN_CLASS_RE.search(_classes(h))]
            full = _text(c)
            t = _clean("".join(_caption_text_without(c, c_hidden)))
            if not t or len(t.split()) > 12 or any(isinstance(k.tag, str) and _text(k) == full for k in c):
                continue  # empty, too long, or a wrapper whose child says the same
            if _CREDIT_CLASS_RE.search(_classes(c)) or _CREDIT_TEXT_RE.match(full):
                taken.append(c)
                if t not in credit_texts:
                    credit_texts.append(t)
    main = _clean("".join(_caption_text_without(el, hidden + credit_els)))
    if credit_texts:
        text = main
        credits: list[str] = []
        for ct in credit_texts:
            inner = ct[1:-1].strip() if ct.startswith("(") and ct.endswith(")") else ct
            text = f"{text} ({inner})" if text else f"({inner})"
            credits.append(inner)  # as printed, label and all ("تصوير: ...")
        return CaptionPart(text, credits) if main or credits else None
    text = main
    if len(text) < 3:
        return None
    credits = []
    for m in _PAREN_CREDIT_RE.finditer(text):
        inner = m.group(1).strip()
        if len(inner.split()) <= 8:
            credits.append(inner)
    if not credits:
        m2 = _TRAILING_DASH_RE.search(text)
        if m2 and len(m2.group(1).split()) <= 6 and _is_credit(m2.group(1)):
            credits.append(m2.group(1).strip())
    return CaptionPart(text, credits)


def _caption_text_without(el: Any, skip: list[Any]) -> list[str]:
    """Text of ``el`` leaving out the ``skip`` subtrees (their tails kept)."""
    out: list[str] = []

    def walk(node: Any) -> None:
        if node in skip:
            if node.tail:
                out.append(node.tail)
            return
        if isinstance(node.tag, str) and node.text:
            out.append(node.text)
        for child in node:
            walk(child)
        if node is not el and node.tail:
            out.append(node.tail)

    walk(el)
    return out


def _iso_date(value: Any) -> str | None:
    """An ISO date from a metadata value (ISO timestamps, ``YYYY-MM-DD``, RFC 2822)."""
    if not isinstance(value, str):
        return None
    v = value.strip()
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", v) or re.match(r"(\d{4})/(\d{1,2})/(\d{1,2})", v)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})(?:T.*)?", v)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    try:
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(v).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
                  "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "webpage", "liveblogposting"}


def _jsonld_articles(tree: Any) -> list[dict[str, Any]]:
    """NewsArticle-like objects from the page's JSON-LD blocks (``@graph`` flattened)."""
    found: list[dict[str, Any]] = []

    def visit(obj: Any) -> None:
        if isinstance(obj, list):
            for o in obj:
                visit(o)
        elif isinstance(obj, dict):
            types = obj.get("@type")
            names = [types] if isinstance(types, str) else types if isinstance(types, list) else []
            if any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in names):
                found.append(obj)
            if "@graph" in obj:
                visit(obj["@graph"])

    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            visit(json.loads(raw))
        except ValueError:
            continue
    # real articles before generic WebPage objects
    found.sort(key=lambda o: 1 if str(o.get("@type")).lower() == "webpage" else 0)
    return found


def _names(value: Any) -> list[str]:
    """Names from a JSON-LD person/org/keywords value."""
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        out: list[str] = []
        for v in value:
            out.extend(_names(v))
        return out
    return []


_DATE_META = ("article:published_time", "og:published_time", "og:article:published_time", "datepublished",
              "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date.issued", "dc.date",
              "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime",
              "article.published", "published_time", "release_date", "original-publish-date")


def _first(values: list[str] | None) -> str | None:
    return values[0] if values else None


def read_metadata(tree: Any) -> dict[str, Any]:
    """Title, date, author, site, tags, language, canonical URL from JSON-LD, OpenGraph and ``<meta>``."""
    meta: dict[str, Any] = {}
    metas: dict[str, list[str]] = {}
    for m in tree.iter("meta"):
        name = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        content = m.get("content")
        if name and content is not None and content.strip():
            metas.setdefault(name, []).append(_clean(content))
    articles = _jsonld_articles(tree)
    art = articles[0] if articles else {}

    date = _iso_date(art.get("datePublished")) or _iso_date(art.get("dateCreated"))
    date_from = "json-ld" if date else None
    if not date:
        for name in _DATE_META:
            for v in metas.get(name, []):
                date = _iso_date(v)
                if date:
                    date_from = f"meta:{name}"
                    break
            if date:
                break
    if not date:
        for t in tree.iter("time"):
            if t.get("datetime") and (t.get("pubdate") is not None or t.get("itemprop") == "datePublished"):
                date = _iso_date(t.get("datetime"))
                if date:
                    date_from = "time-element"
                    break
    if not date:
        for el in tree.xpath("//*[@itemprop='datePublished']"):
            date = _iso_date(el.get("content") or el.get("datetime"))
            if date:
                date_from = "itemprop"
                break
    if not date:
        # a <time datetime> in the article (not in menus or related-links boxes) dates the page
        for t in tree.iter("time"):
            if t.get("datetime") and not _in_chrome(t):
                date = _iso_date(t.get("datetime"))
                if date:
                    date_from = "time-datetime"
                    break
    if date:
        meta["date"], meta["date_from"] = date, date_from
    body = art.get("articleBody")
    if isinstance(body, str) and body.strip():
        meta["_article_body"] = body
    modified = _iso_date(art.get("dateModified")) or next(
        (d for d in (_iso_date(v) for v in metas.get("article:modified_time", [])) if d), None)
    if modified:
        meta["date_modified"] = modified

    title = art.get("headline") if isinstance(art.get("headline"), str) else None
    title = title or _first(metas.get("og:title") or metas.get("twitter:title"))
    if title:
        meta["title"] = _clean(title)
    authors = _names(art.get("author")) or metas.get("author", []) or metas.get("article:author", [])
    if authors:
        meta["author"] = "; ".join(dict.fromkeys(a for a in authors if not a.startswith("http")))
    site = _first(_names(art.get("publisher")) or metas.get("og:site_name"))
    if site:
        meta["site"] = site
    tags = _names(art.get("keywords"))
    if len(tags) == 1 and "," in tags[0]:
        tags = [t.strip() for t in tags[0].split(",") if t.strip()]
    tags = tags or metas.get("article:tag", []) or [
        t.strip() for v in metas.get("keywords", []) for t in v.split(",") if t.strip()]
    if tags:
        meta["tags"] = list(dict.fromkeys(tags))
    section = _names(art.get("articleSection")) or metas.get("article:section", [])
    if section:
        meta["section"] = section[0]
    desc = art.get("description") if isinstance(art.get("description"), str) else None
    desc = desc or _first(metas.get("og:description") or metas.get("description"))
    if desc:
        meta["description"] = _clean(desc)
    lang = art.get("inLanguage") if isinstance(art.get("inLanguage"), str) else None
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree
    lang = lang or root.get("lang") or root.get("xml:lang") or _first(metas.get("og:locale"))
    if lang:
        meta["language"] = lang.replace("_", "-").split("-")[0].lower()
    canonical = next((link.get("href") for link in tree.iter("link")
                      if (link.get("rel") or "").lower() == "canonical" and link.get("href")), None)
    canonical = canonical or _first(metas.get("og:url"))
    if canonical:
        meta["canonical_url"] = canonical.strip()
    return meta


def _headline(tree: Any, title: str | None) -> str | None:
    """The printed headline: the ``<h1>`` that matches the metadata title, else the only real one."""
    h1s = [h for h in tree.iter("h1") if not _in_chrome(h)]
    texts = [(h, _heading_text(h)) for h in h1s]
    texts = [(h, t) for h, t in texts if t]
    if title:
        tk = _key(title)
        for _h, t in texts:
            k = _key(t)
            if k and (k in tk or tk in k):
                return t
    long = [t for _, t in texts if len(t.split()) >= 3]
    if len(long) == 1:
        return long[0]
    return _strip_site(title) if title else (long[0] if long else None)


def _heading_text(el: Any) -> str:
    """A heading's text; for an unclosed ``<h1>`` that swallowed the page, only its own text."""
    t = _text(el)
    if len(t.split()) > 30:
        t = _clean(el.text)
    return t


def _strip_site(title: str) -> str:
    """``Headline | Section | Site`` -> ``Headline``."""
    parts = re.split(r"\s+[|\-–—:]\s+", title)
    return max(parts, key=len).strip() if len(parts) > 1 else title


# the same names written in camelCase, as ASP.NET and older CMSs do ("PrintSubTitle", "lblSubTitle")
_DEK_CAMEL_RE = re.compile(r"(?:Sub[Tt]itle|Sub[Hh]ead(?:line|ing)?|Standfirst|Strapline|Lede)(?:$|[A-Z\s_-])")


def _is_dek_class(el: Any) -> bool:
    if _DEK_RE.search(_classes(el)):
        return True
    return bool(_DEK_CAMEL_RE.search(f"{el.get('class') or ''} {el.get('id') or ''}"))


def _standalone_summary(el: Any, text: str) -> bool:
    """One short paragraph right under the headline, with no paragraph after it: a dek
    whatever its class (hashed class names say nothing). The body's first paragraph has
    the next one beside it."""
    if el.tag not in ("p", "div") or not 4 <= len(text.split()) <= 40 or _furniture_line(text, len(text.split())):
        return False
    kids = [k for k in el if isinstance(k.tag, str)]
    if el.tag == "div" and [k.tag for k in kids] != ["p"]:
        return False
    nxt = next((x for x in el.itersiblings() if isinstance(x.tag, str)), None)
    return nxt is not None and nxt.tag != "p"


def _dek(tree: Any, headline_el: Any) -> str | None:
    """The standfirst: an element with a dek-like class near the headline, or an ``<h2>`` right after the ``<h1>``."""
    if headline_el is not None:
        for sib in headline_el.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            t = _text(sib)
            if not t:
                continue
            if sib.tag in ("h2", "p", "div", "span") and (sib.tag == "h2" or _is_dek_class(sib)
                                                          or sib.get("itemprop") == "description"
                                                          or _standalone_summary(sib, t)):
                if 4 <= len(t.split()) <= 80:
                    return t
            break
    order: dict[Any, int] = {}
    if headline_el is not None:
        order = {e: i for i, e in enumerate(tree.iter())}
    for el in tree.iter("p", "div", "h2", "span", "section", "header"):
        if not isinstance(el.tag, str) or not _is_dek_class(el) or _in_chrome(el):
            continue
        cls = _classes(el)
        if "description" in cls and "article" not in cls:
            continue
        if order and order.get(el, 0) < order.get(headline_el, 0):
            continue  # a standfirst comes after the headline
        if el.xpath(".//figure|.//img|.//figcaption|ancestor::figure|ancestor::figcaption"):
            continue  # "lead-image" boxes and captions are not the dek
        t = _text(el)
        if 4 <= len(t.split()) <= 80 and len(el.xpath(".//p")) <= 1:
            return t
    return None


@cache
def _candidates(tag: str) -> Any:
    """A compiled XPath for ``tag`` elements and elements with a class or id, in document order.

    Pages of real news sites hold thousands of elements, most with neither; libxml2 skips
    those far faster than a walk in Python, and the callers' class regexes decide on the
    rest as before.
    """
    from lxml import etree

    return etree.XPath(f"//{tag} | //*[@class or @id]")


# a text node that prints a four-digit year and is short enough to be a date stamp
_YEAR_TEXTS = ("//body//text()[string-length(normalize-space(.)) <= 60]"
               "[contains(translate(., '0123456789٠١٢٣٤٥٦٧٨٩', '####################'), '####')]")


def _printed_dates(tree: Any) -> list[str]:
    """Date stamps printed in plain markup (old layouts: a ``<font>`` above the headline),
    for pages that mark no date at all: short texts that print only a date and a time."""
    from khabar.layout import is_date_only
    from khabar.text import normalize_word

    out: list[str] = []
    for t in tree.xpath(_YEAR_TEXTS):
        owner = t.getparent()
        if owner is None or owner.tag in ("script", "style") or _in_chrome(owner):
            continue
        text = _clean(str(t))
        if is_date_only(normalize_word(text)) and text not in out:
            out.append(text)
            if len(out) >= 3:
                break
    return out


def _date_texts(tree: Any) -> list[str]:
    """Short page strings that print the date: ``<time>`` text and date-classed elements."""
    out: list[str] = []
    for el in _candidates("time")(tree):
        if el.tag in ("script", "style", "meta", "link", "html", "body"):
            continue
        if el.tag == "time" or _DATE_CLASS_RE.search(_classes(el)):
            if _in_chrome(el):
                continue
            t = _text(el)
            if 4 <= len(t) <= 80 and re.search(r"\d", t) and t not in out:
                out.append(t)
                if len(out) >= 6:
                    break
    return out


def _repair(html: str) -> str:
    """Close an unterminated ``<title>``, which otherwise swallows the whole page."""
    low = html[:4096].lower()
    i = low.find("<title")
    if i >= 0 and "</title" not in html[: 200000].lower():
        j = html.find(">", i)
        if j > 0:
            m = re.compile(r"[\n<]").search(html, j + 1)
            k = m.start() if m else len(html)
            html = html[:k] + "</title>" + html[k:]
    return html


def parse_tree(html: str) -> Any:
    """The page as an lxml tree (trafilatura's loader: tolerant, handles XML prologs)."""
    from trafilatura.utils import load_html

    try:
        tree = load_html(_repair(html))
    except Exception as exc:  # lxml raises a zoo of errors on hostile input
        raise ParseError(f"HTML could not be parsed: {type(exc).__name__}") from None
    if tree is None:
        raise ParseError("input is not HTML (no element tree could be built)")
    return tree


def _trafilatura_lines(tree: Any, url: str | None) -> list[str] | None:
    """trafilatura's main text, one line per block (it works on its own copy of the tree)."""
    import trafilatura

    try:
        res = trafilatura.bare_extraction(tree, url=url, with_metadata=False, include_comments=False,
                                          include_tables=False)
    except Exception:  # trafilatura bugs on odd pages: fall back, never crash a batch
        return None
    text = getattr(res, "text", None)
    if res is None or not isinstance(text, str) or not text:
        return None
    return [ln for ln in (_clean(x) for x in text.split("\n")) if ln]


def _trafilatura_metadata(tree: Any, url: str | None, meta: dict[str, Any], page: Page) -> None:
    """Fill what JSON-LD/OpenGraph left out with trafilatura's metadata (and htmldate's date).

    Run last: it may alter the tree. htmldate runs without its extensive text search,
    which dates pages from copyright lines to YYYY-01-01; khabar's timex layer reads the
    page's printed dates instead.
    """
    import datetime as _dt

    from trafilatura.metadata import extract_metadata

    params = {"original_date": True, "extensive_search": False,
              "max_date": _dt.date.today().isoformat()}
    try:
        res = extract_metadata(tree, url, params, False, None)
    except Exception:
        return
    for k_ours, k_theirs in (("title", "title"), ("author", "author"), ("site", "sitename"),
                             ("description", "description")):
        v = getattr(res, k_theirs, None)
        if v and k_ours not in meta and len(str(v).split()) <= 40:
            meta[k_ours] = _clean(str(v))
    for k_ours, k_theirs in (("tags", "tags"), ("categories", "categories")):
        v = getattr(res, k_theirs, None)
        if v and k_ours not in meta:
            meta[k_ours] = [str(x) for x in v]
    if getattr(res, "date", None):
        page.htmldate = str(res.date)[:10]
    if not meta.get("canonical_url") and getattr(res, "url", None):
        meta["canonical_url"] = res.url


def _resiliparse_lines(html: str, *, main_content: bool = True) -> list[str]:
    from resiliparse.extract.html2text import extract_plain_text

    try:
        text = extract_plain_text(html, preserve_formatting=True, main_content=main_content, list_bullets=False,
                                  alt_texts=False, links=False, form_fields=False, noscript=False)
    except Exception:
        return []
    lines = [_clean(x) for x in text.split("\n")]
    return [ln for ln in lines if ln]


_PARAGRAPHS = "//p[string-length(normalize-space(.)) >= 30]"
# inside the article's box, never its running text (a data table, a score sheet: trafilatura's
# default leaves tables out too)
_CHROME_INSIDE = ".//aside | .//nav | .//footer | .//form | .//script | .//style | .//noscript | .//table"
_BR_TEXTS = "//*[br]/text()[string-length(normalize-space(.)) >= 30]"
# schema.org microdata: itemprop holds a space-separated list ("description articleBody")
_ARTICLE_BODY = "//*[contains(concat(' ', normalize-space(@itemprop), ' '), ' articleBody ')]"
# a block of text with no block inside: a paragraph on sites that write them as <div>s
_LEAF_DIVS = ("//div[not(.//div | .//p | .//table | .//ul | .//ol | .//section | .//article | .//figure)]"
              "[string-length(normalize-space(.)) >= 30]")
# a teaser card: a linked headline, or a link of three words or more outside any paragraph,
# beside its summary
_TEASER = ("boolean(.//a//h2 | .//a//h3 | .//a//h4 | .//h2//a | .//h3//a | .//h4//a"
           " | .//a[not(ancestor::p)][string-length(normalize-space(.)) - string-length(translate(normalize-space(.), ' ', '')) >= 2])")


def _article_container(tree: Any) -> Any | None:
    """The element that holds the article's paragraphs, or None.

    resiliparse's own main-content filter keeps what real pages put around an article
    (teaser cards, most-read lists, newsletter boxes), so the fast path first finds the
    article's box: schema.org ``itemprop=articleBody`` when the page marks it, else the
    element whose paragraphs hold the most text. A paragraph is a ``<p>``, or a run of text
    between ``<br>``s outside one (old layouts). Each counts fully for its parent and 0.6
    for its grandparent, so a body wrapped one paragraph per ``<div>`` is found whole.
    Paragraphs of teaser cards (see :func:`_teaser_card`) and of site chrome do not count.
    The best box is then widened to take in more paragraphs like its own (:func:`_widen`).
    """
    marked = tree.xpath(_ARTICLE_BODY)
    # the page's own mark is trusted over class names (Blogger calls every box a "widget")
    if marked and not any(a.tag in _SKIP_TAGS for a in marked[0].iterancestors()):
        return marked[0]
    paras = _paragraph_sizes(tree)
    if not paras:
        return None
    direct: dict[Any, float] = {}
    scores: dict[Any, float] = {}
    teaser: dict[Any, bool] = {}
    for parent, n in paras:
        if parent not in teaser:
            teaser[parent] = _in_teaser(parent)
        if teaser[parent]:
            continue
        direct[parent] = direct.get(parent, 0.0) + n
        scores[parent] = scores.get(parent, 0.0) + n
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + 0.6 * n
    chrome = {b: _in_chrome(b) or _is_chrome_box(b) for b in direct}
    ranked = sorted(scores, key=lambda b: -scores[b])
    # a page that shows several articles (the next story loaded below this one) is about the
    # one under its headline
    h1 = next((h for h in tree.iter("h1") if not _in_chrome(h)), None)
    home = next((a for a in h1.iterancestors() if a.tag == "article"), None) if h1 is not None else None
    if home is not None and any(_is_ancestor(home, b) for b in ranked[:4]):
        ranked = [b for b in ranked if _is_ancestor(home, b)]
    for box in ranked[:4]:
        if _may_hold_article(box):
            return _widen(box, direct, chrome)
    return None


def _widen(box: Any, direct: dict[Any, float], chrome: dict[Any, bool]) -> Any:
    """``box``, or the ancestor (up to three levels up) that also holds more paragraphs like
    the box's own: the other parts of a body split by ad slots, the other updates of a live
    blog, the other frames of a photo story. An ancestor whose new paragraphs are mostly
    of another kind (a gallery of other stories, a comment list) is not taken."""
    held = {b for b in direct if b is box or _is_ancestor(box, b)}
    best = up = box
    for _ in range(3):
        up = up.getparent()
        if up is None or not _may_hold_article(up):
            break
        new = [b for b in direct if not chrome[b] and b not in held and _is_ancestor(up, b)]
        if not new:
            continue  # a wrapper: look one level further
        alike = sum(direct[b] for b in new if _alike(b, box))
        if alike < 0.5 * sum(direct[b] for b in new):
            break
        best = up
        held.update(new)
    return best


def _alike(a: Any, b: Any) -> bool:
    """Same tag and a class in common (or neither has one)."""
    if a.tag != b.tag:
        return False
    ca, cb = set((a.get("class") or "").split()), set((b.get("class") or "").split())
    return bool(ca & cb) or not (ca or cb)


_INLINE_OR_HEADING = {"a", "h2", "h3", "h4", "h5", "h6", "span", "strong", "b", "em"}


def _teaser_card(el: Any) -> Any | None:
    """The teaser card ``el`` is or sits in (up to three levels up): the first of them with a
    linked headline (or a link of three words or more beside its paragraphs), if it holds at
    most two paragraphs and under 500 characters. An article's own box may hold a linked
    headline too (a "read also" box) but has more paragraphs, or more text."""
    for level, anc in enumerate((el, *el.iterancestors())):
        if level > 3 or anc.tag in _PAGE_TAGS - {"article"}:
            return None
        if anc.tag in _INLINE_OR_HEADING:
            continue  # the card is around its headline, not the headline itself
        if anc.xpath(_TEASER):
            return anc if len(anc.xpath(".//p")) <= 2 and len(anc.text_content()) < 500 else None
    return None


def _in_teaser(el: Any) -> bool:
    return _teaser_card(el) is not None


def _paragraph_sizes(tree: Any) -> list[tuple[Any, int]]:
    """(parent, characters) of each paragraph of 30 characters or more: every ``<p>``, and
    every run of text between ``<br>``s outside a ``<p>`` (old table layouts and some CMSs
    separate paragraphs that way, inside a ``<td>`` or a ``<div>``); on a page with hardly a
    ``<p>``, every ``<div>`` with no block inside it (blog editors write paragraphs so)."""
    out = [(p.getparent(), len(p.text_content())) for p in tree.xpath(_PARAGRAPHS) if p.getparent() is not None]
    if len(out) < 3:
        out += [(d.getparent(), len(d.text_content())) for d in tree.xpath(_LEAF_DIVS) if d.getparent() is not None]
    for t in tree.xpath(_BR_TEXTS):
        owner = t.getparent()
        if owner is not None and t.is_tail:
            owner = owner.getparent()
        if owner is not None and owner.tag not in ("script", "style", "p"):
            out.append((owner, len(t.strip())))
    return out


def _is_ancestor(anc: Any, el: Any) -> bool:
    return any(a is anc for a in el.iterancestors())


def _may_hold_article(box: Any) -> bool:
    """Not the whole page, not chrome, not mostly links."""
    if box.tag in ("html", "body") or _is_chrome_box(box) or _in_chrome(box):
        return False
    text = len(box.text_content()) or 1
    return sum(len(a.text_content()) for a in box.iter("a")) / text < 0.5


def _mostly_outside_box(lines: list[str], box: Any | None) -> bool:
    """trafilatura's lines are mostly text from outside the article's box (a menu, a
    teaser grid): on old table layouts it takes the page's furniture for the article. A
    second opinion only: with no box found, or a box the lines mostly come from, trafilatura
    stands."""
    if box is None:
        return False
    inside = _key(box.text_content())
    if len(inside) < 200:
        return False
    keys = [_key(ln) for ln in lines]
    outside = sum(len(k) for k in keys if k and k not in inside)
    return outside > 0.5 * sum(len(k) for k in keys)


def _container_lines(box: Any | None) -> tuple[list[str], Any | None]:
    """The article box's text, chrome inside it removed, as resiliparse renders it, and the box."""
    from copy import deepcopy

    from lxml import html as lxml_html

    if box is None:
        return [], None
    box = deepcopy(box)
    for el in box.xpath(_CHROME_INSIDE):
        el.drop_tree()
    for el in box.xpath(".//*[@class or @id]"):
        if el.getparent() is not None and _is_chrome_box(el):
            el.drop_tree()
    for heading in box.xpath(".//a//h2 | .//a//h3 | .//a//h4 | .//h2[.//a] | .//h3[.//a] | .//h4[.//a]"):
        card = _teaser_card(heading)
        if card is not None and card is not box and card.getparent() is not None:
            card.drop_tree()  # a related-posts box inside the article
    return _resiliparse_lines(lxml_html.tostring(box, encoding="unicode"), main_content=False), box


# gallery and video badges printed over or under a picture: '5 صور', 'بالصور', 'فيديو'
_MEDIA_BADGE_RE = re.compile(r"^(?:\d+\s+(?:صور|صورة|صوره|فيديو)|بالصور|بالفيديو|صور|فيديو|ألبوم الصور|معرض الصور)$")


# a live blog's update header: a clock time, then at most a name ('10:30 أحمد حسن')
_STAMP_RE = re.compile(r"^\d{1,2}:\d{2}(?!\d)")
# a writer's signature closing a column: '- نور الحسيني'
_SIGNATURE_RE = re.compile(r"^[-–—]\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}$")
_PARENS_RE = re.compile(r"\([^()]*\)")
# a breadcrumb trail printed as text: 'الرئيسية > كرة القدم > محلي' (normalized)
_BREADCRUMB_RE = re.compile(r"^(?:الصفحه\s+)?(?:الرئيسيه|Home)\s*[>»›/|]")
# 'المصدر: وكالات' closing an article: where it came from, like a byline
_SOURCE_LINE_RE = re.compile(r"^(?:المصدر|المصادر)\s*[:：]")
# a dateline alone on its line, the place and a source word: 'العين البيضاء - خاص'
_DATELINE_ONLY_RE = re.compile(r"^[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s*[-–—]\s*(?:خاص|حصري|وكالات)$")
# what is left of a wire code once its credit in parentheses is gone: initials ('ل.ح/ع.س')
_INITIALS_RE = re.compile(r"[^\W\d_]{1,2}(?:[./][^\W\d_]{1,2})*\.?")


def _furniture_line(line: str, n_words: int) -> str | None:
    """'date', 'byline' or 'chrome' for a line that is a page's furniture, else None.

    A date or time stamp alone, a writer's line, a copyright notice, a reading time, or a
    short meta line of fields split by '|' among which one is such furniture ('وحدة
    الأبحاث | 24 نوفمبر 2026 | قراءة 3 دقائق').
    """
    if n_words > 16:
        return None
    from khabar.layout import date_remainder, is_byline, is_copyright, is_date_only, is_reading_time
    from khabar.text import normalize_word

    norm = normalize_word(line)
    if is_date_only(norm) or (n_words <= 4 and _STAMP_RE.match(norm)):
        return "date"
    rest = date_remainder(norm) if n_words <= 8 else None
    if rest and len(rest.split()) <= 3:
        return "date"  # a stamp with its writer's name ('الجمعة 28 مارس 2026 - إياد الحداد')
    if is_byline(norm) or (n_words <= 4 and _SIGNATURE_RE.match(norm)) or (n_words <= 8 and _SOURCE_LINE_RE.match(norm)) \
            or (n_words <= 5 and _DATELINE_ONLY_RE.match(norm)):
        return "byline"
    if n_words <= 6 and ("(" in norm or "/" in norm) and all(_INITIALS_RE.fullmatch(t) for t in re.split(r"[\s\-–—]+", _PARENS_RE.sub(" ", norm)) if t):
        return "chrome"  # a wire story's closing code: '--(وكالة)-- ل.ح/ع.س'
    if is_copyright(norm) or is_reading_time(norm) or _BREADCRUMB_RE.match(norm):
        return "chrome"
    fields = [f.strip() for f in re.split(r"\s[|•]\s", norm) if f.strip()]
    if len(fields) >= 2 and all(len(f.split()) <= 6 for f in fields) and any(
            is_date_only(f) or is_byline(f) or is_reading_time(f) for f in fields):
        return "chrome"
    return None


def _embedded_chrome(box: Any | None) -> list[str]:
    """Keys of the text of chrome boxes inside the article's box: embedded tweets, pull
    quotes, share bars and tag lists that trafilatura keeps with the body."""
    if box is None:
        return []
    out = [_key(el.text_content()) for el in box.xpath(".//*[@class or @id]") if _is_chrome_box(el)]
    return [k for k in out if k]


def _outside_chrome(tree: Any, box: Any | None) -> list[str]:
    """Keys of the text of the outermost chrome boxes around the article's box (none when no
    box was found: nothing then says where the article is)."""
    if box is None:
        return []
    around = set(box.iterancestors())
    out: list[str] = []
    last: Any = None
    for el in _candidates("nav")(tree):
        if el in around or el is box or (last is not None and _is_ancestor(last, el)) or not _is_chrome_box(el):
            continue
        if _is_ancestor(box, el):
            continue
        last = el
        k = _key(el.text_content())
        if k:
            out.append(k)
    return out


def _other_articles(tree: Any, box: Any | None) -> set[str]:
    """Keys of the paragraphs of other ``<article>`` elements than the one holding the box: the
    next story that an endlessly scrolling page has already loaded below this one."""
    if box is None:
        return set()
    around = set(box.iterancestors())
    out: set[str] = set()
    for art in tree.iter("article"):
        if art is box or art in around or _is_ancestor(box, art):
            continue
        out.update(_key(p.text_content()) for p in art.iter("p"))
    out.discard("")
    return out


def _unbulleted(lines: list[str], tree: Any) -> list[str]:
    """trafilatura writes a list item as '- item': the item as printed, without the dash."""
    if not any(ln.startswith("- ") for ln in lines):
        return lines
    items = {_key(li.text_content()) for li in tree.iter("li")}
    return [ln[2:] if ln.startswith("- ") and _key(ln[2:]) in items else ln for ln in lines]


def _inside_any(key: str, texts: list[str]) -> bool:
    return len(key) >= 10 and any(key in t for t in texts)


def _furniture_keys(tree: Any, box: Any | None) -> set[str]:
    """Keys of paragraphs outside the article's box that are teaser summaries or chrome."""
    out: set[str] = set()
    teaser: dict[Any, bool] = {}
    for para in tree.xpath(_PARAGRAPHS):
        parent = para.getparent()
        if parent is None:
            continue
        if parent not in teaser:
            # a short article's own box may look like a card ("read also" beside two paragraphs)
            teaser[parent] = not (box is not None and (parent is box or _is_ancestor(box, parent))) \
                and _in_teaser(parent)
        if teaser[parent] or _is_chrome_box(parent) or _in_chrome(parent):
            out.add(_key(para.text_content()))
    out.discard("")
    return out


def _plain_lines(tree: Any) -> list[str]:
    """Last resort: the text of every paragraph-like element outside site chrome."""
    out: list[str] = []
    for el in tree.iter("p", "h2", "h3", "li", "blockquote"):
        if _in_chrome(el) or el.xpath("ancestor::p"):
            continue
        t = _text(el)
        if t:
            out.append(t)
    if not out:
        # no paragraph markup at all: the loose text of the page outside chrome, scripts and styles
        chunks: list[str] = []
        for el in tree.iter():
            if not isinstance(el.tag, str) or el.tag in ("script", "style", "title", "head", "noscript") \
                    or el.tag in _SKIP_TAGS or _in_chrome(el) or el.xpath("ancestor::head|ancestor::script|ancestor::style"):
                continue
            for piece in (el.text, el.tail):
                if piece and piece.strip():
                    chunks.append(piece)
        out = [ln for ln in (_clean(x) for x in "".join(chunks).split("\n")) if ln]
    return out


def read_page(html: str, *, url: str | None = None, fast: bool = False) -> Page:
    """Everything khabar takes from one page (no analysis yet)."""
    html = _repair(html)
    tree = parse_tree(html)
    page = Page()
    meta = read_metadata(tree)
    lines: list[str] = []
    source = tree  # where the lines were read from
    box = _article_container(tree)  # the element holding the article's paragraphs, if any
    use_box = fast
    if not fast:
        lines = _trafilatura_lines(tree, url) or []
        # trafilatura read the page's furniture for the article: the article's box instead
        use_box = bool(lines) and _mostly_outside_box(lines, box)
    ld_body = meta.pop("_article_body", None)
    if use_box:
        page.extractor = "resiliparse"
        lines, source = _container_lines(box)
    if ld_body:
        ld_lines = [ln for ln in (_clean(x) for x in re.split(r"\n|<br\s*/?>|</p>", ld_body)) if ln]
        got_words = sum(len(x.split()) for x in lines)
        # trafilatura read JSON-LD but lost the breaks
        same = not use_box and _key("".join(lines)) == _key("".join(ld_lines))
        if same or sum(len(x.split()) for x in ld_lines) > 2 * max(got_words, 25):
            # the markup hides the article (rendered by script) but JSON-LD carries it
            lines, page.extractor = [re.sub(r"<[^>]+>", "", x).strip() for x in ld_lines], "json-ld"
            lines, source = [x for x in lines if x], tree
    if not fast and not lines:
        page.extractor = "resiliparse"
        lines, source = _container_lines(box)
    if sum(len(x.split()) for x in lines) < 25 and page.extractor == "resiliparse":
        # no article box, or a stub: resiliparse's own main-content filter on the whole page
        lines, source = _resiliparse_lines(html) or lines, tree
    if not lines:
        page.extractor, source = "lxml", tree
        lines = _plain_lines(tree)
    if not lines:
        raise EmptyInputError("no article text could be extracted from the page")

    h1 = next((h for h in tree.iter("h1") if not _in_chrome(h)), None)
    if not fast and not all(meta.get(k) for k in ("title", "date", "site")):
        # JSON-LD/OpenGraph left gaps: ask trafilatura, on a copy since our readers still need the tree
        from copy import deepcopy

        _trafilatura_metadata(deepcopy(tree), url, meta, page)
    title = meta.get("title")
    if not title:  # the fast path asks trafilatura for nothing: the page's own <title> then
        el = tree.find(".//title")
        title = _clean(el.text_content()) if el is not None else None
    page.headline = _headline(tree, title or None)
    page.dek = _dek(tree, h1 if h1 is not None and _heading_text(h1) == page.headline else None)
    seen: set[str] = set()
    for el in _candidates("figcaption")(tree):
        if el.tag == "figcaption" or (_CAPTION_CLASS_RE.search(_classes(el)) and not el.xpath(
                "ancestor::figcaption|.//figcaption|ancestor::*[contains(concat(' ', @class, ' '), ' caption')]")):
            if el.tag != "figcaption" and el.xpath("ancestor::figcaption"):
                continue
            if _in_chrome(el):
                continue
            fig = next((a for a in el.iterancestors() if a.tag == "figure"), None)
            cap = _caption(el, fig)
            if cap is None:
                continue
            k = _key(cap.text)
            if k and k not in seen and k != _key(page.headline or "") and k != _key(page.dek or ""):
                seen.add(k)
                page.captions.append(cap)
    page.date_texts = _date_texts(tree)
    if not page.date_texts and not meta.get("date"):
        page.date_texts = _printed_dates(tree)

    drop = {_key(page.headline or ""), _key(page.dek or "")}
    for cap in page.captions:
        drop.add(_key(cap.text))
        drop.add(_key(re.sub(r"\([^()]*\)\s*$", "", cap.text)))
        for c in cap.credits:
            drop.add(_key(c))
    short_links: set[str] = set()
    if page.extractor != "trafilatura":
        # resiliparse and the plain fallback keep link lists: a line that is just a listed link
        # goes, and a short line that is just a link or a run of links (tags, a menu)
        for a in source.iter("a"):
            parent = a.getparent()
            if parent is not None and parent.tag == "li":
                drop.add(_key(a.text_content()))
            else:
                short_links.add(_key(a.text_content()))
                if parent is not None and _key(parent.text_content()) == "".join(
                        _key(x.text_content()) for x in parent.iter("a")):
                    short_links.add(_key(parent.text_content()))
        drop.discard("")
    else:
        # trafilatura keeps the summary paragraphs of teaser cards, boxes of chrome (a cookie
        # notice, an embedded tweet) and lines that are just a link ("read also" headlines)
        drop |= _furniture_keys(tree, box) | _other_articles(tree, box)
        lines = _unbulleted(lines, tree)
        chrome_texts = _embedded_chrome(box) + _outside_chrome(tree, box)
        lines = [ln for ln in lines if not _inside_any(_key(ln), chrome_texts)]
        # (only the short lines can be a link's text: anchors are keyed only when there are any)
        short = {_key(ln) for ln in lines if len(ln.split()) <= 12}
        longest = max((len(ln) for ln in lines if len(ln.split()) <= 12), default=0)
        if short:
            for a in tree.iter("a"):
                t = a.text_content()
                if t and len(t) <= 2 * longest and _key(t) in short:
                    short_links.add(_key(t))
    date_keys = {_key(t) for t in page.date_texts}
    body: list[str] = []
    body_seen: set[str] = set()
    for i, ln in enumerate(lines):
        k = _key(ln)
        if not k or k in drop or k in body_seen:
            continue
        n_words = len(ln.split())
        if (n_words <= 6 and (_CHROME_LINE_RE.match(ln) or _MEDIA_BADGE_RE.match(ln))) \
                or (n_words <= 10 and _is_chrome_line(ln)):
            continue
        if n_words <= 25 and _READ_ALSO_RE.match(ln):
            continue  # an inline "read also: <linked headline>" box inside the body
        if k in date_keys and not body and page.date_line is None and i < 6:
            page.date_line = ln
            continue
        if n_words <= 12 and k in short_links:
            continue
        kind = _furniture_line(ln, n_words)
        if kind == "date":
            if not body and page.date_line is None:
                page.date_line = ln
            continue  # a page's or an update's time stamp
        if kind == "byline":
            page.bylines.append(ln)
            continue
        if kind:
            continue
        if not body and page.headline is None and i == 0 and len(ln.split()) <= 25:
            page.headline = ln
            drop.add(k)
            continue
        body_seen.add(k)
        body.append(ln)
    if not body or sum(len(b.split()) for b in body) < 5:
        raise EmptyInputError("no article text could be extracted from the page (menus or a stub only)")
    page.body = body
    if not page.headline:
        page.headline = None
    if meta.get("date"):
        page.date, page.date_source = meta["date"], "metadata"
    page.meta = meta
    return page


# --- from page to Document ----------------------------------------------------------------

_DATELINE_RE = re.compile(
    r"^(?P<dl>[\u0621-\u064A]{2,}(?:\s[\u0621-\u064A]{2,}){0,2}"  # place, 1-3 words
    r"(?:\s*[،,]\s*[^\-–—\n()]{1,30}?)?"  # optional ", 3 مارس"
    r"(?:\s*[-–—]?\s*\([^()\n]{2,30}\))?)"  # optional "(رويترز)"
    r"\s*[-–—:]\s*\S"
)


def dateline_of(paragraph: str) -> tuple[int, int] | None:
    """The dateline opening a body paragraph (``القاهرة- ``, ``بيروت - (وكالات) - ``)."""
    m = _DATELINE_RE.match(paragraph)
    if not m:
        return None
    dl = m.group("dl")
    has_sep = bool(re.search(r"[-–—]", paragraph[m.end("dl"):m.end()]))
    if not has_sep and "(" not in dl:
        return None
    return 0, m.end() - 1  # through the separator and its space, as the layout stage marks wire datelines


def _timex_date(texts: list[str]) -> str | None:
    """The first full calendar date khabar's timex layer finds in ``texts``."""
    if not texts:
        return None
    from khabar.pipeline import get_stage, new_document

    try:
        stage = get_stage("timex")
        doc = new_document("\n\n".join(texts))
        stage(doc)
    except Exception:
        return None
    for t in sorted(doc.timexes, key=lambda x: x.start):
        if t.type == "DATE" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value or ""):
            return t.value
    return None


def page_document(page: Page, *, date: str | None = None, source: str | None = None, url: str | None = None,
                  encoding: str = "utf-8", fallback_date: str | None = None,
                  extra: dict[str, Any] | None = None) -> Document:
    """Assemble the Document text and its layout from a :class:`Page` (no stages run yet)."""
    from khabar.pipeline import new_document

    parts: list[tuple[str, str, Any]] = []
    if page.headline:
        parts.append(("headline", page.headline, None))
    if page.dek:
        parts.append(("dek", page.dek, None))
    if page.date_line:
        parts.append(("date_line", page.date_line, None))
    for line in page.bylines:
        parts.append(("byline", line, None))
    for cap in page.captions:
        parts.append(("caption", cap.text, cap))
    for para in page.body:
        parts.append(("body", para, None))

    text_parts: list[str] = []
    pos = 0
    spans: list[tuple[str, int, int, Any]] = []
    for kind, s, obj in parts:
        if text_parts:
            text_parts.append("\n\n")
            pos += 2
        spans.append((kind, pos, pos + len(s), obj))
        text_parts.append(s)
        pos += len(s)
    text = "".join(text_parts)

    doc = new_document(text, date, source=source, encoding=encoding, url=url)
    layout = Layout()
    for kind, a, b, obj in spans:
        if kind == "headline":
            layout.headline = Span.of(text, a, b)
        elif kind == "dek":
            layout.dek = Span.of(text, a, b)
        elif kind == "date_line":
            layout.datelines.append(Span.of(text, a, b))
        elif kind == "byline":
            layout.bylines.append(Span.of(text, a, b))
        elif kind == "caption":
            credit_spans: list[Span] = []
            for c in obj.credits:
                i = text.rfind(c, a, b)
                if i >= 0:
                    credit_spans.append(Span.of(text, i, i + len(c)))
            layout.captions.append(Caption(start=a, end=b, text=text[a:b], credits=list(obj.credits),
                                           credit_spans=credit_spans))
        else:
            layout.body.append(Span.of(text, a, b))
    if layout.body:
        first = layout.body[0]
        dl = dateline_of(first.text)
        if dl:
            layout.datelines.append(Span.of(text, first.start + dl[0], first.start + dl[1]))
    doc.layout = layout

    if date is None:
        dct, how, given = page.date, page.date_source, True
        if not dct:
            given = False
            texts = list(page.date_texts)
            if page.date_line and page.date_line not in texts:
                texts.insert(0, page.date_line)
            if layout.datelines and layout.body:
                texts.append(layout.body[0].text[:200])
            dct = _timex_date(texts)
            how = "page_text" if dct else None
        if not dct and page.htmldate and not page.htmldate.endswith("-01-01"):
            dct, how = page.htmldate, "htmldate"
        if not dct and fallback_date:
            dct, how = fallback_date, "crawl_date"
        if dct:
            doc.publication_date = PublicationDate(value=dct, given_as_input=given, source=how)

    info: dict[str, Any] = dict(page.meta)
    info.pop("date", None)
    info["extractor"] = page.extractor
    if page.htmldate:
        info["htmldate"] = page.htmldate
    if extra:
        info.update(extra)
    doc.meta.extra = {k: info[k] for k in sorted(info)}
    return doc


ANALYSIS_STAGES_AFTER_LAYOUT: tuple[str, ...] = ("entities", "timex", "attribution", "claims", "events")


def finish(doc: Document) -> Document:
    """Run every stage but layout (the markup gave it), then date captions from the timex layer."""
    from khabar.pipeline import DEFAULT_STAGES, run

    run(doc, [s for s in DEFAULT_STAGES if s != "layout"])
    if doc.layout.captions and doc.timexes:
        for cap in doc.layout.captions:
            if cap.dates:
                continue
            cap.dates = sorted({t.value for t in doc.timexes
                                if cap.start <= t.start and t.end <= cap.end and t.type == "DATE"
                                and re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", t.value or "")})
    return doc


def html_document(data: bytes | str, *, date: str | None = None, source: str | None = None,
                  url: str | None = None, http_charset: str | None = None, fast: bool = False,
                  max_bytes: int = DEFAULT_MAX_BYTES, fallback_date: str | None = None,
                  extra: dict[str, Any] | None = None, analyze: bool = True) -> Document:
    """One HTML page (bytes or text) to an analyzed Document."""
    if isinstance(data, bytes):
        html, enc = decode_html(data, http_charset=http_charset, max_bytes=max_bytes)
    else:
        html, enc = data, "utf-8"
    if "<" not in html[:65536]:
        raise ParseError("input is not HTML (no markup found); for plain text use --input-format text")
    page = read_page(html, url=url, fast=fast)
    doc = page_document(page, date=date, source=source, url=url or page.meta.get("canonical_url"),
                        encoding=enc, fallback_date=fallback_date, extra=extra)
    return finish(doc) if analyze else doc
