"""``warta show`` prints the later layers when a Document has them."""

from __future__ import annotations

import pytest

from warta.cli.show import print_view
from warta.doc import ActorRef, Document, Entity, Event, Mention, Quote, RawDocument, Span
from warta.store.read import ArticleView

BODY = 'Menteri Luar Negeri Sari Wulandari bertemu duta besar Jepang. "Kami sepakat," katanya.'


def test_show_lists_entities_quotes_events(capsys: pytest.CaptureFixture[str]) -> None:
    doc = Document(
        id="d1", raw=RawDocument("d1", "mem", "1", "text", BODY), source_text=BODY, body=BODY,
        paragraphs=(Span(0, len(BODY)),),
        entities=(Entity("e1", "Sari Wulandari", "PER", (Mention(20, 34, "Sari Wulandari"),),
                         code="IDN", sector="GOV"),),
        quotes=(Quote(63, 75, "Kami sepakat", "direct", cue="katanya",
                      speaker_name="Sari Wulandari"),),
        events=(Event(ActorRef("IDN", "GOV", "Sari Wulandari"), ActorRef("JPN", None, "Jepang"),
                      "CONSULT", "040", "occurred", Span(0, 61)),),
    )
    print_view(ArticleView("d1", doc, layer_counts={"entities": 1, "quotes": 1, "events": 1}))
    text = capsys.readouterr().out
    assert "entity PER Sari Wulandari IDN/GOV" in text
    assert "quote (direct) Sari Wulandari: Kami sepakat" in text
    assert "event CONSULT 040 occurred: Sari Wulandari → Jepang" in text
    assert "layers: entities 1, quotes 1, events 1" in text
