"""Security headers on every answer, and trust in the platform's proxy headers when configured."""

from __future__ import annotations

from flask import Flask, Response, request
from werkzeug.middleware.proxy_fix import ProxyFix

# The API only ever answers JSON (or a calendar file): nothing in it may load or frame anything.
API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
# The browsable docs pages load their script and styles from a CDN; they may not be framed.
DOCS_CSP = "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
HSTS = "max-age=31536000; includeSubDomains"
_DOCS_BLUEPRINT = "api-docs"


def _add_security_headers(response: Response) -> Response:
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "no-referrer")
    headers.setdefault("X-Frame-Options", "DENY")
    is_docs_page = request.blueprint == _DOCS_BLUEPRINT and response.mimetype == "text/html"
    headers.setdefault("Content-Security-Policy", DOCS_CSP if is_docs_page else API_CSP)
    if request.path.startswith("/api/") and "Cache-Control" not in headers:
        # Answers hold personal records: no shared or browser cache may keep a copy.
        headers["Cache-Control"] = "no-store"
    if request.is_secure:
        headers.setdefault("Strict-Transport-Security", HSTS)
    return response


def init_app(app: Flask) -> None:
    """Add the headers to every response; believe `REBOUND_PROXY_COUNT` proxies' headers."""
    proxies = int(app.config.get("REBOUND_PROXY_COUNT") or 0)
    if proxies > 0:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies)
    app.after_request(_add_security_headers)
