"""The web interface without a browser: Arabic RTL pages, escaping, CSP, the claim chart."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient
from khabar_store_fixtures import casualty_docs, make_doc

import khabar.web
from khabar.web.render import pieces, series_chart

STATIC = Path(khabar.web.__file__).parent / "static"
EVIL = 'خبر <script>alert(1)</script> ثم " onload="alert(2)" و<img src=x onerror=alert(3)> في غزة.'


def test_pages_are_arabic_rtl_with_csp(client: TestClient) -> None:
    for url in ("/", "/documents", "/entities", "/claims", "/events", "/search?q=الخليل", "/api/docs",
                "/entities/Hebron", "/claims/series?category=killed&place=Hebron"):
        r = client.get(url)
        assert r.status_code == 200, url
        assert '<html lang="ar" dir="rtl">' in r.text
        assert "default-src 'none'" in r.headers["content-security-policy"]
    r = client.get("/documents/" + "0" * 64)
    assert r.status_code == 404 and 'dir="rtl"' in r.text


def test_pasted_article_with_markup_renders_as_text(client: TestClient) -> None:
    r = client.post("/analyze", data={"text": EVIL, "date": "2024-01-05"})
    assert r.status_code == 200
    assert "<script>alert" not in r.text and "<img src=x" not in r.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    assert '" onload="alert(2)"' not in r.text and "&#34; onload=&#34;alert(2)&#34;" in r.text
    assert not re.search(r"<[^>]*\sonload=", r.text)


def test_uploaded_file_is_analyzed(client: TestClient) -> None:
    r = client.post("/analyze", files={"file": ("a.txt", "قال الوزير في القاهرة إن الوضع هادئ.".encode())},
                    data={"date": ""})
    assert r.status_code == 200 and "الوضع هادئ" in r.text
    assert client.post("/analyze", data={"text": "نص", "date": "2024-13-45"}).status_code == 400
    assert client.post("/analyze", data={"text": "  "}).status_code == 400


def test_stored_markup_in_every_field_is_escaped(client: TestClient, tmp_path: Path) -> None:
    from khabar.api.app import create_app
    from khabar.store import open_store

    s = open_store(f"sqlite:///{tmp_path / 'evil.db'}")
    doc = make_doc(EVIL, "2024-01-05", entities=[("غزة", "GPE", '<b onmouseover="alert(4)">Gaza</b>')],
                   claims=[{"quantity": "3", "value": 3, "category": "<i>killed</i>", "place": "<u>x</u>"}])
    doc_id, _ = s.add(doc)
    c = TestClient(create_app(s, token="t"))
    pages = [f"/documents/{doc_id}", "/entities/1", "/entities", "/claims",
             "/claims/series?category=%3Ci%3Ekilled%3C%2Fi%3E&place=%3Cu%3Ex%3C%2Fu%3E",
             "/search?q=%3Cscript%3Ealert(5)%3C%2Fscript%3E", "/documents"]
    for url in pages:
        r = c.get(url)
        assert r.status_code == 200, url
        for raw in ("<script>alert", "<b onmouseover", "<i>killed", "<u>x", "<img src=x"):
            assert raw not in r.text, (url, raw)
    s.close()


def test_assets_are_local_and_no_inline_code() -> None:
    for f in sorted((STATIC / "templates").glob("*.html")) + sorted((STATIC / "assets").glob("*")):
        text = f.read_text(encoding="utf-8")
        urls = re.findall(r"https?://[^\s\"')]+", text)
        assert urls in ([], ["http://www.w3.org/2000/svg"]), (f.name, urls)
        assert "<script>" not in text and " style=" not in text and "<style" not in text, f.name


def test_highlight_pieces_cover_text_exactly() -> None:
    doc = casualty_docs()[1]
    ps = pieces(doc)
    assert "".join(p.text for p in ps) == doc.text
    classes = {c for p in ps for c in p.classes}
    assert {"ent", "ent-GPE", "ent-PERSON", "num", "csrc", "hedge", "quote", "cue", "spk", "evt"} <= classes


def test_claim_chart(client: TestClient) -> None:
    r = client.get("/claims/series", params={"category": "killed", "place": "Hebron"})
    html = r.text
    assert html.count('<a href="/documents/') >= 4
    assert html.count('class="band"') == 1  # one day of disagreement
    assert html.count('<tr class="disagree">') == 2
    assert "hedge-ring" in html and "Ministry of Health" in html and "Civil Defence" in html
    assert client.get("/claims/series", params={"category": "killed", "place": "Nowhere"}).status_code == 404


def test_chart_geometry_rises_with_the_figure() -> None:
    series = {"points": [
        {"date": "2024-01-01", "value": 10, "value_max": None, "bound": "exact", "source": "A", "hedges": [],
         "disagreement": False, "doc_id": "a"},
        {"date": "2024-01-11", "value": 50, "value_max": 60, "bound": "lower", "source": "A", "hedges": ["x"],
         "disagreement": False, "doc_id": "b"},
    ]}
    ch = series_chart(series)
    m0, m1 = ch["markers"]
    assert m1["cx"] > m0["cx"] and m1["cy"] < m0["cy"]  # later and higher
    assert m1["range_y"] < m1["cy"] and m1["hedged"] and m1["bound"] == "lower"
    assert len(ch["lines"]) == 1 and ch["bands"] == []
