"""Input limits the framework does not enforce by itself: JSON depth, chunked body size.

Python's JSON parser recurses once per level, so a body of a few kilobytes of '[' would
exhaust the interpreter's stack and end as a 500. Real documents (the export included) nest
a handful of levels; anything past MAX_JSON_DEPTH is refused with a 400 before parsing.
"""

from __future__ import annotations

import re

from flask import current_app, request

from server.errors import abort

MAX_JSON_DEPTH = 32
_BODY_METHODS = {"POST", "PUT", "PATCH"}
# A JSON string (with its escapes) or a single bracket; strings are skipped whole, so
# brackets inside them do not count.
_TOKENS = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)
_OPENERS = frozenset(b"[{")


def json_depth_exceeds(body: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether `body` opens more than `limit` arrays/objects inside one another."""
    if body.count(b"[") + body.count(b"{") <= limit:
        return False  # the common case: too few brackets to be that deep, no scan needed
    depth = 0
    for match in _TOKENS.finditer(body):
        token = match.group()
        if len(token) != 1:
            continue
        if token[0] in _OPENERS:
            depth += 1
            if depth > limit:
                return True
        else:
            depth -= 1
    return False


def refuse_deeply_nested_json() -> None:
    """before_request hook: a JSON body nested past the limit is a 400, never a crash."""
    if request.method not in _BODY_METHODS or not request.is_json:
        return
    # Reads (and caches) the body within MAX_CONTENT_LENGTH: oversized bodies are a 413 here.
    body = request.get_data(cache=True)
    limit = current_app.config.get("MAX_CONTENT_LENGTH")
    if request.content_length is None and limit and len(body) >= limit:
        # A chunked body is cut off silently at the limit; say so rather than call the
        # remainder malformed JSON.
        abort(413, f"The request body is larger than the limit of {limit} bytes.")
    if json_depth_exceeds(body):
        abort(400, f"The JSON body nests more than {MAX_JSON_DEPTH} levels deep.")
