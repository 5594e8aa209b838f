"""The web interface without a browser: Arabic RTL pages, escaping, CSP, the claim chart."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient
from khabar_store_fixtures import WEB_TOKEN, casualty_docs, make_doc

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


def test_stored_markup_in_every_field_is_escaped(db_url: str) -> None:
    from khabar.api.app import create_app
    from khabar.store import open_store

    s = open_store(db_url)
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


# --- saving a pasted article from the web form (token-checked like the API) -----------------

ARTICLE = "قال محافظ البنك المركزي في عمّان إن التضخم تراجع إلى 2 بالمئة خلال الربع الأخير."


def _form(text: str, **extra: str) -> dict[str, str]:
    return {"text": text, "date": "2024-05-01", **extra}


def test_save_with_the_token_stores_the_article(client: TestClient) -> None:
    before = client.get("/api/health").json()["documents"]
    r = client.post("/analyze", data=_form(ARTICLE, save="1", token=WEB_TOKEN))
    assert r.status_code == 200 and 'id="notice"' in r.text and "حُفظ المقال في المخزن" in r.text
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert client.get("/api/health").json()["documents"] == before + 1
    doc_id = re.search(r'href="/documents/([0-9a-f]{64})"', r.text).group(1)  # type: ignore[union-attr]
    assert client.get(f"/api/documents/{doc_id}").json()["text"] == ARTICLE
    again = client.post("/analyze", data=_form(ARTICLE, save="1", token=f"  {WEB_TOKEN} "))
    assert again.status_code == 200 and "مخزَّن من قبل" in again.text
    assert client.get("/api/health").json()["documents"] == before + 1
    # analysis alone never stores, even when a token is typed
    other = ARTICLE.replace("2 بالمئة", "3 بالمئة")
    r = client.post("/analyze", data=_form(other, token=WEB_TOKEN))
    assert r.status_code == 200 and "غير مخزن" in r.text and 'id="notice"' not in r.text
    assert client.get("/api/health").json()["documents"] == before + 1


def test_save_refused_without_a_valid_token(client: TestClient) -> None:
    before = client.get("/api/health").json()["documents"]
    for token in ("", "   ", "wrong", WEB_TOKEN + "x", WEB_TOKEN[:-1], "رمز", f"Bearer {WEB_TOKEN}"):
        r = client.post("/analyze", data=_form(ARTICLE, save="1", token=token))
        assert r.status_code == 401, token
        assert "رمز الكتابة مفقود أو غير صحيح" in r.text and "لم يُخزَّن شيء" in r.text
        assert '<html lang="ar" dir="rtl">' in r.text
        assert "default-src 'none'" in r.headers["content-security-policy"]
        assert ARTICLE in r.text and 'value="2024-05-01"' in r.text  # what was typed is kept...
        assert token.strip() == "" or f'value="{token}"' not in r.text  # ...but never the token
    r = client.post("/analyze", data={"text": ARTICLE, "save": "1"})  # no token field at all
    assert r.status_code == 401
    assert client.get("/api/health").json()["documents"] == before


def test_save_refused_when_the_server_has_no_token(tmp_path: Path) -> None:
    from khabar.api.app import create_app

    c = TestClient(create_app(f"sqlite:///{tmp_path / 'ro.db'}", token=""))
    for token in ("", "anything"):
        r = c.post("/analyze", data=_form(ARTICLE, save="1", token=token))
        assert r.status_code == 403 and "الحفظ معطّل على هذا الخادم" in r.text
    assert c.get("/api/health").json()["documents"] == 0
    assert c.post("/analyze", data=_form(ARTICLE)).status_code == 200  # analysis stays open


def test_saved_and_refused_markup_stays_text(client: TestClient) -> None:
    r = client.post("/analyze", data=_form(EVIL, save="1", token="wrong"))
    assert r.status_code == 401
    r2 = client.post("/analyze", data=_form(EVIL, save="1", token=WEB_TOKEN))
    assert r2.status_code == 200 and "حُفظ المقال" in r2.text
    doc_id = re.search(r'href="/documents/([0-9a-f]{64})"', r2.text).group(1)  # type: ignore[union-attr]
    for resp in (r, r2, client.get(f"/documents/{doc_id}"), client.get("/documents"), client.get("/")):
        assert resp.status_code == 200 or resp is r
        assert "<script>alert" not in resp.text and "<img src=x" not in resp.text
        assert not re.search(r"<[^>]*\sonload=", resp.text)
        assert "default-src 'none'" in resp.headers["content-security-policy"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in r2.text


def test_nul_in_pasted_text_is_refused(client: TestClient) -> None:
    before = client.get("/api/health").json()["documents"]
    r = client.post("/analyze", data=_form("نص\x00فيه محرف", save="1", token=WEB_TOKEN))
    assert r.status_code == 400 and "NUL" in r.text
    assert client.get("/api/health").json()["documents"] == before


def test_claims_page_is_paged(client: TestClient, store) -> None:  # type: ignore[no-untyped-def]
    for n in range(23):
        place = f"Town{n:02d}"
        store.add(make_doc(f"قتل {n + 1} أشخاص في بلدة رقم {n}.", "2024-02-01",
                           claims=[{"quantity": f"{n + 1}", "value": n + 1, "category": "injured", "place": place}]))
    first = client.get("/claims")
    assert first.status_code == 200 and "(24 سلسلة)" in first.text  # 23 towns and Hebron
    rows1 = re.findall(r'<a href="/claims/series\?([^"]+)"', first.text)
    assert len(rows1) == 20 and 'href="?page=2"' in first.text
    second = client.get("/claims", params={"page": 2})
    rows2 = re.findall(r'<a href="/claims/series\?([^"]+)"', second.text)
    assert len(rows2) == 4 and not set(rows1) & set(rows2) and 'href="?page=1"' in second.text
    filtered = client.get("/claims", params={"category": "injured", "page": 2})
    assert "(23 سلسلة)" in filtered.text
    assert len(re.findall(r'<a href="/claims/series\?', filtered.text)) == 3
    assert 'href="?category=injured&amp;page=1"' in filtered.text  # the filter survives paging


def test_events_page_marks_planned_events(client: TestClient, store) -> None:  # type: ignore[no-untyped-def]
    import khabar

    doc = khabar.analyze("تعتزم الحكومة المصرية إرسال مساعدات إلى غزة الأسبوع المقبل.", "2024-04-07")
    planned = [e for e in doc.events if e.modality == "planned"]
    assert planned, "the events stage no longer marks this sentence as planned"
    store.add(doc)
    r = client.get("/events", params={"type": planned[0].type})
    assert r.status_code == 200 and "مخطط له" in r.text


def test_entity_page_is_paged(client: TestClient, store) -> None:  # type: ignore[no-untyped-def]
    store.add_many([make_doc(f"زار الوزير مدينة الخليل للمرة رقم {n}.", "2024-05-01",
                             entities=[("الخليل", "GPE", "Hebron")]) for n in range(50)])
    first = client.get("/entities/Hebron")
    assert first.status_code == 200 and "الإشارات (54)" in first.text
    assert first.text.count('<span class="ctx">') == 50 and 'href="?page=2"' in first.text
    second = client.get("/entities/Hebron", params={"page": 2})
    assert second.text.count('<span class="ctx">') == 4 and 'href="?page=1"' in second.text


def test_oversized_upload_is_refused_with_413(client: TestClient) -> None:
    before = client.get("/api/health").json()["documents"]
    big = ("خبر " * 600_000).encode()  # 4.8 MB, over the 2 MB default
    r = client.post("/analyze", files={"file": ("big.txt", big)}, data={"save": "1", "token": WEB_TOKEN})
    assert r.status_code == 413
    assert client.get("/api/health").json()["documents"] == before
