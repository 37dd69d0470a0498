"""One cue list (``lang/id/quote_cues.tsv``) serves the quote layer and the sentence
segmenter: a cue word added for quotes keeps its quotation in one sentence too."""

from __future__ import annotations

import pytest

from warta.lang.tokenize import lexicon as segmenter_lexicon
from warta.quotes.lexicon import lexicon as quote_lexicon
from warta.resources import Resources, load_resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


def test_every_after_cue_and_its_nya_form_is_a_segmenter_cue(res: Resources) -> None:
    cues = segmenter_lexicon(res).cues
    for cue in quote_lexicon(res).after:
        assert cue in cues
        assert cue + "nya" in cues or cue.endswith("nya")


def test_lead_words_are_segmenter_cues_only(res: Resources) -> None:
    cues = segmenter_lexicon(res).cues
    assert {"demikian", "begitu"} <= cues
    assert "demikian" not in quote_lexicon(res).after
    assert "tanyanya" in cues  # 'tanya' is a base form, not a -nya form
