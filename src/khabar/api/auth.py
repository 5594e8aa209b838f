"""The one write-token check, shared by the JSON API and the web form that saves articles."""

from __future__ import annotations

import hmac

NO_TOKEN_CONFIGURED = "writes are disabled: the server has no KHABAR_TOKEN"
BAD_TOKEN = "a valid bearer token is required for writes"


def token_refusal(secret: str, given: str | None) -> tuple[int, str] | None:
    """Why a write carrying ``given`` is refused, as (HTTP status, reason); None when allowed.

    With no token configured every write is refused (403); otherwise the given token must
    equal it, compared in constant time (401 when missing or wrong).
    """
    if not secret:
        return 403, NO_TOKEN_CONFIGURED
    if not given or not hmac.compare_digest(given.encode("utf-8"), secret.encode("utf-8")):
        return 401, BAD_TOKEN
    return None
