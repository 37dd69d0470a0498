"""The event ontology as data: CAMEO codes (name, QuadClass, Goldstein), the 16 PLOVER
types with their modes, and the CAMEO → PLOVER mapping, all read from
``data/events/`` through ``Resources`` so that a reviewer edits files, not code.

The mapping is derived from the official CAMEO2PLOVER table by
``scripts/build_ontology.py`` (plus the guide's two exceptions); CAMEO 01x public
statements have no PLOVER type (``plover_of`` returns ``None``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from warta.errors import ResourceError
from warta.resources import Resources


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float


@dataclass(frozen=True, slots=True)
class PloverMapping:
    cameo: str
    plover: str
    mode: str | None
    context: str | None
    basis: str  # official | root | exception


@dataclass(frozen=True, slots=True)
class PloverType:
    name: str
    definition: str
    modes: tuple[str, ...]


@dataclass(frozen=True)
class Ontology:
    cameo: Mapping[str, CameoCode]
    plover: Mapping[str, PloverType]
    mapping: Mapping[str, PloverMapping]
    version: str

    def plover_of(self, cameo: str) -> str | None:
        m = self.mapping.get(cameo)
        return m.plover if m else None

    def mode_of(self, cameo: str) -> str | None:
        m = self.mapping.get(cameo)
        return m.mode if m else None

    def root_of(self, cameo: str) -> str:
        return cameo[:2]

    def more_specific(self, a: str, b: str) -> str:
        """The more specific of two codes: the longer one, then the one not ending in 0
        (``111`` beats ``110``, ``1121`` beats ``112``); ties keep ``a``."""

        def rank(code: str) -> tuple[int, int]:
            return (len(code), 0 if code.endswith("0") else 1)

        return b if rank(b) > rank(a) else a


def _build(resources: Resources) -> Ontology:
    try:
        cameo = {
            r["code"]: CameoCode(r["code"], r["name"], r["root"], int(r["quad_class"]),
                                 float(r["goldstein"]))
            for r in resources.get("events/cameo.tsv")
        }
        mapping = {
            r["cameo"]: PloverMapping(r["cameo"], r["plover"], r["mode"] or None,
                                      r["context"] or None, r["basis"])
            for r in resources.get("events/cameo2plover.tsv")
        }
        spec = resources.get("events/plover.yaml")
        plover = {
            name: PloverType(name, body["definition"], tuple(body.get("modes") or ()))
            for name, body in spec["types"].items()
        }
    except (KeyError, TypeError, ValueError) as exc:
        raise ResourceError(f"malformed events ontology data: {exc!r}") from exc
    return Ontology(cameo=cameo, plover=plover, mapping=mapping, version=str(spec["version"]))


def load_ontology(resources: Resources) -> Ontology:
    """The ontology of this resource bundle, built once and cached on it."""
    return resources.derived("events.ontology", _build)
