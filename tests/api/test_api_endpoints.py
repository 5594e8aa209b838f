"""The HTTP API on SQLite and PostgreSQL: reads, token-checked writes, paging, limits, headers."""

from __future__ import annotations

import hashlib

from fastapi.testclient import TestClient

TEXT = "قال رئيس الوزراء اللبناني في بيروت إن \"الحل سياسي\"، وأضاف أن 12 شخصا أصيبوا."


def test_health_and_csp(client: TestClient) -> None:
    r = client.get("/api/health")
    assert r.status_code == 200 and r.json() == {"status": "ok", "documents": 4}
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"


def test_analyze_does_not_store(client: TestClient) -> None:
    r = client.post("/api/analyze", json={"text": TEXT, "date": "2024-02-03"})
    assert r.status_code == 200
    doc = r.json()
    assert doc["text"] == TEXT and doc["publication_date"]["value"] == "2024-02-03"
    for e in doc["entities"]:
        assert TEXT[e["start"]:e["end"]] == e["text"]
    assert client.get("/api/health").json()["documents"] == 4


def test_writes_need_the_token(client: TestClient, auth: dict[str, str]) -> None:
    body = {"text": TEXT, "date": "2024-02-03"}
    assert client.post("/api/documents", json=body).status_code == 401
    r = client.post("/api/documents", json=body, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert client.post("/api/documents", json=body, headers={"Authorization": auth["Authorization"][7:]}).status_code == 401
    r = client.post("/api/documents", json=body, headers=auth)
    assert r.status_code == 201
    assert r.json() == {"id": hashlib.sha256(TEXT.encode()).hexdigest(), "added": True}
    r2 = client.post("/api/documents", json=body, headers=auth)
    assert r2.json()["added"] is False
    assert client.get("/api/health").json()["documents"] == 5
    got = client.get(f"/api/documents/{r.json()['id']}")
    assert got.status_code == 200 and got.json()["text"] == TEXT


def test_writes_refused_without_configured_token(no_token_client: TestClient) -> None:
    r = no_token_client.post("/api/documents", json={"text": TEXT}, headers={"Authorization": "Bearer "})
    assert r.status_code == 403


def test_documents_paging(client: TestClient) -> None:
    r = client.get("/api/documents", params={"limit": 3})
    page = r.json()
    assert page["total"] == 4 and len(page["items"]) == 3 and page["limit"] == 3
    r2 = client.get("/api/documents", params={"offset": 3, "limit": 3}).json()
    assert len(r2["items"]) == 1
    assert client.get("/api/documents", params={"limit": 0}).status_code == 422
    assert client.get("/api/documents", params={"limit": 1000}).status_code == 422
    assert client.get("/api/documents", params={"offset": -1}).status_code == 422
    assert client.get("/api/documents/nope").status_code == 404


def test_search_entities_claims_events(client: TestClient) -> None:
    s = client.get("/api/search", params={"q": "الخليل", "limit": 2}).json()
    assert s["total"] == 4 and len(s["items"]) == 2
    ents = client.get("/api/entities").json()
    assert {e["canonical"] for e in ents["items"]} == {"Hebron", "Mahmoud Salim", "Ministry of Health",
                                                       "Civil Defence"}
    ent = client.get("/api/entities/Hebron").json()
    assert ent["label"] == "GPE" and len(ent["mentions"]) == 4
    assert client.get("/api/entities/Nowhere").status_code == 404
    series = client.get("/api/claims", params={"category": "killed"}).json()
    assert series["total"] == 1 and series["items"][0]["disagreements"] == ["2024-03-05"]
    assert client.get("/api/claims", params={"since": "2024-3-1"}).status_code == 422
    assert client.get("/api/claims/categories").json() == [{"category": "killed", "claims": 4}]
    ev = client.get("/api/events", params={"type": "ASSAULT"}).json()
    assert ev["total"] == 4


def test_sql_injection_in_search(client: TestClient) -> None:
    for q in ("'; DROP TABLE documents; --", "\" OR \"\"=\"", "1; DELETE FROM claims"):
        r = client.get("/api/search", params={"q": q})
        assert r.status_code == 200 and r.json()["total"] == 0
    assert client.get("/api/health").json()["documents"] == 4
    assert len(client.get("/api/claims").json()["items"][0]["points"]) == 4


def test_oversized_bodies_get_413(client: TestClient, auth: dict[str, str]) -> None:
    big = "أ" * 70_000
    r = client.post("/api/analyze", json={"text": big})
    assert r.status_code == 413
    r = client.post("/api/documents", json={"text": big}, headers=auth)
    assert r.status_code == 413

    def chunks():  # no Content-Length: counted while streaming
        for _ in range(40):
            yield b"x" * 4096

    r = client.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert client.get("/api/health").json()["documents"] == 4


def test_bad_input_is_422(client: TestClient) -> None:
    assert client.post("/api/analyze", json={"text": ""}).status_code == 422
    assert client.post("/api/analyze", json={"text": "   "}).status_code == 422
    assert client.post("/api/analyze", json={"text": "نص", "date": "2024-02-30"}).status_code == 422
    assert client.post("/api/analyze", json={"text": "نص", "extra": 1}).status_code in (200, 422)
    assert client.post("/api/analyze", content=b"{not json", headers={"content-type": "application/json"}
                       ).status_code == 422
    assert client.post("/api/analyze", content=b'{"text": "\\ud800"}',
                       headers={"content-type": "application/json"}).status_code == 422


def test_openapi_and_docs_page(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    assert {"/api/analyze", "/api/documents", "/api/search", "/api/entities", "/api/claims", "/api/events"} <= set(spec["paths"])
    r = client.get("/api/docs")
    assert r.status_code == 200 and "/api/search" in r.text and "cdn" not in r.text.lower()


def test_claims_are_paged_by_series(client: TestClient, auth: dict[str, str]) -> None:
    towns = ["جنين", "طولكرم", "قلقيلية", "بيت لحم", "أريحا"]
    for n, town in enumerate(towns):
        text = f"أعلنت وزارة الصحة في مدينة {town} أن {n + 3} أشخاص قتلوا في قصف."
        assert client.post("/api/documents", json={"text": text, "date": "2024-04-0" + str(n + 1)},
                           headers=auth).status_code == 201
    everything = client.get("/api/claims", params={"limit": 200}).json()
    total = everything["total"]
    assert total == len(everything["items"]) and total >= 3
    keys = [(s["category"], s["place"] or "") for s in everything["items"]]
    assert keys == sorted(keys)  # category, then place: the same order on both databases
    seen = []
    for offset in range(0, total, 2):
        page = client.get("/api/claims", params={"offset": offset, "limit": 2}).json()
        assert page["total"] == total and page["offset"] == offset and page["limit"] == 2
        assert 1 <= len(page["items"]) <= 2
        seen += [(s["category"], s["place"] or "") for s in page["items"]]
    assert seen == keys  # every series exactly once, whole
    whole = {(s["category"], s["place"] or ""): len(s["points"]) for s in everything["items"]}
    assert whole[("killed", "Hebron")] == 4
    assert client.get("/api/claims", params={"offset": total}).json()["items"] == []
    assert client.get("/api/claims", params={"limit": 0}).status_code == 422
    assert client.get("/api/claims", params={"limit": 201}).status_code == 422


def test_entity_mentions_and_quotes_are_paged(client: TestClient) -> None:
    whole = client.get("/api/entities/Mahmoud Salim").json()
    assert whole["mentions_total"] == 4 and whole["quotes_total"] == 4 and len(whole["quotes"]) == 4
    p1 = client.get("/api/entities/Mahmoud Salim", params={"limit": 3}).json()
    p2 = client.get("/api/entities/Mahmoud Salim", params={"offset": 3, "limit": 3}).json()
    assert (len(p1["mentions"]), len(p2["mentions"])) == (3, 1) and (len(p1["quotes"]), len(p2["quotes"])) == (3, 1)
    assert p1["mentions"] + p2["mentions"] == whole["mentions"] and p1["quotes"] + p2["quotes"] == whole["quotes"]
    assert p2["offset"] == 3 and p2["limit"] == 3 and p2["quotes_total"] == 4
    assert client.get("/api/entities/Hebron", params={"limit": 201}).status_code == 422
