"""Arrow schemas of every store table: the single source of truth.

The Parquet part files, the empty schema files that keep DuckDB views typed when a table has
no rows yet, and ``docs/store.md`` (checked by a test) all follow ``TABLES``. Changing a
column means bumping ``SCHEMA_VERSION``: a store written with another version refuses to
open (``SchemaMismatch``) rather than mixing two layouts in one view.

Layer tables (``sentences`` ... ``amounts``) are derived from the record types in
``warta.doc``: one row per record, keyed by ``article_id`` plus the record's position
(``index``) and its character offsets into the article body.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pyarrow as pa

SCHEMA_VERSION = 2  # 2: GDELT-like events columns, event_clusters

_SPAN = pa.struct([("start", pa.int32()), ("end", pa.int32())])
_STR = pa.string()
_I32 = pa.int32()
_F64 = pa.float64()


def _schema(*fields: tuple[str, pa.DataType]) -> pa.Schema:
    return pa.schema([pa.field(name, typ) for name, typ in fields])


ARTICLES = _schema(
    ("id", _STR),
    ("source", _STR),
    ("locator", _STR),
    ("format", _STR),
    ("outlet", _STR),
    ("title", _STR),
    ("published", _STR),  # ISO 8601 as extracted, with its own UTC offset
    ("published_granularity", _STR),
    ("published_utc", pa.timestamp("us", tz="UTC")),  # only when a time is known
    ("published_date", pa.date32()),  # local calendar date, day granularity or finer
    ("authors", pa.list_(_STR)),
    ("dateline", _STR),
    ("wire", pa.list_(_STR)),
    ("url", _STR),
    ("section", _STR),
    ("language", _STR),
    ("body", _STR),
    ("paragraphs", pa.list_(_SPAN)),
    ("content_hash", _STR),
    ("raw_sha256", _STR),
    ("encoding", _STR),
    ("warnings", pa.list_(_STR)),
    ("provides", pa.list_(_STR)),
    ("versions", pa.list_(pa.struct([("name", _STR), ("version", _STR)]))),
    ("resources_fingerprint", _STR),
    ("pipeline_fingerprint", _STR),  # components + versions + config + resources
    ("run_id", _STR),
    ("document", _STR),  # JSON of Document.to_dict(), see store/codec.py
)

SENTENCES = _schema(
    ("article_id", _STR), ("index", _I32), ("start", _I32), ("end", _I32), ("text", _STR)
)

TOKENS = _schema(
    ("article_id", _STR),
    ("index", _I32),
    ("sentence", _I32),
    ("start", _I32),
    ("end", _I32),
    ("text", _STR),
    ("lemma", _STR),
    ("upos", _STR),
    ("feats", _STR),
    ("head", _I32),
    ("dep", _STR),
    ("parts", pa.list_(_SPAN)),
)

ENTITIES = _schema(
    ("article_id", _STR),
    ("entity_id", _STR),
    ("name", _STR),
    ("type", _STR),
    ("code", _STR),
    ("sector", _STR),
    ("wikidata", _STR),
    ("mentions", _I32),  # number of mentions
    ("start", _I32),  # first mention
    ("end", _I32),
)

MENTIONS = _schema(
    ("article_id", _STR),
    ("entity_id", _STR),
    ("index", _I32),
    ("start", _I32),
    ("end", _I32),
    ("text", _STR),
    ("source", _STR),
)

QUOTES = _schema(
    ("article_id", _STR),
    ("index", _I32),
    ("start", _I32),
    ("end", _I32),
    ("text", _STR),
    ("kind", _STR),
    ("cue", _STR),
    ("cue_start", _I32),
    ("speaker", _STR),
    ("speaker_name", _STR),
    ("speaker_code", _STR),
    ("reported_by", _STR),
    ("confidence", _F64),
)

EVENTS = _schema(
    ("article_id", _STR),
    ("index", _I32),
    ("event_id", _STR),  # "<article_id>:<index>", the key other tables and exports use
    ("source_code", _STR),
    ("source_sector", _STR),
    ("source_name", _STR),
    ("source_entity", _STR),
    ("target_code", _STR),
    ("target_sector", _STR),
    ("target_name", _STR),
    ("target_entity", _STR),
    ("plover", _STR),
    ("mode", _STR),
    ("context", _STR),  # PLOVER context of the CAMEO code (cameo2plover.tsv)
    ("cameo", _STR),
    ("cameo_root", _STR),
    ("cameo_name", _STR),
    ("quad_class", _I32),  # from the ontology (data/events/cameo.tsv)
    ("goldstein", _F64),
    ("status", _STR),
    ("start", _I32),  # evidence span
    ("end", _I32),
    ("evidence", _STR),
    ("mentions", pa.list_(_SPAN)),  # evidence spans of every aggregated mention
    ("num_mentions", _I32),
    ("date", _STR),
    ("date_granularity", _STR),
    ("location", _STR),
    ("rule", _STR),
    ("attribution", _STR),
    ("confidence", _F64),
    ("published", _STR),  # the article's, repeated so events can be queried alone
    ("published_date", pa.date32()),
    ("outlet", _STR),
)

DATES = _schema(
    ("article_id", _STR),
    ("index", _I32),
    ("start", _I32),
    ("end", _I32),
    ("text", _STR),
    ("value", _STR),
    ("granularity", _STR),
    ("kind", _STR),
    ("conflict", _STR),
)

AMOUNTS = _schema(
    ("article_id", _STR),
    ("index", _I32),
    ("start", _I32),
    ("end", _I32),
    ("text", _STR),
    ("low", _F64),
    ("high", _F64),
    ("approx", _STR),
    ("unit", _STR),
    ("kind", _STR),
)

REJECTS = _schema(
    ("id", _STR),
    ("source", _STR),
    ("locator", _STR),
    ("stage", _STR),
    ("code", _STR),
    ("reason", _STR),
    ("run_id", _STR),
)

RUNS = _schema(
    ("run_id", _STR),
    ("started", pa.timestamp("us", tz="UTC")),
    ("finished", pa.timestamp("us", tz="UTC")),
    ("inputs", pa.list_(_STR)),
    ("config", _STR),  # JSON
    ("resources_fingerprint", _STR),
    ("pipeline_fingerprint", _STR),
    ("versions", _STR),  # JSON {component: version}
    ("counts", _STR),  # JSON, see runner.RunCounts
    ("timings", _STR),  # JSON {stage: seconds}
    ("schema_version", _I32),
    ("warta_version", _STR),
)

CLUSTERS = _schema(
    ("cluster_id", _STR),  # the smallest article id in the cluster
    ("article_id", _STR),
    ("kind", _STR),  # exact | near (relative to the cluster_id article)
    ("similarity", _F64),  # estimated Jaccard with the cluster_id article
)

EVENT_CLUSTERS = _schema(
    ("cluster_id", _STR),  # event_id of the cluster's smallest (article_id, index) event
    ("event_id", _STR),
    ("article_id", _STR),
    ("index", _I32),
    ("report_id", _STR),  # the article's duplicate cluster (its own id when it has none)
    ("date", _STR),  # the date the window was applied to
    ("date_basis", _STR),  # event | published | period | none
    # cluster-wide figures, repeated on each member row
    ("status", _STR),  # occurred if any member occurred
    ("events", _I32),
    ("articles", _I32),
    ("reports", _I32),  # distinct report_id: near-duplicate articles count once
    ("outlets", _I32),
    ("mentions", _I32),
    ("first_date", _STR),
    ("last_date", _STR),
)

MINHASH = _schema(
    ("article_id", _STR),
    ("content_hash", _STR),
    ("num_perm", _I32),
    ("hashvalues", pa.list_(pa.uint64())),
)

TABLES: dict[str, pa.Schema] = {
    "articles": ARTICLES,
    "sentences": SENTENCES,
    "tokens": TOKENS,
    "entities": ENTITIES,
    "mentions": MENTIONS,
    "quotes": QUOTES,
    "events": EVENTS,
    "dates": DATES,
    "amounts": AMOUNTS,
    "rejects": REJECTS,
    "runs": RUNS,
    "clusters": CLUSTERS,
    "event_clusters": EVENT_CLUSTERS,
    "minhash": MINHASH,
}

# The column that ties a row to an article: replacing an article deletes its rows from every
# table listed here. ``runs`` is append-only; ``clusters`` is rewritten whole by dedup and
# ``event_clusters`` by the event clustering step.
ARTICLE_KEY: dict[str, str] = {
    "articles": "id",
    "sentences": "article_id",
    "tokens": "article_id",
    "entities": "article_id",
    "mentions": "article_id",
    "quotes": "article_id",
    "events": "article_id",
    "dates": "article_id",
    "amounts": "article_id",
    "rejects": "id",
    "minhash": "article_id",
}

# A table's rows as one list per column (``pa.Table.from_pydict``'s shape).
Columns = dict[str, list[Any]]


def columns_of(rows: Iterable[Mapping[str, Any]], schema: pa.Schema) -> Columns:
    """Rows turned into ``schema``'s columns, as ``pa.Table.from_pylist`` reads them: a
    column a row lacks is null, a key the schema lacks is dropped."""
    rows = list(rows)
    return {name: [row.get(name) for row in rows] for name in schema.names}
