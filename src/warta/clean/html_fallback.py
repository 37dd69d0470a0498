"""The generic extractor: trafilatura, for pages of outlets without a rule (or whose rule
found nothing). It is the best general-purpose main-text extractor we know of, and it
works offline on the markup it is given; we never let it fetch anything."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import trafilatura
from trafilatura.settings import Extractor

# Dates only from the page's markup (no guessing from a copyright year), and a fixed upper
# bound instead of trafilatura's default "today", which would make the output depend on
# the clock.
_DATE_PARAMS: dict[str, Any] = {"original_date": True, "extensive_search": False, "max_date": "2099-12-31"}


@dataclass(frozen=True, slots=True)
class FallbackResult:
    text: str  # paragraphs separated by a blank line
    title: str | None
    authors: str | None
    published: str | None


def trafilatura_extract(html: str, url: str | None) -> FallbackResult:
    """Main text and trafilatura's own metadata guesses for ``html``.

    Options: no comments, no images, no links markup, tables kept (some outlets lay out
    paragraphs in tables); trafilatura's line-per-paragraph text becomes ``\\n\\n``-joined.
    """
    options = Extractor(output_format="python", comments=False, tables=True, images=False,
                        links=False, with_metadata=True, url=url, date_params=_DATE_PARAMS)
    doc = trafilatura.bare_extraction(html, options=options)
    if doc is None or isinstance(doc, dict):
        return FallbackResult("", None, None, None)
    lines = [ln.strip() for ln in (doc.text or "").splitlines()]
    lines = [ln for ln in lines if ln]
    if not lines:
        return FallbackResult("", None, None, None)
    return FallbackResult(
        text="\n\n".join(lines),
        title=doc.title or None,
        authors=doc.author or None,
        published=doc.date or None,
    )
