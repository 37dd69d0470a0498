"""Language and outlet resources: every data file under ``warta/data`` loaded once per
process into an immutable bundle, with a sha256 fingerprint recorded on outputs.

Files are parsed by extension: ``.yaml``/``.yml`` and ``.json`` as documents, ``.tsv`` as a
list of row dicts (header line first, ``#`` lines are comments), ``.txt`` as a list of
non-empty, non-comment lines. ``README.md``/``SOURCES.md`` are documentation, not data.
Stages derive compiled structures (regexes, tries) with ``derived(key, build)``, cached on
the bundle itself: no module-level caches, so two bundles in one process never mix.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml

from warta.errors import ResourceError

T = TypeVar("T")

DATA_DIR = Path(__file__).parent / "data"
MODELS_DIR = Path(__file__).parent / "models"
DOC_FILES = {"README.md", "SOURCES.md", "LICENSE", "LICENSE.md"}
# libyaml's safe loader when PyYAML was built with it (several times faster on the actor
# files; the same documents), else the pure-Python one
_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_data_file(name: str, text: str) -> Any:
    suffix = name.rsplit(".", 1)[-1].lower()
    try:
        if suffix in ("yaml", "yml"):
            return yaml.load(text, Loader=_YAML_LOADER)
        if suffix == "json":
            return json.loads(text)
        if suffix == "tsv":
            lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
            return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t",
                                       quoting=csv.QUOTE_NONE))
        if suffix == "txt":
            return [ln.strip() for ln in text.splitlines()
                    if ln.strip() and not ln.lstrip().startswith("#")]
    except (yaml.YAMLError, json.JSONDecodeError, csv.Error) as exc:
        raise ResourceError(f"cannot parse data file {name}: {exc}") from exc
    return text


_MISSING = object()  # no derived value yet


@dataclass(frozen=True)
class Resources:
    """Parsed data files keyed by path relative to the data dir (``outlets/detik.yaml``)."""

    files: Mapping[str, Any]
    fingerprint: str
    root: str = ""
    _derived: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False, compare=False)

    def get(self, name: str) -> Any:
        try:
            return self.files[name]
        except KeyError:
            raise ResourceError(f"missing data file {name}") from None

    def glob(self, prefix: str) -> dict[str, Any]:
        """All files whose key starts with ``prefix`` (``outlets/``)."""
        return {k: v for k, v in self.files.items() if k.startswith(prefix)}

    def derived(self, key: str, build: Callable[[Resources], T]) -> T:
        """Build once per bundle (compiled regexes, lookup tables) and reuse."""
        # hot path without the lock: a dict read is atomic, and an entry, once set, stays
        found = self._derived.get(key, _MISSING)
        if found is not _MISSING:
            return found  # type: ignore[no-any-return,unused-ignore]
        with self._lock:
            if key not in self._derived:
                self._derived[key] = build(self)
            return self._derived[key]  # type: ignore[no-any-return,unused-ignore]


def load_resources(root: str | Path | None = None) -> Resources:
    base = Path(root) if root is not None else DATA_DIR
    files: dict[str, Any] = {}
    digest = hashlib.sha256()
    for path in sorted(p for p in base.rglob("*") if p.is_file()):
        rel = path.relative_to(base).as_posix()
        if path.name in DOC_FILES or "/schemas/" in f"/{rel}" or path.name.startswith("."):
            continue
        raw = path.read_bytes()
        digest.update(rel.encode() + b"\0" + raw + b"\0")
        files[rel] = parse_data_file(rel, raw.decode("utf-8"))
    return Resources(files=files, fingerprint=digest.hexdigest()[:16], root=str(base))
