"""HTML pages in the markup of Arabic news sites: text, layout, dates, encodings."""

from __future__ import annotations

import json

import pytest

from khabar.errors import BinaryInputError, EmptyInputError, ParseError
from khabar.ingest.html import html_document, read_page
from khabar.model import Document

from .conftest import PAGES


def load(name: str, **kw: object) -> Document:
    return html_document((PAGES / name).read_bytes(), source=name, **kw)  # type: ignore[arg-type]


def check_spans(doc: Document) -> None:
    lay = doc.layout
    spans = [s for s in (lay.headline, lay.dek) if s] + lay.body + lay.datelines + list(lay.captions)
    spans += [c for cap in lay.captions for c in cap.credit_spans]
    for s in spans:
        assert doc.text[s.start:s.end] == s.text


def test_jazeera_style_figures_jsonld_and_dek() -> None:
    doc = load("jazeera_style.html")
    check_spans(doc)
    lay = doc.layout
    assert lay.headline and lay.headline.text == "وزير الخارجية يبحث مع نظيره الأردني تطورات الأوضاع في المنطقة"
    assert lay.headline.start == 0
    assert lay.dek and lay.dek.text.startswith("الوزيران اتفقا على مواصلة التنسيق")
    caps = [(c.text, c.credits) for c in lay.captions]
    assert caps == [
        ("وزير الخارجية المصري (يمين) يصافح نظيره الأردني في القاهرة (الأناضول)", ["الأناضول"]),
        ("شاحنات محملة بالمساعدات تنتظر عند المعبر الحدودي يوم 10 مارس 2024 (رويترز)", ["رويترز"]),
    ]
    assert [s.text for s in lay.captions[1].credit_spans] == ["رويترز"]
    assert len(lay.body) == 6 and lay.body[0].text.startswith("القاهرة- بحث وزير الخارجية")
    assert [d.text for d in lay.datelines] == ["القاهرة- "]
    # headline, dek, captions, body in that order, blank lines between
    assert lay.headline.end < lay.dek.start < lay.captions[0].start < lay.body[0].start
    assert doc.text.count("\n\n") == 1 + 1 + 2 + 5
    # site chrome and related links are not in the text
    for chrome in ("الرئيسية", "اقرأ أيضا", "ارتفاع أسعار النفط", "جميع الحقوق"):
        assert chrome not in doc.text
    pd = doc.publication_date
    assert (pd.value, pd.source, pd.given_as_input) == ("2024-03-12", "metadata", True)
    assert doc.meta.url == "https://www.example-news.net/news/2024/3/12/foreign-minister-talks"
    ex = doc.meta.extra
    assert ex["author"] == "محمد عبد الله" and ex["site"] == "الجزيرة نت"
    assert ex["tags"] == ["مصر", "الأردن", "سياسة"] and ex["language"] == "ar"
    assert ex["extractor"] == "trafilatura"


def test_toi_style_opengraph_separate_credit_markup() -> None:
    doc = load("toi_style.html")
    check_spans(doc)
    lay = doc.layout
    assert lay.dek and lay.dek.text.startswith("مسؤولون من البلدين يعتزمون")
    assert [c.credits for c in lay.captions] == [["AP/Jane Doe"], ["Flash90"]]
    # credits printed in parentheses after the caption, as on the page
    assert lay.captions[0].text.endswith("28 مارس، 2024. (AP/Jane Doe)")
    assert "اقرأ المزيد" not in doc.text  # a "read more" stub is chrome
    assert len(lay.body) == 4
    assert doc.publication_date.value == "2024-04-02" and doc.publication_date.given_as_input
    assert doc.meta.extra["tags"] == ["الولايات المتحدة", "إعادة الإعمار"]
    assert doc.meta.extra["date_from"] == "meta:article:published_time"


def test_amp_page_jsonld_graph_and_cite_credit() -> None:
    doc = load("amp_style.html")
    check_spans(doc)
    lay = doc.layout
    assert lay.headline and lay.headline.text == "ارتفاع أسعار الذهب في الأسواق المحلية"
    assert lay.dek and lay.dek.text == "الأوقية تسجل أعلى مستوى لها منذ ثلاثة أشهر مع تراجع الدولار"
    (cap,) = lay.captions
    assert cap.text == "سبائك ذهبية معروضة في أحد متاجر المجوهرات (تصوير: خالد منصور)"
    assert cap.credits == ["تصوير: خالد منصور"] and cap.credit_spans[0].text == "تصوير: خالد منصور"
    assert doc.publication_date.value == "2023-11-20"
    assert doc.meta.url == "https://example-sharq.com/economy/gold-prices-rise"
    assert doc.meta.extra["author"] == "أحمد يوسف" and doc.meta.extra["section"] == "اقتصاد"
    assert "الرئيسية" not in doc.text and "رياضة" not in doc.text


