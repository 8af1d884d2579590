"""What a reader sees in an email: HTML flattened, hidden parts and quoted history removed."""

from __future__ import annotations

import html
import re

# Bounds keep every step linear and cheap whatever the sender put in the message.
MAX_HTML_CHARS = 300_000
MAX_PLAIN_CHARS = 120_000
MAX_SCAN_CHARS = 20_000
_MAX_STACK = 400
_END_TAG_SEARCH = 16

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)([^<>]*)>")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u034f\u180e"), None)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ASCII_SPACES = str.maketrans("\t\r\f\v", "    ")
_BLANK_RUN = re.compile(r"\n{3,}")

_SKIP_TAGS = frozenset({"script", "style", "head", "title", "noscript", "template", "svg", "xml"})
_VOID_TAGS = frozenset(
    {"br", "img", "hr", "meta", "link", "input", "wbr", "col", "area", "base", "source", "track"}
    | {"embed", "param", "basefont", "frame", "keygen", "command"}
)
_BLOCK_TAGS = frozenset(
    {"p", "div", "tr", "li", "ul", "ol", "table", "tbody", "thead", "tfoot", "section"}
    | {"article", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}
    | {"center", "dl", "dt", "dd", "pre", "address", "form", "fieldset", "main", "nav", "aside"}
)
_CELL_TAGS = frozenset({"td", "th"})
_HIDING_STYLES = (
    "display:none",
    "visibility:hidden",
    "max-height:0",
    "font-size:0",
    "opacity:0",
    "mso-hide:all",
    "height:0;",
    "width:0;",
    "line-height:0",
)
_HIDING_CLASSES = ("preheader", "preview-text", "previewtext", "hidden", "preheadertext")
_QUOTE_CLASSES = ("gmail_quote", "yahoo_quoted", "moz-cite-prefix", "protonmail_quote")
_QUOTE_IDS = ("divrplyfwdmsg", "appendonsend", "mail-editor-reference-message-container")

QUOTE_MARK = "\x00"

_REPLY_WORDS = ("wrote", "schrieb", "a écrit", "escribió", "schreef", "ha scritto", "escreveu")
_REPLY_STARTS = ("on ", "am ", "le ", "el ", "op ", "il ", "em ")
_FRAME = " -–—_*=~"
_SEPARATORS = (
    "-----original message",
    "----- original message",
    "-----ursprüngliche nachricht",
    "----- ursprüngliche nachricht",
    "-------- message d'origine",
    "----- message d'origine",
    "-----mensaje original",
    "----- mensaje original",
    "-----oorspronkelijk bericht",
    "----- oorspronkelijk bericht",
)
_FORWARD_MARKERS = (
    "---------- forwarded message",
    "-------- forwarded message",
    "begin forwarded message",
    "---------- weitergeleitete nachricht",
    "-------- message transféré",
    "---------- mensaje reenviado",
    "---------- doorgestuurd bericht",
)
_HEADER_FROM = ("from:", "von:", "de :", "de:", "van:", "from :")
_HEADER_NEXT = (
    "sent:",
    "date:",
    "to:",
    "subject:",
    "gesendet:",
    "datum:",
    "an:",
    "betreff:",
    "envoyé :",
    "envoyé:",
    "à :",
    "objet :",
    "enviado:",
    "para:",
    "asunto:",
    "fecha:",
    "verzonden:",
    "aan:",
    "onderwerp:",
)
_MIN_NEW_TEXT_LETTERS = 12
# Where a quote, forward or reply header could open a line (see _may_hold_history).
_HISTORY_HINT = re.compile(
    "\n(?:"
    + "|".join(
        [
            "[" + re.escape(QUOTE_MARK + ">-") + "]",
            "_____",
            "begin forwarded message",
            *map(re.escape, _HEADER_FROM),
            "[" + re.escape(_FRAME) + "]*(?:" + "|".join(map(re.escape, _REPLY_STARTS)) + ")",
        ]
    )
    + ")"
)


