"""Browser tests: Playwright driving Debian's Chromium against a live server.

Paste the seed article and see its layers highlighted, search, open an entity, open a
claim series chart. Screenshots go to docs/screenshots/ for the README.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import khabar
from khabar.web.render import pieces

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"
CONSOLE_ERRORS: dict[int, list[str]] = {}  # per page: console errors, checked when the page closes


@pytest.fixture
def page(browser, live_server):  # type: ignore[no-untyped-def]
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ar")
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    CONSOLE_ERRORS[id(pg)] = errors
    yield pg
    ctx.close()
    del CONSOLE_ERRORS[id(pg)]
    assert errors == [], errors  # e.g. a CSP violation


def test_paste_seed_and_see_highlights(page, live_server: str, seed_text: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(live_server + "/")
    assert page.get_attribute("html", "dir") == "rtl"
    page.fill("#text", seed_text)
    page.fill("input[name=date]", "2024-04-01")
    page.click("#analyze")
    page.wait_for_selector("#doctext")
    expected = khabar.analyze(seed_text, "2024-04-01")
    highlighted = sum(1 for p in pieces(expected) if p.classes)
    assert highlighted > 0
    assert page.locator("#doctext > span").count() == highlighted
    assert page.locator("#doctext .ent").count() == sum(1 for p in pieces(expected) if "ent" in p.classes)
    assert page.inner_text("#doctext").replace("\r", "") .strip() != ""
    assert page.locator("#legend").is_visible() and page.locator("#claims-panel").is_visible()
    # the legend toggles a layer off, without any script
    if expected.entities:
        first = page.locator("#doctext .ent").first
        on = first.evaluate("e => getComputedStyle(e).backgroundColor")
        page.uncheck("#t-ent")
        off = first.evaluate("e => getComputedStyle(e).backgroundColor")
        assert on != off
        page.check("#t-ent")
    page.screenshot(path=str(SHOTS / "analyze.png"), full_page=True)


def test_search(page, live_server: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(live_server + "/")
    page.fill("header input[name=q]", "الخليل")
    page.press("header input[name=q]", "Enter")
    page.wait_for_selector("#result-count")
    assert page.inner_text("#result-count").startswith("4 ")
    assert page.locator("ol.results li").count() == 4
    page.click("ol.results li a >> nth=0")
    page.wait_for_selector("#doctext")
    assert page.locator("#doctext .num").count() == 1
    page.goto(live_server + "/search?q=" + "رفح")  # a word of the seed article
    assert page.locator("ol.results li").count() == 1
    page.screenshot(path=str(SHOTS / "search.png"), full_page=True)


def test_entity_page(page, live_server: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(live_server + "/entities")
    page.click("text=Hebron")
    page.wait_for_selector("#entity-name")
    assert page.inner_text("#entity-name") == "Hebron"
    assert page.locator("#mentions li").count() == 4
    assert page.locator("#cooccurring li").count() == 3
    page.goto(live_server + "/entities/Mahmoud%20Salim")
    assert page.locator("#entity-quotes blockquote").count() == 4
    # the README shot: the most mentioned entity (one of the seed article's)
    import httpx

    items = httpx.get(live_server + "/api/entities", params={"limit": 200}).json()["items"]
    top = max(items, key=lambda e: (e["mentions"], -e["id"]))
    page.goto(f"{live_server}/entities/{top['id']}")
    page.wait_for_selector("#mentions")
    assert page.locator("#mentions li").count() >= 1
    page.screenshot(path=str(SHOTS / "entity.png"), full_page=True)


def test_claim_series_chart(page, live_server: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(live_server + "/claims")
    page.click("#series-list tr:has-text(\"Hebron\") a")
    page.wait_for_selector("#series-chart > svg")
    svg = page.locator("#series-chart > svg")
    box = svg.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 150
    assert page.locator("#series-chart a.pt").count() == 4
    assert page.locator("#series-chart rect.band").count() == 1
    assert page.locator("#points tr.disagree").count() == 2
    # markers climb: the last report is drawn higher (smaller y) than the first
    ys = page.eval_on_selector_all("#series-chart a.pt :is(circle, polygon):not(.hedge-ring)",
                                   "els => els.map(e => e.getBBox().y)")
    assert ys[-1] < ys[0]
    svg.screenshot(path=str(SHOTS / "claims-chart.png"))
    page.screenshot(path=str(SHOTS / "claims.png"), full_page=True)


def test_save_pasted_article_with_token(page, live_server: str) -> None:  # type: ignore[no-untyped-def]
    text = "أعلن الدفاع المدني في مدينة صيدا أن 6 أشخاص أصيبوا في حريق اندلع في مستودع."
    page.goto(live_server + "/")
    page.fill("#text", text)
    page.fill("input[name=date]", "2024-04-20")
    page.check("#save")
    page.fill("#token", "wrong")
    page.click("#analyze")
    page.wait_for_selector("p.error[role=alert]")
    assert "رمز الكتابة" in page.inner_text("p.error")
    # the refusal is an HTTP 401, which Chromium logs; that one console error is expected
    errors = CONSOLE_ERRORS[id(page)]
    assert len(errors) == 1 and "401" in errors[0], errors
    errors.clear()
    assert page.input_value("#text") == text and page.is_checked("#save")
    assert page.input_value("input[name=date]") == "2024-04-20" and page.input_value("#token") == ""
    import httpx

    assert httpx.get(live_server + "/api/search", params={"q": "صيدا"}).json()["total"] == 0  # nothing stored
    page.fill("#token", "t")
    page.screenshot(path=str(SHOTS / "save.png"), full_page=True)
    page.click("#analyze")
    page.wait_for_selector("#notice")
    assert "حُفظ المقال" in page.inner_text("#notice")
    page.goto(live_server + "/search?q=" + "صيدا")
    assert page.locator("ol.results li").count() == 1