def test_broken_html_unclosed_tags() -> None:
    doc = load("broken.html")
    check_spans(doc)
    lay = doc.layout
    assert lay.headline and lay.headline.text == "انقطاع الكهرباء عن عدة أحياء في المدينة"
    assert len(lay.body) == 3
    assert lay.body[1].text.startswith("وقالت الشركة في بيان")
    assert [d.text for d in lay.datelines] == ["بيروت - (وكالات) - "]
    assert "إعلان" not in doc.text


def test_windows_1256_page_declared_in_meta() -> None:
    doc = load("cp1256.html")
    check_spans(doc)
    assert doc.meta.input_encoding == "cp1256"
    assert doc.layout.headline and doc.layout.headline.text == "افتتاح معرض الكتاب الدولي بمشاركة خمسين دولة"
    assert "مليوني زائر" in doc.text
    assert [d.text for d in doc.layout.datelines] == ["الأحد 3 مارس 2024"]


def test_arabic_page_date_resolved_by_timex_not_year_only() -> None:
    from khabar.ingest.html import _timex_date

    if _timex_date(["الأحد 3 مارس 2024"]) is None:
        pytest.skip("khabar.timex does not resolve absolute Arabic dates yet")
    doc = load("cp1256.html")
    pd = doc.publication_date
    assert (pd.value, pd.source, pd.given_as_input) == ("2024-03-03", "page_text", False)


def test_copyright_year_is_not_a_publication_date() -> None:
    html = ("<html><head><title>خبر</title></head><body><article><h1>سقوط أمطار غزيرة على المدينة الساحلية</h1>"
            "<p>هطلت أمطار غزيرة على المدينة الساحلية طوال ليلة أمس، وأدت إلى إغلاق عدد من الطرق الرئيسية أمام حركة"
            " السير لساعات.</p><p>وقالت البلدية إن فرقها عملت على فتح مجاري المياه وإزالة العوائق من الشوارع.</p>"
            "</article><footer>© 2021 جميع الحقوق محفوظة</footer></body></html>")
    doc = html_document(html.encode())
    assert doc.publication_date.value is None or not doc.publication_date.value.endswith("-01-01")


def test_given_date_overrides_page_metadata() -> None:
    doc = load("jazeera_style.html", date="2024-05-01")
    pd = doc.publication_date
    assert (pd.value, pd.source, pd.given_as_input) == ("2024-05-01", "input", True)


def test_fast_path_resiliparse_keeps_khabar_layer() -> None:
    doc = load("jazeera_style.html", fast=True)
    check_spans(doc)
    assert doc.meta.extra["extractor"] == "resiliparse"
    assert doc.layout.headline and doc.layout.headline.text.startswith("وزير الخارجية يبحث")
    assert [c.credits for c in doc.layout.captions] == [["الأناضول"], ["رويترز"]]
    assert any(b.text.startswith("القاهرة- بحث") for b in doc.layout.body)
    assert doc.publication_date.value == "2024-03-12"


def test_page_without_text_and_non_html() -> None:
    with pytest.raises(EmptyInputError):
        html_document(b"<html><head><title>x</title></head><body><nav>menu</nav></body></html>")
    with pytest.raises(ParseError):
        html_document("مجرد نص بلا وسوم".encode())
    with pytest.raises(BinaryInputError):
        html_document(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50)


def test_read_page_without_analysis_and_determinism() -> None:
    page = read_page((PAGES / "toi_style.html").read_text(encoding="utf-8"))
    assert page.headline and page.dek and len(page.captions) == 2
    a = load("toi_style.html").to_json()
    b = load("toi_style.html").to_json()
    assert a == b
    json.loads(a)


