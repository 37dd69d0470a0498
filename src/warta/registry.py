"""Explicit name → factory tables with versioned names (``clean.v1``). Nothing registers
itself on import: the tables below are the whole list, and a snapshot test pins them."""

from __future__ import annotations

from collections.abc import Callable

from warta.config import PipelineConfig
from warta.errors import UnknownComponent
from warta.pipeline import Component

ComponentFactory = Callable[[PipelineConfig], Component]


def _clean(config: PipelineConfig) -> Component:
    from warta.clean.component import CleanComponent

    return CleanComponent(config.clean)


def _lang(config: PipelineConfig) -> Component:
    from warta.lang.component import LangComponent

    return LangComponent.for_model(config.lang.model, ner=config.lang.ner)


def _entities(config: PipelineConfig) -> Component:
    from warta.entities.component import EntitiesComponent

    return EntitiesComponent()


def _quotes(config: PipelineConfig) -> Component:
    from warta.quotes.component import QuotesComponent

    return QuotesComponent()


def _events(config: PipelineConfig) -> Component:
    from warta.events.component import EventsComponent

    return EventsComponent()


COMPONENTS: dict[str, ComponentFactory] = {
    "clean.v1": _clean,
    "lang.v1": _lang,
    "events.v1": _events,
    "quotes.v1": _quotes,
    "entities.v1": _entities,
}


def create_component(name: str, config: PipelineConfig) -> Component:
    try:
        factory = COMPONENTS[name]
    except KeyError:
        known = ", ".join(sorted(COMPONENTS))
        raise UnknownComponent(f"no component named {name!r} (known: {known})") from None
    return factory(config)
