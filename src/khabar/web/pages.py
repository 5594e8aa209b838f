"""The Arabic web interface: server-rendered pages (right to left) over the store.

Pages are Jinja2 templates with autoescaping always on; article text is cut into pieces
(:func:`khabar.web.render.pieces`) and each piece is escaped, so an article that contains
markup shows it as text. No inline scripts or styles: the CSP allows only our own files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader

from khabar.model import Document
from khabar.store import Store, content_id
from khabar.web import render

STATIC = Path(__file__).with_name("static")
PAGE = 20
ENTITY_PAGE = 50  # mentions and quotes per entity page


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(STATIC / "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(
        LABELS_AR=render.LABELS_AR, LAYERS_AR=render.LAYERS_AR, CATEGORIES_AR=render.CATEGORIES_AR,
        BOUNDS_AR=render.BOUNDS_AR, MODALITY_AR=render.MODALITY_AR, num=render._num, qs=_qs,
    )
    return env


def _qs(base: dict[str, Any] | None = None, **kw: Any) -> str:
    """A query string of the non-empty values of ``base`` updated with ``kw``."""
    args = {**(base or {}), **kw}
    return urlencode({k: v for k, v in args.items() if v not in (None, "")})


REFUSED_AR = {
    401: "لم يُحفظ المقال: رمز الكتابة مفقود أو غير صحيح. لم يُخزَّن شيء.",
    403: "لم يُحفظ المقال: الحفظ معطّل على هذا الخادم (لم يُضبط KHABAR_TOKEN). لم يُخزَّن شيء.",
}


def mount_web(app: FastAPI, store: Store, secret: str = "") -> None:
    """Add the web pages and static assets to ``app``; ``secret`` is the write token (none: no saving)."""
    env = _env()

    def page(name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**ctx), status_code=status)

    def doc_page(doc: Document, doc_id: str | None, stored: bool, notice: str = "") -> HTMLResponse:
        return page("analysis.html", doc=doc, doc_id=doc_id, stored=stored, pieces=render.pieces(doc),
                    counts=render.layer_counts(doc), title=_headline(doc), notice=notice)

    app.mount("/static", StaticFiles(directory=STATIC / "assets"), name="static")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home() -> HTMLResponse:
        total, recent = store.documents(0, 10)
        return page("home.html", total=total, recent=recent, title="خبر")

    @app.post("/analyze", response_class=HTMLResponse, include_in_schema=False)
    async def analyze_form(text: Annotated[str, Form()] = "", date: Annotated[str, Form()] = "",
                           file: Annotated[UploadFile | None, File()] = None,
                           save: Annotated[str, Form()] = "", token: Annotated[str, Form()] = "") -> HTMLResponse:
        """Analyze a pasted or uploaded article; with "save" and the write token, also store it."""
        from starlette.concurrency import run_in_threadpool

        from khabar.api.auth import token_refusal
        from khabar.errors import KhabarError
        from khabar.ingest.text import decode_bytes
        from khabar.pipeline import analyze

        def again(status: int, error: str, keep: str = "") -> HTMLResponse:
            """The form again, with the error and what the user typed (never the token)."""
            total, recent = store.documents(0, 10)
            return page("home.html", status=status, error=error, total=total, recent=recent, title="خبر",
                        text=keep, date=date.strip(), save=bool(save))

        try:
            if file is not None and file.filename:
                text, _ = decode_bytes(await file.read())
            day = dt.date.fromisoformat(date).isoformat() if date.strip() else None
        except KhabarError as exc:
            return again(400, str(exc))
        except ValueError:
            return again(400, "تاريخ غير صالح: استخدم الصيغة YYYY-MM-DD", text)
        if not text.strip():
            return again(400, "الصق نص مقال أو ارفع ملفًا")
        if "\x00" in text:
            return again(400, "النص يحتوي على محرف NUL غير مسموح به")
        if save:
            refused = token_refusal(secret, token.strip() or None)
            if refused is not None:
                return again(refused[0], REFUSED_AR[refused[0]], text)
        doc = await run_in_threadpool(analyze, text, day)  # keep the event loop free meanwhile
        if save:
            doc_id, added = await run_in_threadpool(store.add, doc)
            notice = "حُفظ المقال في المخزن." if added else "المقال مخزَّن من قبل؛ لم يتغير شيء."
            return doc_page(doc, doc_id, stored=True, notice=notice)
        doc_id = content_id(doc.text)
        stored = await run_in_threadpool(store.get_json, doc_id)
        return doc_page(doc, doc_id, stored=stored is not None)

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents(page_: Annotated[int, Query(alias="page", ge=1, le=100_000)] = 1) -> HTMLResponse:
        total, items = store.documents((page_ - 1) * PAGE, PAGE)
        return page("documents.html", total=total, items=items, page=page_, pages=_pages(total),
                    pager_args={}, title="المقالات")

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document(doc_id: str) -> HTMLResponse:
        doc = store.get(doc_id)
        if doc is None:
            raise HTTPException(404, "no such document")
        return doc_page(doc, doc_id, stored=True)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search(q: Annotated[str, Query(max_length=500)] = "",
               page_: Annotated[int, Query(alias="page", ge=1, le=100_000)] = 1) -> HTMLResponse:
        total, hits = store.search(q, (page_ - 1) * PAGE, PAGE) if q.strip() else (0, [])
        return page("search.html", q=q, total=total, hits=hits, page=page_, pages=_pages(total),
                    pager_args={"q": q}, title="بحث")

    @app.get("/entities", response_class=HTMLResponse, include_in_schema=False)
    def entities(q: Annotated[str, Query(max_length=300)] = "",
                 page_: Annotated[int, Query(alias="page", ge=1, le=100_000)] = 1) -> HTMLResponse:
        total, items = store.entities(q or None, (page_ - 1) * 50, 50)
        return page("entities.html", q=q, total=total, items=items, page=page_, pages=_pages(total, 50),
                    pager_args={"q": q}, title="الكيانات")

    @app.get("/entities/{name}", response_class=HTMLResponse, include_in_schema=False)
    def entity(name: str, page_: Annotated[int, Query(alias="page", ge=1, le=100_000)] = 1) -> HTMLResponse:
        ent = store.entity(name, (page_ - 1) * ENTITY_PAGE, ENTITY_PAGE)
        if ent is None:
            raise HTTPException(404, "no such entity")
        pages = _pages(max(ent["mentions_total"], ent["quotes_total"]), ENTITY_PAGE)
        return page("entity.html", ent=ent, page=page_, pages=pages, pager_args={}, title=ent["canonical"])

    @app.get("/claims", response_class=HTMLResponse, include_in_schema=False)
    def claims(category: Annotated[str, Query(max_length=64)] = "",
               place: Annotated[str, Query(max_length=300)] = "",
               page_: Annotated[int, Query(alias="page", ge=1, le=100_000)] = 1) -> HTMLResponse:
        total, series = store.claim_series_page(category or None, place or None, offset=(page_ - 1) * PAGE,
                                                limit=PAGE)
        return page("claims.html", series=series, total=total, categories=store.claim_categories(),
                    category=category, place=place, page=page_, pages=_pages(total),
                    pager_args={"category": category, "place": place}, title="الأرقام عبر الزمن")

    @app.get("/claims/series", response_class=HTMLResponse, include_in_schema=False)
    def claim_series(category: Annotated[str, Query(max_length=64)],
                     place: Annotated[str, Query(max_length=300)] = "") -> HTMLResponse:
        found = [s for s in store.claim_series(category, place or None) if (s["place"] or "") == place]
        if not found:
            raise HTTPException(404, "no such series")
        s = found[0]
        return page("series.html", s=s, chart=render.series_chart(s),
                    title=f"{render.CATEGORIES_AR.get(s['category'], s['category'])} — {s['place'] or ''}")

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events(type: Annotated[str, Query(max_length=16)] = "",
               page_: Annotated[int, Query(alias="page", ge=1, le=100_000)] = 1) -> HTMLResponse:
        total, items = store.events(type or None, (page_ - 1) * 50, 50)
        return page("events.html", items=items, total=total, type=type, page=page_, pages=_pages(total, 50),
                    pager_args={"type": type}, title="الأحداث")

    @app.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs() -> HTMLResponse:
        spec = app.openapi()
        routes = []
        for path, ops in sorted(spec.get("paths", {}).items()):
            for method, op in ops.items():
                params = [f"{p['name']} ({p['in']})" for p in op.get("parameters", [])]
                routes.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                               "description": op.get("description", ""), "params": params,
                               "body": "requestBody" in op})
        return page("apidocs.html", routes=routes, title="واجهة البرمجة", version=spec["info"]["version"])

    from starlette.exceptions import HTTPException as StarletteHTTPException

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Any:
        """JSON errors for the API, an Arabic error page for the browser."""
        from fastapi.exception_handlers import http_exception_handler

        if request.url.path.startswith("/api/") or request.method != "GET":
            return await http_exception_handler(request, exc)
        return page("error.html", status=exc.status_code, status_code=exc.status_code, detail=exc.detail,
                    title="خطأ")

def _headline(doc: Document) -> str:
    if doc.layout.headline:
        return doc.layout.headline.text
    for line in doc.text.splitlines():
        if line.strip():
            return line.strip()[:120]
    return "مقال"


def _pages(total: int, per: int = PAGE) -> int:
    return max(1, -(-total // per))