def _hides(attrs: str) -> tuple[bool, bool]:
    """Whether an element's attributes hide it from the reader, and whether it holds a quote."""
    if not attrs:
        return False, False
    low = attrs.lower()
    squeezed = low.replace(" ", "")
    hidden = False
    if "style=" in squeezed:
        hidden = hidden or any(style in squeezed for style in _HIDING_STYLES)
    if "class=" in squeezed:
        hidden = hidden or any(name in low for name in _HIDING_CLASSES)
    if 'aria-hidden="true"' in squeezed:
        hidden = True
    quote = any(name in low for name in _QUOTE_CLASSES) or any(name in low for name in _QUOTE_IDS)
    return hidden, quote


def _has_hidden_attribute(attrs: str) -> bool:
    """The bare HTML `hidden` attribute, as opposed to a class or style merely containing it."""
    return any(part.lower() == "hidden" for part in attrs.replace("/", " ").split())


def html_to_text(markup: str) -> str:
    """Flatten HTML to the lines a reader sees; quoted blocks are marked with QUOTE_MARK."""
    markup = (markup or "")[:MAX_HTML_CHARS]
    out: list[str] = []
    stack: list[tuple[str, bool, bool]] = []  # (tag, hides, skips)
    hidden_depth = 0
    skip_depth = 0
    pos = 0
    length = len(markup)
    while pos < length:
        lt = markup.find("<", pos)
        if lt < 0:
            lt = length
        if lt > pos and not hidden_depth and not skip_depth:
            out.append(html.unescape(markup[pos:lt]).replace("\n", " "))
        if lt >= length:
            break
        if markup.startswith("<!--", lt):
            end = markup.find("-->", lt + 4)
            pos = length if end < 0 else end + 3
            continue
        if markup.startswith("<!", lt) or markup.startswith("<?", lt):
            end = markup.find(">", lt + 2)
            pos = length if end < 0 else end + 1
            continue
        match = _TAG.match(markup, lt)
        if match is None:
            if not hidden_depth and not skip_depth:
                out.append("<")
            pos = lt + 1
            continue
        pos = match.end()
        closing, name, attrs = match.group(1), match.group(2).lower(), match.group(3)
        if closing:
            for depth in range(len(stack) - 1, max(-1, len(stack) - 1 - _END_TAG_SEARCH), -1):
                if stack[depth][0] == name:
                    for _tag, hides, skips in stack[depth:]:
                        hidden_depth -= hides
                        skip_depth -= skips
                    del stack[depth:]
                    break
            if name in _BLOCK_TAGS:
                out.append("\n")
            elif name in _CELL_TAGS:
                out.append("  ")
            continue
        if name == "br":
            out.append("\n")
            continue
        if name in _VOID_TAGS or attrs.endswith("/"):
            continue
        hides, quote = _hides(attrs)
        hides = hides or _has_hidden_attribute(attrs)
        skips = name in _SKIP_TAGS
        if name == "blockquote":
            quote = True
        if quote and not hidden_depth and not skip_depth:
            out.append("\n" + QUOTE_MARK + "\n")
        if name in _BLOCK_TAGS:
            out.append("\n")
        elif name in _CELL_TAGS:
            out.append("  ")
        if len(stack) < _MAX_STACK:
            stack.append((name, hides, skips))
            hidden_depth += hides
            skip_depth += skips
    return "".join(out)


def _normalise_lines(text: str) -> str:
    """Invisible characters dropped, spaces collapsed, at most one blank line in a row."""
    if not text.isascii():
        text = text.translate(_INVISIBLE)
    text = _collapse_spaces(text.replace("\r\n", "\n").replace("\r", "\n"))
    text = "\n".join([line.strip() for line in text.split("\n")])
    if "\n\n\n" in text:
        text = _BLANK_RUN.sub("\n\n", text)
    return text.strip()


def _collapse_spaces(text: str) -> str:
    """Every run of spaces (tabs, no-break and other wide spaces too) made one plain space."""
    if not text.isascii():
        return _SPACES.sub(" ", text)
    # Plain text is mostly single spaces, which the expression would rewrite one by one;
    # halving the double spaces until none is left gives the same text several times faster.
    if "\t" in text or "\f" in text or "\v" in text or "\r" in text:
        text = text.translate(_ASCII_SPACES)
    while "  " in text:
        text = text.replace("  ", " ")
    return text


