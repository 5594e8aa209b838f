"""The HTTP API (JSON under ``/api``) and the Arabic web interface, in one FastAPI app.

Reads are open; every write needs ``Authorization: Bearer $KHABAR_TOKEN`` (with no token
configured, writes are refused). Bodies over ``max_body`` bytes get 413 before they are
read in full. Every answer carries a strict Content-Security-Policy.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field, field_validator
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from khabar.api.auth import token_refusal
from khabar.store import Store, open_store

DEFAULT_MAX_BODY = 2 * 1024 * 1024
MAX_TEXT = 1_000_000
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'; connect-src 'self'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


Offset = Annotated[int, Query(ge=0, le=10_000_000, description="items to skip")]
Limit = Annotated[int, Query(ge=1, le=200, description="page size")]


class GuardMiddleware:
    """Refuses oversized bodies with 413 and adds security headers to every answer."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for k, v in scope.get("headers", []):
            if k == b"content-length":
                try:
                    too_big = int(v) > self.max_body
                except ValueError:
                    too_big = False
                if too_big:
                    await _send_413(send, self.max_body)
                    return
        seen = 0
        started = refused = False

        async def counted() -> Message:
            nonlocal seen, refused, started
            if refused:
                return {"type": "http.disconnect"}
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.max_body:
                    # answer 413 now and tell the app the client went away, so whatever
                    # it does with the truncated body is never sent
                    refused = True
                    if not started:
                        started = True
                        await _send_413(send, self.max_body)
                    return {"type": "http.disconnect"}
            return msg

        async def with_headers(msg: Message) -> None:
            nonlocal started
            if refused:
                return
            if msg["type"] == "http.response.start":
                started = True
                headers = [h for h in msg.get("headers", []) if h[0].lower() not in dict(SECURITY_HEADERS)]
                msg = {**msg, "headers": headers + SECURITY_HEADERS}
            await send(msg)

        try:
            await self.app(scope, counted, with_headers)
        except Exception:
            if not refused:
                raise


async def _send_413(send: Send, limit: int) -> None:
    body = f'{{"detail":"request body larger than {limit} bytes"}}'.encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})


# --- request and response models -------------------------------------------------------


def _check_date(v: str | None) -> str | None:
    if v is None or v == "":
        return None
    try:
        return dt.date.fromisoformat(v).isoformat()
    except ValueError:
        raise ValueError("expected a date YYYY-MM-DD") from None


def _check_text(v: str) -> str:
    try:
        v.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text is not valid Unicode") from None
    if not v.strip():
        raise ValueError("text is empty")
    if "\x00" in v:
        raise ValueError("text contains NUL characters")
    return v


class ArticleIn(BaseModel):
    """An article to analyze (and, for writes, to store)."""

    text: str = Field(min_length=1, max_length=MAX_TEXT, description="the article text")
    date: str | None = Field(default=None, description="publication date YYYY-MM-DD", examples=["2024-04-01"])
    source: str | None = Field(default=None, max_length=2000)
    url: str | None = Field(default=None, max_length=2000)

    _v_date = field_validator("date")(_check_date)
    _v_text = field_validator("text")(_check_text)


class Added(BaseModel):
    id: str
    added: bool


class Page(BaseModel):
    total: int
    offset: int
    limit: int
    items: list[dict[str, Any]]


class Health(BaseModel):
    status: str
    documents: int


# --- the app -------------------------------------------------------------------------------