def test_cli_analyze_html(capsys: pytest.CaptureFixture[str]) -> None:
    from khabar.cli import main

    assert main(["analyze", str(PAGES / "amp_style.html"), "--format", "jsonl"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["layout"]["headline"]["text"] == "ارتفاع أسعار الذهب في الأسواق المحلية"
    assert out["publication_date"]["value"] == "2023-11-20"
    assert main(["analyze", str(PAGES / "amp_style.html"), "--input-format", "warc"]) != 0


def test_misdeclared_charset_and_jsonl_html_string() -> None:
    page = (PAGES / "toi_style.html").read_text(encoding="utf-8").replace("charset=utf-8", "charset=iso-8859-1")
    doc = html_document(page.encode("utf-8"))
    assert doc.layout.headline and doc.layout.headline.text == "اجتماع محتمل لمناقشة خطة إعادة الإعمار"
    cp = (PAGES / "cp1256.html").read_bytes().decode("cp1256")  # HTML already text (a JSONL field)
    doc2 = html_document(cp)
    assert doc2.layout.headline and doc2.layout.headline.text.startswith("افتتاح معرض الكتاب")


def test_caption_dates_from_the_timex_layer() -> None:
    from khabar.ingest.html import _timex_date

    if _timex_date(["28 مارس، 2024"]) is None:
        pytest.skip("khabar.timex does not resolve absolute Arabic dates yet")
    doc = load("toi_style.html")
    assert [c.dates for c in doc.layout.captions] == [["2024-03-28"], ["2024-03-30"]]


def test_bbc_style_figure_credit_line_hidden_labels_and_dash_credit() -> None:
    doc = load("bbc_style.html")
    check_spans(doc)
    caps = [(c.text, c.credits) for c in doc.layout.captions]
    assert caps == [("سد على أحد الأنهار الكبرى في المنطقة (Getty Images)", ["Getty Images"]),
                    ("مزارعون يشكون من نقص المياه في موسم الصيف - رويترز", ["رويترز"])]
    assert "التعليق على الصورة" not in doc.text and "صدر الصورة" not in doc.text
    assert len(doc.layout.body) == 3
    for chrome in ("مواضيع ذات صلة", "شارك", "الصفحة الرئيسية", "بي بي سي ليست مسؤولة"):
        assert chrome not in doc.text
    assert doc.publication_date.value == "2024-06-18"


def test_inline_read_also_box_dropped_but_subheads_kept() -> None:
    html = ("<html><body><article><h1>الحكومة تعلن خطة اقتصادية جديدة</h1><p>قال الوزير إن الحكومة ستعلن خطتها"
            " الجديدة غدا في مؤتمر صحفي بالعاصمة.</p><p><strong>اقرأ أيضا:</strong> <a href='/x'>الحكومة تعلن عن"
            " حزمة إجراءات اقتصادية جديدة لمواجهة الغلاء</a></p><h2>بحث علمي جديد</h2><h2>إعلان الهدنة</h2>"
            "<p>وأضاف أن الخطة تشمل دعم الأسر محدودة الدخل وزيادة الأجور في القطاع العام.</p>"
            "<p>إعلان</p></article></body></html>")
    doc = html_document(html.encode(), analyze=False)
    assert [b.text for b in doc.layout.body] == [
        "قال الوزير إن الحكومة ستعلن خطتها الجديدة غدا في مؤتمر صحفي بالعاصمة.",
        "بحث علمي جديد", "إعلان الهدنة",
        "وأضاف أن الخطة تشمل دعم الأسر محدودة الدخل وزيادة الأجور في القطاع العام."]


def test_script_rendered_page_falls_back_to_jsonld_article_body() -> None:
    body = ("أعلنت وزارة الصحة اليوم تسجيل انخفاض كبير في عدد الإصابات بالأمراض الموسمية مقارنة بالعام الماضي."
            "\\nوقال المتحدث باسم الوزارة إن حملات التطعيم التي نظمت في المدارس والمراكز الصحية ساهمت في هذا"
            " الانخفاض، داعيا المواطنين إلى مواصلة الالتزام بالإرشادات الصحية.\\nوأضاف أن الوزارة ستطلق حملة"
            " جديدة الشهر المقبل تستهدف كبار السن وأصحاب الأمراض المزمنة في جميع المحافظات.")
    html = ('<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"انخفاض الإصابات'
            ' بالأمراض الموسمية","datePublished":"2024-01-20","articleBody":"' + body + '"}</script></head>'
            '<body><div id="app"><h1>انخفاض الإصابات بالأمراض الموسمية</h1><p>جار التحميل...</p></div>'
            '<time datetime="2023-05-05">x</time></body></html>')
    doc = html_document(html.encode(), analyze=False)
    assert doc.meta.extra["extractor"] == "json-ld"
    assert len(doc.layout.body) == 3 and doc.layout.body[2].text.endswith("في جميع المحافظات.")
    assert doc.publication_date.value == "2024-01-20"


def test_time_element_dates_a_page_without_metadata() -> None:
    html = ("<html><body><article><h1>افتتاح جسر جديد فوق النهر</h1><time datetime='2022-08-14T10:00'>14 أغسطس"
            "</time><p>افتتح رئيس الوزراء صباح اليوم جسرا جديدا فوق النهر يربط شطري المدينة ويخفف الازدحام.</p>"
            "</article><aside class='related'><time datetime='2021-01-01'>x</time></aside></body></html>")
    doc = html_document(html.encode(), analyze=False)
    assert doc.publication_date.value == "2022-08-14" and doc.meta.extra["date_from"] == "time-datetime"


@pytest.mark.parametrize("name", ["jazeera_style.html", "toi_style.html", "amp_style.html", "bbc_style.html"])
def test_layout_stage_reads_the_assembled_text_the_same_way(name: str) -> None:
    """The text alone (headline, dek, captions, body, blank lines) tells the layout stage what the markup did."""
    from khabar.pipeline import get_stage, new_document

    doc = load(name, analyze=False)
    plain = new_document(doc.text)
    get_stage("layout")(plain)
    a, b = doc.layout, plain.layout
    assert a.headline == b.headline and a.dek == b.dek
    assert [(c.text, c.credits) for c in a.captions] == [(c.text, c.credits) for c in b.captions]
    assert a.body == b.body and a.datelines == b.datelines
