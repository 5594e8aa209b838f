"""The trigger lexicon: generated forms, sorted data files with provenance headers."""

from __future__ import annotations

from importlib import resources

import pytest

from khabar.events.build import country_rows, trigger_rows
from khabar.events.lexicon import PLOVER_TYPES, lexicon
from khabar.events.morph import Lemma, noun_forms, verb_forms
from khabar.text import normalize_word


def forms(past: str, present: str, form: str, cls: str, short: str = "") -> set[str]:
    out: set[str] = set()
    for fs in verb_forms(Lemma(past, present, form, cls, short)).values():
        out |= fs
    return out


def test_sound_verb_all_persons() -> None:
    f = forms("اجتمع", "يجتمع", "VIII", "sound")
    for w in ("اجتمع", "اجتمعت", "اجتمعا", "اجتمعتا", "اجتمعوا", "اجتمعن", "اجتمعنا", "اجتمعتم",
              "يجتمع", "تجتمع", "نجتمع", "أجتمع".replace("أ", "ا"), "يجتمعان", "يجتمعون", "تجتمعين",
              "يجتمعن", "يجتمعوا"):
        assert w in f, w


def test_defective_verb() -> None:
    f = forms("ألغى", "يلغي", "IV", "defective")
    for w in ("ألغى", "ألغت", "ألغيا", "ألغوا", "ألغيت", "ألغينا", "يلغي", "تلغي", "يلغون", "يلغيان", "يلغ"):
        assert w in f, w
    g = forms("دعا", "يدعو", "I", "defective")
    for w in ("دعا", "دعت", "دعوا", "دعوت", "دعونا", "يدعو", "تدعو", "يدعون", "يدعوان", "ادع"):
        assert w in g, w


def test_hollow_and_doubled_verbs() -> None:
    f = forms("زار", "يزور", "I", "hollow", "زر")
    for w in ("زار", "زارت", "زاروا", "زرت", "زرنا", "يزور", "تزور", "يزورون", "يزرن", "زر", "زوروا"):
        assert w in f, w
    g = forms("شن", "يشن", "I", "doubled", "شنن")
    for w in ("شن", "شنت", "شنوا", "شننت", "شننا", "يشن", "تشن", "يشنون", "يشنن"):
        assert w in g, w


def test_imperative_by_form() -> None:
    assert "اقصف" in forms("قصف", "يقصف", "I", "sound")
    assert "هدد" in forms("هدد", "يهدد", "II", "sound")
    assert "انسحبوا" in forms("انسحب", "ينسحب", "VII", "sound")
    assert "أعلن" in forms("أعلن", "يعلن", "IV", "sound")


def test_noun_forms() -> None:
    assert {"اجتماعا", "اجتماعان", "اجتماعه"} <= noun_forms("اجتماع")
    assert {"غارتان", "غارتين", "غارته"} <= noun_forms("غارة")
    assert "إلغاءا" not in noun_forms("إلغاء")


def test_every_type_has_triggers() -> None:
    lex = lexicon()
    types = {e.type for entries in lex.forms.values() for e, _ in entries}
    assert set(PLOVER_TYPES) <= types


@pytest.mark.parametrize("word,typ", [
    ("اجتماع", "CONSULT"), ("يجتمعون", "CONSULT"), ("الغي", "REJECT"), ("الغاء", "REJECT"),
    ("هاجمت", "ASSAULT"), ("هجوم", "ASSAULT"), ("غارات", "ASSAULT"), ("قصف", "ASSAULT"),
    ("اعتقلت", "COERCE"), ("تظاهر", "PROTEST"), ("انسحبت", "RETREAT"), ("اتفاق", "AGREE"),
    ("يطالبون", "REQUEST"), ("طلبت", "REQUEST"), ("اتهمت", "ACCUSE"), ("انتقد", "ACCUSE"),
    ("رفضوا", "REJECT"), ("هددت", "THREATEN"), ("مساعدات", "AID"), ("حشد", "MOBILIZE"),
    ("عقوبات", "SANCTION"), ("تعاون", "COOPERATE"), ("تنازلت", "CONCEDE"), ("رحبت", "SUPPORT"),
])
def test_lookup(word: str, typ: str) -> None:
    assert typ in {e.type for e, _ in lexicon().forms[normalize_word(word)]}


@pytest.mark.parametrize("name", ["events_lemmas.tsv", "events_triggers.tsv", "events_cues.tsv", "events_countries.tsv"])
def test_data_files_sorted_with_header(name: str) -> None:
    text = resources.files("khabar.data").joinpath(name).read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("# ")
    rows = [ln for ln in lines if ln and not ln.startswith("#")][1:]
    assert rows == sorted(rows) or name == "events_lemmas.tsv"
    assert len(rows) > 20


def test_generated_files_are_up_to_date() -> None:
    text = resources.files("khabar.data").joinpath("events_triggers.tsv").read_text(encoding="utf-8")
    rows = [tuple(ln.split("\t")) for ln in text.splitlines() if ln and not ln.startswith("#")][1:]
    assert rows == trigger_rows()


def test_demonyms_map_to_countries() -> None:
    table = {d: c for d, c, _, _ in country_rows()}
    assert table["Israeli"] == "Israel"
    assert table["American"] == "United States"
    assert table["Egyptian"] == "Egypt"


def test_passive_only_where_the_spelling_shows_it() -> None:
    assert verb_forms(Lemma("اغتال", "يغتال", "VIII", "hollow", "اغتل"))["passive"] >= {"اغتيل", "اغتيلت", "اغتيلوا"}
    assert verb_forms(Lemma("اعتقل", "يعتقل", "VIII", "sound"))["passive"] == set()
    assert verb_forms(Lemma("زار", "يزور", "I", "hollow", "زر"))["passive"] == set()


def test_ambiguous_forms_left_out() -> None:
    lex = lexicon()
    for word, kind in (("دنا", "ACCUSE"), ("ثمن", "SUPPORT"), ("هنا", "SUPPORT"), ("ابعد", "COERCE"),
                       ("اثنين", "SUPPORT"), ("قاطع", "PROTEST")):
        assert all(e.type != kind for e, _ in lex.forms.get(normalize_word(word), ())), word
    # and the unambiguous forms of the same verbs are there
    for word, kind in (("دانت", "ACCUSE"), ("ثمنت", "SUPPORT"), ("هنأت", "SUPPORT"), ("أبعدت", "COERCE")):
        assert any(e.type == kind for e, _ in lex.forms.get(normalize_word(word), ())), word
