"""DOM → paragraphs: the text of an article container as a browser would lay it out.

Block elements (``<p>``, ``<div>``, ``<li>``…) and ``<br>`` end a paragraph; inline elements
(``<a>``, ``<strong>``, ``<em>``…) do not, so a linked word stays glued to its sentence
exactly as the HTML has it. Whitespace runs collapse to one space as in HTML rendering;
words are never rewritten. The walk is iterative so deeply nested pages cannot exhaust
the Python stack.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

_WS = re.compile(r"\s+")
_FLUSH = object()


def _flush(parts: list[str], out: list[str]) -> None:
    text = _WS.sub(" ", "".join(parts)).strip()
    parts.clear()
    if text:
        out.append(text)


def paragraphs_of(node: LexborNode, block_tags: frozenset[str],
                  skip_tags: frozenset[str]) -> list[str]:
    """The paragraphs under ``node`` in document order, whitespace-normalised."""
    out: list[str] = []
    parts: list[str] = []
    stack: list[object] = list(reversed(list(node.iter(include_text=True))))
    while stack:
        item = stack.pop()
        if item is _FLUSH:
            _flush(parts, out)
            continue
        assert isinstance(item, LexborNode)
        tag = item.tag or ""
        if tag == "-text":
            parts.append(item.text(deep=False) or "")
        elif tag == "br":
            _flush(parts, out)
        elif tag.startswith("-") or tag in skip_tags:
            continue
        elif tag in block_tags:
            _flush(parts, out)
            stack.append(_FLUSH)
            stack.extend(reversed(list(item.iter(include_text=True))))
        else:
            stack.extend(reversed(list(item.iter(include_text=True))))
    _flush(parts, out)
    return out


def outermost(nodes: Sequence[LexborNode]) -> list[LexborNode]:
    """Drop the nodes that sit inside another node of the list (nested matches)."""
    ids = {n.mem_id for n in nodes}
    keep: list[LexborNode] = []
    for node in nodes:
        parent = node.parent
        nested = False
        while parent is not None:
            if parent.mem_id in ids:
                nested = True
                break
            parent = parent.parent
        if not nested:
            keep.append(node)
    return keep


def drop_matches(container: LexborNode, selector: str) -> None:
    """Remove every element under ``container`` matching ``selector`` (never the container)."""
    if not selector:
        return
    matches = [n for n in container.css(selector) if n.mem_id != container.mem_id]
    for node in outermost(matches):
        node.decompose()


def join_fragments(paragraphs: Iterable[str], fragment: re.Pattern[str] | None) -> list[str]:
    """Glue a dateline fragment (``Jakarta -`` left before a ``<p>``) to the next paragraph."""
    out: list[str] = []
    pending = ""
    for para in paragraphs:
        if pending:
            para = f"{pending} {para}"
            pending = ""
        if fragment is not None and fragment.fullmatch(para):
            pending = para
            continue
        out.append(para)
    if pending:
        out.append(pending)
    return out


def check_selector(selector: str) -> None:
    """Raise ``ValueError`` when lexbor cannot parse ``selector`` (rules are checked on load)."""
    try:
        LexborHTMLParser("<p></p>").css(selector)
    except SelectolaxError as exc:
        raise ValueError(str(exc)) from exc
