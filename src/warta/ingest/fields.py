"""Map a scraper record's columns to canonical fields (title, body, published, ...).

The column names come from ``data/ingest/fields.yaml`` so that a new scraper's naming is
a data change, not a code change; ``--field body=isi`` overrides win over the file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from warta.doc import Hints
from warta.errors import ResourceError
from warta.resources import DATA_DIR, Resources, parse_data_file

FIELDS_FILE = "ingest/fields.yaml"
HINT_FIELDS = ("title", "published", "url", "authors", "outlet", "section")
CANONICAL = (*HINT_FIELDS, "body", "id")


def _key(name: object) -> str:
    return str(name).strip().rstrip(".").strip().lower()


@dataclass(frozen=True)
class FieldMap:
    """Candidate column names per canonical field, compared by ``_key``."""

    names: Mapping[str, tuple[str, ...]]
    date_columns: frozenset[str]
    time_columns: frozenset[str]
    row_number_columns: frozenset[str]
    row_number_max_digits: int
    overrides: Mapping[str, str]

    @classmethod
    def from_data(cls, data: Mapping[str, Any], overrides: Mapping[str, str] | None = None
                  ) -> FieldMap:
        try:
            names = {k: tuple(_key(n) for n in v) for k, v in data["fields"].items()}
            fm = cls(
                names=names,
                date_columns=frozenset(_key(n) for n in data.get("date_columns", ())),
                time_columns=frozenset(_key(n) for n in data.get("time_columns", ())),
                row_number_columns=frozenset(_key(n) for n in data.get("row_number_columns", ())),
                row_number_max_digits=int(data.get("row_number_max_digits", 0)),
                overrides={k: str(v) for k, v in (overrides or {}).items()},
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResourceError(f"{FIELDS_FILE} is malformed: {exc}") from exc
        unknown = set(fm.overrides) - set(CANONICAL)
        if unknown:
            from warta.errors import ConfigError

            raise ConfigError(f"unknown --field name(s) {sorted(unknown)}; use {list(CANONICAL)}")
        return fm

    def columns(self, header: Any) -> dict[str, str]:
        """Canonical field -> the actual column name in ``header`` (an iterable of names)."""
        by_key: dict[str, str] = {}
        for col in header:
            if col is not None:
                by_key.setdefault(_key(col), str(col))
        out: dict[str, str] = {}
        for canon in CANONICAL:
            if canon in self.overrides:
                col = by_key.get(_key(self.overrides[canon]))
                if col is not None:
                    out[canon] = col
                continue
            for name in self.names.get(canon, ()):
                if name in by_key and by_key[name] not in out.values():
                    out[canon] = by_key[name]
                    break
        return out

    def time_column(self, header: Any, published_col: str | None) -> str | None:
        """The separate time column to join to a date column, if the record has both."""
        if published_col is None or _key(published_col) not in self.date_columns:
            return None
        for col in header:
            if col is not None and _key(col) in self.time_columns and col != published_col:
                return str(col)
        return None

    def is_row_number(self, column: str, value: str) -> bool:
        """True if an id value is only a row number within its file (``No``, ``1``, ``2``)."""
        if _key(column) in self.row_number_columns:
            return True
        return value.isdigit() and len(value) <= self.row_number_max_digits


def load_field_map(overrides: Mapping[str, str] | None = None,
                   resources: Resources | None = None) -> FieldMap:
    """The field map from a resources bundle, or straight from the packaged data file
    (ingest runs before a pipeline, often without a bundle)."""
    if resources is not None:
        data = resources.get(FIELDS_FILE)
    else:
        path = DATA_DIR / FIELDS_FILE
        data = parse_data_file(FIELDS_FILE, path.read_text(encoding="utf-8"))
    return FieldMap.from_data(data, overrides)


def text_value(value: Any) -> str | None:
    """A cell as a string: None and blank stay None; token lists are joined.

    Pre-tokenised corpora store the body as paragraphs of sentences of tokens; those are
    joined with spaces, and paragraphs with a blank line."""
    if value is None:
        return None
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, list):
        if all(isinstance(v, list) for v in value) and value and all(
            all(isinstance(s, list) for s in para) for para in value
        ):
            paras = [" ".join(" ".join(str(t) for t in sent) for sent in para) for para in value]
            joined = "\n\n".join(p for p in paras if p)
        elif all(isinstance(v, list) for v in value):
            joined = "\n".join(" ".join(str(t) for t in sent) for sent in value)
        else:
            joined = ", ".join(str(v) for v in value if v is not None)
        return joined if joined.strip() else None
    if isinstance(value, float) and value != value:  # NaN from pandas-written exports
        return None
    return str(value)


@dataclass(frozen=True)
class MappedRecord:
    """What the field map found in one record."""

    body: str | None
    hints: Hints
    own_id: str | None
    body_column: str | None


def map_record(record: Mapping[str, Any], fm: FieldMap,
               columns: Mapping[str, str] | None = None) -> MappedRecord:
    """Apply the field map to one record (``columns`` may be precomputed per file)."""
    cols = dict(columns) if columns is not None else fm.columns(record.keys())
    values: dict[str, str | None] = {k: text_value(record.get(c)) for k, c in cols.items()}
    published = values.get("published")
    time_col = fm.time_column(record.keys(), cols.get("published"))
    if time_col is not None:
        time_value = text_value(record.get(time_col))
        if time_value and published and time_value.strip() not in published:
            published = f"{published.strip()} {time_value.strip()}"
        elif time_value and not published:
            published = time_value
    hints = Hints(
        title=values.get("title"),
        published=published,
        url=values.get("url"),
        authors=values.get("authors"),
        outlet=values.get("outlet"),
        section=values.get("section"),
    )
    own_id = values.get("id")
    if own_id is not None:
        own_id = own_id.strip()
        if not own_id or fm.is_row_number(cols["id"], own_id):
            own_id = None
    return MappedRecord(body=values.get("body"), hints=hints, own_id=own_id,
                        body_column=cols.get("body"))
