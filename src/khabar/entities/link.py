"""Linking and within-document coreference.

Every mention gets a ``canonical`` (English Wikipedia title from the lexicons where known)
and an ``entity_id`` shared by all mentions of one thing: partial person names take the
full name found elsewhere in the article (نتنياهو -> بنيامين نتنياهو), a role phrase with no
name takes the office holder on the article's date, and a name no lexicon knows keeps a
stable transliterated key.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.entities.lexicon import Lexicon
from khabar.entities.recognize import Mention

_TRANSLIT = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'",
    "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w",
    "ي": "y", "ء": "'", "ئ": "'", "ؤ": "'", "ة": "a", "-": "-", " ": " ",
}


class _Table(dict[int, str]):
    """``str.translate`` table: ``_TRANSLIT``, other ASCII kept, anything else dropped (filled
    in on first sight of a character, so the translation runs in C)."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        out = self[code] = c if c.isascii() else ""
        return out


_TABLE = _Table({ord(k): v for k, v in _TRANSLIT.items()})


@lru_cache(maxsize=50_000)
def transliterate(key: str) -> str:
    """A readable, stable ASCII key for an Arabic name: 'كارين جان-بيير' -> 'Karyn Jan-Byyr'."""
    out = key.translate(_TABLE)
    return " ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in out.split())


_NON_SLUG = re.compile(r"[^a-z0-9']+")


@lru_cache(maxsize=50_000)
def slug(label: str, canonical: str) -> str:
    """The entity_id of a canonical name (cached: the same names recur across articles)."""
    kind = {"LOC": "place", "GPE": "place", "FAC": "place"}.get(label, label.lower())
    return kind + ":" + _NON_SLUG.sub("_", canonical.lower()).strip("_")


@lru_cache(maxsize=50_000)
def _drop_article(key: str) -> str:
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in key.split(" "))


def link(mentions: list[Mention], lex: Lexicon, date: str | None, role_holders: bool = False) -> list[Mention]:
    """Resolve roles, partial names and unknown names; returns the mentions to report.

    A role phrase with no name after it (الرئيس السوري، وزير الخارجية القطري) is resolved to
    the office holder on ``date``. It is reported as a mention of that person when the article
    names the holder elsewhere (رئيس الوزراء الإسرائيلي after بنيامين نتنياهو: one person,
    in-document coreference); a role alone, whose holder the article never names, is no
    person mention under the annotation guideline (only names are) unless ``role_holders``
    asks for every resolvable role.
    """
    out: list[Mention] = []
    orgs: list[Mention] = []  # organizations found from their head noun (linked below)
    persons_with_role = {(m.ti, m.role) for m in mentions if m.label == "PERSON" and m.role}
    named_persons = {m.canonical for m in mentions if m.label == "PERSON" and m.canonical}
    for m in mentions:
        if m.label != "ROLE":
            out.append(m)
            if m.source == "pattern:org-head":
                orgs.append(m)
            continue
        if not role_holders and not named_persons:
            continue
        named = any(r == m.role and ti >= m.tj and ti - m.tj <= 3 for ti, r in persons_with_role)
        if named:
            continue  # the name right after it is the mention
        h = lex.holder(m.role or "", m.country, date)
        if h is None or (not role_holders and h.person not in named_persons):
            continue
        m.label, m.canonical, m.source = "PERSON", h.person, m.source + "+office-holder"
        out.append(m)
    # persons: a partial name takes the longest full name it ends (or starts) in this article
    persons = [m for m in out if m.label == "PERSON" and m.ti >= 0]
    # each name with its words, split once (split again only if the loop gave it another key)
    full = sorted(((f, f.key, f.key.split(" ")) for f in persons), key=lambda x: -len(x[2]))
    for m in persons:
        if m.canonical:
            continue
        toks = m.key.split(" ")
        for f, fkey, ft in full:
            if f.key is not fkey:
                ft = f.key.split(" ")
            if len(ft) > len(toks) and (ft[-len(toks):] == toks or ft[:len(toks)] == toks):
                m.canonical = f.canonical
                if m.canonical is None:
                    m.key = f.key
                break
    # an organization named again by the first words of its full name (هيئة سوق المال after
    # هيئة سوق المال الفلسطينية, المعهد الوطني after المعهد الوطني للجيوفيزياء، وزارة الصحة after
    # the lexicon's وزارة الصحة الفلسطينية) is the same one
    if orgs:
        full_orgs = orgs + [m for m in out if m.label == "ORG" and m.source.startswith("gazetteer")
                            and m.key.count(" ") >= 2]
        keys = {m.key for m in full_orgs}
        if len(keys) > 1:
            # each key's word prefixes (two words or more) -> the longest key with that prefix
            by_prefix: dict[str, Mention] = {}
            for f in sorted(full_orgs, key=lambda x: -x.key.count(" ")):
                words = f.key.split(" ")
                for cut in range(2, len(words)):
                    by_prefix.setdefault(" ".join(words[:cut]), f)
            for m in orgs:
                longer = by_prefix.get(m.key)
                if longer is not None and longer.key != m.key:
                    m.canonical, m.key = longer.canonical, longer.key
    # the same unknown name links to one key; the article is dropped (للبيت = البيت)
    for m in out:
        if not m.canonical:
            m.canonical = transliterate(_drop_article(m.key) if m.label != "PERSON" else m.key)
    return out