def _letters(lines: list[str]) -> int:
    return sum(ch.isalpha() for line in lines for ch in line)


def _is_reply_header(line: str, following: list[str]) -> bool:
    low = line.lower()
    # Some clients frame the line: "---- On Tue, 4 Mar, Ana wrote ----".
    framed = low.strip(_FRAME)
    framed_reply = (
        framed.startswith(_REPLY_STARTS)
        and any(word in framed for word in _REPLY_WORDS)
        and (framed.endswith(":") or framed.endswith(_REPLY_WORDS))
    )
    if framed != low.strip() and framed_reply:
        return True
    if low.startswith(_REPLY_STARTS) and any(word in low for word in _REPLY_WORDS):
        return low.endswith(":") or any(n.lower().endswith(":") for n in following[:1])
    if low.endswith(("wrote:", "schrieb:", "a écrit :", "a écrit:", "escribió:", "schreef:")):
        return True
    if low.startswith(_SEPARATORS):
        return True
    if low.startswith(_HEADER_FROM):
        nearby = [n.lower() for n in following[:4]]
        return sum(n.startswith(_HEADER_NEXT) for n in nearby) >= 2
    return low.startswith("_____") and any(n.lower().startswith(_HEADER_FROM) for n in following)


def strip_quoted(text: str) -> str:
    """Keep the newest message of a thread: cut at the first quote or reply header.

    When nothing but a forward or quote sits in the message (a forwarded rejection),
    the quoted text is kept, because that is what the reader is looking at.
    """
    if not _may_hold_history(text):
        return text.replace(QUOTE_MARK, "")
    lines = text.split("\n")
    for index, line in enumerate(lines):
        low = line.lower()
        marker = None
        if line.startswith(QUOTE_MARK) or line.startswith(">"):
            marker = "quote"
        elif low.startswith(_FORWARD_MARKERS):
            marker = "forward"
        elif _is_reply_header(line, lines[index + 1 : index + 5]):
            marker = "reply"
        if marker is None:
            continue
        head = lines[:index]
        if _letters(head) >= _MIN_NEW_TEXT_LETTERS:
            return "\n".join(head)
        rest = [ln.lstrip("> ").replace(QUOTE_MARK, "") for ln in lines[index + 1 :]]
        return "\n".join(head + _drop_header_block(rest))
    return text.replace(QUOTE_MARK, "")


def _may_hold_history(text: str) -> bool:
    """False when no line can be a quote, forward or reply header (most mail: one scan).

    Every marker `strip_quoted` looks for opens a line (a quote mark, dashes, underscores,
    a "From:" or a reply's "On ...", perhaps framed) or ends one with a colon; lower-casing
    the whole text lower-cases each line.
    """
    low = "\n" + text.lower() + "\n"
    return ":\n" in low or _HISTORY_HINT.search(low) is not None


def _drop_header_block(lines: list[str]) -> list[str]:
    """Remove the From/Date/Subject lines that open a forwarded or quoted message."""
    index = 0
    while index < len(lines) and index < 8:
        low = lines[index].lower()
        if low.startswith(_HEADER_FROM) or low.startswith(_HEADER_NEXT) or not low:
            index += 1
            continue
        break
    return lines[index:]


def looks_like_html(text: str) -> bool:
    """Plain bodies that are really markup (some clients send HTML as text)."""
    head = text[:2000].lower()
    return "<html" in head or "<body" in head or ("<div" in head and "</div>" in head)


def visible_text(body: str, body_html: str) -> str:
    """The de-quoted text a reader sees, from the plain body or else the HTML body."""
    body = (body or "")[:MAX_PLAIN_CHARS]
    if body.strip() and not looks_like_html(body):
        raw = body
    elif (body_html or "").strip():
        raw = html_to_text(body_html)
    else:
        raw = html_to_text(body)
    cleaned = _normalise_lines(raw.replace(QUOTE_MARK, "\n" + QUOTE_MARK + "\n"))
    return strip_quoted(cleaned)[:MAX_SCAN_CHARS].strip()
