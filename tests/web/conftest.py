"""Web fixtures: store fixtures, a TestClient, and a live server + Debian Chromium for browser tests."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from khabar_store_fixtures import WEB_TOKEN, casualty_docs, db_url, postgres, store  # noqa: E402,F401

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture
def client(store) -> Iterator[object]:  # type: ignore[no-untyped-def]  # noqa: F811
    """A client of the app (write token ``WEB_TOKEN``) over the casualty reports, on both databases."""
    from fastapi.testclient import TestClient

    from khabar.api.app import create_app

    for doc in casualty_docs():
        store.add(doc)
    with TestClient(create_app(store, token=WEB_TOKEN)) as c:
        yield c


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's Chromium, installed by scripts/setup-browser.sh when missing (never downloaded)."""
    res = subprocess.run([str(ROOT / "scripts" / "setup-browser.sh")], capture_output=True, text=True)
    if res.returncode != 0 or not Path(CHROMIUM).exists():
        pytest.fail(f"could not install Chromium with scripts/setup-browser.sh: {res.stderr[-800:]}")
    return CHROMIUM


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory, seed_text: str) -> Iterator[str]:
    """The app under uvicorn on a free loopback port, with the seed and casualty reports stored."""
    import uvicorn

    import khabar
    from khabar.api.app import create_app
    from khabar.store import open_store

    path = tmp_path_factory.mktemp("live") / "live.db"
    s = open_store(f"sqlite:///{path}")
    s.add(khabar.analyze(seed_text, "2024-04-01"))
    for doc in casualty_docs():
        s.add(doc)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    server = uvicorn.Server(uvicorn.Config(create_app(s, token="t"), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)
    s.close()


@pytest.fixture(scope="session")
def browser(chromium: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()
