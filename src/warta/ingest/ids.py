"""Stable document ids, so that re-running ingest over the same inputs gives the same ids.

Order of preference: the record's own id (``i-…``), a hash of the normalised URL
(``u-…``), a hash of the content (``c-…``). A URL or content id does not depend on the
path the file was read from, so moving or renaming a file keeps its ids.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

ID_HASH_CHARS = 16
_SAFE_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
_TRACKING_PARAM = re.compile(r"^(utm_|fbclid$|gclid$)")


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _short(text: str) -> str:
    return sha256_text(text)[:ID_HASH_CHARS]


def normalize_url(url: str) -> str:
    """Lower-case scheme and host, no ``www.``, no fragment, no tracking parameters, no
    trailing slash: the same article linked two ways gets one id."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower()
    host = host.removeprefix("www.")
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not _TRACKING_PARAM.match(k)])
    path = parts.path.rstrip("/") or ""
    scheme = parts.scheme.lower() or "http"
    if scheme == "https":
        scheme = "http"
    return urlunsplit((scheme, host, path, query, ""))


def document_id(*, own_id: str | None = None, url: str | None = None, content: str = "") -> str:
    """The id for one input article."""
    if own_id:
        own = own_id.strip()
        return f"i-{own}" if _SAFE_ID.match(own) else f"i-{_short(own)}"
    if url and url.strip():
        return f"u-{_short(normalize_url(url))}"
    return f"c-{_short(content)}"


def reject_id(source: str, locator: str) -> str:
    """Rejects have no content to hash: their id names where they came from."""
    key = f"{source}\x00{locator}"
    return f"r-{_short(key)}"
