"""CLI plug-in: ``khabar serve``, the HTTP API and web interface under uvicorn."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    """Add ``serve`` to the ``khabar`` parser."""
    p = sub.add_parser("serve", help="serve the HTTP API and the Arabic web interface")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--db", default=None,
                   help="database URL or SQLite file (default: $KHABAR_DB, else khabar.db in the current directory)")
    p.add_argument("--max-body", type=int, default=None, help="largest request body in bytes (default 2 MB)")
    p.set_defaults(func=cmd_serve)


def cmd_serve(args: argparse.Namespace) -> int:
    import os

    import uvicorn

    from khabar.api.app import create_app

    if not os.environ.get("KHABAR_TOKEN"):
        print("khabar: KHABAR_TOKEN is not set: the API is read-only")
    app = create_app(args.db, max_body=args.max_body)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", access_log=False)
    return 0
