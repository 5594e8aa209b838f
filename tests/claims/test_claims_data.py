"""The claims lexicons: documented, sorted, well-formed, and checkable against dependency data."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "src" / "khabar" / "data"
FILES = sorted(DATA.glob("claims_*.tsv"))


def test_tables_exist() -> None:
    names = {f.name for f in FILES}
    assert {"claims_number_words.tsv", "claims_vague.tsv", "claims_bounds.tsv", "claims_categories.tsv",
            "claims_hedges.tsv", "claims_sources.tsv", "claims_currencies.tsv", "claims_blockers.tsv"} <= names


@pytest.mark.parametrize("path", FILES, ids=[f.name for f in FILES])
def test_table_has_header_and_is_sorted(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    comments = [ln for ln in lines if ln.startswith("#")]
    rows = [ln for ln in lines if ln and not ln.startswith("#")]
    assert len(comments) >= 3, "a provenance header is required"
    header, data = rows[0].split("\t"), [r.split("\t") for r in rows[1:]]
    assert all(len(r) == len(header) for r in data), path.name
    assert [r[0] for r in data] == sorted(r[0] for r in data), path.name
    assert len({tuple(r) for r in data}) == len(data)


def test_currency_codes_are_cldr_currencies() -> None:
    from babel.numbers import get_currency_name

    rows = [ln.split("\t") for ln in (DATA / "claims_currencies.tsv").read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#")][1:]
    for form, unit in rows:
        if unit.isupper():
            ar = get_currency_name(unit, locale="ar")
            assert ar != unit, unit
            head = ar.split()[0]
            # the form is CLDR's name or a declined form of its head (دولارا، دولارات);
            # شواكل is the broken plural of شيكل; CLDR calls LBP جنيه لبناني, Lebanese
            # banknotes and news say ليرة لبنانية
            assert form == ar or form.split()[0].startswith(head) or form in ("شواكل", "ليرة لبنانية"), (form, unit, ar)


def test_every_category_is_known() -> None:
    rows = [ln.split("\t") for ln in (DATA / "claims_categories.tsv").read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#")][1:]
    known = {"killed", "injured", "displaced", "hostages", "arrested", "missing", "aid", "rockets", "strikes",
             "buildings", "@aid", "@destroy", "@attack", "@prison", "@military"}
    assert {r[1] for r in rows} <= known
    assert {r[2] for r in rows} <= {"both", "after", "before"}
    assert {r[4] for r in rows if r[4]} <= {"truck", "tonne", "parcel", "basket", "meal"}


def test_month_names_cover_cldr_arabic_locales() -> None:
    from babel import Locale

    rows = {ln.split("\t")[0] for ln in (DATA / "claims_blockers.tsv").read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#")}
    for loc in ("ar", "ar_SY", "ar_MA", "ar_TN", "ar_IQ", "ar_DZ"):
        for name in Locale.parse(loc).months["format"]["wide"].values():
            assert name.split()[0] in rows, (loc, name)
