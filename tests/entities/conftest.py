from __future__ import annotations

from collections.abc import Callable

import pytest

from warta.doc import Document, Mention, Metadata, RawDocument
from warta.resources import Resources, load_resources


@pytest.fixture(scope="session")
def res() -> Resources:
    return load_resources()


MakeDoc = Callable[..., Document]


@pytest.fixture()
def make_doc() -> MakeDoc:
    def make(body: str, published: str | None = "2024-05-02",
             ner: tuple[Mention, ...] = ()) -> Document:
        raw = RawDocument(id="t", source="test", locator="t", format="text", content=body)
        return Document(id="t", raw=raw, body=body, metadata=Metadata(published=published),
                        ner=ner)
    return make
