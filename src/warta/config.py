"""One frozen, typed configuration object, passed explicitly. Read from TOML; unknown keys
are errors, so a typo never passes silently."""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.errors import ConfigError

DEFAULT_COMPONENTS: tuple[str, ...] = (
    "clean.v1",
    "lang.v1",
    "entities.v1",
    "quotes.v1",
    "events.v1",
)


@dataclass(frozen=True, slots=True)
class CleanConfig:
    """Options of the clean + metadata stage."""

    min_body_chars: int = 80  # shorter bodies are rejected as "not an article"
    keep_captions: bool = False


@dataclass(frozen=True, slots=True)
class LangConfig:
    """Options of the language layer."""

    # "needed": the tagger, lemmatizer and parser run only on the sentences a later
    # component says it reads (an event trigger, a speech cue); "all": on every sentence.
    parse: str = "needed"
    # "names": the NER runs only on sentences that may hold a name (a word after the first
    # with a capital letter or digits in letters, or a first word that is not a common
    # word; ``warta.lang.nerfocus``); "all": on every sentence.
    ner: str = "names"
    # the trained pipeline under ``src/warta/models/``: "id_warta" (the default, most
    # accurate) or "id_warta_fast" (a distilled model about 1.4 times as fast end to end,
    # a little less accurate; scores of both in their model cards)
    model: str = "id_warta"

    def __post_init__(self) -> None:
        if self.parse not in PARSE_MODES:
            raise ConfigError(f"lang.parse must be one of {', '.join(PARSE_MODES)}, "
                              f"got {self.parse!r}")
        if self.ner not in NER_MODES:
            raise ConfigError(f"lang.ner must be one of {', '.join(NER_MODES)}, "
                              f"got {self.ner!r}")
        if self.model not in MODELS:
            raise ConfigError(f"lang.model must be one of {', '.join(MODELS)}, "
                              f"got {self.model!r}")


PARSE_MODES = ("needed", "all")
NER_MODES = ("names", "all")
# the trained pipelines Warta ships (``src/warta/models/<name>``)
MODELS = ("id_warta", "id_warta_fast")


@dataclass(frozen=True, slots=True)
class PipelineConfig:
    components: tuple[str, ...] = DEFAULT_COMPONENTS
    language: str = "id"
    clean: CleanConfig = field(default_factory=CleanConfig)
    lang: LangConfig = field(default_factory=LangConfig)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PipelineConfig:
        return _build(cls, data, "config")

    @classmethod
    def from_toml(cls, path: str | Path) -> PipelineConfig:
        with open(path, "rb") as fh:
            return cls.from_dict(tomllib.load(fh))


def _build(cls: Any, data: Mapping[str, Any], where: str) -> Any:
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise ConfigError(f"unknown key(s) in {where}: {', '.join(unknown)}")
    kwargs: dict[str, Any] = {}
    for name, value in data.items():
        default = getattr(cls(), name)
        if dataclasses.is_dataclass(default):
            if not isinstance(value, Mapping):
                raise ConfigError(f"{where}.{name} must be a table")
            kwargs[name] = _build(type(default), value, f"{where}.{name}")
        elif isinstance(default, tuple):
            kwargs[name] = tuple(value)
        else:
            if not isinstance(value, type(default)):
                raise ConfigError(
                    f"{where}.{name} must be {type(default).__name__}, got {type(value).__name__}"
                )
            kwargs[name] = value
    return cls(**kwargs)
