"""API benchmark: requests/s with 50 concurrent clients on loopback.

Starts ``khabar serve`` on a store (default: the 10,000-article SQLite store left by
``bench/store_bench.py --keep-sqlite``) and runs 50 concurrent keep-alive clients for a fixed
time over a mix of reads: search, document page, document list, entity list, health.

    .venv/bin/python bench/api_bench.py --db /tmp/khabar-bench-10k.db --seconds 20 --clients 50
    .venv/bin/python bench/api_bench.py --seconds 20 --clients 50 \
        --db "postgresql://127.0.0.1:5432/test?options=-csearch_path%3Dkhabar_bench_10k"

(the PostgreSQL store is the one ``bench/store_bench.py --keep-pg khabar_bench_10k`` leaves).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
WORDS = ["غزة", "القاهرة", "وزير الخارجية", "المساعدات", "نتنياهو", "رفح", "السودان", "بيروت", "الأسعار"]


def free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return int(port)


async def run(base: str, clients: int, seconds: float,
              per: dict[str, list[float]]) -> tuple[list[float], dict[str, int], int]:
    async with httpx.AsyncClient(base_url=base, limits=httpx.Limits(max_connections=clients),
                                 timeout=30) as http:
        ids = [d["id"] for d in (await http.get("/api/documents", params={"limit": 200})).json()["items"]]
        lat: list[float] = []
        codes: dict[str, int] = {}
        errors = 0
        kinds: dict[str, int] = {}
        stop = time.perf_counter() + seconds

        async def client(n: int) -> None:
            nonlocal errors
            rng = random.Random(n)
            while time.perf_counter() < stop:
                req: tuple[str, dict[str, str | int]]
                k = rng.random()
                if k < 0.4:
                    kind, req = "search", ("/api/search", {"q": rng.choice(WORDS), "limit": 10})
                elif k < 0.6:
                    kind, req = "document", (f"/api/documents/{rng.choice(ids)}", {})
                elif k < 0.8:
                    kind, req = "list", ("/api/documents", {"offset": rng.randrange(0, 5000), "limit": 20})
                elif k < 0.9:
                    kind, req = "entities", ("/api/entities", {"limit": 20})
                else:
                    kind, req = "health", ("/api/health", {})
                t = time.perf_counter()
                try:
                    r = await http.get(req[0], params=req[1])
                    codes[str(r.status_code)] = codes.get(str(r.status_code), 0) + 1
                except httpx.HTTPError as exc:
                    errors += 1
                    kinds[type(exc).__name__] = kinds.get(type(exc).__name__, 0) + 1
                    continue
                lat.append((time.perf_counter() - t) * 1000)
                per.setdefault(kind, []).append(lat[-1])

        await asyncio.gather(*(client(i) for i in range(clients)))
        if kinds:
            print("transport errors by kind:", kinds)
        return lat, codes, errors


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="/tmp/khabar-bench-10k.db")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=20)
    args = ap.parse_args()
    port = free_port()
    env = {**os.environ, "KHABAR_TOKEN": "bench"}
    server = subprocess.Popen([sys.executable, "-m", "khabar", "serve", "--port", str(port), "--db", args.db],
                              env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                if httpx.get(base + "/api/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        docs = httpx.get(base + "/api/health").json()["documents"]
        t0 = time.perf_counter()
        per: dict[str, list[float]] = {}
        lat, codes, errors = asyncio.run(run(base, args.clients, args.seconds, per))
        wall = time.perf_counter() - t0
    finally:
        server.terminate()
        server.wait(timeout=10)
    lat.sort()
    print(f"{docs} stored articles, {args.clients} concurrent clients, {wall:.1f} s, one uvicorn process")
    print(f"requests: {len(lat)}  req/s: {len(lat) / wall:.0f}  p50 {statistics.median(lat):.1f} ms  "
          f"p99 {lat[int(0.99 * (len(lat) - 1))]:.1f} ms  status {codes}  transport errors {errors}")
    for kind, xs in sorted(per.items()):
        print(f"  {kind:9s} n={len(xs):5d}  p50 {statistics.median(xs):7.1f} ms")


if __name__ == "__main__":
    main()