def create_app(db: str | Store | None = None, *, token: str | None = None,
               max_body: int | None = None) -> FastAPI:
    """The app over the store at ``db`` (URL, Store, or default); ``token`` defaults to $KHABAR_TOKEN."""
    store = db if isinstance(db, Store) else open_store(db)
    secret = token if token is not None else os.environ.get("KHABAR_TOKEN", "")
    limit = max_body or int(os.environ.get("KHABAR_MAX_BODY", DEFAULT_MAX_BODY))

    app = FastAPI(
        title="khabar", version=_version(),
        description="Arabic news as structured, source-attributed facts with exact spans. "
                    "Reads are open; writes need `Authorization: Bearer <KHABAR_TOKEN>`.",
        docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
    )
    app.state.store = store
    app.state.max_body = limit

    def require_token(authorization: Annotated[str | None, Header()] = None) -> None:
        given = authorization[7:].strip() if authorization and authorization.startswith("Bearer ") else None
        refused = token_refusal(secret, given)
        if refused is not None:
            status, reason = refused
            raise HTTPException(status, reason, headers={"WWW-Authenticate": "Bearer"} if status == 401 else None)

    @app.get("/api/health", response_model=Health, tags=["meta"])
    def health() -> Health:
        return Health(status="ok", documents=store.count())

    @app.post("/api/analyze", tags=["analysis"])
    def analyze(article: ArticleIn) -> dict[str, Any]:
        """Analyze an article and return its layers, without storing it."""
        doc = _analyze(article)
        return doc.model_dump(mode="json")

    @app.post("/api/documents", response_model=Added, status_code=201, tags=["documents"],
              dependencies=[Depends(require_token)], responses={401: {}, 403: {}})
    def add_document(article: ArticleIn) -> Added:
        """Analyze and store an article (idempotent: the id is the sha256 of the text). Needs the token."""
        doc = _analyze(article)
        doc_id, added = store.add(doc)
        return Added(id=doc_id, added=added)

    @app.get("/api/documents", response_model=Page, tags=["documents"])
    def list_documents(offset: Offset = 0, limit: Limit = 20) -> Page:
        total, items = store.documents(offset, limit)
        return Page(total=total, offset=offset, limit=limit, items=items)

    @app.get("/api/documents/{doc_id}", tags=["documents"], response_class=Response,
             responses={200: {"content": {"application/json": {"schema": {"type": "object"}}},
                              "description": "the stored Document (khabar's JSON output)"}, 404: {}})
    def get_document(doc_id: str) -> Response:
        """A stored document with all its layers, as ``khabar analyze`` prints it."""
        js = store.get_json(doc_id)
        if js is None:
            raise HTTPException(404, "no such document")
        return Response(js, media_type="application/json")

    @app.get("/api/search", response_model=Page, tags=["documents"])
    def search(q: Annotated[str, Query(min_length=1, max_length=500)], offset: Offset = 0,
               limit: Limit = 20) -> Page:
        """Full-text search over normalized Arabic (every word, or its stem without proclitics)."""
        total, items = store.search(q, offset, limit)
        return Page(total=total, offset=offset, limit=limit, items=items)

    @app.get("/api/entities", response_model=Page, tags=["entities"])
    def list_entities(q: Annotated[str | None, Query(max_length=300)] = None, offset: Offset = 0,
                      limit: Limit = 50) -> Page:
        total, items = store.entities(q, offset, limit)
        return Page(total=total, offset=offset, limit=limit, items=items)

    @app.get("/api/entities/{name}", tags=["entities"], responses={404: {}})
    def get_entity(name: str, offset: Offset = 0, limit: Limit = 100) -> dict[str, Any]:
        """An entity (by id, canonical name or Arabic form): mentions, co-occurring entities, quotes.

        ``offset``/``limit`` page the mentions and the quotes (newest first);
        ``mentions_total`` and ``quotes_total`` count them all.
        """
        ent = store.entity(name, offset, limit)
        if ent is None:
            raise HTTPException(404, "no such entity")
        return ent

    @app.get("/api/claims/categories", tags=["claims"])
    def claim_categories() -> list[dict[str, Any]]:
        return store.claim_categories()

    @app.get("/api/claims", response_model=Page, tags=["claims"])
    def claim_series(category: Annotated[str | None, Query(max_length=64)] = None,
                     place: Annotated[str | None, Query(max_length=300)] = None,
                     since: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
                     until: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
                     offset: Offset = 0, limit: Limit = 20) -> Page:
        """Claims of one category about one place as series over publication dates.

        A page of series (ordered by category, then place); each series comes whole, with
        all its points, its sources and the days on which sources disagree.
        """
        total, items = store.claim_series_page(category, place, since, until, offset, limit)
        return Page(total=total, offset=offset, limit=limit, items=items)

    @app.get("/api/events", response_model=Page, tags=["events"])
    def list_events(type: Annotated[str | None, Query(max_length=16)] = None, offset: Offset = 0,
                    limit: Limit = 50) -> Page:
        total, items = store.events(type, offset, limit)
        return Page(total=total, offset=offset, limit=limit, items=items)

    @app.exception_handler(UnicodeEncodeError)
    async def _bad_unicode(request: Request, exc: UnicodeEncodeError) -> JSONResponse:
        return JSONResponse({"detail": "invalid Unicode in the request"}, status_code=422)

    from khabar.web.pages import mount_web

    mount_web(app, store, secret)

    app.add_middleware(GuardMiddleware, max_body=limit)  # type: ignore[arg-type]
    return app


def _analyze(article: ArticleIn) -> Any:
    from khabar.pipeline import new_document, run

    return run(new_document(article.text, article.date, source=article.source, url=article.url))


def _version() -> str:
    from khabar import __version__

    return __version__
